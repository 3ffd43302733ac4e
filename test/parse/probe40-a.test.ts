/**
 * probe40-a: documents as real files carry them (CRLF and lone CRs, a BOM, tabs, non-breaking and
 * zero-width spaces, soft hyphens, form feeds, hard-wrapped lines, stray emphasis marks), read so
 * that nothing grep finds is lost or misread.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe40', 'a');

describe('a Q&A whose answers go unlabelled but for one stray "A:"', () => {
  // Before: the one "A:" near the end made every answer above it part of the first question
  // (one qa at line 10 whose question ran to the table, its answer only the last paragraph).
  it('pairs every bold question with the paragraphs under it, in the lighthouse Q&A', () => {
    const c = fixtureCorpus(DIR, ['lighthouse-keeper-qa-2023.md']);
    const qa = c.records.filter((r) => r.doc === 'lighthouse-keeper-qa-2023' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.question])).toEqual([
      [10, 'How many keepers were on the rock?'],
      [14, 'What did you eat?'],
      [18, 'Were you ever frightened?'],
      [22, 'The numbers?'],
    ]);
    expect(qa[0]!.text).toMatch(/^Three, on a rotation of four weeks on/);
    expect(qa[1]!.text).toMatch(/^Tinned everything\./);
    expect(qa[2]!.text).toMatch(/^Once\. January 1993/);
    // The table and the one labelled answer below it are the last question's answer.
    expect(qa[3]!.text).toContain('| 2001 | 1 506 | 451 |');
    expect(qa[3]!.text).toContain('Traffic fell every year after the radar came in.');
  });

  it('in other words: plain "Q:" questions, answers below them, one "A:" in the middle', () => {
    const text = [
      '# Five minutes with a ferry pilot',
      '',
      'Q: How long have you piloted the Selkirk crossing?',
      '',
      'Since 2006. Before that I crewed on the freight run to Ardmore.',
      '',
      'Q: What is the hardest part of the route?',
      '',
      'The sandbar off Callow Point. It moves every spring.',
      '',
      'Q: Did the new terminal help?',
      '',
      'A: Not much. We lost 14 minutes a trip queuing at the ramp.',
      '',
      'Q: Would you do it again?',
      '',
      'Every day of the week.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ferry.md': text })).records.filter((r) => r.type === 'qa');
    expect(records.map((r) => [r.line, r.question, r.text])).toEqual([
      [3, 'How long have you piloted the Selkirk crossing?', 'Since 2006. Before that I crewed on the freight run to Ardmore.'],
      [7, 'What is the hardest part of the route?', 'The sandbar off Callow Point. It moves every spring.'],
      [11, 'Did the new terminal help?', 'Not much. We lost 14 minutes a trip queuing at the ramp.'],
      [15, 'Would you do it again?', 'Every day of the week.'],
    ]);
  });
});

describe('a zero-width space at the end of a line', () => {
  // Before: "Nothing else.\u200b" ended in no sentence's stop, so it was read as a heading: its
  // words left the union convenor's turn and became the section of the anchor's next turn.
  it('is no heading: the line is more of the turn, in the broadcast transcript', () => {
    const c = fixtureCorpus(DIR, ['evening-report-smelter-strike-2016.txt']);
    const records = c.records.filter((r) => r.doc === 'evening-report-smelter-strike-2016');
    expect(records.find((r) => r.line === 16)).toMatchObject({
      type: 'quote',
      speaker: 'Gretchen Abernathy-Sole',
      text: "We want the 2014 pension deal honoured. That's it. Nothing else.",
    });
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 21)).toMatchObject({ speaker: 'Cordelia Bannerman-White', section: null });
  });

  it('in other words: a word joiner after a short closing line, Name: labels', () => {
    const text = [
      'Moderator: Where were you when the bridge closed?',
      '',
      'Imogen Farrant: On the night bus, in 2011. We sat there for an hour.',
      'Then we walked.\u2060',
      '',
      'Moderator: And the council?',
      '',
      'Imogen Farrant: They wrote to us in March.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'bridge.txt': text })).records;
    // (The turn keeps its line break and the joiner, words the file holds.)
    expect(records.map((r) => [r.line, r.type, r.speaker, r.section, r.text.replace(/\u2060/g, '').replace(/\s+/g, ' ')])).toEqual([
      [1, 'qa', 'Imogen Farrant', null, 'On the night bus, in 2011. We sat there for an hour. Then we walked.'],
      [6, 'qa', 'Imogen Farrant', null, 'They wrote to us in March.'],
    ]);
  });
});

describe('a named person, a clause about them between commas, a predicate and a colon', () => {
  // Before: "Ignatius Mbeki-Lorde, who runs the hardware store on Canal Street, worried about the
  // debt: “Who fixes …?”" gave the quotation to nobody; a name with one comma after it was read.
  it('gives the quotation to the name, in the news story', () => {
    const c = fixtureCorpus(DIR, ['mill-town-water-vote-2017.md']);
    const records = c.records.filter((r) => r.doc === 'mill-town-water-vote-2017');
    expect(records.find((r) => r.text.startsWith('Who fixes'))).toMatchObject({
      type: 'quote',
      line: 20,
      speaker: 'Ignatius Mbeki-Lorde',
      text: 'Who fixes the treatment plant when it breaks in 2031?',
    });
  });

  it('in other words: "Name, who …, fretted about …:", "Name, the porter, shrugged at …:"', () => {
    const text = [
      '---',
      'title: Clinic hours cut again',
      'author: Benedikt Aurelius',
      '---',
      '',
      'The county cut the clinic to three days a week in 2022, the second cut since 2019.',
      '',
      'Marisol Quintanilla, who has nursed at the Eastgate clinic since 2008, fretted about the winter: “Who staffs the night shift in January?”',
      '',
      'Others agreed. Kwabena Ashdown-Frye, the clinic porter, shrugged at the numbers: “We have heard all this before.”',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'clinic.md': text })).records;
    expect(records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.text])).toEqual([
      [8, 'Marisol Quintanilla', 'Who staffs the night shift in January?'],
      [10, 'Kwabena Ashdown-Frye', 'We have heard all this before.'],
    ]);
  });
});

describe('a quotation the writer forgot to close, last in its paragraph', () => {
  // Before: '… said Wilhelmina Osterhaus, 71, … "Now we pay for pipes.' (no closing mark, the next
  // paragraph no quotation) was the reporter's claim, the stray mark and all.
  it('is the quoted person’s, with the quotation before it, in the news story', () => {
    const c = fixtureCorpus(DIR, ['mill-town-water-vote-2017.md']);
    const records = c.records.filter((r) => r.doc === 'mill-town-water-vote-2017' && r.line === 11);
    expect(records.map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['quote', 'Wilhelmina Osterhaus', 'We were paying for their shareholders’ dividends. Now we pay for pipes.'],
    ]);
  });

  it('in other words: curly marks, the speaker after the verb; a long unclosed tail stays narration', () => {
    const text = [
      '---',
      'title: Recount ordered',
      'author: Petronella Vasquez-Abara',
      '---',
      '',
      'The recount in Ward 9 took four hours on Friday.',
      '',
      '“It was a fair fight,” said Oluwaseun Brandvold, the returning officer. “Nobody cheated.',
      '',
      'The final margin was 61 votes.',
      '',
      'He called it “the end” and left. "We never voted on anything like it, and I doubt we ever will, said one member in a hallway conversation that ran past midnight and covered the budget, the schools, the water and the roads, and the long history of the town before the mill closed in 1987 and the people left for the cities, one family after another, until only the old remained.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'recount.md': text })).records;
    expect(records.filter((r) => r.line === 8).map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['quote', 'Oluwaseun Brandvold', 'It was a fair fight. Nobody cheated.'],
    ]);
    expect(records.filter((r) => r.line === 12 && r.type === 'quote')).toEqual([]);
  });
});
