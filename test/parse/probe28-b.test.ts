import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

/** A Hansard web page: each member's name (seat, party) on its own line, the speech in the paragraphs below. */
function commonsDebate(o: { mover: string; seat: string; party: string; other: string; otherSeat: string; minister: string; office: string; clock: string[]; column: number; topic: string }): string {
  return [
    'House of Commons', 'Hansard', 'Tuesday 12 March 2024', '',
    `${o.topic}`, '',
    o.clock[0]!, '',
    `${o.mover} (${o.seat}) (${o.party})`, '',
    `I beg to move, That this House has considered ${o.topic.toLowerCase()}. In 2023 the number of complaints rose by 14 per cent, to 9,120.`, '',
    `${o.other} (${o.otherSeat}) (LD)`, '',
    'rose—', '',
    o.mover, '',
    'I will give way in a moment. The regulator warned about this in July 2022.', '',
    o.other, '',
    `I thank the hon. Lady for giving way. Does she agree that the firms should share the cost?`, '',
    o.mover, '',
    'I do. The cap of £85,000 should apply to them as well.', '',
    'Hon. Members: Hear, hear!', '',
    o.clock[1]!, '',
    `                                                         Column ${o.column}`, '',
    `${o.office} (${o.minister})`, '',
    `I congratulate the hon. Member for ${o.seat} (${o.mover}) on securing this debate. In 2023 we set aside £12 million for it.`, '',
    o.mover, '',
    'Will the Minister give way?', '',
    o.minister, '',
    'I will.', '',
    o.mover, '',
    'Will the Minister commit to acting by the end of 2025?', '',
    o.minister, '',
    'I cannot give that commitment today, but I will write to the hon. Lady.', '',
    'Question put and agreed to.', '',
  ].join('\n');
}

describe('Hansard: a member named on her own line with seat and party, and named again in a speech as "the hon. Member for SEAT (NAME)"', () => {
  const cases = [
    { mover: 'Helen Carrow', seat: 'Stockport South', party: 'Lab', other: 'Mr Gareth Penhale', otherSeat: 'Truro and Falmouth', minister: 'Oliver Rudd', office: 'The Economic Secretary to the Treasury', clock: ['2.47 pm', '2.58 pm'], column: 215, topic: 'Cryptoasset Fraud' },
    { mover: 'Morag Lindsay', seat: 'North East Fife', party: 'SNP', other: 'Mr Idris Pryce', otherSeat: 'Ceredigion Preseli', minister: 'Priya Nandra', office: 'The Minister for Rail', clock: ['10.03 am', '10.31 am'], column: 88, topic: 'Rural Bus Services' },
  ];
  for (const o of cases) {
    it(`keeps ${o.mover} as the speaker, never the seat (${o.seat})`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      const speakers = new Set(rs.map((r) => r.speaker).filter(Boolean));
      expect(speakers.has(o.seat)).toBe(false);
      expect(rs.find((r) => r.text.startsWith('I beg to move'))?.speaker).toBe(o.mover);
      expect(rs.find((r) => r.text.includes('I will give way'))?.speaker).toBe(o.mover);
      expect(rs.find((r) => r.type === 'qa' && r.text === 'I will.')?.asker).toBe(o.mover);
    });

    it(`reads "Hon. Members: Hear, hear!" as the chamber's call, not the words of ${o.mover}`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      const answer = rs.find((r) => r.text.startsWith('I do. The cap'))!;
      expect(answer.text).not.toContain('Hear, hear');
      expect(rs.find((r) => r.text === 'Hear, hear!')?.speaker).toBe('Hon. Members');
    });

    it(`files Hansard's clock line ("${o.clock[1]}") as no claim`, () => {
      const rs = recordsOf('debate.txt', commonsDebate(o));
      expect(rs.some((r) => r.text.includes(o.clock[1]!))).toBe(false);
    });
  }
});
