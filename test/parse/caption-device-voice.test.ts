/**
 * A meeting app's captions name a participant it knows only by their device ("iPad: Sorry, this is
 * Marcus…", "Galaxy S21: …"). That cue is a new voice whose name the label does not give: before,
 * the lower-case label was no label at all and its words ran on into the previous speaker's turn.
 * Found on an unseen Zoom recording transcript (test/fixtures/unseen), December 5.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'WEBVTT',
  '',
  '1',
  '00:00:01.000 --> 00:00:05.000',
  'Hamid Sadeghi: Welcome back. Did everyone get the budget draft?',
  '',
  '2',
  '00:00:05.500 --> 00:00:09.000',
  'Lotte Vermeulen: I did. The travel line looks low to me, about 8,000 euros.',
  '',
  '3',
  '00:00:09.500 --> 00:00:13.000',
  'iPhone (2): Hi, it is Joanna on my phone. The travel line was cut in 2023.',
  '',
  '4',
  '00:00:13.500 --> 00:00:16.000',
  'Hamid Sadeghi: Thanks, Joanna. We will restore it.',
  '',
].join('\n');

describe("a caption cue under a device's label is a voice of its own", () => {
  it('keeps "iPad: …" out of the answer before it (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['GMT20240312-150102_Recording.transcript.vtt']);
    const doc = 'GMT20240312-150102_Recording.transcript';
    const answer = c.records.find((r) => r.doc === doc && r.text.includes('Fremont'))!;
    expect(answer).toMatchObject({ type: 'qa', speaker: 'Kenji Ota' });
    expect(answer.text).not.toContain('Marcus');
    const device = c.records.find((r) => r.doc === doc && r.text.includes('this is Marcus'))!;
    expect(device.speaker).toBeNull();
    expect(device.text.startsWith('Sorry, this is Marcus')).toBe(true);
  });

  it('reads a numbered phone as a device label too ("iPhone (2): …")', async () => {
    const c = await loadCorpus(tempCorpus({ 'budget.vtt': SECOND }));
    const lotte = c.records.find((r) => r.text.includes('travel line looks low'))!;
    expect(lotte.speaker).toBe('Lotte Vermeulen');
    expect(lotte.text).not.toContain('Joanna');
    const phone = c.records.find((r) => r.text.includes('cut in 2023'))!;
    expect(phone.speaker).toBeNull();
    expect(phone.text).toBe('Hi, it is Joanna on my phone. The travel line was cut in 2023.');
  });

  it("keeps a review's sentence about a phone model as the speaker's words (\"iPhone 15: the battery …\")", async () => {
    const review = ['WEBVTT', '', '00:00:01.000 --> 00:00:04.000', '<v Jane Okafor>Two phones this week.', '', '00:00:04.500 --> 00:00:08.000', 'iPhone 15: the battery lasts a full day.', ''].join('\n');
    const c = await loadCorpus(tempCorpus({ 'review.vtt': review }));
    const said = c.records.find((r) => r.text.includes('battery lasts'))!;
    expect(said.speaker).toBe('Jane Okafor');
    expect(said.text).toContain('iPhone 15: the battery lasts a full day.');
  });
});
