// What the search page of a built site downloads for each query, as the page does it: the page,
// its stylesheet, icon and scripts, search.json, the parts' manifest, the parts the query needs
// (lunr-parts.js, the site's own copy) and the results groups of the first ten results.
//   node search-cost.js <site dir> <base path> <query>...
// Prints [{query, results, requests, bytes, parts}] as JSON; bytes are gzipped, as a host serves them.
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const [siteDir, basePath, ...queries] = process.argv.slice(2)
const origin = 'http://bench.invalid'

function fileOf (url) {
  const pathname = decodeURIComponent(new URL(url, origin + basePath).pathname)
  if (!pathname.startsWith(basePath)) throw new Error('outside the base path: ' + url)
  const relative = pathname.slice(basePath.length)
  return path.join(siteDir, relative === '' || relative.endsWith('/') ? relative + 'index.html' : relative)
}

function measure (queryText) {
  const downloads = []
  function get (url) {
    const bytes = fs.readFileSync(fileOf(url))
    downloads.push({ url, gzipped: zlib.gzipSync(bytes, { level: 6 }).length })
    return bytes
  }

  const html = get(basePath + 'search/').toString('utf8')
  const unescape = s => s.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&')
  const assets = []
  for (const m of html.matchAll(/<link rel="(?:stylesheet|icon)" href="([^"]+)"|<script src="([^"]+)"/g)) {
    assets.push(unescape(m[1] || m[2]))
  }
  const scripts = {}
  for (const url of assets) {
    const bytes = get(url)
    scripts[path.basename(new URL(url, origin).pathname)] = fileOf(url)
    void bytes
  }
  const lunr = require(scripts['lunr.min.js'])
  const lunrParts = require(scripts['lunr-parts.js'])
  const fetchJson = url => Promise.resolve().then(() => JSON.parse(get(url).toString('utf8')))

  const manifestUrl = unescape(html.match(/data-search-index="([^"]+)"/)[1])
  return fetchJson(manifestUrl).then(site => {
    const parts = lunrParts(lunr, origin + site.index, fetchJson)
    return lunrParts.typingSearch(parts, lunr, queryText, []).then(found => {
      const results = found.results || []
      const groups = [...new Set(results.slice(0, 10).map(r => Math.floor(Number(r.ref) / site.group)))]
      groups.forEach(g => get(site.results + g + '.json'))
      return {
        query: queryText,
        results: results.length,
        requests: downloads.length,
        bytes: downloads.reduce((sum, d) => sum + d.gzipped, 0),
        parts: found.parts.length
      }
    })
  })
}

queries.reduce((previous, q) => previous.then(all => measure(q).then(one => all.concat([one]))), Promise.resolve([]))
  .then(all => process.stdout.write(JSON.stringify(all)))
  .catch(error => { console.error(error.message); process.exit(1) })
