/**
 * review36: the rules merged after 2e39b11, reviewed for regex backtracking and for ordinary
 * documents they misread.
 */
import { describe, expect, it } from 'vitest';
import { randomRuns } from '../random.js';
import { emailRecipient } from '../../src/parse/header.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

// The linear-time guards hold no timer: a quadratic pattern spends minutes on the 200 KB inputs and the
// test fails on vitest's own time limit; linear code takes milliseconds.
const LONG = 200_000;

describe("an e-mail's one recipient is read in linear time", () => {
  it('a "To:" field with a long run of spaces and no address takes no quadratic time', () => {
    expect(emailRecipient(['To: Sam Whitlock <sam@example.org>'])).toBe('Sam Whitlock');
    expect(emailRecipient(['To: "Ines Okafor" <ines@example.net>'])).toBe('Ines Okafor');
    expect(emailRecipient(['To: Sam' + ' '.repeat(LONG) + 'x'])).toBeNull();
    expect(emailRecipient(['To: Sam' + ' '.repeat(LONG) + '<a@b.c'])).toBeNull();
    expect(emailRecipient(['To: Ana' + '\t'.repeat(LONG) + 'x'])).toBeNull();
    expect(emailRecipient(['To: "Ana' + ' \u00a0'.repeat(LONG / 2) + '"'])).toBeNull();
    expect(emailRecipient(['To: Ana' + ' Bo'.repeat(LONG / 3) + ' <'])).toBeNull();
  });

  it('emailRecipient still names whom /^"?([^"<@]+?)"?\\s*<[^>]*>$/ named', () => {
    const before = (value: string): string | null => {
      const m = /^(from|to|cc|bcc|date|sent|subject|reply-to|re)\s*:\s*(.*)$/i.exec(`To: ${value}`.trim());
      if (!m || /[,;]/.test(m[2]!.replace(/"[^"]*"/g, ''))) return null;
      const named = /^"?([^"<@]+?)"?\s*<[^>]*>$/.exec(m[2]!.trim())?.[1]?.trim();
      return named && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u.test(named) ? named : null;
    };
    let named = 0;
    const ends = ['<sam@example.org>', '<>', ' <a>', '>', '', '"<a>', '<a>>'];
    for (const [k, run] of randomRuns(0x3601, [' ', ' ', '\t', '"', '<', '@', 'Sam', ' Lee', 'Ana ', 'x', '.', ','], 6000).entries()) {
      const t = run + ends[k % ends.length]!;
      const want = before(t);
      if (want) named++;
      expect(emailRecipient([`To: ${t}`]), JSON.stringify(t)).toBe(want);
    }
    expect(named).toBeGreaterThan(50);
  });
});

describe("a report's answer cell opening on a heading of capitalised words is no one's signed answer", () => {
  const rowsOf = async (file: string, text: string) =>
    (await loadCorpus(tempCorpus({ [file]: text }))).records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.text]);

  it('"Short Answer:", "Editor\'s Note:", "Update From Finance:" stay the answer\'s words, and name no answerer', async () => {
    const rows = await rowsOf('faq.csv', [
      'id,Question,Answer',
      '1,Where did the fund invest?,Short Answer: Mostly in rooftop arrays in 2023.',
      "2,Why did fees rise?,Editor's Note: the auditor's fee doubled in 2022.",
      '3,When was the grant paid?,Update From Finance: the grant arrived in May 2021.',
    ].join('\n'));
    expect(rows).toEqual([
      [null, 'Short Answer: Mostly in rooftop arrays in 2023.'],
      [null, "Editor's Note: the auditor's fee doubled in 2022."],
      [null, 'Update From Finance: the grant arrived in May 2021.'],
    ]);
  });

  it('in other words, as TSV: "Official Response:" and "Staff Reply:" sign nothing; a person\'s name still does', async () => {
    const rows = await rowsOf('library.tsv', [
      'No\tQuestion\tAnswer',
      '1\tAre the rooms open late?\tOfficial Response: Until nine on weekdays since 2020.',
      '2\tCan I renew online?\tStaff Reply: Yes, through the catalogue since 2018.',
      '3\tWho runs the archive?\tHelen Marsh: I have, since 2015.',
    ].join('\n'));
    expect(rows).toEqual([
      [null, 'Official Response: Until nine on weekdays since 2020.'],
      [null, 'Staff Reply: Yes, through the catalogue since 2018.'],
      ['Helen Marsh', 'I have, since 2015.'],
    ]);
  });
});
