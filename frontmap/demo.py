"""The February 2025 Yasenove/Toretsk scenario, written by the project (facts, dates, paraphrase).

Russia's defence ministry claimed the capture of Toretsk on 2025-02-07 and of
Yasenove on 2025-02-11; on 2025-02-08 a Ukrainian military spokesman said
fighting continued in central Toretsk; Kyiv confirmed neither loss. The
report placed Yasenove "roughly 12 miles south" and Toretsk "roughly 30
miles east" of Pokrovsk; :data:`CHECKS` restates those two statements.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .writing import write_text

__all__ = ["CHECKS", "CHECKS_DATE", "CLAIMS", "build", "write_claims"]

_SOURCE = "News report of 2025-02-11 on the Russian defence ministry's claims"
CLAIMS = [
    {"id": "demo-1", "place": "Toretsk", "oblast": "Donetsk oblast", "date": "2025-02-07",
     "claimant": "Russian MoD", "side": "RU", "claim": "captured", "status": "unconfirmed",
     "source": _SOURCE, "published": "2025-02-11",
     "notes": "Claimed four days before the Yasenove claim; called Dzerzhinsk in Russian. Kyiv has not confirmed."},
    {"id": "demo-2", "place": "Toretsk", "oblast": "Donetsk oblast", "date": "2025-02-08",
     "claimant": "Ukrainian military", "side": "UA", "claim": "fighting", "status": "disputed",
     "source": _SOURCE, "published": "2025-02-11",
     "notes": "A spokesman for Ukraine's eastern group of forces said fighting continued in the town centre."},
    {"id": "demo-3", "place": "Yasenove", "oblast": "Donetsk oblast", "date": "2025-02-11",
     "claimant": "Russian MoD", "side": "RU", "claim": "captured", "status": "unconfirmed",
     "source": _SOURCE, "published": "2025-02-11",
     "notes": "Village south of Pokrovsk; Kyiv has not confirmed."},
]  # fmt: skip
#: The day the report stated the checked distances: the checks show from then on the slider.
CHECKS_DATE = "2025-02-11"
CHECKS = [
    "Yasenove lies roughly 12 miles south of the city of Pokrovsk.",
    "Toretsk lies roughly 30 miles east of Pokrovsk.",
]
FIELDS = [
    "id",
    "place",
    "oblast",
    "date",
    "claimant",
    "side",
    "claim",
    "status",
    "source",
    "published",
    "notes",
]


def write_claims(path: str | Path) -> Path:
    """Write the scenario's claims as a CSV (what an analyst would type), atomically."""
    handle = io.StringIO(newline="")
    writer = csv.DictWriter(handle, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(CLAIMS)
    return write_text(Path(path), handle.getvalue())


def build(
    output: str | Path,
    gz,
    *,
    frontline=None,
    tiles="OpenStreetMap",
    self_contained=False,
    home=None,
    labels="en",
    settlements=(),
):
    """Write ``demo-claims.csv`` beside ``output`` and the demo map at ``output``; returns both paths."""
    from . import claims as claims_module
    from .maps import claims_map, save
    from .verify import verify_sentence

    output = Path(output)
    csv_path = write_claims(output.with_name(output.stem + "-claims.csv"))
    table = claims_module.read(csv_path, gz)
    checks = [v for sentence in CHECKS for v in verify_sentence(sentence, gz)]
    m = claims_map(claims_module.text_dates(table), frontline=frontline, checks=checks,
                   tiles=tiles, labels=labels, checks_date=CHECKS_DATE, settlements=settlements,
                   title="Yasenove and Toretsk, February 2025: claims and distance checks")  # fmt: skip
    save(m, output, self_contained=self_contained, home=home)
    return output, csv_path
