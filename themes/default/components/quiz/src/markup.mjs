// Finding things in the quiz markup the generator writes (README.md), and
// moving focus to a question.

// Shared helpers (components/common).
var dom = window.SiteGenDom;

export function hasClass(el, name) {
  return !!(el && el.classList && el.classList.contains(name));
}

// Direct children of el that have the class name.
export function childrenWithClass(el, name) {
  var out = [];
  if (!el) {
    return out;
  }
  for (var i = 0; i < el.children.length; i++) {
    if (hasClass(el.children[i], name)) {
      out.push(el.children[i]);
    }
  }
  return out;
}

function closestQuestion(el) {
  while (el && el.nodeType === 1) {
    if (hasClass(el, 'quiz__question')) {
      return el;
    }
    el = el.parentNode;
  }
  return null;
}

// The first descendant of el with the class name that does not belong to a
// nested question (so a scenario's own lookups never find its sub-questions').
export function ownDescendant(el, name) {
  var found = el.querySelectorAll('.' + name);
  for (var i = 0; i < found.length; i++) {
    if (closestQuestion(found[i].parentNode) === el) {
      return found[i];
    }
  }
  return null;
}

// The question item (li) with the data-question-id, or null.
export function findById(items, id) {
  for (var i = 0; i < items.length; i++) {
    if (items[i].getAttribute('data-question-id') === String(id)) {
      return items[i];
    }
  }
  return null;
}

// The first enabled input of a question, in the order shown (options may be shuffled).
export function firstInput(leaf) {
  var options = childrenWithClass(leaf.optionsEl, 'quiz__option');
  for (var i = 0; i < options.length; i++) {
    var input = options[i].querySelector('input.quiz__input');
    if (input && !input.disabled) {
      return input;
    }
  }
  return null;
}

// Focus an input and bring its question's legend into view with it, the
// GOV.UK error summary way: the question text is what the reader needs.
export function focusQuestion(input, leaf) {
  var legend = leaf.legend;
  if (legend && legend.getBoundingClientRect && legend.scrollIntoView) {
    var legendTop = legend.getBoundingClientRect().top;
    var inputRect = input.getBoundingClientRect();
    var target = input;
    if (inputRect.height && inputRect.width &&
        (inputRect.top + inputRect.height) - legendTop < window.innerHeight / 2) {
      target = legend;
    }
    target.scrollIntoView();
    dom.focusElement(input, true);
  } else {
    dom.focusElement(input, false);
  }
}
