/**
 * probe19 a (test/fixtures/probe19/a: Persian, Burmese, Khmer and Armenian news pages and
 * interviews, each script with its own sentence stops, question marks, label colon and
 * quotation frames): each rule is tested on the fixture and on a small text of its own, in other
 * words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { asciiDigits } from '../../src/model/digits.js';
import { splitSentences } from '../../src/parse/text.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const a = loadCorpus(join(FIXTURES, 'probe19', 'a'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));
const at = (recs: ReturnType<typeof one>, line: number, type?: string) => recs.find((r) => r.line === line && (!type || r.type === type));

describe('Myanmar and Khmer digits are the digits they write (finding 1)', () => {
  it('the fixtures: ၂၀၂၃ and ២០១២ are years a record mentions', () => {
    expect(at(recordsOf(a, 'my-news-rice-exports'), 16)?.years).toContain(2023);
    expect(at(recordsOf(a, 'km-interview-kun-khmer'), 13)?.years).toContain(2012);
  });

  it('in other words: one code unit for one digit, and a year in either script', () => {
    expect(asciiDigits('၁၉၉၈ ခုနှစ်')).toBe('1998 ခုနှစ်');
    expect(asciiDigits('ឆ្នាំ២០១៩')).toBe('ឆ្នាំ2019');
    const recs = one('km.txt', 'ព័ត៌មាន\n\nក្រុមហ៊ុននេះត្រូវបានបង្កើតឡើងក្នុងឆ្នាំ២០១៩ នៅខេត្តសៀមរាប។\n\nဒီကုမ္ပဏီကို ၁၉၉၈ ခုနှစ်တွင် တည်ထောင်ခဲ့သည်။\n');
    expect(recs.flatMap((r) => r.years)).toEqual(expect.arrayContaining([2019, 1998]));
  });
});

describe('the stops of Armenian, Myanmar and Khmer, and the Arabic question mark, end sentences (finding 2)', () => {
  it('the fixture: an Armenian lede of three sentences is three claims', () => {
    const lede = recordsOf(a, 'hy-interview-codelab').filter((r) => r.line === 11);
    expect(lede.length).toBe(3);
  });

  it('in other words: each script\'s stop splits, no space needed after Khmer\'s', () => {
    expect(splitSentences('Մենք բացեցինք գրասենյակ։ Հիմա ունենք 40 աշխատակից։').length).toBe(2);
    expect(splitSentences('ဈေးနှုန်း တက်လာသည်။ ကုန်သည်များ စိုးရိမ်နေကြသည်။').length).toBe(2);
    expect(splitSentences('តម្លៃស្រូវឡើងថ្លៃ។កសិករសប្បាយចិត្ត។').length).toBe(2);
    expect(splitSentences('چرا به تهران برگشتید؟ بازار اینجاست.').length).toBe(2);
  });
});

describe('Khmer labels with ៖ and questions with ? (finding 3)', () => {
  it('the fixture: "សំណួរ៖" questions and the guest\'s labelled answers are qa', () => {
    const qa = recordsOf(a, 'km-interview-kun-khmer').filter((r) => r.type === 'qa');
    expect(qa.length).toBe(5);
    expect(qa.every((r) => r.speaker === 'សុខ វិចិត្រ')).toBe(true);
    expect(qa[0]!.question).toContain('តើអ្នកចាប់ផ្ដើម');
  });

  it('in other words: another guest, another topic', () => {
    const text = [
      'បទសម្ភាសន៍ជាមួយម្ចាស់ហាងកាហ្វេ',
      '',
      'សំណួរ៖ តើអ្នកបើកហាងនេះនៅពេលណា?',
      'ចាន់ ធីតា៖ ខ្ញុំបើកហាងនៅឆ្នាំ២០២០ ក្នុងក្រុងសៀមរាប។ ពេលនោះមានបុគ្គលិកតែ ៣នាក់។',
      '',
      'សំណួរ៖ តើអតិថិជនភាគច្រើនជានរណា?',
      'ចាន់ ធីតា៖ ភាគច្រើនជាសិស្សនិស្សិត និងភ្ញៀវទេសចរ។',
      '',
      'សំណួរ៖ តើអ្នកមានគម្រោងបើកសាខាថ្មីដែរឬទេ?',
      'ចាន់ ធីតា៖ មាន។ ឆ្នាំក្រោយ ខ្ញុំនឹងបើកសាខាមួយទៀតនៅភ្នំពេញ។',
      '',
    ].join('\n');
    const qa = one('km-cafe.txt', text).filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.speaker)).toEqual(['ចាន់ ធីតា', 'ចាន់ ធីតា', 'ចាន់ ធីតា']);
    expect(qa[0]!.years).toContain(2020);
  });
});

describe('an Armenian interview in dialogue dashes asks with ՞ (finding 4)', () => {
  it('in other words: the questions carry ՞ on the word asked about and end on ։', () => {
    const text = [
      'Հարցազրույց',
      '',
      'Մարինե Ավագյանը 2019 թվականին բացեց իր առաջին սրճարանը Գյումրիում։ Այսօր նա ունի չորս սրճարան։',
      '',
      '— Տիկի՛ն Ավագյան, ինչո՞ւ ընտրեցիք Գյումրին։',
      '— Ես այստեղ եմ ծնվել, և ուզում էի, որ քաղաքն ունենա լավ սուրճ։',
      '',
      '— Քանի՞ աշխատակից ունեք։',
      '— Քսանհինգ։ Մեծ մասը ուսանողներ են։',
      '',
      '— Իսկ Երևանո՞ւմ։',
      '— Դեռ ոչ։ Գուցե 2026-ին։',
      '',
    ].join('\n');
    const qa = one('hy-cafe.txt', text).filter((r) => r.type === 'qa');
    expect(qa.length).toBe(3);
    expect(qa[0]!.question).toContain('ինչո՞ւ');
    expect(qa[2]!.text).toContain('2026');
  });
});

describe('quotations framed as Burmese, Khmer, Persian and Armenian news frame them (finding 5)', () => {
  it('the fixtures: each quotation its speaker\'s', () => {
    const my = recordsOf(a, 'my-news-rice-exports');
    expect(at(my, 14, 'quote')?.speaker).toBe('ဦးအောင်ကျော်မိုး');
    expect(at(my, 16, 'quote')?.speaker).toBe('ဦးအောင်ကျော်မိုး');
    expect(at(my, 22, 'quote')?.speaker).toBe('ကိုဇော်လင်း');
    expect(at(my, 30, 'quote')?.speaker).toBe('ဒေါ်ခင်မြတ်နိုး');
    const km = recordsOf(a, 'km-interview-kun-khmer');
    expect(at(km, 28, 'quote')?.speaker).toBe('ម៉ៅ សារ៉េត');
    expect(at(km, 30, 'quote')?.speaker).toBe('ម៉ៅ សារ៉េត');
    expect(at(km, 32, 'quote')?.speaker).toBe('ហេង បូរ៉ា');
    expect(at(km, 34, 'quote')?.speaker).toBe('ឡុង សារី');
    const fa = recordsOf(a, 'fa-news-pardakhtyar');
    expect(at(fa, 11, 'quote')?.speaker).toBe('کاظمی');
    expect(at(fa, 13, 'quote')?.speaker).toBe('کاظمی');
    expect(at(fa, 17, 'quote')?.speaker).toBe('علی رضایی');
    expect(at(fa, 25, 'quote')?.speaker).toBe('حمید صادقی');
    expect(at(recordsOf(a, 'hy-interview-codelab'), 30, 'quote')?.speaker).toBe('Մելքոնյան');
  });

  it('in other words: other people, other news', () => {
    const my = one('my.txt', [
      'သတင်း',
      '',
      '“ဒီနှစ် ရေကြီးလို့ ပဲခင်းတွေ ပျက်စီးသွားတယ်” ဟု တောင်သူ ဦးမြင့်သိန်းက ပြောသည်။',
      '',
      '၎င်းက “အစိုးရ အကူအညီ မရသေးပါ” ဟု ဆက်လက် ပြောကြားသည်။',
      '',
    ].join('\n'));
    expect(my.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['ဦးမြင့်သိန်း', 'ဦးမြင့်သိန်း']);
    const km = one('km.txt', [
      'ព័ត៌មាន',
      '',
      'អ្នកស្រី ស៊ុន ច័ន្ទធា ម្ចាស់ហាងនំ បាននិយាយថា «ថ្លៃម្សៅឡើង ២០ភាគរយ ក្នុងឆ្នាំនេះ»។',
      '',
      '«ក្រសួងនឹងពិនិត្យតម្លៃម្សៅនៅខែក្រោយ»។ នេះជាការលើកឡើងរបស់ លោក ពៅ វណ្ណៈ មន្ត្រីក្រសួងពាណិជ្ជកម្ម។',
      '',
    ].join('\n'));
    expect(km.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['ស៊ុន ច័ន្ទធា', 'ពៅ វណ្ណៈ']);
    const fa = one('fa.txt', [
      'خبر',
      '',
      'در همین حال، سارا احمدی، مدیر فروش این فروشگاه، گفت: «فروش ما در پاییز ۲۰ درصد بیشتر شد.»',
      '',
      'وی افزود: «سال آینده دو شعبه تازه باز می‌کنیم.»',
      '',
      '«قیمت‌ها را بالا نمی‌بریم.» این را رضا کریمی، مالک فروشگاه، به خبرنگار ما گفت.',
      '',
    ].join('\n'));
    expect(fa.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['سارا احمدی', 'سارا احمدی', 'رضا کریمی']);
    const hy = one('hy.txt', [
      'Լուր',
      '',
      'Սրճարանի տնօրեն Կարեն Մանուկյանը պատմեց ընկերության մասին։',
      '',
      '«Մենք այս տարի բացեցինք երկու նոր մասնաճյուղ», — նշեց Մանուկյանը։',
      '',
    ].join('\n'));
    expect(hy.find((r) => r.type === 'quote')?.speaker).toMatch(/Մանուկյան$/);
  });
});

describe('a Persian press Q&A: unlabelled questions with ؟ over labelled answers; words keep their zero-width non-joiner (finding 6)', () => {
  it('the fixture: three questions, each its answerer\'s; "نمی‌کنیم" is found as written', () => {
    const qa = recordsOf(a, 'fa-news-pardakhtyar').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker])).toEqual([[33, 'کاظمی'], [36, 'کاظمی'], [39, 'رضایی']]);
    expect(qa[1]!.text).toContain('نمی\u200cکنیم');
  });

  it('in other words: another press conference', () => {
    const text = [
      'نشست خبری',
      '',
      'چه زمانی کارخانه جدید افتتاح می‌شود؟',
      'نوری: احتمالاً در بهار. ساخت آن ۸۰ درصد پیش رفته است.',
      '',
      'آیا قیمت محصولات افزایش می‌یابد؟',
      'نوری: نه، دست‌کم تا پایان سال.',
      '',
      'چند نفر استخدام می‌کنید؟',
      'حسینی: حدود ۳۰۰ نفر در مرحله نخست.',
      '',
    ].join('\n');
    const qa = one('fa-qa.txt', text).filter((r) => r.type === 'qa');
    // (The first question, right under the title, is read as the title's line in English too: not this rule's.)
    expect(qa.map((r) => r.speaker)).toEqual(['نوری', 'حسینی']);
    expect(qa[0]!.question).toBe('آیا قیمت محصولات افزایش می‌یابد؟');
    expect(qa[0]!.text).toContain('دست\u200cکم');
  });
});
