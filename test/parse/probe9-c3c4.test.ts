/**
 * Misreads reviewer probe9 found in its "non-English conventions" (c3) and "markup exported to
 * text" (c4) folders, copied into test/fixtures/probe9/c3 and c4, and beside each a small text of
 * our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C3 = join(FIXTURES, 'probe9', 'c3');
const C4 = join(FIXTURES, 'probe9', 'c4');

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const holding = (c: Corpus, doc: string, words: string) => {
  const r = recs(c, doc).find((x) => x.text.includes(words));
  expect(r, `a record holding "${words}"`).toBeDefined();
  return r!;
};

describe('Chinese "…说：“…”" is an attribution, not a speaker label (probe9 finding 20)', () => {
  it('reads each quotation with who said it', () => {
    const c = fixtureCorpus(C3);
    const doc = 'xinhua-style-cz-article-zh';
    const q = (w: string) => holding(c, doc, w);
    expect([q('今天，我辞去了').type, q('今天，我辞去了').speaker]).toEqual(['quote', 'CZ']);
    expect([q('币安会继续走下去').type, q('币安会继续走下去').speaker]).toEqual(['quote', 'He Yi']);
    expect([q('部分原因在于').type, q('部分原因在于').speaker]).toEqual(['quote', '加兰']);
    // The unnamed insider's words are a quote of nobody named, not He Yi's.
    expect([q('这是一个时代的结束').type, q('这是一个时代的结束').speaker]).toEqual(['quote', null]);
    expect(recs(c, doc).every((r) => r.speaker === null || r.speaker.length <= 5)).toBe(true);
    expect(recs(c, doc)[0]!.year).toBe(2023); // the dateline 2023年11月22日
  });

  it('reads the shape in other words', () => {
    const text = [
      '港口新闻',
      '',
      '码头工会主席李强昨天对记者表示：“我们不会接受这个方案，工人需要更多的保障。”',
      '',
      '市长陈芳说：“新码头将在明年年底之前建成并投入使用。”',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'gang.txt': text }));
    const q = (w: string) => c.records.find((r) => r.text.includes(w));
    expect([q('不会接受')?.type, q('不会接受')?.speaker]).toEqual(['quote', '李强']);
    expect([q('新码头')?.type, q('新码头')?.speaker]).toEqual(['quote', '陈芳']);
  });
});

describe('Chinese and Japanese interviews: guest from the title, asker from the byline (probe9 findings 21, 22, 27)', () => {
  it('问：/答： and 记者：/何一： are answered by the titled guest and asked by the byline reporter', () => {
    const c = fixtureCorpus(C3);
    const qa = recs(c, '何一专访-2021').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    expect(qa.map((r) => [r.speaker, r.asker])).toEqual(Array(5).fill(['He Yi', '王思远']));
    expect(qa.map((r) => r.years)).toEqual([[2021], [], [2014], [], [2017]]);
  });

  it('――question / 何一氏　answer and Q./A. read as qa, asked by the 聞き手 the credit names', () => {
    const c = fixtureCorpus(C3);
    const all = recs(c, 'nikkei-style-interview-heyi-ja');
    const qa = all.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    expect(qa.map((r) => [r.speaker, r.asker, r.year])).toEqual(Array(4).fill(['He Yi', '佐藤健一', 2022]));
    expect(qa[0]!.question).toBe('2018年に日本を離れた理由は。');
    expect(qa[0]!.text.startsWith('当時の規制')).toBe(true);
    expect(qa[1]!.years).toEqual([2022, 2023]);
  });

  it('reads the shapes in other words', () => {
    const zh = ['林晓专访：面包店的十年', '', '2019年5月3日　记者：周平', '', '问：你为什么开面包店？', '', '答：因为我从小就喜欢烤面包，这是我的梦想。', '', '问：现在生意怎么样？', '', '答：很好，我们在2018年开了第二家店。'].join('\n');
    const ja = ['【インタビュー】 山田花子氏「パンは文化だ」', '', '――パン屋を始めたきっかけは。', '', '山田氏　子どもの頃からパンを焼くのが好きでした。', '', '――今後の計画は。', '', '山田氏　2025年に二号店を開きたいと考えています。', '', '（聞き手・鈴木一郎）'].join('\n');
    const c = loadCorpus(tempCorpus({ 'zh.txt': zh, 'ja.txt': ja }));
    const zqa = c.records.filter((r) => r.doc === 'zh' && r.type === 'qa');
    expect(zqa.map((r) => [r.speaker, r.asker, r.year])).toEqual(Array(2).fill(['林晓', '周平', 2019]));
    expect(zqa[1]!.years).toEqual([2018]);
    const jqa = c.records.filter((r) => r.doc === 'ja' && r.type === 'qa');
    expect(jqa.map((r) => [r.question, r.speaker, r.asker])).toEqual([
      ['パン屋を始めたきっかけは。', '山田', '鈴木一郎'],
      ['今後の計画は。', '山田', '鈴木一郎'],
    ]);
  });
});
