import type { Command } from 'commander';
import { RECORD_CSV_HEADER, recordCsvRow } from '../../render/csv.js';
import { renderEnv, UsageError, type GlobalOptions, type Io } from '../context.js';
import { openStore, warnLoadErrors, writeOutput } from '../shared.js';
import { findRecord } from './analysis-common.js';
import { escapeControls } from '../../render/safe.js';
import { DEFAULT_CONTEXT } from '../defaults.js';

interface ShowOptions {
  format: string;
  context: string;
}


/** `quarry show`, run: the action registered in ../registry.ts. */
export async function action(io: Io, id: string, opts: ShowOptions, command: Command): Promise<number> {
  const g = command.optsWithGlobals<GlobalOptions>();
  const n = opts.context === undefined ? DEFAULT_CONTEXT : parseCount('--context', opts.context);
  const { dir, store } = await openStore(g, io);
  const corpus = store.head;
  warnLoadErrors(corpus, io, g);
  const record = await findRecord('show', store, id);
  const doc = corpus.documents.find((d) => d.id === record.doc)!;
  const { citationOf, contextLines, renderShow, showJson } = await import('../../render/show.js');
  const citation = citationOf(record, doc);
  let lines: string[] = [];
  // decoded as the loader decoded it (UTF-16, Windows-1252), so the lines are the record's lines
  const text = await store.documentText(doc);
  await store.close();
  if (text !== null) lines = text.split(/\r\n|\n|\r/);
  else io.stderr.write(`quarry: cannot read ${escapeControls(doc.file)} to show the lines around the record\n`);
  const context = contextLines(lines, record, n);
  const value = () => showJson(record, citation, context);
  await writeOutput(io, opts.format, {
    count: 1,
    none: '',
    values: () => [value()],
    jsonValue: value,
    csv: () => ({ header: RECORD_CSV_HEADER, rows: [recordCsvRow(record)] }),
    table: async () => renderShow(record, doc, citation, context, await renderEnv(g, io, dir)),
  });
  return 0;
}

function parseCount(flag: string, value: string): number {
  const v = value.trim();
  if (!/^\d+$/.test(v) || !Number.isSafeInteger(Number(v))) throw new UsageError(`${flag}: '${value}' is not a whole number (accepts 0, 1, 2, …)`);
  return Number(v);
}
