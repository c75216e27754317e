// Writes the quirk fixtures (docs + config) into Golden/fixtures/. The expected indices are then
// produced by lunr.js itself: PAPERSITE_UPDATE_GOLDEN=1 dotnet test --filter "FullyQualifiedName~LunrFixture"
//   node make-fixtures.js <lunrDir>
'use strict'
const fs = require('fs')
const path = require('path')
const lunr = require(path.resolve(process.argv[2]))
const dir = path.join(__dirname, 'Golden', 'fixtures')
fs.mkdirSync(dir, { recursive: true })

function write (name, docs, config) {
  fs.writeFileSync(path.join(dir, name + '.docs.json'), JSON.stringify(docs, null, 1) + '\n')
  fs.writeFileSync(path.join(dir, name + '.config.json'), JSON.stringify(Object.assign({ boost: null }, config)) + '\n')
}

const titleBody = { ref: 'id', fields: [['title', 1], ['body', 1]] }

write('letters-at-word-edges', [
  { id: 'a', title: 'Café über ΟΔΟΣ', body: 'naïve résumé façade Ångström crème brûlée' },
  { id: 'b', title: 'CAFÉ Über café', body: 'ΑΒΓ δεζ Ωmega ñandú' },
  { id: 'c', title: '«quoted» „German“ ‘single’', body: '(parens) [brackets] {braces} x²  ½half' }
], titleBody)

write('turkish-i-and-final-sigma', [
  { id: 'i', title: 'İstanbul İ İİ DİYARBAKIR', body: 'Iİ ıI' },
  { id: 's', title: 'ΟΔΟΣ ΣΑΣ Σ ΑΣ. ΑΣ\'Β ΑΣ\u0301', body: 'ΌΣΟΣ ΣΟΦΟΣ aΣb AΣ ΣA' }
], titleBody)

const whitespace = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x180e, 0x2000, 0x2001, 0x2002, 0x2003,
  0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x200b, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]
write('javascript-whitespace', whitespace.map(code => ({
  id: 'u' + code.toString(16),
  title: 'left' + code.toString(16) + String.fromCharCode(code) + 'right' + code.toString(16),
  body: String.fromCharCode(code) + 'edge' + String.fromCharCode(code)
})), titleBody)

write('hyphens-and-other-dashes', [
  { id: 'h', title: 'state-of-the-art self--supervised -lead trail- ---', body: 'en–dash em—dash minus−sign under_score slash/word dot.word comma,word' },
  { id: 'k', title: 'non‑breaking‐hyphen figure‒dash', body: 'a-b-c x_y_z' }
], titleBody)

write('numbers', [
  { id: 'n1', title: 42, body: 3.14 },
  { id: 'n2', title: 1e21, body: 1e-7 },
  { id: 'n3', title: -0, body: 123456789012345680000 },
  { id: 'n4', title: 0.000001, body: true },
  { id: 'n5', title: false, body: '2024 1,000 3.5x v2.0 10% $5 1e5' },
  { id: 'n6', title: 5e-324, body: 1.7976931348623157e308 }
], titleBody)

write('stop-words-only', [
  { id: 's1', title: 'the and of', body: 'The, AND! of? a an' },
  { id: 's2', title: 'Stop words: the', body: 'because however neither' },
  { id: 's3', title: 'real words here', body: 'constructor __proto__ toString hasOwnProperty' }
], titleBody)

write('empty-missing-null', [
  { id: 'e1', title: '', body: '   ' },
  { id: 'e2', body: null },
  { id: 'e3', title: '!!! --- ...', body: '@@ ## real' },
  { id: 'e4', title: [], body: [''] },
  { id: 'e5', title: [null], body: 'word' }
], titleBody)

write('arrays', [
  { id: 'r1', title: ['Deep Learning', 'NLP', 'state-of-the-art'], body: ['The', 'tab\tinside', 'line\nbreak'] },
  { id: 'r2', title: [42, true, null, ['a', 'b'], { x: 1 }], body: { nested: 'object' } },
  { id: 'r3', title: ['deep learning', 'Learning'], body: ['ab\n\ning', 'sky', 'Yes'] }
], titleBody)

write('emoji-and-cjk', [
  { id: 'x1', title: '😀 emoji 🎉test test🎉', body: '深度学习 模型 日本語のテキスト 한국어' },
  { id: 'x2', title: '𝐁𝐨𝐥𝐝 𐐀𐐁 Deseret', body: 'e\u0301 combining ﬁ ligature' }
], titleBody)

write('numeric-refs', [10, 2, 7, 1, '01', '4294967294', '4294967295', '-1', '1.5', 'b', 'a'].map(id => ({ id, title: 'shared word', body: 'ref ' + id })), titleBody)

// PaperSite's own refs: numbers that ascend as documents are added, so lunr lists them in that order.
write('numbered-refs-ascending', ['0', '1', '2', '9', '10', '11', '100', 'x'].map(id => ({ id, title: 'shared word', body: 'ref ' + id + (id.length % 2 ? ' odd' : ' even') })), titleBody)

// Numbers after a name: lunr lists them first, so the order they were added in is not kept.
write('numbered-refs-after-a-name', ['a', '0', '1', '3', '2'].map(id => ({ id, title: 'shared word', body: 'ref ' + id })), titleBody)

write('slash-and-odd-refs', [
  { id: 'a/x', title: 'shared', body: 'one' },
  { id: 'b', title: 'shared', body: 'two' },
  { id: 'a/y/z', title: 'shared', body: 'three' },
  { id: '2401.00001', title: 'shared', body: 'four' },
  { id: 'quote " back \\ tab \t', title: 'shared', body: 'five' },
  { id: '__proto__', title: 'shared', body: 'six' },
  { title: 'shared', body: 'no ref at all' },
  { id: null, title: 'shared', body: 'null ref' }
], titleBody)

write('duplicate-refs', [
  { id: 'A', title: 'alpha beta', body: 'first version', boost: 2 },
  { id: 'B', title: 'beta gamma', body: 'other doc', boost: 1 },
  { id: 'A', title: 'alpha delta delta', body: 'second version longer text here', boost: 3 },
  { id: '3', title: 'alpha', body: 'numeric dup' },
  { id: '3', title: 'epsilon', body: 'numeric dup again' }
], Object.assign({}, titleBody, { boost: 'boost' }))

write('boosts', [
  { id: 'b1', title: 'search engine', body: 'search index', boost: 2 },
  { id: 'b2', title: 'engine', body: 'search', boost: 0 },
  { id: 'b3', title: 'index', body: 'engine search', boost: 0.5 },
  { id: 'b4', title: 'search', body: 'index', boost: -1 },
  { id: 'b5', title: 'search search', body: 'engine' }
], { ref: 'id', fields: [['title', 10], ['body', 2.5], ['extra', 0]], boost: 'boost' })

write('integer-like-field-names', [
  { id: 'f1', title: 'alpha', 2: 'beta', 10: 'gamma' },
  { id: 'f2', title: 'gamma', 2: 'alpha', 10: 'beta' }
], { ref: 'id', fields: [['title', 1], ['10', 3], ['2', 2]] })

// Half-way rounding: find a field boost that makes score * 1000 exactly k + 0.5 (k even) in double arithmetic,
// so Math.round goes up where banker's rounding would stay at k; a -1 document boost gives -(k + 0.5),
// which Math.round takes to -k where rounding away from zero gives -(k + 1).
const halfDocs = [
  { id: 'p', body: 'halfway term', boost: 1 },
  { id: 'n', body: 'halfway term', boost: -1 },
  { id: 'o', body: 'other words entirely here', boost: 1 }
]
const builder = new lunr.Builder()
builder.ref('id'); builder.field('body')
builder.pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
halfDocs.forEach(doc => builder.add(doc))
builder.calculateAverageFieldLengths()
const idf = lunr.idf(builder.invertedIndex.halfway, builder.documentCount)
const base = idf * ((1.2 + 1) * 1) / (1.2 * (1 - 0.75 + 0.75 * (2 / builder.averageFieldLength.body)) + 1)
const view = new DataView(new ArrayBuffer(8))
function step (x, ulps) { view.setFloat64(0, x); view.setBigInt64(0, view.getBigInt64(0) + BigInt(ulps)); return view.getFloat64(0) }
let boost = null
let target = null
for (let k = 500; k < 3000 && boost === null; k += 2) {
  for (let i = 0; i < 64 && boost === null; i++) {
    for (const sign of [1, -1]) {
      const candidate = step((k + 0.5) / 1000 / base, sign * i)
      if ((base * candidate) * 1 * 1000 === k + 0.5) { boost = candidate; target = k + 0.5; break }
    }
  }
}
if (boost === null) throw new Error('no half-way boost found')
write('half-way-rounding', halfDocs, { ref: 'id', fields: [['body', boost]], boost: 'boost' })
console.log('half-way boost', boost, 'score * 1000 =', target)
