/**
 * Spreadsheet exports of AMAs and interviews (probe43-c).
 *
 * 1. A chat or forum export with one row per message, its rows wired by ids (`message_id` /
 *    `reply_to_id`, `Comment ID` / `Parent ID`) and stamped in ISO 8601 (`2022-08-14T18:03:02Z`):
 *    the records were right, but `check` warned "sentence in no record" on every row, since the
 *    sentence account read each row's ids and stamp as words someone said.
 * 2. A CSV a stray quote broke (a quoted cell never closed, or one that ran over a line break and
 *    closed inside another cell) loaded in silence, rows merged; `check` now fails naming the file
 *    and the line the quote opened on, and the words still load. A merely odd quote stays quiet.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe43', 'c');

describe('a threaded export: ids and stamps are no sentence', () => {
  it('reads the Discord and Reddit exports with no sentence left out', () => {
    const c = fixtureCorpus(DIR, ['discord-ama-sprinter-2022.tsv', 'reddit-ama-glaciologist-2020.csv']);
    expect(c.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
    for (const d of c.documents) expect(d.sentences.missed).toEqual([]);
    const discord = c.records.filter((r) => r.doc === 'discord-ama-sprinter-2022');
    // the athlete's two replies to one question are one answer
    expect(discord.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Darnell Okafor-Reyes', asker: 'spikes_and_splits', question: 'What was going through your head in the final in Tokyo?', endLine: 5 });
    expect(discord.find((r) => r.line === 3)!.text).toContain('I ran 20.09, which was a PB');
    expect(discord.find((r) => r.line === 2)).toMatchObject({ type: 'quote', speaker: 'TrackHub Mod' });
    const reddit = c.records.filter((r) => r.doc === 'reddit-ama-glaciologist-2020');
    // the handle whose opening post introduces her ("I'm Ingrid Thorsdóttir, … AMA!") is her by name
    expect(reddit.find((r) => r.line === 5)).toMatchObject({ type: 'qa', speaker: 'Ingrid Thorsdóttir', asker: 'frostbitten_fred', question: "That's terrifying. Is there any scenario where it stabilises?" });
  });

  it('in other words: a forum CSV wired by post_id / parent_id, stamped in ISO 8601', () => {
    const dir = tempCorpus({
      'bypass-ama.csv': [
        'post_id,parent_id,Timestamp,user,message',
        'p1,,2023-02-07T09:00:02Z,ForumBot,"AMA starts now: Councillor Ruth Adebayo-Clarke answers your questions on the bypass."',
        'p2,,2023-02-07T09:02:41Z,cyclist_jo,Why does the bypass have no cycle lane?',
        'p3,,2023-02-07T09:04:10Z,ward7_dan,Who pays for the new roundabout?',
        'p4,p2,2023-02-07T09:06:55Z,Ruth Adebayo-Clarke,"It will. The revised plan, approved on 30 January, adds a 2.5 metre lane on the east side."',
        'p5,p3,2023-02-07T09:09:30Z,Ruth Adebayo-Clarke,"The county pays 70%, the developer the other 30%, about 1.9 million pounds."',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    expect(c.records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [2, 'quote', 'ForumBot', null],
      [3, 'qa', 'Ruth Adebayo-Clarke', 'cyclist_jo'],
      [4, 'qa', 'Ruth Adebayo-Clarke', 'ward7_dan'],
    ]);
    expect(c.records[2]!.text).toBe('The county pays 70%, the developer the other 30%, about 1.9 million pounds.');
  });
});

describe('a CSV broken by a stray quote', () => {
  it('fails check at the line the quote opened on, and still loads the rows', () => {
    const c = fixtureCorpus(DIR, ['podcast-guest-qa-broken.csv']);
    const errors = c.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'podcast-guest-qa-broken.csv', line: 19 });
    expect(errors[0]!.message).toMatch(/quote opened on line 19 .*line 20/);
    const records = c.records.filter((r) => r.doc === 'podcast-guest-qa-broken');
    // (probe48-a: the broken line is read alone, its quote as text; the row below it is its own qa again)
    expect(records).toHaveLength(40);
    expect(records.find((r) => r.line === 20)).toMatchObject({ type: 'qa', speaker: 'Marguerite Lanier', question: 'Do you sell outside Oregon?' });
    expect(records.find((r) => r.line === 18)).toMatchObject({ type: 'qa', speaker: 'Marguerite Lanier', asker: 'Hosea Brandt', question: 'What grape varieties do you grow?' });
    // the broken row's words are still found
    expect(records.some((r) => `${r.question ?? ''} ${r.text}`.includes('Only for the first three years'))).toBe(true);
  });

  it('in other words: a quote never closed, and a merely odd one that loads quietly', () => {
    const dir = tempCorpus({
      'museum.csv': [
        'Question,Answer,Asked by,Answered by',
        'What does a season ticket cost?,"Forty pounds, and children go free.",Lee Park,Amira Sayed',
        '"Will the museum open on Mondays?,From April it will. We hired two more guides.,Jan Ort,Amira Sayed',
        'Is there parking?,No. Take the 14 bus.,Bo Lind,Amira Sayed',
        '',
      ].join('\n'),
      'visitor.csv': [
        'Question,Answer,Asked by,Answered by',
        'What did the visitor say?,"Yes," she said. "Go.",Lee Park,Amira Sayed',
        'Is there parking?,No. Take the 14 bus.,Bo Lind,Amira Sayed',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const errors = c.problems.filter((p) => p.severity === 'error');
    expect(errors.map((p) => [p.file, p.line])).toEqual([['museum.csv', 3]]);
    expect(errors[0]!.message).toMatch(/never closed/);
    expect(c.records.find((r) => r.doc === 'museum' && r.line === 2)).toMatchObject({ type: 'qa', speaker: 'Amira Sayed', asker: 'Lee Park' });
    expect(c.records.filter((r) => r.doc === 'visitor').map((r) => [r.line, r.type, r.asker])).toEqual([
      [2, 'qa', 'Lee Park'],
      [3, 'qa', 'Bo Lind'],
    ]);
  });
});

describe('rows around a sheet’s answers', () => {
  it('joins an answer run on into the row below, keeps the Total row out of records, reads Excel date serials', () => {
    const c = fixtureCorpus(DIR, ['buergersprechstunde-mayor-2024.csv', 'ama-tessellate-founder-2023.csv', 'ama-export-excel-unicode.tsv']);
    const mayor = c.records.filter((r) => r.doc === 'buergersprechstunde-mayor-2024');
    // `;;;;"The shortfall is mostly …";;` under row 2 is row 2's answer, not a quote of no one
    expect(mayor.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Katrin Weyand', role: 'Bürgermeisterin', asker: 'Ahmet Yıldız', endLine: 4 });
    expect(mayor.find((r) => r.line === 3)!.text).toBe('312 units, against a target of 500. I am not happy with that figure.\nThe shortfall is mostly the Nordviertel site, where the soil report found contamination; those 140 units come in 2026.');
    expect(mayor.filter((r) => r.speaker === null)).toEqual([]);
    // the Datum column mixes 05.03.2024, 2024-03-05 and Excel's serial 45356: one day
    expect(c.documents.find((d) => d.id === 'buergersprechstunde-mayor-2024')!.meta.date).toBe('2024-03-05');
    const unicode = c.documents.find((d) => d.id === 'ama-export-excel-unicode')!;
    expect(unicode.meta.date).toBe('2024-11-16');
    const tess = c.records.filter((r) => r.doc === 'ama-tessellate-founder-2023');
    expect(tess.filter((r) => /Total/.test(r.text))).toEqual([]);
    // no answerer column: the title row names who answers
    expect(tess.filter((r) => r.type === 'qa').every((r) => r.speaker === 'Noor Haddad')).toBe(true);
    expect(tess.find((r) => r.line === 8)).toMatchObject({ asker: 'skeptical_sam', question: 'Is the "open gripper" spec actually open, or open like Tesla\'s patents?' });
  });

  it('in other words: a council sheet with a run-on answer and a Summe row, a coach’s Q/A sheet under its title row', () => {
    const dir = tempCorpus({
      'sprechstunde.csv': [
        'Fragenr;Thema;Frage;Gestellt von;Antwort;Antwort von;Datum',
        '1;Bad;When does the indoor pool reopen?;Lena Hoff;The roof repair ends in May. We then need four weeks for the water treatment.;Stadtrat Jonas Wirth;45412',
        ';;;;"After that, the pool opens at 6:30 on weekdays, as before.";;',
        '2;Parken;Why did the parking fee double?;Kai Ross;The council voted for it in 2023 to fund the new bus line.;Stadtrat Jonas Wirth;01.05.2024',
        ';;;;;;',
        'Summe;;;;;;2',
        '',
      ].join('\r\n'),
      'lions.tsv': [
        'Q&A with Tomasz Wierzbicki (head coach, Gdańsk Lions)\t\t\t',
        'Questions collected on the club forum; answers recorded by phone.\t\t\t',
        '\t\t\t',
        'Q\tA\tUser\tDate',
        'Will Nowak be fit for the derby?\tHe trained fully on Tuesday. I expect him to start.\tlions_fan_88\t2021-10-04',
        'Why did we sell our top scorer?\tThe offer was 1.2 million euros. For a club our size that is a season of wages.\tbaltyk_b\t2021-10-04',
        'Total\t\t\t2',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.filter((r) => r.doc === 'sprechstunde').map((r) => [r.line, r.endLine, r.type, r.speaker, r.asker, r.year])).toEqual([
      [2, 3, 'qa', 'Jonas Wirth', 'Lena Hoff', 2024],
      [4, 4, 'qa', 'Jonas Wirth', 'Kai Ross', 2024],
    ]);
    expect(c.records.find((r) => r.doc === 'sprechstunde')!.text).toMatch(/water treatment\.\nAfter that, the pool opens/);
    expect(c.records.filter((r) => r.doc === 'lions' && r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.date])).toEqual([
      [5, 'Tomasz Wierzbicki', 'lions_fan_88', '2021-10-04'],
      [6, 'Tomasz Wierzbicki', 'baltyk_b', '2021-10-04'],
    ]);
    expect(c.records.filter((r) => /^Total|^Summe/.test(r.text))).toEqual([]);
    expect(c.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
  });
});

describe('a sheet with translated questions and answers', () => {
  it('reads "Answer (EN)" beside "Respuesta" as the translation, not an answerer’s column', () => {
    const c = fixtureCorpus(DIR, ['entrevista-ministra-agua-2021.tsv']);
    const records = c.records.filter((r) => r.doc === 'entrevista-ministra-agua-2021');
    // before: "(EN)" read as who answered, the Respondió column as who asked, the English answers in no record
    expect(records.find((r) => r.line === 2)).toMatchObject({ type: 'qa', speaker: 'Ministra Valentina Acosta Ríos', question: '¿Cuándo terminará el racionamiento de agua en Montevideo?', text: 'Cuando el embalse de Paso Severino supere el 40 %. Hoy está en el 23 %.' });
    expect(records.find((r) => r.line === 2)!.topics).toContain('When the Paso Severino reservoir goes above 40%. Today it is at 23%.');
    expect(records.every((r) => r.speaker === 'Ministra Valentina Acosta Ríos')).toBe(true);
    expect(c.problems.filter((p) => /sentence/.test(p.message))).toEqual([]);
  });

  it('in other words: a German sheet with English columns', () => {
    const dir = tempCorpus({
      'faehre.tsv': [
        'Frage\tQuestion (EN)\tAntwort\tAnswer (EN)\tSprache\tAntwort von\tGestellt von\tDatum',
        'Wann kommt die neue Fähre nach Juist?\tWhen does the new ferry to Juist arrive?\tIm Juni, wenn die Werft den Termin hält.\tIn June, if the shipyard keeps to the date.\tde\tReederin Hanna Olthoff\tSönke Janssen\t2022-04-12',
        'How many crossings were cancelled last winter?\tHow many crossings were cancelled last winter?\tThirty-one, mostly because of low water in February.\tThirty-one, mostly because of low water in February.\ten\tReederin Hanna Olthoff\tMaya Green\t2022-04-12',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [2, 'qa', 'Reederin Hanna Olthoff', 'Sönke Janssen'],
      [3, 'qa', 'Reederin Hanna Olthoff', 'Maya Green'],
    ]);
    expect(c.records[0]!.text).toBe('Im Juni, wenn die Werft den Termin hält.');
    expect(c.records[0]!.topics.join(' ')).toContain('if the shipyard keeps to the date');
  });
});
