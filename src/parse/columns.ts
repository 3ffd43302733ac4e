/**
 * A fixed-width table saved as text: a header row of column names, a rule of dashes under it
 * whose gaps mark where each column starts, and rows whose cells wrap onto the lines below in
 * either column. Read where it says who said what (a speaker column and a said column); called
 * from `prose.ts` behind a cheap test (a line of dashes under the line).
 */
import { lazy } from '../model/regexp.js';
import { endsLikeSentence, normalizeSpace } from './text.js';

/** A rule of two or more runs of dashes: "-----------  -------------". */
const DASH_RULE = lazy(() => /^\s*-{3,}(?:\s+-{3,})+\s*$/);
const SPEAKER_COLUMN = lazy(() => /^(?:speaker|who|name|person|source)$/i);
const SAID_COLUMN = lazy(() => /^(?:quotes?|quotations?|statements?|remarks?|what (?:they|he|she) said|said)$/i);

export interface ColumnRow {
  first: number;
  last: number;
  /** the speaker cell, its wrapped lines joined */
  who: string;
  /** the said cell, its wrapped lines joined */
  said: string;
}

/**
 * The who-said-what table whose header row is line `at`: its rule's line, its rows (a row
 * starts where the speaker column holds words and the said cell above ended its sentence or
 * its bracketed source; any other line goes on with the row above, in both columns), and its
 * last line. Null where line `at` is no such header.
 */
export function whoSaidWhatTable(lines: readonly string[], at: number, end: number): { rule: number; rows: ColumnRow[]; last: number } | null {
  const rule = lines[at + 1];
  if (rule === undefined || !DASH_RULE().test(rule)) return null;
  // The second column starts where the rule's second run of dashes does.
  const split = /^\s*-+\s+/.exec(rule)![0].length;
  const header = lines[at]!;
  const names = [header.slice(0, split), header.slice(split)].map((c) => normalizeSpace(c));
  if (!SPEAKER_COLUMN().test(names[0]!) || !SAID_COLUMN().test(names[1]!)) return null;
  const rows: ColumnRow[] = [];
  let k = at + 2;
  for (; k < end && lines[k]!.trim(); k++) {
    const line = lines[k]!;
    // A cell never starts inside the other column's words: the gap before the second column is blank.
    if (line.length > split && line[split - 1] !== ' ') return rows.length ? { rule: at + 1, rows, last: k - 1 } : null;
    const left = normalizeSpace(line.slice(0, split));
    const right = normalizeSpace(line.slice(split));
    const row = rows[rows.length - 1];
    if (!row || (left && (endsLikeSentence(row.said) || /\)$/.test(row.said)))) rows.push({ first: k, last: k, who: left, said: right });
    else {
      row.last = k;
      if (left) row.who = `${row.who} ${left}`;
      if (right) row.said = `${row.said} ${right}`;
    }
  }
  return rows.length ? { rule: at + 1, rows, last: k - 1 } : null;
}
