import { beforeAll, describe, expect, it } from 'vitest';
import { visitRule } from '../../../../import/extract/relations/visit.js';
import { twinRule } from '../../../../import/extract/relations/twin.js';
import { brief, contextFor, ready, run } from '../../../support/sentence.js';

beforeAll(ready);

describe('visit rule', () => {
  it('reads a list of delegations on through a note on one town that names another place by adjective', () => {
    expect(run(visitRule, 'В Омск приехали делегации городов-побратимов: Бреста (Брестская область), Стаханова (Луганская Народная Республика), Курска и Тулы.')).toEqual([
      'VISIT city:brest city:omsk 2023',
      'VISIT city:stakhanov city:omsk 2023',
      'VISIT city:kursk city:omsk 2023',
      'VISIT city:tula city:omsk 2023',
    ]);
  });

  it("reads a town's people named at length among a celebration's guests as coming from it, and not elsewhere", () => {
    expect(run(visitRule, 'Гостями праздника стали представители социальной сферы города Гродно.')).toEqual(['VISIT city:grodno city:omsk 2023']);
    expect(run(visitRule, 'Представители социальной сферы города Гродно обсудили планы.')).toEqual([]);
    // the first guest named after "Гостями … стали", an official of a town
    expect(run(visitRule, 'Гостями праздника стали мэр Бреста Иван Петров и глава Гродно.')).toEqual(['VISIT city:brest city:omsk 2023', 'VISIT city:grodno city:omsk 2023']);
  });

  it('reads a stop on the way as no destination, but a stay before the way home as a visit', () => {
    expect(run(visitRule, 'Делегация из Бреста после трёхдневного пребывания в Москве прибыла в Омск.')).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'После пребывания в Бресте омская делегация вернулась в Омск.')).toEqual(['VISIT city:omsk city:brest 2023']);
  });

  it('reads a trip that did not happen, was called off or put off as no visit, and one made again and again as one', () => {
    for (const text of [
      'Визит делегации Бреста в Омск не состоялся.',
      'Из-за пандемии делегация Бреста не приехала в Омск.',
      'Гости из Бреста, к сожалению, не смогли приехать на праздник.',
      'Поездку омской делегации в Брест отменили.',
      'Визит мэра Бреста в Омск перенесён на осень.',
      'Омская делегация отказалась от поездки в Брест.',
    ]) expect(run(visitRule, text), text).toEqual([]);
    expect(run(visitRule, 'Делегация Бреста не раз приезжала в Омск.')).toEqual(['VISIT city:brest city:omsk 2023']);
    // what else did not happen leaves the trip made
    expect(run(visitRule, 'Делегация Омска побывала в Бресте, однако подписать соглашение не удалось.')).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'Делегация Бреста посетила Омск, однако встреча с губернатором не состоялась.')).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'Делегация Бреста не только посетила Омск, но и встретилась со студентами.')).toContain('VISIT city:brest city:omsk 2023');
  });

  it("sends an official titled before his town's body or his town on the trip from that town", () => {
    expect(run(visitRule, 'Омск посетил председатель Брестского горисполкома Иван Петров.')).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'В Омск приехал аким Павлодара.')).toEqual(['VISIT city:pavlodar city:omsk 2023']);
    // the official met travels nowhere
    expect(run(visitRule, 'Делегация Омска встретилась с председателем Брестского горисполкома.')).not.toContain('VISIT city:brest city:omsk 2023');
  });

  it("sends a delegation an official receives to the official's town, where no place is told", () => {
    expect(run(visitRule, 'Мэр Бреста принял делегацию Омска.')).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'Омскую делегацию принял мэр Бреста.')).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'Глава Бреста встретился с омской делегацией.')).toEqual(['VISIT city:omsk city:brest 2023']);
    // the reporter's own official receives guests at home; a place told wins
    expect(run(visitRule, 'Мэр Омска принял делегацию Бреста.')).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'Глава Бреста встретился с делегацией Твери в Минске.')).toEqual(['VISIT city:tver city:minsk 2023']);
  });

  it('keeps a trip told as done before what was agreed or planned there', () => {
    expect(run(visitRule, 'Делегация Бреста посетила Омск, где стороны обсудили подготовку соглашения о побратимстве.')).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'В ходе визита омской делегации в Брест достигнута договорённость о подписании соглашения.')).toEqual(['VISIT city:omsk city:brest 2023']);
    // a trip still to come stays none
    expect(run(visitRule, 'В рамках предстоящего визита в Брест планируется подписать соглашение.')).toEqual([]);
    expect(run(visitRule, 'Делегация Бреста посетит Омск, где будет подписано соглашение.')).toEqual([]);
    expect(run(visitRule, 'В ходе визита в Брест, запланированного на сентябрь, стороны подпишут соглашение.')).toEqual([]);
    expect(run(visitRule, 'В рамках визита в Брест в октябре планируется подписание соглашения о побратимстве.')).toEqual([]);
  });

  it('keeps a visit beside the talks on a signing to come', () => {
    expect(run(visitRule, 'В ходе визита в Брест стороны обсудили вопросы предстоящего подписания соглашения о сотрудничестве.')).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'В ходе визита в Брест стороны обсудили подписание соглашения о сотрудничестве.')).toEqual(['VISIT city:omsk city:brest 2023']);
  });

  it('reads "ожидает" of someone waiting there, and "наш город посещают" of many guests, as no visit to come', () => {
    expect(run(visitRule, 'Омская делегация прибыла в Брест, где её уже ожидает мэр города.')).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'Наш город посещают делегации из многих стран, в мае состоялась рабочая поездка в Брест.')).toEqual(['VISIT city:omsk city:brest 2023/5']);
  });

  it('reads the genitive "нашего города" as the travellers\' home', () => {
    expect(run(visitRule, 'Делегация нашего города посетила Брест.')).toEqual(['VISIT city:omsk city:brest 2023']);
  });

  it("reads no place of a description after a dash and \"это\" as the visit's destination", () => {
    expect(run(visitRule, 'Город посетила делегация из Гомеля - это второй по величине город в Беларуси.')).toEqual(['VISIT city:gomel city:omsk 2023']);
  });

  it("reads the towns further on in a list of the guests' countries as their homes too", () => {
    expect(run(visitRule, 'Сегодня в Омске находятся делегации из Сербии, Болгарии и дагестанского города Дербент.')).toContain('VISIT city:derbent city:omsk 2023');
    // each country of the list came, not only the first
    expect(run(visitRule, 'Гостями праздника стали делегации из Сербии, Болгарии и Греции.')).toEqual(['VISIT country:RS city:omsk 2023', 'VISIT country:BG city:omsk 2023', 'VISIT country:GR city:omsk 2023']);
    // a list that opens with the report's own country is of participants at large
    expect(run(visitRule, 'Форум собрал в Омске аграриев из России, Казахстана и Сербии.')).not.toContain('VISIT country:RS city:omsk 2023');
  });

  it('reads a town visited "наряду с" another as visited too, the inserted phrase no bar to the other', () => {
    expect(run(visitRule, 'Глава Твери посетил наряду с Гродно город-побратим Брест.')).toEqual(['VISIT city:tver city:grodno 2023', 'VISIT city:tver city:brest 2023']);
    expect(run(twinRule, 'Глава Твери посетил наряду с Гродно город-побратим Брест.')).toEqual(['TWIN city:tver city:brest -']);
  });

  it('reads the people invited as having come, and an invitation as a trip to come', () => {
    expect(run(visitRule, 'Первыми приглашенными на праздник стали гости из Гродно.')).toEqual(['VISIT city:grodno city:omsk 2023']);
    expect(run(visitRule, 'Приглашенная делегация из Гродно прибыла на праздник.')).toEqual(['VISIT city:grodno city:omsk 2023']);
    expect(run(visitRule, 'Гости из Гродно приглашены на праздник.')).toEqual([]);
    // a performance or a part still to come is a trip to come
    expect(run(visitRule, 'Приглашенные артисты из Гродно выступят на празднике в июне.')).toEqual([]);
    expect(run(visitRule, 'Делегация из Гродно примет участие в празднике.')).toEqual([]);
  });

  it("sends the towns of the officials a region's delegation brought, whom the hosts met", () => {
    expect(run(visitRule, 'В рамках визита делегации провинции Хэнань состоялась встреча мэра Омска с заместителем мэра города Лоян.').sort()).toEqual([
      'VISIT city:luoyang city:omsk 2023', 'VISIT region:khenan city:omsk 2023',
    ]);
  });

  it("reads no trip of the reporter's town in a governor's or a minister's", () => {
    expect(run(visitRule, 'Губернатор рассказал об этом во время рабочей поездки в Тверь.')).toEqual([]);
    expect(run(visitRule, 'Мэр рассказал об этом во время рабочей поездки в Тверь.')).toEqual(['VISIT city:omsk city:tver 2023']);
    // a minister met there, or a town's head travelling with the governor, leaves the trip the town's
    expect(run(visitRule, 'Делегация мэрии побывала в Твери, где встретилась с министром промышленности.')).toEqual(['VISIT city:omsk city:tver 2023']);
    expect(run(visitRule, 'Глава города и губернатор посетили Тверь.')).toEqual(['VISIT city:omsk city:tver 2023']);
  });

  it('takes an official named right after the place of a trip for no further place of it', () => {
    expect(run(visitRule, 'В ходе рабочей поездки в Москву мэр города Тулы и глава администрации Пензы подписали соглашение.')).not.toContain('VISIT city:penza city:tula 2023');
  });

  it('reads a county or district named after the delegation as its first home, the list going on after it', () => {
    expect(run(visitRule, 'В Омске с визитом находилась делегация представителей администраций уезда Дуннин, города Харбин и города Хэйхэ.')).toEqual([
      'VISIT city:dunnin city:omsk 2023',
      'VISIT city:harbin city:omsk 2023',
      'VISIT city:heihe city:omsk 2023',
    ]);
  });

  it('reads a Norwegian or Finnish commune and a Polish gmina named after the delegation as its home', () => {
    expect(run(visitRule, 'Делегация норвежской коммуны Тромсё посетила Омск.')).toEqual(['VISIT city:tromse city:omsk 2023']);
    expect(run(visitRule, 'В Омск прибыла делегация гмины Пшеворск.')).toEqual(['VISIT city:pshevorsk city:omsk 2023']);
  });

  it.each([
    // no place of the meeting named: the twins met at their owner's
    ['На праздник приехали делегации других городов-побратимов Лиона – Буффало (США) и Лидса (Великобритания).', ['city:buffalo city:lion', 'city:lids city:lion']],
    ['На торжествах были и делегации городов-побратимов Бремена – Марля и Виттена.', ['city:marl city:bremen', 'city:vitten city:bremen']],
    // representatives of the twins, listed after their owner, came to the place named
    ['На выставку в Новосибирск приехали представители городов-побратимов Тулы – Гомеля и Бреста.', ['city:gomel city:novosibirsk', 'city:brest city:novosibirsk']],
    // guests from elsewhere named before the owner came to the reporter's
    ['В фестивале приняли участие делегации из Тулы, Рязани и городов-побратимов Гомеля – Бреста и Витебска.', ['city:tula city:omsk', 'city:ryazan city:omsk']],
    // a place named wins
    ['В Омск приехали делегации городов-побратимов Лиона – Буффало и Лидса.', ['city:buffalo city:omsk', 'city:lids city:omsk']],
    // the towns listed right after the twin word in the nominative are the homes themselves
    ['В Омск прибыли школьники из городов-побратимов Шэньян (Китай) и Улан-Батор (Монголия).', ['city:shenyang city:omsk', 'city:ulaanbaatar city:omsk']],
  ])("sends the delegations of another town's twins from each twin listed, not from their owner, to the owner: %s", (text, visits) => {
    expect(run(visitRule, text)).toEqual(visits.map((v) => `VISIT ${v} 2023`));
  });

  it('sends guests to the town that opens the sentence and receives them, whoever reports', () => {
    expect(run(visitRule, 'Монгольский Улгий принимал гостей из Омска.')).toEqual(['VISIT city:omsk city:olgii 2023']);
    expect(run(visitRule, 'Город Тюмень встречал делегацию Омска.')).toEqual(['VISIT city:omsk city:tyumen 2023']);
    // the town before the verb is its object when the travellers follow it, the time of the visit first
    expect(run(visitRule, 'Сегодня, 15 января, Тюмень посетил мэр Тобольска.')).toEqual(['VISIT city:tobolsk city:tyumen 2023/1']);
    expect(run(visitRule, 'Тюмень посетила делегация Тобольска.')).toEqual(['VISIT city:tobolsk city:tyumen 2023']);
    // "делегации из десяти городов России и Белоруссии – A, B": the towns listed after the countries of the lead
    expect(run(visitRule, 'На фестиваль прибыли делегации из более, чем пяти городов России и Белоруссии – Тобольска, Тюмени и Бреста.')).toEqual([
      'VISIT city:tobolsk city:omsk 2023', 'VISIT city:tyumen city:omsk 2023', 'VISIT city:brest city:omsk 2023',
    ]);
    // its country may follow the town; every traveller's town of the list visits it
    expect(run(visitRule, 'Гомель Беларуси посетили мэр Тобольска и глава Тюмени.')).toEqual(['VISIT city:tobolsk city:gomel 2023', 'VISIT city:tyumen city:gomel 2023']);
    // a town named later in the sentence is no host by this
    expect(run(visitRule, 'Гости из Омска рассказали, что Улгий принимал их тепло.')).not.toContain('VISIT city:omsk city:olgii 2023');
  });

  it("reads an exchange of the towns' official delegations under a partner's section, and nothing from a heading", () => {
    expect(run(visitRule, 'В сентябре города обменялись официальными делегациями.', { sectionCityId: 'city:pavlodar' })).toEqual([
      'VISIT city:omsk city:pavlodar 2023/9',
      'VISIT city:pavlodar city:omsk 2023/9',
    ]);
    expect(run(visitRule, '3. Обмен делегациями', { topicCityId: 'city:pavlodar' })).toEqual([]);
    // teams exchanged are no official visit
    expect(run(visitRule, 'Регулярно проходит обмен спортивными делегациями.', { topicCityId: 'city:pavlodar' })).toEqual([]);
  });

  it('sends a delegation met at the stand of an event held elsewhere to the event, not to the reporter', () => {
    const opts = { topicEventId: 'event:forum-sibir', placeOfEvent: (id: string) => (id === 'event:forum-sibir' ? 'city:novosibirsk' : null) };
    expect(run(visitRule, 'На стенде области прошли переговоры с делегацией казахстанского города Павлодара.', opts)).toEqual(['VISIT city:pavlodar city:novosibirsk 2023']);
    expect(run(visitRule, 'На площадке форума прошли переговоры с делегацией казахстанского города Павлодара.', opts)).toEqual(['VISIT city:pavlodar city:novosibirsk 2023']);
    expect(run(visitRule, 'Прошли переговоры с делегацией казахстанского города Павлодара.', opts)).toEqual(['VISIT city:pavlodar city:omsk 2023']);
  });

  it("reads a meeting in the reporter's town with another town's official as that town's visit, the host's full name between", () => {
    expect(run(visitRule, 'Сегодня в Омске глава города Иван Петров встретился с мэром Тобольска Олегом Сидоровым.')).toEqual(['VISIT city:tobolsk city:omsk 2023']);
  });

  it('sends the delegation that took part "в них" to where the events told of just before were held', () => {
    const opts = { topicEventId: 'event:dni-kultury', placeOfEvent: (id: string) => (id === 'event:dni-kultury' ? 'city:grodno' : null) };
    expect(run(visitRule, 'В них участвовала делегация Омска.', opts)).toEqual(['VISIT city:omsk city:grodno 2023']);
  });

  it("sends the reporter's own delegation to the event told of just before, held elsewhere", () => {
    const opts = { topicEventId: 'event:forum-sibir', placeOfEvent: (id: string) => (id === 'event:forum-sibir' ? 'city:novosibirsk' : null) };
    expect(run(visitRule, 'В нём участвовала и делегация Омска.', opts)).toEqual(['VISIT city:omsk city:novosibirsk 2023']);
    // no event told of: nowhere to go
    expect(run(visitRule, 'В нём участвовала и делегация Омска.')).toEqual([]);
  });

  it("reads a tour of a foreign town in an account of a trip as the reporter's visit there, not one of its own country", () => {
    const countryOf = (id: string) => ({ 'city:omsk': 'RU', 'city:tula': 'RU', 'city:dresden': 'DE', 'city:leyptsig': 'DE' })[id] ?? null;
    expect(run(visitRule, 'Во второй день была прогулка по Дрездену и экскурсия по Лейпцигу.', { countryOf }).sort()).toEqual([
      'VISIT city:omsk city:dresden 2023',
      'VISIT city:omsk city:leyptsig 2023',
    ]);
    expect(run(visitRule, 'Гостям предложили экскурсию по Туле.', { countryOf })).toEqual([]);
    expect(run(visitRule, 'В следующем году запланирована экскурсия по Дрездену.', { countryOf })).toEqual([]);
  });

  it('sends a delegation "из Республики Беларусь" from the partner there the text is about', () => {
    const countryOf = (id: string) => ({ 'city:brest': 'BY', 'city:omsk': 'RU' })[id] ?? null;
    expect(run(visitRule, 'В школе прошла встреча делегации из Республики Беларусь.', { countryOf, topicCityId: 'city:brest' })).toEqual(['VISIT city:brest city:omsk 2023']);
    // the host opens the sentence, the way they came before the verb, the official after it
    expect(run(visitRule, 'Тула с дружеским визитом посетил мэр Гомеля.')).toEqual(['VISIT city:gomel city:tula 2023']);
    // the twin's delegation, its town not named: the partner the text is about
    expect(run(visitRule, 'В наш город прибыла делегация города-побратима во главе с бургомистром.', { topicCityId: 'city:brest' })).toEqual(['VISIT city:brest city:omsk 2023']);
    expect(run(visitRule, 'В наш город прибыла делегация города-побратима Гомеля.', { topicCityId: 'city:brest' })).toEqual(['VISIT city:gomel city:omsk 2023']);
    // the reporter's official went to "the twin town", named nowhere in the sentence: the one the text is about
    expect(run(visitRule, 'Не так давно глава Омска Сергей Шелест посетил город-побратим.', { topicCityId: 'city:brest' })).toEqual(['VISIT city:omsk city:brest 2023']);
    expect(run(visitRule, 'Не так давно глава Омска Сергей Шелест посетил город-побратим.')).toEqual([]);
    // "our delegation" is the reporter's, its return visit to the partner the text is about; a document's date is no visit's
    // (a return visit answers one the hosts made before, undated)
    expect(run(visitRule, 'Ответный визит нашей делегации прошёл в рамках соглашения, подписанного в апреле 2019 года.', { topicCityId: 'city:brest' })).toEqual([
      'VISIT city:omsk city:brest 2023',
      'VISIT city:brest city:omsk -',
    ]);
    expect(run(visitRule, 'В мае делегация Омска посетила Брест.')).toEqual(['VISIT city:omsk city:brest 2023/5']);
    // colleagues named by their town's adjective travelled; residents the delegation gave things to did not
    expect(run(visitRule, 'В Омск с ответным визитом прибыли гомельские коллеги.', { reportCityId: 'city:tula' })).toEqual([
      'VISIT city:gomel city:omsk 2023',
      'VISIT city:omsk city:gomel -',
    ]);
    expect(run(visitRule, 'Наша делегация передала брестчанам подарки.')).toEqual([]);
    // a signed document named before the visit does not take the visit's own date away
    expect(run(visitRule, 'В рамках подписанного соглашения в марте делегация Омска посетила Брест.')).toEqual(['VISIT city:omsk city:brest 2023/3']);
    // "our delegation" in the guests' own words is theirs
    expect(run(visitRule, '«Наша делегация впервые посетила ваш город», — сказал глава гостей.', { topicCityId: 'city:brest' })).toEqual([]);
    // representatives of another town's twins met, no place named: no trip of theirs told
    expect(run(visitRule, 'Наша делегация встретилась с представителями городов-партнёров Гомеля – Бреста и Витебска.')).toEqual([]);
    // an exhibition of the twin town is no trip there
    expect(run(visitRule, 'Глава Омска посетил выставку города-побратима в музее.', { topicCityId: 'city:brest' })).toEqual([]);
    expect(run(visitRule, 'В школе прошла встреча делегации из Республики Беларусь.', { countryOf })).toEqual(['VISIT country:BY city:omsk 2023']);
  });

  it('takes the city named for the home, not its country', () => {
    const countryOf = (id: string) => (id === 'city:pavlodar' ? 'KZ' : null);
    expect(run(visitRule, 'Из Казахстана приехала делегация города Павлодара.', { countryOf })).toEqual(['VISIT city:pavlodar city:omsk 2023']);
  });

  it('sends the delegations at an event to where an earlier sentence held it', () => {
    const text = 'В конференции приняли участие делегации Омска, Тулы и Пензы.';
    const ctx = { ...contextFor(text), topicEventId: 'event:konferentsiya', placeOfEvent: (id: string) => (id === 'event:konferentsiya' ? 'city:tula' : null) };
    expect(visitRule(ctx).map(brief)).toEqual(['VISIT city:omsk city:tula 2023', 'VISIT city:penza city:tula 2023']);
    // with no venue known, they came to the reporting city
    expect(run(visitRule, text)).toEqual(['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023']);
  });

  it.each([
    ['В сентябре делегация Новосибирска посетила город Харбин.', ['VISIT city:novosibirsk city:harbin 2023/9']],
    ['В июле школьники посетили город-побратим Гродно.', ['VISIT city:omsk city:grodno 2023/7']],
    // the capital of a region named before the town; an official named as the trip's subject travels from his town
    ['В мае мэр Гомеля посетил столицу Татарстана Казань.', ['VISIT city:gomel city:kazan 2023/5']],
    ['В мае мэр Тулы совершил поездку в столицу Беларуси Минск.', ['VISIT city:tula city:minsk 2023/5']],
    // delegations of the twins; a festival's name in quotes is no invitation; a document that allows exchanges is none
    ['Делегации побратимов Бреста, Гомеля приняли участие в фестивале «Омск приглашает друзей».', ['VISIT city:brest city:omsk 2023', 'VISIT city:gomel city:omsk 2023']],
    ['Соглашение позволит Туле и Бресту обмениваться делегациями.', []],
    // adjectives of any kind before the twins' colon
    ['Сегодня в зале — делегации наших самых верных и давних городов-побратимов: Бреста, Гомеля.', ['VISIT city:brest city:omsk 2023', 'VISIT city:gomel city:omsk 2023']],
    // officials named as the guests of a feast came from their towns
    ['Гостями Дня города стали мэр болгарского города Габрово и представители администрации города Бреста.', ['VISIT city:gabrovo city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    // a visit in a past frame is done, whatever is planned after it; a planned visit is none
    ['После визита Тулы в город Брест белорусские партнёры планируют ответный визит.', ['VISIT city:tula city:brest 2023']],
    ['После визита в Брест планируется визит в Гомель.', ['VISIT city:omsk city:brest 2023']],
    // the official right after the visit's frame is its traveller; an official who hosts or is met is none (one who
    // receives a delegation hosts it in his town)
    ['В рамках визита мэр Гомеля встретился с руководством области.', ['VISIT city:gomel city:omsk 2023']],
    ['Мэр Гомеля принял делегацию Тулы.', ['VISIT city:tula city:gomel 2023']],
    ['В ходе визита в Брест состоялась встреча с мэром Гомеля.', ['VISIT city:omsk city:brest 2023']],

    [
      'Мэр Омска встретился с делегациями из трёх городов-побратимов, прибывших на праздник: Бреста, Гомеля и Павлодара.',
      ['VISIT city:brest city:omsk 2023', 'VISIT city:gomel city:omsk 2023', 'VISIT city:pavlodar city:omsk 2023'],
    ],
    ['В марте состоялся визит делегации Барнаула в Омск.', ['VISIT city:barnaul city:omsk 2023/3']],
    ['Омская делегация выезжала в Астану (Казахстан) и Бишкек (Киргизия).', ['VISIT city:omsk city:astana 2023', 'VISIT city:omsk city:bishkek 2023']],
    ['В июле была организована торгово-экономическая миссия омских деловых кругов в г. Павлодар.', ['VISIT city:omsk city:pavlodar 2023/7']],
    ['Делегация из города Улан-Батора приняла участие в праздновании Дня города.', ['VISIT city:ulaanbaatar city:omsk 2023']],
    ['В 2022 году Тула и Брест обменялись визитами.', ['VISIT city:tula city:brest 2022', 'VISIT city:brest city:tula 2022']],
    // the town whose administration's building the meeting was held in is the host
    ['В мэрии Гомеля состоялась встреча с делегацией российского города Тулы.', ['VISIT city:tula city:gomel 2023']],
    // guests received in a town's office went to that town, the receiving told before or after it
    ['В администрации Томска сегодня принимали делегацию из Харбина.', ['VISIT city:harbin city:tomsk 2023']],
    ['Делегацию из Харбина вчера принимали в администрации Томска.', ['VISIT city:harbin city:tomsk 2023']],
    // travellers who met a town's official went to that town
    ['Делегация Павлодара встретилась с мэром Томска.', ['VISIT city:pavlodar city:tomsk 2023']],
    ['Глава Павлодара в ходе визита встретился с мэром Томска.', ['VISIT city:pavlodar city:tomsk 2023']],
    // a region's government received them: no town is the host
    ['В администрации Томской области сегодня принимали делегацию из Харбина.', []],
    // an office named as a source is no host; an office in a list of places visited is one
    ['Как сообщили в администрации Гомеля, делегация Тулы побывала в Бресте.', ['VISIT city:tula city:brest 2023']],
    ['Делегация Тулы посетила Гомель, мэрию Бреста и Гродно.', ['VISIT city:tula city:gomel 2023', 'VISIT city:tula city:brest 2023', 'VISIT city:tula city:grodno 2023']],
    // a group named with its town, or on tour; guests staying in the host town
    ['Юные спортсмены из Пензы выступили на турнире в Гомеле.', ['VISIT city:penza city:gomel 2023']],
    ['Пензенские артисты гастролировали в Бресте.', ['VISIT city:penza city:brest 2023']],
    ['Пензенские художники приняли участие в выставке в Бресте.', ['VISIT city:penza city:brest 2023']],
    ['Команда Пензы заняла первое место на турнире в Бресте.', ['VISIT city:penza city:brest 2023']],
    ['Творческий коллектив Пензы посетил Брест.', ['VISIT city:penza city:brest 2023']],
    // a group of the town just named as where they went is its own, no traveller
    ['Делегация Пензы побывала в Бресте, где для гостей выступили вокалисты Бреста.', ['VISIT city:penza city:brest 2023']],
    ['Делегация Пензы побывала в Бресте, где ей вручили подарки от мэра Бреста.', ['VISIT city:penza city:brest 2023']],
    // a plural adjective before the city word and a list of towns
    ['Делегация Пензы посетила белорусские города Брест и Гродно.', ['VISIT city:penza city:brest 2023', 'VISIT city:penza city:grodno 2023']],
    ['Делегация Пензы побывала в белорусских городах Бресте и Гродно.', ['VISIT city:penza city:brest 2023', 'VISIT city:penza city:grodno 2023']],
    // who the delegates are, then whose delegation it is
    ['В Гомеле побывала делегация депутатов Тулы.', ['VISIT city:tula city:gomel 2023']],
    ['В Гомель приехала делегация чиновников соседнего Пинского района.', ['VISIT city:pinskiy-rayon city:gomel 2023']],
    ['Ансамбль города Тулы приехал в Гомель на фестиваль.', ['VISIT city:tula city:gomel 2023']],
    ['В Омске гостили школьники из Бреста.', ['VISIT city:brest city:omsk 2023']],
    // the inviter's town, and the guests' named after it
    ['По приглашению мэрии Гомеля делегация города Тулы посетила Гомель.', ['VISIT city:tula city:gomel 2023']],
    // a delegation of another state's province
    ['Делегация губернии Финнмарк посетила Омск.', ['VISIT region:finnmark city:omsk 2023']],
    // the region's head, the body he chairs named between; not one met in his own capital
    ['В Омске побывал губернатор провинции Хэйлунцзян.', ['VISIT region:kheyluntszyan city:omsk 2023']],
    ['Омск посетил председатель хурала гражданских представителей Восточного аймака.', ['VISIT region:vostochnyy-aymak city:omsk 2023']],
    ['Делегацию Ховда возглавил председатель хурала Ховдского аймака.', ['VISIT city:khovd city:omsk 2023']],
    ['Омская делегация встретилась с губернатором провинции Хэйлунцзян в Харбине.', ['VISIT city:omsk city:harbin 2023']],
    ['Омская делегация посетила Харбин в сопровождении губернатора провинции Хэйлунцзян.', ['VISIT city:omsk city:harbin 2023']],
    ['Омская делегация посетила выставку в Харбине, её открыл губернатор провинции Хэйлунцзян.', ['VISIT city:omsk city:harbin 2023']],
    // a delegation that came back from somewhere comes from none of it
    ['Делегация, вернувшаяся из Китая и Вьетнама, посетила Гомель.', ['VISIT city:omsk city:gomel 2023']],
    // a town council's or parliament's chairman came from its town
    ['Председатель парламента Гродно Иван Петров приехал в Омск.', ['VISIT city:grodno city:omsk 2023']],
    // an official of a town right after the visit made it
    ['Состоялся визит мэра Тулы в Гомель.', ['VISIT city:tula city:gomel 2023']],
    ['Поездка мэра Тулы в Гомель прошла успешно.', ['VISIT city:tula city:gomel 2023']],
    ['В ходе рабочей поездки мэр Тулы встретился с руководством Омска.', ['VISIT city:tula city:omsk 2023']],
    // where the trip went, between the frame and the official
    ['В ходе рабочей поездки в Гомель мэр Тулы встретился с мэром Гомеля.', ['VISIT city:tula city:gomel 2023']],
    ['В 2022 году между Тулой и Брестом в обе стороны ездили делегации.', ['VISIT city:tula city:brest 2022', 'VISIT city:brest city:tula 2022']],
    // the city whose officials the travellers met is where they went, even after a leader's name
    ['В ходе поездки в Беларусь делегация Тулы во главе с мэром встретилась с руководством Витебска.', ['VISIT city:tula city:vitebsk 2023']],
    // a home and a destination are not a list
    ['В ходе визита делегации Тулы в Брест прошли переговоры.', ['VISIT city:tula city:brest 2023']],
    // a visit named before a provision of the document signed in it
    ['В ходе визита в Брест подписан договор, который предусматривает обмен опытом.', ['VISIT city:omsk city:brest 2023']],
    ['В 2022 году Омск и Алматы провели несколько взаимных визитов.', ['VISIT city:omsk city:almaty 2022', 'VISIT city:almaty city:omsk 2022']],
    ['В октябре делегация учёных Омского государственного университета посетила Урумчи.', ['VISIT city:omsk city:urumqi 2023/10']],
    // a list of delegations, told from the host's side
    ['Делегации из Тулы, Пензы и Бреста прибыли на праздник.', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    ['На праздник прибыли делегации городов-побратимов: Тулы, Пензы и Бреста.', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    // a list of home towns counted first: "из трёх городов: …"
    ['На праздник приехали делегации и ансамбли из трёх городов: Тулы и Пензы (Россия) и Бреста (Беларусь).', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    ['На праздник прибыли делегации городов-побратимов и партнёров: Тулы, Пензы и Бреста.', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    // the towns listed after a region the guests came from came too
    ['Гости из Минской области, Бреста и Гомеля приехали в Тулу на праздник.', ['VISIT city:brest city:tula 2023', 'VISIT city:gomel city:tula 2023', 'VISIT region:minskaya-oblast city:tula 2023']],
    // a dash after the twin word instead of a colon
    ['В Тулу прибыли делегации городов-побратимов – Гомеля (Беларусь) и Бреста.', ['VISIT city:gomel city:tula 2023', 'VISIT city:brest city:tula 2023']],
    ['На праздник прибыли делегации: города Тулы, города Пензы и Бреста.', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023', 'VISIT city:brest city:omsk 2023']],
    ['В мае гостей из Тулы и Пензы принял глава города.', ['VISIT city:tula city:omsk 2023/5', 'VISIT city:penza city:omsk 2023/5']],
    ['Омск посетила делегация из Чехии.', ['VISIT country:CZ city:omsk 2023']],
    // a meeting held in the reporting city with another city's officials: they came
    ['В Омске 13 декабря встретились представители Павлодара и глава города.', ['VISIT city:pavlodar city:omsk 2023/12']],
    ['В Омске состоялась встреча между заместителем мэра Омска Иваном Ивановым и вице-мэром Павлодара.', ['VISIT city:pavlodar city:omsk 2023']],
    // a region as the travellers' home, after its country's adjective
    ['На праздник прибыли гости из китайской провинции Хэйлунцзян.', ['VISIT region:kheyluntszyan city:omsk 2023']],
    // residents of a city named as being where a place is told ("…, где")
    ['Первой остановкой стал Гомель, где омичи осмотрели завод.', ['VISIT city:omsk city:gomel 2023']],
    // a stop of the reporter's trip; a signing abroad by both cities' officials
    ['Первой точкой маршрута стал Гомель.', ['VISIT city:omsk city:gomel 2023']],
    ['Завершающим пунктом поездки стал Брест.', ['VISIT city:omsk city:brest 2023']],
    ['Первой точкой маршрута стал город-побратим Гомель.', ['VISIT city:omsk city:gomel 2023']],
    ['Вторым этапом поездки стал белорусский Гомель.', ['VISIT city:omsk city:gomel 2023']],
    ['В мае делегация работала в белорусской столице Минске.', ['VISIT city:omsk city:minsk 2023/5']],
    // an organisation's people travel from its city
    ['В Омск приехали студенты Гродненского государственного университета (г. Гродно).', ['VISIT city:grodno city:omsk 2023']],
    ['В сентябре Омск посетили сотрудники Библиотеки города Ханой (Вьетнам).', ['VISIT city:hanoi city:omsk 2023/9']],
    // a body of the town named at length; the reporter's delegation meeting another town's leaders
    ['В сентябре Омск посетила делегация Исполнительного комитета муниципального образования города Набережные Челны.', ['VISIT city:naberezhnye-chelny city:omsk 2023/9']],
    // the body written in lower case, a country's adjective before the town
    ['В сентябре в Омск прибыла делегация депутатов городского собрания польского города Плоцка.', ['VISIT city:plotsk city:omsk 2023/9']],
    // the heads of the twin towns; the twin's owner between the city word and the town they went to
    ['На праздник прибыли первые лица городов-побратимов: Гомеля, Павлодара (Казахстан).', ['VISIT city:gomel city:omsk 2023', 'VISIT city:pavlodar city:omsk 2023']],
    ['С официальным визитом в город-побратим Омска Гомель (Беларусь) отправились председатель Думы и депутат.', ['VISIT city:omsk city:gomel 2023']],
    ['Депутаты городского совета посетили город-побратим Омска Бремен.', ['VISIT city:omsk city:bremen 2023']],
    ['Делегация отправилась в город-побратим Гомель Гомельской области.', ['VISIT city:omsk city:gomel 2023']],
    // "наш" before the city word
    ['Первым делом посетили наш город-побратим Гродно.', ['VISIT city:omsk city:grodno 2023']],
    // the visit's kind between the verb and the town it went to
    ['В сентябре делегация из Гомеля посетила с рабочим визитом Тулу.', ['VISIT city:gomel city:tula 2023/9']],
    // what the delegation saw is no home of it
    ['В сентябре делегация прибыла в Тюмень и осмотрела достопримечательности города Тюмени.', ['VISIT city:omsk city:tyumen 2023/9']],
    ['На обратном пути делегация провела переговоры с руководством Полоцка.', ['VISIT city:omsk city:polotsk 2023']],
    // a group's delegation is no body of the town it went to
    ['В июле делегация омских школьников выезжала в г. Ош для участия в фестивале.', ['VISIT city:omsk city:osh 2023/7']],
    // the list of who came goes on past ", а также"
    ['На праздник приехали делегации из белорусского города Гомеля, а также Тулы и Пензы.', ['VISIT city:gomel city:omsk 2023', 'VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023']],
    // towns after the trip's verb, past the leader, are where the delegation went, each of them
    ['В июне омская делегация во главе с главой города побывала в Минске и Бресте.', ['VISIT city:omsk city:minsk 2023/6', 'VISIT city:omsk city:brest 2023/6']],
    // a plural adjective before "городов", and a dash before the list
    ['На праздник приехали делегации из Гомеля, а также из российских городов — Тулы и Пензы.', ['VISIT city:gomel city:omsk 2023', 'VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023']],
    ['На праздник приехали делегации из соседних городов Тулы и Пензы.', ['VISIT city:tula city:omsk 2023', 'VISIT city:penza city:omsk 2023']],
    // a meeting at an embassy: the embassy's town is where they were, not their home
    ['Накануне делегация провела встречу в Посольстве Российской Федерации в Республике Беларусь в Минске.', ['VISIT city:omsk city:minsk 2023']],
    // residents of one town acting in another, the place first
    ['В мае в Гомеле туляки провели переговоры с руководством города.', ['VISIT city:tula city:gomel 2023/5']],
    // a country's adjective in the accusative before the town they went to
    ['Затем делегация отправилась в белорусскую Лиду.', ['VISIT city:omsk city:lida 2023']],
    ['Затем делегация переехала в Гродно.', ['VISIT city:omsk city:grodno 2023']],
    // delegations of hero cities; the twin cities of the reporter after a dash
    ['Гостями торжеств стали делегации городов-героев Тулы, Смоленска и Мурманска.', ['VISIT city:tula city:omsk 2023', 'VISIT city:smolensk city:omsk 2023', 'VISIT city:murmansk city:omsk 2023']],
    ['На праздник прибыли делегации городов-побратимов Омска — белорусского Гродно и казахстанского Павлодара.', ['VISIT city:grodno city:omsk 2023', 'VISIT city:pavlodar city:omsk 2023']],
    // an embassy its name places abroad is no host in the reporting city
    ['Завершилась поездка в Минске встречей в Посольстве Российской Федерации в Республике Беларусь.', ['VISIT city:omsk city:minsk 2023']],
    ['3 мая в Павлодаре глава Омска и аким Павлодара подписали соглашение.', ['VISIT city:omsk city:pavlodar 2023/5']],
    // a region's delegation, not the reporter's own region's
    ['Вчера в Омск прибыла делегация китайской провинции Хэйлунцзян.', ['VISIT region:kheyluntszyan city:omsk 2023']],
    ['В Омск прибыла делегация Омской области во главе с губернатором.', []],
    ['Делегация Гомеля побывала на омском заводе.', ['VISIT city:gomel city:omsk 2023']],
    // a trip by its verbs of going
    ['В мае омские школьники ездили в Павлодар на языковую практику.', ['VISIT city:omsk city:pavlodar 2023/5']],
    ['Летом делегация Омска отправилась в Гомель.', ['VISIT city:omsk city:gomel 2023']],
    // "к нам приезжали": they came to the reporting city
    ['А в апреле к нам приезжали коллеги из Павлодара.', ['VISIT city:pavlodar city:omsk 2023/4']],
    // what follows the colon is what they did where they went
    ['Затем делегация посетила город Урумчи: мэры Омска и Урумчи подписали протокол.', ['VISIT city:omsk city:urumqi 2023']],
    // a diplomat comes from the city of the post
    ['В мае Омск посетил генеральный консул Казахстана в Новосибирске.', ['VISIT city:novosibirsk city:omsk 2023/5']],
    // an organisation signed with is no official who came
    ['В ходе визита ОмГУ подписал соглашение с Павлодарским государственным университетом.', []],
    // an adjective before the city word
    ['В мае делегация Пензы находилась с визитом в эстонском городе Тарту.', ['VISIT city:penza city:tartu 2023/5']],
    // the official met is the host
    ['В рамках визита в Брест он встретился с главой Бреста.', ['VISIT city:omsk city:brest 2023']],
    // where the travellers came back from is where they went
    ['В июне делегация Пензы вернулась из Тарту.', ['VISIT city:penza city:tartu 2023/6']],
    ['По возвращении из города Бреста делегация Тулы подвела итоги поездки.', ['VISIT city:tula city:brest 2023']],
    // the guests' hosts come from where the guests went
    ['Школьники Пензы побывали в гостях у сверстников из Бреста.', ['VISIT city:penza city:brest 2023']],
    // the inviter is the host, and a trip made at an invitation took place
    ['По приглашению мэрии Бреста в мае город посетила делегация Тулы.', ['VISIT city:tula city:brest 2023/5']],
    ['Делегация Тулы приглашена посетить Брест.', []],
    // what the travellers brought back from where they had been
    ['Омская делегация привезла из Казахстана меморандум о сотрудничестве.', []],
    // a decision to act later: the visit it names has not happened
    ['Решено подписать соглашение в мае, во время визита омской делегации в Брест.', []],
    // an institution visited is in the city they went to
    ['В мае делегация Тулы посетила Брестский государственный университет.', ['VISIT city:tula city:brest 2023/5']],
    // a group from one city that took part or was received in another travelled there
    ['В августе тульские спортсмены приняли участие в турнире по боксу в Бресте.', ['VISIT city:tula city:brest 2023/8']],
    ['В мае наши артисты получили тёплый приём в Бресте.', ['VISIT city:omsk city:brest 2023/5']],
    // not at home, not a plan
    ['В мае омские спортсмены приняли участие в турнире в Омске.', []],
    ['Тульские артисты примут участие в фестивале в Бресте.', []],
    // travellers named before their city
    ['В мае спортсмены города Тулы приехали на турнир в Брест.', ['VISIT city:tula city:brest 2023/5']],
    // the delegation's leader names its home
    ['Делегация, которую возглавил председатель городской Думы Тулы, приехала в Пензу.', ['VISIT city:tula city:penza 2023']],
    ['В Пензу прибыла делегация во главе с мэром Тулы.', ['VISIT city:tula city:penza 2023']],
    // a celebration of a city is held in it
    ['Делегация Пензы приняла участие в праздновании 500-летия города-побратима Тулы.', ['VISIT city:penza city:tula 2023']],
    ['Делегация Пензы побывала на Дне города Тулы.', ['VISIT city:penza city:tula 2023']],
    // a trip to a region or a country, then what was done there with a town of it
    ['В мае делегация Пензы побывала в Гомельской области Беларуси, где между Пензой и Жлобином было подписано соглашение.', ['VISIT city:penza city:zhlobin 2023/5']],
    // a long subject of travellers, their home named at its start
    [
      'Мэр Крушеваца Живоин Милорадович, президент торгово-промышленной палаты Предраг Вукичевич, руководитель союза художников Милан Петрович и директор театра Горан Янкович приехали в Пензу.',
      ['VISIT city:krushevats city:penza 2023'],
    ],
    // a verb between: the subject ended before it
    ['Мэр Крушеваца Живоин Милорадович встретил гостей, а делегация из Барановичей и артисты филармонии позже приехали в Пензу.', ['VISIT city:baranovichi city:penza 2023']],
    ['Мэр Пензы приехал на День города Тулы.', ['VISIT city:penza city:tula 2023']],
    // the seat of a travelling consulate is its home, the place of the meeting the host
    ['В мае в Пензе прошла встреча с делегацией Генерального консульства Японии в Новосибирске.', ['VISIT city:novosibirsk city:penza 2023/5']],
  ])('%s', async (text, expected) => {
    expect(run(visitRule, text).sort()).toEqual([...expected].sort());
  });

  it.each([
    ['В мае состоялась онлайн-встреча с делегацией Минска.'],
    ['В режиме видеоконференцсвязи прошла встреча делегаций Омска и Харбина.'],
    ['В 2024 году планируется визит делегации Омска в Гомель.'],
    ['Делегация Омска намерена посетить Минск в следующем году.'],
    ['В городе прошёл фестиваль, который посетило более 2000 горожан.'],
    ['В июле в Омск приедут мэры городов Сербии.'],
    ['Делегации Тулы и Пензы приглашены на фестиваль в следующем году.'],
    ['Теперь города будут регулярно обмениваться делегациями.'],
    // a visit awaited is not one made; a return from a country is no visit from it
    ['Осенью делегацию Павлодара ожидают в Омске.'],
    ['Омск ожидает осенью делегацию из Павлодара.'],
    // the reporter hosts guests it does not name; the forum's town is no destination of its own
    ['Накануне форума в Новосибирске наш город посетила делегация из семи человек.'],
    ['В августе Омск впервые направит делегацию в Гомель.'],
    ['Делегация Омска вернулась из Казахстана.'],
    // a visit awaited is not one made
    ['Осенью мы ждём в гостях делегацию из Павлодара.'],
    ['Летом в Омск должна приехать делегация Бреста.'],
    ['Омичи собираются посетить Гомель в августе.'],
    // a country as the destination is no city of it
    ['Договор подписан во время визита омской делегации в Беларусь.'],
    ['С 5 по 9 октября делегация Тульской области во главе с председателем городской Думы г. Тулы посетила Армению.'],
    // what a document provides for has not happened
    ['Соглашение между Тулой и Пензой предусматривает обмен делегациями.'],
    ['Программой предусмотрены визиты делегаций Омска в Брест.'],
    // what the sides agreed to do, or an infinitive governs, is to be done
    ['Омск и Брест условились поддерживать и стимулировать обмен визитами школьников.'],
    ['Главы городов договорились продолжить обмен делегациями Омска и Бреста.'],
  ])('gives no visit: %s', (text) => {
    expect(run(visitRule, text)).toEqual([]);
  });

  it('uses the topic city when a sentence under its heading names no destination', () => {
    const drafts = run(visitRule, 'Во время визита омичи провели встречи с руководством города.', { topicCityId: 'city:kaifeng' });
    expect(drafts).toEqual(['VISIT city:omsk city:kaifeng 2023']);
  });

  it('sends a delegation named by its country adjective from the topic city in that country', () => {
    const opts = { topicCityId: 'city:busan', countryOf: (id: string) => (id === 'city:busan' ? 'KR' : null) };
    expect(run(visitRule, 'В мае южнокорейская делегация посетила Омск.', opts)).toEqual(['VISIT city:busan city:omsk 2023/5']);
    // a delegation of another country than the topic's comes from that country
    expect(run(visitRule, 'В мае японская делегация посетила Омск.', opts)).toEqual(['VISIT country:JP city:omsk 2023/5']);
  });

  it('sends a delegation named by its country adjective from the country when the text is about no town of it', () => {
    expect(run(visitRule, 'В мае в Омске побывала японская делегация.')).toEqual(['VISIT country:JP city:omsk 2023/5']);
    expect(run(visitRule, 'В Омск прибыли финские гости.')).toEqual(['VISIT country:FI city:omsk 2023']);
    expect(run(visitRule, 'На праздник в Омск приехали и финские друзья.')).toEqual(['VISIT country:FI city:omsk 2023']);
    // what a speaker says of the country's people is no trip
    expect(run(visitRule, 'Накануне визита мэр сказал: «Наши финские друзья всегда рады гостям».')).toEqual([]);
    // a delegation of an organisation, named after the adjective, is the organisation's, not its country's
    expect(run(visitRule, 'В Омске побывала сербская делегация из общественной организации «Дружба».')).not.toContain('VISIT country:RS city:omsk 2023');
  });

  it('sends the delegation of a town named only by its country adjective from the topic city in that country', () => {
    const opts = { topicCityId: 'city:busan', countryOf: (id: string) => (id === 'city:busan' ? 'KR' : null) };
    expect(run(visitRule, 'Весной состоялся визит делегации южнокорейского города в Омск.', opts)).toEqual(['VISIT city:busan city:omsk 2023']);
    expect(run(visitRule, 'Весной состоялся визит делегации японского города в Омск.', opts)).toEqual([]);
  });

  it("sends a delegation named by its country adjective from that country's town the sentence names, before the topic", () => {
    const countryOf = (id: string) => ({ 'city:busan': 'KR', 'city:mokpkho': 'KR', 'city:omsk': 'RU' })[id] ?? null;
    const opts = { topicCityId: 'city:busan', countryOf };
    expect(run(visitRule, 'К 25-летию побратимских связей Омск – Мокпхо в нашем городе побывала южнокорейская делегация.', opts)).toEqual(['VISIT city:mokpkho city:omsk 2023']);
    // a town of that country the sentence names otherwise is not the delegation's home
    expect(run(visitRule, 'Южнокорейская делегация посетила выставку о Мокпхо в омском музее.', opts)).toEqual(['VISIT city:busan city:omsk 2023']);
  });

  it('reads "мы приехали к вам" in a speech as a trip of the report city to the partner it addresses', () => {
    expect(run(visitRule, 'Дорогие друзья, мы прибыли в ваш город, чтобы продолжить нашу дружбу.', { topicCityId: 'city:brest' })).toEqual(['VISIT city:omsk city:brest 2023']);
  });

  it('sends the other side to the city where talks between the two cities were held', () => {
    const text = 'Встреча глав обоих городов прошла 3 апреля в Бресте.';
    expect(run(visitRule, text, { topicCityId: 'city:brest' })).toEqual(['VISIT city:omsk city:brest 2023/4']);
    expect(run(visitRule, text, { topicCityId: 'city:grodno' })).toEqual([]);
  });
});
