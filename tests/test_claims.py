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


# --- dates as GIS files hold them (issue 16)


def test_parse_date_takes_datetimes_and_time_zones():
    from datetime import date, datetime, timedelta, timezone

    import numpy as np
    import pandas as pd

    kyiv = timezone(timedelta(hours=2))
    for value in (
        pd.Timestamp("2025-02-07"),
        datetime(2025, 2, 7, 23, 30, tzinfo=kyiv),
        pd.Timestamp("2025-02-07 23:30", tz="Europe/Kyiv"),
        date(2025, 2, 7),
        np.datetime64("2025-02-07T12:00"),
        "2025-02-07 00:00:00",
        "2025-02-07T23:30:00+02:00",
        "2025/02/07 00:00:00",
    ):
        parsed = parse_date(value)
        assert (parsed.start.isoformat(), parsed.precision) == ("2025-02-07", "day"), value
    assert claims.date_text(date(2025, 2, 1), "month") == "2025-02"
    assert claims.date_text(date(2025, 2, 3), "week") == "2025-W06"
    assert claims.date_text(date(2025, 2, 11), "week") == "2025-02-11"


def test_read_gives_a_datetime_date_with_its_period(tmp_path, gz_full):
    path = write(
        tmp_path,
        "1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,,,,\n"
        "2,Toretsk,,2025-02,ISW,other,advancing,assessed,,,,\n"
        "3,Toretsk,,2025-W06,ISW,other,fighting,assessed,,,,\n",
    )
    table = claims.read(path, gz_full)
    assert str(table["date"].dtype).startswith("datetime64")
    assert table["date"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-02-11",
        "2025-02-01",
        "2025-02-03",
    ]
    assert table["date_start"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-02-11",
        "2025-02-01",
        "2025-02-03",
    ]
    assert table["date_end"].dt.strftime("%Y-%m-%d").tolist() == [
        "2025-02-11",
        "2025-02-28",
        "2025-02-09",
    ]
    assert table["date_precision"].tolist() == ["day", "month", "week"]
    assert len(table[table["date"] >= "2025-02-05"]) == 1  # filterable as datetimes
    # written back as text, as it was written
    again = claims.write(table, tmp_path / "again.csv").read_text(encoding="utf-8")
    assert ",2025-02," in again and ",2025-W06," in again and ",2025-02-11," in again


def test_geopandas_gpkg_with_datetime_dates_reads_and_writes_a_date_field(tmp_path, gz_full):
    """What geopandas.read_file/QGIS give: a real datetime column (tz-aware too)."""
    import geopandas as gpd
    import pandas as pd
    import pyogrio
    import shapely

    frame = gpd.GeoDataFrame(
        {
            "place": ["Yasenove", "Toretsk"],
            "oblast": ["Donetsk oblast", "Donetsk oblast"],
            "date": pd.to_datetime(["2025-02-11", "2025-02-01"]),
            "date_precision": ["day", "month"],
            "claimant": ["Russian MoD", "ISW"],
            "side": ["RU", "other"],
            "claim": ["captured", "advancing"],
            "status": ["claimed", "assessed"],
        },
        geometry=[shapely.Point(37.0666, 48.10558), shapely.Point(37.8478, 48.39477)],
        crs="EPSG:4326",
    )
    src = tmp_path / "qgis.gpkg"
    frame.to_file(src, driver="GPKG")
    table = claims.read(src, gz_full)
    assert table["date_precision"].tolist() == ["day", "month"]
    assert table["date_end"].dt.strftime("%Y-%m-%d").tolist() == ["2025-02-11", "2025-02-28"]
    out = claims.write(table, tmp_path / "out.gpkg")
    info = pyogrio.read_info(out)
    fields = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert fields["date"] in ("OFTDate", "OFTDateTime") and fields["date_end"] == fields["date"]
    assert claims.read(out, gz_full)["date_precision"].tolist() == ["day", "month"]
    # time zones (a timestamp recorded in Kyiv late at night stays on its day)
    frame["date"] = pd.to_datetime(["2025-02-11 23:30", "2025-02-01 00:10"]).tz_localize(
        "Europe/Kyiv"
    )
    frame.to_file(tmp_path / "tz.gpkg", driver="GPKG")
    tz = claims.read(tmp_path / "tz.gpkg", gz_full)
    assert tz["date"].dt.strftime("%Y-%m-%d").tolist() == ["2025-02-11", "2025-02-01"]


def test_geometry_moved_in_a_gis_wins_over_lat_lon_and_says_so(tmp_path, gz_full):
    src = write(
        tmp_path,
        "1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,,,,\n"
        "2,Toretsk,,2025-02-07,Russian MoD,RU,captured,unconfirmed,,,,\n",
    )
    table = claims.read(src, gz_full)
    gpkg = claims.write(table, tmp_path / "c.gpkg")
    import geopandas as gpd
    import shapely

    moved = gpd.read_file(gpkg)
    moved.loc[0, "geometry"] = shapely.Point(37.10, 48.12)  # dragged in QGIS
    moved.to_file(gpkg, driver="GPKG", layer="claims")
    moved.to_file(tmp_path / "m.geojson", driver="GeoJSON")  # what QGIS exports
    for path in (gpkg, tmp_path / "m.geojson"):
        again = claims.read(path, gz_full)
        first = again.iloc[0]
        assert (first["lat"], first["lon"]) == (48.12, 37.10), path
        assert first.geometry.equals(shapely.Point(37.10, 48.12))
        assert first["resolution"] == "given"
        assert "geometry (48.120000, 37.100000)" in first["resolution_note"]
        assert "lat/lon columns (48.105580, 37.066600)" in first["resolution_note"]
        assert again.iloc[1]["resolution"] == "resolved"  # agreeing rows are untouched


@pytest.mark.parametrize("suffix", [".fgb", ".shp", ".kml", ".gml"])
def test_ogr_formats_round_trip_every_row(tmp_path, gz_full, suffix):
    import warnings

    import pandas as pd

    src = write(
        tmp_path,
        "1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,MoD,https://example.org/a,«Ясенове»,n\n"
        "2,Toretsk,,2025-02,Russian MoD,RU,captured,unconfirmed,,,,\n"
        "3,Xyzzyville,,2025,ISW,other,advancing,assessed,,,,\n",
    )
    table = claims.read(src, gz_full)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = claims.write(table, tmp_path / f"copy{suffix}")
    again = claims.read(out, gz_full)
    assert len(again) == 3 and again["place"].tolist() == ["Yasenove", "Toretsk", "Xyzzyville"]
    left, right = table.drop(columns="geometry"), again.drop(columns="geometry")
    if suffix == ".shp":  # alternatives longer than a dBASE cell are shortened, and it says so
        assert any("254 bytes" in str(w.message) for w in caught)
        assert all(len(json.loads(a)) >= 1 for a in right["alternatives"].dropna())
        left, right = left.drop(columns="alternatives"), right.drop(columns="alternatives")
    else:
        assert not caught
    pd.testing.assert_frame_equal(
        left.reset_index(drop=True), right.reset_index(drop=True), check_like=True
    )
    assert again.geometry.iloc[0].equals(table.geometry.iloc[0])
    assert again.geometry.iloc[2] is None


def test_kml_is_styled_by_side_and_claim_and_reads_back(tmp_path, gz_full):
    src = write(
        tmp_path,
        '1,Yasenove,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed,,,"<b>x</b>",\n'
        "2,Toretsk,,2025-02-07,General Staff,UA,repelled,claimed,,,,\n"
        "3,Toretsk,,2025-02,ISW,other,fighting,assessed,,,,\n",
    )
    kml = claims.write(claims.read(src, gz_full), tmp_path / "c.kml").read_text(encoding="utf-8")
    for sid in ("RU-captured", "UA-repelled", "other-fighting"):
        assert f'<Style id="{sid}">' in kml and f"<styleUrl>#{sid}</styleUrl>" in kml
    assert kml.count("<color>ff1f30d7</color>") >= 1 and kml.count("<color>ffba832b</color>") >= 1
    assert "<TimeSpan><begin>2025-02-01</begin><end>2025-02-28</end></TimeSpan>" in kml
    again = claims.read(tmp_path / "c.kml", gz_full)
    assert again["side"].tolist() == ["RU", "UA", "other"] and again["quote"][0] == "<b>x</b>"


# --- CSV read column by column (issue 15): the same problems, lines and frame as row by row


def _row_path(path, gz, resolve=True):
    """What :func:`claims.read` made of a CSV before it read by columns: rows from
    ``read_csv``, ``validate_rows``, ``resolve_places`` and ``_frame`` (the path every other
    format still takes)."""
    from frontmap.tables import read_csv

    _, rows = read_csv(path)
    return claims._rows_frame([(line, row) for line, row, _ in rows], path, gz, resolve=resolve)


def assert_same_claims(left, right):
    """Equal frames, down to None vs NaN in text columns and the points' coordinates."""
    import pandas as pd

    assert list(left.columns) == list(right.columns)
    assert left.dtypes.astype(str).tolist() == right.dtypes.astype(str).tolist()
    pd.testing.assert_frame_equal(
        left.drop(columns="geometry"), right.drop(columns="geometry"), check_exact=True
    )
    for col in left.columns:
        if left[col].dtype == object and col != "geometry":
            kinds = [[type(v).__name__ + ("" if v == v else "-nan") for v in f[col]]
                     for f in (left, right)]  # fmt: skip
            assert kinds[0] == kinds[1], col
    assert [g if g is None else g.wkb for g in left.geometry] == [
        g if g is None else g.wkb for g in right.geometry
    ]
    assert left.crs == right.crs


MIXED = (
    "id,place,oblast,lat,lon,date,date_precision,claimant,side,claim,status,source,quote,"
    "precision,resolution,notes,extra\n"
    '1,Yasenove,Donetsk oblast,,,2025-02-11,,Russian MoD,RU,captured,claimed,MoD,"«Ясенове», '
    'a ""quote""\nover two lines",,,,x\n'
    "2, Toretsk ,,48.398,37.847,2025-02-07,,Russian MoD, RU ,captured,unconfirmed,,,,,,\n"
    "\n"
    "3,Xyzzyville,,,,2025,,ISW,other,advancing,assessed,'=1+2,,,,,\n"
    "4,Yasenove,,,,2025-02,month,ISW,other,advancing,assessed,,,,,n,\n"
    "5,Toretsk,,,,2025-W06,,ISW,other,fighting,assessed,,\u2028,,,,\n"
    "6,Pokrovsk,,48.28,37.18,2025-02-11,week,ISW,UA,repelled,confirmed,'-x,,,,,\n"
    "7,Toretsk,,48.3,37.8,2025-02-07T23:30:00+02:00,,ISW,UA,denied,refuted,,,hromada,resolved,,\n"
    "8,Toretsk,,1_0,3\u0661,2025/02/07 00:00:00,year,ISW,UA,denied,refuted,,,point,resolved,,\n"
)


@pytest.mark.parametrize("variant", ["as written", "crlf and bom", "short rows"])
def test_csv_read_by_columns_equals_the_row_path(tmp_path, gz_full, variant):
    from frontmap.tables import read_csv_columns

    text = MIXED
    if variant == "crlf and bom":
        text = "\ufeff" + text.replace("\n", "\r\n")
    if variant == "short rows":  # fewer cells than the header: read_csv reads it, not pyarrow
        text = text.replace(",,,,,,\n", "\n")
    path = tmp_path / "mixed.csv"
    path.write_text(text, encoding="utf-8")
    assert (read_csv_columns(path) is None) == (variant == "short rows")
    table = claims.read(path, gz_full)
    assert_same_claims(table, _row_path(path, gz_full))
    assert_same_claims(claims.read(path, resolve=False), _row_path(path, gz_full, resolve=False))
    assert table["line"].tolist() == [2, 4, 6, 7, 8, 9, 10, 11]
    # what frontmap writes reads back the same way (score, geonameid, alternatives as text)
    again = claims.write(table, tmp_path / "again.csv")
    assert_same_claims(claims.read(again, gz_full), _row_path(again, gz_full))


def test_csv_problems_are_every_problem_with_its_line(tmp_path):
    from frontmap.tables import read_csv_columns

    path = tmp_path / "bad.csv"
    path.write_text(
        "id,place,lat,lon,date,date_precision,claimant,side,claim,status,quote\n"
        '1,Toretsk,48.4,37.8,2025-02-07,,A,RU,captured,claimed,"a quote\non two lines"\n'
        "2,Toretsk,48.4,37.8,2025-02-07,,A,XX,captured,claimed,\n"
        "\n"
        "3,Toretsk,48.4,,07.02.2025,,A,RU,captured,claimed,\n"
        '4,Toretsk,95,37.8,2025-02,day,A,RU,captured,claimed,"two\r\nlines"\n'
        "5,,abc,37.8,2025-W06,bogus,A,RU,seized,claimed,\n"
        "6,Toretsk,48.4,37.8,2025-02-07,week,A,RU,captured,claimed,\n"
        "7,Toretsk,nan,inf,0001-01-01,,,RU,captured,claimed,\n",
        encoding="utf-8",
    )
    assert read_csv_columns(path) is not None  # the fast path finds them
    with pytest.raises(ClaimsFileError) as info:
        claims.read(path, resolve=False)
    where = f"{path} line"
    assert info.value.problems == [
        f"{where} 4: side 'XX' is not one of RU, UA, other",
        f"{where} 6: date '07.02.2025' is not YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY",
        f"{where} 6: give both lat and lon, or neither",
        f"{where} 7: date '2025-02' has month precision, not 'day'",
        f"{where} 7: lat/lon (95.0, 37.8) out of range",
        f"{where} 9: 'place' is empty",
        f"{where} 9: claim 'seized' is not one of {', '.join(claims.CLAIMS)}",
        f"{where} 9: date_precision 'bogus' is not one of day, week, month, year",
        f"{where} 9: lat 'abc' is not a number",
        f"{where} 11: 'claimant' is empty",
        f"{where} 11: date '0001-01-01' is outside the years 1800–2200",
        f"{where} 11: lat/lon (nan, inf) out of range",
    ]
    assert str(info.value).startswith(f"12 problem(s) in {path}: {where} 4: side")


def test_text_dates_gives_what_each_row_gives(gz_full, tmp_path):
    from frontmap.claims import _as_day, _blank, date_text

    def row_by_row(frame):
        frame = frame.copy()
        frame["date"] = [
            None if _blank(d) else date_text(d, p)
            for d, p in zip(frame["date"], frame["date_precision"], strict=True)
        ]
        for col in ("date_start", "date_end"):
            frame[col] = [None if _blank(d) else _as_day(d).isoformat() for d in frame[col]]
        return frame

    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    table = claims.read(path, gz_full)
    kyiv = table.copy()
    kyiv["date"] = kyiv["date"].dt.tz_localize("Europe/Kyiv")
    kyiv.loc[0, "date_precision"] = None
    for frame in (table, kyiv, table.iloc[:0]):
        assert_same_claims(claims.text_dates(frame), row_by_row(frame))
    assert table["date"].dtype.kind == "M"  # the table given is left as it was


def test_strip_characters_are_those_str_strip_strips():
    import sys

    spaces = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace())
    assert spaces == claims._SPACE
