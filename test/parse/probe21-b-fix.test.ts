/**
 * probe21 b, second pass: broadcast transcripts. A presenter's hand-off to a correspondent ("…
 * Miles?", "Kofi Marr of member station WRVK reports.") asks nothing: the reporter's piece after it
 * is no answer, both are quotes (b-B3); a note opening a sentence stays (b-C1); the office before a
 * broadcast label's name stays in the role (b-B2); a reporter's line between soundbites is theirs (b-B5).
 * Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixtureDir = join(FIXTURES, 'probe21', 'b');
const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;

describe('b-B3: a presenter\'s hand-off to a correspondent', () => {
  it('pairs no toss with the reporter\'s piece in the fixture', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const piece = corpus.records.find((r) => r.speaker === 'Miles Ferrante' && /tense two hours/.test(r.text));
    expect(piece?.type).toBe('quote');
    expect(corpus.records.find((r) => r.speaker === 'Dana Whitlock' && /Miles\?$/.test(r.text))?.type).toBe('quote');
    const radio = corpus.records.find((r) => r.speaker === 'Kofi Marr' && /cold Thursday night/.test(r.text));
    expect(radio?.type).toBe('quote');
    expect(corpus.records.find((r) => r.speaker === 'Noelle Brandt' && /WRVK reports\.$/.test(r.text))?.type).toBe('quote');
    // A real question put to a guest is still answered.
    expect(corpus.records.find((r) => r.speaker === 'Gary Oduya' && /It's a start/.test(r.text))?.type).toBe('qa');
  });

  it('reads hand-offs in other words the same way', async () => {
    const records = await recordsIn({
      'metro-tonight-2025-05-02.txt': `METRO TONIGHT

PRIYA DESAI, ANCHOR: Flooding closed three bridges in the valley today. Our reporter Tomas Greer spent the afternoon in Lakeview. Tomas?

TOMAS GREER, CORRESPONDENT: Priya, the river rose two feet overnight and the pumps could not keep up.

DESAI: What are residents being told?

GREER: To stay off the roads until Friday.
`,
      'valley-hour-2025-05-03.txt': `Valley Hour

ELLA MOSS, HOST:

The school board voted last night to close two schools. Jamal Reyes of station KXYZ reports.

JAMAL REYES, BYLINE: The vote was five to two, and the room was full of parents.

ODETTE PRICE: My son walks to that school. Where does he go now?
`,
    });
    const by = (speaker: string, re: RegExp) => records.find((r) => r.speaker === speaker && re.test(r.text));
    expect(by('Tomas Greer', /river rose/)?.type).toBe('quote');
    expect(by('Priya Desai', /Tomas\?$/)?.type).toBe('quote');
    expect(by('Tomas Greer', /Friday/)?.type).toBe('qa');
    expect(by('Jamal Reyes', /five to two/)?.type).toBe('quote');
    expect(by('Ella Moss', /KXYZ reports\.$/)?.type).toBe('quote');
  });
});

describe('b-C1: a transcriber\'s note that opens a sentence', () => {
  it('keeps "[inaudible]" where its removal would glue "find. the last recall"', async () => {
    const corpus = await loadCorpus(fixtureDir);
    const line = corpus.records.find((r) => r.speaker === 'Gary Oduya' && /regulators find/.test(r.text));
    expect(line?.text).toContain('find. [inaudible] the last recall');
  });

  it('reads a note in other words the same way, and still drops one between sentences', async () => {
    const records = await recordsIn({
      'noon-report-2025-07-09.txt': `NOON REPORT

JUNE ABARA, ANCHOR: Good afternoon. The port reopened this morning.

CALVIN ROSS, HARBOR MASTER: We cleared the channel by six. [unintelligible] ships waited offshore all night. [laughs] It was a long one.
`,
    });
    const said = records.find((r) => r.speaker === 'Calvin Ross');
    expect(said?.text).toContain('by six. [unintelligible] ships waited');
    expect(said?.text).toContain('all night. It was a long one.');
  });
});

describe('b-B2: the office before a name in a broadcast label with a party', () => {
  it('keeps "SEN." beside "D-MN" in the fixture', async () => {
    const corpus = await loadCorpus(fixtureDir);
    expect(corpus.records.find((r) => r.asker === 'Ruth Abernathy')?.askerRole).toBe('SEN., D-MN');
    expect(corpus.records.find((r) => r.speaker === 'Curtis Vane' && /Thank you, Dana/.test(r.text))?.role).toBe('STATE SEN., R, BILL SPONSOR');
  });

  it('reads other offices the same way', async () => {
    const records = await recordsIn({
      'capitol-desk-2025-04-22.txt': `CAPITOL DESK

REP. LENA MOROS (D-CA): The budget office scored this bill last week.

GOV. PAUL HADLEY (R-TX): And I read the score.

MR. OWEN TAFT: No comment.
`,
    });
    expect(records.find((r) => r.speaker === 'Lena Moros')?.role).toBe('REP., D-CA');
    expect(records.find((r) => r.speaker === 'Paul Hadley')?.role).toBe('GOV., R-TX');
  });
});

describe('b-B5: a reporter\'s unnamed ">>" line between two soundbites', () => {
  it('gives the fixture\'s line naming the next voice to the reporter', async () => {
    const corpus = await loadCorpus(fixtureDir);
    expect(corpus.records.find((r) => /RAYMOND OSEI, SAYS HIS CLIENT/.test(r.text))?.speaker).toBe('Victor Salazar');
    // The unnamed soundbite before it stays unnamed.
    expect(corpus.records.find((r) => /NOBODY LISTENED/.test(r.text))?.speaker).toBeNull();
  });

  it('reads captions in other words the same way', async () => {
    const cues = [
      ">> GOOD EVENING. I'M CARLA MENDES.\nTHE MILL CLOSED TODAY.",
      'OUR DEREK HOLT IS THERE.\nDEREK?',
      '>> CARLA, THE LAST SHIFT\nENDED AT NOON.',
      '>> WE GAVE THIS PLACE\nTHIRTY YEARS.',
      '>> THAT WAS SHIFT MANAGER TINA\nROWE. WORKERS WERE ANGRY.',
      '>> THEY NEVER TOLD US\nA THING.',
      ">> THE OWNER'S LAWYER, PAULA\nVANCE, SAYS THE SALE WAS LAWFUL.",
      '>> PAULA VANCE: WE FOLLOWED\nEVERY RULE.',
      '>> THE STATE WILL REVIEW THE\nSALE. DEREK HOLT, NEWS 9.',
    ];
    const stamp = (k: number) => `00:00:${String(k * 3).padStart(2, '0')},000 --> 00:00:${String(k * 3 + 3).padStart(2, '0')},000`;
    const srt = cues.map((c, k) => `${k + 1}\n${stamp(k)}\n${c}\n`).join('\n');
    const records = await recordsIn({ 'news9-mill-2025-03-03.srt': srt });
    expect(records.find((r) => /SALE WAS LAWFUL/.test(r.text))?.speaker).toBe('Derek Holt');
    expect(records.find((r) => /TOLD US A THING/.test(r.text))?.speaker).toBeNull();
    expect(records.find((r) => /FOLLOWED EVERY RULE/.test(r.text))?.speaker).toBe('Paula Vance');
  });
});
