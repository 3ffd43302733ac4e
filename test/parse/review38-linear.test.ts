/**
 * review38: the regular expressions of the day's changes, on inputs that never match in the way
 * they look for (a long run of one character), asserted by what they read, not how fast: each of
 * these once rescanned the run from every start. Inputs also in bench/pathological.mjs.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { withoutInlineMarkup } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

describe('a Markdown link after a long run of "["', () => {
  // The link text held any "[": from each "[" of the run the pattern scanned on to the "](" at its end.
  it('opens the link at the nearest "[" and keeps the run as written', () => {
    const run = '['.repeat(100000);
    expect(withoutInlineMarkup(`${run}roadmap](https://lumen.io/r) next`)).toBe(`${'['.repeat(99999)}roadmap (https://lumen.io/r) next`);
  });
  it('still reads an ordinary link and an image as their words', () => {
    expect(withoutInlineMarkup('See [the Harbour budget](https://harbour.gov/b) and ![a map](/img/map.png).')).toBe(
      'See the Harbour budget (https://harbour.gov/b) and a map (/img/map.png).',
    );
  });
  it('loads a note whose line is that run, every word findable', () => {
    const c = loadCorpus(tempCorpus({ 'notes.md': `Intro line.\n\nShe wrote ${'['.repeat(20000)}plan](https://k.io/p) and left.\n` }));
    const texts = c.records.map((r) => r.text).join('\n');
    expect(texts).toContain('plan (https://k.io/p) and left.');
  });
});

const textsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records.map((r) => r.text);

describe('over-wide furniture rules of news web copy: ordinary sentences stay', () => {
  // A newsletter box's promise delivers "in/to your inbox"; its consent says "you agree". An
  // imperative "Get …" about the inbox, or "By submitting …" with a contract's terms, is a sentence.
  it('keeps a sentence opening on "Get … your inbox" and one on "By submitting … terms"', () => {
    const texts = textsOf(
      'tips.txt',
      'How Busy Founders Stay Sane\n\nAna Ruiz runs a design studio in Porto.\n\nGet your inbox to zero every Friday, she advises.\n\nBy submitting its accounts eight months late, the studio breached the terms of its lease.\n\nShe leaves the phone in another room after 7 p.m.\n',
    );
    expect(texts).toContain('Get your inbox to zero every Friday, she advises.');
    expect(texts).toContain('By submitting its accounts eight months late, the studio breached the terms of its lease.');
  });
  it('in other words: "Receive … the inbox" and "By registering …" sentences', () => {
    const texts = textsOf(
      'clinic.txt',
      'Clinic Cuts Paperwork\n\nThe Tarrow clinic moved its forms online in 2024.\n\nReceive fewer than ten letters in the inbox a week and you are doing well, Dr. Osei said.\n\nBy registering the clinic as a charity, the founders changed the terms of its funding.\n\nWaiting times fell by half.\n',
    );
    expect(texts).toContain('Receive fewer than ten letters in the inbox a week and you are doing well, Dr. Osei said.');
    expect(texts).toContain('By registering the clinic as a charity, the founders changed the terms of its funding.');
  });
  it('still files a sign-up box as navigation', () => {
    const texts = textsOf(
      'box.txt',
      'Port Expands\n\nThe port of Hallen added two berths in 2025.\n\nGet the best of Hallen Daily delivered to your inbox.\n\nBy signing up, you agree to our Terms of Use and Privacy Policy.\n\nTraffic rose 12% that year.\n',
    );
    expect(texts.some((t) => /inbox|Terms of Use/.test(t))).toBe(false);
  });
  // "X contributed." bare is a contributor's credit only with a role's word ("Staff writer …").
  it('keeps "Volunteers contributed." and "Parents and Teachers from Harwick contributed."', () => {
    const texts = textsOf(
      'library.txt',
      'Town Rebuilds Its Library\n\nThe roof of the Harwick library collapsed in March.\n\nVolunteers contributed.\n\nParents and Teachers from Harwick contributed.\n\nThe library reopens in June.\n',
    );
    expect(texts).toContain('Volunteers contributed.');
    expect(texts).toContain('Parents and Teachers from Harwick contributed.');
  });
  it('in other words: "Everyone contributed." stays, "Staff writer Lena Fisk contributed." is a credit', () => {
    const texts = textsOf('fund.txt', 'Fund Hits Target\n\nThe flood fund in Ostby reached its goal in May.\n\nEveryone contributed.\n\nStaff writer Lena Fisk contributed.\n');
    expect(texts).toContain('Everyone contributed.');
    expect(texts.some((t) => /Lena Fisk/.test(t))).toBe(false);
  });
  // A column of Yes/No is a status only under a status's name ("Answered"): an FAQ's "Answer" answers.
  it('keeps an FAQ sheet\'s Yes/No answers as answers, and reads an "Answered" column of flags as a status', async () => {
    const faq = await loadCorpus(tempCorpus({ 'faq.tsv': 'Question\tAnswer\nIs the event free?\tYes\nIs parking available?\tNo\nCan I bring a dog?\tNo\n' }));
    expect(faq.records.map((r) => [r.type, r.question, r.text])).toEqual([
      ['qa', 'Is the event free?', 'Yes'],
      ['qa', 'Is parking available?', 'No'],
      ['qa', 'Can I bring a dog?', 'No'],
    ]);
    const slido = await loadCorpus(tempCorpus({ 'slido.tsv': 'Question\tAuthor\tAnswered\nWhen will the bridge reopen?\tAna\tYes\nWho pays for the repairs?\tBo\tNo\n' }));
    expect(slido.records.map((r) => [r.type, r.speaker, r.text])).toEqual([
      ['quote', 'Ana', 'When will the bridge reopen?'],
      ['quote', 'Bo', 'Who pays for the repairs?'],
    ]);
  });
});
