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

/**
 * A two-column AV script: a "VIDEO<tab>AUDIO" head over rows, the shot on the left, the sound on
 * the right. The audio column holds the words (VO narration, the bites under an "SOT: NAME" cue);
 * the video column the shots, furniture (the shot a narration plays over is that claim's context,
 * so it stays searchable). Before, a shot was a claim, merged into the narration beside it, an
 * "ARCHIVE:" shot tag named a speaker, and a cue after the tab was not read.
 */
describe('a two-column AV script', () => {
  it('reads the audio column by its cues, the video column as shots, in the unseen script', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['av-script-harvest-coop.txt']);
    const records = c.records.filter((r) => r.doc === 'av-script-harvest-coop');
    const on = (line: number) => records.filter((r) => r.line <= line && r.endLine >= line);
    // No shot is anyone's claim, and no shot tag a speaker.
    expect(records.filter((r) => /drone shot|CU apples|MS forklift|CU hands/.test(r.text))).toEqual([]);
    expect(records.filter((r) => r.speaker === 'ARCHIVE' || r.speaker === 'Archive')).toEqual([]);
    // The narration is the narrator's, the shot its context.
    expect(on(9).map((r) => [r.type, r.speaker, r.text.slice(0, 8), r.context])).toEqual([['claim', 'Narrator', 'In 1998,', 'CU apples on conveyor, packing shed.']]);
    expect(on(20).map((r) => [r.speaker, r.text])).toEqual([['Narrator', 'But the co-op has had hard years too.']]);
    // The bites are the speakers' the SOT cues name.
    expect(on(14).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Tomás Ferreira']]);
    expect(on(28).map((r) => r.speaker)).toEqual(['Maureen Kitt']);
    expect(on(30).map((r) => r.speaker)).toEqual(['Tomás Ferreira']);
    expect(on(26).map((r) => r.speaker)).toEqual(['Oluwaseun Bello']);
  });

  it('in other words: PICTURE / SOUND heads, NARR cues, a caption tag in the picture column', () => {
    const text = [
      'RIVERSIDE FILMS',
      'Script: "Bridges of Tay" (promo, 2\'00")',
      '',
      'PICTURE\tSOUND',
      '=====================================',
      '1. AERIAL bridge at dusk, traffic lights streaming.\tNARR: The old bridge opened in 1966 and carried twelve thousand cars a day.',
      'CAPTION: Archive photograph, 1966.\tSOT: ELSPETH MUIR',
      '\t"My father welded the last girder. He never drove across it."',
      '2. MCU engineer checking a cable.\tNARR: Now the cables are failing, one by one.',
      'STOCK: Courier front page, "Bridge Shut".\tSOT: DR. KWAME ASANTE (cont.)',
      '\t"We found corrosion nobody had looked for."',
      '3. WIDE river, gulls.\tSFX: wind, gull cries.',
      '=====================================',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'bridges.txt': text })).records;
    const got = records.filter((r) => r.line >= 5).map((r) => [r.type, r.speaker, r.text]);
    expect(got).toEqual([
      ['claim', 'Narrator', 'The old bridge opened in 1966 and carried twelve thousand cars a day.'],
      ['quote', 'Elspeth Muir', 'My father welded the last girder. He never drove across it.'],
      ['claim', 'Narrator', 'Now the cables are failing, one by one.'],
      ['quote', 'Kwame Asante', 'We found corrosion nobody had looked for.'],
    ]);
  });
});
