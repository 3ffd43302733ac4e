/**
 * A Korean or Chinese name romanised family name first, the given name's second syllable in
 * lowercase after a hyphen ("Lee Mi-rae", "Tsai Ing-wen"), was no person: NOT_PERSON_WORDS takes a
 * short capitalised word before a hyphen and a lowercase word for a prefix ("Co-founds", "Ex-wife").
 * So "she recalled" after "The union's chair, Lee Mi-rae, was less sure." went to the man quoted
 * before her, and "Lee said" was a speaker "Lee".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('romanised given names with a lowercase second syllable', () => {
  it('reads the unseen mill story: Lee Mi-rae is a person, "she" and "Lee" are her', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['hanbit-mill-reopen-2024.txt']);
    const quotes = c.records.filter((r) => r.doc === 'hanbit-mill-reopen-2024' && r.type === 'quote');
    const by = (line: number) => quotes.find((r) => r.line === line)?.speaker;
    expect(by(13)).toBe('Park Ji-won');
    expect([by(15), by(17), by(19), by(21)]).toEqual(['Lee Mi-rae', 'Lee Mi-rae', 'Lee Mi-rae', 'Lee Mi-rae']);
  });

  it('in other words: a Taiwanese president after a premier, her surname alone later', async () => {
    const text = [
      'Taipei holds firm',
      'By Tom Ashby',
      'March 4, 2024',
      '',
      '"The drills changed nothing," Premier Chen Chien-jen said on Monday.',
      '',
      'President Tsai Ing-wen, speaking later in Taipei, was blunter. "We will not bow," she said.',
      '',
      '"Not now, not in 2025," Tsai added.',
      '',
    ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'taipei.txt': text }));
    const by = (line: number) => c.records.find((r) => r.line === line && r.type === 'quote')?.speaker;
    expect(by(5)).toBe('Chen Chien-jen');
    expect(by(7)).toBe('Tsai Ing-wen');
    expect(by(9)).toBe('Tsai Ing-wen');
  });
});
