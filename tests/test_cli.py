"""The command line, run as a user runs it: a subprocess with FRONTMAP_HOME set."""

import json
import os
import subprocess
import sys

import pytest

REQUIRED_KEYS = {
    "geonameid", "name", "lat", "lon", "score", "matched", "match_kind",
    "admin1", "admin2", "precision", "ambiguous",
}  # fmt: skip


def run(home, *args, check=True):
    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "frontmap", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def test_resolve_table_shows_names_admin_score_and_attribution(full_home):
    proc = run(full_home, "resolve", "Yasenove", "Dzerzhinsk", "--in", "Donetsk oblast")
    out = proc.stdout
    assert "Yasenove" in out and "Ясенове" in out and "Pokrovsk Raion" in out
    assert "Toretsk" in out and "former" in out
    assert "48.10558, 37.06660" in out
    assert "GeoNames (geonames.org), CC BY 4.0" in out


def test_resolve_json_has_the_stable_keys(full_home):
    proc = run(full_home, "resolve", "Yasenove", "--json")
    rows = json.loads(proc.stdout)
    assert len(rows) >= 2
    assert set(rows[0]) >= REQUIRED_KEYS
    assert {r["geonameid"] for r in rows[:2]} == {9112386, 688380}
    assert all(r["ambiguous"] for r in rows)
    one = json.loads(run(full_home, "resolve", "Покровськ", "--json").stdout)[0]
    assert (
        one["geonameid"] == 704422 and one["match_kind"] == "exact" and one["precision"] == "point"
    )


def test_unknown_place_is_one_line_nonzero_no_traceback(full_home):
    proc = run(full_home, "resolve", "Xyzzyville", check=False)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no place named 'Xyzzyville'")
    assert "Traceback" not in proc.stderr


def test_bad_admin_and_bad_install_are_one_line_errors(full_home, tmp_path):
    proc = run(full_home, "resolve", "Yasenove", "--in", "Atlantis oblast", check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    proc = run(
        tmp_path, "gazetteer", "install", "UA", "--from", str(tmp_path / "missing.zip"), check=False
    )
    assert proc.returncode == 1 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_status_and_list(full_home):
    status = json.loads(run(full_home, "gazetteer", "status", "--json").stdout)
    assert [s["source"] for s in status] == ["geonames-UA", "embedded"]
    text = run(full_home, "gazetteer", "status").stdout
    assert "Donetsk Oblast" in text and "sha256" in text
    listing = run(full_home, "gazetteer", "list").stdout
    assert "geonames-UA" in listing and "embedded" in listing


def test_resolve_imports_neither_geopandas_nor_folium(full_home):
    code = (
        "import sys\n"
        "from frontmap.cli import main\n"
        "sys.argv = ['frontmap', 'resolve', 'Pokrovsk']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('geopandas', 'folium', 'pandas', 'shapely') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    env = {**os.environ, "FRONTMAP_HOME": str(full_home)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert "HEAVY []" in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.parametrize("args", [["resolve"], ["gazetteer", "remove", "nothing-here"]])
def test_usage_errors_exit_nonzero(full_home, args):
    proc = run(full_home, *args, check=False)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
