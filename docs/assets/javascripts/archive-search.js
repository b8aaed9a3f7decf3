/*
 * The archive's search box (docs-dev/search.md).
 *
 * One UI, two engines:
 *  - served over http(s): Pagefind (pagefind/pagefind.js), which loads only the
 *    index chunks a query needs; the top results are re-ranked here;
 *  - opened from disk (file://) or when Pagefind is missing (mkdocs serve): a
 *    local index, assets/javascripts/search-index.js, loaded with a <script> tag.
 * Both rank with the same `score` below, so the two targets agree.
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
  var RERANK = 20;   // Pagefind results re-ranked (and fetched) per batch
  var PAGE = 10;     // results shown per "more" click
  var SENTINEL = "\u2042"; // hooks/search.py: hidden index text starts here

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
     words; nothing more to do here than tokens(). */
  function parseQuery(raw) {
    var text = String(raw).normalize("NFC").trim();
    return {
      raw: text,
      terms: tokens(text),
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

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src; s.async = true;
      s.onload = resolve;
      s.onerror = function () { reject(new Error("không tải được " + src)); };
      document.head.appendChild(s);
    });
  }

  function LocalEngine(root, src) {
    this.name = "local";
    this.root = root;
    this.ready = (window.__archiveSearchIndex ? Promise.resolve() : loadScript(src)).then(function () {
      var data = window.__archiveSearchIndex, fields = data.fields;
      return data.rows.map(function (row) {
        var rec = {};
        fields.forEach(function (name, i) { rec[name] = row[i]; });
        return rec;
      });
    });
  }
  LocalEngine.prototype.search = function (query) {
    var root = this.root;
    return this.ready.then(function (records) {
      var hits = [];
      records.forEach(function (rec) {
        var s = score(rec, query);
        if (s >= 0) hits.push({ rec: rec, score: s });
      });
      hits.sort(function (a, b) { return b.score - a.score || (b.rec.d > a.rec.d ? 1 : -1); });
      return {
        total: hits.length,
        more: function (from, count) {
          return Promise.resolve(hits.slice(from, from + count).map(function (h) {
            return toResult(h.rec, new URL(h.rec.u, root).href, query);
          }));
        }
      };
    });
  };

  function PagefindEngine(root, src) {
    this.name = "pagefind";
    this.ready = import(new URL(src, location.href).href).then(function (pf) {
      return Promise.resolve(pf.options({ baseUrl: root.pathname, excerptLength: 30 })).then(function () {
        return Promise.resolve(pf.init && pf.init()).then(function () { return pf; });
      });
    });
  }
  PagefindEngine.prototype.search = function (query) {
    return this.ready.then(function (pf) {
      return pf.search(query.terms.join(" ")).then(function (search) {
        var results = (search && search.results) || [];
        // Results are fetched and re-ranked RERANK at a time, in Pagefind's order;
        // `more` serves the re-ranked list, fetching further batches when needed.
        var hits = [], cursor = 0;
        function fetchBatch() {
          var batch = results.slice(cursor, cursor + RERANK);
          cursor += batch.length;
          return Promise.all(batch.map(function (r) { return r.data(); })).then(function (datas) {
            var scored = datas.map(function (data, i) {
              var meta = data.meta || {};
              var rec = {
                u: data.url, k: meta.kind || "", t: meta.title || "", d: meta.date || "",
                o: meta.outlet || "", l: meta.lead || "", w: meta.keywords || "",
                n: meta.numbers ? meta.numbers.split(" ") : [],
                b: (data.content || "").split(SENTINEL)[0]
              };
              // Our score decides, Pagefind's breaks ties. Pagefind also returns
              // pages that lack some of the words: those (score -1) are dropped,
              // as the local engine does.
              return { rec: rec, score: score(rec, query) + batch[i].score / 1000, url: data.url };
            }).filter(function (h) { return h.score >= 0; });
            scored.sort(function (a, b) { return b.score - a.score; });
            hits = hits.concat(scored);
            if (cursor >= results.length) found.total = hits.length;
          });
        }
        var found = {
          total: results.length,
          more: function (from, count) {
            function fill() {
              if (hits.length >= from + count || cursor >= results.length) {
                return hits.slice(from, from + count).map(function (h) { return toResult(h.rec, h.url, query); });
              }
              return fetchBatch().then(fill);
            }
            return Promise.resolve().then(fill);
          }
        };
        return found;
      });
    });
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
    var root = siteRoot();
    var engine = null, seq = 0, timer = null, shown = 0, current = null;

    function getEngine() {
      if (engine) return engine;
      var fallback = box.getAttribute("data-fallback");
      var local = function () {
        if (!fallback) throw new Error("no local index");
        return new LocalEngine(root, new URL(fallback, location.href).href);
      };
      if (location.protocol === "file:") {
        engine = Promise.resolve().then(local);
      } else {
        var pf = new PagefindEngine(root, box.getAttribute("data-pagefind"));
        engine = pf.ready.then(function () { return pf; }, local);
      }
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
          if (!found.total) {
            list.innerHTML = ""; moreWrap.innerHTML = "";
            setStatus("Không tìm thấy kết quả cho “" + query.raw + "”");
            box.setAttribute("data-query", query.raw);
            box.setAttribute("data-state", "done");
            return;
          }
          return found.more(0, PAGE).then(function (results) {
            if (mySeq !== seq) return;
            if (!results.length) {
              list.innerHTML = ""; moreWrap.innerHTML = "";
              setStatus("Không tìm thấy kết quả cho “" + query.raw + "”");
              box.setAttribute("data-query", query.raw);
              box.setAttribute("data-state", "done");
              return;
            }
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
