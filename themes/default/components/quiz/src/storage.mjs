// The quiz's record in the browser: sessionStorage["sitegen.quiz.ID"] for this
// tab, or localStorage for the quiz of a training module whose learner ticked
// "Remember my progress on this device" (the rule is components/common's).
// Storage can throw (private browsing, full): the quiz then works from memory
// for the page view.

import { isObject } from './util.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

var STORAGE_PREFIX = 'sitegen.quiz.';

function emptyRecord() {
  return { attempts: [], confidenceBefore: {}, confidenceAfter: {} };
}

// Asked on every read and write, so it is never stale.
function storageFor(moduleId) {
  return dom.storageFor(moduleId) || { getItem: function () { return null; }, setItem: function () {} };
}

// { attempts, confidenceBefore, confidenceAfter }, keeping only what has the
// right shape: the stored text may be old, or edited by hand.
export function readRecord(id, moduleId) {
  var record = emptyRecord();
  var raw = null;
  try {
    raw = storageFor(moduleId).getItem(STORAGE_PREFIX + id);
  } catch (e) {
    return record;
  }
  if (!raw) {
    return record;
  }
  var parsed;
  try {
    parsed = JSON.parse(raw);
  } catch (e2) {
    return record;
  }
  if (!isObject(parsed)) {
    return record;
  }
  if (parsed.attempts instanceof Array) {
    for (var i = 0; i < parsed.attempts.length; i++) {
      if (isObject(parsed.attempts[i]) && isObject(parsed.attempts[i].answers)) {
        record.attempts.push(parsed.attempts[i]);
      }
    }
  }
  if (isObject(parsed.confidenceBefore)) {
    record.confidenceBefore = parsed.confidenceBefore;
  }
  if (isObject(parsed.confidenceAfter)) {
    record.confidenceAfter = parsed.confidenceAfter;
  }
  return record;
}

export function writeRecord(id, record, moduleId) {
  try {
    storageFor(moduleId).setItem(STORAGE_PREFIX + id, JSON.stringify(record));
  } catch (e) {
    // Storage unavailable or full: the quiz still works for this page view.
  }
}
