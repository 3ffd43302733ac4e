/**
 * The question-intent lexicon (src/query/intent.ts), irregular verb forms
 * (src/query/irregular.ts) and the question signals beside them, on tiny
 * records built here.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { stem } from '../../src/index/stem.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { intentExpansions } from '../../src/query/intent.js';
import { irregularStems } from '../../src/query/irregular.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { rec } from './records.js';

const withFigures = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });
const stemsOf = (w: string) => [stem(w.toLowerCase())];

describe('intentExpansions', () => {
  it('gives the words of the rings a subject word is in, not the word itself', () => {
    const words = intentExpansions(['invested', 'binance'], stemsOf).map((e) => e.word);
    expect(words).toEqual(expect.arrayContaining(['investor', 'capital', 'funding', 'backed']));
    // "invest", "invested", "investment" share the subject's stem; a ring's forms of one stem come once
    expect(words.some((w) => stem(w) === stem('invested'))).toBe(false);
    expect(intentExpansions(['invested'], stemsOf).every((e) => e.of === 'invested')).toBe(true);
  });

  it('leaves out what the subject already says, and words in no ring', () => {
    const words = intentExpansions(['employees', 'staff'], stemsOf).map((e) => e.word);
    expect(words).toContain('headcount');
    expect(words).not.toContain('staff');
    expect(words).not.toContain('employees');
    expect(intentExpansions(['snowboarding', 'tofu'], stemsOf)).toEqual([]);
  });
});

describe('irregularStems', () => {
  it('joins the forms of an irregular verb both ways', () => {
    expect(irregularStems(stem('rise'))).toEqual(expect.arrayContaining([stem('rose'), stem('risen')]));
    expect(irregularStems(stem('became'))).toContain(stem('become'));
    expect(irregularStems(stem('launch'))).toEqual([]);
  });

  it('leaves out forms that are mostly another word', () => {
    expect(irregularStems(stem('find'))).toEqual([]);
    // a unit of time and its adjective, a place and its adjective
    expect(irregularStems(stem('day'))).toContain(stem('daily'));
    expect(irregularStems(stem('turkish'))).toContain(stem('turkey'));
    expect(irregularStems(stem('us'))).toEqual([]);
    expect(irregularStems(stem('leave'))).toEqual([]);
  });
});

describe('the lexicon in a search', () => {
  const staffed = withFigures('In 2018 the company had 300 employees and a headcount that kept growing.');
  const vague = withFigures('The company staff party was fun, the company said.');
  const other = withFigures('The company listed 40 tokens in 2018.');
  const index = buildIndex([staffed, vague, other]);

  it('finds a record that answers in other words, and says why with --explain', async () => {
    const hits = await search(index, 'how many staff does the company have', { explain: true });
    expect(hits[0]!.record).toBe(staffed);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', value: 300, unit: 'employee' });
    const e = hits[0]!.explain!;
    expect(e.terms.find((t) => t.term === 'employees')).toMatchObject({ expands: 'staff' });
    expect(e.terms.find((t) => t.term === 'company')).toMatchObject({ expands: null });
    expect(e.figure?.near).toContain('staff');
    // the stand-in is no word the user typed
    expect(hits[0]!.terms).toEqual(['company']);
    expect(hits[0]!.matches.every((m) => staffed.text.slice(m.start, m.end).toLowerCase() === 'company')).toBe(true);
  });

  it('never ranks a stand-in above the typed word, all else equal', async () => {
    const typed = rec({ text: 'The founders were backed by investors.' });
    const standIn = rec({ text: 'The founders were backed by capital.' });
    const hits = await search(buildIndex([standIn, typed]), 'who were the investors of the founders', { explain: true });
    expect(hits[0]!.record).toBe(typed);
    expect(hits[0]!.explain!.matched).toBeGreaterThan(hits[1]!.explain!.matched);
  });

  it('adds nothing to a record that has the typed word', async () => {
    const both = rec({ text: 'Investors and capital came early.' });
    const hits = await search(buildIndex([both]), 'who were the investors', { explain: true });
    expect(hits[0]!.explain!.terms.map((t) => t.term)).toEqual(['investors']);
  });

  it('is off for plain keyword queries and in the baseline', async () => {
    expect((await search(index, 'staff party', { explain: true }))[0]!.explain!.terms.every((t) => t.expands === null)).toBe(true);
    const off = await searchWith(index, 'how many staff does the company have', { ...TUNED, intentWorth: 0, intentScore: 0, intentNear: false }, { explain: true });
    expect(off.every((h) => h.explain!.terms.every((t) => t.expands === null))).toBe(true);
  });
});

describe('irregular verbs in a search', () => {
  it('finds "rose" for "rise" as a whole word', async () => {
    const rose = rec({ text: 'The token price rose from $0.1 to $600.' });
    const rises = rec({ text: 'Prices of everything change.' });
    const hits = await search(buildIndex([rises, rose]), 'price rise', { explain: true });
    expect(hits[0]!.record).toBe(rose);
    expect(hits[0]!.explain!.terms.find((t) => t.term === 'rise')).toMatchObject({ how: ['stem'] });
    expect(hits[0]!.matches.map((m) => rose.text.slice(m.start, m.end))).toEqual(['price', 'rose']);
  });
});

describe('question signals', () => {
  it('counts subject words in a qa record\'s question as standing before its answer', async () => {
    const qa = rec({ type: 'qa', question: 'Who brought you into television?', text: 'I knew a producer named Wang Danqing, who called me one day.' });
    const claim = rec({ text: 'Television is a big business, said Zhang Wei at the time.' });
    const hits = await search(buildIndex([claim, qa]), 'who brought her into television');
    expect(hits[0]!.record).toBe(qa);
    expect(hits[0]!.answer).toMatchObject({ kind: 'person', text: 'Wang Danqing' });
  });

  it('counts a subject word matched only as the speaker half, in a question', async () => {
    const by = rec({ type: 'quote', speaker: 'Mai Gang', text: 'The market grew, and Sun Ke agreed with the plan.' });
    const about = rec({ text: 'Mai Gang met the founders early, as Li Wei recalled.' });
    const hits = await search(buildIndex([by, about]), 'who met mai gang', { explain: true });
    const matchedOf = (r: QuarryRecord) => hits.find((h) => h.record === r)!.explain!.matched;
    expect(matchedOf(about)).toBeGreaterThan(matchedOf(by));
  });
});

describe('the analyst thesaurus', () => {
  it('relates the words analysts type to the words texts use', () => {
    // a ring's forms of one stem come once: compare stems
    const of = (w: string) => intentExpansions([w], stemsOf).map((e) => stem(e.word));
    const stems = (ws: string[]) => ws.map((x) => stem(x));
    expect(of('quit')).toEqual(expect.arrayContaining(stems(['leaving', 'left', 'resigned'])));
    expect(of('hired')).toEqual(expect.arrayContaining(stems(['joined', 'recruited'])));
    expect(of('backed')).toEqual(expect.arrayContaining(stems(['invested', 'funding', 'vc'])));
    expect(of('staff')).toEqual(expect.arrayContaining(stems(['employees', 'headcount', 'team'])));
    expect(of('spinoff')).toEqual(expect.arrayContaining(stems(['subsidiary', 'affiliate', 'sub-brand'])));
    expect(of('pay')).toEqual(expect.arrayContaining(stems(['salaries', 'compensation'])));
    expect(of('typical')).toContain(stem('average'));
  });

  it('ranks a record with a synonym below one with the typed word and above an unrelated one', async () => {
    const exact = withFigures('Maria Lopez quit Acme in 2015 to start her own firm.');
    const synonym = withFigures('Maria Lopez resigned from Acme in 2015 to start her own firm.');
    const unrelated = withFigures('Maria Lopez visited Acme in 2015 to see the new office.');
    const hits = await search(buildIndex([unrelated, synonym, exact]), 'when did maria lopez quit acme', { explain: true });
    expect(hits.map((h) => h.record)).toEqual([exact, synonym, unrelated]);
    const m = hits.map((h) => h.explain!.matched);
    expect(m[0]).toBeGreaterThan(m[1]!);
    expect(m[1]).toBeGreaterThan(m[2]!);
    expect(hits[1]!.explain!.terms.some((t) => t.expands === 'quit' && stem(t.term) === stem('resigned'))).toBe(true);
  });

  it('lets a hyphenated word stand in, as a phrase of its parts', async () => {
    const subBrand = withFigures('In 2019 Acme set up its compliance sub-brand Acme.US for the American market.');
    const other = withFigures('In 2019 Acme moved to a larger office in the city.');
    const hits = await search(buildIndex([other, subBrand]), 'when was acme spinoff created', { explain: true });
    expect(hits[0]!.record).toBe(subBrand);
    expect(hits[0]!.explain!.terms.find((t) => t.term === 'sub-brand')).toMatchObject({ expands: 'spinoff', how: ['phrase'] });
  });
});

describe('clipped words', () => {
  it('are the word itself, both ways', async () => {
    expect(irregularStems(stem('crypto'))).toContain(stem('cryptocurrency'));
    expect(irregularStems(stem('executive'))).toContain(stem('exec'));
    const long = rec({ text: 'Countries that banned cryptocurrency trading.' });
    const hits = await search(buildIndex([long]), 'crypto', { explain: true });
    expect(hits[0]!.explain!.terms[0]).toMatchObject({ term: 'crypto', how: ['stem'] });
  });
});
