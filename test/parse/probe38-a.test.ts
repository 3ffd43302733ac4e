/**
 * Reports and papers that quote the people they studied (probe38-a):
 * - a paper's abstract ("**Background:** …") over "## Methods" … and, sections below, two participants
 *   quoted by code ("P7: …", "P15: …") was read as a transcript opening on an exchange: P15's turn
 *   swallowed every section under it;
 * - a qualitative paper's citation right after the words ("“…” (Participant 4, charge nurse, 51)",
 *   "(P9)") or closing a "> " block ("… afterwards. (Participant 12, nurse, 34)") named no one;
 * - a "> " block quoting in marks of its own kept each wrapped line's "> " inside its words;
 * - a block signed "— Key informant 3, local administrator, North Horr" was read as no signature;
 * - a pseudonym alone before its description ("Hamid, a 41-year-old teacher from Herat, told us …")
 *   left the description as the person a later "he said" means;
 * - a signed "> " block further down a Markdown section lost the section;
 * - a numbered list's item ran on into the next item ("… at every hub. 2." / "Fund …").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe38', 'a');
const recordsOf = (file: string) => fixtureCorpus(PROBE, [file]).records.filter((r) => r.doc === file.replace(/\.(txt|md)$/, ''));
const brief = (r: { line: number; type: string; speaker: string | null; section?: string | null; text: string }) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text });
const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files));

describe('a paper quoting participants by code is no transcript', () => {
  it('reads the paper as prose, each coded paragraph its participant\'s quote', () => {
    const records = recordsOf('nurse-burnout-paper.md');
    expect(records.map(brief)).toContainEqual({ line: 55, type: 'quote', speaker: 'P7', text: 'I rang him at three and he was in theatre. I rang again at half three. By four she was gone. Nobody said I did anything wrong, but I still think about that night.' });
    expect(records.map(brief)).toContainEqual({ line: 59, type: 'quote', speaker: 'P15', text: "You learn to write everything down, the time you called, who you spoke to, because in the morning it's your name on the chart." });
    // The sections under P15's paragraph are the paper's own, no turn's words.
    expect(records.find((r) => r.text.startsWith('Our findings extend'))).toMatchObject({ line: 77, type: 'claim', speaker: null, section: 'Discussion' });
    expect(records.filter((r) => r.speaker === 'P15')).toHaveLength(1);
  });

  it('in other words: another paper, other codes', () => {
    const paper = [
      '# Living with debt: a qualitative study of smallholders in two districts',
      '',
      '**Objective:** To understand how farmers describe seasonal borrowing. **Design:** Interviews',
      'with 18 farmers in 2021, analysed thematically.',
      '',
      '## Methods',
      '',
      'We interviewed farmers in their homes. Each is identified by a code.',
      '',
      '## Results',
      '',
      'Borrowing was described as routine rather than exceptional.',
      '',
      'R3: Every planting season we borrow from the agent, and every harvest he takes',
      'half of it back before we see the money.',
      '',
      'R11: My wife keeps the book now. She writes every shilling in it.',
      '',
      '## Discussion',
      '',
      'Lenders set the terms of repayment in almost every case we heard.',
    ].join('\n');
    const records = load({ 'debt.md': paper }).records;
    expect(records.map(brief)).toContainEqual({ line: 14, type: 'quote', speaker: 'R3', text: 'Every planting season we borrow from the agent, and every harvest he takes half of it back before we see the money.' });
    expect(records.map(brief)).toContainEqual({ line: 17, type: 'quote', speaker: 'R11', text: 'My wife keeps the book now. She writes every shilling in it.' });
    expect(records.find((r) => r.text.startsWith('Lenders set'))).toMatchObject({ type: 'claim', speaker: null, section: 'Discussion' });
  });
});

describe("a paper's citation of whom it quotes", () => {
  it('names the participant after quoted words and closing a "> " block', () => {
    const records = recordsOf('nurse-burnout-paper.md');
    expect(records.find((r) => r.line === 40)).toMatchObject({ type: 'quote', speaker: 'P12', context: '(Participant 12, nurse, 34)' });
    expect(records.find((r) => r.line === 40)!.text).toMatch(/^There were two of us for twenty-eight beds\. .* That's the bit that eats you afterwards\.$/);
    expect(records.find((r) => r.line === 45 && r.type === 'quote')).toMatchObject({ speaker: 'P4', text: 'you fill in the form, and the form goes into a drawer' });
    expect(records.find((r) => r.line === 62 && r.type === 'quote')).toMatchObject({ speaker: 'P19', text: 'at least once a week for the first year' });
  });

  it('in other words: other codes and wording', () => {
    const text = [
      '# Study of teachers',
      '',
      '## Findings',
      '',
      'Others were blunter: "Nobody reads the reports, nobody at all" (P9).',
      '',
      '"We cover for each other because the office will not" (R2, head of year).',
      '',
      '> The inspectors came for two days and left with a number. Nobody asked',
      '> the children anything. (Respondent 6, teacher, 41)',
      '',
      'A closing paragraph of the findings.',
    ].join('\n');
    const records = load({ 'teachers.md': text }).records.map(brief);
    expect(records).toContainEqual({ line: 5, type: 'quote', speaker: 'P9', text: 'Nobody reads the reports, nobody at all' });
    expect(records).toContainEqual({ line: 7, type: 'quote', speaker: 'R2', text: 'We cover for each other because the office will not' });
    expect(records).toContainEqual({ line: 9, type: 'quote', speaker: 'R6', text: 'The inspectors came for two days and left with a number. Nobody asked the children anything.' });
  });
});

describe('"> " blocks, signatures and pseudonyms in a report', () => {
  it('drops each wrapped line\'s mark, reads "Key informant 3" and a pseudonym, keeps the section', () => {
    const brief38 = recordsOf('thinktank-migration-brief.md');
    expect(brief38.find((r) => r.line === 43)).toMatchObject({ type: 'quote', text: 'The first man took the money and disappeared. The second one was honest, but he was more expensive.' });
    expect(brief38.find((r) => r.line === 46 && r.type === 'quote')).toMatchObject({ speaker: 'Hamid', text: 'Without the phone I cannot call my brother in Germany, but the children need a roof.' });
    expect(brief38.find((r) => r.line === 35)).toMatchObject({ type: 'quote', speaker: 'Farida', section: 'Information' });
    const report = recordsOf('turkana-livelihoods-report.txt');
    expect(report.find((r) => r.line === 65)).toMatchObject({ type: 'quote', speaker: 'Key informant 3' });
    expect(report.filter((r) => r.text.startsWith('—'))).toEqual([]);
  });

  it('in other words: other people, places and numbers', () => {
    const md = [
      '# Water points',
      '',
      '## Access',
      '',
      'Queues were longest in the dry months.',
      '',
      '> "We come at four in the morning. By six the tap',
      '> is dry and the children are late for school."',
      '',
      'Amina, a 29-year-old shopkeeper from Garissa, told us she now buys water from carts. "It costs',
      'half of what I earn," she said, "but there is no other way."',
      '',
      'A paragraph between the quotations.',
      '',
      '> "The committee meets, but nothing changes."',
      '> — Farah, 52, from Wajir',
    ].join('\n');
    const txt = [
      'Field notes on markets',
      '',
      'Prices fell sharply after the second failed season in 2021.',
      '',
      '  "When the lorries stopped coming, we ate the seed we had kept',
      '  for planting."',
      '  — Community member 14, farmer, Moyale',
      '',
      'Traders said the same.',
    ].join('\n');
    const records = load({ 'water.md': md, 'notes.txt': txt }).records;
    const water = records.filter((r) => r.doc === 'water');
    expect(water.find((r) => r.line === 7)).toMatchObject({ type: 'quote', text: 'We come at four in the morning. By six the tap is dry and the children are late for school.' });
    expect(water.find((r) => r.line === 10 && r.type === 'quote')).toMatchObject({ speaker: 'Amina', text: 'It costs half of what I earn, but there is no other way.' });
    expect(water.find((r) => r.line === 15)).toMatchObject({ type: 'quote', speaker: 'Farah', section: 'Access' });
    expect(records.find((r) => r.doc === 'notes' && r.line === 5)).toMatchObject({ type: 'quote', speaker: 'Community member 14' });
  });
});

describe("a numbered list's items", () => {
  it('keeps each item apart, a wrapped item whole', () => {
    const records = recordsOf('thinktank-migration-brief.md');
    expect(records.find((r) => r.line === 59)).toMatchObject({ type: 'claim', text: 'Publish queue positions and expected waiting times at every hub.' });
    expect(records.find((r) => r.line === 60)).toMatchObject({ type: 'claim', endLine: 61, text: 'Fund independent legal information desks at a ratio of one adviser per fifty applicants.' });
  });

  it('in other words: another list', () => {
    const text = [
      'What the council should do',
      '',
      'We make three recommendations for the period to 2027.',
      '',
      '1. Open the two closed clinics on weekends.',
      '2. Hire eleven community nurses for the northern wards, where waiting',
      '   times are longest.',
      '3. Report waiting times every quarter.',
    ].join('\n');
    const records = load({ 'council.txt': text }).records;
    expect(records.find((r) => r.line === 5)).toMatchObject({ text: 'Open the two closed clinics on weekends.', endLine: 5 });
    expect(records.find((r) => r.line === 6)).toMatchObject({ text: 'Hire eleven community nurses for the northern wards, where waiting times are longest.' });
  });
});
