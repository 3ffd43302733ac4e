import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const loaded = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const records = (name: string, text: string) => loaded(name, text).records;

describe("a meeting recorder's AI outline above the turns: \"MM:SS Topic: what was said\"", () => {
  const tldv = [
    'Kestrel Robotics – founder interview',
    'Recorded with tl;dv · Wednesday, October 8, 2026 · 47 min',
    '',
    'Outline',
    '00:00 Intro and agenda',
    '03:41 Founding story: leaving Ocado in 2019, first prototype in a rented garage',
    '11:20 Revenue and customers: 38 sites, largest customer 41% of revenue',
    '24:05 Gross margin: from 12% to 37% in two years',
    '42:10 Next steps',
    '',
    'Transcript',
    '',
    'Ines Calloway  00:00',
    'Thanks for doing this, Dmitri. We have about 45 minutes.',
    '',
    'Dmitri Voskresensky  00:07',
    'Great. I left Ocado in 2019 and built the first pallet mover in a garage.',
    '',
    'Ines Calloway  03:41',
    'Why did you leave?',
    '',
    'Dmitri Voskresensky  03:44',
    'Because most warehouses cannot spend tens of millions per site.',
  ].join('\n');
  const fireflies = [
    'Weekly board sync',
    'Fri, 2 Jun 2023 · 31 min',
    '',
    'Chapters',
    '00:00 Welcome',
    '02:15 Budget overrun: the Delancey roof cost 97,000 against 60,000 budgeted.',
    '09:40 Whitlow Street: the survey found subsidence at the rear.',
    '',
    'Gwendolyn Marr',
    '00:00',
    'Okay, we are recording. First item is the finance report.',
    '',
    'Keziah Obi',
    '00:05',
    'We ended August with reserves of 214,000 dollars, below policy.',
    '',
    'Gwendolyn Marr',
    '02:15',
    'And the roof?',
    '',
    'Keziah Obi',
    '02:18',
    'It came in at 97,000.',
  ].join('\n');

  it('gives no outline topic a voice, and the turns below keep theirs', () => {
    for (const [name, text, people] of [
      ['tldv.txt', tldv, ['Dmitri Voskresensky', 'Ines Calloway']],
      ['ff.txt', fireflies, ['Gwendolyn Marr', 'Keziah Obi']],
    ] as const) {
      const recs = records(name, text);
      const speakers = new Set(recs.map((r) => r.speaker).filter(Boolean));
      expect([...speakers].sort(), name).toEqual([...people].sort());
      // No record carries an outline entry as someone's words.
      for (const r of recs) if (r.speaker) expect(r.text, name).not.toMatch(/^\d{2}:\d{2} |Next steps|Whitlow Street: the survey/);
    }
  });
});

describe("a meeting tool's one-line footer under the last turn, its fields parted by middle dots", () => {
  it('is no words of the last turn', () => {
    for (const [footer, last] of [
      ['tl;dv · Record, transcribe & summarize meetings · tldv.io', 'Perfect. Thank you both.'],
      ['Made with Grain · grain.com · Share this recording', 'Talk soon, and thanks again.'],
    ] as const) {
      const text = [
        'Founder call',
        '',
        'Ines Calloway  00:00',
        'Thanks for doing this. What did revenue look like in 2025?',
        '',
        'Dmitri Voskresensky  00:07',
        'About 4.1 million dollars, up from 1.9 million in 2024.',
        '',
        'Ines Calloway  00:20',
        'Great, we will follow up with the data request.',
        '',
        'Dmitri Voskresensky  00:25',
        last,
        '',
        footer,
      ].join('\n');
      const recs = records('call.txt', text);
      const lastRec = recs.find((r) => r.text.includes(last.slice(0, 10)))!;
      expect(lastRec.text).toBe(last);
      expect(recs.some((r) => r.text.includes(footer.slice(0, 12)))).toBe(false);
    }
  });
});

describe('an export header row of fields parted by middle dots, one the date, one the panel', () => {
  it('dates the document and makes no claim of the row', () => {
    for (const [row, date] of [
      ['Interview 2 of 3 · 2 December 2026 · Panel: Jonah Whitcombe (COO), Mei-Lin Harcourt (VP People), Sven Adeyemi (Head of Support EMEA)', '2026-12-02'],
      ['Board session · March 4, 2025 · Attendees: Lena Fischer (chair), Omar Haddad (treasurer), Ruth Mbeki (secretary)', '2025-03-04'],
    ] as const) {
      const text = [
        'Hiring panel – Head of Customer Success',
        row,
        '',
        '[00:00:03.12] - Jonah Whitcombe',
        'How big was the team you inherited, and how big when you left?',
        '',
        '[00:00:14.40] - Rafaela Ostrowska',
        'I inherited nine people in January 2022 and left 34 in August 2025.',
      ].join('\n');
      const corpus = loaded('panel.txt', text);
      expect(corpus.documents[0]!.meta.date).toBe(date);
      expect(corpus.records.some((r) => r.type === 'claim' && /Panel|Attendees/.test(r.text))).toBe(false);
      expect(corpus.records.every((r) => r.year === Number(date.slice(0, 4)))).toBe(true);
    }
  });
});

describe("a meeting export's attendee roster that lists a room device among the people", () => {
  it('is the roster, no claim', () => {
    for (const [roster, people] of [
      ['Cllr Rosalind Achterberg, Cllr Tomasz Wielgus, Deborah Nkemelu, Eastbrook Council - Committee Room 2', ['Rosalind Achterberg', 'Tomasz Wielgus', 'Deborah Nkemelu']],
      ['Hana Sato, Pieter de Wit, HQ - Boardroom (12), Lucas Ferreira', ['Hana Sato', 'Pieter de Wit', 'Lucas Ferreira']],
    ] as const) {
      const text = [
        'Transcript',
        'Housing working session',
        'Nov 17, 2026',
        '',
        'Attendees',
        roster,
        '',
        'Transcript',
        '00:00:00',
        '',
        `${people[0]}: Right, I think we are quorate. The scheme is 412 homes.`,
        `${people[1]}: Of those, 124 are affordable, which is 30% against a target of 35%.`,
        `${people[2]}: Social rent on its own is 66 homes.`,
      ].join('\n');
      const recs = records('meet.txt', text);
      expect(recs.some((r) => r.type === 'claim' && r.text.includes(roster.slice(0, 12)))).toBe(false);
    }
  });
});

describe("a meeting app's notice that its transcript was machine-made, over and under the turns", () => {
  it('is no claim', () => {
    for (const notice of [
      'This editable transcript was computer generated and might contain errors. People can also change the text after it was created.',
      'This transcript was machine generated and may contain errors.',
    ]) {
      const text = [
        'Quarterly grants review - Transcript',
        'Attendees',
        'Ana Ruiz, Ben Odedra',
        'Transcript',
        notice,
        '00:00:00',
        '',
        'Ana Ruiz: We have eleven applications this round and about 240,000 pounds to give.',
        'Ben Odedra: That is less than the 310,000 we had last year, isn\'t it?',
        'Ana Ruiz: It is. The trust cut our allocation in November.',
        '',
        notice,
      ].join('\n');
      const recs = records('meet.txt', text);
      expect(recs.some((r) => /generated|change the text/.test(r.text))).toBe(false);
      expect(recs.filter((r) => r.speaker).length).toBeGreaterThanOrEqual(2);
    }
  });
});
