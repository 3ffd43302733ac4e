/**
 * Gaming, streaming, music and entertainment documents, probe96-b: a stream's chat replay whose
 * badges count months ("[SUB 24] pixelmancer99: …"); an esports press conference whose labels are
 * gamer tags (`Marek "Flinch" Dvorak` over "FLINCH:") and whose reporters ask on without naming
 * themselves again ("Q: And Flinch, …", "Q: Last one from me."); a profile whose "she says" follows
 * a record's or a group's name ("The new record, Low Tide, was written …"); a band interview whose
 * standfirst opens "Singer Niamh Kearney is …" and whose italic prompts may state ("*It's a very loud
 * album.*"); a junket write-up's bold question addressing the
 * actor who answers after the director ("**Rosalind, you learned …?**").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; section: string | null; speaker: string | null; role: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe96', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a stream chat replay: "[0:00:15] [SUB 24] pixelmancer99: LETS GOOO"', () => {
  const records = fixtureCorpus(DIR, ['stream-chat-log.txt']).records as Rec[];

  it('reads a badge with a count as the sender\'s role, the handle as the speaker', () => {
    expect(at(records, 5)).toMatchObject({ type: 'quote', speaker: 'pixelmancer99', role: 'SUB 24', text: 'LETS GOOO' });
    expect(at(records, 8)).toMatchObject({ type: 'quote', speaker: 'gummidrop', role: 'SUB 3', text: 'KEKW the intro music' });
    expect(at(records, 18)).toMatchObject({ type: 'quote', speaker: 'pixelmancer99', text: 'kes are you still using the 800 dpi setup' });
    // no stamp or badge left in any record's words
    expect(records.some((r) => /\[SUB|\[\d+:\d\d/.test(r.text))).toBe(false);
  });

  it('in other words: a badge with digits after a stamp, lowercase handles', () => {
    const chat = ['[0:01:02] [SUB 6] tin_roof: first', '[0:01:09] [MOD] owl_ren: welcome in', '[0:01:15] [Bits 100] fern.alt: gg', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'chat.txt': chat })).records as Rec[];
    expect(got.map((r) => [r.type, r.speaker, r.role, r.text])).toEqual([
      ['quote', 'tin_roof', 'SUB 6', 'first'],
      ['quote', 'owl_ren', 'MOD', 'welcome in'],
      ['quote', 'fern.alt', 'Bits 100', 'gg'],
    ]);
  });
});

describe('an esports press conference: gamer tags as labels, reporters asking on', () => {
  const records = fixtureCorpus(DIR, ['esports-presser.md']).records as Rec[];

  it('names a gamer-tag label by the cast line\'s full name, the tag in quotes no part of it', () => {
    expect(at(records, 13, 'qa')?.speaker).toBe('Marek Dvorak');
    expect(at(records, 17, 'qa')?.speaker).toBe('Jin-ho Baek');
    expect(at(records, 33)).toMatchObject({ type: 'quote', speaker: 'Marek Dvorak', text: 'We complained a little.' });
    expect(records.some((r) => r.speaker === 'Flinch' || r.speaker === 'Zephyr')).toBe(false);
  });

  it('gives a question opening on "And" or "Last one from me" to the reporter who named themselves before', () => {
    expect(at(records, 13, 'qa')).toMatchObject({ asker: 'Ines Carvalho', question: expect.stringMatching(/^And Flinch/) });
    expect(at(records, 37, 'qa')).toMatchObject({ asker: 'Hanna Lindqvist', question: expect.stringMatching(/^Last one from me/) });
    expect(at(records, 29, 'qa')?.asker).toBe('Hanna Lindqvist');
  });

  it('in other words: "One more from me" after a named reporter\'s answer', () => {
    const doc = [
      'Present: Ana "Vex" Moreno (captain).',
      '',
      'Q: Tom Reyes, Dot Esports. Vex, how did the final feel?',
      '',
      'VEX: Long. Very long.',
      '',
      'Q: One more from me. Will you play next season?',
      '',
      'VEX: Yes, one more year.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'presser.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual([
      ['Ana Moreno', 'Tom Reyes'],
      ['Ana Moreno', 'Tom Reyes'],
    ]);
  });
});

describe('a celebrity profile: "she says" after a record\'s and a group\'s names', () => {
  const records = fixtureCorpus(DIR, ['celebrity-profile.md']).records as Rec[];

  it('credits the quotes to the star, never to "Low Tide" or "Satin Alarm"', () => {
    expect(at(records, 26, 'quote')).toMatchObject({ speaker: 'Marisol Vane', text: expect.stringMatching(/^I wanted to make something/) });
    expect(at(records, 34, 'quote')).toMatchObject({ speaker: 'Marisol Vane', text: expect.stringMatching(/^I'll just say that I own my masters/) });
    expect(records.some((r) => r.speaker === 'Low Tide' || r.speaker === 'Satin Alarm')).toBe(false);
  });

  it('gives the words after her beat ("Okay, okay." She stands, …) to her, not the publicist quoted before', () => {
    expect(at(records, 36, 'quote')).toMatchObject({ speaker: 'Curtis Bell', text: 'Marisol, we really do need to go.' });
    expect(at(records, 38, 'quote')).toMatchObject({ speaker: 'Marisol Vane', text: expect.stringMatching(/^One more thing/) });
  });

  it('in other words: "her debut album, Harbour Lights," and "the trio Night Ferry"', () => {
    const doc = [
      '# Ana Ruiz keeps going',
      '',
      'Ana Ruiz meets me in a bar in Leeds.',
      '',
      'Her debut album, Harbour Lights, came out on a tiny label.',
      '',
      '"Nobody bought it," she says.',
      '',
      'She later joined the trio Night Ferry for two years.',
      '',
      '"We fought every night," she says.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'profile.md': doc })).records as Rec[];
    expect(got.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('a band interview: "Singer Niamh Kearney is tuning …" and "**Niamh:**" labels', () => {
  const records = fixtureCorpus(DIR, ['band-interview.md']).records as Rec[];

  it('names the singer by her full name, the occupation opening the sentence no first name', () => {
    expect(at(records, 15, 'qa')?.speaker).toBe('Niamh Kearney');
    expect(records.filter((r) => r.text.startsWith("It's literal")).map((r) => r.speaker)).toEqual(['Niamh Kearney']);
    expect(records.some((r) => /Singer/.test(r.speaker ?? ''))).toBe(false);
    expect(at(records, 29)?.speaker).toBe('Sasha Petrenko');
  });

  it("reads every paragraph in italics over a member's answer as the writer's prompt, asking or stating", () => {
    // "*It's a very loud album. …*" and a prompt quoting a lyric: no words of the member above
    expect(records.some((r) => r.type !== 'qa' && /very loud album|Is that literal/.test(r.text))).toBe(false);
    expect(at(records, 23, 'qa')).toMatchObject({ speaker: 'Sasha Petrenko', question: expect.stringMatching(/^It's a very loud album/) });
    expect(at(records, 47, 'qa')).toMatchObject({ speaker: 'Niamh Kearney', question: expect.stringMatching(/Is that literal\?$/), text: expect.stringMatching(/^It's literal/) });
  });

  it("has the byline's writer ask, the member who only chimes in a guest too", () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(8);
    for (const r of qas) expect(r.asker).toBe('Priya Chandrasekar');
    expect(qas.some((r) => r.speaker === 'Olu Bankole')).toBe(true);
  });
});

describe('a junket write-up: a bold question addressing the one who answers next', () => {
  const records = fixtureCorpus(DIR, ['film-junket.md']).records as Rec[];

  it('reads "**Rosalind, you learned …?**" after the director\'s answer as a question, no words of his', () => {
    expect(at(records, 7, 'qa')?.text).not.toMatch(/camel/);
    expect(at(records, 13, 'qa')).toMatchObject({ speaker: 'Rosalind Achebe', question: expect.stringMatching(/^Rosalind, you learned to ride a camel/), text: expect.stringMatching(/^Harder\./) });
    expect(at(records, 17, 'qa')).toMatchObject({ speaker: 'Pieter Vos', question: expect.stringMatching(/^Pieter, your last film/), text: expect.stringMatching(/^I was bored of rooms/) });
    expect(records.some((r) => r.type !== 'qa' && /Why go so big/.test(r.text))).toBe(false);
  });
});

describe('a game studio\'s AMA copied from Reddit: staff flairs after the handles', () => {
  const records = fixtureCorpus(DIR, ['dev-ama.md']).records as Rec[];

  it('reads "> **u/CW_Ravi** [DEV] · 388 points" as a reply\'s header, the flair its role', () => {
    expect(at(records, 16, 'qa')).toMatchObject({ speaker: 'u/CW_Ravi', role: 'DEV', asker: 'u/frostbitten_pike', question: expect.stringMatching(/^Why did you nerf the Warden/), text: expect.stringMatching(/^Fair question/) });
    expect(at(records, 43, 'qa')).toMatchObject({ speaker: 'u/Ironbark_Dana', role: 'Community Manager', asker: 'u/greyhound_ranked' });
    expect(at(records, 37, 'qa')).toMatchObject({ speaker: 'u/CW_Mei', asker: 'u/quillandbracken', text: expect.stringMatching(/^Some of them, yes/) });
    // no header or score left in any record's words
    expect(records.some((r) => /points|\*\*u\//.test(r.text))).toBe(false);
  });

  it('gives the post to the account "Posted by u/Ironbark_Official [DEV]" names', () => {
    expect(at(records, 1)).toMatchObject({ type: 'quote', speaker: 'u/Ironbark_Official' });
  });
});
