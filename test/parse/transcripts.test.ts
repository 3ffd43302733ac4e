/**
 * Transcript export formats, one fixture per family (test/fixtures/transcripts,
 * the same documents as the extraction gold set): each written from the
 * format's public description with invented names. Every test checks who
 * asked, who answered and what was paired, as a reader of the document would.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import type { QuarryRecord } from '../../src/model/record.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'transcripts'));
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

/** [asker, speaker, question excerpt, answer excerpt] for each qa, in order. */
function pairs(id: string): [string | null, string | null, string, string][] {
  return recordsOf(corpus, id)
    .filter((r) => r.type === 'qa')
    .map((r) => [r.asker, r.speaker, flat(r.question), flat(r.text)]);
}
const quotes = (id: string) => recordsOf(corpus, id).filter((r) => r.type === 'quote');
/** No record's text or question holds any of these. */
function expectNowhere(id: string, ...needles: string[]) {
  for (const r of recordsOf(corpus, id)) for (const n of needles) expect(`${r.question ?? ''} ${r.text}`).not.toContain(n);
}
function expectPairs(id: string, expected: [string, string, string, string][]) {
  const got = pairs(id);
  expect(got).toHaveLength(expected.length);
  expected.forEach(([asker, speaker, q, a], i) => {
    expect(got[i]![0]).toBe(asker);
    expect(got[i]![1]).toBe(speaker);
    expect(got[i]![2]).toContain(q);
    expect(got[i]![3]).toContain(a);
  });
}

describe('the transcript fixtures', () => {
  it('load without errors, every line accounted for, each read as the shape it is', () => {
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const d of corpus.documents) expect(d.lines.unparsed).toEqual([]);
    const shapes = Object.fromEntries(corpus.documents.map((d) => [d.id, d.shape]));
    expect(shapes).toMatchObject({
      'webvtt-lecture': 'captions',
      'zoom-standup': 'captions',
      'srt-documentary': 'captions',
      'rev-bakery-interview': 'transcript',
      'otter-garden-meeting': 'transcript',
      'cnn-2022-12-13': 'transcript',
      'court-deposition': 'transcript',
      'court-trial': 'transcript',
      'script-layout': 'transcript',
      'teams-saved-as-text': 'captions',
      'hearing-gpo': 'transcript',
      'captions-town-hall': 'transcript',
      'single-exchange': 'transcript',
      'jane-2020': 'prose',
    });
  });
});

describe('Rev: "Name (00:00:03):" on its own line', () => {
  it('pairs each answer with the interviewer turn before it, a comment included', () => {
    expectPairs('rev-bakery-interview', [
      ['Sarah Lee', 'Tom Okafor', 'what made you open a bakery', 'I started out baking bread for my neighbours during the lockdown. It grew from there'],
      ['Sarah Lee', 'Tom Okafor', 'How many loaves', 'Around four hundred, sometimes more when the market is on. We usually sell out by noon.'],
      ['Sarah Lee', 'Tom Okafor', 'Tell me about the starter', 'My grandmother kept it alive'],
      ['Sarah Lee', 'Tom Okafor', "That's a lovely story.", 'She would be amazed'],
      ['Sarah Lee', 'Tom Okafor', 'What is the hardest part', 'The hours.'],
    ]);
  });

  it('keeps time stamps and transcriber notes out of the text, and the words around them in', () => {
    expectNowhere('rev-bakery-interview', '00:0', '[laughs]', 'inaudible', 'crosstalk', '(');
    expect(doc('rev-bakery-interview').lines.classified.direction ?? 0).toBe(0); // the notes are inline here
  });
});

describe('Otter: "Speaker Name  M:SS" heading lines', () => {
  it('keeps the anonymous "Speaker 1" as the name and pairs by who spoke before', () => {
    expectPairs('otter-garden-meeting', [
      ['Speaker 1', 'Priya Nair', 'tell me how the community garden started', 'It started with four raised beds'],
      ['Speaker 1', 'Priya Nair', 'who looks after it', 'We have a rota'],
      ['Speaker 2', 'Priya Nair', 'The school uses two of the beds', 'grows pumpkins'],
      ['Speaker 1', 'Priya Nair', 'more funding', 'a proper shed'],
    ]);
    expect(quotes('otter-garden-meeting').map((r) => [r.speaker, r.text.slice(0, 26)])).toEqual([['Speaker 2', "I'd also like a water tank"]]);
  });

  it('classifies the otter.ai credit line as metadata', () => {
    expectNowhere('otter-garden-meeting', 'otter.ai', '0:0', '1:40');
    expect(doc('otter-garden-meeting').lines.classified.metadata).toBe(1);
    expect(doc('otter-garden-meeting').meta.speakers).toEqual(['Speaker 1', 'Priya Nair', 'Speaker 2']);
  });
});

describe('broadcast rush transcript: "NAME, ROLE:" then "SURNAME:"', () => {
  it('resolves surnames to the full names, the anchor asking throughout', () => {
    expectPairs('cnn-2022-12-13', [
      ['Mary Ellis', 'Dan Ortiz', 'what are you seeing there', 'the water came up about two feet'],
      ['Mary Ellis', 'Dan Ortiz', 'Have officials ordered anyone to leave?', 'Not yet.'],
      ['Mary Ellis', 'Carl Benn', 'how long will the shelters stay open', "As long as they're needed."],
      ['Mary Ellis', 'Carl Benn', 'what should families along the river do tonight', 'Pack a bag'],
    ]);
  });

  it('credits the clip to its speaker without pairing across the clip or the break, and keeps the sign-offs', () => {
    expect(quotes('cnn-2022-12-13').map((r) => [r.speaker, r.text])).toEqual([
      ['June Harlow', expect.stringMatching(/^We have enough sandbags for tonight\./)],
      ['Mary Ellis', 'Dan, thanks.'],
      ['Mary Ellis', 'Carl Benn, thank you for your time.'],
      ['Carl Benn', 'Thank you, Mary.'],
    ]);
    expect(doc('cnn-2022-12-13').lines.classified.direction).toBe(3);
  });

  it('classifies the disclaimer, the stamps and the dateline, and takes title and date from the text and file name', () => {
    expectNowhere('cnn-2022-12-13', 'RUSH TRANSCRIPT', '16:00', '16:10', 'CLIP', 'BREAK', 'ELLIS:', 'Aired');
    const d = doc('cnn-2022-12-13');
    expect(d.meta.title).toBe('BRENNER RIVER FLOODING; STATE OPENS SHELTERS');
    expect(d.meta.date).toBe('2022-12-13');
    expect(d.meta.inferred).toMatchObject({ date: 'the file name', speakers: 'the speaker labels' });
    expect(d.meta.speakers).toEqual(['Mary Ellis', 'Dan Ortiz', 'June Harlow', 'Carl Benn']);
  });
});

describe('"[00:00:01] Name:" lines', () => {
  it('pairs the host role with the guest, and drops the short sign-off', () => {
    expectPairs('timestamped-podcast', [
      ['Host', 'Nadia Brandt', 'how did you get into this', 'My father had a shed'],
      ['Host', 'Nadia Brandt', 'Which one was first?', 'A cream Bush set'],
      ['Host', 'Nadia Brandt', 'Are they dangerous?', 'They can hold a charge'],
      ['Host', 'Nadia Brandt', 'What do people get wrong', 'They plug it straight in'],
    ]);
    expectNowhere('timestamped-podcast', '[00:');
    expect(doc('timestamped-podcast').meta.title).toBe('Episode 41: Repairing Old Radios');
  });
});

describe('Markdown "**Q:**" / "**A:**"', () => {
  it('resolves Q to the interviewer and A to the guest the front matter names', () => {
    const got = pairs('markdown-qa-potter');
    expect(got).toHaveLength(4);
    for (const [asker, speaker] of got) expect([asker, speaker]).toEqual(['Leo Marsh', 'Ines Varga']);
    expect(got.map((p) => p[2])).toEqual([
      'When did you first sit at a wheel?',
      'What does a normal working day look like for you?',
      'Which glaze do you find hardest?',
      'Do you sell online?',
    ]);
    expectNowhere('markdown-qa-potter', '**');
  });

  it('"**Q. …?**" then "A. …", and "**Q.** …": court letters in bold pair like "**Q:**"', () => {
    for (const q of ['**Q. How did the library start?**', '**Q.** How did the library start?']) {
      const body = `# Five questions for Marta Quiroga\n\n*Marta Quiroga runs the seed library in Tucson.*\n\n${q}\n\nA. With a shoebox of squash seeds.\n\n${q.replace('How did the library start', 'How many varieties do you keep')}\n\nA. About 640.\n`;
      const records = loadCorpus(tempCorpus({ 'seeds.md': body })).records;
      expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.question, r.text])).toEqual([
        ['Marta Quiroga', 'How did the library start?', 'With a shoebox of squash seeds.'],
        ['Marta Quiroga', 'How many varieties do you keep?', 'About 640.'],
      ]);
      expect(records.some((r) => r.text.includes('**') || r.text.includes('Q.'))).toBe(false);
    }
  });

  it('reads the standfirst in emphasis as a sentence, not a heading', () => {
    expect(recordsOf(corpus, 'markdown-qa-potter').filter((r) => r.type === 'claim').map((r) => r.text)).toEqual([
      'Interview by Leo Marsh with the ceramicist Ines Varga, published March 2021.',
    ]);
  });
});

describe('court "Q." / "A." with "BY MR. NAME:"', () => {
  it('credits Q. to the examining counsel and A. to the sworn witness, one-word answers included', () => {
    const got = pairs('court-deposition');
    expect(got.map((p) => [p[0], p[1], p[3]])).toEqual([
      ['Mr. Dalton', 'Elena Marsh', 'Elena Marsh.'],
      ['Mr. Dalton', 'Elena Marsh', 'At the Harbor Street warehouse, as a shift supervisor.'],
      ['Mr. Dalton', 'Elena Marsh', 'Yes.'],
      ['Mr. Dalton', 'Elena Marsh', 'The shutter was open about halfway, and one of the forklifts was parked across the doorway with its lights on.'],
      ['Mr. Dalton', 'Elena Marsh', 'I called the night manager, Mr. Cole, from the office phone.'],
      ['Mr. Dalton', 'Elena Marsh', 'I told him the dock was open and nobody was there.'],
      ['Ms. Price', 'Elena Marsh', 'About six years.'],
    ]);
  });

  it('pairs an answer with the question across an objection, which is its speaker’s quote', () => {
    expect(pairs('court-deposition')[4]![2]).toBe('Did you report that to anyone?');
    expect(quotes('court-deposition').map((r) => [r.speaker, r.text])).toEqual([['Ms. Price', 'Objection, form.']]);
    expectNowhere('court-deposition', 'BY M', 'Q. ', 'sworn');
  });
});

describe('a trial transcript: the witness sworn in a line that calls her', () => {
  it('credits A. to the witness named in "NAME, called as a witness …, having been duly sworn", after an objection too', () => {
    expect(pairs('court-trial').map((p) => [p[0], p[1], p[3]])).toEqual([
      ['Mr. Ferris', 'Dana Whitcombe', 'I am a forensic accountant at Harlow & Price.'],
      ['Mr. Ferris', 'Dana Whitcombe', 'In August 2022, after the exchange froze withdrawals.'],
      ['Mr. Ferris', 'Dana Whitcombe', 'Roughly $48 million.'],
      ['Mr. Lindqvist', 'Dana Whitcombe', "Yes, at my firm's standard rate."],
    ]);
    const said = quotes('court-trial').map((r) => [r.speaker, r.text]);
    expect(said).toContainEqual(['Dana Whitcombe', 'I traced the transfers myself, so I am confident in the figure.']);
    // The sworn line is the record's metadata, not counsel's words.
    expect(said).toContainEqual(['Mr. Ferris', 'The government calls Dana Whitcombe.']);
  });
});

describe('Teams cues saved as text: no header, unpadded timings, the name on its own line', () => {
  it('reads the cues, each speaker from the line above the words, the title above them a heading', () => {
    expectPairs('teams-saved-as-text', [['Priya Raman', 'Marcus Webb', 'Can we start with the Denver numbers?', 'Denver shipped 4,200 units last week']]);
    expect(quotes('teams-saved-as-text').map((r) => [r.speaker, r.text])).toEqual([['Priya Raman', 'Great, thanks Marcus.']]);
    expectNowhere('teams-saved-as-text', '-->', '0:0:', 'Weekly sync');
    expect(doc('teams-saved-as-text').meta.title).toBe('Weekly sync - recording transcript');
  });
});

describe('a script layout: the name in capitals alone on its line, the words indented below', () => {
  it('reads each name line as a label when two names each open two turns, and joins hard-wrapped lines', () => {
    expectPairs('script-layout', [
      ['Maya Lin-Harrow', 'Dev Patil', 'So how did the fund start?', 'With two friends and a spreadsheet in 2016. We raised our first ten million dollars in 2018.'],
      ['Maya Lin-Harrow', 'Dev Patil', 'And today?', 'We manage about 1.2 billion.'],
    ]);
    expect(pairs('script-layout')[0]![3]).not.toContain('\n');
  });

  it('leaves headings in capitals that do not recur as names to the article', () => {
    const c = loadCorpus(tempCorpus({ 'bank.txt': 'NORTHWIND BANK\nNorthwind Bank is a lender founded in 1988.\n\nMEDIA CONTACT\nThe press office answers on weekdays.\n' }));
    expect(c.documents[0]!.shape).toBe('prose');
    expect(c.records.every((r) => r.type === 'claim')).toBe(true);
  });
});

describe('an interview in dialogue dashes', () => {
  const DASHES = 'An interview with novelist Clara Voss\n\n— When did you start writing?\n— At twelve. My first story was about a lighthouse keeper.\n— How long did the new book take?\n— Four years, most of it rewriting.\n';

  it('reads each dash as a change of speaker, the answers the guest the title names', () => {
    const c = loadCorpus(tempCorpus({ 'voss.txt': DASHES }));
    expect(c.records.map((r) => [r.type, r.asker, r.speaker, r.question, r.text])).toEqual([
      ['qa', null, 'Clara Voss', 'When did you start writing?', 'At twelve. My first story was about a lighthouse keeper.'],
      ['qa', null, 'Clara Voss', 'How long did the new book take?', 'Four years, most of it rewriting.'],
    ]);
  });

  it('leaves an article whose few lines open with a dash to the article', () => {
    const c = loadCorpus(tempCorpus({ 'essay.txt': 'The harbour reopened in May.\n\nThree things changed:\n— the quay was rebuilt;\n— the ferry doubled its runs.\n\nTraders say business is up. Rents are up too. Nobody expected that.\n' }));
    expect(c.documents[0]!.shape).toBe('prose');
    expect(c.records.some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('a surname label and the full name in the header', () => {
  it('reads "Lind:" as the Oskar Lind the title names, and leaves a surname two header names share alone', () => {
    const one = loadCorpus(tempCorpus({ 'lind.txt': 'Ten minutes with Oskar Lind, head chef at Brasa\n\nQ: What changed after the star?\nLind: Bookings tripled in a week.\n\nQ: Do you still cook?\nLind: Four nights out of five.\n' }));
    expect(new Set(one.records.filter((r) => r.type === 'qa').map((r) => r.speaker))).toEqual(new Set(['Oskar Lind']));
    const two = loadCorpus(tempCorpus({ 'linds.txt': 'Oskar Lind and Maja Lind on running Brasa\n\nQ: What changed after the star?\nLind: Bookings tripled in a week.\n\nQ: Do you still cook?\nLind: Four nights out of five.\n' }));
    expect(new Set(two.records.filter((r) => r.type === 'qa').map((r) => r.speaker))).toEqual(new Set(['Lind']));
  });
});

describe('more label layouts from word processors and research', () => {
  const qa = (files: Record<string, string>) =>
    loadCorpus(tempCorpus(files)).records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text]);

  it('reads a research transcript\'s "I:" and "R:" as interviewer and respondent, never as people called I and R', () => {
    const got = qa({ 'p07.txt': 'Participant 07 — interview transcript\n\nI: How often do you use it?\nR: Every week, sometimes twice.\nI: What would make it easier?\nR: Bigger buttons.\n' });
    expect(got).toEqual([
      [null, null, 'How often do you use it?', 'Every week, sometimes twice.'],
      [null, null, 'What would make it easier?', 'Bigger buttons.'],
    ]);
  });

  it('reads a bold name alone on its line as a label, the words below it', () => {
    const got = qa({ 'garrido.md': '# Talking shop with Ines Garrido\n\n**SAM COLE**\nWhat got you into sculpture?\n\n**Ines Garrido**\nA summer job at a foundry.\n\n**SAM COLE**\nHow big is your biggest piece?\n\n**Ines Garrido**\nEleven metres.\n' });
    expect(got).toEqual([
      ['Sam Cole', 'Ines Garrido', 'What got you into sculpture?', 'A summer job at a foundry.'],
      ['Sam Cole', 'Ines Garrido', 'How big is your biggest piece?', 'Eleven metres.'],
    ]);
  });

  it('reads "NAME<tab>words" as a label, and a first name alone as the full name the header gives', () => {
    const got = qa({ 'quist.txt': 'Interview with Mara Quist, 2023\n\nJOHN\tWhat did the audit find?\nMARA\tThree missing invoices.\nJOHN\tWere they recovered?\nMARA\tTwo of them, yes.\n' });
    expect(got).toEqual([
      ['John', 'Mara Quist', 'What did the audit find?', 'Three missing invoices.'],
      ['John', 'Mara Quist', 'Were they recovered?', 'Two of them, yes.'],
    ]);
  });

  it('reads a surname label as the full name the header gives with a quoted nickname in it, the nickname left out', () => {
    const got = qa({ 'okafor.txt': 'RIVERSIDE MILL MEMORIES\nConversation with Beatrice "Bea" Okonkwo\n\nLANE: When did you start at the mill?\n\nOKONKWO: In 1958, on the looms.\n\nLANE: Was the work hard?\n\nOKONKWO: Hard and loud, every day.\n' });
    expect(got.map((r) => r[1])).toEqual(['Beatrice Okonkwo', 'Beatrice Okonkwo']);
  });

  it('reads a titled surname label with a particle ("PROF. DE LA CRUZ:") as the full name the header gives, in its own case', () => {
    const got = qa({ 'garden.txt': 'Garden Hour, 3 May 2022\nWith us: Prof. Ignacio de la Cruz, botanist.\n\nHOST: Why do tomatoes split?\n\nPROF. DE LA CRUZ: Uneven watering, mostly.\n\nHOST: And blossom end rot?\n\nPROF. DE LA CRUZ: Calcium that never reaches the fruit.\n' });
    expect(got.map((r) => r[1])).toEqual(['Ignacio de la Cruz', 'Ignacio de la Cruz']);
  });

  it('reads a capitals title that looks like a label ("THE INTERVIEW: NORA VANCE") as the header naming a surname label', () => {
    const got = qa({ 'vance.txt': 'THE INTERVIEW: NORA VANCE\n\nINTERVIEWER: Why longhand?\n\nVANCE: Screens make me edit too early.\n\nINTERVIEWER: How long did it take?\n\nVANCE: Nineteen months.\n' });
    expect(got.map((r) => r[1])).toEqual(['Nora Vance', 'Nora Vance']);
  });

  it('reads "00:00:03 Speaker 1" alone on its line as a timed label for the words below, not a timed caption', () => {
    const got = qa({ 'scribe.txt': '00:00:03 Speaker 1\nCan you tell us what the clinic does?\n\n00:00:07 Speaker 2\nFree eye exams for kids.\n\n00:00:15 Speaker 1\nHow is it funded?\n\n00:00:17 Speaker 2\nMostly grants.\n' });
    expect(got).toEqual([
      ['Speaker 1', 'Speaker 2', 'Can you tell us what the clinic does?', 'Free eye exams for kids.'],
      ['Speaker 1', 'Speaker 2', 'How is it funded?', 'Mostly grants.'],
    ]);
    // Every line timed: a short one is a caption's words ("Thanks"), not a name.
    const c = loadCorpus(tempCorpus({ 'lines.txt': '00:00:01 Welcome\n00:00:04 Today we talk about bees.\n00:00:09 Thanks\n00:00:12 Bees pollinate crops.\n00:00:15 Welcome\n00:00:18 Next, a farm.\n00:00:20 Thanks\n00:00:23 It has 40 hives.\n' }));
    expect(c.records.map((r) => r.speaker)).not.toContain('Thanks');
  });

  it('pairs each panellist\'s answer in a round with the moderator\'s question, the moderator named in the label\'s note', () => {
    const panel = 'Farm credit panel\n\nMODERATOR (Jane Oduya): How are farmers coping with rates?\n\nTOM HAAS: Badly. Loans are at 9 percent.\n\nLUZ ROMERO: In dairy it is worse.\n\nMODERATOR (Jane Oduya): What would help?\n\nTOM HAAS: Longer terms.\n\nLUZ ROMERO: A federal guarantee.\n';
    expect(qa({ 'panel.txt': panel })).toEqual([
      ['Jane Oduya', 'Tom Haas', 'How are farmers coping with rates?', 'Badly. Loans are at 9 percent.'],
      ['Jane Oduya', 'Luz Romero', 'How are farmers coping with rates?', 'In dairy it is worse.'],
      ['Jane Oduya', 'Tom Haas', 'What would help?', 'Longer terms.'],
      ['Jane Oduya', 'Luz Romero', 'What would help?', 'A federal guarantee.'],
    ]);
    // A name that only says who opens the round ("…? Tomas, you first.") puts the question to everyone still.
    const opener = 'MODERATOR: Our topic is water. To all of you: should wells be metered? Tomas, you first.\n\nTOMAS BREE: Yes, every one of them.\n\nNIA OKOYE: Only the big ones.\n\nMODERATOR: Thank you both.\n';
    expect(qa({ 'opener.txt': opener }).map((r) => [r[1], r[3]])).toEqual([
      ['Tomas Bree', 'Yes, every one of them.'],
      ['Nia Okoye', 'Only the big ones.'],
    ]);
    // Not past others: a question put to one panellist by name, a turn that asks itself,
    // or a question from someone who is no chair (an audience member, a speaker inferred to ask).
    const notRounds: Record<string, string> = {
      'named.txt': 'MODERATOR: Omar, your response?\n\nOMAR DIAZ: It is too costly.\n\nLYDIA PARK: We looked at parking.\n\nMODERATOR: Lydia, and you?\n\nLYDIA PARK: Same.\n',
      'asks.txt': 'HOST: Who pays for it?\n\nANNA BERG: The city.\n\nLEO VOSS: Will the city agree to that?\n\nHOST: Good question. Anna?\n\nANNA BERG: It already has.\n',
      'audience.txt': 'Rita Cole (00:00:01):\nWelcome.\n\nAudience Member (00:00:05):\nWhat happens to students with jobs?\n\nKwame Osei (00:00:09):\nThey can start late.\n\nErik Lind (00:00:15):\nI remember that.\n',
    };
    // Nor a follow-up to the last answer, nor a chair's lead-in that asks nothing.
    notRounds['followup.txt'] = 'Interviewer: And now?\nNguyen Thi Lan: Fourteen shops.\nInterviewer: Who runs them?\nNguyen Thi Lan: My daughter runs the Saigon ones.\nAbdullah al-Rashid: I supply the silk, since 2012.\n';
    notRounds['leadin.txt'] = 'ANCHOR: Crews have contained the fire. Our Dana Whitfield is there.\nDANA WHITFIELD: The fire burned 14,000 acres.\nMARISOL VEGA: There is nothing left.\nANCHOR: Dana, are orders still in place?\nDANA WHITFIELD: For the east, yes.\n';
    const got = qa(notRounds);
    expect(got.filter((r) => r[3] === 'I supply the silk, since 2012.')).toEqual([]);
    expect(got.filter((r) => r[3] === 'There is nothing left.')).toEqual([]);
    expect(got.filter((r) => r[3] === 'We looked at parking.')).toEqual([]);
    expect(got.filter((r) => r[1] === 'Leo Voss')).toEqual([]);
    expect(got.filter((r) => r[3] === 'I remember that.')).toEqual([]);
  });

  it('reads a call transcript whose names in ordinary case are paragraphs of their own', () => {
    const call = 'Acme Q3 2024 Earnings Call\n\nCompany Participants\n\nDana Whitfield - CEO\n\nOperator\n\nWelcome to the call.\n\nDana Whitfield\n\nRevenue grew 18%.\n\nOperator\n\nOur first question comes from Lisa Tran.\n\nLisa Tran\n\nCan you talk about the backlog?\n\nDana Whitfield\n\nBacklog is $1.2 billion.\n\nLisa Tran\n\nAnd pricing?\n\nRaj Menon\n\nWe raised prices 3%.\n\nOmar Greene\n\nHow much is mix?\n\nRaj Menon\n\nTwo thirds.\n';
    expect(qa({ 'call.txt': call })).toEqual([
      ['Lisa Tran', 'Dana Whitfield', 'Can you talk about the backlog?', 'Backlog is $1.2 billion.'],
      ['Lisa Tran', 'Raj Menon', 'And pricing?', 'We raised prices 3%.'],
      ['Omar Greene', 'Raj Menon', 'How much is mix?', 'Two thirds.'],
    ]);
    // Subheadings that never open two turns each stay headings of an article.
    const article = 'Harbor Report\n\nMarket Update\n\nPrices rose.\n\nLocal News\n\nThe ferry returned.\n\nMarket Update\n\nPrices fell.\n';
    expect(loadCorpus(tempCorpus({ 'a.txt': article })).records.map((r) => r.type)).toEqual(['claim', 'claim', 'claim']);
  });

  it('credits a question from the floor ("QUESTIONER:", "CALLER:") to the person the label describes, never to the host', () => {
    const town = '---\nhost: Odile Marchetti\nspeakers: [Odile Marchetti, Bram Kuijpers]\n---\nLibrary forum\n\nHOST: Welcome, everyone. Bram runs the county libraries.\n\nBRAM KUIJPERS: Glad to be here.\n\nQUESTIONER: I live out past the quarry. When will the mobile library come back?\n\nBRAM KUIJPERS: In March, twice a week.\n\nCALLER: Will e-books stay free?\n\nBRAM KUIJPERS: Yes, for card holders.\n';
    expect(qa({ 'forum.txt': town }).map((r) => [r[0], r[1]])).toEqual([
      ['Questioner', 'Bram Kuijpers'],
      ['Caller', 'Bram Kuijpers'],
    ]);
  });

  it('reads other languages\' question letters ("P:", "F:") as the asking side, and pairs a two-language Q&A within each language', () => {
    const de = 'Gespräch mit Jonas Albrecht\n\nF: Seit wann bauen Sie Orgeln?\n\nA: Seit 1994, in Leipzig.\n\nF: Wie lange dauert eine Orgel?\n\nA: Etwa drei Jahre.\n';
    expect(qa({ 'orgel.txt': de }).map((r) => [r[0], r[2]])).toEqual([
      [null, 'Seit wann bauen Sie Orgeln?'],
      [null, 'Wie lange dauert eine Orgel?'],
    ]);
    const pt = '---\ninterviewer: Tiago Neves\nspeakers: [Luana Prado]\n---\nEntrevista / Interview\n\nP: Quando começou a pescar?\nQ: When did you start fishing?\n\nR: Aos doze anos, com o meu avô.\nA: At twelve, with my grandfather.\n\nP: O mar mudou?\nQ: Has the sea changed?\n\nR: Há menos sardinha.\nA: There are fewer sardines.\n';
    expect(qa({ 'pesca.txt': pt }).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['Tiago Neves', 'Luana Prado', 'Quando começou a pescar?', 'Aos doze anos, com o meu avô.'],
      ['Tiago Neves', 'Luana Prado', 'When did you start fishing?', 'At twelve, with my grandfather.'],
      ['Tiago Neves', 'Luana Prado', 'O mar mudou?', 'Há menos sardinha.'],
      ['Tiago Neves', 'Luana Prado', 'Has the sea changed?', 'There are fewer sardines.'],
    ]);
  });

  it('reads a call transcript\'s name lines with a title after the name, or with no blank line around them', () => {
    const turns = [
      ['Chris Yoon', 'Thanks. Rafael, how much of the margin gain is freight versus pricing?'],
      ['Rafael Moreno', 'Roughly two-thirds freight.'],
      ['Chris Yoon', 'Got it. And inventory?'],
      ['Janet Obi', 'Inventory was down 9% year over year.'],
    ];
    const titles: Record<string, string> = { 'Chris Yoon': 'Barrington Research -- Analyst', 'Rafael Moreno': 'Chief Executive Officer', 'Janet Obi': 'Chief Financial Officer' };
    const layouts = {
      'dashes.txt': turns.map(([n, t]) => `${n} -- ${titles[n!]}\n\n${t}`).join('\n\n'),
      'commas.txt': turns.map(([n, t]) => `${n}, ${titles[n!]!.replace(' --', ',')}\n\n${t}`).join('\n\n'),
      'tight.txt': turns.map(([n, t]) => `${n} -- ${titles[n!]}\n${t}`).join('\n'),
      'bare.txt': turns.map(([n, t]) => `${n}\n\n${t}`).join('\n\n'),
      'bare-tight.txt': turns.map(([n, t]) => `${n}\n${t}`).join('\n'),
    };
    for (const [name, body] of Object.entries(layouts))
      expect(qa({ [name]: `Questions & Answers:\n\n${body}\n` }), name).toEqual([
        ['Chris Yoon', 'Rafael Moreno', turns[0]![1], turns[1]![1]],
        ['Chris Yoon', 'Janet Obi', turns[2]![1], turns[3]![1]],
      ]);
    // Subheadings that recur, with no question before the next: an article's, not speakers.
    const article = 'Harbor Report\n\nMarket Update\n\nPrices rose.\n\nLocal News\n\nThe ferry returned.\n\nMarket Update\n\nPrices fell.\n\nPort Traffic\n\nBusy.\n';
    expect(loadCorpus(tempCorpus({ 'a.txt': article })).records.every((r) => r.type === 'claim' && r.speaker === null)).toBe(true);
  });

  it('pairs a phone-in\'s caller, or a report\'s reporter, with the presenter when nobody else answers', () => {
    for (const [host, other] of [['Host', 'Caller'], ['PRESENTER', 'CALLER'], ['ANCHOR', 'REPORTER']]) {
      const body = `${host}: Sheila is on the line. Morning, Sheila.\n${other}: Morning. You can taste the fumes.\n${host}: So you would bring it back?\n${other}: Tomorrow, if I could.\n`;
      expect(qa({ 'call.txt': body }).map((r) => [r[2], r[3]])).toEqual([
        ['Sheila is on the line. Morning, Sheila.', 'Morning. You can taste the fumes.'],
        ['So you would bring it back?', 'Tomorrow, if I could.'],
      ]);
    }
    // With a guest to answer, the caller asks the guest.
    const advice = 'HOST: Lines are open.\nCALLER: How often should I water tomatoes?\nDR. LEE: Twice a week, deeply.\nHOST: Next caller.\nCALLER: Do they need full sun?\nDR. LEE: Six hours at least.\n';
    expect(qa({ 'advice.txt': advice }).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Caller', 'Dr. Lee', 'How often should I water tomatoes?'],
      ['Caller', 'Dr. Lee', 'Do they need full sun?'],
    ]);
  });

  it('resolves a role to the person the document names in it: in a label\'s note, once, or in the text', () => {
    const phone = 'PRESENTER (Andrew Edwards): Sheila is on the line. Morning, Sheila.\nCALLER (Sheila, Headingley): Morning. You can taste the fumes.\nPRESENTER: So you would bring it back?\nCALLER (Sheila, Headingley): Tomorrow, if I could.\nPRESENTER: Imran, did you get the grant?\nCALLER (Imran, Beeston): Two thousand.\n';
    expect(qa({ 'phone.txt': phone }).map((r) => [r[0], r[1]])).toEqual([
      ['Andrew Edwards', 'Sheila'],
      ['Andrew Edwards', 'Sheila'],
      ['Andrew Edwards', 'Imran'],
    ]);
    const briefing = 'Noon briefing by Stéphane Dujarric, Spokesman for the Secretary-General.\n\nQuestion: Has he spoken to General Burhan?\n\nSpokesman: Not this week.\n\nQuestion: Why not?\n\nSpokesman: Because of the law.\n';
    expect(qa({ 'b.txt': briefing }).map((r) => r[1])).toEqual(['Stéphane Dujarric', 'Stéphane Dujarric']);
    // A role whose notes name a publication, or several: no one holder.
    const press = 'MODERATOR: Questions for the coach.\nJOURNALIST (Marca): What changes for the final?\nFUTOSHI IKEDA: Some details.\nJOURNALIST (The Athletic): Did you expect to win?\nFUTOSHI IKEDA: No.\n';
    expect(qa({ 'p.txt': press }).map((r) => r[0])).toEqual(['Journalist', 'Journalist']);
    // Two people the text names in the role: neither.
    const two = 'With Ana Ruiz, Spokesman, and Tom Hale, Spokesman.\n\nQuestion: Why?\n\nSpokesman: Because.\n\nQuestion: When?\n\nSpokesman: Soon.\n';
    expect(qa({ 't.txt': two }).map((r) => r[1])).toEqual(['Spokesman', 'Spokesman']);
  });

  it('reads a select committee\'s question numbers before the member\'s name as the asking side, not as part of the name', () => {
    const body = 'Members present: Greg Clark (Chair); Dawn Butler.\n\nQ412       Chair: Is the approach working?\nHelen Marsh: In part.\nChair: Is that enough?\nHelen Marsh: No.\n\nQ414       Dawn Butler: But your cameras misidentified a teenager.\nOwen Bright: That was a serious failure.\n';
    expect(qa({ 'c.txt': body }).map((r) => [r[0], r[1], r[2]])).toEqual([
      ['Greg Clark', 'Helen Marsh', 'Is the approach working?'],
      ['Greg Clark', 'Helen Marsh', 'Is that enough?'],
      ['Dawn Butler', 'Owen Bright', 'But your cameras misidentified a teenager.'],
    ]);
  });

  it('reads a header field used once above the exchange ("Topic: …", "Witnesses: …") as no speaker', () => {
    const body = 'Radio phone-in\nTopic: Should the clean air zone come back?\n\nHost: Sheila is on the line.\nSheila: Morning. You can taste the fumes.\nHost: So you would bring it back?\nSheila: Tomorrow, if I could.\n';
    const records = loadCorpus(tempCorpus({ 'p.txt': body })).records;
    expect(records.map((r) => r.speaker ?? r.asker).filter((s) => s === 'Topic')).toEqual([]);
    expect(records.some((r) => r.text.includes('Should the clean air zone come back?'))).toBe(true);
    // ("Host: Sheila is on the line." hands the line to the caller and asks nothing: her first turn is her quote.)
    expect(records.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Sheila']);
    expect(records.find((r) => r.text.startsWith('Morning.'))).toMatchObject({ type: 'quote', speaker: 'Sheila' });
  });

  it('reads a news script\'s clip slug ("SOT: NAME, TITLE" above the clip) as the person named, not "SOT"', () => {
    const body = 'ANCHOR: Crews have contained the fire. What did the chief say?\nSOT: GLENN ARCHULETA, CAL FIRE BATTALION CHIEF\n"The wind shifted twice on Thursday night."\nANCHOR: And the residents?\nSOT: MARISOL VEGA, FORESTHILL RESIDENT\n"There is nothing left."\n';
    const records = loadCorpus(tempCorpus({ 'news.txt': body })).records;
    expect(records.filter((r) => r.type !== 'claim').map((r) => [r.speaker, r.text])).toEqual([
      ['Glenn Archuleta', '"The wind shifted twice on Thursday night."'],
      ['Marisol Vega', '"There is nothing left."'],
    ]);
  });

  it('reads a field whose every value is a number ("Score: 37") as a page\'s, no voice', () => {
    const body = 'Why do carbon steel pans rust?\n\nScore: 37\n\nCarbon steel is basically cast iron without the graphite. Why does it rust so fast?\n\nScore: 52 ✓ Accepted\n\nBoth are mostly iron with very little chromium.\n\nScore: 9\n\nWe wipe them with oil after every service.\n';
    const records = loadCorpus(tempCorpus({ 'se.txt': body })).records;
    expect(records.filter((r) => r.speaker !== null || r.asker !== null)).toEqual([]);
    for (const words of ['without the graphite', 'very little chromium', 'oil after every service']) expect(records.some((r) => r.text.includes(words)), words).toBe(true);
    // A voice that once answers with a number is still a voice.
    const voice = loadCorpus(tempCorpus({ 'v.txt': 'Host: How many dogs?\nAnna Berg: 37\nHost: And cats?\nAnna Berg: None at all, sadly.\n' })).records;
    expect(voice.find((r) => r.text === '37')?.speaker).toBe('Anna Berg');
  });

  it('reads a voice labelled once by its part ("Correspondent:", "AUDIENCE MEMBER 2:", "HOST & GUEST:") as a turn, its label out of the text', () => {
    const briefing = 'Question: Has he spoken to General Burhan?\n\nSpokesman: Not this week.\n\nCorrespondent: A follow-up on that. Why not?\n\nSpokesman: Because that is the law.\n\nQuestion: And Gaza?\n\nSpokesman: It is being investigated.\n';
    expect(qa({ 'b.txt': briefing }).map((r) => [r[0], r[2]])).toEqual([
      [null, 'Has he spoken to General Burhan?'],
      ['Correspondent', 'A follow-up on that. Why not?'],
      [null, 'And Gaza?'],
    ]);
    const panel = 'EVAN SMITH: Jim, is AI going to kill local news?\n\nJIM BRADY: It has been dying for twenty years.\n\nEVAN SMITH: Sarah, do you use it?\n\nSARAH ALVAREZ: To summarise agendas.\n\nAUDIENCE MEMBER 2: What about licensing deals?\n\nSARAH ALVAREZ: Those go to the big outlets.\n';
    expect(qa({ 'p.txt': panel }).at(-1)!.slice(0, 3)).toEqual(['Audience Member 2', 'Sarah Alvarez', 'What about licensing deals?']);
    const joint = loadCorpus(tempCorpus({ 'j.txt': 'Interviewer: And this year?\nJane Doe: Flat, honestly.\nHOST & GUEST: (laughing) Cheers!\nInterviewer: What happens next?\nJane Doe: We cut costs and wait.\n' })).records;
    expect(joint.map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['qa', 'Jane Doe', 'Flat, honestly.'],
      ['quote', 'Host & Guest', '(laughing) Cheers!'],
      ['qa', 'Jane Doe', 'We cut costs and wait.'],
    ]);
  });

  it('a Markdown heading names its section without its marks; a chapter list\'s items are items, not headings', () => {
    const body = [
      '# Field Notes, episode 9', '', 'This week Ada Lum asks the entomologist Owen Price why nobody counts the moths of Britain.', '', '## Chapters', '', '- 00:00 Intro', '- 02:10 Why moths', '', '## Links', '', 'Moth Count: https://example.org/moths', '', '## Transcript', '',
      'ADA LUM: Welcome. Why moths?', '', 'OWEN PRICE: They fly at night, and nobody counts them.', '',
      'ADA LUM: How many species are there?', '', 'OWEN PRICE: About 2,500 in Britain.', '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ep9.md': body })).records;
    expect(records.filter((r) => r.type === 'qa')).toHaveLength(2);
    expect(records.filter((r) => r.section === 'Chapters').map((r) => r.text)).toEqual(['00:00 Intro', '02:10 Why moths']);
    expect(records.filter((r) => r.section === 'Links').map((r) => r.text)).toEqual(['Moth Count: https://example.org/moths']);
    expect(records.some((r) => (r.section ?? '').includes('#') || (r.section ?? '').startsWith('-'))).toBe(false);
  });

  it('a note of the proceedings in brackets ends the turn and is nobody\'s words; a transcriber\'s mark is not', () => {
    const body = [
      'MS. WHITFIELD: Good afternoon. We take questions now.',
      'Q: Will he meet the union leadership?',
      'MS. WHITFIELD: He will meet with the local leadership, yes.',
      '(The briefing was concluded at 1:49 p.m.)',
      'Q: One more on the plant?',
      'MS. WHITFIELD: [inaudible 00:01:46] We are done for today.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'b.txt': body })).records;
    expect(records.map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['quote', 'Ms. Whitfield', 'Good afternoon. We take questions now.'],
      ['qa', 'Ms. Whitfield', 'He will meet with the local leadership, yes.'],
      // (the note of the proceedings is the record's direction, no claim: fix83-a; search finds it through the record nearest it)
      ['qa', 'Ms. Whitfield', 'We are done for today.'],
    ]);
  });

  it('reads a deposition page by page: its "Page 14" header, blank numbered lines, and a question wrapped across the page break', () => {
    const page = (n: number, rows: string[]) => `${' '.repeat(50)}Page ${n}\n` + rows.map((r, k) => `${String(k + 1).padStart(2)}    ${r}`.trimEnd()).join('\n');
    const body = [
      page(14, ['UNITED STATES DISTRICT COURT', '', 'DEPOSITION OF RAYMOND A. KOWALSKI', '', 'RAYMOND A. KOWALSKI,', 'having been first duly sworn, was examined and', 'testified as follows:', 'BY MR. OKAFOR:', '     Q.   Good morning. Could you state', 'your full name for the record?', '     A.   Raymond Anthony Kowalski.', '', '     Q.   Who set the delivery windows for the Harlan']),
      page(15, ['account?', '     A.   I did, with input from the sales team.', '          (Recess taken.)', '']),
    ].join('\n');
    expect(qa({ 'depo.txt': body + '\n' }).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['Mr. Okafor', 'Raymond A. Kowalski', 'Good morning. Could you state your full name for the record?', 'Raymond Anthony Kowalski.'],
      ['Mr. Okafor', 'Raymond A. Kowalski', 'Who set the delivery windows for the Harlan account?', 'I did, with input from the sales team.'],
    ]);
    // "(Recess taken.)" is the reporter's note of the proceedings, not the witness's words: a direction
    // of the record, in no record's text (fix83-a; search finds it through the record nearest it).
    const recess = loadCorpus(tempCorpus({ 'depo.txt': body + '\n' })).records.find((r) => r.text.includes('Recess taken'));
    expect(recess).toBeUndefined();
    // The caption above the first turn of a numbered page is the document's header, findable: the
    // court's name titles it (no longer the page's "Page 14"), no claim.
    const depo = loadCorpus(tempCorpus({ 'depo.txt': body + '\n' }));
    expect(depo.documents[0]!.meta.title).toBe('UNITED STATES DISTRICT COURT');
    expect(depo.records.some((r) => r.text.includes('UNITED STATES DISTRICT COURT'))).toBe(false);
    // A turn hard-wrapped mid-sentence goes on under its label: the short line is no heading, the question no new turn.
    const zba = 'CHAIRMAN RUSSO: Next, 411 Bedford Street. Is the\npetitioner here?\nMR. MEDEIROS: Yes. We seek a variance.\nCHAIRMAN RUSSO: How tall would it be? We moved in 2015 and the\nfirst winter\nMR. MEDEIROS: Thirty-eight feet.\n';
    expect(qa({ 'z.txt': zba }).map((r) => [r[2], r[3]])).toEqual([
      ['Next, 411 Bedford Street. Is the petitioner here?', 'Yes. We seek a variance.'],
      ['How tall would it be? We moved in 2015 and the first winter', 'Thirty-eight feet.'],
    ]);
  });

  it('reads the Paris Review\'s layout: "INTERVIEWER" and the surname in capitals, each a paragraph above the words', () => {
    const body = 'Margaret Atwood-Lane, The Art of Fiction No. 291\n\nINTERVIEWER\n\nWhen did you know you would be a writer?\n\nATWOOD-LANE\n\nAt sixteen, walking across a football field.\n\nINTERVIEWER\n\nDo you still have it?\n\nATWOOD-LANE\n\nGod, no. I burned it.\n';
    expect(qa({ 'pr.txt': body })).toEqual([
      ['Interviewer', 'Margaret Atwood-Lane', 'When did you know you would be a writer?', 'At sixteen, walking across a football field.'],
      ['Interviewer', 'Margaret Atwood-Lane', 'Do you still have it?', 'God, no. I burned it.'],
    ]);
  });

  it('reads a short exchange of asking parts and one answerer as a transcript, with a sentence of prose above it', () => {
    const body = 'The coordinator said today that 750,000 people face hunger.\n\nQuestion: Has he spoken to General Burhan?\n\nSpokesman: Not this week.\n\nCorrespondent: A follow-up on that. Why not?\n\nSpokesman: Because that is the law.\n';
    expect(qa({ 'un.txt': body }).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      [null, 'Spokesman', 'Has he spoken to General Burhan?', 'Not this week.'],
      ['Correspondent', 'Spokesman', 'A follow-up on that. Why not?', 'Because that is the law.'],
    ]);
  });

  it('reads a part named once with "The" ("THE VIDEOGRAPHER:") as its own turn, even when its words wrap on', () => {
    const depo = 'BY MR. OKAFOR:\n     Q.   Do you recognize this e-mail?\n     A.   I do. It is mine.\n     Q.   Who sent it on?\n     A.   Dale did.\n          THE VIDEOGRAPHER:  We are going off the\nrecord. The time is 10:47 a.m.\n';
    const records = loadCorpus(tempCorpus({ 'd.txt': depo })).records;
    expect(records.at(-1)).toMatchObject({ type: 'quote', speaker: 'the Videographer', text: 'We are going off the record. The time is 10:47 a.m.' });
    expect(records.filter((r) => r.type === 'qa').map((r) => r.text)).toEqual(['I do. It is mine.', 'Dale did.']);
  });

  it('reads chat exports: WhatsApp\'s date and time before the name, an IRC nick, a chat app\'s "Name — Today at 10:02 AM"', () => {
    const whatsapp = '12/03/2024, 10:02 - Priya Raman: Did the supplier confirm the date?\n12/03/2024, 10:05 - Tom Becker: Yes, March 28.\n[12/03/2024, 10:06:12] Priya Raman: Why so late?\n[12/03/2024, 10:09:40] Tom Becker: A power cut in Penang.\n';
    expect(qa({ 'wa.txt': whatsapp })).toEqual([
      ['Priya Raman', 'Tom Becker', 'Did the supplier confirm the date?', 'Yes, March 28.'],
      ['Priya Raman', 'Tom Becker', 'Why so late?', 'A power cut in Penang.'],
    ]);
    const irc = '[10:02] <alice> has anyone tried the new build?\n[10:03] <bob> yes, it crashes for me\n[10:03] <alice> which OS?\n[10:04] <bob> Ubuntu 22.04\n';
    expect(qa({ 'irc.txt': irc })).toEqual([
      ['alice', 'bob', 'has anyone tried the new build?', 'yes, it crashes for me'],
      ['alice', 'bob', 'which OS?', 'Ubuntu 22.04'],
    ]);
    const chat = 'Mira Chen — Today at 10:02 AM\nIs the release still on for Friday?\nJonas Feld — Today at 10:04 AM\nYes. QA signed off.\nMira Chen — 03/12/2024 10:05 AM\nWill you tell marketing?\nJonas Feld — Yesterday at 4:10 PM\nAlready did.\n';
    expect(qa({ 'chat.txt': chat })).toEqual([
      ['Mira Chen', 'Jonas Feld', 'Is the release still on for Friday?', 'Yes. QA signed off.'],
      ['Mira Chen', 'Jonas Feld', 'Will you tell marketing?', 'Already did.'],
    ]);
  });

  it('reads a parliamentary record\'s names set above the words, with seat and party, or an office with its holder', () => {
    const record = 'Rail Services\n\nMr Owen Lloyd (Barnsley East) (Lab)\nWill the Secretary of State fix the timetable?\n\nThe Secretary of State for Transport (Helen Marsh)\nWe are investing in signalling.\n\nMr Lloyd\nWhen will the new timetable arrive?\n\nHelen Marsh\nIn December.\n';
    expect(qa({ 'debate.txt': record })).toEqual([
      ['Owen Lloyd', 'Helen Marsh', 'Will the Secretary of State fix the timetable?', 'We are investing in signalling.'],
      ['Owen Lloyd', 'Helen Marsh', 'When will the new timetable arrive?', 'In December.'],
    ]);
  });

  it('reads only the questions labelled ("Q: …?" with the answer on the lines below) as questions and answers', () => {
    const doc = 'Interview with architect Sofia Brandt\n\nQ: When did you design your first building?\nIt was a bus shelter in 1996. I was 24.\n\nQ: What is your favourite material?\nTimber.\nIt smells alive.\n';
    expect(qa({ 'brandt.txt': doc })).toEqual([
      [null, 'Sofia Brandt', 'When did you design your first building?', 'It was a bus shelter in 1996. I was 24.'],
      [null, 'Sofia Brandt', 'What is your favourite material?', 'Timber. It smells alive.'],
    ]);
  });

  it('reads names set as Markdown headings above the words as turns', () => {
    const doc = '# Soil, with Amara Nwosu\n\n### Leo Park\n\nWhy does soil matter?\n\n### Amara Nwosu\n\nIt holds carbon.\n\n### Leo Park\n\nHow fast can farms rebuild it?\n\n### Amara Nwosu\n\nSlowly.\n';
    expect(qa({ 'soil.md': doc })).toEqual([
      ['Leo Park', 'Amara Nwosu', 'Why does soil matter?', 'It holds carbon.'],
      ['Leo Park', 'Amara Nwosu', 'How fast can farms rebuild it?', 'Slowly.'],
    ]);
  });

  it('reads a first name alone as the one person the front matter names so, host or speaker', () => {
    const doc = '---\ntitle: Bees\nhost: Leo Park\nspeakers:\n  - Leo Park\n  - name: Amara Nwosu\n    aliases: [Dr. Nwosu]\n---\n\n**Leo:** Why roofs?\n\n**Dr. Nwosu:** They are empty.\n\n**Leo:** And the height?\n\n**Amara:** The bees do not mind.\n';
    expect(qa({ 'bees.md': doc })).toEqual([
      ['Leo Park', 'Amara Nwosu', 'Why roofs?', 'They are empty.'],
      ['Leo Park', 'Amara Nwosu', 'And the height?', 'The bees do not mind.'],
    ]);
  });

  it('reads more exports\' label syntaxes', () => {
    const docs: Record<string, string> = {
      'whisperx.txt': 'SPEAKER_00: How big is the team?\nSPEAKER_01: Fourteen people.\nSPEAKER_00: And in 2019?\nSPEAKER_01: Three.\n',
      'whisper-spans.txt': '[00:00:00.000 --> 00:00:04.200] [SPEAKER_00] How did you start?\n[00:00:04.200 --> 00:00:09.880] [SPEAKER_01] My uncle kept hives.\n[00:00:09.880 --> 00:00:12.100] [SPEAKER_00] How many now?\n[00:00:12.100 --> 00:00:17.400] [SPEAKER_01] Forty.\n',
      'fireflies.txt': 'Priya Raman - 00:00\nTom, where is the renewal?\n\nTom Hale - 00:07\nSigned last Friday.\n\nPriya Raman - 00:15\nAnd the data clause?\n\nTom Hale - 00:21\nSigned too.\n',
      'slack.txt': 'Hale, Tom   10:02 AM\nHas anyone heard from the auditors?\n\nIvanova, Sasha   10:04 AM\nYes, they want the files by Friday.\n\nHale, Tom   10:05 AM\nCan we make that?\n\nIvanova, Sasha   10:06 AM\nWe can.\n',
      'bold-time.md': '**[00:00:05] Maya Chen:** What is the strangest thing you have seen?\n\n**[00:00:14] Kofi Mensah:** A man carrying a cake.\n\n**[00:00:31] Maya Chen:** Did you ask him?\n\n**[00:00:35] Kofi Mensah:** Never.\n',
      'lower.txt': 'interviewer: how long have you come here?\nparticipant: about six years.\ninterviewer: and what does it mean to you?\nparticipant: everything.\n',
    };
    const pairs = (name: string) => qa({ [name]: docs[name]! }).map((r) => [r[0], r[1], r[2]]);
    expect(pairs('whisperx.txt')).toEqual([['Speaker 0', 'Speaker 1', 'How big is the team?'], ['Speaker 0', 'Speaker 1', 'And in 2019?']]);
    // The diarizer's voice in brackets is the numbered voice, as its JSON names it (probe45-a).
    expect(pairs('whisper-spans.txt')).toEqual([['Speaker 0', 'Speaker 1', 'How did you start?'], ['Speaker 0', 'Speaker 1', 'How many now?']]);
    expect(pairs('fireflies.txt')).toEqual([['Priya Raman', 'Tom Hale', 'Tom, where is the renewal?'], ['Priya Raman', 'Tom Hale', 'And the data clause?']]);
    expect(pairs('slack.txt')).toEqual([['Tom Hale', 'Sasha Ivanova', 'Has anyone heard from the auditors?'], ['Tom Hale', 'Sasha Ivanova', 'Can we make that?']]);
    expect(pairs('bold-time.md')).toEqual([['Maya Chen', 'Kofi Mensah', 'What is the strangest thing you have seen?'], ['Maya Chen', 'Kofi Mensah', 'Did you ask him?']]);
    expect(pairs('lower.txt')).toEqual([['Interviewer', 'Participant', 'how long have you come here?'], ['Interviewer', 'Participant', 'and what does it mean to you?']]);
  });

  it('reads a header\'s cast list ("Interviewer: James Ortiz") as who holds each role, and the initials of the names in it', () => {
    const cast = 'Voices of the Mill\nInterviewee: Dorothy Kaminski\nInterviewer: James Ortiz\nDate: August 12, 2019\n\nJO: When did you start at the mill?\n\nDK: In 1958.\n\nJO: Did you ever strike?\n\nDK: Once, in 1963.\n';
    const roles = 'Project Lifeline\nInterviewee: Dr. Rosa Menendez\nInterviewer: Kai Thompson\n\n[Interviewer]: Can you describe the first week?\n\n[Interviewee]: Chaos.\n\n[Interviewer]: Did you get sick?\n\n[Interviewee]: In May.\n';
    const titled = 'Press availability with Foreign Minister Kenji Sato\n\nQUESTION: Will Japan raise its budget?\n\nFOREIGN MINISTER SATO: By about 16 percent.\n\nQUESTION: When?\n\nFOREIGN MINISTER SATO: In December.\n';
    expect(qa({ 'cast.txt': cast }).map((r) => [r[0], r[1]])).toEqual([['James Ortiz', 'Dorothy Kaminski'], ['James Ortiz', 'Dorothy Kaminski']]);
    expect(qa({ 'roles.txt': roles }).map((r) => [r[0], r[1]])).toEqual([['Kai Thompson', 'Rosa Menendez'], ['Kai Thompson', 'Rosa Menendez']]);
    expect(qa({ 'titled.txt': titled }).map((r) => r[1])).toEqual(['Kenji Sato', 'Kenji Sato']);
  });

  it('pairs a plain "No." or "Yes." with the question it settles, a "Yeah." nod stays an aside', () => {
    const doc = 'Tom Hale: Will you run again?\nAna Ruiz: No.\nTom Hale: Ever?\nAna Ruiz: Never.\nTom Hale: You know the polls?\nAna Ruiz: Yeah.\nTom Hale: And the company, will it list?\nAna Ruiz: Yes, in 2027.\n';
    expect(qa({ 'ruiz.txt': doc }).map((r) => [r[2], r[3]])).toEqual([
      ['Will you run again?', 'No.'],
      ['Ever?', 'Never.'],
      ['And the company, will it list?', 'Yes, in 2027.'],
    ]);
  });

  it('reads a numbered voice that speaks once ("Participant 7:") as a turn of its own', () => {
    const doc = 'Moderator: What do you think of the logo?\nParticipant 3: It looks like a bank.\nParticipant 7: I like it. It is cleaner.\nModerator: Would it change whether you buy?\nParticipant 3: No.\n';
    expect(qa({ 'group.txt': doc }).map((r) => [r[1], r[3]])).toEqual([
      ['Participant 3', 'It looks like a bank.'],
      ['Participant 7', 'I like it. It is cleaner.'],
      ['Participant 3', 'No.'],
    ]);
  });

  it('reads "HOST (DAVID MERCER):" then "MERCER:" as one host, who asks', () => {
    const doc = 'HOST (DAVID MERCER): The council votes tonight on a 12 percent rise.\nAMAKA EZE: Good morning, David.\nMERCER: Twelve percent is a lot.\nEZE: It is. But the pipes are from 1911.\nMERCER: How will you vote?\nEZE: Yes.\n';
    // (her greeting answers nothing: a greeting to a turn that asks nothing is a quote)
    expect(qa({ 'radio.txt': doc }).map((r) => [r[0], r[1], r[3]])).toEqual([
      ['David Mercer', 'Amaka Eze', 'It is. But the pipes are from 1911.'],
      ['David Mercer', 'Amaka Eze', 'Yes.'],
    ]);
  });

  it('keeps lines that end in CJK punctuation in records, never as headings', () => {
    const doc = 'Interview: 王小明 (Wang Xiaoming)\n\n记者: 您什么时候创办了公司？\n\n王小明: 2015年。当时只有五个人。\n\nReporter: How many employees now?\n\nWang Xiaoming: About 1,200.\n\nReporter: Which markets grow fastest?\n\nWang Xiaoming: Southeast Asia.\n';
    const c = loadCorpus(tempCorpus({ 'cjk.txt': doc }));
    const words = c.records.map((r) => `${r.question ?? ''} ${r.text}`).join(' ');
    expect(words).toContain('您什么时候创办了公司？');
    expect(words).toContain('当时只有五个人。');
  });

  it('reads a White House transcript: "Q    …" questions, "MS. JEAN-PIERRE:" as the header\'s full name, no speaker "EDT"', () => {
    const doc = 'Press Briefing by Press Secretary Karine Jean-Pierre\n1:42 P.M. EDT\n\nMS. JEAN-PIERRE:  Good afternoon.  We will take questions.\n\nQ    Thanks, Karine.  Will the President travel on Friday?\n\nMS. JEAN-PIERRE:  He will.\n\nQ    Karine, a follow-up —\n\nMS. JEAN-PIERRE:  Go ahead.\n';
    const c = loadCorpus(tempCorpus({ 'wh.txt': doc }));
    expect(c.records.map((r) => [r.type, r.speaker, r.question])).toEqual([
      ['quote', 'Karine Jean-Pierre', null],
      ['qa', 'Karine Jean-Pierre', 'Thanks, Karine. Will the President travel on Friday?'],
      ['qa', 'Karine Jean-Pierre', 'Karine, a follow-up —'],
    ]);
  });

  it('drops an office before a full name in a label, and finds that person again by office and surname', () => {
    const doc = 'Town hall\n\nMAYOR JANICE TOLLEFSON: We will take questions.\n\nDISTRICT ATTORNEY KAREN LIU: Ask away.\n\nAUDIENCE MEMBER: When will the bus lanes open?\n\nMAYOR TOLLEFSON: In June.\n\nAUDIENCE MEMBER: And the charges?\n\nMS. LIU: None were filed.\n';
    const c = loadCorpus(tempCorpus({ 'hall.txt': doc }));
    expect([...new Set(c.records.map((r) => r.speaker))]).toEqual(['Janice Tollefson', 'Karen Liu']);
  });

  it('reads a line holding a U+2028 line separator without failing', () => {
    const c = loadCorpus(tempCorpus({ 'ls.txt': 'Title\n\nAna Ruiz: Hello\u2028world.\nTom Hale: Why?\nAna Ruiz: Because.\n\nDana Whitfield\u2028\n\nWords.\n' }));
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(c.records.map((r) => r.text).join(' ')).toContain('world.');
  });

  it('names the asker a role label\'s note gives before a comma: "Q (Jo Hale, RNZ):"', () => {
    const doc = 'Budget lock-up\n\nMINISTER TANAKA: The deficit is smaller than forecast.\n\nQ (Jo Hale, RNZ): When will the books be in surplus?\n\nMINISTER TANAKA: In 2027.\n\nQ (Sam Reid, Stuff): How many jobs will go?\n\nMINISTER TANAKA: About 1,800.\n';
    expect(qa({ 'lockup.txt': doc }).map((r) => r[0])).toEqual(['Jo Hale', 'Sam Reid']);
  });

  it('lets the one who mostly asks answer a participant\'s own question; a meeting export\'s "Transcript" heading is no voice', () => {
    const doc = 'Product sync - Transcript\nAttendees\nAnn Cole, Bilal Khan, Rosa Diaz\nTranscript\n00:00:00\n\nAnn Cole: Did the pricing test finish?\nBilal Khan: It did. Conversion rose.\nAnn Cole: And churn?\nBilal Khan: Too early.\nRosa Diaz: Can we roll it out to Europe?\nAnn Cole: Not before May.\n';
    const c = loadCorpus(tempCorpus({ 'meet.txt': doc }));
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question])).toEqual([
      ['Ann Cole', 'Bilal Khan', 'Did the pricing test finish?'],
      ['Ann Cole', 'Bilal Khan', 'And churn?'],
      ['Rosa Diaz', 'Ann Cole', 'Can we roll it out to Europe?'],
    ]);
    expect(c.records.map((r) => r.speaker)).not.toContain('Transcript');
  });

  it('leaves Otter\'s "Unknown Speaker" anonymous, never a person of that name across the corpus', () => {
    const c = loadCorpus(tempCorpus({ 'otter.txt': 'Unknown Speaker  0:07\nPriya, how did the pilot go?\n\nPriya Raman  0:11\nBetter than expected.\n\nUnknown Speaker  0:15\nAnd the costs?\n\nPriya Raman  0:18\nUnder budget.\n' }));
    expect(c.records.map((r) => [r.asker, r.speaker])).toEqual([
      [null, 'Priya Raman'],
      [null, 'Priya Raman'],
    ]);
  });

  it('takes "Reader Q&A: Dr. Helen Park on sleep" as the title, and its person as who answers', () => {
    const c = loadCorpus(tempCorpus({ 'park.txt': 'Reader Q&A: Dr. Helen Park on sleep\n\nQuestion: How many hours should a teenager sleep?\nAnswer: Eight to ten hours a night.\n\nQuestion: Is napping bad?\nAnswer: Not if it is short.\n' }));
    expect(c.documents[0]!.meta.title).toBe('Reader Q&A: Dr. Helen Park on sleep');
    expect(c.records.map((r) => [r.type, r.asker, r.speaker])).toEqual([
      ['qa', null, 'Helen Park'],
      ['qa', null, 'Helen Park'],
    ]);
  });
});

describe('a video transcript copied as text: a time stamp alone above each piece of running text', () => {
  it('reads it as captions, the stamps no words, the running text split into sentences, the title a heading', () => {
    const c = loadCorpus(
      tempCorpus({ 'yt.txt': 'Launchpool explained (YouTube transcript)\n\n0:00\nhello everyone and welcome back. Today we look at\n0:04\nlaunchpool and how it works\n0:09\nyou stake BNB and you earn new tokens\n' }),
    );
    expect(c.documents[0]!.shape).toBe('captions');
    expect(c.documents[0]!.meta.title).toBe('Launchpool explained (YouTube transcript)');
    expect(c.records.map((r) => [r.text, r.line, r.endLine])).toEqual([
      ['hello everyone and welcome back.', 4, 4],
      ['Today we look at launchpool and how it works you stake BNB and you earn new tokens', 4, 8],
    ]);
  });

  it('leaves an article with a time or two on their own lines (a live blog) to prose', () => {
    const c = loadCorpus(tempCorpus({ 'live.txt': 'Budget day, live\n\n10:32\nThe minister has arrived. She is expected to speak soon.\n\nThe speech runs for about an hour. Markets are calm.\n\n11:05\nShe has started.\n' }));
    expect(c.documents[0]!.shape).toBe('prose');
  });
});

describe('a hearing record: "Mr. RENNER." labels', () => {
  it('reads a title in mixed case, a surname in capitals and a full stop as a speaker label', () => {
    expect(doc('hearing-gpo').shape).toBe('transcript');
    expectPairs('hearing-gpo', [
      ['Chairwoman Delacroix', 'Tobias Renner', 'How long does it take to freeze an account', 'Usually within two hours.'],
      ['Mr. Okonkwo', 'Tobias Renner', 'how many of your staff work on compliance?', 'About 340 people'],
    ]);
    expectNowhere('hearing-gpo', 'DELACROIX.', 'RENNER.');
  });

  it('names the witness in full where the document does ("the witness, Mr. Tobias Renner")', () => {
    const speakers = new Set(recordsOf(corpus, 'hearing-gpo').map((r) => r.speaker));
    expect(speakers).toContain('Tobias Renner');
    expect(speakers).not.toContain('Mr. Renner');
  });
});

describe('">>" captions', () => {
  it('names the anonymous changes in a two-voice exchange by alternation', () => {
    expectPairs('captions-town-hall', [
      ['Moderator', 'Ruth Webb', 'WHY ARE THE NIGHT BUSES BEING CUT?', 'THEY ARE NOT BEING CUT.'],
      ['Moderator', 'Ruth Webb', 'WHAT ABOUT PEOPLE ON THE EAST SIDE?', 'THEY KEEP A BUS'],
    ]);
    expect(quotes('captions-town-hall').map((r) => [r.speaker, r.text])).toEqual([
      ['Moderator', expect.stringMatching(/^GOOD EVENING AND WELCOME/)],
      ['Ruth Webb', 'THANK YOU FOR HAVING ME.'],
    ]);
    expectNowhere('captions-town-hall', '>>');
  });
});

describe('WebVTT with voices', () => {
  it('merges cues into turns by voice and keeps cue ids, timings, tags and notes out of the text', () => {
    expectPairs('webvtt-lecture', [
      ['Jonah Price', 'Amal Haddad', 'Is that different from a river valley?', 'A river cuts a V, because it only erodes the bottom of its channel. Ice fills the whole valley'],
      ['Jonah Price', 'Amal Haddad', 'How long does that take?', 'Tens of thousands of years'],
    ]);
    const q = quotes('webvtt-lecture');
    expect(q.map((r) => [r.speaker, r.text])).toEqual([
      ['Amal Haddad', 'Good morning, everyone. Today we look at how glaciers carve valleys, and why the valleys are shaped like a U.'],
    ]);
    expectNowhere('webvtt-lecture', '-->', '00:00', '<v', 'WEBVTT', 'exported');
  });
});

describe('Zoom WebVTT ("Name: " cue text)', () => {
  it('takes the speaker from the cue text and joins one speaker’s cues', () => {
    expectPairs('zoom-standup', [
      ['Maya Lind', 'Raj Patel', 'where are we on the billing migration?', 'Nothing failed, but the invoices took twice as long'],
      ['Maya Lind', 'Raj Patel', 'Do we know why they are slower?', 'We will cache them per account.'],
      ['Maya Lind', 'Chen Wu', 'anything blocking the mobile release?', 'Only the store review.'],
    ]);
    expect(quotes('zoom-standup').map((r) => r.speaker)).toEqual(['Chen Wu']);
    expectNowhere('zoom-standup', 'Raj Patel:', '-->');
  });
});

describe('captions for the deaf: a voice named in brackets', () => {
  it('reads "[OFFICER KANE] words" as the voice, past a bracketed sound before it; a sound is no voice', () => {
    const srt = '1\n00:00:01,000 --> 00:00:04,000\n[OFFICER KANE] Where were you that night?\n\n2\n00:00:04,500 --> 00:00:07,000\n[MARTA] At home, I swear.\n\n3\n00:00:07,500 --> 00:00:10,000\n[DOOR SLAMS] [OFFICER KANE] Stay in town.\n\n4\n00:00:10,500 --> 00:00:12,000\n[APPLAUSE] Thank you all.\n';
    const c = loadCorpus(tempCorpus({ 'scene.srt': srt }));
    expect(c.records.map((r) => [r.type, r.asker, r.speaker, r.text])).toEqual([
      ['qa', 'Officer Kane', 'Marta', 'At home, I swear.'],
      ['quote', null, 'Officer Kane', 'Stay in town. Thank you all.'],
    ]);
  });
});

describe('SRT without voices', () => {
  it('becomes running text, one record per sentence, sentences joined across cues, nothing lost', () => {
    const recs = recordsOf(corpus, 'srt-documentary');
    expect(recs.map((r) => r.text)).toEqual([
      'The lighthouse on Skarv Island was built in 1874.',
      'For ninety years, a keeper and his family lived in the two rooms below the lamp.',
      'Supplies came by boat once a month, when the weather allowed it.',
      'The last keeper left in 1964, and the light was automated the same year.',
    ]);
    // "Supplies came by boat once a month," / "when the weather allowed it." span cues 3 and 4.
    expect(recs[2]!.line).toBe(12);
    expect(recs[2]!.endLine).toBe(16);
  });
});

describe('second fixtures: a Rev forum, a named Otter meeting, a broadcast panel', () => {
  it('a forum pairs guests asking each other and an audience member, by who spoke before', () => {
    expectPairs('rev-school-board-panel', [
      ['Dana Whitfield', 'Kwame Osei', 'why move the start of term to August?', 'Because our exams finish'],
      ['Dana Whitfield', 'Erik Lindqvist', 'Do parents support this?', 'Some do.'],
      ['Kwame Osei', 'Erik Lindqvist', 'Would that help?', 'It would help a great deal'],
      ['Audience Member', 'Kwame Osei', 'What happens to students like her?', 'Students with a job'],
    ]);
    expect(quotes('rev-school-board-panel').map((r) => r.speaker)).toEqual(['Dana Whitfield', 'Erik Lindqvist']);
  });

  it('Otter heading lines with H:MM:SS times and three named speakers', () => {
    expectPairs('otter-product-review', [
      ['Marta Ruiz', 'Leon Fisher', 'walk us through the numbers', 'three hundred testers'],
      ['Marta Ruiz', 'Leon Fisher', 'complain about most?', 'Sign-in.'],
      ['Marta Ruiz', 'Grace Obi', 'blocking the public launch?', 'Only the accessibility audit.'],
    ]);
    expect(quotes('otter-product-review').map((r) => r.speaker)).toEqual(['Grace Obi', 'Marta Ruiz']);
    expectNowhere('otter-product-review', '1:02:15', 'otter.ai');
  });

  it('a panel: the host asks each guest, a guest’s rebuttal and the videotape are quotes', () => {
    expectPairs('cnn-2023-03-02', [
      ['Paul Grant', 'Lydia Park', 'why raise fares now?', 'eleven million dollars'],
      ['Paul Grant', 'Omar Haddad', 'Omar, your response?', 'Cut the parking subsidy'],
      ['Paul Grant', 'Lydia Park', 'low-income riders?', 'half fare'],
      ['Paul Grant', 'Omar Haddad', 'Omar, is that enough?', "It's a start"],
    ]);
    expect(quotes('cnn-2023-03-02').map((r) => r.speaker)).toEqual(['Lydia Park', 'Paul Grant', 'Unidentified Female', 'Paul Grant']);
    expect(quotes('cnn-2023-03-02').at(-1)?.text).toBe("We'll leave it there. Thank you both.");
    expect(doc('cnn-2023-03-02').meta).toMatchObject({ title: 'CITY COUNCIL VOTES ON TRANSIT FARES', date: '2023-03-02' });
  });
});

describe('a single exchange', () => {
  it('is a transcript of one qa', () => {
    expectPairs('single-exchange', [['Interviewer', 'Lena Fischer', 'What is the one thing you would change', 'I would put the glass bins back']]);
  });
});

describe('variants outside the gold set', () => {
  const dir = tempCorpus({
    'rev-three.txt': [
      'Alex Moreno (00:00:02):',
      'Thanks for joining. Councillor Diaz, where will the cuts fall?',
      '',
      'Rosa Diaz (00:00:08):',
      'Mostly on capital projects. We are delaying the library extension by a year.',
      '',
      'Kim Park (00:00:20):',
      'And that delay costs more in the end, because construction prices keep rising.',
      '',
      'Alex Moreno (00:00:31):',
      'Kim, what would you cut instead?',
      '',
      'Kim Park (00:00:35):',
      'The consultancy budget. We spent four million on consultants last year.',
    ].join('\n'),
    'novoice.vtt': 'WEBVTT\nKind: captions\n\n00:00:00.000 --> 00:00:03.000 align:start\nwelcome back, today we are\n\n00:00:03.000 --> 00:00:06.000\nfixing a leaking tap. First, turn off the water.\n\n00:00:06.000 --> 00:00:08.000\n[Music]\n',
    'renamed.txt': '---\ntitle: Garden call\nlabels:\n  Speaker 1: Fran Moss\n---\nSpeaker 1  0:00\nHow many volunteers came on Saturday?\n\nSpeaker 2  0:04\nAbout fifteen, more than we expected given the rain.\n',
    'numbered.txt': [
      '   1               JOHN REYES,',
      '   2   having been duly sworn, testified as follows:',
      '   3   BY MS. ADLER:',
      '   4        Q.   Mr. Reyes, where do you live?',
      '   5        A.   In Fairview, on Elm Street.',
      '   6        Q.   How long have you lived there?',
      '   7        A.   Eleven years.',
    ].join('\n'),
    'parens.txt': '(00:00:01) Host: Dr. Vance, how much sleep do adults need?\n(00:00:09) Dr. Vance: Seven to nine hours for most adults, though it varies.\n',
    'bold.md': '**Mina Cho:** Why open a bookshop now?\n\n**Owen Hart:** Because people still want somewhere to browse.\n',
  });
  const c = loadCorpus(dir);
  const of = (id: string) => c.records.filter((r) => r.doc === id);
  const brief = (r: QuarryRecord) => [r.type, r.asker, r.speaker, r.text.slice(0, 20)];

  it('a Rev export with three speakers pairs by who spoke before, and an unprompted turn is a quote', () => {
    expect(of('rev-three').map(brief)).toEqual([
      ['qa', 'Alex Moreno', 'Rosa Diaz', 'Mostly on capital pr'],
      ['quote', null, 'Kim Park', 'And that delay costs'],
      ['qa', 'Alex Moreno', 'Kim Park', 'The consultancy budg'],
    ]);
  });

  it('a WebVTT file without voices is running text, the header and a [Music] cue classified', () => {
    expect(of('novoice').map((r) => r.text)).toEqual(['welcome back, today we are fixing a leaking tap.', 'First, turn off the water.']);
    expect(c.documents.find((d) => d.id === 'novoice')!.lines.unparsed).toEqual([]);
  });

  it('front matter labels: rename an anonymous label', () => {
    expect(of('renamed').map(brief)).toEqual([['qa', 'Fran Moss', 'Speaker 2', 'About fifteen, more ']]);
  });

  it('a deposition with numbered lines reads past the numbers', () => {
    expect(of('numbered').map(brief)).toEqual([
      ['qa', 'Ms. Adler', 'John Reyes', 'In Fairview, on Elm '],
      ['qa', 'Ms. Adler', 'John Reyes', 'Eleven years.'],
    ]);
  });

  it('"(00:00:01) Name:" and "**Name:**" labels', () => {
    expect(of('parens').map(brief)).toEqual([['qa', 'Host', 'Dr. Vance', 'Seven to nine hours ']]);
    expect(of('bold').map(brief)).toEqual([['qa', 'Mina Cho', 'Owen Hart', 'Because people still']]);
  });

  it('a broadcast voice-over narrates and asks nobody: the soundbite after it is its speaker’s quote', () => {
    const d = loadCorpus(
      tempCorpus({
        'vo.txt': [
          'JOHN BERMAN, CNN ANCHOR: The storm is moving north tonight. Rosa, where is it now?',
          'ROSA KLINE, CNN METEOROLOGIST: It is just off the coast, John, and it is picking up speed.',
          'BERMAN (voice-over): Officials have opened shelters in three counties.',
          'UNIDENTIFIED MALE: We lost the roof in the last one. We are not waiting this time.',
          'BERMAN (on camera): Rosa, how strong will it be at landfall?',
          'KLINE: A category two, possibly three, by Thursday morning.',
        ].join('\n\n'),
      }),
    );
    expect(d.records.map(brief)).toEqual([
      ['qa', 'John Berman', 'Rosa Kline', 'It is just off the co'.slice(0, 20)],
      ['quote', null, 'John Berman', 'Officials have opene'],
      ['quote', null, 'Unidentified Male', 'We lost the roof in '],
      ['qa', 'John Berman', 'Rosa Kline', 'A category two, poss'],
    ]);
  });

  it('speakers.yml renames an anonymous label through an alias', () => {
    const d = loadCorpus(
      tempCorpus({
        'speakers.yml': 'Ann Cole:\n  aliases: [Speaker 1]\n',
        'call.txt': 'Speaker 1  0:00\nWhat time does the market open on Sundays?\n\nSpeaker 2  0:05\nAt nine, though the bakers start setting up around seven.\n',
      }),
    );
    expect(d.records.map(brief)).toEqual([['qa', 'Ann Cole', 'Speaker 2', 'At nine, though the ']]);
  });
});

describe('broadcast labels with titles and a disclaimer (unseen variants)', () => {
  const brief = (r: QuarryRecord) => [r.type, r.asker, r.speaker, r.text.slice(0, 20)];
  const load = (text: string) => loadCorpus(tempCorpus({ 'show.txt': text }));

  it('a rush-transcript disclaimer above the first label does not hide the exchange: each labelled turn is its speaker’s', () => {
    const c = load(
      [
        'THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.',
        'NORA BLAKE, NEWS ANCHOR: Governor, when will the roads reopen?',
        'GOV. PETER SANDOVAL (D-NM): Nora, the crews start at dawn.',
        'BLAKE: Governor, what do you tell the families waiting?',
        'SANDOVAL: We will not leave a single town cut off this winter.',
      ].join('\n\n'),
    );
    expect(c.records.map(brief)).toEqual([
      ['qa', 'Nora Blake', 'Peter Sandoval', 'Nora, the crews star'],
      ['qa', 'Nora Blake', 'Peter Sandoval', 'We will not leave a '],
    ]);
    expect(c.documents[0]!.shape).toBe('transcript');
  });

  it('a title before a full name is not part of the name, and the surname alone is the same person', () => {
    const c = load(
      [
        'LUIS ORTEGA, HOST: Doctor, is the outbreak slowing?',
        'DR. HANNA VOSS: The case numbers fell for a second week.',
        'ORTEGA: And the hospitals?',
        'VOSS: They have beds again, though staff are exhausted.',
      ].join('\n\n'),
    );
    expect(c.records.map((r) => r.speaker)).toEqual(['Hanna Voss', 'Hanna Voss']);
    expect(c.documents[0]!.meta.speakers).toEqual(['Luis Ortega', 'Hanna Voss']);
  });

  it('a label with a title and a party note leaves no sentence out of search', () => {
    const c = load('RITA MONK, ANCHOR: Senator, is the bill dead?\n\nREP. OWEN TALLIS (R-OH): The bill is alive and well.\n');
    expect(c.records.map(brief)).toEqual([['qa', 'Rita Monk', 'Owen Tallis', 'The bill is alive an']]);
    expect(c.problems.filter((p) => /sentence in no record/.test(p.message))).toEqual([]);
  });

  it('a numbered question and answer letter ("Q1." / "A1.") is the label\'s, no sentence left out of search', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['email-qa-verdeluce-2025.txt']);
    expect(c.records.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Sofia Marchetti', 'Sofia Marchetti', 'Sofia Marchetti']);
    expect(c.problems.filter((p) => /sentence in no record/.test(p.message))).toEqual([]);
  });

  it('a host’s short linking line before a clip is kept as the host’s quote, not dropped', () => {
    const c = load(
      [
        'NORA BLAKE, NEWS ANCHOR: Governor, when will the roads reopen?',
        'GOV. PETER SANDOVAL: Nora, the crews start at dawn.',
        'BLAKE: First, the pictures from Taos.',
        '(BEGIN VIDEO CLIP)',
        'UNIDENTIFIED MALE: The bridge just folded into the river.',
        '(END VIDEO CLIP)',
        'BLAKE: Governor, who pays for the bridge?',
        'SANDOVAL: The state does, and we have the money set aside.',
      ].join('\n\n'),
    );
    const linking = c.records.find((r) => r.text.includes('pictures from Taos'));
    expect(linking).toMatchObject({ type: 'quote', speaker: 'Nora Blake' });
  });
});

describe('Q/A role letters are not people', () => {
  it('the answerer is the one person the title names; "Q" asks anonymously', () => {
    const c = loadCorpus(
      tempCorpus({
        'ama.md': '# Ask me anything: glassblower Tomas Lindgren\n\n**Q:** How hot is the furnace?\n\n**A:** About eleven hundred degrees, day and night.\n\n**Q:** Do you ever get burned?\n\n**A:** Every week, though less than I did.\n',
      }),
    );
    expect(c.records.map((r) => [r.type, r.asker, r.speaker])).toEqual([
      ['qa', null, 'Tomas Lindgren'],
      ['qa', null, 'Tomas Lindgren'],
    ]);
  });

  it('with nobody named, the answers have no speaker, and no person "A" spans documents', () => {
    const c = loadCorpus(
      tempCorpus({
        'one.txt': 'BY MS. ORLOV:\nQ. Where were you on the night of the fire?\nA. At home, asleep.\nQ. Alone?\nA. With my brother.\n',
        'two.md': '# Reader questions\n\nQ: Is the pool open in winter?\n\nA: Only on weekends, from ten to four.\n\nQ: Are towels provided?\n\nA: Bring your own, please.\n',
      }),
    );
    const speakers = c.records.map((r) => r.speaker);
    expect(speakers).toEqual([null, null, null, null]);
    expect(c.records.filter((r) => r.doc === 'one').map((r) => r.asker)).toEqual(['Ms. Orlov', 'Ms. Orlov']);
    for (const d of c.documents) expect(d.meta.speakers).not.toContain('A');
  });
});

describe('SRT without blank lines between cues (unseen variant)', () => {
  const c = loadCorpus(
    tempCorpus({
      'river.srt': [
        '1',
        '00:00:01,000 --> 00:00:03,500',
        'The ferry stopped running in',
        '2',
        '00:00:03,500 --> 00:00:06,000',
        'the winter of 1987. Nobody came back for it.',
        '3',
        '00:00:06,000 --> 00:00:09,000',
        'The dock rotted where it stood.',
      ].join('\n'),
    }),
  );
  it('keeps cue numbers and timings out of the text and joins the sentence across cues', () => {
    expect(c.records.map((r) => r.text)).toEqual(['The ferry stopped running in the winter of 1987.', 'Nobody came back for it.', 'The dock rotted where it stood.']);
    expect(c.documents[0]!.lines.unparsed).toEqual([]);
  });
  it('takes no title from a cue’s words', () => {
    const d = loadCorpus(tempCorpus({ 'mill.srt': '1\n00:00:01,000 --> 00:00:04,000\nThe mill was built in 1890 by\n\n2\n00:00:04,000 --> 00:00:07,000\nthe Harrow brothers.\n' }));
    expect(d.documents[0]!.meta.title).toBe('mill');
  });
});

describe('Zoom transcript text: "[Name] 10:02:33" heading lines', () => {
  const zoom = `[Priya Raman] 10:02:33
Good morning, everyone. Thanks for joining the quarterly town hall.

[Priya Raman] 10:02:41
First question from the chat: when will the Denver office reopen?

[Marcus Webb] 10:03:05
We expect to reopen Denver on April 14, with about 60 desks at first.

[Priya Raman] 10:03:50
How much is the relocation budget this year?

[Marcus Webb] 10:04:02
It's $2.4 million, up 15% from last year.
`;

  it('reads the bracketed names as speakers and pairs the questions with their answers', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'zoom-townhall.txt': zoom }));
    expect(corpus.documents[0]!.shape).toBe('transcript');
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.text.slice(0, 20)])).toEqual([
      ['qa', 'Priya Raman', 'Marcus Webb', 'We expect to reopen '],
      ['qa', 'Priya Raman', 'Marcus Webb', "It's $2.4 million, u"],
    ]);
    expect(corpus.records.some((r) => /\[|10:0/.test(r.text + (r.question ?? '')))).toBe(false);
  });
});

describe('Parliamentary record: "Ms OKAFOR (Seat—Office) (10:02):" labels (unseen variant)', () => {
  const hansard = `Legislative Assembly — Hansard
Wednesday, 14 May 2025

WATER SECURITY (AMENDMENT) BILL 2025
Second Reading

Ms OKAFOR (Riverside—Minister for Water) (10:02): I move:
That this bill be now read a second time.
The bill responds to three dry summers in a row.

Mr HALVORSEN (Northgate) (10:14): The opposition will not oppose the bill, but we have questions.

Ms OKAFOR: The department's estimate is closer to $6,500.

Mr HALVORSEN: Then table the modelling.

The DEPUTY SPEAKER: Order! The member for Northgate will direct his remarks through the chair.

Dr PRESTON (Eastvale) (10:31): I rise to support the bill.
`;

  it('reads each member’s label, seat, office and time as one speaker, named in title case', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'hansard.txt': hansard }));
    const d = corpus.documents[0]!;
    expect(d.shape).toBe('transcript');
    expect(d.lines.unparsed).toEqual([]);
    expect(corpus.records.map((r) => [r.type, r.speaker, r.text.slice(0, 24)])).toEqual([
      ['quote', 'Ms Okafor', 'I move: That this bill b'],
      ['quote', 'Mr Halvorsen', 'The opposition will not '],
      ['quote', 'Ms Okafor', "The department's estimat"],
      ['quote', 'Mr Halvorsen', 'Then table the modelling'],
      ['quote', 'the Deputy Speaker', 'Order! The member for No'],
      ['quote', 'Dr Preston', 'I rise to support the bi'],
    ]);
    expect(corpus.records.some((r) => /\(|10:\d\d|Riverside/.test(r.text))).toBe(false);
  });
});

describe('Riverside / Descript: the name alone, its time span on the next line (unseen variant)', () => {
  const riverside = `Anna Berg
00:00:03 - 00:00:15
Welcome back to Ground Truth. My guest today founded the seed bank in Bolzano in 2011.

Leo Marchetti
00:00:16 - 00:00:21
Thanks, Anna. Happy to be here.

Anna Berg
00:00:22 - 00:00:30
How many varieties do you hold now?

Leo Marchetti
00:00:31 - 00:00:52
About 4,200 varieties of grain and legumes.
`;

  it('reads each name as a speaker heading, keeps the times out and takes no title from the first name', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'seed-bank.txt': riverside }));
    const d = corpus.documents[0]!;
    expect(d.shape).toBe('transcript');
    expect(d.meta.title).toBe('seed-bank');
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.text.slice(0, 20)])).toEqual([
      ['quote', null, 'Anna Berg', 'Welcome back to Grou'],
      ['quote', null, 'Leo Marchetti', 'Thanks, Anna. Happy '],
      ['qa', 'Anna Berg', 'Leo Marchetti', 'About 4,200 varietie'],
    ]);
    expect(corpus.records.some((r) => /00:00/.test(r.text + (r.question ?? '')))).toBe(false);
  });
});

describe('A newspaper Q&A: "Q – …" / "A – …" (unseen variant)', () => {
  it('pairs each question with the answer below it', async () => {
    const text = `Five questions for the harbour master\n\nQ – How much cargo came through the port last year?\nA – 18.4 million tonnes, a record.\n\nQ – Who decides when the port closes?\nA – I do, on advice from the met office.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'harbour.txt': text }));
    expect(corpus.documents[0]!.shape).toBe('transcript');
    expect(corpus.records.map((r) => [r.type, r.question, r.text])).toEqual([
      ['qa', 'How much cargo came through the port last year?', '18.4 million tonnes, a record.'],
      ['qa', 'Who decides when the port closes?', 'I do, on advice from the met office.'],
    ]);
  });
});

describe('Initials as labels, defined in the standfirst: "Ruth Adebayo (RA)" then "RA: …" (unseen variant)', () => {
  it('names the speakers by the full names the initials stand for, and only for initials that fit', async () => {
    const text = `# A conversation with Ruth Adebayo\n\n*Ruth Adebayo (RA) founded the coding school CodeYard in 2016 and lists on the Lagos exchange (NGX). She spoke to Tom Whitaker (TW).*\n\nTW: When did CodeYard become self-funding?\n\nRA: In 2019. Our graduates paid a share of their first salary back.\n\nTW: How many students have you trained?\n\nRA: Just over 2,800.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'codeyard.md': text }));
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['Tom Whitaker', 'Ruth Adebayo'],
      ['Tom Whitaker', 'Ruth Adebayo'],
    ]);
  });
});

describe('A chat export: "[9:58 AM] Name: words" (unseen variant)', () => {
  it('reads each message as a turn of its sender, a question paired with the reply', async () => {
    const text = `#launch-planning\n\n[9:58 AM] Priya Raman: morning all — are we still on for the March 4 launch?\n[10:01 AM] Marcus Webb: Yes. QA signed off last night, 212 tests green.\n[10:05 AM] Dana Ito: I'll have the press release ready by Friday.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'slack.txt': text }));
    expect(corpus.documents[0]!.shape).toBe('transcript');
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.text])).toEqual([
      ['qa', 'Priya Raman', 'Marcus Webb', 'Yes. QA signed off last night, 212 tests green.'],
      ['quote', null, 'Dana Ito', "I'll have the press release ready by Friday."],
    ]);
  });
});

describe('A Slack channel copied out: "Name  10:42 AM" headers and reaction tallies (":eyes: 2") under messages', () => {
  it('reads a reaction tally as the app\'s markup, never a heading over the messages below', async () => {
    const text = '#ops-deploys\n\nLena Vogt  9:02 AM\nShipping build 88 to staging now.\n:rocket: 3\nOwen Park  9:06 AM\nDid the migration run?\n:eyes: 1 :thumbsup: 2\nLena Vogt  9:07 AM\nYes, in 40 seconds.\n';
    const corpus = await loadCorpus(tempCorpus({ 'ops.txt': text }));
    expect(corpus.records.map((r) => [r.type, r.speaker, r.section])).toEqual([
      ['quote', 'Lena Vogt', null],
      ['qa', 'Lena Vogt', null],
    ]);
  });
});

describe('A title that ends with its date: "Focus group 3 — commuters, Leeds, 12 March 2025"', () => {
  it('is the title and gives the date', async () => {
    const text = `Focus group 3 — commuters, Leeds, 12 March 2025\n\nI: How long is your commute?\n\nP1: About fifty minutes each way.\n\nI: What would make you take the train?\n\nP1: Price.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'fg.txt': text }));
    expect(corpus.documents[0]!.meta).toMatchObject({ title: 'Focus group 3 — commuters, Leeds, 12 March 2025', date: '2025-03-12', year: 2025 });
    // "I:" is the interviewer's role letter, anonymous in the document as "Q:" is.
    expect(corpus.records.map((r) => [r.asker, r.speaker, r.year])).toEqual([
      [null, 'P1', 2025],
      [null, 'P1', 2025],
    ]);
  });
});

describe('Auto-generated WebVTT (YouTube): word-timing tags and rolling repeats (unseen variant)', () => {
  const vtt = `WEBVTT
Kind: captions
Language: en

00:00:00.160 --> 00:00:02.869 align:start position:0%
 
so<00:00:00.400><c> the</c><00:00:00.560><c> first</c><00:00:00.799><c> thing</c><00:00:01.040><c> we</c><00:00:01.199><c> did</c>

00:00:02.869 --> 00:00:02.879 align:start position:0%
so the first thing we did
 

00:00:02.879 --> 00:00:05.829 align:start position:0%
so the first thing we did
was<00:00:03.120><c> plant</c><00:00:03.439><c> 4,000</c><00:00:03.919><c> oak</c><00:00:04.240><c> trees</c><00:00:04.560><c> in</c><00:00:04.720><c> 2019.</c>

00:00:05.829 --> 00:00:08.150 align:start position:0%
No. No.
No. No.
`;

  it('reads each line once, without the timing tags, and counts no timing line as a sentence', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'oaks.vtt': vtt }));
    const d = corpus.documents[0]!;
    expect(corpus.records.map((r) => r.text)).toEqual(['so the first thing we did was plant 4,000 oak trees in 2019.', 'No. No. No. No.']);
    expect(d.sentences.missed).toEqual([]);
    expect(corpus.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
  });
});

describe("Zoom's saved chat: \"00:12:45 From Name to Everyone:\" with the message below (unseen variant)", () => {
  it('reads each message as its sender’s turn and pairs the question with the reply', async () => {
    const chat = '00:12:45 From Priya Raman to Everyone:\n\tWhen will the Denver office reopen?\n00:13:05 From Marcus Webb to Everyone:\n\tApril 14, with about 60 desks at first.\n';
    const corpus = await loadCorpus(tempCorpus({ 'meeting_saved_chat.txt': chat }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.question, r.text])).toEqual([
      ['qa', 'Priya Raman', 'Marcus Webb', 'When will the Denver office reopen?', 'April 14, with about 60 desks at first.'],
    ]);
  });
});

describe('A public-radio transcript: "NAME, BYLINE:", "UNIDENTIFIED PERSON #1:", a copyright notice at the foot (unseen variant)', () => {
  const npr = `STEVE INSKEEP, HOST:

A third of rural hospitals could lose their maternity wards. NPR's Yuki Noguchi has more.

YUKI NOGUCHI, BYLINE: In Alder County, the nearest place to give birth is now 70 miles away.

RUTH AMADI: We delivered about 200 babies a year.

NOGUCHI: How many nurses would it take to reopen?

AMADI: Six. Maybe five.

UNIDENTIFIED PERSON #1: We drove an hour and a half in the snow.

INSKEEP: This is NPR News.

Copyright © 2025 NPR. All rights reserved. Visit our website terms of use and permissions pages at www.npr.org for further information.
`;

  it('gives the numbered voice its own turn and leaves the notice out of the last turn', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'npr.txt': npr }));
    const byLine = (n: number) => corpus.records.find((r) => r.line <= n && n <= r.endLine);
    expect(byLine(13)).toMatchObject({ type: 'quote', speaker: 'Unidentified Person #1', text: 'We drove an hour and a half in the snow.' });
    expect(byLine(15)).toMatchObject({ speaker: 'Steve Inskeep', text: 'This is NPR News.' });
    expect(byLine(17)).toBeUndefined();
    expect(corpus.documents[0]!.lines.unparsed).toEqual([]);
    expect(corpus.records.find((r) => r.type === 'qa' && r.question === 'How many nurses would it take to reopen?')).toMatchObject({ asker: 'Yuki Noguchi', speaker: 'Ruth Amadi' });
  });
});

describe('A forum AMA thread: "**u/name** (98 points)" comment headers, the host’s replies quoted with ">" (unseen variant)', () => {
  const thread = `# I run a 400-acre organic dairy farm in Vermont. AMA!

Posted by u/vt_dairy_jen · 2022-09-14

**u/cheesecurd_kid** (312 points)
How many cows do you milk, and how early do you get up?

> **u/vt_dairy_jen** (OP, 540 points)
> 140 Jerseys. Milking starts at 4:30 every day.

**u/soil_nerd** (98 points)
Did going organic pay off?

> **u/vt_dairy_jen** (OP, 201 points)
> Eventually. Our milk price is about 40% higher now.
`;

  it('pairs each question with the reply below it, keeps quote marks and scores out, and takes the title and date', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'ama.md': thread }));
    const d = corpus.documents[0]!;
    expect(d.meta).toMatchObject({ title: 'I run a 400-acre organic dairy farm in Vermont. AMA!', date: '2022-09-14' });
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text])).toEqual([
      ['u/cheesecurd_kid', 'u/vt_dairy_jen', 'How many cows do you milk, and how early do you get up?', '140 Jerseys. Milking starts at 4:30 every day.'],
      ['u/soil_nerd', 'u/vt_dairy_jen', 'Did going organic pay off?', 'Eventually. Our milk price is about 40% higher now.'],
    ]);
    expect(d.sentences.missed).toEqual([]);
  });
});

describe('A speech transcribed under one label: "GOVERNOR KOTEK: Thank you…", then paragraphs (unseen variant)', () => {
  const speech = `State of the State Address
January 10, 2024

GOVERNOR KOTEK: Thank you, Mr. President, Madam Speaker, members of the legislature.

Three years ago we promised to build 36,000 homes a year. We are not there yet.

(APPLAUSE)

I want to thank the mayors who worked with us.
`;

  it('credits every paragraph to the speaker, one quote per paragraph', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'speech.txt': speech }));
    expect(corpus.records.map((r) => [r.type, r.speaker, r.line, r.text])).toEqual([
      ['quote', 'Governor Kotek', 4, 'Thank you, Mr. President, Madam Speaker, members of the legislature.'],
      ['quote', 'Governor Kotek', 6, 'Three years ago we promised to build 36,000 homes a year. We are not there yet.'],
      ['quote', 'Governor Kotek', 10, 'I want to thank the mayors who worked with us.'],
    ]);
  });

  it('leaves a dateline, a headline with a colon and notes whose narration speaks of others as prose', async () => {
    const dateline = 'Fares to rise\n\nNEW DELHI: The railway ministry said on Monday that fares will rise. Our correspondent says we may see more.\n\nThe rise follows two years of losses.\n';
    const notes = 'Town hall notes\n\nMayor Ortiz: I think we can open the pool by June.\n\nResidents asked about parking. The meeting ended at nine.\n';
    for (const text of [dateline, notes]) {
      const corpus = await loadCorpus(tempCorpus({ 'doc.txt': text }));
      expect(corpus.documents[0]!.shape).toBe('prose');
      // no label read: "NEW DELHI" and "Mayor Ortiz" speak no turn; what the story reports is its sources'
      expect(corpus.records.map((r) => [r.type, r.speaker])).toEqual(
        text === dateline
          ? [['claim', 'the railway ministry'], ['claim', 'our correspondent'], ['claim', null]]
          : corpus.records.map(() => ['claim', null]),
      );
    }
  });
});

describe('A profile with a Q./A. sidebar: the prose above the turns is hard-wrapped (unseen variant)', () => {
  const doc = `The baker of Vlieland

Marta Kuipers's bakery is the only one on the island, which she says is
the only reason anyone is nice to her. "Nobody argues with the woman who
makes the bread," she said.

Q. When do you start?
A. At four. The ovens take an hour.

Q. Do you ever close?
A. Twice a year, for the storms.
`;

  it('reads each wrapped paragraph whole, so its quotation keeps its speaker', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'baker.txt': doc }));
    const quote = corpus.records.find((r) => r.type === 'quote');
    expect(quote).toMatchObject({ speaker: 'Marta Kuipers', text: 'Nobody argues with the woman who makes the bread', line: 3, endLine: 5 });
    expect(corpus.records.find((r) => r.type === 'claim')!.text).toBe("Marta Kuipers's bakery is the only one on the island, which she says is the only reason anyone is nice to her.");
    expect(corpus.records.filter((r) => r.type === 'qa')).toHaveLength(2);
  });
});

describe('Auto-captions with ">>" changes of speaker and no punctuation at all (unseen variant)', () => {
  it('pairs a turn that asks without a question mark with the next turn, in a .txt and in .vtt cues alike', async () => {
    const txt = 'Restoring a Fishing Boat\n\n0:00\n>> welcome in I am here at the harbour\n0:03\nwith a boat builder\n0:05\n>> glad to be here\n0:07\n>> so how did the hull rot\n0:09\n>> rain mostly it sat open for\n0:12\ntwelve winters\n0:14\n>> and now what does a new keel cost\n0:17\n>> about 8,000 for oak\n0:19\n>> wow what is the slowest part\n0:21\n>> steaming the planks\n';
    const vtt = 'WEBVTT\n\n00:00:00.000 --> 00:00:03.000\n>> we are in Galway with a sail maker\nwho cuts by hand how long does your\n\n00:00:03.000 --> 00:00:06.000\nbiggest sail take\n>> eleven days\n\n00:00:06.000 --> 00:00:09.000\n>> what\'s the hardest cloth\n>> old cotton it tears\n\n00:00:09.000 --> 00:00:12.000\nif you look at it\n';
    const corpus = await loadCorpus(tempCorpus({ 'boat.txt': txt, 'sails.vtt': vtt }));
    const qa = (id: string) => recordsOf(corpus, id).filter((r) => r.type === 'qa').map((r) => [flat(r.question), flat(r.text)]);
    expect(qa('boat')).toEqual([
      ['so how did the hull rot', 'rain mostly it sat open for twelve winters'],
      ['and now what does a new keel cost', 'about 8,000 for oak'],
      ['wow what is the slowest part', 'steaming the planks'],
    ]);
    expect(qa('sails').map((p) => p[1])).toEqual(['eleven days', 'old cotton it tears if you look at it']);
    // A statement with a question word in it answers: it asks nothing.
    expect(recordsOf(corpus, 'boat').find((r) => r.text === 'glad to be here')!.type).toBe('quote');
  });
});

describe('An interpreted broadcast interview: "(through translator)", "(speaking foreign language)", "INTERPRETER:", "UNIDENTIFIED FEMALE:" (unseen variant)', () => {
  const tv = `MARTA OYELARAN, ANCHOR: Tonight, a harbour master on the storm season. Captain, how many boats were lost?

TOMAS ILVESKERO, HARBOUR MASTER (through translator): Eleven boats sank at their moorings. Nobody was hurt, thank God.

OYELARAN: Will the harbour wall be raised?

ILVESKERO (via translator): The council has promised money. We are still waiting for it.

UNIDENTIFIED FEMALE: Sorry, he would like to say one more --

ILVESKERO: (speaking foreign language)

INTERPRETER: He says the fishermen have repaired most of the nets by themselves.

OYELARAN: Captain Ilveskero, thank you.
`;

  it('credits the rendering to the voice it renders and keeps an unnamed voice as its own turn', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'harbour.txt': tv }));
    const byLine = (n: number) => corpus.records.find((r) => r.line <= n && n <= r.endLine);
    expect(byLine(7)).toMatchObject({ type: 'qa', speaker: 'Tomas Ilveskero', text: 'The council has promised money. We are still waiting for it.' });
    expect(byLine(9)).toMatchObject({ type: 'quote', speaker: 'Unidentified Female', text: 'Sorry, he would like to say one more --' });
    expect(byLine(13)).toMatchObject({ speaker: 'Tomas Ilveskero', text: 'He says the fishermen have repaired most of the nets by themselves.' });
    expect(corpus.records.some((r) => r.speaker === 'Interpreter' || /speaking foreign language/.test(r.text))).toBe(false);
  });
});

describe('Captions for the deaf with "[NAME]" voices: an italic narration cue, two voices in one cue (unseen variant)', () => {
  const srt = `1
00:00:01,000 --> 00:00:04,000
[MIREILLE] The first kiln we built cracked in a week.
We built another one.

2
00:00:04,500 --> 00:00:08,000
<i>In 1994 the pottery moved
to the old railway shed.</i>

3
00:00:08,500 --> 00:00:11,000
[PRODUCER] Was the shed cold?
[MIREILLE] Freezing, all winter.
`;

  it('reads the narration as nobody\'s words and splits the two voices of one cue', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'pottery.srt': srt }));
    const texts = corpus.records.map((r) => [r.type, r.speaker, r.asker, r.question, r.text]);
    expect(texts).toEqual([
      ['quote', 'Mireille', null, null, 'The first kiln we built cracked in a week. We built another one.'],
      ['claim', null, null, null, 'In 1994 the pottery moved to the old railway shed.'],
      ['qa', 'Mireille', 'Producer', 'Was the shed cold?', 'Freezing, all winter.'],
    ]);
  });
});

describe('A Teams caption export whose voices are written surname first: "<v Brandvold, Sunniva (Legal)>" (unseen variant)', () => {
  const vtt = `WEBVTT

a1/1-0
00:00:01.000 --> 00:00:04.000
<v Brandvold, Sunniva (Legal)>Tomasz, has the contract been signed?</v>

a1/2-0
00:00:04.500 --> 00:00:08.000
<v Wiśniewski, Tomasz>Yes, on Monday, by both parties.</v>
`;

  it('names each voice given name first, without the department', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'legal-sync.vtt': vtt }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker])).toEqual([['qa', 'Sunniva Brandvold', 'Tomasz Wiśniewski']]);
  });
});
