/**
 * Shapes read this session: a webinar's transcript whose header names a presenter and a host and
 * whose host reads out the chat's questions by first name, a foundation's grantee story whose
 * parents' words close on "she laughs", a parish homily whose header gives the preacher on a line
 * of their own under the homily's occasion, an exit interview's record of numbered questions, a
 * usability study's notes with the note-taker's observations set in blockquotes, a team page
 * whose sections are headed by each person's name and job, a profile's scene told in the present
 * tense, the writer's quoted questions and the answers alone under them, a vox pop's and a
 * phone-in's voices named with their age, job or town, a doorstep interview labelled by the office
 * its header gives as a title before the holder's name, a newsletter's five questions set as
 * bold "**Q1**" / "**A1**" with no colon, an AssemblyAI transcript whose voices are lettered, and a
 * council meeting's public comment with a two-word office before a surname.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null; askerRole?: string | null };
const DIR = join(FIXTURES, 'lead100');
const recordsOf = (files: Record<string, string>): Rec[] => loadCorpus(tempCorpus(files)).records as Rec[];

describe("a webinar's transcript: a presenter who talks, a host who reads out the chat's questions", () => {
  const records = fixtureCorpus(DIR, ['webinar.txt']).records as Rec[];

  it('"Presenter: Dr Sunita Rao" over "Host: Ollie Grant": the host asks, the presenter answers', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBeGreaterThanOrEqual(3);
    for (const r of qa) expect(r.speaker).toBe('Sunita Rao');
    expect(records.find((r) => r.text.startsWith('Not necessarily. Loft insulation'))).toMatchObject({ type: 'qa', speaker: 'Sunita Rao', asker: 'Marianne' });
    expect(records.find((r) => r.text.startsWith('Thank you, Sunita.'))).toMatchObject({ speaker: 'Ollie Grant' });
  });

  it('"And a question from Dev, who\'s an installer: “…?”" and "Last one, from Harriet: “…?”" are asked by Dev and Harriet', () => {
    expect(records.find((r) => r.text.startsWith('Fifty degrees'))).toMatchObject({ type: 'qa', speaker: 'Sunita Rao', asker: 'Dev' });
    expect(records.find((r) => r.text.startsWith('We had two complaints'))).toMatchObject({ type: 'qa', speaker: 'Sunita Rao', asker: 'Harriet' });
  });

  it('a "Presenter:" field alone still names who asks (a broadcast\'s presenter is its host)', () => {
    const rs = recordsOf({
      'phone-in.txt': [
        'Money Matters, BBC Radio Kent',
        'Presenter: Gemma Whitcroft',
        '',
        'Gemma Whitcroft: Good afternoon. My guest is the adviser Daniel Osei. Daniel, should people fix their mortgage now?',
        '',
        'Daniel Osei: If your deal ends this year, I would look at a two-year fix. Rates may fall further in the spring.',
        '',
        'Gemma Whitcroft: And what about savers?',
        '',
        'Daniel Osei: Savers should move money out of accounts paying under three per cent.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('Savers should move'))).toMatchObject({ type: 'qa', speaker: 'Daniel Osei', asker: 'Gemma Whitcroft' });
  });

  it('"one from the chat:" names no sender: the host who reads it out asks', () => {
    const rs = recordsOf({
      'webinar.txt': [
        'Host: Ollie Grant',
        'Presenter: Dr Sunita Rao',
        '',
        'Ollie Grant: Welcome, everyone. Sunita, first question.',
        '',
        'Dr Sunita Rao: Happy to take it.',
        '',
        'Ollie Grant: Here is one from the chat: "Does it work in flats?"',
        '',
        'Dr Sunita Rao: Yes, with a shared ground loop.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('Yes, with a shared'))).toMatchObject({ type: 'qa', speaker: 'Sunita Rao', asker: 'Ollie Grant' });
  });
});

describe("a grantee story: a parent's words close on “she laughs”", () => {
  const records = fixtureCorpus(DIR, ['grantee-profile.md']).records as Rec[];

  it('"“He used to hide when I brought out a book,” she laughs." is a quote of the mother named just before', () => {
    expect(records.find((r) => r.text.startsWith('He used to hide'))).toMatchObject({ type: 'quote', speaker: 'Sade Williams' });
  });

  it('"Sade Williams, whose son Tobi joined at seven, says he now reads": the "he" is the son\'s, not hers', () => {
    const rs = recordsOf({
      'story.txt': [
        'Nkechi Obi started the reading club in 2016, and she still runs it.',
        '',
        'Sade Williams, whose son Tobi joined at seven, says he now reads at bedtime. "He used to hide from books," she says.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('He used to hide'))).toMatchObject({ type: 'quote', speaker: 'Sade Williams' });
  });

  it('with no relative in between, "NAME says he …" still tells that the named one is a man', () => {
    const rs = recordsOf({
      'story.txt': [
        'Nkechi Obi started the reading club in 2016, and she still runs it.',
        '',
        'Karim Haddad says he reads every night now. "I was the one who hid from books," he laughs.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('I was the one'))).toMatchObject({ type: 'quote', speaker: 'Karim Haddad' });
  });
});

describe("a parish homily: the preacher's name on its own line under the homily's occasion", () => {
  const records = fixtureCorpus(DIR, ['sermon.txt']).records as Rec[];

  it("the homily's own sentences are the preacher's", () => {
    expect(records.find((r) => r.text === 'That is how we recognise God.')).toMatchObject({ type: 'claim', speaker: 'Declan Moloney' });
    expect(records.find((r) => r.text.startsWith('When I was a young curate'))).toMatchObject({ speaker: 'Declan Moloney' });
    // The farmer he quotes keeps his words.
    expect(records.find((r) => r.text.startsWith('Father, you talk too much'))).toMatchObject({ type: 'quote', speaker: 'Michael Joyce' });
  });

  it('a sentence under the occasion names no preacher', () => {
    const rs = recordsOf({
      'notice.txt': [
        "St Brendan's Parish, Galway",
        'Homily for the Third Sunday of Advent, 15 December 2024',
        'The Parish Council met on Tuesday.',
        '',
        'The collection raised €1,200 for the Simon Community.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('The collection raised'))).toMatchObject({ type: 'claim', speaker: null });
  });
});

describe("an exit interview's record: numbered questions, each answer under it, the respondent named in the header", () => {
  const records = fixtureCorpus(DIR, ['exit-interview.txt']).records as Rec[];

  it('each numbered question is asked by the header\'s interviewer and answered by its employee', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual([
      'What is your main reason for leaving?',
      'What did you enjoy most about working here?',
      'Was there anything that could have made you stay?',
      'How would you describe your relationship with your line manager?',
      'Would you recommend us as an employer?',
    ]);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Marcus Feeney', asker: 'Claire Adebayo' });
  });

  it("the interviewer's notes under the last answer are the record's, no words of the employee", () => {
    expect(records.find((r) => r.question === 'Would you recommend us as an employer?')!.text).not.toMatch(/Interviewer's notes/);
    expect(records.find((r) => r.text.startsWith("Interviewer's notes:"))).toMatchObject({ type: 'claim', speaker: null });
  });

  it('questions that are not numbered one after another, on a page that calls itself no FAQ, stay the article\'s', () => {
    const rs = recordsOf({
      'column.txt': [
        'Three things I got wrong this year',
        '',
        '1. Will rates fall before summer?',
        'I said yes in January. They did not.',
        '',
        '4. Is the housing market cooling?',
        'I said it would. Prices rose 6% instead.',
        '',
        '9. Will the office come back?',
        'I still think so, slowly.',
        '',
      ].join('\n'),
    });
    expect(rs.filter((r) => r.type === 'qa')).toEqual([]);
  });
});

describe("a usability study's notes: an observation set in a blockquote under a participant's answer", () => {
  const records = fixtureCorpus(DIR, ['ux-research.md']).records as Rec[];

  it('"> Observation: P1 completed the task in 48 seconds." is the note-taker\'s, not P1\'s answer', () => {
    const answer = records.find((r) => r.text.startsWith('A list of times.'))!;
    expect(answer).toMatchObject({ type: 'qa', speaker: 'P1' });
    expect(answer.text).not.toMatch(/Observation/);
    expect(records.find((r) => r.text.startsWith('Observation: P1 completed'))).toMatchObject({ type: 'claim', speaker: null });
  });
});

describe("a team page: each section headed by its person's name and job, over that person's answers", () => {
  const records = fixtureCorpus(DIR, ['team-page.md']).records as Rec[];

  it('"## Hannah Pryce — Founder and head dyer" answers the bold questions under it, the job her role', () => {
    expect(records.find((r) => r.text.startsWith('Opening the dye pots'))).toMatchObject({ type: 'qa', speaker: 'Hannah Pryce', role: 'Founder and head dyer', question: "What's the best part of your job?" });
    expect(records.find((r) => r.text.startsWith('Coffee.'))).toMatchObject({ type: 'qa', speaker: 'Tomasz Nowak', role: 'Operations' });
    expect(records.find((r) => r.text.startsWith('"When will this colour'))).toMatchObject({ type: 'qa', speaker: 'Ruth Adeyemi' });
  });

  it('a category before the dash names no answerer ("## Best Director — Samuel Okonjo")', () => {
    const rs = recordsOf({
      'awards.md': [
        '# The 2024 Harbour Film Awards',
        '',
        '## Best Director — Samuel Okonjo',
        '',
        '**Why did the jury choose him?**',
        'The jury praised the film\'s restraint.',
        '',
        '**What happens next?**',
        'The film opens in cinemas in March.',
        '',
        '**Who presented the award?**',
        'The actor Ines Varga presented it.',
        '',
      ].join('\n'),
    });
    for (const r of rs.filter((x) => x.type === 'qa')) expect(r.speaker).not.toBe('Best Director');
  });
});

describe("a profile's scene told in the present: the writer's quoted questions and the answers alone under them", () => {
  const records = fixtureCorpus(DIR, ['longread-scene.md']).records as Rec[];

  it('"“Do you miss it?” I ask." is the writer\'s; "“Every day.”" alone under it is the answer of the one the piece is about', () => {
    expect(records.find((r) => r.text === 'Do you miss it?')).toMatchObject({ type: 'quote', speaker: 'Daniel Frost' });
    expect(records.find((r) => r.text === 'Every day.')).toMatchObject({ type: 'quote', speaker: 'Margaret Tulloch' });
  });

  it('the next quoted question alone is the writer\'s again, and the answer after her beat is hers', () => {
    expect(records.find((r) => r.text === 'Would you go back?')).toMatchObject({ type: 'quote', speaker: 'Daniel Frost' });
    expect(records.find((r) => r.text.startsWith('Not a chance.'))).toMatchObject({ type: 'quote', speaker: 'Margaret Tulloch' });
  });

  it('an answer credited to someone else keeps its credit', () => {
    const rs = recordsOf({
      'scene.md': [
        '---',
        'title: "The ferryman"',
        'author: Daniel Frost',
        '---',
        '',
        'Ewan Rendall has run the Papa Westray ferry since 1998. "It was my father\'s boat," he says.',
        '',
        '"Will you retire?" I ask.',
        '',
        '"He never will," says his sister, Morag.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text === 'He never will')).toMatchObject({ type: 'quote', speaker: 'Morag' });
    expect(rs.find((r) => r.text === 'Will you retire?')).toMatchObject({ speaker: 'Daniel Frost' });
  });
});

describe('a vox pop and a phone-in\'s read-out texts: who speaks is named with their age, job or town', () => {
  it('"- Jane Doe, 34, teacher: “…”" is Jane Doe\'s quote; a described voice with no name stays nobody\'s', () => {
    const rs = recordsOf({
      'market.md': [
        'Vox pops from the market:',
        '',
        '- Jane Doe, 34, teacher: "The parking is the real problem."',
        '- Tom Reid, 61, retired, Belper: "I have shopped here since 1979."',
        '- Woman, 60s, stallholder: "Footfall is down a third."',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('The parking'))).toMatchObject({ type: 'quote', speaker: 'Jane Doe' });
    expect(rs.find((r) => r.text.startsWith('I have shopped'))).toMatchObject({ type: 'quote', speaker: 'Tom Reid' });
    expect(rs.find((r) => r.text.startsWith('Footfall'))).toMatchObject({ type: 'quote', speaker: null });
  });

  it('"Mick in Whitwick says, “…”" is Mick\'s; "Residents in Leeds say" and "Sources in Washington said" name no one "Residents" or "Sources"', () => {
    const rs = recordsOf({
      'texts.txt': 'We have had a lot of texts on this. Mick in Whitwick says, "Typical. They close the station and then wonder why nobody reports anything."\n',
      'residents.txt': 'The station closed in May. Residents in Leeds say, "It has been a disaster for the town and nobody listened."\n',
      'sources.txt': 'The station closed in May. Sources in Washington said, "It has been a disaster for the town and nobody listened."\n',
    });
    expect(rs.find((r) => r.doc === 'texts' && r.type === 'quote')).toMatchObject({ speaker: 'Mick' });
    for (const doc of ['residents', 'sources']) {
      const q = rs.find((r) => r.doc === doc && r.type === 'quote');
      expect(['Residents', 'Sources']).not.toContain(q?.speaker);
    }
  });
});

describe("a doorstep interview: the label is the office, the header names its holder with the office as a title", () => {
  const records = fixtureCorpus(DIR, ['press-scrum.txt']).records as Rec[];

  it('"FIRST MINISTER:" under "Doorstep interview, First Minister Rhiannon Tudor" is Rhiannon Tudor, the office her role', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(4);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Rhiannon Tudor', role: 'First Minister' });
  });

  it('an office two people hold as a title in the text names neither', () => {
    const rs = recordsOf({
      'scrum.txt': [
        'Deputy Mayor Ana Ruiz and Deputy Mayor Tom Hale met reporters on Friday.',
        '',
        'REPORTER: Will the tram extension go ahead?',
        '',
        'DEPUTY MAYOR: Yes. Work starts in March, and the line opens in 2027.',
        '',
        'REPORTER: And the cost?',
        '',
        'DEPUTY MAYOR: About £140 million, most of it from the combined authority.',
        '',
      ].join('\n'),
    });
    for (const r of rs.filter((x) => x.type === 'qa')) expect(['Ana Ruiz', 'Tom Hale']).not.toContain(r.speaker);
  });
});

describe("a newsletter's five questions: '**Q1**' / '**A1**' in bold with no colon, the standfirst naming who asked whom", () => {
  const records = fixtureCorpus(DIR, ['corp-qa.md']).records as Rec[];

  it('each bold numbered Q and A pair is a qa, asked by the editor the standfirst names and answered by the one it introduces', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual([
      'What attracted you to Brightwater?',
      "What's your first priority?",
      'Where were you before?',
      'What do you do outside work?',
      "Best advice you've been given?",
    ]);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Elena Marsh', asker: 'Sam Okafor' });
    expect(records.some((r) => /^Q\d /.test(r.text))).toBe(false);
  });

  it('a bold word other than a side letter opening a paragraph is no label', () => {
    const rs = recordsOf({
      'note.md': [
        '# Changes this week',
        '',
        '**Note** The office closes at 4pm on Friday.',
        '',
        '**Also** Parking on level 2 is reserved for visitors.',
        '',
      ].join('\n'),
    });
    expect(rs.filter((r) => r.type === 'qa')).toEqual([]);
    expect(rs.find((r) => r.text.includes('office closes'))).toMatchObject({ type: 'claim' });
  });
});

describe('a meeting whose labels are full names, over a line that runs the attendees\' names together', () => {
  it('"Ines Calderwood:" is Ines Calderwood, no office whose holder the names after it would be', () => {
    const rs = recordsOf({
      'meeting.txt': [
        'Attendees: Ines Calderwood Bartholomew Quaye Shona Rattray',
        '',
        'Ines Calderwood: All right, let us get going. First item is the budget.',
        '',
        'Bartholomew Quaye: That is well over what we budgeted last year, is it not?',
        '',
        'Ines Calderwood: It is about eighteen percent over. Steel went up.',
        '',
        'Shona Rattray: We can absorb it if the audit comes in clean.',
        '',
      ].join('\n'),
    });
    const voices = new Set(rs.flatMap((r) => [r.speaker, r.asker]).filter((n) => n !== null));
    expect([...voices].sort()).toEqual(['Bartholomew Quaye', 'Ines Calderwood', 'Shona Rattray']);
    expect(rs.some((r) => r.role === 'Ines Calderwood')).toBe(false);
  });
});

describe('shapes this session found read right, kept as guards', () => {
  it("a select committee's oral evidence: each 'Q118 Chair:' question answered by the witness who speaks next", () => {
    const rs = fixtureCorpus(DIR, ['select-committee.txt']).records as Rec[];
    expect(rs.find((r) => r.text.startsWith('Thirty-eight are under construction'))).toMatchObject({ type: 'qa', speaker: 'Imran Sadiq', asker: 'Helen Prowse' });
    expect(rs.find((r) => r.text.startsWith('The board\'s remuneration committee'))).toMatchObject({ type: 'qa', speaker: 'Karen Whitlow', asker: 'Mark Tennant' });
  });

  it("an all-hands' Slido questions: each asked by its voter line's name, 'Anonymous' by nobody named", () => {
    const rs = fixtureCorpus(DIR, ['allhands-slido.txt']).records as Rec[];
    expect(rs.find((r) => r.text.startsWith('By 1 November.'))).toMatchObject({ type: 'qa', speaker: 'Grace Liu', asker: 'Priya S' });
    expect(rs.find((r) => r.text.startsWith('No. We have no plan'))).toMatchObject({ type: 'qa', speaker: 'Tomás Reyes' });
  });

  it("a festival panel: the chair's questions and the floor's, each answered by the author who speaks", () => {
    const rs = fixtureCorpus(DIR, ['lit-festival.txt']).records as Rec[];
    expect(rs.find((r) => r.text.startsWith('I discover them.'))).toMatchObject({ type: 'qa', speaker: 'Maja Hoel', asker: 'Audience Member' });
    expect(rs.find((r) => r.text.startsWith('Both. My publisher'))).toMatchObject({ type: 'qa', speaker: 'Anders Lindqvist', asker: 'Fiona Redpath' });
  });
});

describe('an AssemblyAI transcript: its voices lettered "Speaker A" / "Speaker B", the host naming himself and his guest', () => {
  const records = fixtureCorpus(DIR, ['assemblyai.txt']).records as Rec[];

  it('"Speaker A" is the host who says "I\'m Jon Reed"; "Speaker B" the guest he introduces as "Dr. Amaka Obi"', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Amaka Obi', asker: 'Jon Reed' });
    expect(records.some((r) => /^Speaker [AB]$/.test(r.speaker ?? ''))).toBe(false);
  });

  it('numbered voices read the same, a title before the guest\'s name no bar', () => {
    const rs = recordsOf({
      'ep.txt': [
        "Speaker 1: Welcome to Ground Truth. I'm Priya Nair, and my guest today is Prof. Tomas Berg, who studies glaciers.",
        '',
        'Speaker 2: Thanks, Priya.',
        '',
        'Speaker 1: How fast is the Rhône glacier retreating?',
        '',
        'Speaker 2: About forty metres a year, on average, since 2010.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text.startsWith('About forty metres'))).toMatchObject({ type: 'qa', speaker: 'Tomas Berg', asker: 'Priya Nair' });
  });
});

describe("a council meeting's public comment: 'COUNCIL MEMBER OKAFOR:', an office of two words before a surname", () => {
  it('is Council Member Okafor, not a person "Member Okafor" with the role "COUNCIL"', () => {
    const rs = fixtureCorpus(DIR, ['public-comment.txt']).records as Rec[];
    expect(rs.find((r) => r.text.startsWith('Mayor, if I may.'))).toMatchObject({ type: 'qa', speaker: 'Council Member Okafor', asker: 'Angela Price' });
    expect(rs.some((r) => r.speaker === 'Member Okafor')).toBe(false);
  });

  it('"BOARD MEMBER JANE DOE:" is Jane Doe; "MEMBER OF THE AUDIENCE (NAME):" keeps its reading', () => {
    const rs = recordsOf({
      'board.txt': [
        'CHAIR: Any questions from the board?',
        '',
        'BOARD MEMBER JANE DOE: Yes. When will the audit be published?',
        '',
        'CHAIR: In March.',
        '',
        'MEMBER OF THE AUDIENCE (Grace Olumide, Mill Road): Will the school be expanded?',
        '',
        'CHAIR: Not this year.',
        '',
      ].join('\n'),
    });
    expect(rs.find((r) => r.text === 'In March.')).toMatchObject({ asker: 'Jane Doe' });
    expect(rs.find((r) => r.text === 'Not this year.')?.asker).not.toBe('Of The Audience');
  });
});
