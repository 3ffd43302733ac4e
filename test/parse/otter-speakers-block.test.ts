/**
 * Otter's export lists the recording's voices under "SPEAKERS" ("Ruth Amankwah, Moderator, Audience
 * Member 1, Audience Member 2"). "Ruth Amankwah, Moderator" read as a name and the part she plays,
 * so every "Moderator" turn was hers, and the whole talk one quote of hers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("Otter's SPEAKERS block", () => {
  it('names voices, not who plays a part', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['otter-founders-breakfast-speakers-block.txt']);
    const qa = c.records.filter((r) => r.doc === 'otter-founders-breakfast-speakers-block' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker])).toEqual([
      [10, 'Ruth Amankwah'],
      [16, 'Ruth Amankwah'],
      [23, 'Ruth Amankwah'],
      [29, 'Ruth Amankwah'],
    ]);
    expect(qa.slice(0, 2).map((r) => r.asker)).toEqual(['Moderator', 'Moderator']);
    expect(qa[0]!.question).toMatch(/^Good morning, everyone\./);
  });

  it('in other words: a host listed among the voices', () => {
    const text = [
      'Weekly sync',
      'Mon, Mar 4, 2024 10:00AM • 12:03',
      '',
      'SPEAKERS',
      'Dev Patel, Host, Lena Ortiz',
      '',
      'Host  0:02',
      'Lena, what shipped last week?',
      '',
      'Lena Ortiz  0:05',
      'The export fix, and the new billing page.',
      '',
      'Dev Patel  0:20',
      'Any blockers?',
      '',
      'Lena Ortiz  0:22',
      'None.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'sync.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Lena Ortiz', 'Host'],
      [13, 'Lena Ortiz', 'Dev Patel'],
    ]);
  });
});
