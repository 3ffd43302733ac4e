/**
 * What the morning's sweeps left, fix92-a: an organisation whose name holds a person noun ("The
 * Financial Ombudsman Service", "The Local Government Association"); a first name with an age in
 * commas as a later "he"/"she" ("pupil Alfie, 10, said …"); a question a host reads out for its
 * sender ("Siobhan asks: …", "from Gareth in Corby. “…?”"); a presenter's question to the
 * programme's own reporter by first name ("Neil, is there anything …?"); a chat export's header
 * fields ("Conversation ID:", "Started: 12/03/2025 09:41").
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'fix92', 'a');
const PROBE_A = join(FIXTURES, 'probe92', 'a');
const PROBE_B = join(FIXTURES, 'probe92', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('an organisation whose name holds a person noun', () => {
  it('credits "The Financial Ombudsman Service said" to the whole name (probe92/b refund-row.md:38)', () => {
    const records = fixtureCorpus(PROBE_B, ['refund-row.md']).records as Rec[];
    expect(at(records, 38, 'claim')?.speaker).toBe('the Financial Ombudsman Service');
  });

  it('reads "The Local Government Ombudsman Office" so, as subject and after a quotation', () => {
    const records = fixtureCorpus(DIR, ['lido-closure.md']).records as Rec[];
    expect(at(records, 17, 'claim')?.speaker).toBe('the Local Government Ombudsman Office');
    expect(at(records, 25, 'quote')?.speaker).toBe('the Local Government Ombudsman Office');
  });

  it('in other words: "The Student Union", "The Housing Ombudsman Service"; a name with no organisation noun stays as it was', () => {
    const page = [
      '# Rents row',
      '',
      'By Jo Bloggs',
      '',
      'The Student Union said it had asked the university to freeze hall rents in 2024.',
      '',
      '"We are reviewing every case," the Housing Ombudsman Service said.',
      '',
      'The Pensions Ombudsman said it had seen more complaints.',
      '',
      '"We cannot comment," the Debt Advice Service said.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'rents-row.md': page })).records as Rec[];
    expect(at(got, 5)?.speaker).toBe('the Student Union');
    expect(at(got, 7, 'quote')?.speaker).toBe('the Housing Ombudsman Service');
    expect(at(got, 9)?.speaker).toBe('the Pensions Ombudsman');
    expect(at(got, 11, 'quote')?.speaker).toBe('Debt Advice Service');
  });
});

describe('a first name with an age in commas, then "he said"', () => {
  it('gives "“…,” he said." to "Year 5 pupil Alfie, 10," (probe92/a closure-article.md:43)', () => {
    const records = fixtureCorpus(PROBE_A, ['closure-article.md']).records as Rec[];
    expect(at(records, 43, 'quote')?.speaker).toBe('Alfie');
  });

  it('so for "Regular swimmer Joyce, 74," and "Holiday club member Kieran, 9,"', () => {
    const records = fixtureCorpus(DIR, ['lido-closure.md']).records as Rec[];
    expect(at(records, 21, 'quote')?.speaker).toBe('Joyce');
    expect(at(records, 23, 'quote')?.speaker).toBe('Kieran');
  });
});

describe('a question a host reads out for its sender', () => {
  it('is asked by the sender, not the reader (probe92/b bricks-and-mortar, probe92/a lecture.vtt)', () => {
    const bricks = fixtureCorpus(PROBE_B, ['bricks-and-mortar-ep47.txt']).records as Rec[];
    expect([28, 34, 46].map((l) => at(bricks, l, 'qa')?.asker)).toEqual(['Priya', 'Tom', 'Gareth']);
    // the quoted question is no quote of the host's nor of anyone's: it is the qa's question
    expect(bricks.filter((r) => r.type === 'quote' && /first-time buyers/.test(r.text))).toEqual([]);
    const lecture = fixtureCorpus(PROBE_A, ['lecture.vtt']).records as Rec[];
    expect(at(lecture, 43, 'qa')).toMatchObject({ speaker: 'Prof. Drummond', asker: 'Siobhan' });
  });

  it('in other shapes: "She writes: “…?”", "from Callum in Dartford. “…?”", "Priyanka asks:", "And Jonah wants to know"', () => {
    const records = fixtureCorpus(DIR).records as Rec[];
    const doorstep = records.filter((r) => r.doc === 'doorstep-weekly-ep3' && r.type === 'qa');
    expect(doorstep.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [11, 'Owen Hardy', 'Carla Bianchi'],
      [17, 'Carla Bianchi', 'Host'],
      [21, 'Tariq Osman', 'Hannah'],
      [25, 'Tariq Osman', 'Callum'],
      [29, 'Tariq Osman', 'Agnieszka'],
    ]);
    expect(records.some((r) => r.type === 'quote' && /keep my deposit for cleaning/.test(r.text))).toBe(false);
    const webinar = records.filter((r) => r.doc === 'revision-webinar' && r.type === 'qa');
    expect(webinar.map((r) => [r.speaker, r.asker])).toEqual([
      ['Imani Clarke', 'Priyanka'],
      ['Imani Clarke', 'Jonah'],
    ]);
  });
});

describe("a presenter's question to the programme's own reporter by first name", () => {
  it('pairs "PRESENTER: Neil, is there anything …?" with the reporter\'s reply (probe92/b watchdog-ep12.txt:44/46)', () => {
    const records = fixtureCorpus(PROBE_B, ['watchdog-ep12.txt']).records as Rec[];
    expect(at(records, 44, 'qa')).toMatchObject({ speaker: 'Neil Ashdown', asker: 'Presenter', question: expect.stringMatching(/^Neil, is there anything/), text: expect.stringMatching(/^Yes\. If you paid/) });
  });

  it('so for "HOST: Carla, what should tenants do …?" in another programme', () => {
    const records = fixtureCorpus(DIR, ['doorstep-weekly-ep3.txt']).records as Rec[];
    expect(at(records, 17, 'qa')).toMatchObject({ speaker: 'Carla Bianchi', asker: 'Host', text: expect.stringMatching(/^Take dated photos/) });
  });
});

describe("a chat export's header fields", () => {
  it('reads "Conversation ID:" and "Started:" as the service\'s fields, and the year from "Started:" (probe92/b support-chat)', () => {
    const corpus = fixtureCorpus(PROBE_B, ['support-chat-88213.txt']);
    const records = corpus.records as Rec[];
    // ("Channel: Web chat" stays searchable, as an export's "Channel: #starters" does)
    expect(records.filter((r) => r.line <= 5).map((r) => [r.line, r.type, r.speaker])).toEqual([[5, 'claim', null]]);
    expect(corpus.documents[0]!.meta.year).toBe(2025);
    expect(records.every((r) => r.year === 2025)).toBe(true);
  });

  it('so for another service\'s "Chat ID:" / "Started: 04/11/2024 14:05"', () => {
    const corpus = fixtureCorpus(DIR, ['ask-a-librarian-20931.txt']);
    const records = corpus.records as Rec[];
    expect(records.filter((r) => r.line <= 5).map((r) => r.text)).toEqual(['Channel: Website widget']);
    expect(records.map((r) => r.year)).toEqual(records.map(() => 2024));
    expect(at(records, 7, 'qa')).toMatchObject({ speaker: 'Joel', asker: 'Amara Okafor' });
  });
});
