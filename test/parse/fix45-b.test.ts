/**
 * Leftovers of probe35-a (fix45-b): quote collections about a person. A question opening on an
 * auxiliary verb ("Did NAME say "…"?") asks whether someone said the words: the auxiliary is no part
 * of a name (c2). Each shape is read in the probe's document and in a text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe35', 'a');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const at = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.line <= line && r.endLine >= line);
const speakersAt = (c: Corpus, doc: string, line: number) => at(c, doc, line).map((r) => `${r.type}:${r.speaker ?? null}`);

describe('a question opening on an auxiliary verb before a quotation (probe35-a c2)', () => {
  it("gives the quotation no speaker named by the auxiliary and the name after it", () => {
    const doc = 'quote-log-helix-grid';
    const c = fixtureCorpus(PROBE, [`${doc}.md`]);
    const got = speakersAt(c, doc, 43);
    expect(got.length).toBeGreaterThan(0);
    expect(got.some((s) => /Did /.test(s))).toBe(false);
    expect(got.some((s) => /^quote:/.test(s))).toBe(false);
  });

  it('reads questions in other words the same, and keeps a name that only looks like an auxiliary', () => {
    const dir = tempCorpus({
      'notes.md': [
        '# Research notes on the Ferreira profile',
        '',
        '## Open questions',
        '',
        'Ana Ferreira, CEO of Lumen, says her clients never leave: "zero churn" is the line.',
        '',
        '1. Does Ferreira say "zero churn" about 2023, or only about the fourth quarter?',
        '2. Would Ferreira tell investors "zero churn" again after the March outage?',
        '3. Will Okonjo told the board "the audit is finished and clean" in March 2022.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const doc = 'notes';
    for (const line of [7, 8]) {
      const got = speakersAt(c, doc, line);
      expect(got.length).toBeGreaterThan(0);
      expect(got.some((s) => /(?:Does|Would) /.test(s))).toBe(false);
      expect(got.some((s) => /^quote:/.test(s))).toBe(false);
    }
    expect(speakersAt(c, doc, 9)).toContain('quote:Will Okonjo');
  });
});
