/**
 * Sports pressers, meeting-tool exports and political pages (test/fixtures/probe14/c1, c2, c6):
 * a to-do's checkbox item, a crowd's chant, a voter guide's short answers and its bold questions
 * put to every candidate, and more. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c1 = loadCorpus(join(FIXTURES, 'probe14', 'c1'));
const c2 = loadCorpus(join(FIXTURES, 'probe14', 'c2'));
const c6 = loadCorpus(join(FIXTURES, 'probe14', 'c6'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('lost text', () => {
  it('a checkbox action item ("☐ Name — task") is a record of its own, not the heading of the next item', () => {
    const recs = recordsOf(c2, 'MeetGeek - Binance Charity Q3 planning - Summary');
    // (The checkbox is the list's mark, no word of the item: fix35-b.)
    expect(at(recs, 13).map((r) => r.text)).toEqual(['Helen Hai — send NGO shortlist to He Yi by July 15']);
    expect(recs.some((r) => r.section?.includes('NGO shortlist'))).toBe(false);
    const dir = tempCorpus({
      'notes.txt': [
        'Roadmap sync', '', 'TO DO', '☐ Omar Said — book the venue for March', '☑ Legal — check the lease', '',
        'TRANSCRIPT', 'Ana Ruiz (00:00): Let us begin with the venue.', 'Omar Said (00:10): I found two halls near the station.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'notes');
    expect(other.some((r) => /book the venue for March/.test(r.text))).toBe(true);
  });

  it("a crowd's chant inside a speaker's run is the crowd's quote, and no question to what follows", () => {
    const recs = recordsOf(c6, 'stump-speech-rivera-scranton-2026-10-22');
    expect(at(recs, 9).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Audience', 'Elena! Elena! Elena!']]);
    expect(at(recs, 15).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Audience', 'Vote! Vote! Vote!']]);
    expect(recs.filter((r) => r.type === 'qa')).toEqual([]);
    const rivera = recs.filter((r) => r.speaker === 'Elena Rivera');
    expect(rivera.some((r) => /laid off from the mill in 1998/.test(r.text))).toBe(true);
    const dir = tempCorpus({
      'rally.txt': [
        'MAYOR TOM HALE: Good evening, Leeds!', '', 'CROWD: Four more years! Four more years!', '',
        'MAYOR TOM HALE: We rebuilt the bridge in 2019 and we will fix the buses next.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'rally');
    expect(other.some((r) => r.text === 'Four more years! Four more years!' && r.type === 'quote')).toBe(true);
    expect(other.some((r) => r.type === 'qa')).toBe(false);
  });

  it("a voter guide's `Name: 44` answers under **Age:** are the candidates' words, not a header's fields", () => {
    const recs = recordsOf(c6, 'voter-guide-2026-city-council-district-5');
    expect([8, 9, 10].map((l) => at(recs, l).map((r) => [r.speaker, r.text])[0])).toEqual([
      ['Maria Okonkwo', '44'],
      ['David Hsu', '37'],
      ['Brian Keller', '61'],
    ]);
  });
});

describe('one bold question, several answerers', () => {
  it("each candidate's answer pairs with the bold question above it", () => {
    const recs = recordsOf(c6, 'voter-guide-2026-city-council-district-5');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question?.slice(0, 20)])).toEqual([
      ['Maria Okonkwo', 'What is the biggest i'],
      ['David Hsu', 'What is the biggest i'],
      ['Brian Keller', 'What is the biggest i'],
      ['Maria Okonkwo', 'Should the city acce'],
      ['David Hsu', 'Should the city acce'],
      ['Brian Keller', 'Should the city acce'],
    ].map(([s, q]) => [s, q!.slice(0, 20)]));
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'survey.md': [
        'School board candidates answer', '', 'We sent both candidates the same two questions.', '', '**Why are you running?**', '', 'Ana Ruiz: Because the schools need a budget plan.', '',
        'Tom Hale: I have two kids in the district.', '', '**Would you close any school?**', '', 'Ana Ruiz: Not before a full review.', '',
        'Tom Hale: No, never.', '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'survey').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question])).toEqual([
      ['Ana Ruiz', 'Why are you running?'],
      ['Tom Hale', 'Why are you running?'],
      ['Ana Ruiz', 'Would you close any school?'],
      ['Tom Hale', 'Would you close any school?'],
    ]);
  });
});

describe('press-conference transcripts (ASAP/FastScripts)', () => {
  it('an unlabelled answer under a "Q." question is the one named answerer\'s; THE MODERATOR asks', () => {
    const sinner = recordsOf(c1, 'asapsports-sinner-2026-usopen-qf').filter((r) => r.type === 'qa');
    expect(sinner.map((r) => [r.line, r.speaker])).toEqual([
      [15, 'Jannik Sinner'],
      [19, 'Jannik Sinner'],
      [23, 'Jannik Sinner'],
    ]);
    expect(sinner[1]!.years).toEqual([2024]);
    expect(sinner[2]!.text).toMatch(/^Well, he still has to win/);
    const ryder = recordsOf(c1, 'asapsports-ryder-cup-2025-team-europe');
    expect(at(ryder, 14).map((r) => [r.type, r.asker, r.speaker])).toEqual([['qa', 'the Moderator', 'Luke Donald']]);
    expect(ryder.some((r) => /THE MODERATOR/.test(r.text))).toBe(false);
    // A name in capitals with Mc keeps it: "RORY McILROY" is Rory McIlroy.
    expect(at(ryder, 18).map((r) => r.speaker)).toEqual(['Rory McIlroy']);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'presser.txt': [
        'WIMBLEDON', 'July 2, 2025', '', 'Ana Ruiz', '', 'Press Conference', '', 'THE MODERATOR: First question.', '',
        'Q. How did the wind change your plan?', '', 'ANA RUIZ: I served wider and it worked well for me.', '',
        'Q. You play Tom MacDonald\'s sister next. Worried?', '', 'Not really. We trained together in 2019 and I know her game.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'presser');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      [null, 'Ana Ruiz'],
      [null, 'Ana Ruiz'],
    ]);
    expect(qa[1]!.text).toMatch(/^Not really/);
    expect(recs.some((r) => r.speaker === 'the Moderator' && r.text === 'First question.')).toBe(true);
  });
  it('where two named people answered, an unlabelled paragraph stays the question\'s', () => {
    const dir = tempCorpus({
      'panel.txt': [
        'Q. Ana, how was the final?', '', 'ANA RUIZ: Hard, very hard.', '', 'Q. Tom, and you?', '', 'TOM HALE: Easier than I thought.', '',
        'Q. Both of you: next year?', '', 'We will see in 2027.', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'panel');
    expect(recs.some((r) => r.speaker === 'Tom Hale' && /2027/.test(r.text))).toBe(false);
    expect(recs.some((r) => r.speaker === 'Ana Ruiz' && /2027/.test(r.text))).toBe(false);
  });
});

describe('a club site\'s "On …" prompts', () => {
  it('each quotation under a topic prompt is the answer of the person the lede says spoke to the media', () => {
    const recs = recordsOf(c1, 'club-site-coach-presser-2026-03-14');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [9, 'Daniel Moreno', 'On the injury news…'],
      [13, 'Daniel Moreno', 'On the defeat to Millwall…'],
      [17, 'Daniel Moreno', 'On Blackburn…'],
      [21, 'Daniel Moreno', 'On the play-off race…'],
    ]);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'briefing.txt': [
        'Team news', '', 'Manager Ana Ruiz spoke to reporters at Kingsmeadow on Thursday before the derby. Here is what she said.', '',
        'On the derby:', '', '"It is the game the fans wait for all year. We are ready."', '',
        'On the new signing...', '', '"He trained twice and looks sharp. He starts on the bench."', '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'briefing').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question])).toEqual([
      ['Ana Ruiz', 'On the derby:'],
      ['Ana Ruiz', 'On the new signing...'],
    ]);
  });
});

describe('a team name before a role noun is no speaker', () => {
  it('"Harbour City captain Jonas Berg … he said" is Jonas Berg', () => {
    const recs = recordsOf(c1, 'match-report-binance-cup-final-2026');
    expect(recs.filter((r) => r.type === 'quote' && r.line === 18).map((r) => r.speaker)).toEqual(['Jonas Berg']);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'report.txt': 'Cup final\n\nBy Omar Haddad\nLeeds, 3 May 2026\n\nNorth Vale won 3-1 on Sunday.\n\nRiver Town striker Mia Lund was in tears at the end. "We gave everything and it was not enough," she said.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'report');
    expect(recs.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Mia Lund']);
  });
});

describe('meeting tools and official records', () => {
  it("a Krisp export's title and date are its header, no speaker", () => {
    const recs = recordsOf(c2, 'Krisp_Transcript_Weekly_Product_Review_2026-04-07');
    expect(recs.some((r) => r.speaker === 'Weekly Product Review')).toBe(false);
    // Its participants line is the header's, as a roster is, while everyone on it speaks: no claim
    // (search still finds its words, on the lines near the first turn).
    expect(recs.some((r) => /Participants: Dana Whitfield/.test(r.text))).toBe(false);
    expect(c2.documents.find((d) => d.id === 'Krisp_Transcript_Weekly_Product_Review_2026-04-07')!.meta.speakers).not.toContain('Weekly Product Review');
    const dir = tempCorpus({
      'sync.txt': ['Design sync', 'Mar 3, 2026, 9:30 AM', '', 'Ana Ruiz | 00:00', 'Can we ship the new form on Monday?', '', 'Tom Hale | 00:05', 'Yes, the tests pass now.', '', 'Ana Ruiz | 00:09', 'Great, then Monday it is.', ''].join('\n'),
    });
    const recs2 = recordsOf(loadCorpus(dir), 'sync');
    expect(recs2.some((r) => r.speaker === 'Design sync')).toBe(false);
    expect(recs2.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([['Ana Ruiz', 'Tom Hale']]);
  });
  it('a UK written question: "Asked by" / "Answered by" make one qa, the member asking, the minister answering', () => {
    const recs = recordsOf(c6, 'uk-written-question-UIN-41822');
    expect(recs.map((r) => [r.type, r.asker, r.askerRole, r.speaker, r.role, r.line, r.endLine])).toEqual([
      ['qa', 'Dame Harriet Cole', 'Conservative - Hartley and Moor', 'Tom Ashworth', 'Economic Secretary to the Treasury', 6, 17],
    ]);
    expect(recs[0]!.question).toMatch(/^To ask the Chancellor/);
    // The page's "Asked by" / "Answered on DATE" lines stay searchable, in the qa's context.
    expect(recs[0]!.context).toMatch(/Asked by Dame Harriet Cole.*Answered on 11 November 2025/);
    expect(recs[0]!.years).toEqual([2020, 2026]);
    const dir = tempCorpus({
      'wq.txt': [
        'Bus Services: Rural Areas', '', 'Question for Department for Transport', 'UIN 1234, tabled on 2 March 2026', '', 'Asked by Tom Hale', '(Labour - Northfield)', '',
        'To ask the Secretary of State for Transport, how many rural bus routes were withdrawn in 2025.', '', 'Answered on 9 March 2026', 'Answered by Ana Ruiz', '(Minister for Local Transport)', '',
        'Local authorities reported 112 withdrawn routes in 2025.', '', 'The Department does not hold figures by constituency.', '',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'wq');
    expect(qa.map((r) => [r.type, r.asker, r.speaker, r.role])).toEqual([['qa', 'Tom Hale', 'Ana Ruiz', 'Minister for Local Transport']]);
    expect(qa[0]!.text).toMatch(/112 withdrawn routes[\s\S]*by constituency/);
  });
});

describe('meeting exports: names and sides', () => {
  it('a highlight signed "— Yi He (12:14)" is the speaker the labels write "He Yi"', () => {
    const recs = recordsOf(c2, 'MeetGeek - Binance Charity Q3 planning - Summary');
    expect(at(recs, 17).map((r) => r.speaker)).toEqual(['He Yi']);
    expect(recs.some((r) => r.speaker === 'Yi He')).toBe(false);
    const dir = tempCorpus({
      'call.txt': [
        'Roadmap review', 'Date: 2026-05-02 · Duration: 20 min · Host: Ana Ruiz', '', 'SUMMARY', 'The team agreed to ship the form on Monday.', '',
        'HIGHLIGHTS', '"We should ship on Monday, not later." — Ruiz Ana (03:10)', '', 'TRANSCRIPT', 'Ana Ruiz (00:00): Thanks for joining, everyone.',
        'Tom Hale (00:20): Happy to be here today.', 'Ana Ruiz (01:05): The tests pass now.', 'Tom Hale (02:40): Then the form is ready.',
        'Ana Ruiz (03:10): We should ship on Monday, not later.', '',
      ].join('\n'),
    });
    const other = recordsOf(loadCorpus(dir), 'call');
    expect(other.some((r) => r.speaker === 'Ruiz Ana')).toBe(false);
    expect(other.filter((r) => r.line === 8).map((r) => r.speaker)).toEqual(['Ana Ruiz']);
  });
  it('a rehearsal whose host announces the questions ("Second question will be about …") asks; the guest\'s clarifying question does not make her the host', () => {
    const recs = recordsOf(c2, 'Transcription - Yi He fireside rehearsal.docx');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.every((r) => r.asker === 'Speaker 1' && r.speaker === 'Speaker 2')).toBe(true);
    expect(qa.some((r) => /in 2017 I left OKCoin/.test(r.text))).toBe(true);
    const dir = tempCorpus({
      'prep.txt': [
        '00:00:00 Speaker 1', 'We start with a short intro, then the first question is about your years in Lagos.', '',
        '00:00:06 Speaker 2', 'Fine. Do you want the long version?', '', '00:00:09 Speaker 1', 'Keep it short.', '',
        '00:00:11 Speaker 2', 'I moved to Lagos in 2015 and opened the first office with four people.', '',
        '00:00:20 Speaker 1', 'Good. The next question is about hiring.', '', '00:00:24 Speaker 2', 'We hire slowly and we train everyone ourselves.', '',
      ].join('\n'),
    });
    const qa2 = recordsOf(loadCorpus(dir), 'prep').filter((r) => r.type === 'qa');
    expect(qa2.length).toBeGreaterThan(0);
    expect(qa2.every((r) => r.asker === 'Speaker 1' && r.speaker === 'Speaker 2')).toBe(true);
  });
});
