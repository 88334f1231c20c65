// Which questions an attempt asks, and in what order: a question-bank draw
// picks whole top-level questions; shuffling reorders the questions and their
// options on the page (ids stay as they are).

import { childrenWithClass } from './markup.mjs';
import { shuffled } from './util.mjs';

// Draws and shuffles as the data asks; returns the asked top-level questions
// in the order they are now on the page.
export function drawQuestions(quiz) {
  var i;
  var chosen = quiz.tops;
  if (quiz.draw !== null) {
    var picked = shuffled(quiz.tops).slice(0, quiz.draw);
    chosen = [];
    for (i = 0; i < quiz.tops.length; i++) {
      if (picked.indexOf(quiz.tops[i]) !== -1) {
        chosen.push(quiz.tops[i]);
      }
    }
  }

  if (quiz.shuffle) {
    var order = shuffled(quiz.tops);
    chosen = shuffled(chosen);
    // Asked questions first, in their new order, then the hidden ones.
    order = chosen.concat(order.filter(function (t) { return chosen.indexOf(t) === -1; }));
    for (i = 0; i < order.length; i++) {
      quiz.list.appendChild(order[i].li);
    }
    for (i = 0; i < quiz.leaves.length; i++) {
      shuffleOptions(quiz.leaves[i]);
    }
  }
  return orderedDrawn(quiz, chosen);
}

// The asked top-level questions in the order they are on the page.
export function orderedDrawn(quiz, chosen) {
  var out = [];
  var items = childrenWithClass(quiz.list, 'quiz__question');
  for (var i = 0; i < items.length; i++) {
    for (var j = 0; j < chosen.length; j++) {
      if (chosen[j].li === items[i]) {
        out.push(chosen[j]);
      }
    }
  }
  return out;
}

function shuffleOptions(leaf) {
  // True/false keeps its natural order (True, then False).
  if (leaf.kind === 'true-false') {
    return;
  }
  var options = childrenWithClass(leaf.optionsEl, 'quiz__option');
  var mixed = shuffled(options);
  for (var i = 0; i < mixed.length; i++) {
    leaf.optionsEl.appendChild(mixed[i]);
  }
}
