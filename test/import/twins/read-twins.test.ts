// Reading a twin-list CSV: the header, line numbers, rows as written, unreadable rows (import/twins/read-twins.ts).
import { describe, expect, it } from 'vitest';
import { readTwinCsv, TwinListError } from '../../../import/twins/read-twins.js';

describe('read twins', () => {
  it('maps the header and keeps each row with its line and text', () => {
    const csv = readTwinCsv('\uFEFFCity1,country1,city2,country2,since\nOmsk,Russia,Gomel,Belarus,1999\n\n"Bayside, Victoria",Australia,"Multi\nline",Italy,\r\nLast,Russia,Minsk,Belarus');
    expect([...csv.columns]).toEqual([['city1', 0], ['country1', 1], ['city2', 2], ['country2', 3], ['since', 4]]);
    expect(csv.records).toEqual([
      { line: 2, raw: 'Omsk,Russia,Gomel,Belarus,1999', fields: ['Omsk', 'Russia', 'Gomel', 'Belarus', '1999'] },
      { line: 3, raw: '', fields: [''] },
      { line: 4, raw: '"Bayside, Victoria",Australia,"Multi\nline",Italy,', fields: ['Bayside, Victoria', 'Australia', 'Multi\nline', 'Italy', ''] },
      { line: 6, raw: 'Last,Russia,Minsk,Belarus', fields: ['Last', 'Russia', 'Minsk', 'Belarus'] },
    ]);
    expect(csv.rejected).toEqual([]);
  });

  it('rejects a row the CSV parser cannot read, with its line, and reads on', () => {
    const csv = readTwinCsv('city1,country1,city2,country2\nA "bad" "quote,X,Y,Z\nOmsk,Russia,Gomel,Belarus\n');
    expect(csv.rejected).toEqual([{ line: 2, reason: 'malformed row (invalid opening quote)', raw: 'A "bad" "quote,X,Y,Z' }]);
    expect(csv.records.map((r) => r.fields[0])).toContain('Omsk');
  });

  it.each([
    ['no header', 'Omsk,Russia,Gomel,Belarus\n'],
    ['a header without country2', 'city1,country1,city2\nOmsk,Russia,Gomel\n'],
    ['an empty file', ''],
  ])('refuses %s', (_, text) => {
    expect(() => readTwinCsv(text)).toThrow(TwinListError);
  });
});
