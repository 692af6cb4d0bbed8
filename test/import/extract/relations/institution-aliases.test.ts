import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';

beforeAll(loadMorph);

describe('one institution under its name and its abbreviation', () => {
  it("gives the abbreviation's relations to the full name, which keeps it as an alias", async () => {
    const text =
      'Пенза, 11.11.2024\nПензенский государственный университет принял делегацию из Гродно.\n' +
      'В тот же день ПГУ заключил договор с Гродненским государственным университетом.\n';
    const x = await extractText(text, { file: 'penza.txt' });
    const pgu = x.entities.find((e) => e.name === 'Пензенский государственный университет')!;
    expect(pgu.aliases).toContain('ПГУ');
    expect(x.entities.some((e) => e.name === 'ПГУ')).toBe(false);
    expect(x.relations.filter((r) => r.kind === 'AGREEMENT').flatMap((r) => [r.source, r.target])).toContain(pgu.id);
  });

  it('keeps an abbreviation that could stand for two full names apart', async () => {
    const text =
      'Пенза, 11.11.2024\nПензенский государственный университет и Пермский государственный университет провели форум.\n' +
      'ПГУ заключил договор с Гродненским государственным университетом.\n';
    const x = await extractText(text, { file: 'penza.txt' });
    expect(x.relations.some((r) => r.source.includes('pgu') || r.target.includes('pgu'))).toBe(true);
  });
});
