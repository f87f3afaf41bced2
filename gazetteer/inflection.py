"""Nominative readings of inflected Ukrainian and Russian place names, by a morphological analyser.

Running text names places in every case: "під Товстим Лугом", "до Покровська", "в Красном
Лимане". :func:`lemmas` reads each word of a Cyrillic name with `pymorphy3`_ (the Ukrainian
and Russian dictionaries of the ``pymorphy3-dicts-uk`` and ``pymorphy3-dicts-ru`` packages),
and puts the words back in the nominative, agreeing with each other: an adjective takes the
gender and number it has in the text ("Товстого Луга" → "товстий луг", "Черкаську
Конопельку" → "черкаська конопелька", "Красном Лимане" → "красный лиман"). Words the
dictionaries do not know (most villages) are guessed by pymorphy's suffix models; the resolver
adds the hand-written ending stripper of :mod:`gazetteer.names` beside these readings.

The analysers are loaded on first use (about 0.1 s for both languages) and every word's
reading is cached, so a bulk scan pays for each distinct word once.

.. _pymorphy3: https://github.com/no-plagiarism/pymorphy3
"""

from __future__ import annotations

import itertools
import warnings
from functools import lru_cache

from .names import _ENDINGS, _strip_type_words, _tokens, has_cyrillic, is_ukrainian, key

__all__ = ["MissingAnalyserWarning", "available", "lemmas", "stems", "verb_lemmas", "word_classes"]

#: Parses of a word that are read (pymorphy3 orders them by likelihood).
TOP_PARSES = 6
#: Names of more words than this are read word by word only up to this many words.
MAX_WORDS = 4
#: Nominative readings of one name at most (the first ones are the likeliest).
MAX_READINGS = 12
_DECLINED = {"NOUN", "ADJF", "PRTF", "NUMR"}
_ADJECTIVES = {"ADJF", "PRTF", "NUMR"}
#: Ukrainian possessive adjectives in -ів/-їв ("Часів Яр", "Кучерів Яр") decline as
#: "Часового Яру", "Кучеревого Яру"; the dictionaries know few of them.
_POSSESSIVE = {"ового": "gent", "евого": "gent", "євого": "gent", "овому": "datv",
               "евому": "datv", "євому": "datv", "овим": "ablt", "евим": "ablt", "євим": "ablt"}  # fmt: skip
#: The Russian short possessive adjective in -ов/-ев ("Часов Яр"): "Часовым Яром", "Часову Яру",
#: "Часовом Яре", which the analyser reads as forms of the noun "часовой".
_POSSESSIVE_RU = {"овым": "ablt", "евым": "ablt", "ову": "datv", "еву": "datv", "овом": "loct",
                  "евом": "loct"}  # fmt: skip
#: Town names in -ск/-цк (-ськ/-цьк) in the instrumental ("под Торецком", "під Покровськом"):
#: the analyser guesses an unknown name's "-ком" as an adjective's ending ("торецкий") or a
#: noun of its own ("торецком"), never the town; the masculine noun's "-ом" is read off too.
_TOWN_INSTRUMENTAL = ("ском", "цком", "ськом", "цьком")
_INSTALL_HINT = (
    "pip install pymorphy3 pymorphy3-dicts-uk pymorphy3-dicts-ru (frontmap's own "
    "dependencies); until then inflected names are read by stripping case endings only"
)


class MissingAnalyserWarning(UserWarning):
    """pymorphy3 or one of its dictionaries is not installed: inflected names are read less well."""


_ANALYSERS: dict[str, object] = {}
_MISSING: set[str] = set()


def _analyser(lang: str):
    """The pymorphy3 analyser of ``lang`` ("uk" or "ru"), loaded once; None when not installed."""
    if lang in _ANALYSERS:
        return _ANALYSERS[lang]
    if lang in _MISSING:
        return None
    try:
        import pymorphy3

        analyser = pymorphy3.MorphAnalyzer(lang=lang)
    except (ImportError, ValueError, OSError) as exc:  # no package, or no dictionary for lang
        _MISSING.add(lang)
        warnings.warn(
            f"the morphological analyser for {lang!r} is unavailable ({exc}): {_INSTALL_HINT}",
            MissingAnalyserWarning,
            stacklevel=3,
        )
        return None
    _ANALYSERS[lang] = analyser
    return analyser


def available(lang: str = "uk") -> bool:
    """Whether pymorphy3 and its dictionary for ``lang`` are installed (loads it, warns if not)."""
    return _analyser(lang) is not None


@lru_cache(maxsize=200_000)
def _word_readings(
    word: str, lang: str, modifier: bool = False
) -> tuple[tuple[str, str | None, str | None, str], ...]:
    """``(case, gender, number, nominative)`` readings of one lower-case word, likeliest first.

    A declined word (noun, adjective, participle, numeral) is put in the nominative keeping
    its gender and number; other words have no reading, and neither has the vocative (no
    report addresses a village). A ``modifier`` (a word before the last of a name) may also
    be a possessive adjective in -ів ("Кучеревого" → "кучерів") or, in Russian, in -ов
    ("Часовым" → "часов"); a name's last word
    ending in -ового is the neuter -ове ("Плехового" → "плехове"), which the analyser reads.
    """
    if _analyser(lang) is None:
        return ()
    out: list[tuple[str, str | None, str | None, str]] = []
    # an indeclinable reading ("Fixd": "малій" read as a surname in all six cases) says
    # nothing of the case and would crowd the declined readings out of the top parses
    for parse in [p for p in _parses(word, lang) if "Fixd" not in p.tag][:TOP_PARSES]:
        tag = parse.tag
        if tag.POS not in _DECLINED or tag.case in (None, "voct"):
            continue
        wanted = {"nomn"}
        if tag.number:
            wanted.add(tag.number)
        if tag.POS in _ADJECTIVES and tag.gender and tag.number != "plur":
            wanted.add(tag.gender)
        form = parse.inflect(wanted) or parse.inflect({"nomn"})
        nominative = form.word if form is not None else parse.normal_form
        gender = tag.gender if tag.number != "plur" else None
        reading = (tag.case, gender, tag.number, nominative)
        if reading not in out:
            out.append(reading)
    if lang == "uk" and modifier:
        for ending, case in _POSSESSIVE.items():
            if word.endswith(ending) and len(word) > len(ending) + 2:
                stem = word[: -len(ending)]
                out.append((case, "masc", "sing", stem + ("їв" if ending[0] == "є" else "ів")))
    if lang == "ru" and modifier:
        for ending, case in _POSSESSIVE_RU.items():
            if word.endswith(ending) and len(word) > len(ending) + 2:
                reading = (case, "masc", "sing", word[: -len(ending)] + ending[:2])
                if reading not in out:
                    out.append(reading)
    if word.endswith(_TOWN_INSTRUMENTAL) and len(word) > 6:
        reading = ("ablt", "masc", "sing", word[:-2])
        if reading not in out:
            out.append(reading)
    return tuple(out)


def _languages(text: str) -> tuple[str, ...]:
    guess = is_ukrainian(text)
    return ("uk",) if guess else ("ru",) if guess is False else ("uk", "ru")


def _agree(readings) -> bool:
    """Whether the words' readings share one gender and one number where they have them."""
    genders = {r[1] for r in readings if r[1]}
    numbers = {r[2] for r in readings if r[2]}
    return len(genders) <= 1 and len(numbers) <= 1


@lru_cache(maxsize=100_000)
def lemmas(text: str) -> tuple[str, ...]:
    """Nominative readings of a Cyrillic place name, likeliest first (empty for Latin names).

    Every word is read in the same case, and the words of one reading agree in gender and
    number. A word with no reading in that case (an undeclined complement such as "культури"
    in "Палац культури", or a word the analyser reads otherwise) is kept as written. The name
    itself (already nominative) is not among the readings.

    Parameters
    ----------
    text
        A name as found in text: ``"Товстого Луга"``, ``"Покровського"``, ``"Красном Лимане"``.

    Returns
    -------
    tuple of str
        Lower-case readings: ``("товстий луга", ...)``; empty when pymorphy3 is missing.

    Examples
    --------
    >>> "черкаська конопелька" in lemmas("Черкаську Конопельку")  # doctest: +SKIP
    True
    """
    if not has_cyrillic(text):
        return ()
    tokens, _ = _strip_type_words(_tokens(text))
    if not tokens or len(tokens) > MAX_WORDS:
        return ()
    written = " ".join(tokens)
    out: list[str] = []
    for reading in _phrase_readings(tokens):
        if reading != written and reading not in out:
            out.append(reading)
    return tuple(out[:MAX_READINGS])


def _phrase_readings(tokens: list[str]):
    """Nominative readings of the words, each reading in one case and agreeing (unordered)."""
    for lang in _languages(" ".join(tokens)):
        per_word = [
            _word_readings(t, lang, i < len(tokens) - 1) if has_cyrillic(t) else ()
            for i, t in enumerate(tokens)
        ]
        cases = dict.fromkeys(r[0] for readings in per_word for r in readings)
        for case in cases:
            options = []
            for i, (word, readings) in enumerate(zip(tokens, per_word, strict=True)):
                fitting = [r for r in readings if r[0] == case]
                if not fitting and readings and (i == 0 or all(r[0] != "gent" for r in readings)):
                    break  # a declined word read in another case: not this case's reading
                options.append(fitting or [(case, None, None, word)])
            else:
                for combo in itertools.product(*options):
                    if _agree(combo):
                        yield " ".join(r[3] for r in combo)


@lru_cache(maxsize=100_000)
def stems(text: str) -> tuple[str, ...]:
    """Key prefixes of a many-word Cyrillic name: the words before the last in the nominative.

    The last word loses its case ending (as :attr:`gazetteer.names.Query.stems`); the words
    before it are read by the analyser ("Товстого Луга" → ``key("товстий луг")``, "Кучеревого
    Яру" → ``key("кучерів яр")``). Empty for one-word names and when pymorphy3 is missing.
    """
    if not has_cyrillic(text):
        return ()
    tokens, _ = _strip_type_words(_tokens(text))
    if not 2 <= len(tokens) <= MAX_WORDS:
        return ()
    *lead, last = tokens
    last_stems = [last] + [
        last[: -len(e)] for e in _ENDINGS if last.endswith(e) and len(last) - len(e) >= 2
    ]
    out: list[str] = []
    for reading in dict.fromkeys(_phrase_readings(lead)):
        for stem in last_stems:
            k = key(f"{reading} {stem}")
            if k and k not in out:
                out.append(k)
    return tuple(out[:MAX_READINGS])


@lru_cache(maxsize=100_000)
def word_classes(word: str, lang: str) -> frozenset[str]:
    """The parts of speech the dictionary of ``lang`` gives a word, as pymorphy3 tags them.

    Only dictionary readings count (a word the analyser guesses from its suffix, as most
    villages, has none), so an empty set means "unknown", never "not a noun"; readings the
    analyser deems rarer than 1 in 100 (Russian "при" as an archaic noun) are left out.

    Parameters
    ----------
    word
        One word, in any case: ``"Водночас"``, ``"просунулися"``.
    lang
        ``"uk"`` or ``"ru"``.

    Returns
    -------
    frozenset of str
        ``{"ADVB"}``, ``{"VERB"}``, ``{"NOUN", "ADJF"}``; empty when unknown or when pymorphy3
        is missing.

    Examples
    --------
    >>> word_classes("Водночас", "uk")  # doctest: +SKIP
    frozenset({'ADVB'})
    """
    return frozenset(str(p.tag.POS) for p in _dictionary_parses(word, lang) if p.tag.POS)


@lru_cache(maxsize=100_000)
def verb_lemmas(word: str, lang: str) -> frozenset[str]:
    """The dictionary forms (infinitives) of the verb readings the dictionary of ``lang`` gives
    a word, counting the readings :func:`word_classes` counts; empty when the word is no verb,
    is unknown or when pymorphy3 is missing.

    Examples
    --------
    >>> sorted(verb_lemmas("просунулися", "uk"))  # doctest: +SKIP
    ['просунутися']
    """
    return frozenset(
        p.normal_form for p in _dictionary_parses(word, lang) if p.tag.POS in ("VERB", "INFN")
    )


@lru_cache(maxsize=100_000)
def word_cases(word: str, lang: str) -> frozenset[str]:
    """The grammatical cases the dictionary of ``lang`` gives a noun or adjective, as pymorphy3
    tags them (``nomn``, ``gent``, ``ablt``, …), counting the readings :func:`word_classes`
    counts; empty when unknown, caseless or when pymorphy3 is missing.

    Examples
    --------
    >>> word_cases("Днем", "uk")  # doctest: +SKIP
    frozenset({'ablt'})
    """
    return frozenset(str(p.tag.case) for p in _dictionary_parses(word, lang) if p.tag.case)


@lru_cache(maxsize=100_000)
def word_agreement(word: str, lang: str) -> frozenset[tuple[str, str | None, str]]:
    """The ``(case, gender, number)`` readings the dictionary of ``lang`` gives a declined word
    (gender None in the plural), counting the readings :func:`word_classes` counts; two words
    agree when they share a case and a number and their genders do not differ.

    Examples
    --------
    >>> sorted(word_agreement("военный", "ru"))  # doctest: +SKIP
    [('accs', 'masc', 'sing'), ('nomn', 'masc', 'sing')]
    """
    # the Ukrainian dictionary leaves the singular unmarked: a gender and no number is singular
    return frozenset(
        (
            str(p.tag.case),
            str(p.tag.gender) if p.tag.gender and p.tag.number != "plur" else None,
            str(p.tag.number or "sing"),
        )
        for p in _dictionary_parses(word, lang)
        if p.tag.case and (p.tag.number or p.tag.gender)
    )


@lru_cache(maxsize=100_000)
def common_noun(word: str, lang: str) -> bool:
    """Whether the dictionary of ``lang`` knows ``word`` as an ordinary noun ("аэродром",
    "шахта"), never as a place name (Geox), a given name or a surname; False when unknown
    (most villages) or when pymorphy3 is missing.

    Examples
    --------
    >>> common_noun("Аэродром", "ru")  # doctest: +SKIP
    True
    """
    parses = _dictionary_parses(word, lang)
    proper = frozenset({"Geox", "Name", "Surn", "Patr"})
    return any(p.tag.POS == "NOUN" for p in parses) and not any(
        p.tag.grammemes & proper for p in parses
    )


@lru_cache(maxsize=100_000)
def person_name_parts(word: str, lang: str) -> frozenset[str]:
    """What part of a person's name *every* dictionary reading of a word is (the readings
    :func:`word_classes` counts): ``Name`` (given name), ``Surn`` (surname), ``Patr``
    (patronymic); empty when a reading is something else ("Біла" is also an adjective, "Зоря"
    also a noun), when the dictionary lacks the word or when pymorphy3 is missing.

    Examples
    --------
    >>> person_name_parts("Олексій", "uk")  # doctest: +SKIP
    frozenset({'Name'})
    """
    parses = _dictionary_parses(word, lang)
    if not parses:
        return frozenset()
    parts = frozenset({"Name", "Surn", "Patr"})
    return frozenset.intersection(*(frozenset(p.tag.grammemes & parts) for p in parses))


@lru_cache(maxsize=100_000)
def _dictionary_parses(word: str, lang: str) -> tuple:
    """pymorphy3's readings of ``word`` found in the dictionary (not guessed), score ≥ 0.01
    (read once per word: :func:`word_classes`, :func:`word_cases` and
    :func:`person_name_parts` all ask)."""
    if _analyser(lang) is None:
        return ()
    return tuple(
        p
        for p in _parses(word.lower(), lang)
        if p.score >= 0.01 and type(p.methods_stack[0][0]).__name__ == "DictionaryAnalyzer"
    )


@lru_cache(maxsize=200_000)
def _parses(word: str, lang: str) -> tuple:
    """pymorphy3's readings of a word, likeliest first, read once per word (the nominative
    readings of a name and the dictionary readings of a person's name ask for the same words)."""
    analyser = _analyser(lang)
    return tuple(analyser.parse(word)) if analyser is not None else ()
