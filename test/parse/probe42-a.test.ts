/**
 * Interviews and profiles pasted from a PDF or a Word file keep each page's running head and foot:
 * the publication, the issue and the page number ("THE HARBOUR REVIEW   |   SPRING 2023   |   17",
 * "Kestrel Quarterly — Winter 2021      Page 2 of 6", "ADAORA NWANKWO-BELL      4"), and the line
 * printed beside it (the interviewee's name under the head). Before, such a line headed every
 * record below it as a section, the last page's foot was a claim of its own, a page break in the
 * middle of an answer put the head into the answer's words ("… I said no, because" / "18 | THE
 * HARBOUR REVIEW | SPRING 2023" / "ANNIKA LINDQVIST" / "a port that sells …"), a question cut by
 * the page break was two turns, and the first page's head was the document's title.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe42', 'a');

describe('a PDF paste’s running heads and feet', () => {
  it('keeps the magazine’s running lines out of the Q&A’s answers and sections', () => {
    const c = fixtureCorpus(DIR, ['harbour-review-qa-lindqvist-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'harbour-review-qa-lindqvist-2023');
    expect(records.filter((r) => /HARBOUR REVIEW|LINDQVIST/.test(r.text) || /HARBOUR REVIEW|LINDQVIST/.test(r.section ?? ''))).toEqual([]);
    const cut = records.find((r) => r.line === 50)!;
    expect(cut).toMatchObject({ type: 'qa', endLine: 66, question: 'Then 2019. Two of your three container lines left within a year.' });
    expect(cut.text).toContain('I said no, because a port that sells its terminal in a bad year never gets it back.');
    expect(records.filter((r) => r.type === 'qa').map((r) => r.line)).toEqual([12, 21, 32, 50, 68, 79, 88]);
  });

  it('joins a question the page break cuts, under an oral history’s numbered foot', () => {
    const c = fixtureCorpus(DIR, ['oral-history-achterberg-2016.txt']);
    const records = c.records.filter((r) => r.doc === 'oral-history-achterberg-2016');
    const qa = records.find((r) => r.line === 52)!;
    expect(qa).toMatchObject({ type: 'qa', speaker: 'Rosalind Achterberg', asker: 'Paul Mensah', endLine: 63 });
    expect(qa.question).toBe('Your 1971 paper on the Emerald Basin is still cited. Did you know at the time it would matter?');
    expect(records.filter((r) => /Oral History Project/.test(r.text) || /Page \d/.test(r.section ?? ''))).toEqual([]);
  });

  it('gives a profile no section or title from its running head', () => {
    const c = fixtureCorpus(DIR, ['founder-profile-running-head-nwankwo-2022.txt', 'keynote-proceedings-ferreira-2024.txt', 'okonjo-interviewer-paragraphs-2021.txt']);
    for (const doc of ['founder-profile-running-head-nwankwo-2022', 'keynote-proceedings-ferreira-2024', 'okonjo-interviewer-paragraphs-2021']) {
      const records = c.records.filter((r) => r.doc === doc);
      expect(records.filter((r) => /NWANKWO-BELL\s+\d|Forum 2024|Kestrel Quarterly/.test(`${r.text} | ${r.section ?? ''}`))).toEqual([]);
    }
    const title = (id: string) => c.documents.find((d) => d.id === id)!.meta.title;
    expect(title('keynote-proceedings-ferreira-2024')).toBe('Leaks, Ledgers and Trust: What Twenty Years of Metering Taught Us');
    expect(title('founder-profile-running-head-nwankwo-2022')).not.toMatch(/NWANKWO-BELL/);
    expect(title('okonjo-interviewer-paragraphs-2021')).not.toMatch(/Page/);
  });

  it('in other words: a Word transcript with its header and foot on each page, labels with colons', () => {
    const page = (n: number) => ['', `Northfield Water Board — witness notes                 Page ${n} of 3`, '', 'DR. PELLEGRINO', ''];
    const text = [
      'Northfield Water Board — witness notes                 Page 1 of 3',
      '',
      'Evidence session with Dr. Lucia Pellegrino, 3 February 2022',
      '',
      'CHAIR: When did the board first hear about the nitrate readings?',
      '',
      'PELLEGRINO: In the autumn of 2019. We had three wells over the',
      'limit by October, and I wrote to the board the same week.',
      '',
      'CHAIR: And what did the board do with your letter?',
      '',
      'PELLEGRINO: It was tabled in November and deferred, twice, and by',
      ...page(2),
      'the time it was discussed in March the fourth well had failed as',
      'well. I do not blame anyone for the deferral itself.',
      '',
      'CHAIR: Is the supply safe now?',
      '',
      'PELLEGRINO: Yes. The blending plant opened in 2021 and every',
      'reading since has been under half the limit.',
      ...page(3),
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'pellegrino-notes.txt': text })).records;
    expect(records.filter((r) => /witness notes|PELLEGRINO$/.test(r.text) || /witness notes|DR\. PELLEGRINO/.test(r.section ?? ''))).toEqual([]);
    const deferred = records.find((r) => r.question === 'And what did the board do with your letter?')!;
    expect(deferred).toMatchObject({ type: 'qa', line: 10 });
    expect(deferred.text).toBe('It was tabled in November and deferred, twice, and by the time it was discussed in March the fourth well had failed as well. I do not blame anyone for the deferral itself.');
    expect(records.find((r) => r.question === 'Is the supply safe now?')?.text).toBe('Yes. The blending plant opened in 2021 and every reading since has been under half the limit.');
  });
});
