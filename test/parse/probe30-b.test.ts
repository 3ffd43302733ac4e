/**
 * probe30 b: AMA and audience-Q&A write-ups exported as TSV / CSV (a Slido export in a German
 * locale, a hand-made Spanish AMA sheet, a Pigeonhole Live export, a Google Forms responses sheet).
 * Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const dir = loadCorpus(join(FIXTURES, 'probe30', 'b'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.(?:csv|tsv|txt)$/, ''));

describe('an "Answered" column of yes/no flags is a status, not the answer (b1)', () => {
  it('fixture: no answer is "Ja" or "Nein"; the replies column gives the answers', () => {
    const rs = recordsOf(dir, 'slido-export-gridwende-ama-2025-09-30');
    expect(rs.filter((r) => r.type === 'qa' && /^(?:Ja|Nein)$/.test(r.text))).toEqual([]);
    const invest = rs.find((r) => r.type === 'qa' && r.question === 'How much are you investing in the grid this year?')!;
    expect(invest.text).toMatch(/^EUR 1\.34 billion in 2025/);
    expect(invest.speaker).toBe('Sabine Krüger-Adomeit');
    expect(invest.role).toBe('CEO');
    // an unanswered question is its asker's
    expect(rs.find((r) => r.text === 'Why is there no English version of the outage map?')!.speaker).toBe('Tom Hargreaves');
  });
  it('other words: an English Slido export with Answered = Yes / No and no replies at all', () => {
    const rs = one(
      'slido-townhall.csv',
      `Question,Author,Votes,Date,Labels,Answered
"When will the new parking garage open?",Anonymous,31,2024-04-02 10:11,Facilities,Yes
"Why was the library budget cut by 8%?",Helen Marsh,22,2024-04-02 10:15,Budget,No
`,
    );
    expect(rs.filter((r) => /^(?:Yes|No)$/.test(r.text))).toEqual([]);
    expect(rs.find((r) => r.text === 'Why was the library budget cut by 8%?')!.speaker).toBe('Helen Marsh');
  });
});

describe('a reply cell that holds several signed replies gives one qa per reply (b2)', () => {
  it('fixture: the CEO and the CTO each answer the queue question', () => {
    const rs = recordsOf(dir, 'slido-export-gridwende-ama-2025-09-30').filter((r) => r.type === 'qa' && r.question?.startsWith('Why did the interconnection queue'));
    expect(rs.map((r) => r.speaker)).toEqual(['Sabine Krüger-Adomeit', 'Jonas Weidlich']);
    expect(rs[0]!.text).toMatch(/^Because 2\.9 GW/);
    expect(rs[0]!.text).not.toMatch(/transformer/);
    expect(rs[1]!.text).toMatch(/^The bottleneck is transformer delivery/);
    expect(rs[1]!.role).toBe('CTO');
  });
  it('other words: a Replies column with a mayor and a clerk', () => {
    const rs = one(
      'council-qa.csv',
      `Question,Author,Votes,Answered,Replies
"Why are the bins collected only every two weeks?",Anonymous,40,Yes,"Mayor Lena Fischbach: Because the contract signed in 2022 cut the budget by 15%. We will renegotiate next year.
Owen Tracy (Clerk): The tender opens on 1 March 2025."
"Can we get a recycling point at the station?",Ruth Ames,12,No,
`,
    );
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => r.speaker)).toEqual(['Lena Fischbach', 'Owen Tracy']);
    expect(qas[1]!.text).toBe('The tender opens on 1 March 2025.');
    expect(qas[1]!.role).toBe('Clerk');
  });
});

describe('"Responde" (who answers) names the answerer, and a row with no question answers the one above (b3, b4)', () => {
  it('fixture: Lucía Arrieta and Tomás Villegas answer; the second answer keeps the question', () => {
    const rs = recordsOf(dir, 'ama-pagora-respuestas-2024-10-22');
    expect(rs.find((r) => r.text.startsWith('About 48,000 active merchants'))!.speaker).toBe('Lucía Arrieta');
    const second = rs.find((r) => r.text.startsWith("To add to Lucía's answer"))!;
    expect(second.type).toBe('qa');
    expect(second.speaker).toBe('Tomás Villegas');
    expect(second.question).toBe('Why did you leave Colombia in 2023?');
    expect(rs.find((r) => r.text.startsWith('And I apologised'))!.speaker).toBe('Lucía Arrieta');
  });
  it('other words: a German sheet with "Antwortet" and a second answer row', () => {
    const rs = one(
      'fragerunde.csv',
      `Nr.;Frage;Antwortet;Antwort
1;Wann öffnet das neue Hallenbad?;Petra Lindner;Im Mai 2026, wenn der Bau im Plan bleibt.
;;Jörg Haberland;Die Kosten liegen bei 18 Millionen Euro.
2;Warum steigen die Gebühren?;Petra Lindner;Weil die Energiekosten 2023 um 40 % gestiegen sind.
`,
    );
    const second = rs.find((r) => r.text.startsWith('Die Kosten'))!;
    expect(second.type).toBe('qa');
    expect(second.speaker).toBe('Jörg Haberland');
    expect(second.question).toBe('Wann öffnet das neue Hallenbad?');
    expect(rs.find((r) => r.text.startsWith('Im Mai 2026'))!.speaker).toBe('Petra Lindner');
  });
});

describe('a form\'s "Your name (optional)" column is who asked; its Timestamp dates the document (b11, b12)', () => {
  it('fixture: askers named, year 2025', () => {
    const rs = recordsOf(dir, 'gforms-health-district-townhall-responses');
    const r = rs.find((x) => x.type === 'qa' && x.question === 'Why is the Eastgate clinic only open three days a week now?')!;
    expect(r.asker).toBe('Rosa Pellegrini');
    expect(r.year).toBe(2025);
  });
  it('other words: a form with "Your name" and US dates', () => {
    const rs = one(
      'library-ama-responses.tsv',
      `Timestamp\tYour question\tYour name\tAnswered by\tAnswer
3/4/2024 19:02:11\tWhy did Sunday hours end?\tGloria Benn\tDirector Hal Ostrowski\tThe state grant that paid for them ended in 2023.
3/4/2024 19:05:40\tWill the branch get a makerspace?\t\tDirector Hal Ostrowski\tYes, in the fall, funded by a $60,000 gift.
`,
    );
    const r = rs.find((x) => x.text.startsWith('The state grant'))!;
    expect(r.asker).toBe('Gloria Benn');
    expect(r.year).toBe(2024);
  });
});

describe('an answer cell that says the question went unanswered is no answer (b13)', () => {
  it('fixture: the out-of-time questions are their askers\' quotes, the note stays searchable', () => {
    const rs = recordsOf(dir, 'gforms-health-district-townhall-responses');
    expect(rs.filter((r) => r.type === 'qa' && /not answered/i.test(r.text))).toEqual([]);
    const van = rs.find((r) => r.text === 'Who decided to close the Route 9 mobile van?')!;
    expect(van.type).toBe('quote');
    expect(van.topics.some((t) => /out of time/.test(t))).toBe(true);
  });
  it('other words: "Unanswered (session ran over)" and "Not answered - will follow up"', () => {
    const rs = one(
      'panel-questions.csv',
      `Question,Asked by,Answer,Answered by
Why did ticket prices rise 12%?,Ola Brandt,"Unanswered (session ran over)",
Will the arena host the 2026 final?,Ines Moura,Not answered - will follow up by email.,
Is the roof being replaced?,Ola Brandt,"Yes, in summer 2025, for about $4 million.",Chair Vera Lund
`,
    );
    expect(rs.filter((r) => r.type === 'qa').map((r) => r.question)).toEqual(['Is the roof being replaced?']);
    expect(rs.find((r) => r.text === 'Why did ticket prices rise 12%?')!.speaker).toBe('Ola Brandt');
  });
});

describe('a report\'s totals under its table are a summary, not quotes of numbers (b7)', () => {
  it('fixture: no record is a bare number; "Total questions" stays with its 16', () => {
    const rs = recordsOf(dir, 'pigeonhole-harbourfront-investor-day-2025');
    expect(rs.filter((r) => /^\d+$/.test(r.text))).toEqual([]);
    expect(rs.find((r) => r.text.includes('Total questions'))!.text).toMatch(/Total questions\W+16/);
  });
  it('other words: a webinar export with totals', () => {
    const rs = one(
      'webinar-qa.csv',
      `Question,Asker,Answer,Answered by
How many members joined in 2024?,Karl Voss,"About 2,300, a record.",Treasurer Ana Liu

Questions received,14
Questions answered,9
`,
    );
    expect(rs.filter((r) => /^\d+$/.test(r.text))).toEqual([]);
    expect(rs.some((r) => /Questions answered\W+9/.test(r.text))).toBe(true);
  });
});

describe('a Comments column beside the question and the answer holds signed follow-ups, each its signer\'s (b8)', () => {
  it('fixture: the CFO\'s follow-up answer is his, the asker\'s follow-up question hers', () => {
    const rs = recordsOf(dir, 'pigeonhole-harbourfront-investor-day-2025');
    const follow = rs.find((r) => r.text === 'Yes, including part-timers.')!;
    expect(follow.speaker).toBe('Arjun Mehta');
    expect(follow.type).toBe('qa');
    expect(follow.question).toBe('thanks - is that including part-timers?');
    expect(follow.asker).toBe('Nurul Huda');
  });
  it('other words: a Q&A export with a Comments column', () => {
    const rs = one(
      'qa-export.csv',
      `Question,Name,Answer,Answered By,Comments
How many stores will close in 2025?,Jo Park,"Eleven, all in malls.",Rita Vance,"Jo Park: Which malls? Rita Vance: We will name them in March."
`,
    );
    const r = rs.find((x) => x.text === 'We will name them in March.')!;
    expect(r.speaker).toBe('Rita Vance');
    expect(r.question).toBe('Which malls?');
  });
});
