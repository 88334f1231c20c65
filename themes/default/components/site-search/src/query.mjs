// From what the reader typed to lunr's results: the query's words as the
// index has them, the lunr query built from them, and the search itself.

import { engine } from './engine.mjs';
import { hasOwn, normalise } from './util.mjs';

// How much the prefix matches of a last word that already is a word of the
// index count for (see buildQuery).
var KNOWN_WORD_PREFIX_BOOST = 0.02;

// lunr's own query syntax: a field (title:), a wildcard (*), fuzziness (~),
// a boost (^), or a term that must (+) or must not (-) be there.
var LUNR_SYNTAX = /[:*~^]|(^|\s)[+\-]\S/;

// A word's stem as lunr's stemmer makes it (remembered: excerpts ask often).
export function stemOf(word) {
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
export function runQuery(raw) {
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
