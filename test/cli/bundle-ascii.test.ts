/**
 * The bundle is ASCII only (scripts/ascii.mjs), so V8 holds its source one
 * byte a character: its non-ASCII characters are escaped, and the escapes must
 * mean what the characters meant, in strings, in patterns (with and without
 * `u`, `i`, inside classes, as identity escapes, beyond the BMP) and in
 * String.raw templates, which the parsers build patterns from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { asciiOnly } from '../../scripts/ascii.mjs';
import { ROOT, runCli, runCliProcess, tempCorpus } from '../helpers.js';

const SOURCE = String.raw`
const NAME = '[\p{L}’-]+';
({
  strings: ['“quoted” — Stéphane', "naïve \é", ` + '`tab\u00e9 ${1 + 1} 日本`' + String.raw`, '😀 ✓'],
  patterns: [
    /[“"—–:-]/,
    /(?<![\p{L}'’])(me|my|mine)(?![\p{L}'’])/u,
    /ÉCOLE|ß/i,
    /[à-ÿ]+/g,
    /caf\é/,
    /😀+/,
    /[😀✓]/u,
    /[😀]/,
    /(?<né>\p{Lu})\k<né>/u,
    /[\p{L}--[a-zé]]/v,
    new RegExp(String.raw` + '`^[Bb]y\\s+(${NAME})\\s*(?:[|·•—–]|\\s-)\\s*(.+)$`' + String.raw`, 'u'),
  ],
  raw: String.raw` + '`·${NAME}—\\p{L}`' + String.raw`,
})
`;

const PROBES = [
  '“Hi” — she said: fine',
  'and me, I’m here; mine’s not',
  'école ÉCOLE Ecole STRASSE ß ẞ',
  'àéîõü ÿ AEIOU',
  'café cafe cafè',
  '😀😀 ✓ \ud83d alone',
  'By Stéphane Dujarric · Spokesman',
  'By Ana Ruiz — The Times',
  'AA ÉÉ Éé',
  'aéz ÀÉZ ñ',
];

describe('scripts/ascii.mjs', () => {
  const before = runInNewContext(SOURCE) as { strings: string[]; patterns: RegExp[]; raw: string };
  const rewritten = asciiOnly(SOURCE, 'probe.js');
  const after = runInNewContext(rewritten) as typeof before;

  it('leaves no character outside ASCII', () => {
    expect(rewritten).toMatch(/^[\x00-\x7f]*$/);
    expect(rewritten).not.toBe(SOURCE);
  });

  it('keeps every string and String.raw value', () => {
    expect(after.strings).toEqual(before.strings);
    expect(after.raw).toBe(before.raw);
  });

  it('keeps every pattern: its flags and what it matches', () => {
    expect(after.patterns.length).toBe(before.patterns.length);
    before.patterns.forEach((re, i) => {
      const again = after.patterns[i]!;
      expect(again.flags).toBe(re.flags);
      const all = (r: RegExp, s: string) => [...s.matchAll(new RegExp(r.source, r.flags.includes('g') ? r.flags : `${r.flags}g`))].map((m) => [m.index, ...m]);
      for (const probe of PROBES) expect(all(again, probe), `${re} on ${probe}`).toEqual(all(re, probe));
    });
  });

  it('refuses what it cannot rewrite with the same meaning', () => {
    expect(() => asciiOnly('/* “a comment” */ x;')).toThrow(/outside any string/);
    expect(() => asciiOnly('tag`é`;')).toThrow(/tagged tag/);
  });
});

describe('the bundle', () => {
  it('is ASCII only', () => {
    const bytes = readFileSync(join(ROOT, 'dist', 'bundle', 'quarry.cjs'));
    expect(bytes.findIndex((b) => b > 0x7f)).toBe(-1);
  });

  it('prints non-ASCII records byte for byte as the sources do', async () => {
    const dir = tempCorpus({
      'interview.md':
        '---\ntitle: Café society — an interview\nspeakers: [Stéphane Dujarric]\nhost: Zoë\n---\n' +
        'Zoë: What does “listing” mean to you, Stéphane?\n' +
        'Stéphane Dujarric: It means security first — always. We review every token… even 日本 projects 😀.\n' +
        'Zoë: And the naïve ones?\n' +
        'Stéphane Dujarric: I’d say they’re reviewed the same way, façade or not.\n',
      'article.txt': 'Straße report\n\nThe exchange’s “listing” team — led by Ana Ruiz — said: “Security is everything.”\n',
    });
    for (const args of [['list', '--format', 'json'], ['search', 'listing', 'security', '--format', 'json'], ['check', '--format', 'json']]) {
      const all = ['--corpus', dir, '--no-cache', ...args];
      const inProcess = await runCli(all);
      const bundled = runCliProcess(all);
      expect(bundled.stderr).toBe(inProcess.stderr);
      expect(bundled.stdout).toBe(inProcess.stdout);
      expect(bundled.code).toBe(inProcess.code);
    }
  });
});
