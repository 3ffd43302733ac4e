/**
 * A TSV AMA export whose "Answered by" cell gives the answerer's role in brackets: "Marta Lindgren
 * (CEO)" gave the role, "Dev Okonkwo (Fleet Director)" did not, and "Dev Okonkwo (Fleet Director)" was
 * the speaker, a person of its own. A role was read only with a lowercase word or in capitals; one in
 * title case ending on an office is a role too. Found on an unseen AMA export
 * (test/fixtures/unseen/ferry-ama-2024-03-12.tsv), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Posted\tAsker\tQuestion\tResponder\tResponse',
  '2023-09-04\tu/mill_town\tWhen will the library reopen?\tGrace Ito, Head Librarian\tIn November, once the roof is done.',
  '2023-09-04\tu/ravenna\tHow much did the roof cost?\tOmar Feld (Chief Financial Officer)\tAbout $1.2 million, half of it from a state grant.',
  '2023-09-04\tu/quill\tWho picked the architect?\tOmar Feld (Riverside Trust)\tThe trust board, in 2021.',
  '',
].join('\n');

describe('a role in title case after an answerer\'s name in a TSV cell', () => {
  it('is the role, and the name alone the speaker (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ferry-ama-2024-03-12.tsv']);
    const own = c.records.filter((r) => r.doc === 'ferry-ama-2024-03-12');
    expect(own.find((r) => r.question === 'How many of the new boats are electric?')).toMatchObject({ speaker: 'Dev Okonkwo', role: 'Fleet Director' });
    expect(own.find((r) => r.question === 'Will the night sailing come back?')).toMatchObject({ speaker: 'Marta Lindgren', role: 'CEO' });
  });

  it('reads the same in other words, after a comma too; an affiliation in brackets stays with the name', async () => {
    const c = await loadCorpus(tempCorpus({ 'library.tsv': SECOND }));
    const by = (q: string) => c.records.find((r) => r.question === q)!;
    expect(by('When will the library reopen?')).toMatchObject({ speaker: 'Grace Ito', role: 'Head Librarian' });
    expect(by('How much did the roof cost?')).toMatchObject({ speaker: 'Omar Feld', role: 'Chief Financial Officer' });
    expect(by('Who picked the architect?')).toMatchObject({ speaker: 'Omar Feld (Riverside Trust)', role: null });
  });
});
