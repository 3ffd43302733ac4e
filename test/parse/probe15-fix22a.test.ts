/**
 * Transcription services' exports (test/fixtures/probe15/c1): Trint's `Name [hh:mm:ss] words` turns,
 * Sonix's promotional footer, TranscribeMe's and Scribie's speaker keys, bracketed transcriber notes,
 * YouTube's transcript panel with chapters, the vendor's name over the file's. Each shape is also
 * tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe15', 'c1'));
type Recs = ReturnType<typeof recordsOf>;
const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;
const words = (recs: Recs) => recs.map((r) => `${r.question ?? ''} ${r.text}`).join(' ');

describe("Trint's `Name [hh:mm:ss] words` turns", () => {
  it('each line is a turn of the named speaker, the label and its stamp no words', () => {
    const recs = recordsOf(c1, 'trint-blocktalk-ep41');
    expect(docOf(c1, 'trint-blocktalk-ep41').shape).toBe('transcript');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.line])).toEqual([
      ['Marcus Feld', 'He Yi', 8],
      ['Marcus Feld', 'He Yi', 12],
      ['Marcus Feld', 'He Yi', 16],
      ['Marcus Feld', 'He Yi', 20],
      ['Marcus Feld', 'He Yi', 24],
    ]);
    expect(words(recs)).not.toMatch(/\[00:|Marcus Feld \[|\[laughs\]|\[music\]/);
    expect(recs.find((r) => r.line === 32)!.speaker).toBe('Marcus Feld');
    expect(recs.some((r) => r.line === 34)).toBe(false);
  });

  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'ep.txt': [
        'Garden Hour 12', '', 'Ines Duarte [00:00:02] Hello and welcome. My guest is Paul Brandt.', '',
        'Paul Brandt [00:00:09] Glad to be here.', '', 'Ines Duarte [00:00:12] When did you plant the orchard?', '',
        'Paul Brandt [00:00:15] In 2009, after the flood.', '', '[00:00:30] [applause]', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    const recs = recordsOf(corpus, 'ep');
    expect(docOf(corpus, 'ep').shape).toBe('transcript');
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text])).toEqual([
      ['Ines Duarte', 'Paul Brandt', 'When did you plant the orchard?', 'In 2009, after the flood.'],
    ]);
    expect(words(recs)).not.toMatch(/applause|\[00:/);
  });

  it('a sentence that cites a time in brackets once is still prose', () => {
    const dir = tempCorpus({
      'note.md': [
        '# Minutes of the archive call', '',
        'The recording starts late. Watch [00:12:40] for the moment the line drops, then the chair resumes.', '',
        'Nobody objected to the budget, and the meeting closed at noon.', '',
      ].join('\n'),
    });
    const corpus = loadCorpus(dir);
    expect(docOf(corpus, 'note').shape).toBe('prose');
    expect(words(recordsOf(corpus, 'note'))).toMatch(/Watch \[00:12:40\] for the moment/);
  });
});
