/**
 * Chat and message exports a reviewer wrote (test/fixtures/probe9/c1), and small texts of our
 * own in other wordings with the same shapes: a message's last line right above the next stamp,
 * the app's own notices in a sender's place, a "Surname, Given hh:mm AM" header's words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const corpus = loadCorpus(join(FIXTURES, 'probe9', 'c1'));
const flat = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const records = (doc: string) => recordsOf(corpus, doc);
function holding(recs: ReturnType<typeof records>, needle: string) {
  const r = recs.find((x) => flat(x.text).includes(needle) || flat(x.question).includes(needle));
  expect(r, needle).toBeDefined();
  return r!;
}
const load = (files: Record<string, string>) => loadCorpus(tempCorpus(files));
const docOf = (c: ReturnType<typeof loadCorpus>, id: string) => c.documents.find((d) => d.id === id)!;

describe("a stamped chat's message: its last line right above the next stamp is its words, no heading", () => {
  it('WhatsApp iOS: the third numbered point is in Mei Lin Tan\'s message', () => {
    const recs = records('WhatsApp Chat with Binance APAC Press Desk');
    const r = holding(recs, '170 million registered users');
    expect([r.type, r.speaker, r.line, r.endLine]).toEqual(['quote', 'Mei Lin Tan', 8, 11]);
    expect(recs.filter((x) => x.section !== null)).toEqual([]);
  });
  it("WhatsApp Android: Ravi Menon's second line is his", () => {
    const recs = records('WhatsApp Chat with CZ Book Club');
    const r = holding(recs, '7,000 BTC');
    expect([r.speaker, r.endLine]).toEqual(['Ravi Menon', 14]);
    expect(recs.filter((x) => x.section !== null)).toEqual([]);
  });
  it('in another wording: a dated log whose message ends in a short title-like line', () => {
    const c = load({
      'log.txt': `[2024-03-12 10:02:33] Ana Ruiz: Agenda for tomorrow:
Budget review
Hiring Plan For Q3
[2024-03-12 10:05:10] Ben Cole: Works for me
[2024-03-12 10:06:00] Ana Ruiz: Also bring the figures
[2024-03-12 10:07:00] Ben Cole: Will do
`,
    });
    const r = holding(c.records, 'Hiring Plan For Q3');
    expect([r.speaker, r.line, r.endLine]).toEqual(['Ana Ruiz', 1, 3]);
    expect(c.records.filter((x) => x.section !== null)).toEqual([]);
  });
});

describe("the app's own words in a sender's place are no one's", () => {
  it("WhatsApp iOS: the encryption notice under the group's name, a deleted message, an attachment", () => {
    const doc = 'WhatsApp Chat with Binance APAC Press Desk';
    const recs = records(doc);
    expect(recs.map((r) => r.speaker)).not.toContain('Binance APAC Press Desk');
    for (const t of ['end-to-end encrypted', 'message was deleted', 'attached:']) expect(recs.some((r) => flat(r.text).includes(t)), t).toBe(false);
    expect(docOf(corpus, doc).meta.speakers).not.toContain('Binance APAC Press Desk');
  });
  it('in another wording: a left-to-right mark before the app\'s words, Android\'s "This message was deleted"', () => {
    const c = load({
      'chat.txt': `[01/02/2022, 08:00:00] Harbour Crew: \u200eMessages to this group are now secured with end-to-end encryption.
[01/02/2022, 08:01:00] Olu Ade: Boat leaves at nine
[01/02/2022, 08:02:00] Kim Lee: \u200eMissed voice call
[01/02/2022, 08:03:00] Kim Lee: Is the ferry running today?
[01/02/2022, 08:04:00] Olu Ade: You deleted this message
[01/02/2022, 08:05:00] Olu Ade: Yes, every hour until six
`,
    });
    expect(c.records.map((r) => r.speaker)).not.toContain('Harbour Crew');
    expect(c.records.some((r) => /encryption|Missed voice|deleted/.test(r.text))).toBe(false);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe('a chat copy\'s "Surname, Given hh:mm AM" header: the speaker\'s label, no sentence', () => {
  it('Teams: no header line is a sentence in no record', () => {
    const d = docOf(corpus, 'teams-chat-copy-listing-review');
    expect(d.sentences.missed).toEqual([]);
    expect(holding(records(d.id), 'Did she mention the 2024 delistings?').asker).toBe('Kenji Nakamura');
  });
  it('in another wording', () => {
    const c = load({
      'copy.txt': `Berg, Anna 9:14 AM
Are the slides final?
Osei, Kwame 9:15 AM
Yes, sent them to the printer an hour ago.
Berg, Anna 9:20 PM
Thanks, see you tomorrow.
`,
    });
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    expect(c.records.map((r) => r.speaker)).toEqual(['Kwame Osei', 'Anna Berg']);
  });
});

describe('a messaging app\'s text export: a dated stamp alone, the sender alone below it, the words', () => {
  it('imessage-exporter: Sarah Okafor and "Me" speak, "Me" asks, the app\'s notes are no one\'s', () => {
    const doc = 'imessage-export-Sarah Okafor';
    const recs = records(doc);
    expect(recs.filter((r) => r.type === 'claim')).toEqual([]);
    const qa = holding(recs, 'Who takes over?');
    expect([qa.type, qa.asker, qa.speaker, qa.year]).toEqual(['qa', 'Me', 'Sarah Okafor', 2023]);
    expect(flat(qa.text)).toMatch(/^Richard Teng\./);
    expect(holding(recs, 'It\'s on Bloomberg').speaker).toBe('Sarah Okafor');
    for (const t of ['Tapbacks', 'Loved by', 'responded to an earlier', 'Attachment:', 'PM']) expect(recs.some((r) => flat(r.text).includes(t)), t).toBe(false);
    const d = docOf(corpus, doc);
    expect(d.meta.title).toBe('imessage-export-Sarah Okafor');
    expect(d.sentences.missed).toEqual([]);
  });
  it('in another wording: day-first stamps, reactions under a message', () => {
    const c = load({
      'thread.txt': `3 Feb 2021 09:12
Omar Haddad
Are you at the depot yet?

3 Feb 2021 09:15
Lena Vogt
Not yet, the bridge is closed so I am going round.
Reactions:
Liked by Omar Haddad

3 Feb 2021 09:40
Lena Vogt
Here now.
`,
    });
    const recs = c.records;
    expect(recs.map((r) => [r.type, r.asker, r.speaker])).toEqual([['qa', 'Omar Haddad', 'Lena Vogt']]);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
    expect(recs.some((r) => /Liked by|Reactions/.test(r.text))).toBe(false);
    expect(c.documents[0]!.meta.year).toBe(2021);
  });
});

describe('a chat pairs by question, not by who asked most', () => {
  it("WhatsApp: Ravi's tag question is answered by Aisha; Tomás's opening statement is no question", () => {
    const recs = records('WhatsApp Chat with CZ Book Club');
    const qa = holding(recs, '36 months, right?');
    expect([qa.type, qa.asker, qa.speaker]).toEqual(['qa', 'Ravi Menon', 'Aisha Bello']);
    expect(flat(qa.text)).toMatch(/^Yes 36\./);
    const opening = holding(recs, 'So this is the reading group');
    expect([opening.type, opening.speaker]).toEqual(['quote', 'Tomás Ferreira']);
  });
  it('in another wording: a member who asks once among statements hosts nothing', () => {
    const c = load({
      'chat.txt': `14/06/2023, 18:00 - Lotte Berg: Minutes from Tuesday are in the drive
14/06/2023, 18:01 - Lotte Berg: Budget was approved, 3 to 1
14/06/2023, 18:02 - Sam Ode: Nice work on the slides
14/06/2023, 18:03 - Lotte Berg: Who books the room for July?
14/06/2023, 18:05 - Sam Ode: I will
14/06/2023, 18:06 - Ana Lis: The vote was unanimous last year, right?
14/06/2023, 18:07 - Lotte Berg: No, 4 to 1
`,
    });
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, flat(r.text)])).toEqual([
      ['Lotte Berg', 'Sam Ode', 'I will'],
      ['Ana Lis', 'Lotte Berg', 'No, 4 to 1'],
    ]);
  });
});

describe("a meeting chat's direct messages are a conversation apart", () => {
  it("Zoom: Marco's question to the room is not answered by Jun's direct message to the host", () => {
    const recs = records('meeting_saved_chat');
    const q = holding(recs, 'how does Binance decide which tokens');
    expect([q.type, q.speaker]).toEqual(['quote', 'Marco Silvestri']);
    const dm = holding(recs, 'within 48 hours');
    expect([dm.type, dm.asker, dm.speaker]).toEqual(['qa', 'Jun Park', 'Helen Achterberg']);
  });
  it('in another wording: the older "(Privately)" form', () => {
    const c = load({
      'chat.txt': `10:00:01 From Kofi Mensah to Everyone: Where is the venue for the offsite?
10:00:30 From Ama Owusu to Kofi Mensah (Privately) : can you send me the agenda?
10:01:10 From Kofi Mensah to Ama Owusu (Privately) : sent it just now
10:02:00 From Lena Vogt to Everyone: The venue is the old mill in Bergen
`,
    });
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker]).sort()).toEqual([
      ['Ama Owusu', 'Kofi Mensah'],
      ['Kofi Mensah', 'Lena Vogt'],
    ]);
  });
});
