"""Ukraine's outline and land border, shipped as data, and distances to them.

``frontmap/data/ukraine-outline.geojson`` is built by ``scripts/build_ua_outline.py`` from the
OSM-derived oblast polygons (© OpenStreetMap contributors, ODbL), simplified to ~100 m. Its
boundary is split into the land border by neighbour (``land:RU``, ``land:BY``,
``land:other``) and the ``coast`` (Black Sea, Sea of Azov), told apart with Natural Earth's
1:110m countries: within ~15 km of where a land border meets the sea the split is approximate.

Distances are geodesic: the geometry is projected to an azimuthal equidistant projection
centred on the place, as :mod:`frontmap.frontline` does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["ATTRIBUTION", "BorderDistance", "border_distance", "outline_geojson", "outline_record"]

_DATA = Path(__file__).parent / "data"
ATTRIBUTION = "Ukraine's outline: © OpenStreetMap contributors (ODbL)"


@dataclass(frozen=True)
class BorderDistance:
    """How far a place lies from Ukraine's land border (or from a neighbour's part of it)."""

    distance_km: float
    nearest_lat: float
    nearest_lon: float
    inside_ukraine: bool
    part: str  # the border measured: "land", "land:RU", "land:BY"
    coast_km: float  # distance to the coast, for places nearer the sea than the border


@lru_cache(maxsize=1)
def _parts() -> dict:
    from shapely.geometry import shape

    doc = json.loads((_DATA / "ukraine-outline.geojson").read_text(encoding="utf-8"))
    return {f["properties"]["part"]: shape(f["geometry"]) for f in doc["features"]}


@lru_cache(maxsize=1)
def outline_record() -> dict:
    """Source, sha256, date and licence of the shipped outline."""
    return json.loads((_DATA / "ukraine-outline.json").read_text(encoding="utf-8"))


def outline_geojson(grid: float = 1e-3) -> dict:
    """Ukraine's outline (a GeoJSON geometry, coordinates on a ``grid``-degree grid), for drawing."""
    import shapely
    from shapely.geometry import mapping

    return mapping(shapely.set_precision(_parts()["outline"], grid))


def _local(lat: float, lon: float):
    from pyproj import Transformer

    proj = f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84"
    return (
        Transformer.from_crs("EPSG:4326", proj, always_xy=True),
        Transformer.from_crs(proj, "EPSG:4326", always_xy=True),
    )


def _nearest(geom, fwd, back) -> tuple[float, float, float]:
    """``(km, lat, lon)`` of the point of ``geom`` nearest the projection's centre."""
    import numpy as np
    import shapely

    local = shapely.transform(geom, lambda xy: np.column_stack(fwd.transform(xy[:, 0], xy[:, 1])))
    origin = shapely.Point(0, 0)
    near = shapely.shortest_line(origin, local).coords[-1]
    lon, lat = back.transform(*near)
    return local.distance(origin) / 1000.0, lat, lon


def border_distance(lat: float, lon: float, country: str | None = None) -> BorderDistance:
    """The distance from ``(lat, lon)`` to Ukraine's land border.

    Parameters
    ----------
    country
        ``"RU"`` or ``"BY"`` to measure to that neighbour's part of the border only
        ("the Russian border"); any other value (or None) measures to the whole land border.
    """
    import shapely

    parts = _parts()
    fwd, back = _local(lat, lon)
    part = f"land:{country}" if country in ("RU", "BY") else "land"
    if part == "land":
        geom = shapely.union_all([parts["land:RU"], parts["land:BY"], parts["land:other"]])
    else:
        geom = parts[part]
    km, nlat, nlon = _nearest(geom, fwd, back)
    coast_km, _, _ = _nearest(parts["coast"], fwd, back)
    inside = parts["outline"].covers(shapely.Point(lon, lat))
    return BorderDistance(round(km, 3), nlat, nlon, inside, part, round(coast_km, 3))
