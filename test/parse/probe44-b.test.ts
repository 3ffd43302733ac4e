/**
 * Transcription services' numbered voices resolved where the text names them.
 * - Sonix writes "Speaker1:" (no space) and a host names the guest ("My guest today is Lindiwe
 *   Mbeki-Hartley"): before, the host resolved (he says "I'm Gideon Farrow.") but the guest stayed
 *   "Speaker2", since the rule naming the introduced guest read only "Speaker 2" with a space, and
 *   its name stopped at a hyphen ("Lindiwe Mbeki-").
 * - A broadcaster runs the outlet on after the name ("I'm Oliver Dunmore from Eastmarch Community
 *   Radio"): before, only "I'm Name." / "I'm Name," / "and" / "here" closed a self-introduction, so
 *   the host stayed "Speaker 1" and asked every question as that.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe44', 'b');

describe('Sonix "Speaker1:" voices, the guest the host introduces', () => {
  it('names both voices of the Sonix podcast', () => {
    const c = fixtureCorpus(DIR, ['sonix-official-podcast-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'sonix-official-podcast-2024');
    expect(records.filter((r) => /^Speaker/.test(r.speaker ?? '') || /^Speaker/.test(r.asker ?? ''))).toEqual([]);
    expect(records.find((r) => r.line === 12)).toMatchObject({ type: 'quote', speaker: 'Lindiwe Mbeki-Hartley', text: 'Thank you, Gideon. Good to be here.' });
    expect(records.find((r) => r.line === 14)).toMatchObject({ type: 'qa', speaker: 'Lindiwe Mbeki-Hartley', asker: 'Gideon Farrow', question: expect.stringContaining('level three restrictions') });
    expect(records.find((r) => r.line === 14)!.text).toMatch(/^Three dry winters in a row\./);
    expect(records.filter((r) => /\[\d{2}:\d{2}:\d{2}\]/.test(r.text))).toEqual([]);
  });

  it('in other words: another service, a double-barrelled guest with a title-less surname', () => {
    const dir = tempCorpus({
      'harbour-talk-ep9-2022.txt': [
        'HarbourTalk_Ep9.mp3',
        '',
        'Speaker1: [00:00:00] Hello and welcome to Harbour Talk. I am Priti Sandhu. Our guest this week is Joaquim Ferreira-Lund, who runs the ferry union.',
        '',
        'Speaker2: [00:00:09] Thanks for having me, Priti.',
        '',
        'Speaker1: [00:00:12] Why did the crews vote to strike in March 2022?',
        '',
        'Speaker2: [00:00:16] Because rosters went from twelve-hour shifts to sixteen. Nobody can steer a boat safely after sixteen hours.',
        '',
        'Speaker1: [00:00:27] What would end it?',
        '',
        'Speaker2: [00:00:29] A cap of thirteen hours, written into the contract.',
        '',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Joaquim Ferreira-Lund', asker: 'Priti Sandhu', question: 'Why did the crews vote to strike in March 2022?' });
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: 'Joaquim Ferreira-Lund', asker: 'Priti Sandhu', text: 'A cap of thirteen hours, written into the contract.' });
  });
});

describe('"I\'m Name from Outlet": a host\'s self-introduction with the outlet run on', () => {
  it('names the Temi host, who asks each question', () => {
    const c = fixtureCorpus(DIR, ['temi-council-leader-2021.txt']);
    const records = c.records.filter((r) => r.doc === 'temi-council-leader-2021');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([5, 9, 13, 17, 21, 25]);
    expect(qa.every((r) => r.asker === 'Oliver Dunmore')).toBe(true);
    expect(records.find((r) => r.line === 29)).toMatchObject({ type: 'quote', speaker: 'Oliver Dunmore', text: 'Councillor Achterberg, thank you.' });
  });

  it('in other words: "I\'m … with the …", a numbered guest who names herself', () => {
    const dir = tempCorpus({
      'clinic-interview-2020.txt': [
        'Clinic waiting times.m4a',
        '',
        'Speaker 1 (00:01): Good morning. I\'m Bashir Kamau with the Lakeside Gazette, and this is about the clinic.',
        '',
        'Speaker 2 (00:07): Morning. I\'m Edith Varga, I manage the clinic.',
        '',
        'Speaker 1 (00:12): How long is the wait for a first appointment now?',
        '',
        'Speaker 2 (00:16): About nineteen days, down from thirty-one in 2019.',
        '',
      ].join('\n'),
    });
    const records = loadCorpus(dir).records;
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'qa', speaker: 'Edith Varga', asker: 'Bashir Kamau', text: 'About nineteen days, down from thirty-one in 2019.' });
  });
});
