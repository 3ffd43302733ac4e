/**
 * review53: three of today's rules read wider than their layouts.
 * - CAPITALS_BYLINE took a section heading of capitals with a conjunction ("BY LAND AND SEA") for a byline.
 * - The Chinese reported subject ("…认为，") took a report or "according to" (报告指出，据报道称，) for the
 *   person a later "他说" means.
 * - The bare "@handle:" label read a chat message addressed to a user (Slack's "@tobi_builds: can you …?"
 *   under the sender's header) as that user's turn.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('review53: a capitals heading with a conjunction is no byline', () => {
  it('keeps "BY LAND AND SEA" a section heading, no author', () => {
    const records = recordsOf(
      'flood.txt',
      'Flood defences to be rebuilt\n\nBY LAND AND SEA\n\nThe county will spend £40 million on new walls in 2025, the council said.\n\nBY POPULAR VOTE\n\nResidents want the footbridge back, and it reopens in March 2026.\n',
    );
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'claim', speaker: 'the council', section: 'BY LAND AND SEA' });
    expect(records.filter((r) => /LAND AND SEA/i.test(r.speaker ?? ''))).toEqual([]);
  });
  it('in other words: "BY ROAD OR RAIL"', () => {
    const records = recordsOf(
      'freight.txt',
      'Freight costs climb\n\nBY ROAD OR RAIL\n\nHaulage prices rose 12 percent in 2023, according to the trade body.\n',
    );
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'claim', section: 'BY ROAD OR RAIL' });
    expect(records.filter((r) => /ROAD OR RAIL/i.test(r.speaker ?? ''))).toEqual([]);
  });
});

describe('review53: a Chinese report is no person a later 他 means', () => {
  it('"报告指出，" between the person and "他说" leaves 他 the person', () => {
    const records = recordsOf('econ.txt', '李强表示，今年的经济增长会放缓。报告指出，出口下降了百分之五。他说：“我们要小心。”\n');
    expect(records.find((r) => r.type === 'quote')).toMatchObject({ line: 1, speaker: '李强', text: '我们要小心。' });
    expect(records.filter((r) => r.speaker === '报告')).toEqual([]);
  });
  it('in other words: "据报道称，" names nobody', () => {
    const records = recordsOf('trade.txt', '王芳认为，港口的货运量会回升。据报道称，三月份的订单增加了两成。她说：“我们很有信心。”\n');
    expect(records.find((r) => r.type === 'quote')).toMatchObject({ line: 1, speaker: '王芳', text: '我们很有信心。' });
    expect(records.filter((r) => r.speaker === '据报道')).toEqual([]);
  });
});

describe('review53: a handle opening a chat message addresses that user', () => {
  it('keeps "@tobi_builds: …" the sender\'s words in a Slack copy', () => {
    const records = recordsOf(
      'slack.txt',
      'Dana Whitfield  10:14 AM\n@tobi_builds: can you check the numbers for 2023?\nTobi Adeyemi  10:15 AM\nSure, on it.\nDana Whitfield  10:16 AM\n@tobi_builds: thanks, and the 2024 ones too.\nTobi Adeyemi  10:17 AM\nWill do.\n',
    );
    expect(records.filter((r) => r.speaker === '@tobi_builds' || r.asker === '@tobi_builds')).toEqual([]);
    expect(records.find((r) => r.line === 5)).toMatchObject({ speaker: 'Dana Whitfield', text: '@tobi_builds: thanks, and the 2024 ones too.' });
  });
  it('in other words: another chat, another handle', () => {
    const records = recordsOf(
      'chat.txt',
      'Priya Nand  9:02 AM\n@li_wei88: did the 2022 export finish?\nLi Wei  9:05 AM\nYes, last night.\nPriya Nand  9:06 AM\n@li_wei88: great, send it over please.\nLi Wei  9:07 AM\nSent.\n',
    );
    expect(records.filter((r) => r.speaker === '@li_wei88' || r.asker === '@li_wei88')).toEqual([]);
    expect(records.find((r) => r.line === 5)).toMatchObject({ speaker: 'Priya Nand', text: '@li_wei88: great, send it over please.' });
  });
});
