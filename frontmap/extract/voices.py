"""Who speaks: claimants from the lexicon, people introduced with a role, quotes and relayed voices,
and the action words a claim is made of."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from gazetteer.names import key

from ..anchors import foreign_in
from ..lexicon import LANGUAGES
from ..triggers import Triggered, may_hold, may_hold_between
from .model import Mention
from .vocabulary import (
    _CYRILLIC,
    _LIST_JOIN,
    CLAIM_COUNTRIES,
    OBJECT_REACH,
    ClaimWords,
    claim_words,
)


@lru_cache(maxsize=8)
def _triggered(languages: tuple[str, ...] = LANGUAGES) -> tuple[Triggered, Triggered]:
    """Claimant and action patterns, each with the words that must be present to match."""
    w = claim_words(languages)
    return Triggered(w.claimants), Triggered(w.actions)


@lru_cache(maxsize=4096)
def _lexicon_claimants(
    sent: str, languages: tuple[str, ...]
) -> tuple[tuple[int, int, str, str, str], ...]:
    """The lexicon's claimants in a sentence, unordered (one scan per sentence and languages:
    a report's sentences are read for claimants several times)."""
    return tuple(
        (m.start(), m.end(), name, side, kind)
        for pattern, name, side, kind in _triggered(languages)[0].present(sent)
        for m in pattern.finditer(sent)
    )


def _claimants_in(
    sent: str, people: dict, languages: tuple[str, ...] = LANGUAGES
) -> list[tuple[int, int, str, str, str]]:
    """Every claimant named in a sentence: ``(start, end, name, side, kind)``, by position."""
    if not people:
        # the lexicon's claimants only: what the sentence and its languages determine, read
        # once (mentions, claims and dates each ask it of the same sentences)
        return list(_lexicon_claimants_in(sent, languages))
    return _claimants_found(sent, people, languages)


@lru_cache(maxsize=4096)
def _lexicon_claimants_in(
    sent: str, languages: tuple[str, ...]
) -> tuple[tuple[int, int, str, str, str], ...]:
    """:func:`_claimants_in` with no people named in the report (a tuple: shared, never changed)."""
    return tuple(_claimants_found(sent, {}, languages))


def _claimants_found(
    sent: str, people: dict, languages: tuple[str, ...]
) -> list[tuple[int, int, str, str, str]]:
    """What :func:`_claimants_in` returns, read afresh."""
    found = list(_lexicon_claimants(sent, languages))
    for stem, who in people.items():
        if stem in sent:
            found += [
                (m.start(), m.end(), *who) for m in re.finditer(rf"\b{re.escape(stem)}\w*", sent)
            ]
    # at one position the longest match wins
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    out = []
    for f in found:
        if not out or f[0] >= out[-1][1]:
            out.append(f)
    w = claim_words(languages)
    if out and w.occupation_voice is not None:
        out = _occupation_voices(sent, out, w)
    # words inside a claimant's description are not a claimant of their own ("DeepState, a
    # popular Ukrainian military blog, said": the blog speaks, not the Ukrainian military);
    # the description ends at its closing comma (a match from ``f[1]`` ends where it ends in
    # the sentence: "…, according to Rybar, a pro-Kremlin blog, while Ukraine's General Staff
    # said …" had hidden the General Staff behind a span twice too long)
    described = [(f[1], m.end()) for f in out if (m := _APPOSITIVE.match(sent, f[1]))]
    # rule role_names_person: a name right after a claimant's role is that person's name
    # ("Russian blogger Yuri Podolyaka said"): the person speaks in the role the text gives
    # them, not as a namesake the lexicon knows (a Ukrainian official "Podolyak")
    named = [(f, m) for f in out if (m := _NAME_AFTER.match(sent, f[1]))]
    # rule role_names_known: a role the sentence does not place ("Governor", "the mayor")
    # before a name the lexicon knows with its side ("Governor Denis Pushilin") is that
    # person's: the name speaks, not an unplaced role read by where the places lie
    known = [
        f
        for f, m in named
        if f[3] == "context"
        and any(m.start(1) <= g[0] < m.end(2) and g[3] != "context" for g in found)
    ]
    described += [(m.start(1) - 1, m.end(2)) for f, m in named if f not in known]
    if known:
        out = [f for f in out if f not in known]
        out += [
            g
            for f in known
            for g in found
            if f[1] <= g[0] < f[1] + 60 and g[3] != "context" and g not in out
        ][:1]
        out.sort(key=lambda f: f[0])
    # rule voice_relative: "Ukraine's General Staff, which does not comment on Russian claims,
    # said", "…, unlike Russia's defence ministry, said": a side named in what describes a
    # voice between it and its verb of saying is no voice of its own
    described += [(f[1], at) for f in out if (at := _voice_aside(sent, f[1], w)) is not None]
    # rule cited_source: a voice cited inside the commas ("Ukrainska Pravda, citing the Russian
    # defence ministry, reported …") is no description: it is the claim's source
    return [
        f
        for f in out
        if not any(a < f[0] < b for a, b in described)
        or w.cited_before.search(sent, max(0, f[0] - CITED_REACH), f[0])
    ]


#: How far before an official's role the words naming an occupation may start (rule
#: ``occupation_voice``).
OCCUPATION_REACH = 80


def _occupation_voices(sent: str, out: list, w: ClaimWords) -> list:
    """Rule ``occupation_voice``: a Ukrainian role or an unplaced one ("the governor of the
    Kherson region", "the governor") named right after words that say an occupation appointed
    its holder ("the Moscow-installed …", "призначений Кремлем …", "назначенный Москвой …")
    is the occupation's official (the lexicon's ``occupation_voice``), spanning those words;
    a claimant the words are themselves ("Moscow-installed") is that one voice."""
    merged: list = []
    for f in out:
        if f[3] not in ("RU", "other"):
            m = w.occupation_before.search(sent, max(0, f[0] - OCCUPATION_REACH), f[0])
            if m is not None:
                while merged and merged[-1][1] > m.start():
                    merged.pop()
                f = (m.start(), f[1], *w.occupation_voice)
        merged.append(f)
    return merged


#: Words set off by commas (rule ``voice_relative``): up to the closing comma.
_COMMA_ASIDE = re.compile(r"[»\"”]?,\s+[^,;:.!?()\"“”«»—–]{1,100}?,\s*")


def _voice_aside(sent: str, end: int, w: ClaimWords) -> int | None:
    """Rule ``voice_relative``: where the words describing a voice right after it end — a
    relative clause set off by commas or dashes ("…, which rarely comments on Russian claims,"),
    or any aside set off by commas that its verb of saying follows ("…, unlike Russia's
    defence ministry, said", "…, asked about Moscow's claim, said"); None when none does."""
    m = w.voice_relative.match(sent, end)
    if m is not None:
        return m.end()
    m = _COMMA_ASIDE.match(sent, end)
    if m is not None and w.speech.match(sent, m.end()) and not w.speech.search(sent, end, m.end()):
        return m.end()
    return None


_APPOSITIVE = re.compile(r",\s+(?:a|an|the)\s[^,.;]{0,60},")


#: A person's given name or surname: capitalised, not an acronym ("ВС России", "ЗСУ Олег")
_NAME = r"[A-ZА-ЯІЇЄҐЁ][a-zа-яіїєґёʼ’'-][\w’'-]*"


_NAME_AFTER = re.compile(rf"\s*(?:[«\"“][^»\"”]{{1,40}}[»\"”]\s*)?,?\s*({_NAME})\s+({_NAME})")


_NAME_BEFORE = re.compile(rf"({_NAME})\s+({_NAME}),\s+(?:(?:a|the|an)\s+)?[\w\s’'-]{{0,40}}$")


#: How far before a claimant its name (``_NAME_BEFORE``) is looked for (its agent word, "by",
#: "з боку", within :data:`AGENT_REACH`): an end-anchored pattern searched from the sentence's
#: start made each look linear in the sentence, a long one quadratic.
_NAME_REACH = 160


def _withdrawal_destinations(sent: str, actions: list, targets: list, w) -> dict:
    """``{withdrawal's start: (start, end) of its words of going}``: the first match of
    ``withdrawal_destination`` after the first place after each withdrawal (rule
    ``withdrawal_destination``)."""
    out = {}
    for act in actions:
        if act[2] != "withdrawn":
            continue
        at = next((r for r, t in targets if r >= act[1]), None)
        gap = None if at is None else sent[act[1] : at]
        if gap is not None and not w.withdrawal_origin.search(gap) and _CLAUSE_GAP.fullmatch(gap):
            # rule withdrawal_to: "pulled back to positions on the outskirts of X", "відійшли
            # на нові позиції під X": only where they went is named, no place withdrawn from
            cue = w.withdrawal_destination.search(sent, act[1], at)
            if cue:
                out[act[0]] = (cue.start(), cue.end())
                continue
        first = None if at is None else at + len(next(t for r, t in targets if r == at).text)
        cue = None if first is None else w.withdrawal_destination.search(sent, first)
        if cue:
            out[act[0]] = (cue.start(), cue.end())
    return out


#: A year in a sentence: what it tells may be history ("окупанти захопили X у лютому 2024
#: року"), no voice is given to it by rule ``own_side_voice``.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


#: The words between a withdrawal and the first place after it, in its own clause (rule
#: ``withdrawal_to``).
_CLAUSE_GAP = re.compile(r"[^,;:.!?()«»\"“”]{0,80}")


def _introduce(sent: str, claimants: list, people: dict, places: list[int] = ()) -> None:
    """Remember people introduced with a role ("Nazar Voloshyn, a spokesman for …", "речник
    ОСУВ «Дніпро» Віктор Трегубов"): later sentences naming them keep that role.

    Two capitalised words that are a place the sentence names (``places``: the starts of its
    settlements) are no person ("… the stronghold of Chasiv Yar, a Ukrainian military official
    said" introduces nobody called Yar).
    """
    for start, end, name, side, kind in claimants:
        after = _NAME_AFTER.match(sent, end)
        before = _NAME_BEFORE.search(sent, max(0, start - _NAME_REACH), start)
        for m in (after, before):
            if m and not any(m.start(1) <= p < m.end(2) for p in places):
                surname = m.group(2)
                stem = surname[: max(4, len(surname) - 2)] if _CYRILLIC.search(surname) else surname
                people.setdefault(stem, (name, side, kind))


def _introduced_speakers(sent: str, who_here: list, w: ClaimWords) -> list:
    """Rule ``introduced_speaker``: a person introduced with a role in this very sentence,
    after a word of saying ("according to Andrii Besedin, head of the city military
    administration"; "…, said Oleh Syniehubov, governor of the Kharkiv region") speaks for
    that role here, not only in later sentences: ``who_here`` with that person added."""
    out = list(who_here)
    for c in who_here:
        m = _NAME_BEFORE.search(sent, max(0, c[0] - _NAME_REACH), c[0])
        if m is None or any(o[0] <= m.start(1) < o[1] for o in out):
            continue
        if w.speech_before.search(sent[max(0, m.start() - SPEECH_BEFORE) : m.start()]):
            out.append((m.start(1), m.end(2), *c[2:]))
    return sorted(out)


_JOINED = re.compile(_LIST_JOIN)


def _listed_with_settlement(sent: str, start: int, m: Mention, places, w) -> bool:
    """Rule ``settlement_list``: whether a Cyrillic oblast centre's bare name stands in a list
    beside a settlement that is no oblast centre ("Херсон, Антонівка та Білозерка", "под
    огневым поражением находились Херсон, Антоновка"): Ukrainian and Russian name an oblast
    by its adjective or its "-щина", so the bare name listed among villages is the city.
    ``places``: the sentence's places in order of their starts."""
    if not _CYRILLIC.search(m.text):
        return False
    i = bisect_left(places, m.span[0], key=lambda o: o.span[0])
    # only a name right beside it can be listed with it: its neighbours (a long list: linear)
    for o in places[max(0, i - 2) : i + 3]:
        lo, hi = (o.span[1], m.span[0]) if o.span[1] <= m.span[0] else (m.span[1], o.span[0])
        if not 0 <= hi - lo <= _JOIN_REACH or o is m or o.kind != "settlement":
            continue
        if key(o.text) not in w.oblast_centres and _JOINED.fullmatch(sent, lo - start, hi - start):
            return True
    return False


#: The most characters a list's join between two names spans (", ", " та ", " and ").
_JOIN_REACH = 40


#: How far before a gain its subject is read (rule ``agent_side``).
AGENT_REACH = 90


#: Sentences after an unattributed claim within which the claimant may sign the list.
SIGNATURE_REACH = 6


_OPEN_QUOTES, _CLOSE_QUOTES = "“«„", "”»"


def _quote_speakers(sents, named, langs) -> dict[int, tuple[int, tuple]]:
    """Rule ``quote_span``: the sentences of a quote that runs over several sentences, each
    mapped to the sentence closing it and the claimant that speaks right after it
    ('"… near X. The enemy also attacked near Y," Ukraine's General Staff said'). Sentences of
    a quote closed with no claimant speaking, or never closed, are not mapped."""
    out: dict[int, tuple[int, tuple]] = {}
    start = None
    for si, (_, _, sent) in enumerate(sents):
        opens = sum(sent.count(q) for q in _OPEN_QUOTES)
        closes = sum(sent.count(q) for q in _CLOSE_QUOTES)
        odd = sent.count('"') % 2 == 1
        if start is None:
            if opens > closes or (odd and not closes):
                start = si  # a quote opens and runs on past the sentence's end
            continue
        if closes > opens or odd:
            end = max(sent.rfind(q) for q in (*_CLOSE_QUOTES, '"'))
            w = claim_words(langs[si])
            after = [c for c in named[si] if c[0] > end]
            who = after[0] if after and _speaks(sent, after[0], w) else None
            if who is not None:
                out.update((k, (si, who)) for k in range(start, si))
            start = None
    return out


def _signed(sents, named, langs, si: int):
    """The claimant of an unattributed claim named right after it ("… Sverdlikovo. This
    reports DeepState."), or after the claims that follow it (rule ``signed_list``: bulleted
    lines of a bulletin, then its signature "Генштаб ЗСУ"): every sentence between names no
    claimant and reports an action."""
    for later in range(si + 1, min(len(sents), si + 1 + SIGNATURE_REACH)):
        if named[later]:
            return named[later][0][2:]
        if not _actions(sents[later][2], langs[later]):
            return None
    return None


@dataclass
class _Roles:
    """Who the claims a report gives are by, carried from sentence to sentence (rule ``roles``).

    ``source`` makes the claims the report is giving (the subject of "said", "claimed"):
    speaker-less sentences after it are its claims. A relayer that passes claims on
    ("Про це повідомляє BILD", "Об этом сообщает …") after them is their claimant (rule
    ``relayed``). A side that does not confirm or denies the other side's claims ("У Генштабі
    ЗСУ захоплення не підтверджують") is a ``doubter``: it never becomes the source, and a
    gain carried to it from elsewhere is no claim of its (rule ``not_confirming``); a doubt
    naming no place makes the other sides' later captures ``unconfirmed``.
    """

    source: tuple | None = None
    #: the paragraph where the source was last named
    paragraph: int = 0
    doubters: set = field(default_factory=set)
    #: (sentence, side) of each doubt that named no place
    pending: list = field(default_factory=list)
    #: the claimant a sentence without actions named last, even one that did not become the
    #: source ("A Ukrainian military source identified …"; rule ``claimant_anaphora``)
    last_named: tuple | None = None
    #: the outlet said it could not verify what the source said ("Reuters could not verify the
    #: reports"): the source's voice has ended (rule ``voice_closed``)
    closed: bool = False

    def doubt(self, who: tuple, spoke: tuple | None, si: int, placed: bool) -> None:
        """``who`` does not confirm (rule ``not_confirming``); one of the side that spoke last
        (``spoke``), hedging its own side's claim ("цей блогер зазначив, що не може
        підтвердити цю інформацію"), is the source."""
        if spoke is not None and spoke[1] == who[1]:
            self.source, self.closed = who, False
            return
        self.doubters.add(who[1])
        if not placed:
            self.pending.append((si, who[1]))

    def named(self, who_here: list, sent: str, w: ClaimWords, paragraph: int) -> None:
        """A sentence without actions names ``who_here``: the last is the source, unless it
        is of the other side than the source, none speaks and a new paragraph opens (rule
        ``narration``: "… one of President Vladimir Putin's stated goals …" after a Ukrainian
        governor spoke is the reporter's narration, whose claimants carry none). A claimant
        named as the agent of what happened ("shelling of the city *by the Russian army*")
        acts, it does not speak: it becomes no source (rule ``agent``)."""
        who_here = [
            c for c in who_here if not w.agent_before.search(sent, max(0, c[0] - AGENT_REACH), c[0])
        ]
        if not who_here:
            return
        speaking = [c for c in who_here if _speaks(sent, c, w)]
        if (
            paragraph != self.paragraph
            and self.source is not None
            and self.source[1] in CLAIM_COUNTRIES
            and who_here[-1][3] != self.source[1]
            and not speaking
        ):
            self.source = None
        elif speaking or self.source is None:
            # the one that speaks, else the last named (rule speaker_carried) that is not
            # busy doing something that is no saying ("Zelensky visited troops near X."; rule
            # busy_not_voice)
            named = speaking or [
                c for c in who_here
                if not (w.non_voice_after.match(sent, c[1])
                        or w.non_voice_before.search(sent, max(0, c[0] - NON_VOICE_REACH), c[0]))
            ]  # fmt: skip
            if named:
                self.source, self.closed = named[-1][2:], False
        # rule mentioned_not_voice: a claimant only mentioned ("The report cited the Russian
        # Defense Ministry's budget", "The Kremlin continues its campaign") does not take the
        # voice from the source that spoke before it; nor does a belligerent named in an
        # observer's list (ISW's key takeaways) end the observer's voice (rule narration is
        # about a belligerent's voice giving way to the reporter's)
        self.paragraph = paragraph
        self.last_named = who_here[-1][2:]

    def carried(self, paragraph: int, sent: str, w: ClaimWords):
        """The source, carried to a sentence of ``paragraph`` that names no claimant; a voice
        that points back ("The same source … also told CNN that …") is the claimant named
        last (rule ``claimant_anaphora``)."""
        if w.claimant_anaphora.search(sent) and self.last_named is not None:
            return self.last_named
        if self.closed and not (
            w.voice_points_back is not None and w.voice_points_back.search(sent)
        ):
            # rule voice_closed: after the outlet's "Reuters could not verify the reports", a
            # sentence naming no voice and not pointing back to one ("It also said …") is the
            # outlet's own narration ("Russian forces have made steady gains this year")
            return None
        return self.source

    def may_carry(self, who: tuple, kind: str, w: ClaimWords) -> bool:
        """Whether a claimant the sentence does not name may be given a claim of ``kind``:
        not a gain, when its side did not confirm or denied the report's claims."""
        return not (who[1] in self.doubters and kind in w.gain_kinds)

    @staticmethod
    def relayed(si: int, relays: list, named: list):
        """The relayer of sentence ``si``'s claims: the one a relay sentence after it names,
        every sentence between naming no claimant (rule ``relayed``)."""
        for later in range(si + 1, min(len(relays), si + 1 + SIGNATURE_REACH)):
            if relays[later] is not None:
                return relays[later]
            if named[later]:
                return None
        return None

    def doubted_places(self, claims: list) -> set:
        """The places of the captures made after a doubt that named none, by another side."""
        return {
            c.place
            for at, side in self.pending
            for c in claims
            if c.sentence > at and c.side != side and c.claim == "captured"
        }


def _relayer(sent: str, named: list, langs: tuple[str, ...]):
    """The claimant a relay sentence names ("Про це повідомляє німецьке видання BILD",
    "Об этом сообщает …", "This was reported by …"), :data:`UNPLACED` when it names only a
    person the lexicon does not know, or None."""
    w = claim_words(langs)
    m = w.relay.search(sent)
    if m is None or _actions(sent, langs):
        return None
    found = next((c[2:] for c in named if c[0] >= m.start() and c[3] != "context"), None)
    if found is None and _person_named(sent[m.end() :], w):
        return UNPLACED
    return found


def _closing_voice(sent: str, named: list, langs: tuple[str, ...]):
    """The claimant whose words of saying close the sentence ("…, пише Financial Times.",
    "…, the ministry said."; rule ``paragraph_voice``), or None."""
    if not named:
        return None
    last = named[-1]
    w = claim_words(langs)
    if w.closing_rest.fullmatch(sent, last[1]) is None:
        return None
    return last if _speaks(sent, last, w) else None


#: The claimant of a claim a person the lexicon does not know makes: no side is guessed.
UNPLACED = ("", "", "")


@lru_cache(maxsize=8)
def _given_name_pattern(names: tuple[str, ...]) -> re.Pattern:
    """A given name (or its inflection, "Виталия") before a surname."""
    alts = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
    return re.compile(rf"(?<![\w’'-])(?:{alts})\w{{0,3}}\s+{_NAME}")


def _person_named(text: str, w: ClaimWords) -> bool:
    """Whether ``text`` names a person by given name and surname ("Виталий Ганчев")."""
    return bool(w.given_names_text) and bool(_given_name_pattern(w.given_names_text).search(text))


def _unplaced_speaker(sent: str, w: ClaimWords) -> bool:
    """Rule ``unplaced_speaker``: a sentence naming no claimant in which a person the lexicon
    does not know speaks ("…, заявил глава администрации Виталий Петров"): its claims are that
    person's, whose side the report does not say; they are not carried to the last source."""
    return bool(w.speech.search(sent)) and _person_named(sent, w)


class _Voices:
    """Who a claimant named without its country ("the ministry", "the general staff") is.

    The one of its kind the report named last ("Ukraine's Defense Ministry … The ministry
    said"), else the one of the dateline's capital ("KYIV, Feb 15 (Reuters) - … the defence
    ministry said"), else the one of the side the report first spoke for ("Ukraine said … The
    defense ministry said"), else its first reading (the Russian ministry).
    """

    def __init__(self, sents) -> None:
        w = claim_words()
        self.home = next(
            (side for _, _, sent in sents[:3] for pattern, side in w.dateline_sides
             if pattern.match(sent)),
            None,
        )  # fmt: skip
        self.seen: list[tuple[str, str, str, str]] = []  # (text, name, side, kind)
        #: rule guessed_voice: per sentence, the readings no antecedent, capital, dateline or
        #: place decided — only the side the report first spoke for (a territorial voice's:
        #: or none): ``{name: territorial}``
        self.guessed: dict[str, dict[str, bool]] = {}

    def place(
        self,
        sent: str,
        found: list,
        w: ClaimWords,
        *,
        keep: bool = False,
        denials=(),
        country: str | None = None,
    ) -> list:
        """``found`` with each unplaced claimant read as the one it stands for; ``keep``
        remembers them (a sentence's own claimants, in report order); ``denials``: the
        sentence's denials (``(start, end, kind)``), whose subjects speak (rule
        ``denier_speaks``); ``country``: the one country every settlement the sentence places
        lies in (rule ``territorial_voice``)."""
        out = []
        for f in found:
            if f[3] == "context" and f[2] in w.antecedents:
                patterns, readings, territorial = w.antecedents[f[2]]
                # rule antecedent_head: the last one named with the description's own head
                # ("the military": Ukraine's military, not Russia's defence ministry named
                # after it), else the last one of its kind
                prior = next(
                    (
                        x
                        for pattern in patterns
                        for x in reversed(self.seen)
                        if pattern.search(x[0])
                    ),
                    None,
                )
                first = next((x[2] for x in self.seen if x[2] in readings), None)
                abroad = territorial and (
                    next((e[2] for _, e in foreign_in(sent) if e[2] in readings), None)
                    # "Ukrainian drones struck Belgorod overnight, the governor said": every
                    # place the sentence names lies in Russia
                    or (country if country in readings and country != "UA" else None)
                )  # rule territorial_voice: "in Russia's Kursk region, the governor said"
                # rule capital_voice: "In Moscow, the defence ministry said …": the capital
                # the sentence opens on places the ministry, before the one named last
                local = next((side for p, side in w.capital_openings if p.match(sent)), None)
                side = abroad or local or self.home or first
                if side is None and territorial:
                    side = _struck_side(sent, w)
                if prior is not None and local is None:
                    f = (f[0], f[1], *prior[1:])
                else:
                    f = (f[0], f[1], *readings.get(side, next(iter(readings.values()))))
                    if not (abroad or local or self.home) and first and side == first:
                        self.guessed.setdefault(sent, {})[f[2]] = bool(territorial)
            out.append(f)
        if keep:  # only a claimant that speaks: one that acts ("the Russian army attacked")
            # rule denier_speaks: a voice that denies or rejects ("Ukraine's military rejected
            # the claim") speaks too: "The military said …" after it is that voice
            self.seen += [
                (sent[f[0] : f[1]], *f[2:])
                for f in out
                if _speaks(sent, f, w) or any(0 <= d[0] - f[1] <= ACTOR_REACH for d in denials)
            ]
        return out


def _struck_side(sent: str, w: ClaimWords) -> str | None:
    """The side struck in a sentence that names one side only as the one that strikes
    ("a Russian guided bomb hit …": Ukraine's; rule ``attacker_side``), else None."""
    striking = {side for side, pattern in w.attacker_sides if pattern.search(sent)}
    if len(striking) != 1:
        return None
    return "UA" if striking == {"RU"} else "RU"


#: A claimant's name before a colon opening what it says ("ISW: Ukrainian army advances"),
#: or with the person's name between ("Голова ОВА Іван Федоров: …"; rule ``named_colon``).
_VOICE_COLON = re.compile(r"(?:\s+(?-i:[A-ZА-ЯІЇЄҐЁ])[\w’'-]+){0,3}:\s")


#: The words of a role that may open a sentence before a claimant opening what it says with a
#: colon ("Очільник Дніпропетровської ОВА Сергій Лисак: …"; rule ``named_colon``).
_ROLE_OPENING = re.compile(r"\s*(?:[^\W\d_][\w’'.-]*\s+){0,3}")


def _speaks(sent: str, claimant: tuple, w: ClaimWords) -> bool:
    """Whether a claimant is named as a speaker ("X said", "according to X").

    Rule ``appositive_speaker``: a speaker's description between it and its verb ("Dmytro
    Lykhovyi, a spokesman for the Khortytsia group, said"; "Denis Pushilin, the
    Moscow-installed head of the region, told TASS") is skipped: the verb right after it is
    the speaker's.
    """
    start, end = claimant[0], claimant[1]
    memo = w.speaks_memo
    if (sent, start, end) in memo:  # asked several times per claimant and sentence
        return memo[sent, start, end]
    if len(memo) > SPEAKS_MEMO:
        memo.clear()
    memo[sent, start, end] = said = _speaks_here(sent, start, end, w)
    return said


#: How many (sentence, claimant) answers of :func:`_speaks` are remembered before forgetting.
SPEAKS_MEMO = 20_000


#: The rest of a voice's role and its holder's name, with no punctuation ("… голова окупаційної
#: адміністрації Херсонської області Андрій Алексеєнко"; rule ``role_run``).
_ROLE_RUN = re.compile(rf"(?:\s+[^\W\d_][\w’'-]*){{0,6}}?\s+{_NAME}\s+{_NAME}(?=\s)")


#: A dash before a voice that closes its sentence, and what may follow that voice (rule
#: ``dash_voice``).
_DASH_VOICE = re.compile(r"\s[-–—]\s+$")
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_VOICE_END = re.compile(r"[\s.!?»\"”]*")


#: What makes the claimant after it the agent of a passive or of an action noun: "occupied by
#: (the)", "held by", "a counterattack by" (rule ``passive_agent``; English only).
_PASSIVE_AGENT = re.compile(
    r"\b(?!(?:rejected|denied|dismissed|refuted|disputed|confirmed|reported|announced|claimed"
    r"|stated|published|released|issued|cited|quoted|posted|shared|noted|verified)\b)"
    r"(?-i:[a-z]+ed|held|taken|seized|hit|struck|fought|overrun|driven|thrown|shot"
    r"|(?:counter-?)?(?:attacks?|assaults?|offensives?|strikes?|advances?|attempts?)|shelling)"
    r"\s+by\s+(?:the\s+)?$"
)


def _speaks_here(sent: str, start: int, end: int, w: ClaimWords) -> bool:
    """:func:`_speaks`, worked out."""
    if _VOICE_END.fullmatch(sent, end) and (
        dash := _DASH_VOICE.search(sent, max(0, start - 4), start)
    ):
        # rule dash_voice: a voice after a dash closing its sentence is whose words they are
        # ("AFU advances near Bakhmut - ISW", "Сили оборони просунулися біля Кринок – ISW")
        # rule dash_relay: unless the sentence already has a word of saying of its own, outside
        # an aside set off by a pair of dashes ("Russian forces claim to have entered X - ISW",
        # "… claim capture of X; Ukraine denies - DeepState"): those words' subject is the
        # voice; the dash only names who relays them
        head = sent[: dash.start()]
        opened = [m.start() for m in _SPACED_DASH.finditer(head)]
        if opened:
            head = head[: opened[-1]]
        return not (may_hold(w.speech, head) and w.speech.search(head))
    if may_hold(w.concessive_before, sent) and w.concessive_before.search(
        sent, max(0, start - SPEECH_BEFORE), start
    ):
        return False  # rule concessive_claimant: "… strikes despite Russian claims of …"
    if (
        may_hold(w.rejected_before, sent)
        and w.rejected_before.search(sent, max(0, start - SPEECH_BEFORE), start)
        and w.rejected_after.match(sent, end)
    ):
        return False  # rule rejected_claimant: "…, the brigade said, rejecting Moscow's claims"
    if _VOICE_COLON.match(sent, end) and (
        w.actor_subjects or _ROLE_OPENING.fullmatch(sent, 0, start)
    ):
        # rule colon_voice: "ISW: Russian forces advanced near X" (a headline's); in Ukrainian
        # and Russian the voice that opens its sentence ("Генштаб: …", "Федоров: …"), also
        # after the words of its role and before the person's name (rule named_colon:
        # "Очільник Дніпропетровської ОВА Сергій Лисак: …")
        return True
    if (discourse := w.discourse_aside.match(sent, end)) is not None:
        # rule discourse_aside: "Independent analysts, however, said …", "В ISW, однак,
        # зазначили …": the adverb set off by commas is no description; the verb is the voice's
        end = discourse.end()
    apposed = _APPOSITIVE.match(sent, end)
    if apposed and not w.speech.search(sent, end, apposed.end()):
        end = apposed.end()  # a verb inside the commas ("X, the ministry said,") is its own
    elif (aside := _voice_aside(sent, end, w)) is not None and not w.speech.search(
        sent, end, aside
    ):
        # rule voice_relative: "Ukraine's General Staff, which rarely comments on Russian
        # claims, said": the verb after what describes the voice is the voice's
        end = aside
    run = _ROLE_RUN.match(sent, end)
    if run is not None and not w.speech.search(sent, end, run.end()):
        # rule role_run: "Призначений Кремлем голова окупаційної адміністрації Херсонської
        # області Андрій Алексеєнко заявив": the words of the voice's role and the holder's
        # name, with no punctuation, are its name; its verb of saying follows them
        end = run.end()
    reach = end + SPEECH_AFTER
    if _PASSIVE_AGENT.search(sent, max(0, start - 40), start) and (
        (verb := w.speech.search(sent, end, reach)) is not None and "," in sent[end : verb.start()]
    ):
        # rule passive_agent: a side named as the agent of a passive or of an action noun
        # ("a village occupied by the Russian army since 2022, the brigade said", "a
        # counterattack by the Ukrainian armed forces aimed at X," the ministry said) acted; the
        # word of saying past the comma is another voice's
        reach = end + sent[end : verb.start()].index(",")
    if may_hold(w.inverted_speech, sent):
        # rule inverted_speech: "Ворог атакував позиції ЗСУ поблизу Торецька, повідомив
        # Генштаб": words of saying with their subject after them are that subject's
        inverted = w.inverted_speech.search(sent, end, reach + SPEECH_BEFORE)
        if inverted and inverted.start() < reach:
            reach = inverted.start()
    return bool(
        (may_hold(w.speech, sent) and w.speech.search(sent[start:reach]))
        or (
            may_hold(w.speech_before, sent)
            and w.speech_before.search(sent[max(0, start - SPEECH_BEFORE) : start])
        )
        # rule quote_speaker: words of saying right after a closing quote, with the lowercase
        # words of a role between ("«…,» said the spokesman for the Eastern Group")
        or (
            may_hold(w.quote_speaker_before, sent)
            and w.quote_speaker_before.search(sent, max(0, start - QUOTE_SPEAKER_REACH), start)
        )
        # rule report_of_voice: "according to the operational summary of the General Staff"
        or (
            may_hold(w.report_of_before, sent)
            and w.report_of_before.search(sent, max(0, start - REPORT_OF_REACH), start)
        )
    )


#: How far before a voice the words of saying after a closing quote may start (rule
#: ``quote_speaker``).
QUOTE_SPEAKER_REACH = 80


#: How far before a voice the words citing its report may start (rule ``report_of_voice``).
REPORT_OF_REACH = 90


#: Where a clause ends: a semicolon or colon, or a comma opening a relative or adverbial
#: clause ("…, which Ukraine retook in 2022").
_CLAUSE_END = re.compile(
    r"[;:]|,\s+(?:which|where|who|while|but|as|after|before|although|though|when)\b"
    r"|\s(?:but|while|whereas)\s"
)


#: How far from an action and its place a time long past still dates them.
BACKGROUND_REACH = 30


#: A voice set off by commas inside its clause ("Russian forces, the ministry said, captured …"):
#: the action right after the closing comma is still the voice's.
_ASIDE_VOICE = re.compile(r"[^,;]*,\s*")


#: How far past the action's start the words of a voice going on are read ("…, and advanced").
VOICE_GOES_ON_REACH = 20


#: What follows a voice named after "according to" when it closes its clause (closing_voice).
_CLOSES = re.compile(r"\s*(?:[,;]|\.?\s*$)")


#: How far from a claimant a reporting word ("said", "according to") marks it the speaker.
SPEECH_AFTER, SPEECH_BEFORE = 40, 25


#: How far before a voice the words citing it may start (rule ``cited_source``).
CITED_REACH = 30


#: A claimant whose name ends this close before an action word is the action's subject.
ACTOR_REACH = 25
#: How far after a claimant an action may follow a locating phrase (rule ``actor_locator``).
ACTOR_LOCATOR_REACH = 80


def _located_actor(sent: str, end: int, until: int, starts: list, w: ClaimWords) -> bool:
    """Rule ``actor_locator``: whether an action starts by ``until`` after a claimant ending at
    ``end`` with only a locating phrase between ("The Russian army in the Lyman-Kupiansk
    direction is attempting …"); ``starts``: the sentence's action starts, sorted."""
    if until < end or w.actor_locator.match(sent, end, until) is None:
        return False
    return any(
        w.actor_locator.fullmatch(sent, end, starts[i])
        for i in range(bisect_left(starts, end), bisect_right(starts, until))
    )


def _denier(sent: str, at: int, voice: tuple, w: ClaimWords) -> bool:
    """Rule ``denier_not_voice``: whether a voice after an action denies it as a claim ("…,
    a claim Kyiv denied"), so that it is not the action's voice; one after a word of contrast
    ("…, but the Khortytsia group denied it") is the claim's denier (rule contrast_denier)."""
    return bool(w.denier_after.match(sent, voice[0]) and not w.contrast.search(sent, at, voice[0]))


#: What may stand between a joining word and the voice that opens the clause after it (", but
#: the Ukrainian military said"; rule ``later_clause_voice``).
_CLAUSE_OPENER = re.compile(r"\s*(?:[^\W\d_]+\s+)?")
#: How far before a voice the join of the clause it opens is looked for (rule
#: later_clause_voice).
OPENER_REACH = 80


def _contrast_closing(sent: str, last: tuple, at: int, speaking: list, w: ClaimWords):
    """Rule ``contrast_closing_voice``: the voice closing the sentence after the action at
    ``at``, when a joining word (", but", "; ") with no new subject of its own comes between
    the voice ``last`` before the action and the action; else None."""
    joined = w.date_joined.search(sent, last[1], at)
    if joined is None or w.clause_subject.search(sent, last[1], at):
        return None
    after = next(
        (c for c in speaking
         if c[0] > at and _closes_clause(sent, c, w)
         and _voice_ends(sent, c, w) and not _denier(sent, at, c, w)),
        None,
    )  # fmt: skip
    if after is None or w.date_joined.search(sent, joined.end(), after[0]):
        return None
    return after


def _later_clause(sent: str, at: int, voice: tuple, w: ClaimWords) -> bool:
    """Rule ``later_clause_voice``: whether a voice after the action at ``at`` speaks only in
    a later clause: one opened by a joining word (", but", "; ") that the voice opens itself
    (it does not close it), or one with a new subject in which the voice is an aside."""
    if w.denier_after.match(sent, voice[0]):
        return False  # rule contrast_denier: "…, but the Khortytsia group denied it" denies it
    # the join must end a word or so before the voice (_CLAUSE_OPENER): looked for only there,
    # so that a sentence of many actions is not scanned again for each (linear time)
    joins = list(w.date_joined.finditer(sent, max(at, voice[0] - OPENER_REACH), voice[0]))
    if (
        joins
        and _CLAUSE_OPENER.fullmatch(sent, joins[-1].end(), voice[0])
        and not _closes_clause(sent, voice, w)
    ):
        return True
    closing = w.closing_speech.match(sent, voice[1])
    if closing is None or _VOICE_END.fullmatch(sent, closing.end()):
        return False  # the voice ends the sentence: it speaks for all of it
    return bool(
        (may_hold(w.clause_subject, sent) and w.clause_subject.search(sent, at, voice[0]))
        or w.aside_clause_subject.search(sent, at, voice[0])
    )


def _voice_ends(sent: str, voice: tuple, w: ClaimWords) -> bool:
    """Whether a voice's words of saying end the sentence ("…, Ukraine's military said.")."""
    closing = w.closing_speech.match(sent, voice[1])
    return closing is not None and bool(_VOICE_END.fullmatch(sent, closing.end()))


def _closes_clause(sent: str, voice: tuple, w: ClaimWords) -> bool:
    """Rule ``closing_voice``: whether a voice's words of saying close its clause, so that it
    speaks for what came before it ("…, the General Staff said on Monday, …", "…, according to
    X, …", "…, заявили в Міноборони РФ у понеділок, а …"); "According to X, …" opening the
    sentence speaks for what follows."""
    if w.closing_speech.match(sent, voice[1]):
        return True
    if may_hold(w.closing_speech_before, sent) and w.closing_speech_before.search(
        sent, max(0, voice[0] - SPEECH_BEFORE), voice[0]
    ):
        return True
    according = w.according_before.search(sent, max(0, voice[0] - 16), voice[0])
    return bool(
        according
        and sent[: according.start()].rstrip().endswith(",")
        and _CLOSES.match(sent, voice[1])
    )


def _own_verbs(sent: str, speaking: list, w: ClaimWords) -> list:
    """The speaking claimants without those whose word of saying is another's (rule
    ``borrowed_verb``); worked out once per sentence and set of voices."""
    k = (sent, tuple(c[:2] for c in speaking))
    if k not in _OWN_VERBS:
        if len(_OWN_VERBS) > SPEAKS_MEMO:
            _OWN_VERBS.clear()
        starts = sorted(c[0] for c in speaking)
        _OWN_VERBS[k] = [c[:2] for c in speaking if not _borrowed_verb(sent, c, starts, w)]
    kept = set(_OWN_VERBS[k])
    return [c for c in speaking if c[:2] in kept]


#: Rule ``borrowed_verb``'s answers, by sentence and voices (see :func:`_own_verbs`).
_OWN_VERBS: dict = {}


def _borrowed_verb(sent: str, c: tuple, starts: list, w: ClaimWords) -> bool:
    """Rule ``borrowed_verb``: a claimant whose word of saying within reach lies past a comma
    and belongs to another voice — one named between them ("… after the Russian army shelled
    the town, the governor said") or right after the word, which opens its clause ("… after
    the Russian military attacked the town, said Oleh Synehubov, the regional governor") — does
    not speak: the army is what shelled, the governor speaks."""
    if not may_hold(w.speech, sent):
        return False
    verb = w.speech.search(sent, c[1], c[1] + SPEECH_AFTER)
    if verb is None or "," not in sent[c[1] : verb.start()]:
        return False
    if may_hold(w.speech_before, sent) and w.speech_before.search(
        sent[max(0, c[0] - SPEECH_BEFORE) : c[0]]
    ):
        return False  # "according to the Russian army, …"
    if w.agent_before.search(sent, max(0, c[0] - AGENT_REACH), c[0]):
        return False  # "a claim rejected by the General Staff, DeepState said": left to denials
    # another voice (``starts``: the speaking claimants' starts, sorted) between the claimant
    # and the word, or right after a word that opens its clause
    if bisect_left(starts, verb.start()) > bisect_left(starts, c[1]):
        return True
    return bool(
        _CLAUSE_OPENING_VERB.search(sent, c[1], verb.start())
        and bisect_left(starts, verb.end() + SPEECH_AFTER) > bisect_left(starts, verb.end())
    )


#: A word of saying that opens its clause right after a comma ("…, said Oleh Synehubov"): its
#: subject follows it (rule ``borrowed_verb``).
_CLAUSE_OPENING_VERB = re.compile(r",\s*$")


def _speaker(
    sent: str, who_here: list, at: int, w: ClaimWords, speaking: list | None = None, acts=()
):
    """The claimant an action at ``at`` is attributed to: a claimant that speaks ("X said",
    "according to X", "reports X", "X indicated that…") before one that acts ("… that the
    Russian army conducted assaults"); the nearest before the action, else the first after.
    ``speaking``: the sentence's speaking claimants, when already known; ``acts``: the
    sentence's actions (rule ``actor_goes_on``)."""
    if speaking is None:
        speaking = [c for c in who_here if _speaks(sent, c, w)]  # "Russia claimed", "X said"
    if len(speaking) > 1:
        speaking = _own_verbs(sent, speaking, w)
    if speaking and may_hold(w.cited_before, sent):
        # rule cited_source: "Ukrainska Pravda, citing the Russian defence ministry, reported
        # that …": the voice an outlet cites is the claim's source, not the outlet
        cited = [
            c for c in who_here if w.cited_before.search(sent, max(0, c[0] - CITED_REACH), c[0])
        ]
        speaking = cited or speaking
    spoken = set(speaking)
    # in English, a claimant that is the subject of the action itself ("the Russian army
    # attacked X") is the actor; the report's claimant is then the one who speaks elsewhere.
    # Rule actor_goes_on: the subject of an earlier action of the sentence is the subject of
    # the verbs it goes on with ("The Russian army is conducting offensive operations near X
    # and has made advances near Y"): an actor there too, not the voice of Y (a verb set off
    # by a comma, "Russia's defence ministry, whose troops crossed …, said", is not its own)
    # rule actor_locator: a locator between the subject and its verb ("The Russian army in
    # the Lyman-Kupiansk direction is attempting to break through … near X") keeps it the
    # actor (lexicon actor_locator, matched on the whole gap)
    starts = sorted(a[0] for a in acts) if w.actor_subjects else []
    acting = {
        c for c in who_here
        if w.actor_subjects and c not in spoken
        and (c[1] <= at <= c[1] + ACTOR_REACH
             or any(c[1] <= a[0] <= c[1] + ACTOR_REACH and a[0] < at
                    and "," not in sent[c[1] : a[0]] for a in acts)
             or _located_actor(sent, c[1], min(at, c[1] + ACTOR_LOCATOR_REACH), starts, w))
    }  # fmt: skip
    before = [c for c in speaking if c[0] < at]
    if before:
        last = before[-1]
        if _closes_clause(sent, last, w):
            # rule closing_voice: "… near Lyman, the General Staff said on Monday, while
            # Russian forces captured Torske, according to the Russian defence ministry": a
            # voice whose words of saying close its clause speaks for what came before it; an
            # action after it belongs to the voice that closes the action's own clause
            # rule denier_not_voice: "…, a claim Kyiv denied" disputes the clause, never speaks it
            after = next((c for c in speaking if c[0] > at and not _denier(sent, at, c, w)), None)
            if after is not None:
                return after
            if not (
                w.voice_goes_on.search(sent, last[1], at + VOICE_GOES_ON_REACH)
                or _ASIDE_VOICE.fullmatch(sent, last[1], at)
            ):
                # "…, the General Staff said on Monday, and Russian troops captured Dachne":
                # a clause after the voice's words closed is nobody's said claim
                return None
        elif (after := _contrast_closing(sent, last, at, speaking, w)) is not None:
            # rule contrast_closing_voice: "Moscow has announced the fall of Kupiansk, but
            # fighting continues in the city, Ukraine's military said": after ", but" (or
            # "; ", ", а"), the voice closing the sentence speaks for the clause before it
            return after
        elif may_hold(w.clause_subject, sent) and w.clause_subject.search(sent, last[1], at):
            # rule voice_per_clause: "Russia's defence ministry said its forces captured
            # Dachne, and Ukrainian forces liberated Torske, the General Staff said": a new
            # clause after the first voice's, closed by a voice of its own, is that voice's
            after = next(
                (c for c in speaking
                 if c[0] > at and _closes_clause(sent, c, w) and not _denier(sent, at, c, w)),
                None,
            )  # fmt: skip
            if after is not None and not w.clause_subject.search(sent, at, after[0]):
                return after
            if w.nominal_report.match(sent, last[1]) and not w.speech_that.search(
                sent, last[1], w.clause_subject.search(sent, last[1], at).start()
            ):
                # rule nominal_report: "Міноборони РФ заявило про захоплення Торецька, а ЗСУ
                # відбили атаку біля Часового Яру": the voice reported a noun phrase; the new
                # clause with a subject of its own is the writer's, no voice's
                return None
        if (
            before[0] is not last
            and may_hold(w.participle_voice, sent)
            and w.participle_voice.search(sent, last[1], at)
        ):
            # rule participle_voice: "Ukraine's General Staff said Russian claims that … were
            # false, adding that fighting continued on the city's outskirts": the participle's
            # subject is the sentence's first voice, not the voice its words were about
            return before[0]
        return last
    # rules denier_not_voice, described_voice: "…, a claim Kyiv denied", "…, a village the
    # General Staff had earlier said was safe": neither voice speaks the action
    voices = [
        c
        for c in speaking
        if not (
            _denier(sent, at, c, w)
            or w.description_voice_before.search(sent, max(0, c[0] - 60), c[0])
        )
    ]
    # rule later_clause_voice: a voice after the action that opens a later clause (", but
    # Ukraine's military said the village remained …"), or speaks in an aside inside a later
    # clause with a subject of its own ("… near X and Russian forces, the ministry claimed,
    # took Y"), does not reach back to an action before that clause
    voices = [c for c in voices if not (c[0] > at and _later_clause(sent, at, c, w))]
    if len(voices) > 1:
        # rule aside_not_main: "Fighting continues in X, which Russia said it had captured,
        # Ukraine's army said": a voice inside a relative clause the action is not in speaks
        # of the place, when another voice speaks the action
        voices = [c for c in voices if not _in_aside(sent, c[0], at, w)] or voices
    if voices:
        return voices[0]
    if speaking:  # rule denier_not_voice: "X captured Y, a claim Kyiv denied": no voice of it
        return None
    # in English, a claimant that neither speaks nor acts speaks for the action only from
    # before it; named after it, it is the action's object ("repelled attacks of the Ukrainian
    # army near X"), where a Russian or Ukrainian sentence names its speaker last ("… — сказал
    # Пушилин")
    # rule busy_not_voice: "Zelensky visited Kharkiv on Monday as Russian forces captured
    # Dachne", "After meeting the General Staff, …": a claimant doing something that is no
    # saying, or met or visited, is no voice
    pool = [
        c for c in who_here
        if c not in acting
        and not (w.non_voice_after.match(sent, c[1])
                 or w.non_voice_before.search(sent, max(0, c[0] - NON_VOICE_REACH), c[0]))
        # rule denier_not_voice: "Повідомляється про звільнення Кринок, в Москві це
        # заперечують": a voice denying what came before it never speaks it
        and not (c[0] > at and _denier(sent, at, c, w))
    ]  # fmt: skip
    if pool and may_hold(w.inverted_speech, sent):
        voice = w.inverted_speech.search(sent, at)
        name = voice and _UNKNOWN_NAME.match(sent, voice.end() - 1)
        if name and not any(c[0] < name.end() and name.start() < c[1] for c in who_here):
            # rule unknown_voice: "ЗСУ обстріляли Шебекине, заявив Кравцов": the action is
            # said by a person the report never introduced and the lexicon does not know; a
            # side or force named in the clause is what acted, not who speaks: no voice
            return None
    # rule clause_own_subject: "Росіяни прорвалися до Покровська, а ЗСУ відбили атаку біля
    # Дружківки": a side's forces opening another clause (", а/, але/, but/; while …") act
    # in that clause; they are no voice of an action in this one, before or after it
    split = may_hold(w.clause_subject, sent)
    before = [c for c in pool if c[0] < at]
    if before:
        last = before[-1]
        if split and w.clause_subject.search(sent, last[1], at):
            return None
        return last
    if not pool or w.actor_subjects:
        return None
    first = pool[0]
    if split and (cut := w.clause_subject.search(sent, at, first[1])) and cut.start() < first[0]:
        return None
    return first


#: How far before a claimant the words making it an object may start (rule ``busy_not_voice``:
#: "his gratitude to the marine infantrymen of the 810th Guards Brigade").
NON_VOICE_REACH = 60


#: A person's name as a subject after words of saying (rule ``unknown_voice``): a capitalised
#: word, not an acronym ("повідомив Кравцов", "заявил Олег Кравцов").
_UNKNOWN_NAME = re.compile(
    r"[А-ЯІЇЄҐЁ][а-яіїєґё’ʼ'-]+(?:\s+[А-ЯІЇЄҐЁ][а-яіїєґё’ʼ'-]+)?(?=\s*(?:[.,;!?]|$))"
)


@lru_cache(maxsize=4096)
def _actions(sent: str, languages: tuple[str, ...] = LANGUAGES) -> tuple[tuple[int, int, str], ...]:
    """``(start, end, claim)`` of each action word; an action's object ("repelled *attacks*",
    "відбили атаки") and words inside a longer action are not actions of their own (cached:
    a report's sentences are read for actions several times)."""
    found = sorted(
        (
            (m.start(), m.end(), kind)
            for pattern, kind in _triggered(languages)[1].present(sent)
            for m in pattern.finditer(sent)
        ),
        key=lambda a: (a[0], -a[1]),
    )
    out: list[tuple[int, int, str]] = []
    for a in found:
        if out and (
            a[0] < out[-1][1] or (out[-1][2] == "repelled" and a[0] <= out[-1][1] + OBJECT_REACH)
        ):
            continue
        out.append(a)
    civilian = claim_words(languages).civilian_agent  # rule civilian_agent
    return tuple(
        a
        for a in out
        if not (
            may_hold_between(civilian, sent, a[0] - CIVILIAN_REACH, a[0])
            and civilian.search(sent, max(0, a[0] - CIVILIAN_REACH), a[0])
        )
    )


#: How far before an action its civilian subject and the words between may start.
CIVILIAN_REACH = 80


#: Where a relative clause ends: a comma, a semicolon, a bracket, or a full stop that is not
#: an abbreviation's ("on Nov. 20", "the U.S. think tank").
_ASIDE_END = re.compile(r"[,;!?)]|\.(?=\s+(?-i:[A-Z])|\s*$)")
#: How far before a voice the relative clause it may stand in opens (rule ``aside_not_main``).
ASIDE_REACH = 300


def _in_aside(sent: str, pos: int, at: int, w: ClaimWords) -> bool:
    """Whether ``pos`` is inside a relative clause (", which …") that the action at ``at`` is
    not in (rule ``aside_not_main``); the clause opens at most :data:`ASIDE_REACH` characters
    before ``pos`` (the look stays linear in a long text). Rule ``dash_aside``: so is a pair
    of spaced dashes ("Russian forces attacked X - a city the Kremlin claims to have captured
    - ISW")."""
    opened = _SPACED_DASH.search(sent, max(0, pos - ASIDE_REACH), pos)
    if opened is not None:
        closed = _SPACED_DASH.search(sent, pos)
        if (
            closed is not None
            and not _SPACED_DASH.search(sent, opened.end(), pos)
            and not opened.start() <= at < closed.start()
        ):
            return True
    for m in w.relative_aside.finditer(sent, max(0, pos - ASIDE_REACH), pos):
        if not _ASIDE_END.search(sent, m.end(), pos):
            stop = _ASIDE_END.search(sent, pos)
            return not m.start() <= at < (stop.start() if stop else len(sent))
    return False
