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

__all__ = [
    "LABEL_LANGUAGES", "SHAPES", "PageDataError", "change_map", "claims_map", "map_html",
    "page_data", "page_json", "save",
]  # fmt: skip

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
.fm-label{position:absolute;white-space:nowrap;pointer-events:none;font:600 12px/1.2 system-ui,sans-serif;
  color:#1b1f24;text-shadow:0 0 2px #fff,0 0 2px #fff,0 0 3px #fff,0 0 4px #fff}
.fm-label-ref{font-weight:700;color:#000}.fm-label-town{font-weight:400;font-size:11px;color:#444}
.fm-label-oblast{font-weight:400;font-size:12px;color:#8a8378;letter-spacing:.08em;text-transform:uppercase}
.fm-check-icon{width:0!important;height:0!important;overflow:visible}
.fm-check-label{position:absolute;left:0;top:0;display:inline-block;background:#fff;border:1.5px solid currentColor;
  border-radius:4px;padding:1px 5px;font:600 11px/1.3 system-ui,sans-serif;white-space:nowrap;
  transform:translate(-50%,-50%);box-shadow:0 1px 3px rgba(0,0,0,.25);cursor:pointer}
.fm-ref{display:flex;align-items:center;justify-content:center}
.fm-ref span{display:block;box-sizing:border-box;width:16px;height:16px;border:3px solid #111;border-radius:50%;background:#fff;
  box-shadow:0 0 0 2px #fff}
.fm-stack-list{margin:4px 0 0;padding-left:18px;font-size:12px}.fm-stack-list li{margin-bottom:3px}
.fm-stack-list details{margin:2px 0 4px}.leaflet-container.fm-offline{background:#dde6ee}
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
    options = {
        "ensure_ascii": False,
        "separators": (",", ":"),
        "sort_keys": True,
        "allow_nan": False,
    }
    try:
        try:
            text = json.dumps(payload, **options)
        except ValueError:  # a NaN or an infinity somewhere: walk the data (a page rarely has one)
            text = json.dumps(_finite(payload), **options)
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


def _factorized(frame, col: str) -> tuple:
    """``(codes, uniques)`` of a whole column (-1 for a missing value; None: no such column)."""
    import pandas as pd

    if col not in frame.columns:
        return None
    return pd.factorize(frame[col], sort=False, use_na_sentinel=True)


def _strings(factorized, rows):
    """``(codes, values)`` of the claims at positions ``rows`` (in that order) of a
    :func:`_factorized` column: numbered in order of first appearance there, missing as ""."""
    import numpy as np
    import pandas as pd

    if factorized is None:
        return np.zeros(len(rows), dtype=np.int64), [""]
    codes = factorized[0][rows]
    present = codes >= 0
    renumbered, used = pd.factorize(codes[present], sort=False)
    values = factorized[1].take(used)
    if pd.api.types.infer_dtype(values, skipna=False) == "string":  # (checked in C)
        values = values.tolist()
    else:
        values = [u if isinstance(u, str) else str(_clean(u)) for u in values.tolist()]
    if present.all():
        return renumbered.astype(np.int64), values
    out = np.full(len(codes), len(values), dtype=np.int64)
    out[present] = renumbered
    return out, [*values, ""]


def _typed(values, kind: str = "i32", scale: float | None = None) -> dict:
    """A numeric column as a little-endian typed array in base64 (``Int32Array`` etc. in the page)."""
    import base64

    import numpy as np

    dtype = {"u8": "<u1", "u16": "<u2", "i32": "<i4"}[kind]
    arr = np.asarray(values, dtype=float if scale else None)
    if scale:
        arr = np.rint(np.where(np.isfinite(arr), arr, 0) * scale)
    raw = np.ascontiguousarray(arr.astype(dtype)).tobytes()
    out = {"t": kind, "b64": base64.b64encode(raw).decode("ascii")}
    if scale:
        out["scale"] = scale
    return out


def _code_kind(size: int) -> str:
    return "u8" if size <= 0xFF else "u16" if size <= 0xFFFF else "i32"


def _text_column(codes, values) -> dict | list[str]:
    """Repeated text stored once: ``{"dict": values, "codes": typed}``; mostly-unique text as a list."""
    import numpy as np

    if len(values) * 2 > max(len(codes), 1):
        return np.asarray(values, dtype=object)[codes].tolist() if len(codes) else []
    return {"dict": values, "codes": _typed(codes, _code_kind(len(values)))}


def _sorted_codes(codes, values) -> tuple:
    """Codes and values re-numbered so the values are in sorted order (legend, layer order)."""
    import numpy as np

    order = sorted(range(len(values)), key=lambda k: values[k])
    remap = np.empty(len(values), dtype=np.int64)
    remap[order] = np.arange(len(values))
    return remap[codes], [values[k] for k in order]


#: Text columns of a claim, page key → table column; each is dictionary-encoded when it repeats.
_TEXT_COLUMNS = (
    ("place", "place"), ("resolved", "resolved_name"), ("admin", "admin"), ("katottg", "katottg"),
    ("quote", "quote"), ("notes", "notes"), ("source", "source"), ("url", "url"),
    ("published", "published"), ("id", "id"), ("check", "frontline_check"), ("date", "date"),
    ("precision_date", "date_precision"), ("loc_precision", "precision"),
)  # fmt: skip
LABEL_LANGUAGES = ("en", "uk", "ru")


def _claims_data(claims, labels: str = "en") -> tuple[dict, list[dict], list[Date]]:
    """Columnar claim data for the page (built column by column), the rows needing review, and
    the distinct days of the claims, sorted.

    Claims are ordered by their first day (then as given), so a place's claims read in date order.
    Each distinct location is one *place* (its label in the map's language, its claim count); a
    claim carries its place's index.
    """
    import numpy as np
    import pandas as pd

    lat = pd.to_numeric(claims["lat"], errors="coerce").to_numpy(dtype=float)
    lon = pd.to_numeric(claims["lon"], errors="coerce").to_numpy(dtype=float)
    has = np.isfinite(lat) & np.isfinite(lon)  # NaN, ±inf: review
    ambiguous = (
        claims["resolution"].eq("ambiguous").to_numpy() if "resolution" in claims.columns else False
    )
    review = claims[~has | ambiguous].drop(columns="geometry", errors="ignore")
    review = [{k: _clean(v) for k, v in r.items()} for r in review.to_dict("records")]
    columns: dict = {}

    def strings(col, rows):
        if col not in columns:
            columns[col] = _factorized(claims, col)
        return _strings(columns[col], rows)

    located = np.flatnonzero(has)
    date_codes, date_values = strings("date", located)
    starts = [parse_date(d).start for d in date_values]
    start_ord = np.array([d.toordinal() for d in starts], dtype=np.int64)[date_codes]
    order = np.argsort(start_ord, kind="stable")
    rows = located[order]  # the claims in page order
    lat, lon = np.round(lat[rows], 6), np.round(lon[rows], 6)
    days = [Date.fromordinal(int(o)) for o in np.unique(start_ord)]

    # places: one per location, labelled in the map's language (English when it lacks one)
    english = strings("resolved_name", rows)
    place_codes, place_values = strings("place", rows)
    name = np.where(
        np.asarray(english[1], dtype=object)[english[0]] != "",
        np.asarray(english[1], dtype=object)[english[0]],
        np.asarray(place_values, dtype=object)[place_codes],
    )
    at_lat, at_lon = pd.factorize(lat)[0], pd.factorize(lon)[0]
    pi, _ = pd.factorize(at_lat * (at_lon.max(initial=0) + 1) + at_lon, sort=False)  # pairs
    first = np.unique(pi, return_index=True)[1]
    count = np.bincount(pi) if len(pi) else np.zeros(0, dtype=int)
    local = {"en": name[first]}
    for lang in ("uk", "ru"):
        codes, values = strings(f"name_{lang}", rows)
        local[lang] = np.asarray(values, dtype=object)[codes][first]
    # Russian labels fall back on the Ukrainian name (both local, both Cyrillic), then English
    label = local[labels]
    if labels == "ru":
        label = np.where(label != "", label, local["uk"])
    label = np.where(label != "", label, name[first])
    places = {
        "lat": _typed(lat[first], "i32", 1e6), "lon": _typed(lon[first], "i32", 1e6),
        "label": label.tolist(), "name": local["en"].tolist(),
        "name_uk": local["uk"].tolist(), "name_ru": local["ru"].tolist(),
        "count": _typed(count, "i32"),
        "order": _typed(np.argsort(-count, kind="stable"), "i32"),  # label priority: most claims
    }  # fmt: skip
    cols: dict = {"pi": _typed(pi, "i32"), "start_ord": start_ord[order]}
    data: dict = {"places": places}
    for key, col, plural in (("claimant", "claimant", "claimants"), ("side", "side", "sides"),
                             ("kind", "claim", "kinds"), ("status", "status", "statuses")):  # fmt: skip
        codes, values = _sorted_codes(*strings(col, rows))
        cols[key], data[plural] = _typed(codes, _code_kind(len(values))), values
    for key, col in _TEXT_COLUMNS:
        cols[key] = _text_column(*strings(col, rows))
    codes, values = strings("precision", rows)
    radius = (
        pd.to_numeric(claims["radius_km"], errors="coerce").to_numpy(dtype=float)[rows]
        if "radius_km" in claims.columns
        else np.zeros(len(rows))
    )
    usable = np.isin(np.asarray(values, dtype=object), ["", "point"], invert=True)[codes]
    usable &= np.isfinite(radius) & (radius > 0)
    cols["radius"] = _typed(np.where(usable, np.round(radius, 1), 0.0), "i32", 10)
    data["claims"] = cols
    return data, review, days


def _place_info(place, labels: str) -> dict:
    """A check's place for the page: where, and its label in the map's language."""
    uk, ru = getattr(place, "name_uk", None), getattr(place, "name_ru", None)
    local = {"uk": uk, "ru": ru or uk}.get(labels)
    return {
        "lat": round(place.lat, 6), "lon": round(place.lon, 6), "name": place.name,
        "label": local or place.name,
    }  # fmt: skip


def _short_km(v) -> str:
    return f"{v.distance_km:.1f} km · {v.verdict}"


def _line_check(v, labels: str) -> dict:
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
        "verdict": v.verdict, "label": label, "short": _short_km(v), "explanation": v.explanation,
        "subject": _place_info(place, labels), "reference": None,
    }  # fmt: skip


def _checks_data(checks, default_date=None, labels: str = "en") -> list[dict]:
    """Each drawable check: its line, labels, places and the day it was stated (None: always)."""
    out = []
    for item in checks or ():
        v, when = item if isinstance(item, tuple) else (item, default_date)
        when = when.isoformat() if isinstance(when, Date) else (str(when) if when else None)
        if v.line_point is not None and v.distance_km is not None:
            out.append({**_line_check(v, labels), "date": when})
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
            "verdict": v.verdict, "label": label, "short": _short_km(v), "explanation": v.explanation,
            "subject": _place_info(v.subject.place, labels),
            "reference": _place_info(v.reference.place, labels), "date": when,
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
    parts.append("a number on a marker: claims at one place shown together (click to list them)")
    if snapshots_classes:
        from .frontline import CLASS_STYLE

        parts.append("<b>Front line</b>")
        for cls in sorted(snapshots_classes):
            colour, label = CLASS_STYLE.get(cls, ("#d7301f", cls))
            parts.append(f'<span style="color:{colour}">■</span> {escape(label)}')
    if checks:
        parts.append("<b>Distance checks</b>")
        parts.append("◎ the place a check measures from")
        for verdict in sorted({c["verdict"] for c in checks}):
            parts.append(
                f'<span style="color:{VERDICT_COLOURS.get(verdict, "#555")}">━</span> {escape(verdict)}'
            )
    credits = ["Places: GeoNames (geonames.org), CC BY 4.0; KATOTTG"]
    if tiles == "offline":
        from .basemaps import OFFLINE_ATTRIBUTION

        credits.append(OFFLINE_ATTRIBUTION)
    elif tiles:
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
               tiles: str | None = "OpenStreetMap", labels: str = "en", checks_date=None,
               settlements=()):  # fmt: skip
    """Build the interactive claims map.

    Parameters
    ----------
    claims
        A GeoDataFrame from :func:`frontmap.claims.read` (or a path to read).
    frontline
        A :class:`frontmap.frontline.Series` (or path(s) to load), or None.
    checks
        :class:`frontmap.verify.Verdict` objects to draw, or ``(verdict, date)`` pairs; a
        check with a date appears on the time slider from that day, one without always shows.
    title
        Map title (escaped); default "Front-line claims".
    tiles
        A basemap name (any xyzservices provider, e.g. ``"OpenStreetMap"``,
        ``"CartoDB positron"``), ``"offline"`` for the light basemap drawn from shipped data
        (:func:`frontmap.basemaps.offline_basemap`), or None/``"none"`` for no basemap.
    labels
        The language of place labels: ``"en"`` (default), ``"uk"`` or ``"ru"`` (local names;
        a place without a Russian name is labelled in Ukrainian, one without either in English).
    checks_date
        The day the ``checks`` were stated (a date or ``YYYY-MM-DD``), for those given without one.
    settlements
        :class:`gazetteer.Place` objects labelled on the offline basemap (largest first).

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
    from .basemaps import OFFLINE, offline_basemap

    if labels not in LABEL_LANGUAGES:
        raise FrontmapError(f"labels {labels!r}: choose one of {', '.join(LABEL_LANGUAGES)}")
    if isinstance(claims, str | Path):
        claims = claims_module.read(claims)
    if isinstance(frontline, str | Path):
        frontline = frontline_module.load(frontline)
    tiles = basemap(tiles)
    offline = tiles == OFFLINE

    if "date" in claims and str(claims["date"].dtype).startswith("datetime"):
        from .claims import text_dates

        claims = text_dates(claims)  # popups show dates as written ("2025-02"), not timestamps
    data, review, days = _claims_data(claims, labels)
    check_data = _checks_data(checks, checks_date, labels)
    check_days = sorted({Date.fromisoformat(c["date"]) for c in check_data if c["date"]})
    # the slider: the day before the first claim (nothing claimed yet), each claim's day, each
    # check's and snapshot's day; every position shows the snapshot current then
    first_day = min([*(d - timedelta(days=1) for d in days[:1]), *check_days[:1]], default=None)
    snapshots = []
    classes: set[str] = set()
    if frontline is not None and len(frontline):
        hi = max([*days[-1:], *check_days[-1:]], default=frontline.dates[-1])
        lo = first_day or frontline.dates[0]
        keep = [s for s in frontline if lo <= s.date <= hi]
        current = frontline.snapshot(lo)
        if current is not None and current not in keep:
            keep.insert(0, current)
        for snap in keep:
            snapshots.append({"date": snap.date.isoformat(), "geojson": snap.to_geojson()})
            classes |= set(snap.layers)
    all_days = sorted({*days, *check_days, *(Date.fromisoformat(s["date"]) for s in snapshots)})
    if first_day is not None:
        all_days = sorted({first_day, *(d for d in all_days if d >= first_day)})
    ordinals = [d.toordinal() for d in all_days]
    import numpy as np

    start_ord = data["claims"].pop("start_ord")
    day = np.searchsorted(np.asarray(ordinals, dtype=np.int64), start_ord)
    data["claims"]["day"] = _typed(day, "i32")
    data["dates"] = [d.isoformat() for d in all_days]
    data["snapshots"] = snapshots
    data["checks"] = check_data
    data["labels"] = labels
    data["basemap"] = offline_basemap(settlements, labels) if offline else None
    first = min(days).isoformat() if days else ""
    last = max(days).isoformat() if days else ""
    n = len(start_ord)
    data.update(
        n=n,
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
    bounds = _bounds(data["places"], check_data)
    data["bounds"] = bounds
    center = (
        [(bounds[0][0] + bounds[1][0]) / 2, (bounds[0][1] + bounds[1][1]) / 2]
        if bounds
        else [48.5, 37.5]
    )
    m = folium.Map(
        location=center, zoom_start=8, tiles=None if offline else tiles, prefer_canvas=True,
        control_scale=True,
    )  # fmt: skip
    m.default_js = [("leaflet", LEAFLET_JS)]
    m.default_css = [("leaflet_css", LEAFLET_CSS)]
    m.get_root().header.add_child(folium.Element(f"<style>{_CSS}</style>"), name="frontmap_css")
    m.get_root().html.add_child(folium.Element(NO_LEAFLET_HTML), name="frontmap_no_leaflet")
    data_element, script = _elements(data)
    m.get_root().html.add_child(data_element, name="frontmap_data")
    m.add_child(script, name="frontmap_claims")
    _stable_ids(m)
    return m


def _bounds(places, check_data):
    """``[[south, west], [north, east]]`` of the places and checks, or None."""
    import base64

    import numpy as np

    def decode(col):
        return np.frombuffer(base64.b64decode(col["b64"]), dtype="<i4") / col["scale"]

    lats = [decode(places["lat"]), [c[k][0] for c in check_data for k in ("from", "to")]]
    lons = [decode(places["lon"]), [c[k][1] for c in check_data for k in ("from", "to")]]
    lat, lon = np.concatenate(lats), np.concatenate(lons)
    if not len(lat):
        return None
    return [[round(float(lat.min()), 6), round(float(lon.min()), 6)],
            [round(float(lat.max()), 6), round(float(lon.max()), 6)]]  # fmt: skip


def page_data(html: str) -> dict:
    """The data of a page :func:`claims_map` made, with its typed and dictionary columns decoded.

    For tests and inspection: typed arrays become lists of numbers (scaled back), dictionary
    columns lists of strings, as the page's script sees them.
    """
    import base64
    import re

    import numpy as np

    text = re.search(r'<script type="application/json"[^>]*>(.*?)</script>', html, re.S).group(1)
    data = json.loads(text)

    def decode(col):
        if isinstance(col, dict) and "b64" in col:
            dtype = {"u8": "<u1", "u16": "<u2", "i32": "<i4"}[col["t"]]
            arr = np.frombuffer(base64.b64decode(col["b64"]), dtype=dtype)
            return (arr / col["scale"]).tolist() if "scale" in col else arr.tolist()
        if isinstance(col, dict) and "dict" in col:
            return [col["dict"][k] for k in decode(col["codes"])]
        return col

    for table in ("claims", "places"):
        data[table] = {k: decode(v) for k, v in data[table].items()}
    return data


NO_LEAFLET_HTML = (
    '<div id="fm-no-leaflet" role="alert" style="display:none;position:fixed;top:12px;left:12px;'
    "right:12px;z-index:100000;background:#fff8c5;border:1px solid #d4a72c;border-radius:6px;"
    'padding:12px 16px;font:15px/1.45 system-ui,sans-serif;color:#24292f">'
    "<b>This map could not load Leaflet</b>, the library that draws it, from its CDN: "
    "this computer may be offline, or the file was blocked or did not match its pinned hash. "
    "For a map that opens with no network, make a self-contained one: run "
    "<code>frontmap assets install</code> once, then "
    "<code>frontmap map CLAIMS.csv --self-contained</code> (it draws the offline basemap)."
    '</div><script>window.addEventListener("load", function () { if (typeof L === "undefined") '
    '{ document.getElementById("fm-no-leaflet").style.display = "block"; } });</script>'
)


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
