/**
 * Leftovers of probe32-b (fix42-b): the furniture of corporate communications read as claims. A
 * press release's contact block, a blog's "Related posts:" links, an e-mail's footer address line.
 * Each shape is read in the probe's document and in a text of our own in other words, and the
 * furniture's words stay searchable (the document's nearby lines).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const onLine = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.line <= line && r.endLine >= line);
const findable = async (c: Corpus, word: string) => (await search(buildIndex(c.records, documentWordsOf(c.documents, c.records)), word)).length > 0;

describe("a press release's contact block is furniture, not claims (probe32-b B6)", () => {
  it('reads the Business Wire release: its "Media:" and "Investors:" blocks make no claim, their names stay findable', async () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    const doc = 'lumenpath-acquisition-businesswire';
    for (const line of [48, 49, 50, 54, 55, 56]) expect(onLine(c, doc, line), `line ${line}`).toEqual([]);
    // the release's last paragraph above it is still a claim
    expect(onLine(c, doc, 44).length).toBeGreaterThan(0);
    for (const word of ['pereira', 'mehra']) expect(await findable(c, word), word).toBe(true);
  });

  it('reads the unseen release\'s "Media Contact:" block the same way', () => {
    const c = loadCorpus(tempCorpus({ 'tidewater-series-b-2025.txt': readFileSync(join(FIXTURES, 'unseen', 'tidewater-series-b-2025.txt'), 'utf8') }));
    const doc = 'tidewater-series-b-2025';
    const text = recs(c, doc).map((r) => r.text).join('\n');
    expect(text).not.toMatch(/^Jordan Ellis$/m);
  });

  it('holds for a release in other words: a "Press inquiries:" and an "Analysts:" block', async () => {
    const c = loadCorpus(
      tempCorpus({
        'release.txt': [
          'Orchard Ferries orders two electric vessels',
          '',
          'BERGEN, Norway, March 4, 2024 /PRNewswire/ -- Orchard Ferries said today that it had ordered two battery ferries for its fjord routes.',
          '',
          'The vessels will enter service in 2026 and carry 300 passengers each.',
          '',
          'Press inquiries:',
          'Sigrid Aalvik',
          'Orchard Ferries AS',
          'sigrid.aalvik@orchardferries.no',
          '',
          'Analysts:',
          'Tormod Brekkestad',
          'Head of Treasury',
          '+47 55 01 22 90',
          '',
        ].join('\n'),
      }),
    );
    const texts = recs(c, 'release').map((r) => r.text);
    for (const furniture of ['Press inquiries:', 'Sigrid Aalvik', 'Orchard Ferries AS', 'Analysts:', 'Tormod Brekkestad', 'Head of Treasury']) expect(texts, furniture).not.toContain(furniture);
    expect(texts.some((t) => t.includes('300 passengers'))).toBe(true);
    for (const word of ['aalvik', 'brekkestad', 'treasury']) expect(await findable(c, word), word).toBe(true);
  });

  it('leaves a labelled list of sentences alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'notes.txt': 'Club notes\n\nThe boathouse reopened in May after the winter repairs.\n\nReminders:\nThe boats go out at seven on Saturdays.\nWrite to the captain before you take one.\ncaptain@rowingclub.org\n',
      }),
    );
    expect(recs(c, 'notes').some((r) => r.text.includes('The boats go out at seven'))).toBe(true);
  });
});

describe('a blog\'s "Related posts:" line of links is navigation (probe32-b B12)', () => {
  it('reads the blog post: the links under its rule make no claim, their words stay findable', async () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    expect(onLine(c, 'fernhollow-blog-partnership', 43)).toEqual([]);
    expect(await findable(c, 'survey')).toBe(true);
  });

  it('holds for other words: "**Related stories:**" and "Related articles:" over links', () => {
    const c = loadCorpus(
      tempCorpus({
        'post.md': [
          '# The lighthouse reopens',
          '',
          'The lighthouse on Skarv Point reopened to visitors on Saturday after two years of repairs.',
          '',
          '**Related stories:** [The keeper who stayed](/stories/keeper) · [Storm damage on the coast](/stories/storm)',
          '',
          'Related articles: [Ferries to the point](/ferries), [A winter on the rock](/winter)',
          '',
        ].join('\n'),
      }),
    );
    const texts = recs(c, 'post').map((r) => r.text);
    expect(texts.some((t) => t.includes('reopened to visitors'))).toBe(true);
    expect(texts.filter((t) => /keeper|Ferries to the point/.test(t))).toEqual([]);
  });
});

describe("an e-mail's footer of the sender's name and postal address is furniture (probe32-b B4)", () => {
  it('reads the investor update: its footer address makes no claim, its words stay findable', async () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    expect(onLine(c, 'quillstone-q3-2025-investor-update', 51)).toEqual([]);
    expect(await findable(c, 'harrison')).toBe(true);
  });

  it('holds for other words: "Ltd · 12 Mill Lane, …"; a sentence with a bar stays a claim', () => {
    const c = loadCorpus(
      tempCorpus({
        'news.txt': [
          'Harrow Foods newsletter',
          '',
          'Our new bakery in Leeds opened on Monday and employs 40 people.',
          '',
          'Harrow Foods Ltd · 12 Mill Lane, Leeds LS1 4AB, United Kingdom',
          '',
        ].join('\n'),
      }),
    );
    const texts = recs(c, 'news').map((r) => r.text);
    expect(texts.some((t) => t.includes('employs 40 people'))).toBe(true);
    expect(texts.filter((t) => t.includes('Mill Lane'))).toEqual([]);
  });
});

describe("a letter's or an e-mail's closing is no claim (probe32-b B3, B11)", () => {
  it('reads the shareholder letter: "Sincerely," over the signature makes no claim; the letter is still the signer\'s', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    expect(onLine(c, 'brightwell-2024-shareholder-letter', 31)).toEqual([]);
    expect(onLine(c, 'brightwell-2024-shareholder-letter', 29)[0]).toMatchObject({ speaker: 'Marguerite Ellison' });
  });

  it('reads the investor update: "Regards," over the team\'s name signed with its company makes no claim', async () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    expect(onLine(c, 'quillstone-q3-2025-investor-update', 10)).toEqual([]);
    expect(onLine(c, 'quillstone-q3-2025-investor-update', 11)).toEqual([]);
    expect(onLine(c, 'quillstone-q3-2025-investor-update', 8).length).toBeGreaterThan(0);
  });

  it('holds for other words: "Yours faithfully," over a signer, "Best regards," over "Harbour Rail Press Office"', () => {
    const c = loadCorpus(
      tempCorpus({
        'letter.md': '# To the members\n\nDear members,\n\nThe club rowed 4,200 kilometres in 2023, more than in any year before.\n\nYours faithfully,\n\n— Ingrid Solberg, Chair\n',
        'mail.txt': 'From: Press Office <press@harbourrail.example>\nTo: Editors <editors@news.example>\nDate: Tue, 4 Jun 2024 09:00:00 +0100\nSubject: Timetable change\n\nDear editors,\n\nThe new timetable starts on 9 June and adds four trains a day.\n\nBest regards,\nHarbour Rail Press Office\n',
      }),
    );
    const texts = c.records.map((r) => r.text);
    for (const closing of ['Yours faithfully,', 'Best regards,', 'Harbour Rail Press Office']) expect(texts, closing).not.toContain(closing);
    expect(recs(c, 'letter').find((r) => r.text.includes('4,200'))).toMatchObject({ speaker: 'Ingrid Solberg' });
    expect(texts.some((t) => t.includes('four trains a day'))).toBe(true);
  });
});

describe('a title block in capitals inside the text heads it, no claim (probe32-b B2)', () => {
  it('reads the prepared remarks\' title block under the e-mail', async () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe32', 'b'));
    const doc = 'quillstone-q3-2025-investor-update';
    expect(onLine(c, doc, 15)).toEqual([]);
    expect(onLine(c, doc, 16)).toEqual([]);
    expect(await findable(c, 'prepared')).toBe(true);
  });

  it('holds for other words: a company and its meeting in capitals over a date', () => {
    const c = loadCorpus(
      tempCorpus({
        'minutes.txt': 'Members were sent the summary below on Friday.\n\n----\n\nHARROW FOODS LTD.\nANNUAL GENERAL MEETING - CHAIR\'S ADDRESS\n14 May 2024\n\nGood morning. Our bakeries sold 12 million loaves last year, a record for the company.\n',
      }),
    );
    const texts = c.records.map((r) => r.text);
    expect(texts).not.toContain('HARROW FOODS LTD.');
    expect(texts.filter((t) => t.includes('ANNUAL GENERAL MEETING'))).toEqual([]);
    expect(texts.some((t) => t.includes('12 million loaves'))).toBe(true);
  });
});
