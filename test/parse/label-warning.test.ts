/**
 * A speaker label nobody is registered for warns once per document, with the
 * number of turns it heads; --strict (checkCorpus strict) makes it an error.
 */
import { describe, expect, it } from 'vitest';
import { checkCorpus } from '../../src/load/check.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

function transcript(turns: number, label: string): string {
  const lines = ['---', 'title: A long talk', 'host: Bo', '---'];
  for (let i = 0; i < turns / 2; i++) {
    lines.push(`Host: What happened in week ${i + 1} of the listing review?`);
    lines.push(`${label}: We read ${i + 3} applications and turned most of them down for thin liquidity.`);
  }
  return lines.join('\n') + '\n';
}

describe('an unregistered speaker label', () => {
  it('warns once for a 200-turn transcript, at its first turn, with its count', () => {
    const corpus = loadCorpus(tempCorpus({ 'talk.md': transcript(200, 'Ann'), 'other.md': transcript(6, 'Zed') }));
    expect(corpus.problems).toEqual([
      { file: 'other.md', line: 6, severity: 'warning', message: "speaker label 'Zed' matches no known speaker (3 turns; add it to speakers.yml or the document's speakers)" },
      { file: 'talk.md', line: 6, severity: 'warning', message: "speaker label 'Ann' matches no known speaker (100 turns; add it to speakers.yml or the document's speakers)" },
    ]);
    expect(corpus.records.filter((r) => r.doc === 'talk')).toHaveLength(100);
    const loose = checkCorpus(corpus);
    expect([loose.ok, loose.errors, loose.warnings]).toEqual([true, 0, 2]);
    const strict = checkCorpus(corpus, { strict: true });
    expect([strict.ok, strict.errors, strict.warnings]).toEqual([false, 2, 0]);
  });

  it('says nothing for a registered label; two unknown labels in one document warn once each', () => {
    const registered = loadCorpus(tempCorpus({ 'a.md': transcript(10, 'Ann'), 'speakers.yml': 'Ann Lee:\n  aliases: [Ann]\n' }));
    expect(registered.problems).toEqual([]);
    const two = transcript(8, 'Ann') + 'Host: And the last week?\nCy: Quiet, for once: we listed nothing and slept well.\nHost: Really nothing?\nCy: Nothing at all, and nobody complained about it.\n';
    expect(loadCorpus(tempCorpus({ 'a.md': two })).problems.map((p) => [p.line, p.message.replace(/;.*/, '')])).toEqual([
      [6, "speaker label 'Ann' matches no known speaker (4 turns"],
      [14, "speaker label 'Cy' matches no known speaker (2 turns"],
    ]);
  });
});
