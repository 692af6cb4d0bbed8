import { beforeAll, describe, expect, it } from 'vitest';
import { twinRule } from '../../../../import/extract/relations/twin.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('twin rule', () => {
  it("dates a table row's twinning from the row's last cell", () => {
    expect(run(twinRule, '2 | Тренчин | Словакия | соглашение о побратимстве | 2004')).toEqual(['TWIN city:omsk city:trenchin 2004']);
  });

  it('reads a clause of its own after a colon, and gives an earlier establishing no year', () => {
    const text = 'Бобруйск стал третьим городом-побратимом Омска: ранее побратимские отношения были установлены с белорусской Лидой и китайским Цзиньхуа.';
    expect(run(twinRule, text)).toEqual(['TWIN city:bobruisk city:omsk 2023', 'TWIN city:omsk city:lida -', 'TWIN city:omsk city:tszinkhua -']);
  });

  it('reads a twin stated by an apposition after the place of an event', () => {
    const text = 'Делегация Тулы побывала на празднике в Бресте (Беларусь), городе-побратиме Тулы.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' })).toEqual(['TWIN city:brest city:tula -']);
  });

  it('dates a twin named by an apposition from the year it has held since', () => {
    const text = 'В мае в Тулу прибыли гости из Бреста, города-побратима Тулы с 1997 года.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' })).toEqual(['TWIN city:brest city:tula 1997']);
  });

  it('reads a list across a relative clause on an item, whose year is that item\'s only', () => {
    const text = 'Побратимами Тулы являются также Гомель, с которым договор подписан в 1999 году, и литовский Каунас.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:gomel 1999', 'TWIN city:tula city:kaunas -']);
  });

  it('pairs each town with the one "с" joins it to, pair after pair', () => {
    expect(run(twinRule, 'Так побратались Пенза с Гродно, а Тула с Брестом.')).toEqual(['TWIN city:penza city:grodno 2023', 'TWIN city:tula city:brest 2023']);
  });

  it('reads twins denied as none, and "не только" or "не просто" twins as twins', () => {
    expect(run(twinRule, 'Омск и Брест не являются городами-побратимами.')).toEqual([]);
    expect(run(twinRule, 'Омск не поддерживает побратимских связей с Брестом.')).toEqual([]);
    expect(run(twinRule, 'Омск и Брест - не только побратимы, но и друзья.')).toEqual(['TWIN city:omsk city:brest -']);
    expect(run(twinRule, 'Брест - не просто побратим Омска, а настоящий друг.')).toEqual(['TWIN city:brest city:omsk -']);
    expect(run(twinRule, 'Брест - не первый город-побратим Омска.')).toEqual(['TWIN city:brest city:omsk -']);
  });

  it('reads talks about signing a twinning document as a planned agreement', () => {
    expect(run(twinRule, 'Переговоры с Брестом о подписании соглашения о побратимстве продолжаются.', { reportCityId: 'city:tula' })).toEqual([
      'AGREEMENT city:tula city:brest 2023 planned',
    ]);
    // an upcoming signing discussed
    expect(run(twinRule, 'Стороны обсудили вопросы предстоящего подписания договора о побратимских связях между Тулой и Брестом.')).toEqual([
      'AGREEMENT city:tula city:brest 2023 planned',
    ]);
    // a signing talked over; not one talked over before another signed
    expect(run(twinRule, 'На встрече обсуждалось подписание соглашения о побратимских связях между Тулой и Брестом.')).toEqual([
      'AGREEMENT city:tula city:brest 2023 planned',
    ]);
    expect(run(twinRule, 'Обсудив заключение договора, мэры Тулы и Бреста подписали соглашение о побратимских связях.')).toEqual(['TWIN city:tula city:brest 2023']);
  });

  it('reads a town named as a twin in a sentence about something to come as a twin already', () => {
    const text = 'В библиотеке пройдет вечер, посвященный городу-побратиму Омска в Белоруссии – Бресту.';
    expect(run(twinRule, text)).toEqual(['TWIN city:omsk city:brest -']);
    // a twinning to come stays planned
    expect(run(twinRule, 'В библиотеке пройдет вечер, посвященный побратимству Омска и Бреста.')).toEqual(['AGREEMENT city:omsk city:brest 2023 planned']);
    expect(run(twinRule, 'На фестивале Брест станет городом-побратимом Омска.')).toEqual(['AGREEMENT city:brest city:omsk 2023 planned']);
    // a status to be given is a twinning to come
    expect(run(twinRule, 'Планируется присвоить Бресту статус города-побратима Омска.')).toEqual(['AGREEMENT city:brest city:omsk 2023 planned']);
    // plans of twins' events a document provides for are no twinning to come
    expect(run(twinRule, 'Соглашение между Омском и Брестом предусматривает подписание ежегодных планов мероприятий городов-побратимов.')).toEqual(['TWIN city:omsk city:brest 2023']);
  });

  it("reads what a twinning document provides for as its content, not a plan", () => {
    expect(run(twinRule, 'Подписанный договор предполагает развитие побратимских связей Омска и Бреста.')).toEqual(['TWIN city:omsk city:brest 2023']);
  });

  it('reads a place the relative clause on it makes a twin', () => {
    const text = 'В Гродно, с которым Тула в 2009 году подписала договор о побратимстве, делегацию встретил мэр.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' })).toEqual(['TWIN city:grodno city:tula 2009']);
  });

  it('dates a twin link by the year given to its establishing', () => {
    const text = 'Городской совет Бреста приостановил побратимские отношения с Тулой, установленные в 1993 году.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' }).map((r) => r.split(' ').pop())).toEqual(['1993']);
  });

  it('gives each twin of a list the year written after it', () => {
    const text = 'Тулу связывают побратимские отношения с белорусскими Гомелем (с 2002 года) и Брестом (с 2007 года).';
    expect(run(twinRule, text, { reportCityId: 'city:tula' }).map((r) => r.split(' ').pop())).toEqual(['2002', '2007']);
  });

  it('reads each item of a list after ";" with its own year', () => {
    const text = 'Побратимские связи установлены: с городом Брест (Беларусь) — в 1996 году; с городом Гродно — в 2001 году; с 2005 года ведётся обмен.';
    expect(run(twinRule, text, { reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:brest 1996', 'TWIN city:tula city:grodno 2001']);
  });

  it.each([
    [
      'В июне подписано Соглашение об установлении побратимских связей между городом Омском и городом Бишкеком.',
      ['TWIN city:omsk city:bishkek 2023'],
    ],
    ['Материалы были направлены в китайские города-побратимы Харбин, Далянь и Шэньян.', ['TWIN city:omsk city:harbin -', 'TWIN city:omsk city:dalian -', 'TWIN city:omsk city:shenyang -']],
    // each item's country in the genitive after it
    ['Выставка посвящена сотрудничеству с городами-побратимами – Гродно Республики Беларусь, Брестом Республики Беларусь и Харбином.', ['TWIN city:omsk city:grodno -', 'TWIN city:omsk city:brest -', 'TWIN city:omsk city:harbin -']],
    // a group's country in the locative after its last item does not end the list
    ['Омск дружит с городами-побратимами Гродно, Брестом в Беларуси, Харбином в Китае и Павлодаром.', ['TWIN city:omsk city:grodno -', 'TWIN city:omsk city:brest -', 'TWIN city:omsk city:harbin -', 'TWIN city:omsk city:pavlodar -']],
    ['Мастер-класс прошёл для школьников города-побратима Бургаса.', ['TWIN city:omsk city:burgas -']],
    ['Гомель — город-побратим Омска.', ['TWIN city:gomel city:omsk -']],
    // two named parties, whatever their order and role
    ['Мэр Тулы и мэр Бреста подписали соглашение об установлении побратимских связей.', ['TWIN city:tula city:brest 2023']],
    ['Летом побратимом Тулы стал Брест.', ['TWIN city:tula city:brest 2023']],
    ['Пенза отметила 20-летие побратимских отношений с Брестом в 2019 году.', ['TWIN city:penza city:brest 1999']],
    // an owner and the list after the twin word
    ['В настоящее время Тула имеет побратимские отношения с городами Брест (Беларусь), Вильнюс (Литва) и Гданьск (Польша).', ['TWIN city:tula city:brest -', 'TWIN city:tula city:vilnius -', 'TWIN city:tula city:gdansk -']],
    ['У Пензы появились города-побратимы в Беларуси - Брест и Гомель.', ['TWIN city:penza city:brest 2023', 'TWIN city:penza city:gomel 2023']],
    // the owner right after the twin word, the list after "являются" or a colon
    ['Городами-побратимами Пензы также являются Брест (Беларусь), Вильнюс и Гданьск.', ['TWIN city:penza city:brest -', 'TWIN city:penza city:vilnius -', 'TWIN city:penza city:gdansk -']],
    // a foreign owner after the twin word, found by the Russian name GeoNames records, not a province
    ['На праздник приехали делегации других городов-побратимов Лиона – Буффало (США) и Лидса.', ['TWIN city:lion city:buffalo -', 'TWIN city:lion city:lids -']],
    // a smaller owner the world list knows, before its twins' list
    ['На юбилей прибыли гости из городов-побратимов Биттерфельд-Вольфена – Марля и Лидса.', ['TWIN city:bitterfeld-volfen city:marl -', 'TWIN city:bitterfeld-volfen city:lids -']],
    ['Городами-побратимами Тулы являются Бремен и Марль.', ['TWIN city:tula city:bremen -', 'TWIN city:tula city:marl -']],
    ['Встреча с городами-побратимами Хэнани прошла в Омске.', []],
    // the owner after "породнённых с", its twins listed after the city word
    ['Приехали делегации других породненных с Лионом городов – Буффало (США) и Лидса.', ['TWIN city:lion city:buffalo -', 'TWIN city:lion city:lids -']],
    // a count and the towns' country between "стали" and the list
    ['В 1991 году побратимами Пензы стали сразу два города Италии: Пиза и Лукка.', ['TWIN city:penza city:piza 1991', 'TWIN city:penza city:lukka 1991']],
    // the owner after "у" between the word and the list
    ['Городами-побратимами у Твери являются Брест и Гродно.', ['TWIN city:tver city:brest -', 'TWIN city:tver city:grodno -']],
    ['На праздник приехали артисты из городов-побратимов Бреста и Гомеля.', ['TWIN city:omsk city:brest -', 'TWIN city:omsk city:gomel -']],
    // the ties began in the year they are in force since
    ['Тулу и Брест связывают побратимские отношения с 1996 года.', ['TWIN city:tula city:brest 1996']],
    ['С 19 августа 1969 город Брест является побратимом Тулы.', ['TWIN city:brest city:tula 1969']],
    // a stay that starts on a date is no date of the tie
    ['С 12 мая 2023 года в Омске гостит делегация города-побратима Бреста.', ['TWIN city:omsk city:brest -']],
    ['Побратимы Тулы: Брест, Гомель.', ['TWIN city:tula city:brest -', 'TWIN city:tula city:gomel -']],
    // broken ties were ties
    ['Власти Гомеля решили разорвать побратимские связи с Тулой, Пензой и Тверью.', ['TWIN city:gomel city:tula -', 'TWIN city:gomel city:penza -', 'TWIN city:gomel city:tver -']],
    // the place of signing is not a party
    ['Меморандум об установлении побратимских отношений между Пензой и Брестом подписан в Минске.', ['TWIN city:penza city:brest 2023']],
    // intended twinning is a planned agreement; a signed memorandum of intent is a signed one
    ['Планируется подписание соглашения об установлении побратимских связей с городом Ташкентом.', ['AGREEMENT city:omsk city:tashkent 2023 planned']],
    // twins already, named as the sides of another document
    ['Пенза и Брест подписали дорожную карту развития городов-побратимов.', ['TWIN city:penza city:brest -']],
    // a plan signed under the twinning: the twinning is in force, in no year the sentence gives
    ['В июне подписан план мероприятий по реализации соглашения о побратимстве между Пензой и Брестом.', ['TWIN city:penza city:brest -']],
    // the verbs of becoming twins
    ['Пенза и Брест породнились в 1995 году.', ['TWIN city:penza city:brest 1995']],
    ['Пенза побраталась с Брестом.', ['TWIN city:penza city:brest 2023']],
    ['Брест станет побратимом Пензы.', ['AGREEMENT city:brest city:penza 2023 planned']],
    ['Документ сделает Брест и Пензу городами-побратимами.', ['AGREEMENT city:brest city:penza 2023 planned']],
    ['Побратимом Пензы (Пензенская область) станет белорусский город Брест.', ['AGREEMENT city:penza city:brest 2023 planned']],
    // the twin word without its hyphen, or without "город"; an adjective and its adverb instead of a verb
    ['Плунге является городом побратимом Зеленоградска с 2010 года.', ['TWIN city:plunge city:zelenogradsk 2010']],
    ['Плунге является побратимом Зеленоградска.', ['TWIN city:plunge city:zelenogradsk -']],
    ['Ландсберг совсем юный город-побратим Тулы.', ['TWIN city:landsberg city:tula -']],
    // pairs after "а также", each joined by "и"
    [
      'Установлены побратимские отношения между городами Тула и Брест, а также Шатурским и Кобринским районами.',
      ['TWIN city:tula city:brest 2023', 'TWIN city:shaturskiy-rayon city:kobrinskiy-rayon 2023'],
    ],
    ['Подписан меморандум о намерении стать городами-побратимами с Брестом.', ['AGREEMENT city:omsk city:brest 2023 signed']],
  ])('%s', (text, expected) => {
    expect(run(twinRule, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['В рамках побратимских связей проведены дни культуры.'],
    ['Омск поддерживает партнёрские отношения с городом Павлодаром.'],
    ['Побратимские и партнёрские отношения связывают Омск с городами Брест, Гомель и Вильнюс.'],
    ['Из городов, имеющих побратимские отношения с Брестом, пришли письма.'],
    ['Своим опытом развития побратимских связей Администрация города Омска поделилась с коллегами.'],
    // a town near which a gathering of twins was held is where, not who
    ['В мае недалеко от Гродно прошёл форум российских и белорусских городов-побратимов.'],
    ['Летом под Гродно прошёл фестиваль городов-побратимов.'],
  ])('gives no twin link: %s', (text) => {
    expect(run(twinRule, text)).toEqual([]);
  });

  it('reads the owner after the plural word and a list after "является" too', () => {
    expect(run(twinRule, 'Также побратимами Тулы является китайский Ханьдань и белорусское Жодино.')).toEqual(['TWIN city:tula city:khandan -', 'TWIN city:tula city:zhodino -']);
  });

  it('pairs the owner named right after the ties with the towns after "с"', () => {
    expect(run(twinRule, 'Торжества посвящены юбилею побратимских связей Бреста с польскими городами Бяла-Подляска и Тересполь.')).toEqual([
      'TWIN city:brest city:byala-podlyaska -',
      'TWIN city:brest city:terespol -',
    ]);
  });

  it('reads "о братских связях" as a twinning, and a memorandum "о побратимстве и партнёрских отношениях" as one', () => {
    expect(run(twinRule, 'В мае подписано соглашение о братских связях между городами Тула и Брест.')).toEqual(['TWIN city:tula city:brest 2023']);
    expect(run(twinRule, 'Меморандум об установлении братских связей подписали Тула (Россия) и Брест (Беларусь).')).toEqual(['TWIN city:tula city:brest 2023']);
    expect(run(twinRule, 'В 2004 году между Тулой и Брестом был подписан меморандум о побратимстве и партнерских отношениях.')).toEqual(['TWIN city:tula city:brest 2004']);
    // brotherly peoples are no twin towns
    expect(run(twinRule, 'Братские отношения народов Тулы и Бреста крепнут.')).toEqual([]);
  });

  it('reads bodies called twins as no twinning of their towns, and twin towns named beside as one', () => {
    expect(run(twinRule, 'Школа 1 города Бреста и школа 17 города Тулы с 2023 года — школы-побратимы.')).toEqual([]);
    expect(run(twinRule, 'Школы-побратимы работают в городах-побратимах Бресте и Туле.')).toEqual(['TWIN city:omsk city:brest -', 'TWIN city:omsk city:tula -']);
  });

  it('pairs "нашими городами" with the topic city', () => {
    expect(run(twinRule, 'Было подписано Соглашение об установлении побратимских связей между нашими городами.', { topicCityId: 'city:minsk' })).toEqual([
      'TWIN city:omsk city:minsk 2023',
    ]);
    // a document that fixes the status of twin cities is the twinning of the two
    expect(run(twinRule, 'Договор закрепляет статус городов-побратимов.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    // a speaker of one of the two: "we are two twin cities"
    expect(run(twinRule, '- Мы два города-побратима, - рассказала учитель.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    // the two towns named by their countries' adjectives
    expect(run(twinRule, 'Российский и белорусский города стали городами-побратимами.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk 2023']);
    // the cities' mayors as the signers
    expect(run(twinRule, 'Мэры городов подписали меморандум об укреплении побратимских связей.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk 2023']);
    // the reporter named as the owner of a twin the sentence does not name
    const countryOf = (id: string) => (id === 'city:minsk' ? 'BY' : id === 'city:tyumen' ? 'RU' : null);
    expect(run(twinRule, 'Белорусский город-побратим Омска отметил юбилей.', { topicCityId: 'city:minsk', countryOf })).toEqual(['TWIN city:omsk city:minsk -']);
    // a topic in another country, or no country said, is no twin
    expect(run(twinRule, 'Белорусский город-побратим Омска отметил юбилей.', { topicCityId: 'city:tyumen', countryOf })).toEqual([]);
    expect(run(twinRule, 'Город-побратим Омска отметил юбилей.', { topicCityId: 'city:minsk', countryOf })).toEqual([]);
    expect(run(twinRule, 'Опыт развития побратимских связей Омска обсудили на форуме.', { topicCityId: 'city:minsk' })).toEqual([]);
    // "the twin cities" as the subject of a celebration
    expect(run(twinRule, 'Города-побратимы отмечают 20-летие дружбы.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    // the ties of "the twin cities", unnamed: the two of the text, twins already whatever plans follow
    expect(run(twinRule, 'На встрече подвели итоги сотрудничества городов – побратимов за год и наметили планы на следующий.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    expect(run(twinRule, 'Гости надеются на дальнейшее развитие дружбы городов-побратимов.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    // a possible twinning is one to come, of the two towns named after the word
    expect(run(twinRule, 'На встрече вновь встал вопрос о возможном побратимстве Твери и Гродно.', { reportCityId: 'city:tula' })).toEqual(['AGREEMENT city:tver city:grodno 2023 planned']);
    // the document's two towns: its owner after "о побратимстве", its partner after "с"
    expect(run(twinRule, 'Завтра мэр подпишет договор о побратимстве Твери с городом Гродно.', { reportCityId: 'city:tula' })).toEqual(['AGREEMENT city:tver city:grodno 2023 planned']);
    // a twinning still to come stays planned, whatever ties of the twin cities it will open
    expect(run(twinRule, 'Документ о побратимстве будет подписан в сентябре и закрепит дружбу городов-побратимов.', { topicCityId: 'city:minsk' })).toEqual(['AGREEMENT city:omsk city:minsk 2023/9 planned']);
    // guests from "the (future) twin", unnamed: the partner the text is about; a future twin is a twinning to come
    expect(run(twinRule, 'Сегодня Омск провожает гостей из будущего города-побратима.', { topicCityId: 'city:minsk' })).toEqual(['AGREEMENT city:omsk city:minsk 2023 planned']);
    expect(run(twinRule, 'Омск встречает делегацию города-побратима.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk -']);
    expect(run(twinRule, 'Прошла встреча с делегациями городов-побратимов и городов области.', { topicCityId: 'city:minsk' })).toEqual([]);
    // a forum on the ties of twin cities at large is no twinning of the two
    expect(run(twinRule, 'Гости приняли участие в международном форуме по развитию сотрудничества городов-побратимов.', { topicCityId: 'city:minsk' })).toEqual([]);
    // the many twin cities of two countries are not the two of the text
    expect(run(twinRule, 'Речь шла о сотрудничестве городов-побратимов России и Беларуси.', { topicCityId: 'city:minsk' })).toEqual([]);
    // a document's twin and partner ties are one twinning, not a list of twins and partners
    expect(run(twinRule, 'Мэры городов подписали меморандум об укреплении дружественных, побратимских и партнёрских связей.', { topicCityId: 'city:minsk' })).toEqual(['TWIN city:omsk city:minsk 2023']);
  });

  it.each([
    ['Брест станет ещё одним побратимом Пензы.', ['AGREEMENT city:brest city:penza 2023 planned']],
    // a step towards a signing is no signing
    ['Встреча станет подготовительным этапом в подписании договора о побратимских связях Пензы и Бреста.', ['AGREEMENT city:penza city:brest 2023 planned']],
    // a wish is no twinning yet
    ['Было бы честью, если бы город Брест стал побратимом Пензы.', ['AGREEMENT city:brest city:penza 2023 planned']],
    ['Переговоры о побратимских связях с городом Гродно шли три года.', ['AGREEMENT city:omsk city:grodno 2023 planned']],
    ['Брест может войти в число городов-побратимов Пензы.', ['AGREEMENT city:brest city:penza 2023 planned']],
    ['Стороны обсудили возможность установления побратимских связей между Тулой и Брестом.', ['AGREEMENT city:tula city:brest 2023 planned']],
  ])('an intended twinning in other words: %s', (text, expected) => {
    expect(run(twinRule, text)).toEqual(expected);
  });

  it('reads "такие соглашения" after a twinning as twin agreements, over a list going on with "а также между"', () => {
    const recall = { cities: [], twinning: true, unnamedTwins: false, year: null };
    const text = 'На сегодня такие соглашения подписаны между Пензой и городами Гродно (Беларусь), Лида (Беларусь), а также между городом Тверью и городом Витебском.';
    expect(run(twinRule, text, { recall }).sort()).toEqual(['TWIN city:penza city:grodno -', 'TWIN city:penza city:lida -', 'TWIN city:tver city:vitebsk -'].sort());
    expect(run(twinRule, text, { recall: { ...recall, twinning: false } })).toEqual([]);
  });

  it('gives a list after the twin word to the report city when its owner is not a city it knows', () => {
    expect(run(twinRule, 'У нашего города есть два побратима: белорусский город Брест и польский Гданьск.', { reportCityId: 'city:tula' }).sort()).toEqual(
      ['TWIN city:tula city:brest -', 'TWIN city:tula city:gdansk -'].sort(),
    );
  });

  it("reads a twin named inside an event's name", () => {
    expect(run(twinRule, 'В Туле прошли Дни культуры города-побратима Бреста.', { reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:brest -']);
  });

  it('takes "стороны" that signed as the reporter and the city the text is about', () => {
    const text = 'По итогам встречи стороны подписали меморандум о намерении установить побратимские связи.';
    expect(run(twinRule, text, { reportCityId: 'city:tula', topicCityId: 'city:brest' })).toEqual(['AGREEMENT city:tula city:brest 2023 signed']);
  });

  it('pairs "между городами" with the partner named before where the jubilee is held, not with a third city', () => {
    const recall = { cities: ['city:brest', 'city:grodno'], twinning: false, unnamedTwins: false, year: null };
    const text = 'В Бресте прошли торжества, посвящённые 20-летию побратимских связей между городами.';
    expect(run(twinRule, text, { recall, reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:brest 2003']);
    expect(run(twinRule, text, { recall: { ...recall, cities: [] }, reportCityId: 'city:tula' })).toEqual([]);
  });

  it('pairs "этих городов" with the cities the sentence before named', () => {
    const recall = { cities: ['city:brest', 'city:grodno'], twinning: false, unnamedTwins: false, year: null };
    expect(run(twinRule, 'С руководством этих городов будут обсуждаться вопросы о побратимстве.', { recall, reportCityId: 'city:tula' }).sort()).toEqual(
      ['AGREEMENT city:tula city:brest 2023 planned', 'AGREEMENT city:tula city:grodno 2023 planned'].sort(),
    );
  });

  it('pairs "между городами" with the one partner the text spoke of last', () => {
    const recall = { cities: ['city:brest'], twinning: false, unnamedTwins: false, year: null };
    expect(run(twinRule, 'Этим документом между городами были установлены побратимские связи.', { recall, reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:brest 2023']);
    // ties spoken of ("важность развития") are no twinning with the partner named last
    expect(run(twinRule, 'Мэр отметил важность развития побратимских связей между городами.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    // with two partners spoken of, neither is the one
    expect(run(twinRule, 'Этим документом между городами были установлены побратимские связи.', { recall: { ...recall, cities: ['city:brest', 'city:grodno'] }, reportCityId: 'city:tula' })).toEqual([]);
    // a signed document whose content is a twinning to come is an agreement, no twinning yet
    expect(run(twinRule, 'Подписан протокол, который предполагает установление побратимских отношений между городами.', { recall, reportCityId: 'city:tula' })).toEqual(['AGREEMENT city:tula city:brest 2023 signed']);
  });

  it('pairs "С городами-побратимами …" opening a sentence with the towns of ties the sentence before listed', () => {
    const recall = { cities: ['city:brest', 'city:grodno'], twinning: false, unnamedTwins: false, year: null, tiesListed: true };
    // towns just visited are not the twins
    expect(run(twinRule, 'С городами-побратимами ведётся обмен письмами.', { recall: { ...recall, tiesListed: false }, reportCityId: 'city:tula' })).toEqual([]);
    expect(run(twinRule, 'С городами-побратимами ведётся обмен письмами.', { recall, reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -']);
    // one town before is no list; twins named after the words are those
    expect(run(twinRule, 'С городами-побратимами ведётся обмен письмами.', { recall: { ...recall, cities: ['city:brest'], tiesListed: false }, reportCityId: 'city:tula' })).toEqual([]);
    expect(run(twinRule, 'С городами-побратимами Гомелем и Могилёвом ведётся обмен письмами.', { recall, reportCityId: 'city:tula' })).toEqual(['TWIN city:tula city:gomel -', 'TWIN city:tula city:mogilev -']);
  });

  it.each([
    ['В их числе Брест, с которым дружим давно.', ['TWIN city:tula city:brest -']],
    ['На празднике были делегации из городов Брест и Гродно (Беларусь).', ['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -']],
    ['Среди других — Брест (Беларусь) и Гродно.', ['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -']],
    ['Это Брест, Гродно и Гомель.', ['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -', 'TWIN city:tula city:gomel -']],
    ['Им стал белорусский город Брест.', ['TWIN city:tula city:brest -']],
    ['Глава города встретился с представителями Бреста, Гродно и Гомеля.', ['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -', 'TWIN city:tula city:gomel -']],
    ['Брест (Беларусь), Гродно и Ниш (Сербия).', ['TWIN city:tula city:brest -', 'TWIN city:tula city:grodno -', 'TWIN city:tula city:nish -']],
  ])('names twin cities spoken of just before as a group: %s', (text, expected) => {
    const recall = { cities: [], twinning: false, unnamedTwins: true, year: null };
    expect(run(twinRule, text, { recall, reportCityId: 'city:tula' }).sort()).toEqual([...expected].sort());
    expect(run(twinRule, text, { recall: { ...recall, unnamedTwins: false, year: null }, reportCityId: 'city:tula' })).toEqual([]);
  });

  it('takes "Это" for the group only with the list right after it', () => {
    const recall = { cities: [], twinning: false, unnamedTwins: true, year: null };
    expect(run(twinRule, 'Это позволило Бресту и Гродно развивать туризм.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    expect(run(twinRule, 'Им стал интересен опыт Бреста в сфере ЖКХ.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    expect(run(twinRule, 'Глава встретился с представителями администрации Бреста.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    // a sentence that opens with one town only is no list of the group
    expect(run(twinRule, 'Брест тоже ждёт гостей.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    // nor one that goes on after its towns, nor the reporter's own country's towns met "с представителями"
    const countryOf = (id: string) => ({ 'city:tula': 'RU', 'city:tver': 'RU', 'city:penza': 'RU', 'city:brest': 'BY' })[id] ?? null;
    expect(run(twinRule, 'Брест и Гродно тоже развивают такие связи.', { recall, reportCityId: 'city:tula' })).toEqual([]);
    expect(run(twinRule, 'Мэр встретился с представителями Твери и Пензы.', { recall, reportCityId: 'city:tula', countryOf })).toEqual([]);
  });

  it('reads people who "побратались" as no twinning of their towns, and a gift to a twin as no twinning to come', () => {
    expect(run(twinRule, 'Спортсмены Пензы и Бреста буквально побратались на турнире.')).toEqual([]);
    expect(run(twinRule, 'Мэрия сделает подарок городу-побратиму Бресту.', { reportCityId: 'city:penza' })).not.toContain('AGREEMENT city:penza city:brest 2023 planned');
  });

  it('pairs the list before the word with its owner with no verb between, "также" allowed', () => {
    expect(run(twinRule, 'Гродно (с 2003 года) и Брест (с 2005 года) также побратимы Пензы.').sort()).toEqual(
      ['TWIN city:penza city:grodno 2003', 'TWIN city:penza city:brest 2005'].sort(),
    );
  });

  it('pairs the list before the word with its owner only when the list is its subject', () => {
    expect(run(twinRule, 'Гродно и Брест пригласили побратимов Пензы на фестиваль.', { reportCityId: 'city:minsk' })).not.toContain('TWIN city:penza city:grodno 2023');
  });

  it('pairs "между собой A и B, C и D" pair by pair', () => {
    expect(run(twinRule, 'Соглашения о побратимстве подписали между собой города Тула и Брест, Пенза и Гродно.').sort()).toEqual(
      ['TWIN city:tula city:brest 2023', 'TWIN city:penza city:grodno 2023'].sort(),
    );
  });

  it('pairs the owner right after the word with every town of the list before it', () => {
    expect(run(twinRule, 'Города Тебриз (Иран) и Гондэр (Эфиопия) стали побратимами Пензы.').sort()).toEqual(
      ['TWIN city:penza city:tebriz 2023', 'TWIN city:penza city:gonder 2023'].sort(),
    );
  });

  it('pairs no owners whose twins go unnamed', () => {
    expect(run(twinRule, 'Скоро у Тулы и Пензы появятся побратимы во Франции.')).toEqual([]);
  });

  it('reads an approved question of establishing twin relations as a plan, not a signing', () => {
    expect(run(twinRule, 'Депутаты Тулы одобрили вопрос об установлении побратимских отношений с Брестом.')).toEqual(['AGREEMENT city:tula city:brest 2023 planned']);
  });
});
