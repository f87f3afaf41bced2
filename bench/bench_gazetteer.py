"""Gazetteer benchmarks: store build, warm and cold resolve throughput, fuzzy throughput, CLI start.

Run: ``python bench/bench_gazetteer.py`` (needs ../shared/data/geonames/UA.zip).
Machines here are noisy, so each figure that has a target is reported as a
ratio against a baseline measured in the same run.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import gazetteer
from gazetteer import embedded, geonames, katottg
from gazetteer.datadir import store_dir

UA_ZIP = Path(__file__).resolve().parents[2] / "shared" / "data" / "geonames" / "UA.zip"


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    if not UA_ZIP.exists():
        sys.exit(f"{UA_ZIP} is absent: the benchmarks need ../shared")
    home = Path(tempfile.mkdtemp(prefix="frontmap-bench-"))
    codifier, t_cod = timed(katottg.load)
    _, t_emb = timed(lambda: embedded.build_store(store_dir(home) / "embedded.sqlite", codifier))
    _, t_geo = timed(
        lambda: geonames.build_store(
            UA_ZIP, store_dir(home) / "geonames-UA.sqlite", source="geonames-UA", codifier=codifier
        )
    )
    print(f"codifier load            {t_cod:7.2f} s")
    print(f"embedded store build     {t_emb:7.2f} s")
    print(f"GeoNames UA store build  {t_geo:7.2f} s  (45,086 rows from UA.zip)")

    gz = gazetteer.open(home, build=False)
    rng = random.Random(1)
    names = sorted({s.name for s in codifier.settlements if s.category in "MTXC"})
    distinct = rng.sample(names, 3000)

    def resolve_all(batch):
        n = 0
        for name in batch:
            try:
                gz.resolve(name, limit=3)
                n += 1
            except gazetteer.PlaceNotFound:
                pass
        return n

    _, t_cold = timed(lambda: resolve_all(distinct))
    print(f"cold resolve, distinct   {len(distinct) / t_cold:9,.0f} names/s  (3,000 new names)")
    # Warm: the names a claims table or a report batch repeats (Zipf over 2,000 names).
    pool = distinct[:2000]
    weights = [1 / (i + 1) for i in range(len(pool))]
    stream = rng.choices(pool, weights=weights, k=200_000)
    _, t_warm = timed(lambda: resolve_all(stream))
    warm = len(stream) / t_warm
    print(f"warm resolve, repeated   {warm:9,.0f} names/s  (200,000 lookups; target ≥ 50,000)")

    typos = [n[:2] + n[3] + n[2] + n[4:] for n in rng.sample([n for n in names if len(n) > 6], 300)]
    gz.resolve("Pokrovks")  # builds the fuzzy key list once
    _, t_fuzzy = timed(lambda: resolve_all(typos))
    print(
        f"fuzzy resolve            {len(typos) / t_fuzzy:9,.0f} names/s  (300 transposition typos)"
    )

    env = {**os.environ, "FRONTMAP_HOME": str(home)}

    def start(cmd):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, capture_output=True, check=True)
        return time.perf_counter() - t

    probe = (
        "import time; t = time.perf_counter(); import gazetteer; "
        "gazetteer.open(build=False).resolve('Pokrovsk'); print(time.perf_counter() - t)"
    )
    first = [
        float(subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                             text=True, check=True).stdout)
        for _ in range(5)
    ]  # fmt: skip
    print(
        f"cold first resolve       {statistics.median(first):7.3f} s  import + open + "
        "resolve in a new process, 271k-place store (target < 0.3 s)"
    )
    print(f"embedded build           {t_emb:7.2f} s  (target < 30 s); ratio to the GeoNames UA "
          f"store build in this run = {t_emb / t_geo:.2f}")  # fmt: skip
    cli = [start(["frontmap", "resolve", "Pokrovsk"]) for _ in range(5)]
    geo = [start([sys.executable, "-c", "import geopandas"]) for _ in range(5)]
    bare = [start([sys.executable, "-c", "pass"]) for _ in range(5)]
    c, g, b = (statistics.median(x) for x in (cli, geo, bare))
    print(f"CLI cold start           {c:7.3f} s  `frontmap resolve Pokrovsk` (target ≤ 0.5 s)")
    print(f"  import geopandas       {g:7.3f} s  same run; ratio CLI/geopandas = {c / g:.2f}")
    print(f"  bare python            {b:7.3f} s")


if __name__ == "__main__":
    main()
