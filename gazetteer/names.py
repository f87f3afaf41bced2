"""Name folding, transliteration and match keys.

Three keys are derived from every name, in increasing tolerance:

``key``
    The *exact* key: Cyrillic transliterated to Latin (Ukrainian national
    2010 standard via :mod:`translitua`; Russian-only letters with a
    BGN/PCGN-like table), case, diacritics, apostrophes, hyphens, spaces
    and punctuation removed, settlement-type words dropped from the
    edges. ``"Покровськ"``, ``"Pokrovs'k"`` and ``"the city of Pokrovsk"``
    share the key ``"pokrovsk"``.
``variant``
    A skeleton that merges the ways news media spell the same place:
    h/g/kh, y/i/j, e/ie/ye runs, -ovo/-ove/-ovoye endings, o/i
    alternation before a closing consonant (Kharkov/Kharkiv), doubled
    letters. ``variant("Kurakhovo") == variant("Kurakhove")``. Words that
    transliteration systems spell several ways (Arabic *Deir/Dayr*,
    *Beit/Bayt*, *Younis/Yunis*) are merged by the table in
    ``data/word_variants.json``.
stems
    For Cyrillic input only: the query with Ukrainian/Russian case endings
    removed, so that inflected forms found in running text
    (``"Покровська"``, ``"Покровськом"``) reach the nominative.

Keys only ever contain ``[a-z0-9]``, which makes :func:`key` idempotent.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from translitua import RussianInternationalPassport, UkrainianKMU, translit

__all__ = [
    "Query",
    "cyrillic_spelling",
    "has_cyrillic",
    "is_ukrainian",
    "key",
    "keys",
    "parse_query",
    "romanize",
    "spelling_forms",
    "ukrainian_forms",
    "variant",
]

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`′‘´ʹ\""), None)
_SPECIAL_LATIN = str.maketrans({"ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ı": "i"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UKRAINIAN_ONLY = re.compile(r"[ієїґ]")
_RUSSIAN_ONLY = re.compile(r"[ыэёъ]")
_NOT_KEY = re.compile(r"[^a-z0-9]+")
#: Cyrillic letters neither romanization table holds: Belarusian short u, which stands where
#: Ukrainian has "в" ("Бэрдычыў" = "Бердичів", "Магілёў" = "Могилів"; BGN/PCGN "w").
_CYRILLIC_EXTRA = str.maketrans({"ў": "v", "Ў": "V"})
_TOKEN_SPLIT = re.compile(r"[\s,;]+")

#: Words naming the type of a place, dropped from the edges of a name.
#: The value is the feature hint they carry: ``P`` populated place,
#: ``S.RSTN`` railway station, ``A`` administrative area, ``H`` water.
TYPE_WORDS: dict[str, str] = {
    **dict.fromkeys(
        [
            "city",
            "town",
            "village",
            "settlement",
            "hamlet",
            "township",
            "urban-type",
            "smt",
            "selo",
            "selyshche",
            "misto",
            "mista",
            "gorod",
            "poselok",
            "posyolok",
            "derevnya",
            "khutir",
            "khutor",
            "місто",
            "селище",
            "село",
            "смт",
            "пгт",
            "город",
            "поселок",
            "посёлок",
            "деревня",
            "хутір",
            "хутор",
            "м",
            "с",
            "сщ",
            "г",
            "п",
        ],
        "P",
    ),
    **dict.fromkeys(["station", "railway", "railroad", "станція", "вокзал", "станция"], "S.RSTN"),
    **dict.fromkeys(
        [
            "oblast",
            "region",
            "province",
            "raion",
            "rayon",
            "district",
            "hromada",
            "community",
            "municipality",
            "область",
            "обл",
            "район",
            "громада",
        ],
        "A",
    ),
    **dict.fromkeys(["river", "річка", "река", "reservoir", "lake"], "H"),
}
_FILLER = {"the", "of", "city-of", "a"}

#: Case endings, longest first, tried on Cyrillic queries that match nothing as written.
_ENDINGS = sorted(
    {
        # Ukrainian nouns and adjectives
        "а",
        "я",
        "у",
        "ю",
        "і",
        "ї",
        "е",
        "є",
        "ом",
        "ем",
        "єм",
        "ою",
        "ею",
        "єю",
        "ові",
        "еві",
        "ах",
        "ях",
        "ами",
        "ями",
        "ого",
        "ому",
        "ій",
        "ім",
        "им",
        "ої",
        "ий",
        "ського",
        "ському",
        "ській",
        "ським",
        "ської",
        "ською",
        # Russian
        "ой",
        "ей",
        "ым",
        "ая",
        "ое",
        "ую",
        "ске",
        "ского",
        "ском",
    },
    key=len,
    reverse=True,
)


def has_cyrillic(text: str) -> bool:
    """Whether ``text`` contains any Cyrillic letter."""
    return bool(_CYRILLIC.search(text))


def cyrillic_spelling(text: str) -> str | None:
    """A Cyrillic name as spelled, folded for comparing spellings (not keys): type words
    dropped, case, "ё" and apostrophes folded; ``None`` for a name without Cyrillic letters.

    Unlike :func:`key`, it keeps the soft sign, so "Покровске" (Russian locative of Покровск)
    and "Покровське" (a village) stay two spellings although they share a key.

    Examples
    --------
    >>> cyrillic_spelling("село Покровське") == cyrillic_spelling("Покровське")
    True
    >>> cyrillic_spelling("Покровске") == cyrillic_spelling("Покровське")
    False
    """
    if not has_cyrillic(text):
        return None
    tokens, _ = _strip_type_words(_tokens(text))
    return " ".join(tokens).replace("ё", "е").translate(_APOSTROPHES)


def is_ukrainian(text: str) -> bool | None:
    """Guess the language of a Cyrillic name: True (Ukrainian), False (Russian), None (unsure)."""
    lowered = text.lower()
    if _UKRAINIAN_ONLY.search(lowered):
        return True
    if _RUSSIAN_ONLY.search(lowered):
        return False
    return None


def romanize(text: str) -> str:
    """Romanize a Ukrainian (national 2010 standard) or Russian name; Latin passes through."""
    if not has_cyrillic(text):
        return text
    table = RussianInternationalPassport if is_ukrainian(text) is False else UkrainianKMU
    out = translit(text, table)
    if has_cyrillic(out):
        # letters outside the table ("ё" in a name with "і", Belarusian "ў" in "Бэрдычыў") are
        # mapped, not dropped: a dropped letter made "Бэрдычыў" key as Russian "Бердичи"
        other = (
            UkrainianKMU if table is RussianInternationalPassport else RussianInternationalPassport
        )
        out = translit(out, other).translate(_CYRILLIC_EXTRA)
    return out


def _latin(text: str) -> str:
    if text.isascii():
        return text.lower().translate(_APOSTROPHES)
    text = unicodedata.normalize("NFC", text).casefold().translate(_APOSTROPHES)
    if has_cyrillic(text):
        text = romanize(text).casefold()
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LATIN))
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _strip_type_words(tokens: list[str]) -> tuple[list[str], str | None]:
    hint = None
    while len(tokens) > 1:
        head = tokens[0].rstrip(".")
        if head in _FILLER:
            tokens = tokens[1:]
        elif head in TYPE_WORDS:
            hint = hint or TYPE_WORDS[head]
            tokens = tokens[1:]
        else:
            break
    while len(tokens) > 1:
        tail = tokens[-1].rstrip(".")
        if tail in _FILLER:
            tokens = tokens[:-1]
        elif tail in TYPE_WORDS:
            hint = TYPE_WORDS[tail] if hint is None or tail in ("station", "станція") else hint
            tokens = tokens[:-1]
        else:
            break
    return tokens, hint


_GLUED = re.compile(r"^(м|с|смт|сщ|пгт|г|п)\.(?=\w)")
_POSSESSIVE = re.compile(r"['’ʼ]s$")


def _tokens(text: str) -> list[str]:
    if text.isascii():
        text = text.lower().strip()
    else:
        text = unicodedata.normalize("NFC", text).casefold().strip()
        # "с.Ясенове", "м.Покровськ": an abbreviation glued to the name
        text = _GLUED.sub(r"\1. ", text)
    text = _POSSESSIVE.sub("", text)  # English possessive: "Bakhmut's"
    return [t for t in _TOKEN_SPLIT.split(text) if t]


def key(text: str) -> str:
    """The exact match key of a name: folded, romanized, type words dropped.

    Examples
    --------
    >>> key("the city of Pokrovsk"), key("Покровськ"), key("Pokrovs'k")
    ('pokrovsk', 'pokrovsk', 'pokrovsk')
    """
    return keys(text)[0]


_MULTI = re.compile(r"shch|sch|kh|gh|ou|ph|ck|qk|tz|cz|g")
_MULTI_MAP = {"sch": "shch", "kh": "h", "gh": "h", "g": "h", "ou": "u", "ph": "f", "ck": "k",
              "qk": "k", "tz": "ts", "cz": "ts", "shch": "shch"}  # fmt: skip
_SINGLE = str.maketrans({"w": "v", "q": "k", "x": "ks", "y": "i", "j": "i"})
_DOUBLED = re.compile(r"([^aeiou])\1+")
_VOWEL_TAIL = re.compile(r"[aeiou]+$")
_IKAVISM = re.compile(r"ov(?=[^aeiou]|$)")
_E_RUNS = re.compile(r"[ei]+a?(?=[^aeiou]|$)|[ei]+")


def variant(key_or_name: str) -> str:
    """The spelling-variant skeleton of a name or key.

    Examples
    --------
    >>> variant("Kurakhovo") == variant("Kurakhove")
    True
    >>> variant("Myrnograd") == variant("Myrnohrad")
    True
    """
    return keys(key_or_name)[1]


@lru_cache(maxsize=500_000)
def keys(name: str) -> tuple[str, str]:
    """``(key(name), variant(name))`` computed together (what store builders call)."""
    tokens, _ = _strip_type_words(_tokens(name))
    latin = _latin(" ".join(tokens))
    words = [_NOT_KEY.sub("", w) for w in _WORD_SPLIT.split(latin)]
    return "".join(words), "".join(_word_skeleton(w) for w in words if w)


def _load_word_variants() -> dict[str, str]:
    path = Path(__file__).parent / "data" / "word_variants.json"
    classes = json.loads(path.read_text(encoding="utf-8"))
    return {
        _skeleton(word): _skeleton(group[0])
        for language, groups in classes.items()
        if not language.startswith("_")
        for group in groups
        for word in group
    }


_WORD_VARIANTS: dict[str, str] | None = None


def _word_skeleton(word: str) -> str:
    """A word's skeleton, with the spellings of :file:`data/word_variants.json` merged."""
    global _WORD_VARIANTS
    if _WORD_VARIANTS is None:
        _WORD_VARIANTS = _load_word_variants()
    sk = _skeleton(word)
    return _WORD_VARIANTS.get(sk, sk)


_WORD_SPLIT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=200_000)
def _skeleton(k: str) -> str:
    """The folding steps repeated until nothing changes: one pass can make a new pair for the
    next ("pkg" → "pkh" → "ph" → "f"), and a skeleton must be its own skeleton."""
    previous = None
    while k != previous:
        previous = k
        k = _MULTI.sub(lambda m: _MULTI_MAP[m.group()], k).translate(_SINGLE)
        k = _DOUBLED.sub(r"\1", k)
        k = _VOWEL_TAIL.sub("", k) or k
        k = _IKAVISM.sub("iv", k)
        k = _E_RUNS.sub("i", k)
    return k


def forget_build_keys() -> None:
    """Drop the keys remembered while a store was built (up to 700,000 entries).

    Lookups afterwards ask for few of them, and every full garbage collection of the process
    walks a cache's entries: a built Ukraine store left 0.27 s on each one.
    """
    keys.cache_clear()
    _skeleton.cache_clear()


@lru_cache(maxsize=1)
def _name_articles() -> dict:
    path = Path(__file__).parent / "data" / "name_articles.json"
    return json.loads(path.read_text(encoding="utf-8"))


_FIRST_WORD = re.compile(r"^\s*([A-Za-z]+)(?:\s*[-\u2010\u2011]\s*|\s+)(?=\S)")


_WORDS_ONLY = re.compile(r"[A-Za-z][A-Za-z'’\- ]+")


@lru_cache(maxsize=100_000)
def spelling_forms(name: str) -> tuple[str, ...]:
    """Other ways an Arabic place name is written in Latin script (``data/name_articles.json``).

    The article dropped ("Al-Mawasi" → "Mawasi") or added ("Obeid" → "al Obeid", "Sukhnah" →
    "as Sukhnah" before a sun letter), and the feminine ending -ah/-eh dropped ("Hodeidah" →
    "Hodeida"). A name in Cyrillic script has its Ukrainian forms (:func:`ukrainian_forms`).

    Examples
    --------
    >>> spelling_forms("Obeid")
    ('al Obeid', 'el Obeid')
    >>> spelling_forms("Al-Mawasi")
    ('Mawasi',)
    """
    if has_cyrillic(name):
        return ukrainian_forms(name)
    if not name.strip():
        return ()
    data = _name_articles()
    bare = [name]
    if (m := _FIRST_WORD.match(name)) and m.group(1).lower() in data["articles"]:
        rest = name[m.end() :]
        if len(rest) >= 3:
            bare = [rest]
    low = bare[0].lower()
    if any(low.endswith(e) for e in data["feminine_endings"]) and len(low) > 4:
        bare.append(bare[0][:-1])
    forms = [b for b in bare if b != name]
    if bare[0] is name and _WORDS_ONLY.fullmatch(name):  # no article written: try one
        for b in bare:
            forms += [f"al {b}", f"el {b}"]
            sun = next((s for s in data["sun_letters"] if b.lower().startswith(s)), None)
            if sun:
                forms.append(f"a{sun} {b}")
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=1)
def _ru_uk_forms() -> dict:
    path = Path(__file__).parent / "data" / "ru_uk_forms.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["endings"] = sorted(data["endings"], key=lambda e: -len(e[0]))
    return data


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’ʼ]+")


_VOWELS = frozenset("аеєиіїоуюяэы")


def ukrainian_forms(name: str) -> tuple[str, ...]:
    """The Ukrainian forms a Russian spelling of a Ukrainian name stands for
    (``data/ru_uk_forms.json``): letters only Russian has replaced, each word's Russian ending by
    its Ukrainian ones, an "и" or "е" before the ending tried as "і" too. At most 16 forms.

    Examples
    --------
    >>> ukrainian_forms("Яремовка")
    ('Яремівка',)
    >>> ukrainian_forms("Сухая Каменка")
    ("Суха Кам'янка",)
    """
    data = _ru_uk_forms()
    words = name.split()
    if not words or any(not _CYRILLIC_WORD.fullmatch(w) for w in words):
        return ()
    choices = []
    for word in words:
        low = word.lower()
        stem, ends = low, [""]
        for ru, uk in data["endings"]:
            if low.endswith(ru) and len(low) > len(ru):
                stem, ends = low[: -len(ru)], uk
                break
        stem = "".join(data["letters"].get(ch, ch) for ch in stem)
        stems = [stem]
        alternations = data["alternations"]
        # each letter's choices are tried when the word has at most two of it; an "е" opening
        # the word or a syllable keeps its reading ("Новоегоровка" is Новоєгорівка, never
        # Новоігорівка)
        tried = {ch for ch in alternations if 0 < stem.count(ch) <= 2}
        if tried:
            stems = {""}
            for at, ch in enumerate(stem):
                keep = ch not in tried or (ch == "е" and (at == 0 or stem[at - 1] in _VOWELS))
                stems = {s + c for s in stems for c in (ch if keep else alternations[ch])}
            stems = sorted(stems)
        choices.append([(s + e)[:1].upper() + (s + e)[1:] for s in stems for e in ends])
    forms = [""]
    for options in choices:
        forms = [f"{f} {o}".strip() for f in forms for o in options][:16]
    return tuple(f for f in dict.fromkeys(forms) if f.lower() != name.lower())


@dataclass(frozen=True)
class Query:
    """A name as asked, with its keys and the feature type it names, if any."""

    text: str
    key: str
    variant: str
    feature_hint: str | None
    stems: tuple[str, ...]


@lru_cache(maxsize=100_000)
def parse_query(text: str) -> Query:
    """Fold a user's query into its keys, feature hint and inflection stems."""
    tokens, hint = _strip_type_words(_tokens(text))
    k = _NOT_KEY.sub("", _latin(" ".join(tokens)))
    stems: list[str] = []
    if tokens and has_cyrillic(tokens[-1]):
        last = tokens[-1]
        for ending in _ENDINGS:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                stem = key(" ".join([*tokens[:-1], last[: -len(ending)]]))
                if stem and stem not in stems and stem != k:
                    stems.append(stem)
    return Query(text, k, variant(" ".join(tokens)) if k else "", hint, tuple(stems))
