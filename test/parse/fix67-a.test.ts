/**
 * Profiles and features, fix67-a: a box's heading in capitals over its rows ("BY THE NUMBERS",
 * "FACT FILE", "AT A GLANCE") is a heading, its rows the page's facts, kept as the byline's claims as
 * the story's own sentences are; the publication's notes (a correction or clarification, "An earlier
 * version of this article …", a translator's note) are nobody's claims, not the byline's.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a box in capitals over its rows', () => {
  const founder = fixtureCorpus(join(FIXTURES, 'probe55', 'a'), ['founder-business-profile-2024.txt']).records as Rec[];
  const sidebar = fixtureCorpus(join(FIXTURES, 'fix67', 'a'), ['sidebar-notes-profile-2024.txt', 'translated-feature-baker-2023.txt']).records as Rec[];
  const doc = (name: string) => sidebar.filter((r) => r.doc.includes(name));

  it('reads "BY THE NUMBERS" as a heading, its rows as the byline\'s claims', () => {
    expect(at(founder, 28)).toBeUndefined();
    expect(at(founder, 29, 'claim')).toMatchObject({ speaker: 'Priya Raman', text: '€1.2bn - revenue in 2023' });
    expect(at(founder, 15)).toBeUndefined();
  });

  it('in other words: FACT FILE, AT A GLANCE, KEY DATES', () => {
    const s = doc('sidebar-notes');
    expect(at(s, 12)).toBeUndefined();
    expect(at(s, 13, 'claim')).toMatchObject({ speaker: 'Hannah Ekwueme', text: 'Born: 1968, Bergen' });
    expect(at(s, 21)).toBeUndefined();
    expect(at(s, 22, 'claim')?.speaker).toBe('Hannah Ekwueme');
    const t = doc('translated-feature');
    expect(at(t, 13)).toBeUndefined();
    expect(at(t, 14, 'claim')?.speaker).toBe('Luis Ortega');
  });
});

describe("the publication's notes", () => {
  const probe = fixtureCorpus(join(FIXTURES, 'probe55', 'a'), ['profile-captions-correction-2023.txt', 'translated-profile-fisherman-2024.txt']).records as Rec[];
  const fix = fixtureCorpus(join(FIXTURES, 'fix67', 'a'), ['sidebar-notes-profile-2024.txt', 'translated-feature-baker-2023.txt']).records as Rec[];
  const of = (records: Rec[], name: string) => records.filter((r) => r.doc.includes(name));

  it('a correction notice and a translation note are nobody\'s claims', () => {
    expect(at(of(probe, 'captions'), 28, 'claim')).toMatchObject({ speaker: null, text: expect.stringMatching(/^Correction, 9 May 2023: An earlier version/) });
    const fisher = of(probe, 'fisherman');
    expect(at(fisher, 10, 'claim')).toMatchObject({ speaker: null, text: 'Quotes translated from Portuguese.' });
    expect(at(fisher, 28, 'claim')?.speaker).toBeNull();
    // unchanged: the story's own sentences are the byline's
    expect(at(fisher, 12, 'claim')?.speaker).toBe('Claire Duvall');
  });

  it('in other words: a clarification, an earlier version, a translator under the byline', () => {
    const s = of(fix, 'sidebar-notes');
    expect(at(s, 25, 'claim')).toMatchObject({ speaker: null, text: 'This interview has been translated from Norwegian.' });
    expect(at(s, 27, 'claim')).toMatchObject({ speaker: null, text: expect.stringMatching(/^Clarification \(14 February 2024\)/) });
    expect(at(s, 29, 'claim')?.speaker).toBeNull();
    expect(at(s, 19, 'quote')?.speaker).toBe('Erik Haugen');
    const t = of(fix, 'translated-feature');
    expect(at(t, 7, 'claim')).toMatchObject({ speaker: null, text: 'Translated from the Spanish by Ana Beltrán.' });
    expect(at(t, 19, 'claim')).toMatchObject({ speaker: null, text: expect.stringMatching(/^Correction: A previous version/) });
    expect(at(t, 17, 'quote')?.speaker).toBe('Tomás Quintero');
  });
});
