/**
 * probe19 a, second pass: the findings the first pass left. Datelines in the Solar Hijri, Khmer
 * and Burmese calendars' words (F12), a Khmer abbreviation's full stop (F18), page furniture in
 * these scripts (F15) and the footer a last answer swallowed (F10). Each rule on the fixture and on
 * a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { foreignDay, isWhenLine } from '../../src/parse/header.js';
import { splitSentences } from '../../src/parse/text.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe19', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

describe('datelines whose words name the calendar\'s parts give their Gregorian day (F12)', () => {
  it('the fixtures: Solar Hijri ۲۲ آبان ۱۴۰۳, Khmer ថ្ងៃទី២១ ខែវិច្ឆិកា ឆ្នាំ២០២៤, Burmese ၂၀၂၄ ခုနှစ် နိုဝင်ဘာ ၁၂ ရက်', () => {
    expect(recordsOf(a, 'fa-news-pardakhtyar')[0]?.date).toBe('2024-11-12');
    expect(recordsOf(a, 'km-interview-kun-khmer')[0]?.date).toBe('2024-11-21');
    expect(recordsOf(a, 'my-news-rice-exports')[0]?.date).toBe('2024-11-12');
    // the datelines are the page's metadata, no claims
    expect(recordsOf(a, 'fa-news-pardakhtyar').some((r) => r.line === 3)).toBe(false);
    expect(recordsOf(a, 'km-interview-kun-khmer').some((r) => r.line === 7)).toBe(false);
    expect(recordsOf(a, 'my-news-rice-exports').some((r) => r.line === 3 || r.line === 8)).toBe(false);
  });

  it('in other words: other days, months and years of each calendar', () => {
    expect(foreignDay('۱۵ مهر ۱۴۰۲')).toBe('2023-10-07');
    expect(foreignDay('۲۹ اسفند ۱۴۰۲')).toBe('2024-03-19');
    expect(foreignDay('۱ دی ۱۴۰۰')).toBe('2021-12-22');
    expect(foreignDay('ថ្ងៃទី៥ ខែមេសា ឆ្នាំ២០២៣')).toBe('2023-04-05');
    expect(foreignDay('၂၀၂၃ ခုနှစ် မတ်လ ၈ ရက်')).toBe('2023-03-08');
    expect(foreignDay('ဇွန် ၃ ရက်၊ ၂၀၂၂')).toBe('2022-06-03');
    expect(isWhenLine('ရန်ကုန်၊ နိုဝင်ဘာ ၁၂')).toBe(true);
    const page = 'روزنامه فردا\nشناسه: ۹۸۷۶۵  |  سه‌شنبه ۱ فروردین ۱۴۰۳ - ۰۹:۱۰\n\nشهرداری تهران امروز طرح تازه‌ای برای حمل و نقل عمومی در مرکز شهر اعلام کرد.\n';
    const recs = one('fa.txt', page);
    expect(recs[0]?.date).toBe('2024-03-20');
    expect(recs.some((r) => r.line === 2)).toBe(false);
    const km = one('km.txt', 'កាសែតថ្ងៃនេះ\n\nដោយ៖ សុខ ដារា | ថ្ងៃអាទិត្យ ៣កើត ខែចេត្រ ឆ្នាំថោះ បញ្ចស័ក ព.ស. ២៥៦៦ ត្រូវនឹងថ្ងៃទី៥ ខែមេសា ឆ្នាំ២០២៣\n\nក្រសួងសុខាភិបាលបានប្រកាសពីវិធានការថ្មីសម្រាប់មន្ទីរពេទ្យខេត្ត។ វិធានការនេះនឹងចូលជាធរមាននៅខែក្រោយ។\n');
    expect(km[0]?.date).toBe('2023-04-05');
  });
});

describe('a full stop after a Khmer or Myanmar letter abbreviates (F18)', () => {
  it('in other words: "ព.ស. ២៤៥០" inside a sentence ends none', () => {
    expect(splitSentences('វត្តនេះសាងសង់នៅ ព.ស. ២៤៥០ ដោយព្រះសង្ឃ។ ឥឡូវនេះមានភ្ញៀវច្រើន។').length).toBe(2);
  });
});

describe('page furniture in Persian, Burmese, Khmer and Armenian is no claim (F15)', () => {
  it('the fixtures: photo credits, tags, share bars, related links and © lines make no record', () => {
    const furniture: Record<string, number[]> = {
      'fa-news-pardakhtyar': [7, 44, 46, 47, 48, 49, 50],
      'km-interview-kun-khmer': [2, 9, 36, 37, 38, 39, 40],
      'my-news-rice-exports': [2, 7, 10, 40, 41, 42, 43, 44, 45],
    };
    for (const [doc, lines] of Object.entries(furniture)) {
      const hit = recordsOf(a, doc).filter((r) => lines.some((l) => l >= r.line && l <= r.endLine));
      expect(hit.map((r) => `${doc}:${r.line}`)).toEqual([]);
    }
  });

  it('in other words: each kind of line, in each script', () => {
    expect(classifyChrome('برچسب‌ها: ورزش، فوتبال')).toBe('navigation');
    expect(classifyChrome('انتشار در: فیسبوک | تلگرام')).toBe('navigation');
    expect(classifyChrome('ចែករំលែក៖ Facebook  X')).toBe('navigation');
    expect(classifyChrome('© ۱۴۰۲ همه حقوق محفوظ است.')).toBe('navigation');
    expect(classifyChrome('مجله فردا © ۱۴۰۲ همه حقوق محفوظ است')).toBe('navigation');
    expect(classifyChrome('عکس: رضا احمدی')).toBe('metadata');
    expect(classifyChrome('گزارش تصویری از بازار | عکس: علی محمدی')).toBe('metadata');
    expect(classifyChrome('ဓာတ်ပုံ - မန္တလေး ဈေး')).toBe('metadata');
    expect(classifyChrome('ដោយ៖ សុខ ដារា')).toBe('metadata');
    expect(classifyChrome('مطالب مرتبط:')).toBe('navigation');
    expect(classifyChrome('Նմանատիպ նյութեր')).toBe('navigation');
    const recs = one('fa2.txt', 'ماهنامه ورزش\n\nتیم ملی فوتبال دیروز در تمرین حاضر شد. سرمربی از آمادگی بازیکنان راضی بود.\n\nکلیدواژه‌ها: فوتبال، تیم ملی\nمطالب مرتبط:\n- بازی دوستانه با عراق\n© ۱۴۰۲ ماهنامه ورزش\n');
    expect(recs.filter((r) => r.line >= 5).map((r) => r.text)).toEqual([]);
  });
});

describe('the last answer ends where the footer begins (F10)', () => {
  it('the fixture: Rezaei\'s answer is lines 39–40; the reader\'s quote under it is no part of it', () => {
    const last = recordsOf(a, 'fa-news-pardakhtyar').find((r) => r.type === 'qa' && r.line === 39);
    expect(last?.endLine).toBe(40);
    expect(recordsOf(a, 'fa-news-pardakhtyar').some((r) => r.line === 42)).toBe(true);
  });
});
