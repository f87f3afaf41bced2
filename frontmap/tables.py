"""Reading and writing users' tables safely: CSV rows by the csv module, atomic writes, and
cells a spreadsheet will not run.

Decisions:

* CSV files are read by the :mod:`csv` module from the file itself (``newline=""``), so a quoted
  newline stays inside its cell and only ``\\r``/``\\n`` end a row (U+2028, U+0085 and form feed
  are text). A row's line number is the physical line it starts on.
* A cell may hold up to :data:`CSV_FIELD_LIMIT` characters (16 MiB); a larger one is an error
  naming the line. Duplicate column names are an error naming the column; a row with more cells
  than the header is reported with its line, never shifted or dropped.
* CSV outputs neutralise formula injection as OWASP recommends: a text cell starting with ``=``,
  ``+``, ``-``, ``@``, tab or carriage return gets a leading ``'`` (numbers such as ``-12.5`` are
  left alone). Our readers remove that one quote again, so files round-trip.
* Writing files safely (atomically, never over an input) lives in :mod:`frontmap.writing`.
"""

from __future__ import annotations

import csv
import os
import re
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "CSV_FIELD_LIMIT",
    "CsvRow",
    "physical_lines",
    "read_csv",
    "restore_cell",
    "safe_cell",
    "safe_row",
]

CSV_FIELD_LIMIT = 16 * 1024 * 1024
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

#: ``(line, cells by column, problem or None)``
CsvRow = tuple[int, dict, str | None]


def physical_lines(text: str) -> list[str]:
    """Split on ``\\r\\n``, ``\\r`` and ``\\n`` only (not U+2028, U+0085 or form feed)."""
    return _LINE_BREAK.split(text)


def read_csv(path: str | os.PathLike) -> tuple[list[str], list[CsvRow]]:
    """The header and every data row of a CSV file, each with its starting line.

    Blank lines are skipped. A row with more cells than the header is returned with a problem
    (``file line N: 5 cells, the header has 4``) and its cells under the known columns.

    Raises
    ------
    FrontmapError
        The file cannot be read, has no header, repeats a column name, or a cell exceeds the
        size limit; the message names the file (and line).
    """
    path = Path(path)
    rows: list[CsvRow] = []
    limit = csv.field_size_limit(CSV_FIELD_LIMIT)  # the module's limit is global: restored below
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = None
            while True:
                start = reader.line_num + 1
                try:
                    cells = next(reader)
                except StopIteration:
                    break
                except csv.Error as exc:
                    raise FrontmapError(f"{path} line {start}: {exc}") from None
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue
                if header is None:
                    header = [c.strip() for c in cells]
                    seen = set()
                    for name in header:
                        if name in seen:
                            raise FrontmapError(
                                f"{path} line {start}: column {name!r} appears twice; "
                                "rename or remove one"
                            )
                        seen.add(name)
                    continue
                problem = None
                if len(cells) > len(header):
                    problem = (
                        f"{path} line {start}: {len(cells)} cells, the header has {len(header)}"
                    )
                row = {name: restore_cell(cells[i]) if i < len(cells) else None
                       for i, name in enumerate(header)}  # fmt: skip
                rows.append((start, row, problem))
    except (OSError, UnicodeDecodeError) as exc:
        raise FrontmapError(f"{path}: cannot read ({exc})") from exc
    finally:
        csv.field_size_limit(limit)
    if header is None:
        raise FrontmapError(f"{path}: empty; a CSV needs a header row")
    return header, rows


def safe_cell(value):
    """A cell a spreadsheet shows as text: ``'=1+2`` for ``=1+2``; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def restore_cell(value):
    """Undo :func:`safe_cell` (a ``'`` before a formula character is dropped)."""
    if isinstance(value, str) and len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t\r":
        return value[1:]
    return value


def safe_row(row: dict) -> dict:
    """:func:`safe_cell` on every value of a row."""
    return {k: safe_cell(v) for k, v in row.items()}
