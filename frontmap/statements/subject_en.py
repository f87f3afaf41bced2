"""The subject of an English statement: the place a measure is about, read to its left (rules named in
:func:`_subject`), and :func:`_make`, which builds every :class:`Statement`."""

from __future__ import annotations

import itertools
import re

from gazetteer.inflection import word_classes

from .clauses import (
    _CONTENT_CLAUSE,
    _COPULAR,
    _PASSIVE_AGENT_BARRED,
    _PASSIVE_BEFORE_AGENT,
    _closed_relative,
    _last_word,
    _np_before,
    _opening_complement,
    _participle_phrase,
    _shared_subject,
    _strip_parentheticals,
    _strip_verb_tail,
    _words,
)
from .model import Statement
from .phrases import _GLUED_REGION_WORDS, _SETTLEMENT_OF, _drop_descriptor, _kind
from .vocabulary import (
    _BY,
    _COMPASS_WORDS,
    _CONNECTORS,
    _CYRILLIC,
    _DIR_ADJ,
    _DIRS_EN,
    _EN,
    _FEATURE_BEFORE,
    _FEATURE_BEFORE_ENDS,
    _FUNCTION_CAPS,
    _LEX,
    _LOCATED_BEFORE,
    _LOCATIVE_TAIL,
    _LOCATIVE_TAIL_ENDS,
    _NEAR_TAIL,
    _NONPLACE,
    _NP_STOP,
    _PRONOUNS,
    _PROXIMITY,
    _SPELLED,
    _TIME_TAIL,
    _TIME_TAIL_ENDS,
    _TIME_WORDS,
    _alt,
    _ends_of,
    _last_char,
    _may_end,
    _may_scan,
)
from .words import (
    _BORDER_OR_FRONT,
    _LEAD_ARTICLES,
    _NOMINAL,
    LOOK_BACK,
    _cyrillic_language,
    _is_cap,
    _mentions,
)

_NAME = r"[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]+|al|el|de))*"


_DESCRIBED_SUBJECT = re.compile(
    rf"^\s*(?P<name>(?:The\s+(?:city|town|village|settlement)\s+of\s+)?{_NAME})\s*(?:\([^()]*\)\s*)?"
    rf"(?:,\s*(?:formerly|once|also\s+known\s+as)\s+{_NAME}\s*(?:\([^()]*\)\s*)?,)?"
    # "Yatskivka … is village in Kramatorsk Raion …": a settlement word may come with no article
    r"(?:\s+(?:is|was|lies|sits)\s+(?:(?:a|an)\s+|(?=(?:village|town|city|settlement|hamlet)\s))"
    r"(?:[^;()]|\([^()]*\))*,)\s*"
    r"(?:at\s+)?(?:(?:about|some|around|roughly|approximately|nearly|only|just)\s*)?$"
)


#: Rule opening_apposition: "Goma, the capital of North Kivu, lies on the northern shore of
#: Lake Kivu, about 100 km north of Bukavu": a description closed by commas between the name
#: that opens the sentence and its verb of lying is part of that subject; the clause reads as
#: "Goma lies on …", so no name inside the description is taken for what the measure places.
_OPENING_APPOSITION = re.compile(
    rf"^(?P<name>\s*{_NAME})\s*,\s*(?:(?:the|a|an)\s+|(?=(?:capital|seat)\s+of\s))"
    # (a description with a relative clause of its own may run long: "Kupiansk, a railway hub
    # on the Oskil river that Russian forces held until 2022 and have been trying to retake
    # ever since, lies …")
    r"[^,;:()\[\]—–\"“”]{1,200}?,\s*"
    r"(?=(?:lies|lay|sits|stands|is\s+(?:located|situated|based))\s)"
)


#: Rule bracketed_acronym: an acronym in brackets inside a noun phrase before its lower-case
#: head ("the Zamzam Internally Displaced People (IDP) camp") is dropped, so the phrase keeps
#: the words before it ("the Zamzam Internally Displaced People camp") instead of its head alone.
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z]{2,6}s?\)(?=\s+[a-z][\w\-]{2,}\s*$)")
_BRACKETED_ACRONYM_ENDS = tuple("abcdefghijklmnopqrstuvwxyz")


#: What :data:`_DESCRIBED_SUBJECT` ends on before white space: a comma, "and", its verb or
#: participle, "at" or a qualifier.
_DESCRIBED_SUBJECT_LAST = (
    ",", "and", "is", "was", "lies", "sits", "remains", "located", "situated", "at",
    "about", "some", "around", "roughly", "approximately", "nearly", "only", "just",
)  # fmt: skip


#: Rule described_apposition: "… seized El Fasher — the last big city of Darfur, 800 km from …",
#: "… reached Rafah, the southernmost city of Gaza, about 5 km from …": the measure after a
#: description in apposition to a name is a second appositive of that name; the name the
#: description's "of"/"in"/"near" phrase governs (a region, a country, a city it lies near: "Vuhledar,
#: a mining town near Donetsk about 20 km south of Kurakhove") is not what it places.
_APPOSED_DESCRIPTION = re.compile(
    # "El Geneina, capital of West Darfur, about 20 km …": a seat word may come with no article
    rf"(?P<name>{_NAME})\s*(?:,|\s[—–-])\s*(?P<desc>(?:(?:the|a|an)\s+|(?=(?:capital|seat)\s+of\s))"
    r"(?:(?!(?:which|that|who|where|and|or|but)\s)[a-z][\w’'\-]*\s+){0,5}?"
    r"(?:of|in|near|outside|close\s+to|next\s+to)\s+"
    r"(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[\w’'\-]+){0,2})\s*,?\s*$"
)


_APPOSED_DESCRIPTION_REACH = 200


#: Rule described_apposition, closed by a comma: "… hit Kryvyi Rih, President Zelensky's
#: hometown, about 70 km …", "… took Vuhledar, a coal-mining town perched on a hill, 50 km …",
#: "… hold Siversk, a small town of about 11,000 before the invasion, some 30 km …",
#: "Kupiansk, Kharkiv region's key railway hub, lies 110 km …": a description in apposition to
#: a name (an article, a possessor, "home to" or "once" opening it; commas only inside
#: numbers; one or more of them: "Huliaipole, once a farming town, now a ghost town, 7 km …"),
#: closed by a comma before the measure (or before a verb of lying and the measure):
#: the measure is a second appositive of the name, never of a noun inside the description.
_APPOSED_SEGMENT = (
    r"(?:the|a|an|another|one\s+of|home\s+to|once|formerly|now|"
    r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[\w’'\-]+){0,2}?['’]s)\s(?:[^,;:()“”\"—–]|,(?=\d{3}))*?"
)
_CLOSED_DESCRIPTION = (
    rf"(?:,|\s[—–-])\s*(?P<desc>{_APPOSED_SEGMENT}(?:\s*,\s*{_APPOSED_SEGMENT})*?)"
    r"\s*,\s*(?P<verb>(?:(?:is|was|lies|lay|sits|stands|remains)(?:\s+(?:now|still|just|only))?"
    r"(?:\s+(?:located|situated))?|located|situated|lying|sitting)\s*)?$"
)
_CLOSED_APPOSITION = re.compile(rf"(?P<name>{_NAME})(?:\s*\([^()]*\))?\s*{_CLOSED_DESCRIPTION}")


#: … or after a named facility or place with a head of its own ("the Ryazan oil refinery, one
#: of Russia's largest, located …", "the Saky airfield, the main base of …, 60 km …").
_CLOSED_DESCRIPTION_END = re.compile(rf"(?<=[\w’'.)]){_CLOSED_DESCRIPTION}")


#: What a look-back must end on for :data:`_CLOSED_APPOSITION` to match it.
_CLOSED_APPOSITION_ENDS = _ends_of(
    ("is", "was", "lies", "lay", "sits", "stands", "remains", "now", "still", "just", "only"),
    *("located", "situated", "lying", "sitting", ","),
)


#: Heads that make a description in apposition describe a place (rule described_apposition).
_PLACE_DESCRIPTION_HEADS = (
    _EN.facility_heads
    | _EN.named_place_heads
    | _EN.settlement_words
    | _EN.appositive_heads
    | _EN.place_description_heads
    | _EN.plural_type_words
    | _EN.city_words
    | _EN.village_words
)


#: Words that open a clause of its own inside a comma-closed aside: no description then.
_ASIDE_CLAUSE_WORDS = (
    _EN.clause_relatives
    | _EN.clause_openers
    | {phrase.split()[0] for phrase in _EN.speech_verbs | _EN.according_to}
    | {"whose", "whom"}
)


#: Relatives that may describe a description's own place noun (rule described_relative).
_DESCRIBING_RELATIVES = frozenset({"that", "which"})


def _closed_apposition(left: str) -> str | None:
    """The name a comma-closed description in apposition describes, right before the measure
    (rule described_apposition); None unless the description opens no clause of its own and
    heads on a place noun, says what the place once was, or stands between the sentence's
    opening name and its verb."""
    reach = max(0, len(left) - _APPOSED_DESCRIPTION_REACH)
    if m := _CLOSED_APPOSITION.search(left, reach):
        name = m.group("name")
        if name in _FUNCTION_CAPS or _kind(name) != "place" or _is_area(name):
            return None
    elif m := _CLOSED_DESCRIPTION_END.search(left, reach):
        name = (_np_before(left[: m.start()].rstrip())[0] or "").strip()
        if not (
            name
            and _named_head(name)
            and _kind(name) in ("place", "non_place")
            and not _is_line(name)
            and not _is_force(name)
            and not _is_area(name)
        ):
            return None
    else:
        return None
    desc = m.group("desc")
    words = _words(desc)
    clause_words = _ASIDE_CLAUSE_WORDS.intersection(words)
    if (
        m.group("verb")
        and clause_words
        and clause_words <= _DESCRIBING_RELATIVES
        and (at := next((i for i, w in enumerate(words) if w in clause_words), 0)) > 0
        and words[at - 1] in _PLACE_DESCRIPTION_HEADS
        and _DESCRIBING_RELATIVES.isdisjoint(words[at + 1 :])
    ):
        # "Siversk, a small town that has been under fire since 2022, sits 30 km …": a relative
        # right after the description's place noun describes that noun, and the verb of lying
        # after the closing comma is the name's own (rule described_relative)
        clause_words = set()
    if (
        _SETTLEMENT_OF.match(desc)
        or clause_words
        or not (
            # "Bakhmut, the bloodiest battlefield of this war, is …": the sentence's subject
            (m.group("verb") and not left[: m.start()].strip())
            or not _PLACE_DESCRIPTION_HEADS.isdisjoint(words)
            or any(w.rpartition("-")[2] in _EN.apposed_superlatives for w in words)
            or words[0] in ("once", "formerly", "now")
            or words[:2] == ["the", "former"]
        )
    ):
        return None
    return _drop_descriptor(name)


def _ends_on_name(desc: str) -> bool:
    """Whether a description ends on a capitalised name, or on one and its region word ("a
    town in North Darfur", "a city in Donetsk region"; rule described_apposition)."""
    words = desc.split()
    while words and words[-1].lower() in _LEX.region_words:
        words.pop()
    return bool(words) and _is_cap(words[-1]) and words[-1] not in _FUNCTION_CAPS


#: The clause's subject opening the sentence, before its verb; a reference page's brackets
#: (a native spelling, a pronunciation) and an alias after "also"/"formerly" may stand between
#: ("Belgorod (Russian: Белгород) is …", "Khmeimim Air Base (…), also Hmeimim Air Base (…), is").
_CLAUSE_HEAD = re.compile(
    rf"^\s*(?P<name>It|They|This|The\s+(?:city|town|village|settlement)(?:\s+of\s+{_NAME})?|{_NAME})"
    r"(?:\s*\([^()]*\))?"
    rf"(?:\s*,\s*(?:also|formerly|once)\s+(?:known\s+as\s+)?{_NAME}(?:\s*\([^()]*\))?\s*,)?"
    r"\s+(?:is|was|lies|sits|are)\b"
)


#: The place a sentence opens with, as the subject of its first verb: "The city is situated …",
#: "Qayyarah, which has an air field, lies …", "The village of Novovorontsovka in Ukraine's
#: Kherson Oblast sits …" (a bracket, one relative or appositive clause and one prepositional
#: phrase may stand between the name and the verb).
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?P<name>It|The\s+(?:city|town|village|settlement)(?:\s+of\s+{_NAME})?|{_NAME})"
    r"(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:which|who|a|an|the|once|formerly)\s[^,;()]*,)?"
    r"(?:\s+(?:in|on|near|along)\s[^,;()]{0,80}?)?"
    r"\s+(?:lies|lay|sits|stands|(?:is|was)\s+(?:located|situated|set)"
    rf"|(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+)?(?:{_alt(_LEX.settlement_words)}))\b"
)


#: Rule coordinated_complement: one locative phrase of the opening verb of lying, then "and"
#: and the measure (no comma, no second coordinator, no verb of its own in between).
_COORDINATED_COMPLEMENT = re.compile(
    rf"\s+(?:{_alt(_EN.participle_prepositions)})\s(?:(?!\b(?:and|or|but|while|which|that|where)\b)"
    r"[^,;:()])*"
)


_SINGULAR_LYING = frozenset({"is", "lies", "sits", "stands", "is located", "is situated"})
#: Rule one_of_relative: "Name, one of the (…) villages that lie (about)": a name in apposition
#: with "one of" a plural place noun, its relative and a verb of lying right before the measure.
_ONE_OF_RELATIVE = re.compile(
    rf"(?P<name>{_NAME})\s*,\s*one\s+(?:of|among)\s+(?:the\s+)?(?:[a-z][\w’'\-]*\s+){{0,3}}?"
    rf"(?:{_alt(_EN.plural_type_words)})\s+(?:that|which)\s+"
    rf"(?:(?:{_alt(_LEX.plural_verbs | _SINGULAR_LYING)})\s+)?$"
)


#: "Kramatorsk is one of the last large cities under Ukrainian control": a name, then a
#: predicate whose head is a settlement word (all of one clause).
_PREDICATE_TYPE = re.compile(
    rf"^\s*(?P<name>{_NAME})\s+(?:is|was|remains)\s+(?:a|an|the|one\s+of\s+the)\s+"
    rf"(?:[^,;()]*?\s)?(?i:{_alt(_LEX.settlement_words | _LEX.plural_type_words)})"
    r"(?![\w’'\-])[^,;()]*$"
)


#: "north-west of Pokrovsk, (at a distance of) about 12 km away": a direction and its reference,
#: then the measure in apposition.
_DIRECTION_THEN_MEASURE = re.compile(
    r"(?<![\w-])(?i:(?:just|due|directly|immediately|some\s+way)\s+)?(?i:to\s+the\s+)?"
    rf"(?:(?P<dir>(?i:{_alt(_DIRS_EN)}){_BY})\s+of"
    # "Omdurman, across the Nile from Khartoum, about 5 km away": a side, then the measure
    r"|across\s+(?:the\s+)?[\w’'\-]+(?:\s+[a-z][\w’'\-]*)?\s+from)"
    rf"\s+(?P<ref>{_NAME})"
    r"\s*,\s*(?:at\s+a\s+distance\s+of\s+)?$"
)


_MOTION_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.motion_verbs)})(?:\s+(?:further|farther|deeper))?\s*$",
    re.IGNORECASE,
)


#: "12 km from Pokrovsk, to the northwest.": the direction after the reference, closing the clause.
_THEN_DIRECTION = re.compile(
    rf"\s*(?:,\s*to\s+the\s+(?P<dir>(?i:{_alt(_DIRS_EN)}){_BY})"
    # "5 km from Kupiansk in a southeasterly direction" (rule direction_noun)
    rf"|,?\s*(?i:in)\s+(?i:an?|the)\s+(?P<adj>(?i:{_alt(_DIR_ADJ)}))\s+(?i:direction))"
    r"(?=\s*(?:[.,;:)]|$))"
)


_REDUCED_RELATIVE = re.compile(
    rf",\s*(?:{_alt(_LEX.participles)})(?:\s+(?:{_alt(_LEX.tail_words)}))*\s*$", re.IGNORECASE
)


_REDUCED_RELATIVE_ENDS = _ends_of(_LEX.participles | _LEX.tail_words)


_INVERTED_SUBJECT = re.compile(
    rf"\s*,?\s+(?:{_alt(_EN.inverted_verbs)})\s+"
    rf"(?P<name>(?:the\s+(?:city|town|village|settlement)\s+of\s+)?{_NAME}"
    # "Just 40 km from Belgorod passes the Russian-Ukrainian border": a line, named or not
    rf"|the\s+(?:{_NAME}\s+)?(?:{_alt(_EN.border_words | _EN.front_words)})(?![\w’'\-]))"
)


#: … and such a verb read into the reference's phrase ("from the town runs the border").
_INVERTED_VERB = re.compile(rf"\s(?:{_alt(_EN.inverted_verbs)})\s")


#: … and "Kuibyshevo village (6 thousand people, 5km from …)": figures listed before the measure
#: in the bracket are more facts about the same name.
_OPEN_BRACKET = re.compile(
    rf"\s*\(\s*(?:\d[^(),]{{0,40}},\s*){{0,3}}(?:(?:{_alt(_LEX.participles)})\s*)?$",
    re.IGNORECASE,
)


_OPEN_BRACKET_ENDS = _ends_of(_LEX.participles, "(", ",")


#: "…, with the huge convoy still stuck around 16 miles from Kyiv": a noun phrase of up to five
#: words after "with" (opening a clause), then only adverbs and participles before the measure.
_WITH_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:and|but|now)\s+)with\s+"
    rf"(?P<np>(?:(?!(?:{_alt(_NP_STOP | _LEX.tail_words)})\b)[^\W\d][\w’'\-]*\s+){{0,4}}?"
    rf"(?!(?:{_alt(_NP_STOP | _LEX.tail_words)})\b)[^\W\d][\w’'\-]*)"
    rf"(?:\s+(?:{_alt(_LEX.tail_words | _LEX.participles | _EN.motion_verbs)}))*\s*$",
    re.IGNORECASE,
)


_NEAR_ASIDE = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?:(?:just|right|immediately|very)\s+)?(?:{_alt(_PROXIMITY)})\s+"
    r"[^,;:()]{1,60}?,?\s*$",
    re.IGNORECASE,
)


#: Rule participle_aside: ", advancing from the east,", ", badly damaged by shelling,", ", split by
#: the river,": an -ing or -ed participle or an irregular one (lexicon ``irregular_participles``;
#: after at most an adverb in -ly) and its phrase, between commas.
_PARTICIPLE_ASIDE = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?:(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}(?:ing|ed)|(?:{_alt(_EN.irregular_participles)})(?=\s))"
    rf"|(?i:{_alt(_EN.locative_prepositions)})(?=\s))"
    r"(?:\s+[^,;:()]{1,80}?)?\s*,?\s*$"
)


#: Rule located_aside: ", in western Crimea,", ", on the road to Armenia,", ", on the northern
#: edge of Gaza," — a locative phrase (lexicon ``locative_prepositions``) between commas after a name.
_IN_ASIDE_END = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?i:{_alt(_EN.locative_prepositions)})\s+(?:(?i:the)\s+)?"
    rf"(?:(?i:{_alt(_DIR_ADJ)})\s+)?(?:[a-z]{{3,}}\s+of\s+(?:(?i:the)\s+)?)?$"
)


def _is_area(np: str) -> bool:
    """An area, not a settlement: a country, a region ("Russia's Volgograd region") or a name
    opening with a compass word ("West Darfur", "North Kivu"; rule place_in_area)."""
    words = np.split()
    if words and words[0].lower() in _LEAD_ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in _AREA_WORDS_BEFORE:
        # "eastern Ukraine", "central Gaza"; not a part of a named place ("the eastern
        # outskirts of Pokrovsk", "northern parts of Kupiansk"), which is where it is placed
        part = _part_of(np)
        return not (part and _kind(part) == "place")
    if not words:
        return False
    return (
        _kind(np) == "region"
        or " ".join(words).lower() in _LEX.countries
        or (len(words) > 1 and words[0].lower() in _COMPASS_NAME_WORDS)
    )


def _complement_object(complement: str) -> str:
    """The object of a locative complement's last preposition ("in a basement under a school" →
    "a school"; rule opening_complement)."""
    words = complement.split()
    at = max((i for i, w in enumerate(words) if w.lower() in _EN.placing_prepositions), default=0)
    return " ".join(words[at + 1 :])


def _names_area(complement: str) -> bool:
    """Whether a locative complement ends in an area: "in eastern Chad", "in Sudan's Northern
    State", "in the Kharkiv region" (rule opening_complement)."""
    obj = _complement_object(complement)
    if (part := _part_of(obj)) and _kind(part) == "place":
        return False  # "in the eastern outskirts of Pokrovsk": a part of a named place
    tail = [w for w in obj.split() if w.lower() not in _LEAD_ARTICLES]
    if tail and tail[0].endswith(("'s", "’s")):
        tail = tail[1:]  # "Sudan's": the possessor
    return bool(tail) and (
        (len(tail) > 1 and tail[0].lower() in _AREA_WORDS_BEFORE and _is_cap(tail[-1]))
        or (tail[-1].lower() in _LEX.region_words and any(map(_is_cap, tail)))
    )


def _names_place_before_area(complement: str) -> bool:
    """Whether a locative complement names a place before its last preposition ("near
    Novoselivka in the Zaporizhzhia region", "around Pokrovsk in eastern Ukraine's Donetsk
    region"): the area is then that place's address, and the measure after the comma places the
    place, not the clause's subject (rule opening_complement yields)."""
    words = complement.split()
    at = [i for i, w in enumerate(words) if w.lower() in _EN.placing_prepositions]
    for a, b in itertools.pairwise(at):
        obj = " ".join(words[a + 1 : b])
        if obj and _named_head(obj) and _kind(obj) == "place" and not _is_area(obj):
            return True
    return False


#: Words a phrase does not end on (rule placed_object).
_CONNECT_WORDS = frozenset({"of", "the", "a", "an", "to", "from", "and", "or"})


def _unnamed_thing(np: str) -> bool:
    """Rule ``placed_object``: a common noun phrase ("a highway", "regions", "a residential
    area") that no name, number, time, line, force or area word makes anything else."""
    words = _WORD_RUN.findall(np)
    return (
        bool(words)
        and not any(map(_is_cap, words))
        and not _DIGIT.search(np)
        and words[-1].lower() not in _TIME_WORDS
        and words[-1].lower() not in _LEX.event_nouns
        and _kind(np) in ("description", "non_place")
        and not _is_line(np)
        and not _is_force(np)
        and not _is_area(np)
    )


def _named_head(np: str) -> bool:
    """A name ("Pokrovsk", "Nuseirat refugee camp", "the Zaporizhzhia nuclear plant"): its
    last word capitalised, or a facility's or camp's head after a capitalised word."""
    words = np.split()
    last = words[-1]
    if last[:1].isupper():
        return last not in _FUNCTION_CAPS
    return last.lower() in _AREA_FACILITY_HEADS and any(
        _is_cap(w) and w not in _FUNCTION_CAPS for w in words[:-1]
    )


_COMPASS_NAME_WORDS = frozenset(_COMPASS_WORDS) | _EN.area_adjectives


_AREA_WORDS_BEFORE = frozenset(_DIR_ADJ) | _EN.area_adjectives


_AREA_FACILITY_HEADS = _EN.facility_heads | _EN.named_place_heads


#: Rule event_site_relative: an event noun, a comma, "which"/"that", a verb of where it was (the
#: lexicon's ``event_site_verbs``) and a name, with its type word, closed by the measure's comma.
_EVENT_SITE = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.event_nouns | _EN.attack_nouns)})\s*,\s*(?:which|that)\s+"
    rf"(?i:{_alt(_EN.event_site_verbs)})\s+(?:the\s+)?"
    r"(?:(?:village|town|city|settlement|hamlet|port)\s+of\s+)?"
    rf"(?P<name>{_NAME})(?:\s+(?:village|town|city|settlement|hamlet|area|district))?\s*,\s*$"
)


#: Rule attack_target: a verb of firing and at most three words of its object before the
#: preposition of its target.
_ATTACK_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.attack_at_verbs)})(?:\s+[\w’'\-]+){{0,3}}\s*$"
)


#: … and an attack noun ending the text before the target's preposition ("Houthi attack on").
_ATTACK_NOUN_END = re.compile(rf"(?<![\w’'\-])(?i:{_alt(_EN.attack_nouns)})\s*$")


_ATTACK_NOUN_ENDS = _ends_of(_EN.attack_nouns)


#: Rule place_in_area: "in" (or "in the", or "in Russia's") ending the text before an area's name.
_AREA_IN_END = re.compile(
    r"(?<=[\w’'.)])\s+in(?:\s+(?:the\s+)?[\w\-]+['’]s)?(?:\s+the)?"
    rf"(?P<adj>\s+(?i:{_alt(set(_DIR_ADJ) | _EN.area_adjectives)}))?\s*$"
)


#: Rule address_relative: "in" ending the text before an area's name, with the area's possessor
#: ("in Russia's", "in the province's") …
_ADDRESS_IN_END = re.compile(
    r"(?<=[\w’'.)])\s+in(?:\s+(?:the\s+)?[\w\-]+['’]s)?(?:\s+the)?"
    rf"(?P<adj>\s+(?i:{_alt(set(_DIR_ADJ) | _EN.area_adjectives)}))?\s*$"
)


#: … and the names before the last one that a plural area word shares ("Rylsky and ").
_LISTED_NAMES_END = re.compile(
    r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*\s*,\s*){0,4}[A-Z][\w’'\-]*\s+and\s+$"
)


_FURTHER_MEASURE = re.compile(rf"(?<![\w-])(?:{_alt(_EN.further_measures)})\s*$", re.IGNORECASE)


_FURTHER_MEASURE_ENDS = _ends_of(_EN.further_measures)


#: "… 30 km from Kramatorsk and Sloviansk.": a second name closing the clause shares the measure.
#: "… 30 km from Kramatorsk, Sloviansk and (from) Druzhkivka, the …": a list of names closing
#: the clause (or followed by a description in apposition) shares the measure.
_PARTNER_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"


_REFERENCE_PARTNER = re.compile(
    rf"(?P<others>(?:\s*,\s*{_PARTNER_NAME})*),?\s+(?:{_alt(_EN.span_and)})\s+"
    rf"(?:(?:{_alt(_EN.span_from)})\s+)?(?P<name>{_PARTNER_NAME})"
    r"(?=\s*(?:[.;:!?)]|,\s+(?:the|a|an)\s|$))"
)


#: Verbs that say where a thing is ("is", "lies", "located"), not what happened there.
_LOCATIVE_VERB_WORDS = frozenset(
    w
    for phrase in _EN.locative_verbs | _EN.participles | _EN.distance_verbs
    for w in phrase.split()
)


#: Words of a verb of lying ("lies", "sits", "located"; rule shared_subject_located).
_LYING_WORDS = frozenset(w for phrase in _EN.locative_verbs for w in phrase.split()) - (
    _EN.auxiliaries | {"based"}  # "… is based 10 km from": a unit, a person
)


_AUX_PREDICATE = re.compile(
    rf"(?P<aux>(?<![\w’'\-])(?:{_alt(_EN.auxiliaries)})\s+(?:not\s+)?"
    rf"(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*)[a-z][\w’'\-]*\s*$"
)


#: What the word before a look-back's last ends on when :data:`_AUX_PREDICATE` matches it (an
#: auxiliary, "not" or an adverb; a phrase's last word): a look-back ending otherwise is not
#: scanned.
_AUX_PREDICATE_BEFORE = tuple(
    sorted({w.split()[-1] for w in _EN.auxiliaries | _EN.sentence_adverbs} | {"not"})
)


def _before_last_word(text: str) -> str:
    """The run of non-space characters before ``text``'s last one ("" when there is none)."""
    runs = text.rsplit(None, 2)
    return runs[-2] if len(runs) > 1 else ""


#: "Russian forces are believed to be about 7 km from …", "… appear to be": where the subject is.
#: "have dug in about 10 km south of …": a participle of several words ends the subject's clause
_PHRASAL_PARTICIPLE = re.compile(
    rf"(?<![\w’'\-])(?P<first>[\w’'\-]+)\s+(?:{_alt(w.split(' ', 1)[1] for w in _EN.participles if ' ' in w)})\s*$",
    re.IGNORECASE,
)


_RAISING = re.compile(
    rf"(?<![\w’'\-])(?:(?:{_alt(_EN.auxiliaries)})\s+)?(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*"
    rf"(?:{_alt(_EN.raising_verbs)})\s+to\s+be\s*$",
    re.IGNORECASE,
)


_AUX_END = re.compile(rf"(?<![\w’'\-])(?:{_alt(_EN.auxiliaries)})\s*$", re.IGNORECASE)


_TAIL_PHRASE = re.compile(rf"\s+(?:{_alt(_LEX.tail_phrases)})\s*$", re.IGNORECASE)


_TAIL_PHRASE_ENDS = _ends_of(_LEX.tail_phrases)


_COORDINATED = re.compile(rf"(?:^|[\s,])(?:{_alt(_LEX.coordinators)})\s*$", re.IGNORECASE)


_COORDINATED_ENDS = _ends_of(_LEX.coordinators)


def _left(sentence: str, end: int) -> str:
    """The text before ``end``, at most :data:`LOOK_BACK` characters of it."""
    return sentence[max(0, end - LOOK_BACK) : end]


#: Patterns :func:`_subject` tries on every measure's look-back, compiled once.
_AND_END = re.compile(r"\b(?:and|or|as\s+well\s+as|,\s*also)\s*$", re.IGNORECASE)


_DASH_END = re.compile(r"(?<=[\w’'.)])\s+(?:[–—]|-(?=\s))\s*$")


#: ", on the Dnipro", ", across the Dnipro", ", along the Siverskyi Donets": a place phrase
#: after a comma whose name takes the article (a river, a sea, a region — not a settlement),
#: running into the measure: the measure and the phrase both describe the name before the comma.
_FEATURE_PP_END = re.compile(
    rf",\s*(?:{_alt(_EN.locative_prepositions | _EN.near_prepositions)})\s+the\s+"
    r"(?:[A-Z][\w’'\-]*\s+){1,3}$"
)


#: Rule relative_position: "across the river from", "downstream of", "opposite" ending the text
#: before a name.
_RELATIVE_POSITION_END = re.compile(
    r"(?<![\w’'\-])(?:(?:just|right|directly|immediately)\s+)?"
    rf"(?:(?i:{_alt(_EN.relative_position_from)})"
    r"(?:\s+(?:the|a)\s+[\w’'\-]+(?:\s+[A-Z][\w’'\-]*)?)?\s+(?:from|of)"
    rf"|(?i:{_alt(_EN.relative_position_direct)}))\s*$"
)


_MOVED_TO_END = re.compile(
    r"\s+(advanced|moved|pushed|come|came|got|crept|edged|closed"
    rf"|{_alt(w for w in _EN.motion_verbs if w.endswith('ing'))})(?:\s+in)?\s+to\s*$"
)


_WITHIN = re.compile(r"\s*within\b", re.IGNORECASE)


_TO_END = re.compile(r"(?<=[\w)])\s+to\s*$")


#: Rule brought_within: a verb bringing its object within a distance, and that object (up to
#: six words, an article or a possessor opening it or a capitalised word, no clause punctuation).
_BROUGHT_OBJECT = re.compile(
    r"(?<![\w’'\-])(?i:brings?|brought|bringing|puts?|putting|placed?|places|placing)\s+"
    r"(?P<np>(?:(?:the|its|their|his|her|our|some|[A-Z][\w’'\-]*)\s+)(?:[\w’'\-]+\s+){0,5})$"
)


_ARTICLE_END = re.compile(r"\b(?:a|an|the)\s*$", re.IGNORECASE)


_WHERE_CLAUSE = re.compile(r",\s*where\s+(?P<clause>[^,;()]+)$", re.IGNORECASE)


_OF_END = re.compile(r"([\w’'\-]+)\s+of(?:\s+the)?\s*$")


_AT_END = re.compile(r"([\w’'\-]+)\s+(?:in|at|near)\s*$")


#: "Troops from Poland", "forces loyal to Kyiv", "units of the 47th": a force and its phrase
_FROM_END = re.compile(r"\s+from\s*$")


_FORCE_SOURCE_END = re.compile(
    r"([\w’'\-]+)(?P<prep>\s+(?:from|loyal\s+to|of)(?:\s+the)?(?:\s+\d+(?:st|nd|rd|th))?\s+)$"
)


#: What :data:`_FORCE_SOURCE_END` ends on before its white space ("from", "to", "of", "the",
#: "47th").
_FORCE_SOURCE_LAST = ("from", "to", "of", "the", "st", "nd", "rd", "th")


_PUNCT_END = re.compile(r"[,;:)]\s*$")


_OPEN_PUNCT_END = re.compile(r"[,;:(—–]\s*$")


_DIGIT = re.compile(r"\d")


_WORD_RUN = re.compile(r"[\w’'\-]+")


_POSSESSOR_DESCRIPTION = re.compile(r"[^\W\d_][\w\-]*['’]s(?:\s+[a-z][\w\-]*)+")


_DESCRIPTIVE_OPENING = re.compile(r"^(?:a|an|another|the|[\w\-]+['’]s)\s")


_INDEFINITE_OPENING = re.compile(r"^(?:a|an|another)\s")


_IS_END = re.compile(r"\b(?:is|was)\s*$")


#: What the end-anchored patterns above can end on (see :func:`_may_end`).
_AND_END_ENDS = _ends_of(("and", "or", "as well as", "also"))


_DASH_END_ENDS = _ends_of("–—-")


_MOVED_TO_END_ENDS = _ends_of(("to",))


_ARTICLE_END_ENDS = _ends_of(("a", "an", "the"))


_OF_END_ENDS = _ends_of(("of", "the"))


#: The words :data:`_OF_END` (which does not ignore case) ends on before white space: a look
#: at them spares the scan of a look-back ending on any other word in "e" or "f".
_OF_END_LAST = ("of", "the")


_AT_END_ENDS = _ends_of(("in", "at", "near"))


_RAISING_ENDS = _ends_of(("be",))


def _may_hold_with(text: str) -> bool:
    """Whether ``text`` may hold "with" in any case (else :data:`_WITH_SUBJECT` cannot match it):
    "İ" and "ı" are the letters other than "i"/"I" the engine takes for an "i" when ignoring case."""
    return "with" in text.lower() or "\u0130" in text or "\u0131" in text


_MEASURE_AT = re.compile(
    rf"(?<=[\w’',])\s+(?:at(?:\s+(?:a\s+)?(?:{_alt(_EN.distance_nouns)})\s+of)?"
    rf"|to\s+(?:a\s+)?(?:{_alt(_EN.distance_nouns)})\s+of)\s*$",
    re.IGNORECASE,
)


_MEASURE_AT_ENDS = _ends_of(("at", "of"))


_QUOTED_END = re.compile(r"(?<=\s)[“\"‘'](?P<words>[a-z][a-z\s\-]{0,40}?)[”\"’']\s*$")


_QUOTE_CLOSE_ENDS = _ends_of(("”", '"', "’", "'"))


_HEADLINE_NAME = re.compile(rf"^\s*(?P<name>{_NAME})\s*:\s*(?:(?:a|an)\s+[^,;:()]{{1,60}})?$")


_PHRASAL_ENDS = _ends_of(w.split(" ", 1)[1] for w in _EN.participles if " " in w)


_PREDICATE_END = re.compile(
    r"(?:,|(?<=[\w’'.)])\s+[—–]|\b(?:is|was|are|were|remains|became)\b)\s*$", re.IGNORECASE
)


#: Rule past_verb: a word in -ed after a noun phrase's word (not after a determiner, where it is
#: an adjective: "the fortified village") is the clause's verb: "Fighting raged on …", "Shelling
#: continued in …", "Explosions rocked …".
_PAST_VERB_END = re.compile(
    r"(?<=[\w’'])\s+[a-z][a-z\-]{2,}(?<!hundr)(?<!e)ed\s*$",
)


_PAST_VERB_ENDS = _ends_of(("d",))


#: "was suspiciously approached": an adverb in -ly between an auxiliary and its verb (rule
#: past_verb)
_ADVERB_AFTER_AUX = re.compile(
    rf"(?<![\w’'\-])(?P<aux>{_alt(_EN.auxiliaries | _EN.clause_auxiliaries)})\s+[a-z]{{3,}}ly\s*$",
    re.IGNORECASE,
)


_PAST_VERB_NOT_AFTER = re.compile(
    r"(?:^|\s)(?i:the|a|an|its|their|his|her|our|this|that|these|those|and|or|of|newly)$"
)


#: "the outskirts of Synkivka", "parts of Kherson": a part of a place (lexicon partitive).
_PART_OF = re.compile(
    rf"^(?:(?i:the|a|an)\s+)?(?:[a-z][\w\-]*\s+)?(?i:{_alt(_LEX.partitive)})\s+of\s+(?P<name>.+)$"
)


def _part_of(np: str) -> str | None:
    """The place ``np`` names a part of ("the outskirts of Chasiv Yar" → "Chasiv Yar")."""
    m = _PART_OF.match(np)
    return m.group("name") if m else None


#: "The Nuclear power station Kursk": a facility's head before its name.
_FACILITY_NAMED = re.compile(
    rf"(?:\b(?i:the|a|an)\s+)?(?:[\w’'\-]+\s+){{0,2}}(?i:{_alt(_EN.facility_heads)})\s*$"
)


def _counts_people(np: str) -> bool:
    """Rule ``population_count``: whether ``np`` counts people ("some 70,000 people", "about
    20,000 residents", "two million inhabitants"): a number, then a noun of population."""
    words = np.lower().split()
    return (
        len(words) >= 2
        and words[-1] in _EN.population_partitives
        and any(_DIGIT.search(w) or w in _SPELLED for w in words[:-1])
    )


#: Rule contracted_copula: "that’s", "it's", "which’s" right before a measure are a pronoun
#: and "is" ("Kharkiv, Ukraine’s second-largest city that’s 19 miles from …").
_CONTRACTED_COPULA = re.compile(
    r"(?<![\w’'\-])(?P<word>that|which|who|it|this|there)['’]s"
    r"(?=(?:\s+(?:[a-z]+ly|now|still|already|also|even))?\s*$)",
    re.IGNORECASE,
)


def _coordinated_apposition(left: str) -> str | None:
    """Rule ``coordinated_apposition``: "Residents of Nikopol, across the reservoir from the
    plant and about 10 km from …", "Drones hit Sumy, a regional capital and just 30 km from
    …": a measure coordinated by "and" with a description or a locative phrase in apposition
    to a name places that name. None unless the phrase before "and" opens with a lower-case
    word or a possessor after the name's comma, has no comma or verb of its own, and the name
    is a place."""
    coordinated = _AND_END.search(left)
    if not coordinated or not coordinated.group().strip().lower().startswith("and"):
        return None
    head = left[: coordinated.start()]
    comma = head.rfind(",")
    phrase = head[comma + 1 :].strip() if comma > 0 else ""
    words = phrase.split()
    if not 1 < len(words) <= 10 or not (words[0][0].islower() or words[0].endswith(("'s", "’s"))):
        return None
    if (
        _strip_verb_tail(phrase, verbs=True)[1]
        or _PAST_VERB_END.search(phrase)
        or re.search(r"[;:()—–]", phrase)
        or _PRONOUNS.intersection(w.lower() for w in words)
    ):
        return None
    np, _ = _np_before(_strip_parentheticals(head[:comma]).rstrip())
    if not np or np in _FUNCTION_CAPS or _kind(np) != "place" or not _is_cap(np.split()[-1]):
        return None
    return _drop_descriptor(np)


def _subject(sentence: str, start: int, previous: Statement | None) -> str | None:
    """The subject of the measure starting at ``start`` (see :func:`_read_subject`), never a
    bare lower-case -ing verb: "seizing several villages and coming within 20 km of the
    regional capital" names no subject of its own; the participle's is the main clause's,
    which this reading does not reach, so the subject is left unstated (rule gerund_subject)."""
    subject = _read_subject(sentence, start, previous)
    if (
        subject
        and subject.endswith("ing")
        and subject.isalpha()
        and subject.islower()
        and subject not in _EN.event_nouns
    ):
        return None
    if subject and subject.islower() and subject.split()[-1] in _EN.span_apart:
        # "two areas, just a few dozen kilometres apart northeast of Kharkiv": how far apart
        # things are, no subject of the direction (rule gerund_subject, span phrase)
        return None
    if subject and subject.islower() and subject.split()[-1] in ("farther", "further"):
        # "families have arrived farther south of Bunia": a verb and its adverb, no subject
        # (rule gerund_subject, comparative adverb)
        return None
    return subject


def _read_subject(sentence: str, start: int, previous: Statement | None) -> str | None:
    left = _left(sentence, start)
    if "’s" in left[-16:] or "'s" in left[-16:]:
        # a copula contracted onto its pronoun is read as written out, so the relative (or the
        # pronoun) is seen as the rules see "that is" (rule contracted_copula)
        left = _CONTRACTED_COPULA.sub(r"\g<word> is", left)
    if previous and _may_end(left, _AND_END_ENDS) and _AND_END.search(left):
        return previous.subject
    if (
        start <= LOOK_BACK
        and "," in left[:260]
        and (opening_apposed := _OPENING_APPOSITION.match(left))
        and opening_apposed.group("name").strip() not in _FUNCTION_CAPS
        and _kind(opening_apposed.group("name").strip()) == "place"
    ):
        left = opening_apposed.group("name") + " " + left[opening_apposed.end() :]
    if (member := _ONE_OF_RELATIVE.search(left, max(0, len(left) - 160))) and _kind(
        member.group("name")
    ) == "place":
        # "Stupochky, one of the villages that lie about 10 km south of Bakhmut": the name is
        # one of the places the relative measures, so the measure places it (rule one_of_relative)
        return _drop_descriptor(member.group("name"))
    if (
        _last_char(left) == ","
        and (site := _EVENT_SITE.search(left, max(0, len(left) - 160)))
        and site.group("name") not in _FUNCTION_CAPS
        and _kind(site.group("name")) == "place"
    ):
        # "The attack, which took place at Matapata village, about 25 km from Palma", "The
        # strike, which hit the village of Kivsharivka, about 10 km from …": the relative clause
        # on the event names where it was, and the measure in apposition places that name,
        # never the event (rule event_site_relative)
        return _drop_descriptor(site.group("name"))
    if _may_end(left, _AND_END_ENDS) and (apposed := _coordinated_apposition(left)):
        return apposed
    if (
        start <= LOOK_BACK
        and _may_end(left, _AND_END_ENDS)
        and (coordinated := _AND_END.search(left))
        and (opening := _OPENING_SUBJECT.match(left))
        and _COORDINATED_COMPLEMENT.fullmatch(left, opening.end(), coordinated.start())
        and _kind(opening.group("name")) in ("place", "pronoun", "description")
        and opening.group("name") not in _FUNCTION_CAPS - {"It"}
    ):
        # "Prymorske lies on the east bank of the reservoir and roughly 10 km north of …": the
        # measure is a second complement of the opening place's verb of lying, coordinated with
        # its first (rule coordinated_complement)
        return _drop_descriptor(opening.group("name"))
    # "The village lies at some 4 km from …", "Explosions were heard at a distance of 3 km
    # from …", "Russian forces advanced to a distance of 3 km from …": "at" or "to a distance
    # of" opens the measure phrase itself, not a place (rule measure_at)
    if _may_end(left, _MEASURE_AT_ENDS):
        left = _MEASURE_AT.sub("", left)
    # "The vessel was “suspiciously approached” 68 nautical miles off …": a quoted predicate is
    # still the clause's verb group (rule quoted_predicate)
    if _may_end(left, _QUOTE_CLOSE_ENDS):
        left = _QUOTED_END.sub(r"\g<words>", left)
    # "…, which means the troops were now just 15 km from …": the content clause has its own
    # subject, read from that clause alone (rule content_clause)
    if content := _CONTENT_CLAUSE.search(left, max(0, len(left) - 120)):
        left = left[content.end() :]
    # "A tanker was struck by a missile 50 nautical miles southwest of Aden", "a ship was "hit on
    # the stern by a small craft" 66 nautical miles …": a passive's agent is no subject; the
    # passive's own subject is what the measure places (rule passive_agent)
    if (by := left.rfind(" by ", max(0, len(left) - 80))) > 0 and (
        passive := _PASSIVE_BEFORE_AGENT.search(left, max(0, by - 80), by)
    ):
        agent = left[by + 4 :].strip(' “”"')
        if agent and not _PASSIVE_AGENT_BARRED.search(agent):
            left = left[: passive.start("verb")].rstrip(' “"')
    # "Pokrovsk: 5 km from the front line", "Huliaipole: a town 7 km from …": a headline's name
    # before its colon is in apposition with the measure, as before a comma (rule headline_name)
    if ":" in left and (headed := _HEADLINE_NAME.match(left)):
        name = headed.group("name")
        if (
            _kind(name) == "place"
            and name not in _FUNCTION_CAPS
            and name.lower() not in _EN.headline_labels
        ):
            left = left[: headed.end("name")] + ","
    # "Petropavlivka (7 km east of Kupyansk)", "Radkivka (located a few km north …)": the name
    # before the bracket
    if _may_end(left, _OPEN_BRACKET_ENDS):
        left = _OPEN_BRACKET.sub("", left)
    # "Selydove – about 20 km south of Pokrovsk – …": a measure between dashes is in
    # apposition, as after a comma
    if _may_end(left, _DASH_END_ENDS):
        left = _DASH_END.sub(", ", left)
    # "A drone struck Enerhodar, across the Dnipro some 10 km from Nikopol": the place phrase
    # after the comma is no subject; the name before the comma is (rule feature_phrase)
    if _last_char(left.rstrip()) != "," and (feature := _FEATURE_PP_END.search(left)):
        left = left[: feature.start() + 1]
    appositive = _last_char(left) == ","
    if _may_end(left, _FURTHER_MEASURE_ENDS):  # "Siversk lies another 20 km north": no phrase
        left = _FURTHER_MEASURE.sub("", left)
    # "Russian troops were spotted less than a mile from …": the word after an auxiliary is the
    # predicate (a participle), not the subject
    if _may_end(left, _RAISING_ENDS):
        left = _RAISING.sub(" is", left)
    phrasal = _PHRASAL_PARTICIPLE.search(left) if _may_end(left, _PHRASAL_ENDS) else None
    if phrasal and re.sub(r"\s+", " ", phrasal.group().strip().lower()) in _EN.participles:
        left = left[: phrasal.end("first")]  # "dug in" → "dug", a verb tail word
    if _before_last_word(left).endswith(_AUX_PREDICATE_BEFORE):
        left = _AUX_PREDICATE.sub(r"\g<aux>", left)
    # "Russian troops have advanced to within 2 km of …": the movement verb's subject
    if _may_end(left, _MOVED_TO_END_ENDS):
        left = _MOVED_TO_END.sub(r" \1", left)
    # "…, with Israeli tanks about 1500 meters away from …", "with Moscow advancing to less than
    # 20 km from …": the absolute clause's own subject
    if _may_hold_with(left) and (with_clause := _WITH_SUBJECT.search(left)):
        return with_clause.group("np")
    # "the advance of a convoy to within 17 miles of Kyiv", "brought fighters … to within 80 km
    # of …": what is brought within the distance is the noun phrase before "to"
    if _WITHIN.match(sentence[start : start + 12]):
        left = _TO_END.sub(" ", left)
        # "Its capture brings Russian forces within 10 km of Pokrovsk", "the advance put the
        # troops within 5 km of …": what the verb brings within the distance is its object
        # (rule brought_within)
        if brought := _BROUGHT_OBJECT.search(left, max(0, len(left) - 100)):
            return brought.group("np").strip()
    if (appositive or _may_end(left, _CLOSED_APPOSITION_ENDS)) and (
        closed_apposed := _closed_apposition(left)
    ):
        return closed_apposed
    # "The chosen spot is between a small road and some woods, about 6 km from …", "A camp has
    # sprung up in Chad's Ouaddai province, about 300 km away", "The headquarters is in a
    # basement under a school, 6 km from …": a pair after "between", an area or an unnamed
    # thing closing the opening clause's complement is not what the measure places; the
    # measure is a second complement of the clause's subject (rule opening_complement)
    if appositive and start <= LOOK_BACK and (opening := _opening_complement(left)):
        last = _complement_object(opening[1])
        if (
            last
            and (
                "between" in opening[1].lower().split()
                or (
                    (_is_area(last) or _names_area(opening[1]))
                    and not _names_place_before_area(opening[1])
                )
                or (
                    _kind(last) in ("description", "non_place")
                    and not _is_line(last)
                    and not any(map(_is_cap, _WORD_RUN.findall(last)))
                )
                # "Myawaddy lies on the border with Thailand, roughly 150 km east of Hpa-an": a
                # named place lying on a border or front line is what the measure places, not the
                # country the border is shared with (rule opening_complement, line object)
                or (
                    _is_line(last)
                    and _words(last)[:1] in (["the"], ["a"])
                    and _kind(opening[0]) == "place"
                )
            )
        ):
            return _drop_descriptor(opening[0])
    # the clause's subject, described before the measure: "Bilohirka (…) is a village in …,
    # about 76 km …", "Kharkiv, the second largest city in Ukraine and 25 miles from …"
    if (
        start <= LOOK_BACK
        and left.rstrip().endswith(_DESCRIBED_SUBJECT_LAST)
        and (described := _DESCRIBED_SUBJECT.match(left))
    ):
        return _drop_descriptor(described.group("name"))
    if (
        (
            apposed := _APPOSED_DESCRIPTION.search(
                left, max(0, len(left) - _APPOSED_DESCRIPTION_REACH)
            )
        )
        # "Um Kadada, a town in North Darfur about 180 km east of …": with no comma closing the
        # description, it must end on its place's name (or that name's region word)
        and (appositive or _ends_on_name(apposed.group("desc")))
        and apposed.group("name") not in _FUNCTION_CAPS
        and _kind(apposed.group("name")) == "place"
        # "near Bakhmut, the village of Ivanivske, 10 km …": a description that names its
        # settlement is the place itself
        and not _SETTLEMENT_OF.match(apposed.group("desc"))
    ):
        return _drop_descriptor(apposed.group("name"))  # rule described_apposition
    determined = _may_end(left, _ARTICLE_END_ENDS) and bool(_ARTICLE_END.search(left))
    if determined:
        left = _ARTICLE_END.sub("", left)
    if _may_end(left, _TAIL_PHRASE_ENDS):  # "The battles took place 3-4 kilometers from …"
        left = _TAIL_PHRASE.sub("", left)
    # "camps in Tawila, located about 70 km from …": a participle after a comma opens a reduced
    # relative clause on the noun phrase right before the comma, as "which is located" does
    reduced = _may_end(left, _REDUCED_RELATIVE_ENDS) and bool(_REDUCED_RELATIVE.search(left))
    if start <= LOOK_BACK and (closed := _closed_relative(left)):
        return closed
    whole = left.rstrip()
    left, verb_removed, relative = _strip_verb_tail(whole, verbs=True)
    measure_verb = _words(whole[len(left) :]) if verb_removed else []
    # "a shell exploded", "a Russian unit advanced": a finite verb, not a participle describing
    # a noun ("a village located …"); the noun phrase before it is its subject (rule past_verb)
    finite_verb = (
        verb_removed
        and not relative
        and bool(removed := _words(whole[len(left) :]))
        and not set(removed) <= _EN.participles | _EN.locative_verbs | _COPULAR
    )
    # "all villages in the Shebekino district located within …": a bare participle after the
    # noun phrase (rule address_relative reads it as a relative on the settlement before "in")
    bare_participle = bool(
        verb_removed
        and not relative
        and (removed_words := _words(whole[len(left) :]))
        and set(removed_words) <= _EN.participles
    )
    if (
        verb_removed
        and not relative
        and not reduced
        and (noun := _last_word(left))
        and noun[0].islower()
        and noun[0] not in _LEX.region_words
        # "Vuhledar is a town on a hill located …": after a copula the participle may describe
        # the predicate's noun; the phrase-skipping reading stays
        and _COPULAR.isdisjoint(_words(re.split(r"[,;:]", left)[-1]))
        and _words(whole[len(left) :])
        and set(_words(whole[len(left) :])) <= _EN.participles
    ):
        # "Civilians in the villages located within 5 km of the border", "the gardens located a
        # few meters away from Tegh": a participle right after a noun, with no auxiliary and no
        # comma, opens a reduced relative on that noun, which is what the measure places (rule
        # bare_reduced_relative)
        relative = True
    if (
        not verb_removed
        and not determined
        and _may_end(left, _PAST_VERB_ENDS)
        and (past := _PAST_VERB_END.search(left))
        and not _PAST_VERB_NOT_AFTER.search(left[: past.start()])
        and past.group().strip().lower() not in _EN.object_verbs
    ):
        # "A drone crashed 300 m from …", "the convoy stalled 40 km north of …", "Shelling
        # intensified 5 km from …": an intransitive verb in -ed right before the measure is the
        # clause's own (rule past_verb), so its subject is the noun phrase before it; a verb
        # taking an object ("entered the eastern outskirts of …") places that object instead
        left = _ADVERB_AFTER_AUX.sub(r"\g<aux>", left[: past.start()].rstrip())
        left, verb_removed = _strip_verb_tail(left)[0], True  # "was (suspiciously) approached"
        intransitive = True
    else:
        intransitive = False
    relative = relative or reduced
    # "The village is situated 48 km … of Kherson, and is 8 km …": a second predicate
    if verb_removed and _may_end(left, _COORDINATED_ENDS) and _COORDINATED.search(left):
        if previous:
            return previous.subject
        # "The city is situated on the Donets River and is roughly 120 km …": the sentence's
        # subject, when the measure's verb is coordinated with the sentence's first one
        opening = _OPENING_SUBJECT.match(left) if start <= LOOK_BACK else None
        if opening and _kind(opening.group("name")) in ("place", "pronoun", "description"):
            name = opening.group("name")
            if name in _FUNCTION_CAPS and name.lower() not in _PRONOUNS:
                return None  # "There is …"
            return _drop_descriptor(name)
        # "Hrodivka was founded in 1880 and is located 15 km …": a verb of lying before the
        # measure says where the first clause's subject is, place or not; a bare "is" may
        # place anyone ("Oleksandr was evacuated … and is now 60 km away"), so it does not
        raw = _words(_left(sentence, start)[-40:])  # the verb as written ("is located")
        after = raw[max((i for i, w in enumerate(raw) if w in _LEX.coordinators), default=-1) + 1 :]
        locative = (
            bool(measure_verb)
            and set(measure_verb) <= _LOCATIVE_VERB_WORDS | _EN.auxiliaries | _EN.sentence_adverbs
            and set(after) <= _LOCATIVE_VERB_WORDS | _EN.auxiliaries | _EN.sentence_adverbs
            and not _LYING_WORDS.isdisjoint(after)
        )
        if start <= LOOK_BACK and (shared := _shared_subject(left, locative)):
            return shared
    # "near Toretsk, where Russian troops are about 5 km from …": the measure's verb is the
    # open "where" clause's, and so is its subject
    where = _WHERE_CLAUSE.search(left)
    if where and verb_removed:
        np, _ = _np_before(where.group("clause"))
        if np:
            return _drop_descriptor(np)
    closed = _last_char(left) == ","  # an aside may close right before the measure's verb
    nested = not (relative and closed)  # rule nested_relative
    left = _strip_parentheticals(left, nested)
    if not verb_removed:
        left, verb_removed, relative = _strip_verb_tail(left)
    if verb_removed:
        # "Yasynuvata, just outside Donetsk, is 5 km …": an aside of nearness between commas
        # places the name before it; the verb's subject is that name
        left = _NEAR_ASIDE.sub("", left)
        if (
            closed
            and not relative
            and (aside := _PARTICIPLE_ASIDE.search(left, max(0, len(left) - 120)))
        ):
            # "Russian troops, advancing from the east, are 5 km …", "The village, badly
            # damaged by shelling, is …": a participle's aside between commas (rule
            # participle_aside), or where the name lies ("Saky, in western Crimea, is …"; rule
            # located_aside); the verb's subject is the noun phrase before it
            left = left[: aside.start()]
    if _may_end(left, _TIME_TAIL_ENDS):
        left = _TIME_TAIL.sub("", left)
    left = _strip_parentheticals(left, nested).rstrip(" ,")
    if verb_removed and (cut := _participle_phrase(left)) is not None:
        # "Russian troops advancing from the east are 5 km …", "Ukrainian soldiers fighting near
        # Bakhmut are …": a plural head, then an -ing participle and its phrase (rule
        # participle_phrase): the head is the subject
        left = left[:cut].rstrip()
    if left.endswith(_BRACKETED_ACRONYM_ENDS) and ")" in left[-60:]:
        left = _BRACKETED_ACRONYM.sub("", left)
    np, before = _np_before(left)
    if np is None:
        return None
    if (
        relative
        and _PARTITIVE_RELATIVE.fullmatch(np)
        and _last_char(before) == ","
        and (antecedent := _counted_antecedent(_strip_parentheticals(before).rstrip(" ,")))
    ):
        # "Sumy's border villages, many of which lie within 10 km of …", "three positions, one
        # of which was 500 m from …": the share's "of which" stands for the noun phrase before
        # the comma (rule partitive_relative)
        np, before = antecedent  # type: ignore[assignment]
    if (first := np.split(maxsplit=1))[0].lower() in _EN.personal_pronouns and len(first) > 1:
        return first[0]  # "She came here four years ago, lives …": a pronoun takes no modifier
    # "Krynky, a village on the left bank of the Dnipro River about 30 km …": a name governed by
    # a non-place belongs to that phrase, which the prepositional step below then passes over
    governed = _OF_END.search(before) if before.rstrip().endswith(_OF_END_LAST) else None
    forced = None if governed else _force_source(np, before)
    if (
        not forced
        and np.split()[-1].lower() in _LEX.force_words
        and (taken := _FROM_END.search(before[-12:]))
        and (obj := _taken_object(before[: len(before) - len(before[-12:]) + taken.start()]))
        and (verb := _last_word(obj[1]))
        and verb[0].lower() in _EN.object_verbs
    ):
        # "The Taliban have seized a district from Afghan government forces around 40 km from
        # Kabul", "recaptured the village from Russian troops 10 km south of …": whom a thing
        # was taken from is no subject; the thing taken is what the measure places
        np, before = obj
    elif forced:
        # "Troops from Poland were deployed 100 km …", "Forces loyal to Kyiv are 5 km …",
        # "Units of the 47th Brigade …": where the force comes from, whose it is or which it is
        # names the force; the place in that phrase is not what the measure places
        np, before = forced
    elif governed and governed.group(1).lower() in _LEX.force_words - _NONPLACE:
        # "fighters of the National Transitional Council": the force, named by whose it is
        np, before = f"{governed.group(1)} of {np}", before[: governed.start(1)]
    elif governed and governed.group(1).lower() in _NONPLACE:
        head, before_head = _np_before(before[: governed.end(1)])
        if head:
            np, before = f"{head} of {np}", before_head
    elif governed and _counts_people(np):
        # "Klintsy, a city of some 70,000 people located about 40 miles from …": a count of
        # people is what the description before "of" holds, never what a measure places; the
        # description's head stands for the phrase (rule population_count)
        head, before_head = _np_before(before[: governed.end(1)])
        if head:
            np, before = head, before_head
    # "the Antonov airport in Hostomel, located …": a reduced relative after a facility's place
    # may describe the facility, so the phrase stays the facility's (no settlement is guessed)
    # (or a relative clause: "the Antonov airport in Hostomel, which is located …"); a facility
    # with a name of its own is named alone ("the Antonov airport")
    facility = _AT_END.search(before) if relative and _may_end(before, _AT_END_ENDS) else None
    if facility and facility.group(1).lower() in _NONPLACE:
        head, _ = _np_before(before[: facility.end(1)])
        if head and any(_is_cap(w) and w not in _FUNCTION_CAPS for w in head.split()):
            return head
        if head:
            return f"{head} in {np}"
    # "the Abu Shouk camp in North Darfur, which is 5 km north of …", "all villages in the
    # Shebekino district located within 10 km of …": an area after "in" is the address of the
    # settlement before it; a relative after the address describes that settlement, since an
    # area has no one distance (rule address_relative)
    address = before
    if (
        (relative or bare_participle)
        and np.split()[-1].lower() in _LEX.region_words
        and (listed := _LISTED_NAMES_END.search(address, max(0, len(address) - 80)))
    ):
        # "in Russia's Belgorod and Kursk regions located …": the names a plural area word
        # shares belong to the area's phrase
        address = address[: listed.start()]
    if (
        (relative or bare_participle)
        and (area_in := _ADDRESS_IN_END.search(address, max(0, len(address) - 60)))
        and (area_in.group("adj") or _is_area(np))
        and (np2 := _np_before(address[: area_in.start()].rstrip()))[0]
        and (_settlement_like(np2[0]) or _named_head(np2[0]))
        and not _strip_verb_tail(address[: area_in.start()])[1]
    ):
        np, before = np2  # type: ignore[assignment]
        head, of, counted = np.rpartition(" of ")
        if of and _settlement_like(counted) and not _settlement_like(head):
            # "the evacuation of all villages in …": the settlements are what lies there
            np, before = counted, f"{before}{head}{of}"
    # "a military airfield in Saky, in western Crimea, about 60 km …": an "in" phrase in
    # apposition to a name says where that name lies; the measure after it is the name's too
    # (rule located_aside)
    if appositive and (aside := _IN_ASIDE_END.search(before[-40:])):
        np2, before2 = _np_before(before[: len(before) - len(before[-40:]) + aside.start()])
        if np2 and _kind(np2) == "place":
            np, before = np2, before2
    # "… hit Nuseirat refugee camp in central Gaza, about 6 km north of …", "… struck Pokrovsk
    # in eastern Ukraine, about 60 km from …": the area a named place is said to lie in, right
    # before an apposed measure, is where that place lies; the measure is the place's (rule
    # place_in_area)
    if (
        appositive
        and not relative
        and (area_in := _AREA_IN_END.search(before, max(0, len(before) - 40)))
        and (area_in.group("adj") or _is_area(np))
        and not _strip_verb_tail(before[: area_in.start()])[1]
        and (np2 := _np_before(before[: area_in.start()].rstrip())[0])
        and (
            (_kind(np2) == "place" and _named_head(np2))
            # "Nuseirat refugee camp", "the Zaporizhzhia nuclear plant": a named facility
            or (_kind(np2) == "non_place" and not _is_line(np2) and _named_head(np2))
            # "Russian troops in eastern Ukraine, some 30 km from …": a force in an area
            or (_is_force(np2) and not _is_line(np2) and _kind(np) != "place")
        )
        and not _PAST_VERB_END.search(before[: area_in.start()])
    ):
        np, before = np2, _np_before(before[: area_in.start()].rstrip())[1]
    # "the oil depot across the river from Kherson, 5 km from Oleshky", "a warehouse opposite
    # Kherson, 6 km from …": the place a thing is set against is that phrase's reference; the
    # measure in apposition places the thing before the phrase (rule relative_position)
    if (
        (appositive or (verb_removed and not relative))
        and (across := _RELATIVE_POSITION_END.search(before, max(0, len(before) - 60)))
        and (np2 := _np_before(_strip_parentheticals(before[: across.start()]).rstrip(" ,")))[0]
    ):
        np, before = np2  # type: ignore[assignment]
    # a prepositional object is not the subject: "Pokrovske is located on the Kinburn
    # Peninsula, about 67 km …", "Orikhiv, a small town on the frontline an hour east of …"
    for _ in range(0 if relative else 3):
        pm = _LOCATIVE_TAIL.search(before) if _may_end(before, _LOCATIVE_TAIL_ENDS) else None
        near = None if pm else _NEAR_TAIL.search(before)
        pm = pm or near
        if not pm:
            break
        rest, verb2, _ = _strip_verb_tail(before[: pm.start()])
        # "lies", "is located": a verb of where a thing is, not an event's ("occurred")
        locative = verb2 and not _LOCATIVE_VERB_WORDS.isdisjoint(
            _words(before[len(rest) : pm.start()])
        )
        if (
            not verb2
            and (past := _PAST_VERB_END.search(rest))
            and not _PAST_VERB_NOT_AFTER.search(rest[: past.start()])
        ):
            rest, verb2 = rest[: past.start()], True  # rule past_verb
        if near and verb2:
            # "…, located near the Konka River, 55 km …": the participle's, not a phrase's;
            # "Kostiantynivka lies near Druzhkivka, 25 km from Bakhmut": the measure may be a
            # second predicate of the verb's subject or describe the place it lies near — the
            # text does not say which, so both are named and neither is measured (rule
            # near_predicate: a statement of alternatives); a thing that is no place ("The
            # plant is located near Enerhodar, 50 km …") is the subject
            np2, before2 = _np_before(_strip_parentheticals(rest).rstrip(" ,"))
            if locative and np2 and not _PUNCT_END.search(rest):
                if _kind(np2) == "non_place":
                    np, before = np2, before2
                elif _kind(np2) in ("place", "description", "pronoun"):
                    np, before = f"{np2} or {np}", before2
            break
        if (
            not appositive
            and not relative
            and _unnamed_thing(np)
            # "located on a hill a few km west", "sits on heights 10 km south": a complement
            # of a verb of lying; the measure is a second one, its subject's
            and not locative
            # "Nikopol, across the river about 10 km south of …": a phrase in apposition to
            # the name before its comma places that name
            and not _OPEN_PUNCT_END.search(rest)
            # "at most 500 m", "at the distance of 61 km": the measure's own words
            and f"{before[pm.start() :].split()[0]} {np}".lower() not in _LEX.qualifiers
            and not _EN.distance_nouns.intersection(_words(np))
            and _WORD_RUN.findall(np)[-1].lower() not in _CONNECT_WORDS
            # "a projectile impact on the water 33 nmi …": an unnamed thing before the phrase
            # keeps it (below)
            and (verb2 or not _unnamed_thing(_np_before(rest.rstrip(" ,"))[0] or ""))
        ):
            # "soldiers near a highway 19 miles north-west of …", "the fighting occurred in
            # regions less than 50 km south of …", "found mines on a road 3 km east of …": a
            # measure right after (no comma) an unnamed thing a preposition governs places that
            # thing, as a reduced relative would (rule placed_object)
            break
        if (
            not (verb_removed or verb2)
            and appositive
            and start <= LOOK_BACK
            and (typed := _PREDICATE_TYPE.match(rest))
            and _kind(typed.group("name")) == "place"
        ):
            # "Kramatorsk is one of the last large cities … in Donetsk, about 25 km from …": the
            # "in" phrase says where the type lies; the measure after it describes the name
            return typed.group("name")
        if not (verb_removed or verb2) and _settlement_like(np):
            # "the terrorists in the small town of al-Ayadiya a few miles north of …": a
            # settlement the measure follows directly is what it places
            break
        if (
            not appositive
            and before[pm.start() :].split()[0].lower() in _EN.attack_at_prepositions
            and (
                _ATTACK_BEFORE.search(rest, max(0, len(rest) - 60))
                or (_may_end(rest, _ATTACK_NOUN_ENDS) and _ATTACK_NOUN_END.search(rest))
            )
        ):
            # "fired two missiles at a tanker 75 nautical miles west of …", "Houthi attack on
            # ship 54 nautical miles off Aden": the attack's target right before the measure is
            # what it places (rule attack_target)
            break
        if (
            verb2
            and not verb_removed
            and appositive
            and (_kind(np) == "place" or _kind(_part_of(np)) == "place")
            and _LOCATIVE_VERB_WORDS.isdisjoint(_words(before[len(rest) : pm.start()]))
        ):
            # "Russian forces advanced in Vovchansk, 5 km from the border", "a missile landed
            # in Kramatorsk, 20 km from …": after an event's verb, the measure in apposition
            # places the named place, not what moved there
            break
        np2, before2 = _np_before(_strip_parentheticals(rest).rstrip(" ,"))
        if not np2:
            break
        if (
            verb2
            and not verb_removed
            and _kind(np2) in ("place", "region")
            and any(_is_cap(w) and w not in _FUNCTION_CAPS for w in np2.split())
            and _REDUCED_RELATIVE.search(before[: pm.start()])
            and not (
                (facility2 := _AT_END.search(before2)) and facility2.group(1).lower() in _NONPLACE
            )
        ):
            # "two villages in the Al-Shura district, located along the Al-Qayyarah axis some
            # 60 km south of Mosul": a reduced relative places the name right before its comma,
            # whatever locative phrase the participle takes (as "…, located some 60 km …" does);
            # that is a reduced relative, so a region there closes the clause's address (below)
            np, before, relative = np2, before2, True
            break
        if (
            _AUX_END.search(before2)
            and (
                " " not in np2.strip()
                # "Russian troops are now fighting on the outskirts of …": an adverb, then the
                # participle after the auxiliary
                or all(w in _EN.sentence_adverbs or w.endswith("ly") for w in _words(np2)[:-1])
            )
        ):
            # "Strikes were reported on the outskirts of Kharkiv, about 30 km …": the word
            # before the locative phrase is a participle, so the phrase is what the measure places
            break
        if (
            not (verb_removed or verb2)
            and not _PUNCT_END.search(rest)
            and not _OPEN_PUNCT_END.search(before2)  # "Krynky, a village on …": apposed
            and not _settlement_like(np2)
            and not _DIGIT.search(np2)  # "every 20 minutes at a range of": no thing
            and _kind(np2) in ("description", "non_place")
            and not any(map(_is_cap, _WORD_RUN.findall(np2)))
        ):
            # "an incident in the Red Sea about 55 nautical miles …", "a gas plant in Russia's
            # Orenburg region, some 1,700 km …": an unnamed thing is placed by its locative
            # phrase, which stays part of the subject (no settlement is guessed)
            return f"{np2} {before[pm.start() :].strip()} {np}"
        np, before, verb_removed = np2, before2, verb_removed or verb2
    if forced := _force_source(np, before):  # "Soldiers from Ukraine, stationed along …"
        np, before = forced
    # "Sloviansk, Kramatorsk, Druzhkivka Donetsk Oblast, 12 km …" (rule glued_oblast): a name
    # written straight before its oblast is the subject, not the list's item before it; the
    # oblast after it names where (verify's named_oblast reads it from the sentence)
    words = np.split()
    if (
        len(words) >= 3
        and words[-1].lower() in _GLUED_REGION_WORDS
        and all(map(_is_cap, words[:-1]))
        and not any(w.endswith(("'s", "’s")) for w in words)
        and _kind(" ".join(words[:-2])) == "place"
    ):
        np = " ".join(words[:-2])
    # "Novohrodivka, Donetsk Oblast, 12 km from …", "an airfield in Dzhankoi, Crimea, which is
    # 165 km …", "Millerovo, Rostov Oblast, Russia, about 16 km …": a region or a country in
    # apposition names where, not what
    elif _last_char(before) == "," and (
        np.split()[-1].lower() in _LEX.region_words or _is_area(np)
    ):
        np2, before2 = _np_before(before.rstrip(" ,"))
        if np2 and _is_area(np2) and _last_char(before2) == ",":
            np2, before2 = _np_before(before2.rstrip(" ,"))  # "Rostov Oblast, Russia"
        if np2 and _kind(np2) == "place" and not _is_area(np2):
            np, before = np2, before2
    # time adverbials stand between a name and its relative clause: "Chasiv Yar every day, which …"
    if np.split()[-1].lower() in _TIME_WORDS:
        np2, before2 = _np_before(before.rstrip(" ,"))
        if np2:
            np, before = np2, before2
    # "The Zaporizhzhia nuclear power plant, Europe's largest, sits …": a possessor's
    # description in apposition describes the noun phrase before it
    if _POSSESSOR_DESCRIPTION.fullmatch(np) and _last_char(before) == ",":
        np2, before2 = _np_before(_strip_parentheticals(before).rstrip(" ,"))
        if np2:
            np, before = np2, before2
    # a description in apposition or as predicate: "Sergiivka, another frontline village",
    # "Chasiv Yar is a strategically important city", "Sderot, the Israeli town"
    lowered = np.lower()
    descriptive = (
        _DESCRIPTIVE_OPENING.match(lowered)  # "Ukraine's second city"
        and _kind(np) != "place"
        and not verb_removed
    )
    if descriptive or (
        verb_removed
        # "On Monday, a drone crashed 300 m from …": the noun phrase before an intransitive
        # verb is its subject, no predicate describing a name before it (rule past_verb)
        and not intransitive
        and not finite_verb
        and (
            _INDEFINITE_OPENING.match(lowered)
            # "Kupyansk is the second largest railway hub in the region located 40 km from …"
            or (lowered.startswith("the ") and _kind(np) != "place" and _IS_END.search(before))
            # "Belgorod, the regional capital which is 40 km from …": a definite description
            # in apposition, then its relative (rule described_apposition)
            or (
                relative
                and lowered.startswith("the ")
                and _kind(np) != "place"
                and _last_char(before) == ","
            )
        )
    ):
        prior = before.rstrip()
        pm = _PREDICATE_END.search(prior)
        if pm:
            # "captured Ocheretyne on Sunday, a village about 20 km …": the date is no name
            np2, before2 = _np_before(
                _TIME_TAIL.sub("", _strip_parentheticals(prior[: pm.start()])).rstrip(" ,")
            )
            if np2 and _is_area(np2):
                # "Tyotkino, Kursk Oblast, a village 1 km …", "Tyotkino in Kursk Oblast, a
                # village …": the region is the name's address; the description is the name's
                address = _AREA_IN_END.search(before2) or re.search(r",\s*$", before2)
                if address and (np3 := _np_before(before2[: address.start()].rstrip(" ,"))[0]):
                    np2 = np3 if _kind(np3) == "place" and not _is_area(np3) else np2
            if (
                np2
                and np2.lower() not in _TIME_WORDS  # "On Monday, the town which is …"
                and (_kind(np2) in ("place", "pronoun") or _definite_settlement(np2))
            ):
                np = np2  # "the town, a railway hub west of …": the place the text spoke of
        elif _INDEFINITE_OPENING.match(lowered) and not verb_removed:
            return (_clause_head(left, start) if _kind(np) == "non_place" else None) or np
    # "a tributary of the Vovcha": a name governed by a non-place is no subject
    governed = _OF_END.search(before) if before.rstrip().endswith(_OF_END_LAST) else None
    if governed and governed.group(1).lower() in _NONPLACE:
        np = f"{governed.group(1)} of {np}"
    # "on the r. Desna", "на річці Десна": the name of a river, lake or mountain
    elif _may_end(before, _FEATURE_BEFORE_ENDS) and (feature := _FEATURE_BEFORE.search(before)):
        np = (
            f"river {np}"
            if feature.group(1).lower() not in _NONPLACE
            else f"{feature.group(1)} {np}"
        )
    # "It is … located on the high right bank of the Siverskyi Donets River, approximately
    # 115 km from …": a river, a bank or a road is where the clause's subject lies
    if (
        _kind(np) == "non_place"
        and (head := _clause_head(left, start))
        and not _CLAUSE_BREAK.search(left)
    ):
        return head
    # "Marinka is a city in Pokrovsk Raion, Donetsk Oblast, Ukraine, located 25 km west of …":
    # a region or country closing the clause's address is not what the participle places
    if (
        relative
        and (_kind(np) == "region" or np.split()[-1].lower() in _LEX.countries)
        and (head := _clause_head(left, start))
        and head != np
    ):
        return head
    # "The plant is located in southern Russia on the banks of the Don about 30 km east of …":
    # the locative phrases after a locative verb are all the verb's; a country or a region among
    # them says where its subject lies, and so does the measure (rule located_chain)
    if (
        (_kind(np) == "region" or np.split()[-1].lower() in _LEX.countries)
        and _may_scan(_LOCATED_BEFORE, left.lower())
        and (located := _LOCATED_BEFORE.search(left))
        and "," not in located.group("between")
        and not _CLAUSE_BREAK.search(left, located.start())
    ):
        opening = _PARENS.sub("", left[: located.start()]).rstrip()
        head, rest = _np_before(_AUX_END.sub("", opening).rstrip())
        if head and head != np and _kind(head) != "region":
            if (named := _FACILITY_NAMED.search(rest)) and not rest[named.end() :].strip():
                # "The Nuclear power station Kursk": a facility keeps its head (not the city)
                return f"{named.group().strip()} {head}"
            return _drop_descriptor(head)
    # "Artillery crews outside Kherson are dug in 5 km from the river", "Russian units north of
    # Kupiansk are now 3 km from …": a name in a locative phrase after a common noun that opens
    # the clause says where that noun's referent is; the head is what the measure places (a
    # non-place: no verdict), never the name (rule locative_postmodifier)
    if (
        not appositive
        and _kind(np) == "place"
        and re.fullmatch(_NAME, np)
        # "The strikes on Kharkiv, Ukraine's second-largest city 30 km from …": an apposition
        and (at := sentence.rfind(np, 0, start)) >= 0
        and not re.search(r"[,;:()\[\]–—]", sentence[at:start])
        and (head := _postmodified_head(before))
    ):
        return head
    return _drop_descriptor(_quantity_head(np))


#: A locative preposition ending a text ("outside", "near", "north of", "out of").
_LOCATIVE_POSTMODIFIER_END = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt((_EN.placing_prepositions - {'between'}) | {'from', 'out of', 'into', 'toward', 'towards'})}"
    rf"|(?:{_alt(_COMPASS_WORDS)})\s+of)(?:\s+the)?\s*$"
)


def _postmodified_head(before: str) -> str | None:
    """Rule ``locative_postmodifier``: the common noun phrase opening a clause that ``before``
    ends with, followed by a locative preposition ("Artillery crews outside ", "A checkpoint
    on the road out of "); None when a name or a settlement is the head, or when the phrase
    does not open its clause."""
    text = before
    for _ in range(2):
        prep = _LOCATIVE_POSTMODIFIER_END.search(text)
        if not prep:
            return None
        head, rest = _np_before(text[: prep.start()].rstrip())
        # "Artillery crews", "A checkpoint": a common noun ends the phrase (a capitalised
        # first word is no name)
        if (
            not head
            or len(head.split()) > 4  # "The displaced people set up tents": a clause, no phrase
            or _kind(head) in ("region", "pronoun")
            or _is_cap(head.split()[-1])
            or not _LEX.tail_words.isdisjoint(w.lower() for w in head.split())
        ):
            return None
        if not rest.strip() or _OPEN_PUNCT_END.search(rest):
            return head
        text = rest
    return None


#: Rule partitive_relative: a share or a number, then "of" ("many of", "two of") left by a
#: relative "which" stripped after it.
_PARTITIVE_RELATIVE = re.compile(rf"(?i:{_alt(_EN.quantity_partitives | set(_SPELLED))}|\d+)\s+of")


def _counted_antecedent(text: str) -> tuple[str, str] | None:
    """Rule ``partitive_relative``: the plural noun phrase ending ``text`` that a share ("many
    of which") counts, and the text before it; a verb and its object's determiner or number
    before it end it ("The army lost three positions" → "three positions"). None when the phrase
    ends in a name ("camps around El Fasher": El Fasher is not what is counted)."""
    np, before = _np_before(text)
    if not np:
        return None
    if (prep := _last_word(before)) and prep[0].lower() in _EN.placing_prepositions | set(
        _PROXIMITY
    ):
        # "camps around El Fasher, some of which …": the counted phrase is before its
        # locative phrase
        np, before = _np_before(before[: prep[1]].rstrip())
        if not np:
            return None
    words = np.split()
    for k in range(len(words) - 2, -1, -1):
        word, nxt = words[k], words[k + 1].lower()
        if (
            word.isalpha()
            and word.islower()
            and word not in _NP_STOP
            and word not in _CONNECTORS
            and word != "of"
            and (nxt in _EN.noun_determiners | _LEAD_ARTICLES or nxt in _SPELLED or nxt.isdigit())
        ):
            cut = np.index(words[k + 1], len(" ".join(words[:k])))
            before, np = before + np[:cut], np[cut:]
            break
    head = np.split()[-1]
    if not (head.islower() and head.endswith("s")) or _kind(np) in ("place", "region"):
        return None
    return np, before


#: Rule quantity_partitive: "dozens of other communities", "part of a near-contiguous belt",
#: "a number of villages": what the quantity counts is what the measure places.
_QUANTITY_OF = re.compile(
    rf"^(?:(?i:a|an|the)\s+)?(?i:{_alt(_EN.quantity_partitives | _EN.population_partitives)})\s+of\s+"
    r"(?:(?:the|a|an|other|these|those|its|their)\s+)?(?=[^\W\d_])"
)


def _quantity_head(np: str) -> str:
    """Rule ``quantity_partitive``: ``np`` without a leading quantity or share and its "of"
    ("dozens of other communities" → "communities")."""
    m = _QUANTITY_OF.match(np)
    return np[m.end() :] if m else np


def _taken_object(left: str) -> tuple[str, str] | None:
    """The noun phrase ending ``left`` ("the town of Saraqib" whole) and the text before it."""
    np, before = _np_before(left)
    if np and before.rstrip().endswith(_OF_END_LAST) and (of := _OF_END.search(before)):
        head, before_head = _np_before(before[: of.end(1)])
        if head:
            return f"{head}{before[of.end(1) :]}{np}", before_head
    return (np, before) if np else None


def _force_source(np: str, before: str) -> tuple[str, str] | None:
    """``Troops from`` + ``Poland`` → ``Troops from Poland``: a force named by where it comes
    from, whose it is or which it is, with the text before it; ``None`` if ``before`` ends no
    such phrase."""
    tail = before[-60:]
    # the phrase ends on white space after its word (a cheap look spares the scan)
    if not tail[-1:].isspace() or not tail.rstrip().endswith(_FORCE_SOURCE_LAST):
        return None
    source = _FORCE_SOURCE_END.search(tail)
    if not source or source.group(1).lower() not in _LEX.force_words:
        return None
    cut = len(before) - len(before[-60:]) + source.end(1)
    head, before_head = _np_before(before[:cut])
    return f"{head or source.group(1)}{source.group('prep')}{np}", before_head


#: Rule clause_break: a dash, a semicolon or a clause opener ("when", "while") starts another
#: clause, whose thing placed the opening clause's subject is not ("But Ben-Ezra is not
#: perturbed – even after a weekend when protesters threatened to breach the border just a few
#: hundred meters away").
_CLAUSE_BREAK = re.compile(rf"\s[–—-]\s|;|(?<![\w’'\-])(?i:{_alt(_EN.clause_openers)})(?![\w’'\-])")


def _clause_head(left: str, start: int) -> str | None:
    """The place a sentence opens with ("The city of Orikhov is located on …"), for a measure
    whose nearest noun phrase is a river, a bank or a road."""
    head = _CLAUSE_HEAD.match(left) if start <= LOOK_BACK else None
    name = head.group("name") if head else ""
    if not head or (name in _FUNCTION_CAPS and name.lower() not in _PRONOUNS):  # "There was"
        return None
    return _drop_descriptor(name)


def _definite_settlement(np: str) -> bool:
    """ "the town", "The village": a settlement the text has named before, a description the
    reader resolves (an indefinite one, "a railway hub", only describes it)."""
    words = np.lower().split()
    return (
        len(words) == 2
        and words[0] == "the"
        and words[1] in _LEX.settlement_words
        and _kind(np) == "description"
    )


def _settlement_like(np: str) -> bool:
    """A named place, or a description headed by a settlement word ("settlements", "the town")."""
    kind = _kind(np)
    head = np.split()[-1].lower()
    return kind == "place" or (
        kind == "description" and (head in _LEX.settlement_words or head in _PLURAL_PLACES)
    )


def _drop_lead_verb(sentence: str, subject: str | None) -> str | None:
    """Rule ``lead_verb``: a Cyrillic subject that opens the sentence with a word that can only
    be a verb ("Обстріляли Білопілля, громаду за 8 км …", "Евакуюють Вовчанськ та Старицю, що
    …") is the name after the verb; the verb is capitalised only because it opens the
    sentence."""
    if not subject or " " not in subject or not _CYRILLIC.match(subject):
        return subject
    if not sentence.lstrip(" \"'«“„(").startswith(subject):
        return subject
    first, rest = subject.split(" ", 1)
    if not _is_cap(rest) or not _opening_verb(first, _cyrillic_language(sentence)):
        return subject
    return rest


#: "граница Украины с Румынией", "кордон із Білоруссю": a border's partner after its subject.
_SUBJECT_PARTNER = re.compile(
    rf"\s+(?:{_alt(w for w in _LEX.border_partner_words if _CYRILLIC.search(w))})\s+"
    rf"[А-ЯІЇЄҐ][\w’'\-]*(?:\s+(?:{_alt(_LEX.region_instrumental)}))?(?![\w’'\-])"
)


def _with_border_partner(sentence: str, subject: str | None) -> str | None:
    """Rule ``border_partner_subject``: a Ukrainian or Russian border named as the subject
    keeps the side it borders, as a reference does ("Граница Белоруссии с Украиной проходит в
    30 км от …", "находится граница Украины с Румынией", "Кордон із Білоруссю проходить за
    20 км від …")."""
    if (
        not subject
        or subject.split()[0].lower() not in _LEX.border_words
        or not _CYRILLIC.search(subject)
        or (at := sentence.find(subject)) < 0
        or sentence.find(subject, at + 1) >= 0
    ):
        return subject
    m = _SUBJECT_PARTNER.match(sentence, at + len(subject))
    return subject + m.group() if m else subject


#: Rule typed_event_name: a settlement type word right before a name, or a dash and a type word
#: right after it ("Село Атаки", "с. Атаки", "Атаки — село за 4 км …").
_TYPE_WORD_ALT = _alt(_LEX.type_words | _LEX.type_abbreviations)


def _typed_event_name(sentence: str, name: str) -> bool:
    """Rule ``typed_event_name``: whether a name that reads as an event noun ("Атаки",
    "Бои") is a settlement's, the sentence naming its type right before or after it ("Село
    Атаки розташоване за 4 км від Хотина", "Атаки — село за 4 км …") or, in Ukrainian or
    Russian, capitalising it after a lower-case word ("біля Атак")."""
    words = name.split()
    if (
        not words
        or not all(_is_cap(w) for w in words)
        # only an event noun makes it no place ("Каховская ГЭС" is a facility either way)
        or not any(w.lower() in _LEX.event_nouns for w in words)
        or any(w.lower() in _NONPLACE for w in words)
    ):
        return False
    at = re.escape(name)
    if re.search("[а-яіїєґё]", name.lower()) and re.search(
        rf"(?<![\w’'\-])[а-яіїєґё][\w’'ʼ\-]*\s+{at}(?![\w’'\-])", sentence
    ):
        # "Атаки відбито біля Атак, за 4 км …": capitalised after a lower-case word inside a
        # Ukrainian or Russian sentence (no title case there), the word is a name
        return True
    return bool(
        re.search(
            rf"(?i:(?<![\w’'\-])(?:{_TYPE_WORD_ALT}))\.?\s+{at}(?![\w’'\-])"
            rf"|(?<![\w’'\-]){at}\s+[—–-]\s+(?:\w+\s+){{0,2}}?(?i:(?:{_TYPE_WORD_ALT}))(?![\w’'\-])",
            sentence,
        )
    )


def _make(sentence, subject, reference, relation, *, rule, qual=None, value=None,
          value_max=None, unit=None, unit_text=None, direction=None, alt=None, alt_unit=None,
          span=(0, 0), value_text=None, reference_2=None, mode=None,
          meaning=None) -> Statement:  # fmt: skip
    reference = _drop_descriptor(reference) if reference else None
    subject = _with_border_partner(sentence, _drop_lead_verb(sentence, subject))
    qualifier = " ".join(qual.lower().split()) if qual else None
    if unit in ("h", "min") and relation in ("distance_direction", "distance_only"):
        relation = "travel_time"
        mode = mode or _travel_mode(sentence, span)
    elif relation in ("distance_direction", "distance_only") and unit and mode is None:
        mode = _route_mode(sentence, span)
    return Statement(
        subject=subject,
        reference=reference,
        qualifier=qualifier,
        qualifier_meaning=meaning or _LEX.meaning(qualifier),
        rule=rule,
        mode=mode,
        value=value,
        value_max=value_max,
        unit=unit,
        direction=direction,
        relation=relation,
        alt_value=alt,
        alt_unit=alt_unit,
        span=span,
        subject_kind=(
            "place"
            if _kind(subject) == "non_place" and _typed_event_name(sentence, subject)
            else "region"
            if _kind(subject) == "place" and _in_compass_area(sentence, subject, span)
            else _kind(subject)
        ),
        reference_kind=(
            "place"
            if _kind(reference) == "non_place" and _typed_event_name(sentence, reference)
            else _kind(reference)
        ),
        reference_2=reference_2,
        value_text=value_text,
        unit_text=unit_text,
        sentence=sentence,
    )


#: Rule compass_area: "in eastern", "of the south-western" right before a name.
_COMPASS_AREA_END = re.compile(
    rf"(?<![\w’'\-])(?i:in|of|across|throughout)\s+(?:(?i:the)\s+)?(?i:{_alt(_DIR_ADJ)})\s+$"
)


def _in_compass_area(sentence: str, subject: str | None, span: tuple[int, int]) -> bool:
    """Rule ``compass_area``: a one-word name the sentence puts after "in eastern" ("villages
    in eastern Donetsk just south of Velyka Novosilka", "fighting in northern Kharkiv") names
    part of an area — the oblast as often as the city —, never the point a measure places; the
    statement is about a region (unverifiable), not the city."""
    if not subject or " " in subject.strip() or not _is_cap(subject):
        return False
    at = sentence.rfind(subject, 0, span[0] or len(sentence))
    return at > 0 and bool(_COMPASS_AREA_END.search(sentence, max(0, at - 30), at))


_PARENS = re.compile(r"\([^()]*\)")


def _opening_verb(word: str, lang: str) -> bool:
    """Whether a capitalised word opening a sentence is a finite verb, not a name's first word
    ("Обстріляли Херсон", "Атаковали Харьков")."""
    classes = word_classes(word, lang)
    return "VERB" in classes and not classes & _NOMINAL


def _is_force(phrase: str) -> bool:
    """Forces or their positions ("позицій ЗСУ", "российских войск")."""
    return _mentions(_words(phrase), _LEX.force_words)


def _is_line(phrase: str) -> bool:
    """A front line or a border ("кордону", "лінії фронту", "фронту"); not a settlement's own
    edge (:func:`_settlement_edge`)."""
    return _mentions(_words(phrase), _BORDER_OR_FRONT) and not _settlement_edge(phrase)


_EDGE_WORD = re.compile(r"[^\W\d_][\w’'ʼ\-]*")
_REGION_ENDINGS = tuple(sorted(_LEX.region_name_endings))


def _settlement_edge(phrase: str) -> bool:
    """Rule ``settlement_edge``: a Cyrillic border word governing a settlement's name in the
    genitive ("восточной границы Мариуполя", "межі Покровська") is the town's edge, a place,
    not a line; a country's ("кордону України"), a region's ("кордону Сумщини", "границы
    Курской области") or a partner's ("кордону з Росією") border stays a line."""
    words = _EDGE_WORD.findall(phrase or "")
    for k, word in enumerate(words[:-1]):
        if word.lower() not in _LEX.border_words or not _CYRILLIC.search(word):
            continue
        rest = words[k + 1 :]
        name = rest[0]
        return (
            name[:1].isupper()
            and not name.isupper()
            and name.lower() not in _LEX.countries
            and not name.lower().endswith(_REGION_ENDINGS)
            and not any(w.lower() in _LEX.region_words | _LEX.region_heads for w in rest[1:3])
        )
    return False


#: Characters around a measure searched for how a distance was measured ("… 605 km by road").
ROUTE_REACH = 30


_ROUTE = re.compile(rf"(?<![\w])(?:{_alt(_LEX.route_modes)})(?![\w])", re.IGNORECASE)


def _route_mode(sentence: str, span: tuple[int, int]) -> str | None:
    """``"road"``/``"rail"`` when a distance is said to run along a route, else None."""
    m = _ROUTE.search(sentence, max(0, span[0] - ROUTE_REACH), span[1] + ROUTE_REACH)
    return _LEX.route_modes[m.group().lower()] if m else None


def _travel_mode(sentence: str, span: tuple[int, int]) -> str:
    """How a travel time travels ("a 4-hour drive": road; "on foot": foot; else any)."""
    around = sentence[max(0, span[0] - 40) : span[1] + 40].lower()
    for phrase in sorted(_LEX.travel_modes, key=len, reverse=True):
        if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", around):
            return _LEX.travel_modes[phrase]
    return "any"


#: "Progres and Yevgenivka, villages just a few kilometres from Vovche": a plural description
#: after a list names the list.
_PLURAL_PLACES = {"villages", "towns", "cities", "settlements", "hamlets"}
