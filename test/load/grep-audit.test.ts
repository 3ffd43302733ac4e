/**
 * Whatever grep finds, search finds: bench/grep-audit.mjs's core over the
 * transcript fixtures and the analysts' shapes in test/fixtures/lossless
 * (every word searched, as `quarry search WORD` does), and over the shipped
 * corpus and the other fixture corpora (each word looked up in the
 * searchable fields of the document's records: one search per word there
 * takes seconds; `npm run grep-audit -- corpus` does it).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCorpus, contentOf, gripWords } from '../../bench/grep-audit.mjs';
import { openCorpus, search } from '../../src/api/index.js';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { readDocumentText } from '../../src/corpus/read.js';
import { isStopWord } from '../../src/index/stopwords.js';
import { scanTokens } from '../../src/index/tokenize.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseDocument } from '../../src/parse/index.js';
import { decodeHtmlEntities } from '../../src/parse/text.js';
import { nearbyTexts } from '../../src/model/nearby.js';
import { CORPUS, FIXTURES, tempCorpus } from '../helpers.js';

const quarry = { openCorpus, search, scanTokens, isStopWord, parseFrontMatter, readDocumentText, parseDocument, classifyChrome, decodeHtmlEntities };
const misses = (r: { misses: { file: string; line: number; word: string | null }[] }) => r.misses.map((m) => `${m.file}:${m.line}: ${m.word}`);

describe('grep audit', () => {
  it.each(['transcripts', 'lossless'])('finds every word of test/fixtures/%s by search, in a record citing its line', async (name) => {
    const r = await auditCorpus(join(FIXTURES, name), quarry, { lines: true });
    expect(misses(r)).toEqual([]);
    expect(r.words).toBeGreaterThan(100);
    expect(r.searches).toBeGreaterThan(50);
  });

  it.each([CORPUS, ...['extra', 'shapes', 'news'].map((n) => join(FIXTURES, n))])('finds every word of %s in a record citing its line', async (dir) => {
    const r = await auditCorpus(dir, quarry, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual([]);
    expect(r.words).toBeGreaterThan(300);
  });

  it('reports a word search cannot find, with its file and line', async () => {
    const dir = tempCorpus({ 'signoff.txt': 'ANA RUIZ, HOST: Is the bridge open?\n\nTOM HALE: It reopened this morning.\n\nRUIZ: Thank you.\n\nHALE: My pleasure.\n' });
    // A search that loses the quotes, as the parser once lost these turns.
    const lossy = { ...quarry, search: async (...a: Parameters<typeof search>) => (await search(...a)).filter((h) => h.record.type !== 'quote') };
    const r = await auditCorpus(dir, lossy);
    expect(misses(r)).toEqual(['signoff.txt:5: thank', 'signoff.txt:7: pleasure']);
    expect(misses(await auditCorpus(dir, quarry))).toEqual([]);
  });

  it("counts a header line's words once the build searches nearby lines, and reports them when search loses them", async () => {
    const dir = tempCorpus({ 'minutes.txt': "HALVORSEN MARINE HOLDINGS ASA\n\nMINUTES OF THE ANNUAL GENERAL MEETING\nHeld at the Company's offices, Strandkaien 12, Bergen, on 14 May 2024 at 10:00 CET\n\nPresent:\nThomas Ekeland (Chief Executive Officer)\n\n1. The Chair opened the meeting and noted that 61 per cent of the shares were represented.\n" });
    const withNearby = { ...quarry, nearbyTexts };
    expect(misses(await auditCorpus(dir, withNearby))).toEqual([]);
    // A search that finds no record by its nearby words, as every build before the field.
    const lossy = { ...withNearby, search: async (...a: Parameters<typeof search>) => (await search(...a)).filter((h) => h.score > 0) };
    const lost = misses(await auditCorpus(dir, lossy));
    expect(lost).toEqual(expect.arrayContaining(['minutes.txt:4: strandkaien', 'minutes.txt:4: bergen', 'minutes.txt:6: present']));
    // without the lines (an older build), header lines are trusted and not audited
    expect(misses(await auditCorpus(dir, { ...quarry, search: lossy.search }))).not.toContain('minutes.txt:4: strandkaien');
  });

  it('trusts lines filed as teasers only when they are fewer words than the page\'s own (a body filed as teasers is reported)', () => {
    const page = ['Founders', 'Binance was founded in July 2017 after raising money in its ICO; it grew fast.', 'Further reading', 'Company history timeline'];
    const kept = contentOf(page, { captions: false, kinds: ['heading', 'record', 'navigation', 'teaser'] });
    expect(kept.lines[3]!.trim()).toBe('');
    // The marker taken from a contents list above the body: the body and the true list both "teasers".
    const listed = [page[0]!, page[2]!, page[1]!, page[3]!];
    const lost = contentOf(listed, { captions: false, kinds: ['heading', 'navigation', 'teaser', 'teaser'] });
    expect(lost.lines[2]).toContain('founded in July 2017');
    expect(lost.lines[3]).toContain('history timeline');
  });

  it('finds the body of a wiki page whose contents list names "Further reading" (test/fixtures/probe13/c6)', async () => {
    const r = await auditCorpus(join(FIXTURES, 'probe13', 'c6'), quarry, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual([]);
    expect(r.words).toBeGreaterThan(300);
  });

  it('reports the losses probe14 found it blind to: a chant of a name filed as filler, a checkbox item filed as a heading', async () => {
    // Names alone are said for their own sake: no back-channel.
    const chant = contentOf(['ELENA RIVERA: Thank you!', 'AUDIENCE: Elena! Elena! Elena!', 'ELENA RIVERA: Thanks, Elena fans.'], { captions: false, joinedFiller: new Set([1]), names: ['Elena Rivera'] });
    expect(chant.lines[1]).toContain('Elena! Elena!');
    const dir = tempCorpus({
      'rally.txt': 'ELENA RIVERA: Thank you, Scranton! Please sit down.\n\nAUDIENCE: Elena! Elena! Elena!\n\nELENA RIVERA: Fourteen days from now you decide who speaks for this state.\n',
      'notes.txt': 'Planning call\n\nACTION ITEMS\n☐ Helen Hai — send the shortlist by July 15\n☐ Finance — confirm the budget\n\nTRANSCRIPT\nHelen Hai (00:00): Thanks everyone for joining.\nOmar Said (00:05): Glad to be here, we have news.\n',
    });
    // The parser as it was: the chant joined into the speaker's turn as filler, the item the next one's heading.
    const lossy = {
      ...quarry,
      openCorpus: async (...a: Parameters<typeof openCorpus>) => {
        const corpus = await openCorpus(...a);
        const records = corpus.records
          .filter((r) => !/Elena! Elena!|send the shortlist/.test(r.text))
          .map((r) => (r.doc === 'rally' && r.line === 1 ? { ...r, endLine: 5 } : /confirm the budget/.test(r.text) ? { ...r, section: '☐ Helen Hai — send the shortlist by July 15' } : r));
        return { ...corpus, records };
      },
      parseDocument: (input: Parameters<typeof parseDocument>[0]) => {
        const r = parseDocument(input);
        if (input.docId === 'rally') return { ...r, fillerLines: [2] };
        return { ...r, lineKinds: r.lineKinds.map((k, i) => (i === 3 ? 'heading' : k)) };
      },
    };
    const r = await auditCorpus(dir, lossy, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual(expect.arrayContaining(['rally.txt:3: elena', 'notes.txt:4: shortlist']));
    expect(misses(await auditCorpus(dir, quarry, { fieldsOnly: true, lines: true }))).toEqual([]);
  });

  it('leaves out back-channel inside a joined turn only when it says nothing', () => {
    const joinedFiller = new Set([0, 1]);
    const { lines } = contentOf(['Trace Mayer:  Uh-huh.', 'Trace Mayer:  Trading account history.'], { captions: false, joinedFiller });
    expect(lines.map((l) => l.trim())).toEqual(['', 'Trading account history.']);
  });

  it('excludes labels, directions, notes and links by their form, and keeps the words around them', () => {
    const { lines, excluded } = contentOf(
      ['SEN. GRANT HOLLOWAY (R-KY): Mary, the money moves.', '(BEGIN VIDEO CLIP)', 'Yes [laughs] and Binance Smart Chain (BSC) (LAUGHTER) see https://example.com/x'],
      { captions: false },
    );
    expect(lines.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual(['Mary, the money moves.', '', 'Yes and Binance Smart Chain (BSC) see']);
    expect(excluded.map((e) => e.why)).toEqual(['speaker label', 'stage direction', 'url', 'transcriber note', 'stage direction']);
  });

  it('excludes the name of a call transcript\'s name line above a turn of a speaker, not a list of participants', () => {
    const names = ['Lena Vogt', 'Ravi Menon'];
    const { lines } = contentOf(
      ['Lena Vogt - Head of Treasury', 'Ravi Menon - Corbel Securities', '', 'Lena Vogt, Head of Treasury', 'Cash rose to 80 million.', '', 'Dr. Ravi Menon -- Corbel Securities', 'How much is restricted?'],
      { captions: false, names },
    );
    // the name left out, the title kept: the record's role holds it
    expect(lines.map((l) => l.trim())).toEqual(['Lena Vogt - Head of Treasury', 'Ravi Menon - Corbel Securities', '', 'Head of Treasury', 'Cash rose to 80 million.', '', 'Corbel Securities', 'How much is restricted?']);
  });

  it("does not trust metadata in a card's header run into its body under the page's top (probe14 finding 23)", () => {
    // A review page's first card, filed as the page's header: its author and title are words to find.
    const page = ['Harbour Bakery', '', 'Scores', '5 stars 80%', '', 'Olga Brandt', 'SE · 9 reviews', 'Rated 2 out of 5', 'Stale croissants twice', 'The croissants were stale on both of my visits this month.'];
    const kinds = ['heading', null, 'metadata', 'metadata', null, 'metadata', 'navigation', 'metadata', 'metadata', 'record'];
    const kept = contentOf(page, { captions: false, kinds, chrome: (raw: string) => (raw.includes(' · ') ? 'navigation' : null) }).lines;
    expect(kept[5]).toContain('Olga Brandt');
    expect(kept[8]).toContain('Stale croissants');
    // The page's own header above a blank line stays furniture; so does a two-line byline over the body.
    expect(kept[3]!.trim()).toBe('');
    const news = ['Harbour Bakery wins award', '', 'By Lena Holm', 'March 3, 2026', 'The bakery won the award.'];
    expect(contentOf(news, { captions: false, kinds: ['heading', null, 'metadata', 'metadata', 'record'] }).lines[2]!.trim()).toBe('');
  });

  it('does not trust metadata that has the form of content: a numbered talk line, a note field between two records', () => {
    // What a parser misfiled as page metadata (probe12 findings 6 and 11): the audit must see the words.
    const talk = ['Extract 2', '', '01 IV:   so (.) when did you [start here', '02 HY:   [twenty seventeen', '03       it was sixteen', '04 IV:   ri:ght', '05 HY:   yes', '06 IV:   mm'];
    const talkKinds = [null, null, 'metadata', 'metadata', 'heading', 'record', 'record', 'record'];
    expect(contentOf(talk, { captions: false, kinds: talkKinds }).lines[3]).toContain('seventeen');
    const notes = ['# Highlights', '', '> The office employs 14 people.', '', 'Note: good for the chapter on wealth', '', '> Binance said it had 1,500 open positions.'];
    const noteKinds = ['heading', null, 'record', null, 'metadata', null, 'record'];
    expect(contentOf(notes, { captions: false, kinds: noteKinds }).lines[4]).toContain('chapter on wealth');
    // A header's field above the content stays metadata.
    const header = ['Source: The Gulf Ledger, May 2024 edition', '', '> The office employs 14 people.'];
    expect(contentOf(header, { captions: false, kinds: ['metadata', null, 'record'] }).lines[0]!.trim()).toBe('');
  });

  it('counts two-letter words in Hangul, whose letters are syllables, and sets aside a label in a script without capitals', () => {
    // "전략" (strategy), "창업" (founding): words search indexes, once too short for the audit to see.
    expect(gripWords('기자: 전략과 창업 이야기 it is ok', quarry)).toEqual(['기자', '전략과', '창업', '이야기']);
    const { lines } = contentOf(['허이: CZ는 기술과 전략을 맡는다.', '記者：市場は大きい。'], { captions: false });
    expect(lines.map((l) => l.trim())).toEqual(['CZ는 기술과 전략을 맡는다.', '市場は大きい。']);
  });

  it('asks for a word of letters joined by dots or hyphens whole, as a reader greps for it', async () => {
    expect(gripWords('Transcript by Rev.com with Sam Okonkwo-Reyes, U.S. desk.', quarry)).toEqual(['transcript', 'rev', 'com', 'sam', 'okonkwo', 'reyes', 'desk', 'rev.com', 'okonkwo-reyes']);
    // a part may hold an apostrophe ("god's-eye", "Val-d'Argent": whole, never "s-eye" or "val-d");
    // not a sentence's end, not a path or an address
    expect(gripWords("A god's-eye view. See docs/read-me and ann@rev.com. LE VAL-D'ARGENT", quarry).filter((w) => /[.-]/.test(w))).toEqual(["god's-eye", "val-d'argent"]);
    // and finds it where search does: a speaker's hyphenated name, a service's name on a header line
    const dir = tempCorpus({
      'call.txt': ['Transcript by Rev.com', '', 'SAM OKONKWO-REYES: We are back after the break.', 'ANA RUIZ: Thanks, Sam.', ''].join('\n'),
    });
    try {
      const withNearbyLines = { ...quarry, nearbyTexts };
      const audit = await auditCorpus(dir, withNearbyLines);
      expect(audit.misses).toEqual([]);
      expect(audit.words).toBeGreaterThan(8);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports the value of a "TRANSCRIPT: …" or "Title: …" field that did not become the title, as it trusts one that did', () => {
    const raw = ['TRANSCRIPT: Harbour board briefing on the new ferry', '12 June 2023, Quay Hall'];
    const kinds = ['metadata', 'metadata'];
    const asTitle = (t: string) => (r: string) => r.trim().toLowerCase() === t.toLowerCase();
    const lost = contentOf(raw, { captions: false, kinds, isTitle: asTitle('Participants') });
    expect(lost.lines[0]).toContain('Harbour board briefing');
    expect(lost.lines[1]).toBe('');
    const kept = contentOf(raw, { captions: false, kinds, isTitle: asTitle('Harbour board briefing on the new ferry') });
    expect(kept.lines).toEqual(['', '']);
  });
});
