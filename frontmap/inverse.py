"""The inverse question: which places lie about *d* in direction *D* of a place?"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import FrontmapError
from .geodesy import UNIT_KM, compass_degrees, compass_word, destination, inverse, parse_unit

__all__ = ["Hit", "PlacesAt", "parse_distance", "places_at"]


def parse_distance(text: str) -> tuple[float, str]:
    """``"12 mi"`` → ``(12.0, "mi")``; ``"20km"``, ``"5 kilometres"`` likewise.

    Raises
    ------
    FrontmapError
        Not a number followed by a length unit.
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([^\d\s].*?)\s*", text or "")
    if not m:
        raise FrontmapError(
            f"distance {text!r}: write a number and a unit, like '12 mi' or '20 km'"
        )
    try:
        return float(m.group(1)), parse_unit(m.group(2))
    except ValueError as exc:
        raise FrontmapError(f"distance {text!r}: {exc}") from exc


@dataclass(frozen=True)
class Hit:
    """A place near the target point."""

    place: object
    offset_km: float  # from the target point
    distance_km: float  # from the reference place
    bearing_deg: float  # from the reference place
    bearing_word: str


@dataclass(frozen=True)
class PlacesAt:
    """The target point and the places around it, nearest first."""

    reference: object  # gazetteer.Candidate
    distance: float
    unit: str
    direction: str
    lat: float
    lon: float
    radius_km: float
    hits: tuple[Hit, ...]

    def to_dicts(self) -> list[dict]:
        """One JSON-ready dict per hit, with the query's point and reference."""
        return [
            {
                **h.place.to_dict(),
                "offset_km": round(h.offset_km, 3),
                "distance_km": round(h.distance_km, 3),
                "bearing_deg": round(h.bearing_deg, 1),
                "bearing_word": h.bearing_word,
                "target_lat": round(self.lat, 6),
                "target_lon": round(self.lon, 6),
                "reference_id": self.reference.place.id,
            }
            for h in self.hits
        ]


def places_at(gz, place: str, distance: str, direction: str, *, radius: str | None = None,
              in_admin: str | None = None, limit: int = 20) -> PlacesAt:  # fmt: skip
    """Places about ``distance`` in ``direction`` of ``place``, ranked by distance from that point.

    Parameters
    ----------
    distance
        ``"12 mi"``, ``"20 km"``.
    direction
        A compass word: ``"S"``, ``"south"``, ``"SSW"``, ``"south-west"``.
    radius
        Search radius around the target point (a distance string); default 20 % of the
        distance, at least 2 km.
    """
    value, unit = parse_distance(distance)
    try:
        bearing = compass_degrees(direction)
    except ValueError as exc:
        raise FrontmapError(str(exc)) from exc
    found = gz.resolve(place, in_admin=in_admin, limit=4)
    readings = "; ".join(f"{c.place.name} ({c.place.admin_path})" for c in found)
    if found.best.match_kind == "fuzzy":
        raise FrontmapError(f"{place!r} matches no place exactly; did you mean {readings}?")
    if found.ambiguous:
        raise FrontmapError(f"{place!r} is ambiguous: {readings}; --in OBLAST decides")
    reference = found.best
    km = value * UNIT_KM[unit]
    if radius is None:
        radius_km = max(2.0, 0.2 * km)
    else:
        r, r_unit = parse_distance(radius)
        radius_km = r * UNIT_KM[r_unit]
    lat, lon = destination(reference.place.lat, reference.place.lon, bearing, km)
    found = [(p, d) for p, d in gz.nearby(lat, lon, radius_km) if p.id != reference.place.id]
    hits: tuple[Hit, ...] = ()
    if found:
        dist, bear = inverse(
            reference.place.lat,
            reference.place.lon,
            [p.lat for p, _ in found],
            [p.lon for p, _ in found],
        )
        hits = tuple(
            Hit(p, off, float(d), float(b), compass_word(float(b), 16))
            for (p, off), d, b in zip(found, dist, bear, strict=True)
        )[:limit]
    return PlacesAt(reference, value, unit, direction, lat, lon, radius_km, hits)
