"""Checking files of sentences: every input row comes out, failures with their reason."""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .errors import FrontmapError
from .tables import physical_lines, read_csv, safe_row
from .verify import verify_sentence
from .writing import atomic_path, refuse_inputs

__all__ = [
    "CSV_COLUMNS",
    "FileSummary",
    "check_file",
    "every_reading",
    "read_check_json",
    "read_sentences",
]

#: Columns of ``frontmap check --file … -o results.csv``, in order.
CSV_COLUMNS = [
    "line", "statement", "sentence", "verdict", "subject", "reference", "qualifier", "value",
    "value_max", "unit", "direction", "relation", "alt_value", "alt_unit", "distance_km",
    "distance_mi", "bearing_deg", "bearing_word", "distance_verdict", "direction_verdict",
    "subject_geonameid", "reference_geonameid", "distance_error", "distance_slack",
    "direction_error_deg", "direction_allowed_deg", "reason", "explanation", "error",
]  # fmt: skip


@dataclass
class FileSummary:
    """What :func:`check_file` did: input rows, result rows and verdict counts."""

    inputs: int
    rows: list[dict] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)


def read_sentences(path: str | os.PathLike) -> list[tuple[int, str | None, str | None]]:
    """``(line, sentence, problem)`` for every input row of a .txt, .csv or .jsonl file.

    A row that cannot be read is returned with its problem, not dropped.

    Raises
    ------
    FrontmapError
        The file cannot be read at all, has an unknown suffix, or a CSV lacks a ``sentence`` column.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    rows: list[tuple[int, str | None, str | None]] = []
    if suffix == ".csv":
        header, table = read_csv(path)
        if "sentence" not in header:
            raise FrontmapError(
                f"{path}: no 'sentence' column (columns: {header}); "
                "put the sentences in a column named sentence"
            )
        for line, row, problem in table:
            sentence = (row.get("sentence") or "").strip()
            if problem:
                rows.append((line, sentence or None, problem))
            else:
                rows.append((line, sentence or None, None if sentence else "empty sentence"))
        return rows
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontmapError(f"{path}: cannot read ({exc})") from exc
    if suffix == ".txt":
        for n, line in enumerate(physical_lines(text), 1):
            if line.strip():
                rows.append((n, line.strip(), None))
    elif suffix == ".jsonl":
        for n, line in enumerate(physical_lines(text), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as exc:
                reason = getattr(exc, "msg", "nested too deeply")
                rows.append((n, None, f"{path} line {n}: not valid JSON ({reason})"))
                continue
            sentence = record.get("sentence") if isinstance(record, dict) else None
            if not isinstance(sentence, str) or not sentence.strip():
                rows.append((n, None, f"{path} line {n}: no 'sentence' text"))
            else:
                rows.append((n, sentence.strip(), None))
    else:
        raise FrontmapError(f"{path}: unknown file type {suffix!r}; use .txt, .csv or .jsonl")
    return rows


def check_file(path, gz, *, output=None, progress=None, date=None, series=None) -> FileSummary:
    """Verify every statement of every sentence in a file.

    Parameters
    ----------
    path
        A .txt (a sentence a line), .csv (``sentence`` column) or .jsonl (``sentence`` field).
    gz
        An open :class:`gazetteer.Gazetteer`.
    output
        Optional ``.csv`` or ``.jsonl`` to write the result rows to.
    progress
        A :class:`rich.console.Console` to show a progress bar on, or None.
    date, series
        The day the sentences were written and a dated front-line series, to check
        distances to the front line (:func:`frontmap.verify.verify`); one date for the file.

    Returns
    -------
    FileSummary
        One result row per statement, and one per input row with no statement or a problem
        (verdict ``no_statement`` or ``error``, with the reason).
    """
    inputs = read_sentences(path)
    if output is not None and Path(output).suffix.lower() not in (".csv", ".jsonl"):
        raise FrontmapError(f"{output}: write results as .csv or .jsonl")
    if output is not None:
        refuse_inputs(output, {"sentences": path})
    summary = FileSummary(inputs=len(inputs))
    iterator = inputs
    if progress is not None and len(inputs) > 20:
        from rich.progress import track

        iterator = track(inputs, description="checking", console=progress, transient=True)
    for line, sentence, problem in iterator:
        base = {"line": line, "sentence": sentence}
        if problem:
            _add(summary, {**base, "verdict": "error", "error": problem})
            continue
        try:
            verdicts = verify_sentence(sentence, gz, date=date, series=series)
        except Exception as exc:  # a bad row is reported and kept, never fatal
            _add(summary, {**base, "verdict": "error", "error": f"{type(exc).__name__}: {exc}"})
            continue
        if not verdicts:
            _add(summary, {**base, "verdict": "no_statement",
                           "error": "no distance or direction statement found"})  # fmt: skip
        for i, v in enumerate(verdicts, 1):
            d = v.to_dict()
            d["every_reading"] = every_reading(d)
            d.pop("subject_place", None)
            d.pop("reference_place", None)
            d["alternatives"] = len(d["alternatives"])
            _add(summary, {**base, "statement": i, **d})
    if output is not None:
        _write(summary.rows, Path(output))
    return summary


_ORDER = ("consistent", "loose", "inconsistent")


def every_reading(verdict: dict) -> str | None:
    """For an ``ambiguous`` verdict (as :meth:`Verdict.to_dict`), the verdict every reading of
    the name gets when they all get the same one — ``"inconsistent"`` for "Yasenove lies 60
    miles north of Pokrovsk", wrong whichever Yasenove is meant; otherwise None."""
    alternatives = verdict.get("alternatives")
    if verdict.get("verdict") != "ambiguous" or not isinstance(alternatives, list):
        return None
    parts = [v for v in (verdict.get("distance_verdict"), verdict.get("direction_verdict")) if v]
    main = max(parts, key=lambda v: _ORDER.index(v) if v in _ORDER else -1) if parts else None
    readings = {main, *(a.get("verdict") for a in alternatives)}
    return readings.pop() if len(readings) == 1 and alternatives else None


def _add(summary: FileSummary, row: dict) -> None:
    summary.rows.append(row)
    summary.counts[row["verdict"]] += 1


def _write(rows: list[dict], output: Path) -> None:
    with atomic_path(output) as tmp, open(tmp, "w", encoding="utf-8", newline="") as handle:
        if output.suffix.lower() == ".csv":
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, extrasaction="ignore")
            writer.writeheader()
            writer.writerows(safe_row(r) for r in rows)
        else:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")


def read_check_json(path: str | os.PathLike) -> list[str]:
    """The sentences of a ``frontmap check --json`` file: a JSON array of objects with ``sentence``.

    Rows whose ``sentence`` is null (input rows that could not be read) are skipped.

    Raises
    ------
    FrontmapError
        The file cannot be read, is not JSON (with the line and column), or is not such an
        array; the message names the file.
    """
    path = Path(path)
    expected = "expected `frontmap check --json` output (an array of objects with a 'sentence')"
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontmapError(f"{path}: cannot read ({exc})") from exc
    except json.JSONDecodeError as exc:
        raise FrontmapError(
            f"{path} line {exc.lineno} column {exc.colno}: not valid JSON ({exc.msg}); {expected}"
        ) from exc
    if not isinstance(data, list):
        raise FrontmapError(f"{path}: holds a JSON {type(data).__name__}, not an array; {expected}")
    sentences = []
    for i, row in enumerate(data, 1):
        sentence = row.get("sentence", 0) if isinstance(row, dict) else 0
        if sentence is not None and not isinstance(sentence, str):  # None: a row that had none
            raise FrontmapError(f"{path}: item {i} has no 'sentence' text; {expected}")
        if sentence:
            sentences.append(sentence)
    return sentences
