/**
 * Acceptance: what the five shipped documents must parse into. Each assertion
 * is a property a reader checks by reading the document, never a line number
 * the parser was tuned to.
 */
import { describe, expect, it } from 'vitest';
import { recordsOf, shippedCorpus } from '../helpers.js';

const corpus = shippedCorpus();
const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;

describe('the shipped corpus', () => {
  it('loads all five documents without errors', async () => {
    expect(corpus.documents.map((d) => d.id).sort()).toEqual(
      ['binance-rise-cz-he-yi', 'btcpeers-he-yi-2021', 'he-yi-ama-2024', 'life-at-binance', 'techflow-he-yi-2025'].sort(),
    );
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const d of corpus.documents) expect(d.ok).toBe(true);
  });

  it('detects each document shape from its structure', async () => {
    expect(doc('techflow-he-yi-2025').shape).toBe('transcript');
    expect(doc('btcpeers-he-yi-2021').shape).toBe('tsv');
    expect(doc('he-yi-ama-2024').shape).toBe('tsv');
    expect(doc('binance-rise-cz-he-yi').shape).toBe('prose');
    expect(doc('life-at-binance').shape).toBe('prose');
  });

  it('gives every record a unique id and a line span inside its file', async () => {
    const ids = corpus.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of corpus.records) {
      expect(r.line).toBeGreaterThan(0);
      expect(r.endLine).toBeGreaterThanOrEqual(r.line);
      expect(r.id.startsWith(`${r.doc}/`)).toBe(true);
    }
  });
});

describe('TechFlow transcript (Host: / He Yi:)', () => {
  const recs = recordsOf(corpus, 'techflow-he-yi-2025');
  const qa = recs.filter((r) => r.type === 'qa');

  it('pairs each of He Yi’s 36 answers with the host turn before it', async () => {
    expect(qa).toHaveLength(36);
    for (const r of qa) {
      expect(r.speaker).toBe('He Yi');
      expect(r.asker).toBe('Bonnie');
      expect(r.question).toBeTruthy();
    }
  });

  it('pairs a host statement that is not a question', async () => {
    const r = qa.find((q) => q.question!.startsWith('I’ve worked in TV too'));
    expect(r?.text).toMatch(/^Thinking back, working with my “grassland sisters”/);
  });

  it('keeps the closing host line, which has no answer, out of the qa records', async () => {
    expect(qa.some((q) => q.question!.includes('You seem so strong inside'))).toBe(false);
  });

  it('files each answer under the heading above it', async () => {
    const maiGang = qa.find((q) => q.text.includes('Mai Gang'));
    expect(maiGang?.section).toBe('How He Yi Entered Crypto');
  });

  it('makes the 15 Highlights & Key Insights bullets He Yi’s quotes', async () => {
    const highlights = recs.filter((r) => r.type === 'quote' && r.section === 'Highlights & Key Insights' && r.speaker === 'He Yi');
    expect(highlights).toHaveLength(15);
    expect(highlights.some((r) => r.text.startsWith('Only excellent men can truly be with excellent women.'))).toBe(true);
  });

  it('attributes words reported inside an answer to their third speaker', async () => {
    const cz = recs.filter((r) => r.type === 'quote' && r.speaker === 'CZ');
    expect(cz.map((r) => r.text)).toContain('Now we have funding—we can talk cooperation.');
    const mai = recs.find((r) => r.type === 'quote' && r.speaker === 'Mai Gang');
    expect(mai?.text).toMatch(/^You’re looking for a marketing director, right\?/);
  });

  it('dates every record with the document year and never records page chrome', async () => {
    for (const r of recs) expect(r.year).toBe(2025);
    expect(recs.some((r) => /t\.me|Join TechFlow|TechFlow Selected/.test(r.text))).toBe(false);
  });
});

describe('BTC PEERS interview (TSV, unlabelled questions)', () => {
  const recs = recordsOf(corpus, 'btcpeers-he-yi-2021');
  const qa = recs.filter((r) => r.type === 'qa');

  it('finds the 14 interviewer questions, each with He Yi’s answer', async () => {
    expect(qa).toHaveLength(14);
    for (const r of qa) {
      expect(r.speaker).toBe('He Yi');
      expect(r.asker).toBe('John Williams');
      expect(r.text.length).toBeGreaterThan(20);
    }
  });

  it('handles imperative, multi-line and statement-led questions', async () => {
    const qs = qa.map((r) => r.question!);
    expect(qs[0]).toMatch(/^Please share your backgrounds/);
    expect(qs.some((q) => q.startsWith('Binance became #1 crypto exchange after 180 days'))).toBe(true);
    expect(qs.some((q) => /^Some experts have predicted .* Do you think this is possible\?$/.test(q))).toBe(true);
    expect(qs.some((q) => q.startsWith('One interesting thing about Binance is its evolution'))).toBe(true);
  });

  it('leaves He Yi’s own rhetorical questions inside her answers', async () => {
    const qs = qa.map((r) => r.question!);
    expect(qs.some((q) => q.includes('Why would Binance spend so much time'))).toBe(false);
    expect(qs.some((q) => q.includes('how shall I expect others'))).toBe(false);
    expect(qa.some((r) => r.text.includes('Why would Binance spend so much time'))).toBe(true);
  });

  it('reads the Topics column into topics', async () => {
    const first = qa[0]!;
    expect(first.topics).toEqual(expect.arrayContaining(['Binance', 'OKCoin', 'Marketing']));
  });

  it('makes nothing of the navigation or the Read more teasers', async () => {
    expect(recs.some((r) => /Doge2014|Fordefi|Meta Force|Sign in|Powered by/.test(r.text))).toBe(false);
    for (const r of recs) expect(r.year).toBe(2021);
  });
});

describe('AMA TSV (inline “Yi He” answer markers)', () => {
  const qa = recordsOf(corpus, 'he-yi-ama-2024').filter((r) => r.type === 'qa');

  it('keeps the opening answer with no question, then pairs 10 questions', async () => {
    expect(qa).toHaveLength(11);
    expect(qa[0]!.question).toBeNull();
    expect(qa.filter((r) => r.question)).toHaveLength(10);
    for (const r of qa) expect(r.speaker).toBe('He Yi');
  });

  it('pairs a question left at the end of the previous answer’s line', async () => {
    const ai = qa.find((r) => r.text.startsWith('Let me answer the AI question first.'));
    expect(ai?.question).toBe('Which sectors do you focus on, and how do you view AI? How do you spend your day.');
    const eu = qa.find((r) => r.text.startsWith('Binances regulatory settlement in the US'));
    expect(eu?.question).toMatch(/^What impact does Binances regulatory settlement/);
  });

  it('pairs a question whose answer has no Yi He marker', async () => {
    const growth = qa.find((r) => r.question?.startsWith('After Binances user base exceeded 200 million'));
    expect(growth?.text).toMatch(/^First, it must be stated/);
  });

  it('never leaves the marker name in an answer or question', async () => {
    for (const r of qa) {
      expect(r.text.startsWith('Yi He')).toBe(false);
      expect(r.question ?? '').not.toMatch(/Yi He/);
    }
  });
});

describe('Binance history article (prose with flattened tables)', () => {
  const recs = recordsOf(corpus, 'binance-rise-cz-he-yi');

  it('turns each timeline table row into one dated claim', async () => {
    const row = recs.find((r) => r.text.startsWith('July 2017 — Completed a $5 million angel round of financing'));
    expect(row?.type).toBe('claim');
    expect(row?.text).toBe(
      'July 2017 — Completed a $5 million angel round of financing — Core team formation completed, initial technical architecture established',
    );
    // Each table's column names are one claim, so "Key Events" is searchable too.
    const headers = ['Time Node — Key Events — Phase Results', 'Pioneering initiatives — Launch Time — Industry Influence'];
    expect(recs.filter((r) => headers.includes(r.text)).map((r) => r.type)).toEqual(['claim', 'claim']);
    const rows = recs.filter((r) => / — /.test(r.text) && !headers.includes(r.text));
    expect(rows).toHaveLength(10);
    expect(rows.some((r) => r.text.startsWith('Decentralized Exchange (DEX) — April 2019 —'))).toBe(true);
  });

  it('attributes CZ’s saying about entrepreneurship to CZ', async () => {
    const q = recs.find((r) => r.type === 'quote' && r.text.startsWith('Entrepreneurship is not about chasing trends'));
    expect(q?.speaker).toBe('CZ');
  });

  it('never makes a claim of a table header or heading', async () => {
    expect(recs.some((r) => ['Time Node', 'Key Events', 'Launch Time'].includes(r.text))).toBe(false);
  });
});

describe('Life at Binance (prose with attributed quotes)', () => {
  const quotes = recordsOf(corpus, 'life-at-binance').filter((r) => r.type === 'quote');
  const by = (start: string) => quotes.find((r) => r.text.startsWith(start))?.speaker;

  it('attributes a quote when the attribution follows it', async () => {
    expect(by('As a CEO coming from a tech background')).toBe('a journalist who covers the crypto industry');
    expect(by('Now we have so many people')).toBe('a product manager');
  });

  it('attributes a quote when the attribution precedes it', async () => {
    expect(by('We are not only working in a distributed mode')).toBe('one Binance team member');
    expect(by('Time will solve all problems.')).toBe('one team member');
  });

  it('attributes a quote standing alone to the person the sentence before is about', async () => {
    expect(by('I’m having meetings all the time.')).toBe('He Yi');
  });

  it('resolves a pronoun to the speaker just quoted', async () => {
    expect(by('As a novice, I had so many questions')).toMatch(/^an operations team member/);
  });

  it('does not mistake scare quotes or titles for speech', async () => {
    expect(quotes.some((r) => ['hodler', 'red button', 'Off the Charts!', 'book clubs'].includes(r.text))).toBe(false);
  });
});
