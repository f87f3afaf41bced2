"""From report text to reviewable claims: place mentions, distance statements, dated claims.

How it reads a report
---------------------
* **Sentences** are split on end punctuation, not on abbreviations (``Feb.``, ``U.S.``).
* **Place mentions**: every run of capitalised words (1–3 words, Latin or Cyrillic) is looked
  up in the gazetteer's exact-key index (one indexed lookup per candidate, memoised — no
  pattern per name). A sentence-initial word that is also an ordinary English word needs
  more than capitalisation to count. Oblast names and Donbas are **regions** when followed by
  "region"/"oblast", when listed together ("Donetsk, Luhansk, Kherson, and Zaporizhzhia"), or
  always for Donbas; otherwise a settlement. Each mention keeps its span, the resolved
  candidate, a confidence and what decided it (an oblast named in the report, a distance
  statement, other places nearby).
* **Distance statements** come from :mod:`frontmap.statements` and are verified with
  :mod:`frontmap.verify`; each verdict keeps its sentence.
* **Claims**: a sentence in which an actor reports an action on a place — captured, took
  control of, seized, entered, liberated (the Russian MoD's word for capture), fighting
  underway — with the place named or referred to ("the settlement", "the town": the last
  place mentioned). The claimant is normalised (Russia's defence ministry, Battlegroup …,
  Moscow → "Russian MoD"; a spokesman for Ukraine's … forces and the people introduced as
  such → "Ukrainian military"; officials in Kyiv → "Ukrainian government"). Dates resolve
  against the publication date: "on Feb. 11", "N days after/before the ministry said…"
  (anchored on the claimant's dated claim), "a day after", "last year" (year precision);
  a claim whose date stays unknown takes the publication date, marked in ``notes``.
  "has yet to confirm"/"has not confirmed" marks the claims on those places
  ``unconfirmed``; fighting reported where the other side claims a capture is ``disputed``.
  Sentences without an action on a place (troop numbers, conscription, diplomacy) yield
  nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import fuzz

from gazetteer import PlaceNotFound
from gazetteer.inflection import person_name_parts
from gazetteer.model import Candidate, Candidates
from gazetteer.names import key

from .anchors import anchors_in, foreign_in, foreign_regions, raion_after, region_anchors
from .lexicon import (
    LANGUAGES,
    claims_lexicon,
    cyrillic_language,
    lexicon,
    own_letters_language,
    writes_own_letters,
)
from .statements import parse, place_name
from .triggers import Triggered, literal_trie, may_hold, may_hold_between, search_between
from .verify import (
    READING_MARGIN,
    SAME_PLACE_KM,
    UNIT_KM,
    _label,
    resolve_context,
    statement_names,
    verify,
)

__all__ = ["Claim", "Extraction", "Mention", "extract", "sentences"]

_ABBREVIATIONS = lexicon().abbreviations
#: A sentence may open with its date, before any capital ("… от города. 26 сентября, в четверг,
#: Минобороны …"): a day and a Ukrainian or Russian month word (rule date_opening).
_DATE_OPENING = (
    r"\d{1,2}\s+(?:"
    + "|".join(m for lang in ("uk", "ru") for m in claims_lexicon(lang)["dates"]["months"])
    + r")\b"
)
_SPLIT = re.compile(rf"(?<=[.!?…])([\"”’]?)\s+(?=[\"“A-ZА-ЯІЇЄҐ]|{_DATE_OPENING})|\n+")
#: Abbreviated settlement words before a name ("с. Бударки", "смт. Ворожба", "г. Курахово").
_TYPE_ABBREVIATIONS = frozenset(
    w.lower()
    for lang in LANGUAGES
    for w in claims_lexicon(lang).get("settlement_abbreviations", [])
)
_CAP_RUN = re.compile(r"[A-ZА-ЯІЇЄҐ][\w’‘ʼ'\-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w’‘ʼ'\-]+){0,2}")
#: A region's possessive inside a run of capitalised words ("Donetsk Oblast's Makarivka"):
#: the run is two names, the region and the place it owns (rule ``possessive_run``).
_POSSESSIVE_IN_RUN = re.compile(r"(?:(?<=[Oo]blast)|(?<=[Rr]egion))[’']s\s+(?=[A-Z])")
#: Countries whose places a mention may name at any size; elsewhere only towns of at least
#: :data:`FOREIGN_MENTION_POPULATION` named by their main name or a spelling of it count.
_REPORTED_COUNTRIES = {"UA", "RU", "BY", "MD"}
#: Countries whose places can carry a front-line claim (rule ``outside_theatre``): the war's
#: theatre is Ukraine and the Russian regions it reaches (Kursk, Belgorod). A place read
#: elsewhere ("aid held up in Washington", a foreign namesake) is mentioned, never claimed;
#: a conflict fought elsewhere would extend this set.
CLAIM_COUNTRIES = frozenset({"UA", "RU"})
FOREIGN_MENTION_POPULATION = 50_000
#: An alternate name counts as a mention when it is a spelling of the place's own name
#: ("Vugledar" for Vuhledar: this similar, in percent), not an odd alias ("Putin").
ALTERNATE_SIMILARITY = 70
#: Characters before a name within which "the villages of A, B and" makes it a settlement.
LIST_REACH = 200
#: What follows a name that is part of a list: a comma, "and"/"і"/"и", or the list's end
#: ("the villages of A, B and C."), not a verb or a noun ("…, Interfax news agency reported").
_LIST_GOES_ON = re.compile(r"\s*(?:[,;.:)]|$|(?:and|or|і|й|та|або|и|или)\s)")
#: Characters after "repelled" within which an action word is its object ("repelled attacks").
OBJECT_REACH = 25
_COMMON = {
    "the", "a", "an", "this", "that", "these", "those", "if", "in", "on", "at", "by", "for", "last",
    "speaking", "commenting", "president", "officials", "units", "peace", "victory", "mir",
    "druzhba", "updated", "rumors", "amid", "moscow", "russia", "ukraine", "kremlin",
}  # fmt: skip
_REGION_NAMES = {"donetsk", "luhansk", "kherson", "zaporizhzhia", "zaporizhia", "kharkiv", "sumy",
                 "dnipropetrovsk", "mykolaiv", "crimea", "kursk", "belgorod", "bryansk"}  # fmt: skip
_POSSESSIVE = re.compile(r"['’]s?$")  # "Bakhmut's"
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|and\b)")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|ordered|stated)\b")
#: Rule settlement_list: a region's name in a list is the region only beside another region's
#: name or in a list that ends on a region word ("Donetsk, Luhansk and Kherson regions"); in a
#: list of villages it is the city ("Херсон, Антонівка, Білозерка").
_LIST_JOIN = r"\s*(?:,|\band|\bі|\bй|\bта|\bи)\s*"
_CAP_NAME = r"(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]*"
_NEIGHBOUR_AFTER = re.compile(rf"{_LIST_JOIN}({_CAP_NAME})")
_NEIGHBOUR_BEFORE = re.compile(rf"({_CAP_NAME}){_LIST_JOIN}$")
_REGION_LIST_END = re.compile(
    rf"(?:{_LIST_JOIN}{_CAP_NAME}){{0,6}}\s+(?:"
    + "|".join(
        sorted(
            (re.escape(w) for w in lexicon().region_words if " " not in w), key=len, reverse=True
        )
    )
    + r")(?!\w)",
    re.I,
)


def _measure_hint() -> re.Pattern:
    """A digit, a number word, a compass word or "an hour": what a statement needs to exist
    (searched in the lower-cased sentence; the words are the lexicon's)."""
    lex = lexicon()
    compass = {*lex.compass}.union(*lex.compass_by_language.values())

    def alt(words) -> str:
        return literal_trie({w.lower() for w in words if w})

    numbers = alt({*lex.numbers, *lex.vague_numbers} - {"a", "an"})
    return re.compile(
        rf"\d|(?<!\w)(?:{numbers})(?!\w)|(?<!\w)(?:{alt(compass)})"  # "north" in "northern"
        r"|\b(?:an?|half)[\s-]+(?:hour|mile|kilomet|km)"
    )


_MEASURE_HINT = _measure_hint()
_CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґЁё]")
#: Rule acronym_word: an abbreviation joined by a hyphen to a common noun ("РСЗВ-обстрілів",
#: "FPV-дронів", "ЗСУ-шників"): no settlement's name begins so.
_ACRONYM_WORD = re.compile(
    r"(?=[^\W\d_]*?[A-ZА-ЯІЇЄҐЁ][^\W\d_]*?[A-ZА-ЯІЇЄҐЁ])[^\W\d_]{2,6}-[a-zа-яіїєґё]"
)
_INITIALS = re.compile(r"\b[A-ZА-ЯІЇЄҐЁ]\.\s*(?:[A-ZА-ЯІЇЄҐЁ]\.\s*)?$")
#: A name right after "river", "r.", "озеро", "водохранилище" … names that feature, not a settlement.
_FEATURE_BEFORE = re.compile(
    r"(?<![\w.])" + literal_trie(lexicon().feature_before) + r"\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ClaimWords:
    """The claim vocabulary of every language (``frontmap/lexicon/claims-*.json``), compiled."""

    claimants: tuple  # (pattern, name, side, kind)
    actions: tuple  # (pattern, claim)
    claim_by_side: dict
    negation: re.Pattern
    conditional: re.Pattern
    unconfirmed: re.Pattern
    anaphora: re.Pattern
    claim_anaphora: re.Pattern
    #: Words that end a denial's reach ("denied … but acknowledged that …").
    contrast: re.Pattern
    #: A sentence that lists the places of the action before ("These are A, B and C").
    list_intro: re.Pattern
    recap: re.Pattern
    reference_before: re.Pattern
    non_place_after: re.Pattern
    axis: re.Pattern
    person_roles: re.Pattern
    speech: re.Pattern
    speech_before: re.Pattern
    #: Whether a claimant named as an action's subject is its actor, not the claimant.
    actor_subjects: bool
    not_places: re.Pattern
    #: A list of names a settlement word introduces ("the villages of A, B and "), at its end.
    listed: re.Pattern
    months: dict
    weekdays: dict
    relative_days: dict
    week_cues: re.Pattern
    last_year: re.Pattern
    days_relative: re.Pattern
    assessed_kinds: frozenset
    capitals: frozenset
    location_before: re.Pattern
    oblast_centres: frozenset
    given_names: frozenset
    #: The given names as written (``given_names`` holds their keys).
    given_names_text: tuple
    city_cue: re.Pattern
    #: The link between two items of a list: a comma and/or a joining word ("і", "и", "and").
    list_link: re.Pattern = re.compile(r"\s*,\s*")
    #: A span of days "з 8 по 14 лютого", "с 8 по 14 февраля": groups first day, its month
    #: (optional), last day, month, year (optional).
    date_range: re.Pattern = re.compile(r"(?!x)x")
    #: A relative pronoun opening a clause about the place before ("которого", "якого").
    relative: re.Pattern = re.compile(r"(?!x)x")
    #: A time long past ("in February", "in 2022", "last year"): the action it dates is the
    #: story's background, not a claim of the report.
    background: re.Pattern = re.compile(r"(?!x)x")
    #: A place an action only heads for ("advanced towards X", "in the direction of X"), and
    #: the actions that are still made on it ("repelled attacks in the direction of X").
    toward_before: re.Pattern = re.compile(r"(?!x)x")
    toward_kinds: frozenset = frozenset()
    #: What follows a place a sentence describes ("X lies 10 km south of Y"): not a claim's.
    description_after: re.Pattern = re.compile(r"(?!x)x")
    #: What follows a reference that a relative clause then makes the place of an action
    #: ("… southwest of Kurakhove, which Russian troops have stormed").
    relative_after: re.Pattern = re.compile(r"(?!x)x")
    #: What stands between a place and the place that locates it ("Vovkove near Pokrovsk").
    locator_between: re.Pattern = re.compile(r"(?!x)x")
    #: A description following a place ("Pokrovsk, a major target of Russian advances"): an
    #: action inside it describes the place, it is not claimed there.
    appositive_after: re.Pattern = re.compile(r"(?!x)x")
    #: What ends the reach of an action named after its place ("Evacuations from Pokrovsk
    #: continued as Russian forces advanced"): another clause.
    forward_stop: re.Pattern = re.compile(r"(?!x)x")
    #: Claimants named without their country ("the ministry"): name -> (the pattern of the
    #: claimants they refer back to, {side: the claimant they are read as by default}, whether
    #: the sentence's foreign region decides their side: rule territorial_voice).
    antecedents: dict = field(default_factory=dict)
    #: A dateline's capital and the side a claimant the report does not place then speaks for.
    dateline_sides: tuple = ()
    #: The object of a capture that is only part of a place ("capturing two districts there",
    #: "took control of part of Kupiansk"), right after the action word; the kinds it applies
    #: to are then an advance (rule ``partitive``).
    partitive: re.Pattern = re.compile(r"(?!x)x")
    #: The same, at the end of the text before the place ("captured part of the city of ").
    partitive_before: re.Pattern = re.compile(r"(?!x)x")
    partitive_kinds: frozenset = frozenset()
    #: What stands between a settlement and the region that places it ("the settlement of
    #: Zaporizhzhia in Ukraine's eastern Donetsk region"; rule ``in_region``).
    in_region_between: re.Pattern = re.compile(r"(?!x)x")
    #: What follows a capital that stands for its government or forces, wherever it is
    #: ("the target of Kyiv's counteroffensive"; rule ``capital_actor``).
    capital_actor_after: re.Pattern = re.compile(r"(?!x)x")
    #: A gerund opening a clause ("For Moscow, seizing the town … would bring …") and the
    #: modal after it that makes its action hypothetical (rule ``hypothetical_gerund``).
    gerund_opening: re.Pattern = re.compile(r"(?!x)x")
    gerund: re.Pattern = re.compile(r"(?!x)x")
    modal_after: re.Pattern = re.compile(r"(?!x)x")
    #: Days counted from the claimant's last dated claim ("A day earlier, the ministry also
    #: claimed …"; rule ``anchor_relative``).
    anchor_relative: dict = field(default_factory=dict)
    #: The week before publication ("the capture of Vuhledar last week"; rule ``last_week``).
    last_week: re.Pattern = re.compile(r"(?!x)x")
    #: A duration right before an action's noun ("damaged by months of shelling"): the
    #: action's long course, the story's background (rule ``duration_before``).
    duration_before: re.Pattern = re.compile(r"(?!x)x")
    #: What names a unit before its name ("the battlegroup West", "Group of Forces East"):
    #: the name is the unit's, not a place (rule ``unit_name``).
    unit_before: re.Pattern = re.compile(r"(?!x)x")
    #: Words that place a report's settlements in an oblast ("в ДНР", "на Сумщині", "Donetsk
    #: People's Republic"): (pattern, the oblast's English name) (rule ``region_anchor``).
    region_anchors: tuple = ()
    #: What may stand between the names an anchor places and the anchor (a list's links, a
    #: hromada: "Басівка Юнаківської громади та Веселівка … на Сумщині").
    region_anchor_gap: re.Pattern = re.compile(r"(?!x)x")
    #: Words that call the name after them a town or a city, not a village ("the town of",
    #: "місто", "город"): a town of the name beats its villages (rule ``town_cue``).
    town_cue: re.Pattern = re.compile(r"(?!x)x")
    #: Words that refer back to the oblast last named ("in the same oblast", "у тій самій
    #: області", "в той же области"): an anchor of that oblast (rule ``same_region``).
    same_region: re.Pattern = re.compile(r"(?!x)x")
    #: What joins a region anchor to the place it owns ("Donetsk Oblast's Makarivka").
    region_possessive: re.Pattern = re.compile(r"(?!x)x")
    #: What opens a sentence before a region anchor that places all of it ("In Donetsk
    #: Oblast, …", "На Донеччині …"; rule ``region_opening``).
    region_opening: re.Pattern = re.compile(r"(?!x)x")
    #: Words that place a report's settlements in a region of another country ("в Курской
    #: области", "Краснояружского округа", "Governor Gladkov"): (pattern, the region's name,
    #: its country, the latitude and longitude of its middle, its reach in km) (rule
    #: ``foreign_region``).
    foreign_regions: tuple = ()
    #: The hromada named right after a settlement (its stem, group 1) and the endings that
    #: make the stem the hromada's name ("Юнаківської громади": Юнаківська; rule ``in_hromada``).
    hromada_after: tuple = ()
    #: The raion named right after a settlement ("Макаровка Волновахского района", "Mezhove,
    #: Pokrovsk Raion"): its stem, group 1 (rule ``in_raion``).
    raion_after: tuple = ()
    #: A speaker who misspoke ("речник … обмовився"; rule ``retracted``).
    retraction: re.Pattern = re.compile(r"(?!x)x")
    #: A sentence that says who passed on the claims before it ("Про це повідомляє BILD";
    #: rule ``relayed``).
    relay: re.Pattern = re.compile(r"(?!x)x")
    #: A witness or resident speaking ("… the witness said"): the sentence gives no claim
    #: (rule ``bystander``).
    bystander: re.Pattern = re.compile(r"(?!x)x")
    #: A voice's silence on a place ("The ministry made no comment on X, where fighting was
    #: reported"): the sentence's places borrow no voice from the sentences around it (rule
    #: ``no_comment``).
    no_comment: re.Pattern = re.compile(r"(?!x)x")
    #: A report named after a voice's silence ("did not comment on Russia's claim that …"):
    #: the claim told in it is that report's, not cancelled (rule ``silent_on``).
    silent_report: re.Pattern = re.compile(r"(?!x)x")
    #: A quote closed and attributed to a speaker ('…," the brigade commander told AFP';
    #: "…», — рассказал командир отряда"; rule ``quoted_unplaced``).
    quote_attribution: re.Pattern = re.compile(r"(?!x)x")
    #: "The same source … told CNN": a voice that points back to the claimant named last
    #: (rule ``claimant_anaphora``).
    claimant_anaphora: re.Pattern = re.compile(r"(?!x)x")
    #: What precedes the speaker named after a quote ("…», — сказав Громов"; matched up to the
    #: name): that name is a person (rule ``non_settlement``).
    quote_speaker_before: re.Pattern = re.compile(r"(?!x)x")
    #: What makes the claimant after it the agent of an event ("by the Russian army"; rule
    #: ``agent``), matched at the claimant.
    agent_before: re.Pattern = re.compile(r"(?!x)x")
    #: The claims a side that did not confirm or denied is never given by carrying it
    #: (rule ``not_confirming``).
    gain_kinds: frozenset = frozenset()
    #: The month of publication and the month before it ("captured early this month",
    #: "seized late last month"; rules ``this_month`` and ``last_month``).
    this_month: re.Pattern = re.compile(r"(?!x)x")
    last_month: re.Pattern = re.compile(r"(?!x)x")
    #: A word after a town's name that makes the name an area's ("the Kupiansk District",
    #: "Vovchansk hromada"; rule ``area_name``): no settlement is named.
    area_after: re.Pattern = re.compile(r"(?!x)x")
    #: What says, after an attack, that it failed ("all attempts to break through … have so
    #: far failed"; rule ``failed_attempt``), matched at the attack's end.
    failed_after: re.Pattern = re.compile(r"(?!x)x")
    #: An action's noun opening its clause ("A rapid capture of Chasiv Yar") and the modal
    #: after it that makes it hypothetical ("… would mark a grim setback"; rule
    #: ``hypothetical_noun``).
    hypothetical_noun: re.Pattern = re.compile(r"(?!x)x")
    noun_modal_after: re.Pattern = re.compile(r"(?!x)x")
    #: What may follow the last name of a list after its joining word besides a comma or the
    #: sentence's end ("seized A and B in the west of …"; rule ``listed_with_places``).
    list_end_after: re.Pattern = re.compile(r"(?!x)x")
    #: What may stand between an action and a name the gazetteer lacks that is its object
    #: ("liberated Zaritsevo", "attack in Nikolaevo-Darino"; rule ``action_object``).
    object_gap: re.Pattern = re.compile(r"(?!x)x")
    #: What stands before an oblast centre's bare name that makes it the city, the target of a
    #: strike or shelling ("обстріляли Херсон", "удар по Харкову", "атаковали Белгород и
    #: Шебекино"; rule ``centre_target``): a region is never struck by its city's name.
    centre_target_before: re.Pattern = re.compile(r"(?!x)x")
    #: A verb of saying right before a name ("…, повідомив Сирський", "заявил Пушилин"): the
    #: name is the speaker's, in the nominative, never a place (rule ``speaker_name``).
    speaker_before: re.Pattern = re.compile(r"(?!x)x")
    #: A unit's noun right after a place's adjective ("бійці Чернігівського загону", "бригада
    #: «Харківського полку»"): the adjective names the unit, not a place (rule ``unit_after``).
    unit_after: re.Pattern = re.compile(r"(?!x)x")
    #: What stamps a report's time before a date ("станом на 08:00 12 лютого", "по состоянию на
    #: 22:00 11.02.2025"): a day word in the sentence counts from it (rule ``stamp_relative``).
    stamp_before: re.Pattern = re.compile(r"(?!x)x")
    #: A month or a year the text gives without a day ("in October 2024", "in early January",
    #: "у 2024 році", "в октябре"; rule ``coarse_date``): each pattern names its ``month``
    #: (a name of :attr:`months` or ``months_in``) and/or its ``year``.
    coarse_dates: tuple = ()
    months_in: dict = field(default_factory=dict)
    #: A season's word -> the month it starts in ("улітку" 6; a pattern's ``season`` group).
    seasons: dict = field(default_factory=dict)
    #: What opens a clause of its own before a weekday ("…, and on Wednesday it said …", "а в
    #: четвер —"; rule ``weekday_clause``), matched on the text before the weekday.
    weekday_join: re.Pattern = re.compile(r"(?!x)x")
    #: What makes a weekday the day a voice spoke, not the day of what it tells ("said on
    #: Monday", "In a statement on Monday", "У понеділок Генштаб повідомив", "В понедельник
    #: Минобороны сообщило"; rule ``said_weekday``): matched on the text before the weekday
    #: (``speech_day_before``) and from its end (``speech_day_after``).
    speech_day_before: re.Pattern = re.compile(r"(?!x)x")
    speech_day_after: re.Pattern = re.compile(r"(?!x)x")
    #: What opens a relative clause right after a place (", яке", ", которое", ", де"): an
    #: action it dates long past is history (rule ``past_relative``).
    history_relative: re.Pattern = re.compile(r"(?!x)x")
    #: What opens the clause a voice says (", that", ", що", ", что"; rule ``said_weekday``).
    speech_that: re.Pattern = re.compile(r"(?!x)x")
    #: What makes a weekday the start or end of a span ("since Tuesday", "з понеділка", "до
    #: вторника"; rule ``said_weekday``), matched on the text before it.
    weekday_span_before: re.Pattern = re.compile(r"(?!x)x")
    history_relative_year: re.Pattern = re.compile(r"(?!x)x")
    #: Rule date_own_clause: what opens a clause of its own whose explicit date dates only that
    #: clause — a relative clause (", who", ", якого", ", который"; to its next comma) or a
    #: joined one (", and", ", а", ", но", "; "; to the sentence's end).
    date_relative: re.Pattern = re.compile(r"(?!x)x")
    #: Rule nominal_report: what right after a voice makes its report a noun phrase ("заявило
    #: про захоплення X", "сообщило об освобождении X", "announced the capture of X"), which
    #: ends where a new clause with a subject of its own opens (", а ЗСУ відбили …").
    nominal_report: re.Pattern = re.compile(r"(?!x)x")
    date_joined: re.Pattern = re.compile(r"(?!x)x")
    #: A weekday's week, said next to it ("on Monday last week", "минулого тижня у вівторок";
    #: rule ``weekday_last_week``), matched on the text between them.
    weekday_week_gap: re.Pattern = re.compile(r"(?!x)x")
    #: "Last" right before a weekday ("last Friday", "в прошлую пятницу"; rule
    #: ``weekday_last``), matched on the text before the weekday.
    weekday_last: re.Pattern = re.compile(r"(?!x)x")
    #: Where someone travels, flees or walks to ("тих, хто намагався пішки дістатися в напрямку
    #: Шевченко", "residents fled to X"): no action's place, whatever its kind (rule
    #: ``destination``).
    destination_before: re.Pattern = re.compile(r"(?!x)x")
    #: A compass reference that is where an action took place, not where a place lies
    #: ("наступальні дії в районах на схід від X", "продвинулись … к северу от X"; rule
    #: ``reference_claimed``): matched, like ``reference_before``, on the text before X.
    reference_claimed: re.Pattern = re.compile(r"(?!x)x")
    #: A closer locator right after a compass reference's place ("advanced southeast of
    #: Pokrovsk, near Mykhailivka"): the reference then only locates (rule
    #: ``reference_claimed``), matched on the text after the place.
    reference_narrowed: re.Pattern = re.compile(r"(?!x)x")
    #: A negation right before a gain that makes it the speaker's denial ("Ворог не окупував
    #: X", "Немає оточення … у X"; rule ``negated_gain``), matched on the text before it.
    denial_before: re.Pattern = re.compile(r"(?!x)x")
    #: A past attempt right before a gain or an attack ("противник намагався просунутися в
    #: районі X"; rule ``attempt``), matched on the text before the action.
    attempt_before: re.Pattern = re.compile(r"(?!x)x")
    #: An appositive after a claim saying another claimant made it too ("…, a claim previously
    #: supported by Moscow's defense ministry"; rule ``echoed_claim``), matched (to its end) on
    #: the text before that claimant.
    echo_before: re.Pattern = re.compile(r"(?!x)x")
    #: Right before a claimant, what makes it a claim the sentence sets its own against, not
    #: its speaker ("despite Russian claims of …", "contrary to Moscow's claims"; rule
    #: ``concessive_claimant``).
    concessive_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule rejected_claimant: a participle of rejecting right before a claimant, and the
    #: rest of a bare mention of its claims right after it ("…, the brigade said, rejecting
    #: Moscow's claims."): the claimant is the one rejected, no voice.
    rejected_before: re.Pattern = re.compile(r"(?!x)x")
    rejected_after: re.Pattern = re.compile(r"(?!x)x")
    #: Function words a sentence or a quote may open with before a place's name ("Both
    #: Chernihiv and Kyiv …"; rule ``opening_word``).
    opening_words: frozenset = frozenset()
    #: After "withdrew from X", what says where the troops went ("to a defensive line around
    #: Y", "and took up positions near Y"; rule ``withdrawal_destination``), matched on the
    #: text between X and Y: Y is where they stand now, no place withdrawn from.
    withdrawal_destination: re.Pattern = re.compile(r"(?!x)x")
    #: What names the place a withdrawal left ("from", "out of", "з", "из"; rule
    #: ``withdrawal_to``): without it between a withdrawal and the first place after it, words
    #: of going there ("pulled back to positions near X") make X where the troops went.
    withdrawal_origin: re.Pattern = re.compile(r"(?!x)x")
    #: The subject of a gain right before its verb, by side ("Ukrainian forces had
    #: recaptured X"; rule ``agent_side``): (side, pattern matched on the text before it).
    gain_agent: tuple = ()
    #: … and the gains whose agent on the other side makes the claim that side's
    #: ``liberated`` (English: only recaptures — the corpus files a Russian source's "Ukrainian
    #: forces seized Viktorovka [Kursk]" as captured; Ukrainian/Russian: any capture, "ВСУ
    #: удалось захватить Малиновку")
    gain_agent_kinds: frozenset = frozenset()
    #: The agent of a passive gain, matched at the action word ("liberated by Russian
    #: forces"; rule ``agent_side``).
    gain_agent_after: tuple = ()
    #: Whom a gain drives out of its place, by side ("driven Russian troops out of X",
    #: "вибили окупантів з X"; rule ``expelled_side``): (side, pattern matched on the text
    #: from the action's start to the place); the other side gained the place.
    expelled_object: tuple = ()
    #: A gain word that says its subject lost the place ("We lost control over X"): no
    #: first-person gain (rule ``agent_side``).
    loss_action: re.Pattern = re.compile(r"(?!x)x")
    #: Rule fronted_clause: what opens a clause of its own right before a place ("…, а біля
    #: X", "…, под X"): the place takes the action after it, not the earlier clause's.
    fronted_place_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule fronted_object: a conjunction of contrast right before a bare place ("…, а X"),
    #: which then has words of its own clause after it ("…, а Котлине наші воїни утримують").
    fronted_object_before: re.Pattern = re.compile(r"(?!x)x")
    fronted_object_after: re.Pattern = re.compile(r"(?!x)x")
    #: An object and a locator between a capture and its place ("захопили опорний пункт ЗСУ
    #: біля X", "захвачен бронетранспортер в районе X"): something was taken near the place,
    #: not the place (rule ``taken_near``), matched from the action's end to the place.
    taken_near: re.Pattern = re.compile(r"(?!x)x")
    #: A place's preposition or locator that may open a bulleted line of a list ("- біля
    #: Щербинівки;", "— в районе Торского;"; rule ``bulleted_names``).
    list_item_before: tuple = ()
    #: A count of days back from publication ("два дні тому", "три дня назад"; its first group
    #: the count in figures or words; rule ``days_ago``).
    days_ago: re.Pattern = re.compile(r"(?!x)x")
    #: What opens a link to another report ("Дивіться також …", "Читайте также …"): the
    #: linked headline's undated claims are that report's, of about the publication's week,
    #: never dated by the voice around it (rule ``cross_link``).
    cross_link: re.Pattern = re.compile(r"(?!x)x")
    #: What opens an attack's routes ("на напрямках Глибоке – Липці, Борисівка – Нескучне",
    #: "на направлении Липцы — Глубокое"): each route's first place is where the attack came
    #: from, no claim's place (rule ``route_origin``).
    route_before: re.Pattern = re.compile(r"(?!x)x")
    #: A report named as published ("Отчет ISW появился …", "звіт оприлюднено …"): the day
    #: its sentence states dates the undated claims the article retells (rule
    #: ``report_dated``), when the opening states none.
    report_dated: re.Pattern = re.compile(r"(?!x)x")
    #: An order, task, goal or obligation to act ("поставлено завдання захопити X", "Путин
    #: приказал взять X", "должна освободить X", "tasked with capturing X"; rule ``mandate``),
    #: matched on the text before an action up to the end of the action's first word (an
    #: infinitive, so a past gain after such a word still counts): the action is no claim.
    mandate: re.Pattern = re.compile(r"(?!x)x")
    #: What before a doubt makes it an aside closing a claim's sentence ("…, a claim Reuters
    #: could not verify"; rule ``doubt_aside``), matched on the text before it, ending there.
    doubt_aside: re.Pattern = re.compile(r"(?!x)x")
    #: A subject denying the action to every side ("Neither side has been able to take X";
    #: rule ``negated_subject``), matched on the text before the action, ending at it.
    negated_subject: re.Pattern = re.compile(r"(?!x)x")
    #: A correction of the report itself ("Correction: An earlier version of this article
    #: said …", "Раніше ми помилково повідомили, що …", "в предыдущей версии новости
    #: говорилось"; rule ``correction``): the sentence retells what was retracted, no claim.
    correction: re.Pattern = re.compile(r"(?!x)x")
    #: Days counted forward from the date before ("The next day it said …", "через два дні",
    #: "на следующий день"; rule ``days_later``): phrase -> days, and the phrases' pattern.
    days_later: dict = field(default_factory=dict)
    days_later_cue: re.Pattern = re.compile(r"(?!x)x")
    #: A sentence opening on the present ("Теперь ведомство сообщает …", "Now the ministry
    #: says …"; rule ``now``): its undated claims are of the publication day, not of an older
    #: date the report gave before.
    now: re.Pattern = re.compile(r"(?!x)x")
    #: A verb of saying in the present ("Российские военкоры признают, что …", "Ukraine's
    #: military says …"; rule ``said_now``): the undated claims it gives are of the publication
    #: day, not of the event date the report opens with.
    said_now: re.Pattern = re.compile(r"(?!x)x")
    #: Rule additive_day: words opening a sentence that adds to the one before ("Окрім того,").
    additive_opening: re.Pattern = re.compile(r"(?!x)x")
    #: Rule side_day: day words whose day depends on the voice's side ("over the past day").
    relative_days_by_side: dict = field(default_factory=dict)
    #: Rule weekday_summary: the day words of a bulletin's summary ("минулої доби"), counted
    #: from the weekday its voice spoke on.
    summary_days: dict = field(default_factory=dict)
    #: Rule own_narration: (pattern, claim) of descriptions that say a place is fought over,
    #: and the words that make a description no such claim (negation, modals, the past).
    narration_after: tuple = ()
    narration_not: re.Pattern = re.compile(r"(?!x)x")
    #: What :func:`_speaks` answered, by (sentence, claimant start, end).
    speaks_memo: dict = field(default_factory=dict)
    #: Rule closing_voice: words of saying right after a voice that close its clause ("…, the
    #: General Staff said on Monday, while …"), and "according to" before a voice.
    closing_speech: re.Pattern = re.compile(r"(?!x)x")
    according_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule report_of_voice: the words before a voice whose report is cited ("according to
    #: the operational summary of the General Staff"): that voice speaks.
    report_of_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule list_ends: a clause boundary and the subject of a new clause ("…, while Ukrainian
    #: troops held X"): a place after it is no member of the earlier clause's list.
    clause_subject: re.Pattern = re.compile(r"(?!x)x")
    #: Rule closing_voice in Ukrainian and Russian: words of saying before a voice, after a
    #: comma ("…, заявили в Міноборони РФ"), and words by which such a voice speaks on.
    closing_speech_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule inverted_speech: words of saying after a comma with their subject after them
    #: ("…, повідомив Генштаб"): they are the next voice's, not a claimant's named before.
    inverted_speech: re.Pattern = re.compile(r"(?!x)x")
    voice_goes_on: re.Pattern = re.compile(r"(?!x)x")
    #: Rule own_side_voice: forces called "ours" ("позиції наших захисників") in a sentence no
    #: voice reaches: ``(pattern, name, side, kind)``, the weakest voice of all.
    own_side_voice: tuple = ()
    #: A participle by which the sentence's subject speaks on ("…, adding that …", "…,
    #: додавши, що …"; rule ``participle_voice``).
    participle_voice: re.Pattern = re.compile(r"(?!x)x")
    #: Rules denier_not_voice and busy_not_voice: a voice denying what came before it ("a
    #: claim Kyiv denied"); a claimant doing or undergoing something that is no saying ("Zelensky
    #: visited", "after meeting the General Staff").
    denier_after: re.Pattern = re.compile(r"(?!x)x")
    non_voice_after: re.Pattern = re.compile(r"(?!x)x")
    non_voice_before: re.Pattern = re.compile(r"(?!x)x")
    #: A continuing tense right before an attack or a fight ("have been trying to"), and the
    #: spans such an action lasted to now ("for weeks"): no background (rule ``ongoing_span``).
    ongoing_before: re.Pattern = re.compile(r"(?!x)x")
    ongoing_span: re.Pattern = re.compile(r"(?!x)x")
    #: Rule centre_target: what a strike hit "in" an oblast centre, read before its name.
    centre_target_in_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule weekday_item: the gap between a place and the weekday that dates it ("X on Friday").
    weekday_item: re.Pattern = re.compile(r"(?!x)x")
    #: Rule stalled_advance: words right after an advance saying it stopped ("has stalled").
    stalled_after: re.Pattern = re.compile(r"(?!x)x")
    #: Rule described_voice: the words before a voice inside a place's description.
    description_voice_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule relative_voice: the words before a voice opening a relative clause on a place.
    relative_voice_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule holder_side: words saying Ukraine holds a place ("under Ukrainian control").
    ukraine_holds: re.Pattern = re.compile(r"(?!x)x")
    #: Rule purpose_clause: what opens a clause of purpose after an action (", чтобы", ", щоб").
    purpose: re.Pattern = re.compile(r"(?!x)x")
    #: Rule denial_concession: a participle by which a denier goes on to concede ("…,
    #: визнавши, що …", "…, признав, что …", "…, acknowledging that …").
    concession: re.Pattern = re.compile(r"(?!x)x")
    #: Rule relative_denier: a relative clause opened right after an alleged action that the
    #: voice named in it denies ("Окупанти нібито оточили X, що в Генштабі назвали брехнею").
    denial_relative: re.Pattern = re.compile(r"(?!x)x")
    #: Rule advance_axis: an offensive "in the direction of" a bare name ("наступление в
    #: направлении Краматорска", "наступ у напрямку Костянтинівки"): an axis, no place claim.
    advance_toward: re.Pattern = re.compile(r"(?!x)x")
    #: Rule alleged: a word right before an action that marks it as only alleged ("нібито
    #: захопили", "якобы окружили", "allegedly entered"): the claim is disputed.
    alleged_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule pronoun_denial: "denied it/that/this" — a denial of the sentence before's claims.
    claim_pronoun: re.Pattern = re.compile(r"(?!x)x")
    #: What after such a phrase makes it the day before an event ("the day before the talks"),
    #: no day counted back (rule ``anchor_relative``).
    anchor_event_after: re.Pattern = re.compile(r"(?!x)x")
    #: What stands between a place and the gain of its appositive ("Sokil, recently captured
    #: by …"; rule ``recent_appositive``).
    recent_appositive: re.Pattern = re.compile(r"(?!x)x")
    #: Words before a name that say where a person comes from ("родом з Тернополя", "a native
    #: of Ternopil"): the name is no place of the claim (rule ``origin_name``).
    origin_before: re.Pattern = re.compile(r"(?!x)x")
    #: What opens a relative clause apposed to a place ("Kurakhove, which …"; rule
    #: ``relative_aside``).
    relative_aside: re.Pattern = re.compile(r"(?!x)x")
    #: Rule casualty: an action word that is a casualty ("постраждав", "ранена"), a strike.
    casualty: re.Pattern = re.compile(r"(?!x)x")
    casualty_near: re.Pattern = re.compile(r"(?!x)x")
    #: What struck, which a casualty's sentence must name for the casualty to be a strike, in
    #: a language that asks for it (English: "killed" alone may be of anything): (that
    #: language's casualty words, its words of what struck), for each such language.
    casualty_cause: tuple = ()
    #: A phrase of where opening the sentence right before a place ("In the town of "): the
    #: clause after the place's comma is no description of it (rule ``fronted_place``).
    fronted_place: re.Pattern = re.compile(r"(?!x)x")
    #: Rule denial_topic: what a denial may be of that is no change of hands at the place
    #: (losses, civilians, evacuation, weapons, shortages).
    denial_topic: re.Pattern = re.compile(r"(?!x)x")
    #: Rule civilian_agent: people who are no fighting side (civilians, journalists, aid
    #: convoys) as the subject right before an action: their entering a place is no claim.
    civilian_agent: re.Pattern = re.compile(r"(?!x)x")
    #: Rule intraday_bulletin: an opening that counts from the start of its own day, and the
    #: day words that then mean that day.
    intraday_opening: re.Pattern = re.compile(r"(?!x)x")
    intraday_days: frozenset = frozenset()
    #: Rule water_name: the words before a name that make it a river's or a lake's.
    water_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule ordinal_date: a day of the month written as a word, then its month ("Первого
    #: февраля"), and each word's day.
    ordinal_date: re.Pattern = re.compile(r"(?!x)x")
    day_ordinals: dict = field(default_factory=dict)


def _union(patterns, flags=re.I) -> re.Pattern:
    """One pattern matching where any of ``patterns`` does, tried in their order.

    A run of patterns that each start at a word boundary shares one ``\\b`` before them, so
    the engine tests the boundary once per position instead of once per pattern (the matches,
    their order and their spans are the same: the shared ``\\b`` holds wherever one of them
    can start)."""
    runs: list[tuple[bool, list[str]]] = []
    for p in patterns:
        at_boundary = _starts_at_boundary(p)
        if runs and runs[-1][0] == at_boundary:
            runs[-1][1].append(p)
        else:
            runs.append((at_boundary, [p]))
    parts = []
    for at_boundary, run in runs:
        joined = "|".join(f"(?:{p})" for p in run)
        parts.append(rf"\b(?:{joined})" if at_boundary and len(run) > 1 else joined)
    return re.compile("|".join(parts) or r"(?!x)x", flags)


#: A lookbehind assertion opening a pattern (one level of groups inside it).
_OPENING_LOOKBEHIND = re.compile(r"\(\?<[!=](?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\)")


def _starts_at_boundary(pattern: str) -> bool:
    """Whether every match of ``pattern`` starts at a word boundary: after any lookbehinds it
    opens with ``\\b``, and it has no top-level alternative that might not."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern.startswith("]", i + 1) or pattern.startswith("^]", i + 1):
                i += 1 + pattern.startswith("^", i + 1)  # a "]" first in a class is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
        i += 1
    at = 0
    while m := _OPENING_LOOKBEHIND.match(pattern, at):
        at = m.end()
    return pattern.startswith("\\b", at)


def _listed(cues: list[str], joins: list[str]) -> re.Pattern:
    name = r"[A-ZА-ЯІЇЄҐЁ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'\-]*)*"
    join = "|".join(joins) or r"(?!x)x"
    sep = rf"(?:\s*,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+)"
    cue = "|".join(cues) or r"(?!x)x"
    return re.compile(rf"(?i:\b(?:{cue}))\s+(?:of\s+)?(?:{name}{sep})*$")


@lru_cache(maxsize=8)
def claim_words(languages: tuple[str, ...] = LANGUAGES) -> ClaimWords:
    """Read and compile the claim vocabulary of ``languages`` (``claims-{lang}.json``) once.

    A sentence is read with its own language's words only (see :func:`sentence_languages`):
    Ukrainian and Russian share many stems, and a word of one ("бригад…", a Ukrainian
    brigade as a claimant) would misread a sentence of the other (a Russian bulletin's
    "бригады ВСУ", the units it struck).
    """
    data = [claims_lexicon(lang) for lang in languages]

    def each(k):
        return [x for d in data for x in d.get(k, [])]

    def ending(k):  # patterns read on the text right before a word: each must end there
        return _union([f"(?:{p})$" for p in each(k)])

    def merged(k):
        out: dict = {}
        for d in data:
            out.update(d.get("dates", {}).get(k, {}) if k != "claim_by_side" else d.get(k, {}))
        return out

    claimants = tuple(
        (re.compile(p, re.I), c["name"], c["side"], c["kind"])
        for c in each("claimants")
        for p in c["patterns"]
    )
    actions = tuple(
        (re.compile(p, re.I), a["claim"]) for a in each("actions") for p in a["patterns"]
    )
    dates = [d.get("dates", {}) for d in data]
    kinds = {c["name"]: c["kind"] for c in each("claimants")}
    return ClaimWords(
        claimants, actions, merged("claim_by_side"), _union(each("negations")),
        _union(each("conditionals")), _union(each("unconfirmed")), _union(each("anaphora")),
        _union(each("claim_anaphora")), _union(each("contrast")),
        _union(each("list_intro")), _union(each("recap")),
        _union(each("reference_before")), _union(each("non_place_after")),
        _union(each("axis"), 0), _union(each("person_roles")), _union(each("speech")),
        _union([rf"(?:{p})[,:]?\s+(?:the\s+)?(?:(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]+\s+)?$"
                for p in each("speech_before")]),  # "said (Denis) Pushilin"
        all(d.get("actor_subjects", False) for d in data),
        _union(each("not_places")), _listed(each("settlement_cues"), each("list_joins")),

        {k.lower(): v for k, v in merged("months").items()},
        {k.lower(): v for k, v in merged("weekdays").items()},
        {k.lower(): v for k, v in merged("relative_days").items()},
        _union([p for d in dates for p in d.get("week_cues", [])]),
        _union([p for d in dates for p in d.get("last_year", [])]),
        _union([p for d in dates for p in d.get("days_relative", [])]),
        frozenset(k for d in data for k in d.get("assessed_kinds", [])),
        frozenset(key(n) for n in each("capitals")), _union(each("location_before")),
        frozenset(key(n) for n in each("oblast_centres")),
        frozenset(key(n) for n in each("given_names")), tuple(each("given_names")),
        _union(each("city_cues")),
        _list_link(each("list_joins"), each("list_item_locator")),
        _date_range([x for d in dates for x in d.get("range_from", [])],
                    [x for d in dates for x in d.get("range_to", [])]),
        _union(each("relative_clause")),
        _union(each("background")), _union(each("toward_before")),
        frozenset(each("toward_kinds")), _union(each("description_after")),
        _union(each("relative_after")), _union(each("locator_between")),
        _union(each("appositive_after")), _union(each("forward_stop")),
        {c["name"]: (re.compile(c["antecedent"], re.I),
                     {side: (n, side, kinds[n]) for side, n in c.get("readings", {}).items()},
                     c.get("territorial", False))
         for c in each("claimants") if "antecedent" in c},
        tuple((re.compile(rf"^\s*(?:{'|'.join(v)})\b\s*(?:[,:(]|[-–—]\s)"), side)
              for d in data for side, v in d.get("dateline_sides", {}).items() if side != "about"),
        _union(each("partitive")), _union(each("partitive_before")), frozenset(each("partitive_kinds")),
        _union(each("in_region_between")), _union(each("capital_actor_after")),
        _union(each("gerund_opening")), _union(each("gerund")), _union(each("modal_after")),
        {k.lower(): v for k, v in merged("anchor_relative").items()},
        _union([p for d in dates for p in d.get("last_week", [])]),
        _union(each("duration_before")), _union(each("unit_before")),
        region_anchors=region_anchors(languages),
        region_anchor_gap=_union(each("region_anchor_gap")),
        same_region=_union(each("same_region")),
        region_possessive=_union(each("region_possessive")),
        region_opening=_union(each("region_opening")),
        town_cue=_union(each("town_cues")),
        foreign_regions=foreign_regions(languages),
        hromada_after=tuple((re.compile(p), d["hromada_ending"]) for d in data
                            for p in d.get("hromada_after", [])),
        raion_after=raion_after(languages),
        retraction=_union(each("retraction")),
        relay=_union(each("relay")),
        gain_kinds=frozenset(each("gain_kinds")),
        bystander=_union(each("bystander")),
        no_comment=_union(each("no_comment")),
        silent_report=_union(each("silent_report")),
        quote_attribution=_union(each("quote_attribution")),
        claimant_anaphora=_union(each("claimant_anaphora")),
        quote_speaker_before=_union(each("quote_speaker_before")),
        agent_before=ending("agent_before"),
        destination_before=_union(each("destination_before")),
        this_month=_union([p for d in dates for p in d.get("this_month", [])]),
        coarse_dates=tuple(re.compile(p, re.I) for d in dates for p in d.get("coarse_date", [])),
        months_in={k.lower(): v for d in dates for k, v in d.get("months_in", {}).items()},
        seasons={k.lower(): v for d in dates for k, v in d.get("seasons", {}).items()},
        weekday_join=_union([f"(?:{p})$" for d in dates for p in d.get("weekday_join", [])]),
        history_relative=_union(each("history_relative")),
        speech_that=_union([p for d in dates for p in d.get("speech_that", [])]),
        weekday_span_before=_union(
            [f"(?:{p})$" for d in dates for p in d.get("weekday_span_before", [])]
        ),
        history_relative_year=_union(each("history_relative_year")),
        date_relative=_union(each("date_relative")),
        nominal_report=_union(each("nominal_report")),
        date_joined=_union(each("date_joined")),
        speech_day_before=_union(
            [f"(?:{p})$" for d in dates for p in d.get("speech_day_before", [])]
        ),
        speech_day_after=_union([p for d in dates for p in d.get("speech_day_after", [])]),
        weekday_week_gap=_union([p for d in dates for p in d.get("weekday_week_gap", [])]),
        weekday_last=_union([f"(?:{p})$" for d in dates for p in d.get("weekday_last", [])]),
        last_month=_union([p for d in dates for p in d.get("last_month", [])]),
        area_after=_union(each("area_after")),
        failed_after=_union(each("failed_after")),
        hypothetical_noun=_union(each("hypothetical_noun")),
        noun_modal_after=_union(each("noun_modal_after")),
        reference_claimed=_union(each("reference_claimed")),
        reference_narrowed=_union(each("reference_narrowed")),
        denial_before=_union(each("denial_before")),
        attempt_before=_union(each("attempt_before")),
        echo_before=ending("echo_before"),
        concessive_before=ending("concessive_before"),
        rejected_before=ending("rejected_before"),
        rejected_after=_union(each("rejected_after")),
        opening_words=frozenset(each("opening_words")),
        list_end_after=_union(each("list_end_after")),
        object_gap=_union(each("object_gap")),
        centre_target_before=_union(each("centre_target_before")),
        speaker_before=_union(each("speaker_before")),
        unit_after=_union(each("unit_after")),
        stamp_before=_union([p for d in dates for p in d.get("stamp_before", [])]),
        withdrawal_destination=_union(each("withdrawal_destination")),
        withdrawal_origin=_union(each("withdrawal_origin")),
        gain_agent=tuple((side, _union(v)) for d in data
                         for side, v in d.get("gain_agent", {}).items()),
        gain_agent_kinds=frozenset(k for d in data for k in d.get("gain_agent_kinds", [])),
        gain_agent_after=tuple((side, _union(v)) for d in data
                               for side, v in d.get("gain_agent_after", {}).items()),
        loss_action=_union(each("loss_action")),
        fronted_place_before=_union(each("fronted_place_before")),
        fronted_object_before=_union(each("fronted_object_before")),
        fronted_object_after=_union(each("fronted_object_after"), flags=0),
        expelled_object=tuple((side, _union(v)) for d in data
                              for side, v in d.get("expelled_object", {}).items()),
        taken_near=_union(each("taken_near")),
        list_item_before=tuple(each("list_item_before")),
        days_ago=_union([p for d in dates for p in d.get("days_ago", [])]),
        cross_link=_union(each("cross_link")),
        route_before=_union(each("route_before")),
        report_dated=_union(each("report_dated")),
        mandate=ending("mandate"),
        doubt_aside=_union(each("doubt_aside")),
        negated_subject=_union(each("negated_subject")),
        correction=_union(each("correction")),
        days_later={k.lower(): v for k, v in merged("days_later").items()},
        recent_appositive=_union([p for d in dates for p in d.get("recent_appositive", [])]),
        relative_aside=_union([p for d in dates for p in d.get("relative_aside", [])]),
        origin_before=_union(each("origin_before")),
        anchor_event_after=_union([p for d in dates for p in d.get("anchor_event_after", [])]),
        days_later_cue=_union([rf"\b{re.escape(k)}\b" for k in merged("days_later")]),
        now=_union([p for d in dates for p in d.get("now", [])]),
        said_now=_union(each("said_now")),
        additive_opening=_union(each("additive_opening")),
        relative_days_by_side={
            side: {k.lower(): v for k, v in days.items()}
            for d in dates for side, days in d.get("relative_days_by_side", {}).items()
        },
        summary_days={k.lower(): v for k, v in merged("summary_days").items()},
        narration_after=tuple((re.compile(p, re.I), kind) for d in data
                              for kind, v in d.get("narration_after", {}).items() for p in v),
        narration_not=_union(each("narration_not")),
        ukraine_holds=_union(each("ukraine_holds")),
        closing_speech=_union(each("closing_speech")),
        according_before=ending("according_before"),
        report_of_before=ending("report_of_before"),
        clause_subject=_union(each("clause_subject")),
        closing_speech_before=ending("closing_speech_before"),
        inverted_speech=_union(each("inverted_speech")),
        voice_goes_on=_union(each("voice_goes_on")),
        own_side_voice=tuple((re.compile(p, re.I), c["name"], c["side"], c["kind"])
                             for c in each("own_side_voice") for p in c["patterns"]),
        participle_voice=_union(each("participle_voice")),
        denier_after=_union(each("denier_after")),
        non_voice_after=_union(each("non_voice_after")),
        non_voice_before=ending("non_voice_before"),
        ongoing_before=_union(each("ongoing_before")),
        ongoing_span=_union(each("ongoing_span")),
        centre_target_in_before=_union(each("centre_target_in_before")),
        weekday_item=_union([p for d in dates for p in d.get("weekday_item", [])]),
        stalled_after=_union(each("stalled_after")),
        description_voice_before=ending("description_voice_before"),
        relative_voice_before=ending("relative_voice_before"),
        claim_pronoun=_union(each("claim_pronoun")),
        alleged_before=ending("alleged_before"),
        advance_toward=ending("advance_toward"),
        concession=_union(each("concession")),
        denial_relative=_union(each("denial_relative")),
        purpose=_union(each("purpose")),
        casualty=_union(each("casualty")),
        casualty_near=ending("casualty_near"),
        casualty_cause=tuple((_union(d["casualty"]), _union(d["casualty_cause"]),
                              _union(d.get("casualty_clause_end") or [r"(?!x)x"]))
                             for d in data if d.get("casualty_cause")),
        fronted_place=ending("fronted_place"),
        denial_topic=_union(each("denial_topics")),
        civilian_agent=_union(each("civilian_agents")),
        intraday_opening=_union(each("intraday_opening")),
        intraday_days=frozenset(each("intraday_days")),
        water_before=_union(each("water_before")),
        ordinal_date=re.compile(
            rf"(?<![\w’'ʼ])(?P<day>{'|'.join(sorted(merged('day_ordinals'), key=len, reverse=True))})"
            rf"\s+(?P<month>{'|'.join(merged('months'))})(?:\s+(?P<year>\d{{4}}))?(?![\w’'ʼ])",
            re.IGNORECASE,
        ) if merged("day_ordinals") else re.compile(r"(?!x)x"),
        day_ordinals={k.lower(): v for k, v in merged("day_ordinals").items()},
    )  # fmt: skip


def _date_range(starts: list[str], ends: list[str]) -> re.Pattern:
    if not starts or not ends:
        return re.compile(r"(?!x)x")
    start, end = "|".join(map(re.escape, starts)), "|".join(map(re.escape, ends))
    return re.compile(
        rf"(?<!\w)(?:{start})\s+(\d{{1,2}})(?:\s+([^\W\d_]+))?\s+(?:{end})\s+(\d{{1,2}})\s+"
        r"([^\W\d_]+)(?:\s+(\d{4}))?",
        re.I,
    )


def _list_link(joins: list[str], locators: list[str] = ()) -> re.Pattern:
    """The link between two items of a list; rule ``item_locator``: an item's own locator
    or closed relative clause before it ("Dronovka in the Graivoron district, where a house
    burned down, and Grafovka", "Petropavlivka, Kupiansk district, Kucherivka …") is part of
    the item, no break of the list."""
    join = "|".join(joins) or r"(?!x)x"
    locator = f"(?:{'|'.join(locators)}){{0,2}}" if locators else ""
    return re.compile(rf"{locator}(?:\s*,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+)", re.I)


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


_LINE_END = re.compile(r"[.!?…:;][\"”’»)]*\s*$")
_WORD = re.compile(r"\S+")
_BULLET = re.compile(r"\s*(?:[-•*–—▪►]\s|\d{1,2}[.)]\s)")
#: A line this long (relative to the text's longest line) that ends without punctuation was
#: wrapped by an editor or ``fold``; shorter ones are headlines, datelines or list lines.
WRAPPED_LINE_SHARE = 0.6
WRAP_SLACK = 4


def unwrap(text: str) -> str:
    """Join hard-wrapped lines: a line break inside a sentence becomes a space (same offsets).

    A text counts as wrapped when many of its long lines end within a few characters of the
    longest (a width); a text of paragraphs, one per line, is left as it is.

    A break stays when the line ends a sentence (punctuation, unless the next line goes on in
    lower case), is short (a headline, a
    Telegram-style line, a dateline: under :data:`WRAPPED_LINE_SHARE` of the longest line), the
    next line is a list item, the next line's first word would have fitted on this line (so the
    break was typed, not wrapped), the line is in Title Case (a headline), or a blank line
    follows (a paragraph).
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line) for line in lines)
    long = [n for n in map(len, lines) if n >= width / 2]
    near = sum(n >= width - 12 for n in long)
    if width < 30 or near < max(3, 0.3 * len(long)):
        return text  # lines are paragraphs, not wrapped at a width
    chars = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        body = line.rstrip()
        first = _WORD.match(nxt.lstrip())
        if (
            body
            and first
            and len(body) >= WRAPPED_LINE_SHARE * width
            # the next word did not fit (with slack for byte-counting wrappers such as fold)
            and len(body) + 1 + len(first.group()) > width - WRAP_SLACK
            and (not _LINE_END.search(body) or not nxt.lstrip()[:1].isupper())
            and not _BULLET.match(nxt)
            and not (_title_case(body) and not _title_case(nxt))  # a headline's last line
        ):
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _region_listed(sent: str, start: int, end: int) -> bool:
    """Rule ``settlement_list``: whether a region's Cyrillic name listed at ``start:end``
    stands in a list of regions — beside another region's name, or in a list ending on a
    region word (English lists keep the older reading: a listed name is the region)."""
    after = _NEIGHBOUR_AFTER.match(sent, end)
    before = _NEIGHBOUR_BEFORE.search(sent, max(0, start - 40), start)
    return bool(
        (after and key(after.group(1)) in _REGION_NAMES)
        or (before and key(before.group(1)) in _REGION_NAMES)
        or _REGION_LIST_END.match(sent, end)
    )


def _title_case(line: str) -> bool:
    """Whether a line is in title case: at least 3 words of 4 letters or more, 80 % of them
    capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: A bulleted line that holds only a settlement's name ("- Вовчанськ;", "• с. Глибоке,", "2)
#: Тарасовка"), its type word or a short qualifier allowed (rule ``bulleted_names``).
_NAME_ITEM = r"""{before}(?:(?:с|смт|м|сщ|н\.[ \t]?п|пгт|г|п|пос)\.?[ \t]+)?
    [A-ZА-ЯІЇЄҐЁ][^\W\d_]*(?:['’ʼ-][^\W\d_]+)*(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][^\W\d_]*(?:['’ʼ-][^\W\d_]+)*){{0,2}}
    (?:[ \t]+[^\W\d_]+[ \t]+(?:област[іиь]|район[ау]|громади))?
    [ \t]*(?:\([^()\n\d]{{0,40}}\))?[ \t]*"""


@lru_cache(maxsize=1)
def _name_item() -> re.Pattern:
    """The pattern of a bulleted line of a list (see :func:`_list_goes_on`): a bare name, or
    a name after one of the lexicon's ``list_item_before`` locators ("- біля Щербинівки;")."""
    before = "|".join(claim_words().list_item_before)
    before = rf"(?:(?i:{before})[ \t]+)?" if before else ""
    item = _NAME_ITEM.format(before=before).replace("\n    ", "")
    # a bullet and the name, or (rule list_lines) the name alone ending with its list's comma
    return re.compile(
        rf"[ \t]*(?:(?:[-•*–—▪►][ \t]|\d{{1,2}}[.)][ \t])[ \t]*{item}[;,.]?|{item}[;,.])[ \t]*(?=\n|$)"
    )


def _list_goes_on(text: str, chunk: str, at: int, listing: bool) -> bool:
    """Rule ``bulleted_names``: a line ending with a colon ("ворог атакував у районах
    населених пунктів:", "освобождены населенные пункты:") and the bulleted lines of bare
    names right after it are one sentence, the names its list; the line at ``at`` is such a
    line, and ``chunk`` (the sentence so far) ends with the colon or with such a line
    (``listing``). A name alone on its line (no bullet: rule ``list_lines``) goes on a list
    whose last line did not end with a full stop."""
    end = chunk.rstrip()[-1:]
    if not (end == ":" or listing) or _name_item().match(text, at) is None:
        return False
    return end != "." or _BULLET.match(text, at) is not None


def sentences(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, sentence)`` for every sentence (hard-wrapped lines joined first)."""
    text = unwrap(text.replace("\r\n", " \n").replace("\r", "\n"))
    out = []
    pos = 0
    listing = False
    for m in _SPLIT.finditer(text):
        if (
            "\n" in m.group()
            and not m.group(1)
            and _list_goes_on(text, text[pos : m.start()], m.end(), listing)
        ):
            listing = True
            continue  # rule bulleted_names: the next line is a bare name of the list above
        if "\n" in m.group():
            listing = False
        if not m.group(1) and "\n" not in m.group() and text[m.start() - 2 : m.start()] == " ?":
            continue  # "Глибоке ? Липці": a dash lost to a "?" between spaces ends no sentence
        if not m.group(1) and "\n" not in m.group() and text[m.start() - 1 : m.start()] == ".":
            head = text[max(pos, m.start() - 12) : m.start() - 1].rsplit(None, 1)
            # "(с. Черкаська Лозова)": an opening bracket or quote is no part of the word
            word = head[-1].lower().lstrip("([«\"“„'") if head else ""
        else:
            word = ""
        if (
            # a one-letter one ("r. Desna", "р.") not after a number ("у 2024 р.")
            (word in _ABBREVIATIONS and not (len(word) == 1 and head[0][-1:].isdigit()))
            or (len(word) == 1 and word.isalpha() and head[-1].isupper())
            # "с. Бударки", but not "в 2024 г." (a unit after a number may end a sentence)
            or (f"{word}." in _TYPE_ABBREVIATIONS and not head[0][-1:].isdigit())
        ):
            continue  # "Feb. 11", "U.S. President", initials ("А. В. Захарченко"), "с. Бударки"
        end = m.start() + len(m.group(1) or "")  # a closing quote stays with its sentence
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, end, chunk.strip()))
        pos = m.end()
    if text[pos:].strip():
        chunk = text[pos:]
        out.append((pos + len(chunk) - len(chunk.lstrip()), len(text), chunk.strip()))
    return out


def _find_mentions(gz, sents) -> list[Mention]:
    found: list[Mention] = []
    words_ = claim_words()
    not_places = words_.not_places
    report = report_language(" ".join(sent for _, _, sent in sents[:20]))
    for si, (start, _, sent) in enumerate(sents):
        russian = "ru" in sentence_languages(sent, report)
        unknown: list[tuple] = []  # runs no gazetteer reading names (or only a variant)
        here = len(found)
        axis = [m.span() for m in words_.axis.finditer(sent)] if may_hold(words_.axis, sent) else []
        cyrillic = tuple(x for x in sentence_languages(sent, report) if x != "en")
        axis += [c[:2] for c in _claimants_in(sent, {}, cyrillic)] if cyrillic else []
        title = _latin_title_case(sent)
        runs = deque(
            [r for w in _LATIN_WORD.finditer(sent) if (r := _CAP_RUN.match(sent, w.start()))]
            if title
            else _CAP_RUN.finditer(sent)
        )
        # the words before a name that make it no place, looked for only where the sentence
        # holds one of their words (once per sentence, not once per name)
        unit_cue = may_hold(words_.unit_before, sent)
        speaker_cue = may_hold(words_.speaker_before, sent)
        origin_cue = may_hold(words_.origin_before, sent)
        while runs:
            m = runs.popleft()
            if title and len(found) > here and start + m.start() < found[-1].span[1]:
                continue  # a word of the name just found
            poss = _POSSESSIVE_IN_RUN.search(m.group())
            if poss is not None:
                # rule possessive_run: "Donetsk Oblast's Makarivka" is two names, the region
                # that owns and the place it owns
                rest = _CAP_RUN.match(sent, m.start() + poss.end())
                if rest is not None:
                    runs.appendleft(rest)
                m = _CAP_RUN.match(sent, m.start(), m.start() + poss.start())
                if m is None:
                    continue
            words = m.group().split()
            if _ACRONYM_WORD.match(words[0]):
                # rule acronym_word: "9 РСЗВ-обстрілів Гуляйполя", "БпЛА-атак по …": an
                # abbreviation joined to a common noun is no name; the name is the rest
                if len(words) > 1:
                    runs.appendleft(_CAP_RUN.match(sent, m.start() + len(words[0]) + 1))
                continue
            if not_places.fullmatch(words[0]):
                continue  # "Украиной", "Глава": a country or a word, never a settlement
            if _INITIALS.search(sent, max(0, m.start() - 8), m.start()):
                continue  # "А. В. Захарченко": a person's surname
            if _FEATURE_BEFORE.search(sent, max(0, m.start() - 16), m.start()):
                continue  # "on the r. Desna", "річки Вовча": a river or lake, not the village
            if unit_cue and words_.unit_before.search(sent[max(0, m.start() - 30) : m.start()]):
                continue  # "the battlegroup West": a unit's name (rule unit_name)
            if speaker_cue and words_.speaker_before.search(
                sent[max(0, m.start() - 30) : m.start()]
            ):
                continue  # "…, повідомив Сирський": who speaks, not a place (rule speaker_name)
            if origin_cue and words_.origin_before.search(sent[max(0, m.start() - 30) : m.start()]):
                continue  # "боєць, родом з Тернополя": where a person is from (rule origin_name)
            if _not_a_settlement(sent, m, words, axis, words_):
                continue  # rule non_settlement: an axis, a person, a quoted unit's name
            if len(words) > 1 and (
                (
                    _OPENING.fullmatch(sent, 0, m.start())
                    and (
                        (
                            _CYRILLIC.search(words[0])
                            and not any(_credible(c, words[0]) for c in _lookup(gz, words[0]) or ())
                        )
                        # "Near Kurakhove, …", "Around Pokrovsk …": an English preposition
                        or words_.location_before.fullmatch(words[0].lower() + " ")
                    )
                )
                # "Both Chernihiv and Kyiv …", 'the MOD said: "Both Chernihiv …': an English
                # function word opening the sentence or a quote (not an article: "The Hague")
                or (
                    words[0] in words_.opening_words
                    and (
                        _OPENING.fullmatch(sent, 0, m.start())
                        or _QUOTE_OPENING.search(sent, max(0, m.start() - 6), m.start())
                    )
                )
            ):
                # rule opening_word: a sentence's first word is capitalised by its place
                # ("Довкола Покровська", "Під Бахмутом"): the name is the rest of the run
                runs.appendleft(_CAP_RUN.match(sent, m.start() + len(words[0]) + 1))
                continue
            # try the longest run first, then shorter prefixes (e.g. "Chasiv Yar area")
            pending = None  # a run the text lists as a settlement that the gazetteer lacks
            for n in range(len(words), 0, -1):
                text = _POSSESSIVE.sub("", " ".join(words[:n]))
                low = text.lower()
                if low in _COMMON or len(text) < 4 or low in _DESCRIBED_PLACES:
                    continue  # "Село в Белгородской области …": a word, not the village Selo
                end = m.start() + len(" ".join(words[:n]))
                after = sent[end : end + 12].lower()
                before = sent[max(0, m.start() - 30) : m.start()]
                text_key = key(text)
                is_region = text_key.startswith("donbas") or (
                    text_key in _REGION_NAMES
                    and not words_.city_cue.search(before)
                    and not words_.centre_target_before.search(sent[max(0, m.start() - 60) : m.start()])
                    and (after.lstrip().startswith(("region", "oblast"))
                         or ((_LIST_BEFORE.search(before) or _LIST_AFTER.match(sent, end))
                             and (not _CYRILLIC.search(text)
                                  or _region_listed(sent, m.start(), end))
                             # "a drone crashed into a building in Kursk, injuring two": the
                             # city, though a comma follows it as in a list of regions (rule
                             # centre_target)
                             and not words_.centre_target_in_before.search(
                                 sent[max(0, m.start() - 60) : m.start()])))
                )  # fmt: skip
                if is_region:
                    found.append(Mention(text, (start + m.start(), start + end), si, "region", confidence=0.9,
                                         context="a region: named with 'region'/'oblast', in a list of regions, or Donbas"))  # fmt: skip
                    break
                if n == 1 and _SAID_AFTER.match(sent, end):
                    continue  # "Peskov said": a person
                if words_.area_after.fullmatch(words[n - 1]) or words_.area_after.match(sent, end):
                    continue  # rule area_name: "the Kupiansk District", "Vovchansk hromada"
                hits = _lookup(gz, text)
                if n > 1 and hits is not None and words[n - 1].lower() in lexicon().non_place:
                    # rule feature_name: "the Oskol River", "Kakhovka Dam" name no town (kept
                    # as a feature, which a place after it may only locate: "… near Kupyansk")
                    found.append(Mention(text, (start + m.start(), start + end), si, "feature",
                                         context="a river, dam or other feature: no settlement"))  # fmt: skip
                    continue
                if hits is None:
                    whole = n == len(words) <= (
                        MAX_UNRESOLVED_WORDS if _CYRILLIC.search(text) else 1
                    ) and _LIST_GOES_ON.match(sent, end)
                    # "Вильча Харьковской области": the name, then its oblast's adjective
                    before_region = (
                        n == len(words) - 1 and _CYRILLIC.search(text) and _region_follows(sent, m)
                    )
                    latin = (
                        n == len(words) == 1
                        and not _CYRILLIC.search(text)
                        and _latin_listable(text, sent, m.start(), end)
                    )
                    if (
                        (whole or before_region or latin)
                        and pending is None
                        and words_.listed.search(sent, max(0, m.start() - LIST_REACH), m.start())
                    ):
                        # taken unless a shorter run is a place ("Удачное Донецкой Народной …")
                        pending = _unresolved(text, (start + m.start(), start + end), si,
                                              "a list after 'the villages of'")  # fmt: skip
                    elif latin and pending is None and _action_object(sent, m.start(), report):
                        pending = _unresolved(text, (start + m.start(), start + end), si,
                                              "the object of a claim's action")  # fmt: skip
                    if (
                        whole and _CYRILLIC.search(text) and not _unlisted(text, sent, end)
                    ) or latin:
                        unknown.append((m.start(), end, text, None))
                    continue
                # the first reading that is credible evidence of a place (see _credible)
                best = next((c for c in hits if _credible(c, text)), None)
                if best is None:
                    continue
                if m.start() == 0 and low in _COMMON:
                    continue
                if title and (
                    best.place.country not in _REPORTED_COUNTRIES
                    or (
                        n == 1
                        and (key(text) in _REGION_NAMES or not _named_elsewhere(text, sents, si))
                    )
                ):
                    # "Villages Fall", "Made Progress Near …": a headline's capitals make words
                    # look like towns; one word counts only when the report names it elsewhere,
                    # and an oblast's name ("Gains in Donetsk") is left unread
                    continue
                if (
                    n == 1
                    and best.match_kind in ("inflected", "variant")
                    and _OPENING.fullmatch(sent, 0, m.start())
                ):
                    # "Двоє людей …", '"Загалом упродовж доби …"': an inflected reading of a
                    # sentence's first word (after an opening quote too)
                    continue
                if best.match_kind == "variant" and (
                    not russian or (n < len(words) and not _region_follows(sent, m))
                ):
                    if n == len(words) and not _unlisted(text, sent, end):
                        # in Ukrainian text only when listed with settlements ("Огурцово")
                        unknown.append((m.start(), end, text, _mention(
                            text, (start + m.start(), start + end), si, hits, best,
                            f"{best.evidence[0]}; a Russian spelling listed with settlements",
                        )))  # fmt: skip
                    continue  # a Russian spelling is read in Russian text only ("Волошин"),
                    # and not as the first word of a longer name ("Денис Пушилин")
                if n < len(words) and not title and _partial_name(sent, m, words[n:]):
                    found += [pending] if pending else []
                    break  # "Товстого Луга": the first word of a longer name is not a place
                mention = _mention(text, (start + m.start(), start + end), si, hits, best,
                                   "; ".join(best.evidence[:1]))  # fmt: skip
                if best is not hits.best:  # a lower reading: the report's context must decide
                    mention = replace(mention, ambiguous=True)
                found.append(mention)
                break
            else:
                found += [pending] if pending else []
        found += _listed_with_places(sent, start, si, found[here:], unknown, words_.list_link)
    return found


_LATIN_WORD = re.compile(r"\b[A-Za-z][\w'’\-]*")


#: A headline is short: a longer line of capitalised words is a list of names, not a title.
TITLE_MAX_WORDS = 20


def _named_elsewhere(word: str, sents, si: int) -> bool:
    """Whether a capitalised word of a headline is also written in another sentence."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
    return any(pattern.search(text) for j, (_, _, text) in enumerate(sents) if j != si)


def _latin_title_case(sent: str) -> bool:
    """Rule ``title_case``: whether a line is an English headline in title case (``_title_case``
    — "Russia Says Forces Seized Village in Eastern Ukraine" —, not in capitals), where a capital
    says nothing about a name — so every capitalised word may start one ("… Town Of Lyman Is
    Under …": Lyman), and a place followed by capitalised words is no part of a longer name.
    Only places of the countries reported on count there ("Villages Fall" names no Florida
    town), and a one-word name only when another sentence of the report writes it too ("Made
    Progress Near Robotyne": Progress is also a village)."""
    return (
        len(sent.split()) <= TITLE_MAX_WORDS
        and _title_case(sent)
        and not _CYRILLIC.search(sent)
        and not all(w.isupper() for w in _LATIN_WORD.findall(sent) if len(w) > 3)
    )


#: Case endings of a given name ("Володимира", "Владимиром"); a longer ending makes another
#: word ("Олександрія", a town).
_GIVEN_NAME_ENDING = re.compile(r"(?:а|я|у|ю|ом|ем|ові|еві|е|і)?")


def _not_a_settlement(sent: str, run: re.Match, words: list[str], axis, w: ClaimWords) -> str:
    """Rule ``non_settlement``: why a capitalised run names no settlement, or "".

    An adjective of an axis or of a list of axes ("на Лиманському, 25 – на Сіверському
    напрямках") or a word of a claimant's name ("Кремля", "Сили оборони"; both in ``axis``,
    the spans of such names); a given name before a capitalised surname ("Володимир Зеленський"); a
    name in quotation marks right after the opening mark («Южная», угруповання "Схід",
    «Свободная пресса»: a grouping, unit or organisation); adjectives before a region word
    ("Бахмутского района", "в Покровському районі"). A run followed by its region word
    ("Володимир Волинської області") is not a person.
    """
    start = run.start()
    if any(a <= start < b for a, b in axis):
        return "an axis or a claimant's name"
    if (
        len(words) == 1
        and _ADJECTIVE.search(words[0].lower())
        and w.non_place_after.match(sent, run.end())
    ):
        return "a raion, oblast or axis adjective"  # "Бахмутского района"
    if start and sent[start - 1] in '«„"“' and _QUOTE_CLOSE.match(sent, run.end()):
        return "a quoted name"
    if w.water_before.search(sent, max(0, start - WATER_REACH), start):
        return "a river's or a lake's name"  # rule water_name: "на березі Інгульця"
    if (
        len(words) > 1
        and _CYRILLIC.search(words[0])
        and any(
            words[0].lower().startswith(g.lower())
            and _GIVEN_NAME_ENDING.fullmatch(words[0].lower(), len(g))
            for g in w.given_names_text
        )
        and not w.non_place_after.match(sent, run.end())
    ):
        return "a person's name"
    if may_hold(w.quote_speaker_before, sent) and w.quote_speaker_before.search(
        sent, max(0, start - 80), start
    ):
        return "a person's name"  # "«…», — сказав Громов": who said the quote
    if len(words) == 2 and _CYRILLIC.search(words[0]) and _given_and_surname(*words):
        return "a person's name"  # "Олексій Громов": the dictionary's given name and surname
    return ""


#: How far before a name the words of rule ``water_name`` ("on the left bank of the") reach.
WATER_REACH = 40


def _given_and_surname(first: str, second: str) -> bool:
    """Whether the dictionary reads ``first`` as a given name and ``second`` as a surname."""
    return any(
        "Name" in person_name_parts(first.lower(), lang)
        and "Surn" in person_name_parts(second.lower(), lang)
        for lang in ("uk", "ru")
    )


#: What closes a quoted name: the closing mark, or a few lowercase words and then it
#: («Свободная пресса»).
_QUOTE_CLOSE = re.compile(r"(?:\s+[a-zа-яіїєґё][\w’'-]*){0,3}[»\"”]")


#: Words of a name not in the gazetteer that a list may still name as a settlement.
MAX_UNRESOLVED_WORDS = 3


def _unresolved(text: str, span: tuple[int, int], si: int, why: str) -> Mention:
    """A settlement the gazetteer does not know: kept (never drawn) under its nominative."""
    return Mention(text, span, si, "unresolved", name=_nominative(text),
                   context=f"not in the gazetteer; the text names it a settlement ({why})")  # fmt: skip


def _unlisted(text: str, sent: str, end: int) -> bool:
    """Whether an unknown capitalised run cannot be a settlement of a list: an abbreviation,
    a word of the lexicon's non-places, or an oblast or raion adjective before its region word."""
    w = claim_words()
    return (
        any(x.isupper() for x in text.split())
        or bool(w.not_places.fullmatch(text.split()[0]))
        or bool(w.non_place_after.match(sent, end))
    )


#: A single Latin-script name as a list may name a settlement the gazetteer lacks ("Vnezapnoe").
_LATIN_NAME = re.compile(r"(?-i:[A-Z][a-z\u00e0-\u024f]+(?:[’'-][A-Za-z\u00e0-\u024f]+)*)")


def _latin_listable(text: str, sent: str, at: int, end: int) -> bool:
    """Rule ``listed_with_places`` (Latin script): whether an unknown capitalised word may be
    an item of a list of settlements — a capitalised word ("Vnezapnoe", not "AFP" or
    "DeepState"), not a sentence's first word, a day, a month or a given name, followed by a
    comma, a joining word, the sentence's end or (the last item) a preposition."""
    w = claim_words(("en",))
    low = text.lower()
    return bool(
        _LATIN_NAME.fullmatch(text)
        and not _OPENING.fullmatch(sent, 0, at)
        and low not in w.months
        and low not in w.weekdays
        and key(text) not in w.given_names
        and not _unlisted(text, sent, end)
        and (_LIST_GOES_ON.match(sent, end) or w.list_end_after.match(sent, end))
        and not _sources_list(sent, end, w)
    )


def _action_object(sent: str, at: int, report: str) -> bool:
    """Rule ``action_object``: whether a name the gazetteer lacks at ``at`` is an English
    action's object ("forces had liberated Zaritsevo", "the first attack in Nikolaevo-Darino",
    "near the village of Zaritsevo"): what stands between them is the lexicon's
    ``object_gap``."""
    langs = sentence_languages(sent, report)
    if "en" not in langs:
        return False
    w = claim_words(("en",))
    return any(w.object_gap.fullmatch(sent, a[1], at) for a in _actions(sent, langs) if a[1] <= at)


#: How many names after a word :func:`_sources_list` reads (linear time on any list).
LIST_TAIL_REACH = 12


def _sources_list(sent: str, end: int, w: ClaimWords) -> bool:
    """Whether the names linked after ``end`` run into a verb of saying ("…, Reuters and
    Bloomberg reported"): a list of sources or people, not of settlements."""
    pos, bare = end, False
    for _ in range(LIST_TAIL_REACH):
        link = w.list_link.match(sent, pos)
        word = _CAP_WORD.match(sent, link.end()) if link else None
        if word is None:
            break
        pos, bare = word.end(), link.group().strip() == ","
    if bare:
        return False  # "… in Nikolaevo-Darino, DeepState said": the comma sets off the speaker
    return bool(w.non_place_after.match(sent, pos) or w.speech.match(sent, pos + 1))


def _listed_with_places(sent, start, si, mentions, unknown, link) -> list[Mention]:
    """Rule ``listed_with_places``: a Cyrillic name the gazetteer does not know that is listed
    with settlements ("освободили Звановку, Петровское и Васюковку": an item of the list, linked
    to a settlement by a comma or "і"/"и" directly) is a settlement too, kept unresolved; a
    Russian spelling in Ukrainian text so listed takes its spelling-variant reading."""
    taken = {(m.span[0] - start, m.span[1] - start) for m in mentions}
    unknown = [u for u in unknown if u[:2] not in taken]  # already read after "the villages of"
    if not unknown or not mentions:
        return []
    items = sorted(
        [(m.span[0] - start, m.span[1] - start, m.kind in _LIST_SEEDS, None) for m in mentions]
        + [(a, b, False, (text, variant)) for a, b, text, variant in unknown],
        key=lambda item: item[:2],
    )
    placed = [item[2] for item in items]
    linked = [
        bool(link.fullmatch(sent, items[i][1], items[i + 1][0])) for i in range(len(items) - 1)
    ]
    # a list is a run of linked items: one pass each way reaches every item of a run that
    # holds a settlement
    for i in range(1, len(items)):
        placed[i] = placed[i] or (placed[i - 1] and linked[i - 1])
    for i in range(len(items) - 2, -1, -1):
        placed[i] = placed[i] or (placed[i + 1] and linked[i])
    return [
        found[1] or _unresolved(found[0], (start + a, start + b), si, "listed with settlements")
        for (a, b, _, found), ok in zip(items, placed, strict=True)
        if ok and found is not None
    ]


#: What may seed a list of names the gazetteer lacks: a settlement, or a name already taken
#: as a claim's place ("had taken Mahnovka and Zaoleshenka": the first is the action's object).
_LIST_SEEDS = ("settlement", "unresolved")


_OBLIQUE = re.compile(r"(?:у|ю|ої|ого|ому|ой|ую|ою|ею|ом|ем)$")


def _nominative(text: str) -> str:
    """The nominative of a Cyrillic name the gazetteer lacks, when its last word has an oblique
    case ending and the analyser reads it one way only ("Черкаську Конопельку" → "Черкаська
    Конопелька"); else the name as written."""
    if not _CYRILLIC.search(text) or not _OBLIQUE.search(text.lower().split()[-1]):
        return text
    from gazetteer.inflection import lemmas

    readings = lemmas(text)
    if len(readings) != 1:
        return text
    return re.sub(r"(^|[\s-])(\w)", lambda m: m.group(1) + m.group(2).upper(), readings[0])


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+\.?)")
#: What may precede a sentence's first word: quotes, brackets, bullets, dashes.
_QUOTE_OPENING = re.compile(r"[:,]\s*[\"“«„]\s*$")
_OPENING = re.compile(r"[\s\"«“„'(•*\-–—]*")


def _partial_name(sent: str, run: re.Match, rest: list[str]) -> bool:
    """Whether a run's first words are only part of a name the gazetteer lacks ("Черкаську
    Конопельку": not Cherkasy; "Antonina Ustymenko", a person). The words after a place may
    instead be its oblast or raion ("Хотень Сумской области", "Kherson Oblast") or an
    abbreviation ("Горловка ДНР"), or a word that starts something else: a day or month
    ("captured Kupiansk Monday"), a title ("Pokrovsk Mayor …"), a claimant ("біля Покровська
    Сили оборони …")."""
    if all(w.isupper() for w in rest):
        return False
    w, lex = claim_words(), lexicon()
    first = rest[0].lower().strip("’'")
    if first in w.weekdays or first in w.months or w.person_roles.fullmatch(first):
        return False
    nxt = _NEXT_WORD.match(sent, run.end())
    following = nxt.group(1).lower() if nxt else ""
    if (
        first in lex.region_words
        or first in lex.settlement_words
        or (following in lex.region_words or following.rstrip(".") in lex.region_words)
        or w.non_place_after.match(sent, run.end())
    ):
        return False  # "Kherson Oblast", "Kyiv City", "Хотень Сумской области"
    after = sent[run.end() - len(" ".join(rest)) :][:60]
    return not any(c[0] == 0 for c in _claimants_in(after, {}))


def _region_follows(sent: str, run: re.Match) -> bool:
    """Whether a run of capitalised words ends in an oblast or raion adjective followed by its
    region word ("Вильча Харьковской области")."""
    nxt = _NEXT_WORD.match(sent, run.end())
    following = nxt.group(1).lower().rstrip(".") if nxt else ""
    return following in lexicon().region_words or bool(
        claim_words().non_place_after.match(sent, run.end())
    )


def _credible(candidate, text: str) -> bool:
    """Whether a gazetteer reading of ``text`` is evidence that the text names a place:
    a settlement read by a trusted kind of match; not a small foreign namesake of a common
    word ("Republic", "Adam"); not an odd alternate name ("Putin" for a village)."""
    p = candidate.place
    if candidate.match_kind not in _kinds(text) or p.feature_class not in ("P", None):
        return False
    if candidate.match_kind == "variant" and not _russian_spelling(text, p):
        return False
    if p.country not in _REPORTED_COUNTRIES and (
        (p.population or 0) < FOREIGN_MENTION_POPULATION
        or fuzz.ratio(key(candidate.matched), key(p.name)) < ALTERNATE_SIMILARITY
    ):
        return False  # a spelling of its own name ("Wad Madani" for Wad Medani), not an alias
    if _CYRILLIC.search(text) and not _adjective_fits(text, (p.name_uk, p.name_ru)):
        return False
    own = {key(n) for n in (p.name, p.name_uk, p.name_ru) if n}
    return not (
        candidate.match_kind == "exact"
        and key(candidate.matched) not in own
        and max(fuzz.ratio(key(candidate.matched), n) for n in own) < ALTERNATE_SIMILARITY
    )


def _russian_spelling(text: str, place) -> bool:
    """Whether a spelling-variant reading of ``text`` can be the Russian spelling of a Ukrainian
    village's name (rule ``russian_spelling``: "Иванополье" Іванопілля, "Новобойковское"
    Новобойківське): a Ukrainian settlement, a name of ordinary words (no abbreviation such as
    "МО РФ"), and an adjective-shaped word only for an adjective-shaped name ("Донецкой" is
    the oblast's adjective, not Donetsk)."""
    if place.country != "UA" or any(w.isupper() for w in text.split()):
        return False
    own = place.name_uk or place.name_ru or place.name or ""
    last = own.lower().split()[-1] if own.split() else ""
    return bool(_ADJECTIVE.search(text.lower().split()[-1])) == bool(_ADJECTIVE.search(last))


_ADJECTIVE = re.compile(
    r"(?:ськ|цьк|зьк|ск|цк|зк)"
    r"(ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими|ая|ой|ую|ое|ым|ом|ые|ых|ие|ими|ыми)$"
)
_FEMININE = {"а", "ої", "ій", "у", "ою", "ая", "ой", "ую"}
_PLURAL = {"і", "их", "ими", "ые", "ых", "ие", "ыми"}
_TOWN_NOUN = re.compile(r"(?:ськ|цьк|зьк|ск|цк)$")


def _adjective_fits(text: str, names) -> bool:
    """Whether an adjective-shaped word can be a form of one of a place's Cyrillic names.

    "Торецька" is Toretsk's genitive (a noun in -ськ); "Покровського" a form of the neuter
    Покровське; but "Білопільській" (громаді) is the adjective of Білопілля — it names the
    hromada, raion or axis, not the settlement — and a feminine form cannot be a neuter name.
    """
    m = _ADJECTIVE.search(text.lower().split()[-1])
    if m is None:
        return True
    for name in filter(None, names):
        last = name.lower().split()[-1]
        if _TOWN_NOUN.search(last) and _gender(m.group(1)) != "pl":
            return True  # "Торецька", "Покровськом"; never a plural ("Українські")
        own = _ADJECTIVE.search(last)
        if own and _gender(own.group(1)) == _gender(m.group(1)):
            return True
    return False


def _gender(ending: str) -> str:
    """Feminine, plural or other, as an adjective's ending tells ("Українські" is plural: no
    form of the village Українське)."""
    return "f" if ending in _FEMININE else "pl" if ending in _PLURAL else "other"


def _in_region(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_region``: a settlement the sentence places in a region ("the settlement of
    Zaporizhzhia in Ukraine's eastern Donetsk region") is read among that oblast's places,
    and is no longer ambiguous when one place there has its name (else it is ambiguous: the
    region rules out the reading found elsewhere).

    Rule ``region_anchor``: words of the lexicon that name an oblast ("в ДНР", "Донецкой
    Народной Республики", "на Сумщині", "in Donetsk region") read the settlements of their
    sentence in that oblast, and those of the whole report when it names no other oblast so;
    a name found elsewhere keeps its reading when the oblast has no place of that name, and a
    town of :data:`ANCHOR_KEEP_POPULATION` is never moved by an oblast named in another
    sentence. Several places of the name in the region leave it ambiguous (its note lists
    them), unless exactly one is such a town and the rest villages, or the text's other places
    already decided it there; a region the sentence names that has no place of the name rules
    out the reading found elsewhere (ambiguous, with that reason).
    """
    w = claim_words()
    between = w.in_region_between
    listed = _anchored_lists(mentions, sents, w)
    report = frozenset(oblast for _, _, sent in sents for _, oblast in anchors_in(sent))
    out = list(mentions)
    for i, m in enumerate(out):
        if m.kind != "settlement":
            continue
        start = sents[m.sentence][0]
        sent = sents[m.sentence][2]
        opened = False  # the region is named in the mention's own sentence
        region = out[i + 1] if i + 1 < len(out) else None
        if (
            region is not None
            and region.kind == "region"
            and region.sentence == m.sentence
            and between.match(sent[m.span[1] - start : region.span[0] - start])
        ):
            admin, label, strict = f"{region.text} oblast", region.text, True
        else:
            opening = _opening_anchor(sent, w)
            if m.span in listed:
                admin, own = listed[m.span], True
            elif opening is not None and opening[0] < m.span[0] - start:
                # "In Donetsk Oblast, troops liberated A, B and C" (rule region_opening): the
                # sentence names the region (said so below), the name is not moved off a town
                admin, own = opening[1], False
                opened = True
            elif len(report) == 1:
                (admin,), own = report, False
                # the report's one oblast, named in the mention's own sentence ("Георгиевка
                # (Луганская область)"): the sentence names it
                opened = any(oblast == admin for _, oblast in anchors_in(sent))
            else:
                continue
            label, strict = admin, False
            p = gz.get(m.place_id) if m.place_id else None
            if (
                p is not None
                and not m.ambiguous
                and (
                    (p.admin1 == admin and "decided by context" in (m.context or ""))
                    or (not own and p.admin1 == admin)
                    or (not own and (p.population or 0) >= ANCHOR_KEEP_POPULATION)
                    or (not own and "decided by context" in (m.context or ""))
                )
            ):
                if p.admin1 == admin and not _ANCHORED.search(m.context or ""):
                    # read there already: the region anchors it all the same, and a statement
                    # measures it among that oblast's readings only (rule region_anchor)
                    where = "sentence" if own or opened else "report"
                    out[i] = replace(
                        m, context=f"{m.context}; in the {admin} region the {where} names"
                    )
                continue  # already read there; a town or a decided name is not moved
        try:
            here = gz.resolve(m.text, in_admin=admin, limit=5)
        except (PlaceNotFound, ValueError, LookupError):
            continue
        region_key = key(label)[:5]
        local = [
            c for c in here
            if c.match_kind in _kinds(m.text) and key(c.place.admin1 or "").startswith(region_key)
            and (strict or c.place.feature_class in ("P", None))
        ]  # fmt: skip
        # rule own_name: a place the name is only another word for ("Kalynivskyi", a district
        # of Horlivka, listed under "Kalynivka") never beats the places called so
        local = [c for c in local if not _lookalike(c)] or local
        exact = [c for c in local if c.match_kind == "exact"] or local
        if not exact:
            if (strict or own) and m.place_id and not m.ambiguous:
                # the gazetteer has no such place in the region its sentence names: not the
                # one found elsewhere ("Красногорское … Запорожской области" is no Crimean
                # village)
                note = (
                    f"ambiguous: the text places {m.text!r} in {label}, where the gazetteer "
                    f"has no place of that name; the reading elsewhere ({m.name}, "
                    f"{_admin1_of(gz, m)}) is ruled out: a raion, a neighbouring village or "
                    "coordinates would place it"
                )
                out[i] = replace(m, ambiguous=True, context=note)
                # the report's later mentions of the name are that place too: the reading
                # ruled out here is no better there (rule region_rules_out)
                for j in range(i + 1, len(out)):
                    o = out[j]
                    if o.kind == "settlement" and o.text == m.text and o.place_id == m.place_id:
                        out[j] = replace(o, ambiguous=True, context=note)
            continue
        # several places of the name in the region: undecided, whichever one the gazetteer
        # happens to hold under the spelling written, unless one is a town among villages —
        # by its own name: a town the name once was ("Hrodivka", Myrnohrad's) never beats a
        # village called so today
        towns = [
            c
            for c in local
            if (c.place.population or 0) >= ANCHOR_KEEP_POPULATION and not _renamed(c)
        ]
        several = len({c.place.id for c in local}) > 1 and len({c.place.id for c in towns}) != 1
        if len(towns) >= 1 and not several:
            exact = towns
        if (
            exact[0].place.id == m.place_id
            and not several
            and not (m.ambiguous and len(exact) == 1)
        ):
            if not _ANCHORED.search(m.context or ""):  # read there already (rule region_anchor)
                where = "report" if not strict and not own and not opened else "sentence"
                out[i] = replace(m, context=f"{m.context}; in the {label} region the {where} names")
            continue
        rule = "the report names" if not (strict or own or opened) else "the sentence names"
        placed = _mention(m.text, m.span, m.sentence, None, exact[0],
                          f"{exact[0].evidence[0]}; in the {label} region {rule}")  # fmt: skip
        if several:
            placed = replace(
                placed, ambiguous=True, context=_readings_note(gz, m, exact[0].place.admin1)
            )
        if not strict:
            out[i] = placed
            continue
        # the report's later mentions of the name are that place too, unless said to be a
        # city ("distinct from the Ukrainian city of Zaporizhzhia")
        for j, other in enumerate(out):
            if other.kind != "settlement" or other.text != m.text or other.span[0] < m.span[0]:
                continue
            o_start, o_sent = sents[other.sentence][0], sents[other.sentence][2]
            rel = other.span[0] - o_start
            if other is not m and w.city_cue.search(o_sent[max(0, rel - 20) : rel]):
                continue
            out[j] = replace(placed, span=other.span, sentence=other.sentence)
    return out


def _admin1_of(gz, m: Mention) -> str:
    place = gz.get(m.place_id) if m.place_id else None
    return (place.admin1 or place.country or "?") if place else "?"


def _only_reading(gz, m: Mention, belongs, in_admin: str | None = None):
    """The one reading of a mention's name whose place ``belongs`` (a hromada, a raion the
    text names), or None when there is none or several."""
    try:
        readings = gz.resolve(m.text, in_admin=in_admin, limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        return None
    there = [c for c in readings if c.match_kind in _kinds(m.text) and belongs(c.place)]
    return there[0] if len({c.place.id for c in there}) == 1 else None


def _in_hromada(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_hromada``: a settlement followed by its hromada ("Басівка Юнаківської
    громади") is the one place of its name in that hromada, when the gazetteer has one."""
    w = claim_words()
    out = []
    for m in mentions:
        if m.kind == "settlement":
            start, _, sent = sents[m.sentence]
            for pattern, ending in w.hromada_after:
                h = pattern.match(sent, m.span[1] - start)
                if h is None:
                    continue
                hromada = key(h.group(1) + ending)
                one = _only_reading(gz, m, lambda p, h=hromada: key(p.hromada or "") == h)
                if one is not None:
                    m = _mention(m.text, m.span, m.sentence, None, one,
                                 f"{one.evidence[0]}; in the {h.group(1)}{ending} hromada "
                                 "the text names")  # fmt: skip
                break
        out.append(m)
    return out


#: "Novoselivka Druha (…) is a village in Ocheretyne settlement hromada, Pokrovsk Raion, …":
#: the raion a sentence places the settlement that opens it in (rule ``in_raion``).
_RAION_AFTER = re.compile(
    r"(?:\([^()]{0,200}\)|[^.;()]){0,300}?\bis\s+an?\s+(?:[\w-]+\s+){0,3}?(?:village|town|city|settlement)\b"
    r"[^.;]{0,120}?\b(?P<raion>[A-Z][\w’'-]+)\s+(?:Raion|raion|district|District)\b"
)


def _in_raion(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``in_raion``: a settlement that opens a reference page's sentence saying which raion
    it is in ("Novoselivka Druha … is a village in … Pokrovsk Raion, Donetsk Oblast") is the
    one place of its name in that raion, when the gazetteer has exactly one there."""
    after = claim_words().raion_after
    out = []
    for m in mentions:
        start, _, sent = sents[m.sentence]
        r = _RAION_AFTER.match(sent, m.span[1] - start) if m.kind == "settlement" else None
        if r is not None and m.span[0] == start:
            raion, in_admin = r.group("raion"), f"{r.group('raion')} raion"
        else:
            # the raion right after the name, in any of the languages ("Макаровка
            # Волновахского района", "Mezhove, Pokrovsk Raion", "Грушівка (Запорізький район)")
            r = m.kind == "settlement" and next(
                (x for x in (p.match(sent, m.span[1] - start) for p in after) if x), None
            )
            if not r:
                out.append(m)
                continue
            raion, in_admin = r.group(1), None
        stem = key(raion)[:5]
        one = _only_reading(
            gz, m, lambda p, s=stem: key(p.admin2 or "").startswith(s), in_admin=in_admin
        )
        if one is not None and in_admin is None and one.place.precision != "point":
            # a codifier entry placed at its hromada's centre: the gazetteer may hold the same
            # village as a point under its former raion; the raion decides nothing then
            one = None
        if one is not None and (m.ambiguous or m.place_id != one.place.id):
            m = _mention(m.text, m.span, m.sentence, None, one,
                         f"{one.evidence[0]}; in the {raion} raion, a region the sentence names")  # fmt: skip
        elif one is not None:
            m = replace(
                m, context=f"{m.context}; in the {raion} raion, a region the sentence names"
            )
        out.append(m)
    return out


def _anchored_lists(mentions: list[Mention], sents, w: ClaimWords) -> dict:
    """``{span: oblast}`` of the mentions a region anchor places (rule ``region_anchor``): the
    names of the list that ends at the anchor ("Ленинское, Новоалексеевка … и Новодмитровка
    Донецкой Народной Республики", "Суворово и Никаноровка в ДНР"), each linked to the next
    by :attr:`ClaimWords.region_anchor_gap` only."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    out: dict = {}
    for si, here in by_sentence.items():
        start, _, sent = sents[si]
        found = sorted(anchors_in(sent))
        if may_hold(w.same_region, sent):
            found = sorted(found + _same_region_in(sents, si, found, w))
        for at, oblast in found:
            # "Donetsk Oblast's Makarivka": the place the region owns (rule possessive_run)
            end = max((e.end() for p, o in w.region_anchors if o == oblast
                       if (e := p.match(sent, at))), default=None)  # fmt: skip
            own = w.region_possessive.match(sent, end) if end is not None else None
            if own is not None:
                for m in here:
                    if m.span[0] - start == own.end():
                        out.setdefault(m.span, oblast)
        for at, oblast in found:
            before = [m for m in here if m.span[1] - start <= at]
            end = at
            for m in reversed(before):
                if not w.region_anchor_gap.fullmatch(sent, m.span[1] - start, end):
                    break
                out.setdefault(m.span, oblast)
                end = m.span[0] - start
    return out


def _opening_anchor(sent: str, w: ClaimWords) -> tuple[int, str] | None:
    """``(start, oblast)`` of a region anchor that opens the sentence ("In Donetsk Oblast,
    …"; rule ``region_opening``) when the sentence names no other oblast, else None."""
    found = anchors_in(sent)
    if not found or len({o for _, o in found}) != 1:
        return None
    at, oblast = min(found)
    return (at, oblast) if w.region_opening.fullmatch(sent, 0, at) else None


def _same_region_in(sents, si: int, found, w: ClaimWords) -> list:
    """``(start, oblast)`` of the words of a sentence that refer back to the oblast last named
    ("Storozheve, Donetsk Oblast, and Blahodatne … in the same oblast"; rule ``same_region``):
    the last anchor before them in the sentence, else in the three sentences before."""
    out = []
    for ref in w.same_region.finditer(sents[si][2]):
        before = [a for a in found if a[0] < ref.start()]
        k = si
        while not before and k > 0 and si - k < 3:
            k -= 1
            before = sorted(anchors_in(sents[k][2]))
        if before:
            out.append((ref.start(), before[-1][1]))
    return out


#: A town at least this populous keeps its reading against an oblast named in another
#: sentence of the report (rule ``region_anchor``): "удар по Запорожью" in a report "в ДНР"
#: is the city, not the Donetsk-oblast village.
ANCHOR_KEEP_POPULATION = 10_000


def _cued_town(gz, m: Mention, sents, w: ClaimWords) -> Candidate | None:
    """Rule ``town_cue``: the one town of a name the sentence calls a town or a city ("the town
    of Dobropillia", "місто Костянтинівка"), when it has :data:`ANCHOR_KEEP_POPULATION` people
    and :data:`TOWN_RATIO` times as many as every namesake more than :data:`ONE_PLACE_KM` away;
    else None."""
    start, _, sent = sents[m.sentence]
    rel = m.span[0] - start
    if m.kind != "settlement" or not w.town_cue.search(sent, max(0, rel - 20), rel):
        return None
    try:
        readings = [c for c in gz.resolve(m.text, limit=None, fuzzy=False)
                    if c.match_kind in _kinds(m.text) and c.place.feature_class in ("P", None)]  # fmt: skip
    except (PlaceNotFound, ValueError, LookupError):
        return None
    town = max(readings, key=lambda c: c.place.population or 0, default=None)
    people = (town.place.population or 0) if town is not None else 0
    if people < ANCHOR_KEEP_POPULATION or _renamed(town):
        return None
    from gazetteer.store import haversine_matrix

    others = [c.place for c in readings if c.place.id != town.place.id]
    if others:
        far = haversine_matrix([(town.place.lat, town.place.lon)],
                               [(p.lat, p.lon) for p in others])[0] > ONE_PLACE_KM  # fmt: skip
        if any(
            (p.population or 0) * TOWN_RATIO > people for p, f in zip(others, far, strict=True) if f
        ):
            return None
    return town


def _with_report_context(gz, mentions: list[Mention], sents=None) -> list[Mention]:
    """Re-read ambiguous mentions in the oblast most of the report's places lie in; a name
    the sentence calls a town is its town (rule ``town_cue``), never a village there."""
    from collections import Counter

    if sents is not None:
        w = claim_words()
        cued = []
        for m in mentions:
            town = _cued_town(gz, m, sents, w)
            if town is not None:
                m = _mention(m.text, m.span, m.sentence, None, town,
                             f"{town.evidence[0]}; the town the sentence names")  # fmt: skip
            cued.append(m)
        mentions = cued

    oblasts = Counter()
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and not found.ambiguous and found.best.place.admin1:
            oblasts[found.best.place.admin1] += 1
    if not oblasts:
        return mentions
    home, _ = oblasts.most_common(1)[0]
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" else None
        if found is not None and "the town the sentence names" in (m.context or ""):
            found = None  # rule town_cue: the town the sentence names stays
        if found is not None and found.best.place.admin1 != home:
            try:
                here = gz.resolve(m.text, in_admin=home, limit=5)
                # a place of that name in the oblast before one that once had it
                named = [c for c in here if c.match_kind in ("exact", "inflected")
                         and c.place.admin1 == home]  # fmt: skip
                local = named[0] if named else here.best
            except PlaceNotFound:
                local, named = None, []
            if (
                local is not None
                and local.place.admin1 == home
                and local.match_kind in _kinds(m.text)
                # a spelling variant in the home oblast never displaces a name read as written
                and (local.match_kind != "variant" or found.best.match_kind == "variant")
            ):
                m = _mention(m.text, m.span, m.sentence, None, local,
                             f"{local.evidence[0]}; in {home}, where the report's other places lie")  # fmt: skip
                # several villages of the name there: the oblast alone does not decide
                m = replace(m, ambiguous=len(named) > 1)
        out.append(m)
    return out


def _by_joint_context(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``joint_context``: a name the gazetteer leaves ambiguous, or reads only by the
    oblast most of the report's places lie in, takes the reading that the report's other
    places decide (:func:`frontmap.verify.resolve_context`, the same joint resolution the
    distance statements use): "Sergiivka … 15 km from Pokrovsk" is the village by Pokrovsk,
    not a namesake 45 km away in the same oblast."""
    names = [m.text for m in mentions if m.kind == "settlement"]
    if not names:
        return mentions
    context = resolve_context(gz, names)
    out = []
    for m in mentions:
        cands = context.get(m.text) if m.kind == "settlement" else None
        if cands and not cands.ambiguous and m.place_id:
            best = cands.best
            decided = next((e for e in best.evidence if e.startswith("decided by context")), None)
            alone = _lookup(gz, m.text)
            if (
                decided
                and "ending stripped" not in best.evidence[0]  # a stem is no evidence to decide
                and not _renamed(best)  # a name a place once had is no evidence either
                # a spelling variant decides only a name read so alone ("Сили" is no Sil)
                and (best.match_kind != "variant" or (alone and alone.best.match_kind == "variant"))
                and best.place.id != m.place_id
                and best.match_kind in _kinds(m.text)
                and _credible(best, m.text)
            ):
                m = _mention(m.text, m.span, m.sentence, None, best,
                             f"{best.evidence[0]}; {decided}")  # fmt: skip
            elif (
                decided
                and "ending stripped" not in best.evidence[0]
                and best.place.id == m.place_id
                and m.ambiguous
            ):
                m = replace(m, ambiguous=False, context=f"{m.context}; {decided}")
        out.append(m)
    return out


#: A village named "near" a place lies this close to it (rule ``near_anchor``) ...
NEAR_ANCHOR_KM = 25.0
#: ... and a reading this far from it is not what the writer meant.
NEAR_ANCHOR_FAR_KM = 100.0
_NEAR_WORDS = sorted(lexicon().near_prepositions, key=len, reverse=True)
#: What may stand between a place and the place it is said to be near: "X near Y", "X, near
#: the town of Y", "X in Donetsk region, near Y", "Рівнопілля біля Гуляйполя", "Шахово — под
#: Покровском".
_NEAR_GAP = re.compile(
    r"\s*[,—–]?\s*(?:[^,;.!?()\n]{0,40},\s*)?(?:(?:"
    + "|".join(map(re.escape, _NEAR_WORDS))
    + r")\s+)(?:(?:the\s+)?(?:town|city|village|settlement)\s+of\s+)?"
    + r"(?:(?:"
    + "|".join(map(re.escape, sorted(lexicon().type_words, key=len, reverse=True)))
    + r")\.?\s+)?$",
    re.IGNORECASE,
)


def _near_anchor(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``near_anchor``: a settlement said to be near another ("Kalynivka near Chasiv Yar",
    "Рівнопілля біля Гуляйполя") is its reading within :data:`NEAR_ANCHOR_KM` of that place,
    when it has exactly one there, even if a town of its name elsewhere is the likelier reading
    alone (the town Kalynivka 686 km away), when the reading it had lies more than
    :data:`NEAR_ANCHOR_FAR_KM` away (or none was decided). Several readings there change
    nothing; the place near which must itself be read one way."""
    import numpy as np

    from .geodesy import inverse

    out = []
    readings: dict[str, list] = {}  # a name's credible point readings, looked up once
    for i, m in enumerate(mentions):
        # the next place named, past the region the village is said to lie in ("Kalynivka in
        # Donetsk region, near Chasiv Yar"): only the mentions right after it are looked at
        j = i + 1
        while j < len(mentions) and mentions[j].kind == "region" and j - i <= 3:
            j += 1
        anchor = mentions[j] if j < len(mentions) and mentions[j].kind != "region" else None
        if (
            m.kind != "settlement"
            or anchor is None
            or anchor.kind != "settlement"
            or anchor.ambiguous
            or anchor.sentence != m.sentence
            or anchor.lat is None
        ):
            out.append(m)
            continue
        start, _, sent = sents[m.sentence]
        gap = sent[m.span[1] - start : anchor.span[0] - start]
        if not _NEAR_GAP.fullmatch(gap):
            out.append(m)
            continue
        if m.text not in readings:
            found = _all_readings(gz, m.text)
            credible = [c for c in found if _credible(c, m.text) and c.place.precision == "point"]
            readings[m.text] = [c for c in credible if not _lookalike(c)] or credible  # own_name
        cands = readings[m.text]
        if not cands:
            out.append(m)
            continue
        between = [r.text for r in mentions[i + 1 : j] if r.kind == "region"]
        if between:  # "Kalynivka in Donetsk region, near Chasiv Yar": a reading in that region
            stem = key(between[0])[:5]
            cands = [c for c in cands if key(c.place.admin1 or "").startswith(stem)]
        if not cands:
            out.append(m)
            continue
        d, _ = inverse(
            anchor.lat, anchor.lon,
            np.array([c.place.lat for c in cands]), np.array([c.place.lon for c in cands]),
        )  # fmt: skip
        near = [c for c, km in zip(cands, d, strict=True) if km <= NEAR_ANCHOR_KM]
        here = next((km for c, km in zip(cands, d, strict=True) if c.place.id == m.place_id), None)
        what = f"near {anchor.text} (rule near_anchor)"
        if not near and between and here is not None and here > NEAR_ANCHOR_FAR_KM:
            # the region and the place it is said to be near disagree ("Nove in Donetsk region,
            # near Huliaipole"): neither decides
            note = (
                f"ambiguous: the text places {m.text!r} in {between[0]} and {what}, but the "
                f"reading there ({m.name}) lies {here:.0f} km from {anchor.text} and none of "
                f"the name's places in {between[0]} lies within {NEAR_ANCHOR_KM:.0f} km of it"
            )
            out.append(replace(m, ambiguous=True, context=note))
            continue
        if not near or (here is not None and here <= NEAR_ANCHOR_KM and not m.ambiguous):
            out.append(m)
            continue
        if len({c.place.id for c in near}) == 1 and (here is None or here > NEAR_ANCHOR_FAR_KM
                                                      or m.ambiguous):  # fmt: skip
            best = near[0]
            km = float(d[cands.index(best)])
            out.append(
                _mention(m.text, m.span, m.sentence, None, best,
                         f"{best.evidence[0]}; said to be {what}: {km:.0f} km from it")
            )  # fmt: skip
        else:
            out.append(m)
    return out


def _foreign_region(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``foreign_region``: a settlement the text places in a region of another country
    ("Ольговка … в Курской области", "Демидовка Краснояружского округа", "the village of
    Olgovka in Kursk region", Belgorod's governor Gladkov reporting shelling of it) is never
    one of Ukraine's places of its name: it is that country's place of the name within the
    region's reach, when the gazetteer has exactly one; else it is left off the map, with the
    reason.

    A name the anchor follows (its list: "Ольговка, Михайловка и Лебедевка в Курской
    области") always loses its Ukrainian readings. Other names of the anchor's sentence, and
    of the whole report when it names no Ukrainian oblast, lose them too unless they are read
    as written as a Ukrainian town of :data:`ANCHOR_KEEP_POPULATION` ("shelled from
    Vovchansk")."""
    import numpy as np

    from .geodesy import inverse

    w = claim_words()
    found = {si: foreign_in(sent) for si, (_, _, sent) in enumerate(sents)}
    if not any(found.values()):
        return mentions
    foreign_keys = {key(e[1].split()[0]) for hits in found.values() for _, e in hits}
    ua_named = any(anchors_in(sent) for _, _, sent in sents) or any(
        m.kind == "region" and key(m.text) not in foreign_keys for m in mentions
    )
    report = next(e for hits in found.values() for _, e in hits)
    anchors = " ".join(m.context or "" for m in mentions if not m.ambiguous)
    linked: dict = {}  # span -> entry of the names a foreign anchor follows
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for si, hits in found.items():
        start, _, sent = sents[si]
        for at, entry in sorted(hits, key=lambda h: h[0]):
            end = at
            for m in reversed([m for m in by_sentence.get(si, []) if m.span[1] - start <= at]):
                if m.kind == "region":
                    continue
                gap = sent[m.span[1] - start : end]
                if not (w.region_anchor_gap.fullmatch(gap) or w.in_region_between.fullmatch(gap)):
                    break
                linked.setdefault(m.span, entry)
                end = m.span[0] - start
    out = []
    for m in mentions:
        if m.kind != "settlement":
            out.append(m)
            continue
        entry = linked.get(m.span)
        strict = entry is not None
        if entry is None and found.get(m.sentence):
            entry = found[m.sentence][0][1]
        elif entry is None and not ua_named:
            entry = report
        if entry is None:
            out.append(m)
            continue
        _, region, country, lat, lon, reach = entry
        if m.place_id and not m.ambiguous and m.country == country:
            out.append(m)
            continue
        if not strict and m.place_id and not m.ambiguous and _town_as_written(gz, m):
            out.append(m)  # "shelled from Vovchansk": a Ukrainian town named as such
            continue
        if (
            not strict
            and not found.get(m.sentence)
            and m.place_id
            and not m.ambiguous
            and (
                any(why in (m.context or "") for why in _PLACED_BY_TEXT)
                or f"({m.text!r}, named in the same text)" in anchors
            )
        ):
            out.append(m)  # another sentence's village its neighbours placed, or that placed them
            continue
        try:
            there = [
                c for c in gz.resolve(m.text, country=country, limit=20, fuzzy=False)
                if c.match_kind in _kinds(m.text) and c.place.country == country
                and c.place.feature_class in ("P", None)
            ]  # fmt: skip
        except (PlaceNotFound, ValueError, LookupError):
            there = []
        if there:
            d, _ = inverse(lat, lon, np.array([c.place.lat for c in there]),
                           np.array([c.place.lon for c in there]))  # fmt: skip
            there = [c for c, km in zip(there, d, strict=True) if km <= reach]
        if there:  # one town's second points ("Gorod Shebekino"): the most populous
            d, _ = inverse(there[0].place.lat, there[0].place.lon,
                           np.array([c.place.lat for c in there]),
                           np.array([c.place.lon for c in there]))  # fmt: skip
            if float(d.max()) <= ONE_PLACE_KM:
                there = [max(there, key=lambda c: c.place.population or 0)]
        why = "the sentence names" if strict or found.get(m.sentence) else "the report names"
        if len({c.place.id for c in there}) == 1:
            best = there[0]
            out.append(_mention(m.text, m.span, m.sentence, None, best,
                                f"{best.evidence[0]}; in {region} ({country}), a region "
                                f"{why} (rule foreign_region)"))  # fmt: skip
            continue
        if not m.place_id and not m.ambiguous:
            out.append(m)  # nothing read: nothing to rule out
            continue
        elsewhere = f" ({m.name}, {_admin1_of(gz, m)})" if m.place_id and not m.ambiguous else ""
        has = "several places" if there else "no place"
        note = (
            f"ambiguous: the text places {m.text!r} in {region} ({country}), a region {why}, "
            f"where the gazetteer has {has} of that name; Ukraine's readings{elsewhere} are "
            "ruled out (rule foreign_region)"
        )
        out.append(replace(m, ambiguous=True, context=note))
    return out


#: Evidence that a report's own words placed a name (a neighbour, a place it is near, an
#: oblast): a foreign region the report names elsewhere does not move it (rule
#: ``foreign_region``).
_PLACED_BY_TEXT = ("decided by context", "rule near_anchor", "region the sentence names",
                   "region the report names", "hromada the text names")  # fmt: skip


def _town_as_written(gz, m: Mention) -> bool:
    """Whether a mention is read, by its name as written (no spelling variant, no other
    word), as a town of at least :data:`ANCHOR_KEEP_POPULATION` people."""
    found = _lookup(gz, m.text)
    best = next((c for c in found or () if c.place.id == m.place_id), None)
    return bool(
        best is not None
        and best.match_kind in ("exact", "inflected")
        and not _lookalike(best)
        and (best.place.population or 0) >= ANCHOR_KEEP_POPULATION
    )


def _lookalike(candidate) -> bool:
    """Whether a reading matched, as written, a name that is another word of the same stem
    than each of the place's own names (rule ``own_name``: "Kalynivka" listed for
    Kalynivskyi, "Oleksandrivka" for Oleksandrivskyi, a district named after a village): an
    adjective's suffix on one side only. A spelling of the name ("Kupiansk" for Kupyansk,
    "Novoye Zaporozh'ye" for Nove Zaporizhzhya) and a former name ("Пушкіне", Chumatske's;
    rule ``former_name``) are no look-alikes."""
    from gazetteer.names import variant

    if candidate.match_kind == "former" or _renamed(candidate):
        return False
    p = candidate.place
    names = [n for n in (p.name, p.name_uk, p.name_ru, p.name_en) if n]
    if variant(candidate.matched) in {variant(n) for n in names}:
        return False
    shaped = bool(_ADJECTIVE_NAME.search(key(candidate.matched)))
    return all(bool(_ADJECTIVE_NAME.search(key(n))) != shaped for n in names)


#: A name shaped as an adjective in -sk- (its key): Kalynivskyi, Pokrovske, Oleksandrivska.
_ADJECTIVE_NAME = re.compile(r"(?:sk|tsk|zk)(?:yi|yy|iy|ii|yj|ij|e|a|oe|oye|oie|aya|aia|ie)$")


def _renamed(candidate) -> bool:
    """Whether a reading matched a name unlike the place's current names (a former name)."""
    p = candidate.place
    own = {key(n) for n in (p.name, p.name_uk, p.name_ru, p.name_en) if n}
    return max(fuzz.ratio(key(candidate.matched), n) for n in own) < ALTERNATE_SIMILARITY


def _former_name(gz, mentions: list[Mention], sents) -> list[Mention]:
    """Rule ``former_name``: a place read by a name it once had ("Новоолександрівка",
    Melitopol's name of the 18th century) does not beat a settlement so named today in the
    report's area (the oblast most of its places lie in, or one its region anchors name): the
    name is left ambiguous unless the report's places or an oblast it names decide (later
    rules)."""
    from collections import Counter

    area = {oblast for _, _, sent in sents for _, oblast in anchors_in(sent)}
    oblasts = Counter()
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and not found.ambiguous and not _renamed(found.best):
            oblasts[found.best.place.admin1] += 1
    area |= {oblasts.most_common(1)[0][0]} if oblasts else set()
    # a report that names no area: any Ukrainian settlement so named today is a rival
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and m.place_id else None
        if found is not None and not m.ambiguous and found.best.place.id == m.place_id:
            if not _renamed(found.best):
                out.append(m)
                continue
            rivals = gz.resolve(m.text, limit=None, fuzzy=False)[1:]
            if any(
                (c.place.admin1 in area if area else c.place.country == "UA")
                and c.match_kind in _kinds(m.text)
                and not _renamed(c)
                for c in rivals
            ):
                m = replace(m, ambiguous=True)
        out.append(m)
    return out


#: The note of a name whose region the text states and holds no place of it (rule
#: ``region_rules_out``): no other reading of the report may place it.
_RULED_OUT = re.compile(r"where the gazetteer has no place of that name")


def _same_place(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``same_place``: a name left ambiguous that one of its readings makes a place the
    report names decidedly under another spelling or case ("Sergeevka" beside "Sergiivka",
    "Високого" beside "Високе") is that place. So is a name read only through an inflection
    or a spelling variant ("Никифоровці", the Russian spelling "Никифоровка" inflected) that
    the gazetteer puts elsewhere, when its nominative is another spelling of a name the
    report writes as it is ("Никифорівка") and one of its readings is that place: one
    village is not drawn at two points 13 km apart (rule ``same_place_spelling``)."""
    decided = {m.place_id for m in mentions if m.kind == "settlement" and m.place_id
               and not m.ambiguous}  # fmt: skip
    mentions = _same_place_spelling(gz, mentions)
    out = []
    for m in mentions:
        if (
            m.kind == "settlement"
            and m.ambiguous
            and decided
            and not _RULED_OUT.search(m.context or "")
        ):
            try:
                readings = gz.resolve(m.text, limit=None, fuzzy=False)
            except PlaceNotFound:
                readings = []
            # a spelling variant too: the report spells the place it named one way here, but a
            # variant of an inflected form, or one that adds or drops a final vowel, is another
            # name ("Pokrovske" beside "Pokrovsk": a village and a city)
            inflected = any(c.match_kind == "inflected" for c in readings)
            named = [
                c for c in readings
                if c.place.id in decided and c.match_kind != "fuzzy"
                and (c.match_kind != "variant"
                     or (not inflected and _same_ending(c.matched, m.text)))
            ]  # fmt: skip
            # a village that bears the name today in the named place's oblast beats the named
            # place's former name ("Hrodivka, a village east of Myrnohrad"; Dzerzhinsk, which
            # no town of Donetsk Oblast is called today, is still Toretsk)
            named = [
                c for c in named
                if c.match_kind != "former"
                or not any(o.match_kind == "exact" and o.place.admin1 == c.place.admin1
                           and o.place.id != c.place.id for o in readings)
            ]  # fmt: skip
            if len({c.place.id for c in named}) == 1:
                m = _mention(m.text, m.span, m.sentence, None, named[0],
                             f"{named[0].evidence[0]}; the place the report names so elsewhere")  # fmt: skip
        out.append(m)
    return out


#: How many people a namesake needs to be a town among villages (rule ``town_among_villages``),
#: how many times more than any other namesake, how near the report's other places must lie,
#: and within what distance two readings are one place (a town and its own second point).
TOWN_POPULATION, TOWN_RATIO, FRONT_KM, ONE_PLACE_KM = 10_000, 10, 100.0, 5.0


def _town_among_villages(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``town_among_villages``: a name left ambiguous between a town and villages
    ("Avdiivka", a city of ~35,000 people, and two tiny Chernihiv-oblast Avdiivkas) is the town
    when all of these hold:

    * the town has at least :data:`TOWN_POPULATION` people and :data:`TOWN_RATIO` times as
      many as every other namesake (one with no population counts as none; readings within
      :data:`ONE_PLACE_KM` of the town are the town's own second points);
    * the report names other places it decides, at least one within :data:`FRONT_KM` of the
      town, and none within :data:`FRONT_KM` of another namesake — the report is about the
      town's part of the front, not the villages' region.

    Otherwise the name stays ambiguous: two towns, or a report whose places lie near both the
    town and a village, or one that names no other place, never pick one.
    """
    from gazetteer.store import haversine_matrix

    points = {(m.text, m.lat, m.lon) for m in mentions
              if m.kind == "settlement" and m.place_id and not m.ambiguous and m.lat is not None}  # fmt: skip
    if not points:
        return mentions
    towns: dict[str, Candidate | None] = {}  # decided once per name: a list repeats names

    def town_of(name: str) -> Candidate | None:
        try:
            readings = [c for c in gz.resolve(name, limit=None, fuzzy=False)
                        if c.match_kind in _kinds(name)]  # fmt: skip
        except PlaceNotFound:
            return None
        town = max(readings, key=lambda c: c.place.population or 0, default=None)
        people = (town.place.population or 0) if town is not None else 0
        if people < TOWN_POPULATION:
            return None
        here = (town.place.lat, town.place.lon)
        places = [c.place for c in readings]
        apart = haversine_matrix([here], [(p.lat, p.lon) for p in places])[0] > ONE_PLACE_KM
        others = [p for p, far in zip(places, apart, strict=True) if far]
        near = sorted({(lat, lon) for text, lat, lon in points if text != name})
        if not others or not near or any((p.population or 0) * TOWN_RATIO > people for p in others):
            return None
        if not (haversine_matrix([here], near) <= FRONT_KM).any():
            return None
        if (haversine_matrix([(p.lat, p.lon) for p in others], near) <= FRONT_KM).any():
            return None
        return town

    out = []
    for m in mentions:
        if m.kind == "settlement" and m.ambiguous and not _RULED_OUT.search(m.context or ""):
            if m.text not in towns:
                towns[m.text] = town_of(m.text)
            if (town := towns[m.text]) is not None:
                people = town.place.population or 0
                m = _mention(m.text, m.span, m.sentence, None, town,
                             f"{town.evidence[0]}; a town of {people:,} people among villages "
                             f"of its name, by the report's other places within {FRONT_KM:.0f} km")  # fmt: skip
        out.append(m)
    return out


def _same_ending(a: str, b: str) -> bool:
    """Whether two spellings both end in a vowel or both in a consonant: the spelling skeleton
    drops a final vowel, so "Pokrovske" (a village) and "Pokrovsk" (a city) share it."""
    from gazetteer.names import key

    ka, kb = key(a), key(b)
    return bool(ka and kb) and (ka[-1] in "aeiouy") == (kb[-1] in "aeiouy")


def _same_place_spelling(gz, mentions: list[Mention]) -> list[Mention]:
    """Rule ``same_place_spelling`` (see :func:`_same_place`)."""
    from gazetteer.inflection import lemmas
    from gazetteer.names import variant

    # a name's spelling skeleton -> (place, the name as written) of the places read as written
    written: dict[str, set[tuple[str, str]]] = {}
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and not m.ambiguous else None
        if found is not None and m.place_id and found.best.match_kind == "exact":
            written.setdefault(variant(m.text), set()).add((m.place_id, m.text))
    if not written:
        return mentions
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" and m.place_id else None
        if found is not None and found.best.match_kind in ("inflected", "variant"):
            # an inflected name's own ending is a case ending: its nominatives are compared
            readings = tuple(lemmas(m.text))
            if found.best.match_kind == "inflected" and readings:
                nominatives = readings
            else:
                nominatives = (m.text, *readings)
            ids = {
                pid
                for n in nominatives
                for pid, name in written.get(variant(n), ())
                if _same_ending(n, name)
            }
            if len(ids) == 1 and m.place_id not in ids:
                (pid,) = ids
                readings = []
                for n in nominatives:
                    with suppress(PlaceNotFound):
                        readings += gz.resolve(n, limit=None, fuzzy=False)
                same = next((c for c in readings if c.place.id == pid), None)
                if same is not None:
                    m = _mention(m.text, m.span, m.sentence, None, same,
                                 f"{same.evidence[0]}; the place the report names so elsewhere")  # fmt: skip
        out.append(m)
    return out


#: The readings of a mention an anchor in the text made (rules ``in_region``,
#: ``region_anchor``, ``in_hromada``): only these override the statements' joint readings.
_ANCHORED = re.compile(r"region the (?:sentence|report) names|hromada the text names")
#: Anchors the text gives the name itself: a region its sentence names, its hromada. An oblast
#: the report names elsewhere (about other places, perhaps) reads the mention there, but it
#: does not rule out the name's readings in other oblasts for a statement (rule
#: ``region_anchor``): "In Sumy region, two people were injured … Pokrovka, which lies 120 km
#: west of Kupiansk" is not measured from the Sumy Pokrovka alone.
_TEXT_ANCHORED = re.compile(r"region the sentence names|hromada the text names")


def _as_mentions(context: dict, mentions: list[Mention]) -> dict:
    """The joint readings with each name the report's mentions read one way (by a region
    anchor, the report's context or a decided namesake) put first: a statement measures the
    place its sentence's claim is drawn at (rule ``region_anchor``)."""
    read: dict[str, set] = {}
    by_raion: set[str] = set()
    bare: set[str] = set()
    for m in mentions:
        if m.kind != "settlement" or not _TEXT_ANCHORED.search(m.context or ""):
            continue
        # the statement names the place without its place-type word ("Село П’ятихатки …
        # розташоване за 16 км …" measures "П’ятихатки"): both names are read so
        for text in dict.fromkeys((m.text, place_name(m.text) or m.text)):
            if text in context:
                if text != m.text:
                    bare.add(text)
                read.setdefault(text, set()).add(None if m.ambiguous else m.place_id)
                if " raion, a region the sentence names" in (m.context or ""):
                    by_raion.add(text)
    out = dict(context)
    for name, ids in read.items():
        if len(ids) != 1 or None in ids:
            continue
        (pid,) = ids
        cands = context[name]
        raion = name in by_raion
        chosen = next((c for c in cands if c.place.id == pid), None)
        if chosen is None:
            continue
        # the region (or hromada) that anchors the name rules out its readings in other
        # oblasts; a raion the sentence names leaves no other reading (rule in_raion)
        oblast = (chosen.place.country, chosen.place.admin1_code)
        rest = [
            c for c in cands
            if c.place.id != pid and not raion and (c.place.country, c.place.admin1_code) == oblast
        ]  # fmt: skip
        if chosen is cands.best and not cands.ambiguous and len(rest) == len(cands) - 1:
            continue
        if name in bare and chosen.match_kind not in ("exact", "former", "inflected"):
            continue  # the bare name matches that place only by another spelling
        first = replace(chosen, ambiguous=False)
        out[name] = Candidates([first, *rest], query=name, ambiguous=False, tried=cands.tried)
    return out


def _as_written(gz, m: Mention) -> str:
    """The name an ambiguous mention is shown under: its first reading's when that reading
    bears the name today, else the name the reading matched (a claim on "Новоолександрівка"
    is shown as Novooleksandrivka, not as Melitopol; rule ``former_name``)."""
    try:
        best = next(
            c for c in gz.resolve(m.text, limit=None, fuzzy=False) if c.place.id == m.place_id
        )
    except (PlaceNotFound, StopIteration):
        return m.name
    return best.matched if _renamed(best) else m.name


#: Readings an ambiguous place's note lists (the rest are counted).
SHOWN_READINGS = 5


def _readings_note(gz, m: Mention, region: str | None = None) -> str:
    """Why a place is left off the map, and what would place it: ``"ambiguous: 4 places are
    named 'Blahodatne' — Blahodatne (Volnovakha Raion, Donetsk Oblast, UA), …; the report does
    not decide: naming the raion, the oblast or a village beside it would"``; with the
    ``region`` the text names, its readings there (``"… named 'Садовое' in Kharkiv Oblast"``)."""
    if m.context.startswith("ambiguous:"):
        return m.context  # already told, with the region the text names
    try:
        found = gz.resolve(m.text, in_admin=region, limit=None, fuzzy=False)
    except (PlaceNotFound, ValueError, LookupError):
        found = []
    found = [c for c in found if c.match_kind in _kinds(m.text)]
    found = [c for c in found if not _lookalike(c)] or found  # places so named (rule own_name)
    readings = list(
        {
            c.place.id: f"{c.place.name} ({c.place.admin_path}; {c.place.lat:.3f}, {c.place.lon:.3f})"
            for c in found
            if region is None or c.place.admin1 == region
        }.values()
    )
    shown = "; ".join(readings[:SHOWN_READINGS])
    more = f"; and {len(readings) - SHOWN_READINGS} more" if len(readings) > SHOWN_READINGS else ""
    where = f" in {region}" if region and readings else ""
    decide = (
        "the raion or a village beside it"
        if where
        else "the raion, the oblast or a village beside it"
    )
    return (
        f"ambiguous: {len(readings) or 'several'} places are named {m.text!r}{where}"
        + (f" — {shown}{more}" if shown else "")
        + f"; the report does not decide: naming {decide} would"
    )


def _mention(text, span, sentence, found, best, context) -> Mention:
    """A settlement mention placed at ``best``; ambiguous when ``found`` is (None: decided)."""
    p = best.place
    return Mention(text, span, sentence, "settlement", p.id, p.name, p.lat, p.lon, best.score,
                   context, p.precision, p.radius_km if p.precision != "point" else None, p.source,
                   bool(found is not None and found.ambiguous), p.country)  # fmt: skip


_LOOKUPS: dict = {}


def _kinds(text: str) -> tuple[str, ...]:
    """Match kinds that name a place: Ukrainian and Russian names are inflected ("Торецька"),
    and a Cyrillic name without Ukrainian letters may be the Russian spelling of a Ukrainian
    village ("Иванополье", "Васюковку": Іванопілля, Васюківка), which only the gazetteer's
    spelling-variant key reaches (rule ``russian_spelling``; see :func:`_credible`)."""
    if not _CYRILLIC.search(text):
        return ("exact", "former")
    if writes_own_letters(text, "uk"):
        return ("exact", "former", "inflected")
    return ("exact", "former", "inflected", "variant")


def _lookup(gz, text):
    k = (id(gz), text)
    if k not in _LOOKUPS:
        try:
            found = gz.resolve(text, limit=3, fuzzy=False)
            _LOOKUPS[k] = found if found.best.match_kind in _kinds(text) else None
        except PlaceNotFound:
            _LOOKUPS[k] = None
    return _LOOKUPS[k]


def _placed(target: Mention) -> tuple:
    """``(lat, lon, place_id)`` of a claim: none for a name the report leaves ambiguous."""
    if target.ambiguous:
        return None, None, None
    return target.lat, target.lon, target.place_id


def _placing(target: Mention) -> tuple:
    """``(precision, radius_km, place_source, resolution, resolution_note)`` of a claim."""
    if target.ambiguous:
        return None, None, None, "ambiguous", target.context
    if target.kind == "unresolved":
        return None, None, None, "unresolved", target.context
    return target.precision, target.radius_km, target.source, "resolved", target.context


_EN_DATE = re.compile(
    r"\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,\s*(\d{4}))?\b"  # "January 4th"
    r"|\b(?:\d{1,2}[-–])?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([A-Za-z]{3,9})\b(?:\s+(\d{4}))?"  # "8-9 August": the 9th
)
#: A Cyrillic day and month ("12 лютого", "8–14 февраля"); the day may carry its ordinal ending
#: ("12-го лютого", "11-е февраля"; rule ``ordinal_day``).
_CY_DATE = re.compile(
    r"\b(?:\d{1,2}[-–])?(\d{1,2})(?:-(?:го|ого|е|те))?\s+([а-яіїєґё]+)(?:\s+(\d{4}))?", re.I
)
_WORD_RUN = re.compile(r"[\w’'-]+")
_DIGIT = re.compile(r"\d")


#: Days a span of dates may cover and still date its claims to a week ("с 8 по 14 февраля").
WEEK_DAYS = 7


@lru_cache(maxsize=4096)
def _dates(sent: str, published: Date) -> tuple[tuple[int, Date, str], ...]:
    """Absolute dates in a sentence: ``(offset, date, precision)`` (en/uk/ru month names).

    A span of days (rule ``date_range``: "з 8 по 14 лютого", "8–14 февраля") is dated by its
    last day, with week precision (month beyond :data:`WEEK_DAYS` days); a night ("8-9
    August", "в ночь на 12 февраля") is the day it ends on. Read once per sentence and
    publication date (a claim's sentence is asked for its dates several times); a sentence
    without a digit has none.
    """
    w = claim_words()
    out = [
        (m.start(), day, "day")
        for m in w.ordinal_date.finditer(sent)
        if (day := _ordinal_day(m, published, w)) is not None
    ]  # rule ordinal_date: "Первого февраля"
    if not _DIGIT.search(sent):
        return tuple(out)
    months = w.months
    spans = []
    for m in w.date_range.finditer(sent):
        month = months.get(m[4].lower())
        first_month = months.get(m[2].lower()) if m[2] else month
        if month is None or first_month is None:
            continue
        y = int(m[5]) if m[5] else published.year - (1 if month > published.month else 0)
        try:
            last = Date(y, month, int(m[3]))
            first = Date(y - (first_month > month), first_month, int(m[1]))
        except ValueError:
            continue
        days = (last - first).days
        if days < 0:
            continue
        out.append(
            (m.start(), last, "day" if days <= 1 else "week" if days <= WEEK_DAYS else "month")
        )
        spans.append((m.start(), m.end()))
    for m in list(_EN_DATE.finditer(sent)) + list(_CY_DATE.finditer(sent)):
        groups = m.groups()
        if m.re is _EN_DATE:
            name, day, year = (
                (groups[0], groups[1], groups[2])
                if groups[0]
                else (groups[4], groups[3], groups[5])
            )
        else:
            day, name, year = groups
        month = months.get(name.lower())
        if month is None or any(a <= m.start() < b for a, b in spans):
            continue
        y = int(year) if year else published.year - (1 if month > published.month else 0)
        precision = "day"
        if m.re is _CY_DATE and m[0][:1].isdigit() and _CY_FIRST_DAY.match(m[0]):
            span = int(day) - int(_CY_FIRST_DAY.match(m[0])[1])
            precision = "day" if span <= 1 else "week" if span <= WEEK_DAYS else "month"
        try:
            out.append((m.start(), Date(y, month, int(day)), precision))
        except ValueError:
            continue
    for m in _NUMERIC_DATE.finditer(sent):  # rule numeric_date: "04.03.2025"
        try:
            out.append((m.start(), Date(int(m[3]), int(m[2]), int(m[1])), "day"))
        except ValueError:
            continue
    return tuple(sorted(out, key=lambda d: d[0]))


def _ordinal_day(m: re.Match, published: Date, w: ClaimWords) -> Date | None:
    """The day an ``ordinal_date`` match names, in the year before publication's when its
    month is later than publication's (as for a day in figures)."""
    month = w.months.get(m["month"].lower())
    if month is None:
        return None
    y = int(m["year"]) if m["year"] else published.year - (1 if month > published.month else 0)
    with suppress(ValueError):
        return Date(y, month, w.day_ordinals[" ".join(m["day"].lower().split())])
    return None


#: A day written in figures with its year, day first ("04.03.2025", "4.03.2025"; rule
#: ``numeric_date``), as Ukrainian and Russian bulletins stamp their reports.
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|\.\d)")

_CY_FIRST_DAY = re.compile(r"(\d{1,2})[-–]\d")


@lru_cache(maxsize=8)
def _triggered(languages: tuple[str, ...] = LANGUAGES) -> tuple[Triggered, Triggered]:
    """Claimant and action patterns, each with the words that must be present to match."""
    w = claim_words(languages)
    return Triggered(w.claimants), Triggered(w.actions)


def report_language(text: str) -> str:
    """``"uk"`` or ``"ru"``: the Cyrillic language the text is written in, by evidence (its
    own letters, else its own words and endings: :func:`lexicon.cyrillic_language`); ``"en"``
    for a text without Cyrillic; ``""`` when the evidence is even (rule ``language_cues``)."""
    if not _CYRILLIC.search(text):
        return "en"
    lang = cyrillic_language(text)
    if lang:
        return lang
    if len(text.split()) > UKRAINIAN_WITHOUT_I:
        return "ru"  # a Ukrainian text of several words without і, ї, є or ґ is very rare
    return ""


#: Words a Ukrainian text may run to without one of its own letters (і, ї, є, ґ).
UKRAINIAN_WITHOUT_I = 6


def sentence_languages(sent: str, report: str = "en") -> tuple[str, ...]:
    """The lexicons a sentence is read with: English, plus its Cyrillic language: the one
    whose own letters it writes, else the report's, else the one its own words and endings
    tell; both when nothing tells them apart (rule ``language_cues``: a short line of names
    and shared words is read with both rather than a guess)."""
    if not _CYRILLIC.search(sent):
        return ("en",)
    lang = own_letters_language(sent) or (report if report in ("uk", "ru") else None)
    lang = lang or cyrillic_language(sent)
    return ("en", lang) if lang else LANGUAGES


@lru_cache(maxsize=4096)
def _lexicon_claimants(
    sent: str, languages: tuple[str, ...]
) -> tuple[tuple[int, int, str, str, str], ...]:
    """The lexicon's claimants in a sentence, unordered (one scan per sentence and languages:
    a report's sentences are read for claimants several times)."""
    return tuple(
        (m.start(), m.end(), name, side, kind)
        for pattern, name, side, kind in _triggered(languages)[0].present(sent)
        for m in pattern.finditer(sent)
    )


def _claimants_in(
    sent: str, people: dict, languages: tuple[str, ...] = LANGUAGES
) -> list[tuple[int, int, str, str, str]]:
    """Every claimant named in a sentence: ``(start, end, name, side, kind)``, by position."""
    found = list(_lexicon_claimants(sent, languages))
    for stem, who in people.items():
        if stem in sent:
            found += [
                (m.start(), m.end(), *who) for m in re.finditer(rf"\b{re.escape(stem)}\w*", sent)
            ]
    # at one position the longest match wins
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    # words inside a claimant's description are not a claimant of their own ("DeepState, a
    # popular Ukrainian military blog, said": the blog speaks, not the Ukrainian military)
    described = [(f[1], f[1] + m.end()) for f in out if (m := _APPOSITIVE.match(sent, f[1]))]
    return [f for f in out if not any(a < f[0] < b for a, b in described)]


_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,.;]{0,60},")


#: A person's given name or surname: capitalised, not an acronym ("ВС России", "ЗСУ Олег")
_NAME = r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґёʼ’'-][\w’'-]*"
_NAME_AFTER = re.compile(rf"\s*(?:[«\"“][^»\"”]{{1,40}}[»\"”]\s*)?,?\s*({_NAME})\s+({_NAME})")
_NAME_BEFORE = re.compile(rf"({_NAME})\s+({_NAME}),\s+(?:(?:a|the|an)\s+)?[\w\s’'-]{{0,40}}$")


#: How far before a claimant its name (``_NAME_BEFORE``) is looked for (its agent word, "by",
#: "з боку", within :data:`AGENT_REACH`): an end-anchored pattern searched from the sentence's
#: start made each look linear in the sentence, a long one quadratic.
_NAME_REACH = 160


def _withdrawal_destinations(sent: str, actions: list, targets: list, w) -> dict:
    """``{withdrawal's start: (start, end) of its words of going}``: the first match of
    ``withdrawal_destination`` after the first place after each withdrawal (rule
    ``withdrawal_destination``)."""
    out = {}
    for act in actions:
        if act[2] != "withdrawn":
            continue
        at = next((r for r, t in targets if r >= act[1]), None)
        gap = None if at is None else sent[act[1] : at]
        if gap is not None and not w.withdrawal_origin.search(gap) and _CLAUSE_GAP.fullmatch(gap):
            # rule withdrawal_to: "pulled back to positions on the outskirts of X", "відійшли
            # на нові позиції під X": only where they went is named, no place withdrawn from
            cue = w.withdrawal_destination.search(sent, act[1], at)
            if cue:
                out[act[0]] = (cue.start(), cue.end())
                continue
        first = None if at is None else at + len(next(t for r, t in targets if r == at).text)
        cue = None if first is None else w.withdrawal_destination.search(sent, first)
        if cue:
            out[act[0]] = (cue.start(), cue.end())
    return out


#: A year in a sentence: what it tells may be history ("окупанти захопили X у лютому 2024
#: року"), no voice is given to it by rule ``own_side_voice``.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: The words between a withdrawal and the first place after it, in its own clause (rule
#: ``withdrawal_to``).
_CLAUSE_GAP = re.compile(r"[^,;:.!?()«»\"“”]{0,80}")


def _introduce(sent: str, claimants: list, people: dict, places: list[int] = ()) -> None:
    """Remember people introduced with a role ("Nazar Voloshyn, a spokesman for …", "речник
    ОСУВ «Дніпро» Віктор Трегубов"): later sentences naming them keep that role.

    Two capitalised words that are a place the sentence names (``places``: the starts of its
    settlements) are no person ("… the stronghold of Chasiv Yar, a Ukrainian military official
    said" introduces nobody called Yar).
    """
    for start, end, name, side, kind in claimants:
        after = _NAME_AFTER.match(sent, end)
        before = _NAME_BEFORE.search(sent, max(0, start - _NAME_REACH), start)
        for m in (after, before):
            if m and not any(m.start(1) <= p < m.end(2) for p in places):
                surname = m.group(2)
                stem = surname[: max(4, len(surname) - 2)] if _CYRILLIC.search(surname) else surname
                people.setdefault(stem, (name, side, kind))


def _introduced_speakers(sent: str, who_here: list, w: ClaimWords) -> list:
    """Rule ``introduced_speaker``: a person introduced with a role in this very sentence,
    after a word of saying ("according to Andrii Besedin, head of the city military
    administration"; "…, said Oleh Syniehubov, governor of the Kharkiv region") speaks for
    that role here, not only in later sentences: ``who_here`` with that person added."""
    out = list(who_here)
    for c in who_here:
        m = _NAME_BEFORE.search(sent, max(0, c[0] - _NAME_REACH), c[0])
        if m is None or any(o[0] <= m.start(1) < o[1] for o in out):
            continue
        if w.speech_before.search(sent[max(0, m.start() - SPEECH_BEFORE) : m.start()]):
            out.append((m.start(1), m.end(2), *c[2:]))
    return sorted(out)


_JOINED = re.compile(_LIST_JOIN)


def _listed_with_settlement(sent: str, start: int, m: Mention, places, w) -> bool:
    """Rule ``settlement_list``: whether a Cyrillic oblast centre's bare name stands in a list
    beside a settlement that is no oblast centre ("Херсон, Антонівка та Білозерка", "под
    огневым поражением находились Херсон, Антоновка"): Ukrainian and Russian name an oblast
    by its adjective or its "-щина", so the bare name listed among villages is the city.
    ``places``: the sentence's places in order of their starts."""
    if not _CYRILLIC.search(m.text):
        return False
    i = bisect_left(places, m.span[0], key=lambda o: o.span[0])
    # only a name right beside it can be listed with it: its neighbours (a long list: linear)
    for o in places[max(0, i - 2) : i + 3]:
        lo, hi = (o.span[1], m.span[0]) if o.span[1] <= m.span[0] else (m.span[1], o.span[0])
        if not 0 <= hi - lo <= _JOIN_REACH or o is m or o.kind != "settlement":
            continue
        if key(o.text) not in w.oblast_centres and _JOINED.fullmatch(sent, lo - start, hi - start):
            return True
    return False


#: The most characters a list's join between two names spans (", ", " та ", " and ").
_JOIN_REACH = 40


class _Covering:
    """Spans of a sentence asked whether one covers a position (``any(a <= x < b …)``) in
    log time: a run-on sentence asks it of each of its n places about n spans (quadratic)."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def covers(self, x: int) -> bool:
        i = bisect_right(self._starts, x)
        return i > 0 and self._reach[i - 1] > x

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that start after ``lo`` and before ``hi``."""
        return self.spans[bisect_right(self._starts, lo) : bisect_left(self._starts, hi)]


def _excluded(
    sent: str,
    rel: int,
    end: int,
    axis_spans,
    mention: Mention,
    w,
    attributed: bool = False,
    listed: bool = False,
) -> str | None:
    """Why a mention at ``sent[rel:end]`` is no claim's place (a reference, an axis…), or None.

    A reference followed by a relative clause is that clause's place when the sentence names
    who says so (``attributed``): "… southwest of Kurakhove, which Russian troops have
    stormed, according to DeepState".
    """
    if (
        {key(mention.text), key(mention.name or "")} & w.oblast_centres
        and not (
            listed
            or w.city_cue.search(sent[max(0, rel - 20) : rel])
            or w.city_cue.match(sent[end:])
            or w.centre_target_before.search(sent[max(0, rel - 60) : rel])
            or (
                " " not in mention.text  # the bare name, not "Sumy Oblast"
                and w.centre_target_in_before.search(sent[max(0, rel - 60) : rel])
                and not w.non_place_after.match(sent, end)
            )
        )
    ):
        return "an oblast's name, not said to be the city"
    k = key(mention.text)
    if k in w.capitals and (
        not w.location_before.search(sent[max(0, rel - 20) : rel])
        or w.capital_actor_after.match(sent, rel + len(mention.text))
    ):
        return "a capital standing for its government ('Kyiv said', 'Kyiv's counteroffensive')"
    if mention.country is not None and mention.country not in CLAIM_COUNTRIES:
        return "outside_theatre: a place outside the war's theatre"
    # a given name the key starts with, the key at most 2 characters longer (3 set lookups)
    if any(k[:n] in w.given_names for n in range(max(0, len(k) - 2), len(k) + 1)):
        return "a given name"
    if axis_spans.covers(rel):
        return "axis"
    window = sent[max(0, rel - 80) : rel]
    if (
        may_hold_between(w.reference_before, window, 0, len(window))
        and w.reference_before.search(window)
        and not (attributed and w.relative_after.match(sent, end))
        and not (w.reference_claimed.search(window) and not w.reference_narrowed.match(sent, end))
    ):
        return "location reference"
    if w.unit_after.match(sent, end):
        return "a unit's name (rule unit_after)"
    if w.description_after.match(sent, end):
        return DESCRIBED
    if w.non_place_after.match(sent, end) or _adjectives_before_region(sent, rel, end, w):
        return "region, axis or other non-settlement"
    if rel and sent[rel - 1] in "«„\"“'‘" and sent[end : end + 1] in ("»", "“", "”", '"', "'", "’"):
        # "«Дніпро»", "the 'Kursk' operation": the quotes hold just the name; a quote that
        # opens on a place ('"Chasiv Yar is under our control," he said') is no name
        return "a quoted name (a unit or operation)"
    return None


#: An article a capitalised run of words may open with ("The Khortytsia group").
_ARTICLE = re.compile(r"(?:The|the|A|An)\s+")

#: Why :func:`_excluded` leaves out a place the sentence describes ("X lies 10 km …").
DESCRIBED = "a place the sentence describes"

_CAP_WORD = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w’'-]*")


def _adjectives_before_region(sent: str, rel: int, end: int, w: ClaimWords) -> bool:
    """Rule ``region_adjective_list``: an adjective-shaped name that opens a list of such
    adjectives ending in a region word is a raion, oblast or axis, not a settlement
    ("Харківського, Куп'янського та Чугуївського районів", "Днепропетровской и Запорожской
    областях")."""
    if not _ADJECTIVE.search(sent[rel:end].lower()):
        return False
    pos = end
    while (link := w.list_link.match(sent, pos)) and (word := _CAP_WORD.match(sent, link.end())):
        if not _ADJECTIVE.search(word.group().lower()):
            return False
        pos = word.end()
        if w.non_place_after.match(sent, pos):
            return True
    return False


def extract(
    text: str,
    gz,
    *,
    published: Date | str | None = None,
    source: str | None = None,
    series=None,
) -> Extraction:
    """Find mentions, distance statements (verified) and dated claims in a report.

    ``series`` (a dated front-line :class:`frontmap.frontline.Series`) checks the report's
    distances to the front line on its publication date.
    """
    if isinstance(published, str):
        from .claims import parse_date
        from .errors import FrontmapError

        try:
            published = parse_date(published).start
        except ValueError as exc:
            raise FrontmapError(f"--published {published!r}: {exc}") from exc
    published_from = "given"
    if published is None:
        found = published_in(text)
        if found is not None:
            published, written = found
            published_from = f"read from the text ({written!r})"
        else:
            published, published_from = Date.today(), "not given: today"
    sents = sentences(text)
    result = Extraction(sents, published=published, published_from=published_from)
    mentions = _with_report_context(gz, _former_name(gz, _find_mentions(gz, sents), sents), sents)
    mentions = _in_hromada(gz, _in_region(gz, _by_joint_context(gz, mentions), sents), sents)
    mentions = _near_anchor(gz, _in_raion(gz, mentions, sents), sents)
    result.mentions = [
        replace(m, name=_as_written(gz, m), context=_readings_note(gz, m))
        if m.ambiguous and m.kind == "settlement"
        else m
        for m in _foreign_region(gz, _same_place(gz, _town_among_villages(gz, mentions)), sents)
    ]
    by_sentence: dict[int, list[Mention]] = {}
    for mention in result.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)

    parsed = []
    for si, (_, _, sent) in enumerate(sents):
        if not (_DIGIT.search(sent) or _MEASURE_HINT.search(sent.lower())):
            continue  # no number and no compass word: no statement to parse
        start = sents[si][0]
        first_at: dict[str, int] = {}  # where a subject shared by coordinated statements is read
        named_refs: set[str] = set()  # the places this sentence's statements measure from
        subjects: list[str] = []  # the places this sentence's statements measured
        read_before: dict[str, str] = {}  # a subject read from the sentence before -> its note
        for st in parse(sent):
            if st.relation not in _CHECKED:
                continue
            said = (st.subject, st.subject_kind)  # the subject as written, before any inference
            subject_at = first_at.setdefault((st.subject or "").lower(), st.span[0])
            st, note = _antecedent(
                st, si, start, sents, by_sentence, subject_at=start + subject_at,
                refs=named_refs, subjects=subjects, gz=gz,
            )  # fmt: skip
            origin = note
            if note.endswith(_MEASURED_EARLIER) and st.subject in read_before:
                # rule coordinated_antecedent: "It lies 55 km northwest of Donetsk and 20 km
                # south of Kramatorsk" — the second measure's "It" is the first's, read from
                # the sentence before: judged as that reading
                first = read_before[st.subject]
                if first.partition(" read as ")[0] == note.partition(" read as ")[0]:
                    origin = first
            elif st.subject and note.endswith(_FROM_BEFORE) and note.count(" read as ") == 1:
                read_before.setdefault(st.subject, note)
            if st.reference:
                named_refs.add(st.reference)
            if st.subject and st.subject_kind == "place":
                subjects.append(st.subject)
            parsed.append((si, st, note, said, origin))
    decided: dict = {}  # a name -> the reading a statement's figure fits, and how sure
    if parsed:
        # the statements' places are resolved jointly with every place the report names
        names = statement_names(st for _, st, _, _, _ in parsed)
        names += [m.text for m in result.mentions if m.kind == "settlement"]
        context = _as_mentions(resolve_context(gz, names), result.mentions)
        measured_from: dict = {}  # (sentence, subject) -> the places its statements measure from
        for si, st, _, _, _ in parsed:
            measured_from.setdefault((si, st.subject), set()).add((st.reference or "").lower())
        for si, st, note, said, origin in parsed:
            st = _seat_apposition(st)
            st, here, capital_note = _capital_of_country(st, gz, context)
            st, here, seat_note = _oblast_centre(st, gz, here)
            note = " ".join(x for x in (note, capital_note, seat_note) if x)
            v = verify(st, gz, context=here, date=published, series=series)
            refs = measured_from.get((si, st.subject), ())
            if (
                note
                and v.verdict == "inconsistent"
                and _sole_antecedent(
                    st, origin, si, sents, by_sentence, said=said, gz=gz, refs=refs
                )
            ):
                # rule sole_antecedent: "Лисичанск — город в Луганской области. Он расположен в
                # 140 км …": the sentence before names one place and nothing else, the
                # statement's own sentence none but its reference — the reading is the text's
                v = replace(v, explanation=f"{v.explanation} {note} (rule sole_antecedent)")
            elif note and v.verdict == "inconsistent":
                # a place read from the text around is an inference: it never makes an alarm
                v = replace(
                    v,
                    verdict="unverifiable",
                    reason=f"{note} Read so the statement is inconsistent, but the sentence "
                    "does not name the place itself: check which place is meant",
                    explanation=f"Unverifiable: {note} Read so: {v.explanation}",
                )
            elif note and v.verdict in ("consistent", "loose") and v.decided_by_figure:
                # a place read from the text around, and then the namesake the figure fits: two
                # inferences — the figure may not pick the reading of a place the text never names
                v = replace(
                    v,
                    verdict="ambiguous",
                    reason=f"{note} The name has several readings and they disagree",
                    explanation=f"Ambiguous: {note} Its readings disagree: {v.explanation}",
                )
            elif note:
                v = replace(v, explanation=f"{v.explanation} {note}")
            result.verdicts.append((si, v))
            _figure_readings(gz, v, si, sents[si][2], here, decided)
    if decided:
        result.mentions = [_decided_by_figure(gz, m, decided) for m in result.mentions]
        by_sentence = {}
        for mention in result.mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    areas = [_admin_area(gz, m) for m in result.mentions]
    if any(a is not m for a, m in zip(areas, result.mentions, strict=True)):
        # rule admin_area: claims only (the mentions keep their readings for the statements)
        by_sentence = {}
        for mention in areas:
            by_sentence.setdefault(mention.sentence, []).append(mention)
    result.claims = _claims(
        sents, _without_datelines(sents, by_sentence), published, _paragraphs(text, sents)
    )
    return result


#: The most people a place may have for a village's description ("the village", "село") read
#: as it to call a statement inconsistent (rule sole_antecedent): a town is no village.
VILLAGE_SURE_POPULATION = 10_000

#: The note of :func:`_antecedent` that reads a subject as an earlier statement's.
_MEASURED_EARLIER = "the place measured earlier in the sentence."
#: The notes of :func:`_antecedent` that read a subject from the sentence before.
_FROM_BEFORE = (
    "the place named opening the sentence before.",
    "the place the sentence before names (its only place).",
)


def _sole_antecedent(
    st, note: str, si: int, sents, by_sentence, *, said=(None, None), gz=None, refs=()
) -> bool:
    """Rule ``sole_antecedent``: whether a subject read from the sentence before ("It", "The
    city", "Город", an unstated subject) is beyond doubt — the one inference of the statement,
    the sentence before names that one settlement and no other (:func:`_only_place`), and the
    statement's own sentence names no settlement but its reference and ``refs``, the places
    the sentence's other statements of that subject measure from ("Город расположен в 80 км
    от Краматорска и в 100 км от Донецка"), and that settlement is read so by its name alone
    (the gazetteer's one reading, not one the report's context chose). Such a reading may call
    the statement inconsistent; any other inference never does. ``note`` is the note the
    reading goes back to: a second measure's subject read as the first's (rule
    coordinated_antecedent), the first's.

    ``said`` is the subject as written and its kind. A pronoun or an unstated subject ("It",
    "Він", "Она", "Розташований") may stand for any noun of the sentence before ("A column left
    Horlivka. It is now …", "Біля Покровська ворог атакував. Він …"): it is beyond doubt only
    when the place opens that sentence, as its subject. A village's description ("The village",
    "Село", "Поселок") is beyond doubt only of a place of fewer than
    :data:`VILLAGE_SURE_POPULATION` people ("Kupiansk was shelled. The village lies …" is
    about some village the text leaves unnamed, not the town)."""
    if si == 0 or note.count(" read as ") != 1 or not note.endswith(_FROM_BEFORE):
        return False
    only = _only_place(by_sentence.get(si - 1, ()), st.reference, sents[si - 1])
    if only is None or only.text != st.subject:
        return False
    if gz is not None:
        # the antecedent's reading must be its name's own, not one the report's context chose
        # (a region, the report's other places, a place near): a chain of inferences — "Bila
        # Hora was also shelled" read beside Toretsk, then "The village" read as it — never
        # makes an alarm
        alone = _lookup(gz, only.text)
        if alone is None or alone.ambiguous or alone.best.place.id != only.place_id:
            return False
    text, kind = said
    if (not text or kind == "pronoun") and not _opens(only, sents[si - 1]):
        return False
    words = {w.strip('.,;:()«»"').lower() for w in (text or "").split()}
    if not words.isdisjoint(_LEX.village_words):
        place = gz.get(only.place_id) if gz is not None and only.place_id else None
        if place is None or (place.population or 0) >= VILLAGE_SURE_POPULATION:
            return False
    named = {(st.reference or "").lower(), *refs}
    return all(
        m.kind != "settlement"
        or any(m.text.lower() in ref or ref in m.text.lower() for ref in named)
        for m in by_sentence.get(si, ())
    )


def _admin_area(gz, m: Mention) -> Mention:
    """Rule ``admin_area``: an adjectival name read as an administrative area — a raion, a
    city's district, a hromada ("два района Донецка - Кировский и Петровский") — is a region,
    never a settlement a claim is made on; a noun ("near Pokrovsk") stays the settlement."""
    if m.kind != "settlement" or m.place_id is None or m.ambiguous:
        return m
    if not _ADJECTIVE.search(m.text.split()[-1]):
        return m  # "near Pokrovsk" read as a district is the town by its name as written
    try:
        area = gz.get(m.place_id).feature_class == "A"
    except (PlaceNotFound, ValueError, LookupError):  # a place the gazetteer no longer holds
        return m
    if not area:
        return m
    return replace(
        m, kind="region", context=f"{m.context}; rule admin_area: an administrative area"
    )


def _figure_readings(gz, v, si: int, sentence: str, context: dict, decided: dict) -> None:
    """Rule ``stated_distance``: a statement whose figure decides between a name's readings
    ("Novopavlivka, some 40 km southwest of Pokrovsk": the one 33 km away, not the one at 5 km)
    says where the report's claims on that name are. Records ``name -> (reading, sure, why,
    sentence)`` in ``decided``: ``sure`` when the statement named the place itself and fits
    that reading (consistent or loose), not when its place was read from the text around.

    A statement found implausible of the names' readings (they lie many times the stated
    distance apart), or inconsistent of them while other readings are open (``ambiguous``),
    says the report's claims are not at that reading of the one name that has others (readings
    more than :data:`SAME_PLACE_KM` apart) while the other name is read one way: ``sure`` is
    then None, and the claim is left unmapped ("Kalynivka, about 8 km north of Chasiv Yar" is
    not the town Kalynivka 688 km away; Chasiv Yar stays where it is)."""
    said = sentence.strip()
    said = said if len(said) <= 160 else said[:159] + "…"
    roles = ((v.statement.subject, v.subject), (v.statement.reference, v.reference))
    ruled_out = (v.verdict == "unverifiable" and v.distance_km is not None) or (
        v.verdict == "ambiguous" and v.distance_verdict == "inconsistent"
    )
    if ruled_out:
        # the name to doubt is the one with another reading that fits beside the other name as
        # read ("Rivnopillia, about 10 km east of Huliaipole": a Rivnopillia lies 10 km from
        # the town; no Huliaipole lies 10 km from the Crimean Rivnopillia)
        high = v.stated_high or v.statement.value_max or v.statement.value or 0
        reach = 2 * high * UNIT_KM.get(v.statement.unit or "km", 1.0) + 10
        (n1, c1), (n2, c2) = roles
        fits = [
            _fits_beside(_all_readings(gz, n1), c1, c2, reach),
            _fits_beside(_all_readings(gz, n2), c2, c1, reach),
        ]
        if fits.count(True) != 1:
            return  # neither name or both could be read otherwise: which is wrong is unsaid
        name, cand = roles[fits.index(True)]
        why = (
            f"the report's statement '{said}' does not fit {_label(cand.place)}, "
            f"{v.distance_km:,.0f} km away; the name has other readings"
        )
        decided.setdefault(name, (cand, None, why, si))
        return
    if not v.decided_by_figure:
        return
    sure = v.verdict in ("consistent", "loose")
    for name, cand in roles:
        found = context.get(name) if name else None
        if cand is None or not found or found.best.place.id == cand.place.id:
            continue
        why = f"the report's statement '{said}' fits {_label(cand.place)}"
        seen = decided.get(name)
        if seen is not None and (seen[1] is None or seen[0].place.id != cand.place.id):
            decided[name] = (seen[0], False, why, si)  # two statements, two readings: undecided
        else:
            decided[name] = (cand, sure and (seen is None or seen[1]), why, si)


@lru_cache(maxsize=4096)
def _all_readings(gz, name: str | None) -> tuple:
    """Every reading of a name the gazetteer has (up to 200), or none (remembered per name)."""
    if not name:
        return ()
    try:
        return tuple(gz.resolve(name, limit=200, fuzzy=False))
    except PlaceNotFound:
        return ()


def _fits_beside(found, cand, other, reach_km: float) -> bool:
    """Whether a name read as ``cand`` has another reading (more than :data:`SAME_PLACE_KM` from
    it: a village and its station are one place) within ``reach_km`` of ``other``'s reading."""
    if cand is None or other is None or not found or reach_km <= 10:
        return False
    import numpy as np

    from .geodesy import inverse

    points = [c.place for c in found if c.place.id != cand.place.id and c.place.lat is not None]
    if not points:
        return False
    lat = np.array([p.lat for p in points])
    lon = np.array([p.lon for p in points])
    moved, _ = inverse(cand.place.lat, cand.place.lon, lat, lon)
    near, _ = inverse(other.place.lat, other.place.lon, lat, lon)
    return bool(np.any((moved > SAME_PLACE_KM) & (near <= reach_km)))


def _decided_by_figure(gz, m: Mention, decided: dict) -> Mention:
    """A settlement mention placed where a statement's figure puts its name (rule
    ``stated_distance``), or left ambiguous when the figure fits another reading but the
    statement's place was an inference from the text around (see :func:`_figure_readings`)."""
    found = decided.get(m.text) if m.kind == "settlement" else None
    if found is None:
        return m
    cand, sure, why, si = found
    anchored = not m.ambiguous and ";" in m.context and "decided by context" not in m.context
    if m.sentence != si and anchored:
        return m  # read in its own sentence by more than its name (a region, a place near)
    if sure is None:  # the statement rules this reading out
        if m.place_id != cand.place.id or m.ambiguous:
            return m
        out = replace(m, ambiguous=True, context=f"{m.context.rstrip('.')}. Not mapped: {why}.")
        return replace(out, name=_as_written(gz, out))
    if m.sentence != si:
        if m.place_id == cand.place.id and not m.ambiguous:
            return m
        # another sentence may name another namesake ("… struck Semenivka in Chernihiv
        # region"): the figure unsettles that mention's reading, it does not move it
        sure = False
    if m.place_id == cand.place.id and not m.ambiguous:
        return m
    if sure:
        p = cand.place
        return replace(
            m, place_id=p.id, name=p.name, lat=p.lat, lon=p.lon, confidence=cand.score,
            context=f"decided by the stated distance: {why} (rule stated_distance)",
            precision=p.precision, radius_km=p.radius_km if p.precision != "point" else None,
            source=p.source, ambiguous=False, country=p.country,
        )  # fmt: skip
    note = f"{m.context.rstrip('.')}. " if m.context else ""
    out = replace(m, ambiguous=True, context=f"{note}Not mapped: {why}, not this reading.")
    return replace(out, name=_as_written(gz, out))


#: Where a report states its own date: its first lines (a byline, a timestamp, a dateline),
#: each at most HEADER_LINE characters unless it opens with a dateline.
PUBLISHED_CHARS = 400
HEADER_LINE = 60
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")
_NAMED_DAY = re.compile(
    r"\b(\d{1,2})\s+([^\W\d_]{3,10})\.?,?\s+((?:19|20)\d\d)\b"
    r"|\b([^\W\d_]{3,10})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b"
)


def published_in(text: str) -> tuple[Date, str] | None:
    """The date a report states for itself in its opening (``PUBLISHED_CHARS``): a full date
    with its year ("12 May 2024 07:06", "28 ноября 2025", "November 21, 2025", "2025-11-21",
    "21.11.2025") on a header line or a dateline; ``(date, as written)`` of the first, or None.
    A date without a year is not taken (the year would be a guess), nor one the prose mentions."""
    months = claim_words().months
    found = []
    offset = 0
    for line in text[:PUBLISHED_CHARS].splitlines(keepends=True):
        # a header line (a timestamp, a byline) or a dateline, not a date the prose mentions
        # ("The invasion began on February 24, 2022. …")
        if len(line.strip()) <= HEADER_LINE or _DATELINE.match(line):
            for m in _ISO_DAY.finditer(line):
                found.append((offset + m.start(), m.group(), int(m[1]), int(m[2]), int(m[3])))
            for m in _DOTTED_DAY.finditer(line):
                found.append((offset + m.start(), m.group(), int(m[3]), int(m[2]), int(m[1])))
            for m in _NAMED_DAY.finditer(line):
                day, name, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
                month = months.get(name.lower())
                if month is not None:
                    found.append((offset + m.start(), m.group(), int(year), month, int(day)))
        offset += len(line)
    for _, written, y, mo, d in sorted(found):
        try:
            return Date(y, mo, d), written
        except ValueError:
            continue
    return None


_CHECKED = ("distance_direction", "distance_only", "direction_only", "line_distance", "travel_time")
#: A dateline opening a report or a wire story: "KYIV, Feb 11 (Reuters) -", "DONETSK, Ukraine —".
_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+(?:\s+[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+)*"
    r"(?:,\s*[^,–—\-]{2,40}?)*\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s"
)


def _without_datelines(sents, by_sentence) -> dict:
    """Mentions by sentence, less the place of a dateline: where it was written, not a claim."""
    out = {}
    for si, mentions in by_sentence.items():
        start, _, text = sents[si]
        m = _DATELINE.match(text)
        cut = start + m.end() if m else start
        out[si] = [x for x in mentions if x.span[0] >= cut]
    return out


def _antecedent(
    st, si: int, start: int, sents, by_sentence, *, subject_at: int | None = None, refs=(),
    subjects=(), gz=None,
) -> tuple:  # fmt: skip
    """Pronoun and description places ("It", "the town", "the beleaguered city") read as the
    place the text refers to. Returns the statement (with the places filled) and a note.

    A subject: the place an earlier statement of the same sentence measured ("The distance
    between Idleb and Aleppo is 60km, … it is 330 km away from Damascus"), else the nearest
    place named earlier in the same sentence (not the reference, nor a
    place an earlier statement of the sentence measures from: "It is 8 km south of Gaza City
    and 6 km north of Deir al-Balah" — the second "It" is not Gaza City), else the place
    that opens the sentence itself ("Shushi is … because it sits …"), else the place that
    *opens* the sentence before ("Avdiivka is a city … . It is located …"). ``subject_at`` is
    where the subject is read from: for coordinated statements sharing one subject, the
    first statement's. A reference: the nearest place named earlier in the same sentence (not
    the subject). A lone sentence has no such context, and a place not found this way stays
    unresolved. A village's description ("the village", "село", "поселок") never stands for a
    city of :data:`VILLAGE_MAX_POPULATION` people or more (rule village_not_city; ``gz`` gives
    the populations): "Kharkiv was shelled. The village lies 30 km from Kupiansk" is about
    some village the text leaves unnamed.
    """
    notes = []
    at = start + st.span[0]
    for role in ("subject", "reference"):
        text, kind = getattr(st, role), getattr(st, f"{role}_kind")
        if role == "reference" and text is None and si > 0 and st.subject:
            st, note = _away_from_before(st, si, sents, by_sentence)
            if not note and st.rule == "inverted_uk_ru":
                st, note = _from_page_topic(st, sents, by_sentence)
            if not note and st.rule in _DESCRIBED_FROM:
                st, note = _from_opening_before(st, si, sents, by_sentence)
            notes += [note] if note else []
            continue
        unsaid = (
            role == "subject" and text is None and si > 0 and _LOCATED_OPENER.match(sents[si][2])
        )  # rule located_opener: "Розташований в 6 км на північ від Донецька."
        # rule placed_pronoun: "Торецьк — місто … . Він розташований за 20 км …"
        placed = role == "subject" and kind == "pronoun" and _PLACED_PRONOUN.search(sents[si][2])
        # "Він розташований": a gendered pronoun placed so is a town's, wherever the town stands
        # in the sentence before; "Он находится" may be a person's (rule placed_pronoun)
        strong = placed and placed.group("verb").lower() in _LEX.placed_words
        if unsaid:
            text = "the unstated subject"
        elif placed and text.lower() in _LEX.place_pronouns:
            pass
        elif (
            not text
            or not _stands_for_place(text, kind)
            or _capital_named(text) is not None
            or _seat_phrase(text) is not None
        ):
            continue  # "the capital", "the regional centre": no place named nearby (rules
            # capital_of_country, oblast_centre)
        until = subject_at if role == "subject" and subject_at is not None else at
        if role == "reference" and (written := sents[si][2].find(text)) >= 0:
            # an anaphor points back: "Село знаходиться …, на відстані 2 км розташовані села
            # Довгеньке …" — no place named after "Село" is what it stands for
            until = min(until, start + written)
        other = st.reference if role == "subject" else st.subject
        near = [
            m for m in by_sentence.get(si, ())
            if m.kind == "settlement" and m.span[1] <= until and not m.ambiguous
            and m.text != other and (role == "reference" or m.text not in refs)
        ]  # fmt: skip
        found, where = (near[-1], "named earlier in the sentence") if near else (None, "")
        measured = [x for x in subjects if x != other] if role == "subject" else []
        if measured:
            found, where = measured[-1], "measured earlier in the sentence"
        if found is None and role == "subject":
            m = _opening_name(sents[si][2])
            if m and start + m.end("name") <= until and m.group("name") != other:
                found, where = m.group("name"), "named opening the sentence"
        described = role == "reference" and kind == "description"
        if found is None and (role == "subject" or described) and si > 0:
            opening = [
                m for m in by_sentence.get(si - 1, ())
                if m.kind == "settlement" and _opens(m, sents[si - 1]) and m.text != other
            ]  # fmt: skip
            decided = [m for m in opening if not m.ambiguous]
            if opening:
                # "Село Волчье заняло … . Оно находится в 2 км от …": several namesakes are
                # left to the statement's own context to decide (rule opening_before)
                found, where = (decided or opening)[0], "named opening the sentence before"
            elif role == "subject" and (m := _opening_name(sents[si - 1][2])):
                found, where = m.group("name"), "named opening the sentence before"
        if found is None and (role == "subject" or described) and si > 0:
            # "Bakhmut lies 12 km south of the city" on a page titled "Soledar" (rule
            # page_topic; a reference's description too)
            topic = _page_topic(sents, by_sentence)
            if topic is not None and topic.text != other:
                found, where = topic, "the text is about (its title names only that place)"
        if found is None and role == "subject" and si > 0:
            here = {m.place_id for m in by_sentence.get(si, ())} | {
                m.text for m in by_sentence.get(si, ())
            }
            # a description passes over sentences that name no place but describe one: "… take
            # control of Kostiantynopolske. Reuters could not confirm the report about the
            # village. The settlement lies …" (the chain of descriptions holds one place)
            back = si - 1
            while (
                kind == "description"
                and back > 0
                and si - back < ONLY_PLACE_REACH
                and not by_sentence.get(back)
                and _describes_place(sents[back][2])
            ):
                back -= 1
            only = _only_place(by_sentence.get(back, ()), other, sents[back], namesakes=True)
            if (
                only
                and back < si - 1
                and any(m.place_id != only.place_id for m in by_sentence[back])
            ):
                only = None  # every name there is that place ("cities of Mykolaiv and Odesa")
            if (
                only is not None
                and (kind == "pronoun" or unsaid)
                and not (strong and text.lower() in _LEX.place_pronouns)
                and not _opens(only, sents[back])
            ):
                # rule only_place_before: "It" may stand for any noun of the sentence before
                # ("The convoy reached Zaporizhzhia. It had travelled 40 km from Dnipro"):
                # only a place that opens it is read so
                only = None
            if only is not None and only.text not in here and only.place_id not in here:
                # rule only_place_before: "… advancing on the city of Izyum. The city is …"
                found, where = (
                    only,
                    (
                        "the sentence before names (its only place)"
                        if back == si - 1
                        else "the nearest sentence before naming a place names (its only place)"
                    ),
                )
        if found is None:
            continue
        name = found if isinstance(found, str) else found.text
        if _too_big_for(text, found, gz):
            notes.append(f"'{text}' is not read as {name}: a city is no village.")
            continue
        if unsaid:
            notes.append(f"The unstated subject read as {name}, the place {where}.")
        else:
            notes.append(f"'{text}' read as {name}, the place {where}.")
        st = replace(st, **{role: name, f"{role}_kind": "place"})
    return st, " ".join(notes)


#: The most people a place a village's description ("the village", "село") stands for may have.
VILLAGE_MAX_POPULATION = 50_000


def _too_big_for(text: str | None, found, gz) -> bool:
    """Rule village_not_city: whether a description naming a village ("the village", "село",
    "поселок") was read as a city of :data:`VILLAGE_MAX_POPULATION` people or more."""
    if gz is None or not text or isinstance(found, str) or not found.place_id:
        return False
    words = {w.strip('.,;:()«»"').lower() for w in text.split()}
    if words.isdisjoint(_LEX.village_words):
        return False
    place = gz.get(found.place_id)
    return bool(place is not None and (place.population or 0) >= VILLAGE_MAX_POPULATION)


#: A sentence opening with "Розташований", "Расположен": where the place the text is about lies.
_LOCATED_OPENER = re.compile(
    r"^\W*(?:" + "|".join(map(re.escape, sorted(lexicon().located_openers, key=len, reverse=True)))
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


_LEX = lexicon()
#: "Він розташований", "Она расположена": a personal pronoun opening the sentence, or a clause
#: after a dash ("Войска заняли Угледар — он расположен …"), placed.
_PLACED_PRONOUN = re.compile(
    r"(?:^\W*|\s[—–-]\s+)(?:" + "|".join(map(re.escape, sorted(_LEX.place_pronouns, key=len, reverse=True)))
    + r")\s+(?P<verb>"
    + "|".join(map(re.escape, sorted(_LEX.placed_words | _LEX.lying_words, key=len, reverse=True)))
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


def _opens(m: Mention, sentence: tuple) -> bool:
    """Whether the mention opens the sentence, alone or after its type word ("Село Волчье
    заняло …": the sentence opens with the village), or opens its clause after a short
    opening phrase and a comma ("On Tuesday, Pokrovsk came under fire", "Overnight, …";
    rule opening_after_phrase)."""
    head = sentence[2][: m.span[0] - sentence[0]]
    lead, comma, rest = head.rpartition(",")
    if comma and not rest.strip() and 0 < len(lead.split()) <= OPENING_PHRASE_WORDS:
        # … not a name's first word ("On Tuesday, Serhii Haidai said": a person)
        after = sentence[2][m.span[1] - sentence[0] :].split()[:1]
        head = head if after and after[0][:1].isupper() else ""
    before = head.lower().split()
    return not before or (len(before) == 1 and before[0] in _DESCRIBED_PLACES)


#: The most words of a phrase opening a sentence before a comma and its subject ("On Tuesday
#: evening, Pokrovsk …": rule opening_after_phrase).
OPENING_PHRASE_WORDS = 4


_CAPITAL_LEX = lexicon()


def _capital_named(text: str | None) -> frozenset[str] | None:
    """The countries a capital with no name names ("the capital" → none, "the Ukrainian
    capital" → UA), or None when the phrase is no such capital ("the regional capital",
    "Kyiv")."""
    words = (text or "").replace("’", "'").lower().split()
    if not words or words[-1] not in _CAPITAL_LEX.capital_words:
        return None
    named = set()
    for word in words[:-1]:
        if word in _CAPITAL_LEX.countries:
            named.add(_CAPITAL_LEX.countries[word])
        elif word not in _CAPITAL_LEX.capital_modifiers:
            return None
    return frozenset(named)


def _capital_of_country(st, gz, context: dict) -> tuple:
    """Rule ``capital_of_country``: "Wad Madani, a city southeast of the capital" is measured
    from the capital of the country the statement's other place lies in (Khartoum), when that
    place is read one way and the phrase names no other country. Returns the statement, the
    readings to verify it with, and a note ("" when the rule does not apply)."""
    named = _capital_named(st.reference) if st.reference_kind == "description" else None
    cands = context.get(st.subject) if named is not None and st.subject_kind == "place" else None
    if not cands or cands.ambiguous:
        return st, context, ""
    country = cands.best.place.country
    capital = _CAPITAL_LEX.country_capitals.get(country or "")
    if capital is None or (named and named != {country}):
        return st, context, ""
    try:
        readings = gz.resolve(capital, country=country, limit=5)
    except PlaceNotFound:
        return st, context, ""
    if readings.best.place.id == cands.best.place.id:
        return st, context, ""  # "Kyiv, the capital": the place itself
    note = (
        f"'{st.reference}' read as {capital}, the capital of the country "
        f"{cands.best.place.name} lies in (rule capital_of_country)."
    )
    here = {**context, capital: Candidates(readings[:1], query=capital, tried=readings.tried)}
    return replace(st, reference=capital, reference_kind="place"), here, note


def _seat_apposition(st):
    """Rule ``seat_apposition``: a seat phrase followed by the seat's name ("Віддаленість
    обласного центру, міста, Луцька від Києва …", "… south east of the administrative centre
    of the oblast, the city of Kherson") is that named place, on either side."""
    for role in ("subject", "reference"):
        text = getattr(st, role)
        if not text or "," not in text or getattr(st, f"{role}_kind") == "place":
            continue
        head, tail = text.split(",", 1)
        name = place_name(tail.rsplit(",", 1)[-1].strip())
        seat = _seat_phrase(head, bare_raion=True)
        if seat is None or seat[1] or not name or not name[:1].isupper():
            continue
        st = replace(st, **{role: name, f"{role}_kind": "place"})
    return st


def _seat_phrase(text: str | None, *, bare_raion: bool = False) -> tuple[str, str] | None:
    """The level a seat phrase names the centre of and the name it carries ("the Donetsk Oblast
    center" → ("oblast", "Donetsk"); "the regional center" → ("oblast", ""); "районного центра
    Волоконовки" → ("raion", "Волоконовки")), or None when the phrase is no seat. Only
    capitalised words count as the name; a phrase with another lower-case word is no seat.
    A raion centre without a name ("райцентра") is ("raion", "") only with ``bare_raion``."""
    words = (text or "").split()
    low = [w.lower() for w in words]
    for size in (6, 5, 4, 3, 2, 1):
        for at in range(len(low) - size + 1):
            level = _CAPITAL_LEX.seat_words.get(" ".join(low[at : at + size]))
            if level is None:
                continue
            fillers = _CAPITAL_LEX.seat_fillers
            rest = [w for w in words[:at] + words[at + size :] if w.lower() not in fillers]
            if any(not w[:1].isupper() for w in rest):
                return None
            name = " ".join(rest)
            if level == "raion" and not name and not bare_raion:
                return None  # which raion: since 2020 many villages have a new raion centre
            return level, name
    return None


def _subject_readings(st, gz, context: dict) -> tuple | None:
    """The subject's readings with the report and alone, and whether the report decided it
    against its reading alone (a region or raion it names, the places around); None when the
    report leaves it ambiguous or it does not resolve (rules ``oblast_centre``, ``raion_seat``)."""
    cands = context.get(st.subject) if st.subject_kind == "place" else None
    if not cands or cands.ambiguous:
        return None
    try:
        alone = gz.resolve(st.subject, limit=10)
    except PlaceNotFound:
        return None
    decided = cands.best.place.id != alone.best.place.id or any(
        e.startswith("decided by context") for e in cands.best.evidence
    )
    return cands, alone, decided


def _oblast_centre(st, gz, context: dict) -> tuple:
    """Rule ``oblast_centre``: "Orikhiv, 63 km southeast of the regional center" is measured
    from the centre of the oblast the subject lies in (Zaporizhzhia), when the subject is read
    one way; "the Donetsk Oblast center" from Donetsk; "the Wolnovacha district center",
    "районного центра Волоконовки" from the town named. Like ``capital_of_country`` it returns
    the statement, the readings to verify it with and a note — a note that keeps an
    inconsistent reading from being an alarm."""
    from gazetteer.admin import OBLASTS, admin_level, oblast_by_admin1, oblast_variants

    seat = _seat_phrase(st.reference, bare_raion=True) if st.reference_kind != "place" else None
    if seat is None:
        return st, context, ""
    level, name = seat
    area, pinned = None, None
    if level == "raion" and not name:
        return _raion_seat(st, gz, context)
    if name:
        bare, _ = admin_level(name)
        area = next((a for a in OBLASTS if bare in oblast_variants(a)), None)
        if level == "raion" or area is None:
            note = f"'{st.reference}' read as {name}, the centre it names (rule oblast_centre)."
            return replace(st, reference=name, reference_kind="place"), context, note
    else:
        read = _subject_readings(st, gz, context)  # one oblast either way
        if read is None:
            return st, context, ""
        cands, alone, decided = read
        close = [c for r in (cands, alone) for c in r if c.score >= r.best.score - READING_MARGIN]
        if decided:
            # the report decided the subject against its reading alone (a region or raion it
            # names, the places around): that reading's oblast is the one meant, and the
            # subject is measured as read there
            close = [cands.best]
            pinned = Candidates(
                [c for c in cands if c.place.admin1_code == cands.best.place.admin1_code],
                query=st.subject,
                tried=cands.tried,
            )
        if {(c.place.country, c.place.admin1_code) for c in close} != {
            ("UA", cands.best.place.admin1_code)
        }:
            return st, context, ""  # its readings lie in several oblasts, or abroad
        area = oblast_by_admin1(cands.best.place.admin1_code)
    if area is None:
        return st, context, ""
    try:
        readings = gz.resolve(area.centre, country="UA", limit=5)
    except PlaceNotFound:
        return st, context, ""
    best = next((c for c in readings if c.place.feature_class == "P"), None)
    if best is None:
        return st, context, ""
    subject = context.get(st.subject)
    if subject and subject.best.place.id == best.place.id:
        return st, context, ""  # "Zaporizhzhia, the regional centre": the place itself
    lies = (
        next((c.place for c in subject if c.place.feature_class != "A"), None) if subject else None
    )
    where = area.en if name else f"{area.en}, where {(lies or subject.best.place).name} lies"
    note = f"'{st.reference}' read as {area.centre}, the centre of {where} (rule oblast_centre)."
    here = {**context, area.centre: Candidates([best], query=area.centre, tried=readings.tried)}
    if pinned is not None:
        here[st.subject] = pinned
    return replace(st, reference=area.centre, reference_kind="place"), here, note


#: How far (km) from a settlement rule ``raion_seat`` looks for the seat of its raion.
RAION_SEAT_KM = 100.0
#: GeoNames' feature codes of a raion's seat (an oblast centre is also its raion's seat).
_SEAT_CODES = frozenset({"PPLA2", "PPLA"})


def _raion_seat(st, gz, context: dict) -> tuple:
    """Rule ``raion_seat``: "Синьковка …, в 9 км от райцентра" is measured from the seat of
    the raion the subject lies in, when the report reads the subject in one raion and the
    gazetteer knows one seat there (GeoNames' PPLA2 towns of the raion). A raion that holds
    several (the seats of the raions merged into it in 2020) decides nothing: the text may
    be older than the merger. Returns the statement, its readings and a note, like
    ``oblast_centre``."""
    read = _subject_readings(st, gz, context)  # one raion either way
    if read is None:
        return st, context, ""
    cands, alone, pinned = read
    places = [c.place for c in cands if c.place.feature_class != "A"]
    if not places:
        return st, context, ""
    place = places[0]
    close = (
        [place]
        if pinned
        else [
            c.place
            for r in (cands, alone)
            for c in r
            if c.score >= r.best.score - READING_MARGIN and c.place.feature_class != "A"
        ]
    )
    code = place.admin2_code
    if (
        not code
        or place.country != "UA"
        or {(p.country, p.admin2_code) for p in close} != {("UA", code)}
    ):
        return st, context, ""  # its readings lie in several raions, or abroad
    seats = {
        p.id: p
        for p, _ in gz.nearby(place.lat, place.lon, RAION_SEAT_KM)
        if p.feature_code in _SEAT_CODES and p.admin2_code == code
    }
    if len(seats) != 1:
        return st, context, ""
    (seat,) = seats.values()
    if seat.id == place.id:
        return st, context, ""  # the seat itself
    try:
        readings = gz.resolve(seat.name, country="UA", limit=None)
    except PlaceNotFound:
        return st, context, ""
    best = next((c for c in readings if c.place.id == seat.id), None)
    if best is None:
        return st, context, ""
    note = (
        f"'{st.reference}' read as {seat.name}, the seat of {place.admin2}, where {place.name} "
        "lies (rule raion_seat)."
    )
    here = {**context, seat.name: Candidates([best], query=seat.name, tried=readings.tried)}
    if pinned:
        here[st.subject] = Candidates(
            [c for c in cands if c.place.admin2_code == code], query=st.subject, tried=cands.tried
        )
    return replace(st, reference=seat.name, reference_kind="place"), here, note


#: Sentences back within which rule ``only_place_before`` looks for the sentence that names a
#: place, passing over sentences that name none.
ONLY_PLACE_REACH = 3


def _describes_place(sentence: str) -> bool:
    """Whether a sentence refers to a settlement by a description ("the report about the
    village", "Село …"): a settlement word not after an indefinite determiner."""
    words = _WORD_RUN.findall(sentence.lower())
    indefinite = lexicon().indefinite_determiners
    return any(
        w in _DESCRIBED_PLACES and (i == 0 or words[i - 1] not in indefinite)
        for i, w in enumerate(words)
    )


def _only_place(
    mentions, other: str | None, sentence: tuple, *, namesakes: bool = False
) -> Mention | None:
    """The one settlement a sentence names (rule ``only_place_before``), its other mentions
    included ("Wad Madani … Wad Madani"), when it is not ``other`` (the statement's other
    place), no other settlement, decided or not, is named there, and no mention names an area
    after it ("part of Tokmak urban hromada", "Pokrovsk Raion"); else None. With
    ``namesakes``, a name of several places counts as one ("Troops pressed on toward
    Kostiantynivka. The embattled town …": which Kostiantynivka is the statement's to decide,
    as when it names the town itself)."""
    start, _, text = sentence
    places = [m for m in mentions if m.kind == "settlement"]
    # rule area_not_antecedent: a name of an area ("a city in Luhansk Oblast", "the Luhansk
    # region", "Hrodivka settlement hromada") is where the place lies, no other place "It" or
    # "the city" may stand for; a sentence naming only areas names no settlement
    settlements = [m for m in places if not _area_mention(m, text[m.span[1] - start :])]
    first = settlements[0] if settlements else None
    if first is None or any(
        (m.ambiguous and not namesakes)
        or (m.place_id != first.place_id and not (namesakes and m.text == first.text))
        for m in settlements
    ):
        return None
    if settlements[0].place_id is None or any(m.text == other for m in places):
        return None
    return settlements[0]


def _area_mention(m: Mention, after: str) -> bool:
    """Whether a mention names an area: its last word, or a word of the three after it before
    a capitalised one, is an area word ("Luhansk Oblast", "Tokmak urban hromada"; not
    "Макаровка Волновахского района", whose raion is another name's)."""
    if m.text.split()[-1].lower() in _AREA_WORDS:
        return True
    for word in after.split()[:3]:
        if word.lower().strip(",.;:") in _AREA_WORDS:
            return True
        if not word.islower():
            break
    return False


#: Words after a name that make it an area's name: "Tokmak urban hromada", "Pokrovsk Raion".
_AREA_WORDS = frozenset(w.lower() for w in lexicon().region_words)


def _page_topic(sents, by_sentence) -> Mention | None:
    """The place a text is about when its first line names only that place (a reference
    page titled "Robotyne", "Robotyne, Zaporizhzhia Oblast" or "Robotyne (village)"): "The
    village" and "It" with no nearer antecedent stand for it."""
    if not sents:
        return None
    # a name of several places counts as one ("Avdiivka": which one is the statement's to
    # decide, as when it names the place itself)
    first = [m for m in by_sentence.get(0, ()) if m.kind == "settlement"]
    if len(first) != 1:
        return None
    start, _, line = sents[0]
    m = first[0]
    before, after = line[: m.span[0] - start].strip(), line[m.span[1] - start :].strip()
    if before or (after and not _TITLE_AFTER_TOPIC.fullmatch(after)):
        return None
    return m


#: What may follow the place a title names for the text to be about it: its region ("Robotyne,
#: Zaporizhzhia Oblast", "Robotyne (village)"), a subtitle or the site's name after a
#: separator ("Kupiansk | Ukraine war news", "Покровськ — новини міста", "Kupiansk: …").
_TITLE_AFTER_TOPIC = re.compile(r"(?:[,(]|[:|]\s|[–—-]\s)[^.!?]{0,60}")


def _from_page_topic(st, sents, by_sentence) -> tuple:
    """Rule ``page_topic_reference``: "В 2 километрах юго-юго-западнее расположено село
    Днестрик-Дубовый" on a page titled "Бережок (Львовская область)" is measured from the place
    the page is about, when its title names only that place and it is not the subject. Returns
    the statement (its reference filled) and a note, or the statement unchanged and ""."""
    topic = _page_topic(sents, by_sentence)
    if topic is None or topic.text == st.subject or topic.text in (st.subject or ""):
        return st, ""
    note = (
        f"The unstated reference read as {topic.text}, the place the text is about (its title "
        "names only that place; rule page_topic_reference)."
    )
    return replace(st, reference=topic.text, reference_kind="place"), note


#: The rules of statements whose unstated reference is the place a description is about:
#: "На відстані 2 км розташоване село Касянівка", "Ближайшая станция — Водяная (3,5 км)".
_DESCRIBED_FROM = frozenset({"inverted_uk_ru", "nearest_station"})


def _from_opening_before(st, si: int, sents, by_sentence) -> tuple:
    """Rule ``opening_before_reference``: "Село Кутьківка знаходиться на річці Нижня
    Дворічна. Вище за течією на відстані 2 км розташоване село Касянівка." is measured from
    the place that opens the sentence before (the place the paragraph describes), when it is
    not the subject; of several there, a decided one. Returns the statement (its reference
    filled) and a note, or the statement unchanged and "" (a place read from the text around:
    the note keeps an inconsistent reading from being an alarm)."""
    opening = [
        m for m in by_sentence.get(si - 1, ())
        if m.kind == "settlement" and _opens(m, sents[si - 1])
        and m.text != st.subject and m.text not in (st.subject or "")
    ]  # fmt: skip
    if not opening:
        return st, ""
    found = ([m for m in opening if not m.ambiguous] or opening)[0]
    note = (
        f"The unstated reference read as {found.text}, the place named opening the sentence "
        "before (rule opening_before_reference)."
    )
    return replace(st, reference=found.text, reference_kind="place"), note


#: "… Tokmak lies just 20km away": a measure "away" from nowhere the sentence names.
_AWAY = re.compile(r"^[^.;:]*?\baway\b(?!\s+from)", re.IGNORECASE)


def _away_from_before(st, si: int, sents, by_sentence) -> tuple:
    """A distance "away" with no place it is measured from (rule ``away_from_before``):
    "Robotyne is situated on the highway to Tokmak. Tokmak lies just 20km away." is measured
    from the settlement that opens the sentence before, when that is not the subject. Returns
    the statement (its reference filled) and a note, or the statement unchanged and ""."""
    if st.value is None or st.relation not in ("distance_only", "distance_direction"):
        return st, ""
    if not _AWAY.match(st.sentence[st.span[0] : st.span[1] + 12]):
        return st, ""
    opening = [
        m for m in by_sentence.get(si - 1, ())
        if m.kind == "settlement" and not m.ambiguous and m.span[0] == sents[si - 1][0]
    ]  # fmt: skip
    if not opening or opening[0].text in st.subject or st.subject in opening[0].text:
        return st, ""
    name = opening[0].text
    note = (
        f"'away' read as from {name}, the place named opening the sentence before "
        "(rule away_from_before)."
    )
    return replace(st, reference=name, reference_kind="place"), note


_OPENING_SUBJECT = re.compile(
    r"^\s*(?:The\s+(?:city|town|village)\s+of\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]+|al|el))*)"
    r"(?:\s*\([^()]{1,200}\))?"  # "Novoselivka Druha (Ukrainian: …; Russian: …) is a village"
    r"\s+(?:is|was|lies|sits|has|had|remains|—|–|-|є|був|була|было|был|была)\s"
)


#: Capitalised sentence openers that are no place ("This is …", "He said …", "The …").
_NOT_NAMES = lexicon().pronouns | lexicon().relative_pronouns | lexicon().function_caps


def _opening_name(sentence: str) -> re.Match | None:
    """The name opening a sentence as its subject ("Avdiivka is a city …"), when it is no
    pronoun or function word ("It is …", "Тут є …": no place), else None."""
    m = _OPENING_SUBJECT.match(sentence)
    if m is None or _stands_for_place(m.group("name"), "pronoun"):
        return None
    first = m.group("name").split()[0]
    return None if first in _NOT_NAMES or first.lower() in _NOT_NAMES else m


def _stands_for_place(text: str, kind: str | None) -> bool:
    if kind == "pronoun":
        return text.lower() in ("it", "це", "воно", "оно", "это")
    words = text.lower().split()
    # "the town" points back; "a village" introduces a place the text does not name
    return (
        kind == "description"
        and bool(words)
        and words[-1] in _DESCRIBED_PLACES
        and words[0] not in lexicon().indefinite_determiners
    )


#: Descriptions that stand for a settlement named nearby ("the town", "this battered city").
_DESCRIBED_PLACES = lexicon().settlement_words | lexicon().type_words


def _paragraphs(text: str, sents) -> list[int]:
    """The paragraph of each sentence: a line break between two sentences opens a new one
    (hard-wrapped lines joined first, as :func:`sentences` joins them)."""
    text = unwrap(text.replace("\r\n", " \n").replace("\r", "\n"))
    out, n = [], 0
    for i, (start, _, _) in enumerate(sents):
        if i and "\n" in text[sents[i - 1][1] : start]:
            n += 1
        out.append(n)
    return out


#: A place of a route ("Шебекіне (рф)", "Русин Яр") and the dash that leads to the next.
_ROUTE_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w’'-]+(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'-]+)?(?:\s*\([^()]{1,20}\))?"
_ROUTE_PAIR = re.compile(  # "Глибоке ? Липці": a dash lost to a "?" between spaces
    rf"({_ROUTE_NAME})(?:\s*[–—-]|\s+\?)\s*{_ROUTE_NAME}(?:\s*,\s*|\s+(?:та|і|й|и|а також)\s+|(?=\W|$))"
)


def _route_origins(sent: str, w: ClaimWords) -> list[tuple[int, int]]:
    """Rule ``route_origin``: the spans of the first places of the routes an attack took
    ("відбили атаки на напрямках Глибоке – Липці, Лук'янці – Липці та Шебекіне (рф) –
    Вовчанськ": Глибоке, Лук'янці, Шебекіне), which the words ``route_before`` open."""
    out = []
    if not may_hold(w.route_before, sent):
        return out
    for opener in w.route_before.finditer(sent):
        at = opener.end()
        while (pair := _ROUTE_PAIR.match(sent, at)) is not None:
            out.append(pair.span(1))
            at = pair.end()
    return out


#: A sentence that ends in a question mark right after its last word (rule ``question``; a
#: "?" standing alone between spaces is a lost dash, "Глибоке ? Липці").
_QUESTION = re.compile(r"[^\W_][»\"”’')]*\?[\s»\"”’')]*$")


def _claims(sents, by_sentence, published: Date, paragraphs=None) -> list[Claim]:
    """The claims of a report, sentence by sentence (see the module docstring)."""
    paragraphs = paragraphs or [0] * len(sents)
    report = report_language(" ".join(sent for _, _, sent in sents[:20]))
    langs = [sentence_languages(sent, report) for _, _, sent in sents]
    lead = _lead_date(sents, published)
    stamp = _report_stamp(sents, published)
    intraday = any(
        claim_words().intraday_opening.search(sent) for _, _, sent in sents[:LEAD_SENTENCES]
    )
    headers = _list_headers(sents, paragraphs, published)
    people: dict[str, tuple[str, str, str]] = {}
    named = [_claimants_in(sent, {}, langs[si]) for si, (_, _, sent) in enumerate(sents)]
    relays = [_relayer(sent, named[si], langs[si]) for si, (_, _, sent) in enumerate(sents)]
    quoted = _quote_speakers(sents, named, langs)
    voices = _Voices(sents)
    roles = _Roles()  # who makes, relays and doubts the claims the report is giving
    last_target: Mention | None = None
    last_targets: list[Mention] = []  # the places the last sentence with places claimed
    unconfirmed: set[str] = set()
    claims: list[Claim] = []
    named_before: list[Mention] = []  # the places the sentence before named
    anchors, dating = _Anchors(), {}
    counts_at: dict[int, re.Match | None] = {}  # each sentence's "N days after" (days_relative)
    pending = None  # an action whose places the next sentence lists ("These are A, B and C")
    unplaced_quotes: set[int] = set()  # sentences quoting a speaker nobody can place
    for si, (start, _, sent) in enumerate(sents):
        w = claim_words(langs[si])
        spoke = voices.seen[-1][1:] if voices.seen else None  # who spoke last before
        who_here = voices.place(sent, _claimants_in(sent, people, langs[si]), w, keep=True)
        _introduce(
            sent,
            voices.place(sent, named[si], w),
            people,
            [m.span[0] - start for m in by_sentence.get(si, []) if m.kind == "settlement"],
        )
        if w.actor_subjects and not any(_speaks(sent, c, w) for c in who_here):
            who_here = _introduced_speakers(sent, who_here, w)
        places = [m for m in by_sentence.get(si, []) if m.kind in ("settlement", "unresolved")]
        # what a place may be named to locate: a claim's place, or a feature ("the Oskol River
        # near X"; the ends of both, and which are features)
        located = sorted(
            (m.span[1], m.kind == "feature")
            for m in by_sentence.get(si, [])
            if m.kind in ("settlement", "unresolved", "feature")
        )
        located_ends = [b for b, _ in located]
        axis = [m.span() for m in w.axis.finditer(sent)] if may_hold(w.axis, sent) else []
        axis += _route_origins(sent, w)
        eligible, described = [], []
        # a claimant's name, also one inside another's description ("Lykhovyi, a spokesman
        # for the Khortytsia group, said"), is no place
        names = who_here + [
            c for c in _lexicon_claimants(sent, langs[si]) if places and "en" in langs[si]
        ]
        named_spans = _Covering(c[:2] for c in names)
        axis_spans = _Covering(axis)
        in_order = sorted(places, key=lambda o: o.span[0])
        for m in places:
            rel, rel_end = m.span[0] - start, m.span[1] - start
            if named_spans.covers(rel) or any(
                _ARTICLE.fullmatch(sent, rel, c[0]) for c in named_spans.starting_in(rel, rel_end)
            ):
                # a claimant's name ("the group Khortytsia"; "The Khortytsia group", whose place
                # run opens with "The"), not its place
                continue
            j = bisect_right(located_ends, m.span[0]) - 1  # the name right before this one
            before = located[j] if j >= 0 else None
            if (
                before is not None
                and (before[1] or (eligible and eligible[-1][1].span[1] == before[0]))
                and w.locator_between.match(sent, before[0] - start, rel)
            ):
                # "the village of Vovkove near Pokrovsk": Pokrovsk only locates it (and "the
                # Oskol River near Kupyansk" too, though the river is no claim's place)
                continue
            listed = _listed_with_settlement(sent, start, m, in_order, w)
            why = _excluded(sent, rel, m.span[1] - start, axis_spans, m, w, bool(who_here), listed)
            if why is None:
                eligible.append((rel, m))
            elif why == DESCRIBED:
                described.append(m)
        # a place the sentence describes is no claim of its own, but what the next sentence's
        # "It" points back to ("Бересток находится … . Его взяли под контроль")
        prev, named_before = named_before, [m for _, m in eligible] or described
        # a dateline's date is the day the report was filed, not the day of its claims
        opening = _DATELINE.match(sent)
        undated = " " * opening.end() + sent[opening.end() :] if opening else sent
        waiting, pending = pending, None
        retracted_or_asked = bool(
            (may_hold(w.correction, sent) and w.correction.search(sent))
            or ("?" in sent and _QUESTION.search(sent))
        )
        if w.narration_after and places and not retracted_or_asked:
            claims += _own_narration(sent, start, si, places, axis_spans, named_spans, w, published)
        if retracted_or_asked:
            # rule correction: "An earlier version of this article said Russian troops had
            # captured Lyman": what the report retracts is no claim of it; rule question: a
            # sentence that asks ("Russia takes Pokrovsk? Kyiv says no") claims nothing
            continue
        doubt = w.unconfirmed.search(sent) if may_hold(w.unconfirmed, sent) else None
        if doubt is not None and _doubt_aside(sent, doubt.start(), langs[si], w):
            # rule doubt_aside: "Russia said its forces had liberated X, a claim Reuters could
            # not independently verify": the claims before the aside stand, unconfirmed
            unconfirmed |= {m.name for m in places if m.span[1] - start <= doubt.start()}
        elif doubt is not None:
            doubted = {m.name for m in places} or ({last_target.name} if last_target else set())
            unconfirmed |= doubted
            if who_here:
                roles.doubt(who_here[-1][2:], spoke, si, bool(doubted))
            continue
        # a word inside a claimant's name is no action ("в оборонном ведомстве", "Силы обороны"),
        # unless it is the claimant's own denial ("Киев опроверг", "Ukraine denied")
        # rule action_in_name: a word inside a place's name is no action ("Бударки",
        # "Ударне", "Наступне" hold "удар", "наступ")
        named_spans = sorted((m.span[0] - start, m.span[1] - start) for m in places)
        named_starts = [p[0] for p in named_spans]
        actions = [
            a
            for a in _actions(sent, langs[si])
            if (a[2] == "denied" or not any(c[0] <= a[0] < c[1] for c in who_here))
            and not _within_span(a[0], named_starts, named_spans)
            # rule casualty: "two people were killed in X" is a strike there only in a
            # sentence that names what struck (casualty_cause), where the language asks for it
            and not any(
                words.match(sent, a[0]) and not _cause_in_clause(sent, a[0], cause, end)
                for words, cause, end in w.casualty_cause
            )
        ]
        if not actions and waiting is not None and eligible and w.list_intro.match(sent):
            kind, who_then = waiting
            actions = [(0, 0, kind)]  # "… captured three villages. These are A, B and C."
            if not who_here and who_then is not None:
                roles.source = who_then
        if not actions:
            if who_here:
                roles.named(who_here, sent, w, paragraphs[si])
                _dated_voice(undated, si, published, anchors, who_here, w)
            _date_said(sent, published, claims, people)
            continue
        targets = list(eligible)
        recalled = False  # the places are those of a description ("the town"), not named
        if targets:
            last_targets = [m for _, m in targets]
            # rule anaphora_in_sentence: "the village" after a place and another action than
            # the place's own is that place again ("X was under Russian control in 2022, then
            # it was recaptured …, and now the Russians have occupied the ruins of the village";
            # "зайшли в Ізюм та взяли місто під контроль")
            at, end = targets[-1][0], targets[-1][0] + len(targets[-1][1].text)
            ana = w.anaphora.search(sent, end)
            between = sum(end <= a[0] < ana.start() for a in actions) if ana else 0
            own = 0 if any(a[0] < at for a in actions) else 1  # its own action comes after it
            if between > own and not w.description_after.match(sent, ana.end()):
                targets.append((ana.start(), targets[-1][1]))
        else:
            denies = any(a[2] == "denied" for a in actions)
            said = w.claim_anaphora.search(sent) if denies else None
            if said is None and denies and (pronoun := w.claim_pronoun.search(sent)):
                # rule pronoun_denial: "Russia said it captured X. Ukraine's military denied
                # it": the places the sentence right before claimed, and only those
                claimed = {c.place for c in claims if c.sentence == si - 1}
                if claimed and all(m.name in claimed for m in prev):
                    said, last_targets = pronoun, prev
            ana = w.anaphora.search(sent)
            if ana and w.description_after.match(sent, ana.end()):
                ana = None  # "The settlement lies 10 km southwest of …": described, not claimed
            if ana and any(m.span[0] - start < ana.start() for m in places):
                # rule anaphora_nearest: "просувалися на північний захід від Авдіївки та на
                # південний захід від Очеретиного і до околиці населеного пункту": the
                # settlement is the one the sentence just named, not an earlier sentence's
                ana = None
            if said:  # "denied the claim": every place the claim named
                targets = [(said.start(), m) for m in (prev or last_targets)]
            elif ana and len(prev) == 1:  # "Бересток находится … . Его взяли под контроль"
                targets, recalled = [(ana.start(), prev[0])], True
            elif ana and last_target is not None:
                targets, recalled = [(ana.start(), last_target)], True
            last = actions[-1][0]
            if not targets and not _doubted(sent, last, w):
                speaker = _speaker(sent, who_here, last, w)
                pending = (actions[-1][2], speaker[2:] if speaker else roles.source)
        # a claim nobody in the sentence makes, which the next sentence denies ("information
        # appeared that … However, the command denied it"), is the denied rumour, not a claim
        rumour = not who_here and _denies(sents, si + 1, langs)
        fallback = roles.relayed(si, relays, named) or roles.carried(paragraphs[si], sent, w)
        if (
            not who_here
            and roles.paragraph != paragraphs[si]
            and si + 1 < len(sents)
            and paragraphs[si + 1] == paragraphs[si]
            and (closing := _closing_voice(sents[si + 1][2], named[si + 1], langs[si + 1]))
        ):
            # rule paragraph_voice: "Російські війська активізували наступ … . Після кількох
            # місяців … увійшли до частини міста, пише Financial Times.": the voice closing
            # the paragraph's next sentence speaks for the paragraph, not one carried from an
            # earlier paragraph
            fallback = voices.place(sents[si + 1][2], [closing], w)[0][2:]
        if si in quoted:
            # rule quote_span: a sentence inside a quote that another sentence closes with its
            # speaker ('"Our units repelled … . The enemy also attacked near X," the General
            # Staff said') is that speaker's
            close, who = quoted[si]
            fallback = voices.place(sents[close][2], [who], w)[0][2:]
        if fallback is None and si + 1 < len(sents) and named[si + 1]:
            # "Ukrainian officials have not confirmed the report": the other side, not the speaker
            nxt = sents[si + 1][2]
            acts = _actions(nxt, langs[si + 1])
            # rule aftermath_voice: "… Поранено трьох людей, повідомив голова ОВА": the harm a
            # strike did, at no place of its own, tells of the strike before, by that voice
            aftermath = (
                acts
                and not by_sentence.get(si + 1)
                and {a[2] for a in acts} == {"shelled"}
                and {a[2] for a in actions} <= {"shelled", "attacked"}
            )
            if (not acts or aftermath) and not claim_words(langs[si + 1]).unconfirmed.search(nxt):
                # "… Sverdlikovo. This reports DeepState.": a sentence that only says who
                # speaks; one with claims of its own ("Russian milbloggers claimed …") is not
                fallback = voices.place(sents[si + 1][2], named[si + 1][:1], w)[0][2:]
        elif fallback is None:
            fallback = _signed(sents, named, langs, si)  # a bulletin's signature after its lines
        if fallback is None and not who_here and w.own_side_voice and not _YEAR.search(sent):
            # rule own_side_voice: "ворог атакував позиції наших захисників у районі X" with no
            # voice named or carried: the side that calls the forces "ours" reports it
            fallback = next((o[1:] for o in w.own_side_voice if o[0].search(sent)), None)
        if not who_here and (
            w.quote_attribution.search(sent)
            or (si - 1 in unplaced_quotes and sent.lstrip()[:1] in _QUOTE_OPENS)
        ):
            # rule quoted_unplaced: '"Our forces have taken X," the brigade commander told
            # AFP': a quote whose speaker the lexicon does not know (nor the quote's next
            # sentence, opening a quote again) is not a neighbouring sentence's voice
            unplaced_quotes.add(si)
            fallback = None
        if fallback == UNPLACED or (not who_here and _unplaced_speaker(sent, w)):
            # rule unplaced_speaker: a person the lexicon cannot place speaks ("Об этом
            # сообщил глава администрации Виталий Петров"): the side is not guessed
            fallback = None
        if fallback is not None and may_hold(w.no_comment, sent) and w.no_comment.search(sent):
            # rule no_comment: "The ministry made no comment on Torske, where fighting was
            # reported": the place's report is nobody's the text names, not the voice before
            fallback = None
        if may_hold(w.bystander, sent) and w.bystander.search(sent):
            # rule bystander: "… taken by the Ukrainian army," the witness said: a witness's or
            # resident's words are no side's claim (nor the carried source's)
            targets, fallback = [], None
        speaking = bounds = None  # worked out once per sentence, when a target needs them
        attributed = None  # the quotes the sentence attributes (rule quoted_unplaced)
        if may_hold(w.quote_attribution, sent):
            spans = [m.span() for m in w.quote_attribution.finditer(sent)]
            opened = _QUOTE_OPEN.search(sent)
            if spans and opened:
                marks = [m.start() for m in _QUOTE_MARK.finditer(sent)]
                attributed = (spans, [a for a, _ in spans], marks, opened.start())
        past: list[Mention] = []  # places of the story's background, not of its claims
        denying = None  # who denies the other side's claim in the sentence (other_side_claim)
        # the first place after each target's run of listed places ("A, B and C"): where a
        # place before its action is shadowed by another (rule fronted_locator)
        after_run = _after_runs(sent, targets, w)
        # each withdrawal's words of going ("to a defensive line", "на более выгодные
        # рубежи"): the first after the first place after it (rule withdrawal_destination)
        went = _withdrawal_destinations(sent, actions, targets, w)
        closed = _closed_relatives(sent, w) if len(targets) > 1 else []
        fronted = None  # the last place that took the action after it (rule fronted_clause)
        for k, (rel, target) in enumerate(targets):
            before = [a for a in actions if a[0] < rel]
            # rule list_after_relative: "shelled Nikopol, where a house was damaged, Marhanets
            # and Pokrovske": a place right after a relative clause closed by a comma goes on
            # the list the clause interrupted; an action inside the clause is not its action
            resumed = [
                sp
                for sp in closed
                if sp[1] < rel
                and any(
                    sp[1] < t <= rel and w.list_link.fullmatch(sent, sp[1], t) for t, _ in targets
                )
            ]
            if resumed:
                before = [a for a in before if not any(s <= a[0] < e for s, e in resumed)]
            act = before[-1] if before else next((a for a in actions if a[0] > rel), None)
            own = _relative_action(sent, rel, rel + len(target.text), actions, w)
            if own is not None:
                before, act = [], own  # "… northwest of Ostapivske, which Moscow claimed …"
            elif before:
                if speaking is None:
                    speaking = [c for c in who_here if _speaks(sent, c, w)]
                if _list_ended(sent, act[1], rel, speaking, w):
                    # rule list_ends: "Russian forces captured Dachne, the ministry said on
                    # Monday, while Ukrainian troops held Torske": the place is in a clause of
                    # its own, whose verb is no action; it takes an action only after it
                    before = []
                    act = next((a for a in actions if a[0] > rel), None)
                elif (
                    fronted is not None
                    and fronted[0] == k - 1
                    and w.list_link.fullmatch(
                        sent, targets[k - 1][0] + len(targets[k - 1][1].text), rel
                    )
                ):
                    # rule fronted_clause: the next name of the fronted place's list
                    before, act = [], fronted[1]
                    fronted = (k, act)
                elif own_clause := _fronted_object(sent, act[1], rel, len(target.text), w):
                    # rule fronted_object: "Окупанти захопили X, а Y наші воїни утримують",
                    # "ВСУ оставили X, а Y пока держат": Y is the object of a clause of its
                    # own, and takes only an action of that clause (none: no claim)
                    later = _fronted_action(
                        sent, own_clause, rel, len(target.text), actions, w, True
                    )
                    before, act = [], later
                    fronted = (k, act)
                elif later := _fronted_action(sent, act[1], rel, len(target.text), actions, w):
                    # rule fronted_clause: "Росіяни захопили X, а біля Y тривають бої", "ВС РФ
                    # заняли X, под Y идут бои": Y is fighting, not captured
                    before, act = [], later
                    fronted = (k, act)
            if act is None:
                continue
            if (
                before
                and k
                and not resumed
                and act[1] <= targets[k - 1][0]
                and w.relative_after.search(sent, targets[k - 1][0], rel)
            ):
                # rule relative_description: "… had seized Illinka, which is a target for
                # Moscow as it aims to occupy nearby Pokrovsk": a place in a relative clause on
                # the action's own place, with no action of its own there, describes it
                continue
            nxt = targets[after_run[k]][0] if after_run[k] < len(targets) else None
            if (
                not before
                and nxt is not None
                and (nxt < act[0] or max(a for a in actions if a[0] < nxt) == act)
                and not _gapped(sent, rel, nxt, targets[after_run[k]][1], actions)
            ):
                continue  # "near Kupiansk, Russian troops managed to advance in Kyslivka"
            desc = (
                None
                if before or w.fronted_place.search(sent, 0, rel)
                else w.appositive_after.match(sent, rel + len(target.text))
            )  # rule fronted_place: "In the town of X, a house was destroyed by …"
            if desc and act[0] < desc.end():
                continue  # "Pokrovsk, a major target of Russian advances": a description
            if not before and w.forward_stop.search(sent, rel + len(target.text), act[0]):
                continue  # "Evacuations from Pokrovsk continued as Russian forces advanced"
            denial = next(
                (a for a in actions
                 if a[2] == "denied" and a[0] < act[0] and not w.contrast.search(sent, a[1], act[0])
                 # rule participle_voice: "denied …, adding that fighting continued near X":
                 # the voice's next words are no part of what it denies
                 and not w.participle_voice.search(sent, a[1], act[0])),
                None,
            )  # fmt: skip
            denied = act if denial is not None else None
            if (
                denial is None
                and act[2] == "denied"
                and act[1] <= rel
                and w.denial_topic.search(sent, act[1], rel)
                and not any(act[1] <= a[0] < rel and a[2] != "denied" for a in actions)
            ):
                # rule denial_topic: "У ЗСУ заперечили втрати серед цивільних у Покровську",
                # "Ukraine denied that its troops had used cluster munitions near Pokrovsk": a
                # denial of something else at the place (lexicon denial_topics), no action there
                continue
            if denial is not None:
                act = denial  # "denied reports that Russian forces captured Pokrovsk"
            if act[1] <= rel and search_between(w.purpose, sent, act[1], rel):
                # rule purpose_clause: "…, где продолжаются бои, чтобы лучше подготовить город
                # Константиновку к обороне": a place in a purpose clause after the action is
                # what the action is for, not where it happens
                continue
            if (
                act[2] == "denied"
                and act[1] <= rel
                and search_between(w.concession, sent, act[1], rel)
            ):
                # rule denial_concession: "назвав повідомлення Москви брехнею, визнавши
                # водночас, що ситуація в районі Покровська складна": what the denier concedes
                # after the denial is no object of it
                continue
            a_start, _, kind = act
            if (
                kind in w.gain_kinds
                and w.denial_before.search(sent[max(0, a_start - NEGATION_REACH) : a_start])
                and not w.conditional.search(sent, max(0, a_start - 40), a_start)
            ):
                # rule negated_gain: "Ворог не окупував Дачне", "Немає оточення … у
                # Покровську": the speaker denies the gain
                act = (a_start, act[1], "denied")
                kind = "denied"
            elif (
                (kind in w.gain_kinds or kind == "attacked")
                and (tried := w.attempt_before.search(sent, max(0, a_start - 60), a_start))
                and tried.end() == a_start
                and not _doubted(sent, tried.start(), w)
            ):
                # rule attempt: "противник намагався просунутися в районі X": the attempt
                # was an attack there (a present aim, "намагаються охопити", stays doubted)
                act = (a_start, act[1], "attacked")
                kind = "attacked"
            elif _doubted(sent, a_start, w) or _hypothetical(sent, act, w):
                continue
            if bounds is None:
                bounds = _clause_bounds(sent)
            ongoing = False
            if kind in ("attacked", "fighting", "shelled") and who_here:
                # rule ongoing_span: "have been trying to encircle X for weeks" goes on now,
                # told by a voice the sentence names (a narrator's "… for weeks" after another
                # sentence's voice is the story's background, not that voice's claim)
                tense = w.attempt_before.search(sent, max(0, a_start - 60), a_start)
                verb = tense.start() if tense and tense.end() == a_start else a_start
                ongoing = bool(w.ongoing_before.search(sent, max(0, verb - 40), verb))
            if _background(
                sent, (a_start, act[1]), (rel, rel + len(target.text)), w, bounds, ongoing=ongoing
            ):
                past.append(target)
                continue  # "Russian forces, which captured Avdiivka in February, …": history
            if _past_relative(sent, rel + len(target.text), a_start, published, w):
                past.append(target)
                continue  # "Андріївка, яку ЗСУ звільнили у вересні 2023 року, …": history
            if kind not in w.toward_kinds and w.toward_before.search(sent[max(0, rel - 80) : rel]):
                continue  # "advancing towards Pokrovsk": an aim, not where they are
            if may_hold_between(w.advance_toward, sent, rel - 80, rel) and w.advance_toward.search(
                sent, max(0, rel - 80), rel
            ):
                # rule advance_axis: "ведет наступление в направлении Краматорска": the axis of
                # an offensive, not a place attacked ("атаки в направлении населенного пункта
                # X", with its settlement word, still are)
                continue
            if w.destination_before.search(sent[max(0, rel - 80) : rel]):
                continue  # rule destination: "… fled to X": where someone went, not an action's
            if any(
                cue_end <= rel and (act[0] == start or cue_start <= act[0] < cue_end)
                for start, (cue_start, cue_end) in went.items()
            ):
                # rule withdrawal_destination: "withdrew from Avdiivka to a defensive line
                # around Lastochkyne", "відійшли з X на нові рубежі біля Y", "отошли из X на
                # более выгодные рубежи у Y": where the troops went, neither a place withdrawn
                # from nor one the words of going ("более выгодные рубежи") advanced to
                continue
            place = (rel, rel + len(target.text))
            if (
                kind in w.partitive_kinds
                and a_start < rel
                and w.taken_near.fullmatch(sent, act[1], rel)
            ):
                continue  # rule taken_near: "захопили опорний пункт біля X": not X taken
            if kind in w.partitive_kinds and (
                _partitive(sent, act, place, w)
                or w.reference_claimed.search(sent[max(0, rel - 80) : rel])
            ):
                # rule partitive: "capturing two districts there"; a capture beside the place
                # ("заняли лесополосу северо-западнее X") is an advance there (reference_claimed)
                kind = "advancing"
            if kind == "attacked" and w.failed_after.match(sent, act[1]):
                kind = "repelled"  # rule failed_attempt: "attempts to advance … have failed"
            partial = denied is not None and denied[2] in w.partitive_kinds
            if partial and _partitive(sent, denied, place, w):
                denied = (denied[0], denied[1], "advancing")
            if speaking is None:
                speaking = [c for c in who_here if _speaks(sent, c, w)]
            claimant = _speaker(sent, who_here, a_start, w, speaking)
            if (
                kind == "denied"
                and claimant is not None
                and w.actor_subjects
                and _DENIED_OBJECT.fullmatch(sent, act[1], claimant[0])
            ):
                # rule denied_object: "X, spokesman for …, denied Russian propagandists'
                # reports of the capture of Y": the claimant right after the denial is whose
                # claim is denied (its reports "speak"), not the one who denies it
                rest = [c for c in who_here if c is not claimant]
                claimant = _speaker(sent, rest, a_start, w, [c for c in speaking if c in rest])
            if kind == "denied" and claimant is not None and claimant[0] < rel < a_start:
                # rule denier_subject: "Київ заявив про зачистку Роботиного, але Москва це
                # заперечила": the voice right before a denial after the place denies it, not
                # the voice that opened the sentence with a claim of the other side
                subject = next(
                    (c for c in reversed(who_here)
                     if rel < c[0] < a_start and c[3] != claimant[3]
                     and (c[1] >= a_start or _DENIER_GAP.fullmatch(sent, c[1], a_start))),
                    None,
                )  # fmt: skip
                claimant = subject or claimant
            who = claimant[2:] if claimant else fallback
            if attributed and _unplaced_quote(sent, rel, attributed, who_here):
                continue  # rule quoted_unplaced: "X said. «We took Y», — a commander said"
            if who is None or (claimant is None and rumour):
                continue
            if claimant is None and not roles.may_carry(who, kind, w):
                continue  # rule not_confirming: a side that did not confirm claims no gain
            if w.casualty.match(sent, a_start) and w.casualty_near.search(
                sent, max(0, rel - 20), rel
            ):
                continue  # rule casualty: "был ранен под Бахмутом": a wound at the front
            if (
                claimant is None
                and w.casualty.match(sent, a_start)
                and (own := [c.claim for c in claims if c.claimant == who[0]])
                and own[-1] not in _STRIKE_KINDS
            ):
                # rule casualty: "В Хмельницком один человек погиб, еще четверо ранены" in a
                # digest whose voice last claimed fighting: a casualty no voice of its sentence
                # reports is no claim of a voice whose last claim was no strike
                continue
            if (
                claimant is None
                and who[1] == "RU"
                and (kind in w.gain_kinds or kind == "liberated")
                and w.gain_agent
                and _gain_agent(sent, a_start, w) == "UA"
            ):
                # rule carried_gain_side: "Russia's defence ministry said it captured Dachne.
                # Ukrainian forces liberated Torske.": a Russian voice carried from a sentence
                # before does not announce Ukraine's gain; whose words they are the sentence
                # does not say (red team 10)
                continue
            if claimant is None and kind == "denied":
                # rule unknown_denier: "Moscow claimed it had captured Kupiansk. The Kharkiv
                # group of forces denied it": a denial by a voice the lexicon does not know is
                # not the claim's own voice denying it; the claim is disputed, nobody denies
                own = [
                    c
                    for c in claims
                    if c.place == target.name
                    and c.side == who[1]
                    and c.claim != "denied"
                    and c.sentence >= si - 1
                ]
                if own:
                    for c in own:
                        c.status = "disputed"
                    continue
            last_target = target
            # a denial after the action, spoken by the sentence's speaker ("Reports that Russia
            # captured Pokrovsk are not true, the General Staff said"; "Інформація про
            # захоплення … не відповідає дійсності, заявив речник"): the speaker denies
            if (
                kind == "denied"
                and act[0] > rel
                and _denies_elsewhere(sent, act, target, targets, w)
            ):
                continue  # "визнали втрату X, але спростували чутки про оточення Y": Y's denial
            later = next((a for a in actions if a[2] == "denied" and a[0] > max(rel, act[1])), None)
            if later is not None and _denies_elsewhere(sent, later, target, targets, w):
                if (
                    claimant is not None
                    and claimant[0] < later[0]
                    and (
                        claimant[1] >= later[0]  # the voice's span reaches its verb
                        or _DENIER_GAP.fullmatch(sent, claimant[1], later[0]) is not None
                    )
                ):
                    # "Российские войска якобы окружили Покровск, однако ВСУ опровергли лишь
                    # сообщения о штурме Мирнограда": the voice is the subject of a denial of
                    # another place and says nothing of this one
                    continue
                later = None
            # rule other_side_claim: "Генштаб ЗСУ: заяви ворога про захоплення Сіверська не
            # відповідають дійсності": the other side's claim a speaker before it denies (or,
            # when nobody in the sentence speaks, the speaker the report is quoting)
            denier = None
            if later is not None and kind != "denied" and claimant is not None:
                spoke = [c for c in speaking if c[0] < claimant[0] and c[3] != claimant[3]]
                if claimant[0] > later[0]:
                    pass
                elif spoke:
                    denier = spoke[0][2:]
                elif any(a_start < c[0] < later[0] and c[3] != claimant[3] for c in who_here):
                    # rule between_denier: "Москва заявляє про оточення X, Київ це спростовує":
                    # the other side named between the claim and the denial denies it (rule
                    # contrast_denier), not a voice the report is quoting
                    pass
                elif not speaking and fallback is not None and fallback[1] != claimant[3]:
                    denier = fallback
            if denier is not None:
                made = [(denier, "denied", later[0], None), (who, kind, a_start, "disputed")]
                later, denying = None, denier
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and a_start < claimant[0] < later[0]
                and (
                    w.contrast.search(sent, act[1], claimant[0])
                    or (
                        # rule relative_denier: "…, що в Генштабі ЗСУ назвали брехнею"
                        (rc := w.denial_relative.match(sent, rel + len(target.text)))
                        and "," not in sent[rc.end() : later[0]]
                    )
                    or (
                        not sent[claimant[1] : later[0]].count(",")
                        and w.claim_anaphora.search(sent, claimant[1], later[1])
                    )
                )
            ):
                # rule contrast_denier: "Окупаційне командування заявило про захоплення
                # Ямполя, проте 3-й армійський корпус це спростував": the claimant after "but"
                # denies the claim; who made it the lexicon does not know, so no side makes it.
                # So does one whose own words point back to it ("Росіяни нібито оточили X — у
                # корпусі назвали це фейком"; rule pronoun_denier)
                made = [(who, "denied", later[0], None)]
                made += _alleged_gain(sent, a_start, kind, who[1], w)
                later, denying = None, who
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] > later[0]
                and (
                    own_denier := next(
                        (
                            c
                            for c in who_here
                            if c[3] != claimant[3]
                            and (
                                (a_start < c[0] < later[0] and _denier(sent, a_start, c, w))
                                or (
                                    later[1] < c[0] < claimant[0]
                                    and (by := w.agent_before.search(sent, later[1], c[0]))
                                    and not sent[later[1] : by.start()].strip()
                                )
                            )
                        ),
                        None,
                    )
                )
            ):
                # rule denier_in_clause: "Russian forces captured Dachne, a claim Kyiv denied
                # (a claim denied by Kyiv), the Russian Defence Ministry said": the denial has
                # its own denier; the closing voice makes the claim, which the denier disputes
                made = [
                    (who, kind, a_start, "disputed"),
                    (own_denier[2:], "denied", later[0], None),
                ]
                later = None
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] > later[0]
                and (gap := _AGENT_GAP.match(sent, later[1])) is not None
                and (by := w.agent_before.search(sent, later[1], gap.end())) is not None
                and not sent[later[1] : by.start()].strip()
            ):
                # rule denier_in_clause: "…, a claim denied by Kyiv, the ministry said": a
                # passive denial by someone the lexicon does not know disputes the closing
                # voice's claim, and that voice denies nothing; when the voice found is the
                # denial's agent ("…, a claim rejected by the General Staff, DeepState said"),
                # it denies, and the claim is the next voice's (or nobody's said claim)
                if sent[by.end() : claimant[0]].strip():
                    made = [(who, kind, a_start, "disputed")]
                else:
                    maker = next((c for c in speaking if c[0] > claimant[1]), None)
                    made = [(who, "denied", later[0], None)]
                    made += [(maker[2:], kind, a_start, "disputed")] if maker else []
                later = None
            elif (
                later is not None
                and kind != "denied"
                and (claimant is None or claimant[0] > later[0])
            ):
                made = [(who, "denied", later[0], None)]
                made += [
                    (c[2:], kind, a_start, "disputed")
                    for c in who_here
                    if c[0] < later[0] and c[3] != who[1]
                ][-1:] or _alleged_gain(sent, a_start, kind, who[1], w)
                later = None
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] < a_start < rel < later[0]
                and not w.contrast.search(sent, rel, later[0])
                and not any(rel < r < later[0] for r, _ in targets)
                and not any(rel < c[0] < later[0] for c in who_here)
                and not _SAID_DENIAL_BREAK.search(sent, rel, later[0])
            ):
                # rule said_denial: "Kyiv said claims that Russian troops had captured Toretsk
                # were false", "Генштаб заявив, що повідомлення про захоплення Торецька не
                # відповідають дійсності": the voice before the claim says it is false, and
                # makes no claim; who made it the sentence does not say
                made = [(who, "denied", later[0], None)]
                later, denying = None, who
            else:
                made = [(who, kind, a_start, None)]
                if claimant is not None:
                    # rule joint_claimants: "Russian officials and a Ukrainian website …
                    # claimed that Moscow's troops had entered Kupiansk": each makes the claim
                    made += [
                        (c[2:], kind, a_start, None)
                        for c in who_here
                        if c[3] != claimant[3]
                        and _JOINT.fullmatch(sent, c[1], claimant[0])
                        and _JOINT_OPENS.search(sent, max(0, c[0] - 12), c[0])
                    ][:1]
                # rule echoed_claim: "X are now under Russian occupation, according to
                # DeepState, a claim previously supported by Moscow's defense ministry": the
                # claimant the appositive names makes the claim too
                made += [
                    (c[2:], kind, a_start, None)
                    for c in who_here
                    if c[0] > max(rel, a_start)
                    and c[2] != who[0]
                    and w.echo_before.search(sent, max(0, c[0] - ECHO_REACH), c[0])
                ][:1]
            # "denied Russia's claim to have captured X": Russia's claim is reported too
            if denied is not None:
                # rule denied_same_side: the claimant named as the denial's object ("спростувало
                # інформацію аналітиків DeepState про те, що …") is the one denied, whatever
                # its side; a voice named after the claim only if it is the other side
                reported = [c for c in who_here if act[1] <= c[0] < denied[0] and c[2] != who[0]]
                # rule reported_after: "… не мають даних, що окупанти захопили Високе, як
                # стверджують російські ЗМІ": the claim denied is the one who speaks after it
                reported = (
                    reported[-1:]
                    or [c for c in speaking if c[0] > denied[1] and c[3] != who[1]][:1]
                )
                made += [(c[2:], denied[2], denied[0], "disputed") for c in reported]
            # "… had taken control of Kupiansk, but Ukraine's military denied the city had
            # changed hands": the other side's denial of the same place
            if later is not None and kind != "denied":
                made += [
                    (c[2:], "denied", later[0], None)
                    for c in who_here
                    if rel < c[0] < later[0] and c[3] != who[1]
                ][-1:] or [
                    # rule denied_by: "…, a claim denied by Ukraine's General Staff", "…, which
                    # was rejected by Kyiv": the passive denial's agent denies it
                    (c[2:], "denied", later[0], None)
                    for c in who_here
                    if c[0] > later[1]
                    and c[3] != who[1]
                    and c[0] - later[1] <= ACTOR_REACH
                    and w.actor_subjects
                    and (by := w.agent_before.search(sent, later[1], c[0])) is not None
                    and not sent[later[1] : by.start()].strip()
                ][:1]
            made += _relative_claim(sent, target.span[1] - start, act, actions, who_here, w)
            for (name, side, ckind), kind_, _at, status in made:
                said = [
                    c for c in claims
                    if c.side == side and c.place == target.name and c.sentence >= si - 1
                ] if recalled else []  # fmt: skip
                if said:
                    # "… entered Kupiansk. … scattered through the town": said already; a
                    # day the repeat names dates the first, undated telling (rule
                    # restated_date: "Moscow claimed it had taken the tiny village on Monday")
                    when, precision, note = _claim_date(
                        undated, published, anchors, name, lead, stamp=stamp, intraday=intraday
                    )
                    # only a day (or a week) the claim was made restates it: "in July last
                    # year" after "Moscow claimed X" tells history ("Ukrainian troops retook
                    # the village … in July last year"), not when Moscow spoke
                    if not note.startswith("date not stated") and precision in ("day", "week"):
                        for c in said:
                            if c.notes.startswith("date not stated") and c.claimant == name:
                                c.date, c.date_precision = when.isoformat(), precision
                                c.notes = f"restated_date: {note}"
                    continue
                if (
                    kind_ == "denied"
                    and side == "RU"
                    and w.ukraine_holds.search(sent, _at, _at + HOLDS_REACH)
                ):
                    # rule holder_side: "X is still under Ukrainian control" is no Russian
                    # voice's word; read in one (a carried voice, "the General Staff"
                    # unqualified) the voice is unknown: no claim is guessed
                    continue
                claim_kind = w.claim_by_side.get(kind_, {}).get(side, kind_)
                if kind_ in ("captured", "liberated") and w.gain_agent:
                    # rule agent_side: "Russian bloggers said Ukrainian forces had recaptured
                    # X": the other side's gain, which the voice concedes
                    agent = _gain_agent(sent, _at, w)
                    # rule expelled_side: "its forces had driven Russian troops out of X",
                    # "вибили окупантів з X": the side that drove the other out gained X
                    expelled = _expelled_side(sent, _at, rel, w)
                    if expelled is not None:
                        agent = {"RU": "UA", "UA": "RU", "enemy": side}.get(expelled)
                    if agent == "enemy":  # "the enemy has retaken X": the voice's other side
                        agent = {"RU": "UA", "UA": "RU"}.get(side)
                    # "We have taken X": the voice's own side ("We lost control over X": no
                    # gain of the voice's)
                    first_person = agent == "self" and not w.loss_action.search(
                        sent, _at, max(rel, _at + LOSS_REACH)
                    )
                    if agent == "self" and not first_person:
                        agent = None
                    if first_person:
                        agent = side
                    if agent == "RU" != side:  # "Russian troops retook X", a Ukrainian voice
                        claim_kind = "captured"
                    elif agent == "UA" == side and (expelled is not None or first_person):
                        # Ukraine's voice: its forces drove them out, "we have taken X"
                        claim_kind = "liberated"
                    elif agent == "UA" != side and (
                        kind_ in w.gain_agent_kinds or expelled is not None
                    ):
                        # "ВСУ удалось захватить Малиновку", said by a Russian voice: Ukraine's
                        # gain, not the voice's side's capture
                        claim_kind = "liberated"
                # "X withdrew from Lyman, a day after Moscow said it was annexing …": the
                # count dates only the places of the clause it opens (rule days_relative)
                if si not in counts_at:  # searched once per sentence: linear time
                    counts_at[si] = w.days_relative.search(undated)
                counted = counts_at[si]
                own = counted is None or rel >= counted.start()
                # a denial is dated with the claim it denies, not by the denier's bulletin
                # convention ("… captured Dachne over the past day, a claim Kyiv denied")
                voice_day = side if kind_ != "denied" else None
                # rule aside_not_main: "Fighting continues in Toretsk, which Russia said it had
                # captured on Monday, …": a relative clause's day dates only what it tells
                undated_here = _outside_asides(undated, _at, w)
                key_ = (si, name, own, voice_day, undated_here)
                if key_ not in dating:  # one reading per sentence, voice and clause
                    dating[key_] = _claim_date(
                        undated_here, published, anchors, name, lead, counted=own,
                        header=headers.get(si), side=voice_day, stamp=stamp, intraday=intraday,
                    )  # fmt: skip
                when, precision, note = dating[key_]
                if note == "an explicit date" and kind_ != "denied":
                    voice = [c for c in who_here if c[2] == name]
                    masked = _date_own_clause(undated, published, (_at, rel), voice, w)
                    if masked is not None:
                        # rule date_own_clause: "Генерала призначили 3 травня, а Генштаб
                        # повідомив, що Роботине звільнено": the date is another clause's
                        when, precision, note = _claim_date(
                            masked, published, anchors, name, lead, counted=own,
                            header=headers.get(si), side=voice_day, stamp=stamp, intraday=intraday,
                        )  # fmt: skip
                        note += " (date_own_clause: the explicit date is another clause's)"
                if later := _days_later(undated, si, rel, published, anchors, w):
                    (when, note), precision = later, "day"
                elif note == "an explicit date":
                    when = _date_at(undated, rel, published, when, targets[0][0])
                elif (
                    precision == "day"
                    and note.startswith("date not stated")
                    and (recap := anchors.recap.get(name)) is not None
                    and recap.sentence == si - 1
                    and not who_here
                    and not _coarse_at(undated, rel, published)
                ):
                    # rule recap_continued: "Previously: the evening before, the General Staff
                    # reported … . The heaviest fighting was near X.": the recap goes on in a
                    # sentence that names no voice of its own
                    when = Date.fromisoformat(recap.date)
                    note = f"recap_continued: {recap.notes}"
                elif note.startswith("date not stated"):
                    when, precision, note = _coarse_at(undated, rel, published) or (
                        _additive_day(sent, si, claims, w) or (when, precision, note))  # fmt: skip
                elif precision == "day" and (
                    clause := _weekday_at(undated, rel, published, rel + len(target.text))
                ):
                    when, note = clause
                if not note.startswith("date not stated") and (
                    recent := _recent_appositive(sent, target.span[1] - start, _at, published, w)
                    or _relative_aside(sent, target.span[1] - start, _at, published, w, name, stamp)
                ):
                    when, precision, note = recent
                status = status or ("assessed" if ckind in w.assessed_kinds else "claimed")
                if (
                    status == "claimed"
                    and kind_ != "denied"
                    and may_hold_between(w.alleged_before, sent, _at - ALLEGED_REACH, _at)
                    and w.alleged_before.search(sent, max(0, _at - ALLEGED_REACH), _at)
                ):
                    # rule alleged: "окупанти нібито захопили Купʼянськ", "там якобы
                    # заблокировали", "had allegedly entered Robotyne": the report marks the
                    # claim as only alleged — disputed, as the corpus codes it
                    status = "disputed"
                claims.append(Claim(target.name, name, side, claim_kind,
                                    when.isoformat() if precision != "year" else str(when.year),
                                    precision, status, sent, si, note, *_placed(target),
                                    (start, start + len(sent)), *_placing(target)))  # fmt: skip
                anchors.add(claims[-1], w.recap)
        if past:
            # "the city" next points back to what the report is about, not to a place of its
            # background ("… since they seized Bakhmut last May. 'I decided to withdraw our
            # units from the city'"; rule background_antecedent)
            named_before = [m for m in named_before if all(m is not p for p in past)]
        if not targets and not rumour:
            # rule dated_summary: an action dated in the text on no single place ("Минулої
            # доби під ударами опинилися населені пункти трьох районів") dates the speaker's
            # later undated claims, as a dated claim would; a recap's ("Previously: the
            # evening before, the General Staff reported …") only those of the next sentence
            # (rule recap_continued)
            act = actions[-1]
            speaker = _speaker(sent, who_here, act[0], w)
            who = speaker[2:] if speaker else fallback
            if who is not None and not _doubted(sent, act[0], w):
                when, precision, note = _claim_date(
                    sent, published, anchors, who[0], lead, stamp=stamp, intraday=intraday
                )
                if precision == "day" and not note.startswith("date not stated"):
                    dated = Claim("", who[0], who[1], act[2], when.isoformat(), "day",
                                  "claimed", sent, si, note)  # fmt: skip
                    if w.recap.match(sent):
                        anchors.recap[who[0]] = dated
                    else:
                        anchors.said[who[0]] = dated
        speaks = may_hold(w.speech, sent) and w.speech.search(sent)
        not_agents = [
            c
            for c in who_here
            if not w.agent_before.search(sent, max(0, c[0] - AGENT_REACH), c[0])
            # rule strike_agent: "Russian military shelled the village of X", "Russians
            # launched a mortar attack on X" with no word of saying: the side that struck,
            # not a voice the next sentences speak in; in English, the subject of any action
            # in a sentence where nobody speaks ("ISW: Ukrainian army advances") acts too
            # (rule actor_agent)
            and (speaks or _speaks(sent, c, w) or not any(
                (a[2] in _STRIKE_KINDS or w.actor_subjects)
                and 0 <= a[0] - c[1] <= STRIKE_REACH
                for a in actions
            ))
        ]  # fmt: skip
        if not_agents or denying:
            # the claimant of a claim the sentence denies does not speak on after it, and the
            # agent of what happened ("shelling … by the Russian army") does not speak at all
            # rule speaker_carried: of the claimants the sentence names, the one that speaks
            # carries on ("Ukraine's General Staff said the Russian army attacked X. Fighting
            # also continued near Y": the General Staff's, not the Russian army's, voice)
            said = [c for c in not_agents if _speaks(sent, c, w)] if speaks else []
            roles.source = denying or (said or not_agents)[-1][2:]
            roles.paragraph = paragraphs[si]
        _date_said(sent, published, claims, people)
    claims = _retracted(sents, by_sentence, named, langs, claims)
    unconfirmed |= roles.doubted_places(claims)
    if len(sents) > 1 and not _LINE_END.search(sents[0][2]):
        # a headline repeats what the report says: where the body makes the same side's claim
        # on the place, the headline's wording ("troops enter Kherson") is not another claim
        # (a denial in the headline is no restatement of the body's fighting there: "Немає
        # оточення … у Покровську" over "У Покровську тривають бої"; rule headline_denial)
        body = {(c.side, c.place, c.claim == "denied") for c in claims if c.sentence > 0}
        body |= {(side, place, False) for side, place, _ in body}
        claims = [
            c
            for c in claims
            if c.sentence > 0 or (c.side, c.place, c.claim == "denied") not in body
        ]
    return _merge(claims, unconfirmed, published)


#: A Cyrillic place after a comma and a preposition, then a dash standing for the verb said
#: before it ("У Костянтинівці пошкоджено 4 будинки, у Дружківці – адмінбудівлю").
#: A settlement's abbreviated type word between a clause's preposition and its place ("у с.",
#: "в пос."), as the lexicons list them.
_GAP_TYPE = (
    r"(?:(?:"
    + "|".join(
        sorted((re.escape(a.rstrip(".")) for a in _TYPE_ABBREVIATIONS), key=len, reverse=True)
    )
    + r")\.\s*)?"
)
_GAP_BEFORE = re.compile(rf"[,;]\s*(?:у|в|на|во|біля|поблизу|около|возле|под)\s+{_GAP_TYPE}$", re.I)
_GAP_AFTER = re.compile(r"\s+[–—-]\s")
_GAP_OPENING = re.compile(
    rf"(?:^|[,;:«\"“„]\s*)(?:у|в|на|во|біля|поблизу|около|возле|под)\s+{_GAP_TYPE}$", re.I
)


#: Who speaks in a description the report itself adds to a place (rule ``own_narration``).
OWN_NARRATION = "the report's own narration"
#: A description that opens on its verb closes a parenthetical: it is about the place the
#: sentence opens with ("Prohres, in the Pokrovsk district northwest of Avdiivka, has been …").
_VERB_AFTER_COMMA = re.compile(r",\s*(?:has|have)\b")
#: Where a description ends (rule ``own_narration`` reads its words up to there).
_DESCRIPTION_END = re.compile(r"[,.;!?]")


def _own_narration(
    sent: str, start: int, si: int, places: list, axis, names, w: ClaimWords, published: Date
) -> list[Claim]:
    """Rule ``own_narration``: the report's own description of a place as fought over now
    ("Pokrovsk, a logistics hub … under heavy attack for months"; lexicon
    ``narration_after``), a claim of side ``other`` dated on the publication date with month
    precision, whoever speaks in the sentence."""
    out: list[Claim] = []
    # patterns whose words the sentence lacks are not tried at each of its places
    patterns = [(p, kind) for p, kind in w.narration_after if may_hold(p, sent)]
    if not patterns:
        return out
    for m in places:
        rel, end = m.span[0] - start, m.span[1] - start
        found = next(((said, kind) for p, kind in patterns if (said := p.match(sent, end))), None)
        if found is None:
            continue
        clause_end = _DESCRIPTION_END.search(sent, found[0].end())
        if w.speech.search(sent, end, clause_end.start() if clause_end else len(sent)):
            # "Toretsk, recently captured by Russian forces according to Moscow, …": a voice's
            # claim the description relays, not the report's own narration
            continue
        if found[1] in ("attacked", "fighting") and w.narration_not.search(
            sent, end, clause_end.start() if clause_end else len(sent)
        ):
            # the description up to its closing comma: "Shebekino, a town that has been under
            # constant shelling, was hit again" reads "was" in the main clause, not in it
            continue  # "which has never been …", "which could come under …", "… in 2022"
        if found[1] not in ("attacked", "fighting") and w.background.search(
            sent, found[0].end(), clause_end.start() if clause_end else len(sent)
        ):
            # rule narration_past: "Kupiansk, recently liberated by Ukrainian forces in
            # September 2022, …": a change of hands the description dates to a time long past
            # is history, not a claim on the publication day
            continue
        if sent.count('"', 0, rel) % 2 or sent.count("“", 0, rel) > sent.count("”", 0, rel):
            continue  # inside a quote: the speaker's words, not the report's own
        target = m
        if _VERB_AFTER_COMMA.match(sent, end):
            first = places[0]
            if first is m or re.search(r"[,;:]", sent[: first.span[0] - start]):
                continue
            target, rel, end = first, first.span[0] - start, first.span[1] - start
        if names.covers(rel) or _excluded(sent, rel, end, axis, target, w) not in (
            None,
            DESCRIBED,
            "location reference",
        ):
            continue  # a reference ("50 km from Kramatorsk, where Russian attacks …") may be
        out.append(
            Claim(target.name, OWN_NARRATION, "other", found[1], published.isoformat(), "month",
                  "claimed", sent, si, f"own_narration: {found[0].group(0)[:80]!r} "
                  "(the report's description; dated on the publication date)",
                  *_placed(target), (start, start + len(sent)), *_placing(target))
        )  # fmt: skip
    return out


def _additive_day(sent: str, si: int, claims: list[Claim], w: ClaimWords) -> tuple | None:
    """Rule ``additive_day``: a sentence opening on words that add to the one before ("Окрім
    того, Зеленський підтвердив звільнення Архангельського", "Кроме того, освобождено
    Ямполь") and stating no date of its own is of the day the sentence before dated its
    claims by the text; ``(date, precision, note)`` or None."""
    if not (may_hold(w.additive_opening, sent) and w.additive_opening.match(sent)):
        return None
    days = {
        c.date
        for c in claims
        if c.sentence == si - 1 and c.date_precision == "day" and not c.notes.startswith("date not")
    }
    if len(days) != 1:
        return None
    (day,) = days
    return Date.fromisoformat(day), "day", f"additive_day: the date of the sentence before ({day})"


def _gapped(sent: str, rel: int, nxt: int, later: Mention, actions=()) -> bool:
    """Rule ``gapped_clause``: a place that opens its clause ("У Костянтинівці пошкоджено …")
    and a later one in a clause that repeats its preposition and leaves the verb to a dash
    (", у Дружківці – адмінбудівлю", ", в Горловке — школа") are parallel places of the same
    action, not a locator and its place (rule fronted_locator)."""
    after = nxt + len(later.text)
    return bool(
        _CYRILLIC.search(later.text)
        and _GAP_OPENING.search(sent, max(0, rel - 20), rel)
        and _GAP_BEFORE.search(sent, max(0, nxt - 20), nxt)
        and (
            _GAP_AFTER.match(sent, after)
            # rule parallel_clauses: "У м. Балаклія постраждав чоловік; у с. Слатине поранено
            # жінку": the later place's clause has its own verb right after it
            or any(after <= a[0] <= after + PARALLEL_VERB_REACH for a in actions)
        )
    )


#: How far after a place opening a parallel clause its own verb may begin (rule
#: parallel_clauses): "у сел. Борова зруйновано", "у с. Вільхуватка Нововодолазької громади
#: постраждали".
PARALLEL_VERB_REACH = 30


def _within_span(at: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (sorted, not overlapping; ``starts`` their
    starts): a binary search, so a sentence's actions are checked in linear-log time."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


#: Claim kinds that say a side struck a place (rule ``strike_agent``), and how many characters
#: after a claimant's name such an action may begin for the claimant to be its subject.
_STRIKE_KINDS = ("shelled", "attacked")
#: How far before an action a word marking it as alleged is looked for (rule alleged).
ALLEGED_REACH = 40
STRIKE_REACH = 40


_RELATIVE_CLOSE = re.compile(r"[,;:.!?()—–]")


def _closed_relatives(sent: str, w: ClaimWords) -> list[tuple[int, int]]:
    """The relative clauses apposed to a place and closed by a comma ("Nikopol, where a house
    was damaged, Marhanets …"): (the clause's start, its closing comma) (rule
    ``list_after_relative``)."""
    out = []
    for m in w.relative_after.finditer(sent):
        close = _RELATIVE_CLOSE.search(sent, m.end())
        if close is not None and close.group() == ",":
            out.append((m.start(), close.start()))
    return out


def _after_runs(sent: str, targets: list, w: ClaimWords) -> list[int]:
    """For each target, the index of the first target after the list it belongs to ("A, B and
    C": each of A, B, C points past C), or ``len(targets)``.

    Rule ``fronted_locator``: a place named before its action, with another place not listed
    with it between them ("In the other direction, near Kupiansk, Russian troops managed to
    advance in the village of Kyslivka"), only says where the other place is.
    """
    out = [len(targets)] * len(targets)
    for k in range(len(targets) - 2, -1, -1):
        rel, target = targets[k]
        nxt = targets[k + 1][0]
        linked = nxt > rel and w.list_link.fullmatch(sent, rel + len(target.text), nxt)
        out[k] = out[k + 1] if linked else k + 1
    return out


def _retracted(sents, by_sentence, named, langs, claims: list[Claim]) -> list[Claim]:
    """Rule ``retracted``: a claimant the report says misspoke ("напередодні речник … обмовився,
    маючи на увазі ситуацію в Покровську") made no claim of his own elsewhere in it: his
    claims are dropped, but for his denials and those on the places the retraction names."""
    gone: set[str] = set()
    kept: set[str] = set()
    for si, (_, _, sent) in enumerate(sents):
        if named[si] and claim_words(langs[si]).retraction.search(sent):
            gone |= {c[2] for c in named[si]}
            kept |= {m.name for m in by_sentence.get(si, [])}
    if not gone:
        return claims
    return [c for c in claims if c.claimant not in gone or c.claim == "denied" or c.place in kept]


#: Characters between a place and the relative pronoun of a clause about it, and between
#: that clause's action and its claimant ("Ягодное …, о взятии которого заявили в ЧВК Вагнера").
RELATIVE_REACH = 40


def _relative_claim(sent: str, end: int, act, actions, who_here, w: ClaimWords) -> list:
    """Rule ``relative_claim``: a clause about the place just named makes a claim of its own,
    by the claimant named in it ("… Ягодное под Бахмутом, о взятии которого заявили в ЧВК
    Вагнера"; "… Привілля, про захоплення якого заявляли росіяни")."""
    rel = w.relative.search(sent, end, end + RELATIVE_REACH)
    if rel is None or re.search(r"[.;:!?]", sent[end : rel.start()]):
        return []
    clause = sent.find(",", rel.end())
    clause = len(sent) if clause < 0 else clause
    action = next(
        (a for a in actions if a is not act and end <= a[0] < clause and a[2] != "denied"), None
    )
    if action is None or _doubted(sent, action[0], w):
        return []
    who = next(
        (c for c in who_here if action[1] <= c[0] <= clause and c[0] - action[1] <= RELATIVE_REACH),
        None,
    )
    if who is None:
        return []
    return [(who[2:], action[2], action[0], None)]


def _relative_action(sent: str, rel: int, end: int, actions, w: ClaimWords):
    """Rule ``relative_action``: the action of a reference that a relative clause makes an
    action's place ("… northwest of the village of Ostapivske, which Moscow claimed capturing
    in December last year") is the clause's own, not the sentence's main verb (and the
    clause's time dates it)."""
    if not w.relative_after.match(sent, end):
        return None
    if not w.reference_before.search(sent[max(0, rel - 80) : rel]):
        return None
    comma = sent.find(",", end + 1)
    stop = len(sent) if comma < 0 else comma
    return next((a for a in actions if end < a[0] < stop), None)


#: How far before a place a partitive ("part of", "two districts of") is read.
PARTITIVE_REACH = 60
_PART_BREAK = re.compile(r"[,;.]|\band\b|\bі\b|\bи\b")


def _partitive(sent: str, act: tuple, place: tuple[int, int], w: ClaimWords) -> bool:
    """Rule ``partitive``: whether a capture at ``act`` takes only part of the place at
    ``place`` ("captured part of Kupiansk", "took control of two districts of Pokrovsk",
    "pushing forward in Pokrovsk, capturing two districts there"): an advance there, not
    the place's capture."""
    if w.partitive_before.search(sent, max(0, place[0] - PARTITIVE_REACH), place[0]):
        return True
    if sent.startswith(("'s", "’s"), place[1]) and w.partitive.match(sent, place[1]):
        return True  # "captured Pokrovsk's suburbs", "took Kupiansk's eastern districts"
    part = w.partitive.match(sent, act[1])
    if part is None:
        return False
    if place[0] < act[0]:
        return True  # the place named first, its part after the action ("… there")
    return part.end() <= place[0] and not _PART_BREAK.search(sent, part.end(), place[0])


#: How far before a gain its subject is read (rule ``agent_side``).
AGENT_REACH = 90


def _unplaced_quote(sent: str, rel: int, attributed: tuple, who_here: list) -> bool:
    """Rule ``quoted_unplaced``: whether the place at ``rel`` is inside a quote that the
    sentence attributes to a speaker the lexicon cannot place ("Генштаб повідомив про бої.
    «Ми взяли X», — сказав командир штурмової групи"): no claimant from the quote's close
    to the end of its attribution's clause. ``attributed`` holds the attributions' spans,
    their starts, the positions of the sentence's quotation marks and of its first opening
    one (worked out once per sentence)."""
    spans, starts, marks, first_open = attributed
    k = bisect_right(starts, rel)
    if k == len(spans) or first_open >= rel:
        return False
    if bisect_right(marks, rel) < bisect_left(marks, spans[k][0]):
        return False  # a quote closes between the place and the attribution
    start, end = spans[k]
    stop = _CLAUSE_STOP.search(sent, end)
    stop_at = stop.start() if stop else len(sent)
    return not any(start <= c[0] < stop_at for c in who_here)


#: How far after a first-person gain's start a word of loss is looked for (rule ``agent_side``).
LOSS_REACH = 30

#: Every quotation mark, and an opening one (rule ``quoted_unplaced``).
_QUOTE_MARK = re.compile(r'["“”«»„]')
_QUOTE_OPEN = re.compile(r'["“«„]')
#: Where an attribution's clause ends.
_CLAUSE_STOP = re.compile(r"[.;!?]|[,–—]\s+(?:but|and|while|але|а|проте|однак|но|однако)\b")


def _expelled_side(sent: str, at: int, rel: int, w: ClaimWords) -> str | None:
    """Rule ``expelled_side``: the side a gain at ``at`` drives out of the place at ``rel``
    ("pushed Russian forces out of X" -> "RU"; "the enemy" -> "enemy"), or None when the text
    between them names no side's troops as the ones driven out."""
    if not w.expelled_object or not 0 <= at < rel:
        return None
    return next(
        (side for side, pattern in w.expelled_object if pattern.fullmatch(sent, at, rel)), None
    )


#: Rule alleged_gain: who makes a gain the report calls alleged and the other side denies.
_ALLEGED_VOICES = {
    "RU": ("Russian sources", "RU", "media"),
    "UA": ("Ukrainian sources", "UA", "media"),
}


def _alleged_gain(sent: str, at: int, kind: str, denier: str, w: ClaimWords) -> list:
    """Rule ``alleged_gain``: a gain the report marks as alleged, made by no voice the sentence
    names, and denied in it by one side ("Росіяни нібито захопили Торецьк, що спростували в
    ЗСУ", "ВСУ якобы вернули Работино — это ложь, заявил Пушилин"): the gaining side's claim,
    disputed. Nothing when the gaining side is not named or is the denier's own."""
    if kind not in _DISPUTED_GAINS and kind not in w.gain_kinds:
        return []
    if not (
        may_hold_between(w.alleged_before, sent, at - ALLEGED_REACH, at)
        and w.alleged_before.search(sent, max(0, at - ALLEGED_REACH), at)
    ):
        return []
    agent = _gain_agent(sent, at, w)
    if agent is None or agent != _OTHER_SIDE.get(denier):
        return []
    if agent == "UA" and kind == "captured":
        kind = "liberated"  # "ВСУ якобы вернули контроль над X": Ukraine's own gain
    return [(_ALLEGED_VOICES[agent], kind, at, "disputed")]


def _gain_agent(sent: str, at: int, w: ClaimWords) -> str | None:
    """Rule ``agent_side``: the side whose troops are the subject right before the gain at
    ``at`` ("Ukrainian forces had recaptured X" -> "UA"), or None when no side is named."""
    start = max(0, at - AGENT_REACH)  # searched in place: "^" is the sentence's start only
    return next(
        (
            side
            for side, pattern in w.gain_agent
            if may_hold_between(pattern, sent, start, at) and pattern.search(sent, start, at)
        ),
        None,
    ) or next((side for side, pattern in w.gain_agent_after if pattern.match(sent, at)), None)


#: Sentences after an unattributed claim within which the claimant may sign the list.
SIGNATURE_REACH = 6


_OPEN_QUOTES, _CLOSE_QUOTES = "“«„", "”»"
#: What a sentence that goes on quoting opens with.
_QUOTE_OPENS = '"“«„'


def _quote_speakers(sents, named, langs) -> dict[int, tuple[int, tuple]]:
    """Rule ``quote_span``: the sentences of a quote that runs over several sentences, each
    mapped to the sentence closing it and the claimant that speaks right after it
    ('"… near X. The enemy also attacked near Y," Ukraine's General Staff said'). Sentences of
    a quote closed with no claimant speaking, or never closed, are not mapped."""
    out: dict[int, tuple[int, tuple]] = {}
    start = None
    for si, (_, _, sent) in enumerate(sents):
        opens = sum(sent.count(q) for q in _OPEN_QUOTES)
        closes = sum(sent.count(q) for q in _CLOSE_QUOTES)
        odd = sent.count('"') % 2 == 1
        if start is None:
            if opens > closes or (odd and not closes):
                start = si  # a quote opens and runs on past the sentence's end
            continue
        if closes > opens or odd:
            end = max(sent.rfind(q) for q in (*_CLOSE_QUOTES, '"'))
            w = claim_words(langs[si])
            after = [c for c in named[si] if c[0] > end]
            who = after[0] if after and _speaks(sent, after[0], w) else None
            if who is not None:
                out.update((k, (si, who)) for k in range(start, si))
            start = None
    return out


def _signed(sents, named, langs, si: int):
    """The claimant of an unattributed claim named right after it ("… Sverdlikovo. This
    reports DeepState."), or after the claims that follow it (rule ``signed_list``: bulleted
    lines of a bulletin, then its signature "Генштаб ЗСУ"): every sentence between names no
    claimant and reports an action."""
    for later in range(si + 1, min(len(sents), si + 1 + SIGNATURE_REACH)):
        if named[later]:
            return named[later][0][2:]
        if not _actions(sents[later][2], langs[later]):
            return None
    return None


@dataclass
class _Roles:
    """Who the claims a report gives are by, carried from sentence to sentence (rule ``roles``).

    ``source`` makes the claims the report is giving (the subject of "said", "claimed"):
    speaker-less sentences after it are its claims. A relayer that passes claims on
    ("Про це повідомляє BILD", "Об этом сообщает …") after them is their claimant (rule
    ``relayed``). A side that does not confirm or denies the other side's claims ("У Генштабі
    ЗСУ захоплення не підтверджують") is a ``doubter``: it never becomes the source, and a
    gain carried to it from elsewhere is no claim of its (rule ``not_confirming``); a doubt
    naming no place makes the other sides' later captures ``unconfirmed``.
    """

    source: tuple | None = None
    #: the paragraph where the source was last named
    paragraph: int = 0
    doubters: set = field(default_factory=set)
    #: (sentence, side) of each doubt that named no place
    pending: list = field(default_factory=list)
    #: the claimant a sentence without actions named last, even one that did not become the
    #: source ("A Ukrainian military source identified …"; rule ``claimant_anaphora``)
    last_named: tuple | None = None

    def doubt(self, who: tuple, spoke: tuple | None, si: int, placed: bool) -> None:
        """``who`` does not confirm (rule ``not_confirming``); one of the side that spoke last
        (``spoke``), hedging its own side's claim ("цей блогер зазначив, що не може
        підтвердити цю інформацію"), is the source."""
        if spoke is not None and spoke[1] == who[1]:
            self.source = who
            return
        self.doubters.add(who[1])
        if not placed:
            self.pending.append((si, who[1]))

    def named(self, who_here: list, sent: str, w: ClaimWords, paragraph: int) -> None:
        """A sentence without actions names ``who_here``: the last is the source, unless it
        is of the other side than the source, none speaks and a new paragraph opens (rule
        ``narration``: "… one of President Vladimir Putin's stated goals …" after a Ukrainian
        governor spoke is the reporter's narration, whose claimants carry none). A claimant
        named as the agent of what happened ("shelling of the city *by the Russian army*")
        acts, it does not speak: it becomes no source (rule ``agent``)."""
        who_here = [
            c for c in who_here if not w.agent_before.search(sent, max(0, c[0] - AGENT_REACH), c[0])
        ]
        if not who_here:
            return
        speaking = [c for c in who_here if _speaks(sent, c, w)]
        if (
            paragraph != self.paragraph
            and self.source is not None
            and self.source[1] in CLAIM_COUNTRIES
            and who_here[-1][3] != self.source[1]
            and not speaking
        ):
            self.source = None
        elif speaking or self.source is None:
            # the one that speaks, else the last named (rule speaker_carried) that is not
            # busy doing something that is no saying ("Zelensky visited troops near X."; rule
            # busy_not_voice)
            named = speaking or [
                c for c in who_here
                if not (w.non_voice_after.match(sent, c[1])
                        or w.non_voice_before.search(sent, max(0, c[0] - 30), c[0]))
            ]  # fmt: skip
            if named:
                self.source = named[-1][2:]
        # rule mentioned_not_voice: a claimant only mentioned ("The report cited the Russian
        # Defense Ministry's budget", "The Kremlin continues its campaign") does not take the
        # voice from the source that spoke before it; nor does a belligerent named in an
        # observer's list (ISW's key takeaways) end the observer's voice (rule narration is
        # about a belligerent's voice giving way to the reporter's)
        self.paragraph = paragraph
        self.last_named = who_here[-1][2:]

    def carried(self, paragraph: int, sent: str, w: ClaimWords):
        """The source, carried to a sentence of ``paragraph`` that names no claimant; a voice
        that points back ("The same source … also told CNN that …") is the claimant named
        last (rule ``claimant_anaphora``)."""
        if w.claimant_anaphora.search(sent) and self.last_named is not None:
            return self.last_named
        return self.source

    def may_carry(self, who: tuple, kind: str, w: ClaimWords) -> bool:
        """Whether a claimant the sentence does not name may be given a claim of ``kind``:
        not a gain, when its side did not confirm or denied the report's claims."""
        return not (who[1] in self.doubters and kind in w.gain_kinds)

    @staticmethod
    def relayed(si: int, relays: list, named: list):
        """The relayer of sentence ``si``'s claims: the one a relay sentence after it names,
        every sentence between naming no claimant (rule ``relayed``)."""
        for later in range(si + 1, min(len(relays), si + 1 + SIGNATURE_REACH)):
            if relays[later] is not None:
                return relays[later]
            if named[later]:
                return None
        return None

    def doubted_places(self, claims: list) -> set:
        """The places of the captures made after a doubt that named none, by another side."""
        return {
            c.place
            for at, side in self.pending
            for c in claims
            if c.sentence > at and c.side != side and c.claim == "captured"
        }


def _relayer(sent: str, named: list, langs: tuple[str, ...]):
    """The claimant a relay sentence names ("Про це повідомляє німецьке видання BILD",
    "Об этом сообщает …", "This was reported by …"), :data:`UNPLACED` when it names only a
    person the lexicon does not know, or None."""
    w = claim_words(langs)
    m = w.relay.search(sent)
    if m is None or _actions(sent, langs):
        return None
    found = next((c[2:] for c in named if c[0] >= m.start() and c[3] != "context"), None)
    if found is None and _person_named(sent[m.end() :], w):
        return UNPLACED
    return found


def _closing_voice(sent: str, named: list, langs: tuple[str, ...]):
    """The claimant whose words of saying close the sentence ("…, пише Financial Times.",
    "…, the ministry said."; rule ``paragraph_voice``), or None."""
    if not named:
        return None
    last = named[-1]
    if _CLOSING_REST.fullmatch(sent, last[1]) is None:
        return None
    return last if _speaks(sent, last, claim_words(langs)) else None


#: What may follow a voice that closes its sentence (rule ``paragraph_voice``).
_CLOSING_REST = re.compile(r"(?:\s+(?:said|says|reported|reports|wrote|writes))?[\s.!»\"”’)]*")


#: The claimant of a claim a person the lexicon does not know makes: no side is guessed.
UNPLACED = ("", "", "")


@lru_cache(maxsize=8)
def _given_name_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A given name (or its inflection, "Виталия") before a surname."""
    alts = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alts})\w{{0,3}}\s+{_NAME}")


def _person_named(text: str, w: ClaimWords) -> bool:
    """Whether ``text`` names a person by given name and surname ("Виталий Ганчев")."""
    return bool(w.given_names_text) and bool(_given_name_pattern(w.given_names_text).search(text))


def _unplaced_speaker(sent: str, w: ClaimWords) -> bool:
    """Rule ``unplaced_speaker``: a sentence naming no claimant in which a person the lexicon
    does not know speaks ("…, заявил глава администрации Виталий Петров"): its claims are that
    person's, whose side the report does not say; they are not carried to the last source."""
    return bool(w.speech.search(sent)) and _person_named(sent, w)


class _Voices:
    """Who a claimant named without its country ("the ministry", "the general staff") is.

    The one of its kind the report named last ("Ukraine's Defense Ministry … The ministry
    said"), else the one of the dateline's capital ("KYIV, Feb 15 (Reuters) - … the defence
    ministry said"), else the one of the side the report first spoke for ("Ukraine said … The
    defense ministry said"), else its first reading (the Russian ministry).
    """

    def __init__(self, sents) -> None:
        w = claim_words()
        self.home = next(
            (side for _, _, sent in sents[:3] for pattern, side in w.dateline_sides
             if pattern.match(sent)),
            None,
        )  # fmt: skip
        self.seen: list[tuple[str, str, str, str]] = []  # (text, name, side, kind)

    def place(self, sent: str, found: list, w: ClaimWords, *, keep: bool = False) -> list:
        """``found`` with each unplaced claimant read as the one it stands for; ``keep``
        remembers them (a sentence's own claimants, in report order)."""
        out = []
        for f in found:
            if f[3] == "context" and f[2] in w.antecedents:
                pattern, readings, territorial = w.antecedents[f[2]]
                prior = next((x for x in reversed(self.seen) if pattern.search(x[0])), None)
                first = next((x[2] for x in self.seen if x[2] in readings), None)
                abroad = territorial and next(
                    (e[2] for _, e in foreign_in(sent) if e[2] in readings), None
                )  # rule territorial_voice: "in Russia's Kursk region, the governor said"
                side = abroad or self.home or first
                if prior is not None:
                    f = (f[0], f[1], *prior[1:])
                else:
                    f = (f[0], f[1], *readings.get(side, next(iter(readings.values()))))
            out.append(f)
        if keep:  # only a claimant that speaks: one that acts ("the Russian army attacked")
            self.seen += [(sent[f[0] : f[1]], *f[2:]) for f in out if _speaks(sent, f, w)]
        return out


#: A claimant's name before a colon opening what it says ("ISW: Ukrainian army advances").
_VOICE_COLON = re.compile(r":\s")


def _speaks(sent: str, claimant: tuple, w: ClaimWords) -> bool:
    """Whether a claimant is named as a speaker ("X said", "according to X").

    Rule ``appositive_speaker``: a speaker's description between it and its verb ("Dmytro
    Lykhovyi, a spokesman for the Khortytsia group, said"; "Denis Pushilin, the
    Moscow-installed head of the region, told TASS") is skipped: the verb right after it is
    the speaker's.
    """
    start, end = claimant[0], claimant[1]
    memo = w.speaks_memo
    if (sent, start, end) in memo:  # asked several times per claimant and sentence
        return memo[sent, start, end]
    if len(memo) > SPEAKS_MEMO:
        memo.clear()
    memo[sent, start, end] = said = _speaks_here(sent, start, end, w)
    return said


#: How many (sentence, claimant) answers of :func:`_speaks` are remembered before forgetting.
SPEAKS_MEMO = 20_000


def _speaks_here(sent: str, start: int, end: int, w: ClaimWords) -> bool:
    """:func:`_speaks`, worked out."""
    if may_hold(w.concessive_before, sent) and w.concessive_before.search(
        sent, max(0, start - SPEECH_BEFORE), start
    ):
        return False  # rule concessive_claimant: "… strikes despite Russian claims of …"
    if (
        may_hold(w.rejected_before, sent)
        and w.rejected_before.search(sent, max(0, start - SPEECH_BEFORE), start)
        and w.rejected_after.match(sent, end)
    ):
        return False  # rule rejected_claimant: "…, the brigade said, rejecting Moscow's claims"
    if w.actor_subjects and _VOICE_COLON.match(sent, end):
        return True  # rule colon_voice: "ISW: Russian forces advanced near X" (a headline's)
    apposed = _APPOSITIVE.match(sent, end)
    if apposed and not w.speech.search(sent, end, apposed.end()):
        end = apposed.end()  # a verb inside the commas ("X, the ministry said,") is its own
    reach = end + SPEECH_AFTER
    if may_hold(w.inverted_speech, sent):
        # rule inverted_speech: "Ворог атакував позиції ЗСУ поблизу Торецька, повідомив
        # Генштаб": words of saying with their subject after them are that subject's
        inverted = w.inverted_speech.search(sent, end, reach + SPEECH_BEFORE)
        if inverted and inverted.start() < reach:
            reach = inverted.start()
    return bool(
        (may_hold(w.speech, sent) and w.speech.search(sent[start:reach]))
        or (
            may_hold(w.speech_before, sent)
            and w.speech_before.search(sent[max(0, start - SPEECH_BEFORE) : start])
        )
        # rule report_of_voice: "according to the operational summary of the General Staff"
        or (
            may_hold(w.report_of_before, sent)
            and w.report_of_before.search(sent, max(0, start - REPORT_OF_REACH), start)
        )
    )


#: How far before a voice the words citing its report may start (rule ``report_of_voice``).
REPORT_OF_REACH = 90


#: Where a clause ends: a semicolon or colon, or a comma opening a relative or adverbial
#: clause ("…, which Ukraine retook in 2022").
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:which|where|who|while|but|as|after|before|although|though|when)\b"
    r"|\s(?:but|while|whereas)\s"
)


#: How far from an action and its place a time long past still dates them.
BACKGROUND_REACH = 30


def _clause_bounds(sent: str) -> tuple[list[int], list[int]]:
    """Where the clause boundaries of a sentence start and end (see :data:`_CLAUSE_END`)."""
    found = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(sent)]
    return [b[0] for b in found], [b[1] for b in found]


def _background(
    sent: str, action: tuple, place: tuple, w: ClaimWords, bounds=None, *, ongoing=False
) -> bool:
    """Whether an action on a place is dated to a time long past ("captured Avdiivka in
    February", "seized … in the early days of the invasion", "since it took Bakhmut in May
    last year"): a cue just before them or just after the action or the place, in their
    clause (not one dating another verb between them: "… Pokrovsk, a hub it has been pressing
    to capture for months, and Vovchansk").

    ``ongoing``: the action is told in a continuing tense ("have been storming X for weeks");
    a span it lasted to now is no background (rule ``ongoing_span``)."""
    start, end = min(action[0], place[0]), max(action[1], place[1])
    starts, ends = bounds if bounds is not None else _clause_bounds(sent)
    # the clause: from the last boundary ending by ``start`` to the first starting at ``end``
    j, i = bisect_right(ends, start), bisect_left(starts, end)
    lo = ends[j - 1] if j else 0
    hi = starts[i] if i < len(starts) else len(sent)
    windows = [(start - BACKGROUND_REACH, start)]
    windows += [(edge, edge + BACKGROUND_REACH) for edge in (action[1], place[1])]
    # and the action's own phrase, up to its first comma ("advancing steadily in eastern
    # Ukraine for months, especially around … Pokrovsk")
    reach = min(hi, action[1] + PHRASE_REACH)
    comma = _PHRASE_END.search(sent, action[1], reach)
    windows.append((action[1], comma.start() if comma else reach))
    if w.duration_before.search(sent[max(lo, action[0] - BACKGROUND_REACH) : action[0]]):
        return True
    return any(
        may_hold_between(w.background, sent, max(lo, a), min(hi, b))
        and any(
            not (ongoing and w.ongoing_span.fullmatch(cue[0]))
            for cue in w.background.finditer(sent[max(lo, a) : min(hi, b)])
        )
        for a, b in windows
    )


_PHRASE_END = re.compile(r"[,;:–—]")


def _past_relative(sent: str, end: int, act: int, published: Date, w: ClaimWords) -> bool:
    """Rule ``past_relative``: an action in the relative clause right after its place that
    the clause dates to a month or year long past ("Село Андріївка, яке ЗСУ звільнили у
    вересні 2023 року, знову під обстрілами", "Работино, которое ВСУ заняли летом 2023
    года, …", "…, яке звільнили торік, …") is history told in passing, not a claim."""
    opened = w.history_relative.match(sent, end)
    if opened is None or act < opened.end():
        return False
    close = _PHRASE_END.search(sent, opened.end())
    hi = close.start() if close else len(sent)
    if act >= hi:
        return False
    if w.history_relative_year.search(sent, opened.end(), hi):
        return True
    return any(
        opened.end() <= d[0] < hi and (published - d[2]).days > BACKGROUND_DAYS
        for d in _coarse_dates(sent, published)
    )


#: How far an action's own phrase is read for a time long past.
PHRASE_REACH = 120


#: How far after a gerund its modal is read ("seizing the town, known until 2016 as …, would").
MODAL_REACH = 200


def _hypothetical(sent: str, act: tuple, w: ClaimWords) -> bool:
    """Rule ``hypothetical_gerund``: an action named by a gerund opening its clause, with a
    modal after it ("For Moscow, seizing the town … would bring closer …", "Capturing
    Pokrovsk could open …"), is what the action would do, not a claim that it happened."""
    if w.hypothetical_noun.search(sent, max(0, act[0] - 40), act[1]):
        # rule hypothetical_noun: "A rapid capture of Chasiv Yar, a town … , would mark …"
        return bool(w.noun_modal_after.match(sent, act[1], act[1] + MODAL_REACH))
    return bool(
        w.gerund.search(sent, act[0], act[1])
        and w.gerund_opening.search(sent[max(0, act[0] - 40) : act[0]])
        and w.modal_after.match(sent, act[1], act[1] + MODAL_REACH)
    )


#: A voice set off by commas inside its clause ("Russian forces, the ministry said, captured …"):
#: the action right after the closing comma is still the voice's.
_ASIDE_VOICE = re.compile(r"[^,;]*,\s*")

#: How far past the action's start the words of a voice going on are read ("…, and advanced").
VOICE_GOES_ON_REACH = 20

#: What follows a voice named after "according to" when it closes its clause (closing_voice).
_CLOSES = re.compile(r"\s*(?:[,;]|\.?\s*$)")

#: How far after a denial's start its words of Ukraine holding the place may end.
HOLDS_REACH = 80

#: How far before an action a negation of it may begin (rules ``negated_gain``, ``_doubted``).
NEGATION_REACH = 20


#: How far before an action an order or task to carry it out may begin (rule ``mandate``).
MANDATE_REACH = 90
_WORD = re.compile(r"[\w’'-]*")


def _doubted(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the action at ``at`` is negated or conditional ("failed to capture", "if …")."""
    # searched in place, so a window that starts inside a word ("райо|не") does not read as
    # that word's ending ("не")
    return bool(
        (
            may_hold_between(w.negation, sent, at - 20, at)
            and w.negation.search(sent, max(0, at - 20), at)
        )
        or (
            may_hold_between(w.conditional, sent, at - 40, at)
            and w.conditional.search(sent, max(0, at - 40), at)
        )
        or _CONDITIONAL_OPENING.match(sent)
        or (  # rule stalled_advance: "The Russian advance near Pokrovsk has stalled"
            may_hold(w.stalled_after, sent)
            and w.stalled_after.match(sent, _WORD.match(sent, at).end())
        )
        or (
            may_hold_between(w.mandate, sent, at - MANDATE_REACH, _WORD.match(sent, at).end())
            and w.mandate.search(sent, max(0, at - MANDATE_REACH), _WORD.match(sent, at).end())
        )
        or (  # rule negated_subject: "Neither side has been able to take full control of X"
            may_hold_between(w.negated_subject, sent, at - MANDATE_REACH, at)
            and w.negated_subject.search(sent, max(0, at - MANDATE_REACH), at)
        )
        or _silent_on(sent, at, w)
    )


def _silent_on(sent: str, at: int, w: ClaimWords) -> bool:
    """Rule silent_on: the action at ``at`` follows, in its clause, a voice's silence on it
    ("made no reference to Ukrainian advances", "did not say whether X had changed hands",
    "не повідомляв про просування біля X"): it is nobody's claim."""
    if not may_hold_between(w.no_comment, sent, at - MANDATE_REACH, at):
        return False
    ends = [m.end() for m in w.no_comment.finditer(sent, max(0, at - MANDATE_REACH), at)]
    return (
        bool(ends)
        and not _CLAUSE_STOP.search(sent, ends[-1], at)
        and not w.silent_report.search(sent, ends[-1], at)
    )


#: The next word and the spaces around it ("… denied| by |Kyiv"): where a passive's agent opens.
_AGENT_GAP = re.compile(r"\s+\w+\s+")
_CONDITIONAL_OPENING = re.compile(r"^\s*(?:If|Should|Whether)\b")


def _denies(sents, si: int, langs) -> bool:
    """Whether sentence ``si`` denies what the one before said ("… denied this information")."""
    if si >= len(sents):
        return False
    sent = sents[si][2]
    return bool(claim_words(langs[si]).claim_anaphora.search(sent)) and any(
        a[2] == "denied" for a in _actions(sent, langs[si])
    )


#: What joins two claimants that make one claim together ("Russian officials and a …").
_JOINT = re.compile(r"\s+and\s+(?:(?:a|an|the)\s+)?")
#: A coordinated clause between a place and a denial after it ("… had captured Novoselivka,
#: and rejected as false …"): the denial is of something else (rule ``said_denial``).
#: Between a voice and the denial it makes as its subject ("ВСУ опровергли", "Kyiv also denied").
_DENIER_GAP = re.compile(r"\s*(?:[^\W\d]+\s+)?")
#: What may stand between a denial and the place it names as its own object ("спростували
#: чутки про оточення Покровська", "denied reports that Pokrovsk was encircled").
_DENIAL_OBJECT_GAP = re.compile(r"[^,;.:!?()—–\"“”«»]{0,80}")


def _denies_elsewhere(sent: str, later: tuple, target, targets: list, w: ClaimWords) -> bool:
    """Rule denial_object: a denial after an action whose own object is another place, named
    right after it in its clause with no word pointing back ("Росіяни захопили Очеретине, визнали
    в ЗСУ, але спростували чутки про оточення Покровська"), denies that place, not this one."""
    start, nxt = next(((r, t) for r, t in targets if r >= later[1]), (-1, None))
    if nxt is None or nxt is target or nxt.name == target.name:
        return False
    return _DENIAL_OBJECT_GAP.fullmatch(
        sent, later[1], start
    ) is not None and not w.claim_anaphora.search(sent, later[0], start)


_SAID_DENIAL_BREAK = re.compile(r"(?<!\w)(?:and|but|і|й|та|але|и|но|а)(?!\w)|;")
#: Where the first of them opens its clause (its subject, not "no comment from X and …").
_JOINT_OPENS = re.compile(r"(?:^|[,;:–—]|\bthat)\s*[\"“]?$")

#: What may stand between a denial and the claimant whose claim it denies ("denied the Russian
#: military's claims", rule ``denied_object``).
_DENIED_OBJECT = re.compile(r"\s+(?:(?:the|a|an)\s+)?")

#: How far before a claimant an appositive saying it made the claim too may start
#: (rule ``echoed_claim``).
ECHO_REACH = 80

#: How far from a claimant a reporting word ("said", "according to") marks it the speaker.
SPEECH_AFTER, SPEECH_BEFORE = 40, 25
#: A claimant whose name ends this close before an action word is the action's subject.
ACTOR_REACH = 25


def _pattern_spans(pattern: re.Pattern, sent: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``pattern``'s matches in ``sent``, found once per sentence: a long list
    asks for each of its places whether a match lies between the action and the place, and
    scanning that stretch again for every place made the list quadratic."""
    k = (id(pattern), sent)
    spans = _SPANS.get(k)
    if spans is None:
        if len(_SPANS) >= 256:
            _SPANS.clear()
        spans = _SPANS[k] = tuple(m.span() for m in pattern.finditer(sent))
    return spans


_SPANS: dict[tuple[int, str], tuple[tuple[int, int], ...]] = {}


#: How far before a place the words that front it in a clause of its own may start, and how
#: far after it its own action may (rule ``fronted_clause``).
FRONTED_REACH = 60
#: The words between a fronted place and its action: no clause boundary, but a comma before a
#: listed name ("біля Покровська, Мирнограда і Торецька тривають бої").
_FRONTED_GAP = re.compile(r"(?:[^,;:.!?—–«»\"“”]|,\s*(?-i:[A-ZА-ЯІЇЄҐЁ]))*")


def _cause_in_clause(sent: str, at: int, cause: re.Pattern, end: re.Pattern) -> bool:
    """Rule ``casualty``: whether what struck is named in the clause of the casualty at ``at``
    — from the clause boundary before it to the one after it (``end``: "; ", ", while", ", but"
    …), so that "A man was killed in X in a car crash, while drones struck Y" names no cause of
    the death in X."""
    if not cause.search(sent):
        return False
    lo = 0
    for m in end.finditer(sent, 0, at):
        lo = m.end()
    nxt = end.search(sent, at)
    return bool(cause.search(sent, lo, nxt.start() if nxt else len(sent)))


def _fronted_object(sent: str, end: int, at: int, length: int, w: ClaimWords) -> int | None:
    """Rule ``fronted_object``: where the conjunction fronting a bare place in a clause of its
    own starts ("Росіяни захопили X, а Y наші воїни досі утримують", "ВС РФ заняли X, а Y ВСУ
    удерживают"), after the earlier action ending at ``end``: a conjunction of contrast right
    before the place, and words of the clause's own after the place and its list, with no
    comma between; else None ("захопили не X, а Y": Y is the action's; "…, а Y, повідомили")."""
    if not may_hold(w.fronted_object_before, sent):
        return None
    m = w.fronted_object_before.search(sent, max(end, at - 12), at)
    if m is None or m.end() != at or not w.fronted_object_after.match(sent, at + length):
        return None
    return m.start()


def _fronted_action(
    sent: str, end: int, at: int, length: int, actions: list, w: ClaimWords, fronted=False
) -> tuple | None:
    """Rule ``fronted_clause``: the action a place at ``at`` takes when a clause boundary, a
    conjunction and a locating word front it after the earlier action ending at ``end``
    ("Росіяни захопили X, а біля Y тривають бої"): the first action after the place, in its
    own clause; None when the place is no such clause's or no action follows it there."""
    if not fronted and not w.fronted_place_before.search(sent, max(end, at - FRONTED_REACH), at):
        return None  # ``fronted``: the place is known to open a clause (rule fronted_object)
    after = next((a for a in actions if a[0] >= at + length), None)
    if after is None or after[0] - at - length > FRONTED_REACH:
        return None
    return after if _FRONTED_GAP.fullmatch(sent, at + length, after[0]) else None


def _list_ended(sent: str, end: int, at: int, speaking: list, w: ClaimWords) -> bool:
    """Rule ``list_ends``: whether the words between an action's end and a place at ``at``
    close the action's clause — a voice whose words of saying close it ("…, the ministry said
    on Monday, …") or a clause boundary with a new subject ("…, while Ukrainian troops held",
    "…, а українські військові утримують"): the place is then no member of its list."""
    if may_hold(w.clause_subject, sent):
        # the first match from the action on (matches do not overlap: the first ends first)
        spans = _pattern_spans(w.clause_subject, sent)
        i = bisect_left(spans, (end,))
        if i < len(spans) and spans[i][1] <= at:
            return True
    return any(end <= c[0] and c[1] <= at and _closes_clause(sent, c, w) for c in speaking)


def _denier(sent: str, at: int, voice: tuple, w: ClaimWords) -> bool:
    """Rule ``denier_not_voice``: whether a voice after an action denies it as a claim ("…,
    a claim Kyiv denied"), so that it is not the action's voice; one after a word of contrast
    ("…, but the Khortytsia group denied it") is the claim's denier (rule contrast_denier)."""
    return bool(w.denier_after.match(sent, voice[0]) and not w.contrast.search(sent, at, voice[0]))


def _closes_clause(sent: str, voice: tuple, w: ClaimWords) -> bool:
    """Rule ``closing_voice``: whether a voice's words of saying close its clause, so that it
    speaks for what came before it ("…, the General Staff said on Monday, …", "…, according to
    X, …", "…, заявили в Міноборони РФ у понеділок, а …"); "According to X, …" opening the
    sentence speaks for what follows."""
    if w.closing_speech.match(sent, voice[1]):
        return True
    if may_hold(w.closing_speech_before, sent) and w.closing_speech_before.search(
        sent, max(0, voice[0] - SPEECH_BEFORE), voice[0]
    ):
        return True
    according = w.according_before.search(sent, max(0, voice[0] - 16), voice[0])
    return bool(
        according
        and sent[: according.start()].rstrip().endswith(",")
        and _CLOSES.match(sent, voice[1])
    )


def _speaker(sent: str, who_here: list, at: int, w: ClaimWords, speaking: list | None = None):
    """The claimant an action at ``at`` is attributed to: a claimant that speaks ("X said",
    "according to X", "reports X", "X indicated that…") before one that acts ("… that the
    Russian army conducted assaults"); the nearest before the action, else the first after.
    ``speaking``: the sentence's speaking claimants, when already known."""
    if speaking is None:
        speaking = [c for c in who_here if _speaks(sent, c, w)]  # "Russia claimed", "X said"
    spoken = set(speaking)
    # in English, a claimant that is the subject of the action itself ("the Russian army
    # attacked X") is the actor; the report's claimant is then the one who speaks elsewhere
    acting = {
        c for c in who_here
        if w.actor_subjects and c not in spoken and c[1] <= at <= c[1] + ACTOR_REACH
    }  # fmt: skip
    before = [c for c in speaking if c[0] < at]
    if before:
        last = before[-1]
        if _closes_clause(sent, last, w):
            # rule closing_voice: "… near Lyman, the General Staff said on Monday, while
            # Russian forces captured Torske, according to the Russian defence ministry": a
            # voice whose words of saying close its clause speaks for what came before it; an
            # action after it belongs to the voice that closes the action's own clause
            # rule denier_not_voice: "…, a claim Kyiv denied" disputes the clause, never speaks it
            after = next((c for c in speaking if c[0] > at and not _denier(sent, at, c, w)), None)
            if after is not None:
                return after
            if not (
                w.voice_goes_on.search(sent, last[1], at + VOICE_GOES_ON_REACH)
                or _ASIDE_VOICE.fullmatch(sent, last[1], at)
            ):
                # "…, the General Staff said on Monday, and Russian troops captured Dachne":
                # a clause after the voice's words closed is nobody's said claim
                return None
        elif may_hold(w.clause_subject, sent) and w.clause_subject.search(sent, last[1], at):
            # rule voice_per_clause: "Russia's defence ministry said its forces captured
            # Dachne, and Ukrainian forces liberated Torske, the General Staff said": a new
            # clause after the first voice's, closed by a voice of its own, is that voice's
            after = next(
                (c for c in speaking
                 if c[0] > at and _closes_clause(sent, c, w) and not _denier(sent, at, c, w)),
                None,
            )  # fmt: skip
            if after is not None and not w.clause_subject.search(sent, at, after[0]):
                return after
            if w.nominal_report.match(sent, last[1]) and not w.speech_that.search(
                sent, last[1], w.clause_subject.search(sent, last[1], at).start()
            ):
                # rule nominal_report: "Міноборони РФ заявило про захоплення Торецька, а ЗСУ
                # відбили атаку біля Часового Яру": the voice reported a noun phrase; the new
                # clause with a subject of its own is the writer's, no voice's
                return None
        if (
            before[0] is not last
            and may_hold(w.participle_voice, sent)
            and w.participle_voice.search(sent, last[1], at)
        ):
            # rule participle_voice: "Ukraine's General Staff said Russian claims that … were
            # false, adding that fighting continued on the city's outskirts": the participle's
            # subject is the sentence's first voice, not the voice its words were about
            return before[0]
        return last
    # rules denier_not_voice, described_voice: "…, a claim Kyiv denied", "…, a village the
    # General Staff had earlier said was safe": neither voice speaks the action
    voices = [
        c
        for c in speaking
        if not (
            _denier(sent, at, c, w)
            or w.description_voice_before.search(sent, max(0, c[0] - 60), c[0])
        )
    ]
    if len(voices) > 1:
        # rule aside_not_main: "Fighting continues in X, which Russia said it had captured,
        # Ukraine's army said": a voice inside a relative clause the action is not in speaks
        # of the place, when another voice speaks the action
        voices = [c for c in voices if not _in_aside(sent, c[0], at, w)] or voices
    # rule relative_voice: "Russian troops advanced near Kupiansk, where Kyiv said it had
    # pushed back assaults, the Russian defence ministry said": a voice opening a relative
    # clause on the place speaks for the action only when no other voice of the sentence does
    relative = [c for c in voices if w.relative_voice_before.search(sent, max(0, c[0] - 60), c[0])]
    if voices:
        return next((c for c in voices if c not in relative), voices[0])
    if speaking:  # rule denier_not_voice: "X captured Y, a claim Kyiv denied": no voice of it
        return None
    # in English, a claimant that neither speaks nor acts speaks for the action only from
    # before it; named after it, it is the action's object ("repelled attacks of the Ukrainian
    # army near X"), where a Russian or Ukrainian sentence names its speaker last ("… — сказал
    # Пушилин")
    # rule busy_not_voice: "Zelensky visited Kharkiv on Monday as Russian forces captured
    # Dachne", "After meeting the General Staff, …": a claimant doing something that is no
    # saying, or met or visited, is no voice
    pool = [
        c for c in who_here
        if c not in acting
        and not (w.non_voice_after.match(sent, c[1])
                 or w.non_voice_before.search(sent, max(0, c[0] - 30), c[0]))
        # rule denier_not_voice: "Повідомляється про звільнення Кринок, в Москві це
        # заперечують": a voice denying what came before it never speaks it
        and not (c[0] > at and _denier(sent, at, c, w))
    ]  # fmt: skip
    if pool and may_hold(w.inverted_speech, sent):
        voice = w.inverted_speech.search(sent, at)
        name = voice and _UNKNOWN_NAME.match(sent, voice.end() - 1)
        if name and not any(c[0] < name.end() and name.start() < c[1] for c in who_here):
            # rule unknown_voice: "ЗСУ обстріляли Шебекине, заявив Кравцов": the action is
            # said by a person the report never introduced and the lexicon does not know; a
            # side or force named in the clause is what acted, not who speaks: no voice
            return None
    # rule clause_own_subject: "Росіяни прорвалися до Покровська, а ЗСУ відбили атаку біля
    # Дружківки": a side's forces opening another clause (", а/, але/, but/; while …") act
    # in that clause; they are no voice of an action in this one, before or after it
    split = may_hold(w.clause_subject, sent)
    before = [c for c in pool if c[0] < at]
    if before:
        last = before[-1]
        if split and w.clause_subject.search(sent, last[1], at):
            return None
        return last
    if not pool or w.actor_subjects:
        return None
    first = pool[0]
    if split and (cut := w.clause_subject.search(sent, at, first[1])) and cut.start() < first[0]:
        return None
    return first


#: A person's name as a subject after words of saying (rule ``unknown_voice``): a capitalised
#: word, not an acronym ("повідомив Кравцов", "заявил Олег Кравцов").
_UNKNOWN_NAME = re.compile(
    r"[А-ЯІЇЄҐЁ][а-яіїєґё’ʼ'-]+(?:\s+[А-ЯІЇЄҐЁ][а-яіїєґё’ʼ'-]+)?(?=\s*(?:[.,;!?]|$))"
)


@lru_cache(maxsize=4096)
def _actions(sent: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, claim)`` of each action word; an action's object ("repelled *attacks*",
    "відбили атаки") and words inside a longer action are not actions of their own (cached:
    a report's sentences are read for actions several times)."""
    found = sorted(
        (
            (m.start(), m.end(), kind)
            for pattern, kind in _triggered(languages)[1].present(sent)
            for m in pattern.finditer(sent)
        ),
        key=lambda a: (a[0], -a[1]),
    )
    out: list[tuple[int, int, str]] = []
    for a in found:
        if out and (
            a[0] < out[-1][1] or (out[-1][2] == "repelled" and a[0] <= out[-1][1] + OBJECT_REACH)
        ):
            continue
        out.append(a)
    civilian = claim_words(languages).civilian_agent  # rule civilian_agent
    return tuple(a for a in out if not civilian.search(sent, max(0, a[0] - CIVILIAN_REACH), a[0]))


#: How far before an action its civilian subject and the words between may start.
CIVILIAN_REACH = 80


def _date_said(sent, published, claims, people) -> None:
    """ "Voloshyn said on Feb. 8": the date of that person's undated claims."""
    said = re.search(r"\b([A-Z][a-z]+) said on\b", sent)
    if not said:
        return
    # a person introduced with a role, or one the lexicon names ("Voloshyn")
    named = _claimants_in(said.group(1), {}, ("en",))
    who = people.get(said.group(1)) or (named[0][2:] if named else None)
    if who is None:
        return
    dates = _dates(sent, published)
    for c in reversed(claims):
        if c.claimant == who[0] and c.notes.startswith("date not stated") and dates:
            c.date, c.date_precision = dates[0][1].isoformat(), "day"
            c.notes = f"dated by '{said.group()} …'"
            break


def _dated_voice(sent: str, si: int, published: Date, anchors, who_here: list, w) -> None:
    """Rule ``dated_voice``: a sentence that makes no claim but says when one voice spoke
    ("The same information was shared on Jan. 28 by the DeepState channel") dates that
    voice's next undated claims ("… the enemy had occupied Tabaivka, DeepState wrote")."""
    if w.recap.match(sent):
        return
    voices = {c[2:] for c in who_here}
    if len(voices) != 1:
        voices = {c[2:] for c in who_here if _speaks(sent, c, w)}
    days = [d for d in _dates(sent, published) if d[2] == "day"]
    if len(voices) != 1 or len({d[1] for d in days}) != 1:
        return
    day = days[0][1]
    if not published - timedelta(days=LEAD_DAYS) <= day <= published:
        return  # a date long before the report is its background, not the voice's day
    ((name, side, _),) = voices
    anchors.said[name] = Claim("", name, side, "other", day.isoformat(), "day", "claimed",
                               sent, si, f"dated_voice: {name} spoke on {day}")  # fmt: skip


class _Anchors:
    """Each claimant's last day-dated claim, and last claim dated by the text itself (not a
    fallback, not a recap): what "four days after" and undated claims are dated from."""

    def __init__(self) -> None:
        self.day: dict[str, Claim] = {}
        self.said: dict[str, Claim] = {}
        self.last: Claim | None = None  # the last claim of any voice dated by the text
        #: each voice's last recap ("Previously: the day before, the General Staff reported
        #: …") dated by the text: it dates that voice's undated claims of the next sentence
        #: only (rule recap_continued)
        self.recap: dict[str, Claim] = {}
        #: the day each "the next day" ({(sentence, start): date}) counts to (rule days_later)
        self.later: dict[tuple[int, int], Date] = {}
        self.cues: dict[int, tuple[list, list]] = {}  # each sentence's phrases and dates

    def add(self, claim: Claim, recap: re.Pattern) -> None:
        if claim.date_precision != "day":
            return
        self.day[claim.claimant] = claim
        if recap.match(claim.quote) and not claim.notes.startswith("date not stated"):
            self.recap[claim.claimant] = claim
        if not claim.notes.startswith(
            ("date not stated", "side_day", "recap_continued")
        ) and not recap.match(claim.quote):
            # rule bulletin_span: "over the past day" dates what a bulletin covers, not the
            # day its voice spoke; the voice's later undated claims are not dated by it
            self.said[claim.claimant] = claim
            self.last = claim


def _days_later(sent: str, si: int, at: int, published: Date, anchors: _Anchors, w):
    """Rule ``days_later``: ``(date, note)`` for a place at ``at`` after "the next day", "two
    days later", "наступного дня", "через два дні", "на следующий день" (the last such phrase
    before it, with no explicit date between): that many days after the date before the
    phrase — one stated earlier in the sentence, else the report's last claim dated by the
    text ("… said on Nov. 16 … . The next day it said …, and two days later …"). None when
    no such phrase or no date before it."""
    if not w.days_later or not may_hold(w.days_later_cue, sent):
        return None
    if si not in anchors.cues:  # found once per sentence: linear time
        anchors.cues[si] = (
            list(w.days_later_cue.finditer(sent)),
            [d for d in _dates(sent, published) if d[2] == "day"],
        )
    found, days = anchors.cues[si]
    cues = [m for m in found if m.end() <= at]
    if not cues:
        return None
    cue = cues[-1]
    if any(cue.end() <= d[0] < at for d in days):
        return None  # "… the next day, on Nov. 18, …": the explicit date dates it
    key = (si, cue.start())
    if key not in anchors.later:
        before = [d[1] for d in days if d[0] < cue.start()]
        base = before[-1] if before else None
        if base is None and anchors.last is not None:
            base = Date.fromisoformat(anchors.last.date)
        if base is None:
            return None
        anchors.later[key] = base + timedelta(days=w.days_later[cue[0].lower()])
    day = anchors.later[key]
    if day > published:
        return None
    return day, f"days_later: '{cue[0]}', counted from the date before it"


def _date_at(
    sent: str, at: int, published: Date, first: Date, first_place: int | None = None
) -> Date:
    """Of several explicit dates in a sentence, the one a place at ``at`` is dated by: the
    first after it in its own phrase ("the capture of Nevekske on March 16, and its push in
    Tonenke on March 15"), else ``first`` (the sentence's first date).

    Rule list_date: a date closing or opening a conjunct dates every place listed in it.
    Of the dates no voice spoke on, when the first stands after the sentence's first place
    (``first_place``), a place takes the next one after it ("Storozheve on June 12, and
    Blahodatne, Neskuchne, and Makarivka on June 11"); when it stands before, the last one
    before it ("19 лютого ворог атакував Куп'янськ, а 18 лютого — Лиман, Сіверськ і
    Торецьк")."""
    dates = [d for d in _dates(sent, published) if d[2] == "day"]
    if len({d[1] for d in dates}) < 2:
        return first
    stop = _PHRASE_END.search(sent, at)
    after = [d for d in dates if at < d[0] < (stop.start() if stop else len(sent))]
    if after:
        return after[0][1]
    w = claim_words()
    own = [d for d in dates if not _date_spoken(sent, d[0], w)]
    if first_place is None or not own or (len(own) == len(dates) and len({d[1] for d in own}) < 2):
        return first
    if own[0][0] < first_place:
        before = [d for d in own if d[0] < at]
        return before[-1][1] if before else first
    later = next((d for d in own if d[0] > at), None)
    return later[1] if later and not _LIST_DATE_BREAK.search(sent, at, later[0]) else first


def _date_own_clause(sent: str, published: Date, at: tuple, voices: list, w: ClaimWords):
    """Rule ``date_own_clause``: the sentence with its explicit date blanked out, when that
    date stands in a clause of its own (:attr:`ClaimWords.date_relative`, to its next comma;
    :attr:`ClaimWords.date_joined`, to the end) apart from the claim's action and place
    (``at``) and from every voice of the claim in the sentence (``voices``): "The commander,
    who took over on 12 January, said X was retaken", "Генерал был назначен 3 мая, а
    Минобороны сообщило об освобождении X". None when the date may be the claim's: several
    dates (rule list_date decides), or one in the clause of the action, place or voice."""
    dates = _dates(sent, published)
    if not dates or len({d[1] for d in dates}) > 1:
        return None
    relative = []
    for m in w.date_relative.finditer(sent):
        comma = sent.find(",", m.end())
        relative.append((m.start(), comma if comma >= 0 else len(sent)))
    joined = [m.start() for m in w.date_joined.finditer(sent)]
    if not relative and not joined:
        return None

    def clause(p: int) -> tuple:
        inside = [r for r in relative if r[0] <= p < r[1]]
        return ("relative", inside[-1][0]) if inside else ("joined", bisect_right(joined, p))

    if any(
        r[0] <= d[0] < r[1] and w.speech.search(sent, r[0], r[1]) for r in relative for d in dates
    ):
        return None  # "Syrskyi, who said on 3 May …": the day a voice spoke may be the claim's
    of_date = {clause(d[0]) for d in dates}
    if any(clause(p) in of_date for p in at) or any(clause(c[0]) in of_date for c in voices):
        return None
    out = sent
    for d in dates:
        token = _DATE_TOKEN.match(sent, d[0])
        end = token.end() if token else d[0] + 1
        out = out[: d[0]] + " " * (end - d[0]) + out[end:]
    return out


#: An explicit date's words ("14 травня 2024 року", "June 12", "Feb. 19, 2024").
_DATE_TOKEN = re.compile(
    r"\d{1,2}\s+[^\W\d_]+(?:\s+\d{4}(?:\s+р(?:оку|\.))?)?"
    r"|[^\W\d_]+\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
)


def _date_spoken(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the explicit date at ``at`` is the day a voice spoke ("said on June 12",
    "19 февраля сообщило"; rule ``list_date``), read as rule ``said_weekday`` reads a weekday."""
    token = _DATE_TOKEN.match(sent, at)
    end = token.end() if token else at
    return bool(
        w.speech_day_before.search(sent, max(0, at - 60), at) or w.speech_day_after.match(sent, end)
    )


#: What ends a conjunct's reach to a date after it (rule ``list_date``).
_LIST_DATE_BREAK = re.compile(
    r"[;:()]|(?<!\w)(?:that|while|but|що|але|проте|что|но|однако)(?!\w)", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def _weekdays(sent: str, published: Date) -> tuple[tuple[int, Date, str, bool], ...]:
    """The weekdays a sentence names: ``(offset, date, note, opens_clause)``, in text order.

    A weekday is the last such day on or before publication; said next to its week ("on
    Monday last week", "В понедельник на прошлой неделе", "минулого тижня у вівторок"; rule
    ``weekday_last_week``) it is that day of the week before publication's; after "last"
    ("last Friday", "в прошлую пятницу", "минулого понеділка"; rule ``weekday_last``) it is
    the last such day before publication, never publication day itself. ``opens_clause``: a
    joining word opens a clause of its own with it ("…, and on Wednesday it said …", "а в
    четвер —"; rule ``weekday_clause``).
    """
    w = claim_words()
    low = sent.lower()
    found = [
        (m.start(), m.end(), word, wd)
        for word, wd in w.weekdays.items()
        if word in low
        for m in re.finditer(rf"\b{re.escape(word)}\b", low)
    ]
    if not found:
        return ()
    weeks = list(w.last_week.finditer(sent)) if may_hold(w.last_week, sent) else []
    out = []
    for start, end, word, wd in sorted(found):
        week = any(
            (wk.end() <= start and w.weekday_week_gap.fullmatch(sent, wk.end(), start))
            or (end <= wk.start() and w.weekday_week_gap.fullmatch(sent, end, wk.start()))
            for wk in weeks
        )
        if week:
            day = published - timedelta(days=published.weekday() + 7 - wd)
            note = f"weekday_last_week: '{word}' of the week before publication"
        elif w.weekday_last.search(sent, max(0, start - 20), start):
            day = published - timedelta(days=(published.weekday() - wd) % 7 or 7)
            note = f"weekday_last: '{word}', the last such day before publication"
        else:
            day = published - timedelta(days=(published.weekday() - wd) % 7)
            note = f"'{word}': the last such day on or before publication"
        joined = bool(w.weekday_join.search(sent, max(0, start - 30), start))
        out.append((start, day, note, joined))
    return tuple(out)


_SAID_CLAUSE_BREAK = re.compile(r"[,;:]")
_WEEKDAY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _speech_day(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the weekday at ``at`` dates a voice's speaking (rule ``said_weekday``)."""
    word = _WEEKDAY_WORD.match(sent, at)
    end = word.end() if word else at
    return bool(
        w.speech_day_before.search(sent, max(0, at - 60), at) or w.speech_day_after.match(sent, end)
    )


def _weekday_at(
    sent: str, at: int, published: Date, end: int | None = None
) -> tuple[Date, str] | None:
    """Rule ``weekday_clause``: of several weekdays in a sentence, the one whose own clause
    (opened by a joining word: "…, and on Wednesday it said its troops had taken Y", "а в
    четвер — про взяття Y") a place at ``at`` stands in, or None (the first weekday).

    Rule ``weekday_item``: a weekday right after the place (ending at ``end``; "seized X on
    Thursday and Y on Friday") that is not the day a voice spoke dates that place."""
    named = _weekdays(sent, published)
    if end is not None and len(named) > 1:
        w = claim_words()
        own = next(
            (d for d in named if d[0] >= end and w.weekday_item.fullmatch(sent, end, d[0])), None
        )
        # a weekday a voice may have spoken on dates the place only after an earlier
        # weekday no voice spoke on ("X on Thursday and Y on Friday, the ministry said")
        if own is not None and (
            not _speech_day(sent, own[0], w)
            or any(d[0] < at and not _speech_day(sent, d[0], w) for d in named)
        ):
            return own[1], f"weekday_item: {own[2]}"
    before = [d for d in named[1:] if d[3] and d[0] < at]
    if not before:
        return None
    _, day, note, _ = before[-1]
    return day, f"weekday_clause: {note}"


@lru_cache(maxsize=4096)
def _coarse_dates(sent: str, published: Date) -> tuple[tuple[int, int, Date, str, str], ...]:
    """Months and years a sentence gives without a day (rule ``coarse_date``: "in October
    2024", "in early January", "у 2024 році", "еще в 2024 году", "в октябре"):
    ``(start, end, date, precision, text)``. A month stands for its last day (the
    publication day in the month of publication), a year for its first; a month without
    its year is the last such month on or before publication; none after publication.
    A season ("улітку 2025 року", "in the summer", "летом") dates to its year, with year
    precision (the schema has no season): its year when said, else the year of the last such
    season begun on or before publication ("this summer": this year's, if it has begun); a
    winter without its year spans two and is no date; "the fall of Avdiivka" is no season.
    """
    w = claim_words()
    out = []
    for pattern in w.coarse_dates:
        for m in pattern.finditer(sent):
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            if groups.get("season"):
                begins = w.seasons.get(groups["season"].lower())
                this = m[0].lower().startswith(("this", "цього", "этим", "этой"))
                if year is None and begins is not None and begins < 12:
                    year = published.year - (begins > published.month and not this)
                if (
                    begins is not None
                    and year is not None
                    and (year, begins) <= (published.year, published.month)
                ):
                    out.append((m.start(), m.end(), Date(year, 1, 1), "year", m[0]))
                continue
            name = (groups.get("month") or "").lower()
            month = w.months.get(name) or w.months_in.get(name) if name else None
            if name and month is None:
                continue
            if month is None:
                if year is None or year > published.year:
                    continue
                out.append((m.start(), m.end(), Date(year, 1, 1), "year", m[0]))
                continue
            y = year if year else published.year - (month > published.month)
            if (y, month) > (published.year, published.month):
                continue
            last = Date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            out.append((m.start(), m.end(), min(last, published), "month", m[0]))
    return tuple(sorted(out, key=lambda d: d[0]))


def _coarse_at(sent: str, at: int, published: Date) -> tuple[Date, str, str] | None:
    """Rule ``coarse_date``: the month or year (see :func:`_coarse_dates`) that dates a place
    at ``at``: the first after it in its own phrase, or in the relative clause right after it
    when someone speaks in that clause ("Kurakhove, which Moscow said it had taken in early
    January"; not "entered Kupiansk, which … after being occupied … in February 2022"), else the last before it with no phrase's end between ("said in
    October 2024 that its forces had captured Selydove"); or None."""
    coarse = _coarse_dates(sent, published) if at >= 0 else []
    if not coarse:
        return None
    w = claim_words()
    stop = _PHRASE_END.search(sent, at)
    if stop is not None and w.relative_after.match(sent, stop.start()):
        clause = _PHRASE_END.search(sent, stop.end())
        if w.speech.search(sent, stop.end(), clause.start() if clause else len(sent)):
            stop = clause
    end = stop.start() if stop else len(sent)
    after = [d for d in coarse if at < d[0] < end]
    # a date opening the sentence frames its first clause ("In mid-September, the ministry
    # said its troops had taken X")
    before = [
        d
        for d in coarse
        if d[1] <= at
        and not _PHRASE_END.search(
            sent,
            d[1] + bool(_OPENING.fullmatch(sent, 0, d[0]) and sent[d[1] : d[1] + 1] == ","),
            at,
        )
    ]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None:
        return None
    return chosen[2], chosen[3], f"coarse_date: '{chosen[4]}'"


def _recent_appositive(sent: str, end: int, at: int, published: Date, w: ClaimWords):
    """Rule ``recent_appositive``: ``(date, precision, note)`` for a gain told in an appositive
    of its place ("Sokil, recently captured by Russian troops, came under fire on Wednesday"):
    the week of publication, not the main clause's day; None when the action at ``at`` is no
    such appositive of the place ending at ``end``, or the appositive names its own day."""
    if not (0 <= end <= at and w.recent_appositive.fullmatch(sent, end, at)):
        return None
    stop = _APPOSITIVE_END.search(sent, at)
    aside = sent[end : stop.start() if stop else len(sent)]
    if _dates(aside, published) or _weekdays(aside, published):
        return None
    return published, "week", "recent_appositive: 'recently' in the place's appositive"


#: Where an appositive ends: its closing comma, or its sentence's end.
_APPOSITIVE_END = re.compile(r"[,;.!?)]")


#: Where a relative clause ends: a comma, a semicolon, a bracket, or a full stop that is not
#: an abbreviation's ("on Nov. 20", "the U.S. think tank").
_ASIDE_END = re.compile(r"[,;!?)]|\.(?=\s+(?-i:[A-Z])|\s*$)")


def _in_aside(sent: str, pos: int, at: int, w: ClaimWords) -> bool:
    """Whether ``pos`` is inside a relative clause (", which …") that the action at ``at`` is
    not in (rule ``aside_not_main``)."""
    for m in w.relative_aside.finditer(sent, 0, pos):
        if not _ASIDE_END.search(sent, m.end(), pos):
            stop = _ASIDE_END.search(sent, pos)
            return not m.start() <= at < (stop.start() if stop else len(sent))
    return False


def _outside_asides(text: str, at: int, w: ClaimWords) -> str:
    """Rule ``aside_not_main``: ``text`` with each relative clause (", which …" up to its
    closing comma or the sentence's end) blanked out when the action at ``at`` is outside it,
    so that the clause's day or voice words date nothing of the main clause (same length)."""
    if "which" not in text and "that" not in text:
        return text
    out = text
    for m in w.relative_aside.finditer(text):
        stop = _ASIDE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if not m.start() <= at < end:
            out = out[: m.start()] + " " * (end - m.start()) + out[end:]
    return out


def _relative_aside(
    sent: str, end: int, at: int, published: Date, w: ClaimWords, name: str, stamp: Date | None
):
    """Rule ``relative_aside``: ``(date, precision, note)`` for a gain told in a relative
    clause apposed to its place, closed by a comma before the main clause ("Kurakhove, which
    Russia said it had captured, was shelled on Saturday", "Бахмут, який окупанти захопили, у
    суботу обстріляли …"): the main clause's day is not the gain's; the clause's own month or
    year dates it, else it is undated (the publication date). None when the action at ``at``
    is not in such a clause of the place ending at ``end``, or the clause names its own day."""
    if not 0 <= end <= at:
        return None
    opening = w.relative_aside.match(sent, end)
    if opening is None or _APPOSITIVE_END.search(sent, opening.end(), at):
        return None
    stop = _APPOSITIVE_END.search(sent, at)
    if stop is None or stop.group(0) != ",":
        return None  # the clause ends the sentence: no main clause after it
    aside = sent[end : stop.start()]
    if _dates(aside, published) or _weekdays(aside, published):
        return None
    when, precision, note = _claim_date(aside, published, _Anchors(), name, stamp=stamp)
    if note.startswith("date not stated") and (coarse := _coarse_at(aside, at - end, published)):
        # "Robotyne, which Kyiv said it recaptured in the summer, …": the clause's season,
        # month or year, never the publication day
        when, precision, note = coarse
    elif note.startswith("date not stated"):
        return published, "day", "date not stated: the publication date (relative_aside)"
    return when, precision, f"relative_aside: {note}"


def _doubt_aside(sent: str, at: int, langs, w: ClaimWords) -> bool:
    """Rule ``doubt_aside``: whether the doubt at ``at`` is an aside closing a sentence that
    claims before it ("…, a claim Reuters could not verify"), not the sentence's own point."""
    lo = max(0, at - DOUBT_ASIDE_REACH)
    return bool(
        may_hold_between(w.doubt_aside, sent, lo, at)
        and w.doubt_aside.search(sent, lo, at)
        and _actions(sent[:at], langs)
    )


#: How far before a doubt the comma opening its aside may stand (rule ``doubt_aside``).
DOUBT_ASIDE_REACH = 80


def _anchor_phrase(sent: str, low: str, w: ClaimWords) -> tuple[int, str, int] | None:
    """``(offset, phrase, days)``: the first phrase of rule ``anchor_relative`` ("the night
    before", "a day earlier") in the sentence that counts days back, not one naming an event
    after it ("the day before the talks")."""
    found = []
    for phrase, delta in w.anchor_relative.items():
        if phrase not in low:
            continue
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            if not w.anchor_event_after.match(sent, m.end()):
                found.append((m.start(), phrase, delta))
                break
    return min(found) if found else None


#: An explicit date more days than this before publication, in a sentence that also names a
#: weekday, is the story's background, not the claim's date.
BACKGROUND_DAYS = 31


def _claim_date(
    sent,
    published,
    anchors: _Anchors,
    claimant,
    lead=None,
    *,
    counted=True,
    header=None,
    side: str | None = None,
    stamp: Date | None = None,
    intraday: bool = False,
):
    """``(date, precision, rule)``: the first rule that reads a date in the sentence.

    ``stamp``: the day the report's opening stamps it with ("Станом на 08:00 14.06.2025",
    "as of 08:00 on June 14"; rule ``report_stamp``): its day words count from it, not from
    publication.

    ``intraday``: the report counts from the start of its own day (rule ``intraday_bulletin``:
    "Від початку доби 22 вересня …"): its "протягом доби" is that day.

    ``counted`` False: the sentence's count of days ("a day after Moscow said …") dates
    another clause than the claim's, and is not read.
    """
    w = claim_words()
    numbers = lexicon().numbers
    rel = w.days_relative.search(sent) if counted else None
    if rel and (rel.group(1).lower() in numbers or rel.group(1).isdigit()):
        n = int(rel.group(1)) if rel.group(1).isdigit() else int(numbers[rel.group(1).lower()])
        anchor = anchors.day.get(claimant)
        base = Date.fromisoformat(anchor.date) if anchor else published
        # "X came four days after the ministry said it captured Y": Y's claim is N days earlier
        later = rel.group(2).lower() == "after"
        return (
            base - timedelta(days=n) if later else base + timedelta(days=n),
            "day",
            f"dated {n} day(s) {'before' if later else 'after'} the claim of {base}",
        )
    low = sent.lower()
    dates = _dates(sent, published)
    if any(re.search(rf"\b{re.escape(word)}\b", low) for word in w.weekdays if word in low):
        # "Russia, which invaded on Feb. 24, 2022, said on Saturday …": a date long before
        # publication dates the story's background when the sentence names the day it speaks of
        dates = [d for d in dates if (published - d[1]).days <= BACKGROUND_DAYS]
    if dates and w.stamp_before.search(sent, max(0, dates[0][0] - 40), dates[0][0]):
        # rule stamp_relative: "Станом на 08:00 12 лютого минулої доби ворог …": the date
        # stamps the report; the day word counts from it
        for word, delta in w.relative_days.items():
            if word in low and re.search(rf"\b{re.escape(word)}\b", low):
                return (
                    dates[0][1] + timedelta(days=delta),
                    "day",
                    f"stamp_relative: '{word}', {delta:+d} day(s) from the report's stamp",
                )
    anchored = _anchor_phrase(sent, low, w)
    if dates:
        if anchored is not None and dates[0][2] == "day" and dates[0][0] < anchored[0]:
            # rule anchor_relative: "On June 12 the ministry said its forces had taken X the
            # day before": counted from the day the sentence names before the phrase
            return (
                dates[0][1] + timedelta(days=anchored[2]),
                "day",
                f"anchor_relative: '{anchored[1]}', {anchored[2]:+d} day(s) from {dates[0][1]}",
            )
        if dates[0][2] == "day" and _speech_day(sent, dates[0][0], w):
            # rule said_date: "Russian troops attacked near X 52 times over the past day, the
            # General Staff reported on Aug. 18": the date is the day the voice spoke; a day
            # word the sentence says apart from it counts from it
            words = {**w.relative_days, **w.relative_days_by_side.get(side, {})}
            counted = _counted_from(sent, dates[0][0], words)
            if counted:
                return (
                    dates[0][1] + timedelta(days=counted[0]),
                    "day",
                    f"said_date: '{counted[1]}', {counted[0]:+d} day(s) from {dates[0][1]}",
                )
        return dates[0][1], dates[0][2], "an explicit date"
    ago = w.days_ago.search(sent) if may_hold(w.days_ago, sent) else None
    count = next((g for g in ago.groups() if g), "") if ago else ""
    n = int(count) if count.isdigit() else numbers.get(count.lower())
    if n and n == int(n) and n <= LEAD_DAYS:
        # rule days_ago: "звільнили ще два дні тому", "заняли три дня назад"
        return published - timedelta(days=int(n)), "day", f"days_ago: '{ago[0]}'"
    named = _weekdays(sent, published)
    if anchored is not None:
        at, phrase, delta = anchored
        # "On Tuesday the ministry said troops had taken X the night before": counted from the
        # weekday the sentence names before the phrase (or the day its voice spoke, named
        # after it), else from the voice's last dated claim
        day = next((d[1] for d in reversed(named) if d[0] < at), None)
        if day is None:  # "… the previous day, the ministry said on Sunday": the voice's day
            day = next((d[1] for d in named if d[0] > at and w.speech.search(sent, at, d[0])), None)
        if day is None:  # rule said_weekday: a weekday on which the voice spoke
            day = next((d[1] for d in named if _speech_day(sent, d[0], w)), None)
        if day is None:
            anchor = anchors.said.get(claimant) or anchors.day.get(claimant)
            if anchor is None and not sent[:at].strip():
                # "Russia said on Sunday it had captured X. The previous day, Ukrainian
                # officials reported …": a phrase opening its sentence counts from the day
                # the text dated last, whoever's (rule anchor_relative)
                anchor = anchors.last
            day = Date.fromisoformat(anchor.date) if anchor else published
        return (
            day + timedelta(days=delta),
            "day",
            f"anchor_relative: '{phrase}', {delta:+d} day(s) from {day}",
        )
    said_on = published
    if (
        named
        and all(_speech_day(sent, d[0], w) for d in named)
        and not any(d[2].startswith("weekday_last_week") for d in named)
        and may_hold(w.last_week, sent)
        and (week := w.last_week.search(sent))
        and (
            week.start() < named[0][0]
            # or in the clause the voice says, the only comma the one opening it ("В
            # воскресенье сообщило, что войска освободили Дачное на прошлой неделе")
            or not _SAID_CLAUSE_BREAK.search(
                w.speech_that.sub(" ", sent[named[0][0] : week.start()], count=1)
            )
        )
    ):
        # rule said_weekday: "Russian forces captured Yablunivka last week, Ukraine's General
        # Staff confirmed on Sunday": the weekday dates the voice, the week before it the claim
        # (a week told after the voice in another clause may date something else: "…, the
        # town Ukraine retreated from last week")
        said_on, named = named[0][1], ()
    if len(named) > 1 and _speech_day(sent, named[0][0], w):
        # rule said_weekday: "Ukraine's military said on Monday that Russian troops attacked
        # near X on Saturday": the first weekday is the day the voice spoke; the claim's is
        # the next one that is not, and not after it, nor the start or end of a span ("since
        # Tuesday")
        acted = [
            d
            for d in named[1:]
            if d[1] <= named[0][1]
            and not _speech_day(sent, d[0], w)
            and not w.weekday_span_before.search(sent, max(0, d[0] - 20), d[0])
        ]
        if acted:
            return acted[0][1], "day", f"said_weekday: {acted[0][2]} (the voice spoke later)"
    if named:  # the weekday the sentence names first
        counted = _counted_from(sent, named[0][0], w.summary_days)
        if counted:
            # rule weekday_summary: "інформує Генштаб у середу, минулої доби відбулося 30
            # боїв", "у понеділок повідомили, що за добу ворог …": the voice spoke on the
            # weekday, the summary covers the day before it
            return (
                named[0][1] + timedelta(days=counted[0]),
                "day",
                f"weekday_summary: '{counted[1]}', {counted[0]:+d} day(s) from {named[0][2]}",
            )
        counted = _speech_day(sent, named[0][0], w) and _counted_from(
            sent, named[0][0], {**w.relative_days, **w.relative_days_by_side.get(side, {})}
        )
        if counted:
            # rule said_weekday: "Напередодні ввечері окупанти обстріляли Нікополь, повідомив
            # голова ОВА у понеділок": the day word counts from the day the voice spoke
            return (
                named[0][1] + timedelta(days=counted[0]),
                "day",
                f"said_weekday: '{counted[1]}', {counted[0]:+d} day(s) from {named[0][2]}",
            )
        return named[0][1], "day", named[0][2]
    # rule report_stamp: a bulletin stamped "станом на 08:00 14 червня" and published days
    # later counts its "минулої доби" from the stamp
    base, since = (stamp, f"the report's stamp ({stamp})") if stamp else (published, "publication")
    for word, delta in w.relative_days.items():
        if word in low and re.search(rf"\b{re.escape(word)}\b", low):
            if intraday and word in w.intraday_days:
                return base, "day", f"intraday_bulletin: '{word}' in a bulletin of its own day"
            return base + timedelta(days=delta), "day", f"'{word}': {delta:+d} day(s) from {since}"
    for word, delta in w.relative_days_by_side.get(side, {}).items():
        if word in low and re.search(rf"\b{re.escape(word)}\b", low):
            # rule side_day: "over the past day" counts by the voice's bulletin convention
            return (
                base + timedelta(days=delta),
                "day",
                f"side_day: '{word}', {delta:+d} day(s) from {since} in a {side} voice",
            )
    if may_hold(w.last_week, sent) and w.last_week.search(sent):
        if said_on != published:
            return said_on - timedelta(days=7), "week", f"last_week: the week before {said_on}"
        return published - timedelta(days=7), "week", "last_week: the week before publication"
    if may_hold(w.last_month, sent) and w.last_month.search(sent):
        # the text gives the month only: its last day stands for it, with month precision
        return (
            published.replace(day=1) - timedelta(days=1),
            "month",
            "last_month: the month before publication",
        )
    if may_hold(w.this_month, sent) and w.this_month.search(sent):
        return published, "month", "this_month: the month of publication"
    if may_hold(w.week_cues, sent) and w.week_cues.search(sent):
        return published, "week", "date not stated: the week of publication"
    if may_hold(w.last_year, sent) and w.last_year.search(sent):
        return Date(published.year - 1, 1, 1), "year", "dated 'last year'"
    if header is not None:
        return header  # rule list_header: the dated line above a bulleted list
    if w.cross_link.match(sent.lstrip()):
        return published, "week", "cross_link: the headline of another report, undated"
    if may_hold(w.now, sent) and w.now.match(sent):
        # rule now: "Три недели назад, 5 ноября, … . Теперь ведомство сообщает об
        # освобождении …": back to the day of the report, not the older date before
        return published, "day", "date not stated: the publication date (rule now)"
    said = anchors.said.get(claimant)
    if said is not None and lead is not None and said.notes.startswith("dated_voice"):
        said = None  # the day a summary covers, not the day its voice spoke (rule lead_date)
    if said is not None:
        return (
            Date.fromisoformat(said.date),
            "day",
            f"date not stated: {said.notes}"
            if said.notes.startswith("dated_voice")
            else f"date not stated: the date of {_possessive(claimant)} earlier claim in the report",
        )
    if lead is not None and may_hold(w.said_now, sent) and w.said_now.search(sent):
        # rule said_now: "Минобороны России 20 ноября заявило … . Российские военкоры
        # признают, что …": said as the report is written, not on the day it opens with
        return (
            published,
            "day",
            "date not stated: said in the present, the publication date (rule said_now)",
        )
    if lead is not None:
        return lead, "day", f"date not stated: the date the report opens with ({lead})"
    return published, "day", "date not stated: the publication date"


#: The report's opening: a date stated there (the day a summary covers, "Протягом останньої
#: доби, 14 жовтня") dates its undated claims, when it is at most LEAD_DAYS before publication.
LEAD_SENTENCES = 3
LEAD_DAYS = 14


def _possessive(name: str) -> str:
    """``"Russian MoD"`` → ``"Russian MoD's"``; ``"Ukrainian officials"`` → ``"… officials'"``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _list_headers(sents, paragraphs, published: Date) -> dict[int, tuple[Date, str, str]]:
    """Rule ``list_header``: a line that ends with a colon and states a day ("За його
    інформацією, протягом 7 вересня:", "On March 3:") dates the bulleted lines right after it
    (each line with the sentences of its paragraph), when they state no date of their own.
    Returns ``{sentence index: (date, precision, note)}``."""
    out: dict[int, tuple[Date, str, str]] = {}
    header, item = None, None
    for si, (_, _, sent) in enumerate(sents):
        if _BULLET.match(sent):
            item = paragraphs[si]
        elif item is None or paragraphs[si] != item:
            header, item = None, None
            if sent.rstrip().endswith(":"):
                days = [d for d in _dates(sent, published) if d[2] == "day"]
                if days:
                    note = f"list_header: the date of the line above the list ({days[0][1]})"
                    header = (days[0][1], "day", note)
            continue
        if header is not None:
            out[si] = header
    return out


#: A sentence this short that holds the report's date is its stamp (a dateline cut at its dots).
STAMP_LINE = 24
#: What stands between a day word and the date or weekday that names the same day ("вчора,
#: 2 жовтня", "вчора, у понеділок").
_APPOSED = re.compile(r"[\s,(—–-]*(?:(?:у|в|во)\s+)?")
#: A stated day's own words: "16 серпня", "16 серпня 2023 року", "понеділок".
_DAY_WORDS = re.compile(r"\d{1,2}\s+[^\W\d_]+(?:\s+\d{4}(?:\s+р(?:оку|\.))?)?|[^\W\d_]+")


def _counted_from(sent: str, at: int, words: dict) -> tuple[int, str] | None:
    """``(days, word)``: the first of ``words`` (day words and their days) that the sentence
    says apart from the day stated at ``at`` (a date, a weekday), counting from that day; None
    when there is none, or it stands beside the stated day and names it ("вчора, 2 жовтня")."""
    low = sent.lower()
    stated = _DAY_WORDS.match(low, at)
    end = stated.end() if stated else at
    for word, delta in words.items():
        if not delta or word not in low:
            continue
        for found in re.finditer(rf"\b{re.escape(word)}\b", low):
            gap = (found.end(), at) if found.end() <= at else (end, found.start())
            if _APPOSED.fullmatch(low, *gap):
                break
            return delta, word
    return None


def _lead_relative(sent: str, at: int, day: Date, published: Date) -> int:
    """Rule ``lead_relative``: the days a Ukrainian or Russian report's opening counts from its
    own stamp ("Київ. 16 серпня. … минулої доби відбулося 30 боїв": the date is the day of
    publication, the day word the day the summary covers, by the language's convention in
    ``relative_days``); 0 when the date is not the publication day or the day word stands
    beside it, naming the same day ("вчора, 2 жовтня")."""
    if day != published:
        return 0
    counted = _counted_from(sent, at, claim_words(("uk", "ru")).relative_days)
    return counted[0] if counted else 0


def _lead_date(sents, published: Date) -> Date | None:
    """The first full date in the report's opening sentences (see :data:`LEAD_SENTENCES`),
    else the first weekday they name (rule ``lead_weekday``: "The chief of Russia's general
    staff told Putin on Thursday that …": the day the report's news was made, the last such
    day on or before publication)."""
    w = claim_words()
    opening = [(i, s) for i, (_, _, s) in enumerate(sents[:LEAD_SENTENCES]) if not w.recap.match(s)]
    # "Нагадаємо, вчора, 17 січня …": backstory, not the day the report covers
    for i, sent in opening:
        for at, day, precision in _dates(sent, published):
            if precision == "day" and published - timedelta(days=LEAD_DAYS) <= day <= published:
                k = i + 1  # "Київ. 16 серпня. ІНТЕРФАКС-УКРАЇНА – …", "КИЇВ. 23 травня. УНН. …"
                while len(sent.strip()) <= STAMP_LINE and k < min(len(sents), i + 3):
                    sent, k = f"{sent} {sents[k][2]}", k + 1
                return day + timedelta(days=_lead_relative(sent, at, day, published))
    for _, sent in opening:
        sent = _outside_asides(sent, -1, w)  # rule aside_not_main: not a relative clause's day
        named = _weekdays(sent, published)
        if named:
            counted = _counted_from(sent, named[0][0], w.summary_days)
            return named[0][1] + timedelta(days=counted[0] if counted else 0)
    # rule report_dated: "Отчет ISW появился в сети вечером 26 октября и касается …", "Звіт
    # оприлюднено 26 жовтня": the day of the report the article retells, wherever it is said
    for _, _, sent in sents:
        if may_hold(w.report_dated, sent) and w.report_dated.search(sent):
            days = {d[1] for d in _dates(sent, published) if d[2] == "day"}
            if len(days) == 1 and published - timedelta(days=LEAD_DAYS) <= min(days) <= published:
                return min(days)
    return None


def _report_stamp(sents, published: Date) -> Date | None:
    """Rule ``report_stamp``: the day a bulletin's opening stamps it with, when that is not the
    publication day ("Оперативна інформація станом на 08:00 14.06.2025", "По состоянию на 14
    июня", "as of 08:00 on June 14", a dateline alone on its line, "14.06.2025.", at most
    :data:`LEAD_DAYS` before publication): the day words of the whole report count from it.
    None when the opening has no such stamp."""
    w = claim_words()
    for _, _, sent in sents[:LEAD_SENTENCES]:
        if w.recap.match(sent):
            continue
        for at, day, precision in _dates(sent, published):
            if (
                precision == "day"
                and published - timedelta(days=LEAD_DAYS) <= day < published
                and (
                    w.stamp_before.search(sent, max(0, at - 40), at)
                    # a dateline alone on its line ("14.06.2025.", "Київ. 14 червня.")
                    or len(sent.strip()) <= STAMP_LINE
                )
            ):
                return day
    return None


#: Rule denied_gain: the gains a denial by the other side disputes (not strikes or fighting).
_DISPUTED_GAINS = frozenset(("captured", "advancing", "encircled", "liberated", "withdrawn"))
_OTHER_SIDE = {"RU": "UA", "UA": "RU"}


def _merge(claims: list[Claim], unconfirmed: set, published: Date) -> list[Claim]:
    """One claim per (claimant, place, claim): the dated evidence wins; then statuses."""
    merged: dict[tuple, Claim] = {}
    cyrillic: dict[str, bool] = {}  # per quote: a run-on sentence is the quote of all its claims
    for c in claims:
        k = (c.claimant, c.place, c.claim)
        if c.claim in _STRIKE_KINDS and c.quote not in cyrillic:
            cyrillic[c.quote] = bool(_CYRILLIC.search(c.quote))
        if c.claim in _STRIKE_KINDS and cyrillic[c.quote]:
            # rule one_strike: a Ukrainian or Russian strike bulletin names a place under each
            # weapon that hit it ("47 БпЛА атакували Роботине … 290 артударів по Роботиному"):
            # one strike claim per voice, place and day, whatever the weapon
            k = (c.claimant, c.place, "strike", c.date)
        old = merged.get(k)
        if old is None:
            merged[k] = c
        elif old.notes.startswith("date not stated") and not c.notes.startswith("date not stated"):
            c.quote = old.quote + " … " + c.quote
            merged[k] = c
    out = list(merged.values())
    captured = {c.place for c in out if c.side == "RU" and c.claim == "captured"}
    denied = {(c.place, c.side) for c in out if c.claim == "denied"}
    for c in out:
        if c.claim == "captured" and c.place in unconfirmed:
            c.status = "unconfirmed"
            c.notes = (c.notes + "; " if c.notes else "") + "Kyiv has not confirmed"
        if c.claim == "fighting" and c.side == "UA" and c.place in captured:
            c.status = "disputed"
        if c.claim in _DISPUTED_GAINS and (c.place, _OTHER_SIDE.get(c.side)) in denied:
            # rule denied_gain: a gain one side claims at a place the other side denies there
            # ("окружили Покровск … ВСУ это опровергли", "ЗСУ звільнили Роботине. У Міноборони
            # РФ це заперечили") is disputed, whichever side claims it
            c.status = "disputed"
    return sorted(out, key=lambda c: (c.date, c.place))
