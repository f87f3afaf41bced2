"""Claims: an action on a place by a voice, its side, negation, reported speech and status."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from datetime import date as Date
from itertools import accumulate, pairwise

from gazetteer.names import key

from ..lexicon import lexicon
from ..triggers import may_hold, may_hold_between, search_between
from .dates import (
    _DATELINE,
    _DISPUTED_GAINS,
    _OTHER_SIDE,
    _PHRASE_END,
    _WEEKDAY_WORD,
    BACKGROUND_DAYS,
    LEAD_SENTENCES,
    SPEECH_BEFORE_THAT,
    _Anchors,
    _background_participle,
    _claim_date,
    _coarse_at,
    _coarse_dates,
    _date_at,
    _date_own_clause,
    _date_said,
    _dated_voice,
    _dates,
    _days_later,
    _doubt_aside,
    _framed,
    _joined_day,
    _lead_dated,
    _list_headers,
    _night,
    _outside_asides,
    _recent_appositive,
    _relative_aside,
    _relative_gain_clause,
    _report_stamp,
    _summary_frame,
    _voice_frame,
    _weekday_at,
    _weekdays,
)
from .mentions import _ADJECTIVE, _CAP_WORD, _placed, _placing
from .model import Claim, Mention
from .text import _LINE_END, _ROUTE_PAIR, _WORD, report_language, sentence_languages
from .vocabulary import _CYRILLIC, _TYPE_ABBREVIATIONS, CLAIM_COUNTRIES, ClaimWords, claim_words
from .voices import (
    _CLAUSE_END,
    _YEAR,
    ACTOR_REACH,
    AGENT_REACH,
    BACKGROUND_REACH,
    UNPLACED,
    _actions,
    _claimants_in,
    _closes_clause,
    _closing_voice,
    _denier,
    _introduce,
    _introduced_speakers,
    _lexicon_claimants,
    _listed_with_settlement,
    _quote_speakers,
    _relayer,
    _Roles,
    _signed,
    _speaker,
    _speaks,
    _unplaced_speaker,
    _voice_aside,
    _Voices,
    _withdrawal_destinations,
)


class _Covering:
    """Spans of a sentence asked whether one covers a position (``any(a <= x < b …)``) in
    log time: a run-on sentence asks it of each of its n places about n spans (quadratic)."""

    def __init__(self, spans) -> None:
        ordered = sorted(spans)
        self.spans = ordered
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def covers(self, x: int) -> bool:
        i = bisect_right(self._starts, x)
        return i > 0 and self._reach[i - 1] > x

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """The spans that start after ``lo`` and before ``hi``."""
        return self.spans[bisect_right(self._starts, lo) : bisect_left(self._starts, hi)]


#: A capitalised word right after a name: the surname an inflected given name goes with
#: (rule given_name).
_SURNAME_AFTER = re.compile(r" (?-i:[A-ZА-ЯІЇЄҐ])[\w’'-]+")


def _excluded(
    sent: str,
    rel: int,
    end: int,
    axis_spans,
    mention: Mention,
    w,
    attributed: bool = False,
    listed: bool = False,
) -> str | None:
    """Why a mention at ``sent[rel:end]`` is no claim's place (a reference, an axis…), or None.

    A reference followed by a relative clause is that clause's place when the sentence names
    who says so (``attributed``): "… southwest of Kurakhove, which Russian troops have
    stormed, according to DeepState".
    """
    if " " in mention.text and mention.text.rsplit(None, 1)[1].lower() in _REGION_WORDS:
        # rule region_word_run: "villages in Chernihiv Oblast", "the Poltava Region" name the
        # region, never its centre (whichever oblast it is)
        return "a region's name with its region word"
    if (
        {key(mention.text), key(mention.name or "")} & w.oblast_centres
        and not (
            listed
            or w.city_cue.search(sent[max(0, rel - 20) : rel])
            or w.city_cue.match(sent[end:])
            or w.centre_target_before.search(sent[max(0, rel - 60) : rel])
            or w.centre_target_after.match(sent, end)
            or (
                " " not in mention.text  # the bare name, not "Sumy Oblast"
                and w.centre_target_in_before.search(sent[max(0, rel - 60) : rel])
                and not w.non_place_after.match(sent, end)
            )
        )
    ):
        return OBLAST_NAME
    k = key(mention.text)
    if (
        k in w.capitals
        and (
            not (
                w.location_before.search(sent[max(0, rel - 20) : rel])
                # rule centre_target: a capital struck ("missiles struck Kyiv", "attacked Kyiv
                # with drones") is the city, as an oblast centre is
                or w.centre_target_before.search(sent[max(0, rel - 60) : rel])
                or w.centre_target_after.match(sent, end)
            )
            or w.capital_actor_after.match(sent, rel + len(mention.text))
        )
    ):
        return "a capital standing for its government ('Kyiv said', 'Kyiv's counteroffensive')"
    if mention.country is not None and mention.country not in CLAIM_COUNTRIES:
        return "outside_theatre: a place outside the war's theatre"
    # a given name the key starts with, the key at most 2 characters longer (3 set lookups):
    # an inflected given name ("Миколая Олещука") only with a name after it — "Mykolaiv" on
    # its own is the city, not "Mykola" (rule given_name)
    if k in w.given_names or (
        any(k[:n] in w.given_names for n in range(max(0, len(k) - 2), len(k)))
        and _SURNAME_AFTER.match(sent, end)
    ):
        return "a given name"
    if axis_spans.covers(rel):
        return "axis"
    window = sent[max(0, rel - 80) : rel]
    if (
        may_hold_between(w.reference_before, window, 0, len(window))
        and w.reference_before.search(window)
        and not (attributed and w.relative_after.match(sent, end))
        and not (w.reference_claimed.search(window) and not w.reference_narrowed.match(sent, end))
    ):
        return "location reference"
    if w.unit_after.match(sent, end):
        return "a unit's name (rule unit_after)"
    if w.description_after.match(sent, end):
        return DESCRIBED
    if w.non_place_after.match(sent, end) or _adjectives_before_region(sent, rel, end, w):
        return "region, axis or other non-settlement"
    if may_hold(w.region_before, window) and w.region_before.search(window):
        return "region_of: a region named after 'region of'"
    if rel and sent[rel - 1] in "«„\"“'‘" and sent[end : end + 1] in ("»", "“", "”", '"', "'", "’"):
        # "«Дніпро»", "the 'Kursk' operation": the quotes hold just the name; a quote that
        # opens on a place ('"Chasiv Yar is under our control," he said') is no name
        return "a quoted name (a unit or operation)"
    return None


#: An article a capitalised run of words may open with ("The Khortytsia group").
_ARTICLE = re.compile(r"(?:The|the|A|An)\s+")


#: What may stand before a sentence's subject: an opening word set off by a comma ("Meanwhile,")
#: and an article (rule ``analyst_subject``).
_ANALYST_SUBJECT_OPENING = re.compile(r"\s*(?:[^\W\d_]+,\s+)?(?:(?:The|the|A|An)\s+)?")


#: Why :func:`_excluded` leaves out a place the sentence describes ("X lies 10 km …").
DESCRIBED = "a place the sentence describes"
#: The region words of every language ("Oblast", "region", "raion"; the statements lexicon's).
_REGION_WORDS = frozenset(w.lower() for w in lexicon().region_words)

#: Why :func:`_excluded` leaves out an oblast centre's bare name ("Kharkiv" may be the oblast).
OBLAST_NAME = "an oblast's name, not said to be the city"


def _centre_anaphora(sent: str, start: int, ana, centres: list, places: list, w) -> tuple | None:
    """Rule ``centre_anaphora``: "the city" struck later in the sentence ("Oleksandr Senkevych,
    mayor of Mykolaiv, reported powerful explosions in the city"; "Two people were killed in
    Kharkiv after the Russian military attacked the city with missiles") is the one oblast
    centre named before it, which is then the city, not its oblast: ``(offset, mention)`` or
    None. No other place may stand between them, and the words before "the city" must say it
    was struck ("in", "hit", "attacked" …; not "near the city")."""
    at = ana.start()
    before = [m for m in centres if m.span[1] - start <= at]
    if (
        not before
        or len({m.place_id or m.name for m in before}) != 1
        or any(before[-1].span[1] <= m.span[0] and m.span[0] - start < at for m in places)
        or not w.centre_anaphora.match(sent, at)
        or not w.centre_anaphora_before.search(sent, max(0, at - 30), at)
    ):
        return None
    return at, before[-1]


def _adjectives_before_region(sent: str, rel: int, end: int, w: ClaimWords) -> bool:
    """Rule ``region_adjective_list``: an adjective-shaped name that opens a list of such
    adjectives ending in a region word is a raion, oblast or axis, not a settlement
    ("Харківського, Куп'янського та Чугуївського районів", "Днепропетровской и Запорожской
    областях")."""
    if not _ADJECTIVE.search(sent[rel:end].lower()):
        return False
    pos = end
    while (link := w.list_link.match(sent, pos)) and (word := _CAP_WORD.match(sent, link.end())):
        if not _ADJECTIVE.search(word.group().lower()):
            return False
        pos = word.end()
        if w.non_place_after.match(sent, pos):
            return True
    return False


def _route_origins(sent: str, w: ClaimWords) -> list[tuple[int, int]]:
    """Rule ``route_origin``: the spans of the first places of the routes an attack took
    ("відбили атаки на напрямках Глибоке – Липці, Лук'янці – Липці та Шебекіне (рф) –
    Вовчанськ": Глибоке, Лук'янці, Шебекіне), which the words ``route_before`` open."""
    out = []
    if not may_hold(w.route_before, sent):
        return out
    for opener in w.route_before.finditer(sent):
        at = opener.end()
        while (pair := _ROUTE_PAIR.match(sent, at)) is not None:
            out.append(pair.span(1))
            at = pair.end()
    return out


#: A sentence that ends in a question mark right after its last word (rule ``question``; a
#: "?" standing alone between spaces is a lost dash, "Глибоке ? Липці").
_QUESTION = re.compile(r"[^\W_][»\"”’')]*\?[\s»\"”’')]*$")


#: The side that governs a country the sentence's places all lie in, for a territorial voice
#: ("the governor") the sentence does not place otherwise (rule ``territorial_voice``).
_COUNTRY_SIDE = {"RU": "RU"}


def _lead_voices(sents, named, langs, at: int | None) -> frozenset | None:
    """Rule ``lead_voice``: the claimants that speak in the sentence giving the report's day
    (see :func:`dates._lead_dated`), whose undated claims elsewhere that day dates; None when
    that sentence names no speaking claimant of a known side (then it dates every voice's)."""
    if at is None:
        return None
    sent = sents[at][2]
    w = claim_words(langs[at])
    speaking = [c for c in named[at] if _speaks(sent, c, w)]
    if not speaking or any(c[3] == "context" for c in speaking):
        return None
    return frozenset(c[2] for c in speaking) | frozenset(c[3] for c in speaking)


def _voiced_lead(voices: frozenset | None, name: str, side: str) -> bool:
    """Rule ``lead_voice``: whether the report's day dates an undated claim of ``name`` (of
    ``side``): "The General Staff said fighting continued in Toretsk. The Russian defence
    ministry said on Tuesday its troops took X" — Tuesday is the ministry's day, not the
    General Staff's; a voice of the lead voice's side ("Gerasimov told Putin on Thursday …
    He said …") keeps it."""
    return voices is None or name in voices or side in voices


def _claims(sents, by_sentence, published: Date, paragraphs=None) -> list[Claim]:
    """The claims of a report, sentence by sentence (see the module docstring)."""
    paragraphs = paragraphs or [0] * len(sents)
    report = report_language(" ".join(sent for _, _, sent in sents[:20]))
    langs = [sentence_languages(sent, report) for _, _, sent in sents]
    report_lead, lead_at, lead_from = _lead_dated(sents, published)
    stamp = _report_stamp(sents, published)
    intraday = any(
        claim_words().intraday_opening.search(sent) for _, _, sent in sents[:LEAD_SENTENCES]
    )
    headers = _list_headers(sents, paragraphs, published)
    # rule chronicle_item: in a chronicle of items each opened by a line holding only its time
    # ("08:11"), a voice's day frames the rest of its item, not only its paragraph
    clocks = [bool(_CLOCK_LINE.fullmatch(sent)) for _, _, sent in sents]
    frames_in = list(accumulate(clocks)) if any(clocks) else paragraphs
    people: dict[str, tuple[str, str, str]] = {}
    named = [_claimants_in(sent, {}, langs[si]) for si, (_, _, sent) in enumerate(sents)]
    relays = [_relayer(sent, named[si], langs[si]) for si, (_, _, sent) in enumerate(sents)]
    quoted = _quote_speakers(sents, named, langs)
    lead_voices = _lead_voices(sents, named, langs, lead_from)
    voices = _Voices(sents)
    roles = _Roles()  # who makes, relays and doubts the claims the report is giving
    last_target: Mention | None = None
    last_targets: list[Mention] = []  # the places the last sentence with places claimed
    unconfirmed: set[str] = set()
    called_false: set[tuple[int, str]] = set()  # (sentence, place) an aside calls untrue
    claims: list[Claim] = []
    named_before: list[Mention] = []  # the places the sentence before named
    anchors, dating = _Anchors(), {}
    counts_at: dict[int, re.Match | None] = {}  # each sentence's "N days after" (days_relative)
    weeks_at: dict[int, str | None] = {}  # each sentence's week_continued note, read once
    pending = None  # an action whose places the next sentence lists ("These are A, B and C")
    carried = False  # whether ``pending`` was kept over a sentence between (rule list_after_aside)
    #: a dated summary no voice signs (sentence, text, kind): the next sentence's voice may
    unsigned = None
    unplaced_quotes: set[int] = set()  # sentences quoting a speaker nobody can place
    for si, (start, _, sent) in enumerate(sents):
        w = claim_words(langs[si])
        # rule lead_later (see dates._lead_dated): a sentence before the opening sentence
        # that gives the report's day, in its paragraph, is not dated by that day
        lead = (
            None
            if lead_at is not None and si < lead_at and paragraphs[si] == paragraphs[lead_at]
            else report_lead
        )
        if clocks[si]:
            # rule chronicle_item: a chronicle's item is a post of its own; a voice's day
            # told in an earlier item dates none of this one's claims
            anchors.said.clear()
            anchors.frame.clear()
        spoke = voices.seen[-1][1:] if voices.seen else None  # who spoke last before
        countries = {
            m.country
            for m in by_sentence.get(si, [])
            # an ambiguous name whose readings all lie in one country places the voice too
            # ("Ukrainian drones struck Shebekino overnight, the regional governor said")
            if m.kind == "settlement" and (not m.ambiguous or m.one_country) and m.place_id
        }
        who_here = voices.place(
            sent,
            # the claimants read above, unless a person named before is named here too
            _claimants_in(sent, people, langs[si])
            if any(stem in sent for stem in people)
            else list(named[si]),
            w,
            keep=True,
            denials=[a for a in _actions(sent, langs[si]) if a[2] == "denied"],
            # rule territorial_voice: the one country the sentence's places lie in
            country=_COUNTRY_SIDE.get(next(iter(countries))) if len(countries) == 1 else None,
        )
        if who_here and anchors.frame:
            # rule voice_frame: another voice named ends a voice's frame
            here = {c[2] for c in who_here}
            anchors.frame = {k: v for k, v in anchors.frame.items() if not k or k in here}
        _introduce(
            sent,
            voices.place(sent, named[si], w),
            people,
            [m.span[0] - start for m in by_sentence.get(si, []) if m.kind == "settlement"],
        )
        if w.actor_subjects and not any(_speaks(sent, c, w) for c in who_here):
            who_here = _introduced_speakers(sent, who_here, w)
        if unsigned is not None and unsigned[0] == si - 1 and paragraphs[si] == paragraphs[si - 1]:
            # rule signed_summary: "Over the past day, Russians shelled the oblast 2,280 times.
            # Kostiantynivka and Sloviansk came under fire, the governor said": the summary
            # no voice signs is the next sentence's speaker's, and dates its undated claims
            voice = next((c for c in who_here if _speaks(sent, c, w)), None)
            if voice is not None and voice[2] not in anchors.said:
                when, precision, note = _claim_date(
                    unsigned[1], published, anchors, voice[2], lead, stamp=stamp,
                    intraday=intraday, side=voice[3],
                )  # fmt: skip
                if precision == "day" and not note.startswith("date not stated"):
                    anchors.said[voice[2]] = Claim("", voice[2], voice[3], unsigned[2],
                                                   when.isoformat(), "day", "claimed", unsigned[1],
                                                   si - 1, f"{note} (rule signed_summary)")  # fmt: skip
        unsigned = None
        places = [m for m in by_sentence.get(si, []) if m.kind in ("settlement", "unresolved")]
        # what a place may be named to locate: a claim's place, or a feature ("the Oskol River
        # near X"; the ends of both, and which are features)
        located = sorted(
            (m.span[1], m.kind == "feature")
            for m in by_sentence.get(si, [])
            if m.kind in ("settlement", "unresolved", "feature")
        )
        located_ends = [b for b, _ in located]
        axis = [m.span() for m in w.axis.finditer(sent)] if may_hold(w.axis, sent) else []
        axis += _route_origins(sent, w)
        eligible, described, centres = [], [], []
        # a claimant's name, also one inside another's description ("Lykhovyi, a spokesman
        # for the Khortytsia group, said"), is no place
        names = who_here + [
            c for c in _lexicon_claimants(sent, langs[si]) if places and "en" in langs[si]
        ]
        named_spans = _Covering(c[:2] for c in names)
        axis_spans = _Covering(axis)
        in_order = sorted(places, key=lambda o: o.span[0])
        for m in places:
            rel, rel_end = m.span[0] - start, m.span[1] - start
            if named_spans.covers(rel) or any(
                _ARTICLE.fullmatch(sent, rel, c[0]) for c in named_spans.starting_in(rel, rel_end)
            ):
                # a claimant's name ("the group Khortytsia"; "The Khortytsia group", whose place
                # run opens with "The"), not its place
                continue
            j = bisect_right(located_ends, m.span[0]) - 1  # the name right before this one
            before = located[j] if j >= 0 else None
            if (
                before is not None
                and (before[1] or (eligible and eligible[-1][1].span[1] == before[0]))
                and w.locator_between.match(sent, before[0] - start, rel)
            ):
                # "the village of Vovkove near Pokrovsk": Pokrovsk only locates it (and "the
                # Oskol River near Kupyansk" too, though the river is no claim's place)
                continue
            listed = _listed_with_settlement(sent, start, m, in_order, w)
            why = _excluded(sent, rel, m.span[1] - start, axis_spans, m, w, bool(who_here), listed)
            if why is None:
                eligible.append((rel, m))
            elif why == DESCRIBED:
                described.append(m)
            elif why == OBLAST_NAME:
                centres.append(m)
        # a place the sentence describes is no claim of its own, but what the next sentence's
        # "It" points back to ("Бересток находится … . Его взяли под контроль")
        prev, named_before = named_before, [m for _, m in eligible] or described
        # a dateline's date is the day the report was filed, not the day of its claims
        opening = _DATELINE.match(sent)
        undated = " " * opening.end() + sent[opening.end() :] if opening else sent
        waiting, pending = pending, None
        was_carried, carried = carried, False
        retracted_or_asked = bool(
            (may_hold(w.correction, sent) and w.correction.search(sent))
            or ("?" in sent and _QUESTION.search(sent))
        )
        narrated: dict = {}  # place -> claim of the outlet's own description (own_narration)
        if w.narration_after and places and not retracted_or_asked:
            own = _own_narration(sent, start, si, places, axis_spans, named_spans, w, published)
            claims += own
            narrated = {c.place: c.claim for c in own}
        if retracted_or_asked:
            # rule correction: "An earlier version of this article said Russian troops had
            # captured Lyman": what the report retracts is no claim of it; rule question: a
            # sentence that asks ("Russia takes Pokrovsk? Kyiv says no") claims nothing
            continue
        false = w.false_aside.search(sent) if may_hold(w.false_aside, sent) else None
        if false is not None:
            # rule false_aside: "Russia said Ukrainian troops withdrew from X, but that is
            # untrue": the claims at the places before the aside are disputed
            called_false |= {(si, m.name) for m in places if m.span[1] - start <= false.start()}
        doubt = w.unconfirmed.search(sent) if may_hold(w.unconfirmed, sent) else None
        if doubt is not None and _doubt_aside(sent, doubt.start(), langs[si], w):
            # rule doubt_aside: "Russia said its forces had liberated X, a claim Reuters could
            # not independently verify": the claims before the aside stand, unconfirmed
            unconfirmed |= {m.name for m in places if m.span[1] - start <= doubt.start()}
        elif doubt is not None:
            # a capital standing for its government ("Kyiv has not confirmed the claim") is the
            # doubter, not a doubted place (rule not_confirming)
            doubted = {
                m.name
                for m in places
                if not any(c[0] <= m.span[0] - start < c[1] for c in who_here)
            } or ({last_target.name} if last_target else set())
            unconfirmed |= doubted
            if who_here:
                roles.doubt(who_here[-1][2:], spoke, si, bool(doubted))
            if w.voice_points_back is not None and not any(
                c[3] in CLAIM_COUNTRIES and c[4] != "media" for c in who_here
            ):
                # rule voice_closed: the outlet's own "Reuters could not independently verify
                # the reports" (no side's voice doubts): the source's voice ends here
                roles.closed = True
            continue
        # a word inside a claimant's name is no action ("в оборонном ведомстве", "Силы обороны"),
        # unless it is the claimant's own denial ("Киев опроверг", "Ukraine denied")
        # rule action_in_name: a word inside a place's name is no action ("Бударки",
        # "Ударне", "Наступне" hold "удар", "наступ")
        named_spans = sorted((m.span[0] - start, m.span[1] - start) for m in places)
        named_starts = [p[0] for p in named_spans]
        # rule voice_relative: "Ukraine's General Staff, which has denied several Russian
        # claims, said …": an action inside the clause describing a voice, naming no place of
        # its own, is no action of the sentence
        voice_clauses = [
            (c[1], at)
            for c in who_here
            if (at := _voice_aside(sent, c[1], w)) is not None
            and not any(c[1] <= p < at for p in named_starts)
        ]
        actions = [
            a
            for a in _actions(sent, langs[si])
            if (a[2] == "denied" or not any(c[0] <= a[0] < c[1] for c in who_here))
            and not any(lo <= a[0] < hi for lo, hi in voice_clauses)
            and not _within_span(a[0], named_starts, named_spans)
            # rule casualty: "two people were killed in X" is a strike there only in a
            # sentence that names what struck (casualty_cause), where the language asks for it
            and not any(
                words.match(sent, a[0])
                and not _cause_in_clause(sent, a[0], cause, end)
                # rule casualty_told_on: "Russian attacks killed three in the oblast, the
                # governor said. Two were killed in X and one in Y": the sentence before, in
                # the same paragraph, named what struck, and this one names no cause of its own
                and not (
                    si
                    and paragraphs[si] == paragraphs[si - 1]
                    and cause.search(sents[si - 1][2])
                    and not cause.search(sent)
                    and not w.casualty_other_cause.search(sent)
                )
                for words, cause, end in w.casualty_cause
            )
        ]
        if (
            not actions
            and waiting is not None
            and eligible
            and (intro := w.list_intro.match(sent))
            and _bare_list(sent[_word_start(sent, intro.end()) :], w)
        ):
            kind, who_then = waiting
            actions = [(0, 0, kind)]  # "… captured three villages. These are A, B and C."
            # a run of such lines ("Харківський район: A, B. Куп'янський район: C.") lists
            # the places of the one action before them
            pending = waiting
            if not who_here and who_then is not None:
                roles.source, roles.closed = who_then, False
        if not actions:
            if (
                waiting is not None
                and not was_carried
                and not any(m.kind == "settlement" for m in places)
            ):
                # rule list_after_aside: one sentence naming no settlement and no action may
                # come between the count and its list ("… освободили пять населенных пунктов.
                # По два из них находятся в ДНР и Запорожской области … . Речь идет о …")
                pending, carried = waiting, True
            if who_here:
                if relays[si] not in (None, UNPLACED) and relays[si][2] in w.assessed_kinds:
                    # rule relay_source: "The situation was reported by the Institute for the
                    # Study of War": the analyst, named as the agent of reporting, speaks on
                    # (a side's voice relaying is left to rule roles: its claims stay its own)
                    roles.source, roles.closed = relays[si], False
                    roles.paragraph, roles.last_named = paragraphs[si], relays[si]
                else:
                    roles.named(who_here, sent, w, paragraphs[si])
                _dated_voice(undated, si, published, anchors, who_here, w)
                _voice_frame(undated, si, frames_in[si], published, anchors, who_here, w)
            elif not eligible:
                _summary_frame(undated, si, frames_in[si], published, anchors, w)
            _date_said(sent, published, claims, people)
            continue
        targets = list(eligible)
        recalled = False  # the places are those of a description ("the town"), not named
        if targets:
            last_targets = [m for _, m in targets]
            # rule anaphora_in_sentence: "the village" after a place and another action than
            # the place's own is that place again ("X was under Russian control in 2022, then
            # it was recaptured …, and now the Russians have occupied the ruins of the village";
            # "зайшли в Ізюм та взяли місто під контроль")
            at, end = targets[-1][0], targets[-1][0] + len(targets[-1][1].text)
            ana = w.anaphora.search(sent, end)
            between = sum(end <= a[0] < ana.start() for a in actions) if ana else 0
            own = 0 if any(a[0] < at for a in actions) else 1  # its own action comes after it
            if between > own and not w.description_after.match(sent, ana.end()):
                targets.append((ana.start(), targets[-1][1]))
        else:
            denies = any(a[2] == "denied" for a in actions)
            said = w.claim_anaphora.search(sent) if denies else None
            if said is None and denies and (pronoun := w.claim_pronoun.search(sent)):
                # rule pronoun_denial: "Russia said it captured X. Ukraine's military denied
                # it": the places the sentence right before claimed, and only those
                claimed = {c.place for c in claims if c.sentence == si - 1}
                if claimed and all(m.name in claimed for m in prev):
                    said, last_targets = pronoun, prev
            ana = w.anaphora.search(sent)
            if ana and w.description_after.match(sent, ana.end()):
                ana = None  # "The settlement lies 10 km southwest of …": described, not claimed
            centre = _centre_anaphora(sent, start, ana, centres, places, w) if ana else None
            if ana and any(m.span[0] - start < ana.start() for m in places):
                # rule anaphora_nearest: "просувалися на північний захід від Авдіївки та на
                # південний захід від Очеретиного і до околиці населеного пункту": the
                # settlement is the one the sentence just named, not an earlier sentence's
                ana = None
            if said:  # "denied the claim": every place the claim named
                targets = [(said.start(), m) for m in (prev or last_targets)]
            elif centre is not None:
                targets, recalled = [centre], True
            elif ana and len(prev) == 1:  # "Бересток находится … . Его взяли под контроль"
                targets, recalled = [(ana.start(), prev[0])], True
            elif ana and last_target is not None:
                targets, recalled = [(ana.start(), last_target)], True
            last = actions[-1][0]
            if not targets and not _doubted(sent, last, w):
                speaker = _speaker(sent, who_here, last, w)
                pending = (actions[-1][2], speaker[2:] if speaker else roles.source)
        # a claim nobody in the sentence makes, which the next sentence denies ("information
        # appeared that … However, the command denied it"), is the denied rumour, not a claim
        rumour = not who_here and _denies(sents, si + 1, langs)
        relayed = roles.relayed(si, relays, named)
        if relayed is not None and (
            (w.voice_points_back is not None and w.voice_points_back.search(sent))
            or w.claimant_anaphora.search(sent)
        ):
            # rule relay_own_voice: "It said fighting continued near X. This was stated in
            # the latest report of ISW": a sentence whose voice points back ("It said", "the
            # same source") is that voice's, not the relayer's named after it
            relayed = None
            if si and named[si - 1]:  # the voice the sentence before named, which "It" is
                relayed = voices.place(sents[si - 1][2], named[si - 1][:1], w)[0][2:]
        fallback = relayed or roles.carried(paragraphs[si], sent, w)
        if (
            not who_here
            and roles.paragraph != paragraphs[si]
            and si + 1 < len(sents)
            and paragraphs[si + 1] == paragraphs[si]
            and (closing := _closing_voice(sents[si + 1][2], named[si + 1], langs[si + 1]))
        ):
            # rule paragraph_voice: "Російські війська активізували наступ … . Після кількох
            # місяців … увійшли до частини міста, пише Financial Times.": the voice closing
            # the paragraph's next sentence speaks for the paragraph, not one carried from an
            # earlier paragraph
            fallback = voices.place(sents[si + 1][2], [closing], w)[0][2:]
        if si in quoted:
            # rule quote_span: a sentence inside a quote that another sentence closes with its
            # speaker ('"Our units repelled … . The enemy also attacked near X," the General
            # Staff said') is that speaker's
            close, who = quoted[si]
            fallback = voices.place(sents[close][2], [who], w)[0][2:]
        if fallback is None and si + 1 < len(sents) and named[si + 1]:
            # "Ukrainian officials have not confirmed the report": the other side, not the speaker
            nxt = sents[si + 1][2]
            acts = _actions(nxt, langs[si + 1])
            # rule aftermath_voice: "… Поранено трьох людей, повідомив голова ОВА": the harm a
            # strike did, at no place of its own, tells of the strike before, by that voice
            aftermath = (
                acts
                and not by_sentence.get(si + 1)
                and {a[2] for a in acts} == {"shelled"}
                and {a[2] for a in actions} <= {"shelled", "attacked"}
            )
            nw = claim_words(langs[si + 1])
            if (
                (not acts or aftermath)
                and not nw.unconfirmed.search(nxt)
                # rule silent_not_signature: "Kyiv has not commented on the claim", "Moscow did
                # not comment": the side that keeps silent about the claim does not sign it
                and not (may_hold(nw.no_comment, nxt) and nw.no_comment.search(nxt))
            ):
                # "… Sverdlikovo. This reports DeepState.": a sentence that only says who
                # speaks; one with claims of its own ("Russian milbloggers claimed …") is not
                fallback = voices.place(sents[si + 1][2], named[si + 1][:1], w)[0][2:]
        elif fallback is None and not roles.closed:
            # a bulletin's signature after its lines (not after the outlet's "could not
            # verify", which ended the voices before it: rule voice_closed)
            fallback = _signed(sents, named, langs, si)
        if (
            fallback is None
            and not who_here
            and w.own_side_voice
            and not _YEAR.search(sent)
            and all(a[2] != "denied" for a in actions)
        ):
            # rule own_side_voice: "ворог атакував позиції наших захисників у районі X" with no
            # voice named or carried: the side that calls the forces "ours" reports it — not in
            # a sentence that denies ("«Российские войска освободили Торецк» — фейк, опровергли в
            # ВСУ": the words quote the other side)
            fallback = next((o[1:] for o in w.own_side_voice if o[0].search(sent)), None)
        if not who_here and (
            w.quote_attribution.search(sent)
            or (si - 1 in unplaced_quotes and sent.lstrip()[:1] in _QUOTE_OPENS)
        ):
            # rule quoted_unplaced: '"Our forces have taken X," the brigade commander told
            # AFP': a quote whose speaker the lexicon does not know (nor the quote's next
            # sentence, opening a quote again) is not a neighbouring sentence's voice
            unplaced_quotes.add(si)
            fallback = None
        if (
            fallback is not None
            and (
                (may_hold(w.own_voice, sent) and w.own_voice.search(sent))
                or (
                    # the carried side named in the sentence ("…, але ЗСУ це спростовують")
                    # still answers the other side's voice: left to the rules of denial
                    bool(w.own_voice_sides)
                    and not any(c[3] == fallback[1] for c in who_here)
                    and any(
                        side != fallback[1] and pattern.search(sent)
                        for side, pattern in w.own_voice_sides
                    )
                )
            )
            and not (w.voice_points_back is not None and w.voice_points_back.search(sent))
            and not w.claimant_anaphora.search(sent)
            # the claimants it names do not speak ("according to a photo showing Ukrainian
            # soldiers holding a flag": the soldiers are what the photo shows)
            and not any(_speaks(sent, c, w) for c in who_here)
        ):
            # rule own_voice: a sentence attributed to the outlet's own evidence ("…,
            # according to a photo geolocated by CNN", "a Reuters reporter … heard") or to an
            # unknown voice of the other side than the carried one ("A Ukrainian mortar unit
            # told Reuters …" after Wagner's chief spoke) is not the carried voice's
            fallback = None
        if fallback is not None and not who_here and w.reminder.match(sent):
            # rule reminder: "Нагадаємо, що раніше українські військові просунулися біля X":
            # the outlet recalls what was reported before; the carried voice does not say it
            fallback = None
            if (
                w.reminder_today.search(sent)
                and not w.reminder_other_day.search(sent)
                and not _YEAR.search(sent)
            ):
                # rule reminder_today: "Нагадаємо, сьогодні вночі окупанти вдарили по X": the
                # outlet's own report of the day, told from the side the sentence gives
                fallback = next((o[1:] for o in w.own_side_voice if o[0].search(sent)), None)
        if (
            fallback is not None
            and not who_here
            and any(
                may_hold(opening, sent) and opening.match(sent.lstrip())
                for opening in (w.topic_shift, w.nominal_opening)
            )
        ):
            # rule topic_shift: "Russia said on Monday it had captured Dachne. Separately,
            # Russian drones hit Dnipro overnight": a sentence turning to other news is the
            # outlet's own; rule nominal_opening: "Ukraine said it was holding back enemy
            # forces in Pobeda. The capture of Avdiivka last week, after Marinka fell in
            # December, marks a turning point for Moscow": a change of hands told as the
            # subject of the outlet's comment. The voice carried from before says neither
            fallback = None
        if fallback == UNPLACED or (not who_here and _unplaced_speaker(sent, w)):
            # rule unplaced_speaker: a person the lexicon cannot place speaks ("Об этом
            # сообщил глава администрации Виталий Петров"): the side is not guessed
            fallback = None
        if fallback is not None and may_hold(w.no_comment, sent) and w.no_comment.search(sent):
            # rule no_comment: "The ministry made no comment on Torske, where fighting was
            # reported": the place's report is nobody's the text names, not the voice before
            fallback = None
        if may_hold(w.bystander, sent) and w.bystander.search(sent):
            # rule bystander: "… taken by the Ukrainian army," the witness said: a witness's or
            # resident's words are no side's claim (nor the carried source's)
            targets, fallback = [], None
        speaking = bounds = None  # worked out once per sentence, when a target needs them
        attributed = None  # the quotes the sentence attributes (rule quoted_unplaced)
        if may_hold(w.quote_attribution, sent):
            spans = [m.span() for m in w.quote_attribution.finditer(sent)]
            opened = _QUOTE_OPEN.search(sent)
            if spans and opened:
                marks = [m.start() for m in _QUOTE_MARK.finditer(sent)]
                attributed = (spans, [a for a, _ in spans], marks, opened.start())
        past: list[Mention] = []  # places of the story's background, not of its claims
        denying = None  # who denies the other side's claim in the sentence (other_side_claim)
        # the first place after each target's run of listed places ("A, B and C"): where a
        # place before its action is shadowed by another (rule fronted_locator)
        after_run = _after_runs(sent, targets, w)
        # each withdrawal's words of going ("to a defensive line", "на более выгодные
        # рубежи"): the first after the first place after it (rule withdrawal_destination)
        went = _withdrawal_destinations(sent, actions, targets, w)
        closed = _closed_relatives(sent, w) if len(targets) > 1 else []
        fronted = None  # the last place that took the action after it (rule fronted_clause)
        reach_memo: dict = {}  # rule action_reach, per action: linear in the list
        for k, (rel, target) in enumerate(targets):
            before = [a for a in actions if a[0] < rel]
            # rule list_after_relative: "shelled Nikopol, where a house was damaged, Marhanets
            # and Pokrovske": a place right after a relative clause closed by a comma goes on
            # the list the clause interrupted; an action inside the clause is not its action
            resumed = [
                sp
                for sp in closed
                if sp[1] < rel
                and any(
                    sp[1] < t <= rel and w.list_link.fullmatch(sent, sp[1], t) for t, _ in targets
                )
            ]
            if resumed:
                before = [a for a in before if not any(s <= a[0] < e for s, e in resumed)]
            if before and _attributive_of(sent, before[-1], rel, w):
                # rule attributive_participle: "The recaptured village of Robotyne was shelled
                # on Monday": the participle names a past gain as the place's adjective; the
                # place takes the action after it (none: no claim)
                before = []
            act = before[-1] if before else next((a for a in actions if a[0] > rel), None)
            own = _relative_action(sent, rel, rel + len(target.text), actions, w)
            if own is not None:
                before, act = [], own  # "… northwest of Ostapivske, which Moscow claimed …"
            elif before:
                if speaking is None:
                    speaking = [c for c in who_here if _speaks(sent, c, w)]
                if _list_ended(sent, act[1], rel, speaking, w):
                    # rule list_ends: "Russian forces captured Dachne, the ministry said on
                    # Monday, while Ukrainian troops held Torske": the place is in a clause of
                    # its own, whose verb is no action; it takes an action only after it
                    before = []
                    act = next((a for a in actions if a[0] > rel), None)
                elif (
                    fronted is not None
                    and fronted[0] == k - 1
                    and w.list_link.fullmatch(
                        sent, targets[k - 1][0] + len(targets[k - 1][1].text), rel
                    )
                ):
                    # rule fronted_clause: the next name of the fronted place's list
                    before, act = [], fronted[1]
                    fronted = (k, act)
                elif own_clause := _fronted_object(sent, act[1], rel, len(target.text), w):
                    # rule fronted_object: "Окупанти захопили X, а Y наші воїни утримують",
                    # "ВСУ оставили X, а Y пока держат": Y is the object of a clause of its
                    # own, and takes only an action of that clause (none: no claim)
                    later = _fronted_action(
                        sent, own_clause, rel, len(target.text), actions, w, True
                    )
                    before, act = [], later
                    fronted = (k, act)
                elif later := _fronted_action(sent, act[1], rel, len(target.text), actions, w):
                    # rule fronted_clause: "Росіяни захопили X, а біля Y тривають бої", "ВС РФ
                    # заняли X, под Y идут бои": Y is fighting, not captured
                    before, act = [], later
                    fronted = (k, act)
            if act is None:
                continue
            if (
                before
                and not resumed
                and act[2] in w.reach_kinds
                # an action after the place may still be its own ("…, but reports that
                # Pokrovsk had fallen were false")
                and not any(a[0] >= rel + len(target.text) for a in actions)
                and (
                    _reach_ended_since(sent, act[1], targets, k, rel, w, reach_memo)
                    if k and act[1] <= targets[k - 1][0]
                    else bool(w.reach_stop.search(sent, act[1], rel))
                )
            ):
                # rule action_reach: "took Dachne and are now eyeing X", "захопили Дачне і
                # тепер загрожують X", "captured Dachne; the next target is X": a capture that
                # took an earlier place reaches a later one only across a list (and none
                # across "the next target is")
                continue
            if (
                before
                and k
                and not resumed
                and act[1] <= targets[k - 1][0]
                and w.relative_after.search(sent, targets[k - 1][0], rel)
            ):
                # rule relative_description: "… had seized Illinka, which is a target for
                # Moscow as it aims to occupy nearby Pokrovsk": a place in a relative clause on
                # the action's own place, with no action of its own there, describes it
                continue
            nxt = targets[after_run[k]][0] if after_run[k] < len(targets) else None
            if (
                not before
                and nxt is not None
                and (nxt < act[0] or max(a for a in actions if a[0] < nxt) == act)
                and not _gapped(sent, rel, nxt, targets[after_run[k]][1], actions)
            ):
                continue  # "near Kupiansk, Russian troops managed to advance in Kyslivka"
            desc = (
                None
                if before or w.fronted_place.search(sent, 0, rel)
                else w.appositive_after.match(sent, rel + len(target.text))
            )  # rule fronted_place: "In the town of X, a house was destroyed by …"
            if desc and act[0] < desc.end():
                continue  # "Pokrovsk, a major target of Russian advances": a description
            if not before and w.forward_stop.search(sent, rel + len(target.text), act[0]):
                continue  # "Evacuations from Pokrovsk continued as Russian forces advanced"
            denial = next(
                (a for a in actions
                 if a[2] == "denied" and a[0] < act[0] and not w.contrast.search(sent, a[1], act[0])
                 # rule participle_voice: "denied …, adding that fighting continued near X":
                 # the voice's next words are no part of what it denies
                 and not w.participle_voice.search(sent, a[1], act[0])),
                None,
            )  # fmt: skip
            denied = act if denial is not None else None
            if (
                denial is None
                and act[2] == "denied"
                and act[1] <= rel
                and w.denial_topic.search(sent, act[1], rel)
                and not any(act[1] <= a[0] < rel and a[2] != "denied" for a in actions)
            ):
                # rule denial_topic: "У ЗСУ заперечили втрати серед цивільних у Покровську",
                # "Ukraine denied that its troops had used cluster munitions near Pokrovsk": a
                # denial of something else at the place (lexicon denial_topics), no action there
                continue
            if denial is not None:
                act = denial  # "denied reports that Russian forces captured Pokrovsk"
            if act[1] <= rel and search_between(w.purpose, sent, act[1], rel):
                # rule purpose_clause: "…, где продолжаются бои, чтобы лучше подготовить город
                # Константиновку к обороне": a place in a purpose clause after the action is
                # what the action is for, not where it happens
                continue
            if (
                act[2] == "denied"
                and act[1] <= rel
                and search_between(w.concession, sent, act[1], rel)
            ):
                # rule denial_concession: "назвав повідомлення Москви брехнею, визнавши
                # водночас, що ситуація в районі Покровська складна": what the denier concedes
                # after the denial is no object of it
                continue
            a_start, _, kind = act
            if (
                kind in w.gain_kinds
                and w.denial_before.search(sent[max(0, a_start - NEGATION_REACH) : a_start])
                and not w.conditional.search(sent, max(0, a_start - 40), a_start)
            ):
                # rule negated_gain: "Ворог не окупував Дачне", "Немає оточення … у
                # Покровську": the speaker denies the gain
                act = (a_start, act[1], "denied")
                kind = "denied"
            elif (
                (kind in w.gain_kinds or kind == "attacked")
                and (
                    tried := w.attempt_before.search(sent, max(0, a_start - 60), a_start)
                    or _attempt_gerund(sent, a_start, actions, w)
                )
                and tried.end() == a_start
                and not _doubted(sent, tried.start(), w)
            ):
                # rule attempt: "противник намагався просунутися в районі X": the attempt
                # was an attack there (a present aim, "намагаються охопити", stays doubted)
                act = (a_start, act[1], "attacked")
                kind = "attacked"
            elif _doubted(sent, a_start, w) or _hypothetical(sent, act, w):
                continue
            if bounds is None:
                bounds = _clause_bounds(sent)
            ongoing = False
            if kind in ("attacked", "fighting", "shelled"):
                # rule ongoing_span: "have been trying to encircle X for weeks" goes on now,
                # told by a voice the sentence names (a narrator's "… for weeks" after another
                # sentence's voice is the story's background, not that voice's claim)
                tense = w.attempt_before.search(sent, max(0, a_start - 60), a_start)
                verb = tense.start() if tense and tense.end() == a_start else a_start
                ongoing = bool(w.ongoing_before.search(sent, max(0, verb - 40), verb))
                if ongoing and not who_here:
                    # rule ongoing_narration: "Russian forces have been storming Selydove for
                    # the past week" with no voice of its own is the outlet's narration of
                    # what goes on now: side other, the publication date (month precision),
                    # never the claim of a voice carried from the sentences before
                    told = _ongoing_narration(sent, start, si, act, target, rel, w, published)
                    if told is not None and target.name not in narrated:
                        claims.append(told)
                        narrated[target.name] = kind
                    if told is not None:
                        continue
                ongoing = ongoing and bool(who_here)
            if _background(
                sent, (a_start, act[1]), (rel, rel + len(target.text)), w, bounds, ongoing=ongoing
            ):
                past.append(target)
                continue  # "Russian forces, which captured Avdiivka in February, …": history
            if (
                _past_relative(sent, rel + len(target.text), a_start, published, w)
                or _past_clause(sent, a_start, published, w)
                or _past_before_weekday(sent, a_start, rel, rel + len(target.text), published)
            ):
                past.append(target)
                continue  # "Андріївка, яку ЗСУ звільнили у вересні 2023 року, …": history
            if kind not in w.toward_kinds and w.toward_before.search(sent[max(0, rel - 80) : rel]):
                continue  # "advancing towards Pokrovsk": an aim, not where they are
            if may_hold_between(w.advance_toward, sent, rel - 80, rel) and (
                axis := w.advance_toward.search(sent, max(0, rel - 80), rel)
            ):
                # rule advance_axis: "ведет наступление в направлении Краматорска": the axis of
                # an offensive, not a place attacked ("атаки в направлении населенного пункта
                # X", with its settlement word, still are; so is a bulletin's attempt, "ворог
                # намагається наступати у бік Куп'янська, Подолів": rule attempt)
                tried = w.attempt_before.search(sent, max(0, axis.start() - 60), axis.start())
                if tried is None or tried.end() != axis.start():
                    continue
            if w.destination_before.search(sent[max(0, rel - 80) : rel]):
                continue  # rule destination: "… fled to X": where someone went, not an action's
            if any(
                cue_end <= rel and (act[0] == start or cue_start <= act[0] < cue_end)
                for start, (cue_start, cue_end) in went.items()
            ):
                # rule withdrawal_destination: "withdrew from Avdiivka to a defensive line
                # around Lastochkyne", "відійшли з X на нові рубежі біля Y", "отошли из X на
                # более выгодные рубежи у Y": where the troops went, neither a place withdrawn
                # from nor one the words of going ("более выгодные рубежи") advanced to
                continue
            place = (rel, rel + len(target.text))
            if _apposed_part(sent, rel, w):
                # rule apposed_part: "Avdiivka, a suburb of Donetsk city that Russian forces
                # captured", "Mykolaivka, a satellite town of Sloviansk": the city only says
                # where the suburb is; the claim is the suburb's
                continue
            if (
                kind in w.partitive_kinds
                and a_start < rel
                and w.taken_near.fullmatch(sent, act[1], rel)
            ):
                continue  # rule taken_near: "захопили опорний пункт біля X": not X taken
            if kind in w.partitive_kinds and (
                _partitive(sent, act, place, w)
                or w.reference_claimed.search(sent[max(0, rel - 80) : rel])
            ):
                # rule partitive: "capturing two districts there"; a capture beside the place
                # ("заняли лесополосу северо-западнее X") is an advance there (reference_claimed)
                kind = "advancing"
            if kind == "attacked" and w.failed_after.match(sent, act[1]):
                kind = "repelled"  # rule failed_attempt: "attempts to advance … have failed"
            partial = denied is not None and denied[2] in w.partitive_kinds
            if partial and _partitive(sent, denied, place, w):
                denied = (denied[0], denied[1], "advancing")
            if speaking is None:
                speaking = [c for c in who_here if _speaks(sent, c, w)]
            claimant = _speaker(sent, who_here, a_start, w, speaking, actions)
            owned = None
            if (
                kind == "denied"
                and claimant is not None
                and (
                    (w.actor_subjects and _DENIED_OBJECT.fullmatch(sent, act[1], claimant[0]))
                    or any(
                        a[2] == "denied" and w.denied_object.fullmatch(sent, a[1], claimant[0])
                        for a in actions
                    )
                )
            ):
                # rule denied_object: "X, spokesman for …, denied Russian propagandists'
                # reports of the capture of Y": the claimant right after the denial is whose
                # claim is denied (its reports "speak"), not the one who denies it
                rest = [c for c in who_here if c is not claimant]
                claimant = _speaker(sent, rest, a_start, w, [c for c in speaking if c in rest])
            elif (
                kind == "denied"
                and claimant is not None
                and w.actor_subjects
                and claimant[3] in ("RU", "UA")
                and claimant[1] <= rel < a_start
                and _CLAIM_NOUN_SUBJECT.match(sent[claimant[0] : rel])
            ):
                # rule denied_claim_subject: "Russian claims that Toretsk had fallen were false,
                # the General Staff said": the side whose claim the subject names is the one
                # denied (its claim disputed); the voice that speaks denies it
                rest = [c for c in who_here if c[3] != claimant[3] and c[0] > a_start]
                owner = claimant
                claimant = _speaker(sent, rest, a_start, w, [c for c in speaking if c in rest])
                inner = [a for a in actions if owner[1] <= a[0] < a_start and a[2] != "denied"]
                if claimant is not None and inner:
                    owned = (owner[2:], inner[-1][2], a_start, "disputed")
            passive = (
                next(
                    (
                        by
                        for a in actions
                        if a[2] == "denied"
                        and a[0] > rel
                        and (by := _PASSIVE_BY.match(sent, a[1])) is not None
                        and _PASSIVE_AUX.search(sent, max(0, a[0] - 24), a[0])
                    ),
                    None,
                )
                if kind == "denied"
                else None
            )
            if passive is not None:
                # rule passive_denier: "The fall of Kurakhove, announced by Russia's defence
                # ministry, was denied by Ukraine": the agent after "by" denies, not the voice
                # the sentence named first; an agent read as no claimant gives no denial
                claimant = next((c for c in who_here if c[0] == passive.end()), None)
                if claimant is None:
                    continue
            elif kind == "denied" and claimant is not None and claimant[0] < rel < a_start:
                # rule denier_subject: "Київ заявив про зачистку Роботиного, але Москва це
                # заперечила": the voice right before a denial after the place denies it, not
                # the voice that opened the sentence with a claim of the other side
                subject = next(
                    (c for c in reversed(who_here)
                     if rel < c[0] < a_start and c[3] != claimant[3]
                     and (c[1] >= a_start or _DENIER_GAP.fullmatch(sent, c[1], a_start))),
                    None,
                )  # fmt: skip
                claimant = subject or claimant
            if (
                claimant is not None
                and fallback is not None
                and fallback[2] in w.assessed_kinds
                and claimant[3] != fallback[1]
                and claimant not in speaking
                and _ANALYST_SUBJECT_OPENING.fullmatch(sent, 0, claimant[0])
            ):
                # rule analyst_subject: in a report carried in an analyst's voice ("ISW:
                # Ukrainian forces advanced …", "… - ISW"), a side's forces opening a sentence
                # without a word of saying are what the analyst reports ("Ukrainian defense
                # forces continued operations and made gains near X"), not a voice of their own
                claimant = None
            who = claimant[2:] if claimant else fallback
            if claimant is None and narrated.get(target.name) in (
                kind,
                *_NARRATED_KINDS.get(kind, ()),
            ):
                # rule narration_owns: "Prohres, …, has been under Russian assault since late
                # April": the attack or fighting at a place the outlet describes as fought over,
                # in a sentence naming no voice, is the outlet's own description, not the voice
                # carried from the sentences before (another action there may still be that
                # voice's: "…, was shelled again overnight")
                continue
            if attributed and _unplaced_quote(sent, rel, attributed, who_here):
                continue  # rule quoted_unplaced: "X said. «We took Y», — a commander said"
            if _nested_quote(sent, rel, si in quoted):
                continue  # rule nested_quote: '"The enemy shouted, \'We took Y!\' It's a lie"'
            if who is None or (claimant is None and rumour):
                continue
            if claimant is None and not roles.may_carry(who, kind, w):
                continue  # rule not_confirming: a side that did not confirm claims no gain
            if w.casualty.match(sent, a_start) and w.casualty_near.search(
                sent, max(0, rel - 20), rel
            ):
                continue  # rule casualty: "был ранен под Бахмутом": a wound at the front
            if w.casualty.match(sent, a_start) and w.casualty_other_cause.search(sent):
                continue  # rule casualty_other_cause: "на міні підірвався та отримав поранення"
            if (
                claimant is None
                and w.casualty.match(sent, a_start)
                and (own := [c.claim for c in claims if c.claimant == who[0]])
                and own[-1] not in _STRIKE_KINDS
            ):
                # rule casualty: "В Хмельницком один человек погиб, еще четверо ранены" in a
                # digest whose voice last claimed fighting: a casualty no voice of its sentence
                # reports is no claim of a voice whose last claim was no strike
                continue
            if (
                claimant is None
                and who[1] == "RU"
                and (kind in w.gain_kinds or kind in ("liberated", "repelled"))
                and w.gain_agent
                and _gain_agent(sent, a_start, w) == "UA"
            ):
                # rule carried_gain_side: "Russia's defence ministry said it captured Dachne.
                # Ukrainian forces liberated Torske.": a Russian voice carried from a sentence
                # before does not announce Ukraine's gain, nor that Ukrainian forces repelled
                # an attack; whose words they are the sentence does not say (red teams 10, 25)
                continue
            if claimant is None and kind == "denied":
                # rule unknown_denier: "Moscow claimed it had captured Kupiansk. The Kharkiv
                # group of forces denied it": a denial by a voice the lexicon does not know is
                # not the claim's own voice denying it; the claim is disputed, nobody denies
                own = [
                    c
                    for c in claims
                    if c.place == target.name
                    and c.side == who[1]
                    and c.claim != "denied"
                    and c.sentence >= si - 1
                ]
                if own:
                    for c in own:
                        c.status = "disputed"
                    continue
            last_target = target
            # a denial after the action, spoken by the sentence's speaker ("Reports that Russia
            # captured Pokrovsk are not true, the General Staff said"; "Інформація про
            # захоплення … не відповідає дійсності, заявив речник"): the speaker denies
            if (
                kind == "denied"
                and act[0] > rel
                and _denies_elsewhere(sent, act, target, targets, w)
            ):
                continue  # "визнали втрату X, але спростували чутки про оточення Y": Y's denial
            later = next((a for a in actions if a[2] == "denied" and a[0] > max(rel, act[1])), None)
            if later is not None and _denies_elsewhere(sent, later, target, targets, w):
                if (
                    claimant is not None
                    and claimant[0] < later[0]
                    and (
                        claimant[1] >= later[0]  # the voice's span reaches its verb
                        or _DENIER_GAP.fullmatch(sent, claimant[1], later[0]) is not None
                    )
                ):
                    # "Российские войска якобы окружили Покровск, однако ВСУ опровергли лишь
                    # сообщения о штурме Мирнограда": the voice is the subject of a denial of
                    # another place and says nothing of this one
                    continue
                later = None
            # rule other_side_claim: "Генштаб ЗСУ: заяви ворога про захоплення Сіверська не
            # відповідають дійсності": the other side's claim a speaker before it denies (or,
            # when nobody in the sentence speaks, the speaker the report is quoting)
            denier = None
            if later is not None and kind != "denied" and claimant is not None:
                spoke = [c for c in speaking if c[0] < claimant[0] and c[3] != claimant[3]]
                if claimant[0] > later[0]:
                    pass
                elif spoke:
                    denier = spoke[0][2:]
                elif any(a_start < c[0] < later[0] and c[3] != claimant[3] for c in who_here):
                    # rule between_denier: "Москва заявляє про оточення X, Київ це спростовує":
                    # the other side named between the claim and the denial denies it (rule
                    # contrast_denier), not a voice the report is quoting
                    pass
                elif not speaking and fallback is not None and fallback[1] != claimant[3]:
                    denier = fallback
            if (
                denier is None
                and later is not None
                and kind != "denied"
                and claimant is not None
                and w.actor_subjects
                and claimant[3] in ("RU", "UA")
                and claimant[1] <= a_start
                and claimant[1] <= rel
                and _CLAIM_NOUN_SUBJECT.match(sent[claimant[0] : rel])
            ):
                # rule denied_claim_subject: "Russian claims of the capture of Kurakhove are
                # false, Ukraine's General Staff said": the other side's voice after the denial
                # denies; the side whose claim the subject names makes it, disputed
                denier = next(
                    (c[2:] for c in speaking if c[0] > later[1] and c[3] != claimant[3]), None
                )
            if denier is not None:
                made = [(denier, "denied", later[0], None), (who, kind, a_start, "disputed")]
                later, denying = None, denier
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and a_start < claimant[0] < later[0]
                and (
                    w.contrast.search(sent, act[1], claimant[0])
                    or (
                        # rule relative_denier: "…, що в Генштабі ЗСУ назвали брехнею"
                        (rc := w.denial_relative.match(sent, rel + len(target.text)))
                        and "," not in sent[rc.end() : later[0]]
                    )
                    or (
                        not sent[claimant[1] : later[0]].count(",")
                        and w.claim_anaphora.search(sent, claimant[1], later[1])
                    )
                )
            ):
                # rule contrast_denier: "Окупаційне командування заявило про захоплення
                # Ямполя, проте 3-й армійський корпус це спростував": the claimant after "but"
                # denies the claim; who made it the lexicon does not know, so no side makes it.
                # So does one whose own words point back to it ("Росіяни нібито оточили X — у
                # корпусі назвали це фейком"; rule pronoun_denier)
                made = [(who, "denied", later[0], None)]
                made += _alleged_gain(sent, a_start, kind, who[1], w)
                later, denying = None, who
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] > later[0]
                and (
                    own_denier := next(
                        (
                            c
                            for c in who_here
                            if c[3] != claimant[3]
                            and (
                                (a_start < c[0] < later[0] and _denier(sent, a_start, c, w))
                                or (
                                    later[1] < c[0] < claimant[0]
                                    and (by := w.agent_before.search(sent, later[1], c[0]))
                                    and not sent[later[1] : by.start()].strip()
                                )
                            )
                        ),
                        None,
                    )
                )
            ):
                # rule denier_in_clause: "Russian forces captured Dachne, a claim Kyiv denied
                # (a claim denied by Kyiv), the Russian Defence Ministry said": the denial has
                # its own denier; the closing voice makes the claim, which the denier disputes
                made = [
                    (who, kind, a_start, "disputed"),
                    (own_denier[2:], "denied", later[0], None),
                ]
                later = None
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] > later[0]
                and (gap := _AGENT_GAP.match(sent, later[1])) is not None
                and (by := w.agent_before.search(sent, later[1], gap.end())) is not None
                and not sent[later[1] : by.start()].strip()
            ):
                # rule denier_in_clause: "…, a claim denied by Kyiv, the ministry said": a
                # passive denial by someone the lexicon does not know disputes the closing
                # voice's claim, and that voice denies nothing; when the voice found is the
                # denial's agent ("…, a claim rejected by the General Staff, DeepState said"),
                # it denies, and the claim is the next voice's (or nobody's said claim)
                if sent[by.end() : claimant[0]].strip():
                    made = [(who, kind, a_start, "disputed")]
                else:
                    maker = next((c for c in speaking if c[0] > claimant[1]), None)
                    made = [(who, "denied", later[0], None)]
                    made += [(maker[2:], kind, a_start, "disputed")] if maker else []
                later = None
            elif (
                later is not None
                and kind != "denied"
                and (claimant is None or claimant[0] > later[0])
            ):
                made = [(who, "denied", later[0], None)]
                made += [
                    (c[2:], kind, a_start, "disputed")
                    for c in who_here
                    if c[0] < later[0] and c[3] != who[1]
                ][-1:] or _alleged_gain(sent, a_start, kind, who[1], w)
                later = None
            elif (
                later is not None
                and kind != "denied"
                and claimant is not None
                and claimant[0] < a_start < rel < later[0]
                and not w.contrast.search(sent, rel, later[0])
                and not any(rel < r < later[0] for r, _ in targets)
                and not any(rel < c[0] < later[0] for c in who_here)
                and not _SAID_DENIAL_BREAK.search(sent, rel, later[0])
                # (a denial with its agent after "by" is the agent's, not the voice's: rule
                # passive_denier)
                and not _PASSIVE_BY.match(sent, later[1])
            ):
                # rule said_denial: "Kyiv said claims that Russian troops had captured Toretsk
                # were false", "Генштаб заявив, що повідомлення про захоплення Торецька не
                # відповідають дійсності": the voice before the claim says it is false, and
                # makes no claim; who made it the sentence does not say
                made = [(who, "denied", later[0], None)]
                later, denying = None, who
            else:
                made = [(who, kind, a_start, None)]
                if claimant is not None:
                    # rule joint_claimants: "Russian officials and a Ukrainian website …
                    # claimed that Moscow's troops had entered Kupiansk": each makes the claim
                    made += [
                        (c[2:], kind, a_start, None)
                        for c in who_here
                        if c[3] != claimant[3]
                        and _JOINT.fullmatch(sent, c[1], claimant[0])
                        and _JOINT_OPENS.search(sent, max(0, c[0] - 12), c[0])
                    ][:1]
                # rule echoed_claim: "X are now under Russian occupation, according to
                # DeepState, a claim previously supported by Moscow's defense ministry": the
                # claimant the appositive names makes the claim too
                made += [
                    (c[2:], kind, a_start, None)
                    for c in who_here
                    if c[0] > max(rel, a_start)
                    and c[2] != who[0]
                    and w.echo_before.search(sent, max(0, c[0] - ECHO_REACH), c[0])
                ][:1]
            # "denied Russia's claim to have captured X": Russia's claim is reported too
            if denied is not None:
                # rule denied_same_side: the claimant named as the denial's object ("спростувало
                # інформацію аналітиків DeepState про те, що …") is the one denied, whatever
                # its side; a voice named after the claim only if it is the other side
                reported = [c for c in who_here if act[1] <= c[0] < denied[0] and c[2] != who[0]]
                # rule reported_after: "… не мають даних, що окупанти захопили Високе, як
                # стверджують російські ЗМІ": the claim denied is the one who speaks after it
                reported = (
                    reported[-1:]
                    or [c for c in speaking if c[0] > denied[1] and c[3] != who[1]][:1]
                )
                made += [(c[2:], denied[2], denied[0], "disputed") for c in reported]
            # "… had taken control of Kupiansk, but Ukraine's military denied the city had
            # changed hands": the other side's denial of the same place
            if later is not None and kind != "denied":
                made += [
                    (c[2:], "denied", later[0], None)
                    for c in who_here
                    if rel < c[0] < later[0] and c[3] != who[1]
                ][-1:] or [
                    # rule denied_by: "…, a claim denied by Ukraine's General Staff", "…, which
                    # was rejected by Kyiv": the passive denial's agent denies it
                    (c[2:], "denied", later[0], None)
                    for c in who_here
                    if c[0] > later[1]
                    and c[3] != who[1]
                    and c[0] - later[1] <= ACTOR_REACH
                    and w.actor_subjects
                    and (by := w.agent_before.search(sent, later[1], c[0])) is not None
                    and not sent[later[1] : by.start()].strip()
                ][:1]
            made += _relative_claim(sent, target.span[1] - start, act, actions, who_here, w)
            made = _claimed_by(sent, made, who_here, w)
            made = _claim_noun_owner(sent, made, who_here, w)
            made += [owned] if owned is not None and owned not in made else []
            for (name, side, ckind), kind_, _at, status in made:
                said = [
                    c for c in claims
                    if c.side == side and c.place == target.name and c.sentence >= si - 1
                ] if recalled else []  # fmt: skip
                if said:
                    # "… entered Kupiansk. … scattered through the town": said already; a
                    # day the repeat names dates the first, undated telling (rule
                    # restated_date: "Moscow claimed it had taken the tiny village on Monday")
                    when, precision, note = _claim_date(
                        undated, published, anchors, name, lead, stamp=stamp, intraday=intraday
                    )
                    # only a day (or a week) the claim was made restates it: "in July last
                    # year" after "Moscow claimed X" tells history ("Ukrainian troops retook
                    # the village … in July last year"), not when Moscow spoke
                    # … and only the same event: "Russian troops first reached the town's
                    # outskirts on October 20", "a similar attack on February 3" tell another
                    if (
                        not note.startswith("date not stated")
                        and precision in ("day", "week")
                        and not w.other_event.search(sent)
                    ):
                        for c in said:
                            if (
                                c.notes.startswith("date not stated")
                                and c.claimant == name
                                and _same_event_kind(c.claim, kind_)
                            ):
                                c.date, c.date_precision = when.isoformat(), precision
                                c.notes = f"restated_date: {note}"
                    continue
                if (
                    kind_ == "denied"
                    and side == "RU"
                    and w.ukraine_holds.search(sent, _at, _at + HOLDS_REACH)
                ):
                    # rule holder_side: "X is still under Ukrainian control" is no Russian
                    # voice's word; read in one (a carried voice, "the General Staff"
                    # unqualified) the voice is unknown: no claim is guessed
                    continue
                if kind_ == "repelled" and _expelled_side(sent, _at, rel, w) == side:
                    # rule expelled_own: "Ukrainian forces have been pushed back from Sudzha,
                    # the General Staff admitted": the voice's own forces driven back from the
                    # place — a withdrawal it concedes, not an attack it repelled
                    kind_ = "withdrawn"
                claim_kind = w.claim_by_side.get(kind_, {}).get(side, kind_)
                guessed = voices.guessed.get(sent, {})
                if name in guessed and (
                    (side == "UA" and kind_ in _DISPUTED_GAINS and not guessed[name])
                    or (guessed[name] and side == "RU" and countries == {"UA"})
                ):
                    # rule guessed_voice: "Ukraine's General Staff reported clashes. The
                    # ministry said its forces captured X": which ministry the report does not
                    # say — a gain is not given to Ukraine's on a guess; nor is "the governor"
                    # after a Russian voice Russian, on places in Ukraine: no claim
                    continue
                if kind_ in ("captured", "liberated") and w.gain_agent:
                    # rule agent_side: "Russian bloggers said Ukrainian forces had recaptured
                    # X": the other side's gain, which the voice concedes
                    agent = _gain_agent(sent, _at, w)
                    if agent == "foreign":
                        # rule foreign_force: "Israeli troops captured Khiam, the army said":
                        # another war's gain, no claim of this one's sides
                        continue
                    # rule expelled_side: "its forces had driven Russian troops out of X",
                    # "вибили окупантів з X": the side that drove the other out gained X
                    expelled = _expelled_side(sent, _at, rel, w)
                    if expelled is not None:
                        agent = {"RU": "UA", "UA": "RU", "enemy": side}.get(expelled)
                    # rule loss_agent: "Russian forces lost control of X", "Росіяни втратили
                    # контроль над X": the side named before a word of loss lost the place —
                    # the gain is the other side's
                    loser = _loss_agent(sent, _at, w) if expelled is None else None
                    if loser is not None:
                        agent = {"RU": "UA", "UA": "RU"}[loser]
                    if agent == "enemy":  # "the enemy has retaken X": the voice's other side
                        agent = {"RU": "UA", "UA": "RU"}.get(side)
                    # "We have taken X": the voice's own side ("We lost control over X": no
                    # gain of the voice's)
                    first_person = agent == "self" and not w.loss_action.search(
                        sent, _at, max(rel, _at + LOSS_REACH)
                    )
                    if agent == "self" and not first_person:
                        agent = None
                    if first_person:
                        agent = side
                    scare = _scare_quoted(sent, _at, w)
                    if (
                        scare
                        and agent not in ("RU", "UA")
                        and (scare == "so-called" or claim_kind == kind_)
                    ):
                        # rule scare_quote: "Russia's so-called 'liberation' of X", a quoted
                        # "liberation" in a voice whose own word it is not: another's word,
                        # whose maker the sentence does not name — no claim is guessed
                        continue
                    if scare and (scare == "so-called" or agent not in (side, None)):
                        # rule scare_quote: 'Росіяни «звільнили» X' in a Ukrainian voice: the
                        # agent's gain (a capture), which the voice's quote marks dispute (a
                        # voice quoting its own side's word, 'its troops had "liberated" X',
                        # only quotes it)
                        status = "disputed"
                    if agent == "RU" != side:  # "Russian troops retook X", a Ukrainian voice
                        claim_kind = "captured"
                    elif agent == "UA" == side and (
                        expelled is not None or first_person or loser is not None
                    ):
                        # Ukraine's voice: its forces drove them out, "we have taken X"
                        claim_kind = "liberated"
                    elif agent == "UA" != side and (
                        kind_ in w.gain_agent_kinds or expelled is not None or loser is not None
                    ):
                        # "ВСУ удалось захватить Малиновку", said by a Russian voice: Ukraine's
                        # gain, not the voice's side's capture
                        claim_kind = "liberated"
                if claim_kind == "liberated" and target.country == "RU":
                    # rule gain_in_russia: a place in Russia changes hands as a capture, whoever
                    # takes or retakes it ("Russia lost Sudzha", "Russian forces retook
                    # Sverdlikovo"), as the corpus codes every gain in Kursk oblast
                    claim_kind = "captured"
                # "X withdrew from Lyman, a day after Moscow said it was annexing …": the
                # count dates only the places of the clause it opens (rule days_relative)
                if si not in counts_at:  # searched once per sentence: linear time
                    counts_at[si] = w.days_relative.search(undated)
                counted = counts_at[si]
                own = counted is None or rel >= counted.start()
                # a denial is dated with the claim it denies, not by the denier's bulletin
                # convention ("… captured Dachne over the past day, a claim Kyiv denied")
                voice_day = side if kind_ != "denied" else None
                # rule aside_not_main: "Fighting continues in Toretsk, which Russia said it had
                # captured on Monday, …": a relative clause's day dates only what it tells
                undated_here = _outside_asides(undated, _at, w)
                key_ = (si, name, own, voice_day, undated_here)
                if key_ not in dating:  # one reading per sentence, voice and clause
                    dating[key_] = _claim_date(
                        undated_here, published, anchors, name,
                        lead if kind_ == "denied" or _voiced_lead(lead_voices, name, side) else None,
                        counted=own,
                        header=headers.get(si), side=voice_day, stamp=stamp, intraday=intraday,
                    )  # fmt: skip
                when, precision, note = dating[key_]
                if note == "an explicit date" and kind_ != "denied":
                    voice = [c for c in who_here if c[2] == name]
                    masked = _date_own_clause(undated, published, (_at, rel), voice, w)
                    if masked is not None:
                        # rule date_own_clause: "Генерала призначили 3 травня, а Генштаб
                        # повідомив, що Роботине звільнено": the date is another clause's
                        own_said = anchors.said.get(name)
                        if own_said is not None and own_said.sentence == si:
                            # nor through the voice's claim dated by that same clause
                            # ("Росіяни, які 11 лютого захопили X, тепер атакують Y")
                            del anchors.said[name]
                        when, precision, note = _claim_date(
                            masked, published, anchors, name,
                            None
                            if lead_at == si
                            or not (kind_ == "denied" or _voiced_lead(lead_voices, name, side))
                            else lead,
                            counted=own, header=headers.get(si), side=voice_day, stamp=stamp,
                            intraday=intraday,
                        )  # fmt: skip
                        if own_said is not None and own_said.sentence == si:
                            anchors.said[name] = own_said
                        note += " (date_own_clause: the explicit date is another clause's)"
                if later := _days_later(undated, si, rel, published, anchors, w):
                    (when, note), precision = later, "day"
                elif (
                    "stamp" not in note
                    and "said_" not in note
                    and (joined_day := _joined_day(undated, rel, published, w))
                ):
                    (when, note), precision = joined_day, "day"
                elif note == "an explicit date":
                    when = _date_at(undated, rel, published, when, targets[0][0])
                elif (
                    precision == "day"
                    and note.startswith("date not stated")
                    and (recap := anchors.recap.get(name)) is not None
                    and recap.sentence == si - 1
                    and not who_here
                    and not _coarse_at(undated, rel, published)
                ):
                    # rule recap_continued: "Previously: the evening before, the General Staff
                    # reported … . The heaviest fighting was near X.": the recap goes on in a
                    # sentence that names no voice of its own
                    when = Date.fromisoformat(recap.date)
                    note = f"recap_continued: {recap.notes}"
                elif (
                    precision == "day"
                    and note.startswith("date not stated")
                    and not note.endswith("(rule now)")
                    and (
                        week := weeks_at[si]
                        if si in weeks_at
                        else weeks_at.setdefault(si, _week_before(sents, si, frames_in, w))
                    )
                    is not None
                ):
                    # rule week_continued: "Российские военные за неделю освободили четыре
                    # населенных пункта … . В частности, бойцы установили контроль над X":
                    # the detail is of the week the sentence before names, on the day the sentence
                    # would be dated on
                    precision, note = "week", f"{week}; {note}"
                elif (
                    note.startswith("date not stated")
                    # a sentence of the present ("Now …", "Тепер …") is of the report's day
                    and not note.startswith("date not stated: said in the present")
                    and not note.endswith("(rule now)")
                    and (
                        frame := _framed(anchors, name, side, bool(who_here), si, frames_in, sents)
                    )
                    is not None
                    and not _coarse_at(undated, rel, published)
                ):
                    # rule voice_frame: "…, Ukraine's General Staff said on Monday. 'The enemy
                    # has entered X'": the day the voice was said to speak on
                    when, precision = Date.fromisoformat(frame.date), frame.date_precision
                    note = f"date not stated: {frame.notes}"
                elif note.startswith("date not stated"):
                    when, precision, note = _coarse_at(undated, rel, published) or (
                        _additive_day(sent, si, claims, w) or (when, precision, note))  # fmt: skip
                elif precision == "day" and (
                    clause := _weekday_at(undated, rel, published, rel + len(target.text))
                ):
                    when, note = clause
                if (
                    kind_ != "denied"
                    and (day := _clause_day(undated, _at, published, w)) is not None
                    and (day, precision) != (when, "day")
                ):
                    when, precision = day, "day"
                    note = "relative_day: the explicit date of the action's own relative clause"
                if precision == "day" and (
                    night := _night(
                        undated_here, when, note, published, stamp, anchors, name, w, lead
                    )
                ):
                    # rules night, night_in_summary: "Вночі ворог атакував X" is the night
                    # ending on the day of publication, or its summary's day inside one
                    when, note = night
                if not note.startswith("date not stated") and (
                    recent := _recent_appositive(sent, target.span[1] - start, _at, published, w)
                    or _relative_aside(sent, target.span[1] - start, _at, published, w, name, stamp)
                ):
                    when, precision, note = recent
                if kind_ != "denied" and (prior := _background_participle(sent, _at, published, w)):
                    # rule background_participle: "Захопивши Авдіївку, росіяни в понеділок
                    # атакували …": the gain came before the main verb, not on its day
                    when, precision, note = prior
                if kind_ in _DISPUTED_GAINS and (
                    clause := _relative_gain_clause(
                        undated, _at, target.span[1] - start, w, langs[si]
                    )
                ):
                    # rule relative_gain: "Russian troops who seized Selydove last month
                    # shelled Pokrovsk on Monday": background, dated by its own clause only
                    when, precision, note = _claim_date(
                        clause, published, _Anchors(), name, None, side=voice_day, stamp=stamp
                    )
                    if note.startswith("date not stated"):
                        continue  # no date of its own: history told in passing, no claim
                    note = f"relative_gain: {note}"
                status = status or ("assessed" if ckind in w.assessed_kinds else "claimed")
                if (
                    status == "claimed"
                    and kind_ != "denied"
                    and may_hold_between(w.alleged_before, sent, _at - ALLEGED_REACH, _at)
                    and w.alleged_before.search(sent, max(0, _at - ALLEGED_REACH), _at)
                ):
                    # rule alleged: "окупанти нібито захопили Купʼянськ", "там якобы
                    # заблокировали", "had allegedly entered Robotyne": the report marks the
                    # claim as only alleged — disputed, as the corpus codes it
                    status = "disputed"
                if claim_kind == "withdrawn" and (mover := _gain_agent(sent, _at, w)) in (
                    "RU",
                    "UA",
                ):
                    # rule withdrawing_side: the corpus codes a withdrawal with the voice's side
                    # whoever withdrew (F11R04 "Russian forces have completely abandoned their
                    # positions in Charivne", a Ukrainian voice: withdrawn, UA); the side the
                    # text names as withdrawing is recorded, never assumed
                    note = f"{note}; withdrawing_side: {mover}"
                claims.append(Claim(target.name, name, side, claim_kind,
                                    when.isoformat() if precision != "year" else str(when.year),
                                    precision, status, sent, si, note, *_placed(target),
                                    (start, start + len(sent)), *_placing(target)))  # fmt: skip
                anchors.add(claims[-1], w.recap)
        if past:
            # "the city" next points back to what the report is about, not to a place of its
            # background ("… since they seized Bakhmut last May. 'I decided to withdraw our
            # units from the city'"; rule background_antecedent)
            named_before = [m for m in named_before if all(m is not p for p in past)]
        if not targets and not rumour:
            # rule dated_summary: an action dated in the text on no single place ("Минулої
            # доби під ударами опинилися населені пункти трьох районів") dates the speaker's
            # later undated claims, as a dated claim would; a recap's ("Previously: the
            # evening before, the General Staff reported …") only those of the next sentence
            # (rule recap_continued)
            act = actions[-1]
            speaker = _speaker(sent, who_here, act[0], w)
            who = speaker[2:] if speaker else fallback
            if who_here:  # "…, soldiers fighting there said at the weekend" (rule voice_frame)
                _voice_frame(undated, si, frames_in[si], published, anchors, who_here, w)
            else:
                _summary_frame(undated, si, frames_in[si], published, anchors, w)
            if who is None and not _doubted(sent, act[0], w):
                unsigned = (si, sent, act[2])  # rule signed_summary: signed by the next voice
            if who is not None and not _doubted(sent, act[0], w):
                # the voice's side reads its bulletin's "over the past day" (rule side_day),
                # as a Ukrainian summary's "минулої доби" is read
                when, precision, note = _claim_date(
                    sent, published, anchors, who[0], lead, stamp=stamp, intraday=intraday,
                    side=who[1] if act[2] != "denied" else None,
                )  # fmt: skip
                if precision == "day" and not note.startswith("date not stated"):
                    dated = Claim("", who[0], who[1], act[2], when.isoformat(), "day",
                                  "claimed", sent, si, note)  # fmt: skip
                    if w.recap.match(sent):
                        anchors.recap[who[0]] = dated
                    else:
                        anchors.said[who[0]] = dated
        speaks = may_hold(w.speech, sent) and w.speech.search(sent)
        not_agents = [
            c
            for c in who_here
            if not w.agent_before.search(sent, max(0, c[0] - AGENT_REACH), c[0])
            # rule strike_agent: "Russian military shelled the village of X", "Russians
            # launched a mortar attack on X" with no word of saying: the side that struck,
            # not a voice the next sentences speak in; in English, the subject of any action
            # in a sentence where nobody speaks ("ISW: Ukrainian army advances") acts too
            # (rule actor_agent)
            and (speaks or _speaks(sent, c, w) or not any(
                (a[2] in _STRIKE_KINDS or w.actor_subjects)
                and 0 <= a[0] - c[1] <= STRIKE_REACH
                for a in actions
            ))
        ]  # fmt: skip
        if not_agents or denying:
            # the claimant of a claim the sentence denies does not speak on after it, and the
            # agent of what happened ("shelling … by the Russian army") does not speak at all
            # rule speaker_carried: of the claimants the sentence names, the one that speaks
            # carries on ("Ukraine's General Staff said the Russian army attacked X. Fighting
            # also continued near Y": the General Staff's, not the Russian army's, voice)
            said = [c for c in not_agents if _speaks(sent, c, w)] if speaks else []
            roles.source = denying or (said or not_agents)[-1][2:]
            roles.paragraph, roles.closed = paragraphs[si], False
        _date_said(sent, published, claims, people)
    claims = _retracted(sents, by_sentence, named, langs, claims)
    unconfirmed |= roles.doubted_places(claims)
    if len(sents) > 1 and not _LINE_END.search(sents[0][2]):
        # a headline repeats what the report says: where the body makes the same side's claim
        # on the place, the headline's wording ("troops enter Kherson") is not another claim
        # (a denial in the headline is no restatement of the body's fighting there: "Немає
        # оточення … у Покровську" over "У Покровську тривають бої"; rule headline_denial)
        body = {(c.side, c.place, c.claim == "denied") for c in claims if c.sentence > 0}
        body |= {(side, place, False) for side, place, _ in body}
        claims = [
            c
            for c in claims
            if c.sentence > 0 or (c.side, c.place, c.claim == "denied") not in body
        ]
    return _merge(claims, unconfirmed, published, called_false)


#: A Cyrillic place after a comma and a preposition, then a dash standing for the verb said
#: before it ("У Костянтинівці пошкоджено 4 будинки, у Дружківці – адмінбудівлю").
#: A settlement's abbreviated type word between a clause's preposition and its place ("у с.",
#: "в пос."), as the lexicons list them.
_GAP_TYPE = (
    r"(?:(?:"
    + "|".join(
        sorted((re.escape(a.rstrip(".")) for a in _TYPE_ABBREVIATIONS), key=len, reverse=True)
    )
    + r")\.\s*)?"
)


_GAP_BEFORE = re.compile(rf"[,;]\s*(?:у|в|на|во|біля|поблизу|около|возле|под)\s+{_GAP_TYPE}$", re.I)


_GAP_AFTER = re.compile(r"\s+[–—-]\s")


_GAP_OPENING = re.compile(
    rf"(?:^|[,;:«\"“„]\s*)(?:у|в|на|во|біля|поблизу|около|возле|под)\s+{_GAP_TYPE}$", re.I
)


#: A line holding only a time ("08:11", "14.35"), opening an item of a chronicle (rule
#: ``chronicle_item``).
_CLOCK_LINE = re.compile(r"\s*(?:[01]?\d|2[0-3])[:.][0-5]\d\s*")


#: A bracketed aside in a list ("Білопілля (3 вибухи)") and the words of a list line.
_LIST_BRACKET = re.compile(r"\([^()]{0,80}\)")
_LIST_WORD = re.compile(r"[^\W\d_]+(?:[’'ʼ-][^\W\d_]+)*")


def _word_start(sent: str, at: int) -> int:
    """Where the word ``at`` falls in starts (an intro may end inside the first name: "Це Л")."""
    if not sent[at : at + 1].isalpha():
        return at
    while at > 0 and sent[at - 1].isalpha():
        at -= 1
    return at


def _bare_list(rest: str, w: ClaimWords) -> bool:
    """Rule ``bare_list``: whether the rest of a list line names places and nothing else (its
    lower-case words are list joins, prepositions, place-type words and counts:
    ``w.list_fillers``), so it takes the action of the line before; "Зокрема, волонтери
    привезли допомогу до Білозерки" does not."""
    words = _LIST_WORD.findall(_LIST_BRACKET.sub(" ", rest))
    return bool(words) and all(x[:1].isupper() or x.lower() in w.list_fillers for x in words)


#: The claims a description of a place as fought over stands for (rule ``narration_owns``).
_NARRATED_KINDS = {"attacked": ("fighting",), "fighting": ("attacked",)}


#: Who speaks in a description the report itself adds to a place (rule ``own_narration``).
OWN_NARRATION = "the report's own narration"


#: A description that opens on its verb closes a parenthetical: it is about the place the
#: sentence opens with ("Prohres, in the Pokrovsk district northwest of Avdiivka, has been …").
_VERB_AFTER_COMMA = re.compile(r",\s*(?:has|have)\b")


#: Where a description ends (rule ``own_narration`` reads its words up to there).
_DESCRIPTION_END = re.compile(r"[,.;!?]")


def _own_narration(
    sent: str, start: int, si: int, places: list, axis, names, w: ClaimWords, published: Date
) -> list[Claim]:
    """Rule ``own_narration``: the report's own description of a place as fought over now
    ("Pokrovsk, a logistics hub … under heavy attack for months"; lexicon
    ``narration_after``), a claim of side ``other`` dated on the publication date with month
    precision, whoever speaks in the sentence."""
    out: list[Claim] = []
    # patterns whose words the sentence lacks are not tried at each of its places
    patterns = [(p, kind) for p, kind in w.narration_after if may_hold(p, sent)]
    if not patterns:
        return out
    for m in places:
        rel, end = m.span[0] - start, m.span[1] - start
        found = next(((said, kind) for p, kind in patterns if (said := p.match(sent, end))), None)
        if found is None:
            continue
        clause_end = _DESCRIPTION_END.search(sent, found[0].end())
        if w.speech.search(sent, end, clause_end.start() if clause_end else len(sent)):
            # "Toretsk, recently captured by Russian forces according to Moscow, …": a voice's
            # claim the description relays, not the report's own narration
            continue
        if found[1] in ("attacked", "fighting") and w.narration_not.search(
            sent, end, clause_end.start() if clause_end else len(sent)
        ):
            # the description up to its closing comma: "Shebekino, a town that has been under
            # constant shelling, was hit again" reads "was" in the main clause, not in it
            continue  # "which has never been …", "which could come under …", "… in 2022"
        if found[1] not in ("attacked", "fighting") and w.background.search(
            sent, found[0].end(), clause_end.start() if clause_end else len(sent)
        ):
            # rule narration_past: "Kupiansk, recently liberated by Ukrainian forces in
            # September 2022, …": a change of hands the description dates to a time long past
            # is history, not a claim on the publication day
            continue
        if sent.count('"', 0, rel) % 2 or sent.count("“", 0, rel) > sent.count("”", 0, rel):
            continue  # inside a quote: the speaker's words, not the report's own
        target = m
        if _VERB_AFTER_COMMA.match(sent, end):
            first = places[0]
            if first is m or re.search(r"[,;:]", sent[: first.span[0] - start]):
                continue
            target, rel, end = first, first.span[0] - start, first.span[1] - start
        if names.covers(rel) or _excluded(sent, rel, end, axis, target, w) not in (
            None,
            DESCRIBED,
            "location reference",
        ):
            continue  # a reference ("50 km from Kramatorsk, where Russian attacks …") may be
        out.append(
            Claim(target.name, OWN_NARRATION, "other", found[1], published.isoformat(), "month",
                  "claimed", sent, si, f"own_narration: {found[0].group(0)[:80]!r} "
                  "(the report's description; dated on the publication date)",
                  *_placed(target), (start, start + len(sent)), *_placing(target))
        )  # fmt: skip
    return out


#: Where the span of an ongoing action is read to (rule ``ongoing_narration``).
_ONGOING_END = re.compile(r"[;:!?]|[.,]\s|\s[—–]\s")


def _ongoing_narration(
    sent: str, start: int, si: int, act: tuple, target, rel: int, w: ClaimWords, published: Date
) -> Claim | None:
    """Rule ``ongoing_narration``: an attack, fight or shelling told in a continuing tense
    with the span it has lasted to now ("Russian forces have been storming Selydove for the
    past week", "Ukrainian troops have been fighting for Chasiv Yar for months"; lexicon
    ``ongoing_before``, ``ongoing_span``) in a sentence that names no voice: the report's
    own narration, a claim of side ``other`` dated on the publication date with month
    precision. None when the span is not in the action's clause or the place is quoted."""
    lo = min(act[0], rel)
    stop = _ONGOING_END.search(sent, max(act[1], rel + len(target.text)))
    hi = stop.start() if stop else len(sent)
    if not w.ongoing_span.search(sent, lo, hi):
        return None
    if sent.count('"', 0, rel) % 2 or sent.count("“", 0, rel) > sent.count("”", 0, rel):
        return None  # inside a quote: the speaker's words, not the report's own
    if w.narration_not.search(sent, lo, hi):
        return None  # "… have been trying for months but could not …", "… since 2022"
    if w.speech.search(sent):
        return None  # someone the lexicon cannot place speaks: not the report's own words
    return Claim(target.name, OWN_NARRATION, "other", act[2], published.isoformat(), "month",
                 "claimed", sent, si, "ongoing_narration: the report's own account of what "
                 "goes on now (dated on the publication date)",
                 *_placed(target), (start, start + len(sent)), *_placing(target))  # fmt: skip


def _additive_day(sent: str, si: int, claims: list[Claim], w: ClaimWords) -> tuple | None:
    """Rule ``additive_day``: a sentence opening on words that add to the one before ("Окрім
    того, Зеленський підтвердив звільнення Архангельського", "Кроме того, освобождено
    Ямполь") and stating no date of its own is of the day the sentence before dated its
    claims by the text; ``(date, precision, note)`` or None."""
    if not (may_hold(w.additive_opening, sent) and w.additive_opening.match(sent)):
        return None
    days = {
        c.date
        for c in claims
        if c.sentence == si - 1 and c.date_precision == "day" and not c.notes.startswith("date not")
    }
    if len(days) != 1:
        return None
    (day,) = days
    return Date.fromisoformat(day), "day", f"additive_day: the date of the sentence before ({day})"


def _gapped(sent: str, rel: int, nxt: int, later: Mention, actions=()) -> bool:
    """Rule ``gapped_clause``: a place that opens its clause ("У Костянтинівці пошкоджено …")
    and a later one in a clause that repeats its preposition and leaves the verb to a dash
    (", у Дружківці – адмінбудівлю", ", в Горловке — школа") are parallel places of the same
    action, not a locator and its place (rule fronted_locator)."""
    after = nxt + len(later.text)
    return bool(
        _CYRILLIC.search(later.text)
        and _GAP_OPENING.search(sent, max(0, rel - 20), rel)
        and _GAP_BEFORE.search(sent, max(0, nxt - 20), nxt)
        and (
            _GAP_AFTER.match(sent, after)
            # rule parallel_clauses: "У м. Балаклія постраждав чоловік; у с. Слатине поранено
            # жінку": the later place's clause has its own verb right after it
            or any(after <= a[0] <= after + PARALLEL_VERB_REACH for a in actions)
        )
    )


#: How far after a place opening a parallel clause its own verb may begin (rule
#: parallel_clauses): "у сел. Борова зруйновано", "у с. Вільхуватка Нововодолазької громади
#: постраждали".
PARALLEL_VERB_REACH = 30


def _within_span(at: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` falls inside one of ``spans`` (sorted, not overlapping; ``starts`` their
    starts): a binary search, so a sentence's actions are checked in linear-log time."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and at < spans[k][1]


#: Claim kinds that say a side struck a place (rule ``strike_agent``), and how many characters
#: after a claimant's name such an action may begin for the claimant to be its subject.
_STRIKE_KINDS = ("shelled", "attacked")


#: How far before an action a word marking it as alleged is looked for (rule alleged).
ALLEGED_REACH = 40


STRIKE_REACH = 40


_RELATIVE_CLOSE = re.compile(r"[,;:.!?()—–]")


#: How far before a gerund of trying the attack it goes with may end (rule ``attempt_gerund``).
ATTEMPT_GERUND_REACH = 80


#: What ends the clause of an attack before a gerund of trying (rule ``attempt_gerund``).
_GERUND_CLAUSE_END = re.compile(r"[.;:!?]")


def _attempt_gerund(sent: str, a_start: int, actions, w: ClaimWords) -> re.Match | None:
    """Rule ``attempt_gerund``: a gerund of trying right before the action at ``a_start``
    ("ворог 12 разів атакував, намагаючись просунутися в районах X, Y"; "противник атаковал,
    пытаясь прорваться у X") after an attack or a fight its clause names: the attack tried the
    action there (the match, read like rule ``attempt``'s). None with no such attack before it
    ("накопичує сили, намагаючись оточити X": an aim), and none when the action tried is a
    capture or an encirclement ("атакував біля X, намагаючись оточити Y": Y is the aim)."""
    if not may_hold(w.attempt_gerund, sent):
        return None
    tried = w.attempt_gerund.search(sent, max(0, a_start - 60), a_start)
    if tried is None or tried.end() != a_start:
        return None
    if any(a[0] == a_start and a[2] not in ("advancing", "attacked") for a in actions):
        # "атакував …, намагаючись оточити Часів Яр / захопити X": taking or encircling a
        # place is the attack's aim, not where it was (only an advance tried is an attack there)
        return None
    at = tried.start()
    if any(
        a[2] in ("attacked", "fighting")
        and a[1] <= at <= a[1] + ATTEMPT_GERUND_REACH
        and not _GERUND_CLAUSE_END.search(sent, a[1], at)
        for a in actions
    ):
        return tried
    return None


def _closed_relatives(sent: str, w: ClaimWords) -> list[tuple[int, int]]:
    """The relative clauses apposed to a place and closed by a comma ("Nikopol, where a house
    was damaged, Marhanets …"): (the clause's start, its closing comma) (rule
    ``list_after_relative``)."""
    out = []
    for m in w.relative_after.finditer(sent):
        close = _RELATIVE_CLOSE.search(sent, m.end())
        if close is not None and close.group() == ",":
            out.append((m.start(), close.start()))
    return out


def _after_runs(sent: str, targets: list, w: ClaimWords) -> list[int]:
    """For each target, the index of the first target after the list it belongs to ("A, B and
    C": each of A, B, C points past C), or ``len(targets)``.

    Rule ``fronted_locator``: a place named before its action, with another place not listed
    with it between them ("In the other direction, near Kupiansk, Russian troops managed to
    advance in the village of Kyslivka"), only says where the other place is.
    """
    out = [len(targets)] * len(targets)
    for k in range(len(targets) - 2, -1, -1):
        rel, target = targets[k]
        nxt = targets[k + 1][0]
        linked = nxt > rel and w.list_link.fullmatch(sent, rel + len(target.text), nxt)
        out[k] = out[k + 1] if linked else k + 1
    return out


def _retracted(sents, by_sentence, named, langs, claims: list[Claim]) -> list[Claim]:
    """Rule ``retracted``: a claimant the report says misspoke ("напередодні речник … обмовився,
    маючи на увазі ситуацію в Покровську") made no claim of his own elsewhere in it: his
    claims are dropped, but for his denials and those on the places the retraction names."""
    gone: set[str] = set()
    kept: set[str] = set()
    for si, (_, _, sent) in enumerate(sents):
        if named[si] and claim_words(langs[si]).retraction.search(sent):
            gone |= {c[2] for c in named[si]}
            kept |= {m.name for m in by_sentence.get(si, [])}
    if not gone:
        return claims
    return [c for c in claims if c.claimant not in gone or c.claim == "denied" or c.place in kept]


#: Characters between a place and the relative pronoun of a clause about it, and between
#: that clause's action and its claimant ("Ягодное …, о взятии которого заявили в ЧВК Вагнера").
RELATIVE_REACH = 40


def _relative_claim(sent: str, end: int, act, actions, who_here, w: ClaimWords) -> list:
    """Rule ``relative_claim``: a clause about the place just named makes a claim of its own,
    by the claimant named in it ("… Ягодное под Бахмутом, о взятии которого заявили в ЧВК
    Вагнера"; "… Привілля, про захоплення якого заявляли росіяни")."""
    rel = w.relative.search(sent, end, end + RELATIVE_REACH)
    if rel is None or re.search(r"[.;:!?]", sent[end : rel.start()]):
        return []
    clause = sent.find(",", rel.end())
    clause = len(sent) if clause < 0 else clause
    action = next(
        (a for a in actions if a is not act and end <= a[0] < clause and a[2] != "denied"), None
    )
    if action is None or _doubted(sent, action[0], w):
        return []
    who = next(
        (c for c in who_here if action[1] <= c[0] <= clause and c[0] - action[1] <= RELATIVE_REACH),
        None,
    )
    if who is None:
        return []
    return [(who[2:], action[2], action[0], None)]


def _relative_action(sent: str, rel: int, end: int, actions, w: ClaimWords):
    """Rule ``relative_action``: the action of a reference that a relative clause makes an
    action's place ("… northwest of the village of Ostapivske, which Moscow claimed capturing
    in December last year") is the clause's own, not the sentence's main verb (and the
    clause's time dates it)."""
    if not w.relative_after.match(sent, end):
        return None
    if not w.reference_before.search(sent[max(0, rel - 80) : rel]):
        return None
    comma = sent.find(",", end + 1)
    stop = len(sent) if comma < 0 else comma
    return next((a for a in actions if end < a[0] < stop), None)


#: Claim kinds that tell one event in other words: the Russian MoD's "liberated" is a capture.
_SAME_EVENT_KINDS = frozenset({"captured", "liberated"})


def _same_event_kind(said: str, kind: str) -> bool:
    """Whether a later telling of kind ``kind`` may restate a claim of kind ``said`` (rule
    restated_date): the same kind, or a capture told as a liberation ("… captured Yasenove.
    'Battlegroup Center units liberated the settlement', the ministry said on Feb. 11")."""
    return said == kind or {said, kind} <= _SAME_EVENT_KINDS


#: How far before a place a partitive ("part of", "two districts of") is read.
PARTITIVE_REACH = 60


_PART_BREAK = re.compile(r"[,;.]|\band\b|\bі\b|\bи\b|\bта\b|\bй\b")


def _apposed_part(sent: str, rel: int, w: ClaimWords) -> bool:
    """Rule ``apposed_part``: whether the place at ``rel`` follows a name in apposition called
    its suburb ("Avdiivka, a suburb of Donetsk city that Russian forces captured",
    "Авдіївку, передмістя Донецька, яку …"): the suburb is the place taken, not part of this
    one (lexicon ``apposed_suburb``)."""
    return bool(w.apposed_suburb.search(sent, max(0, rel - PARTITIVE_REACH - 40), rel))


def _partitive(sent: str, act: tuple, place: tuple[int, int], w: ClaimWords) -> bool:
    """Rule ``partitive``: whether a capture at ``act`` takes only part of the place at
    ``place`` ("captured part of Kupiansk", "took control of two districts of Pokrovsk",
    "pushing forward in Pokrovsk, capturing two districts there"): an advance there, not
    the place's capture."""
    if w.partitive_before.search(sent, max(0, place[0] - PARTITIVE_REACH), place[0]):
        return True
    if sent.startswith(("'s", "’s"), place[1]) and w.partitive.match(sent, place[1]):
        return True  # "captured Pokrovsk's suburbs", "took Kupiansk's eastern districts"
    part = w.partitive.match(sent, act[1])
    if part is None:
        return False
    if place[0] < act[0]:
        return True  # the place named first, its part after the action ("… there")
    if place[1] <= part.end():
        # the place names the part taken ("captured the Kurakhove thermal power plant")
        return not _PART_BREAK.search(sent, act[1], place[0])
    return part.end() <= place[0] and not _PART_BREAK.search(sent, part.end(), place[0])


#: A quotation in single quotes ('…' or ‘…’; not an apostrophe: no letter outside either mark).
_SINGLE_QUOTED = re.compile(r"(?<!\w)['‘][^'‘’\"“”«»]{2,200}?['’](?!\w)")


def _nested_quote(sent: str, rel: int, in_quote: bool) -> bool:
    """Rule ``nested_quote``: whether the place at ``rel`` stands in single quotes inside a
    double-quoted quotation ('"The enemy shouted to our soldiers, \'We have taken X!\' It\'s a
    lie," a commander said'; '"Russian soldiers told us: \'We have taken X.\'" said a soldier'):
    the speaker repeats another's words, which are no claim of the speaker's. ``in_quote``: the
    sentence lies inside a quotation that runs over several sentences."""
    if "'" not in sent and "‘" not in sent:
        return False
    for m in _SINGLE_QUOTED.finditer(sent):
        if m.start() < rel < m.end():
            before = sent[: m.start()]
            return in_quote or before.count('"') % 2 == 1 or before.count("“") > before.count("”")
    return False


def _unplaced_quote(sent: str, rel: int, attributed: tuple, who_here: list) -> bool:
    """Rule ``quoted_unplaced``: whether the place at ``rel`` is inside a quote that the
    sentence attributes to a speaker the lexicon cannot place ("Генштаб повідомив про бої.
    «Ми взяли X», — сказав командир штурмової групи"): no claimant from the quote's close
    to the end of its attribution's clause. ``attributed`` holds the attributions' spans,
    their starts, the positions of the sentence's quotation marks and of its first opening
    one (worked out once per sentence)."""
    spans, starts, marks, first_open = attributed
    k = bisect_right(starts, rel)
    if k == len(spans) or first_open >= rel:
        return False
    if bisect_right(marks, rel) < bisect_left(marks, spans[k][0]):
        return False  # a quote closes between the place and the attribution
    start, end = spans[k]
    stop = _CLAUSE_STOP.search(sent, end)
    stop_at = stop.start() if stop else len(sent)
    return not any(start <= c[0] < stop_at for c in who_here)


#: How far after a first-person gain's start a word of loss is looked for (rule ``agent_side``).
LOSS_REACH = 30


#: Every quotation mark, and an opening one (rule ``quoted_unplaced``).
_QUOTE_MARK = re.compile(r'["“”«»„]')


_QUOTE_OPEN = re.compile(r'["“«„]')


#: Where an attribution's clause ends.
_CLAUSE_STOP = re.compile(r"[.;!?]|[,–—]\s+(?:but|and|while|але|а|проте|однак|но|однако)\b")


def _expelled_side(sent: str, at: int, rel: int, w: ClaimWords) -> str | None:
    """Rule ``expelled_side``: the side a gain at ``at`` drives out of the place at ``rel``
    ("pushed Russian forces out of X" -> "RU"; "the enemy" -> "enemy"), or None when the text
    between them names no side's troops as the ones driven out."""
    if not w.expelled_object or not 0 <= at < rel or rel - at > EXPELLED_SPAN:
        return None
    return next(
        (side for side, pattern in w.expelled_object if pattern.fullmatch(sent, at, rel)), None
    ) or next(
        # rule expelled_subject: "Russian forces had been pushed out of X", "Окупантів вибили
        # з X", "ВСУ выбиты из X": the expelled force named before the verb
        (
            side
            for side, pattern in w.expelled_subject
            # the window ends a reach after the action, not at the place: a list's later
            # places would each scan the whole list before them (linear time)
            if (
                m := pattern.search(
                    sent, max(0, at - EXPELLED_REACH), min(rel, at + 2 * EXPELLED_REACH)
                )
            )
            and m.start() <= at
        ),
        None,
    )


#: A dash standing for a gapped clause's verb ("«Запад» - Подолы"; rule ``action_reach``).
_REACH_DASH = re.compile(r"\s[—–-]\s")


def _reach_ended(sent: str, prev_end: int, rel: int, w: ClaimWords) -> bool:
    """Rule ``action_reach``: whether the text between two places (``prev_end`` to ``rel``)
    is more than a list link: a word of ``reach_stop`` ("the next target is", ";"), or a word
    that is no list join, list filler or region word (``reach_fillers``) and no capitalised
    name ("and are now eyeing", "і тепер загрожують", ", bringing them closer to"), unless a
    dash standing for the verb of a gapped clause follows it ("а бойцы «Востока» – поселок")."""
    gap = sent[prev_end:rel]
    if w.reach_claimed.search(gap):
        return False  # "… captured Yampil; on Friday it claimed Zvanivka": the same gain
    if w.reach_stop.search(gap):
        return True
    dashes = [m.end() for m in _REACH_DASH.finditer(gap)]
    rest = gap[dashes[-1] :] if dashes else gap
    return any(
        not x[:1].isupper() and x.lower() not in w.list_fillers and x.lower() not in w.reach_fillers
        for x in _LIST_WORD.findall(rest)
    )


def _reach_ended_since(
    sent: str, at: int, targets: list, k: int, rel: int, w: ClaimWords, memo: dict
) -> bool:
    """Rule ``action_reach``: whether the reach of an action ending at ``at`` ended on the way
    to the ``k``-th place (at ``rel``): in the link before it or in any link between the places
    after the action before it ("captured Novopil and then moved on Komar and Velyka Novosilka":
    Komar's link ends the reach, so Velyka Novosilka is not captured either). ``memo`` keeps, per
    action, the places after it and whether the reach has ended by each link (each link is read
    once: a long list stays linear)."""
    if at not in memo:
        after = [j for j, t in enumerate(targets) if t[0] >= at]
        ended, so_far = [], False
        for a, b in pairwise(after):
            so_far = so_far or _reach_ended(
                sent, targets[a][0] + len(targets[a][1].text), targets[b][0], w
            )
            ended.append(so_far)
        memo[at] = (after, ended)
    after, ended = memo[at]
    m = bisect_left(after, k)  # the places after the action and before the k-th
    if not m:
        return False
    last = targets[after[m - 1]]
    return (m > 1 and ended[m - 2]) or _reach_ended(sent, last[0] + len(last[1].text), rel, w)


#: The longest stretch from a verb of driving out to its place read for the force driven out
#: (rule expelled_side): a list's later places each read the stretch again, so it is bounded.
EXPELLED_SPAN = 300

#: How far before a verb of driving out its force is looked for (rule expelled_subject).
EXPELLED_REACH = 90


#: How far before an action a side's claim of it is looked for (rule claimed_by).
CLAIMED_BY_REACH = 160


#: What joins a voice named after a noun of claiming to the action it tells ("заяви Герасимова
#: про окупацію": rule ``claim_noun_owner``).
_CLAIM_NOUN_JOIN = re.compile(r"\s+(?:(?:про|щодо|о|об)\s+)?")
#: How far before a voice its noun of claiming is looked for.
CLAIM_NOUN_REACH = 30


def _claim_noun_owner(sent: str, made: list, who_here: list, w: ClaimWords) -> list:
    """Rule ``claim_noun_owner``: a gain told right after "заяви X про" / "утверждения X о"
    is X's claim, not that of a voice named earlier ("Куп'янськ перебуває під контролем ЗСУ,
    а заяви Герасимова про окупацію не відповідають дійсності, зазначили у Генштабі"); the
    sentence's denial is then the other side's speaking voice's, none when no such voice
    speaks after the gain."""
    if not may_hold(w.claim_noun_before, sent):
        return made
    owners = {}
    for c in who_here:
        if w.claim_noun_before.search(sent, max(0, c[0] - CLAIM_NOUN_REACH), c[0]):
            for _, kind, at, _ in made:
                if (
                    kind in w.gain_kinds
                    and c[1] <= at
                    and _CLAIM_NOUN_JOIN.fullmatch(sent, c[1], at)
                ):
                    owners[at] = c
    if not owners:
        return made
    out: list = []
    for who, kind, at, status in made:
        owner = owners.get(at) if kind in w.gain_kinds else None
        if owner is not None:
            out.append((owner[2:], kind, at, status))
            continue
        if kind == "denied" and any(who == o[2:] for o in owners.values()):
            side = who[1]
            denier = next(
                (c for c in who_here if c[3] in ("RU", "UA") and c[3] != side and c[0] > at
                 and _speaks(sent, c, w)),
                None,
            )  # fmt: skip
            if denier is not None:
                out.append((denier[2:], kind, at, status))
            continue  # the claim's owner denies nothing: no denial is guessed
        out.append((who, kind, at, status))
    return list(dict.fromkeys(out))


def _last_match(pattern: re.Pattern, sent: str, start: int, end: int) -> re.Match | None:
    """The last match of ``pattern`` in ``sent[start:end]`` (None when there is none)."""
    last = None
    for last in pattern.finditer(sent, start, end):  # noqa: B007 (the loop keeps the last)
        pass
    return last


def _claimed_by(sent: str, made: list, who_here: list, w: ClaimWords) -> list:
    """Rule ``claimed_by``: a side named as the subject of a verb of saying, claiming or lying
    right before an action ("Russia falsely claimed on Monday that it had captured X, Ukraine's
    military said", "Окупанти брешуть, що захопили X", "ВСУ лгут, что освободили X") makes
    that claim, whoever's voice reports it. The other side's voice makes no such claim: where
    a falsity cue (lexicon ``falsity``) calls it false, that voice denies it and the claim, by
    the side the lexicon names as a claimant there, is disputed; otherwise it is only that
    side's, and without such a claimant no claim is guessed."""
    if not w.claimed_by:
        return made
    out: list = []
    for who, kind, at, status in made:
        start = max(0, at - CLAIMED_BY_REACH)
        # the claim nearest the action is the one it tells ("X перебуває під контролем ЗСУ, а
        # заяви Герасимова про окупацію …": Gerasimov's, not the Ukrainian forces' named
        # before; rule claimed_by_nearest)
        found = (
            None
            if kind == "denied"
            else max(
                (
                    (side, m)
                    for side, pattern in w.claimed_by
                    if may_hold_between(pattern, sent, start, at)
                    and (m := _last_match(pattern, sent, start, at))
                ),
                key=lambda f: f[1].end(),
                default=None,
            )
        )
        if found is None:
            out.append((who, kind, at, status))
            continue
        side, m = found
        false = w.falsity.search(sent, m.start(), m.end()) is not None
        if who[1] == side:
            out.append((who, kind, at, "disputed" if false and status is None else status))
            # "The Kremlin is lying when it says it has seized X, Ukraine's General Staff said":
            # the other side's voice that speaks after the claim denies it
            out += [
                (c[2:], "denied", at, None)
                for c in who_here
                if false and c[3] in ("RU", "UA") and c[3] != side and c[0] > at
                and _speaks(sent, c, w)
            ][:1]  # fmt: skip
            continue
        if false:
            out.append((who, "denied", at, None))
        maker = next((c for c in who_here if c[3] == side and m.start() <= c[0] < m.end()), None)
        if maker is not None:
            out.append((maker[2:], kind, at, "disputed" if false else status))
    return list(dict.fromkeys(out))


#: Rule alleged_gain: who makes a gain the report calls alleged and the other side denies.
_ALLEGED_VOICES = {
    "RU": ("Russian sources", "RU", "media"),
    "UA": ("Ukrainian sources", "UA", "media"),
}


def _alleged_gain(sent: str, at: int, kind: str, denier: str, w: ClaimWords) -> list:
    """Rule ``alleged_gain``: a gain the report marks as alleged, made by no voice the sentence
    names, and denied in it by one side ("Росіяни нібито захопили Торецьк, що спростували в
    ЗСУ", "ВСУ якобы вернули Работино — это ложь, заявил Пушилин"): the gaining side's claim,
    disputed. Nothing when the gaining side is not named or is the denier's own."""
    if kind not in _DISPUTED_GAINS and kind not in w.gain_kinds:
        return []
    if not (
        may_hold_between(w.alleged_before, sent, at - ALLEGED_REACH, at)
        and w.alleged_before.search(sent, max(0, at - ALLEGED_REACH), at)
    ):
        return []
    agent = _gain_agent(sent, at, w)
    if agent is None or agent != _OTHER_SIDE.get(denier):
        return []
    if agent == "UA" and kind == "captured":
        kind = "liberated"  # "ВСУ якобы вернули контроль над X": Ukraine's own gain
    return [(_ALLEGED_VOICES[agent], kind, at, "disputed")]


#: How far before a gain word a word of loss is looked for (rule ``loss_agent``: "втратили
#: контроль над X", the gain word "контроль над" after the loss word).
LOSS_BEFORE = 24


def _loss_agent(sent: str, at: int, w: ClaimWords) -> str | None:
    """Rule ``loss_agent``: the side (RU/UA) named as the subject of a word of loss at or right
    before the gain word at ``at`` ("Russian forces lost control of X" -> "RU"), else None."""
    loss = w.loss_action.search(sent, max(0, at - LOSS_BEFORE), at + 5)
    if loss is None or loss.start() > at:
        return None
    side = _gain_agent(sent, loss.start(), w)
    return side if side in ("RU", "UA") else None


def _gain_agent(sent: str, at: int, w: ClaimWords) -> str | None:
    """Rule ``agent_side``: the side whose troops are the subject right before the gain at
    ``at`` ("Ukrainian forces had recaptured X" -> "UA"), or None when no side is named."""
    start = max(0, at - AGENT_REACH)  # searched in place: "^" is the sentence's start only
    # rule scare_quote: the subject before a quoted gain word ('росіяни «звільнили» X')
    end = at - 1 if at and sent[at - 1] in _QUOTE_OPENS else at
    return next(
        (
            side
            for side, pattern in w.gain_agent
            if may_hold_between(pattern, sent, start, end) and pattern.search(sent, start, end)
        ),
        None,
    ) or next((side for side, pattern in w.gain_agent_after if pattern.match(sent, at)), None)


#: A word closed by a quote mark right after it (rule ``scare_quote``).
_SCARE_CLOSE = re.compile(r"[^\W\d_]+(?:[’'-][^\W\d_]+)*[»\"”]")


def _scare_quoted(sent: str, at: int, w: ClaimWords) -> str | None:
    """Rule ``scare_quote``: "so-called" when words before the gain word at ``at`` mark it as
    another's ("so-called", "так званого"), "quoted" when it stands in quote marks of its own
    ('«звільнили»', '"liberation"'), else None."""
    if w.scare_before.search(sent, max(0, at - 30), at):
        return "so-called"
    if at and sent[at - 1] in _QUOTE_OPENS and _SCARE_CLOSE.match(sent, at):
        return "quoted"
    return None


#: What a sentence that goes on quoting opens with.
_QUOTE_OPENS = '"“«„'


def _clause_bounds(sent: str) -> tuple[list[int], list[int]]:
    """Where the clause boundaries of a sentence start and end (see :data:`_CLAUSE_END`)."""
    found = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(sent)]
    return [b[0] for b in found], [b[1] for b in found]


def _background(
    sent: str, action: tuple, place: tuple, w: ClaimWords, bounds=None, *, ongoing=False
) -> bool:
    """Whether an action on a place is dated to a time long past ("captured Avdiivka in
    February", "seized … in the early days of the invasion", "since it took Bakhmut in May
    last year"): a cue just before them or just after the action or the place, in their
    clause (not one dating another verb between them: "… Pokrovsk, a hub it has been pressing
    to capture for months, and Vovchansk").

    ``ongoing``: the action is told in a continuing tense ("have been storming X for weeks");
    a span it lasted to now is no background (rule ``ongoing_span``)."""
    start, end = min(action[0], place[0]), max(action[1], place[1])
    starts, ends = bounds if bounds is not None else _clause_bounds(sent)
    # the clause: from the last boundary ending by ``start`` to the first starting at ``end``
    j, i = bisect_right(ends, start), bisect_left(starts, end)
    lo = ends[j - 1] if j else 0
    hi = starts[i] if i < len(starts) else len(sent)
    before = start - BACKGROUND_REACH
    for day in _WEEKDAY_WORD.finditer(sent, max(lo, before, 0), start):
        if day[0].lower() in w.weekdays and w.weekday_join.search(
            sent, max(0, day.start() - 30), day.start()
        ):
            # rule background_clause: a weekday opening a clause of its own ("… захопили
            # Сіверськ у лютому, а в понеділок атакували X", "… in February, and on Monday
            # attacked X") dates what follows it: a time long past before it is another
            # clause's
            before = day.start()
    windows = [(before, start)]
    windows += [(edge, edge + BACKGROUND_REACH) for edge in (action[1], place[1])]
    # and the action's own phrase, up to its first comma ("advancing steadily in eastern
    # Ukraine for months, especially around … Pokrovsk")
    reach = min(hi, action[1] + PHRASE_REACH)
    comma = _PHRASE_END.search(sent, action[1], reach)
    windows.append((action[1], comma.start() if comma else reach))
    if w.duration_before.search(sent[max(lo, action[0] - BACKGROUND_REACH) : action[0]]):
        return True
    return any(
        may_hold_between(w.background, sent, max(lo, a), min(hi, b))
        and any(
            not (ongoing and w.ongoing_span.fullmatch(cue[0]))
            for cue in w.background.finditer(sent[max(lo, a) : min(hi, b)])
        )
        for a, b in windows
    )


def _past_relative(sent: str, end: int, act: int, published: Date, w: ClaimWords) -> bool:
    """Rule ``past_relative``: an action in the relative clause right after its place that
    the clause dates to a month or year long past ("Село Андріївка, яке ЗСУ звільнили у
    вересні 2023 року, знову під обстрілами", "Работино, которое ВСУ заняли летом 2023
    года, …", "…, яке звільнили торік, …") is history told in passing, not a claim."""
    opened = w.history_relative.match(sent, end)
    if opened is None or act < opened.end():
        return False
    close = _PHRASE_END.search(sent, opened.end())
    hi = close.start() if close else len(sent)
    if act >= hi:
        return False
    if w.history_relative_year.search(sent, opened.end(), hi):
        return True
    return any(
        opened.end() <= d[0] < hi and (published - d[2]).days > BACKGROUND_DAYS
        for d in _coarse_dates(sent, published)
    )


def _relative_clause(sent: str, act: int, w: ClaimWords) -> tuple[int, int] | None:
    """The relative clause an action at ``act`` stands in ("Бригада, що звільнила Роботине …,",
    "Окупанти, які захопили …,", "Russian troops, who captured …,": from its opening word to
    the end of its phrase), or None; not a clause in which a voice speaks ("…, who said on 3
    May that …")."""
    lo = max(0, act - PHRASE_REACH)
    if not (
        may_hold_between(w.date_relative, sent, lo, act)
        or may_hold_between(w.date_relative_that, sent, lo, act)
    ):
        return None
    opened = list(w.date_relative.finditer(sent, lo, act))
    opened += [
        m
        for m in w.date_relative_that.finditer(sent, lo, act)
        if not w.speech.search(sent, max(0, m.start() - SPEECH_BEFORE_THAT), m.start())
    ]
    if not opened:
        return None
    start = max(m.end() for m in opened)
    close = _PHRASE_END.search(sent, start)
    hi = close.start() if close else len(sent)
    if act >= hi or w.speech.search(sent, start, act):
        return None
    return start, hi


def _past_clause(sent: str, act: int, published: Date, w: ClaimWords) -> bool:
    """Rule ``past_relative`` after any noun: an action in a relative clause that the clause
    dates to a month or year long past ("Бригада, що звільнила Роботине в серпні 2023 року,
    …", "… пункти, які окупанти захопили ще в 2022 році, зокрема X") is history told in
    passing, whatever place it names or a list after it names."""
    clause = _relative_clause(sent, act, w)
    if clause is None:
        return False
    start, hi = clause
    if w.history_relative_year.search(sent, start, hi):
        return True
    return any(
        start <= d[0] < hi and (published - d[2]).days > BACKGROUND_DAYS
        for d in _coarse_dates(sent, published)
    )


def _past_before_weekday(sent: str, act: int, rel: int, end: int, published: Date) -> bool:
    """Rule ``background_clause``: an action and its place before a weekday that opens a
    clause of its own ("Окупанти захопили Мар'їнку в грудні 2023 року, а в понеділок
    просунулися біля X", "У лютому 2024 року росіяни штурмували Авдіївку, а в суботу …") keep
    their own clause's time: a month or year it names long past (more than
    :data:`BACKGROUND_DAYS`) makes them history; the weekday dates only what follows it."""
    joined = [d for d in _weekdays(sent, published) if d[3] and d[0] >= max(act, end)]
    if not joined:
        return False
    lo = max(0, min(act, rel) - BACKGROUND_REACH)
    hi = joined[0][0]
    return any(
        lo <= d[0] < hi and (published - d[2]).days > BACKGROUND_DAYS
        for d in _coarse_dates(sent, published)
    )


def _clause_day(sent: str, act: int, published: Date, w: ClaimWords) -> Date | None:
    """Rule ``relative_day``: the day a relative clause states for its own action ("Окупанти,
    які захопили Авдіївку 17 лютого, в понеділок …", "Russian troops, who captured Avdiivka
    on Feb. 17, on Monday …"), whatever weekday dates the main clause; None when it states
    none, or several."""
    clause = _relative_clause(sent, act, w)
    if clause is None:
        return None
    days = {
        d[1] for d in _dates(sent, published) if clause[0] <= d[0] < clause[1] and d[2] == "day"
    }
    return days.pop() if len(days) == 1 else None


#: How far an action's own phrase is read for a time long past.
PHRASE_REACH = 120


#: How far after a gerund its modal is read ("seizing the town, known until 2016 as …, would").
MODAL_REACH = 200


def _hypothetical(sent: str, act: tuple, w: ClaimWords) -> bool:
    """Rule ``hypothetical_gerund``: an action named by a gerund opening its clause, with a
    modal after it ("For Moscow, seizing the town … would bring closer …", "Capturing
    Pokrovsk could open …"), is what the action would do, not a claim that it happened."""
    if w.hypothetical_noun.search(sent, max(0, act[0] - 40), act[1]):
        # rule hypothetical_noun: "A rapid capture of Chasiv Yar, a town … , would mark …"
        return bool(
            w.noun_modal_after.match(sent, act[1], act[1] + MODAL_REACH)
            # rule noun_history: "The capture of Bakhmut cost Russia dearly"
            or w.noun_history_after.match(sent, act[1], act[1] + MODAL_REACH)
        )
    return bool(
        w.gerund.search(sent, act[0], act[1])
        and w.gerund_opening.search(sent[max(0, act[0] - 40) : act[0]])
        and w.modal_after.match(sent, act[1], act[1] + MODAL_REACH)
    )


#: How far after a denial's start its words of Ukraine holding the place may end.
HOLDS_REACH = 80


#: How far before an action a negation of it may begin (rules ``negated_gain``, ``_doubted``).
NEGATION_REACH = 20


#: How far before an action an order or task to carry it out may begin (rule ``mandate``).
MANDATE_REACH = 90


def _doubted(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether the action at ``at`` is negated or conditional ("failed to capture", "if …")."""
    # searched in place, so a window that starts inside a word ("райо|не") does not read as
    # that word's ending ("не")
    return bool(
        (
            may_hold_between(w.negation, sent, at - 20, at)
            and w.negation.search(sent, max(0, at - 20), at)
        )
        or (
            may_hold_between(w.conditional, sent, at - 40, at)
            and w.conditional.search(sent, max(0, at - 40), at)
        )
        or _CONDITIONAL_OPENING.match(sent)
        or (  # rule stalled_advance: "The Russian advance near Pokrovsk has stalled"
            may_hold(w.stalled_after, sent)
            and w.stalled_after.match(sent, _WORD.match(sent, at).end())
        )
        or (
            may_hold_between(
                w.mandate, sent, at - MANDATE_REACH, word_end := _WORD.match(sent, at).end()
            )
            and w.mandate.search(sent, max(0, at - MANDATE_REACH), word_end)
        )
        or (  # rule negated_subject: "Neither side has been able to take full control of X"
            may_hold_between(w.negated_subject, sent, at - MANDATE_REACH, at)
            and w.negated_subject.search(sent, max(0, at - MANDATE_REACH), at)
        )
        or _silent_on(sent, at, w)
        or _unsaid(sent, at, w)
    )


#: How far after an action its clause may say the evidence for it is missing (rule
#: ``evidence_absent``: "Підтверджень захоплення Торецька немає").
EVIDENCE_AFTER_REACH = 140


def _in_clause_before(pattern: re.Pattern, sent: str, at: int, reach: int = MANDATE_REACH) -> bool:
    """Whether ``pattern`` matches before ``at`` within ``reach``, with no clause stop between
    its last match and ``at``."""
    if not may_hold_between(pattern, sent, at - reach, at):
        return False
    ends = [m.end() for m in pattern.finditer(sent, max(0, at - reach), at)]
    return bool(ends) and not _CLAUSE_STOP.search(sent, ends[-1], at)


def _side_claims(sent: str, at: int, w: ClaimWords) -> bool:
    """Whether a side is named as claiming the action at ``at`` (rule ``claimed_by``: "Kyiv
    invented the recapture of X, Russia's Defence Ministry said" is read as that side's claim,
    denied by the voice), so rule ``debunked`` leaves it to that rule."""
    start = max(0, at - CLAIMED_BY_REACH)
    return any(
        may_hold_between(pattern, sent, start, at) and pattern.search(sent, start, at)
        for _, pattern in w.claimed_by
    )


def _attributive_of(sent: str, act: tuple, rel: int, w: ClaimWords) -> bool:
    """Rule attributive_participle: the action ``act`` is a gain's participle used as the
    adjective of the place at ``rel`` ("the recaptured village of Robotyne", "liberated Izium")."""
    word_end = _WORD.match(sent, act[0]).end()
    return (
        act[1] <= rel
        and bool(w.attributive_gap.fullmatch(sent, act[1], rel))
        and may_hold_between(w.attributive_participle, sent, act[0] - 60, word_end)
        and bool(w.attributive_participle.search(sent, max(0, act[0] - 60), word_end))
    )


def _unsaid(sent: str, at: int, w: ClaimWords) -> bool:
    """Rules ``evidence_absent``, ``open_question``, ``debunked`` and
    ``attributive_participle``: the action at ``at`` is told as lacking evidence ("ISW has not
    observed evidence that …", "reports that … were not confirmed"), as a question ("asked
    whether …", "even if …"), as made up ("falsifying claims of advances near X"), or as a
    past gain named by an adjective ("Residents of liberated Izium"): no claim of anyone."""
    word_end = _WORD.match(sent, at).end()
    if may_hold_between(
        w.attributive_participle, sent, at - 60, word_end
    ) and w.attributive_participle.search(sent, max(0, at - 60), word_end):
        return True
    if may_hold_between(w.weather_noun, sent, at - 30, word_end) and w.weather_noun.search(
        sent, max(0, at - 30), word_end
    ):  # rule weather_noun: "The storm battered Odesa"
        return True
    if (
        _in_clause_before(w.evidence_absent, sent, at)
        or _in_clause_before(w.open_question, sent, at)
        or (_in_clause_before(w.debunk_before, sent, at, 60) and not _side_claims(sent, at, w))
    ):
        return True
    return (
        _in_clause_before(w.evidence_noun, sent, at)
        and may_hold_between(
            w.evidence_absent_after, sent, word_end, word_end + EVIDENCE_AFTER_REACH
        )
        and bool(w.evidence_absent_after.match(sent, word_end, word_end + EVIDENCE_AFTER_REACH))
    )


def _silent_on(sent: str, at: int, w: ClaimWords) -> bool:
    """Rule silent_on: the action at ``at`` follows, in its clause, a voice's silence on it
    ("made no reference to Ukrainian advances", "did not say whether X had changed hands",
    "не повідомляв про просування біля X"): it is nobody's claim."""
    if not may_hold_between(w.no_comment, sent, at - MANDATE_REACH, at):
        return False
    ends = [m.end() for m in w.no_comment.finditer(sent, max(0, at - MANDATE_REACH), at)]
    return (
        bool(ends)
        and not _CLAUSE_STOP.search(sent, ends[-1], at)
        and not w.silent_report.search(sent, ends[-1], at)
    )


#: The next word and the spaces around it ("… denied| by |Kyiv"): where a passive's agent opens.
_AGENT_GAP = re.compile(r"\s+\w+\s+")


_CONDITIONAL_OPENING = re.compile(r"^\s*(?:If|Should|Whether|Had|Even\s+if)\b")


def _denies(sents, si: int, langs) -> bool:
    """Whether sentence ``si`` denies what the one before said ("… denied this information")."""
    if si >= len(sents):
        return False
    sent = sents[si][2]
    return bool(claim_words(langs[si]).claim_anaphora.search(sent)) and any(
        a[2] == "denied" for a in _actions(sent, langs[si])
    )


#: What joins two claimants that make one claim together ("Russian officials and a …").
_JOINT = re.compile(r"\s+and\s+(?:(?:a|an|the)\s+)?")


#: A coordinated clause between a place and a denial after it ("… had captured Novoselivka,
#: and rejected as false …"): the denial is of something else (rule ``said_denial``).
#: Between a voice and the denial it makes as its subject ("ВСУ опровергли", "Kyiv also denied").
_DENIER_GAP = re.compile(r"\s*(?:[^\W\d]+\s+)?")


#: Rule passive_denier: "was denied by (the) X": a passive denial and where its agent starts.
_PASSIVE_BY = re.compile(r"\s+by\s+(?:the\s+)?")
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$")


#: What may stand between a denial and the place it names as its own object ("спростували
#: чутки про оточення Покровська", "denied reports that Pokrovsk was encircled").
_DENIAL_OBJECT_GAP = re.compile(r"[^,;.:!?()—–\"“”«»]{0,80}")


def _denies_elsewhere(sent: str, later: tuple, target, targets: list, w: ClaimWords) -> bool:
    """Rule denial_object: a denial after an action whose own object is another place, named
    right after it in its clause with no word pointing back ("Росіяни захопили Очеретине, визнали
    в ЗСУ, але спростували чутки про оточення Покровська"), denies that place, not this one."""
    start, nxt = next(((r, t) for r, t in targets if r >= later[1]), (-1, None))
    if nxt is None or nxt is target or nxt.name == target.name:
        return False
    return _DENIAL_OBJECT_GAP.fullmatch(
        sent, later[1], start
    ) is not None and not w.claim_anaphora.search(sent, later[0], start)


_SAID_DENIAL_BREAK = re.compile(r"(?<!\w)(?:and|but|і|й|та|але|и|но|а)(?!\w)|;")


#: Where the first of them opens its clause (its subject, not "no comment from X and …").
_JOINT_OPENS = re.compile(r"(?:^|[,;:–—]|\bthat)\s*[\"“]?$")


#: A side's claim noun opening the subject whose claim a denial after it calls false ("Russian
#: claims that X had fallen were false", "Moscow's claims of the capture of X are a lie"; rule
#: ``denied_claim_subject``): the claimant's text up to the place, within one clause.
_CLAIM_NOUN_SUBJECT = re.compile(
    r"[^,;:.!?]*?\b(?:claims?|assertions?|reports?)\s+(?:that|to|of|about)\b[^,;:.!?]*$", re.I
)


#: What may stand between a denial and the claimant whose claim it denies ("denied the Russian
#: military's claims", rule ``denied_object``).
_DENIED_OBJECT = re.compile(r"\s+(?:(?:the|a|an)\s+)?")


#: How far before a claimant an appositive saying it made the claim too may start
#: (rule ``echoed_claim``).
ECHO_REACH = 80


def _pattern_spans(pattern: re.Pattern, sent: str) -> tuple[tuple[int, int], ...]:
    """The spans of ``pattern``'s matches in ``sent``, found once per sentence: a long list
    asks for each of its places whether a match lies between the action and the place, and
    scanning that stretch again for every place made the list quadratic."""
    k = (id(pattern), sent)
    spans = _SPANS.get(k)
    if spans is None:
        if len(_SPANS) >= 256:
            _SPANS.clear()
        spans = _SPANS[k] = tuple(m.span() for m in pattern.finditer(sent))
    return spans


_SPANS: dict[tuple[int, str], tuple[tuple[int, int], ...]] = {}


#: How far before a place the words that front it in a clause of its own may start, and how
#: far after it its own action may (rule ``fronted_clause``).
FRONTED_REACH = 60


#: The words between a fronted place and its action: no clause boundary, but a comma before a
#: listed name ("біля Покровська, Мирнограда і Торецька тривають бої").
_FRONTED_GAP = re.compile(r"(?:[^,;:.!?—–«»\"“”]|,\s*(?-i:[A-ZА-ЯІЇЄҐЁ]))*")


def _cause_in_clause(sent: str, at: int, cause: re.Pattern, end: re.Pattern) -> bool:
    """Rule ``casualty``: whether what struck is named in the clause of the casualty at ``at``
    — from the clause boundary before it to the one after it (``end``: "; ", ", while", ", but"
    …), so that "A man was killed in X in a car crash, while drones struck Y" names no cause of
    the death in X."""
    if not cause.search(sent):
        return False
    lo = 0
    for m in end.finditer(sent, 0, at):
        lo = m.end()
    nxt = end.search(sent, at)
    return bool(cause.search(sent, lo, nxt.start() if nxt else len(sent)))


def _fronted_object(sent: str, end: int, at: int, length: int, w: ClaimWords) -> int | None:
    """Rule ``fronted_object``: where the conjunction fronting a bare place in a clause of its
    own starts ("Росіяни захопили X, а Y наші воїни досі утримують", "ВС РФ заняли X, а Y ВСУ
    удерживают"), after the earlier action ending at ``end``: a conjunction of contrast right
    before the place, and words of the clause's own after the place and its list, with no
    comma between; else None ("захопили не X, а Y": Y is the action's; "…, а Y, повідомили")."""
    if not may_hold(w.fronted_object_before, sent):
        return None
    m = w.fronted_object_before.search(sent, max(end, at - 12), at)
    if m is None or m.end() != at or not w.fronted_object_after.match(sent, at + length):
        return None
    return m.start()


def _fronted_action(
    sent: str, end: int, at: int, length: int, actions: list, w: ClaimWords, fronted=False
) -> tuple | None:
    """Rule ``fronted_clause``: the action a place at ``at`` takes when a clause boundary, a
    conjunction and a locating word front it after the earlier action ending at ``end``
    ("Росіяни захопили X, а біля Y тривають бої"): the first action after the place, in its
    own clause; None when the place is no such clause's or no action follows it there."""
    if not fronted and not w.fronted_place_before.search(sent, max(end, at - FRONTED_REACH), at):
        return None  # ``fronted``: the place is known to open a clause (rule fronted_object)
    after = next((a for a in actions if a[0] >= at + length), None)
    if after is None or after[0] - at - length > FRONTED_REACH:
        return None
    return after if _FRONTED_GAP.fullmatch(sent, at + length, after[0]) else None


def _list_ended(sent: str, end: int, at: int, speaking: list, w: ClaimWords) -> bool:
    """Rule ``list_ends``: whether the words between an action's end and a place at ``at``
    close the action's clause — a voice whose words of saying close it ("…, the ministry said
    on Monday, …") or a clause boundary with a new subject ("…, while Ukrainian troops held",
    "…, а українські військові утримують"): the place is then no member of its list."""
    if may_hold(w.clause_subject, sent):
        # the first match from the action on (matches do not overlap: the first ends first)
        spans = _pattern_spans(w.clause_subject, sent)
        i = bisect_left(spans, (end,))
        if i < len(spans) and spans[i][1] <= at:
            return True
    return any(end <= c[0] and c[1] <= at and _closes_clause(sent, c, w) for c in speaking)


def _merge(
    claims: list[Claim], unconfirmed: set, published: Date, called_false: set = frozenset()
) -> list[Claim]:
    """One claim per (claimant, place, claim): the dated evidence wins; then statuses.
    ``called_false``: the (sentence, place) pairs an aside calls untrue (rule false_aside)."""
    for c in claims:
        if c.claim != "denied" and (c.sentence, c.place) in called_false:
            c.status = "disputed"
    merged: dict[tuple, Claim] = {}
    cyrillic: dict[str, bool] = {}  # per quote: a run-on sentence is the quote of all its claims
    for c in claims:
        k = (c.claimant, c.place, c.claim)
        if c.claim in _STRIKE_KINDS and c.quote not in cyrillic:
            cyrillic[c.quote] = bool(_CYRILLIC.search(c.quote))
        if c.claim in _STRIKE_KINDS and cyrillic[c.quote]:
            # rule one_strike: a Ukrainian or Russian strike bulletin names a place under each
            # weapon that hit it ("47 БпЛА атакували Роботине … 290 артударів по Роботиному"):
            # one strike claim per voice, place and day, whatever the weapon
            k = (c.claimant, c.place, "strike", c.date)
        old = merged.get(k)
        if old is None:
            merged[k] = c
        elif old.notes.startswith("date not stated") and not c.notes.startswith("date not stated"):
            c.quote = old.quote + " … " + c.quote
            merged[k] = c
    out = list(merged.values())
    captured = {c.place for c in out if c.side == "RU" and c.claim == "captured"}
    denied = {(c.place, c.side) for c in out if c.claim == "denied"}
    for c in out:
        if c.claim == "captured" and c.place in unconfirmed:
            c.status = "unconfirmed"
            c.notes = (c.notes + "; " if c.notes else "") + "Kyiv has not confirmed"
        if c.claim == "fighting" and c.side == "UA" and c.place in captured:
            c.status = "disputed"
        if c.claim in _DISPUTED_GAINS and (c.place, _OTHER_SIDE.get(c.side)) in denied:
            # rule denied_gain: a gain one side claims at a place the other side denies there
            # ("окружили Покровск … ВСУ это опровергли", "ЗСУ звільнили Роботине. У Міноборони
            # РФ це заперечили") is disputed, whichever side claims it
            c.status = "disputed"
    return sorted(out, key=lambda c: (c.date, c.place))


def _week_before(sents, si: int, paragraphs: list, w) -> str | None:
    """Rule ``week_continued``: the note when sentence ``si`` opens on words that detail the
    sentence before it in its paragraph ("В частности, …", "Зокрема …", "Among them …") and
    that sentence names the current week ("за неделю", "this week"); else None."""
    if si == 0 or paragraphs[si - 1] != paragraphs[si]:
        return None
    if not w.detail_opening.match(sents[si][2].lstrip()):
        return None
    cue = w.week_cues.search(sents[si - 1][2])
    if cue is None or not _WEEK_WORD.search(cue.group(0)):
        return None
    return f"week_continued: the week the sentence before names ('{cue.group(0)}')"


#: A week cue that names the week itself (not "recently", "earlier").
_WEEK_WORD = re.compile(r"недел|тижн|тижд|\bweek", re.I)
