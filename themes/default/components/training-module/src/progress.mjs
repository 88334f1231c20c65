// A module's progress: sessionStorage["sitegen.training.MODULE"] holds
//   { started, pagesRead: { path: time }, pageMilliseconds: { path: ms },
//     learner, recordId, recordAttempt }
// for this tab only, or localStorage once the learner has ticked "Remember my
// progress on this device" (remember.mjs; the rule is components/common's).
// When storage fails, progress is kept in memory for the page view.

import { getItem, removeItem, setItem } from './storage.mjs';
import { hasOwn, isObject, timeOf } from './util.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

export var PROGRESS_PREFIX = 'sitegen.training.';
export var QUIZ_PREFIX = 'sitegen.quiz.';

// Progress written in this page view, for when storage fails: JSON by module id.
export var memory = {};

function emptyProgress() {
  return { started: null, pagesRead: {}, pageMilliseconds: {}, learner: null, recordId: null, recordAttempt: null };
}

function cleanLearner(value) {
  if (!isObject(value) || typeof value.name !== 'string') {
    return null;
  }
  var out = {};
  var fields = ['name', 'organisation', 'role', 'staffId', 'email'];
  for (var i = 0; i < fields.length; i++) {
    var v = value[fields[i]];
    out[fields[i]] = typeof v === 'string' && v !== '' ? v : null;
  }
  return out;
}

// The progress, keeping only what has the right shape: the stored text may be
// old, or edited by hand.
export function readProgress(moduleId) {
  var raw = getItem(dom.storageFor(moduleId), PROGRESS_PREFIX + moduleId);
  if (raw === undefined) {
    return memory[moduleId] ? JSON.parse(memory[moduleId]) : emptyProgress();
  }
  var progress = emptyProgress();
  var parsed = null;
  try {
    parsed = raw ? JSON.parse(raw) : null;
  } catch (e) {
    parsed = null;
  }
  if (!isObject(parsed)) {
    return progress;
  }
  if (typeof parsed.started === 'string' && isFinite(timeOf(parsed.started))) {
    progress.started = parsed.started;
  }
  if (isObject(parsed.pagesRead)) {
    for (var path in parsed.pagesRead) {
      if (hasOwn.call(parsed.pagesRead, path) && typeof parsed.pagesRead[path] === 'string') {
        progress.pagesRead[path] = parsed.pagesRead[path];
      }
    }
  }
  // Time on each page (page-timer.js): whole milliseconds.
  if (isObject(parsed.pageMilliseconds)) {
    for (var timed in parsed.pageMilliseconds) {
      var ms = parsed.pageMilliseconds[timed];
      if (hasOwn.call(parsed.pageMilliseconds, timed) && typeof ms === 'number' && isFinite(ms) && ms >= 0) {
        progress.pageMilliseconds[timed] = Math.floor(ms);
      }
    }
  }
  progress.learner = cleanLearner(parsed.learner);
  if (typeof parsed.recordId === 'string') {
    progress.recordId = parsed.recordId;
  }
  if (typeof parsed.recordAttempt === 'string') {
    progress.recordAttempt = parsed.recordAttempt;
  }
  return progress;
}

// True when it was stored; kept in memory for this page view either way.
export function writeProgress(moduleId, progress) {
  var json = JSON.stringify(progress);
  memory[moduleId] = json;
  return setItem(dom.storageFor(moduleId), PROGRESS_PREFIX + moduleId, json);
}

// Forgets everything this module kept, in both storages.
export function clearModule(moduleId, quizId) {
  var all = [dom.storageNamed('sessionStorage'), dom.storageNamed('localStorage')];
  for (var i = 0; i < all.length; i++) {
    removeItem(all[i], PROGRESS_PREFIX + moduleId);
    if (quizId) {
      removeItem(all[i], QUIZ_PREFIX + quizId);
    }
    removeItem(all[i], dom.rememberKey(moduleId));
  }
  delete memory[moduleId];
}
