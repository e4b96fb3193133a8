"""Compare extracted rows with gold rows by the rules of spec/ANNOTATION.md (as eval/score.py does).

Returns the differences as short stable strings, so a test can hold them against a baseline.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter


def fold(text: str | None) -> str:
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w]+", " ", text).split())


def word_f1(a: str, b: str) -> float:
    wa, wb = fold(a).split(), fold(b).split()
    common = sum((Counter(wa) & Counter(wb)).values())
    if not common:
        return 0.0
    p, r = common / len(wa), common / len(wb)
    return 2 * p * r / (p + r)


def same_speaker(pred: str | None, gold: str | None) -> bool:
    p, g = fold(pred), fold(gold)
    if not p or not g:
        return False
    if difflib.SequenceMatcher(None, p, g).ratio() >= 0.85:
        return True
    return len(g.split()) > 1 and difflib.SequenceMatcher(None, p.split()[-1], g.split()[-1]).ratio() >= 0.85


def _pledge_score(p: dict, g: dict) -> int | None:
    if fold(p["donor"]) != fold(g["donor"]):
        return None
    if g.get("amount") is not None:
        ok = p["amount"] is not None and abs(p["amount"] - g["amount"]) <= 0.005 * max(abs(g["amount"]), 1)
        return 2 if ok and fold(p["currency"]) == fold(g["currency"]) else None
    if p["amount"] is not None:
        return None
    a, b = {fold(i) for i in p["items"]}, {fold(i) for i in g.get("items") or []}
    return 1 if (a & b) or not (a or b) else None


def _match(preds: list, golds: list, score) -> list[tuple[int, int]]:
    pairs = sorted(((s, not g.get("optional"), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
                    if (s := score(p, g)) is not None), key=lambda t: (-t[0], -t[1], t[2], t[3]))
    used_p, used_g, out = set(), set(), []
    for _, _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _date_ok(pred: str | None, gold: str | None) -> bool:
    return pred == gold if gold is None or pred is None else pred.startswith(gold) and len(pred) == len(gold)


def pledge_differences(preds: list[dict], golds: list[dict]) -> list[str]:
    out = []
    pairs = _match(preds, golds, _pledge_score)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        if g.get("optional"):
            continue
        label = f"pledge {g['donor']} {g.get('amount')}"
        for name in ("status", "recipient", "aid_type"):
            if fold(p[name]) != fold(g.get(name)):
                out.append(f"{label}: {name} {p[name]!r} != {g.get(name)!r}")
        if not _date_ok(p["announced_on"], g.get("announced_on")):
            out.append(f"{label}: announced_on {p['announced_on']!r} != {g.get('announced_on')!r}")
        if {fold(x) for x in p["items"]} != {fold(x) for x in g.get("items") or []}:
            out.append(f"{label}: items {sorted(p['items'])} != {sorted(g.get('items') or [])}")
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out += [f"extra pledge {p['donor']} {p['amount']} {p['currency']}" for i, p in enumerate(preds)
            if i not in matched_p]
    out += [f"missed pledge {g['donor']} {g.get('amount')} {g.get('currency')}" for j, g in enumerate(golds)
            if j not in matched_g and not g.get("optional")]
    return out


def statement_differences(preds: list[dict], golds: list[dict]) -> list[str]:
    out = []
    pairs = _match(preds, golds, lambda p, g: s if (s := word_f1(p["quote"], g["quote"])) >= 0.6 else None)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        if g.get("optional"):
            continue
        if not same_speaker(p["speaker"], g["speaker"]):
            out.append(f"speaker {p['speaker']!r} != {g['speaker']!r} for «{g['quote'][:50]}»")
        if not _date_ok(p["said_on"], g.get("said_on")):
            out.append(f"said_on {p['said_on']!r} != {g.get('said_on')!r} for «{g['quote'][:50]}»")
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    out += [f"extra statement «{p['quote'][:50]}»" for i, p in enumerate(preds) if i not in matched_p]
    out += [f"missed statement «{g['quote'][:50]}»" for j, g in enumerate(golds)
            if j not in matched_g and not g.get("optional")]
    return out
