/**
 * The parsers' and the loader's `iu` patterns built by caselessRegExp() (a `u`
 * pattern from caseless(), without the `i` flag's compile cost on `\p{L}`):
 * each is read from its source file, where it stands as
 * caselessRegExp(String.raw`…`, '…'), and held to its `iu` form on random text
 * made of its own words in three casings, the letters case folding treats
 * specially (KELVIN SIGN, LONG S, U+0345), accented letters, quote marks and
 * spaces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectEqual } from '../expect-equal.js';
import { seededRandom as random } from '../random.js';
import { recase } from '../recase.js';
import { allMatches, caseless } from '../../src/model/regexp.js';

const FILES = ['src/parse/quotes.ts', 'src/parse/text.ts', 'src/load/infer.ts', 'src/load/load.ts'];
const CALL = /caselessRegExp\(String\.raw`([^`]*)`, '([a-z]+)'\)/g;

function patterns(): { file: string; source: string; flags: string }[] {
  const out: { file: string; source: string; flags: string }[] = [];
  for (const file of FILES) {
    const text = readFileSync(join(__dirname, '../..', file), 'utf8');
    const found = [...text.matchAll(CALL)].map((m) => ({ file, source: m[1]!, flags: m[2]! }));
    // every call in the file is one this test reads
    expect(found.length, file).toBe((text.match(/caselessRegExp\((?!\))/g) ?? []).length);
    out.push(...found);
  }
  return out;
}


const PIECES = [' ', ' ', ' ', '  ', '\t', '\u00a0', ',', ', ', '.', ':', ';', '?', ')', "'", '\u2019', '"', '\u201c', '\u201d', '-', '1', '2019', '2024', 'é', 'É', 'ß', 'Ana', 'x', 'the ', 'in ', 'a ', 'an ', 'Date', 'of', 'his', 'her', 'her firm', ' firm', 'company', 'who', 'named', 'Date:', 'date of interview: ', 'Interview Date :', ': ', 'in an interview in 2019', 'during a 2019 speech'];

describe('caselessRegExp in the parsers and the loader', () => {
  it('matches as the iu form of each pattern does', () => {
    const all = patterns();
    expect(all.length).toBe(11);
    let seed = 0xca5e;
    for (const { file, source, flags } of all) {
      expect(flags).toBe('iu');
      const iu = new RegExp(source, 'giu');
      const u = new RegExp(caseless(source), 'gu');
      const words = [...new Set(source.match(/[A-Za-z]{2,}/g) ?? [])].filter((w) => !/^(?:p|u)$/.test(w));
      const rand = random(seed++);
      let found = 0;
      for (let i = 0; i < 4000; i++) {
        let text = '';
        const n = 1 + Math.floor(rand() * 5);
        for (let j = 0; j < n; j++) {
          const r = rand();
          text += r < 0.5 && words.length ? words[Math.floor(rand() * words.length)]! + (rand() < 0.7 ? ' ' : '') : PIECES[Math.floor(rand() * PIECES.length)]!;
        }
        text = recase(text, rand, { accent: '\u0301' });
        const a = allMatches(iu, text).map((m) => [m.index, ...m]);
        found += a.length;
        expectEqual(allMatches(u, text).map((m) => [m.index, ...m]), a, () => `${file} ${source.slice(0, 40)} on ${JSON.stringify(text)}`);
      }
      expect(found, `${file} ${source.slice(0, 40)}`).toBeGreaterThan(30);
    }
  });
});
