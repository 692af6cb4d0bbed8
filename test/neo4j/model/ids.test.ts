// Id prefixes (neo4j/model/ids.ts): what an id says about its entity, and how report and list sources look.
import { describe, expect, it } from 'vitest';
import { countryId, csvFileOf, csvSource, entityId, entityKindOfId, idSlug, isReportId, reportId } from '../../../neo4j/model/ids.js';

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

  it('builds an entity id from its kind and slug, and reads the slug back', () => {
    expect(entityId('Institution', 'shkola-75')).toBe('inst:shkola-75');
    expect(entityId('City', 'herne-de')).toBe('city:herne-de');
    expect(idSlug('country:BY')).toBe('BY');
    expect(idSlug(entityId('Event', 'forum-2023'))).toBe('forum-2023');
  });

  it("reads a twin list's file name from its source, and nothing from a report's", () => {
    expect(csvFileOf(csvSource('twins.csv'))).toBe('twins.csv');
    expect(csvFileOf('report')).toBeNull();
    expect(csvFileOf(reportId('3a83c56cbe19ffee'))).toBeNull();
  });
});
