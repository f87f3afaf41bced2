"""Inflected Ukrainian and Russian names: does each way of reading them find the right place?

The evaluation pairs ``(surface, lemma)`` come from the repository's own corpora:

* ``tests/corpus/statements-{dev,test}.jsonl``: every uk/ru statement's ``subject`` and
  ``reference`` with its hand-written ``subject_lemma`` / ``reference_lemma``;
* ``tests/corpus/claims-{dev,test}.jsonl``: every uk/ru claim's ``place`` (nominative) and the
  forms of it in the report's text, found word by word (each word of the text shares its first
  letters with the place's word, all but at most 3 of them, as in Часів → Часового). A few such
  forms are other words (the axis adjective "Покровському" beside Покровськ); :data:`NOT_FORMS`
  lists them.

The *right place* of a pair is what ``gz.resolve(lemma, fuzzy=False)`` finds by an exact,
former or variant key (any of its readings within the ambiguity margin when it is itself
ambiguous); a lemma no source knows ("лінія фронту", a Kursk village) has none. The surface
form is then resolved (``fuzzy=False``, as the text scanner does) with each inflection method
of the resolver and counted as **right**, **wrong** (another place; when the lemma has no place,
any place is wrong) or **none** (nothing found; right when the lemma has no place either).
Nominative pairs (surface = lemma) are counted apart: they check that no method breaks them.

Run: ``PYTHONPATH=. python bench/bench_inflection.py [--home DIR] [--list]``. Without
``--home`` a data home with the embedded store and GeoNames UA is built from
``../shared/data/geonames/UA.zip`` (as the tests' ``full_home`` fixture does). ``--list`` prints
every pair and each method's answer. On a resolver without ``Gazetteer.inflection`` (before
the analyser was added) the one method there is, is reported as ``current``.
"""

from __future__ import annotations

import contextlib
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

import gazetteer
from gazetteer import PlaceNotFound
from gazetteer.resolver import AMBIGUITY_MARGIN, _identity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
UA_ZIP = ROOT.parent / "shared" / "data" / "geonames" / "UA.zip"
#: Forms found by the prefix rule that are other words, not the place's name inflected.
NOT_FORMS = {
    ("Покровському", "Покровськ"),  # "на Покровському напрямку": the axis adjective
    ("Покровського", "Покровськ"),
    ("Покровском", "Покровск"),
    ("Покровского", "Покровск"),
    ("Бахмутському", "Бахмут"),
    ("Бахмутському", "Бахмутське"),  # "на Бахмутському напрямку"
    ("Бахмутське", "Бахмут"),  # another place
    ("Харьковской", "Харьковка"),  # "Харьковской области"
    ("Херсонщину", "Херсон"),  # the region
    ("Бахмутском", "Бахмут"),
    ("Бахмутского", "Бахмут"),
    ("Курахівському", "Курахове"),
    ("Курахівського", "Курахове"),
    ("Донецькій", "Донецьк"),  # "Донецькій області": the oblast
    ("Донецької", "Донецьк"),
    ("Донецкой", "Донецк"),
    ("Донецкую", "Донецк"),
    ("Харківській", "Харків"),
    ("Харківської", "Харків"),
    ("Харьковской", "Харьков"),
    ("Запорізькій", "Запоріжжя"),
    ("Херсонської", "Херсон"),  # the oblast's and raion's adjectives (found reading test)
    ("Запорожском", "Запорожье"),
    ("Запорожской", "Запорожье"),
    ("Курській", "Курськ"),
    ("Курской", "Курск"),
    ("Курської", "Курськ"),
    ("Белгородской", "Белгород"),
    ("Херсонской", "Херсон"),
    ("Луганской", "Луганск"),
}
_WORD = re.compile(r"[\w’'ʼ-]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
OUTCOMES = ("right", "wrong", "none")


def _same_word(token: str, word: str) -> bool:
    """Whether ``token`` (from the text) may be ``word`` (of the place's name) inflected."""
    t, w = token.lower(), word.lower()
    if t == w:
        return True
    if not token[:1].isupper():
        return False
    letters = zip(t, w, strict=False)
    common = next((i for i, (x, y) in enumerate(letters) if x != y), min(len(t), len(w)))
    return common >= min(len(w), 3) and len(w) - common <= 3 and len(t) - common <= 5


def forms_in(text: str, place: str) -> list[str]:
    """The forms of ``place`` (a nominative name) that ``text`` contains."""
    words = place.split()
    tokens = [m.group() for m in _WORD.finditer(text)]
    found = []
    for i in range(len(tokens) - len(words) + 1):
        window = tokens[i : i + len(words)]
        if all(_same_word(t, w) for t, w in zip(window, words, strict=True)):
            form = " ".join(window)
            if form not in found:
                found.append(form)
    return found


def pairs(split: str) -> list[tuple[str, str, str, str]]:
    """``(lang, surface, lemma, origin)`` of one split, each pair once."""
    out: dict[tuple[str, str, str], str] = {}
    for line in (CORPUS / f"statements-{split}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["lang"] not in ("uk", "ru"):
            continue
        for st in record["statements"]:
            for field in ("subject", "reference"):
                if st.get(f"{field}_lemma") and st.get(field):
                    out.setdefault((record["lang"], st[field], st[f"{field}_lemma"]), "statements")
    for line in (CORPUS / f"claims-{split}.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["lang"] not in ("uk", "ru"):
            continue
        for claim in record["claims"]:
            place = claim["place"]
            if not _CYRILLIC.search(place):
                continue
            for form in forms_in(record["text"] + "\n" + claim.get("quote", ""), place):
                if (form, place) not in NOT_FORMS:
                    out.setdefault((record["lang"], form, place), "claims")
    return [(lang, s, lemma, origin) for (lang, s, lemma), origin in out.items()]


def right_places(gz, lemma: str) -> frozenset[str]:
    """Identities of the places the nominative ``lemma`` names (empty: none)."""
    try:
        found = gz.resolve(lemma, fuzzy=False, limit=None)
    except PlaceNotFound:
        return frozenset()
    trusted = [c for c in found if c.match_kind in ("exact", "former", "variant")]
    if not trusted:
        return frozenset()
    top = trusted[0].score
    return frozenset(_identity(c.place) for c in trusted if c.score >= top - AMBIGUITY_MARGIN)


def judge(gz, surface: str, right: frozenset[str]) -> tuple[str, str]:
    """``(outcome, answer)`` of resolving ``surface`` against the right places."""
    try:
        found = gz.resolve(surface, fuzzy=False, limit=3)
    except PlaceNotFound:
        return "none", "-"
    best = found.best
    answer = f"{best.place.name} ({best.place.admin1 or best.place.country}; {best.match_kind}"
    answer += ", ambiguous)" if found.ambiguous else ")"
    return ("right" if _identity(best.place) in right else "wrong"), answer


def methods(gz) -> tuple[str, ...]:
    from gazetteer import resolver

    return getattr(resolver, "INFLECTION_METHODS", ("current",))


def use(gz, method: str) -> None:
    if method != "current":
        gz.inflection = method
    gz._memo.clear()


def evaluate(gz, *, listing: bool = False) -> dict:
    """Counts per ``(split, lang, method)``; nominative pairs apart, under lang ``nom``."""
    counts: dict = defaultdict(Counter)
    for split in ("dev", "test"):
        for lang, surface, lemma, origin in sorted(pairs(split)):
            right = right_places(gz, lemma)
            answers = []
            for method in methods(gz):
                use(gz, method)
                outcome, answer = judge(gz, surface, right)
                if not right:
                    outcome = "none" if outcome == "none" else "wrong"
                group = lang if surface != lemma else "nom"
                counts[split, group, method][outcome] += 1
                counts[split, group, method]["no place" if not right else "placed"] += 1
                answers.append(f"{method}={outcome}:{answer}")
            if listing:
                print(f"{split} {lang} {surface!r} → {lemma!r} [{origin}, right {len(right)}]")
                print("    " + "\n    ".join(answers))
    return counts


def table(counts: dict, gz) -> str:
    rows = [f"{'split':5} {'lang':4} {'pairs':>5} {'(no place)':>10}  " + "  ".join(
        f"{m + ' right/wrong/none':>26}" for m in methods(gz))]  # fmt: skip
    for split in ("dev", "test"):
        for group in ("uk", "ru", "nom"):
            cells = [counts[split, group, m] for m in methods(gz)]
            n = sum(cells[0][o] for o in OUTCOMES)
            if not n:
                continue
            row = f"{split:5} {group:4} {n:>5} {cells[0]['no place']:>10}  "
            row += "  ".join(f"{c['right']:>16}/{c['wrong']:>3}/{c['none']:>4}" for c in cells)
            rows.append(row)
    return "\n".join(rows)


def speed(gz, names: list[str]) -> str:
    """Distinct names resolved per second by each method, memos and caches cleared."""
    from gazetteer.names import keys, parse_query

    out = []
    for method in methods(gz):
        use(gz, method)
        parse_query.cache_clear()
        keys.cache_clear()
        try:
            from gazetteer import inflection

            inflection.lemmas.cache_clear()
            inflection._word_readings.cache_clear()
        except ImportError:
            pass
        t = time.perf_counter()
        for name in names:
            with contextlib.suppress(PlaceNotFound):
                gz.resolve(name, fuzzy=False, limit=3)
        out.append(f"{method} {len(names) / (time.perf_counter() - t):,.0f} names/s")
    return ", ".join(out)


def analyser_speed(n: int = 5000) -> str:
    """Distinct village names (in the genitive) read by :func:`gazetteer.inflection.lemmas`."""
    from gazetteer import inflection, katottg

    names = sorted({s.name for s in katottg.load().settlements if s.name.endswith("ка")})[:n]
    forms = [name[:-1] + "и" for name in names]
    inflection.lemmas("Покровська")  # load the dictionaries
    inflection.lemmas.cache_clear()
    inflection._word_readings.cache_clear()
    t = time.perf_counter()
    for form in forms:
        inflection.lemmas(form)
    cold = time.perf_counter() - t
    t = time.perf_counter()
    for form in forms:
        inflection.lemmas(form)
    warm = time.perf_counter() - t
    return (
        f"{len(forms) / cold:,.0f} distinct names/s ({cold / len(forms) * 1e6:.0f} µs each), "
        f"{len(forms) / warm:,.0f}/s cached"
    )


def load_time() -> str:
    """Seconds to import pymorphy3 and load both dictionaries, in a fresh interpreter."""
    probe = (
        "import time; t=time.perf_counter(); import pymorphy3; "
        "pymorphy3.MorphAnalyzer(lang='uk'); a=time.perf_counter(); "
        "pymorphy3.MorphAnalyzer(lang='ru'); print(a-t, time.perf_counter()-a)"
    )
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    if run.returncode:
        return "pymorphy3 not installed"
    uk, ru = map(float, run.stdout.split())
    return f"import + uk dictionary {uk:.2f} s, ru dictionary {ru:.2f} s"


def _home(argv: list[str]) -> Path:
    if "--home" in argv:
        return Path(argv[argv.index("--home") + 1])
    from gazetteer import embedded, geonames, katottg
    from gazetteer.datadir import store_dir

    if not UA_ZIP.exists():
        sys.exit(f"{UA_ZIP} is absent: the benchmark needs ../shared (or --home DIR)")
    home = Path(tempfile.mkdtemp(prefix="frontmap-bench-inflection-"))
    codifier = katottg.load()
    embedded.build_store(store_dir(home) / "embedded.sqlite", codifier)
    geonames.build_store(
        UA_ZIP, store_dir(home) / "geonames-UA.sqlite", source="geonames-UA", codifier=codifier
    )
    return home


def main(argv: list[str]) -> None:
    with gazetteer.open(_home(argv), build=False) as gz:
        counts = evaluate(gz, listing="--list" in argv)
        print(table(counts, gz))
        surfaces = sorted({s for split in ("dev", "test") for _, s, _, _ in pairs(split)})
        genitives = [f"{w}а" for w in ("Покровськ", "Торецьк", "Бахмут", "Курахов")]
        print(f"speed (distinct names, cold): {speed(gz, surfaces + genitives)}")
        print(f"analyser load: {load_time()}")
        print(f"analyser alone: {analyser_speed()}")


if __name__ == "__main__":
    main(sys.argv[1:])
