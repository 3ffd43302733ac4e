/**
 * CSV and table wrapping as pure functions: any text survives a CSV round
 * trip (fast-check), and wrapped lines never exceed their width.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/render/csv.js';
import { safeStringify } from '../../src/render/json.js';
import { wrapLine } from '../../src/render/table.js';
import { displayWidth } from '../../src/render/width.js';
import { parseCsv } from '../cli/support.js';

describe('CSV (RFC 4180)', () => {
  it('quotes only what needs it, doubling quotes', async () => {
    expect(csvField('plain text')).toBe('plain text');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
    expect(csvField(null)).toBe('');
    expect(csvField(3)).toBe('3');
    expect(toCsv(['a', 'b'], [['1', 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });

  it('round-trips any table of strings', async () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', '\u001b', 'é', '中', ';', '\t') });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.array(fc.array(cell, { minLength: 5, maxLength: 5 }), { maxLength: 6 }), (width, rows) => {
        const header = Array.from({ length: width }, (_, i) => `h${i}`);
        const body = rows.map((r) => r.slice(0, width));
        expect(parseCsv(toCsv(header, body))).toEqual([header, ...body]);
      }),
    );
  });
});

describe('JSON', () => {
  it('escapes C1 controls, separators and bidi overrides, and parses back to the same text', async () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0x2100 }).map((c) => String.fromCharCode(c)) }), (s) => {
        const out = safeStringify({ s });
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
        expect(JSON.parse(out)).toEqual({ s });
      }),
    );
  });
});

describe('wrapLine', () => {
  it('never exceeds the width, keeps every character, wraps on spaces when it can', async () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', '中', '文', 'x'), minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), fc.integer({ min: 2, max: 40 }), (words, width) => {
        const line = words.join(' ');
        const lines = wrapLine(line, width);
        for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(width);
        expect(lines.join('').replace(/ /g, '')).toBe(line.replace(/ /g, ''));
      }),
    );
    expect(wrapLine('one two three', 7)).toEqual(['one two', 'three']);
  });

  it('keeps colour codes with their word and out of the width', async () => {
    const hi = '\u001b[1mword\u001b[22m';
    expect(wrapLine(`a ${hi} b`, 6)).toEqual([`a ${hi}`, 'b']);
  });
});
