/**
 * probe31-b: interview transcripts from Rev, Otter and Zoom. The shapes read wrong before: a Zoom
 * saved transcript's label with the participant's company or pronouns in brackets
 * ("[Tomasz Wrona (Halberd Bio)] 10:02:22") read as no label, so the guest's answers ran into the
 * interviewer's turn; a participant who rejoins from a phone ("Marisol's iPhone: …",
 * "[Tomasz's iPad] 10:03:44") read as no label in a VTT, or as a second person. Each rule on the
 * fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const vtt = (cues: string[]) =>
  'WEBVTT\n\n' + cues.map((line, n) => [`${n + 1}`, `00:00:${String(n * 4).padStart(2, '0')}.000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')}.500`, line].join('\n')).join('\n\n') + '\n';
const speakerOf = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text))?.speaker;

describe("a Zoom transcript label with the participant's company or pronouns in brackets", () => {
  it('is a turn of that person, the company the role', () => {
    const c = corpusOf('zoom.txt', [
      '[Jonas Whitcomb] 10:02:27',
      "Let's start with the readout. Walk me through it.",
      '',
      '[Tomasz Wrona (Halberd Bio)] 10:02:33',
      'We enrolled 214 patients across 19 sites in 2025.',
      '',
      '[Jonas Whitcomb] 10:03:30',
      'And you have how much cash?',
      '',
      '[Tomasz Wrona (Halberd Bio)] 10:03:32',
      '$96 million at the end of September.',
      '',
    ].join('\n'));
    expect(speakerOf(c, /214 patients/)).toBe('Tomasz Wrona');
    expect(c.records.find((r) => /214 patients/.test(r.text))?.text).not.toMatch(/readout/);
    expect(speakerOf(c, /\$96 million/)).toBe('Tomasz Wrona');
  });
  it('reads pronouns in brackets the same way, in other words', () => {
    const c = corpusOf('meeting.txt', [
      '[Aoife Brennan (she/her)] 14:10:02',
      'When did the depot open?',
      '',
      '[Rafael Quintero (Metro Transit)] 14:10:09',
      'In March 2019, with 42 buses.',
      '',
      '[Aoife Brennan (she/her)] 14:10:20',
      'And today?',
      '',
      '[Rafael Quintero (Metro Transit)] 14:10:23',
      'We run 118 buses out of it.',
      '',
    ].join('\n'));
    expect(speakerOf(c, /42 buses/)).toBe('Rafael Quintero');
    expect(speakerOf(c, /118 buses/)).toBe('Rafael Quintero');
    expect(c.records.find((r) => /42 buses/.test(r.text))?.text).not.toMatch(/depot open/);
  });
});

describe('a participant who rejoins from their phone or tablet', () => {
  it("is that participant in a Zoom VTT (\"Marisol's iPhone: …\")", () => {
    const c = corpusOf('GMT20250304-160211_Recording.transcript.vtt', vtt([
      'Priya Natarajan: Alder closed 2024 at what, 1.9 billion in revenue?',
      "Marisol Ferreira: 1.87 billion. Up 11% from 2023, and I'll explain",
      "Marisol's iPhone: sorry, I'm switching to my phone, the laptop's dying.",
      'Ken Adeyemi: Why Rotterdam?',
      "Marisol's iPhone: Because we signed that lease in 2019 expecting 300,000 containers a year.",
      'Priya Natarajan: Thanks, Marisol.',
    ]));
    expect(speakerOf(c, /signed that lease/)).toBe('Marisol Ferreira');
    expect(c.records.find((r) => /signed that lease/.test(r.text))?.text).not.toMatch(/Why Rotterdam/);
    expect(c.records.map((r) => r.speaker)).not.toContain("Marisol's iPhone");
  });
  it('is that participant in a Zoom saved transcript, in other words', () => {
    const c = corpusOf('zoom-call.txt', [
      '[Hana Sato] 09:00:04',
      'How many stores did you open in 2023?',
      '',
      '[Bongani Dlamini] 09:00:09',
      'Fourteen, all in Gauteng.',
      '',
      "[Bongani's Galaxy S23] 09:01:40",
      'Sorry, I dropped. We closed 3 of them in 2024.',
      '',
      '[Hana Sato] 09:01:52',
      'Why?',
      '',
      "[Bongani's Galaxy S23] 09:01:54",
      'The rents doubled.',
      '',
    ].join('\n'));
    expect(speakerOf(c, /closed 3 of them/)).toBe('Bongani Dlamini');
    expect(speakerOf(c, /rents doubled/)).toBe('Bongani Dlamini');
  });
});

describe("a transcription service's numbered voice that gives its own name", () => {
  it('is that person, named in its second turn (Rev)', () => {
    const c = corpusOf('rev-export.txt', [
      'Speaker 1 (00:00:02):',
      "Okay, we're recording. Thanks for coming in.",
      '',
      'Speaker 2 (00:00:15):',
      'Thanks for having me. Happy to be here.',
      '',
      'Speaker 1 (00:00:18):',
      'Say your name and what the company does.',
      '',
      'Speaker 2 (00:00:22):',
      "I'm Chidi Okonkwo. We started LumenPay in 2017 in Lagos.",
      '',
      'Speaker 1 (00:01:12):',
      'How many employers then?',
      '',
      'Speaker 2 (00:01:15):',
      'Eleven, in 2017. Today about 4,300.',
      '',
    ].join('\n'));
    expect(speakerOf(c, /4,300/)).toBe('Chidi Okonkwo');
    expect(speakerOf(c, /started LumenPay/)).toBe('Chidi Okonkwo');
  });
  it('is that person in its first turn, in other words (Otter)', () => {
    const c = corpusOf('otter-export.txt', [
      'Speaker 1  0:02',
      "Good morning. I'm Ines Carvalho, and I run procurement for the county.",
      '',
      'Speaker 2  0:09',
      'What did the county spend on road salt in 2024?',
      '',
      'Speaker 1  0:14',
      'About $3.1 million, up 18% on 2023.',
      '',
    ].join('\n'));
    expect(speakerOf(c, /\$3\.1 million/)).toBe('Ines Carvalho');
    expect(c.records.some((r) => r.speaker === 'Speaker 2' || r.asker === 'Speaker 2')).toBe(true);
  });
});

describe("a Zoom transcript's participants line naming a device after its owner", () => {
  it('is header metadata once every person on it speaks', () => {
    const text = (names: string, a: string, b: string, dev: string) => [
      'Zoom meeting transcript',
      `Participants: ${names}`,
      '',
      `[${a}] 10:02:14`,
      'When did the plant open?',
      '',
      `[${b}] 10:02:20`,
      'In 2018, with 40 staff.',
      '',
      `[${dev}] 10:03:44`,
      'Sorry, I dropped. Today we have 260 staff.',
      '',
    ].join('\n');
    const one = corpusOf('zoom1.txt', text("Jonas Whitcomb, Tomasz Wrona (Halberd Bio), Tomasz's iPad", 'Jonas Whitcomb', 'Tomasz Wrona (Halberd Bio)', "Tomasz's iPad"));
    expect(one.records.some((r) => r.type === 'claim' && /^Participants/.test(r.text))).toBe(false);
    const two = corpusOf('zoom2.txt', text("Amara Obi, Leif Sandberg, Leif's iPhone", 'Amara Obi', 'Leif Sandberg', "Leif's iPhone"));
    expect(two.records.some((r) => r.type === 'claim' && /^Participants/.test(r.text))).toBe(false);
    expect(two.records.find((r) => /260 staff/.test(r.text))?.speaker).toBe('Leif Sandberg');
  });
});
