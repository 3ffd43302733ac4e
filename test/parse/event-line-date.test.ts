/**
 * A panel's or a press conference's line under the title: the venue, the day it was held and the
 * room, as fields parted by commas or bars ("Lisbon Climate Finance Forum, 7 November 2023, Main
 * Stage"). That day dates the document; before, a day inside such a line dated nothing and every
 * record's year was null. Found on an unseen panel transcript (test/fixtures/unseen/panel-notes.txt),
 * December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'ROUNDTABLE: "Can small farms survive the drought?"',
  'Regional Growers Assembly, March 4, 2022, Harbour Hall',
  '',
  'Chair: Ruth Obi',
  '',
  'OBI: Let us begin. Tomas, how bad was last summer?',
  '',
  'TOMAS: The worst since 1976. We lost half the barley.',
  '',
].join('\n');

describe("an event's line of fields under the title dates the document", () => {
  it('reads the day among the venue and the room (test/fixtures/unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['panel-notes.txt']);
    expect(c.documents.find((d) => d.id === 'panel-notes')!.meta.date).toBe('2023-11-07');
    const answer = c.records.find((r) => r.doc === 'panel-notes' && r.text.includes('560 million'))!;
    expect(answer.year).toBe(2023);
  });

  it('reads a day written month first the same way, and no day inside a sentence', async () => {
    const c = await loadCorpus(tempCorpus({ 'roundtable.txt': SECOND, 'note.txt': 'Farm diary\nWe sowed the barley on March 4, 2022, after the rain.\n\nThe crop failed.\n' }));
    expect(c.documents.find((d) => d.id === 'roundtable')!.meta.date).toBe('2022-03-04');
    expect(c.documents.find((d) => d.id === 'note')!.meta.date).toBeNull();
  });
});
