/**
 * probe23 b: corporate call transcripts as the vendors deliver them (Refinitiv StreetEvents turn
 * headers between rules, Bloomberg's "{BIO n <GO>}" profile tags on each label). Each rule on the
 * fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const b = loadCorpus(join(FIXTURES, 'probe23', 'b'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));

const RULE = '-'.repeat(80);
const turn = (label: string, words: string) => `${RULE}\n${label}\n${RULE}\n\n ${words}\n\n`;

describe('a StreetEvents turn header between rules ("Name,  Firm - Role   [n]") opens the turn (b-B1)', () => {
  it('fixture: the executives speak, the analysts ask', () => {
    const rs = recordsOf(b, 'orsolo-bank-q3-2025-streetevents');
    const hedge = rs.find((r) => r.text.includes('GBP 2.4 billion of income locked in'))!;
    expect(hedge.speaker).toBe('Dev Ramaswamy');
    expect(hedge.asker).toBe('Claire Motte');
    expect(rs.find((r) => r.text.includes('return on tangible equity of 13.8%'))!.speaker).toBe('Harriet Balogun');
    expect(rs.filter((r) => r.section?.includes('[')).map((r) => r.section)).toEqual([]);
  });
  it('other words: a utility\'s call with other people and firms', () => {
    const rs = one(
      'brightwater-q1-2024.txt',
      `================================================================================\nPresentation\n` +
        turn('Operator   [1]', 'Welcome to the Brightwater Utilities first quarter 2024 call. I will hand over to Tomas Eriksen.') +
        turn('Tomas Eriksen,  Brightwater Utilities Inc - CEO   [2]', 'Thank you. Customer outages fell 18% against 2023, and we connected 12,400 homes.') +
        turn('Yuki Hallworth,  Brightwater Utilities Inc - CFO   [3]', 'Capital spending was USD 640 million. We reaffirm guidance for 2024.') +
        `================================================================================\nQuestions and Answers\n` +
        turn('Operator   [1]', 'Our first question is from Paolo Venn of Redstone Capital.') +
        turn('Paolo Venn,  Redstone Capital - Analyst   [2]', 'Tomas, will the rate case settle before the summer of 2025?') +
        turn('Tomas Eriksen,  Brightwater Utilities Inc - CEO   [3]', 'We expect a settlement by the second quarter of 2025, yes.') +
        turn('Paolo Venn,  Redstone Capital - Analyst   [4]', 'And the storm reserve, is USD 90 million enough?') +
        turn('Yuki Hallworth,  Brightwater Utilities Inc - CFO   [5]', 'It covers two storms the size of 2021. We think so.'),
    );
    expect(rs.find((r) => r.text.includes('Customer outages fell'))!.speaker).toBe('Tomas Eriksen');
    const settle = rs.find((r) => r.text.includes('settlement by the second quarter'))!;
    expect(settle.speaker).toBe('Tomas Eriksen');
    expect(settle.asker).toBe('Paolo Venn');
    expect(rs.find((r) => r.text.includes('two storms'))!.speaker).toBe('Yuki Hallworth');
    expect(rs.some((r) => /\[\d\]/.test(r.text) || /\[\d\]/.test(r.section ?? ''))).toBe(false);
  });
});

describe('Bloomberg\'s profile tag after a label ("Name {BIO 123 <GO>}", "A - Name {BIO …}") is no part of it (b-B8)', () => {
  it('fixture: the executive answers, the moderator and the room ask', () => {
    const rs = recordsOf(b, 'corridor-fireside-halden-conference');
    const inst = rs.find((r) => r.text.includes('Institutional was about 58%'))!;
    expect(inst.speaker).toBe('Ilse Montrose');
    expect(inst.asker).toBe('Raj Venkataraman');
    expect(inst.text).not.toContain('BIO');
    const rates = rs.find((r) => r.text.includes('every 25 basis points'))!;
    expect(rates.speaker).toBe('Ilse Montrose');
    expect(rates.question).not.toContain('Any questions from the room');
    // The moderator's welcome is his (his question to her, or his own words), never hers.
    const welcome = rs.find((r) => r.text.includes('I cover exchanges and brokers') || (r.question ?? '').includes('I cover exchanges and brokers'))!;
    expect(welcome.text.includes('I cover exchanges') ? welcome.speaker : welcome.asker).toBe('Raj Venkataraman');
  });
  it('other words: an airline chief at an investor conference', () => {
    const rs = one(
      'skyvale-conference-2024.txt',
      `Skyvale Airlines (SKYV US) Marlow Partners Transport Conference\n\nPresentation\n\nDenise Okafor {BIO 17733102 <GO>}\n\nGood afternoon. I'm Denise Okafor and I cover airlines at Marlow. With me is Arvid Lindqvist, CEO of Skyvale since 2021.\n\nArvid Lindqvist {BIO 20117458 <GO>}\n\nThanks, Denise. Glad to be here.\n\nQuestions And Answers\n\nQ - Denise Okafor {BIO 17733102 <GO>}\n\nCapacity is up 9% this summer. Are fares holding?\n\nA - Arvid Lindqvist {BIO 20117458 <GO>}\n\nThey are. Yields were flat in June, and bookings for the fourth quarter are 6% ahead of 2023.\n\nQ - Denise Okafor {BIO 17733102 <GO>}\n\nAnd the new aircraft deliveries?\n\nA - Arvid Lindqvist {BIO 20117458 <GO>}\n\nWe take 14 in 2025, two fewer than planned, because of engine delays.\n`,
    );
    const fares = rs.find((r) => r.text.includes('Yields were flat'))!;
    expect(fares.speaker).toBe('Arvid Lindqvist');
    expect(fares.asker).toBe('Denise Okafor');
    expect(rs.find((r) => r.text.includes('We take 14 in 2025'))!.speaker).toBe('Arvid Lindqvist');
    expect(rs.find((r) => r.text.includes('I cover airlines'))!.speaker).toBe('Denise Okafor');
    expect(rs.some((r) => r.text.includes('<GO>') || (r.question ?? '').includes('<GO>'))).toBe(false);
  });
});

describe('S&P\'s turn header: the name, the title on the line right under it, the words under that (b-B4, b-B5)', () => {
  it('fixture: the title is the role, no words; the analyst asks under his own name', () => {
    const rs = recordsOf(b, 'veltrane-fq2-2025-capiq');
    const labour = rs.find((r) => r.text.includes('roughly 2/3 labor'))!;
    expect(labour.speaker).toBe('Teodor Vasquez');
    expect(labour.role).toBe('President, CEO & Director');
    expect(labour.asker).toBe('Greg Halvorsen');
    // (the participants list above the first turn, b-B6: probe23-b-fix.test.ts)
    const turns = rs.filter((r) => r.line >= 38);
    expect(turns.some((r) => r.text.startsWith('President, CEO & Director') || r.text.startsWith('Executive VP & CFO'))).toBe(false);
    expect(rs.some((r) => r.section === 'Barclays Bank PLC, Research Division')).toBe(false);
    expect(rs.find((r) => r.text.includes('Please go ahead.') && r.text.includes('Greg Halvorsen') && r.text.endsWith('Greg Halvorsen'))).toBeUndefined();
  });
  it('other words: a brewer\'s call, other titles and firms', () => {
    const rs = one(
      'hopwell-q3-2024.txt',
      `Hopwell Brewing Co. NasdaqGS:HOPW\nFQ3 2024 Earnings Call Transcripts\n\nPresentation\n\nOperator\nWelcome to the Hopwell third quarter call. I will turn it over to Sunita Marr.\n\nSunita Marr\nChief Executive Officer & Director\nThank you. Volumes rose 7% in the quarter, and we entered 4 new states in 2024.\n\nPieter Hols\nSenior VP of Finance & CFO\nGross margin was 41.2%. We now expect capital spending of $55 million.\n\nQuestion and Answer\n\nOperator\nOur first question comes from Ruth Ambler with Keel Securities. Please go ahead.\n\nRuth Ambler\nKeel Securities, Equity Research\nSunita, how much of the volume came from the new states?\n\nSunita Marr\nChief Executive Officer & Director\nAbout a third of it. The rest is the core Midwest business.\n\nRuth Ambler\nKeel Securities, Equity Research\nThanks. And pricing for 2025?\n\nPieter Hols\nSenior VP of Finance & CFO\nWe plan a 3% increase in January.\n`,
    );
    const third = rs.find((r) => r.text.includes('About a third of it'))!;
    expect(third.speaker).toBe('Sunita Marr');
    expect(third.asker).toBe('Ruth Ambler');
    expect(third.role).toBe('Chief Executive Officer & Director');
    expect(rs.find((r) => r.text.includes('3% increase'))!.speaker).toBe('Pieter Hols');
    expect(rs.some((r) => /^(?:Chief Executive|Senior VP|Keel Securities)/.test(r.text) || r.text.endsWith('Ruth Ambler'))).toBe(false);
  });
});
