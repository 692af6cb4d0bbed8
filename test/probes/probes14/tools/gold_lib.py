"""Small helpers used by build_gold.py to write gold/<stem>.json in the seed gold format."""
import json, os

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class Doc:
    def __init__(self, stem, city, year):
        self.stem, self.report_city, self.year = stem, city, year
        self.text = open(os.path.join(BASE, 'texts', stem + '.txt'), encoding='utf-8').read()
        self.entities, self.relations = [], []

    # ---- quotes -------------------------------------------------------
    def q(self, spec):
        """spec is either the literal sentence or a (start, end) pair: the text from the
        first occurrence of start up to and including the first later occurrence of end."""
        if isinstance(spec, str):
            if spec not in self.text:
                raise ValueError(f'{self.stem}: quote not found: {spec[:80]}')
            return spec
        start, end = spec
        i = self.text.find(start)
        if i < 0:
            raise ValueError(f'{self.stem}: start not found: {start}')
        j = self.text.find(end, i)
        if j < 0:
            raise ValueError(f'{self.stem}: end not found after start: {end}')
        return self.text[i:j + len(end)]

    # ---- entities -----------------------------------------------------
    def city(self, name, country, **kw):
        self.entities.append(dict(kind='City', name=name, country=country, **kw))

    def region(self, name, country, **kw):
        self.entities.append(dict(kind='Region', name=name, country=country, **kw))

    def country(self, name, iso2):
        self.entities.append(dict(kind='Country', name=name, iso2=iso2))

    def inst(self, name, city, **kw):
        self.entities.append(dict(kind='Institution', name=name, city=city, **kw))

    def event(self, name, **kw):
        self.entities.append(dict(kind='Event', name=name, **kw))

    # ---- relations ----------------------------------------------------
    def _rel(self, kind, ends, year, month, quote, status=None, note=None, alt=None):
        r = dict(kind=kind)
        r.update(ends)
        r['year'] = year
        r['month'] = month
        if status is not None:
            r['status'] = status
        r['quote'] = self.q(quote)
        if note:
            r['note'] = note
        if alt:
            r['alt_quotes'] = [self.q(a) for a in alt]
        self.relations.append(r)

    def twin(self, a, b, year, month, quote, **kw):
        self._rel('TWIN', dict(a=a, b=b), year, month, quote, **kw)

    def agr(self, a, b, year, month, status, quote, **kw):
        self._rel('AGREEMENT', dict(a=a, b=b), year, month, quote, status=status, **kw)

    def partner(self, a, b, quote, **kw):
        self._rel('PARTNER', dict(a=a, b=b), None, None, quote, **kw)

    def contact(self, a, b, year, month, quote, **kw):
        self._rel('CONTACT', dict(a=a, b=b), year, month, quote, **kw)

    def visit(self, frm, to, year, month, quote, **kw):
        self._rel('VISIT', {'from': frm, 'to': to}, year, month, quote, **kw)

    def part(self, frm, to, year, month, quote, **kw):
        self._rel('PARTICIPATED_IN', {'from': frm, 'to': to}, year, month, quote, **kw)

    def held(self, frm, to, year, month, quote, **kw):
        self._rel('HELD_IN', {'from': frm, 'to': to}, year, month, quote, **kw)

    def loc(self, frm, to, quote, **kw):
        self._rel('LOCATED_IN', {'from': frm, 'to': to}, None, None, quote, **kw)

    def write(self):
        kinds = ['TWIN', 'AGREEMENT', 'PARTNER', 'CONTACT', 'VISIT', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN']
        rels = sorted(self.relations, key=lambda r: kinds.index(r['kind']))
        out = dict(report=self.stem, city=self.report_city, year=self.year,
                   entities=self.entities, relations=rels)
        with open(os.path.join(BASE, 'gold', self.stem + '.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write('\n')
