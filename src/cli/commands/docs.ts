import type { Command } from 'commander';
import type { RecordType } from '../../model/record.js';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { hasFilters, selectRecords, type FilterOptionValues } from './filtering.js';

interface DocsOptions extends FilterOptionValues {
  format: string;
}

/** `quarry docs`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: DocsOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const { dir, corpus, filters, records } = await selectRecords(opts, command, io);
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
  if (opts.format === 'json' || opts.format === 'ndjson') {
    const j = await import('../../render/json.js');
    const values = docs.map(({ doc, counts }) => j.docJson(doc, counts));
    io.stdout.write(opts.format === 'json' ? j.toJson(values) : j.toNdjson(values));
  } else if (opts.format === 'csv') {
    const { docCsvHeader, docCsvRow, toCsv } = await import('../../render/csv.js');
    io.stdout.write(toCsv(docCsvHeader, docs.map(({ doc, counts }) => docCsvRow(doc, counts))));
  } else if (docs.length) {
    const r = await import('../../render/check.js');
    io.stdout.write(r.renderDocsTable(docs.map(({ doc, counts }) => ({ ...doc, counts })), await renderEnv(g, io, dir)));
  } else {
    io.stderr.write('quarry: no documents match\n');
  }
  return docs.length ? 0 : 1;
}
