/**
 * probe35-a: quote collections an analyst keeps about a person. The shapes read wrong before: a quote
 * log's "## About NAME" heading (the words under it are other people's, about NAME) was read as a
 * heading naming the speaker of its bullets, so a quotation its line credits to no capitalised name
 * ("— anonymous short seller, …") was credited to "About NAME". Each rule on the fixture's shape and
 * on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));

describe('a quote log\'s "About NAME" heading names who the quotes are about, not who said them', () => {
  it('helix quote log: a line credited to a described sayer is not "About Quist"\'s', () => {
    const c = corpusOf('log.md', [
      '# Quote log — Helix Grid',
      '',
      '## By Quist',
      '',
      '- "We are not a battery company." — Mara Quist, Wired, 2021-04-03',
      '- "I would rather miss a quarter than miss an audit." — Mara Quist, Reuters, 2022-11-17',
      '',
      '## About Quist',
      '',
      '- "Mara is the most disciplined operator I have backed." — Lior Ben-Ami, Financial Times, 2022-03-08',
      '- "Helix has a charismatic CEO and a spreadsheet problem." — anonymous short seller, quoted in Barron\'s, 2023-05-15',
    ].join('\n'));
    expect(recordWith(c, /spreadsheet problem/)?.speaker).not.toBe('About Quist');
    expect(recordWith(c, /disciplined operator/)?.speaker).toBe('Lior Ben-Ami');
  });
  it('other words: "On Delacroix" / "Regarding Delacroix" headings over a commentator\'s line', () => {
    const c = corpusOf('tracker.md', [
      '# Statements tracker: Ostra Mining',
      '',
      '## From Delacroix',
      '',
      '- "We will not reopen the northern pit." — Hélène Delacroix, Le Monde, 2020-02-11',
      '',
      '## On Delacroix',
      '',
      '- "She runs the board like a parish council." — a former director, quoted in Les Echos, 2021-06-30',
      '- "Her numbers have held up for three years." — Paul Girard, analyst, 2023-01-09',
    ].join('\n'));
    expect(recordWith(c, /parish council/)?.speaker).not.toBe('On Delacroix');
    expect(recordWith(c, /We will not reopen/)?.speaker).toBe('Hélène Delacroix');
  });
});

describe('a listicle of one person\'s quotes: each numbered quotation with its source line under it', () => {
  const listicle = [
    'BUSINESS DAILY',
    '',
    "21 of Chidi Okafor's best quotes on leadership, hiring and failure",
    '',
    'By Adaeze Nwosu',
    'Updated Mar 14, 2024, 6:05 AM WAT',
    '',
    'Chidi Okafor built a logistics startup from a single van in 2014. Here is what he has said.',
    '',
    '1. "Hire people who argue with you in the first interview. The ones who agree will agree with your mistakes too."',
    '— on hiring, in a 2018 interview with Fortune',
    '',
    '8. "The best meeting is a cancelled one."',
    'Okafor has repeated this often. His co-founder, Bisi Adeyemi, once joked on a panel in 2021: "He cancels meetings the way other people breathe."',
    '',
    '9. "We will be in 12 countries by 2026 or I will have failed."',
    '— on expansion, Bloomberg interview, 2023',
  ].join('\n');
  it('okafor listicle: the title\'s person said each item, in the year its source line gives', () => {
    const c = corpusOf('listicle.txt', listicle);
    const hire = recordWith(c, /argue with you/);
    expect(hire).toMatchObject({ type: 'quote', speaker: 'Chidi Okafor', year: 2018 });
    expect(recordWith(c, /12 countries/)).toMatchObject({ type: 'quote', speaker: 'Chidi Okafor', year: 2023 });
    // the source line is the quote's frame, no claim of the byline's
    expect(c.records.some((r) => r.type === 'claim' && /interview with Fortune/.test(r.text))).toBe(false);
  });
  it('other words: "Quotes by NAME" page, a parenthesised item number and other source lines', () => {
    const c = corpusOf('quotes.txt', [
      'Quotes by Ingrid Solberg',
      '',
      'Compiled by the Harbour Weekly desk, June 2025',
      '',
      '1) “Ports are patient. Politicians are not, and that is the whole problem.”',
      '— to the Harbour Weekly, 2019',
      '',
      '2) “We moved 3.1 million containers last year and lost eleven.”',
      '— speaking at the Nordic Freight Forum in 2022',
    ].join('\n'));
    expect(recordWith(c, /Ports are patient/)).toMatchObject({ type: 'quote', speaker: 'Ingrid Solberg', year: 2019 });
    expect(recordWith(c, /3\.1 million containers/)).toMatchObject({ type: 'quote', speaker: 'Ingrid Solberg', year: 2022 });
  });
  it('a named source line under a numbered quotation is that person\'s', () => {
    const c = corpusOf('roundup.txt', [
      'What they said this week',
      '',
      'By Tom Reyes',
      'March 3, 2024',
      '',
      'A roundup of the week in transport.',
      '',
      '1. "We will not raise fares before the election."',
      '— Mayor Odile Brun, on the council budget, 2024',
      '',
      '2. "The numbers do not add up and everyone in the room knows it."',
      '— Priya Chand, transport analyst',
    ].join('\n'));
    expect(recordWith(c, /raise fares/)?.speaker).toMatch(/Odile Brun$/);
    expect(recordWith(c, /do not add up/)?.speaker).toBe('Priya Chand');
  });
});

describe('a quote page (Wikiquote copied from the browser): each bullet of words over its source sub-bullet', () => {
  it('vasquez page: the subject\'s words dated by their source; "Quotes about" by the source\'s person; disputed by nobody', () => {
    const c = corpusOf('wikiquote.txt', [
      'Renata Vasquez - Wikiquote',
      'Jump to navigation',
      'Jump to search',
      '',
      'Renata Vasquez (born 1979) is a Chilean-American entrepreneur.',
      '',
      'Quotes[edit]',
      '2010s[edit]',
      ' * We did not set out to build a bank. We set out to make it boring to send money home.',
      '   * Interview with Forbes (March 3, 2019)',
      ' * I fired myself as head of product in 2016. It was the best hire the company ever made.',
      '   * Quoted in "The Quiet Founder", The Atlantic (June 2018), p. 44',
      '',
      'Disputed[edit]',
      ' * Move fast and document everything.',
      '   * Widely attributed to Vasquez on social media since 2021; no primary source has been found.',
      '',
      'Quotes about Renata Vasquez[edit]',
      ' * She is the only CEO I know who reads the complaint logs herself.',
      '   * Tomás Ibarra, former chief operating officer, quoted in Fortune (August 2020)',
      '',
      'This page was last edited on 18 September 2024, at 07:12.',
    ].join('\n'));
    expect(recordWith(c, /build a bank/)).toMatchObject({ type: 'quote', speaker: 'Renata Vasquez', year: 2019 });
    expect(recordWith(c, /fired myself/)).toMatchObject({ type: 'quote', speaker: 'Renata Vasquez', year: 2018 });
    expect(recordWith(c, /complaint logs/)).toMatchObject({ type: 'quote', speaker: 'Tomás Ibarra', year: 2020 });
    expect(recordWith(c, /document everything/)?.speaker ?? null).not.toBe('Renata Vasquez');
    expect(c.records.some((r) => r.type === 'claim' && /Interview with Forbes/.test(r.text))).toBe(false);
  });
  it('other words: a "NAME in her own words" list with "-" bullets and a quotation-marked entry', () => {
    const c = corpusOf('own-words.txt', [
      'Ingrid Solberg in her own words',
      '',
      'Compiled for the port authority board pack.',
      '',
      'On shipping',
      '- "Ports are patient. Politicians are not, and that is the whole problem."',
      '    - Harbour Weekly interview, 2019',
      '- We moved 3.1 million containers last year and lost eleven.',
      '    - Nordic Freight Forum keynote (11 May 2022)',
      '',
      'About Solberg',
      '- She negotiates like someone who has already read the last page.',
      '    - Anders Lund, union representative, in 2021',
    ].join('\n'));
    expect(recordWith(c, /Ports are patient/)).toMatchObject({ type: 'quote', speaker: 'Ingrid Solberg', year: 2019 });
    expect(recordWith(c, /3\.1 million containers/)).toMatchObject({ type: 'quote', speaker: 'Ingrid Solberg', year: 2022 });
    expect(recordWith(c, /last page/)).toMatchObject({ type: 'quote', speaker: 'Anders Lund', year: 2021 });
  });
});

describe('a quote site\'s author page: the subject\'s birth date is no dateline', () => {
  it('hale page: "Born: August 9, 1991" dates nothing; the site\'s copyright span gives its last year', () => {
    const c = corpusOf('brainy.txt', [
      'BrainyQuote',
      'Topics  Authors  Quote Of The Day',
      '',
      'Teodor Hale Quotes',
      '',
      'Teodor Hale',
      'American - Athlete',
      'Born: August 9, 1991',
      '',
      'Medals are heavy. The mornings before them are heavier.',
      'Teodor Hale',
      '',
      'Pain is information. Quitting is a decision.',
      'Teodor Hale',
      '',
      'About  Contact  Privacy Policy',
      'Copyright © 2001 - 2025 BrainyQuote®',
    ].join('\n'));
    expect(recordWith(c, /Medals are heavy/)?.year).toBe(2025);
    expect(c.documents[0]!.meta.date).toBeNull();
  });
  it('other words: a profile card\'s "Date of birth:" field and a "Died:" field', () => {
    const c = corpusOf('card.txt', [
      'Margit Halvorsen',
      'Norwegian cartographer',
      'Date of birth: 14 April 1932',
      'Died: 3 May 2020',
      '',
      'Halvorsen mapped the fjords of Finnmark between 1958 and 1971, and drew 214 charts.',
    ].join('\n'));
    expect(recordWith(c, /mapped the fjords/)?.year ?? null).not.toBe(1932);
    expect(recordWith(c, /mapped the fjords/)?.year ?? null).not.toBe(2020);
  });
});

describe('a quote site\'s author page: each quotation over the collected person\'s name line', () => {
  it('hale page: the words over "Teodor Hale" are his quotes; the name line is no claim', () => {
    const c = corpusOf('brainy-hale.txt', [
      'BrainyQuote',
      'Topics  Authors  Quote Of The Day',
      '',
      'Teodor Hale Quotes',
      '',
      'Medals are heavy. The mornings before them are heavier.',
      'Teodor Hale',
      'Sports   Discipline',
      'Share  Copy',
      '',
      'Pain is information. Quitting is a decision.',
      'Teodor Hale',
      'Motivational   Pain',
    ].join('\n'));
    expect(recordWith(c, /Medals are heavy/)).toMatchObject({ type: 'quote', speaker: 'Teodor Hale' });
    expect(recordWith(c, /Pain is information/)).toMatchObject({ type: 'quote', speaker: 'Teodor Hale' });
    expect(c.records.some((r) => r.type === 'claim' && r.text === 'Teodor Hale')).toBe(false);
  });
  it('other words: a Goodreads-style "Quotes by NAME" page with quotation marks and like counts', () => {
    const c = corpusOf('goodreads.txt', [
      'Quotes by Amara Lindqvist',
      '',
      '“A map is an argument about what matters.”',
      'Amara Lindqvist',
      'tags: cartography, maps',
      '1,204 likes',
      '',
      '“Every border was drawn by someone in a hurry.”',
      'Amara Lindqvist',
      'tags: borders, history',
      '877 likes',
    ].join('\n'));
    expect(recordWith(c, /argument about what matters/)).toMatchObject({ type: 'quote', speaker: 'Amara Lindqvist' });
    expect(recordWith(c, /someone in a hurry/)).toMatchObject({ type: 'quote', speaker: 'Amara Lindqvist' });
  });
});
