"""What verification hands on: a :class:`Verdict` (measured and stated values, the tolerance, why) and the :class:`Reading` of each pair of places measured."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from html import escape

from ..statements import Statement


@dataclass(frozen=True)
class Reading:
    """One way of resolving the two places, with what it measures and its verdict."""

    subject: object
    reference: object
    distance_km: float
    bearing_deg: float
    verdict: str
    score: float


@dataclass(frozen=True)
class Verdict:
    """The verdict on one statement, with every number that led to it."""

    verdict: str
    statement: Statement
    explanation: str
    subject: object | None = None  # gazetteer.Candidate
    reference: object | None = None
    distance_km: float | None = None
    distance_mi: float | None = None
    bearing_deg: float | None = None
    bearing_word: str | None = None
    distance_verdict: str | None = None
    direction_verdict: str | None = None
    measured_in_unit: float | None = None
    stated_low: float | None = None
    stated_high: float | None = None
    distance_error: float | None = None
    distance_slack: float | None = None
    precision_slack: float | None = None
    qualifier_slack: float | None = None
    extent_slack: float | None = None
    stated_bearing_deg: float | None = None
    direction_error_deg: float | None = None
    direction_allowed_deg: float | None = None
    alternatives: tuple[Reading, ...] = field(default=())
    #: Whether the statement's own figure chose among its names' readings ("the statement
    #: decides"): no other evidence picked that namesake.
    decided_by_figure: bool = False
    reason: str | None = None
    #: For a distance to a line: the nearest point of the line (lat, lon), the map measured
    #: ("DeepStateMap, 2025-02-11") and how many days older than the statement it is.
    line_point: tuple[float, float] | None = None
    line_source: str | None = None
    line_age_days: int | None = None

    def to_dict(self) -> dict:
        """The stable JSON shape of ``frontmap check --json``."""
        st = self.statement
        sp = self.subject.place if self.subject else None
        rp = self.reference.place if self.reference else None
        out = {
            "subject": st.subject,
            "reference": st.reference,
            "qualifier": st.qualifier,
            "value": st.value,
            "value_max": st.value_max,
            "unit": st.unit,
            "direction": st.direction,
            "relation": st.relation,
            "alt_value": st.alt_value,
            "alt_unit": st.alt_unit,
            "verdict": self.verdict,
            "distance_verdict": self.distance_verdict,
            "direction_verdict": self.direction_verdict,
            "distance_km": _r(self.distance_km, 3),
            "distance_mi": _r(self.distance_mi, 3),
            "bearing_deg": _r(self.bearing_deg, 1),
            "bearing_word": self.bearing_word,
            "subject_geonameid": sp.geonameid if sp else None,
            "reference_geonameid": rp.geonameid if rp else None,
            "subject_place": sp.to_dict() if sp else None,
            "reference_place": rp.to_dict() if rp else None,
            "subject_score": self.subject.score if self.subject else None,
            "reference_score": self.reference.score if self.reference else None,
            "distance_error": _r(self.distance_error, 3),
            "distance_slack": _r(self.distance_slack, 3),
            "precision_slack": _r(self.precision_slack, 3),
            "qualifier_slack": _r(self.qualifier_slack, 3),
            "extent_slack": _r(self.extent_slack, 3),
            "stated_bearing_deg": self.stated_bearing_deg,
            "direction_error_deg": _r(self.direction_error_deg, 1),
            "direction_allowed_deg": _r(self.direction_allowed_deg, 1),
            "alternatives": [
                {
                    "subject": a.subject.place.name,
                    "subject_id": a.subject.place.id,
                    "reference": a.reference.place.name,
                    "reference_id": a.reference.place.id,
                    "distance_km": _r(a.distance_km, 3),
                    "bearing_deg": _r(a.bearing_deg, 1),
                    "verdict": a.verdict,
                }
                for a in self.alternatives
            ],
            "reason": self.reason,
            "line": st.line,
            "line_point": list(self.line_point) if self.line_point else None,
            "line_source": self.line_source,
            "line_age_days": self.line_age_days,
            "explanation": self.explanation,
            "sentence": st.sentence,
            "span": list(st.span),
        }
        return out

    def _repr_html_(self) -> str:
        colour = {"consistent": "#1a7f37", "loose": "#9a6700", "inconsistent": "#cf222e"}.get(
            self.verdict, "#57606a"
        )
        rows = [
            ("Statement", self.statement.sentence[self.statement.span[0] : self.statement.span[1]]),
            ("Subject", _place_label(self.subject)),
            ("Reference", _place_label(self.reference)),
            ("Measured", f"{self.distance_km:.1f} km ({self.distance_mi:.1f} mi), {self.bearing_deg:.0f}° "
             f"({self.bearing_word})" if self.distance_km is not None else None),
            ("Distance", self.distance_verdict),
            ("Direction", self.direction_verdict),
        ]  # fmt: skip
        body = "".join(
            f"<tr><th style='text-align:left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>"
            for k, v in rows
            if v
        )
        return (
            f"<div><b style='color:{colour}'>{escape(self.verdict)}</b> — {escape(self.explanation)}"
            f"<table>{body}</table><small>Place data: GeoNames (geonames.org), CC BY 4.0</small></div>"
        )


def _opt(x):
    """A numpy scalar as a plain Python value (None stays None)."""
    if x is None:
        return None
    return x.item() if hasattr(x, "item") else x


def _r(x, n):
    return None if x is None or (isinstance(x, float) and math.isinf(x)) else round(float(x), n)


def _place_label(candidate) -> str | None:
    if candidate is None:
        return None
    p = candidate.place
    return f"{p.name} ({p.admin_path}; {p.id}; score {candidate.score:.2f}; {p.precision})"


def _fmt(x: float) -> str:
    return f"{x:.1f}" if abs(x) < 100 else f"{x:.0f}"


def unverifiable(st: Statement, reason: str, **kw) -> Verdict:
    """An ``unverifiable`` verdict on ``st`` with its ``reason`` (said in the explanation)."""
    return Verdict("unverifiable", st, f"Unverifiable: {reason}.", reason=reason, **kw)


def place_label(place) -> str:
    """A place as verdicts name it: "Yasenove (Donetsk Oblast)", or with its country abroad."""
    return f"{place.name} ({place.admin1 or place.country})"
