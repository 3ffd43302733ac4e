/**
 * Leftovers of probe33-a (fix44): foreign-language print interviews. An interview's credit line
 * naming who asked ("Das Gespräch führte NAME.", "Interview: NAME", "Propos recueillis par NAME",
 * "Entrevista de NAME") is no claim, and the asking side is that person, the outlet's label their
 * role (A9). Each shape is read in the probe's document and in a text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe33', 'a');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const claimsAt = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.type === 'claim' && r.line <= line && r.endLine >= line);
const askers = (c: Corpus, doc: string) => [...new Set(recs(c, doc).filter((r) => r.type === 'qa').map((r) => (r as { asker?: string | null }).asker ?? null))];

describe("an interview's credit line naming the interviewer (probe33-a A9)", () => {
  it('reads the credit as no claim and gives its name to the outlet-labelled questions', () => {
    const de = 'de-zeit-doppelinterview-netzagentur';
    const fr = 'fr-lesechos-entretien-marchetti';
    const c = fixtureCorpus(PROBE, [`${de}.txt`, `${fr}.md`]);
    expect(claimsAt(c, de, 7)).toEqual([]);
    expect(claimsAt(c, de, 53)).toEqual([]);
    expect(askers(c, de)).toEqual(['Felix Hardenberg']);
    expect(askers(c, fr)).toEqual(['Hélène Castaing']);
  });

  it('reads the same credit in other words and languages', () => {
    const body = (label: string, credit: string) =>
      [
        'TAGESBLATT DIGITAL | Kultur | Theater',
        '',
        '„Wir spielen für die, die nie ins Theater gehen“',
        '',
        'Die Intendantin Ruth Sommerfeld und der Regisseur Jonas Albrecht über volle Säle und leere Kassen.',
        '',
        `${label}: Frau Sommerfeld, Herr Albrecht, wie voll sind die Säle?`,
        '',
        'Sommerfeld: Voll. Wir haben 2024 mehr Karten verkauft als je zuvor.',
        '',
        'Albrecht: Aber die Kassen sind leer. Das passt nicht zusammen.',
        '',
        `${label}: Wer bezahlt das am Ende?`,
        '',
        'Sommerfeld: Die Stadt, wie immer. Wir verhandeln seit März.',
        '',
        credit,
      ].join('\n');
    const c = loadCorpus(
      tempCorpus({
        'theater.txt': body('TAGESBLATT DIGITAL', 'Das Gespräch führte Ingrid Vasold.'),
      }),
    );
    expect(claimsAt(c, 'theater', 17)).toEqual([]);
    expect(askers(c, 'theater')).toEqual(['Ingrid Vasold']);
  });
});

describe("a lettered interview's credit line (probe33-a A9)", () => {
  it('gives the questions "P." / "D:" to the interviewer the credit names', () => {
    const es = [
      'ENTREVISTA | Tomás Irigoyen, alcalde de Villanueva',
      '',
      '«El puente llegará en 2027, no antes»',
      '',
      'Entrevista de Lucía Mendizábal',
      '',
      'P. ¿Cuándo abrirá el puente?',
      '',
      'R. En 2027. La obra empezó tarde por un recurso judicial.',
      '',
      'P. ¿Cuánto costará?',
      '',
      'R. Unos 14 millones de euros, la mitad de fondos europeos.',
    ].join('\n');
    const it_ = [
      "L'INTERVISTA / Bruna Cattaneo, direttrice del Museo Civico",
      '',
      'D: Quanti visitatori avete avuto nel 2024?',
      '',
      'R: Centoventimila, il doppio del 2019.',
      '',
      'D: E il biglietto aumenterà?',
      '',
      'R: No, resterà a otto euro fino al 2026.',
      '',
      'Intervista di Marco Ferretti',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'ponte.txt': es, 'museo.txt': it_ }));
    expect(askers(c, 'ponte')).toEqual(['Lucía Mendizábal']);
    expect(claimsAt(c, 'ponte', 5)).toEqual([]);
    expect(askers(c, 'museo')).toEqual(['Marco Ferretti']);
    expect(claimsAt(c, 'museo', 11)).toEqual([]);
  });
});

describe('a dateline with its time under a byline in capitals, below masthead, kicker, headline and standfirst (probe33-a A5)', () => {
  const date = (c: Corpus, id: string) => c.documents.find((d) => d.id === id)!.meta.date;
  it('dates the probe document by its "Bilbao - 14 de marzo de 2024 - 06:00 CET"', () => {
    const c = fixtureCorpus(PROBE, ['es-elpais-entrevista-lucero.txt']);
    expect(date(c, 'es-elpais-entrevista-lucero')).toBe('2024-03-14');
  });

  it('dates a text in other words the same way', () => {
    const text = [
      'LA VOZ DEL SUR',
      'CULTURA',
      '',
      'ENTREVISTA | Bruna Cattaneo, directora del Museo de Bellas Artes',
      '',
      '«Un museo vacío no le sirve a nadie»',
      '',
      'La historiadora, que dirige desde 2018 la pinacoteca más visitada de Andalucía, explica cómo ha duplicado el público en cinco años sin subir el precio de la entrada',
      '',
      'MARCO FERRETTI',
      'Sevilla - 2 de junio de 2023 - 07:30 CEST',
      '',
      'Bruna Cattaneo dirige el museo desde 2018. Nos recibe en su despacho del segundo piso.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'museo.txt': text }));
    expect(date(c, 'museo')).toBe('2023-06-02');
  });
});

describe("a page's foot in other languages is no claim (probe33-a A6-A8)", () => {
  it('reads the probe pages without the comment count, rights notice, paywall and Trust Project label as claims', () => {
    const c = fixtureCorpus(PROBE, ['es-elpais-entrevista-lucero.txt', 'it-corriere-intervista-ferrante.txt', 'fr-lesechos-entretien-marchetti.md']);
    expect(claimsAt(c, 'es-elpais-entrevista-lucero', 48)).toEqual([]);
    expect(claimsAt(c, 'es-elpais-entrevista-lucero', 50)).toEqual([]);
    expect(claimsAt(c, 'it-corriere-intervista-ferrante', 40)).toEqual([]);
    expect(claimsAt(c, 'fr-lesechos-entretien-marchetti', 44)).toEqual([]);
  });

  it('reads the same foot in other words', () => {
    const body = (foot: string) =>
      ['Il sindaco ha inaugurato la nuova biblioteca nel 2024. Costa 3 milioni di euro.', '', 'I lavori sono durati due anni.', '', foot, ''].join('\n');
    const c = loadCorpus(
      tempCorpus({
        'a.txt': body('© Riproduzione riservata'),
        'b.txt': body('Kommentare (112)'),
        'c.txt': body('*Ce contenu est réservé aux abonnés. Abonnez-vous pour le lire en entier.*'),
        'd.txt': body('Adheres to the criteria of The Trust Project'),
      }),
    );
    for (const id of ['a', 'b', 'c', 'd']) expect(claimsAt(c, id, 5)).toEqual([]);
  });
});
