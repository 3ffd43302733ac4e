/**
 * Misreads reviewer probe11 found in its notes-app folder (c2) and its other-language interviews
 * (c3), copied into test/fixtures/probe11/c2 and c3, and beside each a small text of our own in
 * other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe11', 'c2');
const C3 = join(FIXTURES, 'probe11', 'c3');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('notes-app outlines (probe11 findings 8, 9, 10)', () => {
  it('reads a Roam page: no "Quotes" speaker, quotes under it the page subject\'s, a wikilinked name speaks', () => {
    const c = fixtureCorpus(C2);
    const doc = 'CZ - Changpeng Zhao'; // Roam-Export/ in the reviewer's folder
    expect(recs(c, doc).some((r) => r.speaker === 'Quotes')).toBe(false);
    expect(find(c, doc, 'Joined Blockchain.info 2013')).toMatchObject({ type: 'claim', speaker: null });
    expect(find(c, doc, 'I sold my apartment in Shanghai')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'There was a disagreement with Star')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'CZ is a very simple person')).toMatchObject({ type: 'quote', speaker: 'Yi He' });
  });

  it('reads a Logseq journal: a quotation bullet is the words of the person its parent bullet names', () => {
    const c = fixtureCorpus(C2);
    expect(find(c, '2023-11-21', 'Today, I stepped down as CEO')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, '2023-11-21', 'I made mistakes')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, '2023-11-21', 'Binance is in a strong position')).toMatchObject({ type: 'quote', speaker: 'Richard Teng' });
    // The wikilink's brackets are gone from the words; the page it links to stays findable.
    expect(find(c, 'He Yi - Binance co-founder', 'partner with')?.text).toContain('partner with CZ (Changpeng Zhao)');
  });

  it('reads the same outline shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'Mara Quist - ceramicist.md': [
          '- Tags:: #person #potter',
          '- Born:: 1961, Leith; trained in Stoke from 1979',
          '- Early years',
          '    - Threw pots for a tableware factory in Stoke, then taught evening classes (1983–1990)',
          '    - Leith Pottery 2004',
          '    - Opened the kiln shed in 2011, then a shop in 2012',
          '- Quotations',
          '    - "Clay remembers every mistake you make."',
          '- Words from [[Tomas Vik|Tomas]] at the opening',
          '    - "She fires hotter than anyone in the county."',
          '- [[Ilse Brandt]] said after the show: "Nobody glazes like her."',
          '',
        ].join('\n'),
      }),
    );
    const doc = 'Mara Quist - ceramicist';
    expect(recs(c, doc).some((r) => r.speaker === 'Quotations' || r.speaker === 'Leith Pottery')).toBe(false);
    expect(find(c, doc, 'Opened the kiln shed')).toMatchObject({ type: 'claim', speaker: null });
    expect(find(c, doc, 'Clay remembers every mistake')).toMatchObject({ type: 'quote', speaker: 'Mara Quist' });
    expect(find(c, doc, 'She fires hotter')).toMatchObject({ type: 'quote', speaker: 'Tomas Vik' });
    expect(find(c, doc, 'Nobody glazes like her')).toMatchObject({ type: 'quote', speaker: 'Ilse Brandt' });
  });
});

describe('a sentence adverb before a name (probe11 finding 12)', () => {
  it('reads "Afterwards Yi told me … she said" as He Yi', () => {
    const c = fixtureCorpus(C2);
    expect(find(c, 'Notes - CZ book launch', 'He wrote most of it in longhand')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    const other = loadCorpus(
      tempCorpus({
        'n.txt': ['Notes, 2 May 2024', '', 'Dana Vole opened the kiln at noon.', '', 'Later Dana told us the glaze had failed. "We start again on Monday," she said.', ''].join('\n'),
      }),
    );
    expect(find(other, 'n', 'We start again on Monday')).toMatchObject({ type: 'quote', speaker: 'Dana Vole' });
  });
});

describe('a note\'s one exchange and a said-list (probe11 findings 11, 13)', () => {
  it('pairs "Q from audience (student): …?" with the "CZ: …" line under it', () => {
    const c = fixtureCorpus(C2);
    expect(find(c, 'Notes - CZ book launch', 'I would have invested in compliance')).toMatchObject({
      type: 'qa',
      speaker: 'CZ',
      asker: 'audience (student)',
      question: 'would you do anything differently?',
    });
  });

  it('reads the same in other words, and a list under "Things NAME said:" as that person\'s', () => {
    const c = loadCorpus(
      tempCorpus({
        'n.txt': [
          'Pottery fair notes',
          '12 June 2024',
          '',
          'I met Dana Vole at the fair. Her husband Tomas ran the till.',
          '',
          'Things Dana said:',
          '- "Every kiln has a mood."',
          '- on prices: "I charge what the clay cost me, twice."',
          '',
          'Q from visitor (teacher): do you take apprentices?',
          'Dana Vole: Two a year, from September.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'n', 'Two a year')).toMatchObject({ type: 'qa', speaker: 'Dana Vole', asker: 'visitor (teacher)', question: 'do you take apprentices?' });
    expect(find(c, 'n', 'Every kiln has a mood')).toMatchObject({ type: 'quote', speaker: 'Dana Vole' });
    expect(find(c, 'n', 'I charge what the clay cost me')).toMatchObject({ type: 'quote', speaker: 'Dana Vole' });
  });
});

describe('interviews in Russian and Korean (probe11 findings 18, 19, 20)', () => {
  it('reads Russian dash dialogue: the byline after "Беседовала" asks, the title\'s guest answers', () => {
    const c = fixtureCorpus(C3);
    const doc = 'interview-rbc-he-yi-2021';
    expect(find(c, doc, 'Россия входит в первую десятку')).toMatchObject({ type: 'qa', speaker: 'He Yi', asker: 'Анна Колесникова' });
    expect(find(c, doc, 'Это решение CZ')).toMatchObject({ type: 'qa', speaker: 'He Yi', asker: 'Анна Колесникова' });
    const last = find(c, doc, 'Около четырех тысяч');
    expect(last).toMatchObject({ type: 'qa', speaker: 'He Yi' });
    expect(last?.question).toBe('Сколько сейчас сотрудников в компании?');
  });

  it('reads Korean Q./A. and 기자:/NAME: turns, the closing narration no answer', () => {
    const c = fixtureCorpus(C3);
    const doc = '인터뷰_허이_바이낸스_2023';
    expect(find(c, doc, '물론이다')).toMatchObject({ type: 'qa', speaker: 'He Yi' });
    const third = find(c, doc, 'CZ는 기술과 전략');
    expect(third).toMatchObject({ type: 'qa', speaker: 'He Yi', question: '창펑자오(CZ) 대표와는 어떻게 역할을 나누나.' });
    expect(third?.text).not.toContain('말미에');
    expect(find(c, doc, '고팍스 인수는')).toBeUndefined();
    expect(find(c, doc, '허이는 인터뷰 말미에')?.speaker).not.toBe('He Yi');
  });

  it('keeps a Portuguese interview\'s closing paragraph out of the last answer', () => {
    const c = fixtureCorpus(C3);
    const doc = 'entrevista-he-yi-exame-2022';
    const last = find(c, doc, 'É difícil, não vou mentir');
    expect(last).toMatchObject({ type: 'qa', speaker: 'He Yi' });
    expect(last?.text).not.toContain('Sim;paul');
    expect(find(c, doc, 'A Binance comprou')?.type).toBe('claim');
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Olga Petrova:\n  aliases: [Ольга Петрова]\n',
        'ru.txt': [
          'Основатель студии Ольга Петрова о керамике и деньгах',
          '',
          'Беседовал Иван Смирнов',
          '',
          '— Когда вы открыли студию?',
          '',
          '— В 2015 году, в подвале.',
          '',
          '— Сколько у вас учеников?',
          '',
          '— Около сорока.',
          '',
          'Журналист: А планы?',
          'Ольга Петрова: Новая печь весной.',
          '',
        ].join('\n'),
        'en.txt': [
          'Ten questions for Dana Vole',
          '',
          'Q: Where did you grow up?',
          'Dana Vole: In Leith, by the docks.',
          '',
          'Q: When did you start?',
          'Dana Vole: At nineteen, in a shared studio.',
          '',
          'Q: What next?',
          'Dana Vole: A bigger kiln.',
          '',
          'The studio opens to visitors each Saturday from May.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'ru', 'В 2015 году')).toMatchObject({ type: 'qa', speaker: 'Olga Petrova', asker: 'Иван Смирнов' });
    expect(find(c, 'ru', 'Новая печь')).toMatchObject({ type: 'qa', speaker: 'Olga Petrova', question: 'А планы?' });
    expect(find(c, 'en', 'A bigger kiln')?.text).not.toContain('Saturday');
    expect(find(c, 'en', 'opens to visitors')?.speaker).not.toBe('Dana Vole');
  });
});

describe('Italian and Indonesian speech verbs (probe11 findings 21, 22)', () => {
  it('reads «…», spiega. / «…», sorride. and "…," kata NAME / "…," ujarnya', () => {
    const c = fixtureCorpus(C3);
    expect(find(c, 'intervista-corriere-zhao-2019', 'Mia madre pensava')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, 'intervista-corriere-zhao-2019', 'Abbiamo coperto tutto')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, 'berita-binance-indonesia-2024', 'Kami sangat senang')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    expect(find(c, 'berita-binance-indonesia-2024', 'Pasar sudah memperkirakan')).toMatchObject({ type: 'quote', speaker: 'Rudi Hartono' });
  });

  it('reads the same verbs in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'it.txt': ['La ceramista di Faenza', '', 'Mara Quist lavora a Faenza dal 2011. «Il forno ha un carattere», spiega.', ''].join('\n'),
        'id.txt': ['Pameran keramik', '', '"Tanah liat mengingat semua kesalahan," kata Dana Vole, pemilik studio.', ''].join('\n'),
      }),
    );
    expect(find(c, 'it', 'Il forno ha un carattere')).toMatchObject({ type: 'quote', speaker: 'Mara Quist' });
    expect(find(c, 'id', 'Tanah liat mengingat')).toMatchObject({ type: 'quote', speaker: 'Dana Vole' });
  });
});

describe('Obsidian callouts (probe11 finding 14)', () => {
  it('reads a [!quote] callout as the page subject\'s quote dated by its title, a [!note] as no quote', () => {
    const c = fixtureCorpus(C2);
    const doc = 'He Yi - Binance co-founder';
    expect(find(c, doc, 'Users are the reason Binance exists')).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2021 });
    expect(find(c, doc, 'The second quote is paraphrased')?.type).toBe('claim');
    const other = loadCorpus(
      tempCorpus({
        'Mara Quist - ceramicist.md': [
          '# Mara Quist - ceramicist',
          '',
          '## Sayings',
          '',
          '> [!cite] On glazes (Craft Weekly, 2019)',
          '> "Clay remembers every mistake you make."',
          '',
          '> [!info]',
          '> Check the recording before quoting this in print.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(other, 'Mara Quist - ceramicist', 'Clay remembers')).toMatchObject({ type: 'quote', speaker: 'Mara Quist', year: 2019 });
    expect(find(other, 'Mara Quist - ceramicist', 'Check the recording')?.type).toBe('claim');
  });
});
