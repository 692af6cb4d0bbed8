#!/usr/bin/env python3
"""Validator for the probes19 blind evaluation set.

Checks, for every texts/<stem>.txt and gold/<stem>.json:
  * the text is UTF-8 and 2,000-4,500 bytes; every text has a gold file and vice versa;
  * every JSON parses and has report/city/year/entities/relations; report equals the file stem;
  * entities have known kinds and the fields their kind needs (City.country, Country.iso2, ...);
    names are unique; the report city is a declared City;
  * every relation has a known kind, the right end keys (a/b or from/to), ends that are declared
    entities of the kinds the spec allows, valid year/month, AGREEMENT has status signed|planned
    (and only AGREEMENT has a status);
  * every quote (and alt quote) is a verbatim substring of the text that starts and ends on a
    sentence boundary (line start / after . ! ? ; : ... / after a list marker; ends with a terminal
    mark or at end of line);
  * LOCATED_IN is consistent with the entities' own country/city fields; no duplicate relations.

Usage: python3 check.py [DIR]   (DIR defaults to the folder of this script). Exit status 1 on error.
"""
import json
import os
import re
import sys
from collections import Counter

ROOT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
TEXTS, GOLD = os.path.join(ROOT, "texts"), os.path.join(ROOT, "gold")

ENTITY_KINDS = {"City", "Region", "Country", "Institution", "Event", "Person"}
UNDIRECTED = {"TWIN", "AGREEMENT", "PARTNER", "CONTACT"}
DIRECTED = {"VISIT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"}
PARTY = {"City", "Region", "Institution"}
# allowed (end-kind, end-kind) combinations per relation kind
ALLOWED = {
    "TWIN": lambda a, b: a == "City" and b == "City",
    "PARTNER": lambda a, b: a == "City" and b == "City",
    "AGREEMENT": lambda a, b: a in PARTY and b in PARTY,
    "CONTACT": lambda a, b: a in PARTY and b in PARTY,
    "VISIT": lambda f, t: f in {"City", "Region", "Country"} and t == "City",
    "PARTICIPATED_IN": lambda f, t: f in PARTY | {"Country"} and t == "Event",
    "HELD_IN": lambda f, t: f == "Event" and t == "City",
    "LOCATED_IN": lambda f, t: (f, t) in {("Institution", "City"), ("City", "Region"), ("City", "Country"),
                                          ("Region", "Country")},
}
TERMINAL = ".!?;:…"
CLOSERS = "»)\"”"
LIST_MARKER = re.compile(r"(?:^|\n)[ \t]*(?:[-–—•*]|\d+[.)])[ \t]+$")

errors, warnings = [], []


def err(stem, msg):
    errors.append(f"{stem}: {msg}")


def warn(stem, msg):
    warnings.append(f"{stem}: {msg}")


def starts_on_boundary(text, i):
    j = i
    while j > 0 and text[j - 1] in " \t":
        j -= 1
    if j == 0 or text[j - 1] == "\n":
        return True
    k = j
    while k > 0 and text[k - 1] in CLOSERS:
        k -= 1
    if k > 0 and text[k - 1] in TERMINAL:
        return True
    return bool(LIST_MARKER.search(text[:i]))


def ends_on_boundary(text, quote, end):
    q = quote.rstrip(CLOSERS)
    if q and q[-1] in TERMINAL:
        return end == len(text) or text[end] in " \t\n"
    rest = text[end:]
    return rest.strip(" \t") == "" or rest.lstrip(" \t").startswith("\n")


def check_quote(stem, text, quote, where):
    if not isinstance(quote, str) or not quote.strip():
        err(stem, f"{where}: empty quote")
        return
    if quote != quote.strip():
        err(stem, f"{where}: quote has leading/trailing whitespace")
    i = text.find(quote)
    if i < 0:
        err(stem, f"{where}: quote not found verbatim: {quote[:80]!r}")
        return
    ok = False
    while i >= 0:
        if starts_on_boundary(text, i) and ends_on_boundary(text, quote, i + len(quote)):
            ok = True
            break
        i = text.find(quote, i + 1)
    if not ok:
        err(stem, f"{where}: quote is not on sentence boundaries: {quote[:80]!r}")


def check_file(stem):
    tpath, gpath = os.path.join(TEXTS, stem + ".txt"), os.path.join(GOLD, stem + ".json")
    raw = open(tpath, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        err(stem, f"text is not UTF-8: {e}")
        return Counter()
    if not 2000 <= len(raw) <= 4500:
        err(stem, f"text size {len(raw)} bytes outside 2000-4500")
    try:
        gold = json.load(open(gpath, encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        err(stem, f"gold JSON does not parse: {e}")
        return Counter()
    for key in ("report", "city", "year", "entities", "relations"):
        if key not in gold:
            err(stem, f"missing top-level key {key!r}")
            return Counter()
    if gold["report"] != stem:
        err(stem, f"report {gold['report']!r} != file stem")
    if not isinstance(gold["year"], int) or not 1990 <= gold["year"] <= 2030:
        err(stem, f"bad report year {gold['year']!r}")

    ents = {}
    for n, e in enumerate(gold["entities"]):
        where = f"entity #{n}"
        kind, name = e.get("kind"), e.get("name")
        if kind not in ENTITY_KINDS:
            err(stem, f"{where}: unknown kind {kind!r}")
            continue
        if not isinstance(name, str) or not name.strip():
            err(stem, f"{where}: missing name")
            continue
        if name in ents:
            err(stem, f"{where}: duplicate entity name {name!r}")
        ents[name] = e
        if kind in ("City", "Region"):
            cc = e.get("country")
            if cc is not None and not re.fullmatch(r"[A-Z]{2}", str(cc)):
                err(stem, f"{where} {name}: bad country {cc!r}")
            if kind == "City" and cc is None:
                warn(stem, f"{where} {name}: City without country")
        if kind == "Country" and not re.fullmatch(r"[A-Z]{2}", str(e.get("iso2"))):
            err(stem, f"{where} {name}: Country needs iso2")
        if kind == "Institution" and "city" not in e:
            err(stem, f"{where} {name}: Institution needs a city field (may be null)")
    for name, e in ents.items():
        if e["kind"] == "Institution" and e.get("city") is not None:
            c = ents.get(e["city"])
            if not c or c["kind"] != "City":
                err(stem, f"institution {name}: city {e['city']!r} is not a declared City")
    rc = ents.get(gold["city"])
    if not rc or rc["kind"] != "City":
        err(stem, f"report city {gold['city']!r} is not a declared City")

    seen, used, counts = set(), set(), Counter()
    for n, r in enumerate(gold["relations"]):
        kind = r.get("kind")
        where = f"relation #{n} {kind}"
        if kind in UNDIRECTED:
            x, y = r.get("a"), r.get("b")
            if "from" in r or "to" in r:
                err(stem, f"{where}: undirected relation must use a/b")
        elif kind in DIRECTED:
            x, y = r.get("from"), r.get("to")
            if "a" in r or "b" in r:
                err(stem, f"{where}: directed relation must use from/to")
        else:
            err(stem, f"{where}: unknown kind")
            continue
        counts[kind] += 1
        bad_end = False
        for end in (x, y):
            if end not in ents:
                err(stem, f"{where}: end {end!r} is not a declared entity")
                bad_end = True
        if bad_end:
            continue
        used.update((x, y))
        if x == y:
            err(stem, f"{where}: both ends are {x!r}")
        kx, ky = ents[x]["kind"], ents[y]["kind"]
        if not ALLOWED[kind](kx, ky):
            err(stem, f"{where}: ends of kinds {kx}->{ky} not allowed ({x} -> {y})")
        # year / month
        if "year" not in r or "month" not in r:
            err(stem, f"{where}: year and month keys are required (may be null)")
        year, month = r.get("year"), r.get("month")
        if year is not None and (not isinstance(year, int) or isinstance(year, bool) or not 1900 <= year <= gold["year"] + 3):
            err(stem, f"{where}: bad year {year!r}")
        if month is not None:
            if not isinstance(month, int) or isinstance(month, bool) or not 1 <= month <= 12:
                err(stem, f"{where}: bad month {month!r}")
            if year is None:
                err(stem, f"{where}: month without year")
        if kind == "LOCATED_IN" and (year is not None or month is not None):
            warn(stem, f"{where}: LOCATED_IN with a date")
        # status
        if kind == "AGREEMENT":
            if r.get("status") not in ("signed", "planned"):
                err(stem, f"{where}: AGREEMENT needs status signed|planned, got {r.get('status')!r}")
        elif r.get("status") is not None:
            err(stem, f"{where}: only AGREEMENT carries a status")
        # quotes
        check_quote(stem, text, r.get("quote"), where)
        for k, alt in enumerate(r.get("alt_quotes") or []):
            check_quote(stem, text, alt, f"{where} alt #{k}")
        # LOCATED_IN consistency with entity fields
        if kind == "LOCATED_IN":
            ex, ey = ents[x], ents[y]
            if kx == "Institution" and ex.get("city") != y:
                err(stem, f"{where}: institution {x!r} has city {ex.get('city')!r}, relation says {y!r}")
            if kx in ("City", "Region") and ky == "Country" and ex.get("country") != ey.get("iso2"):
                err(stem, f"{where}: {x!r} country {ex.get('country')!r} != {y!r} iso2 {ey.get('iso2')!r}")
            if kx == "City" and ky == "Region" and ex.get("country") != ey.get("country"):
                err(stem, f"{where}: {x!r} country {ex.get('country')!r} != region {y!r} country {ey.get('country')!r}")
        # duplicates
        ends = tuple(sorted((x, y))) if kind in UNDIRECTED else (x, y)
        key = (kind, ends, year, month, r.get("quote"))
        if key in seen:
            err(stem, f"{where}: duplicate relation {key[:4]}")
        seen.add(key)
    for name, e in ents.items():
        if name not in used and name != gold["city"] and e["kind"] != "Person":
            warn(stem, f"entity {name!r} takes part in no relation")
    return counts


def main():
    stems_t = {f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt")}
    stems_g = {f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")}
    for s in sorted(stems_t - stems_g):
        err(s, "text without gold file")
    for s in sorted(stems_g - stems_t):
        err(s, "gold file without text")
    total = Counter()
    for stem in sorted(stems_t & stems_g):
        total += check_file(stem)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(stems_t & stems_g)} files, {sum(total.values())} relations: "
          + ", ".join(f"{k} {v}" for k, v in sorted(total.items())))
    print("FAILED" if errors else "OK")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
