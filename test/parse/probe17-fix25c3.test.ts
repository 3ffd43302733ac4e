/**
 * News and interviews in languages quarry had not seen (test/fixtures/probe17/c3: Japanese,
 * Russian, Norwegian, Malay, Amharic): each rule is also tested on a small text of its own, in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c3 = loadCorpus(join(FIXTURES, 'probe17', 'c3'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

/** A Japanese magazine interview about a bakery, in other words. */
const BAKERY = [
  '老舗パン店の三代目に聞く「毎朝四時の仕込みは変えない」',
  '2023年10月2日',
  '取材・文：森 真理子',
  '',
  '【プロフィール】高橋直樹（たかはし・なおき） 1975年大阪府生まれ。2010年に家業を継ぐ。',
  '',
  '森：三代目を継がれて、いちばん苦労されたことは何ですか。',
  '',
  '高橋：職人が辞めていったことです。父の味を守るだけでは人は残りませんでした。',
  '',
  '森：新しい店舗の計画は。',
  '',
  '高橋：来年の春に、駅前に小さな店を出します。',
  '',
  '森：最後に、読者へのメッセージを聞かせてください。',
  '',
  '高橋：焼きたてを、ぜひ一度食べに来てください。',
  '',
  '森：ありがとうございました。',
  '',
  '高橋：ありがとうございました。',
  '',
  '（聞き手・写真：森 真理子）',
  '',
  '※価格は取材時点のものです。',
  '関連記事：駅前の再開発、来年着工へ',
  '',
].join('\n');

describe('a Japanese interview (probe17 c3 findings 1, 2, 4)', () => {
  it('questions closed by a full stop (「…ですか。」, 「…数は。」, 「…教えてください。」) pair with the answers', () => {
    const qa = recordsOf(c3, 'binance-japan-interview-2024').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.line)).toEqual([13, 18, 23, 30, 35, 40, 47]);
    const other = one('bakery.txt', BAKERY).filter((r) => r.type === 'qa');
    expect(other.map((r) => r.line)).toEqual([7, 11, 15]);
  });

  it('the mutual thanks are quotes, and the credit, the note and the related link are no part of the last answer', () => {
    const recs = recordsOf(c3, 'binance-japan-interview-2024');
    const last = recs.find((r) => r.line === 54)!;
    expect(last.type).toBe('quote');
    expect(last.endLine).toBe(54);
    expect(recs.find((r) => r.line === 52)!.type).toBe('quote');
    const note = recs.find((r) => r.text.includes('取材時点'))!;
    expect(note.type).toBe('claim');
    expect(note.speaker).toBeNull();
    const other = one('bakery.txt', BAKERY);
    const tail = other.find((r) => r.text.startsWith('ありがとうございました') && r.speaker?.startsWith('高橋'))!;
    expect(tail.text).toBe('ありがとうございました。');
    expect(other.find((r) => r.text.includes('価格は取材時点'))!.speaker).toBeNull();
    expect(other.some((r) => r.text.includes('駅前の再開発') && r.speaker)).toBe(false);
  });

  it('family-name labels are the full names the header sets apart: a reading in brackets, a spaced byline', () => {
    const qa = recordsOf(c3, 'binance-japan-interview-2024').filter((r) => r.type === 'qa');
    expect(new Set(qa.map((r) => r.speaker))).toEqual(new Set(['佐藤健一']));
    expect(new Set(qa.map((r) => r.asker))).toEqual(new Set(['中村 彩']));
    const other = one('bakery.txt', BAKERY).filter((r) => r.type === 'qa');
    expect(new Set(other.map((r) => r.speaker))).toEqual(new Set(['高橋直樹']));
    expect(new Set(other.map((r) => r.asker))).toEqual(new Set(['森 真理子']));
  });
});
