/**
 * News attribution, fix66-a: verbs of recollection report ("Her son, Alasdair, remembered a winter
 * night when …", "remembered that …", "recounted how …"); a lead-in that only opens the quotation
 * below it ("She continued:", "… He added:", "Smith told the meeting:") is no one's claim; a bare
 * plural group ("Shipping agents said …", "Local fishermen said …") is nobody, as "Officials said"
 * is, while "Prosecutors argued" stays the prosecution's; "TITLE of FIELD First Last of PLACE" is
 * First Last; "It said …" after a sentence whose subject is an organisation is that organisation.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; type: string; speaker: string | null; text: string };
const at = (records: Rec[], doc: string, line: number, type?: string) => records.find((r) => r.doc.includes(doc) && r.line === line && (!type || r.type === type));
const OURS = join(FIXTURES, 'fix66', 'a');
const PROBE = join(FIXTURES, 'probe54', 'b');

describe('fix66-a: the probe54-b documents', () => {
  const records = fixtureCorpus(PROBE, ['obituary-ferry-captain-2022.txt', 'court-harbour-fraud-2023.txt', 'wire-port-strike-2025.txt']).records as Rec[];
  it('"Her son, Alasdair, remembered a winter night … when …" is Alasdair\'s recollection', () => {
    expect(at(records, 'obituary', 17, 'claim')?.speaker).toBe('Alasdair');
  });
  it('"She continued:" alone on its line is no one\'s; the quotation below stays the judge\'s', () => {
    expect(at(records, 'court', 22, 'claim')).toMatchObject({ speaker: null, text: 'She continued:' });
    expect(at(records, 'court', 24, 'quote')?.speaker).toBe('Aoife Whelan');
  });
  it('"Shipping agents said …" is nobody\'s; "Prosecutors argued that …" stays the prosecutors\'', () => {
    expect(at(records, 'wire', 19, 'claim')?.speaker).toBeNull();
    expect(at(records, 'court', 14, 'claim')?.speaker).toBe('Prosecutors');
  });
});

describe('fix66-a: the same constructions in other words', () => {
  const records = fixtureCorpus(OURS, ['obituary-recollections.txt', 'court-continued.txt', 'news-bypass-vote.txt']).records as Rec[];
  it('recalled / remembered that / recounted how / remembered + clause report the subject', () => {
    expect(at(records, 'obituary', 7, 'claim')?.speaker).toBe('Elspeth');
    expect(at(records, 'obituary', 9, 'claim')?.speaker).toBe('Callum Dunmore');
    expect(at(records, 'obituary', 11, 'claim')?.speaker).toBe('Peter Vance');
    expect(at(records, 'obituary', 13, 'claim')?.speaker).toBe('Jean Abbot');
    // unchanged: the writer's own sentence
    expect(at(records, 'obituary', 19, 'claim')?.speaker).toBe('Ruth Calder');
    // ("remembers that winter differently": "that" a determiner, no reported clause)
    expect(at(records, 'obituary', 21, 'claim')?.speaker).toBe('Ruth Calder');
  });
  it('bare plural groups are nobody; a court\'s parties keep their name', () => {
    expect(at(records, 'obituary', 15, 'claim')?.speaker).toBeNull();
    expect(at(records, 'obituary', 17, 'claim')?.speaker).toBeNull();
    expect(at(records, 'bypass', 19, 'claim')?.speaker).toBeNull();
    expect(at(records, 'court', 23, 'claim')?.speaker).toBeNull();
    expect(at(records, 'court', 15, 'claim')?.speaker).toBe('Prosecutors');
  });
  it('a lead-in before a quotation is no one\'s claim, alone or ending a paragraph', () => {
    expect(at(records, 'court', 9, 'claim')).toMatchObject({ speaker: null, text: 'She continued:' });
    expect(at(records, 'court', 11, 'quote')?.speaker).toBe('Helen Carver');
    // "… said the man had already repaid part of the money. He added:": the sentence before is Dunne's
    expect(at(records, 'court', 17, 'claim')?.speaker).toBe('Mark Dunne');
    expect(at(records, 'court', 19, 'quote')?.speaker).toBe('Mark Dunne');
    expect(at(records, 'bypass', 15, 'claim')).toMatchObject({ speaker: null, text: 'Councillor Mary Smith told the meeting:' });
    expect(at(records, 'bypass', 17, 'quote')?.speaker).toBe('Mary Smith');
  });
  it('an office "X of Y" before a full name, and the place after it, are no part of the name', () => {
    expect(at(records, 'bypass', 7, 'claim')?.speaker).toBe('Tim Doe');
    expect(at(records, 'bypass', 9, 'quote')?.speaker).toBe('Jane Roe');
  });
  it('"It said …" after a sentence whose subject is an organisation is the organisation', () => {
    expect(at(records, 'bypass', 11, 'claim')?.speaker).toBe('Ann Reid');
    expect(records.find((r) => r.doc.includes('bypass') && r.line === 11 && r.text.startsWith('It said'))?.speaker).toBe('Harbour Trust');
    expect(at(records, 'bypass', 13, 'quote')).toMatchObject({ speaker: 'the county council', text: 'would be better spent on buses and cycle lanes.' });
  });
});
