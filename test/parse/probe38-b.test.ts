/**
 * Podcast and video platform transcripts (probe38-b): a podcast page's turn headers with the name in
 * bold and its time after it ("**Dale Whitcombe** (02:21)", the words below), read before as the
 * page author's claims each under a section named by the header; the host's welcome that introduces
 * the guest ("This week I talk with NAME, who …") and the show notes after it, read as the guest's;
 * a podcast page's chapter list ("(12:40) Why freight …", a blank line between, under "**Chapters**",
 * or "00:00 Welcome" lines) read as claims under a section named by the first chapter; and an Apple
 * Podcasts or Spotify transcript copied as text (a stamp alone over each paragraph, a blank line
 * between, the player's notice at its foot) read as prose with each stamp a section heading.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe38', 'b');
const STAMP_SECTION = /^\(?\d{1,2}:\d{2}/;

describe('a podcast page whose turn headers set the name in bold, its time after it', () => {
  it('gives each turn its speaker in the Substack episode page', () => {
    const c = fixtureCorpus(DIR, ['substack-freight-pod.md']);
    const records = c.records.filter((r) => r.doc === 'substack-freight-pod');
    expect(c.documents.find((d) => d.id === 'substack-freight-pod')!.shape).toBe('transcript');
    expect(records.find((r) => r.line === 48)).toMatchObject({ type: 'qa', speaker: 'Dale Whitcombe', asker: 'Sunita Varma', question: 'Dale, welcome to The Haulage Letter.', text: 'Glad to be here, Sunita. Long-time reader.' });
    expect(records.find((r) => r.line === 63)).toMatchObject({ type: 'qa', speaker: 'Dale Whitcombe', asker: 'Sunita Varma', question: 'Why have brokers been hit harder than carriers?' });
    expect(records.find((r) => r.line === 86)).toMatchObject({ type: 'quote', speaker: 'Sunita Varma', text: 'Dale Whitcombe, thank you.' });
    // Substack's comment section under the episode ("Discussion about this episode", "Comments", "Restacks").
    expect(records.find((r) => r.line === 89)).toMatchObject({ type: 'quote', speaker: 'Dale Whitcombe', text: 'Thanks, Sunita.' });
    expect(records.filter((r) => r.line > 89)).toEqual([]);
    // No header is anyone's words or a section.
    expect(records.filter((r) => r.text.includes('**') || r.section?.includes('**'))).toEqual([]);
  });

  it('in other words: hours in the stamp, another show', () => {
    const c = loadCorpus(tempCorpus({ 'cold.md': [
      '# Ep. 12: Cold storage economics',
      '',
      'Priya Nair',
      'Mar 3, 2024',
      '',
      '**Transcript**',
      '',
      '**Owen Castell** (00:00:04)',
      'Marta, thanks for making the trip to the studio.',
      '',
      '**Marta Ilić** (00:00:09)',
      'Happy to. We opened our third warehouse in 2019, so I have opinions.',
      '',
      '**Owen Castell** (00:01:30)',
      'What does a pallet position cost you now?',
      '',
      '**Marta Ilić** (00:01:36)',
      'About 31 euros a month, up from 22 in 2021.',
    ].join('\n') }));
    const at = (line: number) => c.records.find((r) => r.line === line);
    expect(at(8)).toMatchObject({ type: 'quote', speaker: 'Owen Castell', text: 'Marta, thanks for making the trip to the studio.' });
    expect(at(11)).toMatchObject({ speaker: 'Marta Ilić' });
    expect(at(14)).toMatchObject({ type: 'qa', speaker: 'Marta Ilić', asker: 'Owen Castell', question: 'What does a pallet position cost you now?', text: 'About 31 euros a month, up from 22 in 2021.' });
    expect(c.records.filter((r) => r.speaker === 'Priya Nair' || r.section !== null)).toEqual([]);
  });
});

describe("a podcast page's welcome that introduces its guest, and its chapter list", () => {
  it('keeps the welcome and the show notes the host\'s, the chapters no claim and no section', () => {
    const c = fixtureCorpus(DIR, ['substack-freight-pod.md']);
    const records = c.records.filter((r) => r.doc === 'substack-freight-pod');
    expect(records.find((r) => r.line === 20)).toMatchObject({ type: 'claim', speaker: 'Sunita Varma' });
    for (const line of [40, 41, 42]) expect(records.find((r) => r.line === line)).toMatchObject({ type: 'claim', speaker: 'Sunita Varma' });
    // "*This transcript was generated automatically and lightly edited.*" is the page's notice, no claim of hers.
    expect(records.filter((r) => r.line === 46)).toEqual([]);
    // "**Chapters**" and its entries (lines 26-36): the episode's index.
    expect(records.filter((r) => r.line >= 26 && r.line <= 36)).toEqual([]);
    expect(records.filter((r) => r.section !== null && STAMP_SECTION.test(r.section))).toEqual([]);
    // Still found.
    expect(c.documents.find((d) => d.id === 'substack-freight-pod')!.nearby?.some(([line, text]) => line === 32 && text.includes('Why freight brokers fold first'))).toBe(true);
  });

  it('in other words: labels without bold, another host and guest', () => {
    const c = loadCorpus(tempCorpus({ 'grain.md': [
      'The Grain Desk',
      'Subscribe',
      'Sign in',
      '',
      'Podcast',
      '# Ep. 14: Who still stores wheat on the farm',
      '',
      '### Tomas Herrera talks to agronomist Ingrid Solberg about bins, bags and the 2024 harvest',
      '',
      'Tomas Herrera',
      'Aug 5, 2024',
      '∙ Paid',
      '',
      'Transcript',
      '',
      'Hello and welcome. This week I talk with Ingrid Solberg, who has advised grain cooperatives in Saskatchewan since 2011, about on-farm storage.',
      '',
      '**Chapters**',
      '',
      '(00:00) Hello',
      '',
      '(03:20) Bins versus bags',
      '',
      '(11:05) The 2024 harvest',
      '',
      '**Show notes**',
      '',
      '* Storage cost survey, 2022',
      '* Ep. 9 on rail freight',
      '',
      'Tomas Herrera (00:00)',
      'Ingrid, welcome.',
      '',
      'Ingrid Solberg (00:02)',
      'Thanks, Tomas.',
      '',
      'Tomas Herrera (03:20)',
      'Are silo bags really cheaper than steel bins?',
      '',
      'Ingrid Solberg (03:26)',
      'Per tonne in the first year, yes, roughly 9 dollars against 40. After five years the bins win.',
      '',
      'Tomas Herrera (11:05)',
      'And this year\'s harvest, where is it going?',
      '',
      'Ingrid Solberg (11:09)',
      'Into bags, mostly. The elevators were full by the end of September.',
      '',
      'Tomas Herrera (14:40)',
      'Does that worry you?',
      '',
      'Ingrid Solberg (14:43)',
      'A little. Bags left out through a wet spring lose grain.',
      '',
      'Discussion about this podcast',
      '',
      'Comments',
      'Restacks',
    ].join('\n') }));
    const at = (line: number) => c.records.filter((r) => r.line === line);
    expect(at(16)).toMatchObject([{ type: 'claim', speaker: 'Tomas Herrera', text: expect.stringContaining('This week I talk with Ingrid Solberg') }]);
    expect(at(28)).toMatchObject([{ type: 'claim', speaker: 'Tomas Herrera', text: 'Storage cost survey, 2022' }]);
    expect(c.records.filter((r) => r.line >= 18 && r.line <= 24)).toEqual([]);
    expect(c.records.filter((r) => r.speaker === 'Ingrid Solberg' && r.line < 30)).toEqual([]);
    expect(c.records.find((r) => r.line === 37)).toMatchObject({ type: 'qa', speaker: 'Ingrid Solberg', asker: 'Tomas Herrera', question: 'Are silo bags really cheaper than steel bins?' });
    // The page's comment section under the last turn: no words of the guest's, no claim.
    expect(c.records.find((r) => r.line === 49)).toMatchObject({ type: 'qa', speaker: 'Ingrid Solberg', text: 'A little. Bags left out through a wet spring lose grain.' });
    expect(c.records.filter((r) => r.line > 49)).toEqual([]);
  });

  it('reads a Buzzsprout list of "00:00 Title" lines as the index, no section', () => {
    const c = fixtureCorpus(DIR, ['buzzsprout-library-pod.txt']);
    const records = c.records.filter((r) => r.doc === 'buzzsprout-library-pod');
    expect(records.filter((r) => r.line >= 10 && r.line <= 13)).toEqual([]);
    expect(records.filter((r) => r.section !== null && STAMP_SECTION.test(r.section))).toEqual([]);
    const other = loadCorpus(tempCorpus({ 'compost.txt': [
      'Compost Club',
      'Episode 4: Worms in Winter',
      'January 15, 2024',
      '',
      'Harriet and Felix talk about keeping a worm bin alive through a hard frost, and answer your mail.',
      '',
      'In this episode:',
      '00:00 Hello',
      '02:10 Why bins freeze',
      '09:30 Insulation tricks',
      '14:05 Listener mail',
      '',
      'Speaker 1 (00:00):',
      'Welcome to Compost Club. I\'m Harriet Dunmore.',
      '',
      'Speaker 2 (00:05):',
      'And I\'m Felix Ward. Glad to be back.',
      '',
      'Speaker 1 (02:10):',
      'Felix, why do bins freeze solid in January?',
      '',
      'Speaker 2 (02:16):',
      'Because the pile is too small to hold its own heat. Below about one cubic metre it can\'t.',
    ].join('\n') }));
    expect(other.records.filter((r) => r.line >= 8 && r.line <= 11)).toEqual([]);
    expect(other.records.filter((r) => r.section !== null)).toEqual([]);
    expect(other.records.find((r) => r.line === 19)).toMatchObject({ type: 'qa', speaker: 'Felix Ward', asker: 'Harriet Dunmore' });
  });
});

describe('an Apple Podcasts or Spotify transcript copied as text', () => {
  it('reads the stamped paragraphs as the cues they are: no stamp a section, the player\'s notice nobody\'s', () => {
    const c = fixtureCorpus(DIR, ['apple-podcasts-solo.txt', 'apple-podcasts-interview.txt']);
    for (const id of ['apple-podcasts-solo', 'apple-podcasts-interview']) {
      expect(c.documents.find((d) => d.id === id)!.shape).toBe('captions');
      expect(c.records.filter((r) => r.doc === id && r.section !== null)).toEqual([]);
    }
    const solo = c.records.filter((r) => r.doc === 'apple-podcasts-solo');
    // One voice, the host the page names: hers, up to the player's notice.
    expect(solo.filter((r) => r.line >= 9 && r.line <= 51).every((r) => r.speaker === 'Priya Raghunathan')).toBe(true);
    expect(solo.find((r) => r.line === 54)).toMatchObject({ type: 'claim', speaker: null, text: 'Transcripts are auto-generated and may contain errors.' });
    // Two voices no label tells apart: nobody's claims, each paragraph its own.
    const two = c.records.filter((r) => r.doc === 'apple-podcasts-interview');
    expect(two.every((r) => r.speaker === null && r.type === 'claim')).toBe(true);
    expect(two.find((r) => r.line === 22)).toMatchObject({ text: 'Almost everything.' });
    expect(two.find((r) => r.line === 67)).toMatchObject({ text: 'Transcripts are auto-generated and may contain errors.' });
  });

  it('in other words: a Spotify copy with its own notice', () => {
    const c = loadCorpus(tempCorpus({ 'diesel.txt': [
      'Night Shift Economics',
      'Why Diesel Prices Lag Crude',
      'Show: Night Shift Economics · March 2, 2023',
      '',
      'Transcript',
      '',
      '0:00',
      'Hello and welcome back. It\'s just me this week, no guests.',
      '',
      '0:06',
      'Diesel prices stayed high through 2022 even after crude fell.',
      '',
      '0:14',
      'The refining margin, the crack spread, hit records that autumn.',
      '',
      '0:21',
      'That\'s the short version. More next week.',
      '',
      'Spotify',
      'Transcript auto-generated. Some errors may occur.',
    ].join('\n') }));
    expect(c.documents[0]!.shape).toBe('captions');
    expect(c.records.filter((r) => r.section !== null)).toEqual([]);
    expect(c.records.find((r) => r.line === 11)).toMatchObject({ type: 'claim', speaker: null, text: 'Diesel prices stayed high through 2022 even after crude fell.' });
    expect(c.records.filter((r) => r.line === 20).map((r) => r.text)).toEqual(['Transcript auto-generated.', 'Some errors may occur.']);
    // "Spotify", the player's name, is no record's words.
    expect(c.records.filter((r) => r.line === 19)).toEqual([]);
  });
});

describe('an export numbering its two voices, the first naming itself and then the guest', () => {
  it('gives the other numbered voice the guest\'s name in the Buzzsprout page, its fields above no voices', () => {
    const c = fixtureCorpus(DIR, ['buzzsprout-library-pod.txt']);
    const records = c.records.filter((r) => r.doc === 'buzzsprout-library-pod');
    expect(records.find((r) => r.line === 28)).toMatchObject({ type: 'qa', speaker: 'Margit Holm', asker: 'Oluwaseun Adeyemi', question: 'Take me back to 2019. Why did Ravensbrook stop charging fines?' });
    expect(records.find((r) => r.line === 55)).toMatchObject({ type: 'quote', speaker: 'Margit Holm', text: 'Thank you for having me.' });
    expect(records.filter((r) => r.speaker === 'Speaker 2')).toEqual([]);
  });

  it('in other words: "I\'m talking with NAME", a field and a season line above', () => {
    const c = loadCorpus(tempCorpus({ 'oysters.txt': [
      'Tidewater Talks',
      'Season 2: Episode 7',
      'March 3, 2022',
      '',
      'Contact: hello@tidewater.example',
      '',
      'Speaker 1 (00:00):',
      'Hello and welcome. I\'m Bea Lindgren, and today I\'m talking with Joaquín Ferreira about oyster farming.',
      '',
      'Speaker 2 (00:07):',
      'Thanks, Bea. Happy to be here.',
      '',
      'Speaker 1 (00:40):',
      'How many oysters did your farm sell in 2021?',
      '',
      'Speaker 2 (00:45):',
      'About 300,000, nearly double the year before.',
    ].join('\n') }));
    expect(c.records.find((r) => r.line === 7)).toMatchObject({ speaker: 'Bea Lindgren' });
    expect(c.records.find((r) => r.line === 10)).toMatchObject({ type: 'quote', speaker: 'Joaquín Ferreira', text: 'Thanks, Bea. Happy to be here.' });
    expect(c.records.find((r) => r.line === 13)).toMatchObject({ type: 'qa', speaker: 'Joaquín Ferreira', asker: 'Bea Lindgren', question: 'How many oysters did your farm sell in 2021?' });
  });
});
