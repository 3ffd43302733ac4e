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
