/**
 * A talk's transcript under a title naming its speaker (a video page's "… (Full talk) - Marisol
 * Quintero | Greener Towns 2024"), the speaker saying who they are as they start ("My name is
 * Marisol Quintero and I run …"): the talk's sentences are theirs, as a keynote's are when its
 * title says "Keynote by NAME".
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DOC = 'How we put solar on 400 council houses (Full talk) - Marisol Quintero';

describe('a speaker the title names and who introduces themself', () => {
  it('fixture: a video transcript, stamps on their own lines', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), [`${DOC}.txt`]);
    expect(c.documents[0]!.meta.author).toBe('Marisol Quintero');
    const said = c.records.filter((r) => /310 euro|scaffolding is the bottleneck|In 2021 we had a problem/.test(r.text));
    expect(said.length).toBe(3);
    for (const r of said) expect(r.speaker).toBe('Marisol Quintero');
  });

  it('in other words: "I am NAME" in a pasted talk with no stamps', () => {
    const c = loadCorpus(tempCorpus({ 'talk.txt': 'Lessons from a failed bakery | Tomasz Wierzbicki | Small Business Week\n\nGood morning. I am Tomasz Wierzbicki, and in 2019 I closed my bakery.\n\nThe rent had doubled in two years. We sold 900 loaves a week and still lost money.\n' }));
    expect(c.documents[0]!.meta.author).toBe('Tomasz Wierzbicki');
    expect(c.records.find((r) => r.text.includes('900 loaves'))?.speaker).toBe('Tomasz Wierzbicki');
  });

  it('not a host introducing themself under a title naming the guest, nor a name the title does not give', () => {
    const host = fixtureCorpus(join(FIXTURES, 'unseen'), ['How I Built a $2B Company - Priya Natarajan (Founder Stories).txt']);
    expect(host.documents[0]!.meta.author).toBeNull();
    const other = loadCorpus(tempCorpus({ 'talk.txt': 'Lessons from a failed bakery | Small Business Week\n\nGood morning. I am Tomasz Wierzbicki, and in 2019 I closed my bakery.\n\nThe rent had doubled in two years.\n' }));
    expect(other.documents[0]!.meta.author).toBeNull();
  });
});
