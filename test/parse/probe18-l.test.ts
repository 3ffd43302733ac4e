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
