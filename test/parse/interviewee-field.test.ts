/**
 * The header field that names who is interviewed ("Narrator:", "Interviewee:", "Guest:") above a
 * transcript whose answers carry no name ("A:") or only a surname ("FENWICK:"). Oral-history
 * projects write the narrator's nickname inside the name (Margaret "Peg" Fenwick); a podcast's or
 * a Q&A's notes name their one guest so. Found on an unseen oral history, December 5.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const ORAL_HISTORY = [
  'HARBOUR TOWNS ORAL HISTORY PROJECT',
  'Interview No. 2019-044',
  '',
  'Narrator: Margaret "Peg" Fenwick',
  'Interviewer: Daniel Okafor',
  'Date of interview: June 18, 2019',
  'Transcribed by: L. Huang, August 2019',
  '',
  '[Begin Tape 1, Side A]',
  '',
  'Q: Where were you born?',
  '',
  'A: I was born in Ilwaco, across the river, in 1941. My father ran a net loft there.',
  '',
  'Q: And you retired in 2004?',
  '',
  'A: March of 2004. They gave me a brass bell.',
  '',
  'OKAFOR: Thank you, Peg.',
  '',
  'FENWICK: Thank you. This was fun.',
  '',
].join('\n');

const SECOND = [
  'Mill Valley Rail Heritage Archive',
  '',
  "Interviewee: Robert 'Bobby' Kessler",
  'Interviewer: Hannah Lutz',
  'Recorded: 3 March 2016',
  '',
  'Q: When did you start on the line?',
  'A: In 1958, as a fireman on the coal engines. I was seventeen.',
  '',
  'Q: What changed with the diesels?',
  'A: Everything. We lost half the crews inside five years.',
  '',
  'KESSLER: That is about all I remember of it.',
  '',
].join('\n');

const GUEST = [
  'Small Business Hour, episode 88',
  '',
  'Host: Priya Natarajan',
  'Guest: Tomasz Wielgus',
  'Date: 12 May 2023',
  '',
  'Q: How did the bakery start?',
  '',
  'A: With one oven in 2011 and a loan of 20,000 zloty from my uncle.',
  '',
  'Q: How many people work there now?',
  '',
  'A: Forty-two, across three shops.',
  '',
].join('\n');

describe('the interviewee a header field names answers the transcript', () => {
  it("reads a narrator whose nickname is written inside the name (\"Margaret \"Peg\" Fenwick\")", async () => {
    const c = await loadCorpus(tempCorpus({ 'oral.txt': ORAL_HISTORY }));
    const answers = c.records.filter((r) => r.type === 'qa' && r.asker === 'Daniel Okafor');
    expect(answers.map((r) => r.text.slice(0, 20))).toEqual(['I was born in Ilwaco', 'March of 2004. They ']);
    // the nickname is no part of the canonical name; the surname label is the same person
    for (const r of answers) expect(r.speaker).toBe('Margaret Fenwick');
    // (the closing thanks, "Thank you, Peg." / "Thank you. This was fun.", answer nothing: her quote)
    expect(c.records.find((r) => r.type === 'quote' && r.text === 'Thank you. This was fun.')?.speaker).toBe('Margaret Fenwick');
  });

  it('reads a narrator whose nickname is in single quotes, with "A:" on the line under "Q:"', async () => {
    const c = await loadCorpus(tempCorpus({ 'rail.txt': SECOND }));
    const said = c.records.filter((r) => r.text.includes('coal engines') || r.text.includes('half the crews') || r.text.includes('all I remember'));
    expect(said).toHaveLength(3);
    for (const r of said) expect(r.speaker).toBe('Robert Kessler');
  });

  it('gives the answers of a Q/A transcript to the one guest its header names ("Guest: Tomasz Wielgus")', async () => {
    const c = await loadCorpus(tempCorpus({ 'bakery.txt': GUEST }));
    const answers = c.records.filter((r) => r.type === 'qa');
    expect(answers).toHaveLength(2);
    for (const r of answers) expect(r).toMatchObject({ speaker: 'Tomasz Wielgus', asker: 'Priya Natarajan' });
  });

  it("reads no guest from a programme's name in the title (\"Small Business Hour, episode 88\")", async () => {
    const c = await loadCorpus(tempCorpus({ 'bakery.txt': GUEST.replace('Guest: Tomasz Wielgus\n', ''), 'garden.txt': GUEST.replace('Small Business Hour', 'The Kitchen Garden Show').replace('Guest: Tomasz Wielgus\n', '') }));
    const answers = c.records.filter((r) => r.type === 'qa');
    expect(answers).toHaveLength(4);
    // the title names a programme ("Business Hour", "Garden Show"), no person: the answers' speaker is unknown
    for (const r of answers) expect(r).toMatchObject({ speaker: null, asker: 'Priya Natarajan' });
  });

  it('reads no name from a turn under a "GUEST:" or "NARRATOR:" label, whatever its words', async () => {
    const c = await loadCorpus(
      tempCorpus({
        'show.txt': 'HOST: What did you ship this quarter?\n\nGUEST: Instant refunds for every merchant.\n\nHOST: And next?\n\nGUEST: Payouts in a day.\n',
        'film.txt': 'NARRATOR: the ship came in at dawn.\n\nCAPTAIN: We had been at sea for forty days.\n\nNARRATOR: the harbour was empty.\n',
      }),
    );
    const speakers = new Set(c.records.map((r) => r.speaker));
    // (before: "GUEST: Payouts in a day." read as the field naming a guest called "Payouts in a day.")
    expect([...speakers].filter((s) => s && /payouts|ship|harbour/i.test(s))).toEqual([]);
    expect(c.records.find((r) => r.text.startsWith('Payouts'))!.speaker).toBe('Guest');
  });
});
