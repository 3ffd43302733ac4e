/**
 * Team chats as analysts copy them out of the app (test/fixtures/probe19/d): an IRC log whose stamps
 * carry the date, a Teams chat's "[d/m/yyyy h:mm AM] Surname, Given:" headers, Discord's role tags,
 * continuations and system lines, Slack's thread-reply echoes and dividers. Each shape is also read
 * on a small text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { isChatLogHead } from '../../src/corpus/files.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const d = loadCorpus(join(FIXTURES, 'probe19', 'd'));
const words = (recs: ReturnType<typeof recordsOf>) => recs.map((r) => `${r.question ?? ''} ${r.text}`).join('\n');

describe('an IRC log whose stamps carry the date ("[2024-03-04 10:00:03] <nick> …")', () => {
  it('is read as a chat log, each message its nick’s', () => {
    const recs = recordsOf(d, 'irc-kestrel-dev-2024-03-04');
    expect(recs.length).toBeGreaterThan(10);
    expect(recs.find((r) => /85,000 EUR for 2024/.test(r.text))?.speaker).toBe('ebaxter');
    expect(recs.find((r) => /pre-2022 databases/.test(r.text))?.speaker).toBe('lpereira');
  });
  it('the same head in other words', () => {
    expect(isChatLogHead('[2023-11-20 21:04:55] <mira> is the build green?\n[2023-11-20 21:05:10] <@oskar> yes, since noon\n')).toBe(true);
    expect(isChatLogHead('[2023-11-20T21:04:55] <mira> is the build green?\n[2023-11-20T21:05:10] <oskar> yes\n')).toBe(true);
    // A program's log has stamps but no nick in brackets.
    expect(isChatLogHead('[2023-11-20 21:04:55] INFO starting worker\n[2023-11-20 21:05:10] WARN slow disk\n')).toBe(false);
  });
});

describe('a Teams chat copy: "[d/m/yyyy h:mm AM] Surname, Given:" over the message', () => {
  it('each message is its sender’s, the name in its order', () => {
    const recs = recordsOf(d, 'teams-chat-listing-committee');
    expect(recs.find((r) => /Legal opinion is in/.test(r.text))?.speaker).toBe('Refilwe Mahlangu');
    expect(recs.find((r) => /Market-making: they've signed/.test(r.text))?.speaker).toBe('Kwabena Osei');
    // The header lines are no one's claim.
    expect(recs.some((r) => /^\[\d+\/\d+\/2024/.test(r.text))).toBe(false);
  });
  it('the same shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'chat.txt': [
        'Plant safety chat',
        '',
        '[11/9/2023 8:05 AM] Oyelaran, Bisi:',
        'The kiln inspection found 2 cracked liners, both on line B.',
        '[11/9/2023 8:09 AM] de Wit, Joost:',
        'Were they flagged in the 2022 audit?',
        '[11/9/2023 8:12 AM] Oyelaran, Bisi: No, they were replaced in March.',
        '[11/9/2023 8:20 AM] de Wit, Joost:',
        'Then I will order 4 spares before the shutdown.',
        '',
      ].join('\n'),
    }));
    const recs = recordsOf(c, 'chat');
    expect(recs.find((r) => /cracked liners/.test(r.text))?.speaker).toBe('Bisi Oyelaran');
    expect(recs.find((r) => /replaced in March/.test(r.text))?.speaker).toBe('Bisi Oyelaran');
    expect(recs.find((r) => /order 4 spares/.test(r.text))?.speaker).toBe('Joost de Wit');
  });
});
