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


def run(home, *args, check=True, input=None, env=None):
    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "200", **(env or {})}
    proc = subprocess.run(
        [sys.executable, "-m", "frontmap", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
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


# --- scripts and pipelines (issue 16)

WRONG = "Yasenove lies 60 miles north of Pokrovsk."


def test_check_reads_standard_input_and_fails_on_a_verdict(full_home):
    rows = json.loads(run(full_home, "check", "--file", "-", "--json", input=WRONG + "\n").stdout)
    # two Yasenoves, and the statement is wrong for both: ambiguous, inconsistent every reading
    assert [(r["verdict"], r["every_reading"]) for r in rows] == [("ambiguous", "inconsistent")]
    # `echo … | frontmap check` reads the pipe too
    assert "1 input rows, 1 result rows: 1 ambiguous" in run(full_home, "check", input=WRONG).stdout
    proc = run(full_home, "check", WRONG, "--fail-on", "inconsistent", check=False)
    assert proc.returncode == 3 and "AMBIGUOUS" in proc.stdout  # the verdict is still shown
    assert proc.stderr.strip() == "failed (--fail-on inconsistent): 1 inconsistent"
    piped = run(
        full_home, "check", "--file", "-", "--fail-on", "inconsistent", input=WRONG, check=False
    )
    assert piped.returncode == 3
    assert run(full_home, "check", REPORT, "--fail-on", "inconsistent").returncode == 0
    assert run(full_home, "check", REPORT, "--fail-on", "loose", "--json").returncode == 0
    unverifiable = run(
        full_home,
        "check",
        "It lies 5 km from the border.",
        "--fail-on",
        "unverifiable",
        check=False,
    )
    assert unverifiable.returncode == 3
    # results as CSV on standard output
    csv_out = run(
        full_home, "check", "--file", "-", "-o", "-", input=f"{WRONG}\nHello.\n", check=False
    )
    assert csv_out.returncode == 0
    lines = csv_out.stdout.splitlines()
    assert lines[0].startswith("line,statement,sentence,verdict") and len(lines) == 3
    assert "ambiguous" in lines[1] and "no_statement" in lines[2]
    assert "2 input rows" in csv_out.stderr  # the summary keeps out of the data


def test_claims_check_fails_on_a_contradicted_claim_read_from_stdin(full_home):
    from .conftest import SHARED, need_shared

    daily = need_shared(SHARED / "data" / "frontline" / "deepstate-daily")
    claims_csv = (
        "place,oblast,date,claimant,side,claim,status\n"
        "Toretsk,Donetsk oblast,2025-02-08,Russian MoD,RU,captured,claimed\n"
        "Pokrovsk,Donetsk oblast,2025-02-11,Russian MoD,RU,captured,claimed\n"
    )
    ok = run(
        full_home,
        "claims",
        "check",
        "-",
        "--layers",
        str(daily),
        input=claims_csv.rsplit("Pokrovsk", 1)[0].rsplit("\n", 1)[0] + "\n",
    )
    assert ok.stdout.startswith("CONSISTENT")
    proc = run(
        full_home, "claims", "check", "-", "--layers", str(daily), "--fail-on", "inconsistent",
        input=claims_csv, check=False,
    )  # fmt: skip
    assert proc.returncode == 3 and "CONTRADICTED" in proc.stdout
    assert "1 contradicted" in proc.stderr


def test_extract_and_map_make_a_pipeline(full_home, tmp_path):
    report = (
        "KYIV, Feb 11, 2025 - Moscow claimed its forces captured Yasenove, roughly 12 miles south "
        "of the city of Pokrovsk in the Donetsk region."
    )
    extracted = run(
        full_home, "extract", "-", "--published", "2025-02-11", "-o", "-", input=report, check=False
    )
    assert extracted.returncode == 0 and extracted.stderr == "Wrote 1 claims to standard output.\n"
    claims_csv = extracted.stdout
    assert claims_csv.startswith("id,place,place_id,lat,lon,date") and "Yasenove" in claims_csv
    html = run(full_home, "map", "-", "-o", "-", "--tiles", "none", input=claims_csv, check=False)
    assert html.returncode == 0
    assert html.stdout.lstrip().startswith("<!DOCTYPE html>") and "Yasenove" in html.stdout
    assert "Wrote -: 1 claims" in html.stderr
    bad = run(full_home, "map", "-", "-o", "-", input="place,date\nX,2025\n", check=False)
    assert bad.returncode == 1 and len(bad.stderr.strip().splitlines()) == 1
    assert bad.stderr.startswith("error: <stdin>: missing column(s)")


def test_extract_says_why_an_ambiguous_place_is_not_mapped(full_home):
    report = "Ukrainian troops liberated the village of Blahodatne, the military said on Sunday."
    proc = run(full_home, "extract", "-", "--published", "2023-06-12", input=report)
    lines = proc.stdout.splitlines()
    claim = next(i for i, line in enumerate(lines) if "liberated Blahodatne" in line)
    note = lines[claim + 1]
    assert (
        note.startswith("    not mapped — ambiguous:") and "places are named 'Blahodatne'" in note
    )
    assert "Donetsk Oblast" in note and "naming the raion, the oblast" in note


def test_extract_lists_a_name_the_report_leaves_open_as_undecided(full_home):
    # "под Курском": Kursk (448,733 people) or the Crimean village Kurskoye (1,204): not decided
    proc = run(
        full_home, "extract", "-", "--published", "2024-08-20", input="Бои идут под Курском."
    )
    assert "places: ; undecided (several places, see --json): Курском;" in proc.stdout
    proc = run(
        full_home, "extract", "-", "--published", "2024-08-20", input="Бои идут под Торецком."
    )
    assert "places: Toretsk;" in proc.stdout


def _in_a_terminal(home, *args, env=()):
    """Run frontmap with a pseudo-terminal as stdout (what a person sees), 80 columns."""
    import pty

    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "80", "LINES": "40", **dict(env)}
    env.pop("NO_COLOR", None) if "NO_COLOR" not in dict(env) else None
    env.pop("FORCE_COLOR", None)
    main, child = pty.openpty()
    import fcntl
    import struct
    import termios

    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))  # 80 columns
    proc = subprocess.Popen(
        [sys.executable, "-m", "frontmap", *args], stdout=child, stderr=child,
        stdin=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    proc.wait(timeout=300)
    os.close(main)
    return proc.returncode, b"".join(chunks).decode("utf-8", "replace")


def test_no_color_means_no_escape_codes_at_all(full_home):
    code, coloured = _in_a_terminal(full_home, "check", REPORT)
    assert code == 0 and "\x1b[" in coloured  # a terminal gets colour and bold
    code, plain = _in_a_terminal(full_home, "check", REPORT, env={"NO_COLOR": "1"})
    assert code == 0 and "CONSISTENT" in plain and "\x1b" not in plain
    piped = run(full_home, "check", REPORT).stdout
    assert "\x1b" not in piped  # and a pipe gets none


def test_tables_fit_the_terminal_or_go_plain(full_home):
    code, text = _in_a_terminal(full_home, "resolve", "Yasenove", env={"NO_COLOR": "1"})
    assert code == 0
    lines = text.replace("\r", "").splitlines()
    assert max(len(line) for line in lines) <= 80, text
    rows = [line for line in lines if "geonames:" in line]
    assert len(rows) == 3  # one line a candidate: the admin column is cut, not wrapped
    piped = run(full_home, "resolve", "Yasenove", env={"COLUMNS": "90"}).stdout
    assert max(len(line) for line in piped.splitlines()) <= 90
    tsv = run(full_home, "resolve", "Yasenove", "Bakhmut", "--plain").stdout.splitlines()
    assert tsv[0].split("\t") == ["query", "#", "name", "uk / ru", "admin", "lat, lon", "score",
                                  "matched", "precision", "id"]  # fmt: skip
    assert all(len(line.split("\t")) == 10 for line in tsv)
    assert tsv[1].split("\t")[-1] in ("geonames:9112386", "geonames:688380")
    assert "Pokrovska hromada, Pokrovsk Raion, Donetsk Oblast, UA" in "\n".join(tsv)
    assert tsv[-1].startswith("Bakhmut\t")


def _commands(group=None, path=("frontmap",)):
    import click

    from frontmap.cli import app

    group = group or app
    yield path, group
    if isinstance(group, click.Group):
        for name, sub in group.commands.items():
            yield from _commands(sub, (*path, name))


def test_every_command_has_real_examples_in_its_help():
    import shlex

    import click

    from frontmap.cli import app

    for path, command in _commands():
        epilog = command.epilog or ""
        examples = [
            line.strip() for line in epilog.splitlines() if line.strip().startswith("frontmap ")
        ]
        assert examples, f"{' '.join(path)} --help shows no example"
        assert any(" ".join(path) in e for e in examples), (path, examples)
        for example in examples:  # each parses: its command and options exist
            args = shlex.split(example.split(" | ")[0].split(" > ")[0])[1:]
            cmd = app
            while isinstance(cmd, click.Group) and args and args[0] in cmd.commands:
                cmd = cmd.commands[args.pop(0)]
            if not isinstance(cmd, click.Group):
                cmd.make_context(cmd.name, args)
        help_text = command.get_help(click.Context(command, info_name=path[-1]))
        assert "Examples:" in help_text and examples[0] in help_text


def test_a_bug_of_ours_is_one_line_and_exit_70_unless_debugging(embedded_home):
    # a programming error deep inside a command (simulated: resolve raises TypeError)
    code = (
        "import sys, gazetteer.resolver as r\n"
        "def broken(self, *a, **k):\n    raise TypeError('unhashable type: list')\n"
        "r.Gazetteer.resolve = broken\n"
        "from frontmap.cli import main\n"
        "sys.argv = ['frontmap', 'resolve', 'Pokrovsk']\n"
        "main()\n"
    )
    for debug, want_code in (("", 70), ("1", 1)):
        env = {**os.environ, "FRONTMAP_HOME": str(embedded_home), "COLUMNS": "200"}
        env["FRONTMAP_DEBUG"] = debug
        proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
        assert proc.returncode == want_code, proc.stderr
        if debug:
            assert "Traceback" in proc.stderr
        else:
            assert "Traceback" not in proc.stderr
            lines = proc.stderr.strip().splitlines()
            assert len(lines) == 1 and "internal error: TypeError: unhashable" in lines[0]
