/**
 * Chat and messaging exports about or with a named person (probe43-a).
 *
 * - A chat's AMA: the moderator relays a member's question ("Q from @mintberry: …?", "From Amelie:
 *   "…?""), a member chimes in ("+1 to this", "wen listing 🚀"), then the guest answers. Before, the
 *   chime was paired with the question as its answer and the guest's answer was a bare quote.
 * - Slack's thread footer on two lines ("3 replies" / "Last reply 1 day ago"): before, the second
 *   line headed every record below it as a section. A message's second line ending in Slack's
 *   "(edited)" right above the next sender was read as a heading, its sentence out of the answer.
 * - WhatsApp exported on a German or Dutch phone stamps "12.03.24, 18:40 - Name: …": the day first,
 *   the year in two digits. Before, the export had no date at all.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe43', 'a');

describe("a chat AMA: the guest's answer, not a member's chime, answers the relayed question", () => {
  it('pairs each relayed question with the guest in the Telegram copy', () => {
    const c = fixtureCorpus(DIR, ['telegram-ama-delacroix-2024-11.txt']);
    const rs = c.records.filter((r) => r.doc === 'telegram-ama-delacroix-2024-11');
    const qa = rs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker]);
    expect(qa).toEqual([
      [14, 'Julien Delacroix', '@mintberry'],
      [24, 'Julien Delacroix', '@oksana_v'],
      // "[In reply to Mikael Stroud]": the answer to his question (fix56-a).
      [34, 'Julien Delacroix', 'Mikael Stroud'],
      [45, 'Julien Delacroix', '@pietro_builds'],
    ]);
    expect(rs.find((r) => r.line === 14)!.text).toMatch(/^Because the exchange integrations were not ready\./);
    expect(rs.find((r) => r.line === 45)!.text).toMatch(/^Worried, no\. Busy, yes\./);
    // The chimes stay, each its sender's quote.
    expect(rs.filter((r) => r.speaker === 'cryptoalex77').map((r) => [r.line, r.type, r.text])).toEqual([
      [17, 'quote', 'wen binance listing 🚀🚀'],
      [48, 'quote', 'binance??'],
    ]);
  });

  it('pairs the CFO, not the "+1", in the Slack copy; its thread footer and "(edited)" head nothing', () => {
    const c = fixtureCorpus(DIR, ['slack-ama-cfo-priya-raman-2024.txt']);
    const rs = c.records.filter((r) => r.doc === 'slack-ama-cfo-priya-raman-2024');
    expect(rs.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      // "First, from Marek in Rotterdam: “…?”": read out for its sender, who asks (fix92-a)
      [10, 'Priya Raman', 'Marek'],
      // "Next one is anonymous: “…?”": nobody's question, not the host's who reads it
      [20, 'Priya Raman', null],
      [27, 'Priya Raman', 'Jordan Ellery'],
      // "Last one, from Tomasz: “…?”": a first name read out as a question's sender asks (lead100)
      [36, 'Priya Raman', 'Tomasz'],
    ]);
    const freeze = rs.find((r) => r.line === 20)!;
    expect(freeze.question).toBe('Next one is anonymous: "Is the hiring freeze going to last the whole year?"');
    expect(freeze.text).toContain("I know that's not the answer Kofi's team wanted.");
    expect(rs.find((r) => r.speaker === 'Kofi Mensah')).toMatchObject({ type: 'quote', line: 22 });
    expect(rs.filter((r) => r.section !== null)).toEqual([]);
  });

  it('in other words: a Discord stage, a question relayed by a moderator and a fan chiming in', () => {
    const text = [
      'Harbour FC Supporters',
      '#matchday-ama',
      '',
      'mod_tessa — 09/14/2023 7:00 PM',
      'Welcome! Tonight our captain Joost Verhaegen answers your questions. I will post them from the form.',
      'Joost Verhaegen — 09/14/2023 7:01 PM',
      'Evening all, thanks for the support on Saturday.',
      'mod_tessa — 09/14/2023 7:02 PM',
      'From @bluegull: why did you switch to a back three in the second half?',
      'ferryman_88 — 09/14/2023 7:02 PM',
      'because we were getting cooked on the wings lol',
      'Joost Verhaegen — 09/14/2023 7:04 PM',
      'The coach saw their full-backs pushing high. With three at the back we could keep two men wide and still win the second ball.',
      'mod_tessa — 09/14/2023 7:06 PM',
      'From @sandpiper: will you extend your contract beyond 2024?',
      'Joost Verhaegen — 09/14/2023 7:08 PM',
      'Talks are going well. I want to finish my career here, that has not changed since 2017.',
      'mod_tessa — 09/14/2023 7:10 PM',
      'Thanks Joost, that is all for tonight!',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'discord-ama.txt': text }));
    const rs = c.records.filter((r) => r.doc === 'discord-ama');
    expect(rs.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.asker, r.text.slice(0, 30)])).toEqual([
      // (probe50-b: the member the moderator relays asks, not the moderator.)
      ['Joost Verhaegen', '@bluegull', 'The coach saw their full-backs'],
      ['Joost Verhaegen', '@sandpiper', 'Talks are going well. I want t'],
    ]);
    expect(rs.find((r) => r.speaker === 'ferryman_88')).toMatchObject({ type: 'quote', text: 'because we were getting cooked on the wings lol' });
  });

  it('in other words: a team chat where the one asked by @name answers stays paired as before', () => {
    // Not an AMA: the question passes on nobody's question; the colleague it names answers it.
    const text = [
      'Dana Whitlow  9:02 AM',
      'Morning team, the board pack goes out Friday.',
      'Omar Haddad  9:05 AM',
      'I have the cash flow tab ready.',
      'Dana Whitlow  9:10 AM',
      '@Luis Ortega can you send the headcount numbers by noon?',
      'Luis Ortega  9:12 AM',
      'Yes, will do.',
      'Omar Haddad  9:20 AM',
      'I also fixed the Q2 forecast, it was off by 3%.',
      'Dana Whitlow  9:25 AM',
      'Thanks Omar. Anything else before Friday?',
      'Omar Haddad  9:31 AM',
      'No, that is everything from me.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'team.txt': text }));
    const rs = c.records.filter((r) => r.doc === 'team');
    expect(rs.find((r) => r.speaker === 'Luis Ortega')).toMatchObject({ type: 'qa', asker: 'Dana Whitlow', text: 'Yes, will do.' });
  });
});

describe("Slack's thread footer on two lines and a message's \"(edited)\" line", () => {
  it('in other words: a channel copy with two threads', () => {
    const text = [
      '#ops-weekly',
      '',
      'Monday, October 7th',
      '',
      'Helga Sørensen  8:30 AM',
      'Ferry schedule for the winter is out. We cut the 06:10 departure from 1 November.',
      '5 replies',
      'Last reply 3 days ago',
      'Rui Tavares  8:41 AM',
      'Why the 06:10? It carries most of the hospital staff.',
      'Helga Sørensen  8:44 AM',
      'It ran at 18% capacity in September. The hospital shuttle now meets the 06:40 instead.',
      'I checked it with the hospital last week. (edited)',
      'Rui Tavares  8:50 AM',
      'Ok, thanks for checking.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'ops.txt': text }));
    const rs = c.records.filter((r) => r.doc === 'ops');
    expect(rs.filter((r) => r.section !== null)).toEqual([]);
    const answer = rs.find((r) => r.type === 'qa')!;
    expect(answer).toMatchObject({ speaker: 'Helga Sørensen', asker: 'Rui Tavares', line: 9 });
    expect(answer.text).toContain('I checked it with the hospital last week.');
    expect(rs.some((r) => r.text.includes('Last reply'))).toBe(false);
  });
});

describe('a WhatsApp export stamped day first with a two-digit year ("12.03.24, 18:40 - ")', () => {
  it('dates the German export by its first message', () => {
    const c = fixtureCorpus(DIR, ['WhatsApp Chat mit Bürgermeisterin Haas.txt']);
    const doc = c.documents.find((d) => d.id === 'WhatsApp Chat mit Bürgermeisterin Haas')!;
    expect(doc.meta.date).toBe('2024-03-12');
    const rs = c.records.filter((r) => r.doc === doc.id);
    expect(rs.every((r) => r.year === 2024)).toBe(true);
    expect(rs.find((r) => r.line === 5)).toMatchObject({ type: 'qa', speaker: 'Gisela Haas', asker: 'Felix Brandt', question: 'Wird das Bad wieder öffnen?' });
  });

  it('in other words: a Dutch export from 2023', () => {
    const text = [
      '05.11.23, 09:14 - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen of beluisteren.',
      '05.11.23, 09:15 - Sanne de Vries: Goedemorgen wethouder, hier mijn vragen. Wanneer opent de nieuwe brug?',
      '05.11.23, 10:02 - Pieter Bakker: In mei 2025, als de aannemer het schema haalt.',
      '05.11.23, 10:05 - Sanne de Vries: Dank u wel!',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'WhatsApp-chat met Pieter Bakker.txt': text }));
    const doc = c.documents[0]!;
    expect(doc.meta.date).toBe('2023-11-05');
    expect(c.records.find((r) => r.speaker === 'Pieter Bakker')).toMatchObject({ type: 'qa', asker: 'Sanne de Vries', year: 2023 });
  });
});
