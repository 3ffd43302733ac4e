/**
 * probe39-b: AMAs and community Q&A as analysts copy them from the web.
 *
 * A Binance-style Telegram AMA recap in Markdown: its cast in bold fields that give the handle first
 * and the name in brackets ("**Guest:** @quill_jonas (Jonas Aberle, co-founder and CEO)"), the
 * audience's questions under "**Q1 from @handle:**" (a note after the handle, "@handle (Emeka):"),
 * the answers under a bare "**A:**" or under "**A from Jonas:**", and "## Segment 3: Live Questions"
 * with the host's note on the round under it. Before: the bare "A:" answers were nobody's, "A from
 * Jonas" was a speaker of its own, "@quill_jonas" was not Jonas Aberle, the question with a note had
 * no asker, and the segment heading with the note under it went into the answer above.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

type Rec = { type: string; text: string; speaker: string | null; asker: string | null; question: string | null; line: number; section: string | null };
const rows = (records: readonly Rec[]) => records.filter((r) => r.type === 'qa').map((r) => [r.line, r.asker, r.speaker, r.section, (r.question ?? '').slice(0, 30), r.text.slice(0, 30)]);

const OTHER = [
  '# Halcyon Vaults AMA recap',
  '',
  '**Moderator:** @mod_tendai (Tendai Moyo, community team)',
  '**Guest:** @ines_halcyon (Inês Carvalho, CTO of Halcyon Vaults)',
  '',
  '## Part 1: Intro',
  '',
  '**@mod_tendai:** Inês, what does Halcyon do?',
  '',
  '**@ines_halcyon:** We run insured vaults for stablecoins, about $90M locked since 2021.',
  '',
  '**Q1 from @vault_watcher:** Who insures the vaults?',
  '',
  '**A:** A syndicate of three underwriters in London.',
  '',
  '## Part 2: Open floor',
  '',
  'Chat was opened for five minutes; the moderator chose three questions.',
  '',
  '**Q1 from @ko_lin (Kofi):** Is there a fee to withdraw?',
  '',
  '**A from Inês:** No fee under $10,000. Above that it is 0.1%.',
  '',
].join('\n');

describe('a Telegram AMA recap whose cast gives handles and whose answers are lettered', () => {
  it('reads the guest behind every answer, each asker, and the live segment (probe39-b fixture)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['telegram-ama-recap-quillchain-2022.md']);
    const records = c.records.filter((r) => r.doc === 'telegram-ama-recap-quillchain-2022') as Rec[];
    expect(rows(records)).toEqual([
      [14, 'Riya Mendes', 'Jonas Aberle', 'Segment 1: Introduction', 'Welcome Jonas! Could you pleas', 'Hi everyone, thanks for having'],
      [18, 'Riya Mendes', 'Jonas Aberle', 'Segment 1: Introduction', 'What problem are you solving t', 'Cost. A rollup today spends mo'],
      [24, '@defi_marisol', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'How will QuillChain stay decen', 'Right now we have 24 validator'],
      [28, '@0xkenta', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'What is the token used for?', 'QUILL pays for blob space and '],
      [32, '@anna_li_trades', 'Jonas Aberle', 'Segment 2: Questions from Twitter', 'When mainnet?', 'We are targeting Q1 2023. I wi'],
      [40, '@blockbuilder_ng', 'Jonas Aberle', 'Segment 3: Live Questions', 'Who audited your contracts?', 'Two firms, Halberd Security an'],
      [44, '@satoshi_snail', 'Jonas Aberle', 'Segment 3: Live Questions', 'Are you going to list on Crypt', 'Ha, I cannot say anything abou'],
      [48, '@mina_kwan', 'Jonas Aberle', 'Segment 3: Live Questions', 'What makes you confident a sma', 'We are eleven people and we sh'],
      [54, 'Riya Mendes', 'Jonas Aberle', 'Segment 3: Live Questions', "That's all the time we have. T", 'Thank you all, see you on main'],
    ]);
    // The note on the live round is the recap's own, under its segment, not the answer above.
    const note = records.find((r) => r.text.startsWith('The group was unmuted'))!;
    expect([note.type, note.speaker, note.section, note.line]).toEqual(['claim', null, 'Segment 3: Live Questions', 38]);
    expect(records.find((r) => r.line === 32)!.text).toBe('We are targeting Q1 2023. I will not give a date until the audit is finished.');
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'halcyon-ama.md': OTHER }));
    expect(rows(c.records as Rec[])).toEqual([
      [8, 'Tendai Moyo', 'Inês Carvalho', 'Part 1: Intro', 'Inês, what does Halcyon do?', 'We run insured vaults for stab'],
      [12, '@vault_watcher', 'Inês Carvalho', 'Part 1: Intro', 'Who insures the vaults?', 'A syndicate of three underwrit'],
      [20, '@ko_lin', 'Inês Carvalho', 'Part 2: Open floor', 'Is there a fee to withdraw?', 'No fee under $10,000. Above th'],
    ]);
    const note = (c.records as Rec[]).find((r) => r.text.startsWith('Chat was opened'))!;
    expect([note.type, note.speaker, note.section]).toEqual(['claim', null, 'Part 2: Open floor']);
  });
});

/**
 * Reddit AMAs copied from the page. New Reddit: the "Verified" badge under "Posted by u/name" was
 * read as a name heading the post ("Verified" said the host's introduction), and the host's
 * "EDIT:"/"Edit:" notes in a post were turns of a speaker "Edit". Old Reddit: a comment's header
 * whose age carries the edited mark ("733 points 9 years ago*") was no header (a section heading
 * over the rest of the page, the question nobody's), the page's "all 312 comments", "sorted by: best"
 * and the comment links ("permalink", "embed", "parent") were a speaker "all", sections and claims,
 * and the self-post under "submitted 9 years ago * by name" was nobody's.
 */
const NEW_REDDIT = [
  'r/AskScience',
  'Posted by u/DrPellaHydro',
  'Verified',
  '3 yr. ago',
  '',
  'I study glaciers in Patagonia for the Andes Ice Project. AMA about meltwater and sea level!',
  '',
  'EDIT: Going for lunch, back in an hour.',
  '',
  'level 1',
  'frostbyte_22',
  '· 3 yr. ago',
  '',
  'How fast is the Grey glacier retreating?',
  '',
  '88',
  'Reply',
  'Share',
  '',
  'level 2',
  'DrPellaHydro',
  'OP',
  '· 3 yr. ago',
  'Verified',
  '',
  'About 40 metres a year since 2015.',
  '',
  'Edit: the figure is for the western tongue.',
  '',
  '51',
  'Reply',
  'Share',
  '',
].join('\n');

const OLD_REDDIT = [
  'IAmA lighthouse keeper on the Farne coast. AMA! (self.IAmA)',
  '',
  'submitted 6 years ago * by keeper_aldous',
  'I have kept the light at Bracken Head since 2004. Ask me anything.',
  '',
  'all 88 comments',
  '',
  'sorted by: top',
  '',
  '[–]seagull_sam 310 points 6 years ago*',
  '',
  'Do you ever get lonely out there?',
  '',
  '    [–]keeper_aldous[S] 280 points 6 years ago',
  '',
  '    Less than you would think. The supply boat comes twice a week.',
  '',
  '    permalink',
  '    embed',
  '    parent',
  '',
].join('\n');

describe('Reddit AMAs copied from the page', () => {
  const byLine = (records: readonly Rec[]) => records.map((r) => [r.line, r.type, r.speaker, r.asker, r.section, r.text.slice(0, 40)]);

  it('reads the host behind the post and its edit notes, and each answer (new Reddit, probe39-b fixture)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['reddit-new-ama-tidewell-2023.txt']);
    const records = c.records.filter((r) => r.doc === 'reddit-new-ama-tidewell-2023') as Rec[];
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      // (fix51-a: "u/NAME" on the post and "NAME" over the comments are one user.)
      [2, 'quote', 'TidewellEnergy_AMA', null],
      [24, 'qa', 'TidewellEnergy_AMA', 'quietharbor_88'],
      [52, 'qa', 'TidewellEnergy_AMA', 'quietharbor_88'],
      [78, 'qa', 'TidewellEnergy_AMA', 'gridnerd_ken'],
      [108, 'quote', 'salt_and_ohms', null],
      [126, 'qa', 'TidewellEnergy_AMA', 'ottermarine'],
    ]);
    expect(records[0]!.text).toContain('EDIT 2: Back for thirty minutes');
    expect(records[3]!.text).toContain('Edit: typo in the price, fixed.');
  });

  it('reads the same in other words (new Reddit)', async () => {
    const c = await loadCorpus(tempCorpus({ 'glacier-ama.txt': NEW_REDDIT }));
    const records = c.records as Rec[];
    expect(records.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [2, 'quote', 'DrPellaHydro', null],
      [11, 'qa', 'DrPellaHydro', 'frostbyte_22'],
    ]);
    expect(records[0]!.text).toContain('EDIT: Going for lunch');
    expect(records[1]!.text).toContain('Edit: the figure is for the western tongue.');
    expect(records.some((r) => r.speaker === 'Verified' || r.speaker === 'Edit')).toBe(false);
  });

  it('reads the self-post, the edited header and no page furniture (old Reddit, probe39-b fixture)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['old-reddit-iama-bellweather-2016.txt']);
    const records = c.records.filter((r) => r.doc === 'old-reddit-iama-bellweather-2016') as Rec[];
    expect(byLine(records).slice(0, 3)).toEqual([
      [1, 'claim', null, null, null, 'IAmA team of volunteer firefighters from'],
      [3, 'quote', 'BellweatherVFD', null, null, 'Chief Tomas Okonkwo-Reyes here, with Lt.'],
      [16, 'quote', 'pinecone_ranger', null, null, "What's the longest you've gone without s"],
    ]);
    const holloway = records.find((r) => r.text.startsWith('Do volunteers get paid'))!;
    expect([holloway.line, holloway.speaker, holloway.section]).toEqual([40, 'm_holloway_writes', null]);
    expect(records.filter((r) => r.section !== null || /^(?:all|permalink|embed|parent|sorted)/.test(r.text) || r.speaker === 'all')).toEqual([]);
  });

  it('reads the same in other words (old Reddit)', async () => {
    const c = await loadCorpus(tempCorpus({ 'lighthouse-iama.txt': OLD_REDDIT }));
    expect(byLine(c.records as Rec[])).toEqual([
      [1, 'claim', null, null, null, 'IAmA lighthouse keeper on the Farne coas'],
      [3, 'quote', 'keeper_aldous', null, null, 'I have kept the light at Bracken Head si'],
      [10, 'qa', 'keeper_aldous', 'seagull_sam', null, 'Less than you would think. The supply bo'],
    ]);
  });
});

/**
 * A Hacker News "Ask HN" AMA copied from the page: the submission's own text sits under "412 points
 * by kmorrow_vellum 6 years ago | hide | past | favorite | 167 comments", which names its poster.
 * Before, that line was furniture and the host's introduction nobody's claims.
 */
const ASK_HN = [
  'Ask HN: We run a two-person weather-station company. AMA',
  '96 points by orla_met 3 years ago | hide | past | favorite | 41 comments',
  '',
  'We are Orla and Tam. We have sold 2,300 stations since 2020 from a garage in Galway.',
  '',
  '\t',
  'beckett_k 3 years ago | next [–]',
  '',
  'How do you calibrate the rain gauges?',
  '',
  '\t',
  'orla_met 3 years ago | parent | next [–]',
  '',
  'Against a reference gauge on our roof, every batch of fifty.',
  '',
].join('\n');

describe('an Ask HN AMA copied from the page', () => {
  // (its poster by the name the submission opens on, "Hi HN, I'm Kit Morrow.": lead96)
  it("reads the submission's text as its poster's (probe39-b fixture)", () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe39', 'b'), ['hn-ask-hn-ama-vellum-2019.txt']);
    const records = c.records.filter((r) => r.doc === 'hn-ask-hn-ama-vellum-2019') as Rec[];
    expect(records.slice(2, 4).map((r) => [r.line, r.type, r.speaker, r.asker, r.text.slice(0, 30)])).toEqual([
      [4, 'quote', 'Kit Morrow', null, "Hi HN, I'm Kit Morrow. I start"],
      [9, 'qa', 'Kit Morrow', 'ravenmoss', 'A 1,200-page tax filing where '],
    ]);
    expect(records[2]!.text).toContain('Happy to answer anything about PDF internals');
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'ask-hn-weather.txt': ASK_HN }));
    expect((c.records as Rec[]).map((r) => [r.line, r.type, r.speaker, r.asker, r.text.slice(0, 30)])).toEqual([
      [1, 'claim', null, null, 'Ask HN: We run a two-person we'],
      [2, 'quote', 'orla_met', null, 'We are Orla and Tam. We have s'],
      [7, 'qa', 'orla_met', 'beckett_k', 'Against a reference gauge on o'],
    ]);
  });
});
