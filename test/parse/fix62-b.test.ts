/**
 * Community Q&A write-ups that probe50-b left (fix62-b):
 * - a Reddit AMA saved as Markdown whose top-level comments are headed by a Markdown heading
 *   ("### u/salt_and_diesel · 2.4k points"): before, no such heading was a comment header, so the
 *   OP's intro swallowed the first answer, the questions were claims and the header a claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe50', 'b');
const pick = (r: { line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string }) => ({
  line: r.line,
  type: r.type,
  speaker: r.speaker,
  asker: r.asker ?? null,
  question: r.question ?? null,
  text: r.text,
});

describe('a Reddit AMA saved as Markdown, each top-level comment under a heading', () => {
  it('pairs each question with the OP\'s answer, the asker the heading\'s handle', () => {
    const c = fixtureCorpus(DIR, ['reddit-ama-tidewater-ferries-2023.md']);
    const records = c.records.filter((r) => r.doc === 'reddit-ama-tidewater-ferries-2023');
    const OP = 'u/TidewaterMarguerite';
    expect(records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 13, type: 'qa', speaker: OP, asker: 'u/salt_and_diesel', question: 'Why does the 7:40 from Kells Point get cancelled every other Monday? I have literally been late to work 9 times since June.', text: expect.stringMatching(/^Honest answer: crewing\. .* fixes a lot of it\.$/) },
      { line: 21, type: 'qa', speaker: OP, asker: 'u/salt_and_diesel', question: "$28.50 still seems low for a job where you're up at 4 am?", text: expect.stringMatching(/^It's not where I want it\./) },
      { line: 29, type: 'qa', speaker: OP, asker: 'u/quietharbor', question: 'When are the hybrid boats actually coming? We were promised 2022.', text: expect.stringMatching(/^The first one, the Heron, is in sea trials now\./) },
      { line: 37, type: 'qa', speaker: OP, asker: 'u/gullwing_77', question: "What's the weirdest thing you've found on a boat?", text: expect.stringMatching(/^A live goat in the car deck, 2016\./) },
      { line: 57, type: 'qa', speaker: OP, asker: 'u/fernandonorth', question: 'Do you ride the ferry yourself?', text: expect.stringMatching(/^Every day, the 6:55 from Marrow Bay\./) },
    ]);
    // The intro is the OP's post and ends before the first comment: the first answer is no part of it.
    const intro = records.find((r) => r.line === 3)!;
    expect(intro.type).toBe('quote');
    expect(intro.text).not.toContain('Honest answer');
    // No comment header is anyone's claim.
    expect(records.filter((r) => /points$/.test(r.text))).toEqual([]);
    // A reply of someone else's under a deleted question stays theirs.
    expect(records.filter((r) => r.line === 49).map(pick)).toEqual([{ line: 49, type: 'quote', speaker: 'u/bilge_rat_ops', asker: null, question: null, text: expect.stringMatching(/^Not OP but I work the Kells run/) }]);
    const doc = c.documents.find((d) => d.id === 'reddit-ama-tidewater-ferries-2023')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: "##" headings, other handles and scores', () => {
    const text = [
      '# We are the keepers of the Hollin Vale cider orchard, 600 trees and 11 varieties. Ask us anything',
      '',
      '**r/IAmA** · Posted by u/HollinValeCider · 2 May 2021',
      '',
      'Hello! Our orchard has been in the family since 1962. Ask about grafting, frost, or pressing day.',
      '',
      '---',
      '',
      '## u/pomme_fan · 512 points',
      '',
      'How many litres does one tree give in a good year?',
      '',
      '> **u/HollinValeCider** (OP) · 301 points',
      '>',
      '> About 90 litres from an old standard tree, less than half that from the young ones.',
      '>',
      '> > **u/pomme_fan** · 44 points',
      '> >',
      '> > And in a bad year?',
      '> >',
      '> > > **u/HollinValeCider** (OP) · 39 points',
      '> > >',
      '> > > In 2019 the frost took nearly everything. We pressed 800 litres in total.',
      '',
      '## u/grafter_kim · 87 points',
      '',
      'Do you still graft by hand?',
      '',
      '> **u/HollinValeCider** (OP) · 60 points',
      '>',
      '> Every scion, every March. It takes three of us about a week.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'orchard-ama.md': text }));
    const OP = 'u/HollinValeCider';
    expect(c.records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 9, type: 'qa', speaker: OP, asker: 'u/pomme_fan', question: 'How many litres does one tree give in a good year?', text: 'About 90 litres from an old standard tree, less than half that from the young ones.' },
      { line: 17, type: 'qa', speaker: OP, asker: 'u/pomme_fan', question: 'And in a bad year?', text: 'In 2019 the frost took nearly everything. We pressed 800 litres in total.' },
      { line: 25, type: 'qa', speaker: OP, asker: 'u/grafter_kim', question: 'Do you still graft by hand?', text: 'Every scion, every March. It takes three of us about a week.' },
    ]);
  });

  it('a heading that is a date or a title stays a heading', () => {
    const text = ['# Notes', '', '## March 3, 2021', '', 'We met at 10 and agreed the budget.', '', '## 12 comments', '', 'Nothing else was said.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'notes.md': text }));
    expect(c.records.map((r) => [r.line, r.speaker])).toEqual([
      [5, null],
      [9, null],
    ]);
  });
});
