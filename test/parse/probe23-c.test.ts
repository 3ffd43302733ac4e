/**
 * probe23 c: message exports about people (a DiscordChatExporter text export, a Telegram AMA, a
 * Gmail thread printed to text, an unrolled X thread). Each rule on the fixture and on a text in
 * other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe23', 'c'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

describe('DiscordChatExporter\'s "[03-Mar-25 06:00 PM] Name (tag)" heads a message; its blocks and notices are no words (c-D1, c-D2)', () => {
  it('fixture: every message is its sender\'s, the tag is the role, the date is the first stamp\'s', () => {
    const rs = recordsOf(c, 'discord-ama-stage-export');
    const price = rs.find((r) => r.text.startsWith('Most of it did not go anywhere'))!;
    expect(price.speaker).toBe('Ingrid Sølvberg');
    expect(price.asker).toBe('Tomasz Wierzbicki');
    expect(price.text).not.toContain('{Reactions}');
    expect(price.text).not.toContain('👀');
    expect(rs.find((r) => r.text.includes('nobody outside the multisig knew'))!.speaker).toBe('Rafael Quintero');
    expect(rs.find((r) => r.text.startsWith('Good evening everyone'))!.role).toBe('mod');
    expect(rs.find((r) => r.text.includes('joined the server'))).toBeUndefined();
    expect(rs.find((r) => r.text.includes('Exported 22'))).toBeUndefined();
    expect(rs.some((r) => r.text.includes('{Attachments}') || r.text.includes('{Reactions}'))).toBe(false);
    expect(price.year).toBe(2025);
  });
  it('other words: a support server\'s export, a four-digit year, a handle and a tagged helper', () => {
    const rs = one(
      'helpdesk-export.txt',
      `==============================================================
Guild: Lanternfish Games
Channel: Support / bug-reports
==============================================================

[11-Jul-2023 09:14 AM] quill_fox
The patch from Tuesday wiped my save file. I had 140 hours on it.
{Reactions}
😢 (6)

[11-Jul-2023 09:20 AM] Marisol Ende (staff)
I'm sorry about that. We found the cause last night: a migration bug that hit about 2% of saves.
{Attachments}
https://cdn.discordapp.com/attachments/99/88/hotfix-notes.txt

[11-Jul-2023 09:22 AM] brannock
joined the server.

[11-Jul-2023 09:25 AM] quill_fox
Can you restore it?

[11-Jul-2023 09:31 AM] Marisol Ende (staff)
Yes. Cloud backups run every 6 hours, so you would lose at most one session.
{Reactions}
🙏 (4) ❤️ (2)

==============================================================
Exported 5 message(s)
==============================================================
`,
    );
    const cause = rs.find((r) => r.text.includes('migration bug'))!;
    expect(cause.speaker).toBe('Marisol Ende');
    expect(cause.role).toBe('staff');
    expect(cause.text).not.toContain('{Attachments}');
    const backups = rs.find((r) => r.text.includes('Cloud backups'))!;
    expect(backups.speaker).toBe('Marisol Ende');
    expect(backups.text).not.toMatch(/\{Reactions\}|🙏/u);
    expect(rs.find((r) => r.text.includes('wiped my save'))!.speaker).toBe('quill_fox');
    expect(rs.find((r) => r.text.includes('joined the server'))).toBeUndefined();
    expect(rs.find((r) => r.text.includes('Exported 5'))).toBeUndefined();
    expect(cause.year).toBe(2023);
  });
});
