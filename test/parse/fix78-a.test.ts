/**
 * Press releases, fix78-a: a document with a release's tells (a wire's tag in the dateline, a notice
 * over the title, "About X", a contact block or notes to editors, an end mark), two at least, is
 * issued by the "About X" heading's X, else the lead's subject before its verb: its own sentences
 * are the issuer's claims and "the company" in it is the issuer. A bylined story about a release
 * keeps its writer; an unbylined story with no tells has no author.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const DIR = join(FIXTURES, 'fix78', 'a');
const at = (records: Rec[], doc: string, line: number, type?: string) => records.find((r) => r.doc === doc && r.line === line && (!type || r.type === type));
const FILES = ['release.txt', 'bizwire.txt', 'charity.txt', 'university.txt', 'partnership.txt', 'story.txt', 'unbylined.txt', 'release-and-story.txt'];

describe('a press release is its issuer\'s', () => {
  const corpus = fixtureCorpus(DIR, FILES);
  const records = corpus.records as Rec[];
  const author = (id: string) => corpus.documents.find((d) => d.id === id)?.meta.author ?? null;

  it('PR Newswire: the About heading names the issuer; lead, narrative, "the company" and About are its claims', () => {
    expect(author('release')).toBe('Northwind Ferries');
    for (const line of [5, 7, 13, 16]) expect(at(records, 'release', line, 'claim')?.speaker).toBe('Northwind Ferries');
    expect(at(records, 'release', 9, 'quote')?.speaker).toBe('Aisha Rahman');
    expect(at(records, 'release', 11, 'quote')?.speaker).toBe('Harald Nygaard');
  });

  it('Business Wire: the lead names the issuer; a "Contacts" block without its colon is no claim', () => {
    expect(author('bizwire')).toBe('LumenPath');
    for (const line of [3, 5, 9]) expect(at(records, 'bizwire', line, 'claim')?.speaker).toBe('LumenPath');
    expect(at(records, 'bizwire', 7, 'quote')?.speaker).toBe('Marco Diaz');
    expect(records.filter((r) => r.doc === 'bizwire' && r.line >= 11)).toEqual([]);
  });

  it('a charity\'s release: "the charity" and what stands under ENDS (notes, About) are the issuer\'s', () => {
    expect(author('charity')).toBe('Hope Harbour');
    for (const line of [7, 9, 13, 18, 22]) expect(at(records, 'charity', line, 'claim')?.speaker).toBe('Hope Harbour');
    expect(at(records, 'charity', 11, 'quote')?.speaker).toBe('Rosa Kemp');
  });

  it('a university\'s news release: "About the University of Eastmoor"', () => {
    expect(author('university')).toBe('University of Eastmoor');
    for (const line of [5, 7, 11, 18]) expect(at(records, 'university', line, 'claim')?.speaker).toBe('University of Eastmoor');
    expect(at(records, 'university', 9, 'quote')?.speaker).toBe('Alan Greer');
  });

  it('a partnership without an About section: the company the lead names first', () => {
    expect(author('partnership')).toBe('Fjordverft');
    expect(at(records, 'partnership', 7, 'claim')?.speaker).toBe('Fjordverft');
  });

  it('a story about a release keeps its byline; one without a byline or tells has no author', () => {
    expect(author('story')).toBe('Tom Reyes');
    expect(at(records, 'story', 7, 'claim')?.speaker).toBe('Tom Reyes');
    expect(author('unbylined')).toBeNull();
    expect(at(records, 'unbylined', 3, 'claim')?.speaker).toBe('the company');
    expect(at(records, 'unbylined', 5, 'claim')?.speaker).toBeNull();
  });

  it('a release with a bylined story set under it is no release alone: the story\'s sentences are never the issuer\'s', () => {
    expect(author('release-and-story')).not.toBe('Harbour Tools');
    expect(at(records, 'release-and-story', 17, 'claim')?.speaker).not.toBe('Harbour Tools');
  });
});
