/**
 * Review findings on the SBV/ASS/TTML/JSON caption readers: input that must not be quadratic,
 * bodies that must reach their reader untouched, TTML told from HTML's <tt>, EBU-TT's prefixed
 * elements, records citing the line their escaped words are on, a named non-transcript .json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'formats', name), 'utf8');
const load = (files: Record<string, string>) => loadCorpus(tempCorpus({ ...files, 'speakers.yml': fixture('speakers.yml') }));

const ASS_HEAD = '[Script Info]\nScriptType: v4.00+\n\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n';

describe('ASS override tags', () => {
  it('a Dialogue line of 100 KB of "{" never closed returns and keeps its words', () => {
    const line = `Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,The bridge opened in 1932. ${'{'.repeat(100_000)}`;
    const started = Date.now();
    const c = load({ 'long.ass': `${ASS_HEAD}${line}\n` });
    expect(Date.now() - started).toBeLessThan(4000);
    expect(c.records.some((r) => r.text.includes('The bridge opened in 1932.'))).toBe(true);
  }, 60_000);
});
