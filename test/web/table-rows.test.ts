import { describe, expect, it } from 'vitest';
import { toEdgeData, toNodeData } from '../../web/src/graph/elements.js';
import { edgeRows, EDGE_COLUMNS, nodeRows, NODE_COLUMNS, toCsv, view } from '../../web/src/graph/table-rows.js';
import { sample } from './fixtures.js';

const nodes = sample.nodes.map((n) => toNodeData(n, 'ru'));
const names = new Map(sample.nodes.map((n) => [n.id, n.name]));

describe('table rows', () => {
  it('gives nodes with country, coordinates and degree', () => {
    const rows = nodeRows(nodes, new Map([['city:omsk', 3]]));
    expect(rows.find((r) => r.id === 'city:omsk')).toMatchObject({ name: 'Омск', country: 'RU', lat: 54.99, lon: 73.37, degree: 3 });
  });

  it('sorts by a column either way, nulls last, and filters by every word', () => {
    const rows = edgeRows(sample.edges.map(toEdgeData), (id) => names.get(id) ?? id);
    expect(view(rows, '', { column: 'year', descending: false }).map((r) => r.year)).toEqual([2016, 2023, 2023, 2024, null, null, null]);
    expect(view(rows, '', { column: 'year', descending: true }).map((r) => r.year)).toEqual([2024, 2023, 2023, 2016, null, null, null]);
    expect(view(rows, 'гомель twin', null).map((r) => r.id)).toEqual(['e1']);
    expect(view(rows, 'минск', null).map((r) => r.id).sort()).toEqual(['e4', 'e5']);
  });

  it('writes CSV with a header, quoted cells and no formula a spreadsheet would run', () => {
    const csv = toCsv(NODE_COLUMNS, [{ name: 'Гомель, "город"', nameEn: '=HYPERLINK("x")', kind: 'City', country: 'BY', lat: 52.43, lon: -30.98, degree: 1, id: 'city:gomel' }]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(NODE_COLUMNS.join(','));
    expect(row).toBe('"Гомель, ""город""","\'=HYPERLINK(""x"")",City,BY,52.43,-30.98,1,city:gomel');
    expect(toCsv(EDGE_COLUMNS, []).trim()).toBe(EDGE_COLUMNS.join(','));
  });
});
