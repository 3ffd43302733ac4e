/**
 * News attribution, probe53-a: American news's party-and-state tag after a legislator's name
 * ("Sen. Dale Broussard, R-Idaho, …, called …") is no speaker; a match report's line-ups at its foot
 * ("Dunmore Athletic: Ward; Pearce, …", "Goals: Cairns 31.") make no transcript of the report; a
 * quotation credited by the next sentence of its own paragraph ("“…” Those were the words of NAME")
 * is that person's; "“…,” the statement said." after a paragraph crediting a claim to whoever issued
 * the statement is theirs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'probe53', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a party and state after a legislator\'s name', () => {
  const records = fixtureCorpus(DIR, ['us-senate-wildfire-bill-2021.txt']).records as Rec[];

  it('credits the legislator, never "R-Idaho", and reads the tag as an appositive before "said"', () => {
    expect(at(records, 15, 'quote')).toMatchObject({ speaker: 'Dale Broussard', text: 'a fair deal for rural counties.' });
    expect(at(records, 37, 'claim')).toMatchObject({ speaker: 'Luis Ocampo', text: expect.stringMatching(/^Rep\. Luis Ocampo, D-N\.M\., who is sponsoring/) });
    // unchanged: the tag after the verb, and the writer's own sentence naming one
    expect(at(records, 11, 'quote')?.speaker).toBe('Carla Whitmore');
    expect(at(records, 23, 'claim')?.speaker).toBe('Jennifer Alcott');
  });

  it('in other words: other parties, states and verbs', () => {
    const text = [
      'Budget deal in doubt',
      '',
      'By Marcus Hale',
      'March 3, 2023',
      '',
      'Rep. Anita Soto, R-Texas, said, "This bill spends $90 billion we do not have."',
      '',
      'Sen. Owen Pike, I-Vt., who chairs the panel, told reporters the vote would slip to April.',
      '',
      'Sen. Lara Quist, D-N.Y., called the plan "a gift to the banks."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'budget-2023.txt': text })).records as Rec[];
    expect(at(got, 6, 'quote')).toMatchObject({ speaker: 'Anita Soto', text: expect.stringContaining('$90 billion') });
    expect(at(got, 8, 'claim')?.speaker).toBe('Owen Pike');
    expect(at(got, 10, 'quote')).toMatchObject({ speaker: 'Lara Quist', text: 'a gift to the banks.' });
  });
});

describe("a match report's line-ups", () => {
  const c = fixtureCorpus(DIR, ['sports-cup-quarterfinal-2024.txt']);
  const records = c.records as Rec[];

  it('leave the report prose: the teams and "Goals" are no speakers', () => {
    expect(c.documents[0]!.shape).toBe('prose');
    for (const line of [46, 47, 49, 50]) expect(at(records, line)).toMatchObject({ type: 'claim', speaker: 'Sam Prentice' });
    expect(records.some((r) => r.speaker === 'Goals' || r.speaker === 'Dunmore Athletic')).toBe(false);
    // the quotes above them keep their speakers
    expect(at(records, 16, 'quote')?.speaker).toBe('Graham Tully');
    expect(at(records, 24, 'quote')?.speaker).toBe('Mirela Novak');
  });

  it('in other words: a rugby report with a title colon, scorers and a referee', () => {
    const para = (n: number) => `The visitors pressed for long spells in the ${n}th minute of the second half and were held out by a defence that gave nothing away all afternoon.`;
    const text = [
      'Premiership: Harlow 24-19 Kenwick',
      '',
      'By Tess Aldous',
      '9 November 2024',
      '',
      para(5),
      '',
      '"We never stopped believing," said Harlow coach Rob Ennis after the game on Saturday.',
      '',
      para(6),
      '',
      para(7),
      '',
      'Harlow: Dean; Moss, Carver, Obi, Pratt; Lund, Kaye.',
      'Tries: Moss 2, Obi.',
      'Kenwick: Ruiz; Fane, Holt, Mehta, Cole; Burr, Vance.',
      'Tries: Fane, Holt.',
      'Referee: Carl Denning.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rugby-2024.txt': text }));
    expect(got.documents[0]!.shape).toBe('prose');
    expect(at(got.records as Rec[], 8, 'quote')?.speaker).toBe('Rob Ennis');
    expect(at(got.records as Rec[], 15)).toMatchObject({ type: 'claim', speaker: 'Tess Aldous' });
  });
});

describe('a quotation credited by the next sentence of its paragraph', () => {
  it('is the credited person\'s, not the last speaker\'s, and a quotation after the credit goes on in that voice', () => {
    const local = fixtureCorpus(DIR, ['ward-gazette-library-closure-2023.txt']).records as Rec[];
    expect(at(local, 32, 'quote')).toMatchObject({ speaker: 'Imran Qureshi', text: 'We are not going to let it go quietly.' });
    const us = fixtureCorpus(DIR, ['us-senate-wildfire-bill-2021.txt']).records as Rec[];
    expect(at(us, 33, 'quote')).toMatchObject({ speaker: 'Brenda Tolliver', text: "My town lost 400 homes in one night. I don't need another study. I need crews." });
  });

  it('in other words', () => {
    const text = [
      'Ferry route saved',
      '',
      'By Ines Barros',
      '4 April 2022',
      '',
      'Harbour master Colm Tierney said the ferry would run until 2030.',
      '',
      '"This island lives or dies by that boat." The words belonged to Nuala Brennan, who runs the post office. "Now we can breathe."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ferry-2022.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Nuala Brennan', text: 'This island lives or dies by that boat. Now we can breathe.' });
  });
});

describe('"the statement said" after a claim credited to its issuer', () => {
  it('is the issuer\'s quotation', () => {
    const records = fixtureCorpus(DIR, ['feature-split-quotes-flood-2022.txt']).records as Rec[];
    expect(at(records, 28, 'quote')).toMatchObject({ speaker: 'the Association of British Insurers', text: expect.stringMatching(/^Every claim is different\./) });
  });

  it('in other words: a port authority\'s statement', () => {
    const text = [
      'Mill owner responds',
      '',
      'By Dara Quinn',
      '2 May 2021',
      '',
      'The Halden Port Authority said in a statement that the quay had passed every inspection since 2018.',
      '',
      '"We have nothing to hide," the statement said.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill-2021.txt': text })).records as Rec[];
    expect(at(got, 6, 'claim')?.speaker).toBe('the Halden Port Authority');
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'the Halden Port Authority', text: 'We have nothing to hide' });
  });
});
