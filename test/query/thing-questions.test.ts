/**
 * "which/what + a noun" questions (src/query/question.ts, answer.ts): a place noun asks where,
 * any other noun asks for a thing whose name stands by the subject words, one-word names answer
 * "which company", a name given as an instance of the asked noun answers outright, and a name the
 * document's title holds is its topic. Tiny records built here, exact expectations.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { readQuestion } from '../../src/query/question.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { indexStore } from '../../src/store/local.js';
import { hitJson } from '../../src/render/search-data.js';
import { rec } from './records.js';

const read = (q: string) => readQuestion(q.split(' '));
const claim = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });

describe('reading which/what + a noun', () => {
  it('reads a place noun as "where"', () => {
    const q = read('which province is her family from').question!;
    expect(q.asked).toBe('place');
    expect(q.subject).toEqual(['province', 'family']);
    expect(read('what city did she move to').question!.asked).toBe('place');
  });

  it('reads any other noun before an auxiliary as asking for a thing, the noun kept as the head', () => {
    const q = read('what sport do the engineers like most').question!;
    expect(q).toMatchObject({ asked: 'thing', cue: 'what sport', head: 'sport', figureKinds: ['name'] });
    expect(q.subject).toContain('sport');
    // the last of two words is the noun; "kind of" leads to it
    expect(read('which sci-fi novels were on the list').question).toMatchObject({ asked: 'thing', head: 'novels' });
    expect(read('what kind of coin does she hold').question).toMatchObject({ asked: 'thing', head: 'coin' });
    expect(read('what kind of coin does she hold').question!.subject).not.toContain('kind');
  });

  it('reads no thing noun where no auxiliary follows it, or where a cue already reads the words', () => {
    expect(read('what happens when binance lists a token').question).toBeNull();
    // "what + an auxiliary" is a question with no figure to find: its words are read as a question's
    expect(read('what is bnb used for').question).toMatchObject({ asked: 'thing', cue: 'what', figureKinds: [], subject: ['bnb', 'used'] });
    expect(read('what is bnb used for').question!.head).toBeUndefined();
    expect(read('what year did it open').question!.asked).toBe('date');
    expect(read('which company hired her').question).toMatchObject({ asked: 'person', head: 'company' });
  });
});

describe('answering a thing question', () => {
  const listed = claim('The most popular languages included Chinese, English, Japanese and Arabic.');
  const classes = claim('Many team members took foreign language classes in 2020, a perk of the job.');
  const index = buildIndex([classes, listed]);

  it('answers with a name standing by the subject words', async () => {
    const hits = await search(index, 'which languages were most popular', { explain: true });
    expect(hits[0]!.record).toBe(listed);
    expect(hits[0]!.answer).toMatchObject({ kind: 'name', text: 'Chinese' });
    expect(hits[0]!.explain!.question).toMatchObject({ asked: 'thing', head: 'languages' });
    expect(hits.find((h) => h.record === classes)!.answer).toBeNull();
  });

  it('counts the asked noun twice: a record naming it outranks one matching more of the other words', async () => {
    const sport = claim('A favorite sport amongst the team is skiing, which takes courage.');
    const other = claim('The engineers like their team a lot, and most of them like the office.');
    const hits = await searchWith(buildIndex([other, sport]), 'what sport do engineers like most', TUNED, { explain: true });
    expect(hits[0]!.record).toBe(sport);
    // without the noun's double worth the other record, matching "engineers" and "like", comes first
    const flat = await searchWith(buildIndex([other, sport]), 'what sport do engineers like most', { ...TUNED, thingHeadWorth: 1 }, {});
    expect(flat[0]!.record).toBe(other);
  });

  it('takes an acronym or a one-word name inside a sentence, but no name far from the subject words', async () => {
    const bnb = claim('Asked about her savings, she said all of her assets are in BNB.');
    const hits = await search(buildIndex([bnb]), 'which token are her assets in');
    expect(hits[0]!.answer).toMatchObject({ kind: 'name', text: 'BNB' });
    const far = claim('Her assets were mostly cash for a long time before she ever heard the word Bitcoin.');
    expect((await search(buildIndex([far]), 'which token are her assets in'))[0]!.answer).toBeNull();
  });

  it('reads a place for which city / which province', async () => {
    const home = claim('My family is from a remote mountainous area in Sichuan.');
    const hits = await search(buildIndex([home]), 'which province is her family from');
    expect(hits[0]!.answer).toMatchObject({ kind: 'place', text: 'Sichuan' });
  });
});

describe('names that answer which company and who', () => {
  it('takes a one-word name inside a sentence for "which company", but not a place or a modifier', async () => {
    const rivals = claim('In 2017 the exchange avoided direct competition with Huobi and OKEx.');
    expect((await search(buildIndex([rivals]), 'which company did the exchange compete with in 2017'))[0]!.answer).toMatchObject({ kind: 'person', text: 'Huobi' });
    const place = claim('In 2017 the exchange avoided direct competition in Nigeria.');
    expect((await search(buildIndex([place]), 'which company did the exchange compete with in 2017'))[0]!.answer).toBeNull();
    const modifier = claim('In 2017 the exchange avoided direct competition with African exchanges.');
    expect((await search(buildIndex([modifier]), 'which company did the exchange compete with in 2017'))[0]!.answer).toBeNull();
  });

  it('takes one-word names for a plain "who" only in a list of them', async () => {
    const list = claim('Working with my sisters on the show, Jiawei, Gaomei, Bingjie, was wonderful.');
    expect((await search(buildIndex([list]), 'who were her sisters on the show'))[0]!.answer).toMatchObject({ kind: 'person', text: 'Jiawei' });
    const lone = claim('Working with my sister on the show, with Jiawei there, was wonderful.');
    expect((await search(buildIndex([lone]), 'who was her sister on the show'))[0]!.answer).toBeNull();
  });

  it('counts a name given as an instance of the asked noun as the very thing asked', async () => {
    const instance = claim('The strategy attracted esteemed capital, such as Node Capital, for the angel round.');
    const mention = claim('The angel round closed fast; Mai Gang Ventures was not part of the capital raised.');
    const hits = await search(buildIndex([mention, instance]), 'which investors backed the angel round', { explain: true });
    const inst = hits.find((h) => h.record === instance)!;
    expect(inst.explain!.figure).toMatchObject({ text: 'Node Capital', instance: true });
    const other = hits.find((h) => h.record === mention)!;
    expect(other.explain!.figure?.instance).toBeUndefined();
    expect(hits[0]!.record).toBe(instance);
    // the JSON a script reads carries it too (and the head noun), only where it applies
    const json = hitJson(inst).explain as { question: { head?: string }; figure: { instance?: boolean } };
    expect(json.question.head).toBe('investors');
    expect(json.figure.instance).toBe(true);
    expect('instance' in (hitJson(other).explain as { figure: object }).figure).toBe(false);
    const off = await searchWith(buildIndex([mention, instance]), 'which investors backed the angel round', { ...TUNED, instanceNames: false }, { explain: true });
    expect(off.find((h) => h.record === instance)!.explain!.matched).toBeLessThan(inst.explain!.matched);
  });

  it("takes no one-word name the document's title holds: it is what the document is about", async () => {
    const a = claim('The product line grew at Acme, and the teams launched Zephyr this year.', { doc: 'acme' });
    const corpus = { dir: '', documents: [{ id: 'acme', meta: { title: 'Life at Acme' } }], problems: [], records: [a] } as unknown as Corpus;
    const store = indexStore(buildIndex([a]), corpus);
    const hits = await search(store, 'what product did the teams launch');
    expect(hits[0]!.answer).toMatchObject({ kind: 'name', text: 'Zephyr' });
    const onlyTopic = claim('The product line grew at Acme, and the teams launched it this year.', { doc: 'acme' });
    const store2 = indexStore(buildIndex([onlyTopic]), { ...corpus, records: [onlyTopic] } as Corpus);
    expect((await search(store2, 'what product did the teams launch'))[0]!.answer).toBeNull();
    // read without the title, the topic would be the answer
    expect((await searchWith(store2, 'what product did the teams launch', { ...TUNED, titleTopic: false }))[0]!.answer).toMatchObject({ text: 'Acme' });
  });
});

describe('a count of the thing asked, its unit capitalised as written', () => {
  it('reads "1000 DApps" as a count of the "dapps" asked about', async () => {
    const dapps = claim('The chain gives developers cheap fees, attracting over 1000 DApps to settle in.');
    const projects = claim('The chain has incubated over 150 projects for developers, with DApps among them.');
    const hits = await search(buildIndex([projects, dapps]), 'how many dapps does the chain have', { explain: true });
    expect(hits[0]!.record).toBe(dapps);
    expect(hits[0]!.answer).toMatchObject({ kind: 'count', value: 1000 });
    // the very thing asked: two clauses, as "300 employees" for "how many employees"
    expect(hits[0]!.explain!.matched - hits[1]!.explain!.matched).toBeGreaterThanOrEqual(1);
  });
});

describe('a light verb anchors no figure', () => {
  it('does not take a figure standing only by a light verb as near the subject', async () => {
    const near = claim('Reading the list takes 588 days for a fast reader.');
    const verb = claim('To get there took 3 weeks, and the reading list was long.');
    const q = 'how long would it take to get through the reading list';
    const on = await search(buildIndex([verb, near]), q, { explain: true });
    expect(on.find((h) => h.record === verb)!.explain!.figure?.near ?? []).not.toContain('get');
    const off = await searchWith(buildIndex([verb, near]), q, { ...TUNED, lightVerbsUnanchored: false }, { explain: true });
    expect(off.find((h) => h.record === verb)!.explain!.figure!.near).toContain('get');
  });
});

describe('what + an auxiliary', () => {
  it('reads the words as a question, so a stand-in of the question-intent lexicon finds the answer', async () => {
    const school = claim('I have a psychology background, though I did not finish grad school.');
    const other = claim('The team talks about many things at lunch.');
    const hits = await search(buildIndex([other, school]), 'what did she study', { explain: true });
    expect(hits[0]!.record).toBe(school);
    expect(hits[0]!.explain!.terms.some((t) => t.expands === 'study')).toBe(true);
    expect(hits[0]!.answer).toBeNull();
  });
});
