/**
 * Crypto, fintech and technology documents, probe94-b: a DiscordChatExporter text export whose
 * senders carry their account tag ("priyank.eth#0") and reply lines ("{Reply to NAME#0: …}"); a
 * Spaces transcript labelled "Display Name @handle:" after each stamp; a Telegram AMA whose admin
 * writes as "Sophie | VaultBridge Admin:"; a translated interview's bilingual labels ("林薇 Lin Wei:")
 * and its "[Translator's note: …]" between the guest's paragraphs.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { doc: string; line: number; endLine: number; type: string; speaker: string | null; role: string | null; asker: string | null; question: string | null; text: string; year: number | null };
const DIR = join(FIXTURES, 'probe94', 'b');
const at = (records: Rec[], line: number, type?: string) => records.find((r) => r.line === line && (!type || r.type === type));

describe('a DiscordChatExporter text export: "[12-Mar-24 10:03 PM] name#0" headers, "{Reply to …}" lines', () => {
  const records = fixtureCorpus(DIR, ['discord-ledgerlane.txt']).records as Rec[];

  it('gives each message to its sender, the account tag left out and a nickname\'s team its role', () => {
    expect(records.filter((r) => r.type === 'claim' && /\w/.test(r.text) && r.line > 6)).toEqual([]);
    expect(at(records, 7)).toMatchObject({ type: 'quote', speaker: 'priyank.eth', text: 'gm devs, quick one before office hours start' });
    expect(at(records, 10)).toMatchObject({ type: 'quote', speaker: 'Tomasz Wrona', role: 'Ledgerlane' });
    expect(records.some((r) => /#0/.test(`${r.speaker} ${r.asker}`))).toBe(false);
  });

  it('pairs a reply with the message it names, the reply line no words of the answer', () => {
    expect(at(records, 13, 'qa')).toMatchObject({
      speaker: 'Tomasz Wrona',
      asker: 'priyank.eth',
      question: 'Is the v2 SDK going to break the old signer interface?',
      text: expect.stringMatching(/^Short answer yes, but we ship a shim\./),
    });
    expect(at(records, 57, 'qa')).toMatchObject({ speaker: 'Rui Nakamura', asker: 'mei_lin', text: expect.stringMatching(/^Because if recovery fails/) });
    expect(records.some((r) => r.text.includes('{Reply to'))).toBe(false);
  });
});

describe('a Spaces transcript: "[00:01:37] Dana Okafor @danaokafor: …"', () => {
  const records = fixtureCorpus(DIR, ['spaces-lumenfi.txt']).records as Rec[];

  it('gives each turn to the display name, the handle its role, never a sentence of nobody\'s', () => {
    expect(records.filter((r) => r.line >= 5 && r.type === 'claim' && !r.text.startsWith('[00:04:12]'))).toEqual([]);
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'Dana Okafor', role: '@danaokafor', text: expect.stringMatching(/^Great\. So quick context/) });
    expect(at(records, 11, 'qa')).toMatchObject({ speaker: 'Dana Okafor', asker: '@kestrel_eth', text: expect.stringMatching(/^No\. Team and investor tokens/) });
    expect(at(records, 26, 'qa')).toMatchObject({ speaker: 'Revathi', asker: 'nodehawk', text: expect.stringMatching(/^Only our own for now/) });
  });

  it('gives a question the host relays mid-message, "ok next one. @mariposa_defi asks: …", to that handle', () => {
    expect(at(records, 15, 'qa')).toMatchObject({ speaker: 'Revathi', asker: '@mariposa_defi', question: expect.stringMatching(/What happens to vault depositors/) });
    expect(at(records, 15, 'quote')).toMatchObject({ speaker: 'LumenFi', text: '🔥🔥 ok next one. @mariposa_defi asks:' });
    expect(at(records, 30, 'qa')).toMatchObject({ speaker: 'Dana Okafor', asker: '@tolu_builds', question: expect.stringMatching(/points program\?/) });
  });

  it('in other words: only after a stamp; a sentence naming a handle is no label', () => {
    const text = ['Recap of the call.', '', 'Thanks to Mira Sol @mirasol: great talk on the vault.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'recap.txt': text })).records as Rec[];
    expect(got.some((r) => r.speaker === 'Thanks to Mira Sol' || r.speaker === 'Mira Sol')).toBe(false);
  });
});

describe('a Telegram AMA export: the admin as "Sophie | VaultBridge Admin:", the guest answering over several messages', () => {
  const records = fixtureCorpus(DIR, ['telegram-ama-vaultbridge.txt']).records as Rec[];

  it('reads the admin\'s messages as hers, the team her role, and each relayed question as its sender\'s', () => {
    expect(at(records, 4)).toMatchObject({ type: 'quote', speaker: 'Sophie', role: 'VaultBridge Admin' });
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas.map((r) => r.asker)).toEqual(['@jun_trades', '@crypto_amaka', '@felixnode', '@degenmarta', '@oyelowo_k', '@lenaweb3']);
    for (const r of qas) expect(r.speaker).toBe('Marcus Ilunga');
    expect(at(records, 17, 'qa')).toMatchObject({ question: 'What did you learn from the exploit in November 2023?', text: expect.stringMatching(/^That was the worst week[\s\S]*under a minute\.$/) });
    expect(at(records, 30)).toMatchObject({ speaker: 'Sophie', text: '🔓 Chat is unmuted now.' });
  });
});

describe('a translated interview with bilingual labels, "主持人 Host:" / "林薇 Lin Wei:"', () => {
  const records = fixtureCorpus(DIR, ['caixin-style-linwei.md']).records as Rec[];

  it('names the guest by the romanised name, as the translated text does', () => {
    const qas = records.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    for (const r of qas) expect(r).toMatchObject({ speaker: 'Lin Wei', asker: 'Host' });
  });

  it('accounts every sentence under a bilingual label to a record, the label no words of it', () => {
    const doc = fixtureCorpus(DIR, ['caixin-style-linwei.md']).documents.find((d) => d.id === 'caixin-style-linwei')!;
    expect(doc.sentences.missed).toEqual([]);
  });

  it("keeps the translator's note out of her answer: a claim of nobody's", () => {
    expect(at(records, 23, 'qa')).toMatchObject({ endLine: 27, text: expect.stringMatching(/not happy about that line in the budget\.$/) });
    expect(at(records, 29)).toMatchObject({ type: 'claim', speaker: null, text: expect.stringMatching(/^Translator's note: Ms\. Lin uses the term/) });
  });

  it('in other words: the romanisation first and the original after it names the same person', () => {
    const text = ['Q: When did you start?', '', 'Kenji Mori 森健二: In 2019, in Osaka.', '', 'Q: Why crypto?', '', 'Kenji Mori 森健二: Because banks said no.', ''].join('\n');
    const got = loadCorpus(tempCorpus({ 'mori.txt': text })).records as Rec[];
    expect(got.filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Kenji Mori', 'Kenji Mori']);
  });
});

describe('a sentencing transcript under the Southern District\'s ruled caption ("-----x" over and under the parties)', () => {
  const records = fixtureCorpus(DIR, ['sentencing-rhodes.txt']).records as Rec[];

  it('gives "THE DEFENDANT:" to the one defendant the caption names', () => {
    expect(at(records, 49, 'qa')).toMatchObject({ speaker: 'Gavin Rhodes', asker: 'Katherine L. Morrell', text: expect.stringMatching(/^Yes, your Honor\. I lied to people who trusted me\./) });
    expect(records.some((r) => r.speaker === 'the Defendant')).toBe(false);
  });

  it('in other words: two defendants in the caption name neither', () => {
    const caption = (parties: string[]) => [
      '     UNITED STATES DISTRICT COURT',
      '     ------------------------------x',
      '     UNITED STATES OF AMERICA,',
      '',
      '                v.                              24 Cr. 12 (ABC)',
      '',
      ...parties,
      '',
      '                    Defendants.',
      '     ------------------------------x',
      '',
      '             THE COURT: Is there anything you would like to say?',
      '             THE DEFENDANT: No, your Honor.',
      '',
    ].join('\n');
    const got = loadCorpus(tempCorpus({ 'two.txt': caption(['     ALMA REYES and', '     OTTO BRANDT,']) })).records as Rec[];
    expect(got.find((r) => r.type === 'qa')?.speaker).not.toMatch(/Reyes|Brandt/);
  });
});

describe('an issue thread on a code host, each comment under "**name** commented on DATE"', () => {
  const records = fixtureCorpus(DIR, ['github-issue-ledgerd.md']).records as Rec[];

  it('keeps "Expected: …" and "Yes: set …" in the comment they stand in, no speakers "Expected" and "Yes"', () => {
    expect(records.some((r) => r.speaker === 'Expected' || r.speaker === 'Yes')).toBe(false);
    expect(at(records, 9)).toMatchObject({ type: 'quote', speaker: 'sandeep-k', endLine: 19, text: expect.stringMatching(/Expected: status becomes `confirmed`/) });
    expect(at(records, 31, 'qa')).toMatchObject({ speaker: 'mirela-d', asker: 'sandeep-k', text: expect.stringMatching(/^Yes: set `risk\.mode: off`/) });
  });
});
