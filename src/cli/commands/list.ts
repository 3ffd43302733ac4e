import type { Command } from 'commander';
import { RECORD_TYPES, type RecordType } from '../../model/record.js';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { collect, formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';

export function registerList(program: Command, io: Io, run: Run): void {
  program
    .command('list')
    .description('print every record, in document order')
    .option('-t, --type <types>', 'record types: qa, quote, claim (comma list or repeated)', collect)
    .option('-d, --doc <id>', 'only records of these documents (comma list or repeated)', collect)
    .addOption(formatOption(['table', 'json', 'ndjson']))
    .addHelpText(
      'after',
      `
Examples:
  $ quarry list --type quote
  $ quarry list --doc btcpeers-he-yi-2021 --type qa
  $ quarry list --format json | jq '[.[] | select(.years | index(2017))] | length'

Exit status: 0 records printed, 1 none matched, 2 usage error.`,
    )
    .action(async (opts: { type?: string[]; doc?: string[]; format: string }, cmd: Command) =>
      run(async () => {
        const g = cmd.optsWithGlobals<GlobalOptions>();
        const types = opts.type ?? [];
        for (const t of types)
          if (!RECORD_TYPES.includes(t as RecordType)) throw new UsageError(`--type: unknown record type '${t}' (accepts: ${RECORD_TYPES.join(', ')})`);
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const docIds = new Set(corpus.documents.map((d) => d.id));
        for (const d of opts.doc ?? [])
          if (!docIds.has(d)) throw new UsageError(`--doc: no document '${d}' (see quarry docs; known: ${[...docIds].join(', ')})`);
        const records = corpus.records.filter(
          (r) => (types.length === 0 || types.includes(r.type)) && (!opts.doc || opts.doc.includes(r.doc)),
        );
        const rr = await import('../../render/records.js');
        if (opts.format === 'json') io.stdout.write(rr.toJson(records.map(rr.recordJson)));
        else if (opts.format === 'ndjson') io.stdout.write(rr.toNdjson(records.map(rr.recordJson)));
        else io.stdout.write(rr.renderRecordsTable(records, await renderEnv(g, io, dir)));
        return records.length ? 0 : 1;
      }),
    );
}
