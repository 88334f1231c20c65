/*
 * Quiz: answering, scoring, feedback, retries, shuffling and question-bank
 * draws for the static quiz markup the generator writes (see README.md).
 * This module wires a quiz to the page; the rest is in src/, one concept a
 * module. esbuild builds it into quiz.js, a classic script (pages opened from
 * disk cannot load modules).
 *
 * Progressive enhancement: the generator's markup is a complete, printable
 * quiz with the answers in a <details>. This script only takes over when the
 * quiz's data (window.SiteGenQuizzes[id], set by the deferred quizzes/ID.js
 * that comes after this bundle) is there and matches the markup; otherwise it
 * leaves the page exactly as it is.
 *
 * Nothing is sent anywhere: the form's submit is always cancelled, and
 * attempts are kept in sessionStorage["sitegen.quiz.ID"] for this tab only.
 * The one exception: a quiz that ends a training module (its root has
 * data-training-module="MODULE") keeps its record in localStorage instead
 * when the learner ticked "Remember my progress on this device" for that
 * module (localStorage["sitegen.remember.MODULE"] === "yes"; see
 * components/training-module). Other quizzes never touch localStorage.
 *
 * After each check the root dispatches a bubbling CustomEvent
 * "sitegen:quiz-checked" with detail { quizId, attempt }.
 *
 * No inline styles (the site runs under CSP default-src 'self'): only classes
 * and the hidden attribute. ES5 syntax apart from import and export.
 */

import { openAnswersToPrint } from './src/answers-list.mjs';
import { answered, showLastAttempt, startAttempt, submit } from './src/attempt.mjs';
import { confidenceChanged, restoreConfidence } from './src/confidence.mjs';
import { hasClass } from './src/markup.mjs';
import { createQuiz } from './src/model.mjs';
import { readRecord } from './src/storage.mjs';
import { TEXT, useWords } from './src/text.mjs';
import { isObject } from './src/util.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;
var el = dom.el;

function init(quiz) {
  useWords(quiz.root);
  quiz.root.setAttribute('data-quiz-init', 'true');
  quiz.root.classList.add('quiz--enhanced');

  // The generator may hide the button so that, without JavaScript, the form
  // cannot be submitted (a GET submit would put the answers in the URL).
  if (quiz.actions) {
    quiz.actions.hidden = false;
  }

  // "This is attempt 2 of 3." while answering, when attempts are limited.
  quiz.status = el('p', 'quiz__status');
  quiz.status.hidden = true;
  quiz.form.parentNode.insertBefore(quiz.status, quiz.form);

  quiz.form.addEventListener('submit', function (event) {
    event.preventDefault();
    submit(quiz);
  });

  quiz.form.addEventListener('change', function (event) {
    var input = event.target;
    if (input && hasClass(input, 'quiz__input') && !confidenceChanged(quiz, input)) {
      answered(quiz);
    }
  });

  quiz.retryButton = el('button', 'button quiz__retry', TEXT.tryAgain);
  quiz.retryButton.type = 'button';
  quiz.retryButton.addEventListener('click', function () {
    startAttempt(quiz, true);
  });

  openAnswersToPrint(quiz);
  restoreConfidence(quiz);

  var used = quiz.record.attempts.length;
  if (quiz.attemptLimit !== null && used >= quiz.attemptLimit) {
    // No attempts left in this tab: show the last one, marked, read-only.
    showLastAttempt(quiz);
  } else {
    startAttempt(quiz, false);
  }
}

function initAll() {
  var roots = document.querySelectorAll('[data-module="quiz"]');
  var all = window.SiteGenQuizzes;
  for (var i = 0; i < roots.length; i++) {
    var root = roots[i];
    if (root.getAttribute('data-quiz-init')) {
      continue;
    }
    var id = root.getAttribute('data-quiz-id');
    var data = all && id && Object.prototype.hasOwnProperty.call(all, id) ? all[id] : null;
    if (!isObject(data)) {
      continue; // No data: leave the static, printable quiz.
    }
    var quiz;
    try {
      quiz = createQuiz(root, data);
    } catch (e) {
      // Data and markup do not match: leave the static quiz, and report.
      if (window.console && window.console.warn) {
        window.console.warn(e.message);
      }
      continue;
    }
    init(quiz);
  }
}

// How a quiz's record is read, for the training module's start and
// certificate pages, which show it without the quiz on the page.
window.SiteGenQuiz = { readRecord: readRecord };

// This script is deferred and comes before the quiz data scripts, which are
// deferred too: they have all run by DOMContentLoaded.
dom.ready(initAll);
