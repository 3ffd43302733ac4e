/**
 * Front matter is optional: a document without it loads, with its title, date
 * and speakers inferred from the text and the file name, each noted with
 * where it came from, and a warning (never an error) saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { dateFromFileName, inferDate } from '../../src/load/infer.js';
import { inferTitle, speakerOfSpeechTitle } from '../../src/parse/header.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const talk = 'Host: What did you build first?\n\nAnn Cole: A small weather station for the school roof.\n';

describe('inferTitle', () => {
  it('takes the programme\'s own title line, not the channel\'s name set right above it', () => {
    const aired = ['Radio Nordvik', 'Harbour Hour - Interview with harbour master Ines Quayle', 'Aired: May 3, 2021', '', 'TOVE LIND: Good morning and welcome.'];
    expect(inferTitle(aired, 1)).toEqual({ value: 'Harbour Hour - Interview with harbour master Ines Quayle', from: 'the first heading (line 2)' });
    // a short heading over a line that names no programme keeps its place as the title
    expect(inferTitle(['Harbour News', 'Ferries return to the north quay', '', 'The ferries came back on Monday after a month away.'], 1)?.value).toBe('Harbour News');
  });

  it('takes the first Markdown heading, or the first heading-like line above the text', () => {
    expect(inferTitle(['', '# Ten questions for a potter', '', 'Body text that is a sentence of some length.'], 5)).toEqual({
      value: 'Ten questions for a potter',
      from: 'the first heading (line 6)',
    });
    expect(inferTitle(['Episode 41: Repairing Old Radios', '', 'Host: Hello and welcome to the show.'], 1)?.value).toBe('Episode 41: Repairing Old Radios');
    // a short title in capitals that ends with its date after a separator is still the title
    expect(inferTitle(['CAPITAL MARKETS HOUR — transcript, 4 April 2024', '', 'JANE DOE (CEO, ACME ROBOTICS): We shipped 3,000 units.'], 1)?.value).toBe(
      'CAPITAL MARKETS HOUR — transcript, 4 April 2024',
    );
    // a dateline with a word or two before its date is not
    expect(inferTitle(['Aired April 4, 2024', '', 'Host: Hello and welcome to the show.'], 1)).toBeNull();
  });

  it('gives nothing when the text opens straight into talk, prose or metadata', () => {
    expect(inferTitle(talk.split('\n'), 1)).toBeNull();
    expect(inferTitle(['The pilot boat leaves the quay at six, before the ships start queuing.'], 1)).toBeNull();
    expect(inferTitle(['Guest: Ann Cole', 'Host: What did you build first, and why then?', 'Ann Cole: A station.'], 1)).toBeNull();
    expect(inferTitle(['WEBVTT', 'Kind: captions', '', '00:00:01.000 --> 00:00:02.000', 'Hello'], 1)).toBeNull();
  });
});

describe('speakerOfSpeechTitle', () => {
  const of = (value: string) => speakerOfSpeechTitle({ value, from: 'the first heading (line 1)' });

  it('names the person a speech or statement is by, titles left out', () => {
    expect(of('Remarks by Governor Alana Reyes at the opening of the Westfield Bridge')).toEqual({ value: 'Alana Reyes', from: 'the title (line 1)' });
    expect(of('Prepared testimony of Dana Whitlock, Secretary of Health')?.value).toBe('Dana Whitlock');
    expect(of('Statement from Mayor Linda Crane on the flood')?.value).toBe('Linda Crane');
    expect(of('Remarks as prepared for delivery by Dr. Ines Varga')?.value).toBe('Ines Varga');
  });

  it('names nobody in any other title, or where no full name follows', () => {
    expect(of('Remarks on the state of the port')).toBeNull();
    expect(of('A speech by the mayor')).toBeNull();
    expect(of('Statement of accounts 2024')).toBeNull();
    expect(of('Interview with Oskar Lind')).toBeNull();
  });
});

describe('a speech without front matter', () => {
  it('is its speaker\'s: each sentence a claim by the person the title names', () => {
    const c = loadCorpus(tempCorpus({ 'reyes.txt': 'Remarks by Governor Alana Reyes at the opening of the Westfield Bridge\nJune 2, 2025\n\nThank you all for being here. Today the bridge carries 40,000 vehicles a day.\n' }));
    expect(c.documents[0]!.meta.author).toBe('Alana Reyes');
    expect(c.records.map((r) => r.speaker)).toEqual(['Alana Reyes', 'Alana Reyes']);
  });
});

describe('dates', () => {
  it('reads a full date or a year from the file name', () => {
    expect(dateFromFileName('cnn-2022-12-13')).toEqual({ date: '2022-12-13', year: 2022 });
    expect(dateFromFileName('show_20210704_final')).toEqual({ date: '2021-07-04', year: 2021 });
    expect(dateFromFileName('jane-2020')).toEqual({ date: null, year: 2020 });
    expect(dateFromFileName('cnn-2022-13-45')).toEqual({ date: null, year: 2022 });
    expect(dateFromFileName('episode-41')).toBeNull();
  });

  it('reads a dateline, taking a missing year only where the text allows it', () => {
    expect(inferDate(['STORM NIGHT', 'Aired December 13, 2022 - 16:00 ET', '', 'ANCHOR: Good evening and welcome to the programme tonight.'], 1, null).date).toEqual({
      value: '2022-12-13',
      from: 'a dateline (line 2)',
    });
    // 21 November 2022 was a Monday; 21 November 2021 a Sunday.
    const lines = ['Release date: Monday 21st November', '© 2022 Harbour Radio', ''];
    expect(inferDate(lines, 1, null).date?.value).toBe('2022-11-21');
    expect(inferDate(['Release date: Monday 21st November', ''], 1, 2021)).toEqual({
      date: null,
      note: '21st November (line 1; the text gives no year)',
    });
    expect(inferDate(['Release date: Monday 21st November', ''], 1, null).date).toBeNull();
  });
});

describe('loading a document without front matter', () => {
  const dir = tempCorpus({
    'cnn-2022-12-13.txt': 'FLOOD WATCH\n\nELLIS, ANCHOR: Where is the water now?\n\nORTIZ: At the bridge, and still rising slowly tonight.\n\nELLIS: Thanks.\n',
    'plain.txt': talk,
    'with-fm.txt': `---\ntitle: Given\ndate: 2020-01-02\n---\n${talk}`,
    'no-title.txt': `---\ndate: 2020-01-02\n---\n# From the heading\n\n${talk}`,
  });
  const corpus = loadCorpus(dir);
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;

  it('loads with no error, the inferred fields noted with where they came from', () => {
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const cnn = doc('cnn-2022-12-13');
    expect(cnn.ok).toBe(true);
    expect(cnn.meta).toMatchObject({ title: 'FLOOD WATCH', date: '2022-12-13', year: 2022, speakers: ['Ellis', 'Ortiz'] });
    expect(cnn.meta.inferred).toEqual({ title: 'the first heading (line 1)', date: 'the file name', speakers: 'the speaker labels' });
    expect(doc('plain').meta).toMatchObject({ title: 'plain', date: null, year: null, speakers: ['Ann Cole'] });
    expect(doc('plain').meta.inferred.title).toBe('the file name');
  });

  it('warns once per document, naming what it inferred and what it found none of', () => {
    const warnings = corpus.problems.filter((p) => p.severity === 'warning').map((p) => `${p.file}: ${p.message}`);
    expect(warnings).toContain(
      "cnn-2022-12-13.txt: no front matter: inferred title 'FLOOD WATCH' from the first heading (line 1); date 2022-12-13 from the file name; speakers Ellis, Ortiz from the speaker labels",
    );
    expect(warnings).toContain("plain.txt: no front matter: inferred title 'plain' from the file name; speakers Ann Cole from the speaker labels; no date found");
  });

  it('lets front matter win, and infers only a missing title when there is front matter', () => {
    expect(doc('with-fm').meta).toMatchObject({ title: 'Given', date: '2020-01-02', inferred: {} });
    expect(doc('no-title').meta).toMatchObject({ title: 'From the heading', date: '2020-01-02', speakers: [], inferred: { title: 'the first heading (line 4)' } });
    expect(corpus.problems.some((p) => p.file === 'with-fm.txt')).toBe(false);
    expect(corpus.problems.find((p) => p.file === 'no-title.txt')?.message).toBe("front matter lacks a title: inferred title 'From the heading' from the first heading (line 4)");
  });

  it('the qa records carry the inferred date and names', () => {
    const qa = corpus.records.filter((r) => r.doc === 'cnn-2022-12-13' && r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.date])).toEqual([['Ellis', 'Ortiz', '2022-12-13']]);
  });
});

describe('a real transcript with its front matter taken away', () => {
  // The Kraken podcast (test/fixtures/extra) read with and without its front matter: the
  // labels name the speakers, and the host is the one who asks far more often than the guest.
  const text = readFileSync(join(FIXTURES, 'extra', 'kraken-jesse-powell-2015.txt'), 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const bare = loadCorpus(tempCorpus({ 'kraken-2015.txt': body }));
  const framed = loadCorpus(tempCorpus({ 'kraken-2015.txt': text }));
  const qa = (c: typeof bare) => c.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text]);

  it('pairs the same answers with the same prompts as with front matter', () => {
    expect(body.startsWith('---')).toBe(false);
    expect(qa(bare)).toHaveLength(57);
    expect(qa(bare)).toEqual(qa(framed));
    expect(bare.documents[0]!.meta).toMatchObject({ year: 2015, speakers: ['Trace Mayer', 'Jesse Powell'] });
  });
});

describe('a month-and-year byline', () => {
  const interview = `# Five questions for Lena Okafor, head baker at Rye & Ember

*Interview by Tom Reyes, March 2024*

### When did Rye & Ember open?

We opened in October 2019, three months before the pandemic.

### What's next?

A second shop in Leeds, hopefully by spring 2025.
`;

  it('gives the author and the year (no date: the line names no day), each said where it came from', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'baker.md': interview }));
    const [doc] = corpus.documents;
    expect(doc!.meta).toMatchObject({ author: 'Tom Reyes', year: 2024, date: null });
    expect(doc!.meta.inferred).toMatchObject({ author: 'the byline (line 3)', year: 'a month and year (line 3)' });
    expect(corpus.records.map((r) => [r.year, r.asker])).toEqual([[2024, 'Tom Reyes'], [2024, 'Tom Reyes']]);
    const warning = corpus.problems.find((p) => p.severity === 'warning')!.message;
    expect(warning).toContain('author Tom Reyes from the byline (line 3)');
    expect(warning).toContain('year 2024 from a month and year (line 3)');
  });

  it('is no dateline when the month and year are inside a sentence of the text', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'note.txt': 'The bakery opened in March 2019 after two years of planning.\n\nIt now has 23 employees.\n' }));
    expect(corpus.documents[0]!.meta.year).toBeNull();
  });
});

describe('a byline with its date after a separator', () => {
  it('"By Hannah Lowe | 9 January 2025" gives the author and the date; a name with words after it is no byline', async () => {
    const article = (byline: string) => `Ferry operator scraps winter timetable\n\n${byline}\n\nThe island's only ferry operator will cut sailings from six a day to three.\n`;
    for (const byline of ['By Hannah Lowe | 9 January 2025', 'By Hannah Lowe — January 9, 2025', 'By Hannah Lowe, 2025-01-09']) {
      const corpus = await loadCorpus(tempCorpus({ 'ferry.txt': article(byline) }));
      expect(corpus.documents[0]!.meta, byline).toMatchObject({ author: 'Hannah Lowe', date: '2025-01-09' });
      expect(corpus.records[0]!.speaker, byline).toBe('Hannah Lowe');
    }
    const sentence = await loadCorpus(tempCorpus({ 'ferry.txt': article('By Hannah Lowe | and others who wrote in') }));
    expect(sentence.documents[0]!.meta.author).toBeNull();
  });
});

describe('a title line directly above its byline', () => {
  it('is the title, the byline names the author, and no header line is left unread', async () => {
    const text = `An interview with Marta Kowalski, head of the Gdansk shipyard museum\nConducted by Piotr Lis, 4 April 2024\n\nHow many visitors came through the doors last year?\n\nJust under 310,000.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'museum.txt': text }));
    const d = corpus.documents[0]!;
    expect(d.meta).toMatchObject({ title: 'An interview with Marta Kowalski, head of the Gdansk shipyard museum', author: 'Piotr Lis', date: '2024-04-04' });
    expect(d.lines.unparsed).toEqual([]);
  });

  it('a standfirst without a full stop above a question is read as text, not dropped', async () => {
    const text = `Museums in the north\n\nA long look at how the regional museums of the Baltic coast pay their way\nand who decides\n\nHow many visitors came through the doors last year?\n\nJust under 310,000.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'museums.txt': text }));
    expect(corpus.documents[0]!.lines.unparsed).toEqual([]);
    expect(corpus.records.map((r) => r.text).join(' ')).toContain('regional museums of the Baltic coast');
  });
});

describe('an interviewer from the byline', () => {
  it("check's warning names the interviewer it inferred, not null", () => {
    const text = 'CANAL LIVES ARCHIVE\nInterviewed by Marta Quinlan\nRecorded: 3 March 1998\n\nQ: Where did you grow up?\n\nA: On a narrowboat near Oxford, in 1951.\n\nQ: And school?\n\nA: Whenever we were moored long enough.\n';
    const corpus = loadCorpus(tempCorpus({ 'canal.txt': text }));
    const doc = corpus.documents[0]!;
    expect(doc.meta.interviewer).toBe('Marta Quinlan');
    const warning = corpus.problems.find((p) => p.severity === 'warning')!.message;
    expect(warning).toContain('interviewer Marta Quinlan from the byline');
    expect(warning).not.toContain('null');
  });
});

describe('a signed letter', () => {
  const letter = (signOff: string) =>
    `Dear friends of the Eastgate Market,\n\nAfter twelve years as your market manager, I am leaving at the end of the autumn season.\n\nWe started with nine stalls in a car park. Today we have sixty, and a waiting list.\n\n${signOff}\n`;

  it('is the signer\'s: the name under the closing (the first, where several sign) is the author of its claims', () => {
    const one = loadCorpus(tempCorpus({ 'leaving.txt': letter('Sincerely,\n\nTomasz "Tom" Wierzbicki\nMarket Manager') }));
    expect(one.documents[0]!.meta.author).toBe('Tomasz Wierzbicki');
    expect(one.documents[0]!.meta.inferred.author).toBe('the signature (line 9)');
    expect(one.records.filter((r) => r.type === 'claim').every((r) => r.speaker === 'Tomasz Wierzbicki')).toBe(true);
    const many = loadCorpus(tempCorpus({ 'open.txt': letter('Signed,\n\nProf. Ada Lindqvist, Department of Soil Science, University of Oslo\nKarim Haddou, Chair, Eastgate Traders') }));
    expect(many.documents[0]!.meta.author).toBe('Ada Lindqvist');
    // A byline names the author first; with no closing, nobody signs.
    expect(loadCorpus(tempCorpus({ 'byline.txt': `By Ruth Amsel\n\n${letter('Sincerely,\n\nTomasz Wierzbicki')}` })).documents[0]!.meta.author).toBe('Ruth Amsel');
    expect(loadCorpus(tempCorpus({ 'unsigned.txt': letter('Tomasz Wierzbicki') })).documents[0]!.meta.author).toBeNull();
  });
});

describe('a date under the signature', () => {
  const letter = (above: string, below: string) =>
    `${above}Dear neighbours,\n\nThe community garden will close for the winter on the first of next month.\n\nWarm regards,\n\nIlse Brandvold\nGarden Coordinator\n${below}`;

  it('dates a letter nothing above dates; a dateline above wins', () => {
    const dated = loadCorpus(tempCorpus({ 'garden.txt': letter('', '14 October 2023\n') })).documents[0]!.meta;
    expect(dated).toMatchObject({ author: 'Ilse Brandvold', date: '2023-10-14', year: 2023 });
    expect(dated.inferred.date).toBe('a date under the signature (line 9)');
    const above = loadCorpus(tempCorpus({ 'garden.txt': letter('Garden notice\nPosted March 2, 2024\n\n', 'October 14, 2023\n') })).documents[0]!.meta;
    expect(above.date).toBe('2024-03-02');
    // A sentence with a date in it, under the name, is no date line.
    expect(loadCorpus(tempCorpus({ 'garden.txt': letter('', 'Back on 14 October 2023 with new beds.\n') })).documents[0]!.meta.date).toBeNull();
  });
});

describe('a year in the title', () => {
  it('dates a document nothing else dates, when the title carries one year', () => {
    const log = (title: string) => `${title}\n\nMina Adair  9:14 AM\nThe east pump is down again.\n\nOwen Pratt  9:16 AM\nOn my way with the spare seal.\n`;
    const channel = loadCorpus(tempCorpus({ 'pumps.txt': log('#ops-2021-0302-east-pump') })).documents[0]!.meta;
    expect(channel).toMatchObject({ year: 2021, date: null });
    expect(channel.inferred.year).toMatch(/title|heading/);
    expect(loadCorpus(tempCorpus({ 'pumps.txt': log('Pump station log, winter 2019') })).documents[0]!.meta.year).toBe(2019);
    // Two years, or a number that is no year, date nothing.
    expect(loadCorpus(tempCorpus({ 'pumps.txt': log('Pump station log, 2019–2021') })).documents[0]!.meta.year).toBeNull();
    expect(loadCorpus(tempCorpus({ 'pumps.txt': log('Pump station 12,2019 log') })).documents[0]!.meta.year).toBeNull();
  });
});

describe('a year the title or a line under it gives, with no date anywhere', () => {
  const yearOf = async (files: Record<string, string>) => {
    const corpus = await loadCorpus(tempCorpus(files));
    const doc = corpus.documents[0]!;
    return [doc.meta.year, doc.meta.date, doc.meta.inferred.year ?? null];
  };

  it("dates the document by the title's year: in brackets, or as a word", async () => {
    expect(await yearOf({ 'q.md': '# Reader questions for the lighthouse keeper (2016 edition)\n\nWhy did you take the post?\n\nThe quiet, mostly. And the pay.\n' })).toEqual([2016, null, 'the title (line 1)']);
    expect(await yearOf({ 'r.txt': 'ORCHARD COOPERATIVE 2012 ANNUAL REPORT                  Page 1 of 9\n\nTo our members\n\nThe harvest was the largest we have had. Prices held steady.\n' })).toEqual([2012, null, 'the title (line 1)']);
  });

  it('prefers a header line that says when the document was made, the topmost', async () => {
    const oral = 'FISHING FAMILIES OF THE NORTH SHORE\nInterview with Mr. Aurelio Brandão\nInterviewed by Dana Whitcombe at Peniche harbour, summer 1988\nTranscribed 1991.\n\nWHITCOMBE: When did you first go out on the boats?\n\nBRANDÃO: At eleven. My uncle needed hands.\n';
    expect(await yearOf({ 'oral.txt': oral })).toEqual([1988, null, 'a header line (line 3)']);
    expect(await yearOf({ 'p.txt': 'THE GLASSBLOWER OF MURANO (2001)\nby Ilse Verhoeven\nPublished in Studio Craft Review, Autumn 2004\n\nShe works before dawn. The furnace never cools.\n' })).toEqual([2004, null, 'a header line (line 3)']);
  });

  it('reads no year from a sentence of the text, nor from a title naming two years', async () => {
    expect((await yearOf({ 's.txt': 'A letter to our members\n\nWhen the mill reopened in May 2008, we had a small crew and a\nsimple plan. Today we employ forty people.\n' }))[0]).toBeNull();
    expect((await yearOf({ 't.txt': 'Season review 2019-2020\n\nWe won nine games and lost twelve. The coach stayed on.\n' }))[0]).toBeNull();
  });
});
