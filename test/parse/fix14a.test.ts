/**
 * Leftovers of reviewers probe9 and probe10 (fix14a, news and markup): a block quotation's
 * signature line, pandoc's attribute residue in Markdown converted from a .docx, bylines with
 * their cities and closing credit lines, a quotation after a possessive ("His line "…""), and a
 * subjectless "Says:" on a person's timeline. Each reviewer document is read from its copy in
 * test/fixtures/probe9 or probe10; beside each, a small text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

describe('a block quotation signed "-- Name" under it (probe9 finding 29)', () => {
  it('signs the quote above and heads no section', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe9', 'c4'));
    const doc = 'cz-keynote-writeup.rst';
    expect(find(c, doc, 'We chose France')).toMatchObject({ type: 'quote', speaker: 'CZ', section: 'Key quotes' });
    // the quote under "He also said:" stays in the section the signature was taken to open
    expect(find(c, doc, 'not the enemy')).toMatchObject({ type: 'quote', speaker: 'CZ', section: 'Key quotes' });
    expect(recs(c, doc).some((r) => r.section?.includes('--'))).toBe(false);
    // the Q&A below still goes to the person the write-up introduces
    expect(recs(c, doc).filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['CZ', 'CZ']);
  });

  it('reads the same shape in other words, in reST and in a Markdown interview, the year from the signature', () => {
    const rst = [
      '===========================',
      'Ines Duarte at the port fair',
      '===========================',
      '',
      ':Author: Harbour desk',
      ':Date: 2023-06-02',
      '',
      'Morning',
      '=======',
      '',
      'Ines Duarte spoke for the pilots.',
      '',
      'Sayings',
      '-------',
      '',
      '    A harbour is only as deep as its last dredging.',
      '',
      '    — Ines Duarte, Port Fair, 2021',
      '',
      'Duarte later added:',
      '',
      '    We dredge in winter, when the ships are few.',
      '',
      'Questions',
      '---------',
      '',
      '**Q:** When is the next dredging?',
      '',
      '**A:** In November, if the board pays.',
      '',
    ].join('\n');
    const md = [
      '# Visit to the Lagos office',
      '',
      'Omar Haddad runs the office. We met in March.',
      '',
      '## Quotes',
      '',
      '    Growth is a side effect of trust.',
      '',
      '    -- Omar Haddad',
      '',
      'More notes from the visit follow.',
      '',
      'Q: How many staff do you have?',
      '',
      'A: About forty, most of them engineers.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'fair.rst.txt': rst, 'visit.md': md }));
    expect(find(c, 'fair.rst', 'only as deep')).toMatchObject({ type: 'quote', speaker: 'Ines Duarte', year: 2021 });
    expect(find(c, 'fair.rst', 'We dredge in winter')).toMatchObject({ type: 'quote', speaker: 'Ines Duarte', section: 'Sayings' });
    expect(find(c, 'visit', 'Growth is a side effect')).toMatchObject({ type: 'quote', speaker: 'Omar Haddad', section: 'Quotes' });
    expect(find(c, 'visit', 'More notes')?.section).toBe('Quotes');
    expect(find(c, 'visit', 'About forty')?.section).toBe('Quotes');
    expect(c.records.some((r) => r.section?.startsWith('—') || r.section?.startsWith('--'))).toBe(false);
  });
});

describe('a "-- Name" line elsewhere never heads a section', () => {
  it('signs a one-line paragraph inside a text, and a signed indented block inside a transcript', () => {
    const report = ['Field report', '', 'The fair opened on Monday with a full hall.', '', 'Payments should be boring, and boring is hard.', '', '-- Ana Ruiz', '', 'The rest of the day covered hiring.', ''].join('\n');
    const panel = [
      'Panel notes',
      '',
      'HOST: Welcome to the panel. What did you tell the bankers?',
      '',
      'ANA: I told them what I tell everyone, and I said it again on stage.',
      '',
      '    Payments should be boring.',
      '',
      '    — Ana Ruiz, Lisbon, 2021',
      '',
      'HOST: Tell us more.',
      '',
      'ANA: We ship slowly on purpose.',
      '',
    ].join('\n');
    // a sign-off at the foot of a page keeps its paragraph the page's
    const letter = ['A note to readers', '', 'We are moving the newsletter to Fridays.', '', 'Thanks for reading it every week.', '', '— Ana Ruiz', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'report.txt': report, 'panel.txt': panel, 'letter.txt': letter }));
    expect(find(c, 'report', 'Payments should be boring')).toMatchObject({ type: 'quote', speaker: 'Ana Ruiz' });
    expect(find(c, 'report', 'covered hiring')?.section).toBeNull();
    expect(find(c, 'panel', 'Payments should be boring')).toMatchObject({ type: 'quote', speaker: 'Ana Ruiz', year: 2021 });
    expect(find(c, 'panel', 'I told them')?.text).not.toContain('Payments');
    expect(find(c, 'panel', 'We ship slowly')?.section).toBeNull();
    expect(find(c, 'letter', 'Thanks for reading')?.type).toBe('claim');
    expect(c.records.some((r) => /^(?:--|—)/.test(r.section ?? ''))).toBe(false);
  });
});

describe("pandoc's residue in Markdown converted from a .docx (probe9 finding 34)", () => {
  it('reads spans, heading attributes and fenced divs as markup, their words kept', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe9', 'c4'));
    const doc = 'heyi-speech-transcript-docx-pandoc';
    expect(find(c, doc, 'Transcript prepared')?.text).toBe('Transcript prepared by the events team. Edited for length.');
    expect(find(c, doc, '40% of our staff')?.text).toContain('Today at Binance about 40% of our staff are women, and');
    expect(recs(c, doc).some((r) => /\{[#.]|unnumbered/.test(r.text))).toBe(false);
  });

  it('reads the same shapes in other words', () => {
    const md = [
      '# Board offsite notes {#offsite .unnumbered}',
      '',
      'Priya Shah opened the session. The team grew [by a third]{.underline} in 2022.',
      '',
      '::: {.callout-note}',
      'Budget figures are provisional until the audit closes.',
      ':::',
      '',
      '## Hiring plan {#hiring}',
      '',
      '::: warning',
      'Do not circulate outside the board.',
      ':::',
      '',
      'The plan is [ambitious but funded]{.mark custom-style="Highlight"}. A set {like this} stays.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'offsite.md': md }));
    expect(c.documents[0]!.meta.title).toBe('Board offsite notes');
    expect(find(c, 'offsite', 'grew')?.text).toBe('The team grew by a third in 2022.');
    expect(find(c, 'offsite', 'Do not circulate')?.section).toBe('Hiring plan');
    expect(find(c, 'offsite', 'Budget figures')?.section).toBeNull();
    expect(find(c, 'offsite', 'ambitious')?.text).toBe('The plan is ambitious but funded.');
    expect(find(c, 'offsite', 'A set')?.text).toBe('A set {like this} stays.');
    expect(c.records.some((r) => /:::|\{[#.]/.test(r.text) || /:::|\{[#.]/.test(r.section ?? ''))).toBe(false);
  });
});

describe('bylines with the city each writer files from, and closing credit lines (news)', () => {
  const ft = [
    'Exchange weighs return to Japan',
    '',
    'By Kana Inagaki in Tokyo and Nikou Asgari in London',
    '',
    'March 3, 2024',
    '',
    'The exchange is preparing to relaunch in Japan, according to two people familiar with the plans.',
    '',
    '"We are ready to work with regulators," said Richard Teng, the chief executive.',
    '',
    'Additional reporting by Philip Stafford in London',
    '',
  ].join('\n');
  const wire = [
    'Lender cuts a fifth of its staff',
    '',
    'By Elizabeth Howcroft and Tom Wilson',
    '',
    'LONDON, June 5 (Reuters) - A crypto lender said on Monday it would cut a fifth of its staff.',
    '',
    'Reporting by Elizabeth Howcroft; additional reporting by Tom Wilson in Paris; Editing by Mark Potter',
    '',
  ].join('\n');
  const plain = [
    'Exchange opens a Paris office',
    '',
    'Marie Dubois in Paris',
    '',
    'The exchange opened an office in Paris on Tuesday.',
    '',
    '"France is our European hub," said Omar Haddad, its regional head.',
    '',
    'Further reporting by Jean Martin.',
    '',
  ].join('\n');

  it('gives the authors, no claim, and reads the closing credits as metadata', () => {
    const c = loadCorpus(tempCorpus({ 'ft.txt': ft, 'wire.txt': wire, 'plain.txt': plain }));
    const meta = (id: string) => c.documents.find((d) => d.id === id)!.meta;
    expect(meta('ft').author).toBe('Kana Inagaki and Nikou Asgari');
    expect(meta('wire').author).toBe('Elizabeth Howcroft and Tom Wilson');
    expect(meta('plain').author).toBe('Marie Dubois');
    expect(c.records.some((r) => /Inagaki|reporting by|Reporting by|Editing by/.test(r.text))).toBe(false);
    // the line under the headline heads no section
    expect(find(c, 'plain', 'opened an office')).toMatchObject({ section: null, speaker: 'Marie Dubois' });
    expect(c.records.some((r) => r.section?.includes('Dubois'))).toBe(false);
  });

  it('keeps a sentence that opens the same way as content', () => {
    const doc = ['Notes', '', 'Reporting by the Times showed the firm knew in 2021.', '', 'Kana Inagaki in Tokyo said the plan was old.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'n.txt': doc }));
    expect(find(c, 'n', 'Reporting by the Times')?.type).toBe('claim');
    expect(find(c, 'n', 'said the plan was old')).toBeDefined();
    expect(c.documents[0]!.meta.author).toBeNull();
  });
});

describe('a quotation owned by a possessive: "His line "…"" (probe10 finding 26)', () => {
  it("gives the keynote's line to the person the pronoun stands for", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe10', 'c5'));
    expect(find(c, 'fieldnotes_dubai_token2049_2024', 'competitive advantage')).toMatchObject({ type: 'quote', speaker: 'Richard Teng' });
  });

  it('reads the shape in other words: "Her line", "His words:", "NAME\'s reply:", "NAME\'s answer"', () => {
    const md = [
      '# Conference diary',
      '',
      'Lena Ortiz gave the opening talk to a full hall. Her line "payments should be boring" drew a laugh from the back rows.',
      '',
      'Omar Haddad then took questions on licensing. His words: "We will apply in every market that writes rules."',
      '',
      'A regulator pressed him on timing. Haddad\'s reply: "Before the end of the year, if the rules are final."',
      '',
      'Lena Ortiz\'s answer "we never hold customer funds" closed the panel. Her book "The Long Road" sold well.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'diary.md': md }));
    expect(find(c, 'diary', 'payments should be boring')).toMatchObject({ type: 'quote', speaker: 'Lena Ortiz' });
    expect(find(c, 'diary', 'every market')).toMatchObject({ type: 'quote', speaker: 'Omar Haddad' });
    expect(find(c, 'diary', 'end of the year')).toMatchObject({ type: 'quote', speaker: 'Omar Haddad' });
    expect(find(c, 'diary', 'customer funds')).toMatchObject({ type: 'quote', speaker: 'Lena Ortiz' });
    // a title in quote marks after "Her book" is nobody's saying
    expect(c.records.some((r) => r.type === 'quote' && r.text === 'The Long Road')).toBe(false);
  });
});

describe('a subjectless "Said:" on a person\'s timeline (probe10 finding 33)', () => {
  it('gives it to the person the title names', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe10', 'c6'));
    expect(find(c, 'CZ_timeline', 'I made mistakes')).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('reads the shape for a person no speakers file knows', () => {
    const md = [
      '# Ana Ruiz (AR) — timeline',
      '',
      '- **2009** — joins a bank in Madrid.',
      '- **March 2021** — leaves the company. Said: "It was time for someone else to run it."',
      '- **2022** — joins a venture fund. Says: "I invest in boring companies."',
      '',
    ].join('\n');
    const other = ['# Harbour board — timeline', '', '- **2021** — dredging stops. Said: "We have no money."', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'ana.md': md, 'board.md': other }));
    expect(find(c, 'ana', 'someone else to run it')).toMatchObject({ type: 'quote', speaker: 'Ana Ruiz' });
    expect(find(c, 'ana', 'boring companies')).toMatchObject({ type: 'quote', speaker: 'Ana Ruiz' });
    expect(find(c, 'board', 'no money')?.speaker ?? null).not.toBe('Harbour board');
  });
});
