"""The subject of a Ukrainian or Russian statement (:func:`_subject_cyrillic` and its rules)."""

from __future__ import annotations

import functools
import re

from gazetteer.inflection import lemmas, verb_lemmas, word_agreement, word_cases, word_classes

from ..lexicon import lexicon
from .clauses import _TAIL_WORDS, _last_word
from .phrases import _drop_descriptor, _kind, _letter_words, _tokens
from .subject_en import _PARENS, _is_force, _is_line, _left, _opening_verb
from .vocabulary import (
    _CYR_UNITS,
    _CYRILLIC,
    _DEMONYMS,
    _DIR_UK_RU,
    _FEATURE_BEFORE,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NONPLACE,
    _NP_STOP,
    _PRONOUNS,
    _alt,
    _ends_of,
    _may_end,
)
from .words import (
    _FORCE_OR_FRONT,
    _FUNCTION_POS,
    _NOMINAL,
    _VERBAL,
    LOOK_BACK,
    _common_opening,
    _cyrillic_language,
    _is_cap,
    _mentions,
)

_CYR_TYPE = {w.lower() for w in _LEX.type_words}


_ABBREVIATED = {w.lower() for w in _LEX.type_abbreviations if _CYRILLIC.search(w)}

#: "захопили с. Іванівка", "у н.п. Новенькое", "атаковали пгт.Глушково": a type abbreviation
#: with its stop ending the text before a name (the stop is what tells "с." from the preposition
#: "с"); the name after it is typed like the one after "село" (rule abbreviated_type).
_ABBREVIATED_TYPE_END = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_ABBREVIATED)})\.\s*(?:(?i:{_alt(_ABBREVIATED)})\.\s*)?$"
)


#: "атаковали Любимовку в 15 км от Курска и Прямицыно в 20 км …", "обстріляли Білопілля за 10
#: км від кордону та Краснопілля за 12 км …": a measure with its reference, a coordinator and a
#: name (a type word before it allowed) end the text before the next measure: that name is the
#: next measure's subject, set beside the first one's — not the verb's subject the clause opens
#: with (rule coordinated_measure).
_COORDINATED_MEASURE = re.compile(
    rf"(?<![\w])(?:{_alt(_CYR_UNITS)})\.?\s[^,.;:!?()«»\"—–\d]{{0,60}}?"
    rf"(?<![\w’'])(?i:{_alt(w for w in _LEX.links if _CYRILLIC.search(w))})\s"
    rf"[^.;:!?()«»\"—–\d]{{1,60}}?,?\s"
    rf"(?i:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w))})\s+"
    rf"(?:(?i:{_alt(_LEX.type_words)})\s+|(?i:{_alt(_ABBREVIATED)})\.\s*(?:(?i:{_alt(_ABBREVIATED)})\.\s*)?)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'ʼ\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'ʼ\-]*){0,2})\s*$"
)


#: A dash, then two to five words ending the text: lower-case words or an acronym ("важливий
#: опорний пункт ЗСУ"); :func:`_nominal_phrase` decides they are a description (rule
#: dash_apposition).
_DASH_DESCRIPTION_END = re.compile(
    r"\s[—–]\s*(?P<phrase>[а-яёіїєґ][\w’'\-]*(?:\s+(?:[а-яёіїєґ][\w’'\-]*|[А-ЯІЇЄҐ]{2,5})){1,4})\s*$"
)


def _nominal_phrase(words: list[str], lang: str) -> bool:
    """Whether ``words`` are a noun phrase with no verb, pronoun, preposition or adverb of its
    own: adjectives and participles, then at least one noun ("важливий опорний пункт ЗСУ")."""
    nouns = 0
    for word in words:
        if word.isupper():
            continue  # an acronym in the genitive: "ЗСУ"
        low = word.lower()
        if low in _PRONOUNS or low in _NP_STOP or low in _CYR_TYPE:
            return False
        classes = word_classes(low, lang)
        if not classes or classes & {
            "VERB",
            "INFN",
            "PRTS",
            "ADVB",
            "PRCL",
            "CONJ",
            "PREP",
            "NPRO",
        }:
            return False
        if not classes & {"NOUN", "ADJF", "PRTF"}:
            return False
        nouns += "NOUN" in classes
    return nouns > 0 and not words[0].isupper()


def _abbreviated(lead: list[str], clause: str, name: str) -> int:
    """How many of the lower-cased ``lead`` words before ``name`` (the last of it in
    ``clause``) are an abbreviated type word with its stop: 1 for "с.", "пгт.", 2 for "н.п.",
    0 for none (rule abbreviated_type)."""
    if not lead or lead[-1] not in _ABBREVIATED:
        return 0
    typed = _ABBREVIATED_TYPE_END.search(clause[: clause.rfind(name)])
    return min(len(typed.group().split(".")) - 1, len(lead)) if typed else 0


#: Clause ends: punctuation and a spaced dash, but not the comma of a decimal ("2,5 км").
#: A demonstrative pronoun opening the clause after a dash, the measure's words between it
#: and the measure ("Херсон — это всего ", "Очаків — це лише ").
#: Also after a comma and a one-letter conjunction: "зайшли в Торецьк, а це всього за 15 км від
#: …", "вошли в Торецк, а это в 15 км от …" (rule resumed_place), or after a bare comma:
#: "просування біля Васюківки, це близько 12 кілометрів на північ від Бахмута".
_RESUMING_CONJUNCTIONS = frozenset(w for w in _LEX.coordinators if len(w) == 1)
_RESUMED = re.compile(
    rf"(?:\s[—–-]\s*|,\s*(?:(?i:{_alt(_RESUMING_CONJUNCTIONS)})\s+)?)"
    rf"(?i:{_alt(_LEX.pronouns & _LEX.demonstratives)})(?:\s+[^\W\d]+){{0,3}}\s*$"
)


#: A text opening with a name and a dash: "Изюм — …", "Ізюм (укр. Ізюм) — …".
_DASH_OPENED = re.compile(
    r"\s*[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2}\s+(?:\([^()]*\)\s*)?[—–]\s"
)


_CLAUSE_SPLIT = re.compile(r"\s*(?:(?<!\d),|,(?!\d)|[;:!?]|\s[—–-]\s)\s*")


#: An aside set off by commas ("Кам'янка, за словами старости, розташована …", "Каменка, кстати,
#: находится …"): a source with its name, or a word that says nothing about the clause's parts.
#: Read without it, the clause keeps its subject (rule aside_skipped).
_ASIDE_UK_RU = re.compile(
    rf"\s*,\s*(?:(?i:{_alt(w for w in _LEX.according_to if _CYRILLIC.search(w))})\s+[^,.;:!?()—–]{{1,60}}"
    rf"|(?i:{_alt(_LEX.asides)}))\s*,(?!\d)"
)


#: "Роботине і Вербове, обидва за 15 км …", "Волчанск и Липцы, каждый в 10 км …": a word that
#: distributes the measure over the list before its comma says nothing of its own; read without
#: it, the list's names are the measure's subjects (rule list_distributive)
_LIST_DISTRIBUTIVE_END = re.compile(
    r"(?P<list>(?<![\w’'\-])(?:і|й|та|и)\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)?\s*,)"
    rf"\s*(?i:{_alt(w for w in _LEX.list_distributives if _CYRILLIC.search(w))})\s*$"
)


#: What a look-back must end on for :data:`_LIST_DISTRIBUTIVE_END` to match it (see
#: :func:`~.vocabulary._may_end`): a cheap look spares scanning the whole look-back.
_LIST_DISTRIBUTIVE_ENDS = _ends_of(w for w in _LEX.list_distributives if _CYRILLIC.search(w))


def _cap_run(tokens: list[str]) -> str | None:
    run = []
    for word in tokens:
        if not _is_cap(word) or (run and word in _FUNCTION_CAPS):
            break
        run.append(word)
        if len(run) == 4:
            break
    return " ".join(run) or None


#: A name between dashes right before a locative verb or participle, a type word allowed
#: before it: "Найближча станція — Вільнянськ — знаходиться", "Районний центр — місто
#: Покровськ — розташований", "Ближайшая станция — Вольнянск — находится".
_DASHED_NAME = re.compile(
    rf"\s[—–]\s*(?:(?i:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,3})\s*[—–]\s*"
    rf"(?i:{_alt(w for w in _LEX.locative_verbs | _LEX.participles if _CYRILLIC.search(w))})"
    r"\s*$"
)


_QUOTED = re.compile(r'«[^«»\n]{1,40}»|"[^"\n]{1,40}"|“[^“”\n]{1,40}”|„[^„“”\n]{1,40}[“”]')


_QUOTED_BREAK = re.compile(r"\s*(?:,|\s[—–-]\s)\s*")


#: Rule near_predicate (uk/ru): a verb of lying and a "near" preposition before the name a
#: measure follows after a comma ("Соледар розташований поблизу Бахмута, за 12 км від …").
_NEAR_LYING_VERBS = frozenset(
    w for w in _LEX.locative_verbs if _CYRILLIC.search(w) and " " not in w and len(w) > 3
)
#: Not "в районі"/"в районе": a place in the area of another is read as the clause's subject
#: (rule lying_subject: "Посёлок Маяки расположен в районе села Сосновка, в 30 км от …").
_NEAR_LINKS = {
    lang: frozenset(
        w.lower()
        for w in lexicon((lang,)).near_prepositions | lexicon((lang,)).near_from
        if not (
            _LEX.area_words.intersection(w.split())
            or any(_LEX.area_words.intersection(lemmas(v)) for v in w.split())
        )
    )
    for lang in ("uk", "ru")
}
#: Per language, the word that joins two alternatives ("або", "или").
_OR_BY_LANGUAGE = {
    lang: min(w for w in lexicon((lang,)).alternative_links if " " not in w and len(w) > 2)
    for lang in ("uk", "ru")
}


def _near_predicate_place(left: str) -> str | None:
    """Rule ``near_predicate`` (uk/ru): the place a clause's subject lies near, when the
    measure follows that place after a comma ("Соледар розташований поблизу Бахмута, за 12 км
    від Часового Яру", "Святогорск расположен рядом со Славянском, в 12 км от …"): the measure
    may be a second predicate of the subject or describe the place it lies near."""
    ended = left.rstrip()  # a comma ends the look-back, no figure before it ("(?<!\d),\s*$")
    if not ended.endswith(",") or ended[-2:-1].isdecimal():
        return None
    clauses = _CLAUSE_SPLIT.split(_PARENS.sub(" ", left))
    if len(clauses) < 2 or clauses[-1].strip():
        return None
    words = _letter_words(clauses[-2])
    verb = next((k for k, w in enumerate(words) if w.lower() in _NEAR_LYING_VERBS), None)
    if verb is None or (verb == 0 and len(clauses) < 3):
        return None  # no subject before the verb ("Розташований поблизу …")
    rest = words[verb + 1 :]
    lang = _cyrillic_language(left)
    links = _NEAR_LINKS[lang]
    if (
        rest
        and not _is_cap(rest[0])
        and rest[0].lower() not in links
        and " ".join(rest[:2]).lower() not in links
        and "ADVB" in word_classes(rest[0], lang)
    ):
        rest = rest[1:]  # "розташований безпосередньо біля"
    if " ".join(rest[:2]).lower() in links:
        rest = rest[2:]
    elif rest and rest[0].lower() in links:
        rest = rest[1:]
    else:
        return None
    if rest and rest[0].lower() in _CYR_TYPE:
        rest = rest[1:]  # "поблизу міста Бахмут"
    if not rest or len(rest) > 3 or not all(_is_cap(w) for w in rest):
        return None
    if rest[-1].lower() in _LEX.region_words or rest[-1].lower().endswith(_REGION_NAME_ENDINGS):
        return None  # "розташований поблизу Донецької області": a region, no place to measure
    return " ".join(rest)


def _subject_cyrillic(sentence: str, start: int, own_clause: bool = False) -> str | None:
    """The measure's subject (:func:`_subject_of_clauses`); where the clause before the measure
    says its subject lies near a place, both are named as alternatives (rule near_predicate:
    "Соледар або Бахмута" — the text does not say which one the measure describes)."""
    name = _subject_of_clauses(sentence, start, own_clause)
    if (
        name
        and not own_clause
        and (near := _near_predicate_place(_left(sentence, start)))
        and near != name
        and near not in name
        and _kind(name) in ("place", "description", "pronoun")
    ):
        return f"{name} {_OR_BY_LANGUAGE[_cyrillic_language(sentence)]} {near}"
    return name


def _subject_of_clauses(sentence: str, start: int, own_clause: bool = False) -> str | None:
    """The subject of a Ukrainian or Russian measure: the clause's nominative head, found by
    walking back over clauses ("Авдіївка — місто …, що розташоване за 22 км …" → Авдіївка).

    A clause opening with a preposition or an adverb is skipped; a relative pronoun or a
    participle ("…, розташований за 5 км") points to the name before the comma (unless that is
    a region: "…Донецької області, що …"); a measure right after a comma describes the
    settlement named just before it ("поблизу села Роботине, за 10 км …"); a pronoun ("це",
    "это") is the subject; a type word ("Село", "Город") with a name after it gives the name,
    alone it is the subject, after a bare name it describes that name ("Часов Яр — город …");
    forces and lines ("російські окупанти були за 38 км", "армія РФ за 20 км") are named with
    their adjectives. ``own_clause`` looks no further than the measure's clause. Returns None
    when no clause decides.
    """
    left = _ASIDE_UK_RU.sub(" ", _left(sentence, start))
    if (
        not own_clause
        and (coordinated := _COORDINATED_MEASURE.search(left[-200:]))
        and _kind(coordinated.group("name")) == "place"
    ):
        return coordinated.group("name")  # rule coordinated_measure
    if "," in left[-40:] and _may_end(left, _LIST_DISTRIBUTIVE_ENDS):
        left = _LIST_DISTRIBUTIVE_END.sub(r"\g<list> ", left)  # rule list_distributive
    lang = _cyrillic_language(sentence)
    # "на захід від Вербового (18 км на південний схід від Оріхова)": a measure opening a
    # bracket places the name just before it; "до аеродрому “Гостомель” на півдні (25
    # кілометрів від центру Києва)": a compass phrase after the name says where it lies in the
    # scene, the bracket still places the name (rule bracket_after_side)
    if bracket := re.search(r"\(\s*$", left):
        head = left[: bracket.start()]
        side = _COMPASS_TAIL_UK_RU.search(head[-60:])
        if (name := _described_before(head, bare=False)) or (
            side and (name := _described_before(head[: len(head[:-60]) + side.start()], bare=False))
        ):
            return name
    # "Ворог атакує Торецьк — за 20 км від Бахмута", "наступає на Часів Яр – місто за 10 км":
    # a measure right after a dash is in apposition to the place the clause before ends with
    # (rule dash_apposition)
    if (
        not own_clause
        and (dash := _DASH_TYPE_END.search(left))
        # "за Вугледар — невелике шахтарське місто за 50 км …": adjectives before the type word
        # (every word an adjective of the dictionary) keep the description apposed
        and all(
            w[:1].islower() and "ADJF" in word_classes(w, lang)
            for w in (dash.group("adjectives") or "").split()
        )
        and not _contained(left[: dash.start()])  # "завод «…» в Республіці Комі — за …"
        and (name := _described_before(left[: dash.start()], bare=False))
        and _kind(name) not in ("non_place", "region", "pronoun")
    ):
        return name
    if (
        not own_clause
        and (dash := _DASH_DESCRIPTION_END.search(left[-120:]))
        and _nominal_phrase(dash.group("phrase").split(), lang)
        # "— лінія фронту за 5 км …", "— російські війська за …", "— бої за …": a clause of
        # its own, its subject the phrase
        and not _is_line(dash.group("phrase"))
        # the force an acronym names in the genitive is the description's own ("пункт ЗСУ")
        and not _is_force(" ".join(w for w in dash.group("phrase").split() if not w.isupper()))
        and _EVENT_HEADS.isdisjoint(w.lower() for w in dash.group("phrase").split())
        and not _contained(left[: len(left) - len(left[-120:]) + dash.start()])
        and (
            name := _described_before(
                left[: len(left) - len(left[-120:]) + dash.start()], bare=False
            )
        )
        and _kind(name) == "place"
        and not _is_force(name)
    ):
        # "взяли Новогродівку — важливий логістичний центр за 10 км …": a description with no
        # type word and no verb, set after a dash, is apposed to the name before it too; the
        # force it may name in the genitive ("опорний пункт ЗСУ") is no subject (rule
        # dash_apposition)
        return name
    if dashed := _DASHED_NAME.search(left[-200:]):
        # "Найближча залізнична станція — Вільнянськ — знаходиться за 36 км": the name set
        # between dashes before the verb is what the measure places (rule dashed_name)
        return dashed.group("name")
    # "на трасі Р-15 "Жовква - Ковель" в 10 км …": a dash or comma inside quotes belongs to a
    # quoted name (a road's, a firm's), no clause break and no place the measure is about: the
    # quotation is read as blank (rule quoted_name)
    left = _QUOTED.sub(
        lambda q: (
            q.group()
            if not _QUOTED_BREAK.search(q.group())
            else q.group()[0] + " " * (len(q.group()) - 2) + q.group()[-1]
        ),
        left,
    )
    # "Нижние Отузы (Верхние - это нынешняя Щебетовка в 4 км от моря)": a bracket still open
    # at the measure is a clause of its own; a name before it runs into no name inside it
    # (rule open_bracket)
    clauses = _CLAUSE_SPLIT.split(_PARENS.sub(" ", left).replace("(", ";"))
    last = len(clauses) - 1
    relative = -1
    for i in range(last, -1 if not own_clause else last - 1, -1):
        if i == relative:
            continue
        words = _letter_words(clauses[i])
        if not words:
            if i == last and i and _lying_subject(_letter_words(clauses[i - 1]), lang):
                # "Завод знаходиться в промзоні міста Шостка, за 40 км від …": the clause
                # before says where its subject lies; the measure places that subject (rule
                # lying_subject)
                continue
            if (
                i == last
                and i >= 2
                and _adjunct_clause(_letter_words(clauses[i - 1]), lang)
                and _lying_subject(_letter_words(clauses[i - 2]), lang)
            ):
                # "Село Іванівка розташоване на південь від райцентру, неподалік від
                # Костянтинівки, за 20 км від …": a chain of places set off by commas after one
                # predicate of lying; each, the measure too, places the clause's subject, the
                # names in between only say where it is (rule chained_locative)
                relative = i - 1
                continue
            if (
                i == last
                and i >= 2
                and (
                    _appositive_type(clauses[i - 1], lang)
                    or _area_apposition(clauses[i - 1], clauses[i - 2])
                )
                and (name := _described_before(clauses[i - 2], bare=False))
                and (
                    _kind(name) == "place"
                    # "в Энергодаре": a capitalised word inside a clause is a name
                    or (
                        _kind(name) == "description"
                        and clauses[i - 2].split()[0] != name.split()[0]
                    )
                )
                and not _is_force(name)
            ):
                # "атаковали Тёткино, приграничное село Курской области, в 1 км от границы":
                # the description set off by commas is the name's; the measure places the name
                # — also when the description names a place of its own ("Первомайському,
                # селищу біля Донецька, за 8 км від …", "Селидове, передмістя Покровська, за
                # 18 км від …": that place only says where the name is; rule
                # apposed_description_first)
                return name
            if i == last and i and (name := _described_before(clauses[i - 1])):
                return name
            if (
                i == last
                and i
                and (region := _REGION_GENITIVE_TAIL.search(clauses[i - 1]))
                and region.group().lstrip()[:1].isupper()
                and (
                    (name := _described_before(clauses[i - 1][: region.start()]))
                    or (name := _event_locative(clauses[i - 1][: region.start()], lang))
                )
            ):
                # "ВСУ обстреляли Малую Локню Курской области, в 10 км от Суджи", "дрон атакував
                # автомобіль у Білопіллі Сумської області, за 10 км …": the name before its
                # region in the genitive, read as without it (rule region_genitive_apposed)
                return name
            if i == last and i and (name := _event_locative(clauses[i - 1], lang)):
                return name
            if (
                i == last
                and i
                and (container := _CONTAINER_TAIL.search(clauses[i - 1]))
                and (name := _described_before(clauses[i - 1][: container.start()], bare=False))
            ):
                # "атакували завод «Лукойл-Ухтанефтепереработка» в Республіці Комі — за 2000 км
                # від України": what lies in the container is what the measure places
                return name
            continue
        first = words[0].lower()
        if (
            first in _LEX.complementizers
            and len(words) > 1
            and i
            and _ends_with_verb(clauses[i - 1], lang)
        ):
            # "В сообщении говорится, что ВС РФ находятся в двух километрах": after a verb of
            # saying, "что" opens a clause of its own, not a relative one
            words = words[1:]
            first = words[0].lower()
        if (
            i == last
            and first in _RESUMING_CONJUNCTIONS
            and len(words) > 1
            and words[1].lower() in _PRONOUNS & _LEX.demonstratives
        ):
            words, first = words[1:], words[1].lower()  # ", а це всього за …" (resumed_place)
        if first in _LEX.interrogatives:
            # "Як живе Оріхів за 5 км від фронту", "Як Херсон живе …": the verb's subject,
            # before or after it; "Як" itself is no name (nor a yak) (rule question_headline)
            verb = 2 if len(words) > 2 and "VERB" in word_classes(words[1], lang) else 1
            if i == last and len(words) > verb and _is_cap(words[verb]):
                return _cap_run(words[verb:])
            if i != last or len(words) <= verb:
                continue  # "…, как утверждается, …", "Як повідомляє Генштаб, …": an aside
            words, first = words[verb:], words[verb].lower()  # "Чим живуть люди за …"
        if i == last and not own_clause and (obj := _object_before(clauses[i], lang)):
            return obj  # "уразив … завод більш як за 1300 кілометрів від …"
        if (
            i == last
            and not own_clause
            and not (i and _lying_relative(words))
            and (name := _taken_before(words, clauses[i], lang))
        ):
            return name  # "Росіяни захопили село Уразове за 5 км на північ від …"
        if (run := _cap_run(words)) and (named := _after_agent(run, lang)) != run:
            return named  # "Подконтрольная ВСУ Авдеевка": a place, not forces
        if (i == 0 or _is_cap(words[0])) and (name := _modified_opening(words, lang)):
            return name  # rule modified_opening
        if i == last and (mover := _dative_mover(words, lang)):
            return mover
        if i == last and (force := _force_phrase(words)):
            return force
        if (
            first in _TAIL_WORDS  # a predicate ("розташована"), not "расположенного"
            and i >= 2
            and (
                _RELATIVE_OPENING.match(clauses[i - 1])
                or (first not in _LEX.relative_forms and _participial_opening(clauses[i - 1], lang))
            )
            and not (  # "повідомили, що війська захопили Лісовку, яка …": a complement clause
                clauses[i - 1].split()[0].lower() in _LEX.complementizers
                and _ends_with_verb(clauses[i - 2], lang)
            )
        ):
            # "Село, в якому жили люди, знаходиться за 12 км …": the verb's subject comes
            # before the relative clause
            relative = i - 1
            continue
        if first in _LEX.relative_pronouns or first in _LEX.participles:
            name = _described_before(clauses[i - 1], bare=False) if i else None
            apposed = _apposed_before(clauses, i - 1, lang) if i >= 2 else None
            if apposed and not (
                name
                and _describer_agrees(words[0], name.split()[-1], lang)
                and _describer_agrees(words[0], apposed.split()[-1], lang) is False
            ):
                # "Мирноград — місто в Донецькій області, розташоване за …", "Мирноград,
                # місто-супутник Покровська, розташований за …": the description's own place
                # only says where the name is (rule apposed_description_first), unless the
                # describer agrees with that place alone
                return apposed
            if name:
                name = _agreeing_head(name, words, lang)
                name = _agreeing_noun(clauses[i - 1], name, words, lang) or name
            if (
                name
                and i < last
                and _FEATURE_BEFORE.search(clauses[i - 1], 0, max(0, clauses[i - 1].rfind(name)))
            ):
                # rule river_antecedent: "Село розташоване на березі річки Хорол, яка за 6 км
                # впадає у Псел, за 60 км від …": a relative clause on a river is about the
                # river; the later measure's subject comes before both
                relative = i - 1
                continue
            if not name and i and (region := _REGION_GENITIVE_TAIL.search(clauses[i - 1])):
                # "обстріляли Іванівку Донецької області, що за 12 км …": the place, not its
                # region (rule region_genitive_relative) — before a container is looked for, as
                # "скинули КАБ на Золочів Харківської області, що …" ends like one
                name = _described_before(clauses[i - 1][: region.start()], bare=False)
            if not name and i and (container := _CONTAINER_TAIL.search(clauses[i - 1])):
                # "взяли под контроль Степногорск в Запорожской области, расположенный в 2,5 км":
                # the participle describes the place, not the region it lies in
                name = _described_before(clauses[i - 1][: container.start()], bare=False)
            if name:
                return name
            before = _tokens(clauses[i - 1]) if i else []
            if before and before[-1][0].lower() in _LEX.plural_type_words:
                if len(before) > 1 and before[-2][0].lower() in _LEX.vague_numbers:
                    # "заняли несколько деревень, расположенных в нескольких километрах"
                    return f"{before[-2][0]} {before[-1][0]}"
                return before[-1][0]  # "жителей сел, расположенных в пределах 10 км …"
            if i and (typed := _typed_object(clauses[i - 1], words, lang)):
                return typed
            described = (
                _noun_phrase_end(clauses[i - 1], lang)
                if i and first in _LEX.participles | _PRONOUNS - {"що", "что"}
                else []
            )
            if (
                described
                and "NOUN" in word_classes(described[-1], lang)
                and described[-1].lower() not in _CYR_TYPE
                and " ".join(described[-2:]).lower() not in _CYR_TYPE
            ):
                if all(_describer_agrees(words[0], w, lang) is False for w in described):
                    # "город с населением 15 тысяч, который …": a phrase the describer agrees
                    # with no word of is not what it describes (rule relative_agreement)
                    return None
                return " ".join(described)  # "В частный жилой дом, находящийся …"
            if first in _LEX.participles and i == 0:
                return None  # "Розташований в 6 км …": the subject is not in the sentence
            if (
                i
                and first in ("що", "что")
                and (described := _noun_phrase_end(clauses[i - 1], lang))
                and described[-1].lower() not in _LEX.region_words  # "місто Донецької області"
            ):
                # "Ворог обстріляв Нікопольську громаду, що лежить …": the clause before ends
                # on what the relative describes, never on its own subject (rule
                # relative_object); a type word is the subject ("обстріляв село, що …")
                return " ".join(described) if described[-1].lower() in _CYR_TYPE else None
            if (
                i == last
                and i
                # "які розташовані за …", "расположенных в …", "що за …": the relative clause
                # only places what it describes ("зону, яка охоплює громади в радіусі …" does not)
                and (
                    len(words) == 1
                    or first in _LEX.participles
                    or words[1].lower() in _LEX.participles | _TAIL_WORDS | _LEX.locative_verbs
                )
                and any(_finite(w, lang) for w, _, _ in _tokens(clauses[i - 1]) if _LETTER.match(w))
            ):
                # "Генштаб повідомив про ураження складів на території Курщини, які розташовані
                # за 100 км …": the relative describes a word of the clause before, never that
                # clause's own subject; the nearest noun it agrees with, or none (rule
                # relative_antecedent)
                return _relative_antecedent(clauses[i - 1], words, lang)
            continue
        if (
            first in _PRONOUNS & _LEX.demonstratives
            and i
            and i == last
            and len(words) > 1
            and words[1].lower() in _CYR_TYPE
            and not any(map(_is_cap, words[1:]))
            and _RESUMED.search(left)
            and (name := _described_before(clauses[i - 1], bare=False))
            and _kind(name) == "place"
        ):
            # "Івашки – це село буквально за 800 метрів від кордону", "Тёткино — это поселок в
            # 2 км от …": after a dash, "це"/"это" and a bare type word are the predicate of
            # the name before the dash; the measure places that name (rule resumed_place)
            return name
        if (
            first in _LEX.demonstratives
            and len(words) > 1
            and (words[1].lower() in _CYR_TYPE or "NOUN" in word_classes(words[1], lang))
        ):
            return " ".join(words[:2])  # "Це село розташоване …": the noun it points with
        if (
            first in _LEX.demonstratives
            and len(words) > 2
            and not any(map(_is_cap, words[1:3]))
            and word_classes(words[1], lang) == {"ADJF"}
            and "NOUN" in word_classes(words[2], lang)
        ):
            # "Цей населений пункт розташований …", "Этот районный центр лежит …": the noun it
            # points with, after its adjective
            return " ".join(words[:3])
        if (
            first in _PRONOUNS & _LEX.demonstratives
            and i
            and i == last
            and _RESUMED.search(left)
            and (
                ((name := _described_before(clauses[i - 1], bare=False)) and _kind(name) == "place")
                # "В Очакове – это …": after its preposition a name in the locative is a place
                or (name := _event_locative(clauses[i - 1], lang))
            )
        ):
            # "Херсон — это всего 100 км от Крыма", "а в самом Очакове – это в 150 км от …":
            # a "это"/"це" after a dash takes up the place the clause before ends with; the
            # measure places that place (rule resumed_place)
            return name
        if first in _PRONOUNS:
            return words[0]
        if first in _LEX.locative_verbs and len(words) > 1 and i == last:
            # "Находится он на расстоянии 37 км": the verb first, its subject after it
            if words[1].lower() in _PRONOUNS - _LEX.relative_pronouns:
                return words[1]
            if (run := _cap_run(words[1:])) and run.split()[0] not in _FUNCTION_CAPS:
                return _after_agent(run, lang)
        if first in _TAIL_WORDS:
            aside = clauses[i - 1].split() if i >= 2 else []
            if (
                aside
                and all(_is_cap(w) or w.lower() in _LEX.span_and for w in aside)
                and any(w.lower() in _LEX.span_and for w in aside)
                and (name := _cap_run(aside))
            ):
                # "Оба кибуца, Кармия и Зиким, находятся …": a list of names set off by commas
                # after a plural noun names what the verb places (rule apposed_list); the
                # plural predicate gives each name its statement
                return name
            if (
                aside
                and aside[-1].lower() in _LEX.region_heads
                and (name := _described_before(clauses[i - 2], whole=True))
            ):
                return name  # "Ивановка, Бахмутский район, расположена …": the name before
            if (
                1 <= i <= 4
                and start < LOOK_BACK  # the look-back holds the text's opening
                and _DASH_OPENED.match(left)
                and (name := _described_before(clauses[0], whole=True))
                and _kind(name) == "place"
                and not any(
                    _finite(w, lang) or w.lower() in _LEX.participles | _LEX.relative_forms
                    for clause in clauses[1:i]
                    for w, _, _ in _tokens(clause)
                    if _LETTER.match(w)
                )
            ):
                # "Изюм — город в Харьковской области, находится в 138 км от Харькова": a name
                # opening the text, a dash and its descriptions with no verb of their own, then
                # the predicate: the name is its subject (rule described_opening)
                return name
            if i >= 2 and (name := _apposed_before(clauses, i - 1, lang)):
                return name  # "Волчанск, город с населением 17 тысяч, находится в 5 км …"
            if (
                2 <= i <= 4
                and start < LOOK_BACK  # the look-back holds the text's opening
                and (name := _described_before(clauses[0], whole=True))
                and _kind(name) == "place"
                and not _is_force(name)
                and all(_opening_aside(clause, lang) for clause in clauses[1:i])
            ):
                # "Часов Яр, до начала войны, расположен в 7 км …", "Часов Яр, местность с
                # населением 12 тысяч, расположена …": a name opening the text alone, then
                # phrases set off by commas with no name, verb or relative of their own, then
                # the predicate: the name is its subject (rule opening_aside)
                return name
            return None  # "Розташований в 6 км …": the subject is not in the sentence
        abbreviated = 0
        while abbreviated < len(words) - 1 and words[abbreviated].lower() in _ABBREVIATED:
            abbreviated += 1
        if (
            abbreviated
            and re.match(rf"\s*{re.escape(words[0])}\.", clauses[i])
            and (name := _cap_run(words[abbreviated:]))
        ):
            # "м. Покровськ розташоване …", "г. Покровск расположен …", "н.п. Іванівка":
            # a type abbreviation opening the clause, then the name
            return name
        typed = next(  # "Селище міського типу Веселе", "Населённый пункт", "Село"
            (k for k in (3, 2, 1) if " ".join(words[:k]).lower() in _CYR_TYPE), 0
        )
        if not typed and i and (named := _apposed_adjective_type(words, clauses[i - 1], lang)):
            return named
        if typed:  # "Село Іванівка", "Населённый пункт расположен …"
            name = _cap_run(words[typed:])
            after = words[typed + len(name.split()) :] if name else []
            if name and after and after[0].lower() in _LEX.region_words:
                if len(name.split()) > 1:  # "Село Іванівка Покровського району розташоване"
                    return " ".join(name.split()[:-1])
                continue  # "місто Донецької області": a description, the name is earlier
            if not name and i and (bare := _described_before(clauses[i - 1], whole=True)):
                return bare  # "Часов Яр — город в Донецкой области, в 10 км …"
            if (
                not name
                and i
                and (len(words) <= typed or _typed_attribute(words[typed:], lang))
                and (i == last or ((cases := word_cases(words[-1], lang)) and "nomn" not in cases))
                and (named := _described_before(clauses[i - 1], bare=False))
            ):
                # "окупувала Курахове, місто за 35 км від …": a bare type word right before the
                # measure is in apposition to the name before it, whatever its case
                # "вдарили по Іванівці — селу за 12 км від …": a type word in an oblique case is
                # in apposition to the name before it, not a clause's subject
                return named
            return name or " ".join(words[:typed])
        if first in _NP_STOP and len(words) > 1 and _is_cap(words[1]):
            run = _cap_run(words[1:]) or ""
            after = words[1 + len(run.split()) :]
            if after and after[0].lower() in _LEX.region_words:
                return None  # "У Бєлгородській області, за 5 км від кордону, …": a region
            return run or None
        opening = _common_opening(words, _cyrillic_language(sentence))
        if (
            opening == "adjective"
            and i
            and len(words) >= 2
            and words[1].lower() in _CYR_TYPE | _LEX.appositive_heads
            and not (len(words) > 2 and _is_cap(words[2]))  # "Невелике село Берестове"
            and (bare := _described_before(clauses[i - 1], whole=True))
        ):
            # "Липці — велике село в 30 кілометрах …", "Ольховатка — небольшое село на берегу
            # реки Оскол, в 8 км …": the name the description by a type word is set after
            # (rule described_opening); a seat's head too ("Глушково, районный центр в 150 км
            # …", "Глушкове, районний центр за 150 км …")
            return bare
        if (
            opening == "adjective"
            and len(words) > 2
            and words[1].lower() in _CYR_TYPE | _LEX.appositive_heads
            and (name := _cap_run(words[2:]))
            and _kind(name) not in ("non_place", "region", "pronoun")
        ):
            return name  # "Невелике село Берестове", "Районний центр Покровськ": the name
        if (
            opening is None
            and len(words) > 1
            and words[1].lower() in _LEX.region_heads
            and _is_cap(words[0])
            and not word_classes(words[0], lang)
            and words[0].lower().endswith(_ADJ_ENDINGS)
        ):
            # "Кушугумська громада", "Великобурлукская громада": a capitalised word the
            # dictionary does not know, with an adjective's ending, before an area's head noun
            # is the area's name adjective, as a known one is (rule area_subject)
            opening = "adjective"
        if opening == "adjective" and words[1].lower() in _LEX.region_heads:
            if i == 0 and _is_cap(words[0]):
                # "Краснопільська громада розташована за 5 км …", "Кушугумська громада
                # Запорізького району (15 км від …)": an area opening the sentence is its
                # subject, with the area it lies in (rule area_subject; never a place to measure)
                owner = (
                    words[2:4] if len(words) > 3 and words[3].lower() in _LEX.region_words else []
                )
                return " ".join([*words[:2], *owner])
            continue  # "Іванівка, Бахмутський район, розташована …": where the name lies
        if opening == "adjective":  # "Залізнична станція розташована …": no name
            return " ".join(words[:2])
        if (
            _is_cap(words[0])
            and words[0] not in _FUNCTION_CAPS
            and opening is None
            # "Під обстріл потрапило Білопілля, за 8 км …": a preposition capitalised as the
            # sentence opens starts no name (rule opening_preposition)
            and not (len(words) > 1 and words[0].lower() in _OPENING_PREPOSITIONS)
        ):
            # "Молоде промислове місто Сіверськодонецьк": adjectives, a type word, the name
            typed_at = next(
                (k for k in range(1, min(4, len(words))) if words[k].lower() in _CYR_TYPE), 0
            )
            if (
                typed_at
                and all(w.lower().endswith((*_ADJ_ENDINGS, "е")) for w in words[:typed_at])
                and (name := _cap_run(words[typed_at + 1 :]))
            ):
                return name
            run = _cap_run(words) or ""
            if (
                i == 0
                and run == words[0]
                and _opening_verb(run, lang)
                # "Сіверне розташоване за …": a word the dictionary guesses a verb, right before
                # a verb of lying, is that verb's subject, a name (rule opening_guessed_verb)
                and not (len(words) > 1 and words[1].lower() in _LEX.tail_words)
            ):
                return None  # "Запроваджено зону, що …": a verb opening the sentence, no name
            follows = words[len(run.split())].lower() if len(words) > len(run.split()) else ""
            if follows in _LEX.region_heads and len(run.split()) == 1:
                continue  # "Іванівка, Покровський район, розташована …": where the name lies
            if follows in _LEX.region_words | _LEX.region_heads and len(run.split()) > 1:
                run = " ".join(run.split()[:-1])  # "Іванівка Донецької області розташована"
            if len(run.split()) == 1 and (phrase := _adjective_phrase(words, lang)):
                return phrase  # "Запорожская атомная электростанция расположена …"
            if len(run.split()) > 1 and run.lower().startswith(_PLACE_MODIFIERS):
                # "Звільнена Іванівка розташована …", "Оккупированная Горловка находится …":
                # a word of the place's state, capitalised as the sentence opens, then the name
                run = run.split(maxsplit=1)[1]
                if len(run.split()) == 1 and (phrase := _adjective_phrase(words[1:], lang)):
                    # "Зруйнований Донецький аеропорт розташований …": the place adjective and
                    # the facility noun it goes with, never the city (rule modified_opening)
                    return phrase
            return _after_agent(run, lang)
        if words[0] in _FUNCTION_CAPS or opening == "function":  # "Водночас", "Сегодня"
            for k, word in enumerate(words[1:], 1):
                if word.lower() in _ABBREVIATED and re.search(
                    rf"(?<![\w’'\-]){re.escape(word)}\.\s*{re.escape(words[k + 1])}"
                    if k + 1 < len(words)
                    else r"(?!)",
                    clauses[i],
                ):
                    continue  # "Водночас м. Покровськ розташоване …": the type, then the name
                if word.lower() in _PRONOUNS:
                    return word
                if _is_cap(word):
                    run = _cap_run(words[k:]) or ""
                    follows = words[k + len(run.split()) : k + len(run.split()) + 1]
                    if follows and follows[0].lower() in _LEX.region_words:
                        return None  # "Над Брянской областью, в 50 км …": a region
                    return run or None
                if word.lower() not in _NP_STOP and word.lower() not in _TAIL_WORDS:
                    break  # "Після розпаду СРСР …": a name inside a phrase is not the subject
        if i == last and (nominative := _nominative_before_verb(words, lang)):
            return nominative  # "на певній ділянці шляху пасажирський потяг проходить …"
    return None


def _typed_attribute(words: list[str], lang: str) -> bool:
    """Rule ``typed_attribute``: whether the words after a type word are only an attribute it
    has, a count of its inhabitants ("з населенням 17 тисяч", "с пятью тысячами жителей";
    lexicon ``attribute_population_words``): a preposition of the lexicon's
    ``attribute_prepositions``, then up to five words with no verb, no participle and no name
    of their own. The type word is then as bare as with none. Another attribute ("город с
    плотиной", "з ТЕС") may be what the measure places."""
    if not words or words[0].lower() not in _LEX.attribute_prepositions or len(words) > 6:
        return False
    if not any(
        w.lower() in _LEX.attribute_population_words
        or not _LEX.attribute_population_words.isdisjoint(lemmas(w.lower()))
        for w in words[1:]
    ):
        return False  # "город с плотиной в 5 км от …": the measure may place the dam
    return all(
        not (_is_cap(w) and not w.isupper())
        and not word_classes(w, lang) & _VERBAL
        and w.lower() not in _LEX.participles | _LEX.locative_verbs
        for w in words[1:]
    )


def _opening_aside(clause: str, lang: str) -> bool:
    """Rule ``opening_aside``: whether a clause set off by commas between a name opening the
    text and its predicate says nothing that could be the predicate's subject: a few words, none
    a name (an acronym allowed: "до начала СВО"), a verb, a participle or a relative."""
    words = _letter_words(clause)
    return (
        0 < len(words) <= 8
        and not any(_is_cap(w) and not w.isupper() for w in words)
        and not any(
            # a noun that may be read as a verb is a noun here ("до начала войны")
            ((classes := word_classes(w, lang)) & (_VERBAL | {"PRTF"}) and "NOUN" not in classes)
            or w.lower() in _LEX.relative_forms | _LEX.relative_pronouns | _LEX.participles
            for w in words
        )
    )


def _appositive_type(clause: str, lang: str) -> bool:
    """Rule ``appositive_type``: whether a clause is only a description by a settlement type
    word ("приграничное село Курской области", "второй по величине город Украины", "городе-
    спутнике ЗАЭС", "невеликому місту на Донеччині"): a few lower-case words, the type word,
    then no name of its own (only a region's, a country's or an abbreviation)."""
    words = _letter_words(clause)
    at = next((k for k, w in enumerate(words[:5]) if w.lower().split("-")[0] in _CYR_TYPE), None)
    if at is None or any(_is_cap(w) or word_classes(w, lang) & _VERBAL for w in words[:at]):
        return False
    rest = words[at + 1 :]
    for k, word in enumerate(rest):
        if not _is_cap(word) or word.isupper() or word.lower() in _LEX.countries:
            continue
        if k + 1 < len(rest) and rest[k + 1].lower() in _LEX.region_words:
            continue  # "Курской области"
        if "gent" in word_cases(word.lower(), lang) and "gent" not in word_cases(
            words[at].lower().split("-")[0], lang
        ):
            continue  # "місто-супутник Києва": the owner, in the genitive the type word is not in
        return False  # "город Покровск": a name of its own
    return True


def _area_apposition(clause: str, before: str) -> bool:
    """Rule ``area_apposition``: whether ``clause`` is a description headed by an area of
    another place, with no preposition before it ("передмістя Покровська", "пригород
    Донецка"), set after a clause ending with a name of its own: in apposition to that name."""
    words = _letter_words(clause)
    return (
        1 < len(words) <= 4
        and words[0].islower()
        and _area_word(words[0])
        and _is_cap(words[-1])
        and bool(before.strip())
        and _is_cap(before.split()[-1])
    )


def _apposed_before(clauses: list[str], last: int, lang: str) -> str | None:
    """Rule ``apposed_description``: the name that the description clauses ending at
    ``clauses[last]`` stand in apposition to ("Мирноград — місто в Донецькій області, розташоване
    …", "Волчанск, город с населением 17 тысяч, находится …", "обстріляли Іванівку, село
    Покровського району, що за …"): each a description by a settlement type word with no name of
    its own (rule appositive_type); the name is the one the clause before them ends with. A
    verb, a participle or a relative after a description then describes that name."""
    k = last
    while k >= 1 and (
        _appositive_type(clauses[k], lang) or _area_apposition(clauses[k], clauses[k - 1])
    ):
        k -= 1
    if k == last:
        return None
    name = _described_before(clauses[k], bare=False)
    if not name or _is_force(name):
        return None
    if _kind(name) == "place" or (
        # "в Энергодаре": a capitalised word inside a clause is a name
        _kind(name) == "description" and clauses[k].split()[0] != name.split()[0]
    ):
        return name
    if k == 0 and _described_before(clauses[k], whole=True) and _kind(name) == "description":
        return name  # "Волчанск, город …": a name alone opens the sentence
    return None


def _event_locative(clause: str, lang: str) -> str | None:
    """Rule ``event_locative``: "Ситуация в Торецке, в 20 км от Бахмута, …", "бои идут в
    Курахово, в 35 км от Донецка", "сообщил о взрывах в Шебекино, в 6 км от границы": a
    measure set off by a comma right after "в"/"у" and a settlement (a type word between them
    allowed) places where the event happened; None when the clause ends otherwise or the name
    is a region, a country or forces."""
    name = _described_before(clause, bare=False)
    if (
        not name
        or _kind(name) in ("non_place", "region", "pronoun")
        or _is_force(name)
        or name.isupper()
    ):
        return None
    words = _letter_words(clause)
    lead = words[: len(words) - len(name.split())]
    if lead and lead[-1].lower() in _CYR_TYPE:
        lead = lead[:-1]  # "в селе Тёткино, в 1 км …"
    if lead and lead[-1].lower() in _LEX.emphatic_words:
        lead = lead[:-1]  # "а в самом Очакове – это в 150 км …"
    prepositions = lexicon((lang,)).in_prepositions
    if not lead or lead[-1].lower() not in prepositions:
        return None
    if len(lead) > 2 and _is_cap(lead[-2]):
        return None  # "завод «Лукойл-…» в Республіці Комі — за …": a named thing in a container
    if any(w.lower() in _LEX.locative_verbs | _LEX.participles for w in lead):
        return None  # "Запорожская АЭС находится в Энергодаре, в 50 км …": the verb's subject
    return name


#: Rule indeclinable_name: per language, how a place name written undeclined ends ("Шебекино").
_INDECLINABLE_ENDINGS = {
    lang: tuple(sorted(lexicon((lang,)).indeclinable_name_endings)) for lang in ("uk", "ru")
}


def _indeclinable(word: str, lang: str) -> bool:
    """Rule ``indeclinable_name``: whether ``word`` is a name that may stand undeclined in any
    case ("Шебекино", "Глушково")."""
    endings = _INDECLINABLE_ENDINGS.get(lang)
    return bool(endings) and _is_cap(word) and word.lower().endswith(endings)


def _describer_agrees(describer: str, word: str, lang: str, opening: bool = False) -> bool | None:
    """Whether a participle (case, gender and number) or a relative pronoun (gender and number)
    can describe ``word``; None when the dictionary gives either word no such readings, or when
    ``word`` is a name written undeclined in any case ("Жители Шебекино, расположенного …";
    rule indeclinable_name). ``opening``: the word opens its clause with no preposition, so it
    is in no locative."""
    if _indeclinable(word, lang):
        return None
    d = word_agreement(describer.lower(), lang)
    w = {r for r in word_agreement(word.lower(), lang) if not (opening and r[0] == "loct")}
    if not d or not w:
        return None
    relative = describer.lower() in _LEX.relative_pronouns
    return any(
        (relative or c == c2) and n == n2 and (g is None or g2 is None or g == g2)
        for c, g, n in d
        for c2, g2, n2 in w
    )


def _agreeing_head(name: str, words: list[str], lang: str) -> str:
    """Rule ``relative_agreement``: "Жители Купянска, который находится в …", "Мешканці
    Куп'янська, що розташований за …": a common noun opening ``name`` (capitalised as the
    sentence opens) that the participle or relative pronoun opening the next clause (``words``)
    cannot describe — another number or gender — is the head of the name in its genitive, not
    a part of it: the name alone is what is placed. Kept whole when the describer agrees with
    the noun ("Окраины Покровска, расположенные …") or with neither."""
    parts = name.split()
    describer = words[0]
    if describer.lower() in ("що", "что") and len(words) > 1:
        describer = words[1]  # "що розташований": the participle after it agrees
    if len(parts) < 2 or "NOUN" not in (classes := word_classes(parts[0].lower(), lang)):
        return name
    if "ADJF" in classes and len(parts) == 2:
        # "село Малый Выстороп, расположенное …", "Великие Межиричи": an adjective (that the
        # dictionary also reads as a noun: "малый") opening a two-word name is the name's own
        return name
    if _describer_agrees(describer, parts[0], lang, opening=True) is not False:
        return name
    if _describer_agrees(describer, parts[-1], lang) is False:
        return name
    if (
        (cases := word_cases(parts[-1].lower(), lang))
        and "gent" not in cases
        and not _indeclinable(parts[-1], lang)
    ):
        return name
    return " ".join(parts[1:])


def _agreeing_noun(clause: str, name: str, words: list[str], lang: str) -> str | None:
    """Rule ``participle_agreement``: "атаковали нефтебазу под Брянском, расположенную в 20 км
    от …", "обстріляли окраїни Куп'янська, розташовані за 7 км …": a participle (or a relative
    pronoun of a gender or number) opening the next clause (``words``) that cannot describe the
    name ``clause`` ends with describes the nearest noun before it that it agrees with (no verb
    between): that noun is what the measure places, with the name when the name is its
    genitive. None when the describer agrees with the name, cannot be read, or no such noun
    is found (the name then stays)."""
    found = _describer_of(words)
    if not found:
        return None
    describer, any_case = found
    before = _letter_words(clause)
    before = before[: len(before) - len(name.split())]
    if _indeclinable(name.split()[-1], lang) or (
        _agreement(describer, name.split()[-1], lang, any_case, before[-1] if before else "")
        is not False
    ):
        return None
    for k in range(len(before) - 1, max(-1, len(before) - 6), -1):
        classes = word_classes(before[k].lower(), lang)
        if (classes & _VERBAL and "NOUN" not in classes) or _is_cap(before[k]):
            return None  # "Росіяни атакували Брянськ, розташовану …": no noun before the verb
        if "NOUN" in classes and _agreement(
            describer, before[k], lang, any_case, before[k - 1] if k else ""
        ):
            if k == len(before) - 1 and (
                before[k].lower() in _CYR_TYPE
                # "н.п. Торское, расположенный …": an abbreviated type word (abbreviated_type)
                or _abbreviated([w.lower() for w in before], clause, name.split()[0])
            ):
                return None  # "місто Суджа, розташоване …": the type word's name, in apposition
            begin = k
            while (
                begin > 0
                and word_classes(before[begin - 1].lower(), lang) & {"ADJF", "PRTF"}
                and not _is_cap(before[begin - 1])
                and _agreement(describer, before[begin - 1], lang, any_case)
            ):
                begin -= 1  # "крупную нефтебазу"
            if k == len(before) - 1:
                return " ".join([*before[begin:], name])  # "окраины Купянска, расположенные"
            return " ".join(before[begin : k + 1])
    return None


def _describer_of(words: list[str]) -> tuple[str, bool] | None:
    """The word of a relative or participial clause (``words``) that agrees with what it
    describes, and whether only its gender and number count: a participle (its case too), a
    relative pronoun, or the predicate after "що"/"что" ("що розташовані": nominative whatever
    the antecedent's case)."""
    first = words[0].lower()
    if first in ("що", "что"):
        if len(words) > 1 and words[1].lower() in _LEX.participles | _TAIL_WORDS:
            return words[1], True
        return None
    return words[0], first in _LEX.relative_pronouns or first in _LEX.relative_forms


def _agreement(
    describer: str, word: str, lang: str, any_case: bool, after: str = ""
) -> bool | None:
    """Whether ``describer`` can describe ``word``: gender and number, and the case too unless
    ``any_case`` (a relative pronoun, or the predicate after "що"). A noun right after a
    container preposition (``after``: "в", "у", "на") that has a locative reading is read in
    it ("на території" is singular, "в Крыму" no dative; rule locative_government). None when
    either word has no reading."""
    d = word_agreement(describer.lower(), lang)
    w = word_agreement(word.lower(), lang)
    if after.lower() in _LEX.container_prepositions:
        w = {r for r in w if r[0] in ("loct", "loc2")} or w
    if not d or not w:
        return None
    return any(
        (any_case or c == c2) and n == n2 and (g is None or g2 is None or g == g2)
        for c, g, n in d
        for c2, g2, n2 in w
    )


def _relative_antecedent(clause: str, words: list[str], lang: str) -> str | None:
    """Rule ``relative_antecedent``: the noun of ``clause`` a relative or participial clause
    (``words``) describes when no name ends ``clause``: the nearest noun before it, back to the
    clause's verb, that the describer agrees with ("про ураження складів на території Курщини,
    які …" → складів; "об'єкти на території РФ, які …" → об'єкти), with its adjectives. None
    when a name agrees first or no noun does: the text does not say which place is measured."""
    found = _describer_of(words)
    if not found:
        return None
    describer, any_case = found
    tokens = _letter_words(clause)
    for k in range(len(tokens) - 1, max(-1, len(tokens) - 9), -1):
        word = tokens[k]
        classes = word_classes(word.lower(), lang)
        if _finite(word, lang):
            return None
        if "NOUN" not in classes or word.lower() in _LEX.region_words:
            continue
        if not _agreement(describer, word, lang, any_case, tokens[k - 1] if k else ""):
            continue
        if _is_cap(word) or word.lower() in _CYR_TYPE:
            return None  # a name or a bare type word: read by the rules for names
        begin = k
        while (
            begin > 0
            and "ADJF" in word_classes(tokens[begin - 1].lower(), lang)
            and _agreement(describer, tokens[begin - 1], lang, any_case)
        ):
            begin -= 1  # "нові позиції", "Дарницькому районі"
        return " ".join(tokens[begin : k + 1])
    return None


def _typed_object(clause: str, words: list[str], lang: str) -> str | None:
    """Rule ``typed_object``: "Росіяни обстріляли село, розташоване за 3 км …", "нанесли удар
    по поселку, расположенному в 5 км …": a bare type word that a verb takes as its object,
    described by the participle or relative pronoun opening the next clause (``words``,
    agreeing with it), is what the measure places — an unnamed settlement, not the verb's
    subject. None when the type word has a name after it, no verb before it, or the describer
    does not agree with it."""
    before = _letter_words(clause[-80:])
    if len(before) < 2 or before[-1].lower() not in _CYR_TYPE:
        return None
    k = len(before) - 2
    while k > 0 and word_classes(before[k], lang) & {"ADJF", "PRTF"} and not _is_cap(before[k]):
        k -= 1  # "обстріляли прикордонне село": adjectives of the type word
    phrase = before[k + 1 :]
    if k > 0 and before[k].lower() in _STRUCK_ON:
        k -= 1  # "вдарили по селу, розташованому …"
        if (
            k > 0
            and "NOUN" in word_classes(before[k], lang)
            and "VERB" in word_classes(before[k - 1], lang)
        ):
            k -= 1  # "нанесли удар по поселку, …": a verb and its noun of striking
    if "VERB" not in word_classes(before[k], lang) or _is_cap(before[k]):
        return None
    head = before[-1].lower()
    if words[0].lower() in ("що", "что") and len(words) > 1:
        # "по селу, що розташоване": the predicate after "що" agrees in gender and number
        # with the word's nominative, not in its case
        if not any(_describer_agrees(words[1], w, lang) for w in (head, *lemmas(head))):
            return None
    elif _describer_agrees(words[0], head, lang) is not True:
        return None
    return " ".join(phrase)


def _adjective_phrase(words: list[str], lang: str) -> str | None:
    """A capitalised adjective opening a clause, more adjectives and the noun they go with
    ("Запорожская атомная электростанция", "Запорізька обласна рада"): the whole phrase, not
    the adjective alone as a name; None when the words after it are no such phrase."""
    if not word_classes(words[0], lang) & {"ADJF", "PRTF"}:
        return None
    for k, word in enumerate(words[1:4], 1):
        low = word.lower()
        if _is_cap(word) or low in _TAIL_WORDS or low in _LEX.participles:
            return None
        classes = word_classes(word, lang)
        if "NOUN" in classes and "PREP" not in classes and "nomn" in word_cases(word, lang):
            return " ".join(words[: k + 1])  # not "Звиклі до …" ("до" is a note, too)
        if not classes or not classes <= {"ADJF", "PRTF"}:
            return None
    return None


def _nominative_before_verb(words: list[str], lang: str) -> str | None:
    """The common noun phrase in the nominative right before a clause's locative verb ("на
    ділянці шляху пасажирський потяг проходить" → пасажирський потяг); None when there is
    none (a name, an oblique case, no such verb)."""
    verbs = [k for k, w in enumerate(words) if w.lower() in _LEX.locative_verbs]
    if not verbs and (end := _adjunct_verb(words, lang)) is not None:
        verbs = [end]
    if verbs and (earlier := _coordinated_verb(words, verbs[-1], lang)) is not None:
        verbs = [earlier]
    phrase: list[str] = []
    for word in reversed(words[: verbs[-1]] if verbs else []):
        if not phrase and word.lower() in _LEX.sentence_adverbs:
            continue  # "повстанці вже перебувають за 8 км": an adverb before the verb
        classes = word_classes(word, lang)
        if (
            _is_cap(word)
            or word.lower() in _NP_STOP
            or not classes & ({"ADJF", "PRTF"} if phrase else {"NOUN"})  # adjectives, a head
            or "nomn" not in word_cases(word, lang)
        ):
            if phrase and word.lower() in _LEX.coordinators:
                # "по продукти та необхідні речі їдуть": a conjunct of what stands before,
                # whose case the words do not tell, is no subject to name
                return None
            break
        phrase.insert(0, word)
    return " ".join(phrase) or None


def _participial_opening(clause: str, lang: str) -> bool:
    """Rule ``participial_aside``: whether a clause set off by commas opens with a participle
    or an adjective that governs more words ("Посёлок Нижнее, входящий в состав горсовета,
    находится …", "Село Ямпіль, відоме своїм монастирем, лежить …"): a description of the
    subject before it, skipped like a relative clause."""
    words = _letter_words(clause)
    return (
        len(words) > 1
        and not _is_cap(words[0])
        and words[0].lower() not in _TAIL_WORDS
        and bool(word_classes(words[0], lang) & {"PRTF", "ADJF"})
        and "nomn" in word_cases(words[0], lang)
    )


def _dative_mover(words: list[str], lang: str) -> str | None:
    """Rule ``dative_mover``: forces in the dative opening a clause of what remains to be
    covered ("Окупантам залишилося пройти 3 км", "российским вооруженным силам осталось пройти
    10 км", "Ворогу до Костянтинівки лишається 4 км"): the ones the distance remains to are
    what the measure places. The phrase (adjectives and a force noun, all readable as dative)
    must be followed by a verb of remaining or end the clause before "до"; None otherwise."""
    k = 0
    while k < len(words) and k < 4 and "datv" in word_cases(words[k], lang):
        k += 1
    if not k:
        return None
    if words[k - 1].lower() in _LEX.force_words:
        if k < len(words) and words[k].lower() not in _LEX.distance_verbs:
            return None
        return " ".join(words[:k])
    # any other noun in the dative before a verb of remaining, with at most a place it comes
    # from or belongs to between ("Автобусу з Торецька залишилося 5 км до Краматорська",
    # "Жителям Мирнограда осталось …"): the mover, not that place, is what the measure places
    verb = next((j for j in range(k, min(len(words), k + 4))
                 if words[j].lower() in _LEX.distance_verbs), None)  # fmt: skip
    if verb is None or verb == k or "NOUN" not in word_classes(words[k - 1], lang):
        return None  # "Жителям осталось 3 км до …": nothing to misread, no subject
    return " ".join(words[:k])


def _finite(word: str, lang: str) -> bool:
    """Whether a word reads only as a finite verb (no noun, adjective or participle reading)."""
    classes = word_classes(word, lang)
    return "VERB" in classes and not classes & _NOMINAL


def _adjunct_verb(words: list[str], lang: str) -> int | None:
    """Rule ``event_subject``: the index of a finite verb ending a clause the measure follows
    ("інцидент стався за 25 миль …", "взрыв произошёл на расстоянии 40 миль …", "бої точаться
    вже за 5 км …"): the measure is the verb's adjunct and places the verb's subject, as a
    locative verb's does. Only adverbs and "на відстані" may stand between the verb and the
    measure; a word after the verb (an object: "жители слышали взрывы в 10 км") gives None."""
    end = len(words)
    while end:
        if words[end - 1].lower() in _LEX.sentence_adverbs:
            end -= 1
        elif end > 2 and _LEX.distance_nouns.intersection(lemmas(words[end - 1].lower())):
            end -= 2  # "на відстані", "на расстоянии": the measure's own preposition
        else:
            break
    if end < 2 or not _finite(words[end - 1], lang):
        return None
    return end - 1


def _coordinated_verb(words: list[str], verb: int, lang: str) -> int | None:
    """Rule ``coordinated_predicate``: "повстанці взяли під контроль … і перебувають за 8 км":
    a verb right after a coordinator shares the subject of the finite verb before it; the
    index of that verb, or None when the word before the verb is no coordinator."""
    before = verb
    while before and words[before - 1].lower() in _LEX.sentence_adverbs:
        before -= 1
    if not before or words[before - 1].lower() not in _LEX.coordinators:
        return None
    return next((k for k in range(before - 2, 0, -1) if _finite(words[k], lang)), None)


#: A relative clause's opening: "в якому", "у котором", "которую", "де".
_RELATIVE_OPENING = re.compile(
    # "на території яких", "жителей которого": a noun may govern the relative pronoun
    rf"\s*(?:(?:{_alt(_NP_STOP)})\s+)?(?:[^\W\d_]+\s+)?(?:{_alt(_LEX.relative_forms)})(?![\w-])",
    re.IGNORECASE,
)


#: A place's container at a clause's end: "в Запорожской области", "у Республіці Комі".
_CONTAINER_TAIL = re.compile(
    rf"\s(?:{_alt(_LEX.container_prepositions)})\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+){{0,3}}"
    rf"(?:[A-ZА-ЯІЇЄҐ][\w’'\-]*|{_alt(_LEX.region_words)})\s*$",
)


def _ends_with_verb(clause: str, lang: str) -> bool:
    """Whether a clause ends with a finite verb ("В сообщении говорится") or an infinitive
    ("Стоит напомнить, что …", "Варто нагадати, що …": a complement follows, no relative
    clause, which opens after a noun; rule complement_after_infinitive)."""
    words = _letter_words(clause)
    classes = word_classes(words[-1], lang) if words else frozenset()
    if words and words[-1].lower() in _LEX.predicatives | _LEX.correlatives:
        return True  # "Відомо, що …", "Известно, что …", "Сообщается о том, что …"
    return bool(classes & {"VERB", "INFN"}) and not classes & _NOMINAL


def _modified_opening(words: list[str], lang: str) -> str | None:
    """Rule ``modified_opening``: "Тимчасово окупований Токмак розташований …", "Занятая
    россиянами Новая Каховка находится …", "Подконтрольное Киеву Гуляйполе …": adverbs, a word
    of the place's state (the lexicon's ``place_modifiers``) and the agent or holder it governs
    (a noun in the instrumental or dative, or an acronym) open the clause; the name after them
    is its subject, when the clause ends there or a verb or participle follows the name."""
    k = 0
    while (
        k < 2
        and k < len(words) - 1
        and "ADVB" in (classes := word_classes(words[k], lang))
        and classes <= {"ADVB", "ADJS"}
    ):
        k += 1  # "Тимчасово", "Временно", "Ранее"
    if k >= len(words) - 1 or not words[k].lower().startswith(_PLACE_MODIFIERS):
        return None
    k += 1
    while (
        k < len(words) - 1
        and not _is_cap(words[k])
        and "ADVB" in (classes := word_classes(words[k], lang))
        and classes <= {"ADVB", "ADJS"}
    ):
        k += 1  # "Звільнений торік Лиман"
    if not _is_cap(words[k]) or (
        len(words) > k + 1 and _is_cap(words[k + 1]) and not words[k].isupper()
    ):
        # "…Киеву Гуляйполе": a capitalised agent before the name, never the name's first word
        cases = word_cases(words[k], lang)
        if (len(words[k]) > 1 and words[k].isupper()) or (
            cases and cases & {"ablt", "datv"} and not cases & {"nomn", "accs"}
        ):
            k += 1  # "росіянами", "Києву", "ЗСУ"
    if k >= len(words) or not _is_cap(words[k]):
        return None
    name = _cap_run(words[k:])
    if not name:
        return None
    after = words[k + len(name.split()) :]
    if after and not (
        after[0].lower() in _LEX.locative_verbs | _LEX.participles
        or word_classes(after[0], lang) & {"VERB", "PRTF"}
    ):
        return None
    return name


#: A short phrase and its comma opening the sentence: a capitalised first word, up to three
#: lower-case words after it ("Південніше, ", "Дальше на юг, ", "За річкою, ").
_FRONTED_PHRASE_UK_RU = re.compile(
    r"\s*(?P<first>[А-ЯІЇЄҐЁ][\w’'ʼ\-]*)(?:\s+[а-яіїєґё][\w’'ʼ\-]*){0,3}\s*,\s*"
)


def _fronted_adverbial(opening: str, lang: str) -> bool:
    """Rule ``fronted_inverted`` (Ukrainian and Russian): whether ``opening`` is a short
    adverbial phrase set off by a comma ("Південніше, ", "Неподалік, ", "Дальше на юг, ", "За
    річкою, "): its first word an adverb, a comparative or a preposition."""
    fronted = _FRONTED_PHRASE_UK_RU.fullmatch(opening)
    if not fronted:
        return False
    classes = word_classes(fronted.group("first"), lang)
    return bool(classes & {"ADVB", "COMP", "PREP"})


#: A short opening with no comma and no name: "Вранці у місті ", "Утром ", "Этой ночью ".
_OPENING_ADVERBIAL_UK_RU = re.compile(
    r"\s*(?P<first>[А-ЯІЇЄҐЁ][\w’'ʼ\-]*)(?P<rest>(?:\s+[а-яіїєґё][\w’'ʼ\-]*){0,3})\s*"
)


#: A measure opening a clause joined by "а"/"і"/"и" after a comma, adverbs allowed between:
#: "Місто живе звичним життям, а вже за 5 км від …".
_CONJOINED_OPENING = re.compile(
    rf",\s*(?:{_alt(w for w in _LEX.coordinators if _CYRILLIC.search(w) and ' ' not in w)})"
    r"(?P<rest>(?:\s+[а-яіїєґё][\w’'ʼ\-]*){0,2})\s*$",
    re.IGNORECASE,
)


def _conjoined_subject(sentence: str, start: int, ref_end: int) -> str | None:
    """Rule ``conjoined_measure``: a measure opening a clause joined after a comma ("…, а за 5
    км від Покровська — вже позиції ворога", "…, и в 10 км от Шебекино стоят войска"): the
    subject is that clause's own, after the measure (a dash and a name or forces, a verb and
    its subject), never the clause's before. None when it names none."""
    opening = _CONJOINED_OPENING.search(sentence, max(0, start - 40), start)
    if not opening:
        return None
    lang = _cyrillic_language(sentence)
    if any(
        word_classes(w, lang) & {"VERB", "INFN", "PRTS", "PRTF", "NOUN"}
        for w in opening.group("rest").split()
    ):
        return None  # "…, а жители за 5 км …": the clause has its subject before the measure
    after = _AFTER_REF_SUBJECT.match(sentence, ref_end)
    if after and (named := _inverted_name(after.group("np"))):
        return named  # "…, а за 5 км від неї розташоване село Петрівка"
    return _after_dash(sentence, ref_end, lang) or _fronted_event_subject(sentence, ref_end)


def _adverbial_opening(opening: str, lang: str) -> bool:
    """Rule ``fronted_event`` (widened): whether the words before a measure are only an adverbial
    of time or scene ("Вранці у місті за 3 км від …", "Утром в двух километрах от …", "А вже за
    7 км від …"): its first word an adverb, a preposition, a conjunction or a pronoun's
    adjective, no name and no verb, so the clause's subject follows the measure as when the measure opens the
    sentence."""
    opening_ = _OPENING_ADVERBIAL_UK_RU.fullmatch(opening)
    if not opening_:
        return False
    first = opening_.group("first")
    if first.lower() not in _LEX.sentence_adverbs and not word_classes(first, lang) & {
        "ADVB",
        "PREP",
        "APRO",
        "CONJ",
    }:
        return False  # "Вранці …", "У місті …", "А вже …", "Но теперь …", "Тут …"
    return not any(
        word_classes(w, lang) & {"VERB", "INFN", "PRTS", "PRTF", "CONJ"}
        for w in opening_.group("rest").split()
    )


def _after_agent(run: str | None, lang: str) -> str | None:
    """ "Підконтрольна ДНР Горлівка", "Подконтрольная ВСУ Авдеевка": a participle or adjective
    and the acronym it governs describe the name after them."""
    parts = (run or "").split()
    acronyms = [k for k, w in enumerate(parts[:-1]) if len(w) > 1 and w.isupper()]
    if (
        acronyms
        and acronyms[-1] > 0
        and all(
            word_classes(w, lang) & {"ADJF", "PRTF"} and not w.isupper()
            for w in parts[: acronyms[0]]
        )
    ):
        return " ".join(parts[acronyms[-1] + 1 :])
    return run


#: A compass phrase ending a text ("… “Гостомель” на півдні").
_COMPASS_TAIL_UK_RU = re.compile(rf"\s(?:{_alt(_DIR_UK_RU)})\s*$", re.IGNORECASE)


#: A dash right before a measure, or before a type word and the measure ("Часів Яр – місто за …"),
#: up to three lower-case words before the type word ("— невелике шахтарське місто за …"; the
#: caller checks that each is an adjective).
#: A participle or a verb of lying may follow the type word ("Шостку — місто, розташоване за …",
#: "Шебекино — город, который находится в …" is a relative clause, read elsewhere).
_DASH_TYPE_END = re.compile(
    r"\s[—–]\s*(?:(?P<adjectives>(?:[а-яёіїєґ][\w’'\-]*\s+){1,3}?)?"
    rf"(?:{_alt(_LEX.type_words)})"
    rf"(?:\s*,?\s+(?:{_alt(_LEX.participles | _LEX.locative_verbs)}))?\s+)?$",
    re.IGNORECASE,
)


_ADJ_ENDINGS = ("і", "ий", "ій", "ые", "ие", "ый", "ая", "ое", "их", "ых", "а")


_REGION_NAME_ENDINGS = tuple(sorted(_LEX.region_name_endings))


_PLACE_MODIFIERS = tuple(sorted(_LEX.place_modifiers))


#: A region in the genitive ending a clause: "Іванівка Бахмутського району", "Донецкой области",
#: or a chain of them: "Устинка Белгородского района Белгородской области".
_REGION_GENITIVE_TAIL = re.compile(
    rf"(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+(?:{_alt(_LEX.region_words)})(?![\w’'\-]))+\s*$",
    re.IGNORECASE,
)


_OPENING_PREPOSITIONS = frozenset(
    w
    for w in _LEX.np_stop | _LEX.near_prepositions | _LEX.locative_prepositions
    if _CYRILLIC.search(w) and " " not in w
)


#: Rule label_break: the text up to its last colon, semicolon, "!"/"?" or full stop after a
#: word (not an abbreviation's: "м. Покровськ") with words after it — a Telegram label
#: ("Хроника: Мирноград — …", "Запоріжжя. Степногірськ — …") ends before the name's clause.
_LABEL_BREAK = re.compile(r"^.*(?:[:;!?]|(?<=[^\W\d_]{4})\.)\s+(?=\S)", re.DOTALL)


def _before_list(lead: list[str]) -> list[str]:
    """Rule ``listed_names``: the words before a list of names that ends with the name a
    measure follows ("атаковали Миусинск и [Красный Луч], в 120 км …" → "атаковали"): what
    governs the list governs its last name too; ``lead`` itself when no "Name и" ends it."""
    if len(lead) < 2 or lead[-1].lower() not in _LEX.span_and or not _is_cap(lead[-2]):
        return lead
    k = len(lead) - 2
    while (
        k > 0 and _is_cap(lead[k - 1]) and lead[k - 1] not in _FUNCTION_CAPS and k > len(lead) - 6
    ):
        k -= 1
    return lead[:k]


def _apposed_adjective_type(words: list[str], before: str, lang: str) -> str | None:
    """Rule apposed_adjective_type: "Купянск, небольшой город в 40 км от границы", "Шебекина,
    40-тысячного города в Белгородской области в 6 км от …": adjectives (a figure joined to
    one is no word: "40-тысячного" leaves "тысячного"), a type word and at most where it lies
    ("в Белгородской области") are in apposition to the name the clause before ends with; the
    measure places that name, as after a bare type word."""
    adjectives = 0
    while (
        adjectives < min(3, len(words) - 1)
        and not _is_cap(words[adjectives])
        and word_classes(words[adjectives], lang) & {"ADJF", "PRTF"}
        and "NOUN" not in word_classes(words[adjectives], lang)
    ):
        adjectives += 1
    if not adjectives:
        return None
    typed = next(
        (k for k in (3, 2, 1) if " ".join(words[adjectives : adjectives + k]).lower() in _CYR_TYPE),
        0,
    )
    rest = words[adjectives + typed :]
    where = not rest or (
        len(rest) <= 4
        and rest[0].lower() in ("в", "у", "на")
        and rest[-1].lower() in _LEX.region_words
    )
    if not typed or not where:
        return None
    return _described_before(before, bare=False)


def _described_before(clause: str, bare: bool = True, whole: bool = False) -> str | None:
    """The name a clause ends with, when what follows describes it.

    ``whole``: only a clause that is nothing but the name ("Часов Яр"); ``bare`` (the default):
    also a name after a settlement type word ("поблизу села Роботине"); otherwise any name
    ending the clause. A region ("Донецької області") is never the name.
    """
    if label := _LABEL_BREAK.match(clause):
        clause = clause[label.end() :]  # "Хроника: Мирноград — город …": the label is no name
    words = _letter_words(clause)
    tail: list[str] = []
    for word in reversed(words):
        if not _is_cap(word):
            break
        tail.insert(0, word)
    lead = words[: len(words) - len(tail)]
    while tail and (
        tail[0].lower() in _CYR_TYPE
        or tail[0] in _FUNCTION_CAPS
        # "Біля Кам'янки, за 20 км …", "Вблизи Каменки, …", "Обстрел Каменки, которая …": a
        # preposition or a noun of striking opening the sentence is no part of the name
        or (len(tail) > 1 and (tail[0].lower() in _OPENING_PREPOSITIONS or _object_noun(tail[0])))
        # "Зруйнована Мар'їнка, за 20 км …": a word of the place's state opening the sentence
        # (rule modified_opening)
        or (len(tail) > 1 and not lead and tail[0].lower().startswith(_PLACE_MODIFIERS))
        # "атакували ударними БпЛА Шостку, …": an acronym before the name is a word of its
        # own (a weapon's, a force's), no part of the name (rule acronym_before_name)
        or (len(tail) > 1 and "-" not in tail[0] and sum(c.isupper() for c in tail[0]) > 1)
        # "Вчора, за 5 км від …", "Вночи, в 20 км от …": an adverb opening the sentence is no
        # name (rule adverb_no_name)
        or (
            len(tail) == 1
            and not lead
            and _common_opening(tail, _cyrillic_language(clause)) == "function"
        )
    ):
        lead.append(tail.pop(0))
    if len(tail) > 1 and len(lead) == 0 and _opening_verb(tail[0], _cyrillic_language(clause)):
        lead.append(tail.pop(0))  # "Обстріляли Херсон, що …": a verb opening the sentence
    if (
        not tail
        or tail[-1].lower() in _LEX.region_words
        or len(tail) > 4
        or " ".join(tail).lower() in _LEX.countries  # "під контролем Росії, за 5 км …"
        or tail[-1].lower().endswith(_REGION_NAME_ENDINGS)  # "Іванівка на Донеччині, що …"
    ):
        return None
    if whole and lead:
        return None
    lead = _before_list(lead)  # rule listed_names
    # "атакувала ударними БпЛА Харків": the means (an acronym, a word in the instrumental)
    # between the verb and its object leave the verb deciding (rule acronym_before_name)
    while len(lead) > 1 and (
        sum(c.isupper() for c in lead[-1]) > 1
        or (
            word_cases(lead[-1].lower(), _cyrillic_language(clause)) == {"ablt"}
            and lead[-1].lower() not in _CYR_TYPE
            and not _area_word(lead[-1])  # "над окраиной Белгорода"
            and lead[-2].lower() not in _OPENING_PREPOSITIONS  # "перед містом", "над ним"
        )
    ):
        lead = lead[:-1]
    if (
        bare
        and not whole
        and lead
        and " ".join(lead[-2:]).lower() not in _CYR_TYPE
        and lead[-1].lower() not in _CYR_TYPE
        # "захопили с. Іванівка, за 12 км …": an abbreviated type word (rule abbreviated_type)
        and not _abbreviated([w.lower() for w in lead], clause, tail[0])
        and not _area_word(lead[-1])  # "в районе Красногоровки, в 10 км …", "по окраинам"
        and (  # "Бої тривають біля Часового Яру, за 10 км …" (but "находится в X, в 10 км …")
            # "закрепились западнее Клещеевки, в 7 км …": a compass comparative is a "near"
            # preposition here (rule near_comparative)
            lead[-1].lower() not in _NEAR_BY_LANGUAGE[_cyrillic_language(clause)]
            or any(w.lower() in _LEX.locative_verbs for w in lead)
        )
        # "закрепились западнее Клещеевки, в 7 км …": after a verb (not one of lying), a
        # compass comparative places the name as a "near" preposition does; "Мирноград
        # восточнее Покровска, в 5 км от него" has no verb, its opening name is the subject
        # (rule near_comparative)
        and not (
            lead[-1].lower() in _COMPARATIVES
            and any(_finite(w, _cyrillic_language(clause)) for w in lead[:-1])
            and not any(w.lower() in _LEX.locative_verbs for w in lead)
        )
        # "Росіяни окупували Іванівку, за 12 км …": what was taken or struck is placed
        and lead[-1].lower() not in _LEX.object_verbs
        and " ".join(lead[-2:]).lower() not in _LEX.object_verbs
        # "Сили оборони утримують Бердичі, за 5 км …": any form of such a verb (rule
        # object_verb_lemma)
        and not _object_verb(lead[-1], _cyrillic_language(clause))
        # "ВС РФ продвинулись к Ивановке, в 15 км …": the goal of a movement (rule motion_goal)
        and not _motion_goal(lead, _cyrillic_language(clause))
        # "Удар пришелся по Краматорску, в 20 км …", "Атаки на Ізюм, за 40 км …": the target
        # of a strike named by its noun (rule struck_target)
        and not (lead[-1].lower() in _STRUCK_ON and any(_object_noun(w) for w in lead[-4:-1]))
        # "идут бои за Торецк, в 20 км …": the place fought for (rule fight_for)
        and " ".join(lead[-2:]).lower() not in _LEX.fight_for
        and not _fought_for([w.lower() for w in lead])  # "бои идут за Курахово, в 40 км …"
    ):
        return None
    return " ".join(tail)


def _contained(clause: str) -> bool:
    """Whether a clause ends with a name and the place it lies in ("завод «…» в Республіці
    Комі"): the container is not what a measure after it places."""
    container = _CONTAINER_TAIL.search(clause)
    return bool(container and _described_before(clause[: container.start()], bare=False))


#: Predicates of lying ("розташований", "находится") and of lying next to ("примикає",
#: "граничит"): the places they govern say where their subject is (rule lying_subject).
_LYING_VERBS = frozenset(
    w for w in _LEX.locative_verbs | _LEX.adjacency_verbs if _CYRILLIC.search(w) and " " not in w
)


def _adjunct_clause(words: list[str], lang: str) -> bool:
    """Rule ``chained_locative``: whether a clause is only a place adjunct — a preposition, or an
    adverb of place and its preposition ("неподалік від Костянтинівки", "поблизу Ізюма", "к
    югу от Харькова"), then its noun phrase — with no verb, participle or relative word."""
    if len(words) < 2 or _is_cap(words[0]):
        return False
    first = word_classes(words[0], lang)
    if not (
        "PREP" in first
        or ("ADVB" in first and "PREP" in word_classes(words[1], lang))
        or words[0].lower() in _NEAR_LINKS[lang]
    ):
        return False
    return not any(
        word_classes(w, lang) & (_VERBAL | {"PRTF"})
        or w.lower() in _LEX.relative_forms | _LEX.relative_pronouns | _LEX.participles
        for w in words
    )


def _lying_subject(words: list[str], lang: str) -> bool:
    """Rule ``lying_subject``: whether a clause has a settlement as its subject, then a
    predicate of lying or adjacency and a preposition after it ("Село Гутирівка примикає до
    села Уманцівка", "Деревня расположена в районе посёлка X"). A measure right after the place
    that predicate governs places the clause's subject, not that place, which says only where
    the subject is — also when the subject is a thing or a pronoun ("Він розташований у селі
    Бузова, за 35 км від …": what lies there is placed, as the sentence says; rule
    lying_subject, widened)."""
    verb = next((k for k, w in enumerate(words) if w.lower() in _LYING_VERBS), None)
    if not verb or verb >= len(words) - 2:
        return False  # "Находится в посёлке X, в 5 км …": no subject before the verb
    if verb and word_classes(words[0], lang) <= _FUNCTION_POS:
        return False  # "Зараз розташований у …", "Также находится в …": no subject before
    after = words[verb + 1 : verb + 3]
    if "ADVB" in word_classes(after[0], lang):
        after = after[1:]  # "розташований безпосередньо біля", "находится прямо в"
    return bool(after) and "PREP" in word_classes(after[0], lang)


#: Rule motion_goal: per language, the verbs of moving towards a place (dictionary forms) and
#: the prepositions of their goal ("вышли к", "просунулися до", "наступают на").
_GOAL_BY_LANGUAGE = {
    lang: (lexicon((lang,)).goal_verbs, lexicon((lang,)).goal_prepositions) for lang in ("uk", "ru")
}
#: Words that may stand between a verb of motion and its goal ("вышли вплотную к", "уже").
_GOAL_ADVERBS = frozenset({"ADVB", "PRCL", "COMP"})


def _motion_goal(lead: list[str], lang: str) -> bool:
    """Rule ``motion_goal``: whether the words before a name end with a verb of moving towards
    a place and the preposition of its goal, adverbs between them allowed ("Российские войска
    вышли к Ивановке в 8 км от …", "ворог просунувся впритул до Іванівки, за 3 км від …",
    "наступают на Ивановку в 20 км от …"): the goal is what a measure right after it places,
    not the forces that move (a verb of any other kind decides nothing here)."""
    verbs, prepositions = _GOAL_BY_LANGUAGE[lang]
    if len(lead) < 2 or lead[-1].lower() not in prepositions:
        return False
    for word in reversed(lead[-4:-1]):
        low = word.lower()
        if verbs & verb_lemmas(low, lang):
            return True
        classes = word_classes(low, lang)
        if not classes or not classes <= _GOAL_ADVERBS:
            return False
    return False


_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w’'ʼ-]*")


def _moved_by(left: str, lang: str) -> bool:
    """Rule ``motion_extent``: whether the clause before a measure "на N км" has a verb of
    moving towards a place ("продвинулись к Краматорску на 4 км от Часова Яра", "ворог
    наблизився до Костянтинівки на 8 км"), its goal named after it: the measure says how far
    the forces moved, not where the goal lies."""
    verbs, prepositions = _GOAL_BY_LANGUAGE[lang]
    words = _CLAUSE_WORDS.findall(re.split(r"[.;:!?,—–]", left)[-1])[-6:]
    moved = next((k for k, w in enumerate(words) if verbs & verb_lemmas(w.lower(), lang)), None)
    # the goal is named after the verb ("к Краматорску"); with none ("приблизились на 12 миль
    # от центра города") the measure places the forces from its reference
    return moved is not None and any(
        a.lower() in prepositions and b[:1].isupper()
        for a, b in zip(words[moved + 1 :], words[moved + 2 :], strict=False)
    )


def _area_word(word: str) -> bool:
    """Rule ``area_of_place``: whether ``word`` names an area of a place ("районе",
    "окраинам", "над окраиной", "у передмісті", "по околицях") in any case: the place it is
    the area of, not the clause's subject, is what a measure right after it places."""
    low = word.lower()
    return low in _LEX.area_words or not _LEX.area_words.isdisjoint(lemmas(low))


def _lying_relative(words: list[str]) -> bool:
    """Whether a clause after a comma opens with a relative pronoun or a participle of lying
    ("Запорізька АЕС, що розташована в Енергодарі за 50 км …", "Олеський замок, розташований у
    селищі Олесько за 70 км …"): it places what it describes, the settlement it names only says
    where that is (rule lying_subject, relative)."""
    opening = [w.lower() for w in words[:2]]
    return bool(opening) and (
        (opening[0] in _LEX.relative_pronouns or opening[0] in _LEX.participles)
        and any(w in _LYING_VERBS or w in _LEX.participles for w in opening)
    )


def _taken_before(words: list[str], clause: str, lang: str) -> str | None:
    """Rule ``settlement_before_measure``: the settlement a clause ends with, right after a verb
    of taking or striking, a "near" or an "in" preposition (a type word between them allowed),
    is what a measure right after it places ("Росіяни захопили село Уразове за 5 км на північ
    від …", "бої біля Роботиного за 10 км від …", "Вибухи пролунали у Краматорську за 20 км
    від …"), not the clause's subject. A name after any other
    word ("в направлении села Свердликово в 58 км …": where they move) decides nothing."""
    name = _described_before(clause, bare=False) if words and _is_cap(words[-1]) else None
    if name and len(name.split()) > 1 and _object_noun(name.split()[0]) and len(words) > 1:
        name = name.split(maxsplit=1)[1]  # "Штурм Ивановки в 20 км от …": the noun opens
    if not name or name == _cap_run(words) or _kind(name) in ("non_place", "region", "pronoun"):
        return None
    if _lying_subject(words[: len(words) - len(name.split())], lang):
        return None  # "Замок розташований у селищі Олесько за 70 км …" (rule lying_subject)
    lead = [w.lower() for w in _before_list(words[: len(words) - len(name.split())])]
    typed = next((k for k in (3, 2, 1) if " ".join(lead[-k:]) in _CYR_TYPE), 0) or _abbreviated(
        lead, clause, name
    )
    if typed and len(lead) >= typed:  # "село", "населений пункт", "селище міського типу"
        at = len(words) - len(name.split())
        typed_words = words[at - typed : at] if at >= typed else []
        # (directly before the name: "захопили села Іванівка та Петрівка" lists names)
        plural = (
            " ".join(lead[-typed:]) in _LEX.plural_type_words
            and [w.lower() for w in typed_words] == lead[-typed:]
        )
        del lead[-typed:]
        if plural and lead and (lead[-1] in _LEX.object_verbs or _object_verb(lead[-1], lang)):
            # "обстріляли села Запоріжжя за 5 км від …", "РФ стирает села Запорожья в 20 км
            # от …": a plural type word a verb takes names the villages of a region or a town
            # (its genitive), not that town: the measure places the villages, unnamed (rule
            # settlement_before_measure)
            return " ".join(
                words[len(words) - len(name.split()) - typed : len(words) - len(name.split())]
            )
    near = _NEAR_BY_LANGUAGE[lang]
    link = 2 if " ".join(lead[-2:]) in near else 1 if lead and lead[-1] in near else 0
    if link and len(lead) > link and _head_before_near(lead[:-link], lang):
        # "Фронт під Авдіївкою за 4 км від …", "Российские войска под Купянском в 5 км от …":
        # a thing (forces, a line, a road, a depot) that opens the clause with no verb is what
        # the measure places; the name after "near" only says where the thing is (rule
        # near_head; "Бої біля Роботиного за 10 км …": fighting is placed at the name)
        return None
    # "бои за Работино в 10 км …": the place fought for (rule fight_for)
    after = _LEX.object_verbs | _NEAR_BY_LANGUAGE[lang] | _LEX.in_prepositions | _LEX.fight_for
    if (
        lead
        and (
            lead[-1] in after
            or " ".join(lead[-2:]) in after
            # "взяли под контроль Новогродовку в 20 км …": a verb of taking with its noun,
            # three words (rule settlement_before_measure)
            or " ".join(lead[-3:]) in after
            or _object_verb(lead[-1], lang)
        )
    ):
        return name
    if _fought_for(lead):
        return name  # "Ожесточенные бои идут за Курахово в 40 км от …" (rule fight_for)
    if _motion_goal(lead, lang) or (
        len(lead) > 2 and _area_word(lead[-1]) and _motion_goal(lead[:-1], lang)
    ):
        # "вышли к Ивановке в 8 км от …"; "вышли к окраинам пос. Котляровка в 10 км от …":
        # the goal's outskirts are the goal's (rule motion_goal)
        return name
    if lead and _area_word(lead[-1]) and _LEX.force_words.isdisjoint(map(str.lower, lead)):
        # "Взрывы прогремели на окраинах Сум в 30 км от …" (rule area_of_place); forces or
        # fighting in the area are what the measure places ("Окупанти в районі Покровська за
        # 5 км від міста", "Бои идут на окраинах Торецка в 2 км от центра")
        return name
    if lead and lead[-1] in _STRUCK_ON and len(lead) > 1:
        lead.pop()  # "удар по Іванівці", "атака на Іванівку"
    if lead and _object_noun(lead[-1]):
        # "заявило об освобождении села Ивановка в 20 км от …", "про захоплення Іванівки за
        # 20 км від …", "Штурм Ивановки в 20 км от …": what a noun of taking or striking
        # governs is placed, as after its verb (rule settlement_before_measure)
        return name
    return None


#: Rule fight_for: the nouns of fighting that a "for" (the second word of ``fight_for``) may
#: follow with a verb or an adjective between ("бои идут за Курахово", "бої тривають за …").
_FIGHT_HEADS = frozenset(f.split()[0] for f in _LEX.fight_for)
_FIGHT_FOR_LINKS = frozenset(f.split()[-1] for f in _LEX.fight_for)


def _fought_for(lead: list[str]) -> bool:
    """Rule ``fight_for``: whether ``lead`` (lower case) ends with "for" and a noun of
    fighting stands at most three words before it ("ожесточенные бои идут за", "бої досі
    тривають за"): the name after it is the place fought for, which a measure after it places."""
    return bool(
        len(lead) > 1
        and lead[-1] in _FIGHT_FOR_LINKS
        and any(w in _FIGHT_HEADS for w in lead[-4:-1])
    )


#: Nouns of an event or of fighting: placed at the name after "near", not measured themselves.
_EVENT_HEADS = frozenset(
    _LEX.event_nouns | _LEX.object_nouns | {f.split()[0] for f in _LEX.fight_for}
)


def _head_before_near(words: list[str], lang: str) -> bool:
    """Rule ``near_head``: whether ``words`` (lower case, before a "near" preposition) are a
    noun phrase opening its clause with no verb or preposition in it, headed by a noun that
    names no event ("фронт", "позиції зсу", "російські війська", "склад боєприпасів")."""
    head = None
    for word in words:
        classes = word_classes(word, lang)
        if (
            not classes
            and word in _LEX.force_words | _LEX.force_sides.keys() | _LEX.countries.keys()
        ):
            continue  # "Позиции ВСУ": the owner, an acronym the dictionary does not know
        if not classes or _finite(word, lang) or classes & {"PREP", "CONJ", "GRND", "INFN", "PRTS"}:
            return False
        if head is None and "NOUN" in classes:
            head = word
        elif head is None and not classes & {"ADJF", "PRTF", "NUMR"}:
            return False  # "Вже під Бахмутом": an adverb, no noun phrase
    return head is not None and not (
        head in _EVENT_HEADS or _EVENT_HEADS.intersection(lemmas(head))
    )


_OBJECT_LEMMAS_BY_LANGUAGE = {lang: lexicon((lang,)).object_verb_lemmas for lang in ("uk", "ru")}


def _object_verb(word: str, lang: str) -> bool:
    """Rule ``object_verb_lemma``: whether ``word`` is a form of a verb whose object (or
    postposed subject) is a place: "утримують", "штурмует", "опинилися" (lexicon
    ``object_verb_lemmas``), as the listed ``object_verbs`` forms are."""
    return bool(_OBJECT_LEMMAS_BY_LANGUAGE[lang] & verb_lemmas(word.lower(), lang))


#: "по", "на": a strike's target after its noun ("удар по Іванівці", "атака на Іванівку").
_STRUCK_ON = {"по", "на"}


def _object_noun(word: str) -> bool:
    """Whether ``word`` is a noun of taking or striking ("освобождении", "захоплення")."""
    low = word.lower()
    return low in _LEX.object_nouns or bool(_LEX.object_nouns.intersection(lemmas(low)))


def _force_phrase(words: list[str]) -> str | None:
    """ "російські окупанти", "армія РФ", "найближчі позиції росіян", "линия фронта": forces or
    a line named in a clause, with the adjectives before and the owner after."""
    for k, word in enumerate(words):
        low = word.lower()
        pair = f"{low} {words[k + 1].lower()}" if k + 1 < len(words) else ""
        triple = f"{pair} {words[k + 2].lower()}" if k + 2 < len(words) else ""
        # "бойові дії"; "лінія бойового зіткнення", "линия боевого соприкосновения"
        size = next((n for n, p in ((3, triple), (2, pair)) if p and p in _FORCE_OR_FRONT), 1)
        two = size > 1
        if not two and low not in _LEX.force_words and low not in _LEX.front_words:
            continue
        if _is_cap(word) and word not in _FUNCTION_CAPS and k == 0 and not two:
            return None  # a name opens the clause: the caller reads it
        begin = k
        while (
            begin > 0
            and begin > k - 2
            and (
                words[begin - 1].lower() in _DEMONYMS
                or words[begin - 1].lower() in _NONPLACE
                or (
                    words[begin - 1].lower().endswith(_ADJ_ENDINGS)
                    # "Ворожі підрозділи …": an adjective capitalised as it opens the clause
                    and (not _is_cap(words[begin - 1]) or (begin == 1 and words[0][1:].islower()))
                )
            )
            and words[begin - 1].lower() not in _NP_STOP
            and words[begin - 1] not in _FUNCTION_CAPS
        ):
            begin -= 1
        end = k + size
        if end < len(words) and (
            _is_cap(words[end])
            or words[end].lower() in _LEX.countries
            or words[end].lower() in _LEX.force_sides
            or words[end].lower() in _LEX.front_words
        ):
            end += 1
        return " ".join(words[begin:end])
    return None


_CYR_AUX = r"(?:була|був|було|були|буде|была|был|было|были|будет)"


_NAMED_NP = r"(?P<np>[^,.;:!?()—–\n]{1,80})"


#: After a measure with no "від"/"от": a locative verb or a dash, then what lies there.
_INVERTED_UK_RU = re.compile(
    rf"\s*(?:(?:[—–]|(?<=\s)-(?=\s))\s*|(?:{_CYR_AUX}\s+)?(?:{_alt(_LEX.locative_verbs)})\s+)"
    rf"{_NAMED_NP}",
    re.IGNORECASE,
)


#: A sentence opening with a "near … from" phrase, then the measure: "Недалеко от Калмитского
#: залива, ", "Неподалік від Харкова, " (rule fronted_near_uk_ru); not a bare "у"/"біля", whose
#: place the measure may place ("У села Ивановка, в 12 км от Бахмута, …").
_FRONTED_NEAR = re.compile(
    rf"\s*(?i:{_alt(w for w in _LEX.near_from if _CYRILLIC.search(w))})"
    r"\s+(?P<np>[^,;:.!?()«»\"—–\d]{1,60}?)\s*,\s*"
)
#: Any "near" word opening the sentence ("Під Куп'янськом, ", "Возле Покровска, "): read as
#: _FRONTED_NEAR only when the measure's reference is a bare type word taking that place up
#: ("…, за 5 км від міста, …"; rule fronted_near_uk_ru).
_FRONTED_NEAR_ANY = re.compile(
    rf"\s*(?i:{_alt(w for w in _LEX.near_from | _LEX.near_prepositions if _CYRILLIC.search(w))})"
    r"\s+(?P<np>[^,;:.!?()«»\"—–\d]{1,60}?)\s*,\s*"
)
#: Bare settlement type words ("міста", "города", "села"): a reference that takes up a place.
_TYPE_REFERENCE = frozenset(w.lower() for w in _LEX.type_words if " " not in w)


#: After "від X"/"от X" when nothing before names the subject: "…, была сооружена Каховская ГЭС".
_AFTER_REF_SUBJECT = re.compile(
    rf"\s*,?\s*(?:{_CYR_AUX}\s+)?(?:{_alt(_LEX.locative_verbs)}|[^\W\d_]+(?:ена|ено|ены|ана|ано|"
    rf"аны|ована|оване|ований|овано))\s+{_NAMED_NP}",
    re.IGNORECASE,
)


#: "…, вище за течією на відстані 2 км розташоване село Колонтаїв": a side along the river
#: just before the measure.
_RIVER_SIDE = re.compile(
    rf"(?<![\w-])(?P<side>{_alt(_LEX.river_directions)})\s*,?\s*"
    r"(?:на\s+(?:відстані|расстоянии)\s*)?$",
    re.IGNORECASE,
)


_FROM_SIDE = re.compile(rf"\s+(?P<side>{_alt(_LEX.from_directions)})(?![\w-])", re.IGNORECASE)


#: A full participle right before a measure, no comma before it: "наблюдают размещенный в 7 км
#: от государственной границы военный лагерь" (rule prenominal_participle).
_PRENOMINAL_PARTICIPLE = re.compile(
    rf"(?<![\w-])(?P<p>{_alt(w for w in _LEX.participles if ' ' not in w)}|[а-яёіїєґ’'\-]{{4,}})\s+$",
    re.IGNORECASE,
)


_CLAUSE_REST = re.compile(r"[^,.;:!?()«»\"—–\n]{1,120}")


_EVENT_VERB = {"VERB", "PRTS"}


def _fronted_event_subject(sentence: str, ref_end: int) -> str | None:
    """Rule ``fronted_event``: after a measure opening the sentence, the clause's own subject —
    a common noun phrase in the nominative before its verb ("За 15 км від Запоріжжя ворожий
    дрон влучив у …", "У 5 км від Покровська окупанти намагаються …") or right after it ("В 10
    км от Купянска идут бои", "В 20 километрах от Белгорода сбит украинский беспилотник"), or
    forces named by an abbreviation ("… ВСУ построили …"). None when the clause names a place
    (read by the rules before), or when no such phrase is plain."""
    rest = _CLAUSE_REST.match(sentence, ref_end)
    if not rest:
        return None
    lang = _cyrillic_language(sentence)
    words = _letter_words(rest.group())[:8]
    while words and words[0].lower() in _LEX.sentence_adverbs:
        words = words[1:]  # "… досі тривають бої", "… уже идут бои"
    verb = next(
        (
            k
            for k, w in enumerate(words)
            if w.islower()
            # "розташовані": a predicate of lying the dictionary reads as an adjective
            and (word_classes(w, lang) & _EVENT_VERB or w in _LEX.locative_verbs)
        ),
        None,
    )
    if verb is None or words[verb].lower() in _LEX.object_verbs:
        # "За 5 км від кордону ворог обстріляв село": the measure places what was struck,
        # not who struck it
        return None
    if verb and all(w.isupper() and w.lower() in _LEX.force_words for w in words[:verb]):
        return " ".join(words[:verb])  # "… ВСУ построили новую линию обороны"
    phrase = words[:verb] if verb else words[1:]
    out: list[str] = []
    for word in phrase:
        classes = word_classes(word, lang)
        if _is_cap(word) or "nomn" not in word_cases(word, lang):
            break
        # "взрыв": a noun in the nominative, also when a gerund is spelt the same
        if "NOUN" in classes and not classes & (_VERBAL - {"GRND"}):
            out.append(word)
            break  # the head ends the phrase
        if not classes & {"ADJF", "PRTF"}:
            break
        out.append(word)
    if not out or "NOUN" not in word_classes(out[-1], lang):
        return None
    if not verb and " ".join(out).lower() in _CYR_TYPE and (name := _cap_run(phrase[len(out) :])):
        # "В 25 км северо-западнее Донецка освобожден населенный пункт Невельское": the type
        # word's name is what the measure places (rule fronted_event)
        return name
    if verb and len(out) != verb:
        return None  # words before the verb that are no part of the phrase
    if not verb:
        # "… проходит линия фронта", "… расположены позиции противника": the head's genitive
        # complement after it is part of the phrase (rule fronted_event)
        for word in phrase[len(out) : len(out) + 3]:
            classes = word_classes(word, lang)
            if not word.islower() or "gent" not in word_cases(word, lang):
                break
            if not classes & {"NOUN", "ADJF", "PRTF"} or classes & _VERBAL:
                break
            out.append(word)
            if "NOUN" in classes:
                break
        following = phrase[len(out) : len(out) + 1]
        if following and following[0].lower() in _LEX.span_and:
            return None  # "… проходять залізниця та траса Н-20": a list, not one phrase
    return " ".join(out)


def _relative_measure(
    sentence: str, start: int, ref_end: int
) -> tuple[str | None, str, int] | None:
    """ "Бои идут за Покровск, в 10 км от которого находится село Ивановка": a measure opening a
    relative clause is from the place before the comma, and places what follows its verb (a
    name or a line; None when neither is said).

    Returns (subject, reference, end of the statement) or None when no place precedes.
    """
    left = sentence[:start].rstrip()
    if not left.endswith(","):
        return None
    antecedent = _described_before(left[:-1], bare=False)
    if not antecedent or _kind(antecedent) != "place":
        return None
    after = _AFTER_REF_SUBJECT.match(sentence, ref_end)
    np = after.group("np").strip() if after else ""
    subject = _inverted_name(np) if np else None
    if subject is None and np and _is_line(np) and len(np.split()) <= 3:
        subject = np  # "…, в 5 км от которого проходит линия фронта"
    return subject, antecedent, after.end() if subject and after else ref_end


def _agrees(word: str, readings: set[tuple[str, str | None, str]], lang: str = "ru") -> bool:
    """Whether a word shares a case and a number, and no other gender, with one of
    ``readings`` (:func:`gazetteer.inflection.word_agreement`)."""
    return any(
        c == c2 and n == n2 and (g is None or g2 is None or g == g2)
        for c, g, n in readings
        for c2, g2, n2 in word_agreement(word.lower(), lang)
    )


def _participle_before(sentence: str, start: int) -> bool:
    """Whether the word right before ``start`` is a participle ("розташоване", "располагавшейся")."""
    last = _last_word(sentence[max(0, start - 40) : start])
    if not last:
        return False
    word = last[0]
    lang = _cyrillic_language(sentence)
    return word.lower() in _LEX.participles or "PRTF" in word_classes(word, lang)


def _prenominal_subject(
    sentence: str, start: int, reference: str | None, ref_end: int
) -> tuple[str, str, int] | None:
    """ "Пограничники наблюдают размещенный в 7 км от государственной границы военный лагерь",
    "атакуют расположенный в 5 км от границы город Сумы", "удар по расположенному в 5 км от
    Белгорода селу Никольское", "обстріляв розташоване за 7 км від Нікополя село": a
    participle opening the measure before its noun describes the noun phrase after the
    reference that agrees with it (rule prenominal_participle). In the nominative or the
    accusative any noun phrase; in another case — the case a reference after "от"/"від" may
    share — only a settlement type word, which then gives the name after it ("жители
    находящегося в 2 км от линии фронта поселка Горняк").

    Returns (subject, reference, end of the subject) or None.
    """
    before = sentence[max(0, start - 40) : start]
    m = _PRENOMINAL_PARTICIPLE.search(before)
    if not m or not reference or re.search(r"[,(—–]\s*$", before[: m.start()]):
        return None
    lang = _cyrillic_language(sentence)
    participle = m.group("p").lower()
    if participle not in _LEX.participles and "PRTF" not in word_classes(participle, lang):
        return None
    want = set(word_agreement(participle, lang))
    lead = _last_word(before[: m.start()])
    if (
        any(r[0] == "nomn" for r in want)
        and sentence[: max(0, start - 40) + m.start()].strip()  # "Находящийся в 20 км от …"
        and not (lead and word_classes(lead[0], lang) & {"PREP", "VERB", "INFN", "GRND"})
    ):
        # "Село розташоване за 5 км …", "…, що розташоване за 15 км від лінії зіткнення …": a
        # participle after its subject or a relative pronoun is the predicate; only one after
        # a verb or a preposition ("обстріляв розташоване …", "у розміщений …") stands before
        # its noun
        return None
    direct = {r for r in want if r[0] in ("nomn", "accs")}
    ref_start = sentence.find(reference, start, ref_end)
    if not want or ref_start < 0:
        return None
    rest = _CLAUSE_REST.match(sentence, ref_end)
    tokens = _tokens(sentence[ref_start : rest.end() if rest else ref_end])
    inside = sum(1 for _, _, e in tokens if ref_start + e <= ref_end)

    def heads(k: int) -> bool:
        word = tokens[k][0]
        if _is_cap(word) or not _LETTER.match(word):
            return False
        classes = word_classes(word, lang)
        if not classes & {"NOUN", "ADJF", "PRTF"}:
            return False
        if direct and _agrees(word, direct, lang):
            return True
        # another case: a type word with its name after it ("селу Никольское")
        return (
            word.lower() in _CYR_TYPE
            and _agrees(word, want, lang)
            and k + 1 < len(tokens)
            and _is_cap(tokens[k + 1][0])
        )

    k = next((k for k in range(1, min(inside + 1, len(tokens))) if heads(k)), None)
    if k is None:
        return None
    agree = direct if direct and _agrees(tokens[k][0], direct, lang) else want
    words = []
    for j, (word, _, e) in enumerate(tokens[k:], k):
        classes = word_classes(word, lang)
        if not _agrees(word, agree, lang) or not classes & {"NOUN", "ADJF", "PRTF"}:
            return None
        words.append(word)
        end = e
        nxt = tokens[j + 1][0] if j + 1 < len(tokens) else ""
        if "NOUN" in classes and not (
            classes & {"ADJF", "PRTF"}
            and not _is_cap(nxt)
            and "NOUN" in word_classes(nxt, lang)
            and _agrees(nxt, agree, lang)
        ):
            if (
                agree is direct
                and nxt
                and not _is_cap(nxt)
                and nxt.lower() not in _CYR_TYPE
                and word_classes(nxt, lang) == {"NOUN"}
                and {"gent"}
                == {c for c, _, _ in word_agreement(nxt.lower(), lang)} & {"gent", "nomn", "accs"}
            ):
                words.append(nxt)  # "пункт пропуску", "склад боеприпасов": its genitive noun
                end = tokens[j + 1][2]
            break  # "военный лагерь": an adjective that can be a noun, then its noun
    else:
        return None
    after = _TYPED_NAME_AFTER.match(sentence, ref_start + tokens[k][1] - 1)
    if after and words[-1].lower() in _CYR_TYPE and after.start("np") - 1 <= ref_start + end:
        subject, end = after.group("np"), after.end() - ref_start  # "… город Сумы": the name
    else:
        subject = " ".join(words)
    return subject, sentence[ref_start : ref_start + tokens[k][1]].strip(), ref_start + end


#: A second place after an inverted subject: "… находится Каховская ГЭС и город Новая Каховка".
_INVERTED_AND = re.compile(rf"\s+(?:{_alt(_LEX.span_and)})\s+(?P<np>.+)$", re.IGNORECASE)


#: ", у селі Іванівка,", ", у Степногірську," after an opening measure's reference: the
#: place it measures (a type word may be left out).
_FRONTED_IN = re.compile(
    rf"\s*,\s*(?:{_alt(_LEX.container_prepositions)})\s+(?:(?i:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s*[,—–]"
)


def _inverted_partner(np: str, subject: str | None) -> str | None:
    """ "… находится Каховская ГЭС и город Новая Каховка": the second place an inverted
    subject is coordinated with (it lies there too); None when none is named."""
    at = np.find(subject) if subject else -1
    also = _INVERTED_AND.match(np, at + len(subject)) if subject and at >= 0 else None
    return _inverted_name(also.group("np")) if also else None


#: The dash's phrase ends the sentence, or a relative clause on it follows ("За 2 км від нього
#: — Золота Балка, яку ЗСУ звільнили напередодні"; rule dash_relative).
_DASH_NP = re.compile(
    r"\s*[—–]\s*(?P<np>[^,.;:!?()—–\n]{1,60})"
    rf"(?=[.;!?)]|$|\s*,\s*(?i:{_alt(w for w in _LEX.relative_forms if _CYRILLIC.search(w))})(?![\w’'\-]))"
)


def _after_dash(sentence: str, ref_end: int, lang: str) -> str | None:
    """ "За 6 км від Куп’янська — уже фронт", "В 10 км от Донецка — Ясиноватая": the name or
    the line a dash ending the sentence puts after a measure's reference, adverbs dropped."""
    m = _DASH_NP.match(sentence, ref_end)
    if not m:
        return None
    words = m.group("np").split()
    while (
        words
        and not _is_cap(words[0])
        and (words[0].lower() in _TAIL_WORDS or word_classes(words[0], lang) & {"ADVB", "PRCL"})
    ):
        words.pop(0)
    np = " ".join(words)
    if words and len(words) <= 3 and _force_phrase(words) == np:
        return np  # "За 2 км від Мирнограда — російські штурмовики" (rule dash_forces)
    return _inverted_name(np) or (np if words and _is_line(np) and len(words) <= 3 else None)


#: After a headline's opening measure: a colon, then a place after "у"/"в" or after a question
#: word and its verb ("…: що відбувається у Гуляйполі", "…: как живет Каменка").
_HEADLINE_PLACE = re.compile(
    r"\s*:\s*[^.;!?:()]{0,80}?(?<![\w’'\-])(?:"
    rf"(?i:{_alt(w for w in _LEX.in_prepositions if _CYRILLIC.search(w))})\s+"
    rf"(?:(?i:{_alt(_LEX.type_words)})\s+)?"
    rf"|(?i:{_alt(w for w in _LEX.interrogatives if _CYRILLIC.search(w))})\s+[^\W\d_]+\s+)"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})"
)


@functools.cache
def _country_lemmas() -> frozenset[str]:
    """The dictionary forms of the countries the lexicon names ("україна", "россия")."""
    return frozenset(w for k in _LEX.countries for w in (k, *lemmas(k)))


def _headline_place(sentence: str, ref_end: int) -> str | None:
    """The settlement a headline names after the colon that follows its opening measure
    (``_HEADLINE_PLACE``); None when there is none, or it is a region or a country."""
    m = _HEADLINE_PLACE.match(sentence, ref_end)
    if not m:
        return None
    name = m.group("name")
    follows = sentence[m.end() :].split(maxsplit=1)
    if (
        name.split()[0] in _FUNCTION_CAPS
        or name.isupper()
        or name.lower() in _LEX.countries
        or _country_lemmas() & set(lemmas(name.lower()))  # "в Україні", "в России"
        or (
            follows and follows[0].lower().strip(",.") in _LEX.region_words
        )  # "в Донецькій області"
        or _kind(name) in ("non_place", "region", "pronoun")
        or name.lower().endswith(_REGION_NAME_ENDINGS)  # "на Запоріжжі", "у Донеччині"
        or _is_force(name)
    ):
        return None
    return name


def _placed_name(np: str) -> str | None:
    """What a locative verb places: a name ("село Іванівка"), a line ("линия фронта"), forces
    ("російські війська") or one common noun in the nominative ("холм"); None for anything
    longer or unclear."""
    if name := _inverted_name(np):
        return name
    words = _letter_words(np)
    if _is_line(np) and len(words) <= 3:
        return " ".join(words)
    head = words[: next((k for k, w in enumerate(words) if w.lower() in _NP_STOP), len(words))]
    if (force := _force_phrase(head)) and len(force.split()) == len(head) <= 3:
        # "стоять російські війська і поливають …", "стоят окупанты": forces, placed
        return force
    lang = _cyrillic_language(np)
    if words and word_classes(words[0], lang) == {"NOUN"} and "nomn" in word_cases(words[0], lang):
        return words[0]
    return None


def _inverted_name(np: str) -> str | None:
    """The place a fronted measure introduces ("село Днестрик-Дубовый", "станція «Мовчанове»");
    None unless it holds a capitalised name."""
    words = []
    for word, _, _ in _tokens(re.sub(r"[«»\"“”„]", " ", np)):
        if not _LETTER.match(word) or (word.lower() in _NP_STOP and words):
            break
        words.append(word)
        if len(words) == 5:
            break
    if not any(_is_cap(w) and w not in _FUNCTION_CAPS for w in words):
        return None
    return _drop_descriptor(" ".join(words))


#: A type word and a name right after a reference: "… від Покровська село Удачне".
_TYPED_NAME_AFTER = re.compile(
    rf"\s+(?i:{_alt(_LEX.type_words)})\s+(?P<np>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)"
    rf"{{0,2}})"
)


#: Per language: Russian "у Первомайского" is "near", Ukrainian "у Білорусі" is "in".
_NEAR_BY_LANGUAGE = {lang: lexicon((lang,)).near_prepositions for lang in ("uk", "ru")}
#: Rule near_comparative: the one-word compass comparatives of the lexicons ("западнее",
#: "південніше"), which place a name as a "near" preposition does ("Бои идут западнее X, в …").
_COMPARATIVES = frozenset(
    k for k in _DIR_UK_RU if " " not in k and k.endswith(("ее", "ше")) and len(k) > 5
)


#: Nouns of action ("захоплення", "освобождение"): what they govern is what is located.
_ACTION_NOUN = ("ння", "ття", "ение", "ание", "ения", "ания")


def _region_head(word: str) -> bool:
    """Whether a word is a form of an area's head noun ("громаду", "району", "округа"; lexicon
    ``region_heads``, read through its nominative readings)."""
    low = word.lower()
    return low in _LEX.region_heads or any(r in _LEX.region_heads for r in lemmas(low))


def _noun_phrase_end(text: str, lang: str) -> list[str]:
    """The words of the common noun phrase ``text`` ends with ("звільнили кілька лісових
    масивів" → кілька лісових масивів; "захоплення невизначеного лісового масиву" → the
    masyv, not the capture); empty when it ends otherwise (a verb, a name, a number)."""
    phrase: list[str] = []
    spans = _tokens(text)
    for k in range(len(spans) - 1, -1, -1):
        word = spans[k][0]
        low = word.lower()
        kinds = word_classes(word, lang)
        if _is_cap(word) and word not in _FUNCTION_CAPS:
            if (
                len(phrase) == 1
                and k
                and "ADJF" in kinds
                and _region_head(phrase[0])
                and (
                    word_classes(spans[k - 1][0], lang) & _VERBAL
                    or spans[k - 1][0].lower() in _OPENING_PREPOSITIONS
                )
            ):
                # "обстріляв Нікопольську громаду, що …", "вдарили по Покровському району":
                # a verb's or a preposition's object, a named area's adjective and its head
                # (rule named_area_phrase; "Іванівка, Покровський район, …" is an aside)
                return [word, *phrase]
            return []  # "місто Донецької області": a name's phrase, not a common one
        if (
            not _LETTER.match(word)
            or (k and spans[k - 1][0] == "-")  # "60-кілометрову": a compound with a number
            or low in _NP_STOP
            or word in _FUNCTION_CAPS
            or not kinds
            or kinds & _VERBAL
            or not kinds <= _NOMINAL
            or (phrase and low.endswith(_ACTION_NOUN))
            or len(phrase) == 5
        ):
            break
        phrase.insert(0, word)
    return phrase


def _object_before(text: str, lang: str) -> str | None:
    """ "уразив російський нафтопереробний завод [більш як за 1300 км …]": the object a verb
    puts right before a measure is what the measure places (not the verb's subject)."""
    tokens = [w for w, _, _ in _tokens(text)]
    if not tokens or not _LETTER.match(tokens[-1]):
        return None
    if tokens[-1].isupper() and len(tokens[-1]) > 1:
        return None  # "армія РФ за 20 км": an acronym names forces or a country
    if _is_cap(tokens[-1]):
        return None  # a named object may be a river ("форсували Дніпро за 10 км від …")
    phrase = _noun_phrase_end(text, lang)
    if phrase and "NOUN" not in word_classes(phrase[-1], lang):
        return None
    rest = tokens[: len(tokens) - len(phrase)]
    if not phrase or not rest or rest[-1].lower() in _LEX.type_words:
        return None
    if len(rest) > 1 and " ".join(rest[-2:]).lower() in _LEX.object_verbs:
        return " ".join(phrase)  # "ракета влучила в об'єкт інфраструктури за 40 км від …"
    if (
        len(rest) > 1
        and rest[-1].lower() in _LEX.container_prepositions
        and "loct" in word_cases(phrase[-1], lang)
        and not _LEX.distance_nouns.intersection(lemmas(phrase[-1]))  # "на відстані близько …"
        # "Бої тривають на ділянці за 5 км": where forces are, the measure places them
        and not _mentions([w.lower() for w in tokens], _FORCE_OR_FRONT)
    ):
        # "проживали на території до 5 км від кордону": the place a verb puts its subject in,
        # right before a measure, is what the measure places (rule located_in_before_measure)
        rest = rest[:-1]
    if len(rest) > 1 and rest[-1].lower() in _STRUCK_ON and _object_noun(rest[-2]):
        # "нанес удар по поселку в 5 км от …", "атака на колону за 10 км від …": a strike's
        # target right before the measure is what it places (rule struck_object)
        return " ".join(phrase)
    verb = rest[-1].lower()
    if (
        verb in _LEX.locative_verbs
        or verb in _TAIL_WORDS
        or verb in _LEX.participles
        or not word_classes(verb, lang) & {"VERB"}
        or word_classes(verb, lang) & _NOMINAL
    ):
        return None
    return " ".join(phrase)
