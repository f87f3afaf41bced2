"""Interactive claims maps (Folium/Leaflet): standalone HTML and inline Jupyter output.

Design
------
Claims go into the page once, as columnar JSON, and are drawn by one script
with Leaflet's canvas renderer — no Python object per marker — so 100,000
claims make one small page. In the page:

* a layer per claimant (LayerControl); colour by side (RU red, UA blue,
  other grey); shape by claim type (captured/liberated square, advancing
  triangle, repelled/denied diamond, others circle); claims not confirmed
  or assessed are hollow with a dashed outline; places known only to their
  hromada carry a dotted uncertainty circle;
* a time slider over the claim and snapshot dates: a claim appears from its
  date (the first day of a partial date), and the front-line polygon shown is
  the snapshot current on the selected date;
* popups with date and precision, claimant, claim, status, the place as
  written and as resolved (Ukrainian/Russian names, admin path, KATOTTG
  code), quote, notes and source link;
* statement checks as dashed lines from reference to subject, coloured by
  verdict and labelled with measured vs stated distance and bearing;
* a title, a legend with the date range and the attributions (GeoNames CC BY
  4.0; OpenStreetMap when its tiles are used; DeepStateMap or ISW when their
  layers are), and a "needs review" panel listing every row that did not
  resolve or resolved ambiguously.

Every piece of user text is escaped: in Python for the title, legend and
review panel (``html.escape``), in the page's script for popups and
tooltips; the JSON is embedded with ``<`` written as ``\\u003c`` so no
string can close the script element. Element ids are deterministic, so the
same inputs give byte-identical HTML.
"""

from __future__ import annotations

import json
import math
from datetime import date as Date
from datetime import timedelta
from html import escape
from importlib import resources
from pathlib import Path

from .assets import LEAFLET_CSS, LEAFLET_JS, inline_assets, with_integrity
from .basemaps import basemap
from .claims import parse_date
from .errors import FrontmapError
from .writing import write_text

__all__ = ["SHAPES", "PageDataError", "change_map", "claims_map", "map_html", "page_json", "save"]

SIDE_COLOURS = {"RU": "#c0392b", "UA": "#1f5fbf", "other": "#7f7f7f"}
SHAPES = {
    "captured": "square", "liberated": "square", "encircled": "square", "advancing": "triangle",
    "attacked": "triangle", "repelled": "diamond", "denied": "diamond", "withdrawn": "diamond",
    "fighting": "circle", "shelled": "circle", "other": "circle",
}  # fmt: skip
FIRM_STATUSES = ("confirmed", "assessed")
VERDICT_COLOURS = {
    "consistent": "#1a7f37", "loose": "#bf8700", "inconsistent": "#cf222e",
    "ambiguous": "#8250df", "unverifiable": "#57606a",
}  # fmt: skip
_SHAPE_GLYPH = {"square": "■", "triangle": "▲", "diamond": "◆", "circle": "●"}
_CSS = """
.fm-title{background:#fff;padding:6px 10px;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.3);
  font:600 15px/1.3 system-ui,sans-serif;max-width:420px}
.fm-title small{display:block;font-weight:400;color:#555}
.fm-legend,.fm-review{background:#fff;padding:6px 10px;border-radius:4px;font:12px/1.4 system-ui,sans-serif;
  box-shadow:0 1px 4px rgba(0,0,0,.3);max-width:320px;max-height:45vh;overflow:auto}
.fm-legend b{display:block;margin-top:4px}.fm-legend div{margin:1px 0}.fm-slider{background:#fff;padding:6px 8px;font:12px system-ui}
.fm-slider input{width:260px;vertical-align:middle}.fm-popup table{font-size:12px;border-collapse:collapse}
.fm-popup th{text-align:left;padding-right:6px;color:#555;font-weight:500;vertical-align:top}
.fm-status{font-size:11px;padding:0 4px;border-radius:3px;background:#eee}
.fm-review li{margin-bottom:3px}
"""


class PageDataError(FrontmapError, ValueError):
    """The page's data cannot be written as strict JSON (no page is written)."""


def _finite(value):
    """``value`` with every non-finite float (NaN, ±inf) in it turned into None."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def page_json(payload) -> str:
    """The page's data as strict JSON text, safe inside ``<script type="application/json">``.

    Non-finite numbers become ``null`` (``JSON.parse`` rejects ``NaN`` and ``Infinity``, which
    would leave a blank map); ``<`` is written as ``\\u003c`` so no string can close the element.

    Raises
    ------
    PageDataError
        The data holds something JSON cannot represent.
    """
    try:
        text = json.dumps(
            _finite(payload), ensure_ascii=False, separators=(",", ":"), sort_keys=True,
            allow_nan=False,
        )  # fmt: skip
    except (TypeError, ValueError) as exc:
        raise PageDataError(f"cannot build the map's data ({exc}); no page was written") from exc
    return text.replace("<", "\\u003c")


def _clean(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def _text(value) -> str:
    value = _clean(value)
    return "" if value is None else str(value)


def _texts(frame, col: str) -> list[str]:
    if col not in frame.columns:
        return [""] * len(frame)
    values = frame[col].astype(object).where(frame[col].notna(), "")
    return [v if isinstance(v, str) else str(v) for v in values.tolist()]


def _codes(frame, col: str) -> tuple[list[int], list[str]]:
    import pandas as pd

    cat = pd.Categorical(_texts(frame, col))
    categories = [str(c) for c in cat.categories]
    order = sorted(range(len(categories)), key=lambda k: categories[k])
    remap = {old: new for new, old in enumerate(order)}
    return [remap[c] for c in cat.codes.tolist()], [categories[k] for k in order]


def _claims_data(claims) -> tuple[dict, list[dict], list[Date]]:
    """Columnar claim data for the page (built column by column), the rows needing review, the days."""
    import numpy as np
    import pandas as pd

    frame = claims.drop(columns="geometry", errors="ignore")
    lat = pd.to_numeric(frame["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(frame["lon"], errors="coerce").to_numpy(dtype=float)
    has = pd.Series(np.isfinite(lat) & np.isfinite(lon), index=frame.index)  # NaN, ±inf: review
    ambiguous = frame["resolution"].eq("ambiguous") if "resolution" in frame.columns else False
    review = [
        {k: _clean(v) for k, v in r.items()} for r in frame[~has | ambiguous].to_dict("records")
    ]
    located = frame[has]
    date_text = _texts(located, "date")
    starts = {d: parse_date(d).start for d in set(date_text)}
    days = [starts[d] for d in date_text]
    cols: dict[str, list] = {
        "lat": located["lat"].astype(float).round(6).tolist(),
        "lon": located["lon"].astype(float).round(6).tolist(),
        "date": date_text,
        "precision_date": [p or "day" for p in _texts(located, "date_precision")],
        "start": [d.isoformat() for d in days],
    }
    data: dict = {}
    for key, col, plural in (("claimant", "claimant", "claimants"), ("side", "side", "sides"),
                             ("kind", "claim", "kinds"), ("status", "status", "statuses")):  # fmt: skip
        cols[key], data[plural] = _codes(located, col)
    for key, col in (("place", "place"), ("resolved", "resolved_name"), ("name_uk", "name_uk"),
                     ("name_ru", "name_ru"), ("admin", "admin"), ("katottg", "katottg"), ("quote", "quote"),
                     ("notes", "notes"), ("source", "source"), ("url", "url"), ("published", "published"),
                     ("id", "id"), ("check", "frontline_check")):  # fmt: skip
        cols[key] = _texts(located, col)
    precision = _texts(located, "precision")
    radius = (
        located["radius_km"].tolist() if "radius_km" in located.columns else [None] * len(located)
    )
    cols["radius"] = [_radius(p, r) for p, r in zip(precision, radius, strict=True)]
    cols["loc_precision"] = [p or "point" for p in precision]
    data["claims"] = cols
    return data, review, days


def _radius(precision: str, radius) -> float:
    """The uncertainty circle's radius in km; 0 (no circle) for points and unusable radii."""
    try:
        r = float(radius)
    except (TypeError, ValueError):
        return 0
    return round(r, 1) if precision not in ("", "point") and math.isfinite(r) and r > 0 else 0


def _line_check(v) -> dict:
    """A distance to a line: drawn from the place to the nearest point of the line."""
    st = v.statement
    place = (v.subject or v.reference).place
    value = f"{st.value:g} {st.unit}" if st.value is not None else st.qualifier or ""
    stated = " ".join(x for x in (st.qualifier if st.value is not None else None, value) if x)
    label = (
        f"{place.name} to the {'front line' if st.line == 'front' else 'border'} "
        f"({v.line_source}): measured {v.distance_km:.1f} km ({v.distance_mi:.1f} mi); "
        f"stated {stated}: {v.verdict}"
    )
    return {
        "from": [round(place.lat, 6), round(place.lon, 6)],
        "to": [round(v.line_point[0], 6), round(v.line_point[1], 6)],
        "verdict": v.verdict, "label": label, "explanation": v.explanation,
    }  # fmt: skip


def _checks_data(checks) -> list[dict]:
    out = []
    for v in checks or ():
        if v.line_point is not None and v.distance_km is not None:
            out.append(_line_check(v))
            continue
        if v.subject is None or v.reference is None or v.distance_km is None:
            continue
        st = v.statement
        stated = " ".join(
            x
            for x in (
                st.qualifier,
                f"{st.value:g} {st.unit}" if st.value is not None else None,
                st.direction,
            )
            if x
        )
        label = (
            f"{v.subject.place.name} from {v.reference.place.name}: measured {v.distance_km:.1f} km "
            f"({v.distance_mi:.1f} mi) {v.bearing_word} {v.bearing_deg:.0f}°; stated {stated or st.relation}: "
            f"{v.verdict}"
        )
        out.append({
            "from": [round(v.reference.place.lat, 6), round(v.reference.place.lon, 6)],
            "to": [round(v.subject.place.lat, 6), round(v.subject.place.lon, 6)],
            "verdict": v.verdict, "label": label, "explanation": v.explanation,
        })  # fmt: skip
    return out


def _legend_html(data, snapshots_classes, frontline, checks, first, last, tiles) -> str:
    parts = [f"<b>Claims {escape(first)} – {escape(last)}</b>" if first else "<b>Claims</b>"]
    for side in data["sides"]:
        colour = SIDE_COLOURS.get(side, "#666")
        parts.append(f'<span style="color:{colour}">●</span> {escape(side)}')
    for kind in data["kinds"]:
        parts.append(f"{_SHAPE_GLYPH[SHAPES.get(kind, 'circle')]} {escape(kind)}")
    parts.append("filled: confirmed or assessed; hollow, dashed: claimed, disputed, unconfirmed")
    parts.append("dotted circle: place known only to its hromada (uncertainty)")
    if snapshots_classes:
        from .frontline import CLASS_STYLE

        parts.append("<b>Front line</b>")
        for cls in sorted(snapshots_classes):
            colour, label = CLASS_STYLE.get(cls, ("#d7301f", cls))
            parts.append(f'<span style="color:{colour}">■</span> {escape(label)}')
    if checks:
        parts.append("<b>Distance checks</b>")
        for verdict in sorted({c["verdict"] for c in checks}):
            parts.append(
                f'<span style="color:{VERDICT_COLOURS.get(verdict, "#555")}">━</span> {escape(verdict)}'
            )
    credits = ["Places: GeoNames (geonames.org), CC BY 4.0; KATOTTG"]
    if tiles:
        credits.append(
            "Basemap: © OpenStreetMap contributors"
            if "openstreetmap" in str(tiles).lower()
            else f"Basemap: {escape(str(tiles))}"
        )
    if frontline is not None:
        kinds = frontline.sources()
        if "deepstate" in kinds:
            credits.append("Front line: DeepStateMap (deepstatemap.live)")
        if "isw" in kinds:
            credits.append("Front line: ISW/CTP")
    parts.append("<small>" + "<br>".join(credits) + "</small>")
    return "".join(p if p.startswith("<b>") else f"<div>{p}</div>" for p in parts)


def _review_html(review) -> str:
    if not review:
        return ""
    items = []
    for r in review[:200]:
        what = (
            r.get("resolution") if r.get("resolution") in ("fuzzy", "ambiguous") else "unresolved"
        )
        items.append(
            f"<li><b>{escape(_text(r.get('place')))}</b> ({escape(what)}; line {escape(_text(r.get('line')))}, "
            f"{escape(_text(r.get('claimant')))}, {escape(_text(r.get('date')))}): "
            f"{escape(_text(r.get('resolution_note'))[:300])}</li>"
        )
    more = f"<li>… and {len(review) - 200} more</li>" if len(review) > 200 else ""
    return (
        f"<details open><summary><b>Needs review: {len(review)} claim(s)</b></summary>"
        f"<ul>{''.join(items)}{more}</ul></details>"
    )


def claims_map(claims, frontline=None, checks=None, *, title: str | None = None,
               tiles: str | None = "OpenStreetMap"):  # fmt: skip
    """Build the interactive claims map.

    Parameters
    ----------
    claims
        A GeoDataFrame from :func:`frontmap.claims.read` (or a path to read).
    frontline
        A :class:`frontmap.frontline.Series` (or path(s) to load), or None.
    checks
        :class:`frontmap.verify.Verdict` objects to draw, or None.
    title
        Map title (escaped); default "Front-line claims".
    tiles
        A basemap name (any xyzservices provider, e.g. ``"OpenStreetMap"``,
        ``"CartoDB positron"``) or None/``"none"`` for no basemap (offline).

    Returns
    -------
    folium.Map
        Displays inline in Jupyter; save with :func:`save`.
    """
    try:
        import folium
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError("maps need folium: pip install folium") from exc
    from . import claims as claims_module
    from . import frontline as frontline_module

    if isinstance(claims, str | Path):
        claims = claims_module.read(claims)
    if isinstance(frontline, str | Path):
        frontline = frontline_module.load(frontline)
    tiles = basemap(tiles)

    data, review, days = _claims_data(claims)
    check_data = _checks_data(checks)
    snapshots = []
    classes: set[str] = set()
    if frontline is not None and len(frontline):
        lo = min(days) if days else frontline.dates[0]
        hi = max(days) if days else frontline.dates[-1]
        # every snapshot inside the claims' span, plus the one current at its start
        keep = [s for s in frontline if lo <= s.date <= hi]
        first = frontline.snapshot(lo)
        if first is not None and first not in keep:
            keep.insert(0, first)
        for snap in keep:
            snapshots.append({"date": snap.date.isoformat(), "geojson": snap.to_geojson()})
            classes |= set(snap.layers)
    all_days = sorted({*days, *(Date.fromisoformat(s["date"]) for s in snapshots)})
    if days and (not all_days or all_days[0] >= min(days)):
        all_days.insert(0, min(days) - timedelta(days=1))
    day_index = {d: i for i, d in enumerate(all_days)}
    data["claims"]["day"] = [day_index[Date.fromisoformat(s)] for s in data["claims"]["start"]]
    data["dates"] = [d.isoformat() for d in all_days]
    data["snapshots"] = snapshots
    data["checks"] = check_data
    first = min(days).isoformat() if days else ""
    last = max(days).isoformat() if days else ""
    data.update(
        side_colours=SIDE_COLOURS,
        shapes=SHAPES,
        firm=list(FIRM_STATUSES),
        verdict_colours=VERDICT_COLOURS,
        class_colours={k: v[0] for k, v in frontline_module.CLASS_STYLE.items()},
        title_html=f"{escape(title or 'Front-line claims')}<small>{len(claims)} claims"
        + (f", {escape(first)} – {escape(last)}" if first else "")
        + "</small>",
        legend_html=_legend_html(data, classes, frontline, check_data, first, last, tiles),
        review_html=_review_html(review),
    )
    lats = [*data["claims"]["lat"], *(c[k][0] for c in check_data for k in ("from", "to"))]
    lons = [*data["claims"]["lon"], *(c[k][1] for c in check_data for k in ("from", "to"))]
    data["bounds"] = [[min(lats), min(lons)], [max(lats), max(lons)]] if lats else None

    center = [sum(lats) / len(lats), sum(lons) / len(lons)] if lats else [48.5, 37.5]
    m = folium.Map(
        location=center, zoom_start=8, tiles=tiles, prefer_canvas=True, control_scale=True
    )
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    m.get_root().header.add_child(folium.Element(f"<style>{_CSS}</style>"), name="frontmap_css")
    data_element, script = _elements(data)
    m.get_root().html.add_child(data_element, name="frontmap_data")
    m.add_child(script, name="frontmap_claims")
    _stable_ids(m)
    return m


def _elements(data):
    """The page's two pieces: the data (inert JSON in the body) and the script that draws it."""
    from branca.element import Element, MacroElement
    from jinja2 import Template

    class Data(Element):
        """``<script type="application/json">``: the browser's HTML tokenizer skims it and
        ``JSON.parse`` reads it far faster than it could compile the same data as code."""

        def __init__(self, payload):
            super().__init__()
            self._name = "FrontmapData"
            self.payload = payload

        def render(self, **kwargs):
            text = page_json(self.payload)
            return f'<script type="application/json" id="{self.get_name()}">{text}</script>'

    class Script(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

        def __init__(self, data_element):
            super().__init__()
            self._name = "FrontmapClaims"
            self.data_element = data_element

        def render(self, **kwargs):
            source = (
                resources.files("frontmap").joinpath("templates/claims_map.js").read_text("utf-8")
            )
            data = (
                f'JSON.parse(document.getElementById("{self.data_element.get_name()}").textContent)'
            )
            self.code = source.replace("(MAP, DATA)", f"({self._parent.get_name()}, {data})")
            super().render(**kwargs)

    element = Data(data)
    return element, Script(element)


def _stable_ids(root) -> None:
    """Replace folium's random element ids with ones derived from the tree's shape."""
    counter = 0

    def walk(element):
        nonlocal counter
        counter += 1
        element._id = f"fm{counter:04d}"
        parts = [getattr(element, name, None) for name in ("header", "html", "script")]
        for child in [
            *(p for p in parts if p is not None),
            *getattr(element, "_children", {}).values(),
        ]:
            walk(child)

    walk(root.get_root())
    walk(root)


def map_html(m, *, self_contained: bool = False, home=None) -> str:
    """The map's full HTML page; ``self_contained`` inlines Leaflet's JS/CSS from the asset cache.

    Otherwise every CDN ``<script>``/``<link>`` carries its pinned Subresource Integrity hash.
    """
    _stable_ids(m)
    html = m.get_root().render()
    return inline_assets(html, home=home) if self_contained else with_integrity(html)


def save(m, path, *, self_contained: bool = False, home=None) -> Path:
    """Write the map to ``path`` (UTF-8 HTML, see :func:`map_html`), atomically.

    The page is built in full first, then written beside ``path`` and renamed into place: a
    failure leaves the previous file unchanged and no temporary file behind.
    """
    return write_text(Path(path), map_html(m, self_contained=self_contained, home=home))


def change_map(change, *, line=None, title: str | None = None, tiles: str | None = "OpenStreetMap"):
    """Territory gained (red) and lost (blue) between two dates, with their km² in the legend.

    Parameters
    ----------
    change
        A :class:`frontmap.frontline.Change`.
    line
        Optionally the front line (:meth:`frontmap.frontline.Series.line_at`) to draw on top.
    """
    import folium
    import shapely

    tiles = basemap(tiles)
    m = folium.Map(location=[48.5, 37.5], zoom_start=7, tiles=tiles, control_scale=True)
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    layers = [
        ("gained", change.gained, "#d7301f", change.gained_km2),
        ("lost", change.lost, "#2b83ba", change.lost_km2),
    ]
    for name, geom, colour, km2 in layers:
        if geom is not None and not geom.is_empty:
            folium.GeoJson(
                json.loads(shapely.to_geojson(shapely.set_precision(geom, 1e-5))),
                name=f"{name}: {km2:,.1f} km²",
                style_function=lambda _f, c=colour: {
                    "color": c,
                    "fillColor": c,
                    "weight": 1,
                    "fillOpacity": 0.5,
                },
            ).add_to(m)
    if line is not None and not line.is_empty:
        folium.GeoJson(
            json.loads(shapely.to_geojson(shapely.set_precision(line, 1e-5))), name="front line",
            style_function=lambda _f: {"color": "#111", "weight": 2},
        ).add_to(m)  # fmt: skip
    rows = "".join(
        f"<div>{escape(r['area'])}: +{r['gained_km2']:,.1f} / −{r['lost_km2']:,.1f} km²</div>"
        for r in sorted(change.by_area, key=lambda r: -(r["gained_km2"] + r["lost_km2"]))[:12]
    )
    legend = (
        f"<div class='fm-legend' style='position:absolute;bottom:20px;right:10px;z-index:1000'>"
        f"<b>{escape(title or 'Change in occupied territory')}</b>"
        f"<div>{change.date_a} → {change.date_b}</div>"
        f"<div><span style='color:#d7301f'>■</span> gained {change.gained_km2:,.1f} km²</div>"
        f"<div><span style='color:#2b83ba'>■</span> lost {change.lost_km2:,.1f} km²</div>"
        f"<div>net {change.net_km2:+,.1f} km² (ellipsoidal; equal-area check "
        f"{change.gained_km2_equal_area - change.lost_km2_equal_area:+,.1f} km²)</div>{rows}"
        f"<small>Front line: DeepStateMap (deepstatemap.live)</small></div>"
    )
    m.get_root().header.add_child(folium.Element(f"<style>{_CSS}</style>"), name="frontmap_css")
    m.get_root().html.add_child(folium.Element(legend), name="frontmap_legend")
    folium.LayerControl(collapsed=False).add_to(m)
    bounds = shapely.union_all([g for _, g, _, _ in layers if g is not None and not g.is_empty])
    if not bounds.is_empty:
        x0, y0, x1, y1 = bounds.bounds
        m.fit_bounds([[y0, x0], [y1, x1]])
    _stable_ids(m)
    return m
