"""Hostile and careless input to the text and table readers and writers: nothing lost, nothing
overwritten, one clear line. Each case reproduces a report from real use."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontmap.checks import read_sentences
from frontmap.claims import ClaimsFileError, read, write
from frontmap.errors import FrontmapError
from frontmap.statements import parse
from frontmap.tables import read_csv, restore_cell, safe_cell

from .conftest import SHARED, need_shared
from .test_cli import run

HEADER = "id,place,lat,lon,date,claimant,side,claim,status,source\n"
ROW = "1,Toretsk,48.398,37.847,2025-02-07,Russian MoD,RU,captured,claimed,report\n"
SEED = SHARED / "corpus" / "report-2025-02-11-yasenove-toretsk.txt"


# -- data silently lost or changed ------------------------------------------------------------
def test_a_quoted_newline_stays_inside_its_cell(tmp_path):
    path = tmp_path / "sentences.csv"
    path.write_text('id,sentence\n1,"Yasenove is 12 miles\nsouth of Pokrovsk."\n2,Next.\n')
    rows = read_sentences(path)
    assert [(line, text) for line, text, _ in rows] == [
        (2, "Yasenove is 12 miles\nsouth of Pokrovsk."),
        (4, "Next."),
    ]
    (statement,) = parse(rows[0][1])
    assert (statement.value, statement.direction) == (12, "south")


@pytest.mark.parametrize("sep", ["\u2028", "\u0085", "\f", "\u2029", "\v"])
def test_unicode_line_separators_do_not_split_rows(tmp_path, sep):
    claims = tmp_path / "claims.csv"
    claims.write_text(HEADER + ROW.replace("report", f"a{sep}b"), encoding="utf-8")
    table = read(claims, resolve=False)
    assert len(table) == 1 and table.iloc[0]["source"] == f"a{sep}b"
    sentences = tmp_path / "s.txt"
    sentences.write_text(f"Yasenove is 12 miles{sep} south of Pokrovsk.\n", encoding="utf-8")
    assert len(read_sentences(sentences)) == 1
    jsonl = tmp_path / "s.jsonl"
    jsonl.write_text(json.dumps({"sentence": f"A{sep}B"}, ensure_ascii=False) + "\n")
    assert [t for _, t, _ in read_sentences(jsonl)] == [f"A{sep}B"]


def test_duplicate_columns_are_an_error_naming_the_column(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(HEADER.replace("source", "place") + ROW)
    with pytest.raises(ClaimsFileError, match=r"line 1: column 'place' appears twice"):
        read(path, resolve=False)
    sentences = tmp_path / "s.csv"
    sentences.write_text("sentence,sentence\na,b\n")
    with pytest.raises(FrontmapError, match="appears twice"):
        read_sentences(sentences)


def test_an_extra_cell_names_its_line(tmp_path):
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + ROW + ROW.rstrip("\n") + ",surplus\n")
    with pytest.raises(ClaimsFileError, match=r"claims.csv line 3: 11 cells, the header has 10"):
        read(path, resolve=False)
    sentences = tmp_path / "s.csv"
    sentences.write_text("sentence\nYasenove is 12 miles south of Pokrovsk.,x\n")
    ((line, text, problem),) = read_sentences(sentences)  # kept, with its problem
    assert line == 2 and text and "2 cells" in problem


def test_a_huge_cell_is_read(tmp_path):
    path = tmp_path / "s.csv"
    big = "Yasenove is 12 miles south of Pokrovsk. " + "x" * 200_000
    path.write_text(f'sentence\n"{big}"\n')
    assert read_sentences(path)[0][1] == big.strip()


@pytest.mark.parametrize("date", ["0001-01-01", "0000-01-01", "9999-12-31"])
def test_dates_out_of_range_are_problems_not_overflows(tmp_path, date):
    path = tmp_path / "claims.csv"
    path.write_text(HEADER + ROW.replace("2025-02-07", date))
    with pytest.raises(ClaimsFileError, match=r"line 2: date"):
        read(path, resolve=False)


def test_hard_wrapped_report_gives_the_same_claims(gz_embedded):
    from frontmap.extract import extract

    text = need_shared(SEED).read_text(encoding="utf-8")

    def summary(t):
        result = extract(t, gz_embedded, published="2025-02-11")
        claims = sorted((r["place"], r["claim"], r["status"], r["date"]) for r in result.rows())
        return claims, sorted(v.verdict for _, v in result.verdicts)

    unwrapped = summary(text)
    assert len(unwrapped[0]) == 3 and unwrapped[1] == ["consistent", "consistent"]
    for width in (60, 72, 80):
        wrapped = subprocess.run(
            ["fold", "-w", str(width), "-s"], input=text, capture_output=True, text=True
        ).stdout
        assert wrapped.count("\n") > text.count("\n")
        assert summary(wrapped) == unwrapped, width


def test_outputs_never_replace_their_inputs(embedded_home, tmp_path):
    sentences = tmp_path / "s.csv"
    sentences.write_text("sentence\nYasenove is 12 miles south of Pokrovsk.\n")
    before = sentences.read_bytes()
    proc = run(embedded_home, "check", "--file", str(sentences), "-o", str(sentences), check=False)
    assert proc.returncode == 1 and "refusing to write over" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and sentences.read_bytes() == before
    report = tmp_path / "r.txt"
    report.write_text("Russia said it captured Toretsk.\n")
    proc = run(embedded_home, "extract", str(report), "-o", str(report), check=False)
    assert proc.returncode == 1 and "refusing to write over" in proc.stderr
    assert report.read_text() == "Russia said it captured Toretsk.\n"


def test_a_failed_write_leaves_the_previous_file(tmp_path, monkeypatch):
    import pandas as pd

    src = tmp_path / "claims.csv"
    src.write_text(HEADER + ROW)
    table = read(src, resolve=False)
    out = tmp_path / "out.csv"
    write(table, out)
    good = out.read_bytes()

    def full_disk(self, *args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pd.DataFrame, "to_csv", full_disk)
    with pytest.raises(OSError, match="No space"):
        write(table, out)
    assert out.read_bytes() == good
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv", "out.csv"]


# -- unsafe output ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "cell", ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]
)
def test_csv_cells_cannot_become_formulas_and_round_trip(tmp_path, cell):
    assert safe_cell(cell).startswith("'") and restore_cell(safe_cell(cell)) == cell
    src = tmp_path / "claims.csv"
    with open(src, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER.strip().split(","))
        writer.writerow([*ROW.strip().split(",")[:-1], cell])
    table = read(src, resolve=False)
    out = tmp_path / "out.csv"
    write(table, out)
    with open(out, newline="", encoding="utf-8") as handle:
        written = next(iter(csv.DictReader(handle)))
    assert written["source"] == "'" + cell.strip()  # the reader trims cells
    assert written["lon"] == "37.847"  # numbers are not touched
    assert read(out, resolve=False).iloc[0]["source"] == cell.strip()


def test_negative_numbers_are_not_neutralised():
    assert safe_cell("-12.5") == "-12.5" and safe_cell("-1e3") == "-1e3"


def test_control_characters_never_reach_the_terminal(embedded_home):
    proc = run(embedded_home, "resolve", "Pokr\x1b[31movsk\x1b]0;pwned\x07", check=False)
    assert "\x1b" not in proc.stdout + proc.stderr and "\x07" not in proc.stdout + proc.stderr
    assert proc.returncode == 1
    proc = run(embedded_home, "check", "Yasenove\x1b[2J is 12 miles south of Pokrovsk.\x1b]0;x\x07")
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout


def test_the_console_replaces_control_characters_in_text_and_tables():
    import io

    from rich.table import Table

    from frontmap.cli import SafeConsole

    buffer = io.StringIO()
    console = SafeConsole(file=buffer, width=80, color_system=None)
    console.print("name: Pokr\x1b[31movsk\u202e")
    table = Table("name")
    table.add_row("Tor\x1b]0;x\x07etsk")
    console.print(table)
    text = buffer.getvalue()
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert text.count("\ufffd") == 4


# -- GeoJSON shapes that used to raise --------------------------------------------------------
@pytest.mark.parametrize(
    "doc",
    [
        "[1, 2, 3]",
        '{"type": "FeatureCollection", "features": "nope"}',
        '{"type": "FeatureCollection", "features": ["a string feature"]}',
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
        ' "geometry": {"type": "Point"}}]}',
        '{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},'
        ' "geometry": {"type": "Point", "coordinates": [37.8]}}]}',
        "[" * 100_000 + "]" * 100_000,
    ],
)
def test_malformed_geojson_is_one_error(tmp_path, doc):
    path = tmp_path / "claims.geojson"
    path.write_text(doc)
    with pytest.raises(ClaimsFileError, match=r"claims\.geojson"):
        read(path, resolve=False)


# -- time -------------------------------------------------------------------------------------
def test_parsing_time_grows_linearly():
    base = "Yasenove, roughly 12 miles south of the city of Pokrovsk, and the village of Toretsk "

    def cost(n):
        text = (base * (n // len(base) + 1))[:n]
        t = time.perf_counter()
        parse(text)
        return time.perf_counter() - t

    small, large = min(cost(3_000) for _ in range(3)), min(cost(30_000) for _ in range(2))
    assert large / small < 30  # ten times the text: ~10x when linear, ~100x when quadratic


# -- properties of every reader ---------------------------------------------------------------
@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.binary(max_size=400), suffix=st.sampled_from([".csv", ".geojson", ".txt", ".jsonl"]))
def test_arbitrary_bytes_give_a_result_or_one_documented_error(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    try:
        if suffix in (".csv", ".geojson"):
            read(path, resolve=False)
        if suffix != ".geojson":
            read_sentences(path)
    except FrontmapError as exc:
        assert str(path) in str(exc)


_cell = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=st.lists(st.lists(_cell, min_size=1, max_size=4), min_size=1, max_size=8))
def test_every_csv_row_is_kept_or_reported(tmp_path, rows):
    path = tmp_path / "s.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([["sentence", "id"], *rows])
    data_rows = [r for r in rows if r != [""] and not (len(r) == 1 and not r[0].strip())]
    out = read_sentences(path)
    assert len(out) == len(data_rows)
    for (_, text, problem), row in zip(out, data_rows, strict=True):
        assert problem or text == row[0].strip()
    header, table = read_csv(path)
    assert header == ["sentence", "id"] and len(table) == len(data_rows)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.one_of(
    st.binary(max_size=300),
    st.recursive(
        st.none() | st.booleans() | st.floats(allow_nan=True) | st.text(max_size=8),
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    ).map(lambda d: json.dumps({"type": "FeatureCollection", "features": [d]}).encode()),
))  # fmt: skip
def test_front_line_layers_give_a_series_or_one_error(tmp_path, data):
    from frontmap import frontline

    path = tmp_path / "2025-01-01.geojson"
    path.write_bytes(data)
    try:
        frontline.load(path)
    except FrontmapError as exc:
        assert "2025-01-01.geojson" in str(exc)


_csv_text = st.lists(
    st.sampled_from(
        ["a", "b", " ", ",", '"', '""', "\n", "\r\n", "\r", "'=", "é", "\u2028", "\x00"]
    ),
    max_size=40,
).map("".join)


def _written(rows_and_end) -> str:
    rows, end = rows_and_end
    out = io.StringIO()
    csv.writer(out, lineterminator=end).writerows([["h1", "h2"], *rows])
    return out.getvalue()


_written_csv = st.tuples(
    st.lists(st.lists(_cell, min_size=2, max_size=2), max_size=5), st.sampled_from(["\n", "\r\n"])
).map(_written)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.one_of(_csv_text, _written_csv), bom=st.booleans())
def test_csv_read_by_columns_gives_what_read_csv_gives(tmp_path, text, bom):
    """The fast reader (pyarrow) reads a file exactly as the csv module does, or leaves it."""
    from frontmap.tables import read_csv_columns

    path = tmp_path / "t.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    fast = read_csv_columns(path)
    if fast is None:
        return
    header, rows = read_csv(path)
    assert fast.header == header
    assert fast.lines.tolist() == [line for line, _, _ in rows]
    for name in header:
        assert fast.columns[name].to_pylist() == [row[name] for _, row, _ in rows]


def test_csv_read_by_columns_reads_what_spreadsheets_write(tmp_path):
    """Quoted cells, doubled quotes, line breaks inside cells, blank lines and \\r\\n: read
    by columns, with the line each row starts on."""
    from frontmap.tables import read_csv_columns

    path = tmp_path / "t.csv"
    path.write_bytes(b'a,b\r\n"x, ""y""","1\r\n2"\r\n\r\n\'=z,\r\n"",3')
    fast = read_csv_columns(path)
    assert fast.header == ["a", "b"] and fast.lines.tolist() == [2, 5, 6]
    assert fast.columns["a"].to_pylist() == ['x, "y"', "=z", ""]
    assert fast.columns["b"].to_pylist() == ["1\r\n2", "", "3"]


# -- words written in two scripts ---------------------------------------------------------------


def test_look_alike_letters_of_the_other_script_are_read_as_their_twins():
    """Rule mixed_script: a word written with look-alike letters of the other script (pages
    that obfuscate Cyrillic with Latin a, c, e, i, o, p, x, y; a name typed with one Cyrillic o)
    is read in the script most of its letters are in; offsets are kept, and words written in
    one script, numbers and hyphenated compounds of two scripts are left as they are."""
    from frontmap.lexicon import unmixed

    mixed = "Рoсiйськi вiйськa зaхoпили Тoрeцьк; Pokrоvsk; Telegram-каналі, Су-34, COVID-19."
    plain = unmixed(mixed)
    assert (
        plain == "Російські війська захопили Торецьк; Pokrovsk; Telegram-каналі, Су-34, COVID-19."
    )
    assert len(plain) == len(mixed)
    clean = "Торецьк and Pokrovsk"
    assert unmixed(clean) is clean
    st = parse("Pokrоvsk lies 10 km west of Myrnоhrad.")[0]
    assert (st.subject, st.reference) == ("Pokrovsk", "Myrnohrad")
    assert st.sentence == "Pokrоvsk lies 10 km west of Myrnоhrad."  # the text as given
