// The answers section (a <details> after the quiz, which the generator writes
// so the quiz prints with its answers).

// Puts the answers in the same order as the questions on the page and hides
// the ones for questions not asked in this attempt (a draw), so the numbers
// match. Items the script cannot place keep their place at the end.
export function syncAnswersList(quiz) {
  if (!quiz.answers) {
    return;
  }
  var list = quiz.answers.querySelector('ol');
  if (!list) {
    return;
  }
  var items = [];
  for (var i = 0; i < list.children.length; i++) {
    var item = list.children[i];
    var id = item.getAttribute('data-question-id');
    var top = null;
    for (var t = 0; t < quiz.tops.length && !top; t++) {
      if (quiz.tops[t].id === id) {
        top = quiz.tops[t];
      }
    }
    if (!top && quiz.leafById[id]) {
      top = quiz.leafById[id].top;
    }
    items.push({ item: item, top: top, index: i });
  }
  var rank = function (entry) {
    if (!entry.top) {
      return quiz.tops.length + entry.index;
    }
    var at = quiz.drawn.indexOf(entry.top);
    return at === -1 ? quiz.tops.length : at;
  };
  items.sort(function (a, b) {
    return (rank(a) - rank(b)) || (a.index - b.index);
  });
  for (var n = 0; n < items.length; n++) {
    list.appendChild(items[n].item);
    items[n].item.hidden = !!items[n].top && quiz.drawn.indexOf(items[n].top) === -1;
  }
}

// Opens the answers for printing, and closes them again after if they were closed.
export function openAnswersToPrint(quiz) {
  if (!quiz.answers) {
    return;
  }
  window.addEventListener('beforeprint', function () {
    quiz.wasOpen = quiz.answers.open;
    quiz.answers.open = true;
  });
  window.addEventListener('afterprint', function () {
    if (quiz.wasOpen === false) {
      quiz.answers.open = false;
    }
    quiz.wasOpen = null;
  });
}
