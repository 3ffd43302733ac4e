/**
 * Publishing and literary documents, probe103-a: an oral history whose voices are set in bold with
 * their part in lower case ("**Brenda Kerr, co-founder:**"); a prize ceremony's transcript whose
 * acceptance speech stands under its part in capitals and the winner's name ("ACCEPTANCE SPEECH" /
 * "Niamh Carrick"), the header crediting the jury's chair who reads the citation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; section?: string | null };
const DIR = join(FIXTURES, 'probe103', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an oral history\'s voices in bold, "**Brenda Kerr, co-founder:**", the part in lower case', () => {
  const records = fixtureCorpus(DIR, ['oral-history.txt']).records as Rec[];

  it('gives each first turn to the name before its part, the label no words of it', () => {
    expect(at(records, 7)).toMatchObject({ type: 'quote', speaker: 'Brenda Kerr', text: expect.stringMatching(/^We started it in my kitchen/) });
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Alec Forsyth', text: expect.stringMatching(/^Brenda says half a ton/) });
    expect(records.some((r) => /co-founder:/.test(r.text))).toBe(false);
  });

  it('ends the turn above at the next voice: the poet, the editor and the shop manager speak for themselves', () => {
    expect(at(records, 11)).toMatchObject({ speaker: 'Brenda Kerr', endLine: 11 });
    expect(at(records, 15)).toMatchObject({ type: 'quote', speaker: 'Sorley Macrae' });
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Ishbel Grant', text: expect.stringMatching(/^I came to Gannet in 1991/) });
    expect(at(records, 23)).toMatchObject({ type: 'quote', speaker: 'Farah Siddiqui', text: expect.stringMatching(/^The shop came out of the press/) });
  });

  it('in other words: a bookshop\'s history, a part with its years and one of three words', () => {
    const dir = tempCorpus({
      'shop.txt': [
        'Night Trains: An Oral History of the Kestrel Bookshop',
        '',
        'The shop opened in 1972 above a launderette and closed in 2015.',
        '',
        '**Joan Petty, founder:** I had four hundred books and a kettle.',
        '',
        '**Dev Anand, bookseller, 1980–1994:** Joan hired me because I could carry boxes.',
        '',
        '**Maria Lund, customer and later owner:** I came in for a map and stayed thirty years.',
        '',
        '**Joan Petty:** We never had a till. We had a biscuit tin.',
        '',
        '**Dev Anand:** The tin was stolen twice.',
        '',
        '**Maria Lund:** When Joan retired she sold it to me for a pound.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(at(recs, 5)).toMatchObject({ type: 'quote', speaker: 'Joan Petty', text: 'I had four hundred books and a kettle.' });
    expect(at(recs, 7)).toMatchObject({ type: 'quote', speaker: 'Dev Anand' });
    expect(at(recs, 9)).toMatchObject({ type: 'quote', speaker: 'Maria Lund', text: 'I came in for a map and stayed thirty years.' });
  });
});

describe('a prize ceremony: "ACCEPTANCE SPEECH" over the winner\'s name, under the chair\'s citation', () => {
  const records = fixtureCorpus(DIR, ['prize-ceremony.txt']).records as Rec[];

  it('keeps the citation the chair\'s, whom the header credits', () => {
    expect(at(records, 8)).toMatchObject({ type: 'claim', speaker: 'Alasdair Finch' });
    expect(at(records, 16)?.speaker).toBe('Alasdair Finch');
  });

  it('gives the acceptance speech to the winner its heading names, the part and the name no claim', () => {
    expect(at(records, 23)).toMatchObject({ type: 'claim', speaker: 'Niamh Carrick', section: 'ACCEPTANCE SPEECH' });
    expect(records.filter((r) => r.line >= 23).every((r) => r.speaker !== 'Alasdair Finch')).toBe(true);
    expect(at(records, 33)?.speaker).toBe('Niamh Carrick');
    expect(at(records, 20)).toBeUndefined();
    expect(at(records, 21)).toBeUndefined();
  });

  it('in other words: a retirement dinner\'s toast and the reply under "VOTE OF THANKS"', () => {
    const dir = tempCorpus({
      'dinner.txt': [
        'RETIREMENT DINNER FOR THE HEAD LIBRARIAN',
        'Speech by Gordon Pell, Chair of Trustees',
        '',
        'Friends, we are here to thank a colleague who has kept this library open through three floods.',
        '',
        'She started here in 1989 and never once lost a book she could not find again.',
        '',
        'VOTE OF THANKS',
        'Imelda Rourke',
        '',
        'Thank you all. I did lose a book once, in 1994, and I am not going to tell you which.',
        '',
        'I will miss the readers most of all.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(at(recs, 4)?.speaker).toBe('Gordon Pell');
    expect(at(recs, 11)?.speaker).toBe('Imelda Rourke');
    expect(at(recs, 13)?.speaker).toBe('Imelda Rourke');
  });
});

describe('a rights guide: blurbs in single quotation marks, then "A CONVERSATION WITH MIRA SOLANKI"', () => {
  const records = fixtureCorpus(DIR, ['rights-guide.txt']).records as Rec[];

  it('signs each blurb by the paper or the writer after its dash, a one-word blurb no heading', () => {
    expect(at(records, 16)).toMatchObject({ type: 'quote', speaker: 'the Guardian', text: expect.stringMatching(/^A triumph\. Solanki writes/) });
    expect(at(records, 22)).toMatchObject({ type: 'quote', speaker: "Maggie O'Farrell", text: 'Extraordinary.' });
    expect(records.some((r) => r.section?.includes('Extraordinary'))).toBe(false);
  });

  it('answers the questions under the conversation heading as the author it names', () => {
    expect(at(records, 28)).toMatchObject({ type: 'qa', speaker: 'Mira Solanki', question: 'Where did The Glass Orchard begin?', text: expect.stringMatching(/^With a photograph of my grandmother/) });
    expect(at(records, 40)).toMatchObject({ type: 'qa', speaker: 'Mira Solanki', question: 'What are you writing next?' });
    expect(records.filter((r) => r.line >= 28).every((r) => r.type === 'qa')).toBe(true);
  });

  it("in other words: a press kit's \"In conversation with\" and a blurb in curly single marks", () => {
    const dir = tempCorpus({
      'kit.txt': [
        'THE LONG FIELD by Ada Brenner',
        '',
        'A farming family loses its land in the winter of 1963.',
        '',
        '‘Quietly magnificent.’ — The Spectator',
        '',
        'In conversation with Ada Brenner',
        '',
        'Why farming?',
        '',
        'Because my grandparents farmed and lost it all.',
        '',
        'How long did it take?',
        '',
        'Seven years, two of them spent in a library in Ely.',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(at(recs, 5)).toMatchObject({ type: 'quote', speaker: 'the Spectator', text: 'Quietly magnificent.' });
    expect(at(recs, 9)).toMatchObject({ type: 'qa', speaker: 'Ada Brenner', question: 'Why farming?' });
    expect(at(recs, 13)).toMatchObject({ type: 'qa', speaker: 'Ada Brenner' });
  });
});

describe('a translator\'s note: "which Hallam had mostly removed, she wrote in March 2013:" over the letter', () => {
  const records = fixtureCorpus(DIR, ['translator-note.txt']).records as Rec[];

  it('gives the letter to the woman the paragraph names, never the man the clause passes', () => {
    expect(at(records, 17)).toMatchObject({ type: 'quote', speaker: 'Ilse Brandauer', text: expect.stringMatching(/^Leave them in\./) });
    expect(at(records, 11)).toMatchObject({ type: 'quote', speaker: 'Peter Hallam' });
  });

  it('in other words: "which Marek had cut, he replied in 1998:", Marek the woman quoted above', () => {
    const dir = tempCorpus({
      'note.txt': [
        'A Note on the Text',
        '',
        'I first wrote to Tomasz Wielki in 1997 about the epigraphs.',
        '',
        'Anna Marek translated the poems in 1990. In her preface she wrote that "English readers will not put up with epigraphs."',
        '',
        'Wielki answered every letter for ten years. On the epigraphs, which Marek had cut, he replied in 1998:',
        '',
        '"Put them back. A poem without its epigraph is a house without a door."',
        '',
      ].join('\n'),
    });
    const recs = loadCorpus(dir).records as Rec[];
    expect(at(recs, 5, 'quote')?.speaker).toBe('Anna Marek');
    expect(at(recs, 9)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wielki' });
  });
});
