// The completion record (docs/completion-record.md), built from the module's
// data and the learner's own progress and quiz record, with its checksum.
// Storage goes through the helpers of training-module.js on
// window.SiteGenTraining.

import { checksum } from './canonical-json.mjs';
import { isoDate, isoTime, localDate } from './dates.mjs';
import { uuid } from './uuid.mjs';

var FORMAT = 'sitegen-completion-record';
var FORMAT_VERSION = 1;
var hasOwn = Object.prototype.hasOwnProperty;

function isObject(value) {
  return value !== null && typeof value === 'object' && !(value instanceof Array);
}

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
export function ensureRecordId(moduleId, progress, pass) {
  if (!progress.recordId || progress.recordAttempt !== pass.completed) {
    progress.recordId = uuid();
    progress.recordAttempt = pass.completed;
    training().writeProgress(moduleId, progress);
  }
  return progress.recordId;
}

// What the certificate and the record say, or null when there is nothing
// to certify yet: { data, progress, quiz, pass, completedOn }.
export function state(moduleId) {
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
export function completionRecord(moduleId) {
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
