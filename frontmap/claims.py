"""Claims tables: who claimed what, where, when, and on what source.

CSV is first-class (analysts edit it in a spreadsheet); GeoJSON, GeoPackage
and Parquet read and write; KML is exported for Google Earth.

Columns
-------
``id``, ``place`` (as written), ``place_id``, ``lat``, ``lon`` (filled by
resolution when empty), ``date`` (ISO; ``2025-02`` or ``2025`` allowed),
``date_precision`` (day, week, month, year; inferred when empty),
``claimant``, ``side`` (RU, UA, other), ``claim`` (:data:`CLAIMS`),
``status`` (:data:`STATUSES`), ``source``, ``url``, ``quote``,
``published``, ``notes``. Optional context for resolution: ``oblast``
(or ``in_admin``) and ``near``. Resolution adds ``resolved_name``,
``name_uk``, ``name_ru``, ``admin``, ``katottg``, ``geonameid``,
``score``, ``match_kind``, ``precision``, ``radius_km``,
``alternatives`` and ``resolution`` (``given``, ``resolved``,
``ambiguous`` or ``unresolved``, with ``resolution_note``).

Every problem with a row is reported with its file and line; a row whose
place does not resolve is kept (``resolution = "unresolved"``, no
geometry) and shown for review — never dropped.
"""

from __future__ import annotations

import json
import math
import os
import re
from dataclasses import dataclass
from datetime import date as Date
from pathlib import Path

from .errors import FrontmapError
from .tables import read_csv, safe_cell
from .writing import atomic_path

__all__ = [
    "CLAIMS",
    "COLUMNS",
    "SIDES",
    "STATUSES",
    "ClaimsFileError",
    "parse_date",
    "read",
    "resolve_places",
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


def parse_date(text: str) -> ParsedDate:
    """``2025-02-11`` (day), ``2025-W06`` (week), ``2025-02`` (month), ``2025`` (year).

    Raises
    ------
    ValueError
        Not one of those forms, not a real date, or outside the years 1800–2200.
    """
    t = (text or "").strip()
    if (m := re.match(r"(\d{4})", t)) and not YEARS[0] <= int(m[1]) <= YEARS[1]:
        raise ValueError(f"date {text!r} is outside the years {YEARS[0]}–{YEARS[1]}")
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t):
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


def _blank(value) -> bool:
    return (
        value is None
        or (isinstance(value, float) and math.isnan(value))
        or str(value).strip() == ""
    )


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
        if row.get("date") is not None:
            try:
                parsed = parse_date(str(row["date"]))
                given = row.get("date_precision")
                if given is not None and given not in PRECISIONS:
                    problems.append(
                        f"{where}: date_precision {given!r} is not one of {', '.join(PRECISIONS)}"
                    )
                elif given is not None and given != parsed.precision and parsed.precision != "day":
                    problems.append(
                        f"{where}: date {row['date']!r} has {parsed.precision} precision, not {given!r}"
                    )
                row["date_precision"] = given or parsed.precision
            except ValueError as exc:
                problems.append(f"{where}: {exc}")
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
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            header, rows = read_csv(path)
        except FrontmapError as exc:
            raise ClaimsFileError(str(exc), [str(exc)]) from None
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ClaimsFileError(
                f"{path}: missing column(s) {', '.join(missing)}; a claims CSV needs at least "
                f"{', '.join(REQUIRED)}"
            )
        extra = [problem for _, _, problem in rows if problem]
        if extra:
            raise ClaimsFileError.listing(path, extra)
        return [(line, row) for line, row, _ in rows]
    if suffix in (".geojson", ".json"):
        # read as JSON, not through GDAL, which would turn ISO date strings into datetimes
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            raise ClaimsFileError(f"{path}: cannot read GeoJSON ({reason})") from None
        return _geojson_rows(path, data)
    if suffix in (".gpkg", ".parquet"):
        import geopandas as gpd

        try:
            frame = gpd.read_parquet(path) if suffix == ".parquet" else gpd.read_file(path)
        except Exception as exc:
            raise ClaimsFileError(f"{path}: cannot read ({exc})") from exc
        rows = []
        for i, rec in enumerate(frame.to_dict("records"), 1):
            geom = rec.pop("geometry", None)
            if geom is not None and not geom.is_empty and _blank(rec.get("lat")):
                rec["lat"], rec["lon"] = geom.y, geom.x
            rows.append((i, rec))
        return rows
    raise ClaimsFileError(
        f"{path}: unknown claims format {suffix!r}; use .csv, .geojson, .gpkg or .parquet"
    )


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
        if (
            isinstance(geometry, dict)
            and geometry.get("type") == "Point"
            and _blank(rec.get("lat"))
        ):
            coords = geometry.get("coordinates")
            if (
                isinstance(coords, list)
                and len(coords) >= 2
                and all(isinstance(c, (int, float)) and not isinstance(c, bool) for c in coords[:2])
            ):
                rec["lon"], rec["lat"] = coords[:2]
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
        ``.csv``, ``.geojson``, ``.gpkg`` or ``.parquet``.
    gz
        A :class:`gazetteer.Gazetteer` for rows without lat/lon (opened on demand).
    resolve
        Resolve places of rows without lat/lon.

    Returns
    -------
    geopandas.GeoDataFrame
        The claim columns, the resolution columns and ``line`` (the row's line in the file);
        rows that did not resolve have no geometry and ``resolution`` ``"unresolved"``,
        ``"fuzzy"`` or ``"ambiguous"`` (see :func:`resolve_places`).
    """
    path = Path(path)
    rows = validate_rows(_read_rows(path), str(path))
    if resolve and any(
        r.get("lat") is None or (r.get("precision") in COARSE and r.get("resolution") == "resolved")
        for _, r in rows
    ):
        if gz is None:
            import gazetteer

            gz = gazetteer.open()
        resolve_places([r for _, r in rows], gz)
    for line, row in rows:
        row.setdefault("line", line)
    return _frame([r for _, r in rows])


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
    import geopandas as gpd
    import pandas as pd

    columns = [*COLUMNS, *RESOLUTION_COLUMNS, "line"]
    extra = sorted({k for r in rows for k in r} - set(columns))
    columns += extra
    data = {c: [r.get(c) for r in rows] for c in columns}
    frame = pd.DataFrame(data, columns=columns)
    frame = _normalise(frame)
    geometry = gpd.points_from_xy(frame["lon"], frame["lat"])
    gdf = gpd.GeoDataFrame(frame, geometry=geometry, crs="EPSG:4326")
    gdf.loc[gdf["lat"].isna(), "geometry"] = None
    return gdf


def _normalise(frame):
    """One dtype per column whatever the format read: floats, nullable ints, text or None."""
    import pandas as pd

    for col in frame.columns:
        if col == "geometry":
            continue
        if col in FLOAT_COLUMNS:
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("float64")
        elif col in ("geonameid", "line"):
            frame[col] = pd.to_numeric(frame[col], errors="coerce").astype("Int64")
        else:
            frame[col] = [
                None if _blank(v) else (str(v) if not isinstance(v, str) else v) for v in frame[col]
            ]
            frame[col] = frame[col].astype(object)
    return frame


def write(claims, path: str | os.PathLike) -> Path:
    """Write claims to ``.csv``, ``.geojson``, ``.gpkg``, ``.parquet`` or ``.kml`` (by suffix).

    Reading the written file back with :func:`read` gives the same table (KML is export-only).
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".geojson", ".json", ".gpkg", ".parquet", ".kml"):
        raise ClaimsFileError(f"{path}: write claims as .csv, .geojson, .gpkg, .parquet or .kml")
    frame = claims.copy()
    with atomic_path(path) as tmp:
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
        elif suffix == ".gpkg":
            frame.to_file(tmp, driver="GPKG", layer="claims")
        elif suffix == ".parquet":
            frame.to_parquet(tmp)
        else:
            tmp.write_text(_kml(frame), encoding="utf-8")
    return path


def _json_value(v):
    if _blank(v):
        return None
    v = v.item() if hasattr(v, "item") else v
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def _kml(frame) -> str:
    from html import escape

    marks = []
    for rec in frame.to_dict("records"):
        if _blank(rec.get("lat")):
            continue
        name = f"{rec.get('claimant')}: {rec.get('claim')} {rec.get('place')} ({rec.get('status')})"
        desc = "\n".join(
            f"{k}: {rec[k]}"
            for k in ("date", "source", "url", "quote", "notes")
            if not _blank(rec.get(k))
        )
        when = parse_date(str(rec["date"])).start.isoformat() if rec.get("date") else ""
        marks.append(
            f"<Placemark><name>{escape(name)}</name><description>{escape(desc)}</description>"
            f"<TimeStamp><when>{when}</when></TimeStamp>"
            f"<Point><coordinates>{rec['lon']},{rec['lat']},0</coordinates></Point></Placemark>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2">'
        f"<Document><name>frontmap claims</name>{''.join(marks)}</Document></kml>\n"
    )
