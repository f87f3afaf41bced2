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
        assert not proc.stderr.strip(), proc.stderr  # no warnings, no noise
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


CHECK_KEYS = {
    "subject", "reference", "qualifier", "value", "value_max", "unit", "direction", "relation",
    "verdict", "distance_km", "bearing_deg", "subject_geonameid", "reference_geonameid",
    "explanation",
}  # fmt: skip
REPORT = (
    "Moscow claimed its forces captured Yasenove, roughly 12 miles south of the city of Pokrovsk "
    "... four days after it said it had captured Toretsk (Dzerzhinsk in Russian), roughly 30 miles "
    "east of Pokrovsk."
)


def test_check_sentence_text_and_json(full_home):
    text = run(full_home, "check", REPORT).stdout
    assert text.count("CONSISTENT") == 2
    assert "Measured 21.1 km (13.1 mi) SSW at 203°" in text and "geonames:9112386" in text
    rows = json.loads(run(full_home, "check", REPORT, "--json").stdout)
    assert [r["verdict"] for r in rows] == ["consistent", "consistent"]
    assert set(rows[0]) >= CHECK_KEYS
    assert (rows[0]["subject_geonameid"], rows[1]["subject_geonameid"]) == (9112386, 709354)
    assert rows[1]["distance_km"] == pytest.approx(51.334, abs=0.01)


def test_check_without_statement_is_one_line(full_home):
    proc = run(full_home, "check", "The weather was fine.", check=False)
    assert proc.returncode == 1 and "no distance or direction statement" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("suffix", [".txt", ".csv", ".jsonl"])
def test_check_file_keeps_every_row(full_home, tmp_path, suffix):
    sentences = [
        "Yasenove, roughly 12 miles south of the city of Pokrovsk, was captured.",
        "The weather was fine.",
        "Toretsk lies 10 miles north of Pokrovsk.",
    ]
    path = tmp_path / f"in{suffix}"
    if suffix == ".txt":
        path.write_text("\n".join(sentences) + "\n", encoding="utf-8")
    elif suffix == ".csv":
        import csv

        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["id", "sentence"])
            writer.writerows([[i, s] for i, s in enumerate(sentences)])
    else:
        lines = [json.dumps({"sentence": s}) for s in sentences] + ["{not json"]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "results.csv"
    proc = run(full_home, "check", "--file", str(path), "-o", str(out))
    assert "results in" in proc.stdout
    import csv

    with open(out, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    verdicts = [r["verdict"] for r in rows]
    assert verdicts[:3] == ["consistent", "no_statement", "inconsistent"]
    if suffix == ".jsonl":
        assert verdicts[3] == "error" and "line 4: not valid JSON" in rows[3]["error"]
    assert rows[0]["subject_geonameid"] == "9112386"
    assert rows[1]["error"] == "no distance or direction statement found"


def test_check_file_errors_name_the_file(full_home, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("id,text\n1,hello\n", encoding="utf-8")
    proc = run(full_home, "check", "--file", str(bad), check=False)
    assert proc.returncode == 1 and "bad.csv: no 'sentence' column" in proc.stderr


def test_near_answers_the_inverse_question(full_home):
    rows = json.loads(
        run(
            full_home, "near", "Pokrovsk", "--distance", "13 mi", "--direction", "SSW", "--json"
        ).stdout
    )
    assert rows and rows[0]["geonameid"] == 9112386  # Yasenove is 13.09 mi SSW of Pokrovsk
    assert rows[0]["offset_km"] < 1.0
    offsets = [r["offset_km"] for r in rows]
    assert offsets == sorted(offsets)
    text = run(full_home, "near", "Pokrovsk", "--distance", "12 mi", "--direction", "S").stdout
    assert "12 mi S of Pokrovsk" in text
    proc = run(
        full_home, "near", "Pokrovsk", "--distance", "12 parsecs", "--direction", "S", check=False
    )
    assert proc.returncode == 1 and "not a length unit" in proc.stderr


def test_map_command_errors_are_one_line_with_file_and_line(full_home, tmp_path):
    bad = tmp_path / "claims.csv"
    bad.write_text(
        "place,date,claimant,side,claim,status\nYasenove,2025-02-11,Russian MoD,RU,conquered,claimed\n",
        encoding="utf-8",
    )
    proc = run(full_home, "map", str(bad), "-o", str(tmp_path / "m.html"), check=False)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "claims.csv line 2: claim 'conquered' is not one of captured" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_map_command_writes_a_map_and_reports_review_rows(full_home, tmp_path):
    good = tmp_path / "claims.csv"
    good.write_text(
        "place,date,claimant,side,claim,status\n"
        "Yasenove,2025-02-11,Russian MoD,RU,captured,claimed\nXyzzyville,2025-02-11,Russian MoD,RU,captured,claimed\n",
        encoding="utf-8",
    )
    out = tmp_path / "m.html"
    proc = run(full_home, "map", str(good), "-o", str(out), "--tiles", "none")
    assert "2 claims, 2 needing review" in proc.stdout  # the bare Yasenove is ambiguous
    assert out.stat().st_size > 1000
