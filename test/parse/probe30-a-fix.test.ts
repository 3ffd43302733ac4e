/**
 * probe30-a, second pass: caption files. The shapes read wrong before: a caption credit read out after
 * the station's words in one cue was the voice's quote; a "NOTE Chapter: …" comment between a host's
 * introduction and her first question was no break, so the question carried the whole introduction;
 * a "WEBVTT - Title" header's title was lost to the file name. Each rule on the fixture's shape and on
 * a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const srt = (cues: string[][]) => cues.map((c, i) => [`${i + 1}`, `00:00:${String(i * 3).padStart(2, '0')},000 --> 00:00:${String(i * 3 + 2).padStart(2, '0')},500`, ...c, ''].join('\n')).join('\n');

describe('a caption credit after the station\'s words in one cue is the file\'s narration', () => {
  it('splits the credit off the anonymous voice', () => {
    const c = corpusOf('news.srt', srt([
      ['>> THIS IS CHANNEL 6 NEWS AT', 'NOON. CAPTIONING PROVIDED BY', 'ACME CAPTION SERVICES.'],
      ['>> DANA WHITFIELD: GOOD AFTERNOON.', 'WE GO LIVE NOW TO CITY HALL.'],
    ]));
    const station = c.records.find((r) => /CHANNEL 6/.test(r.text))!;
    expect(station.text).toBe('THIS IS CHANNEL 6 NEWS AT NOON.');
    const credit = c.records.find((r) => /CAPTIONING PROVIDED/.test(r.text))!;
    expect(credit.type).toBe('claim');
    expect(credit.speaker).toBeNull();
    expect(credit.text).toBe('CAPTIONING PROVIDED BY ACME CAPTION SERVICES.');
  });
  it('in other words: a sponsor\'s credit after an evening bulletin\'s opening', () => {
    const c = corpusOf('evening.srt', srt([
      ['>> Good evening from the KTVX newsroom.', 'Closed captioning sponsored by', 'Delmar Furniture.'],
      ['>> Our top story tonight: the river is rising.'],
    ]));
    expect(c.records.find((r) => /newsroom/.test(r.text))!.text).toBe('Good evening from the KTVX newsroom.');
    const credit = c.records.find((r) => /Delmar/.test(r.text))!;
    expect(credit.type).toBe('claim');
    expect(credit.text).toBe('Closed captioning sponsored by Delmar Furniture.');
    expect(credit.line).toBeGreaterThan(3);
  });
});

const vtt = (header: string, blocks: string[][]) => [header, '', ...blocks.map((b) => [...b, ''].join('\n'))].join('\n');
const cue = (n: number, ...text: string[]) => [`00:00:${String(n * 4).padStart(2, '0')}.000 --> 00:00:${String(n * 4 + 3).padStart(2, '0')}.500`, ...text];

describe('a NOTE naming a chapter heads the cues under it; a WEBVTT header line titles the file', () => {
  it('keeps the host\'s introduction out of her first question', () => {
    const c = corpusOf('fireside.vtt', vtt('WEBVTT - Northwind Summit 2024, main stage, session 4', [
      ['NOTE Chapter: Opening'],
      cue(0, '<v Priya Ramaswamy>Good morning, everyone. I\'m Priya Ramaswamy.'),
      cue(1, '<v Priya Ramaswamy>My guest founded Halcyon Pay in 2016.'),
      cue(2, '<c.yellow>Please welcome Tomás Ferreira.</c>'),
      cue(3, '[applause]'),
      ['NOTE Chapter: Growth'],
      cue(4, '<v Priya Ramaswamy>Tomás, you had 40 employees in 2018. How many now?</v>'),
      cue(5, '<v Tomás Ferreira>About 2,300, across eleven countries.</v>'),
    ]));
    const qa = c.records.find((r) => r.type === 'qa')!;
    expect(qa.question).toBe('Tomás, you had 40 employees in 2018. How many now?');
    expect(qa.section).toBe('Growth');
    expect(c.records.find((r) => /Good morning/.test(r.text))?.speaker).toBe('Priya Ramaswamy');
    expect(c.documents[0]!.meta.title).toBe('Northwind Summit 2024, main stage, session 4');
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
  it('in other words: a podcast\'s sections, a panel chair\'s welcome', () => {
    const c = corpusOf('panel.vtt', vtt('WEBVTT Harbour Futures panel', [
      ['NOTE Section 1 - Welcome'],
      cue(0, '<v Ines Kauffer>Welcome back. Our panel tonight runs the port.'),
      cue(1, '<v Ines Kauffer>Three of them are with us.'),
      ['NOTE Section 2 - Dredging', 'Recorded after the break.'],
      cue(2, '<v Ines Kauffer>Mr Oduya, when does dredging start?</v>'),
      cue(3, '<v Sam Oduya>In March, if the permit holds.</v>'),
    ]));
    const qa = c.records.find((r) => r.type === 'qa')!;
    expect(qa.question).toBe('Mr Oduya, when does dredging start?');
    expect(qa.section).toBe('Dredging');
    expect(c.documents[0]!.meta.title).toBe('Harbour Futures panel');
  });
  it('a bare WEBVTT header leaves the title to the file name', () => {
    const c = corpusOf('plain-talk.vtt', vtt('WEBVTT', [cue(0, '<v Ana>Hello there.')]));
    expect(c.documents[0]!.meta.title).toBe('plain-talk');
  });
});
