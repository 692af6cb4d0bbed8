// "Соглашение … подписали 18 августа в Минусинске глава Кызыла и глава Минусинска": a document two towns signed in
// one of them tells that the other's people travelled there, a VISIT (spec: an official of one place physically
// travelled to another city). Read after the other rules, from the documents they found in the sentence.
import type { Draft, SentenceContext } from './context.js';
import { draft } from './visit-words.js';

// The signing told as done: "подписали", "подписано", "было подписано", "заключили", "подписание состоялось".
const SIGNED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подписал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подписан[оаы]?|заключил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|заключен[оаы]?|заключён[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|подписани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?подписани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// Where: "в Минусинске", "в городе Минусинске", "в г. Линц" right before the town.
const IN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+((городе|г\.)\s*)?$/iu;
const NEAR = 160;
// "в администрации города Усинска подписали": a town's offices are in the town.
const OFFICE = /^(администраци|мэри|горисполком|акимат|ратуш|муниципалитет)/iu;
const CONTENT = /котор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|предусматрива|предполага|направлен/iu;
// Site furniture: "Погода в Саратове: +24 °С".
const WIDGET_BEFORE = /погода\s+в\s+$/iu;
// Online signings are no travel.
const ONLINE = /(онлайн|дистанционн|видеоконференц|видеосвяз|в\s+режиме\s+(видео|онлайн))/iu;

/** The signing's verb follows the office in the same stretch ("в администрации X главы … подписали", not "согласованное в администрации X, подписано"). */
function signedThere(text: string, officeEnd: number, signedAt: number): boolean {
  return signedAt > officeEnd && !/[,;]/u.test(text.slice(officeEnd, signedAt));
}

/** VISITs from the other side to the side in whose town the sentence says a document of the two was signed. */
export function visitsOfSigningPlace(ctx: SentenceContext, found: readonly Draft[]): Draft[] {
  const signed = SIGNED.exec(ctx.text);
  if (!signed || ONLINE.test(ctx.text)) return [];
  // The place of the signing stands by its verb, with no clause on the document's content between
  // ("…, которое предусматривает … летнюю школу в Камагуэе" is not where it was signed).
  const near = (at: number) => {
    const [from, to] = at < signed.index ? [at, signed.index] : [signed.index, at];
    return to - from <= NEAR && !CONTENT.test(ctx.text.slice(from, to));
  };
  const places = new Set(
    ctx.mentions
      .filter((m) => m.kind === 'City' && (m.via === 'name' || (m.via === 'authority' && OFFICE.test(ctx.text.slice(m.start, m.end)) && signedThere(ctx.text, m.end, signed.index))) && !m.nestedIn && near(m.start) && IN_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 14), m.start)) && !WIDGET_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 20), m.start)))
      .map((m) => m.id),
  );
  if (places.size !== 1) return [];
  const place = [...places][0]!;
  const out: Draft[] = [];
  for (const d of found) {
    if ((d.kind !== 'AGREEMENT' && d.kind !== 'TWIN') || d.status === 'planned') continue;
    const other = d.source === place ? d.target : d.target === place ? d.source : null;
    if (!other || !other.startsWith('city:')) continue;
    if (found.some((v) => v.kind === 'VISIT' && v.target === place && v.source === other) || out.some((v) => v.source === other)) continue;
    out.push(draft(other, place, d.year, d.month));
  }
  return out;
}
