/*
 * Site search (see README.md for the contract).
 *
 * One script for every form[data-module="site-search"] on the page:
 *   - the header box: results as you type in a list under the box (top 5 and
 *     a link to all results), Down/Up/Escape to move through it;
 *   - the search page's form (it has data-search-results): reads ?q=, shows
 *     every result, and filters them by audience.
 *
 * Nothing is fetched until the reader focuses or types in a search box: then
 * lunr.js and search/index.js are added as classic <script> elements (once per
 * page), which works over http(s) and from file:// alike, under a
 * Content-Security-Policy of default-src 'self'.
 *
 * Classic script, an IIFE, ES5 only. No innerHTML: results are built as DOM
 * nodes with their text set through textContent. No inline styles: classes
 * and the hidden attribute only.
 */
(function () {
  'use strict';

  // Shared helpers (components/common).
  var dom = window.SiteGenDom;
  var el = dom.el;

  var TYPING_DELAY = 150; // ms after the last keystroke before searching
  var STATUS_DELAY = 500; // ms more before the count is announced while typing
  var LOADING_DELAY = 400; // ms before "Loading search" is shown
  var HEADER_LIMIT = 5; // results in the header list
  var MIN_LENGTH = 2; // characters typed before results appear as you type
  var KNOWN_WORD_PREFIX_BOOST = 0.02; // see buildQuery
  var EXCERPT_WORDS = { header: 18, page: 36 };
  var EXCERPT_LEAD = 4; // words shown before the first marked word

  // lunr's own query syntax: a field (title:), a wildcard (*), fuzziness (~),
  // a boost (^), or a term that must (+) or must not (-) be there.
  var LUNR_SYNTAX = /[:*~^]|(^|\s)[+\-]\S/;

  var hasOwn = Object.prototype.hasOwnProperty;

  // ---- Loading lunr.js and the index (once per page) ------------------------

  var engine = {
    state: 'idle', // idle | loading | ready
    waiting: [],
    scripts: [],
    index: null,
    documents: null,
    audiences: null,
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
  // could not be loaded.
  function loadEngine(form, callback) {
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

  // ---- Queries --------------------------------------------------------------

  function stemOf(word) {
    if (!hasOwn.call(engine.stems, word)) {
      engine.stems[word] = window.lunr.stemmer(new window.lunr.Token(word)).toString();
    }
    return engine.stems[word];
  }

  function isIndexTerm(term) {
    return hasOwn.call(engine.index.invertedIndex, term);
  }

  // The words of a query as the index has them: lower case, split on spaces
  // and hyphens (lunr.tokenizer), punctuation trimmed (lunr.trimmer), and
  // lunr's English stop words dropped (lunr.stopWordFilter), so "what is
  // grooming?" searches for "grooming".
  function queryWords(raw) {
    var lunr = window.lunr;
    var tokens = lunr.tokenizer(raw);
    var words = [];
    for (var i = 0; i < tokens.length; i++) {
      var token = lunr.trimmer(tokens[i]);
      if (token && token.toString() && lunr.stopWordFilter(token)) {
        words.push(token.toString());
      }
    }
    return words;
  }

  function anyTermStartsWith(prefix) {
    var terms = engine.index.invertedIndex;
    for (var term in terms) {
      if (hasOwn.call(terms, term) && term.lastIndexOf(prefix, 0) === 0) {
        return true;
      }
    }
    return false;
  }

  // A word half typed past its stem ("missi" on the way to "missing", which
  // the index holds as "miss") matches no index term as a prefix; the longest
  // index term it starts with (at most 5 letters shorter) stands in for it.
  function stemBefore(word) {
    for (var length = word.length - 1; length >= Math.max(3, word.length - 5); length--) {
      if (isIndexTerm(word.slice(0, length))) {
        return word.slice(0, length);
      }
    }
    return null;
  }

  // Each word is searched as typed, through lunr's stemmer ("groomed" finds
  // "grooming"). The last word is also searched as a prefix, as it may not be
  // finished ("miss" finds "missing"). When the last word already is a word of
  // the index ("sign"), its prefix matches only add the long tail, so they
  // count for little and pages with the word itself stay first.
  function buildQuery(words) {
    var lunr = window.lunr;
    return function (query) {
      for (var i = 0; i < words.length; i++) {
        var word = words[i];
        query.term(word, { usePipeline: true });
        // An abbreviation also finds pages that spell it out: "what is cse?"
        // finds "What is child sexual exploitation?".
        if (hasOwn.call(engine.abbreviations, word)) {
          var spelledOut = queryWords(engine.abbreviations[word]);
          for (var s = 0; s < spelledOut.length; s++) {
            query.term(spelledOut[s], { usePipeline: true });
          }
        }
        if (i === words.length - 1) {
          var known = isIndexTerm(stemOf(word));
          query.term(word, {
            usePipeline: false,
            wildcard: lunr.Query.wildcard.TRAILING,
            boost: known ? KNOWN_WORD_PREFIX_BOOST : 1
          });
          if (!known && !anyTermStartsWith(word)) {
            var stem = stemBefore(word);
            if (stem) {
              query.term(stem, { usePipeline: false });
            }
          }
        }
      }
    };
  }

  // A query of stop words only ("what to do") has nothing to ask the index
  // (it leaves stop words out): look for it as a phrase in page titles
  // instead, titles that start with it first.
  function titlesWith(raw) {
    var phrase = normalise(raw.toLowerCase().replace(/[^\w\s'\u2019-]+/g, ' '));
    var starts = [];
    var contains = [];
    if (phrase.length < 2) {
      return [];
    }
    var documents = engine.documents;
    for (var ref in documents) {
      if (hasOwn.call(documents, ref)) {
        var at = (documents[ref].title || '').toLowerCase().indexOf(phrase);
        if (at !== -1) {
          (at === 0 ? starts : contains).push({ ref: ref, score: 0, matchData: { metadata: {} } });
        }
      }
    }
    return starts.concat(contains);
  }

  // Returns { results: [lunr results, best first], words: [query words] }.
  function runQuery(raw) {
    if (LUNR_SYNTAX.test(raw)) {
      try {
        return { results: engine.index.search(raw), words: [] };
      } catch (e) {
        // Not valid lunr syntax after all ("time: 5pm", "a+"): search the words.
      }
    }
    var words = queryWords(raw);
    if (!words.length) {
      return { results: titlesWith(raw), words: words };
    }
    try {
      return { results: engine.index.query(buildQuery(words)), words: words };
    } catch (e) {
      return { results: [], words: words };
    }
  }

  // ---- Small DOM helpers ----------------------------------------------------

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  }

  // "For parents and carers" -> "for parents and carers", for use mid-sentence
  // (left alone when the second letter is a capital too: "NHS staff").
  function midSentence(text) {
    if (text.length > 1 && text.charAt(1) === text.charAt(1).toLowerCase()) {
      return text.charAt(0).toLowerCase() + text.slice(1);
    }
    return text;
  }

  // "For parents and carers" -> "Parents and carers": the checkbox labels sit
  // under the legend "Show results for".
  function filterLabel(label) {
    var rest = label.replace(/^for\s+/i, '');
    return rest.charAt(0).toUpperCase() + rest.slice(1);
  }

  function joinOr(items) {
    if (items.length < 2) {
      return items.join('');
    }
    return items.slice(0, -1).join(', ') + ' or ' + items[items.length - 1];
  }

  function normalise(raw) {
    return raw.replace(/\s+/g, ' ').replace(/^ | $/g, '');
  }

  // ---- Excerpts -------------------------------------------------------------

  // The words of the text to mark: those whose stem (as the index has it) is a
  // term the result matched, or that start with the last query word.
  function excerpt(text, matchedTerms, prefix, size) {
    var words = [];
    var chunk = /[^\s\-]+/g;
    var found;
    var lead;
    var trail;
    while ((found = chunk.exec(text)) !== null) {
      lead = /^\W*/.exec(found[0])[0].length;
      trail = /\W*$/.exec(found[0].slice(lead))[0].length;
      var start = found.index + lead;
      var end = found.index + found[0].length - trail;
      var core = text.slice(start, end).toLowerCase();
      var marked = false;
      if (core) {
        var stem = stemOf(core);
        marked = hasOwn.call(matchedTerms, stem) || hasOwn.call(matchedTerms, core) ||
          (prefix.length > 2 && core.lastIndexOf(prefix, 0) === 0);
      }
      words.push({
        from: found.index,
        to: found.index + found[0].length,
        start: start,
        end: end,
        key: marked ? stemOf(core) : null,
        sentenceEnd: /[.!?]["'\u2019\u201d)]*$/.test(found[0])
      });
    }
    if (!words.length) {
      return null;
    }

    // The window of `size` words with the most different marked words (then
    // the most marked words), starting a few words before a marked word.
    var best = 0;
    var bestScore = -1;
    for (var i = 0; i < words.length; i++) {
      if (!words[i].key) {
        continue;
      }
      var from = Math.max(0, i - EXCERPT_LEAD);
      for (var back = i - 1; back >= from; back--) {
        if (words[back].sentenceEnd) {
          from = back + 1; // start at the sentence
          break;
        }
      }
      var seen = {};
      var distinct = 0;
      var count = 0;
      for (var j = from; j < Math.min(words.length, from + size); j++) {
        if (words[j].key) {
          count += 1;
          if (!hasOwn.call(seen, words[j].key)) {
            seen[words[j].key] = true;
            distinct += 1;
          }
        }
      }
      var score = distinct * 1000 + count;
      if (score > bestScore) {
        bestScore = score;
        best = from;
      }
    }

    if (bestScore < 0) {
      return null; // the match is in the title or tags: the caller shows the summary instead
    }

    var last = Math.min(words.length, best + size) - 1;
    var node = el('p', 'site-search__excerpt');
    if (best > 0) {
      node.appendChild(document.createTextNode('\u2026 '));
    }
    var at = words[best].from;
    for (var k = best; k <= last; k++) {
      var word = words[k];
      if (word.key && word.end > word.start) {
        node.appendChild(document.createTextNode(text.slice(at, word.start)));
        node.appendChild(el('mark', 'site-search__mark', text.slice(word.start, word.end)));
        at = word.end;
      }
    }
    node.appendChild(document.createTextNode(text.slice(at, words[last].to)));
    if (last < words.length - 1) {
      node.appendChild(document.createTextNode(' \u2026'));
    }
    return node;
  }

  // ---- One search box ---------------------------------------------------------

  var counter = 0;

  function SiteSearch(form) {
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.root = form.getAttribute('data-search-root') || '';
    this.forDisk = form.getAttribute('data-search-for-disk') === 'true';
    this.help = form.getAttribute('data-search-help');
    var resultsId = form.getAttribute('data-search-results');
    this.container = resultsId ? document.getElementById(resultsId) : null;
    this.mode = this.container ? 'page' : 'header';
    var filtersId = form.getAttribute('data-search-filters');
    this.filters = filtersId ? document.getElementById(filtersId) : null;
    this.query = '';
    this.found = null; // the last lunr answer
    this.typingTimer = null;
    this.statusTimer = null;
    this.loadingTimer = null;
    this.pointerInside = false;
  }

  SiteSearch.prototype.init = function () {
    var self = this;
    var form = this.form;
    var input = this.input;
    counter += 1;
    if (!input.id) {
      input.id = 'site-search-' + counter;
    }
    var id = input.id;

    // The live region: in the page from the start, and empty.
    this.status = el('p', 'site-search__status');
    this.status.id = id + '-status';
    this.status.setAttribute('role', 'status');
    this.status.setAttribute('aria-live', 'polite');
    this.status.setAttribute('aria-atomic', 'true');

    if (this.mode === 'page') {
      this.status.className += ' site-search__status--page';
      clear(this.container);
      this.container.appendChild(this.status);
      this.results = el('div', 'site-search__page-results');
      this.container.appendChild(this.results);
    } else {
      this.status.className += ' visually-hidden';
      form.appendChild(this.status);
      var hint = el('span', 'visually-hidden',
        'Results appear under the box as you type. Press the down arrow to go to them.');
      hint.id = id + '-hint';
      form.appendChild(hint);
      var describedBy = input.getAttribute('aria-describedby');
      input.setAttribute('aria-describedby', (describedBy ? describedBy + ' ' : '') + hint.id);
      this.panel = el('div', 'site-search__panel');
      this.panel.id = id + '-results';
      this.panel.hidden = true;
      form.appendChild(this.panel);
      input.setAttribute('aria-controls', this.panel.id);
    }

    var start = function () {
      self.load();
    };
    input.addEventListener('focus', start);
    input.addEventListener('keydown', start);
    input.addEventListener('input', function () {
      self.typed();
    });
    form.addEventListener('submit', function (event) {
      self.submitted(event);
    });

    if (this.mode === 'header') {
      input.addEventListener('keydown', function (event) {
        self.inputKeydown(event);
      });
      input.addEventListener('click', function () {
        if (self.panel.hidden && self.found && normalise(input.value) === self.query) {
          self.open();
        }
      });
      this.panel.addEventListener('keydown', function (event) {
        self.panelKeydown(event);
      });
      // A press inside the list must not close it (some browsers do not focus
      // links on click, so the box loses focus to nothing).
      this.panel.addEventListener('mousedown', function () {
        self.pointerInside = true;
      });
      document.addEventListener('mouseup', function () {
        window.setTimeout(function () {
          self.pointerInside = false;
        }, 0);
      });
      form.addEventListener('focusout', function () {
        window.setTimeout(function () {
          if (!self.pointerInside && !form.contains(document.activeElement)) {
            self.close();
          }
        }, 0);
      });
      document.addEventListener('mousedown', function (event) {
        if (!form.contains(event.target)) {
          self.close();
        }
      });
    } else {
      if (this.filters) {
        this.filters.addEventListener('change', function () {
          self.render(true);
        });
        this.showRenderedFilters();
      }
      var fromAddress = this.addressQuery();
      if (fromAddress) {
        // The reader asked for this search: load at once and show the results.
        input.value = fromAddress;
        this.search(true);
      }
    }
  };

  SiteSearch.prototype.addressQuery = function () {
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
  };

  SiteSearch.prototype.load = function (callback) {
    var self = this;
    loadEngine(this.form, function (ok) {
      if (ok && self.mode === 'page') {
        self.buildFilters();
      }
      if (callback) {
        callback(ok);
      }
    });
  };

  SiteSearch.prototype.typed = function () {
    var self = this;
    window.clearTimeout(this.typingTimer);
    this.typingTimer = window.setTimeout(function () {
      self.search(false);
    }, TYPING_DELAY);
  };

  SiteSearch.prototype.submitted = function (event) {
    if (this.mode === 'header') {
      // Enter goes to the search page with ?q= (the form's own GET).
      return;
    }
    event.preventDefault();
    window.clearTimeout(this.typingTimer);
    var query = normalise(this.input.value);
    if (window.history && window.history.replaceState) {
      try {
        window.history.replaceState(null, '', window.location.pathname +
          (query ? '?q=' + encodeURIComponent(query).replace(/%20/g, '+') : ''));
      } catch (e) {
        // Some file:// set-ups refuse: the results still show.
      }
    }
    this.search(true);
  };

  // now: the reader pressed Enter, or came with ?q= (search and announce at
  // once, whatever the length); otherwise results as you type.
  SiteSearch.prototype.search = function (now) {
    var self = this;
    var query = normalise(this.input.value);
    if (!query || (!now && query.length < MIN_LENGTH)) {
      this.query = '';
      this.found = null;
      this.reset();
      return;
    }
    if (engine.state !== 'ready') {
      this.showLoading();
      this.load(function (ok) {
        window.clearTimeout(self.loadingTimer);
        if (normalise(self.input.value) !== query) {
          return; // the reader has typed on: a newer search is on its way
        }
        if (ok) {
          self.search(now);
        } else {
          self.showError();
        }
      });
      return;
    }
    window.clearTimeout(this.loadingTimer);
    this.query = query;
    this.found = runQuery(query);
    this.render(now);
  };

  // ---- Results --------------------------------------------------------------

  SiteSearch.prototype.selectedAudiences = function () {
    var chosen = [];
    if (this.filters) {
      var boxes = this.filters.querySelectorAll('input[type="checkbox"]');
      for (var i = 0; i < boxes.length; i++) {
        if (boxes[i].checked) {
          chosen.push({ id: boxes[i].value, label: boxes[i].getAttribute('data-label') });
        }
      }
    }
    return chosen;
  };

  SiteSearch.prototype.visibleResults = function (chosen) {
    var shown = [];
    var results = this.found ? this.found.results : [];
    for (var i = 0; i < results.length; i++) {
      var doc = hasOwn.call(engine.documents, results[i].ref) ? engine.documents[results[i].ref] : null;
      if (!doc) {
        continue; // in the index but not in the store: nothing to show
      }
      if (chosen.length) {
        var audiences = doc.audiences || [];
        var match = false;
        for (var j = 0; j < chosen.length && !match; j++) {
          match = audiences.indexOf(chosen[j].id) !== -1;
        }
        if (!match) {
          continue;
        }
      }
      shown.push({ result: results[i], doc: doc });
    }
    return shown;
  };

  SiteSearch.prototype.url = function (ref) {
    return this.root + ref + (this.forDisk ? 'index.html' : '');
  };

  SiteSearch.prototype.searchPageUrl = function () {
    var action = this.form.getAttribute('action') || '';
    return action + (action.indexOf('?') === -1 ? '?' : '&') + 'q=' +
      encodeURIComponent(this.query).replace(/%20/g, '+');
  };

  SiteSearch.prototype.render = function (now) {
    if (!this.found) {
      return;
    }
    var chosen = this.selectedAudiences();
    var shown = this.visibleResults(chosen);
    var labels = [];
    for (var i = 0; i < chosen.length; i++) {
      labels.push(midSentence(chosen[i].label));
    }
    var forWhom = labels.length ? ', for ' + joinOr(labels) : '';
    var text = (shown.length === 0 ? 'No results' : shown.length + (shown.length === 1 ? ' result' : ' results')) +
      ' for ' + this.query + forWhom;

    if (this.mode === 'page') {
      this.renderPage(shown, chosen.length > 0);
    } else {
      this.renderHeader(shown);
      this.open();
      if (this.panel.hidden) {
        return; // the reader has left the box: nothing to announce
      }
    }
    // While the reader types, the count is announced once they pause, not
    // after every letter.
    this.setStatus(text, now);
  };

  SiteSearch.prototype.setStatus = function (text, now) {
    var status = this.status;
    window.clearTimeout(this.statusTimer);
    if (now) {
      status.textContent = text;
    } else {
      this.statusTimer = window.setTimeout(function () {
        status.textContent = text;
      }, STATUS_DELAY);
    }
  };

  SiteSearch.prototype.resultItem = function (entry, titleTag, excerptWords) {
    var doc = entry.doc;
    var item = el('li', 'site-search__result');
    var link = el('a', 'site-search__link', doc.title || entry.result.ref || '/');
    link.href = this.url(entry.result.ref);
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
        who.push(midSentence(labels[i]));
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

    var words = this.found.words;
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
  };

  // filtered: there are results, but none for the audiences ticked.
  SiteSearch.prototype.noResults = function (filtered) {
    var message = el('p', 'site-search__message');
    message.appendChild(document.createTextNode(filtered ?
      'None of the pages for the people you chose match \u201c' + this.query + '\u201d. Tick more boxes under ' +
        '\u201cShow results for\u201d, or clear them all to see every page that matches. ' :
      'No pages match \u201c' + this.query + '\u201d. Check the spelling, or try other words. '));
    if (this.help) {
      message.appendChild(document.createTextNode('If you are worried about a child, or need to talk to someone, '));
      var help = el('a', 'site-search__help', 'find out how to get help');
      help.href = this.help;
      message.appendChild(help);
      message.appendChild(document.createTextNode('.'));
    }
    return message;
  };

  SiteSearch.prototype.renderHeader = function (shown) {
    var panel = this.panel;
    clear(panel);
    if (!shown.length) {
      panel.appendChild(this.noResults(false));
      return;
    }
    var list = el('ul', 'site-search__results');
    list.setAttribute('aria-label', 'Search results');
    for (var i = 0; i < shown.length && i < HEADER_LIMIT; i++) {
      list.appendChild(this.resultItem(shown[i], null, EXCERPT_WORDS.header));
    }
    panel.appendChild(list);
    var all = el('p', 'site-search__all');
    var link = el('a', 'site-search__all-link', shown.length === 1 ? 'Show this result on the search page' :
      'See all ' + shown.length + ' results for \u201c' + this.query + '\u201d');
    link.href = this.searchPageUrl();
    all.appendChild(link);
    panel.appendChild(all);
  };

  SiteSearch.prototype.renderPage = function (shown, filtered) {
    var results = this.results;
    clear(results);
    if (!shown.length) {
      results.appendChild(this.noResults(filtered && this.visibleResults([]).length > 0));
      return;
    }
    var list = el('ol', 'site-search__results site-search__results--page');
    for (var i = 0; i < shown.length; i++) {
      list.appendChild(this.resultItem(shown[i], 'h2', EXCERPT_WORDS.page));
    }
    results.appendChild(list);
  };

  SiteSearch.prototype.reset = function () {
    window.clearTimeout(this.statusTimer);
    window.clearTimeout(this.loadingTimer);
    this.status.textContent = '';
    if (this.mode === 'page') {
      clear(this.results);
    } else {
      clear(this.panel);
      this.close();
    }
  };

  SiteSearch.prototype.showMessage = function (message) {
    if (this.mode === 'page') {
      clear(this.results);
      this.results.appendChild(message);
    } else {
      clear(this.panel);
      this.panel.appendChild(message);
      this.open();
    }
  };

  SiteSearch.prototype.showLoading = function () {
    var self = this;
    window.clearTimeout(this.loadingTimer);
    this.loadingTimer = window.setTimeout(function () {
      if (engine.state === 'loading') {
        self.showMessage(el('p', 'site-search__message', 'Loading search\u2026'));
      }
    }, LOADING_DELAY);
  };

  SiteSearch.prototype.showError = function () {
    var message = el('p', 'site-search__message site-search__message--error',
      'Sorry, search is not working at the moment. Try again, or ');
    if (this.help) {
      var help = el('a', 'site-search__help', 'find out how to get help');
      help.href = this.help;
      message.appendChild(help);
      message.appendChild(document.createTextNode('.'));
    } else {
      message.appendChild(document.createTextNode('try again later.'));
    }
    this.found = null;
    this.showMessage(message);
    this.setStatus('Sorry, search is not working at the moment.', true);
  };

  // ---- Search page: audience filters ----------------------------------------

  // Filters the theme rendered: shown at once, so they never appear under a
  // reader later. Each box's data-label words the count ("for young people").
  SiteSearch.prototype.showRenderedFilters = function () {
    var boxes = this.filters.querySelectorAll('input[type="checkbox"]');
    if (boxes.length < 2) {
      return; // nothing to choose between (or the script builds them after loading)
    }
    for (var i = 0; i < boxes.length; i++) {
      var label = this.filters.querySelector('label[for="' + boxes[i].id + '"]');
      boxes[i].setAttribute('data-label', filterLabel(label ? label.textContent : boxes[i].value));
    }
    this.filters.hidden = false;
  };

  SiteSearch.prototype.buildFilters = function () {
    var fieldset = this.filters;
    if (!fieldset || fieldset.getAttribute('data-site-search-filled')) {
      return;
    }
    fieldset.setAttribute('data-site-search-filled', 'true');
    if (engine.audiences.length < 2) {
      return; // nothing to choose between
    }
    var options = el('div', 'site-search__filters');
    for (var a = 0; a < engine.audiences.length; a++) {
      var audience = engine.audiences[a];
      var option = el('div', 'site-search__filter');
      var box = el('input', 'site-search__checkbox');
      box.type = 'checkbox';
      box.id = fieldset.id + '-' + audience.id.replace(/[^A-Za-z0-9_\-]/g, '-');
      box.value = audience.id;
      box.setAttribute('data-label', filterLabel(audience.label));
      var label = el('label', 'site-search__checkbox-label', filterLabel(audience.label));
      label.setAttribute('for', box.id);
      option.appendChild(box);
      option.appendChild(label);
      options.appendChild(option);
    }
    fieldset.appendChild(options);
    fieldset.hidden = false;
  };

  // ---- Header list: open, close, keyboard -----------------------------------

  // Only while the reader is in the form: a search that finishes after they
  // have moved on must not open the list over where they are now.
  SiteSearch.prototype.open = function () {
    if (this.panel && this.panel.firstChild && (this.pointerInside || this.form.contains(document.activeElement))) {
      this.panel.hidden = false;
      this.form.classList.add('site-search--open');
    }
  };

  SiteSearch.prototype.close = function () {
    if (this.panel && !this.panel.hidden) {
      this.panel.hidden = true;
      this.form.classList.remove('site-search--open');
      window.clearTimeout(this.statusTimer);
      this.status.textContent = '';
    }
  };

  SiteSearch.prototype.links = function () {
    return this.panel.querySelectorAll('a[href]');
  };

  SiteSearch.prototype.inputKeydown = function (event) {
    var key = event.key;
    if (key === 'ArrowDown' || key === 'Down') {
      var query = normalise(this.input.value);
      if (!query) {
        return;
      }
      event.preventDefault();
      if (this.panel.hidden && this.found && query === this.query) {
        this.open();
      }
      var links = this.links();
      if (!this.panel.hidden && links.length) {
        links[0].focus();
      }
    } else if ((key === 'Escape' || key === 'Esc') && !this.panel.hidden) {
      // Close the list; a second Escape clears the box (the browser's own).
      event.preventDefault();
      this.close();
    }
  };

  SiteSearch.prototype.panelKeydown = function (event) {
    var key = event.key;
    var links = this.links();
    var at = -1;
    for (var i = 0; i < links.length; i++) {
      if (links[i] === document.activeElement) {
        at = i;
      }
    }
    if (key === 'ArrowDown' || key === 'Down') {
      event.preventDefault();
      if (at < links.length - 1) {
        links[at + 1].focus();
      }
    } else if (key === 'ArrowUp' || key === 'Up') {
      event.preventDefault();
      if (at > 0) {
        links[at - 1].focus();
      } else {
        this.input.focus();
      }
    } else if (key === 'Escape' || key === 'Esc') {
      event.preventDefault();
      this.close();
      this.input.focus();
    }
  };

  // ---- Start ------------------------------------------------------------------

  function initAll() {
    var forms = document.querySelectorAll('form[data-module="site-search"]');
    for (var i = 0; i < forms.length; i++) {
      var form = forms[i];
      if (form.getAttribute('data-site-search-init') || !form.querySelector('input[name="q"]')) {
        continue;
      }
      form.setAttribute('data-site-search-init', 'true');
      new SiteSearch(form).init();
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', initAll);
  } else {
    initAll();
  }
})();
