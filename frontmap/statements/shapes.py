"""Other statement shapes: separations ("N km apart"), lines (front, border), travel times and routes,
Ukrainian/Russian measures, fragments and the names a phrase lists."""

from __future__ import annotations

import bisect
import re

from gazetteer.inflection import word_cases, word_classes

from ..lexicon import lexicon
from .clauses import _FINITE_VERBS, _RELATIVE, _SHARED_VERBS, _TAIL_WORDS, _words
from .phrases import _drop_descriptor, _kind, _letter_words, _tokens
from .reference import _finite_verb, _reference
from .spans import _SEPARATION, _SPAN_FROM, _line_partner_end
from .subject_cyrillic import (
    _CLAUSE_SPLIT,
    _CYR_TYPE,
    _NEAR_BY_LANGUAGE,
    _cap_run,
    _described_before,
    _force_phrase,
    _inverted_name,
    _noun_phrase_end,
    _subject_cyrillic,
)
from .subject_en import (
    _FURTHER_MEASURE,
    _NAME,
    _OPENING_SUBJECT,
    _ROUTE,
    _is_force,
    _is_line,
    _left,
)
from .vocabulary import (
    _BY,
    _CONNECTORS,
    _CYR_COMPOUND,
    _CYR_NUMBERS,
    _CYR_UNITS,
    _CYRILLIC,
    _DIR_ADJ,
    _DIR_UK_RU,
    _DIRS_EN,
    _EN,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NP_STOP,
    _NUM,
    _TIME_WORDS,
    _UK_RU,
    _UNITS,
    _alt,
    _finditer_lowered,
)
from .words import (
    _FUNCTION_POS,
    _LEAD_ARTICLES,
    _NOMINAL,
    _VERBAL,
    _common_opening,
    _cyrillic_language,
    _is_cap,
)

#: A relative pronoun opening a clause: "яку від агресора відділяють …".
_OPENING_RELATIVE = re.compile(rf"\s*(?:{_alt(_LEX.relative_pronouns)})(?![\w’'\-])", re.IGNORECASE)


def _separated(sentence: str, start: int) -> tuple[str, str, int] | None:
    """ "Іванівку від Покровська відділяють 12 км", "Покровск отделяют от линии фронта всего
    10 километров": what a separation verb sets apart from the place after "від"/"от" (the
    subject, a name or forces) and that place. Returns (subject, reference, clause start) or
    None."""
    left = _left(sentence, start)
    cut = max(left.rfind(c) for c in ".;!?:,") + 1
    clause, offset = left[cut:], start - len(left) + cut
    verb = _SEPARATION.search(clause)
    froms = list(_SPAN_FROM.finditer(clause))
    if verb and not froms and (pair := _SEPARATED_PAIR.search(clause[: verb.start()])):
        # "Покровськ і Мирноград розділяють лише 5 км", "Бахмут и Часов Яр разделяют около
        # 10 км": the two places set apart, the first as the subject
        lang = _cyrillic_language(sentence)
        first = pair.group("a").split()
        while first and (
            first[0] in _FUNCTION_CAPS or word_classes(first[0], lang) & _FUNCTION_POS
        ):
            first.pop(0)  # "Сьогодні Покровськ і Мирноград …"
        if first:
            return " ".join(first), pair.group("b"), offset + pair.start()
        return None
    if not verb or not froms:
        return None
    reference, ref_end = _line_partner_end(
        sentence, *_reference(sentence[:start], offset + froms[0].end())
    )
    if not reference or any(f.start() >= ref_end - offset for f in froms[1:]):
        # one "від" phrase; "від кордону з Росією": the border's partner is part of it
        return None
    rest = clause[: froms[0].start()] + " " + sentence[ref_end:start]
    lang = _cyrillic_language(sentence)

    def content(text: str) -> list[str]:
        return [
            w
            for w, _, _ in _tokens(_SEPARATION.sub(" ", text))
            if _LETTER.match(w)
            and w not in _FUNCTION_CAPS
            and not word_classes(w, lang) & (_FUNCTION_POS | {"NPRO"})  # "Сьогодні", "Нас"
        ]

    def named(words: list[str]) -> str | None:
        # the first name as it stands (adjacent capitalised words), else forces or a line
        first = next((k for k, w in enumerate(words) if _is_cap(w)), None)
        return _force_phrase(words) or (_cap_run(words[first:]) if first is not None else None)

    # "російських військових від рубежів Збройних сил України відділяє 2 км": what is set
    # apart stands before "від"; the names after the reference are its own (rule
    # separation_uk_ru, its subject read before the reference first)
    subject = named(content(clause[: froms[0].start()])) or named(content(sentence[ref_end:start]))
    if subject is None and (
        pronoun := re.search(
            rf"(?<![\w’'\-])(?P<p>{_alt(_LEX.object_pronouns)})\s+(?:{_alt(_LEX.separation_verbs)})",
            rest,
            re.IGNORECASE,
        )
    ):
        # "від міської межі їх відділяє 4 км", "от России его отделяет 800 метров": the
        # pronoun is what is set apart, kept as written (rule separation_uk_ru)
        subject = pronoun.group("p")
    if (
        subject is None
        and cut
        and left[cut - 1] == ","
        and (relative := _OPENING_RELATIVE.match(clause))
        and not named(content(clause[relative.end() : froms[0].start()]))
    ):
        # "громаду, яку від агресора відділяють лічені кілометри", "Село, которое от границы
        # отделяют 3 км": a relative clause's pronoun is what is set apart, and it stands for
        # the name (or the type word) before the comma (rule separation_uk_ru)
        before = left[: cut - 1]
        antecedent = _described_before(before, bare=False)
        if antecedent is None and (last := _letter_words(before[-40:])[-1:]):
            antecedent = last[0] if last[0].lower() in _CYR_TYPE else None  # "Село, яке …"
        if antecedent and _kind(antecedent) not in ("non_place", "region", "pronoun"):
            subject = antecedent
    if subject is None:
        # "Город от границы отделяют 7 км", "Село від кордону відділяє 3 км": the place the
        # text is about, by its type word alone
        typed = [w for w, _, _ in _tokens(rest) if w.lower() in _CYR_TYPE]
        subject = typed[0] if len(typed) == 1 else None
    if subject is None:
        # "Від лінії фронту Костянтинівку відділяють 4 км", "Від кордону з Білоруссю Славутич
        # відділяють 10 км": the fronted phrase ran on into the name after it; a line or a
        # country ends it, the name is what is set apart
        parts = reference.split()
        k = len(parts)
        while k > 1 and _is_cap(parts[k - 1]) and parts[k - 1].lower() not in _LEX.countries:
            k -= 1
        if k < len(parts) and (
            _is_line(" ".join(parts[:k])) or parts[k - 1].lower() in _LEX.countries
        ):
            subject, reference = " ".join(parts[k:]), " ".join(parts[:k])
        elif (
            k < len(parts)
            and (genitive := _genitive_end(parts, lang)) is not None
            and genitive < len(parts)
        ):
            # "Від Костянтинівки Дружківку відділяє 15 км": the fronted place's genitive ran on
            # into the name in another case; that name is what is set apart (rule
            # separation_uk_ru)
            subject, reference = " ".join(parts[genitive:]), " ".join(parts[:genitive])
    if not subject or re.search(r"[^\w\s’'\-]", subject):
        return None
    return subject, reference, offset


def _genitive_end(parts: list[str], lang: str) -> int | None:
    """Where a run of capitalised words after "від"/"от" stops being genitive: the first
    capitalised word that cannot be genitive after one that is ("Костянтинівки Дружківку" →
    1); None when there is no such word."""
    for k in range(1, len(parts)):
        cases = word_cases(parts[k], lang)
        if (
            _is_cap(parts[k])
            and cases  # a word the dictionary does not know may be a genitive it cannot tell
            and "gent" not in cases
            and "gent" in word_cases(parts[k - 1], lang)
            and all(_is_cap(w) for w in parts[k:])
        ):
            return k
    return None


#: Two names joined right before a separation verb: "Покровськ і Мирноград (розділяють)".
_SEPARATED_PAIR = re.compile(
    r"(?<![\w’'\-])(?P<a>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s+"
    rf"(?:{_alt(_LEX.span_and)})\s+"
    r"(?P<b>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s*$"
)


#: A sentence opening with a full participle ("Розташоване", "Находящийся"), its noun later.
_FRONTED_PARTICIPLE = re.compile(
    rf"^\W*(?:{_alt(w for w in _LEX.participles if ' ' not in w)})(?![\w-])", re.IGNORECASE
)


_SEPARATES_AFTER = re.compile(
    rf"\s*(?:{_alt(_LEX.separation_verbs)})\s+(?P<np>[^,.;:!?()«»\"—–\n]{{1,60}}?)\s+"
    rf"(?:{_alt(_LEX.span_from)})\s+",
    re.IGNORECASE,
)


def _separated_after(sentence: str, start: int, end: int) -> tuple[str, str, int, int] | None:
    """ "Понад 10 км відділяє Покровськ від лінії фронту", "Около 10 км отделяют Покровск от
    линии фронта": a measure before its separation verb, then what it sets apart and the place
    after "від"/"от" (rule ``separation_uk_ru``, measure first). Returns (subject, reference,
    statement start, reference end) or None."""
    m = _SEPARATES_AFTER.match(sentence, end)
    if not m:
        return None
    words = [w for w, _, _ in _tokens(m.group("np")) if re.match(r"[^\W\d_]", w)]
    subject = _cap_run(words) if words and _is_cap(words[0]) else _force_phrase(words)
    if not subject or len(subject.split()) != len(words):
        return None  # "відділяє нас від …", "отделяют позиции ВСУ у села … от": not one name
    reference, ref_end = _reference(sentence, m.end())
    if not reference:
        return None
    return subject, reference, start, ref_end


#: "від"/"от" as a measure's own link (lexicon ``span_from`` that are also ``links``).
_FRONTED_FROM_WORD = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_LEX.span_from & _LEX.links)})\s+", re.IGNORECASE
)


#: What may stand between a fronted "від"/"от" phrase's place and its measure: a dash or a
#: comma, "на відстані"/"на расстоянии" ("Вовчанськ від кордону — 5 км", "АЭС находится от
#: Курска на расстоянии 40 км").
_FROM_GAP = re.compile(
    r"\s*(?:[—–-]\s*|,\s*)?(?:на\s+(?:відстані|віддалі|расстоянии|удалении)\s*)?",
    re.IGNORECASE,
)


#: A relative clause opening right after the subject: ", який", ", который", ", що".
_FRONTED_FROM_RELATIVE = re.compile(
    rf"\s*,\s*(?:{_alt(_LEX.relative_pronouns)})(?![\w’'\-])", re.IGNORECASE
)


def _fronted_from(sentence: str, start: int) -> tuple[str, str, int] | None:
    """ "Вовчанськ від кордону — 5 км", "Шебекино от границы — в 7 км", "Курская АЭС
    находится от Курска на расстоянии 40 км": the place a measure is taken from named before
    it, right after the subject (and its verb of location), with only a dash, a comma or "на
    відстані" between that place and the figure (rule ``fronted_from_uk_ru``). Returns
    (subject, reference, clause start) or None."""
    left = _left(sentence, start)
    cut = max(left.rfind(c) for c in ".;!?:(") + 1
    clause, offset = left[cut:], start - len(left) + cut
    froms = list(_FRONTED_FROM_WORD.finditer(clause))
    if not froms:
        return None
    link = froms[-1]
    reference, ref_end = _reference(sentence[:start], offset + link.end())
    if not reference or not _FROM_GAP.fullmatch(sentence, ref_end, start):
        return None
    subject = _subject_cyrillic(sentence, offset + link.start(), own_clause=True)
    before = clause[: link.start()]
    at = before.rfind(subject) if subject else -1
    if at < 0:
        return None
    rest = before[at + len(subject) :]
    if relative := _FRONTED_FROM_RELATIVE.match(rest):
        rest = rest[relative.end() :]  # "…Башкортостана, который находится от Украины …"
    between = [w.lower() for w, _, _ in _tokens(rest) if _LETTER.match(w)]
    if any(w not in _LEX.locative_verbs | _LEX.participles for w in between) or re.search(
        r"[^\w\s’'\-]", rest
    ):
        return None  # "Колона вийшла від Курська — 30 км": not where the subject lies
    return subject, reference, offset + at


#: What may stand between an opening "від"/"от" phrase's subject and its measure: a verb of
#: location ("Від Покровська село Удачне розташоване за 12 км") or a dash ("От Купянска
#: вражеские позиции — в 8 км").
_OPENING_FROM_TAIL = re.compile(
    r"(?:\s+(?P<verb>"
    + _alt(
        w for w in _LEX.locative_verbs | _LEX.participles if _CYRILLIC.search(w) and " " not in w
    )
    + r"))?\s*(?P<dash>[—–-]\s*)?$",
    re.IGNORECASE,
)


def _opening_from(sentence: str, start: int) -> tuple[str, str, int] | None:
    """Rule ``opening_from``: "Від Покровська село Удачне розташоване за 12 км", "От Купянска
    вражеские позиции — в 8 км": the place a measure is taken from opens the clause, then the
    subject, its verb of location or a dash, then the measure with no "від"/"от" of its own.
    The subject is a name or forces, with no other verb ("Від Покровська ворог просунувся на
    12 км" says how far it moved). Returns (subject, reference, clause start) or None."""
    left = _left(sentence, start)
    cut = max(left.rfind(c) for c in ".;!?:(") + 1
    clause, offset = left[cut:], start - len(left) + cut
    lead = len(clause) - len(clause.lstrip(' «"“„'))
    link = _FRONTED_FROM_WORD.match(clause, lead)
    if not link:
        return None
    reference, ref_end = _reference(sentence[:start], offset + link.end())
    lang = _cyrillic_language(sentence)
    words = (reference or "").split()
    if (
        len(words) > 1
        and _is_cap(words[-1])
        and (cases := word_cases(words[-1].lower(), lang))
        and "gent" not in cases
        and "gent" in word_cases(words[-2].lower(), lang)
    ):
        # "От Донецка Горловка находится в 40 км", "Від кордону Вовчанськ розташований за
        # 5 км": a name in no genitive after the "from" phrase opens the subject
        reference = " ".join(words[:-1])
        ref_end = sentence.rindex(words[-1], 0, ref_end)
    if not reference or not (_kind(reference) == "place" or _is_line(reference)):
        return None
    mid = sentence[ref_end:start]
    tail = _OPENING_FROM_TAIL.search(mid)
    if not tail or not (tail.group("verb") or tail.group("dash")):
        return None
    np = mid[: tail.start()].strip()
    words = [w for w, _, _ in _tokens(np)]
    if (
        not words
        or len(words) > 5
        or not all(_LETTER.match(w) for w in words)
        or any(_finite_verb(w, _tokens(np), lang) for w in words)
    ):
        return None
    subject = _inverted_name(np)
    if subject is None and (_is_force(np) or _is_line(np)):
        subject = np
    return (subject, reference, offset + lead) if subject else None


#: Rule bracket_respectively: figures before the last one in a bracket opening right after a
#: list of names ("Работино, Вербовое (58 и 65 км юго-вост. г.Запорожье)").
_BRACKET_FIGURES = re.compile(
    rf"\(\s*(?P<figs>(?:{_NUM})(?:\s*,\s+(?:{_NUM}))*)\s+(?:{_alt(_LEX.span_and)})\s+$",
    re.IGNORECASE,
)
_BRACKET_NAME = r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)?"
_BRACKET_NAMES = re.compile(
    rf"(?<![\w’'\-])(?P<names>{_BRACKET_NAME}(?:\s*,\s*{_BRACKET_NAME})*"
    rf"(?:\s*,?\s+(?:{_alt(_LEX.span_and)})\s+{_BRACKET_NAME})?)\s*$"
)
_BRACKET_SPLIT = re.compile(
    rf"\s*,\s*(?:(?:{_alt(_LEX.span_and)})\s+)?|\s+(?:{_alt(_LEX.span_and)})\s+"
)


def _bracket_pairs(sentence: str, at: int, subject: str | None) -> list[tuple[str, str, int]]:
    """Rule ``bracket_respectively``: "на рубеже Работино, Вербовое (58 и 65 км юго-вост.
    г.Запорожье)": a bracket right after a list of names holds one figure per name, in order,
    the last one measured (at ``at``) for the last name, ``subject``; the others go with the
    names before it. Only when the counts agree and every name is a place: (name, figure,
    start of the figure) for each earlier name, else []."""
    head = sentence[max(0, at - 60) : at]
    figs = _BRACKET_FIGURES.search(head)
    if not figs or not subject:
        return []
    open_at = at - len(head) + figs.start()
    listed = _BRACKET_NAMES.search(sentence, max(0, open_at - 160), open_at)
    if not listed:
        return []
    names = _BRACKET_SPLIT.split(listed.group("names"))
    figures = [
        (f.group(), at - len(head) + figs.start("figs") + f.start())
        for f in re.finditer(_NUM, figs.group("figs"))
    ]
    if (
        len(names) != len(figures) + 1
        or names[-1] != subject
        or any(_kind(n) != "place" for n in names)
    ):
        return []
    return [(name, figure, start) for name, (figure, start) in zip(names, figures, strict=False)]


def _elliptical(gap: str, lang: str) -> bool:
    """Whether the words between two measures leave the second one's stretch unsaid: no verb
    but a distance verb ("було"), no noun that could be a new subject ("дорога занимает 45 км"
    measures the road, not the stretch)."""
    gap = _ROUTE.sub(" ", gap)  # "по автодороге": how the stretch is measured, no new subject
    for word, _, _ in _tokens(gap):
        if not _LETTER.match(word) or word.lower() in _LEX.distance_verbs:
            continue
        classes = word_classes(word, lang)
        if classes & _VERBAL or "nomn" in word_cases(word, lang):
            return False
    return True


_LIST_ITEM = re.compile(
    r"(?P<sep>\s*,\s*|\s+(?:і|й|та|и|and)\s+)"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})"
)


#: What may close a list of names: the sentence's or a clause's end.
_LIST_END = re.compile(r"\s*(?:[.;:!?)]|$)")


def _list_partners(sentence: str, reference: str, ref_end: int) -> list[tuple[str, int]]:
    """ "від городів Марганець і Нікополь", "від сіл Поди, Копані, Степове і Захарівське": the
    other names of a plural type word's list. A list with commas counts only when closed, by
    "і"/"та"/"и" before its last name or by the clause's end; a name with a region word after
    it ends the list ("… і Нікополь Дніпропетровської області")."""
    if reference.split()[0].lower() not in _LEX.plural_type_words:
        return []
    found: list[tuple[str, int]] = []
    pos = ref_end
    while len(found) < 12 and (m := _LIST_ITEM.match(sentence, pos)):
        name = m.group("name").split()
        if not _is_cap(name[0]) or name[0] in _FUNCTION_CAPS:
            break
        rest = re.match(r"\s*([\w’'\-]+)", sentence[m.end() :])
        regional = bool(rest and rest.group(1).lower() in _LEX.region_words)
        if len(name) > 1 and regional:
            name = name[:-1]
        found.append((" ".join(name), m.start("name") + len(" ".join(name))))
        pos = found[-1][1]
        if "," not in m.group("sep"):
            return found  # the last name, after "і"
        if regional:
            break
    return found if found and _LIST_END.match(sentence, pos) else []


#: Rule reference_list_uk_ru: "і"/"та"/"и" and a second name closing the clause (or before a
#: comma) after a named reference.
_COORDINATED_NAME = re.compile(
    r"\s+(?:і|й|та|и)\s+(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})"
    r"(?=\s*(?:[.;:!?),]|$))"
)


def _coordinated_reference(
    sentence: str, reference: str, ref_end: int, lang: str
) -> list[tuple[str, int]]:
    """Rule ``reference_list_uk_ru``: "за 10 км від Бахмута і Соледара", "в 10 км от Бахмута и
    Соледара": the second name shares the measure, when it closes the clause and is in a case
    the first name may be in too ("от Бахмута и Соледар находится рядом" is another clause)."""
    if _kind(reference) != "place" or not all(map(_is_cap, reference.split())):
        return []
    m = _COORDINATED_NAME.match(sentence, ref_end)
    if m is None or _kind(m.group("name")) != "place" or _is_force(m.group("name")):
        return []
    first = word_cases(reference.split()[-1].lower(), lang)
    second = word_cases(m.group("name").split()[-1].lower(), lang)
    if not first or not second or first.isdisjoint(second):
        return []
    return [(m.group("name"), m.end("name"))]


#: "километрах в двадцати от Авдеевки", "метрах в трехстах от", "кілометрів за п'ять від села":
#: the unit before the number makes the figure a rough one (rule measure_uk_ru, reordered).
_UK_RU_REORDERED = re.compile(
    rf"(?<![\w])(?P<unit>{_alt(u for u in _CYR_UNITS if len(u) > 3)})\s+(?P<prep>в|у|за)\s+"
    rf"(?P<num>{_NUM}|{_CYR_COMPOUND}|{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})\s+"
    rf"(?:(?P<dir>{_alt(_DIR_UK_RU)})\s+)?(?P<link>від|од|от)(?![\w])\s*",
    re.IGNORECASE,
)


#: "за метрів двісті звідси", "в километрах пяти от села", "за кілометрів п'ять від": the
#: preposition before the unit, the number after it — also a rough figure (rule
#: measure_uk_ru, reordered).
_UK_RU_PREP_FIRST = re.compile(
    rf"(?<![\w])(?P<prep>в|у|за)\s+(?P<unit>{_alt(u for u in _CYR_UNITS if len(u) > 3)})\s+"
    rf"(?P<num>{_NUM}|{_CYR_COMPOUND}|{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})\s+"
    rf"(?:(?P<dir>{_alt(_DIR_UK_RU)})\s+)?"
    rf"(?:(?P<link>від|од|от)(?![\w])\s*|(?=(?:{_alt(_LEX.deictic_from)})(?![\w])))",
    re.IGNORECASE,
)


#: "до фронту — кілометрів п'ять", "осталось километров восемь", "километров 15.": the unit
#: before the number with no preposition, the number closing the clause — a rough figure
#: read as "п'ять кілометрів" (rule measure_uk_ru, unit_first); a preposition or "від" after
#: the number is the shapes above.
_UK_RU_UNIT_FIRST = re.compile(
    rf"(?<![\w])(?P<unit>{_alt(u for u in _CYR_UNITS if len(u) > 3)})\s+"
    rf"(?P<num>{_NUM}|{_CYR_COMPOUND}|{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})"
    r"(?=\s*(?:[.,;:!?)»”\"]|[—–]|$))",
    re.IGNORECASE,
)


#: "от 300 метров до километра", "від 500 метрів до двох кілометрів": after "до", the upper
#: figure of a range, not a place (rule figure_range).
_TO_FIGURE = re.compile(
    rf"\s*(?:(?:{_NUM}|{_CYR_COMPOUND}|{_alt(_CYR_NUMBERS)})(?:\s*|-))?"
    rf"(?:{_alt(_CYR_UNITS)})(?![\w])",
    re.IGNORECASE,
)


class _Reordered:
    """A match of ``_UK_RU_REORDERED`` read like one of ``_UK_RU``: its groups, the others
    absent."""

    def __init__(self, match: re.Match) -> None:
        self.match = match

    def group(self, name: str) -> str | None:
        return self.match.group(name) if name in self.match.re.groupindex else None

    def start(self, *group: str) -> int:
        return self.match.start(*group)

    def end(self, *group: str) -> int:
        return self.match.end(*group)


def _unit_heads(units) -> tuple[str, ...]:
    """Four-letter heads one of which each of ``units`` holds ("метр" in "кілометрів" too):
    shortest units first, a unit holding no head kept so far adds its own first four letters."""
    heads: list[str] = []
    for unit in sorted(units, key=lambda u: (len(u), u)):
        if not any(head in unit for head in heads):
            heads.append(unit[:4])
    return tuple(heads)


#: The heads of the units the reordered measures write (four letters or more: "кілометрів",
#: "метрах"): a sentence whose lower-cased text holds none has no such measure.
_REORDERED_UNIT_HEADS = _unit_heads(u for u in _CYR_UNITS if len(u) > 3)


def _uk_ru_measures(sentence: str, folded: str | None) -> list:
    """The Cyrillic measures of a sentence in order (``folded``: see
    :func:`~.vocabulary._foldable`): "за 5 км від", and the reordered rough ones ("километрах в
    двадцати от", "за кілометрів п'ять від")."""
    found = list(_finditer_lowered(_UK_RU, sentence, folded))
    unit_first = [_Reordered(m) for m in _finditer_lowered(_UK_RU_UNIT_FIRST, sentence, folded)]
    if folded is not None and not any(head in folded for head in _REORDERED_UNIT_HEADS):
        # no unit written out ("5 км" only): the two reordered scans find nothing
        reordered = unit_first
    else:
        reordered = (
            [_Reordered(m) for m in _finditer_lowered(_UK_RU_REORDERED, sentence, folded)]
            + [_Reordered(m) for m in _UK_RU_PREP_FIRST.finditer(sentence)]
            + unit_first
        )
    if reordered:
        found = sorted(found + reordered, key=lambda m: m.start())
    return found


#: A clause (up to its opening punctuation) with a word of location: "Ивановка расположена",
#: "що розташоване", "находящийся".
_LOCATED_CLAUSE = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(w for w in _LEX.locative_verbs | _LEX.participles | _LEX.located_openers if _CYRILLIC.search(w))})"
    r"(?![\w’'\-])[^.;:!?,]*$",
    re.IGNORECASE,
)


#: A Cyrillic measure ending a text ("на 10 км"): a direction right after it that the measure
#: pass did not read says by how much, not where ("просунулися на 10 км південніше X").
_CYR_MEASURE_END = re.compile(
    rf"(?<![\w])(?:{_NUM}|{_alt(_CYR_NUMBERS)})(?:-[а-яіїєґ]+)?\s*(?:{_alt(_CYR_UNITS)})\.?\s*$",
    re.IGNORECASE,
)


#: A comma after a direction's reference, then its measure: "на північ від Бахмута, за 12 км".
_THEN_MEASURE_UK_RU = re.compile(
    # "на південь від Покровська (12 км)": a bracket holding only the measure says how far too
    r"\s*(?:,|\((?=[^()]{1,40}\)))?\s*(?:на\s+(?:відстані|расстоянии|удалении|віддалі)\s+)?(?=\S)",
    re.IGNORECASE,
)


#: A heading right after a reference: "… від Бахмута в північному напрямку", "… от Бахмута в
#: северном направлении", "… від Ізюма на північний схід", "… от Изюма к северо-востоку" (only
#: the phrases of heading, "на" with the accusative and "к": "на півночі", "на севере" after a
#: place is a part of it).
_HEADING_AFTER = re.compile(
    rf"\s*,?\s*(?P<dir>{_alt(k for k in _DIR_UK_RU if 'напрям' in k or 'направлен' in k or (k.startswith(('на ', 'к ')) and not k.endswith(('і', 'е'))))})"
    r"(?![\w’'\-])(?!\s+(?:від|од|от)\s)",  # "… к северу от реки": a direction of its own
    re.IGNORECASE,
)


def _uk_ru_qualifier(m: re.Match) -> str | None:
    """The qualifier of a Cyrillic measure; a vague number ("кілька км") is its qualifier; a
    reordered measure ("километрах в пяти") has its unit and preposition as written."""
    if isinstance(m, _Reordered):
        return " ".join(w for w in (m.group("unit"), m.group("prep")) if w)
    qual, num = m.group("qual"), m.group("num")
    if m.group("odd") or m.group("odd_after"):
        # "двадцать с лишним километров", "5 км з гаком": at least the figure
        return m.group("odd") or m.group("odd_after")
    if num.lower() in _LEX.vague_numbers:
        return f"{qual} {num}" if qual else num
    return qual


def _uk_ru_meaning(m: re.Match) -> str | None:
    """Rule ``reordered_rough``: the unit before the number ("километрах в пяти от", "за
    метрів двісті від") says the figure is a rough one, with no qualifier word: approximate.
    None: the qualifier word's own meaning (the lexicon's)."""
    return "approximate" if isinstance(m, _Reordered) else None


_IMPLIED = re.compile(
    # "from X": where a movement or a launch set out ("fled from X to the town of Y, 60 km
    # west", "a drone launched from X hit Y, 40 km away"), what the end is measured from
    rf"\b(?:[Ii]n|[Ff]rom|(?:city|town|village|settlement)\s+of"
    # "fled X to Y", "leaving X for Y": a departure verb's object is where the movement set out
    rf"|(?P<left>(?i:{_alt(_EN.departure_verbs)})))\s+(?P<name>{_NAME})(?![\w’'\-])"
    rf"(?!\s*,?\s*(?:{_alt(_LEX.region_words)})\b)"
    # "the Russian command in the city had withdrawn to Rubizhne, a few miles to the southeast",
    # "the highway runs through the village and links to the capital 14 km south", "a weekend
    # at the kibbutz … the border a few hundred meters away": the town the text spoke of
    rf"|\b(?:in|at|through|of)\s+"
    rf"(?P<described>the\s+(?:{_alt(_EN.settlement_words - _EN.capital_words)}))"
    r"(?![\w’'\-])(?!\s+of\b)"
)


_SPEECH = re.compile(rf"(?<![\w’'\-])(?:{_alt(_EN.speech_verbs)})(?![\w’'\-])", re.IGNORECASE)


#: Rule motion_goal_away: a verb of motion, then "towards"/"on"/"to" right before the subject.
_MOTION_GOAL_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.motion_verbs)})(?:\s+[a-z]+){{0,2}}?\s+(?:towards?|on|to|for)"
    r"\s+(?:the\s+(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


#: "… 10 km from X", "north from X", "away from X": a "from" that is a measure's own link, no
#: source of a movement.
_MEASURE_LINK_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_UNITS)}|{_alt(_DIRS_EN)}|away|distance|far)\.?\)?\s*$",
    re.IGNORECASE,
)


#: Rule away_object: "The Russian military, currently positioned about six kilometers away,
#: shells Orikhiv": a measure "away" in an aside between commas is measured from the place the
#: clause's verb then acts on (a verb of acting on a place from afar, its direct object).
_AWAY_ASIDE_OPEN = re.compile(r",\s*(?:[a-z]+\s+){0,3}$")


_AWAY_OBJECT = re.compile(
    rf"\s*,\s*(?:(?:{_alt(_EN.auxiliaries | _EN.clause_auxiliaries)}|[a-z]+ly|now|still)\s+){{0,3}}"
    rf"(?:{_alt(_EN.away_object_verbs)})\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
    rf"(?P<name>{_NAME})(?![\w’'\-])"
)


#: Rule journey_span: "… journey from X to Y".
_JOURNEY_TO = re.compile(r"\s+to\s+(?=\S)")


#: Rule inverted_after_clause: a measure opening a second clause ("…, while about 100 km to the
#: south lies Kyiv", "…; 50 km to the east lies Donetsk").
_CLAUSE_JOINED = re.compile(r"(?:,\s*(?:while|whereas|and|but)|;)\s*$", re.IGNORECASE)


#: A name opening a sentence as its verb's subject ("Rafah borders Egypt, …").
_OPENING_NAME_VERB = re.compile(rf"^\s*(?P<name>{_NAME})(?![\w’'\-])\s+(?:is|was|[a-z]{{2,}}s)\b")


def _first_clause_place(opening: str, statements: list) -> str | None:
    """The place the sentence's first clause is about: the subject of the statement read in
    it, or the name opening it as its verb's subject (rule ``inverted_after_clause``)."""
    if statements:
        head = statements[-1].subject
        if not head or _is_force(head) or _is_line(head):
            return None
        # "The Chernobyl plant is …": a named facility too
        named = any(_is_cap(w) and w not in _FUNCTION_CAPS for w in head.split()[1:])
        return head if _kind(head) == "place" or (_kind(head) == "non_place" and named) else None
    found = _OPENING_SUBJECT.match(opening) or _OPENING_NAME_VERB.match(opening)
    if found is None:
        return None
    name = found.group("name")
    if name.split()[0] in _FUNCTION_CAPS or _kind(name) != "place":
        return None
    return _drop_descriptor(name)


def _implied_reference(sentence: str, start: int, subject: str | None) -> str | None:
    """The place a measure with no "from" is measured from, when the sentence names exactly
    one settlement before it ("in Pokrovsk", "the city of Bakhmut") that is not its subject:
    "The situation in Pokrovsk … : Russian troops are about a kilometer away"."""
    names = set()
    left = _left(sentence, start)
    # only names before the subject: "the nearest house in Sajaiya is just 600 metres away"
    # is not measured from Sajaiya
    limit = left.rfind(subject) if subject and subject in left else len(left)
    origin, named_end = False, 0
    for m in _IMPLIED.finditer(left, 0, limit):
        if m.group("described"):
            names.add(m.group("described"))
            named_end = m.end()
            continue
        name = m.group("name")
        if _kind(name) != "place" or name.split()[0] in _FUNCTION_CAPS:
            continue
        if (
            not m.group("left")
            and m.group()[:4].lower() == "from"
            and (
                _MEASURE_LINK_END.search(left[max(0, m.start() - 40) : m.start()])
                or _FURTHER_MEASURE.search(left[-40:])
            )
        ):
            continue  # "Toretsk is 10 km from Bakhmut, and Siversk lies another 20 km north"
        if (
            name.lower() in _LEX.months
            or name.lower() in _TIME_WORDS
            or (m.group()[:2] in ("In", "Fr", "fr") and _SPEECH.search(left, m.end(), limit))
        ):
            continue  # "In March, …"; "In Kyiv, officials said …": when or where it was said
        if name.lower() in _LEX.countries or (subject and name in subject):
            continue
        names.add(name)
        origin = origin or bool(m.group("left")) or m.group()[:4].lower() == "from"
        named_end = m.end()
    if (
        not origin
        and subject
        and limit < len(left)
        and (goal := _MOTION_GOAL_END.search(left, max(0, limit - 60), limit))
        and _SPEECH.search(left, named_end, goal.start())
    ):
        # "the BBC's reporter in Khartoum says they have started advancing towards Torit - some
        # 130 km away", "officials in Kyiv said troops were pushing towards Kupiansk, about 40
        # km away": where a voice speaks from is not where a movement it tells of sets out; the
        # goal is that far from those moving (rule motion_goal_away). "The garrison in the
        # town withdrew to X, a few miles …" and "fled from X to Y, 60 km west" name where the
        # movement set out
        return None
    return names.pop() if len(names) == 1 else None


#: "… describe Rafah, further south and along …", "… to Rafah from Khan Younis, further north,":
#: a name with a comparative direction in apposition lies beyond the other place named before.
_FURTHER_DIRECTION = re.compile(
    rf"(?P<name>{_NAME})\s*,\s*(?i:further|farther)\s+(?i:to\s+the\s+)?"
    rf"(?P<dir>(?i:{_alt(_DIRS_EN)}){_BY})(?=\s*(?:[,;.–—)]|\band\b|$))"
)


#: The places a sentence names before a comparative direction ("in X", "to X", "from X").
_NAMED_BEFORE = re.compile(
    rf"\b(?:in|to|from|at|towards|(?:city|town|village|settlement)\s+of)\s+(?P<name>{_NAME})"
    rf"(?![\w’'\-])(?!\s*,?\s*(?:{_alt(_LEX.region_words)})\b)"
)


def _compared_place(sentence: str, start: int, subject: str) -> str | None:
    """The one place a sentence names before ``start`` (not ``subject``, not a country):
    what a comparative direction ("further south") compares the subject with."""
    names = set()
    for m in _NAMED_BEFORE.finditer(_left(sentence, start)):
        name = m.group("name")
        if _kind(name) != "place" or name.split()[0] in _FUNCTION_CAPS:
            continue
        if name.lower() in _LEX.countries or name in subject or subject in name:
            continue
        names.add(name)
    return names.pop() if len(names) == 1 else None


_FRONTED = re.compile(
    rf"\s*(?:(?:but|and|yet|still|now)\s*,?\s*)?(?:(?:{_alt(_LEX.participles)})\s*)?(?:at\s*)?$"
    # "At 40 km from the front, Kramatorsk is …": "at" opening the measure (rule fronted_at)
    # "Working 4 km from the front, medics …": a verb in -ing opening the sentence (rule
    # fronted_participle_ing; with no comma after the reference it stays the subject:
    # "Fighting 5 km from Pokrovsk continued")
    r"|\s*[A-Z][a-z]{2,}ing\s*$"
    # "Perched 12 km from Bakhmut, Chasiv Yar …", "Nestled 5 km from the border, …": a past
    # participle opening the sentence (rule fronted_participle_ed)
    r"|^\W*[A-Z][a-z]{2,}ed\s*$",
    re.IGNORECASE,
)


#: "Built around a rail junction in the 19th century, around 60 miles north of Donetsk, it …",
#: "Nestled on the banks of the Dnipro, some 30 km south of Zaporizhzhia, the town …": a
#: participle opening the sentence, its phrase (no finite verb), a comma, then the measure
_FRONTED_CLAUSE = re.compile(
    rf"\s*(?:(?i:{_alt(_EN.participles)})|[A-Z][a-z]{{2,}}(?:ed|lt))"
    rf"\s+(?:{_alt(_EN.participle_prepositions)})\s[^;:()\"“”]*,\s*$"
)


#: … and after the measure's reference, the main clause: ", it became …", ", the town has …"
_MAIN_SUBJECT = re.compile(
    rf"\s*,\s*(?P<np>(?:it|they|he|she|we|this)(?=\s+[a-z])"
    rf"|(?:the|The)\s+(?:{_alt(_EN.settlement_words)})(?:\s+of\s+{_NAME})?(?=\s+[a-z])"
    rf"|{_NAME}(?=\s+[a-z]))"
)


#: "At a distance of 26 km from the border …": the measure opens the sentence as an adverbial
_AT_DISTANCE = re.compile(rf"\s*(?i:at|within)\s+(?:a\s+)?(?i:{_alt(_EN.distance_nouns)})\s+of\s*$")


#: … "… in the southern direction is one of the megalopolises of Ukraine – Kharkiv": then the
#: verb, then what the measure places (an appositive name after a dash names it)
_AT_DISTANCE_SUBJECT = re.compile(
    rf"(?:\s+in\s+the\s+(?P<dir>(?i:{_alt(_DIR_ADJ)})\s+direction))?\s*,?\s+"
    r"(?:lies|lay|sits|stands|is|was)\s+(?P<np>[^,.;:()–—\s][^,.;:()–—]{0,80}?)"
    rf"(?:\s*[–—]\s*(?P<name>{_NAME}))?(?=\s*[,.;:()]|\s*$)"
)


#: "Moskovka, located … northwest of Kupyansk (about 3.5 km from the center)": a bracket right
#: after a statement goes on about what that statement placed
_BRACKET_AFTER = re.compile(
    rf"(?<![\w-])(?P<dir>(?i:{_alt(_DIRS_EN)}))\s+(?:of|from)\s+(?P<name>{_NAME})\s*\(\s*$"
)


#: Rule fronted_fragment: what may follow a fronted clause's measure when the sentence has no
#: main clause: more of the reference's phrase, no comma, no verb, up to the sentence's end.
_FRAGMENT_REST = re.compile(r"[^,;:.!?—–]{0,120}(?:[.!?]|$)")


def _fragment_end(sentence: str, ref_end: int) -> bool:
    """Whether the sentence ends after ``ref_end`` with no clause of its own (rule
    ``fronted_fragment``): no comma, no finite verb, nothing but the reference's phrase."""
    m = _FRAGMENT_REST.match(sentence, ref_end)
    return bool(m) and _FINITE_VERBS.isdisjoint(w.lower() for w in _words(m.group()))


#: Rule fronted_apposition: a description in apposition ("the capital city of …", "a town of
#: 20,000", "Ukraine's second-largest city") …
_APPOSED_TO_REFERENCE = re.compile(r"^(?:(?:the|a|an)\s|[A-Z][\w\-]*['’]s\s+[a-z])")
#: … but never "the town of Selydove", which names the subject itself.
_NAMED_SETTLEMENT = re.compile(
    rf"^(?i:the)\s+(?:[a-z][\w\-]*\s+)?(?i:{_alt(_EN.settlement_words)})\s+of\s+[A-Z]"
)
#: … and what may follow it before the main clause: a relative clause ("which was seized …,")
#: or a measure joined by "and" ("and roughly 15 km from the Russian border,"), each closed by
#: a comma.
_APPOSED_SKIPPED = re.compile(
    r",\s*(?:(?:which|where|who)\s[^,;:()]{1,120}|and\s[^,;:]{0,30}?\d[^,;:]{1,80}),"
)


def _fronted_subject(sentence: str, ref_end: int) -> str | None:
    """``Located 30 km south of Gaza, Rafah's population …`` → ``Rafah's population``."""
    m = re.match(r"\s*,\s*", sentence[ref_end:])
    if not m:
        return None
    phrase, end = _reference(sentence, ref_end + m.end())
    for _ in range(3):
        # "Located 110 km northwest of Goma, the capital city of North Kivu, which was seized
        # in January, Nyabiondo opens …", "Located 25 km north of Kharkiv, Ukraine's
        # second-largest city, and roughly 15 km from the border, Slatyne …": a description in
        # apposition to the reference, a relative clause on it and a measure joined by "and"
        # stand between the fronted measure and the main clause, whose subject comes after
        # them (rule fronted_apposition)
        if not (
            phrase
            and _APPOSED_TO_REFERENCE.match(phrase)
            and not _NAMED_SETTLEMENT.match(phrase)
            and sentence[end : end + 1] == ","
        ):
            break  # "…, the village of Kivsharivka, Kupiansk district, …" names the subject
        skipped = _APPOSED_SKIPPED.match(sentence, end)
        nxt = skipped.end() if skipped else end + 1
        nxt += len(sentence[nxt : nxt + 5]) - len(sentence[nxt : nxt + 5].lstrip())
        following, following_end = _reference(sentence, nxt)
        if not following or not (following[0].isupper() or following.startswith("the ")):
            break  # "…, the town, which …, has been shelled": the description was the subject
        phrase, end = following, following_end
    words = (phrase or "").split()
    if words and words[0].lower() in _EN.subordinators | _EN.possessive_determiners | _RELATIVE:
        # "One kilometre from the front, while his comrade digs …": a subordinate clause stands
        # between the measure and the main clause, whose subject is not read across it (rule
        # fronted_subordinate); "Located 8 km from Russian positions, their mission is …": a
        # possessor the reader resolves from earlier text opens the subject, which the fronted
        # measure does not place (rule fronted_possessed); "" says the subject is withheld
        return ""
    for i, word in enumerate(words[:-1]):
        following = words[i + 1]
        if word.lower() in _LEX.force_words and following[:1].islower() and following != "of":
            # "…, Russian troops took the village of …": the forces are the clause's subject,
            # the verb after them ends it
            return " ".join(words[: i + 1])
    # "Less than 20 miles from Kyiv, the convoy stalled", "…, residents fled": the clause's verb
    # ends its subject (rule verb_tail)
    verb = next(
        (
            i
            for i, w in enumerate(words[1:], 1)
            if w.islower()
            and (
                w in _SHARED_VERBS
                or (i == len(words) - 1 and w.endswith("ed") and len(w) > 4)
                # "…, villagers hear the guns every night": a word with its object's
                # determiner after it is the clause's verb (rule verb_object_tail)
                or (
                    i + 1 < len(words)
                    and words[i + 1].lower() in _EN.noun_determiners | _LEAD_ARTICLES
                    and w not in _NP_STOP
                    and w not in _CONNECTORS
                    and w != "of"
                    and w.isalpha()
                )
            )
        ),
        None,
    )
    if verb is not None:
        return " ".join(words[:verb])
    return phrase


_NAME_RUN = r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,3}"


#: "Ближайшая железнодорожная станция — Водяная (3,5 км)", "Найближча залізнична станція Ізюм
#: розташована за 7 км", "Ближайшая ж/д станция — Изюм, в 7 км": the nearest stop, named right
#: before a measure with no reference; it is measured from the place the text is about.
_NEAREST_STATION = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_LEX.nearest_words)})\s+(?:[^\W\d_][\w’'/.\-]*\s+){{0,3}}?"
    rf"(?i:{_alt(_LEX.station_words | _LEX.nearest_heads)})(?:\s+[^.;!?()—–]{{1,80}}?\s[—–-]\s*(?:(?i:{_alt(_LEX.station_words)})\s+)?"
    rf"|\s*(?:[—–-]\s*)?)[«\"“]?(?P<name>{_NAME_RUN})[»\"”]?"
    rf"\s*(?:\(\s*|,\s*|[—–-]\s*)?(?:(?i:{_alt(w for w in _LEX.locative_verbs if _CYRILLIC.search(w))})\s+)?$"
)


#: "Найближча залізнична зупинка — 13 км", "Ближайшая станция находится в 13 км": the nearest
#: stop with no name, measured from the place the text is about (rule nearest_station).
_NEAREST_UNNAMED = re.compile(
    rf"(?<![\w’'\-])(?P<np>(?i:{_alt(_LEX.nearest_words)})\s+(?:[^\W\d_][\w’'/.\-]*\s+){{0,3}}?"
    rf"(?i:{_alt(_LEX.station_words | _LEX.nearest_heads)}))"
    rf"\s*(?:[—–-]\s*)?(?:(?i:{_alt(w for w in _LEX.locative_verbs if _CYRILLIC.search(w))})\s+)?$"
)


_NEAR_NAMES = {
    lang: re.compile(
        rf"\s*(?i:{_alt(words)})\s+(?P<names>{_NAME_RUN}"
        rf"(?:(?:\s*,\s*|\s+(?:{_alt(_LEX.span_and)})\s+){_NAME_RUN})*)"
    )
    for lang, words in _NEAR_BY_LANGUAGE.items()
}


_AND_NAME = re.compile(rf"\s+(?:{_alt(_LEX.span_and)})\s+(?P<name>{_NAME_RUN})")


#: English: "northwest of Avdiivka near (the settlements of) Novobakhmutivka and Stepove", the
#: list closed by punctuation or a function word (not "near Avdiivka Coke plant").
_NEAR_NAMES_EN = re.compile(
    rf"\s*,?\s*(?i:{_alt(lexicon(('en',)).near_prepositions)})\s+"
    rf"(?:the\s+(?:{_alt(_LEX.settlement_words | _LEX.plural_type_words)})\s+of\s+)?"
    rf"(?P<names>{_NAME_RUN}(?:(?:\s*,\s*|,?\s+(?:{_alt(_LEX.span_and)})\s+){_NAME_RUN})*)"
    r"(?=\s*(?:[;:.,)]|$)|\s+(?:in|on|at|as|and|amid|after|during|while|where|with|since|but)\b)"
)


def _names_only(text: str) -> list[str]:
    """The names of a list ("Первомайського, Водяного та Невельського"), each a place."""
    names = [n for n in re.split(_SPLIT_NAMES, text.strip()) if n]
    return names if all(_kind(n) == "place" and _is_cap(n) for n in names) else []


def _near_names(sentence: str, ref_end: int) -> tuple[list[str], int] | None:
    """ "на південь від Торецька біля Неліпівки", "к западу от Авдеевки возле Орловки,
    Тоненького и Семеновки": the places named right after a direction's reference."""
    m = _NEAR_NAMES[_cyrillic_language(sentence)].match(sentence, ref_end)
    if not m or not m.group("names")[:1].isupper():
        return None
    rest = re.match(r"\s*([\w’'\-]+)", sentence[m.end() :])
    if rest and rest.group(1).lower() in _LEX.region_words:
        return None  # "біля Покровська Донецької області": the list is not read
    if rest and "NOUN" in word_classes(rest.group(1), _cyrillic_language(sentence)):
        return None  # "біля Авдіївського коксохіму": an adjective naming an object, no place
    names = _names_only(m.group("names"))
    return (names, m.end()) if names else None


_COMMA_AND = re.compile(rf",\s*(?:{_alt(_LEX.span_and)})\s+")


def _near_names_en(sentence: str, ref_end: int) -> tuple[list[str], int] | None:
    """ "positional battles … to the northwest of Avdiivka near the settlements of
    Novobakhmutivka and Stepove": the places named right after an English direction's
    reference, each a place (rule ``direction_near``)."""
    m = _NEAR_NAMES_EN.match(sentence, ref_end)
    if not m:
        return None
    names = _names_only(_COMMA_AND.sub(", ", m.group("names")))
    return (names, m.end()) if names else None


def _name_partner(sentence: str, ref_end: int) -> tuple[str, int] | None:
    """ "к югу от Благодатного и Нескучного": a second named reference."""
    m = _AND_NAME.match(sentence, ref_end)
    if not m or not _names_only(m.group("name")):
        return None
    rest = re.match(r"\s*([\w’'\-]+)", sentence[m.end() :])
    if rest and rest.group(1).lower() in _LEX.region_words:
        return None
    return m.group("name"), m.end()


def _subject_before_direction(sentence: str, start: int) -> str | None:
    """The subject of a Ukrainian or Russian direction with no distance ("на захід від X"),
    read from what stands right before it.

    A bracket or a participle, relative pronoun or locative verb ("Лісовку, яка розташована
    на південний схід від …") leaves it to :func:`_subject_cyrillic`; a name is the subject
    ("освобождению города Марьинки к западу от Донецка"), and so is a noun phrase ("звільнили
    кілька лісових масивів на північ від …", "на лінію окопів на захід від …"); after a comma,
    a name after a locative preposition in a clause with no locative verb ("… в Первомайському,
    на південний захід від …"). Any other verb before it ("просунулися на північ від …") makes
    it a movement: None.
    """
    lang = _cyrillic_language(sentence)
    left = _left(sentence, start)
    if re.search(r"\(\s*$", left):
        return _subject_cyrillic(sentence, start)
    clauses = _CLAUSE_SPLIT.split(left)
    tokens = [w for w, _, _ in _tokens(clauses[-1])]
    if not tokens:
        if len(clauses) > 1:
            before = [w for w, _, _ in _tokens(clauses[-2])]
            name = _described_before(clauses[-2], bare=False)
            lead = before[: len(before) - len(name.split())] if name else []
            if (
                name
                and lead
                and lead[-1].lower() in _LEX.locative_prepositions | _NEAR_BY_LANGUAGE[lang]
                and not any(w.lower() in _LEX.locative_verbs for w in lead)
                and _kind(name) == "place"
            ):
                return name
        return _subject_cyrillic(sentence, start)
    last = tokens[-1]
    low = last.lower()
    if (
        low in _LEX.participles
        or low in _LEX.locative_verbs
        or low in _TAIL_WORDS
        or low in _LEX.relative_pronouns
    ):
        return _subject_cyrillic(sentence, start)
    if last.isupper() and len(last) > 1:
        return None  # "позиції ЗСУ на захід від …": an acronym names forces, not the place
    if _is_cap(last) and last not in _FUNCTION_CAPS and low not in _LEX.countries:
        run: list[str] = []
        for word in reversed(tokens):
            if not _is_cap(word) or word in _FUNCTION_CAPS or len(run) == 4:
                break
            run.insert(0, word)
        name = " ".join(run)
        before = tokens[-len(run) - 1].lower() if len(tokens) > len(run) else ""
        settled = _CYR_TYPE | _LEX.locative_prepositions | _NEAR_BY_LANGUAGE[lang] | _LEX.area_words
        typed = before in _CYR_TYPE and _kind(name) not in ("non_place", "region", "pronoun")
        opening = _common_opening(run, lang) if len(run) == len(tokens) else None
        if not typed and (_kind(name) != "place" or opening or before not in settled):
            # only a settlement's name ("города Марьинки", "возле Гостомеля", "у селі Глибоке",
            # an adjective-like name after its type word), not any name ("перейшли Оскіл на
            # схід від …": a river)
            return None
        return name
    if low in _CYR_TYPE:
        return _subject_cyrillic(sentence, start)  # "Водяное — село к северу от …" (not "sat")
    classes = word_classes(last, lang)
    if not classes or classes & _VERBAL or not classes <= _NOMINAL or "NOUN" not in classes:
        return None  # a movement ("просунулися на північ від"), an adverb, an unknown word
    phrase = _noun_phrase_end(clauses[-1], lang)
    if not phrase:
        return None  # "біля Авдіївського коксохіму на захід від …": a named object, no place
    if phrase[-1].lower() in _CYR_TYPE or " ".join(phrase[-2:]).lower() in _CYR_TYPE:
        # "Часів Яр - населений пункт на захід від …": the type word describes a name
        return _subject_cyrillic(sentence, start)
    return " ".join(phrase)


class _Spans:
    """The characters statements already cover, as sorted disjoint ranges: whether a position
    is covered takes a binary search, not a look at every statement (a long text finds
    thousands)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        """Cover ``start`` ≤ position < ``end`` (nothing when ``end`` ≤ ``start``)."""
        if end <= start:
            return
        lo = bisect.bisect_left(self.ends, start)  # the first range ending at or after start
        hi = bisect.bisect_right(self.starts, end)  # past the last range starting by end
        if lo < hi:  # they touch or overlap the new one: merge them into it
            start = min(start, self.starts[lo])
            end = max(end, self.ends[hi - 1])
        self.starts[lo:hi] = [start]
        self.ends[lo:hi] = [end]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


#: A unit in brackets right after a measure's unit ("5 miles (km)"): which one is meant is open.
#: "a few kilometers (miles)", "60 NM [nautical miles]": a unit alone in brackets after a unit.
_UNIT_BRACKET = re.compile(
    rf"\s*[(\[](?P<unit>{_alt(u for u in _UNITS if not _CYRILLIC.search(u))})\.?[)\]]",
    re.IGNORECASE,
)


#: "… west of Kyiv lies Bucha": a verb after a direction with no link, then the name it places.
_INVERTED_VERB_NAME = re.compile(
    rf"\s+(?:{_alt(_EN.inverted_verbs | {'are'})})\s+"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*)"
)


#: A lower-case Ukrainian or Russian letter.
_CYR_LOWER = re.compile(r"[а-яіїєґ]")


_SPLIT_NAMES = rf"\s*,\s*|\s+(?:{_alt(_LEX.span_and)})\s+"
