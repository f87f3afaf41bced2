import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontmap.geodesy import (
    angle_difference,
    bearing_deg,
    compass_degrees,
    compass_halfwidth,
    compass_points,
    compass_word,
    destination,
    distance_km,
    from_km,
    inverse,
    parse_unit,
    to_km,
)

POKROVSK = (48.28014, 37.17706)
YASENOVE = (48.10558, 37.0666)
TORETSK = (48.39477, 37.8478)


def test_reference_distances_from_shared_readme():
    d, b = inverse(*POKROVSK, *YASENOVE)
    assert float(d) == pytest.approx(21.07, abs=0.01)
    assert from_km(float(d), "mi") == pytest.approx(13.09, abs=0.01)
    assert float(b) == pytest.approx(202.9, abs=0.1)
    assert compass_word(float(b)) == "SSW"
    assert distance_km(*POKROVSK, *TORETSK) == pytest.approx(51.33, abs=0.01)
    assert bearing_deg(*POKROVSK, *TORETSK) == pytest.approx(75.4, abs=0.1)


def test_agrees_with_geographiclib_within_a_millimetre_on_10000_pairs():
    from geopy.distance import geodesic

    rng = np.random.default_rng(7)
    lat1, lat2 = rng.uniform(-80, 80, 10_000), rng.uniform(-80, 80, 10_000)
    lon1, lon2 = rng.uniform(-180, 180, 10_000), rng.uniform(-180, 180, 10_000)
    d, b = inverse(lat1, lon1, lat2, lon2)
    ref = np.array(
        [geodesic((a, o), (c, p)).km for a, o, c, p in zip(lat1, lon1, lat2, lon2, strict=True)]
    )
    assert np.max(np.abs(d - ref)) * 1e6 < 1.0  # mm
    # bearings against geographiclib's azimuth on a sample
    from geographiclib.geodesic import Geodesic

    for i in range(0, 10_000, 97):
        azi = Geodesic.WGS84.Inverse(lat1[i], lon1[i], lat2[i], lon2[i])["azi1"] % 360
        assert angle_difference(b[i], azi) < 1e-6


def test_destination_round_trips():
    lat, lon = destination(*POKROVSK, 202.9, 21.07)
    assert distance_km(lat, lon, *YASENOVE) < 0.05
    lats, lons = np.array([48.0, 49.0]), np.array([37.0, 38.0])
    from frontmap.geodesy import forward

    la, lo = forward(lats, lons, [0, 90], [10, 10])
    assert inverse(lats, lons, la, lo)[0] == pytest.approx([10, 10])


@pytest.mark.parametrize(
    ("word", "deg", "half"),
    [
        ("south", 180, 22.5), ("S", 180, 22.5), ("SSW", 202.5, 11.25),
        ("south-southwest", 202.5, 11.25), ("south-west", 225, 22.5), ("southwest", 225, 22.5),
        ("southwest by west", 236.25, 5.625), ("north-north-east", 22.5, 11.25),
        ("east by north", 78.75, 5.625), ("EbN", 78.75, 5.625), ("NbE", 11.25, 5.625),
        ("southeastern", 135, 22.5), ("на південь", None, None),
    ],
)  # fmt: skip
def test_compass_words(word, deg, half):
    if deg is None:
        with pytest.raises(ValueError, match="not a compass direction"):
            compass_degrees(word)
        return
    assert compass_degrees(word) == deg
    assert compass_halfwidth(word) == half


def test_compass_word_for_4_8_16_32_points():
    assert compass_word(202.9, 4) == "S"
    assert compass_word(202.9, 8) == "SW"
    assert compass_word(202.9, 16) == "SSW"
    assert compass_word(75.4, 32) == "EbN"
    assert compass_word(359.9) == "N"


def test_units():
    for word in ("km", "kilometres", "kilometers", "kms", "km."):
        assert parse_unit(word) == "km"
    for word in ("miles", "mile", "mi"):
        assert parse_unit(word) == "mi"
    assert parse_unit("nautical miles") == "nmi"
    assert to_km(12, "miles") == pytest.approx(19.312128)
    assert to_km(1, "nmi") == pytest.approx(1.852)
    with pytest.raises(ValueError, match="not a length unit"):
        parse_unit("parsecs")


@given(st.floats(0, 720), st.floats(0, 720))
def test_angle_difference_is_symmetric_and_bounded(a, b):
    d = float(angle_difference(a, b))
    assert 0 <= d <= 180
    assert d == pytest.approx(float(angle_difference(b, a)))


def test_compass_points_names_the_rose_of_a_word():
    words = ("south", "S", "south-west", "southeastern", "SSW", "southwest by west")
    assert [compass_points(w) for w in words] == [4, 4, 8, 8, 16, 32]
