"""The parser's driver: :func:`parse` runs every pass over a sentence and joins what they find;
:func:`parse_one` for a single statement."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from gazetteer.inflection import lemmas, word_agreement, word_cases, word_classes

from ..errors import StatementParseError
from ..lexicon import lexicon, unmixed
from .clauses import (
    _DEPTH_FROM,
    _FINITE_AUXILIARIES,
    _FINITE_VERBS,
    _TAIL_WORDS,
    _last_word,
    _np_before,
    _strip_parentheticals,
    _words,
)
from .model import Statement
from .mood import cues, disputed, mood
from .numbers import _number, _value_range
from .phrases import _drop_descriptor, _kind
from .reference import _PERSONAL_REFERENCE, _RANGE_GAP, _reference
from .shapes import (
    _AT_DISTANCE,
    _AT_DISTANCE_SUBJECT,
    _AWAY_ASIDE_OPEN,
    _AWAY_OBJECT,
    _BRACKET_AFTER,
    _CLAUSE_JOINED,
    _CYR_LOWER,
    _CYR_MEASURE_END,
    _FRONTED,
    _FRONTED_CLAUSE,
    _FRONTED_PARTICIPLE,
    _FURTHER_DIRECTION,
    _HEADING_AFTER,
    _INVERTED_VERB_NAME,
    _JOURNEY_TO,
    _LOCATED_CLAUSE,
    _MAIN_SUBJECT,
    _NEAREST_STATION,
    _NEAREST_UNNAMED,
    _SPLIT_NAMES,
    _THEN_MEASURE_UK_RU,
    _TO_FIGURE,
    _UNIT_BRACKET,
    _bracket_pairs,
    _compared_place,
    _coordinated_reference,
    _elliptical,
    _first_clause_place,
    _fragment_end,
    _fronted_from,
    _fronted_subject,
    _implied_reference,
    _list_partners,
    _name_partner,
    _near_names,
    _near_names_en,
    _opening_from,
    _separated,
    _separated_after,
    _Spans,
    _subject_before_direction,
    _uk_ru_meaning,
    _uk_ru_measures,
    _uk_ru_qualifier,
)
from .spans import (
    _BETWEEN_AFTER_EN,
    _DEICTIC_AFTER,
    _DEICTIC_IN,
    _ELIDED_FIGURE,
    _ELIDED_FROM,
    _ELIDED_UNIT,
    _GAPPED,
    _GAPPED_BARE,
    _MEASURE_CLOSES,
    _NEAR_PREDICATE_END,
    _NEAR_THEN_DASH,
    _RESPECTIVELY,
    _RESPECTIVELY_WORDS,
    _RESTATED,
    _SPAN_ELLIPSIS,
    _SPAN_LINK,
    _SPAN_TO_AFTER,
    _apart,
    _described_list,
    _elided_list,
    _fronted_direction,
    _fronted_reference,
    _line_partner_end,
    _opens_clause,
    _removed,
    _route_restated,
    _separated_by_en,
    _separates_en,
    _span,
    _with_line_partner,
)
from .subject_cyrillic import (
    _AFTER_REF_SUBJECT,
    _CLAUSE_SPLIT,
    _COMPARATIVES,
    _FROM_SIDE,
    _FRONTED_IN,
    _FRONTED_NEAR,
    _FRONTED_NEAR_ANY,
    _INVERTED_UK_RU,
    _LIST_DISTRIBUTIVE_END,
    _LIST_DISTRIBUTIVE_ENDS,
    _REGION_GENITIVE_TAIL,
    _RIVER_SIDE,
    _TYPE_REFERENCE,
    _TYPED_NAME_AFTER,
    _adverbial_opening,
    _after_agent,
    _after_dash,
    _conjoined_subject,
    _fronted_adverbial,
    _fronted_event_subject,
    _headline_place,
    _inverted_name,
    _inverted_partner,
    _moved_by,
    _participle_before,
    _placed_name,
    _prenominal_subject,
    _relative_measure,
    _subject_cyrillic,
)
from .subject_en import (
    _COORDINATED,
    _DIGIT,
    _DIRECTION_THEN_MEASURE,
    _FURTHER_MEASURE,
    _INVERTED_SUBJECT,
    _INVERTED_VERB,
    _LOCATIVE_VERB_WORDS,
    _MOTION_END,
    _NAME,
    _PARENS,
    _PARTNER_NAME,
    _PLURAL_PLACES,
    _REFERENCE_PARTNER,
    _ROUTE,
    _THEN_DIRECTION,
    _drop_lead_verb,
    _is_area,
    _is_force,
    _is_line,
    _left,
    _make,
    _subject,
)
from .vocabulary import (
    _ADJ_DIR,
    _AFTER_MEASURE,
    _BETWEEN,
    _COMPASS_WORDS,
    _CONTAINMENT,
    _CORRELATIVE_FIRST_END,
    _CORRELATIVE_SECOND,
    _CYR_COMPOUND,
    _CYR_NUMBERS,
    _CYR_UNIT_HINT,
    _CYR_UNITS,
    _CYRILLIC,
    _DEMONYMS,
    _DIR_UK_RU,
    _DIRECTION_FROM,
    _DIRECTION_ONLY,
    _DIRECTION_UK_RU,
    _DIRS_EN,
    _EN,
    _FUNCTION_CAPS,
    _IN_DIRECTION_OF,
    _JOINED_FROM,
    _JOINED_FROM_END,
    _LEX,
    _LOCATED_BEFORE,
    _MEASURE,
    _NP_STOP,
    _NUM,
    _POSSESSIVE_DIR,
    _PRONOUNS,
    _PROXIMITY_RE,
    _QUAL,
    _TIME_WORDS,
    _UK_RU,
    _UK_RU_ADJ,
    _UNIT,
    _UNIT_HINT,
    _UNITS,
    _VAGUE,
    _alt,
    _ends_of,
    _finditer_lowered,
    _foldable,
    _may_end,
    _may_scan,
)
from .words import (
    _BORDER_OR_FRONT,
    _LEAD_ARTICLES,
    LOOK_BACK,
    _cyrillic_language,
    _is_cap,
    _mentions,
)


@dataclass
class _Reading:
    """One sentence as :func:`parse` reads it: the text, what is known of it once, the
    statements read so far and the characters they take (a later reader skips those)."""

    sentence: str
    low: str
    folded: str | None  # ``low`` when patterns' case-sensitive twins may read it (_foldable)
    respectively: bool
    cyrillic: bool
    compass: bool
    cyrillic_units: bool
    statements: list[Statement] = field(default_factory=list)
    taken: _Spans = field(default_factory=_Spans)

    def add(self, statement: Statement) -> None:
        """Keep ``statement`` and take the characters it covers."""
        self.statements.append(statement)
        self.taken.add(*statement.span)

    def free(self, pos: int) -> bool:
        """Whether no statement read so far covers ``pos``."""
        return pos not in self.taken


#: Rule turned_apostrophe: an opening single quote between a word and a possessive "s".
_TURNED_APOSTROPHE = re.compile(r"(?<=\w)‘(?=s\b)")


def parse(sentence: str) -> list[Statement]:
    """Every distance/direction statement in ``sentence``, in order of appearance.

    Returns an empty list when there is none; never raises on text.
    """
    if not isinstance(sentence, str):
        raise StatementParseError(f"expected a sentence as text, got {type(sentence).__name__}")
    cyrillic = _CYRILLIC.search(sentence) is not None
    plain = unmixed(sentence) if cyrillic else sentence  # (no word mixes scripts without one)
    if plain != sentence:
        # rule mixed_script: look-alike letters of the other script read as their twins (the
        # same offsets: spans stay the sentence's)
        return [replace(st, sentence=sentence) for st in parse(plain)]
    if " -- " in sentence:
        # rule double_hyphen_dash: a typed dash ("Myrnograd -- less than 10 km from the front
        # line -- told AFP") reads as the dash it stands for (the same length: spans stay the
        # sentence's)
        return [replace(st, sentence=sentence) for st in parse(sentence.replace(" -- ", " —  "))]
    if "‘" in sentence and _TURNED_APOSTROPHE.search(sentence):
        # rule turned_apostrophe: "Ukraine‘s regional capital": an opening quote typed for
        # the apostrophe of a possessive reads as that apostrophe (the same length: spans stay)
        turned = _TURNED_APOSTROPHE.sub("’", sentence)
        return [replace(st, sentence=sentence) for st in parse(turned)]
    if "[" in sentence and _EDITORIAL.search(sentence):
        return _unmarked(sentence)
    if "\u0301" in sentence and _STRESS.search(sentence):
        return _unstressed(sentence)
    if (" - " in sentence or " – " in sentence) and _SPACED_COMPOUND.search(sentence):
        return _rejoined(sentence)
    low = sentence.lower()
    folded = _foldable(sentence, low)
    r = _Reading(
        sentence=sentence,
        low=low,
        folded=folded,
        # a clause pairing figures with names by order (rule respectively) needs its word:
        # looked for once, not from each Cyrillic measure's clause start again (quadratic)
        respectively=any(word in low for word in _RESPECTIVELY_WORDS),
        cyrillic=cyrillic,
        compass=any(word in low for word in _COMPASS_WORDS),
        cyrillic_units=cyrillic
        and next(_finditer_lowered(_CYR_UNIT_HINT, sentence, folded), None) is not None,
    )
    for read in _READERS:
        read(r)
    statements = sorted(r.statements, key=lambda s: s.span)
    statements = [_subject_before_span(sentence, st) for st in statements]
    shared = _near_event_place(sentence, _share_subjects(sentence, statements), cyrillic)
    if not cyrillic and len(shared) > 1:
        shared = _direction_feature_apposed(sentence, shared)
    if _NEAR_APPOSED_HINT.search(sentence):
        shared = [_near_apposed(sentence, st) for st in shared]
    if cyrillic:
        shared = [_governed_subject(sentence, st) for st in shared]
    if cyrillic and len(shared) > 1:
        shared = _relative_reference(sentence, shared)
    if any(st.rule == "distance_span" for st in shared):
        shared = [_line_length(sentence, st) for st in shared]
    if any(st.relation == "between" for st in shared):
        shared = _between_each(shared)
    if not shared and not r.respectively:
        return []  # (a list only rule respectively_pairs reads names its word)
    found = cues(sentence)
    false = disputed(sentence, found)
    return _listed_references(
        sentence,
        _direction_listed(
            sentence, [_last_rules(sentence, st, false, found) for st in shared], false, found
        ),
    )


def _listed_references(sentence: str, statements: list[Statement]) -> list[Statement]:
    """Rule ``listed_references``: names coordinated right before figures that each name a
    reference (of their own, or the same one again) ("Sloviansk and Toretsk lie 13 km north of Kramatorsk and 25 km
    south of Bakhmut", "Vovchansk and Kupiansk lie 5 km from the border and 110 km east of
    Kharkiv"): which name each figure places is not read, so the statements of those names
    (or of the last name alone, as a list can be read) are kept and never judged — measuring
    every name against every reference gave false alarms (red team 25b)."""
    if len({st.span for st in statements}) < 2:
        return statements
    first = min(st.span[0] for st in statements)
    before = _DIRECTION_LIST_NAMES.search(sentence, max(first - 200, 0), first)
    if before is None or _EACH_OF_PAIR.intersection(before.group("mid").lower().split()):
        return statements  # "Lysychne and Ivanivka, both north of X and 5 km from Y": each
    names = {
        _LEAD_FUNCTION_CAP.sub("", n)
        for n in _DIRECTION_LIST_SPLIT.split(before.group("names").strip())
        if n
    }
    listed = [
        st
        for st in statements
        if st.subject
        and any(st.subject == n or st.subject.startswith(f"{n} ") for n in names)
        and st.span[0] >= before.end()
        # already paired in order, or already never judged
        and "respectively" not in (st.rule or "")
        and st.rule != "gapped_pair"
    ]
    if len({st.span for st in listed}) < 2:
        return statements
    return [replace(st, rule="listed_references") if st in listed else st for st in statements]


#: Rule between_each: "each", "both", "either" standing for the pair of a "between" phrase.
_EACH_OF_PAIR = frozenset(_EN.pair_pronouns)


def _between_each(statements: list[Statement]) -> list[Statement]:
    """Rule ``between_each``: "Zelene Pole lies between Velyka Novosilka and Vuhledar, about 15
    km from each": a measure from "each" (or "both", "either") of the pair a "between"
    statement of the same subject named just before is one measure from each of the two
    places; without that pair the pronoun stays unresolved (and the statement unverifiable)."""
    out: list[Statement] = []
    pair: Statement | None = None
    for st in statements:
        if st.relation == "between" and st.reference and st.reference_2:
            pair = st
        elif (
            pair is not None
            and st.reference
            and st.reference.lower() in _EACH_OF_PAIR
            and st.subject == pair.subject
            and st.unit
        ):
            out.extend(
                replace(st, reference=ref, reference_kind=_kind(ref), rule="between_each")
                for ref in (pair.reference, pair.reference_2)
            )
            continue
        out.append(st)
    return out


def _last_rules(sentence: str, st: Statement, false: bool, found: frozenset[str]) -> Statement:
    """The rules read on each statement once every reader is done: its line, an apposed
    facility, its mood (rule not_asserted), a name set apart, a gapped pair, a stretch's
    heading and a road name's far end."""
    st = _asserted(sentence, _facility_apposed(_as_line(st)), false, found)
    st = _gapped_pair(sentence, _contrast_aside(sentence, st))
    return _person_subject(sentence, _route_end(sentence, _span_heading(sentence, st)))


#: Rule person_name: a verb of a life ("was born", "lived", "народився", "родился") right after
#: the subject, before its figure.
_PERSON_VERB = re.compile(
    rf"\s*(?:(?:has|had|also|once)\s+)?(?i:{_alt(_LEX.person_verbs)})(?![\w’'\-])"
)


#: Rule origin_aside: an origin aside's opening (", originally from ", ", родом з ") right
#: before the subject.
_ORIGIN_BEFORE = re.compile(rf",\s*(?i:{_alt(_LEX.origin_leads)})\s+$")


def _person_subject(sentence: str, st: Statement) -> Statement:
    """Rule ``person_name``: "Gogol was born 80 km from Poltava", "Шевченко народився за 200
    км …": the subject of a verb of a life is a person (a namesake village is no reading of
    it). Rule ``origin_aside``: so is a subject read inside an origin aside ("Oleksandr, from Kramatorsk, lives 20 km
    north of Sloviansk", "Олена, родом з Донецька, живе за 30 км …": the figure places the
    person, not the town named as where the person comes from; red team 27): never judged."""
    if not st.subject or st.subject_kind != "place":
        return st
    at = sentence.rfind(st.subject, 0, st.span[0])
    if at < 0:
        return st
    end = at + len(st.subject)
    if _PERSON_VERB.match(sentence, end, st.span[0]):
        return replace(st, subject_kind="person", rule="person_name")
    if _ORIGIN_BEFORE.search(sentence, max(at - 30, 0), at) and sentence[
        end : st.span[0]
    ].lstrip().startswith(","):
        return replace(st, subject_kind="person", rule="origin_aside")
    return st


_SPAN_NAME = r"[^,;:.()«»\"!?\n]{1,60}?"
_SPAN_ROUTE = _alt(_EN.route_nouns | _LEX.road_words)
#: A capitalised run of up to three words: a name as a sentence writes it.
_NAME_RUN = r"(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'\-]*(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'\-]*){0,2}"


#: Rule route_end: "на трассе Покровск — " right before a subject: the subject ends a road's name.
_ROUTE_END = re.compile(rf"(?i:{_SPAN_ROUTE})\s+{_NAME_RUN}\s*[—–-]\s*$")


def _route_end(sentence: str, st: Statement) -> Statement:
    """Rule ``route_end``: "колонну на трассе Покровск — Селидово в 10 км от Курахово": the
    subject read is the far end of a road's name, and the figure places what is on the road,
    not that town: never judged."""
    if not st.subject or st.subject_kind != "place":
        return st
    at = sentence.rfind(st.subject, 0, st.span[0])
    if at <= 0 or not _ROUTE_END.search(sentence, max(at - 80, 0), at):
        return st
    return replace(st, rule="route_end")


#: The words that open a stretch's "from" end ("from", "від", "от").
_SPAN_FROM_END = re.compile(rf"(?i:{_alt(_LEX.span_from)})\s+$")


def _span_heading(sentence: str, st: Statement) -> Statement:
    """Rule ``span_heading``: a stretch "from A to B" with a direction ("The drive is 15 km
    south from Sloviansk to Kramatorsk", "Расстояние от Херсона до Николаева — 60 км на
    северо-запад") heads from A to B: the direction places B from A. A statement that made
    the "from" end its subject is turned round, so its direction is the subject's bearing
    from its reference, as every statement's is."""
    if st.rule not in _HEADED_SPANS or not st.direction or not st.subject or not st.reference:
        return st
    at = sentence.find(st.subject)
    if at < 0 or not _SPAN_FROM_END.search(sentence, max(at - 12, 0), at):
        return st
    return replace(
        st,
        subject=st.reference,
        subject_kind=st.reference_kind,
        reference=st.subject,
        reference_kind=st.subject_kind,
    )


#: The rules reading a stretch between two named ends, whose direction heads from one to the other.
_HEADED_SPANS = frozenset({"journey_span", "distance_span"})


#: Rule contrast_aside: "Selydove, unlike Myrnohrad, " — the name before a contrast lead and
#: the lead, ending where the subject as read starts.
_CONTRAST_ASIDE = re.compile(
    rf"(?:(?<![\w’'\-])(?P<name>{_NAME_RUN}))?\s*,\s*(?i:{_alt(_LEX.contrast_leads)})\s+$"
)


def _contrast_aside(sentence: str, st: Statement) -> Statement:
    """Rule ``contrast_aside``: "Selydove, unlike Myrnohrad, lies 17 km south of Pokrovsk",
    "Селидове, на відміну від Мирнограда, …": a subject read right after a contrast lead is
    the place set apart; the statement is about the name before the aside. With no name
    there ("The town, unlike Myrnohrad, …") the statement is never judged (rule
    contrast_ambiguous)."""
    if not st.subject or st.subject_kind != "place":
        return st
    at = sentence.rfind(st.subject, 0, st.span[0])
    if at <= 0:
        return st
    m = _CONTRAST_ASIDE.search(sentence, max(at - 200, 0), at)
    if m is None or m.end() != at:
        return st
    name = m.group("name")
    if not name or name.split()[0] in _LEX.function_caps:
        return replace(st, rule="contrast_ambiguous")
    return replace(st, subject=name, subject_kind=_kind(name), rule="contrast_aside")


#: Rule gapped_pair: "Selydove is 17 km, and Kurakhove 34 km, from Pokrovsk": after a name
#: and its measure, a comma and the shared reference's link.
_GAPPED_TAIL = re.compile(
    rf"\s*,\s+(?:[^\W\d_][\w\-]*\s+){{0,2}}?(?:{_alt(_LEX.links)})(?![\w’'\-])", re.IGNORECASE
)


def _gapped_pair(sentence: str, st: Statement) -> Statement:
    """Rule ``gapped_pair``: a measure read from the name right before it ("…, and Kurakhove
    34 km, from Pokrovsk") whose comma then leads to a reference the sentence's measures
    share is a gapped pair, not a distance from that name: never judged."""
    if st.rule != "name_before_measure" or not _GAPPED_TAIL.match(sentence, st.span[1]):
        return st
    return replace(st, rule="gapped_pair")


#: Rule respectively_pairs, figures listed each with its own direction: "Chasiv Yar and
#: Toretsk are about 12 km west and 25 km south of Bakhmut", "Часів Яр і Торецьк — за 12 км на
#: захід і 25 км на південь від Бахмута": a figure, its unit and its compass point …
_DIRECTION_FIGURE = re.compile(
    rf"(?<![\w.,])\d+(?:[.,]\d+)?\s*[^\W\d_]{{1,12}}\.?\s+"
    rf"(?i:{_alt(list(_DIRS_EN) + list(_DIR_UK_RU))})(?![\w\-])\.?"
)
#: … and what joins it to the next one: a comma alone, or "and", "і", "и" (after a comma or
#: not) and up to two lower-case words ("and about", "і за"); never a verb after a comma
#: ("7 km east, lies 17 km …") nor a name ("17 km south and Myrnohrad 7 km east": a gap).
_DIRECTION_LIST_JOIN = re.compile(
    rf"\s*,\s*|\s*,?\s*(?i:{_alt(_LEX.span_and)})\s+(?:(?-i:[a-zа-яіїєґё])[\w’'\-]*\s+){{0,2}}",
)
#: The names coordinated right before such a list, then only lower-case words, a comma or a
#: dash ("Chasiv Yar and Toretsk are about ", "Мирноград і Селидове — за ").
_DIRECTION_LIST_NAMES = re.compile(
    rf"(?<![\w’'\-])(?P<names>{_NAME_RUN}(?:\s*,\s*{_NAME_RUN})*\s*,?\s+"
    rf"(?i:{_alt(_LEX.span_and)})\s+{_NAME_RUN})"
    rf"(?P<mid>\s*[,—–-]?\s*(?:(?-i:[a-zа-яіїєґё])[\w’'\-]*\s+){{0,4}})$"
)
#: "… of Pokrovsk respectively": the word the pairing has read, dropped as each name is read alone.
_DIRECTION_LIST_RESPECTIVELY = re.compile(
    rf"\s*,?\s*(?i:{_alt(_LEX.respectively)})(?![\w’'\-])(?!\s+(?:до|с|со)\s)"
)
#: How far after a list its shared reference is read (characters), up to the clause's end.
_DIRECTION_LIST_TAIL = 160
_DIRECTION_LIST_TAIL_END = re.compile(r"[.;!?](?:\s|$)")
_DIRECTION_LIST_SPLIT = re.compile(
    rf"\s*,\s*(?:(?i:{_alt(_LEX.span_and)})\s+)?|\s+(?i:{_alt(_LEX.span_and)})\s+"
)


def _direction_lists(sentence: str) -> list[list[re.Match]]:
    """The lists of two or more figures each with its own direction (rule
    ``respectively_pairs``), each as its figures' matches."""
    if not re.search(r"\d[^\d]{2,40}\d", sentence):
        return []
    lists: list[list[re.Match]] = []
    last = None
    for m in _DIRECTION_FIGURE.finditer(sentence):
        if last is not None and _DIRECTION_LIST_JOIN.fullmatch(sentence, last.end(), m.start()):
            if lists and lists[-1][-1] is last:
                lists[-1].append(m)
            else:
                lists.append([last, m])
        last = m
    return lists


def _direction_paired(sentence: str, figures: list[re.Match]) -> list[Statement] | None:
    """Rule ``respectively_pairs``: as many names coordinated right before the list as
    figures in it: each name with its own figure, in order (A with the first, B with the
    second), each read as the sentence would say it alone ("Toretsk are about 25 km south of
    Bakhmut"); None when the shape is not that clear."""
    first, last = figures[0], figures[-1]
    before = _DIRECTION_LIST_NAMES.search(sentence, max(first.start() - 200, 0), first.start())
    if before is None:
        return None
    names = [
        _LEAD_FUNCTION_CAP.sub("", n)
        for n in _DIRECTION_LIST_SPLIT.split(before.group("names").strip())
        if n
    ]
    if len(names) != len(figures) or not all(n and _kind(n) == "place" for n in names):
        return None
    mid = _DIRECTION_LIST_RESPECTIVELY.sub("", before.group("mid"), count=1)
    # the shared reference and what closes it: up to the clause's end (the run stays linear)
    stop = _DIRECTION_LIST_TAIL_END.search(sentence, last.end(), last.end() + _DIRECTION_LIST_TAIL)
    tail = sentence[last.end() : stop.start() + 1 if stop else last.end() + _DIRECTION_LIST_TAIL]
    tail = _DIRECTION_LIST_RESPECTIVELY.sub("", tail, count=1)
    out = []
    for name, figure in zip(names, figures, strict=True):
        alone = f"{name}{mid}{figure.group()}{tail}"
        at = len(name) + len(mid)
        read = [
            st
            for st in parse(alone)
            if st.span[0] < at + len(figure.group()) and st.span[1] > at and st.reference
        ]
        if len(read) != 1 or read[0].subject != name:
            return None
        out.append(
            replace(read[0], sentence=sentence, span=figure.span(), rule="respectively_pairs")
        )
    return out


def _direction_listed(
    sentence: str, statements: list[Statement], false: bool, found: frozenset[str]
) -> list[Statement]:
    """Rule ``respectively_pairs`` for figures listed each with its own direction: the
    statements read over such a list (which may measure the first name against the last
    figure) give way to each name paired with its own figure in order; when the names and
    figures do not pair that clearly, they are kept and never judged (rule gapped_pair). A
    list the readers left unread ("… від Покровська відповідно") is paired the same way."""
    lists = _direction_lists(sentence)
    if not lists:
        return statements
    starts = [figures[0].start() for figures in lists]
    held: dict[int, list[Statement]] = {}  # the statements over each list, by its index
    kept = []
    for st in statements:
        k = bisect.bisect_left(starts, st.span[1]) - 1  # the last list opening before its end
        if k >= 0 and st.span[0] < lists[k][-1].end():
            held.setdefault(k, []).append(st)
        else:
            kept.append(st)
    for k, figures in enumerate(lists):
        paired = _direction_paired(sentence, figures)
        if paired is None:
            kept += [replace(st, rule="gapped_pair") for st in held.get(k, [])]
        else:
            kept += [
                _asserted(sentence, st, false, found) if st.mood is None else st for st in paired
            ]
    return sorted(kept, key=lambda s: s.span)


def _asserted(sentence: str, st: Statement, false: bool, found: frozenset[str]) -> Statement:
    """Rule ``not_asserted``: a negated, asked, supposed or disputed figure keeps its reading
    and says so in ``mood`` (:func:`frontmap.statements.mood.mood`); it is never judged."""
    said = mood(sentence, *st.span, false=false, found=found)
    return replace(st, mood=said) if said else st


#: Rule subject_before_span: a phrase naming two ends right before a measure ("between
#: Pokrovsk and Kurakhove, ", "on the road from Avdiivka to Pokrovsk, ", "на трасі Авдіївка —
#: Покровськ, ", "между Покровском и Селидово — "), an adverb before it ("midway") its part.
_SPAN_PHRASE_END = re.compile(
    rf"(?<![\w’'\-])(?:(?:{_alt(_LEX.span_adverbs)})\s+)?"
    rf"(?:(?:{_alt(_LEX.span_between)})\s+{_SPAN_NAME}\s(?:{_alt(_LEX.span_and)})\s+{_SPAN_NAME}"
    rf"|(?:(?:on|along|off|на|по|уздовж|вдоль)\s+)?(?:the\s+)?(?:{_SPAN_ROUTE})\s+"
    rf"(?:(?:{_alt(_LEX.span_from)})\s+{_SPAN_NAME}\s(?:{_alt(_LEX.span_to)})\s+{_SPAN_NAME}"
    rf"|{_SPAN_NAME}\s*[—–-]\s*{_SPAN_NAME})"
    rf"|(?:(?:on|along|off)\s+)?(?:the\s+)?[^\W\d_][\w’'\-]*\s*[—–-]\s*[^\W\d_][\w’'\-]*\s+"
    rf"(?:{_alt(_EN.route_nouns)}))"
    r"\s*(?:,|\s[—–])\s*$",
    re.IGNORECASE,
)


#: How far before a measure a phrase naming two ends is looked for.
SPAN_PHRASE_REACH = 160


#: Words (lower case) one of which every match of :data:`_SPAN_PHRASE_END` holds: "between"
#: or a road's word; a window with none is not scanned.
_SPAN_PHRASE_WORDS = tuple(
    sorted(w.lower() for w in _LEX.span_between | _EN.route_nouns | _LEX.road_words)
)


def _subject_before_span(sentence: str, st: Statement) -> Statement:
    """Rule ``subject_before_span``: "Selydove lies between Pokrovsk and Kurakhove, 18 km from
    Pokrovsk", "Ocheretyne lies on the road from Avdiivka to Pokrovsk, about 20 km from
    Avdiivka", "Очеретине розташоване на трасі Авдіївка — Покровськ, за 20 км від Авдіївки":
    the names of a "between" or road phrase right before a measure are its ends, never the
    subject of the measure after it; the clause's subject before the phrase is (or none)."""
    if not st.unit or not st.subject or st.rule not in ("measure", "measure_uk_ru"):
        return st
    window_start = max(0, st.span[0] - SPAN_PHRASE_REACH)
    window = sentence[window_start : st.span[0]]
    if not window.rstrip().endswith((",", "—", "–")):
        return st  # the phrase ends on its comma or dash right before the measure
    low = window.lower()
    if _foldable(window, low) is not None and not any(w in low for w in _SPAN_PHRASE_WORDS):
        return st  # no word of "between" nor of a road
    phrase = _SPAN_PHRASE_END.search(sentence, window_start, st.span[0])
    if phrase is None or st.subject not in sentence[phrase.start() : st.span[0]]:
        return st
    at = phrase.start()
    subject = (
        _subject_cyrillic(sentence, at)
        if _CYRILLIC.search(sentence)
        else _subject(sentence, at, None)
    )
    if subject and subject in sentence[at : st.span[0]]:
        subject = None
    return replace(st, subject=subject, subject_kind=_kind(subject), rule="subject_before_span")


#: Rule value_list: a figure, its unit or none, and "and"/"і"/"и" right before a measure ("за
#: 7 і 12 км", "12 km and 30 km"): two figures for a list of names.
_VALUE_LIST_BEFORE = re.compile(
    rf"(?<![\w.,])\d+(?:[.,]\d+)?(?:\s*[^\W\d_]{{1,12}}\.?)?\s+(?:{_alt(_LEX.span_and)})\s+$",
    re.IGNORECASE,
)
_VALUE_LIST_ENDS = _ends_of(_LEX.span_and)
_RANGE_OPENER_END = re.compile(rf"(?<![\w’'\-])(?:{_alt(_LEX.range_openers)})\s+$", re.IGNORECASE)


def _value_list(sentence: str, at: int, subject: str | None = None) -> bool:
    """Rule ``value_list``: whether the figure at ``at`` is the last of a list of figures
    ("Кліщіївка і Часів Яр розташовані за 7 і 12 км від Бахмута", "lie 12 km and 30 km from
    Bakhmut and Soledar"): which figure goes with which name is read from an order this rule
    does not follow, so no statement rather than the last figure, or a range, given to the
    first name; "between 12 and 30 km", "між 7 і 12 км" is one range."""
    window = sentence[max(0, at - 40) : at]
    if not _may_end(window, _VALUE_LIST_ENDS):
        return False  # the look-back ends on no "and": the scan would find nothing
    found = _VALUE_LIST_BEFORE.search(window)
    if not found or _RANGE_OPENER_END.search(window[: found.start()]):
        return False
    # "на рубеже Работино, Вербовое (58 и 65 км юго-вост. г.Запорожье)": a bracket right after
    # a list of names gives its last figure to the last name, when that is what it places
    # "(6, 9 и 12 км …": the figures listed before the last pair belong to the bracket too
    before = re.sub(r"(?:\d+(?:[.,]\d+)?\s*,\s*)+$", "", window[: found.start()]).rstrip()
    return not (
        before.endswith("(") and subject and before[:-1].rstrip().endswith(subject.split()[-1])
    )


#: Rule span_resumed: ", and to " / " and to " / ", to " after a stretch's measure.
_TO_RESUMED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)to\s+(?=\S)")
_FIGURE_NEXT = re.compile(r"\s*(?:[—–:-]\s*)?$")


def _span_resumed(sentence: str, end: int, at: int) -> str | None:
    """Rule ``span_resumed``: the other end named between a stretch's measure (ending at
    ``end``) and the bare measure at ``at`` (", and to the raion centre 14 km")."""
    to = _TO_RESUMED.match(sentence, end, at)
    if to is None:
        return None
    reference, ref_end = _reference(sentence[:at], to.end())
    if not reference or ref_end > at or not _FIGURE_NEXT.match(sentence, ref_end, at):
        return None
    return reference


#: Rule fronted_measures: ", and " or ", " or " and " between two measures of one clause.
_AND_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _past_measures(sentence: str, end: int) -> int:
    """Rule ``fronted_measures``: where the measures joined to the one ending at ``end`` end
    ("Located 7 km from Avdiivka[ and 15 km from Donetsk], Sieverne …", "… and 15 from
    Donetsk"): a fronted clause's subject is read after all of them."""
    for _ in range(4):
        gap = _AND_NEXT.match(sentence, end)
        if gap is None:
            break
        m = _MEASURE.match(sentence, gap.end())
        tail = _AFTER_MEASURE.match(sentence[m.end() :]) if m else None
        if m is not None and tail is not None and tail.group("link"):
            at = m.end() + tail.end()
        elif (m := _ELIDED_EN.match(sentence, end)) is not None:
            at = m.end()
        else:
            break
        reference, ref_end = _reference(sentence, at)
        if not reference:
            break
        end = ref_end
    return end


#: "northwestern", "south-easterly": the ending that makes a compass point an adjective.
_ADJ_SUFFIX = re.compile(r"(?:ern|erly)$", re.IGNORECASE)


def _measures_en(r: _Reading) -> None:
    """English measures ("12 miles south of Pokrovsk", "some 15 km east of X lies Y", "Mariupol and Berdiansk are about 80 km apart"): the statements a figure and its unit open."""
    sentence, low, statements, taken, add = r.sentence, r.low, r.statements, r.taken, r.add
    prev_m = None
    rate_end = 0
    for m in _finditer_lowered(_MEASURE, sentence, r.folded) if _UNIT_HINT.search(low) else ():
        glued = (
            prev_m
            if prev_m is not None and not sentence[prev_m.end() : m.start()].strip()
            else None
        )
        ranged = (
            prev_m
            if prev_m is not None
            and _RANGE_GAP.fullmatch(sentence, prev_m.end(), m.start())
            and not (statements and statements[-1].span[0] == prev_m.start())
            else None
        )
        if m.start() < rate_end:
            continue
        prev_m = m
        unit = _UNITS[m.group("unit").lower()]
        unit_ambiguous = _UNIT_BRACKET.match(sentence, m.end())
        tail = _AFTER_MEASURE.match(sentence[unit_ambiguous.end() if unit_ambiguous else m.end() :])
        if tail is None:
            continue
        if unit_ambiguous and _UNITS[unit_ambiguous.group("unit").lower()] == unit:
            # "60 NM [nautical miles] from …", "12 kilometres (km)": the unit glossed, no
            # second unit (rule unit_gloss)
            unit_ambiguous = unit_gloss = unit_ambiguous
        else:
            unit_gloss = None
        if unit == "m" and m.group("unit") == "m" and not tail.group("link"):
            continue  # "5 m" with nothing after is too often not a distance
        if _LENGTH_ATTRIBUTE.match(sentence, m.end()):
            continue  # "Israel's 32-mile border", "the 450-km frontline" (rule length_attribute)
        if rate := _RATE_AFTER.match(sentence, m.end()):
            # "200 km an hour", "2 km a day": a speed or a pace (rule rate); "an hour" is no
            # measure of its own either
            rate_end, prev_m = rate.end(), None
            continue
        if _EXTENT_BEFORE.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "the convoy stretched for 40 miles": a length (rule extent_verb)
        if _REACH_BEFORE.search(sentence, max(0, m.start() - 100), m.start()):
            continue  # "the HIMARS can strike targets up to 80 km away" (rule weapon_reach)
        if tail.group("across") and _MOTION_END.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "Troops moved 5 km across the border from Belgorod": how far they went
        if m.group("unit").lower() == "nm" and not (tail.group("link") or tail.group("dir")):
            continue  # "nm" places a thing only before a direction or a link ("57 nm west of")
        value, value_max = _value_range(m.group("num"))
        if m.group("half") and value is not None and value_max is None:
            value += 0.5  # "a mile and a half"
        if m.group("num").lower() in ("a", "an") and unit not in ("h", "mi", "km"):
            continue
        direction = tail.group("dir")
        if tail.group("diradj"):
            # "in a northwesterly direction from", "northwestern direction of" (rule
            # direction_noun): the adjective's compass point
            direction = _ADJ_SUFFIX.sub("", tail.group("diradj"))
        if tail.group("abbr"):
            direction = f"{direction} ({tail.group('abbr')})"
        link = (tail.group("link") or "").lower()
        if link in _EN.away_words:
            link = "away"  # "30 km distant": how far, with no reference named
        end = (unit_ambiguous.end() if unit_ambiguous else m.end()) + tail.end()
        alt = m.group("alt") or tail.group("alt2") or tail.group("alt3")
        alt_unit = m.group("altunit") or tail.group("altunit2") or tail.group("altunit3")
        lead = m
        if (
            glued is not None
            and not alt
            and not (statements and statements[-1].span[0] == glued.start())
        ):
            # "Hostomel is just 7 kilometers 4 miles northwest of Kyiv": a conversion unbracketed
            alt, alt_unit, lead = m.group("num"), m.group("unit"), glued
            unit = _UNITS[glued.group("unit").lower()]
            value, value_max = _value_range(glued.group("num"))
        if ranged is not None and value is not None and value_max is None:
            first_low, first_high = _value_range(ranged.group("num"))
            first_unit = _UNITS[ranged.group("unit").lower()]
            if first_low is not None and first_high is None:
                # "ranging from 800 meters to 1.5 km from the border", "5 km to 8 km from …":
                # one range with a unit at each end, read in the first (rule mixed_range)
                from ..geodesy import UNIT_KM

                if (
                    unit in UNIT_KM
                    and first_unit in UNIT_KM
                    and value * UNIT_KM[unit] > first_low * UNIT_KM[first_unit]
                ):
                    value_max = round(value * UNIT_KM[unit] / UNIT_KM[first_unit], 6)
                    value, unit, lead = first_low, first_unit, ranged
        lead_start = lead.start()  # read once: asked at every step below
        qual = lead.group("qual")
        if lead.group("odd"):
            qual = lead.group("odd")  # "some 20-odd km", "30-plus miles": more than the figure
        if m.group("orso"):
            qual = f"{qual} or so" if qual else "or so"
        if value is None and lead.group("num").lower() in _VAGUE:
            qual = f"{qual} {lead.group('num')}" if qual else lead.group("num")
        reference, ref_end, rule, start = (None, end, "measure", lead_start)
        stretch_mode = None  # "The road is 60 km from X to Y": a route's (rule journey_span)
        if link and link != "away" and link not in _EN.away_links:
            reference, ref_end = _reference(sentence, end)
            if link in _EN.depth_links and (depth := _DEPTH_FROM.match(sentence, ref_end)):
                # "10 km inside Syrian territory from the demilitarized zone": the area is where
                # the depth runs, the "from" phrase what it is measured from (rule depth_from)
                reference, ref_end = _reference(sentence, depth.end())
                rule = "depth_from"
            if (
                reference
                and (r.respectively or r.folded is None)  # (its word is in the sentence)
                and _RESPECTIVELY.match(sentence, end, min(len(sentence), ref_end + 40))
            ):
                # "Kharkiv and Zolochiv, 30 km and 50 km from the border respectively": which
                # figure goes with which name is read from an order this rule does not follow;
                # no statement rather than a wrong pairing (rule respectively)
                continue
        if _value_list(sentence, m.start()):
            continue  # "lie 12 km and 30 km from …" (rule value_list)
        subject = _subject(sentence, lead_start, statements[-1] if statements else None)
        if link in _EN.depth_links and rule != "depth_from" and subject and _is_force(subject):
            # "Ukrainian troops have advanced up to 30km inside Russia", "forces were operating
            # two kilometres inside Lebanese territory": how deep a force is, no distance
            # between places (rule force_depth)
            continue
        if (
            # "It is 120 km from Kharkiv to Kupiansk": the expletive's stretch, as a drive's;
            # "The drive is 35 km from Sloviansk to Kramatorsk": a distance noun's too
            (tail.group("drive") or _stretch_subject(subject))
            and link == "from"
            and reference
            and (onward := _JOURNEY_TO.match(sentence, ref_end))
            and (destination := _reference(sentence, onward.end()))[0]
            # "12 km from Izium to the south", "from the border to here": no second end
            and re.sub(r"^(?i:the)\s+", "", destination[0]).lower()
            not in _EN.compass.keys() | _EN.expletives
        ):
            # "the 1,000-kilometre journey from Khartoum to the Egyptian border": the stretch's
            # two ends, not what makes the journey (rule journey_span)
            stretch_mode = _stretch_mode(subject)
            subject, (reference, ref_end), rule = reference, destination, "journey_span"
        elif (
            not link
            and not direction
            and _stretch_subject(subject)
            and (subject or "").lower() not in ("it", "that")
            and (onward := _JOURNEY_TO.match(sentence, end))
            and (destination := _reference(sentence, onward.end()))[0]
            and (back := _JOURNEY_FROM.match(sentence, destination[1]))
            and (origin := _reference(sentence, back.end()))[0]
        ):
            # "The drive is 35 km to Kramatorsk from Sloviansk": the stretch's two ends after
            # the measure, the "from" end the subject as in "from X to Y" (rule journey_span)
            stretch_mode = _stretch_mode(subject)
            subject, reference, ref_end = origin[0], destination[0], origin[1]
            rule = "journey_span"
        opening = _left(sentence, lead_start) if lead_start < LOOK_BACK else "…"
        if _FRONTED.match(opening):  # "But, living just a few hundred metres from Gaza, they …"
            fronted = _fronted_subject(sentence, _past_measures(sentence, ref_end))
            if fronted == "":
                subject, rule = None, "fronted_subordinate"
            else:
                subject = fronted or subject
        elif (
            statements
            and statements[-1].span[1] <= lead_start
            and _AND_NEXT.fullmatch(sentence, statements[-1].span[1], lead_start)
            and statements[-1].span[0] < LOOK_BACK
            and _FRONTED.match(_left(sentence, statements[-1].span[0]))
        ):
            # "Located 7 km from Avdiivka and 15 km from Donetsk, Sieverne …": a measure joined
            # to a fronted one places what it places (rule fronted_measures)
            subject = statements[-1].subject
        elif _AT_DISTANCE.fullmatch(opening):
            # "At a distance of 26 km from the border, the city …": the adverbial is no subject;
            # the clause after it holds one (or the verb does, below: "… is Kharkiv")
            subject = _fronted_subject(sentence, ref_end) or None
        elif (
            _FRONTED_CLAUSE.match(opening)
            and _FINITE_AUXILIARIES.isdisjoint(w.lower() for w in _words(opening))
            and (main := _MAIN_SUBJECT.match(sentence, ref_end))
        ):
            # "Built around a rail junction in the 19th century, around 60 miles north of
            # Donetsk, it became …": the fronted participial clause and the measure closing it
            # describe the main clause's subject, not a noun inside the clause
            subject, rule = _drop_descriptor(main.group("np")), "fronted_clause"
        elif subject and subject in opening and _fronted_adverbial_en(opening):
            # "Further south, about 15 km from Vuhledar, Russian troops …", "On Monday, about
            # 8 km west of Donetsk, Russian forces took …": an adverbial opening the sentence is
            # no subject; the clause after the fronted measure holds it (rule fronted_adverbial)
            fronted = _fronted_subject(sentence, ref_end)
            subject, rule = (_drop_descriptor(fronted) if fronted else None), "fronted_adverbial"
        elif (
            _FRONTED_CLAUSE.match(_PARENS.sub("", opening))
            and _FINITE_AUXILIARIES.isdisjoint(w.lower() for w in _words(opening))
            and _fragment_end(sentence, ref_end)
        ):
            # "Located on the bank of the Vovcha River, 5 km from the railway station.": a
            # fronted participle clause with no main clause after it describes the place the
            # text is about, left unsaid; no noun inside the clause is placed (rule
            # fronted_fragment)
            subject, rule = None, "fronted_fragment"
        elif (
            reference
            and subject
            and _kind(reference) != "place"
            and (bracket := _BRACKET_AFTER.search(opening))
            and bracket.group("name") == subject
            and (
                placed := _subject(
                    sentence,
                    lead_start - len(opening) + bracket.start("dir"),
                    statements[-1] if statements else None,
                )
            )
            and placed != subject
        ):
            # "Moskovka, … northwest of Kupyansk (about 3.5 km from the center)": the bracket
            # goes on about what the direction before it placed, measured from a part of its
            # reference (no place lies some km from its own centre)
            subject, rule = placed, "bracket_same_subject"
        inverted = _INVERTED_VERB_NAME.match(sentence[end:])
        if (
            subject is None
            and reference
            and not opening.strip()
            and not _INVERTED_SUBJECT.match(sentence, ref_end)
            and (verb := _INVERTED_VERB.search(sentence, end, ref_end))
            and _INVERTED_SUBJECT.match(sentence, verb.start())
        ):
            # "Just 10 km from the town runs the border": the verb ends the reference's phrase
            reference, ref_end = _reference(sentence[: verb.start()], end)
        if not link and direction and inverted:
            subject, ref_end = inverted.group("name"), end + inverted.end()
            reference = None
            if _CLAUSE_JOINED.search(opening) and (
                head := _first_clause_place(opening, statements)
            ) not in (None, subject):
                # "The plant is 7 km from the border, while about 100 km to the south lies
                # Kyiv": the measure goes on from the first clause's place (rule
                # inverted_after_clause)
                reference, rule = head, "inverted_after_clause"
        elif (
            reference
            and _AT_DISTANCE.fullmatch(opening)
            and (after := _AT_DISTANCE_SUBJECT.match(sentence, ref_end))
        ):
            # "At a distance of 26 km from the border with Russia in the southern direction is
            # one of the megalopolises of Ukraine – Kharkiv": the verb's subject follows it
            subject = after.group("name") or _drop_descriptor(after.group("np"))
            ref_end, rule = after.end(), "at_distance_inverted"
            if after.group("dir") and not direction:
                direction = after.group("dir")
        elif (
            reference
            and opening.strip()
            and _FRONTED_OPENING.fullmatch(opening)
            and (after := _INVERTED_SUBJECT.match(sentence, ref_end))
            and sentence[ref_end : after.start("name")].lstrip().startswith(",")
        ):
            # "Farther south, about 25 km from Orikhiv, lies Tokmak", "Beyond it, 8 km from
            # Bakhmut, stands Chasiv Yar": a short phrase fronted before a measure set off by
            # commas; the verb after the measure, then what it places (rule fronted_inverted)
            subject, ref_end = _drop_descriptor(after.group("name")), after.end()
            rule = "fronted_inverted"
        elif (
            subject is None
            and (reference or (link == "away" and not direction))
            and not opening.strip()
            and (after := _INVERTED_SUBJECT.match(sentence, ref_end))
        ):
            # "Some 15 km east of Pokrovsk lies the town of Myrnohrad", "Just 8 km away is the
            # town of Myrnohrad": a measure opening the sentence, then the verb, then what it
            # places (rule inverted_subject)
            subject, ref_end = _drop_descriptor(after.group("name")), after.end()
        elif (
            link == "away"
            and reference is None
            and not direction
            and (closest := _CLOSEST_TO_END.search(sentence, max(0, lead_start - 160), lead_start))
            and closest.group("name").split()[0] not in _FUNCTION_CAPS
            and _kind(closest.group("name")) == "place"
            and (_kind(closest.group("ref")) == "place" or _is_line(closest.group("ref")))
        ):
            # "Of these three cities, Proudianka is closest to the Russian border, about fifteen
            # kilometers away": the place the superlative is near is what the distance is from,
            # and the name before the verb is what it places (rule closest_away)
            subject = _drop_descriptor(closest.group("name"))
            reference, rule = closest.group("ref"), "closest_away"
        elif (
            reference is None
            and subject
            and (
                link == "away"
                or (
                    direction
                    and not link
                    and (tail.group("dirpre") or "").lower() not in ("further", "farther")
                )
            )
            and (
                owner := _POSSESSOR_NEIGHBOUR.search(sentence, max(0, lead_start - 160), lead_start)
            )
            and owner.group("name") in subject
            and owner.group("ref").split()[0] not in _FUNCTION_CAPS
            and owner.group("ref").lower() not in _LEX.countries
            and _kind(owner.group("ref")) == "place"
        ):
            # "Pokrovsk's neighbour Myrnohrad, 5 km away", "Kharkiv's suburb of Tsyrkuny, 10 km
            # to the north": a place named by its relation to the possessor is measured from it
            # (rule possessor_neighbour)
            reference, rule = owner.group("ref"), "possessor_neighbour"
        elif (
            link == "away"
            and reference is None
            and _AWAY_ASIDE_OPEN.search(sentence, max(0, lead_start - 60), lead_start)
            and (obj := _AWAY_OBJECT.match(sentence, ref_end))
            and obj.group("name").split()[0] not in _FUNCTION_CAPS
            and _kind(obj.group("name")) in ("place", "non_place")  # "the Indonesian Hospital"
        ):
            # "The Russian military, positioned about six kilometers away, shells Orikhiv"
            reference, rule = obj.group("name"), "away_object"
        elif (
            reference is None
            and link in ("", "away")
            and not direction
            and (
                approached := _APPROACHED_END.search(sentence, max(0, lead_start - 120), lead_start)
            )
            and approached.group("name").split()[0] not in _FUNCTION_CAPS
            and _kind(approached.group("name")) == "place"
            and (placed := _subject(sentence, approached.start(), None))
            and (_kind(placed) != "place" or _is_force(placed))
        ):
            # "Russian forces approached Pokrovsk to within 5 km", "The enemy approached
            # Kupiansk at a distance of 3 km", "troops are nearing Kostiantynivka, now less than
            # 10 km away": the verb's object is what the measure is taken from, its subject what
            # the measure places (a force, an event: never a place; rule approached_object)
            subject, reference, rule = placed, approached.group("name"), "approached_object"
        elif (
            link == "away" or (direction and not link and tail.group("dirpre") != "further")
        ) and (implied := _implied_reference(sentence, lead_start, subject)):
            # "The situation in Pokrovsk … : Russian troops are about a kilometer away"
            reference, rule = implied, "implied_reference"
        if (
            reference is None
            and direction
            and statements
            and (
                _FURTHER_MEASURE.search(_left(sentence, lead_start))
                # "Pisky, 10 km northwest of Donetsk, and Vodiane, 5 km further north"
                or (tail.group("dirpre") or "").lower() in ("further", "farther")
            )
            and _kind(subject) == "place"
            and _kind(statements[-1].subject) == "place"
            and statements[-1].subject != subject
            and statements[-1].span[1] <= lead_start
        ):
            # "from Sake, which lies 20 km west of Goma, to Minova, a further 15 km south", "…, and
            # Vodiane, 5 km further north": the
            # measure goes on from the place the one before placed
            reference, rule = statements[-1].subject, "further_measure"
        if (
            (reference is None or rule == "implied_reference")
            and (direction or link == "away")
            and (tail.group("dirpre") or "").lower() not in ("further", "farther")
            and subject
            and statements
            and statements[-1].reference_kind == "place"
            and statements[-1].subject_kind == "place"
            and statements[-1].unit
            and statements[-1].span[1] <= lead_start
            and (gap := _GAPPED_APPOSED_EN.fullmatch(sentence, statements[-1].span[1], lead_start))
            and gap.group("name") in subject
        ):
            # "Novoprokopivka, 4 km south of Robotyne, and Verbove, another settlement 10 km to
            # the east": the second measure leaves its reference unsaid — the first one's
            # reference or the place it placed; the text does not say which, so both are named
            # (alternatives, never judged; rule gapped_reference_en)
            reference = f"{statements[-1].subject} or {statements[-1].reference}"
            rule = "gapped_reference_en"
        split = (
            _DIRECTION_THEN_MEASURE.search(_left(sentence, lead_start))
            if not direction and link in ("", "away") and rule in ("measure", "implied_reference")
            else None
        )
        if split and _MOTION_END.search(_left(sentence, lead_start)[: split.start()]):
            split = None  # "advanced west of Pokrovsk, 3 km away": where they went, not are
        if split:
            # "The village lies north-west of Pokrovsk, about 12 km away": one statement told in
            # two parts, the direction's reference and subject are the measure's
            start = lead_start - len(_left(sentence, lead_start)) + split.start()
            direction, reference, rule = split.group("dir"), split.group("ref"), "direction_measure"
            subject = _subject(sentence, start, statements[-1] if statements else None)
        elif (
            not direction
            and link == "from"
            and reference
            and (after_dir := _THEN_DIRECTION.match(sentence, ref_end))
        ):
            # "The village lies 12 km from Pokrovsk, to the northwest."
            direction = after_dir.group("dir") or _ADJ_SUFFIX.sub("", after_dir.group("adj"))
            ref_end = after_dir.end()
        relation = "distance_direction" if direction else "distance_only"
        if link == "behind" and not direction:
            direction = "behind"  # "a few kilometers behind the front line": a side, no bearing
        if tail.group("river") and not direction:
            # "55 km upstream of Kherson", "5 km downstream from the dam" (rule river_side): a
            # side along the river, no compass bearing, so only the distance is checked
            direction = tail.group("river").lower()
        if (
            link == "of"
            and not (direction or tail.group("river"))
            and _kind(reference) != "place"
            and _LEX.meaning(qual) != "upper"  # "within 15 km of the border" is a distance
            and not _mentions(_words(reference), _BORDER_OR_FRONT)
        ):
            continue  # "13 kilometers of fence", "dozens of kilometers of territory": a length
        gapped = _gapped_en(sentence, statements, lead_start, ref_end, link, rule, direction)
        if gapped == "":
            continue  # "Russian troops are 5 km from Pokrovsk, and Myrnohrad 10 km": which end?
        if gapped:
            # "Selydove is 18 km from Pokrovsk, and Novohrodivka 15 km", "… 20 km from the
            # front, Sloviansk 30 km": the second place, measured from the same reference
            (subject, start), reference = gapped, statements[-1].reference
            rule = "gapped_reference"
        elif _left(sentence, lead_start).rstrip().endswith("by") and re.search(
            r"\bmoved\s+(?:away\s+from|closer\s+to)\s+\S+(?:\s+\S+)?\s+by\s*$",
            _left(sentence, lead_start),
        ):
            mv = re.search(
                r"^(?P<subj>.*?)\s+(?:has|have|had)?\s*moved\s+(?P<how>away\s+from|closer\s+to)\s+(?P<ref>.+?)\s+by\s*$",
                _left(sentence, lead_start),
            )
            if mv:
                np, _ = _np_before(_strip_parentheticals(mv.group("subj")))
                subject, reference, direction = np, mv.group("ref"), "moved " + mv.group("how")
                relation = "distance_only"
        elif (
            not link
            and not direction
            and unit not in ("h", "min")  # "strikes 20 minutes apart": a time between events
            and (pair := _apart(sentence, lead_start, end))
        ):
            # "Mariupol and Berdiansk are about 80 km apart": the two named before, one from
            # the other
            subject, reference, start, ref_end = pair
            rule = "distance_apart"
        elif not link and not direction and (sep := _separates_en(sentence, lead_start, end)):
            subject, reference, start, ref_end = sep
            rule = "separation"
        elif (
            not link
            and not direction
            and (btw := _BETWEEN_AFTER_EN.match(sentence, end))
            and re.search(r"\bthe\s+$", sentence[max(0, lead_start - 8) : lead_start], re.I)
        ):
            # "The 40 km between Izium and Kupiansk are mined", "the 40-km drive between …":
            # the stretch itself; not "the front runs 40 km between X and Y" (its length)
            subject, reference, ref_end = btw.group("a"), btw.group("b"), btw.end()
            rule = "distance_span"
        elif (
            not link
            and not direction
            and (passive := _separated_by_en(sentence, lead_start))
            and (separated := _subject(sentence, passive[1], None))
        ):
            # "Kharkiv is separated from the border by just 30 km" (rule separation)
            (reference, start, _), subject, rule = passive, separated, "separation"
        elif (
            not link
            and not direction
            and (span := _span(sentence, lead_start, "en"))
            and (span[2] >= (statements[-1].span[1] if statements else 0))
        ):
            # "The distance between Idleb and Aleppo is 60km": the stretch is the statement
            subject, reference, start = span
            rule = "distance_span"
        elif (
            not link
            and not direction
            and statements
            and statements[-1].rule in ("distance_span", "distance_to")
            and (resumed := _span_resumed(sentence, statements[-1].span[1], lead_start))
        ):
            # "Distance to the regional centre Kharkiv is 125 km and to the raion centre 14 km":
            # the stretch goes on to another end (rule span_resumed)
            subject, reference, rule = statements[-1].subject, resumed, "span_resumed"
        elif (
            not link
            and not direction
            and rule not in ("approached_object", "journey_span")
            and not re.match(r"\s*away\b", sentence[m.end() :])
        ):
            # "between the stations of Fenolnaya about 7 km on the … line and Magdalinovka about
            # 1 km …": a name right before a bare measure is what the distance is measured to
            named = re.search(
                r"(?P<and>\band\s+)?(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*)\s*$",
                _left(sentence, lead_start),
            )
            if (
                not named
                # "It's 20 km to the front": the expletive's, read by rule distance_to
                or _IT_IS_BEFORE.search(_left(sentence, lead_start))
                # ", and Novohrodivka 15 km", "with Krasnopillia 10 km": a second place of its
                # own, measured from a reference said before (rule gapped_reference), not to it
                or (
                    statements
                    and statements[-1].span[1] <= lead_start
                    and _GAPPED_EN.fullmatch(sentence, statements[-1].span[1], lead_start)
                )
                or not _is_cap(named.group("name"))
                or named.group("name") in _FUNCTION_CAPS
                # "a mountain road in Azerbaijan some 60 km long": a size, no distance to the
                # name (rule size_not_distance)
                or _SIZE_AFTER.match(sentence, end)
            ):
                continue
            reference, rule = named.group("name"), "name_before_measure"
            if named.group("and") and statements:
                subject = statements[-1].subject
            else:
                clause = re.search(
                    r"\b(\w+)\s+(?:is|are|lies|lie|sits)\b[^.]*$", _left(sentence, lead_start)
                )
                subject = clause.group(1) if clause else None
        add(
            _make(
                sentence,
                subject,
                reference,
                relation,
                rule=rule,
                qual=qual,
                value=value,
                value_max=value_max,
                unit=unit,
                unit_text=lead.group("unit")
                + (unit_ambiguous.group().rstrip() if unit_ambiguous else ""),
                direction=direction,
                alt=_value_range(alt)[0] if alt else None,  # "(1.9-3.1 miles)": its low end
                # "a few kilometers (miles)": the bracketed unit, with no figure of its own (rule
                # unit_bracket; Statement.unit_open)
                alt_unit=_UNITS.get(alt_unit.lower())
                if alt_unit
                else (
                    _UNITS.get(unit_ambiguous.group("unit").lower())
                    if unit_ambiguous and not unit_gloss
                    else None
                ),
                span=(start, ref_end),
                value_text=lead.group("num"),
                mode=stretch_mode,
            )
        )
        if (
            link
            and reference
            and _words(reference)[-1:] != []
            and _words(reference)[-1] in _EN.plural_type_words
            and (listed := _described_list(sentence, ref_end))
        ):
            # "30 km east of the last two major cities still under Ukrainian control, Kramatorsk
            # and Sloviansk": the names in apposition to a plural description are its references,
            # each measured alike (rule described_list)
            names, list_end = listed
            first = replace(
                statements[-1],
                reference=names[0],
                reference_kind="place",
                rule="described_list",
                span=(start, list_end),
            )
            statements[-1] = first
            taken.add(start, list_end)
            for name in names[1:]:
                add(replace(first, reference=name))
            continue
        partner = (
            _REFERENCE_PARTNER.match(sentence, ref_end)
            if link and reference and _kind(reference) == "place"
            else None
        )
        if (
            partner
            and sentence[ref_end : partner.start("name")].lstrip().startswith(",")
            and (not partner.group("others") or _apposed_measure(sentence, start, subject))
        ):
            # "attacked Synkivka, a village 8 km northeast of Kupiansk, and Petropavlivka": a
            # comma closes the measure; the name after it is coordinated above it (rule
            # closed_reference_list). A list after the comma shares the measure only when
            # the measure is the predicate ("lies 30 km from Kramatorsk, Sloviansk and …"),
            # not in apposition to its subject, and never as a lone ", and Name"
            partner = None
        names = (
            [*re.findall(_PARTNER_NAME, partner.group("others")), partner.group("name")]
            if partner
            else []
        )
        if names and all(_kind(name) == "place" for name in names):
            # "The town lies 30 km from Kramatorsk and Sloviansk.": from each of them
            first = statements[-1]
            if first.reference and first.reference.lower().startswith("both "):
                # "from both Kramatorsk and Sloviansk": "both" is no part of the name
                statements[-1] = replace(first, reference=first.reference[5:])
                first = statements[-1]
            for name in names:
                add(
                    replace(
                        first,
                        reference=name,
                        reference_kind="place",
                        rule="reference_list",
                        span=(start, partner.end("name")),
                    )
                )


#: A pointer right before a measure ("Ворог звідси за 5 км").
_DEICTIC_BEFORE = re.compile(rf"(?<![\w’'\-])(?P<word>(?i:{_alt(_LEX.deictic_from)}))\s*$")


#: A "до" right before a stretch's subject ("До Херсона від села — 25 км").
_TO_BEFORE = re.compile(rf"(?<![\w’'\-])(?:{_alt(_LEX.span_to)})\s+$", re.IGNORECASE)


def _unit_unsaid(
    sentence: str,
    subject: str | None,
    reference: str | None,
    rule: str,
    num: str,
    unit_text: str,
    span: tuple[int, int],
) -> Statement:
    """A further figure of a Cyrillic measure whose unit is said once, before it (rules
    ``elided_unit``, ``elided_list``, ``gapped_reference``): a ``distance_only`` statement in
    the unit ``unit_text`` names (km when it names none)."""
    value, value_max = _value_range(num)
    return _make(
        sentence,
        subject,
        reference,
        "distance_only",
        rule=rule,
        value=value,
        value_max=value_max,
        unit=_UNITS.get(unit_text.lower(), "km"),
        unit_text=unit_text,
        span=span,
        value_text=num,
    )


def _measures_uk_ru(r: _Reading) -> None:
    """Ukrainian and Russian measures ("за 12 км на південь від Покровська", "в 10 км от Донецка", "Село віддалене від районного центру на 25 км"), fronted, inverted and stretched."""
    sentence, statements, add, free, respectively, cyrillic_units = (
        r.sentence,
        r.statements,
        r.add,
        r.free,
        r.respectively,
        r.cyrillic_units,
    )
    for m in _uk_ru_measures(sentence, r.folded) if cyrillic_units else ():
        m_start, m_end = m.start(), m.end()  # read once: asked at every step below
        if not free(m_start):
            continue
        link = (m.group("link") or "").lower()
        if link == "од":
            link = "від"  # "в 20 км од кордону": "від" as older texts spell it
        if link == "до" and _TO_FIGURE.match(sentence, m.end("link")):
            continue  # "от 300 метров до километра": a range of figures (rule figure_range)
        removed = None
        if m.group("prep") == "на" and _moved_by(
            _left(sentence, m_start), _cyrillic_language(sentence)
        ):
            continue  # "продвинулись к X на 4 км от Y": how far they moved (rule motion_extent)
        if m.group("prep") == "на" and link not in ("від", "от", "из"):
            removed = _removed(sentence, m_start)
            if removed is None and not (
                (m.group("dir") or "").lower().endswith(("ше", "ее"))
                and _LOCATED_CLAUSE.search(_left(sentence, m_start))
            ):
                # "наблизилися до нього на 15 км": by how much it moved, not how far; but
                # "расположена на 10 км южнее Бахмута" places it (a located comparative)
                continue
        direction = _DIR_UK_RU.get((m.group("dir") or "").lower())
        # "в 12 км северо-западнее Донецка", "58 км юго-вост. г. Запорожье": a comparative or
        # an abbreviated adjective takes its reference with no "від"/"от"
        comparative = (m.group("dir") or "").lower().endswith(("ше", "ее", "."))
        rule, subject, reference, ref_end, span_start = (
            "measure_uk_ru",
            None,
            None,
            m_end,
            m_start,
        )
        inverted = None if link or removed else _INVERTED_UK_RU.match(sentence, m_end)
        fronted_side = (
            None if link or removed or direction else _fronted_direction(sentence, m_start)
        )
        if (
            (
                fronted_side
                or (not link and _RIVER_SIDE.search(sentence, max(0, m_start - 40), m_start))
            )
            and not inverted
            and sentence.startswith(",", m_end)
        ):
            # "К западу от Дерняков, на расстоянии около 800 м, находится деревня …", "Нижче
            # за течією, за 3 км, лежить село Петрівка" (rule river_side)
            inverted = _INVERTED_UK_RU.match(sentence, m_end + 1)
        if inverted and _ROUTE.match(inverted.group("np")):
            inverted = None  # "117 км — по железной дороге": how it is measured, not a place
        if inverted and not _inverted_name(inverted.group("np")):
            # "ворог стоїть за 20 кілометрів — місцеві повертаються": a dash and a clause that
            # names no place; the measure is read as if the dash closed it (rule
            # implied_reference_uk_ru and the others below)
            inverted = None
        if removed:  # "Село віддалене від районного центру на 25 км"
            reference, rule = removed[0], "removal_uk_ru"
        more_subjects: list[tuple[str, int]] = []
        if inverted:
            # "В 2 километрах юго-юго-западнее расположено село Днестрик-Дубовый": the place
            # named after the measure is the subject; what it is measured from is implied
            subject, ref_end, rule = (
                _inverted_name(inverted.group("np")),
                inverted.end(),
                "inverted_uk_ru",
            )
            if subject and (fronted := _fronted_reference(sentence, m_start)):
                # "От Изюма в 20 км находится Каменка", "Від Ізюма за 20 км розташована
                # Кам'янка": the "від" phrase before the measure is what it is measured from
                # (rule fronted_reference_uk_ru)
                reference, rule = fronted, "fronted_reference_uk_ru"
            elif subject and fronted_side:
                # "К западу от Дерняков, на расстоянии около 800 м, находится деревня …": the
                # compass phrase opening the clause says from where and to which side
                reference, direction, span_start = fronted_side
                rule = "fronted_direction_uk_ru"
            np = inverted.group("np").rstrip()
            if subject and subject == " ".join(np.split()[1:]):
                # "на відстані 2 км розташовані села Довгеньке, Лозова Друга, Плескачівка"
                more_subjects = _list_partners(sentence, np, inverted.start("np") + len(np))
                ref_end = max([ref_end, *(end for _, end in more_subjects)])
            elif partner := _inverted_partner(np, subject):
                more_subjects = [(partner, inverted.start("np") + len(np.rstrip()))]
        else:
            deictic = None if link else _DEICTIC_AFTER.match(sentence, m_end)
            # "За 4 км звідси, по той бік річки, стоять російські війська": an aside between
            aside = _DEICTIC_ASIDE.match(sentence, deictic.end()) if deictic else None
            placed = (
                _AFTER_REF_SUBJECT.match(sentence, aside.end() if aside else deictic.end())
                if deictic
                else None
            )
            deictic_subject = _placed_name(placed.group("np")) if placed else None
            if deictic_subject:
                # "В километре оттуда находится холм", "За 5 км звідси розташоване село X": the
                # pointer is the reference, unresolved; what the verb places is the subject
                # (rule deictic_reference)
                reference, ref_end = deictic.group("word"), placed.end()
            elif (
                deictic
                and _MEASURE_CLOSES.match(sentence, deictic.end())
                # "за"/"в" before the figure ("пройшли 5 км звідси" is how far they went) and
                # a clause before it: a fronted "В 2 км отсюда, …" places what follows
                and (m.group("prep") or (m.group("qual") or "").rpartition(" ")[2]).lower()
                in ("за", "в", "у", "во")
                and re.search(r"\w", sentence[:m_start])
                and not _adverbial_opening(sentence[:m_start], _cyrillic_language(sentence))
            ):
                # "Росіяни за 5 км звідси", "Они в пяти километрах отсюда": the pointer closing
                # the clause is the reference, unresolved; the clause's subject is what it
                # places (rule deictic_after)
                reference, ref_end, rule = deictic.group("word"), deictic.end(), "deictic_after"
            elif link or comparative:
                reference, ref_end = _reference(sentence, m_end)
                if (
                    reference
                ):  # "от подконтрольного ВСУ Константиновки": the place, not who holds it
                    reference = _after_agent(reference, _cyrillic_language(sentence))
            if direction is None:
                adj = _UK_RU_ADJ.match(sentence[m_end:])
                if adj:
                    direction = _DIR_UK_RU[adj.group("dir").lower()]
                    reference, ref_end = _reference(sentence, m_end + adj.end())
            if reference is None:
                stated = (m.group("prep") or "").lower().startswith("на ")  # "на відстань 5 км"
                span = _span(sentence, m_start, _cyrillic_language(sentence), stated)
                if span is None and (
                    statements
                    and statements[-1].rule == "distance_span"
                    and _SPAN_ELLIPSIS.fullmatch(sentence, statements[-1].span[1], m_start)
                    and _elliptical(
                        sentence[statements[-1].span[1] : m_start], _cyrillic_language(sentence)
                    )
                ):
                    # "от села Межевая до фронта было 20 километров, в августе - уже 14": a
                    # second measure of the same stretch, its places left out
                    span = (statements[-1].subject, statements[-1].reference, m_start)
                if (
                    span is None
                    and statements
                    and statements[-1].reference
                    and _RESTATED.fullmatch(sentence, statements[-1].span[1], m_start)
                ):
                    # "за 24 км від Ясинуватої автошляхами, відстань напряму складає 10 км": the
                    # distance noun with no ends of its own restates the stretch before
                    span = (statements[-1].subject, statements[-1].reference, m_start)
                if (
                    span is None
                    and statements
                    and statements[-1].reference
                    and statements[-1].unit
                    and (way := _route_restated(sentence, statements[-1].span[1], m_start, m_end))
                ):
                    # "… від м. Харкова по залізниці та 117 км по шосейній дорозі": the same
                    # stretch along another way (rule route_restated)
                    span = (statements[-1].subject, statements[-1].reference, m_start)
                    rule = "route_restated"
                if span is None and (separated := _separated(sentence, m_start)):
                    span, rule = separated, "separation_uk_ru"
                if span is None and (after := _separated_after(sentence, m_start, m_end)):
                    *span, ref_end = after
                    rule = "separation_uk_ru"
                if span is None and (fronted_from := _fronted_from(sentence, m_start)):
                    span, rule = fronted_from, "fronted_from_uk_ru"
                if span is None and (opening := _opening_from(sentence, m_start)):
                    span, rule = opening, "opening_from"
                near = _NEAR_THEN_DASH.search(sentence, max(0, m_start - 120), m_start)
                near_ref = _reference(sentence, near.end()) if near and span is None else None
                if (
                    near_ref
                    and near_ref[0]
                    and re.fullmatch(r"\s*(?:[—–-]|,)\s*", sentence[near_ref[1] : m_start])
                ):
                    # "розташована неподалік від Покровська — за 12 км", "проходить близько
                    # від кордону – до десяти кілометрів", "рядом с Очаковым – всего в 4 км",
                    # "неподалік від Ізюма, за 10 км": the dash or comma says how near
                    span = (
                        _subject_cyrillic(sentence, near.start()),
                        near_ref[0],
                        near.start(),
                    )
                    rule = "near_then_measure"
                elif (
                    span is None
                    and m.group("prep") != "на"
                    and _MEASURE_CLOSES.match(sentence, m_end)
                    and (
                        close := _NEAR_PREDICATE_END.search(sentence, max(0, m_start - 40), m_start)
                    )
                    and (subject := _subject_cyrillic(sentence, close.start(), own_clause=True))
                    and (_is_line(subject) or _is_force(subject))
                ):
                    # "Фронт зовсім поруч — за 7 кілометрів", "Передовая совсем рядом, менее чем
                    # за 1,5 км": how near the front or the enemy is, from here, left unsaid;
                    # not a thing or an event ("Ракета впала неподалік — за 200 метрів")
                    span, rule = (subject, None, close.start()), "near_predicate"
                gapped = (
                    _GAPPED.fullmatch(sentence, statements[-1].span[1], m_start)
                    if span is None and statements and statements[-1].reference
                    else None
                )
                if (
                    gapped
                    and gapped.group("name") not in _FUNCTION_CAPS
                    and statements[-1].subject is None
                ):
                    # "Відстань до Тюмені — 284 км, Ішиму — 90 км": distances from a place left
                    # unsaid; the second name is another destination, not a place measured from
                    # the first (rule gapped_destination)
                    subject, reference = None, gapped.group("name")
                    rule, span_start = "gapped_destination", gapped.start("name")
                elif gapped and gapped.group("name") not in _FUNCTION_CAPS:
                    # "Іванівка за 12 км від Покровська, а Петрівка — за 20 км": the second
                    # place is measured from the same reference, left unsaid
                    subject, reference = gapped.group("name"), statements[-1].reference
                    rule, span_start = "gapped_reference", gapped.start("name")
                elif span is None and (apart := _apart(sentence, m_start, m_end, True)):
                    # "Кам'янка та Ізюм розташовані на відстані 20 км одне від одного", "Каменка
                    # и Изюм находятся в 20 км друг от друга" (rule distance_apart)
                    subject, reference, span_start, ref_end = apart
                    rule = "distance_apart"
                elif span is None and (
                    station := _NEAREST_STATION.search(_left(sentence, m_start)[-160:])
                ):
                    # "Ближайшая станция — Водяная (3,5 км)": the stop is the subject, its
                    # reference the place the text is about, left unsaid (rule nearest_station)
                    subject, rule = station.group("name"), "nearest_station"
                    span_start = m_start - len(_left(sentence, m_start)[-160:]) + station.start()
                elif span is None and (
                    unnamed := _NEAREST_UNNAMED.search(_left(sentence, m_start)[-160:])
                ):
                    reference, rule = unnamed.group("np"), "nearest_station"
                    span_start = m_start - len(_left(sentence, m_start)[-160:]) + unnamed.start()
                elif (
                    span is None
                    and not link
                    # "менее чем в 3 километрах": the qualifier may end with the preposition
                    and (m.group("prep") or (m.group("qual") or "").rpartition(" ")[2]).lower()
                    in ("за", "в", "у", "во")
                    and _MEASURE_CLOSES.match(sentence, m_end)
                    and (implied := _subject_cyrillic(sentence, m_start, own_clause=not direction))
                    and (direction or _is_line(implied) or _is_force(implied))
                ):
                    # "Каменка находится в 12 км к северо-западу.", "Кам'янка розташована за
                    # 12 км північніше": measured from the place the text is about, left unsaid,
                    # as "Kamianka lies 12 km to the northwest"; "ворог стоїть за 20 км": how
                    # near the enemy or the front is, from here (rule implied_reference_uk_ru)
                    subject, rule = implied, "implied_reference_uk_ru"
                    if here := _DEICTIC_BEFORE.search(sentence, max(0, m_start - 24), m_start):
                        # "Позиции ВСУ отсюда в 300 метрах", "Ворог звідси за 5 км": the pointer
                        # is the reference, unresolved (rule deictic_before)
                        reference, rule = here.group("word").lower(), "deictic_before"
                elif span is None:
                    continue
                else:
                    subject, reference, span_start = span
                    if rule not in (
                        "route_restated",
                        "near_then_measure",
                        "separation_uk_ru",
                        "near_predicate",
                        "fronted_from_uk_ru",
                        "opening_from",
                    ):
                        rule = "distance_span"
                    if (
                        subject is None
                        and reference
                        and (here := _DEICTIC_IN.search(sentence, span_start, m_start))
                    ):
                        # "до лінії розмежування звідси 10 км": measured from here, unresolved
                        subject = here.group("word")
            elif m.group("zone"):
                subject, rule = m.group("zone"), "zone_uk_ru"  # "у 30-кілометровій зоні від …"
            else:
                relative = (
                    _relative_measure(
                        sentence, m_start, sentence.index(reference, m_end) + len(word)
                    )
                    if reference
                    and (word := reference.split()[0]).lower() in _LEX.relative_forms & _PRONOUNS
                    else None
                )
                if deictic_subject:
                    subject, rule = deictic_subject, "deictic_reference"
                elif relative:
                    subject, reference, ref_end = relative
                    rule = "relative_measure"
                elif prenominal := _prenominal_subject(sentence, m_start, reference, ref_end):
                    subject, reference, ref_end = prenominal
                    rule = "prenominal_participle"
                elif (
                    _PERSONAL_REFERENCE.fullmatch(reference or "")
                    and (typed := _TYPED_NAME_AFTER.match(sentence, ref_end))
                    and _participle_before(sentence, m_start)
                ):
                    # "влучила в розташоване за 5 км від нього село Липці": a participle before
                    # the measure, a pronoun its reference, then the noun it describes
                    subject, ref_end = typed.group("np"), typed.end()
                    rule = "prenominal_participle"
                else:
                    subject = _subject_cyrillic(sentence, removed[1] if removed else m_start)
                if (
                    (subject is None or subject.lower() in _PRONOUNS)
                    and link in ("від", "от")
                    and (to := _SPAN_TO_AFTER.match(sentence, ref_end))
                ):
                    # "Всего 20 км от Изюма до Каменки", "Це 20 км від Ізюма до Кам'янки": the
                    # measure's stretch, its far end the subject (rule distance_span)
                    far, far_end = _reference(sentence, to.end())
                    if far and _kind(far) == "place" and _kind(reference) == "place":
                        subject, ref_end, rule = far, far_end, "distance_span"
                near = (
                    _FRONTED_NEAR.fullmatch(sentence, 0, m_start)
                    or (
                        _FRONTED_NEAR_ANY.fullmatch(sentence, 0, m_start)
                        if reference.lower() in _TYPE_REFERENCE
                        else None
                    )
                    if reference and (subject is None or rule == "measure_uk_ru")
                    else None
                )
                if near and (
                    reference.lower() in _PRONOUNS - _LEX.relative_forms
                    or _AFTER_REF_SUBJECT.match(sentence, ref_end)
                    # "Поблизу Ізюма, за 10 км від міста, …": what it is near is not placed
                    or (subject and subject in near.group())
                ):
                    # "Недалеко от Калмитского залива, в 18 км от Евпатории расположен поселок
                    # Новофедоровка": the fronted "near" phrase is no subject, the verb's is
                    # after the reference; "Недалеко от горного массива, в 16 км от него": the
                    # pronoun stands for the "near" phrase's place (rule fronted_near_uk_ru)
                    subject, rule = None, "fronted_near_uk_ru"
                    if reference.lower() in _PRONOUNS - _LEX.relative_forms:
                        reference = near.group("np")
                if (
                    subject
                    and rule == "measure_uk_ru"
                    and reference
                    and subject in sentence[:m_start]
                    and re.match(r"\s*,", sentence[ref_end:])
                    and _fronted_adverbial(sentence[:m_start], _cyrillic_language(sentence))
                    and _AFTER_REF_SUBJECT.match(sentence, ref_end)
                ):
                    # "Південніше, за 25 км від Оріхова, лежить Токмак", "Рядом, в 3 км от
                    # Покровска, находится Мирноград": the fronted adverb is no subject; the
                    # verb's is after the measure (rule fronted_inverted)
                    subject, rule = None, "fronted_inverted"
                if (
                    rule == "measure_uk_ru"
                    and reference
                    and (subject is None or subject in sentence[: m.start()])
                    and (own := _conjoined_subject(sentence, m.start(), ref_end))
                ):
                    # "Місто живе звичним життям, а за 5 км від Покровська — вже позиції
                    # ворога": the joined clause's own subject (rule conjoined_measure)
                    subject = own
                after = _AFTER_REF_SUBJECT.match(sentence, ref_end) if subject is None else None
                if subject is None and not after and _FRONTED_PARTICIPLE.match(sentence):
                    # "Розташоване за 12 км від Покровська село Удачне зазнало ударів": the
                    # participle opening the sentence describes the place named after the
                    # reference (rule fronted_participle)
                    after = _TYPED_NAME_AFTER.match(sentence, ref_end)
                if after and (named := _inverted_name(after.group("np"))):
                    # "в 12 км к югу от Каховки, была сооружена Каховская ГЭС"
                    subject, ref_end = named, after.end()
                    if partner := _inverted_partner(after.group("np"), subject):
                        more_subjects = [(partner, after.end())]
                elif (
                    after
                    and re.search(r"\w", sentence[:m_start])
                    and not _adverbial_opening(sentence[:m_start], _cyrillic_language(sentence))
                ):
                    ref_end = after.end()  # a verb and no name after a measure inside a clause
                elif subject is None and (
                    not re.search(r"\w", sentence[:m_start])
                    or _adverbial_opening(sentence[:m_start], _cyrillic_language(sentence))
                ):
                    # "В 20 км от Покровска проходит линия фронта": a verb and no name after an
                    # opening measure leaves the clause's own subject to the rules below
                    # "За шість кілометрів від Куп’янська — уже фронт.": what the opening
                    # measure places follows the dash
                    subject = _after_dash(sentence, ref_end, _cyrillic_language(sentence))
                    placed = _FRONTED_IN.match(sentence, ref_end) if subject is None else None
                    if placed and (
                        _kind(placed.group("name")) not in ("region", "non_place")
                        and not any(
                            w in _LEX.countries
                            for w in (
                                placed.group("name").lower(),
                                *lemmas(placed.group("name").lower()),
                            )
                        )
                    ):
                        # "За 12 км від Покровська, у селі Іванівка, загинула жінка": the
                        # settlement named after the opening measure is where it points
                        subject = placed.group("name")
                    if subject is None:
                        # "Менше 2 км до лінії боїв: що зараз відбувається у Гуляйполі", "5 км до
                        # фронта: как живет Каменка": a headline's measure, then the place it
                        # is about after the colon (rule headline_place)
                        subject = _headline_place(sentence, ref_end)
                    if subject is None:
                        subject = _fronted_event_subject(sentence, ref_end)
        river = None if direction else _RIVER_SIDE.search(sentence, max(0, m_start - 40), m_start)
        if river:
            # upstream or downstream of the place the sentence is about ("Село Капранське
            # розташоване на … річки Мерла, вище за течією на відстані 2 км …"): not a compass
            # direction, so only the distance is checked
            direction, span_start = river.group("side").lower(), river.start()
            first = _CLAUSE_SPLIT.search(sentence)
            if reference is None and first and first.start() < river.start():
                reference = _subject_cyrillic(sentence, first.start(), own_clause=True)
        elif (
            m.group("river")
            and rule == "inverted_uk_ru"
            and reference is None
            and (first := _CLAUSE_SPLIT.search(sentence))
            and first.start() < m_start
        ):
            # "Село стоїть на річці Уди, за 2 км вище за течією — село Пісочин": the side after
            # the measure, from the place the sentence is about (rule river_side)
            reference = _subject_cyrillic(sentence, first.start(), own_clause=True)
        elif (
            rule == "inverted_uk_ru"
            and reference is None
            and statements
            and statements[-1].rule == "inverted_uk_ru"
            and statements[-1].reference
            and statements[-1].span[1] <= m_start
        ):
            # "вище за течією на відстані 2 км розташоване село Касянівка, …, на відстані 2 км
            # розташовані села Довгеньке, …": an enumeration of neighbours shares its origin
            reference = statements[-1].reference
        if (
            respectively
            and _RESPECTIVELY.match(
                sentence, max(sentence.rfind(c, 0, m_start) for c in ".;!?") + 1
            )
        ) or _value_list(sentence, m.start("num") if m.group("num") else m_start, subject):
            # "Харків і Золочів розташовані за 30 і 50 км від кордону відповідно": figures
            # paired with names by order; no statement rather than a wrong pairing
            continue
        if not direction and m.group("river"):
            # "за 55 км вище за течією від Херсона" (rule river_side): a side along the river
            # after the measure, no compass bearing: only the distance is checked
            direction, river = m.group("river").lower(), m
        if subject is None and reference is None:
            continue
        value, value_max = _value_range(m.group("num")) if m.group("num") else (1.0, None)
        side = _FROM_SIDE.match(sentence, ref_end) if reference and not direction else None
        if side:  # "5 кілометрів до Костянтинівки з південного сходу": the side it lies on
            direction, ref_end = _LEX.from_directions[side.group("side").lower()], side.end()
        heading = _HEADING_AFTER.match(sentence, ref_end) if reference and not direction else None
        if heading:  # "за 12 км від Бахмута в північному напрямку": the heading after the place
            direction, ref_end = _DIR_UK_RU[heading.group("dir").lower()], heading.end()
        references = [(reference, ref_end)]
        coordinated: list[tuple[str, int]] = []
        if reference:  # "від городів Марганець і Нікополь": both
            references += _list_partners(sentence, reference, ref_end)
            if len(references) == 1 and rule != "distance_span":
                # "за 10 км від Бахмута і Соледара": both (rule reference_list_uk_ru)
                coordinated = _coordinated_reference(
                    sentence, reference, ref_end, _cyrillic_language(sentence)
                )
                references += coordinated
        correlated = (
            _CORRELATIVE_SECOND.match(sentence, ref_end)
            if reference
            and link in ("від", "от")
            and _CORRELATIVE_FIRST_END.search(
                sentence, max(0, m.start("link") - 12), m.start("link")
            )
            else None
        )
        if (
            correlated
            and (partner := _reference(sentence, correlated.end()))[0]
            and _kind(partner[0]) not in ("pronoun", "non_place")
        ):
            # "в 20 км и от границы, и от Грайворона", "за 10 км як від кордону, так і від
            # Вовчанська": the same measure from each (rule correlated_references)
            references.append(partner)
        joined = (
            _JOINED_FROM.match(sentence, ref_end)
            if reference and not correlated and link in ("від", "от") and len(references) == 1
            else None
        )
        if (
            joined
            and (partner := _reference(sentence, joined.end()))[0]
            and (_kind(partner[0]) not in ("pronoun", "non_place") or _is_line(partner[0]))
            and _JOINED_FROM_END.match(sentence, _line_partner_end(sentence, *partner)[1])
        ):
            # "в 20 км от Белгорода и от границы", "за 30 км від Харкова або від кордону": a
            # second "from" phrase with no figure of its own shares the measure (rule
            # joined_from_references)
            references.append(partner)
            rules_of = {partner: "joined_from_references"}
        else:
            rules_of = {}
        for subj, ref, end in [(subject, *r) for r in references] + [
            (name, reference, ref_end) for name, _ in more_subjects
        ]:
            add(
                _make(
                    sentence,
                    subj,
                    _with_line_partner(sentence, ref, end) if ref else None,
                    "distance_direction" if direction and not river else "distance_only",
                    rule="reference_list_uk_ru"
                    if (ref, end) in coordinated
                    else rules_of.get((ref, end), rule),
                    qual=_uk_ru_qualifier(m),
                    meaning=_uk_ru_meaning(m),
                    value=value,
                    value_max=value_max,
                    unit=_UNITS.get(m.group("unit").lower(), "km"),
                    unit_text=m.group("unit"),
                    direction=direction,
                    alt=_number(m.group("alt")) if m.group("alt") else None,
                    alt_unit=_UNITS.get(m.group("altunit").lower()) if m.group("alt") else None,
                    span=(span_start, end),
                    value_text=m.group("num"),
                )
            )
        paired = (
            _bracket_pairs(sentence, m.start("num"), subject)
            if m.group("num") and reference and len(references) == 1 and not more_subjects
            else []
        )
        for name, figure, figure_at in paired:
            # "Работино, Вербовое (58 и 65 км юго-вост. г.Запорожье)": one figure per name, in
            # order (rule bracket_respectively)
            low, high = _value_range(figure)
            add(
                _make(
                    sentence,
                    name,
                    _with_line_partner(sentence, reference, ref_end),
                    "distance_direction" if direction and not river else "distance_only",
                    rule="bracket_respectively",
                    value=low,
                    value_max=high,
                    unit=_UNITS.get(m.group("unit").lower(), "km"),
                    unit_text=m.group("unit"),
                    direction=direction,
                    span=(figure_at, figure_at + len(figure)),
                    value_text=figure,
                )
            )
        if rule == "route_restated":
            # the way said with this measure, not the first one's said before it
            statements[-1] = replace(statements[-1], mode=_LEX.route_modes.get(way.lower()))
        elided = (
            _ELIDED_UNIT.match(sentence, statements[-1].span[1])
            if link in ("від", "от") and statements and statements[-1].span[1] >= m_end
            else None
        )
        other = (
            _ELIDED_FROM.match(sentence, statements[-1].span[1])
            if rule == "distance_span" and statements and statements[-1].span[1] >= m_end
            else None
        )
        near = _reference(sentence, other.end()) if other else (None, 0)
        figure = (
            _ELIDED_FIGURE.match(sentence, near[1])
            if near[0] and _kind(near[0]) == "place" and _kind(statements[-1].subject) == "place"
            else None
        )
        to_end = (
            next(
                (
                    e
                    for e in (statements[-1].subject, statements[-1].reference)
                    if e
                    and (at := sentence.find(e, *statements[-1].span)) >= 0
                    and (links := _SPAN_LINK.findall(sentence, max(0, at - 60), at))
                    and links[-1].lower() in _LEX.span_to
                ),
                None,
            )
            if figure
            else None
        )
        if figure and to_end:
            # "Від Радьківки до Куп'янська залишилося 4,40 кілометра, а від Голубівки – 4,35":
            # another place's stretch to the same "to" end, its unit left unsaid (rule
            # elided_unit)
            add(
                _unit_unsaid(
                    sentence, near[0], to_end, "elided_unit", figure.group("num"),
                    m.group("unit"), (other.start(), figure.end()),
                )
            )  # fmt: skip
        listed = (
            _elided_list(
                sentence,
                # "До Херсона від села — 25 км, до Миколаєва — 60": a stretch read from its
                # subject ("Херсона") opens with that end's "до"; its list reads it too
                span_start - len(lead.group())
                if (lead := _TO_BEFORE.search(sentence, max(0, span_start - 12), span_start))
                else span_start,
                at,
                statements[-1].span[1],
            )
            if reference
            and not more_subjects
            and len(references) == 1
            and statements
            and statements[-1].span[1] >= m_end
            and (at := sentence.find(reference, span_start)) >= 0
            else []
        )
        for far, figure, own_unit, item_start, item_end, replaces_subject in listed:
            if not free(item_start):
                break
            # "До Білгорода 48 км, до Харкова - 74", "Відстань від повітового міста 47 верст,
            # від волості 22": further ends of the same link, their unit said once, share the
            # first's unit and subject (rule elided_list)
            add(
                _unit_unsaid(
                    sentence,
                    far if replaces_subject else subject,
                    reference if replaces_subject else _with_line_partner(sentence, far, item_end),
                    "elided_list",
                    figure,
                    own_unit or m.group("unit"),
                    (item_start, item_end),
                )
            )
        bare = (
            _GAPPED_BARE.match(sentence, statements[-1].span[1])
            if statements
            and statements[-1].span[1] >= m_end
            and statements[-1].subject
            and statements[-1].reference
            and not elided
            and not listed
            else None
        )
        if (
            bare
            and bare.group("name") not in _FUNCTION_CAPS
            and _kind(bare.group("name")) == "place"
            and _kind(statements[-1].subject) == "place"
            and free(bare.start("name"))
        ):
            # "Грайворон — в 60 км от Белгорода, Шебекино — в тридцати", "Краснопілля — за 7 км
            # від кордону, а Білопілля — за десять": a second place measured from the same
            # reference, its unit left unsaid too; no direction carried over (rule
            # gapped_reference)
            add(
                _unit_unsaid(
                    sentence, bare.group("name"), statements[-1].reference, "gapped_reference",
                    bare.group("num"), m.group("unit"), (bare.start("name"), bare.end()),
                )
            )  # fmt: skip
        if elided and (far := _reference(sentence, elided.end()))[0]:
            # "в 50 километрах от Луганска и в 7 — от границы с Россией": a second figure
            # whose unit is left unsaid, from another reference (rule elided_unit)
            second, second_max = _value_range(elided.group("num"))
            add(
                _make(
                    sentence,
                    subject,
                    _with_line_partner(sentence, far[0], far[1]),
                    "distance_only",
                    rule="elided_unit",
                    value=second,
                    value_max=second_max,
                    unit=_UNITS.get(m.group("unit").lower(), "km"),
                    unit_text=m.group("unit"),
                    span=(elided.start(), far[1]),
                    value_text=elided.group("num"),
                )
            )


#: An aside set off by commas after "звідси"/"отсюда": ", по той бік річки,", ", за рекой,".
_DEICTIC_ASIDE = re.compile(r"\s*,\s*[^,.;:!?()«»\"\d\n]{1,50},(?=\s)")


#: "Izium is 40 km from Kupiansk, and 60 from Kharkiv", "18 km from Pokrovsk, 25 from
#: Kurakhove and 40 from Donetsk": after an English measure, a second figure whose unit is left
#: unsaid, from another reference (a comma alone joins one of a list).
_ELIDED_EN = re.compile(
    rf"\s*(?:,?\s*(?:and|but|while)\s+|,\s*)(?:{_QUAL}\s+)?(?!(?:19|20)\d\d\b)(?P<num>{_NUM})\s+"
    rf"(?:(?P<dir>{_alt(_DIRS_EN)})\s+of|from)\s+(?=\S)",
    re.IGNORECASE,
)


#: What may follow an elided measure's reference: the end of its clause.
_ELIDED_END = re.compile(r"\s*(?:[,.;:!?)]|—|–|\band\b|\bbut\b|\bwhile\b|$)", re.IGNORECASE)


#: Rule gapped_reference in English: ", and Novohrodivka ", "; Sviatohirsk ", ", with
#: Krasnopillia ", " while Lyptsi is " between a statement and a bare measure.
_GAPPED_EN = re.compile(
    rf"\s*(?:[,;]\s*(?:(?i:{_alt(_EN.gapping_openers)})\s+)?|\s+(?i:{_alt(_EN.gapping_openers)})\s+)"
    r"(?P<name>[A-Z][\w’'\-]*(?:[\s\-][A-Z][\w’'\-]*){0,2})"
    rf"(?:\s+(?P<verb>{_alt(_EN.auxiliaries | _EN.locative_verbs)}))?\s*,?\s*"
)


def _gapped_en(
    sentence, statements, at, end, link, rule, direction
) -> tuple[str, int] | str | None:
    """Rule ``gapped_reference`` in English: "Selydove is 18 km from Pokrovsk, and
    Novohrodivka 15 km", "Kramatorsk lies 20 km from the front, Sloviansk 30 km", "Sumy is
    30 km from the border, with Krasnopillia just 10 km": a name and a bare measure after a
    statement with a reference, its verb and reference left unsaid, are a second place
    measured from the same reference (as "а Петрівка — за 20 км"). The name and where it
    starts returned; ""
    when the statement before places a force or a line, whose gapped second end is unclear
    ("Russian troops are 5 km from Pokrovsk, and Myrnohrad 10 km"); None otherwise."""
    if (
        not statements
        or not statements[-1].reference
        or link not in ("", "away")
        or rule not in ("measure", "implied_reference")
        or statements[-1].span[1] > at
    ):
        return None
    gap = _GAPPED_EN.fullmatch(sentence, statements[-1].span[1], at)
    if (
        not gap
        or gap.group("name").split()[0] in _FUNCTION_CAPS
        or _kind(gap.group("name")) != "place"
        or not _ELIDED_END.match(sentence, end)
    ):
        return None
    if direction and (gap.group("verb") or _is_line(statements[-1].reference)):
        # "… 7 km from the border, and Kyiv 100 km to the south", "Toretsk is 10 km from
        # Bakhmut, and Siversk lies 20 km north": north of which?
        return None
    before = statements[-1].subject
    if before and (_is_force(before) or _is_line(before) or _kind(before) == "non_place"):
        # "Russian troops are 5 km from Pokrovsk, and Myrnohrad 10 km", "The plant lies 50 km
        # from Zaporizhzhia, and Nikopol 10 km": 10 km from which end?
        return ""
    return gap.group("name"), gap.start("name")


def _elided_units_en(r: _Reading) -> None:
    """Rule ``elided_unit`` in English: "Izium is 40 km from Kupiansk, and 60 from Kharkiv",
    "… 12 miles north of X and 20 south of Y": the second figure shares the first measure's
    subject and unit."""
    pending = list(r.statements)
    while pending:
        st = pending.pop(0)
        if st.rule not in ("measure", "elided_unit") or not st.unit or not st.reference:
            continue
        if st.unit in ("h", "min"):
            continue
        m = _ELIDED_EN.match(r.sentence, st.span[1])
        if not m or not r.free(m.start("num")):
            continue
        reference, ref_end = _reference(r.sentence, m.end())
        if not reference or not _ELIDED_END.match(r.sentence, ref_end):
            # "…, and 60 from Balakliia were evacuated": people, not a distance — the elided
            # measure must end its clause
            continue
        value, value_max = _value_range(m.group("num"))
        r.add(
            _make(
                r.sentence,
                st.subject,
                reference,
                "distance_direction" if m.group("dir") else "distance_only",
                rule="elided_unit",
                qual=m.group("qual"),
                value=value,
                value_max=value_max,
                unit=st.unit,
                unit_text=st.unit_text,
                direction=m.group("dir"),
                span=(m.start("num"), ref_end),
                value_text=m.group("num"),
            )
        )
        pending.insert(0, r.statements[-1])  # "…, 25 from Kurakhove and 40 from Donetsk"


def _located_directions(r: _Reading) -> None:
    """Directions with no figure after a verb of location ("located in the direction of X", "lies west of X", "to the north-west of X")."""
    sentence, low, statements, add, free, compass = (
        r.sentence,
        r.low,
        r.statements,
        r.add,
        r.free,
        r.compass,
    )

    def located(pattern: re.Pattern, rule: str) -> None:
        for m in (
            _finditer_lowered(pattern, sentence, r.folded)
            if compass and _may_scan(pattern, low)
            else ()
        ):
            if not free(m.start()) or not _located_before(sentence, m.start()):
                continue
            reference, ref_end = _reference(sentence, m.end())
            if _kind(reference) != "place":
                continue  # "located in north of the region": a part of an area, not a side
            subject = _subject(sentence, m.start(), statements[-1] if statements else None)
            if subject is None:
                continue
            add(
                _make(
                    sentence,
                    subject,
                    reference,
                    "direction_only",
                    rule=rule,
                    direction=m.group("dir").lower(),
                    span=(m.start(), ref_end),
                )
            )

    located(_IN_DIRECTION_OF, "located_in_direction")  # before "west of" reads it alone

    for pattern, relation, rule in (
        ()
        if not compass
        else (
            (_ADJ_DIR, "proximity", "adjective_direction"),
            (_CONTAINMENT, "containment", "containment"),
            (_DIRECTION_ONLY, "direction_only", "direction_only"),
        )
    ):
        for m in _finditer_lowered(pattern, sentence, r.folded) if _may_scan(pattern, low) else ():
            if not free(m.start()):
                continue
            reference, ref_end = _reference(sentence, m.end())
            if not reference:
                continue
            direction = m.group("dir").lower()
            if relation == "proximity":
                direction = f"{direction} {m.group('what')}"
            subject = _subject(sentence, m.start(), statements[-1] if statements else None)
            opening = _left(sentence, m.start()) if m.start() < LOOK_BACK else "…"
            if relation == "direction_only" and _FRONTED.match(opening):
                # "Located north of Donetsk, Kostyantynivka remains …": the name after the comma
                fronted = _fronted_subject(sentence, ref_end)
                subject = None if fronted == "" else fronted or subject
            if subject and _MEASURE_SUBJECT.search(subject):
                # "lost control of about 200 square kilometres north of Sumy", "a 30-km-long
                # anti-tank ditch south of …": an area or a length is no place a direction
                # places (rule proximity_measure_subject)
                continue
            near = (
                _near_names_en(sentence, ref_end)
                if relation == "direction_only" and _kind(reference) == "place"
                else None
            )
            for name in near[0] if near else [subject]:
                add(
                    _make(
                        sentence,
                        name,
                        reference,
                        relation,
                        rule="direction_near" if near else rule,
                        direction=direction,
                        span=(m.start(), near[1] if near else ref_end),
                    )
                )

    located(_DIRECTION_FROM, "located_direction_from")


def _further_directions(r: _Reading) -> None:
    """ "further south, X and Y": a direction going on from the place the statement before placed."""
    sentence, low, add, free, compass = r.sentence, r.low, r.add, r.free, r.compass
    for m in _FURTHER_DIRECTION.finditer(sentence) if compass and "rther" in low else ():
        name = m.group("name")
        if not free(m.start("dir")) or name.split()[0] in _FUNCTION_CAPS:
            continue
        if _kind(name) != "place" or name.lower() in _LEX.countries:
            continue
        before = sentence[max(0, m.start() - 20) : m.start()]
        if _COORDINATED.search(before) or re.search(r",\s*$", before):
            continue  # "in Bakhmut and Avdiivka, further south": the list lies further south
        reference = _compared_place(sentence, m.start(), name)
        if reference is None:
            continue  # precision first: the place it is compared with must be the only one
        add(
            _make(
                sentence,
                name,
                reference,
                "direction_only",
                rule="further_direction",
                direction=m.group("dir").lower(),
                span=(m.start(), m.end()),
            )
        )


def _directions_uk_ru(r: _Reading) -> None:
    """Ukrainian and Russian directions with no figure ("на південь від Покровська", "западнее Донецка")."""
    sentence, statements, add, free, cyrillic = r.sentence, r.statements, r.add, r.free, r.cyrillic
    for m in _finditer_lowered(_DIRECTION_UK_RU, sentence, r.folded) if cyrillic else ():
        word = m.group("dir").lower()
        if not free(m.start()) or (word.startswith(("на ", "к ")) and not m.group("link")):
            continue
        if _CYR_MEASURE_END.search(sentence, max(0, m.start() - 40), m.start()):
            continue  # "просунулися на 10 км південніше Бахмута": by how much, never "км"
        reference, ref_end = _reference(sentence, m.end())
        capital = bool(reference) and reference.lower() in _LEX.capital_words
        if not reference or (_kind(reference) != "place" and not capital):
            # precision first: a direction from no named place is not read ("к северо-западу
            # от столицы" is: the capital of the subject's country, rule capital_of_country)
            continue
        references = [(reference, ref_end)]
        if more := _name_partner(sentence, ref_end):
            references.append(more)  # "к югу от Благодатного и Нескучного": from both
        near = _near_names(sentence, references[-1][1])
        if near:  # "на південь від Торецька біля Неліпівки": what lies there is named after
            subjects, end = near
            rule = "direction_near_uk_ru"
        else:
            prev = statements[-1] if statements else None
            subject = (
                prev.subject  # "на північ від Орлівки та на північний захід від Авдіївки"
                if prev is not None
                and prev.relation == "direction_only"
                and prev.span[1] <= m.start()
                and _CONTINUATION.match(sentence, prev.span[1], m.start())
                else _subject_before_direction(sentence, m.start())
            )
            end, rule = references[-1][1], "direction_uk_ru"
            subjects = [subject]
            if (
                subject is None
                and len(references) == 1
                and _opens_clause(sentence, m.start())
                and (inverted := _INVERTED_UK_RU.match(sentence, end))
                and not inverted.group().lstrip().startswith(("—", "–", "-"))
                and (subject := _inverted_name(inverted.group("np")))
            ):
                # "К западу от Дерняков находится деревня Коржава", "Північніше Лимана
                # розташоване село Торське": the compass phrase opens the clause, the place
                # it locates follows the verb (rule fronted_direction_uk_ru)
                np = inverted.group("np").rstrip()
                end, rule = inverted.start("np") + len(np), "fronted_direction_uk_ru"
                subjects = [subject]
                if subject == " ".join(np.split()[1:]):  # "…розташовані села Кам'янка, Петрівка"
                    partners = _list_partners(sentence, np, end)
                    subjects += [name for name, _ in partners]
                    end = max([end, *(e for _, e in partners)])
                elif partner := _inverted_partner(np, subject):
                    subjects.append(partner)  # "…расположены сёла Каменка и Петровка"
            if subject is None:
                continue  # precision first: a direction with no clear subject is not read
        then = _THEN_MEASURE_UK_RU.match(sentence, end) if len(references) == 1 else None
        measure = _UK_RU.match(sentence, then.end()) if then else None
        if measure and (
            measure.group("link")
            or measure.group("dir")
            or measure.group("zone")
            or (
                (measure.group("prep") or "").lower() == "на"
                # "Каменка находится западнее Изюма на 20 км", "розташована на захід від
                # Ізюма на 20 км": after a verb of lying, by how much further is how far
                and not _LOCATED_CLAUSE.search(_left(sentence, m.start()))
            )
        ):
            measure = None  # "…, за 12 км від Y": a measure of its own; "на 2 км": by how much
        if measure and not re.match(r"\s*(?:[.;!?)]|,|$)", sentence[measure.end() :]):
            measure = None  # "…, за 12 км розташоване …": the measure belongs to what follows
        for subject in subjects:
            for ref, _ in references:
                if measure:
                    # "розташована на північ від Бахмута, за 12 км", "северо-восточнее
                    # Бахмута, примерно в 12 км": the measure after the comma says how far
                    # (rule direction_then_measure_uk_ru)
                    value, value_max = _value_range(measure.group("num") or "1")
                    add(
                        _make(
                            sentence,
                            subject,
                            ref,
                            "distance_direction",
                            rule="direction_then_measure_uk_ru",
                            qual=_uk_ru_qualifier(measure) if measure.group("num") else None,
                            meaning=_uk_ru_meaning(measure),
                            value=value,
                            value_max=value_max,
                            unit=_UNITS.get(measure.group("unit").lower(), "km"),
                            unit_text=measure.group("unit"),
                            direction=_DIR_UK_RU[word],
                            span=(m.start(), measure.end()),
                            value_text=measure.group("num"),
                        )
                    )
                    continue
                add(
                    _make(
                        sentence,
                        subject,
                        ref,
                        "direction_only",
                        rule=rule,
                        direction=_DIR_UK_RU[word],
                        span=(m.start(), end),
                    )
                )


def _possessive_directions(r: _Reading) -> None:
    """Possessive directions ("Kharkiv's north-east", rule possessive_direction)."""
    sentence, low, statements, add, free, compass = (
        r.sentence,
        r.low,
        r.statements,
        r.add,
        r.free,
        r.compass,
    )
    for m in (
        _POSSESSIVE_DIR.finditer(sentence) if compass and _may_scan(_POSSESSIVE_DIR, low) else ()
    ):
        if free(m.start()):
            # "Soledar lies some 10 km to Bakhmut's northeast": a measure right before it is
            # how far (rule possessive_direction, measured)
            measure = next(
                (
                    x
                    for x in _MEASURE.finditer(sentence, max(0, m.start() - 60), m.start())
                    if not sentence[x.end() : m.start()].strip() and free(x.start())
                ),
                None,
            )
            at = measure.start() if measure else m.start()
            subject = _subject(sentence, at, statements[-1] if statements else None)
            value, value_max = _value_range(measure.group("num")) if measure else (None, None)
            if value is None:
                measure = None
            add(
                _make(
                    sentence,
                    subject,
                    m.group("ref"),
                    "distance_direction" if measure else "direction_only",
                    rule="possessive_direction",
                    qual=measure.group("qual") if measure else None,
                    value=value,
                    value_max=value_max,
                    unit=_UNITS[measure.group("unit").lower()] if measure else None,
                    unit_text=measure.group("unit") if measure else None,
                    direction=m.group("dir").lower(),
                    span=(measure.start() if measure else m.start(), m.end()),
                    value_text=measure.group("num") if measure else None,
                )
            )


#: Rule reference_postmodifier_near: "the village of Ivanivske" right before a "near" phrase.
_SETTLEMENT_NAME_END = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.settlement_words)})\s+of\s+"
    r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}\s*,?\s*$"
)


#: Rule proximity_measure_subject: a subject that holds a figure and a unit of length.
_MEASURE_SUBJECT = re.compile(
    rf"\d\s*(?:-\s*)?(?:(?:square|sq\.?)\s+)?(?i:{_alt(k for k in _LEX.units if k.isascii())})(?![\w’'\-])"
    r"|(?<![\w’'\-])(?i:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)-long\b"
)


def _proximities(r: _Reading) -> None:
    """Proximity ("near", "on the outskirts of", "поблизу", "под"): a place near another, no figure."""
    sentence, low, statements, add, free = r.sentence, r.low, r.statements, r.add, r.free
    for m in (
        _finditer_lowered(_PROXIMITY_RE, sentence, r.folded)
        if _may_scan(_PROXIMITY_RE, low)
        else ()
    ):
        if not free(m.start()):
            continue
        reference, ref_end = _reference(sentence, m.end())
        if not reference or _kind(reference) not in ("place", "non_place"):
            continue
        subject = _subject(sentence, m.start(), statements[-1] if statements else None)
        if subject and _MEASURE_SUBJECT.search(subject):
            # "runs for 60 km along the frontier near Rafah", "advanced up to 2 km near
            # Robotyne", "covers about 120 square kilometres near Kupiansk": a figure and its
            # unit are no place near another (rule proximity_measure_subject)
            continue
        measured = next(
            (
                o
                for o in statements
                if o.reference == subject
                and o.span[1] <= m.start()
                and not sentence[o.span[1] : m.start()].strip(" ,")
            ),
            None,
        )
        headed = measured is not None and (
            _kind(measured.reference) in ("non_place", "description")
            or bool(_SETTLEMENT_NAME_END.search(sentence, max(0, m.start() - 80), m.start()))
        )
        if measured is not None and not headed:
            # "struck a car 15 km from Kherson near Bilozerka": the place a measure is taken
            # from is no subject of the "near" right after it; that phrase places what the
            # measure places (rule proximity_after_measure). A reference with a head noun of
            # its own keeps the phrase: "5 km from the nearest Russian positions near
            # Robotyne", "3 km from the village of Ivanivske near Bakhmut" (rule
            # reference_postmodifier_near)
            subject = measured.subject
        add(
            _make(
                sentence,
                subject,
                reference,
                "proximity",
                rule="proximity"
                if measured is None
                else "reference_postmodifier_near"
                if headed
                else "proximity_after_measure",
                direction=m.group("prox").lower(),
                span=(m.start(), ref_end),
            )
        )


def _betweens(r: _Reading) -> None:
    """ "between A and B": a place between two others (parsed, not measured)."""
    sentence, statements, add, free = r.sentence, r.statements, r.add, r.free
    for m in _BETWEEN.finditer(sentence) if "etween" in sentence else ():
        if not free(m.start()):
            continue
        first, end1 = _reference(sentence, m.end())
        rest = re.match(r"\s+and\s+", sentence[end1:])
        if not first or not rest:
            continue
        second, end2 = _reference(sentence, end1 + rest.end())
        if not second:
            continue
        subject = _subject(sentence, m.start(), statements[-1] if statements else None)
        add(
            _make(
                sentence,
                subject,
                first,
                "between",
                rule="between",
                direction="between",
                span=(m.start(), end2),
                reference_2=_drop_descriptor(second),
            )
        )


#: The readers of :func:`parse`, in order: each skips what the ones before it took.
#: Rule distance_to: "it is" (or "it's", "that is") and nothing but qualifiers or adverbs
#: right before a measure: the expletive of a distance to what follows "to".
_IT_IS_BEFORE = re.compile(
    r"(?<![\w’'\-])(?i:it|that)\s*(?:(?i:is|was|will\s+be|would\s+be)\s+|[’']s\s+)"
    r"(?:(?i:only|just|still|now|then|another|a\s+further|a\s+mere|barely)\s+)*$"
)


#: What opens the clause before "it is": "From Huliaipole, it is …", "From there it is …".
_FROM_BEFORE_IT = re.compile(
    r"(?:^|[,;:]\s*|(?<![\w’'\-])(?i:and|but|so)\s+)(?i:from)\s+(?P<np>[^,;:.!?()]{1,60}?)\s*,?\s*"
    r"(?=(?i:it|that)\s*(?:\s|[’']s))"
)


#: "… to Kramatorsk": "to" after a measure and before what it is measured to (no compass word:
#: "to the south" is a direction, read by the measure itself).
_TO_TARGET = re.compile(
    rf"\s+to\s+(?!(?:the\s+)?(?:{_alt(_DIRS_EN)})(?![\w’'\-]))(?=(?:the\s+)?[A-Z]|the\s)"
)


#: What may follow a "to" target: the end of its clause, or how the way is gone ("by road").
_TO_TARGET_END = re.compile(r"\s*(?:[,.;:!?)]|—|–|\band\b|\bbut\b|\bby\b|\bvia\b|$)")


_FROM_AFTER_TARGET = re.compile(r"\s+from\s+(?=\S)")


def _distances_to(r: _Reading) -> None:
    """Rule ``distance_to``: "It is 35 km to Kramatorsk and 50 km to Sloviansk", "From
    Huliaipole it is 30 km to Orikhiv", "It's 9 km to the nearest railway station": after an
    expletive "it is", a measure and "to" name what the distance is taken to; the place after
    "from" opening the clause is what is measured (else the subject is "it", unresolved).
    Never after a verb of its own ("advanced 3 km to the outskirts", "flew 1,000 km to hit"):
    only "it is" and measures joined to one read so."""
    sentence = r.sentence
    if " to " not in sentence or not _UNIT_HINT.search(r.low):
        return
    chain: Statement | None = None
    for m in _finditer_lowered(_MEASURE, sentence, r.folded):
        if not r.free(m.start()):
            chain = None
            continue
        to = _TO_TARGET.match(sentence, m.end())
        if to is None:
            chain = None
            continue
        left = _left(sentence, m.start())
        joined = chain is not None and _AND_NEXT.fullmatch(sentence, chain.span[1], m.start())
        if not joined and not _IT_IS_BEFORE.search(left):
            chain = None
            continue
        reference, ref_end = _reference(sentence, to.end())
        origin = _FROM_AFTER_TARGET.match(sentence, ref_end) if reference else None
        if origin:
            # "It is 40 km to the border from Kharkiv", "… from here": the other end after it
            start, ref_end = _reference(sentence, origin.end())
        if not reference or not _TO_TARGET_END.match(sentence, ref_end):
            chain = None
            continue
        if origin:
            bare = re.sub(r"^(?i:the)\s+", "", start or "").lower()
            subject = None if not start or bare in _EN.expletives or bare in _EN.compass else start
        elif joined:
            subject = chain.subject
        else:
            opened = _FROM_BEFORE_IT.search(left)
            subject = opened.group("np") if opened else "it"
            if subject.lower() in _EN.expletives:
                subject = None  # "From there it is 15 miles to Kherson": said before
        unit = _UNITS[m.group("unit").lower()]
        value, value_max = _value_range(m.group("num"))
        if value is None:
            chain = None
            continue
        r.add(
            _make(
                sentence,
                subject,
                reference,
                "distance_only",
                rule="distance_to",
                qual=m.group("qual"),
                value=value,
                value_max=value_max,
                unit=unit,
                unit_text=m.group("unit"),
                alt=_value_range(m.group("alt"))[0] if m.group("alt") else None,
                alt_unit=_UNITS.get(m.group("altunit").lower()) if m.group("altunit") else None,
                span=(m.start(), ref_end),
                value_text=m.group("num"),
            )
        )
        chain = r.statements[-1]


#: Rule respectively_pairs: the figures listed before a measure's own ("25 km and ", "5, 12 and
#: "), each with its unit or none.
_FIGURES_BEFORE = re.compile(
    rf"(?<![\w.,])(?P<figures>(?:(?:{_NUM})(?:\s*{_UNIT.replace('(?P<unit>', '(?:')})?\s*,\s*)*"
    rf"(?:{_NUM})(?:\s*{_UNIT.replace('(?P<unit>', '(?:')})?\s*,?\s+and\s+)$",
    re.IGNORECASE,
)
_FIGURE = re.compile(_NUM)
_QUAL_BEFORE = re.compile(rf"(?<![\w’'\-]){_QUAL}\s+$", re.IGNORECASE)


#: Names coordinated, then what stands between them and their figures: no figure, no name, no
#: clause break ("Kostiantynivka and Druzhkivka lie ", "The towns of Sumy and Okhtyrka, ").
_PAIRED_NAMES = re.compile(
    rf"(?<![\w’'\-])(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
    r"(?P<gap>[^A-ZА-ЯІЇЄҐ\d.;:!?()\[\]—–]{1,40})$"
)
_PAIRED_NAME = re.compile(_NAME)
_RESPECTIVELY_RIGHT_AFTER = re.compile(rf"\s*,?\s*(?i:{_alt(_EN.respectively)})(?![\w’'\-])")


def _respectively_en(r: _Reading) -> None:
    """Rule ``respectively_pairs``: "Kostiantynivka and Druzhkivka lie 25 km and 35 km from
    Bakhmut, respectively", "Vovchansk and Kupiansk are 5 and 40 kilometres from the border
    respectively": as many names coordinated as figures listed, one reference, "respectively"
    right after it — each name is measured by the figure of its place in the list. Anything
    else (counts differ, a name no place, words between the reference and "respectively")
    stays unread, as rule respectively leaves it."""
    if not r.respectively or r.cyrillic:
        return
    sentence = r.sentence
    for m in _finditer_lowered(_MEASURE, sentence, r.folded):
        if not r.free(m.start()):
            continue
        tail = _AFTER_MEASURE.match(sentence[m.end() :])
        if (
            tail is None
            or (tail.group("link") or "").lower() not in _EN.links
            or tail.group("drive")
        ):
            continue
        reference, ref_end = _reference(sentence, m.end() + tail.end())
        if not reference or not _RESPECTIVELY_RIGHT_AFTER.match(sentence, ref_end):
            continue
        left = _left(sentence, m.start())
        figures = _FIGURES_BEFORE.search(left)
        if figures is None:
            continue
        # "about 40 km and 120 km": a qualifier before the list qualifies each figure
        leading = _QUAL_BEFORE.search(left, 0, figures.start())
        names = _PAIRED_NAMES.search(left, 0, leading.start() if leading else figures.start())
        if names is None:
            continue
        places = _PAIRED_NAME.findall(names.group("names"))
        values = [*_FIGURE.findall(figures.group("figures")), m.group("num")]
        if len(places) != len(values) or any(_kind(p) != "place" for p in places):
            continue
        unit = _UNITS[m.group("unit").lower()]
        direction = tail.group("dir")
        start = m.start() - len(left) + names.start()
        quals = [leading.group("qual") if leading else None] * (len(values) - 1)
        quals.append(m.group("qual") or quals[0] if quals else m.group("qual"))
        read = [_value_range(figure) for figure in values]
        # the pairs up to the first figure that is no number
        known = next((k for k, (value, _) in enumerate(read) if value is None), len(read))
        pairs = list(zip(places, values, quals, read, strict=True))[:known]
        _add_respective(
            r, reference, pairs, unit=unit, unit_text=m.group("unit"), direction=direction,
            span=(start, ref_end),
        )  # fmt: skip


def _add_respective(r: _Reading, reference: str, pairs, *, unit, unit_text, direction, span):
    """Rule ``respectively_pairs``: one statement per ``(place, figure as written, qualifier,
    (value, value_max))`` of ``pairs``, each measured from ``reference``."""
    for place, figure, qual, (value, value_max) in pairs:
        r.add(
            _make(
                r.sentence,
                place,
                reference,
                "distance_direction" if direction else "distance_only",
                rule="respectively_pairs",
                qual=qual,
                value=value,
                value_max=value_max,
                unit=unit,
                unit_text=unit_text,
                direction=direction,
                span=span,
                value_text=figure,
            )
        )


#: Rule respectively_pairs, in Ukrainian and Russian: the figures listed before a measure's
#: own ("за 25 і ", "в 5, 12 и "), each with its unit or none, after an optional preposition.
_CYR_FIGURE = (
    rf"(?:{_CYR_COMPOUND}|{_NUM}|(?<![\w’'])(?:{_alt(_CYR_NUMBERS)})(?![\w’']))"
    rf"(?:\s*(?:{_alt(_CYR_UNITS)})(?![\w’'])\.?)?"
)
_FIGURES_BEFORE_CYR = re.compile(
    rf"(?<![\w’'.,])(?P<figures>(?:{_CYR_FIGURE}\s*,\s*)*{_CYR_FIGURE}\s*,?\s+(?:і|й|та|и)\s+)$",
    re.IGNORECASE,
)
_FIGURE_CYR = re.compile(
    rf"{_CYR_COMPOUND}|{_NUM}|(?<![\w’'])(?:{_alt(_CYR_NUMBERS)})(?![\w’'])", re.IGNORECASE
)
_CYR_NAME = r"[А-ЯІЇЄҐ][\w’'\-]+(?:\s+[А-ЯІЇЄҐ][\w’'\-]+)*"
#: Names coordinated, then only lower-case words, dashes and commas up to the figures
#: ("Торецьк і Часів Яр розташовані відповідно за ", "Купянск и Изюм — в ").
_PAIRED_NAMES_CYR = re.compile(
    rf"(?<![\w’'\-])(?P<names>{_CYR_NAME}(?:\s*,\s*{_CYR_NAME})*\s*,?\s+(?:і|й|та|и)\s+{_CYR_NAME})"
    r"(?P<gap>(?:\s*[,—–]\s*|\s+[а-яіїєґё’'\-]+){0,8}\s*)$"
)
_PAIRED_NAME_CYR = re.compile(_CYR_NAME)
_RESPECTIVELY_AFTER_CYR = re.compile(
    rf"\s*,?\s*(?i:{_alt(w for w in _LEX.respectively if _CYRILLIC.search(w))})(?![\w’'\-])"
)
_RESPECTIVELY_IN_GAP_CYR = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(w for w in _LEX.respectively if _CYRILLIC.search(w))})(?![\w’'\-])"
)
#: what the gap before the figures may end with: the measure's preposition, maybe a qualifier
_GAP_PREP_CYR = re.compile(
    rf"(?:(?<![\w’'\-])(?:за|в|у|во|на\s+відстані|на\s+расстоянии)\s+)(?:{_QUAL}\s+)?$",
    re.IGNORECASE,
)


def _respectively_uk_ru(r: _Reading) -> None:
    """Rule ``respectively_pairs`` in Ukrainian and Russian: "Торецьк і Часів Яр — за 25 і 10
    км від Бахмута відповідно", "Купянск и Изюм находятся соответственно в 120 и 125 км от
    Харькова": as many names coordinated as figures listed after one preposition, one
    reference, the word of "respectively" right after the reference or between the names and
    the figures — each name is measured by the figure of its place in the list. Anything else
    (counts differ, a name no place, a capitalised word in between) stays unread, as rule
    respectively leaves it."""
    if not r.respectively or not r.cyrillic or not r.cyrillic_units:
        return
    sentence = r.sentence
    for m in _uk_ru_measures(sentence, r.folded):
        link = (m.group("link") or "").lower()
        if link not in ("від", "од", "от") or not m.group("num") or not r.free(m.start()):
            continue
        reference, ref_end = _reference(sentence, m.end())
        if not reference or not (_kind(reference) == "place" or _is_line(reference)):
            continue
        left = _left(sentence, m.start())
        figures = _FIGURES_BEFORE_CYR.search(left)
        if figures is None:
            continue
        prep = _GAP_PREP_CYR.search(left, 0, figures.start())
        names = _PAIRED_NAMES_CYR.search(left, 0, prep.start() if prep else figures.start())
        if prep is None or names is None or m.group("prep"):
            continue
        after = _RESPECTIVELY_AFTER_CYR.match(sentence, ref_end)
        if not after and not _RESPECTIVELY_IN_GAP_CYR.search(names.group("gap")):
            continue
        places = _PAIRED_NAME_CYR.findall(names.group("names"))
        values = [*_FIGURE_CYR.findall(figures.group("figures")), m.group("num")]
        if len(places) != len(values) or any(_kind(p) != "place" for p in places):
            continue
        unit = _UNITS[m.group("unit").lower().rstrip(".")]
        direction = _DIR_UK_RU.get((m.group("dir") or "").lower())
        if m.group("dir") and direction is None:
            continue
        start = m.start() - len(left) + names.start()
        qual = prep.group("qual") or m.group("qual")
        read = [_value_range(v) for v in values]
        if any(value is None for value, _ in read):
            continue
        pairs = [(p, f, qual, v) for p, f, v in zip(places, values, read, strict=True)]
        _add_respective(
            r, reference, pairs, unit=unit, unit_text=m.group("unit"), direction=direction,
            span=(start, after.end() if after else ref_end),
        )  # fmt: skip


_READERS = (
    _measures_en,
    _respectively_en,
    _distances_to,
    _elided_units_en,
    _respectively_uk_ru,
    _measures_uk_ru,
    _located_directions,
    _further_directions,
    _directions_uk_ru,
    _possessive_directions,
    _proximities,
    _betweens,
)


#: "Zaporizhzhia, Europe's largest nuclear power plant, …": a name, its appositive's head word
_APPOSITIVE_HEAD = re.compile(r",\s+([^,;()]{1,80}?)\s*,")


#: … or the appositive that runs up to the measure ("…, a power station 3 km south of …")
_APPOSITIVE_OPEN = re.compile(r",\s+([^,;()]{1,80}?)\s*$")


_POSTMODIFIER_START = re.compile(
    r"\s+(?:of|in|on|near|at|outside|to|with|for|that|which|where|whose|from)\s+", re.IGNORECASE
)


def _facility_apposed(st: Statement) -> Statement:
    """Rule ``facility_appositive``: a place subject whose appositive's head is a facility
    ("Zaporizhzhia, Europe's largest nuclear power plant, near Enerhodar"; lexicon
    ``facility_heads``) names the facility, not the town: it is no place to measure."""
    if st.subject_kind != "place" or not st.subject or not _LEX.facility_heads:
        return st
    at = st.sentence.find(st.subject)
    after = at + len(st.subject)
    m = _APPOSITIVE_HEAD.match(st.sentence, after) if at >= 0 else None
    if at >= 0 and after < st.span[0] and (m is None or m.end(1) > st.span[0]):
        # the measure inside the appositive ends its head ("Vuhlehirsk, a power station 3 km
        # south of Svitlodarsk"): the head is read before the figure
        m = _APPOSITIVE_OPEN.match(st.sentence, after, st.span[0])
    if m is None:
        return st
    # the head ends the noun phrase, before its post-modifiers ("home to a coke plant": home);
    # a head may be two words ("nuclear site": "the site of the battle" is no facility)
    head = [w.lower() for w in re.split(_POSTMODIFIER_START, m.group(1), maxsplit=1)[0].split()]
    if not head or not (
        head[-1] in _LEX.facility_heads or " ".join(head[-2:]) in _LEX.facility_heads
    ):
        return st
    return replace(st, subject=f"{st.subject}, {m.group(1)}", subject_kind="non_place")


def _located_before(sentence: str, start: int) -> bool:
    """Whether a locative verb ("located", "lies") governs the clause before ``start``, with no
    verb of movement after it ("moved west from X" is where a thing went, not where it lies)."""
    m = _LOCATED_BEFORE.search(sentence, max(0, start - 200), start)
    return bool(m) and not any(
        w.lower() in _EN.motion_verbs for w in re.findall(r"[\w’']+", m.group("between"))
    )


def _as_line(st: Statement) -> Statement:
    """A distance to the front line, a border or forces, told apart from one between places.

    "Kostiantynivka, 8 km from the front line" and "Vovchansk, less than 10 km from the
    Russian border" measure from the subject; "Russian forces are about 6 km from Pokrovsk"
    measures from the reference. Directions are not part of such statements.
    """
    if (st.value is None and st.qualifier_meaning != "vague") or st.unit in (None, "h", "min"):
        return st
    if st.relation not in ("distance_only", "distance_direction"):
        return st
    ref, subj = _words(st.reference), _words(st.subject)
    # "the nearest launch sites in Ukraine" (rule reference_postmodifier): a thing inside the
    # country, not its border
    country = (
        bool(ref) and ref[-1] in _LEX.countries and _LEX.postmodifier_prepositions.isdisjoint(ref)
    )
    if (
        st.reference_kind in ("non_place", "description")
        and not _FORCE_HEADS.isdisjoint(ref)  # a cheap test before the phrase search
        and _mentions(ref, _LEX.force_words)
        and not _mentions(subj, _LEX.force_words)
    ):
        # "відстань до російських окупантів … близько кілометра", "за 5 км від російських
        # військ": forces measured to stand for the front (rule forces_reference)
        side = next((_LEX.force_sides[w] for w in ref if w in _LEX.force_sides), None)
        return replace(st, relation="line_distance", line="front", line_side=side)
    if st.reference_kind == "non_place" or country:
        side = next((_LEX.countries[w] for w in ref if w in _LEX.countries), None)
        if _internal_border(st.reference or ""):
            # "від кордонів Дніпропетровської області": a region's edge, not a state's (forces
            # there are still a front: "Російські війська … від кордонів … області")
            return _forces_line(st, subj)
        if _mentions(ref, _LEX.border_words) or country:
            return replace(st, relation="line_distance", line="border", line_side=side)
        if _mentions(ref, _LEX.front_words):
            return replace(st, relation="line_distance", line="front")
        return _forces_line(st, subj)  # "Боевые действия … в 58 км от АЭС"
    if st.reference_kind in ("place", "description"):
        return _forces_line(st, subj)
    return st


_FORCE_HEADS = {v.split()[0] for v in _LEX.force_words | _LEX.front_words}


def _forces_line(st: Statement, subj: list[str]) -> Statement:
    """Forces, fighting or a line as the subject ("Russian forces are about 6 km from
    Pokrovsk", "найближчі позиції росіян за 7-10 км від міста", "фронт будет отодвинут на 40 км
    от …"): the distance is from the front; otherwise the statement as it is."""
    if not subj or _FORCE_HEADS.isdisjoint(subj):  # a cheap test before the phrase search
        return st
    if _mentions(subj, _LEX.force_words) or (
        st.subject_kind in ("non_place", "description") and _mentions(subj, _LEX.front_words)
    ):
        side = next((_LEX.force_sides[w] for w in subj if w in _LEX.force_sides), None)
        return replace(st, relation="line_distance", line="front", line_side=side)
    return st


def _internal_border(reference: str) -> bool:
    """A border word owned by a named region ("кордонів Дніпропетровської області", "границ
    Курской области") rather than a country or a partner ("кордону з росією"), or said to be a
    region's next to it ("the Kharkiv region border", "the regional border with Zaporizhzhia",
    "адміністративного кордону з Дніпропетровською областю"; rule internal_border): measured to
    the state's border it would be a false verdict, so it stays unmeasured."""
    words = re.findall(r"[\w’'\-]+", reference)
    at = next((i for i, w in enumerate(words) if w.lower() in _LEX.border_words), None)
    if at is None:
        return False
    # a region's word before the border word ("region border", "адміністративного кордону");
    # after it, "the border with Sumy region" from Sudzha is the state's, read as before
    before = [w.lower() for w in words[max(0, at - 2) : at]]
    if any(w.startswith(s) for w in before for s in _LEX.internal_border_stems):
        return True
    if at + 1 >= len(words):
        return False
    after = words[at + 1 :]
    if after[0].lower() in _LEX.border_partner_words:
        return False
    return any(_is_cap(w) and w.lower() not in _LEX.countries for w in after)


_COORD = rf"(?:{_alt(_LEX.coordinators)})\s+"


#: "lies", "located", "stationed", "dug": a verb saying where its subject is (no auxiliary, no
#: particle); a direction after it is its subject's, and so is a measure after that (rule
#: apposed_to_side_reference does not apply).
_PLACING_VERB_WORDS = (
    frozenset(w for phrase in _EN.locative_verbs | _EN.participles for w in phrase.split())
    - _EN.auxiliaries
    - _EN.participle_prepositions
    - {"down"}
)


#: Rule gapped_reference_en: ", and (in) Verbove, (another settlement) " between a measure
#: placing a name and a second measure with no reference.
_GAPPED_APPOSED_EN = re.compile(
    rf"\s*,\s*(?:{_alt(_LEX.coordinators)})\s+(?:(?:{_alt(_EN.placing_prepositions)})\s+)?"
    rf"(?:the\s+(?:{_alt(_EN.settlement_words)})\s+of\s+)?(?P<name>{_NAME})\s*,\s*"
    r"(?:(?:a|an|another|the)\s+(?:[a-z][\w\-]*\s+){1,3})?"
)


#: Rule length_attribute: a measure right before a noun of a line (lexicon ``length_nouns``),
#: "long" between them or not: "the 32-mile border", "a 1,000-km-long front line".
_LENGTH_ATTRIBUTE = re.compile(
    rf"(?:\s*-\s*|\s+)(?:long(?:\s*-\s*|\s+))?(?i:{_alt(_EN.length_nouns)})(?![\w’'\-])"
)
#: Rule rate: "200 km an hour", "2 km a day" — a figure per unit of time (lexicon ``rate_words``).
_RATE_AFTER = re.compile(rf"\s+(?i:{_alt(_EN.rate_words)})(?![\w’'\-])")
#: Rule extent_verb: "stretched for 40 miles", "stretches 1,200 km" (lexicon ``extent_verbs``).
_EXTENT_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.extent_verbs)})(?:\s+(?i:for|over|across))?\s*$"
)
#: Rule weapon_reach: "can hit targets ", "capable of striking targets at a range of " — a clause
#: of capability (lexicon ``reach_modals``) ending on "targets" right before the measure.
_REACH_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.reach_modals)})(?![\w’'\-])[^,;.:!?()]*?(?<![\w’'\-])"
    r"(?i:targets?)\s+(?i:at\s+(?:a\s+)?(?:range|distance)\s+of\s+)?$"
)


#: Rule journey_span: "… to X from Y" after a measure.
_JOURNEY_FROM = re.compile(r"\s+from\s+(?=\S)")


def _stretch_mode(subject: str | None) -> str | None:
    """``"road"`` when a stretch's subject names a route ("The road is …", "The drive is …"):
    its figure bounds the straight line from above (rule route_bound)."""
    low = re.sub(r"^(?:the|a|an)\s+", "", (subject or "").lower())
    if low in _LEX.route_modes:
        return _LEX.route_modes[low]
    return "road" if low in _EN.route_nouns else None


def _stretch_subject(subject: str | None) -> bool:
    """Whether a measure's subject is the stretch itself, not a place: an expletive ("It is
    120 km from …") or a distance noun ("The drive is 35 km …", rule journey_span)."""
    low = re.sub(r"^(?:the|a|an)\s+", "", (subject or "").lower())
    return low in ("it", "that") or low in _EN.distance_nouns


#: Rule possessor_neighbour: "Pokrovsk's neighbour Myrnohrad, ", "Kharkiv's northern suburb of
#: Tsyrkuny, about ": a possessor, a relation noun (lexicon ``neighbour_heads``), the name a
#: measure after its comma places.
#: Rule closest_away: a name, a verb of being, "closest"/"nearest" "to" and what it is near,
#: closed by the comma before an "away" measure ("Proudianka is closest to the Russian border,
#: about fifteen kilometers away").
_CLOSEST_TO_END = re.compile(
    rf"(?P<name>{_NAME})\s+(?:is|was|lies|sits|remains)\s+(?:the\s+)?(?:closest|nearest)\s+to\s+"
    r"(?P<ref>(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+){0,3})\s*,\s*(?:[a-z]+\s+){0,2}$"
)


_POSSESSOR_NEIGHBOUR = re.compile(
    rf"(?P<ref>{_NAME})['’]s\s+(?:[a-z][\w\-]*\s+){{0,2}}(?:{_alt(_EN.neighbour_heads)})"
    rf"(?:\s+of)?\s+(?:the\s+(?:{_alt(_EN.settlement_words)})\s+of\s+)?(?P<name>{_NAME})"
    r"\s*,\s*(?:[a-z]+\s+){0,3}$"
)


#: Rule approached_object: an approach verb and its named object right before a measure with
#: no "from" ("approached Pokrovsk to within", "nearing Kupiansk, now less than").
_APPROACHED_END = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.approach_verbs)})\s+(?:the\s+(?:{_alt(_EN.settlement_words)})\s+of\s+)?"
    rf"(?P<name>{_NAME})(?:\s*,\s*(?:(?:now|already|still|just|only)\s+)?|\s+(?:to|at))?"
    rf"(?:\s+(?:a\s+)?(?:{_alt(_EN.distance_nouns)})\s+of)?\s*$"
)


_CONTINUATION = re.compile(
    rf"\s*(?:,\s*(?:{_COORD})?|{_COORD})(?:(?:{_alt(_TAIL_WORDS)})\s+)*$", re.IGNORECASE
)


#: Rule near_event_place: Ukrainian and Russian "near" prepositions ("під", "біля", "под",
#: "возле"; not "у", which is also "in") and the words of fighting or forces a clause may open
#: with before one ("Бої під Кремінною за 3 км від …", "Росіяни атакували біля …").
_NEAR_EVENT_PREPOSITIONS = (
    frozenset(p for p in _LEX.near_prepositions if _CYRILLIC.search(p) and p != "у") | _COMPARATIVES
)  # "Бои идут западнее Клещеевки, в 7 км …" (rule near_comparative)


_NEAR_EVENT_CYR = re.compile(
    rf"(?:^|[.;:!?,()«»\"—–])(?P<before>[^.;:!?,()«»\"—–]*?)(?<![\w’'\-])"
    rf"(?i:{_alt(_NEAR_EVENT_PREPOSITIONS)})\s+(?P<name>[^,;:.()]+?)\s*,?\s*$"
)


_NEAR_EVENT_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


_NEAR_EVENT_WORDS = frozenset(_LEX.force_words | _LEX.event_nouns | _LEX.object_nouns)


_NEAR_EVENT_SETTLED = frozenset(_LEX.type_words | _LEX.settlement_words)


def _force_or_event_word(word: str) -> bool:
    """Whether ``word`` (lower case) names forces or fighting, in any of its forms."""
    return word in _NEAR_EVENT_WORDS or not _NEAR_EVENT_WORDS.isdisjoint(lemmas(word))


#: Rule near_apposed: a name opening its sentence (or clause after strong punctuation), a
#: "near" phrase on another place closed by a comma, then the measure ("Vuhledar, near Donetsk,
#: 32 km from …", "Кринки, біля Херсона, за 25 км від …", "Кринки под Херсоном, в 25 км от
#: …"): both phrases describe the opening name, which the measure places.
_NEAR_APPOSED_WORDS = (
    (_LEX.near_prepositions - {"у", "в районі", "у районі", "в районе", "in the area of"})
    | frozenset(_EN.proximity)
    | frozenset(
        ("not far from", "close to", "just outside", "outside", "beyond", "opposite", "across from")
    )
)
_NEAR_APPOSED_HINT = re.compile(rf"(?i:\b(?:{_alt(_NEAR_APPOSED_WORDS)})\s)")
_NEAR_APPOSED = re.compile(
    rf"(?:(?:^|[.;:!?()«»\"—–]\s*)(?P<x>{_NAME_RUN})\s*,?|(?<=\s)(?P<x2>{_NAME_RUN})\s*,)\s*"
    # "Оріхів, що під Запоріжжям, …", "Orikhiv, which is near …": a relative clause of lying
    rf"(?:(?i:що|что|which|that|який|яка|яке|который|которая|которое)\s+"
    rf"(?:(?i:is|lies|{_alt(_LEX.tail_words)})\s+)?)?"
    rf"(?i:{_alt(_NEAR_APPOSED_WORDS)})\s+(?P<y>[^,;:.()«»\"]{{1,60}}?)\s*,\s*$"
)
#: Rule near_fronted: a sentence opening on a "near" phrase, a comma, then the measure ("Near
#: Zaporizhzhia, 37 km from Huliaipole, lies Orikhiv", "Біля Запоріжжя, за 37 км від …,
#: лежить Оріхів"): the measure places what the sentence names after it, not the near place.
_NEAR_FRONTED = re.compile(
    rf"^\W*(?i:{_alt(_NEAR_APPOSED_WORDS)})\s+(?P<y>[^,;:.()«»\"]{{1,60}}?)\s*,\s*$"
)
#: Rule governed_subject: a Cyrillic subject right after a preposition that governs it ("через
#: Дніпро від Енергодара", "за Дніпром від …"): a river or line crossed, not what is measured.
_GOVERNED_BEFORE = re.compile(
    r"(?i:(?<![\w’'])(?:через|за|над|понад|по\s+той\s+бік|по\s+ту\s+сторону)\s+)$"
)


#: Rule size_not_distance: a measure's figure followed by a word of size ("60 km long", "3 km
#: wide", "10 km deep", "5 km in length").
_SIZE_AFTER = re.compile(
    rf"\s*(?:(?i:{_alt(_LEX.length_words - {'length', 'stretch'})})|wide|deep|across|in\s+(?:length|width))\b"
)


_LENGTH_BEFORE = re.compile(rf"(?i:\b(?:{_alt(_LEX.length_words)})\b)[^.;!?]*$")
_LINE_AFTER = re.compile(
    rf"\s*(?:of\s+(?:the\s+)?)?(?i:(?:{_alt(_LEX.front_words | _LEX.length_words)})\b)"
)


#: Rule relative_reference: a comma, a relative pronoun in the nominative and at most a verb
#: of lying between one measure and the next ("…від Бахмута, який за 12 км від Соледара").
_RELATIVE_GAP = re.compile(
    r"\s*,\s*(?i:(?P<rel>"
    + _alt(w for w in _LEX.relative_pronouns if w not in ("де", "где"))
    + r"|котрий|котра|котре|котрі)\b)"
    + rf"(?:\s+(?i:(?:{_alt(_LEX.tail_words)})\b))*\s*$"
)


def _genders(name: str, case: str, lang: str) -> frozenset:
    """The (gender, number) readings of a name's last word in ``case``."""
    word = re.findall(r"[\w’'ʼ-]+", name.lower())
    return (
        frozenset((g, n) for c, g, n in word_agreement(word[-1], lang) if c == case)
        if word
        else frozenset()
    )


def _direction_feature_apposed(sentence: str, statements: list[Statement]) -> list[Statement]:
    """Rule ``direction_feature_apposed``: a measure set off by a comma right after "DIR of" a
    river or a line ("to withdraw north of the Litani river, about 30 km from the Israeli
    border", "pull its forces back north of the Litani River, around 30 km from the border")
    describes that river or line, the noun phrase before its comma, when what the direction
    places is no place (a verb, forces): the river is the measure's subject. A named place
    before the comma is rule ``near_event_place``'s."""
    out = list(statements)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (
            a.relation == "direction_only"
            and b.unit
            and b.rule == "measure"
            and a.reference
            and a.reference_kind not in ("place", "pronoun", None)
            and a.reference.split()[-1].lower() in _LINE_FEATURES
            and a.subject_kind != "place"
            # "The village lies north of the river, about 10 km from …": a settlement the
            # direction places may be what the measure places too
            and (a.subject or "").split()[-1:] != []
            and a.subject.split()[-1].lower() not in _LEX.settlement_words
            and b.subject == a.subject
            and a.span[1] <= b.span[0]
            and sentence.endswith(a.reference, 0, a.span[1])
            and _COMMA_GAP.fullmatch(sentence, a.span[1], b.span[0])
        ):
            out[k] = replace(
                b,
                subject=a.reference,
                subject_kind=a.reference_kind,
                rule="direction_feature_apposed",
            )
    return out


_COMMA_GAP = re.compile(r"\s*,\s*")


#: Rule direction_feature_apposed: the rivers and lines a measure in apposition may describe.
_LINE_FEATURES = frozenset(
    {"river", "canal", "reservoir", "border", "frontier", "line", "frontline", "front", "lines"}
)


def _relative_reference(sentence: str, statements: list[Statement]) -> list[Statement]:
    """Rule ``relative_reference``: a measure whose clause a relative pronoun opens right
    after the reference of the measure before ("Часів Яр за 12 км від Бахмута, який за 12
    км від Соледара", "…от Бахмута, который в 12 км от Соледара") places that reference when
    the pronoun agrees with it and not with the sentence's subject ("Балаклія за 72 км від
    Харкова, яка за 42 км від Ізюма" places Balakliia: rule ``relative_subject``); when it may
    be either ("що", "что", or a gender both share), the measure is marked
    ``relative_ambiguous`` and never judged."""
    out = list(statements)
    lang = _cyrillic_language(sentence)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not (
            b.unit
            and a.reference
            and a.reference_kind == "place"
            and b.subject == a.subject
            and b.rule in ("measure", "measure_uk_ru")
            and a.span[1] <= b.span[0]
        ):
            continue
        m = _RELATIVE_GAP.match(sentence[a.span[1] : b.span[0]])
        if m is None:
            continue
        if m.group("rel").lower() in ("що", "что"):  # no gender: either may be meant
            out[k] = replace(b, rule="relative_ambiguous")
            continue
        rel = _genders(m.group("rel"), "nomn", lang)
        to_ref = bool(rel & _genders(a.reference, "gent", lang))
        to_subj = bool(a.subject and rel & _genders(a.subject, "nomn", lang))
        if to_ref and not to_subj:
            out[k] = replace(
                b, subject=a.reference, subject_kind="place", rule="relative_reference"
            )
        elif to_ref or not to_subj:
            out[k] = replace(b, rule="relative_ambiguous")
    return out


def _line_length(sentence: str, st: Statement) -> Statement:
    """Rule ``line_length``: a span between two places whose clause names a length before it
    ("Довжина лінії фронту від Харкова до Херсона — понад 1000 км") or a front line right
    after its figure ("від X до Y — 150 км лінії фронту", "… is 1,000 km long") measures a
    line along the way, not the distance between the places: its mode says so, and the
    verdict is unverifiable."""
    if st.rule != "distance_span":
        return st
    before = sentence[max(0, st.span[0] - 120) : st.span[0]]
    if _LENGTH_BEFORE.search(before) or _LINE_AFTER.match(sentence, st.span[1]):
        return replace(st, mode="length")
    return st


def _near_apposed(sentence: str, st: Statement) -> Statement:
    """Rule ``near_apposed`` (see :data:`_NEAR_APPOSED`): the measure's subject read as the
    place a "near" phrase names ("Donetsk" in "Vuhledar, near Donetsk, 32 km from …") is the
    name the phrase describes. An opening word that names forces, fighting or a kind of place
    ("Fighting, near X, …", "Село, під …") is left to the other rules."""
    if not (st.unit and st.subject and st.rule in ("measure", "measure_uk_ru")):
        return st
    start = max(0, st.span[0] - 160)
    fronted = _NEAR_FRONTED.search(sentence, 0, st.span[0])
    if fronted is not None and fronted.group("y").strip() == st.subject:
        return replace(st, rule="near_fronted")  # never judged (frontmap.verify)
    m = _NEAR_APPOSED.search(sentence, start, st.span[0])
    if m is None or m.group("y").strip() != st.subject:
        return st
    name = m.group("x") or m.group("x2")
    first = name.split()[0].lower()
    if first in _NEAR_EVENT_WORDS or first in _NEAR_EVENT_SETTLED or _force_or_event_word(first):
        return st
    return replace(st, subject=name, subject_kind=_kind(name), rule="near_apposed")


def _governed_subject(sentence: str, st: Statement) -> Statement:
    """Rule ``governed_subject`` (see :data:`_GOVERNED_BEFORE`): the measure is never judged."""
    if not (st.unit and st.subject):
        return st
    at = sentence.rfind(st.subject, 0, st.span[1])
    if at > 0 and _GOVERNED_BEFORE.search(sentence, max(0, at - 25), at):
        return replace(st, rule="near_fronted")
    return st


def _near_event_place(
    sentence: str, statements: list[Statement], cyrillic: bool
) -> list[Statement]:
    """Rule ``near_event_place``: a measure right after "near X" or "DIR of X" whose phrase a
    force or an event heads ("Russian forces attacked south of Kreminna, about 3 km from
    Bilohorivka", "Fighting near Kreminna, about 3 km from …", "Бої під Кремінною за 3 км від
    …", "Бои под Кременной в 3 км от …") may place the fighting or the forces, which are only
    near X: it stays X's, marked so that the verdict never calls it wrong (frontmap.verify
    judges it consistent only when X itself fits). A place or a settlement heading the phrase
    ("Robotyne, a village near Orikhiv, 10 km …", "Село під …") is left as it is.
    ``cyrillic``: whether the sentence writes Cyrillic (told once by :func:`parse`)."""
    out = []
    for k, st in enumerate(statements):
        if (
            st.unit
            and st.subject
            and st.reference
            and st.rule in ("measure", "measure_uk_ru")
            and _near_event_before(sentence, st, statements[:k], cyrillic)
        ):
            st = replace(st, rule="near_event_place")
        out.append(st)
    return out


#: Between a "near X" phrase and the measure after it: nothing, or X's address ("near
#: Novoselivka in the Zaporizhzhia region, about 25 km …"; rule near_event_place).
_ADDRESS_GAP = re.compile(r"\s*(?:in\s+(?P<area>[^,;:()]{1,60}?))?\s*,?\s*")


def _address_gap(gap: str) -> bool:
    """Whether ``gap`` is empty, a comma, or an "in" phrase naming an area and a comma."""
    m = _ADDRESS_GAP.fullmatch(gap)
    return bool(m) and (not m.group("area") or _is_area(m.group("area")))


def _near_event_before(
    sentence: str, st: Statement, before: list[Statement], cyrillic: bool
) -> bool:
    """Whether the measure ``st`` comes right after a "near"/"DIR of" phrase on its subject
    headed by a force or an event (rule ``near_event_place``); ``cyrillic``: whether the
    sentence writes Cyrillic."""
    if not cyrillic:
        # English: the phrase is a statement of its own ("Fighting" near "Kreminna"), a comma
        # and the measure after it
        return any(
            o.relation in ("direction_only", "proximity")
            and o.reference == st.subject
            and o.reference_kind == "place"
            # an unnamed settlement too ("The village near Kreminna, 3 km from …"): the
            # measure may place the village, not Kreminna
            and (
                o.subject_kind in ("non_place", "description")
                or (o.subject and _is_force(o.subject))
            )
            and o.span[1] <= st.span[0]
            and _address_gap(sentence[o.span[1] : st.span[0]])
            and _PLACING_VERB_WORDS.isdisjoint(_words(sentence[max(0, o.span[0] - 40) : o.span[0]]))
            for o in before
        )
    # the phrase's name, the subject, ends right before the measure (and its comma): a look at
    # the end spares the scan
    tail = sentence[max(0, st.span[0] - 200) : st.span[0]].rstrip()
    tail = tail[:-1].rstrip() if tail.endswith(",") else tail
    if st.subject is None or not tail.endswith(st.subject):
        return False
    m = _NEAR_EVENT_CYR.search(sentence, max(0, st.span[0] - 200), st.span[0])
    if m is None or m.group("name").strip() != st.subject:
        return False
    words = [w.lower() for w in _NEAR_EVENT_WORD.findall(m.group("before"))]
    # a settlement heading the phrase ("Село під Кремінною, за 3 км від …", "Кременная,
    # город под Северодонецком, в 30 км от …") may be what the measure places, as a force may
    return bool(words) and (
        any(map(_force_or_event_word, words)) or not _NEAR_EVENT_SETTLED.isdisjoint(words)
    )


def _apposed_measure(sentence: str, start: int, subject: str | None) -> bool:
    """Whether the measure at ``start`` is in apposition to its subject: the subject's name,
    a comma and at most a short described head before it ("Synkivka, a village 8 km …",
    "Synkivka, 8 km …"), no verb."""
    if not subject:
        return False
    left = _left(sentence, start)
    m = re.search(rf"{re.escape(subject)}\s*,\s*(?:(?:a|an|the)\s+[^,;:()]{{0,40}}?)?\s*$", left)
    return bool(m) and _LOCATIVE_VERB_WORDS.isdisjoint(m.group().lower().split())


def _head_of_genitive(name: str, lang: str) -> bool:
    """Rule ``list_distributive``: whether the first item of a list is a noun (capitalised as
    the sentence opens) with a genitive name after it ("Захисники Авдіївки і Мар'їнки",
    "Жители Покровска и Мирнограда"): the list is that noun's complement, not a list of the
    measure's subjects ("Часів Яр", "Нові Петрівці" are names)."""
    words = name.split()
    if len(words) < 2 or not re.search("[а-яіїєґё]", name.lower()):
        return False
    head, after = words[0].lower(), words[1].lower()
    return (
        word_classes(head, lang) == {"NOUN"}
        and "nomn" in word_cases(head, lang)
        and "gent" in word_cases(after, lang)
    )


def _share_subjects(sentence: str, statements: list[Statement]) -> list[Statement]:
    """Coordinated statements share a subject; "X and Y -- both south of Z" is two statements."""
    out: list[Statement] = []
    raw: Statement | None = None  # the statement before, as the parser made it
    for st in statements:
        left = _left(sentence, st.span[0])
        if "," in left[-40:] and _may_end(left, _LIST_DISTRIBUTIVE_ENDS):
            # "Х і Y, обидва за …": the list's names, each (rule list_distributive)
            left = _LIST_DISTRIBUTIVE_END.sub(r"\g<list> ", left)
        made, raw = raw, st
        if (
            made
            and out
            and st.span[0] == made.span[0]
            and st.subject == made.subject
            and st.rule == made.rule
            and out[-1].span == made.span
        ):
            # "…, за 2,5 км від сіл Білівське і Таврія, …": the names of one measure's list
            # share the subject the first of them was given (rule shared_list_subject)
            out.append(replace(st, subject=out[-1].subject, subject_kind=out[-1].subject_kind))
            continue
        if (
            st.relation == "proximity"
            and out
            and out[-1].span[1] <= st.span[0]
            and re.match(r"\s*,\s*" + _COORD + r"$", sentence[out[-1].span[1] : st.span[0]])
            and _apposed_measure(sentence, out[-1].span[0], out[-1].subject)
        ):
            # "attacked near Synkivka, 8 km from Kupiansk, and near Tabaivka": the comma closes
            # the measure in apposition to Synkivka; "and near …" is coordinated above it, with
            # the phrase that named Synkivka (rule coordinated_above_apposition), or with
            # nothing the parser can tell
            above = next(
                (
                    o
                    for o in reversed(out)
                    if o.reference == out[-1].subject
                    and o.relation == st.relation
                    and o.span[1] <= out[-1].span[0]
                ),
                None,
            )
            st = replace(
                st,
                subject=above.subject if above else None,
                subject_kind=above.subject_kind if above else None,
                rule="coordinated_above_apposition",
            )
        elif st.subject and out and st.subject.lower() in _LEX.distance_anaphors:
            # "about 50 km southeast of X, and almost the same distance north of Y": the
            # distance is no subject; the measure goes on about the one before's
            st = replace(st, subject=out[-1].subject, subject_kind=out[-1].subject_kind)
        elif st.subject is None and out and re.search(r"\band\s*$", left, re.IGNORECASE):
            st = replace(st, subject=out[-1].subject, subject_kind=out[-1].subject_kind)
        elif (
            out
            and out[-1].relation not in ("between", "proximity")  # "near X, 10 km …" is X's
            # "Ближайший город – Каменск-Шахтинский в 26 км, до Ростова – 166 км": the nearest
            # place is no topic; the list goes on about the place the text is about
            and out[-1].rule not in ("nearest_station", "bracket_respectively")
            and out[-1].span[1] <= st.span[0]
            and _CONTINUATION.match(sentence, out[-1].span[1], st.span[0])
            and not (st.subject and st.subject in sentence[st.span[0] : st.span[1]])
            # "Russian forces advanced west of Robotyne, about 10 km south of Orikhiv",
            # "Fighting continued southwest of Kreminna, 15 km …": after where a force or an
            # event is, the measure in apposition places the named place, not the force (rule
            # apposed_to_side_reference)
            # ("It is located northeast of Gaza City, one km …", "villages east of X, also
            # 10 km …" go on about the subject)
            and not (
                out[-1].relation == "direction_only"
                and (out[-1].subject_kind == "non_place" or _is_force(out[-1].subject))
                and out[-1].reference_kind == "place"
                and st.subject == out[-1].reference
                and sentence[out[-1].span[1] : st.span[0]].strip() == ","
                and _PLACING_VERB_WORDS.isdisjoint(
                    _words(sentence[max(0, out[-1].span[0] - 40) : out[-1].span[0]])
                )
            )
        ):
            # "Idlib is located 60 km southwest of Aleppo, 132 km from Latakia, …": a list of
            # measures after a statement goes on about its subject (or each of its subjects:
            # "Najjariyeh and Addousiyeh, two villages just south of Sidon, about 30 km …")
            shared = [o for o in out if o.span == out[-1].span]
            if len(shared) > 1:
                out.extend(
                    replace(st, subject=o.subject, subject_kind=o.subject_kind) for o in shared
                )
                continue
            st = replace(st, subject=out[-1].subject, subject_kind=out[-1].subject_kind)
        if st.subject and (
            st.subject.lower() in ("both", "all", "each", "all three", "both of")
            or st.subject.lower().split()[-1] in _PLURAL_PLACES
        ):
            m = re.search(
                r"(?P<names>(?:[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*\s*,\s*)*"
                r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*\s+and\s+"
                r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*)[”\"»]?\s*(?:--|–|—|,|\()?\s*"
                + re.escape(st.subject)
                + r"\b[^,;]*$",
                left.rstrip(),
            )
            if m:
                for name in re.split(r"\s*,\s*|\s+and\s+", m.group("names").strip()):
                    out.append(replace(st, subject=name, subject_kind=_kind(name)))
                continue
        if (
            st.subject
            and (typed := _PLURAL_TYPED_NAME.fullmatch(st.subject))
            and (
                named := re.search(
                    _NAMES_BEFORE_TYPED + re.escape(st.subject) + r"(?![\w’'\-])",
                    left[-200:],
                )
            )
        ):
            # "Mouli and Atia villages, about 15 km south of El Geneina", "Zaw Ti Kone and upper
            # Nam Hu Tawng villages around a mile from …": the plural type word after the last
            # name is every listed name's, so the measure places each (rule plural_type_list)
            listed_names = [
                n for n in re.split(_SPLIT_NAMES, named.group("names").strip()) if n
            ] + [typed.group("name")]
            if all(_kind(n) == "place" for n in listed_names):
                out.extend(
                    replace(st, subject=n, subject_kind="place", rule="plural_type_list")
                    for n in listed_names
                )
                continue
        if st.subject and st.unit and (pair := _coordinated_subject(left, st.subject)):
            first, bare = pair
            if bare:
                # "Egyptian infantrymen and vehicles came within 25 meters of …", "Russian tanks
                # and infantry were spotted 5 km from …": one phrase, the modifier shared
                # (rule coordinated_subject)
                out.append(
                    replace(st, subject=f"{first} and {st.subject}", rule="coordinated_subject")
                )
            else:
                # "struck a Russian drone factory and a major Russian oil refinery 800 miles
                # from …", "The school and the hospital are 2 km from …": each placed alike
                out.extend(
                    replace(st, subject=n, subject_kind=_kind(n), rule="coordinated_subject")
                    for n in (first, st.subject)
                )
            continue
        # "The villages of Novoselivka and Kalynove lie about 10 km …", "Horlivka and Pokrovsk,
        # located only a few kilometers …": a plural predicate of coordinated names
        plural = (
            (
                (_ends_on_word(left, _PLURAL_PREDICATE_LAST) and _PLURAL_PREDICATE.search(left))
                or (_may_end(left, _PLURAL_APPOSED_ENDS) and _PLURAL_APPOSED.search(left))
            )
            if st.subject
            else None
        )
        listed = left
        if (
            region := _REGION_GENITIVE_TAIL.search(left, max(0, len(left) - 80))
        ) and region.group().lstrip()[:1].isupper():
            # "обстріляли села Іванівка, Петрівка та Нова Гута Сумської області за 5 км …": the
            # list's region in the genitive, read as without it (rule region_genitive_apposed)
            listed = left[: region.start()]
        if st.subject and not plural and _CYR_LOWER.search(listed) and _ends_on_name(listed):
            # "Чим живуть Куп’янськ і Вовчанськ за кілька кілометрів від …": a list right
            # before the measure, its first name read as the subject (rule list_before_measure)
            plural = _CYR_LIST_BEFORE.search(listed)
            if plural and _CYR_LINK_END.search(left, max(0, plural.start() - 12), plural.start()):
                # "Любимовку в 15 км от Курска и Прямицыно в 20 км от …": the first name is the
                # reference of the measure before, no list (rule coordinated_measure)
                plural = None
        if plural:
            names = [
                _LEAD_FUNCTION_CAP.sub("", n)  # "Both Toretsk and Chasiv Yar lie …"
                for n in re.split(_SPLIT_NAMES, plural.group("names").strip())
                if n
            ]
            names = [_LEAD_TYPE.sub("", n) for n in names]  # "Села Іванівка та Петрівка"
            if names and _head_of_genitive(names[0], _cyrillic_language(sentence)):
                # "Захисники Авдіївки і Мар'їнки, обидва за …": the people the noun names are
                # placed, no list of places (never the last genitive name alone)
                out.append(replace(st, subject=names[0], subject_kind="non_place"))
                continue
            if names:  # "Евакуюють Вовчанськ та Старицю, що …" (rule lead_verb)
                names[0] = _drop_lead_verb(st.sentence, names[0]) or names[0]
            if st.subject in names and all(
                _kind(n) == "place"
                or (
                    re.search("[а-яіїєґ]", n) and _kind(n) not in ("non_place", "region", "pronoun")
                )
                for n in names
            ):  # "Удачне, Котлине та Зелене розташовані …": adjective-like names too
                out.extend(replace(st, subject=n, subject_kind="place") for n in names)
                continue
        out.append(st)
    return out


#: Rule coordinated_subject: a determined noun phrase and "and" before a determined subject
#: ("a Russian drone factory and a major …"), or a bare noun with its modifier before a bare
#: plural one ("Egyptian infantrymen and vehicles").
_COORDINATED_DETERMINED = re.compile(
    r"(?:^|(?<=[\s,]))(?P<first>(?i:a|an|the)\s+[\w’'\-]+(?:\s+[\w’'\-]+){0,4}?)\s+and\s+$"
)


_ARTICLE = re.compile(r"(?<![\w’'\-])(?i:a|an|the)\s")


_COORDINATED_BARE = re.compile(
    r"(?:^|(?<=[\s,]))(?P<first>(?:[A-Z][\w’'\-]*\s+)?[a-z][\w’'\-]+)\s+and\s+$"
)


def _coordinated_subject(left: str, subject: str) -> tuple[str, bool] | None:
    """Rule ``coordinated_subject``: the phrase coordinated with ``subject`` right before it in
    ``left``, and whether the two are bare nouns read as one phrase; None when there is none,
    or it is a name (``_PLURAL_PREDICATE`` reads names), a verb or a function word."""
    at = left.rfind(subject)
    if at <= 0 or re.search(r"[,;:()—–]", left[at + len(subject) :]):
        return None  # "…and the Sheikh Al-Fadani area, located about 7 km …": apposed to the last
    low = subject.lower()
    determined = low.split(maxsplit=1)[0] in _LEAD_ARTICLES and " " in low
    bare = bool(re.fullmatch(r"[a-z][\w’'\-]+", subject))
    if not (determined or bare):
        return None
    if determined:
        # the nearest article that opens a phrase reaching "and" ("captured the hill and the
        # road": "the hill", not "The Russians captured the hill")
        m = next(
            (
                found
                for art in reversed(list(_ARTICLE.finditer(left, max(0, at - 80), at)))
                if (found := _COORDINATED_DETERMINED.match(left[:at], art.start()))
            ),
            None,
        )
    else:
        m = _COORDINATED_BARE.search(left, max(0, at - 80), at)
    if m is None:
        return None
    first = m.group("first")
    words = _words(first)
    if any(_is_cap(w) and w.lower() not in _DEMONYMS for w in first.split()[1:]):
        return None  # a name: lists of names are read by _PLURAL_PREDICATE, never guessed here
    before = _last_word(left[: m.start("first")])
    if before and before[0].lower() in _EN.span_between:
        return None  # "Between the river and the road 2 km from …": the ends of a stretch
    stops = _NP_STOP | _FINITE_VERBS | _LEX.object_verbs | _PRONOUNS | _TIME_WORDS
    if any(w in stops for w in words[1 if determined else 0 :]) or _DIGIT.search(first):
        return None
    if words[-1].endswith("ed"):
        return None  # "before the offensive stalled and the front line …": a clause, not a phrase
    if bare and (
        any(w.endswith("ed") for w in words)
        or (before and not before[0].isalpha())
        or (before and before[0].lower() in _LEAD_ARTICLES | _EN.noun_determiners | _NP_STOP)
    ):
        return None  # "took the town and troops are …": the object of another verb
    return first, bare


_LEAD_FUNCTION_CAP = re.compile(
    rf"^(?:(?:{_alt(w for w in _FUNCTION_CAPS if w.lower() not in _LEAD_ARTICLES)})\s+)+"
)


_LEAD_TYPE = re.compile(rf"^(?i:{_alt(_LEX.type_words)})\s+(?=[A-ZА-ЯІЇЄҐ])")


_CAP_NAME = r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*"


#: Rule plural_type_list: a subject of a name and a plural type word ("Atia villages",
#: "upper Nam Hu Tawng villages": at most one lower-case word before the name) …
_PLURAL_TYPED_NAME = re.compile(
    rf"(?:[a-z][\w\-]*\s+)?(?P<name>{_CAP_NAME})\s+(?:{_alt(_PLURAL_PLACES)})"
)


#: … and the names listed before it ("Mouli and ", "Zaw Ti Kone and upper ").
_NAMES_BEFORE_TYPED = (
    rf"(?<![\w’'\-])(?P<names>(?:{_CAP_NAME}\s*,\s*){{0,4}}{_CAP_NAME})\s+and\s+"
    r"(?:[a-z][\w\-]*\s+)?"
)


#: Rule fronted_inverted: a short phrase opening the sentence with one of the lexicon's
#: ``fronted_openers`` or placing prepositions, lower-case after its first word, and its comma
#: ("Farther south, ", "To the north, ", "Beyond it, ").
_FRONTED_OPENING = re.compile(
    rf"\s*(?i:{_alt(_EN.fronted_openers | (_EN.placing_prepositions - {'between'}))})"
    r"(?:\s+[a-z][\w’'\-]*){0,3}\s*,\s*"
)


#: Rule fronted_adverbial: a time phrase opening the sentence and its comma ("On Monday, ",
#: "Last week, ", "In the morning, ", "Yesterday, ").
_TIME_OPENING = re.compile(
    r"\s*(?:(?i:on|in|during|by|late|early|last|this|overnight\s+on)\s+)?(?:(?i:the)\s+)?"
    rf"(?i:{_alt(_TIME_WORDS | set(_LEX.months))})(?:\s+\d{{1,4}})?\s*,\s*"
)


def _fronted_adverbial_en(opening: str) -> bool:
    """Rule ``fronted_adverbial``: whether ``opening`` is only an adverbial phrase and its comma
    (a place word opening it, as "Farther south, ", or a time, as "On Monday, ")."""
    return bool(_FRONTED_OPENING.fullmatch(opening) or _TIME_OPENING.fullmatch(opening))


_PLURAL_PREDICATE = re.compile(
    rf"(?<![\w’'\-])(?P<names>(?:{_CAP_NAME}\s*,\s*)*{_CAP_NAME}\s+(?:{_alt(_LEX.span_and)})\s+"
    rf"{_CAP_NAME})\s*(?:,\s*(?:{_alt(_LEX.participles)}|(?:{_alt(_LEX.plural_relatives)})"
    rf"(?:\s+(?:{_alt(_LEX.plural_verbs)}))?"
    # "Стрілече, Красне та Пильна, що лежать за 1-2 км": a relative of no number, then a
    # plural verb (rule plural_predicate)
    rf"|(?:{_alt(_LEX.neutral_relatives)})\s+(?:{_alt(_LEX.plural_verbs)}))"
    rf"|(?:\s*,\s*|\s+)(?:{_alt(_LEX.plural_verbs)}))\s*$"
)


_CYR_LIST_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?P<names>(?:{_CAP_NAME}\s*,\s*)*{_CAP_NAME}\s+"
    rf"(?:{_alt(lexicon(('uk', 'ru')).span_and)})\s+{_CAP_NAME})\s*,?\s*$"
)


#: A link preposition ending the text before a name: "… в 15 км от " (rule coordinated_measure).
_CYR_LINK_END = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(w for w in lexicon(('uk', 'ru')).links if re.search('[а-яіїєґ]', w))})\s+$"
)


#: The capital a word of :data:`_CAP_NAME` opens with.
_CAP_FIRST = re.compile(r"[A-ZА-ЯІЇЄҐ]")


def _ends_on_name(text: str) -> bool:
    """Whether ``text`` ends (before white space and a comma) on a word opening with a capital
    (else :data:`_CYR_LIST_BEFORE`, whose last name is one, cannot match it): a cheap look
    spares scanning the whole look-back."""
    text = text.rstrip()
    last = (text[:-1] if text.endswith(",") else text).rsplit(None, 1)[-1:]
    return bool(last) and _CAP_FIRST.match(last[0]) is not None


def _last_words(phrases) -> frozenset[str] | None:
    """The lower-cased last words of ``phrases``; None when one is not a word
    :func:`_last_word` reads (then :func:`_ends_on_word` always says "look")."""
    words = frozenset(p.split()[-1].lower() for p in phrases)
    return words if all(re.fullmatch(r"[\w’']+", w) for w in words) else None


def _ends_on_word(text: str, last_words: frozenset[str] | None) -> bool:
    """Whether ``text`` ends (before white space) on one of ``last_words`` after a space or a
    comma: what a pattern ending ``[\\s,](?:words)\\s*$`` needs, read from the end instead of
    tried at every position."""
    if last_words is None:
        return True
    last = _last_word(text)
    return last is not None and last[0].lower() in last_words


#: The last words a plural predicate can end on, and the last character a list in apposition
#: ends on: each pattern is tried only on a look-back ending on one.
_PLURAL_PREDICATE_LAST = _last_words(_LEX.participles | _LEX.plural_relatives | _LEX.plural_verbs)


_PLURAL_APPOSED_ENDS = _ends_of(",")


#: "The towns of Siversk and Soledar, some 20 km from …": a measure in apposition to a list
#: that a plural settlement word introduces.
_PLURAL_APPOSED = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_PLURAL_PLACES)})\s+of\s+"
    rf"(?P<names>(?:{_CAP_NAME}\s*,\s*)*{_CAP_NAME}\s+(?:{_alt(_LEX.span_and)})\s+{_CAP_NAME})"
    r"\s*,\s*$"
)


#: A combining stress mark after a Cyrillic letter ("Изю́м", "Купя́нськ", as settlement and
#: dictionary pages print names): a reading aid, no part of the word.
_STRESS = re.compile(r"(?<=[\u0400-\u04ff])\u0301")


#: "северо - восточной", "юго – западнее", "північно - східній": a compass combining form
#: (the first part of the lexicon's hyphenated Cyrillic directions) and a hyphen written with
#: spaces round it, as a dash is — one word, not a clause break (rule spaced_compound).
_SPACED_COMPOUND = re.compile(
    r"(?<![\w-])(?i:{})(?P<gap>\s+[-–]\s+)(?=[а-яёіїєґ])".format(
        _alt(
            {
                p
                for w in (*_LEX.compass, *_LEX.direction_adjectives)
                if "-" in w and _CYRILLIC.search(w)
                for p in [w.split("-")[0].split()[-1]]
                if p.endswith("о") and len(p) >= 3
            }
        )
    )
)


def _rejoined(sentence: str) -> list[Statement]:
    """``parse`` of ``sentence`` with each spaced compound hyphen closed up ("северо -
    восточной" → "северо-восточной"; rule spaced_compound), spans mapped back."""
    removed: list[int] = []
    dashes: set[int] = set()
    for m in _SPACED_COMPOUND.finditer(sentence):
        gap = m.group("gap")
        dash = m.start("gap") + gap.index(gap.strip())
        dashes.add(dash)
        removed.extend(k for k in range(m.start("gap"), m.end("gap")) if k != dash)
    gone = set(removed)
    plain = "".join("-" if k in dashes else c for k, c in enumerate(sentence) if k not in gone)
    return _mapped_back(sentence, removed, plain)


#: Rule editorial_marks: a footnote ("[2]"), a wiki's language code ("[uk]") or an editor's
#: note ("[citation needed]", "[неавторитетный источник]") in square brackets, with the space
#: before it: no word of the sentence. An editor's insertion ("[міста]") is kept.
_EDITORIAL = re.compile(
    r"\s?\[(?:\d{1,3}|[a-z]{2,3}|" + "|".join(_LEX.editorial_marks) + r")\]", re.IGNORECASE
)


def _unmarked(sentence: str) -> list[Statement]:
    """``parse`` of ``sentence`` read without its editorial marks (rule ``editorial_marks``),
    spans mapped back to the text as given."""
    marks = [k for m in _EDITORIAL.finditer(sentence) for k in range(m.start(), m.end())]
    return _mapped_back(sentence, marks, _EDITORIAL.sub("", sentence))


def _unstressed(sentence: str) -> list[Statement]:
    """``parse`` of ``sentence`` read without its stress marks (rule-free: names are looked up
    as written without them), spans mapped back to the text as given."""
    marks = [m.start() for m in _STRESS.finditer(sentence)]
    plain = _STRESS.sub("", sentence)
    return _mapped_back(sentence, marks, plain)


def _mapped_back(sentence: str, marks: list[int], plain: str) -> list[Statement]:
    """``parse`` of ``plain`` (``sentence`` without the characters at ``marks``), each span
    mapped back to ``sentence``."""

    def back(pos: int) -> int:
        # each mark before a position of the plain text shifts it one to the right
        shift = 0
        while shift < len(marks) and marks[shift] <= pos + shift:
            shift += 1
        return pos + shift

    return [
        replace(st, span=(back(st.span[0]), back(st.span[1])), sentence=sentence)
        for st in parse(plain)
    ]


def parse_one(sentence: str) -> Statement:
    """The first statement in ``sentence``.

    Raises
    ------
    StatementParseError
        The sentence holds no distance or direction statement.
    """
    found = parse(sentence)
    if not found:
        raise StatementParseError(
            f"no distance or direction statement in {sentence[:120]!r}; write it like "
            "'Yasenove, roughly 12 miles south of Pokrovsk'"
        )
    return found[0]
