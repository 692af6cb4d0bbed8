// One report's extraction as graph rows: an entity row per entity, a fact row per fact identity (several sentences
// stating one fact become one fact with several evidence entries), and every city LOCATED_IN its country.
import type { Extraction, ExtractedRelation } from '../extract/types.js';
import { addEntity, addFact, type GraphBatch, type EntityRow, type Props, type FactRow } from './batch.js';
import { evidenceJson } from '../../neo4j/model/evidence.js';
import { canonicalEnds, factIdentity, factKey } from '../../neo4j/model/fact.js';
import { isRelationKind } from '../../neo4j/model/kinds.js';
import { countryRow, entityRow, rowForBareId } from './entity-rows.js';
import { confidenceOf } from '../extract/confidence.js';

export interface ReportGraph extends GraphBatch {
  report: { id: string; props: Props };
  /** Relations left out, with why (an unknown kind, an endpoint no entity describes). */
  skipped: string[];
}

export function toGraph(x: Extraction, importedAt = new Date().toISOString()): ReportGraph {
  const support = x.report.id;
  const entities = new Map<string, EntityRow>();
  const facts = new Map<string, FactRow>();
  const skipped: string[] = [];
  for (const e of x.entities) addEntity(entities, entityRow(e));

  const firstQuoteOf = new Map<string, ExtractedRelation>();
  for (const r of x.relations) {
    if (!isRelationKind(r.kind)) {
      skipped.push(`${r.kind} ${r.source} → ${r.target}: unknown relation kind`);
      continue;
    }
    const missing = [r.source, r.target].filter((id) => !entities.has(id) && !addBare(entities, id));
    if (missing.length > 0) {
      skipped.push(`${r.kind} ${r.source} → ${r.target}: no entity for ${missing.join(', ')}`);
      continue;
    }
    const [source, target] = canonicalEnds(r.kind, r.source, r.target);
    addFact(facts, { kind: r.kind, source, target, key: factKey(r.kind, r), evidence: [evidenceOf(support, r)] });
    for (const id of [r.source, r.target]) if (!firstQuoteOf.has(id)) firstQuoteOf.set(id, r);
  }

  for (const city of [...entities.values()].filter((n) => n.kind === 'City')) {
    const iso2 = city.props.country;
    if (typeof iso2 !== 'string') continue;
    const country = countryRow(iso2);
    if (!country) continue;
    addEntity(entities, country);
    if (facts.has(factIdentity({ kind: 'LOCATED_IN', source: city.id, target: country.id, key: '' }))) continue;
    // The model gives every city its country; the quote is the first sentence that names the city, if any.
    const first = firstQuoteOf.get(city.id);
    const evidence = evidenceJson({
      report: support,
      source: 'report',
      quote: first?.evidence.quote ?? null,
      start: first?.evidence.start ?? null,
      end: first?.evidence.end ?? null,
      year: null,
      confidence: confidenceOf('located.country'),
    });
    addFact(facts, { kind: 'LOCATED_IN', source: city.id, target: country.id, key: '', evidence: [evidence] });
  }

  return {
    support,
    entities: [...entities.values()],
    facts: [...facts.values()],
    skipped,
    report: {
      id: x.report.id,
      props: {
        sha256: x.report.sha256,
        file: x.report.file,
        city: x.report.city,
        year: x.report.year,
        title: x.report.title ?? null,
        importedAt,
        text: x.text,
        entityCount: entities.size,
        relationCount: facts.size,
        entityIds: [...entities.keys()],
      },
    },
  };
}

function evidenceOf(report: string, r: ExtractedRelation): string {
  return evidenceJson({
    report,
    source: 'report',
    quote: r.evidence.quote,
    start: r.evidence.start,
    end: r.evidence.end,
    year: r.year,
    month: r.month,
    confidence: r.confidence,
  });
}

function addBare(entities: Map<string, EntityRow>, id: string): boolean {
  const row = rowForBareId(id);
  if (row) addEntity(entities, row);
  return row !== undefined;
}
