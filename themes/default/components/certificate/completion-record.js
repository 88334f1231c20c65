/*
 * The completion record (docs/completion-record.md) a learner downloads from
 * the certificate page: built from the module's data and the learner's own
 * progress and quiz record, with its checksum (SHA-256 of the RFC 8785
 * canonical form of the record without its checksum). Plain synchronous
 * JavaScript, so it works on plain http and from file:// too, where
 * crypto.subtle may be missing.
 *
 * Puts on window.SiteGenTraining: sha256, canonicalise, checksum,
 * completionRecord, nameSlug, fileName and addMonths (for tools and tests),
 * and .completion, what certificate.js shows and saves the record with.
 * Storage goes through the helpers of training-module.js on the same object.
 */
(function () {
  'use strict';

  var FORMAT = 'sitegen-completion-record';
  var FORMAT_VERSION = 1;
  var hasOwn = Object.prototype.hasOwnProperty;
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
    'August', 'September', 'October', 'November', 'December'];

  function isObject(value) {
    return value !== null && typeof value === 'object' && !(value instanceof Array);
  }

  function pad(n, width) {
    var s = String(n);
    while (s.length < width) {
      s = '0' + s;
    }
    return s;
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

  // The record's pages: each page of the module that was opened in this
  // browser, in the order first opened (progress.pagesRead's times), with the
  // whole seconds it was open and in view (progress.pageMilliseconds, kept by
  // components/training-module/page-timer.js). A path that is not a page of
  // the module as built now (an older version's) is left out.
  function pageTimes(data, progress) {
    var opened = [];
    var i;
    for (i = 0; i < data.pages.length; i++) {
      var path = data.pages[i] && data.pages[i].path;
      if (typeof path === 'string' && hasOwn.call(progress.pagesRead, path)) {
        var first = new Date(progress.pagesRead[path]).getTime();
        opened.push({ path: path, first: isFinite(first) ? first : Infinity, index: i });
      }
    }
    // By time first opened, then in the module's order (sort need not be stable in ES5).
    opened.sort(function (a, b) {
      return a.first !== b.first ? (a.first < b.first ? -1 : 1) : a.index - b.index;
    });
    var pages = [];
    for (i = 0; i < opened.length; i++) {
      var ms = hasOwn.call(progress.pageMilliseconds, opened[i].path) ? progress.pageMilliseconds[opened[i].path] : 0;
      pages.push({ path: opened[i].path, seconds: Math.max(0, Math.floor(ms / 1000)) });
    }
    return pages;
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
      pages: pageTimes(data, s.progress),
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

  // ---- The file's name ------------------------------------------------------------

  // The learner's name as it goes in the file name: lower case, accents
  // removed (NFD, then the combining marks dropped), every run of anything
  // else that is not a-z or 0-9 one hyphen, no hyphen at either end, at most
  // NAME_LENGTH characters: Zoe O'Brien-Smith (an e with a diaeresis) is
  // "zoe-o-brien-smith". Empty for a name with no Latin letters or digits.
  // (Without String.prototype.normalize, as in IE 11, an accented letter
  // becomes a hyphen.)
  var NAME_LENGTH = 40;
  var COMBINING_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

  function nameSlug(name) {
    var text = String(name).toLowerCase();
    if (typeof text.normalize === 'function') {
      text = text.normalize('NFD').replace(COMBINING_MARKS, '');
    }
    var slug = text.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    return slug.slice(0, NAME_LENGTH).replace(/-+$/, '');
  }

  // completion-MODULE-NAME-COMPLETEDON.json, so records from many learners
  // can sit in one folder (or one email) without one replacing another. A
  // name that gives no slug is replaced by the record id's first 8 characters.
  function fileName(record) {
    var who = nameSlug(record.learner.name) || String(record.recordId).slice(0, 8);
    return 'completion-' + record.module.id + '-' + who + '-' + record.completedOn + '.json';
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

  var api = window.SiteGenTraining = window.SiteGenTraining || {};
  api.sha256 = sha256;
  api.canonicalise = canonicalise;
  api.checksum = checksum;
  api.completionRecord = completionRecord;
  api.nameSlug = nameSlug;
  api.fileName = fileName;
  api.addMonths = function (date, months) {
    var parsed = parseIsoDate(date);
    return parsed ? isoDate(addMonths(parsed, months)) : null;
  };
  // What the certificate page shows the record with.
  api.completion = {
    localDate: localDate,
    addMonths: addMonths,
    longDate: longDate,
    ensureRecordId: ensureRecordId,
    state: state,
    fileName: fileName,
    saveFile: saveFile
  };
})();
