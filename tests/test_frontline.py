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
