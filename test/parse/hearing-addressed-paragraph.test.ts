/**
 * A CQ-style hearing transcript: "[*]BROWN: The committee will come to order. …", then a paragraph of
 * the chair's with no label, "Ms. Marchetti, you testified … How do you verify that?", then
 * "MARCHETTI: …". The "[*]" mark hid the label (the chair's opening was nobody's claim), and the
 * question paragraph was an unlabelled voice's, so nobody asked it. A question paragraph under a
 * labelled turn that opens by addressing the next speaker is the labelled speaker's. And a greeting
 * answering a turn that asks nothing ("Good morning, Margaret. Good to be with you.") is no answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a hearing whose chair asks in a paragraph of the labelled turn', () => {
  it('reads the "[*]" label and gives the question to the chair', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['cq-hearing.txt']);
    const recs = c.records.filter((r) => r.doc === 'cq-hearing' && r.type !== 'claim');
    expect(recs[0]).toMatchObject({ type: 'qa', line: 11, speaker: 'Elena Marchetti', asker: 'Sen. Sherrod Brown' });
    expect(recs[0]!.question).toMatch(/^The committee will come to order\.[\s\S]*How do you verify that\?$/);
    expect(c.records.some((r) => r.doc === 'cq-hearing' && r.text.includes('[*]'))).toBe(false);
  });

  it('reads the shape in other words, where a greeting answers nothing', () => {
    const c = loadCorpus(tempCorpus({
      'panel.txt': [
        'Evening panel', '',
        'ANNA BERG: Welcome back. We turn now to our panel.', '',
        'Tom, the strike is in its third week. Who blinks first?', '',
        'TOM HALE: Neither side, for now. The strike fund holds £2m.', '',
        'ANNA BERG: Good morning to everyone listening in Leeds.', '',
        'TOM HALE: Good morning, Anna. Good to be with you.', '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker])).toEqual([['Tom Hale', 'Anna Berg']]);
    expect(qa[0]!.question).toMatch(/^Welcome back\.[\s\S]*Who blinks first\?$/);
    expect(c.records.find((r) => r.text.startsWith('Good morning, Anna'))).toMatchObject({ type: 'quote', speaker: 'Tom Hale' });
  });
});
