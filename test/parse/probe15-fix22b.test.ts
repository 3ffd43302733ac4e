/**
 * Misreads reviewer probe15 found in its folder c2 (speech and broadcast: a TED page, a eulogy, a
 * radio call-in, a UN noon briefing, a live blog), copied into test/fixtures/probe15/c2, and beside
 * each a small text of our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const C2 = join(FIXTURES, 'probe15', 'c2');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));

const TRIBUTE = [
  'Grace Chapel Newsletter',
  'Remembrance',
  '',
  'Tribute to Rosa Lindqvist (1941–2023)',
  'Delivered by her son, Anders Lindqvist-Holm, at Grace Chapel, Tacoma, Washington, on Friday, June 2, 2023',
  '',
  'Thank you all for being here this afternoon.',
  '',
  'Rosa Lindqvist was born in Malmö in 1941, the second of five daughters. She came to Tacoma at nineteen, and she taught piano for fifty years.',
  '',
  'Her students will tell you she could hear a wrong note from the next street. Her sons will tell you she could not hear the telephone ringing in her own kitchen. (Laughter)',
  '',
  'She was a quiet woman. When I told her I was moving to Anchorage, in 1995, she looked at the map for a long time and then said, "Take a warm coat and write every week."',
  '',
  'Mom, we will keep writing.',
  '',
].join('\n');

describe('a eulogy whose header says who delivered it, where and when (probe15 finding 12)', () => {
  it("makes every sentence the deliverer's, and the father's quotes his (test/fixtures/probe15/c2)", () => {
    const c = fixtureCorpus(C2);
    const doc = 'eulogy-walter-brennan';
    expect(c.documents.find((d) => d.id === doc)!.meta.author).toBe('Claire Brennan-Moss');
    expect(find(c, doc, 'Good morning.')).toMatchObject({ type: 'claim', speaker: 'Claire Brennan-Moss' });
    expect(find(c, doc, 'forty-one years')).toMatchObject({ speaker: 'Claire Brennan-Moss' });
    expect(find(c, doc, 'somebody in this family')).toMatchObject({ type: 'quote', speaker: 'Walter Brennan' });
    expect(find(c, doc, 'nothing left to look for')).toMatchObject({ type: 'quote', speaker: 'Walter Brennan' });
  });

  it('does so in other words; a "Delivered by" name alone still reads, a plain news paragraph keeps no speaker', () => {
    const c = loadCorpus(
      tempCorpus({
        'tribute.txt': TRIBUTE,
        'plain.txt': 'For my sister\n\nDelivered by her brother, Tomas Reyes\n\nShe loved the sea more than anyone I have known.\n',
        'news.txt': 'Harbour news\n\nThe harbour master, Lena Moss, retired on Friday after thirty years. She said the new berths would open in spring.\n',
      }),
    );
    expect(find(c, 'tribute', 'Thank you all')).toMatchObject({ type: 'claim', speaker: 'Anders Lindqvist-Holm' });
    expect(find(c, 'tribute', 'Take a warm coat')).toMatchObject({ type: 'quote', speaker: 'Rosa Lindqvist' });
    expect(c.documents.find((d) => d.id === 'plain')!.meta.author).toBe('Tomas Reyes');
    expect(find(c, 'news', 'thirty years')!.speaker).toBeNull();
  });
});

describe("an audience's reaction closing a speech's paragraph is no sentence (probe15 finding 11)", () => {
  it('check counts no “(Laughter)” as a sentence in no record (test/fixtures/probe15/c2)', () => {
    const c = fixtureCorpus(C2);
    expect(c.documents.find((d) => d.id === 'eulogy-walter-brennan')!.sentences.missed).toEqual([]);
  });

  it('does so in other words; a sentence in brackets that notes no reaction still counts', () => {
    const c = loadCorpus(
      tempCorpus({
        'tribute.txt': TRIBUTE,
        'council.txt': 'Council notes\n\nThe council approved the budget on Monday after a long debate. (The vote was seven to two.)\n',
      }),
    );
    expect(c.documents.find((d) => d.id === 'tribute')!.sentences.missed).toEqual([]);
    const council = c.documents.find((d) => d.id === 'council')!.sentences;
    expect(council.total).toBe(2);
  });
});

const TALK = [
  'Tomás Herrera-Lind: How a village library taught me to code',
  'TEDxPorto · 11:03 · Filmed Mar 2021',
  '',
  'Transcript (English)',
  '',
  '00:09',
  'When I was twelve, the only computer in my village stood in the library, next to the atlases. (Laughter)',
  '',
  '00:18',
  'The librarian gave me thirty minutes a day. I used every one of them.',
  '',
  '00:31',
  '(Applause)',
  '',
  '00:35',
  'Today our school teaches 3,000 children a year. Thank you.',
  '',
].join('\n');

describe('a talk page: `Speaker: Title`, an event line, `Transcript (English)`, stamped paragraphs (probe15 findings 9, 10)', () => {
  it("makes every sentence the speaker's, titles the talk, and keeps reactions and stamps out of the words (test/fixtures/probe15/c2)", () => {
    const c = fixtureCorpus(C2);
    const doc = 'ted-adeyemi-savings-circle';
    const d = c.documents.find((x) => x.id === doc)!;
    expect(d.meta.title).toBe("Why my grandmother's savings circle beats your banking app");
    expect(d.meta.author).toBe('Ngozi Adeyemi-Clarke');
    expect(find(c, doc, 'default rate is 0.6 percent')).toMatchObject({ type: 'claim', speaker: 'Ngozi Adeyemi-Clarke' });
    expect(find(c, doc, 'I did not believe her.')!.text).toBe('I did not believe her.');
    expect(find(c, doc, 'Here is what I want')!.text).toBe('Here is what I want you to take away today.');
    expect(recs(c, doc).some((r) => /Laughter|Transcript \(English\)|TEDxLagos/.test(r.text))).toBe(false);
  });

  it('does so in other words; a stamped transcript whose first line is a turn keeps its labels', () => {
    const c = loadCorpus(
      tempCorpus({
        'talk.txt': TALK,
        'podcast.txt': ['Mara Quist: Welcome back to the workshop hour', '', '00:04', 'Mara Quist: Today we talk about lathes.', '', '00:10', 'Jon Berg: Thanks for having me.', '', '00:15', 'Mara Quist: How did you start?', '', '00:19', 'Jon Berg: In my father’s garage.', ''].join('\n'),
      }),
    );
    const talk = c.documents.find((x) => x.id === 'talk')!;
    expect(talk.meta.title).toBe('How a village library taught me to code');
    expect(talk.meta.author).toBe('Tomás Herrera-Lind');
    expect(find(c, 'talk', 'thirty minutes a day')).toMatchObject({ speaker: 'Tomás Herrera-Lind' });
    expect(find(c, 'talk', 'The librarian gave me')!.text).toBe('The librarian gave me thirty minutes a day.');
    expect(recs(c, 'talk').some((r) => /Laughter|Applause|Transcript|TEDxPorto/.test(r.text))).toBe(false);
    expect(c.documents.find((x) => x.id === 'podcast')!.meta.author).toBeNull();
  });
});

describe("a briefing: the role label is the holder the header names, the opening statement the briefer's (probe15 finding 17)", () => {
  it('credits "Deputy Spokesperson:" and the announcements under their headings to the holder (test/fixtures/probe15/c2)', () => {
    const c = fixtureCorpus(C2);
    const doc = 'un-noon-briefing-2024-06-12';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(4);
    for (const r of qa) expect(r.speaker).toBe('Inés Calloway');
    expect(find(c, doc, 'Good afternoon.')).toMatchObject({ speaker: 'Inés Calloway' });
    expect(find(c, doc, 'at least 130 civilians')).toMatchObject({ speaker: 'Inés Calloway' });
    expect(find(c, doc, '96 fully paid-up')).toMatchObject({ speaker: 'Inés Calloway' });
    expect(find(c, doc, 'near-verbatim transcript')!.speaker).toBeNull();
  });

  it('does so in other words; a label that is a name in a list of names keeps its own name', () => {
    const c = loadCorpus(
      tempCorpus({
        'brief.txt': [
          'PRESS BRIEFING BY THE HARBOUR BOARD',
          '',
          '3 March 2025',
          '',
          "The following is a transcript of today's briefing by Marta Okonkwo, Acting Spokesperson for the Harbour Board.",
          '',
          "Good morning. I'll begin with the storm.",
          '',
          '**Storm damage**',
          'Two piers were closed overnight after the surge. Repairs are expected to take six weeks.',
          '',
          'Questions and answers',
          '',
          'Question: Marta, when will the ferries run again?',
          '',
          'Acting Spokesperson: On Thursday, if the inspection goes well.',
          '',
          'Question: And the fishing fleet?',
          '',
          'Acting Spokesperson: The fleet can use the north basin from tomorrow.',
          '',
        ].join('\n'),
        'profile.txt': ['---', 'speakers: [Lina Voss, Sam]', 'host: Sam', '---', 'Lina Voss on building boats', '', 'I think a boat should outlive its builder.', '', '**Key Summary**', 'Lina Voss has built wooden boats in Bergen for thirty years. She trains four apprentices.', '', 'Sam: Why wood?', '', 'Lina Voss: Because it can be mended.', ''].join('\n'),
        'panel.txt': ['Panel on river trade', '', 'Speakers: Tom Albrecht, Jane Doe, and others.', '', 'Tom Albrecht: Shall we begin with the locks?', '', 'Jane Doe: Yes. The locks are the bottleneck, and they were built in 1911.', '', 'Tom Albrecht: And the barges?', '', 'Jane Doe: The barges are fine.', ''].join('\n'),
      }),
    );
    for (const r of recs(c, 'brief').filter((x) => x.type === 'qa')) expect(r.speaker).toBe('Marta Okonkwo');
    expect(find(c, 'brief', 'Two piers were closed')).toMatchObject({ speaker: 'Marta Okonkwo' });
    expect(recs(c, 'panel').filter((r) => r.type === 'qa').map((r) => r.speaker)).toEqual(['Jane Doe', 'Jane Doe']);
    // A page's summary of its guest under a heading, below a first-person line, is the page's.
    expect(find(c, 'profile', 'thirty years')!.speaker).not.toBe('Lina Voss');
  });
});

describe('a radio call-in: the cast line\'s description, a caller\'s note that says where they ring from (probe15 findings 14, 15)', () => {
  it('gives the guest the role the cast line gives, and the callers the names the host hands the line to (test/fixtures/probe15/c2)', () => {
    const c = fixtureCorpus(C2);
    const qa = recs(c, 'radio-moneyline-crypto-scams').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.asker)).toEqual(['Bev', 'Bev', 'Marcus', 'Dale Sorensen']);
    expect(qa[0]!.askerRole).toBe('caller (Ohio)');
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Priya Nand', role: "fraud investigator, Ohio Attorney General's office (retired)" });
  });

  it('does so in other words; callers whose notes give their names keep them', () => {
    const c = loadCorpus(
      tempCorpus({
        'radio.txt': [
          'KQRS 95.3 — CITY MONEY HOUR',
          'Host: Lena Kraus. Guest: Omar Haddad, consumer lawyer, Minnesota Legal Aid (volunteer).',
          '',
          'HOST: Good evening. Dave in Bloomington, you\'re on the air.',
          '',
          'CALLER (Minnesota): Hi Lena. My landlord kept my deposit. Can he do that?',
          '',
          'GUEST: Dave, only for damage he can show you in writing.',
          '',
          'HOST: Next up, Rosa, calling from Duluth.',
          '',
          'CALLER (Duluth, Minnesota): Hello. Is a text message a written notice?',
          '',
          'GUEST: Usually, yes. Keep a copy of it.',
          '',
        ].join('\n'),
        'phonein.txt': [
          'PRESENTER: Good morning, the lines are open.',
          '',
          'CALLER (Sheila, Headingley): Morning. Why are the buses late again?',
          '',
          'PRESENTER: A fair question, Sheila.',
          '',
          'CALLER (Ray, Leeds): Can I add to that? The 42 never came at all.',
          '',
          'PRESENTER: Thanks, Ray.',
          '',
        ].join('\n'),
      }),
    );
    const qa = recs(c, 'radio').filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.asker)).toEqual(['Dave', 'Rosa']);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Omar Haddad', role: 'consumer lawyer, Minnesota Legal Aid (volunteer)' });
    const callers = new Set(recs(c, 'phonein').flatMap((r) => [r.speaker, r.asker]));
    expect(callers.has('Sheila')).toBe(true);
    expect(callers.has('Ray')).toBe(true);
  });
});

describe('datelines: a keyed field with a weekday and a qualifier, a speech\'s delivery line (probe15 findings 16, 13)', () => {
  it('dates the radio transcript and the eulogy (test/fixtures/probe15/c2)', () => {
    const c = fixtureCorpus(C2);
    expect(c.documents.find((d) => d.id === 'radio-moneyline-crypto-scams')!.meta.date).toBe('2024-10-08');
    expect(find(c, 'radio-moneyline-crypto-scams', 'hour two')).toBeUndefined();
    expect(c.documents.find((d) => d.id === 'eulogy-walter-brennan')!.meta.date).toBe('2024-03-09');
  });

  it('does so in other words; a keyed line that goes on as a sentence dates nothing', () => {
    const c = loadCorpus(
      tempCorpus({
        'show.txt': ['CITY MONEY HOUR', 'Programme log: Friday, March 7, 2025, late edition', '', 'HOST: Good evening and welcome.', '', 'GUEST: Thank you for having me.', ''].join('\n'),
        'tribute.txt': TRIBUTE,
        'note.txt': ['Harbour notes', 'Reminder: the meeting moved from Friday, March 7, 2025, to a later date we will announce soon', '', 'The harbour board met on Monday and discussed the new berths at length.', ''].join('\n'),
      }),
    );
    expect(c.documents.find((d) => d.id === 'show')!.meta.date).toBe('2025-03-07');
    expect(c.documents.find((d) => d.id === 'tribute')!.meta.date).toBe('2023-06-02');
    expect(c.documents.find((d) => d.id === 'note')!.meta.date).toBeNull();
  });
});
