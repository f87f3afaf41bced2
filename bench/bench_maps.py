"""Map scale: 100,000 and 1,000,000 claims, CSV → HTML, against the previous reader and page builder.

For each size: the whole CLI process (``python -m frontmap map claims.csv``) end to end; in
process, the time to read the claims (``claims.read``, column by column) against reading the
same file row by row as it was read before (``read_csv`` → ``validate_rows`` → ``_frame``, the
path other formats still take); the time to build the page and its size, against the page
builder as it was before dictionary encoding and typed arrays (``git show
BASELINE:frontmap/maps.py``, loaded beside the current one); both baselines measured in the same
run; then, in headless Chromium, the time until the page is interactive and the time a slider
move takes.

Synthetic claims look like an event table: events recur at 30,000 places over a year, from 40
sources with 5,000 URLs and 10,000 distinct quotes.

Run: ``python bench/bench_maps.py [N ...]`` (default 100000 1000000). The browser part needs
Debian's chromium and the npm Leaflet copy that ``bash scripts/test.sh`` installs.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontmap import claims as claims_module  # noqa: E402
from frontmap.maps import claims_map, map_html  # noqa: E402
from frontmap.tables import read_csv  # noqa: E402

BASELINE = "ee2b91b"  # the page builder before issue 15 (per-claim text, JSON number lists)
PLACES, SOURCES, URLS, QUOTES = 30_000, 40, 5_000, 10_000


def synthetic_csv(n: int, path: Path) -> Path:
    import pandas as pd

    rng = np.random.default_rng(3)
    place = rng.integers(0, PLACES, n)
    plat, plon = rng.uniform(46.5, 50.5, PLACES), rng.uniform(33, 39.5, PLACES)
    day0 = date(2024, 3, 1)
    days = np.array([(day0 + timedelta(days=int(k))).isoformat() for k in range(365)])
    side = rng.integers(0, 3, n)
    frame = pd.DataFrame({
        "id": np.char.add("e", np.arange(n).astype(str)),
        "place": np.char.add("Place ", place.astype(str)),
        "lat": np.round(plat[place], 5), "lon": np.round(plon[place], 5),
        "date": days[rng.integers(0, 365, n)],
        "claimant": np.array(["Russian MoD", "Ukrainian General Staff", "ISW"])[side],
        "side": np.array(["RU", "UA", "other"])[side],
        "claim": np.array(["captured", "advancing", "fighting", "repelled"])[rng.integers(0, 4, n)],
        "status": np.array(["claimed", "confirmed", "assessed"])[rng.integers(0, 3, n)],
        "source": np.char.add("Daily report of outlet ", rng.integers(0, SOURCES, n).astype(str)),
        "url": np.char.add("https://example.org/reports/", rng.integers(0, URLS, n).astype(str)),
        "quote": np.char.add("Forces reported activity near the settlement, item ",
                             rng.integers(0, QUOTES, n).astype(str)),
    })  # fmt: skip
    frame.to_csv(path, index=False)
    return path


def baseline_module():
    """The previous maps.py, loaded as ``frontmap._baseline_maps`` (relative imports work)."""
    text = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{BASELINE}:frontmap/maps.py"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    path = Path(tempfile.mkdtemp()) / "_baseline_maps.py"
    path.write_text(text, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("frontmap._baseline_maps", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def browser_figures(pages: list[Path]) -> list[tuple[float, float]]:
    try:
        sys.path.insert(0, str(ROOT / "tests"))
        from browser import ARGS, CHROMIUM, NPM_DIST
        from playwright.sync_api import sync_playwright
    except ImportError as exc:
        print(f"browser timing skipped: {exc}")
        return []
    if not (NPM_DIST / "leaflet.js").exists():
        print("browser timing skipped: run bash scripts/test.sh to install chromium and leaflet")
        return []
    from frontmap.assets import ASSETS

    out = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        for path in pages:
            page = browser.new_page(viewport={"width": 1280, "height": 860})

            def route(r):
                url = r.request.url
                if url in ASSETS:
                    r.fulfill(
                        path=str(NPM_DIST / ASSETS[url]),
                        headers={"Access-Control-Allow-Origin": "*"},
                    )
                else:
                    r.abort()

            page.route(re.compile(r"^https?://"), route)  # the page itself loads straight from disk
            t = time.perf_counter()
            page.goto(path.as_uri(), timeout=300_000)
            page.wait_for_function("window.frontmap !== undefined", timeout=300_000, polling=50)
            t_ready = time.perf_counter() - t
            middle = page.evaluate(
                "window.frontmap.data.dates[Math.floor(window.frontmap.data.dates.length / 2)]"
            )
            t = time.perf_counter()
            page.evaluate("(d) => { window.frontmap.setDate(d); return 0; }", middle)
            t_slide = time.perf_counter() - t
            out.append((t_ready, t_slide))
            page.close()
        browser.close()
    return out


def main(sizes: list[int]) -> None:
    base = baseline_module()
    work = Path(tempfile.mkdtemp())
    pages, rows = [], []
    for n in sizes:
        csv = synthetic_csv(n, work / f"claims-{n}.csv")
        out = work / f"map-{n}.html"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        t = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "frontmap", "map", str(csv), "-o", str(out), "--tiles", "none"],
            capture_output=True, text=True, env=env,
        )  # fmt: skip
        t_cli = time.perf_counter() - t
        if proc.returncode:
            sys.exit(proc.stderr)
        t = time.perf_counter()
        table = claims_module.read(csv, resolve=False)
        t_read = time.perf_counter() - t
        t = time.perf_counter()
        claims_module._rows_frame(
            [(line, row) for line, row, _ in read_csv(csv)[1]], csv, None, resolve=False
        )
        t_rows = time.perf_counter() - t
        t = time.perf_counter()
        html = map_html(claims_map(table, tiles=None))
        t_page = time.perf_counter() - t
        t = time.perf_counter()
        old = base.map_html(base.claims_map(table, tiles=None))
        t_old = time.perf_counter() - t
        size, old_size = len(html.encode()) / 1e6, len(old.encode()) / 1e6
        rows.append(
            (n, t_cli, t_read, t_rows, t_page, size, t_old, old_size, out.stat().st_size / 1e6)
        )
        pages.append(out)
        del table, html, old
    for n, t_cli, t_read, t_rows, t_page, size, t_old, old_size, cli_size in rows:
        print(f"{n:>9,} claims: CLI process CSV → HTML {t_cli:6.2f} s, page {cli_size:6.1f} MB")
        print(f"{'':17}claims.read {t_read:6.2f} s ({t_read / t_cli:.0%} of the CLI process)   "
              f"row by row {t_rows:6.2f} s → {t_rows / t_read:.1f}× faster")  # fmt: skip
        print(f"{'':17}page built  {t_page:6.2f} s, {size:6.1f} MB   "
              f"baseline ({BASELINE}) {t_old:6.2f} s, {old_size:6.1f} MB → "
              f"{t_old / t_page:.1f}× faster, {old_size / size:.1f}× smaller")  # fmt: skip
    for (n, *_), (t_ready, t_slide) in zip(rows, browser_figures(pages), strict=False):
        print(
            f"{n:>9,} claims in headless Chromium: interactive {t_ready:6.2f} s, slider move {t_slide:5.2f} s"
        )


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [100_000, 1_000_000])
