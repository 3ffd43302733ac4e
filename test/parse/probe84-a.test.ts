/**
 * When a record was said, probe84-a: a quotation whose frame says the year it was said, in the ways
 * a profile or an obituary writes it ("Back in 2015 she told a council meeting: “…”", "Speaking in
 * 2012, Marsh described …", "as she put it in 2008", "he told the Valley Courier in 1978", "Ferrand
 * said at the orchard's 50th anniversary in 2012"), takes that year and keeps the document's date;
 * a wire story whose dateline has no year ("LONDON, March 3 (Reuters) -") is dated by the
 * "First published:" stamp at its foot, over the "Updated:" one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; year: number | null; date: string | null; text: string };
const DIR = join(FIXTURES, 'probe84', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a quotation framed with the year it was said', () => {
  const records = fixtureCorpus(DIR, ['profile-marsh-2024.txt', 'obituary-ferrand.txt']).records as Rec[];
  const profile = records.filter((r) => r.doc === 'profile-marsh-2024');
  const obit = records.filter((r) => r.doc === 'obituary-ferrand');

  it('"Back in 2015 she told a council meeting:" is the woman the story is about, in 2015', () => {
    expect(at(profile, 9, 'quote')).toMatchObject({ speaker: 'Delia Marsh', year: 2015, date: '2024-06-12', text: 'We cannot dredge our way out of this.' });
  });

  it('"Speaking in 2012," and "as she put it in 2008" date their quotations', () => {
    expect(at(profile, 15, 'quote')).toMatchObject({ speaker: 'Delia Marsh', year: 2012 });
    expect(at(profile, 17, 'quote')).toMatchObject({ speaker: 'Delia Marsh', year: 2008 });
    // unchanged: "in a 2019 speech", "asked in 2016", and "last month" (the document's year)
    expect(at(profile, 13, 'quote')?.year).toBe(2019);
    expect(at(profile, 27, 'quote')?.year).toBe(2016);
    expect(at(profile, 23, 'quote')?.year).toBe(2024);
    // the writer's own sentences keep the document's year
    expect(at(profile, 11, 'claim')?.year).toBe(2024);
  });

  it('"told the Valley Courier in 1978" and "said at the orchard\'s 50th anniversary in 2012"', () => {
    expect(at(obit, 10, 'quote')).toMatchObject({ speaker: 'Albert Ferrand', year: 1978, date: '2023-02-14' });
    expect(at(obit, 20, 'quote')).toMatchObject({ speaker: 'Albert Ferrand', year: 2012 });
    expect(at(obit, 14, 'quote')?.year).toBe(1994);
    expect(at(obit, 16, 'quote')).toMatchObject({ speaker: 'Claire Ferrand-Osei', year: 2023 });
  });

  it('in other words, and never a year the reported clause is about', () => {
    const text = [
      'The Ferry Captain',
      '',
      'By Ana Lintz',
      'May 2, 2022',
      '',
      'Tomas Reyes has run the Arden ferry for thirty years.',
      '',
      'Back in 2009 he told the harbour board: "The boat is older than I am."',
      '',
      'Writing in 2014, Reyes called the timetable "a work of fiction."',
      '',
      '"Nobody swims to work," he told the Arden Gazette in 2011.',
      '',
      '"We will never run at night," Reyes said on Monday that the crossings of 2019 proved.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'ferry.txt': text })).records as Rec[];
    expect(at(got, 8, 'quote')).toMatchObject({ speaker: 'Tomas Reyes', year: 2009 });
    expect(at(got, 10, 'quote')).toMatchObject({ speaker: 'Tomas Reyes', year: 2014 });
    expect(at(got, 12, 'quote')).toMatchObject({ speaker: 'Tomas Reyes', year: 2011 });
    expect(at(got, 14, 'quote')?.year).toBe(2022);
  });
});

describe("a wire story's publication stamp at its foot", () => {
  const c = fixtureCorpus(DIR, ['wire-lindqvist.txt']);
  const records = c.records as Rec[];

  it('dates a dateline without a year by "First published:", not "Updated:"', () => {
    expect(c.documents[0]!.meta).toMatchObject({ date: '2025-03-03', year: 2025 });
    expect(at(records, 5, 'claim')).toMatchObject({ year: 2025, date: '2025-03-03' });
    // a quotation said in a statement in 2020 keeps its own year
    expect(at(records, 11, 'quote')).toMatchObject({ speaker: 'Mats Lindqvist', year: 2020, date: '2025-03-03' });
  });

  it("a stamp of an update alone dates the story; a header's date wins over it", () => {
    const story = (foot: string[]) =>
      ['Port strike ends', '', 'By Kai Brennan', '', 'ROTTERDAM, June 9 (Reuters) - Dock workers returned on Monday.', '', 'Unions said talks would resume.', '', 'Ships queued for days.', '', 'Fuel prices rose.', '', 'Ports in Antwerp were spared.', '', 'Talks resume in July.', '', ...foot].join('\n');
    const updated = loadCorpus(tempCorpus({ 'strike.txt': story(['Updated: June 10, 2024 08:00 GMT']) }));
    expect(updated.documents[0]!.meta).toMatchObject({ date: '2024-06-10', year: 2024 });
    // a header that dates the story wins over its foot's update
    const headed = loadCorpus(tempCorpus({ 'strike.txt': story(['Updated: June 10, 2024 08:00 GMT']).replace('By Kai Brennan', 'By Kai Brennan | June 9, 2024') }));
    expect(headed.documents[0]!.meta).toMatchObject({ date: '2024-06-09', year: 2024 });
  });
});

describe('a retrospective: "We first spoke with NAME in 2016. Then she said: “…”"', () => {
  const records = fixtureCorpus(DIR, ['qa-retrospective-osei.txt']).records as Rec[];

  it('the quotation takes the year the sentence before gives; the Q&A keeps the document\'s', () => {
    expect(at(records, 6, 'quote')).toMatchObject({ speaker: 'Nadia Osei', year: 2016 });
    expect(at(records, 6, 'claim')?.year).toBe(2025);
    expect(at(records, 10, 'qa')).toMatchObject({ speaker: 'Nadia Osei', year: 2025 });
  });

  it('only a frame that points back, and only a sentence of saying with its year', () => {
    const text = [
      'Ten Years On',
      '',
      'By Ana Lintz',
      'May 2, 2022',
      '',
      'We spoke to Hal Brook in 2012, at the old mill. At the time, he told us: "The mill will outlive me."',
      '',
      'Hal Brook rebuilt the mill in 2012. Then he said: "It was worth it."',
      '',
      'We spoke with Hal Brook in 2012. Later he said: "I would do it again."',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'mill.txt': text })).records as Rec[];
    // (its speaker, the man spoken to, is left unread: see the report)
    expect(at(got, 6, 'quote')?.year).toBe(2012);
    expect(at(got, 8, 'quote')?.year).toBe(2022);
    expect(at(got, 10, 'quote')?.year).toBe(2022);
  });
});
