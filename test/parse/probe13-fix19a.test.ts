/**
 * Official records, chat exports and internal documents (test/fixtures/probe13/c1, c4, c6): a wiki
 * page's contents list, a person card's fields, a ChatGPT export's labels, a memo's FROM:, meeting
 * notes' speaker headings, an HR note's Employee:, a UN record's cover page and closing minute, the
 * European Parliament's labels. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c1 = loadCorpus(join(FIXTURES, 'probe13', 'c1'));
const c4 = loadCorpus(join(FIXTURES, 'probe13', 'c4'));
const c6 = loadCorpus(join(FIXTURES, 'probe13', 'c6'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);

describe('a wiki page: contents list and person cards', () => {
  it('the "Further reading" entry of "On this page" does not turn the body into teasers; card fields are no speakers', () => {
    const recs = recordsOf(c6, 'Founders - Confluence');
    expect(recs.some((r) => /Bloomberg Tradebook/.test(r.text))).toBe(true);
    expect(recs.some((r) => /next 100 years/.test(r.text))).toBe(true);
    expect(recs.some((r) => /can't stand being criticised/.test(r.text))).toBe(true);
    expect(recs.some((r) => /^(?:Role|Born|Before Binance)$/.test(r.speaker ?? ''))).toBe(false);
    expect(at(recs, 25).length).toBeGreaterThan(0);
    // "In his words: "…"" is the card's person's, not a name the fields above mention.
    expect(at(recs, 16).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Changpeng Zhao']]);
    expect(at(recs, 22).map((r) => [r.type, r.speaker])).toEqual([['quote', 'He Yi']]);
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'team.txt': [
        'Our team', '', 'Contents', '  Ana Ruiz', '  Tom Hale', '  Further reading', '',
        'Ana Ruiz', 'Role: Head of research since 2019.', 'Born: 1980, Porto.', 'Studied: Physics at Coimbra.', 'In her words: "Measure twice, publish once."', '',
        'Tom Hale', 'Role: Chief engineer.', 'Born: 1975, Leeds.', 'Studied: Mechanics at Manchester.', '',
        'History', 'The lab opened in 2012 with four desks and a kettle.', '',
        'Further reading', '  Lab handbook', '',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'team');
    expect(recs.some((r) => /four desks and a kettle/.test(r.text))).toBe(true);
    expect(recs.some((r) => /Physics at Coimbra/.test(r.text))).toBe(true);
    expect(recs.some((r) => /^(?:Role|Born|Studied)$/.test(r.speaker ?? ''))).toBe(false);
    // The card's own-words field is findable, and nobody's but the card's person's.
    const own = recs.filter((r) => /Measure twice/.test(r.text));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((r) => r.speaker === null || r.speaker === 'Ana Ruiz')).toBe(true);
  });
});

describe('a ChatGPT export', () => {
  it('"You said:" / "ChatGPT said:" are You and ChatGPT; "said that women" is no one', () => {
    const recs = recordsOf(c4, 'ChatGPT-Who-is-He-Yi');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.asker, r.speaker])).toEqual([
      ['You', 'ChatGPT'],
      ['You', 'ChatGPT'],
      ['You', 'ChatGPT'],
    ]);
    expect(recs.some((r) => r.speaker === 'that women' || /said$/.test(r.speaker ?? ''))).toBe(false);
  });
  it('the same labels in other words', () => {
    const dir = tempCorpus({
      'chat.md': 'Mira said:\nWhere is the lab?\n\nAssistant said:\nIn Porto, near the river.\n\nMira said:\nWhen did it open?\n\nAssistant said:\nIn 2012.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'chat');
    expect(recs.map((r) => [r.type, r.asker, r.speaker])).toEqual([
      ['qa', 'Mira', 'Assistant'],
      ['qa', 'Mira', 'Assistant'],
    ]);
  });
  it('"that" before a plural is the conjunction, not a person a pronoun can stand for', () => {
    const dir = tempCorpus({ 'a.txt': 'Ana Ruiz founded the lab.\n\nIn talks she has often said that women should ask for more pay. In a 2019 speech she said, "Ask twice, then ask again."\n' });
    const quote = recordsOf(loadCorpus(dir), 'a').find((r) => r.type === 'quote');
    expect(quote?.speaker).toBe('Ana Ruiz');
  });
});

describe('internal documents', () => {
  it('a memo: FROM: is the writer of its first-person body, RE: its title', () => {
    const recs = recordsOf(c6, 'memo-listing-review-2021-07');
    expect(at(recs, 15).find((r) => r.type === 'claim')?.speaker).toBe('He Yi');
    expect(at(recs, 17).map((r) => r.speaker)).toEqual(['He Yi', 'He Yi']);
    expect(c6.documents.find((d) => d.id === 'memo-listing-review-2021-07')?.meta.title).toMatch(/^Pause on new stock-token listings/);
  });
  it('a memo in other words', () => {
    const dir = tempCorpus({ 'm.txt': 'INTERNAL\n\nMEMO\n\nTO:   All staff\nFROM: Ana Ruiz, Head of Research\nDATE: 3 May 2022\nRE:   Lab hours\n\nI have decided to close the lab on Fridays.\n' });
    const corpus = loadCorpus(dir);
    expect(recordsOf(corpus, 'm').find((r) => /Fridays/.test(r.text))?.speaker).toBe('Ana Ruiz');
    expect(corpus.documents[0]!.meta.title).toBe('Lab hours');
  });
  it('meeting notes: a heading naming a person gives the bullets under it their speaker', () => {
    const recs = recordsOf(c6, 'all-hands-notes-2023-11-22');
    expect(at(recs, 9).map((r) => [r.type, r.speaker])).toEqual([['quote', 'CZ']]);
    expect(at(recs, 13).map((r) => r.speaker)).toEqual(['Richard Teng']);
    expect(at(recs, 20).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Yi He']]);
    // Not a person: the Q&A and action items keep no one's name.
    expect(at(recs, 28).map((r) => r.speaker)).toEqual([null]);
  });
  it('meeting notes in other words', () => {
    const dir = tempCorpus({
      'n.md': '# Team sync\n\n## Ana Ruiz\n- Said the lab "is ready for visitors."\n- Wants two more desks.\n\n## Update — Tom Hale\n- "We ship on Monday."\n\n## Next steps\n- Book the room\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'n');
    expect(recs.filter((r) => r.line <= 5).every((r) => r.speaker === 'Ana Ruiz')).toBe(true);
    expect(at(recs, 8).map((r) => r.speaker)).toEqual(['Tom Hale']);
    expect(at(recs, 11).map((r) => r.speaker)).toEqual([null]);
  });
  it('an HR note: the Employee: field is whose unattributed quotes it holds', () => {
    const recs = recordsOf(c6, 'exit-interview-notes-J-Moreau');
    const quotes = recs.filter((r) => r.type === 'quote');
    expect(quotes.length).toBe(4);
    expect(quotes.every((r) => r.speaker === 'Julien Moreau')).toBe(true);
  });
  it('an HR note in other words', () => {
    const dir = tempCorpus({ 'x.txt': 'EXIT NOTE\nEmployee: Ana Ruiz (Analyst)\nInterviewer: Tom Hale\n\nWhy she is leaving: "The commute is two hours each way."\n' });
    expect(recordsOf(loadCorpus(dir), 'x').find((r) => r.type === 'quote')?.speaker).toBe('Ana Ruiz');
  });
});

describe('official records', () => {
  it('a UN verbatim record: the cover page is no turn; the closing minute and notice are no one\'s', () => {
    const recs = recordsOf(c1, 'S_PV.9412');
    expect(recs.some((r) => /Members:|\.\.\.\.\.|called to order/.test(r.text) && r.speaker)).toBe(false);
    // The cover's "President: Mr. Rama …… (Albania)" names who "The President" is.
    const first = recs.find((r) => r.role === 'President');
    expect([first?.speaker, first?.line]).toEqual(['Mr. Rama', 30]);
    expect(at(recs, 58).map((r) => [r.speaker, r.endLine])).toEqual([['Mr. Hwang', 58]]);
    expect(at(recs, 60).map((r) => r.speaker)).toEqual([null]);
    expect(at(recs, 62).every((r) => r.speaker === null)).toBe(true);
  });
  it('a cover page and a closing minute in other words', () => {
    const dir = tempCorpus({
      'pv.txt': 'Council\n\nChair:    Ms. Lind ............ (Norway)\n\nMembers:  Chile ........ Mr. Soto\n\nThe Chair: I open the meeting.\n\nMr. Soto (Chile): Thank you. We support the text.\n\nThe Chair: The text is adopted.\n\nThe meeting rose at 4.15 p.m.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'pv');
    expect(recs.filter((r) => r.speaker).map((r) => [r.speaker, r.line])).toEqual([
      ['Ms. Lind', 7],
      ['Mr. Soto', 9],
      ['Ms. Lind', 11],
    ]);
    expect(at(recs, 13).map((r) => r.speaker)).toEqual([null]);
  });
  it('the European Parliament: "Name (GROUP), function. – (LANG)" labels, a blue-card question answered', () => {
    const recs = recordsOf(c1, 'CRE-9-2023-04-19-ITM-011_EN');
    expect(recs.some((r) => r.speaker === 'Madam President')).toBe(false);
    expect(at(recs, 8).map((r) => r.speaker)).toEqual(['Stefan Berger']);
    expect(at(recs, 10).map((r) => r.speaker)).toEqual(['Mairead McGuinness']);
    expect(at(recs, 12).map((r) => r.speaker)).toEqual(['Markus Ferber']);
    expect(at(recs, 24).map((r) => [r.type, r.asker, r.speaker])).toEqual([['qa', 'Eva Kaili', 'Gunnar Beck']]);
    expect(at(recs, 34).map((r) => r.speaker)).toEqual(['Ondřej Kovařík']);
    // A procedure reference keeps its "(COD)".
    expect(at(recs, 6)[0]!.text).toContain('(COD)');
  });
  it('the same labels in other words', () => {
    const dir = tempCorpus({
      'ep.txt': 'President. – The next item is the debate on fisheries.\n\nAna Ruiz, on behalf of the S&D Group. – (PT) Madam President, the quotas are too low.\n\nTom Hale (ECR). – Madam President, they are too high.\n\nPresident. – The debate is closed.\n',
    });
    const recs = recordsOf(loadCorpus(dir), 'ep');
    expect(recs.map((r) => r.speaker)).toEqual(['President', 'Ana Ruiz', 'Tom Hale', 'President']);
  });
});

describe('dates by shape', () => {
  const docOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)!;
  it('a cable: the date-time group dates it, the DECL: date does not', () => {
    expect(docOf(c1, '18VALLETTA412').meta.date).toBe('2018-10-16');
    expect(recordsOf(c1, '18VALLETTA412').every((r) => r.year === 2018)).toBe(true);
  });
  it('a press release: "Posted On: 09 SEP 2023 9:45PM"', () => {
    expect(docOf(c1, 'g20-delhi-chair-press-release').meta.date).toBe('2023-09-09');
  });
  it('chat exports: a two-digit year in the stamp, Messenger\'s date lines, a support chat\'s "Started:" under an id', () => {
    expect(recordsOf(c4, 'Messages - Jenna Park').every((r) => r.year === 2025)).toBe(true);
    expect(docOf(c4, 'message_1').meta.date).toBe('2024-10-30');
    expect(recordsOf(c4, 'message_1').some((r) => r.speaker === 'AM' || r.speaker === 'PM')).toBe(false);
    expect(docOf(c4, 'chat-transcript-48213').meta.date).toBe('2024-08-19');
  });
  it('the same forms in other words', () => {
    const dir = tempCorpus({
      'cable.txt': 'ROUTING\nO 021530Z MAR 09\nFM AMEMBASSY OSLO\n\nE.O. 12958: DECL: 03/02/2019\nSUBJECT: FISHERIES\n\n1. The ministry said quotas will fall.\n',
      'wa.txt': '[12/5/24, 8:01:02 AM] Ana: are you up\n[12/5/24, 8:02:10 AM] Tom: yes\n[12/5/24, 8:03:00 AM] Ana: good, call me\n',
      'fb.txt': 'Ana Ruiz\nAre you coming?\nMar 3, 2023, 9:15 PM\n\nTom Hale\nYes, at ten.\nMar 3, 2023, 9:20 PM\n',
      'pib.txt': 'Ministry opens new office\n\nPosted On: 14 FEB 2022 5:10PM by PIB Delhi\n\nThe ministry opened a new office on Monday.\n',
    });
    const corpus = loadCorpus(dir);
    expect(docOf(corpus, 'cable').meta.date).toBe('2009-03-02');
    expect(recordsOf(corpus, 'wa').every((r) => r.year === 2024)).toBe(true);
    expect(docOf(corpus, 'fb').meta.date).toBe('2023-03-03');
    expect(docOf(corpus, 'pib').meta.date).toBe('2022-02-14');
  });
});

describe('an IRC log named "#channel.log"', () => {
  it('is read as a chat: its nicks speak, dated by its "Log opened" line', () => {
    const recs = recordsOf(c4, '#binance-research');
    expect(new Set(recs.map((r) => r.speaker))).toEqual(new Set(['kvass', 'nilsb', 'mira_t', 'pelle']));
    expect(recs.every((r) => r.year === 2023)).toBe(true);
    expect(recs.some((r) => /-!-|Log opened|Irssi/.test(r.text))).toBe(false);
  });
});
