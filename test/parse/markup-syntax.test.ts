/**
 * Text markup read as content (mark14): Org, LaTeX, AsciiDoc and reST documents' syntax lines
 * (keywords, commands, attributes, directives, heading rules) are markup or metadata, their
 * headings head sections, and their header gives the title, author and date. The reviewer's
 * files (test/fixtures/formats) and a small text of our own in other words per language.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { markupLanguage } from '../../src/parse/markup.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const FORMATS = join(FIXTURES, 'formats');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const meta = (c: Corpus, doc: string) => c.documents.find((d) => d.id === doc)!.meta;
/** every record's searchable words, one string per record */
const words = (c: Corpus, doc: string) => recs(c, doc).map((r) => [r.text, r.question ?? '', r.context ?? ''].join(' '));
const sections = (c: Corpus, doc: string) => [...new Set(recs(c, doc).map((r) => r.section))];

describe('LaTeX', () => {
  it('reads the title, author and sections of the reviewer’s paper; no command is a claim', () => {
    const c = fixtureCorpus(FORMATS);
    const doc = 'paper-draft-cz-governance';
    expect(meta(c, doc).title).toBe('Founder Control in Crypto Exchanges: The Case of Binance');
    expect(meta(c, doc).author).toBe('R. Lindqvist, P. Osei');
    expect(meta(c, doc).year).toBe(2024);
    expect(words(c, doc).filter((t) => /\\(?:end|begin)\{document\}|\\maketitle|^% |\\section|\\title/.test(t))).toEqual([]);
    expect(sections(c, doc)).toEqual(['Introduction', 'Founder statements', 'After the settlement']);
  });
  it('reads the shape in other words', () => {
    const dir = tempCorpus({
      'notes.tex': ['\\documentclass[11pt]{report}', '\\usepackage{hyperref}', '\\title{Harbour Cranes of Rotterdam}', '\\author{Mina Olsen}', '\\date{2021-05-04}', '\\begin{document}', '\\maketitle', '', '\\section*{Cranes}', 'The port bought four new cranes in 2019.', '', '% FIXME: check the tonnage', '\\end{document}', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    expect([meta(c, 'notes').title, meta(c, 'notes').author, meta(c, 'notes').date]).toEqual(['Harbour Cranes of Rotterdam', 'Mina Olsen', '2021-05-04']);
    expect(recs(c, 'notes').map((r) => [r.text, r.section])).toEqual([['The port bought four new cranes in 2019.', 'Cranes']]);
  });
});

describe('AsciiDoc', () => {
  it('reads the title, author line, revision date and sections of the reviewer’s profile; attributes are no claims', () => {
    const c = fixtureCorpus(FORMATS);
    const doc = 'heyi-profile-draft';
    expect([meta(c, doc).title, meta(c, doc).author, meta(c, doc).date]).toEqual(['Profile: Yi He, Binance co-founder', 'Jae-won Choi', '2024-02-10']);
    expect(words(c, doc).filter((t) => /^:\w+:|jchoi@|v0\.3|^= /.test(t))).toEqual([]);
    expect(sections(c, doc)).toEqual(['Early life', 'Binance', 'Quotes to verify']);
  });
  it('reads the shape in other words', () => {
    const dir = tempCorpus({
      'ferry.adoc': ['= The Night Ferry', ':author: Tomas Berg', ':revdate: 2020-09-12', ':toc:', '', '== Crossing', '', 'The ferry left Kiel at ten in the evening.', '', '[source,shell]', '----', 'echo ferry', '----', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    expect([meta(c, 'ferry').title, meta(c, 'ferry').author, meta(c, 'ferry').date]).toEqual(['The Night Ferry', 'Tomas Berg', '2020-09-12']);
    expect(recs(c, 'ferry').map((r) => r.section)).toContain('Crossing');
    expect(words(c, 'ferry').filter((t) => /^:\w+:|----|\[source/.test(t))).toEqual([]);
  });
});

describe('Org', () => {
  it('reads the keywords of the reviewer’s notes as title, author and date; headings are sections', () => {
    const c = fixtureCorpus(FORMATS);
    const doc = 'interview-notes-heyi-2023';
    expect([meta(c, doc).title, meta(c, doc).author, meta(c, doc).date]).toEqual(['Interview notes: He Yi, Binance Blockchain Week Istanbul', 'Selin Aydın', '2023-11-15']);
    expect(words(c, doc).filter((t) => /#\+|^\* |^\*\* /.test(t))).toEqual([]);
    expect(sections(c, doc)).toEqual(expect.arrayContaining(['Context', 'On Turkey', 'On CZ', 'Follow-ups']));
  });
  it('reads the shape in other words', () => {
    const dir = tempCorpus({
      'garden.org': ['#+TITLE: Allotment diary', '#+AUTHOR: Ruth Kemp', '#+DATE: [2022-06-01 Wed]', '#+OPTIONS: toc:nil', '', '* Beans', 'The beans came up after nine days.', '', '#+BEGIN_SRC python', 'print(1)', '#+END_SRC', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    expect([meta(c, 'garden').title, meta(c, 'garden').author, meta(c, 'garden').date]).toEqual(['Allotment diary', 'Ruth Kemp', '2022-06-01']);
    expect(recs(c, 'garden').find((r) => r.text.includes('beans came up'))?.section).toBe('Beans');
    expect(words(c, 'garden').filter((t) => /#\+/.test(t))).toEqual([]);
  });
});

describe('reStructuredText', () => {
  it('reads the reviewer’s write-up: title, field list, heading rules and directives are no claims', () => {
    const c = fixtureCorpus(FORMATS);
    const doc = 'cz-keynote-writeup';
    expect([meta(c, doc).title, meta(c, doc).author, meta(c, doc).date]).toEqual(['CZ at Binance Blockchain Week Paris 2022', 'Internal comms', '2022-02-17']);
    expect(words(c, doc).filter((t) => /^:\w+:|^\.\. |={3,}|-{3,}/.test(t))).toEqual([]);
    expect(recs(c, doc).find((r) => r.text.includes('20-minute talk'))?.section).toBe('Summary');
  });
  it('reads the shape in other words', () => {
    const dir = tempCorpus({
      'mill.rst': ['Old Mill Survey', '===============', '', ':Author: Lena Fisk', ':Date: 2019-03-08', '', '.. _intro:', '', 'Findings', '--------', '', 'The wheel still turns in spring floods.', '', '.. note::', '', '   Measured by hand.', ''].join('\n'),
    });
    const c = loadCorpus(dir);
    expect([meta(c, 'mill').title, meta(c, 'mill').author, meta(c, 'mill').date]).toEqual(['Old Mill Survey', 'Lena Fisk', '2019-03-08']);
    expect(recs(c, 'mill').find((r) => r.text.includes('wheel still turns'))?.section).toBe('Findings');
    expect(words(c, 'mill').filter((t) => /^:\w+:|^\.\. |-{3,}/.test(t))).toEqual([]);
  });
});

describe('the gate', () => {
  it('leaves documents in no markup language alone', () => {
    expect(markupLanguage(['Title', '=====', '', 'A Markdown page with a setext heading.'])).toBeNull();
    expect(markupLanguage(['= Equals sign first', '', 'Just text.'])).toBeNull();
    expect(markupLanguage(['# Markdown heading', '', 'Text with \\documentclass later would not count.'])).toBeNull();
    expect(markupLanguage(['Plain note', '', 'Body.'])).toBeNull();
  });
});
