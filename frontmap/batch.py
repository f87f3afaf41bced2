"""Whole archives on Dask: extraction and front-line checks, from a laptop to a cluster.

Two jobs, each a plain function over one pandas partition, run by Dask on partitions of a table:

* :func:`extract_reports` — each report through :func:`frontmap.extract.extract` (the very
  function ``frontmap extract`` calls) and its :meth:`~frontmap.extract.Extraction.rows`; the
  statement verdicts from the same :class:`~frontmap.extract.Extraction`. A report that cannot be
  read (text not a string, no or a bad publication date, an error in extraction) is a row of the
  reports table with its reason — never dropped.
* :func:`line_status` — the control class, snapshot and signed distance to the line of every
  ``(lat, lon, date)`` row, vectorised: rows are grouped by the snapshot current on their date,
  classes come from ``shapely.intersects_xy`` on prepared polygons, distances from one STRtree
  of the occupied area's boundary segments per snapshot (nearest segment in an azimuthal
  equidistant plane centred on the series, then the geodesic distance to that nearest point).

Data on workers
---------------
Each worker process opens the gazetteer read-only **once** (:class:`GazetteerPlugin` at worker
start, then :func:`worker_gazetteer` from a per-process registry) and holds the front-line index
once (:class:`LinesPlugin`, sent to every worker when registered). Both check the gazetteer
version (source, dump date, sha256) against the client's, and that version is written into every
output file's metadata (key ``frontmap``) and ``summary.json``.

Heavy libraries (dask, distributed, geopandas) are imported inside the functions that use them.
"""

from __future__ import annotations

import json
import math
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import datetime
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "BatchError",
    "GazetteerPlugin",
    "LineIndex",
    "LinesPlugin",
    "cluster",
    "dedupe_claims",
    "extract_reports",
    "gazetteer_version",
    "line_status",
    "read_corpus",
    "read_events",
    "run_check_lines",
    "run_extract",
    "worker_gazetteer",
]

INSTALL_HINT = "install the batch extra: pip install 'frontmap[batch]'"
#: Reports per partition (one task each) unless told otherwise.
ROWS_PER_PARTITION = 1000
_SIDECARS = ("published.csv", "dates.csv", "index.csv", "published.jsonl", "dates.jsonl")


class BatchError(FrontmapError, RuntimeError):
    """A batch job cannot start or run: unreadable corpus, cluster failure, gazetteer mismatch."""


def _need(module: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise BatchError(f"frontmap batch needs {module.split('.')[0]}; {INSTALL_HINT}") from exc


# -- the gazetteer, once per worker process ----------------------------------------------------

_PROCESS: dict = {}  # per process: gazetteers by home, line indexes by token, counters
_LOCK = threading.RLock()


def gazetteer_version(gz) -> list[dict]:
    """Source, dump date, sha256 and size of every layered source: what reproduces a run."""
    keep = ("source", "kind", "date", "sha256", "extract_sha256", "rows", "built", "places")
    return [{k: s.get(k) for k in keep if k in s} for s in gz.status()]


def worker_gazetteer(home: str, version: list[dict] | None = None):
    """This process's gazetteer in ``home``, opened read-only on first use and kept.

    With ``version``, a gazetteer whose sources differ (another dump or build) is an error: a
    worker must answer as the client would.
    """
    import gazetteer

    with _LOCK:
        gz = _PROCESS.get(("gazetteer", home))
        if gz is None:
            gz = gazetteer.open(home, build=False)
            _PROCESS[("gazetteer", home)] = gz
            _PROCESS["gazetteer_opens"] = _PROCESS.get("gazetteer_opens", 0) + 1
        if version is not None:
            mine = gazetteer_version(gz)
            strip = [{k: v for k, v in s.items() if k != "places"} for s in mine]
            want = [{k: v for k, v in s.items() if k != "places"} for s in version]
            if strip != want:
                raise BatchError(
                    f"the gazetteer in {home} on this worker ({_describe(mine)}) is not the "
                    f"client's ({_describe(version)}); give every worker the same data directory "
                    "(FRONTMAP_HOME) or install the same sources there"
                )
        return gz


def _describe(version: list[dict]) -> str:
    return ", ".join(
        f"{s.get('source')} {s.get('date')} {str(s.get('sha256'))[:12]}" for s in version
    )


def _plugin_base():
    try:
        from distributed.diagnostics.plugin import WorkerPlugin
    except ImportError:  # the single-process path needs no distributed
        return object
    return WorkerPlugin


class GazetteerPlugin(_plugin_base()):
    """Opens the gazetteer read-only once in every worker process, at worker start."""

    name = "frontmap-gazetteer"

    def __init__(self, home: str, version: list[dict]):
        self.home, self.version = home, version

    def setup(self, worker=None) -> None:
        worker_gazetteer(self.home, self.version)

    def teardown(self, worker=None) -> None:
        with _LOCK:
            gz = _PROCESS.pop(("gazetteer", self.home), None)
        if gz is not None:
            gz.close()


class LinesPlugin(_plugin_base()):
    """Carries a :class:`LineIndex` to every worker once; tasks find it by its token."""

    name = "frontmap-lines"

    def __init__(self, index: LineIndex):
        self.index = index

    def setup(self, worker=None) -> None:
        with _LOCK:
            _PROCESS[("lines", self.index.token)] = self.index

    def teardown(self, worker=None) -> None:
        with _LOCK:
            _PROCESS.pop(("lines", self.index.token), None)


def _worker_lines(token: str) -> LineIndex:
    with _LOCK:
        index = _PROCESS.get(("lines", token))
    if index is None:
        raise BatchError(f"front-line index {token} is not on this worker (LinesPlugin missing)")
    return index


# -- the cluster ----------------------------------------------------------------------------------


@contextmanager
def cluster(
    scheduler: str | None = None,
    *,
    workers: int | None = None,
    threads: int = 1,
    memory_limit: str | None = "auto",
    single: bool = False,
    timeout: str = "20s",
) -> Iterator[object]:
    """A ``distributed.Client``: on ``scheduler`` if given, else on a new ``LocalCluster``.

    The local cluster has one single-threaded worker process per core by default (extraction is
    pure Python: threads would share one GIL). ``single=True`` yields ``None``: run in this
    process, no Dask scheduler at all. The cluster is closed on exit, whatever happened.
    """
    if single:
        yield None
        return
    distributed = _need("distributed")
    local = None
    try:
        if scheduler:
            client = distributed.Client(scheduler, timeout=timeout)
        else:
            local = distributed.LocalCluster(
                n_workers=workers or os.cpu_count() or 1,
                threads_per_worker=threads,
                processes=True,
                memory_limit=memory_limit,
                dashboard_address=":0",  # a free port: never "8787 is already in use"
            )
            client = distributed.Client(local)
    except (
        OSError,
        TimeoutError,
        RuntimeError,
    ) as exc:  # "Nanny failed to start" is a RuntimeError
        if local is not None:
            local.close()
        where = f"the Dask scheduler at {scheduler}" if scheduler else "a local Dask cluster"
        raise BatchError(
            f"cannot reach {where} ({type(exc).__name__}: {exc}); "
            + ("is `dask scheduler` running there?" if scheduler else "try --single")
        ) from exc
    try:
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


# -- reading a corpus -----------------------------------------------------------------------------


def _table_kind(path: Path) -> str:
    if path.is_dir():
        if any(path.glob("*.parquet")):
            return "parquet"
        if any(path.glob("*.txt")):
            return "txt"
        raise BatchError(f"{path}: no .parquet or .txt files in this directory")
    suffix = "".join(path.suffixes[-2:]).lower() if path.suffix == ".gz" else path.suffix.lower()
    for kind, ends in (("parquet", (".parquet", ".pq")), ("csv", (".csv", ".csv.gz")),
                       ("jsonl", (".jsonl", ".ndjson", ".json", ".jsonl.gz"))):  # fmt: skip
        if suffix in ends:
            return kind
    raise BatchError(f"{path}: not a Parquet, CSV or JSONL table (or a directory of .txt files)")


def _read_table(path: Path, kind: str, blocksize: int | None):
    dd = _need("dask.dataframe")
    if kind == "parquet":
        return dd.read_parquet(str(path))
    if kind == "csv":  # quoted newlines inside a report: never split a CSV file by bytes
        return dd.read_csv(str(path), blocksize=None, dtype=object, keep_default_na=False)
    return dd.read_json(
        str(path), lines=True, blocksize=blocksize, dtype=False,  # no type conversion: ids, dates as written
        compression="infer" if path.suffix == ".gz" else None,
    )  # fmt: skip


def _txt_directory(path: Path, dates: Path | None):
    """One row per .txt file (id = file name), dated by the sidecar; files without a date and
    sidecar rows without a file become rows too, to be reported as failures."""
    import pandas as pd

    sidecar = dates or next((path / n for n in _SIDECARS if (path / n).exists()), None)
    if sidecar is None:
        raise BatchError(
            f"{path}: a directory of .txt files needs a sidecar of dates ({', '.join(_SIDECARS)} "
            "with columns file, published) or --dates FILE"
        )
    side = (
        pd.read_csv(sidecar, dtype=object, keep_default_na=False)
        if sidecar.suffix == ".csv"
        else pd.read_json(sidecar, lines=True, dtype=False)
    )
    if "file" not in side or "published" not in side:
        raise BatchError(f"{sidecar}: the sidecar needs columns file and published")
    side = side.drop_duplicates("file", keep="first").set_index("file")
    files = sorted(p.name for p in path.glob("*.txt"))
    names = files + sorted(set(side.index) - set(files))
    frame = pd.DataFrame({"id": names, "path": [str(path / n) for n in names]})
    for col in ("published", "url", "source", "lang"):
        frame[col] = [side[col].get(n) if col in side else None for n in names]
    frame["source"] = [s if s else n for s, n in zip(frame["source"], names, strict=True)]
    return frame


def read_corpus(
    path: str | os.PathLike,
    *,
    dates: str | os.PathLike | None = None,
    rows_per_partition: int = ROWS_PER_PARTITION,
    client=None,
):
    """The corpus as a ``dask.dataframe`` with a 1-based ``report_row`` on every row.

    ``report_row`` is the row's place in the table (its record number), so a report without an
    ``id`` is still named in the outputs. Partitions hold about ``rows_per_partition`` reports.
    """
    dd = _need("dask.dataframe")
    import pandas as pd

    path = Path(path)
    if not path.exists():
        raise BatchError(f"{path}: no such corpus file or directory")
    kind = _table_kind(path)
    import dask

    # cells as written: Dask's string conversion would turn a report that is not text (42) into
    # text ("42") and extract it as if it were one
    with dask.config.set({"dataframe.convert-string": False}):
        if kind == "txt":
            frame = _txt_directory(path, Path(dates) if dates else None)
            ddf = dd.from_pandas(frame, npartitions=1)
        else:
            ddf = _read_table(path, kind, blocksize=2**24)
    if "text" not in ddf.columns and "path" not in ddf.columns:
        raise BatchError(f"{path}: the corpus has no `text` column (columns: {list(ddf.columns)})")
    if "published" not in ddf.columns:
        raise BatchError(f"{path}: the corpus has no `published` column (dates the reports)")
    compute = client.compute if client is not None else None
    lengths = ddf.map_partitions(len).compute(**({} if compute else {"scheduler": "sync"}))
    lengths = [int(n) for n in lengths]
    offsets = [sum(lengths[:i]) for i in range(len(lengths))]
    meta = ddf._meta.assign(report_row=pd.Series(dtype="int64"))
    ddf = ddf.map_partitions(_number_rows, offsets, meta=meta)
    total = sum(lengths)
    want = max(1, math.ceil(total / max(1, rows_per_partition)))
    if want != ddf.npartitions:
        ddf = ddf.repartition(npartitions=want)
    return ddf, total


def _number_rows(part, offsets, partition_info=None):
    import numpy as np

    start = offsets[partition_info["number"]] if partition_info else 0
    return part.assign(report_row=np.arange(start + 1, start + 1 + len(part), dtype="int64"))


# -- extraction of one partition ------------------------------------------------------------------

#: Claims columns and their Arrow types, in the order of :meth:`Claim.row` (keys it may add later
#: go to ``extra`` as JSON, so every partition has the same schema).
CLAIM_TYPES = {
    "report_id": "str", "report_row": "int", "claim_uid": "str", "id": "str", "place": "str",
    "place_id": "str", "lat": "float", "lon": "float", "date": "str", "date_precision": "str",
    "claimant": "str", "side": "str", "claim": "str", "status": "str", "source": "str", "url": "str",
    "quote": "str", "published": "str", "notes": "str", "precision": "str", "radius_km": "float",
    "place_source": "str", "resolution": "str", "resolution_note": "str", "lang": "str",
    "extra": "str",
}  # fmt: skip
VERDICT_TYPES = {
    "report_id": "str", "report_row": "int", "statement_uid": "str", "sentence_index": "int",
    "subject": "str", "reference": "str", "qualifier": "str", "value": "float",
    "value_max": "float", "unit": "str", "direction": "str", "relation": "str",
    "alt_value": "float", "alt_unit": "str", "verdict": "str", "distance_verdict": "str",
    "direction_verdict": "str", "distance_km": "float", "distance_mi": "float",
    "bearing_deg": "float", "bearing_word": "str", "subject_geonameid": "str",
    "reference_geonameid": "str", "subject_place": "json", "reference_place": "json",
    "subject_score": "float", "reference_score": "float", "distance_error": "float",
    "distance_slack": "float", "precision_slack": "float", "qualifier_slack": "float",
    "extent_slack": "float", "stated_bearing_deg": "float", "direction_error_deg": "float",
    "direction_allowed_deg": "float", "alternatives": "json", "reason": "str",
    "explanation": "str", "sentence": "str", "span": "json", "lat": "float", "lon": "float",
    "reference_lat": "float", "reference_lon": "float", "extra": "str",
}  # fmt: skip
REPORT_TYPES = {
    "report_id": "str", "report_row": "int", "published": "str", "source": "str", "url": "str",
    "lang": "str", "ok": "bool", "claims": "int", "statements": "int", "error": "str",
}  # fmt: skip


def _missing(value) -> bool:
    if value is None:
        return True
    try:
        return bool(value != value)  # NaN, NaT, pd.NA
    except (TypeError, ValueError):
        return False


def _text_or_none(value) -> str | None:
    return None if _missing(value) or value == "" else str(value)


def _published(value) -> str | None:
    """The publication date as the string ``extract`` reads; None when absent."""
    if _missing(value):
        return None
    if isinstance(value, datetime):  # pandas Timestamp too
        return value.date().isoformat()
    if isinstance(value, Date):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def _report_id(value, row: int) -> str:
    if _missing(value) or str(value).strip() == "":
        return f"row{row}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def extract_reports(part, gz) -> tuple[list[dict], list[dict], list[dict]]:
    """Claims, statement verdicts and one status row per report of a partition.

    Every report yields a status row: ``ok`` with its counts, or the reason it failed.
    """
    from .extract import extract

    claims: list[dict] = []
    verdicts: list[dict] = []
    reports: list[dict] = []
    has = set(part.columns)
    for rec in part.to_dict("records"):
        row = int(rec["report_row"])
        rid = _report_id(rec.get("id"), row)
        source, url, lang = (_text_or_none(rec.get(c)) for c in ("source", "url", "lang"))
        status = {"report_id": rid, "report_row": row, "published": None, "source": source,
                  "url": url, "lang": lang, "ok": False, "claims": 0, "statements": 0, "error": None}  # fmt: skip
        reports.append(status)
        text = rec.get("text")
        if "path" in has and _missing(text) and not _missing(rec.get("path")):
            try:
                text = Path(rec["path"]).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                status["error"] = f"cannot read {rec['path']} ({type(exc).__name__}: {exc})"
                continue
        published = _published(rec.get("published"))
        status["published"] = published
        if not isinstance(text, str):
            status["error"] = f"text is not a string ({type(text).__name__}: {str(text)[:40]!r})"
            continue
        if not text.strip():
            status["error"] = "text is empty"
            continue
        if published is None:
            status["error"] = "no publication date (the `published` cell is empty)"
            continue
        try:
            result = extract(text, gz, published=published, source=source)
            rows = result.rows(source=source, url=url, published=published)
            found = [{"sentence_index": i, **v.to_dict()} for i, v in result.verdicts]
        except Exception as exc:  # one report's failure is recorded, the others go on
            status["error"] = f"{type(exc).__name__}: {exc}"
            continue
        for r in rows:
            claims.append({"report_id": rid, "report_row": row, "claim_uid": f"{rid}/{r['id']}",
                           "lang": lang, **r})  # fmt: skip
        for n, v in enumerate(found, 1):
            subject, reference = v.get("subject_place") or {}, v.get("reference_place") or {}
            verdicts.append({"report_id": rid, "report_row": row, "statement_uid": f"{rid}/s{n}",
                             **v, "lat": subject.get("lat"), "lon": subject.get("lon"),
                             "reference_lat": reference.get("lat"),
                             "reference_lon": reference.get("lon")})  # fmt: skip
        status.update(ok=True, claims=len(rows), statements=len(found))
    return claims, verdicts, reports


def _cell(value, kind: str):
    if _missing(value) if not isinstance(value, list | dict | tuple) else False:
        return None
    if kind == "float":
        return float(value)
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, default=str)
    return value if isinstance(value, str) else str(value)


_ARROW = {"str": "string", "json": "string", "float": "float64", "int": "int64", "bool": "bool_"}


def _arrow_table(rows: list[dict], types: dict, metadata: dict, *, geometry: bool):
    """An Arrow table of ``rows`` with exactly the columns of ``types`` (unknown keys → ``extra``);
    with ``geometry``, a WKB point column from ``lon``/``lat`` and GeoParquet metadata."""
    import numpy as np
    import pyarrow as pa

    cols = {}
    for name, kind in types.items():
        if name == "extra":
            values = [json.dumps({k: v for k, v in r.items() if k not in types}, ensure_ascii=False,
                                 default=str) if set(r) - set(types) else None for r in rows]  # fmt: skip
        else:
            values = [_cell(r.get(name), kind) for r in rows]
        cols[name] = pa.array(values, type=getattr(pa, _ARROW[kind])())
    meta = {b"frontmap": json.dumps(metadata, ensure_ascii=False, default=str).encode()}
    if geometry:
        lon = np.array([np.nan if _missing(r.get("lon")) else float(r["lon"]) for r in rows])
        lat = np.array([np.nan if _missing(r.get("lat")) else float(r["lat"]) for r in rows])
        cols["geometry"] = pa.array(_wkb_points(lon, lat), type=pa.binary())
        meta[b"geo"] = json.dumps(_geo_metadata(lon, lat)).encode()
    return pa.table(cols).replace_schema_metadata(meta)


def _wkb_points(lon, lat) -> list:
    import numpy as np
    import shapely

    ok = ~(np.isnan(lon) | np.isnan(lat))
    out = [None] * len(lon)
    if ok.any():
        wkb = shapely.to_wkb(shapely.points(lon[ok], lat[ok]))
        for i, b in zip(np.flatnonzero(ok), wkb, strict=True):
            out[i] = b
    return out


def _geo_metadata(lon, lat) -> dict:
    """GeoParquet 1.1 metadata of a WKB point column in OGC:CRS84 (lon, lat)."""
    import numpy as np

    ok = ~(np.isnan(lon) | np.isnan(lat))
    column = {"encoding": "WKB", "geometry_types": ["Point"]}
    if ok.any():
        column["bbox"] = [float(lon[ok].min()), float(lat[ok].min()),
                          float(lon[ok].max()), float(lat[ok].max())]  # fmt: skip
    return {"version": "1.1.0", "primary_column": "geometry", "columns": {"geometry": column}}


def _write(table, path: Path) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    pq.write_table(table, tmp)
    os.replace(tmp, path)


def _extract_task(part, number: int, out: str, home: str, version: list[dict], metadata: dict):
    """Extract one partition and write its three part files; returns its counts and failures."""
    started, cpu = time.perf_counter(), time.process_time()
    gz = worker_gazetteer(home, version)
    with _LOCK:  # a worker's threads share one gazetteer (SQLite connection, memo)
        claims, verdicts, reports = extract_reports(part, gz)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    name = f"part-{number:05d}.parquet"
    _write(_arrow_table(claims, CLAIM_TYPES, metadata, geometry=True), Path(out, "claims", name))
    _write(_arrow_table(verdicts, VERDICT_TYPES, metadata, geometry=True),
           Path(out, "statements", name))  # fmt: skip
    _write(_arrow_table(reports, REPORT_TYPES, metadata, geometry=False),
           Path(out, "reports", name))  # fmt: skip
    return {
        "partition": number, "reports": len(reports), "claims": len(claims),
        "statements": len(verdicts), "pid": os.getpid(), "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
        "failures": [{"report_id": r["report_id"], "report_row": r["report_row"], "error": r["error"]}
                     for r in reports if not r["ok"]],
    }  # fmt: skip


# -- deduplication --------------------------------------------------------------------------------

DEDUPE_KEY = ("place_key", "date", "claimant")


def dedupe_claims(claims):
    """One claim per place per day per claimant (the first by report row), as event datasets count.

    The place is its ``place_id`` where resolved, else its folded name. Adds ``n_raw`` (the
    number of raw claims it stands for) and ``raw_claim_uids`` (``;``-joined); the raw rows stay
    in ``claims/``.
    """
    import pandas as pd

    if claims.empty:
        return claims.assign(n_raw=pd.Series(dtype="int64"), raw_claim_uids=pd.Series(dtype="str"))
    frame = claims.assign(
        place_key=claims["place_id"].fillna("name:" + claims["place"].str.casefold())
    )
    frame = frame.sort_values(["report_row", "claim_uid"], kind="stable")
    grouped = frame.groupby(list(DEDUPE_KEY), sort=True, dropna=False)
    first = grouped.head(1).set_index(list(DEDUPE_KEY))
    first["n_raw"] = grouped.size()
    first["raw_claim_uids"] = grouped["claim_uid"].agg(";".join)
    return (
        first.reset_index()
        .drop(columns="place_key")
        .sort_values(["report_row", "claim_uid"], kind="stable", ignore_index=True)
    )


# -- running extraction ---------------------------------------------------------------------------


@dataclass
class Summary:
    """What a batch run did: counts, failures with reasons, where the outputs are.

    For ``extract`` a unit is a report; for ``check-lines`` a row (failures then list each
    distinct reason with its number of rows).
    """

    kind: str = "extract"
    reports: int = 0
    ok: int = 0
    failed: int = 0
    claims: int = 0
    statements: int = 0
    failures: list[dict] = field(default_factory=list)
    partitions: int = 0
    workers: int = 0
    seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        unit = "reports" if self.kind == "extract" else "rows"
        counts = {"claims": self.claims, "statements": self.statements} if self.kind == "extract" else {}  # fmt: skip
        return {"job": self.kind, unit: self.reports, "ok": self.ok, "failed": self.failed,
                **counts, "partitions": self.partitions, "workers": self.workers,
                "seconds": round(self.seconds, 3), **self.extra, "failures": self.failures}  # fmt: skip


def _progress(total: int, label: str, quiet: bool):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn

    return Progress(
        f"[bold]{label}[/]", BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=Console(stderr=True), disable=quiet, transient=False,
    )  # fmt: skip


def _prepare_out(out: Path) -> None:
    if out.exists() and any(out.iterdir()):
        raise BatchError(f"{out}: the output directory is not empty; give a new one")
    out.mkdir(parents=True, exist_ok=True)


def _open_gazetteer(home: str | None):
    import gazetteer
    from gazetteer.datadir import data_dir

    resolved = str(data_dir(home).resolve())
    gz = gazetteer.open(resolved)  # builds the embedded store once, here, not on the workers
    return resolved, gz


def run_extract(
    corpus: str | os.PathLike,
    out: str | os.PathLike,
    *,
    client=None,
    home: str | os.PathLike | None = None,
    dates: str | os.PathLike | None = None,
    rows_per_partition: int = ROWS_PER_PARTITION,
    dedupe: bool = False,
    quiet: bool = False,
) -> Summary:
    """Extract every report of ``corpus`` into ``out/`` (claims/, statements/, reports/, summary).

    With ``client`` (a ``distributed.Client``) the partitions run on its workers; without, one by
    one in this process — the same function on the same partitions, so the same rows.
    """
    out = Path(out)
    started = time.perf_counter()
    home, gz = _open_gazetteer(home)
    version = gazetteer_version(gz)
    gz.close()
    ddf, total = read_corpus(corpus, dates=dates, rows_per_partition=rows_per_partition,
                             client=client)  # fmt: skip
    _prepare_out(out)
    metadata = {"frontmap_batch": "extract", "corpus": str(corpus), "gazetteer": version,
                "frontmap_version": _version()}  # fmt: skip
    summary = Summary(partitions=ddf.npartitions)
    parts = ddf.to_delayed()
    results: list[dict] = []
    with _progress(len(parts), "extract", quiet) as bar:
        job = bar.add_task("extract", total=len(parts))
        if client is None:
            for i, p in enumerate(parts):
                results.append(_extract_task(p.compute(scheduler="sync"), i, str(out), home,
                                             version, metadata))  # fmt: skip
                bar.advance(job)
            summary.workers = 1
        else:
            results += _run_on_cluster(client, parts, home, version, metadata, out, bar, job)
            summary.workers = len(client.scheduler_info()["workers"])
    results.sort(key=lambda r: r["partition"])
    for r in results:
        summary.reports += r.get("reports", 0)
        summary.claims += r.get("claims", 0)
        summary.statements += r.get("statements", 0)
        summary.failures += r["failures"]
    summary.ok = summary.reports - sum(1 for f in summary.failures if "report_id" in f)
    lost = total - summary.reports
    if lost > 0 and not any("partition" in f for f in summary.failures):
        summary.failures.append({"error": f"{lost} report(s) of {total} were not accounted for"})
    summary.reports = max(total, summary.reports)
    summary.failed = summary.reports - summary.ok
    summary.extra = {"gazetteer": version, "rows_in_corpus": total,
                     "pids": sorted({r["pid"] for r in results if "pid" in r}),
                     "task_seconds": [r.get("seconds") for r in results],
                     "cpu_seconds": round(sum(r.get("cpu_seconds", 0) for r in results), 3)}  # fmt: skip
    if dedupe:
        summary.extra["claims_deduplicated"] = _dedupe_outputs(out, metadata)
    summary.seconds = time.perf_counter() - started
    (out / "summary.json").write_text(
        json.dumps(summary.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    return summary


def _run_on_cluster(client, parts, home, version, metadata, out, bar, job) -> list[dict]:
    import dask
    from distributed import as_completed

    try:
        client.register_plugin(GazetteerPlugin(home, version))
    except BatchError:
        raise
    except Exception as exc:
        raise BatchError(f"the workers cannot open the gazetteer in {home}: {exc}") from exc
    tasks = [dask.delayed(_extract_task)(p, i, str(out), home, version, metadata,
                                         dask_key_name=f"frontmap-extract-{i}")
             for i, p in enumerate(parts)]  # fmt: skip
    futures = client.compute(tasks)
    index = {f.key: i for i, f in enumerate(futures)}
    results = []
    for future in as_completed(futures):
        i = index[future.key]
        try:
            results.append(future.result())
        except BatchError:
            raise
        except Exception as exc:  # a lost worker, a partition that cannot be read
            results.append({"partition": i, "failures": [
                {"partition": i, "error": f"partition {i} failed ({type(exc).__name__}: {exc}); "
                 "its reports are not in the outputs"}]})  # fmt: skip
        bar.advance(job)
    return results


def _dedupe_outputs(out: Path, metadata: dict) -> int:
    import pyarrow.parquet as pq

    claims = pq.read_table(out / "claims").to_pandas()
    kept = dedupe_claims(claims.drop(columns="geometry"))
    types = {**CLAIM_TYPES, "n_raw": "int", "raw_claim_uids": "str"}
    rows = kept.to_dict("records")
    _write(_arrow_table(rows, types, {**metadata, "deduplicated_by": list(DEDUPE_KEY)},
                        geometry=True), out / "claims-dedup" / "part-00000.parquet")  # fmt: skip
    return len(rows)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("frontmap")
    except PackageNotFoundError:
        return "unknown"


# -- front-line checks ----------------------------------------------------------------------------


class LineIndex:
    """A snapshot series prepared for vectorised status: per snapshot its class polygons and an
    STRtree of the occupied area's boundary segments (built on first use in each process)."""

    def __init__(self, series):
        import hashlib

        import numpy as np
        import shapely

        self.series = series
        self.dates = np.array([s.date for s in series.snapshots], dtype="datetime64[D]")
        occupied = [self._occupied(s) for s in series.snapshots]
        known = [g for g in occupied if g is not None and not g.is_empty]
        if known:
            x0, y0, x1, y1 = shapely.total_bounds(known)
            self.centre = ((y0 + y1) / 2, (x0 + x1) / 2)
        else:
            self.centre = (48.5, 31.5)
        digest = hashlib.sha256()
        for s in series.snapshots:
            digest.update(f"{s.date}|{s.source}|".encode())
            for cls in sorted(s.layers):
                digest.update(cls.encode() + shapely.to_wkb(s.layers[cls]))
        self.token = digest.hexdigest()[:16]
        self._trees: dict[int, tuple] = {}

    @staticmethod
    def _occupied(snap):
        geom = snap.layers.get("occupied")
        return geom if geom is not None else snap.layers.get("isw_control_ru")

    def __getstate__(self):
        return {k: v for k, v in self.__dict__.items() if k not in ("_trees", "_proj")} | {
            "_trees": {}
        }

    def _projection(self):
        proj = getattr(self, "_proj", None)
        if proj is None:
            from pyproj import Transformer

            lat, lon = self.centre
            crs = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84"
            proj = (Transformer.from_crs("EPSG:4326", crs, always_xy=True),
                    Transformer.from_crs(crs, "EPSG:4326", always_xy=True))  # fmt: skip
            self._proj = proj
        return proj

    def _tree(self, i: int):
        """``(prepared classes in priority order, occupied, STRtree, segment starts, ends)``."""
        import numpy as np
        import shapely

        from .frontline import _PRIORITY

        if i in self._trees:
            return self._trees[i]
        snap = self.series.snapshots[i]
        classes = sorted(snap.layers, key=lambda c: _PRIORITY.index(c) if c in _PRIORITY else 99)
        for c in classes:
            shapely.prepare(snap.layers[c])
        occupied = self._occupied(snap)
        tree = a = b = None
        if occupied is not None and not occupied.is_empty:
            fwd, _ = self._projection()
            rings = shapely.get_parts(shapely.boundary(occupied))
            coords, part = shapely.get_coordinates(rings, return_index=True)
            x, y = fwd.transform(coords[:, 0], coords[:, 1])
            xy = np.column_stack([x, y])
            same = part[:-1] == part[1:]
            a, b = xy[:-1][same], xy[1:][same]
            tree = shapely.STRtree(shapely.linestrings(np.stack([a, b], axis=1)))
        self._trees[i] = (classes, occupied, tree, a, b)
        return self._trees[i]

    def status(self, lat, lon, dates):
        """Class, snapshot date, source and signed distance (km; + inside) for arrays of points.

        ``dates``: ``datetime64[D]`` (NaT → ``"no date"``). Points before the first snapshot are
        ``"no data"``.
        """
        import numpy as np
        import shapely
        from pyproj import Geod

        n = len(lat)
        lat = np.asarray(lat, dtype=float)
        lon = np.asarray(lon, dtype=float)
        cls = np.full(n, None, dtype=object)
        snapshot = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
        source = np.full(n, None, dtype=object)
        distance = np.full(n, np.nan)
        valid = ~np.isnat(dates)
        which = np.full(n, -1)
        which[valid] = np.searchsorted(self.dates, dates[valid], side="right") - 1
        cls[valid & (which < 0)] = "no data"
        located = ~(np.isnan(lat) | np.isnan(lon))
        geod = Geod(ellps="WGS84")
        for i in np.unique(which[valid & located & (which >= 0)]):
            rows = np.flatnonzero((which == i) & located)
            snap = self.series.snapshots[i]
            classes, occupied, tree, a, b = self._tree(int(i))
            x, y = lon[rows], lat[rows]
            got = np.full(len(rows), "outside", dtype=object)
            free = np.ones(len(rows), dtype=bool)
            for c in classes:
                hit = free & shapely.intersects_xy(snap.layers[c], x, y)
                got[hit] = c
                free &= ~hit
            cls[rows], snapshot[rows], source[rows] = got, np.datetime64(snap.date), snap.source
            if tree is None:
                continue
            fwd, back = self._projection()
            px, py = fwd.transform(x, y)
            p = np.column_stack([px, py])
            _, seg = tree.query_nearest(shapely.points(p), all_matches=False)
            sa, sb = a[seg], b[seg]
            d = sb - sa
            t = np.clip(np.einsum("ij,ij->i", p - sa, d) / np.maximum(np.einsum("ij,ij->i", d, d), 1e-12), 0, 1)  # fmt: skip
            q = sa + t[:, None] * d
            qlon, qlat = back.transform(q[:, 0], q[:, 1])
            _, _, metres = geod.inv(x, y, qlon, qlat)
            inside = shapely.intersects_xy(occupied, x, y)
            distance[rows] = np.where(inside, metres, -metres) / 1000.0
        return cls, snapshot, source, distance


def _resolve_names(gz, names, admins) -> dict:
    """``(name, admin) → (lat, lon, place_id, radius_km, error)``, by the rules of
    ``frontmap frontline status``: an exact, unambiguous reading or an error."""
    from gazetteer import GazetteerError

    found: dict = {}
    cache = _PROCESS.setdefault("resolved", {})
    for name, admin in zip(names, admins, strict=True):
        k = (name, admin)
        if k in cache:
            found[k] = cache[k]
            continue
        try:
            c = gz.resolve(name, in_admin=admin or None, limit=5, online=False)
            readings = "; ".join(
                f"{x.place.name} ({x.place.admin_path}; {x.place.id})" for x in c[:4]
            )
            if c.best.match_kind == "fuzzy":
                answer = (None, None, None, None, f"{name!r} matches no place exactly (did you mean {readings}?)")  # fmt: skip
            elif c.ambiguous:
                answer = (None, None, None, None, f"{name!r} is ambiguous: {readings}")
            else:
                p = c.best.place
                radius = p.radius_km if p.precision != "point" else None
                answer = (p.lat, p.lon, p.id, radius, None)
        except GazetteerError as exc:
            answer = (None, None, None, None, str(exc))
        cache[k] = found[k] = answer
    return found


def line_status(part, token: str, home: str | None = None, version: list[dict] | None = None):
    """Front-line status of every row of a partition (vectorised per snapshot).

    Rows have ``date`` and ``lat``/``lon`` or ``place`` (optional ``admin``). Adds ``place_id``,
    ``radius_km``, ``class``, ``snapshot``, ``snapshot_source``, ``distance_km``, ``error``.
    A place known only to an area is checked as a disc (:meth:`Series.area_status`, once per
    place and snapshot): its class may be ``cannot tell`` and it has no distance.
    """
    import numpy as np
    import pandas as pd

    index = _worker_lines(token)
    n = len(part)
    lat, lon = (
        pd.to_numeric(part[c], errors="coerce").to_numpy(float, copy=True)
        if c in part else np.full(n, np.nan) for c in ("lat", "lon")
    )  # fmt: skip
    error = np.full(n, None, dtype=object)
    place_id = np.full(n, None, dtype=object)
    radius = np.full(n, np.nan)
    if "place" in part:
        need = np.isnan(lat) & part["place"].notna().to_numpy()
        if need.any():
            gz = worker_gazetteer(home, version)
            admin = part["admin"] if "admin" in part else pd.Series("", index=part.index)
            keys = pd.DataFrame({"place": part["place"].astype(str),
                                 "admin": admin.fillna("").astype(str)})[need]  # fmt: skip
            unique = keys.drop_duplicates()
            with _LOCK:
                found = _resolve_names(gz, unique["place"].tolist(), unique["admin"].tolist())
            table = pd.DataFrame([(k[0], k[1], *v) for k, v in found.items()],
                                 columns=["place", "admin", "lat", "lon", "place_id", "radius_km", "error"])  # fmt: skip
            got = keys.merge(table, on=["place", "admin"], how="left")
            lat[need] = got["lat"].to_numpy(float)
            lon[need] = got["lon"].to_numpy(float)
            place_id[need] = got["place_id"].to_numpy(object)
            radius[need] = got["radius_km"].to_numpy(float)
            error[need] = got["error"].to_numpy(object)
    raw = part["date"] if "date" in part else pd.Series(None, index=part.index)
    dates = pd.to_datetime(raw.astype("string"), errors="coerce", format="ISO8601")
    days = dates.to_numpy("datetime64[D]") if hasattr(dates, "to_numpy") else dates.values.astype("datetime64[D]")  # fmt: skip
    bad = np.isnat(days) & pd.isna(error)
    error[bad] = [f"date {v!r} is not a date (YYYY-MM-DD)" for v in raw.to_numpy(object)[bad]]
    unplaced = np.isnan(lat) & pd.isna(error)
    error[unplaced] = "no lat/lon and no place to resolve"
    cls, snapshot, source, distance = index.status(lat, lon, days)
    area = ~np.isnan(radius) & ~np.isnat(snapshot)
    if area.any():
        seen: dict = {}
        for r in np.flatnonzero(area):  # once per (place, snapshot): few, not one per row
            k = (place_id[r], snapshot[r])
            if k not in seen:
                seen[k] = index.series.area_status(
                    lat[r], lon[r], radius[r], snapshot[r].item()
                ).cls
            cls[r] = seen[k]
        distance[area] = np.nan
    cls[pd.notna(error)] = "error"
    error[pd.isna(error)] = None
    return part.assign(
        lat=lat, lon=lon, place_id=pd.array(place_id, dtype="string"),
        radius_km=radius, **{"class": pd.array(cls, dtype="string")},
        snapshot=pd.array(snapshot.astype("datetime64[s]")).astype("datetime64[s]"),
        snapshot_source=pd.array(source, dtype="string"), distance_km=distance,
        error=pd.array(error, dtype="string"),
    )  # fmt: skip


def read_events(path: str | os.PathLike):
    """An events table (Parquet/CSV/JSONL) as a ``dask.dataframe``: a partition per Parquet file
    or row group (``dask.dataframe.read_parquet``), per 64 MB of CSV or JSONL."""
    path = Path(path)
    if not path.exists():
        raise BatchError(f"{path}: no such events file or directory")
    kind = _table_kind(path)
    if kind == "txt":
        raise BatchError(f"{path}: check-lines reads a table (Parquet, CSV or JSONL), not .txt files")  # fmt: skip
    if kind == "csv":
        dd = _need("dask.dataframe")
        ddf = dd.read_csv(str(path), blocksize=2**26, dtype=object, keep_default_na=False)
    else:
        ddf = _read_table(path, kind, blocksize=2**26)
    cols = set(ddf.columns)
    if "date" not in cols or not ({"lat", "lon"} <= cols or "place" in cols):
        raise BatchError(
            f"{path}: check-lines needs a `date` column and `lat`/`lon` or `place` "
            f"(columns: {sorted(cols)})"
        )
    if kind == "csv":
        ddf = ddf.replace("", None)
    return ddf


def run_check_lines(
    events,
    layers,
    out: str | os.PathLike,
    *,
    client=None,
    home: str | os.PathLike | None = None,
    quiet: bool = False,
) -> Summary:
    """Front-line status of every row of ``events`` against the series in ``layers``, written
    as partitioned GeoParquet (dask-geopandas) to ``out/lines/`` with ``summary.json``."""
    dask = _need("dask")
    dgpd = _need("dask_geopandas")
    from . import frontline

    started = time.perf_counter()
    out = Path(out)
    series = frontline.load(*layers) if isinstance(layers, list | tuple) else frontline.load(layers)
    index = LineIndex(series)
    ddf = read_events(events) if isinstance(events, str | os.PathLike) else events
    home_path = version = None
    if "place" in ddf.columns:
        home_path, gz = _open_gazetteer(home)
        version = gazetteer_version(gz)
        gz.close()
    _prepare_out(out)
    metadata = {"frontmap_batch": "check-lines", "layers": [str(p) for p in (layers if isinstance(layers, list | tuple) else [layers])],
                "snapshots": [str(d) for d in series.dates], "series_token": index.token,
                "gazetteer": version, "frontmap_version": _version()}  # fmt: skip
    if client is not None:
        client.register_plugin(LinesPlugin(index))
        if home_path is not None:
            client.register_plugin(GazetteerPlugin(home_path, version))
    else:
        LinesPlugin(index).setup()
    meta = _status_meta(ddf._meta)
    checked = ddf.map_partitions(line_status, index.token, home_path, version, meta=meta)
    gdf = dgpd.from_dask_dataframe(
        checked, geometry=dgpd.points_from_xy(checked, "lon", "lat", crs="EPSG:4326")
    )
    try:
        write = gdf.to_parquet(str(out / "lines"), compute=False, write_index=False,
                               custom_metadata={"frontmap": json.dumps(metadata, default=str)})  # fmt: skip
        if client is None:
            from dask.diagnostics import ProgressBar

            with dask.config.set(scheduler="sync"), _maybe(ProgressBar(out=sys.stderr), not quiet):
                write.compute()
        else:
            from distributed import progress

            try:
                future = client.compute(write)
                if not quiet:
                    progress(future, notebook=False)  # Dask's own bar, on stderr
                    print(file=sys.stderr)
                future.result()
            except FrontmapError:
                raise
            except Exception as exc:  # a lost worker, an unreadable partition
                raise BatchError(
                    f"check-lines failed on the cluster ({type(exc).__name__}: {exc}); "
                    f"partial output may be in {out / 'lines'}"
                ) from exc
        counts = _count_lines(out / "lines")
    finally:
        if client is None:
            LinesPlugin(index).teardown()
    summary = Summary(partitions=gdf.npartitions, workers=len(client.scheduler_info()["workers"]) if client else 1)  # fmt: skip
    summary.kind = "check-lines"
    summary.reports = int(sum(counts["class"].values()))
    summary.failed = counts["class"].get("error", 0)
    summary.ok = summary.reports - summary.failed
    summary.failures = counts["errors"]
    summary.seconds = time.perf_counter() - started
    summary.extra = {"classes": counts["class"], "gazetteer": version,
                     "series": metadata["snapshots"], "series_token": index.token,
                     "rows_per_second": round(summary.reports / summary.seconds, 1)}  # fmt: skip
    (out / "summary.json").write_text(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1, default=str), encoding="utf-8")  # fmt: skip
    return summary


@contextmanager
def _maybe(manager, active: bool):
    if active:
        with manager:
            yield
    else:
        yield


def _status_meta(sample):
    import pandas as pd

    return sample.assign(
        lat=pd.Series(dtype="float64"), lon=pd.Series(dtype="float64"),
        place_id=pd.Series(dtype="string"), radius_km=pd.Series(dtype="float64"),
        **{"class": pd.Series(dtype="string")}, snapshot=pd.Series(dtype="datetime64[s]"),
        snapshot_source=pd.Series(dtype="string"), distance_km=pd.Series(dtype="float64"),
        error=pd.Series(dtype="string"),
    )  # fmt: skip


def _count_lines(path: Path, max_errors: int = 100) -> dict:
    """Rows by class and the first errors (with their reasons), read column-wise."""
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    dataset = ds.dataset(str(path), format="parquet")
    table = dataset.to_table(columns=["class", "error"])
    classes = {str(r["values"]): int(r["counts"]) for r in pc.value_counts(table["class"]).to_pylist()}  # fmt: skip
    errors = table.filter(pc.is_valid(table["error"]))
    reasons = pc.value_counts(errors["error"]).to_pylist()
    return {"class": classes, "errors": [{"error": r["values"], "rows": r["counts"]} for r in reasons[:max_errors]]}  # fmt: skip
