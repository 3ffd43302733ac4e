/**
 * Broadcast leftovers, fix70-a: in a phone-in, a caller's question the host meets with a question of
 * their own, put to the caller by name ("Who pays for that?" / "Did you file a claim with the city,
 * Dawn?"), is no question the host answers: the host asks, the caller answers. A question nobody
 * heard ("Q: (Inaudible.)", "QUESTION: [inaudible]") puts nothing to answer: the reply after it is
 * a quote.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string };
const PROBE = join(FIXTURES, 'probe57', 'a');
const DIR = join(FIXTURES, 'fix70', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a phone-in: the host asks the callers', () => {
  it('KVLR: one rhetorical caller question does not turn the exchange round', () => {
    const records = fixtureCorpus(PROBE, ['kvlr-talkback-potholes-2025.txt']).records as Rec[];
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Dawn', text: expect.stringMatching(/Who pays for that\?$/) });
    expect(at(records, 11)).toMatchObject({ type: 'qa', speaker: 'Dawn', asker: 'Rick Dunlap', question: 'Did you file a claim with the city, Dawn?', text: expect.stringMatching(/^I did/) });
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Rick Dunlap' });
    expect(at(records, 31)).toMatchObject({ type: 'quote', text: expect.stringMatching(/^Yeah, I just want to say/) });
    expect(at(records, 33)).toMatchObject({ type: 'quote', speaker: 'Rick Dunlap' });
    expect(records.some((r) => r.type === 'qa' && r.speaker === 'Rick Dunlap')).toBe(false);
    expect(at(records, 19)).toMatchObject({ type: 'qa', speaker: 'Teresa Blanco', asker: 'Rick Dunlap' });
  });

  it('in other words: the host names the caller in her question', () => {
    const records = fixtureCorpus(DIR, ['wbrk-open-line-parking-2024.txt']).records as Rec[];
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Gus', text: expect.stringMatching(/Is that what downtown wants\?$/) });
    expect(at(records, 11)).toMatchObject({ type: 'qa', speaker: 'Gus', asker: 'Marisol Ortega', text: 'On Main, right outside the bakery.' });
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Marisol Ortega' });
    expect(at(records, 29)).toMatchObject({ type: 'quote', speaker: 'Pete' });
    expect(at(records, 31)).toMatchObject({ type: 'quote', speaker: 'Marisol Ortega' });
    expect(records.some((r) => r.type === 'qa' && r.speaker === 'Marisol Ortega')).toBe(false);
    expect(at(records, 19)).toMatchObject({ type: 'qa', speaker: 'Raymond Tull', asker: 'Marisol Ortega' });
  });
});

describe('a question nobody heard', () => {
  it('White House: "Q: (Inaudible.)" is answered by nothing', () => {
    const records = fixtureCorpus(PROBE, ['whitehouse-press-conference-2019.txt']).records as Rec[];
    expect(at(records, 27)).toMatchObject({ type: 'quote', speaker: 'the President', text: 'I didn\'t hear you. Next question.' });
    expect(records.some((r) => r.type === 'qa' && /Inaudible/.test(r.question ?? ''))).toBe(false);
    expect(at(records, 21)).toMatchObject({ type: 'qa', speaker: 'the President', text: expect.stringMatching(/^Well, Senator Hollis/) });
  });

  it('in other words: "QUESTION: [inaudible]" and "QUESTION: (Off mic.)"', () => {
    const records = fixtureCorpus(DIR, ['state-dept-briefing-2018.txt']).records as Rec[];
    expect(at(records, 11)).toMatchObject({ type: 'qa', speaker: 'Ned Calloway', text: 'He will, on Friday afternoon.' });
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Ned Calloway', text: 'Sorry, I missed that. Could you repeat it?' });
    expect(at(records, 19)).toMatchObject({ type: 'qa', speaker: 'Ned Calloway', question: 'Is the fisheries dispute on the agenda?' });
    expect(at(records, 25)).toMatchObject({ type: 'quote', speaker: 'Ned Calloway' });
    expect(records.some((r) => r.type === 'qa' && /He will/.test(r.text) && /Sorry/.test(r.text))).toBe(false);
  });
});
