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
