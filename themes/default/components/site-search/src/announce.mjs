// What a screen reader hears: the number of results, in a polite live region
// that is in the page from the start, and empty.

import { joinOr, midSentence } from './util.mjs';
import { format } from './words.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

var STATUS_DELAY = 500; // ms after results appear while typing before the count is announced

// The live region for the input with the id.
export function createStatus(id) {
  var status = el('p', 'site-search__status');
  status.id = id + '-status';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.setAttribute('aria-atomic', 'true');
  return status;
}

// "No results for signs", "3 results for signs, for parents and carers or
// young people": chosen is the audiences ticked ({ label }).
export function resultsText(words, count, query, chosen) {
  var labels = [];
  for (var i = 0; i < chosen.length; i++) {
    labels.push(words.english ? midSentence(chosen[i].label) : chosen[i].label);
  }
  var forWhom = labels.length ? format(words.resultsForWhom, { audiences: joinOr(labels, words.resultsOr) }) : '';
  var template = count === 0 ? words.resultsNone : count === 1 ? words.resultsOne : words.resultsMany;
  return format(template, { count: count, query: query }) + forWhom;
}

// now: at once (the reader pressed Enter); otherwise once the reader pauses,
// not after every letter.
export function announce(search, text, now) {
  var status = search.status;
  window.clearTimeout(search.statusTimer);
  if (now) {
    status.textContent = text;
  } else {
    search.statusTimer = window.setTimeout(function () {
      status.textContent = text;
    }, STATUS_DELAY);
  }
}

// Nothing to announce (and nothing still to come).
export function silence(search) {
  window.clearTimeout(search.statusTimer);
  search.status.textContent = '';
}
