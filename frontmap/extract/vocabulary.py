"""The claim reader's vocabulary: :class:`ClaimWords`, built once from the claims lexicons
(frontmap/lexicon/claims-*.json), and the patterns compiled from it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from gazetteer.names import key

from ..anchors import foreign_regions, raion_after, region_anchors
from ..lexicon import LANGUAGES, claims_lexicon, lexicon
from ..triggers import literal_trie

_ABBREVIATIONS = lexicon().abbreviations


#: A sentence may open with its date, before any capital ("… от города. 26 сентября, в четверг,
#: Минобороны …"): a day and a Ukrainian or Russian month word, or a numeric day.month
#: ("… Горловку. 12.02 под обстрелом …", "14.06.2025 ворог …") before a word (rule date_opening).
_DATE_OPENING = (
    r"\d{1,2}\s+(?:"
    + "|".join(m for lang in ("uk", "ru") for m in claims_lexicon(lang)["dates"]["months"])
    + r")\b|\d{1,2}\.\d{2}(?:\.(?:19|20)\d{2})?\s+[^\W\d_]"
)


#: Emoji and pictographs (with their variation selectors and joiners, flags): in a
#: Telegram-style post a run of them between two sentences ends the first ("ЗСУ звільнили
#: Кринки! 💪 Покровськ тримається.", "захопили Дачне 😢 Мирноград тримається."), rule
#: emoji_break.
_EMOJI = "[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]"

_SPLIT = re.compile(
    rf"(?<=[.!?…])([\"”’]?)(?:\s|{_EMOJI})*\s(?=[\"“A-ZА-ЯІЇЄҐ]|{_DATE_OPENING})"
    rf"|\s*{_EMOJI}+(?:\s|{_EMOJI})*(?=[\"“A-ZА-ЯІЇЄҐ])|\n+"
)


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


#: Capitalised English words that are never a place's name where they open a run, and names
#: that are an oblast's as well as its centre's (claims-en.json ``common_capitals``,
#: ``region_names``; keys as :func:`gazetteer.names.key` makes them, lower case).
_COMMON = frozenset(claims_lexicon("en")["common_capitals"])
_REGION_NAMES = frozenset(claims_lexicon("en")["region_names"])


_POSSESSIVE = re.compile(r"['’]s?$")  # "Bakhmut's"


_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")


_LIST_AFTER = re.compile(r"\s*(?:,|and\b)")


_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|ordered|stated)\b")


#: Rule bulleted_names: a list item's bullet at the start of its line — a dash or star and a
#: space, a Telegram-style symbol or emoji (its variation selector and the space optional:
#: "▪️Херсон", "🔹 Антонівка"), or a number ("2)", "3.") and a space.
_BULLET_MARK = r"(?:[-*–—][ \t]|[•▪▫►▸●◾◼■◦‣➖🔹🔸🔺🔻📍]\ufe0f?[ \t]*|\d{1,2}[.)][ \t])"


#: Rule bulleted_names: the link between two items of a list set one to a line (the line's
#: comma or semicolon, the break, the next line's bullet); a sentence holds a line break only
#: where :func:`text.sentences` joined such lines.
_LINE_JOIN = rf"[,;]?[ \t]*\n\s*(?:{_BULLET_MARK})?"


#: Rule settlement_list: a region's name in a list is the region only beside another region's
#: name or in a list that ends on a region word ("Donetsk, Luhansk and Kherson regions"); in a
#: list of villages it is the city ("Херсон, Антонівка, Білозерка").
_LIST_JOIN = rf"\s*(?:{_LINE_JOIN}|,|\band|\bі|\bй|\bта|\bи)\s*"


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
#: "FPV-дронів", "ЗСУ-шників") or taking a case ending of its own ("вдарили КАБами",
#: "уламки ФАБів", "роботу РЕБу"): no settlement's name begins so.
_ACRONYM_WORD = re.compile(
    r"(?=[^\W\d_]*?[A-ZА-ЯІЇЄҐЁ][^\W\d_]*?[A-ZА-ЯІЇЄҐЁ])[^\W\d_]{2,6}-[a-zа-яіїєґё]"
    r"|[А-ЯІЇЄҐЁ]{2,5}[а-яіїєґё]{1,3}(?![\w’'ʼ-])"
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
    #: Claimants named without their country ("the ministry"): name -> (the patterns of the
    #: claimants they refer back to, the first that finds one deciding — "the military" is
    #: the last military named before the last ministry: rule antecedent_head —, {side: the
    #: claimant they are read as by default}, whether the sentence's foreign region decides
    #: their side: rule territorial_voice).
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
    #: A sentence opening on a capital ("In Moscow, the ministry said") and the side the
    #: claimants it does not place speak for (rule ``capital_voice``).
    #: Words that make a later telling another event, not a restatement of a claim ("a similar
    #: attack", "first reached", "вперше"; rule restated_date dates nothing by it).
    other_event: re.Pattern = re.compile(r"(?!x)x")
    #: What stands before and after a date that is an attribute of the event it names ("the
    #: September 30 annexation"; rule ``date_attributive``): it dates no claim.
    date_attributive_before: re.Pattern = re.compile(r"(?!x)x")
    date_attributive_after: re.Pattern = re.compile(r"(?!x)x")
    capital_openings: tuple = ()
    #: A relative clause set off right after a voice ("Ukraine's General Staff, which does not
    #: comment on Russian claims, said"): it describes the voice (rule ``voice_relative``).
    voice_relative: re.Pattern = re.compile(r"(?!x)x")
    #: Words by which a paragraph goes on in the voice of an earlier one ("It also said …",
    #: "…," he added; "the statement said"); a language that lists them ends a carried voice
    #: at a paragraph without them (rule ``paragraph_voice_ends``).
    voice_points_back: re.Pattern | None = None
    #: Words of saying whose subject the sentence names ("…, according to a photo", "…,
    #: officials said"): with no claimant named, the sentence has a voice of its own the
    #: lexicon does not know (rule ``own_voice``).
    own_voice: re.Pattern = re.compile(r"(?!x)x")
    #: "Нагадаємо", "Напомним", "As a reminder" opening a sentence: the outlet's own narration
    #: of what was reported before (rule ``reminder``).
    reminder: re.Pattern = re.compile(r"(?!x)x")
    #: A reminder of today's event ("Нагадаємо, сьогодні вночі окупанти вдарили по X") that
    #: names no other day (``reminder_other_day``): the outlet's own report of the day, which a
    #: side the sentence gives by rule ``own_side_voice`` speaks (rule ``reminder_today``).
    reminder_today: re.Pattern = re.compile(r"(?!x)x")
    reminder_other_day: re.Pattern = re.compile(r"(?!x)x")
    #: Words that make the official named right after them an occupation's ("the
    #: Moscow-installed governor of the Kherson region", "призначений Кремлем голова …"),
    #: ending where the role's name begins (rule ``occupation_voice``), and the claimant
    #: ``(name, side, kind)`` such an official is read as.
    occupation_before: re.Pattern = re.compile(r"(?!x)x")
    occupation_voice: tuple | None = None
    #: Lower-case words a bare list of names may hold beside its names (rule ``bare_list``).
    list_fillers: frozenset = frozenset()
    #: An unknown voice with a side ("A Ukrainian mortar unit told Reuters"): (side, pattern)
    #: (rule ``own_voice``).
    own_voice_sides: tuple = ()
    #: A newspaper's title word right after a place's name ("The New York Times", "the Kyiv
    #: Post"; rule ``outlet_title``): the run names an outlet, not a place.
    outlet_title_after: re.Pattern = re.compile(r"(?!x)x")
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
    #: A discourse adverb set off by commas right after a voice (", however,"; rule
    #: ``discourse_aside``), matched at the voice's end: the verb after it is the voice's.
    discourse_aside: re.Pattern = re.compile(r"(?!x)x")
    #: A new subject after "and"/"but" with a voice's aside right after it (rule
    #: ``later_clause_voice``: "… near X and Russian forces, the ministry claimed, took Y").
    aside_clause_subject: re.Pattern = re.compile(r"(?!x)x")
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
    #: A day word opening a gapped clause after a joining word ("…, а сьогодні — Y"; rule
    #: ``day_join``), the day word in the pattern's one group.
    day_join: re.Pattern = re.compile(r"(?!x)x")
    #: A verb of speech right before an explicit date ("повідомив Генштаб ЗСУ 8 грудня"; rule
    #: ``said_date``), matched on the text before the date.
    speech_date_before: re.Pattern = re.compile(r"(?!x)x")
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
    #: "що" opening a relative clause, unless after a verb of saying (rule ``date_own_clause``).
    date_relative_that: re.Pattern = re.compile(r"(?!x)x")
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
    #: What says a region is only a border a place lies near ("near the border with Russia's
    #: Belgorod region", "поблизу кордону з Бєлгородською областю"), read right before the
    #: region's words: it places nothing in that region (rule ``foreign_region``).
    foreign_border_before: re.Pattern = re.compile(r"(?!x)x")
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
    #: A gerund of trying right before a gain or an attack ("…атакував, намагаючись
    #: просунутися в районі X"; rule ``attempt_gerund``), matched on the text before the action.
    attempt_gerund: re.Pattern = re.compile(r"(?!x)x")
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
    #: A side named as the subject of a verb of saying, claiming or lying right before an
    #: action ("Russia falsely claimed that it had captured X", "Окупанти брешуть, що захопили
    #: X"; rule ``claimed_by``): (side, pattern matched on the text ending at the action).
    claimed_by: tuple = ()
    #: A noun of claiming right before a voice ("заяви Герасимова про …"; rule
    #: ``claim_noun_owner``).
    claim_noun_before: re.Pattern = re.compile(r"(?!x)x")
    #: Between a denial and a claimant right after it, a word for the claim ("спростував
    #: заяву Кремля"; rule ``denied_object``): the claimant is the one denied.
    denied_object: re.Pattern = re.compile(r"(?!x)x")
    #: Rule action_reach: the capture kinds whose reach over a later place is bounded, and the
    #: words beside list joins and fillers that a list of places may hold ("області", "region").
    reach_kinds: frozenset = frozenset()
    reach_fillers: frozenset = frozenset()
    reach_stop: re.Pattern = re.compile(r"(?!x)x")
    reach_claimed: re.Pattern = re.compile(r"(?!x)x")
    #: The expelled force named before a passive or fronted-object verb of driving out ("Russian
    #: forces had been pushed out of X", "Окупантів вибили з X"; rule ``expelled_subject``):
    #: (side, pattern matched on the text ending at the place).
    expelled_subject: tuple = ()
    #: The side named as the one that strikes ("Russian shelling", "a Ukrainian drone",
    #: "Russian forces fired on X"; rule ``attacker_side``): (side, pattern). A territorial
    #: voice no other cue places speaks for the other side, the one struck.
    attacker_sides: tuple = ()
    #: Words that call such a claim false ("falsely", "брешуть", "лгут"; rule ``claimed_by``).
    falsity: re.Pattern = re.compile(r"(?!x)x")
    #: Words right before a gain word that mark it as the other side's word ("so-called",
    #: "так званого"; rule ``scare_quote``), each ending there.
    scare_before: re.Pattern = re.compile(r"(?!x)x")
    #: An aside that calls what the sentence reported before it untrue (", but that is
    #: untrue", ", але це неправда", ", что не соответствует действительности"; rule
    #: ``false_aside``).
    false_aside: re.Pattern = re.compile(r"(?!x)x")
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
    #: rule apposed_part: "Avdiivka, a suburb of " right before a city's name (read there)
    apposed_suburb: re.Pattern = re.compile(r"(?!x)x")
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
    #: A sentence's opening word turning to other news ("Separately, …", "Окремо, …"; rule
    #: ``topic_shift``): the day the report opens with does not date it.
    topic_shift: re.Pattern = re.compile(r"(?!x)x")
    #: A sentence opening on words that detail the sentence before ("В частности, …", "Among
    #: them …"; rule ``week_continued``): it carries that sentence's week.
    detail_opening: re.Pattern = re.compile(r"(?!x)x")
    #: A sentence opening on a change of hands told as a noun ("The capture of Avdiivka last
    #: week, …, marks a turning point"; rule ``nominal_opening``): with no voice of its own it is
    #: the outlet's narration, not the voice carried from the sentences before.
    nominal_opening: re.Pattern = re.compile(r"(?!x)x")
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
    #: Rule paragraph_voice: what may follow a voice that closes its sentence — one of the
    #: lexicon's ``closing_voice_verbs`` ("…, the ministry said."), then only closing marks.
    closing_rest: re.Pattern = re.compile(r"[\s.!»\"”’)]*")
    #: Rule list_date: the words (``dates.list_date_break``) that end a conjunct's reach to a
    #: date after it ("…, but …", "…, що …").
    list_date_break: re.Pattern = re.compile(r"(?!x)x")
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
    #: The words citing a voice right before it ("citing", "з посиланням на"; rule
    #: ``cited_source``): that voice is the source of what its relayer reports.
    cited_before: re.Pattern = re.compile(r"(?!x)x")
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
    #: Rule centre_target: the weapon a strike on an oblast centre is made with, read right
    #: after its bare name ("attacked Kharkiv with drones"): the city, not its oblast.
    centre_target_after: re.Pattern = re.compile(r"(?!x)x")
    #: Rule feature_adjective: the noun of a sea, lake, estuary or reservoir right after a
    #: name's adjective ("над Азовским морем", "в Чорному морі"): the name is no settlement.
    water_after: frozenset = frozenset()
    #: Rule weekday_item: the gap between a place and the weekday that dates it ("X on Friday").
    weekday_item: re.Pattern = re.compile(r"(?!x)x")
    #: Rule stalled_advance: words right after an advance saying it stopped ("has stalled").
    stalled_after: re.Pattern = re.compile(r"(?!x)x")
    #: Rule described_voice: the words before a voice inside a place's description.
    description_voice_before: re.Pattern = re.compile(r"(?!x)x")
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
    #: What before such a phrase makes it a bulletin's span ("in the previous day"), not a
    #: day counted back (rule ``anchor_relative``); matched on the text right before it.
    anchor_span_before: re.Pattern = re.compile(r"(?!x)x")
    #: The weekend ("over the weekend", "на вихідних", "на выходных"; rule ``weekend``).
    weekend: re.Pattern = re.compile(r"(?!x)x")
    #: "last", "минулих", "прошлые": the weekend before, said on a weekend (rule ``weekend``).
    weekend_past: frozenset = frozenset()
    #: A night the clause names ("вночі", "ночью", "overnight"; rules ``night``,
    #: ``night_in_summary``).
    night: re.Pattern = re.compile(r"(?!x)x")
    #: What stands between a place and the gain of its appositive ("Sokil, recently captured
    #: by …"; rule ``recent_appositive``).
    recent_appositive: re.Pattern = re.compile(r"(?!x)x")
    #: A gain told by a perfective participle, matched on the text ending at its word
    #: ("having captured", "Захопивши", "освободив"; rule ``background_participle``).
    background_participle: re.Pattern = re.compile(r"(?!x)x")
    #: What stands before the action of a relative clause of the force that acts in the main
    #: clause ("troops who seized X last month shelled Y"; rule ``relative_gain``).
    relative_gain: re.Pattern = re.compile(r"(?!x)x")
    #: Words before a name that say where a person comes from ("родом з Тернополя", "a native
    #: of Ternopil"): the name is no place of the claim (rule ``origin_name``).
    origin_before: re.Pattern = re.compile(r"(?!x)x")
    #: Words before a name that make it the place fire comes from ("firing from the territory
    #: of occupied Enerhodar", "обстріляли Нікополь з Енергодара"): no place struck (rule
    #: ``fired_from``).
    fired_from_before: re.Pattern = re.compile(r"(?!x)x")
    #: The words of "from" each of those needs ("from", "з", "из"): a look-back without one is
    #: not searched (rule ``fired_from``).
    fired_from_word: re.Pattern = re.compile(r"(?!x)x")
    #: Words before a name that make it a region's ("Ukraine's regions of Kyiv, Kharkiv and
    #: Kherson", "the Russian region of Belgorod"): no settlement (rule ``region_of``).
    region_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule ``centre_anaphora``: "the city" (centre_anaphora) after words saying it was struck
    #: (centre_anaphora_before), read as the oblast centre named before it.
    centre_anaphora: re.Pattern = re.compile(r"(?!x)x")
    centre_anaphora_before: re.Pattern = re.compile(r"(?!x)x")
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
    #: A cause of a casualty that is no strike ("in a car crash"): such a casualty does not
    #: take the cause of the sentence before it (rule ``casualty_told_on``).
    casualty_other_cause: re.Pattern = re.compile(r"(?!x)x")
    #: A phrase of where opening the sentence right before a place ("In the town of "): the
    #: clause after the place's comma is no description of it (rule ``fronted_place``).
    fronted_place: re.Pattern = re.compile(r"(?!x)x")
    #: Rule denial_topic: what a denial may be of that is no change of hands at the place
    #: (losses, civilians, evacuation, weapons, shortages).
    denial_topic: re.Pattern = re.compile(r"(?!x)x")
    #: Rule civilian_agent: people who are no fighting side (civilians, journalists, aid
    #: convoys) as the subject right before an action: their entering a place is no claim.
    civilian_agent: re.Pattern = re.compile(r"(?!x)x")
    #: Rule evidence_absent: no evidence, sign or confirmation of the action that follows in
    #: its clause ("ISW has not observed evidence that …", "Немає підтверджень, що …"); with
    #: evidence_noun before the action and evidence_absent_after after it ("reports that … were
    #: not confirmed", "Підтверджень захоплення X немає"), the same: no claim of anyone.
    evidence_absent: re.Pattern = re.compile(r"(?!x)x")
    evidence_noun: re.Pattern = re.compile(r"(?!x)x")
    evidence_absent_after: re.Pattern = re.compile(r"(?!x)x")
    #: Rule open_question: a question, refusal or matter left unclear about the action in its
    #: clause ("asked whether …", "declined to say whether …", "even if …"): no claim.
    open_question: re.Pattern = re.compile(r"(?!x)x")
    #: Rule debunked: the subject makes up or inflates the action ("falsifying claims of
    #: advances near X", "вигадують свої просування"): no claim of the debunker's.
    debunk_before: re.Pattern = re.compile(r"(?!x)x")
    #: Rule attributive_participle: a gain's participle as an adjective of its place ("of
    #: liberated Izium", "у звільненому Ізюмі"), matched up to the end of the action's first
    #: word: a past gain as background, no claim.
    attributive_participle: re.Pattern = re.compile(r"(?!x)x")
    #: Rule attributive_participle: what may stand between such a participle and its place
    #: ("recaptured village of Robotyne"), matched on the whole gap; by default a space.
    attributive_gap: re.Pattern = re.compile(r"\s+")
    #: Rule actor_locator: a locating phrase between an acting subject and its verb ("The
    #: Russian army in the Lyman-Kupiansk direction is attempting …"), matched on the whole gap.
    actor_locator: re.Pattern = re.compile(r"(?!x)x")
    #: Rule noun_history: after a clause-opening capture noun (hypothetical_noun), a verb judging
    #: it done ("The capture of Bakhmut cost Russia dearly"): history, no claim.
    noun_history_after: re.Pattern = re.compile(r"(?!x)x")
    #: Rule weather_noun: "storm" as weather ("The storm battered Odesa"), matched up to the end
    #: of the action's first word: no action there.
    weather_noun: re.Pattern = re.compile(r"(?!x)x")
    #: Rule intraday_bulletin: an opening that counts from the start of its own day, and the
    #: day words that then mean that day.
    intraday_opening: re.Pattern = re.compile(r"(?!x)x")
    intraday_days: frozenset = frozenset()
    #: Rule water_name: the words before a name that make it a river's, a lake's or a ship's
    #: (the shared ``feature_before`` of frontmap/lexicon/*.json; abbreviations with a full stop
    #: left out, so the pattern's own words prefilter it).
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


def _one_or_many(value) -> list:
    """A lexicon value that is one pattern or a list of them, as a list."""
    return [value] if isinstance(value, str) else list(value)


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

    # rule claimant_word_end: a claimant's pattern ends at a word's end — "Podolyak" is not
    # the start of "Podolyaka" (a Russian blogger), "Lysak" not of "Lysakov"; an inflected
    # name spells its endings in the pattern ("Рогов(?:а|у|ом)?", "Генштаб\\w*"); a match
    # that ends on a space ("Military analyst Michael Kofman ") ends at no word
    claimants = tuple(
        (re.compile(f"(?:{p})(?!(?<=\\w)\\w)", re.I), c["name"], c["side"], c["kind"])
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
        _union([rf"(?:{p})(?:[,:]?\s+(?:the\s+)?(?:(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]+\s+)?"
                rf"|\s+(?:(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]+\s+){{0,2}}(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]+,\s+)$"
                for p in each("speech_before")]),  # "said (Denis) Pushilin"; rule
        # named_role_voice: "said Oleh Synehubov, the regional governor" — the role after the
        # person's name is the voice
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
        _list_link(each("list_joins"), each("list_item_locator"), each("list_item_type")),
        _date_range([x for d in dates for x in d.get("range_from", [])],
                    [x for d in dates for x in d.get("range_to", [])]),
        _union(each("relative_clause")),
        _union(each("background")), _union(each("toward_before")),
        frozenset(each("toward_kinds")), _union(each("description_after")),
        _union(each("relative_after")), _union(each("locator_between")),
        _union(each("appositive_after")), _union(each("forward_stop")),
        {c["name"]: (tuple(re.compile(a, re.I) for a in _one_or_many(c["antecedent"])),
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
        capital_openings=tuple(
            (re.compile(rf"(?:{before})(?:{'|'.join(v)})\b\s*,"), side)
            for d in data
            for before in d.get("capital_opening", [])
            for side, v in d.get("dateline_sides", {}).items()
            if side != "about"
        ),
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
        other_event=_union(each("other_event")),
        date_attributive_before=_union(
            [d["date_attributive"]["before"] for d in data if "date_attributive" in d]
        ),
        date_attributive_after=_union(
            [d["date_attributive"]["after"] for d in data if "date_attributive" in d]
        ),
        relay=_union(each("relay")),
        gain_kinds=frozenset(each("gain_kinds")),
        bystander=_union(each("bystander")),
        no_comment=_union(each("no_comment")),
        silent_report=_union(each("silent_report")),
        quote_attribution=_union(each("quote_attribution")),
        claimant_anaphora=_union(each("claimant_anaphora")),
        voice_relative=_union(each("voice_relative")),
        own_voice=_union(each("own_voice")),
        outlet_title_after=(
            _union([r"\s+(?-i:" + "|".join(each("outlet_titles")) + r")\b"])
            if each("outlet_titles")
            else re.compile(r"(?!x)x")
        ),
        list_fillers=frozenset(x.lower() for x in each("list_fillers") + each("list_joins")),
        reminder=re.compile(r"\s*(?:" + _union(each("reminder")).pattern + ")", re.IGNORECASE),
        reminder_today=_union(each("reminder_today")),
        reminder_other_day=_union(each("reminder_other_day")),
        occupation_before=re.compile(
            rf"(?:{_union(each('occupation_before')).pattern})(?:\s+[^\W\d_][\w’'-]*){{0,3}}\s+$",
            re.IGNORECASE,
        ),
        occupation_voice=next(
            ((n, side, kinds[n]) for d in data if (n := d.get("occupation_voice"))
             for side in {c["side"] for c in each("claimants") if c["name"] == n}),
            None,
        ),
        own_voice_sides=tuple(
            (side, _union(patterns))
            for d in data
            for side, patterns in d.get("own_voice_sides", {}).items()
        ),
        voice_points_back=(
            _union(each("voice_points_back"))
            if all("voice_points_back" in d for d in data)
            else None
        ),
        quote_speaker_before=_union(each("quote_speaker_before")),
        agent_before=ending("agent_before"),
        destination_before=_union(each("destination_before")),
        foreign_border_before=ending("foreign_border_before"),
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
        date_relative_that=_union(each("date_relative_that")),
        nominal_report=_union(each("nominal_report")),
        date_joined=_union(each("date_joined")),
        speech_day_before=_union(
            [f"(?:{p})$" for d in dates for p in d.get("speech_day_before", [])]
        ),
        speech_day_after=_union([p for d in dates for p in d.get("speech_day_after", [])]),
        day_join=_union([p for d in dates for p in d.get("day_join", [])]),
        speech_date_before=_union(
            [f"(?:{p})$" for d in dates for p in d.get("speech_date_before", [])]
        ),
        weekday_week_gap=_union([p for d in dates for p in d.get("weekday_week_gap", [])]),
        weekday_last=_union([f"(?:{p})$" for d in dates for p in d.get("weekday_last", [])]),
        last_month=_union([p for d in dates for p in d.get("last_month", [])]),
        area_after=_union(each("area_after")),
        failed_after=_union(each("failed_after")),
        hypothetical_noun=_union(each("hypothetical_noun")),
        noun_modal_after=_union(each("noun_modal_after")),
        discourse_aside=_union(each("discourse_aside")),
        aside_clause_subject=_union(each("aside_clause_subject")),
        reference_claimed=_union(each("reference_claimed")),
        reference_narrowed=_union(each("reference_narrowed")),
        denial_before=_union(each("denial_before")),
        attempt_before=_union(each("attempt_before")),
        attempt_gerund=_union(each("attempt_gerund")),
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
        claimed_by=tuple((side, _union(v)) for d in data
                         for side, v in d.get("claimed_by", {}).items()),
        falsity=_union(each("falsity")),
        claim_noun_before=_union(each("claim_noun_before")),
        denied_object=_union(each("denied_object")),
        reach_kinds=frozenset(each("reach_kinds")),
        reach_fillers=frozenset(x.lower() for x in each("reach_fillers")),
        reach_stop=_union(each("reach_stop")),
        reach_claimed=_union(each("reach_claimed")),
        expelled_subject=tuple((side, _union(v)) for d in data
                               for side, v in d.get("expelled_subject", {}).items()),
        attacker_sides=tuple((side, _union(v)) for d in data
                             for side, v in d.get("attacker_sides", {}).items()
                             if side in ("UA", "RU")),
        scare_before=ending("scare_before"),
        false_aside=_union(each("false_aside")),
        taken_near=_union(each("taken_near")),
        apposed_suburb=ending("apposed_suburb"),
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
        background_participle=_union(
            [p for d in dates for p in d.get("background_participle", [])]
        ),
        relative_gain=_union([p for d in dates for p in d.get("relative_gain", [])]),
        relative_aside=_union([p for d in dates for p in d.get("relative_aside", [])]),
        origin_before=_union(each("origin_before")),
        fired_from_before=_union(each("fired_from_before")),
        fired_from_word=re.compile(
            r"(?<!\w)(?:" + "|".join(map(re.escape, each("fired_from_words"))) + r")\s", re.I
        ),
        region_before=ending("region_before"),
        centre_anaphora=_union(each("centre_anaphora")),
        centre_anaphora_before=ending("centre_anaphora_before"),
        anchor_event_after=_union([p for d in dates for p in d.get("anchor_event_after", [])]),
        anchor_span_before=_union([p for d in dates for p in d.get("anchor_span_before", [])]),
        weekend=_union([p for d in dates for p in d.get("weekend", [])]),
        weekend_past=frozenset(x for d in dates for x in d.get("weekend_past", [])),
        night=_union([p for d in dates for p in d.get("night", [])]),
        days_later_cue=_union([rf"\b{re.escape(k)}\b" for k in merged("days_later")]),
        now=_union([p for d in dates for p in d.get("now", [])]),
        said_now=_union(each("said_now")),
        topic_shift=_union(each("topic_shift")),
        detail_opening=_union(each("detail_opening")),
        nominal_opening=_union(each("nominal_opening")),
        additive_opening=_union(each("additive_opening")),
        relative_days_by_side=_by_side([d.get("relative_days_by_side", {}) for d in dates]),
        summary_days={k.lower(): v for k, v in merged("summary_days").items()},
        narration_after=tuple((re.compile(p, re.I), kind) for d in data
                              for kind, v in d.get("narration_after", {}).items() for p in v),
        narration_not=_union(each("narration_not")),
        ukraine_holds=_union(each("ukraine_holds")),
        closing_speech=_union(each("closing_speech")),
        closing_rest=_closing_rest(each("closing_voice_verbs")),
        list_date_break=_whole_words([p for d in dates for p in d.get("list_date_break", [])]),
        according_before=ending("according_before"),
        report_of_before=ending("report_of_before"),
        clause_subject=_union(each("clause_subject")),
        closing_speech_before=ending("closing_speech_before"),
        inverted_speech=_union(each("inverted_speech")),
        voice_goes_on=_union(each("voice_goes_on")),
        own_side_voice=tuple((re.compile(p, re.I), c["name"], c["side"], c["kind"])
                             for c in each("own_side_voice") for p in c["patterns"]),
        participle_voice=_union(each("participle_voice")),
        cited_before=ending("cited_before"),
        denier_after=_union(each("denier_after")),
        non_voice_after=_union(each("non_voice_after")),
        non_voice_before=ending("non_voice_before"),
        ongoing_before=_union(each("ongoing_before")),
        ongoing_span=_union(each("ongoing_span")),
        centre_target_in_before=_union(each("centre_target_in_before")),
        centre_target_after=_union(each("centre_target_after")),
        weekday_item=_union([p for d in dates for p in d.get("weekday_item", [])]),
        water_after=frozenset(w.lower() for w in each("water_after")),
        stalled_after=_union(each("stalled_after")),
        description_voice_before=ending("description_voice_before"),
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
        casualty_other_cause=_union(each("casualty_other_cause")),
        fronted_place=ending("fronted_place"),
        denial_topic=_union(each("denial_topics")),
        civilian_agent=_union(each("civilian_agents") + each("nature_agents")),
        evidence_absent=_union(each("evidence_absent")),
        evidence_noun=_union(each("evidence_noun")),
        evidence_absent_after=_union(each("evidence_absent_after")),
        open_question=_union(each("open_question")),
        debunk_before=_union(each("debunk_before")),
        attributive_participle=ending("attributive_participle"),
        attributive_gap=_union(each("attributive_gap") or [r"\s+"]),
        actor_locator=_union(each("actor_locator")),
        noun_history_after=_union(each("noun_history_after")),
        weather_noun=ending("weather_noun"),
        intraday_opening=_union(each("intraday_opening")),
        intraday_days=frozenset(each("intraday_days")),
        water_before=_union([
            rf"(?<![\w’'ʼ])(?:{'|'.join(re.escape(f) for f in sorted(feature, key=len, reverse=True))})\s+$"
        ]) if (feature := [f for f in lexicon(languages).feature_before if "." not in f]) else re.compile(r"(?!x)x"),
        ordinal_date=re.compile(
            rf"(?<![\w’'ʼ])(?P<day>{'|'.join(sorted(merged('day_ordinals'), key=len, reverse=True))})"
            rf"\s+(?P<month>{'|'.join(merged('months'))})(?:\s+(?P<year>\d{{4}}))?(?![\w’'ʼ])",
            re.IGNORECASE,
        ) if merged("day_ordinals") else re.compile(r"(?!x)x"),
        day_ordinals={k.lower(): v for k, v in merged("day_ordinals").items()},
    )  # fmt: skip


def _closing_rest(verbs: list[str]) -> re.Pattern:
    """What may follow a voice that closes its sentence (rule ``paragraph_voice``).

    Parameters
    ----------
    verbs : list of str
        Words of saying, as written ("said", "reports"); matched with their case.

    Returns
    -------
    re.Pattern
        One of ``verbs`` after white space (or none), then only white space, full stops,
        exclamation marks, closing quotes and brackets; for :meth:`re.Pattern.fullmatch`.
    """
    verb = rf"(?:\s+(?:{'|'.join(map(re.escape, verbs))}))?" if verbs else ""
    return re.compile(rf"{verb}[\s.!»\"”’)]*")


def _whole_words(words: list[str]) -> re.Pattern:
    """A pattern matching any of ``words`` as a whole word, in any case.

    Parameters
    ----------
    words : list of str
        Plain words (no patterns).

    Returns
    -------
    re.Pattern
        Matches one of ``words`` with no word character right before or after it; never
        matches when ``words`` is empty.
    """
    if not words:
        return re.compile(r"(?!x)x")
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", re.IGNORECASE)


def _date_range(starts: list[str], ends: list[str]) -> re.Pattern:
    if not starts or not ends:
        return re.compile(r"(?!x)x")
    start, end = "|".join(map(re.escape, starts)), "|".join(map(re.escape, ends))
    return re.compile(
        rf"(?<!\w)(?:{start})\s+(\d{{1,2}})(?:\s+([^\W\d_]+))?\s+(?:{end})\s+(\d{{1,2}})\s+"
        r"([^\W\d_]+)(?:\s+(\d{4}))?",
        re.I,
    )


def _by_side(tables: list[dict]) -> dict:
    """Each language's ``relative_days_by_side`` merged side by side (a side's words of every
    language, not the last language's only)."""
    out: dict = {}
    for table in tables:
        for side, days in table.items():
            out.setdefault(side, {}).update({k.lower(): v for k, v in days.items()})
    return out


def _list_link(joins: list[str], locators: list[str] = (), types: list[str] = ()) -> re.Pattern:
    """The link between two items of a list; rule ``item_locator``: an item's own locator
    or closed relative clause before it ("Dronovka in the Graivoron district, where a house
    burned down, and Grafovka", "Petropavlivka, Kupiansk district, Kucherivka …") is part of
    the item, no break of the list; rule ``item_type``: so is the next item's own settlement
    word after the link ("Kupiansk and the village of Kivsharivka", "Шебекино и село Муром")."""
    join = "|".join(joins) or r"(?!x)x"
    locator = f"(?:{'|'.join(locators)}){{0,2}}" if locators else ""
    item = f"(?:(?:{'|'.join(types)})\\s+)?" if types else ""
    return re.compile(
        rf"{locator}(?:\s*{_LINE_JOIN}\s*|\s*,\s*(?:(?:{join})\s+)?|\s+(?:{join})\s+){item}",
        re.I,
    )
