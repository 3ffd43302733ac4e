/**
 * An export that numbers its two voices ("Speaker 1  0:03", "Speaker 2  0:11"), the host's closing
 * thanks naming the guest in full ("Priya Wanjiru, thank you.") after speaking to her by first name
 * ("Priya, thanks for coming in."). The guest stayed "Speaker 2". The host thanking the other voice
 * by a full name it also speaks to names that voice; a title before a surname ("Councillor
 * Achterberg, thank you.") gives way to the full name the text holds for it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a numbered guest the host thanks by name', () => {
  it('is named in the unseen Otter export and in probe44-b\'s Temi export', () => {
    const otter = fixtureCorpus(join(FIXTURES, 'unseen'), ['otter-speakers-unnamed.txt']);
    const qa = otter.records.filter((r) => r.doc === 'otter-speakers-unnamed' && r.type === 'qa');
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Priya Wanjiru']));
    const temi = fixtureCorpus(join(FIXTURES, 'probe44', 'b'), ['temi-council-leader-2021.txt']);
    expect(new Set(temi.records.filter((r) => r.type === 'qa').map((r) => r.speaker))).toEqual(new Set(['Rosalind Achterberg']));
  });

  it('in other words; a show thanked by its name names no guest', () => {
    const text = (thanks: string) => [
      'Speaker 1  0:01', 'Welcome to Dockside Talks. Marek, good to see you.', '',
      'Speaker 2  0:06', 'Good to be here.', '',
      'Speaker 1  0:09', 'How many boats use the new slipway?', '',
      'Speaker 2  0:12', 'About 60 a week since April 2023.', '',
      'Speaker 1  0:20', thanks, '',
      'Speaker 2  0:22', 'Cheers.', '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'a.txt': text('Thanks very much, Marek Nowicki.'), 'b.txt': text('Dockside Talks, thank you for listening.') }));
    const guest = (doc: string) => c.records.find((r) => r.doc === doc && r.type === 'qa')?.speaker;
    expect(guest('a')).toBe('Marek Nowicki');
    expect(guest('b')).toBe('Speaker 2');
  });
});
