/**
 * Shapes read this session: a reading group guide whose interview is one section of the page, a
 * consultation's summary of responses quoting the organisations that answered, and a parish
 * bulletin whose pastor's letter is one section signed at its foot, an "Ask the Author" page whose
 * readers sign their questions with a first name, and a messaging app's export whose message runs
 * on to a second line without a stop.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null; askerRole?: string | null };
const DIR = join(FIXTURES, 'lead99');

describe('a reading group guide: the interview is one section among About the Author and the discussion questions', () => {
  const records = fixtureCorpus(DIR, ['reading-guide-elling.md']).records as Rec[];

  it("reads the section's bold questions as questions, answered by the author its heading names", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.question)).toEqual([
      'Where did the idea for The Salt Orchard come from?',
      'The novel moves between 1953, 1987 and 2021. Why those three years?',
      'Is Ruth, the grandmother, based on your own?',
      'What are you working on next?',
    ]);
    for (const r of qa) expect(r.speaker).toBe('Mara Elling');
    expect(qa[0]!.text).toMatch(/^My grandmother kept a ledger/);
    // The discussion questions after the next heading are the guide's, no answer's.
    expect(records.find((r) => r.text.startsWith('Why do you think the author chose'))).toMatchObject({ type: 'claim' });
  });

  it('"Is Ruth, the grandmother, …?" names no one "Is Ruth": the quotation of Ruth later is hers', () => {
    expect(records.find((r) => r.text.startsWith('an orchard is a promise'))).toMatchObject({ type: 'quote', speaker: 'Ruth' });
    expect(records.some((r) => r.speaker === 'Is Ruth')).toBe(false);
  });

  it('two headings that ask among more sections are no interview', () => {
    const dir = tempCorpus({
      'explainer.md': [
        '# The harbour plan', '', '## Background', '', 'The plan was published in May.', '',
        '**What happens next?**', '', 'The council votes in June.', '', '**Who pays?**', '', 'The port and the council share it.', '',
        '## Costs', '', 'The plan costs £4m.', '', '## Reaction', '', 'Traders are divided.', '',
      ].join('\n'),
    });
    expect((loadCorpus(dir).records as Rec[]).filter((r) => r.type === 'qa')).toEqual([]);
  });
});

describe("a consultation's summary of responses: an organisation described with \"one\" speaks", () => {
  const records = fixtureCorpus(DIR, ['consultation-summary.md']).records as Rec[];

  it('gives "One walking club wrote: "…"" to one walking club', () => {
    expect(records.find((r) => r.text.startsWith('A threshold of 12'))).toMatchObject({ type: 'quote', speaker: 'one walking club' });
    expect(records.find((r) => r.text.startsWith('We have listened.'))).toMatchObject({ type: 'quote', speaker: 'Helen Tranter' });
  });

  it('in other words: "another" and a quotation the organisation closes', () => {
    const dir = tempCorpus({
      'responses.txt': ['Summary of responses', '', '"Nobody asked the farmers," one housing association said.', '', 'Another charity said: "Families are waiting."', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Nobody asked'))).toMatchObject({ type: 'quote', speaker: 'one housing association' });
    expect(got.find((r) => r.text.startsWith('Families are'))).toMatchObject({ type: 'quote', speaker: 'another charity' });
  });
});

describe("a parish bulletin: the pastor's letter, from \"Dear parishioners,\" to his name alone, is his", () => {
  const records = fixtureCorpus(DIR, ['church-bulletin.txt']).records as Rec[];

  it("gives the letter's claims to the priest and leaves the bulletin's news its own", () => {
    expect(records.find((r) => r.text.startsWith('We served 240 meals'))).toMatchObject({ speaker: 'Daniel Okonkwo' });
    expect(records.find((r) => r.text.startsWith('Our roof repairs'))).toMatchObject({ speaker: 'Daniel Okonkwo' });
    expect(records.find((r) => r.text.startsWith('The youth group'))).toMatchObject({ speaker: null });
    expect(records.find((r) => r.text.startsWith("She's always right"))).toMatchObject({ speaker: 'George Pratt' });
  });

  it('in other words: a head teacher signs over her office; a notice a team signs names no one', () => {
    const dir = tempCorpus({
      'newsletter.txt': [
        'WESTFIELD PRIMARY NEWSLETTER', '', 'Dear families,', '', 'We had 41 children at the chess club this term, and I am proud of every one.', '',
        'Mrs Joanna Pike', 'Headteacher', '', 'SPORTS', '', 'The under-11s won the county cup on Friday.', '',
        'NOTICE', '', 'Dear residents,', '', 'The council will resurface Mill Lane from 3 June.', '', 'Highways Team North', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('We had 41 children'))).toMatchObject({ speaker: 'Joanna Pike', role: 'Headteacher' });
    expect(got.find((r) => r.text.startsWith('The under-11s'))).toMatchObject({ speaker: null });
    expect(got.find((r) => r.text.startsWith('The council will resurface'))).toMatchObject({ speaker: null });
  });
});

describe('an "Ask the Author" page: each reader\'s first name over their question, the author\'s name over the answer', () => {
  const records = fixtureCorpus(DIR, ['goodreads-ask-the-author.txt']).records as Rec[];

  it('asks each question as the reader who signed it, a first name alone or with an initial', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Jen', 'Mara Elling'],
      ['Ravi Shah', 'Mara Elling'],
      ['Lotte', 'Mara Elling'],
      ['Gemma K.', 'Mara Elling'],
    ]);
    expect(qa[3]!.question).toBe('Which writers do you read for comfort?');
    expect(qa[3]!.text).toMatch(/^Penelope Fitzgerald, always\./);
    // The third answer ends where the next reader's name stands: no question rides in it.
    expect(qa[2]!.text).not.toMatch(/Gemma|Which writers/);
  });

  it('a one-word line over a line that asks, with no answerer\'s name under it, is no asker', () => {
    const dir = tempCorpus({
      'notes.txt': [
        'Dana Whitfield', 'We closed the quarter at 4.1 million.', '', 'Omar Greene', 'What about the spring?', '',
        'Dana Whitfield', 'It was slower than we hoped.', '', 'Omar Greene', 'Why?', '',
        'Dana Whitfield', 'Rain.', '', 'Summary', 'Was it a good year?', '', 'Yes, on the whole.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => r.asker === 'Summary' || r.speaker === 'Summary')).toBe(false);
  });
});

describe("a messaging app's export: a message's second line without a stop is the sender's", () => {
  it('keeps "He was not pleased with it" in the message above the next stamp', () => {
    const dir = tempCorpus({
      'messages.txt': [
        'Mar 14, 2024  7:02:11 PM', 'Dana Whitlock', 'any news on the boiler', '',
        'Mar 14, 2024  7:05:40 PM', 'Me', 'I told him we would knock it off the rent', 'He was not pleased with it', '',
        'Mar 14, 2024  7:08:15 PM', 'Dana Whitlock', 'good.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('I told him'))).toMatchObject({ speaker: 'Me', text: 'I told him we would knock it off the rent He was not pleased with it' });
  });
});

describe("a Yelp page: each card's reviewer over where they live and their tallies, the owner's comment under it", () => {
  const corpus = fixtureCorpus(DIR, ['yelp-reviews.txt']);
  const records = corpus.records as Rec[];

  it("gives each review to its reviewer and each comment to the owner it names, dated by the card", () => {
    const quotes = records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.speaker, r.year, r.text.slice(0, 20)])).toEqual([
      ['Priya N.', 2024, 'The cardamom knots a'],
      ['Luca C.', 2024, 'Thank you, Priya! Th'],
      ['Marcus T.', 2024, 'Good bread, but I wa'],
      ['Luca C.', 2024, "Marcus, I'm sorry. W"],
    ]);
    // A review the site wrapped mid-sentence is one quote, its sentence whole.
    expect(quotes[0]!.text).toContain('The line was out the door at 9am on Saturday but moved fast.');
  });

  it("a review's title over its words stays a quote of its own", () => {
    const dir = tempCorpus({
      'reviews.txt': [
        'Harbour Cafe reviews', '', 'Mark Jensen', 'DK · 3 reviews', 'Rated 1 out of 5 stars', 'Nov 28, 2026', 'Cold coffee again', 'The coffee was cold and nobody came to the table.', '',
        'Aisha Bello', 'NG · 1 review', 'Rated 5 out of 5 stars', 'Nov 27, 2026', 'Best cake in town', 'The carrot cake is worth the queue.', '',
      ].join('\n'),
    });
    const got = (loadCorpus(dir).records as Rec[]).filter((r) => r.type === 'quote');
    expect(got.map((r) => r.text)).toEqual(['Cold coffee again', 'The coffee was cold and nobody came to the table.', 'Best cake in town', 'The carrot cake is worth the queue.']);
  });

  it('"Business Owner" under the comment\'s head is no byline: the card lines are nobody\'s', () => {
    expect(corpus.documents[0]!.meta.author).toBeNull();
    expect(records.find((r) => r.text === '12 friends')).toMatchObject({ type: 'claim', speaker: null });
  });
});

describe('an oral history: each voice in bold capitals with its part and where it is from, then its surname alone', () => {
  const records = fixtureCorpus(DIR, ['oral-history.md']).records as Rec[];

  it("gives each paragraph to its voice, the part in lower case and the place after it its role", () => {
    expect(records.find((r) => r.text.startsWith('The alarms had stopped'))).toMatchObject({ type: 'quote', speaker: 'Martin Kessler', role: 'grid operator, FirstLine Energy' });
    expect(records.find((r) => r.text.startsWith('I was on the 6 train'))).toMatchObject({ speaker: 'Denise Park', role: 'commuter, New York' });
    expect(records.find((r) => r.text.startsWith('By the time we saw'))).toMatchObject({ speaker: 'Martin Kessler' });
    expect(records.find((r) => r.text.startsWith('We walked across'))).toMatchObject({ speaker: 'Denise Park' });
    expect(records.find((r) => r.text.startsWith('I gave away all the ice cream'))).toMatchObject({ speaker: 'Raymond Otieno', role: 'deli owner, Queens' });
    expect(records.some((r) => /KESSLER|PARK:/.test(r.text))).toBe(false);
  });

  it('a dateline in capitals before a date is still no voice', () => {
    const dir = tempCorpus({ 'wire.txt': ['Storm closes port', '', 'NEW DELHI, March 14: The port closed at noon, officials said.', ''].join('\n') });
    expect((loadCorpus(dir).records as Rec[]).find((r) => r.text.includes('port closed'))).toMatchObject({ speaker: null });
  });
});

describe('a field recording whose voices are bracketed capitals alone on their lines: "[INTERVIEWER]" / "[PRUITT]"', () => {
  const records = fixtureCorpus(DIR, ['bracket-labels.txt']).records as Rec[];

  it('asks as the interviewer the header names and answers as the narrator', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.question])).toEqual([
      ['Ellen Marsh', 'Walter Pruitt', 'Can you tell me when your family started fishing here?'],
      ['Ellen Marsh', 'Walter Pruitt', 'What was the best year you remember?'],
    ]);
    expect(qa[1]!.text).toMatch(/^1978\. We had oysters/);
  });

  it("a song sheet's bracketed parts that recur are no voices", () => {
    const dir = tempCorpus({
      'song.txt': ['Harbour Song', '', '[VERSE]', 'The boats came in at dawn.', '', '[CHORUS]', 'Hold the line, hold the line.', '', '[VERSE]', 'The nets were torn by noon.', '', '[CHORUS]', 'Hold the line, hold the line.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.speaker !== null)).toEqual([]);
  });
});

describe('a header whose title field ends on a stop: "Title: … (water pour!)" over "Streamed: 2025-02-08"', () => {
  it('still reads the date field under the title field', () => {
    const dir = tempCorpus({
      'chat.txt': [
        'Twitch VOD chat replay', 'Channel: moorlandmodels', 'Title: Building the Kelpie Bay harbour diorama — part 6 (water pour!)', 'Streamed: 2025-02-08', '',
        '[0:00:12] StreamElements: moorlandmodels is live!', '[0:01:03] kiln: what resin are you using?', '[0:01:30] moorlandmodels: ArtResin, two litres.', '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.documents[0]!.meta.date).toBe('2025-02-08');
    expect((c.records as Rec[]).find((r) => r.type === 'qa')).toMatchObject({ speaker: 'moorlandmodels', year: 2025 });
  });
});

describe("a briefing: the moderator calls each reporter by name and outlet, then a bare \"Q:\" asks", () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe100', 'b'), ['press-briefing.txt']).records as Rec[];

  it('asks each called question as the reporter called, the outlet the role, and the calls answer nothing', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.asker, r.askerRole ?? null, r.speaker])).toEqual([
      [22, 'Lolita Baldor', 'Associated Press', 'Andrea K. Whitfield'],
      [29, 'Tom Vanden Brook', 'USA Today', 'Andrea K. Whitfield'],
      [34, null, null, 'Andrea K. Whitfield'],
      [41, 'Jennifer Griffin', 'Fox News', 'Andrea K. Whitfield'],
      [46, null, null, 'Andrea K. Whitfield'],
      [53, 'Idrees Ali', 'Reuters', 'Andrea K. Whitfield'],
    ]);
    expect(records.find((r) => r.text === 'Next, Tom Vanden Brook, USA Today.')).toMatchObject({ type: 'quote', speaker: 'Derek Oyelaran' });
  });

  it('a name and an outlet closing a turn no "Q:" follows call no one', () => {
    const dir = tempCorpus({
      'briefing.txt': [
        'MS. HALE: Good morning. The figures came from a report by Idrees Ali, Reuters.', '',
        'MR. DOYLE: That report was wrong about the dates.', '',
        'Q: Which dates?', '',
        'MR. DOYLE: The March ones.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => r.asker === 'Idrees Ali' || r.speaker === 'Idrees Ali')).toBe(false);
  });
});

describe("a memorial programme: each eulogy under its speaker's name alone, a rank before it or a part's word", () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe100', 'b'), ['memorial-programme.txt']).records as Rec[];

  it("gives each eulogy's telling to its speaker, and the notices after the last one to nobody", () => {
    expect(records.find((r) => r.text.startsWith('I flew with Doug Fairweather'))).toMatchObject({ speaker: 'Stephen Marsh' });
    expect(records.find((r) => r.text.startsWith('He never talked about that number'))).toMatchObject({ speaker: 'Stephen Marsh' });
    expect(records.find((r) => r.text.startsWith('Dad taught me to fish'))).toMatchObject({ speaker: 'Michael Fairweather' });
    expect(records.find((r) => r.text.startsWith('We will carry on'))).toMatchObject({ speaker: 'Alicia Grant' });
    expect(records.find((r) => r.text.startsWith('In lieu of flowers'))).toMatchObject({ speaker: null });
  });

  it("an oral history's section headings, \"The Line\" and \"The Union\", are no eulogists", () => {
    const dir = tempCorpus({
      'chapter.txt': [
        'Chapter 4', '', 'The Line', '', 'The line was sixty women. You stood at a table and we did not stop.', '',
        'The Union', '', 'I joined the union in 1952.', '', '[Editors\' note: The strike lasted three weeks.]', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => /^(?:the )?(?:Line|Union)$/i.test(r.speaker ?? ''))).toBe(false);
  });

  it('names over paragraphs about them, in the third person, are no eulogies', () => {
    const dir = tempCorpus({
      'staff.txt': [
        'Our new staff', '', 'Maria Lopez', '', 'Maria joins the finance team from Leeds. She has twelve years of audit experience.', '',
        'Tom Baker', '', 'Tom runs the warehouse night shift and has been with the firm since 2019.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.speaker === 'Maria Lopez' || r.speaker === 'Tom Baker')).toEqual([]);
  });
});

describe("a letters page: the salutation's dash before a letter's first sentence", () => {
  it('gives a quotation in that sentence to whom it names, and the rest of the letter to its signer', () => {
    const dir = tempCorpus({
      'letters.txt': [
        'Letters to the Editor', '', 'Cycle lanes', '',
        'Sir, – Councillor Pratt says cycle lanes are "a war on drivers". I cycle to work every day and have never declared war on anyone.', '',
        'DEREK HOLLOWAY', 'Bramley', '', 'Bus fares', '', 'Madam — Ann Lowe says the fares are "fair at last". Nobody asked the riders.', '', 'ANNE MILLS', 'Leeds', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text === 'a war on drivers')).toMatchObject({ type: 'quote', speaker: 'Pratt' });
    expect(got.find((r) => r.text === 'fair at last')).toMatchObject({ type: 'quote', speaker: 'Ann Lowe' });
    expect(got.find((r) => r.text.startsWith('I cycle to work'))).toMatchObject({ speaker: 'Derek Holloway' });
  });
});

describe("a guest book: each writer's name, the place on its own line under it, then the day", () => {
  const records = fixtureCorpus(DIR, ['guestbook-brennan.txt']).records as Rec[];

  it('gives each entry to its writer, a couple too, the place their role, dated by the day', () => {
    expect(records.map((r) => [r.type, r.speaker, r.role ?? null, r.year])).toEqual([
      ['quote', 'Colleen Ortiz', 'Milford, Connecticut', 2024],
      ['quote', 'Danny Reyes', 'Milford, Connecticut', 2024],
      ['quote', 'Margaret & Tom Hill', 'Orange, Connecticut', 2024],
    ]);
    expect(records.some((r) => r.speaker === 'Milford' || r.speaker === 'Orange')).toBe(false);
  });
});

describe("an NGO's collection of withheld witnesses' testimonies, each under \"## Testimony 12 — man, 52, farmer, …\"", () => {
  const records = fixtureCorpus(join(FIXTURES, 'probe101', 'a'), ['ngo-testimonies-kassala.md']).records as Rec[];

  it("gives each section's telling to its testimony, the description its role, and the researchers' notes to nobody", () => {
    expect(records.find((r) => r.text.startsWith('I hid in the sorghum store'))).toMatchObject({ speaker: 'Testimony 12', role: 'man, 52, farmer, from Tulul village' });
    expect(records.find((r) => r.text.startsWith('We buried her there'))).toMatchObject({ speaker: 'Testimony 12' });
    expect(records.find((r) => r.text.startsWith('After that I stayed in the village'))).toMatchObject({ speaker: 'Testimony 16' });
    expect(records.find((r) => r.text.startsWith('HCMP has referred her'))).toMatchObject({ speaker: null });
    expect(records.find((r) => r.text.startsWith('HCMP interviewed 61 people'))).toMatchObject({ speaker: null });
  });

  it('numbered witnesses a report describes in the third person tell nothing', () => {
    const dir = tempCorpus({
      'summary.md': [
        '# Hearing summary', '', '## Witness 1 — harbour master', '', 'The harbour master described the night of the storm.', '',
        '## Witness 2 — ferry captain', '', 'The captain said the ferry left on time.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.some((r) => /^Witness \d/.test(r.speaker ?? ''))).toBe(false);
  });
});
