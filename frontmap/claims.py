"""Claims tables: who claimed what, where, when, and on what source.

CSV is first-class (analysts edit it in a spreadsheet); GeoJSON, GeoPackage,
Parquet, KML (styled by side and claim type) and every other OGR vector format
(``.shp``, ``.fgb``… chosen by suffix, through pyogrio) read and write.

Columns
-------
``id``, ``place`` (as written), ``place_id``, ``lat``, ``lon`` (filled by
resolution when empty), ``date`` (ISO text such as ``2025-02-11``, ``2025-W06``,
``2025-02`` or ``2025``, or a datetime/date value as GIS files hold, time zones
included), ``date_precision`` (day, week, month, year; inferred when empty),
``claimant``, ``side`` (RU, UA, other), ``claim`` (:data:`CLAIMS`),
``status`` (:data:`STATUSES`), ``source``, ``url``, ``quote``,
``published``, ``notes``. Optional context for resolution: ``oblast``
(or ``in_admin``) and ``near``. Resolution adds ``resolved_name``,
``name_uk``, ``name_ru``, ``admin``, ``katottg``, ``geonameid``,
``score``, ``match_kind``, ``precision``, ``radius_km``,
``alternatives`` and ``resolution`` (``given``, ``resolved``,
``ambiguous`` or ``unresolved``, with ``resolution_note``).

:func:`read` returns ``date`` as a datetime column (the day given, or the first
day of a partial date) with ``date_start`` and ``date_end`` (the period the
precision covers); text formats write the date back as it was written.

A point geometry is authoritative over ``lat``/``lon`` columns: when they
disagree (a point moved in QGIS) the geometry is used and ``resolution_note``
says by how much they differed.

Every problem with a row is reported with its file and line; a row whose
place does not resolve is kept (``resolution = "unresolved"``, no
geometry) and shown for review — never dropped.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import re
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from datetime import date as Date
from datetime import datetime
from pathlib import Path

from .errors import FrontmapError, FrontmapWarning
from .tables import read_csv, read_csv_columns, safe_cell
from .writing import atomic_path

__all__ = [
    "CLAIMS",
    "COLUMNS",
    "DATE_COLUMNS",
    "SIDES",
    "STATUSES",
    "ClaimsFileError",
    "date_text",
    "parse_date",
    "read",
    "resolve_places",
    "text_dates",
    "validate_rows",
    "write",
]

COLUMNS = [
    "id", "place", "place_id", "lat", "lon", "date", "date_precision", "claimant", "side",
    "claim", "status", "source", "url", "quote", "published", "notes",
]  # fmt: skip
RESOLUTION_COLUMNS = [
    "resolved_name", "name_uk", "name_ru", "admin", "katottg", "geonameid", "score",
    "match_kind", "precision", "radius_km", "place_source", "alternatives", "resolution",
    "resolution_note",
]  # fmt: skip
FLOAT_COLUMNS = {"lat", "lon", "score", "radius_km"}
#: Datetime columns of a table read: ``date`` and the period its precision covers (derived on
#: every read, never taken from the file).
DATE_COLUMNS = ("date", "date_start", "date_end")
SIDES = ("RU", "UA", "other")
CLAIMS = (
    "captured", "liberated", "advancing", "fighting", "repelled", "denied", "withdrawn",
    "attacked", "shelled", "encircled", "other",
)  # fmt: skip
STATUSES = ("claimed", "confirmed", "assessed", "disputed", "refuted", "unconfirmed")
PRECISIONS = ("day", "week", "month", "year")
REQUIRED = ("place", "date", "claimant", "side", "claim", "status")


class ClaimsFileError(FrontmapError, ValueError):
    """A claims file is malformed; ``problems`` lists every ``file line N: …``."""

    @classmethod
    def listing(cls, path, problems: list[str]) -> ClaimsFileError:
        """One error listing the first dozen problems (and how many more)."""
        more = f"; and {len(problems) - 12} more" if len(problems) > 12 else ""
        shown = "; ".join(problems[:12]) + more
        return cls(f"{len(problems)} problem(s) in {path}: {shown}", problems)

    def __init__(self, message: str, problems=()):
        super().__init__(message)
        self.problems = list(problems)


@dataclass(frozen=True)
class ParsedDate:
    """A claim date: its first day, last day and precision."""

    start: Date
    end: Date
    precision: str


#: Claim dates lie in these years (a typo such as ``0001-01-01`` is an error, not a date that
#: overflows later arithmetic).
YEARS = (1800, 2200)


_ISO_TIME = r"(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)"


def parse_date(text) -> ParsedDate:
    """``2025-02-11`` (day), ``2025-W06`` (week), ``2025-02`` (month), ``2025`` (year).

    A datetime, ``pandas.Timestamp``, ``numpy.datetime64`` or date value, or an ISO date-time
    text (``2025-02-07T00:00:00+02:00``, ``2025/02/07 00:00:00`` as GDAL writes), is a day: the
    calendar day where it was recorded (a time zone does not shift it).

    Raises
    ------
    ValueError
        Not one of those forms, not a real date, or outside the years 1800–2200.
    """
    day = _as_day(text)
    if day is not None:
        if not YEARS[0] <= day.year <= YEARS[1]:
            raise ValueError(f"date {text!r} is outside the years {YEARS[0]}–{YEARS[1]}")
        return ParsedDate(day, day, "day")
    t = (text or "").strip() if isinstance(text, str) or text is None else str(text).strip()
    if (m := re.match(r"(\d{4})", t)) and not YEARS[0] <= int(m[1]) <= YEARS[1]:
        raise ValueError(f"date {text!r} is outside the years {YEARS[0]}–{YEARS[1]}")
    if m := re.fullmatch(rf"(\d{{4}})-(\d{{2}})-(\d{{2}}){_ISO_TIME}?", t) or re.fullmatch(
        r"(\d{4})/(\d{2})/(\d{2})(?: \d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[+-]\d{2}(?::?\d{2})?)?)?", t
    ):
        d = Date(int(m[1]), int(m[2]), int(m[3]))
        return ParsedDate(d, d, "day")
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", t):
        d = Date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return ParsedDate(d, Date.fromordinal(d.toordinal() + 6), "week")
    if m := re.fullmatch(r"(\d{4})-(\d{2})", t):
        y, mo = int(m[1]), int(m[2])
        start = Date(y, mo, 1)
        end = Date(y + (mo == 12), mo % 12 + 1, 1)
        return ParsedDate(start, Date.fromordinal(end.toordinal() - 1), "month")
    if m := re.fullmatch(r"(\d{4})", t):
        return ParsedDate(Date(int(m[1]), 1, 1), Date(int(m[1]), 12, 31), "year")
    raise ValueError(f"date {text!r} is not YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY")


def _as_day(value) -> Date | None:
    """The calendar day of a datetime-like value (as recorded, time zone kept), else None."""
    if isinstance(value, datetime):  # pandas.Timestamp too
        return value.date()
    if isinstance(value, Date):
        return value
    if getattr(value, "dtype", None) is not None and value.dtype.kind == "M":  # numpy.datetime64
        return value.astype("datetime64[D]").item()
    return None


def period(day: Date, precision: str) -> tuple[Date, Date]:
    """The first and last day of the ``precision`` period (ISO week, month, year) holding ``day``."""
    if precision == "week":
        start = Date.fromordinal(day.toordinal() - day.weekday())
        return start, Date.fromordinal(start.toordinal() + 6)
    if precision == "month":
        return parse_date(f"{day.year:04d}-{day.month:02d}").start, parse_date(
            f"{day.year:04d}-{day.month:02d}"
        ).end
    if precision == "year":
        return Date(day.year, 1, 1), Date(day.year, 12, 31)
    return day, day


def date_text(day, precision: str | None = "day") -> str:
    """The text form of a claim date: the partial form when ``day`` opens its period.

    ``date_text(date(2025, 2, 1), "month") == "2025-02"``; ``date_text(date(2025, 2, 11),
    "week") == "2025-02-11"`` (a day inside a week stays a day). The inverse of
    :func:`parse_date` for every form it reads.
    """
    day = _as_day(day) or parse_date(day).start
    if precision == "week" and day.weekday() == 0:
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if precision == "month" and day.day == 1:
        return f"{day.year:04d}-{day.month:02d}"
    if precision == "year" and (day.month, day.day) == (1, 1):
        return f"{day.year:04d}"
    return day.isoformat()


def _blank(value) -> bool:
    if value is None:
        return True
    with contextlib.suppress(TypeError, ValueError):
        if value != value:  # NaN, NaT, pd.NA
            return True
    return str(value).strip() == ""


def _check_date(value, given: str | None) -> tuple[list[str], str | None, str | None]:
    """A row's ``date`` and ``date_precision`` (both given): ``(problems, precision, date as
    text)``; the text is None when the date does not parse (its precision is then ``given``)."""
    try:
        parsed = parse_date(value)
    except ValueError as exc:
        return [str(exc)], given, None
    problems = []
    if given is not None and given not in PRECISIONS:
        problems.append(f"date_precision {given!r} is not one of {', '.join(PRECISIONS)}")
    elif given is not None and given != parsed.precision and parsed.precision != "day":
        problems.append(f"date {value!r} has {parsed.precision} precision, not {given!r}")
    precision = given or parsed.precision
    return problems, precision, date_text(parsed.start, precision)


def validate_rows(rows: list[tuple[int, dict]], path: str) -> list[tuple[int, dict]]:
    """Check every row; returns the rows with normalised fields.

    Raises
    ------
    ClaimsFileError
        Listing every problem as ``file line N: …`` (nothing is half-read).
    """
    problems = []
    out = []
    for line, row in rows:
        row = {
            k: (None if _blank(v) else (v.strip() if isinstance(v, str) else v))
            for k, v in row.items()
        }
        where = f"{path} line {line}"
        for col in REQUIRED:
            if row.get(col) is None:
                problems.append(f"{where}: '{col}' is empty")
        for col, allowed in (("side", SIDES), ("claim", CLAIMS), ("status", STATUSES)):
            value = row.get(col)
            if value is not None and value not in allowed:
                problems.append(f"{where}: {col} {value!r} is not one of {', '.join(allowed)}")
        for derived in DATE_COLUMNS[1:]:
            row.pop(derived, None)
        if row.get("date") is not None:
            wrong, precision, text = _check_date(row["date"], row.get("date_precision"))
            problems += [f"{where}: {p}" for p in wrong]
            if text is not None:
                row["date_precision"], row["date"] = precision, text
        for col in ("lat", "lon"):
            if row.get(col) is not None:
                try:
                    row[col] = float(row[col])
                except (TypeError, ValueError):
                    problems.append(f"{where}: {col} {row[col]!r} is not a number")
        if (row.get("lat") is None) != (row.get("lon") is None):
            problems.append(f"{where}: give both lat and lon, or neither")
        elif (
            isinstance(row.get("lat"), float)
            and isinstance(row.get("lon"), float)
            and not (-90 <= row["lat"] <= 90 and -180 <= row["lon"] <= 180)
        ):
            problems.append(f"{where}: lat/lon ({row['lat']}, {row['lon']}) out of range")
        out.append((line, row))
    if problems:
        raise ClaimsFileError.listing(path, problems)
    return out


def _read_rows(path: Path) -> list[tuple[int, dict]]:
    """The rows of a claims file other than CSV (feature or placemark number as the line)."""
    suffix = path.suffix.lower()
    if suffix in (".geojson", ".json"):
        # read as JSON, not through GDAL, which would turn ISO date strings into datetimes
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise ClaimsFileError(f"{path}: cannot read GeoJSON ({reason})") from None
        return _geojson_rows(path, data)
    if suffix == ".kml":
        return _kml_rows(path)
    if suffix == ".parquet":
        import geopandas as gpd

        try:
            frame = gpd.read_parquet(path)
        except Exception as exc:
            raise ClaimsFileError(f"{path}: cannot read ({exc})") from exc
    else:
        # gml_id is the GML driver's own feature id, not a claim column
        frame = _read_ogr(path).drop(columns=["gml_id"], errors="ignore")
    if suffix in (".shp", ".dbf", ".shz") or path.name.lower().endswith(".shp.zip"):
        frame = frame.rename(columns={v: k for k, v in SHAPEFILE_NAMES.items()})
    rows, problems = [], []
    for i, rec in enumerate(frame.to_dict("records"), 1):
        geom = rec.pop("geometry", None)
        if geom is not None and not geom.is_empty:
            if geom.geom_type != "Point":
                problems.append(
                    f"{path} feature {i}: a {geom.geom_type} geometry; a claim is a Point"
                )
                continue
            _take_geometry(rec, geom.x, geom.y)
        rows.append((i, rec))
    if problems:
        raise ClaimsFileError.listing(path, problems)
    return rows


#: Claim columns whose names exceed a shapefile's 10 characters, and the names written instead
#: (read back to the full names).
SHAPEFILE_NAMES = {
    "date_precision": "date_prec",
    "resolved_name": "res_name",
    "resolution_note": "res_note",
    "alternatives": "alternativ",
    "place_source": "place_src",
}


def _read_ogr(path: Path):
    """Any vector file GDAL reads (by pyogrio), reprojected to EPSG:4326 when it has a CRS."""
    import geopandas as gpd

    if not path.exists():
        raise ClaimsFileError(f"{path}: no such file")
    try:
        import pyogrio

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL's notes on odd files
            frame = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise ClaimsFileError(
            f"{path}: cannot read claims ({str(exc).splitlines()[0]}); use .csv, .geojson, "
            ".gpkg, .parquet, .kml, .shp, .fgb or another vector format GDAL reads"
        ) from None
    except Exception as exc:
        raise ClaimsFileError(f"{path}: cannot read ({exc})") from exc
    if frame.crs is not None and not frame.crs.equals("EPSG:4326") and len(frame):
        try:
            frame = frame.to_crs("EPSG:4326")
        except Exception as exc:
            raise ClaimsFileError(
                f"{path}: its CRS {frame.crs.to_string()} cannot be converted to longitude/"
                f"latitude ({exc}); export it as EPSG:4326"
            ) from None
    return frame


#: Geometry and lat/lon columns further apart than this (km) disagree.
MOVED_KM = 0.001


def _take_geometry(rec: dict, x, y) -> None:
    """Put a point geometry's coordinates in ``lat``/``lon``: the geometry is authoritative.

    When the row also has lat/lon that disagree (a point moved in a GIS), the row says so in
    ``resolution_note``, is marked ``resolution = "given"`` (never re-resolved over the move)
    and loses the precision its old location had.
    """
    lat, lon = rec.get("lat"), rec.get("lon")
    rec["lat"], rec["lon"] = y, x
    if _blank(lat) or _blank(lon):
        return
    try:
        lat, lon = float(lat), float(lon)
    except (TypeError, ValueError):
        return  # the geometry replaces an unreadable pair
    from .geodesy import distance_km

    try:
        km = distance_km(lat, lon, y, x) if (lat, lon) != (y, x) else 0.0
    except Exception:  # out-of-range columns: the geometry replaces them
        km = math.inf
    if not km <= MOVED_KM:
        rec.update(
            resolution="given", precision=None, radius_km=None,
            resolution_note=(
                f"the geometry ({y:.6f}, {x:.6f}) is {km:.3f} km from the lat/lon columns "
                f"({lat:.6f}, {lon:.6f}); the geometry is used (the lat/lon columns are stale)"
            ),
        )  # fmt: skip


def _geojson_rows(path: Path, data) -> list[tuple[int, dict]]:
    """Feature properties as rows (feature number as the line); a bad feature is a problem."""
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ClaimsFileError(
            f"{path}: not a GeoJSON FeatureCollection (expected an object with a 'features' list)"
        )
    rows, problems = [], []
    for i, feature in enumerate(features, 1):
        where = f"{path} feature {i}"
        if not isinstance(feature, dict):
            problems.append(f"{where}: not a GeoJSON feature object")
            continue
        props = feature.get("properties")
        rec = dict(props) if isinstance(props, dict) else {}
        geometry = feature.get("geometry")
        if isinstance(geometry, dict) and geometry.get("type") == "Point":
            coords = geometry.get("coordinates")
            if (
                isinstance(coords, list)
                and len(coords) >= 2
                and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])
            ):
                _take_geometry(rec, coords[0], coords[1])
            else:
                problems.append(f"{where}: Point coordinates {coords!r} are not [lon, lat]")
                continue
        for k, v in list(rec.items()):
            if isinstance(v, (dict, list)):
                rec[k] = json.dumps(v, ensure_ascii=False)
        rows.append((i, rec))
    if problems:
        raise ClaimsFileError.listing(path, problems)
    return rows


def read(path: str | os.PathLike, gz=None, *, resolve: bool = True):
    """Read and validate a claims file into a GeoDataFrame (EPSG:4326).

    Parameters
    ----------
    path
        ``.csv``, ``.geojson``, ``.gpkg``, ``.parquet``, ``.kml``, or any vector file GDAL
        reads (``.shp``, ``.fgb``…; reprojected to EPSG:4326 from its CRS).
    gz
        A :class:`gazetteer.Gazetteer` for rows without lat/lon (opened on demand).
    resolve
        Resolve places of rows without lat/lon.

    Returns
    -------
    geopandas.GeoDataFrame
        The claim columns (``date`` a datetime, with ``date_start``/``date_end``), the
        resolution columns and ``line`` (the row's line in the file);
        rows that did not resolve have no geometry and ``resolution`` ``"unresolved"``,
        ``"fuzzy"`` or ``"ambiguous"`` (see :func:`resolve_places`).
    """
    path = Path(path)
    if path.suffix.lower() == ".csv":
        return _read_csv(path, gz, resolve=resolve)
    return _rows_frame(_read_rows(path), path, gz, resolve=resolve)


def _rows_frame(rows: list[tuple[int, dict]], path: Path, gz, *, resolve: bool):
    """:func:`read` of rows as dicts, with their lines: validated, resolved, then a frame."""
    rows = validate_rows(rows, str(path))
    if resolve and any(
        r.get("lat") is None or (r.get("precision") in COARSE and r.get("resolution") == "resolved")
        for _, r in rows
    ):
        resolve_places([r for _, r in rows], gz or _gazetteer())
    for line, row in rows:
        row.setdefault("line", line)
    return _frame([r for _, r in rows])


def _gazetteer():
    import gazetteer

    return gazetteer.open()


#: What :meth:`str.strip` strips (every character for which :meth:`str.isspace` is true).
_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: The columns :func:`resolve_places` sets.
_RESOLVED = ("lat", "lon", "place_id", *RESOLUTION_COLUMNS)


def _read_csv(path: Path, gz, *, resolve: bool):
    """:func:`read` of a CSV file, column by column: the frame :func:`_rows_frame` makes of the
    same rows, with the checks of :func:`validate_rows` done on arrays (dates and numbers once
    per distinct value). Only rows with a problem, and rows to resolve, become dicts."""
    import numpy as np

    header, raw, lines = _csv_cells(path)
    n = len(lines)
    codes = {c: _codes(col) for c, col in raw.items() if c not in DATE_COLUMNS[1:]}
    columns = _columns(set(codes) | {"date_precision"} if n else ())
    absent = (np.full(n, -1, dtype=np.int64), [])
    dates, bad = _dates(codes["date"], codes.get("date_precision", absent))
    lat, lon, misplaced = _coordinates(codes.get("lat", absent), codes.get("lon", absent))
    bad |= misplaced
    for col in REQUIRED:
        bad |= codes[col][0] < 0
    for col, allowed in (("side", SIDES), ("claim", CLAIMS), ("status", STATUSES)):
        known = np.append(np.isin(np.asarray(codes[col][1], dtype=object), allowed), True)
        bad |= ~known[codes[col][0]]
    if bad.any():
        where = np.flatnonzero(bad)
        taken = {name: col.take(where).to_pylist() for name, col in raw.items()}
        validate_rows(  # raises, naming every problem of these rows (no other row has one)
            [(int(lines[i]), {k: v[j] for k, v in taken.items()}) for j, i in enumerate(where)],
            str(path),
        )
    data = {"lat": lat, "lon": lon, **dates}
    if "line" not in codes:
        data["line"] = lines
    for c in columns:
        if c in codes and c not in data:
            data[c] = _objects(*codes[c])
        elif c in FLOAT_COLUMNS or c == "geonameid":
            data.setdefault(c, np.full(n, np.nan))
        else:
            data.setdefault(c, np.full(n, None, dtype=object))
    if resolve:
        _resolve_columns(data, header, gz)
    return _geoframe(data, columns, text=columns)


def _csv_cells(path: Path) -> tuple[list[str], dict, object]:
    """The header, the cells by column (pyarrow strings) and each row's line of a claims CSV.

    Raises
    ------
    ClaimsFileError
        What :func:`~frontmap.tables.read_csv` finds wrong, a required column missing, or rows
        with more cells than the header.
    """
    import numpy as np
    import pyarrow as pa

    found = read_csv_columns(path)
    if found is not None:
        _require_columns(path, found.header)
        return found.header, found.columns, found.lines
    try:
        header, rows = read_csv(path)
    except FrontmapError as exc:
        raise ClaimsFileError(str(exc), [str(exc)]) from None
    _require_columns(path, header)
    extra = [problem for _, _, problem in rows if problem]
    if extra:
        raise ClaimsFileError.listing(path, extra)
    columns = {
        name: pa.chunked_array([pa.array([row[name] for _, row, _ in rows], pa.string())])
        for name in header
    }
    return header, columns, np.array([line for line, _, _ in rows], dtype=np.int64)


def _require_columns(path: Path, header: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ClaimsFileError(
            f"{path}: missing column(s) {', '.join(missing)}; a claims CSV needs at least "
            f"{', '.join(REQUIRED)}"
        )


def _codes(col) -> tuple:
    """``(codes, values)`` of a column of cells (pyarrow strings) as :func:`validate_rows` reads
    them, stripped as :meth:`str.strip` strips and blank as None: an index per row into a list
    of stripped values, -1 for a blank cell."""
    import numpy as np
    import pyarrow.compute as pc

    encoded = col.combine_chunks().dictionary_encode()
    values = pc.utf8_trim(encoded.dictionary, characters=_SPACE)  # each distinct cell once
    keep = pc.binary_length(values).to_numpy(zero_copy_only=False) > 0
    remap = np.append(np.where(keep, np.cumsum(keep) - 1, -1), -1)
    codes = remap[encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)]
    return codes, values.filter(keep).to_pylist()


def _objects(codes, values):
    """Codes and values as an object array of ``str`` and blanks (see :func:`_blanks`)."""
    import numpy as np

    table = np.empty(len(values) + 1, dtype=object)
    table[:-1] = values
    table[-1] = np.nan if len(values) else None
    return table[codes]


def _blanks(values):
    """Text values (``str`` or None) with their blanks as pandas' string inference left them in
    a frame: NaN in a column that holds some text, else None."""
    import numpy as np
    import pandas as pd

    values = np.asarray(values, dtype=object)
    blank = pd.isna(values)
    if not blank.any():
        return values
    return np.where(blank, None if blank.all() else np.nan, values)


def _coordinates(lat: tuple, lon: tuple) -> tuple:
    """``(lat, lon, wrong)``: the rows' coordinates (codes, values) as numbers (NaN for none),
    and which rows have a problem with them (not a number, one of the two, out of range)."""
    import numpy as np

    given = (lat[0] >= 0, lon[0] >= 0)
    (lat, lat_wrong), (lon, lon_wrong) = _numbers(*lat), _numbers(*lon)
    with np.errstate(invalid="ignore"):
        inside = (np.abs(lat) <= 90) & (np.abs(lon) <= 180)  # NaN, ±inf: outside
    numbers = given[0] & given[1] & ~lat_wrong & ~lon_wrong
    return lat, lon, lat_wrong | lon_wrong | (given[0] != given[1]) | (numbers & ~inside)


def _numbers(codes, values) -> tuple:
    """Each row's number (``float()`` of its text, NaN for none) and whether it is not one."""
    import numpy as np

    try:
        parsed = np.asarray(values, dtype=object).astype(np.float64)  # float() of each
        wrong = np.zeros(len(values), dtype=bool)
    except (TypeError, ValueError):
        parsed, wrong = np.full(len(values), np.nan), np.ones(len(values), dtype=bool)
        for i, v in enumerate(values):
            with contextlib.suppress(TypeError, ValueError):
                parsed[i], wrong[i] = float(v), False
    return np.append(parsed, np.nan)[codes], np.append(wrong, False)[codes]


def _dates(date: tuple, given: tuple) -> tuple[dict, object]:
    """The ``date_precision``, ``date``, ``date_start`` and ``date_end`` columns of rows with
    these dates and given precisions (codes, values), each distinct pair checked once by
    :func:`_check_date`; and which rows have a problem with them."""
    import numpy as np
    import pandas as pd

    pair, pairs = pd.factorize(date[0] * (len(given[1]) + 1) + given[0] + 1)
    precision = np.empty(len(pairs), dtype=object)
    days = np.full((len(pairs), 3), np.datetime64("NaT"), dtype="datetime64[D]")
    wrong = np.zeros(len(pairs), dtype=bool)
    for k, key in enumerate(pairs.tolist()):
        d, g = divmod(key, len(given[1]) + 1)
        precision[k] = given[1][g - 1] if g else None
        if d < 0:  # no date ('date' is empty: a problem of its own)
            continue
        problems, precision[k], text = _check_date(date[1][d], precision[k])
        span = None if text is None else _span(text, precision[k])
        wrong[k] = bool(problems) or span is None
        if span is not None:
            days[k] = span
    taken = days[pair].astype("datetime64[ns]")
    return {
        "date_precision": precision[pair],
        **{col: taken[:, i] for i, col in enumerate(DATE_COLUMNS)},
    }, wrong[pair]


def _resolve_columns(data: dict, header: list[str], gz) -> None:
    """:func:`resolve_places` on the rows of ``data`` (columns) without lat/lon or placed
    coarsely, in place; when it runs, rows with lat/lon and no ``resolution`` column are
    ``"given"``."""
    import numpy as np

    lat = data["lat"]
    coarse = np.isin(data["precision"], COARSE) & (data["resolution"] == "resolved")
    need = np.isnan(lat) | coarse
    if not need.any():
        return
    where = np.flatnonzero(need)
    keys = [*_RESOLVED, *(k for k in ("place", "oblast", "in_admin", "near") if k in data)]
    numeric = {"lat", "lon", "score", "radius_km", "geonameid"}
    taken = {  # as the row path has them: None, not NaN, for a blank
        k: [(None if isinstance(v, float) and math.isnan(v) else v) if k in numeric
            else (v if isinstance(v, str) else None) for v in data[k][where].tolist()]
        for k in keys
    }  # fmt: skip
    rows = [{k: taken[k][j] for k in keys} for j in range(len(where))]
    resolve_places(rows, gz or _gazetteer())
    if "resolution" not in header:
        data["resolution"] = np.where(need, data["resolution"], "given").astype(object)
    for k in _RESOLVED:
        column = data[k].astype(np.float64 if k in ("lat", "lon") else object)
        column[where] = [
            (math.nan if r[k] is None else r[k]) if k in ("lat", "lon")
            else r[k] if k in numeric else _text(r[k])
            for r in rows
        ]  # fmt: skip
        data[k] = column if k in numeric else _blanks(column)


#: Precisions coarser than a point: rows placed by them are re-resolved on every read, so a
#: claims file written before better data was installed picks up the settlement's own point.
COARSE = ("hromada", "raion", "oblast")


def resolve_places(rows: list[dict], gz) -> None:
    """Fill lat/lon and the resolution columns of rows that have no coordinates (in place).

    Only a confident resolution places a row: a fuzzy match (a guessed spelling) or an
    ambiguous name leaves ``lat``/``lon`` empty, with ``resolution`` ``"fuzzy"`` or
    ``"ambiguous"`` and the candidates in ``alternatives`` and ``resolution_note`` (the row
    is kept and listed for review, never drawn at a guessed point). Rows placed earlier at a
    coarse precision (:data:`COARSE`) are resolved again.
    """
    from gazetteer import PlaceNotFound, UnknownAdmin

    for row in rows:
        placed_coarsely = row.get("precision") in COARSE and row.get("resolution") == "resolved"
        if row.get("lat") is not None and not placed_coarsely:
            row.setdefault("resolution", "given")
            continue
        try:
            found = gz.resolve(
                row["place"],
                in_admin=row.get("oblast") or row.get("in_admin"),
                near=row.get("near"),
                limit=5,
            )
        except (PlaceNotFound, UnknownAdmin) as exc:
            if placed_coarsely:
                continue
            row.update(resolution="unresolved", resolution_note=str(exc))
            continue
        best = found.best
        p = best.place
        alternatives = json.dumps(
            [{"id": c.place.id, "name": c.place.name, "admin": c.place.admin_path,
              "score": c.score, "lat": c.place.lat, "lon": c.place.lon} for c in found[:5]],
            ensure_ascii=False,
        )  # fmt: skip
        readings = "; ".join(f"{c.place.name} ({c.place.admin_path})" for c in found[:3])
        if best.match_kind == "fuzzy" or found.ambiguous:
            fuzzy = best.match_kind == "fuzzy"
            row.update(
                lat=None, lon=None, alternatives=alternatives, match_kind=best.match_kind,
                resolution="fuzzy" if fuzzy else "ambiguous",
                resolution_note=(
                    f"no exact match; did you mean {readings}?" if fuzzy else
                    f"ambiguous: {readings}; give the oblast (an 'oblast' column) or a 'near' place"
                ),
            )  # fmt: skip
            continue
        row.update(
            lat=p.lat, lon=p.lon, place_id=p.id if placed_coarsely else row.get("place_id") or p.id,
            resolved_name=p.name, name_uk=p.name_uk, name_ru=p.name_ru, admin=p.admin_path,
            katottg=p.katottg, geonameid=p.geonameid, score=best.score,
            match_kind=best.match_kind, precision=p.precision, radius_km=p.radius_km,
            place_source=p.source, alternatives=alternatives, resolution="resolved",
            resolution_note="; ".join(best.evidence),
        )  # fmt: skip


def _frame(rows: list[dict]):
    """The claims GeoDataFrame of validated rows (dicts)."""
    columns = _columns({k for r in rows for k in r})
    data = {c: [r.get(c) for r in rows] for c in columns}
    spans = [_span(r.get("date"), r.get("date_precision")) for r in rows]
    for i, col in enumerate(DATE_COLUMNS):
        data[col] = [None if span is None else span[i] for span in spans]
    return _geoframe(data, columns)


def _columns(names) -> list[str]:
    """A table's columns in order: the claim columns, the resolution columns, ``line``, then
    the other ``names`` sorted."""
    columns = [*COLUMNS, *RESOLUTION_COLUMNS, "line"]
    at = columns.index("date_precision") + 1
    columns[at:at] = DATE_COLUMNS[1:]
    return columns + sorted(set(names) - set(columns))


def _span(value, precision) -> tuple[Date, Date, Date] | None:
    """``(date, date_start, date_end)`` of a claim date and its precision (None when blank)."""
    if _blank(value):
        return None
    try:
        parsed = parse_date(value)
    except ValueError:
        return None
    if precision in PRECISIONS and parsed.precision == "day" and precision != "day":
        return (parsed.start, *period(parsed.start, precision))
    return parsed.start, parsed.start, parsed.end


def _geoframe(data: dict, columns: list[str], text=frozenset()):
    """The GeoDataFrame (EPSG:4326) of ``data`` (values by column), with one dtype per column
    whatever the format read: floats, nullable ints, datetimes, text.

    Text is a ``str`` or blank (:func:`_blanks`); the columns in ``text`` are so already.
    """
    import geopandas as gpd
    import pandas as pd

    frame = pd.DataFrame(
        {c: _normalised(c, data[c], c in text) for c in columns}, columns=columns, copy=False
    )
    gdf = gpd.GeoDataFrame(frame, geometry=_points(frame), crs="EPSG:4326", copy=False)
    gdf.loc[gdf["lat"].isna(), "geometry"] = None
    return gdf


def _text(value) -> str | None:
    """A text cell: None when blank, else a ``str``."""
    return None if _blank(value) else (value if isinstance(value, str) else str(value))


def _points(frame):
    """The points of ``lon``/``lat``, one Point object for each distinct pair (bit for bit)."""
    import numpy as np
    import pandas as pd
    import shapely

    lon, lat = (frame[c].to_numpy(dtype=np.float64) for c in ("lon", "lat"))
    x, y = (pd.factorize(v.view(np.int64))[0] for v in (lon, lat))
    pair, distinct = pd.factorize(x * (y.max(initial=0) + 1) + y)
    first = np.empty(len(distinct), dtype=np.int64)
    first[pair[::-1]] = np.arange(len(pair))[::-1]  # each pair's first row
    return shapely.points(lon[first], lat[first])[pair]


def _normalised(col: str, values, text: bool):
    """One column as a Series of its dtype (see :func:`_geoframe`)."""
    import numpy as np
    import pandas as pd

    if col == "geometry":
        return pd.Series(values)  # replaced by the points of lat/lon
    if col in DATE_COLUMNS:
        if getattr(values, "dtype", np.dtype(object)).kind == "M":
            return pd.Series(values, copy=False).astype("datetime64[ns]")
        return pd.to_datetime(pd.Series(values, dtype=object)).astype("datetime64[ns]")
    if col in FLOAT_COLUMNS:
        return pd.to_numeric(pd.Series(values, copy=False), errors="coerce").astype("float64")
    if col in ("geonameid", "line"):
        return pd.to_numeric(pd.Series(values, copy=False), errors="coerce").astype("Int64")
    if not text:
        values = _blanks([_text(v) for v in values])
    return pd.Series(values, dtype=object, copy=False)


def write(claims, path: str | os.PathLike) -> Path:
    """Write claims by suffix: ``.csv``, ``.geojson``, ``.gpkg``, ``.parquet``, ``.kml``, or any
    vector format GDAL writes (``.shp``, ``.fgb``, ``.gml``…, through pyogrio).

    Reading the written file back with :func:`read` gives the same table. GeoPackage, Parquet
    and FlatGeobuf store ``date``, ``date_start`` and ``date_end`` as DATETIME fields; text
    formats (CSV, GeoJSON, KML, shapefile) write the date as it was written (``2025-02`` for a
    month). A shapefile's long column names are shortened (:data:`SHAPEFILE_NAMES`, read back
    to the full names) and text longer than its 254 bytes is cut, with a
    :class:`~frontmap.errors.FrontmapWarning` naming the column and rows.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    frame = claims.copy()
    if suffix in (".csv", ".geojson", ".json", ".kml", ".shp"):
        frame = text_dates(frame)
    if suffix in (".csv", ".geojson", ".json", ".parquet", ".kml"):
        with atomic_path(path) as tmp:
            _write_simple(frame, tmp, suffix)
        return path
    import pyogrio

    try:
        driver = pyogrio.detect_write_driver(str(path))
    except ValueError:
        raise ClaimsFileError(
            f"{path}: no vector format writes {suffix or 'files without a suffix'!r}; write "
            "claims as .csv, .geojson, .gpkg, .parquet, .kml, .shp, .fgb or another OGR suffix"
        ) from None
    options = {}
    if driver == "GPKG":
        options["layer"] = "claims"
    if driver == "FlatGeobuf" and frame.geometry.isna().any():
        options["SPATIAL_INDEX"] = "NO"  # rows without a location have no geometry
    if driver == "ESRI Shapefile":
        frame = _shapefile_frame(frame, path)
    _write_ogr(frame, path, driver, options)
    return path


def text_dates(frame):
    """A copy with ``date`` as written (``2025-02``) and ``date_start``/``date_end`` as ISO
    days: what text formats store and what a map popup shows."""
    import pandas as pd

    frame = frame.copy(deep=False)  # copy on write: the three columns replaced are new
    precisions = frame["date_precision"] if "date_precision" in frame else [None] * len(frame)
    if "date" in frame:
        frame["date"] = _each_value(
            lambda d, p: None if _blank(d) else date_text(d, p),
            frame["date"],
            pd.Series(precisions),
        )
    for col in DATE_COLUMNS[1:]:
        if col in frame:
            frame[col] = _each_value(
                lambda d: None if _blank(d) else _as_day(d).isoformat(), frame[col]
            )
    return frame


def _each_value(func, dates, *more) -> list:
    """``func`` of each row's values of ``dates`` and ``more`` columns; once per distinct row
    when ``dates`` is a datetime column (equal values, equal days), else row by row."""
    import numpy as np
    import pandas as pd

    if dates.dtype.kind != "M" and not isinstance(dates.dtype, pd.DatetimeTZDtype):
        return [func(*values) for values in zip(dates, *more, strict=True)]
    key, columns = np.zeros(len(dates), dtype=np.int64), []
    for column in (dates, *more):
        codes, uniques = pd.factorize(column)
        key = key * (len(uniques) + 1) + codes + 1  # 0: missing
        columns.append([None, *uniques])
    row, distinct = pd.factorize(key)
    size = [len(c) for c in columns]
    out = np.empty(len(distinct), dtype=object)
    for k, code in enumerate(distinct.tolist()):
        at = np.unravel_index(code, size)
        out[k] = func(*(c[i] for c, i in zip(columns, at, strict=True)))
    return out[row].tolist()


def _write_simple(frame, tmp: Path, suffix: str) -> None:
    if suffix == ".csv":
        cols = [c for c in frame.columns if c != "geometry"]
        table = frame[cols].copy()
        for col in cols:
            if table[col].dtype == object or str(table[col].dtype) in ("string", "str"):
                table[col] = table[col].map(safe_cell)
        table.to_csv(tmp, index=False, float_format="%.10g")
    elif suffix in (".geojson", ".json"):
        # written as plain JSON (as read): GDAL would turn JSON-looking text into objects
        features = []
        for rec in frame.to_dict("records"):
            geom = rec.pop("geometry", None)
            props = {k: _json_value(v) for k, v in rec.items()}
            geometry = (
                None
                if geom is None or geom.is_empty
                else {"type": "Point", "coordinates": [geom.x, geom.y]}
            )
            features.append({"type": "Feature", "properties": props, "geometry": geometry})
        doc = {"type": "FeatureCollection", "features": features}
        tmp.write_text(
            json.dumps(doc, ensure_ascii=False, indent=1, allow_nan=False), encoding="utf-8"
        )
    elif suffix == ".parquet":
        frame.to_parquet(tmp)
    else:
        tmp.write_text(_kml(frame), encoding="utf-8")


def _write_ogr(frame, path: Path, driver: str, options: dict) -> None:
    """Write through pyogrio into a scratch directory, then move every file of the dataset
    (a shapefile's .shp, .shx, .dbf, .prj, .cpg) into place; a failed write leaves nothing."""
    path.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{path.stem}.", dir=path.parent))
    try:
        target = scratch / path.name
        try:
            frame.to_file(target, driver=driver, engine="pyogrio", **options)
        except Exception as exc:
            raise ClaimsFileError(f"{path}: cannot write {driver} ({exc})") from exc
        for part in sorted(scratch.iterdir()):
            os.replace(part, path.parent / part.name)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


#: A shapefile's (dBASE) longest text field, in bytes.
SHAPEFILE_TEXT_BYTES = 254


def _shapefile_frame(frame, path: Path):
    """Short column names and text cut to what a dBASE file holds, with one warning saying so."""
    frame = frame.rename(columns=SHAPEFILE_NAMES)
    long_names = [c for c in frame.columns if c != "geometry" and len(c.encode()) > 10]
    if long_names:
        raise ClaimsFileError(
            f"{path}: a shapefile's column names have at most 10 characters; rename "
            f"{', '.join(long_names)} (or write .gpkg or .fgb, which keep every name)"
        )
    cut: dict[str, list[int]] = {}
    for col in frame.columns:
        if col == "geometry" or frame[col].dtype.kind in "fiumMb":
            continue
        values = list(frame[col])
        for i, v in enumerate(values):
            if isinstance(v, str) and len(v.encode()) > SHAPEFILE_TEXT_BYTES:
                values[i] = _fit_json_list(v) if col == SHAPEFILE_NAMES["alternatives"] else _cut(v)
                cut.setdefault(col, []).append(i)
        frame[col] = values
    if cut:
        lines = frame["line"].tolist() if "line" in frame else None
        said = "; ".join(
            f"{col} of {len(rows)} row(s) (line {', '.join(str(lines[r] if lines else r + 1) for r in rows[:5])}"
            f"{', …' if len(rows) > 5 else ''})"
            for col, rows in cut.items()
        )
        warnings.warn(
            f"{path}: a shapefile holds at most {SHAPEFILE_TEXT_BYTES} bytes of text a cell; "
            f"cut {said}. Write .gpkg or .fgb to keep them whole.",
            FrontmapWarning,
            stacklevel=3,
        )
    return frame


def _cut(text: str) -> str:
    data = text.encode()[: SHAPEFILE_TEXT_BYTES - 3]
    return data.decode("utf-8", errors="ignore") + "…"


def _fit_json_list(text: str) -> str:
    """A JSON list shortened by whole items to fit a shapefile cell (still valid JSON)."""
    try:
        items = json.loads(text)
    except json.JSONDecodeError:
        return _cut(text)
    while items and len(json.dumps(items, ensure_ascii=False).encode()) > SHAPEFILE_TEXT_BYTES:
        items = items[:-1]
    return json.dumps(items, ensure_ascii=False)


def _json_value(v):
    if _blank(v):
        return None
    v = v.item() if hasattr(v, "item") else v
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


#: KML colours (aabbggrr) by side, and icons by claim type.
KML_SIDE_COLOURS = {"RU": "ff1f30d7", "UA": "ffba832b", "other": "ff8c8c8c"}
KML_CLAIM_ICONS = {
    "captured": "placemark_square", "liberated": "star", "advancing": "arrow",
    "fighting": "firedept", "repelled": "forbidden", "denied": "caution",
    "withdrawn": "triangle", "attacked": "target", "shelled": "volcano",
    "encircled": "donut", "other": "placemark_circle",
}  # fmt: skip
_KML_NS = "http://www.opengis.net/kml/2.2"


def _kml_style_id(side, claim) -> str:
    side = side if side in KML_SIDE_COLOURS else "other"
    claim = claim if claim in KML_CLAIM_ICONS else "other"
    return f"{side}-{claim}"


def _kml(frame) -> str:
    """KML with a style per side (colour) and claim type (icon), every column in ExtendedData
    (so :func:`read` gets the table back) and a TimeSpan for the date's period."""
    from html import escape

    records = frame.to_dict("records")
    styles = sorted({_kml_style_id(r.get("side"), r.get("claim")) for r in records})
    style_xml = "".join(
        f'<Style id="{sid}"><IconStyle><color>{KML_SIDE_COLOURS[sid.split("-")[0]]}</color>'
        f"<Icon><href>http://maps.google.com/mapfiles/kml/shapes/"
        f"{KML_CLAIM_ICONS[sid.split('-', 1)[1]]}.png</href></Icon></IconStyle>"
        f"<LabelStyle><color>{KML_SIDE_COLOURS[sid.split('-')[0]]}</color></LabelStyle></Style>"
        for sid in styles
    )
    marks = []
    for rec in records:
        geom = rec.pop("geometry", None)
        name = f"{rec.get('claimant')}: {rec.get('claim')} {rec.get('place')} ({rec.get('status')})"
        desc = "\n".join(
            f"{k}: {rec[k]}"
            for k in ("date", "source", "url", "quote", "notes")
            if not _blank(rec.get(k))
        )
        when = ""
        if not _blank(rec.get("date_start")):
            when = (
                f"<TimeSpan><begin>{rec['date_start']}</begin><end>{rec['date_end']}</end></TimeSpan>"
                if rec.get("date_start") != rec.get("date_end")
                else f"<TimeStamp><when>{rec['date_start']}</when></TimeStamp>"
            )
        data = "".join(
            f'<Data name="{escape(str(k))}"><value>{escape(str(_json_value(v)))}</value></Data>'
            for k, v in rec.items()
            if not _blank(v)
        )
        point = (
            ""
            if geom is None or geom.is_empty
            else f"<Point><coordinates>{geom.x!r},{geom.y!r},0</coordinates></Point>"
        )
        marks.append(
            f"<Placemark><name>{escape(name)}</name><description>{escape(desc)}</description>"
            f"{when}<styleUrl>#{_kml_style_id(rec.get('side'), rec.get('claim'))}</styleUrl>"
            f"<ExtendedData>{data}</ExtendedData>{point}</Placemark>"
        )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="{_KML_NS}">'
        f"<Document><name>frontmap claims</name>{style_xml}{''.join(marks)}</Document></kml>\n"
    )


def _kml_rows(path: Path) -> list[tuple[int, dict]]:
    """Placemarks as rows: their ExtendedData fields, the point authoritative over lat/lon."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise ClaimsFileError(f"{path}: cannot read KML ({exc})") from None
    ns = {"k": _KML_NS}
    rows, problems = [], []
    for i, mark in enumerate(root.iter(f"{{{_KML_NS}}}Placemark"), 1):
        rec = {
            d.get("name"): d.findtext("k:value", default="", namespaces=ns)
            for d in mark.iterfind("k:ExtendedData/k:Data", ns)
        }
        coords = mark.findtext("k:Point/k:coordinates", namespaces=ns)
        if coords and coords.strip():
            try:
                lon, lat = (float(c) for c in coords.strip().split(",")[:2])
            except ValueError:
                problems.append(f"{path} placemark {i}: coordinates {coords.strip()!r} unreadable")
                continue
            _take_geometry(rec, lon, lat)
        rows.append((i, rec))
    if problems:
        raise ClaimsFileError.listing(path, problems)
    return rows
