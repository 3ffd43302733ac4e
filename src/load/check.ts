/**
 * `check`'s verdict on a loaded corpus: per document, its shape, records by
 * type and line coverage; overall, whether every document parsed. Pure data:
 * the render stage formats it and the CLI decides the exit code.
 */
import type { Corpus, Problem } from './load.js';
import type { LineKind, RecordType } from '../model/record.js';

export interface CheckedDocument {
  id: string;
  file: string;
  title: string;
  shape: string | null;
  records: Record<RecordType, number>;
  lines: {
    total: number;
    inRecords: number;
    classified: Partial<Record<LineKind, number>>;
    unparsed: number[];
  };
  /** share of non-blank body lines in a record or classified, 0..1 */
  coverage: number;
  ok: boolean;
}

export interface CheckReport {
  ok: boolean;
  documents: CheckedDocument[];
  errors: number;
  warnings: number;
  problems: Problem[];
}

export function checkCorpus(corpus: Corpus, opts: { strict?: boolean } = {}): CheckReport {
  const problems = corpus.problems.map((p) => (opts.strict && p.severity === 'warning' ? { ...p, severity: 'error' as const } : p));
  const errorFiles = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const documents = corpus.documents.map((d): CheckedDocument => {
    const classified = Object.values(d.lines.classified).reduce((a, b) => a + (b ?? 0), 0);
    return {
      id: d.id,
      file: d.file,
      title: d.meta.title,
      shape: d.shape,
      records: { ...d.counts },
      lines: { total: d.lines.total, inRecords: d.lines.inRecords, classified: { ...d.lines.classified }, unparsed: [...d.lines.unparsed] },
      coverage: d.lines.total ? (d.lines.inRecords + classified) / d.lines.total : 1,
      ok: d.ok && !errorFiles.has(d.file),
    };
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return { ok: errors === 0, documents, errors, warnings, problems };
}
