// The extraction pipeline, top-down: read → normalise → sentences → mentions → relations → one Extraction.
import { createHash } from 'node:crypto';
import { readReport } from './read.js';
import { normalise } from './normalise.js';
import { splitSentences } from './sentences.js';
import { detectReportMeta } from './report-meta.js';
import { loadMorph } from './morph.js';
import { cityByInflected, cityIdFor } from './gazetteer.js';
import { EntityRegistry } from './registry.js';
import { mentionsOf } from './sentence-mentions.js';
import { relationsOfSentence } from './relations/index.js';
import { finishRelations } from './relations/finish.js';
import { topicAfter, headingCity } from './topic.js';
import type { Entity, Extraction, Relation } from './types.js';

export interface ExtractOptions {
  /** The file name to record (no directories). */
  file: string;
  /** The file's bytes, hashed for the report id; the text's UTF-8 bytes when absent. */
  bytes?: Buffer;
}

export async function extractFile(path: string): Promise<Extraction> {
  const source = await readReport(path);
  return extractText(source.raw, { file: source.file, bytes: source.bytes });
}

export async function extractText(raw: string, opts: ExtractOptions): Promise<Extraction> {
  await loadMorph();
  const text = normalise(raw);
  const sha256 = createHash('sha256').update(opts.bytes ?? Buffer.from(text, 'utf8')).digest('hex');
  const meta = detectReportMeta(text);
  const registry = new EntityRegistry();
  const reportCity = reportCityEntity(meta.city);
  if (reportCity) registry.add(reportCity);
  const reportCityId = reportCity?.id ?? null;

  const relations: Relation[] = [];
  let topicCityId: string | null = null;
  for (const sentence of splitSentences(text)) {
    const { mentions, entities } = mentionsOf(sentence, reportCityId);
    for (const e of entities) registry.add(e);
    const heading = headingCity(sentence.text, mentions, reportCityId);
    if (heading) topicCityId = heading;
    const drafts = relationsOfSentence({
      text: sentence.text,
      mentions,
      reportCityId,
      reportYear: meta.year,
      topicCityId,
      countryOf: (id) => registry.get(id)?.country ?? null,
    });
    for (const d of drafts) {
      relations.push({ ...d, evidence: { quote: sentence.text, start: sentence.start, end: sentence.end } });
    }
    topicCityId = topicAfter(mentions, reportCityId, topicCityId);
  }
  const finished = finishRelations(relations, registry, reportCityId, text);
  const used = new Set(finished.flatMap((r) => [r.source, r.target]));
  const keep = (e: Entity) => used.has(e.id) || e.id === reportCityId || e.kind === 'City' || e.kind === 'Country';
  return {
    report: {
      id: `r-${sha256.slice(0, 12)}`,
      file: opts.file,
      city: reportCity?.name ?? meta.city,
      year: meta.year,
      sha256,
      title: meta.title,
    },
    text,
    entities: registry.list(keep),
    relations: finished,
  };
}

/** The reporting city: the gazetteer's entry when known (a report about Omsk implies RU). */
function reportCityEntity(name: string | null): Entity | null {
  if (!name) return null;
  const city = cityByInflected(name);
  if (city) {
    return { id: city.id, kind: 'City', name: city.name, nameEn: city.nameEn, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null, wikidata: city.wikidata ?? null };
  }
  // An unknown reporting city is Russian: these are reports of Russian municipalities.
  return { id: cityIdFor(name), kind: 'City', name, country: 'RU' };
}
