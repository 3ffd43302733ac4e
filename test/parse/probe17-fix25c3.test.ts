/**
 * News and interviews in languages quarry had not seen (test/fixtures/probe17/c3: Japanese,
 * Russian, Norwegian, Malay, Amharic): each rule is also tested on a small text of its own, in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c3 = loadCorpus(join(FIXTURES, 'probe17', 'c3'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

/** A Japanese magazine interview about a bakery, in other words. */
const BAKERY = [
  '老舗パン店の三代目に聞く「毎朝四時の仕込みは変えない」',
  '2023年10月2日',
  '取材・文：森 真理子',
  '',
  '【プロフィール】高橋直樹（たかはし・なおき） 1975年大阪府生まれ。2010年に家業を継ぐ。',
  '',
  '森：三代目を継がれて、いちばん苦労されたことは何ですか。',
  '',
  '高橋：職人が辞めていったことです。父の味を守るだけでは人は残りませんでした。',
  '',
  '森：新しい店舗の計画は。',
  '',
  '高橋：来年の春に、駅前に小さな店を出します。',
  '',
  '森：最後に、読者へのメッセージを聞かせてください。',
  '',
  '高橋：焼きたてを、ぜひ一度食べに来てください。',
  '',
  '森：ありがとうございました。',
  '',
  '高橋：ありがとうございました。',
  '',
  '（聞き手・写真：森 真理子）',
  '',
  '※価格は取材時点のものです。',
  '関連記事：駅前の再開発、来年着工へ',
  '',
].join('\n');

describe('a Japanese interview (probe17 c3 findings 1, 2, 4)', () => {
  it('questions closed by a full stop (「…ですか。」, 「…数は。」, 「…教えてください。」) pair with the answers', () => {
    const qa = recordsOf(c3, 'binance-japan-interview-2024').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([13, 18, 23, 30, 35, 40, 47]);
    const other = one('bakery.txt', BAKERY).filter((r) => r.type === 'qa');
    expect(other.map((r) => r.line)).toEqual([7, 11, 15]);
  });

  it('the mutual thanks are quotes, and the credit, the note and the related link are no part of the last answer', () => {
    const recs = recordsOf(c3, 'binance-japan-interview-2024');
    const last = recs.find((r) => r.line === 54)!;
    expect(last.type).toBe('quote');
    expect(last.endLine).toBe(54);
    expect(recs.find((r) => r.line === 52)!.type).toBe('quote');
    const note = recs.find((r) => r.text.includes('取材時点'))!;
    expect(note.type).toBe('claim');
    expect(note.speaker).toBeNull();
    const other = one('bakery.txt', BAKERY);
    const tail = other.find((r) => r.text.startsWith('ありがとうございました') && r.speaker?.startsWith('高橋'))!;
    expect(tail.text).toBe('ありがとうございました。');
    expect(other.find((r) => r.text.includes('価格は取材時点'))!.speaker).toBeNull();
    expect(other.some((r) => r.text.includes('駅前の再開発') && r.speaker)).toBe(false);
  });

  it('family-name labels are the full names the header sets apart: a reading in brackets, a spaced byline', () => {
    const qa = recordsOf(c3, 'binance-japan-interview-2024').filter((r) => r.type === 'qa');
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['佐藤健一']));
    expect(new Set(qa.map((r) => r.asker))).toEqual(new Set(['中村 彩']));
    const other = one('bakery.txt', BAKERY).filter((r) => r.type === 'qa');
    expect(new Set(other.map((r) => r.speaker))).toEqual(new Set(['高橋直樹']));
    expect(new Set(other.map((r) => r.asker))).toEqual(new Set(['森 真理子']));
  });
});

const speakerOf = (recs: { type: string; text: string; speaker: string | null }[], words: string) => recs.find((r) => r.text.includes(words))?.speaker;

/** Malay news about a port, in other words. */
const PORT = [
  'Pelabuhan tambah kapasiti kontena tahun depan',
  '',
  'Oleh Ahmad Zaki',
  '',
  'KLANG: Lembaga pelabuhan akan menambah kapasiti kontena tahun depan.',
  '',
  'Ketua Pegawai Operasi Pelabuhan Barat, Datuk Rosli Kamaruddin, berkata kerja pembesaran bermula bulan Mac.',
  '',
  '"Kami jangka dapat mengendalikan dua juta kontena lagi setiap tahun selepas ini," katanya dalam satu kenyataan.',
  '',
  'Menurut beliau, kos projek itu ditanggung sepenuhnya oleh syarikat.',
  '',
  '"Tiada peruntukan kerajaan digunakan untuk projek pembesaran ini," kata beliau.',
  '',
  'Seorang pemandu lori dari Klang, Ravi Subramaniam, 45, berkata kesesakan di pintu masuk masih teruk.',
  '',
  '"Kadang-kadang saya menunggu tiga jam di pintu masuk pelabuhan," katanya.',
  '',
].join('\n');

describe('Malay attributions (probe17 c3 findings 15, 16)', () => {
  it('"katanya" and "kata beliau" are the person named between commas before "berkata", not the role or place before', () => {
    const recs = recordsOf(c3, 'binance-sc-malaysia-bh');
    expect(speakerOf(recs, 'lebih 300 aduan')).toBe('Datuk Azlan Hashim');
    expect(speakerOf(recs, 'Kami tidak menghalang')).toBe('Datuk Azlan Hashim');
    expect(speakerOf(recs, 'Pada mulanya saya rasa susah')).toBe('Mohd Faizal Ismail');
    expect(speakerOf(recs, 'platform yang besar')).toBe('Siti Hajar Abdullah');
    expect(speakerOf(recs, '20 peratus sebulan')).toBe('Siti Hajar Abdullah');
    const other = one('port.txt', PORT);
    expect(speakerOf(other, 'dua juta kontena')).toBe('Datuk Rosli Kamaruddin');
    expect(speakerOf(other, 'Tiada peruntukan')).toBe('Datuk Rosli Kamaruddin');
    expect(speakerOf(other, 'tiga jam')).toBe('Ravi Subramaniam');
  });
});

/** Norwegian news about ferry prices, in other words. */
const FERRY = [
  'Pendlere rømmer ferja etter prishopp',
  '',
  'Da billettprisen steg med 30 prosent, begynte Ingrid Dahl (41) å kjøre rundt fjorden i stedet.',
  '',
  '– Det tar lengre tid, men det koster meg mindre hver måned, sier hun til Fjordavisa.',
  '',
  '«Vi forstår at folk reagerer, men kostnadene har økt kraftig i år», sa driftssjef Tor Eide i Fjordferjene til avisen mandag.',
  '',
  '– Vi har ikke bestemt noe ennå. Det kommer i løpet av våren, sa han.',
  '',
  'Forsker Siri Holm ved Vestlandsforskning mener prisene kan bli et problem.',
  '',
  '– Ferja er livsnerven for øyene. Uten den flytter folk, sier Holm.',
  '',
  'Hun peker på at fylket har penger til det, ifølge budsjettet.',
  '',
  '– Mange har ikke noe annet valg enn å ta ferja hver dag, sier hun.',
  '',
  'Ifølge Holm bør fylket ta en større del av regningen.',
  '',
  '«Det er et politisk valg hvor mye reisende skal betale selv. Fylket har råd til mer», sier Holm.',
  '',
].join('\n');

describe('Norwegian attributions (probe17 c3 findings 11, 12)', () => {
  it('"sa" (said) with a title and a name, "sa han", "sier hun" after a reported "Hun peker på at", and no "Ifølge Lunde" person', () => {
    const recs = recordsOf(c3, 'binance-nordmenn-e24');
    const plattform = recs.find((r) => r.text.includes('Når en plattform'))!;
    expect([plattform.type, plattform.speaker]).toEqual(['quote', 'Henrik Aas']);
    const mange = recs.find((r) => r.text.includes('Men vi vet at det er mange'))!;
    expect([mange.type, mange.speaker]).toEqual(['quote', 'Henrik Aas']);
    expect(speakerOf(recs, 'Forliket er stort')).toBe('Kari Lunde');
    expect(speakerOf(recs, 'mer usikkert')).toBe('Kari Lunde');
    expect(speakerOf(recs, 'holder orden på kundene')).toBe('Kari Lunde');
    const other = one('ferry.txt', FERRY);
    expect(speakerOf(other, 'koster meg mindre')).toBe('Ingrid Dahl');
    expect(speakerOf(other, 'kostnadene har økt')).toBe('Tor Eide');
    expect(speakerOf(other, 'bestemt noe ennå')).toBe('Tor Eide');
    expect(speakerOf(other, 'livsnerven')).toBe('Siri Holm');
    expect(speakerOf(other, 'annet valg')).toBe('Siri Holm');
    expect(speakerOf(other, 'politisk valg')).toBe('Siri Holm');
  });

  it('in English too, "She points out that …" carries the person just quoted to the "she said" after it', () => {
    const text = [
      'Harbour tolls',
      '',
      'Harbour master Agnes Moyo at the port authority thinks the tolls are too low.',
      '',
      '"The quays are older than the ships that use them, and repairs cost money," said Moyo.',
      '',
      'She points out that the authority has no other income, according to its accounts.',
      '',
      '"Every ship that docks here should pay for the stone it ties up to," she said.',
      '',
    ].join('\n');
    expect(speakerOf(one('tolls.txt', text), 'pay for the stone')).toBe('Agnes Moyo');
  });
});

describe('a Russian outlet named between the verb and the speaker (probe17 c3 finding 7)', () => {
  it('«…», — сказал «Outlet» Name: the name after the outlet speaks', () => {
    expect(speakerOf(recordsOf(c3, 'binance-ru-novosti-2024'), 'символическое событие')).toBe('Артём Ковалёв');
    const text = [
      'Порт Мурманска расширят',
      '',
      '«Мы рассчитываем закончить первую очередь уже к осени следующего года», — заявил «Северным вестям» Олег Смирнов, директор порта.',
      '',
    ].join('\n');
    expect(speakerOf(one('port.txt', text), 'первую очередь')).toBe('Олег Смирнов');
  });
});

/** Amharic wire copy about a harvest, in other words. */
const HARVEST = [
  'የዘንድሮው ምርት ጨምሯል',
  '',
  'የግብርና ሚኒስቴር የእርሻ ዘርፍ ኃላፊ ወ/ሮ አልማዝ ገብሬ ለጋዜጠኞች እንደገለጹት፣ የዘንድሮው ምርት ከባለፈው ዓመት ጨምሯል።',
  '',
  '«አርሶ አደሮች ከባለፈው ዓመት የተሻለ ምርት አግኝተዋል። ዝናቡም በጊዜ መጥቷል» ብለዋል።',
  '',
  'በአዳማ የሚኖረው የ40 ዓመቱ አርሶ አደር ከበደ ሞላ ማዳበሪያ ዘግይቶ እንደደረሰ ገልጿል።',
  '',
  '«ማዳበሪያው በጊዜ ቢደርስ ኖሮ ምርቱ የበለጠ ይሆን ነበር» ሲል ተናግሯል።',
  '',
].join('\n');

describe('Amharic quotations, the verb of saying after them (probe17 c3 finding 19)', () => {
  it('«…» ብለዋል። / ስትል ተናግራለች። are the person the text named before, by title or by age', () => {
    const recs = recordsOf(c3, 'binance-ena-amharic');
    const quotes = recs.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [12, 'ተስፋዬ በቀለ'],
      [16, 'ተስፋዬ በቀለ'],
      [24, 'ሐና ታደሰ'],
      [28, 'ሐና ታደሰ'],
      [32, 'መሰረት ኃይሉ'],
      [36, 'መሰረት ኃይሉ'],
    ]);
    const other = one('harvest.txt', HARVEST).filter((r) => r.type === 'quote');
    expect(other.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'አልማዝ ገብሬ'],
      [9, 'ከበደ ሞላ'],
    ]);
  });
});

/** A Russian story about a theatre closing with a dash interview, in other words. */
const THEATRE = [
  'Городской театр закрывается на ремонт',
  '',
  'Автор: Павел Орлов',
  '',
  'Городской театр в Самаре закроется на ремонт в январе.',
  '',
  '«Мы ждали этого решения десять лет», — сказал директор театра Сергей Лебедев.',
  '',
  'Здание театра построено в 1888 году и последний раз ремонтировалось в 1970-х.',
  '',
  'Ремонт обойдётся областному бюджету примерно в два миллиарда рублей.',
  '',
  'Подрядчика выбрали на конкурсе в ноябре, работы начнутся сразу после новогодних праздников.',
  '',
  'Билеты на декабрьские спектакли уже распроданы.',
  '',
  'Интервью',
  '',
  'Мы попросили Сергея Лебедева рассказать о планах.',
  '',
  '— Сколько продлится ремонт?',
  '',
  '— По плану два года. Но я думаю, что мы откроемся раньше.',
  '',
  '— Где будет играть труппа всё это время?',
  '',
  '— На малой сцене Дома культуры. Мы уже договорились.',
  '',
  '— Спасибо.',
  '',
  '— Спасибо вам.',
  '',
].join('\n');

describe('an interview in dialogue dashes closing a news story (probe17 c3 findings 5, 6, 10)', () => {
  it('the dash turns pair as questions and answers: the guest the story quoted, the asker the byline\'s author', () => {
    const recs = recordsOf(c3, 'binance-ru-novosti-2024');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.endLine])).toEqual([[32, 34], [36, 38], [40, 42], [44, 46]]);
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Артём Ковалёв']));
    expect(new Set(qa.map((r) => r.asker))).toEqual(new Set(['Ирина Полякова']));
    const other = one('theatre.txt', THEATRE);
    const pairs = other.filter((r) => r.type === 'qa');
    expect(pairs.map((r) => [r.line, r.endLine, r.speaker, r.asker])).toEqual([
      [21, 23, 'Сергей Лебедев', 'Павел Орлов'],
      [25, 27, 'Сергей Лебедев', 'Павел Орлов'],
    ]);
    expect(other.find((r) => r.line === 31)!.speaker).toBe('Сергей Лебедев');
  });

  it('"— Спасибо." under an answer is the interviewer\'s turn, no signature naming the answer\'s speaker', () => {
    const recs = recordsOf(c3, 'binance-ru-novosti-2024');
    expect(recs.some((r) => r.speaker === 'Спасибо.')).toBe(false);
    expect(recs.find((r) => r.line === 48)!.text).toBe('Спасибо.');
    const other = one('theatre.txt', THEATRE);
    expect(other.find((r) => r.line === 29)!.speaker).toBe('Павел Орлов');
  });
});

describe('bylines in Russian and Malay (probe17 c3 finding 10)', () => {
  it('"Автор: NAME" and "Oleh NAME" name the author, whom the narration is by', () => {
    expect(recordsOf(c3, 'binance-ru-novosti-2024').find((r) => r.line === 8)!.speaker).toBe('Ирина Полякова');
    expect(recordsOf(c3, 'binance-sc-malaysia-bh').find((r) => r.line === 8)!.speaker).toBe('Nurul Aina Ramli');
    expect(one('port.txt', PORT).find((r) => r.line === 5)!.speaker).toBe('Ahmad Zaki');
    expect(one('theatre.txt', THEATRE).find((r) => r.line === 5)!.speaker).toBe('Павел Орлов');
  });
});

const docOf = (files: Record<string, string>, id: string) => loadCorpus(tempCorpus(files)).documents.find((d) => d.id === id)!;

describe('page furniture above the headline, and dates in Malay and in the Ethiopian calendar (probe17 c3 findings 10, 17, 20)', () => {
  it('a breadcrumb ("A > B > C"), a "skip to main content" link and a masthead bar over a breadcrumb give way to the headline', () => {
    const titles = Object.fromEntries(c3.documents.map((d) => [d.id, d.meta.title]));
    expect(titles['binance-nordmenn-e24']).toBe('Nordmenn flytter kryptopenger etter Binance-bot: – Folk ble redde');
    expect(titles['binance-ru-novosti-2024']).toBe('Бывший глава Binance Чанпэн Чжао вышел на свободу. Что это значит для российских пользователей');
    expect(titles['binance-sc-malaysia-bh']).toBe('SC ingatkan pelabur elak platform aset digital tidak berdaftar');
    expect(titles['binance-ena-amharic']).toBe('ብሔራዊ ባንክ ዜጎች ፈቃድ በሌላቸው የክሪፕቶ መገበያያዎች እንዳይጠቀሙ አሳሰበ');
    const story = (top: string[]) => [...top, '', 'Harbour council approves the new ferry timetable', '', 'The council voted on Tuesday to run the ferry every hour through the winter months.', ''].join('\n');
    expect(docOf({ 'a.txt': story(['Skip to main content', 'Local | Transport']) }, 'a').meta.title).toBe('Harbour council approves the new ferry timetable');
    expect(docOf({ 'b.txt': story(['Coast Gazette > News > Transport']) }, 'b').meta.title).toBe('Harbour council approves the new ferry timetable');
    expect(docOf({ 'c.txt': story(['Coast Gazette | The harbour paper', 'Home > Transport']) }, 'c').meta.title).toBe('Harbour council approves the new ferry timetable');
  });

  it('a Malay date, month first or day first ("Mei 8, 2024", "12 Ogos 2023"), dates the story', () => {
    expect(c3.documents.find((d) => d.id === 'binance-sc-malaysia-bh')!.meta.date).toBe('2024-05-08');
    const text = ['Jambatan baharu dibuka', '', 'Oleh Ahmad Zaki', 'Ogos 12, 2023 @ 9:05am', '', 'Jambatan baharu itu dibuka kepada orang ramai pagi ini selepas tiga tahun pembinaan.', ''].join('\n');
    expect(docOf({ 'j.txt': text }, 'j').meta.date).toBe('2023-08-12');
  });

  it('an Ethiopian-calendar dateline is converted to its Gregorian day, and its year is never read as a Gregorian one', () => {
    expect(c3.documents.find((d) => d.id === 'binance-ena-amharic')!.meta.date).toBe('2024-05-03');
    expect(recordsOf(c3, 'binance-ena-amharic').some((r) => r.years.includes(2016) || r.years.includes(2014))).toBe(false);
    // Meskerem 1, 2017 E.C. is 11 September 2024; Tir 10, 2015 is 18 January 2023.
    const text = (when: string) => ['የዘንድሮው ምርት ጨምሯል', '', `አዳማ፣ ${when} (ኢዜአ)`, '', 'የግብርና ሚኒስቴር የዘንድሮው ምርት ከባለፈው ዓመት መጨመሩን ገለጸ።', ''].join('\n');
    expect(docOf({ 'm.txt': text('መስከረም 1/2017') }, 'm').meta.date).toBe('2024-09-11');
    expect(docOf({ 't.txt': text('ጥር 10/2015') }, 't').meta.date).toBe('2023-01-18');
    expect(recordsOf(loadCorpus(tempCorpus({ 't.txt': text('ጥር 10/2015') })), 't').some((r) => r.years.includes(2015))).toBe(false);
  });
});

/** A Japanese interview whose answers report others' words, in other words. */
const WORKSHOP = [
  '家具職人に聞く「木は急がせない」',
  '2022年6月1日',
  '取材・文：小林 恵',
  '',
  '【プロフィール】山田太郎（やまだ・たろう） 1970年長野県生まれ。',
  '',
  '小林：師匠の田中氏からは何を学びましたか。',
  '',
  '山田：一番は待つことです。彼は「木が乾くまで触るな」とよく言っていました。',
  '',
  '小林：奥様の役割は。',
  '',
  '山田：妻の花子さんは経理を見ています。彼女が言った「急ぐ注文は断りなさい」という言葉を今も守っています。',
  '',
].join('\n');

describe('words reported inside a Japanese answer (probe17 c3 finding 3)', () => {
  it('「…」と言っていました and 彼女が言った「…」 are quotes of the person the question or the answer names', () => {
    const quotes = recordsOf(c3, 'binance-japan-interview-2024').filter((r) => r.type === 'quote' && r.line >= 25 && r.line <= 43);
    expect(quotes.map((r) => [r.speaker, r.text])).toEqual([
      ['CZ', '日本は急がなくていい。時間をかけて正しくやってくれ'],
      ['何一', 'ユーザーは数字ではなく、一人ひとりの人間だ'],
    ]);
    const other = one('workshop.txt', WORKSHOP).filter((r) => r.type === 'quote');
    expect(other.map((r) => [r.speaker, r.text])).toEqual([
      ['田中', '木が乾くまで触るな'],
      ['花子', '急ぐ注文は断りなさい'],
    ]);
  });
});

describe('reported speech without quote marks in Norwegian, Russian and Malay (probe17 c3 findings 9, 13, 18)', () => {
  it('"X la til at", "Hun peker på at", "Ifølge X", "Зайцева напомнила, что", "По его словам", "X berkata", "Menurut beliau", "Katanya," credit the person', () => {
    const claim = (doc: string, line: number) => recordsOf(c3, doc).find((r) => r.line === line && r.type === 'claim')!.speaker;
    expect([30, 40, 44].map((l) => claim('binance-nordmenn-e24', l))).toEqual(['Henrik Aas', 'Kari Lunde', 'Kari Lunde']);
    expect([16, 24].map((l) => claim('binance-ru-novosti-2024', l))).toEqual(['Артём Ковалёв', 'Марина Зайцева']);
    expect([10, 14, 20, 24, 28, 32].map((l) => claim('binance-sc-malaysia-bh', l))).toEqual([
      'Datuk Azlan Hashim', 'Datuk Azlan Hashim', 'Datuk Azlan Hashim', 'Mohd Faizal Ismail', 'Siti Hajar Abdullah', 'Siti Hajar Abdullah',
    ]);
    const ferry = one('ferry.txt', FERRY);
    expect(ferry.find((r) => r.text.startsWith('Hun peker på at'))!.speaker).toBe('Siri Holm');
    expect(ferry.find((r) => r.text.startsWith('Ifølge Holm'))!.speaker).toBe('Siri Holm');
    const port = one('port.txt', PORT);
    expect(port.find((r) => r.text.startsWith('Ketua Pegawai Operasi'))!.speaker).toBe('Datuk Rosli Kamaruddin');
    expect(port.find((r) => r.text.startsWith('Menurut beliau'))!.speaker).toBe('Datuk Rosli Kamaruddin');
    const russian = ['Порт расширят', '', 'Автор: Павел Орлов', '', '«Мы рассчитываем закончить первую очередь к осени», — заявил директор порта Олег Смирнов.', '', 'По его словам, на стройке работают двести человек.', '', 'Смирнов добавил, что новые краны приедут весной.', ''].join('\n');
    const ru = one('ru.txt', russian);
    expect(ru.find((r) => r.text.startsWith('По его словам'))!.speaker).toBe('Олег Смирнов');
    expect(ru.find((r) => r.text.startsWith('Смирнов добавил'))!.speaker).toBe('Олег Смирнов');
  });
});

describe('a share bar with its label and a "published" line are page furniture (probe17 c3 findings 14, 21, 22)', () => {
  it('"Del artikkelen: Facebook · X · E-post", "ያጋሩ፡ Facebook | Telegram | X", "Publisert 24.11.2023 kl. 07.12" make no records', () => {
    const all = ['binance-nordmenn-e24', 'binance-ena-amharic', 'binance-sc-malaysia-bh'].flatMap((d) => recordsOf(c3, d));
    expect(all.some((r) => /Del artikkelen|ያጋሩ|Kongsi artikel|^Publisert /.test(r.text))).toBe(false);
    const text = ['Bridge opens to traffic', '', 'The new bridge opened to traffic this morning after three years of work.', '', 'Published 12.08.2023 at 09.05', 'Share this story: Facebook | WhatsApp | Email', ''].join('\n');
    const recs = one('bridge.txt', text.replace('Published', 'Publisert'));
    expect(recs.map((r) => r.text)).toEqual(['The new bridge opened to traffic this morning after three years of work.']);
  });
});
