/**
 * Academic and professional events, probe105-b: an investor day whose every turn is "Name, Role:"
 * ("Ravindra Kulkarni, Chief Financial Officer: …"), no turn by the name alone.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe105', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a capital markets day whose turns are all "Name, Role: words"', () => {
  const records = fixtureCorpus(DIR, ['investor-day.txt']).records as Rec[];

  it("gives each executive's remarks to that executive, never to the operator who handed over", () => {
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'Operator', endLine: 18 });
    expect(at(records, 20)).toMatchObject({ type: 'quote', speaker: 'Fenella Strickland-Boyd', text: expect.stringMatching(/^Thank you, operator/) });
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'Ravindra Kulkarni', text: expect.stringMatching(/^Thank you, Fenella/) });
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'Gustav Oyelaran' });
  });

  it("asks by the analyst who speaks, a one-question analyst too, and answers by the executive", () => {
    expect(at(records, 36, 'qa')).toMatchObject({ asker: 'Imogen Tallis', speaker: 'Ravindra Kulkarni', question: expect.stringMatching(/^Thanks for taking my question/) });
    expect(at(records, 42, 'qa')).toMatchObject({ asker: 'Imogen Tallis', speaker: 'Fenella Strickland-Boyd' });
    expect(at(records, 49, 'qa')).toMatchObject({ asker: 'Declan Ferreira-Quinn', speaker: 'Gustav Oyelaran', question: expect.stringMatching(/^Good morning\. Gustav, is the consumables/) });
  });

  it('in other words: a board briefing labelled "Name, Title:" throughout', () => {
    const doc = [
      'Board briefing, 4 June 2024',
      '',
      'Clara Mbeki, Head of Operations: The new line opened on time. Output is at 80 percent.',
      '',
      'Jonah Velasquez, Finance Director: And the cost came in under budget by a small margin.',
      '',
      'Clara Mbeki, Head of Operations: We expect full output by August.',
      '',
      'Jonah Velasquez, Finance Director: Which leaves the reserve untouched.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'briefing.txt': doc })).records as Rec[];
    expect(got.filter((r) => r.type !== 'claim').map((r) => [r.line, r.speaker])).toEqual([
      [3, 'Clara Mbeki'],
      [5, 'Jonah Velasquez'],
      [7, 'Clara Mbeki'],
      [9, 'Jonah Velasquez'],
    ]);
  });
});
