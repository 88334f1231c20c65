// A module's data (window.SiteGenModules[id], set by the deferred
// modules/ID.js), its quiz's record, and links to its pages.

import { readRecord } from '../../quiz/src/storage.mjs';
import { isObject, hasOwn } from './util.mjs';

export function moduleData(moduleId) {
  var all = window.SiteGenModules;
  var data = all && moduleId && hasOwn.call(all, moduleId) ? all[moduleId] : null;
  if (!isObject(data) || !isObject(data.module) || !(data.pages instanceof Array)) {
    return null;
  }
  return data;
}

// The quiz's record, read by the quiz's own reader (bundled in here too: a
// module's pages without the quiz do not load the quiz's script).
export function readQuizRecord(moduleId, quizId) {
  return readRecord(quizId, moduleId);
}

// The latest attempt that passed (attempts are kept oldest first), or null.
export function latestPass(record) {
  for (var i = record.attempts.length - 1; i >= 0; i--) {
    if (record.attempts[i].passed === true) {
      return record.attempts[i];
    }
  }
  return null;
}

export function bestPercent(record) {
  var best = null;
  for (var i = 0; i < record.attempts.length; i++) {
    var p = record.attempts[i].percent;
    if (typeof p === 'number' && isFinite(p) && (best === null || p > best)) {
      best = p;
    }
  }
  return best;
}

// The address of a site path (as in modules/ID.js) from this page: the
// module data script's address, less "modules/ID.js", is the way to the root.
export function siteLink(node, path) {
  var script = node.getAttribute('data-training-data') || '';
  var root = script.replace(/modules\/[^\/]*$/, '');
  var link = root + path;
  if (window.location.protocol === 'file:' && /\/$/.test(link)) {
    link += 'index.html'; // a copy on disk: a folder would show its listing
  }
  return link;
}
