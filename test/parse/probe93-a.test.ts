/**
 * Sport, outdoors and emergency-service documents, probe93-a: a coastguard report's "NAME, Duty
 * Controller at BODY, said:"; a club newsletter's interview titled "KICKER: NAME on …" with a bold
 * remark among its bold questions; a fire service press conference dated "Transcript, DAY DATE,
 * TIME, VENUE, STREET".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe93', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a capitalised office at a body after a full name: "Sarah Kellow, Duty Controller at Falmouth Coastguard, said:"', () => {
  const records = fixtureCorpus(DIR, ['coastguard-incident-report.txt']).records as Rec[];

  it('credits the name, never the office', () => {
    expect(records.some((r) => r.speaker === 'Duty Controller')).toBe(false);
    expect(at(records, 18, 'quote')).toMatchObject({ speaker: 'Sarah Kellow', text: expect.stringMatching(/^This was a good outcome/) });
    expect(at(records, 20, 'quote')?.speaker).toBe('Sarah Kellow');
  });

  it('in other words: "Watch Commander for the Lakes Trust", "Duty Ranger at Ambleside"', () => {
    const doc = [
      'Lake report',
      '',
      'Two swimmers were helped from the water on Sunday.',
      '',
      'Tom Heald, Watch Commander for the Lakes Trust, said: "Cold water shock can affect anyone, however strong a swimmer they are."',
      '',
      'Ann Price, Duty Ranger at Ambleside, said: "We were there within ten minutes of the call coming in."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'lake-report.txt': doc })).records as Rec[];
    expect(at(got, 5, 'quote')?.speaker).toBe('Tom Heald');
    expect(at(got, 7, 'quote')?.speaker).toBe('Ann Price');
  });
});

describe('a club interview titled "Fifty years in the mud: Maureen Dunning on half a century with Tolley Vale Harriers"', () => {
  const records = fixtureCorpus(DIR, ['harriers-interview.md']).records as Rec[];

  it('is answered by the name opening the headline after its kicker, not the club after "with"', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(7);
    expect(qas.every((r) => r.speaker === 'Maureen Dunning')).toBe(true);
  });

  it('reads the bold remark among the bold questions as the next prompt, not as her words', () => {
    expect(at(records, 19, 'qa')).toMatchObject({ speaker: 'Maureen Dunning', question: "Reg Pilling comes up a lot when people talk about the club's history.", text: expect.stringMatching(/^He was the club, really\./) });
    const above = at(records, 15, 'qa')!;
    expect(above.text).not.toMatch(/comes up a lot/);
    expect(above.endLine).toBe(17);
  });

  it('in other words: a bold section title without a stop stays a heading', () => {
    const doc = [
      '# Q&A',
      '',
      '**Where did you grow up?**',
      '',
      'On a farm outside Kendal, with three brothers and a lot of sheep.',
      '',
      '**When did you start climbing?**',
      '',
      'At school. A teacher took six of us to the crags one Saturday and I never stopped.',
      '',
      '**Early years on the crags**',
      '',
      'My first lead was a Severe on Shepherd\'s Crag, and I shook the whole way up.',
      '',
      '**What comes next?**',
      '',
      'More of the same, I hope. There is a lot of rock left.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'climber.md': doc })).records as Rec[];
    expect(got.some((r) => r.type === 'qa' && r.question === 'Early years on the crags')).toBe(false);
  });
});

describe('a press conference dated "Transcript, Tuesday 5 March 2024, 11:00, Service Headquarters, Cobden Street"', () => {
  const records = fixtureCorpus(DIR, ['fire-press-conference.txt']).records as Rec[];

  it('dates every record by that line, which is header, not a claim', () => {
    expect(records.length).toBeGreaterThan(5);
    expect(records.every((r) => r.year === 2024)).toBe(true);
    expect(records.some((r) => /Cobden Street/.test(r.text))).toBe(false);
    expect(at(records, 20, 'qa')).toMatchObject({ speaker: 'Helen Marsh', asker: 'Priya Nandha' });
  });
});
