/**
 * A book's chapter as a magazine prints it: endnote numbers in plain digits right after the closing
 * quote ('…more than I earned."14'), the notes listed under NOTES, and the book's credit at the
 * foot ("Excerpted from THE LEDGER … by Ruth Castellano. Copyright © 2023 …"). Before, the note's
 * number kept a quotation from going on with the one before it, so its second half was nobody's,
 * and the credit at the foot was not read: no author, no year, for every record.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a book excerpt with numbered endnotes and its credit at the foot', () => {
  it('keeps each quotation with its speaker across the note numbers, in the unseen chapter', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ledger-chapter-7.txt']);
    const records = c.records.filter((r) => r.doc === 'ledger-chapter-7');
    expect(records.filter((r) => r.type === 'quote' && r.speaker === null)).toEqual([]);
    expect(records.find((r) => r.text.startsWith('I knew nobody'))).toMatchObject({ speaker: 'Wen Liang', text: expect.stringContaining('I slept in the office') });
    expect(records.find((r) => r.text.startsWith('They were right'))).toMatchObject({ speaker: 'Wen Liang', text: expect.stringContaining('the honest answer') });
    expect(records.find((r) => r.text.startsWith('She would ring'))?.speaker).toBe('Marcus Oyelaran');
    const doc = c.documents.find((d) => d.id === 'ledger-chapter-7')!;
    expect(doc.meta.author).toBe('Ruth Castellano');
    expect(records.find((r) => r.text.startsWith('Liang does not dispute'))).toMatchObject({ speaker: 'Ruth Castellano', year: 2023 });
  });

  it('in other words', () => {
    const text = [
      'PART TWO',
      '',
      'Tomas Varga opened the first clinic in Pécs in 2009. "We had one nurse and a borrowed X-ray machine," he said. "Nobody thought it would last a year."3',
      '',
      'His sister, Ilona Varga, ran the books. "I paid the nurse before I paid myself, every month."4',
      '',
      'NOTES',
      '3. Interview with the author, Budapest, 2022.',
      '4. Interview with the author, 2022.',
      '',
      'Adapted from The Long Ward by Hanna Kertész (Corvina Press, 2024). Reprinted with permission.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'ward.txt': text }));
    const quotes = c.records.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.text]);
    expect(quotes).toEqual([
      ['Tomas Varga', 'We had one nurse and a borrowed X-ray machine. Nobody thought it would last a year.'],
      ['Ilona Varga', 'I paid the nurse before I paid myself, every month.'],
    ]);
    expect(c.documents[0]!.meta.author).toBe('Hanna Kertész');
    expect(c.records.every((r) => r.year === 2024)).toBe(true);
  });
});
