"""From report text to reviewable claims: place mentions, distance statements, dated claims.

How it reads a report
---------------------
* **Sentences** are split on end punctuation, not on abbreviations (``Feb.``, ``U.S.``).
* **Place mentions**: every run of capitalised words (1–3 words, Latin or Cyrillic) is looked
  up in the gazetteer's exact-key index (one indexed lookup per candidate, memoised — no
  pattern per name). A sentence-initial word that is also an ordinary English word needs
  more than capitalisation to count. Oblast names and Donbas are **regions** when followed by
  "region"/"oblast", when listed together ("Donetsk, Luhansk, Kherson, and Zaporizhzhia"), or
  always for Donbas; otherwise a settlement. Each mention keeps its span, the resolved
  candidate, a confidence and what decided it (an oblast named in the report, a distance
  statement, other places nearby).
* **Distance statements** come from :mod:`frontmap.statements` and are verified with
  :mod:`frontmap.verify`; each verdict keeps its sentence.
* **Claims**: a sentence in which an actor reports an action on a place — captured, took
  control of, seized, entered, liberated (the Russian MoD's word for capture), fighting
  underway — with the place named or referred to ("the settlement", "the town": the last
  place mentioned). The claimant is normalised (Russia's defence ministry, Battlegroup …,
  Moscow → "Russian MoD"; a spokesman for Ukraine's … forces and the people introduced as
  such → "Ukrainian military"; officials in Kyiv → "Ukrainian government"). Dates resolve
  against the publication date: "on Feb. 11", "N days after/before the ministry said…"
  (anchored on the claimant's dated claim), "a day after", "last year" (year precision);
  a claim whose date stays unknown takes the publication date, marked in ``notes``.
  "has yet to confirm"/"has not confirmed" marks the claims on those places
  ``unconfirmed``; fighting reported where the other side claims a capture is ``disputed``.
  Sentences without an action on a place (troop numbers, conscription, diplomacy) yield
  nothing.
"""

from .model import Claim, Extraction, Mention
from .reader import extract
from .text import sentences

__all__ = ["Claim", "Extraction", "Mention", "extract", "sentences"]
