import type { Command } from 'commander';
import type { RecordType } from '../../model/record.js';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';
import { addFilterOptions, hasFilters, parseStaticFilters, resolveCorpusFilters, type FilterOptionValues } from './filtering.js';

interface DocsOptions extends FilterOptionValues {
  format: string;
}

export function registerDocs(program: Command, io: Io, run: Run): void {
  const cmd = program.command('docs').description('list the corpus documents with their metadata and record counts');
  addFilterOptions(cmd);
  cmd
    .addOption(formatOption(['table', 'json', 'ndjson', 'csv']))
    .addHelpText(
      'after',
      `
With filters, only the documents that have a record the filters select are
listed, and their counts are of those records.

Examples:
  $ quarry docs
  $ quarry docs --speaker CZ --type quote      # where CZ is quoted, and how often
  $ quarry docs --year 2020..
  $ quarry docs --format csv > docs.csv
  $ quarry docs --format json | jq -r '.[] | "\\(.id)\\t\\(.date // .year)"'

Exit status: 0 documents printed, 1 none matched, 2 usage error.`,
    )
    .action(async (opts: DocsOptions, command: Command) =>
      run(async () => {
        const g = command.optsWithGlobals<GlobalOptions>();
        const base = await parseStaticFilters(opts);
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const filters = await resolveCorpusFilters(opts, base.filters, corpus);
        let docs = corpus.documents.map((d) => ({ doc: d, counts: d.counts as Record<RecordType, number> }));
        if (hasFilters(filters)) {
          const { matchesFilters } = await import('../../query/filters.js');
          const counts = new Map<string, Record<RecordType, number>>();
          for (const r of corpus.records) {
            if (!matchesFilters(r, filters)) continue;
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
      }),
    );
}
