"""The reference of a statement: the noun phrase after "of"/"from"/"від"/"от" up to a clause boundary."""

from __future__ import annotations

import re

from gazetteer.inflection import word_cases, word_classes

from .model import _is_particle_name, place_name
from .phrases import _clean, _tokens
from .vocabulary import (
    _CONNECTORS,
    _CYRILLIC,
    _EN,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NONPLACE,
    _NP_STOP,
    _PARTITIVE,
    _PHRASE_WORD,
    _PRONOUNS,
    _SPELLED,
    _TYPE_TAIL,
    _UK_LETTER,
    _alt,
)
from .words import _LEAD_ARTICLES, _VERBAL, LOOK_BACK, _cyrillic_language, _is_cap, _mentions

#: A reference phrase is at most nine words: reading this many characters after its start finds
#: them (and keeps each look linear).
_PHRASE_CHARS = 240


#: Verbs and adverbs that end a reference phrase ("… of the city lying in …", "до границ
#: соседнего региона сократилось …").
_FORCE_WORDS = _LEX.force_words


_REF_STOP = (
    _LEX.participles
    | _LEX.tail_words
    | _LEX.distance_verbs
    | _LEX.locative_verbs
    | _LEX.separation_verbs
    | _LEX.respectively  # "from the border respectively": no part of the name
    # "до фронту близько 10 км", "до позицій ворога не менше 10 км": a qualifier opens the
    # measure, it never continues the phrase ("в межах", "до" are prepositions of phrases too)
    | {q.split()[0] for q in _LEX.qualifiers if re.search("[а-яіїєґ]", q)} - {"в", "у", "до"}
    # "до кордону звідти всього 3 км", "до Покровська вже менше 5 км": an adverb of time or
    # place ends the phrase
    | {w for w in _LEX.sentence_adverbs if re.search("[а-яіїєґ]", w)}
    # "до лінії фронту відстань 5 км": the distance noun after the end names the measure
    | {w for w in _LEX.distance_nouns if re.search("[а-яіїєґ]", w)}
)


#: "the capital, Damascus", "областного центра — города Луганска": the name in apposition.
_APPOSITIVE_NAME = re.compile(
    rf"\s*(?:,|\s[—–-])\s*(?i:the\s+(?:city|town|village)\s+of\s+|(?:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)"
)


#: Rule seat_apposition: the heads after which "of Area, Name" gives the seat's own name ("the
#: provincial capital of South Kivu, Bukavu"); "the town of Orikhiv, Zaporizhzhia Oblast" names
#: the town, the name after its comma says where it is.
_SEAT_HEADS = _LEX.appositive_heads - (_LEX.settlement_words - _LEX.capital_words)


#: What closes a name in apposition: punctuation, a dash or the end ("the capital, Kyiv,").
_APPOSED_CLOSES = re.compile(r"\s*(?:[,.;:!?)\]»\"]|[—–]|\s-\s|$)")


#: How much of the text after a link :func:`_reference` tokenizes first (up to
#: ``_PHRASE_CHARS`` when the phrase, or a look past it, reaches further).
_REF_HEAD = 100


def _new_case_phrase(phrase: list[str], word: str, nxt: str) -> bool:
    """Whether a lower-case Russian adjective and the noun after it ("военный лагерь") open a
    new phrase after ``phrase`` ("государственной границы"): they share a case no word of the
    phrase can be in. Unknown or Ukrainian words never decide."""
    if _UK_LETTER.search(word + nxt + "".join(phrase)) or not _CYRILLIC.match(word):
        return False
    if word[:1].isupper() or "ADJF" not in word_classes(word, "ru"):
        return False
    if "NOUN" not in word_classes(nxt, "ru"):
        return False
    own = word_cases(word, "ru") & word_cases(nxt, "ru")
    if own == {"ablt"} and phrase and "PRTF" in word_classes(phrase[-1], "ru"):
        # "от занятого российскими войсками Бахмута", "от удерживаемого украинскими силами
        # Купянска": the participle's agent, in the instrumental, is part of its phrase (rule
        # reference_agent)
        return False
    cases: frozenset[str] | None = None
    for w in phrase:
        found = word_cases(w, "ru")
        if not found:
            return False
        cases = found if cases is None else cases & found
    return bool(own) and bool(cases) and cases.isdisjoint(own)


#: Rule reference_verb_end: verbs taking an object whose past form does not end in -ed.
_PAST_OBJECT_VERBS = frozenset(w for w in _EN.object_verbs if not w.endswith("s"))


def _settlement_of_end(tokens: list[tuple[str, int, int]], i: int) -> int | None:
    """Rule settlement_of: the index of a settlement word ("port", "city") among the up to three
    lower-case words from ``i`` that is followed by "of" ("port city of", "river port of")."""
    for j in range(i, min(i + 3, len(tokens) - 1)):
        word = tokens[j][0]
        if not (word.islower() and word.isascii() and word.isalpha()) or word in _NP_STOP:
            return None
        if (word in _LEX.settlement_words or word in _HELD_SEAT_HEADS) and tokens[j + 1][
            0
        ].lower() == "of":
            return j
    return None


#: Rule settlement_of: the heads of a described place that, after a name, describe the place
#: the name after "of" is as a settlement word does ("the IS stronghold of al-Bab", "the Russian
#: hub of Belgorod"); plural heads and "home"/"community"/"gateway" ("the home of") are no
#: such place.
_HELD_SEAT_HEADS = _EN.place_description_heads - {
    "home",
    "community",
    "gateway",
    "cities",
    "towns",
    "villages",
    "settlements",
    "crossroads",
    "resort",
}


def _reference_words(
    tokens: list[tuple[str, int, int]], whole: bool, lang: str | None = None
) -> tuple[list[tuple[str, int, int]], bool] | None:
    """The words of :func:`_reference`'s phrase among ``tokens`` and whether a name was seen;
    None when ``tokens`` are the first ones only (not ``whole``) and the reading looks at their
    last three. ``lang`` is the language of the text around them ("uk"/"ru"; by default their
    own letters tell)."""
    if not whole and len(tokens) < 4:
        return None
    out: list[tuple[str, int, int]] = []
    seen_cap = False
    skip = 0
    for i, (word, s, e) in enumerate(tokens):
        if not whole and i + 3 >= len(tokens):
            return None  # the words after these may matter: read them all
        if i < skip:
            continue
        low = word.lower()
        if (
            out
            and word[0].isdigit()
            and i + 2 < len(tokens)
            and tokens[i + 1][0] == "-"
            and tokens[i + 1][1] == e
            and tokens[i + 2][1] == tokens[i + 1][2]
            and tokens[i + 2][0][0].isalpha()
            and tokens[i + 2][0].islower()
        ):
            # "the 71-year-old's hometown of Orikhiv", "the 10-storey block": a figure joined to
            # a word by a hyphen is a modifier in the phrase, not a measure (rule
            # number_compound_modifier)
            out.extend(tokens[i : i + 3])
            skip = i + 3
            continue
        if not (word[0].isalpha() or _LETTER.match(word)):  # (isalpha: no match object)
            if word in ("'", "’") and out:
                continue
            if (
                word == "."
                and len(out) <= 2
                and all(w.lower() in _LEX.type_abbreviations for w, _, _ in out)
            ):
                continue  # "від м. Покровськ", "от г. Покровск", "від н.п. Іванівка"
            break
        if low in ("з", "із", "зі", "из") and len(out) == 1 and out[0][0].lower() in _PARTITIVE:
            out.append((word, s, e))  # "від одного із витоків річки Терн", "от одного из …"
            continue
        if (
            (low in _NP_STOP or low in _REF_STOP)
            and out
            and not (
                # "the IS stronghold of al-Bab": an acronym in capitals after an article is a
                # name, never the verb or preposition it spells (rule acronym_not_stop)
                word.isupper()
                and word.isascii()
                and len(word) > 1
                and out[-1][0].lower() in _LEAD_ARTICLES
            )
        ):
            break  # "… of the city lying in the adjacent Donetsk Oblast"
        if out and not seen_cap and _CYRILLIC.match(word) and _adverb(word, tokens, lang):
            break  # "від лінії зіткнення повністю зруйноване": an adverb opens the predicate
        if out and not seen_cap and _CYRILLIC.match(word) and _finite_verb(word, tokens, lang):
            break  # "північніше селища впадає її притока": a verb opens the predicate
        nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
        if (
            out
            and _is_cap(out[-1][0])
            and word.islower()
            and out[-1][0].lower().endswith(("'s", "’s"))
            and (low in _LEX.control_modifiers or low.rpartition("-")[2] in _LEX.control_modifiers)
            and i + 1 < len(tokens)
            and _is_cap(tokens[i + 1][0])
        ):
            # "from Russia's occupied Enerhodar", "Ukraine's Russian-held Donetsk": a possessor,
            # a word of who holds the place and its name are one phrase; the possessor alone is
            # never the reference (rule possessed_held)
            out.append((word, s, e))
            continue
        if (
            out
            and _is_cap(out[-1][0])
            and word.islower()
            and out[-1][0].lower().endswith(("'s", "’s"))
            and (
                head := next(
                    (
                        j
                        for j in range(i + 1, min(i + 3, len(tokens)))
                        if tokens[j][0] in _LEX.appositive_heads
                        and all(t[0].isalpha() and t[0].islower() for t in tokens[i:j])
                    ),
                    None,
                )
            )
            is not None
            and (
                head + 1 >= len(tokens)
                or (tokens[head + 1][0].lower() != "of" and not _is_cap(tokens[head + 1][0]))
            )
        ):
            # "North Kivu's provincial capital, Goma", "the region's administrative centre":
            # after a possessor, up to two lower-case words before the seat word describe it
            # (rule possessed_seat); the seat ends the phrase as below
            out.extend(tokens[i : head + 1])
            seen_cap = False  # a description: a name in apposition may follow
            break
        if (
            out
            and not seen_cap
            and nxt
            and _new_case_phrase([t[0] for t in out], word, tokens[i + 1][0])
        ):
            break  # "от государственной границы военный лагерь": another phrase, another case
        if seen_cap and word.isupper() and (low in _FORCE_WORDS or f"{low} {nxt}" in _FORCE_WORDS):
            break  # "До Красного Лимана ВС РФ осталось 16 км": the forces, not part of the name
        if out and not seen_cap and low in _FORCE_WORDS and _CYRILLIC.match(word):
            cases = word_cases(low, _word_language(low, tokens, lang))
            verb = nxt and word_classes(nxt, _word_language(nxt, tokens, lang)) & _VERBAL
            if verb and (word.isupper() or ("nomn" in cases and "gent" not in cases)):
                # the forces are followed by their verb ("от подконтрольного ВСУ
                # Константиновки", "между позициями ВСУ и Курском": whose they are)
                # "За 5 км від кордону ворог обстріляв село", "от границы ВСУ атаковали":
                # forces in the nominative open the clause's subject (rule reference_forces)
                break
        if (
            out
            and low.endswith("ing")
            and len(low) > 5
            and word.islower()
            and word.isascii()
            and (nxt in _LEAD_ARTICLES or (i + 1 < len(tokens) and tokens[i + 1][0][:1].isupper()))
        ):
            break  # "the demilitarized zone separating the Golan Heights": a participle and its
            # object open a reduced relative clause (rule participle_clause)
        if (
            out
            and not seen_cap
            and out[-1][0].lower() not in _LEAD_ARTICLES | _EN.noun_determiners
            and word.islower()
            and word.isascii()
            and ((low.endswith("ed") and len(low) > 4) or low in _PAST_OBJECT_VERBS)
            and (
                nxt in _EN.noun_determiners
                or nxt in _SPELLED
                or nxt[:1].isdigit()
                or (i + 1 < len(tokens) and _is_cap(tokens[i + 1][0]))
            )
        ):
            break  # "30 km from the border sparked a fire", "from the front destroyed two
            # bombers": a past verb and its object open the clause's predicate (rule
            # reference_verb_end)
        if (
            out
            and low == "of"
            and out[-1][0].lower() in _EN.line_heads_of
            and nxt not in _EN.line_of_kept
        ):
            break  # "the front lines of Russia's war": the line is the reference
        if seen_cap and _is_cap(word) and nxt in _LEX.region_words and _CYRILLIC.match(word):
            break  # "Покровська Донецької області": the region says where, the name is before;
            # in English a capitalised word before "district" is the name's own ("Um Kadada
            # district", rule region_after_name)
        if (
            low == "of"
            and out
            and (out[-1][0].lower() in _LEX.settlement_words or out[-1][0].lower() in _TYPE_TAIL)
        ):
            out.append((word, s, e))  # "the Iraqi city of Mosul", "Russia's region of Kursk"
            seen_cap = False
            continue
        if (
            seen_cap
            and low == "of"
            and _is_cap(out[-1][0])
            and out[-1][0].lower() in _NONPLACE
            and i + 1 < len(tokens)
            and _is_cap(tokens[i + 1][0])
            and tokens[i + 1][0] not in _FUNCTION_CAPS
        ):
            # "the Sea of Azov", "the Gulf of Aden", "the Bay of Bengal": a capitalised feature
            # word, "of" and a name are one name (rule feature_of_name)
            out.append((word, s, e))
            continue
        if (
            seen_cap
            and word.islower()
            and len(out) <= 4  # "the Black Sea port of Odesa"
            and (last := _settlement_of_end(tokens, i)) is not None
        ):
            # "the Yemeni port of Hodeidah", "the Black Sea port city of Mykolaiv", "the Dnipro
            # river port of Kherson": after a name, up to three lower-case words ending in a
            # settlement word before "of" describe the place the name after "of" is (rule
            # settlement_of)
            out.extend(tokens[i : last + 1])
            seen_cap, skip = False, last + 1
            continue
        if (
            seen_cap
            and not _is_cap(word)
            and not re.search("[а-яіїєґ]", low)
            and not out[-1][0].lower().endswith(("'s", "’s"))  # "Pyin Oo Lwin's airfield"
        ):
            # "the Crimean peninsula", "the Zaporizhzhia nuclear plant": a name that opens a
            # non-place's phrase names the non-place
            head = next(
                (
                    j
                    for j in range(i, min(i + 3, len(tokens)))
                    if tokens[j][0].lower() in _NONPLACE
                    and all(_LETTER.match(t[0]) for t in tokens[i : j + 1])
                    and not any(t[0].lower() in _NP_STOP for t in tokens[i : j + 1])
                ),
                None,
            )
            if head is not None:
                out.extend(tokens[i : head + 1])
                break
        if (
            seen_cap
            and low in _LEX.appositive_heads
            and nxt != "of"
            and not (i + 1 < len(tokens) and _is_cap(tokens[i + 1][0]))
        ):
            out.append((word, s, e))  # "the Donetsk Oblast center": the seat ends the phrase
            break
        if (
            seen_cap
            and not _is_cap(word)
            and low not in _CONNECTORS
            and low not in _TYPE_TAIL
            and not _is_particle_name(word)
        ):
            break
        if low.endswith("'s") or low.endswith("’s"):
            out.append((word, s, e))
            continue
        out.append((word, s, e))
        if _is_cap(word) and word not in _FUNCTION_CAPS:
            seen_cap = True
        if len(out) >= 9:
            break
    return out, seen_cap


def _word_language(word: str, tokens: list[tuple[str, int, int]], lang: str | None) -> str:
    """The language a Cyrillic word is read in: the text's around it, else its phrase's letters
    ("кордону знову атакували" has none of Ukrainian's own); a word the Russian dictionary does
    not know at all ("знову") is read as Ukrainian (rule reference_language)."""
    if lang is None:
        lang = "uk" if any(_UK_LETTER.search(t[0]) for t in tokens) else "ru"
    return "uk" if lang == "ru" and not word_classes(word, "ru") else lang


def _adverb(word: str, tokens: list[tuple[str, int, int]], lang: str | None = None) -> bool:
    """Whether a lower-case Cyrillic word among ``tokens`` reads as an adverb and not as a
    genitive (which would continue a noun phrase): "повністю", "знову", "щодня"."""
    lang = _word_language(word, tokens, lang)
    return (
        word.islower()
        and "ADVB" in word_classes(word, lang)
        and "gent" not in word_cases(word, lang)
    )


def _finite_verb(word: str, tokens: list[tuple[str, int, int]], lang: str | None = None) -> bool:
    """Whether a lower-case Cyrillic word among ``tokens`` can only be a verb ("впадає",
    "протекает"), never a noun's or an adjective's form that would continue a noun phrase."""
    lang = _word_language(word, tokens, lang)
    # a short participle is a predicate too ("від станції введено режим", "от Белгорода сбит")
    classes = word_classes(word, lang)
    return (
        word.islower()
        and bool(classes)
        and (
            classes <= {"VERB", "PRTS"}
            # "від кордону діє заборона": a noun reading only in the vocative ("діє") never
            # continues a noun phrase
            or ("VERB" in classes and word_cases(word, lang) <= {"voct"})
        )
    )


#: "ж.-д.", "ж/д", "з/д", "з. д.": "railway" shortened before "станции"/"станції"; the phrase is
#: the station's, read from the word after it (rule railway_abbreviation).
_RAILWAY_ABBREVIATION = re.compile(r"[жз]\s*(?:\.\s*-?\s*|/)\s*д\b\.?\s*(?=\w)", re.IGNORECASE)


#: A third person's pronoun opening a reference ("неё", "нього"): the reference is the pronoun.
_PERSONAL_REFERENCE = re.compile(
    rf"((?i:{_alt(_LEX.pronouns - _LEX.relative_forms - _LEX.demonstratives)}))(?![\w’'\-])"
)


#: Rule gerund_reference: "6 km from reaching the base", "3 km from entering Kostiantynivka": a
#: verb in -ing opening the reference, then its object (a determiner or a name).
_GERUND_REFERENCE = re.compile(r"\s*[a-z]{3,}ing\s+(?=(?:the|a|an)\s+\S|[A-Z])")


#: Rule seat_of_region: "от административного центра Запорожской области Мелитополя",
#: "від районного центру Бахмутського району Бахмута": after a description's region (an
#: adjective and a region word in the genitive), the description's own name.
_REGION_THEN_NAME = re.compile(
    rf"\s+(?:{_alt(w for w in _LEX.region_words if _CYRILLIC.search(w) and w.isalpha())})"
    r"\s+(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})(?![\w’'\-])"
    rf"(?!\s+(?i:{_alt(_LEX.region_words)})(?![\w’'\-]))"
)


#: A quoted name right after a reference's common noun: " «Лесная»", " “Азовсталь”" (rule
#: quoted_reference).
#: A lower-case word right after a reference's agent: " территорий" (rule agent_head).
_AGENT_HEAD = re.compile(r"\s+([а-яіїєґё][\w’'\-]*)")
_QUOTED_HEADS = frozenset(w for w in _LEX.type_words if " " not in w)
_QUOTED_AFTER = re.compile(
    r"\s*(?:«[^«»\n]{1,40}»|\"[^\"\n]{1,40}\"|“[^“”\n]{1,40}”|„[^„“”\n]{1,40}[“”])"
)


def _reference(text: str, start: int) -> tuple[str | None, int]:
    """The noun phrase starting at ``start``; returns (phrase, end offset)."""
    if rail := _RAILWAY_ABBREVIATION.match(text, start):
        start = rail.end()  # "от ж.-д. станции Изюм": the station
    elif gerund := _GERUND_REFERENCE.match(text, start):
        start = gerund.end()  # "from reaching the base": the place is the gerund's object
    if quote := _OPENING_QUOTE.match(text, start):
        start = quote.end()  # 'from "the line of contact."': the quoted phrase is the reference
    right = text[start : start + LOOK_BACK]
    if (pronoun := _PERSONAL_REFERENCE.match(right)) and _CYRILLIC.match(right):
        # "в 9 верстах от неё слободы Прохоровки", "за 5 км від нього село Липці": a pronoun is
        # the whole phrase; what follows it is no part of it (rule pronoun_reference)
        return pronoun.group(1), start + pronoun.end(1)
    cut = right.find(" ", _REF_HEAD, _PHRASE_CHARS)
    # the language of the text around the phrase decides how its words read (rule
    # reference_language): "від кордону знову атакували" is Ukrainian by "Харкові" before it
    lang = _cyrillic_language(text[max(0, start - LOOK_BACK) : start + LOOK_BACK])
    # a space ends every token before it, so the tokens before it are the first ones of all
    found = _reference_words(_tokens(right[:cut]), whole=False, lang=lang) if cut > 0 else None
    out, seen_cap = found or _reference_words(_tokens(right[:_PHRASE_CHARS]), whole=True, lang=lang)  # type: ignore[misc]
    if not out or all(w.lower() in _LEAD_ARTICLES for w, _, _ in out):
        return None, start  # an article alone names nothing
    if len(out) == 2 and f"{out[0][0]} {out[1][0]}".lower() in _EN.reciprocal_pronouns:
        return None, start  # "2-5 NM from each other": no place (rule reciprocal_reference)
    end = out[-1][2]
    phrase = right[:end].strip()
    if (
        seen_cap
        and len(out) >= 2
        and _CYRILLIC.match(out[0][0])
        and not _is_cap(out[0][0])
        and all(_is_cap(w) for w, _, _ in out[1:])
        and word_classes(out[0][0].lower(), lang) & {"ADJF", "PRTF"}
        and (head := _AGENT_HEAD.match(right, end))
        and "NOUN" in word_classes(head.group(1).lower(), lang)
        and word_cases(head.group(1).lower(), lang) & word_cases(out[0][0].lower(), lang)
    ):
        # "от контролируемых Украиной территорий", "від підконтрольної Україні території": the
        # participle's agent is no place; the noun after it heads the phrase (rule agent_head)
        phrase, end = right[: head.end()].strip(), head.end()
    if (
        not seen_cap
        and out[-1][0].lower() in _QUOTED_HEADS
        and (quoted := _QUOTED_AFTER.match(right, end))
    ):
        # "от села «Новое»", "від селища «Сонячне»": the quoted name of the settlement the type
        # word names (rule quoted_reference); a station's, a plant's or a mine's ("станции
        # «Лесная»", "шахти «Покровська»") is no settlement of that name and is not read so
        phrase, end, seen_cap = right[: quoted.end()].strip(), quoted.end(), True
    # "the capital, Damascus": a description followed by the name in apposition
    # "the provincial capital of South Kivu, Bukavu": a seat of a named area, then its own name
    # in apposition, closing the clause
    seat_of = any(
        w.lower() in _SEAT_HEADS and out[k + 1][0].lower() == "of"
        for k, (w, _, _) in enumerate(out[:-1])
    )
    # "від рідного міста Зеленського — Кривого Рогу", "от родного города Зеленского — Кривого
    # Рога": a type word, its owner in the genitive, then the place's own name in apposition, in
    # the genitive too and closing the clause (rule owner_place)
    owned = (
        _CYRILLIC.match(out[0][0])
        and any(w.islower() and w in _LEX.type_words for w, _, _ in out[:-1])
        and (apposed := _APPOSITIVE_NAME.match(right[end:])) is not None
        # a word the dictionary does not know ("Великих Сорочинцев") may be a genitive too
        and all(
            not (cases := word_cases(w.lower(), lang)) or "gent" in cases
            for w in apposed.group("name").split()
        )
    )
    if owned:
        seat_of = True
    if not seen_cap or seat_of:
        m = _APPOSITIVE_NAME.match(right[end:])
        if m and (seen_cap or owned) and not re.match(r"\s*(?:[.;:!?)]|$)", right[end + m.end() :]):
            m = None
        if (
            m
            and not _CYRILLIC.match(m.group("name"))
            and not _APPOSED_CLOSES.match(right, end + m.end())
        ):
            # "15 km from the regional centre, Russian troops attacked …": a clause's subject
            # after the comma, no name in apposition (rule appositive_closed)
            m = None
        if m and (owned or any(w.lower() in _LEX.appositive_heads for w, _, _ in out)):
            # the seat's own name is the reference ("South Kivu, Bukavu" is no one name)
            phrase = m.group("name") if seen_cap or owned else right[: end + m.end()].strip()
            end += m.end()
    if end == out[-1][2] and (extended := _postmodifier_end(right, out, end)) is not None:
        phrase, end = right[:extended].strip(), extended
    elif out[0][0].lower() == "where" and (clause := _WHERE_REFERENCE.match(right, out[0][2])):
        # "fell not 50 meters from where we were", "from where I stood": the free relative is
        # the reference, its verb included (rule where_reference)
        phrase, end = right[: clause.end()].strip(), clause.end()
    elif (
        end == out[-1][2]
        and (area := _held_area_end(out)) is not None
        and (holder := _HOLDER_AFTER.match(right, area))
    ):
        # "15 km from territory under Russian control", "from Ukrainian territory currently under
        # Russian occupation", "from areas held by Ukrainian forces": who holds the area is part
        # of its phrase (rule reference_holder)
        phrase, end = right[: holder.end()].strip(), holder.end()
    if (
        seen_cap
        and end == out[-1][2]
        and len(out) >= 2
        and _CYRILLIC.match(out[0][0])
        and not _is_cap(out[0][0])
        and sum(_is_cap(w) for w, _, _ in out) == 1
        and "ADJF" in word_classes(out[-1][0], lang)
        and (seat := _REGION_THEN_NAME.match(right, end))
    ):
        # "в 135 км от временного административного центра Запорожской области Мелитополя":
        # a description, the region it is the seat of, then its own name (rule seat_of_region)
        phrase, end = right[: seat.end()].strip(), seat.end()
    if (
        seen_cap
        and end == out[-1][2]
        and _is_cap(out[-1][0])
        and not _CYRILLIC.match(out[-1][0])
        and (typed := _TYPED_NAME_AFTER.match(right, end))
    ):
        # "from the Black Sea port Mariupol", "from the Russian border town Sudzha": a type word
        # after a named description, then the place's own name, which is the reference (rule
        # typed_name, as "the Black Sea port of Mariupol" reads)
        phrase, end = typed.group("name"), typed.end()
    if seen_cap and (other := _ALTERNATIVE_NAME.match(right, end)):
        # "20 km from Kramatorsk or Sloviansk", "за 20 км від Краматорська або Слов'янська": the
        # text leaves open which one the measure is from; the phrase holds both, never the first
        # alone (rule reference_alternatives)
        phrase, end = right[: other.end()].strip(), other.end()
    if seen_cap and out[0][0].lower() in _LEX.road_words and (ends := _ROAD_ENDS.match(right, end)):
        # "від траси Київ — Чоп", "южнее автодороги А141 Орёл — Витебск": a road named by its
        # ends runs on past the dash (rule road_ends)
        phrase, end = right[: ends.end()].strip(), ends.end()
    return _clean(phrase), start + end


#: Rule quoted_line_reference: an English opening quote before a lower-case phrase ('from "the
#: line of contact."', "from “the grey zone”"); the phrase inside is read as any other.
_OPENING_QUOTE = re.compile(r"\s*[“\"](?=(?:the\s+)?[a-z])")


#: Rule typed_name: a lower-case settlement word ("port", "town", "city") and a capitalised
#: name right after a reference's named words, the name closing the phrase.
_TYPE_WORDS_EN = frozenset(w for w in _EN.settlement_words if w.islower() and " " not in w)
_TYPED_NAME_AFTER = re.compile(
    rf"\s+(?:{_alt(_TYPE_WORDS_EN)})\s+"
    r"(?P<name>[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2})(?![\w’'\-])(?!\s+[A-Z])"
)


#: Rule reference_alternatives: "or"/"або"/"или" and another name (after a type word, "the
#: city of", "села") right after a named reference.
_ALTERNATIVE_NAME = re.compile(
    rf"\s+(?i:{_alt(_LEX.alternative_links)})\s+"
    rf"(?:(?i:(?:the\s+)?(?:{_alt(_EN.settlement_words)})\s+of|{_alt(_LEX.type_words)})\s+)?"
    r"[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2}(?![\w’'\-])"
)


#: Rule where_reference: "where" and a short clause with no punctuation, a pronoun or a
#: noun phrase and its verb.
_WHERE_REFERENCE = re.compile(r"(?:\s+[\w’'\-]+){2,5}?(?=\s*(?:[,.;:!?)]|$))")


#: Rule mixed_range: between two measures, "to" (or "and" after "between") only.
_RANGE_GAP = re.compile(r"\s+(?:to|and)\s+")


def _held_area_end(out: list[tuple[str, int, int]]) -> int | None:
    """Where the area noun ending a reference's words ends ("territory", or "areas" of "areas
    held" read up to the participle); None when the words end with none (rule
    ``reference_holder``)."""
    if out[-1][0].lower() in _EN.held_area_nouns:
        return out[-1][2]
    if (
        len(out) > 1
        and out[-1][0].lower() in _EN.control_modifiers
        and out[-2][0].lower() in _EN.held_area_nouns
    ):
        return out[-2][2]
    return None


#: Rule reference_holder: "(currently) under Russian control", "held by Ukrainian forces" after
#: an area noun.
_HOLDER_NAME = r"(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"


_HOLDER_AFTER = re.compile(
    rf"\s+(?:(?:{_alt(_EN.sentence_adverbs)})\s+)?(?:under\s+{_HOLDER_NAME}\s+"
    rf"(?:{_alt(_EN.holding_nouns)})|(?:{_alt(_EN.control_modifiers)})\s+by\s+{_HOLDER_NAME}"
    rf"(?:\s+(?:{_alt(w for w in _EN.force_words if w.islower())}))?)(?![\w’'\-])"
)


#: The further ends of a road named by them: " — Чоп", " – Харків — Довжанський".
_ROAD_ENDS = re.compile(r"(?:\s*[—–-]\s*[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)?)+")


#: Rule reference_postmodifier: what an unnamed reference's head may not be for a following
#: "in X" to say where it is — a line or a force (measured to the line itself), a settlement
#: or region ("the town in Kherson Oblast" is the town, not the oblast), a part or a distance.
_POSTMODIFIER_BARRED = (
    _LEX.line_words
    | _LEX.front_words
    | _LEX.border_words
    | _LEX.force_words
    | _LEX.settlement_words
    | _LEX.plural_type_words
    | _LEX.type_tail
    | _LEX.region_words
    | _LEX.partitive
    | _LEX.distance_nouns
    | _LEX.time_words
)


_POSTMODIFIER = re.compile(rf"\s+(?:{_alt(_LEX.postmodifier_prepositions)})\s+(?=\S)")


def _postmodifier_end(right: str, out: list[tuple[str, int, int]], end: int) -> int | None:
    """Rule ``reference_postmodifier``: where a reference with no name ends when a phrase of
    a locative preposition after it names a place ("from the nearest launch sites in Ukraine",
    "away from their allies inside the provincial capital of Deir Ezzor", "from the air base
    at Engels"): the name says where the unnamed thing is. None when the rule does not apply."""
    words = [w.lower() for w, _, _ in out]
    if not words or any(_CYRILLIC.search(w) or w[:1].isupper() for w, _, _ in out):
        return None  # "Ukrainian-held territory": a name or an adjective of one already says
    if words[-1] in _PRONOUNS or _mentions(words, _POSTMODIFIER_BARRED):
        return None
    m = _POSTMODIFIER.match(right, end)
    if m is None:
        return None
    inner, inner_end = _reference(right, m.end())
    last = _PHRASE_WORD.findall(inner or "")[-1:]
    if not last or not _is_cap(last[0]) or place_name(inner) is None:
        return None  # "in Kyiv's latest salvo": the name owns a non-place, it places nothing
    return inner_end
