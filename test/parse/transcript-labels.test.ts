/**
 * Transcript label forms met in documents nobody had seen (court pleading
 * paper, hearing records, broadcast and parliamentary labels, research
 * transcripts): each test a small invented variant of the layout, asserting
 * what a reader credits.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { withoutLineNumbers } from '../../src/parse/labels.js';
import { tempCorpus } from '../helpers.js';

const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files)).records;
const qa = (files: Record<string, string>) =>
  load(files)
    .filter((r) => r.type === 'qa')
    .map((r) => [r.asker, r.speaker, r.question, r.text]);
const turns = (files: Record<string, string>) => load(files).map((r) => [r.type, r.speaker, r.text]);

describe('pleading paper: line numbers 1–25 on each page, a caption block on lines of its own', () => {
  const pad = (n: number) => String(n).padStart(2);
  const page = (no: number, rows: string[]) => {
    let n = 0;
    return `${' '.repeat(60)}${no}\n\n` + rows.map((r) => (r.startsWith('~') ? r.slice(1) : `${pad(++n)}${r}`)).join('\n');
  };
  // Rows starting "~" are the caption's spill-over lines, which carry no number.
  const body =
    page(88, [
      '              SUPERIOR COURT OF THE STATE',
      '~                  COUNTY OF MARIPOSA',
      '',
      '~     PEOPLE OF THE STATE,        )',
      '                                  )',
      '~          v.                     )   No. 19-CR-2231',
      '                                  )',
      '~     DESMOND K. ALVERSTONE,      )',
      '              Defendant.          )',
      '',
      '                    REPORTER\'S TRANSCRIPT - DAY 4',
      '',
      '             THE COURT: Please be seated. Ms. Quarles,',
      '   go ahead.',
      '             MS. QUARLES: Thank you.',
      '   BY MS. QUARLES:',
      '       Q.   Mr. Ibsen, you kept the ledgers for the',
      '   warehouse?',
      '       A.   For six years.',
      '       Q.   Who signed them?',
      '       A.   The manager signed every page.',
      '             MR. DORSETT: Objection. Speculation.',
      '             THE COURT: Overruled.',
    ]) +
    '\n' +
    page(89, ['       Q.   Did anyone else sign?', '       A.   Nobody, as far as I know.', '             MS. QUARLES: No further questions.']) +
    '\n';

  it('reads past the numbers: the counsel asks, the court and counsel speak as themselves', () => {
    expect(qa({ 'day4.txt': body }).map((r) => [r[0], r[2], r[3]])).toEqual([
      ['Ms. Quarles', 'Mr. Ibsen, you kept the ledgers for the warehouse?', 'For six years.'],
      ['Ms. Quarles', 'Who signed them?', 'The manager signed every page.'],
      ['Ms. Quarles', 'Did anyone else sign?', 'Nobody, as far as I know.'],
    ]);
    const all = turns({ 'day4.txt': body });
    // Counsel's objection, words in title case, is theirs, not in the witness's answer.
    expect(all).toContainEqual(['quote', 'Mr. Dorsett', 'Objection. Speculation.']);
    expect(all).toContainEqual(['quote', 'the Court', 'Please be seated. Ms. Quarles, go ahead.']);
    // No number is left in any text, and the page numbers are no record.
    for (const [, , text] of all) expect(text).not.toMatch(/^\s*\d{1,3}\b|\s(?:88|89)$/);
  });

  it('leaves numbers that do not count up line by line alone', () => {
    const lines = ['12 eggs', 'Then we waited.', '3 cups of flour', 'Mix well.', '1 pinch of salt', '40 minutes at 180', 'Serve.'];
    expect(withoutLineNumbers(lines)).toEqual(lines);
  });
});

describe('a caption box with no numbers above numbered, hard-wrapped turns', () => {
  // The cover's lines carry the caption's ")" column and no line number; only the turns are numbered.
  const body = [
    '                 CIRCUIT COURT FOR HALLORAN COUNTY',
    '',
    'STATE OF NEW ALBION,              )',
    '                                  )',
    '            Plaintiff,            )   Case No. 21-CF-0457',
    '                                  )',
    '       v.                         )   PLEA HEARING',
    '                                  )',
    'TOBIAS R. VANTERPOOL,             )   March 3, 2022',
    '                                  )',
    '            Defendant.            )',
    '',
    '                                                             4',
    ' 1           THE COURT: Mr. Vanterpool, do you understand the',
    ' 2   charge the State has brought against you?',
    ' 3           THE DEFENDANT: I do, Your Honor. My lawyer went',
    ' 4   through every page of it with me.',
    ' 5           THE COURT: And is the plea your own choice?',
    ' 6           THE DEFENDANT: Yes.',
    ' 7           THE COURT: Has anyone promised you anything in',
    ' 8   return for the plea?',
    ' 9           THE DEFENDANT: No one has.',
    '10           MS. ABERNATHY-LUZ: The State has nothing to add.',
    '11           THE COURT: Then the plea is accepted. Sentencing',
    '12   will be set for a later date.',
    '',
  ].join('\n');

  it('reads the turns past their numbers, and the caption as the header, no section', () => {
    // The caption names one defendant: "THE DEFENDANT:" is that person.
    expect(qa({ 'plea.txt': body })).toEqual([
      ['the Court', 'Tobias R. Vanterpool', 'Mr. Vanterpool, do you understand the charge the State has brought against you?', 'I do, Your Honor. My lawyer went through every page of it with me.'],
      ['the Court', 'Tobias R. Vanterpool', 'And is the plea your own choice?', 'Yes.'],
      ['the Court', 'Tobias R. Vanterpool', 'Has anyone promised you anything in return for the plea?', 'No one has.'],
    ]);
    const all = load({ 'plea.txt': body });
    for (const r of all) {
      expect(r.text).not.toMatch(/(?:^|\s)\d{1,2}\s|\)/);
      expect(r.section).toBeNull();
    }
    expect(all.map((r) => [r.type, r.speaker, r.text])).toContainEqual(['quote', 'Ms. Abernathy-Luz', 'The State has nothing to add.']);
  });

  it('leaves "THE DEFENDANT" a role where the caption names several defendants', () => {
    const two = body.replace('TOBIAS R. VANTERPOOL,             )', 'TOBIAS R. VANTERPOOL and         )\nGRETA M. OSTROWSKI,               )').replace('Defendant.  ', 'Defendants. ');
    expect(new Set(qa({ 'plea.txt': two }).map((r) => r[1]))).toEqual(new Set(['the Defendant']));
  });
});

describe('turns hard-wrapped with no blank line between them, no line numbers', () => {
  it('reads a short exchange whose first turns wrap mid-sentence as a transcript', () => {
    const body = [
      'THE COURT: Ms. Oduya, is there anything you wish to tell the',
      'court before it rules?',
      'THE WITNESS: Only that I signed the lease in good faith. The',
      'landlord never showed me the survey.',
      'MR. TREMBATH: Nothing further from us.',
      '',
    ].join('\n');
    expect(qa({ 'hearing.txt': body })).toEqual([
      ['the Court', 'the Witness', 'Ms. Oduya, is there anything you wish to tell the court before it rules?', 'Only that I signed the lease in good faith. The landlord never showed me the survey.'],
    ]);
  });

  it('reads a counsel heard once, whose words wrap, as a turn of their own', () => {
    const body = [
      'THE COURT: Does the defence wish to be heard?',
      'THE DEFENDANT: I leave it to my counsel.',
      'THE COURT: Very well.',
      'MR. ISHIGURO-BANKS: Briefly, Your Honor. The deposit was',
      'returned in full.',
      'THE COURT: Thank you. We will adjourn.',
      '',
    ].join('\n');
    const all = load({ 'h.txt': body });
    expect(all.map((r) => [r.speaker, r.text])).toContainEqual(['Mr. Ishiguro-Banks', 'Briefly, Your Honor. The deposit was returned in full.']);
    for (const r of all) expect(`${r.question ?? ''} ${r.text}`).not.toContain('MR.');
  });
});

describe('a hearing record in mixed case: "    Mr. Halloran-Price. words", each turn an indented paragraph', () => {
  const body = [
    '                 WATER SUPPLY RESILIENCE IN THE HIGH PLAINS',
    '',
    '                               HEARING',
    '',
    '                           SEPTEMBER 14, 2021',
    '',
    '    The Chairwoman. The committee will come to order. We welcome',
    'the director of the Bureau of Groundwater, Mr. Tobias Lindqvist.',
    'Please begin.',
    '    Mr. Lindqvist. Thank you, Chairwoman Marchetti, Ranking Member',
    'Halloran-Price, and members of the committee. The aquifer fell',
    'two feet last year.',
    '    Senator Halloran-Price. Mr. Lindqvist, how many wells did the',
    'Bureau meter in 2020?',
    '    Mr. Lindqvist. About four hundred.',
    '    Senator Halloran-Price. Is that enough?',
    '    Mr. Lindqvist. No. We need ten times that.',
    '    The Chairwoman. The hearing is adjourned.',
    '',
  ].join('\n');

  it('reads each indented "Title Name." as a turn, its flush-left lines as more of it, the witness named in full', () => {
    const all = turns({ 'h.txt': body });
    expect(all).toContainEqual(['quote', 'the Chairwoman', 'The committee will come to order. We welcome the director of the Bureau of Groundwater, Mr. Tobias Lindqvist. Please begin.']);
    expect(all).toContainEqual(['quote', 'Tobias Lindqvist', 'Thank you, Chairwoman Marchetti, Ranking Member Halloran-Price, and members of the committee. The aquifer fell two feet last year.']);
    expect(qa({ 'h.txt': body })).toEqual([
      ['Senator Halloran-Price', 'Tobias Lindqvist', 'Mr. Lindqvist, how many wells did the Bureau meter in 2020?', 'About four hundred.'],
      ['Senator Halloran-Price', 'Tobias Lindqvist', 'Is that enough?', 'No. We need ten times that.'],
    ]);
    expect(all).toContainEqual(['quote', 'the Chairwoman', 'The hearing is adjourned.']);
  });

  it('needs the indent: flush left, "Dr. Brand. The" is a wrapped sentence ending on a name', () => {
    const prose = 'The award went to her mentor, who was introduced by\nDr. Brand. The ceremony ran late.\nDr. Brand. The name again.\nMost guests left by ten.\n';
    expect(load({ 'p.txt': prose }).every((r) => r.type === 'claim')).toBe(true);
  });
});

describe('a broadcast label with more than one field after the name', () => {
  it('reads "NAME (D), STATE:" and "NAME, ROLE, \\"TITLE\\":" as the person, the fields their role', () => {
    const body = [
      'ANNA KOVAC, KXRT ANCHOR: The storm reached the coast an hour ago. Joining me is the senator.',
      '',
      'SEN. TOMAS ELLERBY (D), OREGON: We have crews in every county tonight.',
      '',
      'KOVAC: Are the shelters full?',
      '',
      'ELLERBY: Two of them are. We opened a third at noon.',
      '',
      'KOVAC: And the author of a book on the last storm is with us. Why write it?',
      '',
      'RUTH OYELOWO, HISTORIAN, "THE LONG TIDE": Because nobody had asked the fishermen.',
      '',
      'KOVAC: Did they talk?',
      '',
      'OYELOWO: For hours.',
      '',
    ].join('\n');
    expect(qa({ 'k.txt': body }).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Anna Kovac', 'Tomas Ellerby', 'We have crews in every county tonight.'],
      ['Anna Kovac', 'Tomas Ellerby', 'Two of them are. We opened a third at noon.'],
      ['Anna Kovac', 'Ruth Oyelowo', 'Because nobody had asked the fishermen.'],
      ['Anna Kovac', 'Ruth Oyelowo', 'For hours.'],
    ]);
  });

  it('leaves a sentence with a comma before its colon alone', () => {
    const body = 'The plan, in short: build first.\n\nMARCH 3, 2024: The vote is held.\n\nHe said so.\n';
    expect(load({ 'n.txt': body }).every((r) => r.speaker === null)).toBe(true);
  });
});

describe('Hansard: a numbered question, a minister named by office with the holder in brackets, party tags', () => {
  it('reads "2. Mr Name (Seat) (Party):" and "The Minister of State for X (Ms Name):" as those members', () => {
    const body = [
      'House of Commons',
      'Wednesday 8 May 2024',
      '',
      'Coastal Flood Defences',
      '',
      '2. Mr Callum Ferrier (South Dunmere) (Con): What assessment she has made of the state of sea walls. [907731]',
      '',
      'The Minister of State for Floods and Coastal Change (Ms Imogen Tallis): Every wall is surveyed twice a year.',
      '',
      'Mr Ferrier: Three of them failed last winter. Will she visit Dunmere?',
      '',
      'Ms Tallis: I would be glad to.',
      '',
    ].join('\n');
    expect(qa({ 'h.txt': body }).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Callum Ferrier', 'Imogen Tallis', 'Every wall is surveyed twice a year.'],
      ['Callum Ferrier', 'Imogen Tallis', 'I would be glad to.'],
    ]);
  });

  it('reads the Lords\' layout: each member on a line of their own, the minister by office, holder and party', () => {
    const body = [
      'Ferry Services: Islands',
      '',
      'Baroness Quillan-Ross (LD)',
      'My Lords, will the Minister meet the island councils?',
      '',
      'The Minister of State, Department for Transport and the Isles (Lord Harrowgate-Penn) (Con)',
      'My Lords, I will write to the councils this week.',
      '',
      'Baroness Quillan-Ross (LD)',
      'Will he also publish the timetable review?',
      '',
      'Lord Harrowgate-Penn (Con)',
      'Yes, by the summer.',
      '',
    ].join('\n');
    expect(qa({ 'l.txt': body }).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Baroness Quillan-Ross', 'Lord Harrowgate-Penn', 'My Lords, I will write to the councils this week.'],
      ['Baroness Quillan-Ross', 'Lord Harrowgate-Penn', 'Yes, by the summer.'],
    ]);
  });

  it('leaves a numbered list item with a colon alone', () => {
    const body = 'Our plan has three parts.\n\n1. Background: the town grew fast.\n\n2. Budget: it rose by a third.\n\n3. Timeline: two years.\n';
    expect(load({ 'p.txt': body }).every((r) => r.speaker === null)).toBe(true);
  });
});

describe('a focus group labelled P1…Pn', () => {
  it('reads a label used once whose words end in a transcriber\'s note ("[laughs]") as a turn, not a heading', () => {
    const body = 'Group 2 — bakery staff, Hull\n\nMOD: How do you get to work?\nP1: Walk, mostly.\nP2: The 6 a.m. bus.\nMOD: And you, P3?\nP3: Honestly, I roll out of bed and run. [laughs]\nMOD: What would help?\nP1: A later start.\n';
    const all = load({ 'g.txt': body });
    expect(all.some((r) => r.text === 'Honestly, I roll out of bed and run.' && r.speaker === 'P3')).toBe(true);
    expect(all.every((r) => !r.section?.includes('roll out'))).toBe(true);
  });
});

describe('a part with its holder\'s first name in brackets: "CALLER (TAMSIN):", "Agent (Oskar):"', () => {
  it('credits the holder, and in a phone-in the presenter asks the callers', () => {
    const body = [
      'DRIVE TIME WITH LEWIS ABARA',
      '',
      'LEWIS ABARA: The ferry fares have gone up again. Tamsin in Cowes, you\'re on.',
      '',
      'CALLER (TAMSIN): Hi Lewis. I pay it twice a day for work and it\'s doubled since May.',
      '',
      'LEWIS ABARA: What does a return cost you now?',
      '',
      'CALLER (TAMSIN): Thirty-one pounds.',
      '',
      'LEWIS ABARA: And your employer?',
      '',
      'CALLER (TAMSIN): Pays nothing towards it.',
      '',
      'LEWIS ABARA: Thanks Tamsin. Now Rob in Ryde.',
      '',
      'CALLER (ROB): I think the operator has no choice, fuel is up.',
      '',
    ].join('\n');
    const got = qa({ 'ph.txt': body }).map((r) => [r[0], r[1], r[2], r[3]]);
    expect(got).toContainEqual(['Lewis Abara', 'Tamsin', 'What does a return cost you now?', 'Thirty-one pounds.']);
    expect(got).toContainEqual(['Lewis Abara', 'Tamsin', 'And your employer?', 'Pays nothing towards it.']);
    expect(got.every((r) => r[0] === 'Lewis Abara')).toBe(true);
    expect(load({ 'ph.txt': body }).map((r) => r.speaker)).toContain('Rob');
  });

  it('reads a support chat\'s "Agent (Name):" as that agent', () => {
    const body = '10:01 Customer: my card was charged twice\n10:02 Agent (Oskar): Sorry about that. Can you tell me the date of the charge?\n10:03 Customer: the 3rd\n10:04 Agent (Oskar): Thanks. I have refunded the second one.\n';
    const got = qa({ 's.txt': body });
    expect(got).toContainEqual(['Oskar', 'Customer', 'Sorry about that. Can you tell me the date of the charge?', 'the 3rd']);
    expect(load({ 's.txt': body }).some((r) => r.speaker === 'Agent')).toBe(false);
  });
});

describe('a header that introduces the participants', () => {
  it('reads "Interviewer (I): Name" as who I is, the line no turn; "Respondent (R): description" stays findable', () => {
    const body = 'Interview 12 – orchard cooperatives\nDate of interview: 2 May 2022\nInterviewer (I): Mateus Okonjo\nRespondent (R): apple grower, 58, Herefordshire\n\nI: When did you join the cooperative?\n\nR: In 1994, the year my father retired.\n\nI: Would you join again?\n\nR: Without thinking twice.\n';
    const all = load({ 'i.txt': body });
    expect(all.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.text])).toEqual([
      ['Mateus Okonjo', null, 'In 1994, the year my father retired.'],
      ['Mateus Okonjo', null, 'Without thinking twice.'],
    ]);
    // The description stays findable in a record's text, no section heading.
    expect(all.some((r) => r.text.includes('apple grower'))).toBe(true);
    expect(all.every((r) => !r.section?.includes('apple grower'))).toBe(true);
    expect(all.every((r) => !r.section?.includes('Okonjo'))).toBe(true);
  });

  it('reads two "Role: Full Name" pairs on one line as a cast: the surnames the turns use are those people', () => {
    const body = '  ORAL HISTORY: THE LAST FERRYMAN, 1969\n\n  Interviewer: Morag Ballantyne   Ferryman: Ewan Calum Lindsay\n\n  Ballantyne: How many crossings did you make a day?\n\n  Lindsay: Six in summer, two in winter.\n\n  Ballantyne: Did you ever lose a passenger?\n\n  Lindsay: Never a one.\n';
    expect(qa({ 'o.txt': body }).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Morag Ballantyne', 'Ewan Calum Lindsay', 'How many crossings did you make a day?'],
      ['Morag Ballantyne', 'Ewan Calum Lindsay', 'Did you ever lose a passenger?'],
    ]);
  });
});

describe('cast fields above the exchange: a name, then what the person does', () => {
  it('reads "**Guest:** Name, role" and "**Host:** Name" as the header, not a guest\'s turn swallowing the notes', () => {
    const body = [
      '# Tidewater Talks 17: Oysters and the Bay',
      '',
      '**Guest:** Prof. Amara Whitlow, marine ecologist at the Chesapeake Field Station',
      '**Host:** Callum Brody',
      '**Published:** March 3, 2023',
      '',
      '## About this episode',
      '',
      'Callum and Amara discuss reef restoration, spat on shell, and what a dredge season looks like now.',
      '',
      '**Callum Brody:** Amara, how many oysters does the bay hold now?',
      '',
      '**Amara Whitlow:** Roughly one percent of what it held in 1880. The reefs were dredged flat.',
      '',
      '**Callum Brody:** Can they come back?',
      '',
      '**Amara Whitlow:** Where we plant shell, yes. We seeded forty acres last spring.',
      '',
    ].join('\n');
    const records = load({ 'tidewater.md': body });
    expect(records.map((r) => r.speaker).filter(Boolean)).not.toContain('Guest');
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Callum Brody', 'Amara Whitlow'],
      ['Callum Brody', 'Amara Whitlow'],
    ]);
    // The notes under the fields are a claim of no one's, not words of a "Guest" turn.
    const notes = records.find((r) => r.text.includes('reef restoration'))!;
    expect([notes.type, notes.speaker]).toEqual(['claim', null]);
    expect(records.filter((r) => r.text.includes('marine ecologist')).every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
  });

  it('reads "Host: Name. Guest: Name, role." on one line as two fields: the first turn asks nobody "Host"', () => {
    const body = [
      'Valley FM gardening phone-in',
      'Broadcast 9 May 2019',
      'Host: Gareth Ellison. Guest: Dr. Ffion Baird, soil scientist.',
      '',
      'GARETH ELLISON: Evening all, and welcome. Our first caller is Bryn from Llandeilo.',
      'CALLER (Bryn, Llandeilo): My leeks keep bolting. What am I doing wrong?',
      'DR. BAIRD: Usually a cold snap after planting. Sow a fortnight later next year.',
      'GARETH ELLISON: Ffion, is peat-free compost any good now?',
      'DR. BAIRD: Much better than ten years ago. I use nothing else.',
      '',
    ].join('\n');
    const records = load({ 'phone-in.txt': body });
    expect(records.map((r) => r.asker)).not.toContain('Host');
    expect(records.some((r) => r.question?.includes('Gareth Ellison.'))).toBe(false);
    const opening = records.find((r) => r.text.startsWith('Evening all'))!;
    expect([opening.type, opening.speaker]).toEqual(['quote', 'Gareth Ellison']);
  });
});

describe('initials defined for a double-barrelled name', () => {
  it('reads "Dr. Priya Nandi-Walsh (PNW)" as who "PNW:" is', () => {
    const body = 'Workshop 4, Bristol\nFacilitator: Dr. Priya Nandi-Walsh (PNW).\n\nPNW: What stops you recycling more?\nP1: No room for the bins.\nPNW: Anything else?\nP2: The collections keep changing.\n';
    expect(new Set(qa({ 'w.txt': body }).map((r) => r[0]))).toEqual(new Set(['Priya Nandi-Walsh']));
  });
});

describe('a turn hard-wrapped after a title', () => {
  it('reads "…, Mrs." / "Fairlie?" as one question, not a new turn', () => {
    const body = 'Q: When did you first open the shop, Mrs.\nFairlie?\nA: In the spring of 1971.\nQ: And who ran it before you?\nA: My aunt Isobel.\n';
    expect(qa({ 'f.txt': body }).map((r) => [r[2], r[3]])).toEqual([
      ['When did you first open the shop, Mrs. Fairlie?', 'In the spring of 1971.'],
      ['And who ran it before you?', 'My aunt Isobel.'],
    ]);
  });
});

describe('a footer under the last turn', () => {
  const talk = [
    'Ines Duarte: How long have you kept the lighthouse?',
    'Tomas Reis: Since 1987. My father kept it before me.',
    'Ines Duarte: And now it runs itself?',
    'Tomas Reis: Since the automation in 2004, yes. I still climb it every Sunday.',
  ].join('\n');
  const last = (records: ReturnType<typeof load>) => records.find((r) => r.text.includes('every Sunday'))!;

  it('leaves the tool\'s own lines out of the last answer, as nobody\'s claims', () => {
    const body = `${talk}\nRecording stopped. Transcript generated at 00:12:40\n\nThis transcript was produced automatically and has not been checked.\n`;
    const records = load({ 'lighthouse.txt': body });
    expect(last(records).text).toBe('Since the automation in 2004, yes. I still climb it every Sunday.');
    const footer = records.filter((r) => /transcript/i.test(r.text));
    expect(footer.length).toBeGreaterThan(0);
    expect(footer.every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
  });

  it('leaves out credits in italics and an address for the reader, set off by a blank line', () => {
    const body = `${talk}\n\n_Harbour Lights is edited by Rui Prata. Theme music by Sal e Mar._\n\nQuestions for a future episode go to mail@harbourlights.example.\n`;
    const records = load({ 'lighthouse.txt': body });
    expect(last(records).text).toBe('Since the automation in 2004, yes. I still climb it every Sunday.');
    for (const words of ['Theme music', 'future episode']) {
      const r = records.find((x) => x.text.includes(words))!;
      expect([r.type, r.speaker]).toEqual(['claim', null]);
    }
  });

  it('keeps a last paragraph in the speaker\'s own voice, or one not set off, as theirs', () => {
    const body = `${talk}\n\nWe light it for the fishermen, mostly. Write to me at the harbour office.\n`;
    expect(last(load({ 'lighthouse.txt': body })).text).toContain('Write to me');
    const closer = `${talk}\nThe keepers' cottage is a museum now, open every day.\n`;
    expect(last(load({ 'lighthouse.txt': closer })).text).toContain('museum now');
  });
});

describe('a caller named in the note ("CALLER (Wren, Dunedin):") puts a question to one person, not to the room', () => {
  it('the presenter\'s hand-over to the next caller answers no question; the expert\'s answer does', () => {
    const body = [
      'Garden Line — Saturday phone-in',
      '',
      'MARTA KOVAC: Morning all, Ian Feld is in the studio with me. Wren from Dunedin, go ahead.',
      'CALLER (Wren, Dunedin): My lemon tree drops its leaves every winter. Is it dying?',
      'IAN FELD: No, it is cold stress. Move the pot against a north wall and water less.',
      'MARTA KOVAC: And now Dev in Nelson.',
      'CALLER (Dev, Nelson): When should I prune my feijoas?',
      'IAN FELD: Straight after harvest, before the new growth starts.',
      '',
    ].join('\n');
    expect(qa({ 'g.txt': body })).toEqual([
      ['Wren', 'Ian Feld', 'My lemon tree drops its leaves every winter. Is it dying?', 'No, it is cold stress. Move the pot against a north wall and water less.'],
      ['Dev', 'Ian Feld', 'When should I prune my feijoas?', 'Straight after harvest, before the new growth starts.'],
    ]);
    expect(turns({ 'g.txt': body })).toContainEqual(['quote', 'Marta Kovac', 'And now Dev in Nelson.']);
  });
});

describe('a bare "CALLER:" after a named one is the caller the presenter put on the line, never the one before', () => {
  it('takes the name of the presenter\'s hand-over, and stays unnamed where nobody was named', () => {
    const body = [
      'Fix-It Hour, call-in',
      '',
      'ODETTE VRANA, HOST: Our plumber Kwame Asante is with me. First up, Lucia in Tromso. Lucia, go ahead.',
      'CALLER (LUCIA): My boiler pressure keeps dropping overnight. Is that a leak?',
      'KWAME ASANTE: Usually, yes. Check the valve under the boiler for drips first.',
      'VRANA: Next we have Piet, calling from Bodo.',
      'CALLER: Hello. My kitchen tap hammers when I shut it off. Why does it do that?',
      'ASANTE: That is water hammer. Fit an arrestor near the tap.',
      'CALLER: An arrestor. Right, thank you.',
      'VRANA: Next caller, you are on the air.',
      'CALLER: How often should a septic tank be emptied?',
      'ASANTE: Every three years for a family of four.',
      '',
    ].join('\n');
    const asked = qa({ 'f.txt': body }).map(([asker, speaker]) => [asker, speaker]);
    expect(asked).toEqual([
      ['Lucia', 'Kwame Asante'],
      ['Piet', 'Kwame Asante'],
      ['Caller', 'Kwame Asante'],
    ]);
    expect(turns({ 'f.txt': body })).toContainEqual(['quote', 'Piet', 'An arrestor. Right, thank you.']);
  });
});

describe('a call transcript\'s "Q - Name" / "A - Name" lines (FactSet, Bloomberg), and "Q: Name" alone', () => {
  const meeting = (q: string, a: string) =>
    [
      'Kestrel Water Cooperative Members\' Meeting',
      '',
      'Opening Remarks',
      '',
      'Operator',
      '',
      'Good evening and welcome. I now pass you to the chair, Ms. Ruth Okonedo.',
      '',
      'Ruth Okonedo, Chair',
      '',
      'Thank you. We have a quorum, and the budget vote opens now.',
      '',
      'Felix Brandauer, General Manager',
      '',
      'Thanks, Ruth. We replaced nine kilometres of main this year, on budget.',
      '',
      'Question Time',
      '',
      `${q}Agnes Mwangi`,
      '',
      'My bill went up by a fifth. Why should members pay for the new reservoir now?',
      '',
      `${a}Felix Brandauer`,
      '',
      'Because the old one fails its seismic rating in 2027. Waiting costs more.',
      '',
      `${q}Agnes Mwangi`,
      '',
      'And who decided the tariff?',
      '',
      `${a}Ruth Okonedo`,
      '',
      'The board, after two public hearings last spring.',
      '',
      'Operator',
      '',
      'That concludes the question session.',
      '',
    ].join('\n');

  for (const [form, q, a] of [
    ['dashes', 'Q - ', 'A - '],
    ['colons', 'Q: ', 'A: '],
  ] as const)
    it(`reads the letter as the side and the name as who speaks (${form}); the name lines of the same people above are their turns`, () => {
      const body = meeting(q, a);
      expect(qa({ 'm.txt': body }).map((r) => [r[0], r[1], r[2]])).toEqual([
        ['Agnes Mwangi', 'Felix Brandauer', 'My bill went up by a fifth. Why should members pay for the new reservoir now?'],
        ['Agnes Mwangi', 'Ruth Okonedo', 'And who decided the tariff?'],
      ]);
      const all = turns({ 'm.txt': body });
      expect(all).toContainEqual(['quote', 'Ruth Okonedo', 'Thank you. We have a quorum, and the budget vote opens now.']);
      expect(all).toContainEqual(['quote', 'Felix Brandauer', 'Thanks, Ruth. We replaced nine kilometres of main this year, on budget.']);
      expect(all).toContainEqual(['quote', 'Operator', 'That concludes the question session.']);
      for (const r of load({ 'm.txt': body })) expect(r.text).not.toMatch(/Agnes Mwangi|^Felix Brandauer/);
      const doc = loadCorpus(tempCorpus({ 'm.txt': body })).documents[0]!;
      expect(doc.sentences.missed).toEqual([]);
    });

  it('leaves a Q:/A: interview\'s short answers alone: "A: Sure" answers', () => {
    const body = 'Q: Do you still swim in the lake?\n\nA: Every morning, April to October.\n\nQ: Even in the rain?\n\nA: Sure\n\nthe rain is the best part.\n\nQ: And in winter?\n\nA: Never.\n';
    expect(qa({ 'i.txt': body }).map((r) => r[3])).toEqual(['Every morning, April to October.', 'Sure\nthe rain is the best part.', 'Never.']);
  });
});

describe('Chinese "问：" / "答：" labels, each line in Chinese then English, a Chinese name label after them', () => {
  it('reads 问 and 答 as the asking and answering sides, never as people, and the name label as a turn of its own', () => {
    const body = [
      '---',
      'title: "陶艺访谈 / A potter talks about glazes"',
      'speakers: [Zhou Ming]',
      '---',
      '',
      '问：您用什么釉料？',
      'Q: Which glazes do you use?',
      '',
      '答：我只用草木灰釉。',
      'A: Only wood-ash glazes.',
      '',
      '问：您会收徒弟吗？',
      'Q: Will you take apprentices?',
      '',
      '答：',
      '',
      'A: (He smiled and did not answer.)',
      '',
      '陈静：谢谢周师傅！',
      '',
    ].join('\n');
    const records = load({ 'glaze.md': body });
    expect(records.some((r) => r.speaker === '问' || r.speaker === '答' || r.asker === '问')).toBe(false);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.question, r.text])).toEqual([
      ['Zhou Ming', '您用什么釉料？', '我只用草木灰釉。'],
      ['Zhou Ming', 'Which glazes do you use?', 'Only wood-ash glazes.'],
      ['Zhou Ming', 'Will you take apprentices?', '(He smiled and did not answer.)'],
    ]);
    expect(records).toContainEqual(expect.objectContaining({ type: 'quote', text: '您会收徒弟吗？' }));
    expect(records).toContainEqual(expect.objectContaining({ type: 'quote', speaker: '陈静', text: '谢谢周师傅！' }));
  });
});

describe('"Unidentified Speaker:" says the tool could not name the voice, as "Unknown Speaker:" does', () => {
  it('credits nobody with the words, asking or answering', () => {
    const body = [
      'Meeting transcript: Allotment society AGM',
      '',
      '[00:00:05] Ruaridh Beaton: The water trough on plot nine is leaking again. Signe, can you look at it?',
      '[00:00:14] Signe Arvidsen: I can do it on Saturday.',
      '[00:00:20] Unidentified Speaker: Will the water be off all day?',
      '[00:00:24] Signe Arvidsen: Only the morning.',
      '[00:00:30] Unknown Speaker: Who pays for the washer?',
      '[00:00:33] Ruaridh Beaton: The society does.',
      '',
    ].join('\n');
    const asked = qa({ 'agm.txt': body });
    expect(asked).toContainEqual([null, 'Signe Arvidsen', 'Will the water be off all day?', 'Only the morning.']);
    expect(asked).toContainEqual([null, 'Ruaridh Beaton', 'Who pays for the washer?', 'The society does.']);
  });
});
