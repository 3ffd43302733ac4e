/**
 * probe18 l (test/fixtures/probe18/l: Korean, Vietnamese, Turkish and Brazilian Portuguese news
 * pages and interviews): each rule is tested on the fixture and on a small text of its own, in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const l = loadCorpus(join(FIXTURES, 'probe18', 'l'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.txt$/, ''));

describe('a box of related links inside the text (probe18 l finding 1)', () => {
  it('"Leia também:" over two headlines mid-article: only the headlines are teasers, the interview below is read', () => {
    const recs = recordsOf(l, 'ptbr-pingue-pongue');
    expect(recs.some((r) => r.line === 22 || r.line === 23)).toBe(false);
    for (const line of [25, 26, 29, 32, 35, 37, 39]) expect(recs.some((r) => r.line === line)).toBe(true);
  });

  it('in other words: an Indonesian "Baca juga:" box between two paragraphs; a box at the foot still ends the text', () => {
    const text = [
      'Harga beras naik di pasar tradisional',
      'Oleh Dewi Lestari',
      '',
      'Harga beras medium di pasar tradisional Jakarta naik menjadi Rp 14.000 per kilogram pekan ini. Pedagang menyebut pasokan dari Jawa Tengah berkurang karena musim hujan.',
      '',
      'Baca juga:',
      'Pemerintah impor 500 ribu ton beras dari Thailand',
      'Bulog gelar operasi pasar di 30 kota',
      '',
      'Kepala Dinas Perdagangan, Rudi Hartono, mengatakan operasi pasar akan digelar mulai Senin depan. Ia berharap harga kembali turun sebelum bulan puasa tiba tahun ini.',
      '',
      'Sejumlah ibu rumah tangga mengaku mengurangi pembelian beras dan beralih ke jagung serta ubi. Mereka berharap pemerintah segera menurunkan harga di pasar.',
      '',
      'Berita terkait',
      'Inflasi Januari tertinggi dalam dua tahun',
      'Petani Karawang mulai panen raya',
      '',
    ].join('\n');
    const recs = one('beras.txt', text);
    expect(recs.some((r) => r.line === 7 || r.line === 8)).toBe(false);
    expect(recs.some((r) => r.line === 10)).toBe(true);
    expect(recs.some((r) => r.line === 12)).toBe(true);
    expect(recs.some((r) => r.line >= 14)).toBe(false);
  });
});

describe('Turkish news: a title before the name and "ifadelerini kullandı" (probe18 l findings 6, 7, 8)', () => {
  it('"Aydın, …, "…" ifadelerini kullandı." is Selin Aydın\'s; "Derneği Başkanı" and "Başkan Yardımcısı" are no part of a name', () => {
    const recs = recordsOf(l, 'tr-aa-haber').filter((r) => r.type === 'quote');
    expect(recs.find((r) => r.line === 23)?.speaker).toBe('Selin Aydın');
    expect(recs.find((r) => r.line === 27)?.speaker).toBe('Selin Aydın');
    expect(recs.find((r) => r.line === 33)?.speaker).toBe('Oğuz Tan');
  });

  it('in other words: a mayor and a minister\'s spokesman quoted in an Ankara report', () => {
    const text = [
      'Ankara\'da toplu taşıma zammı',
      '',
      'ANKARA (AA) - Ankara Büyükşehir Belediye Başkanı Mansur Tekin, otobüs ücretlerine yüzde 20 zam yapılacağını açıkladı.',
      '',
      'Tekin, meclis toplantısında yaptığı konuşmada, "Yakıt fiyatları bu yıl iki katına çıktı, başka çaremiz kalmadı." ifadelerini kullandı.',
      '',
      'Ulaştırma Bakanlığı Sözcüsü Deniz Kaplan ise kararın belediyeye ait olduğunu hatırlattı.',
      '',
      'Kaplan, "Bakanlık olarak belediyelerin fiyat politikasına karışmıyoruz." dedi.',
      '',
    ].join('\n');
    const quotes = one('zam.txt', text).filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'Mansur Tekin'],
      [9, 'Deniz Kaplan'],
    ]);
  });
});

describe('Vietnamese news: the honorific "ông"/"bà" and a role after the name (probe18 l findings 5, 9)', () => {
  it('"ông Trần Minh Đức, Phó chủ tịch …, nhận định: "…"" is his; "Bà Nguyễn Thu Hà" in the headline is the same speaker as in the text', () => {
    const recs = recordsOf(l, 'vi-news-vnexpress').filter((r) => r.type === 'quote');
    expect(recs.find((r) => r.line === 16)?.speaker).toBe('Trần Minh Đức');
    expect(recs.find((r) => r.line === 4)?.speaker).toBe('Nguyễn Thu Hà');
    expect(recs.find((r) => r.line === 10)?.speaker).toBe('Nguyễn Thu Hà');
  });

  it('in other words: a hospital director and a farmer, each after "bà"/"ông" with a role', () => {
    const text = [
      'Bệnh viện quá tải vì sốt xuất huyết',
      '',
      'Theo Sở Y tế, số ca sốt xuất huyết tại Hà Nội tăng gấp đôi so với cùng kỳ năm ngoái.',
      '',
      'Bà Lê Thị Mai, Giám đốc Bệnh viện Đống Đa, khẳng định: "Chúng tôi đã phải kê thêm 50 giường bệnh trong tuần này."',
      '',
      'Tại xã Vân Hà, ông Đỗ Văn Khánh, Trưởng thôn Đông, chia sẻ: "Bà con đã phun thuốc diệt muỗi hai lần nhưng vẫn chưa hết."',
      '',
    ].join('\n');
    const quotes = one('sot.txt', text).filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [5, 'Lê Thị Mai'],
      [7, 'Đỗ Văn Khánh'],
    ]);
  });
});

describe('a box of related links inside a labelled interview (probe18 l finding 1, transcript shape)', () => {
  it('"Leia também:" between the lede and the "Folha: / NAME:" turns: the turns are read as qa', () => {
    const text = [
      'Executiva diz que nova regra favorece exchanges locais',
      '',
      'A executiva assumiu a direção da corretora em 2022, depois de seis anos no mercado financeiro tradicional. Ela diz que a regulamentação aprovada em 2023 deve reduzir o espaço das estrangeiras.',
      '',
      'Leia também:',
      'Corretora americana fecha acordo bilionário',
      'CVM abre consulta pública sobre tokenização',
      '',
      'Folha: Por que a senhora acredita que a regra favorece as empresas locais?',
      'Marta Lins: Porque exige sede, capital mínimo e responsável técnico no Brasil. Quem já está aqui sai na frente.',
      '',
      'Folha: A empresa pensa em abrir capital?',
      'Marta Lins: Não antes de 2026. Primeiro precisamos da licença e de mais dois anos de resultados.',
      '',
    ].join('\n');
    const recs = one('lins.txt', text);
    expect(recs.some((r) => r.line === 6 || r.line === 7)).toBe(false);
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker])).toEqual([
      [9, 'Marta Lins'],
      [12, 'Marta Lins'],
    ]);
  });

  it('in other words: an English Q&A with a "Read more:" box after its introduction', () => {
    const text = [
      'Harbour pilot on the new port rules',
      '',
      'Ines Varga has guided ships into the harbour for nineteen years. She spoke to us about the new rules that take effect in March and what they mean for the crews she works with.',
      '',
      'Read more:',
      'Port authority raises fees for large vessels',
      'Strike ends at the container terminal',
      '',
      'Interviewer: What changes for the pilots first?',
      'Ines Varga: Every ship over two hundred metres now needs two pilots on the bridge. That doubles our night shifts straight away.',
      '',
      'Interviewer: Do the crews welcome it?',
      'Ines Varga: Most of them do. The accident two years ago shook everyone who works on this water, and nobody wants another one.',
      '',
    ].join('\n');
    const recs = one('varga.txt', text);
    expect(recs.some((r) => r.line === 6 || r.line === 7)).toBe(false);
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker])).toEqual([
      [9, 'Ines Varga'],
      [12, 'Ines Varga'],
    ]);
  });
});
