// The words by which these reports say that something is planned, online, signed or merely existing.
// Stems, not sentences: each cue is a rule of the genre and is tested with sentences of its own.
import { lastAnswer } from '../lexicon/memo.js';
import { firstWordStartMatch, matchesOf } from '../lexicon/spans.js';

// PLANNED's alternatives in two lists: those that start a word (no letter before them) and those that may start
// anywhere. A look-behind that opens an alternative is run at every position of the text, a class of every letter
// each time; the word-start ones are searched without it and the letter before each match told after
// (plannedInText, spans.ts firstWordStartMatch): the same answer in about half the time per sentence. A look-behind
// that says what stands before a word follows the word instead, the word repeated at its end ("предложил(?<!котор…
// предложил)").
const PLANNED_AT_WORD_START = [
  String.raw`(заключат|подпишут|подпишет|заключит)(?![\p{L}])`,
  String.raw`если\s+бы(?![\p{L}])`,
  String.raw`(задачи|планы)\s+на\s+(19|20)\d\d`,
  String.raw`предложил(?<!котор\p{L}+\s+предложил)\p{L}*\s+(\p{L}+\s+){0,3}?(приурочить|провести|подписать|заключить|организовать|установить|создать)`,
  String.raw`состоится(?![\p{L}])`,
  String.raw`(под)?готов(им|ит|ят|ится|ятся|имся)\s+(к\s+)?(подписа|заключ|посетить|посещени|визит|приезд|принять)`,
  String.raw`(жд[её]м|ждут|ожида(ется|ются|ем|ют))(?![\p{L}])`,
  // "Алушта ожидает в 2018 году делегацию": a visit awaited ("где её ожидает мэр" awaits no visit).
  String.raw`ожидает\s+([\p{L}\d]+\s+){0,3}?(делегаци|визит|приезд|гост)`,
  String.raw`(пройд[её]т|пройдут|будет\s+проходить|будут\s+проходить)(?![\p{L}])`,
  String.raw`дат\p{L}*\s+(\p{L}+\s+)?(подписани|заключени|визит|приезд|проведени)\p{L}*\s+(\p{L}+\s+){0,3}?будет(?![\p{L}])`,
  String.raw`(решено|решил[аи]?|(принято|приняли|принял[аи]?)\s+решение)\s+(\p{L}+\s+){0,3}?(подписать|заключить|подготовить|разработать|провести|организовать|посетить|установить)`,
];
const PLANNED_ANYWHERE = [
  'планир', 'запланир', 'планах', 'намечен', String.raw`подготовительн\p{L}*\s+(этап|работ)`, 'предполага', String.raw`будет\s+подписан`,
  String.raw`будут\s+подписан`, 'предстоит',
  // "протокол о (добрых) намерениях" names a document, not an intention.
  String.raw`намерен(?<!(?<![\p{L}])о\s+(\p{L}+\s+)?намерен)`,
  String.raw`проект\p{L}*\s+(соглашени|договор|меморандум)`,
  String.raw`подготовлен\p{L}*\s+проект`,
  String.raw`подготовк\p{L}*\s+(к\s+)?(подписани\p{L}*\s+)?(\p{L}+\s+)?(соглашени|договор|меморандум|протокол)`,
  String.raw`возможн\p{L}*\s+(подписани|заключени|установлени)`,
  String.raw`предварительн\p{L}*\s+договор[её]нност`,
  String.raw`достигнут\p{L}*\s+договор[её]нност`,
  String.raw`договор[её]нност\p{L}*\s+о\s`,
  String.raw`рассмотреть\s+возможност`, String.raw`в\s+перспективе`, String.raw`в\s+дальнейшем`, 'прорабатыва',
  String.raw`договорил\p{L}*\s+(о\s+(подписани|заключени)|(\p{L}+\s+){0,4}?(подписать|заключить|провести|организовать|посетить|подготовить|обменяться|поддерживать|стимулировать|развивать|продолжить|продолжать|расширять|укреплять|оказывать|содействовать))`,
  String.raw`(подготовить|разработать)\s+(\p{L}+\s+){0,2}(соглашени|договор|меморандум|протокол|дорожн)`,
  String.raw`должн\p{L}*\s+(будет\s+)?(приехать|прибыть|посетить|состояться|пройти|подписать|заключить)`,
  String.raw`собира(ется|ются|емся)\s+(\p{L}+\s+)?(посетить|приехать|подписать|заключить|провести)`,
  String.raw`(рассчитыва|надее|надеют|хоти|хотят|хотел)\p{L}*\s+(\p{L}+\s+)?(подписать|заключить|провести|посетить|установить|подготовить)`,
];

/**
 * Intentions and drafts: never a visit, twin link or contact; an agreement becomes `planned`. "готовятся подписать",
 * "ждём в гостях", "должна приехать", "собираются посетить", "рассчитываем подписать", "фестиваль пройдёт",
 * "решено подписать", "стороны решили подготовить", "датой заключения соглашения будет 12 июня" are intentions too, and so is a wish ("если бы город Ровиго стал
 * нашим побратимом"). Tested only (`PLANNED.test`): isPlanned tells the same faster.
 */
export const PLANNED = new RegExp(String.raw`(?<![\p{L}])(${PLANNED_AT_WORD_START.join('|')})|${PLANNED_ANYWHERE.join('|')}`, 'iu');
const PLANNED_WORD_START_BODY = new RegExp(`(${PLANNED_AT_WORD_START.join('|')})`, 'giu');
const PLANNED_ANYWHERE_RE = new RegExp(PLANNED_ANYWHERE.join('|'), 'iu');

/** `PLANNED.test(text)`, each list searched apart (see above). */
function plannedInText(text: string): boolean {
  return PLANNED_ANYWHERE_RE.test(text) || firstWordStartMatch(PLANNED_WORD_START_BODY, text) !== null;
}

/**
 * A stem every match of PLANNED holds: most clauses hold none and are ruled out faster than by PLANNED itself. Plain
 * letters, matched without the `u` flag, which reads them the same or wider and takes about half the time (as
 * gates.ts's ANY_STEM): a stem may let through more, never less.
 */
export const PLANNED_STEM = /если|реш|предлож|заключ|подпиш|задачи|готов|жд[её]м|ждут|ожида|должн|собира|рассчитыва|наде|хоти|хотя|хоте|пройд|проходить|разработать|возможн|план|намечен|предполага|будет|будут|предстоит|намерен|проект|договор|рассмотреть|перспективе|дальнейшем|прорабатыва|состоится/i;

/**
 * What a document provides for (`Соглашение предусматривает обмен делегациями`): work it sets out, not work done.
 * Unlike PLANNED it leaves the document itself signed.
 */
export const PROVIDED_FOR = /(?<![\p{L}])(предусматрива\p{L}*|предусмотрен\p{L}*)/iu;

/** Remote formats: the parties met, but nobody travelled. */
export const ONLINE =
  /(онлайн|on-?line|вебинар|видеоконференц|видео-?конференц|видеосвяз|телемост|видеомост|видеовстреч|в\s+режиме\s+видео|в\s+формате\s+видео|видеопрезентац|дистанционн|в\s+режиме\s+трансляци|в\s+формате\s+трансляци|в\s+заочном|заочн\p{L}+\s+формат|виртуальн|интернет-|видеообращени|видеоролик|видеоматериал)/iu;
/** A stem every match of ONLINE holds (a rule's gate, see gates.ts, and isOnline's first test). */
export const ONLINE_STEM = /онлайн|line|вебинар|видео|телемост|дистанционн|трансляци|заочн|виртуальн|интернет-/iu;

/** A document that is signed, concluded or in force. */
export const SIGNED = /(поставил\p{L}*\s+(свои\s+)?подпис|подписан|подписал|подписа(ть|ли|ны)|подписани|заключ[её]н|заключил|заключени|заключено|действующ|действу[ею]т|в\s+рамках\s+(действующ\p{L}+\s+)?(соглашени|договор|меморандум|протокол)|установлен|оформлен|ратифицир)/iu;

// A cooperation programme or a plan of joint events, named where its signing is told (before it or after it).
// "план мероприятий по развитию сотрудничества" is one too.
const PROGRAMME_REST = String.raw`\p{L}*\s+(сотрудничеств\p{L}*|совместн\p{L}+\s+мероприяти\p{L}*|мероприяти\p{L}*\s+по\s+(\p{L}+\s+)?сотрудничеств\p{L}*)`;
const PROGRAMME = `(программ|план)${PROGRAMME_REST}`;

/** Words that name a cooperation document (not twinning). A cooperation programme or plan of joint events is one
 * where its signing is told ("подписана программа сотрудничества"), not where things are done under it; a
 * "документ" is one when it is said to be on cooperation ("документы о сотрудничестве") or like one named before
 * ("аналогичные документы"). */
// "договорились продолжить обмен", "договориться о встрече": the verb (договори-, договоря-) names no document.
// "Декларация о развитии дружественных связей" is one.
// Every alternative starts with its word, and a look-behind that says what stands before the word is tested right
// after it, with the word repeated at its end ("документ(?<=аналогичн… документ)"): the same matches, but V8 skips
// the positions where no alternative's first letters stand, which an alternative that starts with a look-behind
// forbids (measured: a quarter of the time per sentence). The callers read a match's index and text only.
export const AGREEMENT_DOC = new RegExp(
  String.raw`(?<![\p{L}])(соглашени(?<!(?:пришл\p{L}*|прийти|приходят|придти)\s+к\s+соглашени)\p{L}*|меморандум\p{L}*|протокол\p{L}*|договор(?!ённост|енност|и|я)\p{L}*|договор[её]нност\p{L}*|контракт\p{L}*|деклараци\p{L}*(?=\s+об?\s)|дорожн\p{L}+\s+карт\p{L}*|документ\p{L}*\s+о\s+(дружбе\s+и\s+)?(сотрудничеств|партн[её]рств|дружб)\p{L}*|документ(?<=(?:аналогичн|подобн|таки)\p{L}*\s+документ)\p{L}*|(?:программ|план)(?<=подпис\p{L}*\s+(?:\p{L}+\s+){0,2}(?:программ|план))PROGRAMME_REST|PROGRAMME(?=[^.;]{0,60}подпис))`
    .replace('PROGRAMME_REST', PROGRAMME_REST)
    .replace('PROGRAMME', PROGRAMME),
  'giu',
);
/** A stem every match of AGREEMENT_DOC holds: without a look-behind, several times faster to rule a text out. */
export const DOCUMENT_STEM = /соглашени|меморандум|протокол|договор|контракт|деклараци|дорожн|(программ|план)[а-я]*\s+(сотруд|совмест|мероприят)|документ[а-я]*\s+о\s|(аналогичн|подобн|таки)[а-я]*\s+документ/iu;

/**
 * The matches of AGREEMENT_DOC in a text, in order; most sentences hold no DOCUMENT_STEM and are not searched. The
 * gate, the recall and three rules ask for the same sentence's (or its only clause's) in turn: the last answer is
 * kept. Callers only read the array.
 */
export const documentWords: (text: string) => readonly RegExpExecArray[] = lastAnswer((text) =>
  DOCUMENT_STEM.test(text) ? matchesOf(AGREEMENT_DOC, text) : [],
);

/** The act of signing or establishing, as opposed to a document merely in force. */
export const SIGNING_EVENT = /(поставил\p{L}*\s+(свои\s+)?подпис|подписан|подписал|подписани|заключ[её]н|заключил|заключени|установлени[еия]|установлен[аоы]?\s|оформлен|ратифицир)/iu;

/** An official of the city named next: "глава Гюмри", "мэр города Бишкека". */
export const OFFICIAL_BEFORE =
  /(?<![\p{L}])(глав\p{L}*|мэр\p{L}*|вице-мэр\p{L}*|аким\p{L}*|хоким\p{L}*|кмет\p{L}*|бургомистр\p{L}*|градоначальник\p{L}*|председател\p{L}*\s+горисполкома)\s+(города\s+|г\.\s*)?$/iu;

/** Twinning. */
// "соглашение о братских связях между городами": the old word for a twinning.
// "породнились", "побратались": the verbs of becoming twins.
export const TWIN_WORD = /(побратим|породн[её]н|породнени|породнил|побратал|об?\s+(установлении\s+)?братских\s+(связ|отношени))/iu;
// Twins by another name, right after the text spoke of twinning: "У Красноярска таких друзей много: A, B",
// "российские собратья – A и B", "дружба завязалась с A".
export const KIN_WORDS = /(?<![\p{L}])(собрат\p{L}*(?!\s+по\s)|назван\p{L}*\s+брат\p{L}*|(таких|этих|подобных)\s+(друзей|братьев)(?!\s+из\s)|дружба\s+завязалась\s+со?(?=\s+(город\p{L}*\s+)?\p{Lu}))(?![\p{L}])/iu;
/** What every match of KIN_WORDS holds (gates.ts). */
export const KIN_STEM = /собрат|назван[а-яё]*\s+брат|(таких|этих|подобных)\s+(друзей|братьев)|дружба\s+завязал/i;

/**
 * Twinning still to come: "станет (ещё одним) побратимом", "побратимом Пензы станет Брест", "документ сделает A и B
 * побратимами", "намерении стать", "предложение установить", "изучит
 * возможность", "переговоры о побратимских связях", "согласовали вопрос об установлении", "может войти в число
 * городов-побратимов".
 */
export const TWIN_INTENT =
  /(стан(ет|ут)\s+(\p{L}+\s+){0,3}(город\p{L}*-)?побратим|(?<![\p{L}])сдела(ет|ют)\s+[^.;!?]{0,60}?(город(ом|ами)-)?побратим(ом|ами)(?![\p{L}])|(?<![\p{L}])(город(ом|ами)-)?побратим(ом|ами)\s[^.;!?]{0,60}?(?<![\p{L}])стан(ет|ут)(?![\p{L}])|стать\s+(город\p{L}*-)?побратим|(войти|войд[её]т|войдут)\s+в\s+(число|компанию|семью|круг|список)\s+(\p{L}+\s+)?(город\p{L}*-)?побратим|намерени|предлож\p{L}*|(согласова|одобр)\p{L}*\s+вопрос|возможност\p{L}*\s+(стать|установ)|возможн(ом|ое|ого|ому|ым)\s+(побратимств|породнени)|(?<![\p{L}])будущ\p{L}*\s+(город\p{L}*-)?побратим|вопрос\p{L}*\s+о\s+(\p{Ll}+\s+)?побратимств|переговор\p{L}*\s+(\p{L}+\s+)?о\s+(побратим|породн|установлении\s+побратим)|переговор\p{L}*[^.;]{0,60}?о\s+(подписании|заключении))/iu;

/** A physical trip. */
export const VISIT_WORD =
  /(?<![\p{L}])(визит\p{L}*|посетил\p{L}*|посетит\p{L}*|посещени\p{L}*|посетив\p{L}*|выезжал\p{L}*|выехал\p{L}*|выезд\p{L}*|прибыл\p{L}*|прибыти\p{L}*|приезд\p{L}*|приехал\p{L}*|приезжал\p{L}*|побывал\p{L}*|поездк\p{L}*|ездил\p{L}*|съездил\p{L}*|поехал\p{L}*|переехал\p{L}*|отправил(ся|ась|ись)|командировк\p{L}*|миссия|миссии|миссию|миссией|миссий|делегаци\p{L}*|гост(и|ей|ям|ями|ях)\s+из|гостями|гостил\p{L}*|гастролир\p{L}*|гастрол(и|ях|ей)(?![\p{L}]))/iu;
// VISIT_WORD without its look-behind, which firstVisitWord runs after the rest (spans.ts wordStartMatches).
const VISIT_WORD_BODY = new RegExp(VISIT_WORD.source.replace(/^\(\?<!\[\\p\{L\}\]\)/, ''), 'giu');

/** The first match of VISIT_WORD in a text, or null: the same match, found about three times faster. */
export function firstVisitWord(text: string): RegExpExecArray | null {
  return firstWordStartMatch(VISIT_WORD_BODY, text);
}

/** The word of a delegation, in any case: "делегация", "делегации". */
export const DELEGATION_WORD = /(?<![\p{L}])делегаци\p{L}*/iu;

/** A stem every match of VISIT_WORD holds (a rule's gate, see gates.ts). */
export const VISIT_STEM = /визит|посетил|посетит|посещени|посетив|выезжал|выехал|выезд|прибыл|прибыти|приезд|приехал|приезжал|поездк|ездил|поехал|переехал|отправил|побывал|командировк|мисси|делегаци|гост|гастрол/iu;

/** Cooperation that is not a document: joint events, exchanges, meetings. */
// "установлены деловые контакты с", "развивали сотрудничество", "углубляем сотрудничество с", "обмены между городами".
export const CONTACT_WORD =
  /((деловы\p{L}*|прям\p{L}*)\s+контакт|(развива|развивал|углубля|укрепля)\p{L}*\s+(\p{L}+\s+)?сотрудничеств|обмен\p{L}*\s+между|телемост|онлайн-встреч|онлайн\s+встреч|видеоконференц|совместн\p{L}+\s+(онлайн-)?(мероприяти|проект|акци|выставк|концерт|работ|фестивал|конференци|семинар|турнир|соревновани|спектакл|урок|праздник)|совместно\s+с|обмен\p{L}*\s+опытом|(?<!подписями\s)обменялись(?!\s+(подписями|подписанными|экземплярами))|видеомост|видеовстреч|сотрудничеств\p{L}*\s+между|установлено\s+сотрудничество|продолжил\p{L}*\s+(многолетнее\s+)?сотрудничество|диалог|переговор|встреч\p{L}*\s+с\s+(представител|руководств|коллег|делегаци))/iu;

// ("подписями обменялись глава A и мэр B": the signing of a document, no contact of its own.)
// "обменялись официальными делегациями": the towns' own delegations ("обмен спортивными делегациями" is the teams').
export const MUTUAL = /(взаимн\p{L}+\s+визит|обменял\p{L}*\s+((официальн|делов|представительн)\p{L}*\s+)?делегаци|обмен\p{L}*\s+((официальн|делов|представительн)\p{L}*\s+)?(делегаци|визит)|взаимн\p{L}+\s+поездк|в\s+обе\s+стороны\s+(\p{L}+\s+){0,2}делегаци|делегаци\p{L}*\s+(\p{L}+\s+){0,2}в\s+обе\s+стороны)/iu;

/**
 * The reporting town visited, named as "our town": "наш город посетила делегация", "в нашем городе побывали", "в наш
 * город приедут гости". Its guests are the visitors; the town named in it is theirs, not the text's own.
 */
export const OUR_TOWN_VISITED =
  /(?<![\p{L}])((наш|нашем)\s+город\p{L}*\s+(\p{Ll}+\s+){0,2}?(посетил|посетят|побывал|прибыл|приехал)|в\s+наш\s+город\s+(\p{Ll}+\s+){0,2}?(прибыл|приехал|приедут|прибуд))/iu;

/** "Город-партнёр", "города-партнёры", "партнёрские отношения с". */
export const PARTNER_WORD = /(город\p{L}*-партн[её]р|партн[её]рск\p{L}+\s+(отношени|связ)|город\p{L}*\s+и\s+партн[её]р|побратим\p{L}*\s+и\s+партн[её]р)/iu;

// Most rules ask both of the same clause in turn: the last answer is kept. The stem first (measured: about half the
// time of ONLINE, four fifths of PLANNED's, on the sample reports' sentences).
export const isPlanned: (text: string) => boolean = lastAnswer((text) => PLANNED_STEM.test(text) && plannedInText(text));
export const isOnline: (text: string) => boolean = lastAnswer((text) => ONLINE_STEM.test(text) && ONLINE.test(text));
