// How ids look. Entity ids are `<prefix>:<slug>` and stable across reports and runs; report ids come from the
// file's content; a source is what supports a fact: a report id or a twin list as `csv:<file name>`.
//
//   city:omsk            City         (gazetteer slug; `city:<slug>-<iso2>` for a twin-list city not in it)
//   region:omskaya-obl   Region
//   country:BY           Country      (ISO 3166-1 alpha-2)
//   inst:omskiy-gosuda…  Institution
//   event:…              Event
//   person:…             Person
//   r-3a83c56cbe19       Report       (`r-` + the first 12 hex digits of the file's SHA-256)
//   csv:twins.csv        a twin list, as a source
import type { EntityKind } from './kinds.js';

export const ID_PREFIXES: Readonly<Record<EntityKind, string>> = {
  City: 'city:',
  Region: 'region:',
  Country: 'country:',
  Institution: 'inst:',
  Event: 'event:',
  Person: 'person:',
};

export const REPORT_ID_PREFIX = 'r-';
export const CSV_SOURCE_PREFIX = 'csv:';

/** The entity kind an id's prefix implies (`city:…` → City), for ids that reach us without an entity. */
export function entityKindOfId(id: string): EntityKind | undefined {
  const prefix = id.slice(0, id.indexOf(':') + 1);
  for (const [kind, p] of Object.entries(ID_PREFIXES)) if (p === prefix) return kind as EntityKind;
  return undefined;
}

/** An entity's id from its kind and slug: `entityId('City', 'omsk')` is `city:omsk`. */
export function entityId(kind: EntityKind, slug: string): string {
  return `${ID_PREFIXES[kind]}${slug}`;
}

/** The part of an entity id after its prefix: a country's ISO2, an institution's key, a city's slug. */
export function idSlug(id: string): string {
  return id.slice(id.indexOf(':') + 1);
}

export function countryId(iso2: string): string {
  return entityId('Country', iso2);
}

/** A report's id from the hex SHA-256 of its file. */
export function reportId(sha256: string): string {
  return `${REPORT_ID_PREFIX}${sha256.slice(0, 12)}`;
}

export function isReportId(source: string): boolean {
  return source.startsWith(REPORT_ID_PREFIX);
}

/** A twin list as a source: `csv:<file name>`. */
export function csvSource(file: string): string {
  return `${CSV_SOURCE_PREFIX}${file}`;
}

/** The file name of a twin list's source (`csv:<file name>`), else null. */
export function csvFileOf(source: string): string | null {
  return source.startsWith(CSV_SOURCE_PREFIX) ? source.slice(CSV_SOURCE_PREFIX.length) : null;
}
