"""Noun phrases: tokens, descriptors ("село Іванівка", "the city of"), and what kind of thing a phrase
names (a place, a pronoun, a description, a line, a non-place)."""

from __future__ import annotations

import functools
import re

from gazetteer.inflection import word_classes

from .model import _is_particle_name
from .vocabulary import (
    _CYRILLIC,
    _EN,
    _FOLD_MARKS,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NONPLACE,
    _PHRASE_WORD,
    _PRONOUNS,
    _SPACES,
    _WORD_RE,
    _alt,
)
from .words import _common_opening, _cyrillic_language, _is_cap


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of ``text`` with their spans (a third of the look-backs and clauses of a
    sentence are read more than once: the tuple is shared, never changed)."""
    return tuple([(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)])


def _letter_words(text: str) -> list[str]:
    """The words of ``text`` that open with a letter (figures and punctuation left out): what
    ``_LETTER.match`` keeps of its tokens, told by ``isalpha`` first (no match object for the
    most of them; a letter no ``isalpha`` reads is still asked of the pattern)."""
    return [w for w, _, _ in _tokens(text) if w[0].isalpha() or _LETTER.match(w)]


@functools.lru_cache(maxsize=4096)
def _clean(np: str) -> str:
    return _SPACES.sub(" ", np).strip(" ,;:–—-\"“”'")


#: "село Іванівка", "населеного пункту Суджа", "городов Марганец": the name after a type word.
_CYR_DESCRIPTOR = re.compile(
    rf"^(?:{_alt(_LEX.type_words | _LEX.plural_type_words)}|с\.|м\.|г\."
    rf"|(?:{_alt(_LEX.type_abbreviations)})\.\s?(?:{_alt(_LEX.type_abbreviations)})\.)"  # "н.п."
    r"\s+(?P<name>[A-ZА-ЯІЇЄҐ«\"].*)$",
    re.IGNORECASE,
)


#: "occupied Donetsk", "Russian-occupied Donetsk", "Moscow-held Donetsk": who holds the place.
_CONTROLLED = re.compile(
    rf"^(?:the\s+)?(?:[\w’']+-)?(?i:{_alt(_EN.control_modifiers)})\s+"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)$"
)


#: "the small mining town of Pokrovsk": a settlement description, then its name.
_SETTLEMENT_OF = re.compile(
    r"^(?:the\s+)?(?:(?:small|large|key|major|frontline|front-line|strategic|eastern|"
    r"southern|northern|western|industrial|mining|embattled|besieged|nearby|"
    rf"(?:[\w’']+-)?(?:{_alt(_EN.control_modifiers)}))\s+)*"
    r"(?:city|town|village|settlement|hamlet|urban-type settlement|municipality|"
    r"railway station|station)\s+of\s+(?P<name>[A-ZА-ЯІЇЄҐ].*)$",
    re.IGNORECASE,
)


#: "the Black Sea port of Odesa", "the Yemeni Red Sea port of Hodeidah": any words before a
#: settlement word, then its name (a capital's "of" names the country, not the place); read
#: only where a word before it ("Sea") would make the phrase no place.
_TYPE_OF_NAME = re.compile(
    r"^(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?"
    rf"(?i:{_alt(_EN.settlement_words - _EN.capital_words)})\s+of\s+"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)$"
)


#: A word of :data:`_CONTROLLED` ("occupied", "held"), or a letter the engine ignoring case
#: reads as one of theirs (:data:`~.vocabulary._FOLD_MARKS`): a phrase with none is not read.
_CONTROL_HINT = re.compile(
    "|".join(
        re.escape(w) for w in (*sorted(w.lower() for w in _EN.control_modifiers), *_FOLD_MARKS)
    )
)


@functools.lru_cache(maxsize=4096)
def _drop_descriptor(np: str) -> str:
    """``"the city of Pokrovsk"`` → ``"Pokrovsk"``; ``"the town"`` stays."""
    if _CONTROL_HINT.search(np.lower()) and (controlled := _CONTROLLED.match(np)):
        np = controlled.group("name")
    # both read "<settlement word> of <name>": a phrase with no "of" is neither
    m = "of" in np.lower() and (
        _SETTLEMENT_OF.match(np) or (_kind(np) == "non_place" and _TYPE_OF_NAME.match(np))
    )
    if m:
        return m.group("name")
    m = _CYR_DESCRIPTOR.match(np) or _TYPE_PREFIXED.match(np)
    return m.group("name") if m else np


#: Rule type_prefix: "Kibbutz Kerem Shalom" → "Kerem Shalom" (lexicon ``name_type_prefixes``).
_TYPE_PREFIXED = re.compile(
    rf"^(?:{_alt(_EN.name_type_prefixes)})\s+"
    r"(?P<name>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)*)$"
)


#: "the oblast capital, Luhansk", "the administrative center of the oblast — Luhansk": a
#: description whose head is a seat word, then the name in apposition (what the phrase names).
_APPOSED = re.compile(
    r"^(?P<desc>[^,—–]+?)\s*(?:,|\s[—–-])\s*"
    rf"(?:(?i:{_alt(_LEX.type_words)})\s+)?"  # "областного центра — города Луганска"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)$"
)


#: Region words an oblast's name glued to a settlement's may end in (rule glued_oblast); a
#: district ("Kryvyi Rih district") is often the subject itself.
_GLUED_REGION_WORDS = _LEX.glued_region_words


#: A phrase described by a relative clause: "території, яку контролюють окупанти".
_DESCRIBED_BY_CLAUSE = re.compile(
    rf",\s*(?:{_alt(w for w in _LEX.relative_forms if re.search('[а-яіїєґ]', w))})(?![\w’'\-])",
    re.IGNORECASE,
)

#: "or", "або", "или": the first word of an alternative link (rule reference_alternatives).
_ALTERNATIVE_WORDS = frozenset(w.split()[0] for w in _LEX.alternative_links)


#: The first words of the lexicon's ``owner_place_heads`` ("hometown", "рідного"): a phrase
#: none of whose first four words is one names no place by its owner.
_OWNER_FIRST_WORDS = frozenset(h.split()[0] for h in _LEX.owner_place_heads)


@functools.lru_cache(maxsize=4096)
def _owner_description(np: str | None) -> bool:
    """Rule ``owner_place``: whether a phrase names a place only by whose it is ("the
    hometown of President Zelensky", "рідного міста Зеленського", "родного села Гоголя"): a
    description with no name of the place, never the owner's name looked up as a place."""
    if not np or re.search(r"\s[—–-]\s", np):
        return False  # "рідного села Гоголя — Великих Сорочинців": the place's own name
    lowered = [w.lower() for w in _PHRASE_WORD.findall(np)]
    if _OWNER_FIRST_WORDS.isdisjoint(lowered[:4]):
        return False  # no head ("hometown", "рідного міста") opens among its first words
    for k, w in enumerate(lowered[:4]):
        if (
            w in _LEX.owner_place_heads
            and lowered[k + 1 : k + 2] == ["of"]
            and not any(v.endswith(("'s", "’s")) for v in lowered[:k])
        ):
            return True
        for size in (2, 1):
            if (
                " ".join(lowered[k : k + size]) in _LEX.owner_place_heads
                and re.search("[а-яіїєґё]", w)
                and len(lowered) > k + size
            ):
                return True  # "рідного міста Зеленського", "малой родины Гоголя"
    return False


@functools.lru_cache(maxsize=4096)
def _kind(np: str | None) -> str | None:
    if not np:
        return None
    if "," in np and _DESCRIBED_BY_CLAUSE.search(np):
        # "территорий, которые заняты Россией": what the clause describes, no gazetteer place
        # (rule described_end); the names inside the clause are not what is measured
        return "non_place"
    # (an apposition follows a comma or a dash)
    apposed = _APPOSED.match(np) if "," in np or "—" in np or "–" in np or "-" in np else None
    if apposed and any(
        w.lower() in _LEX.appositive_heads for w in re.findall(r"[\w’']+", apposed.group("desc"))
    ):
        return _kind(apposed.group("name"))  # the name in apposition says what it is
    words = _PHRASE_WORD.findall(np)
    seat = next(
        (
            k
            for k, w in enumerate(words[:-1])
            if w.lower() in _LEX.appositive_heads and re.search("[а-яіїєґ]", w.lower())
        ),
        None,
    )
    if seat is not None and _is_cap(words[seat + 1]) and words[seat + 1] not in _FUNCTION_CAPS:
        # "районного центру Покровськ", "обласного центра Херсон": the seat's own name
        return _kind(" ".join(words[seat + 1 :]))
    lowered = [w.lower() for w in words]
    if len(words) == 1 and lowered[0] in _PRONOUNS:
        return "pronoun"
    if (
        len(words) > 1
        and lowered[0] in _LEX.given_names
        and _is_cap(words[1])
        and lowered[1] not in _LEX.settlement_words
        and lowered[1] not in _LEX.region_words
    ):
        return "person"  # "Ivan Franko's museum", "Іван Франко" (rule person_name)
    if len(words) > 1 and not _LEX.person_heads.isdisjoint(lowered[1:]) and np.isascii():
        return "person"  # "A Kramatorsk family", "the Kramatorsk mayor" (rule person_name)
    if any(
        w in _ALTERNATIVE_WORDS and any(map(_is_cap, words[:k])) and any(map(_is_cap, words[k:]))
        for k, w in enumerate(lowered[1:-1], 1)
    ):
        return "alternatives"  # "Kramatorsk or Sloviansk" (rule reference_alternatives)
    if _owner_description(np):
        # "the hometown of President Zelensky": whose it is, no name of the place (rule
        # owner_place); "Zelensky's hometown of Kryvyi Rih" names it after "of"
        return "description"
    if any(
        w in _NONPLACE or w.split("-")[-1] in _NONPLACE or w in _LEX.event_nouns for w in lowered
    ) or (
        lowered
        and (
            lowered[0] in _LEX.road_words  # "автодороги Москва – Минск": a road
            or lowered[0] in _LEX.distance_nouns  # "Расстояние от …": the measure's own noun
        )
    ):
        return "non_place"
    if (
        len(lowered) > 2
        and lowered[0] in _LEX.force_words
        and lowered[1] in ("from", "of", "loyal")
    ):
        return "non_place"  # "Soldiers from Ukraine", "fighters of …": a force, not a place
    at = next((k for k, w in enumerate(lowered) if w in _LEX.postmodifier_prepositions), 0)
    if at and not any(w[:1].isupper() for w in words[:at]) and np.isascii():
        # "the nearest launch sites in Ukraine" (rule reference_postmodifier): an unnamed thing
        # somewhere in a named place is no place of the gazetteer (never measured from the
        # named place's point)
        return "non_place"
    if (
        any(w in _LEX.region_words or w in _LEX.region_heads for w in lowered[1:])
        or (
            len(lowered) <= 3 and any(w in _LEX.region_names for w in lowered)  # rule region_name
        )
        or (
            len(lowered) > 2
            and lowered[0] in ("the", "a")
            and lowered[-2:-1] == ["of"]
            and any(w in _LEX.region_words for w in lowered)
        )
    ):
        return "region"
    if len(lowered) > 1 and lowered[-1] in _EN.plural_type_words and np.isascii():
        # "Sumy villages", "Kharkiv border towns": unnamed places of a region named before them
        # (rule region_villages), never the city that names the region
        return "description"
    if lowered[0] in _LEX.demonstratives and not any(map(_is_cap, words[1:])):
        return "description"  # "Этот районный центр", "Цей населений пункт": no name
    if (
        _CYRILLIC.search(words[0])  # (what _common_opening asks first: the language costs more)
        and _common_opening(words, _cyrillic_language(np))
        and not any(map(_is_cap, words[1:]))
    ):
        return "description"  # "Залізнична станція", "Данное село": capitalised as a sentence opens
    if (
        len(words) >= 3
        and not _is_cap(words[0])
        and not _is_cap(words[-1])
        and re.search("[а-яіїєґё]", lowered[-1])
        and word_classes(lowered[0], _cyrillic_language(np)) & {"ADJF", "PRTF"}
    ):
        # "контролируемых Украиной территорий": a participle, its agent, the unnamed area it
        # describes (rule agent_head); the agent's name is no place of the phrase
        return "description"
    if (
        len(lowered) > 2
        and (
            lowered[0] in ("a", "an")
            # "the/this Kursk town", not "the centre of Donetsk city" (a point of the city)
            or (
                (lowered[0] in ("the", "this", "that") or lowered[0] in _LEX.demonstratives)
                and _LEX.postmodifier_prepositions.isdisjoint(lowered)
                and "of" not in lowered
            )
        )
        and lowered[-1] in _LEX.settlement_words
    ):
        # "a Kursk town", "a Donetsk mining town", "the Belgorod region's town", "this Kursk
        # village": a description whose name is the town's region or nearby centre, not the
        # town (rule indefinite_description)
        return "description"
    if any((_is_cap(w) and w not in _FUNCTION_CAPS) or _is_particle_name(w) for w in words):
        return "place"  # "Pokrovsk", "al-Ayadiya"
    return "description"
