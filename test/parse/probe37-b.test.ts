/**
 * Translated and multilingual interviews (probe37-b). Header furniture of such pages was read as the
 * section heading every record under it carried, or as talk:
 * - a field set with the full-width colon ("嘉宾：林晓雯（…）", "采访者 Interviewer：Emily Carter") was no
 *   field: it headed the whole transcript, and a host's field ("主持人：高志远") opened a turn that swallowed
 *   the programme's introduction;
 * - a translator's credit ("Translated from the Japanese by Daniel Okafor") headed every paragraph;
 * - a Russian interview's credit ("Беседовал Сергей Лебедев") headed the interview and named no asker;
 * - a participants list naming someone in Chinese script with the romanisation ("周建国 (Zhou Jianguo),
 *   Chairman, …") and an interpreter ("Helen Dufresne, Interpreter" over "INTERPRETER:" turns) was no
 *   roster: each of its lines headed a section in turn, the last one every turn of the briefing;
 * - a note's first line cut mid-sentence ("… Mandarin–English provided by" / "the host. …") headed it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe37', 'b');
const recordsOf = (file: string) => {
  const c = fixtureCorpus(DIR, [file]);
  return c.records.filter((r) => r.doc === file.replace(/\.txt$/, ''));
};

describe('full-width colon fields in a Chinese transcript header', () => {
  it('reads the guest and host fields as fields, not a section or a turn', () => {
    const records = recordsOf('zhuchiren-fangtan-2021.txt');
    expect(records.filter((r) => r.section?.includes('嘉宾'))).toEqual([]);
    // The introduction under the header is narration, the host's first turn its own.
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'claim', speaker: null });
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'quote', speaker: '主持人', text: '晓雯你好，欢迎来到《城市对话》。' });
    expect(records.filter((r) => r.text.includes('高志远'))).toEqual([]);
  });

  it('in the bilingual Q/A: no field heads the answers', () => {
    const records = recordsOf('bilingual-qa-alternating-2024.txt');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBe(12);
    expect(qa.filter((r) => r.section !== null)).toEqual([]);
  });

  it('in other words: a talk show with its fields and a guest who answers', () => {
    const text = [
      '《夜话》第12期',
      '录制时间：2019年11月2日',
      '嘉宾：周明辉（退休中学教师）',
      '主持人：陈蕾',
      '',
      '本期节目聊的是乡村学校的三十年。',
      '',
      '主持人：周老师好，欢迎您。',
      '周明辉：谢谢，很高兴来。',
      '',
      '主持人：您是哪一年开始教书的？',
      '周明辉：1989年，那时候学校只有两间教室。',
      '',
      '主持人：现在呢？',
      '周明辉：现在有十二个班，五百多个学生。',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'yehua-12.txt': text }));
    const records = c.records.filter((r) => r.doc === 'yehua-12');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: null, text: '本期节目聊的是乡村学校的三十年。' });
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'quote', speaker: '主持人', text: '周老师好，欢迎您。' });
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: '周明辉', asker: '主持人', question: '您是哪一年开始教书的？', text: '1989年，那时候学校只有两间教室。' });
  });
});

describe("a translator's credit in an article's header", () => {
  it('heads no paragraph of the translated profile', () => {
    const records = recordsOf('translated-from-japanese-profile-2018.txt');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 24)).toMatchObject({ type: 'quote', speaker: 'Yamamoto Hiroshi' });
  });

  it('in other words: translated from the Spanish', () => {
    const text = [
      'The Coastline Quarterly',
      '',
      'What the Fishermen Know',
      '',
      'By Rosa Elena Marín',
      'Translated from the Spanish by Oliver Grant',
      'First published in Mar Adentro, 2016.',
      '',
      'The harbour at Puerto Salado empties before dawn. By six the last boat is gone.',
      '',
      '"We read the water like a newspaper," said Tomás Reyes, who has fished here since 1979.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'fishermen.txt': text }));
    const records = c.records.filter((r) => r.doc === 'fishermen');
    expect(records.filter((r) => r.section?.startsWith('Translated'))).toEqual([]);
    expect(records.find((r) => r.line === 11 && r.type === 'quote')).toMatchObject({ speaker: 'Tomás Reyes' });
  });
});

describe('a Russian interview credited "Беседовал …"', () => {
  it('names the interviewer as the asker and heads nothing', () => {
    const records = recordsOf('rus-intervyu-dash-2017.txt');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: 'Ирина Волкова', asker: 'Сергей Лебедев' });
  });

  it('in other words: "Записала …" under the lead', () => {
    const text = [
      'ГОРОДСКИЕ ВЕДОМОСТИ',
      'Общество | 5 марта 2020 года',
      '',
      'Олег Тарасов: «Библиотека — это не склад книг»',
      '',
      'Записала Марина Орлова',
      '',
      'Директор районной библиотеки Олег Тарасов рассказал, как за три года удвоить число читателей.',
      '',
      '— Олег Викторович, сколько у вас читателей?',
      '— Около четырёх тысяч. В 2017 году было меньше двух.',
      '— Что изменилось?',
      '— Мы открыли кружки для детей и стали работать по вечерам.',
      '— Чего не хватает?',
      '— Помещения. Нам тесно.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'biblioteka.txt': text }));
    const records = c.records.filter((r) => r.doc === 'biblioteka');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    // The credit is the writer's, no heading; the talk under it is read as before.
    expect(records.find((r) => r.line === 6)).toMatchObject({ type: 'claim', text: 'Записала Марина Орлова' });
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'qa', question: 'Олег Викторович, сколько у вас читателей?', text: 'Около четырёх тысяч. В 2017 году было меньше двух.' });
  });
});

describe("an interpreted briefing's participants list", () => {
  it('reads the list as the roster, whose lines head nothing', () => {
    const records = recordsOf('press-briefing-interpreted-2019.txt');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.filter((r) => r.line >= 10 && r.line <= 14)).toEqual([]);
    expect(records.find((r) => r.line === 54)).toMatchObject({ type: 'qa', speaker: 'Zhou Jianguo', asker: 'Chen Yu' });
    // The note's two lines are one paragraph, its sentences claims.
    expect(records.filter((r) => r.line === 6).map((r) => r.text)[0]).toBe('Prepared by Lexa Transcription Services.');
  });

  it('in other words: a Japanese name with its romanisation, an interpreter listed', () => {
    const text = [
      'PRESS CONFERENCE — TRANSCRIPT',
      'Osterby City Hall, 2 October 2023',
      '',
      'Notes taken by the city press office. Consecutive interpretation Japanese–English was arranged by',
      'the host and is given as spoken.',
      '',
      'PARTICIPANTS',
      'Anders Lindqvist, Mayor of Osterby',
      '中村 健 (Nakamura Ken), President, Hokuyo Rail Systems',
      'Sara Holm, Interpreter',
      '',
      'ANDERS LINDQVIST: Welcome. Today we sign the tram contract, worth 96 million kronor.',
      '',
      'ANDERS LINDQVIST: The first line will run from the station to the hospital.',
      '',
      'QUESTION: Eva Berg, Osterby Posten. Mr Nakamura, when will the first tram run?',
      '',
      'NAKAMURA KEN (through interpreter): In spring 2026, if the depot is ready.',
      '',
      'INTERPRETER: He adds that the trams will be built in Sweden.',
      '',
      'QUESTION: Lars Dahl, Radio Norr. Mayor, what happens to the bus routes?',
      '',
      'ANDERS LINDQVIST: Two routes close when the tram opens. The others stay.',
      '',
      'NAKAMURA KEN (through interpreter): We have built the same system in Sendai since 2015.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'osterby-tram.txt': text }));
    const records = c.records.filter((r) => r.doc === 'osterby-tram');
    expect(records.filter((r) => r.section !== null)).toEqual([]);
    expect(records.filter((r) => r.line >= 7 && r.line <= 10)).toEqual([]);
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'qa', speaker: 'Nakamura Ken', asker: 'Eva Berg' });
  });
});
