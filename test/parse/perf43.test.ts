/**
 * perf43: patterns with many `\p{…}` sets (each built anew by V8 in every process that compiles the
 * pattern) run only after a cheap test of what each of their matches must contain, so an update that
 * parses one ordinary document does not compile them. A pre-test must say yes wherever its pattern
 * matches (it may say yes where the pattern does not: the pattern then decides), held here on generated
 * text; and an English interview whose lines open on "After …", "Available …", say "manage " or
 * "personal" must not reach the patterns at all.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.js';
import { precheckOver } from '../precheck.js';
import { loadCorpus } from '../../src/load/load.js';
import { PERF43_PRECHECKS_FOR_TESTS } from '../../src/figures/extract.js';
import { PERF43_CHROME_PRECHECKS_FOR_TESTS } from '../../src/parse/chrome.js';
import { PERF43_QUOTE_PRECHECKS_FOR_TESTS } from '../../src/parse/quotes.js';
import { tempCorpus } from '../helpers.js';

const PIECES = [
  // figures
  'every', 'Every', 'EVERY', 'per', 'each', 'personal', 'top', 'Top', 'laptop', 'top-', 'aged', 'ages', 'age', 'Aged', 'manage',
  '2', '12', '1,500', '3.5', 'two', 'three', 'twenty-five', 'seven', 'one', 'other', 'weeks', 'months', 'hours', 'days', 'years',
  '9', '10:30', 'a.m.', 'p.m.', 'am', 'pm', 'PM', 'I am', 'team', "'90s", '’90s', '1990s', '90s', '1990', '2021', '2003', '20', '19',
  '年', '在', '%', 'ſ', 'İ', 'K', '$', '.', ',', ':', '-', '–', '(', ')',
  // chrome and quotes
  'Par', 'Por', 'Von', 'Door', 'Af', 'Av', 'Oleh', 'After', 'Available', 'Autor:', 'Автор:', 'Беседовал', 'di', 'og', 'et', 'und',
  'Camille', 'Besson', 'Anna', 'Weber', 'Rasmus', 'Kjær', 'Lena', 'Farouk', 'Omar', 'Dee', 'NPR', 'The', 'Ledger', 'LEDGER', 'HARBOUR',
  "You're", 'you are', 'receiving', 'getting', 'this', 'email', 'because you', 'subscribed', 'Forwarded', 'forwarded', 'to you', 'Sign up',
  'Was this', 'got this', 'Copyright', 'COPYRIGHT', '©', '(c)', '(C)', 'Page', 'page', 'of', 'Transcript', 'Transcription', 'transcribed',
  'provided', 'by', 'BY', 'Photographs', 'PHOTOS', 'Photo', 'Illustration', 'illustrated', 'Portraits', 'Artwork', 'Graphics', 'Video', 'for',
  'a', 'an', 'the', 'its', 'his', 'her', 'their', 'senior', 'analyst', 'member', 'founder', 'spokeswoman', 'fisherman', 'who',
  'son', 'Son', 'SON', 'ſon', 'wife', 'mother', 'sister', 'Sister', 'uncle', 'dad', 'mum', 'and', '&', 'Laura', 'Kim', 'Lan', 'Chen',
  'Éva', 'Østergaard', 'Ólafur', 'named', "O'Brien", 'chief', 'executive',
  ' ', ' ', ' ', ' ', '  ', '\t', '\u00a0', '\u202f', '\n', '’',
];

function texts(seed: number, count: number): string[] {
  const rand = random(seed);
  const out = ['', ' ', ',', ' ,', 'and ', ' Laura Kim'];
  for (let i = 0; i < count; i++) {
    let s = '';
    const n = 1 + Math.floor(rand() * 9);
    for (let j = 0; j < n; j++) s += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.55 ? ' ' : '');
    out.push(rand() < 0.3 ? s.trimEnd() : s);
  }
  return out;
}

const CASES = texts(0x9e43, 60000);
/** Built texts that each pattern must match (the generated ones may reach it too seldom). */
const MUST_MATCH: Record<string, string[]> = {
  'times of day': ['at 9 a.m. sharp', 'by 12pm', 'at 7 \u00a0PM'],
  decades: ['the 1990s', "the '90s", 'in the 80’s'],
  ages: ['aged 12', 'ages 5 and a half', 'Aged twenty-five'],
  'recurring periods': ['every 2 weeks', 'per twenty hours', 'each 3-4 days'],
  'top n': ['top 10', 'a top-three spot', 'Top\u00a05'],
  'bare year': ['in 2021 we', 'since 1999.'],
  'bare year (CJK)': ['在2017年成立'],
  'foreign byline': ['Par Camille Besson', 'Autor: Anna Weber'],
  'two foreign writers': ['Av Sigrid Haugen og Jonas Berg'],
  'placed foreign byline': ['Por Lucía Ortega, Madrid'],
  'newsletter foot': ["You're receiving this email because you subscribed", 'Forwarded this email? Sign up here.'],
  'copyright opening': ['Copyright © 2025 NPR. All rights reserved.', '© The Ledger'],
  'running page head': ['THE HARBOUR LEDGER   Page 3 of 12', 'Page 2 of 4'],
  'transcript credit': ['FastScripts Transcript by ASAP Sports', 'Transcription provided by Rev'],
  'visual credit': ['Photographs by Lena Farouk', 'Illustration by Omar Dee for The Ledger'],
  'person appositive': [', a senior analyst at the bank', ', their spokeswoman'],
  'kin before a name': ['and her son, ', 'His wife, the retired nurse '],
  'name before a comma': ['We met Hamid, '],
  'comma then a name': [', Laura Kim, said'],
  'title then a name': [' Lan Chen, who chairs'],
  'given name and': ['met Ana and '],
};

describe('perf43 pre-tests allow every match of their pattern', () => {
  const all = [...PERF43_PRECHECKS_FOR_TESTS(), ...PERF43_CHROME_PRECHECKS_FOR_TESTS(), ...PERF43_QUOTE_PRECHECKS_FOR_TESTS()];
  it('lists each pre-test once, with text its pattern matches', () => {
    expect(all.map((p) => p.name).sort()).toEqual(Object.keys(MUST_MATCH).sort());
  });
  for (const { name, pattern, check } of all) {
    it(name, () => {
      const { matched, refused, missed } = precheckOver(pattern, check, [...MUST_MATCH[name]!, ...CASES]);
      expect(missed).toEqual([]);
      expect(matched).toBeGreaterThanOrEqual(MUST_MATCH[name]!.length);
      expect(refused).toBeGreaterThan(1000);
    });
  }
});

describe('an ordinary interview compiles none of them', () => {
  it('runs no pre-tested pattern, and its records are the same', () => {
    const doc = [
      '---',
      'title: "Talking security with Mara Lind"',
      'year: 2024',
      '---',
      'Q: After the exchange was hacked, what did you change?',
      'A: Available funds were moved, and we manage keys per personal device now. Every project gets a review, each cycle.',
      'Q: Who helped you, the analyst?',
      'A: My colleague, who is careful, and I did. The team at the image desk helped, and I am grateful to them.',
      'Q: Are you on a laptop?',
      'A: Portland was where I first learned by doing.',
    ].join('\n');
    const ran = new Set<string>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      ran.add(this.source);
      return exec.call(this, s);
    };
    let records;
    try {
      records = loadCorpus(tempCorpus({ 'mara-lind-2024.txt': doc })).records;
    } finally {
      RegExp.prototype.exec = exec;
    }
    const guarded = [...PERF43_PRECHECKS_FOR_TESTS(), ...PERF43_CHROME_PRECHECKS_FOR_TESTS(), ...PERF43_QUOTE_PRECHECKS_FOR_TESTS()]
      .filter((p) => !['bare year', 'bare year (CJK)', 'name before a comma', 'title then a name', 'given name and'].includes(p.name))
      .map((p) => p.name + ' /' + p.pattern.source.slice(0, 40));
    const compiled = guarded.filter((g) => ran.has(sourceOf(g)));
    expect(compiled).toEqual([]);
    expect(records.map((r) => [r.type, r.speaker, r.asker, r.line, r.question?.slice(0, 30), r.text.slice(0, 30)])).toEqual([
      ['qa', 'Mara Lind', null, 5, 'After the exchange was hacked,', 'Available funds were moved, an'],
      ['qa', 'Mara Lind', null, 7, 'Who helped you, the analyst?', 'My colleague, who is careful, '],
      ['qa', 'Mara Lind', null, 9, 'Are you on a laptop?', 'Portland was where I first lea'],
    ]);
  });
});

const SOURCES = new Map(
  [...PERF43_PRECHECKS_FOR_TESTS(), ...PERF43_CHROME_PRECHECKS_FOR_TESTS(), ...PERF43_QUOTE_PRECHECKS_FOR_TESTS()].map((p) => [p.name + ' /' + p.pattern.source.slice(0, 40), p.pattern.source]),
);
function sourceOf(key: string): string {
  return SOURCES.get(key)!;
}
