/**
 * Narrative paragraphs, wherever they occur (an article's body, an
 * interview's introduction, a summary above a transcript): attributed
 * quotations become quote records, and the remaining declarative sentences
 * become claims. Questions, exclamations and fragments state nothing and
 * become no record.
 */
import type { AttributionState } from './quotes.js';
import { analyseQuotes } from './quotes.js';
import type { DocBuilder } from './builder.js';
import { isQuestionSentence, normalizeSpace, wordCount, findQuoteSpans } from './text.js';

export interface NarrativeOptions {
  section: string | null;
  topics?: string[];
  /** who a claim is attributed to: the document's author or publisher */
  narrator: string | null;
  /** first and last body line of the paragraph */
  firstIdx: number;
  lastIdx?: number;
  /** emit quotes in the text's own voice ("I told him: …") as well as third parties' */
  keepSelfQuotes?: boolean;
  /** emit claims (false inside an answer, whose sentences belong to the answer) */
  claims?: boolean;
}

/** Minimum words for a sentence to count as a statement of fact. */
const MIN_CLAIM_WORDS = 5;

/** Leading list markers: "· ", "- ", "• ", "* ", "1) ". */
export function stripBullet(text: string): string {
  return text.replace(/^\s*(?:[·•*▪►–-]|\d+[.)])\s+/, '');
}

/**
 * Returns how many records the paragraph produced. When it produced none and
 * holds only questions or fragments, the caller may classify it rhetorical.
 */
export function narrate(b: DocBuilder, paragraph: string, state: AttributionState, opt: NarrativeOptions): { records: number; rhetorical: boolean } {
  const lastIdx = opt.lastIdx ?? opt.firstIdx;
  const text = stripBullet(paragraph);
  const analysis = analyseQuotes(text, state);
  let records = 0;
  for (const q of analysis.quotes) {
    if (q.self && !opt.keepSelfQuotes) continue;
    b.add({ type: 'quote', text: q.text, speaker: q.speaker, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
    records++;
  }
  let statements = 0;
  if (opt.claims !== false) {
    analysis.sentences.forEach((s, i) => {
      if (analysis.speechSentences.has(i)) return;
      const sentence = normalizeSpace(s.text);
      if (isQuestionSentence(sentence) || /!["”’]?$/.test(sentence)) return;
      // A sentence that is only a quotation nobody could be named for states nothing itself.
      const spans = findQuoteSpans(sentence);
      // The words outside the quotation marks, collected in one pass (cutting spans out one
      // by one copies the sentence per quote: quadratic in a sentence thick with quotes).
      let outside = '';
      let from = 0;
      for (const sp of spans) {
        outside += sentence.slice(from, sp.start) + ' ';
        from = sp.end;
      }
      outside += sentence.slice(from);
      if (spans.length > 0 && wordCount(outside) === 0) return;
      if (wordCount(sentence) < MIN_CLAIM_WORDS) return;
      statements++;
      b.add({ type: 'claim', text: sentence, speaker: opt.narrator, section: opt.section, topics: opt.topics ?? [] }, opt.firstIdx, lastIdx);
      records++;
    });
  }
  const rhetorical =
    records === 0 &&
    statements === 0 &&
    analysis.sentences.every((s) => isQuestionSentence(s.text) || /!["”’]?$/.test(s.text.trim()) || wordCount(s.text) < MIN_CLAIM_WORDS);
  return { records, rhetorical };
}
