/**
 * A speaker's role as the text gives it (a label's "CNN ANCHOR", a call transcript's name line's
 * title, a post header's headline or handle, an audience label's note) is the record's `role`
 * (a qa's asker's, its `askerRole`): kept, printed, cached and searched, so whatever grep finds on
 * the label line, search finds.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCorpusWith } from '../../src/api/open.js';
import { search } from '../../src/api/index.js';
import { buildIndex } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { search as searchIndex } from '../../src/query/search.js';
import { RECORD_FIELDS, recordJson } from '../../src/model/record-json.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const BROADCAST = [
  'MARY ELLIS, CNN ANCHOR: Senator, is the federal aid coming?',
  '',
  'GRANT HOLLOWAY, U.S. SENATOR: Mary, the paperwork is signed and the money moves this week.',
  '',
  'ELLIS: Thank you.',
  '',
  'JUNE HARLOW, MAYOR OF MILLFORD: We have enough sandbags for tonight.',
  '',
].join('\n');

const CALL = [
  'Northwind Q3 2025 Earnings Call',
  '',
  'Priya Raman, Chief Financial Officer',
  '',
  'Thank you. Revenue grew twelve percent in the quarter, and margins held.',
  '',
  'Tom Hallorann -- Barclays',
  '',
  'Thanks. How much of the growth came from pricing?',
  '',
  'Priya Raman, Chief Financial Officer',
  '',
  'About a third of it. The rest was volume.',
  '',
  'Tom Hallorann -- Barclays',
  '',
  'And do you expect that mix to hold next year?',
  '',
  'Priya Raman, Chief Financial Officer',
  '',
  'We do, broadly.',
  '',
].join('\n');

const dir = tempCorpus({ 'broadcast.txt': BROADCAST, 'call.txt': CALL });
const corpus = loadCorpus(dir);
const roles = (doc: string) => recordsOf(corpus, doc).map((r) => [r.type, r.speaker, r.role, r.asker, r.askerRole]);

describe('a broadcast label with a role ("NAME, ROLE:")', () => {
  it('gives the role to the records of that label, and the asker\'s to the qa', () => {
    expect(roles('broadcast')).toEqual([
      ['qa', 'Grant Holloway', 'U.S. SENATOR', 'Mary Ellis', 'CNN ANCHOR'],
      // a later "ELLIS:" gives no role: the record says only what its own label says
      ['quote', 'Mary Ellis', null, null, null],
      ['quote', 'June Harlow', 'MAYOR OF MILLFORD', null, null],
    ]);
  });

  it('is found by a search for the role, matched in the role field', async () => {
    const hits = await searchIndex(buildIndex(corpus.records), 'mayor', { explain: true });
    expect(hits.map((h) => [h.record.speaker, h.explain!.terms.flatMap((t) => t.fields)])).toEqual([['June Harlow', ['role']]]);
    expect((await search(corpus, 'cnn anchor')).map((h) => h.record.speaker)).toEqual(['Grant Holloway']);
    expect((await search(corpus, 'senator')).map((h) => h.record.speaker)).toEqual(['Grant Holloway']);
  });

  it('prints role after speaker and askerRole after asker in JSON', () => {
    const qa = recordsOf(corpus, 'broadcast')[0]!;
    const keys = Object.keys(recordJson(qa));
    expect(keys).toEqual([...RECORD_FIELDS]);
    expect(keys.slice(3, 8)).toEqual(['speaker', 'role', 'question', 'asker', 'askerRole']);
  });

  it('counts the role as a sentence the record holds', () => {
    const d = corpus.documents.find((x) => x.id === 'broadcast')!;
    expect(d.sentences.missed).toEqual([]);
    // "CNN ANCHOR" and "MAYOR OF MILLFORD" as sentences of their own; "U.S. SENATOR" is read with the words after it
    expect(d.sentences.total).toBe(6);
  });
});

describe("a call transcript's name line", () => {
  it('gives its title to the speaker\'s records and the questioner\'s firm as askerRole', async () => {
    expect(roles('call')).toEqual([
      ['quote', 'Priya Raman', 'Chief Financial Officer', null, null],
      ['qa', 'Priya Raman', 'Chief Financial Officer', 'Tom Hallorann', 'Barclays'],
      ['qa', 'Priya Raman', 'Chief Financial Officer', 'Tom Hallorann', 'Barclays'],
    ]);
    expect(corpus.documents.find((x) => x.id === 'call')!.sentences.missed).toEqual([]);
    expect((await search(corpus, 'barclays')).map((h) => h.record.doc)).toEqual(['call', 'call']);
  });
});

describe("a social post's header", () => {
  const c3 = fixtureCorpus(join(FIXTURES, 'probe8', 'c3'));

  it('gives the LinkedIn headline under the author\'s name, and the X handle under the display name', async () => {
    const linkedin = recordsOf(c3, 'linkedin-post-heyi-2024-03').map((r) => [r.speaker, r.role]);
    expect(linkedin).toContainEqual(['He Yi', 'Co-Founder & Chief Customer Service Officer at Binance']);
    expect(linkedin).toContainEqual(['Aditi Sharma', 'Head of Product, FinEdge | Ex-Paytm']);
    expect(recordsOf(c3, 'x-thread-cz-2022-11-09')[0]).toMatchObject({ speaker: 'CZ', role: '@cz_binance' });
    const hits = await search(c3, 'paytm');
    expect(hits.map((h) => h.record.speaker)).toEqual(['Aditi Sharma']);
  });
});

describe("an audience label's note", () => {
  it('is the asker\'s role', () => {
    const c1 = fixtureCorpus(join(FIXTURES, 'probe8', 'c1'));
    // (the moderator's questions carry her cast line's role: "Moderator: Sofia Marchetti, Partner, Lumen Ventures")
    const qa = c1.records.find((r) => r.asker === 'Amira')!;
    // (the note names her first: the name is the asker, the rest her role)
    expect(qa).toMatchObject({ type: 'qa', askerRole: 'founder of a payments startup' });
    expect(c1.records.find((r) => r.asker === 'Sofia Marchetti')?.askerRole).toBe('Partner, Lumen Ventures');
  });
});

describe('a Q/A label whose note names the holder, then a role', () => {
  // "A (Luis Ocampo, chair): …" put "(Luis Ocampo, chair)" before the answer's words and made the
  // whole note the role; the name is the speaker, the rest the role
  const c = loadCorpus(
    tempCorpus({
      'hall.txt': ['Town hall', '', 'Q (Dana Whitfield, Elm St): Why was the boil notice late?', 'A (Luis Ocampo, chair): The lab result came in on a Sunday.', '', 'Q (Ada Eze, Mill Rd): And the cost?', 'A (Oyelaran, engineer): About $3 million.', ''].join('\n'),
      'panel.txt': ['Harbour panel', '', 'QUESTION (Ola Berg, Harbour Times): When does dredging start?', 'ANSWER (Ines Caldera, port director): In March 2026, weather allowing.', ''].join('\n'),
    }),
  );
  it('the answer\'s words alone, the role after the name, the asker\'s too', async () => {
    const at = (start: string) => c.records.find((r) => r.text.startsWith(start));
    expect(at('The lab result')).toMatchObject({ type: 'qa', speaker: 'Luis Ocampo', role: 'chair', asker: 'Dana Whitfield', askerRole: 'Elm St' });
    expect(at('About $3 million')).toMatchObject({ role: 'engineer', asker: 'Ada Eze' });
    expect(at('In March 2026')).toMatchObject({ type: 'qa', speaker: 'Ines Caldera', role: 'port director', asker: 'Ola Berg' });
    expect(c.records.some((r) => r.text.includes('('))).toBe(false);
    // the role is searched
    const index = buildIndex(c.records);
    expect((await searchIndex(index, 'engineer')).map((h) => h.record.text)).toEqual(['About $3 million.']);
  });
});

describe('the cache', () => {
  it('keeps role and askerRole, and searches them from a warm cache', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'quarry-role-cache-'));
    const cold = await openCorpusWith(dir, { cache, index: true });
    expect(cold.cache).toBe('miss');
    const warm = await openCorpusWith(dir, { cache, index: true });
    expect(warm.cache).toBe('hit');
    const pick = (c: typeof corpus) => c.records.map((r) => [r.id, r.role, r.askerRole]);
    expect(pick(warm.corpus)).toEqual(pick(corpus));
    expect((await search(warm.corpus, 'mayor')).map((h) => h.record.speaker)).toEqual(['June Harlow']);
    expect((await search(warm.corpus, 'anchor')).map((h) => h.record.askerRole)).toEqual(['CNN ANCHOR']);
  });
});
