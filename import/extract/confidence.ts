// How often each relation rule is right: one table, so that `Relation.confidence` means the same thing whatever
// rule made the relation. Calibrated on the dev set (`npm run eval` prints precision per confidence band): a
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
  // PARTNER, CONTACT, PARTICIPATED_IN, HELD_IN
  partner: 0.7,
  contact: 0.6,
  participation: 0.7,
  'held-in': 0.7,
} as const;

export type ConfidenceRule = keyof typeof CONFIDENCE;

export function confidenceOf(rule: ConfidenceRule): number {
  return CONFIDENCE[rule];
}
