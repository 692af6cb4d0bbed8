// CONTACT: a bilateral activity between two parties without a signed document: an online meeting, a telebridge,
// a joint event, an exchange of experience, a mission held online.
import { dateOf } from '../dates.js';
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { CONTACT_WORD, documentWords, firstVisitWord, isOnline, isPlanned, PROVIDED_FOR, SIGNED } from './cues.js';
import { before, clausesOf, WITH_BEFORE, insideBrackets, isCityOf, listFrom, otherCityHere, partyOf, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';
import { countryId } from '../../../neo4j/model/ids.js';
import { defaultSide } from '../report-institution.js';
import { onInstitutionPage, sidesOfOneKind } from './institution-page.js';
import { firstWordStartMatch, matchesOf } from '../lexicon/spans.js';
import { readings } from '../lexicon/morph.js';
import { IN_CITY_BEFORE, isParty } from './contact-sides.js';

// Patterns a function uses on every call are module constants, built once rather than on each call.
// A constant, not a literal in the function: built once rather than on every call.
const WITH_OR_BETWEEN = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со|между)\s/iu;

const PARTY_KINDS = new Set(['City', 'Institution', 'Region']);
// A remote format is a contact only when something happened in it: "онлайн-встречи", "миссий в формате онлайн".
// "встретились по видеосвязи", "онлайн-урок", "онлайн-экскурсия" too.
const REMOTE_ACTIVITY = /(вебинар|встреч|встрет|мисси|переговор|совещани|конференц|мероприяти|презентаци|мастер-класс|мастер-шоу|бирж|диалог|семинар|заседани|консультаци|урок|заняти|лекци|экскурси|концерт|фестивал|конкурс|выставк|викторин)/iu;
// Its global copy, built once: a `new RegExp` per call is a look-up in V8's pattern cache at best, a compile at worst.
const REMOTE_ACTIVITIES = new RegExp(REMOTE_ACTIVITY.source, 'giu');
// "по инициативе города Могилёва … была реализована акция": the partner started what both did.
const INITIATIVE = /по\s+инициативе\s[^;]*?(реализован|проведен|организован|состоял|прош[её]л|прошл)/iu;
// Remote formats that are contacts in their own right, even next to a document signed with the same party.
// Gifts too: "заключили соглашение, и через год омичи преподнесли жителям Гомеля подарок".
const STRONG = /(телемост|видеомост|видеовстреч|онлайн-встреч|онлайн\s+встреч|видеоконференц|видеосвяз|(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(подар(ок|ки|ил|или|ила|ков)|в\s+дар)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])|преподн[её]с)/iu;
// How a document was signed: "в режиме видеоконференцсвязи", "по видеосвязи", "в онлайн-формате".
const SIGNING_FORMAT = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(в\s+режиме|в\s+формате|по|посредством|с\s+помощью|с\s+использованием)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(видеоконференц|видеосвяз)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/giu;
// Taking part in a named event is PARTICIPATED_IN, not a contact with every other participant.
const TOOK_PART = /(принял[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+(активное\s+)?участие|участвова[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|стал[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+участник[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
// What may happen is not a contact: "АСДГ может оказать поддержку по обмену опытом".
// "Документ открывает возможности для сотрудничества" is a prospect too.
const MODAL = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(может|могут|сможет|смогут|возможност[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+для)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
// "отметил важность обмена культурой для укрепления сотрудничества": what matters, said, is not what was done.
const IMPORTANCE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(важност|значимост|необходимост)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
// "Потенциальное сотрудничество сделает …" (not "обсудили потенциальные направления"): a prospect.
const PROSPECT = /^\s*потенциальн/iu;
// Something done in the clause ("провели онлайн-встречу, на которой договорились: проведём …"): no mere promise.
const DONE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(провел|провёл|провели|провела|состоял|прошл|прош[её]л|обсудил|обсуждал|встретил|договорил)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
// "Совместные мероприятия с 2022 года не проводятся", "сотрудничество приостановлено": what stopped is no contact.
const STOPPED = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(не\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(провод|проводил|осуществля|ведут|вед[её]тся|поддержива)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|приостанов[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прекращ[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|прекрати[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|заморож[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|свернут[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)/iu;
// "Омская область с Туркестанской областью": a second side right after "с".
// "Спасибо … за тёплый приём и конструктивный диалог": a guest's thanks for a visit, no contact beside it.
const GUESTS_THANKS = /(благодар|спасибо)[^.;]{0,160}?(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])за\s+([a-zß-öø-ſа-ԯ]+\s+){0,2}(при[её]м|гостеприимств[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
const WITH_GAP = /^\s*(с|со)\s+(город[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+|г\.\s*)?$/iu;
// Bodies above one municipality: named as the other side even when the finder placed them in the reporting city.
const SUPRA_MUNICIPAL = /(ассоциаци|межрегиональн|межмуниципальн|всероссийск|общероссийск)/iu;

// Contacts the shared cue list does not name:
// - "отношения между двумя городами начались …": relations of the pair the text is about;
// - "на встрече главы Омска и мэра Гомеля": a meeting of the two heads, with no trip told;
// - "омичи преподнесли жителям Гомеля подарок", "передала в дар": gifts between cities;
// - "мероприятия, посвящённые 25-летию побратимства с городом X": a jubilee of the tie, celebrated together;
// - "переговоры о … с городом X велись два года": talks over a period, not those of one visit;
// - "Клуб при поддержке консульства провёл …": one body's event supported by another.
const MORE_CUES = new RegExp(
  [
    '(отношени|связ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+между\\s+(двумя|нашими|обоими)\\s+город',
    'встреч[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\\s+){0,2}?(глав[ыа]|мэр[аов]|лорд|градоначальник|руководител|аким|кмет|бургомистр)',
    // "глава Астрахани встретился с акимом Уральска"
    // "встретился с Бесланом Агрбой, главой администрации Сухума": the head named first.
    'встретил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+со?\\s+(([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\\s+)?|([A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ.-]*\\s+){1,3}[A-ZÀ-ÖØ-ÞЀ-Я][A-Za-zÀ-ÖØ-öø-ſЀ-ԯ.-]*,\\s+)(глав|мэр|аким|кмет|бургомистр|градоначальник|руководител)',
    '(мероприяти|праздновани|торжеств|праздник)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*,?\\s+(посвящ[её]нн[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|в\\s+честь)\\s+(\\S+\\s+){0,2}?\\d+\\s*-?\\s*лети[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\\s+)?(побратим|партн[её]р|дружб|сотрудничеств)',
    'переговор[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*[^.;]{0,60}(велись|ведутся|продолжаются|шли)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])',
    'при\\s+(поддержке|содействии)\\s[^;]{0,120}?(провел|провёл|провели|провела|организовал)',
  ].join('|'),
  'iu',
);
// MORE_CUES's gifts, apart: "подарок", "преподнёс", "в дар", no letter before them. As an alternative of MORE_CUES
// its look-behind, tried at every position, cost the whole pattern V8's skip to where its other alternatives' words
// start (four times the time); searched by itself, words first (spans.ts firstWordStartMatch).
const GIFT = /(подар(ок|ки|ил|или|ила|ков)|преподн[её]с[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|в\s+дар)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/giu;
/** A stem each alternative of MORE_CUES and GIFT holds: most clauses have none, and the patterns are long. */
const MORE_CUES_STEM = /между|встреч|встрет|подар|преподн|в\s+дар|лети|переговор|поддержке|содействии/iu;

/** The first of MORE_CUES and GIFT in `text`: where the two as one pattern would match first. */
function moreCue(text: string): { index: number } | null {
  if (!MORE_CUES_STEM.test(text)) return null;
  const more = MORE_CUES.exec(text);
  const gift = firstWordStartMatch(GIFT, text);
  if (more === null || gift === null) return more ?? gift;
  return gift.index < more.index ? gift : more;
}
// "этих двух городов", "между двумя городами", "наших городов": the pair the text is about, one side unnamed.
// "специалисты двух администраций": the two cities' staff.
const THE_TWO_CITIES = /(между\s+(двумя|нашими|обоими)\s+городами|(этих|двух|наших|обоих)\s+(двух\s+)?(городов|администраций|мэрий)|между\s+городами)/iu;
// "Клуб при поддержке консульства провёл …": the two bodies.
const SUPPORTED_BY = /^\s*при\s+(поддержке|содействии)\s+$/iu;

interface Carry {
  subject: string | null;
}

// A verb in the first person plural ("объединим", "проведём"): the ending searched, three letters or more read back
// from it (a pattern opening with the letters was tried at every position: 6% of the warm extraction's time).
const PLURAL_ENDING = /[иеё]м(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/giu;
const LETTERS_BEFORE = /[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]{3,}$/u;

/** The clause promises what the speakers will do ("объединим усилия"): a future verb in the first person plural. */
function promises(text: string): boolean {
  for (const m of text.matchAll(PLURAL_ENDING)) {
    const stem = LETTERS_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (stem && readings(stem[0] + m[0]).some((r) => r.known && r.pos === 'VERB' && r.parse.tag.futr && r.parse.tag['1per'])) return true;
  }
  return false;
}

function contactsOfClause(clause: Clause, ctx: SentenceContext, carry: Carry): Draft[] {
  const text = clause.text;
  // ", а также российских городов (Челябинска, …)" continues the previous clause's list.
  const continued = carry.subject !== null && /^\s*,?\s*а\s+также/iu.test(text);
  const subjectCarried = continued ? carry.subject : null;
  carry.subject = null;
  const online = isOnline(text);
  const cue = contactCue(text, online);
  if (!cue && !subjectCarried) return [];
  // After the cue: most clauses have none, and the plan's pattern is the longest.
  if (isPlanned(text) || MODAL.test(text) || (IMPORTANCE.test(text) && !DONE.test(text)) || PROVIDED_FOR.test(text) || STOPPED.test(text) || (GUESTS_THANKS.test(text) && !isOnline(text)) || PROSPECT.test(text) || (promises(text) && !DONE.test(text))) return [];
  const at = cue?.index ?? 0;
  // A physical visit is a VISIT; its meetings are part of it, not separate contacts, unless the sides met in a third
  // city ("на форуме в Москве глава Кирова провёл встречу с делегацией Бреста": both travelled, and met).
  if (!online && firstVisitWord(text) !== null && !metElsewhere(clause, ctx)) return [];
  if (TOOK_PART.test(text) && clause.mentions.some((m) => m.kind === 'Event')) return [];
  // A document signed in the same clause is the relation (AGREEMENT/TWIN), unless a telebridge or online meeting
  // is reported beside it.
  // "подписано 12 протоколов …, а также протокол по итогам переговоров между …": the whole sentence counts.
  // "подписали в режиме видеоконференцсвязи": the format of the signing itself is no activity beside it.
  if ((signsDocument(text) || (hasDocument(text) && signsDocument(ctx.text))) && !STRONG.test(text.replace(SIGNING_FORMAT, ' '))) return [];

  const parties = clause.mentions.filter((m) => (PARTY_KINDS.has(m.kind) || m.via === 'authority') && isParty(clause, m, ctx));
  // "Совместная выставка художников Тулы и Бреста": a joint event's name names its two sides.
  // "мероприятия: онлайн-конференция школьников A и B": a remote event's name names them too.
  const joint = clause.mentions.find((m) => m.kind === 'Event' && ((m.start <= at && at < m.end) || (online && isOnline(text.slice(m.start, m.end)))));
  if (joint) parties.push(...clause.all.filter((m) => m.kind === 'City' && m.nestedIn === 'Event' && joint.start <= m.start && m.end <= joint.end));
  parties.sort((a, b) => a.start - b.start);
  const { year, month } = dateOf(text, at, ctx.reportYear);
  // On an institution's page its own body meets another body, not its city ("проведён вебинар с палатой …").
  const pairs = partyPairs(clause, parties, ctx, subjectCarried, at).map((pair) => onInstitutionPage(pair, clause, ctx));
  const out = pairs
    .filter(([a, b]) => a && b && a !== b)
    .map(([a, b]): Draft => ({ kind: 'CONTACT', source: a, target: b, year, month, status: null, confidence: confidenceOf('contact') }));
  if (out.length > 0) carry.subject = out[0]!.source;
  return out;
}

function partyPairs(clause: Clause, parties: Mention[], ctx: SentenceContext, carried: string | null, cueAt: number): Array<[string, string]> {
  const text = clause.text;
  const self = ctx.reportCityId;
  // "Клуб при поддержке консульства провёл …": the body and its supporter.
  for (const [i, m] of parties.entries()) {
    const next = parties[i + 1];
    if (m.kind === 'Institution' && next?.kind === 'Institution' && SUPPORTED_BY.test(text.slice(m.end, next.start))) {
      return [[partyOf(m), partyOf(next)]];
    }
  }
  // "сотрудники двух библиотек провели вебинар" on a library's page: the page's and the other library.
  const ofOneKind = sidesOfOneKind(clause, ctx);
  if (ofOneKind) return [ofOneKind];
  // "обменялись опытом полицейские этих двух городов": the reporter and the city the text is about.
  const topic = ctx.topicCityId ?? ctx.sectionCityId ?? null;
  if (THE_TWO_CITIES.test(text) && self) {
    // The other city is the one the clause places things in, else the one the text is about.
    const other = otherCityHere(clause, self, ctx.recall?.cities ?? []) ?? topic;
    if (other && other !== self && parties.every((m) => [self, other].includes(partyOf(m)) || IN_CITY_BEFORE.test(before(clause, m, 20)))) return [[self, other]];
  }
  // "сотрудничество между A и B": exactly those two.
  const betweenAt = text.search(/между\s/iu);
  if (betweenAt >= 0) {
    // "между гимназией № 14 г. Тулы и школой № 1 г. Бреста": a town right after an organisation is where it is.
    const after = parties.filter((m, i) => m.start > betweenAt && (i === 0 || !isCityOf(clause, parties[i - 1]!, m)));
    if (after.length >= 2) return [[partyOf(after[0]!), partyOf(after[1]!)]];
  }
  // "A и B развивали сотрудничество": two cities as the joint subject.
  const [p0, p1] = parties;
  if (p0 && p1 && p0.kind === 'City' && p1.kind === 'City' && /^\s*и\s*$/iu.test(text.slice(p0.end, p1.start)) && !WITH_OR_BETWEEN.test(text.slice(0, p0.start))) {
    return [[partyOf(p0), partyOf(p1)]];
  }
  // "сотрудничества Омской области с Туркестанской областью и городом Шымкент": A with each listed B.
  for (const a of parties) {
    const b = parties.find((m) => m.start >= a.end && WITH_GAP.test(text.slice(a.end, m.start)));
    if (b && partyOf(a) !== partyOf(b)) {
      return listFrom(clause, b, parties.filter((m) => m.start >= b.start)).map((m) => [partyOf(a), partyOf(m)] as [string, string]);
    }
  }
  // "Библиотека им. П. Васильева продолжила сотрудничество с Домом-музеем …": the reporter's institution named as
  // the subject is the side, not the city.
  const ownSubject = parties.find(
    (m) => m.kind === 'Institution' && m.cityId === self && m.start < 15 && !/(с|со|в|во|на|при|для|по)\s+(\S+\s+)?$/iu.test(before(clause, m, 20)),
  );
  // "в библиотеке «Лампа» … состоялся телемост с Витебской областной библиотекой": the reporter's institution where
  // it was held is the side facing another institution.
  const ownVenue = parties.find((m) => m.kind === 'Institution' && m.cityId === self && m.end <= cueAt);
  const facing = parties.find((m) => m.start > cueAt && m.kind === 'Institution' && m.cityId !== self && WITH_BEFORE.test(before(clause, m, 6)));
  const subject = carried ?? (ownSubject ? partyOf(ownSubject) : ownVenue && facing ? partyOf(ownVenue) : defaultSide(text, self, ctx.reportInstitutionId));
  if (!subject) return [];
  // The reporter's own institutions act for it, unless one is named as the other side ("совместно с МААС …")
  // and no foreign side is named.
  const foreignSide = clause.mentions.some((m) => m.kind === 'Country' && m.id !== countryId(self ? (ctx.countryOf(self) ?? '') : ''));
  const others = parties.filter((m) => {
    const id = partyOf(m);
    if (id === subject) return false;
    if (m.kind === 'Institution' && self && m.cityId === self) {
      return !foreignSide && /(с|со)\s+$/iu.test(before(clause, m, 12)) && SUPRA_MUNICIPAL.test(clause.text.slice(m.start, m.end));
    }
    return true;
  });
  // A city that only locates a named institution ("с Домом-музеем (город Павлодар)") is represented by it.
  // So is the subject institution's own city ("в библиотеке … города Липецка прошёл телемост").
  const represented = new Set(others.filter((m) => m.kind === 'Institution' && m.cityId).map((m) => m.cityId!));
  const subjectCity = parties.find((m) => m.kind === 'Institution' && partyOf(m) === subject)?.cityId;
  if (subjectCity) represented.add(subjectCity);
  const ids = [...new Set(others.filter((m) => !(m.kind === 'City' && m.via === 'name' && represented.has(m.id))).map(partyOf))];
  if (ids.length > 0) return ids.map((o) => [subject, o] as [string, string]);
  // "телемост с белорусскими коллегами" under a partner city's heading: the topic city, when the nationality fits.
  if (topic && topic !== subject) {
    const iso = ctx.countryOf(topic);
    if (iso && clause.mentions.some((m) => m.kind === 'Country' && m.id === countryId(iso))) return [[subject, topic]];
  }
  return [];
}

// "встречу с делегацией", "встретился с делегацией": a meeting with travellers.
const MET_DELEGATION = /(встреч[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|встретил[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(с|со)\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?делегаци/iu;

/** A meeting with a delegation in a city named as the place, other than the reporter's. */
function metElsewhere(clause: Clause, ctx: SentenceContext): boolean {
  if (!MET_DELEGATION.test(clause.text)) return false;
  return clause.mentions.some((m) => m.kind === 'City' && m.via === 'name' && m.id !== ctx.reportCityId && IN_CITY_BEFORE.test(before(clause, m, 20)));
}

/** A word naming a cooperation document, outside quotes. */
function hasDocument(text: string): boolean {
  return documentWords(text).some((m) => !insideBrackets(text, m.index!));
}

/** A cooperation document signed, concluded or in force. */
function signsDocument(text: string): boolean {
  return hasDocument(text) && SIGNED.test(text);
}

/**
 * What makes the clause a contact: a word of joint work or exchange; a remote format next to an activity
 * ("онлайн-встречи", "миссий в формате онлайн"); a partner's initiative carried out. Talks ("переговоры") alone are
 * what delegations do on visits, so they count only when held remotely.
 */
function contactCue(text: string, online: boolean): { index: number } | null {
  const more = moreCue(text);
  if (more) return more;
  const word = CONTACT_WORD.exec(text);
  if (word && !(/^переговор/iu.test(word[0]) && !online)) return word;
  if (online) {
    for (const a of matchesOf(REMOTE_ACTIVITIES, text)) {
      const near = text.slice(Math.max(0, a.index! - 60), a.index! + 60);
      if (isOnline(near)) return a;
    }
  }
  return INITIATIVE.exec(text);
}

// Reported speech: "«Бишкек — наш город-побратим, и связи пора поднять …», — сказал глава".
const SPEECH = /^\s*«[^»]+»\s*,?\s*[-–—]\s*([a-zß-öø-ſа-ԯ]+\s+){0,2}?(сказал|отметил|подчеркнул|заявил|добавил|пояснил|поделил|рассказал|уверен|считает|признал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/u;
// A date in it: "«… началось в июне этого года …», — прокомментировали": a fact, not a wish.
const DATED = /(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|(19|20)\d\d/iu;

export const contactRule: Rule = (ctx) => {
  // What an official says of the ties, undated, is a wish or an assessment: no activity took place.
  if (SPEECH.test(ctx.text) && !DATED.test(ctx.text)) return [];
  const carry: Carry = { subject: null };
  return clausesOf(ctx).flatMap((c) => contactsOfClause(c, ctx, carry));
};
