/**
 * Leftover findings of probe 36 (b): television production scripts.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

/**
 * A news package script: the header names the reporter ("REPORTER: DANIEL OKONKWO"), the anchor's
 * cue names the anchor ("[ANCHOR INTRO — CLAIRE MBEKI — ON CAM]", "[TAG — …]"), and the reporter's
 * voice runs under "TRACK 1:" and "[STANDUP — NAME — place]". Before, all that narration was
 * claims of nobody's.
 */
describe('a news package script', () => {
  it("gives TRACK and STANDUP to the reporter, ANCHOR INTRO and TAG to the anchor, in the unseen script", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['news-package-hospital-parking.txt']);
    const records = c.records.filter((r) => r.doc === 'news-package-hospital-parking');
    const at = (line: number) => records.find((r) => r.line <= line && r.endLine >= line);
    expect(at(7)?.speaker).toBe('Claire Mbeki');
    expect(at(9)?.speaker).toBe('Claire Mbeki');
    expect(at(16)?.speaker).toBe('Daniel Okonkwo');
    expect(at(17)?.speaker).toBe('Daniel Okonkwo');
    expect(at(25)?.speaker).toBe('Daniel Okonkwo');
    expect(at(42)?.speaker).toBe('Daniel Okonkwo');
    expect(at(51)?.speaker).toBe('Daniel Okonkwo');
    expect(at(52)?.speaker).toBe('Daniel Okonkwo');
    expect(at(63)?.speaker).toBe('Claire Mbeki');
    // The bites stay their speakers'.
    expect(at(21)?.speaker).toBe('Beverley Ashworth');
    expect(at(55)?.speaker).toBe('Helen Pryce');
  });

  it('in other words: a correspondent, a presenter in the header, VO and STAND-UP cues', () => {
    const text = [
      'SLUG: FERRY STRIKE          CORRESPONDENT: MARTA KOWALCZYK',
      'PROGRAMME: LATE BULLETIN          PRESENTER: OWEN PRICE',
      '',
      '[ANCHOR LEAD — ON CAM]',
      'FERRY CREWS ON THE NORTHERN ROUTES WALKED OUT AT MIDNIGHT.',
      '',
      'VO 1:',
      'The harbour was silent by dawn in 2024, the first time since the yards closed.',
      '',
      '{SOT: IAN BRODIE, deckhand  :07}',
      '"We asked for a meeting and got a memo."',
      '',
      '[STAND-UP — MARTA KOWALCZYK — quayside]',
      'Talks resume on Thursday, but neither side expects a deal.',
      '',
      '[TAG — OWEN PRICE]',
      'THE OPERATOR SAYS EMERGENCY SAILINGS WILL RUN.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ferry-strike.txt': text })).records;
    const at = (line: number) => records.find((r) => r.line <= line && r.endLine >= line);
    expect(at(5)?.speaker).toBe('Owen Price');
    expect(at(8)?.speaker).toBe('Marta Kowalczyk');
    expect(at(11)?.speaker).toBe('Ian Brodie');
    expect(at(14)?.speaker).toBe('Marta Kowalczyk');
    expect(at(17)?.speaker).toBe('Owen Price');
  });
});
