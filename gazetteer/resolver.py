"""The :class:`Gazetteer`: installed sources layered, names resolved to ranked candidates.

Ranking
-------
Each candidate's score is ``quality × (0.55 + 0.45 × prior) × context``, in [0, 1]:

* **quality** — how the name matched: exact 1.0 (0.98 on an alternate
  name), former/other name 0.95, inflected form read in the nominative
  by the analyser (:mod:`gazetteer.inflection`) 0.9, spelling variant
  0.88, inflected form by a stripped ending 0.85, fuzzy 0.8 × similarity.
  Exact, inflected (Cyrillic queries) and
  variant matches are gathered together — a place matched several ways
  keeps its best — so a Russian spelling ("Ясеново") still offers the
  Ukrainian place beside an exact namesake elsewhere; beside an exact
  match or a nominative reading a variant reading counts only
  :data:`QUALITY_BESIDE_EXACT`, so that it follows every exact one
  (inflected readings keep theirs: the genitive "Покровська" is as likely
  as a namesake "Pokrovska"). Endings are stripped only when neither the
  name as written nor a nominative reading is a place's key. A Russian
  name's nominative found only under its Ukrainian spelling ("Малых
  Щербаках" → Малі Щербаки) is a spelling guessed across languages: a
  variant, like the nominative "Малые Щербаки" itself, never an inflected
  form; the variant key's look-alikes are then no readings. Fuzzy
  matching runs only when none of them finds anything.
* Places of a user's own table have a prior of at least :data:`USER_PRIOR`.
* **prior** — 0.6 × feature prior + 0.4 × population prior. Populated
  places rank above stations, admin areas and rivers unless the query names
  the type ("Pokrovsk railway station"); capitals and admin seats
  (PPLC > PPLA > PPLA2 > PPLA3) above plain places; population
  (log scale, 1.0 at ~3 million) breaks the remaining ties.
* **context** — places outside :data:`HOME_COUNTRY` (Ukraine) count 0.85×
  unless ``country`` is given (Krasnoarmeysk is Pokrovsk before it is the
  Russian town of that name); ``in_admin`` keeps only candidates inside the named oblast
  or raion (if none is, all are kept at 0.4× and the evidence says so);
  ``near`` multiplies by ``exp(-(d - r) / 2r)`` beyond the radius ``r``.

The result is ``ambiguous`` when the runner-up scores within
:data:`AMBIGUITY_MARGIN` of the best and is a different place.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from .admin import OBLASTS, admin_level, oblast_variants
from .datadir import data_dir
from .errors import GazetteerError, PlaceNotFound
from .model import Candidate, Candidates, Place
from .names import (
    cyrillic_spelling,
    has_cyrillic,
    is_ukrainian,
    keys,
    parse_query,
    spelling_forms,
)
from .online import Nominatim, OnlineError
from .store import Store, haversine_km, haversine_matrix

__all__ = ["AMBIGUITY_MARGIN", "Gazetteer", "UnknownAdmin"]

AMBIGUITY_MARGIN = 0.06
#: Rule small_namesakes: a place smaller than this does not win over a namesake matched the
#: same way by its population alone (GeoNames gives most villages no population, so "1,017
#: people" against namesakes of unknown size is no evidence that a text means it; a town of
#: 4,000 is): the result stays ambiguous unless the name's match, the place's rank or the
#: context decides.
SMALL_PLACE_POPULATION = 2_000
#: ... and a city of this many people matched the same way keeps it ambiguous even across a
#: border ("под Курском": the village Kurskoye in Crimea, 1,204 people, or Kursk, 448,733 —
#: the home country's preference is no evidence against a city that size).
LARGE_NAMESAKE_POPULATION = 100_000
#: Resolutions remembered per Gazetteer (the stores are read-only, so answers never go stale).
MEMO_SIZE = 100_000
FUZZY_CUTOFF = 80.0
NEAR_RADIUS_KM = 50.0
#: Joint resolution (:meth:`Gazetteer.resolve_together`): a reading within this of a place
#: named beside it, with every other reading this factor farther, decides an ambiguous name.
TOGETHER_KM = 60.0
TOGETHER_FACTOR = 3.0
#: ... and at least this much farther.
TOGETHER_GAP_KM = 10.0
#: The readings of a name weighed by joint resolution: candidates scoring this share of the best.
TOGETHER_READING = 0.6
#: The score factor of the readings that joint resolution rules out.
CONTEXT_FACTOR = 0.5
#: The country whose places win ties with same-named places abroad.
HOME_COUNTRY = "UA"
FOREIGN_FACTOR = 0.85
#: Ways of reading an inflected Cyrillic name: ``stems`` strips case endings off the last word
#: and looks the stem up as a key prefix; ``lemmas`` puts every word in the nominative with
#: the morphological analyser (:mod:`gazetteer.inflection`) and looks the readings up as keys;
#: ``both`` reads with the analyser first and strips endings only when no reading is a place's
#: key (the words before the last then read by the analyser: "Кучеревого Яру" → Kucheriv Yar).
INFLECTION_METHODS = ("stems", "lemmas", "both")
INFLECTION = "both"
QUALITY = {"exact": 1.0, "former": 0.95, "variant": 0.88, "inflected": 0.85, "fuzzy": 0.8}
#: An exact match on an alternate name (and a Russian spelling's Ukrainian form beside exact
#: matches of the Russian form: the same name, recorded for other namesakes).
QUALITY_ALTERNATE = 0.98
#: A former name yields to a town of at least this many people that bears the name now.
FORMER_YIELDS_TO_POPULATION = 20_000
#: An inflected name whose nominative reading (:mod:`gazetteer.inflection`) is a place's key.
QUALITY_LEMMA = 0.9
#: A variant reading offered beside an exact match ranks below every exact one.
QUALITY_BESIDE_EXACT = 0.6
#: Places from the user's own table rank as admin seats: the analyst listed them on purpose.
USER_PRIOR = 0.8
_P_PRIOR = {"PPLC": 1.0, "PPLA": 0.95, "PPLA2": 0.85, "PPLA3": 0.75, "PPLA4": 0.7, "PPL": 0.6}
_P_WEAK = {"PPLX": 0.3, "PPLH": 0.35, "PPLQ": 0.3, "PPLW": 0.3}
_CLASS_PRIOR = {"A": 0.35, "S": 0.2, "H": 0.15, "T": 0.15}
_MATCH_ORDER = {"exact": 0, "former": 1, "inflected": 2, "variant": 3, "fuzzy": 4}
_LAYER_ORDER = {"user": 2, "geonames": 1, "embedded": 0, "nominatim": -1}
#: How the evidence of a reading found only under another Arabic spelling of the name (an
#: article added or dropped, "-ah") begins: a reading that guesses the spelling, so it may place
#: a statement but never call it false (see ``frontmap.verify``).
SPELLING_FORM_EVIDENCE = "another spelling of"
_KIND_WORD = {
    "exact": "exact match on",
    "former": "former or other name",
    "variant": "spelling variant of",
    "inflected": "inflected form of",
    "fuzzy": "fuzzy match on",
}


class UnknownAdmin(GazetteerError, LookupError):
    """``in_admin`` names no oblast or raion that the installed sources know."""


def _feature_prior(place: Place, hint: str | None) -> float:
    fc, code = place.feature_class or "", place.feature_code or ""
    if hint:
        wanted_class, _, wanted_code = hint.partition(".")
        if fc == wanted_class and (not wanted_code or code.startswith(wanted_code[:3])):
            return 1.0
        return 0.2
    if fc == "P":
        return _P_PRIOR.get(code) or _P_WEAK.get(code) or 0.55
    return _CLASS_PRIOR.get(fc, 0.1)


def _population_prior(place: Place) -> float:
    return min(1.0, math.log10((place.population or 0) + 1) / 6.5)


def _is_lemma(hit: tuple) -> bool:
    """Whether a hit is an inflected name read in the nominative (not an ending-stripped stem)."""
    return hit[3] == "inflected" and bool(hit[5]) and not hit[5].endswith("-")


def _key_collisions(hits: list[tuple], text: str) -> list[tuple]:
    """Exact hits of a Cyrillic name that is no spelling of their place, read as variants when
    the name has a nominative reading (:func:`_is_lemma`) of another place.

    Keys drop the soft sign, so the Russian locative "Покровске" (of Покровск, Pokrovsk) shares
    its key with the villages Покровське: the nominative reading names a place as spelled, the
    key match only a look-alike, and it ranks as one (:data:`QUALITY_BESIDE_EXACT`).
    """
    read = {h[0].id for h in hits if _is_lemma(h)}
    if not read or not has_cyrillic(text):
        return hits
    spelled = cyrillic_spelling(text)
    out = []
    for h in hits:
        place, matched = h[0], h[1]
        names = (place.name_uk, place.name_ru, matched)
        if (
            h[3] == "exact"
            and place.id not in read
            and (place.name_uk or place.name_ru)  # its Cyrillic spellings are known
            and spelled not in {cyrillic_spelling(n) for n in names if n}
        ):
            h = (place, matched, h[2], "variant", 1.0, "")
        out.append(h)
    return out


@lru_cache(maxsize=256)
def _layer_rank(source: str) -> int:
    """The rank of a source's layer among a place's readings (the top layer lowest)."""
    return -_LAYER_ORDER.get(source.split("-")[0], 0)


def _identity(place: Place) -> str:
    if place.geonameid is not None:
        return f"g{place.geonameid}"
    if place.katottg:
        return f"k{place.katottg}"
    return place.id


class Gazetteer:
    """Installed sources, layered: a user's places above GeoNames dumps above the embedded default.

    Obtain one with :func:`gazetteer.open`.
    """

    def __init__(
        self,
        stores: Sequence[Store],
        home: Path | None = None,
        *,
        online: Nominatim | bool = False,
    ):
        self.stores = sorted(stores, key=lambda s: -s.layer)
        self.home = home
        if online is True:
            online = Nominatim((home or data_dir()) / "online")
        #: Whether names the offline sources lack go online by default.
        self.online = bool(online)
        #: The online geocoder (created on first use when a call asks for it).
        self.geocoder: Nominatim | None = online or None
        self._keys: tuple[str, ...] | None = None
        self._shadowed: frozenset[str] | None = None
        self._memo: dict[tuple, Candidates | PlaceNotFound] = {}
        self._by_id: dict[str, Place] = {}  # get()'s places, read once per id
        self._admin_filters: dict[str, tuple] = {}  # in_admin text -> (test, label)
        self._unfound: dict[tuple, None] = {}  # resolve_together's names not found
        self._by_codes: dict[tuple[str, ...], dict[Place, tuple[str, ...]]] = {}
        #: How inflected Cyrillic names are read: one of :data:`INFLECTION_METHODS`.
        self.inflection = INFLECTION

    # -- sources -----------------------------------------------------------
    @property
    def sources(self) -> list[str]:
        """Names of the layered sources, top layer first."""
        return [s.name for s in self.stores]

    def status(self) -> list[dict]:
        """Metadata of every source: rows, dates, checksum, licence, join statistics."""
        return [{**s.meta, "path": str(s.path), "places": s.count()} for s in self.stores]

    def close(self) -> None:
        """Close every store."""
        for s in self.stores:
            s.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Gazetteer(sources={self.sources})"

    # -- lookups -----------------------------------------------------------
    def get(self, place_id: str | int) -> Place:
        """The place with an id (``"geonames:704422"``, ``704422``, ``"katottg:UA14…"``).

        Raises
        ------
        PlaceNotFound
            No installed source has it.
        """
        text = str(place_id)
        if text in self._by_id:
            return self._by_id[text]
        for store in self.stores:
            if text.isdigit() or text.startswith("geonames:"):
                place = store.by_geonameid(int(text.removeprefix("geonames:")))
            elif re.fullmatch(r"(katottg:)?UA\d{17}", text):
                place = store.by_katottg(text.removeprefix("katottg:")) or store.get(text)
            else:
                place = store.get(text)
            if place:
                if len(self._by_id) >= MEMO_SIZE:
                    self._by_id.pop(next(iter(self._by_id)))
                self._by_id[text] = place
                return place
        raise PlaceNotFound(
            f"no place with id {text!r} in {', '.join(self.sources)}; ids look like "
            "'geonames:704422' or 'katottg:UA14160210340041091'",
            query=text,
        )

    def nearby(
        self, lat: float, lon: float, radius_km: float, *, feature_class: str | None = "P"
    ) -> list[tuple[Place, float]]:
        """Places within ``radius_km`` of a point, nearest first, one per place across sources."""
        best: dict[str, tuple[Place, float]] = {}
        for store in self.stores:
            for place, d in store.nearby(lat, lon, radius_km):
                if feature_class and place.feature_class != feature_class:
                    continue
                if place.precision != "point":
                    continue
                best.setdefault(_identity(place), (place, d))
        return sorted(best.values(), key=lambda pair: pair[1])

    def with_feature_codes(self, codes: Iterable[str]) -> dict[Place, tuple[str, ...]]:
        """The places of the given GeoNames feature codes (airports, dams, power plants …), one
        per place across sources, each with all its names."""
        codes = tuple(sorted(set(codes)))
        if codes in self._by_codes:
            return self._by_codes[codes]
        names: dict[str, list[str]] = {}
        first: dict[str, Place] = {}
        for store in self.stores:
            for place, name, _ in store.with_feature_codes(codes):
                ident = _identity(place)
                first.setdefault(ident, place)
                names.setdefault(ident, []).append(name)
        found = {first[i]: tuple(dict.fromkeys(n)) for i, n in names.items()}
        self._by_codes[codes] = found
        return found

    def populated(self, min_population: int, country: str | None = "UA") -> list[Place]:
        """Towns and cities of at least ``min_population`` inhabitants, largest first.

        One per place across sources (the first source that has it wins), e.g. for labelling a
        map's settlements.
        """
        best: dict[str, Place] = {}
        for store in self.stores:
            for place in store.populated(min_population, country):
                best.setdefault(_identity(place), place)
        return sorted(best.values(), key=lambda p: (-(p.population or 0), p.id))

    def resolve(
        self,
        name: str,
        *,
        in_admin: str | None = None,
        near: str | tuple[float, float] | None = None,
        near_radius_km: float = NEAR_RADIUS_KM,
        country: str | None = None,
        limit: int | None = 10,
        online: bool | None = None,
        fuzzy: bool = True,
    ) -> Candidates:
        """Rank the places a name may refer to.

        Parameters
        ----------
        name
            A place name in any script or spelling: ``"Yasenove"``, ``"Покровськ"``,
            ``"Dzerzhinsk"``, ``"the city of Pokrovsk"``, ``"Покровська"``.
        in_admin
            An oblast and/or raion, written any way: ``"Donetsk oblast"``,
            ``"Донецька область"``, ``"Pokrovsk raion"``, ``"Donetsk region, Pokrovskyi district"``.
        near
            A place name or ``(lat, lon)``; candidates beyond ``near_radius_km`` lose score.
        country
            ISO code; only places in that country.
        limit
            Most candidates returned (None: all).
        online
            Ask the online geocoder (OpenStreetMap Nominatim through geopy) when the offline
            sources find nothing or only look-alikes; default: as the gazetteer was opened
            (``gazetteer.open(online=True)``). Results are cached and marked ``source=nominatim``.
        fuzzy
            Try look-alike spellings when nothing matches exactly (the slow tier); ``False``
            for bulk text scanning, where only exact, former, inflected and variant matches count.

        Returns
        -------
        Candidates
            Best first; ``.ambiguous`` when the top two are close. Every
            candidate carries its score, matched form, match kind and evidence.

        Raises
        ------
        PlaceNotFound
            Nothing matches; the message lists the keys tried and the nearest names.
        UnknownAdmin
            ``in_admin`` names no known oblast or raion.

        Examples
        --------
        >>> import gazetteer
        >>> gz = gazetteer.open()  # doctest: +SKIP
        >>> gz.resolve("Yasenove", in_admin="Donetsk oblast").best.place.admin1  # doctest: +SKIP
        'Donetsk Oblast'
        """
        if isinstance(near, list):
            near = tuple(near)
        use_online = self.online if online is None else online
        memo_key = (name, in_admin, near, near_radius_km, country, limit, use_online, fuzzy)
        cached = self._memo.get(memo_key)
        if isinstance(cached, PlaceNotFound):  # a fresh error, the same words
            raise PlaceNotFound(
                str(cached), query=cached.query, tried=cached.tried, suggestions=cached.suggestions
            )
        if cached is not None:
            return Candidates(cached, query=name, ambiguous=cached.ambiguous, tried=cached.tried)
        try:
            found = self._resolve(
                name, in_admin, near, near_radius_km, country, limit, use_online, fuzzy
            )
        except PlaceNotFound as exc:
            if not use_online:  # offline, a name not found stays not found (the fuzzy
                self._remember(memo_key, exc)  # suggestions are the slow part)
            raise
        self._remember(memo_key, found)
        return Candidates(found, query=name, ambiguous=found.ambiguous, tried=found.tried)

    def _remember(self, key: tuple, outcome) -> None:
        if len(self._memo) >= MEMO_SIZE:
            self._memo.pop(next(iter(self._memo)))
        self._memo[key] = outcome

    def _resolve(
        self,
        name,
        in_admin,
        near,
        near_radius_km,
        country,
        limit,
        online=False,
        fuzzy=True,
        *,
        suggest=True,
    ) -> Candidates:
        q = parse_query(name)
        tried = []
        if not q.key:
            raise PlaceNotFound(
                f"{name!r} has no letters or digits to look up; "
                "give a place name such as 'Pokrovsk'",
                query=name,
            )
        hits = _key_collisions(self._match(q, tried, fuzzy=fuzzy), q.text)
        online_failure = ""
        if online and all(h[3] == "fuzzy" for h in hits):
            try:
                hits = self._online_hits(name, q, country, tried) or hits
            except OnlineError as exc:
                online_failure = f"; {exc}"
                tried.append(str(exc))
        admin_filter = self._admin_filter(in_admin) if in_admin else None
        near_point, near_label = self._near_point(near) if near is not None else (None, None)

        groups: dict[str, list] = {}
        shadowed = self._shadowed_katottg()
        for hit in hits:
            place = hit[0]
            if country and (place.country or "").upper() != country.upper():
                continue
            if place.geonameid is None and place.katottg in shadowed:
                continue  # a located source has this settlement, and the same name reaches it
            groups.setdefault(_identity(place), []).append(hit)
        if not groups:
            extra = f" in country {country}" if country else ""
            raise self._not_found(
                name, q, tried, extra=extra, failure=online_failure, suggest=fuzzy and suggest
            )

        # a nominative reading of an inflected name is as good as an exact key beside the
        # look-alikes the variant key finds ("Славянска" is Sloviansk, not Slavyanskoye)
        has_exact = any(h[3] in ("exact", "former") or _is_lemma(h) for h in hits)
        # a town that bears the name now outranks a place that once bore it in its country
        # ("Sloviansk" is the city, not Nikopol under a historical name)
        # ("Слов'янська", the genitive, is the city too: an inflected reading of a name a town
        # bears now outranks one of a name another place once bore)
        # (not a town that bore the name once as well: "Красного Лимана" may be Lyman, whose
        # alternate name "Красний Лиман" is also a former one, or Rodynske alike)
        once = {_identity(h[0]) for h in hits if h[3] == "inflected" and h[2] == "former"}
        bearing = [
            h
            for h in hits
            if (
                h[3] == "exact"
                or (h[3] == "inflected" and h[2] != "former" and _identity(h[0]) not in once)
            )
            and h[0].feature_class == "P"
            and (h[0].population or 0) >= FORMER_YIELDS_TO_POPULATION
        ]
        bearers = {h[0].country for h in bearing}
        bearer_ids = {_identity(h[0]) for h in bearing}
        scored = []
        for group in groups.values():
            place, matched, name_kind, kind, similarity, reading = (
                group[0]
                if len(group) == 1
                else min(
                    group,
                    key=lambda h: (
                        _MATCH_ORDER[h[3]],
                        not _is_lemma(h),
                        h[3] == "variant" and not h[5],  # another spelling's form first
                        _layer_rank(h[0].source),
                        h[0].precision != "point",
                        h[2] != "primary",
                    ),
                )
            )
            quality = QUALITY[kind] * (similarity if kind == "fuzzy" else 1.0)
            if kind == "exact" and name_kind == "alternate":
                quality = QUALITY_ALTERNATE
            if kind == "inflected" and reading and not reading.endswith("-"):
                quality = QUALITY_LEMMA
            if kind == "former" and place.country in bearers:
                quality = QUALITY_BESIDE_EXACT
            if (
                kind == "inflected"
                and name_kind == "former"
                and place.country in bearers
                and _identity(place) not in bearer_ids
            ):
                quality = QUALITY_BESIDE_EXACT  # the genitive of a former name, likewise
            if kind == "variant" and has_exact:
                # the Ukrainian form of a Russian spelling is the same name, as an alternate —
                # not a name the place once had: a guessed spelling of a former name never
                # outranks an exact namesake ("Ивановка" is no Bilozerka, once Іванівка)
                russian_form = bool(reading) and has_cyrillic(reading) and name_kind != "former"
                quality = QUALITY_ALTERNATE if russian_form else QUALITY_BESIDE_EXACT
            feat = _feature_prior(place, q.feature_hint)
            prior = 0.6 * feat + 0.4 * _population_prior(place)
            unsized = 0.6 * feat  # the same without the population (rule small_namesakes)
            if place.source.startswith("user-"):
                prior = max(prior, USER_PRIOR)
                unsized = max(unsized, USER_PRIOR)
            context = 1.0
            if not country and place.country and place.country != HOME_COUNTRY:
                context *= FOREIGN_FACTOR
            d = None
            if near_point is not None:
                d = haversine_km(near_point[0], near_point[1], place.lat, place.lon)
                if d > near_radius_km:
                    context *= math.exp(-(d - near_radius_km) / (2 * near_radius_km))
            # the evidence is written only for the candidates kept (see below)
            scored.append(
                [
                    place,
                    quality * (0.55 + 0.45 * prior) * context,
                    matched,
                    kind,
                    similarity,
                    [],
                    (name_kind, reading, d),
                    quality * (0.55 + 0.45 * unsized) * context,
                ]
            )

        if admin_filter is not None:
            test, label = admin_filter
            inside = [s for s in scored if test(s[0])]
            if inside:
                scored = inside
                for s in scored:
                    s[5].append(f"in {label} (as asked)")
            else:
                for s in scored:
                    s[1] *= 0.4
                    s[5].append(f"not in {label}: no candidate lies there")

        scored.sort(key=lambda s: (-s[1], s[0].id))
        ambiguous = (
            len(scored) > 1
            and (
                scored[1][1] >= scored[0][1] - AMBIGUITY_MARGIN
                # rule small_namesakes: a village's population does not decide between namesakes
                or any(
                    (scored[0][0].population or 0) < SMALL_PLACE_POPULATION
                    and other[3] == scored[0][3]  # a namesake matched the same way
                    and (
                        other[7] >= scored[0][7] - AMBIGUITY_MARGIN
                        or (other[0].population or 0) >= LARGE_NAMESAKE_POPULATION
                    )
                    for other in scored[1:]
                )
            )
        )
        candidates = [
            Candidate(
                place=s[0],
                score=round(min(1.0, s[1]), 4),
                matched=s[2],
                match_kind=s[3],
                similarity=s[4],
                evidence=(*self._evidence(s, near_label, near_radius_km), *s[5]),
                ambiguous=ambiguous,
            )
            for s in scored[: limit or None]
        ]
        return Candidates(candidates, query=name, ambiguous=ambiguous, tried=tried)

    def _evidence(self, s: list, near_label, near_radius_km: float) -> list[str]:
        """The evidence of a scored candidate of :meth:`_resolve`, written for the kept ones."""
        place, matched, kind, similarity = s[0], s[2], s[3], s[4]
        name_kind, reading, d = s[6]
        evidence = [self._match_evidence(place, matched, name_kind, kind, similarity, reading)]
        evidence.append(self._prior_evidence(place))
        if place.source == "nominatim" and self.geocoder is not None:
            evidence.append(f"found online: OpenStreetMap Nominatim at {self.geocoder.server}")
        if d is not None:
            evidence.append(f"{d:.0f} km from {near_label} (near, radius {near_radius_km:g} km)")
        if place.precision != "point" and place.precision_note:
            evidence.append(f"{place.precision} precision: {place.precision_note}")
        return evidence

    def resolve_together(
        self, names: Iterable[str], *, country: str | None = None, limit: int | None = 30
    ) -> dict[str, Candidates]:
        """Resolve the names of one sentence or report jointly: places named together lie together.

        Each name is resolved alone first. A name that stays ambiguous is then decided by
        the places confidently resolved beside it (the *anchors*): when one of its readings
        lies within :data:`TOGETHER_KM` of an anchor and every other reading lies at least
        :data:`TOGETHER_FACTOR` times (and :data:`TOGETHER_GAP_KM`) farther from every anchor,
        that reading comes first, the others follow at :data:`CONTEXT_FACTOR` of its score,
        and the evidence names the anchor and the distances.
        Decided names become anchors for the rest, until nothing changes. Names that do not
        resolve are left out of the result.

        Returns
        -------
        dict
            ``{name: Candidates}`` for every name that resolved.
        """
        found: dict[str, Candidates] = {}
        for name in dict.fromkeys(names):
            cands = self._resolved_or_none(name, country)
            if cands is not None:
                found[name] = cands
        changed = True
        while changed:
            changed = False
            anchors = {
                name: c.best.place
                for name, c in found.items()
                if not c.ambiguous and c.best.match_kind != "fuzzy"
            }
            for name, cands in found.items():
                if name in anchors or not cands or cands.best.match_kind == "fuzzy":
                    continue
                decided = self._decide_by_anchors(name, cands, anchors, country, limit)
                if decided is not None:
                    found[name] = decided
                    changed = True
        if limit is not None:
            for name, c in found.items():
                found[name] = Candidates(
                    c[:limit], query=name, ambiguous=c.ambiguous, tried=c.tried
                )
        return found

    def _resolved_or_none(self, name: str, country: str | None) -> Candidates | None:
        """``resolve(name, country=country, limit=None)``, or None when nothing matches.

        The nearest names of a name not found (the fuzzy scan of every key, the slow part) are
        not looked up: nothing here shows them. A later :meth:`resolve` of the name looks them
        up as ever (the name is remembered as not found only here).
        """
        use_online = self.online
        memo_key = (name, None, None, NEAR_RADIUS_KM, country, None, use_online, True)
        if use_online or memo_key in self._memo:
            try:
                return self.resolve(name, country=country, limit=None)
            except PlaceNotFound:
                return None
        if memo_key in self._unfound:
            return None
        try:
            found = self._resolve(
                name, None, None, NEAR_RADIUS_KM, country, None, use_online, True, suggest=False
            )
        except PlaceNotFound:
            if len(self._unfound) >= MEMO_SIZE:
                self._unfound.pop(next(iter(self._unfound)))
            self._unfound[memo_key] = None
            return None
        self._remember(memo_key, found)
        return Candidates(found, query=name, ambiguous=found.ambiguous, tried=found.tried)

    def _decide_by_anchors(self, name, cands, anchors, country, limit) -> Candidates | None:
        import numpy as np

        top = cands.best.score
        others = {n: p for n, p in anchors.items() if n != name}
        readings = [
            c for c in cands if c.score >= TOGETHER_READING * top and c.match_kind != "fuzzy"
        ]
        taken = {p.id for p in others.values()}  # two names of one text: two places
        readings = [c for c in readings if c.place.id not in taken]
        points = [(c.place.lat, c.place.lon) for c in readings if c.place.precision == "point"]
        # a codifier settlement placed at its hromada's centre whose area holds a located
        # namesake is most likely that same village, not a rival reading
        areas = [c for c in readings if c.place.precision != "point"]
        if areas and points:
            within = (
                haversine_matrix([(c.place.lat, c.place.lon) for c in areas], points)
                <= np.array([[c.place.radius_km or 0] for c in areas])
            ).any(axis=1)
            dropped = {id(c) for c, inside in zip(areas, within, strict=True) if inside}
            readings = [c for c in readings if id(c) not in dropped]
        if len(readings) < 2 or not others:
            return None
        names = sorted(others)  # per reading, the nearest anchor; a tie goes to the first name
        d = haversine_matrix(
            [(c.place.lat, c.place.lon) for c in readings],
            [(others[n].lat, others[n].lon) for n in names],
        )
        # each row's least distance and its first anchor, read in two array calls, not per row
        least, at = d.min(axis=1).tolist(), d.argmin(axis=1).tolist()
        nearest = sorted(
            ((m, names[i], c) for m, i, c in zip(least, at, readings, strict=True)),
            key=lambda t: t[0],
        )
        (d0, anchor, chosen), d1 = nearest[0], nearest[1][0]
        if d0 > TOGETHER_KM or d1 < TOGETHER_FACTOR * d0 or d1 - d0 < TOGETHER_GAP_KM:
            return None
        if chosen.match_kind == "former" and any(
            m <= TOGETHER_KM and c.match_kind in ("exact", "inflected") for m, _, c in nearest[1:]
        ):
            # rule weak_reading: a village the name is only a former or other name of
            # ("Petrivka" for Osynovo, 7 km from Kupiansk) never wins by context over villages
            # that bear the name as written near the same place (Petrivkas 29 km off)
            return None
        point = others[anchor]
        note = (
            f"decided by context: {d0:.0f} km from {point.name} ({anchor!r}, named in the same "
            f"text); the other readings lie {d1:.0f} km or more from every place named there"
        )
        first = replace(chosen, evidence=(*chosen.evidence, note), ambiguous=False, anchor=anchor)
        # the readings the context rules out stay listed, at most half the chosen one's score
        # (only as many as the caller keeps: rebuilding hundreds of namesakes costs)
        ruled_out = (c for c in cands if c.place.id != chosen.place.id)
        rest = [
            replace(c, score=round(min(c.score, chosen.score) * CONTEXT_FACTOR, 4), ambiguous=False)
            for c in (
                ruled_out if limit is None else itertools.islice(ruled_out, max(limit - 1, 0))
            )
        ]
        return Candidates([first, *rest], query=name, ambiguous=False, tried=cands.tried)

    # -- matching ----------------------------------------------------------
    def _match(self, q, tried: list[str], *, fuzzy: bool = True) -> list[tuple]:
        """``(place, matched, name kind, match kind, similarity, reading)`` of every tier that hits.

        ``reading`` is the nominative an inflected hit was read as (else empty).
        """
        hits = []
        tried.append(f"exact key {q.key!r}")
        for store in self.stores:
            for place, matched, kind in store.lookup("key", q.key):
                hits.append(
                    (place, matched, kind, "former" if kind == "former" else "exact", 1.0, "")
                )
        if has_cyrillic(q.text):
            hits += self._inflected_hits(q, tried, exact=bool(hits))
        spelled = any(h[3] == "variant" for h in hits)  # a nominative's Ukrainian spelling
        tried.append(f"variant key {q.variant!r}")
        for store in self.stores:
            for place, matched, kind in store.lookup("variant", q.variant):
                if not spelled:  # its look-alikes are no readings beside it (_spelling_hits)
                    hits.append((place, matched, kind, "variant", 1.0, ""))
        if fuzzy and not spelled and all(h[3] == "variant" for h in hits):
            spelled = self._spelling_hits(q, tried)
            # a Russian spelling's Ukrainian forms replace the sound-alikes of another script
            hits = spelled if spelled and has_cyrillic(q.text) else hits + spelled
        elif fuzzy and has_cyrillic(q.text) and is_ukrainian(q.text) is not True:
            # a Russian spelling matched exactly names the places GeoNames gives that Russian
            # form; its Ukrainian namesakes recorded without it are readings too ("Каменское"
            # is the city that has it and the village Кам'янське near Zaporizhzhia)
            hits += self._spelling_hits(q, tried)
        if hits or not fuzzy:
            return hits
        tried.append(f"fuzzy (similarity ≥ {FUZZY_CUTOFF:g}%)")
        for key, similarity in self._fuzzy(q.key, FUZZY_CUTOFF, 20):
            for store in self.stores:
                for place, matched, kind, _ in store.lookup_keys([key]):
                    hits.append((place, matched, kind, "fuzzy", similarity / 100, ""))
        return hits

    def _spelling_hits(self, q, tried: list[str]) -> list[tuple]:
        """Variant hits of a name's other spellings (:func:`spelling_forms`), only when nothing
        else matched: a Latin name's other Arabic spellings ("Obeid" is El Obeid, "Hodeidah" is
        Al Ḩudaydah, alternate name "Hodeida"), places abroad only (no Ukrainian name has an
        Arabic article); a Cyrillic name's Ukrainian forms ("Яремовка" is Яремівка), places in
        Ukraine only."""
        forms = spelling_forms(q.text)
        if forms:
            tried.append("spellings " + ", ".join(repr(f) for f in forms))
        home = has_cyrillic(q.text)
        hits = []
        for form in forms:  # exact keys only: the variant keys of a bare word reach too far
            for store in self.stores:
                for place, matched, kind in store.lookup("key", keys(form)[0]):
                    if ((place.country or "").upper() == HOME_COUNTRY) == home:
                        hits.append((place, matched, kind, "variant", 1.0, form))
        return hits

    def _inflected_hits(self, q, tried: list[str], *, exact: bool) -> list[tuple]:
        """Hits of a Cyrillic query's nominative readings (:data:`INFLECTION_METHODS`).

        With ``both``, endings are stripped only when neither the name as written (``exact``)
        nor any of the analyser's readings is a place's key.
        """
        hits = []
        if self.inflection in ("lemmas", "both"):
            from .inflection import lemmas

            readings: dict[str, str] = {}
            for reading in lemmas(q.text):
                k = parse_query(reading).key
                if k and k != q.key:
                    readings.setdefault(k, reading)
            if readings:
                tried.append("lemmas " + ", ".join(repr(r) for r in readings.values()))
                for store in self.stores:
                    for place, matched, kind, k in store.lookup_keys(list(readings)):
                        hits.append((place, matched, kind, "inflected", 1.0, readings[k]))
            if readings and not hits and not exact and is_ukrainian(q.text) is not True:
                # a Russian spelling's nominative read in Ukrainian ("Малых Щербаках" ->
                # "малые щербаки" -> "Малі Щербаки"): exact keys only, places in Ukraine only,
                # as the spellings of a name written in the nominative (_spelling_hits)
                forms = {keys(f)[0]: f for r in readings.values() for f in spelling_forms(r)}
                forms = {k: f for k, f in forms.items() if k not in readings and k != q.key}
                if forms:
                    tried.append("lemma spellings " + ", ".join(repr(f) for f in forms.values()))
                # a spelling guessed across languages, not a form of the name written: a
                # variant, as "Малые Щербаки" is (it may place a statement, never call it false)
                for store in self.stores:
                    for place, matched, kind, k in store.lookup_keys(list(forms)):
                        if (place.country or "").upper() == HOME_COUNTRY:
                            hits.append((place, matched, kind, "variant", 1.0, forms[k]))
        if self.inflection == "stems" or (self.inflection == "both" and not hits and not exact):
            found = list(q.stems)
            if self.inflection == "both":
                from .inflection import stems

                found += [s for s in stems(q.text) if s not in found and s != q.key]
            if found:
                tried.append("inflection stems " + ", ".join(repr(s) for s in found))
            for stem in found:
                for store in self.stores:
                    for place, matched, kind in store.lookup_prefix(stem, max_extra=3):
                        hits.append(
                            (place, matched, kind, "inflected", len(stem) / len(q.key), stem + "-")
                        )
        return hits

    def _online_hits(self, name: str, q, country: str | None, tried: list[str]) -> list[tuple]:
        """Hits from the online geocoder: exact when one of its names has the query's key."""
        from rapidfuzz import fuzz

        if self.geocoder is None:
            self.geocoder = Nominatim((self.home or data_dir()) / "online")
        geocoder = self.geocoder
        tried.append(f"online: Nominatim at {geocoder.server}")
        hits = []
        for hit in geocoder.lookup(q.text, q.key, country):
            if hit.exact:
                hits.append((hit.place, hit.matched, "primary", "exact", 1.0, ""))
            else:
                similarity = fuzz.ratio(q.key, parse_query(hit.matched).key) / 100
                hits.append((hit.place, hit.matched, "primary", "fuzzy", similarity, ""))
        return hits

    def _fuzzy(self, key: str, cutoff: float, limit: int) -> list[tuple[str, float]]:
        from rapidfuzz import fuzz, process

        if self._keys is None:
            # sorted and distinct; each store's keys come sorted, so the sort merges runs
            # (a third of the time of sorting a set of them)
            merged = [k for s in self.stores for k in s.all_keys()]
            merged.sort()
            self._keys = tuple(dict.fromkeys(merged))  # a tuple: see Store.all_keys
        found = process.extract(
            key, self._keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit
        )
        return [(k, score) for k, score, _ in found]

    def _shadowed_katottg(self) -> frozenset[str]:
        """Codifier settlements that a GeoNames or user source locates to the point."""
        if self._shadowed is None:
            codes: set[str] = set()
            for store in self.stores:
                if store.layer > 0:
                    codes |= store.joined_katottg()
            self._shadowed = frozenset(codes)
        return self._shadowed

    def _not_found(
        self, name: str, q, tried: list[str], extra: str = "", failure: str = "", suggest=True
    ) -> PlaceNotFound:
        suggestions = []
        for key, _ in self._fuzzy(q.key, 50.0, 5) if suggest else ():
            for store in self.stores:
                for place, matched, _, _ in store.lookup_keys([key])[:1]:
                    label = f"{matched} ({place.admin1 or place.country})"
                    if label not in suggestions:
                        suggestions.append(label)
        advice = "check the spelling or give context (in_admin / --in)"
        advice += (
            "; for another country's villages run `frontmap gazetteer install CC`; "
            "`--online` asks OpenStreetMap's Nominatim"
        )
        near_names = f" Nearest names: {', '.join(suggestions[:5])}." if suggestions else ""
        return PlaceNotFound(
            f"no place named {name!r}{extra} in {', '.join(self.sources)}{failure}; tried "
            f"{'; '.join(tried)}.{near_names} Next: {advice}.",
            query=name,
            tried=tried,
            suggestions=suggestions,
        )

    # -- context -----------------------------------------------------------
    def _admin_filter(self, text: str):
        if text not in self._admin_filters:  # a report asks for its oblast name after name
            if len(self._admin_filters) >= MEMO_SIZE:
                self._admin_filters.pop(next(iter(self._admin_filters)))
            self._admin_filters[text] = self._new_admin_filter(text)
        return self._admin_filters[text]

    def _new_admin_filter(self, text: str):
        tests = []
        labels = []
        for part in [p for p in re.split(r"[,;/]", text) if p.strip()]:
            bare, level = admin_level(part)
            if not bare:
                raise UnknownAdmin(f"in_admin {text!r}: {part.strip()!r} names no area")
            oblasts = set()
            if level in (None, "oblast"):
                oblasts = {a.admin1 for a in OBLASTS if bare in oblast_variants(a)}
                if not oblasts and level == "oblast":
                    oblasts = self._fuzzy_oblast(bare)
            raions: set[tuple[str, str, str]] = set()
            if not oblasts and level in (None, "raion"):
                for store in self.stores:
                    raions |= {(store.name, a1, a2) for a1, a2, _ in store.raions(bare)}
            if not oblasts and not raions:
                raise UnknownAdmin(
                    f"in_admin {text!r}: {part.strip()!r} is no oblast or raion known to "
                    f"{', '.join(self.sources)}; write it like 'Donetsk oblast', "
                    "'Донецька область' "
                    "or 'Pokrovsk raion'"
                )
            if oblasts:
                tests.append(
                    lambda p, o=frozenset(oblasts): p.country == "UA" and p.admin1_code in o
                )
                labels.append(" or ".join(a.en for a in OBLASTS if a.admin1 in oblasts))
            else:
                keys = frozenset(raions)
                names = sorted({n for s in self.stores for a1, a2, n in s.raions(bare)})
                tests.append(lambda p, k=keys: (p.source, p.admin1_code, p.admin2_code) in k)
                labels.append(" or ".join(names))
        return (lambda p: all(t(p) for t in tests)), ", ".join(labels)

    @staticmethod
    def _fuzzy_oblast(bare: str) -> set[str]:
        from rapidfuzz import fuzz

        return {
            a.admin1 for a in OBLASTS if any(fuzz.ratio(bare, v) >= 85 for v in oblast_variants(a))
        }

    def _near_point(self, near) -> tuple[tuple[float, float], str]:
        if isinstance(near, str):
            found = self.resolve(near, limit=1)
            if found.best.match_kind == "fuzzy":  # a guessed spelling never steers an answer
                raise PlaceNotFound(
                    f"near {near!r} matches no place exactly (did you mean "
                    f"{found.best.place.name}?); give its exact name or 'lat,lon'",
                    query=near,
                )
            best = found.best.place
            return (best.lat, best.lon), best.name
        lat, lon = near
        return (float(lat), float(lon)), f"({lat:.4f}, {lon:.4f})"

    # -- evidence ----------------------------------------------------------
    @staticmethod
    def _match_evidence(
        place: Place, matched: str, name_kind: str, kind: str, similarity: float, reading: str = ""
    ) -> str:
        what = {"primary": "the name", "official": "the official Ukrainian name"}.get(
            name_kind, "the name"
        )
        if kind == "former":
            return f"{matched!r} is a former or other name of {place.name}"
        if kind == "fuzzy":
            return f"fuzzy match on {what} {matched!r} ({similarity:.0%} similar)"
        if kind == "inflected" and reading.endswith("-"):
            return f"{_KIND_WORD[kind]} {what} {matched!r} (stem {reading[:-1]!r}, ending stripped)"
        if kind == "inflected" and reading:
            return f"{_KIND_WORD[kind]} {what} {matched!r} (read as the nominative {reading!r})"
        if kind == "variant" and reading:
            return f"{SPELLING_FORM_EVIDENCE} {what} {matched!r} (written {reading!r})"
        return f"{_KIND_WORD[kind]} {what} {matched!r}"

    @staticmethod
    def _prior_evidence(place: Place) -> str:
        feature = f"{place.feature_class or '?'}.{place.feature_code or '?'}"
        pop = f", population {place.population:,}" if place.population else ""
        return f"feature {feature}{pop}; source {place.source}"

    # -- geodataframes -----------------------------------------------------
    def to_geodataframe(self, items: Iterable[Candidate | Place]):
        """Candidates or places as a GeoDataFrame of points (EPSG:4326); needs geopandas."""
        try:
            import geopandas as gpd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError("to_geodataframe needs geopandas: pip install geopandas") from exc
        rows = [i.to_dict() for i in items]
        for row in rows:
            if "evidence" in row:
                row["evidence"] = "; ".join(row["evidence"])
        return gpd.GeoDataFrame(
            rows,
            geometry=gpd.points_from_xy([r["lon"] for r in rows], [r["lat"] for r in rows]),
            crs="EPSG:4326",
        )
