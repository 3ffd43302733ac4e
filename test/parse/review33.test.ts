/**
 * review33: the rules merged after 4fcf6b2, reviewed for regex backtracking and for ordinary
 * documents they misread.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { scanLabels, withoutProfileTag } from '../../src/parse/labels.js';
import { tempCorpus } from '../helpers.js';

const spaces = (n: number) => ' '.repeat(n);
// These guards hold no timer: a pattern that backtracks quadratically spends seconds on a 50 KB line,
// minutes on the 200 KB ones below, and the test then fails on vitest's own time limit; linear code reads
// them in milliseconds, far from it. bench/pathological.mjs measures the same shapes with times and ratios.
const LONG = 200_000;

describe('vendor furniture at a label line end is stripped in linear time', () => {
  it('a long run of spaces before a closing brace (no profile tag) takes no quadratic time', () => {
    expect(withoutProfileTag('Ilse Montrose {BIO 20553190 <GO>}')).toBe('Ilse Montrose');
    expect(withoutProfileTag('Dara Quinn   {BIO 7 <GO>}  ')).toBe('Dara Quinn');
    expect(withoutProfileTag('HOST: the plan' + spaces(LONG) + '}')).toBe('HOST: the plan' + spaces(LONG) + '}');
    expect(withoutProfileTag('a set {BIO 1' + spaces(LONG) + '}')).toBe('a set {BIO 1' + spaces(LONG) + '}');
  });

  it('a long line under a name line, ending in "]" after a run of spaces, takes no quadratic time', () => {
    const lines = ['Interview', '', 'Maria Lopez', '', 'the figures' + spaces(LONG) + 'x]', '', 'More words here.'];
    expect(scanLabels(lines)).toEqual(lines.map(() => null));
  });

  it('a hearing note with a long run of spaces where its colon would be takes no quadratic time', async () => {
    const doc = 'Interview transcript\n\nHOST: Welcome to the programme.\n\nGUEST: Thank you for having me.\n\nHOST: Ok.\n\n[The prepared statement of Guest follows' + spaces(LONG) + 'x\n\nGUEST: Fine.\n';
    const { records } = await loadCorpus(tempCorpus({ 'hearing.txt': doc }));
    expect(records.map((r) => [r.speaker, r.text])).toEqual([
      [null, 'Interview transcript'],
      ['Host', 'Welcome to the programme.'],
      ['Guest', 'Thank you for having me.'],
      ['Host', 'Ok.'],
      ['Guest', 'Fine.'],
    ]);
  });
});

const recordsOf = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records.map((r) => ({ doc: r.doc, type: r.type, speaker: r.speaker, text: r.text }));

describe('ordinary articles the new rules must not misread', () => {
  it('a surname that is a programme word ("Daily", "Hour") is still a person in running text', async () => {
    const article = (treasurer: string, member: string) =>
      `County treasurer warns of shortfall\n\nBy Paul Okafor\n\nMarch 4, 2025\n\nThe county faces a $4 million gap next year, officials said Tuesday.\n\n${treasurer}, the county treasurer, presented the figures to the board. "We cannot keep borrowing against next year's taxes," ${treasurer.split(' ')[1]} said. She said the reserve fund would be empty by June.\n\nBoard member ${member} disagreed. "The numbers are too pessimistic," ${member.split(' ')[1]} said.\n`;
    const recs = await recordsOf({ 'a.txt': article('Kathleen Daily', 'Victor Hour'), 'b.txt': article('Ruth Daily', 'Anders Hour') });
    expect(recs.find((r) => r.doc === 'a' && r.text.startsWith('We cannot'))?.speaker).toBe('Kathleen Daily');
    expect(recs.find((r) => r.doc === 'a' && r.text.startsWith('She said'))?.speaker).toBe('Kathleen Daily');
    expect(recs.find((r) => r.doc === 'a' && r.text.startsWith('The numbers'))?.speaker).toBe('Victor Hour');
    expect(recs.find((r) => r.doc === 'b' && r.text.startsWith('We cannot'))?.speaker).toBe('Ruth Daily');
    expect(recs.find((r) => r.doc === 'b' && r.text.startsWith('The numbers'))?.speaker).toBe('Anders Hour');
  });

  it('a second speech tag between commas after "said, and" is no aside: its subject says the quotation', async () => {
    const recs = await recordsOf({
      'a.txt': 'Council splits over bridge repairs\n\nBy Lena Marsh\n\nJune 2, 2024\n\nThe debate on Tuesday night grew heated.\n\n"We will rebuild the bridge this year," Mayor Tom Reyes said, and Councillor Ana Price replied, "With what money?"\n',
      'b.txt': 'Port strike enters second week\n\nBy Omar Hadid\n\nMay 9, 2024\n\nTalks resumed on Monday.\n\n"We are close to a deal," union leader Grace Otieno said, and Paul Brandt answered, "We are not."\n',
    });
    expect(recs.find((r) => r.doc === 'a' && r.text.includes('With what money'))).toMatchObject({ speaker: 'Ana Price', text: 'With what money?' });
    expect(recs.find((r) => r.doc === 'b' && r.text.includes('We are not'))).toMatchObject({ speaker: 'Paul Brandt' });
  });

  it('a fraction opening a reply\'s line ("3/4 of my team …") is no later part of the thread above', async () => {
    const thread = (a: string, ah: string, b: string, bh: string, line: string) =>
      `${a} @${ah} · Sep 9\n1/ Two weeks ago we changed how we hire.\n\n${a} @${ah} · Sep 9\n2/ The results surprised us.\n\n${b} @${bh} · Sep 9\nInteresting. Our survey said otherwise.\n${line}\n`;
    const recs = await recordsOf({
      'a.txt': thread('Lena Park', 'lenapark', 'Omar Said', 'omarsaid', '3/4 of my team preferred the old process.'),
      'b.txt': thread('Ines Moreau', 'inesm', 'Kwame Boateng', 'kboateng', '3/5 of our nurses left within a year.'),
    });
    expect(recs.find((r) => r.doc === 'a' && r.text.includes('3/4 of my team'))?.speaker).toBe('Omar Said');
    expect(recs.find((r) => r.doc === 'b' && r.text.includes('3/5 of our nurses'))?.speaker).toBe('Kwame Boateng');
  });

  it("a digest message's own lines shaped like a mail client's ('Get …', 'Key:   Name <address>') keep their words", async () => {
    const digest = (a: string, aa: string, line1: string, line2: string, b: string, bb: string) =>
      `From: ${a} <${aa}>\nDate: Mon, 3 Mar 2025 09:12:00\nSubject: Flowers\n\nTom is in hospital again.\n${line1}\n${line2}\n\nFrom: ${b} <${bb}>\nDate: Mon, 3 Mar 2025 10:40:00\nSubject: Re: Flowers\n\nThanks.\n`;
    const recs = await recordsOf({
      'a.txt': digest('Maria Chen', 'maria@example.org', 'Get well cards go to reception', 'Contact:   Jane Roe <jane.roe@example.org>', 'Tom Hale', 'tom@example.org'),
      'b.txt': digest('Rui Alves', 'rui@example.net', 'Get the keys from Lucia', 'Venue:   Harbour Hall <bookings@harbour.example>', 'Ada Brooks', 'ada@example.net'),
    });
    const a = recs.find((r) => r.doc === 'a' && r.speaker === 'Maria Chen')!.text;
    expect(a).toContain('Get well cards go to reception');
    expect(a).toContain('Jane Roe');
    const b = recs.find((r) => r.doc === 'b' && r.speaker === 'Rui Alves')!.text;
    expect(b).toContain('Get the keys from Lucia');
    expect(b).toContain('Harbour Hall');
  });
});

describe("a member's paragraph opening like a division's minute is the member's", () => {
  it('"The council divided the city …", "Question put to the residents …" go on the speech above; "The House divided:" still ends it', async () => {
    const council = `Transcript of the regular council meeting, March 3, 2025\n\nMAYOR HALE: The next item is the ward boundaries.\n\nCOUNCILLOR OSEI: Thank you, Mayor. I want to remind everyone how we got here.\n\nThe council divided the city into five wards in 1998, and the population has doubled since.\n\nMAYOR HALE: Thank you. Councillor Brandt?\n\nCOUNCILLOR BRANDT: I agree with most of that.\n\nQuestion put to the residents in 2019 was never answered, and that is my concern.\n\nMAYOR HALE: Noted.\n`;
    const hearing = `HEARING BEFORE THE SUBCOMMITTEE ON WATER\n\nCHAIRMAN DOYLE: The hearing will come to order.\n\nMS. FERREIRA: Thank you, Mr. Chairman. My statement is brief.\n\nThe Senate divided the funds unevenly in 2020, and rural districts lost the most.\n\nCHAIRMAN DOYLE: Thank you.\n`;
    const division = `Legislative Assembly, 12 March 2024\n\nMs NGUYEN (Nollamara): I commend the bill to the house.\n\nThe House divided on the amendment:\n\nAyes 11, Noes 27.\n\nMr PARK (Hillarys): The bill is flawed.\n`;
    const recs = await recordsOf({ 'council.txt': council, 'hearing.txt': hearing, 'division.txt': division });
    expect(recs.find((r) => r.text.includes('five wards'))?.speaker).toBe('Councillor Osei');
    expect(recs.find((r) => r.text.includes('never answered'))?.speaker).toBe('Councillor Brandt');
    expect(recs.find((r) => r.text.includes('funds unevenly'))?.speaker).toBe('Ms. Ferreira');
    expect(recs.find((r) => r.text.includes('The House divided'))?.speaker ?? null).toBeNull();
  });
});
