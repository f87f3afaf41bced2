"""Experiment (round 22, branch learn22): does a small learned model choosing a distance
statement's SUBJECT among candidates generalise better than the hand rules?

For every distance statement the parser reads in a dev record (tests/corpus/statements-dev.jsonl)
the candidates are: the rules' subject, every other proper-name run of the sentence (Latin and
Cyrillic, multiword, hyphenated), descriptions ("the town", "this city", "село"), pronouns and
"no subject". The label is the candidate whose normalised name (tests.corpus_eval.norm_name)
equals the annotation's subject. Features are cheap (position relative to the measure, clause
segment, neighbouring words from the lexicon, the rules' choice and rule name, language,
case ending, optional gazetteer lookup). The model is a conditional logit (logistic regression
over candidates, softmax within a statement) or a small gradient-boosted tree; sklearn is used
for TRAINING only.

Evaluation is on dev only: 5-fold cross-validation grouped by record id, and grouped by batch
tag (a fold is batches the model never saw). Figures: held-out subject accuracy and exact-parse
accuracy per language for rules alone, model alone, and "rules unless the model is confident
otherwise"; and the value of the model's disagreement as a doubt flag.

    PYTHONPATH=. python scripts/learn_subject.py [--gazetteer /work/fmhome] [--out FILE.json]

Needs scikit-learn and numpy (not runtime dependencies of frontmap).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import subprocess
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from frontmap.statements import parse  # noqa: E402
from tests.corpus_eval import DISTANCE_RELATIONS, key, norm_name, records  # noqa: E402

DEV = ROOT / "tests" / "corpus" / "statements-dev.jsonl"


def _lex(*fields):
    words = set()
    for lang in ("en", "uk", "ru"):
        d = json.loads((ROOT / "frontmap" / "lexicon" / f"{lang}.json").read_text("utf-8"))
        for f in fields:
            v = d.get(f)
            if isinstance(v, list):
                words.update(w.lower() for w in v if isinstance(w, str))
            elif isinstance(v, dict):
                words.update(k.lower() for k in v)
    return words


PREPS = _lex("locative_prepositions", "placing_prepositions", "near_prepositions") | {
    "near", "to", "into", "toward", "towards", "within", "по", "до", "к", "около", "возле",
}  # fmt: skip
FROM_PREPS = {"of", "from", "від", "от", "з", "із", "из", "зі", "со", "с"}
VERBS = _lex("locative_verbs", "distance_verbs", "participles", "auxiliaries", "clause_auxiliaries")
TYPE_WORDS = _lex("settlement_words", "type_words", "city_words", "village_words", "rural_words")
PRONOUNS = _lex("pronouns", "personal_pronouns", "place_pronouns")
DEMONSTRATIVES = _lex("demonstratives") | {"this", "that", "the", "these", "those", "a", "an"}
DEMONYMS = _lex("demonyms")
COUNTRIES = _lex("countries")
REGION_WORDS = _lex("region_words", "region_heads")
TIME_WORDS = _lex("months", "time_words") | {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}  # fmt: skip
FUNCTION_CAPS = _lex("function_caps")
CONNECT = {"al", "el", "de", "la", "du", "van", "von", "ad", "bin", "ibn", "on", "upon", "na"}

WORD = re.compile(r"[^\W\d_][\w’'\-]*")
BOUNDARY = re.compile(r"[,;:()—–\"«»]|\s-\s")
_CYR = re.compile(r"[а-яіїєґё]", re.IGNORECASE)

RULES_KEPT = 14  # one-hot of the most frequent rule names (the rest share one column)


# -- candidates ---------------------------------------------------------------------------


def _tokens(sentence):
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(sentence)]


def candidates(sentence, st):
    """``[(start, end, text, kind)]``: name runs, descriptions, pronouns, the rules' subject
    and "none" (start -1)."""
    toks = _tokens(sentence)
    out = {}
    run = []

    def close():
        if run:
            s, e = toks[run[0]][0], toks[run[-1]][1]
            out.setdefault((s, e), (s, e, sentence[s:e], "name"))
            if len(run) > 1:  # "Kharkiv Oblast", "Поблизу Добропілля": each end alone too,
                # and the run without its first or last word
                for ks, ke in (
                    (toks[run[0]][0], toks[run[0]][1]),
                    (toks[run[-1]][0], toks[run[-1]][1]),
                    (toks[run[1]][0], e),
                    (s, toks[run[-2]][1]),
                ):
                    out.setdefault((ks, ke), (ks, ke, sentence[ks:ke], "name"))
            run.clear()

    for i, (s, e, w) in enumerate(toks):
        gap_ok = not run or sentence[toks[run[-1]][1] : s].strip() == ""
        if not gap_ok:
            close()
        bare = re.sub(r"['’]s$", "", w)
        name_word = bare[:1].isupper() and bare.lower() not in FUNCTION_CAPS
        if name_word or (run and w.lower() in CONNECT):
            run.append(i)
        else:
            while run and toks[run[-1]][2].lower() in CONNECT:
                run.pop()
            close()
        low = w.lower()
        if low in PRONOUNS:
            out.setdefault((s, e), (s, e, w, "pronoun"))
        if low in TYPE_WORDS and not w[:1].isupper():
            ds = s
            if i > 0 and toks[i - 1][2].lower() in DEMONSTRATIVES:
                ds = toks[i - 1][0]
            elif i > 1 and toks[i - 2][2].lower() in DEMONSTRATIVES:
                ds = toks[i - 2][0]
            out.setdefault((ds, e), (ds, e, sentence[ds:e], "description"))
    close()
    cands = list(out.values())
    # the rules' subject: where it is written (nearest before the measure, else first)
    if st.subject:
        at = sentence.rfind(st.subject, 0, st.span[0] + 1)
        if at < 0:
            at = sentence.find(st.subject)
        if at >= 0:
            span = (at, at + len(st.subject))
            kind = st.subject_kind or "name"
            if span not in out:
                cands.append((span[0], span[1], st.subject, kind))
        else:
            cands.append((-2, -2, st.subject, st.subject_kind or "name"))
    cands.append((-1, -1, None, "none"))
    return cands


# -- features -----------------------------------------------------------------------------


class Featurizer:
    def __init__(self, rules, gaz=None):
        self.rules = rules
        self.rule_free = False  # set: the rules' choice is not shown (only their decisions)
        self.gaz = gaz
        self.names = (
            [
                "bias_before", "bias_after", "inside", "is_none", "is_pronoun", "is_desc",
                "gap_tok_log", "gap_tok_0", "gap_tok_le3", "same_segment", "n_bounds",
                "rank_before_1", "rank_before_2", "rank_after_1", "sent_initial",
                "prev_prep", "prev_from", "prev_type", "prev_comma", "next_verb",
                "next_comma", "appos_after", "comma_then_measure", "is_reference",
                "in_reference", "is_rule", "rule_none", "multiword", "demonym", "country",
                "region", "cyr_nomn", "cyr_oblique", "gaz_place", "gaz_known", "n_cands_log",
                "lang_uk", "lang_ru", "rule_before", "rule_after", "first_prep",
                "first_nonnoun", "time_word", "initial_multi",
            ]
            + [f"rule={r}" for r in rules]
            + ["rule=other"]
        )  # fmt: skip
        self._gcache = {}

    def _gaz(self, text):
        if self.gaz is None or not text:
            return 0.0, 0.0
        hit = self._gcache.get(text)
        if hit is None:
            from gazetteer.names import key as gkey

            k = gkey(text)
            known = place = 0.0
            if k:
                for store in self.gaz.stores:
                    rows = store.db.execute(
                        "SELECT p.feature_class FROM names n JOIN places p ON p.rowid = n.place "
                        "WHERE n.key = ? LIMIT 20",
                        (k,),
                    ).fetchall()
                    if rows:
                        known = 1.0
                        if any(r[0] == "P" for r in rows):
                            place = 1.0
            hit = self._gcache[text] = (place, known)
        return hit

    def rows(self, sentence, st, lang, cands):
        from gazetteer.inflection import word_cases, word_classes

        toks = _tokens(sentence)
        starts = [t[0] for t in toks]
        a, b = st.span
        ref = norm_name(st.reference)
        rule_norm = norm_name(st.subject)
        before = sorted([c for c in cands if 0 <= c[1] <= a], key=lambda c: -c[1])
        after = sorted([c for c in cands if c[0] >= b], key=lambda c: c[0])
        rank_b = {id(c): i for i, c in enumerate(before)}
        rank_a = {id(c): i for i, c in enumerate(after)}
        rule_cand = None
        for c in cands:
            if c[2] == st.subject and (c[2] is None or c[0] != -1):
                rule_cand = c
        rule_onehot = {r: 0.0 for r in self.rules}
        rows = []
        for c in cands:
            s, e, text, kind = c
            f = dict.fromkeys(self.names, 0.0)
            f["n_cands_log"] = math.log(len(cands))
            f["lang_uk"] = float(lang == "uk")
            f["lang_ru"] = float(lang == "ru")
            is_rule = c is rule_cand or (rule_cand is None and norm_name(text) == rule_norm)
            f["is_rule"] = float(is_rule)
            if is_rule:
                r = st.rule if st.rule in rule_onehot else "other"
                f[f"rule={r}"] = 1.0
                f["rule_none"] = float(st.subject is None)
            rows.append(f)
            if kind == "none":
                f["is_none"] = 1.0
                continue
            f["is_pronoun"] = float(kind == "pronoun")
            f["is_desc"] = float(kind == "description")
            f["multiword"] = float(text is not None and " " in text.strip())
            if s < 0:
                continue
            if e <= a:
                f["bias_before"] = 1.0
                gap_text = sentence[e:a]
            elif s >= b:
                f["bias_after"] = 1.0
                gap_text = sentence[b:s]
            else:
                f["inside"] = 1.0
                gap_text = ""
            ntok = len(WORD.findall(gap_text))
            f["gap_tok_log"] = math.log1p(ntok)
            f["gap_tok_0"] = float(ntok == 0)
            f["gap_tok_le3"] = float(ntok <= 3)
            nb = len(BOUNDARY.findall(gap_text))
            f["n_bounds"] = min(nb, 4) / 4
            f["same_segment"] = float(nb == 0)
            f["rank_before_1"] = float(rank_b.get(id(c)) == 0)
            f["rank_before_2"] = float(rank_b.get(id(c)) == 1)
            f["rank_after_1"] = float(rank_a.get(id(c)) == 0)
            f["rule_before"] = float(rule_cand is not None and 0 <= rule_cand[1] <= a)
            f["rule_after"] = float(rule_cand is not None and rule_cand[0] >= b)
            idx = _index(starts, s)
            f["sent_initial"] = float(idx == 0 or not sentence[:s].strip(" \"«“'"))
            prev = toks[idx - 1][2].lower() if idx > 0 else ""
            prev2 = toks[idx - 2][2].lower() if idx > 1 else ""
            between = sentence[toks[idx - 1][1] : s] if idx > 0 else ""
            f["prev_prep"] = float(prev in PREPS or (prev in TYPE_WORDS and prev2 in PREPS))
            f["prev_from"] = float(
                prev in FROM_PREPS or (prev in TYPE_WORDS and prev2 in FROM_PREPS)
            )
            f["prev_type"] = float(prev in TYPE_WORDS)
            f["prev_comma"] = float("," in between or "(" in between)
            nidx = _index(starts, e)
            nxt = toks[nidx][2].lower() if nidx < len(toks) else ""
            after_text = sentence[e : e + 40]
            f["next_verb"] = float(nxt in VERBS and sentence[e : toks[nidx][0]].strip() == "")
            f["next_comma"] = float(after_text.lstrip().startswith(","))
            m = re.match(r"\s*,\s*(\w+)(?:\s+(\w+))?(?:\s+(\w+))?", after_text)
            if m:
                ws = [w.lower() for w in m.groups() if w]
                f["appos_after"] = float(any(w in TYPE_WORDS for w in ws[:3]))
            f["comma_then_measure"] = float(
                e <= a and re.fullmatch(r"\s*[,(—–-]\s*", sentence[e:a]) is not None
            )
            nt = norm_name(text)
            f["is_reference"] = float(nt is not None and nt == ref)
            f["in_reference"] = float(
                st.reference is not None and text is not None and text in st.reference
            )
            low = (text or "").lower()
            last = low.split()[-1] if low.split() else ""
            f["demonym"] = float(last in DEMONYMS or low in DEMONYMS)
            f["country"] = float(low in COUNTRIES or last in COUNTRIES)
            f["region"] = float(any(w in REGION_WORDS for w in low.split()))
            words = (text or "").split()
            first = words[0].lower() if words else ""
            f["first_prep"] = float(first in PREPS or first in FROM_PREPS)
            f["time_word"] = float(any(w in TIME_WORDS for w in low.split()))
            f["initial_multi"] = float(f["sent_initial"] == 1.0 and len(words) > 1)
            if _CYR.search(text or "") and kind == "name" and words:
                cls = word_classes(words[0], lang if lang in ("uk", "ru") else "uk")
                f["first_nonnoun"] = float(bool(cls) and "NOUN" not in cls)
                f["first_prep"] = max(f["first_prep"], float("PREP" in cls))
            if _CYR.search(text or "") and kind == "name":
                word = re.sub(r"['’]s$", "", (text or "").split()[-1])
                cases = word_cases(word, lang if lang in ("uk", "ru") else "uk")
                f["cyr_nomn"] = float("nomn" in cases)
                f["cyr_oblique"] = float(bool(cases) and "nomn" not in cases)
            if kind == "name":
                f["gaz_place"], f["gaz_known"] = self._gaz(text)
        if self.rule_free:
            for f in rows:
                for n in self.names:
                    if n.startswith("rule") or n == "is_rule":
                        f[n] = 0.0
        return [[f[n] for n in self.names] for f in rows]


def _index(starts, pos):
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] < pos:
            lo = mid + 1
        else:
            hi = mid
    return lo


# -- data ---------------------------------------------------------------------------------


def _batch(record):
    for t in record.get("tags", []):
        if t.startswith("batch_"):
            return t
    return None


def build(path=DEV):
    """Statements: one dict per parsed distance statement, with its candidates, the gold
    subject (or missing when the statement matches no annotation) and the record."""
    out = []
    recs = records(path)
    for record in recs:
        sentence = record["sentence"]
        parsed = [s for s in parse(sentence) if s.relation in DISTANCE_RELATIONS or s.unit]
        anns = [a for a in record["statements"] if a["relation"] in DISTANCE_RELATIONS]
        free = list(range(len(anns)))
        for st in parsed:
            k = key(st)
            gold = None
            labelled = False
            # match on everything but the subject; prefer the annotation the rules got right
            hits = [j for j in free if key(anns[j])[1:] == k[1:]]
            if hits:
                right = [j for j in hits if key(anns[j])[0] == k[0]]
                j = (right or hits)[0]
                free.remove(j)
                gold = key(anns[j])[0]
                labelled = True
            out.append(
                {
                    "record": record["id"],
                    "lang": record["lang"],
                    "batch": _batch(record),
                    "sentence": sentence,
                    "st": st,
                    "cands": candidates(sentence, st),
                    "gold": gold,
                    "labelled": labelled,
                }
            )
    return recs, out


# -- models -------------------------------------------------------------------------------


def _softmax_groups(scores, groups):
    probs = np.empty_like(scores)
    for g in groups:
        z = scores[g] - scores[g].max()
        ez = np.exp(z)
        probs[g] = ez / ez.sum()
    return probs


def fit(kind, X, y, seed=0):
    if kind == "logreg":
        from sklearn.linear_model import LogisticRegression

        m = LogisticRegression(C=1.0, max_iter=2000)
        m.fit(X, y)
        return m
    from sklearn.ensemble import HistGradientBoostingClassifier

    m = HistGradientBoostingClassifier(
        max_depth=3, max_iter=150, learning_rate=0.08, random_state=seed
    )
    m.fit(X, y)
    return m


def score(m, X):
    if hasattr(m, "decision_function"):
        return m.decision_function(X)
    p = np.clip(m.predict_proba(X)[:, 1], 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


# -- evaluation ---------------------------------------------------------------------------


def folds_of(items, by, k=5):
    """Fold index per statement: records (or batches) spread over k folds, whole."""
    if by == "record":
        groups = sorted({it["record"] for it in items})
        gid = {g: i % k for i, g in enumerate(_shuffled(groups))}
        return [gid[it["record"]] for it in items]
    # batches: each tagged batch whole in one fold (balanced by size); untagged records
    # spread by record
    sizes = Counter(it["batch"] for it in items if it["batch"])
    load = [0] * k
    gid = {}
    for b, n in sorted(sizes.items(), key=lambda x: -x[1]):
        f = load.index(min(load))
        gid[b] = f
        load[f] += n
    untagged = sorted({it["record"] for it in items if not it["batch"]})
    rid = {g: i % k for i, g in enumerate(_shuffled(untagged))}
    return [gid[it["batch"]] if it["batch"] else rid[it["record"]] for it in items]


def _shuffled(xs):
    rng = np.random.default_rng(22)
    xs = list(xs)
    rng.shuffle(xs)
    return xs


def matrix(items, feat):
    X, y, grp, off = [], [], [], 0
    for it in items:
        rows = feat.rows(it["sentence"], it["st"], it["lang"], it["cands"])
        X.extend(rows)
        y.extend(float(it["labelled"] and _cnorm(c) == it["gold"]) for c in it["cands"])
        grp.append(np.arange(off, off + len(rows)))
        off += len(rows)
    return np.array(X, dtype=float), np.array(y), grp


def _cnorm(c):
    return None if c[3] == "none" else norm_name(c[2])


def cross_validate(items, X, y, grp, folds, kind, use=None):
    """Held-out probabilities per candidate (softmax within each statement)."""
    probs = np.zeros(len(y))
    X = X if use is None else X[:, use]
    folds = np.array(folds)
    for f in sorted(set(folds)):
        train = [i for i, it in enumerate(items) if folds[i] != f and it["labelled"]]
        test = [i for i in range(len(items)) if folds[i] == f]
        tr = np.concatenate([grp[i] for i in train])
        m = fit(kind, X[tr], y[tr])
        te = np.concatenate([grp[i] for i in test])
        s = np.zeros(len(y))
        s[te] = score(m, X[te])
        p = _softmax_groups(s, [grp[i] for i in test])
        probs[te] = p[te]
    return probs


def evaluate(recs, items, X, grp, probs, is_rule_col, margin=None):
    """Per language: (subject right among labelled, labelled, exact hits, annotated total)
    for the choice: rules (margin None and probs None), model (margin 0) or hybrid."""
    chosen = {}
    for i in range(len(items)):
        g = grp[i]
        rule_pos = [j for j in range(len(g)) if X[g[j], is_rule_col] == 1.0]
        r = rule_pos[0] if rule_pos else None
        if probs is None:
            pick = r
        else:
            p = probs[g]
            best = int(np.argmax(p))
            if margin is None or r is None:
                pick = best
            else:
                pick = best if p[best] - p[r] > margin and best != r else r
        chosen[i] = pick
    per = defaultdict(lambda: [0, 0, 0, 0])
    by_record = defaultdict(list)
    for i, it in enumerate(items):
        by_record[it["record"]].append(i)
        if it["labelled"]:
            per[it["lang"]][1] += 1
            pick = chosen[i]
            got = _cnorm(it["cands"][pick]) if pick is not None else norm_name(it["st"].subject)
            per[it["lang"]][0] += int(got == it["gold"])
    for record in recs:
        anns = [a for a in record["statements"] if a["relation"] in DISTANCE_RELATIONS]
        per[record["lang"]][3] += len(anns)
        got = []
        for i in by_record.get(record["id"], []):
            it = items[i]
            k = list(key(it["st"]))
            pick = chosen[i]
            if pick is not None:
                k[0] = _cnorm(it["cands"][pick])
            got.append(tuple(k))
        for a in anns:
            w = key(a)
            if w in got:
                per[record["lang"]][2] += 1
                got.remove(w)
    return dict(per)


def flag_stats(items, X, grp, probs, is_rule_col, margin):
    """Per language: rules' subject wrong & flagged, wrong, right & flagged, right, wrong &
    flagged & the model's choice right."""
    per = defaultdict(lambda: [0, 0, 0, 0, 0])
    for i, it in enumerate(items):
        if not it["labelled"]:
            continue
        g = grp[i]
        p = probs[g]
        rule_pos = [j for j in range(len(g)) if X[g[j], is_rule_col] == 1.0]
        r = rule_pos[0] if rule_pos else None
        best = int(np.argmax(p))
        flagged = r is not None and best != r and p[best] - p[r] > margin
        right = norm_name(it["st"].subject) == it["gold"]
        s = per[it["lang"]]
        if right:
            s[3] += 1
            s[2] += int(flagged)
        else:
            s[1] += 1
            s[0] += int(flagged)
            s[4] += int(flagged and _cnorm(it["cands"][best]) == it["gold"])
    return dict(per)


def _fmt(per):
    out = []
    for lang in ("en", "uk", "ru"):
        sr, sn, eh, en = per.get(lang, [0, 0, 0, 0])
        out.append(
            f"{lang} subj {sr}/{sn}={sr / max(sn, 1):.1%} exact {eh}/{en}={eh / max(en, 1):.1%}"
        )
    tot = [sum(per.get(lang, [0] * 4)[k] for lang in per) for k in range(4)]
    out.append(f"all subj {tot[0] / max(tot[1], 1):.1%} exact {tot[2] / max(tot[3], 1):.1%}")
    return " | ".join(out)


def _show(items, X, grp, probs, col):
    """Each labelled statement where the model's choice differs from the rules'."""
    for i, it in enumerate(items):
        if not it["labelled"]:
            continue
        g = grp[i]
        p = probs[g]
        best = int(np.argmax(p))
        rule_pos = [j for j in range(len(g)) if X[g[j], col] == 1.0]
        r = rule_pos[0] if rule_pos else None
        if r == best:
            continue
        ok_r = norm_name(it["st"].subject) == it["gold"]
        ok_m = _cnorm(it["cands"][best]) == it["gold"]
        pr = p[r] if r is not None else float("nan")
        print(
            f"  {it['record']} rules={it['st'].subject!r}({'ok' if ok_r else 'WRONG'}, p={pr:.2f}, "
            f"{it['st'].rule}) model={it['cands'][best][2]!r}({'ok' if ok_m else 'wrong'}, "
            f"p={p[best]:.2f}) gold={it['gold']!r} | {it['sentence'][:150]}"
        )


def _rule_column(items, grp, n):
    """1 on each statement's rules' candidate (as Featurizer marks it, before hiding)."""
    out = np.zeros(n)
    for i, it in enumerate(items):
        st = it["st"]
        g = grp[i]
        rule_norm = norm_name(st.subject)
        pick = None
        for j, c in enumerate(it["cands"]):
            if c[2] == st.subject and (c[2] is None or c[0] != -1):
                pick = j
        if pick is None:
            pick = next(
                (j for j, c in enumerate(it["cands"]) if norm_name(c[2]) == rule_norm), None
            )
        if pick is not None:
            out[g[pick]] = 1.0
    return out


def oracle(items):
    per = defaultdict(lambda: [0, 0])
    for it in items:
        if it["labelled"]:
            per[it["lang"]][1] += 1
            per[it["lang"]][0] += int(any(_cnorm(c) == it["gold"] for c in it["cands"]))
    return {k: f"{a}/{b}={a / b:.1%}" for k, (a, b) in per.items()}


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--gazetteer", default=None, help="data home (gazetteer feature)")
    ap.add_argument("--models", default="logreg,gbt")
    ap.add_argument("--rule-free", action="store_true", help="hide the rules' choice")
    ap.add_argument(
        "--eval",
        nargs="*",
        default=[],
        help="fresh files (dev format): train on all dev, measure there",
    )
    ap.add_argument("--show", action="store_true", help="print the model's disagreements")
    ap.add_argument("--out", default=None, help="write the full-dev logreg weights here")
    args = ap.parse_args(argv)
    t0 = time.time()
    recs, items = build()
    rule_counts = Counter(it["st"].rule for it in items)
    rules = [r for r, _ in rule_counts.most_common(RULES_KEPT)]
    gaz = None
    if args.gazetteer:
        import gazetteer

        gaz = gazetteer.open(args.gazetteer, build=False)
    feat = Featurizer(rules, gaz)
    X, y, grp = matrix(items, feat)
    col = feat.names.index("is_rule")
    use = None
    if args.rule_free:  # the rules' choice stays known to the evaluation, not to the model
        feat.rule_free = True
        X = X.copy()
        for j, n in enumerate(feat.names):
            if n != "is_rule" and (n.startswith("rule") or n == "is_rule"):
                X[:, j] = 0.0
        isr = X[:, col].copy()
        X[:, col] = 0.0
        X = np.hstack([X, isr[:, None]])
        col = X.shape[1] - 1
        use = slice(0, col)
        feat.names = [*feat.names, "_is_rule_hidden"]
    print(f"{len(items)} parsed distance statements, {sum(it['labelled'] for it in items)} "
          f"matched to an annotation, {len(y)} candidates, {time.time() - t0:.0f}s")  # fmt: skip
    print("oracle (gold among candidates):", oracle(items))
    print("rules      :", _fmt(evaluate(recs, items, X, grp, None, col)))
    if args.eval:
        labelled = [i for i, it in enumerate(items) if it["labelled"]]
        tr = np.concatenate([grp[i] for i in labelled])
        for kind in args.models.split(","):
            m = fit(kind, (X if use is None else X[:, use])[tr], y[tr])
            for path in args.eval:
                erecs, eitems = build(Path(path))
                eX, ey, egrp = matrix(eitems, feat)
                if use is not None:
                    eX = np.hstack([eX, eX[:, [feat.names.index("is_rule")]]])
                    # matrix() hid is_rule already: recompute the rules' column
                    eX[:, col] = _rule_column(eitems, egrp, len(ey))
                s = np.zeros(len(ey))
                s[:] = score(m, eX if use is None else eX[:, use])
                probs = _softmax_groups(s, egrp)
                name = Path(path).name
                print(f"[{name}] rules      :", _fmt(evaluate(erecs, eitems, eX, egrp, None, col)))
                print(
                    f"[{name}, {kind}] model    :",
                    _fmt(evaluate(erecs, eitems, eX, egrp, probs, col)),
                )
                for margin in (0.5, 0.7, 0.9):
                    print(f"[{name}, {kind}] hybrid {margin}:",
                          _fmt(evaluate(erecs, eitems, eX, egrp, probs, col, margin)))  # fmt: skip
                if args.show:
                    _show(eitems, eX, egrp, probs, col)
                for margin in (0.0, 0.5, 0.7):
                    fs = flag_stats(eitems, eX, egrp, probs, col, margin)
                    print(f"[{name}, {kind}] flag>{margin}:", " | ".join(
                        f"{k} wrong {v[0]}/{v[1]} (model right {v[4]}) right {v[2]}/{v[3]}"
                    for k, v in sorted(fs.items())))  # fmt: skip
        return
    for by in ("record", "batch"):
        folds = folds_of(items, by)
        for kind in args.models.split(","):
            probs = cross_validate(items, X, y, grp, folds, kind, use)
            print(
                f"[{by} folds, {kind}] model    :", _fmt(evaluate(recs, items, X, grp, probs, col))
            )
            for margin in (0.3, 0.5, 0.7, 0.9):
                print(f"[{by} folds, {kind}] hybrid {margin}:",
                      _fmt(evaluate(recs, items, X, grp, probs, col, margin)))  # fmt: skip
            for margin in (0.0, 0.3, 0.5, 0.7):
                fs = flag_stats(items, X, grp, probs, col, margin)
                print(f"[{by} folds, {kind}] flag>{margin}:", " | ".join(
                    f"{k} wrong {v[0]}/{v[1]} (model right {v[4]}) right {v[2]}/{v[3]}"
                    for k, v in sorted(fs.items())))  # fmt: skip
    if args.out:
        labelled = [i for i, it in enumerate(items) if it["labelled"]]
        tr = np.concatenate([grp[i] for i in labelled])
        m = fit("logreg", X[tr], y[tr])
        commit = subprocess.run(
            ["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT
        ).stdout.strip()
        Path(args.out).write_text(
            json.dumps(
                {
                    "trained": str(date.today()),
                    "corpus": "tests/corpus/statements-dev.jsonl",
                    "commit": commit,
                    "features": feat.names,
                    "weights": [round(float(w), 5) for w in m.coef_[0]],
                    "bias": round(float(m.intercept_[0]), 5),
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
