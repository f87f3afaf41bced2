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

from .assets import LEAFLET_CSS, LEAFLET_JS, inline_assets
from .claims import parse_date

__all__ = ["SHAPES", "claims_map", "map_html", "save"]

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


def _clean(value):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if hasattr(value, "item"):
        value = value.item()
    return value


def _text(value) -> str:
    value = _clean(value)
    return "" if value is None else str(value)


def _claims_data(claims) -> tuple[dict, list[dict], list[Date]]:
    """Columnar claim data for the page, the rows needing review, and the claim days."""
    records = [
        {k: _clean(v) for k, v in r.items() if k != "geometry"} for r in claims.to_dict("records")
    ]
    located = [r for r in records if r.get("lat") is not None and r.get("lon") is not None]
    review = [r for r in records if r.get("lat") is None or r.get("resolution") == "ambiguous"]
    claimants = sorted({_text(r.get("claimant")) for r in located})
    sides = sorted({_text(r.get("side")) for r in located})
    kinds = sorted({_text(r.get("claim")) for r in located})
    statuses = sorted({_text(r.get("status")) for r in located})
    days = [parse_date(_text(r["date"])).start for r in located]
    cols: dict[str, list] = {k: [] for k in (
        "lat", "lon", "claimant", "side", "kind", "status", "date", "precision_date", "place",
        "resolved", "name_uk", "name_ru", "admin", "katottg", "quote", "notes", "source", "url",
        "published", "id", "radius", "loc_precision", "start",
    )}  # fmt: skip
    for r, day in zip(located, days, strict=True):
        cols["lat"].append(round(float(r["lat"]), 6))
        cols["lon"].append(round(float(r["lon"]), 6))
        cols["claimant"].append(claimants.index(_text(r.get("claimant"))))
        cols["side"].append(sides.index(_text(r.get("side"))))
        cols["kind"].append(kinds.index(_text(r.get("claim"))))
        cols["status"].append(statuses.index(_text(r.get("status"))))
        cols["date"].append(_text(r.get("date")))
        cols["precision_date"].append(_text(r.get("date_precision")) or "day")
        for key, col in (("place", "place"), ("resolved", "resolved_name"), ("name_uk", "name_uk"),
                         ("name_ru", "name_ru"), ("admin", "admin"), ("katottg", "katottg"),
                         ("quote", "quote"), ("notes", "notes"), ("source", "source"), ("url", "url"),
                         ("published", "published"), ("id", "id")):  # fmt: skip
            cols[key].append(_text(r.get(col)))
        radius = r.get("radius_km") if r.get("precision") not in (None, "point") else None
        cols["radius"].append(round(float(radius), 1) if radius else 0)
        cols["loc_precision"].append(_text(r.get("precision")) or "point")
        cols["start"].append(day.isoformat())
    data = {
        "claims": cols,
        "claimants": claimants,
        "sides": sides,
        "kinds": kinds,
        "statuses": statuses,
    }
    return data, review, days


def _checks_data(checks) -> list[dict]:
    out = []
    for v in checks or ():
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
        what = "unresolved" if r.get("lat") is None else "ambiguous"
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
        raise ImportError("maps need folium: pip install frontmap[geo]") from exc
    from . import claims as claims_module
    from . import frontline as frontline_module

    if isinstance(claims, str | Path):
        claims = claims_module.read(claims)
    if isinstance(frontline, str | Path):
        frontline = frontline_module.load(frontline)
    if tiles is not None and str(tiles).lower() == "none":
        tiles = None

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
    m.add_child(_Script(data), name="frontmap_claims")
    _stable_ids(m)
    return m


def _script_class():
    from branca.element import MacroElement
    from jinja2 import Template

    class Script(MacroElement):
        _template = Template("{% macro script(this, kwargs) %}{{ this.code }}{% endmacro %}")

        def __init__(self, data):
            super().__init__()
            self._name = "FrontmapClaims"
            self.data = data

        def render(self, **kwargs):
            source = (
                resources.files("frontmap").joinpath("templates/claims_map.js").read_text("utf-8")
            )
            payload = json.dumps(
                self.data, ensure_ascii=False, separators=(",", ":"), sort_keys=True
            )
            payload = (
                payload.replace("<", "\\u003c")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029")
            )
            self.code = source.replace("(MAP, DATA)", f"({self._parent.get_name()}, {payload})")
            super().render(**kwargs)

    return Script


def _Script(data):  # a factory standing in for the class
    return _script_class()(data)


def _stable_ids(root) -> None:
    """Replace folium's random element ids with ones derived from the tree's shape."""
    counter = 0

    def walk(element):
        nonlocal counter
        counter += 1
        element._id = f"fm{counter:04d}"
        for child in list(getattr(element, "_children", {}).values()):
            walk(child)

    walk(root.get_root())
    walk(root)


def map_html(m, *, self_contained: bool = False, home=None) -> str:
    """The map's full HTML page; ``self_contained`` inlines Leaflet's JS/CSS from the asset cache."""
    _stable_ids(m)
    html = m.get_root().render()
    return inline_assets(html, home=home) if self_contained else html


def save(m, path, *, self_contained: bool = False, home=None) -> Path:
    """Write the map to ``path`` (UTF-8 HTML); see :func:`map_html`."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(map_html(m, self_contained=self_contained, home=home), encoding="utf-8")
    return path
