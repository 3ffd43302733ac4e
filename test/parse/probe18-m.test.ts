/**
 * Meeting and recording platform exports as analysts paste them (test/fixtures/probe18/m): a Teams
 * transcript copied from the app, each turn a name line, its time under it, the words below. Each
 * rule is also tested on a small text of its own, in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const m = fixtureCorpus(join(FIXTURES, 'probe18', 'm'));
const teams = () => recordsOf(m, 'teams-partner-sync');
const at = (recs: ReturnType<typeof teams>, line: number) => recs.find((r) => r.line <= line && line <= r.endLine);

describe('a Teams name line with a tag or in "Surname, Given" order (probe18 m findings 1, 2)', () => {
  it('"Priya Raman (Guest)" and "Delaney, Marcus" over their times open turns of their own', () => {
    const recs = teams();
    expect(at(recs, 27)?.speaker).toBe('He Yi');
    expect(at(recs, 23)?.speaker === 'Priya Raman' || at(recs, 27)?.asker === 'Priya Raman').toBe(true);
    expect(at(recs, 32)?.speaker).toBe('Priya Raman');
    const q = at(recs, 36)!;
    expect(q.speaker === 'Marcus Delaney' || q.asker === 'Marcus Delaney').toBe(true);
    expect(at(recs, 40)?.speaker).toBe('He Yi');
    expect(at(recs, 61)?.speaker === 'Priya Raman' || at(recs, 65)?.asker === 'Priya Raman').toBe(true);
    expect(recs.some((r) => /Priya Raman \(Guest\)|Delaney, Marcus/.test(r.text + (r.question ?? '')))).toBe(false);
  });

  it('in other words: "(External)" and "Okafor, Tunde" stacked over their times', () => {
    const text = [
      'Vendor onboarding call',
      '',
      'Tunde Okafor',
      '10:14 AM',
      'Thanks for joining. We need the security questionnaire back by Friday.',
      '',
      'Greta Lindqvist (External)',
      '10:15 AM',
      'We sent it yesterday evening. Did it not arrive?',
      '',
      'Okafor, Tunde',
      '10:15 AM',
      'Ah, it went to the shared inbox. I see it now.',
      '',
      'Greta Lindqvist (External)',
      '10:16 AM',
      'Great. The penetration test report follows next week.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'call.txt': text })).records;
    const who = (line: number) => recs.find((r) => r.line <= line && line <= r.endLine);
    expect(who(9)?.speaker === 'Greta Lindqvist' || who(13)?.asker === 'Greta Lindqvist').toBe(true);
    expect(who(13)?.speaker).toBe('Tunde Okafor');
    expect(who(17)?.speaker).toBe('Greta Lindqvist');
    expect(recs.some((r) => /\(External\)|Okafor, Tunde/.test(r.text + (r.question ?? '')))).toBe(false);
  });
});

describe('a meeting export\'s "Transcript" heading over its date (probe18 m finding 3)', () => {
  it('is no speaker', () => {
    expect(teams().some((r) => r.speaker === 'Transcript')).toBe(false);
    expect(m.documents.find((d) => d.id === 'teams-partner-sync')!.meta.speakers ?? []).not.toContain('Transcript');
  });

  it('in other words: "Recording" over a date and a duration', () => {
    const text = [
      'Design crit, mobile checkout',
      'Recording',
      'June 3, 2025, 4:30PM',
      '31m 02s',
      '',
      'Amara Nwosu',
      '4:30 PM',
      'Let us start with the payment sheet. The button sits too low on small phones.',
      '',
      'Jakob Steiner',
      '4:31 PM',
      'Agreed. I can move it above the fold by Thursday.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'crit.txt': text })).records;
    expect(recs.some((r) => r.speaker === 'Recording')).toBe(false);
    expect(recs.find((r) => r.line <= 12 && 12 <= r.endLine)?.speaker).toBe('Jakob Steiner');
  });
});

describe('"Let\'s say “…”" in a turn (probe18 m finding 4)', () => {
  it('the phrase a speaker proposes is no quote of someone called "Let\'s"', () => {
    const recs = teams();
    expect(recs.some((r) => /^Let/.test(r.speaker ?? ''))).toBe(false);
    expect(at(recs, 41)?.speaker).toBe('He Yi');
  });

  it('in other words: "Let’s say “a soft launch”" in a memo paragraph', () => {
    const text = [
      'Launch memo',
      '',
      'The pilot opens to staff on Monday. Let’s say “a soft launch” when we talk to the press, because the app is not in the stores yet.',
      '',
      'The full release follows in September, after the accessibility review.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'memo.txt': text })).records;
    expect(recs.some((r) => /^Let/.test(r.speaker ?? ''))).toBe(false);
  });
});

describe('a podcast player\'s links under the transcript (probe18 m finding 5)', () => {
  it('"Episode website" and "Report a concern" are not the host\'s last words', () => {
    const last = recordsOf(m, 'podcast-player-copy').at(-1)!;
    expect(last.text).toBe('We\'re going to take a short break. When we come back, Ruth tells me why she left.');
  });

  it('in other words: a guest\'s last paragraph above "Share" / "Episode Website" / "Report a Concern"', () => {
    const text = [
      'Harvest Hour',
      'Episode 12: Orchards After the Frost',
      'Transcript',
      '',
      'Ines Carvalho',
      '0:00',
      'Welcome to Harvest Hour. My guest grows apples on a hillside in Minho. What did the frost take this spring?',
      '',
      'Rui Pestana',
      '0:09',
      'About half the blossom. We lit fires between the rows all night, and it still was not enough.',
      '',
      'Share',
      'Episode Website',
      'Report a Concern',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'harvest.txt': text })).records;
    expect(recs.at(-1)!.text).toMatch(/still was not enough\.$/);
  });
});

describe('a meeting export\'s roster under "Attendees" (probe18 m finding 6)', () => {
  it('the list of names is metadata, no claim', () => {
    const recs = recordsOf(m, 'meet-listing-review');
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(recs.find((r) => r.line === 6)?.speaker).toBe('Farah Siddiqui');
  });

  it('in other words: "Participants" over "Bruno Keller, Aiko Tanaka and Sipho Dlamini"', () => {
    const text = [
      'Budget review – Transcript',
      'Participants',
      'Bruno Keller, Aiko Tanaka and Sipho Dlamini',
      'Transcript',
      'Bruno Keller: The travel line is over by twelve percent. Can we explain that?',
      'Aiko Tanaka: Two conferences moved into this quarter. It evens out by December.',
      'Sipho Dlamini: I agree, no action needed.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'budget.txt': text })).records;
    expect(recs.some((r) => r.line === 3)).toBe(false);
    expect(recs.find((r) => r.line <= 6 && 6 <= r.endLine)?.speaker).toBe('Aiko Tanaka');
  });

  // Lose no sentence: a name grep finds only on the roster must be found by search too.
  it('a roster naming someone who never speaks stays a claim', () => {
    const text = [
      'Quarterly sync – Transcript',
      'Attendees',
      'Rosa Mendel, Kwame Asante, Lotte Visser',
      'Transcript',
      'Rosa Mendel: Shipping slipped a week. Is that a problem for the launch?',
      'Kwame Asante: No, marketing starts after the fifteenth anyway.',
      '',
    ].join('\n');
    const recs = loadCorpus(tempCorpus({ 'sync.txt': text })).records;
    expect(recs.find((r) => r.line === 3)).toMatchObject({ type: 'claim', text: 'Rosa Mendel, Kwame Asante, Lotte Visser' });
    expect(recs.find((r) => r.line <= 6 && 6 <= r.endLine)?.speaker).toBe('Kwame Asante');
  });
});
