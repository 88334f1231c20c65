// The learner's place in the module, kept by the LMS in cmi.suspend_data so
// that they can resume on another day or another computer: the module's
// progress and its quiz's record as the training components keep them in the
// tab's sessionStorage (components/training-module, components/quiz), and the
// title of the page they were on. SCORM 1.2 keeps at most 4,096 characters.

import { PROGRESS_PREFIX, QUIZ_PREFIX } from '../../training-module/src/progress.mjs';
import { getItem, setItem } from '../../training-module/src/storage.mjs';

export var LIMIT = 4096;

function storage() {
  try {
    return window.sessionStorage;
  } catch (e) {
    return null;
  }
}

// The training module's guarded helpers (storage can refuse any read or write).
function get(key) {
  var value = getItem(storage(), key);
  return value === undefined ? null : value;
}

function set(key, value) {
  setItem(storage(), key, value); // if refused, the learner goes on; only resuming is lost
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
  var data = { v: 1, t: title, p: parse(get(PROGRESS_PREFIX + moduleId)), q: quizId ? parse(get(QUIZ_PREFIX + quizId)) : null };
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
  if (data.p && get(PROGRESS_PREFIX + moduleId) === null) {
    set(PROGRESS_PREFIX + moduleId, JSON.stringify(data.p));
  }
  if (quizId && data.q && get(QUIZ_PREFIX + quizId) === null) {
    set(QUIZ_PREFIX + quizId, JSON.stringify(data.q));
  }
  return data;
}

// When this learner's session in the LMS began (the first page they opened in
// this tab), for cmi.core.session_time.
export function sessionStart() {
  var key = 'sitegen.scorm.started';
  var started = Number(get(key));
  if (!started) {
    started = new Date().getTime();
    set(key, String(started));
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
