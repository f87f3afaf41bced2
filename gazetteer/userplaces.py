"""A user's own places table (CSV or GeoJSON), layered above every other source.

CSV columns: ``name``, ``lat``, ``lon`` (required); ``alt_names`` (separated
by ``;`` or ``|``), ``oblast``/``admin1``, ``raion``/``admin2``, ``country``
(default ``UA``), ``id``, ``population``, ``feature_code`` (optional).
GeoJSON: a FeatureCollection (or one Feature) of Point features with the
same properties.

Every row is checked before anything is written: a non-empty name, a finite
latitude in -90..90 and longitude in -180..180, a whole non-negative
population (at most :data:`MAX_POPULATION`), an id no other row has (a row
without one is known by its line number), text where text is expected, no
cell longer than :data:`MAX_CELL` characters, no more cells than the header
names and no column named twice. Every malformed row is reported with its
file and line (feature number for GeoJSON) in one :class:`PlacesFileError`;
nothing is installed until all rows are valid, so no row is ever dropped
silently.
"""

from __future__ import annotations

import csv
import json
import math
import os
import time
from collections import Counter
from pathlib import Path

from .admin import OBLASTS, admin_level, oblast_variants
from .errors import PlacesFileError
from .geonames import name_forms
from .store import StoreWriter

__all__ = ["MAX_CELL", "MAX_POPULATION", "build_store", "read_places"]

#: Longest cell or text property accepted, in characters.
MAX_CELL = 128 * 1024
#: Largest population accepted (more than any city).
MAX_POPULATION = 100_000_000
_TEXT = ("alt_names", "oblast", "admin1", "raion", "admin2", "country", "feature_code")


def _oblast(text: str | None):
    if not text:
        return None
    bare, _ = admin_level(text)
    for area in OBLASTS:
        if bare in oblast_variants(area):
            return area
    return None


def _csv_rows(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """``(line, {column: cell})`` of a CSV file, and the problems of its shape."""
    rows: list[tuple[int, dict]] = []
    problems: list[str] = []
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = [h.strip() for h in next(reader, [])]
            repeated = sorted(h for h, count in Counter(header).items() if h and count > 1)
            if repeated:
                raise PlacesFileError(
                    f"{path} line 1: column {', '.join(map(repr, repeated))} appears more than "
                    "once in the header; rename or delete the copies"
                )
            for cells in reader:
                if not cells:
                    continue
                extra = [c for c in cells[len(header) :] if c.strip()]
                if extra:
                    problems.append(
                        f"{path} line {reader.line_num}: {len(cells)} cells but the header "
                        f"names {len(header)} columns"
                    )
                    continue
                rows.append(
                    (reader.line_num, {h: c for h, c in zip(header, cells, strict=False) if h})
                )
        except csv.Error as exc:
            raise PlacesFileError(
                f"{path} line {reader.line_num}: not readable as CSV ({exc}); "
                f"cells hold at most {MAX_CELL:,} characters"
            ) from exc
    return rows, problems


def _geojson_rows(path: Path) -> tuple[list[tuple[int, dict]], list[str]]:
    """``(feature number, properties with lat/lon)`` of a GeoJSON file, and its problems."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(data, dict) and data.get("type") == "Feature":
        data = {"features": [data]}
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise PlacesFileError(
            f"{path}: expected a GeoJSON FeatureCollection (an object with a 'features' list), "
            f"found {type(data).__name__ if not isinstance(data, dict) else 'an object without one'}"
        )
    rows, problems = [], []
    for n, feature in enumerate(features, 1):
        where = f"{path} feature {n}"
        props = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(feature, dict):
            problems.append(f"{where}: not a GeoJSON Feature object ({type(feature).__name__})")
        elif not isinstance(props or {}, dict) or not isinstance(geometry or {}, dict):
            problems.append(f"{where}: 'properties' and 'geometry' must be objects")
        else:
            props, geometry = dict(props or {}), geometry or {}
            kind = geometry.get("type")
            coords = geometry.get("coordinates")
            if kind == "Point":
                if not isinstance(coords, list) or len(coords) < 2:
                    problems.append(f"{where}: a Point needs [longitude, latitude] coordinates")
                    continue
                props["lon"], props["lat"] = coords[:2]
            elif kind is not None and not ("lat" in props and "lon" in props):
                problems.append(f"{where}: a {str(kind)[:40]} geometry; only Points are places")
                continue
            rows.append((n, props))
    return rows, problems


def _number(value) -> float:
    """A finite-or-not float from a cell or JSON value; TypeError/ValueError if not a number."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise TypeError(type(value).__name__)
    return float(value)


def _text(value, field: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, list) and field == "alt_names":
        value = ";".join(map(str, value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        raise TypeError(f"{field!r} must be text, not {type(value).__name__}")
    if len(value) > MAX_CELL:
        raise ValueError(f"{field!r} is longer than {MAX_CELL:,} characters")
    return value


def _check(row: dict, n: int) -> tuple[dict | None, str]:
    """The cleaned row, or None and what is wrong with it."""
    try:
        name = (_text(row.get("name"), "name") or "").strip()
        clean = {field: _text(row.get(field), field) for field in _TEXT}
        given_id = row.get("id")
        clean["id"] = (_text(given_id, "id") or "").strip() or str(n)
    except (TypeError, ValueError) as exc:
        return None, str(exc)
    try:
        lat, lon = _number(row.get("lat")), _number(row.get("lon"))
    except (TypeError, ValueError, OverflowError):
        return None, (
            f"lat/lon missing or not numbers ({str(row.get('lat'))[:40]!r}, "
            f"{str(row.get('lon'))[:40]!r})"
        )
    if not name:
        return None, "the name is empty"
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        return None, (
            f"lat {lat}, lon {lon} out of range (finite, latitude -90..90, longitude -180..180)"
        )
    population = row.get("population")
    if population is not None and population != "":
        try:
            count = _number(population.strip() if isinstance(population, str) else population)
        except (TypeError, ValueError, OverflowError):
            count = math.nan
        if not (math.isfinite(count) and count == int(count) and 0 <= count <= MAX_POPULATION):
            return None, (
                f"population {str(population)[:40]!r} is not a whole number of people "
                f"(0..{MAX_POPULATION:,})"
            )
        population = int(count)
    else:
        population = None
    clean.update(name=name, lat=lat, lon=lon, population=population)
    return clean, ""


def read_places(path: str | os.PathLike) -> list[tuple[int, dict]]:
    """Read and validate a places file; returns ``(line, row)`` pairs, one per data row.

    Raises
    ------
    PlacesFileError
        Listing every bad row as ``file line N: problem`` (nothing is returned then).
    """
    path = Path(path)
    geojson = path.suffix.lower() in (".geojson", ".json")
    try:
        rows, problems = _geojson_rows(path) if geojson else _csv_rows(path)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        if isinstance(exc, PlacesFileError):
            raise
        what = "nested too deeply" if isinstance(exc, RecursionError) else exc
        raise PlacesFileError(f"{path}: cannot read places file ({what})") from exc
    unit = "feature" if geojson else "line"
    bad: list[int] = []
    good = []
    ids: dict[str, int] = {}
    for n, row in rows:
        clean, problem = _check(row, n)
        if clean is not None and clean["id"] in ids:
            clean, problem = None, f"id {clean['id'][:40]!r} repeats {unit} {ids[clean['id']]}"
        if clean is None:
            problems.append(f"{path} {unit} {n}: {problem}")
            bad.append(n)
            continue
        ids[clean["id"]] = n
        good.append((n, clean))
    if not rows and not problems:
        problems.append(f"{path}: no places (expected columns name, lat, lon)")
    if problems:
        shown = "; ".join(problems[:10])
        if len(problems) > 10:
            rest = [str(n) for n in bad[-(len(problems) - 10) :][:50]]
            shown += f"; and {len(problems) - 10} more"
            if rest:
                shown += f" ({unit}s {', '.join(rest)}" + (", …)" if len(rest) == 50 else ")")
        raise PlacesFileError(f"{len(problems)} bad row(s), nothing installed: {shown}")
    return good


def build_store(path: str | os.PathLike, target: str | os.PathLike, *, source: str) -> dict:
    """Validate a places file and build its store at ``target`` atomically."""
    rows = read_places(path)
    with StoreWriter(target) as writer:
        for _, row in rows:
            alts = [a.strip() for a in str(row.get("alt_names") or "").replace("|", ";").split(";")]
            forms, name_uk, name_ru = name_forms(row["name"], row["name"], [a for a in alts if a])
            area = _oblast(row.get("oblast") or row.get("admin1"))
            country = str(row.get("country") or "UA").upper()
            writer.add_place(
                {
                    "id": f"{source}:{row['id']}",
                    "source": source,
                    "name": row["name"],
                    "lat": row["lat"],
                    "lon": row["lon"],
                    "name_uk": name_uk,
                    "name_ru": name_ru,
                    "name_en": row["name"],
                    "feature_class": "P",
                    "feature_code": row.get("feature_code") or "PPL",
                    "country": country,
                    "admin1_code": area.admin1 if area else None,
                    "admin1": area.en if area else (row.get("oblast") or row.get("admin1") or None),
                    "admin2": row.get("raion") or row.get("admin2") or None,
                    "population": row["population"],
                    "precision": "point",
                },
                forms,
            )
        meta = {
            "source": source,
            "kind": "user",
            "file": str(Path(path).resolve()),
            "rows": len(rows),
            "licence": "the user's own",
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        writer.set_meta(**meta)
    return meta
