/*
 * xAPI statements from a training module, when site.yaml names a learning
 * record store (README.md). training-module.js loads this script on a
 * module's pages only then; otherwise nothing is ever sent.
 *
 * Each page of the module: "initialized" (the first page of a session), then
 * "experienced" with the page. The quiz, when checked: "answered" for each
 * question asked (with the options chosen and whether they were right), then
 * "passed" or "failed" with the score; a pass then "completed" and
 * "terminated". Statements wait in localStorage until the store has them
 * (src/queue.mjs); the learner never waits for the store.
 *
 * Built with @xapi/xapi (npm), bundled here: the pages load nothing from
 * another host, and send only to the store site.yaml names (the pages'
 * Content-Security-Policy allows that origin alone).
 */

import { currentLaunch } from './src/launch.mjs';
import { enqueue, flush } from './src/queue.mjs';
import { StatementMaker } from './src/statements.mjs';
import { read, write } from './src/store.mjs';

var CHECKED_EVENT = 'sitegen:quiz-checked';
var VIEWS_KEY = 'sitegen.xapi.views.';

function titleOf(data, path) {
  for (var i = 0; i < data.pages.length; i++) {
    if (data.pages[i].path === path) {
      return data.pages[i].title;
    }
  }
  return data.module.title;
}

// The quiz's questions that can be answered (a scenario's own questions), by id.
function questionsOf(quizId) {
  var quiz = window.SiteGenQuizzes && window.SiteGenQuizzes[quizId];
  var found = {};
  var add = function (list) {
    for (var i = 0; i < (list || []).length; i++) {
      if (list[i].kind === 'scenario') {
        add(list[i].questions);
      } else {
        found[list[i].id] = list[i];
      }
    }
  };
  add(quiz ? quiz.questions : []);
  return found;
}

function rightOptions(question) {
  var right = [];
  for (var i = 0; i < (question.options || []).length; i++) {
    if (question.options[i].correct) {
      right.push(question.options[i].id);
    }
  }
  return right.sort();
}

function quizStatements(maker, data, detail) {
  var attempt = detail.attempt;
  var questions = questionsOf(detail.quizId);
  var quizPage = null;
  for (var p = 0; p < data.pages.length; p++) {
    if (data.pages[p].quiz) {
      quizPage = data.pages[p].path;
    }
  }
  var out = [];
  for (var id in attempt.answers) {
    if (Object.prototype.hasOwnProperty.call(attempt.answers, id) && questions[id]) {
      var chosen = (attempt.answers[id] || []).slice().sort();
      var success = chosen.join(',') === rightOptions(questions[id]).join(',');
      out.push(maker.answered(quizPage || data.start, { id: id, text: questions[id].question }, chosen, success));
    }
  }
  var score = { scaled: Math.round(attempt.percent) / 100, raw: attempt.score, min: 0, max: attempt.total };
  out.push(maker.moduleStatement(attempt.passed ? 'passed' : 'failed', { score: score, success: !!attempt.passed }));
  if (attempt.passed) {
    out.push(maker.moduleStatement('completed', { completion: true }));
    out.push(maker.moduleStatement('terminated'));
  }
  return out;
}

function start() {
  var node = document.querySelector('[data-module="training-module"][data-training-module]');
  var moduleId = node && node.getAttribute('data-training-module');
  var data = moduleId && window.SiteGenModules ? window.SiteGenModules[moduleId] : null;
  if (!data || !data.lrs) {
    return;
  }
  currentLaunch(moduleId, data.lrs, data.site.url, function (launch) {
    if (!launch) {
      write('localStorage', VIEWS_KEY + moduleId, []); // not launched by an LMS: views are not kept
      return;
    }
    var maker = new StatementMaker(launch, data);
    var sessionKey = 'sitegen.xapi.session.' + moduleId + '.' + (launch.registration || '');
    var session = read('sessionStorage', sessionKey) || {};
    // The pages viewed since the last time (this one among them: training-module.js notes each
    // view as the page opens, so a learner who moves on before this script arrives loses none).
    var views = read('localStorage', VIEWS_KEY + moduleId);
    views = views instanceof Array ? views : [];
    write('localStorage', VIEWS_KEY + moduleId, []);
    var out = [];
    if (!session.initialized) {
      out.push(maker.moduleStatement('initialized', null, views.length ? views[0].time : null));
      session.initialized = true;
      write('sessionStorage', sessionKey, session);
    }
    for (var v = 0; v < views.length; v++) {
      out.push(maker.page(views[v].path, titleOf(data, views[v].path), views[v].time));
    }
    enqueue(launch, out);
    document.addEventListener(CHECKED_EVENT, function (event) {
      var detail = event.detail;
      if (detail && detail.attempt && detail.quizId === data.module.quizId) {
        enqueue(launch, quizStatements(maker, data, detail));
      }
    });
  });
  flush(); // statements an earlier page could not send
}

start();
