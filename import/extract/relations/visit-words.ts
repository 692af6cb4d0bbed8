// What places and times the VISIT rules share: where travellers went (a destination's cue), what trip is still to
// come, and the draft of one visit.
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { ALONG_WITH_BEFORE, before, listFrom, type Clause, type Draft } from './context.js';
import { wordFirst } from '../lexicon/spans.js';
import { isPlanned } from './cues.js';

// A city named as where they went: "в Гомель", "в г. Маньчжурию", "в город-побратим Маньчжурию", "посетила город Кайфын",
// "посетили город-побратим Гродно".
// An adjective may stand before the city word: "в эстонском городе X", "посетила греческий город X", "в белорусской
// столице Минске"; the capital of a region or country named between: "в столицу Бурятии Улан-Удэ".
// "посетила с рабочим визитом Псковский округ": the visit's kind may stand between the verb and the place;
// "посетили наш город-побратим Дархан": a possessive before the city word; "в город-побратим Дзержинска
// Биттерфельд-Вольфен": the twin's owner between the word and the town.
export const DEST_BEFORE =
  /((?<![\p{L}])(в|во|посетил\p{L}*|посетив\p{L}*)\s+город\p{L}*-(побратим|партн[её]р)\p{L}*\s+\p{Lu}[\p{L}-]+\s+|(?<![\p{L}])(в|во)\s+(\p{Ll}+(ом|ем|ой|ый|ий|ую|ое)\s+)?(город\p{L}*(-побратим\p{L}*|-партн[её]р\p{L}*)?|столиц\p{L}*(\s+\p{Lu}\p{Ll}+)?|г\.)?\s*|(посетил\p{L}*|посетив\p{L}*|посещени\p{L}*|побывал\p{L}*\s+в)\s+((с|со)\s+(\p{Ll}+(ым|им)\s+){1,2}визитом\s+)?((\p{Ll}+(ий|ый|ой|ом|ую)|наш|нашу|свой|свою)\s+)?(город\p{L}*(-побратим\p{L}*|-партн[её]р\p{L}*)?|столиц\p{L}*(\s+\p{Lu}\p{Ll}+)?|г\.)?\s*)$/iu;
// "делегация вернулась из Брно", "по возвращении из Пловдива": where the travellers had been, not their home.
// "делегация привезла из Азербайджана меморандум": what the travellers brought back from where they had been.
export const RETURNED_FROM = /(?<![\p{L}])(вернул\p{L}*|возвратил\p{L}*|возвращени\p{L}*|возвраща\p{L}*|привезл\p{L}*|привез[её]т|привёз|привез)\s+(\p{L}+\s+){0,2}?из\s+(\p{Ll}+(ого|его|ой|ей)\s+)?(города\s+|г\.\s*)?$/iu;
// "По приглашению администрации города Ульяновска … посетила делегация": the inviter is the host (the trip took place:
// "по приглашению" is no future "приглашены").
// (The words between are the inviter's lower-case titles: "по приглашению мэрии Гомеля делегация города Тулы" invites
// no Тула.)
export const INVITED_BY = /(?<![\p{L}])[Пп]о\s+приглашени[а-яё]*\s+([а-яё-]+\s+){0,3}?(город[а-яё]*\s+|г\.\s*)?$/u;
// "побывали в гостях у сверстников из Бреста": the hosts' home is where the guests went.
export const HOSTS_FROM = /(?<![\p{L}])в\s+гост(ях|и)\s+у\s+([^.;:«»]{0,40}?\s)?из\s+(города\s+|г\.\s*)?$/iu;
// A trip still to come: "приедут", "прибудет", "побывают", "приглашены", "пригласил делегацию на День города",
// (not "приглашённые", the people invited, who may have come: "первыми приглашёнными стали гости из X"),
// "будут обмениваться делегациями", "соглашение позволит обмениваться делегациями", "гости выступят", "примут участие".
// Word first, the look-behind after it (spans.ts wordFirst): the same answers, a fraction of the time.
export const FUTURE_TRIP = new RegExp(
  wordFirst(
    String.raw`(позвол(ит|ят|яет|яют)|приедут|приедет|прибудет|прибудут|посетит|посетят|побывают|побывает|приглашен(?!и[юяе])(?!н(ый|ая|ое|ые|ых|ыми|ым|ого|ому|ой|ую|ом)(?![\p{L}]))\p{L}*|пригласил\p{L}*|приглаша(ет|ют)|направит|направят|выступ(ит|ят)|прим(ет|ут)\s+участие|отправит|нанес[её]т|нанесут|отправится|отправятся|будут\s+(\p{L}+\s+)?(обмениваться|приезжать|посещать))`,
    String.raw`(?![\p{L}])`,
  ),
  'iu',
);

// "Затем делегация отправилась в Курск", "Гости посетили Череповец": the guests the paragraph told of go on.
const GUESTS_GO_ON = /(?<![\p{L}])(гости|(затем|далее|потом|после\s+этого)\s+(\p{L}+\s+)?делегаци\p{L}*|делегаци\p{L}*\s+(затем|далее|потом))(?![\p{L}])/iu;
// "делегация администрации", "делегация мэрии", "наша делегация": the reporting town's own people.
const OWN_DELEGATION = /(?<![\p{L}])(делегаци\p{L}*\s+(администрации|мэрии|города|района|округа|муниципалитета|думы)|наш\p{L}*\s+делегаци)/iu;

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
  /(?<![\p{L}])(не\s+(смог\p{L}*|удалось|смогл\p{L}*)\s+(\p{L}+\s+)?(приехать|прибыть|посетить|побывать|доехать|выехать)|не\s+(приехал|прибыл|посетил|доехал|побывал|выехал|поехал)\p{L}*|(визит|поездк|приезд|командировк)\p{L}*\s+([^.;,]{0,60}?\s)?(не\s+состоял|отмен[её]н|отменил|отложен|отложил|перенес[её]н|перенесл|сорван)|(отменил|отложил|перенесл)\p{L}*\s+(\p{L}+\s+){0,3}?(визит|поездк|приезд)|отказал\p{L}*\s+от\s+(визит|поездк))/iu;

// "приняла участие в праздновании 300-летия (города-побратима) X", "на Днях города X", "побывала на Дне города X":
// the celebrating city hosts.
const CELEBRATION_BEFORE = /(праздновани\p{L}*|торжеств\p{L}*|юбиле\p{L}*|годовщин\p{L}*|\d+\s*-?\s*лети\p{L}*|(дн(я|ей|ях|и|е)|день)\s+город\p{L}*)\s+((\d+\s*-?\s*лети\p{L}*|годовщин\p{L}*)\s+)?(город\p{L}*(-побратим\p{L}*|-партн[её]р\p{L}*)?\s+|г\.\s*)?$/iu;

const IN_OFFICE_BEFORE = /(?<![\p{L}])(в|во)\s+$/iu;
// The office as a building: an administration, a mayoralty, an akimat; not an official ("в мэре").
// What was held in the office: a meeting, talks, a reception ("как сообщили в мэрии …" is a source, no host).
const MEETING_THERE = /^[^.;,]{0,20}?(состоял\p{L}*|прош(л|ё|е)\p{L}*)\s+(\p{Ll}+\s+)?(встреч|переговор|при[её]м|совещани)/iu;
const OFFICE_PLACE = /^(администраци|мэри|акимат|хокимият|муниципалитет|ратуш|горисполком|правительств)/iu;

/** A city named as where they went. */
export function isDestination(clause: Clause, m: Mention): boolean {
  // "по приглашению мэрии Бреста": an inviting authority is the host.
  // "в акимате города Актобе состоялась встреча", "в мэрии Биробиджана прошли переговоры": where the guests were.
  if (m.via !== 'name') return m.via === 'authority' && (INVITED_BY.test(before(clause, m, 80)) || (IN_OFFICE_BEFORE.test(before(clause, m, 6)) && OFFICE_PLACE.test(clause.text.slice(m.start, m.end)) && MEETING_THERE.test(clause.text.slice(m.end, m.end + 60))));
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
const OPENING = /^\s*((Сегодня|Вчера|Накануне|Недавно|Летом|Весной|Осенью|Зимой)\s*,?\s+([\d\p{Ll}]+[,\s]+){0,3}?)?((\p{Lu}\p{Ll}+(ий|ый|ой|ая|ое|ие)|[Гг]ород|г\.)\s+)?$/u;
// "принимал гостей", "встречал делегацию"; "посетил мэр Ясс", "с дружеским визитом посетила делегация Минска": the
// town before the verb is its object when the travellers follow it.
const RECEIVES = /^\s*(\([^()]*\)\s*|((Республики|республики)\s+)?\p{Lu}\p{Ll}+\s+)?((с|со)\s+\p{Ll}+\s+\p{Ll}+\s+|\p{Ll}+\s+)?((принял|принима|встречал|встретил|встреча(ет|ют))\p{L}*\s+(\p{Ll}+\s+){0,2}?(гост|делегаци)|(посетил|посещал|посетят|посетит)\p{L}*\s+(\p{Ll}+\s+){0,2}?(делегаци|мэр|глав[аы]|руководител|председател|губернатор|представител|аким|бургомистр|кмет|гост))/u;

function hostsGuests(clause: Clause, m: Mention): boolean {
  return m.via === 'name' && OPENING.test(clause.text.slice(0, m.start)) && RECEIVES.test(clause.text.slice(m.end, m.end + 60));
}

// "наряду с Минском ": an inserted phrase that names a town of the same role as the word after it.
const ALONG_WITH = /(?<![\p{L}])наряду\s+со?\s+\p{Lu}[\p{L}-]*\s+(?=\S)/gu;
const TWIN_WORD_END = /город\p{L}*-(побратим|партн[её]р)\p{L}*\s+$/iu;
const SPACE_ONLY = /^\s+$/u;

/** One VISIT from `from` to `to`. */
export function draft(from: string, to: string, year: number | null, month: number | null): Draft {
  return { kind: 'VISIT', source: from, target: to, year, month, status: null, confidence: confidenceOf('visit') };
}

// "делегации городов-побратимов Лиона – A и B": the delegations came from Lyon's twins listed after it, not from Lyon.
const TWINS_OF_BEFORE = /(?<![\p{L}])город(ов|ам|ами|ах)-(побратим|партн[её]р)\p{L}*\s+$/iu;
const LIST_GOES_ON = /^\s*(\([^()]*\)\s*)?(,|и\s)/u;
// "представители городов-побратимов Омска – A и B", "гости из городов-побратимов Омска – A": the same.
const TWINS_LISTED_BEFORE = /(?<!(?<![\p{L}])(с|со)\s+)(делегаци|представител|гост|делегат)\p{L}*\s+(\p{Ll}+\s+){0,2}город(ов|ам|ами|ах)-(побратим|партн[её]р)\p{L}*\s+\p{Lu}[\p{L}-]*\s*[:–—-]\s*(\p{Ll}+\s+)?$/u;

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

const FROM_REGION = /(?<![\p{L}])из\s+$/iu;

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
// (No "i" flag: with it, \p{Lu} would match a lower-case letter too.)
const TWIN_DELEGATION = /([Дд]елегаци\p{L}*|[Гг]ост(и|ей|ям|ями)|[Пп]редставител\p{L}*)\s+(\p{Ll}+\s+)?(из\s+)?(город\p{L}*-побратим\p{L}*|побратим(а|ов))(?!\s*[-–—:]?\s*(\p{Lu}|«))/u;

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
const PAST_FRAME = /^\s*(после|по\s+итогам|по\s+результатам)\s+(\p{L}+\s+)?$/iu;
const DURING_FRAME = /^\s*(в\s+ходе|в\s+рамках|во\s+время)\s+(\p{L}+\s+)?$/iu;
const PAST_TRIP = /(?<![\p{L}])(посетил|прибыл|побывал|приехал|приезжал|посещал|выезжал|выехал)/iu;
const AGREED = /(достигнут\p{L}*\s+(\p{L}+\s+){0,2}договор[её]нност|договорил\p{L}*|обсудил\p{L}*|обсуждал\p{L}*)/iu;
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
