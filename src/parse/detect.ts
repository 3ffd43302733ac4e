/**
 * Shape detection, by structure alone: a TSV header row naming a Content
 * column; otherwise recurring speaker labels; otherwise prose. Front matter
 * `format:` overrides it.
 */
import type { DocumentFormat } from '../model/corpus.js';
import type { SpeakerRegistry } from '../model/speakers.js';
import { splitLines } from './text.js';
import { readTsvHeader } from './tsv.js';
import { matchLabel, turnLabels } from './transcript.js';

const ROLE_LABEL = /^(host|interviewer|moderator|q|question|a|answer|guest|interviewee)$/i;

/** How many turns a label needs before a document counts as a transcript. */
const MIN_TURNS = 3;

export function detectShape(body: string, registry: SpeakerRegistry): DocumentFormat {
  const lines = splitLines(body);
  if (readTsvHeader(lines)) return 'tsv';
  const labels = turnLabels(lines, (n) => registry.has(n));
  // Count only labels that open turns with words of their own or lead into a paragraph,
  // so a page's "Note:" or "Source:" lines do not make it a transcript.
  // A transcript has one label that recurs (MIN_TURNS times or more), or two labels
  // that alternate at least twice each (a short exchange "Host:/Ann:/Host:/Ann:").
  let recurring = 0;
  let paired = 0;
  for (const [, n] of labels) {
    if (n >= MIN_TURNS) recurring++;
    if (n >= 2) paired++;
  }
  const labelled = lines.filter((l) => {
    const m = matchLabel(l);
    return !!m && labels.has(m.label);
  }).length;
  // Or a short exchange between named people: a host who asks twice and two guests
  // who answer once each ("Host:/He Yi:/Host:/CZ:"), where the labels are roles or
  // speakers the corpus or the front matter knows.
  const named = [...labels.keys()].filter((l) => registry.has(l) || ROLE_LABEL.test(l)).length;
  const exchange = labels.size >= 2 && named >= 2 && [...labels.values()].some((n) => n >= 2);
  if (labelled >= MIN_TURNS && (recurring >= 1 || paired >= 2 || exchange)) return 'transcript';
  return 'prose';
}
