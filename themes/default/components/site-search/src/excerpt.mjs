// The excerpt under a result: the part of the page's text with the most of
// the matched words, each marked (<mark>), built as DOM nodes (never HTML).

import { stemOf, wordEdges } from './query.mjs';
import { hasOwn } from './util.mjs';

// Shared helpers (components/common).
var el = window.SiteGenDom.el;

var EXCERPT_LEAD = 4; // words shown before the first marked word

// The words of the text to mark: those whose stem (as the index has it) is a
// term the result matched, or that start with the last query word. Null when
// no word of the text is marked.
export function excerpt(text, matchedTerms, prefix, size) {
  var words = [];
  var chunk = /[^\s\-]+/g;
  var found;
  var lead;
  var trail;
  while ((found = chunk.exec(text)) !== null) {
    var ends = wordEdges(found[0]);
    lead = ends[0];
    trail = ends[1];
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
