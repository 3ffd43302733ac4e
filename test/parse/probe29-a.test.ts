/**
 * probe29-a: news articles copied from news websites. The shapes read wrong before:
 * a quote after "said ORGANISATION occupation NAME" ("said Chainsight analyst Olivia Brandt"); a
 * reported clause whose first quoted fragment is one word ("said the cap was "arbitrary" and would
 * "freeze a market""); a stack of share buttons one per line; a newsletter sign-up box inside the body;
 * the "NAME contributed from PLACE" credit under the story. Each rule on the fixture's shape and on a
 * text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const claimsOf = (c: ReturnType<typeof corpusOf>) => c.records.filter((r) => r.type === 'claim').map((r) => r.text);
const quoteBy = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => r.type === 'quote' && words.test(r.text))?.speaker;

const story = (body: string[]) => ['Headline over the story', '', 'By Jo Smith', 'March 3, 2025', '', ...body.flatMap((p) => [p, ''])].join('\n');

describe('"said ORGANISATION occupation NAME": the name speaks', () => {
  it('reads the analyst after the firm', () => {
    const c = corpusOf('a.txt', story([
      'Withdrawals topped $240 million in a day.',
      '"People are nervous, but they\'re not running," said Chainsight analyst Olivia Brandt. "A run looks very different from this."',
    ]));
    expect(quoteBy(c, /People are nervous/)).toBe('Olivia Brandt');
  });
  it('reads an economist after a two-word bank, and a subject before the verb', () => {
    const c = corpusOf('b.txt', story([
      'The central bank held rates at 4.5% on Thursday.',
      '"Cuts will come later than the market hopes," said Harbor Stanley economist Dana Ruiz.',
      'Fenwick strategist Tomas Ekberg said the decision was "the only one on the table."',
    ]));
    expect(quoteBy(c, /Cuts will come later/)).toBe('Dana Ruiz');
    expect(quoteBy(c, /only one on the table/)).toBe('Tomas Ekberg');
  });
});

describe('a reported clause whose first quoted fragment is one word', () => {
  it('gives the later fragment to the subject', () => {
    const c = corpusOf('c.txt', story([
      'Opponents have not given up.',
      'Its president, Arturo Benavidez, said the 5% cap was "arbitrary" and would "freeze a market that was just starting to work."',
    ]));
    expect(quoteBy(c, /freeze a market/)).toBe('Arturo Benavidez');
    expect(c.records.some((r) => r.type === 'claim' && /freeze a market/.test(r.text) && r.speaker === 'Jo Smith')).toBe(false);
  });
  it('in other words', () => {
    const c = corpusOf('d.txt', story([
      'The union voted on Monday.',
      'Helena Marsh said the offer was "insulting" and that members were "ready to stay out until spring."',
    ]));
    expect(quoteBy(c, /ready to stay out/)).toBe('Helena Marsh');
  });
});

describe('a news site\'s furniture inside the story is no claim', () => {
  it('drops a stack of share buttons, one per line', () => {
    const c = corpusOf('e.txt', story([
      'Okafor, 58, has led the Perth-based miner since 2016.',
      'Share\nFacebook\nTwitter\nLinkedIn\nEmail\nPrint',
      'Tallis Copper said on Monday that its chief executive would step down.',
    ]));
    const claims = claimsOf(c);
    expect(claims.some((t) => /^(?:Facebook|Twitter|LinkedIn|Email)$/.test(t))).toBe(false);
    expect(claims.some((t) => /step down/.test(t))).toBe(true);
  });
  it('drops the same stack in other buttons', () => {
    const c = corpusOf('f.txt', story([
      'The pool has been closed since 2019.',
      'WhatsApp\nX\nReddit\nCopy link',
      'The council voted 7-2 to close the pool.',
    ]));
    const claims = claimsOf(c);
    expect(claims.some((t) => /^(?:WhatsApp|X|Reddit)$/.test(t))).toBe(false);
    expect(claims.some((t) => /close the pool/.test(t))).toBe(true);
  });
  it('keeps a one-word paragraph that is no share button', () => {
    const c = corpusOf('g.txt', story(['Facebook did not respond.', 'Twitter', 'The company said it would appeal.']));
    expect(claimsOf(c).some((t) => /Facebook did not respond/.test(t))).toBe(true);
  });
  it('drops a newsletter sign-up box', () => {
    const c = corpusOf('h.txt', story([
      'Chairwoman Ruth Delacroix said the board had lost confidence.',
      "Sign up for our Mining & Metals newsletter\nGet the week's biggest resources stories in your inbox every Thursday.\nEnter your email                    [Sign up]\nBy signing up you agree to our Terms of Use and Privacy Policy.",
      'Investors had pushed for a change for months.',
    ]));
    const claims = claimsOf(c);
    expect(claims.some((t) => /inbox|Enter your email|By signing up/.test(t))).toBe(false);
    expect(claims.some((t) => /pushed for a change/.test(t))).toBe(true);
  });
  it('drops a sign-up box in other words', () => {
    const c = corpusOf('i.txt', story([
      'The mayor announced the plan on Monday.',
      'Subscribe to The Morning Brief\nReceive the day\'s top local headlines straight to your inbox.\nEnter your email address\nBy subscribing, you agree to our privacy policy and terms of service.',
      'Residents were not persuaded.',
    ]));
    const claims = claimsOf(c);
    expect(claims.some((t) => /inbox|Enter your email|By subscribing/.test(t))).toBe(false);
    expect(claims.some((t) => /not persuaded/.test(t))).toBe(true);
  });
  it('drops the contributor credit under the story', () => {
    const c = corpusOf('j.md', story([
      'Lee posted again shortly after 3 p.m.',
      '*Associated Press writer Tomás Ferreira contributed from Miami.*',
    ]));
    expect(claimsOf(c).some((t) => /contributed/.test(t))).toBe(false);
    const d = corpusOf('k.txt', story([
      'The talks resume on Friday.',
      'Staff writers Maya Lund and Peter Oduya contributed to this report.',
    ]));
    expect(claimsOf(d).some((t) => /contributed/.test(t))).toBe(false);
  });
});

describe('an anonymous source a story cites, described by what it knows, is who speaks', () => {
  const claimBy = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => r.type === 'claim' && words.test(r.text))?.speaker;
  it('reads "A person familiar with the negotiations, who asked not to be named …, said"', () => {
    const c = corpusOf('l.txt', story([
      'Whitlock declined several requests for an interview.',
      'A person familiar with the negotiations, who asked not to be named because the talks were private, said Whitlock had been persuaded by a late amendment.',
    ]));
    expect(claimBy(c, /late amendment/)).toBe('a person familiar with the negotiations');
  });
  it('in other words: "one source close to the board said"', () => {
    const c = corpusOf('m.txt', story([
      'The board met on Sunday.',
      'One source close to the board said the vote had been 6-3.',
      'A person with knowledge of the deal said it could close by June.',
    ]));
    expect(claimBy(c, /6-3/)).toBe('one source close to the board');
    expect(claimBy(c, /close by June/)).toBe('a person with knowledge of the deal');
  });
});

describe('a site\'s section menu over the story is no title', () => {
  it('takes the headline under the menu and the section\'s kicker', () => {
    const c = corpusOf('n.txt', [
      'Skip to content', 'Markets | Companies | Tech | Opinion | Subscribe', 'Sign in', '', 'COMPANIES', '',
      'Tallis Copper chief quits after smelter overrun; shares slide 11%', '',
      'By Noor Haddad, Mining Correspondent', 'Published February 18, 2025 6:05 a.m. ET', '',
      'Tallis Copper said on Monday that its chief executive would step down.', '',
    ].join('\n'));
    expect(c.documents[0]!.meta.title).toBe('Tallis Copper chief quits after smelter overrun; shares slide 11%');
  });
  it('in other words: a local paper\'s menu and its rubric', () => {
    const c = corpusOf('o.txt', [
      'Local | Sports | Business | Obituaries | E-Edition', '', 'EDUCATION', '',
      'School board delays vote on four-day week until June', '',
      'By Priya Lal, Education Reporter', 'Updated March 9, 2025 8:40 p.m.', '',
      'The school board put off its vote on Monday.', '',
    ].join('\n'));
    expect(c.documents[0]!.meta.title).toBe('School board delays vote on four-day week until June');
  });
});
