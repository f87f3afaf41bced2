"""A user's own places table (CSV or GeoJSON), layered above every other source.

CSV columns: ``name``, ``lat``, ``lon`` (required); ``alt_names`` (separated
by ``;`` or ``|``), ``oblast``/``admin1``, ``raion``/``admin2``, ``country``
(default ``UA``), ``id``, ``population``, ``feature_code`` (optional).
GeoJSON: Point features with the same properties. Every malformed row is
reported with its file and line (feature number for GeoJSON); nothing is
installed until all rows are valid.
"""

from __future__ import annotations

import csv
import json
import os
import time
from pathlib import Path

from .admin import OBLASTS, admin_level, oblast_variants
from .errors import PlacesFileError
from .geonames import name_forms
from .store import StoreWriter

__all__ = ["build_store", "read_places"]


def _oblast(text: str | None):
    if not text:
        return None
    bare, _ = admin_level(text)
    for area in OBLASTS:
        if bare in oblast_variants(area):
            return area
    return None


def read_places(path: str | os.PathLike) -> list[tuple[int, dict]]:
    """Read and validate a places file; returns ``(line, row)`` pairs.

    Raises
    ------
    PlacesFileError
        Listing every bad row as ``file line N: problem``.
    """
    path = Path(path)
    try:
        if path.suffix.lower() in (".geojson", ".json"):
            data = json.loads(path.read_text(encoding="utf-8"))
            rows = []
            for n, feature in enumerate(data.get("features", []), 1):
                props = dict(feature.get("properties") or {})
                geometry = feature.get("geometry") or {}
                if geometry.get("type") == "Point":
                    props["lon"], props["lat"] = geometry["coordinates"][:2]
                rows.append((n, props))
        else:
            with open(path, encoding="utf-8-sig", newline="") as handle:
                reader = csv.DictReader(handle)
                rows = [(reader.line_num, dict(row)) for row in reader]
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, csv.Error) as exc:
        raise PlacesFileError(f"{path}: cannot read places file ({exc})") from exc
    unit = "feature" if path.suffix.lower() in (".geojson", ".json") else "line"
    problems, good = [], []
    for n, row in rows:
        name = str(row.get("name") or "").strip()
        try:
            lat, lon = float(row.get("lat")), float(row.get("lon"))
        except (TypeError, ValueError):
            problems.append(
                f"{path} {unit} {n}: lat/lon missing or not numbers "
                f"({row.get('lat')!r}, {row.get('lon')!r})"
            )
            continue
        if not name:
            problems.append(f"{path} {unit} {n}: the name is empty")
        elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
            problems.append(f"{path} {unit} {n}: lat {lat}, lon {lon} out of range")
        else:
            row.update(name=name, lat=lat, lon=lon)
            good.append((n, row))
    if not rows:
        problems.append(f"{path}: no places (expected columns name, lat, lon)")
    if problems:
        shown = "; ".join(problems[:10]) + (
            f"; and {len(problems) - 10} more" if len(problems) > 10 else ""
        )
        raise PlacesFileError(f"{len(problems)} bad row(s), nothing installed: {shown}")
    return good


def build_store(path: str | os.PathLike, target: str | os.PathLike, *, source: str) -> dict:
    """Validate a places file and build its store at ``target`` atomically."""
    rows = read_places(path)
    with StoreWriter(target) as writer:
        for n, row in rows:
            alts = [a.strip() for a in str(row.get("alt_names") or "").replace("|", ";").split(";")]
            forms, name_uk, name_ru = name_forms(row["name"], row["name"], [a for a in alts if a])
            area = _oblast(row.get("oblast") or row.get("admin1"))
            country = str(row.get("country") or "UA").upper()
            pop = row.get("population")
            writer.add_place(
                {
                    "id": f"{source}:{row.get('id') or n}",
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
                    "population": int(float(pop)) if pop not in (None, "") else None,
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
