/**
 * Leftovers of probe32-a (fix42): chats copied or exported from their apps. A WhatsApp export's
 * stamp before each message is no sentence of the sender's (a20) and, where a stamp's number past 12
 * tells the order, dates the chat (a21); a moderator's message that asks nothing (an opening, a
 * wrap-up) is no question (a10, a7), nor is one sent before the message that asks (a3). Each shape
 * is read in the probe's document and in a text of our own in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PROBE = join(FIXTURES, 'probe32', 'a');
const WHATSAPP = 'WhatsApp Chat with Kora Growers Q&A';
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const at = (c: Corpus, doc: string, line: number) => recs(c, doc).filter((r) => r.line <= line && r.endLine >= line && r.type !== 'claim');
const doc = (c: Corpus, id: string) => c.documents.find((d) => d.id === id)!;

describe("a WhatsApp export's stamp before the sender (probe32-a a20)", () => {
  it('reads every sentence of the US-format export without its "3/12/24, 7:00 PM - Name:" stamp', () => {
    const c = fixtureCorpus(PROBE, [`${WHATSAPP}.txt`]);
    expect(doc(c, WHATSAPP).sentences.missed).toEqual([]);
  });

  it('reads the same stamps in other words, day first and month first', () => {
    const chat = (stamp: (m: number) => string) =>
      [
        `${stamp(0)} - Lena Fischer: Welcome everyone. Tonight we ask Marco about the new bakery.`,
        `${stamp(1)} - Marco Bellini: Thanks Lena. Happy to be here with you all`,
        `${stamp(3)} - Lena Fischer: Question 1 from Petra: When does the bakery open?`,
        `${stamp(5)} - Marco Bellini: We open in April. The oven arrives next week`,
      ].join('\n');
    const c = loadCorpus(
      tempCorpus({
        'us.txt': chat((m) => `4/2/25, 9:0${m} PM`),
        'eu.txt': chat((m) => `02/04/2025, 21:0${m}`),
      }),
    );
    expect(doc(c, 'us').sentences.missed).toEqual([]);
    expect(doc(c, 'eu').sentences.missed).toEqual([]);
  });
});

describe("a slashed stamp's order told by a number past 12 dates the chat (probe32-a a21)", () => {
  it('dates the WhatsApp export 2024-03-12 by its "3/13/24" stamp', () => {
    const c = fixtureCorpus(PROBE, [`${WHATSAPP}.txt`]);
    expect(doc(c, WHATSAPP).meta.date).toBe('2024-03-12');
    // The session's records are that day's; the messages stamped 3/13/24 the next morning are dated by
    // their own stamp (fix62-b: each message takes its stamp's day when it is later than the document's).
    expect(recs(c, WHATSAPP).filter((r) => r.line < 39).every((r) => r.date === '2024-03-12')).toBe(true);
    expect(recs(c, WHATSAPP).filter((r) => r.line >= 39).map((r) => r.date)).toEqual(['2024-03-13']);
  });

  it('reads either order in other words, and no day where nothing tells the order', () => {
    const lines = (a: string, b: string) => [`${a}, 8:15 AM - Tom Reyes: Morning all, the shed roof is fixed`, `${a}, 8:17 AM - Ada Kim: Great news, thanks Tom`, `${b}, 9:01 AM - Tom Reyes: The gutters come next week`].join('\n');
    const c = loadCorpus(tempCorpus({ 'monthfirst.txt': lines('6/2/25', '6/14/25'), 'dayfirst.txt': lines('2/6/25', '14/6/25'), 'unknown.txt': lines('2/6/25', '3/6/25') }));
    expect(doc(c, 'monthfirst').meta.date).toBe('2025-06-02');
    expect(doc(c, 'dayfirst').meta.date).toBe('2025-06-02');
    expect(doc(c, 'unknown').meta.date).toBeNull();
    expect(doc(c, 'unknown').meta.year).toBe(2025);
  });
});

describe("a moderator's message that asks nothing is no question (probe32-a a10, a7)", () => {
  it("reads Discord's stage intro and wrap-up, and Telegram's intro, as quotes: the next messages answer nothing", () => {
    const c = fixtureCorpus(PROBE, ['discord-lumio-ama-stage.txt', 'telegram-halvard-ama-2024-03-12.txt']);
    expect(at(c, 'discord-lumio-ama-stage', 11).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Dov Ashkenazi']]);
    expect(at(c, 'discord-lumio-ama-stage', 53).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Rafaela Nunes']]);
    expect(at(c, 'discord-lumio-ama-stage', 56).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Wren Okonkwo']]);
    expect(at(c, 'telegram-halvard-ama-2024-03-12', 16).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Ingrid Solberg']]);
    // the relayed questions still pair
    // (the handle a moderator relays asks: probe34-a)
    expect(at(c, 'discord-lumio-ama-stage', 13)[0]).toMatchObject({ type: 'qa', asker: '@pixelmonk', speaker: 'Dov Ashkenazi' });
  });

  it('reads the same shape in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'garden-club-ama.txt': [
          'Greenhall Garden Club',
          '',
          'Maja Lindqvist — 05/07/2024 6:00 PM',
          'Welcome to the seed-swap AMA! Tonight our head gardener Oskar Berg joins us. I will post your questions one at a time.',
          'Oskar Berg — 05/07/2024 6:01 PM',
          'hello all, a quick word first: the club planted 300 trees this spring, twice last year.',
          'Maja Lindqvist — 05/07/2024 6:03 PM',
          'Q1 from @fern_lover: when does the seed swap open?',
          'Oskar Berg — 05/07/2024 6:04 PM',
          'it opens on 1 June, in the old greenhouse.',
          'Maja Lindqvist — 05/07/2024 6:10 PM',
          'Q2 from @tulipfan: will there be tulip bulbs this year?',
          'Oskar Berg — 05/07/2024 6:11 PM',
          'yes, about 2,000 bulbs from the Dutch partner club.',
          'Maja Lindqvist — 05/07/2024 6:20 PM',
          'That is all for tonight. Thank you Oskar! The notes go up on the website tomorrow.',
          'Oskar Berg — Today at 8:30 AM',
          'one more thing: the greenhouse key is at the front desk from now on.',
        ].join('\n'),
      }),
    );
    const d = 'garden-club-ama';
    expect(at(c, d, 6).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Oskar Berg']]);
    expect(at(c, d, 18).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Oskar Berg']]);
    expect(at(c, d, 10)[0]).toMatchObject({ type: 'qa', asker: '@fern_lover', question: 'when does the seed swap open?' });
    expect(at(c, d, 14)[0]).toMatchObject({ type: 'qa', asker: '@tulipfan', speaker: 'Oskar Berg' });
  });
});

describe("a moderator's message sent before the one that asks is no part of the question (probe32-a a3)", () => {
  it("keeps Telegram's warning to a member out of the last question", () => {
    const c = fixtureCorpus(PROBE, ['telegram-halvard-ama-2024-03-12.txt', 'slack-ask-leadership-thread.txt']);
    const d = 'telegram-halvard-ama-2024-03-12';
    // (probe50-b: the relay's lead-in and label are the moderator's words, the member asks the question.)
    expect(at(c, d, 66).map((r) => [r.type, r.text])).toEqual([['quote', 'Miko Laine, please read the rules: no price talk. Warning 1/3. Last question, Q4 from @sofia_builds:']]);
    expect(at(c, d, 72)[0]).toMatchObject({ type: 'qa', line: 69, question: 'Are you hiring in Europe?', asker: '@sofia_builds', speaker: 'Tariq Haddad' });
    // Slack's opening before the first relayed question, the same shape
    const q1 = at(c, 'slack-ask-leadership-thread', 14).find((r) => r.type === 'qa')!;
    expect(q1.question).toMatch(/^Are there layoffs planned/);
    expect(q1.asker).toBe('@jpetrov');
    expect(at(c, 'slack-ask-leadership-thread', 8).map((r) => r.type)).toEqual(['quote']);
  });

  it('reads the same shape in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'bikes-chat-2024-09-03.txt': [
          'Riverside Cycling Club',
          '',
          'Club Desk, [03.09.2024 19:00:02]',
          'Q1 from @spokes: Is the Sunday ride still on?',
          '',
          'Helga Brenner, [03.09.2024 19:01:40]',
          'Yes, we leave from the bridge at 8. Bring lights, the tunnel is dark.',
          '',
          'Piet Vos, [03.09.2024 19:02:11]',
          'sell your old bikes here, best prices',
          '',
          'Club Desk, [03.09.2024 19:02:55]',
          'Piet Vos, no adverts in this chat please. Second warning.',
          '',
          'Club Desk, [03.09.2024 19:03:30]',
          'Q2 from @gravelgirl: Will the club buy a second repair stand?',
          '',
          'Helga Brenner, [03.09.2024 19:05:02]',
          'We ordered one in August. It should arrive before October.',
        ].join('\n'),
      }),
    );
    const d = 'bikes-chat-2024-09-03';
    expect(at(c, d, 13).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Club Desk']]);
    expect(at(c, d, 19)[0]).toMatchObject({ type: 'qa', line: 15, question: 'Will the club buy a second repair stand?', asker: '@gravelgirl', speaker: 'Helga Brenner' });
  });
});
