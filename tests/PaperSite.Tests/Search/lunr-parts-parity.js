// Runs queries on one lunr index and on the same index split into parts (theme/assets/lunr-parts.js).
//   node lunr-parts-parity.js <lunrDir> <lunr-parts.js> <whole index.json> <parts manifest.json> <queries.json>
// queries.json: [{"text": "lunr query", "topics": ["indexed topic term", ...], "limit": bytes or null}, ...]
// Prints, for each query, the whole index's results, the parts' results (null when refused), the
// parts loaded and why terms were refused.
'use strict'
const fs = require('fs')
const path = require('path')
const { pathToFileURL, fileURLToPath } = require('url')

const [lunrDir, partsModule, wholePath, manifestPath, queriesPath] = process.argv.slice(2)
const lunr = require(path.resolve(lunrDir))
const lunrParts = require(path.resolve(partsModule))

const whole = lunr.Index.load(JSON.parse(fs.readFileSync(wholePath, 'utf8')))
const queries = JSON.parse(fs.readFileSync(queriesPath, 'utf8'))
const fetchJson = url => Promise.resolve(JSON.parse(fs.readFileSync(fileURLToPath(url), 'utf8')))

function builder (query) {
  return q => {
    new lunr.QueryParser(query.text, q).parse()
    for (const topic of query.topics || []) {
      q.term(topic, { fields: ['topics'], presence: lunr.Query.presence.REQUIRED, usePipeline: false })
    }
  }
}

const pairs = results => results.map(r => [r.ref, r.score])

async function main () {
  const out = []
  for (const query of queries) {
    // A fresh loader each time: what one query downloads, not what earlier ones left behind.
    const parts = lunrParts(lunr, pathToFileURL(path.resolve(manifestPath)).href, fetchJson, { limit: query.limit })
    const found = await parts.query(builder(query))
    out.push({
      text: query.text,
      whole: pairs(whole.query(builder(query))),
      parts: found.results === null ? null : pairs(found.results),
      loaded: found.parts,
      refused: found.refused
    })
  }
  process.stdout.write(JSON.stringify(out))
}

main().catch(error => { console.error(error); process.exit(1) })
