/**
 * Who a header names, in layouts found on unseen documents: an interview transcript whose title
 * (in capitals, or on a first line that ends in "Ltd.") says who was interviewed, with a role after
 * the name; a Guardian-style byline (a name alone, its dateline under it) below a standfirst.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const QA = '\n\nQ. Where did you grow up?\nA. In Tromsø, until I was twelve.\n\nQ. And then?\nA. Bergen, and the sea.\n';
const answerers = (text: string) => [...new Set(loadCorpus(tempCorpus({ 'interview.txt': text })).records.filter((r) => r.type === 'qa').map((r) => r.speaker))];

describe('the interviewee a header line names answers the A. turns', () => {
  it('a title in capitals, with a role and a company after the name', () => {
    expect(answerers(`INTERVIEW WITH INGRID HOLM, SENIOR SKIPPER, NORDHAV FISHERIES AS${QA}`)).toEqual(['Ingrid Holm']);
  });

  it('a first line that is no title (it ends in a stop), then who conducted it', () => {
    expect(answerers(`Record of an interview with Ingrid Holm, senior skipper, Nordhav Fisheries Ltd.\nConducted by Per Aas, 2 May 2023${QA}`)).toEqual(['Ingrid Holm']);
  });

  it('a role run alone names nobody: the title stays without a guest', () => {
    expect(answerers(`NOTES OF THE SENIOR SKIPPER MEETING${QA}`)).toEqual([null]);
  });

  it('the transcript these came from', () => {
    const records = loadCorpus(tempCorpus({ 'q.txt': readFileSync(join(FIXTURES, 'lead-news', 'interview-q-dot.txt'), 'utf8') })).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    expect(qa.every((r) => r.speaker === 'Elena Vasquez' && r.asker === 'Mark Ellison')).toBe(true);
  });
});

describe('a name alone above its dateline, under a standfirst', () => {
  const text = 'The pier that refused to close\n\nLocal anglers say the council gave up too soon.\n\nMaya Lindqvist\nTue 4 Mar 2025 07.30 GMT\n\nThe pier opened in 1898 and closed for repairs in 2019.\n';
  it('is the byline and the date, and page furniture', () => {
    const corpus = loadCorpus(tempCorpus({ 'pier.txt': text }));
    const doc = corpus.documents[0]!;
    expect(doc.meta.author).toBe('Maya Lindqvist');
    expect(doc.meta.date).toBe('2025-03-04');
    expect(corpus.records.some((r) => r.text === 'Maya Lindqvist')).toBe(false);
    expect(corpus.records.find((r) => r.text.includes('opened in 1898'))?.speaker).toBe('Maya Lindqvist');
  });

  it('the feature these came from: "She points out that …" is the researcher\'s', () => {
    const records = loadCorpus(tempCorpus({ 'g.txt': readFileSync(join(FIXTURES, 'lead-news', 'guardian-style.txt'), 'utf8') })).records;
    expect(records.find((r) => r.text.includes('points out'))?.speaker).toBe('Hannah Cole');
    expect(records.find((r) => r.text.includes('old modems'))?.year).toBe(2025);
  });
});

describe('a numbered voice whose note names its person', () => {
  it('"Speaker 1 (Host, NAME):" then "Speaker 1:" is that person throughout', () => {
    const text = 'Ep. 7\n\nSpeaker 1 (Moderator, Ines Duarte): Our guest is a ferry captain.\n\nSpeaker 2 (Rui Sousa): Good evening.\n\nSpeaker 1: How long have you sailed this route?\n\nSpeaker 2: Since 2004, every winter.\n';
    const records = loadCorpus(tempCorpus({ 'ep.txt': text })).records;
    const qa = records.find((r) => r.type === 'qa')!;
    expect([qa.asker, qa.speaker]).toEqual(['Ines Duarte', 'Rui Sousa']);
    expect(records.every((r) => !/^Speaker \d$/.test(r.speaker ?? ''))).toBe(true);
  });

  it('a note with two names, or none, leaves the voice numbered', () => {
    const text = 'Ep. 8\n\nSpeaker 1 (Ines Duarte, Rui Sousa): Welcome, both.\n\nSpeaker 2 (remote): Thanks.\n\nSpeaker 1: When did you start?\n\nSpeaker 2: In 2004.\n';
    const qa = loadCorpus(tempCorpus({ 'ep.txt': text })).records.find((r) => r.type === 'qa')!;
    expect([qa.asker, qa.speaker]).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it('the podcast these came from', () => {
    const records = loadCorpus(tempCorpus({ 'p.txt': readFileSync(join(FIXTURES, 'lead-news', 'podcast_ep42_transcript.txt'), 'utf8') })).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.length).toBeGreaterThanOrEqual(3);
    expect(qa.every((r) => r.speaker === 'Nadia Rahman' && r.asker === 'Leo Park')).toBe(true);
  });
});

describe('numbered voices under a header that names the guest', () => {
  const talk = (header: string, opening: string) =>
    `${header}\n\nSpeaker 1  0:00\n${opening} When did you start?\n\nSpeaker 2  0:05\nIn 1998, in my father's shop.\n\nUnknown Speaker  0:09\nIs this the right room?\n\nSpeaker 1  0:12\nIt is. And why clocks?\n\nSpeaker 2  0:15\nThey were what broke.\n`;
  const answerer = (text: string) => [...new Set(loadCorpus(tempCorpus({ 't.txt': text })).records.filter((r) => r.type === 'qa').map((r) => r.speaker))];

  it('the first voice speaks to the person the header names: the other voice is theirs', () => {
    expect(answerer(talk('A conversation with Mia Holt', 'Mia, welcome.'))).toEqual(['Mia Holt']);
  });

  it('without that address, the voices stay numbered', () => {
    expect(answerer(talk('A conversation with Mia Holt', 'Welcome, everyone.'))).toEqual(['Speaker 2']);
  });
});

describe("minutes' attendance lines", () => {
  it('one absentee is a fact to find, as the lists of those present are', () => {
    const text = 'TOWN BOARD MINUTES\nMonday, March 4, 2024\n\nPRESENT: Supervisor Ada Kline; Members Bo Reyes, Cy Park, Di Stone\nABSENT: Member Ezra Vance (excused)\nSTAFF: Clerk Ruth Ng\n\n1. CALL TO ORDER\nSupervisor Kline called the meeting to order at 7:01 p.m.\n';
    const corpus = loadCorpus(tempCorpus({ 'minutes.txt': text }));
    expect(corpus.records.some((r) => r.text.includes('Ezra Vance'))).toBe(true);
    expect(corpus.records.some((r) => r.text.includes('Clerk Ruth Ng'))).toBe(true);
  });
});

describe('a header list of participants names the first-name labels below it', () => {
  const episode = (list: string) =>
    `The Long Game — episode 31\n${list}\nDate: 14 November 2024\n\nNadia: Tom, you left Veltro in 2021. Why then?\n\nTom: Honestly? I was tired.\n\nNadia: Nine years is a long time. Why stay?\n\nTom: It is. I loved it.\n`;
  const pairs = (list: string) =>
    loadCorpus(tempCorpus({ 'ep.txt': episode(list) })).records.map((r) => [r.speaker, r.asker ?? null]);

  it('"Participants: NAME (host), NAME (guest, …)" gives both full names', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'participants-first-names.txt'), 'utf8');
    const records = loadCorpus(tempCorpus({ 'ep.txt': text })).records;
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker])).toEqual(Array(4).fill(['Tom Albrecht', 'Nadia Qureshi']));
  });

  it('"Speakers: A, B": a first name after a comma is the next person, not the role of the one before', () => {
    expect(pairs('Speakers: Nadia Qureshi, Tom Albrecht')).toEqual([
      ['Tom Albrecht', 'Nadia Qureshi'],
      ['Tom Albrecht', 'Nadia Qureshi'],
    ]);
  });

  it('"Speakers: A, role; B, role" and "with A and B" read the same', () => {
    expect(pairs('Speakers: Nadia Qureshi, host; Tom Albrecht, former CFO of Veltro')).toEqual(pairs('Participants: Nadia Qureshi and Tom Albrecht'));
    expect(pairs('Participants: Nadia Qureshi and Tom Albrecht')[0]).toEqual(['Tom Albrecht', 'Nadia Qureshi']);
  });
});

describe('dates a header or a first sentence gives', () => {
  const dateOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).documents[0]!.meta.date;

  it('a WebVTT NOTE under the file header ("Kind:", "Language:") that says when it was recorded', () => {
    expect(dateOf('talk.vtt', readFileSync(join(FIXTURES, 'lead-news', 'voice-tags.vtt'), 'utf8'))).toBe('2024-11-12');
  });

  it('a header line saying when, with the day, gives the day, not only the year', () => {
    expect(dateOf('a.txt', 'A talk in Lisbon\nRecorded at the Lisbon Web Summit, 12 November 2024.\n\nModerator: Welcome.\n\nAna Ruiz: Thank you.\n')).toBe('2024-11-12');
  });

  it('"Lisbon, 3 April 2024." opening the first paragraph is its dateline', () => {
    expect(dateOf('i.txt', readFileSync(join(FIXTURES, 'lead-news', 'interview-dash-quotes.txt'), 'utf8'))).toBe('2024-04-03');
    // A date inside the paragraph's sentence is no dateline.
    expect(dateOf('j.txt', 'A profile\n\nShe moved to Lisbon, where on 3 April 2024 she opened a shop.\n')).toBeFalsy();
  });
});

describe('answers set as Markdown blockquotes', () => {
  it('"**Q: …**" over "> answer": the answer\'s words without the marks', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'blockquote-answers.md'), 'utf8');
    const qa = loadCorpus(tempCorpus({ 'ama.md': text })).records.filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    expect(qa[0]!.text).toBe('More than 250 since 2018. About a third of them are in Asia.');
    expect(qa.every((r) => !r.text.includes('>') && r.speaker === 'Yi He')).toBe(true);
  });

  it('a message quoting another in a thread keeps its marks', () => {
    const thread = 'Issue #12: sync hangs\n\n**amelia-ng** commented on Feb 12, 2024\n\nCan you paste the last lines?\n\n**tkaminski** commented on Feb 12, 2024\n\n> Can you paste the last lines?\n\nHere you go: waiting for drain.\n';
    const records = loadCorpus(tempCorpus({ 'issue.md': thread })).records;
    const reply = records.find((r) => r.text.includes('Here you go'));
    expect(reply?.text.includes('> Can you paste') || !reply?.text.includes('Can you paste')).toBe(true);
  });
});

describe('the writer\'s closing lines under a Q&A\'s last answer', () => {
  it('an italic note and a third-person paragraph after one-paragraph answers are narration', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'bold-questions-closing.md'), 'utf8');
    const records = loadCorpus(tempCorpus({ 'qa.md': text })).records;
    const last = records.filter((r) => r.type === 'qa').pop()!;
    expect(last.text).toBe("Not in 2025. Maybe never. Our customers haven't asked for it.");
    const closing = records.find((r) => r.text.includes('Nordic Finance Summit'));
    expect(closing?.type).toBe('claim');
    expect(closing?.speaker).not.toBe('Sofia Lindqvist');
    // The editor's note in italics is the page's, as it is in roman (chrome.ts EDITED_NOTICE): no answer's words, no one's.
    expect(records.some((r) => r.type !== 'claim' && r.text.includes('This interview has been condensed'))).toBe(false);
  });

  it('a last answer that goes on in the first person keeps its paragraphs', () => {
    const text = readFileSync(join(FIXTURES, 'lead-news', 'bold-questions-closing.md'), 'utf8').replace(/\n\*This interview[^]*$/, '\nWe will look again in 2026.\n');
    const last = loadCorpus(tempCorpus({ 'qa.md': text })).records.filter((r) => r.type === 'qa').pop()!;
    expect(last.text).toContain('We will look again in 2026.');
  });
});

describe('a lede that dates its own event', () => {
  const dateOf = (text: string) => loadCorpus(tempCorpus({ 'a.md': text })).documents[0]!.meta.date;
  it('"Dr. Wen Li answered community questions on March 5, 2024." (a title\'s stop before the verb, words between it and "on")', () => {
    expect(dateOf('# AMA recap: battery recycling\n\nDr. Wen Li answered community questions on March 5, 2024. Answers lightly edited.\n\n### How much lithium can be recovered?\n\nAbout 92% by mass.\n')).toBe('2024-03-05');
  });
  it('a date after another verb is no lede date', () => {
    expect(dateOf('# Battery recycling\n\nDr. Wen Li was born on March 5, 1984 in Hefei.\n')).toBeFalsy();
  });
});
