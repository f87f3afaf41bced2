// frontmap claims map: one canvas-rendered layer per claimant, a time slider, front-line
// snapshots, statement checks and a needs-review panel. Every text that came from data goes
// through esc() before it touches HTML, and every lookup keyed by data goes through a Map, never
// a plain object: a claimant called "__proto__" or "constructor" is just a name.
(function (map, data) {
  "use strict";
  const ENTITIES = new Map([["&", "&amp;"], ["<", "&lt;"], [">", "&gt;"], ['"', "&quot;"], ["'", "&#39;"]]);
  const esc = (s) => String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, (c) => ENTITIES.get(c));
  const lookup = (obj) => new Map(Object.entries(obj || {}));  // own keys only
  const shapes = lookup(data.shapes), sideColours = lookup(data.side_colours);
  const verdictColours = lookup(data.verdict_colours), classColours = lookup(data.class_colours);
  const C = data.claims;
  const n = C.lat.length;

  const row = (label, value) => (value === null || value === undefined || value === "") ? "" :
    "<tr><th>" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
  function popup(i) {
    const url = C.url[i];
    const link = url && /^https?:\/\//i.test(url) ?
      '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(C.source[i] || url) + "</a>" :
      esc(C.source[i] || url || "");
    const names = [C.name_uk[i], C.name_ru[i]].filter((x) => x).join(" / ");
    const status = data.statuses[C.status[i]];
    return '<div class="fm-popup"><b>' + esc(data.claimants[C.claimant[i]]) + "</b>: " +
      esc(data.kinds[C.kind[i]]) + " " + esc(C.place[i]) +
      ' <span class="fm-status">' + esc(status) + "</span><table>" +
      row("date", C.date[i] + (C.precision_date[i] !== "day" ? " (" + C.precision_date[i] + " precision)" : "")) +
      row("side", data.sides[C.side[i]]) + row("place as written", C.place[i]) +
      row("resolved", C.resolved[i]) + row("uk / ru", names) + row("admin", C.admin[i]) +
      row("KATOTTG", C.katottg[i]) +
      row("location", C.lat[i].toFixed(5) + ", " + C.lon[i].toFixed(5) +
          (C.radius[i] ? " (" + C.loc_precision[i] + " precision, ±" + C.radius[i] + " km)" : "")) +
      row("quote", C.quote[i]) + row("notes", C.notes[i]) + row("published", C.published[i]) +
      row("vs. front line", C.check[i]) + row("claim id", C.id[i]) + "</table>" +
      (link ? '<div class="fm-source">Source: ' + link + "</div>" : "") + "</div>";
  }

  // -- one canvas layer draws every claim; per-claimant switches toggle it ------------------
  // (a Leaflet object per marker does not scale to 100,000 claims; typed arrays do)
  const lat = Float64Array.from(C.lat), lon = Float64Array.from(C.lon);
  const px = new Float64Array(n), py = new Float64Array(n);
  const dayOf = Int32Array.from(C.day), who = Int32Array.from(C.claimant);
  const style = data.kinds.map((k) => shapes.get(k) || "circle");
  const firm = data.statuses.map((s) => data.firm.indexOf(s) >= 0);
  const colours = data.sides.map((s) => sideColours.get(s) || "#666");
  const shown = data.claimants.map(() => true);
  let current = data.dates.length - 1, projectedZoom = null, ready = false;
  const radius = 7, DASH_LIMIT = 20000;

  const ClaimsLayer = L.Layer.extend({
    onAdd: function (m) {
      this._canvas = L.DomUtil.create("canvas", "fm-claims leaflet-zoom-hide");
      m.getPanes().overlayPane.appendChild(this._canvas);
      m.on("moveend zoomend resize viewreset", this._reset, this);
      this._reset();
    },
    onRemove: function (m) {
      L.DomUtil.remove(this._canvas);
      m.off("moveend zoomend resize viewreset", this._reset, this);
    },
    _reset: function () {
      const size = map.getSize(), ratio = window.devicePixelRatio || 1;
      const origin = map.containerPointToLayerPoint([0, 0]);
      L.DomUtil.setPosition(this._canvas, origin);
      this._canvas.width = size.x * ratio; this._canvas.height = size.y * ratio;
      this._canvas.style.width = size.x + "px"; this._canvas.style.height = size.y + "px";
      const zoom = map.getZoom();
      if (!ready) { return; }
      if (projectedZoom !== zoom) {
        // spherical Web Mercator, as map.project() computes it, without an object per point
        const scale = 256 * Math.pow(2, zoom), d = Math.PI / 180, max = 85.0511287798;
        for (let i = 0; i < n; i++) {
          const phi = Math.max(Math.min(max, lat[i]), -max) * d;
          px[i] = scale * (lon[i] + 180) / 360;
          py[i] = scale * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
        }
        projectedZoom = zoom;
      }
      this.redraw();
    },
    redraw: function () {
      if (!this._canvas || !ready) { return; }
      const ctx = this._canvas.getContext("2d"), ratio = window.devicePixelRatio || 1;
      const size = map.getSize(), topLeft = map.getPixelBounds().min;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      ctx.lineWidth = 2;
      // one path per style (side × claim type × firmness): a few fills and strokes, not 100,000
      const paths = new Map();
      for (let i = 0; i < n; i++) {
        if (!visible(i) || C.radius[i]) { continue; }  // an area, not a point: drawn as its circle
        const x = px[i] - topLeft.x, y = py[i] - topLeft.y;
        if (x < -10 || y < -10 || x > size.x + 10 || y > size.y + 10) { continue; }
        const key = C.side[i] + "|" + C.kind[i] + "|" + (firm[C.status[i]] ? 1 : 0);
        let list = paths.get(key);
        if (!list) { list = []; paths.set(key, list); }
        list.push(x, y);
      }
      const r = radius;
      let drawn = 0;
      paths.forEach((xy) => { drawn += xy.length / 2; });
      paths.forEach((xy, key) => {
        const [side, kind, solid] = key.split("|").map(Number);
        const shape = style[kind], colour = colours[side];
        ctx.beginPath();
        for (let j = 0; j < xy.length; j += 2) {
          const x = xy[j], y = xy[j + 1];
          if (shape === "square") { ctx.rect(x - r, y - r, 2 * r, 2 * r); }
          else if (shape === "triangle") { ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8); ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath(); }
          else if (shape === "diamond") { ctx.moveTo(x, y - r * 1.3); ctx.lineTo(x + r * 1.1, y); ctx.lineTo(x, y + r * 1.3); ctx.lineTo(x - r * 1.1, y); ctx.closePath(); }
          else { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); }
        }
        ctx.globalAlpha = solid ? 0.85 : 0.15; ctx.fillStyle = colour; ctx.fill();
        // dashing tens of thousands of outlines costs seconds in a software canvas: beyond
        // DASH_LIMIT drawn claims, unconfirmed ones stay hollow but their outline is solid
        ctx.globalAlpha = 1; ctx.strokeStyle = colour;
        ctx.setLineDash(solid || drawn > DASH_LIMIT ? [] : [4, 3]); ctx.stroke();
      });
      ctx.setLineDash([]);
    }
  });
  const visible = (i) => shown[who[i]] && dayOf[i] <= current;
  function nearest(containerPoint) {
    const topLeft = map.getPixelBounds().min;
    let best = -1, bestD = (radius + 4) * (radius + 4);
    for (let i = 0; i < n; i++) {
      if (!visible(i)) { continue; }
      const dx = px[i] - topLeft.x - containerPoint.x, dy = py[i] - topLeft.y - containerPoint.y;
      const d = dx * dx + dy * dy;
      if (d <= bestD) { bestD = d; best = i; }
    }
    return best;
  }
  const claimsLayer = new ClaimsLayer().addTo(map);
  function openClaim(i) {
    L.popup({ maxWidth: 380 }).setLatLng([lat[i], lon[i]]).setContent(popup(i)).openOn(map);
  }
  // Clicks are taken on the container (capture phase): other canvases (front line, checks) lie
  // above this one, and a claim under them must still answer.
  map.getContainer().addEventListener("click", (e) => {
    if (e.target.closest && e.target.closest(".leaflet-control, .leaflet-popup")) { return; }
    const i = nearest(map.mouseEventToContainerPoint(e));
    if (i >= 0) { e.stopPropagation(); openClaim(i); }
  }, true);
  const hover = L.tooltip({ direction: "top", offset: [0, -8] });
  let lastMove = 0;
  map.on("mousemove", (e) => {
    const now = Date.now(); if (now - lastMove < 40) { return; } lastMove = now;
    const i = nearest(e.containerPoint);
    map.getContainer().style.cursor = i >= 0 ? "pointer" : "";
    if (i >= 0) {
      hover.setLatLng([lat[i], lon[i]]).setContent(esc(data.claimants[C.claimant[i]] + ": " +
        data.kinds[C.kind[i]] + " " + C.place[i] + " (" + C.date[i] + ")"));
      if (!map.hasLayer(hover)) { hover.addTo(map); }
    } else if (map.hasLayer(hover)) { map.removeLayer(hover); }
  });

  // uncertainty circles of places known only to their hromada (few)
  const circles = [];
  for (let i = 0; i < n; i++) {
    if (C.radius[i]) {
      circles.push([i, L.circle([lat[i], lon[i]], { radius: C.radius[i] * 1000, color: colours[C.side[i]],
        weight: 2, dashArray: "4 4", fill: true, fillOpacity: 0.12, interactive: false })]);
    }
  }
  const circleLayer = L.layerGroup().addTo(map);

  // a switch per claimant for the layer control; label → layer, in order. A claimant whose name
  // is a built-in layer's (or another label already taken) is labelled "… (claimant)".
  const Switch = L.Layer.extend({
    initialize: function (k) { this._k = k; },
    onAdd: function () { shown[this._k] = true; if (ready) { refresh(); } },
    onRemove: function () { shown[this._k] = false; if (ready) { refresh(); } }
  });
  const BUILT_IN = ["Front line", "Distance checks"];
  const overlays = new Map();
  data.claimants.forEach((name, k) => {
    let label = String(name);
    while (BUILT_IN.indexOf(label) >= 0 || overlays.has(label)) { label += " (claimant)"; }
    overlays.set(label, new Switch(k).addTo(map));
  });

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
      style: (f) => ({ color: classColours.get((f.properties || {})["class"]) || "#d7301f", weight: 1,
                       fillOpacity: 0.25, interactive: false })
    }).addTo(front);
  }
  if (data.snapshots.length) { overlays.set("Front line", front); }

  // -- statement checks -----------------------------------------------------------------
  const checks = L.layerGroup().addTo(map);
  data.checks.forEach((c) => {
    const colour = verdictColours.get(c.verdict) || "#57606a";
    const line = L.polyline([c.from, c.to], { color: colour, weight: 3, dashArray: "6 4", bubblingMouseEvents: false })
      .bindTooltip(esc(c.label), { permanent: false })
      .addTo(checks);
    line.on("click", (e) => {
      L.popup({ maxWidth: 380 }).setLatLng(e.latlng)
        .setContent("<b>" + esc(c.verdict) + "</b> — " + esc(c.explanation)).openOn(map);
    });
  });
  if (data.checks.length) { overlays.set("Distance checks", checks); }
  const control = L.control.layers(null, null, { collapsed: false, position: "topright" });
  overlays.forEach((layer, label) => { control.addOverlay(layer, esc(label)); });  // names are HTML there
  control.addTo(map);

  // -- time slider ------------------------------------------------------------------------
  const days = data.dates;
  function refresh() {
    let count = 0;
    for (let i = 0; i < n; i++) { if (visible(i)) { count++; } }
    circleLayer.clearLayers();
    circles.forEach(([i, c]) => { if (visible(i)) { circleLayer.addLayer(c); } });
    claimsLayer._reset();
    showFront(days[current]);
    const label = document.getElementById("fm-date");
    if (label) { label.textContent = days[current] + " — " + count + " of " + n + " claims"; }
    return count;
  }
  function show(k) {
    current = Math.max(0, Math.min(days.length - 1, k));
    return refresh();
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

  if (data.bounds) {
    map.fitBounds(data.bounds, { paddingTopLeft: [70, 170], paddingBottomRight: [360, 90], maxZoom: 11, animate: false });
  }
  ready = true;
  show(current);
  window.frontmap = {
    map: map, data: data, front: front, checks: checks, layer: claimsLayer, openClaim: openClaim,
    overlays: overlays,
    setDate: (day) => { let k = 0; days.forEach((d, j) => { if (d <= day) { k = j; } });
      const s = document.getElementById("fm-slider"); if (s) { s.value = k; } return show(k); },
    visibleClaims: () => { const out = []; for (let i = 0; i < n; i++) { if (visible(i)) { out.push(C.place[i]); } } return out; },
    claimAt: (containerPoint) => nearest(L.point(containerPoint)),
    claimPoint: (i) => { const p = map.latLngToContainerPoint([lat[i], lon[i]]); return [p.x, p.y]; }
  };
})(MAP, DATA);
