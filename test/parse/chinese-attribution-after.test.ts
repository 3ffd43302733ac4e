/**
 * Chinese news attributes a quotation after it ("“…”何一说。"), and before it with where the words
 * were written between the name and the verb ("赵长鹏此前在推特上写道：“…”"); a reported-speech
 * sentence names the person a later "他说：" means ("分析人士李强认为，…。他说：“…”"). Each was
 * nobody's, and the pronoun went to the last person quoted instead.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('Chinese attribution', () => {
  it('reads the speaker after the quotation, past a place, and behind a pronoun', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['binance-europe-zh.txt']);
    const quotes = c.records.filter((r) => r.doc === 'binance-europe-zh' && r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [8, '何一'],
      [14, '赵长鹏'],
      [16, '李强'],
    ]);
    expect(quotes[0]!.text).toBe('欧洲是我们最重要的市场之一，我们在这里有超过2000万用户。');
  });

  it('in other words: a minister, a weibo post, an economist', () => {
    const text = [
      '新能源车补贴将延长至2026年',
      '',
      '2024年3月2日',
      '',
      '“补贴政策会继续执行，直到2026年底。”王立新表示。',
      '',
      '张海燕昨天在微博上写道：“这是对整个行业的好消息。”',
      '',
      '经济学家陈国栋指出，补贴的成本每年超过800亿元。他说：“财政压力不小。”',
      '',
      '“文在寅说过同样的话。”文在寅说。',
      '',
    ].join('\n');
    const quotes = loadCorpus(tempCorpus({ 'subsidy.txt': text })).records.filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.line, r.speaker])).toEqual([
      [5, '王立新'],
      [7, '张海燕'],
      [9, '陈国栋'],
      // A name with 在 in it keeps it: the place rule leaves a name of two characters at least.
      [11, '文在寅'],
    ]);
  });
});
