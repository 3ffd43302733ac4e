/**
 * A public forum's edited transcript in Markdown, found unseen (test/fixtures/unseen/water-forum-
 * 2025-transcript.md), December 5:
 * - Each speaker's opening remarks stood under a heading naming them ("## Opening remarks — Dr. Ana
 *   Ruiz, director, Lakeshore Water Authority"): their first-person paragraphs were claims of nobody.
 *   The heading is their turn's label when the name speaks again under a label ("**Dr. Ruiz:**");
 *   the words after the name's comma are the role.
 * - "**Audience member (Maria Okonkwo, Ardmore Residents' Association):**" ran past the 60
 *   characters a bold label could hold: the question kept the label and had no asker.
 * - "*Held at the Civic Centre, Ardmore, on 22 May 2025. …*" under the title did not date the text.
 * The second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  '# Harbour redevelopment hearing',
  '',
  '*Recorded at Port Hall on 3 March 2024.*',
  '',
  '## Opening statement — Tomasz Wierzbicki, chief planner, City of Gdańsk',
  '',
  'I have worked on this plan since 2019. We will build 1,200 homes on the old quay.',
  '',
  '## Opening statement — Helga Brandt',
  '',
  'My family has fished from this harbour for three generations. I am not against homes.',
  '',
  '## Questions',
  '',
  '**Audience member (Joanna Nowak, Old Quay Tenants’ Association):** Mr. Wierzbicki, where will the boats go?',
  '',
  '**Mr. Wierzbicki:** To the new marina on the east side, which opens in 2026.',
  '',
  '**Ms. Brandt:** That marina has no ice for the catch.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; role: string | null; asker: string | null; line: number };
const rows = (records: readonly Rec[]) => records.map((r) => [r.line, r.type, r.asker, r.speaker, r.role]);

describe('a forum transcript: remarks under their speaker\'s heading, a long bold label, the day it was held', () => {
  it('reads each speaker\'s remarks as theirs (unseen forum)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['water-forum-2025-transcript.md']);
    const doc = c.documents.find((d) => d.id === 'water-forum-2025-transcript')!;
    expect(doc.meta.date).toBe('2025-05-22');
    const records = c.records.filter((r) => r.doc === doc.id) as Rec[];
    expect(rows(records).slice(2, 6)).toEqual([
      [5, 'quote', null, 'Ana Ruiz', 'director, Lakeshore Water Authority'],
      [11, 'quote', null, 'Peter Lund', null],
      [17, 'quote', null, 'Kofi Asante', null],
      [19, 'qa', 'Maria Okonkwo', 'Ana Ruiz', null],
    ]);
    expect(records[5]!).toMatchObject({ question: 'Dr. Ruiz, why should we pay more when a third of the water was leaking?' });
  });

  it('dates nothing by a picture\'s note', async () => {
    const c = await loadCorpus(tempCorpus({ 'walk.md': '# Harbour walk\n\n*Photo taken on the quay on 3 May 2019.*\n\nThe walk starts at the quay.\n' }));
    expect(c.documents[0]!.meta.date).toBeNull();
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'harbour-hearing.md': SECOND }));
    expect(c.documents[0]!.meta.date).toBe('2024-03-03');
    expect(rows(c.records as Rec[])).toEqual([
      [3, 'claim', null, null, null],
      [5, 'quote', null, 'Tomasz Wierzbicki', 'chief planner, City of Gdańsk'],
      [9, 'quote', null, 'Helga Brandt', null],
      [15, 'qa', 'Joanna Nowak', 'Tomasz Wierzbicki', null],
      [19, 'quote', null, 'Helga Brandt', null],
    ]);
  });
});
