// Running a search from a box: as the reader types (after a pause), on Enter,
// or from the search page's address (?q=); loading the engine first when it
// is not there yet, and showing the results, a message, or an error.

import { announce, resultsText, silence } from './announce.mjs';
import { engine, loadEngine } from './engine.mjs';
import { buildFilters, selectedAudiences, visibleResults } from './filters.mjs';
import { close, open } from './header-list.mjs';
import { runQuery } from './query.mjs';
import { renderHeader, renderPage } from './results.mjs';
import { clear, normalise } from './util.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

var TYPING_DELAY = 150; // ms after the last keystroke before searching
var LOADING_DELAY = 400; // ms before "Loading search" is shown
var MIN_LENGTH = 2; // characters typed before results appear as you type

// Loads lunr and the index (the search page then builds its filters).
export function load(search, callback) {
  loadEngine(search.form, function (ok) {
    if (ok && search.mode === 'page') {
      buildFilters(search);
    }
    if (callback) {
      callback(ok);
    }
  });
}

export function typed(search) {
  window.clearTimeout(search.typingTimer);
  search.typingTimer = window.setTimeout(function () {
    run(search, false);
  }, TYPING_DELAY);
}

export function submitted(search, event) {
  if (search.mode === 'header') {
    // Enter goes to the search page with ?q= (the form's own GET).
    return;
  }
  event.preventDefault();
  window.clearTimeout(search.typingTimer);
  var query = normalise(search.input.value);
  if (window.history && window.history.replaceState) {
    try {
      window.history.replaceState(null, '', window.location.pathname +
        (query ? '?q=' + encodeURIComponent(query).replace(/%20/g, '+') : ''));
    } catch (e) {
      // Some file:// set-ups refuse: the results still show.
    }
  }
  run(search, true);
}

// now: the reader pressed Enter, or came with ?q= (search and announce at
// once, whatever the length); otherwise results as you type.
export function run(search, now) {
  var query = normalise(search.input.value);
  if (!query || (!now && query.length < MIN_LENGTH)) {
    search.query = '';
    search.found = null;
    reset(search);
    return;
  }
  if (engine.state !== 'ready') {
    showLoading(search);
    load(search, function (ok) {
      window.clearTimeout(search.loadingTimer);
      if (normalise(search.input.value) !== query) {
        return; // the reader has typed on: a newer search is on its way
      }
      if (ok) {
        run(search, now);
      } else {
        showError(search);
      }
    });
    return;
  }
  window.clearTimeout(search.loadingTimer);
  search.query = query;
  search.found = runQuery(query);
  render(search, now);
}

// Shows the last answer (again, when a filter changes) and announces its count.
export function render(search, now) {
  if (!search.found) {
    return;
  }
  var chosen = selectedAudiences(search);
  var shown = visibleResults(search, chosen);
  var text = resultsText(shown.length, search.query, chosen);

  if (search.mode === 'page') {
    renderPage(search, shown, chosen.length > 0);
  } else {
    renderHeader(search, shown);
    open(search);
    if (search.panel.hidden) {
      return; // the reader has left the box: nothing to announce
    }
  }
  announce(search, text, now);
}

function reset(search) {
  window.clearTimeout(search.loadingTimer);
  silence(search);
  if (search.mode === 'page') {
    clear(search.results);
  } else {
    clear(search.panel);
    close(search);
  }
}

function showMessage(search, message) {
  if (search.mode === 'page') {
    clear(search.results);
    search.results.appendChild(message);
  } else {
    clear(search.panel);
    search.panel.appendChild(message);
    open(search);
  }
}

function showLoading(search) {
  window.clearTimeout(search.loadingTimer);
  search.loadingTimer = window.setTimeout(function () {
    if (engine.state === 'loading') {
      showMessage(search, el('p', 'site-search__message', 'Loading search\u2026'));
    }
  }, LOADING_DELAY);
}

function showError(search) {
  var message = el('p', 'site-search__message site-search__message--error',
    'Sorry, search is not working at the moment. Try again, or ');
  if (search.help) {
    var help = el('a', 'site-search__help', 'find out how to get help');
    help.href = search.help;
    message.appendChild(help);
    message.appendChild(document.createTextNode('.'));
  } else {
    message.appendChild(document.createTextNode('try again later.'));
  }
  search.found = null;
  showMessage(search, message);
  announce(search, 'Sorry, search is not working at the moment.', true);
}
