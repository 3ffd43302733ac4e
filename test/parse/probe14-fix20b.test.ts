/**
 * Misreads reviewer probe14 found in its folders c3 (more languages), c4 (reviews) and c5
 * (long-form), copied into test/fixtures/probe14/<folder>, and beside each a small text of our own
 * in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const P14 = join(FIXTURES, 'probe14');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('a card header run into its body is no page header (probe14 finding 23)', () => {
  it("keeps the first review's author, rating and title (test/fixtures/probe14/c4)", () => {
    const c = fixtureCorpus(join(P14, 'c4'));
    const doc = 'trustpilot-binance-reviews-page3';
    for (const words of ['Mark Jensen', 'DK · 3 reviews', 'Rated 1 out of 5 stars', 'Account frozen for 6 weeks']) expect(find(c, doc, words), words).toBeDefined();
  });

  it('does so in another wording; a two-line byline above the first paragraph stays metadata', () => {
    const c = loadCorpus(
      tempCorpus({
        'cards.txt': ['Harbour Bakery', 'Reviews 212', '', 'Scores', '5 stars 80%', '1 star 5%', '', 'Olga Brandt', 'SE · 9 reviews', 'Rated 2 out of 5', 'Stale croissants twice', 'The croissants were stale on both of my visits and nobody at the counter seemed to care.', ''].join('\n'),
        'news.txt': ['Harbour Bakery wins award', '', 'By Lena Holm', 'March 3, 2026', 'The bakery on the quay won the regional award for its rye bread on Monday evening.', ''].join('\n'),
      }),
    );
    expect(find(c, 'cards', 'Olga Brandt')).toBeDefined();
    expect(find(c, 'cards', 'Stale croissants twice')).toBeDefined();
    expect(find(c, 'news', 'Lena Holm')).toBeUndefined();
  });
});

describe('speech verbs of Romanian and Swahili, a role before the name (probe14 findings 14, 15)', () => {
  it('reads „…", a declarat NAME / „…", a spus acesta and "…," alisema NAME / alisema ROLE, NAME', () => {
    const c = fixtureCorpus(join(P14, 'c3'));
    expect(find(c, 'ro-stire-binance-romania-2026', 'România are unul')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    expect(find(c, 'ro-stire-binance-romania-2026', 'Este un semnal bun')).toMatchObject({ type: 'quote', speaker: 'Mihai Ionescu' });
    expect(find(c, 'sw-habari-binance-kenya-2026', 'Afrika ni soko')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    expect(find(c, 'sw-habari-binance-kenya-2026', 'Sarafu za kidijitali')).toMatchObject({ type: 'quote', speaker: 'Peter Kamau' });
  });

  it('does so in other words, „…” closed by its high mark too', () => {
    const c = loadCorpus(
      tempCorpus({
        'ro.txt': ['Știri', '', 'Primarul orașului, Andrei Stan, a vizitat portul. „Vom construi un dig nou”, a spus acesta.', '', '„Portul are nevoie de bani”, a declarat Ioana Marin, directoarea portului.', ''].join('\n'),
        'sw.txt': ['Habari', '', 'Mvua kubwa ilinyesha jijini jana usiku.', '', '"Barabara nyingi zimefungwa kwa sasa," alisema afisa wa polisi wa jiji, John Otieno.', ''].join('\n'),
      }),
    );
    expect(find(c, 'ro', 'Vom construi')).toMatchObject({ type: 'quote', speaker: 'Andrei Stan' });
    expect(find(c, 'ro', 'Portul are nevoie')).toMatchObject({ type: 'quote', speaker: 'Ioana Marin' });
    expect(find(c, 'sw', 'Barabara nyingi')).toMatchObject({ type: 'quote', speaker: 'John Otieno' });
  });
});

describe('an unlabelled interview in Czech, a declined name in a Hungarian title (probe14 findings 16, 17)', () => {
  it('pairs the Czech question paragraphs with their answers, asked by the bar line\'s author', () => {
    const c = fixtureCorpus(join(P14, 'c3'));
    const qa = recs(c, 'cs-rozhovor-petra-novakova-2026').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Petra Nováková', asker: 'Jan Dvořák' });
    expect(qa[0]!.years).toContain(2024);
  });

  it('reads the Hungarian dash interview as with Kovács Gábor, asked by the Szerző: author', () => {
    const c = fixtureCorpus(join(P14, 'c3'));
    const qa = recs(c, 'hu-interju-kovacs-2026').filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Kovács Gábor', asker: 'Tóth Eszter' });
  });

  it('does both in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'hu2.txt': ['Beszélgetés Szabó Annával az állatmenhelyről', '', 'Szerző: Varga Péter', '', 'Szabó Anna tíz éve vezeti a hegyi állatmenhelyet a falu szélén.', '', '– Hány állat van most önöknél?', '', '– Negyven kutya és tizenkét macska.', '', '– Ki segít önöknek?', '', '– Önkéntesek az egész megyéből.', ''].join('\n'),
        'sk.txt': ['„Hory sú môj život," hovorí Marek Horváth z Popradu', '', 'Rozhovor | 2. marca 2026 | Autor: Eva Kráľová', '', 'Marek Horváth pracuje ako horský záchranár už pätnásť rokov v Tatrách.', '', 'Koľko akcií ste mali minulú zimu?', '', 'Viac ako dvesto. Bola to ťažká zima.', '', 'Čo vás najviac prekvapilo?', '', 'Počet turistov bez výstroja.', '', 'Ako sa pripravujete na leto?', '', 'Trénujeme každý týždeň.', ''].join('\n'),
      }),
    );
    const hu = recs(c, 'hu2').filter((r) => r.type === 'qa');
    expect(hu).toHaveLength(2);
    for (const r of hu) expect(r).toMatchObject({ speaker: 'Szabó Anna', asker: 'Varga Péter' });
    const sk = recs(c, 'sk').filter((r) => r.type === 'qa');
    expect(sk).toHaveLength(3);
    for (const r of sk) expect(r).toMatchObject({ speaker: 'Marek Horváth', asker: 'Eva Kráľová' });
  });
});

describe('endnote digits end their sentence (probe14 findings 28, 29)', () => {
  it("keeps the quotation after a closing mark's note number as a record of its own, by the woman the text names", () => {
    const c = fixtureCorpus(join(P14, 'c5'));
    const doc = 'biography-ch7-the-exchange';
    expect(find(c, doc, 'like running a marathon')).toMatchObject({ type: 'quote', speaker: 'He Yi' });
    expect(find(c, doc, 'He had sold his apartment')!.text).not.toContain('companies');
  });

  it('does so in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'bio.txt': ['Chapter 2', '', 'Maria Lund opened the shop in 1998 with two tables.4 Her brother kept the books for the first decade.5', '', 'A neighbour described her as "the hardest worker on the street."6 She later said the shop was "a second home for the whole town."7', ''].join('\n'),
      }),
    );
    expect(find(c, 'bio', 'Her brother kept')!.text).not.toContain('tables');
    expect(find(c, 'bio', 'a second home')).toMatchObject({ type: 'quote', speaker: 'Maria Lund' });
  });
});

describe("an intro paragraph whose only \"I\" is inside a quotation is no guest's saying (probe14 finding 25)", () => {
  it("keeps the Playboy-style intro as the narrator's, the reporter's quotation hers (test/fixtures/probe14/c5)", () => {
    const c = fixtureCorpus(join(P14, 'c5'));
    const doc = 'playboy-style-interview-cz-2026';
    expect(find(c, doc, 'Contributing editor Laura Mitchell met Zhao')).toMatchObject({ type: 'claim', speaker: null });
    expect(find(c, doc, 'He was relaxed')).toMatchObject({ type: 'quote', speaker: 'Laura Mitchell' });
  });

  it('does so in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'iv.txt': ['THE INTERVIEW: ROSA IMBERT', '', 'Staff writer Tom Hale spent a week with Imbert in Lyon. He writes: "When I asked about the election, she laughed for a minute."', '', 'HALE: Why run again?', '', 'IMBERT: Because the work is not finished.', ''].join('\n'),
      }),
    );
    expect(find(c, 'iv', 'Staff writer Tom Hale')).toMatchObject({ type: 'claim' });
    expect(find(c, 'iv', 'When I asked about the election')).toMatchObject({ type: 'quote', speaker: 'Tom Hale' });
  });
});

describe('section labels are no people (probe14 findings 22, 27)', () => {
  it('pairs each reviewer comment with the response, asked by the reviewer heading, answered by the signer (test/fixtures/probe14/c5)', () => {
    const c = fixtureCorpus(join(P14, 'c5'));
    const qa = recs(c, 'response-to-reviewers-manuscript-FIN-2026-0412').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Reviewer 1', 'Ana Ferreira'],
      ['Reviewer 1', 'Ana Ferreira'],
      ['Reviewer 2', 'Ana Ferreira'],
      ['Reviewer 2', 'Ana Ferreira'],
    ]);
    expect(qa[0]!.years).toEqual(expect.arrayContaining([2019, 2023]));
  });

  it('names no speaker "Question 1" or "Our response" in a consultation summary (test/fixtures/probe14/c4)', () => {
    const c = fixtureCorpus(join(P14, 'c4'));
    const doc = recs(c, 'fca-consultation-responses-cp26-4');
    for (const r of doc) {
      expect(r.speaker ?? '').not.toMatch(/^(?:Question \d|Our response)$/);
      expect(r.asker ?? '').not.toMatch(/^Question \d$/);
    }
  });

  it('does so in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'reply.txt': ['Reply to the referees', '', 'Dear Editor,', '', 'We thank the referees for their comments and respond to each one below in the order given.', '', 'Referee 1', '', 'Comment 1.1: The model ignores seasonal effects.', '', "Authors' reply: We now add monthly dummies to every regression.", '', 'Comment 1.2: Why stop the sample in 2022?', '', "Authors' reply: Later data were not yet released when we started.", '', 'Kind regards,', 'Tomas Berg', ''].join('\n'),
      }),
    );
    const qa = recs(c, 'reply').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['Referee 1', 'Tomas Berg'],
      ['Referee 1', 'Tomas Berg'],
    ]);
  });
});
