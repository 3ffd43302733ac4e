/**
 * A Wikipedia biography copied from the browser as text: its section headings keep their edit link
 * ("Career[edit]") and run into the paragraph below without a blank line; a "Contents" panel lists
 * the sections by number; the "References[edit]" list quotes article titles; the foot carries the
 * page's categories, its last-edited stamp and the licence of its text. Before, every heading, every
 * contents entry and the foot were claims, the reference list's titles were quotes of "PDF" and of an
 * author, the page had no date, and a "she said" in a section naming no one was nobody's, though the
 * page is about her. Found on an unseen biography (test/fixtures/unseen/Mariana Oyelaran-Voss -
 * Wikipedia.txt), December 5; the second text, in other words, is a page in the newer skin's layout.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Ruth Adebayo-Klein',
  'From Wikipedia, the free encyclopedia',
  '',
  'Ruth Imani Adebayo-Klein (born 2 August 1979) is a Kenyan-German chemist. She founded the water company Clearbrook.',
  '',
  'Contents',
  'hide',
  '(Top)',
  '1\tCareer',
  'Toggle Career subsection',
  '1.1\tClearbrook',
  '2\tAwards',
  '3\tSources',
  '',
  'Career [edit source]',
  'Adebayo-Klein taught chemistry at the University of Nairobi from 2004 to 2011.',
  '',
  'Clearbrook [edit source]',
  'She founded Clearbrook in 2012; by 2020 its filters served 3 million people in 14 countries.',
  '',
  'Awards [edit source]',
  'In 2019 she won the Ostrom Prize. "Clean water is a plumbing problem, not a miracle," she said when accepting it.',
  '',
  'Sources [edit source]',
  '^ "Clearbrook filters reach 3 million" (PDF). Water Weekly. 4 May 2020.',
  '^ Otieno, James (9 June 2019). "Ostrom Prize goes to Nairobi chemist". Daily Nation.',
  '',
  'Category: Living people',
  'This page was last modified on 3 May 2024, at 18:02.',
  'Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; section: string | null; line: number; date: string | null };

function expectWikiPage(records: readonly Rec[], o: { subject: string; sections: string[]; date: string; quoteLine: number; contents: [number, number] }) {
  // No heading, contents entry or foot line is a claim; the headings head their sections.
  expect(records.filter((r) => /\[edit|^Categor|^Text is available|last (?:edited|modified)|^\d(?:\.\d)?\s/.test(r.text)).map((r) => r.text)).toEqual([]);
  expect(records.filter((r) => r.line >= o.contents[0] && r.line <= o.contents[1])).toEqual([]);
  for (const s of o.sections) expect(records.some((r) => r.section === s), s).toBe(true);
  // The reference list: each entry a claim of nobody, its titles no one's quote.
  const refs = records.filter((r) => r.text.startsWith('^'));
  expect(refs.length).toBeGreaterThanOrEqual(2);
  expect(refs.every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
  expect(records.filter((r) => r.type === 'quote' && r.line > o.quoteLine).map((r) => r.text)).toEqual([]);
  // "…," she said, in a section that names no one: the page's subject.
  expect(records.filter((r) => r.type === 'quote' && r.line === o.quoteLine).map((r) => r.speaker)).toEqual([o.subject]);
  // Dated by the last-edited stamp at its foot.
  expect(new Set(records.map((r) => r.date))).toEqual(new Set([o.date]));
}

describe('a wiki page copied as text', () => {
  it('reads its headings, contents, references and foot as the page is laid out (unseen biography)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['Mariana Oyelaran-Voss - Wikipedia.txt']);
    const records = c.records.filter((r) => r.doc === 'Mariana Oyelaran-Voss - Wikipedia') as Rec[];
    expectWikiPage(records, { subject: 'Mariana Adetola Oyelaran-Voss', sections: ['Early life and education', 'Kestrel Pay', 'Later ventures', 'References'], date: '2025-11-02', quoteLine: 42, contents: [18, 24] });
  });

  it('reads the same in other words, in the newer layout', async () => {
    const c = await loadCorpus(tempCorpus({ 'ruth.txt': SECOND }));
    expectWikiPage(c.records as Rec[], { subject: 'Ruth Imani Adebayo-Klein', sections: ['Career', 'Clearbrook', 'Awards', 'Sources'], date: '2024-05-03', quoteLine: 22, contents: [6, 13] });
  });

  it('keeps a numbered list under "Contents" whose entries head no section below: the text\'s own list', async () => {
    const c = await loadCorpus(tempCorpus({ 'box.txt': 'What the box holds\n\nWe opened the box in 2021.\n\nContents\n1 A letter from Ana Ruiz dated 1962\n2 Two photographs of the harbour\n\nThe letter was unsigned.\n' }));
    expect(c.records.some((r) => r.text.startsWith('1 A letter from Ana Ruiz dated 1962'))).toBe(true);
  });
});
