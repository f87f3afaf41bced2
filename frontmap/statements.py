"""Parse distance and direction statements out of sentences.

>>> s = parse("Moscow claimed its forces captured Yasenove, roughly 12 miles south of the city of Pokrovsk.")[0]
>>> s.subject, s.qualifier, s.value, s.unit, s.direction, s.reference, s.relation
('Yasenove', 'roughly', 12.0, 'mi', 'south', 'Pokrovsk', 'distance_direction')

How a sentence is read
----------------------
1. **Measures** — a number (digits, ``10-15``, ``2,760``, ``five``, ``Thirty``,
   ``a few``), a unit (km, kilometres, kms, ``20km``, ``20-kilometre``, miles,
   metres, feet, hours), an optional qualifier before (roughly, about, some,
   nearly, only, less than, just over, little over, within …) or after
   (``or so``), and an optional parenthetical conversion ``(11 miles)``, kept
   as ``alt_value``/``alt_unit``.
2. **Direction** after the measure — any of the 32 compass points in words or
   letters, ``to the north``, ``further south`` — then the reference after
   ``of``/``from``/``away from``. Without a number: ``south of X``,
   ``to Bakhmut's north``, ``the southeastern outskirts of X``, ``in the west of X``.
3. **Proximity and between** — ``near``, ``just outside``, ``on the outskirts
   of``, ``at the gates of``, ``overlooking``; ``between X and Y``.
4. **Subject** — the place the statement is about, found to the left: an
   appositive (``Yasenove, roughly 12 miles …``), a relative clause
   (``Toretsk, which sits …``), the clause subject (``Selydove … is located``),
   a coordinated second measure (``… of Odesa and 10.7 km … of Ochakiv``
   shares the first subject; so does a list, ``60 km southwest of Aleppo, 132 km
   from Latakia``), a fronted participle (``Located 30 km south of Gaza, Rafah's
   …``), an absolute clause (``…, with Israeli tanks about 1500 meters away
   from …``), or a settlement the measure directly follows (``the terrorists in
   the small town of al-Ayadiya a few miles north of Tal Afar``; a locative verb,
   ``lies in X, 10 km …``, still points to the clause subject). Pronouns and descriptions (``It``, ``They``,
   ``the town``) are kept as written and marked unresolved
   (``subject_kind``), never guessed.
5. **Reference** — the noun phrase after ``of``/``from`` up to a clause
   boundary, keeping descriptors (``the capital Khartoum``); non-places (a
   border, the front line, positions, a river or road) are marked
   ``reference_kind="non_place"`` so verification returns ``unverifiable``.
6. **Ukrainian and Russian** — ``за 20 км на південь від Покровська``,
   ``в 20 км к югу от Покровска``, ``в 20 км южнее Покровска``, ``на 12 миль
   (19,3 километра) от``; inflected names are left for the gazetteer to resolve.
   Subjects: the clause's name, a settlement the measure follows after a comma
   (``поблизу села Роботине, за 10 км …``), the name before a participle
   (``Торецьк, розташований за 5 км …``), forces with their adjectives
   (``російські окупанти були за 38 км``); inverted forms name the subject after
   the measure (``В 2 км юго-западнее расположено село X``, ``За 5 км від Y
   розташоване село X``); a list after a plural type word gives one statement a
   name (``от городов Марганец и Никополь``). ``на N км`` without ``від``/``от``
   is how far something moved, not a distance, and is skipped. A verb's object right before
   the measure is what it places (``уразив … завод більш як за 1300 км від``); a capitalised
   adverb or adjective opening the sentence (``Водночас``, ``Залізнична станція``) is no name
   (pymorphy3's dictionary decides, :func:`gazetteer.inflection.word_classes`).
   Directions with no distance (rule ``direction_uk_ru``) take the name or noun phrase right
   before them (``захопили кілька лісових масивів на північ від X``), none after another verb
   (``просунулися на північ від X`` is a movement); places named after the reference are
   what lies there (rule ``direction_near_uk_ru``: ``на південь від Торецька біля
   Неліпівки``, ``к западу от Авдеевки возле Орловки, Тоненького и Семеновки``).
7. **Stretches** (rule ``distance_span``) — ``The distance between Idleb and
   Aleppo is 60km``, ``Відстань від Суджі до АЕС — близько 80 км``, ``Відстань до
   центру громади становить 12 км``, ``до города Запорожье осталось менее 100 км``.

Inverted forms (``20 km to the north is Kurakhovo``) and chained forms
(``20 kilometres further south``) take the named place as the subject and
leave the implied side empty (``reference=None``). A measure ``away`` or ``to
the west`` with no ``from`` takes the one settlement the sentence names before
it (``in Pokrovsk``, ``the city of Bakhmut``; rule ``implied_reference``), and
none when it names several.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import asdict, dataclass, field, replace

from gazetteer.inflection import lemmas, word_agreement, word_cases, word_classes

from .errors import StatementParseError
from .lexicon import cyrillic_language, lexicon

__all__ = ["Statement", "parse", "parse_one", "place_name"]

RELATIONS = (
    "distance_direction",
    "distance_only",
    "line_distance",
    "travel_time",
    "direction_only",
    "proximity",
    "between",
    "containment",
)

# -- vocabularies (frontmap/lexicon/*.json) ---------------------------------------------------
_LEX = lexicon()
_EN = lexicon(("en",))
_SPELLED = _EN.numbers
_VAGUE = sorted(_LEX.vague_numbers)
_QUALIFIERS = sorted(_LEX.qualifiers)
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
_TIME_TAIL = re.compile(
    r"\s+(?:every|each|last|this|next|on|that)\s+(?:day|week|month|year|night|morning|evening|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s*$",
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
    return not last or _case_key(last) in ends or "" in ends


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
_TIME_TAIL_ENDS = _ends_of(("day", "week", "month", "year", "night", "morning", "evening"), ",")
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
_VALUE = (
    rf"(?P<num>between\s+(?:{_NUM})\s+and\s+(?:{_NUM})"
    rf"|(?:{_NUM})(?:{_HALF}|\s*(?:-|–|to)\s*(?:{_NUM}))?"
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
_MEASURE = re.compile(
    rf"(?<![\w.])(?:{_QUAL}\s+)?{_VALUE}(?:\s*|-|\s*-\s*){_UNIT}(?P<half>{_HALF})?(?P<orso>\s+or\s+so)?(?:\s*{_CONV})?",
    re.IGNORECASE,
)
_AFTER_MEASURE = re.compile(
    rf"""^(?P<drive>[\s-]+(?:drive|walk|ride|journey)|\s+(?:by\s+(?:car|road|train|rail|bus)|on\s+foot))?
        (?:\s*,\s*or\s+(?:(?:{_APPROX})\s+)?(?P<alt3>{_NUM}|{_SPELLED_ALT})\s*(?P<altunit3>{_alt(_UNITS)})\s*,)?
        (?:\s+(?P<dirpre>to\s+the|further|farther|due)?\s*{_DIR_COMPOUND}|\s+(?P<river>{_alt(_EN.river_directions)})(?=\s+(?:of|from)\s))?
        (?:\s*{_CONV.replace("(?P<alt>", "(?P<alt2>").replace("(?P<altunit>", "(?P<altunit2>").replace("open", "open2")})?
        \s*(?P<link>{_alt(_LEX.route_links)}|away\s+from|from|of|outside(?:\s+of)?|off|{_alt(_EN.away_links)}|away|short\s+of|behind|beyond|inside)?
        (?=\s|$|[.,;:!?)\]–—-])""",
    re.IGNORECASE | re.VERBOSE,
)
#: "на захід від Покровська", "к западу от Донецка", "западнее Горловки": a Ukrainian or Russian
#: direction with no distance; the "на"/"к" forms need their "від"/"от" (else it is a movement).
_DIRECTION_UK_RU = re.compile(
    rf"(?<![\w-])(?P<dir>{_alt(_DIR_UK_RU)})(?:\s+(?P<link>від|от))?\s+(?=[А-ЯІЇЄҐЁ])",
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
_CONTAINMENT = re.compile(
    rf"\bin\s+the\s+(?:far\s+)?(?P<dir>{_alt(_DIRS_EN)})\s+of\s+", re.IGNORECASE
)
#: "Idleb is located in south west of Aleppo City" (no article: a side, not a part of Y) and
#: "located … just north from the city of Donetsk": directions read only after a locative verb.
_IN_DIRECTION_OF = re.compile(
    rf"(?<![\w-])in\s+(?P<dir>(?:{_alt(_DIRS_EN)}){_BY})\s+of\s+", re.IGNORECASE
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


def _may_scan(pattern: re.Pattern, low: str) -> bool:
    """Whether the lower-cased sentence ``low`` holds a word every match of ``pattern`` needs."""
    hints = _SCAN_HINTS.get(pattern.pattern)
    return hints is None or any(h in low for h in hints) or any(mark in low for mark in _FOLD_MARKS)


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
    rf"|(?:{_alt(_CYR_NUMBERS)})(?:\s+(?:{_alt(_LEX.and_a_half)}))?"  # "два з половиною"
    rf"(?:\s*[-–—]\s*(?:{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})(?=\s))?"  # "два-три"
    rf"|(?(prep)(?=(?:{_alt(_LEX.single_units)})(?![\w]))"  # "в километре от": one
    rf"|(?(qual)(?=(?:{_alt(_LEX.single_units)})(?![\w]))|(?!))))"  # "близько кілометра": one
    rf"(?:\s+(?P<odd>{_alt(_LEX.odd_suffixes)})(?![\w]))?"  # "20 с лишним км": more than 20
    r"(?:-(?:ти|ми|х|и|ох|ух|ех|ей)(?![\w]))?(?:\s*|-)"  # "в 5-ти км", "20-кілометровій"
    rf"(?P<unit>{_alt(_CYR_UNITS)})(?![\w])\.?"
    rf"(?:\s+(?P<zone>{_alt(_LEX.zone_words)})(?![\w]))?"  # "у 20-кілометровій зоні від …"
    rf"(?:\s*\(\s*(?P<alt>{_NUM})\s*(?P<altunit>{_alt(_UNITS)})\.?\s*\))?"
    rf"(?:\s+(?P<travel>{_alt(_CYR_TRAVEL)}))?"
    # "в 17 км по прямой к юго-западу", "за 12 км (по прямій) від", "в 12 км по трассе от"
    rf"(?:\s*\(\s*(?:{_alt(_LEX.straight_line | _CYR_ROUTES)})\s*\)"
    rf"|\s+(?:{_alt(_LEX.straight_line | _CYR_ROUTES)})(?![\w]))?"
    rf"(?:\s+(?P<dir>{_alt(_DIR_UK_RU)})(?![\w])"
    rf"|\s+(?P<river>{_alt(_LEX.river_directions)})(?=\s+(?:від|от)\s))?"  # "вище за течією від"
    rf"(?:\s+(?:{_alt(_LEX.straight_line)})(?![\w]))?"  # "на південний схід по прямій від"
    # "в 20 км и от границы, и от …", "за 10 км як від кордону, так і від …" (correlatives)
    rf"(?:\s*(?:(?:{_alt(_LEX.correlative_first)})\s+(?=(?:від|от)\s))?"
    rf"(?P<link>від|от|из|до)(?![\w]))?\s*",
    re.IGNORECASE,
)
_CORRELATIVE_FIRST_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_LEX.correlative_first)})\s+$", re.IGNORECASE
)
#: The second of correlated "від" phrases after the first's reference: ", і від Y", ", так и от Y".
_CORRELATIVE_SECOND = re.compile(
    rf"\s*,\s*(?:{_alt(_LEX.correlative_second)})\s+(?:від|од|от)\s+", re.IGNORECASE
)
#: A Cyrillic unit word anywhere (a one-letter one, "м", standing alone): a sentence with none
#: has no Cyrillic measure, and ``_UK_RU`` is not scanned over it.
_CYR_UNIT_HINT = re.compile(
    rf"(?:{_alt(u for u in _CYR_UNITS if len(u) > 1)})(?![\w])"
    rf"|(?<![^\W\d])(?:{_alt(u for u in _CYR_UNITS if len(u) == 1)})(?![\w])",
    re.IGNORECASE,
)
_UK_RU_ADJ = re.compile(
    rf"(?P<dir>{_alt([k for k in _DIR_UK_RU if ' ' not in k])})\s+", re.IGNORECASE
)
_CAP = re.compile(r"^[A-ZА-ЯІЇЄҐ]")
# cheap tests on the lower-cased sentence decide which passes can find anything at all
_COMPASS_WORDS = ("north", "south", "east", "west")
#: Any English or Cyrillic unit word ("km", "kilomet…", a lone "m", "ft", "yds", "hour", "км",
#: "метр" …). Each branch opens with its letter, so the engine skips every other character
#: without entering the pattern; a word boundary before a letter is ``(?<!\wX)`` after it.
_UNIT_HINT = re.compile(
    # a short unit glued to its figure ("700m", "3mi", "500м") is one still: only a letter
    # before it makes it part of a word
    r"k(?:m|ilomet|lick)|m(?:ile|etre|eter)|m(?<![^\W\d]m)(?:i\b|\b)|f(?:eet|oot)"
    r"|f(?<![^\W\d]f)t\b|yard|y(?<![^\W\d]y)ds?\b|hour|minute|к(?:м|ілом|илом)|м(?:етр|иль)"
    r"|м(?<![^\W\d]м)\b"
    r"|n(?<![^\W\d]n)m\b"  # "57 nm west of Hodeidah", "40NM": nautical miles
)
_WORD_RE = re.compile(r"[^\W\d_][\w’'\-]*|\d[\d,.]*|[^\w\s]", re.UNICODE)
_LETTER = re.compile(r"[^\W\d_]")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_UK_LETTER = re.compile(r"[іїєґІЇЄҐ]")
_SPACES = re.compile(r"\s+")
_END_FOOTNOTE = re.compile(r"\[\d+\]$")
_PHRASE_WORD = re.compile(r"[\w’'\-]+")


@dataclass(frozen=True)
class Statement:
    """One distance/direction statement.

    ``subject``/``reference`` are the names as written (descriptors such as
    "the city of" dropped from proper names); ``subject_kind`` and
    ``reference_kind`` say what they are: ``place``, ``pronoun``,
    ``description`` (an unnamed "the town"), ``non_place`` (a border, the
    front line) or ``None`` when absent. ``unit`` is normalised (km, mi, m,
    nmi, ft, yd, h, min); ``unit_text`` is as written. ``span`` is the character
    range of the statement in the sentence. ``qualifier_meaning`` is the lexicon's meaning of
    the qualifier (``approximate``, ``upper``, ``lower``, ``just_over``, ``exact``, ``vague``);
    ``rule`` names the rule that read the statement (``measure``, ``measure_uk_ru``,
    ``direction_only``, …) so a miss can be traced; ``mode`` is a travel time's mode
    (``road``, ``foot``, ``any``). A distance to a line has ``relation="line_distance"`` and
    ``line`` ``"front"`` (the front line, positions, forces: measured to the occupied area on a
    date) or ``"border"`` (measured to Ukraine's land border); ``line_side`` is the country of a
    named border (``RU``, ``BY``) or the side of named forces (``RU``, ``UA``).
    """

    subject: str | None
    reference: str | None
    qualifier: str | None
    value: float | None
    value_max: float | None
    unit: str | None
    direction: str | None
    relation: str
    alt_value: float | None = None
    alt_unit: str | None = None
    span: tuple[int, int] = (0, 0)
    subject_kind: str | None = None
    reference_kind: str | None = None
    reference_2: str | None = None
    value_text: str | None = None
    unit_text: str | None = None
    qualifier_meaning: str | None = None
    rule: str = ""
    mode: str | None = None
    line: str | None = None
    line_side: str | None = None
    sentence: str = field(default="", repr=False)

    @property
    def unit_open(self) -> bool:
        """Whether the unit is left open: "a few kilometers (miles)", "a kilometre (mile)"
        (rule unit_bracket) give the first unit, and the bracketed one as ``alt_unit`` with no
        ``alt_value``; which one is meant is not said."""
        return self.alt_unit is not None and self.alt_value is None and self.alt_unit != self.unit

    def to_dict(self) -> dict:
        """All fields as a JSON-ready dict (``span`` as a list)."""
        d = asdict(self)
        d["span"] = list(self.span)
        return d


def place_name(phrase: str | None) -> str | None:
    """The proper name inside a noun phrase, for the gazetteer.

    ``"the regional capital of Stepanakert"`` → ``"Stepanakert"``,
    ``"Moscow-held Donetsk"`` → ``"Donetsk"``, ``"the capital, Damascus"`` →
    ``"Damascus"``, ``"Rafah's population"`` → ``"Rafah"``; a phrase with no
    proper name (``"the town"``) gives None.
    """
    if not phrase:
        return None
    words = re.findall(r"[^\W\d_][\w’'\-]*", phrase)
    runs: list[list[str]] = []
    run: list[str] = []
    possessor: list[str] | None = None
    for i, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word)
        if _is_cap(bare) and not (i == 0 and bare in _FUNCTION_CAPS) and bare not in _FUNCTION_CAPS:
            run.append(bare)
            if bare != word:  # a possessive ends the name
                runs.append(run)
                possessor = possessor or run
                run = []
        elif run and (word.lower() in _CONNECTORS or word.lower() in _TYPE_TAIL - {"state"}):
            run.append(word)
        elif _is_particle_name(bare):  # "al-Balah", "el-Arish": an article glued to a name
            run.append(bare)
        elif run:
            runs.append(run)
            run = []
    if run:
        runs.append(run)
    if not runs:
        return None
    # "Rafah's population": the possessor; "Crimea's Saky", "Ukraine's second city Kharkiv":
    # the name it owns; otherwise the last name in the phrase
    return " ".join(runs[-1] if possessor is None or runs[-1] is not possessor else possessor)


@functools.lru_cache(maxsize=4096)
def _is_particle_name(word: str) -> bool:
    head, _, rest = word.partition("-")
    return head.lower() in _NAME_ARTICLES and _is_cap(rest)


_AND_A_HALF = re.compile(rf"(.+?)\s+(?:and\s+a\s+half|{_alt(_LEX.and_a_half)})")


@functools.lru_cache(maxsize=4096)
def _number(text: str) -> float | None:
    t = text.strip().lower()
    if half := _AND_A_HALF.fullmatch(t):
        # "two and a half", "два з половиною"
        whole = _number(half.group(1))
        return None if whole is None else whole + 0.5
    if t in _LEX.numbers:
        return float(_LEX.numbers[t])
    if "-" in t and t.split("-")[0] in _SPELLED and t.split("-")[1] in _SPELLED:
        a, b = t.split("-")
        return float(_SPELLED[a] + _SPELLED[b])
    if t in _LEX.vague_numbers:
        return None
    if " " in t and all(w in _LEX.numbers for w in t.split()):
        return float(sum(_LEX.numbers[w] for w in t.split()))  # "двадцять п'ять"
    if re.fullmatch(_NUM_SPACED, t):
        return float(re.sub(r"\s", "", t))
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", t):
        return float(t.replace(",", ""))
    return float(t.replace(",", "."))


_THOUSANDS_END = re.compile(rf"\s*(?:{_alt(_LEX.thousands)})\.?$", re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _value_range(text: str) -> tuple[float | None, float | None]:
    text = re.sub(r"^between\s+", "", text.strip(), flags=re.IGNORECASE)
    if _LEX.thousands and (thousands := _THOUSANDS_END.search(text)) and thousands.start():
        # "1,2 тис. км", "1-1,5 тыс. км": thousands of the unit
        low, high = _value_range(text[: thousands.start()])
        return (
            None if low is None else round(low * 1000, 6),
            None if high is None else round(high * 1000, 6),
        )
    parts = re.split(r"\s*(?:-|–|—|\bto\b|\band\b|\bor\b|\bдо\b)\s*", text)
    if len(parts) == 2 and all(re.fullmatch(f"{_NUM_SPACED}|{_NUM}", p) for p in parts):
        return _number(parts[0]), _number(parts[1])
    if len(parts) == 2 and all(p.lower() in _LEX.numbers for p in parts):
        low, high = _number(parts[0]), _number(parts[1])
        if low is not None and high is not None and low < high:
            return low, high  # "два-три кілометри"
    return _number(text), None


@functools.lru_cache(maxsize=4096)
def _tokens(text: str) -> tuple[tuple[str, int, int], ...]:
    """The words of ``text`` with their spans (a third of the look-backs and clauses of a
    sentence are read more than once: the tuple is shared, never changed)."""
    return tuple([(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(text)])


@functools.lru_cache(maxsize=4096)
def _is_cap(word: str) -> bool:
    return (
        bool(_CAP.match(word))
        and word.lower().split("-")[0] not in _DEMONYMS
        and not re.search(r"-(held|controlled|occupied|backed|led|based)$", word)
    )


@functools.lru_cache(maxsize=4096)
def _clean(np: str) -> str:
    np = _SPACES.sub(" ", np).strip(" ,;:–—-\"“”'")
    np = _END_FOOTNOTE.sub("", np).strip()
    return np


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


@functools.lru_cache(maxsize=4096)
def _drop_descriptor(np: str) -> str:
    """``"the city of Pokrovsk"`` → ``"Pokrovsk"``; ``"the town"`` stays."""
    if controlled := _CONTROLLED.match(np):
        np = controlled.group("name")
    m = _SETTLEMENT_OF.match(np) or (_kind(np) == "non_place" and _TYPE_OF_NAME.match(np))
    if m:
        return m.group("name")
    m = _CYR_DESCRIPTOR.match(np)
    return m.group("name") if m else np


#: "the oblast capital, Luhansk", "the administrative center of the oblast — Luhansk": a
#: description whose head is a seat word, then the name in apposition (what the phrase names).
_APPOSED = re.compile(
    r"^(?P<desc>[^,—–]+?)\s*(?:,|\s[—–-])\s*"
    rf"(?:(?i:{_alt(_LEX.type_words)})\s+)?"  # "областного центра — города Луганска"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)$"
)


#: Region words an oblast's name glued to a settlement's may end in (rule glued_oblast); a
#: district ("Kryvyi Rih district") is often the subject itself.
_GLUED_REGION_WORDS = frozenset({"oblast", "region", "province"})


@functools.lru_cache(maxsize=4096)
def _kind(np: str | None) -> str | None:
    if not np:
        return None
    apposed = _APPOSED.match(np)
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
    if any(w in _NONPLACE or w.split("-")[-1] in _NONPLACE for w in lowered) or (
        lowered and lowered[0] in _LEX.road_words  # "автодороги Москва – Минск": a road
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
    if any(w in _LEX.region_words or w in _LEX.region_heads for w in lowered[1:]) or (
        len(lowered) > 2
        and lowered[0] in ("the", "a")
        and lowered[-2:-1] == ["of"]
        and any(w in _LEX.region_words for w in lowered)
    ):
        return "region"
    if _common_opening(words, _cyrillic_language(np)) and not any(map(_is_cap, words[1:])):
        return "description"  # "Залізнична станція", "Данное село": capitalised as a sentence opens
    if any((_is_cap(w) and w not in _FUNCTION_CAPS) or _is_particle_name(w) for w in words):
        return "place"  # "Pokrovsk", "al-Ayadiya"
    return "description"


#: A reference phrase is at most nine words: reading this many characters after its start finds
#: them (and keeps each look linear).
_PHRASE_CHARS = 240
#: Line words whose "of"-phrase says whose line it is, not where: "the front lines of Russia's
#: war"; "the line of contact" keeps its "of".
_LINE_HEADS = {"front", "frontline", "front-line", "lines", "frontlines"}
_LINE_OF = {"contact", "combat", "the"}


#: Verbs and adverbs that end a reference phrase ("… of the city lying in …", "до границ
#: соседнего региона сократилось …").
_FORCE_WORDS = _LEX.force_words
_REF_STOP = (
    _LEX.participles
    | _LEX.tail_words
    | _LEX.distance_verbs
    | _LEX.locative_verbs
    | _LEX.separation_verbs
    # "до фронту близько 10 км", "до позицій ворога не менше 10 км": a qualifier opens the
    # measure, it never continues the phrase ("в межах", "до" are prepositions of phrases too)
    | {q.split()[0] for q in _LEX.qualifiers if re.search("[а-яіїєґ]", q)} - {"в", "у", "до"}
    # "до кордону звідти всього 3 км", "до Покровська вже менше 5 км": an adverb of time or
    # place ends the phrase
    | {w for w in _LEX.sentence_adverbs if re.search("[а-яіїєґ]", w)}
)


#: "the capital, Damascus", "областного центра — города Луганска": the name in apposition.
_APPOSITIVE_NAME = re.compile(
    rf"\s*(?:,|\s[—–-])\s*(?i:the\s+(?:city|town|village)\s+of\s+|(?:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w\-’']*(?:\s+[A-ZА-ЯІЇЄҐ][\w\-’']*)*)"
)


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
    cases: frozenset[str] | None = None
    for w in phrase:
        found = word_cases(w, "ru")
        if not found:
            return False
        cases = found if cases is None else cases & found
    return bool(own) and bool(cases) and cases.isdisjoint(own)


#: Rule reference_verb_end: verbs taking an object whose past form does not end in -ed.
_PAST_OBJECT_VERBS = frozenset(w for w in _EN.object_verbs if not w.endswith("s"))


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
    for i, (word, s, e) in enumerate(tokens):
        if not whole and i + 3 >= len(tokens):
            return None  # the words after these may matter: read them all
        low = word.lower()
        if not _LETTER.match(word):
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
        if (low in _NP_STOP or low in _REF_STOP) and out:
            break  # "… of the city lying in the adjacent Donetsk Oblast"
        if out and not seen_cap and _CYRILLIC.match(word) and _adverb(word, tokens, lang):
            break  # "від лінії зіткнення повністю зруйноване": an adverb opens the predicate
        if out and not seen_cap and _CYRILLIC.match(word) and _finite_verb(word, tokens, lang):
            break  # "північніше селища впадає її притока": a verb opens the predicate
        nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ""
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
        if out and low == "of" and out[-1][0].lower() in _LINE_HEADS and nxt not in _LINE_OF:
            break  # "the front lines of Russia's war": the line is the reference
        if seen_cap and _is_cap(word) and nxt in _LEX.region_words:
            break  # "Покровська Донецької області": the region says where, the name is before
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
            and low in _LEX.settlement_words
            and nxt == "of"
            and len(out) <= 4  # "the Black Sea port of Odesa"
        ):
            out.append((word, s, e))  # "the Yemeni port of Hodeidah": the name follows "of"
            seen_cap = False
            continue
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
    return (
        word.islower()
        and bool(word_classes(word, lang))
        and word_classes(word, lang)
        <= {
            "VERB",
            "PRTS",
        }
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


def _reference(text: str, start: int) -> tuple[str | None, int]:
    """The noun phrase starting at ``start``; returns (phrase, end offset)."""
    if rail := _RAILWAY_ABBREVIATION.match(text, start):
        start = rail.end()  # "от ж.-д. станции Изюм": the station
    elif gerund := _GERUND_REFERENCE.match(text, start):
        start = gerund.end()  # "from reaching the base": the place is the gerund's object
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
    if not out:
        return None, start
    end = out[-1][2]
    phrase = right[:end].strip()
    # "the capital, Damascus": a description followed by the name in apposition
    # "the provincial capital of South Kivu, Bukavu": a seat of a named area, then its own name
    # in apposition, closing the clause
    seat_of = any(
        w.lower() in _LEX.appositive_heads and out[k + 1][0].lower() == "of"
        for k, (w, _, _) in enumerate(out[:-1])
    )
    if not seen_cap or seat_of:
        m = _APPOSITIVE_NAME.match(right[end:])
        if m and seen_cap and not re.match(r"\s*(?:[.;:!?)]|$)", right[end + m.end() :]):
            m = None
        if m and any(w.lower() in _LEX.appositive_heads for w, _, _ in out):
            # the seat's own name is the reference ("South Kivu, Bukavu" is no one name)
            phrase = m.group("name") if seen_cap else right[: end + m.end()].strip()
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
    if seen_cap and out[0][0].lower() in _LEX.road_words and (ends := _ROAD_ENDS.match(right, end)):
        # "від траси Київ — Чоп", "южнее автодороги А141 Орёл — Витебск": a road named by its
        # ends runs on past the dash (rule road_ends)
        phrase, end = right[: ends.end()].strip(), ends.end()
    return _clean(phrase), start + end


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


_TAIL_WORDS = _LEX.tail_words
_RELATIVE = {"which", "that", "who", "що", "який", "яке", "которое", "который"}


def _last_word(text: str) -> tuple[str, int] | None:
    """The word ending ``text`` (before trailing white space) and where it starts, when a space
    or a comma (or nothing) stands before it: what ``(?:^|[\\s,])([\\w’']+)\\s*$`` finds, read
    from the end instead of tried at every position."""
    end = len(text.rstrip())
    start = end
    while start and (text[start - 1].isalnum() or text[start - 1] in "_’'"):
        start -= 1
    if start == end or (start and not (text[start - 1].isspace() or text[start - 1] == ",")):
        return None
    return text[start:end], start


def _strip_verb_tail(left: str, verbs: bool = False) -> tuple[str, bool, bool]:
    """Drop a trailing locative verb group; returns (text, a verb was dropped, it was relative).
    With ``verbs``, verbs of position and movement count too (rule ``verb_tail``)."""
    verb = relative = False
    while True:
        last = _last_word(left)
        if not last:
            break
        word = last[0].lower()
        if word in _RELATIVE:
            relative = True
        elif word not in _TAIL_WORDS and not (verbs and word in _VERB_TAIL):
            break
        verb = True
        left = left[: last[1]].rstrip()
        if relative:
            break
    return left, verb, relative


#: Rule shared_subject: a clause that opens the sentence (after at most one fronted phrase
#: closed by a comma), its subject, its first verb (an auxiliary, a verb of the lexicon or a
#: past form in -ed) and the rest of that one predicate up to the coordinator before the
#: measure's verb: "Russian troops have captured Avdiivka and are now about 10 km from …".
_SHARED_SUBJECT = re.compile(
    r"^\s*(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,5}\s*,\s*)?"
    r"(?P<clause>[\w’'\-]+(?:\s+[\w’'\-]+)+?)\s*,?\s+(?P<coord>[\w’'\-]+)\s*$"
)
_SHARED_VERBS = (
    _EN.auxiliaries | _EN.tail_words | _EN.motion_verbs | _EN.object_verbs | _EN.clause_auxiliaries
)


def _shared_subject(left: str) -> str | None:
    """Rule ``shared_subject``: the subject of the sentence's first predicate when the
    measure's verb is coordinated with it and has no subject of its own ("Russian troops have
    captured Avdiivka and are now 10 km from …", "In recent weeks, Israeli forces have advanced
    into Zeitoun and are now a few kilometres from …", "The town was shelled overnight and is
    12 km from …"). None when the first clause is not that simple: punctuation, a second
    coordinator, a relative or a verb of saying between the subject and the coordinator."""
    m = _SHARED_SUBJECT.match(left)
    if m is None:
        return None
    if m.group("coord").lower() not in _LEX.coordinators:
        return None
    words = m.group("clause").split()
    low = [w.lower() for w in words]
    # "Last month Russian forces took …": a time phrase before the subject is no part of it
    time = max((i for i, w in enumerate(low[:3]) if w in _TIME_WORDS), default=-1)
    words, low = words[time + 1 :], low[time + 1 :]
    verb = next(
        (
            i
            for i, w in enumerate(low)
            if w in _SHARED_VERBS or (w.endswith("ed") and len(w) > 4 and not _is_cap(words[i]))
        ),
        None,
    )
    if verb is None or not 1 <= verb <= 5 or low[verb] in _EN.speech_verbs:
        return None
    np_words = words[:verb]
    if any(w in _NP_STOP or w in _LEX.coordinators for w in low[:verb]):
        return None  # "fighting in Kupiansk continued …": no simple subject
    if not np_words[0][:1].isupper() and low[0] not in _LEAD_ARTICLES | _PRONOUNS:
        return None
    stops = _LEX.coordinators | _EN.speech_verbs | _RELATIVE | _EN.clause_openers
    if any(
        w in stops
        # "into Zeitoun and Sabra neighborhoods": names coordinated within a phrase
        and not (w in _LEX.coordinators and _is_cap(words[k - 1]) and _is_cap(words[k + 1]))
        for k, w in enumerate(low[verb:], verb)
    ):
        return None
    name = " ".join(np_words)
    if name in _FUNCTION_CAPS and name.lower() not in _PRONOUNS:
        return None  # "There have been …"
    if _kind(name) not in ("non_place", "pronoun"):
        # a place or a description opening the sentence is read by _OPENING_SUBJECT only after
        # a locative predicate ("The city is situated on … and is …"); after any other verb it
        # may be an actor standing for its people or government, or the measure may be about
        # what the verb named: no subject (precision)
        return None
    return _drop_descriptor(name)


#: Rule depth_from: "N km inside X from Y" measures the depth from Y.
#: Rule opening_complement: at most one fronted phrase closed by a comma before the clause.
_FRONTED_PHRASE = re.compile(r"\s*(?:[A-Z][\w’'\-]*(?:\s+[\w’'\-]+){0,5}\s*,\s*)?")
_COMPLEMENT_AUX = _EN.auxiliaries | _EN.clause_auxiliaries
_COMPLEMENT_BARRED = frozenset(
    {"which", "that", "who", "whose", "where"}
    | _EN.clause_openers
    | _EN.subordinators
    | _EN.speech_verbs
    | _COMPLEMENT_AUX
)
_PLACING = _EN.placing_prepositions


def _opening_complement(left: str) -> tuple[str, str] | None:
    """Rule ``opening_complement``: the subject and the locative complement of the clause that
    opens the sentence and runs up to the comma before a measure ("The chosen spot is between a
    small road and some woods, …", "A second camp has sprung up in Chad's Ouaddai province,
    …"): a subject of up to ten words with no verb, one verb group (an auxiliary or a verb of
    lying, adverbs, a participle or verb and its particle, or a verb in -ed) and a placing
    preposition opening the rest, which has no punctuation and no verb of its own."""
    if _last_char(left) != ",":
        return None
    fronted = _FRONTED_PHRASE.match(left)
    body = left[fronted.end() if fronted else 0 :].rstrip(" ,")
    if len(body) > 240 or any(c in body for c in ',;:()—–"“”[]'):
        return None
    words = body.split()
    low = [w.lower() for w in words]
    verb = next(
        (
            i
            for i, w in enumerate(low[:11])
            if w in _COMPLEMENT_AUX
            or w in _EN.locative_verbs
            or (w.endswith("ed") and len(w) > 4 and i + 1 < len(low) and low[i + 1] in _PLACING)
        ),
        None,
    )
    if not verb or low[0] in _NP_STOP or not _COMPLEMENT_BARRED.isdisjoint(low[:verb]):
        return None
    j = verb + 1
    while j < len(low) and (
        low[j] in _EN.sentence_adverbs or low[j] in _COMPLEMENT_AUX or low[j] == "not"
    ):
        j += 1
    if j < len(low) and low[j] not in _PLACING and words[j].isalpha() and words[j].islower():
        if low[j] in _LEAD_ARTICLES | _EN.noun_determiners:
            return None  # "is a village in …": a predicate noun, read by other rules
        j += 1  # "set", "sprung", "hidden"
        if j + 1 < len(low) and low[j] in _EN.verb_particles and low[j + 1] in _PLACING:
            j += 1  # "sprung up in"
    if j >= len(low) - 1 or low[j] not in _PLACING:
        return None
    rest = words[j:]
    if len(rest) > 16 or not _COMPLEMENT_BARRED.isdisjoint(w.lower() for w in rest):
        return None
    lead = 0
    while lead < verb - 1 and (low[lead] in _TIME_WORDS or low[lead] in _EN.sentence_adverbs):
        lead += 1  # "Yesterday the drones were …": a time word opening the clause is no subject
    subject = " ".join(words[lead:verb])
    if low[lead] in _EN.expletives or (subject in _FUNCTION_CAPS and low[lead] not in _PRONOUNS):
        return None  # "There is …"
    return subject, " ".join(rest)


_DEPTH_FROM = re.compile(rf"\s+(?:{_alt(_EN.span_from)})\s+(?=\S)")


#: Rule verb_tail: verbs of position and movement end a subject's clause as the tail words do
#: ("The residents, living just 2 km from …", "The frontline now runs 6 km from …", "they
#: probed several miles south from …"): never part of the subject.
_VERB_TAIL = frozenset(w for w in _EN.participles | _EN.motion_verbs if " " not in w)


#: Rule closed_relative: a relative clause with no comma before it ("The village where he
#: lives is …") and the verbs that count as its own and the main clause's.
_RESTRICTIVE_RELATIVE = re.compile(
    rf"(?<=[^\s,])\s+(?P<rel>{_alt({w for w in _RELATIVE if w.isascii()} | _EN.clause_openers)})"
    r"\s+(?P<clause>[^,;:()\[\]—–]{1,120})$",
    re.IGNORECASE,
)
_FINITE_VERBS = (
    _EN.auxiliaries
    | _EN.clause_auxiliaries
    | _EN.locative_verbs
    | _EN.motion_verbs
    | _EN.object_verbs
    | (_EN.tail_words - _EN.sentence_adverbs - {w for q in _EN.qualifiers for w in q.split()})
) - _EN.non_finite_verbs

_FINITE_AUXILIARIES = _EN.auxiliaries | _EN.clause_auxiliaries
#: Rule content_clause: a verb opening a clause of its own, then (after "that") the clause's
#: subject and verb, up to the measure with no punctuation.
_CONTENT_CLAUSE = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.content_clause_verbs)})\s+(?:that\s+)?(?=[^,;:()—–]+$)"
)
#: Rule passive_agent: an auxiliary of the passive, a participle (a verb taking an object, or
#: one in -ed) and at most a short phrase with no punctuation before "by"; and what in the
#: agent's place ends the reading (a clause, a route: "by road").
_PASSIVE_BEFORE_AGENT = re.compile(
    r"(?<![\w’'\-])(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?[“\"]?"
    rf"(?P<verb>(?:{_alt(_EN.object_verbs)})|[a-z]{{3,}}ed)(?![\w’'\-])[^,;:()“”\"]{{0,40}}[“\"]?$"
)
_PASSIVE_AGENT_BARRED = re.compile(
    rf"[,;:()]|(?<![\w’'\-])(?:{_alt(_EN.auxiliaries | _EN.clause_auxiliaries | _RELATIVE)}"
    rf"|{_alt(_LEX.route_modes)})(?![\w’'\-])",
    re.IGNORECASE,
)
_COPULAR = _EN.auxiliaries | _EN.locative_verbs | _EN.clause_auxiliaries
_RELATIVE_VERB = re.compile(r"[a-z]{2,}[^su’']s(?![\w’'\-])")


def _closed_relative(left: str) -> str | None:
    """Rule ``closed_relative``: the noun phrase a restrictive relative clause follows, when
    the clause has a verb of its own before the measure's verb ("The village where he lives is
    3 km from …", "The town where the strike took place lies 20 km from …", "The city where
    the battle was fought is …"): that phrase is the subject. None when the clause's only verb
    is the measure's ("near Toretsk where Russian troops are about 5 km from …")."""
    m = _RESTRICTIVE_RELATIVE.search(left, max(0, len(left) - 200))
    if m is None:
        return None
    words = _PHRASE_WORD.findall(m.group("clause").lower())
    if not words or words[-1] not in _FINITE_VERBS | _TAIL_WORDS:
        return None
    # predicates: runs of verbs, a new one after a verb that is no auxiliary ("lives is") or
    # after other words ("took place lies"); "are located", "has been" are one
    predicates, before = 0, None
    # "the nuclear power plant that bears the city's name is …": right after a relative pronoun
    # that is the clause's subject, a word in -s is its verb (rule closed_relative)
    bare_verb = m.group("rel").lower() in _RELATIVE and _RELATIVE_VERB.match(m.group("clause"))
    for k, w in enumerate(words):
        verb = w in _FINITE_VERBS or (w.endswith("ed") and len(w) > 4) or (k == 0 and bare_verb)
        if verb and (before is None or before not in _FINITE_AUXILIARIES):
            predicates += 1
        before = w if verb or w in _EN.non_finite_verbs else None
    if predicates < 2:
        return None
    np, _ = _np_before(left[: m.start()])
    return _drop_descriptor(np) if np else None


#: Rule participle_phrase: a plural noun (not a function word), a lower-case -ing participle,
#: and at most a short phrase of a preposition with no punctuation, ending the subject's clause.
_PARTICIPLE_REACH = 90
_PARTICIPLE_PHRASE = re.compile(
    r"(?<![\w’'\-])(?P<head>[A-Za-z][a-z’'\-]{2,}s)\s+(?P<ing>[a-z]{3,}ing)"
    rf"(?:\s+(?:{_alt(_EN.participle_prepositions)})"
    r"(?:\s+[\w’'\-]+){1,5})?\s*$"
)


def _participle_phrase(left: str) -> int | None:
    """Rule ``participle_phrase``: where an -ing participle after a plural head starts when it
    and its short phrase end ``left`` ("Russian troops advancing from the east"); None when not."""
    offset = max(0, len(left) - _PARTICIPLE_REACH)
    m = _PARTICIPLE_PHRASE.search(left, offset)
    if m is None:
        return None
    head, ing = m.group("head").lower(), m.group("ing")
    if head in _PRONOUNS | _TAIL_WORDS | _EN.not_plural_heads:
        return None
    if ing in _NP_STOP | _TIME_WORDS | _EN.not_participles:
        return None
    return m.start("ing")


_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")
_TRAILING_FOOTNOTE = re.compile(r"\s*\[\d+\]\s*$")
_TRAILING_RELATIVE = re.compile(
    r"\s*,\s*(?:with|which|who|whose|once|where|known|formerly|renamed|home\s+to)\b(?:[^,]|,\d)*,?\s*$"
)
#: Rule nested_relative: ", which lies …" right after another relative clause (", who are
#: fleeing towards Gharyan, which lies 80 km …") is that clause's, on the noun phrase ending it,
#: so only the asides that are no relative clause are passed over.
_TRAILING_ASIDE = re.compile(
    r"\s*,\s*(?:with|once|known|formerly|renamed|home\s+to)\b(?:[^,]|,\d)*,?\s*$"
)
#: Rule comparison_aside: ", roughly the size of the US state of Delaware," compares the subject
#: with another thing; the name in it is no subject.
_TRAILING_COMPARISON = re.compile(
    rf"\s*,\s*(?:(?:{_APPROX})\s+)?(?:{_alt(_EN.comparison_asides)})\s(?:[^,]|,\d)*,?\s*$",
    re.IGNORECASE,
)
_TRAILING_DESCRIBED = re.compile(r"\s*,\s*(?:a|an|another)\s+\w+\s+(?:which|that|who)\b[^,]*,?\s*$")
_TRAILING_DASHES = re.compile(r"\s*[–—]\s*[^–—]+[–—]\s*$")


def _strip_parentheticals(left: str, relatives: bool = True) -> str:
    """``left`` without the brackets, footnotes, dashes and asides that end it; with
    ``relatives`` false (the measure's own clause is a relative one) a relative clause ending
    ``left`` stays (rule ``nested_relative``)."""
    trailing = _TRAILING_RELATIVE if relatives else _TRAILING_ASIDE
    left = left.rstrip()
    for _ in range(4):
        left = left.rstrip(" ,\"“”'")
        before = left
        # each pattern is tried only where the character it needs is there (same result, and a
        # 400-character look-back is not scanned five times for nothing)
        if left.rstrip().endswith(")"):
            left = _TRAILING_BRACKET.sub("", left)
        if left.rstrip().endswith("]"):
            left = _TRAILING_FOOTNOTE.sub("", left)
        if "," in left:
            # ", with a pre-war population of …," / "– used in its … –" / ", which had …,"
            left = trailing.sub("", left)
            left = _TRAILING_COMPARISON.sub("", left)  # rule comparison_aside
            # ", a city which Ukrainian forces recently retook in October," before the verb
            if relatives:
                left = _TRAILING_DESCRIBED.sub("", left)
        if "–" in left or "—" in left:
            left = _TRAILING_DASHES.sub("", left)
        if left == before:
            break
    return left.rstrip()


_LEAD_ARTICLES = {"the", "a", "an"}


#: How much of a look-back :func:`_np_before` tokenizes first (all of it when the phrase reaches
#: further back).
_NP_TAIL = 120


def _np_before(left: str) -> tuple[str | None, str]:
    """The noun phrase that ends ``left`` and the text before it."""
    cut = left.rfind(" ", 0, len(left) - _NP_TAIL)
    if cut > 0:
        # a space ends every token before it, so the tokens after it are the last ones of all
        tail = [(w, s + cut, e + cut) for w, s, e in _tokens(left[cut:])]
        if found := _np_before_tokens(left, tail, whole=False):
            return found
    return _np_before_tokens(left, _tokens(left), whole=True)  # type: ignore[return-value]


def _np_before_tokens(
    left: str, tokens: list[tuple[str, int, int]], whole: bool
) -> tuple[str | None, str] | None:
    """:func:`_np_before` over the last ``tokens`` of ``left`` (all of them when ``whole``);
    None when they are not all of them and the phrase (or a look behind it) reaches their first
    two."""
    if not tokens or (not whole and len(tokens) < 3):
        return None if not whole else (None, left)
    out: list[tuple[str, int, int]] = []
    if tokens[-1][0].lower() in _PRONOUNS - {"which", "that"}:
        word, s, _ = tokens[-1]
        return word, left[:s]
    last_cap = (_is_cap(tokens[-1][0]) and tokens[-1][0] not in _FUNCTION_CAPS) or (
        _is_particle_name(tokens[-1][0])  # "el-Fasher", "al-Shurah"
    )
    for i, (word, s, e) in reversed(list(enumerate(tokens))):
        if i < 2 and not whole:
            return None  # the tokens before these may matter: read them all
        low = word.lower().rstrip("’'s") if word.lower().endswith(("'s", "’s")) else word.lower()
        if (
            not last_cap
            and (out or (i and tokens[i - 1][0].lower() == "of"))
            and _DIGITS_WORD.fullmatch(word)
        ):
            out.insert(0, (word, s, e))  # "a city of about 250,000 people", "28 communities"
            continue
        if not _LETTER.match(word):
            break
        if last_cap:
            if out and (
                low in _NP_STOP
                or (word in _FUNCTION_CAPS and low not in _LEAD_ARTICLES | _DEMONYMS)
            ):
                break  # "In Kupiansk, …", "Both Toretsk and …", "Russia's Belgorod, …"
            # a proper name: capitalised words (and connectors between them) only
            if _is_cap(word) or _is_particle_name(word) or (low in _CONNECTORS and out):
                out.insert(0, (word, s, e))
                continue
            if low in _DEMONYMS and out and _mentions(_words(out[-1][0]), _LEX.force_words):
                out.insert(0, (word, s, e))  # "the Ukrainian Defense Forces"
                break
            if low == "of" and out:
                out.insert(0, (word, s, e))
                continue
            break
        if low in _NP_STOP or (
            (low in _LEX.object_verbs or low in _EN.speech_verbs)  # "officials say Russian …"
            # rule determined_noun: after a determiner a verb's form is a noun ("a shell landed
            # …", "the attack …", "several strikes …")
            and not (i and tokens[i - 1][0].lower() in _EN.noun_determiners)
        ):
            break
        out.insert(0, (word, s, e))
        if low in {"the", "a", "an", "another", "some", "its", "their", "this", "these", "those"}:
            # "areas of the city": an of-phrase continues the noun phrase leftwards
            if (
                i >= 2
                and tokens[i - 1][0].lower() == "of"
                and tokens[i - 2][0].lower() in _PARTITIVE
            ):
                continue
            break
        if len(out) >= 8:
            break
    while out and out[0][0].lower() == "of":
        out.pop(0)
    if not out:
        return None, left
    start = out[0][1]
    return _clean(left[start:]), left[:start]


#: How far before a measure its subject may start, in characters. Bounding the look-back keeps
#: parsing linear in the text's length (a 30 KB run-on sentence parses in well under a second).
LOOK_BACK = 400


_NAME = r"[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]+|al|el|de))*"
_DESCRIBED_SUBJECT = re.compile(
    rf"^\s*(?P<name>(?:The\s+(?:city|town|village|settlement)\s+of\s+)?{_NAME})\s*(?:\([^()]*\)\s*)?"
    rf"(?:,\s*(?:formerly|once|also\s+known\s+as)\s+{_NAME}\s*(?:\([^()]*\)\s*)?,)?"
    r"(?:(?:,|\s[—–-])\s*(?:the\s|a\s|an\s|[A-ZА-ЯІЇЄҐ][\w’']*['’]s\s)(?:[^,;()—–]|,(?=\d))*?,\s*"
    r"(?:is|was|lies|sits|remains)(?:\s+(?:located|situated))?"
    r"|(?:,|\s[—–-])\s*(?:the\s|a\s|an\s|[A-ZА-ЯІЇЄҐ][\w’']*['’]s\s)(?:[^,;()—–]|,(?=\d))*?(?:,|\band)"
    r"|\s+(?:is|was|lies|sits)\s+(?:a|an)\s+(?:[^;()]|\([^()]*\))*,)\s*"
    r"(?:at\s+)?(?:(?:about|some|around|roughly|approximately|nearly|only|just)\s*)?$"
)


#: Rule described_apposition: "… seized El Fasher — the last big city of Darfur, 800 km from …",
#: "… reached Rafah, the southernmost city of Gaza, about 5 km from …": the measure after a
#: description in apposition to a name is a second appositive of that name; the name the
#: description's "of"/"in" phrase governs (a region, a country) is not what it places.
_APPOSED_DESCRIPTION = re.compile(
    rf"(?P<name>{_NAME})\s*(?:,|\s[—–-])\s*(?P<desc>(?:the|a|an)\s+"
    r"(?:(?!(?:which|that|who|where|and|or|but)\s)[a-z][\w’'\-]*\s+){0,5}?(?:of|in)\s+"
    r"(?:the\s+)?(?:[\w’'\-]+\s+){0,4}?[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[\w’'\-]+){0,2})\s*,\s*$"
)
_APPOSED_DESCRIPTION_REACH = 200


_CLAUSE_HEAD = re.compile(
    rf"^\s*(?P<name>It|They|This|The\s+(?:city|town|village|settlement)(?:\s+of\s+{_NAME})?|{_NAME})"
    r"\s+(?:is|was|lies|sits|are)\b"
)


#: The place a sentence opens with, as the subject of its first verb: "The city is situated …",
#: "Qayyarah, which has an air field, lies …", "The village of Novovorontsovka in Ukraine's
#: Kherson Oblast sits …" (a bracket, one relative or appositive clause and one prepositional
#: phrase may stand between the name and the verb).
_OPENING_SUBJECT = re.compile(
    rf"^\s*(?P<name>It|The\s+(?:city|town|village|settlement)(?:\s+of\s+{_NAME})?|{_NAME})"
    r"(?:\s*\([^()]*\))?"
    r"(?:\s*,\s*(?:which|who|a|an|the|once|formerly)\s[^,;()]*,)?"
    r"(?:\s+(?:in|on|near|along)\s[^,;()]{0,80}?)?"
    r"\s+(?:lies|lay|sits|stands|(?:is|was)\s+(?:located|situated|set)"
    rf"|(?:is|was)\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+)?(?:{_alt(_LEX.settlement_words)}))\b"
)


#: Rule coordinated_complement: one locative phrase of the opening verb of lying, then "and"
#: and the measure (no comma, no second coordinator, no verb of its own in between).
_COORDINATED_COMPLEMENT = re.compile(
    rf"\s+(?:{_alt(_EN.participle_prepositions)})\s(?:(?!\b(?:and|or|but|while|which|that|where)\b)"
    r"[^,;:()])*"
)


#: "Kramatorsk is one of the last large cities under Ukrainian control": a name, then a
#: predicate whose head is a settlement word (all of one clause).
_PREDICATE_TYPE = re.compile(
    rf"^\s*(?P<name>{_NAME})\s+(?:is|was|remains)\s+(?:a|an|the|one\s+of\s+the)\s+"
    rf"(?:[^,;()]*?\s)?(?i:{_alt(_LEX.settlement_words | _LEX.plural_type_words)})"
    r"(?![\w’'\-])[^,;()]*$"
)
#: "north-west of Pokrovsk, (at a distance of) about 12 km away": a direction and its reference,
#: then the measure in apposition.
_DIRECTION_THEN_MEASURE = re.compile(
    r"(?<![\w-])(?i:(?:just|due|directly|immediately|some\s+way)\s+)?(?i:to\s+the\s+)?"
    rf"(?:(?P<dir>(?i:{_alt(_DIRS_EN)}){_BY})\s+of"
    # "Omdurman, across the Nile from Khartoum, about 5 km away": a side, then the measure
    r"|across\s+(?:the\s+)?[\w’'\-]+(?:\s+[a-z][\w’'\-]*)?\s+from)"
    rf"\s+(?P<ref>{_NAME})"
    r"\s*,\s*(?:at\s+a\s+distance\s+of\s+)?$"
)
_MOTION_END = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.motion_verbs)})(?:\s+(?:further|farther|deeper))?\s*$",
    re.IGNORECASE,
)
#: "12 km from Pokrovsk, to the northwest.": the direction after the reference, closing the clause.
_THEN_DIRECTION = re.compile(
    rf"\s*,\s*to\s+the\s+(?P<dir>(?i:{_alt(_DIRS_EN)}){_BY})(?=\s*(?:[.,;:)]|$))"
)
_REDUCED_RELATIVE = re.compile(
    rf",\s*(?:{_alt(_LEX.participles)})(?:\s+(?:{_alt(_LEX.tail_words)}))*\s*$", re.IGNORECASE
)
_REDUCED_RELATIVE_ENDS = _ends_of(_LEX.participles | _LEX.tail_words)
_INVERTED_SUBJECT = re.compile(
    rf"\s*,?\s+(?:{_alt(_EN.inverted_verbs)})\s+"
    rf"(?P<name>(?:the\s+(?:city|town|village|settlement)\s+of\s+)?{_NAME}"
    # "Just 40 km from Belgorod passes the Russian-Ukrainian border": a line, named or not
    rf"|the\s+(?:{_NAME}\s+)?(?:{_alt(_EN.border_words | _EN.front_words)})(?![\w’'\-]))"
)
#: … and such a verb read into the reference's phrase ("from the town runs the border").
_INVERTED_VERB = re.compile(rf"\s(?:{_alt(_EN.inverted_verbs)})\s")
#: … and "Kuibyshevo village (6 thousand people, 5km from …)": figures listed before the measure
#: in the bracket are more facts about the same name.
_OPEN_BRACKET = re.compile(
    rf"\s*\(\s*(?:\d[^(),]{{0,40}},\s*){{0,3}}(?:(?:{_alt(_LEX.participles)})\s*)?$",
    re.IGNORECASE,
)
_OPEN_BRACKET_ENDS = _ends_of(_LEX.participles, "(", ",")
#: "…, with the huge convoy still stuck around 16 miles from Kyiv": a noun phrase of up to five
#: words after "with" (opening a clause), then only adverbs and participles before the measure.
_WITH_SUBJECT = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:and|but|now)\s+)with\s+"
    rf"(?P<np>(?:(?!(?:{_alt(_NP_STOP | _LEX.tail_words)})\b)[^\W\d][\w’'\-]*\s+){{0,4}}?"
    rf"(?!(?:{_alt(_NP_STOP | _LEX.tail_words)})\b)[^\W\d][\w’'\-]*)"
    rf"(?:\s+(?:{_alt(_LEX.tail_words | _LEX.participles | _EN.motion_verbs)}))*\s*$",
    re.IGNORECASE,
)
_NEAR_ASIDE = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?:(?:just|right|immediately|very)\s+)?(?:{_alt(_PROXIMITY)})\s+"
    r"[^,;:()]{1,60}?,?\s*$",
    re.IGNORECASE,
)
#: Rule participle_aside: ", advancing from the east,", ", badly damaged by shelling,": an
#: -ing or -ed participle (after at most an adverb in -ly) and its phrase, between commas.
_PARTICIPLE_ASIDE = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?:(?:[a-z]+ly\s+)?[a-z]{{3,}}(?:ing|ed)|(?i:{_alt(_EN.locative_prepositions)})(?=\s))"
    r"(?:\s+[^,;:()]{1,80}?)?\s*,?\s*$"
)
#: Rule located_aside: ", in western Crimea,", ", on the road to Armenia,", ", on the northern
#: edge of Gaza," — a locative phrase (lexicon ``locative_prepositions``) between commas after a name.
_IN_ASIDE_END = re.compile(
    rf"(?<=[\w’'.)])\s*,\s*(?i:{_alt(_EN.locative_prepositions)})\s+(?:(?i:the)\s+)?"
    rf"(?:(?i:{_alt(_DIR_ADJ)})\s+)?(?:[a-z]{{3,}}\s+of\s+(?:(?i:the)\s+)?)?$"
)


def _is_area(np: str) -> bool:
    """An area, not a settlement: a country, a region ("Russia's Volgograd region") or a name
    opening with a compass word ("West Darfur", "North Kivu"; rule place_in_area)."""
    words = np.split()
    if words and words[0].lower() in _LEAD_ARTICLES:
        words = words[1:]
    if len(words) > 1 and words[0].lower() in _AREA_WORDS_BEFORE:
        return True  # "eastern Ukraine", "central Gaza"
    if not words:
        return False
    return (
        _kind(np) == "region"
        or " ".join(words).lower() in _LEX.countries
        or (len(words) > 1 and words[0].lower() in _COMPASS_NAME_WORDS)
    )


def _complement_object(complement: str) -> str:
    """The object of a locative complement's last preposition ("in a basement under a school" →
    "a school"; rule opening_complement)."""
    words = complement.split()
    at = max((i for i, w in enumerate(words) if w.lower() in _EN.placing_prepositions), default=0)
    return " ".join(words[at + 1 :])


def _names_area(complement: str) -> bool:
    """Whether a locative complement ends in an area: "in eastern Chad", "in Sudan's Northern
    State", "in the Kharkiv region" (rule opening_complement)."""
    tail = [w for w in _complement_object(complement).split() if w.lower() not in _LEAD_ARTICLES]
    if tail and tail[0].endswith(("'s", "’s")):
        tail = tail[1:]  # "Sudan's": the possessor
    return bool(tail) and (
        (len(tail) > 1 and tail[0].lower() in _AREA_WORDS_BEFORE and _is_cap(tail[-1]))
        or (tail[-1].lower() in _LEX.region_words and any(map(_is_cap, tail)))
    )


def _named_head(np: str) -> bool:
    """A name ("Pokrovsk", "Nuseirat refugee camp", "the Zaporizhzhia nuclear plant"): its
    last word capitalised, or a facility's or camp's head after a capitalised word."""
    words = np.split()
    last = words[-1]
    if last[:1].isupper():
        return last not in _FUNCTION_CAPS
    return last.lower() in _AREA_FACILITY_HEADS and any(
        _is_cap(w) and w not in _FUNCTION_CAPS for w in words[:-1]
    )


_COMPASS_NAME_WORDS = frozenset(_COMPASS_WORDS) | _EN.area_adjectives
_AREA_WORDS_BEFORE = frozenset(_DIR_ADJ) | _EN.area_adjectives
_AREA_FACILITY_HEADS = _EN.facility_heads | _EN.named_place_heads
#: Rule attack_target: a verb of firing and at most three words of its object before the
#: preposition of its target.
_ATTACK_BEFORE = re.compile(
    rf"(?<![\w’'\-])(?i:{_alt(_EN.attack_at_verbs)})(?:\s+[\w’'\-]+){{0,3}}\s*$"
)
#: … and an attack noun ending the text before the target's preposition ("Houthi attack on").
_ATTACK_NOUN_END = re.compile(rf"(?<![\w’'\-])(?i:{_alt(_EN.attack_nouns)})\s*$")
_ATTACK_NOUN_ENDS = _ends_of(_EN.attack_nouns)
#: Rule place_in_area: "in" (or "in the") ending the text before an area's name.
_AREA_IN_END = re.compile(
    rf"(?<=[\w’'.)])\s+in(?:\s+the)?(?P<adj>\s+(?i:{_alt(set(_DIR_ADJ) | _EN.area_adjectives)}))?\s*$"
)
#: Rule address_relative: "in" ending the text before an area's name, with the area's possessor
#: ("in Russia's", "in the province's") …
_ADDRESS_IN_END = re.compile(
    r"(?<=[\w’'.)])\s+in(?:\s+(?:the\s+)?[\w\-]+['’]s)?(?:\s+the)?"
    rf"(?P<adj>\s+(?i:{_alt(set(_DIR_ADJ) | _EN.area_adjectives)}))?\s*$"
)
#: … and the names before the last one that a plural area word shares ("Rylsky and ").
_LISTED_NAMES_END = re.compile(
    r"(?<![\w’'\-])(?:[A-Z][\w’'\-]*\s*,\s*){0,4}[A-Z][\w’'\-]*\s+and\s+$"
)
_FURTHER_MEASURE = re.compile(rf"(?<![\w-])(?:{_alt(_EN.further_measures)})\s*$", re.IGNORECASE)
_FURTHER_MEASURE_ENDS = _ends_of(_EN.further_measures)
#: "… 30 km from Kramatorsk and Sloviansk.": a second name closing the clause shares the measure.
#: "… 30 km from Kramatorsk, Sloviansk and (from) Druzhkivka, the …": a list of names closing
#: the clause (or followed by a description in apposition) shares the measure.
_PARTNER_NAME = r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,2}"
_REFERENCE_PARTNER = re.compile(
    rf"(?P<others>(?:\s*,\s*{_PARTNER_NAME})*),?\s+(?:{_alt(_EN.span_and)})\s+"
    rf"(?:(?:{_alt(_EN.span_from)})\s+)?(?P<name>{_PARTNER_NAME})"
    r"(?=\s*(?:[.;:!?)]|,\s+(?:the|a|an)\s|$))"
)
#: Verbs that say where a thing is ("is", "lies", "located"), not what happened there.
_LOCATIVE_VERB_WORDS = frozenset(
    w
    for phrase in _EN.locative_verbs | _EN.participles | _EN.distance_verbs
    for w in phrase.split()
)
_AUX_PREDICATE = re.compile(
    rf"(?P<aux>(?<![\w’'\-])(?:{_alt(_EN.auxiliaries)})\s+(?:not\s+)?"
    rf"(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*)[a-z][\w’'\-]*\s*$"
)
#: "Russian forces are believed to be about 7 km from …", "… appear to be": where the subject is.
#: "have dug in about 10 km south of …": a participle of several words ends the subject's clause
_PHRASAL_PARTICIPLE = re.compile(
    rf"(?<![\w’'\-])(?P<first>[\w’'\-]+)\s+(?:{_alt(w.split(' ', 1)[1] for w in _EN.participles if ' ' in w)})\s*$",
    re.IGNORECASE,
)
_RAISING = re.compile(
    rf"(?<![\w’'\-])(?:(?:{_alt(_EN.auxiliaries)})\s+)?(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*"
    rf"(?:{_alt(_EN.raising_verbs)})\s+to\s+be\s*$",
    re.IGNORECASE,
)
_AUX_END = re.compile(rf"(?<![\w’'\-])(?:{_alt(_EN.auxiliaries)})\s*$", re.IGNORECASE)
_TAIL_PHRASE = re.compile(rf"\s+(?:{_alt(_LEX.tail_phrases)})\s*$", re.IGNORECASE)
_TAIL_PHRASE_ENDS = _ends_of(_LEX.tail_phrases)
_COORDINATED = re.compile(rf"(?:^|[\s,])(?:{_alt(_LEX.coordinators)})\s*$", re.IGNORECASE)


def _left(sentence: str, end: int) -> str:
    """The text before ``end``, at most :data:`LOOK_BACK` characters of it."""
    return sentence[max(0, end - LOOK_BACK) : end]


#: Patterns :func:`_subject` tries on every measure's look-back, compiled once.
_AND_END = re.compile(r"\b(?:and|or|as\s+well\s+as|,\s*also)\s*$", re.IGNORECASE)
_DASH_END = re.compile(r"(?<=[\w’'.)])\s+(?:[–—]|-(?=\s))\s*$")
_MOVED_TO_END = re.compile(
    r"\s+(advanced|moved|pushed|come|came|got|crept|edged|closed"
    rf"|{_alt(w for w in _EN.motion_verbs if w.endswith('ing'))})(?:\s+in)?\s+to\s*$"
)
_WITHIN = re.compile(r"\s*within\b", re.IGNORECASE)
_TO_END = re.compile(r"(?<=[\w)])\s+to\s*$")
_ARTICLE_END = re.compile(r"\b(?:a|an|the)\s*$", re.IGNORECASE)
_WHERE_CLAUSE = re.compile(r",\s*where\s+(?P<clause>[^,;()]+)$", re.IGNORECASE)
_OF_END = re.compile(r"([\w’'\-]+)\s+of(?:\s+the)?\s*$")
_AT_END = re.compile(r"([\w’'\-]+)\s+(?:in|at|near)\s*$")
#: "Troops from Poland", "forces loyal to Kyiv", "units of the 47th": a force and its phrase
_FROM_END = re.compile(r"\s+from\s*$")
_FORCE_SOURCE_END = re.compile(
    r"([\w’'\-]+)(?P<prep>\s+(?:from|loyal\s+to|of)(?:\s+the)?(?:\s+\d+(?:st|nd|rd|th))?\s+)$"
)
_PUNCT_END = re.compile(r"[,;:)]\s*$")
_OPEN_PUNCT_END = re.compile(r"[,;:(—–]\s*$")
_DIGIT = re.compile(r"\d")
_WORD_RUN = re.compile(r"[\w’'\-]+")
_POSSESSOR_DESCRIPTION = re.compile(r"[^\W\d_][\w\-]*['’]s(?:\s+[a-z][\w\-]*)+")
_DESCRIPTIVE_OPENING = re.compile(r"^(?:a|an|another|the|[\w\-]+['’]s)\s")
_INDEFINITE_OPENING = re.compile(r"^(?:a|an|another)\s")
_IS_END = re.compile(r"\b(?:is|was)\s*$")
#: What the end-anchored patterns above can end on (see :func:`_may_end`).
_AND_END_ENDS = _ends_of(("and", "or", "as well as", "also"))
_DASH_END_ENDS = _ends_of("–—-")
_MOVED_TO_END_ENDS = _ends_of(("to",))
_ARTICLE_END_ENDS = _ends_of(("a", "an", "the"))
_OF_END_ENDS = _ends_of(("of", "the"))
_AT_END_ENDS = _ends_of(("in", "at", "near"))
_RAISING_ENDS = _ends_of(("be",))


def _may_hold_with(text: str) -> bool:
    """Whether ``text`` may hold "with" in any case (else :data:`_WITH_SUBJECT` cannot match it):
    "İ" and "ı" are the letters other than "i"/"I" the engine takes for an "i" when ignoring case."""
    return "with" in text.lower() or "\u0130" in text or "\u0131" in text


_MEASURE_AT = re.compile(
    rf"(?<=[\w’'])\s+at(?:\s+(?:a\s+)?(?:{_alt(_EN.distance_nouns)})\s+of)?\s*$", re.IGNORECASE
)
_MEASURE_AT_ENDS = _ends_of(("at", "of"))
_QUOTED_END = re.compile(r"(?<=\s)[“\"‘'](?P<words>[a-z][a-z\s\-]{0,40}?)[”\"’']\s*$")
_QUOTE_CLOSE_ENDS = _ends_of(("”", '"', "’", "'"))
_HEADLINE_NAME = re.compile(rf"^\s*(?P<name>{_NAME})\s*:\s*(?:(?:a|an)\s+[^,;:()]{{1,60}})?$")
_PHRASAL_ENDS = _ends_of(w.split(" ", 1)[1] for w in _EN.participles if " " in w)
_PREDICATE_END = re.compile(
    r"(?:,|(?<=[\w’'.)])\s+[—–]|\b(?:is|was|are|were|remains|became)\b)\s*$", re.IGNORECASE
)


#: Rule past_verb: a word in -ed after a noun phrase's word (not after a determiner, where it is
#: an adjective: "the fortified village") is the clause's verb: "Fighting raged on …", "Shelling
#: continued in …", "Explosions rocked …".
_PAST_VERB_END = re.compile(
    r"(?<=[\w’'])\s+[a-z][a-z\-]{2,}(?<!hundr)(?<!e)ed\s*$",
)
_PAST_VERB_ENDS = _ends_of(("d",))
#: "was suspiciously approached": an adverb in -ly between an auxiliary and its verb (rule
#: past_verb)
_ADVERB_AFTER_AUX = re.compile(
    rf"(?<![\w’'\-])(?P<aux>{_alt(_EN.auxiliaries | _EN.clause_auxiliaries)})\s+[a-z]{{3,}}ly\s*$",
    re.IGNORECASE,
)
_PAST_VERB_NOT_AFTER = re.compile(
    r"(?:^|\s)(?i:the|a|an|its|their|his|her|our|this|that|these|those|and|or|of|newly)$"
)
#: "the outskirts of Synkivka", "parts of Kherson": a part of a place (lexicon partitive).
_PART_OF = re.compile(
    rf"^(?:(?i:the|a|an)\s+)?(?:[a-z][\w\-]*\s+)?(?i:{_alt(_LEX.partitive)})\s+of\s+(?P<name>.+)$"
)


def _part_of(np: str) -> str | None:
    """The place ``np`` names a part of ("the outskirts of Chasiv Yar" → "Chasiv Yar")."""
    m = _PART_OF.match(np)
    return m.group("name") if m else None


#: "The Nuclear power station Kursk": a facility's head before its name.
_FACILITY_NAMED = re.compile(
    rf"(?:\b(?i:the|a|an)\s+)?(?:[\w’'\-]+\s+){{0,2}}(?i:{_alt(_EN.facility_heads)})\s*$"
)


def _subject(sentence: str, start: int, previous: Statement | None) -> str | None:
    left = _left(sentence, start)
    if previous and _may_end(left, _AND_END_ENDS) and _AND_END.search(left):
        return previous.subject
    if (
        start <= LOOK_BACK
        and _may_end(left, _AND_END_ENDS)
        and (coordinated := _AND_END.search(left))
        and (opening := _OPENING_SUBJECT.match(left))
        and _COORDINATED_COMPLEMENT.fullmatch(left, opening.end(), coordinated.start())
        and _kind(opening.group("name")) in ("place", "pronoun", "description")
        and opening.group("name") not in _FUNCTION_CAPS - {"It"}
    ):
        # "Prymorske lies on the east bank of the reservoir and roughly 10 km north of …": the
        # measure is a second complement of the opening place's verb of lying, coordinated with
        # its first (rule coordinated_complement)
        return _drop_descriptor(opening.group("name"))
    # "The village lies at some 4 km from …", "Explosions were heard at a distance of 3 km
    # from …": "at" opens the measure phrase itself, not a place (rule measure_at)
    if _may_end(left, _MEASURE_AT_ENDS):
        left = _MEASURE_AT.sub("", left)
    # "The vessel was “suspiciously approached” 68 nautical miles off …": a quoted predicate is
    # still the clause's verb group (rule quoted_predicate)
    if _may_end(left, _QUOTE_CLOSE_ENDS):
        left = _QUOTED_END.sub(r"\g<words>", left)
    # "…, which means the troops were now just 15 km from …": the content clause has its own
    # subject, read from that clause alone (rule content_clause)
    if content := _CONTENT_CLAUSE.search(left, max(0, len(left) - 120)):
        left = left[content.end() :]
    # "A tanker was struck by a missile 50 nautical miles southwest of Aden", "a ship was "hit on
    # the stern by a small craft" 66 nautical miles …": a passive's agent is no subject; the
    # passive's own subject is what the measure places (rule passive_agent)
    if (by := left.rfind(" by ", max(0, len(left) - 80))) > 0 and (
        passive := _PASSIVE_BEFORE_AGENT.search(left, max(0, by - 80), by)
    ):
        agent = left[by + 4 :].strip(' “”"')
        if agent and not _PASSIVE_AGENT_BARRED.search(agent):
            left = left[: passive.start("verb")].rstrip(' “"')
    # "Pokrovsk: 5 km from the front line", "Huliaipole: a town 7 km from …": a headline's name
    # before its colon is in apposition with the measure, as before a comma (rule headline_name)
    if ":" in left and (headed := _HEADLINE_NAME.match(left)):
        name = headed.group("name")
        if (
            _kind(name) == "place"
            and name not in _FUNCTION_CAPS
            and name.lower() not in _EN.headline_labels
        ):
            left = left[: headed.end("name")] + ","
    # "Petropavlivka (7 km east of Kupyansk)", "Radkivka (located a few km north …)": the name
    # before the bracket
    if _may_end(left, _OPEN_BRACKET_ENDS):
        left = _OPEN_BRACKET.sub("", left)
    # "Selydove – about 20 km south of Pokrovsk – …": a measure between dashes is in
    # apposition, as after a comma
    if _may_end(left, _DASH_END_ENDS):
        left = _DASH_END.sub(", ", left)
    appositive = _last_char(left) == ","
    if _may_end(left, _FURTHER_MEASURE_ENDS):  # "Siversk lies another 20 km north": no phrase
        left = _FURTHER_MEASURE.sub("", left)
    # "Russian troops were spotted less than a mile from …": the word after an auxiliary is the
    # predicate (a participle), not the subject
    if _may_end(left, _RAISING_ENDS):
        left = _RAISING.sub(" is", left)
    phrasal = _PHRASAL_PARTICIPLE.search(left) if _may_end(left, _PHRASAL_ENDS) else None
    if phrasal and re.sub(r"\s+", " ", phrasal.group().strip().lower()) in _EN.participles:
        left = left[: phrasal.end("first")]  # "dug in" → "dug", a verb tail word
    left = _AUX_PREDICATE.sub(r"\g<aux>", left)
    # "Russian troops have advanced to within 2 km of …": the movement verb's subject
    if _may_end(left, _MOVED_TO_END_ENDS):
        left = _MOVED_TO_END.sub(r" \1", left)
    # "…, with Israeli tanks about 1500 meters away from …", "with Moscow advancing to less than
    # 20 km from …": the absolute clause's own subject
    if _may_hold_with(left) and (with_clause := _WITH_SUBJECT.search(left)):
        return with_clause.group("np")
    # "the advance of a convoy to within 17 miles of Kyiv", "brought fighters … to within 80 km
    # of …": what is brought within the distance is the noun phrase before "to"
    if _WITHIN.match(sentence[start : start + 12]):
        left = _TO_END.sub(" ", left)
    # "The chosen spot is between a small road and some woods, about 6 km from …", "A camp has
    # sprung up in Chad's Ouaddai province, about 300 km away", "The headquarters is in a
    # basement under a school, 6 km from …": a pair after "between", an area or an unnamed
    # thing closing the opening clause's complement is not what the measure places; the
    # measure is a second complement of the clause's subject (rule opening_complement)
    if appositive and start <= LOOK_BACK and (opening := _opening_complement(left)):
        last = _complement_object(opening[1])
        if last and (
            "between" in opening[1].lower().split()
            or _is_area(last)
            or _names_area(opening[1])
            or (
                _kind(last) in ("description", "non_place")
                and not _is_line(last)
                and not any(map(_is_cap, _WORD_RUN.findall(last)))
            )
        ):
            return _drop_descriptor(opening[0])
    # the clause's subject, described before the measure: "Bilohirka (…) is a village in …,
    # about 76 km …", "Kharkiv, the second largest city in Ukraine and 25 miles from …"
    if start <= LOOK_BACK and (described := _DESCRIBED_SUBJECT.match(left)):
        return _drop_descriptor(described.group("name"))
    if (
        appositive
        and (
            apposed := _APPOSED_DESCRIPTION.search(
                left, max(0, len(left) - _APPOSED_DESCRIPTION_REACH)
            )
        )
        and apposed.group("name") not in _FUNCTION_CAPS
        and _kind(apposed.group("name")) == "place"
        # "near Bakhmut, the village of Ivanivske, 10 km …": a description that names its
        # settlement is the place itself
        and not _SETTLEMENT_OF.match(apposed.group("desc"))
    ):
        return _drop_descriptor(apposed.group("name"))  # rule described_apposition
    determined = _may_end(left, _ARTICLE_END_ENDS) and bool(_ARTICLE_END.search(left))
    if determined:
        left = _ARTICLE_END.sub("", left)
    if _may_end(left, _TAIL_PHRASE_ENDS):  # "The battles took place 3-4 kilometers from …"
        left = _TAIL_PHRASE.sub("", left)
    # "camps in Tawila, located about 70 km from …": a participle after a comma opens a reduced
    # relative clause on the noun phrase right before the comma, as "which is located" does
    reduced = _may_end(left, _REDUCED_RELATIVE_ENDS) and bool(_REDUCED_RELATIVE.search(left))
    if start <= LOOK_BACK and (closed := _closed_relative(left)):
        return closed
    whole = left.rstrip()
    left, verb_removed, relative = _strip_verb_tail(whole, verbs=True)
    # "a shell exploded", "a Russian unit advanced": a finite verb, not a participle describing
    # a noun ("a village located …"); the noun phrase before it is its subject (rule past_verb)
    finite_verb = (
        verb_removed
        and not relative
        and bool(removed := _words(whole[len(left) :]))
        and not set(removed) <= _EN.participles | _EN.locative_verbs | _COPULAR
    )
    # "all villages in the Shebekino district located within …": a bare participle after the
    # noun phrase (rule address_relative reads it as a relative on the settlement before "in")
    bare_participle = bool(
        verb_removed
        and not relative
        and (removed_words := _words(whole[len(left) :]))
        and set(removed_words) <= _EN.participles
    )
    if (
        verb_removed
        and not relative
        and not reduced
        and (noun := _last_word(left))
        and noun[0].islower()
        and noun[0] not in _LEX.region_words
        # "Vuhledar is a town on a hill located …": after a copula the participle may describe
        # the predicate's noun; the phrase-skipping reading stays
        and _COPULAR.isdisjoint(_words(re.split(r"[,;:]", left)[-1]))
        and _words(whole[len(left) :])
        and set(_words(whole[len(left) :])) <= _EN.participles
    ):
        # "Civilians in the villages located within 5 km of the border", "the gardens located a
        # few meters away from Tegh": a participle right after a noun, with no auxiliary and no
        # comma, opens a reduced relative on that noun, which is what the measure places (rule
        # bare_reduced_relative)
        relative = True
    if (
        not verb_removed
        and not determined
        and _may_end(left, _PAST_VERB_ENDS)
        and (past := _PAST_VERB_END.search(left))
        and not _PAST_VERB_NOT_AFTER.search(left[: past.start()])
        and past.group().strip().lower() not in _EN.object_verbs
    ):
        # "A drone crashed 300 m from …", "the convoy stalled 40 km north of …", "Shelling
        # intensified 5 km from …": an intransitive verb in -ed right before the measure is the
        # clause's own (rule past_verb), so its subject is the noun phrase before it; a verb
        # taking an object ("entered the eastern outskirts of …") places that object instead
        left = _ADVERB_AFTER_AUX.sub(r"\g<aux>", left[: past.start()].rstrip())
        left, verb_removed = _strip_verb_tail(left)[0], True  # "was (suspiciously) approached"
        intransitive = True
    else:
        intransitive = False
    relative = relative or reduced
    # "The village is situated 48 km … of Kherson, and is 8 km …": a second predicate
    if verb_removed and _COORDINATED.search(left):
        if previous:
            return previous.subject
        # "The city is situated on the Donets River and is roughly 120 km …": the sentence's
        # subject, when the measure's verb is coordinated with the sentence's first one
        opening = _OPENING_SUBJECT.match(left) if start <= LOOK_BACK else None
        if opening and _kind(opening.group("name")) in ("place", "pronoun", "description"):
            name = opening.group("name")
            if name in _FUNCTION_CAPS and name.lower() not in _PRONOUNS:
                return None  # "There is …"
            return _drop_descriptor(name)
        if start <= LOOK_BACK and (shared := _shared_subject(left)):
            return shared
    # "near Toretsk, where Russian troops are about 5 km from …": the measure's verb is the
    # open "where" clause's, and so is its subject
    where = _WHERE_CLAUSE.search(left)
    if where and verb_removed:
        np, _ = _np_before(where.group("clause"))
        if np:
            return _drop_descriptor(np)
    closed = _last_char(left) == ","  # an aside may close right before the measure's verb
    nested = not (relative and closed)  # rule nested_relative
    left = _strip_parentheticals(left, nested)
    if not verb_removed:
        left, verb_removed, relative = _strip_verb_tail(left)
    if verb_removed:
        # "Yasynuvata, just outside Donetsk, is 5 km …": an aside of nearness between commas
        # places the name before it; the verb's subject is that name
        left = _NEAR_ASIDE.sub("", left)
        if (
            closed
            and not relative
            and (aside := _PARTICIPLE_ASIDE.search(left, max(0, len(left) - 120)))
        ):
            # "Russian troops, advancing from the east, are 5 km …", "The village, badly
            # damaged by shelling, is …": a participle's aside between commas (rule
            # participle_aside), or where the name lies ("Saky, in western Crimea, is …"; rule
            # located_aside); the verb's subject is the noun phrase before it
            left = left[: aside.start()]
    if _may_end(left, _TIME_TAIL_ENDS):
        left = _TIME_TAIL.sub("", left)
    left = _strip_parentheticals(left, nested).rstrip(" ,")
    if verb_removed and (cut := _participle_phrase(left)) is not None:
        # "Russian troops advancing from the east are 5 km …", "Ukrainian soldiers fighting near
        # Bakhmut are …": a plural head, then an -ing participle and its phrase (rule
        # participle_phrase): the head is the subject
        left = left[:cut].rstrip()
    np, before = _np_before(left)
    if np is None:
        return None
    if (
        relative
        and _PARTITIVE_RELATIVE.fullmatch(np)
        and _last_char(before) == ","
        and (antecedent := _counted_antecedent(_strip_parentheticals(before).rstrip(" ,")))
    ):
        # "Sumy's border villages, many of which lie within 10 km of …", "three positions, one
        # of which was 500 m from …": the share's "of which" stands for the noun phrase before
        # the comma (rule partitive_relative)
        np, before = antecedent  # type: ignore[assignment]
    if (first := np.split(maxsplit=1))[0].lower() in _EN.personal_pronouns and len(first) > 1:
        return first[0]  # "She came here four years ago, lives …": a pronoun takes no modifier
    # "Krynky, a village on the left bank of the Dnipro River about 30 km …": a name governed by
    # a non-place belongs to that phrase, which the prepositional step below then passes over
    governed = _OF_END.search(before) if _may_end(before, _OF_END_ENDS) else None
    forced = None if governed else _force_source(np, before)
    if (
        not forced
        and np.split()[-1].lower() in _LEX.force_words
        and (taken := _FROM_END.search(before[-12:]))
        and (obj := _taken_object(before[: len(before) - len(before[-12:]) + taken.start()]))
        and (verb := _last_word(obj[1]))
        and verb[0].lower() in _EN.object_verbs
    ):
        # "The Taliban have seized a district from Afghan government forces around 40 km from
        # Kabul", "recaptured the village from Russian troops 10 km south of …": whom a thing
        # was taken from is no subject; the thing taken is what the measure places
        np, before = obj
    elif forced:
        # "Troops from Poland were deployed 100 km …", "Forces loyal to Kyiv are 5 km …",
        # "Units of the 47th Brigade …": where the force comes from, whose it is or which it is
        # names the force; the place in that phrase is not what the measure places
        np, before = forced
    elif governed and governed.group(1).lower() in _LEX.force_words - _NONPLACE:
        # "fighters of the National Transitional Council": the force, named by whose it is
        np, before = f"{governed.group(1)} of {np}", before[: governed.start(1)]
    elif governed and governed.group(1).lower() in _NONPLACE:
        head, before_head = _np_before(before[: governed.end(1)])
        if head:
            np, before = f"{head} of {np}", before_head
    # "the Antonov airport in Hostomel, located …": a reduced relative after a facility's place
    # may describe the facility, so the phrase stays the facility's (no settlement is guessed)
    # (or a relative clause: "the Antonov airport in Hostomel, which is located …"); a facility
    # with a name of its own is named alone ("the Antonov airport")
    facility = _AT_END.search(before) if relative and _may_end(before, _AT_END_ENDS) else None
    if facility and facility.group(1).lower() in _NONPLACE:
        head, _ = _np_before(before[: facility.end(1)])
        if head and any(_is_cap(w) and w not in _FUNCTION_CAPS for w in head.split()):
            return head
        if head:
            return f"{head} in {np}"
    # "the Abu Shouk camp in North Darfur, which is 5 km north of …", "all villages in the
    # Shebekino district located within 10 km of …": an area after "in" is the address of the
    # settlement before it; a relative after the address describes that settlement, since an
    # area has no one distance (rule address_relative)
    address = before
    if (
        (relative or bare_participle)
        and np.split()[-1].lower() in _LEX.region_words
        and (listed := _LISTED_NAMES_END.search(address, max(0, len(address) - 80)))
    ):
        # "in Russia's Belgorod and Kursk regions located …": the names a plural area word
        # shares belong to the area's phrase
        address = address[: listed.start()]
    if (
        (relative or bare_participle)
        and (area_in := _ADDRESS_IN_END.search(address, max(0, len(address) - 60)))
        and (area_in.group("adj") or _is_area(np))
        and (np2 := _np_before(address[: area_in.start()].rstrip()))[0]
        and (_settlement_like(np2[0]) or _named_head(np2[0]))
        and not _strip_verb_tail(address[: area_in.start()])[1]
    ):
        np, before = np2  # type: ignore[assignment]
        head, of, counted = np.rpartition(" of ")
        if of and _settlement_like(counted) and not _settlement_like(head):
            # "the evacuation of all villages in …": the settlements are what lies there
            np, before = counted, f"{before}{head}{of}"
    # "a military airfield in Saky, in western Crimea, about 60 km …": an "in" phrase in
    # apposition to a name says where that name lies; the measure after it is the name's too
    # (rule located_aside)
    if appositive and (aside := _IN_ASIDE_END.search(before[-40:])):
        np2, before2 = _np_before(before[: len(before) - len(before[-40:]) + aside.start()])
        if np2 and _kind(np2) == "place":
            np, before = np2, before2
    # "… hit Nuseirat refugee camp in central Gaza, about 6 km north of …", "… struck Pokrovsk
    # in eastern Ukraine, about 60 km from …": the area a named place is said to lie in, right
    # before an apposed measure, is where that place lies; the measure is the place's (rule
    # place_in_area)
    if (
        appositive
        and not relative
        and (area_in := _AREA_IN_END.search(before, max(0, len(before) - 40)))
        and (area_in.group("adj") or _is_area(np))
        and not _strip_verb_tail(before[: area_in.start()])[1]
        and (np2 := _np_before(before[: area_in.start()].rstrip())[0])
        and (
            (_kind(np2) == "place" and _named_head(np2))
            # "Nuseirat refugee camp", "the Zaporizhzhia nuclear plant": a named facility
            or (_kind(np2) == "non_place" and not _is_line(np2) and _named_head(np2))
            # "Russian troops in eastern Ukraine, some 30 km from …": a force in an area
            or (_is_force(np2) and not _is_line(np2) and _kind(np) != "place")
        )
        and not _PAST_VERB_END.search(before[: area_in.start()])
    ):
        np, before = np2, _np_before(before[: area_in.start()].rstrip())[1]
    # a prepositional object is not the subject: "Pokrovske is located on the Kinburn
    # Peninsula, about 67 km …", "Orikhiv, a small town on the frontline an hour east of …"
    for _ in range(0 if relative else 3):
        pm = _LOCATIVE_TAIL.search(before) if _may_end(before, _LOCATIVE_TAIL_ENDS) else None
        near = None if pm else _NEAR_TAIL.search(before)
        pm = pm or near
        if not pm:
            break
        rest, verb2, _ = _strip_verb_tail(before[: pm.start()])
        if (
            not verb2
            and (past := _PAST_VERB_END.search(rest))
            and not _PAST_VERB_NOT_AFTER.search(rest[: past.start()])
        ):
            rest, verb2 = rest[: past.start()], True  # rule past_verb
        if near and verb2:
            break  # "…, located near the Konka River, 55 km …": the participle's, not a phrase's
        if (
            not (verb_removed or verb2)
            and appositive
            and start <= LOOK_BACK
            and (typed := _PREDICATE_TYPE.match(rest))
            and _kind(typed.group("name")) == "place"
        ):
            # "Kramatorsk is one of the last large cities … in Donetsk, about 25 km from …": the
            # "in" phrase says where the type lies; the measure after it describes the name
            return typed.group("name")
        if not (verb_removed or verb2) and _settlement_like(np):
            # "the terrorists in the small town of al-Ayadiya a few miles north of …": a
            # settlement the measure follows directly is what it places
            break
        if (
            not appositive
            and before[pm.start() :].split()[0].lower() in _EN.attack_at_prepositions
            and (
                _ATTACK_BEFORE.search(rest, max(0, len(rest) - 60))
                or (_may_end(rest, _ATTACK_NOUN_ENDS) and _ATTACK_NOUN_END.search(rest))
            )
        ):
            # "fired two missiles at a tanker 75 nautical miles west of …", "Houthi attack on
            # ship 54 nautical miles off Aden": the attack's target right before the measure is
            # what it places (rule attack_target)
            break
        if (
            verb2
            and not verb_removed
            and appositive
            and (_kind(np) == "place" or _kind(_part_of(np)) == "place")
            and _LOCATIVE_VERB_WORDS.isdisjoint(_words(before[len(rest) : pm.start()]))
        ):
            # "Russian forces advanced in Vovchansk, 5 km from the border", "a missile landed
            # in Kramatorsk, 20 km from …": after an event's verb, the measure in apposition
            # places the named place, not what moved there
            break
        np2, before2 = _np_before(_strip_parentheticals(rest).rstrip(" ,"))
        if not np2:
            break
        if (
            verb2
            and not verb_removed
            and _kind(np2) in ("place", "region")
            and any(_is_cap(w) and w not in _FUNCTION_CAPS for w in np2.split())
            and _REDUCED_RELATIVE.search(before[: pm.start()])
            and not (
                (facility2 := _AT_END.search(before2)) and facility2.group(1).lower() in _NONPLACE
            )
        ):
            # "two villages in the Al-Shura district, located along the Al-Qayyarah axis some
            # 60 km south of Mosul": a reduced relative places the name right before its comma,
            # whatever locative phrase the participle takes (as "…, located some 60 km …" does);
            # that is a reduced relative, so a region there closes the clause's address (below)
            np, before, relative = np2, before2, True
            break
        if _AUX_END.search(before2) and " " not in np2.strip():
            # "Strikes were reported on the outskirts of Kharkiv, about 30 km …": the word
            # before the locative phrase is a participle, so the phrase is what the measure places
            break
        if (
            not (verb_removed or verb2)
            and not _PUNCT_END.search(rest)
            and not _OPEN_PUNCT_END.search(before2)  # "Krynky, a village on …": apposed
            and not _settlement_like(np2)
            and not _DIGIT.search(np2)  # "every 20 minutes at a range of": no thing
            and _kind(np2) in ("description", "non_place")
            and not any(map(_is_cap, _WORD_RUN.findall(np2)))
        ):
            # "an incident in the Red Sea about 55 nautical miles …", "a gas plant in Russia's
            # Orenburg region, some 1,700 km …": an unnamed thing is placed by its locative
            # phrase, which stays part of the subject (no settlement is guessed)
            return f"{np2} {before[pm.start() :].strip()} {np}"
        np, before, verb_removed = np2, before2, verb_removed or verb2
    if forced := _force_source(np, before):  # "Soldiers from Ukraine, stationed along …"
        np, before = forced
    # "Sloviansk, Kramatorsk, Druzhkivka Donetsk Oblast, 12 km …" (rule glued_oblast): a name
    # written straight before its oblast is the subject, not the list's item before it; the
    # oblast after it names where (verify's named_oblast reads it from the sentence)
    words = np.split()
    if (
        len(words) >= 3
        and words[-1].lower() in _GLUED_REGION_WORDS
        and all(map(_is_cap, words[:-1]))
        and not any(w.endswith(("'s", "’s")) for w in words)
        and _kind(" ".join(words[:-2])) == "place"
    ):
        np = " ".join(words[:-2])
    # "Novohrodivka, Donetsk Oblast, 12 km from …": a region in apposition names where, not what
    elif np.split()[-1].lower() in _LEX.region_words and _last_char(before) == ",":
        np2, before2 = _np_before(before.rstrip(" ,"))
        if np2 and _kind(np2) == "place":
            np, before = np2, before2
    # time adverbials stand between a name and its relative clause: "Chasiv Yar every day, which …"
    if np.split()[-1].lower() in _TIME_WORDS:
        np2, before2 = _np_before(before.rstrip(" ,"))
        if np2:
            np, before = np2, before2
    # "The Zaporizhzhia nuclear power plant, Europe's largest, sits …": a possessor's
    # description in apposition describes the noun phrase before it
    if _POSSESSOR_DESCRIPTION.fullmatch(np) and _last_char(before) == ",":
        np2, before2 = _np_before(_strip_parentheticals(before).rstrip(" ,"))
        if np2:
            np, before = np2, before2
    # a description in apposition or as predicate: "Sergiivka, another frontline village",
    # "Chasiv Yar is a strategically important city", "Sderot, the Israeli town"
    lowered = np.lower()
    descriptive = (
        _DESCRIPTIVE_OPENING.match(lowered)  # "Ukraine's second city"
        and _kind(np) != "place"
        and not verb_removed
    )
    if descriptive or (
        verb_removed
        # "On Monday, a drone crashed 300 m from …": the noun phrase before an intransitive
        # verb is its subject, no predicate describing a name before it (rule past_verb)
        and not intransitive
        and not finite_verb
        and (
            _INDEFINITE_OPENING.match(lowered)
            # "Kupyansk is the second largest railway hub in the region located 40 km from …"
            or (lowered.startswith("the ") and _kind(np) != "place" and _IS_END.search(before))
        )
    ):
        prior = before.rstrip()
        pm = _PREDICATE_END.search(prior)
        if pm:
            # "captured Ocheretyne on Sunday, a village about 20 km …": the date is no name
            np2, _ = _np_before(
                _TIME_TAIL.sub("", _strip_parentheticals(prior[: pm.start()])).rstrip(" ,")
            )
            if np2 and (_kind(np2) in ("place", "pronoun") or _definite_settlement(np2)):
                np = np2  # "the town, a railway hub west of …": the place the text spoke of
        elif _INDEFINITE_OPENING.match(lowered) and not verb_removed:
            return (_clause_head(left, start) if _kind(np) == "non_place" else None) or np
    # "a tributary of the Vovcha": a name governed by a non-place is no subject
    governed = _OF_END.search(before) if _may_end(before, _OF_END_ENDS) else None
    if governed and governed.group(1).lower() in _NONPLACE:
        np = f"{governed.group(1)} of {np}"
    # "on the r. Desna", "на річці Десна": the name of a river, lake or mountain
    elif _may_end(before, _FEATURE_BEFORE_ENDS) and (feature := _FEATURE_BEFORE.search(before)):
        np = (
            f"river {np}"
            if feature.group(1).lower() not in _NONPLACE
            else f"{feature.group(1)} {np}"
        )
    # "It is … located on the high right bank of the Siverskyi Donets River, approximately
    # 115 km from …": a river, a bank or a road is where the clause's subject lies
    if (
        _kind(np) == "non_place"
        and (head := _clause_head(left, start))
        and not _CLAUSE_BREAK.search(left)
    ):
        return head
    # "Marinka is a city in Pokrovsk Raion, Donetsk Oblast, Ukraine, located 25 km west of …":
    # a region or country closing the clause's address is not what the participle places
    if (
        relative
        and (_kind(np) == "region" or np.split()[-1].lower() in _LEX.countries)
        and (head := _clause_head(left, start))
        and head != np
    ):
        return head
    # "The plant is located in southern Russia on the banks of the Don about 30 km east of …":
    # the locative phrases after a locative verb are all the verb's; a country or a region among
    # them says where its subject lies, and so does the measure (rule located_chain)
    if (
        (_kind(np) == "region" or np.split()[-1].lower() in _LEX.countries)
        and _may_scan(_LOCATED_BEFORE, left.lower())
        and (located := _LOCATED_BEFORE.search(left))
        and "," not in located.group("between")
        and not _CLAUSE_BREAK.search(left, located.start())
    ):
        opening = _PARENS.sub("", left[: located.start()]).rstrip()
        head, rest = _np_before(_AUX_END.sub("", opening).rstrip())
        if head and head != np and _kind(head) != "region":
            if (named := _FACILITY_NAMED.search(rest)) and not rest[named.end() :].strip():
                # "The Nuclear power station Kursk": a facility keeps its head (not the city)
                return f"{named.group().strip()} {head}"
            return _drop_descriptor(head)
    return _drop_descriptor(_quantity_head(np))


#: Rule partitive_relative: a share or a number, then "of" ("many of", "two of") left by a
#: relative "which" stripped after it.
_PARTITIVE_RELATIVE = re.compile(rf"(?i:{_alt(_EN.quantity_partitives | set(_SPELLED))}|\d+)\s+of")


def _counted_antecedent(text: str) -> tuple[str, str] | None:
    """Rule ``partitive_relative``: the plural noun phrase ending ``text`` that a share ("many
    of which") counts, and the text before it; a verb and its object's determiner or number
    before it end it ("The army lost three positions" → "three positions"). None when the phrase
    ends in a name ("camps around El Fasher": El Fasher is not what is counted)."""
    np, before = _np_before(text)
    if not np:
        return None
    if (prep := _last_word(before)) and prep[0].lower() in _EN.placing_prepositions | set(
        _PROXIMITY
    ):
        # "camps around El Fasher, some of which …": the counted phrase is before its
        # locative phrase
        np, before = _np_before(before[: prep[1]].rstrip())
        if not np:
            return None
    words = np.split()
    for k in range(len(words) - 2, -1, -1):
        word, nxt = words[k], words[k + 1].lower()
        if (
            word.isalpha()
            and word.islower()
            and word not in _NP_STOP
            and word not in _CONNECTORS
            and word != "of"
            and (nxt in _EN.noun_determiners | _LEAD_ARTICLES or nxt in _SPELLED or nxt.isdigit())
        ):
            cut = np.index(words[k + 1], len(" ".join(words[:k])))
            before, np = before + np[:cut], np[cut:]
            break
    head = np.split()[-1]
    if not (head.islower() and head.endswith("s")) or _kind(np) in ("place", "region"):
        return None
    return np, before


#: Rule quantity_partitive: "dozens of other communities", "part of a near-contiguous belt",
#: "a number of villages": what the quantity counts is what the measure places.
_QUANTITY_OF = re.compile(
    rf"^(?:(?i:a|an|the)\s+)?(?i:{_alt(_EN.quantity_partitives | _EN.population_partitives)})\s+of\s+"
    r"(?:(?:the|a|an|other|these|those|its|their)\s+)?(?=[^\W\d_])"
)


def _quantity_head(np: str) -> str:
    """Rule ``quantity_partitive``: ``np`` without a leading quantity or share and its "of"
    ("dozens of other communities" → "communities")."""
    m = _QUANTITY_OF.match(np)
    return np[m.end() :] if m else np


def _taken_object(left: str) -> tuple[str, str] | None:
    """The noun phrase ending ``left`` ("the town of Saraqib" whole) and the text before it."""
    np, before = _np_before(left)
    if np and (of := _OF_END.search(before)):
        head, before_head = _np_before(before[: of.end(1)])
        if head:
            return f"{head}{before[of.end(1) :]}{np}", before_head
    return (np, before) if np else None


def _force_source(np: str, before: str) -> tuple[str, str] | None:
    """``Troops from`` + ``Poland`` → ``Troops from Poland``: a force named by where it comes
    from, whose it is or which it is, with the text before it; ``None`` if ``before`` ends no
    such phrase."""
    source = _FORCE_SOURCE_END.search(before[-60:])
    if not source or source.group(1).lower() not in _LEX.force_words:
        return None
    cut = len(before) - len(before[-60:]) + source.end(1)
    head, before_head = _np_before(before[:cut])
    return f"{head or source.group(1)}{source.group('prep')}{np}", before_head


#: Rule clause_break: a dash, a semicolon or a clause opener ("when", "while") starts another
#: clause, whose thing placed the opening clause's subject is not ("But Ben-Ezra is not
#: perturbed – even after a weekend when protesters threatened to breach the border just a few
#: hundred meters away").
_CLAUSE_BREAK = re.compile(rf"\s[–—-]\s|;|(?<![\w’'\-])(?i:{_alt(_EN.clause_openers)})(?![\w’'\-])")


def _clause_head(left: str, start: int) -> str | None:
    """The place a sentence opens with ("The city of Orikhov is located on …"), for a measure
    whose nearest noun phrase is a river, a bank or a road."""
    head = _CLAUSE_HEAD.match(left) if start <= LOOK_BACK else None
    name = head.group("name") if head else ""
    if not head or (name in _FUNCTION_CAPS and name.lower() not in _PRONOUNS):  # "There was"
        return None
    return _drop_descriptor(name)


def _definite_settlement(np: str) -> bool:
    """ "the town", "The village": a settlement the text has named before, a description the
    reader resolves (an indefinite one, "a railway hub", only describes it)."""
    words = np.lower().split()
    return (
        len(words) == 2
        and words[0] == "the"
        and words[1] in _LEX.settlement_words
        and _kind(np) == "description"
    )


def _settlement_like(np: str) -> bool:
    """A named place, or a description headed by a settlement word ("settlements", "the town")."""
    kind = _kind(np)
    head = np.split()[-1].lower()
    return kind == "place" or (
        kind == "description" and (head in _LEX.settlement_words or head in _PLURAL_PLACES)
    )


def _drop_lead_verb(sentence: str, subject: str | None) -> str | None:
    """Rule ``lead_verb``: a Cyrillic subject that opens the sentence with a word that can only
    be a verb ("Обстріляли Білопілля, громаду за 8 км …", "Евакуюють Вовчанськ та Старицю, що
    …") is the name after the verb; the verb is capitalised only because it opens the
    sentence."""
    if not subject or " " not in subject or not _CYRILLIC.match(subject):
        return subject
    if not sentence.lstrip(" \"'«“„(").startswith(subject):
        return subject
    first, rest = subject.split(" ", 1)
    if not _is_cap(rest) or not _opening_verb(first, _cyrillic_language(sentence)):
        return subject
    return rest


#: "граница Украины с Румынией", "кордон із Білоруссю": a border's partner after its subject.
_SUBJECT_PARTNER = re.compile(
    rf"\s+(?:{_alt(w for w in _LEX.border_partner_words if _CYRILLIC.search(w))})\s+"
    r"[А-ЯІЇЄҐ][\w’'\-]*(?:\s+(?:областью|областю))?(?![\w’'\-])"
)


def _with_border_partner(sentence: str, subject: str | None) -> str | None:
    """Rule ``border_partner_subject``: a Ukrainian or Russian border named as the subject
    keeps the side it borders, as a reference does ("Граница Белоруссии с Украиной проходит в
    30 км от …", "находится граница Украины с Румынией", "Кордон із Білоруссю проходить за
    20 км від …")."""
    if (
        not subject
        or subject.split()[0].lower() not in _LEX.border_words
        or not _CYRILLIC.search(subject)
        or (at := sentence.find(subject)) < 0
        or sentence.find(subject, at + 1) >= 0
    ):
        return subject
    m = _SUBJECT_PARTNER.match(sentence, at + len(subject))
    return subject + m.group() if m else subject


def _make(sentence, subject, reference, relation, *, rule, qual=None, value=None,
          value_max=None, unit=None, unit_text=None, direction=None, alt=None, alt_unit=None,
          span=(0, 0), value_text=None, reference_2=None, mode=None) -> Statement:  # fmt: skip
    reference = _drop_descriptor(reference) if reference else None
    subject = _with_border_partner(sentence, _drop_lead_verb(sentence, subject))
    qualifier = " ".join(qual.lower().split()) if qual else None
    if unit in ("h", "min") and relation in ("distance_direction", "distance_only"):
        relation = "travel_time"
        mode = mode or _travel_mode(sentence, span)
    elif relation in ("distance_direction", "distance_only") and unit and mode is None:
        mode = _route_mode(sentence, span)
    return Statement(
        subject=subject,
        reference=reference,
        qualifier=qualifier,
        qualifier_meaning=_LEX.meaning(qualifier),
        rule=rule,
        mode=mode,
        value=value,
        value_max=value_max,
        unit=unit,
        direction=direction,
        relation=relation,
        alt_value=alt,
        alt_unit=alt_unit,
        span=span,
        subject_kind=_kind(subject),
        reference_kind=_kind(reference),
        reference_2=reference_2,
        value_text=value_text,
        unit_text=unit_text,
        sentence=sentence,
    )


_CYR_TYPE = {w.lower() for w in _LEX.type_words}
_ABBREVIATED = {w.lower() for w in _LEX.type_abbreviations if _CYRILLIC.search(w)}
#: Clause ends: punctuation and a spaced dash, but not the comma of a decimal ("2,5 км").
#: A demonstrative pronoun opening the clause after a dash, the measure's words between it
#: and the measure ("Херсон — это всего ", "Очаків — це лише ").
_RESUMED = re.compile(
    rf"\s[—–-]\s*(?i:{_alt(_LEX.pronouns & _LEX.demonstratives)})(?:\s+[^\W\d]+){{0,3}}\s*$"
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


def _subject_cyrillic(sentence: str, start: int, own_clause: bool = False) -> str | None:
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
        and not _contained(left[: dash.start()])  # "завод «…» в Республіці Комі — за …"
        and (name := _described_before(left[: dash.start()], bare=False))
        and _kind(name) not in ("non_place", "region", "pronoun")
    ):
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
    clauses = _CLAUSE_SPLIT.split(_PARENS.sub(" ", left))
    last = len(clauses) - 1
    relative = -1
    for i in range(last, -1 if not own_clause else last - 1, -1):
        if i == relative:
            continue
        words = [w for w, _, _ in _tokens(clauses[i]) if _LETTER.match(w)]
        if not words:
            if (
                i == last
                and i
                and _lying_subject(
                    [w for w, _, _ in _tokens(clauses[i - 1]) if _LETTER.match(w)], lang
                )
            ):
                # "Завод знаходиться в промзоні міста Шостка, за 40 км від …": the clause
                # before says where its subject lies; the measure places that subject (rule
                # lying_subject)
                continue
            if i == last and i and (name := _described_before(clauses[i - 1])):
                return name
            if i == last and i and (name := _event_locative(clauses[i - 1], lang)):
                return name
            if (
                i == last
                and i >= 2
                and _appositive_type(clauses[i - 1], lang)
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
        if i == last and not own_clause and (name := _taken_before(words, clauses[i], lang)):
            return name  # "Росіяни захопили село Уразове за 5 км на північ від …"
        if (run := _cap_run(words)) and (named := _after_agent(run, lang)) != run:
            return named  # "Подконтрольная ВСУ Авдеевка": a place, not forces
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
            if name:
                name = _agreeing_head(name, words, lang)
            if not name and i and (container := _CONTAINER_TAIL.search(clauses[i - 1])):
                # "взяли под контроль Степногорск в Запорожской области, расположенный в 2,5 км":
                # the participle describes the place, not the region it lies in
                name = _described_before(clauses[i - 1][: container.start()], bare=False)
            if not name and i and (region := _REGION_GENITIVE_TAIL.search(clauses[i - 1])):
                # "обстріляли Іванівку Донецької області, що за 12 км …": the place, not its
                # region (rule region_genitive_relative)
                name = _described_before(clauses[i - 1][: region.start()], bare=False)
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
            continue
        if (
            first in _LEX.demonstratives
            and len(words) > 1
            and (words[1].lower() in _CYR_TYPE or "NOUN" in word_classes(words[1], lang))
        ):
            return " ".join(words[:2])  # "Це село розташоване …": the noun it points with
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
                and len(words) <= typed
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
            and words[1].lower() in _CYR_TYPE
            and not (len(words) > 2 and _is_cap(words[2]))  # "Невелике село Берестове"
            and (bare := _described_before(clauses[i - 1], whole=True))
        ):
            # "Липці — велике село в 30 кілометрах …", "Ольховатка — небольшое село на берегу
            # реки Оскол, в 8 км …": the name the description by a type word is set after
            # (rule described_opening)
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
            if i == 0 and run == words[0] and _opening_verb(run, lang):
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


def _appositive_type(clause: str, lang: str) -> bool:
    """Rule ``appositive_type``: whether a clause is only a description by a settlement type
    word ("приграничное село Курской области", "второй по величине город Украины", "городе-
    спутнике ЗАЭС", "невеликому місту на Донеччині"): a few lower-case words, the type word,
    then no name of its own (only a region's, a country's or an abbreviation)."""
    words = [w for w, _, _ in _tokens(clause) if _LETTER.match(w)]
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
    words = [w for w, _, _ in _tokens(clause) if _LETTER.match(w)]
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


def _describer_agrees(describer: str, word: str, lang: str, opening: bool = False) -> bool | None:
    """Whether a participle (case, gender and number) or a relative pronoun (gender and number)
    can describe ``word``; None when the dictionary gives either word no such readings.
    ``opening``: the word opens its clause with no preposition, so it is in no locative."""
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
    if len(parts) < 2 or "NOUN" not in word_classes(parts[0].lower(), lang):
        return name
    if _describer_agrees(describer, parts[0], lang, opening=True) is not False:
        return name
    if _describer_agrees(describer, parts[-1], lang) is False:
        return name
    if (cases := word_cases(parts[-1].lower(), lang)) and "gent" not in cases:
        return name
    return " ".join(parts[1:])


def _typed_object(clause: str, words: list[str], lang: str) -> str | None:
    """Rule ``typed_object``: "Росіяни обстріляли село, розташоване за 3 км …", "нанесли удар
    по поселку, расположенному в 5 км …": a bare type word that a verb takes as its object,
    described by the participle or relative pronoun opening the next clause (``words``,
    agreeing with it), is what the measure places — an unnamed settlement, not the verb's
    subject. None when the type word has a name after it, no verb before it, or the describer
    does not agree with it."""
    before = [w for w, _, _ in _tokens(clause[-80:]) if _LETTER.match(w)]
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
    words = [w for w, _, _ in _tokens(clause) if _LETTER.match(w)]
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
    """Whether a clause ends with a finite verb ("В сообщении говорится")."""
    words = [w for w, _, _ in _tokens(clause) if _LETTER.match(w)]
    classes = word_classes(words[-1], lang) if words else frozenset()
    if words and words[-1].lower() in _LEX.predicatives:
        return True  # "Відомо, що …", "Известно, что …"
    return "VERB" in classes and not classes & _NOMINAL


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


_PARENS = re.compile(r"\([^()]*\)")
#: A compass phrase ending a text ("… “Гостомель” на півдні").
_COMPASS_TAIL_UK_RU = re.compile(rf"\s(?:{_alt(_DIR_UK_RU)})\s*$", re.IGNORECASE)
#: A dash right before a measure, or before a type word and the measure ("Часів Яр – місто за …").
#: A participle or a verb of lying may follow the type word ("Шостку — місто, розташоване за …",
#: "Шебекино — город, который находится в …" is a relative clause, read elsewhere).
_DASH_TYPE_END = re.compile(
    rf"\s[—–]\s*(?:(?:{_alt(_LEX.type_words)})"
    rf"(?:\s*,?\s+(?:{_alt(_LEX.participles | _LEX.locative_verbs)}))?\s+)?$",
    re.IGNORECASE,
)
_ADJ_ENDINGS = ("і", "ий", "ій", "ые", "ие", "ый", "ая", "ое", "их", "ых", "а")
_REGION_NAME_ENDINGS = tuple(sorted(_LEX.region_name_endings))
_PLACE_MODIFIERS = tuple(sorted(_LEX.place_modifiers))
#: A region in the genitive ending a clause: "Іванівка Бахмутського району", "Донецкой области".
_REGION_GENITIVE_TAIL = re.compile(
    rf"\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*\s+(?:{_alt(_LEX.region_words)})\s*$", re.IGNORECASE
)


_OPENING_PREPOSITIONS = frozenset(
    w
    for w in _LEX.np_stop | _LEX.near_prepositions | _LEX.locative_prepositions
    if _CYRILLIC.search(w) and " " not in w
)


def _described_before(clause: str, bare: bool = True, whole: bool = False) -> str | None:
    """The name a clause ends with, when what follows describes it.

    ``whole``: only a clause that is nothing but the name ("Часов Яр"); ``bare`` (the default):
    also a name after a settlement type word ("поблизу села Роботине"); otherwise any name
    ending the clause. A region ("Донецької області") is never the name.
    """
    words = [w for w, _, _ in _tokens(clause) if _LETTER.match(w)]
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
    if (
        bare
        and not whole
        and lead
        and " ".join(lead[-2:]).lower() not in _CYR_TYPE
        and lead[-1].lower() not in _CYR_TYPE
        and lead[-1].lower() not in _LEX.area_words  # "в районе Красногоровки, в 10 км …"
        and (  # "Бої тривають біля Часового Яру, за 10 км …" (but "находится в X, в 10 км …")
            lead[-1].lower() not in _NEAR_BY_LANGUAGE[_cyrillic_language(clause)]
            or any(w.lower() in _LEX.locative_verbs for w in lead)
        )
        # "Росіяни окупували Іванівку, за 12 км …": what was taken or struck is placed
        and lead[-1].lower() not in _LEX.object_verbs
        and " ".join(lead[-2:]).lower() not in _LEX.object_verbs
    ):
        return None
    return " ".join(tail)


def _opening_verb(word: str, lang: str) -> bool:
    """Whether a capitalised word opening a sentence is a finite verb, not a name's first word
    ("Обстріляли Херсон", "Атаковали Харьков")."""
    classes = word_classes(word, lang)
    return "VERB" in classes and not classes & _NOMINAL


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


def _lying_subject(words: list[str], lang: str) -> bool:
    """Rule ``lying_subject``: whether a clause has a settlement as its subject, then a
    predicate of lying or adjacency and a preposition after it ("Село Гутирівка примикає до
    села Уманцівка", "Деревня расположена в районе посёлка X"). A measure right after the place
    that predicate governs places the clause's subject, not that place, which says only where
    the subject is. A thing or a pronoun lying in a settlement leaves the settlement to be
    measured ("Олеський замок, розташований у селищі Олесько за 70 км …")."""
    verb = next((k for k, w in enumerate(words) if w.lower() in _LYING_VERBS), None)
    if not verb or verb >= len(words) - 2:
        return False  # "Находится в посёлке X, в 5 км …": no subject before the verb
    if verb and word_classes(words[0], lang) <= _FUNCTION_POS:
        return False  # "Зараз розташований у …", "Также находится в …": no subject before
    if not any(w.lower() in _CYR_TYPE for w in words[:verb]):
        # "Олеський замок розташований у селищі Олесько за 70 км …", "Він розташований у селі
        # Бузова …", "Завод находится в …": a thing or a pronoun lies in the settlement, which
        # is what can be measured; only a settlement named by its type ("Село Гутирівка
        # примикає до села Уманцівка, …", "Деревня примыкает к …") keeps the subject
        return False
    after = words[verb + 1 : verb + 3]
    if "ADVB" in word_classes(after[0], lang):
        after = after[1:]  # "розташований безпосередньо біля", "находится прямо в"
    return bool(after) and "PREP" in word_classes(after[0], lang)


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
    lead = [w.lower() for w in words[: len(words) - len(name.split())]]
    typed = next((k for k in (3, 2, 1) if " ".join(lead[-k:]) in _CYR_TYPE), 0)
    if typed and len(lead) >= typed:  # "село", "населений пункт", "селище міського типу"
        del lead[-typed:]
    after = _LEX.object_verbs | _NEAR_BY_LANGUAGE[lang] | _LEX.in_prepositions
    if lead and (lead[-1] in after or " ".join(lead[-2:]) in after):
        return name
    if lead and lead[-1] in _STRUCK_ON and len(lead) > 1:
        lead.pop()  # "удар по Іванівці", "атака на Іванівку"
    if lead and _object_noun(lead[-1]):
        # "заявило об освобождении села Ивановка в 20 км от …", "про захоплення Іванівки за
        # 20 км від …", "Штурм Ивановки в 20 км от …": what a noun of taking or striking
        # governs is placed, as after its verb (rule settlement_before_measure)
        return name
    return None


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
    words = [w for w, _, _ in _tokens(rest.group()) if _LETTER.match(w)][:8]
    while words and words[0].lower() in _LEX.sentence_adverbs:
        words = words[1:]  # "… досі тривають бої", "… уже идут бои"
    verb = next(
        (k for k, w in enumerate(words) if w.islower() and word_classes(w, lang) & _EVENT_VERB),
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
        if "NOUN" in classes and not classes & _VERBAL:
            out.append(word)
            break  # the head ends the phrase
        if not classes & {"ADJF", "PRTF"}:
            break
        out.append(word)
    if not out or "NOUN" not in word_classes(out[-1], lang):
        return None
    if verb and len(out) != verb:
        return None  # words before the verb that are no part of the phrase
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


_DASH_NP = re.compile(r"\s*[—–]\s*(?P<np>[^,.;:!?()—–\n]{1,60})(?=[.;!?)]|$)")


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
    """What a locative verb places: a name ("село Іванівка"), a line ("линия фронта") or one
    common noun in the nominative ("холм"); None for anything longer or unclear."""
    if name := _inverted_name(np):
        return name
    words = [w for w, _, _ in _tokens(np) if _LETTER.match(w)]
    if _is_line(np) and len(words) <= 3:
        return " ".join(words)
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


@functools.lru_cache(maxsize=16)  # asked once per Cyrillic measure: a long text is read once
def _cyrillic_language(sentence: str) -> str:
    """Rule language_cues: the letters only one language writes, else its own words and
    endings (:func:`lexicon.cyrillic_language`); Russian when nothing tells them apart."""
    return cyrillic_language(sentence) or "ru"


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
    rf"(?<![\w-])(?:{_alt(_LEX.distance_nouns)})\s+(?:{_alt(_LEX.span_to)})\s+[^.;!?:()]{{1,100}}$",
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
    rf"\s*(?:,\s*(?:{_alt(_LEX.according_to)})\s[^,]{{1,60}},)?\s*{_SPAN_ADVERBS}"
    rf"(?:(?:{_alt(_LEX.straight_line)})\s+)?"  # "до Костянтинівки по прямій близько 20 км"
    rf"(?:\(\s*(?:{_alt(_LEX.straight_line)})\s*\)\s*)?"  # "до … (по прямой) составляет 3 км"
    rf"(?P<who>(?:[^\W\d_]+\s+){{1,2}}(?=(?:{_alt(_LEX.distance_verbs)})\s))?"
    rf"(?P<verbs>(?:(?:{_alt(_LEX.distance_verbs)})\s*)*)[—–-]?\s*{_SPAN_ADVERBS}"
    r"(?P<stated>на\s+(?:відстань|відстані|расстояние|расстоянии)\s+)?",
    re.IGNORECASE,
)
#: "на расстояние", "на відстань" right before a measure's qualifier: a stated distance.
_STATED_TAIL = re.compile(r"(?<!\w)на\s+(?:відстань|відстані|расстояние|расстоянии)\s+$", re.I)
#: "До лінії фронту – 15 км", "До околиць – це до 11 км", "До фронту близько 10 км": a dash (and
#: "це"/"это"), or nothing, between a clause-opening "to" place and the measure says the
#: measure is the stretch's length.
_SPAN_DASH = re.compile(
    rf"\s*{_SPAN_ADVERBS}(?:[—–-]\s*(?:(?:{_alt(_PRONOUNS)})\s+)?{_SPAN_ADVERBS})?", re.IGNORECASE
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
#: "От райцентра — города Грайворон — до границы": a name set between dashes after a stretch's
#: end names that end (rule span_dashed_name).
_SPAN_DASHED_END = re.compile(
    rf"\s*[—–]\s*(?:(?i:{_alt(_LEX.type_words)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,3})\s*[—–]"
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
_SPAN_EN = re.compile(
    rf"\b(?:between\s+(?P<a>{_NAME})\s+and\s+(?P<b>{_SPAN_END_EN})|from\s+(?P<a2>{_NAME})\s+to\s+"
    rf"(?P<b2>{_NAME}))\s+(?:(?:{_alt(_LEX.distance_verbs)})\s+)+"
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
    rf"\s*(?:(?:{_alt(_EN.sentence_adverbs)})\s+)*(?:(?:{_alt(_EN.distance_verbs)})\s+)+"
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
    rf"\s*(?:(?:now|still|only)\s+)?(?:{_alt(_EN.separation_verbs)})\s+"
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
    rf"(?:^|(?<=[.;!?:(]))\s*(?P<dir>{_alt(_DIR_UK_RU)})(?:\s+(?P<link>від|от))?\s+(?=[А-ЯІЇЄҐЁ])",
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


def _span(
    sentence: str, start: int, lang: str, stated: bool = False
) -> tuple[str | None, str, int] | None:
    """A measure stated for a stretch rather than after it: "The distance between Idleb and
    Aleppo is 60km", "Від Суджі до Курської АЕС — близько 80 км", "Відстань до центру громади
    становить 12 км", "до города Запорожье осталось менее 100 километров".

    ``stated``: the measure itself says it is a distance ("на відстань 5 км").
    Returns (subject, reference, start of the statement) or None. Which end of a "from … to"
    stretch is the subject is the language's ``span_subject`` (the corpus annotates
    "from X to Y is" with X in English and with Y in Ukrainian and Russian).
    """
    left = _left(sentence, start)
    cut = max(left.rfind(c) for c in ".;!?:") + 1
    if cut and left[cut - 1] == ":" and lang != "en" and _SPAN_HEADING.search(left, 0, cut - 1):
        # "Расстояние до Киева: по автодорогам — 674 км", "Відстань до Харкова: 84 км": a
        # stretch named before a colon, its measures after it (rule distance_span)
        cut = max(left.rfind(c, 0, cut - 1) for c in ".;!?:") + 1
    offset = start - len(left) + cut
    clause = left[cut:]
    # "подошла к Покровску на расстояние около 6 км": the qualifier opens the measure, the
    # words of a stated distance stand before it (rule distance_span)
    stated = stated or bool(_STATED_TAIL.search(clause))
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
    for to in list((_SPAN_TO_STATED if stated else _SPAN_TO).finditer(clause))[-3:][::-1]:
        b, b_end = _line_partner_end(sentence, *_reference(sentence, offset + to.end()))
        if b and (owner := _span_owner(sentence, b, b_end)):
            b, b_end = owner  # "до полустанка Українка Придніпровської залізниці — 7 км"
        fill = _SPAN_FILL.fullmatch(sentence, b_end, start) if b and b_end <= start else None
        head = clause[: to.start()]
        # "Село межує з Росією, до кордону 2 км": a stretch opening a clause of its own
        opens = not re.search(r"\w", head.rsplit(",", 1)[-1]) or _span_opens(head)
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
                    or (_is_line(b) and not _is_line(a))
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
        if not said:
            return None
        if fill.group("who"):  # "До Покровська російським військам лишилося 8 км"
            return _force_phrase(fill.group("who").split()), b, offset + to.start()
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
            return _subject_cyrillic(sentence, offset + comma), antecedent, offset + to.start()
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
#: A second figure with its unit left unsaid, from another reference: " и в 7 — от ", " і за 5
#: від " (rule elided_unit).
_ELIDED_UNIT = re.compile(
    rf"\s*,?\s*(?:{_alt(w for w in _LEX.coordinators | _LEX.span_and if _CYRILLIC.search(w))})\s+"
    rf"(?:в|у|за)\s+(?P<num>{_NUM})\s*(?:[—–-]\s*)?(?:від|од|от)\s+",
    re.IGNORECASE,
)
#: Another "from" end after a stretch, then its figure alone: ", а від Голубівки – 4,35".
_ELIDED_FROM = re.compile(
    rf"\s*,?\s*(?:{_alt(w for w in _LEX.coordinators | _LEX.span_and if _CYRILLIC.search(w))})\s+"
    r"(?:від|од|от)\s+",
    re.IGNORECASE,
)
_SPAN_LINK = re.compile(rf"(?<![\w-])({_alt(_LEX.span_to | _LEX.span_from)})\s", re.IGNORECASE)
_ELIDED_FIGURE = re.compile(rf"\s*[—–-]\s*(?P<num>{_NUM})(?=\s*(?:[.;!?)]|$))")
#: "оттуда", "звідси" right after a measure: where it is measured from, said before.
_DEICTIC_AFTER = re.compile(rf"\s*(?P<word>(?i:{_alt(_LEX.deictic_from)}))(?![\w’'\-])")
_DEICTIC_IN = re.compile(rf"(?<![\w’'\-])(?P<word>(?i:{_alt(_LEX.deictic_from)}))(?![\w’'\-])")
#: ", а Петрівка — " between two measures: a second place whose reference is the first's.
_GAPPED = re.compile(
    rf"\s*,\s*(?:(?:{_alt(_LEX.coordinators)})\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*){0,2})\s*[—–-]\s*",
    re.IGNORECASE,
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
    if not verb or len(froms) != 1:
        return None
    reference, ref_end = _reference(sentence[:start], offset + froms[0].end())
    if not reference:
        return None
    rest = clause[: froms[0].start()] + " " + sentence[ref_end:start]
    lang = _cyrillic_language(sentence)
    words = [
        w
        for w, _, _ in _tokens(_SEPARATION.sub(" ", rest))
        if _LETTER.match(w)
        and w not in _FUNCTION_CAPS
        and not word_classes(w, lang) & (_FUNCTION_POS | {"NPRO"})  # "Сьогодні", "Нас"
    ]
    subject = _cap_run([w for w in words if _is_cap(w)][:4]) or _force_phrase(words)
    if not subject or re.search(r"[^\w\s’'\-]", subject):
        return None
    return subject, reference, offset


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
#: A type word and a name right after a reference: "… від Покровська село Удачне".
_TYPED_NAME_AFTER = re.compile(
    rf"\s+(?i:{_alt(_LEX.type_words)})\s+(?P<np>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)"
    rf"{{0,2}})"
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


def _is_force(phrase: str) -> bool:
    """Forces or their positions ("позицій ЗСУ", "российских войск")."""
    return _mentions(_words(phrase), _LEX.force_words)


def _is_line(phrase: str) -> bool:
    """A front line or a border ("кордону", "лінії фронту", "фронту")."""
    return _mentions(_words(phrase), _BORDER_OR_FRONT)


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


def _with_line_partner(sentence: str, reference: str | None, ref_end: int) -> str | None:
    """ "кордону з росією", "границы с Харьковской областью", "границы России и Украины": a
    border keeps its partner."""
    words = (reference or "").lower().split()
    if len(words) == 2 and words[0] in _LEX.border_words and words[1] in _LEX.countries:
        m = re.match(r"\s+(?:і|й|та|и|and)\s+([\w’'\-]+)", sentence[ref_end:])
        if m and m.group(1).lower() in _LEX.countries:
            return f"{reference}{m.group()}"
    if not reference or reference.lower() not in _LEX.line_words:
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


#: Characters around a measure searched for how a distance was measured ("… 605 km by road").
ROUTE_REACH = 30
_ROUTE = re.compile(rf"(?<![\w])(?:{_alt(_LEX.route_modes)})(?![\w])", re.IGNORECASE)


def _route_mode(sentence: str, span: tuple[int, int]) -> str | None:
    """``"road"``/``"rail"`` when a distance is said to run along a route, else None."""
    m = _ROUTE.search(sentence, max(0, span[0] - ROUTE_REACH), span[1] + ROUTE_REACH)
    return _LEX.route_modes[m.group().lower()] if m else None


def _travel_mode(sentence: str, span: tuple[int, int]) -> str:
    """How a travel time travels ("a 4-hour drive": road; "on foot": foot; else any)."""
    around = sentence[max(0, span[0] - 40) : span[1] + 40].lower()
    for phrase in sorted(_LEX.travel_modes, key=len, reverse=True):
        if re.search(rf"(?<![\w]){re.escape(phrase)}(?![\w])", around):
            return _LEX.travel_modes[phrase]
    return "any"


#: "километрах в двадцати от Авдеевки", "метрах в трехстах от", "кілометрів за п'ять від села":
#: the unit before the number makes the figure a rough one (rule measure_uk_ru, reordered).
_UK_RU_REORDERED = re.compile(
    rf"(?<![\w])(?P<unit>{_alt(u for u in _CYR_UNITS if len(u) > 3)})\s+(?P<prep>в|у|за)\s+"
    rf"(?P<num>{_NUM}|{_CYR_COMPOUND}|{_alt(n for n in _CYR_NUMBERS if n in _LEX.numbers)})\s+"
    rf"(?:(?P<dir>{_alt(_DIR_UK_RU)})\s+)?(?P<link>від|от)(?![\w])\s*",
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


def _uk_ru_measures(sentence: str) -> list:
    """The Cyrillic measures of a sentence in order: "за 5 км від", and the reordered rough
    ones ("километрах в двадцати от")."""
    found = list(_UK_RU.finditer(sentence))
    reordered = [_Reordered(m) for m in _UK_RU_REORDERED.finditer(sentence)]
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
    r"\s*,?\s*(?:на\s+(?:відстані|расстоянии|удалении|віддалі)\s+)?(?=\S)", re.IGNORECASE
)


#: A heading right after a reference: "… від Бахмута в північному напрямку", "… от Бахмута в
#: северном направлении" (only the phrases of heading: "на півночі" after a place is a part
#: of it).
_HEADING_AFTER = re.compile(
    rf"\s*,?\s*(?P<dir>{_alt(k for k in _DIR_UK_RU if 'напрям' in k or 'направлен' in k)})"
    r"(?![\w’'\-])",
    re.IGNORECASE,
)


def _uk_ru_qualifier(m: re.Match) -> str | None:
    """The qualifier of a Cyrillic measure; a vague number ("кілька км") is its qualifier."""
    qual, num = m.group("qual"), m.group("num")
    if m.group("odd"):
        return m.group("odd")  # "двадцать с лишним километров": at least twenty
    if num.lower() in _LEX.vague_numbers:
        return f"{qual} {num}" if qual else num
    return qual


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
    for m in _IMPLIED.finditer(left, 0, limit):
        if m.group("described"):
            names.add(m.group("described"))
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
    rf"\s*(?:(?:but|and|yet|still|now)\s*,?\s*)?(?:(?:{_alt(_LEX.participles)})\s*)?$"
    # "Working 4 km from the front, medics …": a verb in -ing opening the sentence (rule
    # fronted_participle_ing; with no comma after the reference it stays the subject:
    # "Fighting 5 km from Pokrovsk continued")
    r"|\s*[A-Z][a-z]{2,}ing\s*$",
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


def _fronted_subject(sentence: str, ref_end: int) -> str | None:
    """``Located 30 km south of Gaza, Rafah's population …`` → ``Rafah's population``."""
    m = re.match(r"\s*,\s*", sentence[ref_end:])
    if not m:
        return None
    phrase, _ = _reference(sentence, ref_end + m.end())
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
#: Per language: Russian "у Первомайского" is "near", Ukrainian "у Білорусі" is "in".
_NEAR_BY_LANGUAGE = {lang: lexicon((lang,)).near_prepositions for lang in ("uk", "ru")}
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


#: Cases in which no subject (nor a name opening one) stands: instrumental, locative, dative.
_OBLIQUE = {"ablt", "loct", "datv"}
#: Parts of speech of words that stand in a noun phrase (pymorphy3's tags).
_NOMINAL = {"NOUN", "ADJF", "PRTF", "NUMR", "NPRO"}
_VERBAL = {"VERB", "INFN", "GRND", "PRTS"}
_FUNCTION_POS = {"ADVB", "PREP", "CONJ", "PRCL", "INTJ"}
#: Nouns of action ("захоплення", "освобождение"): what they govern is what is located.
_ACTION_NOUN = ("ння", "ття", "ение", "ание", "ения", "ания")


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


_FORCE_OR_FRONT = _LEX.force_words | _LEX.front_words


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


def _common_opening(words: list[str], lang: str) -> str | None:
    """How a capitalised word opening a clause is no name: ``"function"`` for an adverb, a
    preposition or a conjunction ("Водночас", "При", "Сегодня"), ``"adjective"`` for an
    adjective before a common noun ("Геолокаційні кадри", "Боевые действия"), else None."""
    if not words or not _CYRILLIC.search(words[0]):
        return None
    classes = word_classes(words[0], lang)
    if classes and (classes <= _FUNCTION_POS or classes == {"NPRO", "CONJ"}):
        return "function"  # "Водночас", "Чим живуть …"; not "Ясеново" (also an adjective)
    cases = word_cases(words[0], lang)
    if cases and cases <= _OBLIQUE and not cases <= {"loct"}:
        # "Днем раніше …", "Вечером": a noun no subject can be; a word read only as a locative
        # is no such adverbial, for a locative never stands without its preposition: a
        # capitalised word with no other reading opening a clause is a name ("Рафах
        # расположен …", not "раф" in the locative plural; rule locative_only_name)
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
_UNIT_BRACKET = re.compile(r"\s*\((?P<unit>kilomet(?:er|re)s?|km|miles?|mi)\)")
#: "… west of Kyiv lies Bucha": a verb after a direction with no link, then the name it places.
_INVERTED_VERB_NAME = re.compile(
    rf"\s+(?:{_alt(_EN.inverted_verbs | {'are'})})\s+"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]*)*)"
)
#: A lower-case Ukrainian or Russian letter.
_CYR_LOWER = re.compile(r"[а-яіїєґ]")
#: A figure written in digits ("250,000", "28").
_DIGITS_WORD = re.compile(r"\d[\d,.]*")


def parse(sentence: str) -> list[Statement]:
    """Every distance/direction statement in ``sentence``, in order of appearance.

    Returns an empty list when there is none; never raises on text.
    """
    if not isinstance(sentence, str):
        raise StatementParseError(f"expected a sentence as text, got {type(sentence).__name__}")
    if "\u0301" in sentence and _STRESS.search(sentence):
        return _unstressed(sentence)
    if (" - " in sentence or " – " in sentence) and _SPACED_COMPOUND.search(sentence):
        return _rejoined(sentence)
    statements: list[Statement] = []
    taken = _Spans()

    low = sentence.lower()
    # a clause pairing figures with names by order (rule respectively) needs its word: looked
    # for once, not from each Cyrillic measure's clause start again (a run-on text: quadratic)
    respectively = any(word in low for word in _RESPECTIVELY_WORDS)

    def add(statement: Statement) -> None:
        statements.append(statement)
        taken.add(*statement.span)

    prev_m = None
    for m in _MEASURE.finditer(sentence) if _UNIT_HINT.search(low) else ():
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
        prev_m = m
        tail = _AFTER_MEASURE.match(sentence[m.end() :])
        if tail is None:
            continue
        unit = _UNITS[m.group("unit").lower()]
        if unit == "m" and m.group("unit") == "m" and not tail.group("link"):
            continue  # "5 m" with nothing after is too often not a distance
        if m.group("unit").lower() == "nm" and not (tail.group("link") or tail.group("dir")):
            continue  # "nm" places a thing only before a direction or a link ("57 nm west of")
        value, value_max = _value_range(m.group("num"))
        if m.group("half") and value is not None and value_max is None:
            value += 0.5  # "a mile and a half"
        if m.group("num").lower() in ("a", "an") and unit not in ("h", "mi", "km"):
            continue
        unit_ambiguous = _UNIT_BRACKET.match(sentence[m.end() :])
        if unit_ambiguous:
            tail = _AFTER_MEASURE.match(sentence[m.end() + unit_ambiguous.end() :])
            if tail is None:
                continue
        direction = tail.group("dir")
        if tail.group("abbr"):
            direction = f"{direction} ({tail.group('abbr')})"
        link = (tail.group("link") or "").lower()
        end = m.end() + (unit_ambiguous.end() if unit_ambiguous else 0) + tail.end()
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
                from .geodesy import UNIT_KM

                if (
                    unit in UNIT_KM
                    and first_unit in UNIT_KM
                    and value * UNIT_KM[unit] > first_low * UNIT_KM[first_unit]
                ):
                    value_max = round(value * UNIT_KM[unit] / UNIT_KM[first_unit], 6)
                    value, unit, lead = first_low, first_unit, ranged
        qual = lead.group("qual")
        if m.group("orso"):
            qual = f"{qual} or so" if qual else "or so"
        if value is None and lead.group("num").lower() in _VAGUE:
            qual = f"{qual} {lead.group('num')}" if qual else lead.group("num")
        reference, ref_end, rule, start = (None, end, "measure", lead.start())
        if link and link != "away" and link not in _EN.away_links:
            reference, ref_end = _reference(sentence, end)
            if link in _EN.depth_links and (depth := _DEPTH_FROM.match(sentence, ref_end)):
                # "10 km inside Syrian territory from the demilitarized zone": the area is where
                # the depth runs, the "from" phrase what it is measured from (rule depth_from)
                reference, ref_end = _reference(sentence, depth.end())
                rule = "depth_from"
            if reference and _RESPECTIVELY.match(sentence, end, min(len(sentence), ref_end + 20)):
                # "Kharkiv and Zolochiv, 30 km and 50 km from the border respectively": which
                # figure goes with which name is read from an order this rule does not follow;
                # no statement rather than a wrong pairing (rule respectively)
                continue
        subject = _subject(sentence, lead.start(), statements[-1] if statements else None)
        if (
            tail.group("drive")
            and link == "from"
            and reference
            and (onward := _JOURNEY_TO.match(sentence, ref_end))
            and (destination := _reference(sentence, onward.end()))[0]
        ):
            # "the 1,000-kilometre journey from Khartoum to the Egyptian border": the stretch's
            # two ends, not what makes the journey (rule journey_span)
            subject, (reference, ref_end), rule = reference, destination, "journey_span"
        opening = _left(sentence, lead.start()) if lead.start() < LOOK_BACK else "…"
        if _FRONTED.match(opening):  # "But, living just a few hundred metres from Gaza, they …"
            fronted = _fronted_subject(sentence, ref_end)
            if fronted == "":
                subject, rule = None, "fronted_subordinate"
            else:
                subject = fronted or subject
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
                    lead.start() - len(opening) + bracket.start("dir"),
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
            subject is None
            and reference
            and not opening.strip()
            and (after := _INVERTED_SUBJECT.match(sentence, ref_end))
        ):
            # "Some 15 km east of Pokrovsk lies the town of Myrnohrad": a measure opening the
            # sentence, then the verb, then what it places
            subject, ref_end = _drop_descriptor(after.group("name")), after.end()
        elif (
            link == "away"
            and reference is None
            and _AWAY_ASIDE_OPEN.search(sentence, max(0, lead.start() - 60), lead.start())
            and (obj := _AWAY_OBJECT.match(sentence, ref_end))
            and obj.group("name").split()[0] not in _FUNCTION_CAPS
            and _kind(obj.group("name")) in ("place", "non_place")  # "the Indonesian Hospital"
        ):
            # "The Russian military, positioned about six kilometers away, shells Orikhiv"
            reference, rule = obj.group("name"), "away_object"
        elif (
            link == "away" or (direction and not link and tail.group("dirpre") != "further")
        ) and (implied := _implied_reference(sentence, lead.start(), subject)):
            # "The situation in Pokrovsk … : Russian troops are about a kilometer away"
            reference, rule = implied, "implied_reference"
        if (
            reference is None
            and direction
            and statements
            and _FURTHER_MEASURE.search(_left(sentence, lead.start()))
            and _kind(subject) == "place"
            and _kind(statements[-1].subject) == "place"
            and statements[-1].subject != subject
            and statements[-1].span[1] <= lead.start()
        ):
            # "from Sake, which lies 20 km west of Goma, to Minova, a further 15 km south": the
            # measure goes on from the place the one before placed
            reference, rule = statements[-1].subject, "further_measure"
        split = (
            _DIRECTION_THEN_MEASURE.search(_left(sentence, lead.start()))
            if not direction and link in ("", "away") and rule in ("measure", "implied_reference")
            else None
        )
        if split and _MOTION_END.search(_left(sentence, lead.start())[: split.start()]):
            split = None  # "advanced west of Pokrovsk, 3 km away": where they went, not are
        if split:
            # "The village lies north-west of Pokrovsk, about 12 km away": one statement told in
            # two parts, the direction's reference and subject are the measure's
            start = lead.start() - len(_left(sentence, lead.start())) + split.start()
            direction, reference, rule = split.group("dir"), split.group("ref"), "direction_measure"
            subject = _subject(sentence, start, statements[-1] if statements else None)
        elif (
            not direction
            and link == "from"
            and reference
            and (after_dir := _THEN_DIRECTION.match(sentence, ref_end))
        ):
            # "The village lies 12 km from Pokrovsk, to the northwest."
            direction, ref_end = after_dir.group("dir"), after_dir.end("dir")
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
        if re.search(
            r"\bmoved\s+(?:away\s+from|closer\s+to)\s+\S+(?:\s+\S+)?\s+by\s*$",
            _left(sentence, lead.start()),
        ):
            mv = re.search(
                r"^(?P<subj>.*?)\s+(?:has|have|had)?\s*moved\s+(?P<how>away\s+from|closer\s+to)\s+(?P<ref>.+?)\s+by\s*$",
                _left(sentence, lead.start()),
            )
            if mv:
                np, _ = _np_before(_strip_parentheticals(mv.group("subj")))
                subject, reference, direction = np, mv.group("ref"), "moved " + mv.group("how")
                relation = "distance_only"
        elif (
            not link
            and not direction
            and unit not in ("h", "min")  # "strikes 20 minutes apart": a time between events
            and (pair := _apart(sentence, lead.start(), end))
        ):
            # "Mariupol and Berdiansk are about 80 km apart": the two named before, one from
            # the other
            subject, reference, start, ref_end = pair
            rule = "distance_apart"
        elif not link and not direction and (sep := _separates_en(sentence, lead.start(), end)):
            subject, reference, start, ref_end = sep
            rule = "separation"
        elif (
            not link
            and not direction
            and (span := _span(sentence, lead.start(), "en"))
            and (span[2] >= (statements[-1].span[1] if statements else 0))
        ):
            # "The distance between Idleb and Aleppo is 60km": the stretch is the statement
            subject, reference, start = span
            rule = "distance_span"
        elif not link and not direction and not re.match(r"\s*away\b", sentence[m.end() :]):
            # "between the stations of Fenolnaya about 7 km on the … line and Magdalinovka about
            # 1 km …": a name right before a bare measure is what the distance is measured to
            named = re.search(
                r"(?P<and>\band\s+)?(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]*)\s*$",
                _left(sentence, lead.start()),
            )
            if (
                not named
                or not _is_cap(named.group("name"))
                or named.group("name") in _FUNCTION_CAPS
            ):
                continue
            reference = named.group("name")
            if named.group("and") and statements:
                subject = statements[-1].subject
            else:
                clause = re.search(
                    r"\b(\w+)\s+(?:is|are|lies|lie|sits)\b[^.]*$", _left(sentence, lead.start())
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
                else (_UNITS.get(unit_ambiguous.group("unit").lower()) if unit_ambiguous else None),
                span=(start, ref_end),
                value_text=lead.group("num"),
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

    def free(pos: int) -> bool:
        return pos not in taken

    cyrillic = bool(_CYRILLIC.search(sentence))
    compass = any(word in low for word in _COMPASS_WORDS)
    cyrillic_units = cyrillic and _CYR_UNIT_HINT.search(sentence)
    for m in _uk_ru_measures(sentence) if cyrillic_units else ():
        if not free(m.start()):
            continue
        link = (m.group("link") or "").lower()
        removed = None
        if m.group("prep") == "на" and link not in ("від", "от", "из"):
            removed = _removed(sentence, m.start())
            if removed is None and not (
                (m.group("dir") or "").lower().endswith(("ше", "ее"))
                and _LOCATED_CLAUSE.search(_left(sentence, m.start()))
            ):
                # "наблизилися до нього на 15 км": by how much it moved, not how far; but
                # "расположена на 10 км южнее Бахмута" places it (a located comparative)
                continue
        direction = _DIR_UK_RU.get((m.group("dir") or "").lower())
        comparative = (m.group("dir") or "").lower().endswith(("ше", "ее"))
        rule, subject, reference, ref_end, span_start = (
            "measure_uk_ru",
            None,
            None,
            m.end(),
            m.start(),
        )
        inverted = None if link or removed else _INVERTED_UK_RU.match(sentence, m.end())
        fronted_side = (
            None if link or removed or direction else _fronted_direction(sentence, m.start())
        )
        if fronted_side and not inverted and sentence.startswith(",", m.end()):
            # "К западу от Дерняков, на расстоянии около 800 м, находится деревня …"
            inverted = _INVERTED_UK_RU.match(sentence, m.end() + 1)
        if inverted and _ROUTE.match(inverted.group("np")):
            inverted = None  # "117 км — по железной дороге": how it is measured, not a place
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
            if subject and (fronted := _fronted_reference(sentence, m.start())):
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
            deictic = None if link else _DEICTIC_AFTER.match(sentence, m.end())
            placed = _AFTER_REF_SUBJECT.match(sentence, deictic.end()) if deictic else None
            deictic_subject = _placed_name(placed.group("np")) if placed else None
            if deictic_subject:
                # "В километре оттуда находится холм", "За 5 км звідси розташоване село X": the
                # pointer is the reference, unresolved; what the verb places is the subject
                # (rule deictic_reference)
                reference, ref_end = deictic.group("word"), placed.end()
            elif link or comparative:
                reference, ref_end = _reference(sentence, m.end())
                if (
                    reference
                ):  # "от подконтрольного ВСУ Константиновки": the place, not who holds it
                    reference = _after_agent(reference, _cyrillic_language(sentence))
            if direction is None:
                adj = _UK_RU_ADJ.match(sentence[m.end() :])
                if adj:
                    direction = _DIR_UK_RU[adj.group("dir").lower()]
                    reference, ref_end = _reference(sentence, m.end() + adj.end())
            if reference is None:
                stated = (m.group("prep") or "").lower().startswith("на ")  # "на відстань 5 км"
                span = _span(sentence, m.start(), _cyrillic_language(sentence), stated)
                if span is None and (
                    statements
                    and statements[-1].rule == "distance_span"
                    and _SPAN_ELLIPSIS.fullmatch(sentence, statements[-1].span[1], m.start())
                    and _elliptical(
                        sentence[statements[-1].span[1] : m.start()], _cyrillic_language(sentence)
                    )
                ):
                    # "от села Межевая до фронта было 20 километров, в августе - уже 14": a
                    # second measure of the same stretch, its places left out
                    span = (statements[-1].subject, statements[-1].reference, m.start())
                if (
                    span is None
                    and statements
                    and statements[-1].reference
                    and _RESTATED.fullmatch(sentence, statements[-1].span[1], m.start())
                ):
                    # "за 24 км від Ясинуватої автошляхами, відстань напряму складає 10 км": the
                    # distance noun with no ends of its own restates the stretch before
                    span = (statements[-1].subject, statements[-1].reference, m.start())
                if span is None and (separated := _separated(sentence, m.start())):
                    span, rule = separated, "separation_uk_ru"
                if span is None and (after := _separated_after(sentence, m.start(), m.end())):
                    *span, ref_end = after
                    rule = "separation_uk_ru"
                near = _NEAR_THEN_DASH.search(sentence, max(0, m.start() - 120), m.start())
                near_ref = _reference(sentence, near.end()) if near and span is None else None
                if (
                    near_ref
                    and near_ref[0]
                    and re.fullmatch(r"\s*(?:[—–-]|,)\s*", sentence[near_ref[1] : m.start()])
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
                    and _MEASURE_CLOSES.match(sentence, m.end())
                    and (
                        close := _NEAR_PREDICATE_END.search(
                            sentence, max(0, m.start() - 40), m.start()
                        )
                    )
                    and (subject := _subject_cyrillic(sentence, close.start(), own_clause=True))
                    and (_is_line(subject) or _is_force(subject))
                ):
                    # "Фронт зовсім поруч — за 7 кілометрів", "Передовая совсем рядом, менее чем
                    # за 1,5 км": how near the front or the enemy is, from here, left unsaid;
                    # not a thing or an event ("Ракета впала неподалік — за 200 метрів")
                    span, rule = (subject, None, close.start()), "near_predicate"
                gapped = (
                    _GAPPED.fullmatch(sentence, statements[-1].span[1], m.start())
                    if span is None and statements and statements[-1].reference
                    else None
                )
                if gapped and gapped.group("name") not in _FUNCTION_CAPS:
                    # "Іванівка за 12 км від Покровська, а Петрівка — за 20 км": the second
                    # place is measured from the same reference, left unsaid
                    subject, reference = gapped.group("name"), statements[-1].reference
                    rule, span_start = "gapped_reference", gapped.start("name")
                elif span is None and (apart := _apart(sentence, m.start(), m.end(), True)):
                    # "Кам'янка та Ізюм розташовані на відстані 20 км одне від одного", "Каменка
                    # и Изюм находятся в 20 км друг от друга" (rule distance_apart)
                    subject, reference, span_start, ref_end = apart
                    rule = "distance_apart"
                elif span is None and (
                    station := _NEAREST_STATION.search(_left(sentence, m.start())[-160:])
                ):
                    # "Ближайшая станция — Водяная (3,5 км)": the stop is the subject, its
                    # reference the place the text is about, left unsaid (rule nearest_station)
                    subject, rule = station.group("name"), "nearest_station"
                    span_start = (
                        m.start() - len(_left(sentence, m.start())[-160:]) + station.start()
                    )
                elif span is None and (
                    unnamed := _NEAREST_UNNAMED.search(_left(sentence, m.start())[-160:])
                ):
                    reference, rule = unnamed.group("np"), "nearest_station"
                    span_start = (
                        m.start() - len(_left(sentence, m.start())[-160:]) + unnamed.start()
                    )
                elif span is None:
                    continue
                else:
                    subject, reference, span_start = span
                    if rule not in ("near_then_measure", "separation_uk_ru", "near_predicate"):
                        rule = "distance_span"
                    if (
                        subject is None
                        and reference
                        and (here := _DEICTIC_IN.search(sentence, span_start, m.start()))
                    ):
                        # "до лінії розмежування звідси 10 км": measured from here, unresolved
                        subject = here.group("word")
            elif m.group("zone"):
                subject, rule = m.group("zone"), "zone_uk_ru"  # "у 30-кілометровій зоні від …"
            else:
                relative = (
                    _relative_measure(
                        sentence, m.start(), sentence.index(reference, m.end()) + len(word)
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
                elif prenominal := _prenominal_subject(sentence, m.start(), reference, ref_end):
                    subject, reference, ref_end = prenominal
                    rule = "prenominal_participle"
                elif (
                    _PERSONAL_REFERENCE.fullmatch(reference or "")
                    and (typed := _TYPED_NAME_AFTER.match(sentence, ref_end))
                    and _participle_before(sentence, m.start())
                ):
                    # "влучила в розташоване за 5 км від нього село Липці": a participle before
                    # the measure, a pronoun its reference, then the noun it describes
                    subject, ref_end = typed.group("np"), typed.end()
                    rule = "prenominal_participle"
                else:
                    subject = _subject_cyrillic(sentence, removed[1] if removed else m.start())
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
                    _FRONTED_NEAR.fullmatch(sentence, 0, m.start())
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
                after = _AFTER_REF_SUBJECT.match(sentence, ref_end) if subject is None else None
                if subject is None and not after and _FRONTED_PARTICIPLE.match(sentence):
                    # "Розташоване за 12 км від Покровська село Удачне зазнало ударів": the
                    # participle opening the sentence describes the place named after the
                    # reference (rule fronted_participle)
                    after = _TYPED_NAME_AFTER.match(sentence, ref_end)
                if after:  # "в 12 км к югу от Каховки, была сооружена Каховская ГЭС"
                    subject, ref_end = _inverted_name(after.group("np")), after.end()
                    if partner := _inverted_partner(after.group("np"), subject):
                        more_subjects = [(partner, after.end())]
                elif subject is None and not re.search(r"\w", sentence[: m.start()]):
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
        river = (
            None if direction else _RIVER_SIDE.search(sentence, max(0, m.start() - 40), m.start())
        )
        if river:
            # upstream or downstream of the place the sentence is about ("Село Капранське
            # розташоване на … річки Мерла, вище за течією на відстані 2 км …"): not a compass
            # direction, so only the distance is checked
            direction, span_start = river.group("side").lower(), river.start()
            first = _CLAUSE_SPLIT.search(sentence)
            if reference is None and first and first.start() < river.start():
                reference = _subject_cyrillic(sentence, first.start(), own_clause=True)
        elif (
            rule == "inverted_uk_ru"
            and reference is None
            and statements
            and statements[-1].rule == "inverted_uk_ru"
            and statements[-1].reference
            and statements[-1].span[1] <= m.start()
        ):
            # "вище за течією на відстані 2 км розташоване село Касянівка, …, на відстані 2 км
            # розташовані села Довгеньке, …": an enumeration of neighbours shares its origin
            reference = statements[-1].reference
        if respectively and _RESPECTIVELY.match(
            sentence, max(sentence.rfind(c, 0, m.start()) for c in ".;!?") + 1
        ):
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
        if reference:  # "від городів Марганець і Нікополь": both
            references += _list_partners(sentence, reference, ref_end)
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
        for subj, ref, end in [(subject, *r) for r in references] + [
            (name, reference, ref_end) for name, _ in more_subjects
        ]:
            add(
                _make(
                    sentence,
                    subj,
                    _with_line_partner(sentence, ref, end) if ref else None,
                    "distance_direction" if direction and not river else "distance_only",
                    rule=rule,
                    qual=_uk_ru_qualifier(m),
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
        elided = (
            _ELIDED_UNIT.match(sentence, statements[-1].span[1])
            if link in ("від", "от") and statements and statements[-1].span[1] >= m.end()
            else None
        )
        other = (
            _ELIDED_FROM.match(sentence, statements[-1].span[1])
            if rule == "distance_span" and statements and statements[-1].span[1] >= m.end()
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
            second, second_max = _value_range(figure.group("num"))
            add(
                _make(
                    sentence,
                    near[0],
                    to_end,
                    "distance_only",
                    rule="elided_unit",
                    value=second,
                    value_max=second_max,
                    unit=_UNITS.get(m.group("unit").lower(), "km"),
                    unit_text=m.group("unit"),
                    span=(other.start(), figure.end()),
                    value_text=figure.group("num"),
                )
            )
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

    def located(pattern: re.Pattern, rule: str) -> None:
        for m in pattern.finditer(sentence) if compass and _may_scan(pattern, low) else ():
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
        for m in pattern.finditer(sentence) if _may_scan(pattern, low) else ():
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

    for m in _DIRECTION_UK_RU.finditer(sentence) if cyrillic else ():
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

    for m in (
        _POSSESSIVE_DIR.finditer(sentence) if compass and _may_scan(_POSSESSIVE_DIR, low) else ()
    ):
        if free(m.start()):
            subject = _subject(sentence, m.start(), statements[-1] if statements else None)
            add(
                _make(
                    sentence,
                    subject,
                    m.group("ref"),
                    "direction_only",
                    rule="possessive_direction",
                    direction=m.group("dir").lower(),
                    span=(m.start(), m.end()),
                )
            )

    for m in _PROXIMITY_RE.finditer(sentence) if _may_scan(_PROXIMITY_RE, low) else ():
        if not free(m.start()):
            continue
        reference, ref_end = _reference(sentence, m.end())
        if not reference or _kind(reference) not in ("place", "non_place"):
            continue
        subject = _subject(sentence, m.start(), statements[-1] if statements else None)
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
        if measured is not None:
            # "struck a car 15 km from Kherson near Bilozerka": the place a measure is taken
            # from is no subject of the "near" right after it; that phrase places what the
            # measure places (rule proximity_after_measure)
            subject = measured.subject
        add(
            _make(
                sentence,
                subject,
                reference,
                "proximity",
                rule="proximity" if measured is None else "proximity_after_measure",
                direction=m.group("prox").lower(),
                span=(m.start(), ref_end),
            )
        )

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

    statements.sort(key=lambda s: s.span)
    return [_facility_apposed(_as_line(st)) for st in _share_subjects(sentence, statements)]


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


def _words(phrase: str | None) -> list[str]:
    return [w.lower() for w in _PHRASE_WORD.findall(phrase or "")]


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


#: "Progres and Yevgenivka, villages just a few kilometres from Vovche": a plural description
#: after a list names the list.
_PLURAL_PLACES = {"villages", "towns", "cities", "settlements", "hamlets"}


_COORD = rf"(?:{_alt(_LEX.coordinators)})\s+"
_CONTINUATION = re.compile(
    rf"\s*(?:,\s*(?:{_COORD})?|{_COORD})(?:(?:{_alt(_TAIL_WORDS)})\s+)*$", re.IGNORECASE
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


def _share_subjects(sentence: str, statements: list[Statement]) -> list[Statement]:
    """Coordinated statements share a subject; "X and Y -- both south of Z" is two statements."""
    out: list[Statement] = []
    raw: Statement | None = None  # the statement before, as the parser made it
    for st in statements:
        left = _left(sentence, st.span[0])
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
            and out[-1].rule != "nearest_station"
            and out[-1].span[1] <= st.span[0]
            and _CONTINUATION.match(sentence, out[-1].span[1], st.span[0])
            and not (st.subject and st.subject in sentence[st.span[0] : st.span[1]])
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
        if st.subject and not plural and _CYR_LOWER.search(left):
            # "Чим живуть Куп’янськ і Вовчанськ за кілька кілометрів від …": a list right
            # before the measure, its first name read as the subject (rule list_before_measure)
            plural = _CYR_LIST_BEFORE.search(left)
        if plural:
            names = [
                _LEAD_FUNCTION_CAP.sub("", n)  # "Both Toretsk and Chasiv Yar lie …"
                for n in re.split(_SPLIT_NAMES, plural.group("names").strip())
                if n
            ]
            names = [_LEAD_TYPE.sub("", n) for n in names]  # "Села Іванівка та Петрівка"
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
_SPLIT_NAMES = rf"\s*,\s*|\s+(?:{_alt(_LEX.span_and)})\s+"
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
    rf"(?:{_alt(lexicon(('uk', 'ru')).span_and)})\s+{_CAP_NAME})\s*$"
)


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
