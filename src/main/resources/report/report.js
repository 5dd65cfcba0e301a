"use strict";
// The data is gzipped JSON in base64 (a third of its size): unpacked by the browser itself, no network.
(function () {
  var packed = document.getElementById("report-data").textContent.trim();
  if (typeof DecompressionStream === "undefined") {
    document.getElementById("count-shown").textContent = "?";
    document.querySelector("main").textContent = "This browser is too old to open the report: it needs DecompressionStream "
      + "(Chrome 80, Firefox 113, Safari 16.4 or later).";
    return;
  }
  var bin = atob(packed), bytes = new Uint8Array(bin.length);
  for (var i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
  new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text().then(function (json) {
    start(JSON.parse(json));
  });
}());

function start(D) {
  var L = D.laureates;
  var FILES = D.files;
  var MEDALS = ["or", "argent", "bronze", "none"];
  var MEDAL_LABEL = { or: "Or", argent: "Argent", bronze: "Bronze", none: "No medal given" };
  var CODES = ["conflict", "confidence", "unresolved", "inferred", "fuzzy", "no-region", "no-edition", "no-medal", "no-evidence"];
  var SVGNS = "http://www.w3.org/2000/svg";
  var REGION_NAME = {};
  D.regions.forEach(function (r) { REGION_NAME[r.code] = r.name; });

  function fold(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[\u2019\u2018`]/g, "'").replace(/[\u2013\u2014]/g, "-").replace(/\s+/g, " ").trim();
  }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    if (attrs) { Object.keys(attrs).forEach(function (k) { if (attrs[k] != null) { e.setAttribute(k, attrs[k]); } }); }
    (children || []).forEach(function (c) { if (c != null) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); } });
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text != null) { e.textContent = text; }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function medalOf(l) { return l.medal || "none"; }
  function fileName(i) { return FILES[i]; }
  function where(o) { return o.page != null ? "p." + o.page : (o.line != null ? "l." + o.line : ""); }

  // Derived, once: folded search text, regions, category keys, collectivité keys.
  var CATEGORY_LABEL = {};
  L.forEach(function (l, i) {
    l.index = i;
    l.regions = [];
    l.unresolved = false;
    l.coll.forEach(function (c) {
      if (c.region) { if (l.regions.indexOf(c.region) < 0) { l.regions.push(c.region); } } else { l.unresolved = true; }
    });
    l.catKey = l.category ? fold(l.category) : "";
    if (l.category) {
      var seen = CATEGORY_LABEL[l.catKey] || (CATEGORY_LABEL[l.catKey] = {});
      seen[l.category] = (seen[l.category] || 0) + 1;
    }
    l.search = fold([l.edition, l.category, l.project, l.description].concat(l.coll.map(function (c) {
      return [c.name, c.dep, c.regionName, c.siren].join(" ");
    })).join(" "));
    l.rank = l.why ? CODES.indexOf(l.why[0][0]) : 99;
  });
  function categoryLabel(key) {
    var seen = CATEGORY_LABEL[key];
    return Object.keys(seen).sort(function (a, b) {
      // the form printed most often; among equals the one with fewer capitals (best-cased)
      return seen[b] - seen[a] || caps(a) - caps(b) || (a < b ? -1 : a > b ? 1 : 0);
    })[0];
  }
  function caps(s) { return (s.match(/[A-ZÀ-Ý]/g) || []).length; }

  // Filters.
  var F = { edition: "", medal: "", region: "", category: "", text: "" };
  var inputs = {
    edition: document.getElementById("f-edition"), medal: document.getElementById("f-medal"),
    region: document.getElementById("f-region"), category: document.getElementById("f-category"),
    text: document.getElementById("f-text")
  };
  function options(select, all, pairs) {
    select.appendChild(el("option", { value: "" }, [all]));
    pairs.forEach(function (p) { select.appendChild(el("option", { value: p[0] }, [p[1]])); });
  }
  var editions = uniq(L.map(function (l) { return l.edition == null ? "" : String(l.edition); })).sort();
  options(inputs.edition, "All editions", editions.map(function (e) { return [e === "" ? "none" : e, e === "" ? "(no edition)" : e]; }));
  options(inputs.medal, "All medals", MEDALS.map(function (m) { return [m, MEDAL_LABEL[m]]; }));
  options(inputs.region, "All regions", D.regions.map(function (r) { return [r.code, r.name + (r.overseas ? " (overseas)" : "")]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1], "fr"); }).concat([["none", "(not resolved)"]]));
  options(inputs.category, "All categories", Object.keys(CATEGORY_LABEL).map(function (k) { return [k, categoryLabel(k)]; })
    .sort(function (a, b) { return a[1].localeCompare(b[1], "fr"); }));
  function uniq(a) { return a.filter(function (v, i) { return a.indexOf(v) === i; }); }

  function matches(l, skip) {
    if (skip !== "edition" && F.edition && (l.edition == null ? "none" : String(l.edition)) !== F.edition) { return false; }
    if (skip !== "medal" && F.medal && medalOf(l) !== F.medal) { return false; }
    if (skip !== "region" && F.region && (F.region === "none" ? !l.unresolved : l.regions.indexOf(F.region) < 0)) { return false; }
    if (skip !== "category" && F.category && l.catKey !== F.category) { return false; }
    if (F.text) {
      var words = fold(F.text).split(" ");
      for (var i = 0; i < words.length; i++) { if (l.search.indexOf(words[i]) < 0) { return false; } }
    }
    return true;
  }
  function set(key, value) {
    F[key] = F[key] === value ? "" : value;
    inputs[key].value = F[key];
    update();
  }
  Object.keys(inputs).forEach(function (k) {
    inputs[k].addEventListener(k === "text" ? "input" : "change", function () { F[k] = inputs[k].value; update(); });
  });
  document.getElementById("f-reset").addEventListener("click", function () {
    Object.keys(F).forEach(function (k) { F[k] = ""; inputs[k].value = ""; });
    update();
  });

  // Overview.
  function kpis(shown) {
    var box = document.getElementById("kpis");
    clear(box);
    var coll = {}, regions = {}, eds = {};
    shown.forEach(function (l) {
      l.coll.forEach(function (c) { coll[c.siren || fold(c.name)] = 1; if (c.region) { regions[c.region] = 1; } });
      eds[l.edition] = 1;
    });
    var toCheck = shown.filter(function (l) { return l.why; }).length;
    [[shown.length, "laureates"], [Object.keys(eds).length, "editions"], [Object.keys(coll).length, "collectivités"],
      [Object.keys(regions).length, "regions"], [toCheck, "to check"]].forEach(function (k, i) {
      box.appendChild(el("div", { "class": "kpi", id: "kpi-" + i }, [el("b", null, [String(k[0])]), el("span", null, [k[1]])]));
    });
  }
  function editionChart() {
    var rows = {};
    L.forEach(function (l) {
      if (!matches(l, "edition")) { return; }
      var e = l.edition == null ? "none" : String(l.edition);
      var r = rows[e] || (rows[e] = { or: 0, argent: 0, bronze: 0, none: 0, total: 0 });
      r[medalOf(l)]++; r.total++;
    });
    var keys = Object.keys(rows).sort();
    var max = Math.max.apply(null, [1].concat(keys.map(function (k) { return rows[k].total; })));
    var W = 460, H = 230, left = 28, bottom = 24, top = 16;
    var bw = Math.min(64, (W - left - 8) / Math.max(1, keys.length));
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Laureates per edition and medal" });
    var scale = (H - bottom - top) / max;
    s.appendChild(svg("line", { x1: left, y1: H - bottom, x2: W, y2: H - bottom, stroke: "#999" }));
    keys.forEach(function (k, i) {
      var x = left + i * bw + 4, y = H - bottom;
      var g = svg("g", { "class": "bar" + (F.edition === k ? " selected" : ""), "data-edition": k, opacity: F.edition && F.edition !== k ? 0.35 : 1 });
      g.appendChild(svg("title", {}, (k === "none" ? "no edition" : k) + ": " + rows[k].total + " laureates ("
        + MEDALS.map(function (m) { return rows[k][m] + " " + MEDAL_LABEL[m].toLowerCase(); }).join(", ") + ")"));
      MEDALS.forEach(function (m) {
        var h = rows[k][m] * scale;
        if (h > 0) { y -= h; g.appendChild(svg("rect", { x: x, y: y, width: bw - 8, height: h, "class": m })); }
      });
      g.appendChild(svg("text", { x: x + (bw - 8) / 2, y: y - 3, "text-anchor": "middle" }, String(rows[k].total)));
      g.appendChild(svg("text", { x: x + (bw - 8) / 2, y: H - bottom + 14, "text-anchor": "middle" }, k === "none" ? "?" : k));
      g.addEventListener("click", function () { set("edition", k); });
      s.appendChild(g);
    });
    var box = document.getElementById("chart-editions");
    clear(box);
    box.appendChild(s);
    box.appendChild(el("div", { "class": "legend" }, MEDALS.map(function (m) {
      return el("span", null, [el("i", { "class": m }), MEDAL_LABEL[m]]);
    })));
  }
  function regionChart() {
    var counts = {};
    D.regions.forEach(function (r) { counts[r.code] = 0; });
    counts.none = 0;
    L.forEach(function (l) {
      if (!matches(l, "region")) { return; }
      l.regions.forEach(function (r) { counts[r] = (counts[r] || 0) + 1; });
      if (l.unresolved) { counts.none++; }
    });
    var rows = D.regions.map(function (r) { return { code: r.code, name: r.name, overseas: r.overseas, n: counts[r.code] }; })
      .sort(function (a, b) { return b.n - a.n || a.name.localeCompare(b.name, "fr"); });
    rows.push({ code: "none", name: "not resolved", overseas: false, n: counts.none });
    var max = Math.max.apply(null, [1].concat(rows.map(function (r) { return r.n; })));
    var W = 460, rowH = 17, labelW = 190, H = rows.length * rowH + 6;
    var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "Laureates per region" });
    rows.forEach(function (r, i) {
      var y = i * rowH + 3;
      var g = svg("g", { "class": "bar" + (F.region === r.code ? " selected" : ""), "data-region": r.code, opacity: F.region && F.region !== r.code ? 0.35 : 1 });
      g.appendChild(svg("title", {}, r.name + (r.overseas ? " (overseas)" : "") + ": " + r.n + " laureates"));
      g.appendChild(svg("text", { x: labelW - 6, y: y + 11, "text-anchor": "end" }, r.name + (r.overseas ? " \u2022" : "")));
      var w = r.n / max * (W - labelW - 30);
      g.appendChild(svg("rect", { x: labelW, y: y + 1, width: Math.max(w, r.n ? 2 : 0.5), height: rowH - 4,
        "class": "region-bar" + (r.overseas ? " overseas" : "") + (r.code === "none" ? " unresolved" : "") }));
      g.appendChild(svg("text", { x: labelW + w + 4, y: y + 11 }, String(r.n)));
      g.addEventListener("click", function () { set("region", r.code); });
      s.appendChild(g);
    });
    var box = document.getElementById("chart-regions");
    clear(box);
    box.appendChild(s);
    box.appendChild(el("div", { "class": "legend" }, [el("span", null, [el("i", { "class": "region-bar", style: "background:var(--accent)" }), "metropolitan France"]),
      el("span", null, [el("i", { style: "background:#2b8a7e" }), "overseas \u2022"]),
      el("span", null, [el("i", { style: "background:var(--warn)" }), "collectivité not resolved"])]));
  }
  function topCollectivites(shown) {
    var count = {}, names = {}, region = {};
    shown.forEach(function (l) {
      var done = {};
      l.coll.forEach(function (c) {
        var k = c.siren || fold(c.name);
        if (done[k]) { return; }
        done[k] = 1;
        count[k] = (count[k] || 0) + 1;
        var n = names[k] || (names[k] = {});
        n[c.name] = (n[c.name] || 0) + 1;
        if (c.regionName) { region[k] = c.regionName; }
      });
    });
    var keys = Object.keys(count).sort(function (a, b) { return count[b] - count[a] || (a < b ? -1 : 1); }).slice(0, 10);
    var box = document.getElementById("top-collectivites");
    clear(box);
    keys.forEach(function (k) {
      var name = Object.keys(names[k]).sort(function (a, b) { return names[k][b] - names[k][a] || (a < b ? -1 : 1); })[0];
      var li = el("li", null, [el("a", { href: "#table" }, [name]), " ", el("span", { "class": "n" },
        ["\u2014 " + count[k] + " award" + (count[k] > 1 ? "s" : "") + (region[k] ? ", " + region[k] : "")])]);
      li.firstChild.addEventListener("click", function () { F.text = name; inputs.text.value = name; update(); });
      box.appendChild(li);
    });
    if (!keys.length) { box.appendChild(el("li", { "class": "muted" }, ["none"])); }
  }

  // The table.
  var COLUMNS = [
    { key: "edition", label: "Edition", num: true, value: function (l) { return l.edition == null ? -1 : l.edition; } },
    { key: "medal", label: "Medal", value: function (l) { return MEDALS.indexOf(medalOf(l)); } },
    { key: "category", label: "Category", value: function (l) { return l.catKey; } },
    { key: "collectivites", label: "Collectivités", value: function (l) { return fold(l.coll.map(function (c) { return c.name; }).join(" ")); } },
    { key: "region", label: "Region", value: function (l) { return fold(regionNames(l)); } },
    { key: "project", label: "Project", value: function (l) { return fold(l.project); } },
    { key: "confidence", label: "Confidence", num: true, value: function (l) { return l.conf; } },
    { key: "sources", label: "Sources", value: function (l) { return fold(fileName(l.src[0].f)); } }
  ];
  var sort = { key: null, dir: 1 };
  function regionNames(l) {
    var n = uniq(l.coll.map(function (c) { return c.regionName || ""; }).filter(function (x) { return x; }));
    return n.join(", ");
  }
  var thead = document.querySelector("#laureates thead"), tbody = document.querySelector("#laureates tbody");
  var tr = el("tr");
  COLUMNS.forEach(function (c) {
    var th = el("th", { "data-key": c.key, scope: "col", tabindex: "0" }, [c.label]);
    function go() {
      sort = sort.key === c.key ? { key: c.key, dir: -sort.dir } : { key: c.key, dir: 1 };
      update();
    }
    th.addEventListener("click", go);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") { go(); } });
    tr.appendChild(th);
  });
  thead.appendChild(tr);
  var order = [];
  function medalChip(l) {
    var m = medalOf(l);
    return el("span", { "class": "medal " + m }, [m === "none" ? "\u2014" : MEDAL_LABEL[m]]);
  }
  function table(shown) {
    order = shown.slice();
    if (sort.key) {
      var col = COLUMNS.filter(function (c) { return c.key === sort.key; })[0];
      order.sort(function (a, b) {
        var x = col.value(a), y = col.value(b);
        return (x < y ? -1 : x > y ? 1 : 0) * sort.dir || a.index - b.index;
      });
    }
    Array.prototype.forEach.call(thead.querySelectorAll("th"), function (th) {
      if (th.getAttribute("data-key") === sort.key) { th.setAttribute("aria-sort", sort.dir > 0 ? "ascending" : "descending"); }
      else { th.removeAttribute("aria-sort"); }
    });
    clear(tbody);
    var frag = document.createDocumentFragment();
    order.forEach(function (l) {
      var row = el("tr", { "data-id": l.id, "class": current === l ? "current" : null }, [
        el("td", { "class": "num" }, [l.edition == null ? "?" : String(l.edition)]),
        el("td", null, [medalChip(l)]),
        el("td", null, [l.category || ""]),
        el("td", null, [l.coll.map(function (c) { return c.name; }).join(" ; ")]),
        el("td", null, [regionNames(l) || el("span", { "class": "muted" }, ["\u2014"])]),
        el("td", null, [l.project, l.why ? el("span", { "class": "flag", title: l.why.map(function (w) { return w[1]; }).join("\n") }, ["\u26a0"]) : null]),
        el("td", { "class": "num" }, [l.conf.toFixed(2)]),
        el("td", { "class": "src" }, sourceLinks(l))
      ]);
      row.addEventListener("click", function () { open(l); });
      frag.appendChild(row);
    });
    tbody.appendChild(frag);
  }
  function base(f) { return f.replace(/^.*\//, ""); }
  // One line per document, its renderings (html, md, pdf...) side by side: "2013-page-web-labels: html l.149 · pdf p.2".
  function sourceLinks(l) {
    var groups = [], byStem = {};
    l.src.forEach(function (s) {
      var name = base(fileName(s.f)), dot = name.lastIndexOf(".");
      var stem = dot > 0 ? name.slice(0, dot) : name, ext = dot > 0 ? name.slice(dot + 1) : "";
      if (!byStem[stem]) { byStem[stem] = []; groups.push(stem); }
      byStem[stem].push({ s: s, ext: ext });
    });
    return groups.map(function (stem) {
      var line = el("div", null, [stem + ": "]);
      byStem[stem].forEach(function (x, i) {
        var a = el("a", { href: "#l=" + l.id, title: fileName(x.s.f) }, [(x.ext || "file") + (where(x.s) ? " " + where(x.s) : "")]);
        a.addEventListener("click", function (e) { e.preventDefault(); e.stopPropagation(); open(l, x.s.f); });
        if (i) { line.appendChild(document.createTextNode(" \u00b7 ")); }
        line.appendChild(a);
      });
      return line;
    });
  }

  // Review.
  function toCheck(shown) {
    var list = shown.filter(function (l) { return l.why; }).sort(function (a, b) { return a.rank - b.rank || a.index - b.index; });
    document.getElementById("tocheck-count").textContent = String(list.length);
    var ul = document.getElementById("tocheck");
    clear(ul);
    var frag = document.createDocumentFragment();
    list.forEach(function (l) {
      var li = el("li", { "data-id": l.id }, [
        el("div", { "class": "title" }, [(l.edition == null ? "?" : l.edition) + " \u00b7 ", medalChip(l), " " + l.project]),
        el("div", { "class": "muted" }, [l.coll.map(function (c) { return c.name; }).join(" ; ")]),
        el("div", { "class": "reasons" }, l.why.map(function (w) { return el("span", { "class": "reason " + w[0], title: w[0] }, [w[1]]); }))
      ]);
      li.addEventListener("click", function () { open(l); });
      frag.appendChild(li);
    });
    ul.appendChild(frag);
    if (!list.length) { ul.appendChild(el("li", { "class": "muted" }, ["Nothing to check among the laureates shown."])); }
  }
  function documentsList() {
    var box = document.getElementById("documents");
    if (!D.documents) {
      document.getElementById("documents-count").textContent = "not checked";
      box.appendChild(el("p", { "class": "hint" }, ["The documents were not given: run palmares report --dataset FILE DOCUMENTS\u2026 " +
        "to check the counts they announce and the documents that gave nothing."]));
      return;
    }
    var docs = D.documents.slice().sort(function (a, b) {
      return (needs(b) - needs(a)) || (fileName(a.f) < fileName(b.f) ? -1 : 1);
    });
    document.getElementById("documents-count").textContent = D.documents.filter(needs).length + " of " + D.documents.length;
    var t = el("table", { "class": "documents", id: "documents-table" }, [el("thead", null, [el("tr", null,
      ["Document", "Read as", "Laureates", "Notes"].map(function (h) { return el("th", null, [h]); }))])]);
    var body = el("tbody");
    docs.forEach(function (d) {
      var notes = (d.failure ? ["not read: " + d.failure] : []).concat(d.laureates === 0 && !d.failure ? ["no laureate found"] : [])
        .concat(d.notes || []);
      body.appendChild(el("tr", { "class": needs(d) ? "warn" : null }, [
        el("td", null, [fileName(d.f)]),
        el("td", null, [(d.kind || "\u2014") + (d.edition ? " " + d.edition : "")]),
        el("td", { "class": "num" }, [String(d.laureates)]),
        el("td", null, notes.map(function (n) { return el("div", null, [n]); }))
      ]));
    });
    t.appendChild(body);
    box.appendChild(t);
  }
  function needs(d) { return d.failure || d.laureates === 0 || (d.notes && d.notes.length) ? 1 : 0; }

  var current = null;
  function open(l, file) {
    current = l;
    Array.prototype.forEach.call(tbody.querySelectorAll("tr.current"), function (r) { r.classList.remove("current"); });
    var row = tbody.querySelector("tr[data-id=\"" + l.id + "\"]");
    if (row) { row.classList.add("current"); }
    var box = document.getElementById("detail");
    clear(box);
    var at = order.indexOf(l);
    var prev = el("button", { type: "button", id: "detail-prev" }, ["\u2190 previous"]);
    var next = el("button", { type: "button", id: "detail-next" }, ["next \u2192"]);
    prev.disabled = at <= 0; next.disabled = at < 0 || at >= order.length - 1;
    prev.addEventListener("click", function () { open(order[at - 1]); });
    next.addEventListener("click", function () { open(order[at + 1]); });
    box.appendChild(el("div", { "class": "nav" }, [prev, " ", next]));
    box.appendChild(el("h3", { id: "detail-title" }, [l.project]));
    var dl = el("dl");
    function row2(k, v) { dl.appendChild(el("dt", null, [k])); dl.appendChild(el("dd", null, [v])); }
    row2("Edition", l.edition == null ? "not given" : String(l.edition));
    row2("Medal", medalChip(l));
    row2("Category", l.category || "not given");
    l.coll.forEach(function (c, i) {
      var geo = c.match ? [c.type, c.siren ? "SIREN " + c.siren : null, c.dep ? "dép. " + c.dep : null, c.regionName,
        c.match + (c.match !== "exact" ? " match, score " + c.score.toFixed(2) : " match")].filter(function (x) { return x; }).join(" \u00b7 ")
        : (c.type || "") + " \u00b7 not found in the official geography";
      row2(i === 0 ? "Collectivités" : "", el("span", null, [el("b", null, [c.name]), " ", el("span", { "class": "muted" }, [geo])]));
    });
    row2("Confidence", l.conf.toFixed(2));
    row2("Id", l.id);
    box.appendChild(dl);
    if (l.why) {
      box.appendChild(el("div", { "class": "reasons" }, l.why.map(function (w) { return el("span", { "class": "reason " + w[0] }, [w[1]]); })));
    }
    box.appendChild(el("p", { "class": "fields-legend muted" }, ["Read in the source: "].concat(
      ["collectivite", "project", "category", "medal", "edition", "description"].map(function (f) {
        return el("mark", { "class": "f-" + f }, [f]);
      }))));
    var first = null;
    l.src.forEach(function (s) {
      var evs = l.ev.filter(function (e) { return e.f === s.f; });
      var card = el("div", { "class": "evidence", "data-file": fileName(s.f) }, [el("div", { "class": "where" },
        [el("b", null, [fileName(s.f)]), " \u00b7 " + (s.type || "document") + (where(evs[0] || s) ? " \u00b7 " + where(evs[0] || s) : "")])]);
      if (!evs.length) { card.appendChild(el("pre", { "class": "muted" }, ["(no source text kept)"])); }
      evs.forEach(function (e) { card.appendChild(highlight(e)); });
      box.appendChild(card);
      if (file === s.f && !first) { first = card; }
    });
    if (l.conflicts) {
      box.appendChild(el("h4", null, ["Sources disagree"]));
      l.conflicts.forEach(function (c) {
        box.appendChild(el("p", null, [c.field + ": " + c.values.map(function (v) { return v == null ? "(none)" : v; }).join(" / ")
          + " \u2014 " + c.files.join(", ")]));
      });
    }
    if (l.description) {
      box.appendChild(el("h4", null, ["Description"]));
      box.appendChild(el("p", null, [l.description]));
    }
    try { history.replaceState(null, "", "#l=" + l.id); } catch (e) { /* some file:// views refuse it */ }
    (first || box).scrollIntoView({ block: "nearest" });
    document.getElementById("review").scrollIntoView({ block: "start" });
  }
  function highlight(e) {
    var pre = el("pre", { "class": "snippet" });
    var text = e.text, at = 0;
    e.spans.slice().sort(function (a, b) { return a[1] - b[1] || b[2] - a[2]; }).forEach(function (s) {
      var from = Math.max(s[1], at), to = Math.min(s[2], text.length);
      if (to <= from) { return; }
      if (from > at) { pre.appendChild(document.createTextNode(text.slice(at, from))); }
      pre.appendChild(el("mark", { "class": "f-" + s[0], title: s[0] }, [text.slice(from, to)]));
      at = to;
    });
    if (at < text.length) { pre.appendChild(document.createTextNode(text.slice(at))); }
    return pre;
  }

  function update() {
    var shown = L.filter(function (l) { return matches(l); });
    document.getElementById("count-shown").textContent = String(shown.length);
    kpis(shown);
    editionChart();
    regionChart();
    topCollectivites(shown);
    table(shown);
    toCheck(shown);
  }

  document.getElementById("dataset-name").textContent = D.name;
  document.getElementById("count-total").textContent = String(L.length);
  document.getElementById("low-confidence").textContent = String(D.lowConfidence);
  documentsList();
  update();
  var m = /^#l=([0-9a-f]+)/.exec(location.hash);
  if (m) {
    var l = L.filter(function (x) { return x.id === m[1]; })[0];
    if (l) { open(l); }
  }
  document.body.setAttribute("data-ready", "true");
}
