/**
 * Transcription-service and caption exports as analysts paste them (probe50-a).
 *
 * 1. A numbered voice renamed part-way: the transcriber named "Speaker 1" / "Speaker 2" only from
 *    some turn on (a Sonix export's speaker line over its timecode line; a VTT's `<v Speaker 2>`
 *    cue before `<v Ottilie Brandsma>`). Before, the first answers stayed "Speaker 2", asked by
 *    "Speaker 1", and the person had two names in one interview.
 * 2. A YouTube transcript's `>>` turns whose host introduces the guest with "today I'm joined by
 *    NAME, who …": before, every answer was nobody's and every question had no asker.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe50', 'a');

describe('a numbered voice the transcriber renamed part-way', () => {
  it('gives the Sonix export\'s "Speaker 1" / "Speaker 2" turns the names that take their parts later', () => {
    const c = fixtureCorpus(DIR, ['sonix-harbour-levy-interview-2019.txt']);
    const records = c.records.filter((r) => r.doc === 'sonix-harbour-levy-interview-2019');
    expect(records.filter((r) => /^Speaker/.test(`${r.speaker} ${r.asker}`) || /Speaker \d/.test(`${r.speaker}|${r.asker}`))).toEqual([]);
    expect(records.find((r) => r.line === 4)).toMatchObject({
      type: 'qa',
      speaker: 'Brenna Okafor',
      asker: 'Tomasz Reid',
      question: 'Thanks for making time, Councillor. Can you start by telling us when the harbour levy was first proposed?',
    });
    // Her answer and her aside under her new name, one turn: the same voice on both sides of the cut.
    const second = records.find((r) => r.line === 12)!;
    expect(second).toMatchObject({ type: 'qa', speaker: 'Brenna Okafor', asker: 'Tomasz Reid', question: 'And what changed between 2016 and now?', endLine: 22 });
    expect(second.text).toContain('£3.2 million');
    expect(second.text).toContain("I'm speaking as chair of the finance committee");
    expect(records.filter((r) => /\d\d:\d\d/.test(r.text))).toEqual([]);
  });

  it('names the VTT\'s first "<v Speaker 2>" cue as the director the later cues name', () => {
    const c = fixtureCorpus(DIR, ['museum-director-styled-2020.vtt']);
    const records = c.records.filter((r) => r.doc === 'museum-director-styled-2020');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [19, 'qa', 'Ottilie Brandsma', 'Rafael Quiñones'],
      [25, 'qa', 'Ottilie Brandsma', 'Rafael Quiñones'],
      [33, 'qa', 'Ottilie Brandsma', 'Rafael Quiñones'],
      [39, 'qa', 'Ottilie Brandsma', 'Rafael Quiñones'],
    ]);
    expect(records[0]!.text).toBe('Much lower than 2019. We had about 38,000 visitors in 2019 and we\'ll finish 2020 near 11,000.');
  });

  it('in other words: an Otter-style export, the asker renamed too; a third voice or a later numbered turn renames nobody', () => {
    const renamed = [
      'Depot visit, 2 March 2022',
      '',
      'Speaker 1  0:01',
      'How long have you driven for the company?',
      '',
      'Speaker 2  0:04',
      'Since 2009. Thirteen years in June.',
      '',
      'Speaker 1  0:09',
      'And the new electric buses, when did they arrive?',
      '',
      'Speaker 2  0:13',
      'The first six came in 2020.',
      '',
      'Ilse Marchetti  0:18',
      'Do you prefer them?',
      '',
      'Ravi Lindqvist  0:20',
      'Much quieter. The range was a worry at first, 180 kilometres a charge.',
      '',
      'Ilse Marchetti  0:29',
      'Is it still a worry?',
      '',
      'Ravi Lindqvist  0:31',
      'Not since they fitted the bigger packs last autumn.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'depot-visit.txt': renamed })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [3, 'qa', 'Ravi Lindqvist', 'Ilse Marchetti', 'Since 2009. Thirteen years in June.'],
      [9, 'qa', 'Ravi Lindqvist', 'Ilse Marchetti', 'The first six came in 2020.'],
      [15, 'qa', 'Ravi Lindqvist', 'Ilse Marchetti', 'Much quieter. The range was a worry at first, 180 kilometres a charge.'],
      [21, 'qa', 'Ravi Lindqvist', 'Ilse Marchetti', 'Not since they fitted the bigger packs last autumn.'],
    ]);

    // A meeting: "Speaker 3" speaks early, Wen joins late and asks; three voices: nobody renamed.
    const meeting = [
      'Priya Natarajan  0:01',
      'Where are we on the lease?',
      '',
      'Speaker 3  0:05',
      'Signed on Friday, seven years.',
      '',
      'Priya Natarajan  0:09',
      'Good. Joel, anything else?',
      '',
      'Joel Abernathy  0:12',
      'The fit-out is ours, about 260,000.',
      '',
      'Wen Li  0:20',
      'Is the cold room included?',
      '',
      'Joel Abernathy  0:24',
      'No, that is on us too.',
      '',
    ].join('\n');
    const speakers = loadCorpus(tempCorpus({ 'lease-call.txt': meeting })).records.map((r) => r.speaker);
    expect(speakers).toContain('Speaker 3');
    // The numbered voice that speaks again after the names appear keeps its number.
    const later = renamed.replace('Ravi Lindqvist  0:31', 'Speaker 2  0:31');
    const laterRecords = loadCorpus(tempCorpus({ 'depot-visit.txt': later })).records;
    expect(laterRecords.find((r) => r.line === 3)?.speaker).toBe('Speaker 2');
  });
});

describe('a >> transcript whose host says "I\'m joined by"', () => {
  it('gives the YouTube transcript\'s alternate turns to the guest and the host', () => {
    const c = fixtureCorpus(DIR, ['youtube-transcript-grid-storage-2022.txt']);
    const records = c.records.filter((r) => r.doc === 'youtube-transcript-grid-storage-2022');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [5, 'quote', 'Selin Arkan', null],
      [11, 'quote', 'Halvard Moen', null],
      [14, 'qa', 'Halvard Moen', 'Selin Arkan'],
      [23, 'qa', 'Halvard Moen', 'Selin Arkan'],
      [32, 'qa', 'Halvard Moen', 'Selin Arkan'],
      [38, 'qa', 'Halvard Moen', 'Selin Arkan'],
      [44, 'quote', 'Selin Arkan', null],
      [47, 'quote', 'Halvard Moen', null],
    ]);
    const prices = records.find((r) => r.line === 14)!;
    expect(prices.question).toBe('So let\'s start with prices. How much has a megawatt-hour of battery storage fallen since, say, 2015?');
    expect(prices.text).toBe('Roughly 70 percent. In 2015 we were quoted something like 900 dollars a kilowatt-hour for a full system. The tender we closed in March 2022 came in under 280.');
  });

  it('in other words: "we\'re joined in the studio by" in a VTT of >> cues', () => {
    const vtt = [
      'WEBVTT',
      '',
      '00:00:00.000 --> 00:00:06.000',
      '>> Good morning and welcome to Harbour Talk. I\'m Dev Okonjo, and we\'re joined in the studio by Marta Ilves, the port\'s chief engineer.',
      '',
      '00:00:06.500 --> 00:00:08.000',
      '>> Morning, Dev.',
      '',
      '00:00:08.500 --> 00:00:11.000',
      '>> When will the new quay open?',
      '',
      '00:00:11.500 --> 00:00:15.000',
      '>> In spring 2027, if the piling finishes on time.',
      '',
      '00:00:15.500 --> 00:00:18.000',
      '>> And what will it cost?',
      '',
      '00:00:18.500 --> 00:00:22.000',
      '>> About 64 million, a third from the state.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'harbour-talk.vtt': vtt })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [4, 'quote', 'Dev Okonjo', null, 'Good morning and welcome to Harbour Talk. I\'m Dev Okonjo, and we\'re joined in the studio by Marta Ilves, the port\'s chief engineer.'],
      [7, 'quote', 'Marta Ilves', null, 'Morning, Dev.'],
      [10, 'qa', 'Marta Ilves', 'Dev Okonjo', 'In spring 2027, if the piling finishes on time.'],
      [16, 'qa', 'Marta Ilves', 'Dev Okonjo', 'About 64 million, a third from the state.'],
    ]);
  });
});

describe('a VTT whose STYLE block stands above the NOTE that dates it', () => {
  it('dates the museum interview by its NOTE, the stylesheet no header line', () => {
    const c = fixtureCorpus(DIR, ['museum-director-styled-2020.vtt']);
    const doc = c.documents.find((d) => d.id === 'museum-director-styled-2020')!;
    expect(doc.meta.date).toBe('2020-11-03');
  });

  it('in other words: a REGION and a STYLE block, the day in a NOTE after them', () => {
    const vtt = [
      'WEBVTT',
      '',
      'REGION',
      'id:bottom',
      'width:80%',
      'lines:2',
      '',
      'STYLE',
      '::cue(.loud) {',
      '  font-weight: bold;',
      '}',
      '',
      'NOTE',
      'Filmed 12 March 2018 at the Kessel lock-keepers\' cottage.',
      '',
      '00:00:01.000 --> 00:00:04.000',
      '<v Joram Kessel>How long has your family kept the lock?',
      '',
      '00:00:04.500 --> 00:00:08.000',
      '<v Wietske Lamers>Since 1931. Three generations, and I am the last.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'lock-keeper.vtt': vtt }));
    expect(c.documents[0]!.meta.date).toBe('2018-03-12');
    expect(c.records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [17, 'qa', 'Wietske Lamers', 'Joram Kessel', 'Since 1931. Three generations, and I am the last.'],
    ]);
  });
});
