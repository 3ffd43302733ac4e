/**
 * Meeting and transcription tools' exports, probe45-a's leftovers (fix58-a):
 * - A diarizer's voice in the plain colon form ("SPEAKER_00: words", no brackets, no time) stayed
 *   "Speaker_00" while the bracketed form was already "Speaker 0": now one name in every form, so the
 *   numbered voice's rules (its self-introduction, the guest the host introduces) name it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix58', 'a');

describe('a diarizer\'s voice in the plain colon form is the numbered voice', () => {
  it('names host and guest of the beekeeping podcast', () => {
    const c = fixtureCorpus(DIR, ['pyannote-plain-beekeeper-2022.txt']);
    const records = c.records.filter((r) => r.doc === 'pyannote-plain-beekeeper-2022');
    expect(records.filter((r) => /speaker/i.test(r.speaker ?? '') || /speaker/i.test(r.asker ?? ''))).toEqual([]);
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Marguerite Okonjo' });
    expect(records.find((r) => r.line === 2)).toMatchObject({ type: 'quote', speaker: 'Rafael Quintero', text: "Thanks, Marguerite. It's good to be here." });
    expect(records.find((r) => r.line === 6)).toMatchObject({ type: 'qa', speaker: 'Rafael Quintero', asker: 'Marguerite Okonjo', question: 'What went wrong?' });
    expect(records.find((r) => r.line === 6)!.text).toMatch(/^Heat, mainly\./);
    // The label is no word of anyone's.
    expect(records.filter((r) => /SPEAKER_/.test(r.text + (r.question ?? '')))).toEqual([]);
  });

  it('in other words: voices in the reverse order, the guest introduced by "I\'m joined today by"', () => {
    const dir = tempCorpus({
      'council-call.txt': [
        "SPEAKER_01: Good morning. I'm Dagny Halvorsen, and I'm joined today by Kwabena Asante-Boateng.",
        'SPEAKER_00: Morning, Dagny.',
        'SPEAKER_01: The ferry lost 3.2 million crowns in 2018. Who decided to keep it running?',
        'SPEAKER_00: The whole council did, eleven votes to four.',
        'SPEAKER_01: Would you vote the same way now?',
        'SPEAKER_00: Yes, because the island has no other road.',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Dagny Halvorsen' });
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Kwabena Asante-Boateng', asker: 'Dagny Halvorsen', text: 'The whole council did, eleven votes to four.' });
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'qa', speaker: 'Kwabena Asante-Boateng', asker: 'Dagny Halvorsen', text: 'Yes, because the island has no other road.' });
  });

  it('two voices that name no one are "Speaker 0" and "Speaker 1" in both forms', () => {
    const plain = loadCorpus(tempCorpus({ 'p.txt': 'SPEAKER_00: How many boats?\nSPEAKER_01: Seven.\nSPEAKER_00: Since when?\nSPEAKER_01: Since 1996.\n' })).records;
    const bracketed = loadCorpus(tempCorpus({ 'b.txt': '[SPEAKER_00]: How many boats?\n[SPEAKER_01]: Seven.\n[SPEAKER_00]: Since when?\n[SPEAKER_01]: Since 1996.\n' })).records;
    const pairs = (rs: typeof plain) => rs.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.text]);
    expect(pairs(plain)).toEqual([['Speaker 0', 'Speaker 1', 'Seven.'], ['Speaker 0', 'Speaker 1', 'Since 1996.']]);
    expect(pairs(plain)).toEqual(pairs(bracketed));
  });
});

describe("Gemini's notes over a Meet transcript: roster, Details and the transcript tab's title", () => {
  const NOTES = 'Interview with Halima Yusuf - 2024_05_21 14_58 CEST - Notes by Gemini.txt';
  it('reads the Halima Yusuf notes (probe45-a) as sections and furniture, no claims of the furniture', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe45', 'a'), [NOTES]);
    const records = c.records.filter((r) => r.doc === NOTES.replace(/\.txt$/, ''));
    // "Invited Halima Yusuf, Owen Carrick, Saskia Dorn": who was invited, all of them speak.
    expect(records.find((r) => r.line === 2)).toBeUndefined();
    // The "Details" heading heads its items; it is no claim of its own.
    expect(records.find((r) => r.line === 8)).toBeUndefined();
    expect(records.filter((r) => r.line >= 9 && r.line <= 11).map((r) => [r.type, r.section, r.text.slice(0, 9)])).toEqual([
      ['claim', 'Details', 'Founding:'],
      ['claim', 'Details', 'Grocery: '],
      ['claim', 'Details', 'Expansion'],
    ]);
    // The transcript tab's title line: the document's title again, the export's furniture.
    expect(records.find((r) => r.line === 21)).toBeUndefined();
    expect(records.find((r) => r.line === 28)).toMatchObject({ type: 'qa', speaker: 'Halima Yusuf', asker: 'Owen Carrick' });
    const doc = c.documents.find((d) => d.id === NOTES.replace(/\.txt$/, ''))!;
    expect(doc.lines.unparsed).toEqual([]);
  });

  it('in other words: a board prep call, one invitee who never speaks stays findable', () => {
    const text = [
      'Board prep with Tariq Mensah - 2023/11/07 09:30 GMT - Notes by Gemini',
      'Invited Tariq Mensah, Johanna Lindqvist, Pavel Novak',
      'Attachments Board prep with Tariq Mensah',
      '',
      'Summary',
      'Tariq Mensah and Johanna Lindqvist went over the quarterly numbers before the December board meeting.',
      '',
      'Details',
      'Revenue: Sales grew 14% on the year, mostly from the northern depots. (00:00:40)',
      'Hiring: Two drivers left in October and the posts are still open. (00:02:05)',
      '',
      'Suggested next steps',
      'Johanna Lindqvist will send the slides by Friday.',
      '',
      '📖 Transcript',
      'Board prep with Tariq Mensah - 2023/11/07 09:30 GMT - Transcript',
      'Attendees',
      'Tariq Mensah, Johanna Lindqvist',
      'Transcript',
      '00:00:00',
      '',
      'Johanna Lindqvist: How did the quarter go, Tariq?',
      'Tariq Mensah: Better than we planned. Sales were up 14% on last year.',
      'Johanna Lindqvist: And the drivers?',
      'Tariq Mensah: Two left in October. We are still hiring.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'board-prep.txt': text })).records;
    // Pavel Novak never speaks: the roster line is where he is found.
    expect(records.find((r) => r.line === 2)).toMatchObject({ type: 'claim', speaker: null, text: 'Invited Tariq Mensah, Johanna Lindqvist, Pavel Novak' });
    expect(records.find((r) => r.line === 8)).toBeUndefined();
    expect(records.filter((r) => r.line === 9 || r.line === 10).map((r) => [r.type, r.section, r.text])).toEqual([
      ['claim', 'Details', 'Revenue: Sales grew 14% on the year, mostly from the northern depots. (00:00:40)'],
      ['claim', 'Details', 'Hiring: Two drivers left in October and the posts are still open. (00:02:05)'],
    ]);
    expect(records.find((r) => r.line === 16)).toBeUndefined();
    expect(records.find((r) => r.line === 22)).toMatchObject({ type: 'qa', speaker: 'Tariq Mensah', asker: 'Johanna Lindqvist', text: 'Better than we planned. Sales were up 14% on last year.' });
  });
});

describe('a Grain highlight export: the clip titles it, its credit is furniture', () => {
  it('reads the pricing clip (probe45-a)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe45', 'a'), ['grain-clip-founder-pricing-2022.txt']);
    const doc = c.documents.find((d) => d.id === 'grain-clip-founder-pricing-2022')!;
    expect(doc.meta.title).toBe('We priced too low for two years');
    const records = c.records.filter((r) => r.doc === 'grain-clip-founder-pricing-2022');
    // "Created by Nadia Petrov": who made the clip; she asks in the turns.
    expect(records.find((r) => r.line === 6)).toBeUndefined();
    expect(records.find((r) => r.line === 14)).toMatchObject({ type: 'qa', speaker: 'Orla Brennan', asker: 'Nadia Petrov' });
    expect(doc.lines.unparsed).toEqual([]);
  });

  it('in other words: another clip; a creator who never speaks stays findable', () => {
    const clip = (creator: string) => [
      'Grain',
      'Highlight: "Nobody reads the onboarding email"',
      'From: Design review - Kettle Labs x Bruno Achterberg',
      'Recorded: Thu, Mar 16, 2023 · Clip 04:10 - 06:02 (1m 52s)',
      'Tags: #onboarding #research',
      `Created by ${creator}`,
      'https://grain.com/share/highlight/Qa81hZpLmV03',
      '',
      'Transcript',
      '',
      'Leontyne Faure',
      '04:10',
      'How many new users open the welcome email?',
      '',
      'Bruno Achterberg',
      '04:16',
      'About one in nine. We checked it across 2,400 sign-ups in January.',
      '',
      'Leontyne Faure',
      '04:40',
      'So what do you do instead?',
      '',
      'Bruno Achterberg',
      '04:44',
      'We put the three steps inside the app, on the first screen.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'clip-onboarding.txt': clip('Leontyne Faure'), 'clip-stranger.txt': clip('Ottilie Marsh') }));
    expect(c.documents.map((d) => d.meta.title)).toEqual(['Nobody reads the onboarding email', 'Nobody reads the onboarding email']);
    const own = c.records.filter((r) => r.doc === 'clip-onboarding');
    expect(own.find((r) => r.line === 6)).toBeUndefined();
    expect(own.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: 'Bruno Achterberg', asker: 'Leontyne Faure', text: 'About one in nine. We checked it across 2,400 sign-ups in January.' });
    expect(c.records.find((r) => r.doc === 'clip-stranger' && r.line === 6)).toMatchObject({ type: 'claim', speaker: null, text: 'Created by Ottilie Marsh' });
  });
});
