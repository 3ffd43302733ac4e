/**
 * search.ts compares a record's word with a clause by stem only when the
 * word starts with one of the clause's stems' first letters (mayStemTo):
 * that rests on English stems keeping their word's first letter, for words
 * that start with a letter a–z. Checked here on every word of the shipped
 * corpus and the text fixtures, and on generated words ending in every
 * suffix the stemmer removes or rewrites.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stemTerm, surfaceTerm } from '../../src/index/terms.js';
import { scanTokens } from '../../src/index/tokenize.js';
import { ROOT } from '../helpers.js';
import { seededRandom } from '../random.js';

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...textFiles(path));
    else if (/\.(txt|md|vtt|srt|tsv)$/.test(name)) out.push(path);
  }
  return out;
}

/** The words whose stem does not start with their surface term's first letter, when that is a–z. */
function violations(norms: Iterable<string>): string[] {
  const bad: string[] = [];
  for (const norm of norms) {
    const surface = surfaceTerm(norm);
    if (surface === null || !/^[a-z]/.test(surface)) continue;
    const stem = stemTerm(norm);
    if (stem === null || stem[0] !== surface[0]) bad.push(`${norm} → ${stem}`);
  }
  return bad;
}

describe('stems keep the first letter of words that start with a–z', () => {
  it('on every word of the shipped corpus and the text fixtures', () => {
    const norms = new Set<string>();
    for (const file of [...textFiles(join(ROOT, 'corpus')), ...textFiles(join(ROOT, 'test', 'fixtures'))]) {
      for (const t of scanTokens(readFileSync(file, 'utf8'))) norms.add(t.norm);
    }
    expect(norms.size).toBeGreaterThan(5000);
    expect(violations(norms)).toEqual([]);
  });

  it('on generated words ending in the suffixes the stemmer removes or rewrites, and its exceptions', () => {
    const suffixes = ['', 's', 'es', 'ies', 'ied', 'sses', 'us', 'ss', 'ed', 'edly', 'ing', 'ingly', 'eed', 'eedly', 'y', 'ly', 'li', 'ational', 'tional', 'enci', 'anci', 'abli', 'entli', 'izer', 'ization', 'ation', 'ator', 'alism', 'aliti', 'alli', 'fulness', 'ousli', 'ousness', 'iveness', 'iviti', 'biliti', 'bli', 'ogi', 'fulli', 'lessli', 'alize', 'icate', 'iciti', 'ical', 'ful', 'ness', 'ative', 'al', 'ance', 'ence', 'er', 'ic', 'able', 'ible', 'ant', 'ement', 'ment', 'ent', 'ism', 'ate', 'iti', 'ous', 've', 'ize', 'ion', 'e', 'l', "'", "'s", "s'"];
    const exceptions = ['skis', 'skies', 'dying', 'lying', 'tying', 'idly', 'gently', 'ugly', 'early', 'only', 'singly', 'sky', 'news', 'howe', 'atlas', 'cosmos', 'bias', 'andes', 'inning', 'innings', 'outing', 'outings', 'canning', 'cannings', 'herring', 'herrings', 'earring', 'earrings', 'proceed', 'proceeds', 'exceed', 'succeed', 'generate', 'communal', 'arsenal', 'yes', 'yields', 'eyes', 'yyy'];
    const random = seededRandom(11);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const vowelsy = 'aeiouy';
    const words = new Set<string>(exceptions);
    for (let n = 0; n < 20000; n++) {
      let w = '';
      const len = 1 + Math.floor(random() * 6);
      for (let k = 0; k < len; k++) w += (k % 2 ? vowelsy : letters)[Math.floor(random() * (k % 2 ? vowelsy.length : letters.length))];
      words.add(w + suffixes[Math.floor(random() * suffixes.length)]!);
    }
    expect(violations(words)).toEqual([]);
  });
});
