/**
 * Probe 20 (d): news in Thai, Hindi, Tamil and Georgian. Thai sets no space
 * between words, so a line is a few long runs of letters: a word a reader finds
 * by grep inside a run ("เชียงใหม่" in "ที่เชียงใหม่และขอนแก่น") must be found by
 * search, which indexed the run as one token.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { search } from '../../src/query/search.js';
import { fixtureCorpus, tempCorpus } from '../helpers.js';

async function found(files: Record<string, string>, query: string): Promise<string[]> {
  const corpus = fixtureCorpus(tempCorpus(files));
  const index = buildIndex(corpus.records);
  return (await search(index, query)).map((h) => h.record.text);
}

describe('a Thai word inside a run of glued words is found', () => {
  const business = [
    'สยามคอยน์ตั้งเป้าขยายสาขา',
    '',
    'นายกิตติพงษ์ วรรณศิริ ประธานเจ้าหน้าที่บริหาร กล่าวว่า "เราจะเปิดสาขาให้คำปรึกษาที่เชียงใหม่และขอนแก่นภายในไตรมาสที่สอง"',
    '',
    'นักวิชาการระบุว่าราคาบิทคอยน์เคยลดลงกว่าหกสิบห้าเปอร์เซ็นต์ภายในเวลาไม่ถึงหนึ่งปี',
    '',
  ].join('\n');

  it('a city, a coined word, and two glued words asked for together', async () => {
    expect((await found({ 'th-business.txt': business }, 'เชียงใหม่')).some((t) => t.includes('เชียงใหม่และขอนแก่น'))).toBe(true);
    expect((await found({ 'th-business.txt': business }, 'บิทคอยน์')).some((t) => t.includes('ราคาบิทคอยน์เคย'))).toBe(true);
    expect((await found({ 'th-business.txt': business }, 'ให้คำปรึกษา')).some((t) => t.includes('สาขาให้คำปรึกษาที่'))).toBe(true);
  });

  it('in other words: a sports story', async () => {
    const sport = [
      'นักวิ่งไทยคว้าเหรียญทอง',
      '',
      'นายธนพงษ์ ศักดิ์ดี ผู้จัดการทีมชาติ กล่าวว่า "นักกีฬาของเราซ้อมหนักที่ภูเก็ตมาตลอดสองปี"',
      '',
    ].join('\n');
    expect((await found({ 'th-sport.txt': sport }, 'ภูเก็ต')).some((t) => t.includes('ภูเก็ต'))).toBe(true);
    expect((await found({ 'th-sport.txt': sport }, 'เหรียญทอง')).length).toBeGreaterThan(0);
  });
});
