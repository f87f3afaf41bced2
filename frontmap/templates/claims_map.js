// frontmap claims map: one canvas-rendered layer per claimant, a time slider, front-line
// snapshots, statement checks and a needs-review panel. Every text that came from data goes
// through esc() before it touches HTML.
(function (map, data) {
  "use strict";
  const esc = (s) => String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  const C = data.claims;
  const n = C.lat.length;
  const renderer = L.canvas({ padding: 0.5 });

  // -- shapes on the canvas: circle, square, triangle, diamond ---------------------------
  L.Canvas.include({
    _updateShape: function (layer) {
      if (!this._drawing || layer._empty()) { return; }
      const p = layer._point, ctx = this._ctx, r = Math.max(Math.round(layer._radius), 1);
      ctx.beginPath();
      const shape = layer.options.shape;
      if (shape === "square") {
        ctx.rect(p.x - r, p.y - r, 2 * r, 2 * r);
      } else if (shape === "triangle") {
        ctx.moveTo(p.x, p.y - r * 1.2); ctx.lineTo(p.x + r * 1.1, p.y + r * 0.8);
        ctx.lineTo(p.x - r * 1.1, p.y + r * 0.8); ctx.closePath();
      } else {
        ctx.moveTo(p.x, p.y - r * 1.3); ctx.lineTo(p.x + r * 1.1, p.y);
        ctx.lineTo(p.x, p.y + r * 1.3); ctx.lineTo(p.x - r * 1.1, p.y); ctx.closePath();
      }
      this._fillStroke(ctx, layer);
    }
  });
  const ShapeMarker = L.CircleMarker.extend({
    _updatePath: function () {
      if (this.options.shape === "circle") { return L.CircleMarker.prototype._updatePath.call(this); }
      this._renderer._updateShape(this);
    }
  });

  const row = (label, value) => (value === null || value === undefined || value === "") ? "" :
    "<tr><th>" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
  function popup(i) {
    const url = C.url[i];
    const link = url && /^https?:\/\//i.test(url) ?
      '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(C.source[i] || url) + "</a>" :
      esc(C.source[i] || url || "");
    const names = [C.name_uk[i], C.name_ru[i]].filter((x) => x).join(" / ");
    return '<div class="fm-popup"><b>' + esc(data.claimants[C.claimant[i]]) + "</b>: " +
      esc(data.kinds[C.kind[i]]) + " " + esc(C.place[i]) +
      ' <span class="fm-status fm-' + esc(data.statuses[C.status[i]]) + '">' + esc(data.statuses[C.status[i]]) + "</span>" +
      "<table>" +
      row("date", C.date[i] + (C.precision_date[i] !== "day" ? " (" + C.precision_date[i] + " precision)" : "")) +
      row("side", data.sides[C.side[i]]) +
      row("place as written", C.place[i]) +
      row("resolved", C.resolved[i]) + row("uk / ru", names) + row("admin", C.admin[i]) +
      row("KATOTTG", C.katottg[i]) +
      row("location", C.lat[i].toFixed(5) + ", " + C.lon[i].toFixed(5) +
          (C.radius[i] ? " (" + C.loc_precision[i] + " precision, ±" + C.radius[i] + " km)" : "")) +
      row("quote", C.quote[i]) + row("notes", C.notes[i]) + row("published", C.published[i]) +
      row("claim id", C.id[i]) +
      "</table>" + (link ? '<div class="fm-source">Source: ' + link + "</div>" : "") + "</div>";
  }

  // -- claims, one layer group per claimant ------------------------------------------------
  const groups = data.claimants.map(() => L.layerGroup());
  const markers = new Array(n);
  const circles = [];
  for (let i = 0; i < n; i++) {
    const side = data.sides[C.side[i]];
    const confirmed = data.firm.indexOf(data.statuses[C.status[i]]) >= 0;
    const colour = data.side_colours[side] || "#666";
    const m = new ShapeMarker([C.lat[i], C.lon[i]], {
      renderer: renderer, radius: 7, shape: data.shapes[data.kinds[C.kind[i]]] || "circle",
      color: colour, weight: 2, fillColor: colour, fillOpacity: confirmed ? 0.85 : 0.12,
      dashArray: confirmed ? null : "4 3", claimIndex: i
    });
    m.bindPopup(() => popup(i), { maxWidth: 380 });
    m.bindTooltip(() => esc(data.claimants[C.claimant[i]] + ": " + data.kinds[C.kind[i]] + " " + C.place[i] + " (" + C.date[i] + ")"));
    markers[i] = m;
    if (C.radius[i]) {
      circles.push([i, L.circle([C.lat[i], C.lon[i]], { radius: C.radius[i] * 1000, color: colour,
        weight: 1, dashArray: "2 4", fill: false, interactive: false, renderer: renderer })]);
    }
  }
  const overlays = {};
  data.claimants.forEach((name, k) => { groups[k].addTo(map); overlays[esc(name)] = groups[k]; });

  // -- front line ------------------------------------------------------------------------
  const front = L.layerGroup().addTo(map);
  let frontIndex = -1;
  function showFront(day) {
    let k = -1;
    for (let j = 0; j < data.snapshots.length; j++) { if (data.snapshots[j].date <= day) { k = j; } }
    if (k === frontIndex) { return; }
    frontIndex = k;
    front.clearLayers();
    if (k < 0) { return; }
    const snap = data.snapshots[k];
    L.geoJSON(snap.geojson, {
      style: (f) => ({ color: data.class_colours[f.properties["class"]] || "#d7301f", weight: 1,
                       fillOpacity: 0.25, interactive: false })
    }).addTo(front);
  }
  if (data.snapshots.length) { overlays["Front line"] = front; }

  // -- statement checks -----------------------------------------------------------------
  const checks = L.layerGroup().addTo(map);
  data.checks.forEach((c) => {
    const colour = data.verdict_colours[c.verdict] || "#57606a";
    L.polyline([c.from, c.to], { color: colour, weight: 3, dashArray: "6 4" })
      .bindTooltip(esc(c.label), { permanent: false })
      .bindPopup("<b>" + esc(c.verdict) + "</b> — " + esc(c.explanation))
      .addTo(checks);
  });
  if (data.checks.length) { overlays["Distance checks"] = checks; }
  L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);

  // -- time slider ------------------------------------------------------------------------
  const days = data.dates;
  let current = days.length - 1;
  function show(k) {
    current = Math.max(0, Math.min(days.length - 1, k));
    const day = days[current];
    groups.forEach((g) => g.clearLayers());
    let visible = 0;
    for (let i = 0; i < n; i++) {
      if (C.day[i] <= current) { groups[C.claimant[i]].addLayer(markers[i]); visible++; }
    }
    circles.forEach(([i, c]) => { if (C.day[i] <= current) { groups[C.claimant[i]].addLayer(c); } });
    showFront(day);
    const label = document.getElementById("fm-date");
    if (label) { label.textContent = day + " — " + visible + " of " + n + " claims"; }
    return visible;
  }
  const Slider = L.Control.extend({
    options: { position: "bottomleft" },
    onAdd: function () {
      const div = L.DomUtil.create("div", "fm-slider leaflet-bar");
      div.innerHTML = '<label for="fm-slider">Date</label> <input id="fm-slider" type="range" min="0" max="' +
        (days.length - 1) + '" step="1" value="' + (days.length - 1) + '"> <span id="fm-date"></span>';
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      div.querySelector("input").addEventListener("input", (e) => show(parseInt(e.target.value, 10)));
      return div;
    }
  });
  if (days.length) { new Slider().addTo(map); }

  // -- title, legend and review panel (HTML escaped in Python) ------------------------------
  const Box = L.Control.extend({
    onAdd: function () {
      const div = L.DomUtil.create("div", this.options.cls);
      div.innerHTML = this.options.html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }
  });
  new Box({ position: "topleft", html: data.title_html, cls: "fm-title" }).addTo(map);
  new Box({ position: "bottomright", html: data.legend_html, cls: "fm-legend" }).addTo(map);
  if (data.review_html) { new Box({ position: "topleft", html: data.review_html, cls: "fm-review" }).addTo(map); }

  show(current);
  if (data.bounds) {
    map.fitBounds(data.bounds, { paddingTopLeft: [70, 170], paddingBottomRight: [360, 90], maxZoom: 11 });
  }
  window.frontmap = {
    map: map, data: data, markers: markers, front: front, checks: checks,
    setDate: (day) => { let k = 0; days.forEach((d, j) => { if (d <= day) { k = j; } });
      const s = document.getElementById("fm-slider"); if (s) { s.value = k; } return show(k); },
    visibleClaims: () => markers.filter((m) => map.hasLayer(m)).map((m) => C.place[m.options.claimIndex])
  };
})(MAP, DATA);
