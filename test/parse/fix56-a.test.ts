/**
 * Chat exports: leftovers of probe43-a (fix56-a).
 *
 * - One sender's consecutive messages were joined into one turn however far apart they were sent:
 *   a sign-off, then a new question six days later, made one question; a correction sent hours
 *   after an answer went into the answer. A message sent on another day, or an hour or more after
 *   its sender's last, is a turn of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { buildIndex } from '../../src/index/index.js';
import { documentWordsOf } from '../../src/index/words.js';
import type { Corpus } from '../../src/load/load.js';

/** The docs whose records a search finds, the words of lines no record holds included (as the CLI's index reads them). */
const found = async (c: Corpus, q: string) => (await search(buildIndex(c.records, documentWordsOf(c.documents, c.records)), q)).map((h) => h.record.doc);
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'fix56', 'a');

describe("a sender's messages days or hours apart are turns of their own", () => {
  it('splits a sign-off from the question sent days later, and a late correction from the answer', () => {
    const c = fixtureCorpus(DIR, ['WhatsApp Chat with Amara Obi.txt']);
    const rs = c.records.filter((r) => r.doc === 'WhatsApp Chat with Amara Obi');
    expect(rs.map((r) => [r.line, r.type, r.speaker, r.asker ?? null])).toEqual([
      [1, 'quote', 'Tomasz Wilk', null],
      [2, 'quote', 'Amara Obi', null],
      [3, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [7, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [9, 'quote', 'Amara Obi', null],
      [10, 'quote', 'Tomasz Wilk', null],
      [11, 'qa', 'Amara Obi', 'Tomasz Wilk'],
      [13, 'quote', 'Tomasz Wilk', null],
    ]);
    // Minutes apart, one answer sent in pieces.
    expect(rs.find((r) => r.line === 3)!.text).toBe('March 2016, in a rented garage in Salford.\nWe had one oven and a market stall on Saturdays\nMy brother still has the first till receipt framed');
    expect(rs.find((r) => r.line === 7)!.text).toBe('Forty-one across the three shops');
    expect(rs.find((r) => r.line === 9)!.text).toBe("Correction, it's forty-three since Monday, two new bakers in Stockport");
    expect(rs.find((r) => r.line === 11)!.question).toBe('Sorry, one more from my editor. Are you planning a fourth shop?');
  });

  it('in other words: a Signal export in ISO stamps, with the clock in the afternoon', () => {
    const c = loadCorpus(tempCorpus({
      'signal-chat-rhea.md': [
        '# Signal chat with Rhea Castillo',
        '',
        '[2023-11-02 16:40] Me: Rhea, can you confirm the depot closes in January?',
        '[2023-11-02 16:52] Rhea Castillo: It closes on 19 January. 58 drivers move to the Northfield site.',
        '[2023-11-02 16:53] Rhea Castillo: The rest take the redundancy package.',
        '[2023-11-02 16:55] Me: Thanks, that is very helpful. Speak soon',
        '[2023-11-05 08:10] Me: Morning. Who made the final call on the closure?',
        '[2023-11-05 09:02] Rhea Castillo: The regional board, on 28 October.',
        '[2023-11-05 21:30] Rhea Castillo: And for the record, the union was told the same day.',
        '',
      ].join('\n'),
    }));
    const rs = c.records.filter((r) => r.doc === 'signal-chat-rhea');
    expect(rs.map((r) => [r.line, r.type, r.speaker, r.asker ?? null, r.text])).toEqual([
      [3, 'qa', 'Rhea Castillo', 'Me', 'It closes on 19 January. 58 drivers move to the Northfield site.\nThe rest take the redundancy package.'],
      [6, 'quote', 'Me', null, 'Thanks, that is very helpful. Speak soon'],
      [7, 'qa', 'Rhea Castillo', 'Me', 'The regional board, on 28 October.'],
      [9, 'quote', 'Rhea Castillo', null, 'And for the record, the union was told the same day.'],
    ]);
    expect(rs.find((r) => r.line === 7)!.question).toBe('Morning. Who made the final call on the closure?');
  });
});

describe("a chat app's own lines in a sender's place are no words of the turn, but searchable", () => {
  it("keeps German WhatsApp's and Signal's deleted notices, media placeholder and missed call out of the turns", async () => {
    const c = fixtureCorpus(DIR, ['WhatsApp Chat mit Jonas Reuter.txt', 'signal-export-noor-haddad.md']);
    const reuter = c.records.filter((r) => r.doc === 'WhatsApp Chat mit Jonas Reuter');
    expect(reuter.map((r) => [r.line, r.type, r.speaker, r.asker ?? null, r.text])).toEqual([
      [2, 'qa', 'Jonas Reuter', 'Lea Vogt', '140 Wohnungen in zwei Bauabschnitten, die ersten 64 im Herbst 2025.\nDas ist der Lageplan'],
      [7, 'qa', 'Jonas Reuter', 'Lea Vogt', 'Im Schnitt 9,80 Euro pro Quadratmeter, kalt.'],
    ]);
    const noor = c.records.filter((r) => r.doc === 'signal-export-noor-haddad');
    expect(noor.map((r) => [r.line, r.type, r.speaker, r.asker ?? null, r.question ?? null, r.text])).toEqual([
      [4, 'qa', 'Noor Haddad', 'Me', 'Noor, sorry for the call. When did the clinic stop taking new patients?', 'In March. We had 3 GPs for 11,000 patients.'],
      [7, 'qa', 'Noor Haddad', 'Me', 'Has the health board replied?', 'Not yet. We wrote on 2 August.'],
    ]);
    // Still found, through the record next to the line.
    expect(await found(c, 'gelöscht')).toContain('WhatsApp Chat mit Jonas Reuter');
    expect(await found(c, 'ausgeschlossen')).toContain('WhatsApp Chat mit Jonas Reuter');
    expect(await found(c, 'missed audio call')).toContain('signal-export-noor-haddad');
  });

  it('in other words: Dutch WhatsApp, an iOS edit note on its own line, an iMessage tapback', async () => {
    const c = loadCorpus(tempCorpus({
      'WhatsApp-chat met Sanne.txt': [
        '21-10-23, 10:05 - Pieter Smit: Sanne, hoeveel leden heeft de club nu?',
        '21-10-23, 10:20 - Sanne de Wit: Dit bericht is verwijderd',
        '21-10-23, 10:21 - Sanne de Wit: Rond de 380, waarvan 95 jeugdleden.',
        '21-10-23, 10:21 - Sanne de Wit: <Media weggelaten>',
        '',
      ].join('\n'),
      'WhatsApp Chat - Kwame.txt': [
        '[02/03/2024, 11:00:04] Efua Mensah: Kwame, how many trucks does the depot run?',
        '[02/03/2024, 11:09:51] Kwame Asante: Twenty-six, and four more arrive in May.',
        '\u200e<This message was edited>',
        '[02/03/2024, 11:10:30] Efua Mensah: Thanks!',
        '',
      ].join('\n'),
      'imessage-rosa.txt': [
        'Jan 12, 2024  6:01:10 PM',
        'Me',
        'Rosa, what did the bakery make in its first year?',
        '',
        'Jan 12, 2024  6:15:44 PM (Read by you after 1 minute)',
        'Rosa Lindqvist',
        'About 90,000 kronor. Barely enough for the rent.',
        '',
        'Jan 12, 2024  6:16:02 PM',
        'Me',
        'Emphasized “About 90,000 kronor. Barely enough for the rent.”',
        '',
      ].join('\n'),
    }));
    const of = (doc: string) => c.records.filter((r) => r.doc === doc).map((r) => [r.line, r.type, r.speaker, r.asker ?? null, r.text]);
    expect(of('WhatsApp-chat met Sanne')).toEqual([[1, 'qa', 'Sanne de Wit', 'Pieter Smit', 'Rond de 380, waarvan 95 jeugdleden.']]);
    expect(of('WhatsApp Chat - Kwame')).toEqual([
      [1, 'qa', 'Kwame Asante', 'Efua Mensah', 'Twenty-six, and four more arrive in May.'],
      [4, 'quote', 'Efua Mensah', null, 'Thanks!'],
    ]);
    expect(of('imessage-rosa')).toEqual([[2, 'qa', 'Rosa Lindqvist', 'Me', 'About 90,000 kronor. Barely enough for the rent.']]);
    expect(await found(c, 'emphasized')).toContain('imessage-rosa');
    expect(await found(c, 'weggelaten')).toContain('WhatsApp-chat met Sanne');
  });
});

describe('a chat reply that says which message it answers is paired with it', () => {
  it("pairs Telegram's \"[In reply to NAME]\" answer with that member's question, past the messages between", () => {
    const c = fixtureCorpus(DIR, ['telegram-townhall-osei-2025-02.txt']);
    const rs = c.records.filter((r) => r.doc === 'telegram-townhall-osei-2025-02');
    const answer = rs.find((r) => r.speaker === 'Ama Osei' && r.type === 'qa')!;
    expect([answer.line, answer.asker, answer.question, answer.text]).toEqual([
      6,
      'Graham Pike',
      'Will the 7:15 sailing come back before summer?',
      'From 14 April, yes. We have hired two more deckhands, which was the reason it stopped.',
    ]);
    // The members in between stay their own.
    expect(rs.find((r) => r.line === 12)!).toMatchObject({ type: 'quote', speaker: 'Devi Rao' });
  });

  it("in other words: Discord's reply preview is no words of the answer, and names the question", () => {
    const c = loadCorpus(tempCorpus({
      'discord-devqna.txt': [
        '#dev-qna',
        '',
        'Nadia — Today at 6:00 PM',
        'welcome to the dev Q&A, ask away',
        'orbit_dev — Today at 6:01 PM',
        'does the new build still support the old save files from 2023?',
        'pixelmoth — Today at 6:02 PM',
        'lol same',
        'Ren Takeda — Today at 6:04 PM',
        '@orbit_dev does the new build still support the old save files from 2023?',
        'only through the converter, it ships with patch 4.2 next Tuesday',
        'Nadia — Today at 6:05 PM',
        'thanks Ren!',
        '',
      ].join('\n'),
    }));
    const ren = c.records.filter((r) => r.doc === 'discord-devqna' && r.speaker === 'Ren Takeda');
    expect(ren.map((r) => [r.type, r.asker, r.question, r.text])).toEqual([
      ['qa', 'orbit_dev', 'does the new build still support the old save files from 2023?', 'only through the converter, it ships with patch 4.2 next Tuesday'],
    ]);
  });
});
