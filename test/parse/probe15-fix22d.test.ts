/**
 * Misreads reviewer probe15 found in its folder c4 (reports and research: an inquiry transcript,
 * an NGO report, board minutes, an investor letter, a working paper), copied into
 * test/fixtures/probe15/c4, and beside each a small text of our own in other words, so each test
 * proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C4 = join(FIXTURES, 'probe15', 'c4');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words) || (r.question ?? '').includes(words));

/** A public inquiry's day in other words: numbered lines, a swearing-in "(sworn)", "Examined by … QC". */
const HEARING = [
  '                                     The Riverside Tower Inquiry',
  '                                  Day 3 - Tuesday, 14 May 2024',
  '                                                                Page 1',
  ' 1                                    Tuesday, 14 May 2024',
  ' 2   (9.30 am)',
  ' 3   THE CHAIRMAN: Good morning, everyone. Ms Adeyemi.',
  ' 4   MS ADEYEMI QC: Thank you, sir. Our next witness is',
  ' 5       Professor Tomas Reyes.',
  ' 6                   PROFESSOR TOMAS ANDRES REYES (sworn)',
  ' 7                Examined by MS ADEYEMI QC',
  ' 8   MS ADEYEMI QC: Professor Reyes, would you state your',
  ' 9       name for the record, please.',
  '10   A. Tomas Andres Reyes.',
  '11   Q. You led the fire safety review of the tower in 2017?',
  '12   A. I did, with a team of three surveyors.',
  '13   Q. Were the cladding panels part of that review?',
  '14   A. They were not. The owner asked us to leave the',
  '15       facade out of scope, and we did so.',
  '16   THE CHAIRMAN: Professor, who made that request?',
  '17   A. The estates manager, by telephone, sir.',
  '18   MS ADEYEMI QC: Sir, that may be a sensible point to pause.',
  '19   THE CHAIRMAN: Very well. Back at 11.',
  '20   (10.52 am)',
  '21                          (Short adjournment)',
  '',
].join('\n');

describe('a UK inquiry transcript: the witness sworn in alone, "Questioned by" counsel (probe15 findings 30–33)', () => {
  it('credits the answers to the witness and the Q. lines to counsel, KC no part of the name (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    const doc = 'inquiry-harbour-bridge-day14';
    for (const words of ['is that right?', 'Who wrote that phrase?', 'Why not?']) expect(find(c, doc, words), words).toMatchObject({ type: 'qa', speaker: 'Helen Ruth Marsh', asker: 'Mr Calder' });
    expect(find(c, doc, 'who gave you that answer?')).toMatchObject({ type: 'qa', speaker: 'Helen Ruth Marsh', asker: 'the Chair' });
    // Counsel's first question is in his labelled turn; the swearing-in lines are nobody's words.
    expect(find(c, doc, 'could you give the Inquiry your')).toMatchObject({ type: 'qa', asker: 'Mr Calder', speaker: 'Helen Ruth Marsh', text: 'Helen Ruth Marsh.' });
    expect(recs(c, doc).some((r) => /affirmed|Questioned by/.test(r.text))).toBe(false);
    expect(recs(c, doc).some((r) => r.speaker === 'Calder Kc' || r.asker === 'Calder Kc')).toBe(false);
    expect(find(c, doc, 'The first witness today')).toMatchObject({ speaker: 'Mr Calder', role: 'KC' });
    // "6 (11.15 am)", "7 (A short break)": a numbered line's note, no sentence left out.
    const doc14 = c.documents.find((d) => d.id === doc)!;
    expect(doc14.sentences.missed).toEqual([]);
  });

  it('reads the same form in other words: "(sworn)", "Examined by MS NAME QC"', () => {
    const c = loadCorpus(tempCorpus({ 'hearing.txt': HEARING }));
    const doc = 'hearing';
    expect(find(c, doc, 'would you state your')).toMatchObject({ type: 'qa', asker: 'Ms Adeyemi', speaker: 'Tomas Andres Reyes' });
    expect(find(c, doc, 'fire safety review')).toMatchObject({ type: 'qa', asker: 'Ms Adeyemi', speaker: 'Tomas Andres Reyes' });
    expect(find(c, doc, 'cladding panels')).toMatchObject({ type: 'qa', speaker: 'Tomas Andres Reyes', text: expect.stringContaining('facade out of scope') });
    expect(find(c, doc, 'who made that request?')).toMatchObject({ type: 'qa', asker: 'the Chairman', speaker: 'Tomas Andres Reyes' });
    expect(find(c, doc, 'Our next witness')).toMatchObject({ speaker: 'Ms Adeyemi', role: 'QC' });
    expect(recs(c, doc).some((r) => /\(sworn\)|Examined by/.test(r.text))).toBe(false);
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });

  it('leaves initials that are a label alone ("KC:"), and a deposition\'s "BY MR. NAME:" as it was', () => {
    const c = loadCorpus(
      tempCorpus({
        'chat.txt': ['KC: Did the shipment leave on time?', 'JM: It left on Monday, a day late.', 'KC: Why the delay?', 'JM: The customs papers were wrong.', ''].join('\n'),
        'depo.txt': [
          'JANE ROWE, having been first duly sworn, testified as follows:',
          'EXAMINATION',
          'BY MR. DALTON:',
          'Q. Where do you work?',
          'A. At the port authority.',
          'Q. Since when?',
          'A. Since 2015.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'chat', 'Why the delay?')).toMatchObject({ type: 'qa', asker: 'KC', speaker: 'JM' });
    expect(find(c, 'depo', 'Where do you work?')).toMatchObject({ type: 'qa', asker: 'Mr. Dalton', speaker: 'Jane Rowe' });
  });
});

describe('indented testimonies signed with a pseudonym, a place and a year (probe15 finding 29)', () => {
  it('credits each block to the participant signed under it, said in the signature\'s year (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    const doc = 'ngo-report-locked-out';
    // "Participant 12" is the study's code P12, as the text's "said Participant 12" would be.
    expect(find(c, doc, 'They added me to a group')).toMatchObject({ type: 'quote', speaker: 'P12', year: 2024, context: 'Participant 12, Lagos, 2024' });
    expect(find(c, doc, "I paid the 'unlock fee'")).toMatchObject({ type: 'quote', speaker: 'P87', year: 2023 });
    expect(find(c, doc, 'They added me to a group')!.text.startsWith('"')).toBe(false);
    expect(recs(c, doc).some((r) => r.text.includes('— Participant'))).toBe(false);
    expect(c.documents.find((d) => d.id === doc)!.sentences.missed).toEqual([]);
  });

  it('does so in other words: "— Respondent 4, Nairobi, 2022" under an indented quotation', () => {
    const text = [
      'WATER FOR ALL',
      'A survey of household water access',
      '',
      'Published March 2023',
      '',
      'Many households walk more than an hour to reach a working tap.',
      '',
      '    "The pump broke in January and nobody came to fix it. We buy water from a truck now, and it costs half of what I earn."',
      '    — Respondent 4, Nairobi, 2022',
      '',
      'Some had given up asking the utility for help.',
      '',
      '    "I called them every week for a month. Then I stopped calling."',
      '    — Respondent 19, Mombasa, 2021',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'water.txt': text }));
    expect(find(c, 'water', 'The pump broke')).toMatchObject({ type: 'quote', speaker: 'R4', year: 2022 });
    expect(find(c, 'water', 'I called them every week')).toMatchObject({ type: 'quote', speaker: 'R19', year: 2021 });
    expect(recs(c, 'water').some((r) => r.text.includes('— Respondent'))).toBe(false);
  });
});

describe('two signatories set side by side under a letter (probe15 finding 36)', () => {
  it('signs the letter by both, never by one person of four words (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    const doc = 'investor-letter-q3-2023';
    expect(c.documents.find((d) => d.id === doc)!.meta.author).toBe('Elena Moreau and David Achterberg');
    expect(recs(c, doc).some((r) => r.speaker === 'Elena Moreau David Achterberg')).toBe(false);
    // As a byline of two: the letter's own sentences are neither one's.
    expect(find(c, doc, 'The Fund returned')).toMatchObject({ type: 'claim', speaker: null });
  });

  it('does so in other words, after a closing or a salutation; one signer still signs alone', () => {
    const c = loadCorpus(
      tempCorpus({
        'closing.txt': ['HARBOUR CREDIT UNION', '', 'Annual letter to members', '', 'Our loan book grew by a tenth this year, and arrears fell.', '', 'Sincerely,', '', 'Ana Ruiz      Tomas Hale', 'Chair         Treasurer', ''].join('\n'),
        'three.txt': ['Dear Members,', '', 'The club will close for repairs in August and open again in September.', '', 'Ruth Okafor\tLena Berg\tSam Idowu', ''].join('\n'),
        'one.txt': ['ACME FUND', '', 'Dear Partners,', '', 'The Fund returned four per cent in the quarter.', '', 'With thanks,', '', 'Elena Moreau', 'Managing Partner', ''].join('\n'),
      }),
    );
    const author = (id: string) => c.documents.find((d) => d.id === id)!.meta.author;
    expect(author('closing')).toBe('Ana Ruiz and Tomas Hale');
    expect(author('three')).toBe('Ruth Okafor, Lena Berg and Sam Idowu');
    expect(author('one')).toBe('Elena Moreau');
    expect(find(c, 'one', 'The Fund returned')).toMatchObject({ speaker: 'Elena Moreau' });
  });
});

describe('minutes that define initials in their attendance block (probe15 findings 34, 38)', () => {
  it('reads "TF reported that…", "He said … "…"", "KM asked whether… TF replied that…" as the people the initials stand for (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    const doc = 'board-minutes-harrowgate-2023-09';
    expect(find(c, doc, 'almost entirely')).toMatchObject({ type: 'quote', speaker: 'Tom Ferris' });
    expect(find(c, doc, 'cannot wait for the winter')).toMatchObject({ type: 'quote', speaker: 'Sunita Rao' });
    expect(find(c, doc, 'rent arrears had risen')).toMatchObject({ type: 'claim', speaker: 'Tom Ferris' });
    expect(find(c, doc, 'found damp in 23')).toMatchObject({ type: 'claim', speaker: 'Sunita Rao' });
    expect(find(c, doc, 'hardship fund could be increased')).toMatchObject({ type: 'qa', asker: 'Keith Mallory', speaker: 'Tom Ferris' });
  });

  it('does so in other words; initials that are not the name\'s define nothing', () => {
    const minutes = [
      'RIVERBANK ROWING CLUB',
      'Minutes of the committee meeting held on 3 March 2025',
      '',
      'Present: Maria Lindgren (Chair) (ML), Owen Price (OP), Hana Sato, Treasurer (HS)',
      'In attendance: Grace Obi (XY)',
      '',
      '1. BOATHOUSE',
      '1.1 HS reported that the roof repair had cost £8,200. She said the club "cannot afford another winter like this one".',
      '1.2 OP asked whether the insurance would cover the repair. ML replied that the insurer had refused the claim.',
      '1.3 XY reported that the boats were undamaged.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'minutes.txt': minutes }));
    expect(find(c, 'minutes', 'cannot afford another winter')).toMatchObject({ type: 'quote', speaker: 'Hana Sato' });
    expect(find(c, 'minutes', 'roof repair had cost')).toMatchObject({ type: 'claim', speaker: 'Hana Sato' });
    expect(find(c, 'minutes', 'insurance would cover')).toMatchObject({ type: 'qa', asker: 'Owen Price', speaker: 'Maria Lindgren' });
    expect(find(c, 'minutes', 'boats were undamaged')!.speaker).not.toBe('Grace Obi');
  });
});

describe('a footnote marker in superscript after a full stop ends the sentence (probe15 finding 37)', () => {
  it('splits "…of the collapse.¹ The gain…" and "…infrastructure".³ Exchange…" (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    const doc = 'research-exchange-concentration';
    expect(find(c, doc, 'within six weeks of the collapse')!.text).not.toContain('The gain did not persist');
    expect(find(c, doc, 'The gain did not persist')).toBeDefined();
    expect(find(c, doc, 'act as both market')!.text).not.toContain('Exchange executives');
  });

  it('does so in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'paper.txt': ['Harbour Silt and Dredging Costs', '', 'Introduction', '', 'Dredging costs at the port doubled between 2015 and 2020.² Most of the rise came from disposal fees. The regulator called the fees "a tax on geography".⁴ Port operators rejected that view.', ''].join('\n'),
      }),
    );
    const texts = recs(c, 'paper').map((r) => r.text);
    expect(texts).toContain('Dredging costs at the port doubled between 2015 and 2020.²');
    expect(texts).toContain('Most of the rise came from disposal fees.');
    expect(texts).toContain('Port operators rejected that view.');
  });
});

describe('a blank signature form at the foot of minutes (probe15 finding 35)', () => {
  it('is no claim (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    expect(recs(c, 'board-minutes-harrowgate-2023-09').some((r) => r.text.startsWith('Signed ....'))).toBe(false);
    expect(c.documents.find((d) => d.id === 'board-minutes-harrowgate-2023-09')!.sentences.missed).toEqual([]);
  });

  it('in other words, with underscores; a sentence trailing off in dots stays a record', () => {
    const c = loadCorpus(
      tempCorpus({
        'm.txt': ['Parish council minutes', '', 'The clerk read the correspondence.', '', 'We waited for the reply.....', '', 'Approved ______________ (Secretary)     Date __________', ''].join('\n'),
      }),
    );
    const texts = recs(c, 'm').map((r) => r.text);
    expect(texts.some((t) => t.startsWith('Approved'))).toBe(false);
    expect(texts.some((t) => t.startsWith('We waited for the reply'))).toBe(true);
  });
});

describe("a working paper's author line, each name marked for its affiliation (probe15 finding 37)", () => {
  it('names both authors (test/fixtures/probe15/c4)', () => {
    const c = fixtureCorpus(C4);
    expect(c.documents.find((d) => d.id === 'research-exchange-concentration')!.meta.author).toBe('Sofia Lindqvist and Rahul Mehta');
  });

  it('does so in other words, with signs for markers; a name with a superscript in running text is no author line', () => {
    const c = loadCorpus(
      tempCorpus({
        'paper.txt': ['Tidal Silt in Small Harbours', '', 'Ana Ruiz*, Tom Hale† and Mei Lin*', '', '* Department of Geography, Example University', '† Harbour Research Trust', '', 'Abstract', 'We measure silt in nine harbours over four years and find that it doubled.', ''].join('\n'),
        'essay.txt': ['On harbours', '', 'Silt fills small harbours faster than anyone planned for.² Dredging cannot keep up.', ''].join('\n'),
      }),
    );
    expect(c.documents.find((d) => d.id === 'paper')!.meta.author).toBe('Ana Ruiz, Tom Hale and Mei Lin');
    expect(c.documents.find((d) => d.id === 'essay')!.meta.author).toBeNull();
  });
});
