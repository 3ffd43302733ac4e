/**
 * CSV exports: read as the TSV shape reads tab-separated ones, through a view
 * with one row per line, and records that cite every line their row spans.
 */
import { describe, expect, it } from 'vitest';
import { csvView, unquoteCell } from '../../src/parse/csv.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('csvView', () => {
  it('splits on commas outside quotes, unescapes "" and keeps the line count', () => {
    const v = csvView(['question,answer', '"When, exactly?","In ""late"" 2021."', '', 'a,b']);
    expect(v.lines).toEqual(['question\tanswer', 'When, exactly?\tIn "late" 2021.', '', 'a\tb']);
    expect(v.spans.size).toBe(0);
  });

  it('joins a quoted cell across line breaks on its first line and records the span', () => {
    const v = csvView(['speaker,text', 'Ana,"one', 'two', 'three"', 'Bo,four']);
    expect(v.lines).toEqual(['speaker\ttext', 'Ana\tone two three', '', '', 'Bo\tfour']);
    expect([...v.spans]).toEqual([[1, 3]]);
  });

  it('reads a semicolon-separated file (a spreadsheet where the comma is the decimal mark)', () => {
    expect(csvView(['Speaker;Text', 'Ana;"It rose 2,5 %; then fell."']).lines).toEqual(['Speaker\tText', 'Ana\tIt rose 2,5 %; then fell.']);
  });

  it('closes a quote left open at the end of the file, keeping every word', () => {
    const v = csvView(['q,a', 'Why?,"Because', 'it was late']);
    expect(v.lines).toEqual(['q\ta', 'Why?\tBecause it was late', '']);
    expect(v.spans.get(1)).toBe(2);
  });

  it('turns a tab inside a cell into a space, so the view’s tabs are the cell boundaries', () => {
    expect(csvView(['a,b', '"x\ty",z']).lines[1]).toBe('x y\tz');
  });
});

describe('unquoteCell (a TSV cell a spreadsheet quoted)', () => {
  it('drops the wrapping marks of a quoted cell and undoubles its quotes; a cell whose marks are the text\'s stays', () => {
    expect(unquoteCell('"Best advice?"')).toBe('Best advice?');
    expect(unquoteCell(' "He called it ""the barn"" for years." ')).toBe('He called it "the barn" for years.');
    expect(unquoteCell('"""Keep going,"" she wrote."')).toBe('"Keep going," she wrote.');
    expect(unquoteCell('"Go," she said. "Now."')).toBe('"Go," she said. "Now."');
    expect(unquoteCell('plain')).toBe('plain');
    expect(unquoteCell('"')).toBe('"');
  });
});

describe('a .csv document', () => {
  const CALL = [
    'Speaker;Text;Start',
    'Host;"Welcome, everyone; today we talk about ""stablecoins"".";00:00:01',
    'Mira Chen;"Thanks.',
    'It\'s good to be here.";00:00:05',
    'Host;When did you join the treasury team?;00:00:09',
    'Mira Chen;"In March 2021,',
    'after four years at the central bank.";00:00:12',
    '',
  ].join('\n');
  const AMA = 'question,answer,asked_by\n"When will the bridge reopen?","We expect it to reopen in October 2025.",harbour_watch\n';

  it('pairs the turns of a Speaker/Text table, each record citing every line its rows span', () => {
    const c = loadCorpus(tempCorpus({ 'call.csv': CALL }));
    expect(c.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker, r.question, r.text, r.line, r.endLine])).toEqual([
      ['Host', 'Mira Chen', 'When did you join the treasury team?', 'In March 2021, after four years at the central bank.', 5, 7],
    ].map(([a, s, q, t, l, e]) => [a, s, q, expect.stringContaining(String(t).split('\n')[0]!), l, e]));
    // (the guest's thanks answer a welcome that asks nothing: her quote, citing both lines of its cell)
    expect(c.records.find((r) => r.text.startsWith('Thanks.'))).toMatchObject({ type: 'quote', speaker: 'Mira Chen', line: 3, endLine: 4 });
    const doc = c.documents[0]!;
    expect(doc.shape).toBe('tsv');
    expect(doc.meta.title).toBe('call'); // the header row is no title
    expect(doc.lines.unparsed).toEqual([]);
    // The time column is no topic, and every sentence of the file is in a record.
    expect(c.records.flatMap((r) => r.topics)).toEqual([]);
    expect(c.problems.filter((p) => /sentence in no record/.test(p.message))).toEqual([]);
  });

  it('joins the cells an unquoted comma or semicolon split off back into the answer, so the columns after it line up', () => {
    const csv = 'question,answer,speaker,topic\nOpen on Sundays?,"Yes, from ten.",Tove Rask,hours\nAny parking?,Two spaces, behind the mill, and more in town.,Tove Rask,access\n';
    const semi = 'Frage;Antwort;Sprecher\nWarum so teuer?;Das Holz kostet mehr; der Lohn auch.;Jens Ahl\nWann?;Ab Mai.;Jens Ahl\n';
    const c = loadCorpus(tempCorpus({ 'mill.csv': csv, 'holz.csv': semi }));
    expect(c.records.map((r) => [r.doc, r.text, r.speaker, r.topics])).toEqual([
      ['holz', 'Das Holz kostet mehr; der Lohn auch.', 'Jens Ahl', []],
      ['holz', 'Ab Mai.', 'Jens Ahl', []],
      ['mill', 'Yes, from ten.', 'Tove Rask', ['hours']],
      ['mill', 'Two spaces, behind the mill, and more in town.', 'Tove Rask', ['access']],
    ]);
  });

  it('reads "asked_by" as the asker column, as "Asked by" is', () => {
    const c = loadCorpus(tempCorpus({ 'ama.csv': AMA }));
    expect(c.records.map((r) => [r.type, r.asker, r.question])).toEqual([['qa', 'harbour_watch', 'When will the bridge reopen?']]);
  });
});
