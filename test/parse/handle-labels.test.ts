/**
 * A Spaces transcript labels each turn with the speaker's handle alone ("@tobi_builds: Roughly 90
 * percent …"). Only a bold handle or "Q from @x:" was a label, so the turns were nobody's claims,
 * and the title's colon ("Twitter Spaces: "Layer 2 Fees After Dencun"") made a speaker "Fees After".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('handles labelling turns', () => {
  it('are the voices of a Spaces transcript', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['spaces-layer2-fees-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'spaces-layer2-fees-2024');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [4, 'qa', '@tobi_builds', '@mara_onchain'],
      [8, 'qa', '@sasha_k', '@mara_onchain'],
      [12, 'quote', '@tobi_builds', null],
      // the host's lead-in is hers; the question she relays, "@degen_dan asks: will …?", is the listener's
      [14, 'quote', '@mara_onchain', null],
      [14, 'qa', '@sasha_k', '@degen_dan'],
    ]);
  });

  it('in other words: a Clubhouse room, its handles named in the header', () => {
    const text = [
      'Clubhouse room: Indie games in 2023',
      'Speakers: Jonas Ekberg (@jonas_e), Ama Owusu (@amaowusu)',
      '',
      '@jonas_e: Ama, you shipped two games last year. Which one paid the rent?',
      '@amaowusu: The small one. It sold 40,000 copies in a month.',
      '@jonas_e: And the big one?',
      '@amaowusu: Still paying for itself, slowly.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'room.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [4, 'Ama Owusu', 'Jonas Ekberg'],
      [6, 'Ama Owusu', 'Jonas Ekberg'],
    ]);
  });
});
