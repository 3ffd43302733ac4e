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
