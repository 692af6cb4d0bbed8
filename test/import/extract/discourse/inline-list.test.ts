import { beforeAll, describe, expect, it } from 'vitest';
import { inlineListPieces } from '../../../../import/extract/discourse/inline-list.js';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import type { Extraction } from '../../../../import/extract/types.js';

beforeAll(loadMorph);

function pieces(text: string): string[] | null {
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:kirov');
  const out = inlineListPieces(text, mentions);
  // Each piece's mentions point at the names in the piece's own text.
  for (const p of out ?? []) for (const m of p.mentions) expect(p.text.slice(m.start, m.end).length).toBe(m.end - m.start);
  return out?.map((p) => p.text) ?? null;
}

const facts = (x: Extraction) => {
  const name = (id: string) => x.entities.find((e) => e.id === id)?.name ?? id;
  return x.relations.filter((r) => r.kind !== 'LOCATED_IN').map((r) => `${r.kind} ${name(r.source)} ${name(r.target)} ${r.year ?? '-'}${r.month ? `/${r.month}` : ''}`);
};

describe('a list inside one sentence', () => {
  it('reads each item after the lead with the lead', () => {
    expect(pieces('Приезжали делегации городов: Бреста (Беларусь) — в мае; Шымкента (Казахстан) — в июле; Оша — в сентябре.')).toEqual([
      'Приезжали делегации городов: Бреста (Беларусь) — в мае',
      'Приезжали делегации городов: Шымкента (Казахстан) — в июле',
      'Приезжали делегации городов: Оша — в сентябре.',
    ]);
  });

  it.each([
    // no lead
    ['Делегация Бреста приезжала в мае; делегация Шымкента — в июле.'],
    // items that do not open with a name: clauses, not a list
    ['Итоги года: подписано соглашение с Брестом; проведён форум в Шымкенте.'],
    // one item only
    ['Город-партнёр: Брест (Беларусь).'],
  ])('leaves %s whole', (text) => {
    expect(pieces(text)).toBeNull();
  });

  it('gives every item its relation and its own month, with the sentence as evidence', async () => {
    const text =
      'Киров. Итоги международной деятельности за 2024 год.\n' +
      'В 2024 году Киров принимал делегации городов: Бреста (Республика Беларусь) — в апреле; Шымкента (Республика Казахстан) — в июне; Оша (Киргизия) — в сентябре.\n' +
      'Киров поддерживает связи с городами-партнёрами: Ереван (Армения); Брест (Беларусь).';
    const x = await extractText(text, { file: 'kirov.txt' });
    expect(facts(x)).toEqual(
      expect.arrayContaining(['VISIT Брест Киров 2024/4', 'VISIT Шымкент Киров 2024/6', 'VISIT Ош Киров 2024/9']),
    );
    const partners = facts(x).filter((f) => f.startsWith('PARTNER')).map((f) => f.split(' ').slice(1, 3).sort().join(' '));
    expect(partners.sort()).toEqual(['Ереван Киров', 'Брест Киров'].sort());
    const visit = x.relations.find((r) => r.kind === 'VISIT' && r.month === 6)!;
    expect(visit.evidence.quote).toMatch(/^В 2024 году Киров принимал делегации городов: Бреста/);
  });

  it('reads lines under a lead as items when they end with a semicolon or are bare names', async () => {
    const text =
      'Киров. Международные связи.\n' +
      'Города-партнёры:\n' +
      'Брест (Беларусь) — с 1997 года;\n' +
      'Шымкент (Казахстан) — с 2012 года.\n\n' +
      'Города-побратимы:\n' +
      'Ош (Киргизия)\n' +
      'Ереван (Армения)\n';
    const x = await extractText(text, { file: 'kirov.txt' });
    const got = facts(x).map((f) => f.split(' ')).map(([k, a, b, y]) => `${k} ${[a, b].sort().join('-')} ${y}`);
    expect(got.sort()).toEqual(['PARTNER Брест-Киров 1997', 'PARTNER Киров-Шымкент 2012', 'TWIN Киров-Ош -', 'TWIN Ереван-Киров -'].sort());
  });
});

describe('lists under a heading or numbered', () => {
  const kinds = async (text: string) => {
    const x = await extractText(text, { file: 'kirov.txt' });
    return facts(x).map((f) => f.split(' ')).map(([k, a, b, y]) => `${k} ${[a, b].sort().join('-')} ${y}`).sort();
  };

  it('reads name lines under a heading of twin cities with no colon as its items, each with its year', async () => {
    const text = 'Киров. Международные связи.\n\nГорода-побратимы Кирова\nБрест (Беларусь), 1997 год\nШымкент (Казахстан), 2012 год\n';
    expect(await kinds(text)).toEqual(['TWIN Брест-Киров 1997', 'TWIN Киров-Шымкент 2012']);
  });

  it('reads numbered lines under a lead as its items', async () => {
    const text = 'Киров. Международные связи.\n\nСоглашения о сотрудничестве подписаны с городами:\n1. Брест (Беларусь) – 2010 г.\n2. Ош (Киргизия) – 2015 г.\n';
    expect(await kinds(text)).toEqual(['AGREEMENT Брест-Киров 2010', 'AGREEMENT Киров-Ош 2015']);
  });

  it('keeps a table row apart from the heading above it', async () => {
    const text = 'Киров. Международные связи.\n\nГорода-партнёры\n| Город | Страна |\n| Брест | Беларусь |\n\nВ мае прошёл форум.\n';
    const x = await extractText(text, { file: 'kirov.txt' });
    expect(x.relations.some((r) => r.evidence.quote.includes('Города-партнёры |'))).toBe(false);
  });
});
