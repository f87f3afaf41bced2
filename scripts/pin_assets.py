"""Pin the map's CDN assets: write frontmap/data/assets.json from a verified copy of the files.

Usage::

    npm install --prefix .cache/npm leaflet@1.9.4
    python scripts/pin_assets.py .cache/npm/node_modules/leaflet/dist

The hashes are those of the files npm installed (npm checks the package against the registry's
sha512); jsDelivr serves the same bytes at the pinned URLs, so one hash serves both the
``integrity`` attribute of CDN tags and ``frontmap assets install``.
"""

from __future__ import annotations

import base64
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontmap.assets import ASSETS, LEAFLET_VERSION  # noqa: E402


def main(dist: str) -> None:
    files = {}
    for url, name in sorted(ASSETS.items(), key=lambda kv: kv[1]):
        data = (Path(dist) / name).read_bytes()
        files[name] = {
            "url": url,
            "sha256": hashlib.sha256(data).hexdigest(),
            "sha384": base64.b64encode(hashlib.sha384(data).digest()).decode("ascii"),
            "bytes": len(data),
        }
    out = ROOT / "frontmap" / "data" / "assets.json"
    pins = {"leaflet": {"version": LEAFLET_VERSION, "files": files}}
    out.write_text(json.dumps(pins, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".cache/npm/node_modules/leaflet/dist"))
