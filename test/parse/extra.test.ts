/**
 * Generality: three published documents in shapes the seeds do not have,
 * each asserted as a careful reader of the document would parse it. The texts
 * are copied byte for byte into test/fixtures/extra (front matter added); the
 * counts below come from reading them, and each is explained where it is made.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'extra'));
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
/** Transcripts keep the speaker's spacing ("Yeah.  So …"); compare on single spaces. */
const flat = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('the extra documents', () => {
  it('load without errors or warnings, every line accounted for', async () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(
      ['binance-rachel-conlan-cmo-2023', 'cz-ama-2023-09-01', 'kraken-jesse-powell-2015'].sort(),
    );
    expect(corpus.problems).toEqual([]);
    for (const d of corpus.documents) {
      expect(d.ok).toBe(true);
      expect(d.lines.unparsed).toEqual([]);
    }
  });

  it('detects each shape from its structure', async () => {
    expect(doc('kraken-jesse-powell-2015').shape).toBe('transcript');
    expect(doc('cz-ama-2023-09-01').shape).toBe('transcript');
    expect(doc('binance-rachel-conlan-cmo-2023').shape).toBe('prose');
  });
});

describe('Kraken podcast transcript (Trace Mayer: / Jesse Powell:)', () => {
  const recs = recordsOf(corpus, 'kraken-jesse-powell-2015');
  const qa = recs.filter((r) => r.type === 'qa');
  const answer = (start: string) => qa.find((r) => flat(r.text).startsWith(start));

  it('makes a qa record of each of Jesse Powell’s 57 answers, asked by Trace Mayer', async () => {
    // 111 "Jesse Powell:" turns, less 36 back-channel replies ("Yeah.", "Uh-huh.", "Really?",
    // "Thanks, Trace."), 10 answers abandoned after a word or two ("Yeah.  So these guys --",
    // "That --"), and 8 turns that carry on his own interrupted answer (the host said "Yes." or
    // finished his sentence for him in between): 111 - 36 - 10 - 8 = 57. One of the 57 is a
    // plain "Yes." to a question ("…, there's a way?"): a yes or no settles a question, it is no nod.
    expect(qa).toHaveLength(57);
    for (const r of qa) {
      expect(r.speaker).toBe('Jesse Powell');
      expect(r.asker).toBe('Trace Mayer');
      expect(r.question).toBeTruthy();
    }
  });

  it('pairs each answer with the host turn before it, question or statement', async () => {
    // "… there's five states that you can take full boarded customers from?" / "Right." /
    // "What are the five states again?": "Right." answered the first question, so the
    // second one is a prompt of its own.
    expect(flat(answer('They are Alabama, South Carolina')?.question ?? null)).toBe('What are the five states again?');
    expect(flat(answer('Yeah. I mean, he was able to see past the whole Gox scenario')?.question ?? null)).toBe('Great to make lemonade.');
    expect(flat(answer('Had a relationship with Fidor')?.question ?? null)).toMatch(/What about this cryptocurrency bank, this Fidor, relationship/);
  });

  it('never makes a qa record of a back-channel reply', async () => {
    const backchannel = ['Yeah.', 'Uh-huh.', 'Really?', 'Exactly.', 'Right.', 'Sure.', 'Thanks.', 'Thanks, Trace.', 'Totally.', 'Yeah. Probably, yeah.'];
    for (const r of qa) expect(backchannel).not.toContain(flat(r.text));
    expect(qa.some((r) => /^Hey, thanks, Trace/.test(r.text))).toBe(false);
  });

  it('joins an answer the host interrupted with a back-channel or by finishing its sentence', async () => {
    const penalties = answer('Well. The penalties are pretty extreme');
    expect(flat(penalties?.text ?? null)).toMatch(/on the hook as well for -- -- the crime of operating an unlicensed money transmission business\.$/);
    expect(flat(penalties?.question ?? null)).toBe('I mean, what can happen there? Like, what difference does that make?');
    const lock = answer("Yeah. That's a feature that isn't used enough");
    expect(flat(lock?.text ?? null)).toMatch(/unlock after X -- -- number of days\./);
    expect(qa.some((r) => r.text.startsWith('-- '))).toBe(false);
  });

  it('reads the host’s build-up over the guest’s “Uh-huh”s as one prompt', async () => {
    const llc = answer('Yeah. There would be nothing preventing us from servicing a New Mexico entity');
    expect(flat(llc?.question ?? null)).toMatch(/^Okay\. One of the blogs that I operate/);
    expect(llc?.question).toMatch(/perpetual registration good for like 99 years/);
    expect(llc?.question).not.toMatch(/Uh-huh/);
  });

  it('files answers under the section headings, title case or not', async () => {
    const sections = [...new Set(qa.map((r) => r.section))];
    expect(sections).toEqual([
      'Mt. Gox and Tokyo Bankruptcy Court',
      'Biggest fears for traders',
      'New Mexico and the Kraken, the best bitcoin exchange',
      'PGP E-mail and Bitcoin Security',
    ]);
    expect(answer("Yes. So we're already open")?.section).toBe('Mt. Gox and Tokyo Bankruptcy Court');
    expect(answer('Yes. Some of the stuff you need to take for')?.section).toBe('PGP E-mail and Bitcoin Security');
  });

  it('keeps the header lines out of the turns, the headings as claims of their own, the intro blurb as the publisher’s claims', async () => {
    const headings = ['Interview with Jesse Powell on Best Bitcoin Exchange', 'PODCAST INTERVIEW TRANSCRIPT'];
    for (const r of recs) {
      if (headings.includes(r.text)) continue;
      expect(`${r.question ?? ''} ${r.text}`).not.toMatch(/PODCAST INTERVIEW TRANSCRIPT|Interview with Jesse Powell on Best Bitcoin Exchange|Written by Jesse Powell/);
    }
    const claims = recs.filter((r) => r.type === 'claim');
    expect(claims.map((r) => r.text)).toContain('Jesse is the CEO of Kraken.');
    // The two headings above the first turn head no section: each is searchable as a claim.
    expect(claims.filter((r) => headings.includes(r.text))).toHaveLength(2);
    expect(claims).toHaveLength(7);
    for (const r of claims) {
      expect(r.speaker).toBe('weusecoins.com');
      expect(r.section).toBeNull();
    }
  });

  it('keeps the host turns nobody answered as Trace Mayer’s quotes', async () => {
    const quotes = recs.filter((r) => r.type === 'quote' && r.speaker === 'Trace Mayer');
    // The setup before "Really?" and the sign-off before "Thanks, Trace." are answered by no one.
    expect(quotes.some((r) => r.text.startsWith('Yeah, so just to start off.'))).toBe(true);
    // …and the question "Right." answered without adding anything.
    expect(quotes.some((r) => /^Now, like, where there's a will .* full boarded customers from\?$/.test(flat(r.text)))).toBe(true);
    expect(quotes.some((r) => r.text.includes("So we've had the legendary Jesse Powell"))).toBe(true);
    for (const r of recs) expect(r.year).toBe(2015);
  });

  it('keeps every turn that joins no answer as its speaker’s quote: sign-offs, abandoned starts, interjections', async () => {
    const quotes = recs.filter((r) => r.type === 'quote');
    for (const r of quotes) expect(['Trace Mayer', 'Jesse Powell']).toContain(r.speaker);
    const said = (speaker: string, text: string) => quotes.some((r) => r.speaker === speaker && flat(r.text) === text);
    expect(said('Jesse Powell', 'Hey, thanks, Trace. Thanks for having me.')).toBe(true);
    expect(said('Jesse Powell', 'Thanks, Trace.')).toBe(true);
    // "Or maybe wire transfer?" / "Yeah.": the reply closes the exchange, a quote (never a qa of a bare "Yeah.").
    expect(said('Jesse Powell', 'Yeah.')).toBe(true);
    expect(said('Jesse Powell', 'Yeah. So these guys --')).toBe(true);
    // The host finishing the guest's sentence between the halves of a dash-broken answer.
    expect(said('Trace Mayer', 'Trading account history.')).toBe(true);
    expect(said('Trace Mayer', 'X days.')).toBe(true);
    // The host's "Uh-huh"-style replies inside a joined turn hold no record, and the line is inside one.
    const uhHuh = 48;
    expect(quotes.some((r) => r.line === uhHuh)).toBe(false);
    expect(recs.some((r) => r.line < uhHuh && r.endLine > uhHuh)).toBe(true);
  });
});

describe('CZ AMA write-up (unlabelled questions, "CZ:" on the first paragraph only)', () => {
  const recs = recordsOf(corpus, 'cz-ama-2023-09-01');
  const qa = recs.filter((r) => r.type === 'qa');

  it('pairs each of the four questions with CZ’s whole answer', async () => {
    expect(qa.map((r) => r.question)).toEqual([
      'How would you respond to the rumors and Binance FUD spreading around lately?',
      'What are you doing in your personal life outside of crypto?',
      'What are your thoughts on which countries need access to cryptocurrencies right now?',
      'What plans do you have to bring some momentum back to BNB Chain?',
    ]);
    for (const r of qa) {
      expect(r.speaker).toBe('CZ');
      // No host is named: a user asked.
      expect(r.asker).toBeNull();
    }
    // Every paragraph up to the next heading belongs to the answer.
    expect(qa.map((r) => r.text.split('\n').length)).toEqual([4, 3, 3, 4]);
    expect(qa[0]!.text).toMatch(/^There's always going to be FUD, right\?/);
    expect(qa[0]!.text).toMatch(/we just have to keep our heads down and continue building\.$/);
    expect(qa[3]!.text).toMatch(/continue to be a major player in the blockchain ecosystem and continue to develop\.$/);
  });

  it('files each answer under its heading and keeps headings out of the answers', async () => {
    expect(qa.map((r) => r.section)).toEqual(['On Recent FUD', 'On Personal Life', 'On the Need for Crypto', 'On BNB Chain']);
    for (const r of qa) expect(r.text).not.toMatch(/^On (Personal Life|the Need for Crypto|BNB Chain)$/m);
  });

  it('reads the narrator’s bullets as claims, not CZ quotes', async () => {
    expect(recs.filter((r) => r.type === 'quote')).toEqual([]);
    const takeaways = recs.filter((r) => r.type === 'claim' && r.section === 'Main Takeaways');
    expect(takeaways.map((r) => r.text)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^On September 1, 2023, Changpeng Zhao \(CZ\), Binance’s CEO, spent an hour on X/),
        expect.stringMatching(/^Some of the most intriguing questions covered CZ’s personal life/),
        expect.stringMatching(/^Though the crypto industry may face issues/),
      ]),
    );
    for (const r of takeaways) expect(r.speaker).toBe('Binance Blog');
  });

  it('makes nothing of the closing link, the follow line or the Further Reading list', async () => {
    for (const r of recs) expect(r.text).not.toMatch(/listen to a recording|follow us on Twitter|Principles|Time Management|Book Recommendations/);
  });
});

describe('Binance press release (split quotes attributed after them)', () => {
  const recs = recordsOf(corpus, 'binance-rachel-conlan-cmo-2023');
  const quotes = recs.filter((r) => r.type === 'quote');
  const by = (start: string) => quotes.find((r) => r.text.startsWith(start))?.speaker;

  it('attributes each quote to its canonical speaker, the halves of a split quote as one record', async () => {
    expect(quotes).toHaveLength(3);
    // “…,” said Binance CEO CZ (Changpeng Zhao). “…”: one quotation, interrupted by its attribution.
    expect(by('Our leadership team is critical')).toBe('CZ');
    expect(quotes.find((r) => r.text.startsWith('Our leadership team is critical'))?.text).toContain('And, Rachel is an example of that.');
    expect(quotes.find((r) => r.speaker === 'CZ')?.context).toBe('“…,” said Binance CEO CZ (Changpeng Zhao). “…”');
    // “…,” shared Binance Co-Founder Yi He.
    expect(by('Rachel has demonstrated that she is a strong leader')).toBe('He Yi');
    // “…,” said Rachel. “…” — Rachel Conlan, named in full earlier.
    expect(by('We are just scratching the surface')).toBe('Rachel Conlan');
    expect(quotes.find((r) => r.speaker === 'Rachel Conlan')?.text).toContain('As an industry leader, we play a crucial role');
  });

  it('reads the narrative sentences as the publisher’s claims', async () => {
    const claims = recs.filter((r) => r.type === 'claim');
    expect(claims).toHaveLength(8);
    // Every sentence of the document is in a record.
    expect(doc('binance-rachel-conlan-cmo-2023').sentences.missed).toEqual([]);
    for (const r of claims) expect(r.speaker).toBe('Binance Blog');
    expect(claims.map((r) => r.text)).toContain('Rachel will continue to oversee and manage Binance’s global and regional teams.');
    expect(claims.some((r) => r.text.startsWith('This announcement follows the recent executive appointments'))).toBe(true);
    // A quoted fragment nobody is named for stays inside its sentence.
    expect(quotes.some((r) => r.text.startsWith('building upon'))).toBe(false);
  });

  it('makes nothing of the title or the date line', async () => {
    expect(recs.some((r) => r.text === '2023-09-13' || r.text.startsWith('Binance Announces Rachel Conlan'))).toBe(false);
    for (const r of recs) expect(r.date).toBe('2023-09-13');
  });
});
