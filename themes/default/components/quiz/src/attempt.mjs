// An attempt, from a fresh page of questions to its checked answers: start
// one, check it (scored, kept in the record, marked), and show the last one
// again after a reload when no attempts are left.

import { syncAnswersList } from './answers-list.mjs';
import { setConfidenceEnabled } from './confidence.mjs';
import { drawQuestions, orderedDrawn } from './draw.mjs';
import { removeErrors, showErrors } from './errors.mjs';
import { CHECKED_EVENT, dispatch } from './events.mjs';
import { resetLeaf, showFeedback } from './feedback.mjs';
import { firstInput, focusQuestion } from './markup.mjs';
import { hideResult, showResult } from './result.mjs';
import { collectAnswers, scoreAnswers } from './scoring.mjs';
import { writeRecord } from './storage.mjs';
import { say } from './text.mjs';
import { nowIso } from './util.mjs';

var hasOwn = Object.prototype.hasOwnProperty;

// Draws and shuffles (when the data asks), clears everything and shows a
// fresh, empty attempt. focusFirst: move focus to the first question (Try again).
export function startAttempt(quiz, focusFirst) {
  var i, j;
  quiz.submitted = false;
  quiz.started = null;
  quiz.shownAt = nowIso();
  removeErrors(quiz);

  quiz.drawn = drawQuestions(quiz);
  for (i = 0; i < quiz.tops.length; i++) {
    var asked = quiz.drawn.indexOf(quiz.tops[i]) !== -1;
    quiz.tops[i].li.hidden = !asked;
    for (j = 0; j < quiz.tops[i].leaves.length; j++) {
      resetLeaf(quiz.tops[i].leaves[j], asked);
    }
  }

  syncAnswersList(quiz);
  if (quiz.answers) {
    quiz.answers.hidden = true;
    quiz.answers.open = false;
  }
  if (quiz.after) {
    quiz.after.hidden = true;
  }
  if (quiz.actions) {
    quiz.actions.hidden = false;
  }
  hideResult(quiz);
  // The "before" confidence is a baseline: it can be changed only until the
  // first attempt has been checked.
  setConfidenceEnabled(quiz, 'before', quiz.record.attempts.length === 0);
  setConfidenceEnabled(quiz, 'after', true);

  var used = quiz.record.attempts.length;
  if (quiz.attemptLimit !== null && used > 0) {
    quiz.status.textContent = say('attemptOf', { number: used + 1, limit: quiz.attemptLimit });
    quiz.status.hidden = false;
  } else {
    quiz.status.textContent = '';
    quiz.status.hidden = true;
  }

  if (focusFirst) {
    var first = firstInput(quiz.drawn[0].leaves[0]);
    if (first) {
      focusQuestion(first, quiz.drawn[0].leaves[0]);
    }
  }
}

// The reader's first answer starts the attempt's clock.
export function answered(quiz) {
  if (!quiz.submitted && quiz.started === null) {
    quiz.started = nowIso();
  }
}

// "Check my answers": errors for questions left unanswered, or the attempt
// scored, kept and shown.
export function submit(quiz) {
  if (quiz.submitted) {
    return;
  }
  var answers = collectAnswers(quiz);
  var missing = [];
  for (var i = 0; i < quiz.drawn.length; i++) {
    for (var j = 0; j < quiz.drawn[i].leaves.length; j++) {
      var leaf = quiz.drawn[i].leaves[j];
      if (!answers[leaf.id].length) {
        missing.push({ leaf: leaf, number: i + 1 });
      }
    }
  }
  removeErrors(quiz);
  if (missing.length) {
    showErrors(quiz, missing);
    return;
  }

  var asked = [];
  for (var k = 0; k < quiz.leaves.length; k++) {
    if (hasOwn.call(answers, quiz.leaves[k].id)) {
      asked.push(quiz.leaves[k]);
    }
  }
  var scored = scoreAnswers(asked, answers, quiz.passMark);
  var attempt = {
    started: quiz.started || quiz.shownAt || nowIso(),
    completed: nowIso(),
    answers: answers,
    score: scored.score,
    total: scored.total,
    percent: scored.percent,
    passed: scored.passed
  };
  quiz.record.attempts.push(attempt);
  writeRecord(quiz.id, quiz.record, quiz.moduleId);

  showAnswered(quiz, attempt, true);
  // For other components (a training module shows the way to its
  // certificate after a pass). After showAnswered, so the result is there.
  dispatch(quiz.root, CHECKED_EVENT, { quizId: quiz.id, attempt: attempt });
}

// Marks the asked questions with the attempt's answers and shows the result.
function showAnswered(quiz, attempt, focusResult) {
  var i, j;
  quiz.submitted = true;
  for (i = 0; i < quiz.drawn.length; i++) {
    for (j = 0; j < quiz.drawn[i].leaves.length; j++) {
      var leaf = quiz.drawn[i].leaves[j];
      showFeedback(leaf, attempt.answers[leaf.id] || []);
    }
  }
  for (i = 0; i < quiz.leaves.length; i++) {
    for (j = 0; j < quiz.leaves[i].inputs.length; j++) {
      quiz.leaves[i].inputs[j].disabled = true;
    }
  }
  setConfidenceEnabled(quiz, 'before', false);
  setConfidenceEnabled(quiz, 'after', true);
  if (quiz.actions) {
    quiz.actions.hidden = true;
  }
  if (quiz.after) {
    quiz.after.hidden = false;
  }
  quiz.status.hidden = true;
  syncAnswersList(quiz);
  if (quiz.answers) {
    quiz.answers.hidden = false;
  }
  showResult(quiz, attempt, focusResult);
}

// After a reload with no attempts left: the last attempt, read-only.
export function showLastAttempt(quiz) {
  var last = quiz.record.attempts[quiz.record.attempts.length - 1];
  var asked = [];
  var i, j;
  for (i = 0; i < quiz.tops.length; i++) {
    for (j = 0; j < quiz.tops[i].leaves.length; j++) {
      if (hasOwn.call(last.answers, quiz.tops[i].leaves[j].id) &&
          asked.indexOf(quiz.tops[i]) === -1) {
        asked.push(quiz.tops[i]);
      }
    }
  }
  if (!asked.length) {
    asked = quiz.tops;
  }
  quiz.drawn = orderedDrawn(quiz, asked);
  var drawnLeaves = [];
  for (i = 0; i < quiz.tops.length; i++) {
    var shown = quiz.drawn.indexOf(quiz.tops[i]) !== -1;
    quiz.tops[i].li.hidden = !shown;
    for (j = 0; j < quiz.tops[i].leaves.length; j++) {
      var leaf = quiz.tops[i].leaves[j];
      resetLeaf(leaf, shown);
      var chosen = last.answers[leaf.id] instanceof Array ? last.answers[leaf.id] : [];
      for (var k = 0; k < leaf.inputs.length; k++) {
        leaf.inputs[k].checked = chosen.indexOf(leaf.inputs[k].value) !== -1;
      }
    }
  }
  for (i = 0; i < quiz.drawn.length; i++) {
    drawnLeaves = drawnLeaves.concat(quiz.drawn[i].leaves);
  }
  // Re-score against the quiz as it is now, so the page never contradicts itself.
  var scored = scoreAnswers(drawnLeaves, last.answers, quiz.passMark);
  showAnswered(quiz, {
    answers: last.answers,
    score: scored.score,
    total: scored.total,
    percent: scored.percent,
    passed: scored.passed
  }, false);
}
