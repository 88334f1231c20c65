/*
 * Quiz: answering, scoring, feedback, retries, shuffling and question-bank
 * draws for the static quiz markup the generator writes (see README.md).
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
 * and the hidden attribute.
 *
 * Classic script, an IIFE, ES5 syntax only; works from file://.
 */
(function () {
  'use strict';

  // Shared helpers (components/common).
  var dom = window.SiteGenDom;
  var el = dom.el;
  var addToken = dom.addToken;
  var removeToken = dom.removeToken;
  var focusElement = dom.focusElement;

  var STORAGE_PREFIX = 'sitegen.quiz.';
  var CHECKED_EVENT = 'sitegen:quiz-checked';

  var TEXT = {
    selectOne: 'Select an answer to ',
    selectSome: 'Select at least one answer to ',
    correct: 'Correct',
    notQuite: 'Not quite',
    correctAnswerIs: 'The correct answer is: ',
    correctAnswersAre: 'The correct answers are:',
    learnMore: 'Learn more: ',
    resultTitle: 'Your result',
    tryAgain: 'Try again'
  };

  // ---- Small helpers (ES5) ------------------------------------------------

  function toArray(list) {
    var out = [];
    for (var i = 0; i < list.length; i++) {
      out.push(list[i]);
    }
    return out;
  }

  function hasClass(el, name) {
    return !!(el && el.classList && el.classList.contains(name));
  }

  // Direct children of el that have the class name.
  function childrenWithClass(el, name) {
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

  // The first descendant of el with the class name that does not belong to a
  // nested question (so a scenario's own lookups never find its sub-questions').
  function ownDescendant(el, name) {
    var found = el.querySelectorAll('.' + name);
    for (var i = 0; i < found.length; i++) {
      if (closestQuestion(found[i].parentNode) === el) {
        return found[i];
      }
    }
    return null;
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

  function shuffled(items) {
    var copy = items.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = copy[i];
      copy[i] = copy[j];
      copy[j] = t;
    }
    return copy;
  }

  function nowIso() {
    return new Date().toISOString();
  }

  function isObject(value) {
    return value !== null && typeof value === 'object' && !(value instanceof Array);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
  }

  // ---- Storage (sessionStorage can throw, e.g. in private browsing) -------

  function emptyRecord() {
    return { attempts: [], confidenceBefore: {}, confidenceAfter: {} };
  }

  // Where this quiz keeps its record: the tab's storage, or the device's for
  // a training module whose learner chose to be remembered (components/common).
  // Asked on every read and write, so it is never stale.
  function storageFor(moduleId) {
    return dom.storageFor(moduleId) || { getItem: function () { return null; }, setItem: function () {} };
  }

  function readRecord(id, moduleId) {
    var record = emptyRecord();
    var raw = null;
    try {
      raw = storageFor(moduleId).getItem(STORAGE_PREFIX + id);
    } catch (e) {
      return record;
    }
    if (!raw) {
      return record;
    }
    var parsed;
    try {
      parsed = JSON.parse(raw);
    } catch (e2) {
      return record;
    }
    if (!isObject(parsed)) {
      return record;
    }
    if (parsed.attempts instanceof Array) {
      for (var i = 0; i < parsed.attempts.length; i++) {
        if (isObject(parsed.attempts[i]) && isObject(parsed.attempts[i].answers)) {
          record.attempts.push(parsed.attempts[i]);
        }
      }
    }
    if (isObject(parsed.confidenceBefore)) {
      record.confidenceBefore = parsed.confidenceBefore;
    }
    if (isObject(parsed.confidenceAfter)) {
      record.confidenceAfter = parsed.confidenceAfter;
    }
    return record;
  }

  function writeRecord(id, record, moduleId) {
    try {
      storageFor(moduleId).setItem(STORAGE_PREFIX + id, JSON.stringify(record));
    } catch (e) {
      // Storage unavailable or full: the quiz still works for this page view.
    }
  }

  // A bubbling CustomEvent on node (with the old createEvent way for browsers
  // without the constructor). Never lets a listener's failure stop the quiz.
  function dispatch(node, name, detail) {
    var event;
    try {
      if (typeof window.CustomEvent === 'function') {
        event = new window.CustomEvent(name, { bubbles: true, cancelable: false, detail: detail });
      } else {
        event = document.createEvent('CustomEvent');
        event.initCustomEvent(name, true, false, detail);
      }
    } catch (e) {
      return;
    }
    try {
      node.dispatchEvent(event);
    } catch (e2) {
      // A listener threw: the quiz itself is done.
    }
  }

  // ---- The quiz -------------------------------------------------------------

  // Builds the model from the data and the markup. Throws (before touching
  // the page) when they do not match, so the static quiz is left alone.
  function Quiz(root, data) {
    this.root = root;
    this.data = data;
    this.id = String(data.id || root.getAttribute('data-quiz-id'));
    this.form = root.querySelector('.quiz__form');
    this.list = this.form && this.form.querySelector('.quiz__questions');
    if (!this.form || !this.list || !(data.questions instanceof Array) || !data.questions.length) {
      throw new Error('quiz ' + this.id + ': markup or data missing');
    }

    this.result = root.querySelector('.quiz__result');
    this.answers = root.querySelector('.quiz__answers');
    this.after = this.form.querySelector('.quiz__after');
    this.actions = this.form.querySelector('.quiz__actions');
    this.meta = root.querySelector('.quiz__meta');

    var passMark = parseFloat(data.passMark);
    this.passMark = isFinite(passMark) ? passMark : null;
    var attempts = parseInt(data.attempts, 10);
    this.attemptLimit = attempts > 0 ? attempts : null;
    this.shuffle = data.shuffle === true;
    var draw = parseInt(data.draw, 10);
    this.draw = draw > 0 && draw < data.questions.length ? draw : null;

    var topItems = childrenWithClass(this.list, 'quiz__question');
    this.tops = [];
    this.leaves = [];
    this.leafById = {};
    for (var i = 0; i < data.questions.length; i++) {
      var q = data.questions[i];
      var li = findById(topItems, q.id);
      if (!li) {
        throw new Error('quiz ' + this.id + ': no markup for question ' + q.id);
      }
      var top = { id: String(q.id), data: q, li: li, leaves: [] };
      if (q.kind === 'scenario') {
        var subList = ownDescendant(li, 'quiz__subquestions');
        var subItems = childrenWithClass(subList, 'quiz__question');
        if (!(q.questions instanceof Array) || !q.questions.length) {
          throw new Error('quiz ' + this.id + ': scenario ' + q.id + ' has no questions');
        }
        for (var s = 0; s < q.questions.length; s++) {
          var subLi = findById(subItems, q.questions[s].id);
          if (!subLi) {
            throw new Error('quiz ' + this.id + ': no markup for question ' + q.questions[s].id);
          }
          top.leaves.push(this.buildLeaf(q.questions[s], subLi, top, s));
        }
      } else {
        top.leaves.push(this.buildLeaf(q, li, top, -1));
      }
      this.tops.push(top);
    }

    this.confidence = [];
    var sets = this.form.querySelectorAll('.quiz__confidence');
    for (var c = 0; c < sets.length; c++) {
      this.confidence.push({
        fieldset: sets[c],
        phase: sets[c].getAttribute('data-phase') === 'after' ? 'after' : 'before',
        id: sets[c].getAttribute('data-confidence-id'),
        inputs: toArray(sets[c].querySelectorAll('input.quiz__input'))
      });
    }

    this.moduleId = root.getAttribute('data-training-module');
    this.record = readRecord(this.id, this.moduleId);
    this.submitted = false;
    this.drawn = [];
    this.started = null;
    this.errorSummary = null;
  }

  function findById(items, id) {
    for (var i = 0; i < items.length; i++) {
      if (items[i].getAttribute('data-question-id') === String(id)) {
        return items[i];
      }
    }
    return null;
  }

  Quiz.prototype.buildLeaf = function (q, li, top, subIndex) {
    var fieldset = ownDescendant(li, 'quiz__fieldset');
    var optionsEl = fieldset && fieldset.querySelector('.quiz__options');
    var feedback = ownDescendant(li, 'quiz__feedback');
    if (!fieldset || !optionsEl || !(q.options instanceof Array) || !q.options.length) {
      throw new Error('quiz ' + this.id + ': question ' + q.id + ' is incomplete');
    }
    if (!feedback) {
      // Tolerate a generator that leaves it out: it is only ever filled here.
      feedback = el('div', 'quiz__feedback');
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
        throw new Error('quiz ' + this.id + ': unknown option ' + inputs[n].value);
      }
      inputById[inputs[n].value] = inputs[n];
    }
    for (var k in optionById) {
      if (Object.prototype.hasOwnProperty.call(optionById, k) && !inputById[k]) {
        throw new Error('quiz ' + this.id + ': no input for option ' + k);
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
    this.leaves.push(leaf);
    this.leafById[leaf.id] = leaf;
    return leaf;
  };

  Quiz.prototype.init = function () {
    var self = this;
    this.root.setAttribute('data-quiz-init', 'true');
    this.root.classList.add('quiz--enhanced');

    // The generator may hide the button so that, without JavaScript, the form
    // cannot be submitted (a GET submit would put the answers in the URL).
    if (this.actions) {
      this.actions.hidden = false;
    }

    // "This is attempt 2 of 3." while answering, when attempts are limited.
    this.status = el('p', 'quiz__status');
    this.status.hidden = true;
    this.form.parentNode.insertBefore(this.status, this.form);

    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submit();
    });

    this.form.addEventListener('change', function (event) {
      self.handleChange(event.target);
    });

    this.retryButton = el('button', 'button quiz__retry', TEXT.tryAgain);
    this.retryButton.type = 'button';
    this.retryButton.addEventListener('click', function () {
      self.startAttempt(true);
    });

    if (this.answers) {
      window.addEventListener('beforeprint', function () {
        self.wasOpen = self.answers.open;
        self.answers.open = true;
      });
      window.addEventListener('afterprint', function () {
        if (self.wasOpen === false) {
          self.answers.open = false;
        }
        self.wasOpen = null;
      });
    }

    this.restoreConfidence();

    var used = this.record.attempts.length;
    if (this.attemptLimit !== null && used >= this.attemptLimit) {
      // No attempts left in this tab: show the last one, marked, read-only.
      this.showLastAttempt();
    } else {
      this.startAttempt(false);
    }
  };

  // ---- Confidence questions ------------------------------------------------

  Quiz.prototype.restoreConfidence = function () {
    for (var i = 0; i < this.confidence.length; i++) {
      var set = this.confidence[i];
      var saved = set.phase === 'after' ? this.record.confidenceAfter : this.record.confidenceBefore;
      var value = saved && saved[set.id];
      for (var j = 0; j < set.inputs.length; j++) {
        set.inputs[j].checked = value !== undefined && value !== null && String(value) === set.inputs[j].value;
      }
    }
  };

  Quiz.prototype.setConfidenceEnabled = function (phase, enabled) {
    for (var i = 0; i < this.confidence.length; i++) {
      if (this.confidence[i].phase === phase) {
        for (var j = 0; j < this.confidence[i].inputs.length; j++) {
          this.confidence[i].inputs[j].disabled = !enabled;
        }
      }
    }
  };

  Quiz.prototype.handleChange = function (input) {
    if (!input || !hasClass(input, 'quiz__input')) {
      return;
    }
    for (var i = 0; i < this.confidence.length; i++) {
      var set = this.confidence[i];
      if (set.inputs.indexOf(input) !== -1) {
        if (input.checked) {
          var target = set.phase === 'after' ? this.record.confidenceAfter : this.record.confidenceBefore;
          var n = parseInt(input.value, 10);
          target[set.id] = isFinite(n) ? n : input.value;
          writeRecord(this.id, this.record, this.moduleId);
        }
        return;
      }
    }
    // An answer to a question: the attempt starts with the first one.
    if (!this.submitted && this.started === null) {
      this.started = nowIso();
    }
  };

  // ---- Attempts --------------------------------------------------------------

  // Draws and shuffles (when the data asks), clears everything and shows a
  // fresh, empty attempt. focusFirst: move focus to the first question (Try again).
  Quiz.prototype.startAttempt = function (focusFirst) {
    var i, j;
    this.submitted = false;
    this.started = null;
    this.shownAt = nowIso();
    this.removeErrors();

    // Draw: which whole top-level questions are asked this time.
    var chosen = this.tops;
    if (this.draw !== null) {
      var picked = shuffled(this.tops).slice(0, this.draw);
      chosen = [];
      for (i = 0; i < this.tops.length; i++) {
        if (picked.indexOf(this.tops[i]) !== -1) {
          chosen.push(this.tops[i]);
        }
      }
    }

    // Shuffle: reorder the DOM nodes (ids stay as they are).
    var order = this.tops;
    if (this.shuffle) {
      order = shuffled(this.tops);
      chosen = shuffled(chosen);
      // Asked questions first, in their new order, then the hidden ones.
      order = chosen.concat(order.filter(function (t) { return chosen.indexOf(t) === -1; }));
      for (i = 0; i < order.length; i++) {
        this.list.appendChild(order[i].li);
      }
      for (i = 0; i < this.leaves.length; i++) {
        this.shuffleOptions(this.leaves[i]);
      }
    }
    this.drawn = this.orderedDrawn(chosen);

    for (i = 0; i < this.tops.length; i++) {
      var asked = this.drawn.indexOf(this.tops[i]) !== -1;
      this.tops[i].li.hidden = !asked;
      for (j = 0; j < this.tops[i].leaves.length; j++) {
        this.resetLeaf(this.tops[i].leaves[j], asked);
      }
    }

    this.syncAnswersList();
    if (this.answers) {
      this.answers.hidden = true;
      this.answers.open = false;
    }
    if (this.after) {
      this.after.hidden = true;
    }
    if (this.actions) {
      this.actions.hidden = false;
    }
    this.hideResult();
    // The "before" confidence is a baseline: it can be changed only until the
    // first attempt has been checked.
    this.setConfidenceEnabled('before', this.record.attempts.length === 0);
    this.setConfidenceEnabled('after', true);

    var used = this.record.attempts.length;
    if (this.attemptLimit !== null && used > 0) {
      this.status.textContent = 'This is attempt ' + (used + 1) + ' of ' + this.attemptLimit + '.';
      this.status.hidden = false;
    } else {
      this.status.textContent = '';
      this.status.hidden = true;
    }

    if (focusFirst) {
      var first = this.firstInput(this.drawn[0].leaves[0]);
      if (first) {
        this.focusQuestion(first, this.drawn[0].leaves[0]);
      }
    }
  };

  // The asked top-level questions in the order they are on the page.
  Quiz.prototype.orderedDrawn = function (chosen) {
    var out = [];
    var items = childrenWithClass(this.list, 'quiz__question');
    for (var i = 0; i < items.length; i++) {
      for (var j = 0; j < chosen.length; j++) {
        if (chosen[j].li === items[i]) {
          out.push(chosen[j]);
        }
      }
    }
    return out;
  };

  Quiz.prototype.shuffleOptions = function (leaf) {
    // True/false keeps its natural order (True, then False).
    if (leaf.kind === 'true-false') {
      return;
    }
    var options = childrenWithClass(leaf.optionsEl, 'quiz__option');
    var mixed = shuffled(options);
    for (var i = 0; i < mixed.length; i++) {
      leaf.optionsEl.appendChild(mixed[i]);
    }
  };

  Quiz.prototype.resetLeaf = function (leaf, asked) {
    for (var i = 0; i < leaf.inputs.length; i++) {
      leaf.inputs[i].checked = false;
      leaf.inputs[i].disabled = !asked;
    }
    leaf.feedback.hidden = true;
    leaf.feedback.textContent = '';
    leaf.feedback.classList.remove('quiz__feedback--correct');
    leaf.feedback.classList.remove('quiz__feedback--incorrect');
    leaf.li.classList.remove('quiz__question--answered');
  };

  Quiz.prototype.firstInput = function (leaf) {
    var options = childrenWithClass(leaf.optionsEl, 'quiz__option');
    for (var i = 0; i < options.length; i++) {
      var input = options[i].querySelector('input.quiz__input');
      if (input && !input.disabled) {
        return input;
      }
    }
    return null;
  };

  // Focus an input and bring its question's legend into view with it, the
  // GOV.UK error summary way: the question text is what the reader needs.
  Quiz.prototype.focusQuestion = function (input, leaf) {
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
      focusElement(input, true);
    } else {
      focusElement(input, false);
    }
  };

  // Answers of the asked questions: { leafId: [optionId, ...] } in data order.
  Quiz.prototype.collectAnswers = function () {
    var answers = {};
    for (var i = 0; i < this.drawn.length; i++) {
      for (var j = 0; j < this.drawn[i].leaves.length; j++) {
        var leaf = this.drawn[i].leaves[j];
        answers[leaf.id] = this.chosenIds(leaf);
      }
    }
    return answers;
  };

  Quiz.prototype.chosenIds = function (leaf) {
    var ids = [];
    for (var i = 0; i < leaf.data.options.length; i++) {
      var id = String(leaf.data.options[i].id);
      if (leaf.inputById[id].checked) {
        ids.push(id);
      }
    }
    return ids;
  };

  // Right only when exactly the correct set is chosen (for every kind).
  function isRight(leaf, chosen) {
    for (var i = 0; i < leaf.data.options.length; i++) {
      var option = leaf.data.options[i];
      var picked = chosen.indexOf(String(option.id)) !== -1;
      if (picked !== (option.correct === true)) {
        return false;
      }
    }
    return chosen.length > 0;
  }

  // ---- Submit ----------------------------------------------------------------

  Quiz.prototype.submit = function () {
    if (this.submitted) {
      return;
    }
    var answers = this.collectAnswers();
    var missing = [];
    for (var i = 0; i < this.drawn.length; i++) {
      for (var j = 0; j < this.drawn[i].leaves.length; j++) {
        var leaf = this.drawn[i].leaves[j];
        if (!answers[leaf.id].length) {
          missing.push({ leaf: leaf, number: i + 1 });
        }
      }
    }
    this.removeErrors();
    if (missing.length) {
      this.showErrors(missing);
      return;
    }

    var score = 0;
    var total = 0;
    for (var k = 0; k < this.leaves.length; k++) {
      var l = this.leaves[k];
      if (Object.prototype.hasOwnProperty.call(answers, l.id)) {
        total += 1;
        if (isRight(l, answers[l.id])) {
          score += 1;
        }
      }
    }
    // Whole percent, rounded down, so the number shown and the pass decision
    // always agree (79.6% shows as 79% and does not pass an 80% mark).
    var percent = total ? Math.floor((score * 100) / total) : 0;
    var attempt = {
      started: this.started || this.shownAt || nowIso(),
      completed: nowIso(),
      answers: answers,
      score: score,
      total: total,
      percent: percent,
      passed: this.passMark === null ? null : percent >= this.passMark
    };
    this.record.attempts.push(attempt);
    writeRecord(this.id, this.record, this.moduleId);

    this.showAnswered(attempt, true);
    // For other components (a training module shows the way to its
    // certificate after a pass). After showAnswered, so the result is there.
    dispatch(this.root, CHECKED_EVENT, { quizId: this.id, attempt: attempt });
  };

  // Marks the asked questions with the attempt's answers and shows the result.
  Quiz.prototype.showAnswered = function (attempt, focusResult) {
    var i, j;
    this.submitted = true;
    for (i = 0; i < this.drawn.length; i++) {
      for (j = 0; j < this.drawn[i].leaves.length; j++) {
        var leaf = this.drawn[i].leaves[j];
        this.showFeedback(leaf, attempt.answers[leaf.id] || []);
      }
    }
    for (i = 0; i < this.leaves.length; i++) {
      for (j = 0; j < this.leaves[i].inputs.length; j++) {
        this.leaves[i].inputs[j].disabled = true;
      }
    }
    this.setConfidenceEnabled('before', false);
    this.setConfidenceEnabled('after', true);
    if (this.actions) {
      this.actions.hidden = true;
    }
    if (this.after) {
      this.after.hidden = false;
    }
    this.status.hidden = true;
    this.syncAnswersList();
    if (this.answers) {
      this.answers.hidden = false;
    }
    this.showResult(attempt, focusResult);
  };

  Quiz.prototype.showFeedback = function (leaf, chosen) {
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
          p.appendChild(el('strong', null, option.text));
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
          correct.push(q.options[c].text);
        }
      }
      if (correct.length === 1) {
        var one = el('p', 'quiz__feedback-answer', TEXT.correctAnswerIs);
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
      var link = el('a', null, TEXT.learnMore + (q.learnMore.title || q.learnMore.url));
      link.setAttribute('href', q.learnMore.url);
      more.appendChild(link);
      box.appendChild(more);
    }
    leaf.li.classList.add('quiz__question--answered');
    box.hidden = false;
  };

  // ---- Errors (GOV.UK error summary and error messages) ----------------------

  // "question 3", or "question 2a" for a scenario's first question: the same
  // numbers quiz.css writes in front of the questions.
  Quiz.prototype.questionName = function (leaf, number) {
    var name = 'question ' + number;
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
    return name;
  };

  Quiz.prototype.showErrors = function (missing) {
    var self = this;
    var items = [];
    for (var i = 0; i < missing.length; i++) {
      var leaf = missing[i].leaf;
      var text = (leaf.kind === 'multiple' ? TEXT.selectSome : TEXT.selectOne) +
        this.questionName(leaf, missing[i].number);
      var input = this.firstInput(leaf);

      // Message inside the fieldset, after the legend and hint.
      var message = window.SiteGenErrors.message((leaf.li.id || 'quiz-' + this.id + '-' + leaf.id) + '-error', text, 'quiz__error-message');
      leaf.fieldset.insertBefore(message, leaf.optionsEl);
      addToken(leaf.fieldset, 'aria-describedby', message.id);
      leaf.li.classList.add('quiz__question--error');
      leaf.error = message;
      items.push({ text: text, href: '#' + (input ? input.id : leaf.li.id), key: leaf.id });
    }

    var summary = window.SiteGenErrors.summary({
      className: 'quiz__error-summary',
      titleId: (this.root.id || 'quiz-' + this.id) + '-error-summary-title',
      heading: 'h3',
      items: items,
      follow: function (link, event) {
        var target = self.leafById[link.getAttribute('data-error-key')];
        var first = target && self.firstInput(target);
        if (first) {
          event.preventDefault();
          self.focusQuestion(first, target);
        }
      }
    });
    this.form.insertBefore(summary, this.form.firstChild);
    this.errorSummary = summary;
    focusElement(summary, false);
  };

  Quiz.prototype.removeErrors = function () {
    if (this.errorSummary && this.errorSummary.parentNode) {
      this.errorSummary.parentNode.removeChild(this.errorSummary);
    }
    this.errorSummary = null;
    for (var i = 0; i < this.leaves.length; i++) {
      var leaf = this.leaves[i];
      if (leaf.error) {
        removeToken(leaf.fieldset, 'aria-describedby', leaf.error.id);
        if (leaf.error.parentNode) {
          leaf.error.parentNode.removeChild(leaf.error);
        }
        leaf.error = null;
      }
      leaf.li.classList.remove('quiz__question--error');
    }
  };

  // ---- Result ----------------------------------------------------------------

  Quiz.prototype.hideResult = function () {
    if (!this.result) {
      return;
    }
    this.result.hidden = true;
    this.result.removeAttribute('role');
    this.result.textContent = '';
    this.result.classList.remove('quiz__result--passed');
    this.result.classList.remove('quiz__result--not-passed');
  };

  Quiz.prototype.showResult = function (attempt, focusResult) {
    var self = this;
    var box = this.result;
    if (!box) {
      // Tolerate a missing result container: add one after the form.
      box = el('div', 'quiz__result');
      box.id = (this.root.id || 'quiz-' + this.id) + '-result';
      box.setAttribute('tabindex', '-1');
      this.form.parentNode.insertBefore(box, this.form.nextSibling);
      this.result = box;
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
    var text = 'You scored ' + attempt.score + ' out of ' + attempt.total +
      ' (' + attempt.percent + '%).';
    if (attempt.passed === true) {
      text += ' You passed: the pass mark is ' + this.passMark + '%.';
    } else if (attempt.passed === false) {
      text += ' You did not pass: the pass mark is ' + this.passMark + '%.';
    }
    box.appendChild(el('p', 'quiz__result-score', text));

    var used = this.record.attempts.length;
    var canRetry = this.attemptLimit === null || used < this.attemptLimit;
    if (this.attemptLimit !== null) {
      if (canRetry) {
        box.appendChild(el('p', 'quiz__result-attempts',
          'You have used ' + used + ' of your ' + plural(this.attemptLimit, 'attempt', 'attempts') +
          '. You have ' + plural(this.attemptLimit - used, 'attempt', 'attempts') + ' left.'));
      } else {
        box.appendChild(el('p', 'quiz__result-attempts',
          (this.attemptLimit === 1 ? 'You have used your only attempt' :
            'You have used all ' + this.attemptLimit + ' attempts') +
          ', so you cannot try this quiz again.'));
      }
    }
    box.appendChild(el('p', 'quiz__result-next',
      'Each question now says whether your answer was right, with an explanation. ' +
      'All the answers are also at the end of the quiz.'));

    // Point to the "after" confidence questions, which are above the result.
    var afterFirst = null;
    for (var i = 0; i < this.confidence.length && !afterFirst; i++) {
      if (this.confidence[i].phase === 'after' && this.confidence[i].inputs.length) {
        afterFirst = this.confidence[i].inputs[0];
      }
    }
    if (afterFirst && this.after) {
      var prompt = el('p', 'quiz__result-confidence');
      var link = el('a', null, 'Say how confident you feel now');
      link.setAttribute('href', '#' + afterFirst.id);
      link.addEventListener('click', function (event) {
        var checked = null;
        for (var c = 0; c < self.confidence.length; c++) {
          for (var d = 0; d < self.confidence[c].inputs.length; d++) {
            if (self.confidence[c].phase === 'after' && self.confidence[c].inputs[d].checked && !checked) {
              checked = self.confidence[c].inputs[d];
            }
          }
        }
        event.preventDefault();
        var target = checked || afterFirst;
        var legend = self.after.querySelector('legend');
        if (legend && legend.scrollIntoView) {
          legend.scrollIntoView();
          focusElement(target, true);
        } else {
          focusElement(target, false);
        }
      });
      prompt.appendChild(link);
      prompt.appendChild(document.createTextNode(' (your answer stays in this browser tab).'));
      box.appendChild(prompt);
    }

    if (canRetry) {
      // After a pass, trying again is not the main thing to do next.
      this.retryButton.className = attempt.passed === true ? 'button button--secondary quiz__retry' : 'button quiz__retry';
      var actions = el('div', 'quiz__result-actions');
      actions.appendChild(this.retryButton);
      box.appendChild(actions);
    }

    if (focusResult) {
      // Announced as it appears (role alert, as the GOV.UK notification
      // banner after an action) and focused, so the next Tab is "Try again".
      box.setAttribute('role', 'alert');
      box.hidden = false;
      focusElement(box, false);
    } else {
      box.removeAttribute('role');
      box.hidden = false;
    }
  };

  // After a reload with no attempts left: the last attempt, read-only.
  Quiz.prototype.showLastAttempt = function () {
    var last = this.record.attempts[this.record.attempts.length - 1];
    var asked = [];
    for (var i = 0; i < this.tops.length; i++) {
      for (var j = 0; j < this.tops[i].leaves.length; j++) {
        if (Object.prototype.hasOwnProperty.call(last.answers, this.tops[i].leaves[j].id) &&
            asked.indexOf(this.tops[i]) === -1) {
          asked.push(this.tops[i]);
        }
      }
    }
    if (!asked.length) {
      asked = this.tops;
    }
    this.drawn = this.orderedDrawn(asked);
    for (i = 0; i < this.tops.length; i++) {
      var shown = this.drawn.indexOf(this.tops[i]) !== -1;
      this.tops[i].li.hidden = !shown;
      for (j = 0; j < this.tops[i].leaves.length; j++) {
        var leaf = this.tops[i].leaves[j];
        this.resetLeaf(leaf, shown);
        var chosen = last.answers[leaf.id] instanceof Array ? last.answers[leaf.id] : [];
        for (var k = 0; k < leaf.inputs.length; k++) {
          leaf.inputs[k].checked = chosen.indexOf(leaf.inputs[k].value) !== -1;
        }
      }
    }
    // Re-score against the quiz as it is now, so the page never contradicts itself.
    var score = 0;
    var total = 0;
    for (i = 0; i < this.drawn.length; i++) {
      for (j = 0; j < this.drawn[i].leaves.length; j++) {
        total += 1;
        if (isRight(this.drawn[i].leaves[j], last.answers[this.drawn[i].leaves[j].id] || [])) {
          score += 1;
        }
      }
    }
    var percent = total ? Math.floor((score * 100) / total) : 0;
    this.showAnswered({
      answers: last.answers,
      score: score,
      total: total,
      percent: percent,
      passed: this.passMark === null ? null : percent >= this.passMark
    }, false);
  };

  // ---- The answers section ---------------------------------------------------

  // Puts the answers in the same order as the questions on the page and hides
  // the ones for questions not asked in this attempt (a draw), so the numbers
  // match. Items the script cannot place keep their place at the end.
  Quiz.prototype.syncAnswersList = function () {
    if (!this.answers) {
      return;
    }
    var list = this.answers.querySelector('ol');
    if (!list) {
      return;
    }
    var items = [];
    for (var i = 0; i < list.children.length; i++) {
      var item = list.children[i];
      var id = item.getAttribute('data-question-id');
      var top = null;
      for (var t = 0; t < this.tops.length && !top; t++) {
        if (this.tops[t].id === id) {
          top = this.tops[t];
        }
      }
      if (!top && this.leafById[id]) {
        top = this.leafById[id].top;
      }
      items.push({ item: item, top: top, index: i });
    }
    var self = this;
    var rank = function (entry) {
      if (!entry.top) {
        return self.tops.length + entry.index;
      }
      var at = self.drawn.indexOf(entry.top);
      return at === -1 ? self.tops.length : at;
    };
    items.sort(function (a, b) {
      return (rank(a) - rank(b)) || (a.index - b.index);
    });
    for (var n = 0; n < items.length; n++) {
      list.appendChild(items[n].item);
      items[n].item.hidden = !!items[n].top && this.drawn.indexOf(items[n].top) === -1;
    }
  };

  // ---- Start -------------------------------------------------------------------

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
        quiz = new Quiz(root, data);
      } catch (e) {
        // Data and markup do not match: leave the static quiz, and report.
        if (window.console && window.console.warn) {
          window.console.warn(e.message);
        }
        continue;
      }
      quiz.init();
    }
  }

  // This script is deferred and comes before the quiz data scripts, which are
  // deferred too: they have all run by DOMContentLoaded. (During deferred
  // scripts readyState is already "interactive", so it cannot tell us.)
  // How a quiz's record is read, for the training module's start and
  // certificate pages, which show it without the quiz on the page.
  window.SiteGenQuiz = { readRecord: readRecord };

  dom.ready(initAll);
})();
