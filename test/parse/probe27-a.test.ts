import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('a notes app\'s property table above a **Q:** / **A:** interview: "| Interviewee | NAME |" is the interviewee field', () => {
  it('gives the answers to the person the table names', () => {
    const rs = recordsOf('okafor.md', [
      '# Interview — Chidi Okafor', '',
      '| Property | Value |', '| --- | --- |',
      '| Interviewee | Chidi Okafor |', '| Role | Director of Performance (2016–present) |',
      '| Interviewer | Hannah Roos |', '| Date | 2025-02-18 |', '',
      '## Transcript', '',
      '**Q:** What was the first thing you changed?', '',
      '**A:** The selection rules. From 2017 every athlete needed two qualifying marks.', '',
      '**Q:** That must have made you unpopular.', '',
      '**A:** Very. Two coaches resigned in the first year.', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(2);
    expect(qas.every((r) => r.speaker === 'Chidi Okafor')).toBe(true);
  });

  it('reads another note so set, other names and topic', () => {
    const rs = recordsOf('meeting.md', [
      '# Call with the harbour master', '',
      '| Field | |', '|:--|:--|',
      '| Date | 12 May 2024 |', '| Interviewee | Margit Svensson |', '| Place | Gothenburg |', '',
      'Q: How many ships called last year?', '',
      'A: About 3,100, which is 8% fewer than in 2022.', '',
      'Q: Why fewer?', '',
      'A: Bigger ships. The tonnage went up.', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(2);
    expect(qas.every((r) => r.speaker === 'Margit Svensson')).toBe(true);
  });
});
