/*
 * Loads the site search's script (assets/sitegen-search.js, built from
 * site-search.mjs) the first time a reader types in a search box (a key, or
 * text pasted in). Every page has the header's box, few readers use it, and
 * the search script is the largest the site has, so a page loads only this;
 * a reader who only tabs through the box loads nothing.
 *
 * The search page loads the search script itself (it searches ?q= at once).
 * If the script cannot load, the box is still a form that goes to the search
 * page; the next focus tries again.
 */

var loading = false;

// Adds a classic script; data-search-early tells the search script it is on
// its way ("loading"), in ("loaded") or failed, so it does not ask twice.
function add(src, early) {
  var script = document.createElement('script');
  script.src = src;
  script.async = true;
  script.setAttribute('data-search-early', early ? 'loading' : '');
  script.onload = function () {
    script.setAttribute('data-search-early', 'loaded');
  };
  script.onerror = function () {
    loading = false;
    if (script.parentNode) {
      script.parentNode.removeChild(script);
    }
  };
  (document.head || document.documentElement).appendChild(script);
}

function typeInBox(event) {
  var input = event.target;
  var form = input && input.form;
  if (loading || window.SiteGenSiteSearch || !form || input.name !== 'q' ||
      form.getAttribute('data-module') !== 'site-search') {
    return;
  }
  var src = form.getAttribute('data-search-script');
  if (!src) {
    return;
  }
  loading = true;
  add(src, false);
  // lunr.js and the index's manifest come at the same time as the search
  // script, not after it: one round trip less on a slow connection.
  if (form.getAttribute('data-search-lunr') && form.getAttribute('data-search-index')) {
    add(form.getAttribute('data-search-lunr'), true);
    add(form.getAttribute('data-search-index'), true);
  }
}

// A manifest that comes before the search script (asked for with it, here
// or by the search page) waits here until the search script takes it.
if (!window.SiteGenSearchParts) {
  window.SiteGenSearchParts = {
    manifest: function (manifest) {
      window.SiteGenSearchParts.early = manifest;
    }
  };
}

document.addEventListener('keydown', typeInBox);
document.addEventListener('input', typeInBox);
