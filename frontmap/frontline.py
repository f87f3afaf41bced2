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
* Any GeoJSON/GeoPackage/FlatGeobuf/shapefile with a ``date`` column (and optionally
  ``class``).

Every file is read through pyogrio (GDAL): a layer in another CRS (Web Mercator, UTM, a
GeoJSON with a legacy ``crs`` member) is reprojected to longitude/latitude, and one whose CRS
cannot be converted is refused with the CRS named.

Invalid polygons are repaired with ``shapely.make_valid`` and the repair is
reported on the snapshot (``repairs``). :meth:`Series.snapshot` answers
"which layer was current on a date": the latest on or before it.
"""

from __future__ import annotations

import json
import math
import os
import re
import warnings
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from datetime import date as Date
from pathlib import Path

from .errors import FrontmapError

__all__ = [
    "CLASS_STYLE",
    "Change",
    "ClaimCheck",
    "FrontlineError",
    "Series",
    "Snapshot",
    "Status",
    "area_km2",
    "check_claims",
    "load",
]

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


@dataclass(frozen=True)
class Status:
    """The control class of a point on a date, which snapshot said so, and the distance to the line.

    ``distance_km`` is signed: positive inside the occupied area, negative outside; measured
    geodesically (an azimuthal equidistant projection centred on the point).
    """

    lat: float
    lon: float
    date: Date
    cls: str  # occupied, grey, liberated, outside, or an ISW class
    snapshot_date: Date | None
    source: str | None
    distance_km: float | None
    #: For a place known only to an area (its hromada): the radius of that area, and the share
    #: of it in each class. ``cls`` is then a class only when the whole area lies in it, else
    #: ``"cannot tell"``.
    radius_km: float | None = None
    shares: dict[str, float] | None = None


@dataclass(frozen=True)
class LineDistance:
    """How far a place lies from the occupied area on a date, and the line's nearest point.

    ``distance_km`` is 0 for a place inside the occupied area (``inside`` is then True and
    ``depth_km`` says how far inside); ``snapshot_date``/``source`` name the map measured.
    """

    distance_km: float
    inside: bool
    depth_km: float
    nearest_lat: float
    nearest_lon: float
    snapshot_date: Date
    source: str


@dataclass
class Change:
    """Territory gained and lost between two snapshots, in km²."""

    date_a: Date
    date_b: Date
    gained: object  # shapely geometry (occupied at b, not at a)
    lost: object
    gained_km2: float
    lost_km2: float
    gained_km2_equal_area: float
    lost_km2_equal_area: float
    by_area: list[dict] = field(default_factory=list)

    @property
    def net_km2(self) -> float:
        """Gained minus lost."""
        return self.gained_km2 - self.lost_km2


def area_km2(geom) -> float:
    """Area on the WGS84 ellipsoid (pyproj ``Geod.geometry_area_perimeter``), in km²."""
    from pyproj import Geod

    if geom is None or geom.is_empty:
        return 0.0
    area, _ = Geod(ellps="WGS84").geometry_area_perimeter(geom)
    return abs(area) / 1e6


def _equal_area_km2(geom) -> float:
    """Area in a Lambert azimuthal equal-area projection centred on Ukraine, in km²."""
    import shapely
    from pyproj import Transformer

    if geom is None or geom.is_empty:
        return 0.0
    t = Transformer.from_crs(
        "EPSG:4326", "+proj=laea +lat_0=48.5 +lon_0=31.5 +datum=WGS84", always_xy=True
    )
    return (
        shapely.transform(
            geom, lambda xy: __import__("numpy").column_stack(t.transform(xy[:, 0], xy[:, 1]))
        ).area
        / 1e6
    )


def _signed_distance_km(geom, lat: float, lon: float) -> float | None:
    """Distance from a point to the boundary of ``geom``; positive inside."""
    import numpy as np
    import shapely
    from pyproj import Transformer

    if geom is None or geom.is_empty:
        return None
    t = Transformer.from_crs(
        "EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84", always_xy=True
    )
    local = shapely.transform(geom, lambda xy: np.column_stack(t.transform(xy[:, 0], xy[:, 1])))
    origin = shapely.Point(0, 0)
    d = local.boundary.distance(origin) / 1000.0
    return d if local.contains(origin) else -d


_LAEA = "+proj=laea +lat_0=48.5 +lon_0=31.5 +datum=WGS84"
_PROJECTED: dict[tuple, object] = {}


def _projected(snap, geom, transformer):
    """A snapshot's occupied area in :data:`_LAEA` (cached per snapshot)."""
    import numpy as np
    import shapely

    key = (snap.date, snap.source, id(geom))
    if key not in _PROJECTED:
        _PROJECTED[key] = shapely.transform(
            geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
        )
    return _PROJECTED[key]


_PRIORITY = ("occupied", "grey", "liberated", "isw_control_ru", "isw_assessed_ru", "isw_claimed_ru",
             "isw_claimed_ua")  # fmt: skip


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

    def status(self, lat: float, lon: float, when: Date | str) -> Status:
        """The class of ``(lat, lon)`` on ``when`` by the snapshot current then."""
        import shapely

        when = Date.fromisoformat(when) if isinstance(when, str) else when
        snap = self.snapshot(when)
        if snap is None:
            return Status(lat, lon, when, "no data", None, None, None)
        point = shapely.Point(lon, lat)
        cls = "outside"
        for name in sorted(snap.layers, key=lambda c: _PRIORITY.index(c) if c in _PRIORITY else 99):
            if snap.layers[name].covers(point):
                cls = name
                break
        occupied = snap.layers.get("occupied") or snap.layers.get("isw_control_ru")
        return Status(
            lat, lon, when, cls, snap.date, snap.source, _signed_distance_km(occupied, lat, lon)
        )

    def area_status(self, lat: float, lon: float, radius_km: float, when: Date | str) -> Status:
        """The class of a place known only to within ``radius_km`` of ``(lat, lon)``.

        The disc of that radius (geodesic, in an azimuthal equidistant projection centred on
        the point) is intersected with each class of the snapshot current on ``when``. The
        status names a class only when the whole disc lies in it; otherwise it is
        ``"cannot tell"`` and ``shares`` gives the fraction of the disc in each class.
        """
        import numpy as np
        import shapely
        from pyproj import Transformer

        point = self.status(lat, lon, when)
        if point.snapshot_date is None:
            return replace(point, radius_km=radius_km)
        snap = self.snapshot(point.date)
        fwd = Transformer.from_crs(
            "EPSG:4326", f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84", always_xy=True
        )
        disc = shapely.Point(0, 0).buffer(radius_km * 1000.0, quad_segs=32)
        whole = disc.area
        shares: dict[str, float] = {}
        taken = shapely.Polygon()
        for name in sorted(snap.layers, key=lambda c: _PRIORITY.index(c) if c in _PRIORITY else 99):
            local = shapely.transform(
                snap.layers[name], lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1]))
            )
            part = local.intersection(disc).difference(taken)
            if not part.is_empty:
                shares[name] = round(part.area / whole, 4)
                taken = taken.union(part)
        rest = round(max(0.0, 1.0 - sum(shares.values())), 4)
        if rest > 0:
            shares["outside"] = rest
        whole_class = [c for c, f in shares.items() if f >= 0.995]
        cls = whole_class[0] if whole_class else "cannot tell"
        return replace(point, cls=cls, radius_km=radius_km, shares=shares)

    def line_distance(self, lat: float, lon: float, when: Date | str) -> LineDistance | None:
        """The distance from ``(lat, lon)`` to the occupied area in the snapshot current on
        ``when`` (0 inside it), with the nearest point of the line; None without a snapshot."""
        import numpy as np
        import shapely
        from pyproj import Transformer

        when = Date.fromisoformat(when) if isinstance(when, str) else when
        snap = self.snapshot(when)
        if snap is None:
            return None
        occupied = snap.layers.get("occupied") or snap.layers.get("isw_control_ru")
        if occupied is None or occupied.is_empty:
            return None
        proj = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84"
        fwd = Transformer.from_crs("EPSG:4326", proj, always_xy=True)
        back = Transformer.from_crs(proj, "EPSG:4326", always_xy=True)
        local = shapely.transform(
            occupied, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1]))
        )
        origin = shapely.Point(0, 0)
        edge = local.boundary
        near_x, near_y = shapely.shortest_line(origin, edge).coords[-1]
        near_lon, near_lat = back.transform(near_x, near_y)
        to_edge = edge.distance(origin) / 1000.0
        inside = local.contains(origin)
        return LineDistance(
            0.0 if inside else round(to_edge, 3),
            inside,
            round(to_edge, 3) if inside else 0.0,
            near_lat,
            near_lon,
            snap.date,
            snap.source,
        )

    def line_distances(self, lats, lons, when: Date | str):
        """Vectorised :meth:`line_distance` (km, 0 inside; NaN without a snapshot).

        Points and line are projected once to a Lambert equal-area projection centred on
        Ukraine; against the per-point azimuthal projection the error is under 1% within
        ~300 km of the line.
        """
        import numpy as np
        import shapely
        from pyproj import Transformer

        lats, lons = np.asarray(lats, dtype=float), np.asarray(lons, dtype=float)
        snap = self.snapshot(Date.fromisoformat(when) if isinstance(when, str) else when)
        occupied = None if snap is None else snap.layers.get("occupied")
        if occupied is None:
            return np.full(lats.shape, np.nan)
        t = Transformer.from_crs("EPSG:4326", _LAEA, always_xy=True)
        local = _projected(snap, occupied, t)
        x, y = t.transform(lons, lats)
        points = shapely.points(x, y)
        shapely.prepare(local)
        d = shapely.distance(local, points) / 1000.0  # 0 inside the polygon
        return d

    def statuses(self, lats, lons, when: Date | str):
        """Vectorised: is each point inside the occupied area on ``when``? (bool array, or None)."""
        import numpy as np
        import shapely

        snap = self.snapshot(Date.fromisoformat(when) if isinstance(when, str) else when)
        if snap is None or "occupied" not in snap.layers:
            return None
        geom = snap.layers["occupied"]
        shapely.prepare(geom)
        return shapely.contains_xy(
            geom, np.asarray(lons, dtype=float), np.asarray(lats, dtype=float)
        )

    def history(
        self, lat: float, lon: float, start: Date | str | None = None, end: Date | str | None = None
    ):
        """``(date, class)`` at the first snapshot and at every snapshot where the class changed."""
        start = Date.fromisoformat(start) if isinstance(start, str) else start
        end = Date.fromisoformat(end) if isinstance(end, str) else end
        out: list[tuple[Date, str]] = []
        for snap in self.snapshots:
            if (start and snap.date < start) or (end and snap.date > end):
                continue
            cls = self.status(lat, lon, snap.date).cls
            if not out or out[-1][1] != cls:
                out.append((snap.date, cls))
        return out

    def line_at(self, when: Date | str, country=None):
        """The front line on ``when``: the occupied area's boundary as lines.

        With ``country`` (a GeoDataFrame or geometry of Ukraine's territory, e.g. the oblast
        polygons), the stretches that follow the international border or the coast are removed.
        """
        import shapely

        snap = self.snapshot(when)
        if snap is None or "occupied" not in snap.layers:
            raise FrontlineError(f"no occupied layer on or before {when}")
        line = snap.layers["occupied"].boundary
        if country is not None:
            geoms = getattr(country, "geometry", None)
            area = (
                shapely.union_all([shapely.make_valid(g) for g in geoms])
                if geoms is not None
                else country
            )
            # 2 km (in degrees of latitude): border and coast as drawn by two sources rarely coincide
            line = shapely.difference(line, area.boundary.buffer(0.018))
            line = shapely.intersection(line, area.buffer(0.018))
        # set operations can leave stray points: keep the lines only
        parts = [p for p in shapely.get_parts(line) if p.geom_type in ("LineString", "LinearRing")]
        return shapely.multilinestrings(parts) if parts else shapely.MultiLineString()

    def change(
        self, date_a: Date | str, date_b: Date | str, by=None, by_name: str = "name"
    ) -> Change:
        """Occupied territory gained and lost between the snapshots current on two dates.

        Parameters
        ----------
        by
            Optional GeoDataFrame of areas (raions, oblasts) to break the change down by; the
            part outside every area is reported as ``"(outside the given areas)"`` so the
            breakdown sums to the total.
        """
        import shapely

        a = self.snapshot(date_a)
        b = self.snapshot(date_b)
        if a is None or b is None:
            raise FrontlineError(f"no snapshot on or before {date_a if a is None else date_b}")
        occ_a, occ_b = a.layers.get("occupied"), b.layers.get("occupied")
        if occ_a is None or occ_b is None:
            raise FrontlineError("change needs an 'occupied' layer on both dates")
        gained = shapely.make_valid(shapely.difference(occ_b, occ_a))
        lost = shapely.make_valid(shapely.difference(occ_a, occ_b))
        result = Change(a.date, b.date, gained, lost, area_km2(gained), area_km2(lost),
                        _equal_area_km2(gained), _equal_area_km2(lost))  # fmt: skip
        if by is not None:
            covered = shapely.union_all([shapely.make_valid(g) for g in by.geometry])
            for name, geom in zip(by[by_name], by.geometry, strict=True):
                geom = shapely.make_valid(geom)
                g, l_ = (
                    area_km2(shapely.intersection(gained, geom)),
                    area_km2(shapely.intersection(lost, geom)),
                )
                if g or l_:
                    result.by_area.append({"area": str(name), "gained_km2": g, "lost_km2": l_})
            rest_g = area_km2(shapely.difference(gained, covered))
            rest_l = area_km2(shapely.difference(lost, covered))
            if rest_g > 1e-3 or rest_l > 1e-3:
                result.by_area.append(
                    {"area": "(outside the given areas)", "gained_km2": rest_g, "lost_km2": rest_l}
                )
        return result


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


def _read_layer(path: Path):
    """A vector file as a GeoDataFrame in longitude/latitude (EPSG:4326), read by pyogrio.

    A file in another CRS is reprojected; a CRS that cannot be converted, or a file without
    a CRS whose coordinates are not longitude/latitude, is refused with the CRS named.
    """
    import geopandas as gpd
    import pyogrio

    kind = "GeoJSON" if path.suffix.lower() in (".geojson", ".json") else "the file"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL's notes on odd files
            frame = gpd.read_file(path, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise FrontlineError(f"{path}: cannot read {kind} ({str(exc).splitlines()[0]})") from None
    except Exception as exc:
        raise FrontlineError(f"{path}: cannot read {kind} ({exc})") from exc
    if frame.crs is None or frame.crs.equals("EPSG:4326", ignore_axis_order=True):
        # GeoJSON without a crs member is read as EPSG:4326: metres there are an unnamed CRS
        geoms = frame.geometry[frame.geometry.notna()]
        bounds = geoms.total_bounds if len(geoms) else None
        if bounds is not None and not (
            -180 <= bounds[0] <= bounds[2] <= 180 and -90 <= bounds[1] <= bounds[3] <= 90
        ):
            raise FrontlineError(
                f"{path}: no CRS is given, and its coordinates (x {bounds[0]:.0f}…{bounds[2]:.0f}, "
                f"y {bounds[1]:.0f}…{bounds[3]:.0f}) are not longitude/latitude; give the file "
                "its CRS (or export it as EPSG:4326)"
            )
        return frame if frame.crs is not None else frame.set_crs("EPSG:4326")
    name = f"{frame.crs.name} ({frame.crs.to_string()})"
    try:
        out = frame.to_crs("EPSG:4326")
    except Exception as exc:
        raise FrontlineError(
            f"{path}: its CRS {name} cannot be converted to longitude/latitude ({exc}); "
            "export it as EPSG:4326"
        ) from None
    geoms = out.geometry[out.geometry.notna()]
    if len(geoms) and not all(map(math.isfinite, geoms.total_bounds)):
        raise FrontlineError(
            f"{path}: its CRS {name} gives no finite longitude/latitude for its coordinates; "
            "check the CRS, or export it as EPSG:4326"
        )
    return out


def _polygons(records, classify, path: Path, repairs: list[str]) -> dict:
    import shapely

    parts: dict[str, list] = {}
    for i, (props, geom) in enumerate(records):
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        cls = classify(props)
        if cls is None:
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
    frame = _read_layer(path)
    props = frame.drop(columns="geometry").to_dict("records")
    repairs: list[str] = []
    names = [str(p.get("name") or "") for p in props]
    layers = [p.get("layer") for p in props]
    when = _date_from_name(path.name)
    if any("geoJSON.status" in n for n in names):
        kind, classify = "deepstate-raw", _classify_raw
    elif any(isinstance(x, str) and x for x in layers):
        kind, classify = "isw", _classify_isw
    elif "date" in frame.columns and len(frame) and frame["date"].notna().all():
        return _dated_table(frame, path)
    else:
        kind, classify = "deepstate", lambda props: "occupied"
    if when is None:
        raise FrontlineError(
            f"{path}: no date in the file name (YYYYMMDD or YYYY-MM-DD) and no 'date' property; "
            "rename it or add a date column"
        )
    polygons = _polygons(zip(props, frame.geometry, strict=True), classify, path, repairs)
    source_kind = "isw" if kind == "isw" else "deepstate"
    return [Snapshot(when, kind, polygons, str(path), repairs, source_kind)]


def _dated_table(frame, path: Path) -> list[Snapshot]:
    import shapely

    if "date" not in frame.columns:
        raise FrontlineError(f"{path}: no 'date' column; a generic front-line file needs one")
    out = []
    cls_col = next((c for c in ("class", "status") if c in frame.columns), None)
    days = [_day_text(v) for v in frame["date"]]
    for (when, cls), group in frame.groupby(
        [days, frame[cls_col] if cls_col else ["occupied"] * len(frame)]
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


def _day_text(value) -> str:
    """``YYYY-MM-DD`` of a date cell (a datetime GDAL parsed, or text)."""
    if hasattr(value, "date") and callable(value.date):
        return value.date().isoformat()
    return str(value).strip().replace("/", "-")[:10]


#: Front-line files :func:`load` takes from a directory (a single file may be any vector
#: format GDAL reads).
LAYER_SUFFIXES = (".geojson", ".gpkg", ".fgb", ".shp")


def load(*paths: str | os.PathLike) -> Series:
    """Load front-line layers from files and/or directories (every ``*.geojson``, ``*.gpkg``,
    ``*.fgb`` and ``*.shp`` in them), read through pyogrio and reprojected to EPSG:4326 from
    the file's CRS (a CRS that cannot be converted is refused, named).

    Raises
    ------
    FrontlineError
        A path does not exist, or a file cannot be read or dated.
    """
    snapshots: list[Snapshot] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.iterdir() if f.suffix.lower() in LAYER_SUFFIXES)
            if not files:
                raise FrontlineError(
                    f"{path}: no front-line files ({', '.join(LAYER_SUFFIXES)}) in this directory"
                )
        elif path.is_file():
            files = [path]
        else:
            raise FrontlineError(f"{path}: no such file or directory")
        for f in files:
            snapshots += _load_file(f)
    return Series(snapshots)


@dataclass(frozen=True)
class ClaimCheck:
    """A claim set against the control layers around its date."""

    claim_id: str | None
    place: str
    date: Date
    claimant: str
    claim: str
    verdict: str  # consistent, ahead of the map, contradicted, no data, not checkable
    explanation: str
    status: str | None
    first_occupied: Date | None


_EXPECT_OCCUPIED = {"captured", "advancing", "encircled", "attacked"}
_EXPECT_FREE = {"liberated", "repelled"}
WINDOW_DAYS = 14
NEAR_LINE_KM = 3.0


def check_claims(claims, series: Series, *, window_days: int = WINDOW_DAYS) -> list[ClaimCheck]:
    """Compare each located claim with the layer at its date and the days after.

    Verdicts: **consistent** (the map agrees on the claim date), **ahead of the map** (the
    map agrees only later within ``window_days``), **contradicted** (the map shows the
    opposite for the whole window; only for a place located to a point), **cannot tell** (a
    place located only to its hromada whose area the map splits, or that the map would
    contradict), **no data** (no snapshot covers the date), **not
    checkable** (no location, or a claim type the map cannot test). "fighting" agrees with a
    place in the grey zone or within :data:`NEAR_LINE_KM` of the line, and is contradicted by a
    place deep inside either side.
    """
    from datetime import timedelta

    from .claims import parse_date

    out = []
    source = "DeepStateMap" if "deepstate" in series.sources() else "the map"
    for rec in claims.to_dict("records"):
        place, claimant, kind = (
            str(rec.get("place")),
            str(rec.get("claimant")),
            str(rec.get("claim")),
        )
        when = parse_date(rec.get("date")).start
        ident = rec.get("id") if isinstance(rec.get("id"), str) else None
        lat, lon = rec.get("lat"), rec.get("lon")

        def make(verdict, text, status=None, first=None, _c=(ident, place, when, claimant, kind)):
            return ClaimCheck(*_c, verdict, text, status, first)

        if lat is None or lon is None or lat != lat:
            note = rec.get("resolution_note")
            out.append(
                make(
                    "not checkable",
                    f"{place} has no location"
                    + (f" ({note})" if isinstance(note, str) and note else ""),
                )
            )
            continue
        if rec.get("resolution") == "ambiguous" or rec.get("match_kind") == "fuzzy":
            out.append(
                make(
                    "not checkable",
                    f"{place} is not confidently located ({rec.get('resolution_note') or rec.get('resolution')})",
                )
            )
            continue
        radius = rec.get("radius_km")
        coarse = rec.get("precision") not in (None, "point") and radius == radius and bool(radius)
        st = (
            series.area_status(lat, lon, float(radius), when)
            if coarse
            else series.status(lat, lon, when)
        )
        if coarse and st.cls == "cannot tell":
            shares = ", ".join(f"{c} {f:.0%}" for c, f in (st.shares or {}).items())
            out.append(
                make(
                    "cannot tell",
                    f"{claimant} claimed {kind} at {place} on {when}; {place} is located only to its {rec.get('precision')} (±{float(radius):.0f} km), and that area is split on the map ({st.snapshot_date}): {shares}. A point for {place} would decide.",
                    st.cls,
                )
            )
            continue
        if st.snapshot_date is None:
            out.append(make("no data", f"no {source} snapshot on or before {when}"))
            continue
        occupied_dates = [s.date for s in series if s.layers.get("occupied") is not None
                          and series.status(lat, lon, s.date).cls == "occupied"]  # fmt: skip
        first = min(occupied_dates) if occupied_dates else None
        window = [s for s in series if when <= s.date <= when + timedelta(days=window_days)]
        earliest = series.dates[0]
        head = f"{claimant} claimed {kind} at {place} on {when}; {source} ({st.snapshot_date}): {st.cls}"
        if kind in _EXPECT_OCCUPIED or kind in _EXPECT_FREE:
            want = kind in _EXPECT_OCCUPIED
            agrees = (st.cls == "occupied") == want
            if agrees:
                lag = ""
                if want and first is not None:
                    lag = (f"; inside the occupied area from {first}"
                           + (" (earliest snapshot available)" if first == earliest else "")
                           + (f" — the claim lagged the map by ≥ {(when - first).days} days" if first < when else ""))  # fmt: skip
                out.append(make("consistent", head + lag + ".", st.cls, first))
            elif any((series.status(lat, lon, s.date).cls == "occupied") == want for s in window):
                out.append(
                    make(
                        "ahead of the map",
                        head + f"; the map agrees within {window_days} days.",
                        st.cls,
                        first,
                    )
                )
            elif coarse:
                out.append(
                    make(
                        "cannot tell",
                        head
                        + f"; {place} is located only to its {rec.get('precision')} (±{float(radius):.0f} km), so the map's opposite reading cannot contradict it.",
                        st.cls,
                        first,
                    )
                )
            else:
                out.append(
                    make(
                        "contradicted",
                        head
                        + f"; the map shows the opposite through {when + timedelta(days=window_days)}.",
                        st.cls,
                        first,
                    )
                )
        elif kind == "fighting":
            near = st.distance_km is not None and abs(st.distance_km) <= NEAR_LINE_KM
            if st.cls == "grey" or near:
                out.append(
                    make(
                        "consistent",
                        head + f", {abs(st.distance_km or 0):.1f} km from the line.",
                        st.cls,
                        first,
                    )
                )
            elif coarse:
                out.append(
                    make(
                        "cannot tell",
                        head
                        + f"; {place} is located only to its {rec.get('precision')} (±{float(radius):.0f} km).",
                        st.cls,
                        first,
                    )
                )
            else:
                side = (
                    "inside the occupied area" if st.cls == "occupied" else "behind Ukrainian lines"
                )
                out.append(
                    make(
                        "contradicted",
                        head + f": {abs(st.distance_km or 0):.1f} km {side}.",
                        st.cls,
                        first,
                    )
                )
        else:
            out.append(
                make(
                    "not checkable",
                    head + f"; a '{kind}' claim is not tested against the map.",
                    st.cls,
                    first,
                )
            )
    return out
