/**
 * Legal records a reviewer wrote (test/fixtures/probe10/c4): an FBI 302 that writes its subject's
 * surname in capitals, and an arbitral award quoting a court Q./A. excerpt between its numbered
 * paragraphs. Each shape is tested again on a short text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe10', 'c4'));

describe('a surname in capitals as the subject of a report', () => {
  it('"ZHAO stated that …" is the registered Changpeng Zhao (CZ)', () => {
    const quotes = recordsOf(corpus, 'FD-302_ZHAO_2023-04-11_redacted').filter((r) => r.type === 'quote');
    expect(quotes.map((r) => [r.text, r.speaker, r.year])).toEqual([
      ['blocked U.S. users', 'CZ', 2023],
      ['VIP exceptions handled by the sales team.', 'CZ', 2023],
      ['sounds like something I would say.', 'CZ', 2023],
    ]);
  });
  it('a capitalised surname resolves to the full name the text gave before, in any wording', () => {
    const dir = tempCorpus({
      'memo.txt': 'Interview memo\n\nMarta Kowalczyk, the compliance officer, was interviewed on 3 May 2022.\n\nKOWALCZYK said the review was "finished before the audit began."\n',
    });
    const q = loadCorpus(dir).records.find((r) => r.type === 'quote')!;
    expect([q.text, q.speaker]).toEqual(['finished before the audit began.', 'Marta Kowalczyk']);
  });
});

describe('a court Q./A. excerpt set in between numbered paragraphs', () => {
  const recs = recordsOf(corpus, 'ICC_Final_Award_Case_27415_excerpt');
  it('the answer ends where the paragraphs resume, and is the witness the paragraph above names', () => {
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.line, r.endLine])).toEqual([['Kenji Mori', 33, 34]]);
    expect(qa[0]!.text).not.toMatch(/He Yi|Tribunal/);
  });
  it('the next paragraph is read again: her evidence is He Yi\'s quotes; numbered first lines are no headings', () => {
    const heYi = recs.filter((r) => r.speaker === 'He Yi');
    expect(heYi.map((r) => [r.type, r.text])).toEqual([
      ['quote', 'no memory of any volume commitment'],
      ['quote', 'Binance never promises volume to a vendor.'],
    ]);
    expect(recs.some((r) => r.section?.startsWith('142.') || r.section?.startsWith('144.'))).toBe(false);
    expect(recs.some((r) => r.text.startsWith('The claim is dismissed.'))).toBe(true);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'judgment.txt': [
        'HIGH COURT JUDGMENT',
        '',
        '12. Dr Ines Falk, the former treasurer, gave evidence for the defendant. Under',
        'questioning she conceded the ledger was incomplete:',
        '',
        '    Q. Were all the transfers in the ledger?',
        '    A. Not all of them. Some were recorded later.',
        '',
        '13. Mr Rolf Weber testified that the board "approved every transfer in advance."',
        '',
        '14. The court prefers the documents.',
        '',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    const qa = rs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.line, r.endLine])).toEqual([['Ines Falk', 6, 7]]);
    expect(rs.find((r) => r.text.startsWith('approved every'))?.speaker).toBe('Rolf Weber');
  });
});

describe('the date a record states about itself', () => {
  const yearsOf = (doc: string) => [...new Set(recordsOf(corpus, doc).map((r) => r.year))];
  it('"Dated: February 14, 2025" in a signature block, "Rendered … on 30 September 2024" in an award', () => {
    const byId = (id: string) => corpus.documents.find((d) => d.id === id)!.meta;
    expect(byId('CFTC_consent_order_excerpt_Hartwell_Digital').date).toBe('2025-02-14');
    expect(yearsOf('CFTC_consent_order_excerpt_Hartwell_Digital')).toEqual([2025]);
    expect(byId('ICC_Final_Award_Case_27415_excerpt').date).toBe('2024-09-30');
  });
  it('a request number in the file name ("FOIA_2024-00317") is no year; the messages\' date is', () => {
    expect(corpus.documents.find((d) => d.id.startsWith('FOIA_'))!.meta.year).toBe(2023);
  });
  it('the same shapes in other words; a year range in a name still gives its first year', () => {
    const dir = tempCorpus({
      'order.txt': 'ORDER OF THE BOARD\n\nThe licence is suspended for ninety days.\n\nIssued at Lisbon on 3 March 2022.\n',
      'case_2021-004512_notes.txt': 'Case notes\n\nThe hearing was held on 4 May 2020 and the panel reserved its ruling.\n\nDated: May 9, 2020\n',
      'digest-2015-2019.txt': 'Digest\n\nShort items from the wires, one per line, collected for the desk.\n',
    });
    const meta = (id: string) => loadCorpus(dir).documents.find((d) => d.id === id)!.meta;
    expect(meta('order').date).toBe('2022-03-03');
    expect(meta('case_2021-004512_notes').date).toBe('2020-05-09');
    expect(meta('digest-2015-2019').year).toBe(2015);
  });
});
