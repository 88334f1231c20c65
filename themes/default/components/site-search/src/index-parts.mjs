// The search index in parts (docs/design/search-shards.md): which term shards
// a query needs, and a lunr index built from only those, which ranks exactly
// as the whole index would. The generator writes the parts
// (generator/SiteGen/Search/Shards/SearchShards.cs); the engine loads them,
// and query.mjs says which a query needs.

// The shards holding the terms from lo to hi (inclusive, in UTF-16 order):
// shard i holds the terms from manifest.shards[i] up to the next one's first.
export function shardsFor(manifest, lo, hi) {
  var found = [];
  var firsts = manifest.shards;
  for (var i = 0; i < firsts.length; i++) {
    var next = i + 1 < firsts.length ? firsts[i + 1] : null;
    if (firsts[i] <= hi && (next === null || next > lo)) {
      found.push(i);
    }
  }
  return found;
}

// A lunr index of the loaded shards (shards[n] = the entries of shard n).
// Each entry is [term, termIndex, then per field: 0, or the documents (ids,
// each as the step from the one before) and their weights (lunr's scores
// times 1,000)]. Documents are named by id ("17"): the page fragment gives
// the address. everyDoc: every document has a vector in every field, empty
// or not, so that a query of prohibited terms only ("-online") finds the
// rest, as lunr does; other queries only look at the documents they match.
export function partialIndex(lunr, manifest, shards, everyDoc) {
  var invertedIndex = {};
  var vectors = {};
  var fields = manifest.fields;
  if (everyDoc) {
    // In lunr's own order, document by document.
    for (var d = 0; d < manifest.docs; d++) {
      for (var f = 0; f < fields.length; f++) {
        vectors[fields[f] + '/' + d] = [];
      }
    }
  }
  for (var n in shards) {
    if (!Object.prototype.hasOwnProperty.call(shards, n)) {
      continue;
    }
    var entries = shards[n];
    for (var e = 0; e < entries.length; e++) {
      var entry = entries[e];
      var termIndex = entry[1];
      var posting = { _index: termIndex };
      var at = 2;
      for (var k = 0; k < fields.length; k++) {
        var byDoc = posting[fields[k]] = {};
        var docs = entry[at++];
        if (docs === 0) {
          continue;
        }
        var weights = entry[at++];
        var doc = 0;
        for (var i = 0; i < docs.length; i++) {
          doc = i === 0 ? docs[0] : doc + docs[i];
          byDoc[doc] = {};
          var ref = fields[k] + '/' + doc;
          (vectors[ref] || (vectors[ref] = [])).push([termIndex, weights[i] / 1000]);
        }
      }
      invertedIndex[entry[0]] = posting;
    }
  }
  var fieldVectors = {};
  for (var ref in vectors) {
    if (Object.prototype.hasOwnProperty.call(vectors, ref)) {
      var pairs = vectors[ref].sort(function (a, b) { return a[0] - b[0]; });
      var elements = [];
      for (var p = 0; p < pairs.length; p++) {
        elements.push(pairs[p][0], pairs[p][1]);
      }
      fieldVectors[ref] = new lunr.Vector(elements);
    }
  }
  return new lunr.Index({
    invertedIndex: invertedIndex,
    fieldVectors: fieldVectors,
    tokenSet: lunr.TokenSet.fromArray(Object.keys(invertedIndex).sort()),
    fields: fields,
    pipeline: lunr.Pipeline.load(manifest.words === 'plain' ? [] : ['stemmer'])
  });
}
