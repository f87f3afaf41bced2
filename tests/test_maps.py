"""Map HTML built in Python: escaping, determinism, basemaps, legend and review panel."""

import geopandas as gpd
import pytest

from frontmap import claims as claims_module
from frontmap import frontline
from frontmap.errors import FrontmapError
from frontmap.maps import claims_map, map_html

from .conftest import SHARED, need_shared


def table(rows):
    frame = claims_module._frame(
        [
            {"id": str(i), "place": p, "date": d, "claimant": c, "side": s, "claim": k, "status": st,
             "lat": lat, "lon": lon, "quote": q, "resolution": "given" if lat is not None else "unresolved",
             "resolution_note": None if lat is not None else "not found", "line": i + 2}
            for i, (p, d, c, s, k, st, lat, lon, q) in enumerate(rows)
        ]
    )  # fmt: skip
    assert isinstance(frame, gpd.GeoDataFrame)
    return frame


ROWS = [
    ("Yasenove", "2025-02-11", "Russian MoD", "RU", "captured", "claimed", 48.10558, 37.0666, '<img src=x onerror="alert(1)">'),
    ("Toretsk", "2025-02-07", "Russian MoD", "RU", "captured", "confirmed", 48.39477, 37.8478, "</script><script>alert(2)</script>"),
    ("Nowhere", "2025-02", "<b>Someone</b>", "other", "advancing", "claimed", None, None, None),
]  # fmt: skip


def test_user_text_never_reaches_the_page_unescaped():
    html = map_html(claims_map(table(ROWS), title="<i>title</i>", tiles=None))
    assert "<img src=x" not in html and "</script><script>alert(2)" not in html
    assert "<i>title</i>" not in html and "&lt;i&gt;title&lt;/i&gt;" in html
    assert "\\u003cimg src=x" in html  # the quote travels as JSON text, shown through esc()
    assert "&lt;b&gt;Someone&lt;/b&gt;" in html  # the review panel, escaped in Python


def test_same_inputs_give_byte_identical_html():
    a = map_html(claims_map(table(ROWS), tiles="OpenStreetMap"))
    b = map_html(claims_map(table(ROWS), tiles="OpenStreetMap"))
    assert a == b


def test_basemaps_and_attribution():
    osm = map_html(claims_map(table(ROWS[:2]), tiles="OpenStreetMap"))
    assert "tile.openstreetmap.org" in osm and "© OpenStreetMap contributors" in osm
    none = map_html(claims_map(table(ROWS[:2]), tiles="none"))
    assert "tile.openstreetmap.org" not in none and "GeoNames (geonames.org), CC BY 4.0" in none
    topo = map_html(claims_map(table(ROWS[:2]), tiles="OpenTopoMap"))
    assert "tile.opentopomap.org" in topo


def test_review_panel_and_date_range():
    html = map_html(claims_map(table(ROWS), tiles=None))
    assert "Needs review: 1 claim(s)" in html and "Nowhere" in html
    assert "2025-02-07 – 2025-02-11" in html


def test_frontline_layers_and_credits():
    series = frontline.load(
        need_shared(SHARED / "data" / "frontline" / "isw" / "2023-08-01.geojson")
    )
    rows = [
        ("Bakhmut", "2023-08-01", "ISW", "other", "advancing", "assessed", 48.59419, 37.99886, None)
    ]
    html = map_html(claims_map(table(rows), frontline=series, tiles=None))
    assert (
        "ISW/CTP" in html and "ISW: assessed Russian advance" in html and "isw_claimed_ua" in html
    )


def test_self_contained_needs_the_asset_cache(tmp_path):
    with pytest.raises(FrontmapError, match="frontmap assets install"):
        map_html(claims_map(table(ROWS[:1]), tiles=None), self_contained=True, home=tmp_path)
