/**
 * Tables exported as .tsv: the three layouts a header names (question and
 * answer columns, a speaker and a text column, a Content column), and a .tsv
 * whose header names none of them.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { readTsvHeader } from '../../src/parse/tsv.js';
import { tempCorpus } from '../helpers.js';

const rows = (...r: string[][]) => r.map((cells) => cells.join('\t')).join('\n') + '\n';

describe('readTsvHeader', () => {
  it('names the layout by the column names, and times are no topics', () => {
    expect(readTsvHeader(['Question\tAnswer\tAsked by\tTopics'])?.header).toMatchObject({ contentColumn: -1, questionColumn: 0, answerColumn: 1, askerColumn: 2 });
    expect(readTsvHeader(['speaker\ttimestamp\ttext'])?.header).toMatchObject({ contentColumn: 2, speakerColumn: 0, timeColumns: [1] });
    expect(readTsvHeader(['Content\tTopics'])?.header).toMatchObject({ contentColumn: 0, speakerColumn: -1 });
    expect(readTsvHeader(['id\tnotes'])).toBeNull();
    expect(readTsvHeader(['Question\tTopics'])).toBeNull(); // a question column alone is no layout
  });

  it('reads a name as a head word and its qualifiers: who wrote what, what labels it, what is its title or date', () => {
    const header = (...columns: string[]) => readTsvHeader([columns.join('\t')])?.header;
    expect(header('question_id', 'asked_by', 'question_body', 'answered_by', 'answer_body', 'created_utc')).toMatchObject({ questionColumn: 2, answerColumn: 4, askerColumn: 1, speakerColumn: 3, dateColumn: 5 });
    expect(header('respondent_id', 'interviewer', 'question', 'response', 'comment_date')).toMatchObject({ speakerColumn: 0, askerColumn: 1, questionColumn: 2, answerColumn: 3, dateColumn: 4 });
    // no one: a company's or a file's name, a job title, a language translated from
    expect(header('company_name', 'file_name', 'job_title', 'translated_from', 'post_title', 'text')).toMatchObject({ speakerColumn: -1, titleColumn: 4, contentColumn: 5 });
    expect(header('author_name', 'post_title', 'selftext')).toMatchObject({ speakerColumn: 0, titleColumn: 1, contentColumn: 2 });
  });
});

describe('a .tsv corpus document', () => {
  it('question and answer columns: each row a qa, the asker from its column, an unanswered question its asker’s quote', async () => {
    const tsv = rows(
      ['Question', 'Answer', 'Asked by', 'Topics'],
      ['When will the new bridge open?', 'In the spring of 2026, if the steel arrives on time.', 'priya_k', 'transport'],
      ['How much will it cost?', 'About $84 million, most of it federal money.', 'dan.leeds', 'budget, money'],
      ['What about cyclists?', '', 'mo', ''],
    );
    const corpus = await loadCorpus(tempCorpus({ 'mayor-ama.tsv': tsv }));
    expect(corpus.documents[0]!.shape).toBe('tsv');
    expect(corpus.documents[0]!.lines.unparsed).toEqual([]);
    expect(corpus.records.map((r) => [r.type, r.asker, r.question, r.text, r.topics, r.line])).toEqual([
      ['qa', 'priya_k', 'When will the new bridge open?', 'In the spring of 2026, if the steel arrives on time.', ['transport'], 2],
      ['qa', 'dan.leeds', 'How much will it cost?', 'About $84 million, most of it federal money.', ['budget', 'money'], 3],
      ['quote', null, null, 'What about cyclists?', [], 4],
    ]);
    expect(corpus.records[2]!.speaker).toBe('mo');
  });

  it('an unanswered row is its asker\'s question, in a CSV as in a TSV: never the answerer\'s words, whose name stays a topic', async () => {
    const csv = '"n","asked_by","question_text","response","responder"\n"1","k.obi","Will the ferry run in winter?","Yes, twice a day.","Ruth Amsel"\n"2","lena_v","Is the pier getting a lift?","","Ruth Amsel"\n';
    const tsv = rows(['asked_by', 'question', 'answered_by', 'answer'], ['k.obi', 'Will the ferry run in winter?', 'Ruth Amsel', '']);
    const corpus = await loadCorpus(tempCorpus({ 'ferry.csv': csv, 'pier.tsv': tsv }));
    expect(corpus.records.map((r) => [r.doc, r.type, r.speaker, r.asker, r.question, r.text, r.topics, r.line])).toEqual([
      ['ferry', 'qa', 'Ruth Amsel', 'k.obi', 'Will the ferry run in winter?', 'Yes, twice a day.', ['1'], 2],
      ['ferry', 'quote', 'lena_v', null, null, 'Is the pier getting a lift?', ['2', 'Ruth Amsel'], 3],
      ['pier', 'quote', 'k.obi', null, null, 'Will the ferry run in winter?', ['Ruth Amsel'], 2],
    ]);
    for (const d of corpus.documents) expect(d.sentences.missed, d.id).toEqual([]);
  });

  it('a speaker and a text column: rows are turns, paired like a transcript’s; a speaker cell stays as written', async () => {
    const tsv = rows(
      ['speaker', 'timestamp', 'text'],
      ['Moderator', '00:01', 'Our first question comes from Dana in Leeds: what is the refund policy?'],
      ['Support lead Omar Haddad', '00:02', 'Refunds are issued within 14 days of a request, no questions asked.'],
      ['Moderator', '00:05', 'Next, from Priya: will the app support offline mode?'],
      ['Omar Haddad', '00:06', 'Yes, offline mode ships in version 3.2, planned for June 2025.'],
      ['Omar Haddad', '00:07', 'It will sync when you reconnect.'],
    );
    const corpus = await loadCorpus(tempCorpus({ 'support-ama.tsv': tsv }));
    expect(corpus.documents[0]!.lines.unparsed).toEqual([]);
    expect(corpus.documents[0]!.sentences.missed).toEqual([]); // the cell's every word is in a record's fields
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.text, r.topics])).toEqual([
      ['qa', 'Moderator', 'Support lead Omar Haddad', 'Refunds are issued within 14 days of a request, no questions asked.', []],
      ['qa', 'Moderator', 'Omar Haddad', 'Yes, offline mode ships in version 3.2, planned for June 2025.\nIt will sync when you reconnect.', []],
    ]);
  });

  it('a header that names no text column: every row a claim of its cells, with a warning, never a dropped table', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'ids.tsv': rows(['id', 'notes'], ['1', 'nothing here']), 'claims.tsv': rows(['claim', 'verdict', 'checked_by'], ['The bridge cost $84 million.', 'false', 'PF-12']) }));
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const warned = corpus.problems.filter((p) => /header row/.test(p.message)).map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(warned).toEqual([
      'claims.tsv:1: the header row names no text column (Content, Text or Body, Question and Answer, or questions as column names): each row is read as a claim of its cells',
      'ids.tsv:1: the header row names no text column (Content, Text or Body, Question and Answer, or questions as column names): each row is read as a claim of its cells',
    ]);
    expect(corpus.records.map((r) => [r.doc, r.type, r.text, r.line])).toEqual([
      ['claims', 'claim', 'The bridge cost $84 million. — false — PF-12', 2],
      ['ids', 'claim', '1 — nothing here', 2],
    ]);
    for (const d of corpus.documents) expect(d.sentences.missed, d.id).toEqual([]);
  });

  it('a first row that reads as data, not column names, is a row like the others; a header with no rows is an error', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'bare.tsv': rows(['Fuel duty is frozen.', '2024'], ['The pension age rises to 68.', '2039']), 'only.tsv': rows(['id', 'notes']) }));
    expect(corpus.records.map((r) => [r.text, r.line])).toEqual([
      ['Fuel duty is frozen. — 2024', 1],
      ['The pension age rises to 68. — 2039', 2],
    ]);
    expect(corpus.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual(['only.tsv:1: no records found: the table has a header row and no rows']);
  });

  it('a table of who said what (Name, Role, Quote) gives each row as its speaker\'s quote, the role a topic', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'said.tsv': rows(['Name', 'Role', 'Quote'], ['Ana Ruiz', 'CEO', 'We will keep every branch open.'], ['Tom Hale', 'Analyst', 'The price is too high by a third.']) }));
    expect(corpus.records.map((r) => [r.type, r.speaker, r.text, r.topics])).toEqual([
      ['quote', 'Ana Ruiz', 'We will keep every branch open.', ['CEO']],
      ['quote', 'Tom Hale', 'The price is too high by a third.', ['Analyst']],
    ]);
  });

  it('a survey export (questions as column names) gives a qa per answered cell, the Name column its speaker', async () => {
    const csv = 'Timestamp,Name,Department,How long have you worked here?,What should we fix first?\n2024-03-01 10:02,Ada Quist,Finance,12 years,The bridge on Mill Street.\n2024-03-01 11:15,Tom Reyes,Transit,,"Bus service, it stops at 7pm."\n';
    const corpus = await loadCorpus(tempCorpus({ 'survey.csv': csv }));
    expect(corpus.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(corpus.records.map((r) => [r.speaker, r.question, r.text, r.topics])).toEqual([
      ['Ada Quist', 'How long have you worked here?', '12 years', ['Finance']],
      ['Ada Quist', 'What should we fix first?', 'The bridge on Mill Street.', ['Finance']],
      ['Tom Reyes', 'What should we fix first?', 'Bus service, it stops at 7pm.', ['Transit']],
    ]);
    expect(corpus.documents[0]!.sentences.missed).toEqual([]);
  });

  it('a survey\'s respondent column is read by its words as other tables\' people are (Respondent ID, Teilnehmerin)', async () => {
    const de = 'Teilnehmerin;Abteilung;Was sollen wir zuerst ändern?\nJuna Falk;Einkauf;Die Kantine.\n';
    const en = 'Respondent ID\tSite\tWhat slowed you down most?\nP-07\tDocks\tWaiting for forklifts.\n';
    const corpus = await loadCorpus(tempCorpus({ 'umfrage.csv': de, 'site.tsv': en }));
    expect(corpus.records.map((r) => [r.doc, r.speaker, r.question, r.text, r.topics])).toEqual([
      ['site', 'P-07', 'What slowed you down most?', 'Waiting for forklifts.', ['Docks']],
      ['umfrage', 'Juna Falk', 'Was sollen wir zuerst ändern?', 'Die Kantine.', ['Einkauf']],
    ]);
  });
});

describe('column names, read by what they say', () => {
  const pair = ['How did you get your first job at NASA?', 'I applied 14 times before JPL took me in 2006.'];

  it('question and answer columns named any common way: a qa per row', async () => {
    for (const [q, a] of [
      ['question_body', 'answer_body'],
      ['Question Text', 'Answer Text'],
      ['question_text', 'answer_text'],
      ['asked', 'answered'],
      ['Frage', 'Antwort'],
      ['QuestionText', 'AnswerText'],
      ['q', 'a'],
    ]) {
      const corpus = await loadCorpus(tempCorpus({ 'ama.tsv': rows(['user', q!, a!], ['u/quiet', ...pair]) }));
      expect(corpus.records.map((r) => [r.type, r.question, r.text]), `${q}/${a}`).toEqual([['qa', pair[0], pair[1]]]);
    }
    expect(readTsvHeader(['question_id\tquestion\tanswer'])?.header).toMatchObject({ questionColumn: 1, answerColumn: 2 });
  });

  it('a reply column answers the comment of its row, whose writer is the asker; rows are never paired with each other', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'thread.tsv': rows(['user', 'comment', 'reply'], ['u/quiet', ...pair], ['u/lunar', 'What is a day on the ISS like?', 'Two hours of exercise and science all day.']) }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.question, r.text, r.topics])).toEqual([
      ['qa', 'u/quiet', null, pair[0], pair[1], []],
      ['qa', 'u/lunar', null, 'What is a day on the ISS like?', 'Two hours of exercise and science all day.', []],
    ]);
  });

  it('a TSV whose cells are quoted as a spreadsheet quotes them: the marks are the format\'s, not the question\'s or the answer\'s', async () => {
    const tsv = rows(['question', 'answer', 'name'], ['"Hardest month?"', '"February, when the ""quiet season"" bills arrive."', 'Ola Brekke'], ['"First hire?"', '"A baker," she said. "Then a driver."', 'Ola Brekke']);
    const corpus = await loadCorpus(tempCorpus({ 'shop-faq.tsv': tsv }));
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.question, r.text, r.speaker])).toEqual([
      ['Hardest month?', 'February, when the "quiet season" bills arrive.', 'Ola Brekke'],
      ['First hire?', '"A baker," she said. "Then a driver."', 'Ola Brekke'],
    ]);
  });

  it('a user (username, author) column in a question-and-answer table is who asked, and beside an answered-by column any person column is', async () => {
    const h = (...columns: string[]) => readTsvHeader([columns.join('\t')])?.header;
    expect(h('Logged', 'Username', 'Question', 'Answered by', 'Answer')).toMatchObject({ askerColumn: 1, speakerColumn: 3 });
    expect(h('author', 'question', 'answer')).toMatchObject({ askerColumn: 0, speakerColumn: -1 });
    expect(h('participant', 'question', 'responder', 'response')).toMatchObject({ askerColumn: 0, speakerColumn: 2 });
    expect(h('name', 'question', 'answer')).toMatchObject({ askerColumn: -1, speakerColumn: 0 }); // a FAQ's name: who answers
    const tsv = rows(['Logged', 'Username', 'Question', 'Answered by', 'Answer'], ['09:14', '@reedwarbler', 'Will the ferry run in winter?', 'Ruth Amsel', 'Yes, twice a day from November.']);
    const corpus = await loadCorpus(tempCorpus({ 'ferry-ama.tsv': tsv }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.topics])).toEqual([['qa', '@reedwarbler', 'Ruth Amsel', ['09:14']]]);
  });

  it('German, French and Spanish column names are read by their words: speaker, author and date, not topics', async () => {
    const de = 'Datum;Sprecherin;Frage;Antwort\n14.09.2021;Greta Vossberg;Wann öffnet die neue Halle?;Im Frühjahr, wenn das Dach fertig ist.\n';
    const fr = 'Date\tAuteur\tQuestion\tRéponse\n2020-02-03\tlucie_m\tLe marché reste-t-il ouvert le dimanche ?\tOui, jusqu\'à midi.\n';
    const es = 'Autor,Fecha,Cita\nRamón Ibarra,2018-07-01,"El puerto no se vende."\n';
    const corpus = await loadCorpus(tempCorpus({ 'halle.csv': de, 'marche.tsv': fr, 'puerto.csv': es }));
    expect(corpus.records.map((r) => [r.doc, r.type, r.asker, r.speaker, r.year, r.date, r.topics])).toEqual([
      ['halle', 'qa', null, 'Greta Vossberg', 2021, '2021-09-14', []],
      ['marche', 'qa', 'lucie_m', null, 2020, '2020-02-03', []],
      ['puerto', 'quote', null, 'Ramón Ibarra', 2018, '2018-07-01', []],
    ]);
  });

  it('a Reddit export (title, selftext): each post its writer\'s, under its title', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'posts.tsv': rows(['author', 'title', 'selftext'], ['u/quiet', 'My first job at NASA', 'I applied 14 times before JPL took me in 2006.']) }));
    expect(corpus.records.map((r) => [r.speaker, r.section, r.text])).toEqual([['u/quiet', 'My first job at NASA', 'I applied 14 times before JPL took me in 2006.']]);
  });

  it('who asked and who answered from their columns, the date column dates the document, other columns stay searchable as topics', async () => {
    const tsv = rows(
      ['thread_id', 'asked_by', 'question_body', 'answered_by', 'answer_body', 'score', 'created_utc'],
      ['t3_18xq2', 'u/quiet_harbor', pair[0]!, 'astro_mei', pair[1]!, '2311', '1704301200'],
      ['t3_18xq2', 'u/anon_2931', "What's the best food up there?", '', ' ', '3', '1704301800'],
    );
    const corpus = await loadCorpus(tempCorpus({ 'ama-export.tsv': tsv }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.text, r.topics, r.year, r.date])).toEqual([
      ['qa', 'u/quiet_harbor', 'astro_mei', pair[1], ['t3_18xq2', '2311'], 2024, '2024-01-03'],
      ['quote', null, 'u/anon_2931', "What's the best food up there?", ['t3_18xq2', '3'], 2024, '2024-01-03'],
    ]);
    expect(corpus.documents[0]!.meta.inferred.date).toBe('the created_utc column');
  });

  it('a CSV interview export: the interviewer the asker, the respondent the speaker, rows of one year date the document', async () => {
    const csv =
      'respondent_id,interviewer,question,response,date\n' +
      'R-014,Sam Ortiz,"What made you leave teaching?","Honestly, the paperwork.\nBy the end I was marking at 11 p.m. every night.",2024-05-06\n' +
      'R-031,Bea Lund,"What would have kept you?","A mentor in my first year.",2024-05-11\n';
    const corpus = await loadCorpus(tempCorpus({ 'interviews.csv': csv }));
    expect(corpus.records.map((r) => [r.asker, r.speaker, r.topics, r.year, r.date, r.line, r.endLine])).toEqual([
      ['Sam Ortiz', 'R-014', [], 2024, null, 2, 3],
      ['Bea Lund', 'R-031', [], 2024, null, 4, 4],
    ]);
  });

  it('a Timestamp column of calendar dates dates the document as a Date column does; one of offsets into a recording does not', async () => {
    const posted = rows(['Timestamp', 'asked_by', 'question', 'answer'], ['2022-10-02 09:40', 'pell', 'Is the ferry late again?', 'Ten minutes, the tide is low.'], ['2022-10-02 09:55', 'oyo', 'Will it run tomorrow?', 'Yes, as usual.']);
    const offsets = rows(['Timestamp', 'speaker', 'text'], ['00:00:04', 'Host', 'Is the ferry late again?'], ['00:00:09', 'Ruth Amsel', 'Ten minutes, the tide is low.']);
    const corpus = await loadCorpus(tempCorpus({ 'ferry-chat.tsv': posted, 'ferry-call.tsv': offsets }));
    expect(corpus.documents.map((d) => [d.id, d.meta.year, d.meta.date])).toEqual([
      ['ferry-call', null, null],
      ['ferry-chat', 2022, '2022-10-02'],
    ]);
    expect(corpus.records.flatMap((r) => r.topics)).toEqual([]);
  });

  it('a Year column whose rows agree dates the document; years that differ date their own rows', async () => {
    const survey = rows(['Respondent', 'Year', 'Question', 'Answer'], ['Nell Ames', '2023', 'What changed most?', 'Printing, not books.'], ['Ravi Shah', '2023', 'What do you need?', 'Staff.']);
    const spread = rows(['Respondent', 'Year', 'Question', 'Answer'], ['Nell Ames', '2019', 'What changed most?', 'Printing.'], ['Ravi Shah', '2023', 'What do you need?', 'Staff.']);
    const corpus = await loadCorpus(tempCorpus({ 'survey.tsv': survey, 'spread.tsv': spread }));
    expect(corpus.records.map((r) => [r.doc, r.year, r.topics])).toEqual([
      ['spread', 2019, []],
      ['spread', 2023, []],
      ['survey', 2023, []],
      ['survey', 2023, []],
    ]);
  });

  it('dates of different years date their own rows; front matter\'s date wins, the rows\' staying searchable as topics', async () => {
    const spread = rows(['speaker', 'question', 'answer', 'date', 'source'], ['Astro Mei', 'How did you get into NASA?', 'I applied 14 times.', '2023-12-30', 'Reddit AMA'], ['Astro Mei', 'And then?', 'JPL took me.', '2024-01-03', 'Reddit AMA']);
    const fronted = '---\ntitle: T\ndate: 2023-06-01\n---\n' + rows(['question', 'answer', 'date'], ['How did you get into NASA?', 'I applied 14 times.', '2024-01-03']);
    const corpus = await loadCorpus(tempCorpus({ 'spread.tsv': spread, 'fronted.tsv': fronted }));
    expect(corpus.records.map((r) => [r.doc, r.year, r.topics])).toEqual([
      ['fronted', 2023, ['2024-01-03']],
      ['spread', 2023, ['Reddit AMA']],
      ['spread', 2024, ['Reddit AMA']],
    ]);
  });
});

describe('answer columns named for who answers', () => {
  const qa = (files: Record<string, string>) =>
    loadCorpus(tempCorpus(files)).records.map((r) => [r.type, r.asker, r.speaker, r.question, r.text]);

  it('"Host answer" / "Guest answer": a qa per answered cell, each by its column\'s part; a Listener column asks', async () => {
    const tsv = rows(
      ['Show', 'Listener', 'Question', 'Host answer', 'Guest answer'],
      ['12', 'Ines', 'Do you grow your own vegetables?', 'Only tomatoes, badly.', ''],
      ['12', 'Bo', 'What should I plant in March?', 'Peas.', 'Broad beans, and peas if the soil is warm.'],
      ['13', 'Kai', 'Is peat ever fine?', '', 'No. Use leaf mould.'],
    );
    expect(await qa({ 'garden-mailbag.tsv': tsv })).toEqual([
      ['qa', 'Ines', 'Host', 'Do you grow your own vegetables?', 'Only tomatoes, badly.'],
      ['qa', 'Bo', 'Host', 'What should I plant in March?', 'Peas.'],
      ['qa', 'Bo', 'Guest', 'What should I plant in March?', 'Broad beans, and peas if the soil is warm.'],
      ['qa', 'Kai', 'Guest', 'Is peat ever fine?', 'No. Use leaf mould.'],
    ]);
  });

  it('"Nia reply" is a known speaker\'s answer; "Keeper\'s response (Dr. Tobias Lind)" names the answerer, the respondent column the asker', async () => {
    const spaces = rows(['Posted', 'Handle', 'Question for Nia', 'Nia reply'], ['2024-05-01 10:00', '@pel_ican', 'Will the shop open Sundays?', 'From June, yes.']);
    const yml = 'Nia Okoro:\n  aliases: [Nia]\n';
    expect(await qa({ 'shop-spaces.tsv': spaces, 'speakers.yml': yml })).toEqual([['qa', '@pel_ican', 'Nia Okoro', 'Will the shop open Sundays?', 'From June, yes.']]);
    const csv = '"Respondent ID","Age group","Your question for the keeper","Keeper\'s response (Dr. Tobias Lind)"\n"V-17","18-25","Do the otters have names?","They do. The oldest is Pebble."\n"V-18","60+","Can we feed them?",""\n';
    expect(await qa({ 'zoo-form.csv': csv })).toEqual([
      ['qa', 'V-17', 'Dr. Tobias Lind', 'Do the otters have names?', 'They do. The oldest is Pebble.'],
      ['quote', null, 'V-18', null, 'Can we feed them?'],
    ]);
  });
});
