/*
 * Common: the small DOM helpers every component script uses, and the one rule
 * for where the site keeps things in the browser, on window.SiteGenDom. The bundle puts this file first, so each component can
 * take them as it loads. A global rather than a module the others import, so
 * every script (and a site's own) shares the one copy. esbuild builds this into
 * common.js, a classic script; ES5 syntax; works from file://.
 */

import { rememberKey, storageFor, storageNamed } from './src/storage.mjs';
import { inDigits, say, takeWords } from './src/words.mjs';

// An element with an optional class and text (as text, never as HTML).
function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  return node;
}

// Adds a token to a space-separated attribute (aria-describedby), once.
function addToken(node, attr, token) {
  var tokens = (node.getAttribute(attr) || '').split(/\s+/);
  if (tokens.indexOf(token) === -1) {
    tokens.push(token);
  }
  node.setAttribute(attr, tokens.join(' ').replace(/^\s+|\s+$/g, ''));
}

// Removes a token from a space-separated attribute, and the attribute when it is left empty.
function removeToken(node, attr, token) {
  var tokens = (node.getAttribute(attr) || '').split(/\s+/);
  var kept = [];
  for (var i = 0; i < tokens.length; i++) {
    if (tokens[i] && tokens[i] !== token) {
      kept.push(tokens[i]);
    }
  }
  if (kept.length) {
    node.setAttribute(attr, kept.join(' '));
  } else {
    node.removeAttribute(attr);
  }
}

// Focus, without scrolling when the caller has already scrolled (older browsers ignore the option).
function focusElement(node, preventScroll) {
  try {
    node.focus(preventScroll ? { preventScroll: true } : undefined);
  } catch (e) {
    node.focus();
  }
}

// A warning for the site's developers; readers never see it.
function warn(message) {
  if (window.console && window.console.warn) {
    window.console.warn(message);
  }
}

// Runs start once the page and its deferred scripts (the component's data
// scripts among them) have run: at DOMContentLoaded, or now if that is past.
// (During deferred scripts readyState is already "interactive", so it cannot
// tell; "complete" can.)
function ready(start) {
  var done = false;
  function once() {
    if (!done) {
      done = true;
      start();
    }
  }
  if (document.readyState === 'complete') {
    once();
  } else {
    document.addEventListener('DOMContentLoaded', once);
    window.addEventListener('load', once);
  }
}

// ---- Storage: src/storage.mjs (the SCORM script, which runs before this one, imports it too).

window.SiteGenDom = {
  el: el,
  addToken: addToken,
  removeToken: removeToken,
  focusElement: focusElement,
  warn: warn,
  ready: ready,
  storageNamed: storageNamed,
  storageFor: storageFor,
  rememberKey: rememberKey,
  say: say,
  inDigits: inDigits,
  takeWords: takeWords
};
