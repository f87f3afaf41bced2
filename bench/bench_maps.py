"""Map scale: 100,000 claims into one page, beside folium's per-marker approach in the same run.

Run: ``python bench/bench_maps.py`` (the browser part needs Debian's chromium and the npm Leaflet
copy that ``bash scripts/test.sh`` installs).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontmap import claims as claims_module  # noqa: E402
from frontmap.maps import claims_map, map_html  # noqa: E402

N = 100_000
PER_MARKER = 10_000


def synthetic(n: int):
    rng = np.random.default_rng(3)
    kinds = ["captured", "advancing", "fighting", "repelled"]
    rows = [
        {"id": str(i), "place": f"Place {i}", "date": f"2025-02-{1 + i % 28:02d}",
         "claimant": ["Russian MoD", "Ukrainian General Staff", "ISW"][i % 3], "side": ["RU", "UA", "other"][i % 3],
         "claim": kinds[i % 4], "status": ["claimed", "confirmed", "assessed"][i % 3],
         "lat": float(lat), "lon": float(lon), "source": "synthetic", "resolution": "given", "line": i + 2}
        for i, (lat, lon) in enumerate(zip(rng.uniform(46.5, 50.5, n), rng.uniform(33, 39.5, n), strict=True))
    ]  # fmt: skip
    return claims_module._frame(rows)


def main() -> None:
    import folium

    table = synthetic(N)
    t = time.perf_counter()
    html = map_html(claims_map(table, tiles=None))
    t_ours = time.perf_counter() - t
    out = Path(tempfile.mkdtemp()) / "big.html"
    out.write_text(html, encoding="utf-8")
    size = out.stat().st_size / 1e6

    small = table.iloc[:PER_MARKER]
    t = time.perf_counter()
    m = folium.Map(location=[48.5, 37], zoom_start=7, tiles=None)
    for rec in small.itertuples():
        folium.CircleMarker(
            [rec.lat, rec.lon], radius=5, popup=f"{rec.claimant}: {rec.claim} {rec.place}"
        ).add_to(m)
    per_html = m.get_root().render()
    t_per = time.perf_counter() - t
    per_size = len(per_html.encode()) / 1e6

    print(
        f"frontmap, {N:,} claims → HTML        {t_ours:6.2f} s, {size:5.1f} MB (targets ≤ 5 s, ≤ 15 MB)"
    )
    print(f"folium per-marker, {PER_MARKER:,} markers     {t_per:6.2f} s, {per_size:5.1f} MB")
    print(
        f"  per claim: frontmap {t_ours / N * 1e6:.0f} µs, {size * 1e6 / N:.0f} B; "
        f"per-marker {t_per / PER_MARKER * 1e6:.0f} µs, {per_size * 1e6 / PER_MARKER:.0f} B "
        f"→ {(t_per / PER_MARKER) / (t_ours / N):.0f}× faster, {(per_size / PER_MARKER) / (size / N):.0f}× smaller"
    )

    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from browser import ARGS, CHROMIUM, NPM_DIST
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        print(f"browser timing skipped: {exc}")
        return
    if not (NPM_DIST / "leaflet.js").exists():
        print("browser timing skipped: run bash scripts/test.sh to install chromium and leaflet")
        return
    from frontmap.assets import ASSETS

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860})

        def route(r):
            url = r.request.url
            if url in ASSETS:
                r.fulfill(path=str(NPM_DIST / ASSETS[url]))
            else:
                r.abort()

        page.route(re.compile(r"^https?://"), route)  # the page itself loads straight from disk
        t = time.perf_counter()
        page.goto(out.as_uri(), timeout=120_000)
        page.wait_for_function("window.frontmap !== undefined", timeout=120_000)
        t_ready = time.perf_counter() - t
        t = time.perf_counter()
        page.evaluate("window.frontmap.setDate('2025-02-14')")
        t_slide = time.perf_counter() - t
        browser.close()
    print(
        f"page interactive in headless Chromium   {t_ready:6.2f} s (target ≤ 5 s); slider move {t_slide:.2f} s"
    )


if __name__ == "__main__":
    main()
