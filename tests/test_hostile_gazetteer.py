"""Hostile and careless input on the gazetteer side: paths, bombs, bad rows, broken stores.

Each test starts from a reproduction of a failure seen before the fix: a file
deleted outside the data directory, gigabytes of memory, a traceback, a
leftover temporary store.
"""

from __future__ import annotations

import shutil
import sqlite3
import warnings

import pytest

import gazetteer
from gazetteer import BrokenStoreWarning, InstallError
from gazetteer.datadir import store_dir

from .test_cli import run


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
