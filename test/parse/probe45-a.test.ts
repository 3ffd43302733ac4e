/**
 * Meeting and transcription tools' exports (probe45-a):
 * - WhisperX's diarised lines ("[00:00:00.031 --> 00:00:06.410] [SPEAKER_00]: Hello …"): before, the
 *   voices stayed "Speaker_00" / "Speaker_01" though the host says "I'm Tomasz Wrobel, and my guest
 *   this week is the Olympic swimmer Adaeze Nwankwo"; the diarizer's voice is now the numbered voice
 *   "Speaker 0", which the self-introduction and the guest introduction name.
 * - openai-whisper's command-line output saved whole: its console lines above the first segment
 *   ("Detecting language using up to the first 30 seconds. …", "Detected language: English") were
 *   the document's first claims.
 * - Trint's "Unknown Speaker" whose turn gives its own name, one another label holds ("I'm Leila
 *   Ferreira, by the way"): that turn was nobody's; now that person's, that turn only. check warned
 *   of each "[00:00:04] Unknown Speaker" line as a sentence in no record.
 * - A Teams VTT (two voices, no label says who asks): the guest's "Where do you want to start?" took
 *   the host's first question as its answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe45', 'a');

describe('WhisperX diarised voices named where the text names them', () => {
  it('names host and guest of the swimming podcast', () => {
    const c = fixtureCorpus(DIR, ['whisperx-diarised-swimmer-2021.txt']);
    const records = c.records.filter((r) => r.doc === 'whisperx-diarised-swimmer-2021');
    expect(records.filter((r) => /speaker/i.test(r.speaker ?? '') || /speaker/i.test(r.asker ?? ''))).toEqual([]);
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wrobel' });
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'quote', speaker: 'Adaeze Nwankwo', text: 'Thanks, Tomasz. Happy to be here.' });
    expect(records.find((r) => r.line === 4)).toMatchObject({ type: 'qa', speaker: 'Adaeze Nwankwo', asker: 'Tomasz Wrobel', question: expect.stringContaining('200 metres backstroke') });
    expect(records.find((r) => r.line === 4)!.text).toMatch(/^Honestly, about three months\./);
    // The time range and the voice's bracket are no words of anyone's.
    expect(records.filter((r) => /-->|SPEAKER_/.test(r.text + (r.question ?? '')))).toEqual([]);
  });

  it('in other words: pyannote-style voices, a former minister introduced after "the"', () => {
    const dir = tempCorpus({
      'budget-talk.txt': [
        '[00:00:00.000 --> 00:00:05.120] [SPEAKER_01]: Good evening. I\'m Ines Salgado, and our guest today is the former finance minister Rui Tavares.',
        '[00:00:05.120 --> 00:00:07.400] [SPEAKER_00]: Good evening, Ines.',
        '[00:00:07.400 --> 00:00:12.980] [SPEAKER_01]: You left office in 2011 with a deficit of 4.4%. Was that a failure?',
        '[00:00:12.980 --> 00:00:19.300] [SPEAKER_00]: No. In 2009 it was 9.8%, so we more than halved it in two years.',
        '[00:00:19.300 --> 00:00:23.010] [SPEAKER_01]: Would you cut the same way today?',
        '[00:00:23.010 --> 00:00:28.700] [SPEAKER_00]: Not the pensions. That was a mistake, and I have said so since 2013.',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Ines Salgado' });
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Rui Tavares', asker: 'Ines Salgado', question: expect.stringContaining('deficit of 4.4%'), text: 'No. In 2009 it was 9.8%, so we more than halved it in two years.' });
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'qa', speaker: 'Rui Tavares', asker: 'Ines Salgado' });
  });

  it('a guest described by a firm ("the founder of Sorrel Logistics") names no guest', () => {
    const dir = tempCorpus({
      'firm.txt': [
        '[00:00:00.000 --> 00:00:04.000] [SPEAKER_00]: Welcome. My guest today is the founder of Sorrel Logistics.',
        '[00:00:04.000 --> 00:00:05.000] [SPEAKER_01]: Thanks for having me.',
        '[00:00:05.000 --> 00:00:08.000] [SPEAKER_00]: Why couriers?',
        '[00:00:08.000 --> 00:00:10.000] [SPEAKER_01]: Because I was one.',
      ].join('\n'),
    });
    const speakers = new Set(loadCorpus(dir).records.map((r) => r.speaker));
    expect(speakers.has('Sorrel Logistics')).toBe(false);
    expect(speakers.has('Speaker 1')).toBe(true);
  });
});

describe("Whisper's console lines above its segments", () => {
  it('keeps them out of the harbourmaster interview', () => {
    const c = fixtureCorpus(DIR, ['whisper-cli-harbourmaster-2019.txt']);
    const records = c.records.filter((r) => r.doc === 'whisper-cli-harbourmaster-2019');
    expect(records.filter((r) => /language/i.test(r.text))).toEqual([]);
    expect(records[0]).toMatchObject({ line: 3, type: 'claim', speaker: null, text: expect.stringMatching(/^This is Coastline Radio/) });
    const doc = c.documents.find((d) => d.id === 'whisper-cli-harbourmaster-2019')!;
    expect(doc.lines.unparsed).toEqual([]);
  });

  it('in other words: another language detected, the segments after', () => {
    const dir = tempCorpus({
      'ruiz.txt': [
        'Detecting language using up to the first 30 seconds. Use `--language` to specify the language',
        'Detected language: Spanish',
        '[00:00.000 --> 00:03.100]  Bienvenidos. Hoy hablamos con la alcaldesa Marta Ruiz.',
        '[00:03.100 --> 00:06.400]  Gracias por invitarme.',
        '[00:06.400 --> 00:10.900]  En 2022 el presupuesto fue de 40 millones.',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.filter((r) => /Detect/.test(r.text))).toEqual([]);
    expect(records.map((r) => r.line)).not.toContain(1);
    expect(records.map((r) => r.line)).not.toContain(2);
    expect(records.some((r) => r.text.includes('40 millones'))).toBe(true);
  });
});

describe('an unnamed voice that names itself', () => {
  it("gives the Trint export's guest her first answer, and no other unnamed turn", () => {
    const c = fixtureCorpus(DIR, ['trint-council-leader-2020.txt']);
    const records = c.records.filter((r) => r.doc === 'trint-council-leader-2020');
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'qa', speaker: 'Leila Ferreira', asker: 'Sam Iredale', text: expect.stringMatching(/^It's about 7,100\./) });
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'quote', speaker: null });
    expect(records.find((r) => r.line === 34)).toMatchObject({ type: 'quote', speaker: null, text: "Sorry, Leila, you've got the cabinet at half past." });
    const doc = c.documents.find((d) => d.id === 'trint-council-leader-2020')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: an Otter-style export, "My name is" and a stranger', () => {
    const dir = tempCorpus({
      'clinic.txt': [
        'Interview - rural clinic',
        '',
        'Tomas Reyes  0:02',
        'Doctor, how many patients did the clinic see in 2023?',
        '',
        'Unknown Speaker  0:09',
        'About eleven thousand. My name is Farida Osei, I run the clinic.',
        '',
        'Tomas Reyes  0:18',
        'And this year?',
        '',
        'Farida Osei  0:20',
        'More. We opened on Saturdays in March.',
        '',
        'Unknown Speaker  0:31',
        'Doctor, the ambulance is here.',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Farida Osei', asker: 'Tomas Reyes', text: expect.stringMatching(/^About eleven thousand\./) });
    expect(records.find((r) => r.line === 15)).toMatchObject({ speaker: null, text: 'Doctor, the ambulance is here.' });
  });
});

describe('two caption voices, the guest asking where to begin', () => {
  it("pairs the host's first question with the coach's answer in the Teams VTT", () => {
    const c = fixtureCorpus(DIR, ['teams-coach-debrief-2023.vtt']);
    const records = c.records.filter((r) => r.doc === 'teams-coach-debrief-2023');
    expect(records.find((r) => r.line === 13)).toMatchObject({ type: 'quote', speaker: 'Joseph Kamau', text: 'No problem. Where do you want to start?' });
    expect(records.find((r) => r.line === 17)).toMatchObject({
      type: 'qa',
      speaker: 'Joseph Kamau',
      asker: 'Dana Ortiz',
      question: expect.stringMatching(/What did you find\?$/),
      text: expect.stringMatching(/^Eleven players/),
    });
    expect(records.filter((r) => r.type === 'qa' && r.speaker === 'Dana Ortiz')).toEqual([]);
  });

  it('in other words: a WebVTT interview, the guest asking "Shall I begin with the mine?"', () => {
    const cue = (n: number, voice: string, text: string) => [`${n}`, `00:00:${String(n * 4).padStart(2, '0')}.000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')}.000`, `<v ${voice}>${text}</v>`, ''];
    const dir = tempCorpus({
      'miner.vtt': [
        'WEBVTT',
        '',
        ...cue(1, 'Greta Lind', 'Thanks for joining. We are recording now.'),
        ...cue(2, 'Ossian Berg', 'Fine. Shall I begin with the mine?'),
        ...cue(3, 'Greta Lind', 'The mine closed in 1994. How many men lost work?'),
        ...cue(4, 'Ossian Berg', 'Six hundred, and my father was one of them.'),
        ...cue(5, 'Greta Lind', 'What did he do after?'),
        ...cue(6, 'Ossian Berg', 'He drove a taxi for twenty years.'),
        ...cue(7, 'Greta Lind', 'And you stayed in the town.'),
        ...cue(8, 'Ossian Berg', 'I did. Somebody had to.'),
        ...cue(9, 'Greta Lind', 'Thank you, Ossian.'),
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.text === 'Fine. Shall I begin with the mine?')).toMatchObject({ type: 'quote', speaker: 'Ossian Berg' });
    expect(records.find((r) => r.text === 'Six hundred, and my father was one of them.')).toMatchObject({ type: 'qa', speaker: 'Ossian Berg', asker: 'Greta Lind', question: 'The mine closed in 1994. How many men lost work?' });
    expect(records.filter((r) => r.type === 'qa' && r.speaker === 'Greta Lind')).toEqual([]);
  });
});
