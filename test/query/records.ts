/** Tiny records for query tests. */
import type { QuarryRecord } from '../../src/model/record.js';

let n = 0;

export function rec(partial: Partial<QuarryRecord> = {}): QuarryRecord {
  n++;
  return {
    id: `doc/c-${n.toString(16).padStart(8, '0')}`,
    type: 'claim',
    text: '',
    speaker: null,
    role: null,
    question: null,
    asker: null,
    askerRole: null,
    context: null,
    year: null,
    years: [],
    date: null,
    doc: 'doc',
    section: null,
    topics: [],
    line: n,
    endLine: n,
    figures: [],
    ...partial,
  };
}
