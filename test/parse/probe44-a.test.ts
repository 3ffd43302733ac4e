/**
 * News stories about named people (probe44-a). Two layouts of British and American papers:
 * - A tabloid's lead sets its subject's name in capitals ("DANNY HARWELL has revealed he …") and
 *   its byline's name too ("By KERRY MALONE, Chief Sports Reporter"). Before, the name in capitals
 *   was nobody the text knew: "Harwell" later stayed a bare surname, and "he said" under "Harwell
 *   … was furious with Brannigan" went to Brannigan, the one person named in full; the author was
 *   "KERRY MALONE".
 * - A local paper's byline with the writer's newsroom title on the line under it ("By Martin
 *   Kowalczyk" / "Staff Reporter"): the title headed every record of the story as its section.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe44', 'a');

describe('a lead naming its subject in capitals', () => {
  it('knows the subject in full: the surname and "he" later are them, in the tabloid', () => {
    const c = fixtureCorpus(DIR, ['tabloid-striker-2022.txt']);
    const at = (line: number) => c.records.find((r) => r.doc === 'tabloid-striker-2022' && r.line === line);
    expect(at(15)).toMatchObject({ type: 'quote', speaker: 'Danny Harwell' });
    expect(at(17)).toMatchObject({ type: 'quote', speaker: 'Danny Harwell' });
    expect(at(21)).toMatchObject({ type: 'claim', speaker: 'Danny Harwell' });
    // "Harwell, who …, admitted he was furious with Brannigan" / "\"I won't lie …,\" he said.": Harwell, not Brannigan.
    expect(at(23)).toMatchObject({ type: 'quote', speaker: 'Danny Harwell', text: expect.stringMatching(/^I won't lie, I wanted to have a go at him\./) });
    expect(at(31)).toMatchObject({ type: 'quote', speaker: 'Gary Fenwick' });
    // The byline's name in capitals, as names are written.
    expect(c.documents.find((d) => d.id === 'tabloid-striker-2022')!.meta.author).toBe('Kerry Malone');
    expect(at(11)).toMatchObject({ type: 'claim', speaker: 'Kerry Malone', text: expect.stringMatching(/^DANNY HARWELL has revealed/) });
  });

  it('in other words: a woman named in capitals, a comma after her name, another woman named in full', () => {
    const text = [
      'Bake-off champ reveals shop struggle',
      '',
      'By TESSA VARLEY, Showbiz Editor',
      '',
      'Published: 09:12, 3 April 2024',
      '',
      'MAUREEN O\'DOWD, 58, has told how she almost closed her Bristol bakery months after winning the television crown in 2019.',
      '',
      'The champion said sales fell by 40 per cent when a rival chain opened opposite, run by former contestant Carla Briggs.',
      '',
      'O\'Dowd, who now employs nine people, said she was angry with Briggs for a year.',
      '',
      '"I could not look at her shop without wanting to scream," she said. "Now we swap recipes."',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'bakeoff.txt': text }));
    const at = (line: number) => c.records.find((r) => r.line === line);
    expect(at(13)).toMatchObject({ type: 'quote', speaker: "Maureen O'Dowd", text: 'I could not look at her shop without wanting to scream. Now we swap recipes.' });
    expect(at(11)).toMatchObject({ type: 'claim', speaker: "Maureen O'Dowd" });
    expect(c.documents[0]!.meta.author).toBe('Tessa Varley');
  });
});

describe('a byline with the newsroom title under it', () => {
  it('keeps the title out of the sections, in the local paper', () => {
    const c = fixtureCorpus(DIR, ['local-councillor-pool-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'local-councillor-pool-2023');
    expect(records.filter((r) => r.section === 'Staff Reporter')).toEqual([]);
    expect(records.find((r) => r.line === 15)).toMatchObject({ type: 'quote', speaker: 'Loretta Banks', section: null });
    expect(records.find((r) => r.line === 19)).toMatchObject({ type: 'quote', speaker: 'Harold Pruitt', section: null });
  });

  it('in other words: a sports editor under a two-word byline, a real subhead later', () => {
    const text = [
      'MILLBROOK COURIER',
      'Monday, October 7, 2024',
      '',
      'Ferris wheel returns to county fair',
      '',
      'By Odile Brathwaite',
      'Sports Editor',
      '',
      'The Hollins County Fair will bring back its Ferris wheel next summer, fair manager Curtis Lamb said Friday.',
      '',
      '"People asked for it every single year," Lamb said.',
      '',
      'Parking',
      '',
      'The fair will add 300 parking spaces on the old quarry site, Lamb said.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'fair.txt': text }));
    expect(c.records.filter((r) => r.section === 'Sports Editor')).toEqual([]);
    expect(c.records.find((r) => r.line === 11)).toMatchObject({ type: 'quote', speaker: 'Curtis Lamb', text: 'People asked for it every single year', section: null });
    expect(c.records.find((r) => r.line === 15)).toMatchObject({ section: 'Parking' });
  });
});
