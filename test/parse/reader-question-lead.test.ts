/**
 * A column of readers' questions, each heading numbered and led by who sent it ("#### 1. From Sana
 * in Leeds: How did you …?"). The number and the lead were read as words of the question, and
 * nobody asked it. The lead names the asker; a described sender ("From an anonymous reader") names
 * nobody, and the lead is still no part of the question.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a reader's question led by its sender", () => {
  it('names the asker and keeps the lead out of the question', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['ask-the-founder.md']);
    const qa = c.records.filter((r) => r.doc === 'ask-the-founder' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker, r.question])).toEqual([
      [14, 'Oren Blau', 'Sana', 'How did you find your first customers?'],
      [20, 'Oren Blau', 'Tomás', 'Did you ever think of quitting?'],
      [25, 'Oren Blau', null, 'What would you do differently?'],
      [30, 'Oren Blau', 'Priya', 'Is the marketplace model dead?'],
      [35, 'Oren Blau', 'Dan', "What's next for you?"],
    ]);
  });

  it('reads the shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'reader-mailbag.md': [
        '# Mailbag: Ines Carvalho takes your questions', '', '*Ines Carvalho runs the Lisbon ferry co-operative. We sent her five of your questions.*', '',
        '## Question from Marco Bell (Turin): Why did ticket prices rise in 2022?', '', 'Fuel. Our fuel bill doubled in eighteen months, and we raised fares by 12% to cover part of it.', '',
        '## From a commuter in Barreiro: Will the night boat come back?', '', 'Yes, from October, on Fridays and Saturdays only at first.', '',
        '## From Ada, Porto: Do you still row?', '', 'Every Sunday morning, weather allowing.', '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.question])).toEqual([
      ['Marco Bell', 'Why did ticket prices rise in 2022?'],
      [null, 'Will the night boat come back?'],
      ['Ada', 'Do you still row?'],
    ]);
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['Ines Carvalho']));
  });

  it('takes a lone word with no place for a sender only where the page leads its questions so twice or more', () => {
    const c = loadCorpus(tempCorpus({
      'paris.md': '# Travel questions answered\n\n## From Paris: Is the Louvre open on Mondays?\n\nNo, it closes on Tuesdays.\n\n## What about Rome?\n\nThe Vatican Museums close on Sundays.\n',
      'mailbag.md': '# Mailbag\n\n## From Sana: Why did fares rise?\n\nFuel, mostly.\n\n## From Tom: Will the night boat return?\n\nYes, in October.\n',
    }));
    const qa = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa').map((r) => [r.asker, r.question]);
    // (review55: "From Paris" made Paris the asker)
    expect(qa('paris')[0]).toEqual([null, 'From Paris: Is the Louvre open on Mondays?']);
    expect(qa('mailbag')).toEqual([['Sana', 'Why did fares rise?'], ['Tom', 'Will the night boat return?']]);
  });
});
