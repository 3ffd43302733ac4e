/**
 * probe22 e: AMA and Q&A sessions exported as tables (Slido, Typeform / Google Forms, a Reddit
 * scrape, a European Excel semicolon CSV). Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const e = loadCorpus(join(FIXTURES, 'probe22', 'e'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.(?:csv|tsv|txt)$/, ''));

describe('a form column that asks the respondent\'s name is the respondent, no question (e-E1)', () => {
  it('fixture: every answer is its respondent\'s, and the name is no answer', () => {
    const rs = recordsOf(e, 'typeform-founder-survey-2024');
    expect(rs.filter((r) => r.question === 'What is your full name?')).toEqual([]);
    const kiln = rs.find((r) => r.text.startsWith('Raising prices by 22%'))!;
    expect(kiln.speaker).toBe("Sarah-Jane O'Rourke");
    expect(rs.find((r) => r.text.startsWith('Turning down a $40M'))!.speaker).toBe('Mei Tanaka');
    expect(rs.every((r) => r.speaker !== null)).toBe(true);
  });
  it('other words: a Google Forms export with "What\'s your name?"', () => {
    const rs = one(
      'staff-pulse-2023.csv',
      `Timestamp,What's your name?,Which team are you on?,What should leadership stop doing?
2023-03-01 09:14:02,Harriet Lomax,Finance,"Stop changing the quarterly targets after they are set. It happened three times in 2022."
2023-03-01 10:40:55,Desmond Achterberg,Warehouse,Stop scheduling all-hands at 7am when the night shift has just finished.
`,
    );
    expect(rs.filter((r) => r.question === "What's your name?")).toEqual([]);
    expect(rs.find((r) => r.text.startsWith('Stop changing'))!.speaker).toBe('Harriet Lomax');
    expect(rs.find((r) => r.text.startsWith('Stop scheduling'))!.speaker).toBe('Desmond Achterberg');
  });
});

describe('"answered by" in the languages exports come in: "Antwort durch", "Répondu par" (e-E2)', () => {
  it('fixture: each answer is the board member the row names', () => {
    const rs = recordsOf(e, 'hv-2025-fragen-antworten').filter((r) => r.type === 'qa');
    expect(rs.find((r) => r.text.startsWith('Production in Kattowitz'))!.speaker).toBe('Ulrike Saalfeld');
    expect(rs.find((r) => r.text.startsWith('Not in 2025'))!.speaker).toBe('Matthias Brenninkmeyer');
    expect(rs.find((r) => r.text.startsWith('Not in 2025'))!.role).toBe('CFO');
    expect(rs.find((r) => r.text.startsWith('Yes. Two thirds'))!.speaker).toBe('Gerlinde Aufhauser');
  });
  it('other words: a French semicolon export', () => {
    const rs = one(
      'ag-2024-questions.csv',
      `Question;Posée par;Réponse;Répondu par;Date
Pourquoi le dividende baisse-t-il ?;Marc Delorme;Parce que le flux de trésorerie a baissé de 12,5 % en 2023.;Claire Vasseur, directrice financière;12.06.2024
Quand ouvrira l'usine de Nantes ?;Sophie Garnier;En septembre 2025, avec 240 emplois.;Henri Lavigne;12.06.2024
`,
    );
    expect(rs.find((r) => r.text.startsWith('Parce que'))!.speaker).toBe('Claire Vasseur');
    expect(rs.find((r) => r.text.startsWith('Parce que'))!.asker).toBe('Marc Delorme');
    expect(rs.find((r) => r.text.startsWith('En septembre'))!.speaker).toBe('Henri Lavigne');
  });
});

describe('an answerer cell that gives a role after the name is the name and the role (e-E3)', () => {
  it('fixture: "Priya Raman (CFO)" is Priya Raman, CFO', () => {
    const r = recordsOf(e, 'slido-allhands-q3-2025').find((x) => x.text.startsWith('About 30 months'))!;
    expect(r.speaker).toBe('Priya Raman');
    expect(r.role).toBe('CFO');
  });
  it('other words: "Olu Adeyemi, VP Engineering" and "Ines Carvalho (Head of People)"', () => {
    const rs = one(
      'townhall-export-2024.csv',
      `Question,Author,Votes,Answer,Answered by,Created at
"When do we move to the new build system?",Anonymous,14,"In April. The pilot cut build times by 38%.","Olu Adeyemi, VP Engineering",2024-02-07 15:01
"Is the bonus pool smaller this year?",Anonymous,22,"No, it is the same as 2023.",Ines Carvalho (Head of People),2024-02-07 15:04
`,
    );
    const olu = rs.find((r) => r.text.startsWith('In April'))!;
    expect([olu.speaker, olu.role]).toEqual(['Olu Adeyemi', 'VP Engineering']);
    const ines = rs.find((r) => r.text.startsWith('No, it is'))!;
    expect([ines.speaker, ines.role]).toEqual(['Ines Carvalho', 'Head of People']);
  });
});

describe('an answer a shared account signs ("-LB", "- Adaeze") is the signer\'s, named in full where the thread names them (e-E4)', () => {
  it('fixture: the deputy commissioner\'s signed answers are his', () => {
    const rs = recordsOf(e, 'reddit-ama-transit-commissioner');
    expect(rs.find((r) => r.text.startsWith('Revenue service is now scheduled'))!.speaker).toBe('Luis Barragán');
    expect(rs.find((r) => r.text.startsWith('Yes. Tomorrow.'))!.speaker).toBe('Luis Barragán');
    expect(rs.find((r) => r.text.startsWith("That's our time!"))!.speaker).toBe('Adaeze Okonkwo-Hale');
    // unsigned answers stay the account's
    expect(rs.find((r) => r.text.startsWith('Short answer: the utility'))!.speaker).toBe('RiverCityDOT_Official');
  });
  it('other words: a museum account with two signing curators', () => {
    const rs = one(
      'ama-museum-2023.csv',
      `id,parent_id,author,body,score
t3_a,,HarbourMuseumTeam,"We are curators at the Harbour Maritime Museum: Tove Lindahl (ships) and Ravi Subramaniam (archives). Answers are signed with our initials.",900
t1_b,t3_a,deckhand42,How old is the oldest boat in the collection?,55
t1_c,t1_b,HarbourMuseumTeam,"A rowing boat from about 1790. It was restored in 2011.
—TL",80
t1_d,t3_a,papertrail,Do you digitise the logbooks?,40
t1_e,t1_d,HarbourMuseumTeam,"Yes, 4,200 of them so far. The rest by 2026. -RS",61
t1_f,t3_a,curious_cat,Is the museum free?,12
t1_g,t1_f,HarbourMuseumTeam,On Sundays it is.,9
`,
    );
    expect(rs.find((r) => r.text.startsWith('A rowing boat'))!.speaker).toBe('Tove Lindahl');
    expect(rs.find((r) => r.text.startsWith('Yes, 4,200'))!.speaker).toBe('Ravi Subramaniam');
    expect(rs.find((r) => r.text.startsWith('On Sundays'))!.speaker).toBe('HarbourMuseumTeam');
  });
});

describe('a number with a decimal comma or thousands separator is one topic, never a list (e-E7)', () => {
  it('fixture: the voting share "0,84" stays whole', () => {
    const r = recordsOf(e, 'hv-2025-fragen-antworten').find((x) => x.text.startsWith('The Management Board'))!;
    expect(r.topics).toContain('0,84');
    expect(r.topics).not.toContain('84');
  });
  it('other words: a TSV score column "1,250"', () => {
    const rs = one('ama-2022.tsv', 'Question\tAnswer\tAnswered by\tUpvotes\tTags\nWhy move to Dublin?\tThe talent pool, mostly.\tKeld Sørensen\t1,250\thiring, offices\n');
    expect(rs[0]!.topics).toEqual(expect.arrayContaining(['1,250', 'hiring', 'offices']));
    expect(rs[0]!.topics).not.toContain('250');
  });
});

describe('a form cell left as "-" or "n/a" answers nothing (e-E15)', () => {
  it('fixture: the skipped question gives no record', () => {
    const rs = recordsOf(e, 'typeform-founder-survey-2024');
    expect(rs.filter((r) => r.text.trim() === '-')).toEqual([]);
    expect(rs.find((r) => r.text.startsWith('Not much change for us'))!.speaker).toBe('Rahul Venkataraman');
  });
  it('other words: "n/a" in a Google Forms export', () => {
    const rs = one(
      'volunteers-2024.csv',
      `Timestamp,Full name,Why did you volunteer?,What would you change?
2024-05-02 18:20:11,Gwen Ashdown,My brother ran the 2019 race.,n/a
2024-05-02 19:03:40,Tariq Benali,-,More water stations after the 30 km mark.
`,
    );
    expect(rs.map((r) => r.text)).toEqual(['My brother ran the 2019 race.', 'More water stations after the 30 km mark.']);
  });
});

describe('a date column dates the day of a document whose file name gives the year alone (e-E8)', () => {
  it('fixture: the Slido export is of 18 September 2025', () => {
    expect(recordsOf(e, 'slido-allhands-q3-2025').every((r) => r.date === '2025-09-18')).toBe(true);
  });
  it('other words: a TSV of one day named by its year', () => {
    const rs = one('ask-the-mayor-2023.tsv', 'Question\tAnswer\tAnswered by\tDate\nWhen will the pool reopen?\tIn July, after the roof repair.\tMayor Ilse Brandvold\t02.06.2023\n');
    expect(rs[0]!.date).toBe('2023-06-02');
  });
  it('a column of another year leaves the file name\'s year alone', () => {
    const rs = one('ask-the-mayor-2023.tsv', 'Question\tAnswer\tAnswered by\tDate\nWhen will the pool reopen?\tIn July, after the roof repair.\tMayor Ilse Brandvold\t02.06.2022\n');
    expect([rs[0]!.year, rs[0]!.date]).toEqual([2023, null]);
  });
});
