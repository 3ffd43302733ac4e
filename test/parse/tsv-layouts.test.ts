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

  it('a header that names no text column is an error naming the file and line, not prose', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'ids.tsv': rows(['id', 'notes'], ['1', 'nothing here']) }));
    const errors = corpus.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(errors).toEqual(['ids.tsv:1: no records found: the header row names no text column (Content, Text or Body, Question and Answer, or questions as column names)']);
    expect(corpus.records).toEqual([]);
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
});
