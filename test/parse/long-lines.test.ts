/**
 * Patterns rewritten so that a long line (a run of spaces, dots, dashes, asterisks, "[" or tabs
 * tens of kilobytes long: PDF extractions, one-line pages, logs) is read in time linear in its
 * length (bench/pathological.mjs times them). Each rewrite must give what the pattern it replaces
 * gave: compared here on pseudo-random text made mostly of the pattern's own characters, in runs.
 */
import { describe, expect, it } from 'vitest';
import { expectEqual, expectSame } from '../expect-equal.js';
import { randomRuns } from '../random.js';
import { BYLINE_WITH_DATE, TRAILING_STOPS } from '../../src/load/infer.js';
import { withoutBracketed } from '../../src/load/sentences.js';
import { PARENTHESISED_VOICE } from '../../src/parse/captions.js';
import { CLASS_YEAR_AFTER_NAME, isKeyValueLine, TRAILING_PUNCTUATION } from '../../src/parse/chrome.js';
import { FIELD_DIVIDER, TAB_FACT } from '../../src/parse/header.js';
import { POSSESSIVE_THEN_WORDS } from '../../src/parse/conversation.js';
import { NAME_NOTE, QUOTED_NICKNAME, readLabel } from '../../src/parse/labels.js';
import { endsWithContact, LABEL_TAIL } from '../../src/parse/prose.js';
import { EDGE_COMMAS, TRAILING_JOINERS, TRAILING_MARKS, withoutParenNotes } from '../../src/parse/quotes.js';
import { endsLikeSentence, trailingDashAt, withoutClosingEmphasis, withoutEmphasisEnds, wordCount } from '../../src/parse/text.js';

/** Random runs of `pieces` (test/random.ts), 3000 a seed. */
const runs = (seed: number, pieces: readonly string[], count = 3000) => randomRuns(seed, pieces, count);

const SPACES = [' ', ' ', '\t', '\u00a0', '\u3000', '\u2028', '\n', '\r'];
const WORDS = ['a', 'Ana', 'x', '7', 'é', '何', ',', '.'];

describe('rewritten patterns give what the patterns gave', () => {
  it('FIELD_DIVIDER splits where /\\s+[/|｜]\\s+|\\u3000+/ split', () => {
    for (const t of runs(0x1d01, [...SPACES, '/', '|', '｜', ...WORDS])) {
      expectEqual(t.split(FIELD_DIVIDER()), t.split(/\s+[/|｜]\s+|\u3000+/), () => JSON.stringify(t));
    }
  });

  it("TRAILING_PUNCTUATION removes what /[:.!]+$/ removed", () => {
    for (const t of runs(0x1d02, [':', '.', '!', ' ', 'a', 'menu', '?'])) {
      expectSame(t.replace(TRAILING_PUNCTUATION(), ''), t.replace(/[:.!]+$/, ''), () => JSON.stringify(t));
    }
  });

  it('isKeyValueLine reads the key and value its one pattern read', () => {
    // the function as it was: one pattern, then the same checks on its groups (its colon ASCII or
    // full-width since probe37-b: "嘉宾：林晓雯" is a field as "Guest: Lin Xiaowen" is)
    const before = (raw: string) => {
      const m = /^\s*([\p{L}][\p{L}&/ '’-]{0,30}?)\s*[:：]\s*(.+?)\s*$/u.exec(raw);
      if (!m) return null;
      const key = m[1]!;
      const value = m[2]!;
      if (wordCount(key) > 4) return null;
      if (wordCount(value) > 40) return null;
      if (endsLikeSentence(value) && !/\d{4}\.?$/.test(value)) return null;
      return { key, value };
    };
    const pieces = [...SPACES, ':', 'Guest', 'Release Date', '&', '-', '’', 'He Yi', 'TechFlow', '2021', '.', '：', '\u2029'];
    const tails = runs(0x1d0a, [...pieces, ...SPACES, 'He Yi', 'x']);
    const keys = ['Guest', ' Release Date ', 'Compiled & Translated', 'x', '\tHost\u00a0', 'Le-Roy’s', 'é', 'A/B', '7'];
    const lines = [...runs(0x1d03, pieces), ...tails.map((tail, k) => `${keys[k % keys.length]}:${tail}`)];
    let found = 0;
    for (const t of lines) {
      const want = before(t);
      if (want) found++;
      expectEqual(isKeyValueLine(t), want, () => JSON.stringify(t));
    }
    expect(found).toBeGreaterThan(100);
  });

  it("withoutEmphasisEnds removes what /^[*_]+|[*_]+$/g removed", () => {
    for (const t of runs(0x1d04, ['*', '_', '**', ' ', 'By', 'Ana', '.'])) {
      expectSame(withoutEmphasisEnds(t), t.replace(/^[*_]+|[*_]+$/g, ''), () => JSON.stringify(t));
    }
  });

  it('withoutClosingEmphasis removes what /[*_]+\\s*$/ removed', () => {
    let changed = 0;
    for (const t of runs(0x1d2a, ['*', '_', '**', ...SPACES, 'Published', '2019', '.'])) {
      const want = t.replace(/[*_]+\s*$/, '');
      if (want !== t) changed++;
      expectSame(withoutClosingEmphasis(t), want, () => JSON.stringify(t));
    }
    expect(changed).toBeGreaterThan(100);
  });

  it("CLASS_YEAR_AFTER_NAME removes what /(?<=\\p{Lu}[\\p{Ll}'’-]+)\\s+['’]\\d{2}(?=\\s*(?:,|[*_]{0,2}\\s*$))/u removed", () => {
    const before = /(?<=\p{Lu}[\p{Ll}'’-]+)\s+['’]\d{2}(?=\s*(?:,|[*_]{0,2}\s*$))/u;
    let changed = 0;
    const lines = runs(0x1d2b, ["'", '’', '-', ...SPACES, 'By', 'Trask', 'oliver', "'09", ' ’94', '09', ',', '*', '_']);
    for (const t of lines.flatMap((l) => [l, `${l} '09`, `${l}Ann ’94, x`])) {
      const want = t.replace(before, '');
      if (want !== t) changed++;
      expectSame(t.replace(CLASS_YEAR_AFTER_NAME(), ''), want, () => JSON.stringify(t));
    }
    expect(changed).toBeGreaterThan(500);
  });

  it("POSSESSIVE_THEN_WORDS takes the words /\\p{Lu}[\\p{L}-]*['’]s?\\s+((?:\\p{Ll}[\\p{L}-]*\\s+){0,2}\\p{Ll}[\\p{L}-]*)/u took", () => {
    const before = /\p{Lu}[\p{L}-]*['’]s?\s+((?:\p{Ll}[\p{L}-]*\s+){0,2}\p{Ll}[\p{L}-]*)/u;
    let found = 0;
    const titles = runs(0x1d2c, ['A', 'Trust', 'x', 'eBay', '-', "'", '’', "'s", 's', ...SPACES, 'new', 'chair', ',', 'É']);
    for (const t of titles.flatMap((l) => [l, `${l}'s new chair`, `${l} Trust’s first head coach x`])) {
      const want = before.exec(t)?.[1] ?? null;
      if (want !== null) found++;
      expectSame(POSSESSIVE_THEN_WORDS().exec(t)?.[1] ?? null, want, () => JSON.stringify(t));
    }
    expect(found).toBeGreaterThan(500);
  });

  it('QUOTED_NICKNAME replaces what its look-behind-first pattern replaced', () => {
    const before = /(?<=\p{Lu}[\p{Ll}'’]+) (?:["“]\p{Lu}[\p{Ll}'’]+["”]|\(\p{Lu}[\p{Ll}'’]+\)) (?=\p{Lu}[\p{Ll}'’])/gu;
    let changed = 0;
    const lines = runs(0x1d2d, ['Margaret', 'a', "'", '’', ' ', '"', '“', '”', '(', ')', 'Peggy', 'P', 'Thornbury', 'x']);
    for (const t of lines.flatMap((l) => [l, `${l} "Peggy" Thornbury`, `Ann (Peg) ${l}`])) {
      const want = t.replace(before, ' ');
      if (want !== t) changed++;
      expectSame(t.replace(QUOTED_NICKNAME(), ' '), want, () => JSON.stringify(t));
    }
    expect(changed).toBeGreaterThan(500);
  });

  it('trailingDashAt: where /(?:--+|[—–]|…|\\.\\.\\.)\\s*$/ matches, or -1', () => {
    const before = /(?:--+|[—–]|…|\.\.\.)\s*$/;
    let matched = 0;
    for (const t of runs(0x1d05, ['-', '—', '–', '…', '.', '..', ...SPACES, 'so', 'I', '?'])) {
      const m = before.exec(t);
      if (m) matched++;
      expectSame(trailingDashAt(t), m ? m.index : -1, () => JSON.stringify(t));
    }
    expect(matched).toBeGreaterThan(300);
  });

  it('TAB_FACT matches where /^\\s*\\p{L}[^\\t:]{0,40}?\\t+\\s*\\S/u matched', () => {
    const before = /^\s*\p{L}[^\t:]{0,40}?\t+\s*\S/u;
    let matched = 0;
    for (const t of runs(0x1d06, ['\t', '\t', ' ', ':', 'Born', 'x', '14 April 1948', '\n', '\u00a0'])) {
      const want = before.test(t);
      if (want) matched++;
      expectSame(TAB_FACT().test(t), want, () => JSON.stringify(t));
    }
    expect(matched).toBeGreaterThan(300);
  });

  it("TRAILING_STOPS removes what /[.,\\s]+$/ removed", () => {
    for (const t of runs(0x1d07, ['.', ',', ...SPACES, 'June 18', '2024', ';'])) {
      expectSame(t.replace(TRAILING_STOPS, ''), t.replace(/[.,\s]+$/, ''), () => JSON.stringify(t));
    }
  });

  it("withoutBracketed gives what replace(/\\[[^\\]]*\\]/g, ' ') gives", () => {
    for (const t of runs(0x1d08, ['[', ']', '[', 'x', ' ', '[2]', 'laughs', '\n'])) {
      expectSame(withoutBracketed(t), t.replace(/\[[^\]]*\]/g, ' '), () => JSON.stringify(t));
    }
  });

  it('wordCount: General Punctuation (U+2000 to U+206F) holds no letter or number', () => {
    for (let c = 0x2000; c <= 0x206f; c++) expectSame(/[\p{L}\p{N}]/u.test(String.fromCharCode(c)), false, () => c.toString(16));
    for (const t of runs(0x1d09, ['“', '”', '’', '—', '…', '\u2028', '\u2003', 'a', 'é', '’s', ' ', '⁰', 'ⁱ'])) {
      expect(wordCount(t), JSON.stringify(t)).toBe(t.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0);
    }
  });
});

describe('rewritten patterns of the label and prose readers', () => {
  it('NAME_NOTE replaces what /^([^,(]+?)\\s+\\([^()]{1,30}\\)(?=,|$)/ replaced', () => {
    const before = /^([^,(]+?)\s+\([^()]{1,30}\)(?=,|$)/;
    let matched = 0;
    const pieces = [...SPACES, '(', ')', ',', 'Lin Wei', 'pseudonym', 'x', '(Chair)', ', early employee'];
    const notes = runs(0x1d0e, [...pieces, 'a', ' ', ' ']).filter((n) => n.length <= 34);
    const built = runs(0x1d0f, [...SPACES, 'Lin', 'Wei', 'x', ' ']).map((head, k) => `${head}${SPACES[k % SPACES.length]!.repeat(1 + (k % 3))}(${notes[k % notes.length]})${k % 2 ? '' : ', early employee'}`);
    for (const t of [...runs(0x1d0c, pieces), ...built]) {
      if (before.test(t)) matched++;
      expectSame(t.replace(NAME_NOTE(), '$1'), t.replace(before, '$1'), () => JSON.stringify(t));
    }
    expect(matched).toBeGreaterThan(100);
  });

  it('endsWithContact: true exactly where the contact pattern matched', () => {
    const before = /(?:\S+@\S+\.\w+|https?:\/\/\S+|www\.\S+|\+?\d[\d ().-]{5,}\d)\s*$/;
    let matched = 0;
    const pieces = ['@', '.', 'ana', 'x', '_', '-', '7', '12', '(', ')', '+', ' ', '\t', '\u00a0', 'http://', 'https://', 'www.', 'com', 'é', ':', '/'];
    for (const t of runs(0x1d0d, pieces, 6000)) {
      const want = before.test(t);
      if (want) matched++;
      expectSame(endsWithContact(t), want, () => JSON.stringify(t));
    }
    expect(matched).toBeGreaterThan(300);
  });
});

describe('rewritten patterns of the date reader', () => {
  it('BYLINE_WITH_DATE reads the date its lazy pattern read', () => {
    // The head as the pattern has it now (emphasis may close after the name: "**By Ana Ruiz** · …"); the tail as the lazy pattern had it.
    const before = /^[*_]*[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}[*_]{0,2}\s*[|·•—–,]\s*([^|·•]+?)[*_]*$/u;
    const heads = ['By Ana Ruiz', '*By Ana Ruiz', 'by Ana', 'By Ana Ruiz Diaz Lee Ode', 'By ana', '__By Ana'];
    const tails = runs(0x1d10, ['*', '_', '**', '|', '·', '•', '—', ',', ' ', 'June 18, 2024', 'x', 'Staff Writer']);
    let matched = 0;
    tails.forEach((tail, k) => {
      const t = `${heads[k % heads.length]}${k % 3 ? ' ' : ''}${['|', '·', '—', ',', ''][k % 5]}${k % 2 ? ' ' : ''}${tail}`;
      const want = before.exec(t);
      if (want) matched++;
      expectEqual(BYLINE_WITH_DATE.exec(t)?.slice(0, 2) ?? null, want?.slice(0, 2) ?? null, () => JSON.stringify(t));
    });
    expect(matched).toBeGreaterThan(300);
  });
});

describe('trailing runs matched from their first character', () => {
  const cases: [string, RegExp, () => RegExp, string[]][] = [
    ['quotes: /^[,\\s]+|[,\\s]+$/g', /^[,\s]+|[,\s]+$/g, EDGE_COMMAS, [',', ...SPACES, 'Why', '?']],
    ['quotes: /[\\s,:—–-]+$/', /[\s,:—–-]+$/, TRAILING_JOINERS, [',', ':', '—', '–', '-', ...SPACES, 'Alvarez', 'was']],
    ['quotes: /[.,;:!?]+$/', /[.,;:!?]+$/, TRAILING_MARKS, ['.', ',', ';', ':', '!', '?', ' ', 'the CEO']],
    ['prose: /[\\s:—–-]+$/', /[\s:—–-]+$/, LABEL_TAIL, [':', '—', '–', '-', ...SPACES, 'On risk']],
  ];
  for (const [name, before, after, pieces] of cases) {
    it(`${name}: the same text removed`, () => {
      let changed = 0;
      for (const t of runs(name.length * 0x101, pieces)) {
        const want = t.replace(before, '');
        if (want !== t) changed++;
        expectSame(t.replace(after(), ''), want, () => JSON.stringify(t));
      }
      expect(changed).toBeGreaterThan(300);
    });
  }
});

describe('rewritten in code rather than one pattern (December 5)', () => {
  it('withoutParenNotes gives what replacing /\\s*\\([^)]*\\)\\s*/g with a space gave', () => {
    let changed = 0;
    for (const t of runs(0x5e05, [...SPACES, '(', ')', '(x)', 'Ana', 'a', ','])) {
      const want = t.replace(/\s*\([^)]*\)\s*/g, ' ');
      if (want !== t) changed++;
      expectSame(withoutParenNotes(t), want, () => JSON.stringify(t));
    }
    expect(changed).toBeGreaterThan(300);
  });

  it('a label is read as before wherever its colon can stand, and a line with no colon near its start is none', () => {
    // the name, a role, notes and the spaces between, up to the colon's reach
    for (const line of ['Ana Ruiz: We grew.', 'ANA RUIZ, CEO: We grew.', 'Ana Ruiz (Lisbon) (2021):   We grew.', `Ana Ruiz${' '.repeat(200)}: We grew.`]) {
      expectSame(readLabel(line)?.name, line.startsWith('ANA') ? 'ANA RUIZ' : 'Ana Ruiz', () => line);
    }
    expect(readLabel(`Ana${' '.repeat(8000)}x`)).toBeNull();
    expect(readLabel(`Ana Ruiz said the ${'very '.repeat(100)}long thing: nothing`)).toBeNull();
  });

  it('PARENTHESISED_VOICE matches what /^\\((…)\\)\\s*:?\\s+(\\S.*)$/u matched', () => {
    const before = /^\((\p{Lu}[\p{Lu}'’. -]{0,39})\)\s*:?\s+(\S.*)$/u;
    let matched = 0;
    const heads = ['(ANA)', '(TEUFEL)', '(Ana)', '(MARY ELLIS)', ''];
    for (const [k, tail] of runs(0x7e11, ['(', ')', ':', ...SPACES, 'Yes.', 'x']).entries()) {
      const t = heads[k % heads.length] + tail;
      const want = before.exec(t);
      if (want) matched++;
      expectEqual(PARENTHESISED_VOICE().exec(t)?.slice(1) ?? null, want?.slice(1) ?? null, () => JSON.stringify(t));
    }
    expect(matched).toBeGreaterThan(100);
  });
});
