/*
 * Site search (see README.md for the contract).
 *
 * One script for every form[data-module="site-search"] on the page:
 *   - the header box: results as you type in a list under the box (top 5 and
 *     a link to all results), Down/Up/Escape to move through it;
 *   - the search page's form (it has data-search-results): reads ?q=, shows
 *     every result, and filters them by audience.
 *
 * This module finds the forms; the rest is in src/, one concept a module:
 * the box (search-box), running a search (searching), loading lunr.js and the
 * index's parts (engine, index-parts), the query and the parts it needs
 * (query), results (results, excerpt), the header's
 * list (header-list), the page's filters (filters) and what a screen reader
 * hears (announce). esbuild builds it into site-search.js, a classic script
 * (pages opened from disk cannot load modules).
 *
 * This script itself is loaded by search-loader.mjs when the reader first
 * comes to a search box (the search page loads it at once). Nothing else is
 * fetched until the reader focuses or types in a search box: then lunr.js and
 * the index's manifest (search/manifest.js), and for each query only the term
 * shards it needs and the fragments of the results shown, all as classic
 * <script> elements, which works over http(s) and from file:// alike, under a
 * Content-Security-Policy of default-src 'self'.
 *
 * ES5 syntax apart from import and export. No innerHTML: results are built as
 * DOM nodes with their text set through textContent. No inline styles:
 * classes and the hidden attribute only.
 */

import { initSearchBox } from './src/search-box.mjs';

// Other pages load this script when a reader first comes to a search box
// (search-loader.mjs, in the main bundle), which then needs it no more.
window.SiteGenSiteSearch = true;

function initAll() {
  var forms = document.querySelectorAll('form[data-module="site-search"]');
  for (var i = 0; i < forms.length; i++) {
    var form = forms[i];
    if (form.getAttribute('data-site-search-init') || !form.querySelector('input[name="q"]')) {
      continue;
    }
    form.setAttribute('data-site-search-init', 'true');
    initSearchBox(form);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', initAll);
} else {
  initAll();
}
