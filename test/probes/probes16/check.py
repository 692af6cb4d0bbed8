#!/usr/bin/env python3
"""Checks probes16: texts/<stem>.txt and gold/<stem>.json.

- every gold JSON parses and has report (= file stem), city, year, entities, relations
- every text has a gold file and vice versa; text size is 2000..4608 bytes, UTF-8
- every quote / alt_quote is a verbatim substring of the text and sits on sentence boundaries
- relation ends are declared entities of the right kinds; a/b for undirected kinds, from/to for directed ones
- every AGREEMENT has status signed|planned (and no other kind has one); year int|null, month 1..12|null
Exit code 0 when everything passes.
"""
import json, os, re, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
UNDIRECTED = {"TWIN", "AGREEMENT", "PARTNER", "CONTACT"}
DIRECTED = {"VISIT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"}
PARTY = {"City", "Region", "Country", "Institution"}
ENDS = {
    "TWIN": ({"City"}, {"City"}),
    "PARTNER": ({"City"}, {"City"}),
    "AGREEMENT": (PARTY, PARTY),
    "CONTACT": (PARTY, PARTY),
    "VISIT": ({"City", "Region"}, {"City", "Region"}),
    "PARTICIPATED_IN": ({"City", "Region", "Institution"}, {"Event"}),
    "HELD_IN": ({"Event"}, {"City"}),
}
LOCATED = {("Institution", "City"), ("City", "Region"), ("City", "Country"), ("Region", "Country")}
ENDP = ".!?»:;\")"


def on_boundaries(text, quote):
    i = text.find(quote)
    before = text[:i]
    ok_start = (before == "" or before.endswith("\n") or re.search(r"(^|\n)[•\-–—] +$", before)
                or re.search(r"[.!?»] +$", before))
    after = text[i + len(quote):]
    ok_end = quote[-1] in ENDP or after == "" or after.startswith("\n")
    return bool(ok_start), bool(ok_end)


def main():
    errors, counts = [], {}
    texts = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "texts")) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    if texts != golds:
        errors.append(f"texts {texts} and gold {golds} differ")
    for stem in golds:
        def err(msg):
            errors.append(f"{stem}: {msg}")
        try:
            raw = open(os.path.join(ROOT, "texts", stem + ".txt"), "rb").read()
            text = raw.decode("utf-8")
        except (OSError, UnicodeDecodeError) as e:
            err(f"text: {e}"); continue
        if not 2000 <= len(raw) <= 4608:
            err(f"text size {len(raw)} bytes out of 2000..4608")
        try:
            g = json.load(open(os.path.join(ROOT, "gold", stem + ".json"), encoding="utf-8"))
        except (OSError, ValueError) as e:
            err(f"json: {e}"); continue
        for k in ("report", "city", "year", "entities", "relations"):
            if k not in g:
                err(f"missing key {k}")
        if g.get("report") != stem:
            err(f"report {g.get('report')!r} != stem")
        if not isinstance(g.get("year"), int):
            err("report year is not an int")
        kinds = {}
        for e in g.get("entities", []):
            k, n = e.get("kind"), e.get("name")
            if k not in PARTY | {"Event", "Person"} or not n:
                err(f"bad entity {e}"); continue
            if n in kinds and kinds[n] != k:
                err(f"name {n!r} declared as {kinds[n]} and {k}")
            elif n in kinds:
                err(f"entity {n!r} declared twice")
            kinds[n] = k
            if k == "City" and "country" not in e:
                err(f"City {n!r} without country")
            if k == "Country" and not re.fullmatch(r"[A-Z]{2}", e.get("iso2", "")):
                err(f"Country {n!r} without iso2")
        for e in g.get("entities", []):
            if e.get("kind") == "Institution" and e.get("city") is not None and kinds.get(e["city"]) != "City":
                err(f"Institution {e['name']!r}: city {e['city']!r} not a declared City")
        if kinds.get(g.get("city")) != "City":
            err(f"report city {g.get('city')!r} not declared as City")
        seen = set()
        for i, r in enumerate(g.get("relations", [])):
            k = r.get("kind")
            where = f"relation #{i} {k}"
            counts[k] = counts.get(k, 0) + 1
            if k in UNDIRECTED:
                x, y = r.get("a"), r.get("b")
                if "from" in r or "to" in r:
                    err(f"{where}: undirected kind uses from/to")
            elif k in DIRECTED:
                x, y = r.get("from"), r.get("to")
                if "a" in r or "b" in r:
                    err(f"{where}: directed kind uses a/b")
            else:
                err(f"{where}: unknown kind"); continue
            for end in (x, y):
                if end not in kinds:
                    err(f"{where}: end {end!r} is not a declared entity")
            if x in kinds and y in kinds:
                if k == "LOCATED_IN":
                    if (kinds[x], kinds[y]) not in LOCATED:
                        err(f"{where}: LOCATED_IN {kinds[x]} -> {kinds[y]}")
                else:
                    fx, fy = ENDS[k]
                    if kinds[x] not in fx or kinds[y] not in fy:
                        err(f"{where}: {kinds[x]} -> {kinds[y]} not allowed")
            if x == y:
                err(f"{where}: both ends are {x!r}")
            if k == "AGREEMENT":
                if r.get("status") not in ("signed", "planned"):
                    err(f"{where}: AGREEMENT without status signed|planned")
            elif r.get("status") is not None:
                err(f"{where}: status on a {k}")
            if "year" not in r or not (r["year"] is None or isinstance(r["year"], int)):
                err(f"{where}: bad year {r.get('year')!r}")
            if "month" not in r or not (r["month"] is None or (isinstance(r["month"], int) and 1 <= r["month"] <= 12)):
                err(f"{where}: bad month {r.get('month')!r}")
            quotes = [r.get("quote")] + list(r.get("alt_quotes", []))
            for q in quotes:
                if not isinstance(q, str) or not q:
                    err(f"{where}: empty quote"); continue
                if q not in text:
                    err(f"{where}: quote not in text: {q[:80]!r}"); continue
                if q.count("«") != q.count("»"):
                    err(f"{where}: unbalanced «» in quote: {q[:60]!r}")
                s, e_ = on_boundaries(text, q)
                if not s:
                    err(f"{where}: quote does not start a sentence: {q[:60]!r}")
                if not e_:
                    err(f"{where}: quote does not end a sentence: {q[-60:]!r}")
            key = (k, x, y, r.get("year"), r.get("status"), r.get("quote"))
            if k in UNDIRECTED:
                key = (k, frozenset((x, y)), r.get("year"), r.get("status"), r.get("quote"))
            if key in seen:
                err(f"{where}: duplicate relation")
            seen.add(key)
    total = sum(counts.values())
    print(f"{len(golds)} gold files, {total} relations: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    if errors:
        print(f"FAIL: {len(errors)} problem(s)")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
