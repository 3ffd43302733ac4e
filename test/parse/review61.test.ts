/**
 * review61: rules of today's changes that fired too wide (fixtures: test/fixtures/review61/).
 *
 * 1. A short capitals label ("IT:", "US:") became a title-case name ("It", "Us") wherever the text
 *    wrote that word in title case, a sentence's first word included ("It took two nights."). Only a
 *    word inside a sentence names someone ("And Dev is on line two", "Go ahead, Tor.").
 * 2. An agent noun as a described speaker ("my instructor said") took machines and instruments too:
 *    "“No,” our server said", "my thermometer said", "my fitness-tracker said".
 * 3. THEN_ADDED gave a second quotation to the first one's speaker across a second subject:
 *    "“…,” Park said, and the union's Lee Sun-hee told reporters, adding: “…”" is not Park's.
 * 4. A Q&A sheet's per-row dates read a bookkeeping column ("Date added") as when the words were said.
 * 5. A roll line ("Witness: NAME, Office.") read as metadata where the document's "Witness:" is a voice
 *    answering questions (a deposition's "Witness: Mr. Reese, Ms. Shaw." was lost as an answer).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'review61');

describe('a short capitals label stays as it is where its title-case form only opens sentences', () => {
  it('keeps "IT" and "US" in the call notes', () => {
    const records = fixtureCorpus(PROBE, ['it-migration-call-2025.txt']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'qa', 'IT', 'PM'],
      [7, 'qa', 'IT', 'PM'],
      [11, 'quote', 'US', null],
    ]);
    expect(records[0]).toMatchObject({ text: 'The servers are moved. It took two nights.' });
  });

  it('in other words: "HE:" and "ME:" over sentences opening on "He" and "Me", while "Kai" inside a sentence names "KAI:"', () => {
    const text = [
      'Rehearsal notes, 9 October 2023',
      '',
      'ME: Right, from the top of scene two. He enters on the left.',
      '',
      'HE: He would never enter from there. Me, I would wait in the wings.',
      '',
      'ME: Fine. Then Kai comes on with the lamp.',
      '',
      'KAI: With the lamp lit, or not?',
      '',
      'ME: Lit.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'rehearsal-notes.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'quote', 'ME', null],
      [5, 'quote', 'HE', null],
      [7, 'quote', 'ME', null],
      [9, 'qa', 'ME', 'Kai'],
    ]);
    expect(records[1]).toMatchObject({ text: 'He would never enter from there. Me, I would wait in the wings.' });
  });
});

describe('machines and instruments are no described speakers', () => {
  it('leaves the server, the thermometer and the fitness-tracker nobody, one former operator a speaker', () => {
    const records = fixtureCorpus(PROBE, ['depot-gadgets-2024.md']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [5, 'claim', null],
      [7, 'quote', null],
      [9, 'claim', null],
      [11, 'claim', null],
      [13, 'quote', null],
      [15, 'quote', 'one former operator'],
    ]);
    expect(records[5]).toMatchObject({ text: 'We ran it into the ground' });
  });

  it('in other words: a router, a pressure-meter and a checklist say nothing, "my old instructor" does', () => {
    const text = [
      '# A week offline',
      '',
      'By Joel Asante',
      '',
      '“Connection lost,” the office router said for the third time.',
      '',
      '“Twelve bar,” my pressure-meter said before the valve blew.',
      '',
      '“Check the seals first,” my checklist said, so I did.',
      '',
      '“Never trust a gauge,” my old instructor said.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'offline-week-2022.md': text })).records;
    // (the writer's own sentences are the byline's claims, as before)
    expect(records.filter((r) => r.speaker !== null && r.speaker !== 'Joel Asante').map((r) => [r.line, r.type, r.speaker, r.text])).toEqual([[11, 'quote', 'my old instructor', 'Never trust a gauge']]);
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'quote', speaker: null, text: 'Check the seals first' });
  });
});

describe('a quotation added after a second subject is not the first speaker\'s', () => {
  it('keeps Lee\'s "Not yet" apart from Park\'s quote; Haddad\'s own "before adding" still joins', () => {
    const records = fixtureCorpus(PROBE, ['ferry-talks-2024.md']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.text])).toEqual([
      [5, 'quote', 'Park', 'We won the vote'],
      [5, 'quote', null, "Not yet, we haven't."],
      [7, 'quote', 'Omar Haddad', 'Fares are frozen. Until June.'],
    ]);
  });

  it('in other words: "Ruiz said, and the treasurer told councillors, adding:" is not Ruiz\'s; "Ruiz told the board, then added:" is', () => {
    const text = [
      '# Budget night',
      '',
      'By Mara Lindqvist',
      '',
      '“The budget balances,” Ruiz said, and the council treasurer Theo Brandt told councillors, adding: “It does not.”',
      '',
      '“We cut nothing,” Ruiz told the board, then added: “Not one post.”',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'budget-night-2021.md': text })).records;
    // (the treasurer's words stay in the record's context, findable, as before the rule)
    expect(records.map((r) => [r.line, r.type, r.speaker, r.text])).toEqual([
      [5, 'quote', 'Ruiz', 'The budget balances'],
      [7, 'quote', 'Ruiz', 'We cut nothing. Not one post.'],
    ]);
    expect(records[0]!.context).toContain('It does not.');
  });
});

describe('a bookkeeping date column dates no row', () => {
  it('leaves "Date added" out of the rows\' years', () => {
    const records = fixtureCorpus(PROBE, ['oral-history-faq-date-added.tsv']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.year, r.text])).toEqual([
      [2, 'qa', 'Luisa Matos', null, 'In Porto, in a flat above the bakery.'],
      [3, 'qa', 'Luisa Matos', null, 'A baker, like my father.'],
    ]);
  });

  it('in other words: "Date entered" dates no row, while a plain "Date" still dates each', () => {
    const kept = ['Date entered\tQuestion\tAnswer', '2019-02-11\tHow did the mill start?\tWith two looms.', '2022-08-30\tWho ran it?\tMy aunt Rosa.'].join('\n');
    const said = ['Date\tQuestion\tAnswer', '2019-02-11\tHow did the mill start?\tWith two looms.', '2022-08-30\tWho ran it?\tMy aunt Rosa.'].join('\n');
    const records = loadCorpus(tempCorpus({ 'mill-faq.tsv': kept, 'mill-log.tsv': said })).records;
    expect(records.filter((r) => r.doc === 'mill-faq').map((r) => [r.line, r.type, r.year])).toEqual([
      [2, 'qa', null],
      [3, 'qa', null],
    ]);
    expect(records.filter((r) => r.doc === 'mill-log').map((r) => [r.line, r.type, r.year])).toEqual([
      [2, 'qa', 2019],
      [3, 'qa', 2022],
    ]);
  });
});

describe('a roll key the document uses as a voice', () => {
  it('keeps a deposition\'s "Witness: Mr. Reese, Ms. Shaw." an answer, no roll line', () => {
    const records = fixtureCorpus(PROBE, ['deposition-witness-label-2022.txt']).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [3, 'qa', 'Harold Finch', 'Counsel', 'No.'],
      [7, 'qa', 'Harold Finch', 'Counsel', 'Mr. Reese, Ms. Shaw.'],
      [11, 'qa', 'Harold Finch', 'Counsel', 'Carl Elias, Depot Manager.'],
      [15, 'quote', 'Counsel', null, 'Thank you.'],
    ]);
  });

  it('in other words: a quiz\'s "Panel: George Eliot." answers the host, as the panel\'s other turn does (a qa record sits on its question\'s line)', () => {
    const text = [
      'Quiz night recording, 14 February 2024',
      '',
      'Host: First round. Who wrote Middlemarch?',
      '',
      'Panel: George Eliot.',
      '',
      'Host: And who painted The Hay Wain?',
      '',
      'Panel: We think it was Constable, but we argued.',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'quiz-night.txt': text })).records;
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.text])).toEqual([
      [3, 'qa', 'Panel', 'Host', 'George Eliot.'],
      [7, 'qa', 'Panel', 'Host', 'We think it was Constable, but we argued.'],
    ]);
  });
});
