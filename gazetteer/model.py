"""The small value types the gazetteer hands out: :class:`Place`, :class:`Candidate`."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from html import escape

__all__ = ["Candidate", "Candidates", "Place"]

#: How exactly a place's point is known.
PRECISIONS = {
    "point": "the settlement's own coordinates",
    "hromada": "the centre of its hromada (the settlement itself has no coordinates here)",
    "raion": "the centre of its raion (neither the settlement nor its hromada is located)",
    "oblast": "the centre of its oblast",
}


@dataclass(frozen=True)
class Place:
    """One place of an installed source.

    ``radius_km`` is how far the true location may lie from ``(lat, lon)``:
    the place's own extent at ``point`` precision, the hromada's reach at
    ``hromada`` precision.
    """

    id: str
    source: str
    name: str
    lat: float
    lon: float
    geonameid: int | None = None
    name_uk: str | None = None
    name_ru: str | None = None
    name_en: str | None = None
    feature_class: str | None = None
    feature_code: str | None = None
    country: str | None = None
    admin1_code: str | None = None
    admin1: str | None = None
    admin2_code: str | None = None
    admin2: str | None = None
    hromada: str | None = None
    population: int | None = None
    katottg: str | None = None
    precision: str = "point"
    radius_km: float | None = None
    precision_note: str | None = None

    @property
    def admin_path(self) -> str:
        """``"Pokrovsk Raion, Donetsk Oblast, UA"``: the place's admin chain, narrowest first."""
        parts = [self.hromada and f"{self.hromada} hromada", self.admin2, self.admin1, self.country]
        return ", ".join(p for p in parts if p)

    def to_dict(self) -> dict:
        """A JSON-ready dict of every field."""
        return asdict(self)

    def _repr_html_(self) -> str:
        rows = [
            ("Name", self.name),
            ("Ukrainian", self.name_uk),
            ("Russian", self.name_ru),
            ("Admin", self.admin_path),
            ("Lat, lon", f"{self.lat:.5f}, {self.lon:.5f}"),
            (
                "Precision",
                f"{self.precision}" + (f" (±{self.radius_km:.1f} km)" if self.radius_km else ""),
            ),
            ("Feature", f"{self.feature_class or ''}.{self.feature_code or ''}"),
            ("Population", f"{self.population:,}" if self.population else None),
            ("KATOTTG", self.katottg),
            ("Source", f"{self.source} ({self.id})"),
        ]
        return _table(rows, caption=self.name) + _ATTRIBUTION


@dataclass(frozen=True)
class Candidate:
    """A place offered for a name, with its score and the evidence for it.

    ``match_kind`` is one of ``exact``, ``former`` (a former or other
    name of the place), ``variant`` (a spelling variant), ``inflected``
    (a case form of the name in running text) or ``fuzzy``.
    """

    place: Place
    score: float
    matched: str
    match_kind: str
    similarity: float = 1.0
    evidence: tuple[str, ...] = ()
    ambiguous: bool = False
    #: The name of another place of the text whose place decided this reading among the
    #: name's namesakes (:meth:`~gazetteer.resolver.Gazetteer.resolve_together`; its evidence
    #: says how), or None.
    anchor: str | None = None

    def to_dict(self) -> dict:
        """The stable JSON shape used by ``frontmap resolve --json``."""
        p = self.place
        return {
            "id": p.id,
            "geonameid": p.geonameid,
            "name": p.name,
            "name_uk": p.name_uk,
            "name_ru": p.name_ru,
            "lat": p.lat,
            "lon": p.lon,
            "score": round(self.score, 4),
            "matched": self.matched,
            "match_kind": self.match_kind,
            "similarity": round(self.similarity, 4),
            "admin1": p.admin1,
            "admin2": p.admin2,
            "admin1_code": p.admin1_code,
            "admin2_code": p.admin2_code,
            "hromada": p.hromada,
            "country": p.country,
            "katottg": p.katottg,
            "feature_class": p.feature_class,
            "feature_code": p.feature_code,
            "population": p.population,
            "precision": p.precision,
            "radius_km": p.radius_km,
            "precision_note": p.precision_note,
            "source": p.source,
            "ambiguous": self.ambiguous,
            "evidence": list(self.evidence),
        }

    def _repr_html_(self) -> str:
        return Candidates([self], query=self.matched)._repr_html_()


class Candidates(list):
    """Ranked candidates for one query; ``ambiguous`` when the top two are close."""

    def __init__(self, items=(), *, query: str = "", ambiguous: bool = False, tried=()):
        super().__init__(items)
        self.query = query
        self.ambiguous = ambiguous
        self.tried = tuple(tried)

    @property
    def best(self) -> Candidate:
        """The top candidate."""
        return self[0]

    def to_dicts(self) -> list[dict]:
        """Every candidate as :meth:`Candidate.to_dict`."""
        return [c.to_dict() for c in self]

    def _repr_html_(self) -> str:
        head = "".join(
            f"<th>{h}</th>"
            for h in ("#", "name", "uk / ru", "admin", "lat, lon", "score", "matched", "precision")
        )
        body = []
        for i, c in enumerate(self, 1):
            p = c.place
            cells = [
                str(i),
                p.name,
                " / ".join(n for n in (p.name_uk, p.name_ru) if n),
                p.admin_path,
                f"{p.lat:.4f}, {p.lon:.4f}",
                f"{c.score:.2f}",
                f"{c.matched} ({c.match_kind})",
                p.precision + (f" ±{p.radius_km:.0f} km" if p.precision != "point" else ""),
            ]
            body.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in cells) + "</tr>")
        note = " <b>ambiguous</b>" if self.ambiguous else ""
        return (
            f"<table><caption>{escape(self.query)}{note}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{''.join(body)}</tbody></table>{_ATTRIBUTION}"
        )


_ATTRIBUTION = '<div style="font-size:smaller">Place data: GeoNames (geonames.org), CC BY 4.0</div>'


def _table(rows, caption: str) -> str:
    body = "".join(
        f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
        for k, v in rows
        if v
    )
    return f"<table><caption>{escape(caption)}</caption>{body}</table>"
