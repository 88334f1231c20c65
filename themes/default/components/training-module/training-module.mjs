/*
 * Training module: progress through a module's pages, kept in the learner's
 * own browser (see README.md). This module wires it to the page; the rest is
 * in src/, one concept a module. esbuild builds it into training-module.js, a
 * classic script (pages opened from disk cannot load modules).
 *
 *   - On each module page (p.training-module-marker[data-training-page]):
 *     marks the page read, and the module started, and starts the page timer
 *     (page-timer.js: the time the page is open and in view).
 *   - On the module's start page (section.training-module): src/panel.mjs.
 *   - On the module's quiz (.quiz[data-training-module]): src/passed.mjs.
 *
 * Storage (src/progress.mjs, src/remember.mjs): the tab's sessionStorage, or
 * localStorage once the learner ticks "Remember my progress on this device".
 * Nothing is ever sent anywhere; no cookies. Storage may throw (some private
 * browsing modes): then everything still works for the page view, from memory.
 *
 * window.SiteGenTraining: the storage helpers, shared with certificate.js
 * (which is in the same bundle and adds the completion record functions).
 *
 * No inline styles (CSP default-src 'self'): classes and the hidden attribute
 * only. ES5 syntax apart from import and export.
 */

import { latestPass, moduleData, readQuizRecord, siteLink } from './src/module-data.mjs';
import { initPanel } from './src/panel.mjs';
import { quizModuleRoot, showPassed } from './src/passed.mjs';
import { readProgress, writeProgress } from './src/progress.mjs';
import { remembers } from './src/remember.mjs';
import { useWords } from './src/text.mjs';
import { nowIso } from './src/util.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

var CHECKED_EVENT = 'sitegen:quiz-checked';

// Shared with certificate.js and completion-record.js (through the global, so
// a site's own copy of either still finds them).
var api = window.SiteGenTraining = window.SiteGenTraining || {};
api.readProgress = readProgress;
api.writeProgress = writeProgress;
api.readQuizRecord = readQuizRecord;
api.latestPass = latestPass;
api.moduleData = moduleData;
api.remembers = remembers;
api.siteLink = siteLink;

// A module page: mark it read, and time it.
function markRead(marker) {
  var moduleId = marker.getAttribute('data-training-module');
  var path = marker.getAttribute('data-training-page');
  if (!moduleId || !path) {
    return;
  }
  var progress = readProgress(moduleId);
  var now = nowIso();
  var changed = false;
  if (!progress.started) {
    progress.started = now;
    changed = true;
  }
  if (!progress.pagesRead[path]) {
    progress.pagesRead[path] = now;
    changed = true;
  }
  if (changed) {
    writeProgress(moduleId, progress);
  }
  // page-timer.js, in the same bundle: counts from now while the page is in view.
  if (typeof api.timePage === 'function') {
    api.timePage(moduleId, path);
  }
}

document.addEventListener(CHECKED_EVENT, function (event) {
  var root = quizModuleRoot(event.target);
  var attempt = event.detail && event.detail.attempt;
  if (root && attempt && attempt.passed === true) {
    showPassed(root);
  }
});

// When site.yaml names a learning record store, the module's data says so and
// where the xAPI script is (components/xapi): it is loaded then, and only then.
var xapiAdded = false;
function addXapi(node, data) {
  if (xapiAdded || !data || !data.lrs || typeof data.lrs.script !== 'string') {
    return;
  }
  // The view, noted now for the xAPI script to send (here or on a later page).
  var key = 'sitegen.xapi.views.' + node.getAttribute('data-training-module');
  try {
    var views = JSON.parse(window.localStorage.getItem(key) || '[]');
    views.push({ path: node.getAttribute('data-training-page') || data.start, time: new Date().getTime() });
    window.localStorage.setItem(key, JSON.stringify(views));
  } catch (e) {
    // No storage: this view is not sent.
  }
  var withData = document.querySelector('[data-training-module="' + node.getAttribute('data-training-module') + '"][data-training-data]');
  if (!withData) {
    return;
  }
  xapiAdded = true;
  var script = document.createElement('script');
  script.src = siteLink(withData, data.lrs.script);
  script.async = true;
  (document.head || document.documentElement).appendChild(script);
}

function initAll() {
  useWords(document.querySelector('[data-training-words]'));
  var nodes = document.querySelectorAll('[data-module="training-module"]');
  for (var i = 0; i < nodes.length; i++) {
    var node = nodes[i];
    if (node.getAttribute('data-training-init')) {
      continue;
    }
    if (node.hasAttribute('data-training-page')) {
      node.setAttribute('data-training-init', 'true');
      markRead(node);
      addXapi(node, moduleData(node.getAttribute('data-training-module')));
      continue;
    }
    var id = node.getAttribute('data-training-module');
    var data = moduleData(id);
    addXapi(node, data);
    if (!data) {
      dom.warn('training module ' + id + ': no module data (window.SiteGenModules)');
      continue; // Leave the plain list of pages.
    }
    initPanel(node, data);
  }

  // A module's quiz passed in an earlier visit.
  var quizzes = document.querySelectorAll('[data-module="quiz"][data-training-module]');
  for (var q = 0; q < quizzes.length; q++) {
    var moduleId = quizzes[q].getAttribute('data-training-module');
    var quizId = quizzes[q].getAttribute('data-quiz-id');
    if (quizId && latestPass(readQuizRecord(moduleId, quizId))) {
      showPassed(quizzes[q]);
    }
  }
}

// Deferred, before the module data scripts (deferred too): they have all
// run by DOMContentLoaded.
dom.ready(initAll);
