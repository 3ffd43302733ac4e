/**
 * Misreads reviewer probe13 found in its news in more languages (c3: Thai, Hebrew, Greek,
 * Swedish, Ukrainian, Filipino), copied into test/fixtures/probe13/c3, and beside them a small
 * text of our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C3 = join(FIXTURES, 'probe13', 'c3');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('speech verbs of more languages (probe13 findings 13, 14)', () => {
  it('reads Thai กล่าวว่า "…" and "…" นายXกล่าว, the first name meaning the full name given before', () => {
    const c = fixtureCorpus(C3);
    const doc = 'thai-binance-gulf-2024';
    expect(find(c, doc, 'ประเทศไทยเป็นหนึ่งในตลาด')).toMatchObject({ type: 'quote', speaker: 'ริชาร์ด เต็ง', year: 2024 });
    expect(find(c, doc, 'เราไม่ได้ต้องการแค่เป็นศูนย์ซื้อขาย')).toMatchObject({ type: 'quote', speaker: 'นิธิ ทรงวิวัฒน์' });
  });

  it('reads Hebrew "…", אמרה NAME and a verb with no subject (אמרה:, השיבה:) as the person the text is about', () => {
    const c = fixtureCorpus(C3);
    const doc = 'calcalist-he-yi-interview';
    expect(find(c, doc, 'גדלתי בכפר קטן')).toMatchObject({ type: 'quote', speaker: 'He Yi', year: 2023 });
    expect(find(c, doc, 'יש כאן אחת מקהילות')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    expect(find(c, doc, 'אנחנו משתפים פעולה')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
  });

  it('reads Greek «…», δήλωσε ο ROLE, NAME', () => {
    const c = fixtureCorpus(C3);
    expect(find(c, 'kathimerini-binance-greece', 'ταλαντούχο ανθρώπινο')).toMatchObject({ type: 'quote', speaker: 'CZ' });
    // «…», πρόσθεσε ο επικεφαλής της Binance: the role with no name is the person just named.
    expect(find(c, 'kathimerini-binance-greece', 'Θέλουμε να εκπαιδεύσουμε')).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('reads Swedish dash lines closed by a comma and the incise (– …, säger X / säger han) and skrev att "…"', () => {
    const c = fixtureCorpus(C3);
    const doc = 'di-binance-sverige-2023';
    const first = find(c, doc, 'Sverige är en av de mest digitala');
    expect(first).toMatchObject({ type: 'quote', speaker: 'Johan Lindqvist', year: 2023 });
    expect(first!.text).not.toContain('säger');
    expect(find(c, doc, 'Vi har ingen plan')).toMatchObject({ type: 'quote', speaker: 'Johan Lindqvist' });
    expect(find(c, doc, 'tråkigt men nödvändigt')).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('reads Ukrainian «…», – заявив NAME through the alias', () => {
    const c = fixtureCorpus(C3);
    const doc = 'ukrinform-cz-donation-2022';
    expect(find(c, doc, 'Ми бачимо')).toMatchObject({ type: 'quote', speaker: 'CZ', year: 2022 });
    expect(find(c, doc, 'Криптовалюта стала')).toMatchObject({ type: 'quote', speaker: 'Михайло Федоров' });
  });

  it('reads Filipino "…," sabi ni TITLE NAME and sinabi ng NAME na "…"', () => {
    const c = fixtureCorpus(C3);
    const doc = 'rappler-binance-sec-ph';
    expect(find(c, doc, 'Hindi namin hahayaang')).toMatchObject({ type: 'quote', speaker: 'Emilio Aquino', year: 2023 });
    expect(find(c, doc, 'patuloy kaming')).toMatchObject({ type: 'quote', speaker: 'Binance' });
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        // Hebrew writes no capitals: a name is known from the registry.
        'speakers.yml': 'Dana Cohen:\n  aliases: [דנה כהן]\n',
        'th.txt': ['ข่าวธุรกิจ', '', 'นางสาวมาลี ใจดี ผู้จัดการใหญ่ของบริษัท กล่าวว่า "เราจะเปิดสาขาใหม่สามแห่งในปีนี้"', '', '"ลูกค้าของเราต้องการบริการที่ดีกว่า" นางสาวมาลีกล่าว', ''].join('\n'),
        'he.txt': ['חדשות', '', 'דנה כהן פתחה את הכנס בתל אביב.', '', 'על העתיד אמרה: "אנחנו נגדל פי שניים בשנה הבאה."', ''].join('\n'),
        'sv.txt': ['Nyheter', '', 'Banken öppnar ett nytt kontor i Malmö.', '', '– Vi anställer femtio personer i höst, säger vd Karin Berg till tidningen.', '', '– Det är bara början, säger hon.', ''].join('\n'),
        'uk.txt': ['Новини', '', 'Директорка компанії Олена Коваль відкрила новий міст.', '', '«Це найважливіший проєкт року», – сказала Коваль.', ''].join('\n'),
        'tl.txt': ['Balita', '', '"Magbubukas kami ng bagong opisina sa Cebu," sabi ni Mayor Ana Reyes.', ''].join('\n'),
        'en.txt': ['Business news', '', '"We will open three new stores," said Acme CEO Maria Lopez.', ''].join('\n'),
      }),
    );
    expect(find(c, 'th', 'เราจะเปิดสาขาใหม่')).toMatchObject({ type: 'quote', speaker: 'มาลี ใจดี' });
    expect(find(c, 'th', 'ลูกค้าของเรา')).toMatchObject({ type: 'quote', speaker: 'มาลี ใจดี' });
    expect(find(c, 'he', 'אנחנו נגדל')).toMatchObject({ type: 'quote', speaker: 'Dana Cohen' });
    expect(find(c, 'sv', 'Vi anställer femtio')).toMatchObject({ type: 'quote', speaker: 'Karin Berg' });
    expect(find(c, 'sv', 'Det är bara början')).toMatchObject({ type: 'quote', speaker: 'Karin Berg' });
    expect(find(c, 'uk', 'Це найважливіший')).toMatchObject({ type: 'quote', speaker: 'Олена Коваль' });
    expect(find(c, 'tl', 'Magbubukas kami')).toMatchObject({ type: 'quote', speaker: 'Ana Reyes' });
    expect(find(c, 'en', 'three new stores')).toMatchObject({ type: 'quote', speaker: 'Maria Lopez' });
  });
});
