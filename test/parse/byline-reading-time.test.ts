/**
 * A blog post's credit line with the page's reading time after it: "Posted on 3 May 2024 by Ama
 * Owusu · 6 min read". The reading time hid the byline, so the post's first-person claims were
 * nobody's. The time is the page's, no part of the credit.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a byline's reading time", () => {
  it("leaves the writer the unseen blog post's claims", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['why-we-left-the-accelerator.txt']);
    const doc = c.documents.find((d) => d.id === 'why-we-left-the-accelerator')!;
    expect(doc.meta.author).toBe('Ama Owusu');
    const records = c.records.filter((r) => r.doc === 'why-we-left-the-accelerator');
    expect(records.find((r) => r.text.startsWith('I want to explain why'))?.speaker).toBe('Ama Owusu');
    expect(records.find((r) => r.text.startsWith('Kofi said afterwards'))?.speaker).toBe('Kofi');
    // the comments under the post stay their writers'
    expect(records.find((r) => r.text.startsWith('This is brave'))?.speaker).toBe('Daniel Mensah');
  });

  it('in other words: "Written by NAME on DATE • N minute read" over a first-person essay', () => {
    const c = loadCorpus(tempCorpus({
      'essay.txt': ['What the flood taught our bakery', '', 'Written by Tomasz Wierzba on 2 June 2023 • 4 minute read', '', 'I opened the bakery in 2016. In March 2023 the river came through the front door.', ''].join('\n'),
    }));
    expect(c.documents[0]!.meta.author).toBe('Tomasz Wierzba');
    expect(c.records.find((r) => r.text.startsWith('I opened the bakery'))?.speaker).toBe('Tomasz Wierzba');
  });
});
