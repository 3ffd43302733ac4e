/**
 * Q&A leftovers, fix69-a: two guests named together in the intro ("Ana and Tomás Ribeiro run …")
 * answering under first-name labels: each label is that guest's full name, the byline asks the
 * unlabelled questions, and both answers to one question are qa records of it. A print interview's
 * interviewer part ("记者：", "기자:") under a byline is the byline's writer, and a Korean byline
 * ("글 김수진 기자") is read.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; asker: string | null; question: string | null; text: string };
const A = join(FIXTURES, 'fix69', 'a');
const C = join(FIXTURES, 'probe56', 'c');
const B = join(FIXTURES, 'probe56', 'b');
const brief = (r: Rec) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker });

describe('two guests under first-name labels, questions unlabelled', () => {
  it('reads the Ribeiros: full names, the byline asks, both answers are qa of the question', () => {
    const records = fixtureCorpus(C, ['two-guests-ribeiro-2022.txt']).records as Rec[];
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map(brief)).toEqual([
      { line: 8, type: 'qa', speaker: 'Ana Ribeiro', asker: 'Sofia Lindqvist' },
      { line: 8, type: 'qa', speaker: 'Tomás Ribeiro', asker: 'Sofia Lindqvist' },
      { line: 12, type: 'qa', speaker: 'Tomás Ribeiro', asker: 'Sofia Lindqvist' },
      { line: 12, type: 'qa', speaker: 'Ana Ribeiro', asker: 'Sofia Lindqvist' },
      { line: 16, type: 'qa', speaker: 'Ana Ribeiro', asker: 'Sofia Lindqvist' },
      { line: 16, type: 'qa', speaker: 'Tomás Ribeiro', asker: 'Sofia Lindqvist' },
    ]);
    expect(qa[1]).toMatchObject({ question: 'Who does the cooking?', text: 'And I do everything else, which she says is the easy part.' });
    expect(records.filter((r) => r.type === 'quote')).toEqual([]);
  });

  it('in other words: a brother and sister, "Interview by", one question answered by one guest', () => {
    const records = fixtureCorpus(A, ['siblings-bakery-hartley-2023.txt']).records as Rec[];
    expect(records.filter((r) => r.type !== 'claim').map(brief)).toEqual([
      { line: 8, type: 'qa', speaker: 'Jonas Hartley', asker: 'Daniel Achterberg' },
      { line: 8, type: 'qa', speaker: 'Mei Hartley', asker: 'Daniel Achterberg' },
      { line: 12, type: 'qa', speaker: 'Mei Hartley', asker: 'Daniel Achterberg' },
      { line: 12, type: 'qa', speaker: 'Jonas Hartley', asker: 'Daniel Achterberg' },
      { line: 16, type: 'qa', speaker: 'Jonas Hartley', asker: 'Daniel Achterberg' },
    ]);
    expect(records.find((r) => r.line === 12 && r.speaker === 'Jonas Hartley')).toMatchObject({ question: 'What changed when you took over?', endLine: 14 });
    expect(records.filter((r) => r.type === 'claim').map((r) => [r.line, r.speaker])).toEqual([
      [6, 'Daniel Achterberg'],
      [6, 'Daniel Achterberg'],
      [19, 'Daniel Achterberg'],
    ]);
  });
});

describe('a Chinese or Korean interviewer label under a byline', () => {
  it('reads 记者： as the writer of "文/陈静" and 기자: as the writer of "글 김수진 기자"', () => {
    const records = fixtureCorpus(B, ['zh-interview-wanglei-2023.txt', 'ko-interview-news-2023.txt']).records as Rec[];
    const zh = records.filter((r) => r.doc === 'zh-interview-wanglei-2023' && r.type === 'qa');
    expect(zh.map(brief)).toEqual([8, 11, 14, 17].map((line) => ({ line, type: 'qa', speaker: '王磊', asker: '陈静' })));
    const ko = records.filter((r) => r.doc === 'ko-interview-news-2023');
    expect(ko.filter((r) => r.type === 'qa').map(brief)).toEqual([8, 11].map((line) => ({ line, type: 'qa', speaker: '박지훈', asker: '김수진' })));
    // The standfirst is the byline's writer's; the quotes of line 14 stay 이민호's.
    expect(ko.find((r) => r.line === 6)).toMatchObject({ type: 'claim', speaker: '김수진' });
    expect(ko.filter((r) => r.line === 14 && r.type === 'quote').map((r) => r.speaker)).toEqual(['이민호', '이민호']);
  });

  it('in other words: "本报记者　周雪" over 记者：, "글·사진 이서연 기자" over 기자:', () => {
    const records = fixtureCorpus(A, ['zh-interview-farm-liuqiang-2024.txt', 'ko-interview-cafe-2024.txt']).records as Rec[];
    const qa = (doc: string) => records.filter((r) => r.doc === doc && r.type === 'qa').map(brief);
    expect(qa('zh-interview-farm-liuqiang-2024')).toEqual([8, 11].map((line) => ({ line, type: 'qa', speaker: '刘强', asker: '周雪' })));
    expect(qa('ko-interview-cafe-2024')).toEqual([8, 11].map((line) => ({ line, type: 'qa', speaker: '정유나', asker: '이서연' })));
    expect(records.find((r) => r.doc === 'ko-interview-cafe-2024' && r.line === 6)).toMatchObject({ type: 'claim', speaker: '이서연' });
  });
});

describe("a plain Q&A's closing narrative in French, Spanish and German", () => {
  const records = fixtureCorpus(A, ['cinq-minutes-avec-lucie-martin-2023.txt', 'cinco-minutos-con-elena-ruiz-2023.txt', 'fuenf-minuten-mit-anna-weber-2023.txt']).records as Rec[];
  const of = (doc: string) => records.filter((r) => r.doc === doc);
  it('ends the last answer above "dit-elle", "dijo", "sagt sie"; the paragraph is read as narrative', () => {
    for (const [doc, guest, deputy] of [
      ['cinq-minutes-avec-lucie-martin-2023', 'Lucie Martin', 'Paul Renaud'],
      ['cinco-minutos-con-elena-ruiz-2023', 'Elena Ruiz', 'Luis Ortega'],
      ['fuenf-minuten-mit-anna-weber-2023', 'Anna Weber', 'Jonas Brandt'],
    ] as const) {
      const recs = of(doc);
      expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.endLine, r.speaker])).toEqual([
        [8, 9, guest],
        [11, 12, guest],
        [14, 15, guest],
      ]);
      // Its two quotations are quotes, no part of an answer (who says them is quotes.ts's: only the
      // French deputy is credited yet, see the report).
      expect(recs.filter((r) => r.line === 17).map((r) => r.type)).toEqual(['quote', 'quote']);
      if (doc.startsWith('cinq')) expect(recs.find((r) => r.line === 17 && r.text.startsWith('Sans elle'))?.speaker).toBe(deputy);
    }
  });
});
