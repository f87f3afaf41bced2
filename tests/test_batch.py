"""Batch extraction and line checks on Dask: a real two-worker LocalCluster (processes) gives
the answers of the single-process path and of ``frontmap extract``, row for row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")
pytest.importorskip("dask_geopandas")

import pandas as pd
import pyarrow.parquet as pq

from frontmap import batch
from frontmap.extract import extract

from .conftest import SHARED, need_shared

REPORT = SHARED / "corpus" / "report-2025-02-11-yasenove-toretsk.txt"
DAILY = SHARED / "data" / "frontline" / "deepstate-daily"


@pytest.fixture(scope="module")
def client():
    """A real LocalCluster: two worker processes, one thread each; always closed."""
    with batch.cluster(workers=2, threads=1, memory_limit="1GiB") as c:
        yield c


@pytest.fixture(scope="module")
def home(request):
    """The full data home (embedded + GeoNames UA) when ../shared is there, else embedded."""
    if (SHARED / "data" / "geonames" / "UA.zip").exists():
        return request.getfixturevalue("full_home")
    return request.getfixturevalue("embedded_home")


def _dev_rows(n: int = 14) -> list[dict]:
    """The first ``n`` reports of the dev claims corpus (real report texts)."""
    path = Path(__file__).parent / "corpus" / "claims-dev.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    keep = ("id", "url", "source", "published", "lang", "text")
    return [{k: r.get(k) for k in keep} for r in rows[:n]]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Real reports (the dev corpus, the Yasenove/Toretsk report) and four that cannot be read."""
    rows = _dev_rows()
    if REPORT.exists():
        rows.append({"id": "yasenove-toretsk", "published": "2025-02-11", "source": "shared",
                     "text": REPORT.read_text(encoding="utf-8")})  # fmt: skip
    rows += [
        {"id": "not-text", "published": "2025-02-11", "text": 42},
        {"id": "bad-date", "published": "2025-13-45", "text": "Russia said it captured Toretsk."},
        {"id": "no-date", "published": None, "text": "Russia said it captured Toretsk."},
        {"id": None, "published": "2025-02-11", "text": "   "},
    ]
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path, rows


@pytest.fixture(scope="module")
def runs(corpus, home, client, tmp_path_factory):
    """The corpus through the single-process path and through the two-worker cluster."""
    path, _ = corpus
    base = tmp_path_factory.mktemp("runs")
    single = batch.run_extract(path, base / "single", home=home, rows_per_partition=4,
                               dedupe=True, quiet=True)  # fmt: skip
    cluster = batch.run_extract(path, base / "cluster", client=client, home=home,
                                rows_per_partition=4, dedupe=True, quiet=True)  # fmt: skip
    return base, single, cluster


def _table(path):
    return pq.read_table(path).to_pandas().sort_values(["report_row"], kind="stable", ignore_index=True)  # fmt: skip


@pytest.mark.parametrize("table", ["claims", "statements", "reports", "claims-dedup"])
def test_cluster_and_single_process_agree_row_for_row(runs, table):
    base, single, cluster = runs
    assert cluster.workers == 2 and single.workers == 1
    assert len(cluster.extra["pids"]) == 2  # both worker processes did work
    one, two = _table(base / "single" / table), _table(base / "cluster" / table)
    assert len(one) > 0
    pd.testing.assert_frame_equal(one, two)


def test_batch_rows_are_frontmap_extract_rows(runs, corpus, home):
    """Same function as ``frontmap extract``: each report's claims are its ``.rows()``."""
    import gazetteer

    base, _, _ = runs
    claims = _table(base / "cluster" / "claims")
    statements = _table(base / "cluster" / "statements")
    _, rows = corpus
    with gazetteer.open(home, build=False) as gz:
        for r in rows:
            if not isinstance(r["text"], str) or r["id"] in ("bad-date", "no-date", None):
                continue
            result = extract(r["text"], gz, published=r["published"], source=r.get("source"))
            want = result.rows(source=r.get("source"), url=r.get("url"), published=r["published"])
            got = claims[claims.report_id == r["id"]]
            assert [(c["place"], c["claimant"], c["claim"], c["date"], c["status"], c["quote"])
                    for c in want] == list(zip(got.place, got.claimant, got.claim, got.date,
                                               got.status, got.quote, strict=True))  # fmt: skip
            verdicts = statements[statements.report_id == r["id"]]
            assert list(verdicts.verdict) == [v.verdict for _, v in result.verdicts]
            assert list(verdicts.sentence_index) == [i for i, _ in result.verdicts]


def test_the_yasenove_report_claims_with_report_id_and_points(runs):
    need_shared(REPORT)
    base, _, _ = runs
    claims = _table(base / "cluster" / "claims")
    mine = claims[claims.report_id == "yasenove-toretsk"]
    assert set(zip(mine.place, mine.claimant, mine.claim, strict=True)) == {
        ("Yasenove", "Russian MoD", "captured"),
        ("Toretsk", "Russian MoD", "captured"),
        ("Toretsk", "Ukrainian military", "fighting"),
    }
    assert claims.report_id.notna().all() and claims.claim_uid.is_unique
    import geopandas

    geo = geopandas.read_parquet(base / "cluster" / "claims")
    yasenove = geo[(geo.report_id == "yasenove-toretsk") & (geo.place == "Yasenove")].iloc[0]
    assert (round(yasenove.geometry.y, 4), round(yasenove.geometry.x, 4)) == (48.1056, 37.0666)
    assert geo.crs.to_string() == "OGC:CRS84"


def test_failures_are_reported_never_dropped(runs, corpus):
    base, single, cluster = runs
    _, rows = corpus
    reports = _table(base / "cluster" / "reports")
    assert len(reports) == len(rows) == cluster.reports  # every report has its row
    assert list(reports.report_row) == list(range(1, len(rows) + 1))
    errors = dict(zip(reports.report_id, reports.error, strict=True))
    assert errors["not-text"].startswith("text is not a string (int")
    assert "2025-13-45" in errors["bad-date"]
    assert errors["no-date"].startswith("no publication date")
    assert errors[f"row{len(rows)}"] == "text is empty"  # no id: named by its row
    assert cluster.failed == single.failed == 4
    assert cluster.ok == len(rows) - 4
    summary = json.loads((base / "cluster" / "summary.json").read_text(encoding="utf-8"))
    assert {f["report_id"] for f in summary["failures"]} == {"not-text", "bad-date", "no-date",
                                                            f"row{len(rows)}"}  # fmt: skip
    assert summary["reports"] == len(rows) and summary["failed"] == 4


def test_outputs_record_the_gazetteer_version(runs, home):
    import gazetteer

    base, _, cluster = runs
    with gazetteer.open(home, build=False) as gz:
        sources = {s["source"]: s["sha256"] for s in gz.status()}
    for table in ("claims", "statements", "reports", "claims-dedup"):
        for part in sorted((base / "cluster" / table).glob("*.parquet")):
            meta = pq.read_schema(part).metadata
            recorded = json.loads(meta[b"frontmap"])["gazetteer"]
            assert {s["source"]: s["sha256"] for s in recorded} == sources
            assert all(s["date"] for s in recorded)  # the dump date
            if table != "reports":
                assert json.loads(meta[b"geo"])["primary_column"] == "geometry"
    assert {s["source"] for s in cluster.extra["gazetteer"]} == set(sources)


def test_each_worker_opened_the_gazetteer_once(runs, client):
    _, _, cluster = runs
    assert cluster.partitions >= 4  # more tasks than workers
    opens = client.run(lambda: batch._PROCESS.get("gazetteer_opens"))
    assert sorted(opens.values()) == [1, 1]


def test_dedupe_keeps_one_claim_per_place_day_claimant_and_the_raw_rows(runs):
    base, _, _ = runs
    raw = _table(base / "cluster" / "claims")
    kept = _table(base / "cluster" / "claims-dedup")
    assert kept.n_raw.sum() == len(raw)
    key = kept.place_id.fillna(kept.place) + kept.date + kept.claimant
    assert key.is_unique


def test_dedupe_claims_across_reports():
    claims = pd.DataFrame({
        "report_row": [1, 2, 2, 3], "claim_uid": ["a/x1", "b/x1", "b/x2", "c/x1"],
        "place_id": ["geonames:709354", "geonames:709354", None, "geonames:709354"],
        "place": ["Toretsk", "Toretsk", "Sokil", "Toretsk"],
        "date": ["2025-02-07", "2025-02-07", "2025-02-07", "2025-02-08"],
        "claimant": ["Russian MoD"] * 4,
    })  # fmt: skip
    kept = batch.dedupe_claims(claims)
    assert list(kept.claim_uid) == ["a/x1", "b/x2", "c/x1"]
    assert list(kept.n_raw) == [2, 1, 1]
    assert list(kept.raw_claim_uids) == ["a/x1;b/x1", "b/x2", "c/x1"]


def test_a_directory_of_txt_files_with_a_sidecar(tmp_path, home):
    need_shared(REPORT)
    (tmp_path / "a.txt").write_text(REPORT.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_text("Nothing happened.", encoding="utf-8")
    (tmp_path / "published.csv").write_text("file,published\na.txt,2025-02-11\ngone.txt,2025-02-11\n")  # fmt: skip
    summary = batch.run_extract(tmp_path, tmp_path.parent / "out-txt", home=home, quiet=True)
    reports = _table(tmp_path.parent / "out-txt" / "reports").set_index("report_id")
    assert reports.loc["a.txt", "ok"] and reports.loc["a.txt", "claims"] == 3
    assert reports.loc["b.txt", "error"].startswith("no publication date")
    assert reports.loc["gone.txt", "error"].startswith("cannot read")
    assert summary.reports == 3 and summary.failed == 2


# -- check-lines ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    import numpy as np

    rng = np.random.default_rng(17)
    n = 3000
    frame = pd.DataFrame({
        "lat": rng.uniform(46.5, 49.8, n), "lon": rng.uniform(34.5, 39.8, n),
        "date": rng.choice(pd.date_range("2025-01-28", "2025-03-04").strftime("%Y-%m-%d"), n),
        "place": None, "admin": None,
    })  # fmt: skip
    named = pd.DataFrame({
        "lat": None, "lon": None, "date": ["2025-02-11"] * 5 + ["2025-02-31"],
        "place": ["Yasenove", "Pokrovsk", "Dzerzhinsk", "Nowhereville-on-Sea", "Sokil", "Toretsk"],
        "admin": ["Donetsk oblast", None, "Donetsk oblast", None, None, None],
    })  # fmt: skip
    frame = pd.concat([frame, named], ignore_index=True).astype(
        {"lat": "float64", "lon": "float64", "place": "string", "admin": "string"}
    )
    path = tmp_path_factory.mktemp("events")
    for i, start in enumerate(range(0, len(frame), 1002)):  # three files: three partitions
        frame.iloc[start : start + 1002].to_parquet(path / f"events-{i}.parquet")
    return path, frame


@pytest.fixture(scope="module")
def line_runs(events, home, client, tmp_path_factory):
    need_shared(DAILY)
    path, _ = events
    base = tmp_path_factory.mktemp("lines")
    single = batch.run_check_lines(path, [DAILY], base / "single", home=home, quiet=True)
    cluster = batch.run_check_lines(path, [DAILY], base / "cluster", client=client, home=home,
                                    quiet=True)  # fmt: skip
    return base, single, cluster


def _lines(path):
    import geopandas

    return geopandas.read_parquet(path).reset_index(drop=True)


def test_check_lines_cluster_equals_single_process(line_runs, events):
    base, single, cluster = line_runs
    one, two = _lines(base / "single" / "lines"), _lines(base / "cluster" / "lines")
    assert len(one) == len(events[1]) == single.reports == cluster.reports
    assert cluster.partitions == 3 and cluster.workers == 2
    pd.testing.assert_frame_equal(one, two)


def test_check_lines_matches_series_status_on_the_deepstate_series(line_runs):
    from frontmap import frontline

    base, _, _ = line_runs
    got = _lines(base / "cluster" / "lines")
    series = frontline.load(DAILY)
    sample = got[got.error.isna()].sample(400, random_state=1)
    for row in sample.itertuples():
        st = series.status(row.lat, row.lon, row.date)
        assert st.cls == got.loc[row.Index, "class"]
        if st.distance_km is None:
            assert pd.isna(row.distance_km)
        else:
            assert row.distance_km == pytest.approx(st.distance_km, abs=0.01)
            assert str(st.snapshot_date) == str(row.snapshot.date())
    assert {"no data", "occupied", "outside"} <= set(got["class"].dropna())


def test_check_lines_places_on_2025_02_11(line_runs):
    base, _, _ = line_runs
    got = _lines(base / "cluster" / "lines").set_index("place")
    assert got.loc["Yasenove", "class"] == "occupied"
    assert got.loc["Dzerzhinsk", "class"] == "occupied"  # Toretsk by its former name
    assert got.loc["Dzerzhinsk", "place_id"] == "geonames:709354"
    assert got.loc["Pokrovsk", "class"] == "outside"
    assert got.loc["Pokrovsk", "distance_km"] < 0  # negative outside the occupied area
    assert str(got.loc["Yasenove", "snapshot"].date()) == "2025-02-11"


def test_check_lines_failures_are_rows_with_reasons(line_runs):
    base, _, cluster = line_runs
    got = _lines(base / "cluster" / "lines").set_index("place")
    assert got.loc["Nowhereville-on-Sea", "class"] == "error"
    assert "no place named 'Nowhereville-on-Sea'" in got.loc["Nowhereville-on-Sea", "error"]
    assert "is ambiguous" in got.loc["Sokil", "error"]
    assert "2025-02-31" in got.loc["Toretsk", "error"]
    assert cluster.failed == 3 and sum(f["rows"] for f in cluster.failures) == 3


def test_check_lines_metadata(line_runs, home):
    import gazetteer

    base, _, _ = line_runs
    with gazetteer.open(home, build=False) as gz:
        sha = {s["source"]: s["sha256"] for s in gz.status()}
    parts = sorted((base / "cluster" / "lines").glob("*.parquet"))
    assert len(parts) == 3
    meta = json.loads(pq.read_schema(parts[0]).metadata[b"frontmap"])
    assert {s["source"]: s["sha256"] for s in meta["gazetteer"]} == sha
    assert meta["snapshots"][0] == "2025-02-01" and len(meta["snapshots"]) == 29
    assert b"geo" in pq.read_schema(parts[0]).metadata


# -- the command line -----------------------------------------------------------------------------


def _run(home, *args):
    env = {**os.environ, "FRONTMAP_HOME": str(home), "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "frontmap", *args], capture_output=True,
                          text=True, env=env, timeout=300)  # fmt: skip


def test_cli_batch_extract_single_and_errors_on_one_line(home, tmp_path, corpus):
    path, rows = corpus
    proc = _run(home, "batch", "extract", str(path), "-o", str(tmp_path / "o"), "--single",
                "--quiet", "--partition-size", "50")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert f"{len(rows)} reports ({len(rows) - 4} ok, 4 failed)" in proc.stdout
    assert proc.stderr.count("failed:") == 4
    again = _run(home, "batch", "extract", str(path), "-o", str(tmp_path / "o"), "--single")
    assert again.returncode == 1
    assert again.stderr.strip().splitlines() == [
        f"error: {tmp_path / 'o'}: the output directory is not empty; give a new one"
    ]
    missing = _run(home, "batch", "extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "p"))  # fmt: skip
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1


def test_an_unreachable_scheduler_is_one_clear_error():
    unreachable = r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:9"
    with pytest.raises(batch.BatchError, match=unreachable), batch.cluster("tcp://127.0.0.1:9", timeout="1s"):  # fmt: skip
        pass


def test_the_cli_does_not_import_dask():
    code = "import sys, frontmap.cli; sys.exit(any(m.split('.')[0] in ('dask', 'distributed') for m in sys.modules))"  # fmt: skip
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
