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

const titleOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)?.meta.title;

describe("a podcast app's copy: the show's name over the episode's title, the episode's row under them", () => {
  it("the fixture is titled by its episode, and neither the episode's line nor 'Transcript' is a claim", () => {
    expect(titleOf(b, 'second-serve-ep212-spotify')).toBe('Ep. 212 — Lena Marchetti on walking away at 29');
    const recs = recordsOf(b, 'second-serve-ep212-spotify');
    expect(recs.some((r) => r.type === 'claim' && /^(?:Ep\. 212|Transcript$)/.test(r.text))).toBe(false);
  });

  it('the same shape in other words', () => {
    const doc = [
      'Field Notes',
      '#31 — Amara Osei on mapping the Volta delta',
      'Field Notes with Tom Keller • 2 Feb 2022 • 1 hr 4 min',
      '',
      'Transcript',
      'Transcripts are auto-generated and may contain errors.',
      '',
      'Tom Keller',
      '0:00',
      'Amara, how long did the survey take?',
      '',
      'Amara Osei',
      '0:07',
      'Three dry seasons. We started in 2019 and finished the last transect in 2021.',
      '',
    ].join('\n');
    const corpus = loadCorpus(tempCorpus({ 'field-notes-9.txt': doc }));
    expect(titleOf(corpus, 'field-notes-9')).toBe('#31 — Amara Osei on mapping the Volta delta');
    const recs = recordsOf(corpus, 'field-notes-9');
    expect(recs.some((r) => r.type === 'claim' && /^(?:#31|Transcript$)/.test(r.text))).toBe(false);
    expect(recs.find((r) => r.speaker === 'Amara Osei')?.year).toBe(2022);
  });
});

describe("'Transcript' alone over the turns labels their part: no claim, and the notes' headings above it head no turn", () => {
  it('a meeting page: summary under a heading, then Transcript, then the turns', () => {
    const doc = [
      'Weekly Ops Call',
      'Date: Tue, Apr 2, 2024 9:00 AM',
      '',
      'Summary',
      '- Depot in Leeds reopens on Monday.',
      '',
      'Next steps',
      'Marta Silva',
      '- Confirm the new shift rota',
      '',
      'Transcript',
      '',
      'Marta Silva',
      '00:00',
      'Right, is everyone on? Owen, how is Leeds looking?',
      '',
      'Owen Price',
      '00:05',
      'We reopen Monday. The roof repair finished on Friday.',
      '',
    ].join('\n');
    const recs = recordsOf(loadCorpus(tempCorpus({ 'ops-call-2024-04-02.txt': doc })), 'ops-call-2024-04-02');
    expect(recs.some((r) => r.text === 'Transcript')).toBe(false);
    const answer = recs.find((r) => r.speaker === 'Owen Price');
    expect(answer?.text).toContain('We reopen Monday');
    expect(answer?.section).toBeNull();
  });
});

describe('a title taken from a file name keeps no caption language tag nor a recording extension', () => {
  it("the fixture: 'kestrel-founder-interview.en.vtt' and a Happy Scribe export headed by its '.mp3'", () => {
    expect(titleOf(b, 'kestrel-founder-interview.en')).toBe('kestrel-founder-interview');
    expect(titleOf(b, 'ledger-lines-ep47-happyscribe')).toBe('Ledger Lines Ep 47 - Halvorsen interview (final mix)');
    // The file-name line is the title's, no claim.
    expect(recordsOf(b, 'ledger-lines-ep47-happyscribe').some((r) => r.text.includes('.mp3'))).toBe(false);
  });

  it('the same shapes in other words', () => {
    const corpus = loadCorpus(tempCorpus({
      'harbour-walk.pt-BR.srt': '1\n00:00:01,000 --> 00:00:03,000\nA maré sobe depressa aqui.\n',
      'garden-club-apr.txt': 'Garden club meeting April (room mic).m4a\n\n[00:00:00.00] - Rosa Lind\nWelcome, everyone. The seed swap is on Saturday.\n\n[00:00:06.10] - Ken Abe\nI will bring tomato seeds.\n',
    }));
    expect(titleOf(corpus, 'harbour-walk.pt-BR')).toBe('harbour-walk');
    expect(titleOf(corpus, 'garden-club-apr')).toBe('Garden club meeting April (room mic)');
    expect(recordsOf(corpus, 'garden-club-apr').some((r) => r.text.includes('.m4a'))).toBe(false);
  });
});
