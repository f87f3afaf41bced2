"""The statement parser's vocabulary: word lists read from the lexicon (frontmap/lexicon/*.json) and the
measure, unit, qualifier and direction patterns built from them, with the prefix-tree helpers
(:func:`_alt`) and cheap prefilters that keep every look linear."""

from __future__ import annotations

import functools
import itertools
import math
import re

from ..lexicon import lexicon

# -- vocabularies (frontmap/lexicon/*.json) ---------------------------------------------------
_LEX = lexicon()


_EN = lexicon(("en",))


_SPELLED = _EN.numbers


_VAGUE = sorted(_LEX.vague_numbers)


#: Qualifiers written before a figure; the ones written after it ("20-odd", "20 с лишним") are
#: read by the measure patterns' own ``odd`` group.
_QUALIFIERS = sorted(set(_LEX.qualifiers) - _LEX.odd_suffixes)


#: Length units and the travel-time units text also uses, in every language.
_UNITS = _LEX.units


_DIRS_EN = sorted(_EN.compass)


_BY = r"(?:\s+by\s+(?:north|south|east|west))?"


_ABBR = r"\b(?:N|S|E|W|NE|NW|SE|SW|NNE|NNW|SSE|SSW|ENE|ESE|WNW|WSW|[NSEW]{1,2}b[NSEW])\b"


_DIR_ADJ = sorted(_LEX.direction_adjectives)


_DIR_UK_RU = {**_LEX.compass_by_language["uk"], **_LEX.compass_by_language["ru"]}


_PROXIMITY = list(_LEX.proximity)


_NONPLACE = _LEX.non_place


_PRONOUNS = _LEX.pronouns


_FUNCTION_CAPS = _LEX.function_caps


_DEMONYMS = _LEX.demonyms


_CONNECTORS = _LEX.connectors


_NAME_ARTICLES = _LEX.name_articles | _CONNECTORS


_TYPE_TAIL = _LEX.type_tail


_NP_STOP = _LEX.np_stop


_PARTITIVE = _LEX.partitive


#: English month names (full and abbreviated, latin letters only) for dates in :data:`_TIME_TAIL`.
_MONTHS_EN = sorted((m for m in _LEX.months if m.isascii() and m.isalpha()), key=len, reverse=True)


_TIME_TAIL = re.compile(
    r"\s+(?:every|each|last|this|next|on|that)\s+(?:day|week|month|year|night|morning|evening|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$"
    # "attacked the Zamzam camp on 11 April, 15 km …", "hit Kupiansk on March 3, 2024, 40 km
    # …": a date closing the clause before the measure is no part of its noun phrase (rule
    # time_tail, dates)
    r"|\s+(?:on|in|since|by)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    rf"(?:{'|'.join(_MONTHS_EN)})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\s*,?\s*$",
    re.IGNORECASE,
)


_TIME_WORDS = _LEX.time_words


def _alt(words) -> str:
    """A regex alternation of ``words`` that tries the longest matching word first.

    Written as a prefix tree (``north(?:\\-east|east)?`` for "north", "northeast",
    "north-east"): the words that match at a position are prefixes of one another, and the
    tree tries them longest first, just as the flat longest-first list does, so every match is
    the same; but the engine rejects a branch on its first character instead of trying every
    word (3–6× faster scans of the long lexicon alternations). If two branches of a node could
    match the same character case-insensitively ("N" and "n"), the flat list is used instead.
    """
    return _alt_cached(frozenset(words))


@functools.cache
def _alt_cached(vocabulary: frozenset[str]) -> str:
    words = sorted(vocabulary, key=len, reverse=True)
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    trie = _trie(tree)
    if trie is None:
        return "|".join(re.escape(w) for w in words)
    return f"(?:{trie})" if trie else ""


#: Characters the engine may match to each other when a pattern ignores case share one of these.
_FOLDS = (str.lower, str.upper, str.casefold, lambda c: c.lower()[:1])  # "İ" is an "i"


def _last_char(text: str) -> str:
    """The last character before trailing white space: what a pattern ending ``…\\s*$`` must end
    on, so a cheap look at it spares scanning the whole look-back (empty: look anyway)."""
    return text.rstrip()[-1:]


def _case_key(char: str) -> str:
    """One key for the characters a pattern ignoring case takes for one another ("A" and "a",
    "ſ" and "s", "İ" and "i"; checked for every character of the lexicons by a test)."""
    return char.upper().lower()[:1]


def _ends_of(words, *more: str) -> frozenset[str]:
    """The case keys of the last characters of ``words`` and ``more``: what a look-back must end
    on for a pattern ending ``(?:words)\\s*$`` to match it, even one that ignores case."""
    return frozenset(_case_key(w.rstrip()[-1:]) for w in (*words, *more))


def _may_end(text: str, ends: frozenset[str]) -> bool:
    """Whether ``text`` ends (before white space) on a character of ``ends`` (see
    :func:`_ends_of`): when not, the end-anchored pattern they belong to cannot match it."""
    last = text.rstrip()[-1:]
    if not last or "" in ends:
        return True
    case_key = _CASE_KEYS.get(last)
    if case_key is None:
        case_key = _CASE_KEYS[last] = _case_key(last)
    return case_key in ends


#: :func:`_case_key` of the characters asked so far (one entry a character: a small table).
_CASE_KEYS: dict[str, str] = {}


#: Above this many branches, a node of :func:`_trie` tests the next character for a group first.
_BUCKET = 8


def _trie(node: dict) -> str | None:
    """The alternation for one node of :func:`_alt`'s prefix tree (None: not expressible)."""
    chars = sorted(c for c in node if c)
    if len(chars) > 1 and any(len({fold(c) for c in chars}) < len(chars) for fold in _FOLDS):
        return None  # two branches may match one character when the pattern ignores case
    branches = []
    for char in chars:
        rest = _trie(node[char])
        if rest is None:
            return None
        branches.append(re.escape(char) + rest)
    if not branches:
        return ""
    if len(branches) > _BUCKET:
        # many branches: a look at the next character picks their group first (one charset test
        # instead of one attempt per branch), in the same order, so the same branch matches
        size = math.ceil(len(branches) / math.ceil(len(branches) / _BUCKET))
        head = f"(?=[{''.join(re.escape(c) for c in chars)}])"
        branches = [
            f"(?=[{''.join(re.escape(c) for c in chars[i : i + size])}])"
            f"(?:{'|'.join(branches[i : i + size])})"
            for i in range(0, len(branches), size)
        ]
        body = head + "(?:" + "|".join(branches) + ")"
    else:
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" not in node:
        return body
    return f"(?:{body})?"


_FEATURE_BEFORE = re.compile(rf"(?<![\w])({_alt(_LEX.feature_before)})\s*$", re.IGNORECASE)


_FEATURE_BEFORE_ENDS = _ends_of(_LEX.feature_before)


#: The words :data:`_TIME_TAIL` ends on (every weekday ends on "day"), or its comma.
_TIME_TAIL_ENDS = _ends_of(
    ("day", "week", "month", "year", "night", "morning", "evening", *_MONTHS_EN, "."),
    ",",
    *"0123456789",
)


_LOCATIVE_TAIL = re.compile(
    rf"(?<![\w])(?:{_alt(_LEX.locative_prepositions)})(?:\s+(?:the|a|an))?\s*$", re.IGNORECASE
)


#: "The village near Kupiansk is …": a phrase of nearness after a noun phrase, as "in" is.
_NEAR_TAIL = re.compile(
    rf"(?<![\w])(?:{_alt(_EN.near_prepositions)})(?:\s+(?:the|a|an))?\s*$", re.IGNORECASE
)


_LOCATIVE_TAIL_ENDS = _ends_of(_LEX.locative_prepositions, "e", "a", "n")


_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?"


#: "2 000 км", "1 300 кілометрів": thousands set apart by a (no-break) space.
_NUM_SPACED = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.])"


_SPELLED_RE = (
    _alt(_SPELLED)
    + r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine)"
)


_HALF = r"\s+and\s+a\s+half(?![\w-])"  # "two and a half"
_FRACTION_HALF = r"(?:\s+1/2(?![\d/])|\s*½)"  # "2 1/2 miles", "2½ km" (rule fraction_half)


#: "hundred", "thousand": spelled numbers that multiply the one before them ("two hundred").
_MULTIPLIERS = sorted(w for w, v in _SPELLED.items() if " " not in w and v in (100, 1000))


_VALUE = (
    rf"(?P<num>between\s+(?:{_NUM})\s+and\s+(?:{_NUM})"
    # "two hundred kilometres", "2 thousand km": a number of hundreds or thousands
    rf"|(?:{_NUM}|{_SPELLED_RE})\s+(?:{_alt(_MULTIPLIERS)})(?![\w-])"
    # "7-8 km", "7 to 8 km", "7 or 8 km": a range of figures
    rf"|(?:{_NUM})(?:{_HALF}|{_FRACTION_HALF}|\s*(?:-|–|to)\s*(?:{_NUM})|\s+or\s+(?:{_NUM})(?![\d.,]))?"
    # "three to five kms", "two or three kilometres": a range in words (rule spelled_range)
    rf"|(?:{_SPELLED_RE})(?:{_HALF}|\s+(?:to|or)\s+(?:{_SPELLED_RE})(?![\w-]))?|{_alt(_VAGUE)})"
)


_UNIT = rf"(?P<unit>{_alt([u for u in _UNITS if not re.search('[а-яіїєґ]', u)])})(?![\w])"


_QUAL = rf"(?P<qual>(?:{_alt(_QUALIFIERS)})(?:\s+(?:{_alt(_QUALIFIERS)}))?)"


_APPROX = _alt(q for q, m in _LEX.qualifiers.items() if m == "approximate")


_SPELLED_ALT = _alt([w for w in _SPELLED if len(w) > 2])


#: A conversion: "(16 mi)", "[19 mi]" (an editor's), "/6 miles" (the slash needs no closing).
_CONV = (
    rf"(?:(?P<open>[(\[])|/)\s*(?:(?:{_APPROX})\s+|~)?(?P<alt>{_NUM}(?:\s*[-–]\s*(?:{_NUM}))?|{_SPELLED_ALT})\s*"
    rf"(?P<altunit>{_alt(_UNITS)})\.?(?(open)\s*[)\]])"
)


_DIR = rf"(?P<dir>(?:{_alt(_DIRS_EN)}){_BY}|{_ABBR})(?:\s*\((?P<abbr>[NSEWb]{{1,4}})\))?"


#: "20 km north and northeast of Sloviansk": two compass words joined read as one direction
#: (rule compound_direction; the verifier fits their sectors' union).
_DIR_COMPOUND = (
    rf"(?P<dir>(?:{_alt(_DIRS_EN)})(?:\s+and\s+(?:{_alt(_DIRS_EN)}))?{_BY}|{_ABBR})"
    rf"(?:\s*\((?P<abbr>[NSEWb]{{1,4}})\))?"
)


#: "10 (6 mi) km", "30 [19 miles] kilometres": a conversion between the figure and its unit
#: (rule conversion_inside; the converted figure is not kept).
_MID_CONV = rf"(?:\s*[(\[](?:(?:{_APPROX})\s+|~)?(?:{_NUM})\s*(?:{_alt(_UNITS)})\.?[)\]])?"


_MEASURE = re.compile(
    # "roughly a 20-km drive": the qualifier reaches over the article
    rf"(?<![\w.])(?:{_QUAL}\s+(?:an?\s+(?=\d))?)?{_VALUE}(?:(?:-|\s+)(?P<odd>{_alt(_EN.odd_suffixes)})(?![\w]))?{_MID_CONV}(?:\s*|-|\s*-\s*){_UNIT}(?P<half>{_HALF})?(?P<orso>\s+or\s+so)?(?:\s*{_CONV})?",
    re.IGNORECASE,
)


_AFTER_MEASURE = re.compile(
    rf"""^(?P<drive>['’]?[\s-]+(?:drive|walk|ride|journey)|\s+(?:by\s+(?:car|road|train|rail|bus)|on\s+foot))?
        (?:\s*,\s*or\s+(?:(?:{_APPROX})\s+)?(?P<alt3>{_NUM}|{_SPELLED_ALT})\s*(?P<altunit3>{_alt(_UNITS)})\s*,)?
        # "15 km in a northwesterly direction from", "20 km north-eastern direction of" (rule
        # direction_noun: the adjective's compass point; tried first: "north" opens "north-eastern")
        (?:\s+(?:in\s+(?:an?|the)\s+)?(?P<diradj>{_alt(_DIR_ADJ)})\s+direction(?=\s+(?:of|from)\s)
        |\s+(?P<dirpre>to\s+the|further|farther|due)?\s*{_DIR_COMPOUND}
        |\s+(?P<river>{_alt(_EN.river_directions)})(?=\s+(?:of|from)\s))?
        (?:\s*{_CONV.replace("(?P<alt>", "(?P<alt2>").replace("(?P<altunit>", "(?P<altunit2>").replace("open", "open2")})?
        # "10 km across the river from", "across the Dnipro River from": water between the two
        (?P<across>\s+across\s+the\s+(?:(?-i:[A-Z])[\w’'\-]*(?:\s+[A-Za-z][\w’'\-]*)?|(?:{_alt({w for w in _EN.feature_before if " " not in w} | _EN.across_features)}))(?=\s+from\s))?
        \s*(?P<link>{_alt(_LEX.route_links)}|{_alt(_EN.links)}|{_alt(_EN.away_links)}|{_alt(_EN.away_words)})?
        (?=\s|$|[.,;:!?)\]–—-])""",
    re.IGNORECASE | re.VERBOSE,
)


#: "на захід від Покровська", "к западу от Донецка", "западнее Горловки": a Ukrainian or Russian
#: direction with no distance; the "на"/"к" forms need their "від"/"от" (else it is a movement).
_DIRECTION_UK_RU = re.compile(
    # (a letter of either case follows: the pattern ignores case)
    rf"(?<![\w-])(?P<dir>{_alt(_DIR_UK_RU)})(?:\s+(?P<link>від|од|от))?\s+(?=[а-яіїєґё])",
    re.IGNORECASE,
)


_DIRECTION_ONLY = re.compile(
    rf"(?<![\w-])(?P<pre>(?:(?:just|due|directly|immediately|some\s+way)\s+)?(?:to\s+the\s+)?)"
    rf"(?P<dir>(?:{_alt(_DIRS_EN)}){_BY})\s+of\s+",
    re.IGNORECASE,
)


_POSSESSIVE_DIR = re.compile(
    rf"\bto\s+(?P<ref>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)['’]s\s+(?P<dir>{_alt(_DIRS_EN)})\b"
)


_ADJ_DIR = re.compile(
    rf"\b(?:on\s+|in\s+)?the\s+(?P<dir>{_alt(_DIR_ADJ)})\s+(?P<what>outskirts|edge|part|approaches|flank|suburbs)\s+of\s+",
    re.IGNORECASE,
)


#: (Each of these two opens with its literal "in" and looks behind it after: a pattern opening
#: with a look-behind or a word boundary is tried at every position, one opening with a
#: literal is scanned for it by the engine.)
_CONTAINMENT = re.compile(
    rf"in(?<!\win)\s+the\s+(?:far\s+)?(?P<dir>{_alt(_DIRS_EN)})\s+of\s+", re.IGNORECASE
)


#: "Idleb is located in south west of Aleppo City" (no article: a side, not a part of Y) and
#: "located … just north from the city of Donetsk": directions read only after a locative verb.
_IN_DIRECTION_OF = re.compile(
    rf"in(?<![\w-]in)\s+(?P<dir>(?:{_alt(_DIRS_EN)}){_BY})\s+of\s+", re.IGNORECASE
)


_DIRECTION_FROM = re.compile(
    rf"(?<![\w-])(?:(?:just|due|directly|immediately|approximately|about|roughly|some)\s+)?"
    rf"(?:to\s+the\s+)?"
    rf"(?P<dir>(?:{_alt(_DIRS_EN)}){_BY})\s+from\s+",
    re.IGNORECASE,
)


_LOCATED_BEFORE = re.compile(
    rf"(?<![\w-])(?:{_alt(_EN.locative_verbs)})(?![\w-])(?P<between>[^.;:!?()]{{0,120}})$",
    re.IGNORECASE,
)


_PROXIMITY_RE = re.compile(rf"(?<![\w-])(?P<prox>{_alt(_PROXIMITY)})\s+(?=\S)", re.IGNORECASE)


_BETWEEN = re.compile(r"\bbetween\s+", re.IGNORECASE)


def _ascii_hints(phrases) -> tuple[str, ...] | None:
    """The longest word of each phrase, when all are ASCII (see :data:`_FOLD_MARKS`)."""
    words = tuple(sorted({max(p.split(), key=len) for p in phrases}))
    return words if all(w.isascii() for w in words) else None


#: Words (lower-cased) one of which every match of a pattern holds: a sentence with none is
#: not scanned with it. Keyed by the pattern's text (hashing a compiled pattern hashes its
#: whole program).
_SCAN_HINTS = {
    _DIRECTION_FROM.pattern: ("from",),
    _ADJ_DIR.pattern: ("outskirts", "edge", "part", "approaches", "flank", "suburbs"),
    _POSSESSIVE_DIR.pattern: ("'s", "’s"),
    _PROXIMITY_RE.pattern: _ascii_hints(_PROXIMITY),
}


#: What lower-casing leaves of the letters a pattern ignoring case takes for an ASCII "i" or
#: "s" ("ı", "ſ", and "İ" as "i" and a combining dot): a sentence holding one is always scanned.
_FOLD_MARKS = ("ı", "ſ", "\u0307")


#: Per pattern of :data:`_SCAN_HINTS`, one scan for any of its words or of :data:`_FOLD_MARKS`
#: (literals only: found where one of them is in the text, as ``in`` finds it).
_SCAN_HINT_PATTERNS = {
    source: re.compile("|".join(re.escape(h) for h in (*hints, *_FOLD_MARKS)))
    for source, hints in _SCAN_HINTS.items()
    if hints is not None
}


def _may_scan(pattern: re.Pattern, low: str) -> bool:
    """Whether the lower-cased sentence ``low`` holds a word every match of ``pattern`` needs."""
    hints = _SCAN_HINT_PATTERNS.get(pattern.pattern)
    return hints is None or hints.search(low) is not None


#: Letters a pattern ignoring case takes for one of its lower-case Latin or Cyrillic letters
#: though lower-casing leaves them as they are ("ı" for "i", "ſ" for "s", old Cyrillic "ᲀ"
#: for "в"): a text holding one is scanned with the pattern itself.
_CASE_EXTRAS = re.compile("[\u0131\u017f\u1c80-\u1c87]")


class _Lowered:
    """A match found in a lower-cased text, read in the text itself: the same spans, the
    groups as written."""

    __slots__ = ("match", "text")

    def __init__(self, match: re.Match, text: str) -> None:
        self.match, self.text = match, text

    def group(self, name: str | int = 0) -> str | None:
        start, end = self.match.span(name)
        return None if start < 0 else self.text[start:end]

    def start(self, *group: str) -> int:
        return self.match.start(*group)

    def end(self, *group: str) -> int:
        return self.match.end(*group)

    def span(self, *group: str) -> tuple[int, int]:
        return self.match.span(*group)

    @property
    def re(self) -> re.Pattern:
        return self.match.re


#: The patterns :func:`_finditer_lowered` scanned with, without ``re.IGNORECASE``; keyed by
#: the pattern's text (hashing a compiled pattern hashes its whole program); as many as the
#: module-level patterns read so.
_CASE_SENSITIVE: dict[str, re.Pattern] = {}


def _case_sensitive(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` (which ignores case and writes no capital letter) without ``re.IGNORECASE``:
    on lower-cased text it finds the same matches, and scans Cyrillic and long alternations
    about twice as fast."""
    found = _CASE_SENSITIVE.get(pattern.pattern)
    if found is None:
        bare = re.sub(r"\\.|\(\?P<\w+>|\(\?P=\w+\)|\(\?\(\w+\)", "", pattern.pattern)
        if not pattern.flags & re.IGNORECASE or bare != bare.lower() or "(?-" in bare:
            raise ValueError("only a pattern ignoring case and writing no capital letter")
        found = _CASE_SENSITIVE[pattern.pattern] = re.compile(
            pattern.pattern, pattern.flags & ~re.IGNORECASE
        )
    return found


def _foldable(text: str, low: str) -> str | None:
    """``low`` (``text`` lower-cased) when the case-sensitive twins of patterns ignoring case
    read it as those patterns read ``text``; None when lower-casing changed its length ("İ")
    or it holds a letter a pattern ignoring case folds specially ("ı"). Told once a sentence."""
    if len(low) != len(text):
        return None
    return low if low.isascii() or not _CASE_EXTRAS.search(low) else None  # (the extras: not ASCII)


def _finditer_lowered(pattern: re.Pattern, text: str, folded: str | None):
    """``pattern.finditer(text)`` (``pattern`` ignoring case), scanned in ``folded`` (see
    :func:`_foldable`) with its case-sensitive twin: the same matches, found faster; with
    ``pattern`` itself when ``folded`` is None."""
    if folded is None:
        return pattern.finditer(text)
    return map(_Lowered, _case_sensitive(pattern).finditer(folded), itertools.repeat(text))


_CYR_QUAL = [q for q in _QUALIFIERS if re.search("[а-яіїєґ]", q)]


_CYR_UNITS = [u for u in _UNITS if re.search("[а-яіїєґ]", u)]


_CYR_TRAVEL = [w for w in _LEX.travel_modes if re.search("[а-яіїєґ]", w)]


_CYR_NUMBERS = [n for n in {**_LEX.numbers, **_LEX.vague_numbers} if re.search("[а-яіїєґ]", n)]


#: "двадцять п'ять", "двадцати пяти": tens and units written apart make one number.
#: "сто п'ятдесят", "двухстах пятидесяти", "ста двадцати пяти": hundreds, then tens or units.
_CYR_TENS = _alt(n for n in _CYR_NUMBERS if _LEX.numbers.get(n) in range(20, 100, 10))


_CYR_UNITS_WORDS = _alt(n for n in _CYR_NUMBERS if _LEX.numbers.get(n) in range(1, 20))


_CYR_COMPOUND = (
    rf"(?:{_alt(n for n in _CYR_NUMBERS if _LEX.numbers.get(n) in range(100, 1000, 100))})\s+"
    rf"(?:{_CYR_TENS}(?:\s+(?:{_CYR_UNITS_WORDS})(?![\w’']))?|{_CYR_UNITS_WORDS})(?![\w’'])"
    rf"|(?:{_CYR_TENS})\s+"
    rf"(?:{_alt(n for n in _CYR_NUMBERS if _LEX.numbers.get(n) in range(1, 10))})"
)


_CYR_ROUTES = frozenset(w for w in _LEX.route_modes if re.search("[а-яіїєґ]", w))


_UK_RU = re.compile(
    rf"(?<![\w])(?:(?P<qual>{_alt(_CYR_QUAL)})\s+)?"
    r"(?:(?P<prep>за|в|у|во|на\s+відстані|на\s+відстань|на\s+расстоянии|на\s+расстояние|на)\s+)?"
    rf"(?:(?:{_alt(_LEX.span_from)})\s+(?=\d[\d.,]*\s+(?:{_alt(_LEX.span_to)})\s+\d))?"
    rf"(?P<num>(?:{_NUM_SPACED}|{_NUM})"
    rf"(?:(?:\s*[-–—]\s*|\s+(?:{_alt(_LEX.span_to)})\s+)(?:{_NUM_SPACED}|{_NUM}))?"  # "від 5 до 7"
    rf"(?:\s*(?:{_alt(_LEX.thousands)})(?![\w])\.?)?|{_CYR_COMPOUND}"  # "1,2 тис. км"
    # "дві тисячі кілометрів", "в двух тысячах км": a spelled number of thousands
    rf"|(?:{_alt(_CYR_NUMBERS)})\s+(?:{_alt(_LEX.thousands)})(?![\w])\.?"
    rf"|(?:{_alt(_CYR_NUMBERS)})(?:\s+(?:{_alt(_LEX.and_a_half)}))?"  # "два з половиною"
    rf"(?:\s*[-–—]\s*(?:{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})(?=\s))?"  # "два-три"
    rf"|(?(prep)(?=(?:{_alt(_LEX.single_units)})(?![\w]))"  # "в километре от": one
    rf"|(?(qual)(?=(?:{_alt(_LEX.single_units)})(?![\w]))|(?!))))"  # "близько кілометра": one
    rf"(?:\s+(?P<odd>{_alt(_LEX.odd_suffixes)})(?![\w]))?"  # "20 с лишним км": more than 20
    r"(?:-(?:ти|ть|ми|х|и|ох|ух|ех|ей)(?![\w]))?(?:\s*|-)"  # "в 5-ти км", "за 5-ть км", "20-кілометровій"
    rf"(?P<unit>{_alt(_CYR_UNITS)})(?![\w])\.?"
    # "за 5 км з гаком від", "в 20 км с небольшим от": the "odd" word after the unit (rule
    # odd_after_unit): more than the figure, as "20 с лишним км"
    rf"(?:\s+(?P<odd_after>{_alt(_LEX.odd_suffixes)})(?![\w]))?"
    rf"(?:\s+(?P<zone>{_alt(_LEX.zone_words)})(?![\w]))?"  # "у 20-кілометровій зоні від …"
    rf"(?:\s*\(\s*(?P<alt>{_NUM})\s*(?P<altunit>{_alt(_UNITS)})\.?\s*\))?"
    rf"(?:\s+(?P<travel>{_alt(_CYR_TRAVEL)}))?"
    # "в 17 км по прямой к юго-западу", "за 12 км (по прямій) від", "в 12 км по трассе от"
    rf"(?:\s*\(\s*(?:{_alt(_LEX.straight_line | _CYR_ROUTES)})\s*\)"
    rf"|\s+(?:{_alt(_LEX.straight_line | _CYR_ROUTES)})(?![\w]))?"
    rf"(?:\s+(?P<dir>{_alt(_DIR_UK_RU)})(?![\w])"
    # "вище за течією від", "за 2 км вище за течією — село X", "… ниже по течению расположено"
    rf"|\s+(?P<river>{_alt(_LEX.river_directions)})"
    rf"(?=\s+(?:від|од|от)\s|\s*[—–]|\s+(?:{_alt(w for w in _LEX.locative_verbs if re.search('[а-яіїєґ]', w))})(?![\w])))?"
    rf"(?:\s+(?:{_alt(_LEX.straight_line)})(?![\w]))?"  # "на південний схід по прямій від"
    # "в 20 км и от границы, и от …", "за 10 км як від кордону, так і від …" (correlatives)
    rf"(?:\s*(?:(?:{_alt(_LEX.correlative_first)})\s+(?=(?:від|от)\s))?"
    rf"(?P<link>від|од|от|из|до)(?![\w]))?\s*",
    re.IGNORECASE,
)


_CORRELATIVE_FIRST_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_LEX.correlative_first)})\s+$", re.IGNORECASE
)


#: The second of correlated "від" phrases after the first's reference: ", і від Y", ", так и от Y".
_CORRELATIVE_SECOND = re.compile(
    rf"\s*,\s*(?:{_alt(_LEX.correlative_second)})\s+(?:від|од|от)\s+", re.IGNORECASE
)


#: Rule joined_from_references: a second "від"/"от" phrase joined to a measure's reference by
#: "і", "та", "и", "або", "или" with no figure of its own ("в 20 км от Белгорода и от
#: границы", "за 30 км від Харкова або від кордону"): the same measure from both.
_JOINED_FROM = re.compile(
    r"\s*,?\s*(?:"
    + _alt(
        (_LEX.coordinators - {"а", "також", "также"})
        | _LEX.correlative_second
        | _LEX.alternative_links
    )
    + r")\s+(?:від|од|от)\s+",
    re.IGNORECASE,
)


#: What closes the second reference of :data:`_JOINED_FROM`: the clause's end.
_JOINED_FROM_END = re.compile(r"\s*(?:[.;:!?)]|[—–]\s|$)")


#: A Cyrillic unit word anywhere (a one-letter one, "м", standing alone): a sentence with none
#: has no Cyrillic measure, and ``_UK_RU`` is not scanned over it. Each branch opens with its
#: letter (a one-letter unit's word boundary looked back at after it), so the engine skips
#: every other character without entering the pattern.
_CYR_UNIT_HINT = re.compile(
    "|".join(
        [
            rf"{re.escape(c)}(?:{_alt(u[1:] for u in _CYR_UNITS if len(u) > 1 and u[0] == c)})"
            for c in sorted({u[0] for u in _CYR_UNITS if len(u) > 1})
        ]
        + [rf"{re.escape(u)}(?<![^\W\d]{re.escape(u)})" for u in _CYR_UNITS if len(u) == 1]
    ).join(("(?:", r")(?![\w])")),
    re.IGNORECASE,
)


_UK_RU_ADJ = re.compile(
    rf"(?P<dir>{_alt([k for k in _DIR_UK_RU if ' ' not in k])})\s+", re.IGNORECASE
)


_CAP = re.compile(r"^[A-ZА-ЯІЇЄҐ]")


# cheap tests on the lower-cased sentence decide which passes can find anything at all
_COMPASS_WORDS = ("north", "south", "east", "west")


#: Any English unit word ("km", "kilomet…", a lone "m", "ft", "yds", "hour" …): what every
#: match of ``_MEASURE`` holds (a Cyrillic one, "км", is :data:`_CYR_UNIT_HINT`'s: a Ukrainian
#: or Russian sentence is not scanned for English measures). Each branch opens with its letter,
#: so the engine skips every other character without entering the pattern; a word boundary
#: before a letter is ``(?<!\wX)`` after it.
_UNIT_HINT = re.compile(
    # a short unit glued to its figure ("700m", "3mi") is one still: only a letter before it
    # makes it part of a word
    r"k(?:m|ilomet|lick)|m(?:ile|etre|eter)|m(?<![^\W\d]m)(?:i\b|\b)|f(?:eet|oot)"
    r"|f(?<![^\W\d]f)t\b|yard|y(?<![^\W\d]y)ds?\b|hour|minute"
    r"|n(?<![^\W\d]n)m\b"  # "57 nm west of Hodeidah", "40NM": nautical miles
)


_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*|\d[\d,.]*|[^\w\s]", re.UNICODE)


_LETTER = re.compile(r"[^\W\d_]")


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


_UK_LETTER = re.compile(r"[іїєґІЇЄҐ]")


_SPACES = re.compile(r"\s+")


_PHRASE_WORD = re.compile(r"[\w’'\-]+")
