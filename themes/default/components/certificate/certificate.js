/*
 * Certificate: a training module's certificate and completion record, made in
 * the learner's browser from their own quiz result (see README.md).
 *
 * The page is the same for everyone. This script shows the part that fits:
 *   - "not passed yet", when no attempt at the module's quiz passed in this
 *     browser (the quiz record, read the way quiz.js keeps it);
 *   - the details form (GOV.UK: labels, hints, error summary, inline errors),
 *     when the learner has not given their details yet;
 *   - the certificate sheet, with "Print or save as PDF", "Download my
 *     completion record" and "Change my details".
 *
 * The completion record is the JSON file of docs/completion-record.md: built
 * here, with its checksum (SHA-256 of the RFC 8785 canonical form of the
 * record without its checksum), in plain synchronous JavaScript so it works
 * on plain http and from file:// too. window.SiteGenTraining.sha256,
 * .canonicalise, .checksum and .completionRecord are there for tools & tests.
 *
 * Storage goes through window.SiteGenTraining (training-module.js, in the same
 * bundle). Nothing is sent anywhere: the form's submit is always cancelled.
 *
 * No inline styles (CSP default-src 'self'): classes and the hidden attribute
 * only. Classic script, an IIFE, ES5 syntax only; works from file://.
 */
(function () {
  'use strict';

  var FORMAT = 'sitegen-completion-record';
  var FORMAT_VERSION = 1;
  var EMAIL = /^[^@\s]+@[^@\s]+$/;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];

  var TEXT = {
    errorTitle: 'There is a problem',
    errorPrefix: 'Error:',
    titlePrefix: 'Error: ',
    downloaded: 'Your completion record has been downloaded.',
    cannotDownload: 'Your completion record could not be made in this browser. Print or save your certificate as a PDF instead, and tell your training lead.'
  };

  // The form's fields: what is checked, and the GOV.UK error messages.
  var FIELDS = [
    { name: 'name', required: true, max: 200,
      empty: 'Enter your full name', tooLong: 'Full name must be 200 characters or fewer' },
    { name: 'organisation', required: true, max: 200,
      empty: 'Enter your organisation', tooLong: 'Organisation must be 200 characters or fewer' },
    { name: 'role', required: true, max: 200,
      empty: 'Enter your role', tooLong: 'Role must be 200 characters or fewer' },
    { name: 'staffId', required: false, max: 100,
      tooLong: 'Staff number must be 100 characters or fewer' },
    { name: 'email', required: false, max: 254, pattern: EMAIL,
      invalid: 'Enter an email address in the correct format, like name@example.com',
      tooLong: 'Email address must be 254 characters or fewer' }
  ];

  // ---- Small helpers (ES5) ------------------------------------------------

  var hasOwn = Object.prototype.hasOwnProperty;

  function isObject(value) {
    return value !== null && typeof value === 'object' && !(value instanceof Array);
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    return node;
  }

  function trim(value) {
    return String(value === undefined || value === null ? '' : value).replace(/^\s+|\s+$/g, '');
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
      s = '0' + s;
    }
    return s;
  }

  function addToken(node, attr, token) {
    var tokens = (node.getAttribute(attr) || '').split(/\s+/);
    if (tokens.indexOf(token) === -1) {
      tokens.push(token);
    }
    node.setAttribute(attr, tokens.join(' ').replace(/^\s+|\s+$/g, ''));
  }

  function removeToken(node, attr, token) {
    var tokens = (node.getAttribute(attr) || '').split(/\s+/);
    var kept = [];
    for (var i = 0; i < tokens.length; i++) {
      if (tokens[i] && tokens[i] !== token) {
        kept.push(tokens[i]);
      }
    }
    if (kept.length) {
      node.setAttribute(attr, kept.join(' '));
    } else {
      node.removeAttribute(attr);
    }
  }

  function focusElement(node, preventScroll) {
    try {
      node.focus(preventScroll ? { preventScroll: true } : undefined);
    } catch (e) {
      node.focus();
    }
  }

  function warn(message) {
    if (window.console && window.console.warn) {
      window.console.warn(message);
    }
  }

  // ---- SHA-256 (FIPS 180-4), synchronous, on UTF-8 bytes --------------------
  // crypto.subtle would need a secure context and a promise; this does not.

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];

  // UTF-8 bytes of a string (a lone surrogate becomes U+FFFD, as TextEncoder does).
  function utf8(text) {
    var bytes = [];
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c < 0x80) {
        bytes.push(c);
      } else if (c < 0x800) {
        bytes.push(0xc0 | (c >> 6), 0x80 | (c & 63));
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length &&
          text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) < 0xe000) {
        var cp = 0x10000 + ((c - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00);
        i += 1;
        bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      } else {
        if (c >= 0xd800 && c < 0xe000) {
          c = 0xfffd;
        }
        bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
    }
    return bytes;
  }

  function rotr(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  // Lowercase hex SHA-256 of the UTF-8 encoding of text.
  function sha256(text) {
    var bytes = utf8(String(text));
    var length = bytes.length;
    var wordCount = Math.ceil((length + 9) / 64) * 16;
    var words = [];
    var i;
    for (i = 0; i < wordCount; i++) {
      words.push(0);
    }
    for (i = 0; i < length; i++) {
      words[i >> 2] |= bytes[i] << (24 - (i % 4) * 8);
    }
    words[length >> 2] |= 0x80 << (24 - (length % 4) * 8);
    // The length in bits, as a 64-bit big-endian number.
    words[wordCount - 2] = Math.floor(length / 0x20000000);
    words[wordCount - 1] = (length * 8) | 0;

    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = [];
    for (var block = 0; block < wordCount; block += 16) {
      var t;
      for (t = 0; t < 64; t++) {
        if (t < 16) {
          w[t] = words[block + t] | 0;
        } else {
          var x = w[t - 15];
          var y = w[t - 2];
          var s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
          var s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
          w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
        }
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var sum1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        var choose = (e & f) ^ (~e & g);
        var temp1 = (k + sum1 + choose + K[t] + w[t]) | 0;
        var sum0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        var majority = (a & b) ^ (a & c) ^ (b & c);
        var temp2 = (sum0 + majority) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + temp1) | 0;
        d = c;
        c = b;
        b = a;
        a = (temp1 + temp2) | 0;
      }
      h[0] = (h[0] + a) | 0;
      h[1] = (h[1] + b) | 0;
      h[2] = (h[2] + c) | 0;
      h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0;
      h[5] = (h[5] + f) | 0;
      h[6] = (h[6] + g) | 0;
      h[7] = (h[7] + k) | 0;
    }
    var hex = '';
    for (i = 0; i < 8; i++) {
      hex += pad((h[i] >>> 0).toString(16), 8);
    }
    return hex;
  }

  // ---- JSON Canonicalization Scheme (RFC 8785) -----------------------------
  // Members sorted by name in UTF-16 code units (what sort() compares), no
  // whitespace, strings and numbers as JSON.stringify writes them (the
  // record's numbers are all integers). Members whose value is undefined are
  // left out, as JSON.stringify leaves them out of the file.

  function canonicalise(value) {
    if (value === null) {
      return 'null';
    }
    if (value === true || value === false) {
      return value ? 'true' : 'false';
    }
    if (typeof value === 'number') {
      if (!isFinite(value)) {
        throw new Error('JCS: ' + value + ' is not a JSON number');
      }
      return JSON.stringify(value);
    }
    if (typeof value === 'string') {
      return JSON.stringify(value);
    }
    var parts = [];
    var i;
    if (value instanceof Array) {
      for (i = 0; i < value.length; i++) {
        parts.push(canonicalise(value[i] === undefined ? null : value[i]));
      }
      return '[' + parts.join(',') + ']';
    }
    if (typeof value === 'object') {
      var keys = [];
      for (var key in value) {
        if (hasOwn.call(value, key) && value[key] !== undefined) {
          keys.push(key);
        }
      }
      keys.sort();
      for (i = 0; i < keys.length; i++) {
        parts.push(JSON.stringify(keys[i]) + ':' + canonicalise(value[keys[i]]));
      }
      return '{' + parts.join(',') + '}';
    }
    throw new Error('JCS: a ' + typeof value + ' is not JSON');
  }

  // "sha256:" + the SHA-256 of the record's canonical form without its checksum.
  function checksum(record) {
    var copy = {};
    for (var key in record) {
      if (hasOwn.call(record, key) && key !== 'checksum') {
        copy[key] = record[key];
      }
    }
    return 'sha256:' + sha256(canonicalise(copy));
  }

  // ---- Dates ----------------------------------------------------------------

  // The learner's own calendar date of a moment: { year, month (1-12), day }.
  function localDate(iso) {
    var d = new Date(iso);
    return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
  }

  function daysInMonth(year, month) {
    return new Date(year, month, 0).getDate(); // day 0 of the next month
  }

  // As .NET's DateOnly.AddMonths: the day is kept, or the month's last day
  // when the month is shorter (31 January + 1 month = 28 or 29 February).
  function addMonths(date, months) {
    var index = date.year * 12 + (date.month - 1) + months;
    var year = Math.floor(index / 12);
    var month = index - year * 12 + 1;
    return { year: year, month: month, day: Math.min(date.day, daysInMonth(year, month)) };
  }

  function isoDate(date) {
    return pad(date.year, 4) + '-' + pad(date.month, 2) + '-' + pad(date.day, 2);
  }

  function parseIsoDate(text) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text));
    return m ? { year: +m[1], month: +m[2], day: +m[3] } : null;
  }

  // "21 November 2026", as GOV.UK writes dates.
  function longDate(date) {
    return date.day + ' ' + MONTHS[date.month - 1] + ' ' + date.year;
  }

  // A toISOString time, or fallback when value is not a time.
  function isoTime(value, fallback) {
    var t = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
    return isFinite(t) ? new Date(t).toISOString() : fallback;
  }

  // ---- Record id: a random (version 4) UUID ----------------------------------

  function uuid() {
    var c = window.crypto || window.msCrypto;
    if (c && typeof c.randomUUID === 'function') {
      try {
        return c.randomUUID();
      } catch (e) {
        // Not in a secure context in some browsers: use the bytes below.
      }
    }
    var bytes = [];
    var i;
    if (c && typeof c.getRandomValues === 'function' && typeof window.Uint8Array === 'function') {
      var buffer = new window.Uint8Array(16);
      c.getRandomValues(buffer);
      for (i = 0; i < 16; i++) {
        bytes.push(buffer[i]);
      }
    } else {
      for (i = 0; i < 16; i++) {
        bytes.push(Math.floor(Math.random() * 256));
      }
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40; // version 4
    bytes[8] = (bytes[8] & 0x3f) | 0x80; // variant 10xx
    var hex = '';
    for (i = 0; i < 16; i++) {
      hex += pad(bytes[i].toString(16), 2);
      if (i === 3 || i === 5 || i === 7 || i === 9) {
        hex += '-';
      }
    }
    return hex;
  }

  // ---- The completion record ---------------------------------------------------

  function training() {
    var api = window.SiteGenTraining;
    return api && typeof api.readProgress === 'function' ? api : null;
  }

  function toInteger(value) {
    var n = Number(value);
    return isFinite(n) ? Math.floor(n) : 0;
  }

  // Chosen option ids by question id: non-empty, distinct strings only.
  function cleanAnswers(answers) {
    var out = {};
    for (var id in answers) {
      if (hasOwn.call(answers, id) && answers[id] instanceof Array) {
        var chosen = [];
        for (var i = 0; i < answers[id].length; i++) {
          var option = String(answers[id][i]);
          if (chosen.indexOf(option) === -1) {
            chosen.push(option);
          }
        }
        if (chosen.length) {
          out[id] = chosen;
        }
      }
    }
    return out;
  }

  // Confidence answers: whole numbers 1 to 5, by question id.
  function cleanConfidence(answers) {
    var out = {};
    if (!isObject(answers)) {
      return out;
    }
    for (var id in answers) {
      if (hasOwn.call(answers, id)) {
        var n = Number(answers[id]);
        if (n === Math.floor(n) && n >= 1 && n <= 5) {
          out[id] = n;
        }
      }
    }
    return out;
  }

  // Gives the progress a record id for the latest passing attempt: a new one
  // only when that attempt is not the one the id was made for.
  function ensureRecordId(moduleId, progress, pass) {
    if (!progress.recordId || progress.recordAttempt !== pass.completed) {
      progress.recordId = uuid();
      progress.recordAttempt = pass.completed;
      training().writeProgress(moduleId, progress);
    }
    return progress.recordId;
  }

  // What the certificate and the record say, or null when there is nothing
  // to certify yet: { data, progress, quiz, pass, completedOn }.
  function state(moduleId) {
    var api = training();
    var data = api && api.moduleData(moduleId);
    if (!data) {
      return null;
    }
    var quiz = api.readQuizRecord(moduleId, String(data.module.quizId));
    return {
      data: data,
      progress: api.readProgress(moduleId),
      quiz: quiz,
      pass: api.latestPass(quiz)
    };
  }

  // The completion record (docs/completion-record.md), checksum included, or
  // null when the quiz has not been passed or the learner's details are missing.
  function completionRecord(moduleId) {
    var s = state(moduleId);
    if (!s || !s.pass || !s.progress.learner) {
      return null;
    }
    var data = s.data;
    var m = data.module;
    var learner = s.progress.learner;
    var completed = isoTime(s.pass.completed, null);
    var attempts = [];
    for (var i = 0; i < s.quiz.attempts.length; i++) {
      var a = s.quiz.attempts[i];
      var attemptCompleted = isoTime(a.completed, completed);
      attempts.push({
        number: i + 1,
        started: isoTime(a.started, attemptCompleted),
        completed: attemptCompleted,
        answers: cleanAnswers(a.answers),
        score: toInteger(a.score),
        total: toInteger(a.total),
        percent: toInteger(a.percent),
        passed: a.passed === true
      });
    }
    // When the learner first opened a page of the module, or started the quiz if earlier.
    var started = attempts[0].started;
    var progressStarted = isoTime(s.progress.started, null);
    if (progressStarted && new Date(progressStarted).getTime() < new Date(started).getTime()) {
      started = progressStarted;
    }
    var record = {
      format: FORMAT,
      formatVersion: FORMAT_VERSION,
      recordId: ensureRecordId(moduleId, s.progress, s.pass),
      learner: {
        name: learner.name,
        organisation: learner.organisation,
        role: learner.role,
        staffId: learner.staffId || null,
        email: learner.email || null
      },
      module: {
        id: String(m.id),
        title: String(m.title),
        level: String(m.level),
        levelName: String(m.levelName),
        version: String(m.version),
        quizId: String(m.quizId),
        quizVersion: String(m.quizVersion)
      },
      site: {
        name: String(data.site.name),
        url: String(data.site.url),
        partnership: String(data.site.partnership)
      },
      started: started,
      completed: completed,
      completedOn: isoDate(localDate(completed)),
      durationSeconds: Math.max(0, Math.floor((new Date(completed).getTime() - new Date(started).getTime()) / 1000)),
      passMark: toInteger(m.passMark),
      score: toInteger(s.pass.score),
      total: toInteger(s.pass.total),
      percent: toInteger(s.pass.percent),
      passed: true,
      attempts: attempts,
      confidence: {
        before: cleanConfidence(s.quiz.confidenceBefore),
        after: cleanConfidence(s.quiz.confidenceAfter)
      }
    };
    record.checksum = checksum(record);
    return record;
  }

  // Saves text as a file, the way that works in this browser.
  function saveFile(name, text) {
    var type = 'application/json';
    if (typeof window.Blob === 'function') {
      var blob = new window.Blob([text], { type: type });
      if (window.navigator && typeof window.navigator.msSaveOrOpenBlob === 'function') {
        window.navigator.msSaveOrOpenBlob(blob, name); // old Edge and IE
        return;
      }
      if (window.URL && typeof window.URL.createObjectURL === 'function') {
        var url = window.URL.createObjectURL(blob);
        clickDownload(name, url);
        window.setTimeout(function () {
          window.URL.revokeObjectURL(url);
        }, 10000);
        return;
      }
    }
    clickDownload(name, 'data:' + type + ';charset=utf-8,' + encodeURIComponent(text));
  }

  function clickDownload(name, href) {
    var link = document.createElement('a');
    link.setAttribute('href', href);
    link.setAttribute('download', name);
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  // For tools and tests.
  var api = window.SiteGenTraining = window.SiteGenTraining || {};
  api.sha256 = sha256;
  api.canonicalise = canonicalise;
  api.checksum = checksum;
  api.completionRecord = completionRecord;
  api.addMonths = function (date, months) {
    var parsed = parseIsoDate(date);
    return parsed ? isoDate(addMonths(parsed, months)) : null;
  };

  // ---- The page ----------------------------------------------------------------

  function Certificate(root, moduleId) {
    this.root = root;
    this.id = moduleId;
    this.noScript = root.querySelector('[data-certificate-no-script]');
    this.notPassed = root.querySelector('[data-certificate-not-passed]');
    this.form = root.querySelector('[data-certificate-form]');
    this.sheet = root.querySelector('[data-certificate-sheet]');
    this.actions = root.querySelector('[data-certificate-actions]');
    this.status = root.querySelector('[data-certificate-status]');
    this.formHeading = this.form && this.form.querySelector('h2, h3');
    this.sheetHeading = this.sheet && this.sheet.querySelector('h2, h3');
    this.errorSummary = null;
    this.errors = [];
    this.title = document.title;
    this.statusTimer = null;
  }

  Certificate.prototype.init = function () {
    var self = this;
    this.root.setAttribute('data-certificate-init', 'true');
    this.root.classList.add('certificate--enhanced');
    if (this.noScript) {
      this.noScript.hidden = true;
    }
    // Focus targets for screen readers, never Tab stops.
    if (this.formHeading) {
      this.formHeading.setAttribute('tabindex', '-1');
    }
    if (this.sheetHeading) {
      this.sheetHeading.setAttribute('tabindex', '-1');
    } else if (this.sheet) {
      this.sheet.setAttribute('tabindex', '-1');
    }

    if (this.form) {
      this.form.addEventListener('submit', function (event) {
        event.preventDefault();
        self.submit();
      });
    }
    this.on('[data-certificate-print]', function () {
      window.print();
    });
    this.on('[data-certificate-download]', function () {
      self.download();
    });
    this.on('[data-certificate-edit]', function () {
      self.edit();
    });
    this.show(false);
  };

  Certificate.prototype.on = function (selector, handler) {
    var button = this.root.querySelector(selector);
    if (button) {
      button.addEventListener('click', function (event) {
        event.preventDefault();
        handler();
      });
    }
  };

  // Shows what fits: not passed, the form, or the certificate.
  Certificate.prototype.show = function (focus) {
    var s = state(this.id);
    var part = !s || !s.pass ? 'not-passed' : (s.progress.learner ? 'sheet' : 'form');
    if (part === 'sheet') {
      this.fillSheet(s);
    }
    if (part === 'form') {
      this.fillForm(s.progress.learner);
    }
    this.reveal(part);
    if (focus && part === 'sheet') {
      focusElement(this.sheetHeading || this.sheet, false);
    }
  };

  Certificate.prototype.reveal = function (part) {
    if (this.notPassed) {
      this.notPassed.hidden = part !== 'not-passed';
    }
    if (this.form) {
      this.form.hidden = part !== 'form';
    }
    if (this.sheet) {
      this.sheet.hidden = part !== 'sheet';
    }
    if (this.actions) {
      this.actions.hidden = part !== 'sheet';
    }
  };

  Certificate.prototype.fillSheet = function (s) {
    var learner = s.progress.learner;
    var completedOn = localDate(s.pass.completed);
    var months = parseInt(s.data.refresherMonths, 10);
    var values = {
      name: learner.name,
      role: learner.role,
      organisation: learner.organisation,
      date: longDate(completedOn),
      score: s.pass.score + ' out of ' + s.pass.total + ' (' + s.pass.percent + '%)',
      refresherDue: months > 0 ? longDate(addMonths(completedOn, months)) : '',
      recordId: ensureRecordId(this.id, s.progress, s.pass)
    };
    var fields = this.sheet.querySelectorAll('[data-certificate-field]');
    for (var i = 0; i < fields.length; i++) {
      var name = fields[i].getAttribute('data-certificate-field');
      if (hasOwn.call(values, name)) {
        fields[i].textContent = values[name];
      }
      // No refresher period: leave the line out rather than print it empty.
      if (name === 'refresherDue') {
        var fact = fields[i].parentNode;
        if (fact && fact.classList.contains('certificate__fact')) {
          fact.hidden = !values.refresherDue;
        }
      }
    }
  };

  Certificate.prototype.input = function (name) {
    return this.form ? this.form.querySelector('[name="' + name + '"]') : null;
  };

  Certificate.prototype.fillForm = function (learner) {
    for (var i = 0; i < FIELDS.length; i++) {
      var input = this.input(FIELDS[i].name);
      if (input) {
        input.value = learner && learner[FIELDS[i].name] ? learner[FIELDS[i].name] : '';
      }
    }
  };

  // "Change my details": the form, filled in.
  Certificate.prototype.edit = function () {
    var s = state(this.id);
    this.clearErrors();
    this.fillForm(s && s.progress.learner);
    this.say('');
    this.reveal('form');
    focusElement(this.formHeading || this.input('name'), false);
  };

  // ---- The form: checks and GOV.UK errors ------------------------------------------------

  Certificate.prototype.submit = function () {
    var learner = {};
    var errors = [];
    for (var i = 0; i < FIELDS.length; i++) {
      var field = FIELDS[i];
      var input = this.input(field.name);
      var value = trim(input ? input.value : '');
      var message = null;
      if (!value) {
        message = field.required ? field.empty : null;
      } else if (value.length > field.max) {
        message = field.tooLong;
      } else if (field.pattern && !field.pattern.test(value)) {
        message = field.invalid;
      }
      if (message && input) {
        errors.push({ input: input, message: message });
      }
      learner[field.name] = value || null;
    }
    this.clearErrors();
    if (errors.length) {
      this.showErrors(errors);
      return;
    }
    var api = training();
    var progress = api.readProgress(this.id);
    progress.learner = learner;
    api.writeProgress(this.id, progress);
    this.show(true);
  };

  Certificate.prototype.showErrors = function (errors) {
    var self = this;
    var summary = el('div', 'error-summary certificate__error-summary');
    var titleId = 'certificate-error-summary-title';
    summary.setAttribute('role', 'alert');
    summary.setAttribute('tabindex', '-1');
    summary.setAttribute('aria-labelledby', titleId);
    var title = el('h2', 'error-summary__title', TEXT.errorTitle);
    title.id = titleId;
    summary.appendChild(title);
    var body = el('div', 'error-summary__body');
    var list = el('ul', 'error-summary__list');

    for (var i = 0; i < errors.length; i++) {
      var input = errors[i].input;
      var group = input.parentNode;
      var message = el('p', 'error-message');
      message.id = input.id + '-error';
      message.appendChild(el('span', 'visually-hidden', TEXT.errorPrefix + ' '));
      message.appendChild(document.createTextNode(errors[i].message));
      group.insertBefore(message, input);
      addToken(input, 'aria-describedby', message.id);
      input.setAttribute('aria-invalid', 'true');
      input.classList.add('form-input--error');
      group.classList.add('form-group--error');
      this.errors.push({ input: input, message: message });

      var item = el('li');
      var link = el('a', null, errors[i].message);
      link.setAttribute('href', '#' + input.id);
      item.appendChild(link);
      list.appendChild(item);
    }
    body.appendChild(list);
    summary.appendChild(body);

    // GOV.UK: a link moves focus to the field and scrolls its label into view.
    summary.addEventListener('click', function (event) {
      var link = event.target;
      while (link && link !== summary && link.nodeName !== 'A') {
        link = link.parentNode;
      }
      if (!link || link === summary) {
        return;
      }
      var target = document.getElementById((link.getAttribute('href') || '').slice(1));
      if (!target) {
        return;
      }
      event.preventDefault();
      var label = self.form.querySelector('label[for="' + target.id + '"]');
      if (label && label.scrollIntoView) {
        label.scrollIntoView();
        focusElement(target, true);
      } else {
        focusElement(target, false);
      }
    });

    this.form.insertBefore(summary, this.form.firstChild);
    this.errorSummary = summary;
    document.title = TEXT.titlePrefix + this.title;
    focusElement(summary, false);
  };

  Certificate.prototype.clearErrors = function () {
    if (this.errorSummary && this.errorSummary.parentNode) {
      this.errorSummary.parentNode.removeChild(this.errorSummary);
    }
    this.errorSummary = null;
    for (var i = 0; i < this.errors.length; i++) {
      var e = this.errors[i];
      removeToken(e.input, 'aria-describedby', e.message.id);
      e.input.removeAttribute('aria-invalid');
      e.input.classList.remove('form-input--error');
      e.input.parentNode.classList.remove('form-group--error');
      if (e.message.parentNode) {
        e.message.parentNode.removeChild(e.message);
      }
    }
    this.errors = [];
    document.title = this.title;
  };

  // ---- Download ---------------------------------------------------------------------------

  Certificate.prototype.download = function () {
    var record = null;
    try {
      record = completionRecord(this.id);
    } catch (e) {
      warn('certificate: ' + e.message);
    }
    if (!record) {
      this.say(TEXT.cannotDownload);
      return;
    }
    saveFile('completion-' + record.module.id + '-' + record.completedOn + '.json',
      JSON.stringify(record, null, 2) + '\n');
    this.say(TEXT.downloaded);
  };

  // Says text in the role=status element: emptied first, so the same words
  // said twice are announced twice.
  Certificate.prototype.say = function (text) {
    var status = this.status;
    if (!status) {
      return;
    }
    if (this.statusTimer) {
      window.clearTimeout(this.statusTimer);
      this.statusTimer = null;
    }
    status.textContent = '';
    if (text) {
      this.statusTimer = window.setTimeout(function () {
        status.textContent = text;
      }, 100);
    }
  };

  // ---- Start --------------------------------------------------------------------------------

  function initAll() {
    var roots = document.querySelectorAll('[data-module="certificate"]');
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      if (root.getAttribute('data-certificate-init')) {
        continue;
      }
      var moduleId = root.getAttribute('data-training-module');
      if (!training() || !training().moduleData(moduleId)) {
        // No module data: leave the note that the certificate needs JavaScript.
        warn('certificate: no module data for ' + moduleId + ' (window.SiteGenModules)');
        continue;
      }
      new Certificate(root, moduleId).init();
    }
  }

  var done = false;
  function once() {
    if (!done) {
      done = true;
      initAll();
    }
  }

  // Deferred, before the module data script (deferred too), and before
  // training-module.js in the bundle: all have run by DOMContentLoaded.
  if (document.readyState === 'complete') {
    once();
  } else {
    document.addEventListener('DOMContentLoaded', once);
    window.addEventListener('load', once);
  }
})();
