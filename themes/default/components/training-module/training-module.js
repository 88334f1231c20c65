/*
 * Training module: progress through a module's pages, kept in the learner's
 * own browser (see README.md).
 *
 *   - On each module page (p.training-module-marker[data-training-page]):
 *     marks the page read, and the module started, and starts the page timer
 *     (page-timer.js: the time the page is open and in view).
 *   - On the module's start page (section.training-module): says which pages
 *     have been read and how the quiz went, links to the certificate once the
 *     quiz is passed, and offers "Remember my progress on this device" and
 *     "Clear my progress".
 *   - On the module's quiz (.quiz[data-training-module]): after a pass (or on
 *     a reload after an earlier pass) a short "You passed" panel links to the
 *     certificate.
 *
 * Storage: sessionStorage["sitegen.training.MODULE"] holds
 *   { started, pagesRead: { path: time }, pageMilliseconds: { path: ms },
 *     learner, recordId, recordAttempt }
 * for this tab only. When the learner ticks "Remember my progress on this
 * device", that and the quiz's record (sitegen.quiz.QUIZ) move to
 * localStorage and localStorage["sitegen.remember.MODULE"] = "yes" says so;
 * quiz.js follows the same rule. Nothing is ever sent anywhere; no cookies.
 * Storage may throw (some private browsing modes): then everything still
 * works for the page view, from memory.
 *
 * window.SiteGenTraining: the storage helpers, shared with certificate.js
 * (which is in the same bundle and adds the completion record functions).
 *
 * No inline styles (CSP default-src 'self'): classes and the hidden attribute
 * only. Classic script, an IIFE, ES5 syntax only; works from file://.
 */
(function () {
  'use strict';

  // Shared helpers (components/common).
  var dom = window.SiteGenDom;
  var el = dom.el;
  var warn = dom.warn;

  var PROGRESS_PREFIX = 'sitegen.training.';
  var QUIZ_PREFIX = 'sitegen.quiz.';
  var CHECKED_EVENT = 'sitegen:quiz-checked';

  var TEXT = {
    read: 'Read',
    notRead: 'Not read yet',
    passed: 'Passed: ',
    notPassed: 'Not passed yet: best ',
    notStarted: 'Not started',
    cleared: 'Your progress on this module has been cleared.',
    remembered: 'Your progress on this module will be kept in this browser on this device until you clear it.',
    forgotten: 'Your progress on this module will be kept in this browser tab only, and is gone when you close it.',
    cannotRemember: 'This browser did not let us keep your progress on this device. It is kept in this browser tab only.',
    youPassed: 'You passed.',
    passedMore: ' Next, get your certificate and download your completion record for your training lead.',
    getCertificate: 'Get your certificate'
  };

  // ---- Small helpers (ES5) --------------------------------------------------

  var hasOwn = Object.prototype.hasOwnProperty;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !(value instanceof Array);
  }

  function nowIso() {
    return new Date().toISOString();
  }

  // classList.toggle's second argument is not everywhere (IE 11).
  function setClass(node, name, on) {
    if (on) {
      node.classList.add(name);
    } else {
      node.classList.remove(name);
    }
  }

  // A time written by toISOString, as a number (NaN when it is not one).
  function timeOf(value) {
    return typeof value === 'string' ? new Date(value).getTime() : NaN;
  }

  // ---- Storage ----------------------------------------------------------------
  // Every access is guarded: reading window.localStorage itself can throw.

  var storageNamed = dom.storageNamed;

  // The stored string, null when there is none, undefined when storage failed.
  function getItem(storage, key) {
    if (!storage) {
      return undefined;
    }
    try {
      return storage.getItem(key);
    } catch (e) {
      return undefined;
    }
  }

  function setItem(storage, key, value) {
    if (!storage) {
      return false;
    }
    try {
      storage.setItem(key, value);
      return true;
    } catch (e) {
      return false;
    }
  }

  function removeItem(storage, key) {
    if (!storage) {
      return;
    }
    try {
      storage.removeItem(key);
    } catch (e) {
      // Nothing was kept there, then.
    }
  }

  function remembers(moduleId) {
    return getItem(storageNamed('localStorage'), dom.rememberKey(moduleId)) === 'yes';
  }

  // Where this module's progress and its quiz's record live right now.
  var storageFor = dom.storageFor;

  // Progress written in this page view, for when storage fails.
  var memory = {};

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

  function readProgress(moduleId) {
    var raw = getItem(storageFor(moduleId), PROGRESS_PREFIX + moduleId);
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
  function writeProgress(moduleId, progress) {
    var json = JSON.stringify(progress);
    memory[moduleId] = json;
    return setItem(storageFor(moduleId), PROGRESS_PREFIX + moduleId, json);
  }

  // The quiz's record, read by quiz.js's own reader (the main bundle).
  function readQuizRecord(moduleId, quizId) {
    return window.SiteGenQuiz.readRecord(quizId, moduleId);
  }

  // The latest attempt that passed (attempts are kept oldest first), or null.
  function latestPass(record) {
    for (var i = record.attempts.length - 1; i >= 0; i--) {
      if (record.attempts[i].passed === true) {
        return record.attempts[i];
      }
    }
    return null;
  }

  function bestPercent(record) {
    var best = null;
    for (var i = 0; i < record.attempts.length; i++) {
      var p = record.attempts[i].percent;
      if (typeof p === 'number' && isFinite(p) && (best === null || p > best)) {
        best = p;
      }
    }
    return best;
  }

  // Moves this module's progress and quiz record to localStorage (on) or back
  // to sessionStorage (off). Returns false, changing nothing, when the browser
  // will not keep things in localStorage.
  function setRemember(moduleId, quizId, on) {
    var local = storageNamed('localStorage');
    var session = storageNamed('sessionStorage');
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

  // Forgets everything this module kept, in both storages.
  function clearModule(moduleId, quizId) {
    var all = [storageNamed('sessionStorage'), storageNamed('localStorage')];
    for (var i = 0; i < all.length; i++) {
      removeItem(all[i], PROGRESS_PREFIX + moduleId);
      if (quizId) {
        removeItem(all[i], QUIZ_PREFIX + quizId);
      }
      removeItem(all[i], dom.rememberKey(moduleId));
    }
    delete memory[moduleId];
  }

  function moduleData(moduleId) {
    var all = window.SiteGenModules;
    var data = all && moduleId && hasOwn.call(all, moduleId) ? all[moduleId] : null;
    if (!isObject(data) || !isObject(data.module) || !(data.pages instanceof Array)) {
      return null;
    }
    return data;
  }

  // The address of a site path (as in modules/ID.js) from this page: the
  // module data script's address, less "modules/ID.js", is the way to the root.
  function siteLink(node, path) {
    var script = node.getAttribute('data-training-data') || '';
    var root = script.replace(/modules\/[^\/]*$/, '');
    var link = root + path;
    if (window.location.protocol === 'file:' && /\/$/.test(link)) {
      link += 'index.html'; // a copy on disk: a folder would show its listing
    }
    return link;
  }

  // Shared with certificate.js.
  var api = window.SiteGenTraining = window.SiteGenTraining || {};
  api.readProgress = readProgress;
  api.writeProgress = writeProgress;
  api.readQuizRecord = readQuizRecord;
  api.latestPass = latestPass;
  api.moduleData = moduleData;
  api.remembers = remembers;
  api.siteLink = siteLink;

  // ---- A module page: mark it read, and time it ------------------------------------

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

  // ---- The start page's panel ------------------------------------------------------

  function Panel(root, data) {
    this.root = root;
    this.data = data;
    this.id = String(data.module.id);
    this.quizId = data.module.quizId ? String(data.module.quizId) : null;
    this.quizPath = null;
    for (var i = 0; i < data.pages.length; i++) {
      if (data.pages[i] && data.pages[i].quiz === true) {
        this.quizPath = data.pages[i].path;
      }
    }
    this.progressLine = root.querySelector('[data-training-progress]');
    this.items = root.querySelectorAll('[data-training-page]');
    this.certificate = root.querySelector('[data-training-certificate]');
    this.storage = root.querySelector('[data-training-storage]');
    this.remember = root.querySelector('[data-training-remember]');
    this.clear = root.querySelector('[data-training-clear]');
    this.status = root.querySelector('[data-training-cleared]');
    this.statusTimer = null;
  }

  Panel.prototype.init = function () {
    var self = this;
    this.root.setAttribute('data-training-init', 'true');
    this.root.classList.add('training-module--enhanced');

    // The link to each page is described by its state ("Read"), as the
    // GOV.UK task list does, so a screen reader says it with the link.
    for (var i = 0; i < this.items.length; i++) {
      var state = this.items[i].querySelector('[data-training-state]');
      var link = this.items[i].querySelector('a');
      if (state && link) {
        state.id = state.id || 'training-module-' + this.id + '-state-' + (i + 1);
        link.setAttribute('aria-describedby', state.id);
      }
    }

    if (this.remember) {
      this.remember.addEventListener('change', function () {
        self.changeRemember();
      });
    }
    if (this.clear) {
      this.clear.addEventListener('click', function () {
        self.clearProgress();
      });
    }
    // Another tab of this browser may change what is remembered.
    window.addEventListener('storage', function () {
      self.render();
    });
    // Back to this page from the back-forward cache: show the latest.
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) {
        self.render();
      }
    });

    this.render();
    if (this.storage) {
      this.storage.hidden = false;
    }
  };

  Panel.prototype.render = function () {
    var progress = readProgress(this.id);
    var record = this.quizId ? readQuizRecord(this.id, this.quizId) : { attempts: [] };
    var pass = latestPass(record);
    var read = 0;
    for (var i = 0; i < this.items.length; i++) {
      var item = this.items[i];
      var path = item.getAttribute('data-training-page');
      var state = item.querySelector('[data-training-state]');
      var isRead = hasOwn.call(progress.pagesRead, path);
      var done = isRead;
      var text;
      if (isRead) {
        read += 1;
      }
      if (path === this.quizPath) {
        if (pass) {
          text = TEXT.passed + pass.percent + '%';
          done = true;
        } else if (record.attempts.length) {
          text = TEXT.notPassed + bestPercent(record) + '%';
          done = false;
        } else {
          text = TEXT.notStarted;
          done = false;
        }
      } else {
        text = isRead ? TEXT.read : TEXT.notRead;
      }
      setClass(item, 'training-module__page--done', done);
      if (state) {
        state.textContent = text;
        setClass(state, 'training-module__state--done', done);
      }
    }
    if (this.progressLine) {
      this.progressLine.textContent = 'You have read ' + read + ' of ' + this.items.length +
        (this.items.length === 1 ? ' page.' : ' pages.');
      this.progressLine.hidden = false;
    }
    if (this.certificate) {
      this.certificate.hidden = !pass;
    }
    if (this.remember) {
      this.remember.checked = remembers(this.id);
    }
  };

  // Says text in the role=status element: emptied first, so the same words
  // said twice are announced twice.
  Panel.prototype.say = function (text) {
    var status = this.status;
    if (!status) {
      return;
    }
    if (this.statusTimer) {
      window.clearTimeout(this.statusTimer);
    }
    status.textContent = '';
    this.statusTimer = window.setTimeout(function () {
      status.textContent = text;
    }, 100);
  };

  Panel.prototype.changeRemember = function () {
    var on = this.remember.checked;
    if (setRemember(this.id, this.quizId, on)) {
      this.say(on ? TEXT.remembered : TEXT.forgotten);
    } else {
      this.remember.checked = false;
      this.say(TEXT.cannotRemember);
    }
  };

  Panel.prototype.clearProgress = function () {
    clearModule(this.id, this.quizId);
    this.render();
    this.say(TEXT.cleared);
  };

  // ---- The quiz page: "You passed. Get your certificate" -----------------------------

  function certificateLink(quizRoot, moduleId, data) {
    var markers = document.querySelectorAll('[data-training-certificate-url]');
    for (var i = 0; i < markers.length; i++) {
      if (markers[i].getAttribute('data-training-module') === moduleId) {
        return markers[i].getAttribute('data-training-certificate-url');
      }
    }
    // No marker on the page: work it out from the module data's address.
    var withData = document.querySelector('[data-training-module="' + moduleId + '"][data-training-data]');
    return data && withData && typeof data.certificate === 'string' ? siteLink(withData, data.certificate) : null;
  }

  function showPassed(quizRoot) {
    if (quizRoot.querySelector('[data-training-passed]')) {
      return;
    }
    var moduleId = quizRoot.getAttribute('data-training-module');
    var href = certificateLink(quizRoot, moduleId, moduleData(moduleId));
    if (!href) {
      warn('training module ' + moduleId + ': no address for the certificate');
      return;
    }
    var panel = el('div', 'training-module-passed');
    panel.setAttribute('data-training-passed', '');
    var text = el('p', 'training-module-passed__text');
    text.appendChild(el('strong', null, TEXT.youPassed));
    text.appendChild(document.createTextNode(TEXT.passedMore));
    panel.appendChild(text);
    var action = el('p', 'training-module-passed__action');
    var link = el('a', 'button training-module-passed__link', TEXT.getCertificate);
    link.setAttribute('href', href);
    action.appendChild(link);
    panel.appendChild(action);

    // After the result (which the quiz has just focused and announced), so
    // the reading and Tab order is: result, then the way to the certificate.
    var result = quizRoot.querySelector('.quiz__result');
    if (result && result.parentNode) {
      result.parentNode.insertBefore(panel, result.nextSibling);
    } else {
      quizRoot.appendChild(panel);
    }
  }

  function quizModuleRoot(node) {
    while (node && node.nodeType === 1) {
      if (node.getAttribute('data-module') === 'quiz') {
        return node.getAttribute('data-training-module') ? node : null;
      }
      node = node.parentNode;
    }
    return null;
  }

  document.addEventListener(CHECKED_EVENT, function (event) {
    var root = quizModuleRoot(event.target);
    var attempt = event.detail && event.detail.attempt;
    if (root && attempt && attempt.passed === true) {
      showPassed(root);
    }
  });

  // ---- Start ------------------------------------------------------------------------

  function initAll() {
    var nodes = document.querySelectorAll('[data-module="training-module"]');
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (node.getAttribute('data-training-init')) {
        continue;
      }
      if (node.hasAttribute('data-training-page')) {
        node.setAttribute('data-training-init', 'true');
        markRead(node);
        continue;
      }
      var id = node.getAttribute('data-training-module');
      var data = moduleData(id);
      if (!data) {
        warn('training module ' + id + ': no module data (window.SiteGenModules)');
        continue; // Leave the plain list of pages.
      }
      new Panel(node, data).init();
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
})();
