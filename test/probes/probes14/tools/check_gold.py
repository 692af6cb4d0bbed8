#!/usr/bin/env python3
"""Checks probes14: every gold JSON parses, quotes are verbatim full sentences,
relation ends are declared entities with the right kinds, AGREEMENTs have a status.
Usage: python3 tools/check_gold.py   (exit code 0 = pass)"""
import json, os, re, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS_UNDIR = {'TWIN', 'AGREEMENT', 'PARTNER', 'CONTACT'}
KINDS_DIR = {'VISIT', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN'}
PLACE = {'City', 'Region', 'Country'}
errors, warnings = [], []


def err(stem, msg):
    errors.append(f'{stem}: {msg}')


def warn(stem, msg):
    warnings.append(f'{stem}: {msg}')


def full_sentence(text, quote):
    """True if some occurrence of quote starts a sentence/line and ends one."""
    for m in re.finditer(re.escape(quote), text):
        i, j = m.start(), m.end()
        before = text[max(0, i - 2):i]
        start_ok = (i == 0 or text[i - 1] == '\n' or re.search(r'[.!?»]\s$', before) is not None
                    or re.search(r'\n— $', text[max(0, i - 3):i]) is not None)  # dialogue line
        after = text[j:j + 1]
        end_ok = quote[-1] in '.!?;:' or after in ('', '\n')
        if start_ok and end_ok:
            return True
    return False


texts = sorted(f[:-4] for f in os.listdir(os.path.join(BASE, 'texts')) if f.endswith('.txt'))
golds = sorted(f[:-5] for f in os.listdir(os.path.join(BASE, 'gold')) if f.endswith('.json'))
if texts != golds:
    err('*', f'texts and gold differ: {set(texts) ^ set(golds)}')

counts = {}
for stem in texts:
    tpath = os.path.join(BASE, 'texts', stem + '.txt')
    raw = open(tpath, 'rb').read()
    try:
        text = raw.decode('utf-8')
    except UnicodeDecodeError as e:
        err(stem, f'text is not UTF-8: {e}'); continue
    if not 2000 <= len(raw) <= 4500:
        err(stem, f'text size {len(raw)} bytes outside 2000-4500')
    gpath = os.path.join(BASE, 'gold', stem + '.json')
    if not os.path.exists(gpath):
        continue
    try:
        g = json.load(open(gpath, encoding='utf-8'))
    except Exception as e:
        err(stem, f'JSON does not parse: {e}'); continue
    for k in ('report', 'city', 'year', 'entities', 'relations'):
        if k not in g:
            err(stem, f'missing top-level key {k}')
    if g.get('report') != stem:
        err(stem, f'report field {g.get("report")!r} != file stem')
    ents = {}
    for e in g.get('entities', []):
        if e.get('kind') not in PLACE | {'Institution', 'Event', 'Person'} or not e.get('name'):
            err(stem, f'bad entity {e}'); continue
        if e['name'] in ents:
            err(stem, f'entity declared twice: {e["name"]}')
        ents[e['name']] = e
        if e['kind'] == 'Country' and not re.fullmatch(r'[A-Z]{2}', e.get('iso2') or ''):
            err(stem, f'country without iso2: {e}')
        if e['kind'] == 'City' and not re.fullmatch(r'[A-Z]{2}', e.get('country') or ''):
            err(stem, f'city without ISO2 country: {e}')
        if e['kind'] == 'Institution' and e.get('city') is not None and e['city'] not in ents and \
                e['city'] not in {x.get('name') for x in g['entities']}:
            err(stem, f'institution city not declared: {e}')
    rc = g.get('city')
    if rc not in ents or ents[rc]['kind'] != 'City':
        err(stem, f'report city {rc!r} is not a declared City')
    seen = set()
    for n, r in enumerate(g.get('relations', [])):
        kind = r.get('kind')
        tag = f'rel #{n} {kind}'
        if kind in KINDS_UNDIR:
            ends = (r.get('a'), r.get('b'))
            if 'from' in r or 'to' in r:
                err(stem, f'{tag}: undirected relation uses from/to')
        elif kind in KINDS_DIR:
            ends = (r.get('from'), r.get('to'))
            if 'a' in r or 'b' in r:
                err(stem, f'{tag}: directed relation uses a/b')
        else:
            err(stem, f'{tag}: unknown kind'); continue
        for x in ends:
            if x not in ents:
                err(stem, f'{tag}: end {x!r} is not a declared entity')
        if ends[0] == ends[1]:
            err(stem, f'{tag}: both ends are {ends[0]!r}')
        k0 = ents.get(ends[0], {}).get('kind'); k1 = ents.get(ends[1], {}).get('kind')
        if kind in ('TWIN', 'PARTNER') and not (k0 == 'City' and k1 == 'City'):
            err(stem, f'{tag}: TWIN/PARTNER between non-cities {ends}')
        if kind == 'VISIT' and not (k0 in PLACE and k1 == 'City'):
            err(stem, f'{tag}: VISIT ends should be place -> City {ends}')
        if kind == 'PARTICIPATED_IN' and not (k0 in ('City', 'Region', 'Institution') and k1 == 'Event'):
            err(stem, f'{tag}: PARTICIPATED_IN should be party -> Event {ends}')
        if kind == 'HELD_IN' and not (k0 == 'Event' and k1 == 'City'):
            err(stem, f'{tag}: HELD_IN should be Event -> City {ends}')
        if kind == 'LOCATED_IN' and (k0, k1) not in {('Institution', 'City'), ('City', 'Region'), ('City', 'Country'), ('Region', 'Country')}:
            err(stem, f'{tag}: LOCATED_IN kinds {k0}->{k1} not allowed')
        if kind == 'LOCATED_IN' and k0 == 'City' and k1 == 'Country' and ents[ends[0]].get('country') != ents[ends[1]].get('iso2'):
            err(stem, f'{tag}: city country {ents[ends[0]].get("country")} != {ents[ends[1]].get("iso2")}')
        if kind == 'AGREEMENT' and r.get('status') not in ('signed', 'planned'):
            err(stem, f'{tag}: AGREEMENT without status signed/planned')
        if kind != 'AGREEMENT' and 'status' in r and kind != 'TWIN':
            warn(stem, f'{tag}: status on non-AGREEMENT')
        for f in ('year', 'month'):
            if f not in r:
                err(stem, f'{tag}: missing {f}')
        y, m = r.get('year'), r.get('month')
        if y is not None and not (isinstance(y, int) and 1900 <= y <= 2030):
            err(stem, f'{tag}: bad year {y}')
        if m is not None and not (isinstance(m, int) and 1 <= m <= 12):
            err(stem, f'{tag}: bad month {m}')
        if kind in ('LOCATED_IN', 'PARTNER') and (y is not None or m is not None):
            warn(stem, f'{tag}: year/month on {kind}')
        quotes = [('quote', r.get('quote'))] + [('alt_quote', a) for a in r.get('alt_quotes', [])]
        if not r.get('quote'):
            err(stem, f'{tag}: no quote')
        for label, q in quotes:
            if not isinstance(q, str) or q not in text:
                err(stem, f'{tag}: {label} not a verbatim substring: {str(q)[:70]!r}')
            elif not full_sentence(text, q):
                err(stem, f'{tag}: {label} is not a full sentence/line: {q[:70]!r}')
        key = (kind, frozenset(ends) if kind in KINDS_UNDIR else ends, y, m)
        if key in seen:
            (warn if kind == 'AGREEMENT' else err)(stem, f'{tag}: duplicate relation {key}')
        seen.add(key)
        counts[kind] = counts.get(kind, 0) + 1
    used = {x for r in g.get('relations', []) for x in (r.get('a'), r.get('b'), r.get('from'), r.get('to')) if x}
    for name, e in ents.items():
        if name not in used and name != rc and e['kind'] != 'Person':
            warn(stem, f'entity {name!r} ({e["kind"]}) takes part in no relation')

for w in warnings:
    print('WARN ', w)
for e in errors:
    print('ERROR', e)
print(f'{len(texts)} texts, {sum(counts.values())} relations:', dict(sorted(counts.items())))
print('RESULT:', 'FAIL' if errors else 'PASS', f'({len(errors)} errors, {len(warnings)} warnings)')
sys.exit(1 if errors else 0)
