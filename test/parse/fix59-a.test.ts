/**
 * News attribution left open (fix59-a). Before, in a bylined story or a first-person blog:
 * - "“…,” one former operator said." was a quote of nobody ("a former operator" was that
 *   description's): "one"/"another" and a noun formed as an agent noun is one described person;
 * - "My instructor said, “…”" / "“…,” my instructor said." was nobody's: a possessive and an agent
 *   noun, the whole subject of the speech verb, speaks as "my lawyer" does (fix58-b);
 * - "By national rural reporter Tom Adeyemi" gave no writer: the role before the name is the byline's;
 * - reported clauses opening on a long phrase ("said on Wednesday morning after a meeting with the
 *   minister that", "told the committee, which met …, that"), a share in words ("said two-thirds of
 *   …"), a pronoun and someone of theirs ("said he and his wife had"), a noun placed in a list of
 *   names ("said the terminals in Durban, Richards Bay and Ngqura had") or a study's finding ("said a
 *   review commissioned by … found") went to the writer;
 * - a quotation in single marks left open at a paragraph's end and continued by the next paragraph
 *   (each opening with a mark, only the last closing) was the writer's claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix59', 'a');
type Row = { doc: string; line: number; endLine?: number; type: string; speaker: string | null; text: string };
const rows = (records: Row[], doc: string) => records.filter((r) => r.doc === doc).map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));

describe('one described person, an owned agent noun', () => {
  it('reads "one former operator" as "a former operator"; "two operators" stay nobody', () => {
    const c = fixtureCorpus(DIR, ['mine-closure-2025.txt']);
    const r = rows(c.records, 'mine-closure-2025');
    expect(r).toContainEqual({ line: 9, type: 'quote', speaker: 'one former operator', text: 'We ran it into the ground' });
    expect(r).toContainEqual({ line: 11, type: 'quote', speaker: 'another former foreman', text: 'Nobody listened to the engineers' });
    expect(r).toContainEqual({ line: 13, type: 'quote', speaker: null, text: 'We saw it coming for years' });
    expect(r).toContainEqual({ line: 25, type: 'claim', speaker: 'the company', text: 'The company said it would keep a skeleton crew on site until June.' });
  });

  it('reads "my instructor said" in a blog as that description, the writer\'s own sentences untouched', () => {
    const c = fixtureCorpus(DIR, ['learning-to-box.txt']);
    const r = rows(c.records, 'learning-to-box');
    expect(r).toContainEqual({ line: 7, type: 'quote', speaker: 'my instructor', text: 'Keep your elbows in.' });
    expect(r).toContainEqual({ line: 11, type: 'quote', speaker: 'my instructor', text: 'Again' });
    expect(r).toContainEqual({ line: 13, type: 'quote', speaker: 'our landlord', text: 'No punching bags on the balcony.' });
    expect(r).toContainEqual({ line: 15, type: 'claim', speaker: null, text: 'My wife laughed at that for days.' });
  });

  it('in other words: inverted, hyphenated, a counsellor; documents and groups stay as they were', () => {
    const text = [
      'Night shift at the county hospital',
      '',
      'By Marguerite Osei',
      '',
      'The emergency ward at St Aldric was short of 14 nurses on Friday night.',
      '',
      '"We triaged patients in the corridor," said one night-shift coordinator.',
      '',
      '"I have not had a weekend off since April," another junior counsellor said.',
      '',
      '"Staffing will improve by winter," three administrators said.',
      '',
      '"Staff are stretched," the statement said.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'ward.txt': text })).records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));
    expect(recs).toContainEqual({ line: 7, type: 'quote', speaker: 'one night-shift coordinator', text: 'We triaged patients in the corridor' });
    expect(recs).toContainEqual({ line: 9, type: 'quote', speaker: 'another junior counsellor', text: 'I have not had a weekend off since April' });
    expect(recs.find((r) => r.line === 11 && r.type === 'quote')?.speaker ?? null).toBeNull();
    expect(recs.filter((r) => r.speaker === 'Marguerite Osei' && /triaged|weekend/.test(r.text))).toEqual([]);
    const blog = ['Notes from my first marathon', '', 'I ran my first marathon in October.', '', 'Our trainer told us, "Drink before you are thirsty."', '', '"Slow down," my pacer said at the halfway mark.', ''].join('\n');
    const b = loadCorpus(tempCorpus({ 'run.txt': blog })).records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, text: r.text }));
    expect(b).toContainEqual({ line: 5, type: 'quote', speaker: 'our trainer', text: 'Drink before you are thirsty.' });
    expect(b).toContainEqual({ line: 7, type: 'quote', speaker: 'my pacer', text: 'Slow down' });
  });
});

describe('international news', () => {
  it('reads a byline with the role before the name', () => {
    const c = fixtureCorpus(DIR, ['mine-closure-2025.txt']);
    expect(c.documents.find((d) => d.id === 'mine-closure-2025')!.meta.author).toBe('Tom Adeyemi');
    const other = loadCorpus(tempCorpus({ 'x.txt': 'Harbour fees to rise\n\nBy ABC Pacific affairs correspondent Lena Mwale\n\nPort fees in Suva will rise 8 per cent from July.\n' }));
    expect(other.documents[0]!.meta.author).toBe('Lena Mwale');
  });

  it('credits reported clauses that open on a long phrase, a share, a pair or a study', () => {
    const c = fixtureCorpus(DIR, ['port-strike-talks-2025.txt']);
    const r = rows(c.records, 'port-strike-talks-2025');
    const by = (line: number) => r.find((x) => x.line === line && x.type === 'claim')!.speaker;
    expect(by(13)).toBe('Lerato Dube');
    expect(by(15)).toBe('Sipho Ndlovu');
    expect(by(17)).toBe('Sipho Ndlovu');
    expect(by(19)).toBe('Sipho Ndlovu');
    expect(by(21)).toBe('Sipho Ndlovu');
    expect(by(23)).toBe('Lerato Dube');
    // The writer's own sentence stays the writer's.
    expect(by(25)).toBe('Tom Adeyemi');
  });

  it('in other words: reported clauses', () => {
    const text = [
      'Council delays bus depot vote',
      '',
      'By Priya Raman',
      '',
      'Councillor Hamid Osei told reporters outside the chamber after the evening session on Thursday that the vote would wait.',
      '',
      'Osei said three-quarters of the depot budget had already been spent.',
      '',
      'Treasurer Ruth Balogun said she and her deputy had asked for the figures in May.',
      '',
      'Balogun said an audit ordered by the council last year showed costs had doubled.',
      '',
      'The depot was due to open in 2026.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'depot.txt': text })).records;
    const by = (line: number) => recs.find((x) => x.line === line && x.type === 'claim')!.speaker;
    expect(by(5)).toBe('Hamid Osei');
    expect(by(7)).toBe('Hamid Osei');
    expect(by(9)).toBe('Ruth Balogun');
    expect(by(11)).toBe('Ruth Balogun');
    expect(by(13)).toBe('Priya Raman');
  });

  it('keeps a quotation in single marks running over paragraphs its first paragraph attributes', () => {
    const c = fixtureCorpus(DIR, ['river-dam-plan-2025.txt']);
    const q = c.records.filter((x) => x.doc === 'river-dam-plan-2025' && x.type === 'quote');
    expect(q.find((x) => x.line === 9)).toMatchObject({ endLine: 13, speaker: 'Tanya Colbeck' });
    expect(q.find((x) => x.line === 9)!.text).toContain('The valley cannot rely on rain alone.');
    expect(q.find((x) => x.line === 23)).toMatchObject({ endLine: 25, speaker: 'Tanya Colbeck', text: 'We have listened to every submission. None of them asked us to wait.' });
    expect(c.records.filter((x) => x.doc === 'river-dam-plan-2025' && x.speaker === 'Kirsty Hamer' && /valley|submission/.test(x.text))).toEqual([]);
  });

  it('in other words: single marks, curly, the attribution before the quotation', () => {
    const text = [
      'Ferry timetable cut again',
      '',
      'By Owen Tait',
      '',
      'The island ferry will run twice a day from May.',
      '',
      'Ferry captain Moana Reti said: ‘We have lost two crews since January.',
      '',
      '‘The boat cannot sail without them.',
      '',
      '‘Nobody in Wellington wants to hear it.’',
      '',
      'The operator did not reply.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'ferry.txt': text })).records;
    const q = recs.find((x) => x.line === 7 && x.type === 'quote');
    expect(q).toMatchObject({ endLine: 11, speaker: 'Moana Reti' });
    expect(q!.text).toContain('Nobody in Wellington wants to hear it.');
    expect(recs.filter((x) => x.speaker === 'Owen Tait' && /crews|Wellington/.test(x.text))).toEqual([]);
  });
});
