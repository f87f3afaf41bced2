"""A report's text: unwrapping hard-wrapped lines, sentences, paragraphs, and the language of a
report and of a sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from gazetteer.names import key

from ..lexicon import LANGUAGES, cyrillic_language, own_letters_language, unmixed
from .vocabulary import (
    _ABBREVIATIONS,
    _BULLET_MARK,
    _CYRILLIC,
    _NEIGHBOUR_AFTER,
    _NEIGHBOUR_BEFORE,
    _REGION_LIST_END,
    _REGION_NAMES,
    _SPLIT,
    _TYPE_ABBREVIATIONS,
    claim_words,
)

_LINE_END = re.compile(r"[.!?…:;][\"”’»)]*\s*$")


_BULLET = re.compile(rf"\s*{_BULLET_MARK}")


#: A line this long (relative to the text's longest line) that ends without punctuation was
#: wrapped by an editor or ``fold``; shorter ones are headlines, datelines or list lines.
WRAPPED_LINE_SHARE = 0.6


WRAP_SLACK = 4


def unwrap(text: str) -> str:
    """Join hard-wrapped lines: a line break inside a sentence becomes a space (same offsets).

    A text counts as wrapped when many of its long lines end within a few characters of the
    longest (a width); a text of paragraphs, one per line, is left as it is.

    A break stays when the line ends a sentence (punctuation, unless the next line goes on in
    lower case), is short (a headline, a
    Telegram-style line, a dateline: under :data:`WRAPPED_LINE_SHARE` of the longest line), the
    next line is a list item, the next line's first word would have fitted on this line (so the
    break was typed, not wrapped), the line is in Title Case (a headline), or a blank line
    follows (a paragraph).
    """
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = max(len(line) for line in lines)
    long = [n for n in map(len, lines) if n >= width / 2]
    near = sum(n >= width - 12 for n in long)
    if width < 30 or near < max(3, 0.3 * len(long)):
        return text  # lines are paragraphs, not wrapped at a width
    chars = list(text)
    pos = 0
    for i, line in enumerate(lines[:-1]):
        pos += len(line)
        nxt = lines[i + 1]
        body = line.rstrip()
        first = _WORD.match(nxt.lstrip())
        if (
            body
            and first
            and len(body) >= WRAPPED_LINE_SHARE * width
            # the next word did not fit (with slack for byte-counting wrappers such as fold)
            and len(body) + 1 + len(first.group()) > width - WRAP_SLACK
            and (not _LINE_END.search(body) or not nxt.lstrip()[:1].isupper())
            and not _BULLET.match(nxt)
            and not (_title_case(body) and not _title_case(nxt))  # a headline's last line
        ):
            chars[pos] = " "
        pos += 1
    return "".join(chars)


def _region_listed(sent: str, start: int, end: int) -> bool:
    """Rule ``settlement_list``: whether a region's Cyrillic name listed at ``start:end``
    stands in a list of regions — beside another region's name, or in a list ending on a
    region word (English lists keep the older reading: a listed name is the region)."""
    after = _NEIGHBOUR_AFTER.match(sent, end)
    before = _NEIGHBOUR_BEFORE.search(sent, max(0, start - 40), start)
    return bool(
        (after and key(after.group(1)) in _REGION_NAMES)
        or (before and key(before.group(1)) in _REGION_NAMES)
        or _REGION_LIST_END.match(sent, end)
    )


def _title_case(line: str) -> bool:
    """Whether a line is in title case: at least 3 words of 4 letters or more, 80 % of them
    capitalised."""
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


#: A bulleted line that holds only a settlement's name ("- Вовчанськ;", "• с. Глибоке,", "2)
#: Тарасовка"), its type word or a short qualifier allowed (rule ``bulleted_names``).
_NAME_ITEM = r"""{before}(?:(?:с|смт|м|сщ|н\.[ \t]?п|пгт|г|п|пос)\.?[ \t]+)?
    [A-ZА-ЯІЇЄҐЁ][^\W\d_]*(?:['’ʼ-][^\W\d_]+)*(?:[ \t]+[A-ZА-ЯІЇЄҐЁ][^\W\d_]*(?:['’ʼ-][^\W\d_]+)*){{0,2}}
    (?:[ \t]+[^\W\d_]+[ \t]+(?:област[іиь]|район[ау]|громади))?
    [ \t]*(?:\([^()\n]{{0,40}}\))?[ \t]*"""


@lru_cache(maxsize=1)
def _name_item() -> re.Pattern:
    """The pattern of a bulleted line of a list (see :func:`_list_goes_on`): a bare name, or
    a name after one of the lexicon's ``list_item_before`` locators ("- біля Щербинівки;")."""
    before = "|".join(claim_words().list_item_before)
    before = rf"(?:(?i:{before})[ \t]+)?" if before else ""
    item = _NAME_ITEM.format(before=before).replace("\n    ", "")
    # a bullet and the name, or (rule list_lines) the name alone ending with its list's comma
    return re.compile(rf"[ \t]*(?:{_BULLET_MARK}[ \t]*{item}[;,.]?|{item}[;,.])[ \t]*(?=\n|$)")


def _list_goes_on(text: str, chunk: str, at: int, listing: bool) -> bool:
    """Rule ``bulleted_names``: a line ending with a colon ("ворог атакував у районах
    населених пунктів:", "освобождены населенные пункты:") and the bulleted lines of bare
    names right after it are one sentence, the names its list; the line at ``at`` is such a
    line, and ``chunk`` (the sentence so far) ends with the colon or with such a line
    (``listing``). A name alone on its line (no bullet: rule ``list_lines``) goes on a list
    whose last line did not end with a full stop."""
    end = chunk.rstrip()[-1:]
    if not (end == ":" or listing) or _name_item().match(text, at) is None:
        return False
    return end != "." or _BULLET.match(text, at) is not None


#: A numbered list item's number at the start of its line ("\n2.").
_NUMBERED = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.$")


def sentences(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, sentence)`` for every sentence (hard-wrapped lines joined first)."""
    text = unwrap(unmixed(text).replace("\r\n", " \n").replace("\r", "\n"))
    out = []
    pos = 0
    listing = False
    for m in _SPLIT.finditer(text):
        if (
            "\n" in m.group()
            and not m.group(1)
            and _list_goes_on(text, text[pos : m.start()], m.end(), listing)
        ):
            listing = True
            continue  # rule bulleted_names: the next line is a bare name of the list above
        if "\n" in m.group():
            listing = False
        if not m.group(1) and "\n" not in m.group() and text[m.start() - 2 : m.start()] == " ?":
            continue  # "Глибоке ? Липці": a dash lost to a "?" between spaces ends no sentence
        if not m.group(1) and _NUMBERED.search(text, max(0, m.start() - 4), m.start()):
            continue  # rule bulleted_names: "\n2. Antonivka": a numbered item, no sentence end
        if not m.group(1) and "\n" not in m.group() and text[m.start() - 1 : m.start()] == ".":
            head = text[max(pos, m.start() - 12) : m.start() - 1].rsplit(None, 1)
            # "(с. Черкаська Лозова)": an opening bracket or quote is no part of the word
            word = head[-1].lower().lstrip("([«\"“„'") if head else ""
        else:
            word = ""
        if (
            # a one-letter one ("r. Desna", "р.") not after a number ("у 2024 р.")
            (word in _ABBREVIATIONS and not (len(word) == 1 and head[0][-1:].isdigit()))
            or (len(word) == 1 and word.isalpha() and head[-1].isupper())
            # "с. Бударки", but not "в 2024 г." (a unit after a number may end a sentence)
            or (f"{word}." in _TYPE_ABBREVIATIONS and not head[0][-1:].isdigit())
        ):
            continue  # "Feb. 11", "U.S. President", initials ("А. В. Захарченко"), "с. Бударки"
        end = m.start() + len(m.group(1) or "")  # a closing quote stays with its sentence
        chunk = text[pos:end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            out.append((pos + lead, end, chunk.strip()))
        pos = m.end()
    if text[pos:].strip():
        chunk = text[pos:]
        out.append((pos + len(chunk) - len(chunk.lstrip()), len(text), chunk.strip()))
    return out


def report_language(text: str) -> str:
    """``"uk"`` or ``"ru"``: the Cyrillic language the text is written in, by evidence (its
    own letters, else its own words and endings: :func:`lexicon.cyrillic_language`); ``"en"``
    for a text without Cyrillic; ``""`` when the evidence is even (rule ``language_cues``)."""
    if not _CYRILLIC.search(text):
        return "en"
    lang = cyrillic_language(text)
    if lang:
        return lang
    if len(text.split()) > UKRAINIAN_WITHOUT_I:
        return "ru"  # a Ukrainian text of several words without і, ї, є or ґ is very rare
    return ""


#: Words a Ukrainian text may run to without one of its own letters (і, ї, є, ґ).
UKRAINIAN_WITHOUT_I = 6


def sentence_languages(sent: str, report: str = "en") -> tuple[str, ...]:
    """The lexicons a sentence is read with: English, plus its Cyrillic language: the one
    whose own letters it writes, else the report's, else the one its own words and endings
    tell; both when nothing tells them apart (rule ``language_cues``: a short line of names
    and shared words is read with both rather than a guess)."""
    if not _CYRILLIC.search(sent):
        return ("en",)
    lang = own_letters_language(sent) or (report if report in ("uk", "ru") else None)
    lang = lang or cyrillic_language(sent)
    return ("en", lang) if lang else LANGUAGES


def _paragraphs(text: str, sents) -> list[int]:
    """The paragraph of each sentence: a line break between two sentences opens a new one
    (hard-wrapped lines joined first, as :func:`sentences` joins them)."""
    text = unwrap(unmixed(text).replace("\r\n", " \n").replace("\r", "\n"))
    out, n = [], 0
    for i, (start, _, _) in enumerate(sents):
        if i and "\n" in text[sents[i - 1][1] : start]:
            n += 1
        out.append(n)
    return out


#: A place of a route ("Шебекіне (рф)", "Русин Яр") and the dash that leads to the next.
_ROUTE_NAME = r"[A-ZА-ЯІЇЄҐЁ][\w’'-]+(?:\s+[A-ZА-ЯІЇЄҐЁ][\w’'-]+)?(?:\s*\([^()]{1,20}\))?"


#: "Глибоке ? Липці": a dash lost to a "?" between spaces; a hyphen with no space before it
#: joins a compound name ("у напрямку Куп'янська-Вузлового"), never a route
_ROUTE_PAIR = re.compile(
    rf"({_ROUTE_NAME})(?:\s*[–—]|\s+-|\s+\?)\s*{_ROUTE_NAME}(?:\s*,\s*|\s+(?:та|і|й|и|а також)\s+|(?=\W|$))"
)


_WORD = re.compile(r"[\w’'-]*")
