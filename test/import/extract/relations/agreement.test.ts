import { beforeAll, describe, expect, it } from 'vitest';
import { agreementRule } from '../../../../import/extract/relations/agreement.js';
import { ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('agreement rule', () => {
  it.each([
    ['В апреле подписано соглашение о сотрудничестве между городом Омском и городом Павлодаром.', ['AGREEMENT city:omsk city:pavlodar 2023/4 signed']],
    // a witness named by office and region is no side
    ['В присутствии Главы Республики Саха (Якутия) глава Тулы и мэр Бреста подписали соглашение.', ['AGREEMENT city:tula city:brest 2023 signed']],
    // the heads named as witnesses, the bodies after them in the nominative are the sides
    ['В присутствии глав городов Тульский государственный университет и Брестский государственный университет заключили соглашение.', ['AGREEMENT inst:tulsk-gosuda-univer inst:brests-gosuda-univer 2023 signed']],
    // the region after a district named in quotes is where the district is
    ['Подписано соглашение между муниципальным районом «Олекминский район» Республики Саха (Якутия) и Омском.', ['AGREEMENT city:olekminskiy-rayon city:omsk 2023 signed']],
    // the day named for the signing is to come
    ['12 июня станет датой заключения соглашения между Омском и Томском.', ['AGREEMENT city:omsk city:tomsk 2023/6 planned']],
    // a region that only locates one item of a list does not end the list
    [
      'В мае подписан трёхсторонний протокол между Тулой, городом Алексином Тульской области и городом Гомелем.',
      ['AGREEMENT city:tula city:aleksin 2023/5 signed', 'AGREEMENT city:tula city:gomel 2023/5 signed', 'AGREEMENT city:aleksin city:gomel 2023/5 signed'],
    ],
    // regions that only say where unnamed towns lie are no sides
    ['Подписано уже пятое соглашение между муниципалитетами Тверской области и Омской области.', []],
    ['Соглашение между городами из Псковской области и Якутии подписано в мае.', []],
    // a body named as where it was signed is no side
    ['На территории омского завода «Полёт» с мэром города Павлодара подписали соглашение о сотрудничестве.', ['AGREEMENT city:omsk city:pavlodar 2023 signed']],
    // a declaration on friendly ties is a document
    ['В 1995 году мэры подписали Декларацию о развитии дружественных связей между городами Омск и Павлодар.', ['AGREEMENT city:omsk city:pavlodar 1995 signed']],
    // one side and a list of others; a document of several sides gives every pair
    [
      'Соглашения о сотрудничестве подписаны между Тулой и городами Брест (Беларусь), Гомель и Вильнюс.',
      ['AGREEMENT city:tula city:brest 2023 signed', 'AGREEMENT city:tula city:gomel 2023 signed', 'AGREEMENT city:tula city:vilnius 2023 signed'],
    ],
    // the owner after "у", not the reporter, signed the documents listed
    ['Соглашения о сотрудничестве у Тулы уже подписаны с Брестом, Гомелем и Вильнюсом.', ['AGREEMENT city:tula city:brest - signed', 'AGREEMENT city:tula city:gomel - signed', 'AGREEMENT city:tula city:vilnius - signed']],
    // documents "like" ones named before are documents too; two pairs signed "между собой"
    ['Аналогичные документы уже подписали между собой города Тула и Брест, Пенза и Гродно.', ['AGREEMENT city:tula city:brest 2023 signed', 'AGREEMENT city:penza city:grodno 2023 signed']],
    // a list after "с городами" before the document word: each town with the subject, else the reporter
    ['С белорусскими городами Брест, Гомель и Гродно подписаны соглашения о сотрудничестве.', ['AGREEMENT city:omsk city:brest 2023 signed', 'AGREEMENT city:omsk city:gomel 2023 signed', 'AGREEMENT city:omsk city:grodno 2023 signed']],
    ['С городом Брестом Тула подписала соглашение о дружбе.', ['AGREEMENT city:tula city:brest 2023 signed']],
    // the twins named as the sides of a document of their development
    ['Тула и Брест подписали дорожную карту развития городов-побратимов.', ['AGREEMENT city:tula city:brest 2023 signed']],
    // a companion before the document is no side; the side after "с" following it is
    ['Вместе с городом Гомелем Тула подписала меморандум с Брестом.', ['AGREEMENT city:tula city:brest 2023 signed']],
    // a plan goes on past ", а также"
    ['Планируется подписание соглашения с Брестом, а также соглашения о сотрудничестве с Гомелем.', ['AGREEMENT city:omsk city:brest 2023 planned', 'AGREEMENT city:omsk city:gomel 2023 planned']],
    // "и" first, then a list: the first side with each of the others; a list with no "и" first: every pair
    ['Подписаны договоры между Тулой и Брестом, Гомелем и Вильнюсом.', ['AGREEMENT city:tula city:brest 2023 signed', 'AGREEMENT city:tula city:gomel 2023 signed', 'AGREEMENT city:tula city:vilnius 2023 signed']],
    // pairs of signers, each pair joined by "и", the pairs parted by a comma
    ['Соглашения о сотрудничестве подписали между собой города Тула и Брест, Пенза и Гомель.', ['AGREEMENT city:tula city:brest 2023 signed', 'AGREEMENT city:penza city:gomel 2023 signed']],
    // two towns named right before the verb are its sides, not a region named earlier; a plan of events is a document
    ['По данным властей Тульской области, города-побратимы Тула и Брест подписали план мероприятий по развитию сотрудничества.', ['AGREEMENT city:tula city:brest 2023 signed']],
    // a witness is no side; the region after a town is where the town is
    ['Соглашение в присутствии губернатора Тульской области подписали глава Тулы и мэр города Харбина провинции Хэйлунцзян.', ['AGREEMENT city:tula city:harbin 2023 signed']],
    // each side of a list with its own year
    ['Соглашения о сотрудничестве подписаны с городами Брест (2012 год) и Гродно (2016 год).', ['AGREEMENT city:omsk city:brest 2012 signed', 'AGREEMENT city:omsk city:grodno 2016 signed']],
    // preparing a document is a plan
    ['Было решено подготовить соглашение о сотрудничестве между Тулой и Брестом.', ['AGREEMENT city:tula city:brest 2023 planned']],
    // a Belarusian region's executive committee is the region
    ['В мае подписано соглашение между Правительством Омской области и Гродненским областным исполнительным комитетом.', ['AGREEMENT region:omskaya-oblast region:grodnenskaya-oblast 2023/5 signed']],
    // two regions that share one plural noun
    ['Подписана программа сотрудничества между Курганской и Витебской областями на 2025–2027 годы.', ['AGREEMENT region:kurganskaya-oblast region:vitebskaya-oblast 2023 signed']],
    ['Стороны договорились подготовить соглашение между Омской и Гомельской областями.', ['AGREEMENT region:omskaya-oblast region:gomelskaya-oblast 2023 planned']],
    ['Соглашение подписали Витебский облисполком и администрация Омской области.', ['AGREEMENT region:vitebskaya-oblast region:omskaya-oblast 2023 signed']],
    ['Соглашение подписали Минский городской исполнительный комитет и администрация города Тулы.', ['AGREEMENT city:minsk city:tula 2023 signed']],
    // an institution's town in brackets is where it is, not a side
    ['В ходе визита Омский государственный университет и Гомельский государственный университет (Гомель) подписали соглашение о сотрудничестве.', ['AGREEMENT inst:omskiy-gosuda-univer inst:gomel-gosuda-univer 2023 signed']],
    // the sides of the clause before, named as "вузы"
    ['Омский государственный университет и Гомельский государственный университет договорились о совместной программе; соглашение вузы планируют подписать до конца года.', ['AGREEMENT inst:omskiy-gosuda-univer inst:gomel-gosuda-univer 2023 planned']],
    // the reporter's administration named by its okrug alone is the reporter
    ['Администрация округа ведёт подготовку соглашения о партнёрстве с городом Хамадан (Иран).', ['AGREEMENT city:omsk city:khamadan 2023 planned']],
    // an activity held under a document names its own sides, not the document's
    ['В марте в рамках соглашения проведён телемост «Дружба» между школой № 5 города Омска и гимназией № 2 города Гомеля.', []],
    ['В рамках соглашения между Омском и Гомелем проведён фестиваль.', ['AGREEMENT city:omsk city:gomel - signed']],
    // a table's row with its cells' bars, the partner a town no hand list holds (its country's cell says it is one)
    ['3 | Тренчин | Словакия | соглашение о сотрудничестве | 2017', ['AGREEMENT city:trenchin city:omsk 2017 signed']],
    // a table's row, flattened: number, partner, its country, the document, the year
    ['3 Павлодар Республика Казахстан соглашение о культурном сотрудничестве 2017', ['AGREEMENT city:pavlodar city:omsk 2017 signed']],
    ['12 Тула Российская Федерация соглашение о межмуниципальном сотрудничестве 2019', ['AGREEMENT city:tula city:omsk 2019 signed']],
    // the verb names no document
    ['На встрече мэры Тулы и Бреста договорились продолжить обмен делегациями.', []],
    // pairs after "а также", each joined by "и", before the document word or after it
    [
      'Между Тулой и Брестом, а также Пензой и Гомелем, Тверью и Гродно действуют соглашения о сотрудничестве.',
      ['AGREEMENT city:tula city:brest - signed', 'AGREEMENT city:penza city:gomel - signed', 'AGREEMENT city:tver city:grodno - signed'],
    ],
    ['Соглашения о сотрудничестве подписаны между Тулой и Брестом, а также Пензой и Гомелем.', ['AGREEMENT city:tula city:brest 2023 signed', 'AGREEMENT city:penza city:gomel 2023 signed']],
    // "а также между": the same signing between further sides
    [
      'В мае подписаны соглашения между Тулой и Пензой, а также между Тульским государственным университетом и Пензенским государственным университетом.',
      ['AGREEMENT city:tula city:penza 2023/5 signed', 'AGREEMENT inst:tulsk-gosuda-univer inst:penzen-gosuda-univer 2023/5 signed'],
    ],
    ['Подписано соглашение между Тулой, Пензой и Тверью.', ['AGREEMENT city:tula city:penza 2023 signed', 'AGREEMENT city:tula city:tver 2023 signed', 'AGREEMENT city:penza city:tver 2023 signed']],
    // "между городами" names no side; what a city has is no signing this year
    ['Меморандумы о дружбе между городами у Омска заключены с сербским Нишем и болгарским Плевеном.', ['AGREEMENT city:omsk city:nish - signed', 'AGREEMENT city:omsk city:pleven - signed']],
    // the preparation of a document is a plan
    ['Главы Тулы и Пензы обсудили подготовку соглашения о сотрудничестве.', ['AGREEMENT city:tula city:penza 2023 planned']],
    // an anniversary dates the signing, without its month
    ['В мае исполнилось 10 лет со дня подписания соглашения о сотрудничестве между Тулой и Пензой.', ['AGREEMENT city:tula city:penza 2013 signed']],
    ['Протокол о сотрудничестве подписали мэры Тулы, Пензы и Твери.', ['AGREEMENT city:tula city:penza 2023 signed', 'AGREEMENT city:tula city:tver 2023 signed', 'AGREEMENT city:penza city:tver 2023 signed']],
    // the city after an institution is where it is, not a side
    ['Средняя школа № 7 города Бреста и гимназия № 2 подписали договор о сотрудничестве.', ['AGREEMENT inst:srednya-shkola-7@brest inst:gimnaz-2 2023 signed']],
    ['Подписано соглашение между школой № 5 города Бреста и гимназией № 3.', ['AGREEMENT inst:shkola-5@brest inst:gimnaz-3 2023 signed']],
    // the reporting city's side in a form no finder reads: the lone other side signed with it
    ['В 2014 году глава нашего города и мэр Харбина подписали соглашение о сотрудничестве.', ['AGREEMENT city:harbin city:omsk 2014 signed']],
    ['Заключено соглашение о дружбе и сотрудничестве с Бишкеком (Киргизия).', ['AGREEMENT city:omsk city:bishkek 2023 signed']],
    ['В мае подготовлен проект соглашения о сотрудничестве с городом Ташкентом.', ['AGREEMENT city:omsk city:tashkent 2023/5 planned']],
    ['Достигнуты предварительные договорённости о сотрудничестве с городом Астаной.', ['AGREEMENT city:omsk city:astana 2023 planned']],
    [
      'Между администрацией города Омска и другими городами действуют соглашения о сотрудничестве: г. Бургас (Болгария), г. Харбин (КНР).',
      ['AGREEMENT city:omsk city:burgas - signed', 'AGREEMENT city:omsk city:harbin - signed'],
    ],
    ['Соглашение о сотрудничестве действует с 2019 года с городом Алматы.', ['AGREEMENT city:omsk city:almaty 2019 signed']],
    // "между" before the document word; the place of signing is no side
    ['В пятницу между Тулой и Пензой в Москве было подписано соглашение о сотрудничестве.', ['AGREEMENT city:tula city:penza 2023 signed']],
    // a list with adjectives and a repeated "с"
    ['Соглашения о сотрудничестве подписаны с белорусским Брестом, литовским Вильнюсом и с городом Гданьском.', ['AGREEMENT city:omsk city:brest 2023 signed', 'AGREEMENT city:omsk city:vilnius 2023 signed', 'AGREEMENT city:omsk city:gdansk 2023 signed']],
    // relative years; a plan's period is not the date
    ['Меморандум о дружбе с городом Брестом подписан в прошлом году.', ['AGREEMENT city:omsk city:brest 2022 signed']],
    ['Мэр подписал план мероприятий на 2026-2027 годы к соглашению с городом Брестом.', ['AGREEMENT city:omsk city:brest 2023 signed']],
    // a future signing
    ['Соглашение о дружбе заключат власти Пензы и Бреста.', ['AGREEMENT city:penza city:brest 2023 planned']],
  ])('%s', (text, expected) => {
    expect(run(agreementRule, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['Подписано соглашение об установлении побратимских связей с городом Бишкеком.'],
    ['Данные соглашения охватывают сферы экономики и культуры.'],
    ['Мэрия пока не может подписать с Брестом соглашение о сотрудничестве.'],
    ['Ассоциация «Сибирское соглашение» провела заседание.'],
  ])('gives no agreement: %s', (text) => {
    expect(run(agreementRule, text)).toEqual([]);
  });

  it("reads a signer's department, named as the signer's post, as no side", () => {
    const text = 'Заместитель главы администрации Омска Иван Петров и заведующий отделом культуры Елена Котова вручили главе Бреста подписанное соглашение о сотрудничестве.';
    expect(run(agreementRule, text)).toEqual(['AGREEMENT city:omsk city:brest 2023 signed']);
  });

  it('reads a list of towns each after its own word, a Norwegian commune or a Polish gmina', () => {
    expect(run(agreementRule, 'Тула подписала соглашение с финской коммуной Инари и польской гминой Пшеворск.')).toEqual([
      'AGREEMENT city:tula city:inari 2023 signed',
      'AGREEMENT city:tula city:pshevorsk 2023 signed',
    ]);
  });

  it('binds every side of a three-sided document with every other, not only the first with the others', () => {
    expect(run(agreementRule, 'В Омске подписан трёхсторонний договор о сотрудничестве Омска с Брестом и Гомелем.')).toEqual([
      'AGREEMENT city:omsk city:brest 2023 signed',
      'AGREEMENT city:omsk city:gomel 2023 signed',
      'AGREEMENT city:brest city:gomel 2023 signed',
    ]);
    // two three-sided documents, each of its own sides; a three-sided cooperation, not the document
    expect(run(agreementRule, 'Омск заключил два трёхсторонних соглашения: с Томском и Барнаулом, с Павлодаром и Семеем.')).not.toContain('AGREEMENT city:barnaul city:pavlodar 2023 signed');
    expect(run(agreementRule, 'В рамках многостороннего сотрудничества соглашения о партнёрстве Омск подписал с Томском и с Барнаулом.')).toHaveLength(2);
    // a document of two sides, or one the text does not count, stays the first side's with each other
    expect(run(agreementRule, 'В Омске подписан договор о сотрудничестве Омска с Брестом и Гомелем.')).toEqual([
      'AGREEMENT city:omsk city:brest 2023 signed',
      'AGREEMENT city:omsk city:gomel 2023 signed',
    ]);
  });

  it('pairs the towns named after "между городами" two by two, "а также" between the pairs', () => {
    expect(run(agreementRule, 'Подписан меморандум о сотрудничестве между городами Тула и Брест, а также Пенза и Гомель.')).toEqual([
      'AGREEMENT city:tula city:brest 2023 signed',
      'AGREEMENT city:penza city:gomel 2023 signed',
    ]);
  });

  it('reads a delegation coming "в целях подписания" as a signing to come, and only the document it names', () => {
    expect(run(agreementRule, 'В целях подписания договоров к нам приедет делегация Бреста во главе с мэром.')).toEqual(['AGREEMENT city:omsk city:brest 2023 planned']);
    expect(run(agreementRule, 'Мэр Омска подписал соглашение с Брестом в рамках предстоящего заключения договоров с Гомелем.')).toContain('AGREEMENT city:omsk city:brest 2023 signed');
  });

  it("pairs two numbered schools, each in the town named after its number, and not their towns", () => {
    expect(run(agreementRule, 'Средняя школа № 3 Тулы и гимназия №10 Бреста подписали договор о сотрудничестве.')).toEqual([
      'AGREEMENT inst:srednya-shkola-3@tula inst:gimnaz-10@brest 2023 signed',
    ]);
  });

  it('reads a signing talked over as one to come, and a document in force talked over as signed', () => {
    expect(run(agreementRule, 'На встрече обсудили подписание соглашения о сотрудничестве между Тулой и Брестом.')).toEqual(['AGREEMENT city:tula city:brest 2023 planned']);
    expect(run(agreementRule, 'Обсуждался вопрос заключения договора о партнёрстве между Тулой и Брестом.')).toEqual(['AGREEMENT city:tula city:brest 2023 planned']);
    expect(run(agreementRule, 'Мэры обсудили выполнение соглашения о сотрудничестве между Тулой и Брестом, подписанного в 2019 году.')).toEqual(['AGREEMENT city:tula city:brest 2019 signed']);
    expect(run(agreementRule, 'Обсуждались итоги подписания соглашения между Тулой и Брестом в 2019 году.')).toEqual(['AGREEMENT city:tula city:brest 2019 signed']);
  });

  it('pairs each town with the one "с" joins it to, "а также" between the pairs', () => {
    expect(run(agreementRule, 'Соглашения о сотрудничестве заключили Тула с Брестом, а также Пенза с Гомелем.')).toEqual([
      'AGREEMENT city:tula city:brest 2023 signed',
      'AGREEMENT city:penza city:gomel 2023 signed',
    ]);
  });

  it('dates a document by no "от" and year that is not its date', () => {
    expect(run(agreementRule, 'В мае Омск и Гомель подписали соглашение о поставках от 2000 тонн зерна ежегодно.')).toEqual(['AGREEMENT city:omsk city:gomel 2023/5 signed']);
  });

  it('dates a document in force by the date it is known by, in words or in figures', () => {
    expect(run(agreementRule, 'Между Омском и Гомелем действует соглашение о сотрудничестве от 12 марта 2005 года.')).toEqual(['AGREEMENT city:omsk city:gomel 2005/3 signed']);
    expect(run(agreementRule, 'Действует соглашение о сотрудничестве от 12.03.2005 между Омском и Гомелем.')).toEqual(['AGREEMENT city:omsk city:gomel 2005/3 signed']);
  });

  it('reads a region in the brackets after a city as where the city is, not as a side', () => {
    const text = 'Далянь (КНР, провинция Ляонин) — соглашение о сотрудничестве подписано в 2012 году.';
    expect(run(agreementRule, text)).toEqual(['AGREEMENT city:dalian city:omsk 2012 signed']);
  });

  it('reads a document signed where the reporter\'s head went as the reporter\'s and that town\'s, whatever the text was about', () => {
    const text = 'В сентябре глава города совершил визит в китайский город Далянь, где было подписано соглашение о сотрудничестве в сфере туризма.';
    expect(run(agreementRule, text, { topicCityId: 'city:minsk' })).toEqual(['AGREEMENT city:omsk city:dalian 2023/9 signed']);
  });

  it('reads a partner after "с" and two words as the other side, not the subject, whatever city the text was about', () => {
    expect(run(agreementRule, 'Мы уже обсуждаем с казахстанским городом Павлодаром проект соглашения о сотрудничестве.', { topicCityId: 'city:gomel' })).toEqual([
      'AGREEMENT city:omsk city:pavlodar 2023 planned',
    ]);
  });

  it("reads a document between two bodies of one kind, on an institution's page, as the page's and the other one", () => {
    const text = 'Президент палаты и вице-президент Торгово-промышленной палаты Монголии подписали соглашение о сотрудничестве между двумя палатами.';
    expect(run(agreementRule, text, { reportInstitutionId: 'inst:ours' })).toEqual(['AGREEMENT inst:ours inst:torgov-promysh-palata-mongol 2023 signed']);
    const recall = { cities: [], twinning: false, unnamedTwins: false, year: null, sides: ['city:brest', 'inst:theirs'] };
    expect(run(agreementRule, 'Договор о сотрудничестве между гимназиями был заключён в 2019 году.', { reportInstitutionId: 'inst:ours', recall })).toEqual([
      'AGREEMENT inst:ours inst:theirs 2019 signed',
    ]);
    // not on an institution's page: the city's
    expect(run(agreementRule, text)).toEqual(['AGREEMENT inst:torgov-promysh-palata-mongol city:omsk 2023 signed']);
  });

  it('reads a document "между городами-побратимами" as one of the two towns named before, not a twinning', () => {
    const recall = { cities: ['city:brest'], twinning: false, unnamedTwins: false, year: null, sides: ['city:brest', 'city:gomel'] };
    expect(run(agreementRule, 'Был подписан меморандум о дружбе и сотрудничестве между городами-побратимами.', { recall })).toEqual([
      'AGREEMENT city:brest city:gomel 2023 signed',
    ]);
    // a document on the twinning itself stays the twin rule's
    expect(run(agreementRule, 'Был подписан меморандум об установлении побратимских связей между городами.', { recall })).toEqual([]);
  });

  it("reads a region's towns as no side for the region", () => {
    expect(run(agreementRule, 'Муниципалитеты и районы Тульской области заключили соглашения о сотрудничестве с тридцатью зарубежными городами.')).toEqual([]);
  });

  it("reads a signer's other post, named in a relative clause on him, as no side", () => {
    const text = 'Главой Тулы и мэром Бреста Иваном Петровым, который также является президентом Союза городов Полесья, подписано соглашение о сотрудничестве.';
    expect(run(agreementRule, text)).toEqual(['AGREEMENT city:tula city:brest 2023 signed']);
  });

  it("leaves a twin's document, named in the relative clause on the twin, to the twin rule", () => {
    expect(run(agreementRule, 'Брест – молодой город-побратим Тулы, договор о сотрудничестве с которым был подписан в мае.')).toEqual([]);
    expect(run(agreementRule, 'Брест – побратим Тулы, с которым соглашение было подписано в мае.')).toEqual([]);
    // a partner's document, the twins named before it, is an agreement
    expect(run(agreementRule, 'Помимо городов-побратимов, у Тулы есть город-партнёр Брест, соглашение с которым подписано в 2023 году.')).not.toEqual([]);
    // with no twin word, the document is an agreement
    expect(run(agreementRule, 'Брест – партнёр Тулы, договор о сотрудничестве с которым был подписан в мае.')).not.toEqual([]);
  });

  it('reads a bare document opening a sentence with no side, after a document of its own, as that one again', () => {
    const text = 'Соглашение подписано в рамках форума.';
    const recall = { cities: ['city:kazan'], twinning: false, unnamedTwins: false, year: null, documentNamed: true };
    expect(run(agreementRule, text, { recall, topicCityId: 'city:kazan' })).toEqual([]);
    // with no document named before, it is the signing the text tells of
    expect(run(agreementRule, text, { recall: { ...recall, documentNamed: false }, topicCityId: 'city:kazan' })).toEqual(['AGREEMENT city:omsk city:kazan - signed']);
    // not opening the sentence, and with no signing told as done, it is that one too
    expect(run(agreementRule, 'После подписания соглашения стороны разработают план мероприятий.', { recall, topicCityId: 'city:kazan' })).toEqual([]);
    expect(run(agreementRule, 'После подписания соглашения стороны разработают план мероприятий.', { recall: { ...recall, documentNamed: false }, topicCityId: 'city:kazan' })).not.toEqual([]);
    // its signers named, a signing told anew
    expect(run(agreementRule, 'Соглашение подписано мэрами двух городов в ходе визита.', { recall, topicCityId: 'city:kazan' })).not.toEqual([]);
    // a side named in the sentence makes it a signing of its own
    expect(run(agreementRule, 'Соглашение с Брестом подписано в рамках форума.', { recall, topicCityId: 'city:kazan' })).toEqual(['AGREEMENT city:omsk city:brest - signed']);
  });

  it('reads "мэры трёх городов" as the cities just named, with the reporter when that makes the count', () => {
    const recall = { cities: ['city:brest', 'city:gomel'], twinning: false, unnamedTwins: false, year: null };
    const text = 'В мае мэры трёх городов подписали меморандум о сотрудничестве.';
    expect(run(agreementRule, text, { recall, reportCityId: 'city:tula', topicCityId: 'city:gomel' })).toEqual([
      'AGREEMENT city:tula city:brest 2023/5 signed',
      'AGREEMENT city:tula city:gomel 2023/5 signed',
      'AGREEMENT city:brest city:gomel 2023/5 signed',
    ]);
    // a count the cities named do not fit says nothing of which cities are meant
    expect(run(agreementRule, text.replace('трёх', 'шести'), { recall, reportCityId: 'city:tula', topicCityId: 'city:gomel' })).toEqual(['AGREEMENT city:tula city:gomel 2023/5 signed']);
  });

  it('reads "главы двух городов" in a city named as the place as that city and the reporter', () => {
    expect(run(agreementRule, 'В Павлодаре главы двух городов подписали меморандум о сотрудничестве.', { topicCityId: 'city:gomel' })).toEqual([
      'AGREEMENT city:omsk city:pavlodar 2023 signed',
    ]);
  });

  it('reads "стороны" after talks held in a city as the reporter and that city', () => {
    expect(run(agreementRule, 'В Павлодаре прошли переговоры, по итогам которых стороны договорились подготовить соглашение о сотрудничестве.')).toEqual([
      'AGREEMENT city:omsk city:pavlodar 2023 planned',
    ]);
  });

  it('takes the topic city for a signing under its heading', () => {
    expect(run(agreementRule, 'По итогам форума подписаны 3 соглашения о сотрудничестве.', { topicCityId: 'city:pavlodar' })).toEqual([
      'AGREEMENT city:omsk city:pavlodar 2023 signed',
    ]);
  });

  describe('documents of a discourse', () => {
    const twinning = { cities: ['city:brest'], twinning: true, unnamedTwins: false, year: null };
    it.each([
      ['Подписание соглашения стало главным событием визита в Брест.'],
      ['Такие договоры подписаны и с другими городами Беларуси, например с Гродно.'],
    ])('leaves a document that points back at a twinning to the twin rule: %s', (text) => {
      expect(run(agreementRule, text, { recall: twinning, reportCityId: 'city:tula' })).toEqual([]);
    });

    it('reads a document of its own after a twinning', () => {
      expect(run(agreementRule, 'Затем подписано соглашение о сотрудничестве в сфере спорта с Брестом.', { recall: twinning, reportCityId: 'city:tula' })).toEqual([
        'AGREEMENT city:tula city:brest 2023 signed',
      ]);
    });

    it('reads a cooperation agreement of the two towns that just became twins as their twinning document, one on a field as its own', () => {
      const became = { cities: ['city:tula', 'city:brest'], twinning: true, unnamedTwins: false, year: null, sides: ['city:tula', 'city:brest'] };
      expect(run(agreementRule, 'Соглашение о сотрудничестве подписали мэр Тулы и глава Бреста.', { recall: became, reportCityId: 'city:tula' })).toEqual([]);
      expect(run(agreementRule, 'Соглашение о сотрудничестве в сфере спорта подписали мэр Тулы и глава Бреста.', { recall: became, reportCityId: 'city:tula' })).toEqual([
        'AGREEMENT city:tula city:brest 2023 signed',
      ]);
      // one of another year is a document of its own
      expect(run(agreementRule, 'В 2020 году мэр Тулы и глава Бреста подписали соглашение о сотрудничестве.', { recall: { ...became, year: 1985 }, reportCityId: 'city:tula' })).toEqual([
        'AGREEMENT city:tula city:brest 2020 signed',
      ]);
    });

    it('reads a bare document word as its own when the text was last about an intended twinning', () => {
      const intent = { ...twinning, twinning: false };
      expect(run(agreementRule, 'Меморандум заключён с белорусским Брестом.', { recall: intent, reportCityId: 'city:tula' })).toEqual([
        'AGREEMENT city:tula city:brest 2023 signed',
      ]);
    });
  });

  it.each([
    ['В мае Тула и Брест подписали протокол о намерениях.', ['AGREEMENT city:tula city:brest 2023/5 signed']],
    ['Тула и Брест заключили договор намерений.', ['AGREEMENT city:tula city:brest 2023 signed']],
    ['Тула и Брест подписали протокол, который предполагает обмен студентами.', ['AGREEMENT city:tula city:brest 2023 signed']],
    ['Мэры Тулы и Бреста поставили свои подписи под меморандумом о сотрудничестве.', ['AGREEMENT city:tula city:brest 2023 signed']],
  ])('a signed document whose content is an intention is signed: %s', (text, expected) => {
    expect(run(agreementRule, text)).toEqual(expected);
  });

  it.each([
    // a state right after "с" is the other side
    ['В апреле подписано соглашение о сотрудничестве с Норвегией.', ['AGREEMENT city:omsk country:NO 2023/4 signed']],
    // arrangements reached are no signed document
    ['В ходе поездки достигнут ряд договорённостей по обмену студентами с городом Брестом.', ['AGREEMENT city:omsk city:brest 2023 planned']],
    // work planned under a document in force does not make the document planned
    ['В рамках соглашения с Брестом планируется проведение совместных выставок.', ['AGREEMENT city:omsk city:brest - signed']],
  ])('%s', (text, expected) => {
    expect(run(agreementRule, text)).toEqual(expected);
  });

  it('pairs "между городами" with the partner the sentence before named, and with no one when it named none', () => {
    const text = 'План составлен в развитие договора о сотрудничестве, заключённого между городами в 2015 году.';
    const recall = { cities: ['city:brest'], twinning: false, unnamedTwins: false, year: null };
    expect(run(agreementRule, text, { recall, reportCityId: 'city:tula' })).toEqual(['AGREEMENT city:tula city:brest 2015 signed']);
    expect(run(agreementRule, text, { recall: { ...recall, cities: [] }, reportCityId: 'city:tula' })).toEqual([]);
    const heads = 'В ходе визита главы двух городов продлили соглашение о сотрудничестве.';
    expect(run(agreementRule, heads, { recall, reportCityId: 'city:tula' })).toEqual(['AGREEMENT city:tula city:brest 2023 signed']);
  });
});
