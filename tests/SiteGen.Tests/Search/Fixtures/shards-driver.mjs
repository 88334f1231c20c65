// For SearchShardsTests: runs each query through the theme's own search modules
// (site-search/src/query.mjs and engine.mjs) twice: once loading, as a page does, only the
// parts of the index the query asks for (search/manifest.js, search/t/N.js, search/terms.js,
// search/titles.js), and once on the whole index (search/index.json) loaded by lunr, which is
// how search ran before the index was split. Prints both answers as [ref, score] lists.
// Usage: node shards-driver.mjs <lunr package> <folder with search/> <site-search/src>; queries as JSON on stdin.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [lunrPackage, folder, sourceFolder] = process.argv.slice(2);
globalThis.window = globalThis;
window.lunr = createRequire(import.meta.url)(lunrPackage);
const { engine } = await import(pathToFileURL(path.join(sourceFolder, 'engine.mjs')).href);
const { prepare, runQuery } = await import(pathToFileURL(path.join(sourceFolder, 'query.mjs')).href);
const queries = JSON.parse(fs.readFileSync(0, 'utf8'));

const run = (file) => new Function(fs.readFileSync(path.join(folder, file), 'utf8'))();
run('search/manifest.js');
engine.manifest = engine.received;
engine.abbreviations = engine.manifest.abbreviations;
engine.audiences = engine.manifest.audiences;
let loaded = [];
// As the browser's loader, but from disk and at once.
engine.loadPart = (part, done) => {
  loaded.push(part);
  run(`search/${part}.js`);
  done(true);
};
const whole = window.lunr.Index.load(JSON.parse(fs.readFileSync(path.join(folder, 'search/index.json'), 'utf8')));
const refOf = (id) => {
  if (!engine.pages[id]) {
    run(`search/p/${id}.js`);
  }
  return engine.pages[id].ref;
};

const answers = queries.map((q) => {
  Object.assign(engine, { shards: {}, shardCount: 0, index: null, indexShards: -1, everyDocIndex: null, terms: null, titles: null, vocabulary: null });
  loaded = [];
  let ready = false;
  prepare(q, (ok) => { ready = ok; });
  const parts = [...loaded];
  const partial = ready ? runQuery(q).results.map((r) => [refOf(r.ref), r.score]) : 'not prepared';
  // The whole index, as search ran before (titles of a stop-word query by id, as before by ref).
  Object.assign(engine, { index: whole, indexShards: engine.shardCount, everyDocIndex: { shards: engine.shardCount, index: whole } });
  const expected = runQuery(q).results.map((r) => [/^\d+$/.test(r.ref) ? refOf(r.ref) : r.ref, r.score]);
  return { query: q, parts, shards: parts.filter((p) => p.startsWith('t/')).length, partial, expected };
});

// A browser that kept an older manifest asks for that build's shards and is given this build's:
// they must be refused, not mixed in.
const current = engine.manifest;
engine.manifest = { ...current, build: 'an-older-build' };
Object.assign(engine, { shards: {}, shardCount: 0, index: null, indexShards: -1, stale: false });
let staleReady = null;
prepare('grooming', (ok) => { staleReady = ok; });
const otherBuildRefused = staleReady === false && engine.stale === true && engine.shardCount === 0;
engine.manifest = current;
process.stdout.write(JSON.stringify({ shardCount: engine.manifest.shards.length, otherBuildRefused, answers }));
