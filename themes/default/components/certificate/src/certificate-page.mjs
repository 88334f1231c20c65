// The certificate page for one module: shows the part that fits (not passed
// yet, the details form, or the certificate sheet) and handles its buttons.

import { clearErrors, FIELDS, readDetails, showErrors } from './details-form.mjs';
import { say, TEXT, useWords, writtenDate } from './text.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

var hasOwn = Object.prototype.hasOwnProperty;

// training-module.js's storage helpers, when they are there.
export function training() {
  var api = window.SiteGenTraining;
  return api && typeof api.readProgress === 'function' ? api : null;
}

// completion-record.js, in the same bundle.
function completion() {
  return window.SiteGenTraining.completion;
}

export function Certificate(root, moduleId) {
  useWords(root);
  this.root = root;
  this.id = moduleId;
  this.noScript = root.querySelector('[data-certificate-no-script]');
  this.notPassed = root.querySelector('[data-certificate-not-passed]');
  this.form = root.querySelector('[data-certificate-form]');
  this.sheet = root.querySelector('[data-certificate-sheet]');
  this.actions = root.querySelector('[data-certificate-actions]');
  this.status = root.querySelector('[data-certificate-status]');
  this.formHeading = this.form && this.form.querySelector('h2, h3');
  this.sheetHeading = this.sheet && this.sheet.querySelector('h2, h3');
  this.errorSummary = null;
  this.errors = [];
  this.title = document.title;
  this.statusTimer = null;
}

Certificate.prototype.init = function () {
  var self = this;
  this.root.setAttribute('data-certificate-init', 'true');
  this.root.classList.add('certificate--enhanced');
  if (this.noScript) {
    this.noScript.hidden = true;
  }
  // Focus targets for screen readers, never Tab stops.
  if (this.formHeading) {
    this.formHeading.setAttribute('tabindex', '-1');
  }
  if (this.sheetHeading) {
    this.sheetHeading.setAttribute('tabindex', '-1');
  } else if (this.sheet) {
    this.sheet.setAttribute('tabindex', '-1');
  }

  if (this.form) {
    this.form.addEventListener('submit', function (event) {
      event.preventDefault();
      self.submit();
    });
  }
  this.on('[data-certificate-print]', function () {
    window.print();
  });
  this.on('[data-certificate-download]', function () {
    self.download();
  });
  this.on('[data-certificate-edit]', function () {
    self.edit();
  });
  this.show(false);
};

Certificate.prototype.on = function (selector, handler) {
  var button = this.root.querySelector(selector);
  if (button) {
    button.addEventListener('click', function (event) {
      event.preventDefault();
      handler();
    });
  }
};

// Shows what fits: not passed, the form, or the certificate.
Certificate.prototype.show = function (focus) {
  var s = completion().state(this.id);
  var part = !s || !s.pass ? 'not-passed' : (s.progress.learner ? 'sheet' : 'form');
  if (part === 'sheet') {
    this.fillSheet(s);
  }
  if (part === 'form') {
    this.fillForm(s.progress.learner);
  }
  this.reveal(part);
  if (focus && part === 'sheet') {
    dom.focusElement(this.sheetHeading || this.sheet, false);
  }
};

Certificate.prototype.reveal = function (part) {
  if (this.notPassed) {
    this.notPassed.hidden = part !== 'not-passed';
  }
  if (this.form) {
    this.form.hidden = part !== 'form';
  }
  if (this.sheet) {
    this.sheet.hidden = part !== 'sheet';
  }
  if (this.actions) {
    this.actions.hidden = part !== 'sheet';
  }
};

Certificate.prototype.fillSheet = function (s) {
  var learner = s.progress.learner;
  var completedOn = completion().localDate(s.pass.completed);
  var months = parseInt(s.data.refresherMonths, 10);
  var values = {
    name: learner.name,
    role: learner.role,
    organisation: learner.organisation,
    date: writtenDate(completedOn),
    score: say('score', { score: s.pass.score, total: s.pass.total, percent: s.pass.percent }),
    refresherDue: months > 0 ? writtenDate(completion().addMonths(completedOn, months)) : '',
    recordId: completion().ensureRecordId(this.id, s.progress, s.pass)
  };
  var fields = this.sheet.querySelectorAll('[data-certificate-field]');
  for (var i = 0; i < fields.length; i++) {
    var name = fields[i].getAttribute('data-certificate-field');
    if (hasOwn.call(values, name)) {
      fields[i].textContent = values[name];
    }
    // No refresher period: leave the line out rather than print it empty.
    if (name === 'refresherDue') {
      var fact = fields[i].parentNode;
      if (fact && fact.classList.contains('certificate__fact')) {
        fact.hidden = !values.refresherDue;
      }
    }
  }
};

Certificate.prototype.input = function (name) {
  return this.form ? this.form.querySelector('[name="' + name + '"]') : null;
};

Certificate.prototype.fillForm = function (learner) {
  for (var i = 0; i < FIELDS.length; i++) {
    var input = this.input(FIELDS[i].name);
    if (input) {
      input.value = learner && learner[FIELDS[i].name] ? learner[FIELDS[i].name] : '';
    }
  }
};

// "Change my details": the form, filled in.
Certificate.prototype.edit = function () {
  var s = completion().state(this.id);
  clearErrors(this);
  this.fillForm(s && s.progress.learner);
  this.say('');
  this.reveal('form');
  dom.focusElement(this.formHeading || this.input('name'), false);
};

// The details form sent: errors, or the details kept and the certificate shown.
Certificate.prototype.submit = function () {
  var self = this;
  var details = readDetails(function (name) {
    return self.input(name);
  });
  clearErrors(this);
  if (details.errors.length) {
    showErrors(this, details.errors);
    return;
  }
  var api = training();
  var progress = api.readProgress(this.id);
  progress.learner = details.learner;
  api.writeProgress(this.id, progress);
  this.show(true);
};

// "Download my completion record".
Certificate.prototype.download = function () {
  var record = null;
  try {
    record = window.SiteGenTraining.completionRecord(this.id);
  } catch (e) {
    dom.warn('certificate: ' + e.message);
  }
  if (!record) {
    this.say(TEXT.cannotDownload);
    return;
  }
  completion().saveFile(completion().fileName(record), JSON.stringify(record, null, 2) + '\n');
  this.say(TEXT.downloaded);
};

// Says text in the role=status element: emptied first, so the same words
// said twice are announced twice.
Certificate.prototype.say = function (text) {
  var status = this.status;
  if (!status) {
    return;
  }
  if (this.statusTimer) {
    window.clearTimeout(this.statusTimer);
    this.statusTimer = null;
  }
  status.textContent = '';
  if (text) {
    this.statusTimer = window.setTimeout(function () {
      status.textContent = text;
    }, 100);
  }
};
