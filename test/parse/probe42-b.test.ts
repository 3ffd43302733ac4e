/**
 * Newspaper interviews and news in the Latin-script European languages, as analysts clip them.
 * Before: a byline with a lowercase particle in the name ("Door Pieter de Boer"), the Italian one
 * in lower case ("di Marco Zanon") or one going on with where and when the writer files ("Von Jana
 * Weber, 12. März 2024", "Par Sophie Marchal, à Hagondange (Moselle)", "Por María López |
 * Santander, 14 de noviembre de 2023") was no byline: no author, and the line headed every record
 * under it as a section. A lettered interview (P:/R:, F:/A:, D:/R:, V:/A:, "Pregunta." /
 * "Respuesta.") under one writer's byline had nobody asking, the Dutch question letter "V" was
 * itself the asker, and the interviewee was nobody where the headline quotes them after their name
 * ("Camille Rouxel : « … »", "La biologa Chiara Dalla Valle: «…»") or the first question
 * addresses them ("Frau Ostermann, …"), and the firm in "Inés Albarrán, presidenta de Naviera
 * Cantábrica: «…»" where the title opens on the person.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe42', 'b');

describe('probe42-b: European-language newspaper interviews', () => {
  it('reads the bylines in the fixtures as authors, no section, and the writer as the asker', () => {
    const c = fixtureCorpus(DIR);
    const author = (id: string) => c.documents.find((d) => d.id === id)!.meta.author;
    expect(author('nl-interview-v-a-2018')).toBe('Pieter de Boer');
    expect(author('it-intervista-d-r-2021')).toBe('Marco Zanon');
    expect(author('fr-article-declaration-2024')).toBe('Sophie Marchal');
    expect(author('de-interview-f-a-2024')).toBe('Jana Weber');
    expect(c.records.filter((r) => /^(?:Door|di|Par|Von|Por) /.test(r.section ?? ''))).toEqual([]);
    const qa = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa');
    // The Dutch question letter is no person; with no interviewee the header names, nobody asks either.
    expect(qa('nl-interview-v-a-2018').map((r) => [r.line, r.asker])).toEqual([[12, null], [16, null], [20, null], [24, null], [28, null]]);
    expect(qa('nl-interview-v-a-2018').find((r) => r.line === 28)).toMatchObject({ question: 'Je coach, Jan Wierda, noemde je ‘de hardste werker die ik ooit heb gehad’.' });
    expect(qa('it-intervista-d-r-2021').map((r) => [r.line, r.speaker, r.asker])).toEqual([14, 18, 22, 26, 30, 34].map((l) => [l, 'Chiara Dalla Valle', 'Marco Zanon']));
    expect(qa('es-pregunta-respuesta-elfaro-2023').map((r) => [r.speaker, r.asker])).toEqual(Array(7).fill(['Inés Albarrán', 'María López']));
    expect(qa('pt-entrevista-p-r-2020').every((r) => r.speaker === 'Rui Tavares Mendes' && r.asker === 'Ana Cristina Figueiredo')).toBe(true);
    expect(qa('fr-entretien-qr-2022').map((r) => [r.line, r.speaker, r.asker])).toEqual([12, 16, 20, 24, 28, 32].map((l) => [l, 'Camille Rouxel', 'Thomas Le Guen']));
    expect(qa('de-interview-f-a-2024').map((r) => [r.line, r.speaker, r.asker])).toEqual([12, 16, 20, 24, 28, 32].map((l) => [l, 'Katrin Ostermann', 'Jana Weber']));
    expect(qa('de-interview-f-a-2024')[0]).toMatchObject({ question: 'Frau Ostermann, die Baubranche steckt in der Krise. Sie auch?', year: 2024 });
  });

  it('in other words: other writers, particles, cities and dates, the same layouts', () => {
    const c = loadCorpus(tempCorpus({
      'vraag.txt': ['DE STEDENKRANT', 'Woensdag 14 mei 2025 | Economie', '', 'Bakker met zeven filialen wil niet groeien', '', 'Door Anouk van der Berg', '',
        'UTRECHT – Sanne Kuipers opende haar eerste bakkerij in 2011 aan de Oudegracht.', '', 'V: Waarom geen achtste filiaal?', '',
        'A: Omdat ik dan niet meer zelf in de bakkerij sta. Zeven is genoeg.', '', 'V: Hoeveel brood verkoopt u per dag?', '', "A: Zo'n 2.400 broden, op zaterdag het dubbele.", ''].join('\n'),
      'domanda.txt': ['LA VOCE DI BERGAMO', 'Economia — 2 febbraio 2023', '', 'di Giulia Ferri', '', 'BERGAMO — Il casaro Ettore Brembilla produce formai de mut dal 1988.', '',
        "D: Quante forme fate all'anno?", '', 'R: Circa 6.500, tutte in alpeggio da giugno a settembre.', '', 'D: E il prezzo?', '', 'R: Diciotto euro al chilo. Nel 2019 erano quattordici.', ''].join('\n'),
      'frage.txt': ['Weserblick', 'Kultur | Interview', '', '„Ein Orchester ist kein Start-up“', '',
        'Die Intendantin der Bremer Philharmonie, Prof. Ulrike Hansen, über leere Säle und volle Terminkalender.', '', 'Von Tobias Kramer, 4. Oktober 2022', '',
        'F: Frau Hansen, wie voll sind Ihre Konzerte nach der Pandemie?', '', 'A: Zu 71 Prozent. Vor 2020 waren es 88.', '', 'F: Was fehlt?', '', 'A: Die Abonnenten über siebzig. Viele kommen nicht zurück.', ''].join('\n'),
      'pregunta.txt': ['DIARIO DEL SUR', 'Cultura', '', 'Tomás Quiroga, director del Festival de Jazz de Almuñécar: «Sin subvención no hay festival»', '',
        'Por Lucía Barrios | Granada, 9 de julio de 2024', '', 'P. ¿Cuánto cuesta el festival este año?', '', 'R. Unos 410.000 euros, y la Junta pone la mitad.', '',
        'P. ¿Y si no la pone?', '', 'R. Entonces no hay festival. Así de sencillo.', ''].join('\n'),
      'questions.txt': ['LE JOURNAL DU JURA', 'Samedi 11 mars 2023', '', 'Hélène Brossard\u00a0: «\u00a0La montre mécanique n\'est pas morte\u00a0»', '', 'Propos recueillis par Julien Perret', '',
        'Q\u00a0: Madame Brossard, combien de montres vendez-vous par an\u202f?', '', 'R\u00a0: Environ 1 800, toutes assemblées à la main.', '', 'Q\u00a0: Et vos clients\u202f?', '', 'R\u00a0: Des Japonais, surtout. Un tiers du chiffre.', ''].join('\n'),
    }));
    const qa = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.section]);
    // No interviewee named: no side named (the byline's writer asks only the person the header names).
    expect(qa('vraag')).toEqual([[10, null, null, null], [14, null, null, null]]);
    expect(qa('domanda')).toEqual([[8, null, null, null], [12, null, null, null]]);
    expect(qa('frage')).toEqual([[10, 'Ulrike Hansen', 'Tobias Kramer', null], [14, 'Ulrike Hansen', 'Tobias Kramer', null]]);
    expect(qa('pregunta').map((r) => r.slice(0, 3))).toEqual([[8, 'Tomás Quiroga', 'Lucía Barrios'], [12, 'Tomás Quiroga', 'Lucía Barrios']]);
    expect(qa('questions')).toEqual([[8, 'Hélène Brossard', 'Julien Perret', null], [12, 'Hélène Brossard', 'Julien Perret', null]]);
    expect(c.records.find((r) => r.doc === 'frage' && r.line === 10)).toMatchObject({ text: 'Zu 71 Prozent. Vor 2020 waren es 88.', question: 'Frau Hansen, wie voll sind Ihre Konzerte nach der Pandemie?' });
    expect(c.documents.map((d) => [d.id, d.meta.author]).sort()).toEqual([
      ['domanda', 'Giulia Ferri'], ['frage', 'Tobias Kramer'], ['pregunta', 'Lucía Barrios'], ['questions', null], ['vraag', 'Anouk van der Berg'],
    ]);
  });

  it('reads German »…« as quotation marks, set tight against the words, the French spaced « … » as before', () => {
    const c = fixtureCorpus(DIR, ['de-bericht-zitate-2019.txt']);
    const quote = (line: number) => c.records.find((r) => r.doc === 'de-bericht-zitate-2019' && r.line === line && r.type === 'quote');
    expect(quote(12)).toMatchObject({ text: 'Die Folgekosten stehen nirgends. Wer zahlt den Unterhalt, wenn die Liegeplätze leer bleiben?' });
    expect(quote(22)?.text).toBe('Wir schicken jedes Jahr Segler nach Lindau oder Konstanz. Das Geld geben sie dann dort aus.');
    // The attribution between the two »…« is the quote's context, so no sentence of the line is lost.
    expect(quote(22)?.context).toBe('»…«, sagte Oechsle. »…«');
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    const other = loadCorpus(tempCorpus({
      'bericht.txt': ['Kieler Rundschau', '', 'Werft streicht 140 Stellen', '', 'Von Malte Jessen, 3. Juni 2021', '',
        'Die Werft Nordmole baut bis 2022 insgesamt 140 Stellen ab. Ilka Sörensen, Betriebsrätin der Werft, sprach von einem schwarzen Tag.', '',
        '»Wir haben das aus der Zeitung erfahren«, sagte Sörensen. »Das ist kein Stil.«', '',
        'Der Vorstand verwies auf fehlende Aufträge.', ''].join('\n'),
      'reportage.txt': ['Le Petit Nantais', '', 'Par Léa Gourmelon', '',
        '« Nous avons attendu trois ans », explique Yves Tanguy, pêcheur au Croisic depuis 1994.', '',
        '» Le port a changé. « On ne reconnaît plus rien », dit-il encore.', ''].join('\n'),
    }));
    expect(other.records.filter((r) => r.doc === 'bericht' && r.type === 'quote').map((r) => [r.line, r.speaker, r.text])).toEqual([
      [9, 'Ilka Sörensen', 'Wir haben das aus der Zeitung erfahren. Das ist kein Stil.'],
    ]);
    // A French paragraph that opens on "» " (a quotation running on) pairs no "» … «" span.
    expect(other.records.filter((r) => r.doc === 'reportage' && r.type === 'quote').map((r) => r.text)).not.toContain(' Le port a changé. ');
    expect(other.records.filter((r) => r.doc === 'reportage' && r.type === 'quote').map((r) => r.text)).toContain('Nous avons attendu trois ans');
  });
});
