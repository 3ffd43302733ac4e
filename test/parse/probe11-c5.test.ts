/**
 * Text reviewer probe11 found in no record in its "long-form media" folder (c5), copied into
 * test/fixtures/probe11/c5, and beside each a small text of our own in other words, so each test
 * proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe11', 'c5');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const docOf = (c: Corpus, id: string) => c.documents.find((d) => d.id === id)!;

describe('a "TRANSCRIPT: title" field names the document (probe11 finding 32)', () => {
  it('reads the press conference: the first line is the title, the participants list is not', () => {
    const c = fixtureCorpus(DIR);
    const doc = 'press-conference-transcript-binance-paris-2022-05-04';
    expect(docOf(c, doc).meta.title).toBe('Binance press conference, Paris — registration with the AMF');
    // the participant line that was taken for the title is the roster's (fix31): no claim, its
    // words the speaker's role and the document's nearby words, so search finds them
    expect(recs(c, doc).some((r) => r.role === 'Chief Executive Officer, Binance')).toBe(true);
    expect(docOf(c, doc).nearby?.some(([line, text]) => line === 5 && text.includes('Chief Executive Officer'))).toBe(true);
  });

  it('holds for another transcript in other words; a "Transcript: Rev.com" credit names no document', () => {
    const body = 'NANA OSEI: Welcome, everyone. The ferry starts on Monday.\n\nQ (Harbour Times): Will fares rise this year?\n\nNANA OSEI: No, fares stay where they are.\n';
    const c = loadCorpus(
      tempCorpus({
        'a.txt': `TRANSCRIPT: Harbour board briefing on the new ferry\n12 June 2023, Quay Hall\n\n${body}`,
        'b.txt': `Transcript: Rev.com\n\n${body}`,
      }),
    );
    expect(docOf(c, 'a').meta.title).toBe('Harbour board briefing on the new ferry');
    expect(docOf(c, 'b').meta.title).not.toBe('Rev.com');
  });
});

describe('a split quotation keeps its short first part (probe11 finding 34)', () => {
  it('reads the novel: "Papa," she said, "what if…" is one quote holding "Papa"', () => {
    const c = fixtureCorpus(DIR);
    const q = recs(c, 'the-lighthouse-keepers-daughter-excerpt').find((r) => r.type === 'quote' && r.text.includes('supply boat'));
    expect(q?.text).toMatch(/^Papa\b/);
    expect(q?.line).toBe(15);
  });

  it('holds for other words, a one-word part with its comma inside or after the marks', () => {
    const c = loadCorpus(
      tempCorpus({
        'story.txt': 'The kitchen was cold.\n\n“Mum,” he asked, “where did you put the lantern keys?”\n\n"Honestly", she replied, "they are on the hook by the door."\n',
      }),
    );
    const quotes = recs(c, 'story').filter((r) => r.type === 'quote').map((r) => r.text);
    expect(quotes.some((t) => /^Mum\b.*lantern keys/.test(t))).toBe(true);
    expect(quotes.some((t) => /^Honestly\b.*hook by the door/.test(t))).toBe(true);
  });
});

describe('a podcast\'s timed chapter marker is a section, not a speaker (probe11 finding 29)', () => {
  it('reads the episode: no "Chapter N" speaks, the host\'s intro pairs with no chapter title', () => {
    const c = fixtureCorpus(DIR);
    const rs = recs(c, 'binance-podcast-ep47-transcript');
    expect(rs.some((r) => /^Chapter \d/.test(r.speaker ?? ''))).toBe(false);
    expect(docOf(c, 'binance-podcast-ep47-transcript').meta.speakers).toEqual(['Marcus Webb', 'He Yi']);
    const ftx = rs.find((r) => r.type === 'qa' && r.question?.includes('What was that week like'));
    expect(ftx?.speaker).toBe('He Yi');
    expect(ftx?.section).toContain('The FTX collapse');
  });

  it('holds in other words: "[00:10:05] Part 2: Money" heads the turns below it', () => {
    const c = loadCorpus(
      tempCorpus({
        'show.txt':
          '[00:00:00] Part 1: Hello\n\nAna Ruiz: Welcome to the show, Tom.\n\nTom Hale: Glad to be here.\n\n[00:10:05] Part 2: Money\n\nAna Ruiz: How did you pay the first staff?\n\nTom Hale: From my own savings, for a year.\n',
      }),
    );
    const rs = recs(c, 'show');
    expect(rs.some((r) => /^Part \d/.test(r.speaker ?? ''))).toBe(false);
    const qa = rs.find((r) => r.type === 'qa' && r.question?.includes('first staff'));
    expect(qa?.speaker).toBe('Tom Hale');
    expect(qa?.section).toContain('Money');
  });
});


describe('an "as told to" essay is its subject\'s words (probe11 finding 30)', () => {
  it('reads the essay: the first person is He Yi\'s, the italic notes the publisher\'s', () => {
    const c = fixtureCorpus(DIR);
    const rs = recs(c, 'i-built-binance-customer-service-as-told-to');
    expect(rs.find((r) => r.text.startsWith('My mother still asks'))?.speaker).toBe('He Yi');
    expect(rs.find((r) => r.text.startsWith('When we launched Binance'))?.speaker).toBe('He Yi');
    expect(rs.find((r) => r.text.includes('senior writer at Fortune'))?.speaker).not.toBe('He Yi');
  });

  it('holds in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'essay.md':
          '---\ntitle: "I Ran the Night Ferry for Thirty Years"\npublisher: Harbour Weekly\n---\n\n_Tomas Varga was the night ferry captain at Kelso until 2022._\n\nAs told to Ines Moreau\n\nI started on the boats when I was seventeen. My father thought it was a phase.\n\nThe worst night was in 1998, when the engine failed halfway across.\n',
      }),
    );
    const rs = recs(c, 'essay');
    expect(rs.find((r) => r.text.startsWith('I started on the boats'))?.speaker).toBe('Tomas Varga');
    expect(rs.find((r) => r.text.startsWith('The worst night'))?.speaker).toBe('Tomas Varga');
  });
});
