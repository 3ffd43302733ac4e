/**
 * Community AMA chat logs copied from their apps (probe50-b):
 * - a Discord copy whose moderator's nickname carries a server tag in brackets, with a dated header
 *   ("Kestrel (Community) — 03/14/2025 9:02 PM"): before, no such header was a label, and the whole
 *   chat ran into four records under the wrong speakers;
 * - a Telegram Desktop copy whose moderator's display name carries a tag after a bar ("Elena |
 *   LumenChain Mod, [12.03.24 22:00]"): before, her messages ran into the message above them (the
 *   wrap-up into the guest's last answer);
 * - the same copy's stamps give the year in two digits ("[12.03.24 22:00]"), in a file whose name
 *   gives the year: before, the session had no date;
 * - a moderator relaying a member's question after a lead-in or with a bare "from" ("Last one
 *   before midnight! Q4 from @annelie.k: …?", "First one, from @pixelmoth: …?", "From @x: …?"):
 *   before, the moderator was the asker and the lead-in part of the question.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus, recordBrief } from '../helpers.js';

const DIR = join(FIXTURES, 'probe50', 'b');
const pick = recordBrief;

describe('a Discord AMA whose moderator carries a server tag', () => {
  it('reads each dated header, and each relayed question is the member\'s', () => {
    const c = fixtureCorpus(DIR, ['discord-ama-ravenmoor-studio.txt']);
    const records = c.records.filter((r) => r.doc === 'discord-ama-ravenmoor-studio');
    expect(records.map(pick)).toEqual([
      { line: 6, type: 'quote', speaker: 'Kestrel', asker: null, question: null, text: expect.stringMatching(/^Hey everyone! Our lead designer Sunniva Brekke .* tag who asked\.$/) },
      { line: 8, type: 'quote', speaker: 'Sunniva Brekke', asker: null, question: null, text: 'hello hello 👋 grabbed a tea, ready' },
      { line: 10, type: 'quote', speaker: 'Kestrel', asker: null, question: null, text: 'First one, from @pixelmoth:' },
      { line: 11, type: 'qa', speaker: 'Sunniva Brekke', asker: '@pixelmoth', question: 'will Hollowdeep get controller support before the 1.0 release?', text: expect.stringMatching(/^Yes\. It's in the 0\.9 branch/) },
      { line: 14, type: 'qa', speaker: 'Sunniva Brekke', asker: '@glimmerfox', question: 'why was the crafting system reworked in patch 0.7? A lot of people liked the old one.', text: expect.stringMatching(/^The old one had 340 recipes.*"legacy" toggle in 0\.9\.$/s) },
      { line: 19, type: 'quote', speaker: 'glimmerfox', asker: null, question: null, text: 'legacy toggle 🙏🙏' },
      { line: 21, type: 'quote', speaker: 'Kestrel', asker: null, question: null, text: 'Okay last question, from @deepwell_dan:' },
      { line: 22, type: 'qa', speaker: 'Sunniva Brekke', asker: '@deepwell_dan', question: "what's next after Hollowdeep?", text: "Can't say much! A smaller game, probably 2027, and no, it's not a sequel." },
      { line: 25, type: 'quote', speaker: 'Kestrel', asker: null, question: null, text: "That's past midnight so we're calling it 😄 Thanks Sunniva!" },
      { line: 27, type: 'quote', speaker: 'Sunniva Brekke', asker: null, question: null, text: 'thanks all, this was fun. go to bed' },
    ]);
    // The tag is the sender's role, no part of the name.
    expect(records.find((r) => r.line === 6)!.role).toBe('Community');
    const doc = c.documents.find((d) => d.id === 'discord-ama-ravenmoor-studio')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: a mod tag, a bare "From @…", another lead-in', () => {
    const text = [
      'Brassfield Robotics',
      '#town-hall',
      '',
      'Otto (mod) — 11/02/2023 6:00 PM',
      'Welcome to the town hall! Our CTO Ngozi Adeyemi-Hart is here for an hour.',
      'Ngozi Adeyemi-Hart — 11/02/2023 6:01 PM',
      'Glad to be here. We shipped 1,200 arms this year.',
      'Otto (mod) — 11/02/2023 6:03 PM',
      'From @rustbucket.9: when does the firmware 4.2 beta open?',
      'Ngozi Adeyemi-Hart — 11/02/2023 6:05 PM',
      'In January, to 300 testers first.',
      'Otto (mod) — 11/02/2023 6:20 PM',
      'Great stuff. Next one, from @volta_vee: why did the price go up by 9%?',
      'Ngozi Adeyemi-Hart — 11/02/2023 6:22 PM',
      'Motors. Our supplier raised prices twice in 2023.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'brassfield-town-hall.txt': text }));
    const qa = c.records.filter((r) => r.type === 'qa').map(pick);
    expect(qa).toEqual([
      { line: 8, type: 'qa', speaker: 'Ngozi Adeyemi-Hart', asker: '@rustbucket.9', question: 'when does the firmware 4.2 beta open?', text: 'In January, to 300 testers first.' },
      { line: 13, type: 'qa', speaker: 'Ngozi Adeyemi-Hart', asker: '@volta_vee', question: 'why did the price go up by 9%?', text: 'Motors. Our supplier raised prices twice in 2023.' },
    ]);
    expect(c.records.filter((r) => r.speaker === 'Otto').map((r) => [r.line, r.role, r.text])).toEqual([
      [4, 'mod', 'Welcome to the town hall! Our CTO Ngozi Adeyemi-Hart is here for an hour.'],
      [12, 'mod', 'Great stuff. Next one, from @volta_vee:'],
    ]);
    // (11/02/2023: which number is the month no stamp says; the year is sure.)
    expect(c.documents[0]!.meta.year).toBe(2023);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe('a Telegram AMA whose moderator carries a tag after a bar, stamps with two-digit years', () => {
  it('dates the session, keeps the moderator\'s messages hers, relays each question to its member', () => {
    const c = fixtureCorpus(DIR, ['telegram-ama-lumenchain-2024.txt']);
    const doc = c.documents.find((d) => d.id === 'telegram-ama-lumenchain-2024')!;
    expect(doc.meta.date).toBe('2024-03-12');
    const records = c.records.filter((r) => r.doc === 'telegram-ama-lumenchain-2024');
    expect(records.filter((r) => r.speaker === 'Elena').map((r) => [r.line, r.role, r.text])).toEqual([
      [7, 'LumenChain Mod', "Welcome Dariusz! Let's start with a short intro please 🙂"],
      [37, 'LumenChain Mod', 'Last one before midnight! Q4 from @annelie.k:'],
      [43, 'LumenChain Mod', 'Bonus Q5 from @tomasz_b:'],
      [49, 'LumenChain Mod', "That's a wrap. Thank you Dariusz and everyone. 5 winners of the quiz will get 50 LUMEN each."],
    ]);
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker, r.question])).toEqual([
      [13, 'Dariusz Kowal', '@cryptoverona', 'When will the mainnet bridge to Arbitrum go live?'],
      [19, 'Dariusz Kowal', '@satoshi_nyx', 'Why did the team unlock tokens in January? Community was not happy.'],
      [28, 'Dariusz Kowal', '@mbeki_trades', 'Are you planning a listing on a tier-1 exchange this year?'],
      [38, 'Dariusz Kowal', '@annelie.k', 'What is the one thing you would do differently since 2019?'],
      [44, 'Dariusz Kowal', '@tomasz_b', 'Any plans for a Polish-language community?'],
    ]);
    // The last answer is the guest's words alone, not the moderator's wrap-up under it.
    expect(records.find((r) => r.line === 44)!.text).toBe('Yes! Tomasz, you just volunteered to run it 😄 DM me.');
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: another tag, seconds in the stamps, a question without a lead-in', () => {
    const text = [
      'Pinecrest DAO',
      '',
      'Marek | Pinecrest Team, [05.09.23 17:00:12]',
      'Hello everyone, the AMA with Yusuf Demir starts now.',
      '',
      'Yusuf Demir, [05.09.23 17:01:40]',
      'Thanks Marek. We grew to 6,000 members in 2023.',
      '',
      'Marek | Pinecrest Team, [05.09.23 17:05:03]',
      'Great start! Q1 from @lindy_hops: How is the treasury invested?',
      '',
      'Yusuf Demir, [05.09.23 17:07:55]',
      'Mostly stablecoins, 70 percent. The rest in our own token.',
      '',
      'Yusuf Demir, [05.09.23 17:09:10]',
      'We review the split every quarter.',
      '',
      'Marek | Pinecrest Team, [05.09.23 17:12:30]',
      'Q2 from @ozan.k: Will there be an airdrop?',
      '',
      'Yusuf Demir, [05.09.23 17:14:02]',
      'No airdrop is planned for 2024.',
      '',
      'Marek | Pinecrest Team, [05.09.23 17:30:00]',
      'Thank you all, see you next month.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'pinecrest-ama-2023.txt': text }));
    expect(c.documents[0]!.meta.date).toBe('2023-09-05');
    expect(c.records.map((r) => [r.line, r.type, r.speaker, r.role ?? null, r.asker ?? null, r.text])).toEqual([
      [3, 'quote', 'Marek', 'Pinecrest Team', null, 'Hello everyone, the AMA with Yusuf Demir starts now.'],
      [6, 'quote', 'Yusuf Demir', null, null, 'Thanks Marek. We grew to 6,000 members in 2023.'],
      [9, 'quote', 'Marek', 'Pinecrest Team', null, 'Great start! Q1 from @lindy_hops:'],
      [10, 'qa', 'Yusuf Demir', null, '@lindy_hops', 'Mostly stablecoins, 70 percent. The rest in our own token.\nWe review the split every quarter.'],
      [18, 'qa', 'Yusuf Demir', null, '@ozan.k', 'No airdrop is planned for 2024.'],
      [24, 'quote', 'Marek', 'Pinecrest Team', null, 'Thank you all, see you next month.'],
    ]);
  });
});

describe('a thread whose author relays and answers in one turn', () => {
  it('keeps each answer the author\'s: a lead-in relay splits only a message that ends on it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['x-thread-founder-qa-lumenpath-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'x-thread-founder-qa-lumenpath-2024');
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Nadia Farouk', '@tomasz_ops'],
      [11, 'Nadia Farouk', '@jenny_li_dev'],
      [15, 'Nadia Farouk', '@kwame_freight'],
      [19, 'Nadia Farouk', '@ruthless_pm'],
      [23, 'Nadia Farouk', '@ada_builds'],
      [37, 'Nadia Farouk', 'Oren Bechor'],
    ]);
  });
});

describe("a relayed question's asker", () => {
  it("takes no role from the moderator who relays it (the Telegram moderator's 'LumenChain Mod', Discord's 'Community')", () => {
    const c = fixtureCorpus(DIR, ['telegram-ama-lumenchain-2024.txt', 'discord-ama-ravenmoor-studio.txt']);
    const relayed = c.records.filter((r) => r.type === 'qa' && r.asker?.startsWith('@'));
    expect(relayed.length).toBeGreaterThanOrEqual(4);
    expect(relayed.map((r) => r.askerRole)).toEqual(relayed.map(() => null));
  });
});
