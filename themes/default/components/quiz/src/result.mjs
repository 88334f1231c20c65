// The result after a check: the score, the pass mark, the attempts left, a
// link to the "after" confidence questions and "Try again".

import { afterConfidenceInput } from './confidence.mjs';
import { count, say, TEXT } from './text.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;
var el = dom.el;

export function hideResult(quiz) {
  if (!quiz.result) {
    return;
  }
  quiz.result.hidden = true;
  quiz.result.removeAttribute('role');
  quiz.result.textContent = '';
  quiz.result.classList.remove('quiz__result--passed');
  quiz.result.classList.remove('quiz__result--not-passed');
}

// focusResult: announce and focus it (just checked), rather than show it quietly (a reload).
export function showResult(quiz, attempt, focusResult) {
  var box = quiz.result;
  if (!box) {
    // Tolerate a missing result container: add one after the form.
    box = el('div', 'quiz__result');
    box.id = (quiz.root.id || 'quiz-' + quiz.id) + '-result';
    box.setAttribute('tabindex', '-1');
    quiz.form.parentNode.insertBefore(box, quiz.form.nextSibling);
    quiz.result = box;
  }
  box.textContent = '';
  box.classList.remove('quiz__result--passed');
  box.classList.remove('quiz__result--not-passed');
  if (attempt.passed === true) {
    box.classList.add('quiz__result--passed');
  } else if (attempt.passed === false) {
    box.classList.add('quiz__result--not-passed');
  }
  if (!box.hasAttribute('tabindex')) {
    box.setAttribute('tabindex', '-1');
  }

  box.appendChild(el('h3', 'quiz__result-title', TEXT.resultTitle));
  var text = say('scored', { score: attempt.score, total: attempt.total, percent: attempt.percent });
  if (attempt.passed === true) {
    text += ' ' + say('passed', { pass: quiz.passMark });
  } else if (attempt.passed === false) {
    text += ' ' + say('notPassed', { pass: quiz.passMark });
  }
  box.appendChild(el('p', 'quiz__result-score', text));

  var used = quiz.record.attempts.length;
  var canRetry = quiz.attemptLimit === null || used < quiz.attemptLimit;
  if (quiz.attemptLimit !== null) {
    if (canRetry) {
      box.appendChild(el('p', 'quiz__result-attempts', say('attemptsLeft', {
        used: used,
        limit: count('attemptCount', quiz.attemptLimit),
        left: count('attemptCount', quiz.attemptLimit - used)
      })));
    } else {
      box.appendChild(el('p', 'quiz__result-attempts',
        count('attemptsNoneLeft', quiz.attemptLimit, { limit: count('attemptCount', quiz.attemptLimit) })));
    }
  }
  box.appendChild(el('p', 'quiz__result-next', TEXT.resultNext));

  // Point to the "after" confidence questions, which are above the result.
  var afterFirst = afterConfidenceInput(quiz, false);
  if (afterFirst && quiz.after) {
    var prompt = el('p', 'quiz__result-confidence');
    var link = el('a', null, TEXT.confidenceNow);
    link.setAttribute('href', '#' + afterFirst.id);
    link.addEventListener('click', function (event) {
      event.preventDefault();
      var target = afterConfidenceInput(quiz, true) || afterFirst;
      var legend = quiz.after.querySelector('legend');
      if (legend && legend.scrollIntoView) {
        legend.scrollIntoView();
        dom.focusElement(target, true);
      } else {
        dom.focusElement(target, false);
      }
    });
    prompt.appendChild(link);
    prompt.appendChild(document.createTextNode(' ' + TEXT.confidenceNowNote));
    box.appendChild(prompt);
  }

  if (canRetry) {
    // After a pass, trying again is not the main thing to do next.
    quiz.retryButton.className = attempt.passed === true ? 'button button--secondary quiz__retry' : 'button quiz__retry';
    var actions = el('div', 'quiz__result-actions');
    actions.appendChild(quiz.retryButton);
    box.appendChild(actions);
  }

  if (focusResult) {
    // Announced as it appears (role alert, as the GOV.UK notification
    // banner after an action) and focused, so the next Tab is "Try again".
    box.setAttribute('role', 'alert');
    box.hidden = false;
    dom.focusElement(box, false);
  } else {
    box.removeAttribute('role');
    box.hidden = false;
  }
}
