// Scoring an extraction against gold (import/eval/score.ts) and formatting the result (import/eval/report.ts).
import { describe, expect, it } from 'vitest';
import type { Entity, Extraction, ExtractedRelation } from '../../../import/extract/types.js';
import type { EntityKind, RelationKind } from '../../../neo4j/model/kinds.js';
import { aggregate, kindScore } from '../../../import/eval/metrics.js';
import { score } from '../../../import/eval/score.js';
import type { GoldEntity, GoldRelation, GoldReport } from '../../../import/eval/gold.js';
import { fmt, formatErrors, formatReport, formatSummary, toJson, trimQuote } from '../../../import/eval/report.js';

// ---- tiny builders -------------------------------------------------------------------------------------------

const ent = (kind: EntityKind, name: string, aliases?: string[]): Entity => ({
  id: `${kind.toLowerCase()}:${name}`,
  kind,
  name,
  ...(aliases ? { aliases } : {}),
});
const C = (name: string) => ent('City', name);
const I = (name: string, aliases?: string[]) => ent('Institution', name, aliases);
const E = (name: string, aliases?: string[]) => ent('Event', name, aliases);

function rel(
  kind: RelationKind,
  source: Entity,
  target: Entity,
  year: number | null = 2023,
  extra: Partial<ExtractedRelation> = {},
): ExtractedRelation {
  return {
    kind,
    source: source.id,
    target: target.id,
    year,
    month: null,
    status: kind === 'AGREEMENT' ? 'signed' : null,
    confidence: 0.9,
    evidence: { quote: `${source.name} ${kind} ${target.name}`, start: 0, end: 10 },
    ...extra,
  };
}

/** An extraction whose entities are gathered from its relations' endpoints (plus any extra entities). */
function extraction(rels: Array<[ExtractedRelation, Entity, Entity]>, extraEntities: Entity[] = []): Extraction {
  const entities = new Map<string, Entity>();
  for (const [, a, b] of rels) {
    entities.set(a.id, a);
    entities.set(b.id, b);
  }
  for (const e of extraEntities) entities.set(e.id, e);
  return {
    report: { id: 'r-1', file: 'omsk-2023.txt', city: 'Омск', year: 2023, sha256: 'x' },
    text: '',
    entities: [...entities.values()],
    relations: rels.map(([r]) => r),
  };
}
const R = (kind: RelationKind, a: Entity, b: Entity, year: number | null = 2023, extra: Partial<ExtractedRelation> = {}) =>
  [rel(kind, a, b, year, extra), a, b] as [ExtractedRelation, Entity, Entity];

const UNDIRECTED = new Set(['TWIN', 'AGREEMENT', 'PARTNER', 'CONTACT']);
function g(kind: RelationKind, x: string, y: string, year: number | null = 2023, extra: Partial<GoldRelation> = {}): GoldRelation {
  const ends = UNDIRECTED.has(kind) ? { a: x, b: y } : { from: x, to: y };
  return { kind, ...ends, year, month: null, quote: `${x} ${kind} ${y}`, ...(kind === 'AGREEMENT' ? { status: 'signed' } : {}), ...extra };
}
function gold(relations: GoldRelation[], entities: GoldEntity[] = [], report = 'omsk-2023'): GoldReport {
  return { report, city: 'Омск', year: 2023, entities, relations };
}

const omsk = C('Омск');
const gomel = C('Гомель');
const minsk = C('Минск');

// ---- table-driven cases ----------------------------------------------------------------------------------------

interface Case {
  name: string;
  gold: GoldReport;
  extraction: Extraction;
  kind: RelationKind;
  tp: number;
  fp: number;
  fn: number;
}

const cases: Case[] = [
  {
    name: 'exact match',
    gold: gold([g('TWIN', 'Омск', 'Гомель')]),
    extraction: extraction([R('TWIN', omsk, gomel)]),
    kind: 'TWIN',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'undirected pair in the other order',
    gold: gold([g('AGREEMENT', 'Гомель', 'Омск')]),
    extraction: extraction([R('AGREEMENT', omsk, gomel)]),
    kind: 'AGREEMENT',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'directed pair in the other order is wrong and missed',
    gold: gold([g('VISIT', 'Омск', 'Гомель')]),
    extraction: extraction([R('VISIT', gomel, omsk)]),
    kind: 'VISIT',
    tp: 0,
    fp: 1,
    fn: 1,
  },
  {
    name: 'kind must be equal',
    gold: gold([g('TWIN', 'Омск', 'Гомель')]),
    extraction: extraction([R('PARTNER', omsk, gomel)]),
    kind: 'TWIN',
    tp: 0,
    fp: 0,
    fn: 1,
  },
  {
    name: 'city names are exact (ё folded only)',
    gold: gold([g('VISIT', 'Омск', 'Могилёв'), g('VISIT', 'Омск', 'Гомель')]),
    extraction: extraction([R('VISIT', omsk, C('Могилев')), R('VISIT', omsk, C('гомель'))]),
    kind: 'VISIT',
    tp: 1,
    fp: 1,
    fn: 1,
  },
  {
    name: 'institution: quotes, case, ё and word order aside',
    gold: gold(
      [g('AGREEMENT', 'Союз «Торгово-промышленная палата Омской области»', 'Корпорация «РАТА»')],
      [
        { kind: 'Institution', name: 'Союз «Торгово-промышленная палата Омской области»' },
        { kind: 'Institution', name: 'Корпорация «РАТА»' },
      ],
    ),
    extraction: extraction([
      R('AGREEMENT', I('корпорация "Рата"'), I('Торгово-промышленная палата Омской области Союз')),
    ]),
    kind: 'AGREEMENT',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'institution: containment with ≥3 words',
    gold: gold([g('AGREEMENT', 'Омские муниципальные библиотеки', 'Стаханов')], [{ kind: 'Institution', name: 'Омские муниципальные библиотеки' }]),
    extraction: extraction([R('AGREEMENT', I('БОУ города Омска «Омские муниципальные библиотеки»'), C('Стаханов'))]),
    kind: 'AGREEMENT',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'institution: predicted alias counts',
    gold: gold([g('CONTACT', 'Омск', 'Дом-музей им. Павла Васильева')]),
    extraction: extraction([R('CONTACT', omsk, I('Дом-музей Павла Васильева', ['Дом-музей им. Павла Васильева']))]),
    kind: 'CONTACT',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'institution: gold alias counts',
    gold: gold(
      [g('LOCATED_IN', 'Урумчийский Профессиональный Университет', 'Урумчи', null)],
      [{ kind: 'Institution', name: 'Урумчийский Профессиональный Университет', aliases: ['Урумчинский профессиональный университет'] }],
    ),
    extraction: extraction([R('LOCATED_IN', I('Урумчинский профессиональный университет'), C('Урумчи'), null)]),
    kind: 'LOCATED_IN',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'event matched loosely',
    gold: gold(
      [g('HELD_IN', 'Международный фестиваль живописи и графики «На своей Земле»', 'Минск')],
      [{ kind: 'Event', name: 'Международный фестиваль живописи и графики «На своей Земле»' }],
    ),
    extraction: extraction([R('HELD_IN', E('международный фестиваль живописи и графики "На своей земле"'), minsk)]),
    kind: 'HELD_IN',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'gold city vs predicted institution of the same name',
    gold: gold([g('CONTACT', 'Омск', 'Гомель')]),
    extraction: extraction([R('CONTACT', I('Омск'), gomel)]),
    kind: 'CONTACT',
    tp: 1,
    fp: 0,
    fn: 0,
  },
  {
    name: 'multiplicity: two gold, one predicted',
    gold: gold([g('AGREEMENT', 'Омск', 'Маньчжурия', 2016), g('AGREEMENT', 'Омск', 'Маньчжурия', 2016)]),
    extraction: extraction([R('AGREEMENT', omsk, C('Маньчжурия'), 2016)]),
    kind: 'AGREEMENT',
    tp: 1,
    fp: 0,
    fn: 1,
  },
  {
    name: 'multiplicity: one gold, two predicted',
    gold: gold([g('CONTACT', 'Омск', 'Гомель', 2023, { month: 11 })]),
    extraction: extraction([R('CONTACT', omsk, gomel, 2023, { month: 11 }), R('CONTACT', gomel, omsk, 2023, { month: 12 })]),
    kind: 'CONTACT',
    tp: 1,
    fp: 1,
    fn: 0,
  },
  {
    name: 'unresolved endpoint id matches nothing',
    gold: gold([g('TWIN', 'Омск', 'Гомель')]),
    extraction: { ...extraction([R('TWIN', omsk, gomel)]), entities: [] },
    kind: 'TWIN',
    tp: 0,
    fp: 1,
    fn: 1,
  },
];

describe('score: matching', () => {
  it.each(cases)('$name', ({ gold: gd, extraction: ex, kind, tp, fp, fn }) => {
    const r = score(gd, ex);
    expect(r.kinds[kind]).toMatchObject({ tp, fp, fn });
    expect(r.misses.filter((m) => m.kind === kind)).toHaveLength(fn);
    expect(r.wrongs.filter((w) => w.kind === kind)).toHaveLength(fp);
    expect(r.matched.filter((m) => m.kind === kind)).toHaveLength(tp);
  });

  it('multiplicity pairs the prediction with the gold item of the same month', () => {
    const r = score(
      gold([g('CONTACT', 'Омск', 'Гомель', 2023, { month: 11 }), g('CONTACT', 'Омск', 'Гомель', 2023, { month: 12 })]),
      extraction([R('CONTACT', omsk, gomel, 2023, { month: 12 })]),
    );
    expect(r.matched[0]!.gold.month).toBe(12);
    expect(r.misses[0]!.month).toBe(11);
  });

  it('reports unresolved ids and the names of wrong relations', () => {
    const r = score(gold([]), { ...extraction([R('TWIN', omsk, gomel)]), entities: [omsk] });
    expect(r.unresolvedIds).toEqual(['city:Гомель']);
    expect(r.wrongs[0]!.names).toEqual({ first: 'Омск', second: 'city:Гомель' });
  });
});

describe('score: metrics', () => {
  it('computes P/R/F1 per kind and micro', () => {
    const r = score(
      gold([g('TWIN', 'Омск', 'Гомель'), g('TWIN', 'Омск', 'Минск'), g('VISIT', 'Омск', 'Гомель'), g('PARTNER', 'Омск', 'Минск')]),
      extraction([R('TWIN', omsk, gomel), R('VISIT', omsk, gomel), R('VISIT', omsk, minsk), R('CONTACT', omsk, minsk)]),
    );
    expect(r.kinds.TWIN).toEqual({ gold: 2, predicted: 1, tp: 1, fp: 0, fn: 1, precision: 1, recall: 0.5, f1: 2 / 3 });
    expect(r.kinds.VISIT).toMatchObject({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(r.core).toMatchObject({ gold: 3, predicted: 3, tp: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(r.all).toMatchObject({ gold: 4, predicted: 4, tp: 2, f1: 0.5 });
    expect(r.kinds.PARTNER).toMatchObject({ precision: null, recall: 0, f1: 0 });
    expect(r.kinds.CONTACT).toMatchObject({ precision: 0, recall: null, f1: 0 });
  });

  it("shows '—' for a kind with no gold and no prediction", () => {
    const r = score(gold([g('TWIN', 'Омск', 'Гомель')]), extraction([R('TWIN', omsk, gomel)]));
    expect(Object.keys(r.kinds)).toEqual(['TWIN', 'AGREEMENT', 'VISIT', 'PARTNER', 'CONTACT', 'PARTICIPATED_IN', 'HELD_IN', 'LOCATED_IN']);
    expect(r.kinds.HELD_IN).toEqual(kindScore(0, 0, 0));
    expect(r.kinds.HELD_IN).toMatchObject({ precision: null, recall: null, f1: null });
    const line = formatSummary(r).split('\n').find((l) => l.startsWith('HELD_IN'))!;
    expect(line.trim().split(/\s+/)).toEqual(['HELD_IN', '0', '0', '0', '—', '—', '—']);
    expect(fmt(null)).toBe('—');
  });

  it('an empty report scores — everywhere', () => {
    const r = score(gold([]), extraction([]));
    expect(r.core.f1).toBeNull();
    expect(r.all.f1).toBeNull();
    expect(r.year.share).toBeNull();
  });

  it('year accuracy over matched relations (both null is correct)', () => {
    const r = score(
      gold([g('TWIN', 'Омск', 'Гомель', null), g('VISIT', 'Омск', 'Гомель', 2023), g('VISIT', 'Омск', 'Минск', 2023), g('VISIT', 'Омск', 'Бургас', 2023)]),
      extraction([R('TWIN', omsk, gomel, null), R('VISIT', omsk, gomel, 2023), R('VISIT', omsk, minsk, 2022)]),
    );
    expect(r.year).toEqual({ correct: 2, total: 3, share: 2 / 3 });
    expect(r.matched.find((m) => m.names.second === 'Минск')!.yearOk).toBe(false);
  });

  it('status accuracy over matched AGREEMENTs only', () => {
    const r = score(
      gold([g('AGREEMENT', 'Омск', 'Гомель'), g('AGREEMENT', 'Омск', 'Кайфын', 2023, { status: 'planned' }), g('TWIN', 'Омск', 'Минск')]),
      extraction([R('AGREEMENT', omsk, gomel), R('AGREEMENT', omsk, C('Кайфын'), 2023, { status: 'signed' }), R('TWIN', omsk, minsk)]),
    );
    expect(r.status).toEqual({ correct: 1, total: 2, share: 0.5 });
    expect(r.kinds.AGREEMENT!.tp).toBe(2);
  });

  it('city entity recall', () => {
    const r = score(
      gold([], [{ kind: 'City', name: 'Омск' }, { kind: 'City', name: 'Могилёв' }, { kind: 'City', name: 'Гомель' }, { kind: 'Institution', name: 'ОмГУ' }]),
      extraction([], [omsk, C('Могилев'), I('Гомель')]),
    );
    expect(r.cities).toEqual({ correct: 2, total: 3, share: 2 / 3 });
    expect(r.missingCities).toEqual(['Гомель']);
  });
});

describe('report city and confidence bands', () => {
  it('compares the detected report city with the gold city, ё folded', () => {
    const right = score({ ...gold([]), city: 'Орёл' }, { ...extraction([]), report: { id: 'r', file: 'f', city: 'Орел', year: null, sha256: '' } });
    const wrong = score({ ...gold([]), city: 'Омск' }, { ...extraction([]), report: { id: 'r', file: 'f', city: 'Томск', year: null, sha256: '' } });
    expect(right.reportCity).toEqual({ correct: 1, total: 1, share: 1 });
    expect(wrong.reportCity).toEqual({ correct: 0, total: 1, share: 0 });
    expect(aggregate([right, wrong]).reportCity).toEqual({ correct: 1, total: 2, share: 0.5 });
  });

  it('counts right and wrong predictions per confidence band', () => {
    const r = score(
      gold([g('TWIN', 'Омск', 'Гомель'), g('VISIT', 'Омск', 'Гомель')]),
      extraction([R('TWIN', omsk, gomel, 2023, { confidence: 0.95 }), R('VISIT', omsk, minsk, 2023, { confidence: 0.92 }), R('VISIT', omsk, gomel, 2023, { confidence: 0.65 })]),
    );
    expect(r.bands['0.9']).toEqual({ correct: 1, total: 2, share: 0.5 });
    expect(r.bands['0.6']).toEqual({ correct: 1, total: 1, share: 1 });
    expect(formatSummary(r)).toContain('confidence ≥ 0.9');
  });
});

describe('aggregate', () => {
  it('sums counts over reports and recomputes metrics', () => {
    const a = score(gold([g('TWIN', 'Омск', 'Гомель'), g('VISIT', 'Омск', 'Гомель')]), extraction([R('TWIN', omsk, gomel), R('VISIT', omsk, minsk)]));
    const b = score(
      gold([g('TWIN', 'Томск', 'Минск', null)], [{ kind: 'City', name: 'Томск' }], 'tomsk-2024'),
      extraction([R('TWIN', C('Томск'), minsk, 2024), R('LOCATED_IN', minsk, C('Беларусь'), null)]),
    );
    const t = aggregate([a, b]);
    expect(t.reports).toBe(2);
    expect(t.kinds.TWIN).toMatchObject({ gold: 2, predicted: 2, tp: 2, f1: 1 });
    expect(t.kinds.VISIT).toMatchObject({ gold: 1, predicted: 1, tp: 0, f1: 0 });
    expect(t.kinds.LOCATED_IN).toMatchObject({ gold: 0, predicted: 1, tp: 0, precision: 0, recall: null });
    expect(t.kinds.HELD_IN!.f1).toBeNull();
    expect(t.core).toMatchObject({ gold: 3, predicted: 3, tp: 2 });
    expect(t.all).toMatchObject({ gold: 3, predicted: 4, tp: 2, f1: 4 / 7 });
    expect(t.year).toEqual({ correct: 1, total: 2, share: 0.5 });
    expect(t.cities).toEqual({ correct: 1, total: 1, share: 1 });
  });

  it('of nothing is all —', () => {
    const t = aggregate([]);
    expect(t.reports).toBe(0);
    expect(t.all.f1).toBeNull();
    expect(t.year.share).toBeNull();
  });
});

describe('report formatting', () => {
  const r = score(
    gold([g('VISIT', 'Омск', 'Гомель'), g('TWIN', 'Омск', 'Минск', 2023, { quote: 'x'.repeat(500) })]),
    extraction([R('VISIT', gomel, omsk), R('TWIN', omsk, minsk, 2022)]),
  );

  it('lists misses and wrongs grouped by kind, quotes trimmed', () => {
    const text = formatErrors(r, { verbose: true });
    expect(text).toContain('  VISIT\n    - missed Омск → Гомель (2023)');
    expect(text).toContain('    + wrong  Гомель → Омск (2023)');
    expect(text).toContain('  TWIN\n    ~ slip   Омск — Минск: year 2022 instead of 2023');
    expect(formatErrors(r)).not.toContain('slip');
  });

  it('trims quotes to ~200 characters', () => {
    expect(trimQuote('a  b\n c')).toBe('a b c');
    const long = trimQuote('y'.repeat(500));
    expect(long).toHaveLength(200);
    expect(long.endsWith('…')).toBe(true);
  });

  it('prints the whole report and JSON', () => {
    const t = aggregate([r]);
    const text = formatReport([{ file: 'omsk-2023.txt', result: r }], t);
    expect(text).toMatch(/core micro-F1 \(TWIN\+AGREEMENT\+VISIT\): 0\.500/);
    expect(text).toContain('year correct among matched:           0.0% (0/1)  target ≥ 90%  BELOW TARGET');
    expect(text).toContain('== omsk-2023: 1 missed, 1 wrong ==');
    const json = JSON.parse(toJson([{ file: 'omsk-2023.txt', result: r }], t, { verbose: true }));
    expect(json.total.core.tp).toBe(1);
    expect(json.reports[0]).toMatchObject({ file: 'omsk-2023.txt', report: 'omsk-2023', missed: 1, wrong: 1 });
    expect(json.reports[0].misses[0]).toMatchObject({ kind: 'VISIT', first: 'Омск', second: 'Гомель' });
  });
});
