"""Hostile and careless input on the gazetteer side: paths, bombs, bad rows, broken stores.

Each test starts from a reproduction of a failure seen before the fix: a file
deleted outside the data directory, gigabytes of memory, a traceback, a
leftover temporary store.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import shutil
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import gazetteer
from gazetteer import BrokenStoreWarning, InstallError, geonames
from gazetteer.datadir import store_dir
from gazetteer.geonames import read_rows
from gazetteer.userplaces import build_store as build_userplaces
from gazetteer.userplaces import read_places

from .test_cli import run
from .test_geonames import ROW


def home_with_embedded(tmp_path, embedded_home):
    """A fresh data home holding a copy of the embedded store."""
    home = tmp_path / "home"
    shutil.copy(store_dir(embedded_home) / "embedded.sqlite", store_dir(home) / "embedded.sqlite")
    return home


# -- 1. remove deletes only listed sources ------------------------------------------------------
def test_remove_refuses_paths_and_unlisted_names(tmp_path, embedded_home):
    home = home_with_embedded(tmp_path, embedded_home)
    outside = tmp_path / "somewhere" / "x.sqlite"
    outside.parent.mkdir()
    outside.write_bytes(b"precious")
    absolute = tmp_path / "db.sqlite"
    absolute.write_bytes(b"precious too")
    relative = "../../somewhere/x"  # from home/gazetteer/ to tmp_path/somewhere/

    proc = run(home, "gazetteer", "remove", relative, check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1 and "not an installed source" in proc.stderr
    assert "installed: embedded" in proc.stderr
    proc = run(home, "gazetteer", "remove", str(absolute.with_suffix("")), check=False)
    assert proc.returncode == 1 and "not an installed source" in proc.stderr
    for bad in (relative, str(absolute.with_suffix("")), "geonames-UA", "", ".", "*"):
        with pytest.raises(InstallError, match=r"not an installed source \(installed: embedded\)"):
            gazetteer.remove(bad, home=home)
    assert outside.read_bytes() == b"precious" and absolute.read_bytes() == b"precious too"
    assert (store_dir(home) / "embedded.sqlite").exists()

    gazetteer.install_places(_csv(tmp_path / "mine.csv", "name,lat,lon\nA,48,37\n"), home=home)
    assert gazetteer.remove("user-mine", home=home) == store_dir(home) / "user-mine.sqlite"
    assert not (store_dir(home) / "user-mine.sqlite").exists()


def _csv(path, text):
    path.write_text(text, encoding="utf-8")
    return path


# -- 6. one broken store does not stop the others ------------------------------------------------
def test_corrupt_and_foreign_stores_are_skipped_with_a_warning(tmp_path, embedded_home):
    home = home_with_embedded(tmp_path, embedded_home)
    directory = store_dir(home)
    (directory / "junk.sqlite").write_bytes(bytes(range(256)) * 40)
    foreign = sqlite3.connect(directory / "foreign.sqlite")
    foreign.execute("CREATE TABLE meta (key, value)")
    foreign.commit()
    foreign.close()

    with pytest.warns(BrokenStoreWarning) as caught:
        gz = gazetteer.open(home, build=False)
    with gz:
        assert gz.sources == ["embedded"]
        assert gz.resolve("Pokrovsk").best.place.name == "Pokrovsk"
    messages = sorted(str(w.message) for w in caught)
    assert len(messages) == 2
    assert "foreign.sqlite: a SQLite database without the gazetteer's tables" in messages[0]
    assert "`frontmap gazetteer remove foreign`" in messages[0]
    assert "junk.sqlite: not a readable SQLite database" in messages[1]
    assert "`frontmap gazetteer remove junk`" in messages[1]

    for command in ("status", "list"):
        proc = run(home, "gazetteer", command, check=False)
        assert proc.returncode == 0, proc.stderr
        assert "embedded" in proc.stdout and "Traceback" not in proc.stderr
        lines = proc.stderr.strip().splitlines()
        assert len(lines) == 2 and all(line.startswith("warning: skipping ") for line in lines)
    proc = run(home, "resolve", "Pokrovsk", check=False)
    assert proc.returncode == 0 and "Pokrovsk" in proc.stdout

    run(home, "gazetteer", "remove", "junk")
    run(home, "gazetteer", "remove", "foreign")
    assert sorted(p.name for p in directory.iterdir()) == ["embedded.sqlite"]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        gazetteer.open(home, build=False).close()


# -- 2. zip bombs and endless lines: refused with flat memory ------------------------------------
def _zeros_zip(path, megabytes: int):
    """A zip whose UA.txt member is ``megabytes`` MB of zeros, written streaming."""
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("UA.txt", "w") as member,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(megabytes):
            member.write(block)
    return path


def _peak_bytes(call) -> tuple[int, BaseException | None]:
    tracemalloc.start()
    try:
        call()
    except Exception as exc:
        return tracemalloc.get_traced_memory()[1], exc
    finally:
        tracemalloc.stop()
    return 0, None


def test_zip_bomb_is_refused_unread_with_flat_memory(tmp_path):
    bomb = _zeros_zip(tmp_path / "UA.zip", 200)
    assert bomb.stat().st_size < 1 << 20  # 200 MB of zeros packs into ~200 KB
    home = tmp_path / "home"
    peak, exc = _peak_bytes(lambda: gazetteer.install_geonames("UA", from_path=bomb, home=home))
    assert isinstance(exc, InstallError)
    assert "UA.zip:UA.txt" in str(exc) and "zip bomb" in str(exc)
    assert peak < 16 << 20  # far below the 200 MB member
    assert not list(store_dir(home).glob("*"))  # no store, no temporary file


def test_zip_member_lying_about_its_size_fails_its_crc_unread(tmp_path):
    bomb = _zeros_zip(tmp_path / "UA.zip", 200)
    data = bytearray(bomb.read_bytes())
    central = data.rindex(b"PK\x01\x02")  # central directory entry of UA.txt
    real = struct.unpack_from("<I", data, central + 24)[0]
    assert real == 200 << 20
    struct.pack_into("<I", data, central + 24, 1 << 20)  # claim 1 MB: passes the ratio check
    bomb.write_bytes(bytes(data))
    peak, exc = _peak_bytes(lambda: list(read_rows(bomb)))
    assert isinstance(exc, InstallError) and "fails its CRC check" in str(exc)
    assert peak < 16 << 20


def test_size_cap_and_endless_line_are_refused(tmp_path, monkeypatch):
    endless = tmp_path / "UA.txt"
    with open(endless, "w", encoding="utf-8") as handle:
        for _ in range(40):
            handle.write("7" * (1 << 20))  # 40 MB, no newline
    peak, exc = _peak_bytes(lambda: list(read_rows(endless)))
    assert isinstance(exc, InstallError)
    assert str(exc).startswith(f"{endless} line 1: longer than 1,048,576 characters")
    assert peak < 16 << 20

    ordinary = tmp_path / "small" / "UA.zip"
    ordinary.parent.mkdir()
    with zipfile.ZipFile(ordinary, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", ROW + "\n")
    assert len(list(read_rows(ordinary))) == 1
    monkeypatch.setattr(geonames, "MAX_MEMBER_BYTES", 50)
    with pytest.raises(
        InstallError, match=r"UA\.zip:UA\.txt: \d+ bytes unpacked, more than the 50"
    ):
        list(read_rows(ordinary))
    text = tmp_path / "small" / "UA.txt"
    text.write_text(ROW + "\n", encoding="utf-8")
    with pytest.raises(InstallError, match=r"UA\.txt line 1: more than 50 characters in all"):
        list(read_rows(text))


# -- 3. coordinates validated at install ---------------------------------------------------------
@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        (4, "95", "latitude 95, longitude 37.1 out of range"),
        (5, "-500", "latitude 48.1, longitude -500 out of range"),
        (4, "nan", "latitude nan, longitude 37.1 out of range"),
        (5, "inf", "latitude 48.1, longitude inf out of range"),
        (4, "-Infinity", "latitude -Infinity, longitude 37.1 out of range"),
        (14, "1e30", "population '1e30' is not a whole number"),
        (14, "-5", "population '-5' is not a whole number"),
        (0, "9" * 5000, "geonameid/latitude/longitude not numeric"),
    ],
)
def test_geonames_rows_out_of_range_are_refused_at_install(tmp_path, column, value, message):
    cells = ROW.split("\t")
    cells[column] = value
    dump = tmp_path / "UA.zip"
    with zipfile.ZipFile(dump, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("UA.txt", ROW + "\n" + "\t".join(cells) + "\n")
    home = tmp_path / "home"
    with pytest.raises(InstallError, match=re.escape(f"UA.zip:UA.txt line 2: {message}")):
        gazetteer.install_geonames("UA", from_path=dump, home=home)
    assert not list(store_dir(home).glob("*"))


# -- 3 and 5. user places: hostile rows are PlacesFileErrors naming file and line -----------------
GOOD_CSV = "name,lat,lon,population,id\nAlpha,48.1,37.1,120,a\n"


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ("Beta,48.2,37.2,many,b\n", "line 3: population 'many' is not a whole number"),
        ("Beta,48.2,37.2,nan,b\n", "line 3: population 'nan' is not a whole number"),
        ("Beta,48.2,37.2,1e30,b\n", "line 3: population '1e30' is not a whole number"),
        ("Beta,48.2,37.2,-5,b\n", "line 3: population '-5' is not a whole number"),
        ("Beta,48.2,37.2,5,a\n", "line 3: id 'a' repeats line 2"),
        ("Beta,95,37.2,5,b\n", "line 3: lat 95.0, lon 37.2 out of range"),
        ("Beta,48.2,-500,5,b\n", "line 3: lat 48.2, lon -500.0 out of range"),
        ("Beta,nan,37.2,5,b\n", "line 3: lat nan, lon 37.2 out of range"),
        ("Beta,48.2,inf,5,b\n", "line 3: lat 48.2, lon inf out of range"),
        ("Beta,48.2,37.2,5,b,extra\n", "line 3: 6 cells but the header names 5 columns"),
    ],
)
def test_gazetteer_add_hostile_rows_fail_cleanly(tmp_path, rows, message):
    home = tmp_path / "home"
    gazetteer.install_places(_csv(tmp_path / "mine.csv", GOOD_CSV), home=home)
    store = store_dir(home) / "user-mine.sqlite"
    before = store.read_bytes()

    hostile = tmp_path / "hostile"
    hostile.mkdir()
    hostile = _csv(hostile / "mine.csv", GOOD_CSV + rows)
    proc = run(home, "gazetteer", "add", str(hostile), check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert f"{hostile} {message}" in proc.stderr.replace("\n", "")
    assert "nothing installed" in proc.stderr
    with pytest.raises(gazetteer.PlacesFileError, match=re.escape(f"{hostile} {message}")):
        gazetteer.install_places(hostile, home=home)
    assert store.read_bytes() == before
    assert sorted(p.name for p in store.parent.iterdir()) == ["user-mine.sqlite"]


def test_duplicate_csv_column_is_an_error_naming_it(tmp_path):
    path = _csv(tmp_path / "dup.csv", "name,lat,lon,lat\nAlpha,48.1,37.1,49\n")
    with pytest.raises(gazetteer.PlacesFileError, match=r"dup\.csv line 1: column 'lat' appears"):
        gazetteer.install_places(path, home=tmp_path / "home")


def test_huge_csv_cell_names_its_line(tmp_path):
    path = _csv(tmp_path / "big.csv", GOOD_CSV + "Beta,48,37,1,b\n" + "C" * 200_000 + ",1,1\n")
    with pytest.raises(gazetteer.PlacesFileError, match=r"big\.csv line 4: not readable as CSV"):
        gazetteer.install_places(path, home=tmp_path / "home")


# -- 7. a full disk is one InstallError and the previous store keeps working --------------------
def _dump(path, rows: int):
    """A GeoNames-shaped dump of ``rows`` Polish places (no KATOTTG join needed)."""
    cells = ROW.split("\t")
    cells[8] = "PL"
    lines = []
    for i in range(1, rows + 1):
        cells[0], cells[1], cells[2] = str(i), f"Miejsce {i}", f"Miejsce {i}"
        lines.append("\t".join(cells))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("PL.txt", "\n".join(lines) + "\n")
    return path


def test_full_disk_is_one_install_error_and_the_old_store_works(tmp_path, monkeypatch):
    home = tmp_path / "home"
    gazetteer.install_geonames("PL", from_path=_dump(tmp_path / "small.zip", 3), home=home)
    gazetteer.install_places(_csv(tmp_path / "mine.csv", GOOD_CSV), home=home)
    before = {p.name: p.read_bytes() for p in store_dir(home).iterdir()}

    real_connect = sqlite3.connect

    def tiny_disk(*args, **kwargs):  # SQLite's own limit: "database or disk is full"
        db = real_connect(*args, **kwargs)
        db.execute("PRAGMA max_page_count = 12")
        return db

    monkeypatch.setattr(sqlite3, "connect", tiny_disk)
    (tmp_path / "big").mkdir()
    lines = "".join(f"Place {i},48,37\n" for i in range(3000))
    big_csv = _csv(tmp_path / "big" / "mine.csv", "name,lat,lon\n" + lines)
    big_dump = _dump(tmp_path / "PL.zip", 3000)
    geonames_pl = lambda: gazetteer.install_geonames("PL", from_path=big_dump, home=home)  # noqa: E731
    user_mine = lambda: gazetteer.install_places(big_csv, home=home)  # noqa: E731
    for install, store in ((geonames_pl, "geonames-PL"), (user_mine, "user-mine")):
        with pytest.raises(InstallError) as info:
            install()
        message = str(info.value)
        assert "\n" not in message and "database or disk is full" in message
        assert message.startswith(f"{store_dir(home) / store}.sqlite: could not write the store")
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in store_dir(home).iterdir()} == before
    with gazetteer.open(home, build=False) as gz:
        assert gz.resolve("Alpha").best.place.source == "user-mine"
        assert gz.resolve("Miejsce 2").best.place.country == "PL"


# -- 4. temporary stores of killed installs are cleaned, and only those ---------------------------
def test_temp_store_of_a_killed_install_is_cleaned_and_nothing_else(tmp_path, embedded_home):
    home = home_with_embedded(tmp_path, embedded_home)
    directory = store_dir(home)
    dump = _dump(tmp_path / "PL.zip", 200_000)
    script = "import gazetteer, sys; gazetteer.install_geonames('PL', from_path=sys.argv[1])"
    env = {**os.environ, "FRONTMAP_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-c", script, str(dump)], env=env)
    try:
        deadline = time.monotonic() + 120
        while not [p for p in directory.glob("*.tmp") if p.stat().st_size > 0]:
            assert proc.poll() is None and time.monotonic() < deadline, "install never wrote"
            time.sleep(0.05)
        time.sleep(0.3)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    (left,) = directory.glob("geonames-PL.sqlite.*.tmp")
    assert left.name.startswith(f"geonames-PL.sqlite.{proc.pid}.")  # the reproduction

    live = directory / f"user-a.sqlite.{os.getpid()}.abcd1234.tmp"  # a writer still running
    fresh_old_style = directory / "user-b.sqlite.abcd1234.tmp"  # older version, recent
    aged_old_style = directory / "user-c.sqlite.efgh5678.tmp"  # older version, two days old
    foreign = [directory / "notes.tmp", directory / "user-d.sqlite.tmp", home / "x.sqlite.1.a.tmp"]
    for path in (live, fresh_old_style, aged_old_style, *foreign):
        path.write_bytes(b"temporary")
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(aged_old_style, (two_days_ago, two_days_ago))

    with gazetteer.open(home, build=False) as gz:  # opening cleans up
        assert gz.sources == ["embedded"]
    assert not left.exists() and not aged_old_style.exists()
    assert all(p.exists() for p in (live, fresh_old_style, *foreign))

    dead = directory / f"user-e.sqlite.{proc.pid}.ijkl9012.tmp"  # so does the next install
    dead.write_bytes(b"temporary")
    gazetteer.install_places(_csv(tmp_path / "mine.csv", GOOD_CSV), home=home)
    assert not dead.exists() and live.exists()


# -- 8. properties: any input gives places or one documented error ------------------------------
PROPERTY = settings(max_examples=150, deadline=None)
CELLS = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["48.1", "37.2", "-91", "181", "nan", "inf", "1e30", "-5", "7", "x", ""]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.just("C" * 140_000),  # larger than a CSV cell may be
)
COLUMNS = st.sampled_from(["name", "lat", "lon", "population", "id", "alt_names", "oblast", "z"])
JSON_LEAF = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=8), CELLS
)
JSON_ANY = st.recursive(
    JSON_LEAF,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4)
    ),
    max_leaves=12,
)
POINT = st.fixed_dictionaries(
    {"type": st.just("Point")},
    optional={"coordinates": st.one_of(st.lists(JSON_LEAF, max_size=3), JSON_LEAF)},
)
FEATURE = st.one_of(
    st.fixed_dictionaries(
        {"type": st.just("Feature")},
        optional={
            "geometry": st.one_of(POINT, JSON_ANY),
            "properties": st.one_of(
                st.dictionaries(COLUMNS, st.one_of(CELLS, JSON_LEAF), max_size=5), JSON_ANY
            ),
        },
    ),
    JSON_ANY,  # a string feature, a bare number, a list...
)


def _read_places_or_documented_error(path, data_rows: int | None):
    """Read and install ``path``; only a PlacesFileError naming the file may escape."""
    try:
        places = read_places(path)
    except gazetteer.PlacesFileError as exc:
        assert str(path) in str(exc) and "\n" not in str(exc)
        return None
    if data_rows is not None:
        assert len(places) == data_rows  # no row dropped without a word
    build_userplaces(path, path.parent / "user-p.sqlite", source="user-p")
    return places


@PROPERTY
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".geojson"]))
def test_places_reader_takes_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"p{suffix}"
        path.write_bytes(data)
        _read_places_or_documented_error(path, None)


@PROPERTY
@given(
    header=st.lists(COLUMNS, min_size=1, max_size=7),
    rows=st.lists(st.lists(CELLS, max_size=8), max_size=6),
)
def test_places_reader_takes_arbitrary_csv(header, rows):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([header, *rows])
        repeated = [c for c in set(header) if header.count(c) > 1]
        if repeated:
            with pytest.raises(gazetteer.PlacesFileError, match="appears more than once") as info:
                read_places(path)
            assert any(f"'{c}'" in str(info.value) for c in repeated)
            return
        _read_places_or_documented_error(path, sum(1 for r in rows if r))


@PROPERTY
@given(
    document=st.one_of(
        st.fixed_dictionaries(
            {"type": st.just("FeatureCollection"), "features": st.lists(FEATURE, max_size=5)}
        ),
        st.lists(FEATURE, max_size=3),  # a bare array
        FEATURE,
        JSON_ANY,
    )
)
def test_places_reader_takes_arbitrary_geojson(document):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "p.geojson"
        path.write_text(json.dumps(document), encoding="utf-8")
        features = document.get("features") if isinstance(document, dict) else None
        expected = len(features) if isinstance(features, list) else None
        _read_places_or_documented_error(path, expected)


def test_deeply_nested_geojson_is_a_places_file_error(tmp_path):
    path = tmp_path / "deep.geojson"
    path.write_text('{"features": ' + "[" * 200_000 + "]" * 200_000 + "}", encoding="utf-8")
    with pytest.raises(gazetteer.PlacesFileError, match=r"deep\.geojson: cannot read .*nested"):
        read_places(path)


GEONAMES_CELLS = st.one_of(
    st.text(
        alphabet=st.characters(blacklist_characters="\t\n\r", blacklist_categories=("Cs",)),
        max_size=10,
    ),
    st.sampled_from(["1", "48.1", "37.2", "95", "-500", "nan", "inf", "1e30", "-5", ""]),
)


GEONAMES_ROW = st.dictionaries(st.sampled_from([0, 4, 5, 14]), GEONAMES_CELLS, max_size=2).map(
    lambda changes: [changes.get(i, cell) for i, cell in enumerate(ROW.split("\t"))]
)


@PROPERTY
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.lists(st.lists(GEONAMES_CELLS, min_size=17, max_size=21), min_size=1, max_size=5),
        st.lists(GEONAMES_ROW, min_size=1, max_size=5),
    ),
    zipped=st.booleans(),
)
def test_geonames_reader_takes_arbitrary_input(data, zipped):
    text = data if isinstance(data, bytes) else "".join("\t".join(r) + "\n" for r in data).encode()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("UA.zip" if zipped else "UA.txt")
        if zipped:
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                archive.writestr("UA.txt", text)
        else:
            path.write_bytes(text)
        try:
            rows = list(read_rows(path))
        except InstallError as exc:
            assert str(path) in str(exc) and "\n" not in str(exc)
            return
        assert len(rows) == text.count(b"\n") + (not text.endswith(b"\n"))
        for row in rows:
            lat, lon = float(row[4]), float(row[5])
            assert math.isfinite(lat) and -90 <= lat <= 90 and -180 <= lon <= 180
