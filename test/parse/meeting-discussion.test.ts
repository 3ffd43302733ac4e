/**
 * A meeting of four voices or more, no one labelled its host: the chair who opens with the figures
 * and asks now and then is no interviewer, so her statements are no questions to the next voice.
 * Before, the one speaker who asked in a quarter of her turns was taken for the asking side and every
 * turn of hers became the question of the turn after it ("Morning all. We have eleven applications
 * …" answered by "That's less than last year, isn't it?"). Found on an unseen Google Meet transcript
 * (test/fixtures/unseen/meet-transcript.txt), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Allotment committee, 3 March 2024',
  '',
  'Rosa Lind: Thanks for coming. The water bill was 1,180 pounds last year, up a third.',
  'Tom Achebe: Mostly the leak by plot 12, I think.',
  'Rosa Lind: Yes. It is fixed now. We also have six people on the waiting list.',
  'Priya Shah: Then we should split the two big plots.',
  'Gus Moreau: I can do the fencing in April.',
  'Rosa Lind: Good. Gus, can you price the posts by Friday?',
  'Gus Moreau: I will, about forty pounds I expect.',
  '',
].join('\n');

describe("a meeting's chair who states more than she asks is no interviewer", () => {
  it('keeps the chair\'s statements as her quotes (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['meet-transcript.txt']);
    const of = (words: string) => c.records.find((r) => r.doc === 'meet-transcript' && (r.text.includes(words) || (r.question ?? '').includes(words)))!;
    expect(of('eleven applications')).toMatchObject({ type: 'quote', speaker: 'Ana Ruiz', question: null });
    expect(of("That's less than last year")).toMatchObject({ type: 'quote', speaker: 'Ben Odedra' });
    // a question put by name is still a question, answered by the person named
    expect(of('river school')).toMatchObject({ type: 'qa', speaker: 'Chioma Eze', asker: 'Ana Ruiz' });
  });

  it('reads a committee in other words the same way', async () => {
    const c = await loadCorpus(tempCorpus({ 'allotment.txt': SECOND }));
    const of = (words: string) => c.records.find((r) => r.text.includes(words) || (r.question ?? '').includes(words))!;
    expect(of('water bill')).toMatchObject({ type: 'quote', speaker: 'Rosa Lind', question: null });
    expect(of('leak by plot 12')).toMatchObject({ type: 'quote', speaker: 'Tom Achebe' });
    expect(of('forty pounds')).toMatchObject({ type: 'qa', speaker: 'Gus Moreau', asker: 'Rosa Lind' });
  });
});
