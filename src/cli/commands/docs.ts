import type { Command } from 'commander';
import type { RecordType } from '../../model/record.js';
import { docCsvHeader, docCsvRow } from '../../render/csv.js';
import { docJson } from '../../render/json.js';
import { escapeControls } from '../../render/safe.js';
import { isSkippedNotice } from '../../model/corpus.js';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { writeOutput } from '../shared.js';
import { hasFilters, selectRecords, type FilterOptionValues } from './filtering.js';

interface DocsOptions extends FilterOptionValues {
  format: string;
}

/** `quarry docs`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: DocsOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const { dir, corpus, filters, records } = await selectRecords(opts, command, io);
  // The list of documents says which files of the folder are none (a PDF, slides, photos): on
  // stderr, one line, so a script reading stdout gets the same JSON or CSV. Search and list stay
  // quiet: they answer a question about the records, and a script runs them again and again.
  for (const p of corpus.problems) if (isSkippedNotice(p)) io.stderr.write(`quarry: ${escapeControls(p.message)}\n`);
  let docs = corpus.documents.map((d) => ({ doc: d, counts: d.counts as Record<RecordType, number> }));
  if (hasFilters(filters)) {
    const counts = new Map<string, Record<RecordType, number>>();
    for (const r of records) {
      const c = counts.get(r.doc) ?? { qa: 0, quote: 0, claim: 0 };
      c[r.type]++;
      counts.set(r.doc, c);
    }
    docs = docs.filter(({ doc }) => counts.has(doc.id)).map(({ doc }) => ({ doc, counts: counts.get(doc.id)! }));
  }
  return writeOutput(io, opts.format, {
    count: docs.length,
    none: 'no documents match',
    values: () => docs.map(({ doc, counts }) => docJson(doc, counts)),
    csv: () => ({ header: docCsvHeader, rows: docs.map(({ doc, counts }) => docCsvRow(doc, counts)) }),
    table: async () => (await import('../../render/check.js')).renderDocsTable(docs.map(({ doc, counts }) => ({ ...doc, counts })), await renderEnv(g, io, dir)),
  });
}
