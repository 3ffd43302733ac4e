/**
 * Written questions for the record after a hearing: "Responses of Elena Ruiz, Chief Executive
 * Officer, …" under the title, sections headed "Questions from Senator Margaret Hollis", each
 * numbered question answered under "Response:". Before, every qa was nobody's, asked by nobody:
 * the responses' line named no author (a "Response:" label is the document's own voice), and the
 * section heading named no asker.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('written questions for the record', () => {
  it('gives each response to the respondent and each question to the senator heading its section (unseen QFR)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['qfr-ruiz-2023.txt']);
    const qa = c.records.filter((r) => r.doc === 'qfr-ruiz-2023' && r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.line])).toEqual([
      ['Margaret Hollis', 'Elena Ruiz', 10],
      ['Margaret Hollis', 'Elena Ruiz', 14],
      ['David Okoye', 'Elena Ruiz', 20],
    ]);
  });

  it('in other words: "Written answers from", "Questions submitted by Rep."', () => {
    const text = [
      'House Committee on Transport',
      'Written answers from Dr. Tom Hale to questions for the record',
      'March 3, 2024',
      '',
      'Questions submitted by Rep. Ana Lind',
      '',
      '1. Why did the bridge inspection slip to 2025?',
      '',
      'Response: The contractor lost two crews in 2023.',
      '',
      '2. What will the repairs cost?',
      '',
      'Response: About $14 million over three years.',
      '',
      '3. Who pays for them?',
      '',
      'Response: The state pays 80% and the county the rest.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'hale.txt': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.text])).toEqual([
      ['Ana Lind', 'Tom Hale', 'The contractor lost two crews in 2023.'],
      ['Ana Lind', 'Tom Hale', 'About $14 million over three years.'],
      ['Ana Lind', 'Tom Hale', 'The state pays 80% and the county the rest.'],
    ]);
  });
});
