// Reference oracle for the C# lunr port: runs lunr.js 2.3.9 itself.
//
//   node lunr-reference.js index <lunrDir> <docs.json> <config.json> <out.json>
//       config: {"ref": "id", "fields": [["title", 10], ["abstract", 1]], "boost": "docBoostProperty" | null}
//       writes JSON.stringify(index) to out.json (UTF-8, no trailing newline)
//   node lunr-reference.js stem <lunrDir> < tokens.txt
//       prints "token\tstem" for every input line (one token a line)
//   node lunr-reference.js search <lunrDir> <index.json> <query>
//       loads the index with lunr.Index.load and prints the result refs as a JSON array
'use strict'
const fs = require('fs')
const path = require('path')

const [mode, lunrDir, ...rest] = process.argv.slice(2)
const lunr = require(path.resolve(lunrDir))

function build (docs, config) {
  return lunr(function () {
    this.ref(config.ref)
    for (const [name, boost] of config.fields) {
      this.field(name, { boost: boost })
    }
    for (const doc of docs) {
      if (config.boost) {
        this.add(doc, { boost: doc[config.boost] })
      } else {
        this.add(doc)
      }
    }
  })
}

if (mode === 'index') {
  const [docsPath, configPath, outPath] = rest
  const docs = JSON.parse(fs.readFileSync(docsPath, 'utf8'))
  const config = JSON.parse(fs.readFileSync(configPath, 'utf8'))
  fs.writeFileSync(outPath, JSON.stringify(build(docs, config)))
} else if (mode === 'stem') {
  const lines = fs.readFileSync(0, 'utf8').split('\n').filter(line => line.length > 0)
  const out = lines.map(token => token + '\t' + lunr.stemmer(new lunr.Token(token)).toString())
  process.stdout.write(out.join('\n') + '\n')
} else if (mode === 'search') {
  const [indexPath, query] = rest
  const idx = lunr.Index.load(JSON.parse(fs.readFileSync(indexPath, 'utf8')))
  process.stdout.write(JSON.stringify(idx.search(query).map(r => r.ref)))
} else {
  console.error('unknown mode ' + mode)
  process.exit(2)
}
