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
import { inLatin } from './lexicon/name-key.js';
import { countryEntity, mentionsOf, resetMentionMemo } from './sentence-mentions.js';
import { relationsOfSentence } from './relations/index.js';
import { finishRelations } from './relations/finish.js';
import { Discourse } from './discourse/index.js';
import { documentPlaces } from './discourse/document-places.js';
import { leadPartner } from './discourse/topic.js';
import { creditInside, isFurniture } from './furniture.js';
import { reportInstitutionOf } from './report-institution.js';
import { placeInstitutionIds } from './institution-ids.js';
import type { Entity, Extraction, ExtractedRelation, Sentence } from './types.js';
import type { Mention } from './mentions.js';

export interface ExtractOptions {
  /** The file name to record (no directories). */
  file: string;
  /** The file's bytes, hashed for the report id; the text's UTF-8 bytes when absent. */
  bytes?: Buffer;
}

const NOTHING_FOUND = { mentions: [], entities: [] };
// A bullet or a number at the start of a line, which sentences leave out (sentences.ts): the sentence is a list's item.
const BULLET_BEFORE = /(^|\n)[ \t]*([-–—•·▪●◦*]|\d{1,2}[.)]|[а-яa-z]\))[ \t]+$/u;

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
  // Page furniture (tag lines, share buttons) is no part of the story: it gives neither mentions nor relations.
  const furniture = sentences.map((sentence) => isFurniture(sentence.text));
  const found = sentences.map((sentence, i) => ({ sentence, ...(furniture[i] ? NOTHING_FOUND : withoutCredit(sentence, mentionsOf(sentence, null))) }));
  // Towns named with a cue in one sentence are towns where another names them bare.
  const places = documentPlaces(found);
  const findings = found.map((f) => places.extend(f.sentence, f));
  const headed = meta.cityFromHeading ? reportCityEntity(meta.city) : null;
  const main = decideMainCity(findings, text, headed?.id ?? null);
  const registry = new EntityRegistry();
  const reportCity = main ? mainCityEntity(main.id, findings, headed) : reportCityEntity(meta.city);
  if (reportCity) registry.add(reportCity);
  const reportCityId = reportCity?.id ?? null;

  const relations: ExtractedRelation[] = [];
  const discourse = new Discourse(reportCityId, meta.year, meta.pageMonth, leadPartner(findings, reportCityId));
  // A university's or library's press release: its people act for it where a sentence names no side.
  const reportInstitution = reportInstitutionOf(sentences, reportCityId);
  if (reportInstitution) registry.add(reportInstitution);
  const reportInstitutionId = reportInstitution?.id ?? null;
  const countryOf = (id: string) => registry.get(id)?.country ?? null;
  for (const [i, sentence] of sentences.entries()) {
    if (furniture[i]) continue;
    const { mentions, entities } = places.extend(sentence, withoutCredit(sentence, mentionsOf(sentence, reportCityId)));
    for (const e of entities) registry.add(e);
    const frames = discourse.frames(sentence, mentions, BULLET_BEFORE.test(text.slice(Math.max(0, sentence.start - 8), sentence.start)));
    // One evidence object for the sentence's relations (nothing changes one in place).
    const evidence = { quote: sentence.text, start: sentence.start, end: sentence.end };
    for (const frame of frames) {
      // Field by field, not a rest and a spread of the frame: this runs for every sentence.
      const drafts = relationsOfSentence({
        text: frame.text,
        mentions: frame.mentions,
        topicCityId: frame.topicCityId,
        sectionCityId: frame.sectionCityId,
        topicEventId: frame.topicEventId,
        topicEventJustNamed: frame.topicEventJustNamed,
        placeOfEvent: frame.placeOfEvent,
        partnerNetworkOf: frame.partnerNetworkOf,
        recall: frame.recall,
        guests: frame.guests,
        reportCityId,
        reportInstitutionId,
        reportYear: frame.yearReferredTo ?? meta.year,
        countryOf,
      });
      // Field by field, not a spread of the draft: the rules' drafts come in several hidden classes, and a spread
      // of those is the slow, generic copy. Every draft is built in this order (kind … confidence), which the
      // output keeps.
      for (const d of drafts) {
        // "японская делегация": a country named only by its adjective has no entity of the sentence's own.
        if (d.source.startsWith('country:') && !registry.has(d.source)) {
          const country = countryEntity(d.source.slice('country:'.length));
          if (country) registry.add(country);
        }
        if (d.kind === 'HELD_IN') discourse.noteHeld(d.source, d.target);
        else if (d.kind === 'VISIT') discourse.noteVisit(d.source, d.target);
        relations.push({
          kind: d.kind, source: d.source, target: d.target, year: d.year, month: d.month, status: d.status, confidence: d.confidence, evidence,
        });
      }
    }
    discourse.advance(sentence, mentions, startsLine(text, sentence), endsParagraph(text, sentence));
  }
  const finished = finishRelations(relations, registry, reportCityId, text, discourse.partnerNetworkOf, (s, cityId) =>
    places.extend(s, mentionsOf(s, cityId)),
  );
  const used = new Set<string>();
  for (const r of finished) used.add(r.source).add(r.target);
  const keep = (e: Entity) =>
    used.has(e.id) || e.id === reportCityId || e.kind === 'City' || e.kind === 'Country' || e.kind === 'Person';
  const placed = placeInstitutionIds(registry.list(keep), finished);
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
    entities: placed.entities,
    relations: placed.relations,
  };
}

/** The sentence opens its line. */
/** The sentence ends its line: the normalised text has one paragraph per line. */
function endsParagraph(text: string, sentence: { end: number }): boolean {
  return /^[ \t]*(\n|$)/u.test(text.slice(sentence.end, sentence.end + 40));
}

function startsLine(text: string, sentence: { start: number }): boolean {
  return sentence.start === 0 || text[sentence.start - 1] === '\n';
}

/** The decided main city as an entity: as the text named it, else the gazetteer's entry. */
function mainCityEntity(id: string, findings: ReadonlyArray<{ entities: Entity[] }>, heading: Entity | null): Entity | null {
  if (heading?.id === id) return heading;
  // As the running text spells it: a heading in capitals ("ДУМА ГОРОДСКОГО ОКРУГА СЫЗРАНЬ") or in Latin letters
  // ("Künstler aus Tikhvin") names it too.
  let named: Entity | undefined;
  for (const f of findings) for (const e of f.entities) if (e.id === id && (!named || isCapitals(named.name) || (inLatin(named.name) && !inLatin(e.name)))) named = e;
  if (named) return { ...named, name: isCapitals(named.name) ? titleCase(named.name) : named.name, country: named.country ?? 'RU' };
  const city = cityById(id);
  return city ? { id: city.id, kind: 'City', name: city.name, nameEn: city.nameEn, country: city.country, lat: city.lat ?? null, lon: city.lon ?? null, wikidata: city.wikidata ?? null } : null;
}

function isCapitals(name: string): boolean {
  return name === name.toUpperCase() && name !== name.toLowerCase();
}

/** "СЫЗРАНЬ" → "Сызрань", "УСТЬ-ИЛИМСК" → "Усть-Илимск". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
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

/** A sentence's mentions without those of a photo credit run into it ("Фото: сайт представительства …"). */
function withoutCredit<T extends { mentions: Mention[]; entities: Entity[] }>(sentence: Sentence, found: T): T {
  const credit = creditInside(sentence.text);
  if (!credit) return found;
  const mentions = found.mentions.filter((m) => m.end <= credit.start || m.start >= credit.end);
  return { ...found, mentions };
}
