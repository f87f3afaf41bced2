"""Hostile and careless input on the gazetteer side: paths, bombs, bad rows, broken stores.

Each test starts from a reproduction of a failure seen before the fix: a file
deleted outside the data directory, gigabytes of memory, a traceback, a
leftover temporary store.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
import struct
import tracemalloc
import warnings
import zipfile

import pytest

import gazetteer
from gazetteer import BrokenStoreWarning, InstallError, geonames
from gazetteer.datadir import store_dir
from gazetteer.geonames import read_rows

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
