/**
 * `quarry stats` as data: no table code, no chalk.
 *
 * JSON: `{ by, total, counts, totals }`:
 * - `by`: the facets, in the order asked;
 * - `total`: the number of records counted (what the filters selected);
 * - `counts`: one object per combination of values that occurs, each facet's
 *   value under its name, then `count`: `{ "type": "qa", "year": 2021, "count": 120 }`;
 *   a record with no value for a facet (no speaker, no topic) counts under null;
 * - `totals`: per facet, each value's own count: `{ "type": [{ "type": "qa", "count": 130 }, …] }`.
 * `topic` and `mentions` count a record under each of its values.
 * CSV: the facets and `count`, one row per combination; null → empty cell.
 */
import type { Facet, FacetCounts, FacetValue } from '../query/stats.js';
import type { CsvCell } from './csv.js';

function rowObject(by: readonly Facet[], values: readonly FacetValue[], count: number): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  by.forEach((f, i) => (o[f] = values[i] ?? null));
  o.count = count;
  return o;
}

export function statsRowsJson(c: FacetCounts): Record<string, unknown>[] {
  return c.rows.map((r) => rowObject(c.by, r.values, r.count));
}

export function statsJson(c: FacetCounts): Record<string, unknown> {
  const totals: Record<string, unknown> = {};
  c.by.forEach((f, i) => (totals[f] = (c.values[i] ?? []).map((v) => rowObject([f], [v.value], v.count))));
  return { by: c.by, total: c.total, counts: statsRowsJson(c), totals };
}

export function statsCsvHeader(c: FacetCounts): string[] {
  return [...c.by, 'count'];
}

export function statsCsvRows(c: FacetCounts): CsvCell[][] {
  return c.rows.map((r) => [...r.values, r.count]);
}
