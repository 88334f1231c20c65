// The learner's details form (name, organisation, role, and optionally staff
// number and email): its checks, and its errors the GOV.UK way (an error
// summary, and a message by each field; components/error-summary makes both).

import { GENERAL, TEXT } from './text.mjs';

// Shared helpers (components/common).
var dom = window.SiteGenDom;

var EMAIL = /^[^@\s]+@[^@\s]+$/;

// The form's fields: what is checked, and (in TEXT) the GOV.UK error messages.
export var FIELDS = [
  { name: 'name', required: true, max: 200, empty: 'enterName', tooLong: 'nameTooLong' },
  { name: 'organisation', required: true, max: 200, empty: 'enterOrganisation', tooLong: 'organisationTooLong' },
  { name: 'role', required: true, max: 200, empty: 'enterRole', tooLong: 'roleTooLong' },
  { name: 'staffId', required: false, max: 100, tooLong: 'staffIdTooLong' },
  { name: 'email', required: false, max: 254, pattern: EMAIL, invalid: 'emailInvalid', tooLong: 'emailTooLong' }
];

function trim(value) {
  return String(value === undefined || value === null ? '' : value).replace(/^\s+|\s+$/g, '');
}

// What the form says: { learner: { name, ... } (null for an empty field),
// errors: [{ input, message }] }. input(name) finds a field's input.
export function readDetails(input) {
  var learner = {};
  var errors = [];
  for (var i = 0; i < FIELDS.length; i++) {
    var field = FIELDS[i];
    var node = input(field.name);
    var value = trim(node ? node.value : '');
    var message = null;
    if (!value) {
      message = field.required ? TEXT[field.empty] : null;
    } else if (value.length > field.max) {
      message = TEXT[field.tooLong];
    } else if (field.pattern && !field.pattern.test(value)) {
      message = TEXT[field.invalid];
    }
    if (message && node) {
      errors.push({ input: node, message: message });
    }
    learner[field.name] = value || null;
  }
  return { learner: learner, errors: errors };
}

// cert: the certificate page (form, errors, errorSummary, title).
export function showErrors(cert, errors) {
  var items = [];
  for (var i = 0; i < errors.length; i++) {
    var input = errors[i].input;
    var group = input.parentNode;
    var message = window.SiteGenErrors.message(input.id + '-error', errors[i].message, null, GENERAL.errorPrefix);
    group.insertBefore(message, input);
    dom.addToken(input, 'aria-describedby', message.id);
    input.setAttribute('aria-invalid', 'true');
    input.classList.add('form-input--error');
    group.classList.add('form-group--error');
    cert.errors.push({ input: input, message: message });
    items.push({ text: errors[i].message, href: '#' + input.id });
  }

  var summary = window.SiteGenErrors.summary({
    className: 'certificate__error-summary',
    titleId: 'certificate-error-summary-title',
    title: GENERAL.errorSummaryTitle,
    items: items,
    // GOV.UK: a link moves focus to the field and scrolls its label into view.
    follow: function (link, event) {
      var target = document.getElementById((link.getAttribute('href') || '').slice(1));
      if (!target) {
        return;
      }
      event.preventDefault();
      var label = cert.form.querySelector('label[for="' + target.id + '"]');
      if (label && label.scrollIntoView) {
        label.scrollIntoView();
        dom.focusElement(target, true);
      } else {
        dom.focusElement(target, false);
      }
    }
  });
  cert.form.insertBefore(summary, cert.form.firstChild);
  cert.errorSummary = summary;
  document.title = GENERAL.errorPrefix + ' ' + cert.title;
  dom.focusElement(summary, false);
}

export function clearErrors(cert) {
  if (cert.errorSummary && cert.errorSummary.parentNode) {
    cert.errorSummary.parentNode.removeChild(cert.errorSummary);
  }
  cert.errorSummary = null;
  for (var i = 0; i < cert.errors.length; i++) {
    var e = cert.errors[i];
    dom.removeToken(e.input, 'aria-describedby', e.message.id);
    e.input.removeAttribute('aria-invalid');
    e.input.classList.remove('form-input--error');
    e.input.parentNode.classList.remove('form-group--error');
    if (e.message.parentNode) {
      e.message.parentNode.removeChild(e.message);
    }
  }
  cert.errors = [];
  document.title = cert.title;
}
