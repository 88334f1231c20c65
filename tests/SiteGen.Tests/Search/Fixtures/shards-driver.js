// For SearchShardsTests: loads the index in parts (search/manifest.js and search/t/N.js) as a
// page would, and for each query builds a lunr index from only the shards the query's terms
// fall in, then compares its results with the whole index (search/index.json) loaded by lunr.
// Usage: node shards-driver.js <lunr package> <folder with search/> ; queries as JSON on stdin.
'use strict';
const fs = require('fs');
const path = require('path');
const lunr = require(process.argv[2]);
const folder = process.argv[3];
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));

const parts = { shards: [], pages: {} };
global.SiteGenSearchParts = {
  manifest: (m) => { parts.manifest = m; },
  shard: (n, entries) => { parts.shards[n] = entries; },
  page: (id, page) => { parts.pages[id] = page; },
};
const load = (file) => new Function(fs.readFileSync(path.join(folder, file), 'utf8'))();
load('search/manifest.js');
const manifest = parts.manifest;
const whole = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(folder, 'search/index.json'), 'utf8')));

// The shards holding the terms from lo to hi (inclusive, in UTF-16 order).
function shardsFor(lo, hi) {
  const found = [];
  for (let i = 0; i < manifest.shards.length; i++) {
    const first = manifest.shards[i];
    const next = i + 1 < manifest.shards.length ? manifest.shards[i + 1] : null;
    if (first <= hi && (next === null || next > lo)) found.push(i);
  }
  return found;
}

function plan(q) {
  const query = new lunr.Query(manifest.fields);
  new lunr.QueryParser(q, query).parse();
  const needed = new Set();
  for (const clause of query.clauses) {
    let term = clause.term;
    if (clause.usePipeline) term = lunr.stemmer(new lunr.Token(term)).toString();
    // A wildcard stays in the term ("miss*", "*ing"): what comes before the first one is a
    // prefix; a leading one, or a fuzzy match, may be anywhere.
    const star = term.indexOf('*');
    if (star === 0 || clause.editDistance) {
      manifest.shards.forEach((_, i) => needed.add(i));
    } else if (star > 0) {
      shardsFor(term.slice(0, star), term.slice(0, star) + '\uffff').forEach((i) => needed.add(i));
    } else {
      shardsFor(term, term).forEach((i) => needed.add(i));
    }
  }
  return [...needed].sort((a, b) => a - b);
}

function partialIndex(shardNumbers) {
  const invertedIndex = {};
  const vectors = {};
  for (const field of manifest.fields) for (let d = 0; d < manifest.docs; d++) vectors[field + '/' + d] = [];
  for (const n of shardNumbers) {
    load(`search/t/${n}.js`);
    for (const entry of parts.shards[n]) {
      const [term, termIndex] = entry;
      const posting = { _index: termIndex };
      let at = 2; // each field: 0, or its documents and their weights
      manifest.fields.forEach((field) => {
        posting[field] = {};
        const docs = entry[at++];
        if (docs === 0) return;
        const weights = entry[at++];
        let doc = 0;
        docs.forEach((step, i) => {
          doc = i === 0 ? step : doc + step;
          posting[field][doc] = {};
          vectors[field + '/' + doc].push([termIndex, weights[i] / 1000]);
        });
      });
      invertedIndex[term] = posting;
    }
  }
  const fieldVectors = {};
  for (const ref in vectors) {
    const elements = [];
    for (const [i, w] of vectors[ref].sort((a, b) => a[0] - b[0])) elements.push(i, w);
    fieldVectors[ref] = new lunr.Vector(elements);
  }
  const terms = Object.keys(invertedIndex).sort();
  return new lunr.Index({ invertedIndex, fieldVectors, tokenSet: lunr.TokenSet.fromArray(terms), fields: manifest.fields, pipeline: lunr.Pipeline.load(['stemmer']) });
}

const answers = queries.map((q) => {
  const shards = plan(q);
  const partial = partialIndex(shards).search(q).map((r) => {
    load(`search/p/${r.ref}.js`);
    return [parts.pages[r.ref].ref, r.score];
  });
  const expected = whole.search(q).map((r) => [r.ref, r.score]);
  return { query: q, shards: shards.length, partial, expected };
});
process.stdout.write(JSON.stringify({ shardCount: manifest.shards.length, answers }));
