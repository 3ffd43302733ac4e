import type { Command } from 'commander';
import { renderEnv, type GlobalOptions, type Io } from '../context.js';
import { formatOption, openCorpus, warnLoadErrors, type Run } from '../shared.js';

export function registerDocs(program: Command, io: Io, run: Run): void {
  program
    .command('docs')
    .description('list the corpus documents with their metadata and record counts')
    .addOption(formatOption(['table', 'json', 'ndjson']))
    .addHelpText(
      'after',
      `
Examples:
  $ quarry docs
  $ quarry docs --format json | jq -r '.[] | "\\(.id)\\t\\(.date // .year)"'`,
    )
    .action(async (opts: { format: string }, cmd: Command) =>
      run(async () => {
        const g = cmd.optsWithGlobals<GlobalOptions>();
        const { dir, corpus } = await openCorpus(g, io);
        warnLoadErrors(corpus, io);
        const r = await import('../../render/check.js');
        const docs = corpus.documents;
        if (opts.format === 'json' || opts.format === 'ndjson') {
          const { toJson, toNdjson } = await import('../../render/records.js');
          const values = docs.map(r.docJson);
          io.stdout.write(opts.format === 'json' ? toJson(values) : toNdjson(values));
        } else {
          io.stdout.write(r.renderDocsTable(docs, await renderEnv(g, io, dir)));
        }
        return docs.length ? 0 : 1;
      }),
    );
}
