/**
 * Community Q&A write-ups that probe50-b left (fix62-b):
 * - a Reddit AMA saved as Markdown whose top-level comments are headed by a Markdown heading
 *   ("### u/salt_and_diesel · 2.4k points"): before, no such heading was a comment header, so the
 *   OP's intro swallowed the first answer, the questions were claims and the header a claim.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordBrief, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe50', 'b');
const pick = recordBrief;

describe('a Reddit AMA saved as Markdown, each top-level comment under a heading', () => {
  it('pairs each question with the OP\'s answer, the asker the heading\'s handle', () => {
    const c = fixtureCorpus(DIR, ['reddit-ama-tidewater-ferries-2023.md']);
    const records = c.records.filter((r) => r.doc === 'reddit-ama-tidewater-ferries-2023');
    // the poster by the name the title introduces ("I'm Marguerite Olawale, … AMA!"): amaPoster
    const OP = 'Marguerite Olawale';
    expect(records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 13, type: 'qa', speaker: OP, asker: 'u/salt_and_diesel', question: 'Why does the 7:40 from Kells Point get cancelled every other Monday? I have literally been late to work 9 times since June.', text: expect.stringMatching(/^Honest answer: crewing\. .* fixes a lot of it\.$/) },
      { line: 21, type: 'qa', speaker: OP, asker: 'u/salt_and_diesel', question: "$28.50 still seems low for a job where you're up at 4 am?", text: expect.stringMatching(/^It's not where I want it\./) },
      { line: 29, type: 'qa', speaker: OP, asker: 'u/quietharbor', question: 'When are the hybrid boats actually coming? We were promised 2022.', text: expect.stringMatching(/^The first one, the Heron, is in sea trials now\./) },
      { line: 37, type: 'qa', speaker: OP, asker: 'u/gullwing_77', question: "What's the weirdest thing you've found on a boat?", text: expect.stringMatching(/^A live goat in the car deck, 2016\./) },
      { line: 57, type: 'qa', speaker: OP, asker: 'u/fernandonorth', question: 'Do you ride the ferry yourself?', text: expect.stringMatching(/^Every day, the 6:55 from Marrow Bay\./) },
    ]);
    // The intro is the OP's post and ends before the first comment: the first answer is no part of it.
    const intro = records.find((r) => r.line === 3)!;
    expect(intro.type).toBe('quote');
    expect(intro.text).not.toContain('Honest answer');
    // No comment header is anyone's claim.
    expect(records.filter((r) => /points$/.test(r.text))).toEqual([]);
    // A reply of someone else's under a deleted question stays theirs.
    expect(records.filter((r) => r.line === 49).map(pick)).toEqual([{ line: 49, type: 'quote', speaker: 'u/bilge_rat_ops', asker: null, question: null, text: expect.stringMatching(/^Not OP but I work the Kells run/) }]);
    const doc = c.documents.find((d) => d.id === 'reddit-ama-tidewater-ferries-2023')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: "##" headings, other handles and scores', () => {
    const text = [
      '# We are the keepers of the Hollin Vale cider orchard, 600 trees and 11 varieties. Ask us anything',
      '',
      '**r/IAmA** · Posted by u/HollinValeCider · 2 May 2021',
      '',
      'Hello! Our orchard has been in the family since 1962. Ask about grafting, frost, or pressing day.',
      '',
      '---',
      '',
      '## u/pomme_fan · 512 points',
      '',
      'How many litres does one tree give in a good year?',
      '',
      '> **u/HollinValeCider** (OP) · 301 points',
      '>',
      '> About 90 litres from an old standard tree, less than half that from the young ones.',
      '>',
      '> > **u/pomme_fan** · 44 points',
      '> >',
      '> > And in a bad year?',
      '> >',
      '> > > **u/HollinValeCider** (OP) · 39 points',
      '> > >',
      '> > > In 2019 the frost took nearly everything. We pressed 800 litres in total.',
      '',
      '## u/grafter_kim · 87 points',
      '',
      'Do you still graft by hand?',
      '',
      '> **u/HollinValeCider** (OP) · 60 points',
      '>',
      '> Every scion, every March. It takes three of us about a week.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'orchard-ama.md': text }));
    const OP = 'u/HollinValeCider';
    expect(c.records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 9, type: 'qa', speaker: OP, asker: 'u/pomme_fan', question: 'How many litres does one tree give in a good year?', text: 'About 90 litres from an old standard tree, less than half that from the young ones.' },
      { line: 17, type: 'qa', speaker: OP, asker: 'u/pomme_fan', question: 'And in a bad year?', text: 'In 2019 the frost took nearly everything. We pressed 800 litres in total.' },
      { line: 25, type: 'qa', speaker: OP, asker: 'u/grafter_kim', question: 'Do you still graft by hand?', text: 'Every scion, every March. It takes three of us about a week.' },
    ]);
  });

  it('a heading that is a date or a title stays a heading', () => {
    const text = ['# Notes', '', '## March 3, 2021', '', 'We met at 10 and agreed the budget.', '', '## 12 comments', '', 'Nothing else was said.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'notes.md': text }));
    expect(c.records.map((r) => [r.line, r.speaker])).toEqual([
      [5, null],
      [9, null],
    ]);
  });
});

describe('a recap\'s questions told as asked, its answers in bullets', () => {
  it('pairs each "@x asked: …" question with the bullets under it, the handle the asker', () => {
    const c = fixtureCorpus(DIR, ['spaces-recap-orbitpay-2024.md']);
    const records = c.records.filter((r) => r.doc === 'spaces-recap-orbitpay-2024');
    expect(records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 9, type: 'qa', speaker: 'Amaka Eze', asker: '@lagos_dev_tobi', question: 'What happened with the outage on 3 May?', text: 'A database failover in the Frankfurt region took 47 minutes instead of 4.\nNo funds were lost; 12,300 transfers were delayed and all settled the same day.\nAmaka: "We owed people an explanation faster than we gave it. That was my call and it was wrong."' },
      { line: 15, type: 'qa', speaker: 'Amaka Eze', asker: '@ngozi_builds', question: 'Will OrbitPay launch in Ghana this year?', text: 'Licence application filed in February 2024 with the Bank of Ghana.\nShe expects a decision in Q3; launch would follow within 60 days.' },
      { line: 20, type: 'qa', speaker: 'Amaka Eze', asker: '@fintechkofi', question: 'Fees are higher than competitors. Why?', text: expect.stringMatching(/^Amaka disagreed with the premise: .*\n"If you add the spread, .*"\nShe said fees for transfers under \$50 will drop to 0\.8% in July\.$/) },
      { line: 26, type: 'qa', speaker: 'Amaka Eze', asker: null, question: 'A listener (no handle) asked about hiring.', text: '25 open roles, mostly engineering in Nairobi and Lagos.\nRemote is fine for senior roles.' },
    ]);
    // No question line is a claim of its own.
    expect(records.filter((r) => r.type === 'claim' && /asked/.test(r.text))).toEqual([]);
    const doc = c.documents.find((d) => d.id === 'spaces-recap-orbitpay-2024')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it('pairs a numbered bold question with its nested bullets, "(asked by X, role)" the asker and role; the dateline dates the notes', () => {
    const c = fixtureCorpus(DIR, ['qa-notes-copperline-transit-2022.md']);
    const records = c.records.filter((r) => r.doc === 'qa-notes-copperline-transit-2022');
    const CEO = 'Rosalind Achterberg';
    expect(records.filter((r) => r.type === 'qa').map((r) => ({ ...pick(r), askerRole: r.askerRole }))).toEqual([
      { line: 5, type: 'qa', speaker: CEO, asker: null, askerRole: null, question: 'Is the night route network being cut?', text: 'No cuts in 2023. Rosalind said the N4 and N7 are under review because ridership is 38% below 2019.\nA decision comes after the February count.\nDrivers on those routes keep their hours either way.\nShe promised the council sees the numbers before the board does.' },
      { line: 11, type: 'qa', speaker: CEO, asker: 'Piet Janssens', askerRole: 'Depot A', question: 'When do the electric buses arrive?', text: expect.stringMatching(/^24 buses are ordered; .*\nCharging at Depot B .*\n"We are not going to park new buses in a field\. They come when they can charge\."$/) },
      { line: 16, type: 'qa', speaker: CEO, asker: 'Fatima Zahra Idrissi', askerRole: 'union rep', question: 'What about the pay claim?', text: expect.stringMatching(/^Rosalind would not give a figure\.\nShe said the 2021 deal/) },
      { line: 20, type: 'qa', speaker: CEO, asker: null, askerRole: null, question: 'Will the Depot C closure go ahead?', text: expect.stringMatching(/^Yes, in 2025\. .*\nQuestions afterwards about travel time/) },
    ]);
    const doc = c.documents.find((d) => d.id === 'qa-notes-copperline-transit-2022')!;
    expect(doc.meta.date).toBe('2022-11-08');
    expect(records.every((r) => r.date === '2022-11-08')).toBe(true);
    expect(doc.sentences.missed).toEqual([]);
  });

  it('in other words: a handle and a u/ name asking, a reported question, a list under each', () => {
    const text = [
      '# Community call recap with Tomasz Wierzba (Larchwood Games)',
      '',
      '*Notes by Ines Moura, community lead · Call held 9 October 2023*',
      '',
      'Tomasz Wierzba (studio head) took questions for forty minutes. Answers are paraphrased.',
      '',
      '## Questions',
      '',
      '**1. @mossy_knight asked: Is the co-op mode still coming?**',
      '',
      '- Yes, it is in closed testing with 400 players.',
      '- The public test opens before the winter sale.',
      '',
      '**2. u/quillfeather asked: Why did the price go up? It was cheaper at launch.**',
      '',
      '- Regional pricing was redone for 31 countries.',
      '- He said most players will pay less, not more.',
      '',
      '**3. Someone in the chat asked about a console port.**',
      '',
      '- Not this year.',
      '',
      '## Wrap-up',
      '',
      'Next call: January.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'larchwood-recap.md': text }));
    const TW = 'Tomasz Wierzba';
    expect(c.records.filter((r) => r.type === 'qa').map(pick)).toEqual([
      { line: 9, type: 'qa', speaker: TW, asker: '@mossy_knight', question: 'Is the co-op mode still coming?', text: 'Yes, it is in closed testing with 400 players.\nThe public test opens before the winter sale.' },
      { line: 14, type: 'qa', speaker: TW, asker: 'u/quillfeather', question: 'Why did the price go up? It was cheaper at launch.', text: 'Regional pricing was redone for 31 countries.\nHe said most players will pay less, not more.' },
      { line: 19, type: 'qa', speaker: TW, asker: null, question: 'Someone in the chat asked about a console port.', text: 'Not this year.' },
    ]);
    // "Call held 9 October 2023": the note under the title dates the call.
    expect(c.documents[0]!.meta.date).toBe('2023-10-09');
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });

  it('in other words: "(asked by …)" notes, a dateline of fields under the title', () => {
    const text = [
      '# Harbour Board — open session with the harbour master, Siv Lunde',
      '',
      'Open session, Pier 4 warehouse, March 2, 2024. Minutes by the tenants\' committee.',
      '',
      '1. **Will the mooring fees rise?** (asked by Odd Brekke, tenant)',
      '   - Yes, by 6% from July.',
      '   - She said the 2023 storm repairs cost more than planned.',
      '',
      '2. **When is the new crane installed?**',
      '   - In the autumn, after the quay is reinforced.',
      '',
      '3. **Can the night gate stay open?** (asked by Kari Holm)',
      '   - Not before the cameras are fitted.',
      '',
      'Next session: June 2024.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'harbour-notes.md': text }));
    expect(c.records.filter((r) => r.type === 'qa').map((r) => ({ ...pick(r), askerRole: r.askerRole }))).toEqual([
      { line: 5, type: 'qa', speaker: 'Siv Lunde', asker: 'Odd Brekke', askerRole: 'tenant', question: 'Will the mooring fees rise?', text: 'Yes, by 6% from July.\nShe said the 2023 storm repairs cost more than planned.' },
      { line: 9, type: 'qa', speaker: 'Siv Lunde', asker: null, askerRole: null, question: 'When is the new crane installed?', text: 'In the autumn, after the quay is reinforced.' },
      { line: 12, type: 'qa', speaker: 'Siv Lunde', asker: 'Kari Holm', askerRole: null, question: 'Can the night gate stay open?', text: 'Not before the cameras are fitted.' },
    ]);
    expect(c.documents[0]!.meta.date).toBe('2024-03-02');
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe('a Markdown FAQ whose note under the title names the organisation', () => {
  it('the organisation answers every question', () => {
    const c = fixtureCorpus(DIR, ['faq-brightkettle-energy.md']);
    const qa = c.records.filter((r) => r.doc === 'faq-brightkettle-energy' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [7, 'Brightkettle Energy Co-operative', 'Who can join?'],
      [11, 'Brightkettle Energy Co-operative', 'Do I get a vote?'],
      [17, 'Brightkettle Energy Co-operative', 'What return can I expect?'],
      [21, 'Brightkettle Energy Co-operative', 'Can I withdraw my shares?'],
      [27, 'Brightkettle Energy Co-operative', 'How much do they generate?'],
      [31, 'Brightkettle Energy Co-operative', 'Why was turbine 2 stopped last winter?'],
      [35, 'Brightkettle Energy Co-operative', 'Are you building more?'],
    ]);
  });

  it('in other words: another organisation, a bar in its note', () => {
    const text = [
      '# FAQ',
      '',
      '_Marrowdale Water Trust | updated March 2024_',
      '',
      '### Is the tap water safe to drink?',
      '',
      'Yes. We test it 1,300 times a year at 42 sites.',
      '',
      '### Why is my water brown?',
      '',
      'Usually old pipes after a burst main. Run the cold tap for five minutes.',
      '',
      '### Who pays for a new meter?',
      '',
      'We do, once every 15 years.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'water-faq.md': text }));
    expect(c.records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker])).toEqual([
      [5, 'Marrowdale Water Trust'],
      [9, 'Marrowdale Water Trust'],
      [13, 'Marrowdale Water Trust'],
    ]);
  });

  it('a note under the title of a page that is no FAQ names no answerer', () => {
    const text = [
      '# Five questions for our new head of sales',
      '',
      '_Internal newsletter · May 2024_',
      '',
      '### Where did you work before?',
      '',
      'At a logistics firm in Leeds for nine years.',
      '',
      '### What will change first?',
      '',
      'How we follow up on quotes.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'newsletter.md': text }));
    expect(c.records.filter((r) => r.type === 'qa').every((r) => r.speaker !== 'Internal newsletter')).toBe(true);
  });
});

describe('a chat session that runs past midnight', () => {
  it('dates the messages after midnight by their own stamp (Discord and Telegram copies)', () => {
    const c = fixtureCorpus(DIR, ['discord-ama-ravenmoor-studio.txt', 'telegram-ama-lumenchain-2024.txt']);
    const discord = c.records.filter((r) => r.doc === 'discord-ama-ravenmoor-studio');
    expect(discord.filter((r) => r.line < 25).every((r) => r.date === '2025-03-14')).toBe(true);
    expect(discord.filter((r) => r.line >= 25).map((r) => [r.line, r.date])).toEqual([
      [25, '2025-03-15'],
      [27, '2025-03-15'],
    ]);
    const telegram = c.records.filter((r) => r.doc === 'telegram-ama-lumenchain-2024');
    expect(telegram.filter((r) => r.line < 43).every((r) => r.date === '2024-03-12')).toBe(true);
    expect(telegram.filter((r) => r.line >= 43).map((r) => r.date)).toEqual(expect.arrayContaining(['2024-03-13']));
    expect(telegram.filter((r) => r.line >= 43).every((r) => r.date === '2024-03-13')).toBe(true);
    // The document keeps the session's start date.
    expect(c.documents.find((d) => d.id === 'telegram-ama-lumenchain-2024')!.meta.date).toBe('2024-03-12');
  });

  it('in other words: a New Year\'s Eve chat in ISO stamps moves to the next year', () => {
    const text = [
      '[2023-12-31 23:50] Priya: ten minutes to go, what are you all doing tonight?',
      '[2023-12-31 23:55] Marek: watching the fireworks from the roof',
      '[2024-01-01 00:01] Priya: happy new year!',
      '[2024-01-01 00:03] Marek: same to you, see you at the 9:00 stand-up on the 3rd',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'nye-chat.txt': text }));
    expect(c.documents[0]!.meta.date).toBe('2023-12-31');
    expect(c.records.map((r) => [r.line, r.speaker, r.date, r.year])).toEqual([
      [1, 'Marek', '2023-12-31', 2023],
      [3, 'Priya', '2024-01-01', 2024],
      [4, 'Marek', '2024-01-01', 2024],
    ]);
  });
});
