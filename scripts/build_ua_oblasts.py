"""Build the compact oblast boundaries shipped in ``frontmap/data/`` for the offline basemap.

Source: ``../shared/data/admin/oblasts.geojson`` (25 OpenStreetMap-derived oblast polygons, ODbL:
"© OpenStreetMap contributors"). Only the boundaries *between* oblasts are kept (the outer edge
is Ukraine's outline, shipped as ``ukraine-outline.geojson``), merged into lines and simplified to
about 1 km (the basemap is drawn at oblast scale), with coordinates rounded to 1e-4°. Each oblast's
label point (English, Ukrainian and Russian names) rides along.

Run: ``python scripts/build_ua_oblasts.py`` → ``frontmap/data/ukraine-oblasts.geojson`` and
``frontmap/data/ukraine-oblasts.json`` (source sha256, output sha256, date, licence, attribution).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape
from shipped_data import write_with_record

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT.parent / "shared" / "data" / "admin" / "oblasts.geojson"
OUT = ROOT / "frontmap" / "data" / "ukraine-oblasts.geojson"
RECORD = ROOT / "frontmap" / "data" / "ukraine-oblasts.json"
TOLERANCE = 0.01  # degrees, ~1 km
GRID = 1e-4


def main() -> None:
    if not SOURCE.exists():
        sys.exit(f"{SOURCE} is absent: the boundaries are built from ../shared")
    raw = SOURCE.read_bytes()
    features = json.loads(raw)["features"]
    polygons = [shapely.set_precision(shape(f["geometry"]).buffer(0), GRID) for f in features]
    union = shapely.union_all(polygons)
    # every oblast's edge, minus Ukraine's outer edge: the boundaries between oblasts
    edges = shapely.union_all([p.boundary for p in polygons])
    inner = shapely.line_merge(edges.difference(union.boundary.buffer(GRID * 2)))
    inner = shapely.set_precision(inner.simplify(TOLERANCE, preserve_topology=False), GRID)
    out = [{"type": "Feature", "properties": {"kind": "boundary"}, "geometry": mapping(inner)}]
    for f, poly in sorted(
        zip(features, polygons, strict=True), key=lambda fp: fp[0]["properties"]["iso3166-2"]
    ):
        p = f["properties"]
        point = poly.point_on_surface()
        out.append({
            "type": "Feature",
            "properties": {"kind": "label", "iso": p["iso3166-2"], "name": p.get("name:en") or p["name"],
                           "name_uk": p.get("name:uk") or p["name"], "name_ru": p.get("name:ru") or ""},
            "geometry": {"type": "Point", "coordinates": [round(point.x, 3), round(point.y, 3)]},
        })  # fmt: skip
    doc = {
        "type": "FeatureCollection",
        "attribution": "© OpenStreetMap contributors (ODbL), via OSM-derived oblast boundaries",
        "features": out,
    }
    text = json.dumps(doc, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    write_with_record(OUT, RECORD, text, raw, simplified_deg=TOLERANCE, licence="ODbL 1.0")


if __name__ == "__main__":
    main()
