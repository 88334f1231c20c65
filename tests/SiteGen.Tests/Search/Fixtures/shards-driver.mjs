// For SearchShardsTests: loads the index in parts (search/manifest.js and search/t/N.js) as a
// page would, and for each query builds a lunr index from only the shards the query's terms
// fall in (the theme's site-search/src/index-parts.mjs), then compares its results with the
// whole index (search/index.json) loaded by lunr.
// Usage: node shards-driver.mjs <lunr package> <folder with search/> <index-parts.mjs>; queries as JSON on stdin.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [lunrPackage, folder, partsModule] = process.argv.slice(2);
const lunr = createRequire(import.meta.url)(lunrPackage);
const { shardsForQuery, partialIndex } = await import(pathToFileURL(partsModule).href);
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));

const parts = { shards: {}, pages: {} };
globalThis.SiteGenSearchParts = {
  manifest: (m) => { parts.manifest = m; },
  shard: (n, entries) => { parts.shards[n] = entries; },
  page: (id, page) => { parts.pages[id] = page; },
};
const load = (file) => new Function(fs.readFileSync(path.join(folder, file), 'utf8'))();
load('search/manifest.js');
const manifest = parts.manifest;
const whole = lunr.Index.load(JSON.parse(fs.readFileSync(path.join(folder, 'search/index.json'), 'utf8')));

const answers = queries.map((q) => {
  const needed = shardsForQuery(lunr, manifest, q);
  const shards = {};
  for (const n of needed) {
    load(`search/t/${n}.js`);
    shards[n] = parts.shards[n];
  }
  const partial = partialIndex(lunr, manifest, shards).search(q).map((r) => {
    load(`search/p/${r.ref}.js`);
    return [parts.pages[r.ref].ref, r.score];
  });
  const expected = whole.search(q).map((r) => [r.ref, r.score]);
  return { query: q, shards: needed.length, partial, expected };
});
process.stdout.write(JSON.stringify({ shardCount: manifest.shards.length, answers }));
