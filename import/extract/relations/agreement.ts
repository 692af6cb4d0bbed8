// AGREEMENT: a cooperation, partnership or friendship agreement, memorandum, protocol or contract between two
// parties other than a twinning agreement; `signed` when signed or in force, `planned` for drafts and intentions.
import { dateOf, documentDate, sinceYear, yearsBack } from '../dates.js';
import { confidenceOf } from '../confidence.js';
import type { Mention } from '../mentions.js';
import { documentWords, isPlanned, SIGNING_EVENT, TWIN_WORD } from './cues.js';
import { pointsBack } from '../discourse/recall.js';
import { documentPieces } from './documents.js';
import { defaultSide } from '../report-institution.js';
import { before, OWNER_BEFORE, clausesOf, insideBrackets, isCityOf, joinClauses, listFrom, otherCityHere, partyOf, yearAfterParty, type Clause, type Draft, type Rule, type SentenceContext } from './context.js';
import { idSlug } from '../../../neo4j/model/ids.js';
import { onInstitutionPage, sidesOfOneKind } from './institution-page.js';
import { isItemPartner } from './list-items.js';
import { alsoPairsBetween, countedCityPairs, everyPair, multilateralPairs, pairsBetween, pairsOfPairs, signingList, withListBefore } from './agreement-sides.js';
import { pairsJoinedByWith } from './pairs.js';
import { agreementParties, PARTY_KINDS } from './agreement-parties.js';
// "Соглашение подписано мэрами двух городов в ходе визита": a signing told anew, its signers named.
const SIGNERS = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(мэр|глав[аыои]|руководител|председател|двух\s+городов|в\s+ходе\s+визита)/iu;
const PARTNER_WORD = /партн[её]р/iu;
import { ACTIVITY_THEN_BETWEEN, ARRANGED, UPCOMING_SIGNING_BEFORE, CONTENT, EXISTING, IN_FRAME, madeTheTwins, NEGATED, RELATIVE_AFTER, RELATIVE_BEFORE, REPORTED_ACT, SIGNED_NOW, STOCK } from './agreement-words.js';

// Constants, not literals in the functions: built once rather than on every call. WITH_WORD is
// global for its lastIndex, which findWith sets before each exec.
// "между A и B"; not "между городами", "между сторонами", "между нашими городами", "между собой", which name no side.
// ("между городами Тула и Брест, а также …": the city word before names is no unnamed pair.)
// (Case-sensitive, for the capital that starts a name: the sentence's or a headline's capitals spelt out.)
const BETWEEN_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(?:[Мм]ежду|МЕЖДУ)\s+(?!([Гг]ород[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*(?!\s+(г\.\s*)?[A-ZÀ-ÖØ-ÞЀ-Я])|ГОРОД[A-ZÀ-ÖØ-ÞЀ-Я]*|ними|собой|сторон[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|наш[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|двум[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*|обоими)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]))/u;
const WITH_WORD = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(с|со)\s+(?!(19|20)\d\d|\d)/giu;
// "с белорусским городом Барановичи": the partner after an adjective and the word for a place.
const GOVERNED_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])((с|со|в|во|на|для|при|по)\s+(\S+\s+)?|(с|со)\s+[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+(город|столиц|регион|провинци|област|район|округ)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)$/iu;
function agreementsOfClause(clause: Clause, ctx: SentenceContext, plannedBefore = false): Draft[] {
  const text = clause.text;
  // A document word inside a name («Сибирское соглашение») is not a document.
  const docs = documentWords(text).filter((m) => !insideBrackets(text, m.index!));
  if (docs.length === 0) return [];
  const parties = agreementParties(clause);
  if (NEGATED.test(text)) return [];
  // "школой № 5 города Бреста": the city after an institution is where it is, not another side.
  // "города Даляня провинции Ляонин": the region right after a town is where the town is.
  const sides = parties.filter((m, i) => i === 0 || !(isCityOf(clause, parties[i - 1]!, m) || (m.kind === 'Region' && parties[i - 1]!.kind === 'City' && REGION_OF_TOWN_GAP.test(text.slice(parties[i - 1]!.end, m.start)))));
  // The document the parties belong to is the last one named before them: "в рамках действующих протоколов
  // было подписано 3 соглашения: … между городом A и городом B" is about the agreements, not the protocols.
  const firstParty = sides.find((m) => m.start > docs[0]!.index!);
  const doc = docs.filter((d) => !firstParty || d.index! < firstParty.start).pop() ?? docs[0]!;
  // "В рамках соглашения планируется проведение совещаний": what is planned is the work under a document in force.
  const underIt = IN_FRAME.test(text.slice(Math.max(0, doc.index! - 30), doc.index!)) && !/(подпис|заключ)/iu.test(text);
  const upcoming = UPCOMING_SIGNING_BEFORE.test(text.slice(Math.max(0, doc.index! - 50), doc.index!));
  const planned = (plannedBefore || isPlanned(text.replace(CONTENT, ' ')) || ARRANGED.test(text) || upcoming) && !underIt;
  // "В рамках соглашения проведён телемост между A и B": the sides named are the activity's, not the document's.
  if (underIt && ACTIVITY_THEN_BETWEEN.test(text.slice(doc.index!))) return [];
  // Twinning documents are TWIN links (or, planned, agreements about twinning).
  // ("меморандум о дружбе между городами-побратимами": the twin word names the sides, not what was signed.)
  const docPhrase = text.slice(doc.index, doc.index + 90).replace(TWINS_AS_SIDES, ' ');
  if (TWIN_WORD.test(docPhrase) && !planned) return [];
  // "о побратимах: Штутгарт, с которым соглашение было подписано в 1992 году, и Гродно": the twinning document of
  // one of the twins listed.
  // ("город-побратим Тулы, договор о сотрудничестве с которым подписан в августе": the same, the relative after.)
  const twinJustBefore = TWIN_WORD.test(text.slice(Math.max(0, doc.index! - 50), doc.index)) && !PARTNER_WORD.test(text.slice(Math.max(0, doc.index! - 50), doc.index));
  if (TWIN_WORD.test(text.slice(0, doc.index)) && (RELATIVE_BEFORE.test(text.slice(Math.max(0, doc.index! - 40), doc.index)) || (twinJustBefore && RELATIVE_AFTER.test(text.slice(doc.index, doc.index! + 60)))) && !planned) return [];
  // "Подписание соглашения стало …", "такие соглашения" after a twinning: the twin rule reads it (twin.ts). "Соглашение
  // подписано в рамках форума", "После заключения соглашения …", naming no side after a document of its own: that one.
  if ((ctx.recall?.twinning || (ctx.recall?.documentNamed && parties.length === 0 && !SIGNERS.test(text) && (doc.index === 0 || !SIGNED_NOW.test(text)))) && pointsBack(text, doc.index!, doc[0])) return [];

  // "A и B стали городами-побратимами. Соглашение о сотрудничестве подписали мэр A и глава B": the document that
  // made the two just named twins, read by the twin rule.
  const twinningDocument = madeTheTwins(text, doc.index!, ctx.recall);
  const pairs = multilateralPairs(text, doc.index!, partyPairs(clause, sides, doc.index!, ctx)).filter(([a, b]) => !(twinningDocument && ctx.recall!.sides!.includes(a) && ctx.recall!.sides!.includes(b)));
  const existing =
    STOCK.test(text) ||
    (EXISTING.test(text.slice(0, doc.index! + 40)) && !REPORTED_ACT.test(text.slice(0, doc.index)));
  const implied = existing ? null : ctx.reportYear;
  const { year: at, month } = dateOf(text, doc.index!, implied);
  const year = yearsBack(text, at);
  // "с 2023 года" states since when a document is in force; "в рамках действующего соглашения" states no year
  // ("В марте 2016 года в рамках действующего соглашения …": the year is the event's, not the document's).
  // "соглашения о сотрудничестве от 15 декабря 2001 года": the date a document is known by is its signing's.
  const own = documentDate(text, doc.index! + doc[0].length);
  const y = own?.year ?? (existing && sinceYear(text) === null ? null : year);
  return pairs
    .map((pair) => onInstitutionPage(pair, clause, ctx))
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => ({
      kind: 'AGREEMENT' as const,
      source: a,
      target: b,
      // "с городами Киров (2010 год) и Архангельск (2014 год)": each side's own year.
      year: yearAfterParty(clause, b) ?? yearAfterParty(clause, a) ?? y,
      // An anniversary's month is not the signing's.
      month: own ? own.month : existing || year !== at ? null : month,
      status: planned ? ('planned' as const) : ('signed' as const),
      confidence: confidenceOf(planned ? 'agreement.planned' : 'agreement.signed'),
    }));
}

function partyPairs(clause: Clause, parties: Mention[], docAt: number, ctx: SentenceContext): Array<[string, string]> {
  const text = clause.text;
  const pairs: Array<[string, string]> = [];
  // "между A и B", after the document word or before it ("Между A и B, а также C и D действуют соглашения")
  const afterDoc = text.slice(docAt).search(BETWEEN_WORD);
  const anyBetween = text.search(BETWEEN_WORD);
  const pairsBefore = afterDoc < 0 && anyBetween >= 0 ? alsoPairsBetween(clause, parties, anyBetween) : null;
  if (pairsBefore) return pairsBefore;
  // Before the document word only as above: "между X и другими странами заключено 14 соглашений: A, B" lists them after.
  if (afterDoc >= 0) {
    const at = docAt + afterDoc;
    const named = pairsBetween(clause, parties, at);
    if (named) return named;
    // "между омской и китайской школами": adjectives name the sides' cities.
    const sides = clause.mentions.filter((m) => m.start > at && (m.via === 'adjective' || m.kind === 'Country'));
    if (sides.length >= 2) {
      const a = sideCity(sides[0]!, ctx);
      const b = sideCity(sides[1]!, ctx);
      if (a && b) return [[a, b]];
    }
  }
  // "заключили Тула с Брестом, а также Калуга с Витебском": each town with the one "с" joins it to.
  const joined = pairsJoinedByWith(text, parties);
  if (joined) return joined;
  const ofOneKind = sidesOfOneKind(clause, ctx);
  if (ofOneKind) return [ofOneKind];
  // "протокол подписали главы A, B и C", "A, B и C подписали меморандум": a document of several sides.
  const signers = signingList(clause, parties);
  if (signers.length >= 2) return pairsOfPairs(clause, signers) ?? everyPair(signers);
  // "С китайскими городами A, B и C подписаны соглашения": a list after "с городами" before the document word; each
  // of its towns signed with the sentence's subject, else the reporter.
  // ("Вместе с городом Гомелем Тула подписала меморандум с Минском": the side after "с" following the document.)
  const leading = findWith(text, docAt) < 0 ? withListBefore(clause, parties, docAt) : null;
  if (leading) {
    const owner = parties.find((m) => m.end <= docAt && !leading.includes(m) && !GOVERNED_BEFORE.test(before(clause, m, 32)));
    const self = owner ? partyOf(owner) : defaultSide(text, ctx.reportCityId, ctx.reportInstitutionId);
    if (self) return leading.map((m) => [self, partyOf(m)] as [string, string]);
  }
  // "A подписал соглашения с B и C" / "соглашение о сотрудничестве с B": the second sides follow "с/со".
  const withAt = findWith(text, docAt);
  const subject = subjectOf(clause, parties, docAt, ctx);
  if (withAt >= 0) {
    const first = parties.find((m) => m.start >= withAt && partyOf(m) !== subject);
    if (first && subject) {
      for (const m of listFrom(clause, first, parties.filter((p) => p.start >= first.start))) pairs.push([subject, partyOf(m)]);
      return pairs;
    }
  }
  // "заключено 14 соглашений ...: г. Монро (США), г. Минск (Белоруссия), ..."
  const colon = text.indexOf(':', docAt);
  if (colon >= 0 && subject) {
    const firstAfter = parties.find((m) => m.start > colon);
    if (firstAfter) {
      for (const m of listFrom(clause, firstAfter, parties.filter((p) => p.start > colon))) pairs.push([subject, partyOf(m)]);
      return pairs;
    }
  }
  // "первый проректор Урумчинского университета и ректор ОмГУ": two institutions of two cities are the sides.
  const institutions = parties.filter((m) => m.kind === 'Institution' && m.cityId);
  const foreign = institutions.find((m) => m.cityId !== ctx.reportCityId);
  const home = institutions.find((m) => m.cityId === ctx.reportCityId && m.start > docAt);
  if (foreign && home && !parties.some((m) => m.kind === 'City' && m.via === 'name' && m.id !== ctx.reportCityId && m.id !== foreign.cityId)) {
    return [[partyOf(foreign), partyOf(home)]];
  }
  const named = parties.filter((m) => partyOf(m) !== subject && m.start > docAt - 200);
  // "соглашение заключат власти A и B": two cities named together, neither of them the reporter, are the sides;
  // "соглашение подписали Гомельский облисполком и администрация Курской области": two regions likewise.
  const namedPlaces = [...new Set(named.filter((m) => m.kind === 'City' || m.kind === 'Region').map(partyOf))];
  if (subject === ctx.reportCityId && namedPlaces.length === 2 && named.length === 2 && withAt < 0) return [[namedPlaces[0]!, namedPlaces[1]!]];
  if (subject && named.length > 0) return named.slice(0, 3).map((m) => [subject, partyOf(m)] as [string, string]);
  // "• Шымкент (Казахстан) — соглашение о сотрудничестве подписано в 2018 году": an item naming the partner, then
  // its document: the reporter's.
  const item = parties.find((m) => partyOf(m) === subject && m.end <= docAt && isItemPartner(clause, m, docAt));
  if (item && ctx.reportCityId && subject !== ctx.reportCityId && named.length === 0) return [[subject!, ctx.reportCityId]];
  // "По итогам встречи стороны подписали меморандум": the two parties the sentence before named.
  // "В Цзямусы прошли переговоры, … стороны договорились …": the reporter and the city the talks were held in.
  const heldIn = THE_SIDES.test(text) && subject === ctx.reportCityId && subject ? placeNamedHere(clause, subject) : null;
  if (heldIn && subject) return [[subject, heldIn]];
  // "Мэры пяти городов … подписали протокол": the cities just named.
  const counted = named.length === 0 && (subject === null || subject === ctx.reportCityId) ? countedCityPairs(text, ctx.recall?.cities ?? [], ctx.reportCityId) : null;
  if (counted) return counted;
  const sides = ctx.recall?.sides;
  if (sides && named.length === 0 && THE_SIDES.test(text) && (subject === null || subject === ctx.reportCityId || sides.includes(subject))) {
    if (sides.length === 2) return [[sides[0]!, sides[1]!]];
    // One side named before: the reporter is the other (its institution, in an institution's press release).
    const other = sides[0]!;
    const self = ctx.reportInstitutionId && other.startsWith('inst:') ? ctx.reportInstitutionId : ctx.reportCityId;
    if (self && self !== other) return [[self, other]];
  }
  // "В Крагуеваце главы двух городов подписали …": the city where it happened is the other of the two.
  if (subject && BETWEEN_THE_CITIES.test(text)) {
    const here = placeNamedHere(clause, subject);
    if (here) return [[subject, here]];
  }
  // "совершил визит в город Хайфон, где было подписано соглашение": the visitors (the reporter) and the town.
  if (subject && ctx.reportCityId && subject !== ctx.reportCityId && named.length === 0 && SIGNED_WHERE_VISITED.test(text)) return [[ctx.reportCityId, subject]];
  // "подписаны 4 соглашения о сотрудничестве" under a partner city's heading; "Данные соглашения охватывают…"
  // (no signing, no intention) speaks of documents already counted.
  // A lead line ("подписано 3 соглашения:") leaves the parties to its items.
  if (subject && ctx.topicCityId && subject !== ctx.topicCityId && (SIGNING_EVENT.test(text) || isPlanned(text)) && !/:\s*$/.test(text)) {
    return [[subject, ctx.topicCityId]];
  }
  // "глава Комсомольска и мэр Харбина подписали соглашение", the reporting city's own side named in a form no finder
  // reads: a lone other side signed with the reporting city.
  if (subject && ctx.reportCityId && subject !== ctx.reportCityId && named.length === 0 && SIGNING_EVENT.test(text) && !/:\s*$/.test(text)) {
    return [[subject, ctx.reportCityId]];
  }
  // "соглашения, заключённого между городами в 2012 году": the reporter and the partner the text is about (the one
  // the clause places things in, else the one the sentence before named, else the heading's).
  if (pairs.length === 0 && subject && BETWEEN_THE_CITIES.test(text)) {
    const partners = ctx.recall?.cities ?? [];
    const other = otherCityHere(clause, subject, partners) ?? (partners.length === 1 ? partners[0]! : ctx.topicCityId);
    if (other && other !== subject) return [[subject, other]];
  }
  return pairs;
}
// "Мэры городов подписали …" (no count, no name after): the two sides named before, as "стороны" are.
// "встречи двух ректоров", "обоих вузов", "Между университетами": the heads or bodies of the two sides named before.
// "между городами-побратимами" with no names after: the two towns named before.
const THE_SIDES = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])([Сс]тороны|([Мм]эры|[Гг]лавы|[Рр]уководители|[Вв]ласти)\s+городов(?!-|\s+[A-ZÀ-ÖØ-ÞЀ-Я])|(двух|обоих)\s+(ректоров|директоров|руководителей|вузов|университетов|школ|учреждений|палат)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])|[Мм]ежду\s+((двумя|обоими)\s+)?(вузами|университетами|школами|учреждениями|палатами|библиотеками|музеями)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])|[Мм]ежду\s+((двумя|обоими|нашими)\s+)?городами-(побратимами|партн[её]рами)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])(?!\s+(г\.\s*)?[A-ZÀ-ÖØ-ÞЀ-Я]))/u;
// "между городами-побратимами", "дорожная карта развития городов-побратимов": the twins as the document's sides;
// not "об установлении статуса городов-побратимов", a twinning itself.
const TWINS_AS_SIDES = /(?<!(установлени|статус|присвоени)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?)(между\s+|(развития|сотрудничества|взаимодействия)\s+)город(ов|ами|ам)-побратим(ов|ами|ам)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/giu;
// (After a name in quotes too: "районом «Олекминский район» Республики Саха (Якутия)".)
const REGION_OF_TOWN_GAP = /^[\s»"]+((провинци|област|кра|штат|префектур|уезд|[Рр]еспублик)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*\s+)?$/iu;
const SIGNED_WHERE_VISITED = /(визит|посетил|побывал|прибыл|выезжал)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*[^.;]*,\s*где\s+([A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]+\s+)?(был[аио]?\s+)?(подписан|заключ)/iu;
const OUR_BODY = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])наш(его|ей|ему|им|ем|а|у|и)?\s+(школ|гимнази|лице|университет|вуз|институт|академи|библиотек|колледж|музе|театр|палат|центр)[A-Za-zÀ-ÖØ-öø-ſЀ-ԯ]*/iu;
// The sides as a plural noun: "вузы", "стороны", "учреждения", "палаты".
const SIDES_NAMED_BEFORE = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(стороны|вузы|университеты|учреждения|организации|палаты|музеи|библиотеки|школы)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])/iu;
/** The one city other than `self` the clause names as where things happen ("В Павлодаре …"), or null. */
function placeNamedHere(clause: Clause, self: string): string | null {
  return otherCityHere(clause, self, clause.mentions.filter((m) => m.kind === 'City' && m.via === 'name').map((m) => m.id));
}

// "между городами", "главы двух городов продлили соглашение": the two sides, neither named here.
const BETWEEN_THE_CITIES = /(?<![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ])(между\s+((нашими|двумя|обоими)\s+)?городами|(двух|обоих)\s+городов)(?![A-Za-zÀ-ÖØ-öø-ſЀ-ԯ-])/iu;



/** The first "с"/"со" that introduces the other side after the document word (not "с 2023 года"). */
function findWith(text: string, from: number): number {
  WITH_WORD.lastIndex = from;
  const m = WITH_WORD.exec(text);
  return m ? m.index : -1;
}

/** Who signed: a party in the nominative before the document word, a party right after it in the genitive, else the reporter. */
function subjectOf(clause: Clause, parties: Mention[], docAt: number, ctx: SentenceContext): string | null {
  // "директор нашей школы и директор школы «…» подписали": on an institution's page, "our school" is the page's.
  const ours = ctx.reportInstitutionId ? OUR_BODY.exec(clause.text.slice(0, docAt)) : null;
  if (ours && !parties.some((m) => m.end <= ours.index)) return ctx.reportInstitutionId!;
  const beforeDoc = parties.filter((m) => m.end <= docAt && !GOVERNED_BEFORE.test(before(clause, m, 32)));
  const nominative = beforeDoc.find((m) => m.kind === 'Institution' || m.via === 'authority' || m.kind === 'City');
  if (nominative) return partyOf(nominative);
  // "в ОмГУ состоялось подписание договора с …": the institution where it was signed is a side.
  const host = parties.find((m) => m.end <= docAt && m.kind === 'Institution');
  if (host) return partyOf(host);
  // "два протокола Омской ТПП с управлением ..."
  const right = parties.find((m) => m.start > docAt && m.start - docAt < 60 && !/(с|со|между)\s+(\S+\s+)?$/iu.test(before(clause, m, 20)));
  // "Соглашения у Севастополя подписаны с …": the owner after "у" signed them.
  if (right && (right.kind === 'Institution' || OWNER_BEFORE.test(before(clause, right, 20)))) return partyOf(right);
  // "В ходе визита ректор подписал меморандум" in a university's press release: the university.
  return defaultSide(clause.text, ctx.reportCityId, ctx.reportInstitutionId);
}

/** "омской" stands for the reporting city's side; "китайской" for the topic city when it lies in China. */
function sideCity(m: Mention, ctx: SentenceContext): string | null {
  if (m.kind === 'City') return m.id;
  if (m.kind === 'Country') {
    const iso = idSlug(m.id);
    if (ctx.topicCityId && ctx.countryOf(ctx.topicCityId) === iso) return ctx.topicCityId;
  }
  return null;
}

const ALSO = /^[\s,]*а\s+также\s/iu;
// ", а также между C и D" after a clause that named a document and its sides: the same document, further sides.
const CONTINUED_BETWEEN = /^[\s,]*(а\s+также|и\s+также|также)\s+между\s/iu;

/** The clause's sides as further parties to the document of `last`, the clause before's last agreement. */
function continuedSides(clause: Clause, last: Draft): Draft[] {
  const m = CONTINUED_BETWEEN.exec(clause.text);
  if (!m || documentWords(clause.text).length > 0) return [];
  const parties = clause.mentions.filter((x) => PARTY_KINDS.has(x.kind) || x.via === 'authority');
  const pairs = pairsBetween(clause, parties, m.index + m[0].length - 'между '.length) ?? [];
  return pairs.filter(([a, b]) => a !== b).map(([a, b]) => ({ ...last, source: a, target: b }));
}

export const agreementRule: Rule = (ctx) => {
  const out: Draft[] = [];
  let last: Draft | undefined;
  const clauses = clausesOf(ctx);
  for (const [i, c] of clauses.entries()) {
    // "A и B договорились о …; соответствующее соглашение вузы планируют подписать": the sides of the clause before.
    const read = i > 0 && SIDES_NAMED_BEFORE.test(c.text) && !c.mentions.some((m) => PARTY_KINDS.has(m.kind)) ? joinClauses(clauses[i - 1]!, c) : c;
    // "Планируется подписание соглашения с A, а также соглашения с B": the plan goes on past the comma.
    const plannedBefore = i > 0 && ALSO.test(c.text) && isPlanned(clauses[i - 1]!.text);
    const own = documentPieces(read).flatMap((p) => agreementsOfClause(p, ctx, plannedBefore));
    const found = own.length > 0 ? own : last ? continuedSides(c, last) : [];
    out.push(...found);
    last = found[found.length - 1];
  }
  return out;
};
