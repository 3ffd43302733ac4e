/**
 * Misreads reviewer probe13 found in its Q&A columns (c2) and panels and events (c5), copied into
 * test/fixtures/probe13/c2 and c5, and beside them small texts of our own in other words, so each
 * test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe13', 'c2');
const C5 = join(FIXTURES, 'probe13', 'c5');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words) || (r.question ?? '').includes(words));

describe('Q&A columns (probe13 findings 9–12)', () => {
  it('reads an advice column: each signed letter the asker\'s question, the "Dear PSEUDONYM:" reply the columnist\'s answer', () => {
    const c = fixtureCorpus(C2);
    const doc = 'dear-margo-2024-03-11';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(2);
    expect(qa[0]).toMatchObject({ speaker: 'Margo Pentland', asker: 'Worried in Ohio', year: 2024 });
    expect(qa[0]!.question).toContain('moved $42,000');
    expect(qa[0]!.text).toContain('co-owner of a joint account');
    expect(qa[0]!.years).toEqual(expect.arrayContaining([2016, 2018]));
    expect(qa[1]).toMatchObject({ speaker: 'Margo Pentland', asker: 'Polite in Pittsburgh' });
    expect(qa[1]!.text).toContain("I don't invest through group chats");
    expect(recs(c, doc).some((r) => r.speaker === 'Dear Margo' || r.speaker === 'Dear Polite' || r.speaker === 'Polite')).toBe(false);
  });

  it('reads numbered questions with unlabelled answers as qa to the person a "Questions With … NAME" title names', () => {
    const c = fixtureCorpus(C2);
    const doc = 'five-questions-with-yi-he';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Yi He', asker: 'Rachel Okonjo', year: 2023 });
    expect(find(c, doc, 'we lost 80% on paper')).toMatchObject({ type: 'qa' });
  });

  it('pairs **Q: …** lines with the unlabelled paragraphs under them, answered by the person the standfirst names', () => {
    const c = fixtureCorpus(C2);
    const doc = 'ask-the-ceo-march-2025';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    for (const r of qa) expect(r.speaker).toBe('Dana Whitfield');
    expect(find(c, doc, 'Are we going to be acquired')!.text).toContain("I don't comment on rumours");
    expect(find(c, doc, 'Are we going to be acquired')!.text).not.toContain('Ride-alongs');
  });

  it("reads a prep sheet's table: the question column's note asks, the Guest field answers", () => {
    const c = fixtureCorpus(C2);
    const qa = recs(c, 'guest-prep-CZ-episode-212').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(5);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Changpeng Zhao', asker: 'Priya Nair' });
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'column.md': [
          '---',
          'title: Ask Tess',
          'author: Tess Holloway',
          '---',
          '',
          'Dear Tess: My flatmate never pays the electricity bill on time and I end up covering it. What should I do?',
          '',
          '— Out of Pocket in Leeds',
          '',
          'Dear Out of Pocket: Put every bill in both names and split it by standing order.',
          '',
          'If that fails, it is time to find a new flatmate.',
          '',
        ].join('\n'),
        'townhall-intranet.md': [
          '# Town hall questions',
          '',
          'Each quarter, Omar Haddad answers questions from staff.',
          '',
          '**Q: Is the Leeds office closing? I heard it at lunch.**',
          '',
          'No. We signed a new lease last month.',
          '',
          '**Q: When are bonuses paid? — Anonymous**',
          '',
          'In March, as every year.',
          '',
        ].join('\n'),
        'ten-questions.txt': [
          'Ten Questions For ... Mara Quist, harbour pilot',
          'By Jon Ekberg',
          '',
          'We met her at the quay.',
          '',
          '1. How long have you been a pilot? What drew you to it?',
          '',
          'Twelve years. My father was one, and I liked the boats.',
          '',
          '2. What is the hardest ship you ever brought in?',
          '',
          'A car carrier in a storm. I did not sleep that night.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'column', 'electricity bill')).toMatchObject({ type: 'qa', speaker: 'Tess Holloway', asker: 'Out of Pocket in Leeds' });
    expect(find(c, 'column', 'electricity bill')!.text).toContain('find a new flatmate');
    expect(find(c, 'townhall-intranet', 'Leeds office')).toMatchObject({ type: 'qa', speaker: 'Omar Haddad' });
    expect(find(c, 'townhall-intranet', 'bonuses')!.text).toContain('In March');
    expect(find(c, 'ten-questions', 'hardest ship')).toMatchObject({ type: 'qa', speaker: 'Mara Quist', asker: 'Jon Ekberg' });
  });
});

describe('panels and events (probe13 findings 24–26, 28, 30)', () => {
  it("reads a debate label with a long office after the party tag, and a later surname label as that person", () => {
    const c = fixtureCorpus(C5);
    const doc = 'cnn-debate-2024-06-27-excerpt';
    expect(find(c, doc, 'the crypto people are great people')).toMatchObject({ type: 'qa', speaker: 'Donald Trump', asker: 'Jake Tapper', year: 2024 });
    expect(find(c, doc, "That's not true")).toMatchObject({ speaker: 'Donald Trump' });
  });

  it('reads a town hall\'s SPEAKER: turns as the residents who name themselves, and a comment asks nothing', () => {
    const c = fixtureCorpus(C5);
    const doc = 'townhall-riverside-2025-02-11';
    expect(find(c, doc, 'Why should we believe 55 decibels')).toMatchObject({ type: 'qa', asker: 'Karen Mitchell' });
    expect(find(c, doc, 'retired electrician')).toMatchObject({ type: 'quote', speaker: 'Ray Okafor' });
    expect(find(c, doc, 'How many of them go to people who live here')).toMatchObject({ type: 'qa', asker: 'Linda Feld' });
    expect(recs(c, doc).some((r) => r.speaker === 'Speaker' || r.asker === 'Speaker')).toBe(false);
  });

  it('resolves "Professor SURNAME:" to the full name the front matter gives', () => {
    const c = fixtureCorpus(C5);
    expect(find(c, 'lse-q-and-a-after-talk', 'My pension fund might')).toMatchObject({ speaker: 'Hannah Oyelaran' });
  });

  it('reads a question label\'s note as who asked: "Q (from the floor):" an audience member, "Question 1 (MSc student):" the student', () => {
    const c = fixtureCorpus(C5);
    expect(find(c, 'token2049-panel-women-in-web3', 'regulation in Asia')).toMatchObject({ type: 'qa', asker: 'Audience Member', speaker: 'Sandy Peng' });
    expect(find(c, 'lse-q-and-a-after-talk', 'central bank banned')).toMatchObject({ speaker: 'MSc student' });
    expect(recs(c, 'lse-q-and-a-after-talk').some((r) => /^Question \d/.test(r.speaker ?? '') || /^Question \d/.test(r.asker ?? ''))).toBe(false);
  });

  it('dates a document by its dateline over a year glued to a word of its file name (TOKEN2049)', () => {
    const c = fixtureCorpus(C5);
    for (const r of recs(c, 'token2049-panel-women-in-web3')) expect(r.year).toBe(2024);
  });

  it("counts an event app's name line under its alias as the turn's label, so check --strict passes", () => {
    const c = fixtureCorpus(C5);
    const doc = c.documents.find((d) => d.id === 'binance-blockchain-week-fireside-cz')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('reads the same shapes in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'debate.txt': [
          'GOVERNORS DEBATE',
          '',
          'ANNA LEE, MODERATOR: Governor, your plan?',
          '',
          'MARK HALE (D), GOVERNOR OF THE STATE AND CANDIDATE FOR A SECOND TERM IN THE NOVEMBER ELECTION: We cut taxes and we will cut them again.',
          '',
          'LEE: Thank you.',
          '',
        ].join('\n'),
        'hearing.txt': [
          'PLANNING BOARD HEARING',
          '',
          'CHAIR: The floor is open. State your name and address.',
          '',
          'SPEAKER: Good evening. My name is Paul Grant, 9 Mill Lane. Will the road be widened?',
          '',
          'CHAIR: Not this year.',
          '',
          'SPEAKER: Hello, Rosa Diaz, 14 Oak Street. I support the plan.',
          '',
        ].join('\n'),
        'talk.md': ['---', 'title: Talk', 'date: 2024-01-01', 'speakers: [Mina Castellano]', '---', '', '**Chair:** Questions?', '', '**Question 1:** Why now?', '', '**Professor Castellano:** Because the data finally exists.', '', '**Chair:** One more?', '', '**Question 2:** Who paid for it?', '', '**Professor Castellano:** A public grant, renewed twice.', ''].join('\n'),
      }),
    );
    expect(find(c, 'debate', 'We cut taxes')).toMatchObject({ speaker: 'Mark Hale' });
    expect(find(c, 'hearing', 'road be widened')).toMatchObject({ asker: 'Paul Grant' });
    expect(find(c, 'hearing', 'I support the plan')).toMatchObject({ speaker: 'Rosa Diaz' });
    expect(find(c, 'talk', 'data finally exists')).toMatchObject({ speaker: 'Mina Castellano' });
  });
});
