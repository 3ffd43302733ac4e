/**
 * Reading leftovers (test/fixtures/fix23/<folder>, test/fixtures/probe15/<folder>): beside each
 * document, a small text in other words, so each test proves the structure and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const F23 = join(FIXTURES, 'fix23');
const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const find = (c: Corpus, doc: string, words: string) => recs(c, doc).find((r) => r.text.includes(words));
const pairs = (c: Corpus, doc: string) => recs(c, doc).map((r) => [r.type, r.speaker, r.asker, r.type === 'qa' ? r.question : null, r.text]);

describe('a question handed on to a third person', () => {
  it('is answered by the person the hand-over names, asked by who asked it; the hand-over is the chair’s quote', () => {
    const c = fixtureCorpus(join(F23, 'c1'));
    const doc = 'harbor-council-minutes';
    const answer = find(c, doc, 'two change orders')!;
    expect(answer).toMatchObject({ type: 'qa', speaker: 'Irene Vance', asker: 'Daniel Okoro' });
    expect(answer.question).toContain('Who approved the change orders?');
    expect(find(c, doc, 'can you answer that?')).toMatchObject({ type: 'quote', speaker: 'Marisol Teke', text: 'Director Vance, can you answer that?' });
    expect(recs(c, doc).filter((r) => r.type === 'qa' && (r.question ?? '').includes('can you answer that'))).toHaveLength(0);
    // The follow-up goes straight to the one who answered.
    expect(find(c, doc, 'silt tests')).toMatchObject({ type: 'qa', speaker: 'Irene Vance', asker: 'Daniel Okoro', question: 'Then why did the schedule slip by eight months?' });
  });

  it('reads a panel moderator handing an audience question to a panellist the same; a chair’s own question after “Over to you” stays the chair’s', () => {
    const c = fixtureCorpus(join(F23, 'c1'));
    const doc = 'panel-audience-redirect';
    expect(find(c, doc, 'It will, but slowly')).toMatchObject({ type: 'qa', speaker: 'Priya Desai', asker: 'Colin Marsh' });
    expect(find(c, doc, 'would you like to respond?')).toMatchObject({ type: 'quote', speaker: 'Hannah Pryce' });
    expect(find(c, doc, 'Our share is the rolling stock')).toMatchObject({ type: 'qa', speaker: 'Sam Oyelowo', asker: 'Hannah Pryce' });
  });

  it('reads a minister handing a reporter’s question to an official, and “Name?” handing on a question, in other words', () => {
    const c = loadCorpus(
      tempCorpus({
        'presser.txt': [
          'Press conference on the flood defence programme',
          'Ministry of Environment, 2 March 2025',
          '',
          'MINISTER ELENA BRANDT: Good morning. I have a short statement and then we will take questions.',
          '',
          'REPORTER (Tomas Weber, Radio Nord): How many homes are still without flood insurance after the 2024 floods?',
          '',
          "MINISTER BRANDT: That's a detailed figure. I'll ask Dr Lindqvist to take that.",
          '',
          'DR ANNA LINDQVIST: Around eleven thousand homes, mostly along the lower river. The number has fallen since January.',
          '',
          'REPORTER (Tomas Weber, Radio Nord): Minister, will you extend the compensation scheme?',
          '',
          'MINISTER BRANDT: Yes, until the end of 2026.',
          '',
        ].join('\n'),
        'school.txt': [
          'School board meeting, public questions',
          '',
          'CHAIR RUTH ABARA: Next speaker, please.',
          '',
          'MS. LENA FORD: My daughter takes the 7 bus. Why was the late route cut in January?',
          '',
          'CHAIR ABARA: Mr. Quist?',
          '',
          'SUPERINTENDENT PAUL QUIST: The contract ended and the new operator had no driver for it. We restore it in April.',
          '',
        ].join('\n'),
      }),
    );
    expect(find(c, 'presser', 'eleven thousand homes')).toMatchObject({ type: 'qa', speaker: 'Anna Lindqvist', asker: 'Tomas Weber' });
    expect(find(c, 'presser', 'eleven thousand homes')!.question).toContain('How many homes');
    expect(find(c, 'presser', 'ask Dr Lindqvist')).toMatchObject({ type: 'quote', speaker: 'Elena Brandt' });
    expect(find(c, 'presser', 'until the end of 2026')).toMatchObject({ type: 'qa', speaker: 'Elena Brandt', asker: 'Tomas Weber' });
    expect(find(c, 'school', 'The contract ended')).toMatchObject({ type: 'qa', speaker: 'Paul Quist', asker: 'Lena Ford' });
    expect(find(c, 'school', 'Mr. Quist?')).toMatchObject({ type: 'quote', speaker: 'Ruth Abara' });
  });

  it('leaves a panel’s “Tom?” after a panellist’s answer to the chair’s round as it was', () => {
    const c = loadCorpus(
      tempCorpus({
        'round.txt': 'MODERATOR: Ana, what changed in 2024?\n\nANA RUIZ: Rates. Everything is rates. Who saw that coming?\n\nMODERATOR: Tom?\n\nTOM HALE: The bigger story is deposits leaving.\n',
      }),
    );
    expect(pairs(c, 'round').map((p) => p.slice(0, 4))).toEqual([
      ['qa', 'Ana Ruiz', 'Moderator', 'Ana, what changed in 2024?'],
      ['qa', 'Tom Hale', 'Moderator', 'Tom?'],
    ]);
  });
});

describe('an Outlook reply answering quoted questions inline (probe15 findings 39 and 40)', () => {
  const OUTLOOK = [
    'From: Jonas Berg <jonas@tidewater.example>',
    'Sent: Tuesday, June 3, 2025 7:40 AM',
    'To: Ines Molina <ines@harbourreview.example>',
    'Subject: RE: Harbour Review questions',
    '',
    'Ines,',
    '',
    'Answers inline. Shout if anything is too long.',
    '',
    'Jonas',
    '',
    '> 1. Tidewater stopped building ferries in 2019 and went back to it last',
    '> year. Why the change of heart?',
    '',
    'The grants came back. Without them a hull costs twice what a buyer will pay.',
    '',
    '> 2. How many boats will you launch this year?',
    '',
    'Three, if the engines arrive. Two otherwise.',
    '',
    'Jonas Berg',
    'Managing Director, Tidewater Yards',
    'Sent from my iPhone',
    '',
    '-----Original Message-----',
    'From: Ines Molina <ines@harbourreview.example>',
    'Sent: Friday, May 30, 2025 4:12 PM',
    'To: Jonas Berg <jonas@tidewater.example>',
    'Subject: Harbour Review questions',
    '',
    'Hi Jonas, here are my two questions. Thanks for doing this.',
    '',
  ].join('\n');

  it('pairs each quoted question with the answer under it, asked by the original message’s sender; the signature is no record', () => {
    for (const c of [fixtureCorpus(join(FIXTURES, 'probe15', 'c5')), loadCorpus(tempCorpus({ 'reply.txt': OUTLOOK }))]) {
      const doc = c.documents.some((d) => d.id === 'reply') ? 'reply' : 'email-interview-kora-diallo';
      const [replier, asker, n] = doc === 'reply' ? ['Jonas Berg', 'Ines Molina', 2] : ['Amara Diallo', 'Priyanka Shah', 4];
      const qa = recs(c, doc).filter((r) => r.type === 'qa');
      expect(qa).toHaveLength(n);
      for (const r of qa) expect(r).toMatchObject({ speaker: replier, asker, section: null });
      expect(qa[0]!.question).toMatch(/\? *$/);
      expect(qa[0]!.question).toMatch(/^1\. \S.* \S.*\?$/);
      expect(recs(c, doc).filter((r) => r.type === 'claim')).toHaveLength(0);
      expect(recs(c, doc).some((r) => /Sent from|Co-founder|Managing Director/.test(r.text) || /Sent from/.test(r.section ?? ''))).toBe(false);
    }
    const c = loadCorpus(tempCorpus({ 'reply.txt': OUTLOOK }));
    expect(find(c, 'reply', 'grants came back')!.question).toBe('1. Tidewater stopped building ferries in 2019 and went back to it last year. Why the change of heart?');
    expect(find(c, 'reply', 'here are my two questions')).toMatchObject({ type: 'quote', speaker: 'Ines Molina' });
  });

  it('leaves a reply written above the original message, quoting nothing, as it was', () => {
    const top = ['From: Jonas Berg <jonas@tidewater.example>', 'Sent: Tuesday, June 3, 2025 7:40 AM', 'To: Ines Molina <ines@harbourreview.example>', 'Subject: RE: Harbour Review questions', '', 'Ines, the launch moved to August. We are waiting on the engines.', '', 'Jonas', '', '-----Original Message-----', 'From: Ines Molina <ines@harbourreview.example>', 'Sent: Friday, May 30, 2025 4:12 PM', 'Subject: Harbour Review questions', '', 'Hi Jonas, when is the launch?', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'top.txt': top }));
    expect(recs(c, 'top').filter((r) => r.type === 'qa')).toHaveLength(0);
  });
});

describe('a live blog (probe15 finding 19)', () => {
  const LIVE = [
    'Politics live',
    'Harbour tunnel vote passes after all-night sitting – as it happened',
    'Councillors approved the tunnel by two votes after eleven hours of debate and three amendments',
    '',
    'Grace Okafor in Bristol and Tom Ellery (earlier)',
    'Wed 12 Mar 2025 23.40 GMT',
    '',
    'Show key events only',
    'Please turn on JavaScript to use this feature',
    '',
    '23.40 GMT',
    'We are wrapping up',
    '',
    'That is all for tonight. The tunnel passed by 31 votes to 29.',
    '',
    'Updated at 23.52 GMT',
    '',
    '22.15 GMT',
    'Key event',
    'The final vote is called',
    '',
    'The chair has closed the debate. Members are filing back into the chamber.',
    '',
    'Share',
    '',
    '21.02 GMT',
    'The third amendment, on tolls, fell by a wide margin after the treasurer spoke against it.',
    '',
    'Share',
    '',
    'Explore more on these topics',
    'Transport · Local government · Bristol',
    '',
  ].join('\n');

  it('titles the page by its headline, names its writers, and keeps the blog’s furniture out of the records; each stamp heads its entry', () => {
    for (const [c, doc, title, author] of [
      [fixtureCorpus(join(FIXTURES, 'probe15', 'c2')), 'liveblog-cz-sentencing', 'Binance founder Changpeng Zhao sentenced to four months in prison – as it happened', 'Nadia Fenwick and Oliver Stroud'],
      [loadCorpus(tempCorpus({ 'live.txt': LIVE })), 'live', 'Harbour tunnel vote passes after all-night sitting – as it happened', 'Grace Okafor and Tom Ellery'],
    ] as const) {
      const d = c.documents.find((x) => x.id === doc)!;
      expect(d.meta.title).toBe(title);
      expect(d.meta.author).toBe(author);
      const rs = recs(c, doc);
      // A stamp may name its entry's section; it is never a record's words.
      expect(rs.filter((r) => /^\d\d\.\d\d (?:BST|GMT)$/.test(r.text))).toEqual([]);
      for (const furniture of [/Key event/, /JavaScript/, /Updated at/, /Explore more/, / · /, /\(earlier\)/, /^\w{3} \d\d? \w{3} 20\d\d/])
        expect(rs.filter((r) => furniture.test(r.text) || furniture.test(r.section ?? ''))).toEqual([]);
    }
    const c = loadCorpus(tempCorpus({ 'live.txt': LIVE }));
    expect(find(c, 'live', 'The tunnel passed')).toMatchObject({ type: 'claim', section: 'We are wrapping up' });
    // The entry's headline under its badge: the entry's words, under the stamp or heading it.
    expect(['22.15 GMT', 'The final vote is called']).toContain(find(c, 'live', 'The chair has closed')!.section);
    expect(find(c, 'live', 'third amendment')).toMatchObject({ section: '21.02 GMT' });
    const z = fixtureCorpus(join(FIXTURES, 'probe15', 'c2'));
    expect(find(z, 'liveblog-cz-sentencing', 'I deeply regret')).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('leaves two times alone in a text (a timetable’s) as the text’s lines', () => {
    const c = loadCorpus(tempCorpus({ 'day.txt': 'Open day\n\nThe doors open early this year.\n\n09.30\nWelcome in the main hall.\n\n11.00\nTours of the labs.\n' }));
    expect(recs(c, 'day').map((r) => r.text)).toEqual(expect.arrayContaining(['Welcome in the main hall.', 'Tours of the labs.']));
    expect(recs(c, 'day').some((r) => r.section === '09.30')).toBe(false);
  });
});

describe('a Paris Review interview and its masthead (probe14 findings 30, 31)', () => {
  it('pairs INTERVIEWER / SURNAME paragraphs, finds the printed "INTERVIEWER", and dates the issue by "Issue 251, Winter 2024"', () => {
    const c = fixtureCorpus(join(F23, 'c2'));
    const doc = 'paris-review-art-of-fiction';
    const qa = recs(c, doc).filter((r) => r.type === 'qa');
    expect(qa).toHaveLength(3);
    for (const r of qa) expect(r).toMatchObject({ speaker: 'Marguerite Lanvin', asker: 'Paul Ashdown', askerRole: 'Interviewer', year: 2024 });
    const d = c.documents.find((x) => x.id === doc)!;
    expect(d.meta.year ?? Number(String(d.meta.date).slice(0, 4))).toBe(2024);
  });

  it('dates a quarterly by its season in other words; a season in a sentence dates nothing', () => {
    const c = loadCorpus(
      tempCorpus({
        'q.txt': ['GRANTA', 'Vol. 12, No. 3, Spring 2019', '', 'Notes from the harbour', '', 'The boats came in late that year, and the market waited for them until noon.', ''].join('\n'),
        's.txt': ['Notes from the harbour', '', 'In the spring 2019 season the boats came in late, and the market waited for them until noon.', ''].join('\n'),
      }),
    );
    expect(recs(c, 'q')[0]!.year).toBe(2019);
    expect(recs(c, 's')[0]!.year).toBeNull();
  });
});

describe('a Hungarian dateline, the year first (probe14 finding 19)', () => {
  it('dates test/fixtures/probe14/c3 hu-interju-kovacs-2026 by "2026. június 3."', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe14', 'c3'));
    expect(c.documents.find((d) => d.id === 'hu-interju-kovacs-2026')!.meta.date).toBe('2026-06-03');
  });

  it('does so in other words, a place before it and a time after it too; a sentence that opens with a year and a month is no dateline', () => {
    const c = loadCorpus(
      tempCorpus({
        'hu.txt': ['Új híd épül a Tisza felett', '', 'Szerző: Nagy Réka', '2025. szeptember 18.', '', 'A város új hidat épít a folyó felett, amely 2027-re készül el.', ''].join('\n'),
        'hu2.txt': ['Hírek', '', '2025. május 4. óta a városban nem volt ilyen nagy vihar, mondta a polgármester tegnap este.', ''].join('\n'),
        'hu3.txt': ['Piaci hírek', 'Szeged, 2024. márc. 5. 09:40', '', 'A vásárhelyi piacon tegnap kétszer annyian voltak, mint tavaly ilyenkor, és a sajtárusok mind elfogytak délre.', ''].join('\n'),
      }),
    );
    expect(c.documents.find((d) => d.id === 'hu')!.meta.date).toBe('2025-09-18');
    expect(c.documents.find((d) => d.id === 'hu2')!.meta.date).toBeNull();
    expect(c.documents.find((d) => d.id === 'hu3')!.meta.date).toBe('2024-03-05');
  });
});

describe('Persian and Arabic-Indic digits (probe14 finding 18)', () => {
  it('reads ۲۰۲۴ and ٢٠٢٥ as years: the dateline dates the page, the text mentions them', () => {
    const c = fixtureCorpus(join(F23, 'c2'));
    const doc = 'fa-bread-prices';
    expect(c.documents.find((d) => d.id === doc)!.meta.date).toBe('2024-06-12');
    const quote = recs(c, doc).find((r) => r.type === 'quote')!;
    expect(quote.years).toEqual([2022]);
    expect(quote.figures).toEqual([expect.objectContaining({ text: '۲۰۲۲', value: '2022' })]);
    expect(recs(c, doc).find((r) => r.text.includes('٢٠٢٥'))!.years).toEqual([2025]);
  });

  it('does so in Arabic in other words; a Solar Hijri year (۱۴۰۳) is no Gregorian one', () => {
    const c = loadCorpus(tempCorpus({ 'ar.txt': ['ارتفاع أسعار الخبز', '', 'ارتفعت الأسعار منذ عام ٢٠١٩ بنسبة كبيرة، وقال التجار إنها ستستقر.', '', 'در سال ۱۴۰۳ قیمت‌ها ثابت ماند.', ''].join('\n') }));
    expect(recs(c, 'ar').find((r) => r.text.includes('٢٠١٩'))!.years).toEqual([2019]);
    expect(recs(c, 'ar').find((r) => r.text.includes('۱۴۰۳'))!.years).toEqual([]);
  });
});

describe('a participants’ key and a slide outline (probe15 findings 52, 54)', () => {
  it('reads "XX = Name, role, Outlet" lines as the header’s metadata: no claims, no section, the roles on the records', () => {
    const key = [
      'PANEL: WATER AFTER THE DROUGHT',
      'Recorded 3 April 2024, Valencia',
      '',
      'Participants',
      'AL = Ana López, hydrologist, University of Valencia',
      'TK = Tomas Kerr, moderator, El Agua Hoy',
      '',
      'TK: Ana, what changed after the 2023 drought?',
      '',
      'AL: We stopped trusting the averages. Every plan now assumes two dry years in a row.',
      '',
      'TK: And the farmers?',
      '',
      'AL: They moved to drip irrigation faster than anyone expected.',
      '',
    ].join('\n');
    for (const [c, doc, who] of [
      [fixtureCorpus(join(FIXTURES, 'probe15', 'c6')), 'roundtable-women-web3-lisbon', 'He Yi'],
      [loadCorpus(tempCorpus({ 'panel.txt': key })), 'panel', 'Ana López'],
    ] as const) {
      const rs = recs(c, doc);
      expect(rs.filter((r) => / = /.test(r.text) || / = /.test(r.section ?? ''))).toEqual([]);
      expect(rs.find((r) => r.type === 'qa' && r.speaker === who)!.role).toBeTruthy();
    }
    const c = loadCorpus(tempCorpus({ 'panel.txt': key }));
    expect(find(c, 'panel', 'stopped trusting')).toMatchObject({ type: 'qa', speaker: 'Ana López', role: 'hydrologist, University of Valencia', asker: 'Tomas Kerr', section: null });
  });

  it('reads a slide outline: each flush-left title a section, each tab-indented bullet a record of its own', () => {
    const slides = ['Harbour Trust — Annual Review 2024', '\tPrepared for the board', 'Traffic', '\tContainer volumes up 12% on 2023', '\tCruise calls fell to 41', 'Finances', '\tOperating surplus of £3.1m', '\tDebt repaid early', '\t\tTwo loans closed in March', 'Next year', '\tDredge the east berth', '\tHire a harbour master', ''].join('\n');
    const f = fixtureCorpus(join(FIXTURES, 'probe15', 'c6'));
    expect(find(f, 'slides-outline-labs-h1-2023', 'Seed rounds held up')).toMatchObject({ type: 'claim', text: 'Seed rounds held up best: down 41%', section: 'Market context' });
    expect(find(f, 'slides-outline-labs-h1-2023', '24 new investments')).toMatchObject({ section: 'Portfolio performance' });
    expect(find(f, 'slides-outline-labs-h1-2023', '37 companies')).toMatchObject({ type: 'claim', section: 'Pipeline and asks' });
    expect(find(f, 'slides-outline-labs-h1-2023', 'nobody is watching')!.context ?? '').not.toContain('Portfolio performance');
    const c = loadCorpus(tempCorpus({ 'deck.txt': slides }));
    expect(find(c, 'deck', 'Container volumes')).toMatchObject({ type: 'claim', text: 'Container volumes up 12% on 2023', section: 'Traffic' });
    expect(find(c, 'deck', 'Cruise calls')).toMatchObject({ text: 'Cruise calls fell to 41', section: 'Traffic' });
    expect(find(c, 'deck', 'Operating surplus')).toMatchObject({ section: 'Finances' });
    expect(find(c, 'deck', 'Hire a harbour master')).toMatchObject({ type: 'claim', section: 'Next year' });
  });
});

describe('paragraphs whose first lines are indented by a tab', () => {
  it('are no slide outline: each paragraph stays one, heading nothing', () => {
    const text = ['A winter on the ferry', '', '\tThe ferry ran twice a day that winter, and the crew slept', 'aboard when the wind was too strong to cross.', '\tMost mornings the harbour master came down to the slip', 'with coffee and the forecast for the day.', '\tBy March the route had lost money for the ninth year', 'running, and the council began to talk of ending it.', ''].join('\n');
    const c = loadCorpus(tempCorpus({ 'ferry.txt': text }));
    expect(find(c, 'ferry', 'The ferry ran twice')!.text).toContain('too strong to cross.');
    expect(recs(c, 'ferry').every((r) => r.section === null)).toBe(true);
  });
});
