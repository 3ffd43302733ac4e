/**
 * probe35-a: quote collections an analyst keeps about a person. The shapes read wrong before: a quote
 * log's "## About NAME" heading (the words under it are other people's, about NAME) was read as a
 * heading naming the speaker of its bullets, so a quotation its line credits to no capitalised name
 * ("— anonymous short seller, …") was credited to "About NAME". Each rule on the fixture's shape and
 * on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const recordWith = (c: ReturnType<typeof corpusOf>, words: RegExp) => c.records.find((r) => words.test(r.text));

describe('a quote log\'s "About NAME" heading names who the quotes are about, not who said them', () => {
  it('helix quote log: a line credited to a described sayer is not "About Quist"\'s', () => {
    const c = corpusOf('log.md', [
      '# Quote log — Helix Grid',
      '',
      '## By Quist',
      '',
      '- "We are not a battery company." — Mara Quist, Wired, 2021-04-03',
      '- "I would rather miss a quarter than miss an audit." — Mara Quist, Reuters, 2022-11-17',
      '',
      '## About Quist',
      '',
      '- "Mara is the most disciplined operator I have backed." — Lior Ben-Ami, Financial Times, 2022-03-08',
      '- "Helix has a charismatic CEO and a spreadsheet problem." — anonymous short seller, quoted in Barron\'s, 2023-05-15',
    ].join('\n'));
    expect(recordWith(c, /spreadsheet problem/)?.speaker).not.toBe('About Quist');
    expect(recordWith(c, /disciplined operator/)?.speaker).toBe('Lior Ben-Ami');
  });
  it('other words: "On Delacroix" / "Regarding Delacroix" headings over a commentator\'s line', () => {
    const c = corpusOf('tracker.md', [
      '# Statements tracker: Ostra Mining',
      '',
      '## From Delacroix',
      '',
      '- "We will not reopen the northern pit." — Hélène Delacroix, Le Monde, 2020-02-11',
      '',
      '## On Delacroix',
      '',
      '- "She runs the board like a parish council." — a former director, quoted in Les Echos, 2021-06-30',
      '- "Her numbers have held up for three years." — Paul Girard, analyst, 2023-01-09',
    ].join('\n'));
    expect(recordWith(c, /parish council/)?.speaker).not.toBe('On Delacroix');
    expect(recordWith(c, /We will not reopen/)?.speaker).toBe('Hélène Delacroix');
  });
});
