import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';

beforeAll(loadMorph);

// Texts written for these tests.
const visits = async (text: string): Promise<string[]> =>
  (await extractText(text, { file: 'page.txt' })).relations.filter((r) => r.kind === 'VISIT').map((r) => `${r.source} ${r.target} ${r.year}`);

describe('a visit from a country', () => {
  it("is the partner town's when the text ties the host to one town of that country", async () => {
    const text =
      'Гости из Белоруссии\n\nТула, 12.05.2024\nВчера Тулу посетила официальная делегация из Республики Беларусь. ' +
      'Визит прошёл в рамках соглашения о дружественных отношениях между Тулой и городом Гродно.\n';
    expect(await visits(text)).toEqual(['city:grodno city:tula 2024']);
  });

  it('stays the country\'s when the only tie is an agreement of another year', async () => {
    const text = 'Тула, 12.09.2023\nВ сентябре Тулу посетила делегация из Китая для участия в выставке. Тула и Харбин подписали соглашение о сотрудничестве в 2019 году.\n';
    expect(await visits(text)).toEqual(['country:CN city:tula 2023']);
  });

  it('gives way to the visit of a town of that country in the same year, even a district the text places', async () => {
    const text =
      'Тула, 12.05.2024\nВ Тулу прибыла делегация из Украины. ' +
      '10 мая в Тулу приехали гости из Коломыйского района Ивано-Франковской области Украины.\n';
    expect(await visits(text)).toEqual(['city:kolomyyskiy-rayon city:tula 2024']);
  });

  it('is the twin town of no stated country when the text ties the host to no town of that country', async () => {
    const text = 'Тула, 12.05.2024\nС 2001 года Тула и город Бройтенфельд – города-побратимы.\nНемецкие школьники впервые посетили Тулу.\n';
    expect(await visits(text)).toEqual(['city:broytenfeld city:tula 2024']);
  });

  it("is no visit when the country is the host's own", async () => {
    const text = 'Тула, 12.05.2024\nНа празднике в Туле присутствовали представители делегаций из РФ.\n';
    expect((await visits(text)).filter((v) => v.startsWith('country:'))).toEqual([]);
  });
});
