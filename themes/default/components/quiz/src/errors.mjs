// Questions left unanswered: the GOV.UK error summary above the questions and
// an error message in each question (components/error-summary makes both).

import { firstInput, focusQuestion } from './markup.mjs';
import { say, TEXT } from './text.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

// "question 3", or "question 2a" for a scenario's first question: the same
// numbers quiz.css writes in front of the questions.
function questionName(leaf, number) {
  var name = String(number);
  if (leaf.subIndex >= 0) {
    // CSS lower-alpha: a ... z, aa, ab, ...
    var n = leaf.subIndex + 1;
    var letters = '';
    while (n > 0) {
      n -= 1;
      letters = String.fromCharCode(97 + (n % 26)) + letters;
      n = Math.floor(n / 26);
    }
    name += letters;
  }
  return say('questionName', { number: name });
}

// missing: [{ leaf, number }], number being the question's place on the page.
export function showErrors(quiz, missing) {
  var items = [];
  for (var i = 0; i < missing.length; i++) {
    var leaf = missing[i].leaf;
    var text = say(leaf.kind === 'multiple' ? 'selectSome' : 'selectOne', { question: questionName(leaf, missing[i].number) });
    var input = firstInput(leaf);

    // Message inside the fieldset, after the legend and hint.
    var message = window.SiteGenErrors.message((leaf.li.id || 'quiz-' + quiz.id + '-' + leaf.id) + '-error', text, 'quiz__error-message', TEXT.errorPrefix);
    leaf.fieldset.insertBefore(message, leaf.optionsEl);
    dom.addToken(leaf.fieldset, 'aria-describedby', message.id);
    leaf.li.classList.add('quiz__question--error');
    leaf.error = message;
    items.push({ text: text, href: '#' + (input ? input.id : leaf.li.id), key: leaf.id });
  }

  var summary = window.SiteGenErrors.summary({
    className: 'quiz__error-summary',
    titleId: (quiz.root.id || 'quiz-' + quiz.id) + '-error-summary-title',
    heading: 'h3',
    title: TEXT.errorSummaryTitle,
    items: items,
    follow: function (link, event) {
      var target = quiz.leafById[link.getAttribute('data-error-key')];
      var first = target && firstInput(target);
      if (first) {
        event.preventDefault();
        focusQuestion(first, target);
      }
    }
  });
  quiz.form.insertBefore(summary, quiz.form.firstChild);
  quiz.errorSummary = summary;
  dom.focusElement(summary, false);
}

export function removeErrors(quiz) {
  if (quiz.errorSummary && quiz.errorSummary.parentNode) {
    quiz.errorSummary.parentNode.removeChild(quiz.errorSummary);
  }
  quiz.errorSummary = null;
  for (var i = 0; i < quiz.leaves.length; i++) {
    var leaf = quiz.leaves[i];
    if (leaf.error) {
      dom.removeToken(leaf.fieldset, 'aria-describedby', leaf.error.id);
      if (leaf.error.parentNode) {
        leaf.error.parentNode.removeChild(leaf.error);
      }
      leaf.error = null;
    }
    leaf.li.classList.remove('quiz__question--error');
  }
}
