/*
 * SCORM 1.2 for a training module packaged with `sitegen package scorm`
 * (README.md). Only the package's pages load this script, before the
 * others, so that the learner's place is back in the tab's storage before the
 * training and quiz scripts read it. Outside an LMS (no API object found) it
 * does nothing, and the pages work as they do on the site.
 *
 * Each page of the module is a page of one SCO: the first to load calls
 * LMSInitialize; the next ones find it done (error 101) and carry on. Every
 * page sets cmi.core.lesson_location and cmi.suspend_data and commits; the
 * quiz sets the score and passed or failed; a pass ends the session
 * (LMSFinish). A failed attempt is committed but not finished, so that a
 * retake in the same session is recorded too.
 *
 * ES5 syntax apart from import and export; no inline styles.
 */

import { call, findApi, lastError } from './src/api.mjs';
import { capture, restore, sessionStart, timespan } from './src/suspend.mjs';

var ALREADY_INITIALIZED = '101';
var FINISHED_KEY = 'sitegen.scorm.finished';

function finishedHere() {
  try {
    return window.sessionStorage.getItem(FINISHED_KEY) === 'yes';
  } catch (e) {
    return false;
  }
}

function markFinished() {
  try {
    window.sessionStorage.setItem(FINISHED_KEY, 'yes');
  } catch (e) {
    // Only a later page's attempt to start again is affected, and it fails harmlessly.
  }
}

// This page's path from the package's root ("training/awareness/quiz/index.html").
function pagePath(root) {
  var base = document.createElement('a');
  base.href = root;
  var here = window.location.href.replace(/[?#].*$/, '');
  var start = base.href.replace(/[?#].*$/, '');
  return here.lastIndexOf(start, 0) === 0 ? here.slice(start.length) : here;
}

// An element with a class and text (this script runs before the shared helpers).
function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text) {
    node.textContent = text;
  }
  return node;
}

// "Welcome back": a link to the page the learner was on, at the top of the
// start page (not a jump there: the learner chooses, and knows where they are).
function offerResume(href, title) {
  var main = document.querySelector('main');
  if (!main) {
    return;
  }
  var note = el('div', 'callout callout--note');
  note.setAttribute('role', 'note');
  note.setAttribute('aria-labelledby', 'scorm-resume-title');
  var heading = el('p', 'callout__title', 'Welcome back');
  heading.id = 'scorm-resume-title';
  var body = el('div', 'callout__body');
  var text = el('p', null, 'You have started this module before. ');
  var link = el('a', null, title ? 'Carry on from \u201c' + title + '\u201d' : 'Carry on where you left off');
  link.setAttribute('href', href);
  text.appendChild(link);
  body.appendChild(text);
  note.appendChild(heading);
  note.appendChild(body);
  main.insertBefore(note, main.firstChild);
}

function start(api, marker) {
  var root = marker.getAttribute('data-package-root') || './';
  var launch = marker.getAttribute('data-scorm-launch');
  var moduleId = marker.getAttribute('data-scorm-module');
  var quizId = marker.getAttribute('data-scorm-quiz');
  var title = (document.querySelector('h1') || document.createElement('h1')).textContent.replace(/\s+/g, ' ').replace(/^ | $/g, '');
  var here = pagePath(root);

  if (call(api, 'LMSInitialize', ['']) !== 'true' && lastError(api) !== ALREADY_INITIALIZED) {
    return; // the LMS said no: the module still works, unrecorded
  }
  var started = sessionStart();
  var set = function (element, value) {
    return call(api, 'LMSSetValue', [element, value]) === 'true';
  };
  var get = function (element) {
    var value = call(api, 'LMSGetValue', [element]);
    return value === 'false' && lastError(api) !== '0' ? '' : value;
  };
  var finished = false;
  var save = function () {
    if (finished) {
      return;
    }
    set('cmi.suspend_data', capture(moduleId, quizId, title));
    set('cmi.core.session_time', timespan(new Date().getTime() - started));
    call(api, 'LMSCommit', ['']);
  };

  var status = get('cmi.core.lesson_status');
  var location = get('cmi.core.lesson_location');
  var saved = restore(get('cmi.suspend_data'), moduleId, quizId);
  if (here === launch && location && location !== here) {
    offerResume(root + location, saved && saved.t);
  }
  if (status === '' || status === 'not attempted') {
    set('cmi.core.lesson_status', 'incomplete');
  }
  set('cmi.core.lesson_location', here);
  if (status !== 'passed') {
    set('cmi.core.exit', 'suspend'); // keep the suspend data for the next session
  }
  save();

  document.addEventListener('sitegen:quiz-checked', function (event) {
    var detail = event.detail || {};
    var attempt = detail.attempt;
    if (detail.quizId !== quizId || !attempt || finished) {
      return;
    }
    set('cmi.core.score.min', '0');
    set('cmi.core.score.max', '100');
    set('cmi.core.score.raw', String(Math.max(0, Math.min(100, Math.round(attempt.percent)))));
    set('cmi.core.lesson_status', attempt.passed ? 'passed' : 'failed');
    set('cmi.core.exit', attempt.passed ? '' : 'suspend');
    save();
    if (attempt.passed) {
      call(api, 'LMSFinish', ['']);
      finished = true;
      markFinished();
    }
  });

  // Once the training scripts have marked this page read; and when leaving it
  // (for the next page of the module, or the LMS closing it).
  window.addEventListener('load', save);
  window.addEventListener('pagehide', save);
}

var marker = document.querySelector('script[data-scorm-package]');
var lms = marker && !finishedHere() ? findApi() : null;
if (lms) {
  start(lms, marker);
}
