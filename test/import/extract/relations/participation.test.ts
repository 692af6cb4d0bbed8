import { beforeAll, describe, expect, it } from 'vitest';
import { loadMorph } from '../../../../import/extract/lexicon/morph.js';
import { mentionsOf } from '../../../../import/extract/sentence-mentions.js';
import { participationRule } from '../../../../import/extract/relations/participation.js';

beforeAll(async () => {
  await loadMorph();
});

/** The rule's drafts for one sentence of a report about Omsk, as "KIND source → target" lines. */
function drafts(text: string): string[] {
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
  const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, countryOf: () => null };
  return participationRule(ctx).map((d) => `${d.kind} ${d.source} → ${d.target}`);
}

/** The same, in a text last about the named event `topicEventId`. */
function draftsAfter(text: string, topicEventId: string): string[] {
  const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
  const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: null, topicEventId, countryOf: () => null };
  return participationRule(ctx).map((d) => `${d.kind} ${d.source} → ${d.target}`);
}

describe('participation rule', () => {
  it("gives the part to a named body from a town, in the event's programme, not to its town", () => {
    expect(draftsAfter('В программе фестиваля выступил образцовый ансамбль танца «Радуга» из Павлодара.', 'event:festival-step')).toEqual([
      'PARTICIPATED_IN inst:obrazts-ansamb-tantsa-raduga → event:festival-step',
    ]);
  });

  it('gives the part to every town of a list that ends right before the cue, and none to a town visited', () => {
    const text = 'Делегации побратимов Бреста, Гомеля и Могилёва приняли участие в фестивале «Омск приглашает друзей».';
    expect(drafts(text).filter((d) => d.startsWith('PARTICIPATED_IN'))).toEqual([
      'PARTICIPATED_IN city:brest → event:festival-omsk-priglashayet-druzey',
      'PARTICIPATED_IN city:gomel → event:festival-omsk-priglashayet-druzey',
      'PARTICIPATED_IN city:mogilev → event:festival-omsk-priglashayet-druzey',
    ]);
    const visited = 'Делегация Тулы посетила Брест и Гомель и приняла участие в фестивале «Славянский базар».';
    expect(drafts(visited).filter((d) => d.startsWith('PARTICIPATED_IN'))).not.toContain('PARTICIPATED_IN city:brest → event:festival-slavyanskiy-bazar');
  });

  it('reads a place among the competitors as taking part', () => {
    expect(drafts('Команда Тулы заняла первое место на турнире «Кубок дружбы» в Бресте.')).toContain('PARTICIPATED_IN city:tula → event:turnir-kubok-druzhby');
  });

  it("sends a delegation to where the event it took part in was held, the place read from the event's name too", () => {
    expect(drafts('В мае делегация Омска принимала участие в Харбинской международной торгово-экономической ярмарке.')).toContain('VISIT city:omsk → city:harbin');
    // people who are no delegation are left where the text leaves them
    expect(drafts('В мае омские школьники стали лауреатами Международного конкурса «Радуга» в Гомеле.').filter((d) => d.startsWith('VISIT'))).toEqual([]);
  });

  it('places the event in the twin town the delegation went to "чтобы принять участие", and gives the part to the delegation', () => {
    expect(drafts('Делегация прибыла в город-побратим Харбин, чтобы принять участие в Международной выставке «Китай-ЭКСПО».')).toEqual([
      'PARTICIPATED_IN city:omsk → event:mezhdunarodnaya-vystavka-kitay-ekspo',
      'HELD_IN event:mezhdunarodnaya-vystavka-kitay-ekspo → city:harbin',
      'VISIT city:omsk → city:harbin',
    ]);
  });

  it('holds an event in the town named before "в рамках" it', () => {
    expect(drafts('В мае в г. Тула в рамках Межрегионального форума «Оружейная слава» подписано соглашение между Омском и Тулой.')).toContain(
      'HELD_IN event:mezhregionalnyy-forum-oruzheynaya-slava → city:tula',
    );
    // a few words of the frame between: "в рамках торжественной церемонии открытия"
    expect(drafts('В мае в Туле в рамках торжественной церемонии открытия Межрегионального форума «Оружейная слава» состоялось подписание.')).toContain(
      'HELD_IN event:mezhregionalnyy-forum-oruzheynaya-slava → city:tula',
    );
  });

  it('reads each list after "из" in turn: "из A, а также из российских городов — B и C"', () => {
    expect(drafts('В Международном фестивале «Иртыш» приняли участие коллективы из Павлодара, а также из российских городов — Тюмени и Кургана.')).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN city:pavlodar → event:mezhdunarodnyy-festival-irtysh',
        'PARTICIPATED_IN city:tyumen → event:mezhdunarodnyy-festival-irtysh',
        'PARTICIPATED_IN city:kurgan → event:mezhdunarodnyy-festival-irtysh',
      ]),
    );
  });

  it('places the event in the town "где" follows, and gives the part to those who went there, not to the town', () => {
    expect(drafts('Первым пунктом программы стал Ташкент, где наши предприниматели приняли участие в Международном инвестиционном форуме «Ташкент-2023».')).toEqual([
      'PARTICIPATED_IN city:omsk → event:mezhdunarodnyy-investitsionnyy-forum-tashkent-2023',
      'HELD_IN event:mezhdunarodnyy-investitsionnyy-forum-tashkent-2023 → city:tashkent',
    ]);
  });

  it("gives the part to the partner town the text is about when guests are named by their country's adjective", () => {
    const text = 'Белорусские гости специально приехали в Омск, чтобы принять участие в конкурсе «Созвездие».';
    const { mentions } = mentionsOf({ text, start: 0, end: text.length }, 'city:omsk');
    const countryOf = (id: string) => (id === 'city:brest' ? 'BY' : id === 'city:omsk' ? 'RU' : null);
    const ctx = { text, mentions, reportCityId: 'city:omsk', reportYear: 2023, topicCityId: 'city:brest', countryOf };
    expect(participationRule(ctx).map((d) => `${d.kind} ${d.source} → ${d.target}`)).toContain('PARTICIPATED_IN city:brest → event:konkurs-sozvezdiye');
    // partners or colleagues of a country are not the guests the text is about
    expect(participationRule({ ...ctx, text: 'Белорусские партнёры приняли участие в конкурсе «Созвездие».', mentions: mentionsOf({ text: 'Белорусские партнёры приняли участие в конкурсе «Созвездие».', start: 0, end: 56 }, 'city:omsk').mentions }).filter((d) => d.kind === 'PARTICIPATED_IN')).toEqual([]);
    // another country's people, or no partner there: nobody named
    expect(participationRule({ ...ctx, topicCityId: null }).filter((d) => d.kind === 'PARTICIPATED_IN')).toEqual([]);
    expect(drafts('Мастера белорусских предприятий приняли участие в выставке «Омская марка».').filter((d) => d.startsWith('PARTICIPATED_IN'))).toEqual([]);
  });

  it('places the event in the town before a verb of holding in the present too', () => {
    expect(drafts('Сейчас в Павлодаре проходит Международный форум «Иртыш».')).toEqual(['HELD_IN event:mezhdunarodnyy-forum-irtysh → city:pavlodar']);
    // the place inside a participle of holding right before the event
    expect(drafts('Церемония подписания состоялась на прошедшем в Павлодаре Инвестиционном форуме «Иртыш».')).toEqual(['HELD_IN event:investitsionnyy-forum-irtysh → city:pavlodar']);
    // a selection for an event held elsewhere does not place it
    expect(drafts('В Павлодаре проходит отбор участников Международного фестиваля «Иртыш».').filter((d) => d.startsWith('HELD_IN'))).not.toContain('HELD_IN event:mezhdunarodnyy-festival-irtysh → city:pavlodar');
    // what is still to come was held nowhere yet
    expect(drafts('В мае в Павлодаре пройдёт Международный форум «Иртыш».')).toEqual([]);
  });

  it('places the event in a town that "стал площадкой" it, in a venue named by its building, not with the lender', () => {
    expect(drafts('В июне Омск стал площадкой Межрегионального форума «Сибирь молодая».')).toEqual(['HELD_IN event:mezhregionalnyy-forum-sibir-molodaya → city:omsk']);
    const text = '5 сентября в главном здании Омского музея изобразительных искусств открылась выставка «Белорусская графика» из собрания Национального художественного музея (г. Минск).';
    expect(drafts(text)).toEqual(['HELD_IN event:vystavka-belorusskaya-grafika → city:omsk']);
  });

  it('places the event whose prize they won in the town they went to', () => {
    expect(drafts('В прошлом году ансамбль «Сибирячка» ездил в Бухару и стал лауреатом фестиваля «Дети Шёлкового пути».')).toContain(
      'HELD_IN event:festival-deti-shelkovogo-puti → city:bukhara',
    );
  });

  it('reads "стала участницей" as taking part', () => {
    expect(drafts('В прошлом году делегация Омского государственного университета стала участницей Международного фестиваля «Славянская речь».')).toContain(
      'PARTICIPATED_IN inst:omskiy-gosuda-univer → event:mezhdunarodnyy-festival-slavyanskaya-rech',
    );
  });

  it('gives a part in the event to those who came "в рамках" it', () => {
    expect(drafts('В рамках Международного фестиваля «Иртыш» в Омске побывали творческие коллективы из Павлодара и Бреста.')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:mezhdunarodnyy-festival-irtysh',
      'PARTICIPATED_IN city:brest → event:mezhdunarodnyy-festival-irtysh',
      'HELD_IN event:mezhdunarodnyy-festival-irtysh → city:omsk',
    ]);
  });

  it('reads "в белорусской столице Минске, где" as the place, and the delegation as the reporter', () => {
    expect(drafts('В мае делегация работала в белорусской столице Минске, где приняла участие в Международном форуме «Содружество».')).toEqual([
      'PARTICIPATED_IN city:omsk → event:mezhdunarodnyy-forum-sodruzhestvo',
      'HELD_IN event:mezhdunarodnyy-forum-sodruzhestvo → city:minsk',
      'VISIT city:omsk → city:minsk',
    ]);
  });

  it('reads a town with its country\'s adjective before it as where the event was held, not as a participant', () => {
    expect(drafts('В белорусском Гродно прошёл фестиваль «Дни славянской культуры».')).toEqual(['HELD_IN event:festival-dni-slavyanskoy-kultury → city:grodno']);
    expect(drafts('Делегация Омска побывала в белорусском Полоцке на фестивале ремёсел «Полоцкий торг».')).not.toContain('PARTICIPATED_IN city:polotsk → event:festival-remesel-polotskiy-torg');
  });

  it('carries the list of who took part past ", а также"', () => {
    const text = 'В фестивале приняли участие ансамбли из Монголии, а также творческие делегации Павлодара и Бреста.';
    expect(draftsAfter(text, 'event:festival-step')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:festival-step',
      'PARTICIPATED_IN city:brest → event:festival-step',
    ]);
  });

  it('gives every city of a list after the cue a part in the event the text spoke of', () => {
    const text = 'В работе форума приняли участие делегации Павлодара, Гомеля и Бреста.';
    expect(draftsAfter(text, 'event:forum-evraziya')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:forum-evraziya',
      'PARTICIPATED_IN city:gomel → event:forum-evraziya',
      'PARTICIPATED_IN city:brest → event:forum-evraziya',
    ]);
  });

  it('reads a pronoun for the event the text spoke of, and the present tense', () => {
    expect(draftsAfter('В нём приняли участие коллективы из Павлодара, Гомеля и Бреста.', 'event:festival-druzhba')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:festival-druzhba',
      'PARTICIPATED_IN city:gomel → event:festival-druzhba',
      'PARTICIPATED_IN city:brest → event:festival-druzhba',
    ]);
    // a relay, a marathon, a competition named bare
    // a sport's noun refers back only to an event of its kind; a compound word is no event's noun
    expect(draftsAfter('В марафоне приняли участие бегуны из Павлодара.', 'event:konkurs-luchshiy-dvor')).toEqual([]);
    expect(draftsAfter('В конгрессно-выставочном центре приняли участие фирмы Павлодара.', 'event:forum-evraziya')).toEqual([]);
    expect(draftsAfter('В эстафете приняли участие бегуны из Павлодара и Гомеля.', 'event:estafeta-druzhba')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:estafeta-druzhba',
      'PARTICIPATED_IN city:gomel → event:estafeta-druzhba',
    ]);
    expect(draftsAfter('В работе форума участвуют мэр Павлодара Иван Петров и глава Гюмри Карен Саркисян.', 'event:forum-evraziya')).toEqual([
      'PARTICIPATED_IN city:pavlodar → event:forum-evraziya',
      'PARTICIPATED_IN city:gyumri → event:forum-evraziya',
    ]);
  });

  it('reads "в фестивалях" as several events, not the one named last', () => {
    expect(draftsAfter('В фестивалях принимали участие гости из Павлодара.', 'event:festival-druzhba')).toEqual([]);
  });

  it('gives a part in an event to those who were at it', () => {
    expect(drafts('Делегация Павлодара побывала в Омске на фестивале «Дружба народов».')).toContain('PARTICIPATED_IN city:pavlodar → event:festival-druzhba-narodov');
  });

  it('reads the city visited as an object, not the participant, and as where the event was', () => {
    const found = drafts('В мае делегация Омска посетила город Павлодар и приняла участие в форуме «Евразия».');
    expect(found).toContain('PARTICIPATED_IN city:omsk → event:forum-yevraziya');
    expect(found).toContain('HELD_IN event:forum-yevraziya → city:pavlodar');
  });

  it('holds "Дни X в Y" in Y, and a town\'s days not in that town', () => {
    expect(drafts('Омские коллективы выступили на фестивале «Дни Омска в Павлодаре».')).toContain('HELD_IN event:festival-dni-omska-v-pavlodare → city:pavlodar');
    expect(drafts('В октябре прошли Дни Омска в Зуле.').filter((d) => d.startsWith('HELD_IN'))).toEqual([]);
  });

  it('holds an event in the venue named before it, not the town its name celebrates', () => {
    expect(drafts('В Павлодарском областном музее омская делегация открыла выставку «Омск — город трудовой доблести».')).toContain(
      'HELD_IN event:vystavka-omsk-gorod-trudovoy-doblesti → city:pavlodar',
    );
  });

  it('holds an event in the city that received its participants', () => {
    expect(drafts('В июне Павлодар принимал участников фестиваля «Дружба народов».')).toContainEqual(
      expect.stringMatching(/^HELD_IN event:.* → city:pavlodar$/),
    );
    expect(drafts('В июне Павлодар встретил участников эстафеты «Дружба народов».')).toContainEqual(
      expect.stringMatching(/^HELD_IN event:.* → city:pavlodar$/),
    );
    // a delegation that met the participants held nothing
    expect(drafts('Делегация Павлодара встретилась с участниками выставки «Дружба народов».')).not.toContainEqual(
      expect.stringMatching(/^HELD_IN event:.* → city:pavlodar$/),
    );
  });

  it.each([
    'В мае глава Омска побывал в Павлодаре, где принял участие в международном форуме «Евразия».',
    'В мае делегация Омска выезжала в г. Павлодар для участия в форуме «Евразия».',
  ])('holds an event where they went to take part in it: %s', (text) => {
    expect(drafts(text)).toContainEqual(expect.stringMatching(/^HELD_IN event:.* → city:pavlodar$/));
  });

  it('takes the subject, not the institution it visited, as the participant, and a venue named after the event as its place', () => {
    const out = drafts('Делегация Тулы посетила Брестский государственный университет и приняла участие в открытии выставки «Тула оружейная» в Брестском областном музее.');
    expect(out).toEqual([expect.stringMatching(/^PARTICIPATED_IN city:tula → event:/), expect.stringMatching(/^HELD_IN event:.* → city:brest$/), 'VISIT city:tula → city:brest']);
  });

  it('takes those who came to an event as its participants, and a festival that ended as held where it ended', () => {
    expect(draftsAfter('На фестиваль приехали музыканты из Томска и Гродно.', 'event:festival-osen')).toEqual([
      'PARTICIPATED_IN city:tomsk → event:festival-osen',
      'PARTICIPATED_IN city:grodno → event:festival-osen',
    ]);
    expect(drafts('В Томске завершился фестиваль «Сибирская осень».')).toEqual([expect.stringMatching(/^HELD_IN event:.* → city:tomsk$/)]);
  });

  it('reads "на праздник" as the event the text spoke of, and a counted list of towns after "из" as who came', () => {
    expect(draftsAfter('На праздник приехали делегации из трёх городов: Томска, Гродно и Павлодара.', 'event:festival-osen')).toEqual([
      'PARTICIPATED_IN city:tomsk → event:festival-osen',
      'PARTICIPATED_IN city:grodno → event:festival-osen',
      'PARTICIPATED_IN city:pavlodar → event:festival-osen',
    ]);
    // a feast named after the noun is another event
    expect(draftsAfter('Делегация Томска выступила на празднике Сабантуй.', 'event:festival-osen')).toEqual([]);
  });

  it('reads "участниками фестиваля" as the festival named before, each listed city taking part', () => {
    const text = 'Участниками фестиваля стали коллективы из Томска, казахстанского Павлодара и белорусского Гродно.';
    expect(draftsAfter(text, 'event:festival-druzhba')).toEqual([
      'PARTICIPATED_IN city:tomsk → event:festival-druzhba',
      'PARTICIPATED_IN city:pavlodar → event:festival-druzhba',
      'PARTICIPATED_IN city:grodno → event:festival-druzhba',
    ]);
    // another kind of event, or any event at all, is not the festival
    expect(draftsAfter(text, 'event:forum-regionov')).toEqual([]);
    expect(draftsAfter('Участниками мероприятия стали коллективы из Томска.', 'event:forum-regionov')).toEqual([]);
  });

  it.each([
    // the subject before the cue, the venue after the event
    ['Делегация города Томска приняла участие в Международном форуме «Города будущего» в городе Харбине.', ['PARTICIPATED_IN city:tomsk', 'HELD_IN event:', 'city:harbin']],
    // an institution named with its city takes part itself
    ['Учащиеся детской музыкальной школы № 5 города Омска стали лауреатами Международного конкурса «Звёзды Сибири» (март, г. Минск, Республика Беларусь).', ['PARTICIPATED_IN inst:', 'city:minsk']],
    // a list of twin cities after a colon: each took part
    ['В фестивале «Кубок дружбы» приняли участие коллективы из городов-побратимов: Брест (Беларусь), Тула и Гомель.', ['PARTICIPATED_IN city:brest', 'PARTICIPATED_IN city:tula', 'PARTICIPATED_IN city:gomel']],
    // inverted order: the event first, the participants after the verb
    ['В турнире «Кубок дружбы» приняли участие воспитанники спортивных школ города Омска.', ['PARTICIPATED_IN city:omsk']],
    // a heading with no subject: the reporter took part
    ['Участие в XV Международной выставке «Сибирь-Экспо».', ['PARTICIPATED_IN city:omsk']],
    // the place first, with a verb of holding
    ['В октябре в Гомеле состоялся Международный фестиваль «Славянские встречи».', ['city:gomel']],
    // the cities a meeting's name lists are its parties
    ['В мае в Тюмени прошла встреча трёх городов «Омск – Томск – Курган».', ['PARTICIPATED_IN city:omsk', 'PARTICIPATED_IN city:tomsk', 'PARTICIPATED_IN city:kurgan']],
  ])('finds what %s states', (text, expected) => {
    const got = drafts(text).join('\n');
    for (const e of expected) expect(got).toContain(e);
  });

  it.each([
    // plans have not happened
    ['Мэр предложил провести Дни Омска в Гомеле.', 'HELD_IN'],
    ['В 2026 году планируется участие в Международном фестивале «Белые ночи».', 'PARTICIPATED_IN'],
    // a host receiving the winners did not take part
    ['Омская крепость приняла победителей Всероссийского конкурса «Юные таланты».', 'PARTICIPATED_IN'],
    // "при участии X": X took part, the reporter is not the subject
    ['При участии фонда «Доброе дело» реализован проект «Зимний сад».', 'PARTICIPATED_IN city:omsk'],
    // another country's performers are not the reporter
    ['Ведущие коллективы белорусских городов выступили на фестивале «Сибирские звёзды».', 'PARTICIPATED_IN city:omsk'],
    // two cities in a name make a route, not a venue
    ['В марте организовано мероприятие «Поэтический мост Павлодар - Омск».', 'HELD_IN'],
    // "о городе Омске" is what a film is about, not where the project was held
    ['Омск принял участие в проекте «Дружба городов» в формате трансляции фильма о городе Омске.', 'HELD_IN'],
  ])('finds nothing more in %s', (text, unwanted) => {
    expect(drafts(text).join('\n')).not.toContain(unwanted);
  });
});
