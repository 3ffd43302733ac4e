/**
 * A vox pop or an "as told to" piece: each person headed by their name and age ("Priya Shah, 41,
 * line supervisor"), their words under it in the first person, with no quotation marks. Before,
 * every sentence was a claim of nobody, so
 * `--speaker` and `--type quote` found none of the four workers' words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a vox pop of people headed by name and age', () => {
  it('gives each first-person paragraph to the person above it, in the unseen picket-line piece', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['vox-pop-picket-line.txt']);
    const records = c.records.filter((r) => r.doc === 'vox-pop-picket-line');
    expect(records.filter((r) => r.type === 'quote' && r.speaker !== 'Halden Foods').map((r) => [r.speaker, r.role, r.line])).toEqual([
      ['Priya Shah', 'line supervisor', 8],
      ['Tomasz Nowak', 'forklift driver', 11],
      ['Grace Adeyemi', 'quality inspector', 14],
      ['Dev Malhotra', 'union representative', 17],
    ]);
    // The heading lines are no claims; the introduction is no worker's. ("As told to NAME" is
    // no byline: an as-told-to essay's first-person words are its subject's, not the writer's.)
    expect(records.filter((r) => /, \d{2}, /.test(r.text))).toEqual([]);
    expect(records.find((r) => r.text.startsWith('The strike at'))?.speaker).toBeNull();
  });

  it('in other words: headings in capitals with the age in brackets, two paragraphs each, the writer closing', () => {
    const text = [
      'The last ferrymen',
      'By Rui Campos',
      'June 2, 2022',
      '',
      'ANA LIMA (63), PORTO',
      '',
      'My father ran this crossing, and his father before him.',
      '',
      'We carried 300 people a day in 1990. Now it is thirty.',
      '',
      'JOÃO REIS (48), GAIA',
      '',
      'I will be the last one. My son works in a bank.',
      '',
      'The bridge opened in 2003, and the council says the ferry will close next spring.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ferry.txt': text })).records;
    expect(records.map((r) => [r.type, r.speaker, r.role, r.text])).toEqual([
      ['quote', 'Ana Lima', 'Porto', 'My father ran this crossing, and his father before him.'],
      ['quote', 'Ana Lima', 'Porto', 'We carried 300 people a day in 1990. Now it is thirty.'],
      ['quote', 'João Reis', 'Gaia', 'I will be the last one. My son works in a bank.'],
      ['claim', 'Rui Campos', null, 'The bridge opened in 2003, and the council says the ferry will close next spring.'],
    ]);
  });

  it('leaves one captioned person alone: one heading is a caption, not a vox pop', () => {
    const text = 'Harbour News\nBy Rui Campos\n\nAna Lima, 63, ferry pilot\nWe carried 300 people a day in 1990.\n\nThe council met on Monday.\n';
    const records = loadCorpus(tempCorpus({ 'one.txt': text })).records;
    expect(records.filter((r) => r.speaker === 'Ana Lima')).toEqual([]);
  });
});
