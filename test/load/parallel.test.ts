/**
 * Parsing on worker threads gives the serial load's corpus, in corpus order.
 * The tests run the compiled modules (vitest.config.ts), beside which the
 * compiled worker is; the thresholds are lowered so that a five-document
 * corpus goes parallel.
 */
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { parallelPlan } from '../../src/load/parallel.js';
import { CORPUS, ROOT, tempCorpus } from '../helpers.js';

const LOW = { minBytes: 0, minFiles: 2, workers: 1 };

/** The shipped documents, one twice under another extension (two ids that keep their extensions), and an empty file (a document's error). */
function corpusWithProblems(): string {
  const dir = tempCorpus({ 'empty.md': '', 'nested/notes.md': '---\ntitle: Notes\n---\n' });
  for (const name of readdirSync(CORPUS)) copyFileSync(join(CORPUS, name), join(dir, name));
  copyFileSync(join(CORPUS, 'life-at-binance.txt'), join(dir, 'life-at-binance.md'));
  return dir;
}

const comparable = (c: ReturnType<typeof loadCorpus>) => JSON.stringify({ documents: c.documents, records: c.records, problems: c.problems });

describe('parallel load', () => {
  it('is planned from the built modules with lowered thresholds, never below the thresholds', () => {
    const files = [{ id: 'a', name: 'a.md', path: '/a.md' }, { id: 'b', name: 'b.md', path: '/b.md' }];
    expect(parallelPlan(files, 10, LOW)).toMatchObject({ workers: 1, script: join(ROOT, 'dist', 'load', 'worker.js') });
    expect(parallelPlan(files, 10, { ...LOW, minBytes: 11 })).toBeNull();
    expect(parallelPlan(files, 10, { ...LOW, minFiles: 3 })).toBeNull();
    expect(parallelPlan(files, 10, false)).toBeNull();
    expect(parallelPlan([{ ...files[0]!, bytes: Buffer.from('x') }, files[1]!], 10, LOW)).toBeNull();
  });

  it('gives the serial corpus: documents, records and problems (file and line) in corpus order', () => {
    const dir = corpusWithProblems();
    const serial = loadCorpus(dir, { parallel: false });
    const progress: number[] = [];
    const parallel = loadCorpus(dir, { parallel: LOW, onProgress: (p) => progress.push(p.done) });
    expect(comparable(parallel)).toBe(comparable(serial));
    // the cases the comparison must cover are there
    expect(serial.documents.map((d) => d.id).filter((id) => id.startsWith('life-at-binance'))).toEqual(['life-at-binance.md', 'life-at-binance.txt']);
    expect(serial.problems).toContainEqual({ file: 'empty.md', line: null, severity: 'error', message: 'empty file' });
    expect(serial.records.length).toBeGreaterThan(100);
    // one call per document, counting up to all of them
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
