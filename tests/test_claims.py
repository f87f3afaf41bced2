import json

import pytest

from frontmap import claims
from frontmap.claims import ClaimsFileError, parse_date

HEADER = "id,place,oblast,date,claimant,side,claim,status,source,url,quote,notes\n"


def write(tmp_path, body, name="claims.csv"):
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_partial_dates():
    assert parse_date("2025-02-11").precision == "day"
    month = parse_date("2025-02")
    assert (month.start.isoformat(), month.end.isoformat(), month.precision) == (
        "2025-02-01",
        "2025-02-28",
        "month",
    )
    assert parse_date("2025-W06").start.isoformat() == "2025-02-03"
    assert parse_date("2025").precision == "year"
    with pytest.raises(ValueError, match="not YYYY-MM-DD"):
        parse_date("11/02/2025")


def test_every_problem_names_file_and_line(tmp_path, gz_embedded):
    path = write(
        tmp_path,
        "1,Yasenove,,2025-02-11,Russian MoD,RU,captured,claimed,,,,\n"
        "2,Toretsk,,2025-02-07,Russian MoD,XX,seized,rumoured,,,,\n"
        "3,Toretsk,,07.02.2025,Russian MoD,RU,captured,claimed,,,,\n"
        "4,,,2025-02-07,Russian MoD,RU,captured,claimed,,,,\n",
    )
    with pytest.raises(ClaimsFileError) as info:
        claims.read(path, gz_embedded)
    problems = info.value.problems
    text = " | ".join(problems)
    assert "claims.csv line 3: side 'XX' is not one of RU, UA, other" in text
    assert "claims.csv line 3: claim 'seized' is not one of captured" in text
    assert "claims.csv line 3: status 'rumoured' is not one of claimed" in text
    assert "claims.csv line 4: date '07.02.2025' is not YYYY-MM-DD" in text
    assert "claims.csv line 5: 'place' is empty" in text
    assert not any("line 2" in p for p in problems)


def test_missing_columns_are_named(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("place,date\nYasenove,2025-02-11\n", encoding="utf-8")
    with pytest.raises(ClaimsFileError, match="missing column"):
        claims.read(path)


def test_resolution_keeps_unresolved_rows_and_uses_context(tmp_path, gz_full):
    path = write(
        tmp_path,
        '1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,,,"a ""quote""",\n'
        "2,Xyzzyville,,2025-02-10,Russian MoD,RU,captured,claimed,,,,\n"
        "3,Yasenove,,2025-02,ISW,other,advancing,assessed,,,,\n",
    )
    table = claims.read(path, gz_full)
    assert len(table) == 3
    first, missing, bare = (table.iloc[i] for i in range(3))
    assert first["geonameid"] == 9112386 and first["resolution"] == "resolved"
    assert first["katottg"] == "UA14160210340041091" and first["quote"] == 'a "quote"'
    assert missing["resolution"] == "unresolved" and missing.geometry is None
    assert "Xyzzyville" in missing["resolution_note"] and missing["line"] == 3
    assert bare["resolution"] == "ambiguous" and bare["date_precision"] == "month"
    assert json.loads(bare["alternatives"])


@pytest.mark.parametrize("suffix", [".csv", ".geojson", ".gpkg", ".parquet"])
def test_write_read_round_trip_is_lossless(tmp_path, gz_full, suffix):
    import pandas as pd

    src = write(
        tmp_path,
        "1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,MoD,https://example.org/a,«Ясенове»,n\n"
        "2,Toretsk,,2025-02-07,Russian MoD,RU,captured,unconfirmed,,,,\n",
    )
    table = claims.read(src, gz_full)
    out = claims.write(table, tmp_path / f"copy{suffix}")
    again = claims.read(out, gz_full)
    pd.testing.assert_frame_equal(
        table.drop(columns="geometry").reset_index(drop=True),
        again.drop(columns="geometry").reset_index(drop=True),
        check_like=True,
    )
    assert again.geometry.iloc[0].equals(table.geometry.iloc[0])


def test_kml_export(tmp_path, gz_full):
    src = write(
        tmp_path,
        '1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,,,"<b>x</b>",\n',
    )
    kml = claims.write(claims.read(src, gz_full), tmp_path / "c.kml").read_text(encoding="utf-8")
    assert "<Placemark>" in kml and "37.0666,48.10558,0" in kml and "<when>2025-02-11</when>" in kml
    assert "&lt;b&gt;x&lt;/b&gt;" in kml
