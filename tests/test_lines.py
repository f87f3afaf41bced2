"""Distances to the front line, to forces and to borders (frontmap.lines, frontmap.borders),
against the facts computed independently on the shared data (the issue's table)."""

from __future__ import annotations

import json

import pytest

from frontmap.borders import border_distance, outline_record
from frontmap.statements import parse
from frontmap.verify import verify_sentence

from .conftest import SHARED, need_shared
from .test_cli import run

DAILY = SHARED / "data" / "frontline" / "deepstate-daily"


@pytest.fixture(scope="module")
def series():
    from frontmap import frontline

    return frontline.load(need_shared(DAILY))


@pytest.mark.parametrize(
    ("sentence", "line", "side"),
    [
        ("Russian forces are about 6 km from Pokrovsk.", "front", "RU"),
        ("Kostiantynivka, 8 km from the front line, was shelled.", "front", None),
        ("Vovchansk is less than 10 kilometers from the Russian border.", "border", "RU"),
        ("Sudzha, just 10 km from Ukraine, fell in August.", "border", "UA"),
        ("Дружківка розташована за 20 км від лінії фронту.", "front", None),
        ("Шебекино находится в 5 км от границы с Украиной.", "border", None),
    ],
)
def test_line_statements_are_told_apart(sentence, line, side):
    (st,) = parse(sentence)
    assert (st.relation, st.line) == ("line_distance", line)
    if side:
        assert st.line_side == side


def test_place_statements_stay_place_statements():
    (st,) = parse("Yasenove, roughly 12 miles south of the city of Pokrovsk.")
    assert st.relation == "distance_direction" and st.line is None


@pytest.mark.parametrize(
    ("sentence", "verdict", "km"),
    [
        ("Russian forces are about 6 km from Pokrovsk.", "consistent", 5.9),
        ("Russian troops have advanced to within 2 km of Kramatorsk.", "inconsistent", 22.4),
        ("Kostiantynivka lies about 10 kilometres from the front line.", "consistent", 10.5),
        ("Pokrovsk is now 30 km from the front line.", "inconsistent", 5.9),
    ],
)
def test_front_line_facts(gz_embedded, series, sentence, verdict, km):
    (v,) = verify_sentence(sentence, gz_embedded, date="2025-02-11", series=series)
    assert v.verdict == verdict, v.explanation
    assert v.distance_km == pytest.approx(km, abs=0.2)
    assert "DeepStateMap, 2025-02-11" in v.explanation and v.line_point is not None


@pytest.mark.parametrize(
    ("sentence", "verdict", "km"),
    [
        ("Vovchansk is less than 10 kilometers from the Russian border.", "consistent", 5.5),
        ("Kharkiv lies just 5 km from the Russian border.", "inconsistent", 32.6),
        ("Sudzha, just 10 km from Ukraine, fell in August.", "consistent", 12.0),
    ],
)
def test_border_facts_need_no_map(gz_embedded, sentence, verdict, km):
    (v,) = verify_sentence(sentence, gz_embedded)  # no date, no layers: the shipped outline
    assert v.verdict == verdict, v.explanation
    assert v.distance_km == pytest.approx(km, abs=0.2)
    assert "OpenStreetMap" in v.explanation


def test_without_a_date_a_front_statement_says_what_would_check_it(gz_embedded):
    (v,) = verify_sentence("Pokrovsk is now 30 km from the front line.", gz_embedded)
    assert v.verdict == "unverifiable" and "--date" in v.reason and "--layers" in v.reason


def test_inside_the_occupied_area_is_zero_and_said(gz_embedded, series):
    (v,) = verify_sentence(
        "Russian forces are about 1 km from Horlivka.", gz_embedded, date="2025-02-11",
        series=series,
    )  # fmt: skip
    assert v.distance_km == 0 and "inside the occupied area" in v.explanation


def test_an_older_map_widens_the_slack_and_says_so(gz_embedded, series):
    (same,) = verify_sentence(
        "Russian forces are about 6 km from Pokrovsk.", gz_embedded, date="2025-03-01",
        series=series,
    )  # fmt: skip
    later = series.snapshot("2025-03-01").date
    (old,) = verify_sentence(
        "Russian forces are about 6 km from Pokrovsk.", gz_embedded, date="2025-03-20",
        series=series,
    )  # fmt: skip
    assert same.line_age_days == 0 and old.line_age_days == 19  # the series ends 2025-03-01
    assert old.distance_slack > same.distance_slack and "day(s) older" in old.explanation
    assert later.isoformat() in old.explanation


def test_the_outline_is_attributed_and_recorded():
    record = outline_record()
    assert record["licence"].startswith("ODbL") and len(record["sha256"]) == 64
    coast = border_distance(46.4775, 30.7326)  # Odesa: the sea is not a border
    assert coast.coast_km < 5 < coast.distance_km


def test_cli_check_with_date_and_layers(embedded_home):
    layers = str(need_shared(DAILY))
    proc = run(
        embedded_home, "check", "Russian forces are about 6 km from Pokrovsk.", "--date",
        "2025-02-11", "--layers", layers, "--json",
    )  # fmt: skip
    (row,) = json.loads(proc.stdout)
    assert row["verdict"] == "consistent" and row["distance_km"] == pytest.approx(5.9, abs=0.1)
    assert row["line"] == "front" and row["line_source"] == "DeepStateMap, 2025-02-11"
    bad = run(embedded_home, "check", "Kharkiv is 5 km from the border.", "--date", "2025-2-30",
              check=False)  # fmt: skip
    assert bad.returncode == 2 and "not a date" in bad.stderr


def test_map_draws_the_segment_to_the_line(embedded_home, tmp_path):
    checks = tmp_path / "checks.txt"
    checks.write_text("Russian forces are about 6 km from Pokrovsk.\n")
    claims = tmp_path / "claims.csv"
    claims.write_text(
        "place,date,claimant,side,claim,status\nPokrovsk,2025-02-11,Russian MoD,RU,advancing,claimed\n"
    )
    out = tmp_path / "map.html"
    run(embedded_home, "map", str(claims), "--checks", str(checks), "--frontline",
        str(need_shared(DAILY)), "--date", "2025-02-11", "-o", str(out))  # fmt: skip
    html = out.read_text()
    assert "Pokrovsk to the front line (DeepStateMap, 2025-02-11)" in html
    assert "48.247523" in html  # the nearest point of the line


def test_behind_the_line_measures_from_the_line_on_the_place_side(gz_embedded, series):
    (inside,) = verify_sentence(
        "Horlivka lies about 10 km behind the front line.", gz_embedded, date="2025-02-11",
        series=series,
    )  # fmt: skip
    assert inside.verdict == "consistent" and inside.distance_km > 10
    assert "inside the occupied area" in inside.explanation
    (outside,) = verify_sentence(
        "Kramatorsk is about 22 km behind the front line.", gz_embedded, date="2025-02-11",
        series=series,
    )  # fmt: skip
    assert outside.verdict == "consistent" and "outside the occupied area" in outside.explanation


def test_a_village_far_beyond_a_border_distance_is_a_likely_namesake(gz_embedded):
    # Klimovo (Bryansk oblast) is not in the gazetteer; its Crimean namesake lies 48 km away
    (v,) = verify_sentence("Посёлок Климово находится в 12 км от границы с Россией.", gz_embedded)
    assert v.verdict == "unverifiable" and "namesake" in v.reason, v.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # rule front_elsewhere: the dated map is of the war in Ukraine; another war's front
        # is not on it (was: 1,400 km to the occupied area, "inconsistent")
        "Israeli tanks were 2 km from Khan Younis.",
        "Syrian rebels are now just 10 km from Aleppo.",
        "RSF fighters, camped barely 10 km away, have besieged El Fasher for months.",
    ],
)
def test_another_wars_front_is_not_on_the_map(gz_full, series, sentence):
    (v,) = verify_sentence(sentence, gz_full, date="2025-02-11", series=series)
    assert v.verdict == "unverifiable", v.explanation
