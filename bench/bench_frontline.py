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
    line_distances(series, lats, lons)


def line_distances(series, lats, lons) -> None:
    """100,000 (place, date) line distances over a month of daily snapshots (issue: ≥ 20×)."""
    rng = np.random.default_rng(3)
    dates = series.dates
    which = rng.integers(0, len(dates), N)
    t = time.perf_counter()
    fast = np.empty(N)
    for i, day in enumerate(dates):  # one vectorised call per snapshot date
        rows = which == i
        fast[rows] = series.line_distances(lats[rows], lons[rows], day)
    t_fast = time.perf_counter() - t
    sample = 300  # the per-row loop (a projection and a distance per row) is slow
    t = time.perf_counter()
    slow = [
        series.line_distance(lats[k], lons[k], dates[which[k]]).distance_km for k in range(sample)
    ]
    t_slow = (time.perf_counter() - t) * N / sample
    err = np.abs(np.asarray(slow) - fast[:sample])
    rel = err / np.maximum(np.asarray(slow), 1.0)
    print(f"line distance of {N:,} (place, date) rows, {len(dates)} daily snapshots, "
          f"vectorised  {t_fast:7.3f} s")  # fmt: skip
    print(f"per-row loop (aeqd projection + shapely, scaled from {sample})      {t_slow:7.3f} s")
    print(f"speed-up                                                 {t_slow / t_fast:7.1f}× "
          "(target ≥ 20×)")  # fmt: skip
    print(f"largest difference from the per-row geodesic distance    {err.max():7.3f} km "
          f"({rel.max():.2%} of the distance)")  # fmt: skip


if __name__ == "__main__":
    main()
