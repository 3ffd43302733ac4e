/**
 * The eighth round's question forms (src/query/question.ts, answer.ts, search.ts): role nouns ask
 * for a role, a possessive's noun is the head, a query opening with an auxiliary is a yes-no
 * question, "why" asks for a reason, a change can be a multiple, a figure in an if-clause is no
 * answer, "how many N" counts N, a verb the stop list holds ("own") is looked for in the text, the
 * person an inverted "who" question names acts, and verbs of regarding before "as" are light.
 * Tiny records built here, exact expectations; each rule is also switched off to show it is what
 * moves the ranking.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { extractFigures } from '../../src/figures/extract.js';
import type { Corpus } from '../../src/model/corpus.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { multiples, reasons, roles } from '../../src/query/answer.js';
import { readQuestion, type ReadOptions } from '../../src/query/question.js';
import { search, searchWith, TUNED } from '../../src/query/search.js';
import { indexStore } from '../../src/store/local.js';
import { hitJson } from '../../src/render/search-data.js';
import { rec } from './records.js';

const ALL: ReadOptions = { yesNo: true, reasons: true, multiples: true, roles: true, possessed: true };
const read = (q: string, opts: ReadOptions = ALL) => readQuestion(q.split(' '), opts);
const claim = (text: string, extra: Partial<QuarryRecord> = {}) => rec({ text, figures: extractFigures(text), ...extra });

describe('reading the question forms', () => {
  it('reads a which/what question holding a role noun as asking for a role, the noun taken out', () => {
    expect(read("what jobs did he yi's parents have").question).toMatchObject({ asked: 'role', figureKinds: ['role'], subject: ["yi's", 'parents'] });
    const title = read("what was he yi's job title at binance").question!;
    expect(title).toMatchObject({ asked: 'role', subject: ["yi's", 'binance'] });
    expect(title.head).toBeUndefined();
    // off: a thing question as before
    expect(read("what jobs did he yi's parents have", { ...ALL, roles: false }).question).toMatchObject({ asked: 'thing', head: 'jobs' });
  });

  it("makes the noun a possessive opens the head of a who/what + auxiliary question", () => {
    expect(read("who is he yi's role model in business").question).toMatchObject({ asked: 'person', head: 'model', possessed: true });
    expect(read("what is bnb's nickname").question).toMatchObject({ asked: 'thing', head: 'nickname', possessed: true });
    // no auxiliary after the question word, or none possessed: no head
    expect(read("who hired he yi's sister").question!.head).toBeUndefined();
    expect(read('who is the founder of binance').question!.head).toBeUndefined();
  });

  it('reads a query opening with an auxiliary as a yes-no question, not "may" (a month) nor a short one', () => {
    expect(read('does he yi write speeches in advance').question).toMatchObject({ asked: 'yes-no', cue: 'does', figureKinds: [], subject: ['yi', 'write', 'speeches', 'advance'] });
    expect(read('may 2021 donations').question).toBeNull();
    expect(read('is binance').question).toBeNull();
    expect(read('does he yi write speeches', { ...ALL, yesNo: false }).question).toBeNull();
  });

  it('reads why, how come and for what reason as asking for a reason (off: no question)', () => {
    expect(read('why did binance spin off its us business').question).toMatchObject({ asked: 'reason', figureKinds: ['reason'], subject: ['binance', 'spin', 'us', 'business'] });
    expect(read('how come cz left okcoin').question!.asked).toBe('reason');
    expect(read('for what reason did she quit').question!.asked).toBe('reason');
    expect(read('why did binance spin off', { ...ALL, reasons: false }).question).toBeNull();
  });

  it('answers a change with a multiple too, and counts the noun after "how many"', () => {
    expect(read('how much did the price grow').question!.figureKinds).toEqual(['amount', 'percent', 'multiple']);
    expect(read('how much did the price grow', { ...ALL, multiples: false }).question!.figureKinds).toEqual(['amount', 'percent']);
    expect(read('how many coins could users trade').question!.counted).toEqual(['coins']);
    expect(read('how many active users does binance have').question!.counted).toEqual(['active', 'users']);
  });

  it('keeps a stop-list verb typed as the verb, not after a possessive', () => {
    expect(read('what crypto does he yi own').question!.stopVerbs).toEqual(['own']);
    expect(read('what schedule did she make her own').question!.stopVerbs).toBeUndefined();
  });

  it('marks verbs of regarding before "as", and need/want before "to", as framing the question', () => {
    expect(read('who does he yi count as her mentors').question!.framing).toEqual(['count']);
    expect(read('what do staff need to bring').question!.framing).toEqual(['need']);
    expect(read('who did she see at the summit').question!.framing).toBeUndefined();
  });

  it('keeps the words after the auxiliary of an inverted who question', () => {
    expect(read('who did cz promise to take skiing').question!.inverted).toEqual(['cz', 'promise', 'to']);
    expect(read('who introduced he yi to crypto').question!.inverted).toBeUndefined();
  });
});

describe('reading roles, reasons and multiples from the text', () => {
  it('reads job and title words, plurals and hyphenated ones too', () => {
    expect(roles('He Yi is the co-founder and the CMO of Binance').map((r) => r.value)).toEqual(['co-founder', 'cmo']);
    expect(roles('Since my parents were teachers, I assumed so.').map((r) => r.value)).toEqual(['teachers']);
    expect(roles('She founded a company and hosted a show.')).toEqual([]);
  });

  it('reads the words that give a reason', () => {
    expect(reasons('Prices fell due to the ban, and that is why users left.').map((r) => r.value)).toEqual(['due to', 'that is why']);
    expect(reasons('Since 2014 she has worked in crypto.')).toEqual([]);
  });

  it('reads multiples, not a frequency', () => {
    expect(multiples('headcount increased by 5x; the market can expand fivefold or ten-fold').map((m) => m.value)).toEqual([5, 5, 10]);
    expect(multiples('an increase of over 6000 times, and sales doubled').map((m) => m.value)).toEqual([6000, 2]);
    expect(multiples('a class three times a week at 1.5x speed')).toEqual([{ kind: 'multiple', text: '1.5x', start: 30, end: 34, value: 1.5 }]);
  });
});

describe('ranking with the question forms', () => {
  it('answers a role question with the job word, and the JSON answer says so', async () => {
    const role = claim('He Yi is the co-founder and the CMO of Binance.');
    const title = claim('There are no job titles at Binance, and He Yi says titles matter little.');
    const index = buildIndex([title, role]);
    const q = "what was he yi's job title at binance";
    const hits = await search(index, q, { explain: true });
    expect(hits[0]!.record).toBe(role);
    expect(hits[0]!.answer).toMatchObject({ kind: 'role', text: 'co-founder', value: 'co-founder' });
    expect(hitJson(hits[0]!).answer).toMatchObject({ kind: 'role', text: 'co-founder' });
    expect(hits[0]!.explain!.question).toMatchObject({ asked: 'role' });
    expect((await searchWith(index, q, { ...TUNED, roleAnswers: false }))[0]!.record).toBe(title);
  });

  it('answers "why" with a record that gives a reason near the subject words', async () => {
    const reason = claim('Binance moved to airdrops because token presales ran into rules.');
    const plain = claim('Binance ran token presales and airdrops, and airdrops moved markets.');
    const index = buildIndex([plain, reason]);
    const q = 'why did binance move from token presales to airdrops';
    const hits = await search(index, q, { explain: true });
    expect(hits[0]!.record).toBe(reason);
    expect(hits[0]!.answer).toMatchObject({ kind: 'reason', text: 'because' });
    expect(hits[0]!.explain!.matched).toBeGreaterThan(hits[1]!.explain!.matched);
    const off = await searchWith(index, q, { ...TUNED, reasons: false });
    expect(off.find((h) => h.record === reason)!.answer).toBeNull();
  });

  it('takes a multiple for a change, and no figure inside an if-clause, unless it states a goal', async () => {
    const fact = claim('The BNB price rose from $0.1 to $600, an increase of over 6000 times.');
    const guess = claim('If the BNB price jumps tenfold, the deal is off.');
    const goal = claim('If we want the industry to serve 1 billion users, we must reconcile with regulators.');
    const index = buildIndex([guess, fact, goal]);
    const hits = await search(index, 'how much did the bnb price grow', { explain: true });
    expect(hits.find((h) => h.record === guess)!.answer).toBeNull();
    const withConditions = await searchWith(index, 'how much did the bnb price grow', { ...TUNED, conditions: false });
    expect(withConditions.find((h) => h.record === guess)!.answer).toMatchObject({ kind: 'multiple', value: 10 });
    const served = await search(index, 'how many users did he want the industry to serve');
    expect(served.find((h) => h.record === goal)!.answer).toMatchObject({ kind: 'count', value: 1_000_000_000 });
  });

  it('counts only the noun "how many" asks about', async () => {
    const coins = claim('The app supported trading of over 140 cryptocurrencies and coins for users.');
    const users = claim('Binance passed 200 million users who trade on the app.');
    const index = buildIndex([users, coins]);
    const q = 'how many coins could users trade on the app';
    const hits = await search(index, q, { explain: true });
    expect(hits.find((h) => h.record === users)!.answer).toBeNull();
    const off = await searchWith(index, q, { ...TUNED, countedNoun: false });
    expect(off.find((h) => h.record === users)!.answer).toMatchObject({ kind: 'count', value: 200_000_000 });
  });

  it('looks for "own" in the stored text, as a verb, and explains it', async () => {
    const owns = rec({ type: 'qa', question: 'Do you own cryptocurrencies?', text: 'Yes, all of my assets are in BNB.', speaker: 'He Yi' });
    const own = claim('Developers build their own crypto apps, says He Yi.');
    const index = buildIndex([own, owns]);
    const q = 'what crypto does he yi own';
    const hits = await search(index, q, { explain: true });
    const hit = hits.find((h) => h.record === owns)!;
    expect(hit.explain!.terms).toContainEqual(expect.objectContaining({ term: 'own', how: ['stop-verb'], fields: ['question'] }));
    expect(hits.find((h) => h.record === own)!.explain!.terms.map((t) => t.term)).not.toContain('own');
    const off = await searchWith(index, q, { ...TUNED, stopVerbs: false }, { explain: true });
    expect(off.find((h) => h.record === owns)!.explain!.matched).toBe(hit.explain!.matched - 1);
  });

  it('gives no answer by the person an inverted who question names as acting', async () => {
    const registry = new SpeakerRegistry();
    registry.add('CZ', ['Changpeng Zhao']);
    registry.add('He Yi', ['Yi He']);
    const other = claim('Take a look at people like CZ and He Yi, who took risks.');
    const promised = claim('He told his founding partners he would take them skiing once the company found success.');
    const records = [other, promised];
    const corpus: Corpus = { dir: '', documents: [], records, problems: [], registry };
    const store = indexStore(buildIndex(records), corpus);
    const q = 'who did cz promise to take skiing';
    const hits = await search(store, q, { explain: true });
    expect(hits.find((h) => h.record === other)!.explain!.figure).toBeNull();
    const off = await searchWith(store, q, { ...TUNED, invertedNames: false }, { explain: true });
    expect(off.find((h) => h.record === other)!.explain!.figure).toMatchObject({ kind: 'person', text: 'He Yi' });
  });

  it('counts a possessive noun twice and a name by it as the answer', async () => {
    const model = claim("He Yi's role model in business is Duan Yongping, who built BBK.");
    const scattered = claim("Wang Danqing said He Yi's role at a business school was to teach a class on the model of growth.");
    const index = buildIndex([scattered, model]);
    const q = "who is he yi's role model in business";
    const hits = await search(index, q, { explain: true });
    expect(hits[0]!.record).toBe(model);
    expect(hits[0]!.explain!.figure).toMatchObject({ text: 'Duan Yongping', instance: true });
    const off = await searchWith(index, q, { ...TUNED, possessedHeads: false }, { explain: true });
    expect(off.find((h) => h.record === model)!.explain!.figure?.instance).toBeUndefined();
  });
});
