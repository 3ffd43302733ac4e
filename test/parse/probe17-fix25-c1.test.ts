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
