/**
 * probe20 d, second pass: quotation frames of scripts without capitals. Hindi's "NAME ने कहा"
 * before or after the quotation (D6), Georgian's "„…“, – განაცხადა NAME" with the name in the
 * ergative, a headline's "NAME: „…“" and a dash interview's "ქალბატონო NAME," (D7), Tamil's
 * doubled marks ‘‘…’’ closed by என்றார் / என்று … கூறினார் (D8), and the stops of Tamil initials and
 * Thai abbreviations that end no sentence (D9). Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { findQuoteSpans, splitSentences } from '../../src/parse/text.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const d = loadCorpus(join(FIXTURES, 'probe20', 'd'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));
const quoteAt = (recs: ReturnType<typeof one>, line: number) => recs.find((r) => r.type === 'quote' && r.line === line);

describe('Hindi: the subject marked by ने and a verb of saying name the quotation (D6)', () => {
  it('the fixture: अग्रवाल ने कहा, "…" and "…," नायर ने कहा।', () => {
    const recs = recordsOf(d, 'hi-dainik-interview-meera');
    expect(quoteAt(recs, 13)?.speaker).toBe('अग्रवाल');
    expect(quoteAt(recs, 17)?.speaker).toBe('नायर');
  });

  it('in other words: another name, another verb, and the pronoun उन्होंने for the person just quoted', () => {
    const page = [
      'स्थानीय खबर',
      '',
      'पटना में नए पुल का काम शुरू हो गया है। इंजीनियरों के अनुसार यह पुल दो साल में बनेगा।',
      '',
      '"यह पुल शहर की तस्वीर बदल देगा," रमेश यादव ने पत्रकारों से कहा।',
      '',
      'उन्होंने कहा, "हम काम समय पर पूरा करेंगे और किसी को परेशानी नहीं होगी।"',
      '',
      'यादव ने बताया, "पहले चरण में सौ मज़दूर लगाए गए हैं और मशीनें आ चुकी हैं।"',
      '',
    ].join('\n');
    const recs = one('hi-bridge.txt', page);
    expect(quoteAt(recs, 5)?.speaker).toBe('रमेश यादव');
    expect(quoteAt(recs, 7)?.speaker).toBe('रमेश यादव');
    expect(quoteAt(recs, 9)?.speaker).toBe('रमेश यादव');
  });
});

describe('Georgian: a dash, a verb of saying and the name in the ergative after „…“ (D7)', () => {
  it('the fixture: the headline, the quotations after it and the dash interview are Tamar Beridze\'s', () => {
    const recs = recordsOf(d, 'ka-interpressnews-interview-tamar');
    expect(quoteAt(recs, 5)?.speaker).toBe('თამარ ბერიძე');
    expect(quoteAt(recs, 12)?.speaker).toBe('თამარ ბერიძე');
    expect(quoteAt(recs, 16)?.speaker).toBe('ლომიძე');
    expect(quoteAt(recs, 36)?.speaker).toBe('ჩხეიძე');
    // quotations, no claims
    expect(recs.some((r) => r.type === 'claim' && (r.line === 12 || r.line === 16 || r.line === 36))).toBe(false);
    const qas = recs.filter((r) => r.type === 'qa');
    expect(qas.length).toBe(4);
    expect(qas.every((r) => r.speaker === 'თამარ ბერიძე')).toBe(true);
  });

  it('in other words: another speaker (a consonant-final name, -მა), another verb, a surname alone', () => {
    const page = [
      'სპორტი',
      '',
      'დავით კვარაცხელია: „ეს გამარჯვება მთელ გუნდს ეკუთვნის“',
      '',
      'ფეხბურთელმა მატჩის შემდეგ ჟურნალისტებს ესაუბრა.',
      '',
      '„მწვრთნელმა ძალიან კარგი გეგმა მოგვცა და ყველამ ის შევასრულეთ“, – აღნიშნა კვარაცხელიამ.',
      '',
      '„მოედანზე ყველა ერთად ვიბრძოდით“, – თქვა ნიკოლოზ ბერიშვილმა.',
      '',
    ].join('\n');
    const recs = one('ka-football.txt', page);
    expect(quoteAt(recs, 3)?.speaker).toBe('დავით კვარაცხელია');
    expect(quoteAt(recs, 7)?.speaker).toBe('დავით კვარაცხელია');
    expect(quoteAt(recs, 9)?.speaker).toBe('ნიკოლოზ ბერიშვილი');
  });
});

describe('Tamil: ‘‘…’’ is one quotation, its speaker named before it and its verb after it (D8)', () => {
  it('the doubled marks open and close the quotation, none of them a word of it', () => {
    const [q] = findQuoteSpans('அவர், ‘‘நல்ல நாள் இது’’ என்றார்.');
    expect(q?.inner).toBe('நல்ல நாள் இது');
  });

  it('the fixture: Karthikeyan, his father, and "the minister" (the person just named)', () => {
    const recs = recordsOf(d, 'ta-dinamani-chess-olympiad');
    expect(quoteAt(recs, 14)?.speaker).toBe('ஆர். கார்த்திகேயன்');
    expect(quoteAt(recs, 16)?.speaker).toBe('ஆர். ராமநாதன்');
    expect(quoteAt(recs, 18)?.speaker).toBe('கே. செந்தில்வேலன்');
    expect(quoteAt(recs, 14)?.text.includes('‘')).toBe(false);
  });

  it('in other words: another story, the name before the quotation and a role after it', () => {
    const page = [
      'மாவட்ட செய்திகள்',
      '',
      'மதுரையில் புதிய நூலகம் திறக்கப்பட்டது. இதில் பத்தாயிரம் நூல்கள் உள்ளன.',
      '',
      'விழாவில் பேசிய எம். சுந்தரம், ‘‘இந்த நூலகம் மாணவர்களுக்கு பெரிதும் உதவும். அனைவரும் பயன்படுத்த வேண்டும்’’ என்றார்.',
      '',
      'நூலகத்தை மாவட்ட ஆட்சியர் டி. லதா திறந்து வைத்தார். ‘‘விரைவில் இன்னும் இரண்டு கிளைகள் திறக்கப்படும்’’ என்று ஆட்சியர் தெரிவித்தார்.',
      '',
    ].join('\n');
    const recs = one('ta-library.txt', page);
    expect(quoteAt(recs, 5)?.speaker).toBe('எம். சுந்தரம்');
    expect(quoteAt(recs, 7)?.speaker).toBe('டி. லதா');
  });
});

describe('the stops of Tamil initials and abbreviations and of Thai abbreviations end no sentence (D9)', () => {
  it('the fixture: செப். 24, ஆர். கார்த்திகேயன், ரூ. 1 கோடி, கே. செந்தில்வேலன், พ.ศ. ๒๕๖๗', () => {
    const ta = recordsOf(d, 'ta-dinamani-chess-olympiad');
    expect(ta.filter((r) => r.line === 10).length).toBe(2);
    expect(ta.some((r) => r.text.endsWith('ரூ.') || r.text.endsWith('கே.') || r.text.endsWith('ஆர்.'))).toBe(false);
    const th = recordsOf(d, 'th-matichon-interview-kittipong');
    expect(th.some((r) => r.text.endsWith('พ.ศ.'))).toBe(false);
  });

  it('in other words: other initials and abbreviations; a sentence ending on a long word still ends', () => {
    const ta = splitSentences('இதில் டாக்டர் வி. ராஜேஷ் கலந்து கொண்டார். விலை ரூ. 500 ஆகும். அனைவரும் வரவேற்றனர்.');
    expect(ta.map((s) => s.text)).toEqual(['இதில் டாக்டர் வி. ராஜேஷ் கலந்து கொண்டார்.', 'விலை ரூ. 500 ஆகும்.', 'அனைவரும் வரவேற்றனர்.']);
    const th = splitSentences('ดร. สมชาย ใจดี เดินทางมาถึงเมื่อ พ.ศ. ๒๕๖๖ แล้ว');
    expect(th.length).toBe(1);
  });
});

describe('the danda (।) ends a sentence: Hindi, Marathi, Nepali and Bengali copy', () => {
  it('splits at it, with or without a space after it', () => {
    expect(splitSentences('कंपनी के पास करीब १.२ करोड़ उपयोगकर्ता हैं। उन्होंने कहा कि भर्ती जारी रहेगी।')).toHaveLength(2);
    expect(splitSentences('সেতুটি ২০২৪ সালে খোলা হয়েছে। প্রতিদিন ৩০ হাজার গাড়ি চলে।')).toHaveLength(2);
    expect(splitSentences('पुल अगले साल खुलेगा।इसकी लागत ४०० करोड़ रुपये है।')).toHaveLength(2);
  });
  it('the fixture: a Hindi paragraph of two sentences is two claims', () => {
    const corpus = loadCorpus(join(FIXTURES, 'probe20', 'd'));
    const texts = corpus.records.filter((r) => r.doc.startsWith('hi-')).map((r) => r.text);
    expect(texts).toContain('कंपनी के पास इस समय करीब १.२ करोड़ पंजीकृत उपयोगकर्ता हैं।');
  });
});
