/**
 * `quarry search` as a user and a script meet it: ranked hits, the extra
 * fields of a hit, exclusions typed as they are, exit codes, and the queries
 * that name nothing to search for.
 */
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../src/render/json.js';
import { runCli } from '../helpers.js';
import { parseNdjson } from './support.js';

interface Hit {
  id: string;
  type: string;
  text: string;
  question: string | null;
  score: number;
  terms: string[];
  matches: Array<{ field: 'text' | 'question'; start: number; end: number }>;
}

async function hits(args: string[]): Promise<Hit[]> {
  const r = (await runCli(['search', '--format', 'json', ...args]));
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Hit[];
}

describe('search results', () => {
  it('finds the record that answers a natural query first', async () => {
    const h = (await hits(['maternity', 'leave']));
    expect(h[0]!.id).toBe('techflow-he-yi-2025/q-d7725310');
  });

  it('gives each hit the record fields in order, then score, terms, matches and answer', async () => {
    const h = (await hits(['bitcoin', 'entry']));
    expect(h.length).toBeGreaterThan(0);
    for (const x of h) expect(Object.keys(x)).toEqual([...RECORD_FIELDS, 'score', 'terms', 'matches', 'answer']);
    // ranked by how many terms matched, then by score
    const ranked = [...h].sort((a, b) => b.terms.length - a.terms.length || b.score - a.score);
    expect(ranked.map((x) => x.id)).toEqual(h.map((x) => x.id));
  });

  it('matches point at the matched words in text or question, and no markers reach JSON', async () => {
    const r = (await runCli(['search', 'maternity', 'leave', '--format', 'json', '--limit', '5']));
    expect(r.stdout).not.toContain('[[');
    expect(r.stdout).not.toContain('\u001b');
    for (const x of JSON.parse(r.stdout) as Hit[]) {
      expect(x.matches.length).toBeGreaterThan(0);
      for (const m of x.matches) {
        const field = m.field === 'text' ? x.text : x.question!;
        expect(field.slice(m.start, m.end).toLowerCase()).toMatch(/^(matern|leav)/); // stems match: leaving, leaves
      }
      expect(x.terms.every((t) => ['maternity', 'leave'].includes(t))).toBe(true);
    }
  });

  it('a phrase keeps the words adjacent and in order', async () => {
    for (const x of (await hits(['"maternity leave"']))) expect(x.text.toLowerCase()).toContain('maternity leave');
  });

  it('-word excludes, typed as it is, after --, or inside one quoted argument', async () => {
    const plain = (await hits(['bitcoin', '--limit', '50']));
    expect(plain.some((x) => /binance/i.test(x.text))).toBe(true);
    for (const args of [['bitcoin', '-binance'], ['--', 'bitcoin', '-binance'], ['bitcoin -binance'], ['-binance', 'bitcoin']]) {
      const h = (await hits(['--limit', '50', ...args]));
      expect(h.length).toBeGreaterThan(0);
      expect(h.every((x) => !/binance/i.test(x.text + ' ' + (x.question ?? '')))).toBe(true);
    }
  });

  it('options still parse around exclusions; -nft is a word, -n 3 an option', async () => {
    const h = (await hits(['-n', '3', 'token', '-nft']));
    expect(h.length).toBeLessThanOrEqual(3);
    expect(h.every((x) => !/\bnft/i.test(x.text))).toBe(true);
  });

  it('NDJSON gives one hit per line, CSV one row per hit (same ids, same order)', async () => {
    const json = (await hits(['listing', '--limit', '5'])).map((x) => x.id);
    const nd = (await runCli(['search', 'listing', '--limit', '5', '--format', 'ndjson']));
    expect((parseNdjson(nd.stdout) as Hit[]).map((x) => x.id)).toEqual(json);
  });

  it('says under the table why a lower score can rank above a higher one, only when one does', async () => {
    const NOTE = "ranked by terms matched (and a question's answer found) first, then by score; --explain shows why";
    for (const q of ['when did binance launch', 'maternity leave']) {
      const scores = (JSON.parse((await runCli(['search', ...q.split(' '), '--format', 'json', '--limit', '10'])).stdout) as { score: number }[]).map((h) => h.score);
      const outOfOrder = scores.some((x, i) => i > 0 && x > scores[i - 1]!);
      const table = (await runCli(['search', ...q.split(' '), '--limit', '10'])).stdout;
      expect(table.endsWith(`${NOTE}\n`), q).toBe(outOfOrder);
    }
    // both cases are met by the two queries above
    const launch = (JSON.parse((await runCli(['search', 'when', 'did', 'binance', 'launch', '--format', 'json', '--limit', '10'])).stdout) as { score: number }[]).map((h) => h.score);
    expect(launch.some((x, i) => i > 0 && x > launch[i - 1]!)).toBe(true);
  });

  it('exit 1 and valid empty output when nothing matches', async () => {
    const json = (await runCli(['search', 'zzyzxqwv', '--format', 'json']));
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toEqual([]);
    const nd = (await runCli(['search', 'zzyzxqwv', '--format', 'ndjson']));
    expect(nd.code).toBe(1);
    expect(nd.stdout).toBe('');
    const table = (await runCli(['search', 'zzyzxqwv']));
    expect(table.code).toBe(1);
    expect(table.stdout).toBe('');
    expect(table.stderr).toBe("quarry: no record matches 'zzyzxqwv' in the shipped corpus (name yours with --corpus DIR or QUARRY_CORPUS)\n");
  });

  it('a filter can make a good query match nothing: exit 1', async () => {
    const r = (await runCli(['search', 'maternity', '--doc', 'he-yi-ama-2024', '--format', 'json']));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('queries that name nothing to search for: one line, exit 2', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no query at all', [], /^quarry: query: needs words to search for/],
    ['an empty argument', [''], /^quarry: query: needs words to search for/],
    ['only spaces', ['   '], /^quarry: query: needs words to search for/],
    ['only stop words', ['the', 'of', 'and'], /^quarry: query: nothing to search for in 'the of and': only stop words/],
    ['only punctuation', ['?!', '...'], /^quarry: query: nothing to search for in /],
    ['regex-looking', ['.*('], /^quarry: query: nothing to search for in '\.\*\(': .*not regular expressions/],
    ['only exclusions', ['-bitcoin'], /^quarry: query: nothing to search for: '-bitcoin' only excludes/],
    ['10,000 characters', ['bitcoin '.repeat(1250)], /^quarry: query: 10000 characters is too long for a query \(accepts up to 1000\)/],
  ];
  for (const [name, args, message] of cases) {
    it(name, async () => {
      const r = (await runCli(['search', ...args, '--format', 'json']));
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')).toHaveLength(2);
    });
  }

  it('regex characters around a word are punctuation: the word is searched', async () => {
    const r = (await runCli(['search', '.*(bitcoin)', '--format', 'json']));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Hit[]).length).toBeGreaterThan(0);
  });

  it('an unbalanced quote or a stray OR is not an error', async () => {
    expect((await runCli(['search', '"maternity leave', '--format', 'json'])).code).toBe(0);
    expect((await runCli(['search', 'OR', 'bitcoin', '--format', 'json'])).code).toBe(0);
  });
});

describe('search --explain', () => {
  it('prints a table saying what each hit matched, how, and the figure it holds', async () => {
    const r = await runCli(['search', 'when', 'did', 'binance', 'launch', '--limit', '3', '--explain'], { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('question: "when" asks for a date; subject: binance launch');
    for (const head of ['matched', 'terms', 'base', 'proximity', 'figure']) expect(r.stdout).toContain(head);
    expect(r.stdout).toMatch(/launch: stem/);
    expect(r.stdout).toMatch(/date "[^"]*2017" near/);
    expect(r.stdout).toContain('ranked by clauses matched');
  });

  it('highlights the answer in the snippet of the plain table', async () => {
    const r = await runCli(['search', 'how', 'many', 'employees', 'does', 'binance', 'have', '--limit', '1'], { env: { COLUMNS: '160' } });
    expect(r.stdout).toContain('[[300 employees]]');
  });
});
