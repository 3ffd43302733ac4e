/**
 * European-language attribution, fix70-b: a profile's closing paragraph in Spanish with no subject
 * ('"…", dijo.') is the person the piece is about, as "she says" is; the present-tense "añade",
 * "agrega", "ergänzt", "fügt hinzu", "acrescenta" frame a quotation as their past tenses
 * do; a name after a works, firm or place noun with its article ("l'usine Valorin de Roubaix", "la
 * société Morel de Lyon", "la fábrica Ruiz de Haro") names that thing, no person the next
 * "affirme-t-il" / "afirmó" could stand for; "Selon NAME, …" (according to) is NAME's claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const at = (records: Rec[], doc: string, line: number, text: RegExp) =>
  records.find((r) => r.doc.startsWith(doc) && r.line === line && text.test(r.text));

describe('closing paragraph of a European-language profile', () => {
  const old = fixtureCorpus(join(FIXTURES, 'fix69', 'a'), ['cinco-minutos-con-elena-ruiz-2023.txt', 'fuenf-minuten-mit-anna-weber-2023.txt', 'cinq-minutes-avec-lucie-martin-2023.txt']).records as Rec[];

  it('credits "dijo." with no subject to the person the piece is about, and "añade:" / "fügt hinzu:" to the name before them', () => {
    expect(at(old, 'cinco', 17, /^El aceite/)).toMatchObject({ type: 'quote', speaker: 'Elena Ruiz' });
    expect(at(old, 'cinco', 17, /^Sin ella/)).toMatchObject({ type: 'quote', speaker: 'Luis Ortega' });
    expect(at(old, 'fuenf', 17, /^Ohne sie/)).toMatchObject({ type: 'quote', speaker: 'Jonas Brandt' });
    // unchanged
    expect(at(old, 'fuenf', 17, /^Milch/)).toMatchObject({ type: 'quote', speaker: 'Anna Weber' });
    expect(at(old, 'cinq', 17, /^Le lait/)).toMatchObject({ type: 'quote', speaker: 'Lucie Martin' });
    expect(at(old, 'cinq', 17, /^Sans elle/)).toMatchObject({ type: 'quote', speaker: 'Paul Renaud' });
  });

  it('in other words: another Spanish and German profile', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix70', 'b'), ['perfil-relojero-tomas-vidal-2022.txt', 'portrait-weinbau-jonas-fischer-2021.txt']).records as Rec[];
    expect(at(records, 'perfil', 17, /^Un reloj/)).toMatchObject({ type: 'quote', speaker: 'Tomás Vidal' });
    expect(at(records, 'perfil', 17, /^Él no descansa/)).toMatchObject({ type: 'quote', speaker: 'Clara Vidal' });
    expect(at(records, 'portrait', 17, /^Der Hang/)).toMatchObject({ type: 'quote', speaker: 'Jonas Fischer' });
    expect(at(records, 'portrait', 17, /^Ohne ihn/)).toMatchObject({ type: 'quote', speaker: 'Petra Lorenz' });
  });
});

describe('a name after a works, firm or place noun is no person', () => {
  it('credits "affirme-t-il" to the mayor named before it, not to "l\'usine Valorin de Roubaix"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe56', 'a'), ['fr-article-greve-2023.txt']).records as Rec[];
    expect(at(records, 'fr-article', 12, /^Personne ne gagne/)).toMatchObject({ type: 'quote', speaker: 'Julien Perrin' });
    expect(records.some((r) => r.speaker === 'Valorin de Roubaix')).toBe(false);
    // unchanged
    expect(at(records, 'fr-article', 10, /^Nos marges/)?.speaker).toBe('Hélène Marchetti');
  });

  it('in other words: "la société Morel de Lyon", "la fábrica Ruiz de Haro"', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix70', 'b'), ['fr-actu-fermeture-atelier-2024.txt', 'es-noticia-cierre-fabrica-2023.txt']).records as Rec[];
    expect(at(records, 'fr-actu', 8, /^On ne ferme/)).toMatchObject({ type: 'quote', speaker: 'Marc Aubry' });
    expect(at(records, 'fr-actu', 10, /^Nous allons/)).toMatchObject({ type: 'quote', speaker: 'Inès Caron' });
    expect(at(records, 'es-noticia', 8, /^Es un golpe/)).toMatchObject({ type: 'quote', speaker: 'Pedro Salinas' });
    expect(at(records, 'es-noticia', 10, /^Llevo treinta/)).toMatchObject({ type: 'quote', speaker: 'Rosa Gil' });
    expect(records.some((r) => r.speaker === 'Morel de Lyon' || r.speaker === 'Ruiz de Haro')).toBe(false);
  });
});

describe('"Selon NAME, …" (according to) credits NAME, as "According to NAME," does', () => {
  it('reads probe56-a\'s "Selon la directrice …, Hélène Marchetti, …" as her claim, "Selon la préfecture, …" as the writer\'s', () => {
    const records = fixtureCorpus(join(FIXTURES, 'probe56', 'a'), ['fr-article-greve-2023.txt']).records as Rec[];
    expect(at(records, 'fr-article', 10, /^Selon la directrice/)).toMatchObject({ type: 'claim', speaker: 'Hélène Marchetti' });
    expect(at(records, 'fr-article', 16, /^Selon la préfecture/)).toMatchObject({ type: 'claim', speaker: 'Claire Dumont' });
  });

  it('in other words: a role then a name, "Selon elle", and an agency', () => {
    const records = fixtureCorpus(join(FIXTURES, 'fix70', 'b'), ['fr-actu-hopital-urgences-2022.txt']).records as Rec[];
    expect(at(records, 'fr-actu-hopital', 8, /^Selon le directeur/)).toMatchObject({ type: 'claim', speaker: 'Bruno Lacombe' });
    expect(at(records, 'fr-actu-hopital', 8, /^Le ministère/)).toMatchObject({ type: 'claim', speaker: 'Camille Rousseau' });
    expect(at(records, 'fr-actu-hopital', 10, /^Selon elle/)).toMatchObject({ type: 'claim', speaker: 'Nadia Ferrand' });
    expect(at(records, 'fr-actu-hopital', 12, /^Selon l'agence/)).toMatchObject({ type: 'claim', speaker: 'Camille Rousseau' });
  });
});
