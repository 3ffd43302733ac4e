/**
 * Misreads reviewer probe11 found in its "public records" folder (c4), copied into
 * test/fixtures/probe11/c4, and beside each a small text of our own in other words, so each test
 * proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe11', 'c4');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);

describe('a call transcript\'s end mark and redactions (probe11 finding 25)', () => {
  it('reads the 911 call: the certification under [END OF CALL] is nobody\'s, "[REDACTED]" stays as the caller\'s words', () => {
    const c = fixtureCorpus(DIR);
    const rs = recs(c, '911_call_transcript_INC-2023-118842');
    const cert = rs.filter((r) => r.text.includes('Certified true'));
    expect(cert).toHaveLength(1);
    expect(cert[0]!.speaker).toBeNull();
    expect(rs.some((r) => r.speaker === 'Caller' && r.text.includes('Thank you') && !r.text.includes('Certified'))).toBe(true);
    expect(rs.find((r) => r.endLine === 22)?.text).toBe('[REDACTED].');
  });

  it('holds for another transcript: "[End of recording]" closes the last turn, a clerk\'s note below is no one\'s', () => {
    const c = loadCorpus(
      tempCorpus({
        'call.txt':
          'OPERATOR: Harbour rescue, what is your location?\n\nBOATER: Near the north buoy, we have lost the engine.\n\nOPERATOR: A launch is on its way, stay with the boat.\n\nBOATER: Understood, thanks.\n\n[End of recording]\n\nCertified a true copy by the records office, 4 March 2024.\n',
      }),
    );
    const rs = recs(c, 'call');
    expect(rs.find((r) => r.text.includes('records office'))?.speaker).toBeNull();
    expect(rs.find((r) => r.text.includes('Understood'))?.text).not.toContain('records office');
  });
});

describe('a side\'s letter with its holder in brackets (probe11 findings 24, 33)', () => {
  it('reads the AGM minutes: "Q. (Mr P. Bhatt):" asks, "A. (Mr Menon):" is the Rahul Menon the minutes list', () => {
    const c = fixtureCorpus(DIR);
    const qa = recs(c, 'Minutes_AGM_2023_Northwind_Foods_plc').find((r) => r.type === 'qa' && r.question?.includes('net debt'));
    expect(qa?.asker).toBe('P. Bhatt');
    expect(qa?.speaker).toBe('Rahul Menon');
    expect(qa?.question).toMatch(/^What is/);
    expect(qa?.text).toMatch(/^Below/);
  });

  it('holds in other words, and "Q (Outlet, Reporter Name):" asks as the reporter, the outlet the role', () => {
    const c = loadCorpus(
      tempCorpus({
        'agm.txt': 'Present: Dr Helen Achebe (Chair), Tomas Varga (Finance Director)\n\nQ. (Ms R. Osei): Will the pension scheme close to new members?\nA. (Mr Varga): Not this year; the trustees review it in the spring.\n',
        'presser.txt':
          'MODERATOR: Welcome. Questions, please.\n\nQ (Reuters, Ana Lindqvist): Will the plant reopen in June?\n\nMAYOR KOLB: It reopens on the first of July.\n\nQ (Kyiv Post, Oleh Marchenko): And the staff?\n\nMAYOR KOLB: All of them come back.\n',
      }),
    );
    const agm = recs(c, 'agm').find((r) => r.type === 'qa');
    expect(agm?.asker).toBe('R. Osei');
    expect(agm?.speaker).toBe('Tomas Varga');
    const june = recs(c, 'presser').find((r) => r.type === 'qa' && r.question?.includes('June'));
    expect(june?.asker).toBe('Ana Lindqvist');
    expect(june?.askerRole).toBe('Reuters');
  });
});

describe('a "ROLE SURNAME:" label as the full name of an appearance list (probe11 finding 26)', () => {
  it('reads the parole hearing: INMATE RUIZ is Hector Ruiz, DEPUTY COMMISSIONER OYELARAN David Oyelaran', () => {
    const c = fixtureCorpus(DIR);
    const rs = recs(c, 'Parole_Board_Hearing_Transcript_Ruiz_2021');
    const speakers = new Set(rs.flatMap((r) => [r.speaker, r.asker]).filter(Boolean));
    expect([...speakers].sort()).toEqual(['Andrea Voss', 'Carol Bernstein', 'David Oyelaran', 'Hector Ruiz', 'Michael Tanaka']);
    expect(rs.find((r) => r.type === 'qa' && r.text.includes('AA degree'))?.asker).toBe('David Oyelaran');
  });

  it('holds in other words; a surname the list gives in another role stays as labelled', () => {
    const c = loadCorpus(
      tempCorpus({
        'inquiry.txt':
          'APPEARANCES:\nMARGARET OKONJO, Chair of the Inquiry\nPETER LINDHOLM, Witness\nSARA LINDHOLM, Counsel to the Inquiry\n\nCHAIR OKONJO: Please state your occupation for the record.\nWITNESS LINDHOLM: I was the harbour master from 2010 to 2019.\nCHAIR OKONJO: And before that?\nWITNESS LINDHOLM: I worked on the ferries for twelve years.\n',
      }),
    );
    const qa = recs(c, 'inquiry').filter((r) => r.type === 'qa');
    expect(qa[0]?.speaker).toBe('Peter Lindholm');
    expect(qa[0]?.asker).toBe('Margaret Okonjo');
  });
});

