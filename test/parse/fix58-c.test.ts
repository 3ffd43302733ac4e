/**
 * English-language news from outlets outside the US and UK: leftovers of probe45-b (fix58-c).
 *
 * - Page furniture read as claims, often the byline writer's: "READ | …", "Also Read | …" (a link
 *   to another story, its key set off by a bar), the newsroom's sign-off "- News24" under the last
 *   paragraph, a "Disclaimer: …" paragraph, "Published in Dawn, November 17th, 2022", "(With inputs
 *   from PTI)" (read before as a heading over the links under it), "Published By:" over its name,
 *   "With a report from NAME", "Join ST's WhatsApp Channel …", "Published on: DATE | Updated 5 hours
 *   ago". Each is the page's metadata or navigation now; its words stay searchable. The Inquirer's
 *   "By: NAME - Reporter / @handle" is the byline (the colon after "By" is the site's key).
 * - A capitalised office after "the" ("summon the County Executive Committee Member for Health")
 *   was a person a later "she noted" meant; "Senator Abro" after "Senator Saifullah Abro" was a
 *   second person named "Senator Abro", whose "Senator" then named the next senator too, so a "he
 *   said" of Senator Kamran Murtaza went to "Senator Abro". The office is nobody; the title and
 *   surname are the person named in full before.
 * - Reported speech ("X said buyers were …", "X cautioned that …") went to X in some stories and to
 *   the byline's writer in others. The difference was the subject's shape or the verb: an
 *   organisation's short name in brackets in the subject ("Business Unity South Africa (Busa) CEO
 *   Cas Coovadia", a subject then over 60 characters), a title of several lowercase words after the
 *   firm ("ERA Singapore key executive officer Eugene Lim", "PropNex head of research …"), the verb
 *   "cautioned", a reported clause whose subject is two or three nouns ("said energy availability
 *   had improved"). Each now names X.
 * - ABC's "Posted Tue 18 Mar 2025 at 5:12am, updated Tue 18 Mar 2025 at 9:40am" was no date (the
 *   weekday before the day); it dates the story and is metadata.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { buildIndex } from '../../src/index/index.js';
import { documentWordsOf } from '../../src/index/words.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe45', 'b');
const DIR = join(FIXTURES, 'fix58', 'c');

/** The docs whose records a search finds, the words of lines no record holds included (as the CLI's index reads them). */
const found = async (c: Corpus, q: string) => (await search(buildIndex(c.records, documentWordsOf(c.documents, c.records)), q)).map((h) => h.record.doc);
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);

describe('news page furniture under and over the story', () => {
  it('keeps the links, sign-off, disclaimer and credits out of the records, in the probe45-b stories', async () => {
    const c = fixtureCorpus(PROBE, ['news24-eskom-loadshedding-2023.txt', 'pti-metro-fare-hike-2023.txt', 'dawn-circular-debt-2022.txt', 'straits-hdb-resale-2024.txt', 'inquirer-jeepney-phaseout-2023.txt', 'kenya-governor-hospital-2024.txt']);
    const furniture = /^(?:READ \||Also Read|News24$|Disclaimer:|Published (?:in|By|On)|Ankita Sharma|Join ST|With a report from|\(With inputs)/;
    expect(c.records.filter((r) => furniture.test(r.text)).map((r) => [r.doc, r.line, r.text])).toEqual([]);
    // the PTI links and credits head no section
    expect(recs(c, 'pti-metro-fare-hike-2023').filter((r) => r.section !== null)).toEqual([]);
    // the last story lines are still the story's
    expect(recs(c, 'news24-eskom-loadshedding-2023').find((r) => r.line === 40)).toMatchObject({ type: 'quote', speaker: 'Cas Coovadia' });
    expect(recs(c, 'dawn-circular-debt-2022').find((r) => r.line === 39)).toMatchObject({ type: 'claim', text: 'Senator Abro adjourned the meeting till December 1.' });
    expect(recs(c, 'kenya-governor-hospital-2024').filter((r) => r.line === 5)).toEqual([]);
    // The Inquirer's "By: NAME - Reporter / @handle" is its byline.
    expect(c.documents.find((d) => d.id === 'inquirer-jeepney-phaseout-2023')!.meta.author).toBe('Jerome Aning');
    // (the line itself is still a claim there: the story is read as a transcript for its Q&A box, whose header reading is left)
    // their words are still found
    for (const q of ['freedom of speech', 'miracle worker', 'Ankita Sharma', 'Subingsubing', 'WhatsApp Channel']) expect((await found(c, q)).length, q).toBeGreaterThan(0);
  });

  it('in other words: a Ghanaian story with the same furniture', async () => {
    const c = fixtureCorpus(DIR, ['ghana-cocoa-price-2024.txt']);
    const doc = c.documents.find((d) => d.id === 'ghana-cocoa-price-2024')!;
    expect(doc.meta.author).toBe('Kwame Asante');
    const rs = recs(c, 'ghana-cocoa-price-2024');
    // nothing after the last paragraph of the story is a record
    const last = rs.find((r) => /^Analysts said/.test(r.text))!;
    expect(rs.filter((r) => r.line > last.line)).toEqual([]);
    expect(rs.filter((r) => r.line <= 5)).toEqual([]);
    for (const q of ['GhanaWeb', 'chocolate makers', 'Abena Serwaa', 'Efua Addo', 'Daily Graphic']) expect((await found(c, q)).length, q).toBeGreaterThan(0);
  });

  it('in other words: sign-offs, keyed links and credits set inline', () => {
    const text = [
      'Port strike enters third day',
      '',
      'By Tendai Moyo',
      '',
      'HARARE - Dock workers at Beira stayed off the job for a third day on Wednesday, leaving 40 ships waiting at anchor outside the port.',
      '',
      'Union leader Grace Chikwanha said the workers would not return until the 2023 bonus was paid in full.',
      '',
      '– AFP',
      '',
      'READ ALSO | Fuel queues return to Bulawayo',
      'Related | Beira port handled 9 million tonnes in 2022',
      '',
      'First published in The Herald on 12 April 2023.',
      '',
      '(With agency inputs)',
      '',
      'With reports from Rudo Nyathi and Blessing Dube',
      '',
      'Disclaimer: Opinions in the comments are those of readers.',
      '',
      'Written by:',
      'Farai Chirwa',
      '',
    ].join('\n');
    const rs = loadCorpus(tempCorpus({ 'port-strike.txt': text })).records;
    expect(rs.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [5, 'claim', 'Tendai Moyo'],
      [7, 'claim', 'Grace Chikwanha'],
    ]);
  });

  it('keeps a list of dashed names and a signed quotation as they were', () => {
    const text = [
      'Winners of the 2024 prize',
      '',
      'The judges announced three winners on Friday after a long evening of readings in the hall.',
      '',
      '- Amara',
      '',
      '- Bisi',
      '',
      '"The sea gives and the sea takes, and we are still here."',
      '',
      '— Okonjo',
      '',
    ].join('\n');
    const rs = loadCorpus(tempCorpus({ 'prize.txt': text })).records;
    expect(rs.some((r) => /Amara/.test(r.text))).toBe(true);
    expect(rs.some((r) => /Bisi/.test(r.text))).toBe(true);
  });
});

describe('an office in capitals and a senator named by title and surname', () => {
  it('gives the chair her words and each senator his, in the Nation and Dawn stories', () => {
    const c = fixtureCorpus(PROBE, ['kenya-governor-hospital-2024.txt', 'dawn-circular-debt-2022.txt']);
    expect(recs(c, 'kenya-governor-hospital-2024').find((r) => r.line === 27)).toMatchObject({ type: 'quote', speaker: 'Grace Wambui' });
    expect(c.records.filter((r) => r.speaker === 'Committee Member' || r.speaker === 'Senator Abro')).toEqual([]);
    const dawn = recs(c, 'dawn-circular-debt-2022');
    expect(dawn.find((r) => r.line === 15)).toMatchObject({ type: 'quote', speaker: 'Saifullah Abro' });
    expect(dawn.find((r) => r.line === 21)).toMatchObject({ type: 'claim', speaker: 'Kamran Murtaza' });
    expect(dawn.find((r) => r.line === 23)).toMatchObject({ type: 'quote', speaker: 'Kamran Murtaza', text: expect.stringMatching(/^The people of Balochistan/) });
  });

  it('in other words: a cocoa union, a committee member, two senators', () => {
    const c = fixtureCorpus(DIR, ['ghana-cocoa-price-2024.txt']);
    const rs = recs(c, 'ghana-cocoa-price-2024');
    const at = (re: RegExp) => rs.find((r) => re.test(r.text))!;
    expect(at(/^We have asked twice/)).toMatchObject({ type: 'quote', speaker: 'Abena Ofori' });
    expect(at(/^Who will pay this loan back/)).toMatchObject({ type: 'quote', speaker: 'Kofi Agyei Darko' });
    expect(at(/^Senator Isaac Adomako said/)).toMatchObject({ type: 'claim', speaker: 'Isaac Adomako' });
    expect(at(/^Farmers cannot eat promises/)).toMatchObject({ type: 'quote', speaker: 'Isaac Adomako' });
    expect(rs.filter((r) => /Member|Senator/.test(r.speaker ?? ''))).toEqual([]);
  });
});

describe('reported speech of a named person, whatever the subject looks like', () => {
  it('gives the reported clause to the person who said it, in the probe45-b stories', () => {
    const c = fixtureCorpus(PROBE, ['straits-hdb-resale-2024.txt', 'news24-eskom-loadshedding-2023.txt', 'dawn-circular-debt-2022.txt', 'pti-metro-fare-hike-2023.txt']);
    const line = (doc: string, n: number) => recs(c, doc).find((r) => r.line === n && r.type === 'claim');
    expect(line('straits-hdb-resale-2024', 18)).toMatchObject({ speaker: 'Eugene Lim', text: expect.stringMatching(/^ERA Singapore key executive officer/) });
    expect(line('news24-eskom-loadshedding-2023', 10)).toMatchObject({ speaker: 'Kgosientsho Ramokgopa' });
    expect(line('news24-eskom-loadshedding-2023', 28)).toMatchObject({ speaker: 'Chris Yelland' });
    expect(line('news24-eskom-loadshedding-2023', 38)).toMatchObject({ speaker: 'Cas Coovadia' });
    expect(line('dawn-circular-debt-2022', 25)).toMatchObject({ speaker: 'Rehan Akhtar' });
    expect(line('pti-metro-fare-hike-2023', 31)).toMatchObject({ speaker: 'Ajay Mehra', text: 'He, however, cautioned that ridership could fall.' });
  });

  it('in other words: a farmers union, a buyers association in brackets, an analyst', () => {
    const c = fixtureCorpus(DIR, ['ghana-cocoa-price-2024.txt']);
    const rs = recs(c, 'ghana-cocoa-price-2024');
    const at = (re: RegExp) => rs.find((r) => re.test(r.text))!;
    expect(at(/^Ghana Cocoa Board \(Cocobod\) deputy chief executive/)).toMatchObject({ type: 'claim', speaker: 'Esther Mensah-Bonsu' });
    expect(at(/^Ashanti Cocoa Farmers Union general secretary/)).toMatchObject({ type: 'claim', speaker: 'Yaw Boateng' });
    expect(at(/^Meanwhile, Licensed Cocoa Buyers Association/)).toMatchObject({ type: 'claim', speaker: 'Nana Ama Owusu' });
    // a plain story sentence stays the writer's
    expect(at(/^KUMASI - The Ghana Cocoa Board raised/)).toMatchObject({ type: 'claim', speaker: 'Kwame Asante' });
  });

  it('in other words, inline: an insurer, a refinery and its lowercase titles', () => {
    const text = [
      'Insurers warn of higher premiums',
      '',
      'By Lindiwe Dlamini',
      '',
      'CAPE TOWN - Insurers expect claims from the June floods to pass R4 billion, industry figures show.',
      '',
      'Harbour Mutual senior claims manager Pieter Venter said flood claims were arriving faster than in 2017.',
      '',
      'South African Insurance Association (SAIA) head of research Naledi Khoza cautioned that premiums in coastal towns would rise by at least 12 per cent.',
      '',
      'Khoza said household contents cover would be hardest hit.',
      '',
    ].join('\n');
    const rs = loadCorpus(tempCorpus({ 'insurers.txt': text })).records;
    expect(rs.map((r) => [r.line, r.type, r.speaker])).toEqual([
      [5, 'claim', 'Lindiwe Dlamini'],
      [7, 'claim', 'Pieter Venter'],
      [9, 'claim', 'Naledi Khoza'],
      [11, 'claim', 'Naledi Khoza'],
    ]);
  });
});

describe("a posted-and-updated line with the weekday before the day", () => {
  it('dates the ABC story and keeps the line out of the records', () => {
    const c = fixtureCorpus(PROBE, ['abc-murray-water-buyback-2025.txt']);
    expect(c.documents.find((d) => d.id === 'abc-murray-water-buyback-2025')!.meta.date).toBe('2025-03-18');
    expect(recs(c, 'abc-murray-water-buyback-2025').filter((r) => /^Posted /.test(r.text))).toEqual([]);
  });

  it('in other words: a Saturday story updated the next day', () => {
    const text = [
      'Bushfire threat eases in the Blue Mountains',
      '',
      'By Sam Whitfield',
      '',
      'Posted Sat 4 Nov 2023 at 9:30pm, updated Sun 5 Nov 2023 at 7:02am',
      '',
      'Cooler weather overnight has eased the fire danger in the Blue Mountains, the Rural Fire Service says.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'bushfire.txt': text }));
    expect(c.documents[0]!.meta.date).toBe('2023-11-04');
    expect(c.records.map((r) => [r.line, r.type])).toEqual([[7, 'claim']]);
  });
});
