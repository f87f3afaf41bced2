"""Reading and writing users' tables safely: CSV rows by the csv module, atomic writes, and
cells a spreadsheet will not run.

Decisions:

* CSV files are read by the :mod:`csv` module from the file itself (``newline=""``), so a quoted
  newline stays inside its cell and only ``\\r``/``\\n`` end a row (U+2028, U+0085 and form feed
  are text). A row's line number is the physical line it starts on.
* :func:`read_csv_columns` reads a well-formed file column by column (pyarrow's parser, line
  numbers from the positions of its line breaks) and gives exactly what :func:`read_csv` gives;
  a file it cannot vouch for (odd quoting, lone ``\\r``, short or long rows, lines of spaces, bad
  UTF-8…) it leaves to :func:`read_csv`, which reads any file and names what is wrong.
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
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "CSV_FIELD_LIMIT",
    "CsvColumns",
    "CsvRow",
    "physical_lines",
    "read_csv",
    "read_csv_columns",
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


@dataclass(frozen=True)
class CsvColumns:
    """A CSV file read column by column: what :func:`read_csv` gives, as arrays."""

    #: The column names, stripped.
    header: list[str]
    #: Each column's cells (``pyarrow`` strings, :func:`restore_cell` applied), by name.
    columns: dict
    #: The line each data row starts on (``numpy`` int64).
    lines: object


_BOM = b"\xef\xbb\xbf"
_QUOTE, _COMMA, _CR, _LF = 34, 44, 13, 10


def read_csv_columns(path: str | os.PathLike) -> CsvColumns | None:
    """The header and every data row of a well-formed CSV file as columns, or None.

    A file is well formed when it is UTF-8 without NUL characters, lines end in ``\\n`` or
    ``\\r\\n``, quotes enclose whole cells (``""`` inside them), and every row that is not
    empty has as many cells as the header (at least two). Such a file gives the header, cells
    and lines :func:`read_csv` gives, by one parse in pyarrow; a row's line counts the line
    breaks before it, and a break inside a quoted cell (an odd number of quotes before it) does
    not end a row.

    Returns
    -------
    CsvColumns or None
        None when the file is anything else (unreadable, no header, a repeated column name, a
        short or long row, a line of spaces, a cell over :data:`CSV_FIELD_LIMIT`…): read it with
        :func:`read_csv`, which reads every file the :mod:`csv` module does and names the problem.
    """
    import numpy as np

    try:
        data = Path(path).read_bytes()
        if not data.isascii():
            data.decode("utf-8")  # the exact check (and message) is read_csv's
    except (OSError, UnicodeDecodeError):
        return None
    skip = len(_BOM) if data.startswith(_BOM) else 0
    if (
        len(data) == skip
        or data.startswith(_BOM, skip)
        or b"\x00" in data
        or (b"\r" in data and data.count(b"\r") != data.count(b"\r\n"))  # a lone \r ends a line
    ):
        return None
    raw = np.frombuffer(data, dtype=np.uint8)[skip:]
    breaks = np.flatnonzero(raw == _LF)
    quotes = np.flatnonzero(raw == _QUOTE) if b'"' in data else breaks[:0]
    if not _quotes_enclose_cells(raw, quotes):
        return None
    quoted = np.searchsorted(quotes, breaks) % 2 == 1  # a break inside a quoted cell
    ends = np.append(breaks[~quoted], len(raw))
    starts = np.insert(ends[:-1] + 1, 0, 0)
    length = ends - starts - (raw[np.maximum(ends - 1, 0)] == _CR)  # less the \r of a \r\n
    records = np.flatnonzero(length > 0)  # empty lines are skipped
    if not len(records) or length.max() > CSV_FIELD_LIMIT:
        return None
    first, rows = records[0], records[1:]
    try:
        head = data[skip + starts[first] : skip + ends[first]].decode()
        (cells,) = csv.reader(io.StringIO(head, newline=""))
    except (csv.Error, ValueError):
        return None
    header = [c.strip() for c in cells]
    if len(header) < 2 or len(set(header)) < len(header):
        return None  # one cell: the row of a line of spaces, which read_csv skips
    body = memoryview(data)[skip + min(ends[first] + 1, len(raw)) :]
    if bytes(body[: len(_BOM)]) == _BOM:
        return None  # pyarrow would drop it as a byte order mark
    columns = _arrow_cells(body, len(header), bool(quoted.any()), int(length.max()), len(rows))
    if columns is None or len(columns[0]) != len(rows):
        return None
    lines = np.searchsorted(breaks, starts[rows]) + 1
    return CsvColumns(header, dict(zip(header, columns, strict=True)), lines.astype(np.int64))


def _quotes_enclose_cells(raw, quotes) -> bool:
    """Whether every quote opens a cell, closes one, or is half of a ``""`` inside one.

    Counting quotes then tells inside from outside: an odd number before a position is inside
    a quoted cell. The :mod:`csv` module reads other uses of quotes (``ab"c``, ``"ab"c``) its
    own way; such files are left to it.
    """
    import numpy as np

    if len(quotes) % 2:
        return False  # a quoted cell runs to the end of the file
    opening, closing = quotes[0::2], quotes[1::2]
    before = raw[np.maximum(opening - 1, 0)]
    after = raw[np.minimum(closing + 1, len(raw) - 1)]
    opens = (opening == 0) | (before == _COMMA) | (before == _LF) | (before == _QUOTE)
    closes = (closing == len(raw) - 1) | np.isin(after, (_COMMA, _CR, _LF, _QUOTE))
    return bool(opens.all() and closes.all())


def _arrow_cells(body, width: int, newlines: bool, longest: int, rows: int) -> list | None:
    """The cells of ``body`` (the rows after the header) as ``width`` pyarrow string columns,
    :func:`restore_cell` applied; None when a row has another number of cells."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pa_csv

    names = [f"c{i}" for i in range(width)]
    if not rows:
        return [pa.chunked_array([], pa.string()) for _ in names]
    try:
        table = pa_csv.read_csv(
            pa.py_buffer(body),
            read_options=pa_csv.ReadOptions(
                column_names=names, block_size=max(1 << 22, 2 * longest + 2)
            ),
            parse_options=pa_csv.ParseOptions(newlines_in_values=newlines),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=False
            ),
        )
    except (pa.ArrowException, ValueError):
        return None
    out = []
    for name in names:
        col = table[name]
        if pc.any(pc.starts_with(col, "'")).as_py():
            col = pc.replace_substring_regex(col, r"^'([=+\-@\t\r])", r"\1")  # restore_cell
        out.append(col)
    return out


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
