/**
 * What a review of the probe19 rules found (each failed before its fix):
 * an app's notice pattern must not eat a sentence outside a chat; a share bar's app names must not
 * include a common word; a © notice is a few words, not a sentence; a Solar Hijri 30 Esfand exists only
 * in leap years; a long Khmer byline-and-dateline line in Khmer digits still gives its day.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { classifyChrome } from '../../src/parse/chrome.js';
import { foreignDay } from '../../src/parse/header.js';
import { inferDate } from '../../src/load/infer.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus as makeCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});
const tempCorpus = (files: Record<string, string>): string => {
  const dir = makeCorpus(files);
  made.push(dir);
  return dir;
};

describe('a chat app notice is a notice only in a chat', () => {
  it('"My father joined the party." in an interview answer is the answer’s', () => {
    const dir = tempCorpus({ 'a.txt': 'Interview with Ana Ruiz, May 2022\n\nQ: When did you get into politics?\nA: Late. My father joined the party.\nI followed him in 2009.\n\nQ: And now?\nA: I lead the council.\n' });
    const qa = loadCorpus(dir).records.find((r) => r.type === 'qa' && r.question?.startsWith('When'));
    expect(qa?.text).toContain('My father joined the party.');
  });
  it('other words: "Our neighbour joined the server." said in a podcast turn', () => {
    const dir = tempCorpus({ 'b.txt': 'HOST: What happened next?\nGUEST: Our neighbour joined the server. Then the rest of the street came.\nHOST: And the moderators?\nGUEST: Two of them, in 2021.\n' });
    const turns = loadCorpus(dir).records.map((r) => r.text).join('\n');
    expect(turns).toContain('Our neighbour joined the server.');
  });
});

describe('page furniture by form, not by a common word', () => {
  it('Persian "yes, yes" (بله بله) is no share bar', () => {
    expect(classifyChrome('بله بله')).not.toBe('navigation');
    expect(classifyChrome('تلگرام واتساپ')).toBe('navigation');
  });
  it('a sentence with © and a year is no copyright notice; the notice is', () => {
    expect(classifyChrome('Acme Corp © 2024 announced record profits as the minister said the sector would grow by a fifth next year.')).not.toBe('navigation');
    expect(classifyChrome('Northwind Press © 2024 All rights reserved.')).toBe('navigation');
  });
});

describe('calendar days', () => {
  it('30 Esfand only in a leap year', () => {
    expect(foreignDay('۳۰ اسفند ۱۴۰۲')).toBeNull();
    expect(foreignDay('۳۰ اسفند ۱۴۰۳')).toBe('2025-03-20');
  });
  it('a Khmer byline with the lunar date, over 120 characters, in Khmer digits', () => {
    const line = 'ដោយ៖ ចាន់ សុភា | ថ្ងៃព្រហស្បតិ៍ ៨រោច ខែកត្តិក ឆ្នាំរោង ឆស័ក ព.ស. ២៥៦៨ ត្រូវនឹងថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤ ម៉ោង ១០:៣០ នៅភ្នំពេញ';
    expect(line.length).toBeGreaterThan(120);
    expect(foreignDay(line)).toBe('2024-11-21');
  });
});

describe('a dateline ending in a clock time with "p.m." is no sentence', () => {
  const dateOf = (text: string) => inferDate(text.split('\n'), 1, null).date?.value ?? null;
  it('a hearing transcript dated by its venue line', () => {
    expect(dateOf('PORT OF ELDMOUTH — HARBOUR BOARD\nPublic hearing on the north quay expansion\nTranscript prepared by Castleford Reporting Ltd.\n\nEldmouth Civic Hall, 9 October 2025, 6:30 p.m.\n\nPRESENT\nChair: Councillor Maeve Duggan')).toBe('2025-10-09');
    expect(dateOf('RIVERSIDE SCHOOL BOARD\nBudget workshop\n\nRiverside Library meeting room, March 4, 2024, 7:00 p.m.\n\nMEMBERS PRESENT\nPresident: Dana Ortiz')).toBe('2024-03-04');
  });
  it('a first sentence of the text ending in "p.m." still ends the header', () => {
    expect(dateOf('Club news\n\nOn the last evening we locked the boathouse, and everybody went home at 6:30 p.m.\nThe keys stay with the treasurer until the spring, as they did last year.\n\nMarch 5, 2024')).toBeNull();
  });
});
