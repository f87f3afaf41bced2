"""Statement parser benchmarks: sentences per second on the real corpus, and time against
text length (1 KB → 100 KB) to show it is linear.

Run: ``python bench/bench_statements.py``. Figures with a target are also given as ratios
measured in the same run (this machine is noisy). The corpus rate is given per wall-clock second
and per CPU-second (``time.process_time``: what the parser costs, whatever else the machine
runs), after one untimed warm-up round (pymorphy3 loads its dictionaries), with every helper
cache of ``frontmap.statements`` emptied before each timed round, so no round reads a phrase the
round before has already classified.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import time
from pathlib import Path

import frontmap.lexicon
import frontmap.statements
from frontmap.statements import parse

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


def main() -> None:
    sentences = [
        json.loads(line)["sentence"]
        for name in ("statements-dev.jsonl", "statements-test.jsonl")
        for line in (CORPUS / name).read_text(encoding="utf-8").splitlines()
    ]
    modules = [
        importlib.import_module(f"frontmap.statements.{m.name}")
        for m in pkgutil.iter_modules(frontmap.statements.__path__)
    ]
    caches = [
        f
        for module in modules
        for f in vars(module).values()
        if hasattr(f, "cache_clear") and f.__module__ == module.__name__
    ]
    # the lexicon's language reading of a text is part of what parsing costs: emptied too
    # (kept, it flattered the corpus rate until the corpus outgrew its 4,096 entries)
    caches.append(frontmap.lexicon.cyrillic_language)
    for s in sentences:  # warm-up: loads pymorphy3's dictionaries, fills its per-word cache
        parse(s)
    rounds = 5
    wall = cpu = 0.0
    for _ in range(rounds):
        for cache in caches:
            cache.cache_clear()
        t, c = time.perf_counter(), time.process_time()
        for s in sentences:
            parse(s)
        wall += time.perf_counter() - t
        cpu += time.process_time() - c
    rate = rounds * len(sentences) / wall
    print(f"corpus sentences         {rate:9,.0f} sentences/s  ({len(sentences)} real sentences; "
          "target ≥ 5,000)")  # fmt: skip
    print(f"                         {rounds * len(sentences) / cpu:9,.0f} per CPU-second")
    base = " ".join(sentences)
    times = {}
    for kb in (1, 3, 10, 30, 100):
        text = (base * (kb * 1024 // len(base) + 1))[: kb * 1024]
        t = time.process_time()  # CPU seconds: what the text costs, whatever else runs
        parse(text)
        times[kb] = time.process_time() - t
        print(f"one {kb:>3} KB run-on text   {times[kb]:7.3f} CPU s")
    print(
        f"ratio 100 KB / 1 KB      {times[100] / times[1]:7.1f}  (linear ≈ 100, quadratic ≈ 10,000)"
    )
    print(f"30 KB sentence           {times[30]:7.3f} CPU s  (target < 1 s)")


if __name__ == "__main__":
    main()
