/**
 * A line's label is looked for on every line of every document, and page chrome too: the
 * patterns of a name (ten `\p{…}` classes each, costly to compile) that need a clock time or a
 * bracket run only on a line that has one, and the foreign bylines only on a line opening on
 * their word. A document with no such line neither runs nor compiles them; the lines that have
 * one are read as before.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bylineName, classifyChrome } from '../../src/parse/chrome.js';
import { readLabel } from '../../src/parse/labels.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

afterEach(() => vi.restoreAllMocks());

/** The sources of the patterns run while `read` runs. */
function patternsRun(read: () => void): string[] {
  const exec = RegExp.prototype.exec;
  const sources: string[] = [];
  vi.spyOn(RegExp.prototype, 'exec').mockImplementation(function (this: RegExp, text: string) {
    sources.push(this.source);
    return exec.call(this, text);
  });
  read();
  vi.restoreAllMocks();
  return sources;
}

/** A name pattern of labels.ts (NAME) or a foreign byline of chrome.ts. */
const costly = (source: string) =>
  (source.includes('[Ss]peaker[ _]\\d+') && !source.startsWith('^(?:[Ss]peaker')) || // readUntimed's (NAME_SHAPED is every name's)
  source.includes('(?:Par|Por|Von|Door|Af|Av|Oleh)\\s+(\\p{Lu}') ||
  source.startsWith('^(The [\\p{L}') || // OFFICE_HOLDER
  source.includes('{1,38}?)\\s*((?:\\s*\\([^()a-z]') || // CAPS_FIELDS
  source.startsWith('^\\s*(?:—|―|–|--?)\\s*(\\p{Lu}'); // prose.ts DASH_NAME

describe('label and byline patterns are run only where their character is', () => {
  it('a profile paragraph and a heading: none run', () => {
    const lines = ['He Yi moved to Shanghai in 2012, and worked for a television station before the exchange.', 'Early years', 'Her team, she said, was small.'];
    const run = patternsRun(() => {
      for (const l of lines) readLabel(l);
      for (const l of lines) classifyChrome(`${l} `); // (a line classifyChrome has not memoised)
    });
    expect(run.filter(costly).map((x) => x.slice(0, 60))).toEqual([]);
  });

  it('an interview answer and a note, other words: none run', () => {
    const lines = ['We built the cooling plant in eighteen months, which nobody thought possible.', 'Margit Olsen, harbour engineer, Bergen'];
    const run = patternsRun(() => {
      for (const l of lines) readLabel(l);
      for (const l of lines) classifyChrome(`${l}  `);
    });
    expect(run.filter(costly).map((x) => x.slice(0, 60))).toEqual([]);
  });

  it('still reads the labels that have a time or a bracket', () => {
    expect(readLabel('[Priya Raman] 10:02:33')).toMatchObject({ name: 'Priya Raman', style: 'heading' });
    expect(readLabel('Hale, Tom   10:02 AM')).toMatchObject({ name: 'Tom Hale', style: 'heading' });
    expect(readLabel('Jane Doe [CEO]: We start in May.')).toMatchObject({ name: 'Jane Doe', role: 'CEO', rest: 'We start in May.' });
    expect(readLabel('[Interviewer]: How did it start?')).toMatchObject({ name: 'Interviewer', rest: 'How did it start?' });
    expect(readLabel('Mira Chen — Today at 10:02 AM')).toMatchObject({ name: 'Mira Chen', thread: true });
    expect(readLabel('Ana Ruiz  0:02')).toMatchObject({ name: 'Ana Ruiz', style: 'heading' });
  });

  it('other names, the same forms', () => {
    expect(readLabel('[Kofi Mensah] 00:14:09')).toMatchObject({ name: 'Kofi Mensah', style: 'heading' });
    expect(readLabel('Berg, Ingrid 9:45 PM')).toMatchObject({ name: 'Ingrid Berg', style: 'heading' });
    expect(readLabel('Lan Chen [Chair]: The board agreed.')).toMatchObject({ name: 'Lan Chen', role: 'Chair' });
  });

  it('still reads the labels with fields and offices, and the bylines', () => {
    expect(readLabel('SEN. MARA QUILTY (D), OREGON: We will vote on Friday.')).toMatchObject({ name: 'SEN. MARA QUILTY', rest: 'We will vote on Friday.' });
    expect(readLabel('The Parliamentary Under-Secretary of State for Transport (Mr Rhodri Pennant): The Government will act.')).toMatchObject({ name: 'Mr Rhodri Pennant', role: 'The Parliamentary Under-Secretary of State for Transport' });
    expect(readLabel('The Parliamentary Secretary to the Treasury for the Harbours (Ms Ada Okafor): The pipes will be replaced.')).toMatchObject({ name: 'Ms Ada Okafor', role: 'The Parliamentary Secretary to the Treasury for the Harbours' });
    expect(bylineName('Par Camille Besson')).toBe('Camille Besson');
    expect(bylineName('Av Sigrid Haugen og Jonas Berg')).toContain('Sigrid Haugen');
  });

  it('still reads the foreign bylines', () => {
    expect(classifyChrome('Af Rasmus Kjær')).toBe('metadata');
    expect(classifyChrome('Von Anna Weber und Jonas Feld')).toBe('metadata');
    expect(classifyChrome('Autor: Jan Dvořák')).toBe('metadata');
  });

  it('a prose document with no dash, bracket or clock time runs none of them', () => {
    const dir = tempCorpus({
      'bakery.txt': ['---', 'title: The bakery on the corner', '---', '', 'Maren Holt opened the bakery in 1979, after ten years of baking for other people.', '', '"We never wanted to be big," Holt said. The shop now has four ovens, and the queue starts at six.', ''].join('\n'),
    });
    const run = patternsRun(() => void loadCorpus(dir));
    expect(run.filter(costly).map((x) => x.slice(0, 60))).toEqual([]);
  });

  it('a report in other words, with a heading and a question: none run either', () => {
    const dir = tempCorpus({
      'pumps.txt': ['Harbour pumps replaced', '', 'Winter works', '', 'Our council replaced the cooling pumps at the harbour this winter. Why now? The old ones had run since 1988, an engineer said.', ''].join('\n'),
    });
    const run = patternsRun(() => void loadCorpus(dir));
    expect(run.filter(costly).map((x) => x.slice(0, 60))).toEqual([]);
  });
});
