"""Numbers as written: digits, spelled numbers, ranges and "and a half"."""

from __future__ import annotations

import functools
import re

from .vocabulary import _LEX, _MULTIPLIERS, _NUM, _NUM_SPACED, _SPELLED, _alt

_AND_A_HALF = re.compile(rf"(.+?)\s+(?:and\s+a\s+half|{_alt(_LEX.and_a_half)})")


@functools.lru_cache(maxsize=4096)
def _number(text: str) -> float | None:
    t = text.strip().lower()
    if t.endswith("½") and len(t) > 1:
        whole = _number(t[:-1])  # "2½" (rule fraction_half)
        return None if whole is None else whole + 0.5
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
    head, _, last = t.rpartition(" ")
    if head and last in _MULTIPLIERS and (times := _number(head)) is not None:
        return times * _LEX.numbers[last]  # "two hundred", "1.5 thousand"
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
