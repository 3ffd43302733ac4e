/**
 * A Q./A. write-up whose sides are named only in its header (probe7 lead2): the byline
 * "Posted on DATE by NAME" names the author, who asks; the one person the standfirst introduces
 * by full name answers. Each beside a small text of our own in other words, so each test proves
 * the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { bylineName } from '../../src/parse/chrome.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe7', 'lead2');

const probeCorpus = (): Corpus => fixtureCorpus(DIR);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);

describe('a byline with the date before the name', () => {
  it('reads "Posted on DATE by NAME" and "Published DATE by NAME" as the author', () => {
    expect(bylineName('Posted on 9 August 2023 by Rosa Kim')).toBe('Rosa Kim');
    expect(bylineName('Published March 3, 2024 by Lena Okafor')).toBe('Lena Okafor');
    expect(bylineName('Published 2024-03-03, by Lena Okafor.')).toBe('Lena Okafor');
    // Not a date before "by": no byline.
    expect(bylineName('Posted on the forum by Lena Okafor')).toBeNull();
  });
});

describe('a Q./A. write-up whose sides carry no names', () => {
  it('credits the author with the questions and the standfirst person with the answers (probe7 lead2)', () => {
    const c = probeCorpus();
    const d = c.documents.find((x) => x.id === 'substack-qa')!;
    expect(d.meta.author).toBe('Rosa Kim');
    const r = recs(c, 'substack-qa');
    const qa = r.filter((x) => x.type === 'qa');
    expect(qa).toHaveLength(2);
    for (const x of qa) {
      expect(x.speaker).toBe('Tomás Ferreira');
      expect(x.asker).toBe('Rosa Kim');
    }
    expect(qa[0]!.question).toBe('How big is your team now?');
    const claim = r.find((x) => x.type === 'claim' && x.text.includes('led compliance'))!;
    expect(claim.speaker).toBe('Rosa Kim');
  });

  it('reads the same shape in other words', () => {
    const text = [
      'Ten minutes with a harbour pilot',
      'Published 14 May 2022 by Jonas Weller',
      '',
      'Marit Solberg has guided ships into Bergen for twenty years. She met us at the quay.',
      '',
      'Q. What is the hardest part of the job?',
      'A. Fog. I trust the radar, never my eyes.',
      '',
      'Q. Would you do it again?',
      'A. Every single day.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'pilot.txt': text }));
    expect(c.documents[0]!.meta.author).toBe('Jonas Weller');
    const qa = c.records.filter((x) => x.type === 'qa');
    expect(qa).toHaveLength(2);
    expect(qa.map((x) => [x.speaker, x.asker])).toEqual([
      ['Marit Solberg', 'Jonas Weller'],
      ['Marit Solberg', 'Jonas Weller'],
    ]);
    const claim = c.records.find((x) => x.type === 'claim' && x.text.includes('guided ships'))!;
    expect(claim.speaker).toBe('Jonas Weller');
  });

  it('names no side when the standfirst introduces two people', () => {
    const text = [
      'Two founders, five questions',
      'Published 14 May 2022 by Jonas Weller',
      '',
      'Marit Solberg and Per Aasen started the ferry line together in 2019.',
      '',
      'Q. Who steers?',
      'A. We take turns.',
      '',
      'Q. And the books?',
      'A. Nobody wants them.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'founders.txt': text }));
    const qa = c.records.filter((x) => x.type === 'qa');
    expect(qa).toHaveLength(2);
    for (const x of qa) {
      expect(x.speaker).toBeNull();
      expect(x.asker).toBeNull();
    }
  });
});
