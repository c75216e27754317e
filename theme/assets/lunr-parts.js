// lunr-parts: searches a lunr 2.3.9 index cut into segments of consecutive documents, each split by
// term (`papersite lunr --parts`), downloading only the parts a query's terms need. A segment's parts
// hold term frequencies, not scores, so that a new document changes only the segment it is in: the
// parts a query needs are merged into one serialized index, scored here exactly as lunr.Builder scores
// one index of every document (the manifest gives the document count and the fields' average
// lengths), loaded with lunr.Index.load and searched by lunr itself. A query's vector holds only its
// own terms, so the scores are those of the whole index.
//
//   var parts = lunrParts(lunr, manifestUrl, fetchJson)  // fetchJson(url) -> Promise of parsed JSON
//   parts.search("title:diffusion +model")               // or parts.query(function (q) { ... })
//     -> Promise of { results: [...lunr results], refused: [{ term, reason }], parts: [{ segment, key }] }
//
// A query that cannot be answered exactly from what it may download is refused as a whole
// (results: null) with the terms at fault; a query of excluded words only is refused too, since
// lunr would list every document for it.
(function (root, factory) {
  if (typeof module === "object" && module.exports) {
    module.exports = factory();
  } else {
    root.lunrParts = factory();
  }
})(this, function () {
  "use strict";

  // A term whose matches would need more than this many bytes of parts is not searched.
  var DEFAULT_LIMIT = 4000000;

  // lunr.Builder's defaults for term frequency saturation (k1) and field length normalisation (b).
  var K1 = 1.2;
  var B = 0.75;

  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  // url resolved against base, or against the page when there is no base.
  function absolute(url, base) {
    return new URL(url, base || (typeof location === "undefined" ? "file:///" : location.href)).href;
  }

  // One segment: its parts by key, the part holding a term, and its vocabulary.
  function segment(lunr, fetchJson, manifest, url) {
    var keys = Object.create(null);   // part key -> { files: [file, ...], bytes } (a big part is cut by document into several files)
    var loaded = {};                  // part key -> Promise of the part's files' JSON
    var vocabulary = null;            // Promise of a lunr.TokenSet of the segment's terms
    manifest.parts.forEach(function (p) {
      if (!has(keys, p[0])) {
        keys[p[0]] = { files: [], bytes: 0 };
      }
      keys[p[0]].files.push(p[1]);
      keys[p[0]].bytes += p[2];
    });

    // The part holding a term: the longest key that begins it.
    function partOf(term) {
      for (var n = term.length; n >= 0; n--) {
        if (has(keys, term.slice(0, n))) {
          return term.slice(0, n);
        }
      }
      return null;
    }

    // Every part that may hold a term beginning with prefix.
    function partsWithPrefix(prefix) {
      var found = [];
      var own = partOf(prefix);
      if (own !== null) {
        found.push(own);
      }
      Object.keys(keys).forEach(function (key) {
        if (key.length > prefix.length && key.indexOf(prefix) === 0) {
          found.push(key);
        }
      });
      return found;
    }

    return {
      bytes: function (key) { return keys[key].bytes; },

      loadVocabulary: function () {
        if (!vocabulary) {
          vocabulary = fetchJson(absolute(manifest.vocabulary, url)).then(function (terms) {
            return lunr.TokenSet.fromArray(terms);
          }).catch(function (error) {
            vocabulary = null;
            throw error;
          });
        }
        return vocabulary;
      },

      // The parts a term needs. A fuzzy term or a term starting with a wildcard is matched against
      // the vocabulary first, as lunr would match it against the whole index.
      partsForTerm: function (clause, term, tokenSet) {
        if ("editDistance" in clause || term.charAt(0) === "*") {
          var probe = { term: term, wildcard: clause.wildcard };
          if ("editDistance" in clause) {
            probe.editDistance = clause.editDistance;
          }
          var found = Object.create(null);
          tokenSet.intersect(lunr.TokenSet.fromClause(probe)).toArray().forEach(function (word) {
            found[partOf(word)] = true;
          });
          return Object.keys(found);
        }
        var star = term.indexOf("*");
        if (star >= 0) {
          return partsWithPrefix(term.slice(0, star));
        }
        var own = partOf(term);
        return own === null ? [] : [own];
      },

      fetchPart: function (key) {
        if (!loaded[key]) {
          loaded[key] = Promise.all(keys[key].files.map(function (file) { return fetchJson(absolute(file, url)); })).catch(function (error) {
            delete loaded[key];
            throw error;
          });
        }
        return loaded[key];
      }
    };
  }

  function lunrParts(lunr, manifestUrl, fetchJson, options) {
    var limit = (options && options.limit) || DEFAULT_LIMIT;
    var manifest = null;      // Promise of the manifest, with its pipeline and segments loaded

    function ready() {
      if (!manifest) {
        manifest = fetchJson(manifestUrl).then(function (m) {
          var url = absolute(manifestUrl);
          return Promise.all(m.segments.map(function (file) {
            var segmentUrl = absolute(file, url);
            return fetchJson(segmentUrl).then(function (s) { return segment(lunr, fetchJson, s, segmentUrl); });
          })).then(function (segments) {
            return { index: m, segments: segments, pipeline: lunr.Pipeline.load(m.pipeline) };
          });
        }).catch(function (error) {
          manifest = null;
          throw error;
        });
      }
      return manifest;
    }

    // The clauses of a query, as lunr.Index#query builds them, each with the terms lunr will look up.
    function clausesOf(m, build) {
      var query = new lunr.Query(m.index.fields);
      build(query);
      return {
        negated: query.isNegated(),
        clauses: query.clauses.map(function (clause) {
          var terms = clause.usePipeline ? m.pipeline.runString(clause.term, { fields: clause.fields }) : [clause.term];
          return { clause: clause, terms: terms };
        })
      };
    }

    // Which parts of which segments each term needs, in document order: segment by segment.
    function plan(m, build) {
      var parsed = clausesOf(m, build);
      var needsVocabulary = parsed.clauses.some(function (c) {
        return c.terms.some(function (term) { return "editDistance" in c.clause || term.charAt(0) === "*"; });
      });
      var vocabularies = needsVocabulary
        ? Promise.all(m.segments.map(function (s) { return s.loadVocabulary(); }))
        : Promise.resolve(m.segments.map(function () { return null; }));
      return vocabularies.then(function (tokenSets) {
        var needed = m.segments.map(function () { return Object.create(null); });
        var refused = [];
        if (parsed.negated) {
          refused.push({ term: parsed.clauses.map(function (c) { return "-" + c.clause.term; }).join(" "), reason: "only excluded words" });
        }
        parsed.clauses.forEach(function (c) {
          c.terms.forEach(function (term) {
            var parts = m.segments.map(function (s, i) { return s.partsForTerm(c.clause, term, tokenSets[i]); });
            var bytes = 0;
            parts.forEach(function (keys, i) {
              keys.forEach(function (key) { bytes += m.segments[i].bytes(key); });
            });
            if (bytes > limit) {
              refused.push({ term: term, reason: "matches words all over the index" });
              return;
            }
            parts.forEach(function (keys, i) {
              keys.forEach(function (key) { needed[i][key] = true; });
            });
          });
        });
        var list = [];
        needed.forEach(function (keys, i) {
          Object.keys(keys).sort().forEach(function (key) { list.push({ segment: i, key: key }); });
        });
        return { parts: list, refused: refused };
      });
    }

    // One serialized lunr index of the given part files, which come in document order: terms in
    // lunr's (sorted) order, numbered afresh, since each segment numbers its own; postings of a term
    // found in several files joined; each field vector's term frequencies scored as lunr.Builder
    // scores them, with the statistics of every document, and sorted by term index.
    function merge(index, files) {
      var postings = Object.create(null);   // keys are terms and field refs: "constructor" must not find Object's own
      var vectors = Object.create(null);
      var fieldRefs = [];
      files.forEach(function (part) {
        var termOf = [];
        part.invertedIndex.forEach(function (entry) {
          var term = entry[0];
          termOf[entry[1]._index] = term;
          // Copied, not reused: a part's JSON is kept for later queries, which merge other parts.
          var posting = postings[term] || (postings[term] = { _index: 0 });
          Object.keys(entry[1]).forEach(function (field) {
            if (field !== "_index") {
              var refs = posting[field] || (posting[field] = {});
              Object.keys(entry[1][field]).forEach(function (ref) { refs[ref] = entry[1][field][ref]; });
            }
          });
        });
        part.fieldVectors.forEach(function (entry) {
          var vector = vectors[entry[0]];
          if (!vector) {
            vector = vectors[entry[0]] = { length: entry[1], boost: entry.length > 3 ? entry[3] : 1, terms: [], frequencies: [] };
            fieldRefs.push(entry[0]);
          }
          for (var i = 0; i < entry[2].length; i += 2) {
            vector.terms.push(termOf[entry[2][i]]);
            vector.frequencies.push(entry[2][i + 1]);
          }
        });
      });
      var terms = Object.keys(postings).sort();
      var indexOf = Object.create(null);
      terms.forEach(function (term, i) {
        indexOf[term] = i;
        postings[term]._index = i;
      });
      var idf = Object.create(null);
      return lunr.Index.load({
        version: index.version,
        fields: index.fields,
        fieldVectors: fieldRefs.map(function (fieldRef) {
          var vector = vectors[fieldRef];
          var f = index.fields.indexOf(lunr.FieldRef.fromString(fieldRef).fieldName);
          var pairs = vector.terms.map(function (term, i) {
            if (idf[term] === undefined) {
              idf[term] = lunr.idf(postings[term], index.documentCount);
            }
            var tf = vector.frequencies[i];
            var score = idf[term] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (vector.length / index.averageFieldLength[f])) + tf);
            score *= index.boosts[f];
            score *= vector.boost;
            return [indexOf[term], Math.round(score * 1000) / 1000];
          });
          pairs.sort(function (a, b) { return a[0] - b[0]; });
          var flat = [];
          pairs.forEach(function (pair) { flat.push(pair[0], pair[1]); });
          return [fieldRef, flat];
        }),
        invertedIndex: terms.map(function (term) { return [term, postings[term]]; }),
        pipeline: index.pipeline
      });
    }

    // Runs a query built by build(lunr.Query) on the parts it needs.
    function query(build) {
      return ready().then(function (m) {
        return plan(m, build).then(function (p) {
          if (p.refused.length > 0) {
            return { results: null, refused: p.refused, parts: p.parts };
          }
          return Promise.all(p.parts.map(function (part) { return m.segments[part.segment].fetchPart(part.key); })).then(function (files) {
            var index = merge(m.index, [].concat.apply([], files));
            return { results: index.query(build), refused: [], parts: p.parts };
          });
        });
      });
    }

    function search(text) {
      return query(function (q) {
        new lunr.QueryParser(text, q).parse();
      });
    }

    return { ready: ready, query: query, search: search };
  }

  // A query for search as you type, for text without lunr's syntax: every word required (or,
  // with requireAll false, any of them), the last one also as a prefix, so "matry" finds
  // "matryoshka". Text with lunr's syntax (field:term, +, -, ~, ^, *) is parsed as lunr would.
  // required: more terms every result must have, as [{ term, fields }], not run through the pipeline.
  lunrParts.SYNTAX = /[:+~^*]|(^|\s)-/;

  lunrParts.words = function (text) {
    return text.toLowerCase().split(/[\s\-]+/).filter(function (w) { return w.length > 0; });
  };

  lunrParts.typingQuery = function (lunr, text, requireAll, required) {
    return function (q) {
      if (lunrParts.SYNTAX.test(text)) {
        new lunr.QueryParser(text, q).parse();
      } else {
        var words = lunrParts.words(text);
        words.forEach(function (word, i) {
          if (i === words.length - 1 && word.length > 1) {
            q.term(word, { boost: 10, presence: lunr.Query.presence.OPTIONAL });
            q.term(word, { wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.OPTIONAL, usePipeline: false });
          } else {
            q.term(word, { presence: requireAll ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL });
          }
        });
      }
      (required || []).forEach(function (r) {
        q.term(r.term, { fields: r.fields, presence: lunr.Query.presence.REQUIRED, usePipeline: false });
      });
    };
  };

  // Runs typingQuery requiring every word and, when plain words find nothing together, any of them.
  lunrParts.typingSearch = function (parts, lunr, text, required) {
    return parts.query(lunrParts.typingQuery(lunr, text, true, required)).then(function (found) {
      var plain = !lunrParts.SYNTAX.test(text) && lunrParts.words(text).length > 1;
      if (found.results !== null && found.results.length === 0 && plain) {
        return parts.query(lunrParts.typingQuery(lunr, text, false, required));
      }
      return found;
    });
  };

  return lunrParts;
});
