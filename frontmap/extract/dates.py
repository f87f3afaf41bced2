"""When: the publication date read from a report, datelines, and each claim's date (weekdays,
"yesterday", explicit dates in three languages) with its precision."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from contextlib import suppress
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache

from ..lexicon import lexicon
from ..triggers import may_hold, may_hold_between
from .mentions import _CY_DATE, _DIGIT, _EN_DATE, _OPENING, WEEK_DAYS
from .model import Claim
from .text import _BULLET
from .vocabulary import ClaimWords, claim_words
from .voices import _ASIDE_END, _actions, _claimants_in, _speaks

#: How far before a date the article or possessive of an attributive date may start (rule
#: ``date_attributive``).
ATTRIBUTIVE_REACH = 30


@lru_cache(maxsize=4096)
def _dates(sent: str, published: Date) -> tuple[tuple[int, Date, str], ...]:
    """Absolute dates in a sentence: ``(offset, date, precision)`` (en/uk/ru month names).

    A span of days (rule ``date_range``: "з 8 по 14 лютого", "8–14 февраля") is dated by its
    last day, with week precision (month beyond :data:`WEEK_DAYS` days); a night ("8-9
    August", "в ночь на 12 февраля") is the day it ends on. Read once per sentence and
    publication date (a claim's sentence is asked for its dates several times); a sentence
    without a digit has none.
    """
    w = claim_words()
    out = [
        (m.start(), day, "day")
        for m in (w.ordinal_date.finditer(sent) if may_hold(w.ordinal_date, sent) else ())
        if (day := _ordinal_day(m, published, w)) is not None
    ]  # rule ordinal_date: "Первого февраля"
    if not _DIGIT.search(sent):
        return tuple(out)
    months = w.months
    spans = []
    for m in w.date_range.finditer(sent):
        month = months.get(m[4].lower())
        first_month = months.get(m[2].lower()) if m[2] else month
        if month is None or first_month is None:
            continue
        y = int(m[5]) if m[5] else _assumed_year(month, int(m[3]), published)
        try:
            last = Date(y, month, int(m[3]))
            first = Date(y - (first_month > month), first_month, int(m[1]))
        except ValueError:
            continue
        days = (last - first).days
        if days < 0:
            continue
        out.append(
            (m.start(), last, "day" if days <= 1 else "week" if days <= WEEK_DAYS else "month")
        )
        spans.append((m.start(), m.end()))
    for m in list(_EN_DATE.finditer(sent)) + list(_CY_DATE.finditer(sent)):
        groups = m.groups()
        if m.re is _EN_DATE:
            name, day, year = (
                (groups[0], groups[1], groups[2])
                if groups[0]
                else (groups[4], groups[3], groups[5])
            )
        else:
            day, name, year = groups
        month = months.get(name.lower())
        if month is None or any(a <= m.start() < b for a, b in spans):
            continue
        if w.date_attributive_after.match(sent, m.end()) and w.date_attributive_before.search(
            sent, max(0, m.start() - ATTRIBUTIVE_REACH), m.start()
        ):
            continue  # rule date_attributive: "the September 30 annexation" dates no claim
        y = int(year) if year else _assumed_year(month, int(day), published)
        precision = "day"
        if first_day := _FIRST_DAY.search(m[0]):
            # "8–14 февраля", "June 9-10", "8-14 August": dated by the last day, a span of
            # more than a night with week precision (rule date_range)
            span = int(day) - int(first_day[1])
            precision = "day" if span <= 1 else "week" if span <= WEEK_DAYS else "month"
        try:
            found = Date(y, month, int(day))
        except ValueError:
            continue
        if (
            not year
            and (wd := _weekday_apposed(sent, m.start(), m.end(), w)) is not None
            and found.weekday() != wd
        ):
            # rule weekday_date: "on Monday, May 22", "в понедельник 3 марта", "17 лютого, у
            # суботу": the weekday names the same day, so the year is one in which that day
            # falls on it — a year the sentence names ("… in May 2023, and on Monday, May 22"),
            # else, for a day long past, the latest such year; a recent day that disagrees
            # (a slip, "on Friday, June 7") keeps the assumed year
            named = sorted({int(y[0]) for y in _YEAR_WORD.finditer(sent)}, reverse=True)
            agree = [d for y in named if (d := _year_back(found, found.year - y)).weekday() == wd]
            if agree and agree[0] <= published:
                found = agree[0]
            elif (published - found).days > BACKGROUND_DAYS:
                found = next(
                    (
                        d
                        for k in range(WEEKDAY_YEARS)
                        if (d := _year_back(found, k)).weekday() == wd
                    ),
                    found,
                )
        out.append((m.start(), found, precision))
    for m in _NUMERIC_DATE.finditer(sent):  # rule numeric_date: "04.03.2025"
        try:
            out.append((m.start(), Date(int(m[3]), int(m[2]), int(m[1])), "day"))
        except ValueError:
            continue
    for m in _FIGURE_DATE.finditer(sent):
        # rule figure_date: "on 14.02", "on 14.02.25", "on 2025-02-14", "on 02/14/2025" — see
        # _FIGURE_DATE for how a slashed day is read
        found = _figure_day(m, published)
        if found is not None:
            out.append((m.start(), found, "day"))
    for m in (*_SHORT_DATE.finditer(sent), *_SHORT_DATE_LINE.finditer(sent)):
        # rule numeric_date_short: "11.02 ВСУ обстреляли …" — a yearless day.month, read only
        # where no clock time or decimal can stand (see _SHORT_DATE) and when the day falls
        # within SHORT_DATE_DAYS before publication; else it dates nothing
        try:
            day, month = int(m[1]), int(m[2])
            found = Date(_assumed_year(month, day, published), month, day)
        except ValueError:
            continue
        if 0 <= (published - found).days <= SHORT_DATE_DAYS:
            out.append((m.start(), found, "day"))
    return tuple(sorted(out, key=lambda d: d[0]))


_YEAR_WORD = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: How many years back a yearless day next to a weekday is read for the year they agree in
#: (rule ``weekday_date``).
WEEKDAY_YEARS = 8


#: What stands between a weekday and the day-month beside it ("Monday, May 22", "суботу, 17
#: лютого", "17 лютого, у суботу", "May 22 (Monday)").
_WEEKDAY_GAP = re.compile(r"[\s,(]*(?:(?:on|у|в|во)\s+)?")


_ASIDE_CLOSE = re.compile(r"\s*[,)]")


_WEEKDAY_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[\s,]*$")


def _weekday_apposed(sent: str, start: int, end: int, w: ClaimWords) -> int | None:
    """Rule ``weekday_date``: the weekday (0 = Monday) said right beside a day-month, naming
    the same day ("on Monday, May 22", "в понедельник 3 марта", "17 лютого, у суботу"), or
    None."""
    before = _WEEKDAY_BEFORE.search(sent, max(0, start - 16), start)
    if before is not None and (wd := w.weekdays.get(before[1].lower())) is not None:
        return wd
    gap = _WEEKDAY_GAP.match(sent, end)
    after = _WEEKDAY_WORD.match(sent, gap.end()) if gap else None
    # after the date, only a weekday closed as an aside ("17 лютого, у суботу, …", "May 22
    # (Monday)"): "Окупанти, що захопили X 17 лютого, в понеділок штурмували Y" dates two acts
    if after is not None and gap.end() > end and _ASIDE_CLOSE.match(sent, after.end()):
        return w.weekdays.get(after[0].lower())
    return None


def _year_back(day: Date, years: int) -> Date:
    """``day`` ``years`` years earlier (29 February goes to the 28th)."""
    try:
        return day.replace(year=day.year - years)
    except ValueError:
        return day.replace(year=day.year - years, day=28)


def _ordinal_day(m: re.Match, published: Date, w: ClaimWords) -> Date | None:
    """The day an ``ordinal_date`` match names, in the year before publication's when its
    month is later than publication's (as for a day in figures)."""
    month = w.months.get(m["month"].lower())
    if month is None:
        return None
    day = w.day_ordinals[" ".join(m["day"].lower().split())]
    y = int(m["year"]) if m["year"] else _assumed_year(month, day, published)
    with suppress(ValueError):
        return Date(y, month, day)
    return None


#: An outlet named by its web address ("Накануне.RU", "Lenta.ru", "Газета.Ru"): its words are
#: no day words (rule outlet_domain: "сообщили Накануне.RU" had dated every claim the day before).
_DOMAIN_NAME = re.compile(r"(?<![\w.])[\w-]+\.(?:ru|ua|by|kz|com|net|org|info|рф)\b", re.IGNORECASE)


#: The dot and the domain every match of :data:`_DOMAIN_NAME` ends with: found by its dot (the
#: engine skips to each), where the whole pattern is tried at every position.
_DOMAIN_END = re.compile(r"\.(?:ru|ua|by|kz|com|net|org|info|рф)\b", re.IGNORECASE)


def _lowered(sent: str) -> str:
    """The sentence in lower case with outlet web names blanked (same length, same offsets)."""
    low = sent.lower()
    if "." not in low or not _DOMAIN_END.search(low):
        return low
    return _DOMAIN_NAME.sub(lambda m: " " * len(m[0]), low)


def _assumed_year(month: int, day: int, published: Date) -> int:
    """The year of a day written without one: publication's, or the year before when the day
    would fall after publication (rule assumed_year: "Росіяни захопили Дачне 20 червня" in a
    report of 12 June is last June's — a report tells what happened, not what will; one day
    of slack for a report stamped in another time zone)."""
    with suppress(ValueError):
        if Date(published.year, month, day) > published + timedelta(days=1):
            return published.year - 1
        return published.year
    return published.year - (1 if month > published.month else 0)


#: A day written in figures with its year, day first ("04.03.2025", "4.03.2025"; rule
#: ``numeric_date``), as Ukrainian and Russian bulletins stamp their reports.
_NUMERIC_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d]|\.\d)")


#: A yearless "11.02" (rule ``numeric_date_short``): a two-digit month, not after a word that
#: makes it a clock time ("в 10.05", "о 10.05", "около 10.05") or one end of a span ("с 10.02
#: по 14.02": not read), not followed by a digit, a unit or a fraction word ("11.02 км").
_SHORT_DATE = re.compile(
    r"(?<![\d.,:])(?<!\b[ВвОоУуСсЗз] )(?<!\b[вс]о )(?<!\bоб )(?<!около )(?<!близько )"
    r"(?<!примерно )(?<!\b[оп]т )(?<!\bпо )(?<!\bдо )(?<!\bвід )(?<!\bіз )(?<!\bзі )"
    r"(\d{1,2})\.(\d{2})(?![\d.,:])(?=\s+(?!(?:км|м|кг|т|тыс|тис|млн|млрд|грн|руб|долл|%|"
    r"процент|відсот|часов|годин|минут|хвилин|км/ч|км/год)\w*)[^\W\d_])"
)
#: A yearless "11.02" opening a timeline's line before a dash ("11.02 — окупанти обстріляли
#: Нікополь"; rule ``timeline_line``): the day of that line.
_SHORT_DATE_LINE = re.compile(r"^[\s•·*-]*(\d{1,2})\.(\d{2})\s*[—–-]\s+(?=[^\W\d_])")
#: How far back a yearless "11.02" may lie before publication (rule ``numeric_date_short``).
SHORT_DATE_DAYS = 31


#: A day in figures after "on" (rule ``figure_date``), as English reports write it ("on the
#: 3rd" before a comma or the sentence's end: the latest such day of the month): ISO
#: "on 2025-02-14"; dotted, day first as the Ukrainian and Russian "12.02" (rule
#: ``numeric_date_short``) is, "on 14.02", "on 14.02.25", "on 14.02.2025"; slashed, "on
#: 02/14/2025" or "on 14/02/2025", whose order is read only where it is unambiguous (one of
#: the two numbers above 12): an "on 02/03" that may be 2 March or 3 February dates nothing,
#: and the claim keeps the publication day with its "date not stated" note. A yearless day
#: is read, as "12.02" is, only within SHORT_DATE_DAYS before publication.
_FIGURE_DATE = re.compile(
    r"\bon\s+(?:(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)"
    r"|(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?:(?P=sep)(?P<y>(?:19|20)\d\d|\d\d))?"
    r"|the\s+(?P<od>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?=\s*(?:[,;:)]|\.(?:\s|$)|$)))"
    r"(?![\d%]|[./-]\d|\s*(?:km|kilomet|miles?|mm|cm|percent|per cent)\b)"
)


def _figure_day(m: re.Match, published: Date) -> Date | None:
    """The day of a :data:`_FIGURE_DATE` match, or None (no such day, an ambiguous slash, a
    yearless day not within SHORT_DATE_DAYS before publication)."""
    if m["od"]:
        # "on the 3rd": the latest 3rd on or before publication, this month's or last month's
        day = int(m["od"])
        back = published.replace(day=1) - timedelta(days=1)
        for first in (published, back):
            with suppress(ValueError):
                if (found := Date(first.year, first.month, day)) <= published:
                    return found
        return None
    if m["iy"]:
        y, month, day = int(m["iy"]), int(m["im"]), int(m["id"])
    else:
        a, b = int(m["a"]), int(m["b"])
        if m["sep"] == "." or a > 12 >= b:
            day, month = a, b
        elif b > 12 >= a:
            day, month = b, a
        else:
            return None
        y = None if m["y"] is None else int(m["y"]) + (2000 if len(m["y"]) == 2 else 0)
    try:
        found = Date(y if y is not None else _assumed_year(month, day, published), month, day)
    except ValueError:
        return None
    if y is None and not 0 <= (published - found).days <= SHORT_DATE_DAYS:
        return None
    return found


_FIRST_DAY = re.compile(r"(\d{1,2})[-–]\d")


#: Where a report states its own date: its first lines (a byline, a timestamp, a dateline),
#: each at most HEADER_LINE characters unless it opens with a dateline.
PUBLISHED_CHARS = 400


HEADER_LINE = 60


_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


_DOTTED_DAY = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")


_NAMED_DAY = re.compile(
    r"\b(\d{1,2})\s+([^\W\d_]{3,10})\.?,?\s+((?:19|20)\d\d)\b"
    r"|\b([^\W\d_]{3,10})\.?\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b"
)


def published_in(text: str) -> tuple[Date, str] | None:
    """The date a report states for itself in its opening (``PUBLISHED_CHARS``): a full date
    with its year ("12 May 2024 07:06", "28 ноября 2025", "November 21, 2025", "2025-11-21",
    "21.11.2025") on a header line or a dateline; ``(date, as written)`` of the first, or None.
    A date without a year is not taken (the year would be a guess), nor one the prose mentions."""
    months = claim_words().months
    found = []
    offset = 0
    for line in text[:PUBLISHED_CHARS].splitlines(keepends=True):
        # a header line (a timestamp, a byline) or a dateline, not a date the prose mentions
        # ("The invasion began on February 24, 2022. …")
        if len(line.strip()) <= HEADER_LINE or _DATELINE.match(line):
            for m in _ISO_DAY.finditer(line):
                found.append((offset + m.start(), m.group(), int(m[1]), int(m[2]), int(m[3])))
            for m in _DOTTED_DAY.finditer(line):
                found.append((offset + m.start(), m.group(), int(m[3]), int(m[2]), int(m[1])))
            for m in _NAMED_DAY.finditer(line):
                day, name, year = (m[1], m[2], m[3]) if m[1] else (m[5], m[4], m[6])
                month = months.get(name.lower())
                if month is not None:
                    found.append((offset + m.start(), m.group(), int(year), month, int(day)))
        offset += len(line)
    for _, written, y, mo, d in sorted(found):
        try:
            return Date(y, mo, d), written
        except ValueError:
            continue
    return None


_CHECKED = ("distance_direction", "distance_only", "direction_only", "line_distance", "travel_time")


#: A dateline opening a report or a wire story: "KYIV, Feb 11 (Reuters) -", "DONETSK, Ukraine —".
_DATELINE = re.compile(
    r"^\s*[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+(?:\s+[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ'’\-]+)*"
    r"(?:,\s*[^,–—\-]{2,40}?)*\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s"
)


def _without_datelines(sents, by_sentence) -> dict:
    """Mentions by sentence, less the place of a dateline: where it was written, not a claim."""
    out = {}
    for si, mentions in by_sentence.items():
        start, _, text = sents[si]
        m = _DATELINE.match(text)
        cut = start + m.end() if m else start
        out[si] = [x for x in mentions if x.span[0] >= cut]
    return out


#: (a comma grouping a number's digits, "1,000 square km", ends no phrase)
_PHRASE_END = re.compile(r"[;:–—]|(?<!\d),|,(?!\d{3}(?!\d))")


def _date_said(sent, published, claims, people) -> None:
    """ "Voloshyn said on Feb. 8": the date of that person's undated claims."""
    said = re.search(r"\b([A-Z][a-z]+) said on\b", sent)
    if not said:
        return
    # a person introduced with a role, or one the lexicon names ("Voloshyn")
    named = _claimants_in(said.group(1), {}, ("en",))
    who = people.get(said.group(1)) or (named[0][2:] if named else None)
    if who is None:
        return
    dates = _dates(sent, published)
    for c in reversed(claims):
        if c.claimant == who[0] and c.notes.startswith("date not stated") and dates:
            c.date, c.date_precision = dates[0][1].isoformat(), "day"
            c.notes = f"dated by '{said.group()} …'"
            break


def _dated_voice(sent: str, si: int, published: Date, anchors, who_here: list, w) -> None:
    """Rule ``dated_voice``: a sentence that makes no claim but says when one voice spoke
    ("The same information was shared on Jan. 28 by the DeepState channel") dates that
    voice's next undated claims ("… the enemy had occupied Tabaivka, DeepState wrote")."""
    if w.recap.match(sent):
        return
    voices = {c[2:] for c in who_here}
    if len(voices) != 1:
        voices = {c[2:] for c in who_here if _speaks(sent, c, w)}
    days = [d for d in _dates(sent, published) if d[2] == "day"]
    if len(voices) != 1 or len({d[1] for d in days}) != 1:
        return
    day = days[0][1]
    if not published - timedelta(days=LEAD_DAYS) <= day <= published:
        return  # a date long before the report is its background, not the voice's day
    ((name, side, _),) = voices
    anchors.said[name] = Claim("", name, side, "other", day.isoformat(), "day", "claimed",
                               sent, si, f"dated_voice: {name} spoke on {day}")  # fmt: skip


def _voice_frame(sent: str, si: int, paragraph: int, published: Date, anchors, who_here, w):
    """Rule ``voice_frame``: a sentence that makes no claim but says the day one voice spoke
    on, by a weekday, the weekend or a day word ("Russian forces are pressing towards X,
    Ukraine's General Staff said on Monday", "…, soldiers said at the weekend", "On Saturday,
    DeepState reported …"), frames that voice's undated claims of its paragraph and of a
    quote paragraph right after it (see :func:`_framed`). An explicit date is rule
    ``dated_voice``'s (the whole report)."""
    if w.recap.match(sent):
        return
    voices = {c[2:] for c in who_here}
    if len({v[1] for v in voices}) != 1:
        # voices of both sides: the one that speaks ("За добу ЗСУ відбили 15 атак – дані
        # Генштабу": voices of one side share the day)
        voices = {c[2:] for c in who_here if _speaks(sent, c, w)}
    if len({v[1] for v in voices}) != 1:
        return
    if any(d[2] == "day" for d in _dates(sent, published)):
        return  # rule dated_voice
    for name, side, _ in sorted(voices):
        when, precision, note = _claim_date(sent, published, _Anchors(), name)
        if (
            note.startswith(("date not stated", "cross_link"))
            or precision not in ("day", "week")
            or not published - timedelta(days=LEAD_DAYS) <= when <= published
        ):
            continue
        anchors.frame[name] = (
            Claim("", name, side, "other", when.isoformat(), precision, "claimed", sent, si,
                  f"voice_frame: {note}"),
            paragraph,
        )  # fmt: skip


def _summary_frame(sent: str, si: int, paragraph: int, published: Date, anchors, w) -> None:
    """Rule ``summary_frame``: a sentence naming no voice and no place of a claim that opens a
    daily summary by its span ("Протягом минулої доби російські загарбники 12 разів обстріляли
    Херсонщину.", :attr:`ClaimWords.summary_days`) frames the undated claims of the Ukrainian
    side in its paragraph ("Під ударами перебували Білозерка та Антонівка, повідомив …"): the
    span's words are that side's convention (README, Dating decision)."""
    low = _lowered(sent)
    if not w.summary_days or not any(word in low for word in w.summary_days):
        return
    when, precision, note = _claim_date(sent, published, _Anchors(), "", side="UA")
    if note.startswith("date not stated") or precision != "day":
        return
    anchors.frame[""] = (
        Claim("", "", "UA", "other", when.isoformat(), precision, "claimed", sent, si,
              f"summary_frame: {note}"),
        paragraph,
    )  # fmt: skip


def _framed(
    anchors, name: str, side: str, voiced: bool, si: int, paragraphs: list, sents
) -> Claim | None:
    """Rule ``voice_frame``: the framing sentence (see :func:`_voice_frame`) whose day dates
    an undated claim of ``name`` in sentence ``si``: one of its paragraph, or of the next
    paragraph when that opens with a quotation (the voice's words go on), and later than the
    voice's last claim the text dated. A sentence that names no voice (not ``voiced``) goes on
    in the frame of the one voice of the claim's side that has one. None when there is none."""
    found = anchors.frame.get(name)
    if found is None and not voiced:
        same = [v for k, v in anchors.frame.items() if k and v[0].side == side]
        found = same[0] if len(same) == 1 else None
    if found is None and (summary := anchors.frame.get("")) and summary[0].side == side:
        found = summary  # rule summary_frame
    if found is None:
        return None
    frame, paragraph = found
    said = anchors.said.get(name)
    if frame.sentence >= si or (said is not None and said.sentence > frame.sentence):
        return None
    here = paragraphs[si]
    if here == paragraph + 1:
        first = next(k for k in range(si, -1, -1) if k == 0 or paragraphs[k - 1] != here)
        if sents[first][2].lstrip()[:1] not in _FRAME_QUOTES:
            return None
    elif here != paragraph:
        return None
    return frame


#: What opens a quotation (a single quote too: "'The fiercest fighting is …'").
_FRAME_QUOTES = "\"“«„'‘"


class _Anchors:
    """Each claimant's last day-dated claim, and last claim dated by the text itself (not a
    fallback, not a recap): what "four days after" and undated claims are dated from."""

    def __init__(self) -> None:
        self.day: dict[str, Claim] = {}
        self.said: dict[str, Claim] = {}
        self.last: Claim | None = None  # the last claim of any voice dated by the text
        #: each voice's last recap ("Previously: the day before, the General Staff reported
        #: …") dated by the text: it dates that voice's undated claims of the next sentence
        #: only (rule recap_continued)
        self.recap: dict[str, Claim] = {}
        #: the day each "the next day" ({(sentence, start): date}) counts to (rule days_later)
        self.later: dict[tuple[int, int], Date] = {}
        self.cues: dict[int, tuple[list, list]] = {}  # each sentence's phrases and dates
        #: each voice's day told by a sentence that makes no claim ("Ukraine's General Staff
        #: said on Monday …"), with its paragraph: it dates that voice's undated claims of the
        #: paragraph (rule voice_frame)
        self.frame: dict[str, tuple[Claim, int]] = {}

    def add(self, claim: Claim, recap: re.Pattern) -> None:
        if claim.date_precision != "day":
            return
        self.day[claim.claimant] = claim
        if recap.match(claim.quote) and not claim.notes.startswith("date not stated"):
            self.recap[claim.claimant] = claim
        if not claim.notes.startswith(
            ("date not stated", "side_day", "recap_continued", "night")
        ) and not recap.match(claim.quote):
            # rule bulletin_span: "over the past day" dates what a bulletin covers, not the
            # day its voice spoke; the voice's later undated claims are not dated by it
            self.said[claim.claimant] = claim
            self.last = claim


def _night(
    sent: str, when: Date, note: str, published: Date, stamp, anchors, claimant, w, lead=None
):
    """Rules ``night`` and ``night_in_summary`` (tests/corpus/README.md, "A night"):
    ``(date, note)`` for an undated claim whose clause names a night ("вночі", "минулої
    ночі", "ночью", "этой ночью", "overnight", "during the night"), or None.

    Inside its voice's daily summary (the voice's last claim the text dated was dated by a
    summary's span: "За минулу добу окупанти обстріляли Куп'янськ … Також вночі ворог атакував
    Ізюм", "за минувшие сутки …. Ночью …") or a summary framing its paragraph, the night is
    part of the span and takes its day (``night_in_summary``); the day its voice was said to
    speak on (rule ``voice_frame``) or the day the report opens with dates it as before;
    otherwise the night is the day it ends on: the publication day, or the day the report's
    opening stamps it with (``night``), not the day of an earlier claim of the voice — unless
    that claim is dated by the day the report opens with (``lead``: "9 июня Минобороны России
    сообщило … . Ночью ВСУ атаковали X": the report is of that day, and so is its night)."""
    if not note.startswith("date not stated") or not may_hold(w.night, sent):
        return None
    found = w.night.search(sent)
    if found is None:
        return None
    word = found[0]
    if "summary_frame" in note:
        return when, f"night_in_summary: '{word}' in the summary framing it ({note})"
    if "voice_frame" in note or "the date the report opens with" in note:
        return None
    opening = anchors.said.get(claimant)
    if (
        lead is not None
        and when == lead
        and note.startswith("date not stated: the date of")
        and opening is not None
        and opening.sentence < LEAD_SENTENCES
        and opening.notes.startswith("an explicit date")
    ):
        return None  # a weekday the report opens with does not ("У понеділок …. Вночі …")
    dated = [
        c
        for c in (anchors.said.get(claimant), anchors.day.get(claimant))
        if c is not None and not c.notes.startswith("date not stated")
    ]
    last = max(dated, key=lambda c: c.sentence) if dated else None
    if last is not None and _summary_dated(last.notes, w):
        return (
            Date.fromisoformat(last.date),
            f"night_in_summary: '{word}' inside {_possessive(claimant)} daily summary"
            f" ({last.notes})",
        )
    day = stamp or published
    return day, (
        f"night: '{word}', the night ending on the day "
        f"{'the report is stamped with' if stamp else 'of publication'} ({day})"
    )


def _summary_dated(notes: str, w: ClaimWords) -> bool:
    """Whether a claim's dating note names a daily summary's span ("минулої доби", "за
    минувшие сутки", "over the past day"; rule ``night_in_summary``)."""
    low = notes.lower()
    spans = list(w.summary_days) + [k for days in w.relative_days_by_side.values() for k in days]
    return any(f"'{span}'" in low for span in spans)


def _days_later(sent: str, si: int, at: int, published: Date, anchors: _Anchors, w):
    """Rule ``days_later``: ``(date, note)`` for a place at ``at`` after "the next day", "two
    days later", "наступного дня", "через два дні", "на следующий день" (the last such phrase
    before it, with no explicit date between): that many days after the date before the
    phrase — one stated earlier in the sentence, else the report's last claim dated by the
    text ("… said on Nov. 16 … . The next day it said …, and two days later …"). None when
    no such phrase or no date before it."""
    if not w.days_later or not may_hold(w.days_later_cue, sent):
        return None
    if si not in anchors.cues:  # found once per sentence: linear time
        anchors.cues[si] = (
            list(w.days_later_cue.finditer(sent)),
            [d for d in _dates(sent, published) if d[2] == "day"],
        )
    found, days = anchors.cues[si]
    cues = [m for m in found if m.end() <= at]
    if not cues:
        return None
    cue = cues[-1]
    if any(cue.end() <= d[0] < at for d in days):
        return None  # "… the next day, on Nov. 18, …": the explicit date dates it
    key = (si, cue.start())
    if key not in anchors.later:
        before = [d[1] for d in days if d[0] < cue.start()]
        base = before[-1] if before else None
        if base is None and anchors.last is not None:
            base = Date.fromisoformat(anchors.last.date)
        if base is None:
            return None
        anchors.later[key] = base + timedelta(days=w.days_later[cue[0].lower()])
    day = anchors.later[key]
    if day > published:
        return None
    return day, f"days_later: '{cue[0]}', counted from the date before it"


@lru_cache(maxsize=1024)
def _unspoken_dates(sent: str, published: Date) -> tuple:
    """The sentence's day-precision dates no voice spoke on (rule ``list_date``), read once per
    sentence: a run-on sentence's claims all ask for them."""
    w = claim_words()
    return tuple(
        d for d in _dates(sent, published) if d[2] == "day" and not _date_spoken(sent, d[0], w)
    )


def _date_at(
    sent: str, at: int, published: Date, first: Date, first_place: int | None = None
) -> Date:
    """Of several explicit dates in a sentence, the one a place at ``at`` is dated by: the
    first after it in its own phrase ("the capture of Nevekske on March 16, and its push in
    Tonenke on March 15"), else ``first`` (the sentence's first date).

    Rule list_date: a date closing or opening a conjunct dates every place listed in it.
    Of the dates no voice spoke on, when the first stands after the sentence's first place
    (``first_place``), a place takes the next one after it ("Storozheve on June 12, and
    Blahodatne, Neskuchne, and Makarivka on June 11"); when it stands before, the last one
    before it ("19 лютого ворог атакував Куп'янськ, а 18 лютого — Лиман, Сіверськ і
    Торецьк")."""
    dates = [d for d in _dates(sent, published) if d[2] == "day"]
    if len({d[1] for d in dates}) < 2:
        return first
    stop = _PHRASE_END.search(sent, at)
    after = [d for d in dates if at < d[0] < (stop.start() if stop else len(sent))]
    if after:
        return after[0][1]
    w = claim_words()
    own = _unspoken_dates(sent, published)
    if first_place is None or not own or (len(own) == len(dates) and len({d[1] for d in own}) < 2):
        return first
    if own[0][0] < first_place:
        before = [d for d in own if d[0] < at]
        return before[-1][1] if before else first
    later = next((d for d in own if d[0] > at), None)
    broken = later is not None and (
        _LIST_DATE_STOP.search(sent, at, later[0]) or w.list_date_break.search(sent, at, later[0])
    )
    if later and not broken:
        return later[1]
    # rule elided_date: "…освобождении Малиновки, а 10 июня — Дачного": a date between the
    # break that opens the place's own conjunct and the place dates it
    opened = max((m.end() for m in w.list_date_break.finditer(sent, first_place, at)), default=at)
    inside = [d for d in own if opened <= d[0] < at]
    return inside[-1][1] if inside else first


def _date_own_clause(sent: str, published: Date, at: tuple, voices: list, w: ClaimWords):
    """Rule ``date_own_clause``: the sentence with its explicit date blanked out, when that
    date stands in a clause of its own (:attr:`ClaimWords.date_relative`, to its next comma;
    :attr:`ClaimWords.date_joined`, to the end) apart from the claim's action and place
    (``at``) and from every voice of the claim in the sentence (``voices``): "The commander,
    who took over on 12 January, said X was retaken", "Генерал был назначен 3 мая, а
    Минобороны сообщило об освобождении X". None when the date may be the claim's: several
    dates (rule list_date decides), or one in the clause of the action, place or voice."""
    dates = _dates(sent, published)
    if not dates or len({d[1] for d in dates}) > 1:
        return None
    relative = []
    for m in w.date_relative.finditer(sent):
        comma = sent.find(",", m.end())
        relative.append((m.start(), comma if comma >= 0 else len(sent)))
    for m in w.date_relative_that.finditer(sent):
        comma = sent.find(",", m.end())
        if comma < 0 or w.speech.search(sent, max(0, m.start() - SPEECH_BEFORE_THAT), m.start()):
            continue  # "повідомив, що …": what is said, not a relative clause
        relative.append((m.start(), comma))
    relative.sort()
    joined = [m.start() for m in w.date_joined.finditer(sent)]
    if not relative and not joined:
        return None

    def clause(p: int) -> tuple:
        inside = [r for r in relative if r[0] <= p < r[1]]
        return ("relative", inside[-1][0]) if inside else ("joined", bisect_right(joined, p))

    if any(
        r[0] <= d[0] < r[1] and w.speech.search(sent, r[0], r[1]) for r in relative for d in dates
    ):
        return None  # "Syrskyi, who said on 3 May …": the day a voice spoke may be the claim's
    of_date = {clause(d[0]) for d in dates}
    if any(clause(p) in of_date for p in at) or any(clause(c[0]) in of_date for c in voices):
        return None
    out = sent
    for d in dates:
        token = _DATE_TOKEN.match(sent, d[0])
        end = token.end() if token else d[0] + 1
        out = out[: d[0]] + " " * (end - d[0]) + out[end:]
    return out


#: How far before "що" a verb of saying makes it open what is said, not a relative clause
#: (rule ``date_own_clause``).
SPEECH_BEFORE_THAT = 30


#: An explicit date's words ("14 травня 2024 року", "June 12", "Feb. 19, 2024").
_DATE_TOKEN = re.compile(
    r"\d{1,2}\s+[^\W\d_]+(?:\s+\d{4}(?:\s+р(?:оку|\.))?)?"
    r"|[^\W\d_]+\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?"
)


def _date_end(sent: str, at: int) -> int:
    """Where the explicit date at ``at`` ends."""
    token = _DATE_TOKEN.match(sent, at)
    return token.end() if token else at + 1


def _date_spoken(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the explicit date at ``at`` is the day a voice spoke ("said on June 12",
    "19 февраля сообщило"; rule ``list_date``), read as rule ``said_weekday`` reads a weekday."""
    token = _DATE_TOKEN.match(sent, at)
    end = token.end() if token else at
    return bool(
        w.speech_day_before.search(sent, max(0, at - 60), at)
        or w.speech_day_after.match(sent, end)
        or w.speech_date_before.search(sent, max(0, at - 60), at)
    )


#: The punctuation that ends a conjunct's reach to a date after it (rule ``list_date``); the
#: words that do are the lexicon's (:attr:`ClaimWords.list_date_break`).
_LIST_DATE_STOP = re.compile(r"[;:()]")


@lru_cache(maxsize=4096)
def _weekdays(sent: str, published: Date) -> tuple[tuple[int, Date, str, bool], ...]:
    """The weekdays a sentence names: ``(offset, date, note, opens_clause)``, in text order.

    A weekday is the last such day on or before publication; said next to its week ("on
    Monday last week", "В понедельник на прошлой неделе", "минулого тижня у вівторок"; rule
    ``weekday_last_week``) it is that day of the week before publication's; after "last"
    ("last Friday", "в прошлую пятницу", "минулого понеділка"; rule ``weekday_last``) it is
    the last such day before publication, never publication day itself. ``opens_clause``: a
    joining word opens a clause of its own with it ("…, and on Wednesday it said …", "а в
    четвер —"; rule ``weekday_clause``).
    """
    w = claim_words()
    low = _lowered(sent)
    found = [
        (m.start(), m.end(), word, wd)
        for word, wd in w.weekdays.items()
        if word in low
        for m in re.finditer(rf"\b{re.escape(word)}\b", low)
    ]
    if not found:
        return ()
    weeks = list(w.last_week.finditer(sent)) if may_hold(w.last_week, sent) else []
    out = []
    for start, end, word, wd in sorted(found):
        week = any(
            (wk.end() <= start and w.weekday_week_gap.fullmatch(sent, wk.end(), start))
            or (end <= wk.start() and w.weekday_week_gap.fullmatch(sent, end, wk.start()))
            for wk in weeks
        )
        if week:
            day = published - timedelta(days=published.weekday() + 7 - wd)
            note = f"weekday_last_week: '{word}' of the week before publication"
        elif w.weekday_last.search(sent, max(0, start - 20), start):
            day = published - timedelta(days=(published.weekday() - wd) % 7 or 7)
            note = f"weekday_last: '{word}', the last such day before publication"
        else:
            day = published - timedelta(days=(published.weekday() - wd) % 7)
            note = f"'{word}': the last such day on or before publication"
        joined = bool(w.weekday_join.search(sent, max(0, start - 30), start))
        out.append((start, day, note, joined))
    return tuple(out)


_SAID_CLAUSE_BREAK = re.compile(r"[,;:]")


_WEEKDAY_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1024)
def _day_joins(sent: str, pattern: re.Pattern) -> tuple[tuple[int, int, str], ...]:
    """Each day word opening a gapped clause in the sentence (rule ``day_join``): ``(start,
    end, word)``, read once per sentence."""
    return tuple(
        (m.start(), m.end(), next(g for g in m.groups() if g).lower())
        for m in pattern.finditer(sent)
    )


def _joined_day(sent: str, at: int, published: Date, w: ClaimWords) -> tuple[Date, str] | None:
    """Rule ``day_join``: the day a day word opening a gapped clause of its own before ``at``
    names ("У неділю росіяни обстріляли Нікополь, а сьогодні вранці — Марганець": today),
    when no weekday or date stands between it and ``at``; None otherwise."""
    joins = _day_joins(sent, w.day_join)
    k = bisect_right([j[1] for j in joins], at) if joins else 0
    if not k:
        return None
    _, end, word = joins[k - 1]
    if any(end <= d[0] < at for d in _dates(sent, published)) or any(
        end <= d[0] < at for d in _weekdays(sent, published)
    ):
        return None
    delta = w.relative_days.get(word)
    if delta is None:
        return None
    return published + timedelta(days=delta), f"day_join: '{word}' opens the place's own clause"


def _speech_day(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the weekday at ``at`` dates a voice's speaking (rule ``said_weekday``)."""
    word = _WEEKDAY_WORD.match(sent, at)
    end = word.end() if word else at
    return bool(
        w.speech_day_before.search(sent, max(0, at - 60), at) or w.speech_day_after.match(sent, end)
    )


def _weekday_at(
    sent: str, at: int, published: Date, end: int | None = None
) -> tuple[Date, str] | None:
    """Rule ``weekday_clause``: of several weekdays in a sentence, the one whose own clause
    (opened by a joining word: "…, and on Wednesday it said its troops had taken Y", "а в
    четвер — про взяття Y") a place at ``at`` stands in, or None (the first weekday).

    Rule ``weekday_item``: a weekday right after the place (ending at ``end``; "seized X on
    Thursday and Y on Friday") that is not the day a voice spoke dates that place."""
    named = _weekdays(sent, published)
    if end is not None and len(named) > 1:
        w = claim_words()
        own = next(
            (d for d in named if d[0] >= end and w.weekday_item.fullmatch(sent, end, d[0])), None
        )
        # a weekday a voice may have spoken on dates the place only after an earlier
        # weekday no voice spoke on ("X on Thursday and Y on Friday, the ministry said")
        if own is not None and (
            not _speech_day(sent, own[0], w)
            or any(d[0] < at and not _speech_day(sent, d[0], w) for d in named)
        ):
            return own[1], f"weekday_item: {own[2]}"
    before = [d for d in named[1:] if d[3] and d[0] < at]
    if not before:
        return None
    _, day, note, _ = before[-1]
    return day, f"weekday_clause: {note}"


@lru_cache(maxsize=4096)
def _coarse_dates(sent: str, published: Date) -> tuple[tuple[int, int, Date, str, str], ...]:
    """Months and years a sentence gives without a day (rule ``coarse_date``: "in October
    2024", "in early January", "у 2024 році", "еще в 2024 году", "в октябре"):
    ``(start, end, date, precision, text)``. A month stands for its last day (the
    publication day in the month of publication), a year for its first; a month without
    its year is the last such month on or before publication; none after publication.
    A season ("улітку 2025 року", "in the summer", "летом") dates to its year, with year
    precision (the schema has no season): its year when said, else the year of the last such
    season begun on or before publication ("this summer": this year's, if it has begun); a
    winter without its year spans two and is no date; "the fall of Avdiivka" is no season.
    """
    w = claim_words()
    out = []
    for pattern in w.coarse_dates:
        for m in pattern.finditer(sent):
            groups = m.groupdict()
            year = int(groups["year"]) if groups.get("year") else None
            if groups.get("season"):
                begins = w.seasons.get(groups["season"].lower())
                this = m[0].lower().startswith(("this", "цього", "этим", "этой"))
                if year is None and begins is not None and begins < 12:
                    year = published.year - (begins > published.month and not this)
                if (
                    begins is not None
                    and year is not None
                    and (year, begins) <= (published.year, published.month)
                ):
                    out.append((m.start(), m.end(), Date(year, 1, 1), "year", m[0]))
                continue
            name = (groups.get("month") or "").lower()
            month = w.months.get(name) or w.months_in.get(name) if name else None
            if name and month is None:
                continue
            if month is None:
                if year is None or year > published.year:
                    continue
                out.append((m.start(), m.end(), Date(year, 1, 1), "year", m[0]))
                continue
            y = year if year else published.year - (month > published.month)
            if (y, month) > (published.year, published.month):
                continue
            last = Date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
            out.append((m.start(), m.end(), min(last, published), "month", m[0]))
    return tuple(sorted(out, key=lambda d: d[0]))


def _coarse_at(sent: str, at: int, published: Date) -> tuple[Date, str, str] | None:
    """Rule ``coarse_date``: the month or year (see :func:`_coarse_dates`) that dates a place
    at ``at``: the first after it in its own phrase, or in the relative clause right after it
    when someone speaks in that clause ("Kurakhove, which Moscow said it had taken in early
    January"; not "entered Kupiansk, which … after being occupied … in February 2022"), else the last before it with no phrase's end between ("said in
    October 2024 that its forces had captured Selydove"); or None."""
    coarse = _coarse_dates(sent, published) if at >= 0 else []
    if not coarse:
        return None
    w = claim_words()
    stop = _PHRASE_END.search(sent, at)
    if stop is not None and w.relative_after.match(sent, stop.start()):
        clause = _PHRASE_END.search(sent, stop.end())
        if w.speech.search(sent, stop.end(), clause.start() if clause else len(sent)):
            stop = clause
    end = stop.start() if stop else len(sent)
    after = [d for d in coarse if at < d[0] < end]
    # a date opening the sentence frames its first clause ("In mid-September, the ministry
    # said its troops had taken X")
    before = [
        d
        for d in coarse
        if d[1] <= at
        and not _PHRASE_END.search(
            sent,
            d[1] + bool(_OPENING.fullmatch(sent, 0, d[0]) and sent[d[1] : d[1] + 1] == ","),
            at,
        )
    ]
    chosen = after[0] if after else before[-1] if before else None
    if chosen is None:
        return None
    return chosen[2], chosen[3], f"coarse_date: '{chosen[4]}'"


#: How far before an action its relative word may stand ("who had already seized"; rule
#: ``relative_gain``).
RELATIVE_REACH = 40


def _relative_gain_clause(sent: str, at: int, end: int, w: ClaimWords, languages) -> str | None:
    """Rule ``relative_gain``: the relative clause of a gain at ``at`` told of the force that
    acts in the main clause ("Russian troops who seized Selydove last month shelled Pokrovsk on
    Monday"), from its relative word to the next action word after the place ending at ``end``
    or the end of its phrase; None when the action opens no such clause."""
    found = w.relative_gain.search(sent, max(0, at - RELATIVE_REACH), at)
    if found is None:
        return None
    stop = _PHRASE_END.search(sent, max(end, at))
    cut = stop.start() if stop else len(sent)
    acts = _actions(sent, languages)
    i = bisect_left(acts, (max(end, at + 1),))  # the first action after the place
    if i < len(acts):
        cut = min(cut, acts[i][0])
    return sent[found.start() : cut]


def _recent_appositive(sent: str, end: int, at: int, published: Date, w: ClaimWords):
    """Rule ``recent_appositive``: ``(date, precision, note)`` for a gain told in an appositive
    of its place ("Sokil, recently captured by Russian troops, came under fire on Wednesday"):
    the week of publication, not the main clause's day; None when the action at ``at`` is no
    such appositive of the place ending at ``end``, or the appositive names its own day."""
    if not (0 <= end <= at and w.recent_appositive.fullmatch(sent, end, at)):
        return None
    stop = _APPOSITIVE_END.search(sent, at)
    aside = sent[end : stop.start() if stop else len(sent)]
    if _dates(aside, published) or _weekdays(aside, published):
        return None
    return published, "week", "recent_appositive: 'recently' in the place's appositive"


#: How far before its word a participle's auxiliary is read ("having already captured").
PARTICIPLE_REACH = 40
#: The action word at a position.
_ACTION_WORD = re.compile(r"[\w’'-]+")


def _background_participle(sent: str, at: int, published: Date, w: ClaimWords):
    """Rule ``background_participle``: ``(date, precision, note)`` for a gain told by a
    perfective participle ("having captured Avdiivka, Russian forces advanced on Berdychi on
    Monday", "Захопивши Авдіївку, росіяни в понеділок атакували Очеретине"): done before the
    main verb, so the week of publication, not the main clause's day; None otherwise."""
    word = _ACTION_WORD.match(sent, at)
    if word is None or not w.background_participle.search(
        sent, max(0, at - PARTICIPLE_REACH), word.end()
    ):
        return None
    return published, "week", "background_participle: done before the main verb"


#: Where an appositive ends: its closing comma, or its sentence's end.
_APPOSITIVE_END = re.compile(r"[,;.!?)]")


def _outside_asides(text: str, at: int, w: ClaimWords) -> str:
    """Rule ``aside_not_main``: ``text`` with each relative clause (", which …" up to its
    closing comma or the sentence's end) blanked out when the action at ``at`` is outside it,
    so that the clause's day or voice words date nothing of the main clause (same length)."""
    if "which" not in text and "that" not in text:
        return text
    out = text
    for m in w.relative_aside.finditer(text):
        stop = _ASIDE_END.search(text, m.end())
        end = stop.start() if stop else len(text)
        if not m.start() <= at < end:
            out = out[: m.start()] + " " * (end - m.start()) + out[end:]
    return out


def _relative_aside(
    sent: str, end: int, at: int, published: Date, w: ClaimWords, name: str, stamp: Date | None
):
    """Rule ``relative_aside``: ``(date, precision, note)`` for a gain told in a relative
    clause apposed to its place, closed by a comma before the main clause ("Kurakhove, which
    Russia said it had captured, was shelled on Saturday", "Бахмут, який окупанти захопили, у
    суботу обстріляли …"): the main clause's day is not the gain's; the clause's own month or
    year dates it, else it is undated (the publication date). None when the action at ``at``
    is not in such a clause of the place ending at ``end``, or the clause names its own day."""
    if not 0 <= end <= at:
        return None
    opening = w.relative_aside.match(sent, end)
    if opening is None or _APPOSITIVE_END.search(sent, opening.end(), at):
        return None
    stop = _APPOSITIVE_END.search(sent, at)
    if stop is None or stop.group(0) != ",":
        return None  # the clause ends the sentence: no main clause after it
    aside = sent[end : stop.start()]
    if _dates(aside, published) or _weekdays(aside, published):
        return None
    when, precision, note = _claim_date(aside, published, _Anchors(), name, stamp=stamp)
    if note.startswith("date not stated") and (coarse := _coarse_at(aside, at - end, published)):
        # "Robotyne, which Kyiv said it recaptured in the summer, …": the clause's season,
        # month or year, never the publication day
        when, precision, note = coarse
    elif note.startswith("date not stated"):
        return published, "day", "date not stated: the publication date (relative_aside)"
    return when, precision, f"relative_aside: {note}"


def _doubt_aside(sent: str, at: int, langs, w: ClaimWords) -> bool:
    """Rule ``doubt_aside``: whether the doubt at ``at`` is an aside closing a sentence that
    claims before it ("…, a claim Reuters could not verify"), not the sentence's own point."""
    lo = max(0, at - DOUBT_ASIDE_REACH)
    return bool(
        may_hold_between(w.doubt_aside, sent, lo, at)
        and w.doubt_aside.search(sent, lo, at)
        and _actions(sent[:at], langs)
    )


#: How far before a doubt the comma opening its aside may stand (rule ``doubt_aside``).
DOUBT_ASIDE_REACH = 80


def _anchor_phrase(sent: str, low: str, w: ClaimWords) -> tuple[int, str, int] | None:
    """``(offset, phrase, days)``: the first phrase of rule ``anchor_relative`` ("the night
    before", "a day earlier") in the sentence that counts days back, not one naming an event
    after it ("the day before the talks")."""
    found = []
    for phrase, delta in w.anchor_relative.items():
        if phrase not in low:
            continue
        for m in re.finditer(rf"\b{re.escape(phrase)}\b", low):
            if w.anchor_span_before.search(low, max(0, m.start() - 12), m.start()):
                continue  # "repelled 36 attacks in the previous day": a bulletin's span
            if not w.anchor_event_after.match(sent, m.end()):
                found.append((m.start(), phrase, delta))
                break
    return min(found) if found else None


#: An explicit date more days than this before publication, in a sentence that also names a
#: weekday, is the story's background, not the claim's date.
BACKGROUND_DAYS = 31


def _claim_date(
    sent,
    published,
    anchors: _Anchors,
    claimant,
    lead=None,
    *,
    counted=True,
    header=None,
    side: str | None = None,
    stamp: Date | None = None,
    intraday: bool = False,
):
    """``(date, precision, rule)``: the first rule that reads a date in the sentence.

    ``stamp``: the day the report's opening stamps it with ("Станом на 08:00 14.06.2025",
    "as of 08:00 on June 14"; rule ``report_stamp``): its day words count from it, not from
    publication.

    ``intraday``: the report counts from the start of its own day (rule ``intraday_bulletin``:
    "Від початку доби 22 вересня …"): its "протягом доби" is that day.

    ``counted`` False: the sentence's count of days ("a day after Moscow said …") dates
    another clause than the claim's, and is not read.
    """
    w = claim_words()
    numbers = lexicon().numbers
    # rule intraday_bulletin: a sentence that says its bulletin is of its own day ("in its
    # evening report on Saturday", "у вечірньому зведенні") counts its span words as that day
    intraday = intraday or bool(
        may_hold(w.intraday_opening, sent) and w.intraday_opening.search(sent)
    )
    own_day = w.intraday_days if intraday else frozenset()
    rel = w.days_relative.search(sent) if counted else None
    if rel and (rel.group(1).lower() in numbers or rel.group(1).isdigit()):
        n = int(rel.group(1)) if rel.group(1).isdigit() else int(numbers[rel.group(1).lower()])
        anchor = anchors.day.get(claimant)
        base = Date.fromisoformat(anchor.date) if anchor else published
        # "X came four days after the ministry said it captured Y": Y's claim is N days earlier
        later = rel.group(2).lower() == "after"
        return (
            base - timedelta(days=n) if later else base + timedelta(days=n),
            "day",
            f"dated {n} day(s) {'before' if later else 'after'} the claim of {base}",
        )
    low = _lowered(sent)
    dates = _dates(sent, published)
    if any(re.search(rf"\b{re.escape(word)}\b", low) for word in w.weekdays if word in low):
        # "Russia, which invaded on Feb. 24, 2022, said on Saturday …": a date long before
        # publication dates the story's background when the sentence names the day it speaks of
        # (a day the weekday stands beside names the same day, rule weekday_date: "в
        # понедельник 3 марта")
        dates = [
            d
            for d in dates
            if (published - d[1]).days <= BACKGROUND_DAYS
            or _weekday_apposed(sent, d[0], _date_end(sent, d[0]), w) is not None
        ]
    if dates and w.stamp_before.search(sent, max(0, dates[0][0] - 40), dates[0][0]):
        # rule stamp_relative: "Станом на 08:00 12 лютого минулої доби ворог …": the date
        # stamps the report; the day word counts from it
        for word, delta in w.relative_days.items():
            if word in low and re.search(rf"\b{re.escape(word)}\b", low):
                return (
                    dates[0][1] + timedelta(days=delta),
                    "day",
                    f"stamp_relative: '{word}', {delta:+d} day(s) from the report's stamp",
                )
    anchored = _anchor_phrase(sent, low, w)
    if dates:
        if anchored is not None and dates[0][2] == "day" and dates[0][0] < anchored[0]:
            # rule anchor_relative: "On June 12 the ministry said its forces had taken X the
            # day before": counted from the day the sentence names before the phrase
            return (
                dates[0][1] + timedelta(days=anchored[2]),
                "day",
                f"anchor_relative: '{anchored[1]}', {anchored[2]:+d} day(s) from {dates[0][1]}",
            )
        if dates[0][2] == "day" and (
            _speech_day(sent, dates[0][0], w) or _date_spoken(sent, dates[0][0], w)
        ):
            # rule said_date: "Russian troops attacked near X 52 times over the past day, the
            # General Staff reported on Aug. 18": the date is the day the voice spoke; a day
            # word the sentence says apart from it counts from it ("8 грудня Генштаб
            # повідомив, що минулої доби …": read with the date's own words, _date_spoken)
            words = _own_day({**w.relative_days, **w.relative_days_by_side.get(side, {})}, own_day)
            counted = _counted_from(sent, dates[0][0], words)
            if counted:
                return (
                    dates[0][1] + timedelta(days=counted[0]),
                    "day",
                    f"said_date: '{counted[1]}', {counted[0]:+d} day(s) from {dates[0][1]}",
                )
        return dates[0][1], dates[0][2], "an explicit date"
    ago = w.days_ago.search(sent) if may_hold(w.days_ago, sent) else None
    count = next((g for g in ago.groups() if g), "") if ago else ""
    n = int(count) if count.isdigit() else numbers.get(count.lower())
    if n and n == int(n) and n <= LEAD_DAYS:
        # rule days_ago: "звільнили ще два дні тому", "заняли три дня назад"
        return published - timedelta(days=int(n)), "day", f"days_ago: '{ago[0]}'"
    named = _weekdays(sent, published)
    if anchored is not None:
        at, phrase, delta = anchored
        # "On Tuesday the ministry said troops had taken X the night before": counted from the
        # weekday the sentence names before the phrase (or the day its voice spoke, named
        # after it), else from the voice's last dated claim
        day = next((d[1] for d in reversed(named) if d[0] < at), None)
        if day is None:  # "… the previous day, the ministry said on Sunday": the voice's day
            day = next((d[1] for d in named if d[0] > at and w.speech.search(sent, at, d[0])), None)
        if day is None:  # rule said_weekday: a weekday on which the voice spoke
            day = next((d[1] for d in named if _speech_day(sent, d[0], w)), None)
        if day is None:
            anchor = anchors.said.get(claimant) or anchors.day.get(claimant)
            if anchor is None:
                # "Russia said on Sunday it had captured X. The previous day, Ukrainian
                # officials reported …", "… . Moscow had claimed its capture a day earlier": a
                # phrase counted back from no day of its voice counts from the day the text
                # dated last, whoever's (rule anchor_relative)
                anchor = anchors.last
            day = Date.fromisoformat(anchor.date) if anchor else published
        return (
            day + timedelta(days=delta),
            "day",
            f"anchor_relative: '{phrase}', {delta:+d} day(s) from {day}",
        )
    said_on = published
    if (
        named
        and all(_speech_day(sent, d[0], w) for d in named)
        and not any(d[2].startswith("weekday_last_week") for d in named)
        and may_hold(w.last_week, sent)
        and (week := w.last_week.search(sent))
        and (
            week.start() < named[0][0]
            # or in the clause the voice says, the only comma the one opening it ("В
            # воскресенье сообщило, что войска освободили Дачное на прошлой неделе")
            or not _SAID_CLAUSE_BREAK.search(
                w.speech_that.sub(" ", sent[named[0][0] : week.start()], count=1)
            )
        )
    ):
        # rule said_weekday: "Russian forces captured Yablunivka last week, Ukraine's General
        # Staff confirmed on Sunday": the weekday dates the voice, the week before it the claim
        # (a week told after the voice in another clause may date something else: "…, the
        # town Ukraine retreated from last week")
        said_on, named = named[0][1], ()
    if (
        named
        and all(_speech_day(sent, d[0], w) for d in named)
        and may_hold(w.week_cues, sent)
        and (week := w.week_cues.search(sent, 0, named[0][0]))
    ):
        # rule said_weekday: "A Russian missile struck Dnipro earlier this week, the governor
        # said on Saturday": the weekday dates the voice; the claim is of the week up to it
        return (
            named[0][1],
            "week",
            f"said_weekday: '{week[0]}', the week up to {named[0][2]}",
        )
    if (
        named
        and _speech_day(sent, named[0][0], w)
        and may_hold(w.weekend, sent)
        and (weekend := w.weekend.search(sent))
    ):
        # rule said_weekday: "Over the weekend Russian troops advanced near X, DeepState said
        # on Monday": the weekday dates the voice, the weekend before it the claim
        past = bool(w.weekend_past.intersection(weekend[0].lower().split()))
        return (
            _last_weekend_day(named[0][1], past=past),
            "week",
            f"said_weekday: weekend '{weekend[0]}', the last weekend day on or before "
            f"{named[0][2]}",
        )
    if len(named) > 1 and _speech_day(sent, named[0][0], w):
        # rule said_weekday: "Ukraine's military said on Monday that Russian troops attacked
        # near X on Saturday": the first weekday is the day the voice spoke; the claim's is
        # the next one that is not, and not after it, nor the start or end of a span ("since
        # Tuesday")
        acted = [
            d
            for d in named[1:]
            if d[1] <= named[0][1]
            and not _speech_day(sent, d[0], w)
            and not w.weekday_span_before.search(sent, max(0, d[0] - 20), d[0])
        ]
        if acted:
            return acted[0][1], "day", f"said_weekday: {acted[0][2]} (the voice spoke later)"
    if named:  # the weekday the sentence names first
        counted = _counted_from(sent, named[0][0], _own_day(w.summary_days, own_day))
        if counted:
            # rule weekday_summary: "інформує Генштаб у середу, минулої доби відбулося 30
            # боїв", "у понеділок повідомили, що за добу ворог …": the voice spoke on the
            # weekday, the summary covers the day before it
            return (
                named[0][1] + timedelta(days=counted[0]),
                "day",
                f"weekday_summary: '{counted[1]}', {counted[0]:+d} day(s) from {named[0][2]}",
            )
        counted = _speech_day(sent, named[0][0], w) and _counted_from(
            sent,
            named[0][0],
            _own_day({**w.relative_days, **w.relative_days_by_side.get(side, {})}, own_day),
        )
        if counted:
            # rule said_weekday: "Напередодні ввечері окупанти обстріляли Нікополь, повідомив
            # голова ОВА у понеділок": the day word counts from the day the voice spoke
            return (
                named[0][1] + timedelta(days=counted[0]),
                "day",
                f"said_weekday: '{counted[1]}', {counted[0]:+d} day(s) from {named[0][2]}",
            )
        return named[0][1], "day", named[0][2]
    if may_hold(w.weekend, sent) and (weekend := w.weekend.search(sent)):
        # rule weekend: "said over the weekend", "на вихідних": the last weekend day on or
        # before publication, as a weekday is dated; the text gives two days, so week precision
        past = bool(w.weekend_past.intersection(weekend[0].lower().split()))
        return (
            _last_weekend_day(published, past=past),
            "week",
            f"weekend: '{weekend[0]}', the last weekend day on or before publication",
        )
    # rule report_stamp: a bulletin stamped "станом на 08:00 14 червня" and published days
    # later counts its "минулої доби" from the stamp
    base, since = (stamp, f"the report's stamp ({stamp})") if stamp else (published, "publication")
    for word, delta in w.relative_days.items():
        if word in low and re.search(rf"\b{re.escape(word)}\b", low):
            if intraday and word in w.intraday_days:
                return base, "day", f"intraday_bulletin: '{word}' in a bulletin of its own day"
            return base + timedelta(days=delta), "day", f"'{word}': {delta:+d} day(s) from {since}"
    for word, delta in w.relative_days_by_side.get(side, {}).items():
        if word in low and re.search(rf"\b{re.escape(word)}\b", low):
            if word in own_day:
                return base, "day", f"intraday_bulletin: '{word}' in a bulletin of its own day"
            # rule side_day: "over the past day" counts by the voice's bulletin convention
            return (
                base + timedelta(days=delta),
                "day",
                f"side_day: '{word}', {delta:+d} day(s) from {since} in a {side} voice",
            )
    if may_hold(w.last_week, sent) and w.last_week.search(sent):
        if said_on != published:
            return said_on - timedelta(days=7), "week", f"last_week: the week before {said_on}"
        return published - timedelta(days=7), "week", "last_week: the week before publication"
    if may_hold(w.last_month, sent) and w.last_month.search(sent):
        # the text gives the month only: its last day stands for it, with month precision
        return (
            published.replace(day=1) - timedelta(days=1),
            "month",
            "last_month: the month before publication",
        )
    if may_hold(w.this_month, sent) and w.this_month.search(sent):
        return published, "month", "this_month: the month of publication"
    if may_hold(w.week_cues, sent) and w.week_cues.search(sent):
        if lead is not None and lead != published:
            # rule lead_week: "Key Takeaways … on January 28 … Ukrainian forces recently
            # advanced near X", republished the next day: the week of the day the report is of
            return (
                lead,
                "week",
                f"date not stated: the week of the day the report opens with ({lead})",
            )
        return published, "week", "date not stated: the week of publication"
    if may_hold(w.last_year, sent) and w.last_year.search(sent):
        return Date(published.year - 1, 1, 1), "year", "dated 'last year'"
    if header is not None:
        return header  # rule list_header: the dated line above a bulleted list
    if w.cross_link.match(sent.lstrip()):
        return published, "week", "cross_link: the headline of another report, undated"
    if may_hold(w.now, sent) and w.now.match(sent):
        # rule now: "Три недели назад, 5 ноября, … . Теперь ведомство сообщает об
        # освобождении …": back to the day of the report, not the older date before
        return published, "day", "date not stated: the publication date (rule now)"
    said = anchors.said.get(claimant)
    if said is not None and lead is not None and said.notes.startswith("dated_voice"):
        said = None  # the day a summary covers, not the day its voice spoke (rule lead_date)
    if said is not None:
        return (
            Date.fromisoformat(said.date),
            "day",
            f"date not stated: {said.notes}"
            if said.notes.startswith("dated_voice")
            else f"date not stated: the date of {_possessive(claimant)} earlier claim in the report",
        )
    if lead is not None and may_hold(w.said_now, sent) and w.said_now.search(sent):
        # rule said_now: "Минобороны России 20 ноября заявило … . Российские военкоры
        # признают, что …": said as the report is written, not on the day it opens with
        return (
            published,
            "day",
            "date not stated: said in the present, the publication date (rule said_now)",
        )
    if lead is not None and not (
        may_hold(w.topic_shift, sent) and w.topic_shift.match(sent.lstrip())
    ):
        return lead, "day", f"date not stated: the date the report opens with ({lead})"
    return published, "day", "date not stated: the publication date"


#: The report's opening: a date stated there (the day a summary covers, "Протягом останньої
#: доби, 14 жовтня") dates its undated claims, when it is at most LEAD_DAYS before publication.
LEAD_SENTENCES = 3


LEAD_DAYS = 14


def _own_day(words: dict, own_day: frozenset) -> dict:
    """``words`` (day words and their days) with the span words of a bulletin of its own day
    (rule ``intraday_bulletin``) counting no day back."""
    if not own_day:
        return words
    return {k: (0 if k in own_day else v) for k, v in words.items()}


def _last_weekend_day(published: Date, past: bool = False) -> Date:
    """Rule ``weekend``: the publication day when it is a Saturday or Sunday, else the Sunday
    before it; with ``past`` ("last weekend" said on a weekend) the Sunday of the weekend
    before."""
    if published.weekday() >= 5 and not past:
        return published
    return published - timedelta(days=published.weekday() + 1)


def _possessive(name: str) -> str:
    """``"Russian MoD"`` → ``"Russian MoD's"``; ``"Ukrainian officials"`` → ``"… officials'"``."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _list_headers(sents, paragraphs, published: Date) -> dict[int, tuple[Date, str, str]]:
    """Rule ``list_header``: a line that ends with a colon and states a day ("За його
    інформацією, протягом 7 вересня:", "On March 3:") dates the bulleted lines right after it
    (each line with the sentences of its paragraph), when they state no date of their own.
    Returns ``{sentence index: (date, precision, note)}``."""
    out: dict[int, tuple[Date, str, str]] = {}
    header, item = None, None
    for si, (_, _, sent) in enumerate(sents):
        if _BULLET.match(sent):
            item = paragraphs[si]
        elif item is None or paragraphs[si] != item:
            header, item = None, None
            if sent.rstrip().endswith(":"):
                days = [d for d in _dates(sent, published) if d[2] == "day"]
                if days:
                    note = f"list_header: the date of the line above the list ({days[0][1]})"
                    header = (days[0][1], "day", note)
            continue
        if header is not None:
            out[si] = header
    return out


#: A sentence this short that holds the report's date is its stamp (a dateline cut at its dots).
STAMP_LINE = 24


#: What stands between a day word and the date or weekday that names the same day ("вчора,
#: 2 жовтня", "вчора, у понеділок").
_APPOSED = re.compile(r"[\s,(—–-]*(?:(?:у|в|во)\s+)?")


#: A stated day's own words: "16 серпня", "16 серпня 2023 року", "понеділок".
_DAY_WORDS = re.compile(r"\d{1,2}\s+[^\W\d_]+(?:\s+\d{4}(?:\s+р(?:оку|\.))?)?|[^\W\d_]+")


def _counted_from(sent: str, at: int, words: dict) -> tuple[int, str] | None:
    """``(days, word)``: the first of ``words`` (day words and their days) that the sentence
    says apart from the day stated at ``at`` (a date, a weekday), counting from that day; None
    when there is none, or it stands beside the stated day and names it ("вчора, 2 жовтня")."""
    low = _lowered(sent)
    stated = _DAY_WORDS.match(low, at)
    end = stated.end() if stated else at
    for word, delta in words.items():
        if not delta or word not in low:
            continue
        for found in re.finditer(rf"\b{re.escape(word)}\b", low):
            gap = (found.end(), at) if found.end() <= at else (end, found.start())
            if _APPOSED.fullmatch(low, *gap):
                break
            return delta, word
    return None


def _lead_relative(sent: str, at: int, day: Date, published: Date) -> int:
    """Rule ``lead_relative``: the days a Ukrainian or Russian report's opening counts from its
    own stamp ("Київ. 16 серпня. … минулої доби відбулося 30 боїв": the date is the day of
    publication, the day word the day the summary covers, by the language's convention in
    ``relative_days``); 0 when the date is not the publication day or the day word stands
    beside it, naming the same day ("вчора, 2 жовтня")."""
    if day != published:
        return 0
    counted = _counted_from(sent, at, claim_words(("uk", "ru")).relative_days)
    return counted[0] if counted else 0


def _lead_date(sents, published: Date) -> Date | None:
    """The first full date in the report's opening sentences (see :data:`LEAD_SENTENCES`),
    else the first weekday they name (rule ``lead_weekday``: "The chief of Russia's general
    staff told Putin on Thursday that …": the day the report's news was made, the last such
    day on or before publication)."""
    return _lead_dated(sents, published)[0]


def _lead_dated(sents, published: Date) -> tuple[Date | None, int | None, int | None]:
    """:func:`_lead_date` and the index of the opening sentence that gives it (``None`` when
    no opening sentence does, e.g. rule ``report_dated``). Rule ``lead_later``: a sentence
    before that one in its own paragraph ("Окупанти обстріляли Херсон, повідомив Прокудін. У
    неділю ворог атакував Берислав.") is not dated by it: the later sentence's day is its
    own event's, not the report's. A day a voice spoke on ("The military said on Tuesday
    that …") is the report's day and dates the sentences before it too (index ``None``).
    The third value is the index of the sentence that gives the day, whatever it dates (rule
    ``lead_voice``), ``None`` for rule ``report_dated``."""
    w = claim_words()
    opening = [(i, s) for i, (_, _, s) in enumerate(sents[:LEAD_SENTENCES]) if not w.recap.match(s)]
    # "Нагадаємо, вчора, 17 січня …": backstory, not the day the report covers
    # the first opening sentence with a day decides: a full date, else a weekday ("…, an army
    # spokesperson said Monday" opens the report; a date two paragraphs on is backstory)
    for i, sent in opening:
        if w.other_event.search(sent):
            continue  # "On February 3, a similar attack killed two": another event's day
        for at, day, precision in _dates(sent, published):
            if precision == "day" and published - timedelta(days=LEAD_DAYS) <= day <= published:
                k = i + 1  # "Київ. 16 серпня. ІНТЕРФАКС-УКРАЇНА – …", "КИЇВ. 23 травня. УНН. …"
                while len(sent.strip()) <= STAMP_LINE and k < min(len(sents), i + 3):
                    sent, k = f"{sent} {sents[k][2]}", k + 1
                spoken = _date_spoken(sent, at, w)
                day += timedelta(days=_lead_relative(sent, at, day, published))
                return day, None if spoken else i, i
        sent = _outside_asides(sent, -1, w)  # rule aside_not_main: not a relative clause's day
        named = _weekdays(sent, published)
        if named:
            counted = _counted_from(sent, named[0][0], w.summary_days)
            spoken = _speech_day(sent, named[0][0], w)
            day = named[0][1] + timedelta(days=counted[0] if counted else 0)
            return day, None if spoken else i, i
    # rule report_dated: "Отчет ISW появился в сети вечером 26 октября и касается …", "Звіт
    # оприлюднено 26 жовтня": the day of the report the article retells, wherever it is said
    for _, _, sent in sents:
        if may_hold(w.report_dated, sent) and w.report_dated.search(sent):
            days = {d[1] for d in _dates(sent, published) if d[2] == "day"}
            if len(days) == 1 and published - timedelta(days=LEAD_DAYS) <= min(days) <= published:
                return min(days), None, None
    return None, None, None


def _report_stamp(sents, published: Date) -> Date | None:
    """Rule ``report_stamp``: the day a bulletin's opening stamps it with, when that is not the
    publication day ("Оперативна інформація станом на 08:00 14.06.2025", "По состоянию на 14
    июня", "as of 08:00 on June 14", a dateline alone on its line, "14.06.2025.", at most
    :data:`LEAD_DAYS` before publication): the day words of the whole report count from it.
    None when the opening has no such stamp."""
    w = claim_words()
    for _, _, sent in sents[:LEAD_SENTENCES]:
        if w.recap.match(sent):
            continue
        for at, day, precision in _dates(sent, published):
            if (
                precision == "day"
                and published - timedelta(days=LEAD_DAYS) <= day < published
                and (
                    w.stamp_before.search(sent, max(0, at - 40), at)
                    # a dateline alone on its line ("14.06.2025.", "Київ. 14 червня.")
                    or len(sent.strip()) <= STAMP_LINE
                )
            ):
                return day
    return None


#: Rule denied_gain: the gains a denial by the other side disputes (not strikes or fighting).
_DISPUTED_GAINS = frozenset(("captured", "advancing", "encircled", "liberated", "withdrawn"))


_OTHER_SIDE = {"RU": "UA", "UA": "RU"}
