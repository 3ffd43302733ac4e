/**
 * An interview in bold labels under section headings, one of which is a question ("## Why Busan?"
 * over "**Claire Dubois:** Why build in Busan …?"), with a summary box and a list of contents above
 * the credit "_Interviewed by Claire Dubois for Gridline, 2 April 2025._". The heading was read as a
 * question put to the room, so the interviewer "answered" it with her own question and the credit
 * became the section; and the credit, under the box, dated nothing. The heading is the section's
 * title, the turn under it asks; the credit dates the interview.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a question heading over a turn that asks', () => {
  it('is a section title, and the italic credit under the summary dates the document', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['markdown-toc-qa.md']);
    const qa = c.records.filter((r) => r.doc === 'markdown-toc-qa' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker, r.section, r.date])).toEqual([
      [14, 'Hyun-woo Park', 'Claire Dubois', 'Why Busan?', '2025-04-02'],
      [20, 'Hyun-woo Park', 'Claire Dubois', 'Sodium-ion', '2025-04-02'],
      [26, 'Hyun-woo Park', 'Claire Dubois', 'Hiring', '2025-04-02'],
    ]);
    expect(qa[0]!.question).toBe('Why build in Busan rather than near Seoul?');
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'ferry-talk.md': [
        '# Talking ferries with Ana Lopes', '', '**In short:** Lopes wants electric boats by 2030.', '',
        '- [What went wrong?](#what-went-wrong)', '- [Money](#money)', '',
        '*Interviewed by Ben Hart for Harbour Notes, 9 June 2023.*', '',
        '## What went wrong?', '', '**Ben Hart:** What went wrong with the 2019 tender?', '',
        '**Ana Lopes:** We asked for diesel boats when nobody would finance them.', '',
        '## Money', '', '**Ben Hart:** Where does the money come from now?', '',
        '**Ana Lopes:** Two thirds from the city, a third from the port.', '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker, r.section, r.year])).toEqual([
      ['Ana Lopes', 'Ben Hart', 'What went wrong?', 2023],
      ['Ana Lopes', 'Ben Hart', 'Money', 2023],
    ]);
  });
});
