/**
 * probe32-a: AMAs held in chat apps and copied as text (Telegram Desktop, Discord, Slack, WhatsApp).
 * The shapes read wrong before: the apps' own notices (Telegram's "X left the group", "X pinned
 * "…"", Discord's random welcome lines, Slack's "has joined the channel" and its composer
 * "Message #channel") were read as the words of the message above, or as a record of their own.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));
const anyRecordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.some((r) => words.test(r.text) || words.test(r.question ?? ''));

describe("a chat app's notices between the messages", () => {
  it("Telegram's pinned and left-the-group lines are no words of the last message", () => {
    const c = corpusOf('tg.txt', [
      'Halvard Official, [12.03.2024 14:17:11]',
      'Last question, Q4 from @sofia: Are you hiring in Europe?',
      '',
      'Ingrid Solberg, [12.03.2024 14:18:26]',
      'Yes, 14 open roles, 9 of them in engineering.',
      '',
      'Miko Laine joined the group via invite link',
      '',
      'Ingrid Solberg, [12.03.2024 14:19:03]',
      'Thank you all, this was fun. See you at the next AMA in June.',
      '',
      'Halvard Official pinned "Thank you all, this was fun. See you…"',
      '',
      'Miko Laine left the group',
      '',
    ].join('\n'));
    expect(recordWith(c, /this was fun/)?.text).not.toMatch(/pinned|left the group/);
    expect(anyRecordWith(c, /joined the group/)).toBe(false);
  });
  it('reads the same notices in other words', () => {
    const c = corpusOf('tg2.txt', [
      'Mod Team, [03.05.2023 19:00]',
      'Q1 from @lars: When does the mainnet launch?',
      '',
      'Oskar Brenn, [03.05.2023 19:02]',
      'On 14 June, after two more audits.',
      '',
      'Petra Holm joined the group',
      '',
      'Oskar Brenn, [03.05.2023 19:03]',
      'That date will not move again, I promise.',
      '',
      'Mod Team pinned «On 14 June, after two more audits.»',
      'Oskar Brenn removed Spam Bot',
      '',
    ].join('\n'));
    expect(recordWith(c, /will not move again/)?.text).not.toMatch(/pinned|removed/);
    expect(anyRecordWith(c, /joined the group/)).toBe(false);
  });
  it("Discord's welcome lines and thread notices are no words of the message above", () => {
    const c = corpusOf('dc.txt', [
      'Rafaela Nunes — 03/12/2024 3:07 PM',
      'Q1 from @pixelmonk: why did you drop the free tier?',
      'Dov Ashkenazi — 03/12/2024 3:09 PM',
      'the free tier was 78% of our compute cost and 4% of revenue',
      'Klara_V — 03/12/2024 3:11 PM',
      "that's actually fair",
      'Welcome, Jun Takeda. We hope you brought pizza. — 03/12/2024 3:12 PM',
      'Rafaela Nunes — 03/12/2024 3:28 PM',
      "That's a wrap! Recording goes up tomorrow.",
      'Rafaela Nunes started a thread: AMA follow-ups. See all threads. — 03/12/2024 3:29 PM',
    ].join('\n'));
    expect(recordWith(c, /actually fair/)?.text).not.toMatch(/pizza/);
    expect(anyRecordWith(c, /started a thread/)).toBe(false);
  });
  it('reads other welcome lines the same way', () => {
    const c = corpusOf('dc2.txt', [
      'Ines Varga — Today at 6:00 PM',
      'Q2 from @orbit: how big is the team now?',
      'Tomas Lind — Today at 6:02 PM',
      'we are 41 people, up from 12 in 2022',
      'A wild Henrik appeared. — Today at 6:03 PM',
      'Tomas Lind — Today at 6:04 PM',
      'most of the new hires are engineers',
      'Good to see you, Maren. — Today at 6:05 PM',
      'Ines Varga — Today at 6:06 PM',
      'thanks Tomas!',
      'Everyone welcome Sofie! — Today at 6:07 PM',
    ].join('\n'));
    expect(recordWith(c, /new hires/)?.text).not.toMatch(/Good to see you/);
    expect(anyRecordWith(c, /wild Henrik|welcome Sofie/)).toBe(false);
  });
  it("Slack's joined-the-channel line and its composer placeholder are no one's record", () => {
    const c = corpusOf('sl.txt', [
      '#ask-leadership',
      '',
      'Camille Arnaud  10:30 AM',
      'Q4: Why did the bonus pool shrink?',
      'Leila Farahani  10:33 AM',
      'Because we missed the 2023 revenue target by 15%.',
      'Camille Arnaud  10:58 AM',
      "That's time! Thanks Leila.",
      'Hugo Lindgren  11:02 AM',
      'has joined the channel',
      'Message #ask-leadership',
    ].join('\n'));
    expect(anyRecordWith(c, /has joined the channel|Message #ask-leadership/)).toBe(false);
  });
  it('reads the same Slack lines in other words', () => {
    const c = corpusOf('sl2.txt', [
      '#town-hall',
      '',
      'Ravi Menon  2:00 PM',
      'Q1: Is the Denver office closing?',
      'Ana Sousa  2:03 PM',
      'No. We signed a new five-year lease in January.',
      'Jun Park  2:05 PM',
      'has left the channel',
      'Ravi Menon  2:06 PM',
      'Thanks Ana, that settles it.',
      'Message #town-hall',
    ].join('\n'));
    expect(anyRecordWith(c, /has left the channel|Message #town-hall/)).toBe(false);
  });
});

describe('a Slack copy with the sender and the time on one line', () => {
  const slack = (lines: string[]) => corpusOf('s.txt', ['#ask-leadership', '', ...lines].join('\n'));
  it('reads a relayed question under its reply-count footer as the question the next message answers', () => {
    const c = slack([
      'Camille Arnaud  10:02 AM',
      'Q1 from @jpetrov: Are there layoffs planned this year?',
      '12 replies Last reply 1 hour ago',
      'Ossian Marsh  10:04 AM',
      'No layoffs are planned for 2024.',
      'Camille Arnaud  10:09 AM',
      'Q2 from @dana: When will the Series C close?',
      'Leila Farahani  10:12 AM',
      'By end of April, at $62 million.',
    ]);
    const qa = c.records.find((r) => /No layoffs/.test(r.text));
    expect(qa?.type).toBe('qa');
    // (the relayed handle asks, its relay label no word of the question: probe34-a)
    expect(qa?.question).toMatch(/^Are there layoffs planned/);
    expect(qa?.asker).toBe('@jpetrov');
  });
  it("keeps a thread reply's echo of the message it answers out of the reply", () => {
    const c = slack([
      'Ravi Menon  2:00 PM',
      'Q1: Is the Denver office closing this year or not?',
      '3 replies Last reply today at 2:40 PM',
      'Ana Sousa  2:03 PM',
      'No. We signed a new five-year lease in January.',
      'Jun Park  2:10 PM',
      'replied to a thread:',
      'Q1: Is the Denver office closing this year or not?',
      'Does the lease cover the second floor too?',
      'Ana Sousa  2:12 PM',
      'replied to a thread:',
      'Q1: Is the Denver office closing this year or not?',
      'Yes, both floors, 240 desks in total.',
    ]);
    const answer = c.records.find((r) => /both floors/.test(r.text));
    expect(answer?.speaker).toBe('Ana Sousa');
    expect(answer?.text).not.toMatch(/replied to a thread|Denver office closing/);
    expect(c.records.find((r) => /second floor/.test(r.text) || /second floor/.test(r.question ?? ''))?.text).not.toMatch(/replied to a thread/);
  });
  it("reads an app's message under its badge as no words of the message above", () => {
    const c = slack([
      'Camille Arnaud  10:21 AM',
      'Q3: What was the hardest call you made in 2023?',
      'Ossian Marsh  10:24 AM',
      'Shutting down the scheduling product. It had 9 customers.',
      'Google Calendar  APP  10:30 AM',
      'Event starting in 10 minutes: All-hands prep',
      'Priya Venkataraman  10:31 AM',
      'Will there be a replacement for it?',
    ]);
    expect(c.records.find((r) => /Shutting down/.test(r.text))?.text).not.toMatch(/Google Calendar|Event starting/);
  });
  it('reads a bot badge in other words the same way', () => {
    const c = slack([
      'Mia Chen  4:00 PM',
      'Q5: Will the office reopen on Fridays?',
      'Tom Adler  4:02 PM',
      'From June, yes. Attendance was 22% on Fridays in 2023.',
      'Polly  APP  4:05 PM',
      'Poll closed: 61 votes, 70% in favour',
      'Mia Chen  4:06 PM',
      'Thanks Tom!',
    ]);
    expect(c.records.find((r) => /From June/.test(r.text))?.text).not.toMatch(/Polly|Poll closed/);
  });
});

describe("a word before a colon inside a chat copy's message", () => {
  it('is the sender\'s words, not another voice', () => {
    const c = corpusOf('s.txt', [
      '#ask-leadership',
      '',
      'Camille Arnaud  10:02 AM',
      'Q1 from @jpetrov: Are there layoffs planned this year?',
      'Ossian Marsh  10:04 AM',
      'No layoffs are planned for 2024.',
      'Tobias Renner  10:14 AM',
      'Follow-up: does "no layoffs" include the Lisbon office?',
      'Ossian Marsh  10:16 AM',
      'Yes, it includes Lisbon. Lisbon grew from 28 to 41 people last year.',
    ].join('\n'));
    expect(c.records.some((r) => r.speaker === 'Follow-up' || r.asker === 'Follow-up')).toBe(false);
    expect(c.records.find((r) => /includes Lisbon/.test(r.text))?.asker).toBe('Tobias Renner');
  });
  it('reads the same in other words', () => {
    const c = corpusOf('s2.txt', [
      '#town-hall',
      '',
      'Ravi Menon  2:00 PM',
      'Q1: Is the Denver office closing?',
      'Ana Sousa  2:03 PM',
      'No. We signed a new five-year lease in January.',
      'Jun Park  2:10 PM',
      'Clarification: does the lease cover the second floor?',
      'Ana Sousa  2:12 PM',
      'Yes, both floors, 240 desks in total.',
    ].join('\n'));
    expect(c.records.some((r) => r.speaker === 'Clarification' || r.asker === 'Clarification')).toBe(false);
    expect(c.records.find((r) => /both floors/.test(r.text))?.asker).toBe('Jun Park');
  });
});

describe("Telegram's forwarded post copied without brackets", () => {
  it("is the origin's words, not more of the message above", () => {
    const c = corpusOf('tg.txt', [
      'Ingrid Solberg, [12.03.2024 14:08:52]',
      'Of the 40 million unlocked in January, 31 million went to the ecosystem fund.',
      '',
      'Forwarded from Halvard Announcements',
      'Treasury report, February 2024: 61% stablecoins, 27% HVD, 12% ETH.',
      '',
      'Halvard Official, [12.03.2024 14:10:05]',
      'Q3 from @bartosz: Is 27% in HVD not risky?',
      '',
      'Ingrid Solberg, [12.03.2024 14:11:48]',
      'It is a fair point. The target is under 20% by the end of 2024.',
      '',
    ].join('\n'));
    expect(c.records.find((r) => /ecosystem fund/.test(r.text))?.text).not.toMatch(/Treasury report/);
    expect(c.records.find((r) => /Treasury report/.test(r.text))?.speaker).toBe('Halvard Announcements');
  });
  it('reads it the same in other words', () => {
    const c = corpusOf('tg2.txt', [
      'Mod Team, [03.05.2023 19:00]',
      'Q1 from @lars: When does the mainnet launch?',
      '',
      'Oskar Brenn, [03.05.2023 19:02]',
      'On 14 June, after two more audits.',
      '',
      'Forwarded from Nordlys News',
      'Nordlys mainnet date confirmed: 14 June 2023, audits by two firms.',
      '',
      'Petra Holm, [03.05.2023 19:04]',
      'great news',
      '',
    ].join('\n'));
    expect(c.records.find((r) => /two more audits/.test(r.text))?.text).not.toMatch(/mainnet date confirmed/);
    expect(c.records.find((r) => /mainnet date confirmed/.test(r.text))?.speaker).toBe('Nordlys News');
  });
});
