import { beforeAll, describe, expect, it } from 'vitest';
import { extractText } from '../../../../import/extract/extract.js';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';

beforeAll(loadMorph);

// Texts written for these tests.
const kinds = async (text: string): Promise<string[]> =>
  (await extractText(text, { file: 'page.txt' })).relations.filter((r) => r.kind !== 'LOCATED_IN').map((r) => `${r.kind} ${r.source} ${r.target}`);

describe('a document and a contact of the same pair in one sentence', () => {
  it('is the document alone when nothing else was done together', async () => {
    const text = 'Омск, 5 мая 2023.\nВ мае в мэрии прошла церемония продления договора о сотрудничестве между Омском и Гомелем.\n';
    expect(await kinds(text)).toEqual(['AGREEMENT city:gomel city:omsk']);
  });

  it('keeps the contact when the sentence tells of a joint activity beside the document', async () => {
    const text = 'Омск, 5 мая 2023.\nВ апреле состоялся телемост школьников Омска и Гомеля, городов-побратимов с 2019 года.\n';
    expect(await kinds(text)).toEqual(expect.arrayContaining(['CONTACT city:gomel city:omsk', 'TWIN city:gomel city:omsk']));
  });
});

describe('a town and the district named after it', () => {
  it('are one municipality: no relation between them, the town ending in the adjective\'s ц', async () => {
    const text = 'Омск, 5 мая 2023.\nСоглашение о сотрудничестве подписали Череповец и Череповецкий район.\n';
    expect(await kinds(text)).toEqual([]);
  });
});
