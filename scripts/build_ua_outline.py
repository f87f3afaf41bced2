"""Build the simplified outline of Ukraine shipped in ``frontmap/data/``.

Source: ``../shared/data/admin/oblasts.geojson`` (OpenStreetMap-derived oblast polygons, ODbL:
"© OpenStreetMap contributors"). The 25 oblasts are united, their holes (Kyiv city) filled,
and the result simplified to about 100 m. The boundary is split into:

* ``land:RU``, ``land:BY``, ``land:other`` — the land border, by neighbour: each 2 km piece of
  the outline goes to the nearest neighbouring country within :data:`NEIGHBOUR_KM` in Natural
  Earth's 1:110m countries (public domain; the copy pyogrio ships as a test fixture);
* ``coast`` — the pieces with no neighbour that close: the Black Sea and Sea of Azov coast.
  Natural Earth at that scale is coarse (kilometres), so within ~15 km of where a land border
  meets the sea the split is approximate (README, "Data and licences").

Run: ``python scripts/build_ua_outline.py`` → ``frontmap/data/ukraine-outline.geojson`` and
``frontmap/data/ukraine-outline.json`` (source sha256, date, licence, attribution).
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path

import numpy as np
import shapely
from pyproj import Transformer
from shapely.geometry import Polygon, mapping, shape
from shipped_data import write_with_record

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "admin" / "oblasts.geojson"
OUT = ROOT / "frontmap" / "data" / "ukraine-outline.geojson"
RECORD = ROOT / "frontmap" / "data" / "ukraine-outline.json"
TOLERANCE = 0.001  # degrees, ~100 m
NEIGHBOUR_KM = 15.0
NEIGHBOURS = {"RUS": "RU", "BLR": "BY", "POL": "PL", "SVK": "SK", "HUN": "HU", "ROU": "RO",
              "MDA": "MD"}  # fmt: skip
LAEA = "+proj=laea +lat_0=48.5 +lon_0=31.5 +datum=WGS84"


def _project(geom, transformer):
    return shapely.transform(
        geom, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
    )


def _natural_earth():
    import pyogrio

    path = Path(pyogrio.__file__).parent / "tests" / "fixtures" / "naturalearth_lowres"
    return pyogrio.read_dataframe(path / "naturalearth_lowres.shp")


def main() -> None:
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is absent: the outline is built from ../shared")
    raw = SOURCE.read_bytes()
    features = json.loads(raw)["features"]
    union = shapely.union_all([shape(f["geometry"]).buffer(0) for f in features])
    filled = shapely.union_all([Polygon(p.exterior) for p in getattr(union, "geoms", [union])])
    outline = filled.simplify(TOLERANCE, preserve_topology=True)

    fwd = Transformer.from_crs("EPSG:4326", LAEA, always_xy=True)
    back = Transformer.from_crs(LAEA, "EPSG:4326", always_xy=True)
    world = _natural_earth()
    neighbours = {
        code: _project(world.loc[world.iso_a3 == iso3, "geometry"].iloc[0], fwd)
        for iso3, code in NEIGHBOURS.items()
    }
    ring = shapely.segmentize(_project(outline.boundary, fwd), 2000.0)
    by_class: dict[str, list] = {}
    for line in getattr(ring, "geoms", [ring]):
        xy = np.asarray(line.coords)
        for a, b in itertools.pairwise(xy):
            seg = shapely.LineString([a, b])
            dist = {code: seg.distance(g) for code, g in neighbours.items()}
            code = min(dist, key=dist.get)
            if dist[code] > NEIGHBOUR_KM * 1000:
                cls = "coast"
            else:
                cls = f"land:{code}" if code in ("RU", "BY") else "land:other"
            by_class.setdefault(cls, []).append(seg)
    pieces = {"outline": outline}
    for cls in ("coast", "land:RU", "land:BY", "land:other"):
        merged = shapely.line_merge(shapely.union_all(by_class.get(cls, [])))
        pieces[cls] = _project(merged, back).simplify(TOLERANCE / 4)

    doc = {
        "type": "FeatureCollection",
        "attribution": "© OpenStreetMap contributors (ODbL), via OSM-derived oblast boundaries; "
        "neighbours from Natural Earth (public domain)",
        "features": [
            {
                "type": "Feature",
                "properties": {"part": name},
                "geometry": mapping(shapely.set_precision(geom, 1e-5)),
            }
            for name, geom in pieces.items()
        ],
    }
    text = json.dumps(doc, separators=(",", ":"))
    write_with_record(
        OUT,
        RECORD,
        text,
        raw,
        simplified_deg=TOLERANCE,
        licence="ODbL 1.0 (outline); Natural Earth public domain (neighbours)",
    )


if __name__ == "__main__":
    main()
