"""Writing data the package ships, with its record (source sha256, own sha256, date, licence).

Shared by ``build_ua_outline.py`` and ``build_ua_oblasts.py``.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path


def write_with_record(out: Path, record: Path, text: str, source: bytes, **fields) -> None:
    """Write ``text`` to ``out`` and its record to ``record`` (``fields`` add licence etc.)."""
    out.write_text(text, encoding="utf-8")
    meta = {
        "file": out.name,
        "source": "shared/data/admin/oblasts.geojson (25 OSM-derived oblast polygons)",
        "source_sha256": hashlib.sha256(source).hexdigest(),
        "sha256": hashlib.sha256(text.encode()).hexdigest(),
        "built": date.today().isoformat(),
        "attribution": "© OpenStreetMap contributors",
        **fields,
    }
    record.write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(text.encode()):,} bytes)")
