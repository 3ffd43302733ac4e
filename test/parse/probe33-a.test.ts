/**
 * probe33-a: print and web interviews in languages other than English. The shapes read wrong before:
 * a Spanish newspaper's "P." / "R." paragraphs (pregunta / respuesta, the letter and a full stop)
 * were read as prose, every answer a claim of nobody's; an Italian "D:" / "R:" interview (domanda /
 * risposta) took "D" for a person. Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));

describe('a Spanish newspaper interview lettered "P." / "R."', () => {
  it("reads each P. and its R. as a question and the interviewee's answer", () => {
    const c = corpusOf('es.txt', [
      'ENTREVISTA | Adela Lucero, consejera delegada de Transportes Lucero',
      '',
      'MARTA ESCOBEDO',
      'Bilbao - 14 de marzo de 2024',
      '',
      'Adela Lucero (Barakaldo, 1967) heredó en 2009 una empresa con 400 conductores.',
      '',
      'P. ¿Cuánto cuesta un autobús eléctrico?',
      '',
      'R. Unos 480.000 euros, más del doble que uno diésel.',
      '',
      'P. El Gobierno vasco ofrece ayudas.',
      '',
      'R. Que cubren el 20%, y con retraso. Cobramos la subvención de 2021 en 2023.',
      '',
      'P. ¿Habrá una cuarta generación?',
      '',
      'R. Mi hijo Jon trabaja en la empresa desde 2020.',
    ].join('\n'));
    const first = recordWith(c, /480\.000 euros/);
    expect(first?.type).toBe('qa');
    expect(first?.question).toBe('¿Cuánto cuesta un autobús eléctrico?');
    expect(first?.text).not.toMatch(/^R\./);
    expect(first?.speaker).toBe('Adela Lucero');
    expect(recordWith(c, /subvención/)?.question).toBe('El Gobierno vasco ofrece ayudas.');
  });
  it('reads the same letters in other words, and spelt out ("Pregunta." / "Respuesta.")', () => {
    const c = corpusOf('pt.txt', [
      'Entrevista com Rui Fontoura, presidente da Cooperativa do Douro',
      '',
      'Rui Fontoura, 59 anos, preside desde 2016 a maior cooperativa de vinho do Porto.',
      '',
      'Pregunta. ¿Cuántos socios tiene la cooperativa?',
      '',
      'Respuesta. Somos 1.200 viticultores, la mitad con menos de dos hectáreas.',
      '',
      'Pregunta. ¿Y el precio de la uva?',
      '',
      'Respuesta. Bajó un 18% en 2023. Muchos socios no cubren costes.',
    ].join('\n'));
    const answer = recordWith(c, /1\.200 viticultores/);
    expect(answer?.type).toBe('qa');
    expect(answer?.question).toBe('¿Cuántos socios tiene la cooperativa?');
    expect(answer?.speaker).toBe('Rui Fontoura');
    expect(c.records.some((r) => r.speaker === 'Pregunta' || r.speaker === 'Respuesta')).toBe(false);
  });
  it('a paragraph that opens on an initial is no lettered turn', () => {
    const c = corpusOf('initial.txt', [
      'Notes on the label',
      '',
      'R. Kelly Brandt founded the label in 1998 and sold it in 2011.',
      '',
      'P. Warrender, her partner, kept the catalogue until 2015.',
      '',
      'The archive went to the university in 2019.',
    ].join('\n'));
    expect(recordWith(c, /Brandt founded/)?.text).toMatch(/^R\. Kelly Brandt/);
    expect(c.records.some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('an Italian interview lettered "D:" / "R:"', () => {
  it('reads D: as the question, never a person "D", and R: as the interviewee', () => {
    const c = corpusOf('it.txt', [
      "L'INTERVISTA / Giulia Ferrante, fondatrice di Lanificio Ferrante",
      '',
      'di Paolo Brambilla',
      '',
      'BIELLA — Giulia Ferrante ha 64 anni, ha fondato il Lanificio Ferrante nel 1991.',
      '',
      'D: Signora Ferrante, i dazi americani vi preoccupano?',
      '',
      'R: Ci preoccupano, ma gli Stati Uniti valgono il 9% del nostro fatturato.',
      '',
      'D: Ora però mancano gli operai.',
      '',
      'R: È il problema numero uno. Abbiamo 90 posti liberi.',
    ].join('\n'));
    const first = recordWith(c, /valgono il 9%/);
    expect(first?.type).toBe('qa');
    expect(first?.speaker).toBe('Giulia Ferrante');
    expect(c.records.some((r) => r.speaker === 'D')).toBe(false);
    expect(recordWith(c, /problema numero uno/)?.speaker).toBe('Giulia Ferrante');
  });
  it('reads the same letters in other words', () => {
    const c = corpusOf('it2.txt', [
      'Intervista a Sergio Malvezzi, sindaco di Cortemaggiore',
      '',
      'Sergio Malvezzi, 47 anni, è sindaco dal 2019.',
      '',
      'D: Quanto è costato il nuovo ponte?',
      '',
      'R: Quattro milioni e 200 mila euro, metà dalla Regione.',
      '',
      'D: I lavori sono finiti in ritardo.',
      '',
      'R: Di sette mesi, per la piena del maggio 2024.',
    ].join('\n'));
    expect(recordWith(c, /Quattro milioni/)?.speaker).toBe('Sergio Malvezzi');
    expect(c.records.some((r) => r.speaker === 'D')).toBe(false);
  });
});

describe("a web interview's dateline of several fields", () => {
  it('reads the date of the first dated field ("3. Mai 2023, 16:41 Uhr / Aktualisiert am … / 142 Kommentare")', () => {
    const c = corpusOf('de.txt', [
      'ZEIT ONLINE | Wirtschaft | Energiewende',
      '',
      'Stromnetze',
      '„Wir bauen das Netz von 2045 mit den Regeln von 1998“',
      '',
      'Die Netzbetreiberin Katrin Oberländer und der Solarunternehmer Murat Yıldız streiten über Kosten.',
      'Interview: Felix Hardenberg',
      '3. Mai 2023, 16:41 Uhr / Aktualisiert am 4. Mai 2023, 8:05 Uhr / 142 Kommentare',
      '',
      'ZEIT ONLINE: Wer ist schuld?',
      '',
      'Yıldız: Ich fange gern an. Wir haben 2021 den Antrag gestellt.',
      '',
      'Oberländer: Das ist ärgerlich, keine Frage.',
    ].join('\n'));
    expect(recordWith(c, /Antrag gestellt/)?.date).toBe('2023-05-03');
  });
  it('reads a byline whose date follows a dash ("Propos recueillis par NAME — publié le 12 mars 2025 à 7h30, mis à jour …")', () => {
    const c = corpusOf('fr.md', [
      '# « La mer ne rend rien »',
      '',
      '*Propos recueillis par Yann Kerouredan — publié le 9 octobre 2024 à 6h00, mis à jour le 9 octobre 2024 à 14h12*',
      '',
      '**Ouest Matin :** Combien de bateaux reste-t-il au port ?',
      '',
      '**Gwenola Tanguy :** Vingt-deux. Nous étions 60 en 1995.',
      '',
      '**Ouest Matin :** Et demain ?',
      '',
      '**Gwenola Tanguy :** Demain, personne ne sait.',
    ].join('\n'));
    expect(recordWith(c, /Vingt-deux/)?.date).toBe('2024-10-09');
  });
  it('reads no date from a sentence that names one between dashes', () => {
    const c = corpusOf('fr2.txt', [
      'Notes de lecture',
      '',
      'Le livre est paru le 3 mars 2011 — trop tard, selon son auteur — et il a été traduit en neuf langues depuis sa sortie, puis réédité.',
      '',
      'Il a reçu deux prix.',
    ].join('\n'));
    expect(c.records[0]?.date ?? null).toBeNull();
  });
});
