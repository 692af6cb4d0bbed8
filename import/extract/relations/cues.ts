// The words by which these reports say that something is planned, online, signed or merely existing.
// Stems, not sentences: each cue is a rule of the genre and is tested with sentences of its own.

/** Intentions and drafts: never a visit, twin link or contact; an agreement becomes `planned`. */
export const PLANNED =
  /(планир|запланир|планах|намечен|предполага|будет\s+подписан|будут\s+подписан|предстоит|намерен|проект\w*\s+(соглашени|договор|меморандум)|подготовлен\w*\s+проект|предварительн\w*\s+договор[её]нност|достигнут\w*\s+договор[её]нност|договор[её]нност\w*\s+о\s|рассмотреть\s+возможност|в\s+перспективе|в\s+дальнейшем|прорабатыва)/iu;

/** Remote formats: the parties met, but nobody travelled. */
export const ONLINE =
  /(онлайн|on-?line|видеоконференц|видео-?конференц|видеосвяз|телемост|в\s+режиме\s+видео|в\s+формате\s+видео|видеопрезентац|дистанционн|в\s+режиме\s+трансляци|в\s+формате\s+трансляци|в\s+заочном|заочн\w+\s+формат|виртуальн|интернет-|видеообращени|видеоролик|видеоматериал)/iu;

/** A document that is signed, concluded or in force. */
export const SIGNED = /(подписан|подписал|подписа(ть|ли|ны)|подписани|заключ[её]н|заключил|заключени|заключено|действующ|действу[ею]т|в\s+рамках\s+(действующ\w+\s+)?(соглашени|договор|меморандум|протокол)|установлен|оформлен|ратифицир)/iu;

/** Words that name a cooperation document (not twinning). */
export const AGREEMENT_DOC =
  /(?<![\p{L}])(соглашени\w*|меморандум\w*|протокол\w*|договор(?!ённост|енност)\w*|договор[её]нност\w*|контракт\w*|дорожн\w+\s+карт\w*)/giu;

/** Twinning. */
export const TWIN_WORD = /побратим/iu;

/** A physical trip. */
export const VISIT_WORD =
  /(?<![\p{L}])(визит\w*|посетил\w*|посетит\w*|посещени\w*|посетив\w*|выезжал\w*|выехал\w*|выезд\w*|прибыл\w*|прибыти\w*|приезд\w*|приехал\w*|побывал\w*|командировк\w*|миссия|миссии|миссию|миссией|миссий|делегаци\w*)/giu;

/** Cooperation that is not a document: joint events, exchanges, meetings. */
export const CONTACT_WORD =
  /(телемост|онлайн-встреч|онлайн\s+встреч|видеоконференц|совместн\w+\s+(мероприяти|проект|акци|выставк|концерт|работ)|совместно\s+с|обмен\w*\s+опытом|обменялись|сотрудничеств\w*\s+между|установлено\s+сотрудничество|продолжил\w*\s+(многолетнее\s+)?сотрудничество|диалог|переговор|встреч\w*\s+с\s+(представител|руководств|коллег))/iu;

export const MUTUAL = /(взаимн\w+\s+визит|обменял\w*\s+делегаци|обмен\w*\s+делегаци|взаимн\w+\s+поездк)/iu;

/** "Город-партнёр", "города-партнёры", "партнёрские отношения с". */
export const PARTNER_WORD = /(город\w*-партн[её]р|партн[её]рск\w+\s+(отношени|связ)|город\w*\s+и\s+партн[её]р|побратим\w*\s+и\s+партн[её]р)/iu;

export function isPlanned(text: string): boolean {
  return PLANNED.test(text);
}

export function isOnline(text: string): boolean {
  return ONLINE.test(text);
}
