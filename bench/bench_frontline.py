"""Front-line status of 100,000 points against one daily snapshot: vectorised vs a shapely loop.

Run: ``python bench/bench_frontline.py`` (needs ../shared).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
import shapely

from frontmap import frontline

DAILY = Path(__file__).resolve().parents[2] / "shared" / "data" / "frontline" / "deepstate-daily"
N = 100_000


def main() -> None:
    series = frontline.load(DAILY)
    rng = np.random.default_rng(2)
    lats, lons = rng.uniform(46, 50.5, N), rng.uniform(32, 40, N)

    t = time.perf_counter()
    fast = series.statuses(lats, lons, "2025-02-11")
    t_fast = time.perf_counter() - t

    geom = series.snapshot("2025-02-11").layers["occupied"]
    sample = 5_000  # the loop is slow: time a part and scale
    t = time.perf_counter()
    slow = [
        geom.contains(shapely.Point(x, y))
        for x, y in zip(lons[:sample], lats[:sample], strict=True)
    ]
    t_slow = (time.perf_counter() - t) * N / sample
    assert list(fast[:sample]) == slow

    t = time.perf_counter()
    series.change("2025-02-01", "2025-03-01")
    t_change = time.perf_counter() - t
    print(f"status of {N:,} points, vectorised (prepared, contains_xy)  {t_fast:7.3f} s")
    print(f"plain shapely contains loop (scaled from {sample:,})          {t_slow:7.3f} s")
    print(
        f"speed-up                                                 {t_slow / t_fast:7.1f}× (target ≥ 20×)"
    )
    print(f"area change 2025-02-01 → 2025-03-01 (both ways)            {t_change:7.3f} s")


if __name__ == "__main__":
    main()
