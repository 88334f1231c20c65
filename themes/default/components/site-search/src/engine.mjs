// Loading lunr.js and the index's parts (docs/design/search-shards.md).
// Nothing is fetched until the reader focuses or types in a search box: then
// lunr.js and the index's manifest; then, for each query, only the term shards
// it needs, and the fragments of the results shown. Every file is a classic
// <script> that hands its data to window.SiteGenSearchParts, which works over
// http(s) and from file:// alike, under a Content-Security-Policy of
// default-src 'self'.

import { partialIndex } from './index-parts.mjs';

// What every search box on the page shares.
export var engine = {
  state: 'idle', // idle | loading | ready (lunr.js and the manifest)
  waiting: [],
  scripts: [],
  manifest: null,
  base: '', // the manifest's folder: the parts' addresses start with it
  shards: {}, // shard number -> its entries
  shardCount: 0,
  pages: {}, // document id -> { ref, title, summary, section, audienceLabels, text }
  terms: null, // every term, sorted (only for fuzzy and leading-wildcard queries)
  titles: null, // every document's title, by id (only for stop-word queries)
  index: null, // lunr's index of the shards loaded so far
  indexShards: -1,
  everyDocIndex: null,
  stale: false, // a part came from another build than the manifest
  bust: '',
  audiences: null,
  abbreviations: null,
  stems: {}
};

var pending = {}; // part -> callbacks waiting for it

// A manifest that came before this script (search-loader.mjs asks for it at
// the same time).
var early = window.SiteGenSearchParts && window.SiteGenSearchParts.early;

// The parts call these as they load (scripts run before their onload).
window.SiteGenSearchParts = {
  manifest: function (manifest) {
    engine.received = manifest;
  },
  shard: function (build, number, entries) {
    if (!fromThisBuild(build)) {
      return;
    }
    if (!engine.shards[number]) {
      engine.shardCount += 1;
    }
    engine.shards[number] = entries;
  },
  page: function (id, fragment) {
    engine.pages[id] = fragment;
  },
  terms: function (build, terms) {
    if (fromThisBuild(build)) {
      engine.terms = terms;
    }
  },
  titles: function (build, titles) {
    if (fromThisBuild(build)) {
      engine.titles = titles;
    }
  }
};

// A browser that kept an old manifest asks for an old build's parts and gets
// the new ones: never mix them (term numbers differ), load the manifest anew.
function fromThisBuild(build) {
  if (engine.manifest && build === engine.manifest.build) {
    return true;
  }
  engine.stale = true;
  return false;
}

if (early) {
  engine.received = early;
}

// The same script asked for already by search-loader.mjs: wait for it
// rather than ask again. Null when there is none, or it failed.
function earlyScript(src) {
  var scripts = document.querySelectorAll('script[data-search-early]');
  for (var i = 0; i < scripts.length; i++) {
    if (scripts[i].getAttribute('src') === src && scripts[i].getAttribute('data-search-early')) {
      return scripts[i];
    }
  }
  return null;
}

function addScript(src, isThere, done) {
  if (isThere()) {
    done(true);
    return;
  }
  var asked = earlyScript(src);
  if (asked && asked.getAttribute('data-search-early') === 'loaded') {
    done(true);
    return;
  }
  if (asked) {
    asked.addEventListener('load', function () {
      done(true);
    });
    asked.addEventListener('error', function () {
      done(false);
    });
    engine.scripts.push(asked);
    return;
  }
  var script = document.createElement('script');
  script.src = src;
  script.async = true;
  script.onload = function () {
    done(true);
  };
  script.onerror = function () {
    done(false);
  };
  engine.scripts.push(script);
  (document.head || document.documentElement).appendChild(script);
}

function finishLoading(loaded, manifestUrl) {
  var manifest = engine.received;
  var ok = loaded && !!window.lunr && !!manifest && manifest.v === 1;
  if (ok) {
    engine.manifest = manifest;
    engine.base = manifestUrl.replace(/[?#].*$/, '').replace(/[^\/]*$/, '');
    engine.abbreviations = manifest.abbreviations || {};
    // The site's audiences in site.yaml's order, for the search page's filters.
    engine.audiences = (manifest.audiences || []).map(function (audience) {
      return { id: audience.id, label: audience.title };
    });
    engine.state = 'ready';
  } else {
    // Let the next keystroke try again.
    engine.state = 'idle';
    engine.received = null;
    for (var i = 0; i < engine.scripts.length; i++) {
      if (engine.scripts[i].parentNode) {
        engine.scripts[i].parentNode.removeChild(engine.scripts[i]);
      }
    }
    engine.scripts = [];
  }
  var waiting = engine.waiting;
  engine.waiting = [];
  for (var j = 0; j < waiting.length; j++) {
    waiting[j](ok);
  }
}

// Calls back with true when lunr and the manifest are ready, false if either
// could not be loaded. The form names both files (data-search-lunr,
// data-search-index), relative to its page.
export function loadEngine(form, callback) {
  if (engine.state === 'ready') {
    if (callback) {
      callback(true);
    }
    return;
  }
  if (callback) {
    engine.waiting.push(callback);
  }
  if (engine.state === 'loading') {
    return;
  }
  engine.state = 'loading';
  var manifestUrl = form.getAttribute('data-search-index');
  var pendingFiles = 2;
  var allLoaded = true;
  var settle = function (loaded) {
    allLoaded = allLoaded && loaded;
    pendingFiles -= 1;
    if (pendingFiles === 0) {
      finishLoading(allLoaded, manifestUrl);
    }
  };
  // Both load in parallel: the manifest only hands over its data.
  addScript(form.getAttribute('data-search-lunr'), function () {
    return !!window.lunr;
  }, settle);
  addScript(manifestUrl + (engine.bust ? '?fresh=' + engine.bust : ''), function () {
    return !!engine.received;
  }, settle);
}

// Forgets the manifest and every part, so that the next search starts again
// from a fresh manifest (after a part from another build came).
export function restart() {
  engine.state = 'idle';
  engine.received = null;
  engine.stale = false;
  engine.bust = String(new Date().getTime());
  engine.manifest = null;
  engine.shards = {};
  engine.shardCount = 0;
  engine.pages = {};
  engine.terms = null;
  engine.titles = null;
  engine.index = null;
  engine.indexShards = -1;
  engine.everyDocIndex = null;
}

function isLoaded(part) {
  var slash = part.indexOf('/');
  if (slash === -1) {
    return !!engine[part];
  }
  var store = part.charAt(0) === 't' ? engine.shards : engine.pages;
  return !!store[part.slice(slash + 1)];
}

// Loads one part ("t/3", "p/17", "terms", "titles") as a script; its element
// goes once its data is in. The parts of a build never change: the build's
// name in the address keeps a cache from mixing two builds.
export function loadPart(part, done) {
  if (!engine.manifest) {
    done(false); // the engine started again meanwhile
    return;
  }
  var script = document.createElement('script');
  script.src = engine.base + part + '.js?v=' + engine.manifest.build;
  script.async = true;
  var settle = function (ok) {
    if (script.parentNode) {
      script.parentNode.removeChild(script);
    }
    done(ok);
  };
  script.onload = function () {
    settle(true);
  };
  script.onerror = function () {
    settle(false);
  };
  (document.head || document.documentElement).appendChild(script);
}

// Calls back with true once every part named is in, false if any could not be
// loaded (the next search tries it again). Parts load in parallel, each once.
export function need(parts, done) {
  var left = parts.length;
  var allIn = true;
  var one = function (ok) {
    allIn = allIn && ok;
    left -= 1;
    if (left === 0) {
      done(allIn);
    }
  };
  if (!left) {
    done(true);
    return;
  }
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (isLoaded(part)) {
      one(true);
    } else if (pending[part]) {
      pending[part].push(one);
    } else {
      pending[part] = [one];
      engine.loadPart(part, arrived(part));
    }
  }
}

function arrived(part) {
  return function (ok) {
    var waiting = pending[part];
    delete pending[part];
    for (var i = 0; i < waiting.length; i++) {
      waiting[i](ok && isLoaded(part));
    }
  };
}

engine.loadPart = loadPart;

// The lunr index of the shards loaded so far; everyDoc gives every document
// an (empty) vector, which only a query of prohibited terms alone needs.
export function currentIndex(everyDoc) {
  if (everyDoc) {
    if (!engine.everyDocIndex || engine.everyDocIndex.shards !== engine.shardCount) {
      engine.everyDocIndex = { shards: engine.shardCount, index: partialIndex(window.lunr, engine.manifest, engine.shards, true) };
    }
    return engine.everyDocIndex.index;
  }
  if (engine.indexShards !== engine.shardCount) {
    engine.index = partialIndex(window.lunr, engine.manifest, engine.shards, false);
    engine.indexShards = engine.shardCount;
  }
  return engine.index;
}
