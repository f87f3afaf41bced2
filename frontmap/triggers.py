"""Which lexicon patterns a text can match, told cheaply before the patterns are tried.

A lexicon's pattern is scanned only where its text holds one of the words every match needs
(:func:`trigger`, read from the pattern's own text): :class:`Triggered` picks, per sentence, the
entries of a list of patterns that may match; :func:`may_hold` and :func:`may_hold_between` skip
a scan of a sentence or of a window of it. Shared by the claim extractor and the checks that
read its region anchors (:mod:`frontmap.anchors`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .statements.vocabulary import _alt

__all__ = ["Triggered", "literal_trie", "may_hold", "may_hold_between", "trigger"]


def literal_trie(words) -> str:
    """A regex group matching any of the literal ``words``, the longest one where several start
    at a position: the statement parser's prefix tree (:func:`frontmap.statements.vocabulary._alt`, a few
    tries per position instead of one per word); never matches when ``words`` is empty."""
    alternation = _alt(words)
    return f"(?:{alternation})" if alternation else r"(?!x)x"


def trigger(pattern: str, shortest: int = 3) -> frozenset[str] | None:
    """Words (lower case) one of which every match of ``pattern`` contains, or None when the
    pattern has no such words simple to tell: such a pattern is scanned in every sentence.

    Read from the pattern's text: a branch of an alternation needs its longest run of literal
    letters, or else the words one of which a required group needs; an optional part ("x?",
    "(?:...)?", "*", "{0,n}") and lookarounds need nothing. Words shorter than ``shortest``
    tell too little to skip a sentence ("to" is in most); a window of a few words is another
    matter (:func:`may_hold_between`).
    """
    branches = [_branch_trigger(b, shortest) for b in _split_top(pattern, "|")]
    if not branches or any(b is None for b in branches):
        return None
    return frozenset().union(*branches)


def _top_chars(pattern: str, i: int = 0):
    """``(index, character, group depth after it)`` of each character of ``pattern`` from
    ``i`` that is neither escaped nor inside a character class."""
    depth = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = _class_end(pattern, i)
            continue
        depth += (c == "(") - (c == ")")
        yield i, c, depth
        i += 1


def _split_top(pattern: str, sep: str) -> list[str]:
    """``pattern`` split at ``sep`` outside groups, classes and escapes."""
    parts, last = [], 0
    for i, c, depth in _top_chars(pattern):
        if c == sep and depth == 0:
            parts.append(pattern[last:i])
            last = i + 1
    return [*parts, pattern[last:]]


def _class_end(pattern: str, i: int) -> int:
    """The index after the character class opening at ``i``."""
    j = i + 1 + (pattern[i + 1 : i + 2] == "^")
    j += pattern[j : j + 1] == "]"  # "[]...]": a first "]" is a member
    while j < len(pattern) and pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _group_end(pattern: str, i: int) -> int:
    """The index of the ")" closing the group opening at ``i``."""
    return next((j for j, _, depth in _top_chars(pattern, i) if depth == 0), len(pattern))


_QUANTIFIER = re.compile(r"[?*+]|\{(\d*)(?:,\d*)?\}")


_GROUP_HEAD = re.compile(r"\((?:\?(?:P<\w+>|:|[aiLmsux-]+:))?")


def _branch_trigger(branch: str, shortest: int = 3) -> frozenset[str] | None:
    runs: list[str] = []
    # runs of literal letters and spaces ("as of"): what a branch with no word of ``shortest``
    # letters needs (a literal space in the pattern is one in every match)
    phrases: list[str] = []
    groups: list[frozenset[str]] = []
    run, phrase, i = "", "", 0
    while i < len(branch):
        c = branch[i]
        if c == "(":
            end = _group_end(branch, i)
            head = _GROUP_HEAD.match(branch, i)
            q = _QUANTIFIER.match(branch, end + 1)
            optional = q is not None and (q[0] in "?*" or q[1] in ("", "0"))
            special = branch[i + 1 : i + 2] == "?" and head.end() == i + 1  # lookaround, (?P=x)
            body = None if special else branch[head.end() : end]
            if body is not None and not optional and (inner := trigger(body, shortest)):
                groups.append(inner)
            runs.append(run)
            phrases.append(phrase)
            run, phrase, i = "", "", end + 1 + (q.end() - q.start() if q else 0)
            continue
        if c == "[":
            end, atom = _class_end(branch, i), None
        elif c == "\\":
            nxt = branch[i + 1 : i + 2]
            end, atom = i + 2, (None if nxt.isalnum() else nxt)
        else:
            end, atom = i + 1, (None if c in ".^$" else c)
        q = _QUANTIFIER.match(branch, end)
        optional = q is not None and (q[0] in "?*" or q[1] in ("", "0"))
        if atom is not None and (atom.isalpha() or atom == " ") and not optional:
            if atom == " ":
                runs.append(run)
                run = ""
            else:
                run += atom.lower()
            phrase += atom.lower()
            if q:  # "s+", "{2}": the letter is there, the run stops after it
                runs.append(run)
                phrases.append(phrase)
                run, phrase = "", ""
        else:
            runs.append(run)
            phrases.append(phrase)
            run, phrase = "", ""
        i = end + (q.end() - q.start() if q else 0)
    runs.append(run)
    phrases.append(phrase)
    # the most telling: the candidate whose shortest word is longest ("the (?:military|army)"
    # needs "military" or "army" rather than "the")
    usable = [g for g in [*(frozenset({r}) for r in runs), *groups] if min(map(len, g)) >= shortest]
    if not usable:
        # no word long enough: a phrase of short words ("as of") may be ("a few" may not)
        usable = [frozenset({p}) for p in map(str.strip, phrases) if " " in p and len(p) > 4]
    return max(usable, key=lambda g: min(map(len, g))) if usable else None


class Triggered:
    """Patterns with the words (:func:`trigger`) one of which a sentence must hold for them
    to match, so that a sentence is scanned only with the patterns it can match."""

    def __init__(self, entries: tuple) -> None:
        self.entries = entries
        self.triggers = [trigger(e[0].pattern) for e in entries]
        words = sorted(set().union(*(t for t in self.triggers if t)), key=len, reverse=True)
        # at each position the longest trigger word there; the shorter words inside it are
        # there too
        self._scan = re.compile(f"(?=({literal_trie(words)}))") if words else None
        self._inside = {w: frozenset(v for v in words if v in w) for w in words}

    def present(self, sent: str) -> list[tuple]:
        """The entries whose patterns may match ``sent``, in lexicon order."""
        if self._scan is None:
            return list(self.entries)
        found = {m.group(1) for m in self._scan.finditer(sent.lower())}
        words = frozenset().union(*(self._inside[w] for w in found))
        return [
            e for e, t in zip(self.entries, self.triggers, strict=True) if t is None or t & words
        ]


#: Both caches are keyed by the pattern's text, not the compiled pattern: hashing a compiled
#: pattern hashes its whole program (microseconds for a lexicon's), the text's hash is kept.
@lru_cache(maxsize=256)
def _needs_in(source: str) -> frozenset[str] | None:
    """The words one of which every match of the pattern ``source`` holds (:func:`trigger`)."""
    return trigger(source)


@lru_cache(maxsize=256)
def _needs_between(source: str) -> frozenset[str] | None:
    """The words, two letters long or more, one of which every match of ``source`` holds."""
    return trigger(source, shortest=2)


def may_hold_between(pattern: re.Pattern, sent: str, lo: int, hi: int) -> bool:
    """Whether ``pattern.search(sent, lo, hi)`` can match: False when ``sent[lo:hi]`` lacks
    every word a match needs (a match lies inside the window; lookarounds need nothing), so a
    lexicon's long alternation is not tried at every position of a window before each action.
    """
    words = _needs_between(pattern.pattern)
    if words is None:
        return True
    low = sent[max(0, lo) : hi].lower()
    return any(w in low for w in words)


def may_hold(pattern: re.Pattern, sent: str) -> bool:
    """Whether ``pattern`` can match in ``sent`` (or in a part of it): False only when the
    sentence lacks every word the pattern needs, so the scan is skipped (once per sentence)."""
    return _may_hold_in(pattern.pattern, sent)


@lru_cache(maxsize=16384)
def _may_hold_in(source: str, sent: str) -> bool:
    """:func:`may_hold` of a pattern's text (cached per pattern and sentence)."""
    words = _needs_in(source)
    if words is None:
        return True
    low = sent.lower()
    return any(w in low for w in words)


#: The compiled patterns :func:`search_between` has seen, by their text (its cache is keyed by
#: the text, whose hash is kept, not by the compiled pattern, whose hash is not).
_BY_SOURCE: dict[str, re.Pattern] = {}


@lru_cache(maxsize=1024)
def _first_from(source: str, sent: str, lo: int) -> re.Match | None:
    """The first match of the pattern ``source`` in ``sent`` at or after ``lo``."""
    return _BY_SOURCE[source].search(sent, max(0, lo))


def search_between(pattern: re.Pattern, sent: str, lo: int, hi: int) -> re.Match | None:
    """A match of ``pattern`` inside ``sent[lo:hi]`` (``pattern.search(sent, lo, hi)``) for
    many windows that share their start: an action and each place of a list after it.

    The first match at or after ``lo`` in the whole text is found once per pattern, text and
    start, and answers every window: inside it when it ends by ``hi``, none when it starts at
    or after ``hi``; a match across ``hi`` is searched again in the window itself. So a list of
    n places after one action costs n look-ups, not n scans of up to n places (quadratic). A
    match that needs the window's end to stand for a word's end (a look-ahead at ``hi``) is
    not found: the windows here end where a place's name begins.
    """
    if not may_hold(pattern, sent):
        return None
    _BY_SOURCE.setdefault(pattern.pattern, pattern)
    first = _first_from(pattern.pattern, sent, lo)
    if first is None or first.start() >= hi:
        return None
    if first.end() <= hi:
        return first
    return pattern.search(sent, max(0, lo), hi)
