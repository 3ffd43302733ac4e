import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildIndex, indexOptions, restoreIndex } from '../../src/index/index.js';
import { stem } from '../../src/index/stem.js';
import { stemTerm, surfaceTerm } from '../../src/index/terms.js';
import { atomicTokens, scanTokens, tokenize } from '../../src/index/tokenize.js';
import { search } from '../../src/query/search.js';
import { shippedCorpus } from '../helpers.js';
import { rec } from './records.js';

describe('tokenize', () => {
  it('keeps apostrophes inside words and reads ’ as \'', async () => {
    expect(tokenize("I don't know")).toEqual(['i', "don't", 'know']);
    expect(tokenize('I didn’t take it')).toEqual(['i', "didn't", 'take', 'it']);
    expect(tokenize("Binance's rise")).toEqual(["binance's", 'rise']);
    // quote marks around a word are not part of it
    expect(tokenize("the 'Bubble' group")).toEqual(['the', 'bubble', 'group']);
  });

  it('keeps a hyphenated word whole and also gives its parts', async () => {
    expect(tokenize('crypto-to-crypto trading')).toEqual(['crypto-to-crypto', 'crypto', 'to', 'crypto', 'trading']);
    expect(tokenize('co‑founder')).toEqual(['co-founder', 'co', 'founder']);
    // a dash between words is a separator, not a hyphen
    expect(tokenize('leave—I returned')).toEqual(['leave', 'i', 'returned']);
  });

  it('lowercases, applies NFKC and keeps numbers whole', async () => {
    expect(tokenize('ＢＩＴＣＯＩＮ ﬁnance')).toEqual(['bitcoin', 'finance']);
    expect(tokenize('Bitcoin broke $1,000 in 2013')).toEqual(['bitcoin', 'broke', '1000', 'in', '2013']);
    expect(tokenize('1.5x speed, 99.99%')).toEqual(['1.5x', 'speed', '99.99']);
  });

  it('splits CJK text into characters', async () => {
    expect(tokenize('何一说 BNB')).toEqual(['何', '一', '说', 'bnb']);
    expect(tokenize('睿甫(Rui Pu)')).toEqual(['睿', '甫', 'rui', 'pu']);
  });

  it('gives offsets into the original text, compounds before their parts', async () => {
    const text = 'A Co-Founder’s view';
    const toks = scanTokens(text);
    expect(toks.map((t) => [t.kind, text.slice(t.start, t.end)])).toEqual([
      ['word', 'A'],
      ['compound', 'Co-Founder’s'],
      ['part', 'Co'],
      ['part', 'Founder’s'],
      ['word', 'view'],
    ]);
    expect(atomicTokens(text).map((t) => t.norm)).toEqual(['a', 'co', "founder's", 'view']);
  });

  it('treats punctuation and regex syntax as separators', async () => {
    expect(tokenize('.*( [a-z]+ $^')).toEqual(['a-z', 'a', 'z']);
    expect(tokenize('...')).toEqual([]);
  });
});

describe('term processing', () => {
  it('drops stop words and possessives', async () => {
    expect(surfaceTerm('the')).toBeNull();
    expect(surfaceTerm("don't")).toBeNull();
    expect(surfaceTerm("binance's")).toBe('binance');
    expect(surfaceTerm("it's")).toBeNull();
    expect(surfaceTerm('e')).toBeNull();
    expect(surfaceTerm('7')).toBe('7');
    expect(surfaceTerm('何')).toBe('何');
  });

  it('stems with Snowball English (Porter2): derived forms meet, other words keep their meaning', () => {
    expect(['delisted', 'delisting', 'delists', 'delist'].map(stem)).toEqual(['delist', 'delist', 'delist', 'delist']);
    expect(['donations', 'donated', 'donating'].map(stem)).toEqual(['donat', 'donat', 'donat']);
    expect(['launched', 'launches', 'launch'].map(stem)).toEqual(['launch', 'launch', 'launch']);
    // a compound is a different word: "launchpad" must not become "launch"
    expect(stem('launchpad')).toBe('launchpad');
    expect(stem('general')).not.toBe(stem('generous'));
    expect(stem('news')).toBe('news');
    expect(stem('web3')).toBe('web3');
    expect(stem('何一')).toBe('何一');
    expect(stemTerm("Binance's".toLowerCase())).toBe('binanc');
  });
});

describe('buildIndex / indexOptions', () => {
  it('indexes records by id, storing no fields', async () => {
    const a = rec({ text: 'Bitcoin broke a thousand dollars' });
    const index = buildIndex([a]);
    expect(index.byId.get(a.id)).toBe(a);
    expect(index.records).toEqual([a]);
    const [hit] = index.engine.search('bitcoin', { fields: ['text'] });
    expect(Object.keys(hit!).sort()).toEqual(['id', 'match', 'queryTerms', 'score', 'terms']);
  });

  it('skips a duplicate id instead of throwing', async () => {
    const a = rec({ text: 'first' });
    const b = { ...rec({ text: 'second' }), id: a.id };
    expect(buildIndex([a, b]).records).toEqual([a]);
  });

  it('round-trips through toJSON / loadJSON with the same options', async () => {
    const { records } = shippedCorpus();
    const index = buildIndex(records);
    const json = JSON.stringify(index.engine);
    const restored = restoreIndex(json, records);
    const ids = async (i: typeof index) => (await search(i, 'Binanse securty')).map((h) => h.record.id);
    expect(await ids(restored)).toEqual(await ids(index));
    expect((await ids(restored)).length).toBeGreaterThan(0);
    // the options are plain and complete enough for MiniSearch.loadJSON itself
    expect(() => MiniSearch.loadJSON(json, indexOptions())).not.toThrow();
  });
});

describe('the stemmer in the cache fingerprint', () => {
  it('names the installed stemmer version, so upgrading it rebuilds cached indexes', async () => {
    const { STEMMER } = await import('../../src/index/stem.js');
    const { createRequire } = await import('node:module');
    const { readFileSync } = await import('node:fs');
    const require = createRequire(import.meta.url);
    const pkgPath = require.resolve('porter2/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
    expect(STEMMER).toBe(`porter2@${pkg.version}`);
  });
});
