/*
 * Certificate: a training module's certificate and completion record, made in
 * the learner's browser from their own quiz result (see README.md).
 *
 * The page is the same for everyone. This script shows the part that fits:
 *   - "not passed yet", when no attempt at the module's quiz passed in this
 *     browser (the quiz record, read the way quiz.js keeps it);
 *   - the details form (GOV.UK: labels, hints, error summary, inline errors),
 *     when the learner has not given their details yet;
 *   - the certificate sheet, with "Print or save as PDF", "Download my
 *     completion record" and "Change my details".
 *
 * The completion record itself (docs/completion-record.md, with its checksum)
 * is built by completion-record.js, in the same bundle.
 *
 * Storage goes through window.SiteGenTraining (training-module.js, in the same
 * bundle). Nothing is sent anywhere: the form's submit is always cancelled.
 *
 * No inline styles (CSP default-src 'self'): classes and the hidden attribute
 * only. Classic script, an IIFE, ES5 syntax only; works from file://.
 */
(function () {
  'use strict';

  // Shared helpers (components/common).
  var dom = window.SiteGenDom;
  var el = dom.el;
  var addToken = dom.addToken;
  var removeToken = dom.removeToken;
  var focusElement = dom.focusElement;
  var warn = dom.warn;

  var EMAIL = /^[^@\s]+@[^@\s]+$/;

  var TEXT = {
    titlePrefix: 'Error: ',
    downloaded: 'Your completion record has been downloaded.',
    cannotDownload: 'Your completion record could not be made in this browser. Print or save your certificate as a PDF instead, and tell your training lead.'
  };

  // The form's fields: what is checked, and the GOV.UK error messages.
  var FIELDS = [
    { name: 'name', required: true, max: 200,
      empty: 'Enter your full name', tooLong: 'Full name must be 200 characters or fewer' },
    { name: 'organisation', required: true, max: 200,
      empty: 'Enter your organisation', tooLong: 'Organisation must be 200 characters or fewer' },
    { name: 'role', required: true, max: 200,
      empty: 'Enter your role', tooLong: 'Role must be 200 characters or fewer' },
    { name: 'staffId', required: false, max: 100,
      tooLong: 'Staff number must be 100 characters or fewer' },
    { name: 'email', required: false, max: 254, pattern: EMAIL,
      invalid: 'Enter an email address in the correct format, like name@example.com',
      tooLong: 'Email address must be 254 characters or fewer' }
  ];

  // ---- Small helpers (ES5) ------------------------------------------------

  var hasOwn = Object.prototype.hasOwnProperty;

  function trim(value) {
    return String(value === undefined || value === null ? '' : value).replace(/^\s+|\s+$/g, '');
  }

  function training() {
    var api = window.SiteGenTraining;
    return api && typeof api.readProgress === 'function' ? api : null;
  }

  // completion-record.js, in the same bundle.
  function completion() {
    return window.SiteGenTraining.completion;
  }

  // ---- The page ----------------------------------------------------------------

  function Certificate(root, moduleId) {
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
      focusElement(this.sheetHeading || this.sheet, false);
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
      date: completion().longDate(completedOn),
      score: s.pass.score + ' out of ' + s.pass.total + ' (' + s.pass.percent + '%)',
      refresherDue: months > 0 ? completion().longDate(completion().addMonths(completedOn, months)) : '',
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
    this.clearErrors();
    this.fillForm(s && s.progress.learner);
    this.say('');
    this.reveal('form');
    focusElement(this.formHeading || this.input('name'), false);
  };

  // ---- The form: checks and GOV.UK errors ------------------------------------------------

  Certificate.prototype.submit = function () {
    var learner = {};
    var errors = [];
    for (var i = 0; i < FIELDS.length; i++) {
      var field = FIELDS[i];
      var input = this.input(field.name);
      var value = trim(input ? input.value : '');
      var message = null;
      if (!value) {
        message = field.required ? field.empty : null;
      } else if (value.length > field.max) {
        message = field.tooLong;
      } else if (field.pattern && !field.pattern.test(value)) {
        message = field.invalid;
      }
      if (message && input) {
        errors.push({ input: input, message: message });
      }
      learner[field.name] = value || null;
    }
    this.clearErrors();
    if (errors.length) {
      this.showErrors(errors);
      return;
    }
    var api = training();
    var progress = api.readProgress(this.id);
    progress.learner = learner;
    api.writeProgress(this.id, progress);
    this.show(true);
  };

  Certificate.prototype.showErrors = function (errors) {
    var self = this;
    var items = [];
    for (var i = 0; i < errors.length; i++) {
      var input = errors[i].input;
      var group = input.parentNode;
      var message = window.SiteGenErrors.message(input.id + '-error', errors[i].message);
      group.insertBefore(message, input);
      addToken(input, 'aria-describedby', message.id);
      input.setAttribute('aria-invalid', 'true');
      input.classList.add('form-input--error');
      group.classList.add('form-group--error');
      this.errors.push({ input: input, message: message });
      items.push({ text: errors[i].message, href: '#' + input.id });
    }

    var summary = window.SiteGenErrors.summary({
      className: 'certificate__error-summary',
      titleId: 'certificate-error-summary-title',
      items: items,
      // GOV.UK: a link moves focus to the field and scrolls its label into view.
      follow: function (link, event) {
        var target = document.getElementById((link.getAttribute('href') || '').slice(1));
        if (!target) {
          return;
        }
        event.preventDefault();
        var label = self.form.querySelector('label[for="' + target.id + '"]');
        if (label && label.scrollIntoView) {
          label.scrollIntoView();
          focusElement(target, true);
        } else {
          focusElement(target, false);
        }
      }
    });
    this.form.insertBefore(summary, this.form.firstChild);
    this.errorSummary = summary;
    document.title = TEXT.titlePrefix + this.title;
    focusElement(summary, false);
  };

  Certificate.prototype.clearErrors = function () {
    if (this.errorSummary && this.errorSummary.parentNode) {
      this.errorSummary.parentNode.removeChild(this.errorSummary);
    }
    this.errorSummary = null;
    for (var i = 0; i < this.errors.length; i++) {
      var e = this.errors[i];
      removeToken(e.input, 'aria-describedby', e.message.id);
      e.input.removeAttribute('aria-invalid');
      e.input.classList.remove('form-input--error');
      e.input.parentNode.classList.remove('form-group--error');
      if (e.message.parentNode) {
        e.message.parentNode.removeChild(e.message);
      }
    }
    this.errors = [];
    document.title = this.title;
  };

  // ---- Download ---------------------------------------------------------------------------

  Certificate.prototype.download = function () {
    var record = null;
    try {
      record = window.SiteGenTraining.completionRecord(this.id);
    } catch (e) {
      warn('certificate: ' + e.message);
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

  // ---- Start --------------------------------------------------------------------------------

  function initAll() {
    var roots = document.querySelectorAll('[data-module="certificate"]');
    for (var i = 0; i < roots.length; i++) {
      var root = roots[i];
      if (root.getAttribute('data-certificate-init')) {
        continue;
      }
      var moduleId = root.getAttribute('data-training-module');
      if (!training() || !training().moduleData(moduleId)) {
        // No module data: leave the note that the certificate needs JavaScript.
        warn('certificate: no module data for ' + moduleId + ' (window.SiteGenModules)');
        continue;
      }
      new Certificate(root, moduleId).init();
    }
  }

  // Deferred, before the module data script (deferred too), and before
  // training-module.js in the bundle: all have run by DOMContentLoaded.
  dom.ready(initAll);
})();
