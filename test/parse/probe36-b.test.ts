/**
 * Television and documentary production documents (probe 36, b).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

/**
 * A subtitle spotting list numbers each event and gives its in, out and duration before the
 * centred speaker cue: "0002  10:00:18:02   10:00:21:11   03:09        NARRATOR (V.O.)". Before,
 * the event number and the duration hid the timecodes, no cue was read, and every subtitle was a
 * claim of nobody's, cue lines merged into the words.
 */
describe('a subtitle spotting list', () => {
  it('gives each numbered event its speaker in the unseen spotting list', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['spotting-list-ironworks-s01e03.txt']);
    const records = c.records.filter((r) => r.doc === 'spotting-list-ironworks-s01e03');
    const at = (line: number) => records.find((r) => r.line <= line && r.endLine >= line);
    expect(at(13)?.speaker).toBe('Narrator');
    expect(at(21)?.speaker).toBe('Billy Macrae');
    expect(at(24)?.speaker).toBe('Fraser Dunn');
    expect(at(36)?.speaker).toBe('Maggie Macrae');
    expect(at(40)?.speaker).toBe('Maggie Macrae');
    expect(at(52)?.speaker).toBe('Sir Alistair Hume');
    expect(at(61)?.speaker).toBe('Sir Alistair Hume');
    expect(at(64)?.speaker).toBe('Billy Macrae');
    // No cue's time codes or name in anyone's words.
    expect(records.filter((r) => r.speaker && /\d{2}:\d{2}:\d{2}:\d{2}|MACRAE|HUME/.test(r.text))).toEqual([]);
  });

  it('in other words: a three-digit event number, no duration column', () => {
    const text = [
      'SPOTTING LIST — "Night Ferry" (feature), reel 2',
      'Prepared by Kestrel Subtitling, 11 May 2025',
      '',
      '#    TC IN         TC OUT        CHARACTER / DIALOGUE',
      '',
      '101  02:00:04:10   02:00:07:02                OSKAR LIND',
      '                                       We sailed at midnight in 2009.',
      '',
      '102  02:00:07:15   02:00:10:20                HELGA BRANDT (O.S.)',
      '                                       The captain never came back up.',
      '',
      '103  02:00:11:00   02:00:13:12                OSKAR LIND',
      '                                       Nobody asked why, not once.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'night-ferry.txt': text })).records;
    const spoken = records.filter((r) => r.line >= 6 && r.speaker).map((r) => [r.speaker, r.text]);
    expect(spoken).toEqual([
      ['Oskar Lind', 'We sailed at midnight in 2009.'],
      ['Helga Brandt', 'The captain never came back up.'],
      ['Oskar Lind', 'Nobody asked why, not once.'],
    ]);
  });
});

/**
 * A documentary's interview selects log: each clip's slate names who is interviewed ("INT. DR. ANA
 * REYES — hydrologist, …", "INT. JAN-WILLEM DE GROOT (cont.)"), the off-camera questions and the
 * answers lettered under it. Before, every answer had no speaker: the letter "A" names a side, and
 * the slate was read as no one.
 */
describe('an interview selects log', () => {
  it('gives each answer the person its clip slate names, in the unseen selects log', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['selects-log-floodplain.txt']);
    const qa = c.records.filter((r) => r.doc === 'selects-log-floodplain' && r.type === 'qa');
    const at = (line: number) => qa.find((r) => r.line <= line && r.endLine >= line);
    expect(at(12)?.speaker).toBe('Ana Reyes');
    expect(at(24)?.speaker).toBe('Ana Reyes');
    // (A particle in capitals is title-cased as every label's is: "De Groot".)
    expect(at(34)?.speaker).toMatch(/^Jan-Willem de Groot$/i);
    expect(at(45)?.speaker).toMatch(/^Jan-Willem de Groot$/i);
    expect(at(55)?.speaker).toMatch(/^Liesbeth van Aalst$/i);
    expect(at(58)?.speaker).toMatch(/^Liesbeth van Aalst$/i);
  });

  it('in other words: "INTERVIEW:" slates, two people, a role after the dash', () => {
    const text = [
      'STRINGOUT NOTES — "Cold Chain" ep. 2',
      'Logged 4 March 2025',
      '',
      'TAPE 02   TC 00:14:10:00 - 00:15:02:11',
      'INTERVIEW: MARTA KOWALCZYK — warehouse manager',
      '',
      'Q: How many lorries came in that night?',
      'A: Thirty-one. In 2019 we had never seen more than twelve.',
      '',
      'TAPE 05   TC 00:40:00:00 - 00:41:30:00',
      'INTERVIEW: FELIX OYELOWO — union rep',
      '',
      'Q: Were the drivers paid for the wait?',
      'A: Not a penny. We filed a grievance the week after.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'cold-chain.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.text])).toEqual([
      ['Marta Kowalczyk', 'Thirty-one. In 2019 we had never seen more than twelve.'],
      ['Felix Oyelowo', 'Not a penny. We filed a grievance the week after.'],
    ]);
  });
});

/**
 * The same log's fields between clips ("Location: …", "NOTES: …"): the logger's, never a voice
 * named "Notes", and no words of the answer above them. Before, they were quotes of "Location" and
 * "Notes", and a note dropped as filler joined the next clip's header to the answer above it.
 */
describe("a selects log's fields", () => {
  it('are nobody\'s words and end the answer above, in the unseen selects log', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['selects-log-floodplain.txt']);
    const records = c.records.filter((r) => r.doc === 'selects-log-floodplain');
    expect(records.filter((r) => r.speaker === 'Notes' || r.speaker === 'Location')).toEqual([]);
    expect(records.filter((r) => r.speaker && /CLIP \d|TC IN|END OF LOG|cutaway|Clean audio/.test(r.text))).toEqual([]);
    expect(records.find((r) => /Clean audio/.test(r.text))).toMatchObject({ speaker: null });
  });

  it('in other words: "Note:" and "Location:" under other answers', () => {
    const text = [
      'TAPE LOG — "River Men" (working title)',
      'Logged 9 June 2025 by Aoife Kerr',
      '',
      'SHOT 4   TC 00:02:10:00',
      'INT. OSCAR BRENNAN — boatbuilder',
      'Location: boatyard, Cork',
      '',
      'Q: When did you build your first hull?',
      'A: In 1979, with my uncle. It leaked for a month.',
      '',
      'Note: great laugh at the end, keep it.',
      '',
      'SHOT 9   TC 00:09:44:12',
      'INT. OSCAR BRENNAN (cont.)',
      'Location: slipway, Cork',
      '',
      'Q: And now?',
      'A: Now I build two a year, if the wood comes.',
      '',
      'Note: wind noise, check the lav track.',
      '',
      'SHOT 12   TC 00:15:02:00',
      'INT. SIOBHAN BRENNAN — his daughter',
      'Location: slipway, Cork',
      '',
      'Q: Will you take the yard on?',
      'A: I will. He does not know yet.',
      '',
      'Note: use as the ending.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'river-men.txt': text })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => r.text)).toEqual([
      'In 1979, with my uncle. It leaked for a month.',
      'Now I build two a year, if the wood comes.',
      'I will. He does not know yet.',
    ]);
    expect(records.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Oscar Brennan', 'Oscar Brennan', 'Siobhan Brennan']);
    expect(records.filter((r) => r.speaker === 'Note' || r.speaker === 'Location')).toEqual([]);
    expect(records.find((r) => /wind noise/.test(r.text))).toMatchObject({ speaker: null });
  });
});

/**
 * A news package script names each bite's speaker in its SOT cue, in capitals, with the role and
 * the bite's length ("{SOT: DR. HELEN PRYCE, chief executive  :12}", "[SOT: VOX POP — GEORGE MILLS]"),
 * the words in quotation marks under it. Before, a bite under its cue with no lower-third line of
 * mixed case between had no speaker.
 */
describe("a news package script's SOT cue", () => {
  it('names the speaker of the bite under it, in the unseen package script', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe36', 'b'), ['news-package-hospital-parking.txt']);
    const records = c.records.filter((r) => r.doc === 'news-package-hospital-parking');
    expect(records.find((r) => r.line === 55)).toMatchObject({ type: 'quote', speaker: 'Helen Pryce' });
  });

  it('in other words: cues in square brackets, a vox pop, a role after the name', () => {
    const text = [
      'SLUG: BRIDGE CLOSURE          REPORTER: ANA SOUZA',
      'SHOW: LATE NEWS          DATE: 14/11/2025          TRT 1:20',
      '',
      'TRACK 1:',
      'The Halden bridge has been shut since the storm of 2 November.',
      '',
      '[SOT: COUNCILLOR RAJ PATEL, transport lead  :08]',
      '"We will reopen one lane by Christmas. Two lanes will take until 2026."',
      '',
      'TRACK 2:',
      'Traders on the east bank say footfall has halved.',
      '',
      '[SOT: VOX POP — LINDA OKAFOR, florist  :05]',
      '"Half my customers can\'t get to me. Half!"',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'bridge.txt': text })).records.filter((r) => r.type === 'quote');
    expect(records.map((r) => [r.speaker, r.line])).toEqual([
      ['Raj Patel', 8],
      ['Linda Okafor', 14],
    ]);
  });
});
