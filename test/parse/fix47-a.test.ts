/**
 * Quotations and dialogue in other languages' press (fix47-a, from probe37-b's findings):
 * - Spanish (Catalan, Portuguese) dialogue set close to its dash ("—¿Cuánto tiempo llevas aquí?" /
 *   "—Desde marzo —dice—.") woven into a story between paragraphs of narration was read as the
 *   byline writer's claims: no qa, no quote, the incises ("—responde Peral—") inside the words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus, recordBrief } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe37', 'b');
const recordsOf = (dir: string, file: string) => fixtureCorpus(dir, [file]).records.filter((r) => r.doc === file.replace(/\.txt$/, ''));
const brief = recordBrief;

describe('close-set dash dialogue woven into a story', () => {
  it('reads questions and answers as qa, the incise naming the speaker and left out of the words', () => {
    const records = recordsOf(PROBE, 'entrevista-es-dialogo-2020.txt');
    const talk = records.filter((r) => r.type !== 'claim').map(brief);
    expect(talk).toContainEqual({ line: 12, type: 'qa', speaker: 'Lucía Ferrer', asker: 'Diego Santamaría', question: '¿Cuánto tiempo llevas aquí?', text: 'Desde marzo. Cuatro meses ya. Parece más.' });
    expect(talk).toContainEqual(expect.objectContaining({ line: 19, type: 'qa', speaker: 'Lucía Ferrer', question: '¿Y la conexión? Todo el mundo pregunta por la conexión.' }));
    // The narration above names who speaks the turn no incise names; "—responde Peral—" names him.
    expect(talk).toContainEqual(expect.objectContaining({ line: 26, type: 'quote', speaker: 'Andrés Peral', text: 'Aquí en invierno quedábamos cuarenta y tres. Este año hemos empadronado a doce personas nuevas. Doce. Eso no pasaba desde que yo era chaval.' }));
    expect(talk).toContainEqual(expect.objectContaining({ line: 29, type: 'qa', speaker: 'Andrés Peral', asker: 'Diego Santamaría', question: '¿Y el colegio?' }));
    expect(talk).toContainEqual(expect.objectContaining({ line: 35, type: 'quote', speaker: 'Lucía Ferrer', text: expect.stringMatching(/^Lo que no quiero es que esto sea una moda\./) }));
    expect(talk).toContainEqual(expect.objectContaining({ line: 38, type: 'qa', speaker: 'Lucía Ferrer' }));
    expect(talk).toContainEqual(expect.objectContaining({ line: 44, type: 'quote', speaker: 'Andrés Peral', text: 'Escríbalo bien: aquí no sobra nadie.' }));
    // Narration stays the writer's claims; no turn is.
    expect(records.filter((r) => r.type === 'claim' && r.text.startsWith('—'))).toEqual([]);
    // The incise stays findable, as the record's context.
    expect(records.find((r) => r.line === 29)?.context).toContain('responde Peral');
  });

  it('in other words: other names, verbs and numbers', () => {
    const text = [
      'DIARIO DEL VALLE',
      '',
      'La panadera que volvió',
      '',
      'Por Marta Quiroga',
      '',
      'A las seis de la mañana Rocío Almansa ya tiene el horno encendido. La panadería ocupa',
      'la planta baja de una casa de piedra que su familia compró en 1952, y el olor llega',
      'hasta la carretera. Dentro hace calor; fuera todavía es de noche.',
      '',
      '—¿Desde cuándo hace pan?',
      '—Desde los quince años —contesta mientras amasa—. Mi padre me enseñó.',
      '',
      '—¿Cuántas hogazas vende al día?',
      '—Unas trescientas. En 2019 eran la mitad.',
      '',
      'Llega su socio, Tomás Ibáñez, con la furgoneta. Carga las cajas de madera, cuenta las',
      'bolsas de papel y revisa la ruta en una libreta con las esquinas dobladas por el uso.',
      '',
      '—Repartimos en once pueblos —explica él—. El más lejano está a cuarenta kilómetros.',
      '—¿Y los domingos?',
      '—Los domingos descansamos —responde Almansa—. Eso no se toca.',
      '',
      'Ibáñez descarga las cajas vacías del día anterior y las apila junto a la puerta del',
      'almacén, donde esperan los sacos de harina de un molino de la comarca.',
      '',
      '—¿Piensan crecer?',
      '—No. Así estamos bien.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'panaderia.txt': text }));
    const talk = c.records.filter((r) => r.type !== 'claim').map(brief);
    expect(talk).toEqual([
      { line: 11, type: 'qa', speaker: 'Rocío Almansa', asker: 'Marta Quiroga', question: '¿Desde cuándo hace pan?', text: 'Desde los quince años. Mi padre me enseñó.' },
      { line: 14, type: 'qa', speaker: 'Rocío Almansa', asker: 'Marta Quiroga', question: '¿Cuántas hogazas vende al día?', text: 'Unas trescientas. En 2019 eran la mitad.' },
      { line: 20, type: 'quote', speaker: 'Tomás Ibáñez', asker: null, question: null, text: 'Repartimos en once pueblos. El más lejano está a cuarenta kilómetros.' },
      { line: 21, type: 'qa', speaker: 'Rocío Almansa', asker: 'Marta Quiroga', question: '¿Y los domingos?', text: 'Los domingos descansamos. Eso no se toca.' },
      { line: 27, type: 'qa', speaker: 'Tomás Ibáñez', asker: 'Marta Quiroga', question: '¿Piensan crecer?', text: 'No. Así estamos bien.' },
    ]);
  });
});

describe('French and German attribution after a quotation', () => {
  it('French "a regretté X" and "nous a confié son président, X" name the speaker', () => {
    const records = recordsOf(PROBE, 'bilingue-fr-en-maire-2022.txt');
    expect(records.find((r) => r.line === 23 && r.type === 'quote')).toMatchObject({ speaker: 'Sophie Lachaud', text: "On ferme d'abord, on réfléchit ensuite" });
    expect(records.find((r) => r.line === 30 && r.type === 'quote')).toMatchObject({ speaker: 'Karim Benali', text: "Pour les plus jeunes, c'est la fin de la saison, tout simplement" });
  });

  it('German: a title and "Dr." before the name are no part of it; "Die Stadt" is nobody "sie" can be; "so NAME" attributes', () => {
    const records = recordsOf(PROBE, 'reportage-de-kita-2023.txt');
    expect(records.find((r) => r.line === 19 && r.type === 'quote')).toMatchObject({ speaker: 'Thomas Brenner', text: 'Der Fachkräftemangel trifft uns mit voller Wucht' });
    expect(records.find((r) => r.line === 28 && r.type === 'quote')).toMatchObject({ speaker: 'Lena Aydın' });
    expect(records.filter((r) => r.speaker === 'Die Stadt')).toEqual([]);
    // "„…“, so Brenner.": German's "so" and a name after the quotation.
    expect(records.find((r) => r.line === 23 && r.type === 'quote')).toMatchObject({ speaker: 'Thomas Brenner', text: 'Wir rechnen mit den ersten Absolventen 2025' });
  });

  it('in other words: other names, verbs and places', () => {
    const text = [
      'LE COURRIER DU VAL',
      '',
      'La médiathèque réduit ses horaires',
      '',
      'Par Claire Fontaine',
      '',
      'La bibliothèque fermera le samedi à partir de mars. « Nous perdons notre seul jour de sortie »,',
      'a regretté Hélène Marchal, mère de trois enfants.',
      '',
      'Le comité de lecture, qui réunit 45 membres, cherche une autre salle. « On ira au café s\'il le',
      'faut », nous a confié sa présidente, Odile Garnier.',
    ].join('\n');
    const de = [
      'Das Freibad bleibt zu',
      '',
      'Von Jonas Keller',
      '',
      'Die Gemeinde bestätigt die Schließung. „Die Pumpen sind am Ende“, sagte Bauamtsleiter Dr. Markus Feld',
      'am Dienstag. Eine Sanierung koste rund 800.000 Euro.',
      '',
      'Der Schwimmlehrer Emil Brandt, der seit 1998 Kurse gibt, ist enttäuscht. „Die Kinder lernen',
      'nicht mehr schwimmen“, sagte er der Zeitung.',
      '',
      'Feld nennt einen Zeitplan. „Vor 2026 öffnen wir nicht“, so Feld.',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'mediatheque.txt': text, 'freibad.txt': de }));
    const quotes = c.records.filter((r) => r.type === 'quote').map((r) => ({ doc: r.doc, line: r.line, speaker: r.speaker, text: r.text }));
    expect(quotes).toContainEqual({ doc: 'mediatheque', line: 7, speaker: 'Hélène Marchal', text: 'Nous perdons notre seul jour de sortie' });
    expect(quotes).toContainEqual({ doc: 'mediatheque', line: 10, speaker: 'Odile Garnier', text: "On ira au café s'il le faut" });
    expect(quotes).toContainEqual({ doc: 'freibad', line: 5, speaker: 'Markus Feld', text: 'Die Pumpen sind am Ende' });
    expect(quotes).toContainEqual({ doc: 'freibad', line: 8, speaker: 'Emil Brandt', text: 'Die Kinder lernen nicht mehr schwimmen' });
    expect(quotes).toContainEqual({ doc: 'freibad', line: 11, speaker: 'Markus Feld', text: 'Vor 2026 öffnen wir nicht' });
    expect(c.records.filter((r) => r.speaker === 'Die Gemeinde')).toEqual([]);
  });
});
