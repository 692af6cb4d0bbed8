import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import { contactRule } from '../../../../import/extract/relations/contact.js';

beforeAll(async () => {
  await loadMorph();
});

/** The rule's CONTACT pairs for one sentence of a report about Omsk, each as "a — b". */
function pairs(text: string, topicCityId: string | null = null, topicCountry: string | null = null, partners: string[] = []): string[] {
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
  const recall = { cities: partners, twinning: false, unnamedTwins: false, year: null };
  const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId, recall, countryOf: (id: string) => (id === topicCityId ? topicCountry : 'RU') };
  return contactRule(ctx).map((d) => `${d.source} — ${d.target}`);
}

describe('contact rule', () => {
  it.each([
    ['В мае сотрудники администрации Омска встретились по видеосвязи с коллегами из Павлодара.', ['city:omsk — city:pavlodar']],
    ['В феврале омская школа № 49 провела совместный онлайн-урок с ровесниками из города Павлодара.', ['city:omsk — city:pavlodar']],
    // a joint online event
    ['В мае Омск провёл с Павлодаром совместный онлайн-концерт.', ['city:omsk — city:pavlodar']],
    // a joint festival or tournament
    ['Омск и Павлодар провели совместный фестиваль.', ['city:omsk — city:pavlodar']],
    ['Омск и Брест провели совместный турнир по футболу.', ['city:omsk — city:brest']],
    // a video bridge or video meeting, whatever its name or case
    ['В марте состоялся видеомост между школьниками Омска и Бреста.', ['city:omsk — city:brest']],
    ['Омские библиотекари провели видеомост «Читаем вместе» с коллегами из Гомеля.', ['city:omsk — city:gomel']],
    ['Прошла видеовстреча руководителей Омска и Павлодара.', ['city:omsk — city:pavlodar']],
    // a region in the genitive after the town only says where it lies
    ['Мэр Омска провёл по видеосвязи встречу с руководством Гомельского района Гомельской области.', ['city:omsk — city:gomelskiy-rayon']],
    ['Глава Омска провёл видеовстречу с руководством города Бобруйска Могилевской области.', ['city:omsk — city:bobruisk']],
    // two schools, each with its town after it
    ['Прошёл телемост между гимназией № 14 г. Омска и средней школой № 1 г. Гомеля.', ['inst:gimnaz-14@omsk — inst:srednya-shkola-1@gomel']],
  ])('takes a meeting or a lesson held remotely as a contact: %s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    // business contacts and developing cooperation are contacts without a document
    ['Также были установлены деловые контакты с белорусским Брестом и литовским Вильнюсом.', ['city:omsk — city:brest', 'city:omsk — city:vilnius']],
    ['Тула и Брест развивали сотрудничество в сфере туризма.', ['city:tula — city:brest']],
    // an online meeting of two named cities
    ['В апреле в режиме видеоконференцсвязи состоялась встреча руководителей города Омска и города Бреста.', ['city:omsk — city:brest']],
    // online missions; ", а также" continues the list
    ['Проведено 5 торгово-экономических миссий в формате онлайн с деловыми кругами Минска и Павлодара, а также российских городов (Тюмени, Кургана).', ['city:omsk — city:minsk', 'city:omsk — city:pavlodar', 'city:omsk — city:tyumen', 'city:omsk — city:kurgan']],
    // a joint event with a named city
    ['В ноябре было организовано несколько совместных с Брестом мероприятий по обмену опытом.', ['city:omsk — city:brest']],
    // what was done online is a contact, whatever prospects or plans it spoke of
    ['В ходе видеоконференции мэр Омска и мэр Бреста обсудили потенциальные направления сотрудничества.', ['city:omsk — city:brest']],
    ['Мэр Омска провёл онлайн-встречу с мэром Бреста, на которой стороны договорились: проведём совместный фестиваль в сентябре.', ['city:omsk — city:brest']],
    // a partner's initiative carried out
    ['По инициативе города Гродно была реализована акция «Книга дружбы».', ['city:omsk — city:grodno']],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    // the pair the text is about, one side unnamed
    ['Тогда же обменялись опытом пожарные этих двух городов.', 'city:brest', ['city:omsk — city:brest']],
    ['Отношения между двумя городами начались в мае на выставке в Москве.', 'city:brest', ['city:omsk — city:brest']],
    // a meeting of the heads, gifts, a jubilee of the tie, talks over a period
    ['В 2019 году на встрече главы Омска и мэра Бреста обсуждались планы.', null, ['city:omsk — city:brest']],
    ['На форуме в Москве глава Омска встретился с акимом Павлодара.', null, ['city:omsk — city:pavlodar']],
    // the reporter's institution where it was held faces the other institution
    ['В мае в Омской областной библиотеке состоялся телемост с Павлодарской областной библиотекой.', null, ['inst:omskaya-oblast-biblio — inst:pavlod-oblast-biblio']],
    ['В мае в Детской библиотеке имени А.С. Пушкина города Омска прошёл телемост с Павлодарской областной библиотекой.', null, ['inst:detska-biblio-a-s-pushkin@omsk — inst:pavlod-oblast-biblio']],
    // a meeting with a delegation in a third city: both travelled, and met
    ['На выставке в Москве глава Омска провёл встречу с делегацией Бреста.', null, ['city:omsk — city:brest']],
    ['В мае глава Омска встретился с Асланом Бжанией, главой администрации Зугдиди.', null, ['city:omsk — city:zugdidi']],
    // a remote event after a lead names its sides
    ['Прошли мероприятия: онлайн-конференция студентов Тулы и Бреста.', null, ['city:tula — city:brest']],
    ['Через год омичи преподнесли жителям Бреста памятный подарок.', null, ['city:omsk — city:brest']],
    ['Весной омские музыканты передали в дар школе искусств Бреста рояль.', null, ['city:omsk — city:brest']],
    // a joint event's name names its sides
    ['Совместная выставка художников Тулы и Бреста открылась в мае.', null, ['city:tula — city:brest']],
    // thanks for a past welcome inside an online meeting leave the meeting a contact
    ['В ходе видеоконференции мэр Бреста поблагодарил омичей за тёплый приём во время прошлогоднего визита и обсудил с ними план совместных мероприятий.', null, ['city:omsk — city:brest']],
    // a telebridge beside a signing is an activity of its own
    ['В ходе телемоста глава Омска и мэр Бреста подписали соглашение о сотрудничестве.', null, ['city:omsk — city:brest']],
    ['В 2004 году Омск и Брест заключили соглашение, а через год омичи преподнесли жителям Бреста подарок.', null, ['city:omsk — city:brest']],
    ['В мае прошли праздничные мероприятия, посвящённые 20-летию побратимства с городом Брестом.', null, ['city:omsk — city:brest']],
    ['Переговоры о сотрудничестве с городом Брестом велись около года.', null, ['city:omsk — city:brest']],
  ] as Array<[string, string | null, string[]]>)('%s (topic %s)', (text, topic, expected) => {
    expect(pairs(text, topic, 'BY')).toEqual(expected);
  });

  it('pairs "the two cities" with the partner named before where things happen, over the topic', () => {
    const text = 'В Бресте прошли мероприятия, посвящённые 20-летию побратимства между городами.';
    expect(pairs(text, 'city:grodno', 'BY', ['city:brest', 'city:grodno'])).toEqual(['city:omsk — city:brest']);
    expect(pairs(text, 'city:grodno', 'BY', [])).toEqual(['city:omsk — city:grodno']);
  });

  it("pairs the staff of \"двух администраций\" as the reporter and the city of the page's section", () => {
    const text = 'В марте в формате видеоконференции специалисты двух администраций обсудили туристические маршруты.';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, sectionCityId: 'city:tomsk', countryOf: () => 'RU' };
    expect(contactRule(ctx).map((d) => `${d.source} — ${d.target}`)).toEqual(['city:omsk — city:tomsk']);
  });

  it("pairs the staff of \"двух библиотек\" on a library's page as that library and the other one named before", () => {
    const text = 'В октябре сотрудники двух библиотек провели совместный вебинар.';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const recall = { cities: ['city:bishkek'], twinning: false, unnamedTwins: false, year: null, sides: ['inst:theirs'] };
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportInstitutionId: 'inst:ours', reportYear: 2023, topicCityId: null, recall, countryOf: () => 'RU' };
    expect(contactRule(ctx).map((d) => `${d.source} — ${d.target}`)).toEqual(['inst:ours — inst:theirs']);
  });

  it("gives a remote event with another body, on an institution's page, to the page's institution", () => {
    const text = 'В ноябре проведён совместный вебинар с Торгово-промышленной палатой Монголии.';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportInstitutionId: 'inst:ours', reportYear: 2023, topicCityId: null, countryOf: () => 'RU' };
    expect(contactRule(ctx).map((d) => `${d.source} — ${d.target}`)).toEqual(['inst:ours — inst:torgov-promysh-palata-mongol']);
    expect(pairs(text)).toEqual(['city:omsk — inst:torgov-promysh-palata-mongol']);
  });

  it('pairs a body with the body that supported its event', () => {
    expect(pairs('Омский клуб «Диалог» при поддержке Генерального консульства Республики Беларусь провел круглый стол.').join('\n')).toMatch(/^inst:.* — inst:/);
  });

  it('pairs the reporter with the section\'s city when the text names only its nationality', () => {
    expect(pairs('В декабре в режиме онлайн состоялся телемост с белорусскими школьниками.', 'city:brest', 'BY')).toEqual(['city:omsk — city:brest']);
    expect(pairs('В декабре в режиме онлайн состоялся телемост с китайскими школьниками.', 'city:brest', 'BY')).toEqual([]);
  });

  it.each([
    // plans and possibilities
    ['В 2026 году планируется телемост с Гомелем.'],
    ['Ассоциация может оказать поддержку по обмену опытом между Омском и Томском.'],
    ['Этот меморандум даёт городам новые возможности для совместной работы в туризме.'],
    // what a document provides for
    ['Договор между Омском и Томском предусматривает обмен опытом в сфере образования.'],
    // a physical visit is a VISIT
    ['Делегация Омска посетила Минск, где прошли переговоры с руководством города.'],
    ['В ходе визита в Брест глава Омска встретился с мэром Бреста.'],
    // a signed document is the relation
    ['По итогам переговоров подписано соглашение о сотрудничестве с городом Брестом.'],
    // a guest's thanks for the welcome and the talks belongs to the visit
    ['Спасибо мэру Бреста за тёплый приём и конструктивный диалог, – сказал глава Омска.'],
    // a prospect and a promise are no contact yet
    ['Потенциальное сотрудничество и совместные проекты укрепят Омск и Брест.'],
    ['Объединим усилия Омска и Бреста и проведём совместный фестиваль молодёжи.'],
    ['Огромная благодарность руководителю Брестского горисполкома Петру Иванову, его заместителю и всем сотрудникам за тёплый приём и конструктивный диалог, – сказал глава Омска.'],
    // the exchange of signatures is the signing
    ['В торжественной обстановке подписями обменялись глава Омска и мэр Бреста.'],
    ['Глава Омска и мэр Бреста обменялись подписанными экземплярами соглашения.'],
    // so is one signed by video: the format of the signing is no activity beside it
    ['Соглашение о сотрудничестве в режиме видеоконференцсвязи подписали глава Омска и мэр Бреста.'],
    // talks alone, not online, belong to a visit
    ['Для предпринимателей Минска проведены переговоры с представителями омского бизнеса.'],
    // an online topic of discussion is not an online meeting
    ['На встрече в Администрации города Омска обсуждалось развитие дистанционных форматов торговли с Германией.'],
    // the reporter's own region is not its partner
    ['В марте состоялась видеоконференция с участием Омской области.'],
    // what an official says of the ties, undated, is a wish
    ['«Омск и Павлодар — города-труженики. Рассчитываю, что уже в этом году мы увидим первые совместные проекты», — отметил глава.'],
    // what stopped is no contact
    ['Совместные мероприятия с Павлодаром с 2022 года не проводятся.'],
    ['Сотрудничество с Брестом в сфере культуры приостановлено.'],
    // the two ends of a flight are no sides
    ['С мая действует прямой авиарейс «Омск – Ташкент», и это хорошо для развития совместных проектов в туризме.'],
  ])('no contact in %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('reads what matters, said, as no contact with the partner of the text, unless something was done', () => {
    expect(pairs('Глава Омска отметил важность обмена опытом для укрепления сотрудничества между городами.', 'city:brest', 'BY')).toEqual([]);
    expect(pairs('Мэр Омска и мэр Бреста провели онлайн-встречу и подчеркнули важность дальнейшего сотрудничества.')).toEqual(['city:omsk — city:brest']);
  });
});
