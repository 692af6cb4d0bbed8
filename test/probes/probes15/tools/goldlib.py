"""Authoring helpers for probes15 gold: expand a unique fragment to its full sentence and emit seed-format JSON."""
import json, re, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ABBR = {"г", "им", "ул", "д", "т", "см", "стр", "тел"}

COUNTRIES = {
    "RU": "Россия", "MN": "Монголия", "CN": "Китай", "BY": "Беларусь", "KZ": "Казахстан",
    "UZ": "Узбекистан", "KG": "Киргизия", "VN": "Вьетнам", "RS": "Сербия", "CU": "Куба",
    "TR": "Турция", "IN": "Индия",
}
ISO_BY_NAME = {v: k for k, v in COUNTRIES.items()}


def _is_boundary(text, i):
    """True if text[i] is sentence-final punctuation ending a sentence."""
    ch = text[i]
    if ch not in ".!?…":
        return False
    nxt = text[i + 1] if i + 1 < len(text) else "\n"
    if nxt not in " \n\t":
        return False
    if ch == ".":
        m = re.search(r"([A-Za-zА-Яа-яЁё]+)$", text[:i])
        word = m.group(1) if m else ""
        if len(word) == 1 and word.isupper():      # initial: А.С. Ковалёва
            return False
        if word.lower() in ABBR:                     # г. Минск, им. Кастеева
            return False
    line_start = text.rfind("\n", 0, i) + 1
    seg = text[line_start:i]
    if seg.count("«") > seg.count("»"):            # inside a «quoted title»
        return False
    # the next non-space char should start a sentence
    j = i + 1
    while j < len(text) and text[j] in " \t":
        j += 1
    if j < len(text) and text[j] != "\n" and text[j].islower():
        return False
    return True


def sentence(text, frag):
    n = text.count(frag)
    if n != 1:
        raise ValueError(f"fragment occurs {n} times: {frag!r}")
    p = text.index(frag)
    s = p
    while s > 0 and text[s - 1] != "\n" and not _is_boundary(text, s - 1):
        s -= 1
    while text[s] == " ":
        s += 1
    e = p + len(frag)
    if e > p and _is_boundary(text, e - 1):
        return text[s:e].rstrip()
    while e < len(text) and text[e] != "\n" and not _is_boundary(text, e):
        e += 1
    if e < len(text) and text[e] != "\n":
        e += 1
    return text[s:e].rstrip()


class Gold:
    def __init__(self, stem, city, year):
        self.stem, self.city, self.year = stem, city, year
        self.text = open(os.path.join(ROOT, "texts", stem + ".txt"), encoding="utf-8").read()
        self.ents = {}
        self.rels = []

    # --- entities
    def city_(self, name, iso, note=None):
        self.ents[name] = {"kind": "City", "name": name, "country": iso, **({"note": note} if note else {})}
    def region(self, name, iso, note=None):
        self.ents[name] = {"kind": "Region", "name": name, "country": iso, **({"note": note} if note else {})}
    def country(self, iso):
        self.ents[COUNTRIES[iso]] = {"kind": "Country", "name": COUNTRIES[iso], "iso2": iso}
    def inst(self, name, city, aliases=None, note=None):
        e = {"kind": "Institution", "name": name, "city": city}
        if aliases: e["aliases"] = aliases
        if note: e["note"] = note
        self.ents[name] = e
    def event(self, name, aliases=None, note=None):
        e = {"kind": "Event", "name": name}
        if aliases: e["aliases"] = aliases
        if note: e["note"] = note
        self.ents[name] = e

    # --- relations
    def _rel(self, kind, ends, year, month, frag, status=None, note=None, alt=None):
        r = {"kind": kind, **ends, "year": year, "month": month}
        if kind == "AGREEMENT":
            r["status"] = status
        r["quote"] = sentence(self.text, frag)
        if note: r["note"] = note
        if alt: r["alt_quotes"] = [sentence(self.text, a) for a in alt]
        self.rels.append(r)
    def twin(self, a, b, year, month, frag, **kw): self._rel("TWIN", {"a": a, "b": b}, year, month, frag, **kw)
    def agr(self, a, b, year, month, status, frag, **kw): self._rel("AGREEMENT", {"a": a, "b": b}, year, month, frag, status=status, **kw)
    def partner(self, a, b, frag, **kw): self._rel("PARTNER", {"a": a, "b": b}, None, None, frag, **kw)
    def contact(self, a, b, year, month, frag, **kw): self._rel("CONTACT", {"a": a, "b": b}, year, month, frag, **kw)
    def visit(self, f, t, year, month, frag, **kw): self._rel("VISIT", {"from": f, "to": t}, year, month, frag, **kw)
    def part(self, f, ev, year, month, frag, **kw): self._rel("PARTICIPATED_IN", {"from": f, "to": ev}, year, month, frag, **kw)
    def held(self, ev, c, year, month, frag, **kw): self._rel("HELD_IN", {"from": ev, "to": c}, year, month, frag, **kw)
    def loc(self, f, t, frag, **kw): self._rel("LOCATED_IN", {"from": f, "to": t}, None, None, frag, **kw)

    def write(self):
        order = {"City": 0, "Region": 1, "Country": 2, "Institution": 3, "Event": 4}
        used = [r.get(k) for r in self.rels for k in ("a", "b", "from", "to")]
        for n in used:
            if n and n not in self.ents:
                if n in ISO_BY_NAME:
                    self.country(ISO_BY_NAME[n])
                else:
                    raise KeyError(f"{self.stem}: undeclared entity {n!r}")
        ents = sorted(self.ents.values(), key=lambda e: order[e["kind"]])
        kord = ["TWIN", "AGREEMENT", "PARTNER", "CONTACT", "VISIT", "PARTICIPATED_IN", "HELD_IN", "LOCATED_IN"]
        rels = sorted(self.rels, key=lambda r: kord.index(r["kind"]))
        out = {"report": self.stem, "city": self.city, "year": self.year, "entities": ents, "relations": rels}
        with open(os.path.join(ROOT, "gold", self.stem + ".json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        return out
