// What places and times the VISIT rules share: where travellers went (a destination's cue), what trip is still to
// come, and the draft of one visit.
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { ALONG_WITH_BEFORE, before, listFrom, type Clause, type Draft } from './context.js';
import { wordFirst } from '../lexicon/spans.js';
import { isPlanned } from './cues.js';

// A city named as where they went: "в Гомель", "в г. Маньчжурию", "в город-побратим Маньчжурию", "посетила город Кайфын",
// "посетили город-побратим Гродно".
// An adjective may stand before the city word: "в эстонском городе X", "посетила греческий город X", "посетила
// белорусские города X и Y", "в белорусской столице Минске"; the capital of a region or country named between: "в столицу Бурятии Улан-Удэ".
// "посетила с рабочим визитом Псковский округ": the visit's kind may stand between the verb and the place;
// "посетили наш город-побратим Дархан": a possessive before the city word; "в город-побратим Дзержинска
// Биттерфельд-Вольфен": the twin's owner between the word and the town.
export const DEST_BEFORE =
  /((?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во|посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]+\s+|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+([a-zß-öø-ſа-ԯ]+(ом|ем|ой|ый|ий|ую|ое|их|ых|ие|ые)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?|столиц[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?|г\.)?\s*|(посетил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посетив[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|посещени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|побывал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+в)\s+((с|со)\s+([a-zß-öø-ſа-ԯ]+(ым|им)\s+){1,2}визитом\s+)?(([a-zß-öø-ſа-ԯ]+(ий|ый|ой|ом|ую|ие|ые)|наш|нашу|свой|свою|наши|свои)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?|столиц[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+)?|г\.)?\s*)$/iu;
// "делегация вернулась из Брно", "по возвращении из Пловдива": where the travellers had been, not their home.
// "делегация привезла из Азербайджана меморандум": what the travellers brought back from where they had been.
export const RETURNED_FROM = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(вернул[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|вернувш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|возвратил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|возвращени[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|возвраща[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|привезл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|привез[её]т|привёз|привез)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?из\s+([a-zß-öø-ſа-ԯ]+(ого|его|ой|ей)\s+)?(города\s+|г\.\s*)?$/iu;
// "По приглашению администрации города Ульяновска … посетила делегация": the inviter is the host (the trip took place:
// "по приглашению" is no future "приглашены").
// (The words between are the inviter's lower-case titles: "по приглашению мэрии Гомеля делегация города Тулы" invites
// no Тула.)
export const INVITED_BY = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[Пп]о\s+приглашени[а-яё]*\s+([а-яё-]+\s+){0,3}?(город[а-яё]*\s+|г\.\s*)?$/u;
// "побывали в гостях у сверстников из Бреста": the hosts' home is where the guests went.
export const HOSTS_FROM = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])в\s+гост(ях|и)\s+у\s+([^.;:«»]{0,40}?\s)?из\s+(города\s+|г\.\s*)?$/iu;
// A trip still to come: "приедут", "прибудет", "побывают", "приглашены", "пригласил делегацию на День города",
// (not "приглашённые", the people invited, who may have come: "первыми приглашёнными стали гости из X"),
// "будут обмениваться делегациями", "соглашение позволит обмениваться делегациями", "гости выступят", "примут участие".
// Word first, the look-behind after it (spans.ts wordFirst): the same answers, a fraction of the time.
export const FUTURE_TRIP = new RegExp(
  wordFirst(
    String.raw`(позвол(ит|ят|яет|яют)|приедут|приедет|прибудет|прибудут|посетит|посетят|побывают|побывает|приглашен(?!и[юяе])(?!н(ый|ая|ое|ые|ых|ыми|ым|ого|ому|ой|ую|ом)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|пригласил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приглаша(ет|ют)|направит|направят|выступ(ит|ят)|прим(ет|ут)\s+участие|отправит|нанес[её]т|нанесут|отправится|отправятся|будут\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(обмениваться|приезжать|посещать))`,
    String.raw`(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])`,
  ),
  'iu',
);

// "Затем делегация отправилась в Курск", "Гости посетили Череповец": the guests the paragraph told of go on.
const GUESTS_GO_ON = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(гости|(затем|далее|потом|после\s+этого)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(затем|далее|потом))(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// "делегация администрации", "делегация мэрии", "наша делегация": the reporting town's own people.
const OWN_DELEGATION = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(администрации|мэрии|города|района|округа|муниципалитета|думы)|наш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+делегаци)/iu;

/** The guests who came to the reporting city earlier in the paragraph, going on elsewhere; null when none are told of. */
export function guestsGoingOn(text: string, guests: readonly string[] | undefined, hosts: readonly string[]): string[] | null {
  if (!guests?.length || !GUESTS_GO_ON.test(text) || OWN_DELEGATION.test(text)) return null;
  const going = guests.filter((g) => !hosts.includes(g));
  return going.length > 0 ? going : null;
}

// A trip that did not happen, told by its own words: "визит не состоялся", "делегация не приехала", "не смогли
// приехать", "поездку отменили", "визит перенесён на осень", "отказался от поездки" ("встреча не состоялась", "подписать
// не удалось", "не раз приезжал" leave the trip made).
export const NOT_MADE =
  /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(не\s+(смог[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|удалось|смогл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(приехать|прибыть|посетить|побывать|доехать|выехать)|не\s+(приехал|прибыл|посетил|доехал|побывал|выехал|поехал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(визит|поездк|приезд|командировк)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([^.;,]{0,60}?\s)?(не\s+состоял|отмен[её]н|отменил|отложен|отложил|перенес[её]н|перенесл|сорван)|(отменил|отложил|перенесл)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(визит|поездк|приезд)|отказал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+от\s+(визит|поездк))/iu;

// "приняла участие в праздновании 300-летия (города-побратима) X", "на Днях города X", "побывала на Дне города X":
// the celebrating city hosts.
const CELEBRATION_BEFORE = /(праздновани[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|торжеств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|юбиле[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|годовщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|\d+\s*-?\s*лети[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(дн(я|ей|ях|и|е)|день)\s+город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+((\d+\s*-?\s*лети[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|годовщин[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?\s+|г\.\s*)?$/iu;

const IN_OFFICE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в|во)\s+$/iu;
// The office as a building: an administration, a mayoralty, an akimat; not an official ("в мэре").
// What was held in the office: a meeting, talks, a reception ("как сообщили в мэрии …" is a source, no host).
// "в администрации Томска принимали делегацию": the guests received there.
const MEETING_THERE = /^[^.;,]{0,20}?((состоял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прош(л|ё|е)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+\s+)?(встреч|переговор|при[её]м|совещани)|(принима|принял|встреча|встретил)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}?(делегаци|гост))/iu;
// "Делегацию из Харбина принимали в администрации Томска": the receiving told before the office.
const RECEIVED_IN_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(принима|принял|встреча|встретил)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}?(в|во)\s+$/iu;
const OFFICE_PLACE = /^(администраци|мэри|акимат|хокимият|муниципалитет|ратуш|горисполком|правительств)/iu;

/** A city named as where they went. */
export function isDestination(clause: Clause, m: Mention): boolean {
  // "по приглашению мэрии Бреста": an inviting authority is the host.
  // "в акимате города Актобе состоялась встреча", "в мэрии Биробиджана прошли переговоры": where the guests were.
  if (m.via !== 'name') return m.via === 'authority' && (INVITED_BY.test(before(clause, m, 80)) || (IN_OFFICE_BEFORE.test(before(clause, m, 6)) && OFFICE_PLACE.test(clause.text.slice(m.start, m.end)) && (MEETING_THERE.test(clause.text.slice(m.end, m.end + 60)) || RECEIVED_IN_BEFORE.test(before(clause, m, 60)))));
  // "посетил наряду с Минском город-побратим Бобруйск": the town "along with" which another is visited is visited
  // too, and the inserted phrase stands between the verb and the other.
  const lead = before(clause, m, 80).replace(ALONG_WITH, ' ').slice(-40);
  if (ALONG_WITH_BEFORE.test(lead) && DEST_BEFORE.test(lead.replace(ALONG_WITH_BEFORE, ' '))) return true;
  // "в город-побратим Дзержинска Биттерфельд-Вольфен": the genitive after the word is the twin's owner.
  if (TWIN_WORD_END.test(lead) && clause.mentions.some((x) => x.kind === 'City' && x.via === 'name' && x.start > m.end && SPACE_ONLY.test(clause.text.slice(m.end, x.start)))) return false;
  return DEST_BEFORE.test(lead) || CELEBRATION_BEFORE.test(lead) || RETURNED_FROM.test(lead) || HOSTS_FROM.test(before(clause, m, 80)) || INVITED_BY.test(before(clause, m, 80)) || hostsGuests(clause, m);
}

// "Монгольский Ульгий принимал гостей из Горно-Алтайска", "Город Тамбов встречал делегацию": the town that opens the
// sentence and receives guests is where they went.
// "Сегодня, 15 января, Бельцы посетил мэр Ясс": the time of the visit may come first; "Жанибекский район
// Казахстана посетили мэр Волжского и …": its country may follow the town.
const OPENING = /^\s*((Сегодня|Вчера|Накануне|Недавно|Летом|Весной|Осенью|Зимой)\s*,?\s+([\da-zß-öø-ſа-ԯ]+[,\s]+){0,3}?)?(([A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+(ий|ый|ой|ая|ое|ие)|[Гг]ород|г\.)\s+)?$/u;
// "принимал гостей", "встречал делегацию"; "посетил мэр Ясс", "с дружеским визитом посетила делегация Минска": the
// town before the verb is its object when the travellers follow it.
const RECEIVES = /^\s*(\([^()]*\)\s*|((Республики|республики)\s+)?[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+\s+)?((с|со)\s+[a-zß-öø-ſа-ԯ]+\s+[a-zß-öø-ſа-ԯ]+\s+|[a-zß-öø-ſа-ԯ]+\s+)?((принял|принима|встречал|встретил|встреча(ет|ют))[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}?(гост|делегаци)|(посетил|посещал|посетят|посетит)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}?(делегаци|мэр|глав[аы]|руководител|председател|губернатор|представител|аким|бургомистр|кмет|гост))/u;

function hostsGuests(clause: Clause, m: Mention): boolean {
  return m.via === 'name' && OPENING.test(clause.text.slice(0, m.start)) && RECEIVES.test(clause.text.slice(m.end, m.end + 60));
}

// "наряду с Минском ": an inserted phrase that names a town of the same role as the word after it.
const ALONG_WITH = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наряду\s+со?\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s+(?=\S)/gu;
const TWIN_WORD_END = /город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const SPACE_ONLY = /^\s+$/u;

/** One VISIT from `from` to `to`. */
export function draft(from: string, to: string, year: number | null, month: number | null): Draft {
  return { kind: 'VISIT', source: from, target: to, year, month, status: null, confidence: confidenceOf('visit') };
}

// "делегации городов-побратимов Лиона – A и B": the delegations came from Lyon's twins listed after it, not from Lyon.
const TWINS_OF_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])город(ов|ам|ами|ах)-(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const LIST_GOES_ON = /^\s*(\([^()]*\)\s*)?(,|и\s)/u;
// "представители городов-побратимов Омска – A и B", "гости из городов-побратимов Омска – A": the same.
const TWINS_LISTED_BEFORE = /(?<!(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+)(делегаци|представител|гост|делегат)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}город(ов|ам|ами|ах)-(побратим|партн[её]р)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-]*\s*[:–—-]\s*([a-zß-öø-ſа-ԯ]+\s+)?$/u;

/**
 * Whether a town named with the twin word is the delegations' home: not the owner of "делегации городов-побратимов
 * Лиона", but each town listed after it ("– A и B"); null when the twin word says neither.
 */
export function twinsOrigin(clause: Clause, m: Mention): boolean | null {
  if (m.kind !== 'City' || m.via !== 'name') return null;
  if (TWINS_OF_BEFORE.test(before(clause, m, 30)) && !LIST_GOES_ON.test(clause.text.slice(m.end, m.end + 40))) return false;
  return TWINS_LISTED_BEFORE.test(before(clause, m, 80)) ? true : null;
}

/**
 * "делегации других городов-побратимов Лиона – A и B" with no place of the meeting: they met at Lyon's, whose twins
 * they are. The owner's id, or null.
 */
export function ownerOfGuestTwins(clause: Clause, origins: readonly string[]): string | null {
  const owner = clause.mentions.find((m) => twinsOrigin(clause, m) === false);
  // ("делегации из Тулы, Рязани и городов-побратимов Гомеля – Бреста и Витебска": guests from elsewhere too, who
  // are no twins of Gomel, came to the reporter's.)
  if (!owner || clause.mentions.some((m) => m.end <= owner.start && origins.includes(m.id))) return null;
  return owner.id;
}

const FROM_REGION = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])из\s+$/iu;

/** "гости из Минской области, A и B": the towns listed after a region the guests came from came too. */
export function townsAfterRegionOfGuests(clause: Clause, towns: Mention[]): string[] {
  const out: string[] = [];
  for (const r of clause.mentions) {
    if (r.kind !== 'Region' || !FROM_REGION.test(before(clause, r, 10))) continue;
    for (const o of listFrom(clause, r, towns).slice(1)) out.push(o.id);
  }
  return out;
}

// "прибыла делегация города-побратима во главе с …": the twin's delegation, its town not named here.
// (No "i" flag: with it, the class of capitals would match a lower-case letter too.)
const TWIN_DELEGATION = /([Дд]елегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|[Гг]ост(и|ей|ям|ями)|[Пп]редставител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([a-zß-öø-ſа-ԯ]+\s+)?(из\s+)?(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|побратим(а|ов))(?!\s*[-–—:]?\s*([A-ZÀ-ÖØ-ÞЀ-Я]|«))/u;

/** The clause tells of the twin's delegation and names no town after the word. */
export function twinNotNamed(clause: Clause): boolean {
  return TWIN_DELEGATION.test(clause.text) && !clause.mentions.some((m) => m.kind === 'City' && m.via === 'name');
}

const SPACE_GAP = /^\s+$/u;
const VERB_GAP = /^\s+(посетил|посетила|посетили|прибыл|прибыла|прибыли|приехал|приехала|приехали)\s+$/u;

/**
 * The words between the trip's word and an official: nothing, after a verb that comes first ("посетил мэр"), or the
 * verb itself after "с … визитом" ("с дружеским визитом посетил мэр").
 */
export function officialAfterVerb(trigger: string, gap: string, verbFirst: RegExp): boolean {
  return (SPACE_GAP.test(gap) && verbFirst.test(trigger)) || (/^визитом$/iu.test(trigger) && VERB_GAP.test(gap));
}

// "После визита Кургана в Юйлинь партнёры планируют …": the trip told first is done, whatever is planned after; so is
// one during which something was agreed ("В ходе визита в Павлодар достигнута договорённость о …", "посетила Омск, где
// обсудили подготовку соглашения"), not one the clause plans ("В ходе визита, запланированного на май, подпишут …").
const PAST_FRAME = /^\s*(после|по\s+итогам|по\s+результатам)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?$/iu;
const DURING_FRAME = /^\s*(в\s+ходе|в\s+рамках|во\s+время)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?$/iu;
const PAST_TRIP = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(посетил|прибыл|побывал|приехал|приезжал|посещал|выезжал|выехал)/iu;
const AGREED = /(достигнут[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}договор[её]нност|договорил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|обсудил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|обсуждал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
const STILL_AHEAD = /(планир|запланир|намерен|предстоящ|будущ|будет|будут|состоится|подпишут|подпишет|проведут)/iu;

/** The clause cut after the destination of a visit told as done (framed as past, or a verb's past) at its start, or null. */
export function pastFrame(clause: Clause, trigger: RegExpExecArray): Clause | null {
  const to = clause.mentions.find((m) => m.kind === 'City' && m.start > trigger.index && isDestination(clause, m));
  const opening = clause.text.slice(0, trigger.index);
  const agreed = AGREED.test(clause.text) && !STILL_AHEAD.test(clause.text) && (DURING_FRAME.test(opening) || PAST_TRIP.test(clause.text.slice(trigger.index, to?.start)));
  if (!to || !((/^визит/iu.test(trigger[0]) && PAST_FRAME.test(opening)) || agreed)) return null;
  const text = clause.text.slice(0, to.end);
  if (isPlanned(text) || FUTURE_TRIP.test(text)) return null;
  return { ...clause, text, end: clause.start + to.end, mentions: clause.mentions.filter((m) => m.end <= to.end), all: clause.all.filter((m) => m.end <= to.end) };
}
