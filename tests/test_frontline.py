"""Front-line loaders on the real layers in ../shared/data/frontline."""

from datetime import date

import pytest
from shapely.geometry import Point

from frontmap import frontline
from frontmap.frontline import FrontlineError

from .conftest import SHARED, need_shared

FRONT = SHARED / "data" / "frontline"
YASENOVE, TORETSK, POKROVSK = (37.0666, 48.10558), (37.8478, 48.39477), (37.17706, 48.28014)
CHASIV_YAR = (37.8383, 48.5866)


@pytest.fixture(scope="module")
def daily():
    return frontline.load(need_shared(FRONT / "deepstate-daily"))


def test_daily_series_dates_and_snapshot(daily):
    assert len(daily) == 29
    assert daily.dates[0] == date(2025, 2, 1) and daily.dates[-1] == date(2025, 3, 1)
    assert daily.snapshot("2025-02-11").date == date(2025, 2, 11)
    assert daily.snapshot(date(2025, 3, 20)).date == date(2025, 3, 1)
    assert daily.snapshot("2025-01-31") is None


def test_yasenove_and_toretsk_inside_pokrovsk_outside_every_day(daily):
    for snap in daily:
        occupied = snap.layers["occupied"]
        assert occupied.contains(Point(*YASENOVE)), snap.date
        assert occupied.contains(Point(*TORETSK)), snap.date
        assert not occupied.contains(Point(*POKROVSK)), snap.date
        assert occupied.contains(Point(*CHASIV_YAR)), snap.date


def test_monthly_series_first_dates_inside():
    monthly = frontline.load(need_shared(FRONT / "deepstate-monthly"))

    def first_inside(lon_lat):
        return next(s.date for s in monthly if s.layers["occupied"].contains(Point(*lon_lat)))

    assert first_inside(POKROVSK) == date(2025, 12, 1)
    assert first_inside(TORETSK) == date(2024, 12, 1)


def test_raw_exports_parse_all_three_classes_despite_messy_names():
    raw = frontline.load(need_shared(FRONT / "deepstate-raw"))
    assert [s.date for s in raw] == [date(2025, 2, 1), date(2025, 2, 15)]
    for snap in raw:
        assert set(snap.layers) == {"occupied", "liberated", "grey"}
        assert snap.layers["occupied"].contains(Point(*CHASIV_YAR))
        assert not any(g.contains(Point(*POKROVSK)) for g in snap.layers.values())


def test_isw_claimed_and_assessed_kept_apart_and_repairs_reported():
    (snap,) = frontline.load(need_shared(FRONT / "isw" / "2023-08-01.geojson"))
    assert set(snap.layers) == {
        "isw_claimed_ru",
        "isw_claimed_ua",
        "isw_assessed_ru",
        "isw_control_ru",
    }
    assert snap.repairs and all("repaired invalid geometry" in r for r in snap.repairs)
    assert all(g.is_valid for g in snap.layers.values())


def test_errors_name_the_path(tmp_path):
    with pytest.raises(FrontlineError, match="no such file"):
        frontline.load(tmp_path / "missing")
    bad = tmp_path / "frontline.geojson"
    bad.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    with pytest.raises(FrontlineError, match="no date in the file name"):
        frontline.load(bad)
    broken = tmp_path / "x_20250101.geojson"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(FrontlineError, match="cannot read GeoJSON"):
        frontline.load(broken)


def test_status_with_signed_distance_to_the_line(daily):
    inside = daily.status(48.39477, 37.8478, "2025-02-08")  # Toretsk
    assert inside.cls == "occupied" and inside.snapshot_date == date(2025, 2, 8)
    assert inside.distance_km > 0
    outside = daily.status(48.28014, 37.17706, "2025-02-11")  # Pokrovsk
    assert outside.cls == "outside" and outside.distance_km < 0
    assert daily.status(48.3, 37.2, "2024-01-01").cls == "no data"


def test_vectorised_statuses_match_single_ones(daily):
    import numpy as np

    rng = np.random.default_rng(5)
    lats, lons = rng.uniform(47.5, 49, 300), rng.uniform(36.5, 38.5, 300)
    inside = daily.statuses(lats, lons, "2025-02-11")
    for i in range(0, 300, 30):
        assert inside[i] == (daily.status(lats[i], lons[i], "2025-02-11").cls == "occupied")


def test_history_lists_changes_only(daily):
    assert daily.history(48.10558, 37.0666) == [(date(2025, 2, 1), "occupied")]
    monthly = frontline.load(need_shared(FRONT / "deepstate-monthly"))
    changes = monthly.history(48.28014, 37.17706)  # Pokrovsk
    assert changes[0] == (date(2024, 8, 1), "outside")
    assert (date(2025, 12, 1), "occupied") in changes


def test_area_change_both_ways_and_by_raion(daily):
    import geopandas as gpd

    raions = gpd.read_file(
        need_shared(SHARED / "data" / "admin" / "raions" / "donetska_oblast.geojson")
    )
    change = daily.change("2025-02-01", "2025-03-01", by=raions)
    assert change.gained_km2 > 0
    for geodesic, equal_area in ((change.gained_km2, change.gained_km2_equal_area), (change.lost_km2, change.lost_km2_equal_area)):  # fmt: skip
        assert abs(geodesic - equal_area) <= 0.005 * max(geodesic, 1e-9)
    assert sum(r["gained_km2"] for r in change.by_area) == pytest.approx(
        change.gained_km2, rel=1e-3
    )
    assert sum(r["lost_km2"] for r in change.by_area) == pytest.approx(
        change.lost_km2, rel=1e-3, abs=1e-6
    )
    assert any("Покровський" in r["area"] or "Pokrovsk" in r["area"] for r in change.by_area)


def test_claims_checked_against_the_line(daily, gz_full, tmp_path):
    from frontmap import claims, demo

    table = claims.read(demo.write_claims(tmp_path / "demo.csv"), gz_full)
    checks = {(c.place, c.claimant): c for c in frontline.check_claims(table, daily)}
    yasenove = checks["Yasenove", "Russian MoD"]
    assert yasenove.verdict == "consistent"
    assert "from 2025-02-01 (earliest snapshot available)" in yasenove.explanation
    assert "lagged the map by ≥ 10 days" in yasenove.explanation
    assert checks["Toretsk", "Russian MoD"].verdict == "consistent"
    fighting = checks["Toretsk", "Ukrainian military"]
    assert (
        fighting.status == "occupied"
        and "DeepStateMap (2025-02-08): occupied" in fighting.explanation
    )


def test_line_at_drops_border_and_coast(daily):
    import geopandas as gpd

    oblasts = gpd.read_file(need_shared(SHARED / "data" / "admin" / "oblasts.geojson"))
    full = daily.snapshot("2025-02-11").layers["occupied"].boundary
    line = daily.line_at("2025-02-11", country=oblasts)
    assert 0 < line.length < full.length
    # the line passes between Pokrovsk (outside) and Yasenove (inside)
    from shapely.geometry import LineString

    assert LineString([POKROVSK, YASENOVE]).intersects(line)


def test_change_map_shows_areas_in_the_legend(daily):
    from frontmap.maps import change_map, map_html

    change = daily.change("2025-02-01", "2025-03-01")
    html = map_html(change_map(change, line=daily.line_at("2025-03-01"), tiles=None))
    assert f"gained {change.gained_km2:,.1f} km²" in html and "DeepStateMap" in html


def test_frontline_cli(full_home):
    from .test_cli import run

    layers = str(need_shared(FRONT / "deepstate-daily"))
    import json

    status = json.loads(
        run(
            full_home,
            "frontline",
            "status",
            "Toretsk",
            "--date",
            "2025-02-08",
            "--layers",
            layers,
            "--json",
        ).stdout
    )
    assert status["class"] == "occupied" and status["snapshot"] == "2025-02-08"
    text = run(
        full_home,
        "frontline",
        "change",
        "--from",
        "2025-02-01",
        "--to",
        "2025-03-01",
        "--layers",
        layers,
    ).stdout
    assert "gained" in text and "km²" in text
    proc = run(full_home, "frontline", "status", "Toretsk", "--date", "2025-02-08", check=False)
    assert proc.returncode == 1 and "--layers" in proc.stderr


def test_a_hromada_precision_place_is_an_area_never_a_point_status(daily):
    # Krasnopolivka (codifier only) is placed at Soledar, its hromada's seat, ±24 km
    area = daily.area_status(48.6921, 38.07098, 24.0, "2025-02-11")
    assert area.cls == "cannot tell"
    assert 0.05 < area.shares["occupied"] < 0.95
    assert sum(area.shares.values()) == pytest.approx(1.0, abs=0.01)
    whole = daily.area_status(48.10558, 37.0666, 1.0, "2025-02-11")  # Yasenove, a small disc
    assert whole.cls in ("occupied", "cannot tell")


def test_claims_on_coarse_places_are_never_contradicted(daily, gz_embedded, tmp_path):
    from frontmap import claims

    path = tmp_path / "coarse.csv"
    path.write_text(
        "place,date,claimant,side,claim,status,lat,lon,precision,radius_km,resolution\n"
        "Krasnopolivka,2025-02-11,Russian MoD,RU,captured,claimed,48.6921,38.07098,hromada,24,given\n"
        # a liberation claim at a point deep in the occupied area would be contradicted;
        # known only to a 30 km area, it cannot be
        "Somewhere,2025-02-11,Ukrainian military,UA,liberated,claimed,48.0,38.5,hromada,30,given\n",
        encoding="utf-8",
    )
    table = claims.read(path, gz_embedded, resolve=False)
    checks = frontline.check_claims(table, daily)
    assert [c.verdict for c in checks] == ["cannot tell", "cannot tell"]
    assert all(c.verdict != "contradicted" for c in checks)


@pytest.mark.parametrize(
    ("crs", "suffix"), [("EPSG:3857", ".geojson"), ("EPSG:32637", ".fgb"), ("EPSG:6381", ".gpkg")]
)
def test_a_layer_in_another_crs_is_reprojected(tmp_path, daily, crs, suffix):
    """A QGIS export in Web Mercator, UTM 37N or the Ukrainian TM zone reads as the original."""
    import geopandas as gpd

    src = need_shared(FRONT / "deepstate-daily" / "deepstatemap_data_20250211.geojson")
    moved = tmp_path / f"deepstatemap_data_20250211{suffix}"
    gpd.read_file(src).to_crs(crs).to_file(moved)
    (snap,) = frontline.load(moved)
    original = daily.snapshot("2025-02-11").layers["occupied"]
    assert snap.date == date(2025, 2, 11)
    assert frontline.area_km2(snap.layers["occupied"]) == pytest.approx(
        frontline.area_km2(original), rel=1e-6
    )
    one = frontline.Series([snap])
    assert one.status(48.10558, 37.0666, "2025-02-11").cls == "occupied"  # Yasenove
    assert one.status(48.28014, 37.17706, "2025-02-11").cls == "outside"  # Pokrovsk


def test_a_layer_whose_crs_cannot_be_converted_is_refused_by_name(tmp_path):
    import geopandas as gpd
    import pyproj

    src = need_shared(FRONT / "deepstate-daily" / "deepstatemap_data_20250211.geojson")
    site = pyproj.CRS(
        'ENGCRS["site grid",EDATUM["site"],CS[Cartesian,2],'
        'AXIS["x",east,ORDER[1],LENGTHUNIT["metre",1]],AXIS["y",north,ORDER[2],LENGTHUNIT["metre",1]]]'
    )
    metres = gpd.read_file(src).to_crs("EPSG:3857")
    local = tmp_path / "local_20250211.gpkg"
    metres.set_crs(site, allow_override=True).to_file(local)
    with pytest.raises(FrontlineError, match=r"its CRS site grid .* cannot be converted"):
        frontline.load(local)
    bare = tmp_path / "bare_20250211.geojson"  # metres, and no CRS to say so
    bare.write_text(
        metres.to_json(drop_id=True).replace('"crs"', '"_crs"'), encoding="utf-8"
    )  # fmt: skip
    with pytest.raises(FrontlineError, match="are not longitude/latitude"):
        frontline.load(bare)
