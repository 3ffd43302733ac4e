/**
 * Question-aware ranking, answers and --explain: on tiny records built here
 * (exact expectations) and on the shipped corpus (the examples,
 * checked by the text of the records, never by ids).
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { search, type Hit } from '../../src/query/search.js';
import { shippedCorpus } from '../helpers.js';
import { rec } from './records.js';

const withFigures = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });
const rankOf = (hits: Hit[], s: string) => hits.findIndex((h) => h.record.text.includes(s)) + 1;

describe('question-aware ranking on tiny records', () => {
  const intro = withFigures('Binance is an exchange, and its launch was a turning point for the whole exchange industry and for Binance.');
  const dated = withFigures('Binance had its launch in July 2017.');
  const pad = withFigures('The Binance Launchpad launch event is popular.');
  const other = withFigures('In 2019, the exchange moved to a new office.');
  const index = buildIndex([intro, pad, other, dated]);

  it('ranks a record holding a date near the subject words first for a "when" question', async () => {
    const hits = await search(index, 'when did binance launch');
    expect(hits[0]!.record).toBe(dated);
    expect(hits[0]!.answer).toMatchObject({ kind: 'date', text: 'July 2017', value: '2017-07', field: 'text' });
    const a = hits[0]!.answer!;
    expect(dated.text.slice(a.start, a.end)).toBe('July 2017');
  });

  it('gives no answer to a record without a figure of the asked kind, and none to a plain query', async () => {
    const hits = await search(index, 'when did binance launch');
    expect(hits.find((h) => h.record === intro)!.answer).toBeNull();
    expect((await search(index, 'binance launch')).every((h) => h.answer === null)).toBe(true);
  });

  it('does not search for the question words themselves', async () => {
    const long = withFigures('A long road: the interview took long.');
    const answer = withFigures('The interview lasted two hours.');
    const hits = await search(buildIndex([long, answer]), 'how long was the interview');
    expect(hits[0]!.record).toBe(answer);
    expect(hits[0]!.answer).toMatchObject({ kind: 'duration', text: 'two hours' });
    expect(hits[0]!.terms).toEqual(['interview']);
  });

  it('takes a count of the thing asked about over a count of something else', async () => {
    const zones = withFigures('The virtual conference spanned 8 timezones.');
    const speakers = withFigures('The event featured 165 speakers.');
    const hits = await search(buildIndex([zones, speakers]), 'how many speakers did the virtual conference have');
    expect(hits[0]!.record).toBe(speakers);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', value: 165, unit: 'speaker' });
    expect(hits.find((h) => h.record === zones)!.answer).toBeNull();
  });

  it('does not count "Launchpad" as "launch" where the word itself is present', async () => {
    const hits = await search(index, 'launch', { explain: true });
    const padHit = hits.find((h) => h.record === pad)!;
    const launchpad = pad.text.indexOf('Launchpad');
    expect(padHit.matches.some((m) => m.start === launchpad)).toBe(false);
    expect(padHit.matches.map((m) => pad.text.slice(m.start, m.end))).toEqual(['launch']);
    // a prefix-only match still finds the record, below every whole-word match
    const only = withFigures('The Launchpad platform.');
    const hits2 = await search(buildIndex([only, dated]), 'launch');
    expect(hits2.map((h) => h.record)).toEqual([dated, only]);
  });

  it('shows the answer in the snippet of a long record', async () => {
    const filler = 'The team worked hard on many things across many offices and many countries for years. '.repeat(4);
    const long = withFigures(`${filler}Binance reached 300 employees by then. ${filler}`);
    const [hit] = await search(buildIndex([long]), 'how many employees did binance have');
    expect(hit!.answer).toMatchObject({ text: '300 employees' });
    expect(hit!.snippet.text).toContain('300 employees');
  });
});

describe('--explain', () => {
  const a = withFigures('Binance had its launch in July 2017.');
  const b = withFigures('A launchpad for Binance.');
  const index = buildIndex([a, b]);

  it('explains every hit: rank, clauses matched, terms with how and fields, factors', async () => {
    const hits = await search(index, 'when did binance launch', { explain: true });
    const e = hits[0]!.explain!;
    expect(e.rank).toBe(1);
    expect(e.question).toEqual({ asked: 'date', cue: 'when', subject: ['binance', 'launch'] });
    expect(e.terms.map((t) => t.term)).toEqual(['binance', 'launch']);
    expect(e.terms[1]!.fields).toEqual(['text']);
    expect(e.terms[1]!.how).toContain('stem');
    expect(e.figure).toMatchObject({ kind: 'date', text: 'July 2017', near: ['binance', 'launch'] });
    expect(e.score).toBeCloseTo(e.base * e.proximity * e.figure!.factor, 6);
    expect(hits[0]!.score).toBe(e.score);
    const second = hits[1]!.explain!;
    expect(second.rank).toBe(2);
    expect(second.terms.find((t) => t.term === 'launch')).toMatchObject({ how: ['prefix'], via: ['launchpad'] });
    expect(second.matched).toBeLessThan(e.matched);
  });

  it('is absent unless asked for', async () => {
    expect((await search(index, 'when did binance launch'))[0]!.explain).toBeUndefined();
  });
});

describe('the shipped corpus: questions put their answer in the top 3', () => {
  const index = buildIndex(shippedCorpus().records);

  it('when did binance launch', async () => {
    const hits = await search(index, 'when did binance launch', { limit: 3 });
    const launch = Math.min(...['Launched in July 2017', 'Binance Exchange officially launched'].map((s) => rankOf(hits, s) || Infinity));
    expect(launch).toBeLessThanOrEqual(3);
    const hit = hits.find((h) => h.record.text.includes('Launched in July 2017') || h.record.text.includes('officially launched'))!;
    expect(hit.answer?.kind).toBe('date');
    expect(hit.answer?.value).toMatch(/^2017/);
  });

  it('how many employees does binance have', async () => {
    const hits = await search(index, 'how many employees does binance have', { limit: 3 });
    const r = rankOf(hits, 'only had 300 employees');
    expect(r).toBeGreaterThan(0);
    expect(hits[r - 1]!.answer).toMatchObject({ kind: 'count', value: 300 });
  });

  it('when did he yi join okcoin', async () => {
    const hits = await search(index, 'when did he yi join okcoin', { limit: 3 });
    const r = rankOf(hits, 'in the cryptocurrency space since 2014');
    expect(r).toBeGreaterThan(0);
    expect(hits[r - 1]!.answer).toMatchObject({ kind: 'date', value: '2014' });
  });

  it('"donations" finds "donated" (Snowball stemming)', async () => {
    const hits = await search(index, 'binance charity donations', { limit: 5 });
    expect(rankOf(hits, 'Binance Charity ultimately donated')).toBeGreaterThan(0);
  });
});

describe('answers read more closely', () => {
  it('gives no answer from a figure near only the words of a known person\'s name', async () => {
    const { SpeakerRegistry } = await import('../../src/model/speakers.js');
    const { indexStore } = await import('../../src/store/local.js');
    const upgrade = withFigures('Ann Lee led the brand upgrade in 2018.');
    const born = withFigures('Ann Lee was born in 1986 in a small town.');
    const records = [upgrade, born];
    const registry = new SpeakerRegistry([{ name: 'Ann Lee', aliases: [] }]);
    const corpus = { dir: '', documents: [], problems: [], registry, records } as never;
    const store = indexStore(buildIndex(records), corpus);
    // "born" is in one record only: its year answers; the other's year stands near "ann lee" alone
    const hits = await search(store, 'what year was ann lee born');
    expect(hits.find((h) => h.record === born)!.answer).toMatchObject({ kind: 'date', value: '1986' });
    expect(hits.find((h) => h.record === upgrade)!.answer).toBeNull();
    // without "born" in the corpus, nothing answers; the records are still found
    const only = await search(indexStore(buildIndex([upgrade]), { ...(corpus as object), records: [upgrade] } as never), 'what year was ann lee born');
    expect(only.map((h) => h.record)).toEqual([upgrade]);
    expect(only[0]!.answer).toBeNull();
    // a figure near a word that is not a name answers as before
    expect((await search(store, 'what year did ann lee lead the brand upgrade')).find((h) => h.record === upgrade)!.answer).toMatchObject({ kind: 'date', value: '2018' });
  });

  it('takes a registry name as a person even as one word, and no quantifier-led span', async () => {
    const { SpeakerRegistry } = await import('../../src/model/speakers.js');
    const { indexStore } = await import('../../src/store/local.js');
    const emails = withFigures('Every week I send work reports by writing emails to CZ.');
    const crowd = withFigures('Many VCs read work reports every week.');
    const records = [crowd, emails];
    const registry = new SpeakerRegistry([{ name: 'CZ', aliases: ['Changpeng Zhao'] }]);
    const corpus = { dir: '', documents: [], problems: [], registry, records } as never;
    const hits = await search(indexStore(buildIndex(records), corpus), 'who does she send work reports to');
    expect(hits.find((h) => h.record === emails)!.answer).toMatchObject({ kind: 'person', text: 'CZ', value: 'CZ' });
    expect(hits.find((h) => h.record === crowd)!.answer).toBeNull();
    // without the registry, one capitalised word is no name
    const bare = await search(buildIndex(records), 'who does she send work reports to');
    expect(bare.find((h) => h.record === emails)!.answer).toBeNull();
  });

  it('takes a count of something else when it is a rate of a subject word', async () => {
    const rate = withFigures('The system can process 1.4 million orders per second.');
    const other = withFigures('The system team has 40 engineers and handles trades.');
    const hits = await search(buildIndex([other, rate]), 'how many trades a second can the system process');
    expect(hits[0]!.record).toBe(rate);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', text: expect.stringContaining('1.4 million') });
    expect(hits.find((h) => h.record === other)!.answer).toBeNull();
  });

  it('does not prefer a day-precise date when the question asks for the year', async () => {
    const day = withFigures('September 1, 2017 — the exchange opened its doors to users.');
    const year = withFigures('The exchange opened in 2020, serving users.');
    const { TUNED, searchWith } = await import('../../src/query/search.js');
    const idx = buildIndex([day, year]);
    const factor = async (q: string, yearOnly: boolean) => (await searchWith(idx, q, { ...TUNED, yearOnly }, { explain: true })).find((h) => h.record === day)!.explain!.figure!.factor;
    expect(await factor('what year did the exchange open', true)).toBeLessThan(await factor('what year did the exchange open', false));
    expect(await factor('when did the exchange open', true)).toBe(await factor('when did the exchange open', false));
  });

  it('takes no figure near only "after" or "before" as near the subject', async () => {
    const launch = withFigures('Binance became number one after 180 days, and she said so.');
    const leave = withFigures('After giving birth to her baby she did not take leave and she returned to work.');
    const hits = await search(buildIndex([launch, leave]), 'how long did she stay home after having a baby', { explain: true });
    // the duration stands near "after" only: it dates something else
    expect(hits.find((h) => h.record === launch)?.answer ?? null).toBeNull();
    expect(hits[0]!.record).toBe(leave);
    // near "after" and a subject word too, the figure answers
    const rested = withFigures('After the baby came she rested for two weeks.');
    const again = await search(buildIndex([launch, rested]), 'how long did she rest after having a baby');
    expect(again[0]!.record).toBe(rested);
    expect(again[0]!.answer).toMatchObject({ kind: 'duration', text: 'two weeks' });
  });

  it('counts a quarter clause for each subject word beyond the first near the figure', async () => {
    // both hold the three words; one has its percentage near all three, the other near one only
    const near = withFigures('In a survey, 72% of crypto users rated the exchange first; the exchange was new.');
    const far = withFigures('In a survey 70% of the exchange staff agreed with the plan; crypto users were asked too and they rated it.');
    const hits = await search(buildIndex([far, near]), 'what percent of crypto users rated the exchange', { explain: true });
    const hitOf = (r: typeof near) => hits.find((h) => h.record === r)!.explain!;
    const [a, b] = [hitOf(near), hitOf(far)];
    expect(a.figure!.near.length).toBeGreaterThan(b.figure!.near.length);
    // the figure's worth grows by a quarter per extra subject word near it
    expect(a.matched - b.matched).toBeCloseTo(0.25 * (a.figure!.near.length - b.figure!.near.length));
    expect(hits[0]!.record).toBe(near);
  });

  it('answers "where does X rank" with a rank, and "how much did X rise" with a percentage too', async () => {
    const ranked = withFigures('By volume the exchange rose to the number one spot within months.');
    const office = withFigures('The exchange has an office in a tall tower by the harbour.');
    const hits = await search(buildIndex([office, ranked]), 'where does the exchange rank by volume');
    expect(hits[0]!.record).toBe(ranked);
    expect(hits[0]!.answer).toMatchObject({ kind: 'rank', value: 1 });
    const pct = withFigures('The token price rose 300% in a year.');
    const note = withFigures('The token price rise surprised the team at the time.');
    const rise = await search(buildIndex([note, pct]), 'how much did the token price rise');
    expect(rise[0]!.record).toBe(pct);
    expect(rise[0]!.answer).toMatchObject({ kind: 'percent' });
  });

  it('tells an organisation\'s name from a person\'s for "who"', async () => {
    const { isOrganisationName } = await import('../../src/query/answer.js');
    for (const org of ['Node Capital', 'Yixia Technology', 'Binance Academy', 'BNB Chain', 'Weibo Influencer Festival']) expect(isOrganisationName(org)).toBe(true);
    for (const person of ['Mai Gang', 'Wang Danqing', 'Jiang Nanchun']) expect(isOrganisationName(person)).toBe(false);
    // in one record, a plain "who" is answered by the person; "which company" by either
    const both = withFigures('The seed round was led by Node Capital, and Mai Gang joined the board of the exchange.');
    const hits = await search(buildIndex([both]), 'who joined the board of the exchange');
    expect(hits[0]!.answer).toMatchObject({ kind: 'person', text: 'Mai Gang' });
    // a record whose only name is an organisation's ranks below one naming a person, for a plain "who"
    const org = withFigures('In the end Yixia Technology hired the host for the show.');
    const person = withFigures('In the end Wang Danqing hired the host for the show.');
    const who = await search(buildIndex([org, person]), 'who hired the host for the show', { explain: true });
    expect(who[0]!.record).toBe(person);
    expect(who[0]!.explain!.matched - who[1]!.explain!.matched).toBeGreaterThan(0);
    // "which company" takes the organisation at full worth; "which executive" takes none
    const company = await search(buildIndex([org, person]), 'which company hired the host for the show', { explain: true });
    expect(company.find((h) => h.record === org)!.explain!.matched).toBe(company.find((h) => h.record === person)!.explain!.matched);
    const executive = await search(buildIndex([org, person]), 'which executive hired the host for the show');
    expect(executive.find((h) => h.record === org)!.answer).toBeNull();
    expect(executive.find((h) => h.record === person)!.answer).toMatchObject({ text: 'Wang Danqing' });
  });
});
