/**
 * Encodings and line structure (test/fixtures/probe17/c1): each rule is also tested on a small
 * text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../src/corpus/read.js';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe17', 'c1'));

describe('a TSV cell quoted over several lines (probe17 c1 finding 4)', () => {
  it('is one cell: the row is one qa citing all its lines, the wrapping quotes dropped', () => {
    const qa = recordsOf(c1, 'ama_export_2023-11-02').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(6);
    const trust = qa.find((r) => r.question?.includes('still trust'))!;
    expect(trust.text).toMatch(/^Two things\. First, .* you can check\.$/);
    expect([trust.line, trust.endLine, trust.speaker]).toEqual([3, 5, 'He Yi']);
    expect(recordsOf(c1, 'ama_export_2023-11-02').filter((r) => r.type !== 'qa')).toEqual([]);
  });

  it('in other words, and a lone stray quote does not swallow the rows below it', () => {
    const tsv = [
      'question\tasker\tresponse\tresponder',
      'Where do the boats winter?\tpetra\t"In the north shed.',
      'The small ones go to the barn."\tHugo Lind',
      'How long is the season?\tnils\t"About five months\tHugo Lind',
      'Do you race?\tkari\tNo, never.\tHugo Lind',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'club.tsv': tsv })), 'club');
    const winter = recs.find((r) => r.question === 'Where do the boats winter?')!;
    expect(winter.text).toBe('In the north shed. The small ones go to the barn.');
    expect([winter.line, winter.endLine, winter.speaker]).toEqual([2, 3, 'Hugo Lind']);
    expect(recs.find((r) => r.question === 'Do you race?')?.text).toBe('No, never.');
    expect(recs.some((r) => r.text.includes('About five months'))).toBe(true);
  });
});

describe('a classic Mac file (probe17 c1 finding 12)', () => {
  it('lines ending in a lone CR and Mac OS Roman quotes read as Mac OS Roman: apostrophes are apostrophes', () => {
    const recs = recordsOf(c1, 'Polder Newsletter Spring 98');
    const all = recs.map((r) => `${r.question ?? ''} ${r.text}`).join('\n');
    expect(all).toContain('It wasn’t.');
    expect(all).toContain('with Apple’s troubles?');
    expect(all).not.toMatch(/Õ/);
    expect(c1.problems.some((p) => p.file.includes('Polder') && p.message.includes('read as Mac OS Roman'))).toBe(true);
  });

  it('in other words: a Mac OS Roman file with LF endings and many Mac quotes, and a Windows-1252 one stays Windows-1252', () => {
    const mac = (s: string) => Buffer.from(s.replace(/’/g, '\xd5').replace(/“/g, '\xd2').replace(/”/g, '\xd3').replace(/é/g, '\x8e'), 'latin1');
    const text = 'Interviewer: What’s the café like?\nJo Park: It’s small. We call it “the shed” and it’s always full.\n';
    const decoded = decodeDocument(mac(text));
    expect('text' in decoded && decoded.text).toBe(text);
    expect('encoding' in decoded && decoded.encoding).toBe('macintosh');
    const win = Buffer.from(text.replace(/’/g, '\x92').replace(/“/g, '\x93').replace(/”/g, '\x94'), 'latin1');
    const w = decodeDocument(win);
    expect('encoding' in w && w.encoding).toBe('windows-1252');
    expect('text' in w && w.text).toBe(text);
    // Portuguese capitals in Windows-1252 are no Mac quote: one Õ between capitals, CRLF endings
    const pt = decodeDocument(Buffer.from('PORTUGAL E AS NA\xD5ES\r\nUma frase.\r\n', 'latin1'));
    expect('encoding' in pt && pt.encoding).toBe('windows-1252');
  });
});

/** A profile hard-wrapped at about 40 columns, in other words. */
const NARROW = [
  'THE NIGHT BAKER',
  'A profile of Tomas Lindgren',
  '',
  'By Hanna Berg',
  'Harbour Weekly, March 2021',
  '',
  'Tomas Lindgren does not enjoy being',
  'photographed. Asked for a portrait, the',
  'head baker of the Kvarn bakery in Umeå',
  'Centre offered a loaf instead. "It',
  'photographs better than I do," he said,',
  '"and it stays still."',
  '',
  'He starts work at three every morning',
  'and finishes before the first trams run',
  'through Umeå. On Sundays Lindgren walks',
  'the Baltic Sea shore with his two dogs',
  'and does not bake at all.',
  '',
  '"Bread is patient," he said.',
  '"People are not."',
  '',
].join('\n');

describe('a text hard-wrapped at a narrow width (probe17 c1 findings 5-7)', () => {
  const recs = recordsOf(c1, 'northbridge_varga_profile_apr2022');
  const other = recordsOf(loadCorpus(tempCorpus({ 'baker.txt': NARROW })), 'baker');

  it('a full line of a narrow column goes on into the next though it starts with a capital', () => {
    expect(recs.some((r) => r.text === 'Asked for an interview, the chief technology officer of Saltmarsh Labs suggested we talk about the company\'s database migration instead.')).toBe(true);
    expect(recs.some((r) => r.text.startsWith('Outside work, Varga swims in the Irish Sea year-round'))).toBe(true);
    expect(other.some((r) => r.text === 'Asked for a portrait, the head baker of the Kvarn bakery in Umeå Centre offered a loaf instead.')).toBe(true);
    expect(other.some((r) => r.text.startsWith('On Sundays Lindgren walks the Baltic Sea shore'))).toBe(true);
  });

  it('the quotation after it is still the profiled person\'s, not the role that names them', () => {
    const q = recs.find((r) => r.type === 'quote' && r.text.startsWith('It is much more interesting'));
    expect(q?.speaker).toBe('Ines Varga');
    const o = other.find((r) => r.type === 'quote' && r.text.startsWith('It photographs better'));
    expect(o?.speaker).toBe('Tomas Lindgren');
  });

  it('a quotation\'s second part opening the line under its attribution is the same quotation', () => {
    const q = recs.find((r) => r.type === 'quote' && r.text.startsWith('Ask me again'));
    expect(q && [q.text, q.speaker, q.line, q.endLine]).toEqual(['Ask me again in ten years. But probably not.', 'Ines Varga', 87, 88]);
    expect(recs.some((r) => r.text.includes('"But probably not."'))).toBe(false);
    const o = other.find((r) => r.type === 'quote' && r.text.startsWith('Bread is patient'));
    expect(o && [o.text, o.speaker]).toEqual(['Bread is patient. People are not.', 'Tomas Lindgren']);
  });
});

describe('words broken at a narrow line end (probe17 c1 findings 9, 10)', () => {
  const recs = recordsOf(c1, 'northbridge_varga_profile_apr2022');
  const text = [
    'The Harbour Gazette, June 2020',
    '',
    'Maria Olsen started the ferry company',
    'with her brother in 1998, and the co-',
    'owner still runs the night crossing, a',
    'service the town council calls "stub-',
    'bornly, wonderfully slow" every spring.',
    'She has no plans to sell the business.',
    '',
  ].join('\n');
  const other = recordsOf(loadCorpus(tempCorpus({ 'ferry.txt': text })), 'ferry');

  it('"co-" at a line end keeps its hyphen: co-founder, not cofounder', () => {
    expect(recs.some((r) => r.context?.includes("Saltmarsh's co-founder and chief executive"))).toBe(true);
    expect(other.some((r) => r.text.includes('the co-owner still runs the night crossing'))).toBe(true);
  });

  it('a word broken after an opening quotation mark opens the quotation with no space', () => {
    expect(recs.some((r) => r.text.includes('a figure she calls "stubbornly, embarrassingly flat" over'))).toBe(true);
    expect(other.some((r) => r.text.includes('calls "stubbornly, wonderfully slow" every spring'))).toBe(true);
  });
});
