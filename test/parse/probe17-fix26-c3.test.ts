/**
 * probe17 c3's leftovers (test/fixtures/probe17/c3: Japanese, Russian, Norwegian, Malay, Amharic
 * news and interviews): each rule is tested on the fixture and on a small text of its own, in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c3 = loadCorpus(join(FIXTURES, 'probe17', 'c3'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));
const docOf = (c: ReturnType<typeof loadCorpus>, id: string) => c.documents.find((d) => d.id === id)!;

describe('Amharic: the Ethiopic full stop (probe17 c3 finding 21)', () => {
  it('"።" ends a sentence: the masthead, breadcrumb and headline above the dateline are the header, no claims', () => {
    const recs = recordsOf(c3, 'binance-ena-amharic');
    expect(recs.filter((r) => r.line < 8)).toEqual([]);
    expect(recs.every((r) => r.section === null)).toBe(true);
  });

  it('in other words: a Tigrinya-style page, and two sentences of one paragraph are two claims', () => {
    const text = [
      'ቪኦኤ | የአማርኛ አገልግሎት',
      'ዜና > ግብርና',
      '',
      'የቡና ምርት በዚህ ዓመት ጨምሯል ተባለ',
      '',
      'ጥር 12/2016 (ቪኦኤ)',
      '',
      'የግብርና ሚኒስቴር የቡና ምርት ባለፈው ዓመት ከነበረው በሃያ በመቶ መጨመሩን ገለጸ። አርሶ አደሮች አዲስ ዘር መጠቀማቸው ለጭማሪው ምክንያት ነው ተብሏል።',
      '',
    ].join('\n');
    const recs = one('buna.txt', text);
    expect(recs.filter((r) => r.line < 8)).toEqual([]);
    expect(recs.filter((r) => r.line === 8).map((r) => r.type)).toEqual(['claim', 'claim']);
  });
});

describe('related links and headlines (probe17 c3 finding 22)', () => {
  it('a Russian headline with a full stop inside is the title, not two claims; the byline block under it is metadata', () => {
    const recs = recordsOf(c3, 'binance-ru-novosti-2024');
    expect(recs.filter((r) => r.line <= 6)).toEqual([]);
    const other = one(
      'port.txt',
      'Новости > Транспорт\n\nПаром до острова закрыли на ремонт. Как теперь добираться жителям\n12 марта 2024, 09:10\nАвтор: Анна Смирнова\nВремя чтения: 2 минуты\n\nПаромная переправа закрыта до конца апреля. Жителям острова предложили автобус до соседнего причала.\n',
    );
    expect(other.filter((r) => r.line <= 6)).toEqual([]);
    expect(other.filter((r) => r.line === 8)).toHaveLength(2);
    // (A thread title that ends as a sentence, "… Ask me anything!", stays the poster's claim: probe7-rest.test.ts.)
  });

  it('"Berita berkaitan" (Malay) and "ተዛማጅ ዜናዎች" (Amharic) head lists of other articles: no records', () => {
    expect(recordsOf(c3, 'binance-sc-malaysia-bh').filter((r) => r.line >= 44)).toEqual([]);
    expect(recordsOf(c3, 'binance-ena-amharic').filter((r) => r.line >= 44)).toEqual([]);
    const other = one(
      'banjir.txt',
      'Banjir: 2,000 mangsa dipindahkan di Kelantan\nOleh Ahmad Zaki\n\nSeramai 2,000 mangsa banjir dipindahkan ke pusat pemindahan sementara semalam. Hujan lebat dijangka berterusan sehingga Jumaat.\n\nArtikel berkaitan\nJalan utama ke Kota Bharu ditutup\nMangsa banjir terima bantuan awal\n',
    );
    expect(other.some((r) => /Jalan utama|bantuan awal/.test(r.text))).toBe(false);
  });
});

describe('a dash line\'s context (probe17 c3 finding 14)', () => {
  it('"– …, sier han til E24." keeps one comma before the incise', () => {
    const ctx = recordsOf(c3, 'binance-nordmenn-e24').filter((r) => r.context?.startsWith('–')).map((r) => r.context);
    expect(ctx.length).toBeGreaterThan(3);
    expect(ctx.every((c) => !c!.includes(',,'))).toBe(true);
    const other = one('ferja.txt', 'Ferja stanser i vinter\n\nFerja mellom Hareid og Sulesund stanser i januar.\n\n– Vi har ikke mannskap nok til å holde den i gang, sier driftssjef Ola Dahl.\n\n– Det er en tung beslutning, men vi ser ingen annen utvei, sier Dahl.\n');
    const quotes = other.filter((r) => r.type === 'quote');
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes.every((r) => !r.context?.includes(',,'))).toBe(true);
  });

  it('a subheading "Source: – words" is a heading, and a two-writer byline ("Av A og B") no section', () => {
    const recs = recordsOf(c3, 'binance-nordmenn-e24');
    expect(recs.some((r) => r.line === 24 || r.line === 8)).toBe(false);
    expect(recs.find((r) => r.line === 28)!.section).toBe('Finanstilsynet: – Vi har advart lenge');
    expect(recs.find((r) => r.line === 12)!.section).toBeNull();
    expect(docOf(c3, 'binance-nordmenn-e24').meta.author).toBe('Sigrid Haugen and Jonas Berg');
    const other = one(
      'bru.txt',
      'Brua stenges i tre uker\n\nStatens vegvesen stenger brua over Nidelva for reparasjon fra mandag.\n\nAv Kari Moen og Per Lund\n\nArbeidet skal etter planen ta tre uker. Bilister må kjøre om Tiller.\n\nKommunen: – Vi er ikke varslet\n\nKommunen sier de fikk vite om stengingen fra avisen.\n',
    );
    expect(other.some((r) => r.text.startsWith('Av Kari'))).toBe(false);
    expect(other.find((r) => r.text.startsWith('Arbeidet'))!.section).toBeNull();
    expect(other.find((r) => r.text.startsWith('Kommunen sier'))!.section).toBe('Kommunen: – Vi er ikke varslet');
  });
});

describe('a Japanese credit line names the author (probe17 c3 finding 4)', () => {
  it('"取材・文：NAME　写真：NAME" is the byline: metadata, its writer the author; the ※ note stays the page\'s', () => {
    const recs = recordsOf(c3, 'binance-japan-interview-2024');
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(docOf(c3, 'binance-japan-interview-2024').meta.author).toBe('中村 彩');
    expect(recs.find((r) => r.text.includes('取材時点'))!.speaker).toBeNull();
    const qa = recs.filter((r) => r.type === 'qa');
    expect(new Set(qa.map((r) => `${r.asker}/${r.speaker}`))).toEqual(new Set(['中村 彩/佐藤健一']));
  });

  it('in other words: "文：NAME　撮影：NAME" under a cooking interview', () => {
    const text = [
      '料理人に聞く「出汁は毎朝ひく」',
      '2023年6月1日',
      '文：小林 恵　撮影：森田 剛',
      '',
      '京都の老舗料亭で三十年、板場に立ち続ける山本さんに話を聞いた。',
      '',
      '小林：毎朝、何時から仕込みを始めますか。',
      '',
      '山本：五時です。出汁をひくところから一日が始まります。',
      '',
      '小林：ありがとうございました。',
      '',
      '山本：ありがとうございました。',
      '',
    ].join('\n');
    const c = load('dashi.txt', text);
    expect(docOf(c, 'dashi').meta.author).toBe('小林 恵');
    expect(recordsOf(c, 'dashi').some((r) => r.line === 3)).toBe(false);
  });
});

describe('reported speech in Norwegian without "at" (probe17 c3 finding 13)', () => {
  it('"X i Bergen sier han …" and "X selv skrev på X at …" credit the person, without the job compounded before the name', () => {
    const recs = recordsOf(c3, 'binance-nordmenn-e24');
    expect(recs.find((r) => r.line === 50)!.speaker).toBe('Eirik Solheim');
    expect(recs.find((r) => r.line === 48)!.speaker).toBe('Changpeng Zhao');
    const other = one(
      'baker.txt',
      'Bakeriet legger ned\n\nDa det kom fram at Mølle-eier Anne Vik legger ned, sto kundene i kø utenfor bakeriet i Tromsø.\n\nVik i Tromsø sier hun er lei av å jobbe natt.\n\nVik selv skrev på Facebook at hun takker alle kundene.\n',
    );
    expect(other.find((r) => r.text.startsWith('Vik i Tromsø'))!.speaker).toBe('Anne Vik');
    expect(other.find((r) => r.text.startsWith('Vik selv'))!.speaker).toBe('Anne Vik');
    // "Kommunen sier de …" (the council says they …): a common noun opening the sentence is nobody.
    expect(one('kommune.txt', 'Brua stenges\n\nStatens vegvesen stenger brua fra mandag.\n\nKommunen sier de fikk vite om stengingen fra avisen.\n').find((r) => r.text.startsWith('Kommunen'))!.speaker).toBeNull();
  });
});
