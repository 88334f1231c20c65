// "Remember my progress on this device": the module's progress and its quiz's
// record move to localStorage, and localStorage["sitegen.remember.MODULE"] =
// "yes" says so (quiz.js follows the same rule); unticked, they move back to
// the tab's sessionStorage.

import { memory, PROGRESS_PREFIX, QUIZ_PREFIX } from './progress.mjs';
import { getItem, removeItem, setItem } from './storage.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

export function remembers(moduleId) {
  return getItem(dom.storageNamed('localStorage'), dom.rememberKey(moduleId)) === 'yes';
}

// Moves this module's progress and quiz record to localStorage (on) or back
// to sessionStorage (off). Returns false, changing nothing, when the browser
// will not keep things in localStorage.
export function setRemember(moduleId, quizId, on) {
  var local = dom.storageNamed('localStorage');
  var session = dom.storageNamed('sessionStorage');
  var keys = [PROGRESS_PREFIX + moduleId];
  if (quizId) {
    keys.push(QUIZ_PREFIX + quizId);
  }
  var i, value;
  if (on) {
    var copied = [];
    for (i = 0; i < keys.length; i++) {
      value = getItem(session, keys[i]);
      if (value === undefined || value === null) {
        value = keys[i] === PROGRESS_PREFIX + moduleId && memory[moduleId] ? memory[moduleId] : null;
      }
      if (value !== null) {
        if (!setItem(local, keys[i], value)) {
          break;
        }
        copied.push(keys[i]);
      }
    }
    if (i < keys.length || !setItem(local, dom.rememberKey(moduleId), 'yes')) {
      for (var c = 0; c < copied.length; c++) {
        removeItem(local, copied[c]);
      }
      return false;
    }
    for (i = 0; i < keys.length; i++) {
      removeItem(session, keys[i]);
    }
    return true;
  }
  for (i = 0; i < keys.length; i++) {
    value = getItem(local, keys[i]);
    if (value !== undefined && value !== null) {
      setItem(session, keys[i], value);
    }
    removeItem(local, keys[i]);
  }
  removeItem(local, dom.rememberKey(moduleId));
  return true;
}
