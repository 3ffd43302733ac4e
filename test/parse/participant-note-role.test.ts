/**
 * A participants line whose brackets say what each person does or whom they are with
 * ("Participants: Nadia Rahman (Researcher), Kofi Mensah (Owner, Mensah Hardware)"): only a
 * conversation part ("host", "guest") was read from it, so every turn had no role. The note is now
 * the person's role on their turns, as a cast line's description is.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a participants line's notes", () => {
  it("are the speakers' roles", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['customer-interview-name-dash-time.txt']);
    const qa = c.records.filter((r) => r.doc === 'customer-interview-name-dash-time' && r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.role, r.asker, r.askerRole])).toEqual(Array(3).fill(['Kofi Mensah', 'Owner, Mensah Hardware', 'Nadia Rahman', 'Researcher']));
  });

  it('in other words: panellists with their employers, a host by part', () => {
    const text = [
      'Attendees: Lena Ostrova (host), Tomas Reyes (Harbor Analytics), Mei Chen (Ministry of Transport)',
      '',
      'Lena Ostrova: Tomas, what did the 2022 data show?',
      'Tomas Reyes: Ridership fell 12 percent.',
      'Lena Ostrova: Mei, does the ministry agree?',
      'Mei Chen: Broadly, yes.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'call.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.role])).toEqual([
      ['Tomas Reyes', 'Harbor Analytics'],
      ['Mei Chen', 'Ministry of Transport'],
    ]);
  });
});
