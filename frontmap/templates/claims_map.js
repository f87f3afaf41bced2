// frontmap claims map: claims drawn from typed arrays on one canvas (stacked by place), labels
// placed without collisions, a time slider, front-line snapshots, statement checks with their
// distances, an optional offline basemap and a needs-review panel. Every text that came from
// data goes through esc() before it touches HTML (or is set as textContent), and every lookup
// keyed by data goes through a Map, never a plain object: a claimant called "__proto__" is a name.
(function (map, data) {
  "use strict";
  const ENTITIES = new Map([["&", "&amp;"], ["<", "&lt;"], [">", "&gt;"], ['"', "&quot;"], ["'", "&#39;"]]);
  const esc = (s) => String(s === null || s === undefined ? "" : s).replace(/[&<>"']/g, (c) => ENTITIES.get(c));
  const lookup = (obj) => new Map(Object.entries(obj || {}));  // own keys only
  const shapes = lookup(data.shapes), sideColours = lookup(data.side_colours);
  const verdictColours = lookup(data.verdict_colours), classColours = lookup(data.class_colours);

  // -- columns: typed arrays (base64, little-endian) and dictionary-encoded text ------------
  const TYPES = new Map([["u8", Uint8Array], ["u16", Uint16Array], ["i32", Int32Array]]);
  function typed(col) {
    if (Array.isArray(col)) { return col; }
    const bin = atob(col.b64), bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) { bytes[i] = bin.charCodeAt(i); }
    const arr = new (TYPES.get(col.t))(bytes.buffer);
    if (!col.scale) { return arr; }
    const out = new Float64Array(arr.length);
    for (let i = 0; i < arr.length; i++) { out[i] = arr[i] / col.scale; }
    return out;
  }
  function text(col) {
    if (Array.isArray(col)) { return col; }
    const codes = typed(col.codes), values = col.dict, out = new Array(codes.length);
    for (let i = 0; i < codes.length; i++) { out[i] = values[codes[i]]; }
    return out;
  }
  const C = data.claims, P = data.places;
  ["pi", "claimant", "side", "kind", "status", "day", "radius"].forEach((k) => { C[k] = typed(C[k]); });
  ["place", "resolved", "admin", "katottg", "quote", "notes", "source", "url", "published", "id",
   "check", "date", "precision_date", "loc_precision"].forEach((k) => { C[k] = text(C[k]); });
  ["lat", "lon", "count", "order"].forEach((k) => { P[k] = typed(P[k]); });
  const n = C.pi.length, np = P.lat.length, pi = C.pi;
  C.lat = new Float64Array(n); C.lon = new Float64Array(n);
  for (let i = 0; i < n; i++) { C.lat[i] = P.lat[pi[i]]; C.lon[i] = P.lon[pi[i]]; }
  // the claims of each place, in date order (claims come sorted by day): a CSR index
  const placeStart = new Int32Array(np + 1), placeClaims = new Int32Array(n);
  for (let i = 0; i < n; i++) { placeStart[pi[i] + 1]++; }
  for (let p = 0; p < np; p++) { placeStart[p + 1] += placeStart[p]; }
  { const fill = placeStart.slice(0, np); for (let i = 0; i < n; i++) { placeClaims[fill[pi[i]]++] = i; } }

  const row = (label, value) => (value === null || value === undefined || value === "") ? "" :
    "<tr><th>" + esc(label) + "</th><td>" + esc(value) + "</td></tr>";
  function details(i) {
    const url = C.url[i];
    const link = url && /^https?:\/\//i.test(url) ?
      '<a href="' + esc(url) + '" target="_blank" rel="noopener noreferrer">' + esc(C.source[i] || url) + "</a>" :
      esc(C.source[i] || url || "");
    const p = pi[i];
    const names = [P.name_uk[p], P.name_ru[p]].filter((x) => x).join(" / ");
    const precision = C.precision_date[i] || "day", where = C.loc_precision[i] || "point";
    return "<table>" +
      row("date", C.date[i] + (precision !== "day" ? " (" + precision + " precision)" : "")) +
      row("side", data.sides[C.side[i]]) + row("place as written", C.place[i]) +
      row("resolved", C.resolved[i]) + row("uk / ru", names) + row("admin", C.admin[i]) +
      row("KATOTTG", C.katottg[i]) +
      row("location", C.lat[i].toFixed(5) + ", " + C.lon[i].toFixed(5) +
          (C.radius[i] ? " (" + where + " precision, ±" + C.radius[i] + " km)" : "")) +
      row("quote", C.quote[i]) + row("notes", C.notes[i]) + row("published", C.published[i]) +
      row("vs. front line", C.check[i]) + row("claim id", C.id[i]) + "</table>" +
      (link ? '<div class="fm-source">Source: ' + link + "</div>" : "");
  }
  const headline = (i) => esc(data.claimants[C.claimant[i]]) + "</b>: " + esc(data.kinds[C.kind[i]]) +
    " " + esc(C.place[i]) + ' <span class="fm-status">' + esc(data.statuses[C.status[i]]) + "</span>";
  function popup(i) {
    return '<div class="fm-popup"><b>' + headline(i) + details(i) + "</div>";
  }
  function stackPopup(p, list) {
    return '<div class="fm-popup fm-stack"><b>' + esc(P.label[p]) + "</b> — " + list.length +
      " claims, in date order<ol class=\"fm-stack-list\">" + list.map((i) =>
        "<li><b>" + esc(C.date[i]) + "</b> · <b>" + headline(i) +
        "<details><summary>details</summary>" + details(i) + "</details></li>").join("") + "</ol></div>";
  }

  // -- state: what the slider and the layer switches show ------------------------------------
  const dayOf = C.day, who = C.claimant;
  const style = data.kinds.map((k) => shapes.get(k) || "circle");
  const firm = data.statuses.map((s) => data.firm.indexOf(s) >= 0);
  const colours = data.sides.map((s) => sideColours.get(s) || "#666");
  const shown = data.claimants.map(() => true);
  const days = data.dates;
  let current = days.length - 1, projectedZoom = null, ready = false;
  const RADIUS = 8, HIT = 12, DASH_LIMIT = 20000, BADGE_LIMIT = 4000;  // HIT: a 24 px touch target
  const visible = (i) => shown[who[i]] && dayOf[i] <= current;
  // per place: how many of its claims show now, and the latest of them (drawn on top)
  const stackCount = new Int32Array(np), stackTop = new Int32Array(np);
  function recount() {
    stackCount.fill(0);
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (visible(i)) { stackCount[pi[i]]++; stackTop[pi[i]] = i; count++; }
    }
    return count;
  }
  const px = new Float64Array(np), py = new Float64Array(np);
  function project() {
    const zoom = map.getZoom();
    if (projectedZoom === zoom) { return; }
    // spherical Web Mercator, as map.project() computes it, without an object per point
    const scale = 256 * Math.pow(2, zoom), d = Math.PI / 180, max = 85.0511287798;
    for (let p = 0; p < np; p++) {
      const phi = Math.max(Math.min(max, P.lat[p]), -max) * d;
      px[p] = scale * (P.lon[p] + 180) / 360;
      py[p] = scale * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI));
    }
    projectedZoom = zoom;
  }

  // -- one canvas layer draws every place's marker, with a count on stacks ---------------------
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
      if (!ready) { return; }
      project();
      this.redraw();
      labels.update();
    },
    redraw: function () {
      if (!this._canvas || !ready) { return; }
      const ctx = this._canvas.getContext("2d"), ratio = window.devicePixelRatio || 1;
      const size = map.getSize(), topLeft = map.getPixelBounds().min;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.clearRect(0, 0, size.x, size.y);
      ctx.lineWidth = 2;
      // one path per style (side × claim type × firmness): a few fills and strokes, not 100,000
      const paths = new Map(), stacks = [];
      for (let p = 0; p < np; p++) {
        if (!stackCount[p]) { continue; }
        const i = stackTop[p];
        if (C.radius[i] && stackCount[p] === 1) { continue; }  // an area, not a point: its circle
        const x = px[p] - topLeft.x, y = py[p] - topLeft.y;
        if (x < -HIT || y < -HIT || x > size.x + HIT || y > size.y + HIT) { continue; }
        const key = C.side[i] * 65536 + C.kind[i] * 2 + (firm[C.status[i]] ? 1 : 0);
        let list = paths.get(key);
        if (!list) { list = []; paths.set(key, list); }
        list.push(x, y);
        if (stackCount[p] > 1) { stacks.push(x, y, stackCount[p]); }
      }
      const r = RADIUS;
      let drawn = 0;
      paths.forEach((xy) => { drawn += xy.length / 2; });
      Array.from(paths.keys()).sort((a, b) => a - b).forEach((key) => {
        const xy = paths.get(key), side = Math.floor(key / 65536), kind = (key % 65536) >> 1, solid = key % 2;
        const shape = style[kind], colour = colours[side];
        ctx.beginPath();
        for (let j = 0; j < xy.length; j += 2) {
          const x = xy[j], y = xy[j + 1];
          if (shape === "square") { ctx.rect(x - r, y - r, 2 * r, 2 * r); }
          else if (shape === "triangle") { ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.1, y + r * 0.8); ctx.lineTo(x - r * 1.1, y + r * 0.8); ctx.closePath(); }
          else if (shape === "diamond") { ctx.moveTo(x, y - r * 1.3); ctx.lineTo(x + r * 1.1, y); ctx.lineTo(x, y + r * 1.3); ctx.lineTo(x - r * 1.1, y); ctx.closePath(); }
          else { ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI); }
        }
        ctx.globalAlpha = solid ? 0.85 : 0.25; ctx.fillStyle = colour; ctx.fill();
        // dashing tens of thousands of outlines costs seconds in a software canvas: beyond
        // DASH_LIMIT drawn claims, unconfirmed ones stay hollow but their outline is solid
        ctx.globalAlpha = 1; ctx.strokeStyle = colour;
        ctx.setLineDash(solid || drawn > DASH_LIMIT ? [] : [4, 3]); ctx.stroke();
      });
      ctx.setLineDash([]);
      if (stacks.length / 3 <= BADGE_LIMIT) {  // the count of a stack, on a white disc
        ctx.font = "bold 11px system-ui, sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "middle";
        for (let j = 0; j < stacks.length; j += 3) {
          const x = stacks[j] + r, y = stacks[j + 1] - r, label = String(stacks[j + 2]);
          const w = Math.max(16, ctx.measureText(label).width + 8);
          ctx.beginPath(); ctx.fillStyle = "#fff"; ctx.strokeStyle = "#111"; ctx.lineWidth = 1.5;
          ctx.roundRect ? ctx.roundRect(x - w / 2, y - 8, w, 16, 8) : ctx.rect(x - w / 2, y - 8, w, 16);
          ctx.fill(); ctx.stroke(); ctx.fillStyle = "#111"; ctx.fillText(label, x, y + 0.5);
        }
      }
    }
  });
  function nearestPlace(containerPoint) {
    const topLeft = map.getPixelBounds().min;
    let best = -1, bestD = HIT * HIT;
    for (let p = 0; p < np; p++) {
      if (!stackCount[p]) { continue; }
      const dx = px[p] - topLeft.x - containerPoint.x, dy = py[p] - topLeft.y - containerPoint.y;
      const d = dx * dx + dy * dy;
      if (d <= bestD) { bestD = d; best = p; }
    }
    return best;
  }
  function stackOf(p) {  // the place's claims shown now, in date order
    const out = [];
    for (let k = placeStart[p]; k < placeStart[p + 1]; k++) { if (visible(placeClaims[k])) { out.push(placeClaims[k]); } }
    return out;
  }
  const claimsLayer = new ClaimsLayer().addTo(map);
  function openPlace(p) {
    const list = stackOf(p);
    if (!list.length) { return; }
    L.popup({ maxWidth: 400, maxHeight: 420 }).setLatLng([P.lat[p], P.lon[p]])
      .setContent(list.length > 1 ? stackPopup(p, list) : popup(list[0])).openOn(map);
  }
  function openClaim(i) {
    const list = stackOf(pi[i]);
    if (list.length > 1) { openPlace(pi[i]); return; }
    L.popup({ maxWidth: 400 }).setLatLng([C.lat[i], C.lon[i]]).setContent(popup(i)).openOn(map);
  }
  // Clicks are taken on the container (capture phase): other canvases (front line, checks) lie
  // above this one, and a claim under them must still answer.
  map.getContainer().addEventListener("click", (e) => {
    if (e.target.closest && e.target.closest(".leaflet-control, .leaflet-popup, .leaflet-marker-icon")) { return; }
    const p = nearestPlace(map.mouseEventToContainerPoint(e));
    if (p >= 0) { e.stopPropagation(); openPlace(p); }
  }, true);
  const hover = L.tooltip({ direction: "top", offset: [0, -10] });
  let lastMove = 0;
  map.on("mousemove", (e) => {
    const now = Date.now(); if (now - lastMove < 40) { return; } lastMove = now;
    const p = nearestPlace(e.containerPoint);
    map.getContainer().style.cursor = p >= 0 ? "pointer" : "";
    if (p >= 0) {
      const i = stackTop[p];
      hover.setLatLng([P.lat[p], P.lon[p]]).setContent(esc(stackCount[p] > 1 ?
        P.label[p] + ": " + stackCount[p] + " claims (click to list them)" :
        data.claimants[C.claimant[i]] + ": " + data.kinds[C.kind[i]] + " " + C.place[i] + " (" + C.date[i] + ")"));
      if (!map.hasLayer(hover)) { hover.addTo(map); }
    } else if (map.hasLayer(hover)) { map.removeLayer(hover); }
  });

  // uncertainty circles of places known only to their hromada (few)
  const circles = [];
  for (let i = 0; i < n; i++) {
    if (C.radius[i]) {
      circles.push([i, L.circle([C.lat[i], C.lon[i]], { radius: C.radius[i] * 1000, color: colours[C.side[i]],
        weight: 2, dashArray: "4 4", fill: true, fillOpacity: 0.12, interactive: false })]);
    }
  }
  const circleLayer = L.layerGroup().addTo(map);

  // -- offline basemap: Ukraine's outline, oblast boundaries, towns (shipped data) -------------
  const base = data.basemap;
  if (base) {
    map.getContainer().classList.add("fm-offline");
    map.createPane("fm-base").style.zIndex = 150;
    const pane = { pane: "fm-base", interactive: false };
    L.geoJSON(base.outline, Object.assign({ style: () => ({ color: "#8f897e", weight: 1.2, fillColor: "#fbfaf6", fillOpacity: 1 }) }, pane)).addTo(map);
    L.geoJSON({ type: "GeometryCollection", geometries: base.boundaries },
      Object.assign({ style: () => ({ color: "#b3ab9e", weight: 1, dashArray: "5 3", fill: false }) }, pane)).addTo(map);
    base.towns.forEach((t) => {
      L.circleMarker([t[0], t[1]], Object.assign({ radius: t[3] >= 200000 ? 3.5 : 2.5, color: "#6e675c", weight: 1, fillColor: "#fff", fillOpacity: 1 }, pane)).addTo(map);
    });
    map.attributionControl.addAttribution("Basemap: outline, oblasts © OpenStreetMap contributors (ODbL); towns: GeoNames");
  }

  // -- statement checks: dashed line, its distance and verdict, a marker at the reference ------
  const checks = L.layerGroup().addTo(map), refs = L.layerGroup();
  const checkGroups = data.checks.map((c) => {
    const colour = verdictColours.get(c.verdict) || "#57606a";
    const open = (latlng) => L.popup({ maxWidth: 380 }).setLatLng(latlng)
      .setContent("<b>" + esc(c.verdict) + "</b> — " + esc(c.explanation)).openOn(map);
    const line = L.polyline([c.from, c.to], { color: colour, weight: 3, dashArray: "6 4", bubblingMouseEvents: false })
      .bindTooltip(esc(c.label), { permanent: false });
    line.on("click", (e) => open(e.latlng));
    // colour: one of ours (verdict_colours or the default), never the data's text
    const tag = '<span class="fm-check-label" style="color:' + colour + '" title="' + esc(c.label) + '">' +
      esc(c.short) + "</span>";
    const mid = [(c.from[0] + c.to[0]) / 2, (c.from[1] + c.to[1]) / 2];
    const label = L.marker(mid, { icon: L.divIcon({ className: "fm-check-icon", html: tag, iconSize: null }), keyboard: false });
    label.on("click", () => open(mid));
    return L.featureGroup([line, label]);
  });
  const refMarkers = new Map();  // "lat,lon" → [marker, check indices]
  data.checks.forEach((c, k) => {
    if (!c.reference) { return; }
    const key = c.reference.lat + "," + c.reference.lon;
    if (!refMarkers.has(key)) {
      const marker = L.marker([c.reference.lat, c.reference.lon], {
        icon: L.divIcon({ className: "fm-ref", html: "<span></span>", iconSize: [24, 24] }),
        title: c.reference.label, alt: c.reference.label, keyboard: false });
      refMarkers.set(key, [marker, []]);
    }
    refMarkers.get(key)[1].push(k);
  });
  refMarkers.forEach(([marker, list]) => {
    marker.bindPopup(() => '<div class="fm-popup"><b>' + esc(data.checks[list[0]].reference.name) +
      "</b>: the place " + (list.length > 1 ? list.length + " checks measure" : "a check measures") + " from<ul>" +
      list.map((k) => "<li>" + esc(data.checks[k].label) + "</li>").join("") + "</ul></div>");
  });
  checks.on("add", () => { map.addLayer(refs); labels.update(); });
  checks.on("remove", () => { map.removeLayer(refs); labels.update(); });
  map.addLayer(refs);
  const checkShown = (c) => !c.date || c.date <= days[current];
  function showChecks() {
    data.checks.forEach((c, k) => {
      const g = checkGroups[k];
      if (checkShown(c)) { if (!checks.hasLayer(g)) { checks.addLayer(g); } }
      else if (checks.hasLayer(g)) { checks.removeLayer(g); }
    });
    refMarkers.forEach(([marker, list]) => {
      const on = list.some((k) => checkShown(data.checks[k]));
      if (on && !refs.hasLayer(marker)) { refs.addLayer(marker); }
      else if (!on && refs.hasLayer(marker)) { refs.removeLayer(marker); }
    });
  }

  // -- labels: check places first, then claimed places by their number of claims, then towns; --
  // -- greedy placement without overlaps (all of them from ALL_ZOOM), text set as textContent --
  const ALL_ZOOM = 11, MAX_LABELS = 400, MAX_ALL = 3000;
  map.createPane("fm-labels").style.zIndex = 450;
  map.getPane("fm-labels").style.pointerEvents = "none";
  const labelPane = map.getPane("fm-labels");
  labelPane.classList.add("leaflet-zoom-hide");
  const measure = document.createElement("canvas").getContext("2d"), widths = new Map();
  function textWidth(s, cls) {
    const key = cls + "|" + s;
    let w = widths.get(key);
    if (w === undefined) {
      measure.font = cls === "fm-label-town" ? "400 11px system-ui, sans-serif" : "600 12px system-ui, sans-serif";
      w = measure.measureText(s).width * (cls === "fm-label-oblast" ? 1.25 : 1) + 4;
      if (widths.size < 100000) { widths.set(key, w); }
    }
    return w;
  }
  const labels = {
    pool: [], placed: [],
    update: function () {
      if (!ready) { return; }
      const size = map.getSize(), topLeft = map.getPixelBounds().min, zoom = map.getZoom();
      const all = zoom >= ALL_ZOOM, limit = all ? MAX_ALL : MAX_LABELS, H = 16;
      const cell = 64, grid = new Map(), placed = [];
      const cells = (b, add) => {
        for (let gx = Math.floor(b[0] / cell); gx <= Math.floor(b[2] / cell); gx++) {
          for (let gy = Math.floor(b[1] / cell); gy <= Math.floor(b[3] / cell); gy++) {
            const key = gx * 100003 + gy;
            if (add) { let l = grid.get(key); if (!l) { l = []; grid.set(key, l); } l.push(b); }
            else { const l = grid.get(key); if (l && l.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1])) { return true; } }
          }
        }
        return false;
      };
      // try right of the point, then left, above, below; at ALL_ZOOM the first place is taken
      function place(x, y, s, cls, gap, force) {
        if (placed.length >= limit || x < -50 || y < -20 || x > size.x + 50 || y > size.y + 20) { return false; }
        const w = textWidth(s, cls);
        const spots = [[x + gap, y - H / 2], [x - gap - w, y - H / 2], [x - w / 2, y - gap - H], [x - w / 2, y + gap]];
        for (const [lx, ly] of spots) {
          const b = [lx, ly, lx + w, ly + H];
          if (force || !cells(b, false)) { cells(b, true); placed.push([lx, ly, s, cls]); return true; }
        }
        return false;
      }
      const seen = new Set();
      if (map.hasLayer(checks)) {  // the places checks refer to
        data.checks.forEach((c) => {
          if (!checkShown(c)) { return; }
          [c.reference, c.subject].forEach((q) => {
            if (!q || seen.has(q.lat + "," + q.lon)) { return; }
            seen.add(q.lat + "," + q.lon);
            const pt = map.latLngToContainerPoint([q.lat, q.lon]);
            place(pt.x, pt.y, q.label, "fm-label-ref", HIT + 2, all);
          });
        });
      }
      const order = P.order;
      for (let k = 0; k < np && placed.length < limit; k++) {
        const p = order[k];
        if (!stackCount[p]) { continue; }
        const x = px[p] - topLeft.x, y = py[p] - topLeft.y;
        if (x < -50 || y < -20 || x > size.x + 50 || y > size.y + 20) { continue; }
        if (seen.has(P.lat[p] + "," + P.lon[p])) { continue; }
        place(x, y, P.label[p], "fm-label", HIT + (stackCount[p] > 1 ? 10 : 2), all);
      }
      if (base) {
        const named = new Set(placed.map((l) => l[2]));  // a town already labelled as a claim's place
        base.towns.forEach((t) => {
          if (named.has(t[2])) { return; }
          const pt = map.latLngToContainerPoint([t[0], t[1]]);
          place(pt.x, pt.y, t[2], "fm-label-town", 5, false);
        });
        if (zoom <= 8) {
          base.oblasts.forEach((o) => {
            const pt = map.latLngToContainerPoint([o[0], o[1]]);
            const w = textWidth(o[2], "fm-label-oblast");
            place(pt.x + w / 2, pt.y, o[2], "fm-label-oblast", -w / 2, false);
          });
        }
      }
      // draw: reuse the pool of divs; the pane moves with the map, so position in layer points
      const origin = map.containerPointToLayerPoint([0, 0]);
      while (this.pool.length < placed.length) {
        const div = document.createElement("div"); labelPane.appendChild(div); this.pool.push(div);
      }
      this.pool.forEach((div, k) => {
        if (k >= placed.length) { div.style.display = "none"; return; }
        const [lx, ly, s, cls] = placed[k];
        div.className = "fm-label " + cls; div.textContent = s; div.style.display = "";
        div.style.left = Math.round(lx + origin.x) + "px"; div.style.top = Math.round(ly + origin.y) + "px";
      });
      this.placed = placed;
    }
  };

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
  if (data.checks.length) { overlays.set("Distance checks", checks); }
  const control = L.control.layers(null, null, { collapsed: false, position: "topright" });
  overlays.forEach((layer, label) => { control.addOverlay(layer, esc(label)); });  // names are HTML there
  control.addTo(map);

  // -- time slider ------------------------------------------------------------------------
  function refresh() {
    const count = recount();
    circleLayer.clearLayers();
    circles.forEach(([i, c]) => { if (visible(i)) { circleLayer.addLayer(c); } });
    showFront(days[current]);
    showChecks();
    claimsLayer._reset();
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
    map: map, data: data, front: front, checks: checks, refs: refs, layer: claimsLayer, openClaim: openClaim,
    openPlace: openPlace, overlays: overlays, hitRadius: HIT,
    setDate: (day) => { let k = 0; days.forEach((d, j) => { if (d <= day) { k = j; } });
      const s = document.getElementById("fm-slider"); if (s) { s.value = k; } return show(k); },
    visibleClaims: () => { const out = []; for (let i = 0; i < n; i++) { if (visible(i)) { out.push(C.place[i]); } } return out; },
    labels: () => labels.placed.map((l) => l[2]),
    stack: (p) => stackOf(p),
    claimAt: (containerPoint) => { const p = nearestPlace(L.point(containerPoint)); return p < 0 ? -1 : stackTop[p]; },
    claimPoint: (i) => { const p = map.latLngToContainerPoint([C.lat[i], C.lon[i]]); return [p.x, p.y]; }
  };
})(MAP, DATA);
