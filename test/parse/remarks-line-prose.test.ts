// A "Remarks by NAME" / "Responses of NAME" line is a heading naming the document's speaker; the same
// words opening a sentence of prose are its subject, and credit nobody.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const speakers = (text: string) => new Set(loadCorpus(tempCorpus({ 'doc.txt': text })).records.map((r) => r.speaker));

describe('a remarks or responses opening in a sentence of prose', () => {
  it('credits no one for "Remarks by President NAME, delivered in …, are carved …"', () => {
    expect(speakers('History of the bridge\n\nRemarks by President Lincoln, delivered in 1863, are carved on the wall.\nVisitors read them every day. The bridge opened in 1901.\n')).toEqual(new Set([null]));
  });

  it('in other words: "Responses of Federal Agencies to the … were slow.", "Answers from Young People, in …, varied."', () => {
    expect(speakers('Committee report\n\nResponses of Federal Agencies to the 2019 flooding were slow.\nThe committee heard that aid arrived late in 2020.\n')).toEqual(new Set([null]));
    expect(speakers('Survey\n\nAnswers from Young People, in the 2021 survey, varied widely.\nMost said they wanted more parks.\n')).toEqual(new Set([null]));
  });

  it('still reads the heading forms: a role after the comma, "to questions for the record"', () => {
    expect(speakers('Flood Response Update\nRemarks by Governor Alana Reyes, State Capitol\n\nI have asked for federal help. We lost 12 homes this week.\n')).toEqual(new Set(['Alana Reyes']));
    expect(speakers('Hearing on Ports\nWritten answers from Dr. Tom Hale to questions for the record\n\nResponse: We inspected 40 ships in 2023.\n')).toEqual(new Set(['Tom Hale']));
  });
});
