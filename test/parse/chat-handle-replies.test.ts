/**
 * A Telegram AMA exported as a sheet (date, time, from, text): the guest answers the room one
 * member at a time, each answer opening on the member's handle ("@cryptoKemi no token planned.").
 * Before, the guest's replies were joined into one answer to the last question, the first member's
 * "When token?" was "answered" by the next member's own question, and the moderator was "Nora (Mod)".
 * A message opening on a sender's handle replies to that sender; a sheet of stamped messages is
 * read as a chat; a chat tag in brackets is the sender's role.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a chat reply opening on a handle', () => {
  it("pairs each of the guest's replies with its member's question in the unseen AMA sheet", () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['telegram-ama-kestrel-2024.tsv']);
    const records = c.records.filter((r) => r.doc === 'telegram-ama-kestrel-2024');
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.filter((r) => r.speaker === 'Idris Balogun' && r.text.startsWith('@')).map((r) => [r.asker, r.question])).toEqual([
      ['cryptoKemi', 'When token?'],
      ['deji_builds', 'Are you audited? Which firm?'],
    ]);
    // no member answers another member's question
    expect(qa.filter((r) => r.speaker === 'deji_builds')).toEqual([]);
    expect(new Set(records.map((r) => r.speaker))).toContain('Nora');
    expect(records.find((r) => r.speaker === 'Nora')?.role).toBe('Mod');
  });

  it('in other words: a WhatsApp copy, two replies in a row to two members', () => {
    const c = loadCorpus(tempCorpus({
      'chat.txt': [
        '[03.02.2025, 19:00:00] Lena Fox: Hi all, Tomas Berg is here for questions until 19:30.',
        '[03.02.2025, 19:02:00] sunny_dev: what chain are you on?',
        '[03.02.2025, 19:02:30] mark.eth: How big is the team?',
        '[03.02.2025, 19:04:00] Tomas Berg: @mark.eth 23 people, 9 of them engineers.',
        '[03.02.2025, 19:05:00] Tomas Berg: @sunny_dev Base, since March 2024.',
        '',
      ].join('\n'),
    }));
    const qa = c.records.filter((r) => r.type === 'qa' && r.speaker === 'Tomas Berg');
    // (records in the order of their questions)
    expect(qa.map((r) => [r.asker, r.question, r.text])).toEqual([
      ['sunny_dev', 'what chain are you on?', '@sunny_dev Base, since March 2024.'],
      ['mark.eth', 'How big is the team?', '@mark.eth 23 people, 9 of them engineers.'],
    ]);
  });
});
