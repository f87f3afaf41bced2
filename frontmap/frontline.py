"""Dated front-line (territorial control) layers.

Loaders
-------
* DeepStateMap daily/monthly series: one MultiPolygon of occupied territory
  per file, the date taken from the file name (``deepstatemap_data_20250211.geojson``).
* Raw DeepStateMap exports: polygons named
  ``"Окуповано /// Occupied /// geoJSON.status.occupied"`` (occupied),
  ``"… geoJSON.status.dismissed"`` (liberated) and ``"… geoJSON.status.unknown"``
  (grey zone), matched through their messy names (non-breaking spaces,
  trailing newlines); points (attack directions, units) are skipped. The
  date is the export's (``2025-02-01T2148Z.geojson``).
* ISW/CTP layers: the ``layer`` property kept apart — claimed Russian
  territory, claimed Ukrainian counteroffensives, assessed Russian advance,
  Russian control of terrain — because *claimed* is not *assessed*.
* Any GeoJSON/GeoPackage with a ``date`` column (and optionally ``class``).

Invalid polygons are repaired with ``shapely.make_valid`` and the repair is
reported on the snapshot (``repairs``). :meth:`Series.snapshot` answers
"which layer was current on a date": the latest on or before it.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

from .errors import FrontmapError

__all__ = ["CLASS_STYLE", "FrontlineError", "Series", "Snapshot", "load"]

#: Display style of each class (fill colour, label).
CLASS_STYLE = {
    "occupied": ("#d7301f", "Occupied (Russian-controlled)"),
    "grey": ("#8c8c8c", "Grey zone / unknown status"),
    "liberated": ("#2b83ba", "Liberated"),
    "isw_claimed_ru": ("#fc8d59", "ISW: claimed Russian territory"),
    "isw_claimed_ua": ("#91bfdb", "ISW: claimed Ukrainian counteroffensives"),
    "isw_assessed_ru": ("#e34a33", "ISW: assessed Russian advance"),
    "isw_control_ru": ("#b30000", "ISW: Russian control of terrain"),
}
_RAW_CLASSES = {"occupied": "occupied", "dismissed": "liberated", "unknown": "grey"}
_ISW_CLASSES = {
    "claimedrussianterritory": "isw_claimed_ru",
    "claimedukrainiancounteroffensives": "isw_claimed_ua",
    "assessedrussianadvance": "isw_assessed_ru",
    "russiacot": "isw_control_ru",
}


class FrontlineError(FrontmapError, ValueError):
    """A front-line file cannot be read or carries no date."""


@dataclass
class Snapshot:
    """Control polygons by class at one date."""

    date: Date
    source: str
    layers: dict  # class -> shapely geometry
    path: str = ""
    repairs: list[str] = field(default_factory=list)
    source_kind: str = "deepstate"

    def to_geojson(self, tolerance: float = 0.0005) -> dict:
        """A FeatureCollection (one feature per class), simplified for display."""
        import shapely

        features = []
        for cls in sorted(self.layers):
            geom = shapely.simplify(self.layers[cls], tolerance, preserve_topology=True)
            geom = shapely.set_precision(geom, 1e-5)
            features.append(
                {
                    "type": "Feature",
                    "properties": {"class": cls},
                    "geometry": json.loads(shapely.to_geojson(geom)),
                }
            )
        return {"type": "FeatureCollection", "features": features}


class Series:
    """Snapshots in date order."""

    def __init__(self, snapshots: list[Snapshot]):
        self.snapshots = sorted(snapshots, key=lambda s: (s.date, s.source))
        self._dates = [s.date for s in self.snapshots]

    def __len__(self) -> int:
        return len(self.snapshots)

    def __iter__(self):
        return iter(self.snapshots)

    @property
    def dates(self) -> list[Date]:
        """Snapshot dates, oldest first."""
        return list(self._dates)

    def snapshot(self, when: Date | str) -> Snapshot | None:
        """The latest snapshot on or before ``when`` (None if all are later)."""
        if isinstance(when, str):
            when = Date.fromisoformat(when)
        i = bisect_right(self._dates, when)
        return self.snapshots[i - 1] if i else None

    def sources(self) -> set[str]:
        """Kinds of source in the series (``deepstate``, ``isw``, ``file``)."""
        return {s.source_kind for s in self.snapshots}


def _date_from_name(name: str) -> Date | None:
    m = re.search(r"(20\d{2})-?(\d{2})-?(\d{2})", name)
    if not m:
        return None
    try:
        return Date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _repair(geom, what: str, repairs: list[str]):
    import shapely

    if geom is None:
        return None
    if not shapely.is_valid(geom):
        reason = shapely.is_valid_reason(geom)
        geom = shapely.make_valid(geom)
        repairs.append(f"{what}: repaired invalid geometry ({reason})")
    return geom


def _read_geojson(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise FrontlineError(f"{path}: cannot read GeoJSON ({exc})") from exc


def _polygons(features, classify, path: Path, repairs: list[str]) -> dict:
    import shapely
    from shapely.geometry import shape

    parts: dict[str, list] = {}
    for i, feature in enumerate(features):
        geometry = feature.get("geometry")
        if not geometry or geometry.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        cls = classify(feature.get("properties") or {})
        if cls is None:
            continue
        try:
            geom = shape(geometry)
        except (ValueError, TypeError, AttributeError) as exc:
            repairs.append(f"{path.name} feature {i}: unreadable geometry skipped ({exc})")
            continue
        parts.setdefault(cls, []).append(_repair(geom, f"{path.name} feature {i}", repairs))
    return {cls: shapely.union_all(geoms) for cls, geoms in parts.items()}


def _classify_raw(props: dict) -> str | None:
    name = " ".join(str(props.get("name") or "").split())
    m = re.search(r"geoJSON\.status\.(\w+)", name)
    return _RAW_CLASSES.get(m.group(1)) if m else None


def _classify_isw(props: dict) -> str | None:
    layer = re.sub(r"[^a-z]", "", str(props.get("layer") or "").lower())
    for key, cls in _ISW_CLASSES.items():
        if key in layer:
            return cls
    return None


def _load_file(path: Path) -> list[Snapshot]:
    suffix = path.suffix.lower()
    if suffix == ".gpkg":
        return _load_dated_table(path)
    data = _read_geojson(path)
    features = data.get("features") or []
    repairs: list[str] = []
    names = [str((f.get("properties") or {}).get("name") or "") for f in features]
    layers = [(f.get("properties") or {}).get("layer") for f in features]
    when = _date_from_name(path.name)
    if any("geoJSON.status" in n for n in names):
        kind, classify = "deepstate-raw", _classify_raw
    elif any(layers):
        kind, classify = "isw", _classify_isw
    elif features and all("date" in (f.get("properties") or {}) for f in features):
        return _load_dated_table(path)
    else:
        kind, classify = "deepstate", lambda props: "occupied"
    if when is None:
        raise FrontlineError(
            f"{path}: no date in the file name (YYYYMMDD or YYYY-MM-DD) and no 'date' property; "
            "rename it or add a date column"
        )
    polygons = _polygons(features, classify, path, repairs)
    source_kind = "isw" if kind == "isw" else "deepstate"
    return [Snapshot(when, kind, polygons, str(path), repairs, source_kind)]


def _load_dated_table(path: Path) -> list[Snapshot]:
    import geopandas as gpd
    import shapely

    frame = gpd.read_file(path)
    if "date" not in frame.columns:
        raise FrontlineError(f"{path}: no 'date' column; a generic front-line file needs one")
    out = []
    cls_col = next((c for c in ("class", "status") if c in frame.columns), None)
    for (when, cls), group in frame.groupby(
        [frame["date"].astype(str).str[:10], frame[cls_col] if cls_col else "occupied"]
    ):
        repairs: list[str] = []
        geoms = [
            _repair(g, f"{path.name} {when}", repairs) for g in group.geometry if g is not None
        ]
        try:
            day = Date.fromisoformat(when)
        except ValueError as exc:
            raise FrontlineError(f"{path}: date {when!r} is not YYYY-MM-DD") from exc
        out.append(
            Snapshot(day, "file", {str(cls): shapely.union_all(geoms)}, str(path), repairs, "file")
        )
    merged: dict[Date, Snapshot] = {}
    for snap in out:
        if snap.date in merged:
            merged[snap.date].layers.update(snap.layers)
            merged[snap.date].repairs += snap.repairs
        else:
            merged[snap.date] = snap
    return list(merged.values())


def load(*paths: str | os.PathLike) -> Series:
    """Load front-line layers from files and/or directories (every ``*.geojson``/``*.gpkg`` in them).

    Raises
    ------
    FrontlineError
        A path does not exist, or a file cannot be read or dated.
    """
    snapshots: list[Snapshot] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted([*path.glob("*.geojson"), *path.glob("*.gpkg")])
            if not files:
                raise FrontlineError(f"{path}: no .geojson or .gpkg files in this directory")
        elif path.is_file():
            files = [path]
        else:
            raise FrontlineError(f"{path}: no such file or directory")
        for f in files:
            snapshots += _load_file(f)
    return Series(snapshots)
