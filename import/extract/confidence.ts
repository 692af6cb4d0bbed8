// How often each relation rule is right: one table, so that `ExtractedRelation.confidence` (and a statement's) means the same
// thing whatever rule made the relation, in extraction, in the importer's own LOCATED_IN and for a twin list's rows. Calibrated on the dev set (`npm run eval` prints precision per confidence band): a
// relation at 0.9 or above should be right at least nine times in ten. Change a value only with a measurement.

export const CONFIDENCE = {
  // TWIN
  'twin.established': 0.9, // "подписали соглашение об установлении побратимских связей", "стал побратимом"
  'twin.stated': 0.85, // "город-побратим X", "30-летие побратимских отношений с X"
  'twin.list': 0.8, // "побратимами являются A, B и C"
  'twin.intent': 0.75, // an intended twinning: a planned AGREEMENT
  'twin.intent-signed': 0.75, // a signed memorandum of intent to become twins
  // AGREEMENT
  'agreement.signed': 0.85,
  'agreement.planned': 0.75,
  // VISIT
  visit: 0.8,
  'visit.answered': 0.7, // the earlier visit a return visit ("ответный визит") answers, undated
  // PARTNER, CONTACT, PARTICIPATED_IN, HELD_IN
  partner: 0.7,
  contact: 0.6,
  participation: 0.7,
  'held-in': 0.7,
  // LOCATED_IN (relations/located.ts, and the importer's to-graph.ts for the cities extraction left unplaced)
  'located.named-city': 0.9, // an institution in the city its own name states ("школа № 75 города Гомеля")
  'located.entity-city': 0.8, // an institution in the city its entity records
  'located.bystander': 0.75, // an institution no relation names, placed by the city its name states
  'located.country': 0.9, // a city the report relates, in the country the gazetteer or the text gives
  'located.stated-country': 0.85, // a city nothing else relates, placed by the text alone ("Ингольштадт (Германия)")
  // A row of an imported twin list, and the LOCATED_IN it gives its cities: the list says so outright
  'twin-list': 1,
} as const;

export type ConfidenceRule = keyof typeof CONFIDENCE;

export function confidenceOf(rule: ConfidenceRule): number {
  return CONFIDENCE[rule];
}
