/*
 * Page timer: how long each page of a training module is open and in view in
 * the learner's browser, kept with the module's progress (see README.md, "Time
 * on each page"). The completion record lists it (components/certificate), so
 * a training lead can see a module that was clicked through rather than read.
 *
 * The rules:
 *   - Time counts only while the page is visible (Page Visibility API:
 *     document.visibilityState === 'visible'; a browser without the API
 *     counts as visible). It stops when the page is hidden (another tab, the
 *     window minimised, the phone locked) and when the page is left
 *     (pagehide), and starts again when the page is in view again (back from
 *     the back-forward cache included).
 *   - It stops IDLE_LIMIT (10 minutes) after the last sign of the learner: a
 *     keydown, pointerdown, scroll or wheel event (opening the page, or
 *     bringing it back into view, counts as one). A page left open overnight
 *     adds 10 minutes, not hours; the next input starts the count again.
 *   - The time is added to progress.pageMilliseconds[PATH] (whole
 *     milliseconds, in sitegen.training.MODULE, under the storage rule of
 *     components/common) when the page is hidden or left, and every
 *     SAVE_EVERY while it counts, so a crash loses little.
 *   - It is only added while the progress still says the page was opened
 *     (progress.pagesRead[PATH]). Progress cleared meanwhile ("Clear my
 *     progress", or the quick exit emptying the tab's storage just before it
 *     leaves the page) is not written back.
 *
 * Time comes from performance.now(), which the computer's clock being set
 * does not move (Date.now() where there is no performance.now()).
 *
 * Puts timePage(moduleId, path) on window.SiteGenTraining; training-module.js
 * (same bundle) calls it on each module page once the page is marked read.
 * Nothing is sent anywhere. esbuild builds this into page-timer.js, a classic
 * script; ES5 syntax; works from file://.
 */

var IDLE_LIMIT = 10 * 60 * 1000; // ms without input after which time stops counting
var SAVE_EVERY = 30 * 1000; // ms between saves while counting
var INPUTS = ['keydown', 'pointerdown', 'scroll', 'wheel'];

var hasOwn = Object.prototype.hasOwnProperty;

function now() {
  var clock = window.performance;
  return clock && typeof clock.now === 'function' ? clock.now() : new Date().getTime();
}

function isVisible() {
  return typeof document.visibilityState !== 'string' || document.visibilityState === 'visible';
}

// api: window.SiteGenTraining (readProgress, writeProgress).
function PageTimer(api, moduleId, path) {
  this.api = api;
  this.moduleId = moduleId;
  this.path = path;
  this.since = null; // counted up to this moment; null while not counting
  this.lastInput = 0; // the last sign of the learner
  this.pending = 0; // ms counted and not yet saved
  this.saver = null;
}

PageTimer.prototype.start = function () {
  var self = this;
  function input() {
    self.input();
  }
  // Captured, so scrolling inside a box counts too; passive, as nothing is
  // cancelled (an older browser takes the object as "capture").
  for (var i = 0; i < INPUTS.length; i++) {
    document.addEventListener(INPUTS[i], input, { capture: true, passive: true });
  }
  document.addEventListener('visibilitychange', function () {
    if (isVisible()) {
      self.resume();
    } else {
      self.stop();
    }
  });
  window.addEventListener('pagehide', function () {
    self.stop();
  });
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && isVisible()) {
      self.resume();
    }
  });
  if (isVisible()) {
    this.resume();
  }
};

// The page is in view: count from now.
PageTimer.prototype.resume = function () {
  var self = this;
  if (this.since !== null) {
    return;
  }
  this.since = now();
  this.lastInput = this.since;
  this.saver = window.setInterval(function () {
    self.save();
  }, SAVE_EVERY);
};

// Hidden or left: stop counting and save.
PageTimer.prototype.stop = function () {
  this.save();
  this.since = null;
  if (this.saver !== null) {
    window.clearInterval(this.saver);
    this.saver = null;
  }
};

PageTimer.prototype.input = function () {
  var t = now();
  if (this.since !== null && t - this.lastInput > IDLE_LIMIT) {
    this.count(t); // idle until now: count up to the limit, then from now
  }
  this.lastInput = t;
};

// Adds the time from since to t (no further than IDLE_LIMIT after the last
// input) to what is pending, and moves since on to t.
PageTimer.prototype.count = function (t) {
  if (this.since === null) {
    return;
  }
  var end = Math.min(t, this.lastInput + IDLE_LIMIT);
  if (end > this.since) {
    this.pending += end - this.since;
  }
  this.since = t;
};

// Adds what has been counted to the stored progress.
PageTimer.prototype.save = function () {
  this.count(now());
  var ms = Math.floor(this.pending);
  if (ms < 1) {
    return;
  }
  this.pending -= ms;
  var progress = this.api.readProgress(this.moduleId);
  if (!hasOwn.call(progress.pagesRead, this.path)) {
    return; // cleared since the page was opened: keep it cleared
  }
  var before = hasOwn.call(progress.pageMilliseconds, this.path) ? progress.pageMilliseconds[this.path] : 0;
  progress.pageMilliseconds[this.path] = before + ms;
  this.api.writeProgress(this.moduleId, progress);
};

var api = window.SiteGenTraining = window.SiteGenTraining || {};

// Times the module page at path from now on (called by training-module.js).
api.timePage = function (moduleId, path) {
  new PageTimer(api, moduleId, path).start();
};
