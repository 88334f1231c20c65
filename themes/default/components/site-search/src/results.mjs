// The results as the reader sees them: each a link to its page, its section
// and audiences, and an excerpt; in the header's list (the top few, and a link
// to all of them on the search page) or on the search page; or a message when
// nothing matches. Built as DOM nodes with their text set as text.

import { excerpt } from './excerpt.mjs';
import { stemOf } from './query.mjs';
import { clear, hasOwn, midSentence } from './util.mjs';
import { format } from './words.mjs';
import { visibleResults } from './filters.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

export var HEADER_LIMIT = 5; // results in the header list
var EXCERPT_WORDS = { header: 18, page: 36 };

// A result's address from this page (index.html added in a build for disk).
function url(search, ref) {
  return search.root + ref + (search.forDisk ? 'index.html' : '');
}

// The search page with this query.
function searchPageUrl(search) {
  var action = search.form.getAttribute('action') || '';
  return action + (action.indexOf('?') === -1 ? '?' : '&') + 'q=' +
    encodeURIComponent(search.query).replace(/%20/g, '+');
}

function resultItem(search, entry, titleTag, excerptWords) {
  var doc = entry.doc;
  var item = el('li', 'site-search__result');
  var link = el('a', 'site-search__link', doc.title || doc.ref || '/');
  link.href = url(search, doc.ref);
  if (titleTag) {
    var heading = el(titleTag, 'site-search__title');
    heading.appendChild(link);
    item.appendChild(heading);
  } else {
    item.appendChild(link);
  }

  var meta = el('p', 'site-search__meta');
  var parts = [];
  if (doc.section && doc.section !== doc.title) {
    parts.push(doc.section);
  }
  var labels = doc.audienceLabels || [];
  if (labels.length) {
    var who = [labels[0]];
    for (var i = 1; i < labels.length; i++) {
      who.push(search.words.english ? midSentence(labels[i]) : labels[i]);
    }
    parts.push(who.join(', '));
  }
  for (var p = 0; p < parts.length; p++) {
    if (p > 0) {
      var separator = el('span', 'site-search__separator', ' \u00b7 ');
      separator.setAttribute('aria-hidden', 'true');
      meta.appendChild(separator);
    }
    meta.appendChild(el('span', p === 0 && doc.section && doc.section !== doc.title ?
      'site-search__section' : 'site-search__audiences', parts[p]));
  }
  if (parts.length) {
    item.appendChild(meta);
  }

  var words = search.found.words;
  var matched = {};
  var metadata = entry.result.matchData && entry.result.matchData.metadata;
  for (var term in metadata) {
    if (hasOwn.call(metadata, term)) {
      matched[term] = true;
    }
  }
  for (var w = 0; w < words.length; w++) {
    matched[stemOf(words[w])] = true;
  }
  var prefix = words.length ? words[words.length - 1] : '';
  var text = excerpt(doc.text || '', matched, prefix, excerptWords);
  if (!text && doc.summary) {
    text = el('p', 'site-search__excerpt', doc.summary);
  }
  if (text) {
    item.appendChild(text);
  }
  return item;
}

// filtered: there are results, but none for the audiences ticked.
function noResults(search, filtered) {
  var message = el('p', 'site-search__message');
  var words = search.words;
  message.appendChild(document.createTextNode(format(filtered ? words.noMatchFiltered : words.noMatch, { query: search.query })));
  if (search.help) {
    message.appendChild(document.createTextNode(words.worried));
    var help = el('a', 'site-search__help', words.findHelp);
    help.href = search.help;
    message.appendChild(help);
    message.appendChild(document.createTextNode('.'));
  }
  return message;
}

// first: the results with their fragments, best first (the top few); total:
// how many there are.
export function renderHeader(search, first, total) {
  var panel = search.panel;
  clear(panel);
  if (!first.length) {
    panel.appendChild(noResults(search, false));
    return;
  }
  var list = el('ul', 'site-search__results');
  list.setAttribute('aria-label', search.words.resultsLabel);
  for (var i = 0; i < first.length && i < HEADER_LIMIT; i++) {
    list.appendChild(resultItem(search, first[i], null, EXCERPT_WORDS.header));
  }
  panel.appendChild(list);
  var all = el('p', 'site-search__all');
  var link = el('a', 'site-search__all-link', total === 1 ? search.words.showThisResult :
    format(search.words.seeAll, { count: total, query: search.query }));
  link.href = searchPageUrl(search);
  all.appendChild(link);
  panel.appendChild(all);
}

// The search page's list: the first results (with their fragments) of total,
// and, while there are more, how many are shown and a button for more.
// Returns the list's items.
export function renderPage(search, first, total, filtered, showMore) {
  var results = search.results;
  clear(results);
  if (!first.length) {
    results.appendChild(noResults(search, filtered && visibleResults(search, []).length > 0));
    return [];
  }
  var list = el('ol', 'site-search__results site-search__results--page');
  var items = [];
  for (var i = 0; i < first.length; i++) {
    items.push(list.appendChild(resultItem(search, first[i], 'h2', EXCERPT_WORDS.page)));
  }
  results.appendChild(list);
  if (first.length < total) {
    results.appendChild(el('p', 'site-search__count', format(search.words.showingOfTotal, { shown: first.length, total: total })));
    var more = el('button', 'button button--secondary site-search__more', search.words.showMore);
    more.type = 'button';
    more.addEventListener('click', showMore);
    results.appendChild(more);
  }
  return items;
}

