/*
 * Skip link
 * Moves keyboard focus to the target of the "Skip to main content" link, so the
 * next Tab continues from the main content in every browser. The target gets
 * tabindex="-1" only while focused (the GOV.UK approach), so it is never in the
 * Tab order. Without JavaScript the link still scrolls to #main-content.
 * esbuild builds this into skip-link.js, a classic script; ES5 syntax.
 */

// Runs once, as the script loads; a function so that it can stop early on a
// page without a skip link (a module cannot return at its top level).
function start() {
  var links = document.querySelectorAll('[data-module="skip-link"]');
  if (!links.length) {
    return;
  }

  function handleClick(event) {
    var href = event.currentTarget.getAttribute('href') || '';
    if (href.charAt(0) !== '#' || href.length < 2) {
      return;
    }
    var target = document.getElementById(decodeURIComponent(href.slice(1)));
    if (!target) {
      return;
    }
    if (!target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
      target.classList.add('skip-link-focused-element');
      target.addEventListener('blur', function removeTabindex() {
        target.removeAttribute('tabindex');
        target.classList.remove('skip-link-focused-element');
        target.removeEventListener('blur', removeTabindex);
      });
    }
    target.focus();
  }

  for (var i = 0; i < links.length; i++) {
    if (links[i].getAttribute('data-skip-link-init')) {
      continue;
    }
    links[i].setAttribute('data-skip-link-init', 'true');
    links[i].addEventListener('click', handleClick);
  }
}

start();
