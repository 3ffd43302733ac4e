/**
 * probe41-a: interviews in the product's first-named formats (WebVTT, SRT, Rev, Otter, Zoom,
 * Teams) as real exports carry them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe41', 'a');

describe('an SRT cue placed by an SSA position code', () => {
  // "{\an8}<i>Kestrel Bay, Tasmania — March 2016</i>": the card set at the top of the picture,
  // in italics, naming no voice, is the film's narration as a card without the code is; the
  // code is no word of any sentence the check counts.
  it('reads a positioned italic card as narration, and counts no code as a lost sentence', () => {
    const c = fixtureCorpus(DIR, ['founder-doc-subtitles-2016.srt']);
    const records = recordsOf(c, 'founder-doc-subtitles-2016');
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'claim', speaker: null, text: 'Kestrel Bay, Tasmania — March 2016' });
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'qa', speaker: 'Imogen Thackeray', asker: 'Interviewer', question: "When you started, how many people thought you'd last a year?" });
    expect(records.filter((r) => /\\an\d|[{}]/.test(r.text))).toEqual([]);
    const doc = c.documents.find((d) => d.id === 'founder-doc-subtitles-2016')!;
    expect(doc.sentences.missed.filter((m) => m.text.includes('{\\'))).toEqual([]);
  });

  it('in other words: a code before italics over two lines, a credit cue placed so', () => {
    const dir = tempCorpus({
      'ferry.srt': [
        '1',
        '00:00:01,000 --> 00:00:04,000',
        '{\\pos(192,30)}<i>Orkney ferry terminal,',
        'winter 2011</i>',
        '',
        '2',
        '00:00:04,500 --> 00:00:07,000',
        'REPORTER: How long have you run this crossing?',
        '',
        '3',
        '00:00:07,500 --> 00:00:10,000',
        'MAGNUS FLETT: Nineteen years, since the old boat sank.',
        '',
        '4',
        '00:00:10,500 --> 00:00:13,000',
        '{\\an8}<i>The route carried 41,000 passengers in 2010.</i>',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    const records = recordsOf(c, 'ferry');
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'claim', speaker: null, text: 'Orkney ferry terminal, winter 2011' });
    expect(records.find((r) => r.line === 8)).toMatchObject({ type: 'qa', speaker: 'Magnus Flett', asker: 'Reporter', question: 'How long have you run this crossing?' });
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'claim', speaker: null, text: 'The route carried 41,000 passengers in 2010.' });
    expect(c.documents[0]!.sentences.missed).toEqual([]);
  });
});

describe("a meeting chat's question sent under another member's question", () => {
  // Zoom's saved chat: attendees post their questions one after another; a message that only
  // asks is a question of its own, and the message that answers it answers it.
  it('pairs no question with the question above it, in the saved Zoom chat', () => {
    const c = fixtureCorpus(DIR, ['GMT20250611-170004_RecordingnewChat.txt']);
    const records = recordsOf(c, 'GMT20250611-170004_RecordingnewChat');
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Tobias Arancibia', text: 'Should small firms borrow in dollars right now?' });
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Anselm Kovačević', asker: 'Rosa Quiñones', question: "What's the source for the 2.6% number? IMF or your own model?" });
    expect(records.filter((r) => r.type === 'qa' && /\?\s*$/.test(r.text))).toEqual([]);
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'qa', speaker: 'Mariela Quispe', asker: 'Tobias Arancibia' });
  });

  it('in other words: three members ask in a row, the speaker answers the last', () => {
    const dir = tempCorpus({
      'webinar-chat.txt': [
        '10:14:02 From Hendrik Vos to Everyone:',
        '\tIs the 40% subsidy capped per household?',
        '10:14:30 From Amaka Eze to Everyone:',
        '\tWhen does the scheme open? And who administers it?',
        '10:15:11 From Lior Ben-Ami to Everyone:',
        '\tThe agency runs it, Amaka. Applications open on 1 March 2026.',
        '10:15:40 From Amaka Eze to Everyone:',
        '\tGreat, thank you.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(loadCorpus(dir), 'webinar-chat');
    expect(records.find((r) => r.line === 1)).toMatchObject({ type: 'quote', speaker: 'Hendrik Vos' });
    expect(records.find((r) => r.line === 3)).toMatchObject({ type: 'qa', speaker: 'Lior Ben-Ami', asker: 'Amaka Eze', question: 'When does the scheme open? And who administers it?' });
    expect(records.filter((r) => r.type === 'qa' && r.asker === 'Hendrik Vos')).toEqual([]);
  });
});

describe('a title over a roster field', () => {
  // A meeting export's first line names it, the roster field under it ("Attendees: A; B") lists
  // who took part: the first line is the title, the roster metadata, neither anyone's claim.
  it('titles the pasted Teams interview by its first line', () => {
    const c = fixtureCorpus(DIR, ['teams-union-official-2017.txt']);
    const doc = c.documents.find((d) => d.id === 'teams-union-official-2017')!;
    expect(doc.meta.title).toBe('Interview - Shop steward training series (recorded in Teams)');
    const records = recordsOf(c, 'teams-union-official-2017');
    expect(records.filter((r) => r.line <= 2)).toEqual([]);
    expect(records.find((r) => r.line === 4)).toMatchObject({ type: 'qa', speaker: 'Callum Breathnach', asker: 'Leonie Vasquez-Harte' });
  });

  it('in other words: a call recording under a participants field', () => {
    const dir = tempCorpus({
      'call.txt': [
        'Harvest co-op members call: the 2026 grain price',
        'Participants: Tendai Moyo, Ingrid Halvorsen and Rafael Quintero',
        '',
        'Tendai Moyo  0:02',
        'Ingrid, what will members be paid per tonne this year?',
        '',
        'Ingrid Halvorsen  0:09',
        'We expect 212 euros, against 198 in 2025.',
        '',
        'Rafael Quintero  0:16',
        'And the storage levy stays at four euros.',
        '',
      ].join('\n'),
    });
    const c = loadCorpus(dir);
    expect(c.documents[0]!.meta.title).toBe('Harvest co-op members call: the 2026 grain price');
    const records = recordsOf(c, 'call');
    expect(records.filter((r) => r.line <= 2)).toEqual([]);
    expect(records.find((r) => r.line === 4)).toMatchObject({ type: 'qa', speaker: 'Ingrid Halvorsen', asker: 'Tendai Moyo' });
  });
});

describe('a "Cheers" closing the interview', () => {
  // The host's thanks, then the guest's "Cheers, Leonie.": two sign-offs, each its speaker's quote,
  // no question answered (as "Thanks for having me." is).
  it('pairs no sign-off with the host’s thanks in the Teams interview', () => {
    const records = recordsOf(fixtureCorpus(DIR, ['teams-union-official-2017.txt']), 'teams-union-official-2017');
    expect(records.find((r) => r.line === 29)).toMatchObject({ type: 'quote', speaker: 'Leonie Vasquez-Harte', text: "Thanks, Callum. That's a good place to stop." });
    expect(records.find((r) => r.line === 32)).toMatchObject({ type: 'quote', speaker: 'Callum Breathnach', text: 'Cheers, Leonie.' });
  });

  it('in other words: an oral history signed off with "Cheers, Niamh."', () => {
    const dir = tempCorpus({
      'pilots.txt': [
        'Interview - Harbour pilots oral history (Teams recording)',
        'Attendees: Niamh Gallagher; Pieter Claassen',
        '',
        'Niamh Gallagher   0:03',
        'Pieter, you piloted ships into Durban from 1988. What changed most?',
        '',
        'Pieter Claassen   0:11',
        'The size of the ships. A big container ship then was 3,000 boxes; now it is 20,000.',
        '',
        'Niamh Gallagher   0:24',
        'Critics say the port never kept up.',
        '',
        'Pieter Claassen   0:28',
        'They are right about the channel, wrong about the pilots.',
        '',
        'Niamh Gallagher   0:35',
        'Thanks, Pieter. We will leave it there.',
        '',
        'Pieter Claassen   0:39',
        'Cheers, Niamh.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(loadCorpus(dir), 'pilots');
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'qa', speaker: 'Pieter Claassen', asker: 'Niamh Gallagher', question: 'Critics say the port never kept up.' });
    expect(records.find((r) => r.line === 16)).toMatchObject({ type: 'quote', speaker: 'Niamh Gallagher', text: 'Thanks, Pieter. We will leave it there.' });
    expect(records.find((r) => r.line === 19)).toMatchObject({ type: 'quote', speaker: 'Pieter Claassen', text: 'Cheers, Niamh.' });
  });
});

describe('a numbered voice the header names with an office', () => {
  // "Interview with Commissioner Lucinda Harrow" over "Speaker 1" / "Speaker 2": the guest is
  // Lucinda Harrow (the office no part of the name, so --speaker finds her by her name), and the
  // host addressing her by office ("…, Commissioner.") names the other voice as hers.
  it('names the Rev export’s second voice by the name, not the office', () => {
    const records = recordsOf(fixtureCorpus(DIR, ['rev-official-interview-2023.txt']), 'rev-official-interview-2023');
    expect(records.find((r) => r.line === 5)).toMatchObject({ type: 'qa', speaker: 'Lucinda Harrow', asker: 'Speaker 1' });
    expect(records.filter((r) => r.speaker?.includes('Commissioner'))).toEqual([]);
  });

  it('in other words: a mayor, her first name in full, addressed as "Mayor"', () => {
    const dir = tempCorpus({
      'mayor.txt': [
        'A conversation with Mayor Teodora Vasquez-Lind',
        'Recorded 3 May 2022',
        '',
        'Speaker 1 (00:02):',
        'Mayor, welcome. The bridge reopens in June. Is it on budget?',
        '',
        'Speaker 2 (00:08):',
        'Within two percent. We spent 41 million of the 42 we asked for.',
        '',
        'Speaker 1 (00:15):',
        'And the tolls?',
        '',
        'Speaker 2 (00:17):',
        'There will be none for residents.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(loadCorpus(dir), 'mayor');
    expect(records.find((r) => r.line === 4)).toMatchObject({ type: 'qa', speaker: 'Teodora Vasquez-Lind', asker: 'Speaker 1' });
    expect(records.find((r) => r.line === 10)).toMatchObject({ type: 'qa', speaker: 'Teodora Vasquez-Lind', question: 'And the tolls?' });
  });
});

describe('a question relayed in the present tense', () => {
  // A producer breaks in with a question from the chat, relayed without a question mark ("He
  // asks whether the school routes are affected."): the guest's reply answers it.
  it('pairs the councillor’s reply with the relayed chat question in the Zoom captions', () => {
    const records = recordsOf(fixtureCorpus(DIR, ['council-briefing-zoom-2022.vtt']), 'council-briefing-zoom-2022');
    const relayed = records.find((r) => r.line === 53)!;
    expect(relayed).toMatchObject({ type: 'qa', speaker: 'Abena Frimpong', asker: 'Grace Oduya', text: 'No. School services are contracted separately and stay as they are until 2024.' });
    expect(relayed.question).toContain('He asks whether the school routes are affected.');
  });

  it('in other words: a producer relays an audience member’s question by name', () => {
    const dir = tempCorpus({
      'clinic.txt': [
        'Lena Ortiz: Minister, thanks for joining us. Why close the Harlow clinic?',
        '',
        'Kwame Asare: Because it saw eleven patients a day in 2023.',
        '',
        'Lena Ortiz: And the staff?',
        '',
        'Kwame Asare: All forty keep their jobs.',
        '',
        'Rosa Field: Sorry, Lena, one from the audience. Tomás wants to know when the new clinic opens.',
        '',
        'Kwame Asare: In March 2025, on the old depot site.',
        '',
      ].join('\n'),
    });
    const records = recordsOf(loadCorpus(dir), 'clinic');
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'qa', speaker: 'Kwame Asare', asker: 'Rosa Field', text: 'In March 2025, on the old depot site.' });
  });
});
