/**
 * fix68-b: a programme field before a quoted title ('Keynote: "…"', 'Session: "…"', 'Debate: "…"')
 * over a labelled transcript was read as a speaker label, the title a quote by "Keynote"; a CSV or
 * TSV export's preamble above its header row (its title, "Exported on … by …") became claims with
 * no speaker; a chat table's row relaying a member's question ("Question from @sol_dev: …?") was
 * asked by the moderator who relayed it, not the member it is from.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; question?: string | null; text: string };
const DIR = join(FIXTURES, 'fix68', 'b');
const pick = (r: Rec) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker ?? null });
const of = (recs: Rec[], doc: string) => recs.filter((r) => r.doc === doc).map(pick);

describe('a programme field and a quoted title above a labelled transcript', () => {
  const recs = fixtureCorpus(DIR, ['ferry-forum-keynote-2022.txt', 'pier-sale-debate-2021.md', 'library-talks-session-2024.txt', 'coastal-science-keynote-2023.txt']).records as Rec[];

  it('reads the title line as a claim with no speaker, never a quote by the field', () => {
    expect(of(recs, 'ferry-forum-keynote-2022')).toEqual([
      { line: 2, type: 'claim', speaker: null, asker: null },
      { line: 4, type: 'qa', speaker: 'Anna Bell', asker: 'Moderator' },
    ]);
    expect(of(recs, 'pier-sale-debate-2021')).toEqual([
      { line: 3, type: 'claim', speaker: null, asker: null },
      { line: 5, type: 'qa', speaker: 'John Kell', asker: 'Moderator' },
    ]);
    expect(of(recs, 'library-talks-session-2024')).toEqual([
      { line: 2, type: 'claim', speaker: null, asker: null },
      { line: 4, type: 'qa', speaker: 'Hanna Lim', asker: 'Chair' },
    ]);
    expect(recs.some((r) => /^(?:Keynote|Debate|Session|Panel)$/.test(r.speaker ?? '') || /^(?:Keynote|Debate|Session)$/.test(r.asker ?? ''))).toBe(false);
  });

  it('still reads the turns under a longer header', () => {
    expect(of(recs, 'coastal-science-keynote-2023')).toEqual([
      { line: 2, type: 'claim', speaker: null, asker: null },
      { line: 4, type: 'qa', speaker: 'Amara Nwosu', asker: 'Moderator' },
      { line: 8, type: 'qa', speaker: 'Amara Nwosu', asker: 'Moderator' },
    ]);
  });
});

describe("a table export's preamble above its header row", () => {
  it("is the export's metadata, no claims; the rows under the header are read as before", () => {
    const recs = fixtureCorpus(DIR, ['allotment-questions-export-2022.csv', 'harbour-open-evening-questions-2020.tsv']).records as Rec[];
    expect(of(recs, 'allotment-questions-export-2022')).toEqual([
      { line: 5, type: 'qa', speaker: 'Gwen Harper', asker: 'Pat Doyle' },
      { line: 6, type: 'qa', speaker: 'Gwen Harper', asker: 'Sam Okoro' },
    ]);
    expect(of(recs, 'harbour-open-evening-questions-2020')).toEqual([{ line: 5, type: 'qa', speaker: 'Ana Pereira', asker: 'Kit Marlow' }]);
  });

  it('the same for probe55-b podcast CSV: its title and export note are no claims', () => {
    const recs = fixtureCorpus(join(FIXTURES, 'probe55', 'b'), ['podcast-listener-qa-tidewater-2019.csv']).records as Rec[];
    expect(recs.filter((r) => r.line <= 3)).toEqual([]);
    expect(recs.filter((r) => r.type === 'qa').map((r) => r.asker)).toEqual(['Harriet Blum', null, 'Dev Patel']);
  });
});

describe("a chat table's row relaying a member's question", () => {
  it('is asked by the member it is from, not by the moderator who relays it', () => {
    const recs = fixtureCorpus(DIR, ['relay-chat-solar-coop-2022.tsv']).records as Rec[];
    expect(recs.map(pick)).toEqual([
      { line: 2, type: 'quote', speaker: 'Priya Nair', asker: null },
      { line: 3, type: 'qa', speaker: 'Jonas Weber', asker: '@sol_dev' },
      { line: 5, type: 'qa', speaker: 'Jonas Weber', asker: '@mira_k' },
      { line: 7, type: 'quote', speaker: 'Priya Nair', asker: null },
    ]);
  });

  it('the same in probe55-b Telegram export: kofi_builds, ines.paz and gr4ce ask, Lena Marsh relays', () => {
    const recs = fixtureCorpus(join(FIXTURES, 'probe55', 'b'), ['telegram-ama-orchard-wallet-2021.tsv']).records as Rec[];
    expect(recs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [4, 'Tomasz Wierzbicki', '@kofi_builds'],
      [6, 'Tomasz Wierzbicki', '@ines.paz'],
      [9, 'Tomasz Wierzbicki', '@gr4ce'],
    ]);
    expect(recs.filter((r) => r.speaker === 'Lena Marsh').map((r) => r.line)).toEqual([2, 11]);
  });
});
