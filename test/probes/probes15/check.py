#!/usr/bin/env python3
"""Validate probes15 gold: JSON parses, quotes verbatim, relation ends declared, AGREEMENT has status, shape sane."""
import glob, json, os, re, sys
from collections import Counter

ROOT = os.path.dirname(os.path.abspath(__file__))
KINDS = {"TWIN", "AGREEMENT", "VISIT", "PARTNER", "CONTACT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"}
UNDIRECTED = {"TWIN", "AGREEMENT", "PARTNER", "CONTACT"}
ENTITY_KINDS = {"City", "Region", "Country", "Institution", "Event", "Person"}

errors, warnings = [], []
def err(stem, msg): errors.append(f"{stem}: {msg}")
def warn(stem, msg): warnings.append(f"{stem}: {msg}")

texts = sorted(glob.glob(os.path.join(ROOT, "texts", "*.txt")))
golds = sorted(glob.glob(os.path.join(ROOT, "gold", "*.json")))
tstems = {os.path.basename(p)[:-4] for p in texts}
gstems = {os.path.basename(p)[:-5] for p in golds}
for s in sorted(tstems ^ gstems):
    err(s, "text without gold or gold without text")

per_kind = Counter()
for gp in golds:
    stem = os.path.basename(gp)[:-5]
    tp = os.path.join(ROOT, "texts", stem + ".txt")
    if not os.path.exists(tp):
        continue
    raw = open(tp, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"text is not UTF-8: {e}"); continue
    if not 2048 <= len(raw) <= 4608:
        err(stem, f"text size {len(raw)} bytes outside 2-4.5 KB")
    try:
        d = json.load(open(gp, encoding="utf-8"))
    except json.JSONDecodeError as e:
        err(stem, f"JSON does not parse: {e}"); continue
    for k in ("report", "city", "year", "entities", "relations"):
        if k not in d:
            err(stem, f"missing top-level key {k}")
    if d.get("report") != stem:
        err(stem, f"report={d.get('report')!r} != file stem")
    if not isinstance(d.get("year"), int):
        err(stem, "top-level year is not an int")

    names = {}
    for e in d.get("entities", []):
        if e.get("kind") not in ENTITY_KINDS:
            err(stem, f"bad entity kind {e}")
        if not e.get("name"):
            err(stem, f"entity without name {e}")
        if e["name"] in names:
            err(stem, f"entity declared twice: {e['name']}")
        names[e["name"]] = e
        if e["kind"] == "Country" and not re.fullmatch(r"[A-Z]{2}", e.get("iso2") or ""):
            err(stem, f"country without iso2: {e['name']}")
        if e["kind"] in ("City", "Region") and not re.fullmatch(r"[A-Z]{2}", e.get("country") or ""):
            warn(stem, f"{e['kind']} without country: {e['name']}")
        if e["kind"] == "Institution" and e.get("city") is not None and e["city"] not in names and \
                e["city"] not in {x["name"] for x in d["entities"]}:
            err(stem, f"institution city not declared: {e['name']} -> {e['city']}")
    if d.get("city") not in names or names[d["city"]]["kind"] != "City":
        err(stem, f"report city {d.get('city')!r} is not a declared City")

    seen = set()
    for i, r in enumerate(d.get("relations", [])):
        k = r.get("kind")
        tag = f"rel#{i} {k}"
        if k not in KINDS:
            err(stem, f"{tag}: unknown kind"); continue
        per_kind[k] += 1
        ends = ("a", "b") if k in UNDIRECTED else ("from", "to")
        other = ("from", "to") if k in UNDIRECTED else ("a", "b")
        for key in ends:
            if key not in r:
                err(stem, f"{tag}: missing {key}")
            elif r[key] not in names:
                err(stem, f"{tag}: end {r[key]!r} is not a declared entity")
        for key in other:
            if key in r:
                err(stem, f"{tag}: has {key} but kind uses {ends}")
        if all(key in r for key in ends) and r[ends[0]] == r[ends[1]]:
            err(stem, f"{tag}: self-relation {r[ends[0]]}")
        if k == "AGREEMENT" and r.get("status") not in ("signed", "planned"):
            err(stem, f"{tag}: AGREEMENT without valid status ({r.get('status')!r})")
        if k != "AGREEMENT" and "status" in r:
            warn(stem, f"{tag}: status on non-AGREEMENT")
        y, m = r.get("year", "MISSING"), r.get("month", "MISSING")
        if y == "MISSING" or m == "MISSING":
            err(stem, f"{tag}: year/month key missing")
        if y not in (None, "MISSING") and not (isinstance(y, int) and 1900 <= y <= 2030):
            err(stem, f"{tag}: bad year {y!r}")
        if m not in (None, "MISSING") and not (isinstance(m, int) and 1 <= m <= 12):
            err(stem, f"{tag}: bad month {m!r}")
        q = r.get("quote")
        if not q:
            err(stem, f"{tag}: no quote")
        for qq in [q] + list(r.get("alt_quotes", [])):
            if qq and qq not in text:
                err(stem, f"{tag}: quote not verbatim: {qq[:80]!r}")
        # type constraints
        kinds_of = {key: names[r[key]]["kind"] for key in ends if r.get(key) in names}
        if len(kinds_of) == 2:
            a, b = kinds_of[ends[0]], kinds_of[ends[1]]
            ok = {
                "PARTICIPATED_IN": b == "Event" and a in ("City", "Institution", "Region"),
                "HELD_IN": a == "Event" and b == "City",
                "LOCATED_IN": (a, b) in {("Institution", "City"), ("City", "Region"), ("City", "Country"), ("Region", "Country")},
                "VISIT": a == "City" and b == "City",
                "TWIN": a == "City" and b == "City",
                "PARTNER": a == "City" and b == "City",
            }.get(k, a != "Event" and b != "Event")
            if not ok:
                err(stem, f"{tag}: wrong end types {a}->{b}")
        key = (k, tuple(sorted((r.get(ends[0]), r.get(ends[1]))) if k in UNDIRECTED else (r.get(ends[0]), r.get(ends[1]))),
               r.get("year"), r.get("month"), r.get("status"))
        if key in seen:
            warn(stem, f"{tag}: duplicate relation {key}")
        seen.add(key)

for w in warnings:
    print("WARN ", w)
for e in errors:
    print("ERROR", e)
print(f"{len(golds)} gold files, {len(texts)} texts, {sum(per_kind.values())} relations: " +
      ", ".join(f"{k} {per_kind[k]}" for k in sorted(per_kind)))
print("RESULT:", "FAIL" if errors else "PASS")
sys.exit(1 if errors else 0)
