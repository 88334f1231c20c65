// Runs lunr.js for the parity tests in SiteGen.Tests.Search.
//
// Usage: node lunr-driver.js <path to the lunr package>
// Reads one JSON request from standard input and writes one JSON reply to standard output.
//
//   { "command": "version" }
//     -> "2.3.9"
//   { "command": "stem", "words": ["grooming", ...] }
//     -> ["groom", ...]                      lunr.stemmer on each word
//   { "command": "tokenize", "texts": ["Self-esteem ...", ...] }
//     -> [{ "tokens": [...], "terms": [...] }, ...]
//        tokens: lunr.tokenizer's output; terms: after the build pipeline of lunr(config)
//   { "command": "build", "ref": "id", "fields": [{ "name": "title", "boost": 10 }, ...],
//     "documents": [{ "doc": { ... }, "boost": 2 }, ...] }
//     -> the text of JSON.stringify(index), as a JSON string
//   { "command": "search", "indexes": ["<serialised index>", ...], "queries": ["missing", ...] }
//     -> [[{ "results": [{ "ref": "...", "score": 1.23 }, ...] } or { "error": "..." }
//          for each index] for each query]
'use strict'

const lunr = require(process.argv[2])

function readStdin () {
  return require('fs').readFileSync(0, 'utf8')
}

function build (request) {
  const index = lunr(function () {
    this.ref(request.ref)
    for (const field of request.fields) {
      this.field(field.name, field.boost === undefined ? undefined : { boost: field.boost })
    }
    for (const entry of request.documents) {
      this.add(entry.doc, entry.boost === undefined ? undefined : { boost: entry.boost })
    }
  })
  return JSON.stringify(index)
}

function tokenize (request) {
  const builder = new lunr.Builder()
  builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
  return request.texts.map(function (text) {
    const tokens = lunr.tokenizer(text)
    return {
      tokens: tokens.map(String),
      terms: builder.pipeline.run(tokens).map(String)
    }
  })
}

function search (request) {
  const indexes = request.indexes.map(function (json) { return lunr.Index.load(JSON.parse(json)) })
  return request.queries.map(function (query) {
    return indexes.map(function (index) {
      try {
        return {
          results: index.search(query).map(function (result) {
            return { ref: result.ref, score: result.score }
          })
        }
      } catch (e) {
        return { error: String(e && e.message ? e.message : e) }
      }
    })
  })
}

const request = JSON.parse(readStdin())
let reply
switch (request.command) {
  case 'version':
    reply = lunr.version
    break
  case 'stem':
    reply = request.words.map(function (word) { return lunr.stemmer(new lunr.Token(word)).toString() })
    break
  case 'tokenize':
    reply = tokenize(request)
    break
  case 'build':
    reply = build(request)
    break
  case 'search':
    reply = search(request)
    break
  default:
    throw new Error('Unknown command: ' + request.command)
}
process.stdout.write(JSON.stringify(reply))
