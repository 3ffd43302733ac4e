import type { Command } from 'commander';
import { UsageError, type GlobalOptions, type Io } from '../context.js';
import { asUsageAsync, databaseUrl, openCorpus, warnLoadErrors } from '../shared.js';
import { packageVersion } from '../context.js';

/** `quarry sync`, run: the action registered in ../registry.ts. */
export async function action(io: Io, _opts: Record<string, never>, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const url = databaseUrl(g, io);
  if (url === undefined) throw new UsageError('sync: needs a database: --db URL or QUARRY_DB (for example: quarry sync --db postgres://user@host/db)');
  const { parseDatabaseUrl } = await import('../../store/postgres/connect.js');
  await asUsageAsync(async () => parseDatabaseUrl(url)); // a bad URL before any loading
  const { corpus } = await openCorpus(g, io);
  warnLoadErrors(corpus, io, g);
  const { syncCorpus } = await import('../../store/postgres/sync.js');
  // a progress bar only on a terminal: a pipe or a log gets the summary line alone
  const tty = !!io.stderr.isTTY;
  let last = 0;
  const started = performance.now();
  const summary = await asUsageAsync(() =>
    syncCorpus(url, corpus, {
      version: packageVersion(),
      onWait: () => io.stderr.write('quarry: another sync is running; waiting for it to finish\n'),
      onProgress: tty
        ? (p) => {
            const now = performance.now();
            if (p.done < p.total && now - last < 100) return;
            last = now;
            const width = 30;
            const filled = p.total ? Math.round((p.done / p.total) * width) : width;
            io.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} documents, ${(p.bytes / 2 ** 20).toFixed(1)} MB`);
            if (p.done === p.total) io.stderr.write('\n');
          }
        : undefined,
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const parts = [`${summary.added} added`, `${summary.changed} changed`, `${summary.removed} removed`, `${summary.unchanged} unchanged`];
  io.stderr.write(`quarry: synced ${corpus.documents.length} documents (${parts.join(', ')}; ${summary.records} records written) in ${seconds.toFixed(1)} s\n`);
  return 0;
}
