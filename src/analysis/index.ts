/**
 * The analysis stage: cross-source reading of records. Pure functions over
 * the records `loadCorpus` returns; nothing here prints, reads files or keeps
 * state between calls. One file per command:
 *
 *   kwic.ts       keyword in context
 *   timeline.ts   dated events in time order, agreeing and conflicting sources
 *   related.ts    the most similar records from other documents
 *   compare.ts    one subject's records, grouped by source, with their figures
 *   conflicts.ts  candidate contradictions between sources
 *
 * and the shared machinery they rest on:
 *
 *   text.ts       words, stop words, stemming, event concepts
 *   discourse.ts  records → statements (sentences, table rows) with figures,
 *                 clauses, people, entities and inherited dates
 *   subject.ts    what a figure is about, and whether two are about the same thing
 *   compat.ts     when two figures of one kind disagree
 */
export { kwic, type KwicLine, type KwicOptions } from './kwic.js';
export { timeline, type TimelineEvent, type TimelineOptions } from './timeline.js';
export { related, type Related, type RelatedOptions } from './related.js';
export { compare, subjectMatcher, type CompareEntry, type CompareGroup } from './compare.js';
export { conflicts, MIN_CONFIDENCE, type Conflict, type ConflictOptions, type ConflictSide } from './conflicts.js';
