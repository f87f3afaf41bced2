"""What extraction hands on: :class:`Mention`, :class:`Claim` and :class:`Extraction`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date


@dataclass(frozen=True)
class Mention:
    """A place or region named in the text."""

    text: str
    span: tuple[int, int]
    sentence: int
    kind: str  # settlement or region
    place_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    context: str = ""
    precision: str | None = None
    radius_km: float | None = None
    source: str | None = None
    #: The name has several readings that neither the gazetteer nor the report decides.
    ambiguous: bool = False
    #: The ISO code of the country of the place read (None: not resolved).
    country: str | None = None


@dataclass
class Claim:
    """A dated claim found in the text, in the claims-table schema."""

    place: str
    claimant: str
    side: str
    claim: str
    date: str
    date_precision: str
    status: str
    quote: str
    sentence: int
    notes: str = ""
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    span: tuple[int, int] = (0, 0)
    precision: str | None = None
    radius_km: float | None = None
    place_source: str | None = None
    resolution: str | None = None
    resolution_note: str | None = None

    def row(
        self, *, source: str | None, url: str | None, published: str | None, index: int
    ) -> dict:
        """One row of a claims table."""
        return {
            "id": f"x{index}", "place": self.place, "place_id": self.place_id, "lat": self.lat,
            "lon": self.lon, "date": self.date, "date_precision": self.date_precision,
            "claimant": self.claimant, "side": self.side, "claim": self.claim, "status": self.status,
            "source": source, "url": url, "quote": self.quote, "published": published,
            "notes": self.notes, "precision": self.precision, "radius_km": self.radius_km,
            "place_source": self.place_source, "resolution": self.resolution,
            "resolution_note": self.resolution_note,
        }  # fmt: skip


@dataclass
class Extraction:
    """Everything found in one report."""

    sentences: list[tuple[int, int, str]]
    mentions: list[Mention] = field(default_factory=list)
    verdicts: list = field(default_factory=list)  # (sentence index, Verdict)
    claims: list[Claim] = field(default_factory=list)
    #: The publication date relative dates resolved against, and where it came from:
    #: "given", "read from the text ('12 May 2024')" or "not given: today".
    published: Date | None = None
    published_from: str = "given"

    def rows(self, *, source=None, url=None, published=None) -> list[dict]:
        """The claims as claims-table rows (feed them to :func:`frontmap.claims.read` via CSV)."""
        if published is None and self.published is not None:
            published = self.published.isoformat()
        return [
            c.row(source=source, url=url, published=published, index=i)
            for i, c in enumerate(self.claims, 1)
        ]


_WORD = re.compile(r"\S+")
