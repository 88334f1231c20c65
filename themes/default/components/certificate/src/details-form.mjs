// The learner's details form (name, organisation, role, and optionally staff
// number and email): its checks, and its errors the GOV.UK way (an error
// summary, and a message by each field; components/error-summary makes both).

// Shared helpers (components/common).
var dom = window.SiteGenDom;

var EMAIL = /^[^@\s]+@[^@\s]+$/;
var TITLE_PREFIX = 'Error: ';

// The form's fields: what is checked, and the GOV.UK error messages.
export var FIELDS = [
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
      message = field.required ? field.empty : null;
    } else if (value.length > field.max) {
      message = field.tooLong;
    } else if (field.pattern && !field.pattern.test(value)) {
      message = field.invalid;
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
    var message = window.SiteGenErrors.message(input.id + '-error', errors[i].message);
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
  document.title = TITLE_PREFIX + cert.title;
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
