// lunr-parts: searches a lunr 2.3.9 index split by term (`papersite lunr --parts`), downloading
// only the parts a query's terms need. The parts a query needs are merged into one serialized
// index, loaded with lunr.Index.load and searched by lunr itself: a query's vector holds only its
// own terms, so the scores are those of the whole index.
//
//   var parts = lunrParts(lunr, manifestUrl, fetchJson)  // fetchJson(url) -> Promise of parsed JSON
//   parts.search("title:diffusion +model")               // or parts.query(function (q) { ... })
//     -> Promise of { results: [...lunr results], refused: [{ term, reason }] }
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

  function lunrParts(lunr, manifestUrl, fetchJson, options) {
    var limit = (options && options.limit) || DEFAULT_LIMIT;
    var manifest = null;
    var keys = null;          // part key -> { files: [file, ...], bytes } (a big part is cut by document into several files)
    var loaded = {};          // part key -> Promise of the part's files' JSON
    var vocabulary = null;    // Promise of a lunr.TokenSet of every term

    function ready() {
      if (!manifest) {
        manifest = fetchJson(manifestUrl).then(function (m) {
          keys = Object.create(null);
          m.parts.forEach(function (p) {
            if (!Object.prototype.hasOwnProperty.call(keys, p[0])) {
              keys[p[0]] = { files: [], bytes: 0 };
            }
            keys[p[0]].files.push(p[1]);
            keys[p[0]].bytes += p[2];
          });
          m.pipelineFunction = lunr.Pipeline.load(m.pipeline);
          return m;
        });
      }
      return manifest;
    }

    function resolve(file) {
      return new URL(file, new URL(manifestUrl, typeof location === "undefined" ? "file:///" : location.href)).href;
    }

    // The part holding a term: the longest key that begins it.
    function partOf(term) {
      for (var n = term.length; n >= 0; n--) {
        if (Object.prototype.hasOwnProperty.call(keys, term.slice(0, n))) {
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

    function loadVocabulary(m) {
      if (!vocabulary) {
        vocabulary = fetchJson(resolve(m.vocabulary)).then(function (terms) {
          return lunr.TokenSet.fromArray(terms);
        });
      }
      return vocabulary;
    }

    // The clauses of a query, as lunr.Index#query builds them, each with the terms lunr will look up.
    function clausesOf(m, build) {
      var query = new lunr.Query(m.fields);
      build(query);
      return {
        negated: query.isNegated(),
        clauses: query.clauses.map(function (clause) {
          var terms = clause.usePipeline ? m.pipelineFunction.runString(clause.term, { fields: clause.fields }) : [clause.term];
          return { clause: clause, terms: terms };
        })
      };
    }

    // Which parts each term needs. Fuzzy terms and terms starting with a wildcard are matched
    // against the vocabulary first, as lunr would match them against the whole index.
    function plan(m, build) {
      var parsed = clausesOf(m, build);
      var needsVocabulary = parsed.clauses.some(function (c) {
        return c.terms.some(function (term) { return "editDistance" in c.clause || term.charAt(0) === "*"; });
      });
      return (needsVocabulary ? loadVocabulary(m) : Promise.resolve(null)).then(function (tokenSet) {
        var needed = Object.create(null);
        var refused = [];
        if (parsed.negated) {
          refused.push({ term: parsed.clauses.map(function (c) { return "-" + c.clause.term; }).join(" "), reason: "only excluded words" });
        }
        parsed.clauses.forEach(function (c) {
          c.terms.forEach(function (term) {
            var parts = partsForTerm(c.clause, term, tokenSet);
            var bytes = parts.reduce(function (sum, key) { return sum + keys[key].bytes; }, 0);
            if (bytes > limit) {
              refused.push({ term: term, reason: "matches words all over the index" });
              return;
            }
            parts.forEach(function (key) { needed[key] = true; });
          });
        });
        return { parts: Object.keys(needed).sort(), refused: refused };
      });
    }

    function partsForTerm(clause, term, tokenSet) {
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
    }

    function fetchPart(key) {
      if (!loaded[key]) {
        loaded[key] = Promise.all(keys[key].files.map(function (file) { return fetchJson(resolve(file)); })).catch(function (error) {
          delete loaded[key];
          throw error;
        });
      }
      return loaded[key];
    }

    // One serialized lunr index of the given parts: their terms in lunr's (sorted) order and, for
    // each field vector, their entries sorted by term index. The files of a part cut by document
    // each hold some documents of a term's posting; they come in document order.
    function merge(m, parts) {
      var inverted = [];
      // Keys are terms and field refs: "constructor" must not find Object's own.
      var postings = Object.create(null);
      var vectors = Object.create(null);
      var order = [];
      parts.forEach(function (part) {
        part.invertedIndex.forEach(function (entry) {
          var seen = postings[entry[0]];
          if (!seen) {
            postings[entry[0]] = entry[1];
            inverted.push(entry);
            return;
          }
          Object.keys(entry[1]).forEach(function (field) {
            if (field !== "_index") {
              Object.keys(entry[1][field]).forEach(function (ref) { seen[field][ref] = entry[1][field][ref]; });
            }
          });
        });
        part.fieldVectors.forEach(function (vector) {
          if (!vectors[vector[0]]) {
            vectors[vector[0]] = [];
            order.push(vector[0]);
          }
          vectors[vector[0]].push(vector[1]);
        });
      });
      inverted.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
      return lunr.Index.load({
        version: m.version,
        fields: m.fields,
        fieldVectors: order.map(function (fieldRef) { return [fieldRef, mergeEntries(vectors[fieldRef])]; }),
        invertedIndex: inverted,
        pipeline: m.pipeline
      });
    }

    function mergeEntries(lists) {
      if (lists.length === 1) {
        return lists[0];
      }
      var pairs = [];
      lists.forEach(function (list) {
        for (var i = 0; i < list.length; i += 2) {
          pairs.push([list[i], list[i + 1]]);
        }
      });
      pairs.sort(function (a, b) { return a[0] - b[0]; });
      var flat = [];
      pairs.forEach(function (pair) { flat.push(pair[0], pair[1]); });
      return flat;
    }

    // Runs a query built by build(lunr.Query) on the parts it needs.
    function query(build) {
      return ready().then(function (m) {
        return plan(m, build).then(function (p) {
          if (p.refused.length > 0) {
            return { results: null, refused: p.refused, parts: p.parts };
          }
          return Promise.all(p.parts.map(fetchPart)).then(function (files) {
            var index = merge(m, [].concat.apply([], files));
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
