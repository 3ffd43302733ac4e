/**
 * fix71-a: a meeting export's numbered voices ("Speaker 2", "Participant 1") named by the host who
 * hands them the floor ("Over to you, Priya.", "Kenji, can you …?", "The floor is yours, Lena.") and
 * thanks them after their turn ("Thanks, Priya."): a voice so named at least twice, never otherwise,
 * is that person in every turn (in full where the text gives the surname). A name handed to two
 * voices, or a voice named once, names no one.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';
import { loadCorpus } from '../../src/load/load.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const at = (records: Rec[], line: number) => records.find((r) => r.line === line);

describe('numbered voices named by the host', () => {
  it('probe58-a: Zoom "Speaker 2" is Priya, "Speaker 3" Marco; Teams "Participant 1" is Kenji', () => {
    const zoom = fixtureCorpus(join(FIXTURES, 'probe58', 'a'), ['zoom-school-board-2022.vtt']).records as Rec[];
    // (fix72-a: the host's hand-over "Over to you, Priya." asks nothing: her report is her quote.)
    expect(at(zoom, 9)).toMatchObject({ type: 'quote', speaker: 'Priya' });
    for (const line of [13, 25]) expect(at(zoom, line)).toMatchObject({ type: 'qa', speaker: 'Priya' });
    expect(at(zoom, 21)).toMatchObject({ type: 'qa', speaker: 'Marco', asker: 'Maria Lopez' });
    expect(at(zoom, 25)?.asker).toBe('Marco');
    const teams = fixtureCorpus(join(FIXTURES, 'probe58', 'a'), ['teams-product-sync-2023.txt']).records as Rec[];
    expect(at(teams, 10)).toMatchObject({ type: 'quote', speaker: 'Kenji' });
    for (const line of [14, 26]) expect(at(teams, line)).toMatchObject({ type: 'qa', speaker: 'Kenji', asker: 'Ruth Bennett' });
    // Sofia is thanked once only: Participant 2 stays.
    expect(at(teams, 22)?.speaker).toBe('Participant 2');
  });

  it('a labelled transcript: "Tomas, go ahead." / "Thank you, Tomas." names Speaker 2 in full', () => {
    const r = fixtureCorpus(join(FIXTURES, 'fix71', 'a'), ['council-budget-call-2023.txt']).records as Rec[];
    // (fix72-a: "Tomas, go ahead." hands him the floor and asks nothing: his report, line 6, is his quote.)
    expect(at(r, 6)).toMatchObject({ type: 'quote', speaker: 'Tomas Ferreira' });
    for (const line of [8, 14]) expect(at(r, line)?.speaker).toBe('Tomas Ferreira');
    expect(at(r, 12)).toMatchObject({ speaker: 'Speaker 3', asker: 'Dana Whitfield' });
    expect(at(r, 14)?.asker).toBe('Speaker 3');
  });

  it('a VTT with inline "Participant N:" labels: the floor given, the thanks after', () => {
    const r = fixtureCorpus(join(FIXTURES, 'fix71', 'a'), ['webinar-water-2021.vtt']).records as Rec[];
    expect(r.some((x) => /Participant \d:/.test(x.text))).toBe(false);
    // (fix72-a: "The floor is yours, Lena." asks nothing: her opening, line 7, is her quote.)
    expect(at(r, 7)).toMatchObject({ type: 'quote', speaker: 'Lena' });
    for (const line of [10, 22]) expect(at(r, line)).toMatchObject({ type: 'qa', speaker: 'Lena', asker: 'Helen Ashby' });
    expect(at(r, 16)).toMatchObject({ type: 'qa', speaker: 'Omar' });
  });

  it('a name handed to two voices names neither', () => {
    const r = fixtureCorpus(join(FIXTURES, 'fix71', 'a'), ['panel-jump-in-2022.txt']).records as Rec[];
    expect(at(r, 4)?.speaker).toBe('Speaker 1');
    expect(at(r, 16)?.speaker).toBe('Speaker 1');
    expect(at(r, 8)?.speaker).toBe('Speaker 2');
  });

  it('in other words: named once, or by a title, names no one', async () => {
    const doc = async (lines: string[]) => (await loadCorpus(tempCorpus({ 'standup-2024.txt': lines.join('\n\n') }))).records as Rec[];
    const once = await doc([
      'Standup', 'Ana Ruiz: Morning. Over to you, Bilal.', 'Speaker 2: Thanks. The build is green.',
      'Ana Ruiz: Any blockers?', 'Speaker 2: None today.', 'Ana Ruiz: Great, see you tomorrow.',
    ]);
    expect(once.filter((x) => x.text.startsWith('None today')).map((x) => x.speaker)).toEqual(['Speaker 2']);
    const titled = await doc([
      'Standup', 'Ana Ruiz: Morning. Over to you, Professor.', 'Speaker 2: Thanks. The build is green.',
      'Ana Ruiz: Thank you, Professor. Any blockers?', 'Speaker 2: None today.',
    ]);
    expect(titled.filter((x) => x.text.startsWith('None today')).map((x) => x.speaker)).toEqual(['Speaker 2']);
    const twice = await doc([
      'Standup', 'Ana Ruiz: Morning. Over to you, Bilal.', 'Speaker 2: Thanks. The build is green.',
      'Ana Ruiz: Thanks, Bilal. Any blockers?', 'Speaker 2: None today.',
    ]);
    expect(twice.filter((x) => x.text.startsWith('None today')).map((x) => x.speaker)).toEqual(['Bilal']);
  });
});
