/**
 * "Frage:" / "Antwort:" label the sides of a German interview as "Q:" / "A:" do an English one.
 * Before, "Frage" was read as an asking role but, with no interviewer known, became the asker's
 * name: every qa was asked by a person called "Frage". A side's word names nobody.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("the question side's word in other languages", () => {
  it('names no asker in a German interview', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['interview-weber-frage-antwort.txt']);
    const records = c.records.filter((r) => r.doc === 'interview-weber-frage-antwort');
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker, r.question])).toEqual([
      [3, 'qa', 'Jonas Weber', null, 'Wann haben Sie angefangen?'],
      [6, 'qa', 'Jonas Weber', null, 'Wie viele Mitarbeiter haben Sie heute?'],
    ]);
  });

  it('in other words: Dutch and Polish sides', () => {
    const dutch = ['Vraag: Wanneer begon u?', 'Antwoord: In 2012, in Utrecht.', '', 'Vraag: En nu?', 'Antwoord: We zijn met 60 mensen.', ''].join('\n');
    const polish = ['Pytanie: Kiedy pan zaczynał?', 'Odpowiedź: W 2010 roku, w Gdańsku.', '', 'Pytanie: A dziś?', 'Odpowiedź: Zatrudniamy 75 osób.', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'nl.txt': dutch, 'pl.txt': polish })).records;
    expect(records.map((r) => [r.doc, r.type, r.speaker, r.asker])).toEqual([
      ['nl', 'qa', null, null],
      ['nl', 'qa', null, null],
      ['pl', 'qa', null, null],
      ['pl', 'qa', null, null],
    ]);
  });
});
