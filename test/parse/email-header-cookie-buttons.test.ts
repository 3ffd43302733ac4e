/**
 * An email pasted with its header block (a forward's rule above it or not): the block is the
 * message's metadata, its sender the author, its subject the title; no header line is anyone's
 * claim, nor is its confidentiality footer. And a cookie banner's three buttons ("Accept all   Decline   Manage preferences") are the
 * site's furniture, so the headline under the banner titles the page.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, runCli, tempCorpus } from '../helpers.js';

describe("an email's header block", () => {
  it('fixture: a forwarded message pasted from its rule down', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['fwd-mill-qa-answers-2024.txt']);
    const meta = c.documents[0]!.meta;
    expect([meta.title, meta.author, meta.date]).toEqual(['Q&A answers for the newsletter', 'Joanna Pike', '2024-09-03']);
    expect(c.records.filter((r) => /Forwarded|From:|Subject:|To:|Date:/.test(r.text))).toEqual([]);
    expect(c.records.find((r) => r.text.startsWith('Because nobody else would'))?.speaker).toBe('Joanna Pike');
  });

  it('in other words: Outlook field order, and the header words still found by search', async () => {
    const dir = tempCorpus({
      'reply.txt': [
        'From: Omar Haddad <omar@quarrymill.co>',
        'Sent: Friday, 7 March 2025 16:02',
        'To: Press Office <press@quarrymill.co>',
        'Subject: RE: statement on the Ashby site',
        '',
        'Hello all,',
        '',
        'We will reopen the Ashby site on 1 April once the new conveyor is signed off by the inspector.',
        '',
        'Omar',
        '',
        'This message is confidential and may be privileged. If you have received it in error, please notify the sender and delete it.',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.documents[0]!.meta.author).toBe('Omar Haddad');
    expect(c.records.filter((r) => r.line <= 5)).toEqual([]);
    expect(c.records.find((r) => r.line === 8)?.speaker).toBe('Omar Haddad');
    // the mail system's confidentiality footer is no claim of his
    expect(c.records.some((r) => /confidential/.test(r.text))).toBe(false);
    // the subject's words are found, in the record nearest the header
    const found = await runCli(['search', 'statement', '--corpus', dir, '--no-cache', '--format', 'json']);
    expect(found.code).toBe(0);
    expect((JSON.parse(found.stdout) as { line: number }[]).map((h) => h.line)).toContain(8);
  });
});

describe("a cookie banner's buttons", () => {
  it('fixture: three buttons, none naming cookies, under the banner', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['cookie-banner-bakery-award-2024.txt']);
    expect(c.documents[0]!.meta.title).toBe('Local baker wins national award');
    expect(c.records.some((r) => /Accept all|Manage preferences/.test(r.text))).toBe(false);
  });

  it('in other words', () => {
    const page = (row: string) => loadCorpus(tempCorpus({ 'p.txt': `Harbour news\n\nBy Ann Lee\n\n${row}\n\nThe ferry resumes on Monday after a week of repairs to the ramp.\n` })).records;
    expect(page('Allow all   Refuse   Customise').some((r) => /Allow all/.test(r.text))).toBe(false);
  });
});
