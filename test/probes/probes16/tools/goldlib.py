"""Helpers used to write the gold files of probes16.

sentence(text, snippet) returns the full sentence of `text` that contains the
unique `snippet`; the gold quotes are produced with it, then frozen in gold/*.json.
"""
import json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DIRECTED = {"VISIT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"}
ABBR = {"им", "г", "гг", "ул", "т", "д", "р"}


def _is_boundary(text, i):
    """True when a sentence ends at text[i] (a . ! ? or …)."""
    if text[i] not in ".!?…":
        return False
    line_start = text.rfind("\n", 0, i) + 1
    seg = text[line_start:i]
    if seg.count("«") > seg.count("»"):
        return False  # inside a «quoted name.»
    j = i + 1
    while j < len(text) and text[j] in "»\")":
        j += 1
    if j >= len(text) or text[j] == "\n":
        return True
    if text[j] != " ":
        return False
    k = j
    while k < len(text) and text[k] == " ":
        k += 1
    if k >= len(text) or text[k] == "\n":
        return True
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in "«\"—"):
        return False
    if text[i] == ".":
        m = re.search(r"(\w+)$", text[:i])
        if m:
            w = m.group(1)
            if len(w) == 1 and w.isupper():
                return False  # initial: В.Н. Татищева
            if w.lower() in ABBR:
                return False
    return True


def sentence(text, snippet):
    n = text.count(snippet)
    if n != 1:
        raise ValueError(f"snippet occurs {n} times: {snippet!r}")
    p = text.index(snippet)
    # left edge
    s = p
    while s > 0:
        if text[s - 1] == "\n":
            break
        if text[s - 1] == " " and s >= 2:
            q = s - 1
            while q > 0 and text[q - 1] == " ":
                q -= 1
            if q > 0 and _is_boundary(text, q - 1) and not (text[q - 1] in "»\")"):
                break
            # boundary after closing quote/bracket
            r = q - 1
            while r > 0 and text[r] in "»\")":
                r -= 1
            if r < q - 1 and _is_boundary(text, r):
                break
        s -= 1
    # strip list markers and interview dashes
    while text[s] in "•-– —" and s < p:
        s += 1
    # right edge
    e = p + len(snippet) - 1
    while e < len(text) - 1 and not _is_boundary(text, e) and text[e + 1] != "\n":
        e += 1
    if _is_boundary(text, e):
        while e + 1 < len(text) and text[e + 1] in "»\")":
            e += 1
    return text[s:e + 1].strip()


class Gold:
    def __init__(self, stem, city, year):
        self.stem, self.city, self.year = stem, city, year
        self.text = open(os.path.join(ROOT, "texts", stem + ".txt"), encoding="utf-8").read()
        self.entities, self.relations = [], []

    # entities
    def city_(self, name, country, **kw):
        self.entities.append(dict(kind="City", name=name, country=country, **kw))

    def region(self, name, country, **kw):
        self.entities.append(dict(kind="Region", name=name, country=country, **kw))

    def country(self, name, iso2):
        self.entities.append(dict(kind="Country", name=name, iso2=iso2))

    def inst(self, name, city, **kw):
        self.entities.append(dict(kind="Institution", name=name, city=city, **kw))

    def event(self, name, **kw):
        self.entities.append(dict(kind="Event", name=name, **kw))

    # relations
    def rel(self, kind, x, y, year, month, snippet, status=None, alt=None, note=None):
        r = {"kind": kind}
        if kind in DIRECTED:
            r["from"], r["to"] = x, y
        else:
            r["a"], r["b"] = x, y
        r["year"], r["month"] = year, month
        if kind == "AGREEMENT":
            r["status"] = status
        elif status is not None:
            raise ValueError("status on " + kind)
        r["quote"] = sentence(self.text, snippet)
        if alt:
            r["alt_quotes"] = [sentence(self.text, a) for a in alt]
        if note:
            r["note"] = note
        self.relations.append(r)

    def write(self):
        out = {"report": self.stem, "city": self.city, "year": self.year,
               "entities": self.entities, "relations": self.relations}
        path = os.path.join(ROOT, "gold", self.stem + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return path
