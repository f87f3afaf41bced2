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
