/*
 * The archive's search box (docs-dev/search.md).
 *
 * One engine for both targets: the static index hooks/search.py writes to
 * assets/search/ (archive/search_index.py). A query loads the shard files of its
 * words and the records of the results shown, as <script> files, so the same
 * code runs over http and from file://.
 *
 * Matching is on folded text: `fold` is archive/normalize.py's fold() (NFD, drop
 * combining marks, đ -> d, lower case); `toneKey` is archive/search_text.py's
 * tone_key() (tone mark moved to the word's end, so "Uỷ" = "Ủy"). An exact match
 * with diacritics (in any tone placement) ranks above a folded one.
 * Plain ES5-style script on purpose: it has to run from file:// without modules.
 */
(function () {
  "use strict";

  var MARKS = /\p{Mn}/gu;
  var TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var WEIGHTS = { t: 10, n: 9, w: 6, l: 4, b: 1 };
  var RERANK = 10;   // page records fetched (and re-ranked) per batch
  var PAGE = 10;     // results shown per "more" click

  function fold(text) {
    return String(text).replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(MARKS, "").toLowerCase();
  }

  function toneKey(text) {
    return String(text).toLowerCase().normalize("NFC").split(/([^\p{L}\p{M}\p{N}_]+)/u).map(function (word) {
      var nfd = word.normalize("NFD");
      var tones = (nfd.match(TONES) || []).join("");
      return (nfd.replace(TONES, "") + tones).normalize("NFC");
    }).join("");
  }

  /* Folded words: letters and digits; "205-QĐ/TW" -> ["205", "qd", "tw"],
     "205qd" -> ["205", "qd"] (numbers split from letters). */
  function tokens(text) {
    return (fold(text).match(/\p{N}+|\p{L}+/gu) || []);
  }

  function hasDiacritics(text) {
    var lower = String(text).toLowerCase().normalize("NFC");
    return fold(lower) !== lower;
  }

  /* Folded text of `text` with, for each folded character, its original index. */
  function foldWithOffsets(text) {
    var out = "", origin = [];
    for (var i = 0; i < text.length; i++) {
      var f = fold(text[i]);
      out += f;
      for (var j = 0; j < f.length; j++) origin.push(i);
    }
    origin.push(text.length);
    return { text: out, origin: origin };
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* " w1 w2 ... " for word-prefix and phrase tests. */
  function wordLine(text) { return " " + tokens(text).join(" ") + " "; }

  function prepare(rec) {
    if (rec._f) return rec;
    rec._f = {};
    for (var k in WEIGHTS) rec._f[k] = wordLine(k === "n" ? (rec.n || []).join(" ; ") : rec[k] || "");
    rec._tone = toneKey([rec.t, rec.l, rec.w, rec.b].join(" \n "));
    return rec;
  }

  /* Every word but the last must match whole; the last may be a prefix
     (the reader may still be typing it). */
  function termNeedle(query, i) {
    return " " + query.terms[i] + (i < query.terms.length - 1 ? " " : "");
  }
  function termMatches(word, query, i) {
    return i < query.terms.length - 1 ? word === query.terms[i] : word.indexOf(query.terms[i]) === 0;
  }

  function countOf(hay, needle, cap) {
    var n = 0, at = hay.indexOf(needle);
    while (at >= 0 && n < cap) { n++; at = hay.indexOf(needle, at + needle.length); }
    return n;
  }

  /* Score of a record for a query, or -1 when a word is missing from every field.
     Per word: the weight of the best field it starts a word in. Then the whole
     query as a phrase (weighted by field), then exact diacritics. */
  function score(rec, query) {
    prepare(rec);
    var f = rec._f, total = 0;
    for (var i = 0; i < query.terms.length; i++) {
      var needle = termNeedle(query, i), best = 0;
      for (var k in WEIGHTS) if (WEIGHTS[k] > best && f[k].indexOf(needle) >= 0) best = WEIGHTS[k];
      if (!best) return -1;
      total += best;
    }
    if (query.terms.length > 1) {
      var phrase = " " + query.terms.join(" ");
      for (var k2 in WEIGHTS) total += WEIGHTS[k2] * 3 * countOf(f[k2], phrase, 5);
    }
    if (query.exact && rec._tone.indexOf(query.exact) >= 0) total += 1000;
    return total;
  }

  /* Document numbers written any way ("205 QD TW", "205/QĐ-TW") fold to the same
     words; nothing more to do here than tokens(). `forms` are the words as typed,
     tone mark moved to the end (the index's exact forms, archive/search_index.py). */
  function parseQuery(raw) {
    var text = String(raw).normalize("NFC").trim(), terms = tokens(text), forms = [];
    (text.toLowerCase().match(/(?:\p{L}|[\u0300-\u036f])+|\p{N}+/gu) || []).forEach(function (word) {
      var folded = fold(word);
      if (/^(\p{L}+|\p{N}+)$/u.test(folded)) forms.push(toneKey(word));
      else forms.push.apply(forms, tokens(folded));
    });
    return {
      raw: text,
      terms: terms,
      forms: forms.length === terms.length ? forms : terms,
      exact: hasDiacritics(text) ? toneKey(text).replace(/\s+/g, " ") : ""
    };
  }

  /* Spans [start, end) of original text where a query word starts a word. */
  function matchSpans(text, query) {
    var folded = foldWithOffsets(text), spans = [];
    var re = /\p{N}+|\p{L}+/gu, m;
    while ((m = re.exec(folded.text))) {
      for (var i = 0; i < query.terms.length; i++) {
        if (termMatches(m[0], query, i) || (query.terms.length > 1 && m[0] === query.terms[i])) {
          var len = i < query.terms.length - 1 ? m[0].length : query.terms[i].length;
          spans.push([folded.origin[m.index], folded.origin[m.index + len]]);
          break;
        }
      }
    }
    return spans;
  }

  function highlight(text, query, from, to) {
    from = from || 0; to = to === undefined ? text.length : to;
    var spans = matchSpans(text.slice(from, to), query), out = "", at = 0, part = text.slice(from, to);
    spans.forEach(function (s) {
      out += escapeHtml(part.slice(at, s[0])) + "<mark>" + escapeHtml(part.slice(s[0], s[1])) + "</mark>";
      at = s[1];
    });
    return out + escapeHtml(part.slice(at));
  }

  /* A window of `body` around the best match: the phrase, else the first word. */
  function snippet(body, query, length) {
    length = length || 220;
    body = String(body || "").replace(/\s+/g, " ");
    if (!body) return "";
    var folded = foldWithOffsets(body), at = -1, line = " " + folded.text + " ";
    var SEP = "[^\\p{L}\\p{N}]";
    if (query.terms.length > 1) at = line.search(new RegExp(SEP + query.terms.join(SEP + "+"), "u"));
    for (var i = 0; i < query.terms.length && at < 0; i++) {
      at = line.search(new RegExp(SEP + query.terms[i] + (i < query.terms.length - 1 ? SEP : ""), "u"));
    }
    var start = at < 0 ? 0 : folded.origin[Math.max(0, at)] || 0;
    start = Math.max(0, start - Math.floor(length / 3));
    if (start > 0) { var sp = body.indexOf(" ", start); start = sp >= 0 && sp - start < 20 ? sp + 1 : start; }
    var end = Math.min(body.length, start + length);
    if (end < body.length) { var sp2 = body.lastIndexOf(" ", end); end = sp2 > start ? sp2 : end; }
    return (start > 0 ? "… " : "") + highlight(body, query, start, end) + (end < body.length ? " …" : "");
  }

  /* ---------------------------------------------------------------- engines */

  function siteRoot() {
    var config = {};
    try { config = JSON.parse(document.getElementById("__config").textContent); } catch (e) { /* none */ }
    var base = (config.base || ".").replace(/\/?$/, "/");
    return new URL(base, location.href);
  }

  /* Index files are scripts calling window.__archiveSearchLoad(name, data), so the
     same files load over http and from file:// (no fetch there). */
  var loaded = {}, waiting = {};
  window.__archiveSearchLoad = function (name, data) {
    loaded[name] = data;
    if (waiting[name]) waiting[name].resolve(data);
  };
  function loadData(base, name) {
    if (loaded[name]) return Promise.resolve(loaded[name]);
    if (waiting[name]) return waiting[name].promise;
    var w = waiting[name] = {};
    w.promise = new Promise(function (resolve, reject) {
      w.resolve = resolve;
      var s = document.createElement("script");
      s.src = new URL(name + ".js", base).href; s.async = true;
      s.onerror = function () { delete waiting[name]; reject(new Error("không tải được " + s.src)); };
      document.head.appendChild(s);
    });
    return w.promise;
  }

  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var FIELD_WEIGHTS = [1, 4, 6, 9, 10];  // archive/search_index.py FIELDS: b, l, w, n, t
  var MIN_PREFIX = 3;   // a shorter last word matches whole words only
  var NUMBER_FORM = "#";

  /* Postings string -> calls fn(page id, field code); see search_index.decode. */
  function eachPosting(text, fn) {
    var value = 0, last = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGITS.indexOf(text[i]);
      value = value * 32 + (d & 31);
      if (d < 32) { last += Math.floor(value / 5); fn(last, value % 5); value = 0; }
    }
  }

  function IndexEngine(base) {
    this.name = "index";
    this.base = base;
    this.ready = loadData(base, "meta");
  }

  /* Shard names holding a query word: whole word, or every word with that prefix. */
  IndexEngine.prototype.shards = function (meta, word, prefix) {
    var out = [], path = word + "$";
    meta.shards.forEach(function (key, n) {
      if (prefix ? key.indexOf(word) === 0 || word.indexOf(key) === 0 : path.indexOf(key) === 0) out.push("s/" + n);
    });
    return out;
  };

  /* Per query word: {page id: {w: best field weight, x: has the exact form}}. */
  IndexEngine.prototype.termHits = function (meta, query, i) {
    var word = query.terms[i], last = i === query.terms.length - 1;
    var prefix = last && word.length >= MIN_PREFIX, form = query.forms[i], base = this.base;
    return Promise.all(this.shards(meta, word, prefix).map(function (name) { return loadData(base, name); }))
      .then(function (shards) {
        var hits = {};
        shards.forEach(function (shard) {
          for (var w in shard) {
            if (!(prefix ? w.indexOf(word) === 0 : w === word)) continue;
            for (var f in shard[w]) {
              var written = f === "" ? w : f;
              var exact = f !== NUMBER_FORM && (last ? written.indexOf(form) === 0 : written === form);
              eachPosting(shard[w][f], function (id, code) {
                var h = hits[id] || (hits[id] = { w: 0, x: false });
                if (FIELD_WEIGHTS[code] > h.w) h.w = FIELD_WEIGHTS[code];
                if (exact) h.x = true;
              });
            }
          }
        });
        return hits;
      });
  };

  /* Stage 1 on the postings: pages with every word, scored by best field per word
     (+1000 when every word has the query's exact form); stage 2 (in `more`) fetches
     the page records RERANK at a time and re-ranks each batch with the full score(). */
  IndexEngine.prototype.search = function (query) {
    var self = this;
    return this.ready.then(function (meta) {
      return Promise.all(query.terms.map(function (_, i) { return self.termHits(meta, query, i); }));
    }).then(function (perTerm) {
      var ranked = [], first = perTerm.slice().sort(function (a, b) { return Object.keys(a).length - Object.keys(b).length; })[0];
      Object.keys(first).forEach(function (id) {
        var total = 0, exact = !!query.exact;
        for (var i = 0; i < perTerm.length; i++) {
          var h = perTerm[i][id];
          if (!h) return;
          total += h.w; exact = exact && h.x;
        }
        ranked.push({ id: +id, score: total + (exact ? 1000 : 0) });
      });
      ranked.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
      return self.results(ranked, query);
    });
  };

  IndexEngine.prototype.results = function (ranked, query) {
    var base = this.base, root = siteRoot(), hits = [], cursor = 0;
    function fetchBatch() {
      var batch = ranked.slice(cursor, cursor + RERANK);
      cursor += batch.length;
      return Promise.all(batch.map(function (r) {
        return loadData(base, "d/" + Math.floor(r.id / 1000) + "/" + r.id);
      })).then(function (recs) {
        var scored = recs.map(function (rec, i) { return { rec: rec, score: score(rec, query), id: batch[i].id }; });
        scored.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
        hits = hits.concat(scored);
      });
    }
    return {
      total: ranked.length,
      more: function (from, count) {
        function fill() {
          if (hits.length >= from + count || cursor >= ranked.length) {
            return hits.slice(from, from + count).map(function (h) {
              return toResult(h.rec, new URL(h.rec.u, root).href, query);
            });
          }
          return fetchBatch().then(fill);
        }
        return Promise.resolve().then(fill);
      }
    };
  };

  var KIND = { article: "Bài viết", document: "Văn bản" };

  function toResult(rec, url, query) {
    var meta = [KIND[rec.k] || "", rec.d, rec.o].filter(Boolean).join(" · ");
    var body = rec.k === "document" ? [rec.l, rec.b].join(" ") : rec.b;
    return {
      url: url,
      html:
        '<li class="md-search-result__item archive-search__item">' +
        '<a href="' + escapeHtml(url) + '" class="md-search-result__link archive-search__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset">' +
        '<h1 class="archive-search__title">' + highlight(rec.t, query) + "</h1>" +
        '<p class="archive-search__meta">' + escapeHtml(meta) + "</p>" +
        '<p class="archive-search__snippet">' + snippet(body, query) + "</p>" +
        "</article></a></li>"
    };
  }

  /* ---------------------------------------------------------------- UI */

  function setup(box) {
    var input = box.querySelector(".archive-search__input");
    var list = box.querySelector(".archive-search__list");
    var status = box.querySelector(".archive-search__status");
    var moreWrap = box.querySelector(".archive-search__more-wrap");
    var reset = box.querySelector(".archive-search__reset");
    var toggle = document.getElementById("__search");
    var engine = null, seq = 0, timer = null, shown = 0, current = null;

    function getEngine() {
      if (engine) return engine;
      var base = new URL((box.getAttribute("data-index") || "assets/search/").replace(/\/?$/, "/"), location.href);
      var eng = new IndexEngine(base);
      engine = eng.ready.then(function () { return eng; }, function (err) { engine = null; throw err; });
      return engine;
    }

    function setStatus(text) { status.textContent = text; }

    function open() { if (toggle && !toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event("change")); } }
    function close() { if (toggle && toggle.checked) { toggle.checked = false; toggle.dispatchEvent(new Event("change")); } input.blur(); }

    function render(results, append) {
      if (!append) list.innerHTML = "";
      list.insertAdjacentHTML("beforeend", results.map(function (r) { return r.html; }).join(""));
      shown = list.children.length;
      moreWrap.innerHTML = "";
      if (current && shown < current.total) {
        var btn = document.createElement("button");
        btn.type = "button";
        btn.className = "md-button archive-search__more";
        btn.textContent = "Xem thêm kết quả";
        btn.addEventListener("click", function () { more(seq); });
        moreWrap.appendChild(btn);
      }
    }

    function more(mySeq) {
      var batch = current;
      batch.more(shown, PAGE).then(function (results) {
        if (mySeq !== seq) return;
        render(results.slice(0, PAGE), true);
      });
    }

    // No page matches (or none could be loaded): say so, and mark the search done.
    function showNone(query) {
      list.innerHTML = ""; moreWrap.innerHTML = "";
      setStatus("Không tìm thấy kết quả cho “" + query.raw + "”");
      box.setAttribute("data-query", query.raw);
      box.setAttribute("data-state", "done");
    }

    function run() {
      var mySeq = ++seq;
      var query = parseQuery(input.value);
      if (!query.terms.length) {
        list.innerHTML = ""; moreWrap.innerHTML = ""; current = null;
        setStatus("Gõ từ khóa, có dấu hoặc không dấu, hoặc số hiệu văn bản");
        box.removeAttribute("data-state");
        return;
      }
      setStatus("Đang tìm…");
      box.setAttribute("data-state", "searching");
      box.removeAttribute("data-query");
      getEngine().then(function (eng) {
        box.setAttribute("data-engine", eng.name);
        return eng.search(query).then(function (found) {
          if (mySeq !== seq) return;
          current = found;
          if (!found.total) return showNone(query);
          return found.more(0, PAGE).then(function (results) {
            if (mySeq !== seq) return;
            if (!results.length) return showNone(query);
            setStatus(found.total === 1 ? "1 kết quả" : found.total + " kết quả");
            render(results.slice(0, PAGE), false);
            box.setAttribute("data-query", query.raw);
            box.setAttribute("data-state", "done");
          });
        });
      }).catch(function (err) {
        if (mySeq !== seq) return;
        setStatus("Không tải được bộ tìm kiếm. Hãy thử tải lại trang.");
        box.setAttribute("data-state", "error");
        if (window.console) console.error(err);
      });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 120);
    });
    input.addEventListener("focus", function () { open(); getEngine(); });
    if (toggle) toggle.addEventListener("change", function () {
      if (toggle.checked && document.activeElement !== input) setTimeout(function () { input.focus(); }, 50);
    });
    if (reset) reset.addEventListener("click", function () {
      input.value = ""; run(); input.focus();
    });
    input.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); close(); }
      else if (e.key === "Enter") {
        e.preventDefault();
        var first = list.querySelector("a");
        if (first) location.href = first.href;
      } else if (e.key === "ArrowDown") {
        var a = list.querySelector("a");
        if (a) { e.preventDefault(); a.focus(); }
      }
    });
    list.addEventListener("keydown", function (e) {
      var links = Array.prototype.slice.call(list.querySelectorAll("a"));
      var i = links.indexOf(document.activeElement);
      if (e.key === "ArrowDown" && i >= 0 && i < links.length - 1) { e.preventDefault(); links[i + 1].focus(); }
      else if (e.key === "ArrowUp") { e.preventDefault(); if (i > 0) links[i - 1].focus(); else input.focus(); }
      else if (e.key === "Escape") { e.preventDefault(); close(); }
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName));
      if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === "/" || e.key === "s" || e.key === "f")) {
        e.preventDefault(); e.stopPropagation(); open(); input.focus();
      }
    }, true);
  }

  window.archiveSearch = {
    fold: fold, toneKey: toneKey, tokens: tokens, parseQuery: parseQuery,
    score: score, snippet: snippet, highlight: highlight
  };

  function init() {
    var boxes = document.querySelectorAll("[data-archive-search]");
    for (var i = 0; i < boxes.length; i++) setup(boxes[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
