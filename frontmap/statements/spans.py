"""Stretches and lists: "the distance between X and Y is N km", "Відстань від X до Y — N км", and the
places a list shares a measure with."""

from __future__ import annotations

import re

from gazetteer.inflection import word_cases

from .clauses import _FINITE_VERBS, _RELATIVE, _words
from .phrases import _DESCRIBED_BY_CLAUSE, _clean, _kind, _tokens
from .reference import _REF_STOP, _finite_verb, _reference
from .subject_cyrillic import (
    _ADJ_ENDINGS,
    _CYR_TYPE,
    _after_agent,
    _appositive_type,
    _described_before,
    _force_phrase,
    _subject_cyrillic,
)
from .subject_en import _NAME, _is_area, _is_force, _is_line, _left
from .vocabulary import (
    _CYR_UNITS,
    _CYRILLIC,
    _DIR_UK_RU,
    _EN,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NP_STOP,
    _NUM,
    _PHRASE_WORD,
    _PRONOUNS,
    _alt,
    _ends_of,
    _may_end,
)
from .words import _LEAD_ARTICLES, LOOK_BACK, _cyrillic_language, _is_cap

_SPAN_TO = re.compile(rf"(?<![\w-])(?:{_alt(_LEX.span_to)})\s+", re.IGNORECASE)


_SPAN_TO_STATED = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX.span_to | _LEX.approach_to)})\s+", re.IGNORECASE
)


_SPAN_FROM = re.compile(rf"(?<![\w-])(?:{_alt(_LEX.span_from)})\s+", re.IGNORECASE)


_SPAN_BETWEEN_WORD = re.compile(rf"(?<![\w-])(?:{_alt(_LEX.span_between)})\s+", re.IGNORECASE)


_SPAN_AND = re.compile(rf"\s+(?:{_alt(_LEX.span_and)})\s+", re.IGNORECASE)


_SPAN_TO_AFTER = re.compile(rf"\s*(?:{_alt(_LEX.span_to)})\s+", re.IGNORECASE)


_SPAN_FROM_AFTER = re.compile(rf"\s+(?:{_alt(_LEX.span_from)})\s+", re.IGNORECASE)


_DISTANCE_VERB_TAIL = re.compile(rf"(?:{_alt(_LEX.distance_verbs)})\s*$", re.IGNORECASE)


_LEADING_COORDINATOR = re.compile(rf"^\s*(?:{_alt(_LEX.coordinators)})\s+", re.IGNORECASE)


#: "Загальні відомостіВідстань до райцентру …": a heading glued to the text (a lower-case letter
#: then a capital) ends a word too.
_SPAN_NOUN = re.compile(
    rf"(?:(?<![\w-])|(?-i:(?<=[а-яіїєґ])(?=[А-ЯІЇЄҐ])))(?:{_alt(_LEX.distance_nouns)})\s*$",
    re.IGNORECASE,
)


#: A distance noun, its own genitive if any, then a "from" end: "Расстояние от …",
#: "Віддаленість Луцька від …" (``_span``: a stretch with no "to" end).
_SPAN_NOUN_FROM = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX.distance_nouns)})\s+(?:(?P<own>[^\d.;:!?()«»\"]{{1,80}}?)\s+)?"
    r"(?:від|од|от)\s+",
    re.IGNORECASE,
)


#: A bracket opening with a "from" end: "Старая Ушица (от Каменец-Подольского — 60 км)".
_BRACKET_FROM = re.compile(rf"\(\s*(?:{_alt(_LEX.span_from)})\s+(?=[^()]*$)", re.IGNORECASE)


#: A distance noun and a "to" end closing a text: "Расстояние до Киева", before a colon whose
#: measures follow.
_SPAN_HEADING = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX.distance_nouns)})\s+"
    rf"(?:{_alt(_LEX.span_to | _LEX.span_from | _LEX.span_between)})\s+[^.;!?:()]{{1,100}}$",
    re.IGNORECASE,
)


#: Adverbs of time or place a stretch's measure may follow ("до Покровська вже менше 5 км",
#: "до кордону звідти всього 3 км").
_SPAN_ADVERBS = rf"(?:(?:{_alt(w for w in _LEX.sentence_adverbs if _CYRILLIC.search(w))})\s+)*"


#: Between the "to" place and the measure: "— ", "становить", ", за даними DeepState, лишається",
#: "на відстань" ("наблизилися до Сум на відстань 19 км": to a distance, not by one).
_SPAN_FILL = re.compile(
    # "до Покровска (Красноармейска) остается менее 10 км", "до Торецька (Донеччина) — 5 км":
    # the end's other name or its region in brackets
    r"(?:\s*\([^()\n]{1,60}\))?"
    r"(?:\s*:)?"  # "Расстояние до Киева: 674 км" (a colon only ``_SPAN_HEADING`` lets through)
    rf"\s*(?:,\s*(?:{_alt(_LEX.according_to)})\s[^,]{{1,60}},)?"
    # "до позиций, которые занимает противник, около 8 км": a relative clause on the end, in
    # any case or as "где"/"куда" ("до Суджи, куда вошли украинские части, — 45 км"), closed
    # by a comma or by the dash before the measure (rule span_relative_end)
    rf"(?:\s*,\s*(?:{_alt(_LEX.relative_pronouns | _LEX.relative_forms)})\s"
    r"(?:[^,;.:!?()]{1,80},|[^,;.:!?()—–]{1,80}(?=\s[—–]\s)))?"
    # "до позицій росіян на лівому березі (Дніпра) близько 1 км": where the end lies, up to
    # three words (the end stays the phrase before it)
    rf"(?:\s+(?:{_alt(w for w in _LEX.locative_prepositions if _CYRILLIC.search(w))})"
    r"(?:\s+[а-яіїєґё’'\-]+){1,3}(?=\s))?"
    rf"\s*{_SPAN_ADVERBS}"
    rf"(?:(?:{_alt(_LEX.straight_line)})\s+)?"  # "до Костянтинівки по прямій близько 20 км"
    rf"(?:\(\s*(?:{_alt(_LEX.straight_line)})\s*\)\s*)?"  # "до … (по прямой) составляет 3 км"
    # "От Изюма до Харькова расстояние 120 км": the distance noun after the stretch it names
    rf"(?:(?:{_alt(w for w in _LEX.distance_nouns if _CYRILLIC.search(w))})\s+"
    rf"(?:(?:{_alt(_LEX.straight_line)})\s+)?)?"  # "… расстояние по прямой 35 км"
    rf"(?P<who>(?:[^\W\d_]+\s+){{1,2}}(?=(?:{_alt(_LEX.distance_verbs)})\s))?"
    rf"(?P<verbs>(?:(?:{_alt(_LEX.distance_verbs)})\s*)*)[—–-]?\s*{_SPAN_ADVERBS}"
    r"(?P<stated>на\s+(?:відстань|відстані|расстояние|расстоянии)\s+)?",
    re.IGNORECASE,
)


#: "на расстояние", "на відстань" right before a measure's qualifier: a stated distance.
_STATED_TAIL = re.compile(r"(?<!\w)на\s+(?:відстань|відстані|расстояние|расстоянии)\s+$", re.I)


#: What :data:`_STATED_TAIL` ends on before its white space (see :func:`~.vocabulary._may_end`).
_STATED_TAIL_ENDS = _ends_of(("відстань", "відстані", "расстояние", "расстоянии"))


#: "До лінії фронту – 15 км", "До околиць – це до 11 км", "До фронту близько 10 км": a dash (and
#: "це"/"это"), or nothing, between a clause-opening "to" place and the measure says the
#: measure is the stretch's length.
_SPAN_DASH = re.compile(
    rf"\s*{_SPAN_ADVERBS}"
    # "До Харкова відстань 120 км", "До границы расстояние — 7 км": the distance noun after it
    rf"(?:(?:{_alt(w for w in _LEX.distance_nouns if _CYRILLIC.search(w))})\s*)?"
    rf"(?:[—–-]\s*(?:(?:{_alt(_PRONOUNS)})\s+)?{_SPAN_ADVERBS})?",
    re.IGNORECASE,
)


#: A clause a stretch opens after a comma or a spaced dash, behind only a coordinator or an
#: adverb ("…, а до кордону 13 км", "На випадок відступу - до кордону всього 13 км", "…,
#: сьогодні до лінії розмежування 10 км"), not after a dash that follows a name ("Вовчанськ —
#: до кордону 5 км": the name is measured).
_SPAN_OPENS = re.compile(
    rf"(?P<mark>,|\s[—–-])\s*"
    rf"(?:(?:{_alt(w for w in _LEX.coordinators | _LEX.sentence_adverbs if _CYRILLIC.search(w))})"
    rf"\s+)*$",
    re.IGNORECASE,
)


def _span_opens(head: str) -> bool:
    """Whether a stretch ("до X … N км") opens a clause of its own after ``head``: see
    ``_SPAN_OPENS``; a dash right after a capitalised word does not open one."""
    m = _SPAN_OPENS.search(head[-200:])
    if not m:
        return False
    if m.group("mark") == ",":
        return True
    before = head[-200:][: m.start()].split()
    return bool(before) and not _is_cap(before[-1])


#: Between the "from" place and "to": nothing, a relative clause (", який контролюють ЗСУ,") or
#: where the place is ("в Донецкой области").
#: "От райцентра — города Грайворон — до границы", "от райцентра, Красной Яруги, до Суджи": a
#: name set between dashes or commas after a stretch's unnamed end names that end (rule
#: span_dashed_name).
_SPAN_DASHED_END = re.compile(
    rf"\s*(?P<mark>[—–,])\s*(?:(?i:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,3})\s*(?P=mark)"
)


_SPAN_END_DASH = re.compile(r"\s*[—–]\s*")


_SPAN_BETWEEN = re.compile(
    # "Від смт Межова Дніпровської області, що …, до лінії фронту": the "from" end's region
    # (an adjective and a region word) stays with it (rule span_region)
    r"(?:\s+[А-ЯІЇЄҐ][\w’'\-]*\s+"
    rf"(?:{_alt(w for w in _LEX.region_words if _CYRILLIC.search(w) and w.isalpha())})(?![\w’'\-]))?"
    rf"\s*(?:,[^,]{{1,80}},|\s(?:{_alt(_LEX.locative_prepositions)})\s[^,]{{1,60}}?)?\s*",
    re.IGNORECASE,
)


#: One end of a stretch: a name, or a description ("the enemy positions", "the front line"; rule
#: distance_span).
_SPAN_END_EN = rf"(?:{_NAME}|(?i:the)\s+(?:[^\W\d][\w’'\-]*\s+){{0,2}}[a-z][\w’'\-]*)"


#: "the 40 km between Izium and Kupiansk", "the 40-km drive between …": a measure naming the
#: stretch after it (rule distance_span, measure first); a road's noun too ("the 30-kilometre
#: highway between Pokrovsk and Kostiantynivka", as "the 40-km road between …" reads).
_BETWEEN_AFTER_EN = re.compile(
    rf"(?:[\s-]+(?:{_alt(_EN.distance_nouns | _EN.route_nouns)}))?\s+between\s+(?P<a>{_NAME})\s+and\s+"
    rf"(?P<b>{_SPAN_END_EN})(?![\w’'\-])"
)


#: Rule span_apposition: "from Kyiv, the capital of Ukraine, to Moscow, the capital of Russia,
#: is …": a description in apposition after an end of the stretch, set off by commas.
_SPAN_APPOSED_EN = r"(?:\s*,\s*(?i:the|a|an)\s+[^,;:.!?()\[\]]{1,50}?\s*,)?"
_SPAN_EN = re.compile(
    rf"\b(?:between\s+(?P<a>{_NAME}){_SPAN_APPOSED_EN}\s+and\s+(?P<b>{_SPAN_END_EN})"
    rf"|from\s+(?P<a2>{_SPAN_END_EN}){_SPAN_APPOSED_EN}\s+to\s+"
    rf"(?P<b2>{_SPAN_END_EN})){_SPAN_APPOSED_EN}(?:\s+(?:(?:{_alt(_LEX.distance_verbs)})\s+)+|\s*:\s*)"
    rf"(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*$"
)


#: Rule described_list: what may follow a plural description before its names (no verb, no
#: clause: "still under Ukrainian control in the Donbas region"), then the names, two or more,
#: closing the phrase.
_DESCRIBED_LIST = re.compile(
    rf"(?P<between>[^,;:.!?()\[\]—–]{{0,100}}),\s*(?P<names>{_NAME}(?:\s*,\s*{_NAME})*"
    rf"\s*,?\s+(?:and|or)\s+{_NAME})(?=\s*(?:[,.;:!?)]|$))"
)


_LIST_SPLIT = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _described_list(sentence: str, ref_end: int) -> tuple[list[str], int] | None:
    """The names a plural description is in apposition with, and where they end (rule
    ``described_list``); None unless every one of them is a place and no verb stands between."""
    m = _DESCRIBED_LIST.match(sentence, ref_end)
    if m is None or not _FINITE_VERBS.isdisjoint(_words(m.group("between"))):
        return None
    if _RELATIVE.intersection(_words(m.group("between"))):
        return None
    names = [n for n in _LIST_SPLIT.split(m.group("names")) if n]
    if len(names) < 2 or any(_kind(n) != "place" or n in _FUNCTION_CAPS for n in names):
        return None
    return names, m.end("names")


#: … and "the distance to the front line is …": a distance noun and one end, then only the
#: verbs and adverbs of "is (now) (just)" before the measure.
_SPAN_NOUN_TO_EN = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.span_one_end_nouns)})\s+(?:to|from)\s+(?=\S)", re.IGNORECASE
)


_SPAN_FILL_EN = re.compile(
    rf"\s*(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*(?:(?:(?:{_alt(_EN.distance_verbs)})\s+)+|:\s*)"
    rf"(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*",
    re.IGNORECASE,
)


_APART = re.compile(rf"\s*(?:{_alt(_EN.span_apart)})(?![\w’'\-])", re.IGNORECASE)


#: Two names joined by "and", then words naming no place and no number up to the measure.
_APART_PAIR = re.compile(
    rf"(?<![\w’'\-])(?P<a>{_NAME})\s+(?:{_alt(_EN.span_and)})\s+(?P<b>{_NAME})"
    r"[^A-ZА-ЯІЇЄҐ\d.;:!?()\[\]]{0,60}$"
)


#: "одне від одного", "друг от друга" after a Ukrainian or Russian measure: as "apart".
_APART_UK_RU = re.compile(
    rf"\s*(?:{_alt(w for w in _LEX.span_apart if _CYRILLIC.search(w))})(?![\w’'\-])", re.IGNORECASE
)


_APART_PAIR_UK_RU = re.compile(
    rf"(?<![\w’'\-])(?P<a>{_NAME})\s+(?:{_alt(w for w in _LEX.span_and if _CYRILLIC.search(w))})"
    rf"\s+(?P<b>{_NAME})[^A-ZА-ЯІЇЄҐ\d.;:!?()\[\]]{{0,60}}$"
)


def _apart(
    sentence: str, start: int, end: int, cyrillic: bool = False
) -> tuple[str, str, int, int] | None:
    """ "Mariupol and Berdiansk, some 80 km apart": the measure between ``start`` and ``end``
    followed by "apart" measures one named place from the other.

    Returns (subject, reference, start of the statement, end of "apart") or None.
    """
    after = (_APART_UK_RU if cyrillic else _APART).match(sentence, end)
    if not after:
        return None
    left = _left(sentence, start)[-200:]  # two names and up to 60 characters between
    left = left[max(left.rfind(c) for c in ".;!?:") + 1 :]
    pair = (_APART_PAIR_UK_RU if cyrillic else _APART_PAIR).search(left)
    if not pair or _kind(pair.group("a")) != "place" or _kind(pair.group("b")) != "place":
        return None
    if re.search(r"[\w’'\-]\s*,\s*$", left[: pair.start()]):
        return None  # "Bakhmut, Soledar and Siversk lie 20 to 30 km apart": not one pair
    return pair.group("a"), pair.group("b"), start - len(left) + pair.start(), after.end()


#: "Just 5 km separate Russian troops from Pokrovsk": a measure, a separation verb, what it
#: sets apart (at most five words, no clause) and "from" its reference.
_SEPARATES_EN = re.compile(
    rf"\s*(?:(?:that|which)\s+)?(?:(?:now|still|only)\s+)?(?:{_alt(_EN.separation_verbs)})\s+"
    r"(?P<np>(?:[\w’'\-]+\s+){0,4}?[\w’'\-]+)\s+from\s+",
    re.IGNORECASE,
)


def _separates_en(sentence: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """Rule ``separation``: "Just 5 km separate Russian troops from Pokrovsk", "Only 40 km
    separate Zaporizhzhia from the front": the measure before a separation verb is the
    distance between what the verb sets apart and the place after "from". Returns (subject,
    reference, statement start, reference end) or None (what is set apart names no place,
    force or line: "separate us from …")."""
    m = _SEPARATES_EN.match(sentence, end)
    if not m:
        return None
    np = m.group("np")
    words = np.split()
    if words[0].lower() in _LEAD_ARTICLES:
        words = words[1:]
    if not words or not (any(_is_cap(w) for w in words) or _is_force(" ".join(words))):
        return None
    if any(w.lower() in _NP_STOP or w.lower() in _EN.personal_pronouns for w in words):
        return None
    reference, ref_end = _reference(sentence, m.end())
    if not reference:
        return None
    return np, reference, start, ref_end


_SEPARATED_FROM_EN = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.separation_participles)})\s+from\s+", re.IGNORECASE
)


_SEPARATED_BY_EN = re.compile(r"\s*,?\s+by\s+(?:a\s+)?", re.IGNORECASE)


def _separated_by_en(sentence: str, start: int) -> tuple[str, int, int] | None:
    """Rule ``separation`` in the passive: "Kharkiv is separated from the border by just 30
    km": the place after "from", then "by" and the measure. Returns (reference, where the
    participle starts, reference end) or None; the subject is the participle's own."""
    left = _left(sentence, start)
    found = list(_SEPARATED_FROM_EN.finditer(left))
    if not found:
        return None
    at = start - len(left) + found[-1].start()
    reference, ref_end = _reference(sentence[:start], start - len(left) + found[-1].end())
    if not reference or not _SEPARATED_BY_EN.fullmatch(sentence, ref_end, start):
        return None
    return reference, at, ref_end


_RESPECTIVELY = re.compile(
    rf"[^.;:!?()]*?(?<![\w’'\-])(?:{_alt(_LEX.respectively)})(?![\w’'\-])(?!\s+(?:до|с|со)\s)",
    re.IGNORECASE,
)


_RESPECTIVELY_WORDS = tuple(w.lower() for w in _LEX.respectively)


_REMOVAL_FROM = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_LEX.removal_words)})\s+(?:від|од|от)\s+$", re.IGNORECASE
)


def _removed(sentence: str, start: int) -> tuple[str, int] | None:
    """Rule ``removal_uk_ru``: "Село віддалене від районного центру на 25 км": after a word of
    removal and its "від" phrase, a measure with "на" says how far; returns the reference (the
    "від" phrase ending right before the measure) and where the word of removal starts (its
    subject is before it), or None."""
    left = _left(sentence, start)
    clause = left[max(left.rfind(c) for c in ".;!?:,") + 1 :]
    for link in re.finditer(r"(?<![\w’'\-])(?:від|од|от)\s+", clause, re.IGNORECASE):
        word = _REMOVAL_FROM.search(clause[: link.end()][-60:])
        if not word:
            continue
        at = start - len(clause) + link.end()
        reference, ref_end = _reference(sentence, at)
        if reference and not sentence[ref_end:start].strip():
            return reference, at - (len(clause[: link.end()][-60:]) - word.start())
    return None


_FROM_BEFORE = re.compile(rf"(?<![\w’'\-])(?:{_alt(_LEX.span_from)}|від|од|от)\s+", re.IGNORECASE)


def _fronted_reference(sentence: str, start: int) -> str | None:
    """The place a "від"/"от" phrase names right before a measure that opens a clause ("От
    Изюма в 20 км находится Каменка", "Від Ізюма за 20 км розташована Кам'янка", "От
    районного центра в 20 км расположено село"): what the measure is from; None when no such
    phrase ends right before it, or it names no place."""
    left = _left(sentence, start)
    clause = left[max(left.rfind(c) for c in ".;!?:,()") + 1 :]
    froms = list(_FROM_BEFORE.finditer(clause))
    if not froms or clause[: froms[0].start()].strip():
        return None  # the phrase must open its clause ("Каменка от Изюма в …" is another shape)
    at = start - len(clause) + froms[0].end()
    reference, ref_end = _reference(sentence, at)
    if not reference or sentence[ref_end:start].strip(" ,"):
        return None
    kind = _kind(reference)
    if kind != "place" and (
        kind != "non_place" or froms[0].group().strip().lower() not in ("від", "од", "от")
    ):
        return None  # "З півночі за 20 км …": a side, no place; "от районного центра": a seat
    return _after_agent(reference, _cyrillic_language(sentence))


#: A compass phrase from a place opening a clause: "К западу от Дерняков", "На північ від
#: Лимана", "Западнее Дерняков" (the place follows, read by :func:`_reference`).
_FRONTED_DIRECTION = re.compile(
    rf"(?:^|(?<=[.;!?:(]))\s*(?P<dir>{_alt(_DIR_UK_RU)})(?:\s+(?P<link>від|од|от))?\s+(?=[А-ЯІЇЄҐЁ])",
    re.IGNORECASE,
)


_AT_DISTANCE_UK_RU = re.compile(r"\s*,?\s*на\s+(?:відстані|расстоянии)\s*", re.IGNORECASE)


def _opens_clause(sentence: str, start: int) -> bool:
    """Whether nothing but spaces stands between ``start`` and the sentence's start or the
    last ".", ";", "!", "?", ":" or "(" before it."""
    before = sentence[max(0, start - 20) : start].rstrip()
    return (start <= 20 and not before) or before.endswith((".", ";", "!", "?", ":", "("))


def _fronted_direction(sentence: str, start: int) -> tuple[str, str, int] | None:
    """Rule ``fronted_direction_uk_ru``: the place and side a compass phrase opening the clause
    names right before a measure ("К западу от Дерняков, на расстоянии около 800 м, находится
    деревня …", "На північ від Лимана за 5 км розташоване село …"): (reference, direction,
    where the phrase starts); None when the clause opens otherwise or the phrase names no
    place. A compass word with a preposition ("к западу", "на північ") needs its "от"/"від"."""
    left = _left(sentence, start)
    at = max(left.rfind(c) for c in ".;!?:(") + 1
    offset = start - len(left)
    m = _FRONTED_DIRECTION.match(sentence, offset + at)
    if not m:
        return None
    word = m.group("dir").lower()
    if word.startswith(("на ", "к ")) and not m.group("link"):
        return None
    reference, ref_end = _reference(sentence, m.end())
    if not reference or _kind(reference) != "place":
        return None
    if sentence[ref_end:start].strip(" ,") and not _AT_DISTANCE_UK_RU.fullmatch(
        sentence, ref_end, start
    ):
        return None  # "…, на расстоянии около 800 м": the qualifier after the distance noun
    return _after_agent(reference, _cyrillic_language(sentence)), _DIR_UK_RU[word], m.start("dir")


def _spans_from(sentence: str, head: str, offset: int, to: int) -> bool:
    """Whether ``head`` (the clause before a "до" at ``to``) ends with a "від"/"з" place that
    the "до" continues ("Від … Суджа, який контролюють ЗСУ, до …")."""
    froms = list(_SPAN_FROM.finditer(head))
    if not froms:
        return False
    a, a_end = _reference(sentence, offset + froms[-1].end())
    return bool(a and _SPAN_BETWEEN.fullmatch(sentence, a_end, to))


#: A sentence that opens with a name and a dash, or with "у"/"в" and a name, then a stretch:
#: "Каменка — до линии фронта осталось 5 км", "Кам'янка — до фронту 5 км", "У Кам'янці до
#: лінії фронту 5 км" (rule span_topic).
_SPAN_TOPIC = re.compile(
    rf"^\s*(?:(?P<prep>(?i:{_alt(w for w in _LEX.in_prepositions if _CYRILLIC.search(w))}))\s+)?"
    rf"(?:(?i:{_alt(_LEX.type_words)})\s+)?(?P<name>{_NAME})\s*(?P<mark>[:—–-]|,)?\s*"
    # "Суджа — приграничный город, до границы 10 км": a description by a type word after the
    # dash, closed by a comma, is the name's (rule span_topic, appositive_type)
    r"(?:(?P<desc>[^\W\d_][^,.;:!?()«»\"—–\d\n]{0,80}),\s*)?"
    rf"(?:(?:{_alt(w for w in _LEX.coordinators | _LEX.sentence_adverbs if _CYRILLIC.search(w))})"
    r"\s+)*$"
)


def _span_topic(sentence: str, end: int) -> str | None:
    """The place a sentence names first, as the topic of the stretch that starts at ``end``
    (``_SPAN_TOPIC``); None when the opening is anything else (a name with no dash, not a
    place)."""
    m = _SPAN_TOPIC.match(sentence, 0, end) if end < LOOK_BACK else None
    if not m or (not m.group("prep") and m.group("mark") in (None, ",", ":")):
        return None  # "Генштаб: до Ізюма 5 км": a colon may follow who says it, no topic
    if m.group("desc") and (
        m.group("prep")
        or m.group("mark") in (",", ":")
        or not _appositive_type(m.group("desc"), _cyrillic_language(sentence))
    ):
        return None  # "Покровськ — під обстрілом, до фронту 5 км": no description of the name
    name = m.group("name")
    if name.isupper() or name.lower() in _LEX.countries or _is_force(name):
        return None  # "ВСУ", "Росія": forces or a country, no settlement
    kind = _kind(name)
    if m.group("prep") and kind == "description":
        kind = "place"  # "В Каменке": capitalised after a preposition, so no sentence opening
    if name.split()[0] in _FUNCTION_CAPS or kind != "place" or _is_line(name):
        return None
    return name


_OWNER_TAIL = re.compile(
    rf"\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+)?(?i:{_alt(w for w in _LEX.region_words if _CYRILLIC.search(w))})"
    r"(?![\w’'\-])"
)


def _span_owner(sentence: str, reference: str, end: int) -> tuple[str, int] | None:
    """A stretch's named end and the area or railway it belongs to ("до села Іванівка
    Покровського району", "до станції Ізюм Південної залізниці", "до станции Изюм Южной
    железной дороги"): the end without its owner, and where the owner ends; None when no
    owner follows."""
    owner = _OWNER_TAIL.match(sentence, end)
    if owner and _is_cap(sentence[end:].split()[0]):
        return reference, owner.end()
    words = reference.split()
    if len(words) > 1 and _is_cap(words[-1]) and _is_cap(words[-2]):
        # the owner's adjective read as the name's last word ("Українка Придніпровської")
        cut = end - len(words[-1])
        if sentence[cut:end] == words[-1] and (owner := _OWNER_TAIL.match(sentence, cut - 1)):
            return " ".join(words[:-1]), owner.end()
    return None


#: A relative clause closing a stretch's unnamed end before its measure: ", яку наразі
#: контролюють російські окупанти,", ", которые удерживают войска," (any case of the pronoun).
_RELATIVE_END = re.compile(
    rf"\s*,\s*(?:{_alt(w for w in _LEX.relative_forms if _CYRILLIC.search(w))})(?![\w’'\-])"
    r"[^,;.:!?()«»\"\d\n]{1,80},",
    re.IGNORECASE,
)


def _described_end(sentence: str, end: str, end_at: int, start: int) -> tuple[str, int] | None:
    """ "від Куп’янська-Вузлового до території, яку наразі контролюють російські окупанти, не
    менше 10 км": an unnamed end ("території", "позицій") is what its relative clause says it
    is; the phrase takes the clause (rule described_end; a phrase so described is no place of
    the gazetteer, see :func:`~.phrases._kind`). A named end keeps its name."""
    if _kind(end) == "place":
        return None
    clause = _RELATIVE_END.match(sentence, end_at)
    if not clause or clause.end() > start:
        return None
    return _clean(sentence[sentence.rindex(end, 0, end_at) : clause.end() - 1]), clause.end()


#: A stretch's "from here" end opening its clause: "Звідси ", "…, а отсюда уже ".
#: Rule span_relative_from: "Белгород, откуда до границы 40 км": "from where" after a comma.
_RELATIVE_FROM_HEAD = re.compile(
    rf",\s*(?P<word>(?i:{_alt(_LEX.relative_from)}))\s+{_SPAN_ADVERBS}$"
)
_DEICTIC_HEAD = re.compile(
    rf"(?<![\w’'\-])(?P<word>(?i:{_alt(w for w in _LEX.deictic_from if _CYRILLIC.search(w))}))"
    rf"\s+{_SPAN_ADVERBS}$"
)


#: A measure opening with its unit word ("километров 15", rule unit_first).
_UNIT_WORD_AT = re.compile(rf"(?:{_alt(_CYR_UNITS)})(?![\w])", re.IGNORECASE)


def _dative_tail(
    sentence: str, end: str, end_at: int, start: int
) -> tuple[str, int, re.Match] | None:
    """Rule ``dative_experiencer``: "до адмінкордону з Дніпропетровщиною росіянам лишається 5
    км", "до границы российским войскам осталось 5 км": a stretch's end read on into the dative
    of who has that far to go (one or two words, each only a dative, before a verb of
    distance); the end stops before it. Returns (end, where it ends, the fill) or None."""
    lang = _cyrillic_language(sentence)
    words = end.split()
    for k in (1, 2):
        if len(words) <= k:
            return None
        if not all(
            "datv" in (cases := word_cases(w, lang)) and not cases & {"nomn", "gent", "accs"}
            for w in words[-k:]
        ):
            return None
        at = sentence.rfind(words[-k], 0, end_at)
        kept = sentence[:at].rstrip()
        fill = _SPAN_FILL.fullmatch(sentence, len(kept), start) if at > 0 else None
        if fill and fill.group("who"):
            return " ".join(words[:-k]), len(kept), fill
    return None


#: Rule dative_experiencer, its pronouns: "їм", "им" for whom a distance remains (lexicon dative_pronouns).
_DATIVE_PRONOUN = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_LEX.dative_pronouns)})(?![\w’'\-])", re.IGNORECASE
)


def _opening_forces(clause: str) -> str | None:
    """The forces that open ``clause`` ("Подразделения российских войск приближаются …",
    "Російські війська наступають …", "Окупанти рвуться …"), or None: a force word among its
    first three words, only adjectives or force words before it."""
    words = clause.split()[:3]
    found = [k for k, w in enumerate(words) if w.isalpha() and _is_force(w)]
    if not found or any(
        not w.isalpha() or not (_is_force(w) or w.lower().endswith(_ADJ_ENDINGS))
        for w in words[: found[0]]
    ):
        return None
    phrase = words[: found[-1] + 1]
    if not all(w.isalpha() or w.isupper() for w in phrase):
        return None
    return " ".join(phrase)


def _span(
    sentence: str, start: int, lang: str, stated: bool = False
) -> tuple[str | None, str, int] | None:
    """A measure stated for a stretch rather than after it: "The distance between Idleb and
    Aleppo is 60km", "Від Суджі до Курської АЕС — близько 80 км", "Відстань до центру громади
    становить 12 км", "до города Запорожье осталось менее 100 километров".

    ``stated``: the measure itself says it is a distance ("на відстань 5 км").
    Returns (subject, reference, start of the statement) or None. Which end of a "from … to"
    stretch is the subject is the language's ``span_subject`` (the corpus annotates
    "from X to Y is" with X in English and with Y in Ukrainian and Russian, but in Russian with X
    after a distance noun: "Расстояние от Доброполья до Покровска — 23 км", a country or region
    excepted).
    """
    left = _left(sentence, start)
    cut = max(left.rfind(c) for c in ".;!?:") + 1
    if cut and left[cut - 1] == ":" and _SPAN_HEADING.search(left, 0, cut - 1):
        # "Расстояние до Киева: по автодорогам — 674 км", "Відстань до Харкова: 84 км": a
        # stretch named before a colon, its measures after it (rule distance_span)
        cut = max(left.rfind(c, 0, cut - 1) for c in ".;!?:") + 1
    offset = start - len(left) + cut
    clause = left[cut:]
    # "подошла к Покровску на расстояние около 6 км": the qualifier opens the measure, the
    # words of a stated distance stand before it (rule distance_span)
    stated = stated or bool(
        clause[-1:].isspace()
        and _may_end(clause, _STATED_TAIL_ENDS)
        and _STATED_TAIL.search(clause)
    )
    if lang == "en":
        m = _SPAN_EN.search(clause)
        if not m:
            for to in list(_SPAN_NOUN_TO_EN.finditer(clause))[-2:][::-1]:
                # "the distance to the contact line is 7.4 km", "The distance from the border
                # is now only 3 km": a stretch named by one end only is measured from the place
                # the text is about, left unsaid (rule distance_span)
                b, b_end = _reference(sentence, offset + to.end())
                if b and b_end <= start and _SPAN_FILL_EN.fullmatch(sentence, b_end, start):
                    return None, b, offset + to.start()
            return None
        return m.group("a") or m.group("a2"), m.group("b") or m.group("b2"), offset + m.start()
    if between := list(_SPAN_BETWEEN_WORD.finditer(clause)):
        a, a_end = _reference(sentence, offset + between[-1].end())
        conj = _SPAN_AND.match(sentence, a_end) if a else None
        b, b_end = _reference(sentence, conj.end()) if conj else (None, 0)
        if b and b_end <= start and _SPAN_FILL.fullmatch(sentence, b_end, start):
            noun = _SPAN_NOUN.search(clause[: between[-1].start()])
            if (_is_line(a) or _is_force(a)) and not (_is_line(b) or _is_force(b)):
                # "між позиціями ворога та Покровськом": forces or a line are measured to,
                # the place is the subject, as in "від лінії фронту до X"
                a, b = b, a
            return a, b, offset + (noun or between[-1]).start()
    # "подошли к Покровску на расстояние 3 км": with a stated distance, "к" is an end too
    # the stretch's end is read no further than the measure: "до линии фронта километров 15"
    # (a unit word opening a rough figure is no part of the name)
    upto = sentence[:start] if _UNIT_WORD_AT.match(sentence, start) else sentence
    for to in list((_SPAN_TO_STATED if stated else _SPAN_TO).finditer(clause))[-3:][::-1]:
        b, b_end = _line_partner_end(sentence, *_reference(upto, offset + to.end()))
        if b and (owner := _span_owner(sentence, b, b_end)):
            b, b_end = owner  # "до полустанка Українка Придніпровської залізниці — 7 км"
        if b and (described := _described_end(sentence, b, b_end, start)):
            b, b_end = described  # "до території, яку контролюють окупанти, 10 км"
        fill = _SPAN_FILL.fullmatch(sentence, b_end, start) if b and b_end <= start else None
        if b and b_end <= start and (short := _dative_tail(sentence, b, b_end, start)):
            b, b_end, fill = short
        head = clause[: to.start()]
        # "Село межує з Росією, до кордону 2 км": a stretch opening a clause of its own
        opens = not re.search(r"\w", head.rsplit(",", 1)[-1]) or _span_opens(head)
        here = _DEICTIC_HEAD.search(head)
        if (
            here
            and b
            and b_end <= start
            and _SPAN_DASH.fullmatch(sentence, b_end, start)
            and (not re.search(r"\w", head[: here.start()]) or _span_opens(head[: here.start()]))
        ):
            # "Звідси до Покровська 12 кілометрів", "Отсюда до фронта — 5 км": measured from
            # here, the pointer unresolved (rule deictic_span)
            # (lower-cased: "Звідси" opening a sentence is no name)
            return here.group("word").lower(), b, offset + here.start("word")
        rel = _RELATIVE_FROM_HEAD.search(head) if b and b_end <= start else None
        if (
            rel
            and (fill or _SPAN_DASH.fullmatch(sentence, b_end, start))
            and (antecedent := _described_before(head[: rel.start()], bare=False))
            and _kind(antecedent) == "place"
            and not _is_force(antecedent)
        ):
            # "Белгород, откуда до границы всего 40 км", "Суми, звідки до кордону лише 30 км":
            # the relative adverb stands for the name before the comma, the stretch's "from"
            # end (rule span_relative_from)
            return antecedent, b, offset + rel.start("word")
        if (
            b
            and b.lower() in _LEX.relative_forms
            and opens
            and "," in head
            and _SPAN_FROM_AFTER.match(sentence, b_end)
            and (antecedent := _described_before(head.rsplit(",", 1)[0], bare=False))
        ):
            # "Костянтинівка, до якої від фронту близько 10 км": the relative pronoun stands
            # for the name before the comma (rule span_relative); without a "from" end the
            # main clause's subject is measured (below: "…на Покровск, до которого осталось")
            b, head = antecedent, ""
        back = _SPAN_FROM_AFTER.match(sentence, b_end) if b else None
        if back and (not head.strip() or _SPAN_NOUN.search(head)):
            # "До Покровська з Сухецького – понад 10 кілометрів": the place named last is the
            # subject, as in "від X до Y"; a line is measured to, never the subject
            a, a_end = _reference(sentence, back.end())
            if (
                a
                and (_kind(a) == "place" or (_is_line(a) and not _is_line(b)))
                and a_end <= start
                and _SPAN_FILL.fullmatch(sentence, a_end, start)
            ):
                begin = offset + (_SPAN_NOUN.search(head) or to).start()
                return (b, a, begin) if _is_line(a) else (a, b, begin)
        if (
            b
            and opens
            and b_end <= start
            and _SPAN_DASH.fullmatch(sentence, b_end, start)
            and (not re.search(r"\w", head) or not _spans_from(sentence, head, offset, to.start()))
        ):
            # "До лінії фронту – 15-17 кілометрів."; "Кам'янка — до фронту 5 км": the topic
            return _span_topic(sentence, offset + to.start()), b, offset + to.start()
        if not fill:
            continue
        froms = list(_SPAN_FROM.finditer(head))
        if froms:
            a, a_end = _line_partner_end(sentence, *_reference(sentence, offset + froms[-1].end()))
            if a and (described := _described_end(sentence, a, a_end, offset + to.start())):
                a, a_end = described  # "Від території, яку контролює Україна, до Донецька"
            if (
                a
                and not _is_cap(a)
                and (dashed := _SPAN_DASHED_END.match(sentence, a_end))
                and dashed.end() <= offset + to.start()
            ):
                # "От райцентра — города Грайворон — до границы", "Від обласного центру — Сум —
                # до кордону": the common noun's name, set between dashes, is the end
                a, a_end = dashed.group("name"), dashed.end()
            comma = head[: froms[-1].start()].rstrip()
            if (
                a
                and a.lower() in _LEX.relative_forms
                and comma.endswith(",")
                and (antecedent := _described_before(comma[:-1], bare=False))
                and _kind(antecedent) == "place"
            ):
                a = antecedent  # "Каменка, от которой до фронта 5 км": the name before it
            if a and (
                _SPAN_BETWEEN.fullmatch(sentence, a_end, offset + to.start())
                # "От Белгорода — до границы 40 км": a dash may set the two ends apart
                or _SPAN_END_DASH.fullmatch(sentence, a_end, offset + to.start())
            ):
                first = _SPAN_NOUN.search(head[: froms[-1].start()])
                begin = offset + (first.start() if first else froms[-1].start())
                if (
                    _LEX.span_subject.get(lang) == "from"
                    or (a.lower() in _CYR_TYPE and _kind(b) == "place")
                    # "Расстояние от Доброполья до Покровска — 23 км": in Russian a distance
                    # noun right before the "from" end makes that end the stretch's topic, as
                    # in English (rule distance_span; the dev corpus shows it in Russian only); a country or region is no topic: "от
                    # Украины до Тюмени" places the town
                    or (
                        first is not None
                        and lang == "ru"
                        and _kind(a) == "place"
                        and not _is_line(a)
                        and not (_is_area(a) and not _is_area(b))
                    )
                    or (_is_line(b) and not _is_line(a))
                    # "від Куп’янська до території, яку контролюють окупанти": a described
                    # end is measured to, as a line is
                    or (_DESCRIBED_BY_CLAUSE.search(b) and not _DESCRIBED_BY_CLAUSE.search(a))
                    or (_is_force(a) and not _is_line(a) and not _is_force(b) and not _is_line(b))
                ):
                    # "Расстояние от поселка до … Донецка": the settlement the text is about;
                    # "Від села Довжанка до кордону – 8 км": a line is measured to, never
                    # the subject; "От российских войск до Покровска — 5 км": forces are placed
                    return a, b, begin
                return b, a, begin
        if _SPAN_NOUN.search(head):  # "Відстань до Харкова — 84 км": from here, unnamed
            return None, b, offset + _SPAN_NOUN.search(head).start()
        said = (
            stated
            or fill.group("stated")  # "наблизилися до Сум на відстань близько 19 км"
            or fill.group("verbs").strip()
            or _DISTANCE_VERB_TAIL.search(head)
        )
        topic = _span_topic(sentence, offset + to.start())
        if topic:
            return topic, b, offset + to.start()  # "В Каменке до линии фронта 5 км"
        if (
            not said
            and head.rstrip().endswith("(")
            and (named := _subject_cyrillic(sentence, offset + to.start()))
        ):
            # "Шебекино (до границы 7 км) снова обстреляли": a stretch opening a bracket is
            # measured from the name before it (rule distance_span)
            return named, b, offset + to.start()
        if not said:
            return None
        if fill.group("who"):  # "До Покровська російським військам лишилося 8 км"
            who = fill.group("who")
            if (
                _DATIVE_PRONOUN.fullmatch(who.strip())
                and (comma := head.rstrip().rfind(",")) > 0
                and (forces := _opening_forces(head[:comma]))
            ):
                # "Окупанти наступають на Вугледар, до міста їм лишилося 3 км": the pronoun
                # stands for the forces opening the clause before (rule dative_experiencer)
                return forces, b, offset + to.start()
            return _force_phrase(who.split()), b, offset + to.start()
        own = re.split(r"[,—–]", head)[-1]
        own = _LEADING_COORDINATOR.sub("", own)
        comma = head.rstrip().rfind(",")
        if b.lower() in _LEX.relative_forms and not own.strip() and comma > 0:
            # "открывает дорогу на Краматорск, до которого остается 15 км": the relative
            # pronoun stands for the place before the comma, measured from the main clause's
            # subject (rule distance_span)
            antecedent = _described_before(sentence[: offset + comma], bare=False)
            if not antecedent or _kind(antecedent) != "place":
                return None
            # the subject is read before the antecedent: the place the stretch is measured to is
            # never its own far end ("войска атаковали Покровск, до которого осталось 5 км")
            named = sentence.rfind(antecedent, 0, offset + comma)
            return (
                _subject_cyrillic(sentence, named if named >= 0 else offset + comma),
                antecedent,
                offset + to.start(),
            )
        if (
            comma > 0
            and (_DATIVE_PRONOUN.search(own) or _DATIVE_PRONOUN.search(sentence, b_end, start))
            and (forces := _opening_forces(head[:comma]))
        ):
            # "Подразделения российских войск приближаются к Славянску, им осталось до него
            # около 30 километров": the dative pronoun stands for the forces opening the clause
            # before (rule dative_experiencer, as a dative noun is read in _dative_tail)
            return forces, b, offset + to.start()
        subject = (
            _subject_cyrillic(sentence, offset + to.start(), own_clause=True)
            if own.strip()
            else None
        )
        return subject, b, offset + to.start()
    if (
        (opened := _BRACKET_FROM.search(clause))
        and (a := _reference(sentence, offset + opened.end()))[0]
        and a[1] <= start
        and _SPAN_DASH.fullmatch(sentence, a[1], start)
        and re.search(r"[—–-]", sentence[a[1] : start])
        and (name := _described_before(clause[: opened.start()], bare=False))
        and _kind(name) == "place"
    ):
        # "поселок Старая Ушица (от Каменец-Подольского — 60 км)": a bracket after a name
        # measures the name from its "from" end (rule distance_span)
        return name, a[0], offset + opened.start()
    for noun in list(_SPAN_NOUN_FROM.finditer(clause))[::-1]:
        # "Расстояние от города составляет полкилометра", "Віддаленість Луцька від Києва
        # складає 398 км": a stretch named by its "from" end only; the noun's own genitive,
        # if any, is the subject, else it is measured from here, unnamed (rule distance_span)
        own = noun.group("own")
        if own and (
            own[:1] in ",—–-"
            or any(w.lower() in _LEX.relative_forms for w in _PHRASE_WORD.findall(own))
            or any(_finite_verb(w, _tokens(own)) for w in own.split())
        ):
            continue
        b, b_end = _reference(sentence, offset + noun.end())
        if b and b_end <= start and _SPAN_FILL.fullmatch(sentence, b_end, start):
            return (_clean(own) if own else None), b, offset + noun.start()
    return None


#: Between two measures of one stretch: a clause break and words naming no place and no end
#: ("…, в августе 2025 года - уже …"): no capitalised word, no "від"/"до".
_SPAN_ELLIPSIS = re.compile(
    # "88 км по автодороге, 117 км — по железной": the first measure's route may close it
    rf"(?:\s*(?:{_alt(w for w in _LEX.route_modes if _CYRILLIC.search(w))}))?"
    # "13 км на юг или 32 км по автодорогам": "or" gives another measure of the stretch
    rf"[.\s]*(?:,|\s[—–-]|(?<![\w-])(?i:{_alt(_LEX.span_or)})(?=\s))(?:(?!(?<![\w-])(?:"
    + _alt(_LEX.span_from | _LEX.span_to | _LEX.links)
    + r")(?![\w-]))[^A-ZА-ЯІЇЄҐ.;:!?()«»\"])*",
)


#: Between a measure and a second one of the same stretch: ", відстань напряму складає",
#: "по дороге, расстояние по прямой —" (a distance noun with no ends of its own).
_RESTATED = re.compile(
    rf"(?:\s*(?:{_alt(w for w in _LEX.route_modes if _CYRILLIC.search(w))}))?\s*,\s*"
    rf"(?:(?:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w))})\s+)?"
    rf"(?:{_alt(w for w in _LEX.distance_nouns if _CYRILLIC.search(w))})\s+"
    rf"(?:(?:{_alt(w for w in _LEX.straight_line if _CYRILLIC.search(w))})\s+)?"
    rf"(?:(?:{_alt(w for w in _LEX.distance_verbs if _CYRILLIC.search(w) and w != '—')})\s*)?"
    r"(?:[—–-]\s*)?",
    re.IGNORECASE,
)


#: Ways a stretch is measured along: routes and the straight line ("по прямій"; not the
#: adverbs "одразу", "безпосередньо" the lexicon's straight_line also holds).
_CYR_ROUTE_ALT = _alt(
    w
    for w in {*_LEX.route_modes, *(w for w in _LEX.straight_line if " " in w)}
    if _CYRILLIC.search(w)
)


#: Between a measure and a second one of the same stretch by another route: " по залізниці та
#: ", " по автодороге, а по железной дороге — " (rule route_restated).
_ROUTE_AGAIN = re.compile(
    rf"(?:\s*(?:{_CYR_ROUTE_ALT}))?\s*,?\s*"
    rf"(?:(?:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w))})\s+)?"
    rf"(?P<route>(?:{_CYR_ROUTE_ALT})\s*(?:[—–-]\s*)?)?",
    re.IGNORECASE,
)


_ROUTE_AFTER = re.compile(rf"\s*(?:[—–-]\s*)?(?P<way>{_CYR_ROUTE_ALT})(?![\w’'\-])", re.IGNORECASE)


def _route_restated(sentence: str, end: int, start: int, measure_end: int) -> str | None:
    """ "на відстані 129 км від м. Харкова по залізниці та 117 км по шосейній дорозі", "в 120 км
    от Харькова по автодороге, а по железной дороге — в 110 км": a bare second measure, a
    route said with it, after a measure ending at ``end``: the same stretch measured along
    another way (rule route_restated). Returns that way's words, or None."""
    gap = _ROUTE_AGAIN.fullmatch(sentence, end, start)
    if not gap:
        return None
    way = (
        _ROUTE_AFTER.search(sentence, start, measure_end)
        or _ROUTE_AFTER.match(sentence, measure_end)
        or gap
    )
    words = way.group("way") if way is not gap else gap.group("route")
    return words.strip(" —–-") if words else None


#: A second figure with its unit left unsaid, from another reference: " и в 7 — от ", " і за 5
#: від " (rule elided_unit).
_ELIDED_UNIT = re.compile(
    rf"\s*,?\s*(?:{_alt(w for w in _LEX.coordinators | _LEX.span_and if _CYRILLIC.search(w))})\s+"
    rf"(?:(?:в|у|за)\s+)?(?P<num>{_NUM})\s*(?:[—–-]\s*)?(?:від|од|от)\s+",  # "і 120 від Харкова"
    re.IGNORECASE,
)


#: Another "from" end after a stretch, then its figure alone: ", а від Голубівки – 4,35".
_ELIDED_FROM = re.compile(
    rf"\s*,?\s*(?:{_alt(w for w in _LEX.coordinators | _LEX.span_and if _CYRILLIC.search(w))})\s+"
    r"(?:від|од|от)\s+",
    re.IGNORECASE,
)


_SPAN_LINK = re.compile(rf"(?<![\w-])({_alt(_LEX.span_to | _LEX.span_from)})\s", re.IGNORECASE)


#: The next item of a list of one-end measures whose unit is said once: ", до Харкова — 74",
#: ", від волості 22", ", а от Доброполья — в 30" (rule elided_list): a link, its end, the
#: figure alone before a clause's or the sentence's end.
_ELIDED_LIST_ITEM = re.compile(
    rf"\s*,\s*(?:(?:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w))})\s+)?"
    rf"(?P<link>{_alt(w for w in _LEX.span_to | _LEX.span_from | _LEX.links if _CYRILLIC.search(w))})"
    r"\s+(?=\S)",
    re.IGNORECASE,
)


#: "до Миколаєва — лише 60", "до Изюма — около 120": a rough or an "only" figure keeps the
#: first's meaning; a bound ("менше 60") would change it and ends the list.
_ELIDED_ROUGH = _alt(
    q
    for q, meaning in _LEX.qualifiers.items()
    if meaning in ("approximate", "exact") and _CYRILLIC.search(q)
)


_ELIDED_LIST_FIGURE = re.compile(
    rf"\s*(?:[—–-]\s*)?(?:(?:{_ELIDED_ROUGH})\s+)?(?:(?:в|у|за)\s+)?(?P<num>{_NUM})"
    rf"(?:\s*(?P<unit>{_alt(_CYR_UNITS)})(?![\w])\.?)?(?=\s*(?:[.,;!?)]|$))",
    re.IGNORECASE,
)


def _listable(reference: str, first: str) -> bool:
    """Whether a list's further end is a place one measures to: a name, a line, a seat or a
    station ("до обласного центру", "до залізничної станції"), or an unnamed end after an
    unnamed ``first`` ("від повітового міста 47 верст, від волості 22"); not "до кінця року"
    after "до Харкова 40 км"."""
    low = reference.lower()
    kind = _kind(reference)
    return (
        kind == "place"
        or (kind == "description" and _kind(first) == "description")
        or _is_line(reference)
        or low in _LEX.seat_words
        or low.split()[0] in _LEX.station_words
        or any(w in _LEX.station_words for w in low.split()[1:2])
    )


def _elided_list(
    sentence: str, start: int, ref_at: int, end: int
) -> list[tuple[str, str, str | None, int, int, bool]]:
    """ "До Білгорода 48 км, до Харкова — 74", "Відстань від повітового міста 47 верст, від
    волості 22", "в 12 км от Покровска, от Доброполья — в 30": after a measure (from
    ``start``, its reference at ``ref_at``, ending at ``end``), further ends with the same
    link as its reference's and a figure share its subject (the stretch's other end, if any),
    and its unit unless they say their own (rule elided_list); "Від Ізюма до Харкова 120 км, а
    до Балаклії — 40": an end with the link of the stretch's other end stands for that end,
    the subject. Returns (end, figure, unit or None, start, end, whether it is the subject)
    per item."""
    links = list(_SPAN_LINK.finditer(sentence, start, end))
    own = max((k for k, found in enumerate(links) if found.end() <= ref_at), default=None)
    if own is None or sentence[links[own].end() : ref_at].strip():
        return []
    to = links[own].group(1).lower() in _LEX.span_to
    # a stretch with both ends: its other end's link names the subject's side
    other = any((found.group(1).lower() in _LEX.span_to) != to for found in links)
    first = None  # the measure's own reference: read only once a further end is found
    items: list[tuple[str, str, str | None, int, int, bool]] = []
    pos = end
    while len(items) < 8 and (item := _ELIDED_LIST_ITEM.match(sentence, pos)):
        subject_side = (item.group("link").lower() in _LEX.span_to) != to
        if subject_side and not other:
            break
        far, far_end = _reference(sentence, item.end())
        figure = _ELIDED_LIST_FIGURE.match(sentence, far_end) if far else None
        if figure and first is None:
            first, _ = _reference(sentence, ref_at)
        if not figure or not _listable(far, first):
            break
        items.append(
            (
                far,
                figure.group("num"),
                figure.group("unit"),
                item.start("link"),
                figure.end(),
                subject_side,
            )
        )
        pos = figure.end()
    return items


_ELIDED_FIGURE = re.compile(rf"\s*[—–-]\s*(?P<num>{_NUM})(?=\s*(?:[.;!?)]|$))")


#: "оттуда", "звідси" right after a measure: where it is measured from, said before.
_DEICTIC_AFTER = re.compile(rf"\s*(?P<word>(?i:{_alt(_LEX.deictic_from)}))(?![\w’'\-])")


_DEICTIC_IN = re.compile(rf"(?<![\w’'\-])(?P<word>(?i:{_alt(_LEX.deictic_from)}))(?![\w’'\-])")


#: ", а Петрівка — " between two measures: a second place whose reference is the first's.
#: Rule gapped_reference, its unit left unsaid too: ", Шебекино — в тридцати", ", а Білопілля —
#: за десять" after a measure: a second place measured from the same reference, the figure
#: alone (digits or a number word, after its preposition: "— 2023" is no measure) ending its
#: clause.
_GAPPED_BARE = re.compile(
    rf"\s*,\s*(?:(?i:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w))})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s*[—–-]\s*"
    rf"(?i:{_SPAN_ADVERBS})(?:(?i:{_ELIDED_ROUGH})\s+)?(?i:(?:в|у|за)\s+)"
    rf"(?P<num>{_NUM}|(?i:{_alt(w for w in _LEX.numbers if _CYRILLIC.search(w) and len(w) > 2)}))"
    r"(?=\s*(?:[.,;!?)]|$))"
)


_GAPPED = re.compile(
    rf"\s*,\s*(?:(?i:{_alt(_LEX.coordinators)})\s+)?"
    # "…, а найближчий населений пункт, Студенок, — уже близько 10 км": a description and
    # the name in apposition (rule gapped_reference)
    r"(?:[а-яіїєґё’'\-]+(?:\s+[а-яіїєґё’'\-]+){0,3}\s*,\s*(?=[A-ZА-ЯІЇЄҐ][^,]{0,40},\s*[—–-]))?"
    # a name, capitalised: ", від Кременчука – 110 км" is another end, not a second place
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s*,?\s*[—–-]\s*"
    rf"(?i:{_SPAN_ADVERBS})",
)


#: "неподалік від", "близко от" before a reference and a dash: a measure after the dash says
#: how near.
_NEAR_THEN_DASH = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX.near_from)})\s+(?=[^—–,]{{1,80}}(?:\s[—–-]|,)\s*$)", re.IGNORECASE
)


#: Rule near_predicate: "Фронт зовсім поруч — ", "Передовая совсем рядом, ": a predicate of
#: nearness ending its clause, then a dash or a comma before the measure.
#: A measure that closes its clause ("за 7 кілометрів.", "в 1,5 км!", "в 5 км, …").
_MEASURE_CLOSES = re.compile(r"\s*(?:[.,;:!?)»”\"]|[—–]|$)")


_NEAR_PREDICATE_END = re.compile(
    rf"(?<![\w-])(?:{_alt(_LEX.near_predicates)})\s*(?:\s[—–-]|,)\s*$", re.IGNORECASE
)


_SEPARATION = re.compile(rf"(?<![\w-])(?:{_alt(_LEX.separation_verbs)})(?![\w-])", re.IGNORECASE)


def _with_line_partner(sentence: str, reference: str | None, ref_end: int) -> str | None:
    """ "кордону з росією", "границы с Харьковской областью", "границы России и Украины": a
    border keeps its partner."""
    words = (reference or "").lower().split()
    if len(words) == 2 and words[0] in _LEX.border_words and words[1] in _LEX.countries:
        m = re.match(r"\s+(?:і|й|та|и|and)\s+([\w’'\-]+)", sentence[ref_end:])
        if m and m.group(1).lower() in _LEX.countries:
            return f"{reference}{m.group()}"
    if not reference or (
        reference.lower() not in _LEX.line_words
        # "административной границы с …": a line word with its modifier before it
        and not (
            reference.lower().split()[-1] in _LEX.border_words
            and all(not _is_cap(w) for w in reference.split())
        )
    ):
        return reference
    m = re.match(r"\s+(?:з|зі|із|с|со)(?=\s)", sentence[ref_end:])
    if not m:
        return reference
    words = []
    for word, _, _ in _tokens(sentence[ref_end + m.end() : ref_end + m.end() + 80]):
        low = word.lower()
        if not _LETTER.match(word) or low in _NP_STOP or low in _REF_STOP or len(words) == 3:
            break  # "кордону з Сумською областю приблизно 130 км": a qualifier opens the measure
        words.append(word)
    return " ".join([reference, m.group().strip(), *words]) if words else reference


def _line_partner_end(sentence: str, reference: str | None, ref_end: int) -> tuple[str | None, int]:
    """:func:`_with_line_partner` with where the phrase now ends: a stretch "до границы с
    Сумской областью" reaches past the partner before its measure."""
    full = _with_line_partner(sentence, reference, ref_end)
    if not full or full == reference:
        return reference, ref_end
    last = full.split()[-1]
    return full, sentence.index(last, ref_end) + len(last)
