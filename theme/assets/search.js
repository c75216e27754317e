// PaperSite search: one lunr index of every paper, split by term (lunr-parts.js). A query
// downloads only the parts its terms need and is ranked by lunr itself with the whole corpus's
// statistics; what a result shows is fetched only for the results on screen, ten papers a file.
// The query and the topic filter live in the URL (?q=...&topic=...), so a search can be shared
// and the back button works. Every string reaches the DOM through textContent, never innerHTML.
(function () {
  "use strict";

  var root = document.getElementById("search-app");
  if (!root || typeof lunr === "undefined" || typeof lunrParts === "undefined") {
    return;
  }

  var input = document.getElementById("search-query");
  var form = input.form;
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var PAGE = 10;

  var site = null;          // search.json
  var parts = null;         // lunrParts loader
  var groups = {};          // results group number -> Promise of {ref: result}
  var topicBar = null;
  var more = null;
  var selected = [];        // topic names filtered by, in the URL's order
  var run = 0;              // the newest search; older ones drop their answers
  var current = null;       // { hits, shown, wanted, query }
  var timer = null;

  function fetchJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ": HTTP " + response.status);
      }
      return response.json();
    });
  }

  function say(text) {
    status.textContent = text;
  }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    return { q: params.get("q") || "", topics: params.getAll("topic") };
  }

  function setUrl(push) {
    var url = new URL(window.location.href);
    var query = input.value.trim();
    if (query) {
      url.searchParams.set("q", query);
    } else {
      url.searchParams.delete("q");
    }
    url.searchParams.delete("topic");
    selected.forEach(function (name) { url.searchParams.append("topic", name); });
    if (url.href !== window.location.href) {
      window.history[push ? "pushState" : "replaceState"]({}, "", url.href);
    }
  }

  function words(text) {
    return lunrParts.words(text);
  }

  // A topic chip is one more required term, in the topics field.
  function search(query) {
    var required = selected.map(function (name) {
      var topic = site.topics.filter(function (t) { return t.name === name; })[0];
      return topic ? { term: topic.term, fields: ["topics"] } : null;
    }).filter(function (r) { return r !== null; });
    return lunrParts.typingSearch(parts, lunr, query, required);
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
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

  // "2024-03-13" as the site's pages show it, "13 Mar 2024", whatever the reader's locale.
  function displayDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return match ? Number(match[3]) + " " + MONTHS[Number(match[2]) - 1] + " " + match[1] : iso;
  }

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
      time.textContent = displayDate(doc.date);
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

  // The results group of a ref (refs are the papers' places, oldest first).
  function group(ref) {
    var number = Math.floor(Number(ref) / site.group);
    if (!groups[number]) {
      groups[number] = fetchJson(site.results + number + ".json").catch(function (error) {
        delete groups[number];
        throw error;
      });
    }
    return groups[number];
  }

  function describe(state) {
    var total = state.hits.length;
    var what = state.query ? " \u201C" + state.query + "\u201D" : "";
    var filter = selected.length ? " in " + selected.join(", ") : "";
    if (total === 0) {
      return "No papers match" + what + filter + ".";
    }
    var showing = state.shown < total ? " (showing 1\u2013" + state.shown + ")" : "";
    return total + (total === 1 ? " paper matches" : " papers match") + what + filter + showing + ".";
  }

  // Shows the next page of results, fetching only their groups.
  function showMore(state, id) {
    var page = state.hits.slice(state.shown, state.shown + PAGE);
    more.hidden = true;
    return Promise.all(page.map(function (hit) { return group(hit.ref); })).then(function (loaded) {
      if (id !== run) {
        return;
      }
      page.forEach(function (hit, i) {
        var doc = loaded[i][hit.ref];
        if (doc) {
          list.appendChild(renderResult(doc, state.wanted));
        }
      });
      state.shown += page.length;
      more.hidden = state.shown >= state.hits.length;
      say(describe(state));
    });
  }

  function refusal(refused) {
    return "Not searched: " + refused.map(function (r) {
      return "\u201C" + r.term + "\u201D (" + r.reason + ")";
    }).join(", ") + ". Try other words.";
  }

  function show() {
    var id = ++run;
    var query = input.value.trim();
    list.replaceChildren();
    more.hidden = true;
    current = null;
    if (!query && selected.length === 0) {
      say("Type to search " + site.papers + " papers.");
      return;
    }
    var unknown = selected.filter(function (name) {
      return !site.topics.some(function (t) { return t.name === name; });
    });
    if (unknown.length > 0) {
      say("Not searched: no topic is named \u201C" + unknown.join("\u201D, \u201C") + "\u201D.");
      return;
    }
    say("Searching\u2026");
    search(query).then(function (found) {
      if (id !== run) {
        return;
      }
      if (found.results === null) {
        say(refusal(found.refused));
        return;
      }
      current = { hits: found.results, shown: 0, wanted: stems(query), query: query };
      return showMore(current, id);
    }).catch(function (error) {
      if (id !== run) {
        return;
      }
      if (error instanceof lunr.QueryParseError) {
        say("That search could not be understood (" + error.message + "). Try plain words.");
      } else {
        say("The search could not be completed: " + error.message);
      }
    });
  }

  function renderTopics() {
    topicBar.replaceChildren();
    if (site.topics.length === 0) {
      return;
    }
    var label = document.createElement("span");
    label.className = "meta";
    label.textContent = "Topics: ";
    topicBar.appendChild(label);
    site.topics.forEach(function (topic) {
      var chip = document.createElement("button");
      chip.type = "button";
      chip.className = "chip";
      chip.textContent = topic.name;
      chip.setAttribute("aria-pressed", selected.indexOf(topic.name) >= 0 ? "true" : "false");
      chip.addEventListener("click", function () {
        var at = selected.indexOf(topic.name);
        if (at >= 0) {
          selected.splice(at, 1);
        } else {
          selected.push(topic.name);
        }
        renderTopics();
        setUrl(true);
        show();
      });
      topicBar.appendChild(chip);
    });
  }

  // Typing that extends or trims the query refines the same search and replaces the history
  // entry; an unrelated query is a new search with an entry of its own.
  function refines(previous, query) {
    return previous.indexOf(query) === 0 || query.indexOf(previous) === 0;
  }

  function start() {
    topicBar = document.createElement("div");
    topicBar.className = "search-topics";
    topicBar.id = "search-topics";
    status.parentNode.insertBefore(topicBar, status);
    more = document.createElement("button");
    more.type = "button";
    more.id = "search-more";
    more.textContent = "More results";
    more.hidden = true;
    more.addEventListener("click", function () {
      if (current) {
        showMore(current, run);
      }
    });
    list.parentNode.insertBefore(more, list.nextSibling);

    var initial = fromUrl();
    input.value = initial.q;
    selected = initial.topics;
    renderTopics();

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(function () {
        setUrl(!refines(fromUrl().q, input.value.trim()));
        show();
      }, 120);
    });

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      setUrl(true);
      show();
    });

    window.addEventListener("popstate", function () {
      var state = fromUrl();
      input.value = state.q;
      selected = state.topics;
      renderTopics();
      show();
    });

    show();
  }

  say("Loading the search\u2026");
  fetchJson(root.getAttribute("data-search-index")).then(function (manifest) {
    site = manifest;
    parts = lunrParts(lunr, new URL(site.index, window.location.href).href, fetchJson);
    start();
  }).catch(function (error) {
    say("The search could not be loaded: " + error.message);
  });
})();
