/**
 * Edge layouts and notes apps (test/fixtures/probe15/c5, c6): a PDF's line-end hyphenation and
 * page breaks, and more. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c5 = loadCorpus(join(FIXTURES, 'probe15', 'c5'));
const c6 = loadCorpus(join(FIXTURES, 'probe15', 'c6'));
type Recs = ReturnType<typeof recordsOf>;

/** A printed profile's text: justified lines, words hyphenated at their ends, a page break mid-sentence. */
const PRINTED = [
  'HARBOUR REVIEW · AUTUMN 2023                                   FEATURES',
  '',
  'The Tromsø baker who sells bread by subscription',
  'By Ingrid Solberg',
  '',
  'When Lars Nygaard opened his bakery in 2016, his neigh-',
  'bours expected it to close by the winter. Today it bakes',
  'about 1,200 loaves a week for subscribers, and its ac-',
  'counts show a profit every month since the spring of 2018.',
  'Not everyone is convinced. Petra Lind, a lecturer at the',
  '',
  'Page 7 of 20',
  '',
  'HARBOUR REVIEW · AUTUMN 2023                                   FEATURES',
  '',
  'Arctic University business school Nordkapp Institute,',
  'said the model was "charming for one town, but it will not',
  'travel to a city". She added that delivery costs alone would',
  'eat the margin of most bakeries twice over.',
  '',
  'Page 8 of 20',
  '',
].join('\n');

describe('text copied out of a PDF', () => {
  it('a word hyphenated at a line end is whole in the record and found by search (probe15 finding 49)', () => {
    const recs = recordsOf(c6, 'pdf-fintech-quarterly-osei-profile');
    expect(recs.some((r) => r.text.includes('her colleagues assumed'))).toBe(true);
    expect(recs.some((r) => r.text.includes('$40 million a month'))).toBe(true);
    expect(recs.some((r) => r.text.includes('all the other venues combined.'))).toBe(true);
    expect(recs.some((r) => /col- leagues|mil- lion|com- bined/.test(r.text))).toBe(false);
    const other = recordsOf(loadCorpus(tempCorpus({ 'profile.txt': PRINTED })), 'profile');
    expect(other.some((r) => r.text.includes('his neighbours expected'))).toBe(true);
    expect(other.some((r) => r.text.includes('its accounts show a profit'))).toBe(true);
  });

  it('a compound written whole mid-line, and a short line ending on a hyphen, keep their hyphen', () => {
    const recs = recordsOf(c6, 'slides-outline-labs-h1-2023');
    expect(recs.some((r) => r.text.includes('acqui-hired'))).toBe(true);
    const dir = tempCorpus({
      'list.txt': ['Shopping notes', '', 'We need the well-', 'known brand this time, said Tom.', ''].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'list');
    expect(other.some((r) => r.text.includes('wellknown'))).toBe(false);
  });

  it("a sentence cut by a page break goes on past the footer and the running header (probe15 finding 50)", () => {
    const recs = recordsOf(c6, 'pdf-fintech-quarterly-osei-profile');
    const quote = recs.find((r) => r.type === 'quote' && r.text.includes('remittance app'));
    expect(quote?.speaker).toBe('Kwame Asare');
    expect(recs.find((r) => r.text.startsWith('He added that Binance'))?.speaker).toBe('Kwame Asare');
    expect(recs.some((r) => /Lagos fund$/.test(r.text))).toBe(false);
    const other = recordsOf(loadCorpus(tempCorpus({ 'profile.txt': PRINTED })), 'profile');
    expect(other.find((r) => r.type === 'quote' && r.text.startsWith('charming for one town'))?.speaker).toBe('Petra Lind');
    expect(other.some((r) => /lecturer at the$/.test(r.text))).toBe(false);
  });
});

describe('who the labels are', () => {
  it("a participants' key names the moderator, whose questions each panellist answers (probe15 finding 51)", () => {
    const recs = recordsOf(c6, 'roundtable-women-web3-lisbon');
    const qas = recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line]);
    expect(qas).toContainEqual(['Julia Renner', 'He Yi', 11]);
    expect(qas).toContainEqual(['Julia Renner', 'Maya Osei', 23]);
    expect(qas).toContainEqual(['Julia Renner', 'He Yi', 23]);
    expect(recs.find((r) => r.speaker === 'He Yi')?.role).toBe('co-founder and chief customer service officer, Binance');
    const dir = tempCorpus({
      'panel.txt': [
        'PANEL: FARMING AFTER THE DROUGHT', 'Recorded 3 May 2022, Nairobi', '', 'Speakers',
        'WK = Wanjiru Kamau, agronomist, Rift Seeds', 'OB = Omar Bashir, chair of the growers union',
        'LM = Lena Moyo, moderator, Farm Radio', '',
        'LM: Welcome. Wanjiru, what did the farms plant first?', '',
        'WK: Sorghum, mostly. It needs half the water of maize and it sold well in 2021.', '',
        'OB: Can I add something? The union paid for the seed that year.', '',
        'LM: Final question for both. What should a new grower buy first?', '',
        'OB: A water tank before a tractor, every time.', '',
        'WK: I agree with Omar. And good seed from a trusted dealer.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'panel').filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker]);
    expect(other).toContainEqual(['Lena Moyo', 'Omar Bashir']);
    expect(other.filter((p) => p[0] === 'Lena Moyo' && p[1] === 'Wanjiru Kamau').length).toBe(2);
  });

  it("initials labels are the full name a title in capitals gives (probe15 finding 53)", () => {
    const recs = recordsOf(c6, 'crlf-tabs-costa-interview');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual(Array(4).fill(['Nina Hartmann', 'Rafael Costa']));
    const dir = tempCorpus({
      'notes.txt': [
        'CALL NOTES - IDA BERG (FISHER, BERGEN)', 'Date: 2 March 2021', 'Interviewer: Tom Walsh', '',
        'TW: How many boats do you run?', 'IB: Two boats, and a third in summer.',
        'TW: What changed this year?', 'IB: The quota. We lost a quarter of it in January.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'notes').filter((r) => r.type === 'qa');
    expect(other.map((r) => [r.asker, r.speaker])).toEqual([['Tom Walsh', 'Ida Berg'], ['Tom Walsh', 'Ida Berg']]);
  });
});

describe('notes apps', () => {
  const NOTE = [
    '# Harbour Radio ep 12 — Mara Quist (notes)', '',
    'Heard on the ferry. Context for the kiln grant.', '',
    '> [!quote] Mara Quist on glazes', '> Clay remembers every mistake you make.', '',
    '> [!cite]- Teo Brandt (as told by Mara Quist)', '> Fire it twice or not at all.', '',
    '> [!tip] Follow up', '> She wants a bigger kiln by the spring.', '',
    'Related: [[Teo Brandt]], [[Kiln grant]], [[Saltmarsh]]', '',
  ].join('\n');

  it('a [!quote] callout is the quote of the person its title names; its marker and title are no words of it (probe15 finding 43)', () => {
    const recs = recordsOf(c5, 'obsidian-blocktalk-ep41-notes');
    const quotes = recs.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text]);
    expect(quotes).toEqual([
      ['He Yi', 'Because the best companies are built when nobody is watching.'],
      ['CZ', "If you need me to approve it, it's probably too early."],
    ]);
    expect(recs.some((r) => r.text.includes('[!') || r.section?.includes('[!'))).toBe(false);
    expect(recs.find((r) => r.text.startsWith("She's clearly telling"))?.section).toBe('My take');
    const other = recordsOf(loadCorpus(tempCorpus({ 'kiln.md': NOTE })), 'kiln');
    expect(other.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text, r.context])).toEqual([
      ['Mara Quist', 'Clay remembers every mistake you make.', 'Mara Quist on glazes'],
      ['Teo Brandt', 'Fire it twice or not at all.', 'Teo Brandt (as told by Mara Quist)'],
    ]);
    expect(other.find((r) => r.text.includes('bigger kiln'))).toMatchObject({ type: 'claim', section: 'Follow up' });
  });

  it("a note's line of wikilinks is its writer's words, not a site's menu (probe15 finding 44)", () => {
    expect(recordsOf(c5, 'obsidian-blocktalk-ep41-notes').some((r) => r.text.includes('Runway'))).toBe(true);
    const other = recordsOf(loadCorpus(tempCorpus({ 'kiln.md': NOTE })), 'kiln');
    expect(other.some((r) => r.text.includes('Saltmarsh'))).toBe(true);
    // A web page's own "Related:" menu stays navigation.
    const page = recordsOf(loadCorpus(tempCorpus({ 'page.md': '# Kilns\n\nThe kiln fires at 1,200 degrees, the potter said.\n\nRelated: Glazes, Wheels, Clay\n' })), 'page');
    expect(page.some((r) => r.text.includes('Wheels'))).toBe(false);
  });
});

describe('a code host discussion copied as text', () => {
  it('each post is its user\'s; a question is answered by the reply under it (probe15 finding 41)', () => {
    const recs = recordsOf(c5, 'github-discussion-binance-csv-import');
    const qas = recs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.asker, r.speaker, r.role])).toEqual([['tomasz-dev', 'mkowalski', 'Maintainer'], ['priya-ops', 'mkowalski', 'Maintainer']]);
    expect(qas[0]!.question).toMatch(/do I need to convert it first\?$/);
    expect(recs.find((r) => r.text.startsWith('That worked'))).toMatchObject({ type: 'quote', speaker: 'tomasz-dev' });
    expect(recs.some((r) => /^(?:on \w{3} \d|Maintainer|Author)/.test(r.text) || r.text.includes('Marked as answer'))).toBe(false);
    const dir = tempCorpus({
      'thread.md': [
        'tidepool / tidepool  Public', '', 'Why does the sync stop after an hour? #88', 'Answered by bkoch', 'lena_w asked this question in Q&A', '',
        'lena_w', 'on Jun 2, 2023', '', 'My sync job stops after exactly sixty minutes. Is there a timeout I can raise?', '',
        'bkoch', 'on Jun 3, 2023', 'Maintainer', '', 'Yes: set SYNC_TIMEOUT in the config file. The default is 3600 seconds.', '',
        'Marked as answer', '1 reply', '',
        'lena_w', 'on Jun 3, 2023', 'Author', '', 'Thanks, raising it fixed the job.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'thread');
    expect(other.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.role])).toEqual([['lena_w', 'bkoch', 'Maintainer']]);
    expect(other.find((r) => r.text.startsWith('Thanks, raising'))?.speaker).toBe('lena_w');
  });
});

describe('a fixed-width who-said-what table', () => {
  it('is one record per row, by the speaker cell, cells wrapped in both columns (probe15 finding 48)', () => {
    const recs = recordsOf(c6, 'who-said-what-halving');
    const rows = recs.filter((r) => r.line >= 6 && r.line <= 16).map((r) => [r.type, r.speaker, r.role]);
    expect(rows).toEqual([
      ['quote', 'CZ', null],
      ['claim', 'He Yi', null],
      ['quote', 'Laura Chen', 'Kestrel Capital'],
      ['quote', 'Olu Bankole', 'Arc Mining'],
      ['claim', 'Marta Quist', 'analyst'],
    ]);
    expect(recs.find((r) => r.speaker === 'Laura Chen')?.text).toBe('Miners with all-in costs above $40,000 a coin are in trouble by the summer.');
    expect(recs.some((r) => /Speaker What they said|^-{3}/.test(r.text))).toBe(false);
    const dir = tempCorpus({
      'desk.txt': [
        'PRESS DESK — REACTIONS TO THE RATE CUT', 'Compiled by Ana Dias, 3 March 2022.', '',
        'Who                 Quote', '------------------  ------------------------------------------',
        'Piet Maas, Baltic   "We expected half a point, not a quarter. The',
        'Grain Traders       market will punish that." (radio, 2 March)',
        'Sofia Reyes         Said lenders would pass the cut on within a',
        '                    week. (statement, 2 March)', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'desk').filter((r) => r.line >= 6);
    expect(other.map((r) => [r.type, r.speaker, r.role, r.text])).toEqual([
      ['quote', 'Piet Maas', 'Baltic Grain Traders', 'We expected half a point, not a quarter. The market will punish that.'],
      ['claim', 'Sofia Reyes', null, 'Said lenders would pass the cut on within a week. (statement, 2 March)'],
    ]);
  });
});

void (null as unknown as Recs);
