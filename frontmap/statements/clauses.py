"""Clause structure in English look-backs: the noun phrase before a measure, verb tails, relatives,
participles, parentheticals and fronted complements."""

from __future__ import annotations

import re

from .model import _is_particle_name
from .phrases import _clean, _drop_descriptor, _kind, _tokens
from .vocabulary import (
    _APPROX,
    _CONNECTORS,
    _DEMONYMS,
    _EN,
    _FOLD_MARKS,
    _FUNCTION_CAPS,
    _LETTER,
    _LEX,
    _NP_STOP,
    _PARTITIVE,
    _PHRASE_WORD,
    _PRONOUNS,
    _TIME_WORDS,
    _alt,
    _last_char,
)
from .words import _LEAD_ARTICLES, _is_cap, _mentions

_TAIL_WORDS = _LEX.tail_words


_RELATIVE = _LEX.clause_relatives


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
        elif (
            verb
            and word.endswith("ly")
            and len(word) > 4
            and last[0].islower()
            and (before := _last_word(left[: last[1]]))
            and (before[0].lower() in _TAIL_WORDS or (verbs and before[0].lower() in _VERB_TAIL))
        ):
            pass  # "is strategically located", "was ideally positioned": the adverb of the verb
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
    r"(?P<clause>[\w’'\-]+(?:\s+[\w’'\-]+(?:,\d{3})*)+?)\s*,?\s+(?P<coord>[\w’'\-]+)\s*$"
)


_SHARED_VERBS = (
    _EN.auxiliaries
    | _EN.tail_words
    | _EN.motion_verbs
    | _EN.object_verbs
    | _EN.clause_auxiliaries
    | _EN.placing_verbs
)


#: Rule reported_shared_subject: a verb of saying and an optional "that" (a few words, "last
#: week", "reporters", may come between) opening a reported clause that runs to the measure
#: with no punctuation ("Officials warned that Russian forces
#: were advancing and were just 10 km from …").
_REPORTED_CLAUSE = re.compile(
    rf"(?<![\w’'\-])(?:{_alt(_EN.speech_verbs - {'according to'})})\s+"
    r"(?:(?:[a-z][\w’'\-]*\s+){0,3}?that\s+)?"
    r"(?=[^,;:()—–“”\"]+$)",
    re.IGNORECASE,
)


def _shared_subject(left: str, locative: bool = False) -> str | None:
    """Rule ``shared_subject``: the subject of the sentence's first predicate when the
    measure's verb is coordinated with it and has no subject of its own ("Russian troops have
    captured Avdiivka and are now 10 km from …", "In recent weeks, Israeli forces have advanced
    into Zeitoun and are now a few kilometres from …", "The town was shelled overnight and is
    12 km from …"). None when the first clause is not that simple: punctuation, a second
    coordinator, a relative or a verb of saying between the subject and the coordinator.

    A reported clause after a verb of saying is a clause of its own: its first predicate and
    its subject are read the same way ("The governor said Russian troops had broken through and
    were now 5 km from …": the troops, not the governor; rule reported_shared_subject).

    With ``locative`` (the measure's verb is one of lying or "is": "Hrodivka was founded in 1880
    and is located 15 km …", "The village had 1,200 people and lies …"), a place or a
    description opening the sentence is the subject too, unless its first verb is an actor's
    (taking, moving, saying) or it is a capital or a country, which may stand for a government
    (rule shared_subject_located)."""
    if (shared := _first_clause_subject(left, locative)) is not None:
        return shared
    reported = _REPORTED_CLAUSE.search(left, max(0, len(left) - 160))
    return _first_clause_subject(left[reported.end() :], locative) if reported else None


#: Verbs whose subject acts (takes, moves, says): a place before one may stand for its
#: government or forces (rule shared_subject_located).
_ACTOR_VERBS = _EN.object_verbs | _EN.motion_verbs | _EN.speech_verbs | _EN.approach_verbs


#: Capitals and countries, which may stand for a government (rule shared_subject_located).
_METONYMS = frozenset(c.lower() for c in _EN.country_capitals.values()) | frozenset(_LEX.countries)


def _first_clause_subject(left: str, locative: bool = False) -> str | None:
    """:func:`_shared_subject` on the clause ``left`` opens."""
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
    if (
        locative
        and _kind(name) in ("place", "description")
        # a passive's participle ("was liberated", "was heavily damaged") names no actor
        and not any(
            w in _ACTOR_VERBS and not _EN.auxiliaries.intersection(low[max(verb, k - 2) : k])
            for k, w in enumerate(low[verb:], verb)
        )
        and not _METONYMS.intersection((name.lower(), name.lower().rpartition(" ")[2]))
    ):
        return _drop_descriptor(name)
    if _kind(name) not in ("non_place", "pronoun") and not (
        # "Russian soldiers have crossed …", "Ukrainian units have regrouped …": a force named
        # by its side is a subject whatever its kind ("Russia's army": a country's, may stand
        # for its government; no subject)
        _mentions([w.lower() for w in np_words], _LEX.force_words)
        and not any(w.endswith(("'s", "’s")) for w in np_words)
    ):
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


#: The words (lower case) one of which a match of :data:`_RESTRICTIVE_RELATIVE` opens with.
_RESTRICTIVE_RELATIVE_WORDS = tuple(
    sorted({w.lower() for w in _RELATIVE if w.isascii()} | {w.lower() for w in _EN.clause_openers})
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
    rf"|{_alt(_LEX.route_modes)})(?![\w’'\-])"
    # "wounded by assailants with machetes in a village about 10 km from …": a settlement
    # after the agent is where the event was, and the measure's own subject (rule
    # passive_agent, settlement after the agent)
    rf"|(?<![\w’'\-])(?:in|at|near)\s+(?:a|an|the)\s+(?:{_alt(_LEX.settlement_words)})"
    r"(?![\w’'\-])",
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
    tail = left[max(0, len(left) - 200) :].lower()
    if not any(w in tail for w in _RESTRICTIVE_RELATIVE_WORDS) and not any(
        mark in tail for mark in _FOLD_MARKS
    ):
        return None  # no relative word to open the clause: not scanned
    m = _RESTRICTIVE_RELATIVE.search(left, max(0, len(left) - 200))
    if m is None:
        return None
    if (
        m.group("rel").lower() == "that"
        and (reported := _REPORTED_CLAUSE.search(left, max(0, m.start() - 60)))
        and reported.end() == m.start("clause")
    ):
        return None  # "told reporters that Russian troops …": a reported clause, no relative
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


#: The words an aside of :data:`_TRAILING_RELATIVE` (and :data:`_TRAILING_ASIDE`), of
#: :data:`_TRAILING_COMPARISON` and of :data:`_TRAILING_DESCRIBED` opens with, lower case.
_RELATIVE_OPENERS = ("with", "which", "who", "whose", "once", "where", "known", "formerly",
                     "renamed", "home")  # fmt: skip
_COMPARISON_OPENERS = tuple(
    sorted(
        {q.lower() for q, m in _LEX.qualifiers.items() if m == "approximate"}
        | {w.lower() for w in _EN.comparison_asides}
    )
)
_DESCRIBED_OPENERS = ("a",)


def _aside_head(text: str) -> str:
    """The start (lower-cased) of what follows the comma an aside ending ``text`` would open
    with: the last comma not before a figure, a comma closing the aside aside. The trailing
    patterns above match only where it opens with one of their words: a look at it spares
    scanning the whole look-back with each."""
    text = text.rstrip()
    if text.endswith(","):
        text = text[:-1]
    at = text.rfind(",")
    while at >= 0 and text[at + 1 : at + 2].isdecimal():
        at = text.rfind(",", 0, at)
    return text[at + 1 :].lstrip()[:80].lower() if at >= 0 else ""


def _may_open_aside(head: str, openers: tuple[str, ...]) -> bool:
    """Whether ``head`` (:func:`_aside_head`) opens with one of ``openers``, or holds a letter
    the engine ignoring case reads as another (:data:`~.vocabulary._FOLD_MARKS`)."""
    return head.startswith(openers) or any(mark in head for mark in _FOLD_MARKS)


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
        if "," in left:
            # ", with a pre-war population of …," / "– used in its … –" / ", which had …,"
            if _may_open_aside(_aside_head(left), _RELATIVE_OPENERS):
                left = trailing.sub("", left)
            if _may_open_aside(_aside_head(left), _COMPARISON_OPENERS):
                left = _TRAILING_COMPARISON.sub("", left)  # rule comparison_aside
            # ", a city which Ukrainian forces recently retook in October," before the verb
            if relatives and _may_open_aside(_aside_head(left), _DESCRIBED_OPENERS):
                left = _TRAILING_DESCRIBED.sub("", left)
        if "–" in left or "—" in left:
            left = _TRAILING_DASHES.sub("", left)
        if left == before:
            break
    return left.rstrip()


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
        if not (word[0].isalpha() or _LETTER.match(word)):  # (isalpha: no match object)
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


#: A figure written in digits ("250,000", "28").
_DIGITS_WORD = re.compile(r"\d[\d,.]*")


def _words(phrase: str | None) -> list[str]:
    return [w.lower() for w in _PHRASE_WORD.findall(phrase or "")]
