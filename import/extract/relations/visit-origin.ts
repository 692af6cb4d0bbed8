// Where the travellers of a visit come from: the words before a town that name it as their home ("делегация
// Омска", "мэр Гомеля посетил …", "Гостями стали …"), and the officials met, whose town is the host.
import type { Mention } from '../mentions.js';
import { before, type Clause } from './context.js';
import { DEST_BEFORE, HOSTS_FROM, INVITED_BY, officialAfterVerb, RETURNED_FROM, twinsOrigin } from './visit-words.js';

// A city named as the travellers' home: "делегация (города) Омска", "кругов Омска", "из города Павлодара",
// "муниципалитета Барлебена", "мэрии Маньчжурии", "делегации городов-побратимов: Бреста, …", a list after
// "делегации:" ("- города Эрдэнэт (Монголия);", read with its lead line), "делегации городов-побратимов и партнёров:",
// "делегациями из четырёх городов, прибывших на праздник: …", "делегации побратимов Генуи", "делегации наших самых
// дружественных городов-побратимов: …", "первые лица городов-побратимов: …", "делегации городов-побратимов – A и B",
// "делегация администрации уезда Дуннин" (a county, a district: a town of its own), "делегация коммуны Киркенес",
// "делегация чиновников соседнего района" (who the delegates are, then whose). "делегации из более, чем десяти
// городов России и Белоруссии – A, B": the countries of the towns listed after the dash.
const ORIGIN_BEFORE =
  /(делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|делегат[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(?<=первые\s+)лица|миссия|миссии|миссию|кругов|представител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|муниципалитет[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мэри[ия]|мэр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|администраци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|глав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|правительств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|парламента|скупщины|из|от)(\s+|\s*:\s*([-–—•]\s*)?)((официальн|делов|творческ|молод[её]жн|спортивн|бизнес|торгов|представительн|чиновник|депутат|специалист|предпринимател|педагог|журналист|ветеран|спортсмен|артист|преподавател)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(и\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?)*([a-zß-öø-ſа-ԯ]+(ого|его|ой|ей)\s+|([a-zß-öø-ſа-ԯ]{3,}(ых|их)\s+(и\s+)?){1,4}(?=(городов|\d|двух|тр[её]х|четыр[её]х|пяти|шести|семи|нескольких)))?(\(|«)?\s*(((более\s*,?\s*(чем\s+)?|свыше\s+|около\s+)?(двух|тр[её]х|четыр[её]х|пяти|шести|семи|восьми|девяти|десяти|\d+|нескольких|многих|разных)\s+)?городов|города|г\.|городского\s+округа|муниципального\s+образования|мо|уезда|района|коммуны|гмины|побратим(ов|а))?(-побратим[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|-геро[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?(\s+и\s+(городов-)?партн[её]р[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)?(,\s*[a-zß-öø-ſа-ԯ][^:;.]{0,60}(?=:))?((?<=городов)\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+((\s*,\s*|\s+и\s+)[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+){0,3}(?=\s*[—–]))?\s*(:|(?<=(городов(\s+[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+((\s*,\s*|\s+и\s+)[A-ZÀ-ÖØ-ÞЀ-Я][a-zß-öø-ſа-ԯ]+){0,3})?|побратимов|партн[её]ров)\s*)[—–])?\s*«?$/iu;
// "делегация Исполнительного комитета муниципального образования города Набережные Челны", "делегация депутатов
// муниципального собрания японского города Ниигаты": a body of the town, named at length, with no verb nor a place's
// preposition in between ("делегация осмотрела достопримечательности города …" saw the town).
const BODY_OF_TOWN_BEFORE = /[Дд]елегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(?!(в|во|на|с|со|из|к|по|для|от|при)\s|[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(л|ла|ли|ло|лся|лась|лись)\s)((?!\s(в|во|на|с|со|из|к|по|для|от|при)\s|\s[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+(ла|ли|лся|лась|лись)\s|посет|прибы|встрет|принял|провел|провёл|побывал|приехал|выезж|выехал|во\s+главе)[^.;:,«»]){0,80}?\s(города|г\.|городского\s+округа)\s*$/u;
// "встретился с главой Бреста": the official met is the host, not a traveller.
const MET_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}(глав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|мэр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|председател[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|представител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+(города\s+|г\.\s*)?$/iu;
// "школьники Пензы", "спортсмены города Тулы", "творческий коллектив Твери": travellers of a city, named before it in
// the genitive.
const TRAVELLERS_OF = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(школьник|студент|спортсмен|артист|музыкант|учащи|ученик|ученики|педагог|врач|журналист|предпринимател|бизнесмен|специалист|юн|молод[её]ж|коллектив|ансамбл|команд|оркестр|танцор|вокалист|исполнител)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(города\s+|г\.\s*)?$/iu;

// Who travels: "омская делегация", "омских официальных и деловых кругов", "омские предприниматели".
export const TRAVELLERS = /^\s*([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(и\s+)?){0,3}(делегаци|круг|предпринимател|бизнесмен|представител|официальн|миссия|миссии|команд|коллектив|спортсмен|артист|гост|специалист|школьник|студент|журналист|педагог|врач|музыкант|ученик|учащ)/iu;

// "делегация, которую возглавил председатель городской Думы X", "делегация во главе с мэром X": the leader's city
// is the delegation's home.
const LED_BY = /(делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*[^.;:]{0,30}?(возглав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|во\s+главе\s+с(о)?)|возглав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+[^.;:«»]{0,70}$/iu;
// "делегация во главе с главой города побывала в Баку и Ленкорани": a trip's verb after the leader; the towns after
// it are where they went, not the leader's.
const TRIP_AFTER_LEADER = /(во\s+главе\s+с|возглав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)[^.;:]*?(посетил|побывал|прибыл|приехал|выехал|выезжал|отправил|переехал|находил|работал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s/iu;
// "делегацией Генерального консульства Японии во Владивостоке": the city where the travelling body sits.
// (The body right after "делегаци…": "делегация провела встречу в Посольстве … в Белграде" is no delegation of it.)
const SEAT_BEFORE = /делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,2}(консульств|посольств|представительств|отделени|филиал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+[^.;:]{0,30}?(в|во)\s+(городе\s+|г\.\s*)?$/iu;
// "посетил генеральный консул Норвегии в Санкт-Петербурге": a diplomat comes from the city of the post.
// The person, not the embassy: "посол", "консулом", not "в Посольстве … в Белграде"; "о после", not "После визита в …".
const DIPLOMAT_SEAT_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(консул(а|у|ом|е)?|посол|посла|послу|послом|(?<=(о|при)\s)после|посланник[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|торгпред[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([^.;:,]{0,40}?\s)?(в|во)\s+(городе\s+|г\.\s*)?$/iu;

// Each run of white space that is not a lone space: replaced by one space, what `/\s+/g` gives without a
// replacement (and a copy) for every space between two words.
const SPACE_RUN = /\s{2,}|[^\S ]/g;

// "Мэр Улан-Батора … совершил поездку в Улан-Удэ", "Глава Гомеля посетил Казань": an official named as the subject,
// the trip's own verb after him, travels from his town (not "Мэр Гомеля принял делегацию", not "встреча с мэром").
// A town's official by his title, in the nominative (the subject).
const TITLES = 'мэр|глава|аким|бургомистр|кмет|губернатор|председатель|руководитель';
const OFFICIAL_SUBJECT = new RegExp(`^(${TITLES}|председател[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])`, 'iu');
const TRIP_WORD = /^(визит|посетил|посетив|выезжал|выехал|выезд|прибыл|приехал|побывал|поездк|ездил|съездил|поехал|отправил)/iu;
const GOVERNED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со|у|к|для|от|при|по|о|об|на|в|во|за|между|и)\s+$/iu;
const HOSTING = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(принял|принима|встретил|встреча|приветствова|провел|провёл)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;

// "В рамках визита мэр Улан-Батора встретился с …": the official right after the visit's frame is its traveller.
const VERB_FIRST = /^(посетил|прибыл|приехал|побывал)/iu;
// ("в ходе рабочей поездки в Гомель мэр Павлодара …": the trip's kind, and where it went, may stand between.)
const VISIT_FRAME = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в\s+рамках|в\s+ходе|во\s+время)\s+([a-zß-öø-ſа-ԯ]+(ого|его|ой|ей)\s+)?$/iu;
const FRAMED_TRIP = /^(визит|поездк|командировк)/iu;
const TRIP_PLACE_BETWEEN = /^(\s+(в|во)\s+[^,;:]{1,40}?)?\s+$/u;

// "председатель Брестского горисполкома", "аким Павлодара": a title before the body or the town it heads.
const TITLE_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(председател[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|аким[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+$/iu;

function isTravellingOfficial(clause: Clause, m: Mention, trigger: RegExpExecArray): boolean {
  if (!TRIP_WORD.test(trigger[0])) return false;
  const title = m.via === 'authority' || m.via === 'name' ? TITLE_BEFORE.exec(before(clause, m, 24)) : null;
  if (m.via !== 'authority' && !title) return false;
  // The official's words from the title on: "председатель Брестского горисполкома".
  if (title) m = { ...m, start: m.start - title[0].length };
  const triggerEnd = trigger.index + trigger[0].length;
  const framed = FRAMED_TRIP.test(trigger[0]) && m.start > trigger.index && TRIP_PLACE_BETWEEN.test(clause.text.slice(triggerEnd, m.start)) && VISIT_FRAME.test(clause.text.slice(Math.max(0, trigger.index - 30), trigger.index));
  // "Бельцы посетил мэр Ясс", "Бельцы с визитом посетил мэр Ясс": the official right after the verb is its subject.
  const after = m.start >= triggerEnd && officialAfterVerb(trigger[0], clause.text.slice(triggerEnd, m.start), VERB_FIRST);
  if (m.end > trigger.index && !framed && !after) return false;
  if (!OFFICIAL_SUBJECT.test(clause.text.slice(m.start, m.end)) || GOVERNED.test(before(clause, m, 8))) return false;
  return framed || !HOSTING.test(clause.text.slice(m.end, trigger.index));
}

// "визит Кургана в Юйлинь", "визит мэра Кургана в Юйлинь": a town (or its official) right after the visit made it (an organisation there is a side of what was done:
// "В ходе визита ЗабГУ и Дорнодский университет подписали …").
// ("посетила с рабочим визитом Тулу": after the instrumental comes where they went.)
// ("в ходе рабочей поездки мэр Кургана встретился …": a trip's or a mission's word the same.)
const VISIT_OF = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(визит(а|у|е|ы|ов)?|поездк(а|и|е|у|ой)|командировк(а|и|е|у|ой))\s+$/iu;

/** Whether `m` names the home of the travellers of `trigger`. */
export function isOrigin(clause: Clause, m: Mention, trigger: RegExpExecArray): boolean {
  const twins = twinsOrigin(clause, m);
  if (twins !== null) return twins;
  // ("передала рязанцам подарки": residents in another case than the subject's are whom it was done to.)
  if ((m.via === 'residents' && !RESIDENTS_OBJECT.test(clause.text.slice(m.start, m.end))) || isTravellingOfficial(clause, m, trigger)) return true;
  // "Гостями праздника стали мэр Бреста …": the first guest named, an official of a town.
  if (m.kind === 'City' && GUESTS_WERE.test(before(clause, m, 60).replace(SPACE_RUN, ' ').replace(OFFICE_WORDS, ''))) return true;
  // "гомельские коллеги": a town's colleagues (a country's, "французские коллеги", are anyone's).
  if (m.via === 'adjective') return TRAVELLERS.test(clause.text.slice(m.end, m.end + 60)) || COLLEAGUES.test(clause.text.slice(m.end, m.end + 30));
  const lead = before(clause, m, 80).replace(SPACE_RUN, ' ');
  if (m.via === 'name' && (SEAT_BEFORE.test(before(clause, m, 120)) || DIPLOMAT_SEAT_BEFORE.test(lead))) return true;
  // "делегация во главе с мэром встретилась с руководством Витебска": the leader's phrase ended before the host.
  if (MET_BEFORE.test(lead) || RETURNED_FROM.test(lead) || HOSTS_FROM.test(lead) || INVITED_BY.test(lead)) return false;
  const led = before(clause, m, 120);
  if (LED_BY.test(led) && !DEST_BEFORE.test(before(clause, m, 40)) && !TRIP_AFTER_LEADER.test(led)) return true;
  return (
    ORIGIN_BEFORE.test(lead) || (m.kind === 'City' && (m.via === 'name' || m.via === 'authority') && VISIT_OF.test(lead)) ||
    (m.via === 'name' && (TRAVELLERS_OF.test(lead) || BODY_OF_TOWN_BEFORE.test(before(clause, m, 120)) || (GUESTS.test(clause.text) && REPRESENTATIVES_OF.test(lead))))
  );
}
const COLLEAGUES = /^\s+коллег/iu;
const RESIDENTS_OBJECT = /(ам|ям|ами|ями|ах|ях)$/u;
const GUESTS_WERE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[Гг]ост(ями|ьми)\s+(([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+|\d+)[\s-]+){0,4}?стал(и|а|о)?\s+$/u;
// An official's title before the town, as an authority mention may hold it or leave it before ("мэр города").
const OFFICE_WORDS = /(мэр[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|глав[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|руководител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(\s+(администрации\s+)?(города|г\.))?\s*$/u;
// "Гостями праздника стали … представители социальной сферы города X": a town's people named at length, in a
// sentence about guests (a body of words with no preposition or verb between).
const GUESTS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(гост(и|ями|ей)|делегаци[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|визит[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прибыл[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приехал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
const REPRESENTATIVES_OF = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])представител[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+((?!(в|во|на|с|со|из|к|по|для|от|при)\s)[a-zß-öø-ſа-ԯ]+\s+){1,3}(города|г\.)\s*$/u;

// "Мэр Бреста принял делегацию Омска", "Глава Бреста встретился с омской делегацией": the official who receives is the host.
const RECEIVES_AFTER = /^[^.;:]{0,40}?(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(принял|принимал|встретил(ся|ась)?\s+с|приветствовал)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])[^.;:]{0,40}?(делегаци|гост)/iu;

// "Омскую делегацию принял мэр Бреста": the delegation received before the verb and the official after it.
const RECEIVED_BEFORE = /(делегаци|гост)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+){0,3}?(принял|принимал|встретил|приветствовал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+$/iu;
const TITLE_OF_TOWN = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(${TITLES})\\s+(города\\s+|г\\.\\s*)?$`, 'iu');

/** An official (his title in the nominative) who receives a delegation or guests: his town is the host. */
export function isReceivingOfficial(clause: Clause, m: Mention): boolean {
  if (m.kind !== 'City' || (m.via !== 'authority' && m.via !== 'name')) return false;
  const title = m.via === 'authority' && OFFICIAL_SUBJECT.test(clause.text.slice(m.start, m.end)) ? null : TITLE_OF_TOWN.exec(before(clause, m, 30));
  if (m.via === 'name' && !title) return false;
  if (m.via === 'authority' && !title && !OFFICIAL_SUBJECT.test(clause.text.slice(m.start, m.end))) return false;
  const start = m.start - (title?.[0].length ?? 0);
  const lead = clause.text.slice(Math.max(0, start - 60), start);
  return RECEIVED_BEFORE.test(lead) || (!GOVERNED.test(lead) && RECEIVES_AFTER.test(clause.text.slice(m.end, m.end + 100)));
}

/** "встретилась с руководством Витебска": the city whose officials the travellers met. */
export function isMetHost(clause: Clause, m: Mention): boolean {
  if (m.kind !== 'City') return false;
  // "встретилась с мэром Томска": the official is the mention itself.
  if (m.via === 'authority') return MET_WITH_BEFORE.test(before(clause, m, 50));
  return m.via === 'name' && MET_BEFORE.test(before(clause, m, 80).replace(SPACE_RUN, ' '));
}
const MET_WITH_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(встрет|встреч)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([a-zß-öø-ſа-ԯ]+\s+){0,3}?(с|со)\s+$/iu;

// "встреча главы Ульяновска с генеральным директором администрации города Шаошан": an official met, by a title of a
// few lower-case words after "с".
const MET_OFFICIAL_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+([a-zß-öø-ſа-ԯ]+\s+){1,5}(города|г\.)?\s*$/iu;

/**
 * The towns whose officials a region's or country's delegation brought, met by the hosts in the same sentence
 * ("визит делегации провинции Хунань … встреча … с директором администрации города Шаошан").
 */
export function townsOfOfficialsMet(clause: Clause, reportCityId: string | null): string[] {
  return clause.mentions
    .filter((m) => m.kind === 'City' && m.via === 'authority' && m.id !== reportCityId && MET_OFFICIAL_BEFORE.test(before(clause, m, 60)))
    .map((m) => m.id);
}
