// The negograph map: draws the graph from the JSON above (positions by
// Graphviz) and answers clicks. Every piece of user text goes in through
// textContent or setAttribute, never as markup, so a label cannot become HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("negograph-data").textContent);
  // Ids are the file's text: a plain object keyed by one (`constructor`)
  // answers with Object.prototype's members, so every table keyed by id has
  // no prototype (issue 31: the node `constructor` was "blocked by nothing").
  function table() { return Object.create(null); }
  data.others = Object.assign(table(), data.others);
  data.sources = Object.assign(table(), data.sources);
  var SVGNS = "http://www.w3.org/2000/svg";

  // Node and edge styles: the static diagrams' own table (src/export/style.rs),
  // sent with the data.
  var KINDS = data.styles.kinds;
  var RELATIONS = data.styles.relations;
  // By status: [greyed, border dash pattern], style.rs's status looks.
  var STATUSES = data.styles.statuses;
  function relationStyle(r) { return RELATIONS[r] || ["#4a5568", "", "normal"]; }
  var SETTLED = { fill: "#f2f2f2", stroke: "#b8b8b8", text: "#8a8a8a" };

  function html(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  var nodesById = table();
  data.nodes.forEach(function (n) { nodesById[n.id] = n; });
  function nameOf(id) { return nodesById[id] ? nodesById[id].label : (data.others[id] || id); }

  // ---- Time: which nodes and edges hold on the slider's day ----------------
  // Every rule about time, status and what stands in the way is applied in
  // negograph itself (src/export/map_answers.rs): for each day the slider can
  // stop on, the data holds each node's status, what is not in force, and
  // each position's obstacles. The page only looks them up.
  var state = { date: data.as_of, party: "", query: "", selected: null, asked: null };
  var days = data.answers.days;
  data.edges.forEach(function (e, i) { e.index = i; });
  var looked = { key: null, hiddenNodes: null, hiddenEdges: null };
  function today() {
    var key = state.date === null ? "all" : state.date;
    var day = data.answers.by_day[key];
    if (looked.key !== key) {
      looked.key = key;
      looked.hiddenNodes = new Set(day ? day.hidden_nodes : []);
      looked.hiddenEdges = new Set(day ? day.hidden_edges : []);
    }
    return day;
  }
  function nodeOn(id) {
    today();
    return !looked.hiddenNodes.has(id);
  }
  function edgeOn(e) {
    today();
    return !looked.hiddenEdges.has(e.index);
  }
  // What the slider's day says of node n: its `status`, or its
  // `scheduled` day (a postponement moves it; met or cancelled, it has none).
  function onDay(field, n) {
    var day = today();
    return day && Object.prototype.hasOwnProperty.call(day[field], n.id) ? day[field][n.id] : null;
  }
  function statusOn(n) { return onDay("status", n) || n.status; }

  // ---- Drawing --------------------------------------------------------------
  var map = document.getElementById("map");
  map.setAttribute("viewBox", "0 0 " + data.width + " " + data.height);
  var scale = 1;
  function zoom(to) {
    scale = Math.min(4, Math.max(0.2, to));
    // Rounded up: a label is never drawn smaller than the zoom says.
    map.setAttribute("width", Math.ceil(data.width * scale));
    map.setAttribute("height", Math.ceil(data.height * scale));
  }
  zoom(1);

  function splinePath(points, tip) {
    if (!points.length) return "";
    var d = "M" + points[0][0] + "," + points[0][1];
    for (var i = 1; i + 2 < points.length; i += 3) {
      d += " C" + points[i] + " " + points[i + 1] + " " + points[i + 2];
    }
    return d;
  }
  // The arrowhead from the spline's last point to Graphviz's tip.
  function arrow(kind, from, tip, color) {
    var dx = tip[0] - from[0], dy = tip[1] - from[1];
    var len = Math.sqrt(dx * dx + dy * dy) || 1;
    var ux = dx / len, uy = dy / len, px = -uy, py = ux;
    function pt(along, across) {
      return (tip[0] - ux * along + px * across).toFixed(1) + "," + (tip[1] - uy * along + py * across).toFixed(1);
    }
    if (kind === "tee") {
      var g = svg("g");
      g.appendChild(svg("line", { x1: from[0], y1: from[1], x2: tip[0], y2: tip[1], stroke: color, "stroke-width": 1.5 }));
      g.appendChild(svg("polyline", { points: pt(2, -5) + " " + pt(2, 5), stroke: color, "stroke-width": 3, fill: "none" }));
      return g;
    }
    if (kind === "diamond" || kind === "odiamond") {
      return svg("polygon", { points: [pt(0, 0), pt(len / 2, 3.5), pt(len, 0), pt(len / 2, -3.5)].join(" "), fill: kind === "diamond" ? color : "#fff", stroke: color });
    }
    if (kind === "dot" || kind === "odot") {
      var c = pt(len / 2, 0).split(",");
      return svg("circle", { cx: c[0], cy: c[1], r: Math.max(2, len / 2), fill: kind === "dot" ? color : "#fff", stroke: color });
    }
    var open = kind === "empty";
    return svg("polygon", { points: [pt(0, 0), pt(len, 3.5), pt(len, -3.5)].join(" "), fill: open ? "#fff" : color, stroke: color });
  }
  function sentence(e) {
    return nameOf(e.from) + " " + e.phrase + " " + nameOf(e.to);
  }

  var layers = { clusters: svg("g"), holders: svg("g"), edges: svg("g"), nodes: svg("g") };
  Object.keys(layers).forEach(function (k) { map.appendChild(layers[k]); });
  // A proposal's box, holding it and its terms (drawn under the parties' boxes).
  data.packages.forEach(function (c) {
    layers.clusters.appendChild(svg("rect", { "class": "package", "data-proposal": c.proposal, x: c.x, y: c.y, width: c.w, height: c.h, rx: 8, fill: "#f7f2fd", stroke: "#6b46c1" }));
  });
  data.clusters.forEach(function (c) {
    layers.clusters.appendChild(svg("rect", { x: c.x, y: c.y, width: c.w, height: c.h, rx: 8, fill: "none", stroke: "#90cdf4", "stroke-dasharray": "5 4" }));
  });
  var holderEls = data.holders.map(function (h) {
    var g = svg("g", { "class": "holder" });
    g.appendChild(svg("path", { d: splinePath(h.points), fill: "none", stroke: "#2b6cb0", "stroke-dasharray": "1 3", "stroke-width": 1.4 }));
    if (h.tip) g.appendChild(svg("circle", { cx: h.tip[0], cy: h.tip[1], r: 2.5, fill: "#2b6cb0" }));
    if (h.label_at) g.appendChild(svg("text", { x: h.label_at[0], y: h.label_at[1] + 3, "text-anchor": "middle", fill: "#2b6cb0" }, "sets"));
    g.appendChild(svg("title", {}, nameOf(h.party) + " sets " + nameOf(h.node) + " as a condition"));
    layers.holders.appendChild(g);
    return g;
  });
  // What sets threats off, to the measure threatened: drawn as the static
  // diagrams draw it, dotted, with who threatens whom.
  var TRIGGER = relationStyle("threatens")[0];
  var triggerEls = data.triggers.map(function (t) {
    var g = svg("g", { "class": "trigger" });
    g.appendChild(svg("path", { d: splinePath(t.points), fill: "none", stroke: TRIGGER, "stroke-dasharray": "2 3", "stroke-width": 2 }));
    if (t.tip && t.points.length) g.appendChild(arrow("normal", t.points[t.points.length - 1], t.tip, TRIGGER));
    if (t.label_at) {
      var text = svg("text", { x: t.label_at[0], y: t.label_at[1] + 3 - (t.lines.length - 1) * 6, "text-anchor": "middle", fill: TRIGGER });
      t.lines.forEach(function (line, i) { text.appendChild(svg("tspan", { x: t.label_at[0], dy: i === 0 ? 0 : 12 }, line)); });
      g.appendChild(text);
    }
    g.appendChild(svg("title", {}, t.sentence));
    layers.holders.appendChild(g);
    return g;
  });
  var edgeEls = data.edges.map(function (e, i) {
    var st = relationStyle(e.relation);
    var g = svg("g", { "class": "edge rel-" + e.relation, tabindex: 0, role: "button", "data-index": i, "aria-label": sentence(e) });
    var d = splinePath(e.points);
    g.appendChild(svg("path", { "class": "hit", d: d }));
    var line = svg("path", { "class": "line", d: d, fill: "none", stroke: st[0], "stroke-width": e.highlighted ? 2.8 : 1.3 });
    if (st[1]) line.setAttribute("stroke-dasharray", st[1]);
    g.appendChild(line);
    if (e.tip && e.points.length) g.appendChild(arrow(st[2], e.points[e.points.length - 1], e.tip, st[0]));
    if (e.label_at) {
      var label = (e.step ? e.step + ". " : "") + e.phrase;
      g.appendChild(svg("text", { x: e.label_at[0], y: e.label_at[1] + 3, "text-anchor": "middle", fill: st[0] }, label));
    }
    g.appendChild(svg("title", {}, sentence(e)));
    layers.edges.appendChild(g);
    return g;
  });
  function nodeShape(n) {
    var x = n.x, y = n.y, w = n.w / 2, h = n.h / 2;
    if (n.kind === "party") return svg("rect", { x: x - w, y: y - h, width: n.w, height: n.h, rx: 6 });
    if (n.kind === "condition") {
      var q = w * 0.78;
      return svg("polygon", { points: [[x - w, y], [x - q, y - h], [x + q, y - h], [x + w, y], [x + q, y + h], [x - q, y + h]].join(" ") });
    }
    if (n.kind === "proposal") return svg("rect", { x: x - w, y: y - h, width: n.w, height: n.h });
    if (n.kind === "issue") {
      return svg("polygon", { points: [[x - w, y - h], [x + w - 6, y - h], [x + w, y - h + 6], [x + w, y + h], [x - w, y + h]].join(" ") });
    }
    return svg("ellipse", { cx: x, cy: y, rx: w, ry: h });
  }
  var nodeEls = table();
  data.nodes.forEach(function (n) {
    var g = svg("g", { "class": "node kind-" + n.kind + " role-" + n.role, tabindex: 0, role: "button", "data-id": n.id, "aria-label": n.label + " (" + n.kind + ")" });
    var shape = nodeShape(n);
    shape.setAttribute("class", "shape");
    g.appendChild(shape);
    var top = n.y - (n.lines.length - 1) * 6.5 + 3.5;
    var text = svg("text", { x: n.x, y: top, "text-anchor": "middle" });
    n.lines.forEach(function (line, i) {
      text.appendChild(svg("tspan", { x: n.x, dy: i === 0 ? 0 : 13 }, line));
    });
    g.appendChild(text);
    g.appendChild(svg("title", {}, n.label + " (" + n.kind + ", " + n.id + ")"));
    layers.nodes.appendChild(g);
    nodeEls[n.id] = g;
  });
  // Colours that change with the day: a met, rejected, withdrawn or
  // cancelled position is greyed; a postponed one dotted.
  function paintNode(n) {
    var g = nodeEls[n.id], shape = g.firstChild, k = KINDS[n.kind] || KINDS.issue;
    var status = statusOn(n), look = (n.kind !== "party" && STATUSES[status]) || [false, ""];
    var settled = look[0];
    var stroke = settled ? SETTLED.stroke : k.stroke, width = 1.2;
    if (n.role === "target") { stroke = "#1a202c"; width = 3; }
    else if (n.role === "answer") { stroke = "#c53030"; width = 2.5; }
    shape.setAttribute("fill", settled ? SETTLED.fill : k.fill);
    shape.setAttribute("stroke", stroke);
    shape.setAttribute("stroke-width", width);
    if (look[1]) shape.setAttribute("stroke-dasharray", look[1]);
    else shape.removeAttribute("stroke-dasharray");
    g.querySelector("text").setAttribute("fill", settled ? SETTLED.text : "#1a202c");
    g.classList.toggle("settled", settled);
  }

  // ---- Party filter: one party's positions and the conditions it sets ------
  // What a party's filter shows: what `--party P` draws, computed by negograph.
  function partySet(p) {
    var view = data.answers.party_views[p] || { nodes: [p], edges: [] };
    var nodes = table(), edges = table();
    view.nodes.forEach(function (id) { nodes[id] = true; });
    view.edges.forEach(function (i) { edges[i] = true; });
    return { nodes: nodes, edges: edges };
  }

  function refresh() {
    var only = state.party ? partySet(state.party) : null;
    data.nodes.forEach(function (n) {
      var g = nodeEls[n.id];
      g.classList.toggle("off", !nodeOn(n.id));
      g.classList.toggle("filtered", !!only && !only.nodes[n.id]);
      paintNode(n);
    });
    data.edges.forEach(function (e, i) {
      edgeEls[i].classList.toggle("off", !edgeOn(e));
      edgeEls[i].classList.toggle("filtered", !!only && !only.edges[i]);
    });
    data.holders.forEach(function (h, i) {
      var on = data.edges.some(function (e) { return e.relation === "conditions_on" && e.holder === h.party && e.to === h.node && edgeOn(e); });
      holderEls[i].classList.toggle("off", !on);
      holderEls[i].classList.toggle("filtered", !!only && h.party !== state.party);
    });
    data.triggers.forEach(function (t, i) {
      var on = nodeOn(t.trigger) && nodeOn(t.measure) && t.threats.some(function (k) { return edgeOn(data.edges[k]); });
      triggerEls[i].classList.toggle("off", !on);
      triggerEls[i].classList.toggle("filtered", !!only && !t.threats.some(function (k) { return only.edges[k]; }));
    });
    document.getElementById("date-label").textContent = state.date === null ? "all time" : state.date;
    if (state.asked) showBlockers(state.asked);
    else if (state.selected) reopen();
  }

  // ---- The side panel --------------------------------------------------------
  var panel = document.getElementById("panel");
  function clearPanel() { while (panel.firstChild) panel.removeChild(panel.firstChild); cited = []; }
  function when(since, until) {
    if (since && until) return "from " + since + " to " + until;
    if (since) return "since " + since;
    if (until) return "until " + until;
    return "";
  }
  // A source in full (title, link, publisher, date, note), once per panel,
  // in the panel's "Sources" list; a quote names it by title and date.
  function sourceLine(id) {
    var cite = html("cite");
    var s = data.sources[id];
    if (!s) { cite.textContent = id ? "source: " + id : "no source cited"; return cite; }
    if (s.url && /^https?:\/\//i.test(s.url)) {
      var a = html("a", { rel: "noopener noreferrer", target: "_blank" }, s.title);
      a.href = s.url;
      cite.appendChild(a);
    } else {
      cite.appendChild(document.createTextNode(s.title));
    }
    var rest = [s.publisher, s.date, s.note].filter(Boolean).join(", ");
    if (rest) cite.appendChild(document.createTextNode(" · " + rest));
    return cite;
  }
  var cited = [];
  function cite(id) { if (id && cited.indexOf(id) < 0) cited.push(id); }
  function sourcesList() {
    if (!cited.length) return;
    panel.appendChild(html("h3", {}, "Sources (" + cited.length + ")"));
    var ul = html("ul", { "class": "sources" });
    cited.forEach(function (id) { var li = html("li"); li.appendChild(sourceLine(id)); ul.appendChild(li); });
    panel.appendChild(ul);
  }
  // Who said it and when: "said by X · Source title, date".
  function attribution(c) {
    var s = c.source ? data.sources[c.source] : null;
    var where = s ? [s.title, s.date].filter(Boolean).join(", ") : (c.source ? "source: " + c.source : "no source cited");
    return (c.speaker ? "said by " + c.speaker + " · " : "") + where;
  }
  function citationsOf(e, into) {
    if (!e.citations.length) into.appendChild(html("p", { "class": "meta" }, "no source cited"));
    e.citations.forEach(function (c) {
      cite(c.source);
      if (c.reason) into.appendChild(html("p", { "class": "reason" }, "The reason: " + c.reason));
      if (c.quote) into.appendChild(html("blockquote", { "class": "quote" }, "\u201C" + c.quote + "\u201D"));
      into.appendChild(html("cite", {}, "\u2014 " + attribution(c)));
      if (c.note) into.appendChild(html("cite", {}, "note: " + c.note));
    });
  }
  function edgeFacts(e, into) {
    var facts = [];
    if (e.holder && e.holder !== e.from) facts.push("per " + nameOf(e.holder));
    var w = when(e.since, e.until); if (w) facts.push(w);
    if (e.step) facts.push("step " + e.step + " of the path");
    if (e.target) facts.push("threatens " + nameOf(e.target));
    if (e.trigger) facts.push("if " + nameOf(e.trigger));
    if (e.with) facts.push("with " + nameOf(e.with));
    if (e.addressee) facts.push(e.addressee_words + " " + nameOf(e.addressee));
    if (e.stance) facts.push("stance: " + e.stance);
    if (e.seq) facts.push("#" + e.seq + " of the day");
    if (e.disputed_by.length) facts.push("disputed by " + e.disputed_by.map(nameOf).join(", "));
    if (!edgeOn(e)) facts.push(state.date ? "not in force on " + state.date : "");
    facts = facts.filter(Boolean);
    if (facts.length) into.appendChild(html("p", { "class": "meta" }, facts.join(" · ")));
    if (e.note) into.appendChild(html("p", { "class": "note" }, "Note: " + e.note));
    citationsOf(e, into);
  }
  function select(kind, key) {
    document.querySelectorAll(".selected").forEach(function (x) { x.classList.remove("selected"); });
    state.selected = { kind: kind, key: key };
    (kind === "node" ? nodeEls[key] : edgeEls[key]).classList.add("selected");
    reopen();
  }
  function reopen() {
    if (state.selected.kind === "node") showNode(nodesById[state.selected.key]);
    else showEdge(state.selected.key);
  }
  function showEdge(i) {
    var e = data.edges[i];
    clearPanel();
    panel.appendChild(html("h2", {}, sentence(e)));
    var go = html("p", { "class": "meta" });
    [e.from, e.to].forEach(function (id) {
      var b = html("button", { type: "button", "class": "claim" }, nameOf(id));
      b.addEventListener("click", function () { select("node", id); nodeEls[id].focus(); });
      go.appendChild(b);
      go.appendChild(document.createTextNode(" "));
    });
    panel.appendChild(go);
    edgeFacts(e, panel);
    sourcesList();
  }
  function showNode(n) {
    clearPanel();
    panel.appendChild(html("h2", {}, n.label));
    var status = statusOn(n);
    var meta = n.kind + (n.kind === "party" ? "" : ", " + status + (n.assumed ? " (assumed)" : "")) + " · " + n.id;
    panel.appendChild(html("p", { "class": "meta" }, meta));
    if (n.aliases.length) panel.appendChild(html("p", {}, "Also: " + n.aliases.join(", ")));
    if (n.actor.length) panel.appendChild(html("p", {}, "To be met by: " + n.actor.map(nameOf).join(", ")));
    if (n.unnamed) panel.appendChild(html("p", { "class": "meta" }, "unnamed in the source"));
    if (n.issue || n.quantity) panel.appendChild(html("p", {}, "Issue: " + [n.issue && nameOf(n.issue), n.quantity].filter(Boolean).join(", ")));
    if (n.quantity_read) panel.appendChild(html("p", { "class": "meta" }, "Read as: " + n.quantity_read));
    var on = onDay("scheduled", n);
    if (on) panel.appendChild(html("p", {}, (status === "postponed" ? "Postponed to " : "Scheduled for ") + on));
    var w = when(n.since, n.until); if (w) panel.appendChild(html("p", {}, "Holds " + w + (nodeOn(n.id) ? "" : " (not on " + state.date + ")")));
    if (n.note) panel.appendChild(html("p", { "class": "note" }, "Note: " + n.note));
    // The issue's chart, drawn by negograph (render --issue): parsed as SVG,
    // never as HTML.
    var chart = data.issue_charts[n.id];
    if (chart) {
      var svgDoc = new DOMParser().parseFromString(chart, "image/svg+xml");
      var figure = html("figure", { "class": "issue-chart" });
      figure.appendChild(document.importNode(svgDoc.documentElement, true));
      panel.appendChild(figure);
    }
    if (n.status_history.length) {
      panel.appendChild(html("h3", {}, "Status history"));
      var ol = html("ol", { "class": "history" });
      ol.appendChild(html("li", {}, "from the start: " + n.status));
      n.status_history.forEach(function (c) {
        var li = html("li", {}, c.on + ": " + c.status + (c.scheduled ? (c.status === "postponed" ? " to " : ", scheduled for ") + c.scheduled : ""));
        if (c.quote) li.appendChild(html("blockquote", { "class": "quote" }, "\u201C" + c.quote + "\u201D"));
        if (c.source) { cite(c.source); li.appendChild(html("cite", {}, "\u2014 " + attribution(c))); }
        if (c.note) li.appendChild(html("cite", {}, "note: " + c.note));
        ol.appendChild(li);
      });
      panel.appendChild(ol);
    }
    if (n.kind !== "party") {
      var ask = html("button", { type: "button", id: "what-blocks" }, "What blocks this?");
      ask.addEventListener("click", function () { state.asked = n.id; showBlockers(n.id); });
      panel.appendChild(ask);
    }
    // The lists are negograph's (src/export/map_panels.rs): a party's
    // panel gives what it holds, what it faces and how it answered, then
    // its other links; any other node's, every link touching it.
    if (n.kind === "party") {
      if (n.holds.length) linkList("Holds", n.holds);
      if (n.faces.length || n.asked_of.length) {
        panel.appendChild(html("h3", {}, "Faces (" + (n.faces.length + n.asked_of.length) + ")"));
        if (n.asked_of.length) {
          var asked = html("p", {}, "To deliver: ");
          n.asked_of.forEach(function (id, k) {
            var b = html("button", { type: "button", "class": "claim" }, nameOf(id));
            b.addEventListener("click", function () { select("node", id); nodeEls[id].focus(); });
            if (k) asked.appendChild(document.createTextNode(" · "));
            asked.appendChild(b);
          });
          panel.appendChild(asked);
        }
        if (n.faces.length) linkItems(n.faces);
      }
      if (n.responds.length) linkList("Responses", n.responds);
      var listed = n.holds.concat(n.faces, n.responds);
      var others = n.links.filter(function (i) { return listed.indexOf(i) < 0; });
      if (others.length) linkList("Other links", others);
    } else {
      linkList("Links", n.links);
    }
    sourcesList();
  }
  function linkList(title, indices) {
    panel.appendChild(html("h3", {}, title + " (" + indices.length + ")"));
    linkItems(indices);
  }
  function linkItems(indices) {
    var ul = html("ul", { "class": "links" });
    indices.forEach(function (i) {
      var e = data.edges[i];
      var li = html("li", { "class": "link" + (edgeOn(e) ? "" : " not-now") });
      var b = html("button", { type: "button", "class": "claim" }, sentence(e));
      b.addEventListener("click", function () { select("edge", i); });
      li.appendChild(b);
      edgeFacts(e, li);
      ul.appendChild(li);
    });
    panel.appendChild(ul);
  }

  // ---- What blocks this? `negograph blockers`, on the slider's day, as
  // negograph computed it (the data's answers).
  function blockersOf(x) {
    var day = today();
    if (!day || !Object.prototype.hasOwnProperty.call(day.blockers, x)) return null;
    return day.blockers[x];
  }
  // The command that answers in full, spelled by negograph (data.spelling).
  function blockersLine(x) {
    var sp = data.spelling;
    return sp.blockers + " " + x + " " + (state.date ? sp.as_of + " " + state.date : sp.all_time);
  }
  function showBlockers(x) {
    var answer = blockersOf(x);
    document.querySelectorAll(".blocker, .chain, .asked").forEach(function (el) { el.classList.remove("blocker", "chain", "asked"); });
    nodeEls[x].classList.add("asked");
    clearPanel();
    var title = "What blocks " + nameOf(x) + "?" + (state.date ? " (as of " + state.date + ")" : " (all time)");
    panel.appendChild(html("h2", {}, title));
    if (!answer) {
      panel.appendChild(html("p", { "class": "meta", id: "blocker-count" },
        "This map is too large to hold every answer: ask " + blockersLine(x) + "."));
      return;
    }
    answer.obstacles.forEach(function (b) {
      if (nodeEls[b.id]) nodeEls[b.id].classList.add("blocker");
      b.chain.forEach(function (i) { edgeEls[i].classList.add("chain"); });
    });
    map.classList.add("dim-others");
    var n = answer.total;
    // Met, cancelled or withdrawn: its status is said first, in `blockers`' words.
    if (answer.says) panel.appendChild(html("p", { id: "blocker-status" }, answer.says));
    var count = answer.clear ? "Nothing blocks it." : n + (n === 1 ? " obstacle" : " obstacles");
    if (!(answer.says && !answer.clear && n === 0)) {
      panel.appendChild(html("p", { "class": "meta", id: "blocker-count" }, count));
    }
    if (answer.applied_by.length) {
      // A measure in force: its actor is for it, as `blockers` and `conflicts` say.
      panel.appendChild(html("p", { id: "blocker-applied" }, "In force, applied by " +
        answer.applied_by.map(nameOf).join(", ") + " (its actor, for it)."));
    }
    if (answer.deadlock) panel.appendChild(html("p", {}, "Its preconditions run into a knot: a deadlock."));
    var ol = html("ol", { "class": "blockers" });
    answer.obstacles.forEach(function (b) {
      var li = html("li", { "data-id": b.id, "data-kind": b.kind });
      li.appendChild(html("strong", {}, nameOf(b.id)));
      li.appendChild(document.createTextNode(" — " + b.words));
      if (b.quote) li.appendChild(html("blockquote", {}, "“" + b.quote + "”" + (b.speaker ? " (" + b.speaker + ")" : "")));
      var chain = html("ul");
      b.chain.forEach(function (i) { chain.appendChild(html("li", {}, "└ " + sentence(data.edges[i]))); });
      li.appendChild(chain);
      ol.appendChild(li);
    });
    panel.appendChild(ol);
    if (answer.obstacles.length < n) {
      panel.appendChild(html("p", { "class": "meta" }, "… and " + (n - answer.obstacles.length) +
        " more, farther away: " + blockersLine(x) + " lists them all."));
    }
    if (answer.pending.length) {
      // How each was agreed, in blockers' words ("agreed only on condition of ...").
      var pending = answer.pending.map(function (id, i) { var w = answer.pending_agreed[i]; return nameOf(id) + (w === "agreed" ? "" : " (" + w + ")"); });
      panel.appendChild(html("p", { "class": "meta" }, "Pending, agreed by whoever must deliver them: " + pending.join(", ")));
    }
    if (answer.waits_on.length) {
      // A threat's trigger, an addressee's answer: no obstacle, no agreement.
      var waits = html("ul", { id: "blocker-waits" });
      answer.waits_on.forEach(function (w) { waits.appendChild(html("li", {}, w)); });
      panel.appendChild(html("p", { "class": "meta" }, "It waits on (not obstacles: no party has to give anything up):"));
      panel.appendChild(waits);
    }
    var clear = html("button", { type: "button", id: "clear-blockers" }, "Clear");
    clear.addEventListener("click", function () { stopAsking(); });
    panel.appendChild(clear);
  }
  function stopAsking() {
    state.asked = null;
    document.querySelectorAll(".blocker, .chain, .asked").forEach(function (el) { el.classList.remove("blocker", "chain", "asked"); });
    map.classList.remove("dim-others");
    if (state.selected) reopen();
  }

  // ---- Controls ---------------------------------------------------------------
  document.getElementById("title").textContent = data.title;
  document.getElementById("subtitle").textContent = data.subtitle;
  document.title = data.title + (data.subtitle ? " · " + data.subtitle : "") + " (negograph map)";

  var slider = document.getElementById("date"), allTime = document.getElementById("all-time");
  slider.max = String(Math.max(0, days.length - 1));
  slider.value = String(data.as_of ? days.indexOf(data.as_of) : days.length - 1);
  slider.disabled = days.length === 0;
  // One day only: nothing to slide through (the date is still shown).
  slider.closest("label").hidden = days.length <= 1;
  allTime.checked = data.as_of === null;
  slider.addEventListener("input", function () {
    state.date = days[Number(slider.value)] || null;
    allTime.checked = state.date === null;
    refresh();
  });
  allTime.addEventListener("change", function () {
    state.date = allTime.checked ? null : (days[Number(slider.value)] || null);
    refresh();
  });

  var partySelect = document.getElementById("party");
  data.nodes.filter(function (n) { return n.kind === "party"; }).forEach(function (n) {
    partySelect.appendChild(html("option", { value: n.id }, n.label));
  });
  partySelect.addEventListener("change", function () { state.party = partySelect.value; refresh(); });

  // Search: labels and aliases, case and spacing ignored.
  function norm(s) { return s.toLowerCase().replace(/\s+/g, " ").trim(); }
  var search = document.getElementById("search"), count = document.getElementById("search-count");
  function matches() {
    var q = norm(search.value);
    return data.nodes.filter(function (n) {
      return q && [n.label, n.id].concat(n.aliases).some(function (t) { return norm(t).indexOf(q) >= 0; });
    });
  }
  search.addEventListener("input", function () {
    var found = matches(), hit = table();
    found.forEach(function (n) { hit[n.id] = true; });
    data.nodes.forEach(function (n) { nodeEls[n.id].classList.toggle("match", !!hit[n.id]); });
    count.textContent = search.value.trim() ? found.length + (found.length === 1 ? " match" : " matches") : "";
  });
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var first = matches()[0];
    if (first) { select("node", first.id); nodeEls[first.id].scrollIntoView({ block: "center", inline: "center" }); }
  });

  function activate(ev) {
    var g = ev.target.closest && ev.target.closest(".node, .edge");
    if (!g) return;
    if (g.classList.contains("node")) select("node", g.getAttribute("data-id"));
    else select("edge", Number(g.getAttribute("data-index")));
  }
  map.addEventListener("click", activate);
  map.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); activate(ev); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    if (state.asked) { stopAsking(); return; }
    document.querySelectorAll(".selected").forEach(function (x) { x.classList.remove("selected"); });
    state.selected = null;
    clearPanel();
    panel.appendChild(html("p", { "class": "hint" }, "Click a party, demand or condition, or a link."));
  });
  document.getElementById("zoom-in").addEventListener("click", function () { zoom(scale * 1.25); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoom(scale / 1.25); });
  function fitScale() {
    var box = document.getElementById("canvas");
    return Math.min((box.clientWidth - 1) / data.width, (box.clientHeight - 1) / data.height);
  }
  // The whole drawing, whatever the size of its labels: one button or the
  // key 0 away.
  function overview() { zoom(fitScale()); }
  document.getElementById("zoom-fit").addEventListener("click", overview);
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (ev.ctrlKey || ev.metaKey || ev.altKey || (t && (t.tagName === "INPUT" || t.tagName === "SELECT"))) return;
    if (ev.key === "0") overview();
    else if (ev.key === "+" || ev.key === "=") zoom(scale * 1.25);
    else if (ev.key === "-") zoom(scale / 1.25);
  });
  // Labels are drawn in the drawing's units and scale with the zoom; no zoom
  // the map opens at shows one below READABLE_PX on the screen.
  var READABLE_PX = 11;
  function readableScale() {
    var smallest = Infinity;
    map.querySelectorAll("text").forEach(function (t) {
      var size = parseFloat(getComputedStyle(t).fontSize);
      if (size > 0 && size < smallest) smallest = size;
    });
    return smallest === Infinity ? 1 : READABLE_PX / smallest;
  }
  // Centres the canvas on the box [x0, y0, x1, y1] of the drawing.
  function centreOn(box) {
    var canvas = document.getElementById("canvas");
    canvas.scrollLeft = Math.max(0, (box[0] + box[2]) / 2 * scale - canvas.clientWidth / 2);
    canvas.scrollTop = Math.max(0, (box[1] + box[3]) / 2 * scale - canvas.clientHeight / 2);
  }
  function boxOf(ids) {
    var box = null;
    ids.forEach(function (id) {
      var n = nodesById[id];
      if (!n) return;
      var b = [n.x - n.w / 2, n.y - n.h / 2, n.x + n.w / 2, n.y + n.h / 2];
      box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
    });
    return box;
  }
  // Opens on the whole drawing when its labels stay readable; otherwise at
  // the smallest readable zoom, centred on the answer (the position asked
  // about and what stands in its way, when they fit on the screen) or on the
  // most connected node.
  function openView() {
    if (!data.width || !data.height) return;
    var readable = readableScale(), fit = fitScale();
    zoom(Math.max(readable, Math.min(fit, 1.5)));
    if (fit >= readable) return;
    var canvas = document.getElementById("canvas");
    var focus = data.opens_on && nodesById[data.opens_on] ? data.opens_on : data.focus;
    var box = boxOf(focus ? [focus] : []);
    if (data.opens_on && box) {
      var answer = blockersOf(data.opens_on);
      var all = boxOf([data.opens_on].concat(answer ? answer.obstacles.map(function (o) { return o.id; }) : []));
      if ((all[2] - all[0]) * scale <= canvas.clientWidth && (all[3] - all[1]) * scale <= canvas.clientHeight) box = all;
    }
    if (box) centreOn(box);
  }

  // ---- Legend: only the styles this map uses -----------------------------------
  (function legend() {
    var body = document.getElementById("legend-body");
    function row(sample, text) {
      var div = html("div");
      var s = svg("svg", { width: 34, height: 14, "aria-hidden": "true" });
      sample(s);
      div.appendChild(s);
      div.appendChild(html("span", {}, text));
      body.appendChild(div);
    }
    var kinds = {}, relations = {};
    data.nodes.forEach(function (n) { kinds[n.kind] = true; });
    data.edges.forEach(function (e) { relations[e.relation] = true; });
    Object.keys(KINDS).filter(function (k) { return kinds[k]; }).forEach(function (k) {
      row(function (s) {
        var shape = nodeShape({ kind: k, x: 17, y: 7, w: 30, h: 11 });
        shape.setAttribute("fill", KINDS[k].fill); shape.setAttribute("stroke", KINDS[k].stroke);
        s.appendChild(shape);
      }, k);
    });
    Object.keys(RELATIONS).filter(function (r) { return relations[r]; }).forEach(function (r) {
      var st = relationStyle(r);
      row(function (s) {
        var l = svg("line", { x1: 2, y1: 7, x2: 24, y2: 7, stroke: st[0], "stroke-width": 1.4 });
        if (st[1]) l.setAttribute("stroke-dasharray", st[1]);
        s.appendChild(l);
        s.appendChild(arrow(st[2], [24, 7], [32, 7], st[0]));
      }, r === "conditions_on" ? "needs (conditions on)" : r.replace("_", " "));
    });
    if (data.triggers.length) row(function (s) {
      s.appendChild(svg("line", { x1: 2, y1: 7, x2: 24, y2: 7, stroke: TRIGGER, "stroke-dasharray": "2 3", "stroke-width": 2 }));
      s.appendChild(arrow("normal", [24, 7], [32, 7], TRIGGER));
    }, "sets off: a threat this triggers");
    if (data.holders.length) row(function (s) {
      s.appendChild(svg("line", { x1: 2, y1: 7, x2: 30, y2: 7, stroke: "#2b6cb0", "stroke-dasharray": "1 3", "stroke-width": 1.4 }));
    }, "party that sets the condition");
    if (data.packages.length) row(function (s) {
      s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, rx: 3, fill: "#f7f2fd", stroke: "#6b46c1" }));
    }, "a proposal and its terms");
    var roles = {};
    data.nodes.forEach(function (n) { roles[n.role] = true; });
    if (roles.target) row(function (s) { s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, fill: "#fff", stroke: "#1a202c", "stroke-width": 3 })); }, "asked about");
    if (roles.answer) row(function (s) { s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, fill: "#fff", stroke: "#c53030", "stroke-width": 2.5 })); }, "named by the answer");
    if (data.edges.some(function (e) { return e.highlighted; })) row(function (s) { s.appendChild(svg("line", { x1: 2, y1: 7, x2: 32, y2: 7, stroke: "#4a5568", "stroke-width": 3 })); }, "explains the answer");
    row(function (s) { s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, fill: SETTLED.fill, stroke: SETTLED.stroke })); }, "met, rejected, withdrawn or cancelled");
    row(function (s) { s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, fill: "#fff", stroke: "#d69e2e", "stroke-width": 3 })); }, "matches the search");
    row(function (s) { s.appendChild(svg("rect", { x: 3, y: 2, width: 28, height: 10, fill: "#fff", stroke: "#c53030", "stroke-width": 4 })); }, "blocker (What blocks this?)");
  })();

  // The map's answers, for tests and the browser's console: the ids of what
  // blocks a node on the slider's day.
  window.negographMap = Object.freeze({
    blockers: function (id) {
      var answer = blockersOf(id);
      return answer ? answer.obstacles.map(function (b) { return b.id; }) : [];
    }
  });

  refresh();
  openView();
  // The map of an answer opens on it: what blocks the position asked about,
  // its panel open, as the command line gives it.
  if (data.opens_on && nodeEls[data.opens_on]) {
    state.asked = data.opens_on;
    showBlockers(data.opens_on);
  }
})();
