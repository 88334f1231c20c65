// The learner's place in the module, kept by the LMS in cmi.suspend_data so
// that they can resume on another day or another computer: the module's
// progress and its quiz's record where the training components keep them (the
// tab's sessionStorage, or localStorage once the learner asks to be remembered:
// components/common's storageFor decides, for them and for this), and the
// title of the page they were on. SCORM 1.2 keeps at most 4,096 characters.

import { PROGRESS_PREFIX, QUIZ_PREFIX } from '../../training-module/src/progress.mjs';
import { getItem, setItem } from '../../training-module/src/storage.mjs';
import { storageFor } from '../../common/src/storage.mjs';

export var LIMIT = 4096;

// Asked on every read and write, as the training components ask, so it is never stale.
// Imported rather than taken from window.SiteGenDom: this script runs before common's.
function storage(moduleId) {
  return storageFor(moduleId);
}

// The training module's guarded helpers (storage can refuse any read or write).
function get(moduleId, key) {
  var value = getItem(storage(moduleId), key);
  return value === undefined ? null : value;
}

function set(moduleId, key, value) {
  setItem(storage(moduleId), key, value); // if refused, the learner goes on; only resuming is lost
}

function parse(text) {
  try {
    return text ? JSON.parse(text) : null;
  } catch (e) {
    return null;
  }
}

// The suspend data for the module now, within the limit: a long quiz record
// loses its answers, then its earlier attempts, then itself, before the
// progress loses anything.
export function capture(moduleId, quizId, title) {
  var data = { v: 1, t: title, p: parse(get(moduleId, PROGRESS_PREFIX + moduleId)), q: quizId ? parse(get(moduleId, QUIZ_PREFIX + quizId)) : null };
  var text = JSON.stringify(data);
  if (text.length > LIMIT && data.q && data.q.attempts) {
    for (var i = 0; i < data.q.attempts.length; i++) {
      delete data.q.attempts[i].answers;
    }
    text = JSON.stringify(data);
  }
  if (text.length > LIMIT && data.q && data.q.attempts) {
    data.q.attempts = data.q.attempts.slice(-1);
    text = JSON.stringify(data);
  }
  if (text.length > LIMIT) {
    data.q = null;
    text = JSON.stringify(data);
  }
  if (text.length > LIMIT && data.p) {
    data.p = { started: data.p.started, pagesRead: data.p.pagesRead };
    text = JSON.stringify(data);
  }
  return text.length > LIMIT ? JSON.stringify({ v: 1, t: title }) : text;
}

// Puts the LMS's suspend data back into the tab's storage, unless the tab
// already has the module's progress (the learner is moving between pages).
// Returns the data, or null.
export function restore(text, moduleId, quizId) {
  var data = parse(text);
  if (!data || data.v !== 1) {
    return null;
  }
  if (data.p && get(moduleId, PROGRESS_PREFIX + moduleId) === null) {
    set(moduleId, PROGRESS_PREFIX + moduleId, JSON.stringify(data.p));
  }
  if (quizId && data.q && get(moduleId, QUIZ_PREFIX + quizId) === null) {
    set(moduleId, QUIZ_PREFIX + quizId, JSON.stringify(data.q));
  }
  return data;
}

// When this learner's session in the LMS began (the first page they opened in
// this tab), for cmi.core.session_time.
export function sessionStart() {
  var key = 'sitegen.scorm.started';
  var started = Number(get(null, key)); // always the tab's: a session is this tab's
  if (!started) {
    started = new Date().getTime();
    set(null, key, String(started));
  }
  return started;
}

// SCORM 1.2's CMITimespan: HHHH:MM:SS.SS.
export function timespan(milliseconds) {
  var centiseconds = Math.max(0, Math.round(milliseconds / 10));
  var hours = Math.min(9999, Math.floor(centiseconds / 360000));
  var minutes = Math.floor(centiseconds / 6000) % 60;
  var seconds = Math.floor(centiseconds / 100) % 60;
  var rest = centiseconds % 100;
  var two = function (n) {
    return (n < 10 ? '0' : '') + n;
  };
  return (hours < 1000 ? ('000' + hours).slice(-4) : String(hours)) + ':' + two(minutes) + ':' + two(seconds) + '.' + two(rest);
}
