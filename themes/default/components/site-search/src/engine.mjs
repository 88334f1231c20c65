// Loading lunr.js and the index, once per page. Nothing is fetched until the
// reader focuses or types in a search box: then both are added as classic
// <script> elements, which works over http(s) and from file:// alike, under a
// Content-Security-Policy of default-src 'self'.

// What every search box on the page shares.
export var engine = {
  state: 'idle', // idle | loading | ready
  waiting: [],
  scripts: [],
  index: null,
  documents: null,
  audiences: null,
  abbreviations: null,
  stems: {}
};

function addScript(src, isThere, done) {
  if (isThere()) {
    done(true);
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

function finishLoading(loaded) {
  var ok = loaded && !!window.lunr && !!window.SiteGenSearch;
  if (ok) {
    try {
      engine.index = window.lunr.Index.load(window.SiteGenSearch.index);
      engine.documents = window.SiteGenSearch.documents || {};
      // Glossary abbreviations ("cse") and the words they stand for.
      engine.abbreviations = window.SiteGenSearch.abbreviations || {};
      // The site's audiences in site.yaml's order, for the search page's filters.
      engine.audiences = (window.SiteGenSearch.audiences || []).map(function (audience) {
        return { id: audience.id, label: audience.title };
      });
    } catch (e) {
      ok = false;
    }
  }
  if (ok) {
    engine.state = 'ready';
  } else {
    // Let the next focus or keystroke try again.
    engine.state = 'idle';
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

// Calls back with true when lunr and the index are ready, false if either
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
  var pending = 2;
  var allLoaded = true;
  var settle = function (loaded) {
    allLoaded = allLoaded && loaded;
    pending -= 1;
    if (pending === 0) {
      finishLoading(allLoaded);
    }
  };
  // Both load in parallel: the index script only sets a variable.
  addScript(form.getAttribute('data-search-lunr'), function () {
    return !!window.lunr;
  }, settle);
  addScript(form.getAttribute('data-search-index'), function () {
    return !!window.SiteGenSearch;
  }, settle);
}
