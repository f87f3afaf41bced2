"""Whether a sentence asserts the figure it states (rule ``not_asserted``).

"Kurakhove is not 100 km south of Pokrovsk", "Is Kurakhove really 100 km south of Pokrovsk?",
"If Kurakhove were 100 km …", "It is a myth that Kurakhove is 100 km …", "Хіба Курахове за
100 км …?", "Курахово вовсе не в 100 км …": the figure is negated, asked, supposed or called
false. Such a statement is still read (a miss can be traced), but its ``mood`` says so and
:mod:`frontmap.verify` never judges it — a check of a figure nobody asserted is no check, and
calling it inconsistent would be a false alarm. The words are the lexicons' (``negations``,
``negation_exempt``, ``hypothetical_cues``, ``falsity_cues``, ``correction_cues``,
``hedge_cues``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import lexicon

__all__ = ["MOODS", "cues", "disputed", "mood"]

#: The moods of a statement the sentence does not assert, with how a verdict says it.
MOODS = {
    "negated": "the sentence negates it",
    "question": "the sentence asks it",
    "hypothetical": "the sentence supposes it (a condition, a wish or a purpose)",
    "disputed": "the sentence calls it false",
    "hedged": "the sentence only supposes it may be so (a hedge: 'might', 'allegedly')",
}

#: How many words before a figure a negation may stand and still negate it.
NEGATION_REACH = 3
#: Every kind of cue (what :func:`mood` assumes when not told which a sentence holds).
CUES_ALL = frozenset({"falsity", "hypothetical", "conditional", "correction", "hedge"})
#: How far (characters) after a correction cue the figure that corrects must start.
CORRECTION_REACH = 80

#: How far (characters) around a figure its clause is looked for: the check stays linear in a
#: run-on sentence of many figures.
CLAUSE_REACH = 300

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def _phrases(words) -> re.Pattern:
    alts = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)
    return re.compile(rf"(?<![\w’'\-])(?:{body})(?![\w’'\-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple:
    lex = lexicon()
    return (
        _phrases(lex.hypothetical_cues),
        _phrases(lex.falsity_cues),
        re.compile(
            _phrases(lex.correction_cues).pattern + rf"[^.!?\d]{{0,{CORRECTION_REACH}}}\d",
            re.IGNORECASE,
        ),
        frozenset(w.lower() for w in lex.negations),
        frozenset(w.lower() for w in lex.negation_exempt),
        re.compile(
            rf"(?:^|(?<=[.!?;:]))\s*(?:{'|'.join(sorted(lex.inverted_conditionals))})\s+[A-ZА-ЯІЇЄҐ]"
        ),
        re.compile(
            _phrases(lex.conditional_cues).pattern
            + r"(?=.*?"
            + _phrases(lex.counterfactual_words).pattern
            + ")",
            re.IGNORECASE | re.DOTALL,
        ),
    )


@lru_cache(maxsize=2)
def _cue_words(cased: bool = False) -> tuple[dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """Per kind of cue ("falsity", "hypothetical", "conditional", "correction", "hedge"): its
    one-word cues, and its cues of several words (looked for as text); lower-cased unless
    ``cased``."""
    lex = lexicon()
    kinds = {
        "falsity": lex.falsity_cues,
        "hypothetical": lex.hypothetical_cues,
        "conditional": lex.conditional_cues,
        "correction": lex.correction_cues,
        "hedge": lex.hedge_cues,
    }
    low = (lambda w: w) if cased else str.lower
    single = {k: frozenset(low(w) for w in v if " " not in w) for k, v in kinds.items()}
    several = {k: tuple(low(w) for w in v if " " in w) for k, v in kinds.items()}
    return single, several


def _hedge_in(words: list[str]) -> bool:
    """Whether the words (as written, the last few before a figure) hold a hedge."""
    single, several = _cue_words(cased=True)
    if not single["hedge"].isdisjoint(words):
        return True
    text = " ".join(words)
    return any(p in text for p in several["hedge"])


def _hedged(sentence: str, clause: int, comma: int, stretch: str) -> bool:
    """Rule ``not_asserted``, hedges: one of ``hedge_cues`` at most :data:`NEGATION_REACH`
    words before the figure in its comma-free stretch ("Myrnohrad might be 30 km …",
    "Myrnohrad, allegedly 30 km …"), or alone between commas right before a stretch of at
    most one word ("Мирноград, можливо, за 30 км …"). Words as written: "May" is a month."""
    words = _WORD.findall(stretch)
    if _hedge_in(words[-NEGATION_REACH:]):
        return True
    if comma < 0 or len(words) > 1:
        return False
    before = sentence[max(sentence.rfind(",", clause, comma) + 1, clause) : comma]
    alone = _WORD.findall(before)
    return 0 < len(alone) <= 2 and _hedge_in(alone)


def cues(sentence: str) -> frozenset[str]:
    """The kinds of cue a sentence holds anywhere ("falsity", "hypothetical", "conditional"):
    read once per sentence from its words, so the patterns of :func:`mood` run only on the
    few sentences that need them."""
    low = sentence.lower()
    words = set(_WORD.findall(low))
    single, several = _cue_words()
    return frozenset(
        kind
        for kind in single
        if not words.isdisjoint(single[kind]) or any(p in low for p in several[kind])
    )


def disputed(sentence: str, found: frozenset[str] | None = None) -> bool:
    """Whether the sentence calls what it says false ("myth", "falsely", "неправда")."""
    if found is not None and "falsity" not in found:
        return False
    return _patterns()[1].search(sentence) is not None


def mood(
    sentence: str, start: int, end: int, *, false: bool = False, found: frozenset[str] = CUES_ALL
) -> str | None:
    """The mood of the figure stated at ``sentence[start:end]`` when the sentence does not
    assert it — ``negated``, ``question``, ``hypothetical`` or ``disputed`` (see
    :data:`MOODS`) — else None.

    * negated: a negation at most :data:`NEGATION_REACH` words before the figure, in the same
      stretch between commas, not followed by a word that makes it a bound ("not more than");
    * question: the sentence's next stop after the figure is a question mark;
    * hypothetical: a cue ("whether", "so that", "якби", "если бы") before the figure in its
      clause, or "if"/"unless" there with a counterfactual word in the clause ("were",
      "would": "If X were 100 km …");
    * disputed: ``false``, a cue anywhere in the sentence ("myth", "falsely", "неправда";
      :func:`disputed`, looked for once per sentence), or a correction cue after the figure
      with another figure after it ("…; in fact it is 7 km east", "хоча насправді — за 7 км");
    * hedged: a hedge ("might", "allegedly", "нібито", "якобы") right before the figure
      (:func:`_hedged`); "reportedly" is none.

    ``found``: the kinds of cue the sentence holds (:func:`cues`); the patterns of the others
    are not run.
    """
    if false:
        return "disputed"
    hypothetical, _, correction, negations, exempt, inverted, counterfactual = _patterns()
    stop = re.search(r"[.!?;]", sentence[end : end + CLAUSE_REACH])
    if stop is not None and stop.group() == "?":
        return "question"
    reach = max(start - CLAUSE_REACH, 0)
    clause = max(max(sentence.rfind(c, reach, start) for c in ".!?;") + 1, reach)
    if inverted.match(sentence, clause) or (
        "hypothetical" in found and hypothetical.search(sentence, clause, start)
    ):
        return "hypothetical"  # "Had Kurakhove been 60 km …", "Будь Мирноград в 30 км …"
    if "conditional" in found and counterfactual.search(sentence, clause, start) is not None:
        return "hypothetical"  # "If X were 100 km …" (not "If you travel to X, 60 km from Y")
    if "correction" in found and correction.search(sentence, end) is not None:
        return "disputed"  # "X is 30 km west of Y; in fact it is 7 km east" (the first figure)
    comma = sentence.rfind(",", clause, start)
    stretch = sentence[max(comma + 1, clause) : start]
    if "hedge" in found and _hedged(sentence, clause, comma, stretch):
        return "hedged"
    words = [w.lower() for w in _WORD.findall(stretch)]
    after = [w.lower() for w in _WORD.findall(sentence[start:end])][:1]
    tail = words[-(NEGATION_REACH + 1) :]
    for i, word in enumerate(tail):
        if word in negations or word.endswith(("n't", "n’t")):
            following = (tail[i + 1 :] + after)[:1]
            if not following or following[0] not in exempt:
                return "negated"
    return None
