/**
 * An AMA recap's segments, each title boxed between two rules with no blank line around it
 * ("━━━━━━" / "4️⃣ SEGMENT 4 — CLOSING" / "━━━━━━"). Before, the title read as more of the last
 * answer above it and no record had its segment as section (probe34-a's finding a18, in
 * test/fixtures/probe34/a/telegram-ama-recap-okavango-pay.txt); a Markdown "-----" box already
 * worked, being a setext heading.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a segment title boxed between two rules', () => {
  it('heads the records under it in the Telegram recap, and no answer holds it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe34', 'a'), ['telegram-ama-recap-okavango-pay.txt']);
    const records = c.records.filter((r) => r.doc === 'telegram-ama-recap-okavango-pay');
    expect(records.filter((r) => /SEGMENT/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.question?.startsWith('Any last words'))?.section).toBe('4️⃣ SEGMENT 4 — CLOSING');
  });

  it('in other words, with rules of "=" and of "━"', () => {
    for (const rule of ['==========', '━━━━━━━━━━']) {
      const text = ['Town hall recap, 4 May 2025', '', 'Chair: How did the library do in 2024?', '', 'Ines Moura: Visits rose 12%.', '', rule, 'PART TWO: BUDGET', rule, '', 'Chair: What will 2026 cost?', '', 'Ines Moura: About €2 million.', ''].join('\n');
      const records = loadCorpus(tempCorpus({ 'townhall.txt': text })).records;
      expect(records.map((r) => [r.text, r.section])).toEqual([
        ['Visits rose 12%.', null],
        ['About €2 million.', 'PART TWO: BUDGET'],
      ]);
    }
  });
});
