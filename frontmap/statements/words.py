"""Word-level tests shared by every stage of the parser: capitalisation, a sentence's Cyrillic language,
the parts of speech pymorphy3 gives a word, the names a phrase mentions."""

from __future__ import annotations

import functools
import re

from gazetteer.inflection import word_cases, word_classes

from ..lexicon import cyrillic_language
from .vocabulary import _CAP, _CYRILLIC, _DEMONYMS, _LEX, _alt


@functools.lru_cache(maxsize=4096)
def _is_cap(word: str) -> bool:
    return (
        bool(_CAP.match(word))
        and word.lower().split("-")[0] not in _DEMONYMS
        and not re.search(r"-(held|controlled|occupied|backed|led|based)$", word)
    )


_LEAD_ARTICLES = {"the", "a", "an"}


#: How far before a measure its subject may start, in characters. Bounding the look-back keeps
#: parsing linear in the text's length (a 30 KB run-on sentence parses in well under a second).
LOOK_BACK = 400


@functools.lru_cache(maxsize=16)  # asked once per Cyrillic measure: a long text is read once
def _cyrillic_language(sentence: str) -> str:
    """Rule language_cues: the letters only one language writes, else its own words and
    endings (:func:`lexicon.cyrillic_language`); Russian when nothing tells them apart."""
    if not _CYRILLIC.search(sentence):
        return "ru"  # no Cyrillic word to tell (English text around a reference)
    return cyrillic_language(sentence) or "ru"


#: Cases in which no subject (nor a name opening one) stands: instrumental, locative, dative.
_OBLIQUE = {"ablt", "loct", "datv"}


#: Parts of speech of words that stand in a noun phrase (pymorphy3's tags).
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}


_VERBAL = {"VERB", "INFN", "GRND", "PRTS"}


_FUNCTION_POS = {"ADVB", "PREP", "CONJ", "PRCL", "INTJ"}


_FORCE_OR_FRONT = _LEX.force_words | _LEX.front_words


#: Capitalised words of the lexicon's ``function_caps`` that are neither a type word, a pronoun nor
#: a noun: adverbs and conjunctions opening a clause ("Потім", "Тогда", "Также"; rule
#: opening_adverb).
_OPENING_ADVERBS = frozenset(
    w
    for w in _LEX.function_caps
    if _CYRILLIC.search(w)
    and w.lower() not in {p for t in _LEX.type_words for p in t.split()}
    and w.lower() not in _LEX.pronouns | _LEX.demonstratives
    and len(w) > 2
)


#: Perfective gerunds ("Пролетев", "Отступив", "Пролетівши", "Закрепившись").
_GERUND_ENDINGS = ("вши", "вшись", "ев", "ав", "ив", "ыв")


def _common_opening(words: list[str], lang: str) -> str | None:
    """How a capitalised word opening a clause is no name: ``"function"`` for an adverb, a
    preposition or a conjunction ("Водночас", "При", "Сегодня"), ``"adjective"`` for an
    adjective before a common noun ("Геолокаційні кадри", "Боевые действия"), else None."""
    if not words or not _CYRILLIC.search(words[0]):
        return None
    classes = word_classes(words[0], lang)
    if words[0] in _OPENING_ADVERBS:
        return "function"  # "Потім колона …", "Тогда россияне …": the lexicon's, whatever the
        # dictionary also reads in them ("Потім" as an adjective, "Колись" as a verb)
    if classes and (
        classes <= _FUNCTION_POS
        or classes == {"NPRO", "CONJ"}
        # "Пролетев 600 км …", "Пролетівши …": a perfective gerund (its ending, for the
        # dictionary guesses unknown names as gerunds too: "Гостомеля")
        or (classes == {"GRND"} and words[0].lower().endswith(_GERUND_ENDINGS))
    ):
        return "function"  # "Водночас", "Чим живуть …"; not "Ясеново" (also an adjective)
    cases = word_cases(words[0], lang)
    if (
        cases
        and cases <= _OBLIQUE
        and not (cases <= {"loct"} or (classes == {"NOUN"} and "loct" in cases))
    ):
        # "Днем раніше …", "Вечером": a noun no subject can be; a word read only as a locative
        # is no such adverbial, for a locative never stands without its preposition: a
        # capitalised word with no other reading opening a clause is a name ("Рафах
        # расположен …", not "раф" in the locative plural; rule locative_only_name). So is a
        # word read only as a noun, a dative or a locative, the "-е" of a feminine noun:
        # Ukrainian neuter names in "-ине" with no letter of Ukrainian's own ("Роботине",
        # "Очеретине") are read so by the Russian dictionary, and a dative never opens a
        # clause as an adverbial does ("Выше по течению" is an adverb too: still no name)
        return "function"
    if (
        classes
        and "NOUN" not in classes
        and classes <= _NOMINAL
        and len(words) > 1
        and not _is_cap(words[1])
        and "NOUN" in word_classes(words[1], lang)
        and "PREP" not in word_classes(words[1], lang)  # "Звиклі до …": "до" is a note, too
    ):
        return "adjective"
    return None


@functools.lru_cache(maxsize=32)
def _word_pattern(vocabulary: frozenset[str]) -> re.Pattern:
    """One compiled alternation per vocabulary, whole words only."""
    return re.compile(rf"(?<![\w-])(?:{_alt(vocabulary)})(?![\w-])")


def _mentions(words: list[str], vocabulary: frozenset[str]) -> bool:
    pattern = _WORD_PATTERNS.get(vocabulary) or _word_pattern(frozenset(vocabulary))
    return bool(words) and bool(pattern.search(" ".join(words)))


_BORDER_OR_FRONT = _LEX.border_words | _LEX.front_words


#: The parser's own vocabularies, compiled once (:func:`_word_pattern` compiles any other).
_WORD_PATTERNS = {
    v: re.compile(rf"(?<![\w-])(?:{_alt(v)})(?![\w-])")
    for v in (
        _LEX.force_words,
        _LEX.border_words,
        _LEX.front_words,
        _BORDER_OR_FRONT,
        _FORCE_OR_FRONT,
    )
}
