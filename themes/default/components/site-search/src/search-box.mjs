// One search box: the form's settings (its data attributes, README.md), the
// live region and results container it adds, and its events.

import { createStatus } from './announce.mjs';
import { showRenderedFilters } from './filters.mjs';
import { wireHeaderList } from './header-list.mjs';
import { load, render, run, submitted, typed } from './searching.mjs';
import { clear, normalise } from './util.mjs';
import { wordsOf } from './words.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

var counter = 0;

// The header box, or the search page's form (it names a results container).
function createSearch(form) {
  var resultsId = form.getAttribute('data-search-results');
  var filtersId = form.getAttribute('data-search-filters');
  var container = resultsId ? document.getElementById(resultsId) : null;
  return {
    form: form,
    input: form.querySelector('input[name="q"]'),
    root: form.getAttribute('data-search-root') || '',
    forDisk: form.getAttribute('data-search-for-disk') === 'true',
    help: form.getAttribute('data-search-help'),
    words: wordsOf(form),
    container: container,
    mode: container ? 'page' : 'header',
    filters: filtersId ? document.getElementById(filtersId) : null,
    query: '',
    found: null, // the last lunr answer
    typingTimer: null,
    statusTimer: null,
    loadingTimer: null,
    pointerInside: false
  };
}

// The ?q= of the page's address, or ''.
function addressQuery() {
  var pairs = window.location.search.replace(/^\?/, '').split('&');
  for (var i = 0; i < pairs.length; i++) {
    var pair = pairs[i].split('=');
    if (pair[0] === 'q' && pair.length > 1) {
      try {
        return normalise(decodeURIComponent(pair.slice(1).join('=').replace(/\+/g, ' ')));
      } catch (e) {
        return '';
      }
    }
  }
  return '';
}

export function initSearchBox(form) {
  var search = createSearch(form);
  var input = search.input;
  counter += 1;
  if (!input.id) {
    input.id = 'site-search-' + counter;
  }
  var id = input.id;

  search.status = createStatus(id);
  if (search.mode === 'page') {
    search.status.className += ' site-search__status--page';
    clear(search.container);
    search.container.appendChild(search.status);
    search.results = el('div', 'site-search__page-results');
    search.container.appendChild(search.results);
  } else {
    search.status.className += ' visually-hidden';
    form.appendChild(search.status);
    var hint = el('span', 'visually-hidden', search.words.typingHint);
    hint.id = id + '-hint';
    form.appendChild(hint);
    var describedBy = input.getAttribute('aria-describedby');
    input.setAttribute('aria-describedby', (describedBy ? describedBy + ' ' : '') + hint.id);
    search.panel = el('div', 'site-search__panel');
    search.panel.id = id + '-results';
    search.panel.hidden = true;
    form.appendChild(search.panel);
    input.setAttribute('aria-controls', search.panel.id);
  }

  // Nothing is fetched before the reader types in a box (a reader who only
  // tabs through it loads nothing).
  var start = function () {
    load(search);
  };
  input.addEventListener('keydown', start);
  input.addEventListener('input', function () {
    start();
    typed(search);
  });
  form.addEventListener('submit', function (event) {
    submitted(search, event);
  });

  // The reader may already be in the box, and have typed, when this script
  // arrives (it is loaded when they first type in the box).
  if (document.activeElement === input && normalise(input.value)) {
    start();
    if (search.mode === 'header') {
      typed(search);
    }
  }

  if (search.mode === 'header') {
    wireHeaderList(search);
  } else {
    if (search.filters) {
      search.filters.addEventListener('change', function () {
        render(search, true);
      });
      showRenderedFilters(search);
    }
    var fromAddress = addressQuery();
    if (fromAddress) {
      // The reader asked for this search: load at once and show the results.
      input.value = fromAddress;
      run(search, true);
    }
  }
  return search;
}
