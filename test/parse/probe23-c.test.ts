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
    // (probe50-b: the member the moderator relays, "First question, from @lowtide: …", asks it.)
    expect(price.asker).toBe('@lowtide');
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

describe('a webmail thread printed to text: "Name <address>   date" heads each message, the page\'s head and foot are furniture (c-G1, c-G2, c-G3)', () => {
  it('fixture: each message is its sender\'s, the quoted lines their writer\'s, the date the first message\'s', () => {
    const rs = recordsOf(c, 'gmail-print-board-resignation');
    expect(rs.some((r) => r.speaker === 'To' || r.speaker === 'Cc' || (r.speaker ?? '').startsWith('Gmail'))).toBe(false);
    const concern = rs.find((r) => r.text.includes('our fund owns 14.6%'))!;
    expect(concern.speaker).toBe('Priya Ramaswamy');
    expect(concern.text).not.toContain('I have decided to step down');
    expect(rs.filter((r) => r.text.includes('I have decided to step down')).every((r) => r.speaker === 'Henrik Aalto')).toBe(true);
    expect(rs.find((r) => r.text.startsWith('Agreed.'))!.speaker).toBe('Henrik Aalto');
    expect(rs.find((r) => r.text.includes('nomination committee has two candidates'))!.speaker).toBe('Joanna Pike');
    expect(rs.some((r) => r.text.includes('mail.google.com') || r.text === 'Joanna' || r.text.includes('Sent from my iPhone'))).toBe(false);
    expect(concern.year).toBe(2025);
    expect(concern.date).toBe('2025-03-03');
  });
  it('other words: a two-message print about a site visit, day-first dates', () => {
    const rs = one(
      'print-site-visit.txt',
      `3/9/24, 4:02 PM                     Mail - Site visit Thursday

Mail                                              Odile Brassard <odile@brassard-arch.fr>

Site visit Thursday
2 messages

Tomas Reyes <t.reyes@calderbuild.com>                                    14 February 2024, 10:05
To: Odile Brassard <odile@brassard-arch.fr>

Odile, the steel for level four arrived 11 days late, so the inspection moves to Thursday 22 February.

Tomas

Odile Brassard <odile@brassard-arch.fr>                                  14 February 2024, 12:40
To: Tomas Reyes <t.reyes@calderbuild.com>

Thursday works. I will bring the two engineers from the council.

> Odile, the steel for level four arrived 11 days late, so the inspection moves to Thursday 22 February.
> Tomas

https://mail.example.com/print?thread=88122    1/1
`,
    );
    expect(rs.find((r) => r.text.startsWith('Thursday works'))!.speaker).toBe('Odile Brassard');
    expect(rs.filter((r) => r.text.includes('steel for level four')).every((r) => r.speaker === 'Tomas Reyes')).toBe(true);
    expect(rs.some((r) => r.speaker === 'To' || r.text.includes('mail.example.com') || r.text === 'Tomas')).toBe(false);
    expect(rs.find((r) => r.text.startsWith('Thursday works'))!.year).toBe(2024);
  });
});

describe('Telegram Desktop\'s "[Forwarded from NAME]" heads the forwarded post: its words are the origin\'s, never the answer above (c-T1)', () => {
  it('fixture: the channel\'s attestation post is no part of the COO\'s answer', () => {
    const rs = recordsOf(c, 'telegram-ama-okafor');
    const answer = rs.find((r) => r.text.startsWith('We listed 31 tokens'))!;
    expect(answer.speaker).toBe('Chinedu Okafor');
    expect(answer.text).not.toContain('proof-of-reserves');
    const post = rs.find((r) => r.text.includes('proof-of-reserves'))!;
    expect(post.speaker).toBe('Brightline Announcements');
    expect(post.type).not.toBe('qa');
  });
  it('other words: a forwarded regulator notice inside a founder\'s Q&A', () => {
    const rs = one(
      'tg-qa-lindgren.txt',
      `Harbor Pay Community, [04.06.2023 19:00]
Question from @nils_b: when will card payments come back in Sweden?

Ebba Lindgren, [04.06.2023 19:03]
We expect them back in July. The processor migration is 80% done and we test with 2,000 users next week.

[Forwarded from Finansinspektionen Updates]
The authority has approved the transfer of Harbor Pay's e-money licence to its new processor as of 1 June 2023.

Harbor Pay Community, [04.06.2023 19:06]
Next question from @saga_k: how many customers were affected?

Ebba Lindgren, [04.06.2023 19:08]
About 41,000, roughly a fifth of our active users.
`,
    );
    const july = rs.find((r) => r.text.startsWith('We expect them back in July'))!;
    expect(july.speaker).toBe('Ebba Lindgren');
    expect(july.text).not.toContain('e-money licence');
    expect(rs.find((r) => r.text.includes('e-money licence'))!.speaker).toBe('Finansinspektionen Updates');
    expect(rs.find((r) => r.text.startsWith('About 41,000'))!.speaker).toBe('Ebba Lindgren');
  });
});

describe('a numbered thread goes on in its author\'s words after a quoted post between its parts (c-X1)', () => {
  it('fixture: tweets 6/ to 10/ are the COO\'s, not the quote-tweeter\'s', () => {
    const rs = recordsOf(c, 'threadreader-vasquez-layoffs');
    expect(rs.find((r) => r.text.includes('16 weeks is more than double'))!.speaker).toBe('Lena Park');
    expect(rs.find((r) => r.text.includes('16 weeks is more than double'))!.text).not.toContain('Obi Nwankwo');
    expect(rs.find((r) => r.text.includes('Obi Nwankwo'))!.speaker).toBe('Daniela Vásquez');
    expect(rs.find((r) => r.text.includes('warehouse team in Reno'))!.speaker).toBe('Daniela Vásquez');
  });
  it('other words: an X page copy with "n/12" parts and a reply between them', () => {
    const rs = one(
      'x-thread-okonjo.txt',
      `Post

Conversation
Adaeze Okonjo
@adaeze_builds
1/8 In 2019 I left a bank job to start a solar installer in Enugu. Five years, 1,400 roofs. Here is what the numbers looked like.
9:02 AM · Jun 4, 2024
2/8 Year one we installed 38 systems and lost ₦12 million. My co-founder wanted to stop.
Kelechi Umeh
@kumeh_energy
·
Jun 4
Replying to @adaeze_builds
Same experience here in Kano. Year one is always the worst, the inverter prices alone.
3/8 What changed in year two was financing. We let customers pay over 18 months and sales tripled.
4/8 The default rate stayed under 4%, lower than the bank had predicted for us.
`,
    );
    expect(rs.find((r) => r.text.includes('Same experience here in Kano'))!.speaker).toBe('Kelechi Umeh');
    expect(rs.find((r) => r.text.includes('Same experience here in Kano'))!.text).not.toContain('financing');
    expect(rs.find((r) => r.text.includes('What changed in year two'))!.speaker).toBe('Adaeze Okonjo');
    expect(rs.find((r) => r.text.includes('default rate stayed under 4%'))!.speaker).toBe('Adaeze Okonjo');
  });
});
