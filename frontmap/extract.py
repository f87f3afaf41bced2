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

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta

from gazetteer import PlaceNotFound
from gazetteer.names import key

from .statements import parse
from .verify import resolve_context, statement_names, verify

__all__ = ["Claim", "Extraction", "Mention", "extract", "sentences"]

_ABBREVIATIONS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec",
                  "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "no", "vs", "etc", "u.s", "u.k",
                  "la", "a.m", "p.m"}  # fmt: skip
_SPLIT = re.compile(r"(?<=[.!?…])([\"”’]?)\s+(?=[\"“A-ZА-ЯІЇЄҐ])|\n+")
_CAP_RUN = re.compile(r"[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+[A-ZА-ЯІЇЄҐ][\w’'\-]+){0,2}")
#: Countries whose places a mention may name at any size; elsewhere only towns of at least
#: :data:`FOREIGN_MENTION_POPULATION` named by their main name count as mentions.
_REPORTED_COUNTRIES = {"UA", "RU", "BY", "MD"}
FOREIGN_MENTION_POPULATION = 50_000
_COMMON = {
    "the", "a", "an", "this", "that", "these", "those", "if", "in", "on", "at", "by", "for", "last",
    "speaking", "commenting", "president", "officials", "units", "peace", "victory", "mir",
    "druzhba", "updated", "rumors", "amid", "moscow", "russia", "ukraine", "kremlin",
}  # fmt: skip
_REGION_NAMES = {"donetsk", "luhansk", "kherson", "zaporizhzhia", "zaporizhia", "kharkiv", "sumy",
                 "dnipropetrovsk", "mykolaiv", "crimea", "kursk", "belgorod", "bryansk"}  # fmt: skip
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}  # fmt: skip
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_ACTIONS = [
    (re.compile(r"\b(?:captured|capture of|took control of|taken control of|seized|entered|occupied)\b", re.I), "captured"),
    (re.compile(r"\bliberated\b", re.I), "liberated"),
    (re.compile(r"\bfighting (?:was|is|has been)?\s*(?:still\s+)?(?:underway|ongoing|continu\w+|raging)|\bfierce fighting\b|\bclashes\b", re.I), "fighting"),
    (re.compile(r"\brepelled\b|\brepulsed\b", re.I), "repelled"),
]  # fmt: skip
_UNCONFIRMED = re.compile(
    r"\b(?:ha(?:s|ve) yet to confirm|ha(?:s|ve) not confirmed|did not confirm|could not (?:independently )?(?:verify|confirm))\b",
    re.I,
)
_POSSESSIVE = re.compile(r"['’]s?$")  # "Bakhmut's"
_LIST_BEFORE = re.compile(r"(?:,|\band)\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,|and\b)")
_SAID_AFTER = re.compile(r"\s+(?:said|says|told|added|ordered|stated)\b")
_CLAIM_HINT = re.compile(
    r"captur|liberat|seiz|control of|entered|occupied|fighting|clashes|repel|repuls|confirm|verify|said on"
)  # searched in the lower-cased sentence
_MEASURE_HINT = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|few|several|couple|dozen)\b"
)  # searched in the lower-cased sentence
_CONDITIONAL = re.compile(r"^\s*(?:If|Should|Whether)\b|\bwould\b|\bcould\b", re.I)
_CLAIMANTS = [
    (re.compile(r"Russia[’']s defen[cs]e ministry|Russian (?:defen[cs]e ministry|Ministry of Defen[cs]e)|Battlegroup \w+|the ministry\b|Moscow has claimed|Moscow claimed|Russian MoD", re.I), "Russian MoD", "RU"),
    (re.compile(r"spokes(?:man|woman|person) for Ukraine[’']s [\w ]*?(?:forces|army|command)|Ukraine[’']s (?:General Staff|armed forces|military)|Ukrainian (?:military|General Staff|army)", re.I), "Ukrainian military", "UA"),
    (re.compile(r"Officials in Kyiv|Kyiv has|Ukrainian (?:government|officials)|Ukraine[’']s (?:government|defen[cs]e ministry)", re.I), "Ukrainian government", "UA"),
    (re.compile(r"\bRussia claimed|\bRussia said|\bRussia[’']s TASS", re.I), "Russian MoD", "RU"),
]  # fmt: skip
_PERSON_INTRO = re.compile(
    r"([A-Z][a-z]+ ([A-Z][a-z]+)),\s+(?:a|the)\s+(spokes(?:man|woman|person) for Ukraine[’']s [\w ]+?forces)"
)


@dataclass(frozen=True)
class Mention:
    """A place or region named in the text."""

    text: str
    span: tuple[int, int]
    sentence: int
    kind: str  # settlement or region
    place_id: str | None = None
    name: str | None = None
    lat: float | None = None
    lon: float | None = None
    confidence: float = 0.0
    context: str = ""
    precision: str | None = None
    radius_km: float | None = None
    source: str | None = None
    #: The name has several readings that neither the gazetteer nor the report decides.
    ambiguous: bool = False


@dataclass
class Claim:
    """A dated claim found in the text, in the claims-table schema."""

    place: str
    claimant: str
    side: str
    claim: str
    date: str
    date_precision: str
    status: str
    quote: str
    sentence: int
    notes: str = ""
    lat: float | None = None
    lon: float | None = None
    place_id: str | None = None
    span: tuple[int, int] = (0, 0)
    precision: str | None = None
    radius_km: float | None = None
    place_source: str | None = None
    resolution: str | None = None
    resolution_note: str | None = None

    def row(
        self, *, source: str | None, url: str | None, published: str | None, index: int
    ) -> dict:
        """One row of a claims table."""
        return {
            "id": f"x{index}", "place": self.place, "place_id": self.place_id, "lat": self.lat,
            "lon": self.lon, "date": self.date, "date_precision": self.date_precision,
            "claimant": self.claimant, "side": self.side, "claim": self.claim, "status": self.status,
            "source": source, "url": url, "quote": self.quote, "published": published,
            "notes": self.notes, "precision": self.precision, "radius_km": self.radius_km,
            "place_source": self.place_source, "resolution": self.resolution,
            "resolution_note": self.resolution_note,
        }  # fmt: skip


@dataclass
class Extraction:
    """Everything found in one report."""

    sentences: list[tuple[int, int, str]]
    mentions: list[Mention] = field(default_factory=list)
    verdicts: list = field(default_factory=list)  # (sentence index, Verdict)
    claims: list[Claim] = field(default_factory=list)

    def rows(self, *, source=None, url=None, published=None) -> list[dict]:
        """The claims as claims-table rows (feed them to :func:`frontmap.claims.read` via CSV)."""
        return [
            c.row(source=source, url=url, published=published, index=i)
            for i, c in enumerate(self.claims, 1)
        ]


_LINE_END = re.compile(r"[.!?…:;][\"”’»)]*\s*$")
_WORD = re.compile(r"\S+")
_BULLET = re.compile(r"\s*(?:[-•*–—▪►]\s|\d{1,2}[.)]\s)")
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


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if len(w) > 3 and w[:1].isalpha()]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def sentences(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, sentence)`` for every sentence (hard-wrapped lines joined first)."""
    text = unwrap(text.replace("\r\n", " \n").replace("\r", "\n"))
    out = []
    pos = 0
    for m in _SPLIT.finditer(text):
        if not m.group(1) and "\n" not in m.group() and text[m.start() - 1 : m.start()] == ".":
            head = text[max(pos, m.start() - 12) : m.start() - 1].rsplit(None, 1)
            word = head[-1].lower() if head else ""
        else:
            word = ""
        if word in _ABBREVIATIONS:
            continue  # "Feb. 11", "U.S. President"
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


def _find_mentions(gz, sents) -> list[Mention]:
    found: list[Mention] = []
    for si, (start, _, sent) in enumerate(sents):
        for m in _CAP_RUN.finditer(sent):
            words = m.group().split()
            # try the longest run first, then shorter prefixes (e.g. "Chasiv Yar area")
            for n in range(len(words), 0, -1):
                text = _POSSESSIVE.sub("", " ".join(words[:n]))
                low = text.lower()
                if low in _COMMON or len(text) < 4:
                    continue
                end = m.start() + len(" ".join(words[:n]))
                after = sent[end : end + 12].lower()
                before = sent[max(0, m.start() - 30) : m.start()]
                is_region = low == "donbas" or (
                    key(text) in _REGION_NAMES
                    and (after.lstrip().startswith(("region", "oblast"))
                         or _LIST_BEFORE.search(before) or _LIST_AFTER.match(sent, end))
                )  # fmt: skip
                if is_region:
                    found.append(Mention(text, (start + m.start(), start + end), si, "region", confidence=0.9,
                                         context="a region: named with 'region'/'oblast', in a list of regions, or Donbas"))  # fmt: skip
                    break
                if n == 1 and _SAID_AFTER.match(sent, end):
                    continue  # "Peskov said": a person
                hits = _lookup(gz, text)
                if hits is None:
                    continue
                best = hits.best
                if best.match_kind not in ("exact", "former") or best.place.feature_class not in (
                    "P",
                    None,
                ):
                    continue
                if best.place.country not in _REPORTED_COUNTRIES and (
                    (best.place.population or 0) < FOREIGN_MENTION_POPULATION
                    or key(best.matched) != key(best.place.name)
                ):
                    continue  # "Republic", "Adam": a small foreign namesake of a common word
                own = {
                    key(n) for n in (best.place.name, best.place.name_uk, best.place.name_ru) if n
                }
                if best.match_kind == "exact" and key(best.matched) not in own:
                    continue  # an odd alternate name ("Putin") is no evidence of a place
                if m.start() == 0 and low in _COMMON:
                    continue
                found.append(_mention(text, (start + m.start(), start + end), si, hits, best,
                                      "; ".join(best.evidence[:1])))  # fmt: skip
                break
    return found


def _with_report_context(gz, mentions: list[Mention]) -> list[Mention]:
    """Re-read ambiguous mentions in the oblast most of the report's places lie in."""
    from collections import Counter

    oblasts = Counter()
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" else None
        if found is not None and not found.ambiguous and found.best.place.admin1:
            oblasts[found.best.place.admin1] += 1
    if not oblasts:
        return mentions
    home, _ = oblasts.most_common(1)[0]
    out = []
    for m in mentions:
        found = _lookup(gz, m.text) if m.kind == "settlement" else None
        if found is not None and found.best.place.admin1 != home:
            try:
                local = gz.resolve(m.text, in_admin=home, limit=1).best
            except PlaceNotFound:
                local = None
            if (
                local is not None
                and local.place.admin1 == home
                and local.match_kind in ("exact", "former")
            ):
                m = _mention(m.text, m.span, m.sentence, None, local,
                             f"{local.evidence[0]}; in {home}, where the report's other places lie")  # fmt: skip
        out.append(m)
    return out


def _mention(text, span, sentence, found, best, context) -> Mention:
    """A settlement mention placed at ``best``; ambiguous when ``found`` is (None: decided)."""
    p = best.place
    return Mention(text, span, sentence, "settlement", p.id, p.name, p.lat, p.lon, best.score,
                   context, p.precision, p.radius_km if p.precision != "point" else None, p.source,
                   bool(found is not None and found.ambiguous))  # fmt: skip


_LOOKUPS: dict = {}


def _lookup(gz, text):
    k = (id(gz), text)
    if k not in _LOOKUPS:
        try:
            found = gz.resolve(text, limit=3)
            _LOOKUPS[k] = found if found.best.match_kind in ("exact", "former") else None
        except PlaceNotFound:
            _LOOKUPS[k] = None
    return _LOOKUPS[k]


def _placed(target: Mention) -> tuple:
    """``(lat, lon, place_id)`` of a claim: none for a name the report leaves ambiguous."""
    if target.ambiguous:
        return None, None, None
    return target.lat, target.lon, target.place_id


def _placing(target: Mention) -> tuple:
    """``(precision, radius_km, place_source, resolution, resolution_note)`` of a claim."""
    if target.ambiguous:
        note = f"ambiguous: several places are named {target.text!r}; the report does not decide"
        return None, None, None, "ambiguous", note
    return target.precision, target.radius_km, target.source, "resolved", target.context


def _dates(sent: str, published: Date) -> list[tuple[int, Date, str]]:
    """Absolute dates in a sentence: ``(offset, date, precision)``."""
    out = []
    for m in re.finditer(
        r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?",
        sent,
    ):
        month = _MONTHS[m.group(1)[:3].lower()]
        year = (
            int(m.group(3))
            if m.group(3)
            else published.year - (1 if month > published.month else 0)
        )
        try:
            out.append((m.start(), Date(year, month, int(m.group(2))), "day"))
        except ValueError:
            continue
    return out


def _claimant(sent: str, people: dict) -> tuple[str, str] | None:
    for pattern, name, side in _CLAIMANTS:
        if pattern.search(sent):
            return name, side
    for surname, (name, side) in people.items():
        if re.search(rf"\b{re.escape(surname)}\b", sent):
            return name, side
    return None


def extract(
    text: str, gz, *, published: Date | str | None = None, source: str | None = None
) -> Extraction:
    """Find mentions, distance statements (verified) and dated claims in a report."""
    if isinstance(published, str):
        from .claims import parse_date
        from .errors import FrontmapError

        try:
            published = parse_date(published).start
        except ValueError as exc:
            raise FrontmapError(f"--published {published!r}: {exc}") from exc
    published = published or Date.today()
    sents = sentences(text)
    result = Extraction(sents)
    result.mentions = _with_report_context(gz, _find_mentions(gz, sents))
    by_sentence: dict[int, list[Mention]] = {}
    for mention in result.mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)

    parsed = []
    for si, (_, _, sent) in enumerate(sents):
        if not _MEASURE_HINT.search(sent.lower()):
            continue  # no number: no distance statement to parse
        parsed += [
            (si, st) for st in parse(sent) if st.relation in ("distance_direction", "distance_only")
        ]
    if parsed:
        # the statements' places are resolved jointly with every place the report names
        names = statement_names(st for _, st in parsed)
        names += [m.text for m in result.mentions if m.kind == "settlement"]
        context = resolve_context(gz, names)
        result.verdicts += [(si, verify(st, gz, context=context)) for si, st in parsed]

    people: dict[str, tuple[str, str]] = {}
    last_place: Mention | None = None
    last_target: Mention | None = None
    unconfirmed: set[str] = set()
    claims: list[Claim] = []
    for si, (start, _, sent) in enumerate(sents):
        for m in _PERSON_INTRO.finditer(sent):
            people[m.group(2)] = ("Ukrainian military", "UA")
        places = [m for m in by_sentence.get(si, []) if m.kind == "settlement"]
        if not _CLAIM_HINT.search(sent.lower()):
            if places:
                last_place = places[-1]
            continue  # no action or confirmation word: nothing to claim
        if _UNCONFIRMED.search(sent):
            unconfirmed |= {m.name for m in places}
        action = next(
            ((kind, hit) for pattern, kind in _ACTIONS if (hit := pattern.search(sent))), None
        )
        who = _claimant(sent, people)
        if action and who and not _CONDITIONAL.search(sent) and not _UNCONFIRMED.search(sent):
            kind, match = action
            targets = places
            anaphor = re.search(r"\bthe (?:settlement|town|village|city)\b", sent, re.I)
            if not targets and anaphor and (last_target or last_place):
                targets = [last_target or last_place]
            # the place acted on: named after the verb, else the last one before it
            after = [m for m in targets if m.span[0] - start >= match.start()]
            target = after[0] if after else (targets[-1] if targets else None)
            if target is not None:
                claimant, side = who
                claim_kind = "captured" if kind == "liberated" and side == "RU" else kind
                when, precision, note = _claim_date(
                    sent, match.start(), published, claims, claimant
                )
                last_target = target
                claims.append(Claim(target.name, claimant, side, claim_kind, when.isoformat() if precision == "day" else str(when.year),
                                    precision, "claimed", sent, si, note,
                                    *_placed(target), (start, start + len(sent)), *_placing(target)))  # fmt: skip
        said = re.search(r"\b([A-Z][a-z]+) said on\b", sent)
        if said and said.group(1) in people:
            dates = _dates(sent, published)
            for c in reversed(claims):
                if (
                    c.claimant == people[said.group(1)][0]
                    and c.notes.startswith("date not stated")
                    and dates
                ):
                    c.date, c.notes = dates[0][1].isoformat(), f"dated by '{said.group()} …'"
                    break
        if places:
            last_place = places[-1]
    result.claims = _merge(claims, unconfirmed, published)
    return result


def _claim_date(sent, at, published, earlier, claimant):
    rel = re.search(r"\b(\w+) days? (after|before)\b", sent)
    if rel and (rel.group(1).lower() in _NUMBERS or rel.group(1).isdigit()):
        n = int(rel.group(1)) if rel.group(1).isdigit() else _NUMBERS[rel.group(1).lower()]
        anchor = next(
            (c for c in reversed(earlier) if c.claimant == claimant and c.date_precision == "day"),
            None,
        )
        base = Date.fromisoformat(anchor.date) if anchor else published
        # "X came four days after the ministry said it captured Y": Y's claim is N days earlier
        return (
            base - timedelta(days=n) if rel.group(2) == "after" else base + timedelta(days=n),
            "day",
            (
                f"dated {n} day(s) {'before' if rel.group(2) == 'after' else 'after'} the claim of {base}"
            ),
        )
    dates = _dates(sent, published)
    if dates:
        return dates[0][1], "day", ""
    if re.search(r"\blast year\b", sent, re.I):
        return Date(published.year - 1, 1, 1), "year", "dated 'last year'"
    return published, "day", "date not stated: the publication date"


def _merge(claims: list[Claim], unconfirmed: set, published: Date) -> list[Claim]:
    """One claim per (claimant, place, claim): the dated evidence wins; then statuses."""
    merged: dict[tuple, Claim] = {}
    for c in claims:
        k = (c.claimant, c.place, c.claim)
        old = merged.get(k)
        if old is None:
            merged[k] = c
        elif old.notes.startswith("date not stated") and not c.notes.startswith("date not stated"):
            c.quote = old.quote + " … " + c.quote
            merged[k] = c
    out = list(merged.values())
    captured = {c.place for c in out if c.side == "RU" and c.claim == "captured"}
    for c in out:
        if c.claim == "captured" and c.place in unconfirmed:
            c.status = "unconfirmed"
            c.notes = (c.notes + "; " if c.notes else "") + "Kyiv has not confirmed"
        if c.claim == "fighting" and c.side == "UA" and c.place in captured:
            c.status = "disputed"
    return sorted(out, key=lambda c: (c.date, c.place))
