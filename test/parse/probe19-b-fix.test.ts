/**
 * Probe 19 / b, second pass: the findings the first fixer left (test/fixtures/probe19/b). Each rule
 * is tested on the fixture and on a text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const b = fixtureCorpus(join(FIXTURES, 'probe19', 'b'));
type Rec = ReturnType<typeof recordsOf>[number];
const speakerAt = (recs: Rec[], words: string) => recs.find((r) => r.text.includes(words))?.speaker;

describe("broadcast captions: a newscast's anonymous '>>' turns named by its own structure", () => {
  const news = recordsOf(b, 'kwxt-news-at-six-2024-10-15');

  it("the fixture: the reporter handed the line, his sign-off, the soundbites he names after, the anchor's '>>>' openers", () => {
    expect(speakerAt(news, 'DANA, THE COMPANY SAYS')).toBe('Luis Betancourt');
    expect(speakerAt(news, 'NINETEEN YEARS, AND THEY TELL US')).toBe('Gloria Mendez');
    expect(speakerAt(news, 'THAT WAS LINE SUPERVISOR')).toBe('Luis Betancourt');
    expect(speakerAt(news, 'COMMITTED TO HELPING EVERY')).toBe('Craig Pelletier');
    expect(speakerAt(news, 'PROPERTY TAXES')).toBe('Luis Betancourt');
    expect(speakerAt(news, 'TURNING NOW TO THE RACE')).toBe('Dana Hollis');
    expect(speakerAt(news, 'A CENTURY OF FRIDAY NIGHTS')).toBe('Dana Hollis');
    // Nothing names these: they stay anonymous.
    expect(speakerAt(news, "THAT'S A GOOD NIGHT")).toBeNull();
    expect(speakerAt(news, 'MY GRANDSON')).toBeNull();
  });

  it('the same shape in other words', () => {
    const doc = [
      'WRBN NEWS 4 AT NOON',
      '',
      '>>> GOOD AFTERNOON. I\'M MARCUS OYELARAN.',
      'A WATER MAIN BREAK HAS CLOSED',
      'ELM STREET DOWNTOWN.',
      '>> OUR PRIYA NANDAKUMAR IS THERE',
      'NOW. PRIYA?',
      '>> MARCUS, CREWS HAVE BEEN DIGGING',
      'SINCE SEVEN THIS MORNING.',
      '>> THE WATER CAME UP THROUGH THE',
      'FLOOR OF MY SHOP IN MINUTES.',
      '>> THAT WAS BAKERY OWNER',
      'TOMASZ WIERZBICKI. THE CITY SAYS',
      'REPAIRS WILL TAKE TWO DAYS.',
      '>> WE ARE ASKING DRIVERS TO AVOID',
      'THE AREA UNTIL THURSDAY.',
      ">> THAT'S PUBLIC WORKS DIRECTOR",
      'HELEN ASHBY. ON ELM STREET,',
      'PRIYA NANDAKUMAR, NEWS 4.',
      '>>> IN SPORTS, THE RIVER CATS',
      'CLINCHED THE PENNANT LAST NIGHT.',
      ">> THAT'S THE BEST NEWS ALL WEEK.",
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'wrbn-noon-2023-05-02.txt': doc })), 'wrbn-noon-2023-05-02');
    expect(speakerAt(recs, 'CREWS HAVE BEEN DIGGING')).toBe('Priya Nandakumar');
    expect(speakerAt(recs, 'FLOOR OF MY SHOP')).toBe('Tomasz Wierzbicki');
    expect(speakerAt(recs, 'THAT WAS BAKERY OWNER')).toBe('Priya Nandakumar');
    expect(speakerAt(recs, 'AVOID THE AREA')).toBe('Helen Ashby');
    expect(speakerAt(recs, 'PUBLIC WORKS DIRECTOR')).toBe('Priya Nandakumar');
    expect(speakerAt(recs, 'CLINCHED THE PENNANT')).toBe('Marcus Oyelaran');
    expect(speakerAt(recs, 'BEST NEWS ALL WEEK')).toBeNull();
  });

  it("a reporter's sign-off names the turn where nobody handed the line", () => {
    const doc = [
      '>> THE FERRY WILL NOT RUN AGAIN',
      'BEFORE MONDAY.',
      '>> THE BRIDGE REOPENS AT NOON',
      'TOMORROW. FROM THE HARBOR, DEVON',
      'MARSH, NEWS 12 TONIGHT.',
      '>> A NEW LIBRARY OPENS ON FRIDAY.',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'harbor-2022-03-01.txt': doc })), 'harbor-2022-03-01');
    expect(speakerAt(recs, 'THE BRIDGE REOPENS')).toBe('Devon Marsh');
    expect(speakerAt(recs, 'FERRY WILL NOT RUN')).toBeNull();
    expect(speakerAt(recs, 'A NEW LIBRARY')).toBeNull();
  });
});
