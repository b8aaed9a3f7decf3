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

  /* The words of `text` (letters and marks, or digits) with their offsets, folded and
     with their tone-key form (the query's `forms`). */
  function wordsAt(text) {
    var out = [], re = /(?:\p{L}|\p{M})+|\p{N}+/gu, m;
    while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length, f: fold(m[0]), t: toneKey(m[0]) });
    return out;
  }

  /* Offset in `text` of the best place to show for `query`: the words as a phrase written
     as typed (diacritics) with nothing but spaces between them, then as typed across
     punctuation, then folded with only spaces, then folded; else the first query word. */
  function bestMatch(text, query) {
    var words = wordsAt(text), terms = query.terms, k = terms.length, best = -1, at = -1;
    function same(have, want, last) { return last ? have.indexOf(want) === 0 : have === want; }
    for (var i = 0; i + k <= words.length && best < 4; i++) {
      var folded = true, exact = !!query.exact, tight = true;
      for (var j = 0; j < k && folded; j++) {
        var w = words[i + j], last = j === k - 1;
        folded = same(w.f, terms[j], last);
        exact = exact && same(w.t, query.forms[j], last);
        if (j && /\S/.test(text.slice(words[i + j - 1].end, w.start))) tight = false;
      }
      var tier = !folded ? -1 : (exact ? 3 : 1) + (tight ? 1 : 0);
      if (tier > best) { best = tier; at = words[i].start; }
    }
    for (var n = 0; n < words.length && at < 0; n++) {
      for (var t = 0; t < k; t++) if (same(words[n].f, terms[t], t === k - 1)) { at = words[n].start; break; }
    }
    return at;
  }

  /* A window of `body` around the best match (bestMatch), its query words marked. */
  function snippet(body, query, length) {
    length = length || 220;
    body = String(body || "").replace(/\s+/g, " ");
    if (!body) return "";
    var at = query.terms.length ? bestMatch(body, query) : -1;
    var start = Math.max(0, (at < 0 ? 0 : at) - Math.floor(length / 3));
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
    return new URL(base, document.baseURI);
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

  var NAME = "=";  // starts a name key in the pair shards (archive/search/index.py NAME)

  /* Shard names holding a key: the whole key, or every key with that prefix. `keys` are
     meta.shards (folder "s": words) or meta.pairs (folder "p": word pairs and names). */
  function shardNames(keys, folder, key, prefix) {
    var out = [], path = key + "$";
    (keys || []).forEach(function (k, n) {
      if (prefix ? k.indexOf(key) === 0 || key.indexOf(k) === 0 : path.indexOf(k) === 0) out.push(folder + "/" + n);
    });
    return out;
  }

  IndexEngine.prototype.shards = function (meta, word, prefix) {
    return shardNames(meta.shards, "s", word, prefix);
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

  /* Pages holding a pair key ("w1 w2": two words that follow each other in a field, the
     second a prefix when `prefix`) or a name key ("=w1 w2 ...": the page of that name):
     {page id: best field weight}. archive/search/index.py writes them to p/<n>.js. */
  IndexEngine.prototype.keyHits = function (meta, key, prefix) {
    var base = this.base;
    return Promise.all(shardNames(meta.pairs, "p", key, prefix).map(function (name) { return loadData(base, name); }))
      .then(function (shards) {
        var hits = {};
        shards.forEach(function (shard) {
          for (var k in shard) {
            if (!(prefix ? k.indexOf(key) === 0 : k === key)) continue;
            eachPosting(shard[k], function (id, code) {
              if (!(hits[id] >= FIELD_WEIGHTS[code])) hits[id] = FIELD_WEIGHTS[code];
            });
          }
        });
        return hits;
      });
  };

  /* Kind and year of page `id`, from meta.runs ([first id, kind index, year], by id). */
  function pageInfo(meta, id) {
    var runs = meta.runs || [], lo = 0, hi = runs.length - 1;
    if (hi < 0) return { kind: "", year: 0 };
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (runs[mid][0] <= id) lo = mid; else hi = mid - 1;
    }
    return { kind: (meta.kinds || [])[runs[lo][1]] || "", year: runs[lo][2] };
  }

  /* The years of dated pages (articles, documents), newest first: the year filter's choices. */
  function indexYears(meta) {
    var seen = {};
    (meta.runs || []).forEach(function (run) { if (run[2]) seen[run[2]] = true; });
    return Object.keys(seen).map(Number).sort(function (a, b) { return b - a; });
  }

  function byRank(a, b) { return a.group - b.group || b.score - a.score || a.id - b.id; }

  /* Stage 1, on the postings (every candidate, so counts and groups are exact): pages with
     every word, kept by the filters ({kind, year}), in two groups: 0, the words as a
     phrase (every two consecutive query words are a pair of the page), then 1, the words
     scattered. Within a group: the page of that very name (a person, tag, document
     number...) first, then the query's exact diacritics (+1000), then per word the weight
     of its best field, and for the phrase 3x the weight of its weakest pair's field.
     Stage 2 (results(): `more`) fetches the records RERANK at a time and re-ranks each
     batch with the full score(), within each group. */
  IndexEngine.prototype.search = function (query, filter) {
    var self = this, n = query.terms.length;
    filter = filter || {};
    return this.ready.then(function (meta) {
      var lookups = query.terms.map(function (_, i) { return self.termHits(meta, query, i); });
      for (var i = 0; i + 1 < n; i++) {
        var next = query.terms[i + 1], prefix = i + 2 === n && next.length >= MIN_PREFIX;
        lookups.push(self.keyHits(meta, query.terms[i] + " " + next, prefix));
      }
      lookups.push(self.keyHits(meta, NAME + query.terms.join(" "), false));
      return Promise.all(lookups).then(function (found) {
        var out = self.results(rank(meta, query, filter, found), query);
        out.meta = meta;
        return out;
      });
    });
  };

  function rank(meta, query, filter, found) {
    var n = query.terms.length, perTerm = found.slice(0, n), pairs = found.slice(n, found.length - 1);
    var named = found[found.length - 1], ranked = [], kinds = {}, years = {};
    var first = perTerm.slice().sort(function (a, b) { return Object.keys(a).length - Object.keys(b).length; })[0];
    Object.keys(first).forEach(function (key) {
      var id = +key, total = 0, exact = !!query.exact, weakest = Infinity;
      for (var i = 0; i < n; i++) {
        var h = perTerm[i][id];
        if (!h) return;
        total += h.w; exact = exact && h.x;
      }
      var page = pageInfo(meta, id);
      var kindOk = !filter.kind || page.kind === filter.kind, yearOk = !filter.year || page.year === filter.year;
      if (yearOk) kinds[page.kind] = (kinds[page.kind] || 0) + 1;
      if (kindOk && page.year) years[page.year] = (years[page.year] || 0) + 1;
      if (!kindOk || !yearOk) return;
      for (var j = 0; j < pairs.length; j++) weakest = Math.min(weakest, pairs[j][id] || 0);
      var phrase = !pairs.length || weakest > 0;
      ranked.push({
        id: id, group: phrase ? 0 : 1, name: !!named[id],
        score: (named[id] ? 100000 : 0) + (exact ? 1000 : 0) + total + (pairs.length && phrase ? 3 * weakest : 0)
      });
    });
    ranked.sort(byRank);
    ranked.counts = { kinds: kinds, years: years };
    return ranked;
  }

  IndexEngine.prototype.results = function (ranked, query) {
    var base = this.base, root = siteRoot(), hits = [], cursor = 0;
    function fetchBatch() {
      var batch = ranked.slice(cursor, cursor + RERANK);
      cursor += batch.length;
      return Promise.all(batch.map(function (r) {
        return loadData(base, "d/" + Math.floor(r.id / 1000) + "/" + r.id);
      })).then(function (recs) {
        var scored = recs.map(function (rec, i) {
          var r = batch[i];
          return { rec: rec, id: r.id, group: r.group, score: (r.name ? 100000 : 0) + score(rec, query) };
        });
        scored.sort(byRank);
        hits = hits.concat(scored);
      });
    }
    return {
      total: ranked.length,
      phrase: ranked.filter(function (r) { return r.group === 0; }).length,
      counts: ranked.counts,
      more: function (from, count) {
        function fill() {
          if (hits.length >= from + count || cursor >= ranked.length) {
            return hits.slice(from, from + count).map(function (h) {
              return toResult(h.rec, new URL(h.rec.u, root).href, query, query.terms.length > 1 ? h.group : 0);
            });
          }
          return fetchBatch().then(fill);
        }
        return Promise.resolve().then(fill);
      }
    };
  };

  var KIND = { article: "Bài viết", document: "Văn bản", person: "Nhân vật", organisation: "Tổ chức",
               place: "Địa danh", tag: "Chủ đề" };
  var KIND_ORDER = ["article", "document", "person", "organisation", "place", "tag"];
  var SCATTERED = "Các kết quả khớp từng từ";

  /* One result: its kind, then date and outlet (a document: its issuer; a person, tag...:
     its number of articles); the snippet from its own text (lead, then body). */
  function toResult(rec, url, query, group) {
    var meta = [rec.d, rec.o].filter(Boolean).join(" · ");
    // A document's facts read as one line: "Loại văn bản: Quy định · Cơ quan ban hành: …".
    var sep = rec.k === "document" ? " · " : " \n ";
    var text = snippet([rec.l, rec.b].filter(Boolean).join(sep).replace(/\n/g, sep), query);
    return {
      url: url,
      group: group,
      html:
        '<li class="md-search-result__item archive-search__item" data-kind="' + escapeHtml(rec.k || "") + '"' +
        ' data-group="' + (group ? "words" : "phrase") + '">' +
        '<a href="' + escapeHtml(url) + '" class="md-search-result__link archive-search__link" tabindex="-1">' +
        '<article class="md-search-result__article md-typeset">' +
        '<h1 class="archive-search__title">' + highlight(rec.t, query) + "</h1>" +
        '<p class="archive-search__meta"><span class="archive-search__kind">' + escapeHtml(KIND[rec.k] || "") +
        "</span>" + (meta ? " · " + escapeHtml(meta) : "") + "</p>" +
        (text ? '<p class="archive-search__snippet">' + text + "</p>" : "") +
        "</article></a></li>"
    };
  }

  /* The results' HTML; before the first result that has the words only scattered, once
     per query (`state.apart`), a line that sets them apart from the phrase's. */
  function resultsHtml(results, state) {
    return results.map(function (r) {
      if (r.group !== 1 || state.apart) return r.html;
      state.apart = true;
      return '<li class="md-search-result__meta archive-search__apart">' + SCATTERED + "</li>" + r.html;
    }).join("");
  }

  /* "12 kết quả" or, when some have the words only scattered, "12 kết quả, 3 khớp cả cụm từ". */
  function countText(found) {
    var text = found.total === 1 ? "1 kết quả" : found.total + " kết quả";
    return found.phrase < found.total ? text + ", " + found.phrase + " khớp cả cụm từ" : text;
  }

  /* The filters inside the search overlay: kind of page and year (of articles and
     documents), each a labelled <select>; `onChange` runs the search again. */
  var filterCount = 0;
  function searchFilters(box, before, onChange) {
    var n = ++filterCount, wrap = document.createElement("div");
    wrap.className = "md-search-result__meta archive-search__filters";
    wrap.setAttribute("role", "group");
    wrap.setAttribute("aria-label", "Lọc kết quả");
    wrap.style.cssText = "display:flex;flex-wrap:wrap;gap:.2rem 1rem;align-items:center";
    function select(name, label) {
      var id = "archive-search-" + name + "-" + n, lab = document.createElement("label"), sel = document.createElement("select");
      lab.htmlFor = id; lab.textContent = label; lab.className = "archive-search__filter-label";
      sel.id = id; sel.name = name; sel.className = "archive-search__filter archive-search__filter--" + name;
      sel.style.cssText = "font:inherit;margin-left:.3rem";
      sel.addEventListener("change", onChange);
      var item = document.createElement("span");
      item.appendChild(lab); item.appendChild(sel); wrap.appendChild(item);
      return sel;
    }
    var kind = select("kind", "Loại trang"), year = select("year", "Năm");
    function options(sel, choices, counts, all) {
      var value = sel.value;
      sel.innerHTML = "";
      [["", all]].concat(choices).forEach(function (c) {
        var o = document.createElement("option"), count = counts && c[0] !== "" ? counts[c[0]] || 0 : null;
        o.value = c[0]; o.textContent = c[1] + (count === null ? "" : " (" + count + ")");
        sel.appendChild(o);
      });
      sel.value = value;
      if (sel.value !== value) sel.value = "";
    }
    var years = [];
    function update(meta, counts) {
      if (meta) years = indexYears(meta);
      options(kind, KIND_ORDER.map(function (k) { return [k, KIND[k]]; }), counts && counts.kinds, "Mọi loại trang");
      options(year, years.map(function (y) { return [String(y), String(y)]; }), counts && counts.years, "Mọi năm");
    }
    update(null, null);
    // Above the results, outside their live region: a count changing in a choice is not news.
    var anchor = before.closest("[aria-live]") || before;
    anchor.parentNode.insertBefore(wrap, anchor);
    return {
      update: update,
      value: function () { return { kind: kind.value, year: +year.value || 0 }; }
    };
  }

  /* ---------------------------------------------------------------- UI */

  /* The dialog's inside, written into the empty shell every page carries
     (overrides/partials/archive-search.html): 1.7 KB a page less to publish and zip. The
     icons are the shared stylesheet's (archive/output/icons.py), named in the partial. */
  function icon(name) {
    return '<svg viewBox="0 0 24 24" class="archive-icon archive-icon--material_' + name + '"></svg>';
  }
  var DIALOG =
    '<label class="md-search__overlay" for="__search"></label>' +
    '<div class="md-search__inner" role="search">' +
    '<form class="md-search__form archive-search__form" action="" onsubmit="return false">' +
    '<input type="search" class="md-search__input archive-search__input" name="q"' +
    ' aria-label="Tìm trong kho lưu trữ" placeholder="Tìm kiếm: tổ chức, chay chuc, 205-QĐ/TW…"' +
    ' autocapitalize="off" autocorrect="off" autocomplete="off" spellcheck="false" lang="vi"' +
    ' aria-controls="archive-search-results">' +
    '<label class="md-search__icon md-icon" for="__search">' + icon("magnify") + icon("arrow-left") + '</label>' +
    '<nav class="md-search__options" aria-label="Tìm kiếm">' +
    '<button type="reset" class="md-search__icon md-icon archive-search__reset" title="Xóa" aria-label="Xóa" tabindex="-1">' +
    icon("close") + '</button></nav></form>' +
    '<div class="md-search__output"><div class="md-search__scrollwrap" tabindex="0">' +
    '<div class="md-search-result" id="archive-search-results" aria-live="polite">' +
    '<div class="md-search-result__meta archive-search__status">Gõ từ khóa, có dấu hoặc không dấu, hoặc số hiệu văn bản</div>' +
    '<ol class="md-search-result__list archive-search__list" role="presentation"></ol>' +
    '<div class="archive-search__more-wrap"></div>' +
    '</div></div></div></div>';

  function setup(box) {
    if (!box.firstElementChild) box.innerHTML = DIALOG;
    var input = box.querySelector(".archive-search__input");
    var list = box.querySelector(".archive-search__list");
    var status = box.querySelector(".archive-search__status");
    var moreWrap = box.querySelector(".archive-search__more-wrap");
    var reset = box.querySelector(".archive-search__reset");
    var toggle = document.getElementById("__search");
    var engine = null, seq = 0, timer = null, shown = 0, current = null;
    var filters = searchFilters(box, status, function () { run(); }), listed = { apart: false };

    function getEngine() {
      if (engine) return engine;
      var base = new URL((box.getAttribute("data-index") || "assets/search/").replace(/\/?$/, "/"), document.baseURI);
      var eng = new IndexEngine(base);
      eng.ready.then(function (meta) { filters.update(meta, null); }, function () {});
      engine = eng.ready.then(function () { return eng; }, function (err) { engine = null; throw err; });
      return engine;
    }

    function setStatus(text) { status.textContent = text; }

    function open() { if (toggle && !toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event("change")); } }
    function close() { if (toggle && toggle.checked) { toggle.checked = false; toggle.dispatchEvent(new Event("change")); } input.blur(); }

    function render(results, append) {
      if (!append) list.innerHTML = "";
      if (!append) listed = { apart: false };
      list.insertAdjacentHTML("beforeend", resultsHtml(results, listed));
      shown = list.querySelectorAll(".archive-search__item").length;
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
        return eng.search(query, filters.value()).then(function (found) {
          if (mySeq !== seq) return;
          current = found;
          filters.update(found.meta, found.counts);
          if (!found.total) return showNone(query);
          return found.more(0, PAGE).then(function (results) {
            if (mySeq !== seq) return;
            if (!results.length) return showNone(query);
            setStatus(countText(found));
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
    // Focus that leaves the box (Tab past its last stop, Shift+Tab before the field)
    // closes it: the overlay never stays over a page the reader has moved on to.
    box.addEventListener("focusout", function (e) {
      var next = e.relatedTarget;
      if (next && !box.contains(next) && toggle && toggle.checked) {
        toggle.checked = false; toggle.dispatchEvent(new Event("change"));
      }
    });
    // Another form on the page (the 404 page's) hands its words to this box.
    Array.prototype.forEach.call(document.querySelectorAll("[data-archive-search-form]"), function (form) {
      var field = form.querySelector("input[type=search]");
      if (field && !field.value) field.value = wordsOfAddress(location.pathname);
      form.addEventListener("submit", function (e) {
        e.preventDefault();
        input.value = field ? field.value : "";
        open(); input.focus(); run();
      });
    });
    document.addEventListener("keydown", function (e) {
      var t = e.target;
      var typing = t && (t.isContentEditable || /^(input|textarea|select)$/i.test(t.tagName));
      if (!typing && !e.ctrlKey && !e.metaKey && !e.altKey && (e.key === "/" || e.key === "s" || e.key === "f")) {
        e.preventDefault(); e.stopPropagation(); open(); input.focus();
      }
    }, true);
  }

  /* The words of a missing address, for the 404 page's search field:
     "/articles/2023/2023-01-30-thuc-hien-co-hieu-qua/" -> "thuc hien co hieu qua". */
  function wordsOfAddress(path) {
    var parts = String(path).replace(/(index)?\.html?$/, "").split("/").filter(Boolean);
    var last = "";
    try { last = decodeURIComponent(parts[parts.length - 1] || ""); } catch (e) { last = ""; }
    if (/^(404|index)$/.test(last)) return "";
    return last.replace(/^\d{4}-\d{2}-\d{2}-/, "").replace(/[-_]+/g, " ").trim();
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
