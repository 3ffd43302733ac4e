/**
 * Two unseen documents (test/fixtures/unseen), December 5; the second texts are in other words.
 *  - A business paper's interview page: its "3 min read . Updated: 12 Jan 2025, 09:41 PM IST" line
 *    and its closing promotion ("Catch all the Business News … on Live Mint. Download The Mint News
 *    App to get Daily Market Updates.") were claims.
 *  - A panel's SRT captions name each voice in brackets with its title: "[DR. AMINA YUSUF]" gave the
 *    speaker "Dr. Amina Yusuf", where a transcript's label "DR. AMINA YUSUF:" gives "Amina Yusuf": a
 *    title before a full name is no part of the name.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const PAGE = [
  "'Prices will fall by spring': Omar Haddad of Cedar Foods",
  '',
  '4 min read | Last Updated: 3 Feb 2024, 11:02 AM',
  '',
  'Cedar Foods lost $12 million in 2023. Its chief executive Omar Haddad says prices will fall. He spoke to us about costs. Edited excerpts:',
  '',
  'Will you raise prices again?',
  '',
  'No. We raised them twice in 2023 and volumes fell 9%.',
  '',
  'When will you be profitable?',
  '',
  'In 2025, if wheat stays where it is.',
  '',
  'Are you hiring?',
  '',
  'Forty drivers this spring.',
  '',
  'Get the latest business news and market updates on Cedar Daily. Download the Cedar Daily app for breaking news alerts.',
  '',
].join('\n');

const CAPTIONS = ['1', '00:00:01,000 --> 00:00:04,000', '[HOST] Professor, what changed in 2022?', '', '2', '00:00:04,500 --> 00:00:09,000', '[PROF. LENA MARSH] The rates. Borrowing costs tripled in a year.', '', '3', '00:00:09,500 --> 00:00:12,000', '[DR. VANCE] I would add the wages.', ''].join('\n');

describe("a page's stamps and promotion, and a caption's titled voice", () => {
  it('reads the unseen documents', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['mint-style-interview-excerpts.txt', 'water-summit-panel-2024.srt']);
    const page = c.records.filter((r) => r.doc === 'mint-style-interview-excerpts');
    expect(page.some((r) => /min read|Catch all the|Download The Mint/.test(r.text))).toBe(false);
    expect(page.filter((r) => r.type === 'qa')).toHaveLength(4);
    const panel = c.records.filter((r) => r.doc === 'water-summit-panel-2024');
    expect(panel.filter((r) => r.speaker === 'Amina Yusuf')).toHaveLength(2);
    expect(panel.some((r) => r.speaker?.startsWith('Dr.'))).toBe(false);
  });

  it('reads the same in other words; a surname after a title stays as written', async () => {
    const c = await loadCorpus(tempCorpus({ 'cedar.txt': PAGE, 'panel.srt': CAPTIONS }));
    const page = c.records.filter((r) => r.doc === 'cedar');
    expect(page.some((r) => /min read|Get the latest|Download the Cedar/.test(r.text))).toBe(false);
    expect(page.find((r) => r.type === 'qa')).toMatchObject({ question: 'Will you raise prices again?', speaker: 'Omar Haddad' });
    const panel = c.records.filter((r) => r.doc === 'panel');
    expect(panel.find((r) => r.text.includes('Borrowing costs'))!.speaker).toBe('Lena Marsh');
    expect(panel.find((r) => r.text.includes('the wages'))!.speaker).toBe('Dr. Vance');
  });

  it('keeps sentences that only share those words', async () => {
    const c = await loadCorpus(tempCorpus({ 'memo.txt': 'Notes\n\nUpdated: the council revised its 2024 estimate twice.\n\nRead the latest news on the strike in the union bulletin, which we will circulate on Friday, she said.\n\nDownload the app, she told us, and you will see the fares for 2025.\n' }));
    expect(c.records.filter((r) => /revised its 2024|latest news on the strike|Download the app/.test(r.text))).toHaveLength(3);
  });
});
