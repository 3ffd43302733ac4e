/**
 * What a question asks for that the figure passes do not give, read from a
 * record's text at query time (src/query/answer.ts): ages, frequencies and
 * places; and the answers they give in a search, with "since when" and a
 * sentence that opens with a pronoun (src/query/search.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { ages, frequencies, places } from '../../src/query/answer.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { rec } from './records.js';

const withFigures = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });
const agesIn = (text: string) => ages(text).map((a) => [text.slice(a.start, a.end), a.value]);

describe('ages', () => {
  it('reads the ways a text states an age, with the value in years', () => {
    expect(agesIn('I started first grade at age four and a half.')).toEqual([['at age four and a half', 4.5]]);
    expect(agesIn('She was aged 28 then.')).toEqual([['aged 28', 28]]);
    expect(agesIn('A 25-year-old founder and a man 60 years old.')).toEqual([['25-year-old', 25], ['60 years old', 60]]);
    expect(agesIn('At 18, when I started earning, I sent money home.')).toEqual([['At 18', 18]]);
    expect(agesIn('In 2017, I felt like I was 18 but now I feel middle-aged.')).toEqual([['I was 18', 18]]);
    expect(agesIn('I thought: I’m 25, not professionally trained.')).toEqual([['I’m 25', 25]]);
    expect(agesIn('Before I turned nine, life was comfortable.')).toEqual([['turned nine', 9]]);
    expect(agesIn('The average age of the team is 28.')).toEqual([['age of the team is 28', 28]]);
    expect(agesIn('He retired at twenty-five and never looked back.')).toEqual([['at twenty-five', 25]]);
  });

  it('takes no number that is something else', () => {
    for (const text of [
      'He worked at 4,000m above sea level.',
      'Meetings start at 9 a.m. sharp.',
      'Growth held at 18% a year.',
      'In 2017 revenue grew and 300 employees joined.',
      'The age of AI has begun.',
      'The price turned 3 times in a day.',
      'She was 5 minutes late.',
    ]) expect(agesIn(text)).toEqual([]);
  });
});

describe('frequencies', () => {
  it('reads how often something happens', () => {
    const f = (text: string) => frequencies(text).map((x) => x.value);
    expect(f('CZ hosts company-wide meetings every 1-2 months.')).toEqual(['every 1-2 months']);
    expect(f('She works out three times a week and reviews twice a year.')).toEqual(['three times a week', 'twice a year']);
    expect(f('BNB is burnt every quarter; reports are published monthly.')).toEqual(['every quarter', 'monthly']);
    expect(f('They handle 8-10 cases per hour.')).toEqual([]);
  });
});

describe('places', () => {
  it('reads a capitalised span after a preposition of place', () => {
    const p = (text: string) => places(text).map((x) => text.slice(x.start, x.end));
    expect(p('My family is from a remote area in Sichuan. It took an hour.')).toEqual(['Sichuan']);
    expect(p('He built systems at the Tokyo Stock Exchange in his early years.')).toEqual(['Tokyo Stock Exchange']);
    expect(p('The launch was moved to March, in a hurry.')).toEqual([]);
  });

  it('takes no name the text also uses other than as a place', () => {
    expect(places('With user growth in Binance, BNB rose. When Binance was small, it was cheap.')).toEqual([]);
  });
});

describe('the new kinds in a search', () => {
  it('answers "how old" with an age near the subject, over a year', async () => {
    const dated = withFigures('Maria Lopez joined Acme in 2015 as an analyst.');
    const aged = withFigures('Maria Lopez joined Acme at 25, straight from school.');
    const hits = await search(buildIndex([dated, aged]), 'how old was maria lopez when she joined acme');
    expect(hits[0]!.record).toBe(aged);
    expect(hits[0]!.answer).toMatchObject({ kind: 'age', text: 'at 25', value: 25, unit: 'years', field: 'text' });
    expect(hits.find((h) => h.record === dated)!.answer).toBeNull();
    // what is read from the text never joins the record's own figures
    expect(aged.figures.some((f) => (f.kind as string) === 'age')).toBe(false);
  });

  it('takes no age as a count', async () => {
    const age = withFigures('The average age of the team is 28, and the team keeps growing.');
    const size = withFigures('The team is 28 strong and keeps growing.');
    expect(age.figures.some((f) => f.kind === 'count' && f.value === 28)).toBe(true);
    const hits = await search(buildIndex([age, size]), 'how many are on the team');
    expect(hits.find((h) => h.record === age)!.answer).toBeNull();
    expect(hits.find((h) => h.record === size)!.answer).toMatchObject({ kind: 'count', value: 28 });
  });

  it('takes a count of people of some kind for "how many people", and no count of things', async () => {
    const users = withFigures('By then the app had 5 million users across Asia.');
    const towns = withFigures('By then the app was used in 40 cities across Asia.');
    const hits = await search(buildIndex([towns, users]), 'how many people used the app');
    expect(hits[0]!.record).toBe(users);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', unit: 'user' });
    expect(hits.find((h) => h.record === towns)!.answer).toBeNull();
    // not for a question that counts something else
    expect((await search(buildIndex([users]), 'how many downloads did the app have'))[0]?.answer ?? null).toBeNull();
  });

  it('answers "how often" with a frequency, and "where" with a place', async () => {
    const often = withFigures('The board meets every quarter to review the plan.');
    const once = withFigures('The board met in 2019 to review the plan.');
    const freq = await search(buildIndex([once, often]), 'how often does the board meet');
    expect(freq[0]!.record).toBe(often);
    expect(freq[0]!.answer).toMatchObject({ kind: 'frequency', value: 'every quarter' });
    const there = withFigures('The founder grew up in Montreal with two brothers.');
    const then = withFigures('The founder grew up quickly, with two brothers.');
    const where = await search(buildIndex([then, there]), 'where did the founder grow up');
    expect(where[0]!.record).toBe(there);
    expect(where[0]!.answer).toMatchObject({ kind: 'place', text: 'Montreal' });
  });

  it('answers "since when" outright with a date after "since"', async () => {
    const since = withFigures('She has worked in publishing since 2014, and in 2019 she moved.');
    const other = withFigures('In 2019 she worked in publishing and moved to London.');
    const hits = await search(buildIndex([other, since]), 'since when has she worked in publishing', { explain: true });
    expect(hits[0]!.record).toBe(since);
    expect(hits[0]!.answer).toMatchObject({ kind: 'date', text: '2014' });
    const off = await searchWith(buildIndex([other, since]), 'since when has she worked in publishing', { ...TUNED, sinceDates: false }, { explain: true });
    expect(hits[0]!.explain!.matched).toBeGreaterThan(off.find((h) => h.record === since)!.explain!.matched);
  });

  it('reads a sentence that opens with a pronoun with the subject of the sentence before', async () => {
    const before = rec({ text: 'Maria Lopez is the finance chief of Acme.', line: 40 });
    const she = withFigures('She joined the company in 2015 from a bank.', { line: 40 });
    const distractor = withFigures('Acme opened an office in 2015 near the port.');
    const index = buildIndex([distractor, before, she]);
    const hits = await search(index, 'when did maria lopez join acme', { explain: true });
    const e = hits.find((h) => h.record === she)!.explain!;
    expect(e.terms.filter((t) => t.how.includes('antecedent')).map((t) => t.term)).toEqual(expect.arrayContaining(['maria', 'lopez']));
    expect(hits[0]!.record).toBe(she);
    expect(hits[0]!.answer).toMatchObject({ kind: 'date', text: '2015' });
    // not in another document, not for a sentence that names its subject, not for keyword queries
    const elsewhere = withFigures('She joined the company in 2015 from a bank.', { doc: 'other' });
    const other = await search(buildIndex([before, elsewhere]), 'when did maria lopez join acme', { explain: true });
    expect(other.find((h) => h.record === elsewhere)!.explain!.terms.some((t) => t.how.includes('antecedent'))).toBe(false);
    // "He Yi began …" opens with a name, not a pronoun: read with the sentence before only as any
    // sentence is (neighbourWorth), for less than a pronoun opening earns
    const named = withFigures('He Yi joined the company in 2015 from a bank.', { line: 40 });
    const byName = await searchWith(buildIndex([before, named]), 'when did maria lopez join acme', { ...TUNED, neighbourWorth: 0 }, { explain: true });
    expect(byName.find((h) => h.record === named)!.explain!.terms.some((t) => t.how.includes('antecedent'))).toBe(false);
    const asNeighbour = (await search(buildIndex([before, named]), 'when did maria lopez join acme', { explain: true })).find((h) => h.record === named)!.explain!;
    const asPronoun = (await search(buildIndex([before, she]), 'when did maria lopez join acme', { explain: true })).find((h) => h.record === she)!.explain!;
    expect(asNeighbour.terms.filter((t) => t.how.includes('antecedent')).map((t) => t.term)).toEqual(expect.arrayContaining(['maria', 'lopez']));
    expect(asNeighbour.matched).toBeLessThan(asPronoun.matched);
    const plain = await search(index, 'maria lopez joined', { explain: true });
    expect(plain.every((h) => h.explain!.terms.every((t) => !t.how.includes('antecedent')))).toBe(true);
  });

  it('reads any claim with the subject words of the sentence before it, for less than a pronoun opening', async () => {
    const before = rec({ text: 'The chief executive hosts company-wide meetings every month.', line: 10 });
    const after = withFigures('There is time at the end to field 10-20 questions from the team.', { line: 11 });
    const distractor = withFigures('The support desk raised over 20 questions about the product.');
    const index = buildIndex([distractor, before, after]);
    const q = 'how many questions are taken at company meetings';
    const hits = await search(index, q, { explain: true });
    expect(hits[0]!.record).toBe(after);
    const e = hits[0]!.explain!;
    expect(e.terms.filter((t) => t.how.includes('antecedent')).map((t) => t.term)).toEqual(expect.arrayContaining(['company', 'meetings']));
    const off = await searchWith(index, q, { ...TUNED, neighbourWorth: 0 }, { explain: true });
    expect(off.find((h) => h.record === after)!.explain!.matched).toBeLessThan(e.matched);
    // another document's sentence lends nothing
    const elsewhere = withFigures('There is time at the end to field 10-20 questions from the team.', { doc: 'other' });
    const apart = await search(buildIndex([before, elsewhere]), q, { explain: true });
    expect(apart.find((h) => h.record === elsewhere)!.explain!.terms.some((t) => t.how.includes('antecedent'))).toBe(false);
  });

  it('counts a light verb of a question ("get", "going") for less than a word of its subject', async () => {
    const vague = withFigures('It took two years to get the project going.');
    const pool = withFigures('The mining pool grew within three months.');
    // enough other records that neither verb is common (a word in over a quarter of the records counts half anyway)
    const others = ['The board met to review the plan.', 'Sales rose in the north.', 'The office moved to a new floor.', 'A new product line opened.', 'Staff learned a new language.', 'The team hired two engineers.'].map((t) => withFigures(t));
    const index = buildIndex([vague, pool, ...others]);
    const q = 'how soon did the mining pool get going';
    const hits = await search(index, q, { explain: true });
    expect(hits[0]!.record).toBe(pool);
    const heavy = await searchWith(index, q, { ...TUNED, lightVerbWorth: 1 }, { explain: true });
    expect(hits.find((h) => h.record === vague)!.explain!.matched).toBeLessThan(heavy.find((h) => h.record === vague)!.explain!.matched);
    // a keyword query weighs every word alike
    const plain = await search(index, 'get going', { explain: true });
    const plainHeavy = await searchWith(index, 'get going', { ...TUNED, lightVerbWorth: 1 }, { explain: true });
    expect(plain.map((h) => h.explain!.matched)).toEqual(plainHeavy.map((h) => h.explain!.matched));
  });

  it('takes subject words from two sentences back only within the paragraph', async () => {
    const topic = rec({ text: 'Investors lined up for the Acme round in 2017.', line: 5, endLine: 5 });
    const middle = rec({ text: 'Most exchanges still relied on fiat pairs.', line: 5, endLine: 5 });
    const answer = withFigures('This strategy drew Node Capital, with $5 million.', { line: 5, endLine: 5 });
    const q = 'how much did investors put into acme in 2017';
    const inherited = async (recs: QuarryRecord[], target: QuarryRecord) =>
      (await search(buildIndex(recs), q, { explain: true })).find((h) => h.record === target)!.explain!.terms.filter((t) => t.how.includes('antecedent')).map((t) => t.term);
    expect(await inherited([topic, middle, answer], answer)).toEqual(expect.arrayContaining(['investors', 'acme', '2017']));
    // the paragraph before lends nothing from two sentences back
    const lastParagraph = rec({ text: 'Investors lined up for the Acme round in 2017.', line: 3, endLine: 3 });
    const otherMiddle = rec({ text: 'Most exchanges still relied on fiat pairs.', line: 5, endLine: 5 });
    expect(await inherited([lastParagraph, otherMiddle, answer], answer)).toEqual([]);
  });
});
