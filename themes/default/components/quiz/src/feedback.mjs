// The feedback under a question once an attempt is checked: right or not,
// what was written for each chosen option, the correct answer, the
// explanation and a link to the page that teaches it.

import { isRight } from './scoring.mjs';
import { say, TEXT } from './text.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

// An option's words: a true/false question's two are the theme's (the quiz's
// data names them in the site's own English).
function optionText(leaf, option) {
  if (leaf.kind === 'true-false') {
    return option.id === 'true' ? TEXT.true : TEXT.false;
  }
  return option.text;
}

export function showFeedback(leaf, chosen) {
  var q = leaf.data;
  var right = isRight(leaf, chosen);
  var box = leaf.feedback;
  box.textContent = '';
  box.classList.remove(right ? 'quiz__feedback--incorrect' : 'quiz__feedback--correct');
  box.classList.add(right ? 'quiz__feedback--correct' : 'quiz__feedback--incorrect');
  box.appendChild(el('p', 'quiz__feedback-title', right ? TEXT.correct : TEXT.notQuite));

  // The feedback written for each option the reader chose.
  for (var i = 0; i < q.options.length; i++) {
    var option = q.options[i];
    if (chosen.indexOf(String(option.id)) !== -1 && option.feedback) {
      var p = el('p', 'quiz__option-feedback');
      if (leaf.kind === 'multiple') {
        p.appendChild(el('strong', null, optionText(leaf, option)));
        p.appendChild(document.createTextNode(': '));
      }
      p.appendChild(document.createTextNode(option.feedback));
      box.appendChild(p);
    }
  }

  if (!right) {
    var correct = [];
    for (var c = 0; c < q.options.length; c++) {
      if (q.options[c].correct === true) {
        correct.push(optionText(leaf, q.options[c]));
      }
    }
    if (correct.length === 1) {
      var one = el('p', 'quiz__feedback-answer', TEXT.correctAnswerIs + ' ');
      one.appendChild(el('strong', null, correct[0]));
      box.appendChild(one);
    } else if (correct.length > 1) {
      box.appendChild(el('p', 'quiz__feedback-answer', TEXT.correctAnswersAre));
      var list = el('ul', 'quiz__feedback-list');
      for (var m = 0; m < correct.length; m++) {
        list.appendChild(el('li', null, correct[m]));
      }
      box.appendChild(list);
    }
  }

  if (q.explanation) {
    box.appendChild(el('p', 'quiz__explanation', q.explanation));
  }
  if (q.learnMore && q.learnMore.url) {
    var more = el('p', 'quiz__learn-more');
    var link = el('a', null, say('learnMore', { title: q.learnMore.title || q.learnMore.url }));
    link.setAttribute('href', q.learnMore.url);
    more.appendChild(link);
    box.appendChild(more);
  }
  leaf.li.classList.add('quiz__question--answered');
  box.hidden = false;
}

// Empties a question's feedback and answers: asked, or disabled when this
// attempt does not ask it.
export function resetLeaf(leaf, asked) {
  for (var i = 0; i < leaf.inputs.length; i++) {
    leaf.inputs[i].checked = false;
    leaf.inputs[i].disabled = !asked;
  }
  leaf.feedback.hidden = true;
  leaf.feedback.textContent = '';
  leaf.feedback.classList.remove('quiz__feedback--correct');
  leaf.feedback.classList.remove('quiz__feedback--incorrect');
  leaf.li.classList.remove('quiz__question--answered');
}
