/**
 * `check`'s verdict on a loaded corpus: per document, its shape, records by
 * type and line coverage; overall, whether every document parsed. Pure data:
 * the render stage formats it and the CLI decides the exit code.
 */
import type { Corpus, Problem } from './load.js';
import { isNotice } from '../model/corpus.js';
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
  /** sentences on lines that are not page chrome; missed: those no record holds, by file line */
  sentences: { total: number; inRecords: number; missed: { line: number; text: string }[] };
  /** share of those sentences every word of which a record citing the line holds, 0..1 */
  sentenceCoverage: number;
  /** quotes nobody could be named for: line and words (check --unparsed lists them) */
  unattributed: { line: number; text: string }[];
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
  const problems = corpus.problems.map((p) => (opts.strict && p.severity === 'warning' && !isNotice(p) ? { ...p, severity: 'error' as const } : p));
  const errorFiles = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const quotesBy = new Map<string, { line: number; text: string }[]>();
  for (const r of corpus.records) {
    if (r.type !== 'quote' || r.speaker !== null) continue;
    const list = quotesBy.get(r.doc);
    if (list) list.push(r);
    else quotesBy.set(r.doc, [r]);
  }
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
      sentences: { total: d.sentences.total, inRecords: d.sentences.inRecords, missed: d.sentences.missed.map((m) => ({ ...m })) },
      sentenceCoverage: d.sentences.total ? d.sentences.inRecords / d.sentences.total : 1,
      unattributed: (quotesBy.get(d.id) ?? []).map((r) => ({ line: r.line, text: r.text })),
      ok: d.ok && !errorFiles.has(d.file),
    };
  });
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.filter((p) => p.severity === 'warning').length;
  return { ok: errors === 0, documents, errors, warnings, problems };
}
