// The quiz as the script sees it: the data (window.SiteGenQuizzes[id]) joined
// to the markup, question by question. Building it throws, before anything on
// the page is touched, when the two do not match, so the static quiz is left
// alone.
//
// A "top" is a question in the quiz's list; a "leaf" is a question answered
// with options: a top itself, or each question of a scenario.

import { childrenWithClass, findById, ownDescendant } from './markup.mjs';
import { readConfidenceSets } from './confidence.mjs';
import { readRecord } from './storage.mjs';
import { toArray } from './util.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

export function createQuiz(root, data) {
  var quiz = {};
  quiz.root = root;
  quiz.data = data;
  quiz.id = String(data.id || root.getAttribute('data-quiz-id'));
  quiz.form = root.querySelector('.quiz__form');
  quiz.list = quiz.form && quiz.form.querySelector('.quiz__questions');
  if (!quiz.form || !quiz.list || !(data.questions instanceof Array) || !data.questions.length) {
    throw new Error('quiz ' + quiz.id + ': markup or data missing');
  }

  quiz.result = root.querySelector('.quiz__result');
  quiz.answers = root.querySelector('.quiz__answers');
  quiz.after = quiz.form.querySelector('.quiz__after');
  quiz.actions = quiz.form.querySelector('.quiz__actions');
  quiz.meta = root.querySelector('.quiz__meta');

  var passMark = parseFloat(data.passMark);
  quiz.passMark = isFinite(passMark) ? passMark : null;
  var attempts = parseInt(data.attempts, 10);
  quiz.attemptLimit = attempts > 0 ? attempts : null;
  quiz.shuffle = data.shuffle === true;
  var draw = parseInt(data.draw, 10);
  quiz.draw = draw > 0 && draw < data.questions.length ? draw : null;

  var topItems = childrenWithClass(quiz.list, 'quiz__question');
  quiz.tops = [];
  quiz.leaves = [];
  quiz.leafById = {};
  for (var i = 0; i < data.questions.length; i++) {
    var q = data.questions[i];
    var li = findById(topItems, q.id);
    if (!li) {
      throw new Error('quiz ' + quiz.id + ': no markup for question ' + q.id);
    }
    var top = { id: String(q.id), data: q, li: li, leaves: [] };
    if (q.kind === 'scenario') {
      var subList = ownDescendant(li, 'quiz__subquestions');
      var subItems = childrenWithClass(subList, 'quiz__question');
      if (!(q.questions instanceof Array) || !q.questions.length) {
        throw new Error('quiz ' + quiz.id + ': scenario ' + q.id + ' has no questions');
      }
      for (var s = 0; s < q.questions.length; s++) {
        var subLi = findById(subItems, q.questions[s].id);
        if (!subLi) {
          throw new Error('quiz ' + quiz.id + ': no markup for question ' + q.questions[s].id);
        }
        top.leaves.push(buildLeaf(quiz, q.questions[s], subLi, top, s));
      }
    } else {
      top.leaves.push(buildLeaf(quiz, q, li, top, -1));
    }
    quiz.tops.push(top);
  }

  quiz.confidence = readConfidenceSets(quiz.form);
  quiz.moduleId = root.getAttribute('data-training-module');
  quiz.record = readRecord(quiz.id, quiz.moduleId);
  quiz.submitted = false;
  quiz.drawn = [];
  quiz.started = null;
  quiz.errorSummary = null;
  return quiz;
}

// subIndex: the question's place in its scenario, or -1 for a question of its own.
function buildLeaf(quiz, q, li, top, subIndex) {
  var fieldset = ownDescendant(li, 'quiz__fieldset');
  var optionsEl = fieldset && fieldset.querySelector('.quiz__options');
  var feedback = ownDescendant(li, 'quiz__feedback');
  if (!fieldset || !optionsEl || !(q.options instanceof Array) || !q.options.length) {
    throw new Error('quiz ' + quiz.id + ': question ' + q.id + ' is incomplete');
  }
  if (!feedback) {
    // Tolerate a generator that leaves it out: it is only ever filled here.
    feedback = dom.el('div', 'quiz__feedback');
    feedback.id = li.id ? li.id + '-feedback' : '';
    feedback.hidden = true;
    fieldset.parentNode.insertBefore(feedback, fieldset.nextSibling);
  }
  var inputs = toArray(optionsEl.querySelectorAll('input.quiz__input'));
  var optionById = {};
  var inputById = {};
  for (var o = 0; o < q.options.length; o++) {
    optionById[String(q.options[o].id)] = q.options[o];
  }
  for (var n = 0; n < inputs.length; n++) {
    if (!optionById[inputs[n].value]) {
      throw new Error('quiz ' + quiz.id + ': unknown option ' + inputs[n].value);
    }
    inputById[inputs[n].value] = inputs[n];
  }
  for (var k in optionById) {
    if (Object.prototype.hasOwnProperty.call(optionById, k) && !inputById[k]) {
      throw new Error('quiz ' + quiz.id + ': no input for option ' + k);
    }
  }
  var leaf = {
    id: String(q.id),
    data: q,
    kind: q.kind,
    li: li,
    top: top,
    subIndex: subIndex,
    fieldset: fieldset,
    legend: fieldset.querySelector('legend'),
    optionsEl: optionsEl,
    inputs: inputs,
    inputById: inputById,
    feedback: feedback,
    error: null
  };
  quiz.leaves.push(leaf);
  quiz.leafById[leaf.id] = leaf;
  return leaf;
}
