// PaperSite search: loads the prebuilt lunr index shards listed in search/shards.json and
// searches as you type. The query lives in the URL (?q=...), so a search can be shared and
// the back button works. Every string reaches the DOM through textContent, never innerHTML.
(function () {
  "use strict";

  var root = document.getElementById("search-app");
  if (!root || typeof lunr === "undefined") {
    return;
  }

  var input = document.getElementById("search-query");
  var form = input.form;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var shards = [];          // [{ index: lunr.Index, documents: {ref: doc} }], in manifest order
  var expected = 0;         // shards listed in the manifest
  var failed = false;
  var timer = null;
  var MAX_RESULTS = 50;

  function queryFromUrl() {
    return new URLSearchParams(window.location.search).get("q") || "";
  }

  function setUrl(query, push) {
    var url = new URL(window.location.href);
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    if (url.href !== window.location.href) {
      window.history[push ? "pushState" : "replaceState"]({ q: query }, "", url.href);
    }
  }

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": HTTP " + response.status);
      }
      return response.json();
    });
  }

  // Words of a query, as lunr's tokenizer splits them (whitespace and hyphens).
  function words(text) {
    return text.toLowerCase().split(/[\s\-]+/).filter(function (w) { return w.length > 0; });
  }

  var SYNTAX = /[:+~^*]|(^|\s)-/;

  // Plain queries: every word required (AND), the last one also as a prefix so results follow
  // typing. Queries using lunr's syntax (field:term, +, -, ~, ^, *) go to lunr as written.
  function runQuery(index, query, requireAll) {
    if (SYNTAX.test(query)) {
      return index.search(query);
    }
    var terms = words(query);
    return index.query(function (q) {
      terms.forEach(function (term, i) {
        var presence = requireAll ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL;
        var isLast = i === terms.length - 1;
        if (isLast && term.length > 1) {
          // The word being typed: the whole word or any word it begins ("matry" finds "matryoshka").
          q.term(term, { boost: 10, presence: lunr.Query.presence.OPTIONAL });
          q.term(term, { wildcard: lunr.Query.wildcard.TRAILING, presence: lunr.Query.presence.OPTIONAL, usePipeline: false });
        } else {
          q.term(term, { presence: presence });
        }
      });
    });
  }

  function searchAll(query) {
    var hits = [];
    shards.forEach(function (shard) {
      var found = runQuery(shard.index, query, true);
      if (found.length === 0 && !SYNTAX.test(query)) {
        found = runQuery(shard.index, query, false);
      }
      found.forEach(function (hit) {
        var doc = shard.documents[hit.ref];
        if (doc) {
          hits.push({ score: hit.score, doc: doc });
        }
      });
    });
    // Shards are scored with whole-corpus statistics, so their scores compare directly.
    hits.sort(function (a, b) { return b.score - a.score; });
    return hits;
  }

  function stems(query) {
    return words(query).map(function (w) {
      var trimmed = lunr.trimmer(new lunr.Token(w)).toString();
      return { stem: lunr.stemmer(new lunr.Token(trimmed)).toString(), prefix: trimmed };
    }).filter(function (s) { return s.prefix.length > 0; });
  }

  function isMatch(word, wanted) {
    var trimmed = lunr.trimmer(new lunr.Token(word.toLowerCase())).toString();
    if (!trimmed) {
      return false;
    }
    var stem = lunr.stemmer(new lunr.Token(trimmed)).toString();
    return wanted.some(function (w) {
      return stem === w.stem || (w.prefix.length > 1 && trimmed.indexOf(w.prefix) === 0);
    });
  }

  // Appends text to parent, wrapping the words that match the query in <mark>.
  function appendHighlighted(parent, text, wanted) {
    text.split(/(\s+|-)/).forEach(function (part) {
      if (part && !/^(\s+|-)$/.test(part) && isMatch(part, wanted)) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        parent.appendChild(mark);
      } else if (part) {
        parent.appendChild(document.createTextNode(part));
      }
    });
  }

  function renderResult(doc, wanted) {
    var item = document.createElement("li");
    var article = document.createElement("article");
    article.className = "paper-card";

    var heading = document.createElement("h2");
    heading.className = "paper-card-title";
    var link = document.createElement("a");
    link.href = doc.url;
    appendHighlighted(link, doc.title, wanted);
    heading.appendChild(link);
    article.appendChild(heading);

    var meta = document.createElement("p");
    meta.className = "meta";
    if (doc.date) {
      var time = document.createElement("time");
      time.dateTime = doc.date;
      time.textContent = doc.date;
      meta.appendChild(time);
      meta.appendChild(document.createTextNode(" "));
    }
    (doc.topics || []).forEach(function (topic) {
      var chip = document.createElement("span");
      chip.className = "chip";
      chip.textContent = topic;
      meta.appendChild(chip);
    });
    article.appendChild(meta);

    if (doc.excerpt) {
      var excerpt = document.createElement("p");
      excerpt.className = "excerpt";
      appendHighlighted(excerpt, doc.excerpt, wanted);
      article.appendChild(excerpt);
    }
    item.appendChild(article);
    return item;
  }

  function say(text) {
    status.textContent = text;
  }

  function show(query) {
    list.replaceChildren();
    query = query.trim();
    if (failed) {
      return;
    }
    if (!query) {
      say(shards.length < expected ? "Loading the search index…" : "Type to search " + count() + " papers.");
      return;
    }
    if (shards.length === 0) {
      say("Loading the search index…");
      return;
    }
    var hits;
    try {
      hits = searchAll(query);
    } catch (e) {
      if (e instanceof lunr.QueryParseError) {
        say("That search could not be understood (" + e.message + "). Try plain words.");
        return;
      }
      throw e;
    }
    var wanted = stems(query);
    hits.slice(0, MAX_RESULTS).forEach(function (hit) {
      list.appendChild(renderResult(hit.doc, wanted));
    });
    var more = shards.length < expected ? " Still loading more papers…" : "";
    if (hits.length === 0) {
      say("No papers match \u201C" + query + "\u201D." + more);
    } else {
      var shown = hits.length > MAX_RESULTS ? " (showing the best " + MAX_RESULTS + ")" : "";
      say(hits.length + (hits.length === 1 ? " paper matches" : " papers match") + " \u201C" + query + "\u201D" + shown + "." + more);
    }
  }

  function count() {
    return shards.reduce(function (n, s) { return n + Object.keys(s.documents).length; }, 0);
  }

  // Typing that extends or trims the query in the URL refines the same search and replaces the
  // history entry; an unrelated query is a new search with an entry of its own, so Back returns
  // to the last search whether or not Enter was pressed.
  function refines(previous, query) {
    return previous.indexOf(query) === 0 || query.indexOf(previous) === 0;
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var query = input.value.trim();
      setUrl(query, !refines(queryFromUrl(), query));
      show(input.value);
    }, 120);
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    setUrl(input.value.trim(), true);
    show(input.value);
  });

  window.addEventListener("popstate", function () {
    input.value = queryFromUrl();
    show(input.value);
  });

  input.value = queryFromUrl();
  say("Loading the search index…");

  // Shards load one after another, newest papers first: results appear after the first one.
  fetchJson(root.getAttribute("data-shards")).then(function (manifest) {
    expected = manifest.shards.length;
    return manifest.shards.reduce(function (previous, entry) {
      return previous.then(function () {
        return Promise.all([fetchJson(entry.index), fetchJson(entry.documents)]).then(function (loaded) {
          shards.push({ index: lunr.Index.load(loaded[0]), documents: loaded[1] });
          show(input.value);
        });
      });
    }, Promise.resolve());
  }).catch(function (error) {
    failed = true;
    say("The search index could not be loaded: " + error.message);
  });
})();
