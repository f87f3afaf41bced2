"""The readings of a statement's place names: candidates from the gazetteer, narrowed by the regions and raions the text names, guessed spellings marked as such."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from rapidfuzz import fuzz

from gazetteer.inflection import lemmas
from gazetteer.resolver import SPELLING_FORM_EVIDENCE

from ..geodesy import UNIT_KM
from ..statements import Statement, place_name
from .model import Verdict, place_label, unverifiable
from .rubric import _LEX, Rubric

#: Candidates within this of the best score are the readings of a name; when they make the
#: statement inconsistent, candidates scoring :data:`WIDE_RATIO` of the best are tried as well.
READING_MARGIN = 0.06


#: The wider readings: candidates scoring at least this fraction of the name's best.
WIDE_RATIO = 0.55


#: A name whose best reading is a city of these feature codes (or this many people) is not
#: made true by a lesser namesake that fits (:func:`_city_for_a_namesake`).
CITY_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})


CITY_POPULATION = 50_000


#: Rule ``named_oblast``: namesakes in one oblast all below this population are villages, which
#: a known head count ranks no more surely than an unknown one (:func:`_in_oblast`); a town
#: among them stays the likelier reading.
VILLAGE_POPULATION = 5_000


#: How far before a statement's span a type word naming its place is looked for.
VILLAGE_LOOK_BACK = 300


#: A place known only to its hromada (or raion) cannot test a statement about a distance
#: smaller than this many times its uncertainty radius: such a check is unverifiable.
COARSE_FRACTION = 0.5


#: Among readings that fit equally well, the best-scored one is chosen when its combined
#: score (subject × reference) leads the next by this much; otherwise the verdict is ambiguous.
DECISIVE_MARGIN = 0.05


#: Rule ``chance_fit``: the area (km²) over which a name's namesakes are spread — Ukraine's —
#: and how many pairs of readings may be expected to fit a stated figure by chance before a
#: fit stops deciding which places are meant (:func:`_chance_fits`): with ``E`` chance fits
#: expected, the pair the figure picks is the one meant at odds of about 1 : ``E``; below 3 : 1
#: it decides nothing.
CHANCE_FIT_AREA_KM2 = 603_628.0


CHANCE_FIT_COUNTRY = "UA"


#: Rule ``chance_fit``: the namesakes of a name that all lie in one oblast (the text named it:
#: "Ivanivka, in Kharkiv region") spread over an oblast, not the country: Ukraine's area over
#: its 24 oblasts and Crimea.
CHANCE_FIT_OBLAST_KM2 = CHANCE_FIT_AREA_KM2 / 25


CHANCE_FITS = 1 / 3


#: Namesakes cluster more than points spread evenly: of all the pairs of readings of eight
#: common village names (Ivanivka, Novoselivka, … 18–162 readings each), 1.1–1.7 times the
#: even share fall in a band (2–8 km 1.7, 8–22 km 1.5, 24–56 km 1.3, 60–120 km 1.1; round 16,
#: /work/probe16/rt16/chance_measure.py).
CHANCE_FIT_CLUSTERING = 1.4


CHANCE_FIT_REASON = (
    "one pair of the names' many readings fits, as pairs of namesakes may by chance "
    "(rule chance_fit): the places' regions would decide"
)


def _chance_fits(
    st: Statement,
    part: dict,
    verdict: str,
    n_pairs: int,
    rubric: Rubric,
    area_km2: float = CHANCE_FIT_AREA_KM2,
) -> float:
    """Rule ``chance_fit``: how many of ``n_pairs`` pairs of readings in Ukraine (both places
    there, as the pair picked is) would fit the statement by chance, besides the pair meant —
    each pair's second place taken as lying anywhere in :data:`CHANCE_FIT_AREA_KM2`, it fits
    with the share of that area the statement's band (the stated distance with the slack of
    the chosen verdict, within the stated direction's allowed angle) covers, times
    :data:`CHANCE_FIT_CLUSTERING`. Two names of many villages each
    ("Ивановка … в 40 км от Новоселовки": 50 pairs, a 24–56 km ring) make a fit of one pair
    likely by chance (about 1): the figure then does not say which places are meant. One town
    and a name's dozen villages (Novopavlivka "some 40 km southwest of Pokrovsk") leave a
    chance fit unlikely (about 0.05): the figure decides.

    Only a pair the names' own ranking would not pick is weighed (:func:`_measure`), and the
    rule only ever withdraws a decision: the verdict becomes ``ambiguous``, never
    ``inconsistent``, and a wider reading that fits by chance still withholds an alarm (see
    :func:`_verify`)."""
    if "lo" not in part or "slack" not in part or n_pairs < 2:
        return 0.0
    unit = UNIT_KM.get(st.unit or "km", 1.0)
    slack = float(part["slack"]) * (rubric.loose_factor if verdict == "loose" else 1.0)
    inner = max(0.0, (float(part["lo"]) - slack) * unit)
    outer = (float(part["hi"]) + slack) * unit
    share = CHANCE_FIT_CLUSTERING * math.pi * (outer**2 - inner**2) / area_km2
    if "angle_allowed" in part:
        share *= min(1.0, 2 * float(part["angle_allowed"]) / 360)
    return min(1.0, share) * (n_pairs - 1)


def _readings(gz, name: str, context=None):
    """Candidates for a name, best first (at most 30); from ``context`` when it has them."""
    if context is not None and name in context:
        return list(context[name])
    return list(gz.resolve(name, limit=30))


def place_readings(st: Statement, gz, role: str, text: str, context=None):
    """The readings of a statement's place, or the ``unverifiable`` verdict saying why there
    are none a verdict may rest on (unnamed, not found, or only a look-alike spelling)."""
    from gazetteer import PlaceNotFound

    name = place_name(text)
    if name is None:
        return unverifiable(st, f"the {role} '{text}' is not named in the sentence")
    if _country_name(name):
        # "flew 1,000 km from Ukraine", "Ukraine's 47th brigade": a country is no point, and
        # a settlement that bears its name elsewhere is no reading of it (rule country_no_point)
        return unverifiable(st, f"the {role} '{name}' is a country, not a point")
    try:
        cands = _readings(gz, name, context)
    except PlaceNotFound as exc:
        return unverifiable(st, f"the {role} '{name}' was not found ({exc})")
    water = _water_named(st, role, text, name, cands)
    if water:
        return unverifiable(
            st,
            f"the {role} '{text}' names a river ({water}), not a settlement (rule water_name): a "
            "river is a line, and a distance to it is not measured from a point",
        )
    cands = _in_foreign_region(st, role, name, cands)
    if isinstance(cands, Verdict):
        return cands
    cands = _in_named_region(st, gz, name, cands)
    if isinstance(cands, Verdict):
        return cands
    cands = _in_named_raion(st, gz, role, name, cands)
    if isinstance(cands, Verdict):
        return cands
    if (
        cands[0].match_kind == "fuzzy"
        or _other_script_variant(name, cands[0])
        or _far_variant(name, cands[0])
    ):
        guesses = ", ".join(
            f"{c.place.name} ({c.place.admin1 or c.place.country}, {c.similarity:.0%} similar)"
            for c in cands[:3]
        )
        return unverifiable(
            st,
            f"the {role} '{name}' matches no place exactly; did you mean {guesses}? "
            "A guessed spelling never decides a verdict: correct the name to check it",
        )
    return cands


#: Rule water_name: "the" right before a name, and what may follow it for the name to be
#: the whole phrase ("the Oskil,", "the Oskil near …"), not a word of a longer one ("the
#: Kharkiv region", "the Kharkiv direction").
_THE_NAME_AFTER = r"(?![\w’'\-])(?!\s+[A-ZА-ЯІЇЄҐ])(?!\s+(?:{}))"


_WATER_NAME_AREA_WORDS = (
    _LEX.region_words | _LEX.settlement_words | _LEX.held_area_nouns | _LEX.type_tail
)


_WATER_NAME_AREA_AFTER = "|".join(
    re.escape(w) for w in sorted(_WATER_NAME_AREA_WORDS, key=len, reverse=True)
)


def _water_named(st: Statement, role: str, text: str, name: str, cands) -> str | None:
    """Rule ``water_name`` in English: "5 km east of the Oskil", "1 km from the Dnipro", "the
    Desna": a name written with "the" and no "river", which the gazetteer holds as a stream
    (or the lexicon's ``river_names`` lists), names the river, never the village, city or
    neighbourhood of its name. The river's label, or None."""
    words = name.split()
    if not all(w[:1].isupper() and w.lower() not in _WATER_NAME_AREA_WORDS for w in words):
        return None  # "the Kharkiv city centre": a place's type word, not a river's name
    water = next(
        (
            c.place.name
            for c in cands
            if c.place.feature_class == "H"
            and c.place.feature_code.startswith("STM")
            and c.match_kind == "exact"
        ),
        None,
    ) or (name if name in _LEX.river_names else None)
    if water is None:
        return None
    if re.fullmatch(rf"(?i:the)\s+{re.escape(name)}", text.strip()):
        return water  # the parser's own phrase: "the Oskil", with nothing after the name
    if role == "subject" and text.strip() == name:
        # "Kupiansk lies astride the Oskil, 120 km …": the subject as the sentence writes it,
        # every time ("Dnipro lies on the Dnipro, …" names the city first)
        after = _THE_NAME_AFTER.format(_WATER_NAME_AREA_AFTER)
        named = len(re.findall(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", st.sentence))
        river = re.findall(rf"(?<![\w’'\-])(?i:the)\s+{re.escape(name)}{after}", st.sentence)
        if river and len(river) == named:
            return water
    return None


#: "Hlushkove, in Kursk region", "Kalynivka (Donetsk oblast)": the region a name is placed in
_REGION_AFTER = re.compile(
    r"\s*(?:(?:,\s*)?in\s+(?:the\s+)?|,\s*|\(\s*)(?P<region>[A-Z][\w’'\-]+)\s+"
    r"(?:region|oblast|province|krai)\b"
)


#: Rule ``named_oblast``: "Авдіївка — місто Донецької області", "Балаклея Харьковской
#: области", "Balakliia, a town in Kharkiv Oblast", "Авдеевка (Донецкая область)": an oblast
#: named right after a name, past a separator, a type word (lexicon ``type_words`` /
#: ``settlement_words``), "in" and a raion; the oblast phrase itself is read by
#: :func:`gazetteer.admin.admin_level`. ``_OBLAST_AFTER_RAION`` also passes a raion phrase.
_OBLAST_TYPE_WORDS = "|".join(
    map(re.escape, sorted(_LEX.type_words | _LEX.settlement_words, key=len, reverse=True))
)


_OBLAST_LEAD = (
    r"\s*(?:[,(—–]\s*|-\s+)?(?:(?:a|an|the)\s+)?(?:(?:" + _OBLAST_TYPE_WORDS + r")\s+)?"
    r"(?:(?:in|в|у)\s+(?:the\s+)?)?(?:[^\W\d_]+['’]s\s+)?"  # "in Ukraine's Kharkiv region"
)


_OBLAST_TAIL = r"(?P<region>[^\W\d_][\w’'-]*)\s+(?P<level>[^\W\d_]+)"


_OBLAST_AFTER = re.compile(_OBLAST_LEAD + _OBLAST_TAIL, re.IGNORECASE)


_OBLAST_AFTER_RAION = re.compile(
    _OBLAST_LEAD + r"(?P<raion>[^\W\d_][\w’'-]*\s+[^\W\d_]+)\s*,?\s*" + _OBLAST_TAIL,
    re.IGNORECASE,
)


#: Rule ``placed_in``: a locative verb or a type word between a name and the raion or oblast
#: the sentence places it in ("Dolynka lies in the Polohy district", "Долинка розташована в
#: Пологівському районі", "Dolynka, a village in Polohy district"; lexicon ``locative_verbs``,
#: ``type_words``, ``settlement_words``).
_PLACED_SKIP = re.compile(
    r"\s*(?:,\s*)?(?:(?:a|an|the)\s+)?(?:(?:is|was|are|were)\s+)?(?:"
    + "|".join(map(re.escape, sorted(_LEX.locative_verbs, key=len, reverse=True)))
    + "|"
    + _OBLAST_TYPE_WORDS
    + r")\b",
    re.IGNORECASE,
)


def _placed_starts(text: str, end: int) -> tuple[int, ...]:
    """Where a raion or oblast phrase placing the name that ends at ``end`` may start: right
    after it, or past a locative verb or a type word (rule ``placed_in``)."""
    m = _PLACED_SKIP.match(text, end)
    return (end,) if m is None else (end, m.end())


def _oblast_after(text: str, end: int):
    """The Ukrainian oblast (:class:`gazetteer.admin.AdminArea`) named right after ``end`` in
    ``text`` (rule ``named_oblast``), or past a locative verb (rule ``placed_in``), or None."""
    from gazetteer.admin import OBLASTS, admin_level, oblast_variants

    for start, pattern in (
        (s, p) for s in _placed_starts(text, end) for p in (_OBLAST_AFTER, _OBLAST_AFTER_RAION)
    ):
        m = pattern.match(text, start)
        if m is None or not m.group("region")[:1].isupper():
            continue
        if "raion" in m.groupdict() and admin_level(m.group("raion"))[1] != "raion":
            continue
        bare, level = admin_level(f"{m.group('region')} {m.group('level')}")
        if level != "oblast" or not bare:
            continue
        areas = [a for a in OBLASTS if bare in oblast_variants(a)]
        if len(areas) == 1:
            return areas[0]
    return None


def _in_named_region(st: Statement, gz, name: str, cands: list) -> list | Verdict:
    """The readings of ``name`` that lie in the region the sentence places it in, right
    after the name ("Hlushkove, in Kursk region", "Kalynivka (Donetsk oblast)"; rule
    named_region): the region is known by its capital's country and oblast. A Ukrainian
    oblast in any of the three languages ("Авдіївка — місто Донецької області") is read
    from its own name (rule named_oblast). All readings when the sentence names no region
    there, the region is not found, or none lies in it."""
    from gazetteer import PlaceNotFound

    text = st.sentence or ""
    at = text.find(name)
    area = _oblast_after(text, at + len(name)) if at >= 0 else None
    if area is not None:
        inside = [
            c
            for c in _in_oblast(gz, name, area, cands)
            if c.place.country == "UA" and c.place.admin1_code == area.admin1
        ]
        if not inside:
            return _outside_named_oblast(st, name, area.en, cands)
        return inside
    m = _REGION_AFTER.match(text, at + len(name)) if at >= 0 else None
    if m is None:
        return cands
    try:
        capital = gz.resolve(m.group("region"), limit=1)[0]
    except (PlaceNotFound, IndexError):
        return cands
    if capital.match_kind != "exact":
        return cands
    stems = {m.group("region"), capital.place.name.split()[0]}
    if capital.place.admin1:
        stems.add(capital.place.admin1.split()[0])
    inside = [
        c
        for c in cands
        if c.place.country == capital.place.country
        and (not c.place.admin1 or c.place.admin1.split()[0] in stems)
    ]
    if not inside and capital.place.country == "UA":
        return _outside_named_oblast(st, name, m.group("region") + " region", cands)
    return inside or cands


def _in_oblast(gz, name: str, area, cands: list) -> list:
    """Rule ``named_oblast``: every reading of ``name`` in the oblast ``area``, resolved there
    (``in_admin``, no limit) rather than picked from the name's best readings nationwide, which
    a common name's namesakes elsewhere fill ("Oleksandrivka, in Kherson region": the country
    holds dozens); ``cands`` when the oblast holds none the resolver finds."""
    from gazetteer import PlaceNotFound

    try:
        inside = list(gz.resolve(name, in_admin=area.en, limit=None, fuzzy=False))
    except (PlaceNotFound, ValueError, LookupError):
        return cands
    if len(inside) > 1 and not any(
        c.place.feature_code in CITY_CODES or (c.place.population or 0) >= VILLAGE_POPULATION
        for c in inside
    ):
        # villages of one name in one oblast: a known population of some hundreds ranks
        # one above another whose count is unknown, which says little about which one the
        # text means: all are its readings, their order kept (the figure may decide, unless
        # a pair may fit by chance, rule chance_fit)
        top, spread = inside[0].score, inside[0].score - inside[-1].score
        shrink = min(1.0, READING_MARGIN / 2 / spread) if spread > 0 else 1.0
        inside = [replace(c, score=top - (top - c.score) * shrink) for c in inside]
    return inside


def _in_foreign_region(st: Statement, role: str, name: str, cands: list) -> list | Verdict:
    """Rule ``foreign_region`` in statements: a name the sentence places, right after it, in a
    region of another country ("Komsomolsky, a village in Kursk region, lies 8 km from the
    border", "Пролетарский, посёлок в Белгородской области", "Glotovo (Belgorod region)") is
    never one of Ukraine's places, nor a place reached through a former name there: only
    its readings in that country are kept; with none, unverifiable, saying so. All readings
    when the sentence places the name in no foreign region."""
    from ..anchors import foreign_in

    text = st.sentence or ""
    at = text.find(name)
    if at < 0:
        return cands
    end = at + len(name)
    hits = [h for h in foreign_in(text) if h[0] >= end]
    if not hits:
        return cands
    start, (_, region, country, lat, lon, reach) = min(hits, key=lambda h: h[0])
    if not (_FOREIGN_LEAD.fullmatch(text, end, start) or _LISTED_LEAD.fullmatch(text, end, start)):
        return cands
    from ..geodesy import inverse

    # that country's places of the name within the region's reach (a namesake across the
    # country is not in the region either)
    there = [
        c
        for c in cands
        if c.place.country == country
        and float(inverse(lat, lon, c.place.lat, c.place.lon)[0]) <= reach
    ]
    if there:
        return there
    elsewhere = ", ".join(dict.fromkeys(place_label(c.place) for c in cands[:4]))
    return unverifiable(
        st,
        f"the sentence places '{name}' in {region} ({country}), where the gazetteer knows no "
        f"place of that name; its readings elsewhere ({elsewhere}) are not it (rule "
        "foreign_region)",
    )


#: Between a name and a foreign region's words: ", a village in ", " (", ", посёлок в ".
_FOREIGN_LEAD = re.compile(_OBLAST_LEAD + r"\s*", re.IGNORECASE)
#: The same after the rest of a list the name is in ("сел Чуровичи, Зеленый Кут и Рудня-Цата
#: Брянской области": the region places every name of the list).
_LISTED_LEAD = re.compile(
    r"(?:\s*(?:,|\s(?:и|і|й|та|and))\s*(?-i:[A-ZА-ЯІЇЄҐ])[\w’'\-]*"
    r"(?:[\s\-](?-i:[A-ZА-ЯІЇЄҐ])[\w’'\-]*)*)+" + _OBLAST_LEAD + r"\s*",
    re.IGNORECASE,
)


def _outside_named_oblast(st: Statement, name: str, region: str, cands: list) -> Verdict:
    """Rule named_oblast_absent: "Pokrovsk in Kharkiv region lies 5 km west of Myrnohrad":
    the place named lies in that oblast, so its namesakes elsewhere are not it (the Donetsk
    town decided it); unverifiable, like a raion that holds no place of the name."""
    elsewhere = ", ".join(
        dict.fromkeys(f"{c.place.name} ({place_label(c.place)})" for c in cands[:4])
    )
    return unverifiable(
        st,
        f"the sentence places '{name}' in {region}, where the gazetteer knows no place of that "
        f"name (namesakes elsewhere: {elsewhere}); give its raion or coordinates to decide",
    )


def _in_named_raion(st: Statement, gz, role: str, name: str, cands: list):
    """The readings of ``name`` in the raion the sentence names right after it ("Ivanivka,
    Bakhmut Raion, 10 km from …", "Kalynivka (Pokrovsk district)", "Макаровка Волновахского
    района"; rule in_raion, the extractor's words) or past a locative verb ("Dolynka lies in
    the Polohy district"; rule placed_in): a raion decides among namesakes. When the
    gazetteer knows the raion but holds no place of the name in it, the namesakes elsewhere
    are not the place: unverifiable, saying so. All readings when no raion is named there or
    the raion is not known."""
    from gazetteer import PlaceNotFound
    from gazetteer.names import key

    from ..anchors import raion_after

    text = st.sentence or ""
    at = text.find(name)
    if at < 0:
        return cands
    m = next(
        (
            x
            for start in _placed_starts(text, at + len(name))
            for x in (p.match(text, start) for p in raion_after())
            if x
        ),
        None,
    )
    if m is None:
        return cands
    raion = m.group(1)
    stem = key(raion)[:5]
    written = f"{raion} raion"
    if _CYRILLIC_TEXT.match(raion):
        # "Пологівському районі": the resolver knows a Cyrillic raion by its nominative
        adjective = re.match(re.escape(raion) + r"\w+", m.group(0)[m.start(1) - m.start(0) :])
        written = re.sub(r"(?:ого|ому|ім|ом|ий|ій)$", "ий", adjective.group(0)) + " район"
    try:
        every = gz.resolve(name, in_admin=written, limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        return cands  # the raion is not known (a former raion's name, another country's)
    there = [c for c in every if key(c.place.admin2 or "").startswith(stem)]
    if there:
        return there
    shown = "; ".join(place_label(c.place) for c in cands[:4])
    more = f" and {len(cands) - 4} more" if len(cands) > 4 else ""
    return unverifiable(
        st,
        f"the {role} '{name}' is placed in {raion} raion, where the gazetteer holds no place of "
        f"that name; its namesakes elsewhere ({shown}{more}) are not it",
    )


def _country_name(name: str) -> bool:
    """Whether ``name`` is one of the countries the lexicons name, in any of its forms."""
    from ..statements.subject_cyrillic import _country_lemmas
    from ..statements.vocabulary import _LEX

    low = name.lower()
    return low in _LEX.countries or bool(_country_lemmas() & {low, *lemmas(low)})


def _other_script_variant(name: str, candidate) -> bool:
    """A Cyrillic name matched only through the sound-alike key of a Latin spelling
    ("Левова", the adjective "lion's", read as Lviv by way of "Ljviv"): a look-alike, like a
    fuzzy match. Ukrainian and Russian names match their own spellings, forms and inflections,
    and a Russian spelling its Ukrainian form ("Яремовка" → Яремівка: it may place a statement,
    never call it false)."""
    return (
        candidate.match_kind == "variant"
        and _CYRILLIC_TEXT.search(name) is not None
        and _CYRILLIC_TEXT.search(candidate.matched or "") is None
        and not (candidate.evidence and candidate.evidence[0].startswith(SPELLING_FORM_EVIDENCE))
    )


_CYRILLIC_TEXT = re.compile(r"[\u0400-\u04ff]")


#: Countries whose names reach Latin text in many transliterations (what the variant key is for).
_TRANSLITERATED_COUNTRIES = frozenset({"UA", "RU", "BY"})


#: Least key similarity (rapidfuzz ratio) of two spellings for them to be one name spelled
#: otherwise: a variant reading abroad and the name written (rule far_variant); a variant's
#: spelling and the place's own name (rule exact_first).
SPELLING_CUTOFF = 75.0


def _similar_spelling(a: str, b: str) -> bool:
    """Whether two spellings' keys are alike enough to be one name (:data:`SPELLING_CUTOFF`)."""
    from gazetteer.names import key

    return fuzz.ratio(key(a), key(b)) >= SPELLING_CUTOFF


def _own_spelling(candidate) -> bool:
    """Whether a variant reading's spelling is the place's own name in another
    transliteration ("Kotliarivka" for Kotliarivka), not another of its names ("Lesovka" for
    Ukrayinsk; rule exact_first in :mod:`frontmap.verify.judge`)."""
    place = candidate.place
    return any(
        _similar_spelling(candidate.matched or "", name)
        for name in (place.name, place.name_uk, place.name_ru)
        if name
    )


def _far_variant(name: str, candidate) -> bool:
    """Rule far_variant: a Latin name read as a place abroad only through the variant key's
    skeleton, its spelling far from the name written ("Hawija", absent, skeleton 'hav', read as
    Gao in Mali by its variant 'Gawo'; "Dabiq" as Dubuque by 'Dabek'): a look-alike, like a fuzzy
    match, never a reading a verdict rests on. Another Arabic spelling of the name (rule
    spelling_form) is not one."""
    if (
        candidate.match_kind != "variant"
        or _CYRILLIC_TEXT.search(name) is not None
        or (candidate.place.country or "").upper() in _TRANSLITERATED_COUNTRIES
        or (candidate.evidence and candidate.evidence[0].startswith(SPELLING_FORM_EVIDENCE))
    ):
        return False
    return not _similar_spelling(name, candidate.matched or "")
