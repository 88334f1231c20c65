// Running a search from a box: as the reader types (after a pause), on Enter,
// or from the search page's address (?q=); loading the engine first when it
// is not there yet, and showing the results, a message, or an error.

import { announce, resultsText, silence } from './announce.mjs';
import { format } from './words.mjs';
import { engine, loadEngine, need, restart } from './engine.mjs';
import { buildFilters, selectedAudiences, visibleResults } from './filters.mjs';
import { close, open } from './header-list.mjs';
import { prepare, runQuery } from './query.mjs';
import { HEADER_LIMIT, renderHeader, renderPage } from './results.mjs';
import { clear, normalise } from './util.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

var TYPING_DELAY = 150; // ms after the last keystroke before searching
var LOADING_DELAY = 400; // ms before "Loading search" is shown
var MIN_LENGTH = 2; // characters typed before results appear as you type
var PAGE_SIZE = 10; // results the search page shows at first, and adds each time

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
// once, whatever the length); otherwise results as you type. The engine,
// then the parts of the index the query needs, load first (once each).
export function run(search, now, retried) {
  var query = normalise(search.input.value);
  var sequence = (search.sequence || 0) + 1;
  search.sequence = sequence;
  if (!query || (!now && query.length < MIN_LENGTH)) {
    search.query = '';
    search.found = null;
    reset(search);
    return;
  }
  // A later search, or the reader typing on, makes this one's answer old.
  var current = function () {
    return search.sequence === sequence && normalise(search.input.value) === query;
  };
  var failed = function () {
    search.busy = false;
    if (engine.stale && !retried) {
      restart(); // a part of another build came: start again from a fresh manifest
      run(search, now, true);
    } else {
      showError(search);
    }
  };
  search.busy = true;
  showLoading(search);
  load(search, function (ok) {
    if (!current()) {
      return;
    }
    if (!ok) {
      failed();
      return;
    }
    prepare(query, function (ready) {
      if (!current()) {
        return;
      }
      if (!ready) {
        failed();
        return;
      }
      search.query = query;
      search.found = runQuery(query);
      search.limit = PAGE_SIZE;
      render(search, now);
    });
  });
}

// Shows the last answer (again, when a filter changes, or with more results)
// once the fragments of the results shown are in, and announces its count.
// more: the reader asked for more results; focus goes to the first of them.
export function render(search, now, more) {
  if (!search.found) {
    return;
  }
  var chosen = selectedAudiences(search);
  var shown = visibleResults(search, chosen);
  var first = shown.slice(0, search.mode === 'page' ? search.limit : HEADER_LIMIT);
  var parts = [];
  for (var i = 0; i < first.length; i++) {
    parts.push('p/' + first[i].result.ref);
  }
  var sequence = (search.renderSequence || 0) + 1;
  search.renderSequence = sequence;
  search.busy = true;
  showLoading(search);
  need(parts, function (ok) {
    if (search.renderSequence !== sequence) {
      return;
    }
    search.busy = false;
    window.clearTimeout(search.loadingTimer);
    if (!ok) {
      showError(search);
      return;
    }
    for (var f = 0; f < first.length; f++) {
      first[f].doc = engine.pages[first[f].result.ref];
    }
    var text = resultsText(search.words, shown.length, search.query, chosen);
    if (search.mode === 'page') {
      var items = renderPage(search, first, shown.length, chosen.length > 0, function () {
        search.limit += PAGE_SIZE;
        render(search, true, true);
      });
      if (more && items.length > search.limit - PAGE_SIZE) {
        var link = items[search.limit - PAGE_SIZE].querySelector('a');
        link.focus();
        text = format(search.words.resultsShowing, { shown: items.length, text: search.words.english ? text.charAt(0).toLowerCase() + text.slice(1) : text });
      }
    } else {
      renderHeader(search, first, shown.length);
      open(search);
      if (search.panel.hidden) {
        return; // the reader has left the box: nothing to announce
      }
    }
    announce(search, text, now);
  });
}

function reset(search) {
  search.busy = false;
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

// "Loading search…" when the engine or a part is slow to come.
function showLoading(search) {
  window.clearTimeout(search.loadingTimer);
  search.loadingTimer = window.setTimeout(function () {
    if (search.busy) {
      showMessage(search, el('p', 'site-search__message', search.words.loading));
    }
  }, LOADING_DELAY);
}

function showError(search) {
  var message = el('p', 'site-search__message site-search__message--error', search.words.notWorking);
  if (search.help) {
    var help = el('a', 'site-search__help', search.words.findHelp);
    help.href = search.help;
    message.appendChild(help);
    message.appendChild(document.createTextNode('.'));
  } else {
    message.appendChild(document.createTextNode(search.words.tryLater));
  }
  search.found = null;
  window.clearTimeout(search.loadingTimer);
  showMessage(search, message);
  announce(search, search.words.notWorkingShort, true);
}
