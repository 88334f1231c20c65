// From what the reader typed to lunr's results: the query's words as the
// index has them, the parts of the index they need (prepare), the lunr query
// built from them, and the search itself (runQuery).

import { currentIndex, engine, need } from './engine.mjs';
import { shardsFor } from './index-parts.mjs';
import { hasOwn, normalise } from './util.mjs';

// How much the prefix matches of a last word that already is a word of the
// index count for (see buildQuery).
var KNOWN_WORD_PREFIX_BOOST = 0.02;

// lunr's own query syntax: a field (title:), a wildcard (*), fuzziness (~),
// a boost (^), or a term that must (+) or must not (-) be there.
var LUNR_SYNTAX = /[:*~^]|(^|\s)[+\-]\S/;

// The highest UTF-16 code unit: a prefix's terms run from it to it + this.
var LAST = '\uffff';

// An index of words as written (a language lunr has no stemmer for, such as
// Urdu or Polish: the manifest says words: 'plain'), searched the same way.
export function plainWords() {
  return !!engine.manifest && engine.manifest.words === 'plain';
}

// The search pipeline's functions, as the index was built with them.
export function searchPipeline() {
  return window.lunr.Pipeline.load(plainWords() ? [] : ['stemmer']);
}

// Punctuation of any script trimmed from both ends, as the C# builder's
// UnicodeTrimmer does: lunr's own trimmer keeps only [A-Za-z0-9_]. Made when
// first needed, as a browser too old for \p{...} cannot parse it: it then
// trims the punctuation of Latin, Arabic and Urdu script that it knows.
var edges = null;

function plainEdges() {
  if (!edges) {
    try {
      edges = { start: new RegExp('^[^\\p{L}\\p{M}\\p{N}]*', 'u'), end: new RegExp('[^\\p{L}\\p{M}\\p{N}]*$', 'u') };
    } catch (e) {
      var marks = '\\s!-\\/:-@\\[-`{-~\\u00a0-\\u00bf\\u2000-\\u206f\\u060c\\u061b\\u061f\\u06d4';
      edges = { start: new RegExp('^[' + marks + ']*'), end: new RegExp('[' + marks + ']*$') };
    }
  }
  return edges;
}

// How many characters at the start and at the end of a chunk of text are
// not part of its word, by the index's rules.
export function wordEdges(chunk) {
  var rules = plainWords() ? plainEdges() : { start: /^\W*/, end: /\W*$/ };
  var lead = rules.start.exec(chunk)[0].length;
  return [lead, rules.end.exec(chunk.slice(lead))[0].length];
}

function trimPlain(token) {
  return token.update(function (s) {
    var ends = wordEdges(s);
    return s.slice(ends[0], s.length - ends[1]);
  });
}

// A word's stem as lunr's stemmer makes it (remembered: excerpts ask often);
// the word itself in an index of words as written.
export function stemOf(word) {
  if (plainWords()) {
    return word;
  }
  if (!hasOwn.call(engine.stems, word)) {
    engine.stems[word] = window.lunr.stemmer(new window.lunr.Token(word)).toString();
  }
  return engine.stems[word];
}

function isIndexTerm(index, term) {
  return hasOwn.call(index.invertedIndex, term);
}

// The words of a query as the index has them: lower case, split on spaces
// and hyphens (lunr.tokenizer), punctuation trimmed (lunr.trimmer), and
// lunr's English stop words dropped (lunr.stopWordFilter), so "what is
// grooming?" searches for "grooming".
function queryWords(raw) {
  var lunr = window.lunr;
  var plain = plainWords();
  var tokens = lunr.tokenizer(raw);
  var words = [];
  for (var i = 0; i < tokens.length; i++) {
    var token = plain ? trimPlain(tokens[i]) : lunr.trimmer(tokens[i]);
    if (token && token.toString() && (plain || lunr.stopWordFilter(token))) {
      words.push(token.toString());
    }
  }
  return words;
}

function anyTermStartsWith(index, prefix) {
  var terms = index.invertedIndex;
  for (var term in terms) {
    if (hasOwn.call(terms, term) && term.lastIndexOf(prefix, 0) === 0) {
      return true;
    }
  }
  return false;
}

// The lengths stemBefore tries, longest first.
function stemLengths(word) {
  var lengths = [];
  for (var length = word.length - 1; length >= Math.max(3, word.length - 5); length--) {
    lengths.push(length);
  }
  return lengths;
}

// A word half typed past its stem ("missi" on the way to "missing", which
// the index holds as "miss") matches no index term as a prefix; the longest
// index term it starts with (at most 5 letters shorter) stands in for it.
function stemBefore(index, word) {
  var lengths = stemLengths(word);
  for (var i = 0; i < lengths.length; i++) {
    if (isIndexTerm(index, word.slice(0, lengths[i]))) {
      return word.slice(0, lengths[i]);
    }
  }
  return null;
}

// Each word is searched as typed, through lunr's stemmer ("groomed" finds
// "grooming"). The last word is also searched as a prefix, as it may not be
// finished ("miss" finds "missing"). When the last word already is a word of
// the index ("sign"), its prefix matches only add the long tail, so they
// count for little and pages with the word itself stay first.
function buildQuery(index, words) {
  var lunr = window.lunr;
  return function (query) {
    for (var i = 0; i < words.length; i++) {
      var word = words[i];
      query.term(word, { usePipeline: true });
      // An abbreviation also finds pages that spell it out: "what is cse?"
      // finds "What is child sexual exploitation?".
      var spelledOut = spelledOutWords(word);
      for (var s = 0; s < spelledOut.length; s++) {
        query.term(spelledOut[s], { usePipeline: true });
      }
      if (i === words.length - 1) {
        var known = isIndexTerm(index, stemOf(word));
        query.term(word, {
          usePipeline: false,
          wildcard: lunr.Query.wildcard.TRAILING,
          boost: known ? KNOWN_WORD_PREFIX_BOOST : 1
        });
        if (!known && !anyTermStartsWith(index, word)) {
          var stem = stemBefore(index, word);
          if (stem) {
            query.term(stem, { usePipeline: false });
          }
        }
      }
    }
  };
}

function spelledOutWords(word) {
  return hasOwn.call(engine.abbreviations, word) ? queryWords(engine.abbreviations[word]) : [];
}

// The clauses of a query in lunr's syntax, or null when it is not (or not
// valid) lunr syntax ("time: 5pm", "a+"): then its words are searched.
function lunrClauses(raw) {
  if (!LUNR_SYNTAX.test(raw)) {
    return null;
  }
  var lunr = window.lunr;
  var query = new lunr.Query(engine.manifest.fields);
  try {
    new lunr.QueryParser(raw, query).parse();
  } catch (e) {
    return null;
  }
  return query;
}

// The index terms (sorted) a fuzzy or leading-wildcard term can stand for,
// as lunr expands them: they may start with any letter.
function expand(clause, term) {
  var lunr = window.lunr;
  if (!engine.vocabulary) {
    engine.vocabulary = lunr.TokenSet.fromArray(engine.terms);
  }
  var copy = { term: term };
  if ('editDistance' in clause) {
    copy.editDistance = clause.editDistance;
  }
  return engine.vocabulary.intersect(lunr.TokenSet.fromClause(copy)).toArray();
}

// The shards holding the ranges of terms ([from, to] pairs), as parts.
function shardParts(ranges) {
  var found = {};
  var parts = [];
  for (var i = 0; i < ranges.length; i++) {
    var shards = shardsFor(engine.manifest, ranges[i][0], ranges[i][1]);
    for (var j = 0; j < shards.length; j++) {
      if (!found[shards[j]]) {
        found[shards[j]] = true;
        parts.push('t/' + shards[j]);
      }
    }
  }
  return parts;
}

// The term ranges the search of lunr syntax looks in: each clause's terms
// through the search pipeline (the stemmer) when the clause uses it; a
// trailing wildcard's prefix; and, from the vocabulary (which the caller
// loads first), what a fuzzy or leading-wildcard term expands to.
function clauseRanges(query, withVocabulary) {
  var pipeline = searchPipeline();
  var ranges = [];
  var needsVocabulary = false;
  for (var c = 0; c < query.clauses.length; c++) {
    var clause = query.clauses[c];
    var terms = clause.usePipeline ? pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
    for (var t = 0; t < terms.length; t++) {
      var term = terms[t];
      var star = term.indexOf('*');
      if ('editDistance' in clause || star === 0) {
        needsVocabulary = true;
        if (withVocabulary) {
          var expanded = expand(clause, term);
          for (var e = 0; e < expanded.length; e++) {
            ranges.push([expanded[e], expanded[e]]);
          }
        }
      } else if (star > 0) {
        ranges.push([term.slice(0, star), term.slice(0, star) + LAST]);
      } else {
        ranges.push([term, term]);
      }
    }
  }
  return needsVocabulary && !withVocabulary ? null : ranges;
}

// The term ranges a search of plain words looks in (see buildQuery).
function wordRanges(words) {
  var ranges = [];
  for (var i = 0; i < words.length; i++) {
    var word = words[i];
    if (word.indexOf('*') !== -1) {
      // A "*" left in a word that was not valid lunr syntax is still a
      // wildcard to lunr: it may stand for any term.
      return [['', LAST]];
    }
    ranges.push([stemOf(word), stemOf(word)]);
    var spelledOut = spelledOutWords(word);
    for (var s = 0; s < spelledOut.length; s++) {
      ranges.push([stemOf(spelledOut[s]), stemOf(spelledOut[s])]);
    }
    if (i === words.length - 1) {
      ranges.push([word, word + LAST]);
    }
  }
  return ranges;
}

// The term ranges stemBefore looks in, once wordRanges' shards are in: none
// when the last word is a word of the index or starts one (nearly always
// for a word typed whole), so a query does not load a shard or two only to
// find the word's shorter forms are not needed; they come after, when they are.
function stemBeforeRanges(words) {
  var word = words[words.length - 1];
  var index = currentIndex(false);
  var ranges = [];
  if (!isIndexTerm(index, stemOf(word)) && !anyTermStartsWith(index, word)) {
    var lengths = stemLengths(word);
    for (var l = 0; l < lengths.length; l++) {
      ranges.push([word.slice(0, lengths[l]), word.slice(0, lengths[l])]);
    }
  }
  return ranges;
}

// Loads the parts of the index the query needs, then calls back with true
// (runQuery can run), or false if a part could not be loaded.
export function prepare(raw, done) {
  var query = lunrClauses(raw);
  if (query) {
    var ranges = clauseRanges(query, !!engine.terms);
    if (ranges) {
      need(shardParts(ranges), done);
    } else {
      need(['terms'], function (ok) {
        if (ok) {
          need(shardParts(clauseRanges(query, true)), done);
        } else {
          done(false);
        }
      });
    }
    return;
  }
  var words = queryWords(raw);
  if (!words.length) {
    need(['titles'], done);
    return;
  }
  need(shardParts(wordRanges(words)), function (ok) {
    if (ok) {
      need(shardParts(stemBeforeRanges(words)), done);
    } else {
      done(false);
    }
  });
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
  var titles = engine.titles;
  for (var id = 0; id < titles.length; id++) {
    var at = (titles[id] || '').toLowerCase().indexOf(phrase);
    if (at !== -1) {
      (at === 0 ? starts : contains).push({ ref: String(id), score: 0, matchData: { metadata: {} } });
    }
  }
  return starts.concat(contains);
}

// Returns { results: [lunr results, best first], words: [query words] }; a
// result's ref is its document's id. Call once prepare has called back.
export function runQuery(raw) {
  var query = lunrClauses(raw);
  if (query) {
    try {
      return { results: currentIndex(query.isNegated()).search(raw), words: [] };
    } catch (e) {
      // Not valid lunr syntax after all: search the words.
    }
  }
  var words = queryWords(raw);
  if (!words.length) {
    return { results: titlesWith(raw), words: words };
  }
  var index = currentIndex(false);
  try {
    return { results: index.query(buildQuery(index, words)), words: words };
  } catch (e) {
    return { results: [], words: words };
  }
}
