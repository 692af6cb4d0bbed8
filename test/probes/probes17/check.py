#!/usr/bin/env python3
"""Validate the probes17 evaluation set: texts/*.txt against gold/*.json.

Checks (errors make the exit status non-zero):
  * every text has a gold file and vice versa; texts are UTF-8 and 2,000-4,500 bytes;
  * every JSON file parses and has report/city/year/entities/relations; report equals the file stem;
  * report.city is a declared City; report.year is a plausible year;
  * entities have allowed kinds and the fields their kind needs (City.country, Country.iso2, ...);
    no two entities share a name;
  * relations have allowed kinds, use a/b (undirected) or from/to (directed), and their ends are
    declared entities of the kinds the spec allows for that relation;
  * AGREEMENT has status signed|planned; other kinds carry no status;
  * year is null or 1900-2030, month is null or 1-12 (month only together with a year, except
    HELD_IN of a recurring event); LOCATED_IN has no year/month;
  * every quote and alt_quote is a verbatim substring of the text, lies on one line, starts at a
    sentence start and ends at a sentence end, and contains no further sentence boundary;
  * no duplicate relations; LOCATED_IN City->Country agrees with the City's country code.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent
TEXTS = ROOT / "texts"
GOLD = ROOT / "gold"

ENTITY_KINDS = {"City", "Region", "Country", "Institution", "Event", "Person"}
UNDIRECTED = {"TWIN", "AGREEMENT", "PARTNER", "CONTACT"}
DIRECTED = {"VISIT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"}
# allowed (source kinds, target kinds); for undirected kinds both ends use the first set
ALLOWED = {
    "TWIN": ({"City"}, {"City"}),
    "PARTNER": ({"City"}, {"City"}),
    "AGREEMENT": ({"City", "Region", "Institution"}, {"City", "Region", "Institution"}),
    "CONTACT": ({"City", "Region", "Institution"}, {"City", "Region", "Institution"}),
    "VISIT": ({"City", "Region"}, {"City"}),
    "PARTICIPATED_IN": ({"City", "Region", "Institution"}, {"Event"}),
    "HELD_IN": ({"Event"}, {"City"}),
}
LOCATED_IN_PAIRS = {("Institution", "City"), ("City", "Region"), ("City", "Country"), ("Region", "Country")}

SENT_END = ".!?…"
# tokens after which a full stop does not end a sentence
ABBREV = {"г", "гг", "им", "ул", "д", "т", "п", "с", "стр", "обл", "р", "о", "св", "акад", "проф", "доц"}

errors = []
warnings = []


def err(where, msg):
    errors.append(f"{where}: {msg}")


def warn(where, msg):
    warnings.append(f"{where}: {msg}")


def starts_sentence(text, i):
    if i == 0:
        return True
    if text[i - 1] not in " \t\n":
        return False
    j = i - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    if j < 0 or text[j] == "\n":
        return True
    ch = text[j]
    if ch in SENT_END:
        return True
    if ch in "»)\"" and j > 0 and text[j - 1] in SENT_END:
        return True
    if ch in "—–-":
        # a dialogue dash at the start of a line ("— Конечно. ...")
        k = j - 1
        while k >= 0 and text[k] in " \t":
            k -= 1
        return k < 0 or text[k] == "\n"
    return False


def ends_sentence(text, i, quote):
    end = i + len(quote)
    if end < len(text) and text[end] not in " \t\n":
        return False
    last = quote.rstrip()[-1]
    if last in SENT_END + ";:":
        return True
    if last in "»)\"" and len(quote) > 1 and quote.rstrip()[-2] in SENT_END:
        return True
    rest = text[end:]
    stripped = rest.lstrip(" \t")
    return stripped == "" or stripped.startswith("\n")


def internal_boundaries(quote):
    found = []
    for m in re.finditer(r"([.!?…])\s+(?=[«\"(]?[А-ЯЁA-Z0-9])", quote):
        before = quote[: m.start()]
        tok = re.split(r"[\s(«\"]", before)[-1] if before else ""
        if m.group(1) == "." and (tok.lower().rstrip(".") in ABBREV or re.fullmatch(r"[А-ЯЁA-Z]", tok)
                                  or re.fullmatch(r"([А-ЯЁA-Z]\.)+[А-ЯЁA-Z]", tok)):
            continue
        found.append(quote[max(0, m.start() - 15): m.end() + 15])
    return found


def check_quote(where, text, quote):
    if not isinstance(quote, str) or not quote.strip():
        err(where, "empty quote")
        return
    if "\n" in quote:
        err(where, "quote spans several lines")
    idxs = [m.start() for m in re.finditer(re.escape(quote), text)]
    if not idxs:
        err(where, f"quote not found verbatim: {quote[:80]!r}")
        return
    if not any(starts_sentence(text, i) and ends_sentence(text, i, quote) for i in idxs):
        err(where, f"quote not on sentence boundaries: {quote[:80]!r}")
    for frag in internal_boundaries(quote):
        err(where, f"quote contains a sentence boundary near {frag!r}")


def main():
    txts = {p.stem: p for p in sorted(TEXTS.glob("*.txt"))}
    golds = {p.stem: p for p in sorted(GOLD.glob("*.json"))}
    for s in sorted(set(txts) - set(golds)):
        err(s, "text without gold")
    for s in sorted(set(golds) - set(txts)):
        err(s, "gold without text")
    totals = Counter()
    for stem in sorted(set(txts) & set(golds)):
        raw = txts[stem].read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            err(stem, f"text is not UTF-8: {e}")
            continue
        if not 2000 <= len(raw) <= 4500:
            err(stem, f"text is {len(raw)} bytes (want 2000-4500)")
        try:
            g = json.loads(golds[stem].read_text(encoding="utf-8"))
        except Exception as e:  # noqa: BLE001
            err(stem, f"JSON does not parse: {e}")
            continue
        for key in ("report", "city", "year", "entities", "relations"):
            if key not in g:
                err(stem, f"missing key {key}")
        if g.get("report") != stem:
            err(stem, f"report {g.get('report')!r} != file stem")
        if not isinstance(g.get("year"), int) or not 1990 <= g["year"] <= 2030:
            err(stem, f"bad report year {g.get('year')!r}")

        ents = {}
        for k, e in enumerate(g.get("entities", [])):
            w = f"{stem} entity[{k}]"
            kind, name = e.get("kind"), e.get("name")
            if kind not in ENTITY_KINDS:
                err(w, f"bad kind {kind!r}")
                continue
            if not isinstance(name, str) or not name.strip():
                err(w, "missing name")
                continue
            if name in ents:
                err(w, f"duplicate entity name {name!r}")
            ents[name] = e
            if kind == "City" and not re.fullmatch(r"[A-Z]{2}", str(e.get("country"))):
                err(w, f"City {name} without ISO2 country")
            if kind == "Region" and not re.fullmatch(r"[A-Z]{2}", str(e.get("country"))):
                err(w, f"Region {name} without ISO2 country")
            if kind == "Country" and not re.fullmatch(r"[A-Z]{2}", str(e.get("iso2"))):
                err(w, f"Country {name} without iso2")
        for name, e in ents.items():
            if e["kind"] == "Institution":
                c = e.get("city")
                if c is not None and ents.get(c, {}).get("kind") != "City":
                    err(stem, f"Institution {name}: city {c!r} is not a declared City")
                r = e.get("region")
                if r is not None and ents.get(r, {}).get("kind") != "Region":
                    err(stem, f"Institution {name}: region {r!r} is not a declared Region")
        if ents.get(g.get("city"), {}).get("kind") != "City":
            err(stem, f"report city {g.get('city')!r} is not a declared City")

        seen = set()
        used = Counter()
        for k, r in enumerate(g.get("relations", [])):
            kind = r.get("kind")
            w = f"{stem} rel[{k}] {kind}"
            totals[kind] += 1
            if kind in UNDIRECTED:
                s, t = r.get("a"), r.get("b")
                if "from" in r or "to" in r:
                    err(w, "undirected relation uses from/to")
            elif kind in DIRECTED:
                s, t = r.get("from"), r.get("to")
                if "a" in r or "b" in r:
                    err(w, "directed relation uses a/b")
            else:
                err(w, "unknown relation kind")
                continue
            es, et = ents.get(s), ents.get(t)
            if es is None:
                err(w, f"end {s!r} is not a declared entity")
            if et is None:
                err(w, f"end {t!r} is not a declared entity")
            if es is None or et is None:
                continue
            used[s] += 1
            used[t] += 1
            if s == t:
                err(w, "relation from an entity to itself")
            if kind == "LOCATED_IN":
                if (es["kind"], et["kind"]) not in LOCATED_IN_PAIRS:
                    err(w, f"LOCATED_IN {es['kind']}->{et['kind']} not allowed")
                if es["kind"] in ("City", "Region") and et["kind"] == "Country" and es.get("country") != et.get("iso2"):
                    err(w, f"{s} has country {es.get('country')} but LOCATED_IN {t} ({et.get('iso2')})")
                if es["kind"] == "City" and et["kind"] == "Region" and es.get("country") != et.get("country"):
                    err(w, f"{s} ({es.get('country')}) in Region {t} ({et.get('country')})")
                if es["kind"] == "Institution" and es.get("city") != t:
                    err(w, f"Institution {s} has city {es.get('city')!r} but LOCATED_IN {t}")
                if r.get("year") is not None or r.get("month") is not None:
                    err(w, "LOCATED_IN with year/month")
            else:
                src_ok, tgt_ok = ALLOWED[kind]
                if kind in UNDIRECTED:
                    tgt_ok = src_ok
                if es["kind"] not in src_ok:
                    err(w, f"source {s} is a {es['kind']}")
                if et["kind"] not in tgt_ok:
                    err(w, f"target {t} is a {et['kind']}")
            if kind == "AGREEMENT":
                if r.get("status") not in ("signed", "planned"):
                    err(w, f"AGREEMENT status {r.get('status')!r}")
            elif r.get("status") is not None:
                err(w, "status on a non-AGREEMENT relation")
            y, m = r.get("year", "missing"), r.get("month", "missing")
            if y == "missing" or m == "missing":
                err(w, "year and month must be present (null allowed)")
            else:
                if y is not None and (not isinstance(y, int) or not 1900 <= y <= 2030):
                    err(w, f"bad year {y!r}")
                if m is not None and (not isinstance(m, int) or not 1 <= m <= 12):
                    err(w, f"bad month {m!r}")
                if m is not None and y is None and kind != "HELD_IN":
                    err(w, "month without year")
            check_quote(w, text, r.get("quote"))
            for aq in r.get("alt_quotes", []) or []:
                check_quote(w + " alt", text, aq)
            ends = (s, t) if kind in DIRECTED else tuple(sorted((s, t)))
            key = (kind, ends, r.get("year"), r.get("month"), r.get("status"), r.get("quote"))
            if key in seen:
                err(w, "duplicate relation")
            seen.add(key)
            if kind == "LOCATED_IN":
                if ("LI",) + ends in seen:
                    err(w, "LOCATED_IN pair annotated twice")
                seen.add(("LI",) + ends)
        for name, e in ents.items():
            if used[name] == 0 and name != g.get("city"):
                warn(stem, f"entity {name!r} is in no relation")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("relations per kind:", dict(sorted(totals.items())), "total", sum(totals.values()))
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
