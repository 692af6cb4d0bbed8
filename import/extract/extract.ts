// The extraction pipeline, top-down: read → normalise → sentences → mentions → relations → one Extraction.
import { createHash } from 'node:crypto';
import { readReport } from './read.js';
import { normalise } from './normalise.js';
import { splitSentences } from './sentences.js';
import { detectReportMeta } from './report-meta.js';
import { loadMorph } from './lexicon/morph.js';
import { cityById, cityByInflected, cityIdFor } from './lexicon/gazetteer.js';
import { decideMainCity } from './main-city.js';
import { EntityRegistry } from './registry.js';
import { mentionsOf, resetMentionMemo } from './sentence-mentions.js';
import { relationsOfSentence } from './relations/index.js';
import { finishRelations } from './relations/finish.js';
import { topicAfter, headingCity } from './topic.js';
import type { Entity, Extraction, Relation } from './types.js';
import type { Mention } from './mentions.js';

// A list item that continues its lead line: it starts in lower case, after an optional marker.
const LIST_ITEM = /^\s*([-–—•]\s*)?\p{Ll}/u;

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
  resetMentionMemo();
  const text = normalise(raw);
  const sha256 = createHash('sha256').update(opts.bytes ?? Buffer.from(text, 'utf8')).digest('hex');
  const meta = detectReportMeta(text);
  const sentences = splitSentences(text);
  const findings = sentences.map((sentence) => ({ sentence, ...mentionsOf(sentence, null) }));
  const headed = meta.cityFromHeading ? reportCityEntity(meta.city) : null;
  const main = decideMainCity(findings, text, headed?.id ?? null);
  const registry = new EntityRegistry();
  const reportCity = main ? mainCityEntity(main.id, findings, headed) : reportCityEntity(meta.city);
  if (reportCity) registry.add(reportCity);
  const reportCityId = reportCity?.id ?? null;

  const relations: Relation[] = [];
  let topicCityId: string | null = null;
  let topicEventId: string | null = null;
  const partnerNetworks = new Map<string, string>();
  let lead: string | null = null;
  for (const sentence of sentences) {
    const { mentions, entities } = mentionsOf(sentence, reportCityId);
    for (const e of entities) registry.add(e);
    const heading = headingCity(sentence.text, mentions, reportCityId);
    if (heading) {
      topicCityId = heading;
      topicEventId = null;
    }
    // "подписано 3 соглашения:" followed by items "- о сотрудничестве между городом A и городом B": each item is
    // read with its lead, so the document, the verb and the year reach it; the item alone is the evidence.
    const item = lead !== null && LIST_ITEM.test(sentence.text);
    const prefix = item ? `${lead} ` : '';
    const drafts = relationsOfSentence({
      text: prefix + sentence.text,
      mentions: prefix ? mentions.map((m) => ({ ...m, start: m.start + prefix.length, end: m.end + prefix.length })) : mentions,
      reportCityId,
      reportYear: meta.year,
      topicCityId,
      topicEventId,
      partnerNetworkOf: (id) => partnerNetworks.get(id) ?? null,
      countryOf: (id) => registry.get(id)?.country ?? null,
    });
    for (const d of drafts) {
      relations.push({ ...d, evidence: { quote: sentence.text, start: sentence.start, end: sentence.end } });
    }
    topicCityId = topicAfter(mentions, reportCityId, topicCityId);
    topicEventId = [...mentions].reverse().find((m) => m.kind === 'Event')?.id ?? topicEventId;
    for (const [eventId, cityId] of partnerNetworksIn(sentence.text, mentions)) partnerNetworks.set(eventId, cityId);
    if (/:\s*$/.test(sentence.text)) lead = sentence.text;
    else if (!item) lead = null;
  }
  const finished = finishRelations(relations, registry, reportCityId, text);
  const used = new Set(finished.flatMap((r) => [r.source, r.target]));
  const keep = (e: Entity) =>
    used.has(e.id) || e.id === reportCityId || e.kind === 'City' || e.kind === 'Country' || e.kind === 'Person';
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

/** Events "of the partner cities of X": a city inside the event's name right after "городов-партнёров (города)". */
function partnerNetworksIn(text: string, mentions: Mention[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const ev of mentions.filter((m) => m.kind === 'Event')) {
    const city = mentions.find(
      (m) =>
        m.kind === 'City' && m.nestedIn === 'Event' && m.start >= ev.start && m.end <= ev.end &&
        /город\p{L}*-партн[её]р\p{L}*\s+(город\p{L}*\s+|г\.\s*)?$/iu.test(text.slice(Math.max(0, m.start - 60), m.start)),
    );
    if (city) out.push([ev.id, city.id]);
  }
  return out;
}

/** The decided main city as an entity: as the text named it, else the gazetteer's entry. */
function mainCityEntity(id: string, findings: ReadonlyArray<{ entities: Entity[] }>, heading: Entity | null): Entity | null {
  if (heading?.id === id) return heading;
  for (const f of findings) for (const e of f.entities) if (e.id === id) return { ...e, country: e.country ?? 'RU' };
  const city = cityById(id);
  return city ? { id: city.id, kind: 'City', name: city.name, nameEn: city.nameEn, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null, wikidata: city.wikidata ?? null } : null;
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
