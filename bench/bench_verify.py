"""Verification benchmarks: the vectorised rubric against a geopy loop, and parser throughput.

Run: ``python bench/bench_verify.py``. Both sides of each ratio are measured in this run.
"""

from __future__ import annotations

import json
import math
import time
from pathlib import Path

import numpy as np

from frontmap.statements import parse
from frontmap.verify import check_pairs

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-statements.jsonl"
N = 100_000


def geopy_loop(lat1, lon1, lat2, lon2, low, high, slack, stated, allowed):
    """The same rubric, one pair at a time: geopy's geodesic for the distance and the
    initial azimuth from the same geographiclib solution (what a script would do today)."""
    from geopy.distance import geodesic

    codes = []
    for a, b, c, d in zip(lat1, lon1, lat2, lon2, strict=True):
        km = geodesic((a, b), (c, d)).km
        azi = _azimuth(a, b, c, d)
        err = max(low - km, km - high, 0.0)
        dc = 0 if err <= slack else 1 if err <= 2 * slack else 2
        diff = abs((azi - stated) % 360)
        diff = min(diff, 360 - diff)
        ac = 0 if diff <= allowed else 1 if diff <= 2 * allowed else 2
        codes.append(max(dc, ac))
    return np.array(codes)


def _azimuth(a, b, c, d):
    from geographiclib.geodesic import Geodesic

    return Geodesic.WGS84.Inverse(a, b, c, d, Geodesic.AZIMUTH)["azi1"] % 360


def baseline_loop(lat1, lon1, lat2, lon2):
    """The fastest scalar baseline: one geographiclib solution per pair (distance and azimuth)."""
    from geographiclib.geodesic import Geodesic

    out = []
    for a, b, c, d in zip(lat1, lon1, lat2, lon2, strict=True):
        r = Geodesic.WGS84.Inverse(a, b, c, d, Geodesic.DISTANCE | Geodesic.AZIMUTH)
        out.append((r["s12"] / 1000.0, r["azi1"] % 360))
    return out


def main() -> None:
    rng = np.random.default_rng(0)
    lat1, lon1 = rng.uniform(46, 51, N), rng.uniform(30, 40, N)
    lat2, lon2 = rng.uniform(46, 51, N), rng.uniform(30, 40, N)
    kw = dict(low=50.0, high=50.0, precision=5.0, qualifier=10.0, extent_km=6.0, unit="km",
              stated_bearing=90.0, halfwidth=22.5)  # fmt: skip

    t = time.perf_counter()
    fast = check_pairs(lat1, lon1, lat2, lon2, **kw)
    t_fast = time.perf_counter() - t

    sample = 10_000  # the loop is slow; time a tenth and scale
    t = time.perf_counter()
    allowed = 22.5  # the geopy loop leaves out the extent angle; timing, not verdicts, is compared
    slow = geopy_loop(
        lat1[:sample], lon1[:sample], lat2[:sample], lon2[:sample], 50, 50, 21.0, 90.0, allowed
    )
    t_slow = (time.perf_counter() - t) * N / sample

    from geopy.distance import geodesic

    reference = [
        geodesic((a, b), (c, d)).km
        for a, b, c, d in zip(lat1[:10], lon1[:10], lat2[:10], lon2[:10], strict=True)
    ]
    same_distance = np.allclose(fast["distance_km"][:10], reference, atol=1e-6)
    print(f"vectorised rubric, {N:,} pairs   {t_fast:8.3f} s  ({N / t_fast:12,.0f} pairs/s)")
    print(f"geopy loop, {N:,} pairs (scaled) {t_slow:8.3f} s  ({t_slow / N * 1e6:8.1f} µs/pair)")
    t = time.perf_counter()
    baseline_loop(lat1[:sample], lon1[:sample], lat2[:sample], lon2[:sample])
    t_base = (time.perf_counter() - t) * N / sample
    print(f"geographiclib loop (scaled)       {t_base:8.3f} s  ({t_base / N * 1e6:8.1f} µs/pair)")
    print(
        f"speed-up vs geopy loop            {t_slow / t_fast:8.1f}×  (target ≥ 50×); distances agree: {same_distance}"
    )
    print(f"speed-up vs geographiclib loop    {t_base / t_fast:8.1f}×")
    assert len(slow) == sample

    if CORPUS.exists():
        sentences = [
            json.loads(line)["sentence"] for line in CORPUS.read_text(encoding="utf-8").splitlines()
        ]
        rounds = max(1, math.ceil(2000 / len(sentences)))
        t = time.perf_counter()
        n = 0
        for _ in range(rounds):
            for s in sentences:
                parse(s)
                n += 1
        dt = time.perf_counter() - t
        print(
            f"parser                            {n / dt:8,.0f} sentences/s ({n} corpus sentences)"
        )


if __name__ == "__main__":
    main()
