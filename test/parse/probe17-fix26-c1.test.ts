/**
 * probe17's leftover findings (test/fixtures/probe17/c1 and c2), fix26-c1: each rule is also
 * tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = fixtureCorpus(join(FIXTURES, 'probe17', 'c1'));
const c2 = fixtureCorpus(join(FIXTURES, 'probe17', 'c2'));
const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;

describe('a form submission pasted as one line, Q: and A: mid-line (probe17 c1 findings 1-3)', () => {
  const id = 'spotlight_submission_4471';
  it('reads each question and answer as a qa, asked by the interviewer and answered by the interviewee the header names', () => {
    const qa = recordsOf(c1, id).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(10);
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Rafael Duarte']));
    expect(new Set(qa.map((r) => r.asker))).toEqual(new Set(['Sofia Lindqvist']));
    expect(qa[0]!.question).toBe('Thanks for taking part in our community spotlight. Can you introduce yourself?');
    expect(qa[1]!.question).toBe('How did you first hear about Binance?');
    expect(qa[1]!.text).toMatch(/^A former student sent me a referral link in 2017\./);
    expect(qa.every((r) => r.line === 1 && r.endLine === 1)).toBe(true);
    expect(recordsOf(c1, id).some((r) => /(?:^|\s)[QA]: /.test(r.text))).toBe(false);
  });

  it('dates the document by its "Submitted" field (finding 2)', () => {
    const d = docOf(c1, id);
    expect(d.meta.date).toBe('2024-02-19');
    expect(d.meta.interviewer).toBe('Sofia Lindqvist');
    expect(d.meta.inferred.date).toBe('a dateline (line 1)');
  });

  it('keeps the form fields after the last answer out of it (finding 3)', () => {
    const recs = recordsOf(c1, id);
    const last = recs.filter((r) => r.type === 'qa').at(-1)!;
    expect(last.text).toMatch(/and thank you\.$/);
    expect(recs.find((r) => r.text.startsWith('Internal notes:'))?.type).toBe('claim');
  });

  it('in other words: a support form with three exchanges and its fields around them', () => {
    const line = [
      'Volunteer profile request 208',
      'Channel: web form',
      'Received 2023-06-05 08:40 UTC',
      'Interviewer: Tomas Berglund (Editorial)',
      'Interviewee: Ada Okafor',
      'Body: Q: Where did you grow up? A: In Enugu, near the market. We moved to Lagos when I was nine. Q: What got you into beekeeping? A: My uncle kept twelve hives. I helped him every summer. Q: Would you do it again? A: Every time, without a doubt.',
      'Reviewer: keep for the autumn issue.',
    ].join(' | ');
    const corpus = loadCorpus(tempCorpus({ 'request_208.txt': `${line}\n` }));
    const recs = recordsOf(corpus, 'request_208');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual(['Where did you grow up?', 'What got you into beekeeping?', 'Would you do it again?']);
    expect(qa.map((r) => r.speaker)).toEqual(['Ada Okafor', 'Ada Okafor', 'Ada Okafor']);
    expect(qa[2]!.text).toBe('Every time, without a doubt.');
    expect(qa[0]!.asker).toBe('Tomas Berglund');
    expect(docOf(corpus, 'request_208').meta.date).toBe('2023-06-05');
    expect(recs.find((r) => r.text.startsWith('Reviewer:'))?.type).toBe('claim');
    // every field's words stay findable
    expect(recs.some((r) => r.text === 'Channel: web form')).toBe(true);
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('a line mentioning "Q:" once stays prose', () => {
    const text = 'Notes from the meeting. The card said Q: what now? and nobody answered it. A long line of ordinary prose goes on here for a while, long enough to pass any length test that a form paste would need to meet, and then it ends.\n';
    const recs = recordsOf(loadCorpus(tempCorpus({ 'notes.txt': text })), 'notes');
    expect(recs.some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('a byline of fields with no "By": NAME | OUTLET | DATE (probe17 c1 finding 15)', () => {
  const id = 'Binance Dubai feature - GMW 09-11-2023';
  it('gives the author, whose the claims are, and the publisher', () => {
    const d = docOf(c1, id);
    expect(d.meta.author).toBe('Renée Oduya');
    expect(d.meta.publisher).toBe('Gulf Markets Weekly');
    expect(d.meta.date).toBe('2023-11-09');
    const claims = recordsOf(c1, id).filter((r) => r.type === 'claim');
    expect(claims.length).toBeGreaterThan(10);
    // (but line 12, "A person familiar with the process, who asked not to be named …, said the
    // regulator …": words of a described source, never the writer's — fix57-a; credited to that
    // source as "A person familiar with the matter said …" is, now that the sentence's closing
    // 'dealt with."' (stop inside the marks) reads as a reported sentence — probe81-b)
    const described = (r: { text: string }) => r.text.startsWith('A person familiar with the process');
    expect(claims.filter((r) => !described(r)).every((r) => r.speaker === 'Renée Oduya')).toBe(true);
    expect(claims.filter(described).map((r) => [r.line, r.speaker])).toEqual([[12, 'a person familiar with the process']]);
  });

  it('in other words: the date first, the outlet last', () => {
    const text = 'Harbour cranes return to Leith\n12 March 2021 | Tomas Okonkwo-Reyes | The Firth Courier\n\nThe first of four new cranes arrived on Tuesday. "It is the biggest lift we have done," said the harbour master, Ewan Bell.\n';
    const d = docOf(loadCorpus(tempCorpus({ 'cranes.txt': text })), 'cranes');
    expect(d.meta.author).toBe('Tomas Okonkwo-Reyes');
    expect(d.meta.publisher).toBe('The Firth Courier');
    expect(d.meta.date).toBe('2021-03-12');
  });

  it('a line of fields with no name in it is no byline', () => {
    const text = 'Quarterly figures\nMarkets | Europe | 12 March 2021\n\nShares rose on Tuesday.\n';
    const d = docOf(loadCorpus(tempCorpus({ 'figures.txt': text })), 'figures');
    expect(d.meta.author).toBeNull();
    expect(d.meta.publisher).toBeNull();
  });
});

describe('a staff byline names the publisher (probe17 c2 finding 9)', () => {
  it('"Posted on DATE by OUTLET staff": the outlet publishes, and its intro is the outlet\'s', () => {
    const id = 'five-questions-rafaela-dunmore';
    const d = docOf(c2, id);
    expect(d.meta.publisher).toBe('Coin Corridor');
    expect(d.meta.author).toBeNull();
    const intro = recordsOf(c2, id).find((r) => r.text.startsWith('We sent her five questions'))!;
    expect(intro.speaker).toBe('Coin Corridor');
  });

  it('in other words', () => {
    const text = 'The night ferry\n\nBy the Island Gazette staff\n\nThe last crossing leaves at eleven. Few passengers stay awake for it.\n';
    const d = docOf(loadCorpus(tempCorpus({ 'ferry.txt': text })), 'ferry');
    expect(d.meta.publisher).toBe('Island Gazette');
  });
});

describe('a closing credit set off by a dash (probe17 c1 finding 16)', () => {
  it('"— Additional reporting by NAME." is the page\'s credit, no claim', () => {
    const recs = recordsOf(c1, 'Binance Dubai feature - GMW 09-11-2023');
    expect(recs.some((r) => r.text.includes('Additional reporting'))).toBe(false);
  });

  it('in other words', () => {
    const text = 'Port strike ends\nBy Lena Vogt\n\nDockers returned to work on Monday after a nine-day strike.\n\n– Reporting by Arjun Mehta; editing by Clara Joss.\n';
    const recs = recordsOf(loadCorpus(tempCorpus({ 'strike.txt': text })), 'strike');
    expect(recs.some((r) => r.text.includes('Reporting by'))).toBe(false);
    expect(recs.some((r) => r.text.startsWith('Dockers returned'))).toBe(true);
  });
});

describe('a cast field with what its holder does, one field on its line (probe17 c1 finding 17)', () => {
  it('"Interviewee: NAME, role" gives the role to every answer of hers', () => {
    const qa = recordsOf(c1, 'Quist_Mara_interview_tape3_2019-03-14').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(10);
    expect(new Set(qa.map((r) => r.role))).toEqual(new Set(['chief operating officer, Ledgerline']));
  });

  it('in other words: a guest under a surname label', () => {
    const text = [
      'Oral history, session 2',
      '',
      'Narrator: Joan Pellow, retired lighthouse keeper',
      'Interviewer: Sam Kerr',
      '',
      'SAM KERR: When did you start on the light?',
      '',
      'JOAN PELLOW: In 1961. I was nineteen.',
      '',
      'KERR: Was it lonely?',
      '',
      'PELLOW: Never. There was always the radio.',
      '',
    ].join('\n');
    const qa = recordsOf(loadCorpus(tempCorpus({ 'pellow.txt': text })), 'pellow').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.role])).toEqual([
      ['Joan Pellow', 'retired lighthouse keeper'],
      ['Joan Pellow', 'retired lighthouse keeper'],
    ]);
  });
});

describe('a publication and its issue under the byline (probe17 c1 finding 8, the publisher)', () => {
  it('"Northbridge Review, April 2022" names the publisher', () => {
    const d = docOf(c1, 'northbridge_varga_profile_apr2022');
    expect(d.meta.author).toBe('Colm Aherne');
    expect(d.meta.publisher).toBe('Northbridge Review');
  });

  it('in other words; a place and a month name no publisher', () => {
    const body = '\n\nThe harbour master keeps a notebook of every ship that has called since 1987.\n';
    const d1 = docOf(loadCorpus(tempCorpus({ 'keeper.txt': `The keeper of lists\n\nBy Ruth Amadi\nThe Lowland Quarterly, Winter 2019${body}` })), 'keeper');
    expect(d1.meta.publisher).toBe('The Lowland Quarterly');
    const d2 = docOf(loadCorpus(tempCorpus({ 'keeper.txt': `The keeper of lists\n\nBy Ruth Amadi\nPort Elizabeth, March 2019${body}` })), 'keeper');
    expect(d2.meta.publisher).toBeNull();
    // the writer and the publication on one line: the publication is what follows the dash
    const d3 = docOf(loadCorpus(tempCorpus({ 'keeper.txt': `The keeper of lists\nBy Ruth Amadi – Harbour Weekly, 4 May 2019${body}` })), 'keeper');
    expect([d3.meta.author, d3.meta.publisher]).toEqual(['Ruth Amadi', 'Harbour Weekly']);
  });
});
