/**
 * Nothing lost: over the shipped corpus, every non-blank body line is in a
 * record, classified, or listed as unparsed, exactly once. The line count is
 * worked out here from the file itself, not taken from the loader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS, runCli, shippedCorpus } from '../helpers.js';

/** The file's lines after its front matter, each with its 1-based file line number. */
function bodyLines(path: string): { line: number; text: string }[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let start = 0;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
    expect(close).toBeGreaterThan(0);
    start = close + 1;
  }
  return lines.slice(start).map((text, i) => ({ line: start + i + 1, text }));
}

describe('every non-blank body line of the shipped corpus is accounted for', () => {
  const corpus = shippedCorpus();

  it('the shipped corpus loads without problems', async () => {
    expect(corpus.documents.length).toBeGreaterThanOrEqual(5);
    expect(corpus.problems).toEqual([]);
  });

  for (const doc of shippedCorpus().documents) {
    it(`${doc.file}: in records + classified + unparsed = non-blank body lines`, async () => {
      const nonBlank = bodyLines(join(CORPUS, doc.file)).filter((l) => l.text.trim() !== '');
      const classified = Object.values(doc.lines.classified).reduce((a, b) => a + (b ?? 0), 0);
      expect(nonBlank.length).toBeGreaterThan(0);
      expect(doc.lines.total).toBe(nonBlank.length);
      expect(doc.lines.inRecords + classified + doc.lines.unparsed.length).toBe(nonBlank.length);

      // The unparsed lines are real, distinct, non-blank body lines.
      const bodyLineNumbers = new Set(nonBlank.map((l) => l.line));
      expect(new Set(doc.lines.unparsed).size).toBe(doc.lines.unparsed.length);
      for (const n of doc.lines.unparsed) expect(bodyLineNumbers.has(n), `unparsed line ${n}`).toBe(true);

      // Every record lies in the body, and the lines its spans cover are at least the lines counted "in records".
      const first = Math.min(...bodyLineNumbers);
      const last = Math.max(...bodyLineNumbers);
      const covered = new Set<number>();
      for (const r of corpus.records.filter((x) => x.doc === doc.id)) {
        expect(r.line).toBeGreaterThanOrEqual(first);
        expect(r.endLine).toBeLessThanOrEqual(last);
        for (let n = r.line; n <= r.endLine; n++) if (bodyLineNumbers.has(n)) covered.add(n);
      }
      for (const n of doc.lines.unparsed) expect(covered.has(n), `unparsed line ${n} lies inside a record`).toBe(false);
      expect(covered.size).toBe(doc.lines.inRecords);
    });
  }

  it('check --format json reports the same accounting, and --unparsed lists exactly those lines and the speakerless quotes', async () => {
    const report = JSON.parse((await runCli(['check', '--format', 'json'])).stdout) as {
      documents: {
        id: string;
        file: string;
        lines: { total: number; inRecords: number; classified: Record<string, number>; unparsed: number[] };
        sentences: { total: number; inRecords: number; missed: { line: number; text: string }[] };
        unattributed: { line: number; text: string }[];
      }[];
    };
    const listed = (await runCli(['check', '--unparsed'])).stdout.split('\n').filter(Boolean);
    let expected = 0;
    for (const d of report.documents) {
      const loaded = corpus.documents.find((x) => x.id === d.id)!;
      expect(d.lines).toEqual({ ...loaded.lines, classified: { ...loaded.lines.classified } });
      const classified = Object.values(d.lines.classified).reduce((a, b) => a + b, 0);
      expect(d.lines.inRecords + classified + d.lines.unparsed.length).toBe(d.lines.total);
      for (const n of d.lines.unparsed) expect(listed.some((l) => l.startsWith(`corpus/${d.file}:${n}: `))).toBe(true);
      expected += d.lines.unparsed.length;
      // Every sentence of the shipped corpus is in a record.
      expect(d.sentences.missed).toEqual([]);
      expect(d.sentences.inRecords).toBe(d.sentences.total);
      // A quotation nobody can be named for is a record, and --unparsed says so on its line.
      const quoteLines = new Set(d.unattributed.map((q) => q.line));
      for (const n of quoteLines) expect(listed.some((l) => l.startsWith(`corpus/${d.file}:${n}: `) && l.endsWith('[quote with no speaker]'))).toBe(true);
      expected += quoteLines.size;
    }
    expect(listed).toHaveLength(expected);
  });
});
