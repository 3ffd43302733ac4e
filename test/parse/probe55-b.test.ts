/**
 * AMA exports as tables, probe55-b: a chat export that gives the sender's id beside the sender's name
 * ("AuthorID", "Author") is read by the name, not the id; a Telegram export's "from_name" column is
 * who sent each row; a chat's display name keeps neither Discord's tag ("Yuki Halvorsen#7788") nor a
 * role after a bar ("Lena Marsh | Admin"); a recap sheet's "Summary" column is the row's words, and a
 * note-taker's "Asked why …" asks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe55', 'b');
const pick = (r: Rec) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker ?? null });

describe('a Discord export with the author id beside the author', () => {
  const records = fixtureCorpus(DIR, ['discord-ama-ceramicist-2022.tsv']).records as Rec[];

  it('names each row by its author, the guest\'s rows one answer, no tag', () => {
    expect(records.map(pick)).toEqual([
      { line: 2, type: 'quote', speaker: 'moss.mod', asker: null },
      { line: 3, type: 'qa', speaker: 'Yuki Halvorsen', asker: 'claywitch' },
      { line: 7, type: 'qa', speaker: 'Yuki Halvorsen', asker: 'potterpaul' },
      { line: 10, type: 'quote', speaker: 'moss.mod', asker: null },
    ]);
    expect(records[1]!.text).toMatch(/never call it a failure\.\nAbout one in ten[^]*So I keep everything/);
  });
});

describe('a Telegram export with a from_name column and a role after a bar', () => {
  const records = fixtureCorpus(DIR, ['telegram-ama-orchard-wallet-2021.tsv']).records as Rec[];

  it('reads who sent each row, the admin without her role', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map(pick)).toEqual([
      // (fix68-b: each question Lena Marsh relays, "Q from @kofi_builds: …?", is asked by the member it is from)
      { line: 4, type: 'qa', speaker: 'Tomasz Wierzbicki', asker: '@kofi_builds' },
      { line: 6, type: 'qa', speaker: 'Tomasz Wierzbicki', asker: '@ines.paz' },
      { line: 9, type: 'qa', speaker: 'Tomasz Wierzbicki', asker: '@gr4ce' },
    ]);
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'quote', speaker: 'kofi_builds' });
    expect(records.find((r) => r.line === 2)?.speaker).toBe('Lena Marsh');
  });
});

describe('a Spaces recap sheet: Timestamp, Speaker, Summary', () => {
  const records = fixtureCorpus(DIR, ['x-spaces-recap-lumen-grid-2023.tsv']).records as Rec[];

  it('reads the summaries as the speakers\' turns, "Asked why …" a question', () => {
    expect(records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 2, type: 'qa', speaker: 'Hugo Delacroix', asker: 'Priya Raman' },
      { line: 5, type: 'qa', speaker: 'Hugo Delacroix', asker: '@voltnerd' },
      { line: 7, type: 'qa', speaker: 'Hugo Delacroix', asker: 'Priya Raman' },
    ]);
    expect(records.find((r) => r.line === 9)?.speaker).toBe('Priya Raman');
  });
});

describe('the other exports stay read as they were', () => {
  it('a form with a later answer column, a bilingual sheet, a CSV under a preamble', () => {
    const recs = fixtureCorpus(DIR, ['library-panel-questions-form-2024.tsv', 'bilingual-qa-coffee-coop-2020.tsv', 'podcast-listener-qa-tidewater-2019.csv']).records as Rec[];
    const qa = (doc: string) => recs.filter((r) => r.doc.startsWith(doc) && r.type === 'qa').map(pick);
    expect(qa('library')).toEqual([
      { line: 2, type: 'qa', speaker: 'Oona Fairweather', asker: 'Marcus Webb' },
      { line: 3, type: 'qa', speaker: 'Samir Haddad', asker: null },
      { line: 4, type: 'qa', speaker: 'Samir Haddad', asker: 'Joanna Pike' },
      { line: 6, type: 'qa', speaker: 'Oona Fairweather', asker: 'Ruth Okonjo' },
    ]);
    // the office before the answerer's name in the cell is the answerer's role, no part of the name
    expect(recs.filter((r) => r.doc.startsWith('library') && r.type === 'qa').map((r) => (r as Rec & { role: string | null }).role)).toEqual(['Director', 'Deputy Director', 'Deputy Director', 'Director']);
    expect(qa('bilingual').map((r) => r.speaker)).toEqual(['Ramón Esquivel', 'Ramón Esquivel', 'Carmen Esquivel']);
    expect(qa('podcast').map((r) => [r.speaker, r.asker])).toEqual([['Neil Osei', 'Harriet Blum'], ['Neil Osei', null], ['Marta Lindqvist', 'Dev Patel']]);
  });
});
