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

describe('a Discord channel copy', () => {
  const recs = () => recordsOf(d, 'discord-validator-guild');
  it('a role tag between the name and " — date" is the sender’s role, no one’s words', () => {
    const r = recs().find((x) => /commission vote closes Friday/.test(x.text))!;
    expect([r.speaker, r.role]).toEqual(['Mireille Fontaine', 'MOD']);
    expect(words(recs())).not.toMatch(/^MOD$|\nMOD\n|Mireille Fontaine$/m);
  });
  it('a reply’s quoted line is the replied-to sender’s, asking; the reply answers it', () => {
    const r = recs().find((x) => /moved off that relay/.test(x.text))!;
    expect([r.type, r.asker, r.speaker]).toEqual(['qa', 'Aiko Tanabe', 'Desmond Achterberg']);
    expect(recs().find((x) => /commission vote closes/.test(x.text))!.text).not.toMatch(/December 2023/);
  });
  it('the app’s lines (joins, pins, the channel’s welcome) are no one’s words', () => {
    expect(words(recs())).not.toMatch(/joined the server|pinned a message|Welcome to #|start of the #/);
  });
  it('the same shapes in other words', () => {
    const c = loadCorpus(tempCorpus({
      'guild.txt': [
        'Welcome to #raid-planning!',
        'This is the start of the #raid-planning channel.',
        'Tomasz Wierzba — 11/02/2023 8:14 PM',
        'We cleared the last boss in 41 minutes, a record for 2023.',
        'Lucía Ferraz',
        'BOT',
        ' — 11/02/2023 8:20 PM',
        'Weekly summary: 212 members, 18 new this week.',
        'Nadia Kerr — 11/02/2023 8:31 PM',
        'How many wipes did it take?',
        'Lucía Ferraz pinned a message to this channel. See all pinned messages. — 11/02/2023 8:33 PM',
        'Tomasz Wierzba — 11/02/2023 8:35 PM',
        'Only three, all before the second phase.',
        'Omar Haddad joined the server. — 11/02/2023 8:40 PM',
        'Nadia Kerr',
        'How many wipes did it take?',
        'Omar Haddad — 11/02/2023 8:44 PM',
        'Three wipes is nothing, we needed twenty in 2021.',
        '',
      ].join('\n'),
    }));
    const r = recordsOf(c, 'guild');
    const weekly = r.find((x) => /Weekly summary/.test(x.text))!;
    expect([weekly.speaker, weekly.role]).toEqual(['Lucía Ferraz', 'BOT']);
    expect(r.find((x) => /twenty in 2021/.test(x.text))?.asker).toBe('Nadia Kerr');
    expect(words(r)).not.toMatch(/pinned a message|joined the server|Welcome to #|start of the #|\bBOT\b/);
    expect(r.find((x) => /Only three/.test(x.text))!.text).not.toMatch(/Nadia Kerr/);
  });
});

describe('chat app notices in Slack and Teams copies', () => {
  it('Slack’s "joined #channel." under a name and Teams’ "X added Y to the chat" are no one’s words', () => {
    expect(words(recordsOf(d, 'slack-treasury-ops-2024-03'))).not.toMatch(/joined #treasury-ops/);
    expect(words(recordsOf(d, 'teams-chat-listing-committee'))).not.toMatch(/added Ndlovu/);
  });
});

describe('a Slack channel copy', () => {
  const recs = () => recordsOf(d, 'slack-treasury-ops-2024-03');
  it('a thread reply sent to the channel: the echoed message is not the replier’s words', () => {
    const r = recs().find((x) => /roll-forward covers 412 accounts/.test(x.text))!;
    expect(r.speaker).toBe('Priyanka Sethi');
    expect(r.text).not.toMatch(/replied to a thread|Do we know if the auditors|View thread/);
  });
  it('reactions over two lines, day dividers and the unread mark are no one’s words', () => {
    expect(words(recs())).not.toMatch(/:white_check_mark:|:eyes:|:tada:|Thursday, March 6th|\bNew$/m);
    // An emoji inside the message stays its writer's.
    expect(recs().find((x) => /moving the deadline/.test(x.text))!.text).toBe('Got it, moving the deadline. :pray:');
  });
  it('the same shapes in other words', () => {
    const c = loadCorpus(tempCorpus({
      'design-2023.txt': [
        '#design-crit',
        'Monday, October 9th',
        'Ines Aragão',
        '2:10 PM',
        'The onboarding test ran for 14 days with 3,200 users; completion rose from 61% to 74%.',
        ':rocket:',
        '3',
        'Kofi Boateng',
        '2:25 PM',
        'Did the drop-off on step 2 change at all?',
        'View thread',
        'New',
        'Tuesday, October 10th',
        'Ines Aragão',
        '9:02 AM',
        'replied to a thread:',
        'Did the drop-off on step 2 change at all?',
        'It halved, from 22% to 11%, mostly on mobile.',
        '',
      ].join('\n'),
    }));
    const r = recordsOf(c, 'design-2023');
    expect(r.find((x) => /completion rose/.test(x.text))!.text).not.toMatch(/:rocket:/);
    const halved = r.find((x) => /It halved/.test(x.text))!;
    expect(halved.speaker).toBe('Ines Aragão');
    expect(halved.text).not.toMatch(/replied to a thread|drop-off on step 2/);
    expect(words(r)).not.toMatch(/View thread|Tuesday, October 10th|^New$/m);
  });
});

describe('a Discord continuation stamped with its time alone ("[10:43 AM]")', () => {
  it('goes on with the sender’s words, no section heading', () => {
    const recs = recordsOf(d, 'discord-validator-guild');
    expect(recs.find((r) => /config push on their side/.test(r.text))?.speaker).toBe('jonas_r');
    expect(recs.find((r) => /342 delegators/.test(r.text))?.speaker).toBe('Mireille Fontaine');
    expect(recs.some((r) => r.section && /config push|342 delegators/.test(r.section))).toBe(false);
  });
  it('the same shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'club.txt': [
        'Priya Anand — 05/06/2022 7:02 PM',
        'Book club picks for June are in.',
        '[7:04 PM]',
        'we had 27 votes and the winner got 11 of them',
        'Marcus Oyelowo — 05/06/2022 7:10 PM',
        'Which book won?',
        'Priya Anand — 05/06/2022 7:12 PM',
        'The Overstory, by a long way.',
        '[7:13 PM]',
        'second place was a tie between two memoirs',
        '',
      ].join('\n'),
    }));
    const recs = recordsOf(c, 'club');
    expect(recs.find((r) => /27 votes/.test(r.text))?.speaker).toBe('Priya Anand');
    expect(recs.find((r) => /tie between two memoirs/.test(r.text))?.speaker).toBe('Priya Anand');
    expect(recs.some((r) => r.section && /votes|memoirs/.test(r.section))).toBe(false);
  });
});

describe('a Teams reply quoting a message ("Surname, Given d/m/yyyy h:mm AM" and its first line)', () => {
  it('the quote, held above, is no words of the reply; the lines under it are the replier’s', () => {
    const r = recordsOf(d, 'teams-chat-listing-committee').find((x) => /led by Harrow Ventures/.test(x.text))!;
    expect(r.speaker).toBe('Kwabena Osei');
    expect(r.text).not.toMatch(/Orrin Protocol file|4\/3\/2024/);
  });
  it('the same shape in other words', () => {
    const c = loadCorpus(tempCorpus({
      'ops.txt': [
        '[12/1/2023 3:05 PM] Brennan, Aoife:',
        'The Lisbon warehouse shipped 1,940 orders in November, up 12% on October.',
        '[12/1/2023 3:20 PM] Castell, Jordi:',
        'Brennan, Aoife 12/1/2023 3:05 PM',
        'The Lisbon warehouse shipped 1,940 orders in November, up 12% on October.',
        'Most of that was the Black Friday week, about 700 orders.',
        '[12/1/2023 3:22 PM] Brennan, Aoife:',
        'Right, 712 to be exact.',
        '',
      ].join('\n'),
    }));
    const r = recordsOf(c, 'ops').find((x) => /Black Friday week/.test(x.text))!;
    expect(r.speaker).toBe('Jordi Castell');
    expect(r.text).not.toMatch(/1,940 orders|12\/1\/2023/);
  });
});
