import type { Command } from 'commander';
import type { QuarryRecord } from '../../model/record.js';
import type { RenderEnv } from '../../render/check.js';
import { RECORD_CSV_HEADER, recordCsvRow } from '../../render/csv.js';
import type { Output } from '../../render/formats/index.js';
import { recordJson } from '../../render/json.js';
import { renderEnv, type Io } from '../context.js';
import { writeOutput } from '../shared.js';
import { streamRecords, type FilterOptionValues, type SelectedElements } from './filtering.js';

interface ListOptions extends FilterOptionValues {
  format: string;
}

/** `quarry list`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: ListOptions, command: Command): Promise<number> {
  const sel = await streamRecords(opts, command, io, opts.format === 'json' || opts.format === 'ndjson');
  const { g, dir } = sel;
  const env = async () => renderEnv(g, io, dir);
  if (sel.elements) return writeOutput(io, opts.format, elementsOutput(sel.elements));
  if (sel.each && opts.format !== 'table') return writeOutput(io, opts.format, streamedOutput(limited(sel.each, sel.limit), env));
  let records = sel.records ?? [...sel.each!];
  if (sel.limit !== undefined) records = records.slice(0, sel.limit);
  return writeOutput(io, opts.format, recordsOutput(records, env));
}

function* limited<T>(items: Iterable<T>, limit: number | undefined): Generator<T> {
  if (limit === 0) return;
  let n = 0;
  for (const x of items) {
    yield x;
    if (++n === limit) return;
  }
}

/**
 * Records printed as they are read (json, ndjson, csv: each record is read,
 * printed and dropped); `count` is known once they are, which is when
 * writeOutput reads it. The same bytes as recordsOutput.
 */
function streamedOutput(records: Iterable<QuarryRecord>, env: () => Promise<RenderEnv>): Output {
  let count = 0;
  let started = false;
  const once = function* () {
    if (started) throw new Error('list: streamed records are printed once');
    started = true;
    for (const r of records) {
      count++;
      yield r;
    }
  };
  return {
    get count() {
      return count;
    },
    none: 'no records match',
    values: () => [...once()].map(recordJson),
    *each() {
      for (const r of once()) yield recordJson(r);
    },
    csv: () => ({
      header: RECORD_CSV_HEADER,
      rows: (function* () {
        for (const r of once()) yield recordCsvRow(r);
      })(),
    }),
    table: async () => (await import('../../render/records.js')).renderRecordsTable([...once()], await env()),
  };
}

/** The selection as the cache keeps it, JSON array elements: json and ndjson print them, parsing none. */
function elementsOutput(sel: SelectedElements): Output {
  const unparsed = (): never => {
    throw new Error('list: these records are printed from their JSON text (json, ndjson only)');
  };
  return {
    count: sel.count,
    none: 'no records match',
    values: unparsed,
    elements: sel.elements,
    table: unparsed,
  };
}

/** Records as an Output; only a table loads the table code. */
export function recordsOutput(records: readonly QuarryRecord[], env: () => Promise<RenderEnv>): Output {
  return {
    count: records.length,
    none: 'no records match',
    values: () => records.map(recordJson),
    *each() {
      for (const r of records) yield recordJson(r);
    },
    csv: () => ({
      header: RECORD_CSV_HEADER,
      rows: (function* () {
        for (const r of records) yield recordCsvRow(r);
      })(),
    }),
    table: async () => (await import('../../render/records.js')).renderRecordsTable([...records], await env()),
  };
}
