// Id prefixes (neo4j/model/ids.ts): what an id says about its entity, and how report and list sources look.
import { describe, expect, it } from 'vitest';
import { countryId, csvSource, entityKindOfId, isReportId, reportId } from '../../../neo4j/model/ids.js';

describe('ids', () => {
  it.each([
    ['city:omsk', 'City'],
    ['region:omskaya-oblast', 'Region'],
    ['country:BY', 'Country'],
    ['inst:shkola-75', 'Institution'],
    ['event:forum', 'Event'],
    ['person:ivanov', 'Person'],
    ['town:omsk', undefined],
    ['omsk', undefined],
  ])('%s is a %s', (id, kind) => {
    expect(entityKindOfId(id)).toBe(kind);
  });

  it('builds report ids from the content hash and tells them from list sources', () => {
    const id = reportId('3a83c56cbe19ffee00112233');
    expect(id).toBe('r-3a83c56cbe19');
    expect(isReportId(id)).toBe(true);
    expect(isReportId(csvSource('twins.csv'))).toBe(false);
    expect(csvSource('twins.csv')).toBe('csv:twins.csv');
    expect(countryId('BY')).toBe('country:BY');
  });
});
