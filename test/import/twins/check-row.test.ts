// One CSV record as a twin pair or a rejection with its reason (import/twins/check-row.ts).
import { describe, expect, it } from 'vitest';
import { checkRow, isRejection, withoutCountry } from '../../../import/twins/check-row.js';

const columns = new Map([['city1', 0], ['country1', 1], ['city2', 2], ['country2', 3], ['since', 4], ['source', 5]]);
const record = (raw: string, fields: string[]) => ({ line: 7, raw, fields });
const row = (...fields: string[]) => record(fields.join(','), fields);

describe('check row', () => {
  it('accepts a pair in English or Russian, with or without since', () => {
    expect(checkRow(row('Omsk', 'Russia', 'Gomel', 'Belarus', '1999', 'wiki'), columns)).toEqual({
      line: 7, quote: 'Omsk,Russia,Gomel,Belarus,1999,wiki', city1: 'Omsk', iso1: 'RU', city2: 'Gomel', iso2: 'BY', since: 1999,
    });
    expect(checkRow(row('Омск', 'Россия', 'Минск', 'Беларусь', '', ''), columns)).toMatchObject({ iso1: 'RU', iso2: 'BY', since: null });
  });

  it('drops a country suffix that repeats the row’s country and fills a blank country from it', () => {
    expect(checkRow(row('Varna, Bulgaria', '', 'Omsk, Russia', 'Russia', '', ''), columns)).toMatchObject({
      city1: 'Varna', iso1: 'BG', city2: 'Omsk', iso2: 'RU',
    });
    expect(withoutCountry('Suzhou, Jiangsu', 'CN')).toBe('Suzhou, Jiangsu');
  });

  it.each([
    [row('', '', '', '', '', ''), 'blank row'],
    [record('', ['']), 'blank row'],
    [row('Tomsk', 'Russia'), 'malformed row: 2 fields where the header has 6'],
    [row('', 'Russia', 'Minsk', 'Belarus', '', ''), 'missing city1'],
    [row('Tomsk', 'Russia', 'Minsk', '', '', ''), 'missing country2'],
    [row('Tomsk', 'Russia', 'Nowhere', 'Atlantis', '', ''), 'unknown country "Atlantis"'],
    [row('Tomsk', 'Russia', 'Minsk', 'Belarus', '19th century', ''), '"since" is not a year: "19th century"'],
    [row('Omsk', 'Russia', 'omsk', 'Russian Federation', '', ''), 'a city twinned with itself (Omsk, RU)'],
  ])('rejects %j: %s', (rec, reason) => {
    const checked = checkRow(rec, columns);
    expect(isRejection(checked) && checked).toEqual({ line: 7, reason, quote: rec.raw });
  });
});
