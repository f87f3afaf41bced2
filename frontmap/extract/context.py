"""Distance statements read in their report: what "it", "the town" or an unstated subject refers to,
seats and capitals, and which namesake pair a figure decides."""

from __future__ import annotations

import re
from dataclasses import replace

from gazetteer import PlaceNotFound
from gazetteer.model import Candidates

from ..geodesy import UNIT_KM
from ..lexicon import lexicon
from ..statements import place_name
from ..verify.model import place_label
from ..verify.namesakes import SAME_PLACE_KM
from ..verify.readings import READING_MARGIN
from .mentions import _ADJECTIVE, _DESCRIBED_PLACES, _WORD_RUN, _all_readings, _as_written, _lookup
from .model import Mention

#: The most people a place may have for a village's description ("the village", "село") read
#: as it to call a statement inconsistent (rule sole_antecedent): a town is no village.
VILLAGE_SURE_POPULATION = 10_000


#: The notes of :func:`_antecedent` that read a subject from the sentence before.
_FROM_BEFORE = (
    "the place named opening the sentence before.",
    "the place the sentence before names (its only place).",
)


def _sole_antecedent(
    st, note: str, si: int, sents, by_sentence, *, said=(None, None), gz=None, refs=()
) -> bool:
    """Rule ``sole_antecedent``: whether a subject read from the sentence before ("It", "The
    city", "Город", an unstated subject) is beyond doubt — the one inference of the statement,
    the sentence before names that one settlement and no other (:func:`_only_place`), and the
    statement's own sentence names no settlement but its reference and ``refs``, the places
    the sentence's other statements of that subject measure from ("Город расположен в 80 км
    от Краматорска и в 100 км от Донецка"), and that settlement is read so by its name alone
    (the gazetteer's one reading, not one the report's context chose). Such a reading may call
    the statement inconsistent; any other inference never does. ``note`` is the note the
    reading goes back to: a second measure's subject read as the first's (rule
    coordinated_antecedent), the first's.

    ``said`` is the subject as written and its kind. A pronoun or an unstated subject ("It",
    "Він", "Она", "Розташований") may stand for any noun of the sentence before ("A column left
    Horlivka. It is now …", "Біля Покровська ворог атакував. Він …"): it is beyond doubt only
    when the place opens that sentence, as its subject. A village's description ("The village",
    "Село", "Поселок") is beyond doubt only of a place of fewer than
    :data:`VILLAGE_SURE_POPULATION` people ("Kupiansk was shelled. The village lies …" is
    about some village the text leaves unnamed, not the town)."""
    if si == 0 or note.count(" read as ") != 1 or not note.endswith(_FROM_BEFORE):
        return False
    only = _only_place(by_sentence.get(si - 1, ()), st.reference, sents[si - 1])
    if only is None or only.text != st.subject:
        return False
    if gz is not None:
        # the antecedent's reading must be its name's own, not one the report's context chose
        # (a region, the report's other places, a place near): a chain of inferences — "Bila
        # Hora was also shelled" read beside Toretsk, then "The village" read as it — never
        # makes an alarm
        alone = _lookup(gz, only.text)
        if alone is None or alone.ambiguous or alone.best.place.id != only.place_id:
            return False
    text, kind = said
    if (not text or kind == "pronoun") and not _opens(only, sents[si - 1]):
        return False
    words = {w.strip('.,;:()«»"').lower() for w in (text or "").split()}
    if not words.isdisjoint(_LEX.village_words):
        place = gz.get(only.place_id) if gz is not None and only.place_id else None
        if place is None or (place.population or 0) >= VILLAGE_SURE_POPULATION:
            return False
    named = {(st.reference or "").lower(), *refs}
    return all(
        m.kind != "settlement"
        or any(m.text.lower() in ref or ref in m.text.lower() for ref in named)
        for m in by_sentence.get(si, ())
    )


def _admin_area(gz, m: Mention) -> Mention:
    """Rule ``admin_area``: an adjectival name read as an administrative area — a raion, a
    city's district, a hromada ("два района Донецка - Кировский и Петровский") — is a region,
    never a settlement a claim is made on; a noun ("near Pokrovsk") stays the settlement."""
    if m.kind != "settlement" or m.place_id is None or m.ambiguous:
        return m
    if not _ADJECTIVE.search(m.text.split()[-1]):
        return m  # "near Pokrovsk" read as a district is the town by its name as written
    try:
        area = gz.get(m.place_id).feature_class == "A"
    except (PlaceNotFound, ValueError, LookupError):  # a place the gazetteer no longer holds
        return m
    if not area:
        return m
    return replace(
        m, kind="region", context=f"{m.context}; rule admin_area: an administrative area",
        decided_by=(*m.decided_by, "admin_area"),
    )  # fmt: skip


def _figure_readings(gz, v, si: int, sentence: str, context: dict, decided: dict) -> None:
    """Rule ``stated_distance``: a statement whose figure decides between a name's readings
    ("Novopavlivka, some 40 km southwest of Pokrovsk": the one 33 km away, not the one at 5 km)
    says where the report's claims on that name are. Records ``name -> (reading, sure, why,
    sentence)`` in ``decided``: ``sure`` when the statement named the place itself and fits
    that reading (consistent or loose), not when its place was read from the text around.

    A statement found implausible of the names' readings (they lie many times the stated
    distance apart), or inconsistent of them while other readings are open (``ambiguous``),
    says the report's claims are not at that reading of the one name that has others (readings
    more than :data:`SAME_PLACE_KM` apart) while the other name is read one way: ``sure`` is
    then None, and the claim is left unmapped ("Kalynivka, about 8 km north of Chasiv Yar" is
    not the town Kalynivka 688 km away; Chasiv Yar stays where it is)."""
    said = sentence.strip()
    said = said if len(said) <= 160 else said[:159] + "…"
    roles = ((v.statement.subject, v.subject), (v.statement.reference, v.reference))
    ruled_out = (v.verdict == "unverifiable" and v.distance_km is not None) or (
        v.verdict == "ambiguous" and v.distance_verdict == "inconsistent"
    )
    if ruled_out:
        # the name to doubt is the one with another reading that fits beside the other name as
        # read ("Rivnopillia, about 10 km east of Huliaipole": a Rivnopillia lies 10 km from
        # the town; no Huliaipole lies 10 km from the Crimean Rivnopillia)
        high = v.stated_high or v.statement.value_max or v.statement.value or 0
        reach = 2 * high * UNIT_KM.get(v.statement.unit or "km", 1.0) + 10
        (n1, c1), (n2, c2) = roles
        fits = [
            _fits_beside(_all_readings(gz, n1), c1, c2, reach),
            _fits_beside(_all_readings(gz, n2), c2, c1, reach),
        ]
        if fits.count(True) != 1:
            return  # neither name or both could be read otherwise: which is wrong is unsaid
        name, cand = roles[fits.index(True)]
        why = (
            f"the report's statement '{said}' does not fit {place_label(cand.place)}, "
            f"{v.distance_km:,.0f} km away; the name has other readings"
        )
        decided.setdefault(name, (cand, None, why, si))
        return
    if not v.decided_by_figure:
        return
    sure = v.verdict in ("consistent", "loose")
    for name, cand in roles:
        found = context.get(name) if name else None
        if cand is None or not found or found.best.place.id == cand.place.id:
            continue
        why = f"the report's statement '{said}' fits {place_label(cand.place)}"
        seen = decided.get(name)
        if seen is not None and (seen[1] is None or seen[0].place.id != cand.place.id):
            decided[name] = (seen[0], False, why, si)  # two statements, two readings: undecided
        else:
            decided[name] = (cand, sure and (seen is None or seen[1]), why, si)


def _fits_beside(found, cand, other, reach_km: float) -> bool:
    """Whether a name read as ``cand`` has another reading (more than :data:`SAME_PLACE_KM` from
    it: a village and its station are one place) within ``reach_km`` of ``other``'s reading."""
    if cand is None or other is None or not found or reach_km <= 10:
        return False
    import numpy as np

    from ..geodesy import inverse

    points = [c.place for c in found if c.place.id != cand.place.id and c.place.lat is not None]
    if not points:
        return False
    lat = np.array([p.lat for p in points])
    lon = np.array([p.lon for p in points])
    moved, _ = inverse(cand.place.lat, cand.place.lon, lat, lon)
    near, _ = inverse(other.place.lat, other.place.lon, lat, lon)
    return bool(np.any((moved > SAME_PLACE_KM) & (near <= reach_km)))


def _decided_by_figure(gz, m: Mention, decided: dict) -> Mention:
    """A settlement mention placed where a statement's figure puts its name (rule
    ``stated_distance``), or left ambiguous when the figure fits another reading but the
    statement's place was an inference from the text around (see :func:`_figure_readings`)."""
    found = decided.get(m.text) if m.kind == "settlement" else None
    if found is None:
        return m
    cand, sure, why, si = found
    # read by more than its name (a region, a place near), not by the report's other places
    anchored = not m.ambiguous and bool(m.decided_by) and "joint_context" not in m.decided_by
    if m.sentence != si and anchored:
        return m  # read in its own sentence by more than its name (a region, a place near)
    if sure is None:  # the statement rules this reading out
        if m.place_id != cand.place.id or m.ambiguous:
            return m
        out = replace(m, ambiguous=True, context=f"{m.context.rstrip('.')}. Not mapped: {why}.",
                      unmapped="stated_distance")  # fmt: skip
        return replace(out, name=_as_written(gz, out))
    if m.sentence != si:
        if m.place_id == cand.place.id and not m.ambiguous:
            return m
        # another sentence may name another namesake ("… struck Semenivka in Chernihiv
        # region"): the figure unsettles that mention's reading, it does not move it
        sure = False
    if m.place_id == cand.place.id and not m.ambiguous:
        return m
    if sure:
        p = cand.place
        return replace(
            m, place_id=p.id, name=p.name, lat=p.lat, lon=p.lon, confidence=cand.score,
            context=f"decided by the stated distance: {why} (rule stated_distance)",
            precision=p.precision, radius_km=p.radius_km if p.precision != "point" else None,
            source=p.source, ambiguous=False, country=p.country, decided_by=("stated_distance",),
            decided_near=None, unmapped=None,
        )  # fmt: skip
    note = f"{m.context.rstrip('.')}. " if m.context else ""
    out = replace(m, ambiguous=True, context=f"{note}Not mapped: {why}, not this reading.",
                  unmapped="stated_distance")  # fmt: skip
    return replace(out, name=_as_written(gz, out))


def _antecedent(
    st, si: int, start: int, sents, by_sentence, *, subject_at: int | None = None, refs=(),
    subjects=(), gz=None,
) -> tuple:  # fmt: skip
    """Pronoun and description places ("It", "the town", "the beleaguered city") read as the
    place the text refers to. Returns the statement (with the places filled) and a note.

    A subject: the place an earlier statement of the same sentence measured ("The distance
    between Idleb and Aleppo is 60km, … it is 330 km away from Damascus"), else the nearest
    place named earlier in the same sentence (not the reference, nor a
    place an earlier statement of the sentence measures from: "It is 8 km south of Gaza City
    and 6 km north of Deir al-Balah" — the second "It" is not Gaza City), else the place
    that opens the sentence itself ("Shushi is … because it sits …"), else the place that
    *opens* the sentence before ("Avdiivka is a city … . It is located …"). ``subject_at`` is
    where the subject is read from: for coordinated statements sharing one subject, the
    first statement's. A reference: the nearest place named earlier in the same sentence (not
    the subject). A lone sentence has no such context, and a place not found this way stays
    unresolved. A village's description ("the village", "село", "поселок") never stands for a
    city of :data:`VILLAGE_MAX_POPULATION` people or more (rule village_not_city; ``gz`` gives
    the populations): "Kharkiv was shelled. The village lies 30 km from Kupiansk" is about
    some village the text leaves unnamed.
    """
    notes = []
    at = start + st.span[0]
    for role in ("subject", "reference"):
        text, kind = getattr(st, role), getattr(st, f"{role}_kind")
        if role == "reference" and text is None and si > 0 and st.subject:
            st, note = _away_from_before(st, si, sents, by_sentence)
            if not note and st.rule == "inverted_uk_ru":
                st, note = _from_page_topic(st, sents, by_sentence)
            if not note and st.rule in _DESCRIBED_FROM:
                st, note = _from_opening_before(st, si, sents, by_sentence)
            notes += [note] if note else []
            continue
        unsaid = (
            role == "subject" and text is None and si > 0 and _LOCATED_OPENER.match(sents[si][2])
        )  # rule located_opener: "Розташований в 6 км на північ від Донецька."
        # rule placed_pronoun: "Торецьк — місто … . Він розташований за 20 км …"
        placed = role == "subject" and kind == "pronoun" and _PLACED_PRONOUN.search(sents[si][2])
        # "Він розташований": a gendered pronoun placed so is a town's, wherever the town stands
        # in the sentence before; "Он находится" may be a person's (rule placed_pronoun)
        strong = placed and placed.group("verb").lower() in _LEX.placed_words
        if unsaid:
            text = "the unstated subject"
        elif placed and text.lower() in _LEX.place_pronouns:
            pass
        elif role == "subject" and _seat_description(text, kind):
            pass  # rule described_seat: "Этот районный центр лежит …" stands for a seat named before
        elif (
            not text
            or not _stands_for_place(text, kind)
            or _capital_named(text) is not None
            or _seat_phrase(text) is not None
        ):
            continue  # "the capital", "the regional centre": no place named nearby (rules
            # capital_of_country, oblast_centre)
        until = subject_at if role == "subject" and subject_at is not None else at
        if role == "reference" and (written := sents[si][2].find(text)) >= 0:
            # an anaphor points back: "Село знаходиться …, на відстані 2 км розташовані села
            # Довгеньке …" — no place named after "Село" is what it stands for
            until = min(until, start + written)
        other = st.reference if role == "subject" else st.subject
        near = [
            m for m in by_sentence.get(si, ())
            if m.kind in ("settlement", "unresolved") and m.span[1] <= until and not m.ambiguous
            and m.text != other and not (other and m.text in other)
            and (role == "reference" or m.text not in refs)
        ]  # fmt: skip
        if near and near[-1].kind == "unresolved":
            # rule unread_antecedent: "… took Al-Hader, … told AFP of the town": the nearest
            # name is one the gazetteer does not hold — no place further back is meant
            notes.append(f"'{text}' is not read: the nearest name, {near[-1].text}, is not found.")
            continue
        found, where = (near[-1], "named earlier in the sentence") if near else (None, "")
        measured = [x for x in subjects if x != other] if role == "subject" else []
        if measured:
            found, where = measured[-1], "measured earlier in the sentence"
        if found is None and role == "subject":
            m = _opening_name(sents[si][2])
            if m and start + m.end("name") <= until and m.group("name") != other:
                found, where = m.group("name"), "named opening the sentence"
        described = role == "reference" and kind == "description"
        if found is None and (role == "subject" or described) and si > 0:
            opening = [
                m for m in by_sentence.get(si - 1, ())
                if m.kind == "settlement" and _opens(m, sents[si - 1]) and m.text != other
            ]  # fmt: skip
            decided = [m for m in opening if not m.ambiguous]
            if opening:
                # "Село Волчье заняло … . Оно находится в 2 км от …": several namesakes are
                # left to the statement's own context to decide (rule opening_before)
                found, where = (decided or opening)[0], "named opening the sentence before"
            elif role == "subject" and (m := _opening_name(sents[si - 1][2])):
                found, where = m.group("name"), "named opening the sentence before"
        if found is None and (role == "subject" or described) and si > 0:
            # "Bakhmut lies 12 km south of the city" on a page titled "Soledar" (rule
            # page_topic; a reference's description too)
            topic = _page_topic(sents, by_sentence)
            if topic is not None and topic.text != other:
                found, where = topic, "the text is about (its title names only that place)"
        if found is None and role == "subject" and si > 0:
            here = {m.place_id for m in by_sentence.get(si, ())} | {
                m.text for m in by_sentence.get(si, ())
            }
            # a description passes over sentences that name no place but describe one: "… take
            # control of Kostiantynopolske. Reuters could not confirm the report about the
            # village. The settlement lies …" (the chain of descriptions holds one place)
            back = si - 1
            while (
                kind == "description"
                and back > 0
                and si - back < ONLY_PLACE_REACH
                and not by_sentence.get(back)
                and _describes_place(sents[back][2])
            ):
                back -= 1
            # the statement's other place, named there too, is no candidate ("Под Красногоровкой
            # …, под самым Донецком. Расстояние от поселка до Донецка …"; rule other_not_antecedent)
            besides = frozenset(
                m.place_id for m in by_sentence.get(si, ())
                if m.kind == "settlement" and not m.ambiguous and m.place_id and other
                and m.text in other
            )  # fmt: skip
            only = _only_place(
                by_sentence.get(back, ()), other, sents[back], namesakes=True, besides=besides
            )
            if (
                only
                and back < si - 1
                and any(m.place_id != only.place_id for m in by_sentence[back])
            ):
                only = None  # every name there is that place ("cities of Mykolaiv and Odesa")
            if (
                only is not None
                and (kind == "pronoun" or unsaid)
                and not (strong and text.lower() in _LEX.place_pronouns)
                and not _opens(only, sents[back])
            ):
                # rule only_place_before: "It" may stand for any noun of the sentence before
                # ("The convoy reached Zaporizhzhia. It had travelled 40 km from Dnipro"):
                # only a place that opens it is read so
                only = None
            if only is not None and only.text not in here and only.place_id not in here:
                # rule only_place_before: "… advancing on the city of Izyum. The city is …"
                found, where = (
                    only,
                    (
                        "the sentence before names (its only place)"
                        if back == si - 1
                        else "the nearest sentence before naming a place names (its only place)"
                    ),
                )
        if found is None:
            continue
        name = found if isinstance(found, str) else found.text
        if _too_big_for(text, found, gz):
            notes.append(f"'{text}' is not read as {name}: a city is no village.")
            continue
        if misfit := _head_misfit(text, found, gz, sents):
            notes.append(f"'{text}' is not read as {name}: {misfit}.")
            continue
        if unsaid:
            notes.append(f"The unstated subject read as {name}, the place {where}.")
        else:
            notes.append(f"'{text}' read as {name}, the place {where}.")
        st = replace(st, **{role: name, f"{role}_kind": "place"})
    return st, " ".join(notes)


#: The most people a place a village's description ("the village", "село") stands for may have.
VILLAGE_MAX_POPULATION = 50_000


def _too_big_for(text: str | None, found, gz) -> bool:
    """Rule village_not_city: whether a description naming a village ("the village", "село",
    "поселок") was read as a city of :data:`VILLAGE_MAX_POPULATION` people or more."""
    if gz is None or not text or isinstance(found, str) or not found.place_id:
        return False
    words = {w.strip('.,;:()«»"').lower() for w in text.split()}
    if words.isdisjoint(_LEX.village_words):
        return False
    place = gz.get(found.place_id)
    return bool(place is not None and (place.population or 0) >= VILLAGE_MAX_POPULATION)


#: GeoNames' feature codes of the seat a description names (rule head_fits): a raion's centre
#: is a raion's seat and no oblast's ("Этот районный центр" is not Kharkiv, though the city
#: heads its raion too), an oblast's centre an oblast's (or the capital).
_SEATS = {"raion": frozenset({"PPLA2"}), "oblast": frozenset({"PPLA", "PPLC"})}
#: … and of any seat, which no village's description ("the village", "село") stands for.
_ANY_SEAT = frozenset({"PPLA2", "PPLA", "PPLC"})


def _seat_description(text: str | None, kind: str | None) -> bool:
    """Whether a subject is a seat's description with no name ("Этот районный центр", "the
    district centre", "Райцентр"): it stands for a seat named before (rule described_seat)."""
    if kind not in ("description", "region") or not text:
        return False
    seat = _seat_phrase(text, bare_raion=True)
    return seat is not None and not seat[1]


def _typed_as(found, sents) -> set[str]:
    """The classes ("city", "rural") of the type word the text gave a mention: its own first
    word ("Село Синьківка") or the words right before it ("the village of Chornobaivka",
    "місто Оріхів")."""
    start, _, text = sents[found.sentence]
    words = [w.strip('.,;:()«»"').lower() for w in text[: found.span[0] - start].split()[-3:]]
    words = [*words, *(w.lower() for w in found.text.split()[:1])]
    out = set()
    if any(w in _LEX.city_words for w in words):
        out.add("city")
    if any(w in _LEX.village_words for w in words):
        out.add("rural")
    return out


def _head_misfit(text: str | None, found, gz, sents) -> str:
    """Rule ``head_fits``: why a description's head does not fit the place it was read as, or
    "": a city ("the city", "місто") is none the text called a village ("Село Синьківка"), a
    village ("the village", "село") none the text called a city nor a seat (a raion's or
    oblast's centre is a town), a seat's description ("этот районный центр") only a seat."""
    if not text or isinstance(found, str):
        return "" if not text or not _seat_description(text, "description") else "no seat known"
    words = {w.strip('.,;:()«»"').lower() for w in text.split()}
    typed = _typed_as(found, sents) if 0 <= found.sentence < len(sents) else set()
    if not words.isdisjoint(_LEX.city_words) and typed == {"rural"}:
        return "the text called it a village, not a city"
    if not words.isdisjoint(_LEX.village_words) and typed == {"city"}:
        return "the text called it a city, not a village"
    place = gz.get(found.place_id) if gz is not None and found.place_id else None
    code = getattr(place, "feature_code", None)
    if not words.isdisjoint(_LEX.rural_words) and code in _ANY_SEAT:
        return "a seat is no village"
    seat = _seat_phrase(text, bare_raion=True)
    if seat is not None and not seat[1] and code not in _SEATS.get(seat[0], ()):
        return f"it is no {seat[0]} centre"
    return ""


#: A sentence opening with "Розташований", "Расположен": where the place the text is about lies.
_LOCATED_OPENER = re.compile(
    r"^\W*(?:" + "|".join(map(re.escape, sorted(lexicon().located_openers, key=len, reverse=True)))
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


_LEX = lexicon()


#: "Він розташований", "Она расположена": a personal pronoun opening the sentence, or a clause
#: after a dash ("Войска заняли Угледар — он расположен …"), placed.
_PLACED_PRONOUN = re.compile(
    r"(?:^\W*|\s[—–-]\s+)(?:" + "|".join(map(re.escape, sorted(_LEX.place_pronouns, key=len, reverse=True)))
    + r")\s+(?P<verb>"
    + "|".join(map(re.escape, sorted(_LEX.placed_words | _LEX.lying_words, key=len, reverse=True)))
    + r")(?![\w-])",
    re.IGNORECASE,
)  # fmt: skip


def _opens(m: Mention, sentence: tuple) -> bool:
    """Whether the mention opens the sentence, alone or after its type word ("Село Волчье
    заняло …": the sentence opens with the village), or opens its clause after a short
    opening phrase and a comma ("On Tuesday, Pokrovsk came under fire", "Overnight, …";
    rule opening_after_phrase)."""
    head = sentence[2][: m.span[0] - sentence[0]]
    lead, comma, rest = head.rpartition(",")
    if comma and not rest.strip() and 0 < len(lead.split()) <= OPENING_PHRASE_WORDS:
        # … not a name's first word ("On Tuesday, Serhii Haidai said": a person)
        after = sentence[2][m.span[1] - sentence[0] :].split()[:1]
        head = head if after and after[0][:1].isupper() else ""
    before = head.lower().split()
    return not before or (len(before) == 1 and before[0] in _DESCRIBED_PLACES)


#: The most words of a phrase opening a sentence before a comma and its subject ("On Tuesday
#: evening, Pokrovsk …": rule opening_after_phrase).
OPENING_PHRASE_WORDS = 4


_CAPITAL_LEX = lexicon()


def _capital_named(text: str | None) -> frozenset[str] | None:
    """The countries a capital with no name names ("the capital" → none, "the Ukrainian
    capital" → UA), or None when the phrase is no such capital ("the regional capital",
    "Kyiv")."""
    words = (text or "").replace("’", "'").lower().split()
    if not words or words[-1] not in _CAPITAL_LEX.capital_words:
        return None
    named = set()
    for word in words[:-1]:
        if word in _CAPITAL_LEX.countries:
            named.add(_CAPITAL_LEX.countries[word])
        elif word not in _CAPITAL_LEX.capital_modifiers:
            return None
    return frozenset(named)


def _capital_of_country(st, gz, context: dict) -> tuple:
    """Rule ``capital_of_country``: "Wad Madani, a city southeast of the capital" is measured
    from the capital of the country the statement's other place lies in (Khartoum), when that
    place is read one way and the phrase names no other country. Returns the statement, the
    readings to verify it with, and a note ("" when the rule does not apply)."""
    named = _capital_named(st.reference) if st.reference_kind == "description" else None
    cands = context.get(st.subject) if named is not None and st.subject_kind == "place" else None
    if not cands or cands.ambiguous:
        return st, context, ""
    country = cands.best.place.country
    capital = _CAPITAL_LEX.country_capitals.get(country or "")
    if capital is None or (named and named != {country}):
        return st, context, ""
    try:
        readings = gz.resolve(capital, country=country, limit=5)
    except PlaceNotFound:
        return st, context, ""
    if readings.best.place.id == cands.best.place.id:
        return st, context, ""  # "Kyiv, the capital": the place itself
    note = (
        f"'{st.reference}' read as {capital}, the capital of the country "
        f"{cands.best.place.name} lies in (rule capital_of_country)."
    )
    here = {**context, capital: Candidates(readings[:1], query=capital, tried=readings.tried)}
    return replace(st, reference=capital, reference_kind="place"), here, note


def _seat_apposition(st):
    """Rule ``seat_apposition``: a seat phrase followed by the seat's name ("Віддаленість
    обласного центру, міста, Луцька від Києва …", "… south east of the administrative centre
    of the oblast, the city of Kherson") is that named place, on either side."""
    for role in ("subject", "reference"):
        text = getattr(st, role)
        if not text or "," not in text or getattr(st, f"{role}_kind") == "place":
            continue
        head, tail = text.split(",", 1)
        name = place_name(tail.rsplit(",", 1)[-1].strip())
        seat = _seat_phrase(head, bare_raion=True)
        if seat is None or seat[1] or not name or not name[:1].isupper():
            continue
        st = replace(st, **{role: name, f"{role}_kind": "place"})
    return st


def _seat_phrase(text: str | None, *, bare_raion: bool = False) -> tuple[str, str] | None:
    """The level a seat phrase names the centre of and the name it carries ("the Donetsk Oblast
    center" → ("oblast", "Donetsk"); "the regional center" → ("oblast", ""); "районного центра
    Волоконовки" → ("raion", "Волоконовки")), or None when the phrase is no seat. Only
    capitalised words count as the name; a phrase with another lower-case word is no seat.
    A raion centre without a name ("райцентра") is ("raion", "") only with ``bare_raion``."""
    words = (text or "").split()
    low = [w.lower() for w in words]
    for size in (6, 5, 4, 3, 2, 1):
        for at in range(len(low) - size + 1):
            level = _CAPITAL_LEX.seat_words.get(" ".join(low[at : at + size]))
            if level is None:
                continue
            fillers = _CAPITAL_LEX.seat_fillers
            rest = [
                w for w in words[:at] + words[at + size :]
                if w.lower() not in fillers and w.lower() not in _CAPITAL_LEX.demonstratives
            ]  # fmt: skip
            if any(not w[:1].isupper() for w in rest):
                return None
            name = " ".join(rest)
            if level == "raion" and not name and not bare_raion:
                return None  # which raion: since 2020 many villages have a new raion centre
            return level, name
    return None


def _subject_readings(st, gz, context: dict) -> tuple | None:
    """The subject's readings with the report and alone, and whether the report decided it
    against its reading alone (a region or raion it names, the places around); None when the
    report leaves it ambiguous or it does not resolve (rules ``oblast_centre``, ``raion_seat``)."""
    cands = context.get(st.subject) if st.subject_kind == "place" else None
    if not cands or cands.ambiguous:
        return None
    try:
        alone = gz.resolve(st.subject, limit=10)
    except PlaceNotFound:
        return None
    decided = cands.best.place.id != alone.best.place.id or cands.best.anchor is not None
    return cands, alone, decided


def _oblast_centre(st, gz, context: dict) -> tuple:
    """Rule ``oblast_centre``: "Orikhiv, 63 km southeast of the regional center" is measured
    from the centre of the oblast the subject lies in (Zaporizhzhia), when the subject is read
    one way; "the Donetsk Oblast center" from Donetsk; "the Wolnovacha district center",
    "районного центра Волоконовки" from the town named. Like ``capital_of_country`` it returns
    the statement, the readings to verify it with and a note — a note that keeps an
    inconsistent reading from being an alarm."""
    from gazetteer.admin import OBLASTS, admin_level, oblast_by_admin1, oblast_variants

    seat = _seat_phrase(st.reference, bare_raion=True) if st.reference_kind != "place" else None
    if seat is None:
        return st, context, ""
    level, name = seat
    area, pinned = None, None
    if level == "raion" and not name:
        return _raion_seat(st, gz, context)
    if name:
        bare, _ = admin_level(name)
        area = next((a for a in OBLASTS if bare in oblast_variants(a)), None)
        if level == "raion" or area is None:
            note = f"'{st.reference}' read as {name}, the centre it names (rule oblast_centre)."
            return replace(st, reference=name, reference_kind="place"), context, note
    else:
        read = _subject_readings(st, gz, context)  # one oblast either way
        if read is None:
            return st, context, ""
        cands, alone, decided = read
        close = [c for r in (cands, alone) for c in r if c.score >= r.best.score - READING_MARGIN]
        if decided:
            # the report decided the subject against its reading alone (a region or raion it
            # names, the places around): that reading's oblast is the one meant, and the
            # subject is measured as read there
            close = [cands.best]
            pinned = Candidates(
                [c for c in cands if c.place.admin1_code == cands.best.place.admin1_code],
                query=st.subject,
                tried=cands.tried,
            )
        if {(c.place.country, c.place.admin1_code) for c in close} != {
            ("UA", cands.best.place.admin1_code)
        }:
            return st, context, ""  # its readings lie in several oblasts, or abroad
        area = oblast_by_admin1(cands.best.place.admin1_code)
    if area is None:
        return st, context, ""
    try:
        readings = gz.resolve(area.centre, country="UA", limit=5)
    except PlaceNotFound:
        return st, context, ""
    best = next((c for c in readings if c.place.feature_class == "P"), None)
    if best is None:
        return st, context, ""
    subject = context.get(st.subject)
    if subject and subject.best.place.id == best.place.id:
        return st, context, ""  # "Zaporizhzhia, the regional centre": the place itself
    lies = (
        next((c.place for c in subject if c.place.feature_class != "A"), None) if subject else None
    )
    where = area.en if name else f"{area.en}, where {(lies or subject.best.place).name} lies"
    note = f"'{st.reference}' read as {area.centre}, the centre of {where} (rule oblast_centre)."
    here = {**context, area.centre: Candidates([best], query=area.centre, tried=readings.tried)}
    if pinned is not None:
        here[st.subject] = pinned
    return replace(st, reference=area.centre, reference_kind="place"), here, note


#: How far (km) from a settlement rule ``raion_seat`` looks for the seat of its raion.
RAION_SEAT_KM = 100.0


#: A seat phrase coordinated with a named place ("районного центра и станции Кегичевка",
#: "райцентру та залізничної станції Н."): the text names the centre it means.
_SEAT_NAMED_AFTER = re.compile(
    r"\s+(?:и|і|й|та|and)\s+[^,.;:!?()]{0,60}?(?-i:[A-ZА-ЯІЇЄҐЁ])", re.IGNORECASE
)


#: GeoNames' feature codes of a raion's seat (an oblast centre is also its raion's seat).
_SEAT_CODES = frozenset({"PPLA2", "PPLA"})


def _raion_seat(st, gz, context: dict) -> tuple:
    """Rule ``raion_seat``: "Синьковка …, в 9 км от райцентра" is measured from the seat of
    the raion the subject lies in, when the report reads the subject in one raion and the
    gazetteer knows one seat there (GeoNames' PPLA2 towns of the raion). A raion that holds
    several (the seats of the raions merged into it in 2020) decides nothing: the text may
    be older than the merger. Returns the statement, its readings and a note, like
    ``oblast_centre``."""
    at = st.sentence.find(st.reference) if st.reference else -1
    if at >= 0 and _SEAT_NAMED_AFTER.match(st.sentence, at + len(st.reference)):
        # "в 12 км от районного центра и железнодорожной станции Кегичевка": the text names
        # the centre it means (an old text's raion); today's seat is not it
        return st, context, ""
    read = _subject_readings(st, gz, context)  # one raion either way
    if read is None:
        return st, context, ""
    cands, alone, pinned = read
    places = [c.place for c in cands if c.place.feature_class != "A"]
    if not places:
        return st, context, ""
    place = places[0]
    close = (
        [place]
        if pinned
        else [
            c.place
            for r in (cands, alone)
            for c in r
            if c.score >= r.best.score - READING_MARGIN and c.place.feature_class != "A"
        ]
    )
    code = place.admin2_code
    if (
        not code
        or place.country != "UA"
        or {(p.country, p.admin2_code) for p in close} != {("UA", code)}
    ):
        return st, context, ""  # its readings lie in several raions, or abroad
    seats = {
        p.id: p
        for p, _ in gz.nearby(place.lat, place.lon, RAION_SEAT_KM)
        if p.feature_code in _SEAT_CODES and p.admin2_code == code
    }
    if len(seats) != 1:
        return st, context, ""
    (seat,) = seats.values()
    if seat.id == place.id:
        return st, context, ""  # the seat itself
    try:
        readings = gz.resolve(seat.name, country="UA", limit=None)
    except PlaceNotFound:
        return st, context, ""
    best = next((c for c in readings if c.place.id == seat.id), None)
    if best is None:
        return st, context, ""
    note = (
        f"'{st.reference}' read as {seat.name}, the seat of {place.admin2}, where {place.name} "
        "lies (rule raion_seat)."
    )
    here = {**context, seat.name: Candidates([best], query=seat.name, tried=readings.tried)}
    if pinned:
        here[st.subject] = Candidates(
            [c for c in cands if c.place.admin2_code == code], query=st.subject, tried=cands.tried
        )
    return replace(st, reference=seat.name, reference_kind="place"), here, note


#: Sentences back within which rule ``only_place_before`` looks for the sentence that names a
#: place, passing over sentences that name none.
ONLY_PLACE_REACH = 3


def _describes_place(sentence: str) -> bool:
    """Whether a sentence refers to a settlement by a description ("the report about the
    village", "Село …"): a settlement word not after an indefinite determiner."""
    words = _WORD_RUN.findall(sentence.lower())
    indefinite = lexicon().indefinite_determiners
    return any(
        w in _DESCRIBED_PLACES and (i == 0 or words[i - 1] not in indefinite)
        for i, w in enumerate(words)
    )


def _only_place(
    mentions, other: str | None, sentence: tuple, *, namesakes: bool = False, besides=frozenset()
) -> Mention | None:
    """The one settlement a sentence names (rule ``only_place_before``), its other mentions
    included ("Wad Madani … Wad Madani"), when it is not ``other`` (the statement's other
    place), no other settlement, decided or not, is named there, and no mention names an area
    after it ("part of Tokmak urban hromada", "Pokrovsk Raion"); else None. With
    ``namesakes``, a name of several places counts as one ("Troops pressed on toward
    Kostiantynivka. The embattled town …": which Kostiantynivka is the statement's to decide,
    as when it names the town itself). ``besides``: the places of the statement's other place,
    passed over there ("… под самым Донецком. Расстояние от поселка до Донецка …")."""
    start, _, text = sentence
    places = [m for m in mentions if m.kind == "settlement"]
    if besides:
        places = [m for m in places if m.ambiguous or m.place_id not in besides]
    # rule area_not_antecedent: a name of an area ("a city in Luhansk Oblast", "the Luhansk
    # region", "Hrodivka settlement hromada") is where the place lies, no other place "It" or
    # "the city" may stand for; a sentence naming only areas names no settlement
    settlements = [m for m in places if not _area_mention(m, text[m.span[1] - start :])]
    first = settlements[0] if settlements else None
    if first is None or any(
        (m.ambiguous and not namesakes)
        or (m.place_id != first.place_id and not (namesakes and m.text == first.text))
        for m in settlements
    ):
        return None
    if settlements[0].place_id is None or any(m.text == other for m in places):
        return None
    return settlements[0]


def _area_mention(m: Mention, after: str) -> bool:
    """Whether a mention names an area: its last word, or a word of the three after it before
    a capitalised one, is an area word ("Luhansk Oblast", "Tokmak urban hromada"; not
    "Макаровка Волновахского района", whose raion is another name's)."""
    if m.text.split()[-1].lower() in _AREA_WORDS:
        return True
    for word in after.split()[:3]:
        if word.lower().strip(",.;:") in _AREA_WORDS:
            return True
        if not word.islower():
            break
    return False


#: Words after a name that make it an area's name: "Tokmak urban hromada", "Pokrovsk Raion".
_AREA_WORDS = frozenset(w.lower() for w in lexicon().region_words)


def _page_topic(sents, by_sentence) -> Mention | None:
    """The place a text is about when its first line names only that place (a reference
    page titled "Robotyne", "Robotyne, Zaporizhzhia Oblast" or "Robotyne (village)"): "The
    village" and "It" with no nearer antecedent stand for it."""
    if not sents:
        return None
    # a name of several places counts as one ("Avdiivka": which one is the statement's to
    # decide, as when it names the place itself)
    first = [m for m in by_sentence.get(0, ()) if m.kind == "settlement"]
    if len(first) != 1:
        return None
    start, _, line = sents[0]
    m = first[0]
    before, after = line[: m.span[0] - start].strip(), line[m.span[1] - start :].strip()
    if before or (after and not _TITLE_AFTER_TOPIC.fullmatch(after)):
        return None
    return m


#: What may follow the place a title names for the text to be about it: its region ("Robotyne,
#: Zaporizhzhia Oblast", "Robotyne (village)"), a subtitle or the site's name after a
#: separator ("Kupiansk | Ukraine war news", "Покровськ — новини міста", "Kupiansk: …").
_TITLE_AFTER_TOPIC = re.compile(r"(?:[,(]|[:|]\s|[–—-]\s)[^.!?]{0,60}")


def _from_page_topic(st, sents, by_sentence) -> tuple:
    """Rule ``page_topic_reference``: "В 2 километрах юго-юго-западнее расположено село
    Днестрик-Дубовый" on a page titled "Бережок (Львовская область)" is measured from the place
    the page is about, when its title names only that place and it is not the subject. Returns
    the statement (its reference filled) and a note, or the statement unchanged and ""."""
    topic = _page_topic(sents, by_sentence)
    if topic is None or topic.text == st.subject or topic.text in (st.subject or ""):
        return st, ""
    note = (
        f"The unstated reference read as {topic.text}, the place the text is about (its title "
        "names only that place; rule page_topic_reference)."
    )
    return replace(st, reference=topic.text, reference_kind="place"), note


#: The rules of statements whose unstated reference is the place a description is about:
#: "На відстані 2 км розташоване село Касянівка", "Ближайшая станция — Водяная (3,5 км)".
_DESCRIBED_FROM = frozenset({"inverted_uk_ru", "nearest_station"})


def _from_opening_before(st, si: int, sents, by_sentence) -> tuple:
    """Rule ``opening_before_reference``: "Село Кутьківка знаходиться на річці Нижня
    Дворічна. Вище за течією на відстані 2 км розташоване село Касянівка." is measured from
    the place that opens the sentence before (the place the paragraph describes), when it is
    not the subject; of several there, a decided one. Returns the statement (its reference
    filled) and a note, or the statement unchanged and "" (a place read from the text around:
    the note keeps an inconsistent reading from being an alarm)."""
    opening = [
        m for m in by_sentence.get(si - 1, ())
        if m.kind == "settlement" and _opens(m, sents[si - 1])
        and m.text != st.subject and m.text not in (st.subject or "")
    ]  # fmt: skip
    if not opening:
        return st, ""
    found = ([m for m in opening if not m.ambiguous] or opening)[0]
    note = (
        f"The unstated reference read as {found.text}, the place named opening the sentence "
        "before (rule opening_before_reference)."
    )
    return replace(st, reference=found.text, reference_kind="place"), note


#: "… Tokmak lies just 20km away": a measure "away" from nowhere the sentence names.
_AWAY = re.compile(r"^[^.;:]*?\baway\b(?!\s+from)", re.IGNORECASE)


def _away_from_before(st, si: int, sents, by_sentence) -> tuple:
    """A distance "away" with no place it is measured from (rule ``away_from_before``):
    "Robotyne is situated on the highway to Tokmak. Tokmak lies just 20km away." is measured
    from the settlement that opens the sentence before, when that is not the subject. Returns
    the statement (its reference filled) and a note, or the statement unchanged and ""."""
    if st.value is None or st.relation not in ("distance_only", "distance_direction"):
        return st, ""
    if not _AWAY.match(st.sentence[st.span[0] : st.span[1] + 12]):
        return st, ""
    opening = [
        m for m in by_sentence.get(si - 1, ())
        if m.kind == "settlement" and not m.ambiguous and m.span[0] == sents[si - 1][0]
    ]  # fmt: skip
    if not opening or opening[0].text in st.subject or st.subject in opening[0].text:
        return st, ""
    name = opening[0].text
    note = (
        f"'away' read as from {name}, the place named opening the sentence before "
        "(rule away_from_before)."
    )
    return replace(st, reference=name, reference_kind="place"), note


_OPENING_SUBJECT = re.compile(
    r"^\s*(?:The\s+(?:city|town|village)\s+of\s+)?"
    r"(?P<name>[A-ZА-ЯІЇЄҐ][\w’'\-]+(?:\s+(?:[A-ZА-ЯІЇЄҐ][\w’'\-]+|al|el))*)"
    r"(?:\s*\([^()]{1,200}\))?"  # "Novoselivka Druha (Ukrainian: …; Russian: …) is a village"
    r"\s+(?:is|was|lies|sits|has|had|remains|—|–|-|є|був|була|было|был|была)\s"
)


#: Capitalised sentence openers that are no place ("This is …", "He said …", "The …").
_NOT_NAMES = lexicon().pronouns | lexicon().relative_pronouns | lexicon().function_caps


def _opening_name(sentence: str) -> re.Match | None:
    """The name opening a sentence as its subject ("Avdiivka is a city …"), when it is no
    pronoun or function word ("It is …", "Тут є …": no place), else None."""
    m = _OPENING_SUBJECT.match(sentence)
    if m is None or _stands_for_place(m.group("name"), "pronoun"):
        return None
    first = m.group("name").split()[0]
    return None if first in _NOT_NAMES or first.lower() in _NOT_NAMES else m


def _stands_for_place(text: str, kind: str | None) -> bool:
    if kind == "pronoun":
        return text.lower() in ("it", "це", "воно", "оно", "это")
    words = text.lower().split()
    # "the town" points back; "a village" introduces a place the text does not name
    return (
        kind == "description"
        and bool(words)
        # "the town", "цей населений пункт" (a two-word type)
        and (words[-1] in _DESCRIBED_PLACES or " ".join(words[-2:]) in _DESCRIBED_PLACES)
        and words[0] not in lexicon().indefinite_determiners
    )
