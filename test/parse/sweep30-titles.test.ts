/**
 * Sweep 30 (titles): a news page's masthead block (the outlet's name, its menu, a breadcrumb of
 * sections, the date line) over the headline. The headline is the title, never the outlet or the
 * section. Each rule is tested on the fixtures' form and on a text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const titleOf = (text: string) => loadCorpus(tempCorpus({ 'page.txt': text })).documents[0]!.meta.title;
const body = 'The cooperative said on Tuesday that it had doubled its membership in a year, and that the new members were mostly young farmers from the valley.';

describe("a masthead block over the headline: the outlet's name, its menu or breadcrumb, a date line", () => {
  it('probe19/a, probe16/c3, probe18/l: the headline under the block is the title', () => {
    const a = fixtureCorpus(join(FIXTURES, 'probe19', 'a'));
    const t = (c: ReturnType<typeof fixtureCorpus>, id: string) => c.documents.find((d) => d.id === id)!.meta.title;
    expect(t(a, 'fa-news-pardakhtyar')).toBe('مدیرعامل «پرداخت‌یار»: ۴۰ درصد کاربران ما زیر ۳۰ سال هستند');
    expect(t(a, 'hy-interview-codelab')).toBe('Արամ Պետրոսյան. «Հայաստանում ծրագրավորողների պակաս չկա, պակասը վստահությունն է»');
    expect(t(a, 'my-news-rice-exports')).toBe('ဆန်တင်ပို့မှု ၂၀ ရာခိုင်နှုန်း ကျဆင်း၊ ကုန်သည်များ စိုးရိမ်');
    expect(t(a, 'km-interview-kun-khmer')).toMatch(/^បទសម្ភាសន៍៖ កីឡាករគុនខ្មែរ/);
    const c3 = fixtureCorpus(join(FIXTURES, 'probe16', 'c3'));
    expect(t(c3, 'bn-prothomalo-interview-he-yi')).toBe('‘নারীরা প্রযুক্তিতে এলে পুরো খাত বদলে যাবে’');
    const l = fixtureCorpus(join(FIXTURES, 'probe18', 'l'));
    expect(t(l, 'tr-aa-haber')).toBe('Kripto borsası kurucusu Demir: "Türkiye bölgenin merkezi olabilir"');
    expect(t(l, 'vi-news-vnexpress')).toBe("Bà Nguyễn Thu Hà: 'Sàn tiền số nội địa cần khung pháp lý rõ ràng'");
  });

  it('in other words: an outlet over its menu and a date line', () => {
    expect(titleOf(['Valley Courier', 'Home | Farming | Weather | Opinion', 'Tuesday 4 March 2025, 09:10', '', 'Young farmers double the cooperative', '', body, ''].join('\n'))).toBe('Young farmers double the cooperative');
  });
  it('in other words: an outlet over a menu set apart by wide spaces', () => {
    expect(titleOf(['Valley Courier', 'Home  Farming  Weather  Opinion  Sport', '', 'Young farmers double the cooperative', '', body, ''].join('\n'))).toBe('Young farmers double the cooperative');
  });
  it('in other words: a breadcrumb alone, by slashes', () => {
    expect(titleOf(['Home / Farming / Cooperatives', '', 'Young farmers double the cooperative', '', 'By Ana Ruiz | 4 March 2025', '', body, ''].join('\n'))).toBe('Young farmers double the cooperative');
  });
  it('in other words: a section bar over its date line', () => {
    expect(titleOf(['Farming › Cooperatives', 'Tuesday, 4/3/2025, 09:10', '', 'Young farmers double the cooperative', '', body, ''].join('\n'))).toBe('Young farmers double the cooperative');
  });
  it('a title over a subtitle line stays the title (no furniture in its block)', () => {
    expect(titleOf(['The Valley Report', 'A study of farm cooperatives', '', 'Young farmers double the cooperative', '', body, ''].join('\n'))).toBe('The Valley Report');
  });
});

describe("a section's one word over the headline, the byline's and date's block under it", () => {
  it('probe15/c3: "Економіка" and "کاروبار" over the headline are the section, the headline is the title', () => {
    const c3 = fixtureCorpus(join(FIXTURES, 'probe15', 'c3'));
    const t = (id: string) => c3.documents.find((d) => d.id === id)!.meta.title;
    expect(t('ukr-binance-humanitarian')).toBe('Binance передала ще 5 млн доларів на гуманітарну допомогу Україні');
    expect(t('urdu-cz-crypto-council')).toBe('چانگ پینگ ژاؤ پاکستان کرپٹو کونسل کے مشیر مقرر');
  });
  it('in other words: "Sport" over the headline, a reporter and a date under it', () => {
    expect(titleOf(['Sport', 'Valley rowers win the river cup for the third year', '', 'Ana Ruiz', '4 March 2025, 09:10', '', body, ''].join('\n'))).toBe('Valley rowers win the river cup for the third year');
    expect(titleOf(['Agriculture', '', 'Young farmers double the cooperative', '', 'Valley Town — 4 March 2025', '', body, ''].join('\n'))).toBe('Young farmers double the cooperative');
  });
  it('a one-word title over a line with no date block under it stays the title', () => {
    expect(titleOf(['Minutes', '', 'Board of the Valley Farming Cooperative', '', body, ''].join('\n'))).toBe('Minutes');
  });
});

describe('a title over its date or place line set straight under it', () => {
  it('fix23/c2 and probe14/c6: the line above the date, or above the place over the date, is the title', () => {
    const fix = fixtureCorpus(join(FIXTURES, 'fix23', 'c2'));
    expect(fix.documents.find((d) => d.id === 'fa-bread-prices')!.meta.title).toBe('افزایش قیمت نان در تهران');
    const c6 = fixtureCorpus(join(FIXTURES, 'probe14', 'c6'));
    expect(c6.documents.find((d) => d.id === 'stump-speech-rivera-scranton-2026-10-22')!.meta.title).toBe('Remarks by Senate candidate Elena Rivera at a campaign rally');
  });
  it('in other words: a headline over a dateline in Spanish, and over a town and a date', () => {
    expect(titleOf(['Los jóvenes agricultores duplican la cooperativa', '4 de marzo de 2025', '', body, ''].join('\n'))).toBe('Los jóvenes agricultores duplican la cooperativa');
    expect(titleOf(['Address by the mayor at the cooperative harvest fair', 'Valley Town, Oregon', 'March 4, 2025', '', body, ''].join('\n'))).toBe('Address by the mayor at the cooperative harvest fair');
  });
});
