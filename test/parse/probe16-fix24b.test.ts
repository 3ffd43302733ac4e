/**
 * Misreads reviewer probe16 found in its folder c2 (legal, regulatory and research documents: a
 * declaration, a police interview record, a press release, a focus group, an oral history), copied
 * into test/fixtures/probe16/c2, and beside each a small text of our own in other words, so each
 * test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe16', 'c2');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => (r.text + ' ' + (r.question ?? '')).includes(words));

const AFFIDAVIT = [
  'IN THE CIRCUIT COURT OF COOK COUNTY',
  '',
  'AFFIDAVIT OF TOMAS REYES',
  '',
  'I, Tomas Reyes, declare as follows:',
  '',
  '   1.  I am the Chief Financial Officer of Lakeshore Grain Holdings Corp.',
  '("Lakeshore"). I joined the company in June 2019 and have worked in its',
  'finance office since then.',
  '',
  '   2.  On March 3, 2022, Lakeshore wired $4 million to an escrow account held',
  'by its outside counsel.',
  '',
  '   3.  No other payment was made.',
  '',
].join('\n');

describe("a declaration's numbered paragraph is body text, not a heading (probe16 finding 20)", () => {
  it('keeps paragraph 1 whole and searchable, heading no section (test/fixtures/probe16/c2)', () => {
    const c = fixtureCorpus(C2);
    const doc = 'declaration-okonkwo';
    const first = find(c, doc, 'Head of Treasury Operations');
    expect(first).toMatchObject({ type: 'claim', speaker: 'Adaeze Okonkwo', line: 17 });
    expect(first!.text).toBe('I am the Head of Treasury Operations at BAM Trading Services Inc. ("BAM").');
    expect(recs(c, doc).every((r) => !(r.section ?? '').includes('Treasury'))).toBe(true);
  });

  it('does so in other words; numbered headings over their own paragraphs stay headings', () => {
    const c = loadCorpus(
      tempCorpus({
        'affidavit.txt': AFFIDAVIT,
        'report.txt': [
          'Annual Review of the Harbour Trust',
          '',
          'The trustees met four times this year and approved the accounts in full.',
          '',
          '1. Governance and Oversight of the Harbour Trust.',
          'The board added two members, both with experience of port finance.',
          '',
          '2. Finance and Audit',
          'Income rose by a tenth, and the audit found nothing to correct.',
          '',
        ].join('\n'),
      }),
    );
    const first = find(c, 'affidavit', 'Chief Financial Officer');
    expect(first).toMatchObject({ type: 'claim', speaker: 'Tomas Reyes', line: 7 });
    expect(first!.text).toContain('("Lakeshore").');
    expect(recs(c, 'affidavit').every((r) => !r.section)).toBe(true);
    expect(find(c, 'report', 'two members')!.section).toBe('1. Governance and Oversight of the Harbour Trust.');
    expect(find(c, 'report', 'Income rose')!.section).toBe('2. Finance and Audit');
  });
});

describe('"said TITLE of FIELD First Last" names the speaker (probe16 finding 25)', () => {
  it("gives the Director of Enforcement's quotation to him (test/fixtures/probe16/c2)", () => {
    const c = fixtureCorpus(C2);
    const doc = 'cftc-press-release-8612-23';
    expect(find(c, doc, 'cannot be a marketing department')).toMatchObject({ type: 'quote', speaker: 'Ian McGinley' });
    expect(find(c, doc, 'Offshore is not a loophole')).toMatchObject({ type: 'quote', speaker: 'Rostin Behnam' });
  });

  it('does so in other words; a title with a field and no name after it names nobody', () => {
    const c = loadCorpus(
      tempCorpus({
        'release.txt': [
          'Harbour Authority Announces New Berth Rules',
          '',
          'The authority today published new rules for the berths of the inner harbour, in force from May.',
          '',
          '"Every vessel will be inspected before it docks," said Secretary of Marine Safety Lucia Ferreira-Dunn. "No exceptions."',
          '',
          '"We welcome the rules," said Minister for the Environment Tomasz J. Wolny.',
          '',
          '"The berths are full," said Director of Port Services. "We need more."',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'release', 'inspected before it docks')).toMatchObject({ type: 'quote', speaker: 'Lucia Ferreira-Dunn' });
    expect(find(c, 'release', 'We welcome the rules')).toMatchObject({ type: 'quote', speaker: 'Tomasz J. Wolny' });
    expect(find(c, 'release', 'The berths are full')!.speaker ?? null).not.toBe('Port Services');
  });
});

describe('a declaration\'s "Mr. SURNAME asked me, "…"" and "I answered, "…"" (probe16 finding 21)', () => {
  it("gives the question to the person asked about and the answer to the declarant (test/fixtures/probe16/c2)", () => {
    const c = fixtureCorpus(C2);
    const doc = 'declaration-okonkwo';
    expect(find(c, doc, 'Are the reserves one-to-one?')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    expect(find(c, doc, 'Yes, and we can prove it.')).toMatchObject({ type: 'quote', speaker: 'Adaeze Okonkwo' });
  });

  it('does so in other words; a quotation framed by someone else stays theirs', () => {
    const c = loadCorpus(
      tempCorpus({
        'statement.txt': [
          'AFFIDAVIT OF MARTA LINDGREN',
          '',
          'I, Marta Lindgren, hereby declare:',
          '',
          '   1.  I worked for Pieter Vos at the Rotterdam office from 2018. During a meeting in 2021',
          'Mr. Vos asked me, "Who signed the transfer?" I replied, "Nobody in this office."',
          '',
          '   2.  Later a colleague said, "The auditors are coming." I did not answer',
          'her.',
          '',
        ].join('\n'),
        'board.txt': 'Harbour notes\n\nIn 2021 the Harbour Board warned that ships "may not dock at night". On Monday Dr. Okafor said, "We are ready."\n',
      }),
    );
    expect(recs(c, 'board').some((r) => r.speaker === 'Board' || r.speaker === 'Harbour Board')).toBe(false);
    expect(find(c, 'board', 'We are ready.')).toMatchObject({ type: 'quote', speaker: 'Okafor' });
    expect(find(c, 'statement', 'Who signed the transfer?')).toMatchObject({ type: 'quote', speaker: 'Pieter Vos' });
    expect(find(c, 'statement', 'Nobody in this office.')).toMatchObject({ type: 'quote', speaker: 'Marta Lindgren' });
    expect(find(c, 'statement', 'The auditors are coming.')!.speaker).not.toBe('Marta Lindgren');
  });
});

describe("a transcript's header sheet keeps its fields searchable (probe16 findings 29 and 27)", () => {
  it('keeps Location, Session, Transcriber and the three fields of one line as claims (test/fixtures/probe16/c2)', () => {
    const c = fixtureCorpus(C2);
    expect(find(c, 'oral-history-tanaka-2022', 'Oakland')).toMatchObject({ type: 'claim', line: 7 });
    expect(find(c, 'oral-history-tanaka-2022', 'Gwen Halloran')).toMatchObject({ type: 'claim', line: 9 });
    expect(find(c, 'oral-history-tanaka-2022', 'running time')).toMatchObject({ type: 'claim', line: 8 });
    expect(find(c, 'focus-group-fg3-crypto-savers', 'Duration: 88 min')).toMatchObject({ type: 'claim', line: 3 });
  });

  it('does so in other words; a field naming a speaker of the turns, or only a date, stays metadata', () => {
    const c = loadCorpus(
      tempCorpus({
        'interview.txt': [
          'RIVERSIDE MEMORY PROJECT',
          '',
          'Narrator: Amos Delacroix',
          'Interviewer: Lena Fischer',
          'Date: 3 March 2019',
          'Place of recording: Community hall, Duluth, Minnesota',
          'Transcribed by: Ora Whitfield, volunteer',
          '',
          'FISCHER: When did you first work on the ore boats?',
          '',
          'DELACROIX: In 1961. I was seventeen and I lied about it.',
          '',
          'FISCHER: Did anyone notice?',
          '',
          'DELACROIX: The cook did. He never told.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'interview', 'Duluth')).toMatchObject({ type: 'claim', line: 6 });
    expect(find(c, 'interview', 'Ora Whitfield')).toMatchObject({ type: 'claim', line: 7 });
    expect(recs(c, 'interview').some((r) => r.line === 3 || r.line === 4 || r.line === 5)).toBe(false);
    expect(find(c, 'interview', 'I lied about it')).toMatchObject({ type: 'qa', speaker: 'Amos Delacroix', asker: 'Lena Fischer' });
  });
});

describe('a header line of fields side by side: its date and its part holder are read (probe16 finding 27)', () => {
  it('dates the focus group 2024-10-09 and makes Moderator Hannah Oyelaran (test/fixtures/probe16/c2)', () => {
    const c = fixtureCorpus(C2);
    const doc = 'focus-group-fg3-crypto-savers';
    expect(c.documents.find((d) => d.id === doc)!.meta.date).toBe('2024-10-09');
    expect(find(c, doc, 'Binance, probably.')).toMatchObject({ type: 'qa', asker: 'Hannah Oyelaran', speaker: 'P1', year: 2024 });
  });

  it('does so in other words; a side-by-side line with no part in it names nobody', () => {
    const c = loadCorpus(
      tempCorpus({
        'group.txt': [
          'MARKET VOICES STUDY 7',
          'Date: 14 May 2023    Length: 62 min    Interviewer: Joan Ruiz-Pardo',
          '',
          'Interviewer: What do you buy first when prices rise?',
          '',
          'R1: Bread. Always bread.',
          '',
          'Interviewer: And last?',
          '',
          'R2: Holidays, I suppose.',
          '',
        ].join('\n'),
        'other.txt': [
          'FIELD NOTES',
          'Date: 2 June 2022    Room: 4B    Weather: Rain all day',
          '',
          'Interviewer: Where were you born?',
          '',
          'R1: In Porto. My parents moved here later.',
          '',
          'Interviewer: Do you miss it?',
          '',
          'R1: Every winter.',
          '',
        ].join('\n'),
      }),
    );
    expect(c.documents.find((d) => d.id === 'group')!.meta.date).toBe('2023-05-14');
    expect(find(c, 'group', 'Always bread')).toMatchObject({ type: 'qa', asker: 'Joan Ruiz-Pardo', speaker: 'R1' });
    expect(find(c, 'group', 'Length: 62 min')).toMatchObject({ type: 'claim', line: 2 });
    expect(c.documents.find((d) => d.id === 'other')!.meta.date).toBe('2022-06-02');
    expect(find(c, 'other', 'In Porto')).toMatchObject({ type: 'qa', asker: 'Interviewer', speaker: 'R1' });
  });
});

describe('a bracketed stimulus line quoting what is shown is searchable, and answers no turn (probe16 findings 29, 28)', () => {
  it('keeps "[Show card B: …]" and makes the reaction after it a quote (test/fixtures/probe16/c2)', () => {
    const c = fixtureCorpus(C2);
    const doc = 'focus-group-fg3-crypto-savers';
    const reaction = find(c, doc, "don't know what that means");
    expect(reaction).toMatchObject({ type: 'quote', speaker: 'P3' });
    expect(reaction!.section).toContain('Proof of reserves');
    expect(recs(c, doc).filter((r) => r.type === 'qa' && (r.question ?? '').includes('move on to the cards'))).toEqual([]);
  });

  it('does so in other words; a plain note in brackets stays a direction', () => {
    const c = loadCorpus(
      tempCorpus({
        'panel.txt': [
          'Moderator: Thanks, everyone. Let us look at the next slide now.',
          '',
          '[Slide 3: "Fees compared across four banks" chart]',
          '',
          'R2: That bar on the left looks wrong to me.',
          '',
          'Moderator: Why does it look wrong?',
          '',
          'R2: Because nobody pays that little. [laughs]',
          '',
          '[crosstalk]',
          '',
          'R1: I do, actually.',
          '',
        ].join('\n'),
      }),
    );
    const reaction = find(c, 'panel', 'looks wrong to me');
    expect(reaction).toMatchObject({ type: 'quote', speaker: 'R2' });
    expect(reaction!.section).toContain('Fees compared');
    expect(recs(c, 'panel').some((r) => r.text.includes('crosstalk') || (r.section ?? '').includes('crosstalk'))).toBe(false);
  });
});

describe("a moderator's question opened by 'Right,' is put to the room: every answer in turn pairs (probe16 finding 28)", () => {
  it('pairs P1, P2 and P3 with the first question (test/fixtures/probe16/c2)', () => {
    const c = fixtureCorpus(C2);
    const doc = 'focus-group-fg3-crypto-savers';
    for (const [words, who] of [['Binance, probably.', 'P1'], ['Coinbase.', 'P2'], ['the yellow one.', 'P3']] as const)
      expect(find(c, doc, words)).toMatchObject({ type: 'qa', speaker: who, asker: 'Hannah Oyelaran' });
  });

  it("does so in other words; a question addressed to one speaker by name is still that speaker's alone", () => {
    const c = loadCorpus(
      tempCorpus({
        'group.txt': [
          'Moderator: Okay, first thing. Which bank did your parents use?',
          '',
          'R1: The post office, mostly.',
          '',
          'R2: A credit union in town.',
          '',
          'Moderator: Thanks. Dina, what about you?',
          '',
          'Dina: Nobody in my family had an account.',
          '',
          'Marco: Mine neither, to be honest.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'group', 'post office')).toMatchObject({ type: 'qa', speaker: 'R1', asker: 'Moderator' });
    expect(find(c, 'group', 'credit union')).toMatchObject({ type: 'qa', speaker: 'R2', asker: 'Moderator' });
    expect(find(c, 'group', 'Nobody in my family')).toMatchObject({ type: 'qa', speaker: 'Dina' });
    expect(find(c, 'group', 'Mine neither')).toMatchObject({ type: 'quote', speaker: 'Marco' });
  });
});
