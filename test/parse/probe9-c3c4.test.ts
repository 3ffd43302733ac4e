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
      // "山田氏" under a title naming "山田花子氏": the guest as the title names her in full (probe56-b)
      ['パン屋を始めたきっかけは。', '山田花子', '鈴木一郎'],
      ['今後の計画は。', '山田花子', '鈴木一郎'],
    ]);
  });
});

describe('markup quotation blocks: AsciiDoc, LaTeX, reST, Org (probe9 findings 29, 30, 31)', () => {
  it('reads each block as a quote of who it names, in the year its source gives', () => {
    const c = fixtureCorpus(C4);
    const adoc = 'heyi-profile-draft.adoc';
    expect([holding(c, adoc, 'poor girl').type, holding(c, adoc, 'poor girl').speaker, holding(c, adoc, 'poor girl').year]).toEqual(['quote', 'He Yi', 2019]);
    expect([holding(c, adoc, 'best marketer').type, holding(c, adoc, 'best marketer').speaker]).toEqual(['quote', 'CZ']);
    const tex = 'paper-draft-cz-governance.tex';
    const office = holding(c, tex, 'traditional office');
    expect([office.type, office.speaker, office.year, office.text]).toEqual(['quote', 'CZ', 2020, 'We do not have a traditional office. Wherever I sit is the Binance office.']);
    expect([holding(c, tex, 'service business first').type, holding(c, tex, 'service business first').speaker]).toEqual(['quote', 'He Yi']);
    const rst = 'cz-keynote-writeup.rst';
    expect([holding(c, rst, 'We chose France').type, holding(c, rst, 'We chose France').speaker]).toEqual(['quote', 'CZ']);
    expect([holding(c, rst, 'not the enemy').type, holding(c, rst, 'not the enemy').speaker]).toEqual(['quote', 'CZ']);
  });

  it('reads the shapes in other words', () => {
    const adoc = ['= Notes on the harbour', '', 'The pilots met in March.', '', '[quote, Ines Duarte, harbour board minutes (2018)]', '____', 'Nobody dredged the channel for six years.', '____', ''].join('\n');
    const tex = ['\\section{Pilots}', 'The pilots met in March and talked for hours about the channel.', '', '\\begin{quote}', 'The channel is two metres too shallow for the new ships. --- Lars Berg, 2021', '\\end{quote}', '', "Berg later said that ``nobody listens to the pilots anymore''."].join('\n');
    const rst = ['Harbour', '=======', '', '.. note::', '', '   Draft.', '', 'Lars Berg spoke for the pilots.', '', '    The channel is too shallow for the new ships.', '', '    -- Lars Berg', '', 'He then added:', '', '    Nobody listens to the pilots anymore.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'h.adoc.txt': adoc, 'p.tex.txt': tex, 'r.rst.txt': rst }));
    const q = (doc: string, w: string) => c.records.find((r) => r.doc === doc && r.text.includes(w));
    expect([q('h.adoc', 'dredged')?.type, q('h.adoc', 'dredged')?.speaker, q('h.adoc', 'dredged')?.year]).toEqual(['quote', 'Ines Duarte', 2018]);
    expect([q('p.tex', 'two metres')?.type, q('p.tex', 'two metres')?.speaker, q('p.tex', 'two metres')?.year]).toEqual(['quote', 'Lars Berg', 2021]);
    expect(q('p.tex', 'two metres')?.text).not.toContain('---');
    expect([q('p.tex', 'nobody listens')?.type, q('p.tex', 'nobody listens')?.speaker]).toEqual(['quote', 'Lars Berg']);
    expect([q('r.rst', 'too shallow')?.type, q('r.rst', 'too shallow')?.speaker]).toEqual(['quote', 'Lars Berg']);
    expect([q('r.rst', 'Nobody listens')?.type, q('r.rst', 'Nobody listens')?.speaker]).toEqual(['quote', 'Lars Berg']);
  });
});

describe('Org labels and pandoc tables in a transcript (probe9 findings 28, 29, 32)', () => {
  it('reads *Name:* labels as turns, ends the last turn at a table or a directive', () => {
    const c = fixtureCorpus(C4);
    const org = recs(c, 'interview-notes-heyi-2023.org').filter((r) => r.type === 'qa');
    expect(org.map((r) => [r.speaker, r.asker])).toEqual([['He Yi', 'Selin Aydın'], ['He Yi', 'Selin Aydın']]);
    // The second answer ends before the "** On CZ" headline and its quote block.
    expect(org[1]!.endLine).toBe(17);
    expect(holding(c, 'interview-notes-heyi-2023.org', 'known CZ since 2014').type).toBe('quote');
    const pandoc = recs(c, 'heyi-speech-transcript-docx-pandoc');
    const last = pandoc.filter((r) => r.type === 'qa').pop()!;
    expect(last.endLine).toBe(17);
    expect(holding(c, 'heyi-speech-transcript-docx-pandoc', 'Joins OKCoin').type).toBe('claim');
    expect([holding(c, 'heyi-speech-transcript-docx-pandoc', 'built the engine').type, holding(c, 'heyi-speech-transcript-docx-pandoc', 'built the engine').speaker]).toEqual(['quote', 'CZ']);
    const rst = recs(c, 'cz-keynote-writeup.rst').filter((r) => r.type === 'qa').pop()!;
    expect(rst.text).not.toContain('Do not quote');
  });

  it('reads the shapes in other words', () => {
    const org = ['#+TITLE: Harbour interview', '#+AUTHOR: Mia Holt', '', '* Talk', '- *Mia:* Why did the pilots strike?', '- *Lars Berg:* The channel is too shallow and nobody listens to us.', '', '** Later', '*Mia:* What happens next?', '*Lars Berg:* We wait for the board to decide in June.', '', '** Aside', 'The board met twice that spring and said nothing new.'].join('\n');
    const md = ['**Host:** What did the survey find?', '', '**Lars Berg:** The channel is shallower than the charts say.', '', '  -----------------------------------------------', '  Year   Depth', '  ------ ----------', '  2019   9.1 m', '  2023   8.4 m', '  -----------------------------------------------', '', '**Host:** Thank you, Lars, for the numbers today.'].join('\n');
    const c = loadCorpus(tempCorpus({ 'o.org.txt': org, 'm.md': md }));
    const oqa = c.records.filter((r) => r.doc === 'o.org' && r.type === 'qa');
    expect(oqa.map((r) => [r.speaker, r.asker])).toEqual([['Lars Berg', 'Mia Holt'], ['Lars Berg', 'Mia Holt']]);
    expect(oqa[1]!.text).not.toContain('board met twice');
    const mqa = c.records.filter((r) => r.doc === 'm' && r.type === 'qa');
    expect(mqa[0]!.text).toBe('The channel is shallower than the charts say.');
  });
});

describe('a French incise inside the guillemets is the writer’s, not the speaker’s (probe9 finding 25)', () => {
  it('keeps "dit-elle en souriant" out of the quotation', () => {
    const c = fixtureCorpus(C3);
    const q = holding(c, 'le-monde-style-heyi-fr', 'CZ et moi');
    expect(q.type).toBe('quote');
    expect(q.text).toBe("CZ et moi, nous ne sommes pas toujours d'accord. Mais nous ne nous disputons jamais devant l'équipe.");
  });

  it('reads the shape in other words', () => {
    const text = ['Le port', '', 'Lars Berg est pilote depuis trente ans. « Le chenal est trop étroit, explique-t-il calmement. Personne ne nous écoute. »'].join('\n');
    const c = loadCorpus(tempCorpus({ 'port.txt': text }));
    const q = c.records.find((r) => r.type === 'quote' && r.text.includes('chenal'));
    expect(q?.text).toBe('Le chenal est trop étroit. Personne ne nous écoute.');
    expect(q?.speaker).toBe('Lars Berg');
  });
});
