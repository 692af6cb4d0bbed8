// The institution a text is the press release of: "Пресс-служба Тамбовского государственного университета" or the
// institution's name alone as the masthead, in the first lines. Its people ("ректор подписал", "делегация
// университета") act for it where the sentence names no side of its own, as the reporting city's do for a city's
// report.
import { mentionsOf } from './sentence-mentions.js';
import type { Entity, Sentence } from './types.js';

/** The first lines a masthead may stand on. */
const HEAD_SENTENCES = 3;
// "Пресс-служба …", "Пресс-центр …", "Новости …", "Информационная служба …" before the institution.
// Between an institution and its city in a masthead: "г. Пскова", "городского округа Саранск".
const OF_CITY = /^\s*(г\.|города|городского\s+округа)\s*$/iu;
const PRESS_OFFICE = /^\s*(пресс-служба|пресс-центр|новости|информационн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+служба|медиацентр)\s+/iu;

const FIELD_SEPARATOR = /\s[·|•]\s/gu;

/** Where the last field of a line of fields separated by "·" or "|" starts (0 for a plain line). */
function lastField(text: string): number {
  let at = 0;
  for (const m of text.matchAll(FIELD_SEPARATOR)) at = m.index! + m[0].length;
  return at;
}

/** The institution whose press release the text is, with its entity, or null. */
export function reportInstitutionOf(sentences: readonly Sentence[], reportCityId: string | null): Entity | null {
  for (const sentence of sentences.slice(0, HEAD_SENTENCES)) {
    // A byline's last field ("Новости школы · 19.02.2024 · МБОУ «Средняя школа № 17»"), and the press office's own
    // name, which is no party (the finder leaves it out): read what follows them.
    const field = lastField(sentence.text);
    const office = PRESS_OFFICE.exec(sentence.text.slice(field));
    const from = field + (office ? office[0].length : 0);
    const rest = { text: sentence.text.slice(from), start: sentence.start + from, end: sentence.end };
    const { mentions, entities } = mentionsOf(rest, reportCityId);
    const inst = mentions.find((m) => m.kind === 'Institution' && (reportCityId === null || m.cityId === reportCityId));
    if (!inst) continue;
    // The masthead is the institution's name alone, or after the press office's, or with its city after it
    // ("МБУК «Централизованная библиотечная система» г. Пскова").
    const city = mentions.find((m) => m.kind === 'City' && m.start >= inst.end && OF_CITY.test(rest.text.slice(inst.end, m.start)));
    const left = rest.text.slice(city ? city.end : inst.end);
    if (rest.text.slice(0, inst.start).trim() !== '' || left.replace(/[.\s]+$/u, '') !== '') continue;
    return entities.find((e) => e.id === inst.id) ?? null;
  }
  return null;
}

// The institution's people or the institution itself acting: "ректор подписал", "делегация университета".
// A school's page names its pupils and teachers ("ребята выступили", "гимназисты", "наш хор"); a museum's, its staff.
const INSTITUTION_ACTOR = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(ректор|проректор|университет|вуз|институт|академи|библиотек|школ|колледж|кафедр|факультет|преподавател|студент|учён|учен|сотрудник|гимнази|лице[йя]|учащи|ученик|ученич|ребят|педагог|учител|воспитанник|директор|музе|хранител|реставратор)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

/** The side a clause names none of its own for: the report's institution when its people act, else the city. */
export function defaultSide(text: string, reportCityId: string | null, reportInstitutionId: string | null | undefined): string | null {
  return reportInstitutionId && INSTITUTION_ACTOR.test(text) ? reportInstitutionId : reportCityId;
}
