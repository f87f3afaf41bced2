"""Build the compact GeoNames Ukraine extract shipped in the package.

Reads a GeoNames ``UA.zip`` dump (default ``../shared/data/geonames/UA.zip``)
and writes ``gazetteer/data/geonames-UA-extract.txt.xz`` plus its record
``gazetteer/data/geonames-UA-extract.json`` (licence, attribution, the dump's
date and sha256, the extract's sha256 and row counts).

What is kept (everything :mod:`gazetteer.embedded` needs for point precision
without an install):

* every populated place (feature class ``P``), with its names, feature code,
  admin1/admin2 codes, population and modification date;
* the ADM1/ADM2 rows, so admin codes decode to names;
* railway stations (``S.RSTN``), which reports name as places ("Pokrovsk station");
* facilities reports measure from (airports, power stations, dams, ports:
  :data:`gazetteer.geonames.FACILITY_CODES`; rule ``facility_point``);
* alternate names in Latin or Cyrillic script only (the scripts reports
  about Ukraine are written in), links and airport codes dropped.

The extract is itself a valid 19-column GeoNames dump (unused columns left
empty), so the same validating reader builds stores from it and from full
dumps.

Usage::

    python scripts/build_ua_extract.py [PATH/TO/UA.zip]
"""

from __future__ import annotations

import hashlib
import json
import lzma
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.geonames import ATTRIBUTION, FACILITY_CODES, dump_date, read_rows  # noqa: E402

DEFAULT_DUMP = ROOT.parent / "shared" / "data" / "geonames" / "UA.zip"
OUT = ROOT / "gazetteer" / "data" / "geonames-UA-extract.txt.xz"
RECORD = OUT.with_name("geonames-UA-extract.json")
_SCRIPT = re.compile(r"^[\s\w'’ʼ`().,-]+$")
_LATIN_OR_CYRILLIC = re.compile(r"^[^\W\d_]*[A-Za-z\u00c0-\u024f\u0400-\u04ff]")
_CODE = re.compile(r"^[A-Z0-9]{3,4}$")


def keep_name(name: str) -> bool:
    """Whether an alternate name is worth shipping: Latin/Cyrillic, not a code or link."""
    name = name.strip()
    if len(name) < 2 or "://" in name or _CODE.match(name):
        return False
    if not _SCRIPT.match(name):
        return False
    return all(
        ord(c) < 0x250 or 0x400 <= ord(c) <= 0x4FF or not c.isalpha() for c in name
    ) and bool(_LATIN_OR_CYRILLIC.match(name))


def main(dump: Path) -> None:
    sha = hashlib.sha256(dump.read_bytes()).hexdigest()
    kept = places = admins = 0
    lines = []
    for row in read_rows(dump):
        fclass, fcode = row[6], row[7]
        is_admin = fcode in ("ADM1", "ADM2")
        if fclass != "P" and not is_admin and fcode != "RSTN" and fcode not in FACILITY_CODES:
            continue
        alternates = sorted({a for a in row[3].split(",") if keep_name(a)})
        out = [
            row[0], row[1], row[2], ",".join(alternates), row[4], row[5], fclass, fcode,
            row[8], "", row[10], row[11], "", "", row[14], "", "", "", row[18],
        ]  # fmt: skip
        lines.append("\t".join(out))
        kept += 1
        places += fclass == "P"
        admins += is_admin
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    packed = lzma.compress(data, preset=9 | lzma.PRESET_EXTREME)
    tmp = OUT.with_suffix(".tmp")
    tmp.write_bytes(packed)
    tmp.replace(OUT)
    record = {
        "source": "GeoNames country dump UA.zip",
        "url": "https://download.geonames.org/export/dump/UA.zip",
        "dump_date": dump_date(dump),
        "dump_sha256": sha,
        "dump_size": dump.stat().st_size,
        "extract": OUT.name,
        "extract_sha256": hashlib.sha256(packed).hexdigest(),
        "rows": kept,
        "populated_places": places,
        "admin_rows": admins,
        "licence": "CC BY 4.0",
        "attribution": ATTRIBUTION,
        "built_by": "scripts/build_ua_extract.py",
    }
    RECORD.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{OUT}: {kept} rows ({places} places, {admins} admin), {len(packed) / 1e6:.2f} MB")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DUMP)
