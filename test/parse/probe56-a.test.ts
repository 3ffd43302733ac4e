/**
 * News and print interviews in Spanish, Portuguese, Italian, Dutch, French and German, probe56-a: a
 * lettered Q&A's answers are the person the headline or standfirst says was interviewed ("Entrevista
 * con NAME, fundadora de …", "Conversa com NAME, enóloga da …", "Intervista a NAME, sindaco di …",
 * "Interview: Pieter van Dijk over …") and its questions the byline's writer's, or the credit's ("Propos
 * recueillis par NAME"); Portuguese letters with a dash ("P — …" / "R — …") are turns; a name ends on no
 * particle ("dijo Ferrer al final"); "zei Van Dijk" is Pieter van Dijk; French's inverted compound past
 * ("a-t-elle déclaré") says who spoke as "dit-elle" does; a German role before a name
 * ("Gewerkschaftschef Frank Müller", "Bahnvorstand Jörg Brandt") or before one after a comma ("die
 * Sprecherin der Bahn, Katrin Hoffmann") is no part of it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; asker?: string | null; text: string };
const DIR = join(FIXTURES, 'probe56', 'a');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));
const qas = (records: Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker]);

describe('a lettered Q&A under a headline or standfirst naming whom it interviews', () => {
  it('Spanish "P:" / "R:" under "Entrevista con NAME, fundadora de FIRM" and "Por NAME"', () => {
    const records = fixtureCorpus(DIR, ['es-entrevista-panaderia-2024.txt']).records as Rec[];
    expect(qas(records)).toEqual([
      [8, 'Lucía Ferrer', 'Andrés Molina'],
      [11, 'Lucía Ferrer', 'Andrés Molina'],
      [14, 'Lucía Ferrer', 'Andrés Molina'],
    ]);
    // "dijo Ferrer al final de la entrevista": "al" (at the) ends no name
    expect(at(records, 19, 'quote')).toMatchObject({ speaker: 'Lucía Ferrer', text: 'No pienso vender la empresa' });
  });

  it('Portuguese "P —" / "R —" under "Conversa com NAME, enóloga da …"', () => {
    const records = fixtureCorpus(DIR, ['pt-entrevista-vinho-2023.txt']).records as Rec[];
    expect(qas(records)).toEqual([
      [10, 'Joana Prates', 'Rui Teixeira'],
      [13, 'Joana Prates', 'Rui Teixeira'],
      [16, 'Joana Prates', 'Rui Teixeira'],
    ]);
    expect(records.some((r) => r.type === 'claim' && /^[PR] —/.test(r.text))).toBe(false);
  });

  it('Italian "D:" / "R:" under "Intervista a NAME, sindaco di …"', () => {
    const records = fixtureCorpus(DIR, ['it-intervista-sindaco-2022.txt']).records as Rec[];
    expect(qas(records).map((q) => [q[1], q[2]])).toEqual(Array(3).fill(['Marco Bellandi', 'Giulia Ferraris']));
  });

  it('Dutch "V:" / "A:" under "Interview: Pieter van Dijk over …", and "zei Van Dijk"', () => {
    const records = fixtureCorpus(DIR, ['nl-interview-fietsenmaker-2021.txt']).records as Rec[];
    expect(qas(records).map((q) => [q[1], q[2]])).toEqual(Array(3).fill(['Pieter van Dijk', 'Sanne de Wit']));
    expect(at(records, 17, 'quote')?.speaker).toBe('Pieter van Dijk');
  });

  it('French bold questions under "Propos recueillis par NAME" (no byline): that writer asks', () => {
    const records = fixtureCorpus(DIR, ['fr-qa-astronaute-2024.txt']).records as Rec[];
    expect(qas(records)).toEqual([
      [6, 'Mathilde Roux', 'Nicolas Berger'],
      [9, 'Mathilde Roux', 'Nicolas Berger'],
      [12, 'Mathilde Roux', 'Nicolas Berger'],
    ]);
  });

  it('in other words: other titles, letters and papers', () => {
    const body = (title: string, byline: string, q: string, a: string) =>
      [title, '', byline, '3 de mayo de 2022', '', `${q} ¿Cómo empezó?`, `${a} Por casualidad.`, '', `${q} ¿Y ahora?`, `${a} Ahora vendemos en toda Europa.`].join('\n');
    const es = loadCorpus(tempCorpus({ 'e.txt': body('Entrevista a Tomás Vidal, director de Aceites del Sur', 'Por Elena Ruiz', 'P:', 'R:') })).records as Rec[];
    expect(qas(es).map((q) => [q[1], q[2]])).toEqual(Array(2).fill(['Tomás Vidal', 'Elena Ruiz']));
    const pt = loadCorpus(tempCorpus({ 'p.txt': body('Entrevista com Marta Lobo, presidente da Cooperativa do Minho', 'Por Paulo Reis', 'P –', 'R –') })).records as Rec[];
    expect(qas(pt).map((q) => [q[1], q[2]])).toEqual(Array(2).fill(['Marta Lobo', 'Paulo Reis']));
  });
});

describe('who speaks, in European news', () => {
  it('French "« … », a-t-elle déclaré": the woman just named', () => {
    const records = fixtureCorpus(DIR, ['fr-article-greve-2023.txt']).records as Rec[];
    expect(at(records, 10, 'quote')).toMatchObject({ speaker: 'Hélène Marchetti', text: "Nos marges ont fondu avec le prix de l'énergie" });
    expect(at(records, 8, 'quote')?.speaker).toBe('Sophie Garnier');
    expect(at(records, 14, 'quote')?.speaker).toBe('Karim Benali');
  });

  it('German: a role before the name is no part of it, nor is one before a comma', () => {
    const records = fixtureCorpus(DIR, ['de-nachricht-bahn-2023.txt']).records as Rec[];
    expect(at(records, 8, 'quote')?.speaker).toBe('Frank Müller');
    expect(at(records, 10, 'quote')?.speaker).toBe('Frank Müller');
    expect(at(records, 12, 'quote')).toMatchObject({ speaker: 'Katrin Hoffmann', text: 'Das Angebot liegt auf dem Tisch' });
    expect(at(records, 16, 'quote')?.speaker).toBe('Jörg Brandt');
  });

  it('in other words', () => {
    const text = [
      'Streit um den Hafen',
      '',
      'Von Eva Lorenz',
      '2. März 2022',
      '',
      '„Wir bauen weiter“, sagte der Geschäftsführer des Hafens, Olaf Brinkmann.',
      '',
      '„Das ist zu teuer“, sagte Abteilungsleiterin Petra Voss.',
      '',
      'La ministre, Claire Aubert, a parlé ensuite. « Nous verrons », a-t-elle ajouté.',
      '',
      '«No hay nada más que decir sobre el caso», dijo Ana Prieto al final de la vista.',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'hafen-2022.txt': text })).records as Rec[];
    expect(at(got, 6, 'quote')?.speaker).toBe('Olaf Brinkmann');
    expect(at(got, 8, 'quote')?.speaker).toBe('Petra Voss');
    expect(at(got, 10, 'quote')?.speaker).toBe('Claire Aubert');
    expect(at(got, 12, 'quote')?.speaker).toBe('Ana Prieto');
  });
});
