/**
 * Languages not yet seen and saved web pages (test/fixtures/probe16/c3, c4): each layout is also
 * tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c3 = loadCorpus(join(FIXTURES, 'probe16', 'c3'));
const c4 = loadCorpus(join(FIXTURES, 'probe16', 'c4'));

/** A Q&A site's page: a sort control ("Recommended") right under the question, then the answers. */
const ANSWERS_PAGE = [
  'AskAround',
  'Home  Following  Answer  Spaces',
  '',
  'Is it worth learning to sail after forty?',
  'All related (5)',
  'Sort',
  'Recommended',
  '',
  'Profile photo for Marta Olsen',
  'Marta Olsen',
  'Sailing instructor · Author has 80 answers · 3y',
  '',
  'I started at forty-four and now teach beginners on the lake every summer.',
  '',
  'The first season is hard. You will be cold and you will get the knots wrong, but by the autumn the boat feels like home.',
  '',
  '2.1K views · View upvotes',
  '',
].join('\n');

describe('a page whose teaser marker stands above its text (probe16 finding 44)', () => {
  it('a sort control reading "Recommended" under the question does not hide the answers below it', () => {
    const recs = recordsOf(c4, 'quora-what-is-cz-like');
    expect(recs.some((r) => r.text.includes('mostly on the mobile app'))).toBe(true);
    expect(recs.some((r) => r.text.includes("we'll fix it tomorrow"))).toBe(true);
    expect(recs.some((r) => r.text.includes('he never answers the question you asked'))).toBe(true);
    const other = recordsOf(loadCorpus(tempCorpus({ 'answers.txt': ANSWERS_PAGE })), 'answers');
    expect(other.some((r) => r.text.includes('teach beginners on the lake'))).toBe(true);
    expect(other.some((r) => r.text.includes('the boat feels like home'))).toBe(true);
    expect(other.some((r) => r.text === 'Recommended')).toBe(false);
  });

  it('a "Read more" at the foot of an article still hides the other articles listed under it', () => {
    const page = [
      'Harbour council weighs new ferry schedule',
      '',
      'The council met on Tuesday to weigh a new ferry schedule for the winter months. Residents spoke for two hours.',
      '',
      'Read more',
      '',
      'Bridge repairs to close the east road until March',
      'Library extends its opening hours over the holidays',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'page.txt': page })), 'page');
    expect(recs.some((r) => r.text.includes('ferry schedule for the winter'))).toBe(true);
    expect(recs.some((r) => /Bridge repairs|Library extends/.test(r.text))).toBe(false);
  });

  it('check counts the sentences a teaser marker swallowed when they outweigh the text kept above it', () => {
    const page = [
      'Harbour council weighs new ferry schedule',
      '',
      'The council met on Tuesday to weigh a new ferry schedule for the winter months and heard from residents.',
      '',
      'Read more',
      '',
      'Residents of the outer islands said the early crossing is the only way to reach the mainland clinics in time.',
      '',
      'The operator said that moving the first sailing would cost two crews and that fares would have to rise next year.',
      '',
      'A decision is expected before the end of the month, after a second public hearing in the town hall.',
      '',
    ].join('\n');
    const doc = loadCorpus(tempCorpus({ 'page.txt': page })).documents[0]!;
    expect(doc.sentences.missed.map((m) => m.line)).toEqual([7, 9, 11]);
    // A foot's teasers under a page of text are still no sentences of the page.
    const foot = [
      'Harbour council weighs new ferry schedule',
      '',
      'The council met on Tuesday to weigh a new ferry schedule for the winter months and heard from residents.',
      '',
      'The operator said that moving the first sailing would cost two crews and that fares would have to rise next year.',
      '',
      'Read more',
      '',
      'Bridge repairs will close the east road until March, the highways office said on Monday.',
      '',
    ].join('\n');
    const kept = loadCorpus(tempCorpus({ 'foot.txt': foot })).documents[0]!;
    expect(kept.sentences.missed).toEqual([]);
  });
});

/** A Hindi interview: the paper's name asks, the guest answers, each label in Devanagari with its vowel signs. */
const HINDI_INTERVIEW = [
  'दैनिक समाचार',
  '',
  'भुगतान कंपनी की संस्थापक सुनीता वर्मा से बातचीत',
  '',
  'दैनिक समाचार: आप इंदौर में नया दफ़्तर क्यों खोल रही हैं?',
  '',
  'सुनीता वर्मा: छोटे शहरों में प्रतिभा बहुत है। हम वहीं जाना चाहते हैं जहाँ लोग हैं।',
  '',
  'दैनिक समाचार: क्या नियम आपके लिए मुश्किल हैं?',
  '',
  'सुनीता वर्मा: नियम ज़रूरी हैं। हम रिज़र्व बैंक के साथ मिलकर काम करते हैं।',
  '',
].join('\n');

describe('labels in scripts whose letters take vowel signs (probe16 finding 32)', () => {
  it('a Bengali interview\'s "NAME: words" turns are a transcript of qas', () => {
    const recs = recordsOf(c3, 'bn-prothomalo-interview-he-yi');
    const qas = recs.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(5);
    expect(qas.every((r) => r.asker === 'প্রথম আলো' && r.speaker === 'He Yi')).toBe(true);
    expect(qas[0]!.question).toMatch(/^বাংলাদেশে ক্রিপ্টো/);
    expect(c3.documents.find((d) => d.id === 'bn-prothomalo-interview-he-yi')!.sentences.missed).toEqual([]);
  });

  it('a Devanagari interview with names nobody registered, in other words', () => {
    const corpus = loadCorpus(tempCorpus({ 'hindi.txt': HINDI_INTERVIEW }));
    const qas = recordsOf(corpus, 'hindi').filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.asker, r.speaker])).toEqual([
      ['दैनिक समाचार', 'सुनीता वर्मा'],
      ['दैनिक समाचार', 'सुनीता वर्मा'],
    ]);
    expect(corpus.documents[0]!.sentences.missed).toEqual([]);
  });

});

describe('verbs of saying in Serbian and Tagalog (probe16 findings 37, 39)', () => {
  it('„…”, рекао је NAME / – … – рекао је NAME / „…”, поручила је она: the fixture\'s quotes are attributed', () => {
    const quotes = recordsOf(c3, 'sr-politika-kripto-berza').filter((r) => r.type === 'quote');
    expect(quotes.find((r) => r.line === 9)?.speaker).toBe('CZ');
    expect(quotes.find((r) => r.line === 17)?.speaker).toBe('Ненад Ђорђевић');
    expect(quotes.find((r) => r.line === 21)?.speaker).toBe('He Yi');
  });

  it('the same in Latin script, in other words', () => {
    const text = [
      'Ana Kovač, direktorka fonda, obratila se publici u Novom Sadu.',
      '',
      '„Verujemo u region. Ovo je tek početak”, poručila je ona.',
      '',
      '„Tržište je još malo, ali raste brzo”, rekao je Marko Petrović za dnevni list.',
      '',
    ].join('\n');
    const quotes = recordsOf(loadCorpus(tempCorpus({ 'vest.txt': text })), 'vest').filter((r) => r.type === 'quote');
    expect(quotes.map((r) => r.speaker)).toEqual(['Ana Kovač', 'Marko Petrović']);
  });

  it('"…," dagdag pa niya / "…," wika ni NAME: the fixture\'s quotes and a text in other words', () => {
    const recs = recordsOf(c3, 'tl-abante-cz-manila');
    expect(recs.find((r) => r.type === 'quote' && r.line === 15)?.speaker).toBe('CZ');
    expect(recs.find((r) => r.type === 'quote' && r.line === 19)?.speaker).toBe('Ramon Villareal');
    const text = [
      'Nagsalita si Maria Santos, pangulo ng kooperatiba, sa pulong ng mga magsasaka.',
      '',
      '"Kailangan natin ng malinaw na patakaran," dagdag pa niya.',
      '',
      '"Walang makakalusot sa batas," wika ni Jose Reyes ng munisipyo.',
      '',
    ].join('\n');
    const quotes = recordsOf(loadCorpus(tempCorpus({ 'balita.txt': text })), 'balita').filter((r) => r.type === 'quote');
    expect(quotes.map((r) => r.speaker)).toEqual(['Maria Santos', 'Jose Reyes']);
  });
});

describe('Hebrew quotation (probe16 findings 41, 42)', () => {
  it('a `"` between two Hebrew letters is gershayim, no quotation mark: the quotation after it is found', () => {
    const recs = recordsOf(c3, 'he-calcalist-binance-israel');
    expect(recs.find((r) => r.line === 14)?.type).toBe('quote');
    expect(recs.find((r) => r.line === 14)?.text).toMatch(/^הדברים של ז'או/);
    const text = ['לדברי מנכ"ל החברה, "השוק משתנה מהר מאוד".', ''].join('\n');
    const other = recordsOf(loadCorpus(tempCorpus({ 'news.txt': text })), 'news');
    expect(other.find((r) => r.type === 'quote')?.text).toBe('השוק משתנה מהר מאוד');
  });

  it('a registered alias\'s surname alone after a verb of saying names its speaker', () => {
    expect(recordsOf(c3, 'he-calcalist-binance-israel').find((r) => r.type === 'quote' && r.line === 20)?.speaker).toBe('CZ');
    const dir = tempCorpus({
      'speakers.yml': 'Dana Levi:\n  aliases: [דנה לוי]\n',
      'news.txt': ['דנה לוי דיברה בכנס הפינטק בחיפה.', '', '"אנחנו גדלים מהר", אמרה לוי בסוף דבריה.', ''].join('\n'),
    });
    expect(recordsOf(loadCorpus(dir), 'news').find((r) => r.type === 'quote')?.speaker).toBe('Dana Levi');
  });
});

/** A Q&A site's page in other words: cards "asked DATE" / name / reputation and badges set apart by spaces. */
const QA_SITE_PAGE = [
  'Cooking Stack Exchange',
  '',
  'Why does my sourdough starter smell of nail varnish?',
  '',
  '7',
  '',
  'My starter is two weeks old and smells sharp, like acetone. Is it ruined or just hungry?',
  '',
  'Share  Improve this question  Follow',
  'edited Mar 3, 2021 at 10:15',
  'Moderator♦',
  'asked Mar 2, 2021 at 18:40',
  'Hana Kimura',
  '412  1  4  9',
  '',
  '    Mine did that too. – Oskar Lind Mar 2, 2021 at 19:05',
  '',
  '1 Answer',
  'Sorted by: Highest score (default)',
  '',
  '12',
  '',
  'It is hungry. The smell is the yeast running out of food, so feed it twice a day for a week.',
  '',
  'Share  Improve this answer  Follow',
  'answered Mar 2, 2021 at 21:02',
  'Bea Marsh',
  '3,050  3  20  41',
  '',
].join('\n');

describe('a Stack Exchange page (probe16 findings 49, 50)', () => {
  it('each post is its card\'s user\'s, each comment its signer\'s; "asked"/"answered" are no speakers', () => {
    const recs = recordsOf(c4, 'stackexchange-proof-of-reserves');
    expect(recs.some((r) => r.speaker === 'asked' || r.speaker === 'answered')).toBe(false);
    const by = (line: number) => recs.find((r) => r.line === line)?.speaker;
    expect(by(9)).toBe('Priyanka Sen');
    expect(by(20)).toBe('Priyanka Sen');
    expect(by(21)).toBe('Pieter W.');
    expect(by(28)).toBe('Jonas Ekdahl');
    expect(by(41)).toBe('Tariq M.');
    expect(recs.some((r) => r.text.includes('verify my leaf'))).toBe(true);
    const other = recordsOf(loadCorpus(tempCorpus({ 'page.txt': QA_SITE_PAGE })), 'page');
    const who = (words: string) => other.find((r) => r.text.includes(words))?.speaker;
    // The question is asked by its card's user, whichever record holds it.
    expect(other.some((r) => (r.question ?? r.text).includes('smells sharp, like acetone') && (r.asker ?? r.speaker) === 'Hana Kimura')).toBe(true);
    expect(who('Mine did that too')).toBe('Oskar Lind');
    expect(who('feed it twice a day')).toBe('Bea Marsh');
    expect(other.some((r) => /Improve this|Sorted by|Moderator/.test(r.text))).toBe(false);
  });
});
