/** The streamed formats write exactly the text of the whole-string ones. */
import { describe, expect, it } from 'vitest';
import { csvChunks, toCsv } from '../../src/render/csv.js';
import { jsonArrayChunks, ndjsonChunks, toJson, toNdjson } from '../../src/render/json.js';

const VALUES: unknown[][] = [
  [],
  [{ a: 1 }],
  [{ id: 'x/q-1', text: 'line one\nline two\t"quoted" \u2028 \u009b é 币安', years: [2017, 2018], figures: [{ kind: 'date', value: { y: 1 } }], empty: [], obj: {} }, null, 'plain', 3, [1, [2, []]]],
];

describe('streamed output', () => {
  it('json and ndjson chunks join to toJson and toNdjson', () => {
    for (const v of VALUES) {
      expect([...jsonArrayChunks(v)].join('')).toBe(toJson(v));
      expect([...ndjsonChunks(v)].join('')).toBe(toNdjson(v));
    }
  });

  it('csv chunks join to toCsv', () => {
    const rows = [['a', 'b,c', 'd"e', null, 3, 'line\nbreak'], ['', undefined, true, 'x']];
    expect([...csvChunks(['h1', 'h2'], rows)].join('')).toBe(toCsv(['h1', 'h2'], rows));
    expect([...csvChunks(['h'], [])].join('')).toBe(toCsv(['h'], []));
  });
});
