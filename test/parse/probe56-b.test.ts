/**
 * Chinese, Japanese and Korean interviews and news, probe56-b: a Japanese interview's answers
 * labelled by the guest's surname and an ideographic space ("山田　…") under a title naming the guest
 * in full ("山田花子氏"), its byline sharing a line with the date ("2022年5月10日　文・佐藤健"); a
 * surname after the quotation ("「…」と木村氏は語った"); a Chinese Q&A's 问/答 under "对话NAME｜…";
 * Chinese reported speech without quote marks ("据…介绍，", "分析师张涛称，", "他表示，"); a Chinese
 * sentence after a quotation closed by its own stop, no space between ("“…。”他表示，…"); a reporter's
 * byline ("记者 孙浩"); Korean quotations ('…"라고 말했다') and such a paragraph under an interview's answer.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe56', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a Japanese interview: "――" questions, the guest\'s surname as the answers\' label', () => {
  const records = fixtureCorpus(DIR, ['ja-interview-yamada-2022.txt']).records as Rec[];

  it('reads each answer as a qa of the guest the title names in full, asked by the byline\'s writer', () => {
    for (const line of [7, 10, 13]) expect(at(records, line, 'qa')).toMatchObject({ speaker: '山田花子', asker: '佐藤健' });
    expect(at(records, 7, 'qa')?.text).toMatch(/^祖母の店を継ぐつもりでした。/);
    expect(records.filter((r) => r.type === 'quote')).toEqual([]);
    // the standfirst is the writer's
    expect(at(records, 5, 'claim')?.speaker).toBe('佐藤健');
  });

  it('in other words: another surname, the byline after the date', () => {
    const text = [
      '【対談】鈴木一郎氏「町工場の未来」',
      '',
      '2021年3月1日　文・高橋美咲',
      '',
      '――工場を継いだのはいつですか。',
      '鈴木　2010年です。父が引退して、私が社長になりました。',
      '',
      '――一番の苦労は。',
      '鈴木　人手不足ですね。若い人がなかなか来てくれません。',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'suzuki-2021.txt': text })).records as Rec[];
    expect(at(got, 6, 'qa') ?? at(got, 5, 'qa')).toMatchObject({ speaker: '鈴木一郎', asker: '高橋美咲' });
  });
});

describe('a Japanese news item: the surname after the quotation', () => {
  const records = fixtureCorpus(DIR, ['ja-news-robot-2023.txt']).records as Rec[];
  it('credits "「…」と木村氏は語った" to 木村由美, named in full before', () => {
    const quotes = records.filter((r) => r.line === 9 && r.type === 'quote');
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([
      ['木村由美', '価格を半分にするのが次の目標だ'],
      ['木村由美', '失敗は怖くない'],
    ]);
    expect(at(records, 7, 'quote')?.speaker).toBe('田中誠');
  });
});

describe('a Chinese Q&A under "对话NAME｜…", its byline beside the date', () => {
  const records = fixtureCorpus(DIR, ['zh-interview-qa-zhaomin-2021.txt']).records as Rec[];
  it('reads 问/答 as the writer asking and the titled guest answering', () => {
    for (const line of [7, 10, 13]) expect(at(records, line, 'qa')).toMatchObject({ speaker: '赵敏', asker: '刘洋' });
    expect(at(records, 5, 'claim')?.speaker).toBe('刘洋');
  });
});

describe('Chinese news: reported speech, a quotation closed by its own stop', () => {
  const records = fixtureCorpus(DIR, ['zh-news-battery-2022.txt']).records as Rec[];
  it('reads the reporter\'s byline and credits each reported sentence to its person', () => {
    expect(at(records, 3)).toBeUndefined(); // "记者 孙浩": the byline, no claim
    expect(at(records, 6, 'claim')?.speaker).toBe('孙浩');
    expect(at(records, 8, 'quote')).toMatchObject({ speaker: '李建国', text: '这是公司历史上最大的一笔投资。' });
    expect(at(records, 8, 'claim')).toMatchObject({ speaker: '李建国', text: '他表示，新工厂将创造两千个就业岗位。' });
    expect(at(records, 10, 'claim')?.speaker).toBe('周红');
    expect(at(records, 12, 'quote')).toMatchObject({ speaker: '李建国', text: expect.stringContaining('订单已经排到了明年年底') });
    expect(at(records, 14, 'claim')?.speaker).toBe('张涛');
    expect(at(records, 14, 'quote')?.speaker).toBe('张涛');
  });
});

describe('Korean: quotations with "라고 말했다", and such a paragraph under an answer', () => {
  const records = fixtureCorpus(DIR, ['ko-interview-news-2023.txt']).records as Rec[];
  it('ends the answer above the news paragraph and credits its quotations', () => {
    expect(at(records, 11, 'qa')?.text).not.toContain('한편');
    const quotes = records.filter((r) => r.line === 14 && r.type === 'quote');
    expect(quotes.map((q) => q.speaker)).toEqual(['이민호', '이민호']);
    expect(at(records, 8, 'qa')?.speaker).toBe('박지훈');
  });
});

describe('Chinese: a described, unnamed source', () => {
  it('speaking for an organisation reports its own words; unnamed people as a group are nobody; never the byline', () => {
    const text = ['工厂扩建计划公布', '', '记者 孙浩', '2023年6月4日', '', '知情人士称，新工厂最早将于明年投产。', '', '公司发言人表示，目前不便透露投资金额。', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'zh-source.txt': text })).records;
    // people unnamed as a group ("people familiar with the matter said"): nobody's, as in English
    expect(records.find((r) => r.line === 6)?.speaker).toBeNull();
    expect(records.find((r) => r.line === 8)?.speaker).toBe('公司发言人');
  });
});

describe('a Korean, Japanese or Chinese paper\'s rights notice at its foot', () => {
  it('is the page\'s furniture, no claim of the byline\'s', () => {
    const foot = (line: string) => ['바이낸스 한국 재진출', '', '글 김수진 기자', '', '바이낸스는 2017년 설립 이후 세계 최대 거래소로 성장했다.', '', line, ''].join('\n');
    for (const line of ['<저작권자 ⓒ 한국경제신문, 무단전재 및 재배포 금지>', '無断転載禁止', '版权所有，未经授权不得转载。']) {
      const records = loadCorpus(tempCorpus({ 'ko.txt': foot(line) })).records;
      expect(records.map((r) => r.line)).toEqual([5]);
    }
  });
});
