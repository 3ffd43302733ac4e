/**
 * Misreads reviewer probe15 found in its news and interviews in German, Danish, Ukrainian, Urdu
 * and Finnish (c3), copied into test/fixtures/probe15/c3, and beside each a text of our own in
 * other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C3 = join(FIXTURES, 'probe15', 'c3');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('paragraph-initial dash quotations closed by ", siger NAME." / ", NAME sanoo." (probe15 finding 25)', () => {
  it('reads the Danish and Finnish fixtures: one quote per dash paragraph, its speaker named by the incise', () => {
    const c = fixtureCorpus(C3);
    const dr = 'dr-kryptosvindel-aarhus';
    const first = find(c, dr, 'Han ringede hver morgen');
    expect(first).toMatchObject({ type: 'quote', speaker: 'Mette Lund' });
    // the quote and its second sentence are one record, the incise is not the speaker's words
    expect(first!.text).toContain('Jeg følte mig så dum');
    expect(first!.text).not.toContain('siger');
    // a word in quotation marks inside the dash line does not break it
    expect(find(c, dr, 'Så vidste jeg det')).toMatchObject({ type: 'quote', speaker: 'Mette Lund' });
    expect(find(c, dr, 'Svindlerne er blevet')).toMatchObject({ type: 'quote', speaker: 'Henrik Dahl' });
    const yle = 'yle-saunayrittaja';
    expect(find(c, yle, 'Se oli virhe')).toMatchObject({ type: 'quote', speaker: 'Aino Virtanen' });
    expect(find(c, yle, 'Vastuu on minun')).toMatchObject({ type: 'quote', speaker: 'Aino Virtanen' });
    expect(find(c, yle, 'Kryptot eivät sovi')).toMatchObject({ type: 'quote', speaker: 'Petri Laakso' });
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'da.txt': [
          'Nyheder',
          '',
          'Karen Holm, 44 år og lærer fra Odense, mistede sin opsparing.',
          '',
          '- Det var en fejl. Jeg stolede på ham, fortæller hun.',
          '',
          '- Banken skulle have "stoppet" overførslen, siger advokat Niels Berg.',
          '',
        ].join('\n'),
        'fi.txt': [
          'Uutiset',
          '',
          'Turkulainen leipuri Maria Koskinen avasi kahvilan vuonna 2019.',
          '',
          '– Asiakkaita on ollut enemmän kuin odotin, Koskinen kertoo.',
          '',
          'Kahvila työllistää neljä ihmistä.',
          '',
          '– Ensi vuonna avaamme toisen, hän sanoo.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'da', 'Det var en fejl')).toMatchObject({ type: 'quote', speaker: 'Karen Holm' });
    expect(find(c, 'da', 'Banken skulle have')).toMatchObject({ type: 'quote', speaker: 'Niels Berg' });
    expect(find(c, 'fi', 'Asiakkaita on ollut')).toMatchObject({ type: 'quote', speaker: 'Maria Koskinen' });
    expect(find(c, 'fi', 'Ensi vuonna')).toMatchObject({ type: 'quote', speaker: 'Maria Koskinen' });
  });

  it('leaves a hyphen list with no speech verb closing its items alone (a bullet, no quotation)', () => {
    const c = loadCorpus(
      tempCorpus({
        'list.txt': ['Notes', '', 'What changed this year:', '', '- Sales rose in every region, helped by the new shop.', '', '- Confirmed the depot will close as part of the plan, announced 3 Mar.', ''].join('\n'),
      }),
    );
    const sales = find(c, 'list', 'Sales rose');
    expect(sales).toMatchObject({ type: 'claim', speaker: null });
    expect(sales!.text.startsWith('Sales')).toBe(true);
    // a note's verb with a date after it names no speaker: the bullet stays a claim
    expect(find(c, 'list', 'depot will close')).toMatchObject({ type: 'claim' });
  });
});

const meta = (c: Corpus, doc: string) => c.documents.find((d) => d.id === doc)!.meta;
/** Whether any record holds the words, in its text, question or section. */
const held = (c: Corpus, doc: string, words: string) => recs(c, doc).some((r) => [r.text, r.question, r.section].some((t) => t?.includes(words)));

describe('read-more blocks and page chrome in other languages (probe15 findings 23, 24, 27)', () => {
  it('ends the interview at "Mehr zum Thema": the teasers below are no part of the last answer', () => {
    const c = fixtureCorpus(C3);
    const doc = 'spiegel-weidemann-interview';
    const last = find(c, doc, 'Sofort.');
    expect(last).toMatchObject({ type: 'qa', speaker: 'Jonas Weidemann' });
    expect(last!.text).not.toContain('Mehr zum Thema');
    expect(held(c, doc, 'Niederlanden')).toBe(false);
    // the bookmark and share buttons are neither records nor sections
    for (const chrome of ['Zur Merkliste', 'X.com Facebook', 'Link kopieren']) expect(held(c, doc, chrome)).toBe(false);
  });

  it('classifies the Danish, Ukrainian, Urdu and Finnish share buttons, read-also and tag lines, and the Danish byline', () => {
    const c = fixtureCorpus(C3);
    for (const [doc, chrome] of [
      ['dr-kryptosvindel-aarhus', ['Del artiklen', 'Læs også', 'Af Rasmus Kjær']],
      ['ukr-binance-humanitarian', ['Поділитися', 'Читайте також', 'Теги']],
      ['urdu-cz-crypto-council', ['شیئر کریں']],
      ['yle-saunayrittaja', ['Jaa artikkeli', 'Avaa Yle-sovellus']],
    ] as const) {
      for (const words of chrome) expect(held(c, doc, words), `${doc}: ${words}`).toBe(false);
    }
    expect(meta(c, 'dr-kryptosvindel-aarhus').author).toBe('Rasmus Kjær');
  });

  it('does the same in other words, and keeps a sentence that only starts like a button', () => {
    const c = loadCorpus(
      tempCorpus({
        'de.txt': [
          'Politik › Verkehr',
          '',
          'Bürgermeisterin Petra Lang über die neue Straßenbahn',
          '',
          'Teilen',
          'WhatsApp Facebook E-Mail',
          '',
          'FRAGE: Frau Lang, wann fährt die erste Bahn?',
          '',
          'Lang: Im Herbst. Wir liegen im Plan.',
          '',
          'Lesen Sie auch',
          'Verkehr: Neue Radwege in der Innenstadt',
          '',
        ].join('\n'),
        'da.txt': [
          'Nyheder',
          '',
          'Af Sofie Winther',
          '',
          'Kommunen bygger en ny skole i Vejle til 400 elever.',
          '',
          'Læs mere: Skolen åbner i 2027',
          '',
          'Del artiklen med dine naboer, hvis du vil vide mere om skolen.',
          '',
          'Del',
          'Åbn DR-appen',
          '',
        ].join('\n'),
      }),
    );
    const answer = find(c, 'de', 'Im Herbst');
    expect(answer).toMatchObject({ type: 'qa', speaker: 'Petra Lang' });
    expect(answer!.text).not.toContain('Radwege');
    expect(held(c, 'de', 'Radwege')).toBe(false);
    expect(held(c, 'de', 'WhatsApp')).toBe(false);
    expect(held(c, 'de', 'Teilen')).toBe(false);
    expect(meta(c, 'da').author).toBe('Sofie Winther');
    expect(held(c, 'da', 'Skolen åbner')).toBe(false);
    expect(held(c, 'da', 'DR-appen')).toBe(false);
    // a sentence that opens with the button's words is a sentence
    expect(held(c, 'da', 'Del artiklen med dine naboer')).toBe(true);
  });
});

describe('datelines and bylines in other languages (probe15 findings 22, 27)', () => {
  it('dates the four undated fixtures by their datelines, and keeps the byline above the date out of the sections', () => {
    const c = fixtureCorpus(C3);
    expect(meta(c, 'spiegel-weidemann-interview').date).toBe('2023-09-21');
    expect(meta(c, 'dr-kryptosvindel-aarhus').date).toBe('2024-02-03');
    expect(meta(c, 'ukr-binance-humanitarian').date).toBe('2022-03-16');
    expect(meta(c, 'urdu-cz-crypto-council').date).toBe('2025-04-07');
    expect(meta(c, 'yle-saunayrittaja').date).toBe('2024-03-14');
    expect(meta(c, 'ukr-binance-humanitarian').author).toBe('Олена Гнатюк');
    expect(meta(c, 'yle-saunayrittaja').author).toBe('Jussi Korhonen');
    for (const r of recs(c, 'ukr-binance-humanitarian')) expect(r.section).toBeNull();
    for (const r of recs(c, 'yle-saunayrittaja')) expect(r.section).toBeNull();
    for (const r of recs(c, 'spiegel-weidemann-interview')) expect(r.section).toBeNull();
    for (const [doc, line] of [
      ['spiegel-weidemann-interview', '13.02 Uhr'],
      ['dr-kryptosvindel-aarhus', 'kl. 06.12'],
      ['dr-kryptosvindel-aarhus', 'Opdateret'],
      ['ukr-binance-humanitarian', '14:27'],
      ['urdu-cz-crypto-council', 'اپریل 2025'],
      ['yle-saunayrittaja', 'päivitetty'],
    ] as const) expect(held(c, doc, line), `${doc}: ${line}`).toBe(false);
  });

  it('does the same in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'no.txt': ['Nyheter', '', 'Ny bro over fjorden åpner til sommeren', '', 'Brua skal korte ned reisetiden med en halv time.', '', 'Af Kari Nordmann', '12. okt. 2023 kl. 14.05', '', 'Arbeidet startet for tre år siden og har kostet 900 millioner kroner.', ''].join('\n'),
        'uk.txt': ['Суспільство', 'У Львові відкрили нову бібліотеку для дітей', '', 'Іван Петренко', '5 травня 2021, 10:15', '', 'Бібліотека розташована в центрі міста і має понад 20 тисяч книжок.', ''].join('\n'),
        'ur.txt': ['کھیل', '', 'لاہور میں نیا اسٹیڈیم کھل گیا', '', 'لاہور (اسٹاف رپورٹر) — 12 مارچ 2023', '', 'شہر کے نئے اسٹیڈیم میں بیس ہزار تماشائیوں کی گنجائش ہے۔', ''].join('\n'),
        'fi.txt': ['Uutiset | Kotimaa', '', 'Uusi silta avataan kesällä', '', 'Silta lyhentää matka-aikaa puolella tunnilla.', '', 'Matti Virtanen', '2.5.2022 11:40', 'päivitetty 2.5.2022 12:05', '', 'Työt alkoivat kolme vuotta sitten ja maksoivat yhteensä 90 miljoonaa euroa.', ''].join('\n'),
      }),
    );
    expect(meta(c, 'no').date).toBe('2023-10-12');
    expect(meta(c, 'no').author).toBe('Kari Nordmann');
    expect(meta(c, 'uk').date).toBe('2021-05-05');
    expect(meta(c, 'uk').author).toBe('Іван Петренко');
    expect(meta(c, 'ur').date).toBe('2023-03-12');
    expect(meta(c, 'fi').date).toBe('2022-05-02');
    expect(meta(c, 'fi').author).toBe('Matti Virtanen');
    for (const doc of ['no', 'uk', 'ur', 'fi']) for (const r of recs(c, doc)) expect(r.section, doc).toBeNull();
    expect(held(c, 'fi', 'päivitetty')).toBe(false);
  });
});

describe('a rubric over the headline is no title (probe15 finding 28)', () => {
  it('takes the headline under the kicker as the title, in the fixtures and in other words', () => {
    const c = fixtureCorpus(C3);
    expect(meta(c, 'yle-saunayrittaja').title).toMatch(/^Saunayrittäjä Aino Virtanen/);
    expect(meta(c, 'spiegel-weidemann-interview').title).toBe('Gründer Jonas Weidemann über den Kryptowinter');
    expect(meta(c, 'dr-kryptosvindel-aarhus').title).toMatch(/^Mette mistede/);
    const o = loadCorpus(
      tempCorpus({
        'a.txt': ['Sport › Fußball', '', 'Trainerin Mia Roth verlängert bis 2027', '', 'Die Trainerin bleibt dem Verein zwei weitere Jahre erhalten, teilte der Klub am Montag mit.', ''].join('\n'),
        // a first line that is the title itself (no headline under it) stays the title
        'b.txt': ['Annual report', '', 'The club grew its membership by a tenth this year, and the new pitch opened in May.', ''].join('\n'),
        // a magazine's running header over a headline wrapped across two lines is no rubric over a title
        'c.txt': ['HARBOUR REVIEW · AUTUMN 2023', '', 'The ferry captain who would not', 'sell the old boat', 'Jonas Ek has run the island crossing since 1998 and says he will keep doing so.', ''].join('\n'),
      }),
    );
    expect(meta(o, 'a').title).toBe('Trainerin Mia Roth verlängert bis 2027');
    expect(meta(o, 'b').title).toBe('Annual report');
    expect(meta(o, 'c').title).not.toBe('The ferry captain who would not');
  });
});

describe('Urdu reported speech NAME نے کہا کہ "…" and NAME کا کہنا تھا کہ "…" (probe15 finding 26)', () => {
  it('reads the fixture and the same shapes in other words', () => {
    const c = fixtureCorpus(C3);
    const doc = 'urdu-cz-crypto-council';
    expect(find(c, doc, 'پاکستان کی آبادی نوجوان')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'ہمارا مقصد')).toMatchObject({ type: 'quote', speaker: 'سلمان قریشی' });
    const o = loadCorpus(
      tempCorpus({
        'ur.txt': [
          'کھیل',
          '',
          'لاہور میں نیا اسٹیڈیم کھل گیا',
          '',
          'شہر کے نئے اسٹیڈیم میں بیس ہزار تماشائیوں کی گنجائش ہے اور یہ دو سال میں مکمل ہوا۔',
          '',
          'عائشہ ملک نے کہا کہ "یہ اسٹیڈیم نوجوان کھلاڑیوں کے لیے ایک نیا موقع ہے۔"',
          '',
          'انہوں نے کہا کہ "ہم اگلے سال ایک بین الاقوامی میچ کروائیں گے۔"',
          '',
        ].join('\n'),
      }),
    );
    expect(find(o, 'ur', 'نوجوان کھلاڑیوں')).toMatchObject({ type: 'quote', speaker: 'عائشہ ملک' });
    // a pronoun names nobody by itself: never the speaker's name
    expect(find(o, 'ur', 'بین الاقوامی')?.speaker).not.toBe('انہوں');
  });
});
