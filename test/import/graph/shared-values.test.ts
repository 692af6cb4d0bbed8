// sharedValues: query rows as the values most share, sent once, and each row's own; `common` then each row must
// give every row back, as `SET x = $common, x += row` does on a new node (a null is no property).
import { describe, expect, it } from 'vitest';
import { sharedValues, type Row } from '../../../import/graph/shared-values.js';

/** What `SET x = common, x += row` leaves on a new node: the properties that are not null. */
const applied = (common: Row, row: Row) =>
  Object.fromEntries(Object.entries({ ...common, ...row }).filter(([, v]) => v !== null));
const withoutNulls = (row: Row) => Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null));

describe('shared values', () => {
  const cases: Array<[string, Row[], Row]> = [
    ['no rows', [], {}],
    ['a value every row holds', [{ id: 'a', s: 'x' }, { id: 'b', s: 'x' }], { s: 'x' }],
    ['a value most hold (the rest keep theirs, a null too)', [{ id: 'a', n: 0 }, { id: 'b', n: 0 }, { id: 'c', n: null }], { n: 0 }],
    ['no value half or fewer hold', [{ id: 'a', n: 0 }, { id: 'b', n: 1 }], {}],
    ['never a null, a list or a map', [{ id: 'a', q: null, l: ['x'], m: {} }, { id: 'b', q: null, l: ['x'], m: {} }], {}],
    ['a key missing from a row', [{ id: 'a', s: 'x' }, { id: 'b', s: 'x' }, { id: 'c' }], { s: 'x' }],
  ];
  it.each(cases)('%s', (_name, rows, common) => {
    const out = sharedValues(rows);
    expect(out.common).toEqual(common);
    expect(out.rows.map((r) => applied(out.common, r))).toEqual(rows.map(withoutNulls));
  });

  it('leaves the shared values and unneeded nulls out of the rows', () => {
    const { rows } = sharedValues([{ id: 'a', s: 'x', q: null }, { id: 'b', s: 'x', q: null }]);
    expect(rows).toEqual([{ id: 'a' }, { id: 'b' }]);
  });
});
