/**
 * Shapes read this session: an obituary whose subject's work is a structure named in capitals
 * ("the Ferris Point Bridge"), a select committee's oral evidence whose members list names the
 * chair ("Sir Geoffrey Clifton-Brown (Chair)") over "Q1 Chair:" turns, and a radio phone-in whose
 * callers' labels are short names in capitals ("DEV (PORTSWOOD):").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null; role?: string | null; askerRole?: string | null };
const DIR = join(FIXTURES, 'lead96');

describe('an obituary: a bridge named in capitals is no one a later "she said" means', () => {
  const records = fixtureCorpus(DIR, ['obituary.txt']).records as Rec[];

  it("gives the words of the subject's old interview to her, in the year she said them", () => {
    expect(records.find((r) => r.text.startsWith('the only thing I have built'))).toMatchObject({ type: 'quote', speaker: 'Marguerite Okonkwo-Bell', year: 1989 });
  });

  it('in other words: a stadium and a viaduct of three words after the article, a man named before them', () => {
    const dir = tempCorpus({
      'profile.txt': [
        'Profile', '',
        'Tomasz Wierzbicki, the architect, has retired at 70. He founded his practice in 1988.', '',
        'His practice drew the Harlow Town Stadium. Its best-known work, the Kessock Rail Viaduct, opened in 2004.', '',
        'In a 2010 lecture he said the viaduct was "the hardest thing we ever drew".', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('the hardest thing'))).toMatchObject({ type: 'quote', speaker: 'Tomasz Wierzbicki' });
  });
});

describe('oral evidence to a select committee: the members list names the chair whom "Q1 Chair:" means', () => {
  const records = fixtureCorpus(DIR, ['committee-evidence.txt']).records as Rec[];

  it("gives the chair's questions to the member the list marks (Chair), his surname double-barrelled", () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Sir Geoffrey Clifton-Brown', 'Philippa Rowe'],
      ['Sir Geoffrey Clifton-Brown', 'Philippa Rowe'],
      ['Anna Dixon', 'Mark Ellison'],
      ['Anna Dixon', 'Mark Ellison'],
      ['Clive Betts', 'Philippa Rowe'],
      ['Lloyd Hatton', 'Philippa Rowe'],
    ]);
  });

  it("in other words: a surname with an apostrophe in the chair, on a comma's list", () => {
    const dir = tempCorpus({
      'evidence.txt': [
        'Transport Committee', 'Oral evidence: Rural bus services, HC 88', 'Tuesday 4 March 2025', '',
        'Members present: Ruth O\'Neill (Chair), Tom Aske, Priya Mann.', '',
        'Q1 Chair: How many routes were cut last year?', '',
        'Jonas Whitfield: Forty-one, Chair, out of about 900.', '',
        'Q2 Priya Mann: Were the councils told first?', '',
        'Jonas Whitfield: Most of them were.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Forty-one'))).toMatchObject({ type: 'qa', asker: "Ruth O'Neill", speaker: 'Jonas Whitfield' });
  });
});

describe('a radio phone-in: callers under short names in capitals the presenter greets', () => {
  const records = fixtureCorpus(DIR, ['phone-in.txt']).records as Rec[];

  it('writes "DEV (PORTSWOOD):" as the presenter writes him, "Dev"', () => {
    expect(records.find((r) => r.text.startsWith('Not on this stretch'))).toMatchObject({ type: 'qa', asker: 'Dev', speaker: 'Joanna Hartley' });
    expect(records.filter((r) => r.asker === 'DEV' || r.speaker === 'DEV')).toEqual([]);
  });

  it('in other words: "TOR:" handed over to as "Tor, go ahead"; "IT:" opening a sentence stays IT', () => {
    const dir = tempCorpus({
      'phone-in.txt': [
        'PRESENTER: Next on the line. Tor, go ahead.', '', 'TOR: Why is the ferry late every Friday?', '', 'GUEST: The crew rota changes on Fridays.', '',
      ].join('\n'),
      'support.txt': [
        'USER: The laptop will not start. It shows a black screen.', '', 'IT: Have you held the power button for ten seconds?', '', 'USER: Yes. It still does nothing.', '',
      ].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('The crew rota'))).toMatchObject({ type: 'qa', asker: 'Tor' });
    expect(got.find((r) => r.text.startsWith('Yes. It still'))).toMatchObject({ asker: 'IT' });
  });
});

describe('a numbered Q&A whose standfirst ends on its credit: "Interview by Joe Farrant, March 2024."', () => {
  const records = fixtureCorpus(DIR, ['ten-questions.md']).records as Rec[];

  it('dates every answer by the month and year the credit gives, the interviewer asking', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(6);
    expect(new Set(qa.map((r) => `${r.asker} ${r.speaker} ${r.year}`))).toEqual(new Set(['Joe Farrant Aiko Tanabe 2024']));
  });

  it('in other words: "Questions by …" closing an italic note of two sentences; a standfirst with no credit dates nothing', () => {
    const dir = tempCorpus({
      'credited.md': ['# Five minutes with Ola Berg', '', '_The chef on fish and failure. Questions by Ana Reis, October 2022._', '', '**Why fish?**', '', 'Because my father caught it.', ''].join('\n'),
      'uncredited.md': ['# Five minutes with Ola Berg', '', '_The chef on fish and failure. She opened in October 2022._', '', '**Why fish?**', '', 'Because my father caught it.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'credited' && r.text.startsWith('Because'))).toMatchObject({ year: 2022 });
    expect(got.find((r) => r.doc === 'uncredited' && r.text.startsWith('Because'))?.year ?? null).toBeNull();
  });
});

describe("a shop's reviews page: rating and title on one line, 'Colour: … | Verified Purchase', customers' answers", () => {
  const records = fixtureCorpus(DIR, ['shop-reviews.txt']).records as Rec[];

  it("gives each card's title and words to its reviewer, dated by 'Reviewed in … on'", () => {
    expect(records.find((r) => r.text.startsWith("I've had three kettles"))).toMatchObject({ type: 'quote', speaker: 'Helen M.', year: 2024 });
    expect(records.find((r) => r.text.includes('Limescale after a month'))).toMatchObject({ type: 'quote', speaker: 'R. Patel' });
    expect(records.filter((r) => r.speaker === 'Colour')).toEqual([]);
  });

  it('reads each answered question as a qa of the customer who answered, the seller named by no one', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.speaker, r.year])).toEqual([
      ['Does the lid open fully to clean inside?', 'Thomas', 2024],
      ['Is the base 360 degrees?', null, 2024],
    ]);
  });

  it('in other words: "Size: … | Style: … | Verified Purchase", "One person found this helpful"', () => {
    const card = (name: string, words: string) => [name, '4.0 out of 5 stars  Does the job', 'Reviewed in Canada on March 3, 2023', 'Size: 1.7 L | Style: Matte | Verified Purchase', words, 'One person found this helpful', 'Helpful | Report abuse', ''];
    const dir = tempCorpus({
      'reviews.txt': ['Top reviews', '', ...card('Jo Whitley', 'Quiet and quick.'), ...card('Sam K.', 'The handle gets hot.'), 'Question: Is it cordless?', 'Answer: Yes, it lifts off the base.', 'By Amrit on April 2, 2023', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text === 'Quiet and quick.')).toMatchObject({ type: 'quote', speaker: 'Jo Whitley', year: 2023 });
    expect(got.find((r) => r.text === 'The handle gets hot.')).toMatchObject({ type: 'quote', speaker: 'Sam K.' });
    expect(got.filter((r) => r.speaker === 'Size')).toEqual([]);
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ question: 'Is it cordless?', speaker: 'Amrit', year: 2023 });
  });
});

describe('a judgment whose reasons open on their first paragraph, the judge named under "Before:" alone', () => {
  const records = fixtureCorpus(DIR, ['judgment.txt']).records as Rec[];

  it("gives the judgment's findings to the judge and the witnesses' words to them", () => {
    expect(records.find((r) => r.text.startsWith('I find the Trust in breach'))).toMatchObject({ type: 'claim', speaker: 'Mrs Justice Okafor' });
    expect(records.find((r) => r.text.startsWith('The inspector was off sick'))).toMatchObject({ type: 'quote', speaker: 'Kevin Hollis' });
  });

  it('in other words: the judge on the "Before:" line itself; a panel of two, or a hearing with no judgment heading, names no author', () => {
    const judgment = (before: string[], heading: string) =>
      ['IN THE COURT OF APPEAL', '', ...before, '', heading, '', '1. The appeal is about a lease. I would dismiss it.', ''].join('\n');
    const dir = tempCorpus({
      'one.txt': judgment(['Before: HIS HONOUR JUDGE KERR'], 'Approved Judgment'),
      'panel.txt': judgment(['Before:', 'LORD JUSTICE ADEYEMI', 'LADY JUSTICE HOLT'], 'Approved Judgment'),
      'hearing.txt': judgment(['Before: HIS HONOUR JUDGE KERR'], 'Transcript of proceedings'),
    });
    const got = loadCorpus(dir).records as Rec[];
    const author = (doc: string) => got.find((r) => r.doc === doc && r.text.includes('I would dismiss'))?.speaker ?? null;
    expect(author('one')).toBe('His Honour Judge Kerr');
    expect(author('panel')).toBeNull();
    expect(author('hearing')).toBeNull();
  });
});

describe('a written question as the site prints it: "Asked by: NAME (party - seat)", "Answered by NAME - Office (Department)"', () => {
  const records = fixtureCorpus(DIR, ['written-answer.txt']).records as Rec[];

  it('reads one qa, the member asking and the minister answering, each with the role the page gives', () => {
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ type: 'qa', asker: 'Rachel Hopwood', speaker: 'Mark Ellery', askerRole: 'Labour - Stockport East', role: 'Minister of State (Department for Transport)' });
    expect(records[0]!.question).toMatch(/^To ask the Secretary of State for Transport, how many railway stations/);
    expect(records[0]!.text).toMatch(/^Around 50% of stations/);
  });

  it('in other words: the office after an en dash, the answer day above the answerer', () => {
    const dir = tempCorpus({
      'wq.txt': ['Question for Home Office', '', 'Asked by: Leanne Cole (Green - Bristol West)', '', 'To ask the Secretary of State for the Home Department, how many police officers were recruited in 2023.', '', 'Answered on 9 May 2024', 'Answered by Imran Shah – Minister for Policing', '', 'In 2023, 6,100 officers were recruited in England and Wales.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.type === 'qa')).toMatchObject({ asker: 'Leanne Cole', speaker: 'Imran Shah', role: 'Minister for Policing', text: 'In 2023, 6,100 officers were recruited in England and Wales.' });
  });
});

describe('a LinkedIn post copied with its comments: "Like · 12   Reply · 1 Reply" under each', () => {
  const records = fixtureCorpus(DIR, ['linkedin-post.txt']).records as Rec[];

  it("pairs the author's replies with the comments that ask, and keeps the action bars out", () => {
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.text.slice(0, 12)])).toEqual([
      ['Omar Haddad', 'Fatima Al-Sayegh', 'Thanks Omar!'],
      ['Julia Brandt', 'Fatima Al-Sayegh', 'Closing our '],
    ]);
    expect(records.filter((r) => /\bLike\b.*\bReply\b/.test(r.text))).toEqual([]);
  });
});

describe('a Q&A credited under its last answer: "… £16.99. Interview by Leon Achterberg, October 2023."', () => {
  const records = fixtureCorpus(DIR, ['caps-questions.txt']).records as Rec[];

  it('makes the credited interviewer the asker and the month and year the year of every record', () => {
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    expect(new Set(qa.map((r) => `${r.asker} ${r.speaker} ${r.year}`))).toEqual(new Set(['Leon Achterberg Marta Vidal 2023']));
  });

  it('in other words: a credit of its own under the answers, "Questions by …, Spring 2021"; a foot naming no interview dates nothing', () => {
    const qa = (foot: string) => ['FIVE QUESTIONS: OLA BERG', '', 'WHY FISH?', 'Because my father caught it.', '', 'WHAT NEXT?', 'A second restaurant.', '', foot, ''].join('\n');
    const dir = tempCorpus({ 'credited.txt': qa('Questions by Ana Reis, Spring 2021.'), 'uncredited.txt': qa('The restaurant opens at 6pm, from March 2021.') });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'credited' && r.text.startsWith('Because'))).toMatchObject({ year: 2021 });
    expect(got.find((r) => r.doc === 'uncredited' && r.text.startsWith('Because'))?.year ?? null).toBeNull();
  });
});

describe('a fan\'s summary dated by a day in brackets after "last night": "IG Live last night (Jan 12, 2025)"', () => {
  const records = fixtureCorpus(DIR, ['live-summary.txt']).records as Rec[];

  it('dates every record by that day', () => {
    expect(records.length).toBeGreaterThan(3);
    expect(new Set(records.map((r) => r.year))).toEqual(new Set([2025]));
  });

  it('in other words: "yesterday (Tuesday, 4 June 2024)"; a bracketed day after any other words dates nothing', () => {
    const dir = tempCorpus({
      'glossed.txt': ['Notes from yesterday (Tuesday, 4 June 2024) at the harbour meeting.', '', 'The ferry will run twice a day.', ''].join('\n'),
      'other.txt': ['Notes on the harbour plan (4 June 2024 draft) for members.', '', 'The ferry will run twice a day.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'glossed' && r.text.startsWith('The ferry'))).toMatchObject({ year: 2024 });
    expect(got.find((r) => r.doc === 'other' && r.text.startsWith('The ferry'))?.year ?? null).toBeNull();
  });
});

describe('an explainer under question headings whose title asks about "the Harbour Line"', () => {
  const records = fixtureCorpus(DIR, ['explainer.md']).records as Rec[];

  it("reads the answers as the writer's reporting, no qa of a railway", () => {
    expect(records.filter((r) => r.type === 'qa')).toEqual([]);
    expect(records.filter((r) => r.speaker === 'Harbour Line')).toEqual([]);
    expect(records.find((r) => r.text.startsWith('Replacement buses'))).toMatchObject({ type: 'claim', speaker: 'Sian Pritchard' });
    expect(records.find((r) => r.text.startsWith('Passengers will not pay'))).toMatchObject({ type: 'quote', speaker: 'Owen Lacey' });
  });

  it('in other words: "How did the Kestrel Bridge fail?" over reported answers; "Ten questions for Ana Ruiz" still names her', () => {
    const page = (title: string, answer: string) => [`# ${title}`, '', '## What happened?', '', answer, '', '## What next?', '', 'Repairs start in May, the council said.', ''].join('\n');
    const dir = tempCorpus({
      'bridge.md': page('How did the Kestrel Bridge fail, and who pays?', 'A cable snapped in the cold, engineers said.'),
      'ruiz.md': page('Ten questions for Ana Ruiz', 'I moved the studio to Porto in 2019.'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.filter((r) => r.doc === 'bridge' && (r.type === 'qa' || r.speaker === 'Kestrel Bridge'))).toEqual([]);
    expect(got.find((r) => r.doc === 'ruiz' && r.text.startsWith('I moved'))).toMatchObject({ type: 'qa', speaker: 'Ana Ruiz' });
  });
});

describe('an Ask HN AMA whose submission opens "I\'m Maya Lindqvist." under "412 points by kestrel_dev"', () => {
  const records = fixtureCorpus(DIR, ['ask-hn.txt']).records as Rec[];

  it('names the poster as the post introduces her, in the submission and in every answer', () => {
    expect(records.filter((r) => r.speaker === 'kestrel_dev')).toEqual([]);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['jdoe42', 'Maya Lindqvist'],
      ['pmarsh', 'Maya Lindqvist'],
    ]);
  });

  it('in other words: "Hi all, I am …" opening the post; a thread that is no AMA keeps the handle', () => {
    const thread = (title: string) =>
      [title, '96 points by orla_met 3 years ago | hide | past | favorite | 41 comments', '', 'Hi all, I am Orla Breen and I make weather stations in Galway.', '', '\t', 'beckett_k 3 years ago | next [–]', '', 'How do you calibrate the rain gauges?', '', '\t', 'orla_met 3 years ago | parent | next [–]', '', 'Against a reference gauge on our roof.', ''].join('\n');
    const dir = tempCorpus({ 'ama.txt': thread('Ask HN: We make weather stations. AMA'), 'show.txt': thread('Show HN: Our open weather station') });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'ama' && r.type === 'qa')).toMatchObject({ asker: 'beckett_k', speaker: 'Orla Breen' });
    expect(got.find((r) => r.doc === 'show' && r.type === 'qa')).toMatchObject({ asker: 'beckett_k', speaker: 'orla_met' });
  });
});

describe('"THE CHAIR:" and "THE INSPECTOR:" under a "Before:" line naming the one person in that office', () => {
  const hearing = (before: string, label: string) =>
    ['PUBLIC INQUIRY', 'TRANSCRIPT OF PROCEEDINGS - DAY 1', '', before, '', 'MS OKAFOR: Could you state your name?', '', 'A WITNESS: Dana Reyes.', '', `${label}: How long have you worked at the port?`, '', 'A WITNESS: Eleven years.', ''].join('\n');

  it('gives the office\'s turns to the one named, without rank, form of address or degrees', () => {
    const dir = tempCorpus({
      'chair.txt': hearing('Before: Captain R. J. Halloran, Inquiry Chair', 'THE CHAIR'),
      'inspector.txt': hearing('Before: MRS JANE OAKRIDGE BSc MRTPI (the Inspector)', 'THE INSPECTOR'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.doc === 'chair' && r.text === 'Eleven years.')).toMatchObject({ type: 'qa', asker: 'R. J. Halloran' });
    expect(got.find((r) => r.doc === 'inspector' && r.text === 'Eleven years.')).toMatchObject({ type: 'qa', asker: 'Jane Oakridge' });
  });

  it('leaves the office as it is where "Before:" names another office or a panel', () => {
    const dir = tempCorpus({
      'other.txt': hearing('Before: Captain R. J. Halloran, Senior Assessor', 'THE CHAIR'),
      'panel.txt': hearing('Before: Ms A. Cole, Mr B. Dunn and Dr C. Eze', 'THE CHAIR'),
    });
    const got = loadCorpus(dir).records as Rec[];
    for (const doc of ['other', 'panel']) expect(got.find((r) => r.doc === doc && r.text === 'Eleven years.')?.asker).toMatch(/^the Chair$/i);
  });
});

describe('a radio documentary\'s contributor under a long note in lower case: "DR AISHA BELLO (hydrologist, Cardiff University):"', () => {
  const records = fixtureCorpus(DIR, ['documentary-script.txt']).records as Rec[];

  it("reads the contributor's turn as hers, not as the narrator's question", () => {
    expect(records.find((r) => r.text.startsWith('When the level drops'))).toMatchObject({ type: 'quote', speaker: 'Aisha Bello' });
    expect(records.find((r) => r.text.startsWith('The water board'))).toMatchObject({ type: 'qa', asker: 'Narrator', question: 'Did anyone ever apologise?' });
  });

  it('in other words: "at" in the note; a long aside after a name in ordinary case stays a sentence', () => {
    const dir = tempCorpus({
      'caps.txt': ['NARRATOR: The river rose.', '', 'TOMAS BERG (engineer at the Kessock drainage board): We opened every sluice.', ''].join('\n'),
      'aside.txt': ['The council met on Monday.', '', 'Then Mayor Lind (who had promised a review back in 2019): nothing more was said.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('We opened'))).toMatchObject({ speaker: 'Tomas Berg' });
    expect(got.filter((r) => r.doc === 'aside' && r.speaker !== null)).toEqual([]);
  });
});

describe('meeting notes whose roll is a bold field: "**Present:** Cllr Dana Whitfield (chair), …"', () => {
  const records = fixtureCorpus(DIR, ['ward-meeting.md']).records as Rec[];

  it('names "Cllr Whitfield" in full, as the roll gives her', () => {
    expect(records.filter((r) => r.speaker === 'Whitfield')).toEqual([]);
    expect(records.find((r) => r.text.startsWith("I've seen the photos"))).toMatchObject({ type: 'quote', speaker: 'Dana Whitfield' });
  });

  it('in other words: an "**In attendance:**" field', () => {
    const dir = tempCorpus({
      'notes.md': ['# Parish meeting', '', '**In attendance:** Cllr Owen Tracy, Ms Lena Vos (clerk)', '', 'Cllr Tracy said the hall roof would be fixed in June.', ''].join('\n'),
    });
    const got = loadCorpus(dir).records as Rec[];
    expect(got.find((r) => r.text.startsWith('Cllr Tracy said'))).toMatchObject({ speaker: 'Owen Tracy' });
  });
});
