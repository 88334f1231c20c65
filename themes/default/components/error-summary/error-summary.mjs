/*
 * Error summary and error message (GOV.UK), made the same way for every form
 * on the site (the quiz, the certificate details form), on
 * window.SiteGenErrors. Markup and behaviour: README.md. esbuild builds this
 * into error-summary.js, a classic script; ES5 syntax.
 */

var dom = window.SiteGenDom;
var el = dom.el;
var PREFIX = 'Error:';
var TITLE = 'There is a problem';

// An inline error message: "Error:" (or prefix, in the page's language) for
// screen readers, then the text.
function message(id, text, className, prefix) {
  var node = el('p', 'error-message' + (className ? ' ' + className : ''));
  node.id = id;
  node.appendChild(el('span', 'visually-hidden', (prefix || PREFIX) + ' '));
  node.appendChild(document.createTextNode(text));
  return node;
}

// The summary: role alert, focusable, "There is a problem" (or options.title)
// as a heading of the given level, and a link per error. follow(link, event) is called when
// one of its links is followed, to move focus the way the form needs.
function summary(options) {
  var node = el('div', 'error-summary' + (options.className ? ' ' + options.className : ''));
  node.setAttribute('role', 'alert');
  node.setAttribute('tabindex', '-1');
  node.setAttribute('aria-labelledby', options.titleId);
  var title = el(options.heading || 'h2', 'error-summary__title', options.title || TITLE);
  title.id = options.titleId;
  node.appendChild(title);
  var body = el('div', 'error-summary__body');
  var list = el('ul', 'error-summary__list');
  for (var i = 0; i < options.items.length; i++) {
    var item = options.items[i];
    var link = el('a', null, item.text);
    link.setAttribute('href', item.href);
    if (item.key) {
      link.setAttribute('data-error-key', item.key);
    }
    var li = el('li');
    li.appendChild(link);
    list.appendChild(li);
  }
  body.appendChild(list);
  node.appendChild(body);
  node.addEventListener('click', function (event) {
    var target = event.target;
    while (target && target !== node && target.nodeName !== 'A') {
      target = target.parentNode;
    }
    if (target && target !== node) {
      options.follow(target, event);
    }
  });
  return node;
}

window.SiteGenErrors = { message: message, summary: summary };
