// Throwaway: measures a sharded layout of SiteGen's lunr index and checks that a
// partial lunr.Index built from the shards a query needs ranks exactly as the whole.
// node --max-old-space-size=12000 measure.js <output-folder> [shardTargetKB ...]
'use strict';
const fs = require('fs');
const zlib = require('zlib');
const path = require('path');
const lunr = require(path.join(__dirname, '../../../themes/default/node_modules/lunr'));

const out = process.argv[2];
const targets = process.argv.slice(3).map(Number);
if (!targets.length) targets.push(16);
const gz = (s) => zlib.gzipSync(Buffer.from(s), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1);

const js = fs.readFileSync(path.join(out, 'search/index.js'), 'utf8');
const data = JSON.parse(js.slice(js.indexOf('{'), js.lastIndexOf('}') + 1));
const raw = data.index;
const full = lunr.Index.load(raw);
const fields = raw.fields;

// Doc ids in the order of fieldVectors (the builder's order).
const refs = [];
const idOf = new Map();
for (const [fr] of raw.fieldVectors) {
  const ref = fr.slice(fr.indexOf('/') + 1);
  if (!idOf.has(ref)) { idOf.set(ref, refs.length); refs.push(ref); }
}
const N = refs.length;
// (field, doc) -> Map(termIndex -> score)
const fv = new Map();
for (const [fr, el] of raw.fieldVectors) {
  const m = new Map();
  for (let i = 0; i < el.length; i += 2) m.set(el[i], el[i + 1]);
  fv.set(fr, m);
}
// Terms sorted as toJSON sorts them (UTF-16 order).
const terms = raw.invertedIndex.map(([t]) => t);
let orderOk = true, weightOk = true, postings = 0;
const entries = new Map(); // term -> { index, fields: [[ids],[k]] }
for (const [term, posting] of raw.invertedIndex) {
  const e = { index: posting._index, fields: [] };
  for (const f of fields) {
    const ids = Object.keys(posting[f]).map((r) => idOf.get(r));
    for (let i = 1; i < ids.length; i++) if (ids[i] <= ids[i - 1]) orderOk = false;
    const ks = ids.map((id) => {
      const w = fv.get(f + '/' + refs[id]).get(posting._index);
      const k = Math.round(w * 1000);
      if (k / 1000 !== w) weightOk = false;
      return k;
    });
    postings += ids.length;
    e.fields.push([ids, ks]);
  }
  entries.set(term, e);
}
// Encoding: [term, _index, deltas, weights*1000 (per field; 0 for an empty field)]
function encode(term) {
  const e = entries.get(term);
  const parts = [JSON.stringify(term), e.index];
  for (const [ids, ks] of e.fields) {
    if (!ids.length) { parts.push(0); continue; }
    const d = ids.map((id, i) => (i ? id - ids[i - 1] : id));
    parts.push('[' + d.join(',') + ']', '[' + ks.join(',') + ']');
  }
  return '[' + parts.join(',') + ']';
}
const enc = new Map(terms.map((t) => [t, encode(t)]));
const allText = terms.map((t) => enc.get(t)).join(',\n');
const ratio = gz(allText) / Buffer.byteLength(allText);

console.log(`== ${out}`);
console.log(`docs ${N}, terms ${terms.length}, postings (term,field,doc) ${postings}, posting order = doc order: ${orderOk}, weights k/1000 exact: ${weightOk}`);
console.log(`index.json ${kb(fs.statSync(path.join(out, 'search/index.json')).size)} KB raw; index.js gzip ${kb(gz(js))} KB`);
console.log(`all postings encoded: ${kb(Buffer.byteLength(allText))} KB raw, ${kb(gz(allText))} KB gzip (ratio ${ratio.toFixed(3)})`);
const vocab = terms.join('\n');
const vocabSet = lunr.TokenSet.fromArray(terms);
console.log(`vocabulary only (terms, newline): ${kb(gz(vocab))} KB gzip`);

// Common terms.
for (const t of ['child', 'children', 'groom', 'exploit', 'miss', 'help', 'home', 'sign', 'onlin', 'safe', 'polic']) {
  if (!entries.has(t)) { console.log(`term ${t}: absent`); continue; }
  const n = new Set(entries.get(t).fields.flatMap(([ids]) => ids)).size;
  console.log(`term ${t}: ${n} docs, ${kb(Buffer.byteLength(enc.get(t)))} KB raw, ${kb(gz(enc.get(t)))} KB gzip`);
}

// Fragments: one script per page.
const docs = data.documents;
const fragSizes = [];
const fragGz = new Map();
const CUT = +(process.env.CUT || 6000);
for (let id = 0; id < N; id++) {
  const d = docs[refs[id]];
  const f = `SiteGenSearch.fragment(${id},${JSON.stringify({ ref: refs[id], title: d.title, section: d.section, audiences: d.audiences, summary: d.summary, text: d.text.slice(0, CUT) })});`;
  const g = gz(f);
  fragGz.set(id, g);
  fragSizes.push(g);
}
const sorted = [...fragSizes].sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`fragments (text cut to ${CUT}): median ${kb(pct(0.5))} KB, p90 ${kb(pct(0.9))} KB, max ${kb(sorted[sorted.length - 1])} KB gzip; total ${kb(fragSizes.reduce((a, b) => a + b, 0))} KB`);
// Fragment with text cut to 2000 chars.
const short = [];
for (let id = 0; id < N; id++) {
  const d = docs[refs[id]];
  short.push(gz(`SiteGenSearch.fragment(${id},${JSON.stringify({ ref: refs[id], title: d.title, section: d.section, audiences: d.audiences, summary: d.summary, text: d.text.slice(0, 2000) })});`));
}
short.sort((a, b) => a - b);
console.log(`fragments with text cut to 2000 chars: median ${kb(short[Math.floor(short.length / 2)])} KB gzip`);
const titles = refs.map((r) => docs[r].title).join('\n');
console.log(`all titles (for titlesWith): ${kb(gz(titles))} KB gzip`);

// Manifest (without shard bounds): audiences per doc as one char each (bitmask), abbreviations, audiences.
const audIds = data.audiences.map((a) => a.id);
const masks = refs.map((r) => (docs[r].audiences || []).reduce((m, a) => m | (1 << audIds.indexOf(a)), 0).toString(32)).join('');
const manifestBase = JSON.stringify({ fields, docs: N, audiences: data.audiences, docAudiences: masks, abbreviations: data.abbreviations });
const sectionsN = new Set(refs.map((r) => docs[r].section)).size;

// Query machinery (as query.mjs), against an index `ix`.
function queryWords(rawq) {
  const w = [];
  for (const tok of lunr.tokenizer(rawq)) {
    const t = lunr.trimmer(tok);
    if (t && t.toString() && lunr.stopWordFilter(t)) w.push(t.toString());
  }
  return w;
}
const stemOf = (w) => lunr.stemmer(new lunr.Token(w)).toString();
function buildQuery(ix, words) {
  const isTerm = (t) => Object.prototype.hasOwnProperty.call(ix.invertedIndex, t);
  const anyStarts = (p) => Object.keys(ix.invertedIndex).some((t) => t.lastIndexOf(p, 0) === 0);
  const stemBefore = (w) => { for (let l = w.length - 1; l >= Math.max(3, w.length - 5); l--) if (isTerm(w.slice(0, l))) return w.slice(0, l); return null; };
  return (q) => {
    words.forEach((word, i) => {
      q.term(word, { usePipeline: true });
      if (data.abbreviations[word]) for (const s of queryWords(data.abbreviations[word])) q.term(s, { usePipeline: true });
      if (i === words.length - 1) {
        const known = isTerm(stemOf(word));
        q.term(word, { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING, boost: known ? 0.02 : 1 });
        if (!known && !anyStarts(word)) { const s = stemBefore(word); if (s) q.term(s, { usePipeline: false }); }
      }
    });
  };
}
function run(ix, rawq) {
  if (/[:*~^]|(^|\s)[+\-]\S/.test(rawq)) return ix.search(rawq);
  const words = queryWords(rawq);
  return words.length ? ix.query(buildQuery(ix, words)) : [];
}
// Term ranges a query needs, decided before any shard is loaded: [from, to] pairs, or 'all'.
function ranges(rawq) {
  const r = [];
  const add = (t, wildcard) => {
    if (t.indexOf('*') === 0) return r.push({ clause: { term: t } });
    if (t.indexOf('*') > 0) { t = t.slice(0, t.indexOf('*')); wildcard = true; }
    r.push([t, wildcard ? t + '\uffff' : t]);
  };
  if (/[:*~^]|(^|\s)[+\-]\S/.test(rawq)) {
    const q = new lunr.Query(fields);
    new lunr.QueryParser(rawq, q).parse();
    for (const c of q.clauses) {
      if (c.editDistance > 0) {
        for (const t of full.pipeline.runString(c.term, { fields: c.fields })) r.push({ clause: { term: t, editDistance: c.editDistance } });
        continue;
      }
      const ts = c.usePipeline ? full.pipeline.runString(c.term, { fields: c.fields }) : [c.term];
      for (const t of ts) add(t, false);
    }
    return r;
  }
  const words = queryWords(rawq);
  words.forEach((w, i) => {
    add(stemOf(w), false);
    if (data.abbreviations[w]) for (const s of queryWords(data.abbreviations[w])) add(stemOf(s), false);
    if (i === words.length - 1) {
      add(w, true); // the prefix clause and anyTermStartsWith
      r.push([w.slice(0, Math.max(3, w.length - 5)), w]); // stemBefore's candidates
    }
  });
  return r;
}

for (const target of targets) {
  // Cut sorted terms into shards of about `target` KB gzip (raw bytes scaled by the global ratio).
  const limit = (target * 1024) / ratio;
  const shards = [];
  let cur = [], size = 0;
  let checked = 0;
  for (const t of terms) {
    cur.push(t); size += Buffer.byteLength(enc.get(t)) + 2;
    if (size >= target * 1024 && size >= checked * 1.05) {
      checked = size;
      if (gz(cur.map((x) => enc.get(x)).join(',\n')) >= target * 1024) { shards.push(cur); cur = []; size = 0; checked = 0; }
    }
  }
  if (cur.length) shards.push(cur);
  const shardGz = shards.map((s, i) => gz(`SiteGenSearch.shard(${i},[${s.map((t) => enc.get(t)).join(',\n')}]);`));
  const sg = [...shardGz].sort((a, b) => a - b);
  const big = shardGz.map((g, i) => [g, i]).sort((a, b) => b[0] - a[0]).slice(0, 3).map(([g, i]) => `#${i} ${shards[i][0]}..${shards[i][shards[i].length - 1]} ${kb(g)} KB (${shards[i].length} terms)`);
  console.log(`   largest shards: ${big.join('; ')}`);
  const shardOf = new Map();
  shards.forEach((s, i) => s.forEach((t) => shardOf.set(t, i)));
  // Bounds: first term of each shard.
  const bounds = shards.map((s) => s[0]);
  const manifest = `SiteGenSearch.manifest(${manifestBase.slice(0, -1)},"shards":${JSON.stringify(bounds)}});`;
  const manifestGz = gz(manifest);
  const shardsFor = (rs) => {
    const need = new Set();
    for (const r of rs) {
      if (r === 'all') { shards.forEach((_, i) => need.add(i)); continue; }
      if (r.clause) { // fuzzy or leading wildcard: match against the vocabulary, then load the shards of the matches
        for (const t of vocabSet.intersect(lunr.TokenSet.fromClause(r.clause)).toArray()) need.add(shardOf.get(t));
        continue;
      }
      // Shards whose [first, next first) overlaps [from, to].
      for (let i = 0; i < shards.length; i++) {
        const lo = bounds[i], hi = i + 1 < shards.length ? bounds[i + 1] : '\uffff\uffff';
        if (r[1] >= lo && r[0] < hi) need.add(i);
      }
    }
    return need;
  };
  console.log(`-- shard target ${target} KB gzip: ${shards.length} shards, gzip median ${kb(sg[sg.length >> 1])} KB, max ${kb(sg[sg.length - 1])} KB, terms/shard median ${shards.map((s) => s.length).sort((a, b) => a - b)[shards.length >> 1]}; manifest ${kb(manifestGz)} KB gzip (docAudiences ${masks.length} chars, ${sectionsN} sections)`);
  console.log(`   files at this size: 1 manifest + ${shards.length} shards + ${N} fragments`);
  for (const t of ['child', 'groom', 'exploit', 'miss', 'help', 'home']) if (shardOf.has(t)) console.log(`   shard of ${t}: #${shardOf.get(t)} ${kb(shardGz[shardOf.get(t)])} KB gzip, ${shards[shardOf.get(t)].length} terms`);

  // Partial index from loaded shards (doc ids as refs).
  function partial(loaded, negated) {
    const inv = Object.create(null), vecs = Object.create(null);
    // A query of prohibited terms only scores every document (0): the manifest's doc count gives them.
    if (negated) for (let id = 0; id < N; id++) for (const f of fields) vecs[f + '/' + id] = new lunr.Vector();
    const ts = [];
    for (const i of [...loaded].sort((a, b) => a - b)) for (const t of shards[i]) ts.push(t);
    for (const t of ts) {
      const e = entries.get(t);
      const p = { _index: e.index };
      e.fields.forEach(([ids, ks], fi) => {
        const f = fields[fi]; const o = {};
        ids.forEach((id, j) => {
          o[id] = {};
          const key = f + '/' + id;
          (vecs[key] || (vecs[key] = new lunr.Vector())).insert(e.index, ks[j] / 1000);
        });
        p[f] = o;
      });
      inv[t] = p;
    }
    return new lunr.Index({ invertedIndex: inv, fieldVectors: vecs, tokenSet: lunr.TokenSet.fromArray(ts), fields, pipeline: full.pipeline });
  }
  const cache = new Set();
  const baseBytes = { lunr: 8418, script: 5312 + 1500 };
  const queries = ['grooming', 'missing from home', 'child sexual exploitation', 'what is cse', 'help', 'sign', 'online safety', 'scree', 'missi',
    'title:missing', 'miss*', '+grooming -online', 'groomed~1', '-online', '*ing'];
  for (const q of queries) {
    const need = shardsFor(ranges(q));
    let negated = false;
    if (/[:*~^]|(^|\s)[+\-]\S/.test(q)) { const qq = new lunr.Query(fields); new lunr.QueryParser(q, qq).parse(); negated = qq.isNegated(); }
    const ix = partial(need, negated);
    const a = run(full, q), b = run(ix, q).map((x) => ({ ref: refs[+x.ref], score: x.score }));
    let same = a.length === b.length;
    for (let i = 0; same && i < a.length; i++) same = a[i].ref === b[i].ref && a[i].score === b[i].score;
    const shardBytes = [...need].reduce((s, i) => s + shardGz[i], 0);
    const top = a.slice(0, 10).map((x) => fragGz.get(idOf.get(x.ref)));
    const fragBytes = top.reduce((s, x) => s + x, 0);
    const vocabBytes = ranges(q).some((r) => r.clause) ? gz(vocab) : 0;
    const first = baseBytes.lunr + baseBytes.script + manifestGz + shardBytes + fragBytes + vocabBytes;
    console.log(`   "${q}": ${a.length} results, same as whole index: ${same}; shards ${need.size} = ${kb(shardBytes)} KB, 10 fragments ${kb(fragBytes)} KB${vocabBytes ? ', vocabulary ' + kb(vocabBytes) + ' KB' : ''}; first search total ${kb(first)} KB`);
  }
  // Further queries after a first one: new shards and fragments only.
  for (const seq of [['grooming', 'online grooming', 'grooming signs', 'missing from home', 'what is cse', 'help'], ['missing from home', 'missing from care', 'county lines', 'sexting']]) {
    const ls = new Set(), lf = new Set();
    const steps = seq.map((q) => {
      let b = 0;
      for (const i of shardsFor(ranges(q))) if (!ls.has(i)) { ls.add(i); b += shardGz[i]; }
      for (const x of run(full, q).slice(0, 10)) { const id = idOf.get(x.ref); if (!lf.has(id)) { lf.add(id); b += fragGz.get(id); } }
      return `${q} ${kb(b)}`;
    });
    console.log(`   sequence (KB each, shards+fragments not yet loaded): ${steps.join(' | ')}`);
  }
  // Typing letter by letter (each prefix from 2 letters run as a query), shards cached.
  for (const q of ['grooming', 'missing from home']) {
    const loaded = new Set();
    let bytes = 0;
    for (let l = 2; l <= q.length; l++) {
      const s = q.slice(0, l);
      if (s.endsWith(' ')) continue;
      for (const i of shardsFor(ranges(s))) if (!loaded.has(i)) { loaded.add(i); bytes += shardGz[i]; }
    }
    console.log(`   typed "${q}" letter by letter, every prefix searched: ${loaded.size} shards, ${kb(bytes)} KB of shards`);
  }
  // Short prefixes: how many shards a 2- and 3-letter prefix spans.
  for (const len of [2, 3]) {
    const prefixes = [...new Set(terms.filter((t) => /^[a-z]+$/.test(t.slice(0, len)) && t.length >= len).map((t) => t.slice(0, len)))];
    const spans = prefixes.map((p) => { const n = shardsFor([[p, p + '\uffff']]); return { p, n: n.size, b: [...n].reduce((s, i) => s + shardGz[i], 0) }; });
    spans.sort((x, y) => y.b - x.b);
    console.log(`   ${len}-letter prefixes: worst ${spans.slice(0, 5).map((x) => `${x.p}* ${x.n} shards ${kb(x.b)} KB`).join('; ')}; median ${kb(spans[spans.length >> 1].b)} KB`);
  }
}
