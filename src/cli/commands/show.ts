import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import type { Corpus } from '../../load/load.js';
import type { QuarryRecord } from '../../model/record.js';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { openCorpus, warnLoadErrors } from '../shared.js';
import { escapeControls } from '../../render/safe.js';
import { DEFAULT_CONTEXT } from '../registry.js';

interface ShowOptions {
  format: string;
  context: string;
}


/** `quarry show`, run: the action registered in ../registry.ts. */
export async function action(io: Io, id: string, opts: ShowOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const n = opts.context === undefined ? DEFAULT_CONTEXT : parseCount('--context', opts.context);
  const { dir, corpus } = await openCorpus(g, io);
  warnLoadErrors(corpus, io);
  const record = await findRecord(corpus, id);
  const doc = corpus.documents.find((d) => d.id === record.doc)!;
  const { citationOf, contextLines, renderShow, showJson } = await import('../../render/show.js');
  const citation = citationOf(record, doc);
  let lines: string[] = [];
  try {
    lines = readFileSync(doc.path, 'utf8').replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  } catch {
    io.stderr.write(`quarry: cannot read ${escapeControls(doc.file)} to show the lines around the record\n`);
  }
  const context = contextLines(lines, record, n);
  if (opts.format === 'json' || opts.format === 'ndjson') {
    const { toJsonValue, toNdjson } = await import('../../render/json.js');
    const value = showJson(record, citation, context);
    io.stdout.write(opts.format === 'json' ? toJsonValue(value) : toNdjson([value]));
  } else if (opts.format === 'csv') {
    const c = await import('../../render/csv.js');
    io.stdout.write(c.toCsv(c.RECORD_CSV_HEADER, [c.recordCsvRow(record)]));
  } else {
    io.stdout.write(renderShow(record, doc, citation, context, await renderEnv(g, io, dir)));
  }
  return 0;
}

function parseCount(flag: string, value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`${flag}: '${value}' is not a whole number (accepts 0, 1, 2, …)`);
  return Number(v);
}

/**
 * The record with this id: exactly, in any case, or by the part after the
 * document ("qa-0c1d2e3f", or just the hash) when only one record has it.
 * Unknown → a usage error listing close ids.
 */
async function findRecord(corpus: Corpus, input: string): Promise<QuarryRecord> {
  const id = input.trim();
  const records = corpus.records;
  const exact = records.find((r) => r.id === id) ?? records.find((r) => r.id.toLowerCase() === id.toLowerCase());
  if (exact) return exact;
  const lower = id.toLowerCase();
  if (id && !id.includes('/')) {
    const local = (r: QuarryRecord) => r.id.slice(r.id.indexOf('/') + 1).toLowerCase();
    const hash = (r: QuarryRecord) => local(r).replace(/^[a-z]+-/, '');
    const found = records.filter((r) => local(r) === lower || hash(r) === lower);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) throw new UsageError(`show: '${escapeControls(id)}' is the id of ${found.length} records: ${found.map((r) => r.id).join(', ')}`);
  }
  const { closeMatches } = await import('../../query/distance.js');
  const close = closeMatches(
    lower,
    records.flatMap((r) => [
      { key: r.id.toLowerCase(), label: r.id },
      { key: r.id.slice(r.id.indexOf('/') + 1).toLowerCase(), label: r.id },
    ]),
  );
  const hint = close.length ? ` (did you mean: ${close.join(', ')}?)` : ' (ids are printed by quarry list and quarry search)';
  throw new UsageError(`show: no record '${escapeControls(id)}'${hint}`);
}
