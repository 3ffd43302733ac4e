/**
 * The query language, lexed without regular expressions built from user input:
 *
 *   bitcoin entry           plain terms (ranked: see search.ts)
 *   "maternity leave"       a phrase: the words adjacent and in order
 *   -binance  -"hot pot"    exclude records containing the term or phrase
 *   meerkat OR meercat      at least one of the two (chains: a OR b OR c)
 *
 * Curly quotes work as straight ones; an unbalanced quote runs to the end of
 * the query; "OR" is an operator only in capitals and between two operands (a
 * lowercase "or" is a stop word). Anything else is text: `.*(` is three
 * punctuation marks and no term.
 */
import { unspacedWords } from '../index/tokenize.js';

export class QuerySyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'QuerySyntaxError';
  }
}

export interface ParsedQuery {
  /** plain terms as typed, without surrounding punctuation */
  terms: string[];
  /** quoted phrases, as their words */
  phrases: string[][];
  /** excluded terms; an excluded phrase is its words joined by one space */
  excluded: string[];
  /** OR groups: each member a term, or a phrase as its words joined by one space */
  anyOf: string[][];
}

/** Upper bounds that keep a pasted essay from turning into thousands of lookups. */
export const MAX_OPERANDS = 64;
export const MAX_PHRASE_WORDS = 64;
export const MAX_TERM_LENGTH = 100;

const QUOTES = new Set(['"', '“', '”', '„', '«', '»']);

interface Operand {
  kind: 'term' | 'phrase' | 'or';
  text: string;
  words?: string[];
  negated: boolean;
}

/** Strip leading and trailing characters that are not letters, digits or marks. */
export function trimPunctuation(s: string): string {
  // ASCII is decided by code (its letters and digits are [A-Za-z0-9], it has no marks): the
  // Unicode expressions cost a compile in every process that meets them, a warm search included
  if (!NON_ASCII.test(s)) {
    let from = 0;
    let to = s.length;
    while (from < to && !isAsciiAlnum(s.charCodeAt(from))) from++;
    while (to > from && !isAsciiAlnum(s.charCodeAt(to - 1))) to--;
    return s.slice(from, to);
  }
  return s.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}\p{M}]+$/u, '');
}

const NON_ASCII = /[^\x00-\x7f]/;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function phraseWords(s: string): string[] {
  return s
    .split(/\s+/)
    .map(trimPunctuation)
    .filter(Boolean)
    .slice(0, MAX_PHRASE_WORDS);
}

function lex(q: string): Operand[] {
  const out: Operand[] = [];
  let i = 0;
  const n = q.length;
  while (i < n && out.length < MAX_OPERANDS * 2) {
    const ch = q[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if (ch === '-' && j + 1 < n && !/\s/.test(q[j + 1]!)) {
      negated = true;
      j++;
    }
    if (QUOTES.has(q[j]!)) {
      let k = j + 1;
      while (k < n && !QUOTES.has(q[k]!)) k++;
      const words = phraseWords(q.slice(j + 1, k));
      if (words.length) out.push({ kind: 'phrase', text: words.join(' '), words, negated });
      i = k + 1;
      continue;
    }
    let k = j;
    while (k < n && !/\s/.test(q[k]!) && !QUOTES.has(q[k]!)) k++;
    const chunk = q.slice(j, k);
    i = k;
    if (!negated && chunk === 'OR') {
      out.push({ kind: 'or', text: 'OR', negated: false });
      continue;
    }
    const text = trimPunctuation(chunk).slice(0, MAX_TERM_LENGTH);
    // Thai and the other scripts set without spaces index a run of words by its words (its parts):
    // several glued words asked for are those words in a row, as a phrase
    const glued = text && NON_ASCII.test(text) ? unspacedWords(text) : null;
    if (glued) {
      const words = glued.map((w) => w.segment).slice(0, MAX_PHRASE_WORDS);
      out.push({ kind: 'phrase', text: words.join(' '), words, negated });
    } else if (text) out.push({ kind: 'term', text, negated });
  }
  return out;
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x.toLowerCase() === b[i]!.toLowerCase());
}

export function parseQuery(q: string): ParsedQuery {
  const parsed: ParsedQuery = { terms: [], phrases: [], excluded: [], anyOf: [] };
  const ops = lex(typeof q === 'string' ? q : '');

  // Group positive operands joined by OR; an OR with no positive operand on one side is dropped.
  type Item = { op: Operand; group: number | null };
  const items: Item[] = [];
  let groupId = 0;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === 'or') continue;
    if (op.negated) {
      items.push({ op, group: null });
      continue;
    }
    const prevOp = ops[i - 1];
    const before = ops[i - 2];
    const prevItem = items[items.length - 1];
    if (prevOp?.kind === 'or' && before && before.kind !== 'or' && !before.negated && prevItem && prevItem.op === before) {
      if (prevItem.group === null) prevItem.group = ++groupId;
      items.push({ op, group: prevItem.group });
    } else {
      items.push({ op, group: null });
    }
  }

  const groups = new Map<number, string[]>();
  let operands = 0;
  for (const { op, group } of items) {
    if (operands >= MAX_OPERANDS) break;
    operands++;
    if (op.negated) {
      if (!parsed.excluded.some((e) => e.toLowerCase() === op.text.toLowerCase())) parsed.excluded.push(op.text);
    } else if (group !== null) {
      const members = groups.get(group) ?? [];
      if (!members.some((m) => m.toLowerCase() === op.text.toLowerCase())) members.push(op.text);
      groups.set(group, members);
    } else if (op.kind === 'phrase') {
      if (!parsed.phrases.some((p) => same(p, op.words!))) parsed.phrases.push(op.words!);
    } else if (!parsed.terms.some((t) => t.toLowerCase() === op.text.toLowerCase())) {
      parsed.terms.push(op.text);
    }
  }
  for (const members of groups.values()) {
    if (members.length === 1) {
      // "a OR a": a plain operand after all
      const only = members[0]!;
      if (only.includes(' ')) parsed.phrases.push(only.split(' '));
      else if (!parsed.terms.includes(only)) parsed.terms.push(only);
    } else parsed.anyOf.push(members);
  }
  return parsed;
}
