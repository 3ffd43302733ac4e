/**
 * A Markdown Q&A sets each question as a heading with its side's letter ("### Q: How many
 * journalists do you have now?") and the answers under "**A:**". The heading was no label: the
 * questions kept their "Q:" in their words, and one closing on its sender ("— *Jens, Aarhus*")
 * became a section heading, its answer a quote nobody asked for.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a question heading with its side letter', () => {
  it('is the asking side, its words without the letter', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ask-the-editor-q-headings.md']);
    const qa = c.records.filter((r) => r.doc === 'ask-the-editor-q-headings' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [8, 'Sofia Lindqvist', 'How many journalists do you have now?'],
      [12, 'Sofia Lindqvist', 'Do you use AI to write articles? — Jens, Aarhus'],
      [16, 'Sofia Lindqvist', 'What is the story you regret most?'],
      [20, 'Sofia Lindqvist', 'Will the paper survive?'],
    ]);
  });

  it('in other words: "## Q." headings over plain "A." answers; a part heading stays a heading', () => {
    const text = [
      '# Garden clinic with Omar Haddad',
      '',
      '## Part 1: Soil',
      '',
      '## Q. Why do my tomatoes split?',
      '',
      'A: Uneven watering. Water deeply twice a week, not a little every day.',
      '',
      '## Q. Is coffee good for roses?',
      '',
      'A: A little, dug in. Too much makes the soil sour.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'garden.md': text })).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.question])).toEqual([
      [5, 'Why do my tomatoes split?'],
      [9, 'Is coffee good for roses?'],
    ]);
    // The part heading is no voice.
    expect(records.some((r) => r.speaker === 'Part 1' || r.asker === 'Part 1')).toBe(false);
  });
});
