/**
 * Sweep 30 (dates): header datelines the loader passed over, so the document and every record had
 * no year. Each form is tested on the fixture's words and on a second text in other words.
 */
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIndex, documentWordsOf } from '../../src/index/index.js';
import { inferDate } from '../../src/load/infer.js';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { tempCorpus } from '../helpers.js';
import { foreignDay } from '../../src/parse/header.js';

const dateOf = (text: string) => inferDate(text.split('\n'), 1, null).date?.value ?? null;

describe('a year-first dotted date (Korean news: 입력 YYYY.MM.DD)', () => {
  it('reads the published stamp', () => {
    expect(foreignDay('입력 2023.11.08 06:00   수정 2023.11.08 09:41')).toBe('2023-11-08');
    expect(foreignDay('등록 2021.02.17 18:05')).toBe('2021-02-17');
  });
  it('dates a Korean article from its header', () => {
    expect(dateOf('허이 인터뷰\n\n기자 김민수\n입력 2023.11.08 06:00   수정 2023.11.08 09:41\n\n본문이 시작된다. 두 번째 문장이다.')).toBe('2023-11-08');
  });
  it('reads no version number or impossible day', () => {
    expect(foreignDay('Release 2023.13.40')).toBeNull();
  });
});

describe('a day, an abbreviated month and the year joined by points (Folha: 12.fev.2024)', () => {
  it('reads the Portuguese stamp', () => {
    expect(foreignDay('12.fev.2024 às 23h15')).toBe('2024-02-12');
    expect(foreignDay('30.abr.2024 às 19h40')).toBe('2024-04-30');
    expect(foreignDay('3.out.2019 às 8h00')).toBe('2019-10-03');
  });
});

describe('a header line opening with the verb of the day (held, posted)', () => {
  it('reads minutes "Held at …, on DATE at TIME"', () => {
    const text = 'HALVORSEN MARINE HOLDINGS ASA\n\nMINUTES OF THE ANNUAL GENERAL MEETING\nHeld at the Company\'s offices, Strandkaien 12, Bergen, on 14 May 2024 at 10:00 CET\n\nPresent: Ingrid Solberg';
    expect(dateOf(text)).toBe('2024-05-14');
    const other = 'RIVERBEND ROWING CLUB\nMINUTES OF THE COMMITTEE\nheld on Monday 3 March 2025 at 7.30 pm, the Boathouse, Quay Road, Riverbend\n\nPresent: Ana Pires (Chair)';
    expect(dateOf(other)).toBe('2025-03-03');
  });
  it('reads "Posted DATE by …"', () => {
    expect(dateOf('EVENT RECAP\nNordic Fintech Week 2024 | Oslo\nPosted 22 September 2025 by the Summit editorial team\n\nModerator: Rachel Tan')).toBe('2025-09-22');
    expect(dateOf('# Ask the CFO\n\n_Posted to the staff wiki by the finance office · 2 June 2024 · 4 min read_\n\nEvery quarter, the finance office answers what you asked. This is the list.')).toBe('2024-06-02');
  });
  it('leaves a sentence of the body alone', () => {
    expect(dateOf('Club news\n\nThe meeting was held at the boathouse on 3 March 2025 at 7.30 pm, and twelve members came to it.\n')).toBeNull();
  });
  it("keeps the dateline's place and the roster under it searchable (their lines are the records' nearby lines)", async () => {
    const minutes = "HALVORSEN MARINE HOLDINGS ASA\n\nMINUTES OF THE ANNUAL GENERAL MEETING\nHeld at the Company's offices, Strandkaien 12, Bergen, on 14 May 2024 at 10:00 CET\n\nPresent:\nThomas Ekeland (Chief Executive Officer)\n\n1. The Chair opened the meeting and noted that 61 per cent of the shares were represented.\n";
    const dir = tempCorpus({ 'minutes.txt': minutes });
    try {
      const corpus = loadCorpus(dir);
      expect(corpus.documents[0]!.meta.date).toBe('2024-05-14');
      const index = buildIndex(corpus.records, documentWordsOf(corpus.documents, corpus.records));
      for (const w of ['strandkaien', 'bergen', 'ekeland']) expect((await search(index, w)).length, w).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('a headline that reads as a sentence does not end the header', () => {
  it('reads the dateline under a headline with an abbreviation or a question', () => {
    expect(dateOf('Release Number 8612-23\n\nCFTC Charges Offshore Exchange Operator with Evading U.S. Law\n\nNovember 21, 2023\n\nWashington, D.C. — The Commission today announced a settled order.')).toBe('2023-11-21');
    expect(dateOf('Press Release 41-24\n\nRegulator Fines Payments Firm Over U.K. Sanctions Breaches\n\nMarch 5, 2024\n\nLondon — The regulator said today that it had fined a firm.')).toBe('2024-03-05');
    expect(dateOf('acme / widgets  Public\n\nWhy does the export drop the last row? #88\nAnswered by rlee\njdoe asked this question in Q&A\n\njdoe\non Jan 9, 2025\n\nI ran the export twice and the last row is missing both times.')).toBe('2025-01-09');
  });
  it('reads no date under a first paragraph of text', () => {
    expect(dateOf('We met at the harbour. The boats were out and nobody was around to ask.\nThe second line of the paragraph runs on here and keeps going for a while.\n\nMarch 5, 2024')).toBeNull();
  });
});

describe('other header forms', () => {
  it('reads Tagalog month names', () => {
    expect(foreignDay('Nai-post: Setyembre 3, 2024 - 6:45 PM')).toBe('2024-09-03');
    expect(foreignDay('Nai-post: Hunyo 21, 2023 - 8:05 AM')).toBe('2023-06-21');
  });
  it('reads a wiki page\'s "Created by …, last modified by … on DATE"', () => {
    expect(dateOf('Founders\nCreated by Lena Kowalczyk, last modified by Tariq Aziz on Sep 02, 2024\n\nPage tree: Handbook')).toBe('2024-09-02');
    expect(dateOf('Onboarding checklist\nLast updated by Priya Nair on Feb 14, 2023\n\nPage tree: People')).toBe('2023-02-14');
  });
});

describe('a letter\'s first sentence under its salutation still ends the header', () => {
  it('reads the deck ending in a point only with the dateline right under it', () => {
    expect(dateOf('Harbor Rail (HBR) Q2 2024 Earnings Call Transcript\nHBR earnings call for the period ending June 30, 2024.\nJul 25, 2024, 8:30 a.m. ET\n\nContents:')).toBe('2024-07-25');
    expect(dateOf('Dear members,\n\nThe boathouse will close for repairs at the end of the month.\n\nBest wishes,\n\nAna Pires\n14 October 2023\n')).toBeNull();
  });
});
