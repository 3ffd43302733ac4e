/**
 * probe11 leftovers (fix17b): findings 33, 16/23, 15/17, 28, Element/Matrix, Stack Exchange and
 * Mattermost shapes, each on the reviewer's document (copied into test/fixtures/probe11) and on a
 * small text of our own in other words, so each test proves the shape and not the sentence.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const recs = (c: Corpus, doc: string) => c.records.filter((r) => r.doc === doc);
const P11 = (f: string) => join(FIXTURES, 'probe11', f);

describe('a press conference\'s floor: "Q (Outlet):" and the moderator\'s floor calls (probe11 finding 33)', () => {
  it('reads the press conference: "Q (The Block):" asks as the outlet; "Last question." and "Thank you all." answer nothing', () => {
    const c = fixtureCorpus(P11('c5'));
    const rs = recs(c, 'press-conference-transcript-binance-paris-2022-05-04');
    const qas = rs.filter((r) => r.type === 'qa');
    const block = qas.find((r) => r.question?.includes('Twitter'))!;
    expect(block.asker).toBeNull();
    expect(block.askerRole).toBe('The Block');
    // the document labels its reporters "Q (Outlet, Name)": a note alone is the outlet
    const echos = qas.find((r) => r.question?.includes('French users'))!;
    expect(echos.asker).toBeNull();
    expect(echos.askerRole).toBe('Les Echos');
    expect(qas.find((r) => r.question?.includes('global headquarters'))).toMatchObject({ asker: 'Francois de Beaupuy', askerRole: 'Bloomberg' });
    // each reporter's question is one qa; the moderator's floor calls are her quotes
    expect(qas.filter((r) => r.question?.includes('FCA'))).toHaveLength(1);
    expect(qas.filter((r) => r.question?.includes('Twitter'))).toHaveLength(1);
    for (const t of ['Last question.', 'Thank you all.']) expect(rs.find((r) => r.text === t)).toMatchObject({ type: 'quote', speaker: 'Claire Dubois' });
  });

  it('holds for a briefing in other words, with no moderator named in a header', () => {
    const c = loadCorpus(
      tempCorpus({
        'townhall.txt':
          'Town hall with the mayor, March 2019\n\nJANE ROSS: Welcome. We will go straight to your questions.\n\n' +
          'Q (Tom Reyes, Daily Ledger): When will the bridge reopen?\n\nMAYOR ALVAREZ: In June, if the inspections pass.\n\nJANE ROSS: Next question.\n\n' +
          'Q (KQED): What about the budget gap?\n\nMAYOR ALVAREZ: We will close it without layoffs.\n\nJANE ROSS: Thank you, everyone.\n',
      }),
    );
    const rs = recs(c, 'townhall');
    expect(rs.filter((r) => r.type === 'qa').map((r) => r.text)).toEqual(['In June, if the inspections pass.', 'We will close it without layoffs.']);
    expect(rs.find((r) => r.question?.includes('budget'))).toMatchObject({ asker: null, askerRole: 'KQED' });
    expect(rs.find((r) => r.text === 'Next question.')?.type).toBe('quote');
  });
});

describe('reported speech: "O juiz afirmou que X “…”", "has called her “…”" (probe11 findings 16, 23)', () => {
  it('reads the Folha article: the judge named earlier says the quoted clause', () => {
    const c = fixtureCorpus(P11('c3'));
    const q = recs(c, 'cz-condenado-folha-2024').find((r) => r.text.startsWith('colocou o crescimento'));
    expect(q).toMatchObject({ type: 'quote', speaker: 'Richard Jones' });
  });

  it('reads the Obsidian note: "CZ has called her “…”" is a quote by CZ', () => {
    const c = fixtureCorpus(P11('c2'));
    const q = recs(c, 'He Yi - Binance co-founder').find((r) => r.text === 'the most important person at Binance');
    expect(q).toMatchObject({ type: 'quote', speaker: 'CZ' });
  });

  it('holds in other words: a Portuguese judge and lawyer by role, English perfect and "described … as"', () => {
    const c = loadCorpus(
      tempCorpus({
        'pt.txt':
          'Tribunal condena empresário por fraude\n\nO empresário Paulo Reis foi condenado nesta quarta-feira pelo juiz Marcos Tavares, da 3ª Vara Federal.\n\n' +
          'O juiz afirmou que Reis "agiu com total desprezo pelos investidores". A defesa vai recorrer.\n',
        'en.txt':
          'Notes on the harbour dispute, 2021\n\nMara Lindqvist has called the plan "a gift to the shipping lobby" more than once.\n\n' +
          'The mayor, Tomas Berg, has described it as "the best deal this town will ever get" in two interviews.\n',
      }),
    );
    expect(recs(c, 'pt').find((r) => r.text.startsWith('agiu com'))).toMatchObject({ type: 'quote', speaker: 'Marcos Tavares' });
    expect(recs(c, 'en').find((r) => r.text.startsWith('a gift'))).toMatchObject({ type: 'quote', speaker: 'Mara Lindqvist' });
    expect(recs(c, 'en').find((r) => r.text.startsWith('the best deal'))).toMatchObject({ type: 'quote', speaker: 'Tomas Berg' });
  });
});

describe('a notes app\'s page properties date the note (probe11 findings 15, 17)', () => {
  it('reads the Obsidian note by its "created:" and the Notion page by its "Date:" over "Created:"', () => {
    const c = fixtureCorpus(P11('c2'));
    const doc = (id: string) => c.documents.find((d) => d.id === id)!.meta;
    expect(doc('He Yi - Binance co-founder')).toMatchObject({ date: '2024-02-11', year: 2024 });
    expect(recs(c, 'He Yi - Binance co-founder').find((r) => r.text.startsWith('Co-founder of'))?.year).toBe(2024);
    expect(doc('Interview prep - Marta Ivanova')).toMatchObject({ date: '2024-09-09', year: 2024 });
  });

  it('holds in other words; a "date:" of its own still wins over "created:"', () => {
    const c = loadCorpus(
      tempCorpus({
        'obs.md': '---\ntags: [person]\ncreated: 2019-06-02T08:15\nupdated: 2020-01-05\n---\n# Ana Reyes\n\nFounder of a bakery chain.\n',
        'dated.md': '---\ncreated: 2019-06-02\ndate: 2015-04-01\n---\n# Ana Reyes\n\nFounder of a bakery chain.\n',
        'notion.md': '# Prep - Ana Reyes\n\nCreated: March 1, 2021 9:00 AM\nStatus: Done\nDate: March 12, 2021\n\n## Notes\nAna Reyes runs a bakery chain.\n',
      }),
    );
    const doc = (id: string) => c.documents.find((d) => d.id === id)!.meta;
    expect(doc('obs')).toMatchObject({ date: '2019-06-02', year: 2019 });
    expect(doc('dated')).toMatchObject({ date: '2015-04-01', year: 2015 });
    expect(doc('notion')).toMatchObject({ date: '2021-03-12', year: 2021 });
  });
});

describe('an Element/Matrix export: one turn per run of a sender, full ids named where the export names them', () => {
  it('reads the reviewer\'s Element export: a sender\'s consecutive messages are one turn', () => {
    const c = fixtureCorpus(P11('c1'));
    const rs = recs(c, 'element-export-binance-research-2024-03-02');
    const dana = rs.find((r) => r.line === 7)!;
    expect(dana.endLine).toBe(8);
    expect(dana.speaker).toBe('@dana.ruiz:matrix.org');
  });

  it('a Matrix id resolves to the display name the export gives it ("Name (@id:server)", "changed their display name to")', () => {
    const c = loadCorpus(
      tempCorpus({
        'element.txt':
          'Harbour Co-op - Chat Export\nExported by Lena Berg (@lena:coop.example) on Tue, Jun 4 2024, 18:02:11\n\nTue, Jun 4 2024\n\n' +
          'Tue, Jun 4 2024, 09:00:03 - @omar.haddad:coop.example changed their display name to Omar Haddad\n' +
          'Tue, Jun 4 2024, 09:01:12 - @lena:coop.example: Morning. The board meets at noon.\n' +
          'Tue, Jun 4 2024, 09:01:40 - @lena:coop.example: Agenda is the pier lease.\n' +
          'Tue, Jun 4 2024, 09:03:45 - @omar.haddad:coop.example: Is the lease still at 40 years?\n' +
          'Tue, Jun 4 2024, 09:04:02 - @lena:coop.example: Yes, 40 years with a review in 2034.\n',
      }),
    );
    const rs = recs(c, 'element');
    expect(rs.find((r) => r.line === 7)).toMatchObject({ speaker: 'Lena Berg', endLine: 8 });
    expect(rs.find((r) => r.type === 'qa')).toMatchObject({ asker: 'Omar Haddad', speaker: 'Lena Berg' });
  });
});

describe('"Binance\'s statement: “…”" is a quote by its owner, in a chat message or a story (probe11 finding 6)', () => {
  it('reads the Mattermost export: the statement inside Rosa\'s message is Binance\'s', () => {
    const c = fixtureCorpus(P11('c1'));
    const rs = recs(c, 'Mattermost-town-square-export');
    expect(rs.find((r) => r.text === 'We will defend our platform vigorously.')).toMatchObject({ type: 'quote', speaker: 'Binance' });
    // the message stays its sender's, whole
    expect(rs.find((r) => r.text.startsWith("Binance's statement"))?.speaker).toBe('Rosa Delgado');
  });

  it('holds in other words, and is no speaker label "Harbour Line\'s statement"', () => {
    const c = loadCorpus(
      tempCorpus({
        'story.txt': 'Ferry news, 2022\n\nThe council met on Monday. Harbour Line\'s full response: "We will keep every route open." The unions were not convinced.\n',
      }),
    );
    const rs = recs(c, 'story');
    expect(rs.find((r) => r.text === 'We will keep every route open.')).toMatchObject({ type: 'quote', speaker: 'Harbour Line' });
    expect(rs.some((r) => r.speaker?.includes('statement') || r.speaker?.includes('response'))).toBe(false);
  });
});

describe('a Q&A site\'s page is dated by its user card (probe11 finding 35, the year)', () => {
  it('reads the Stack Exchange page: "asked May 9, 2019 at 6:41" dates the page and its records', () => {
    const c = fixtureCorpus(P11('c6'));
    const doc = c.documents.find((d) => d.id === 'stackexchange-bitcoin-q-118233')!;
    expect(doc.meta).toMatchObject({ date: '2019-05-09', year: 2019 });
    expect(recs(c, doc.id).find((r) => r.type === 'qa')?.year).toBe(2019);
  });

  it('holds in other words: the question\'s card over the answer\'s, wherever they stand', () => {
    const page =
      'How do I keep sourdough starter alive on holiday?\n\nScore: 4\n\nI travel for two weeks. Will the starter survive in the fridge?\n\nbaking sourdough\n' +
      'asked 14 Jun 2017 at 10:02\nMarta Olsen\n1,204 • 3 • 11\n\n1 Answer\n\nScore: 9  ✓ Accepted\n\nYes. Feed it, then chill it; it keeps a month.\n\n' +
      'answered Mar 3, 2021 at 8:15\nKeld Iversen\n12.4k • 40 • 90\n';
    const c = loadCorpus(tempCorpus({ 'sourdough.txt': page }));
    expect(c.documents.find((d) => d.id === 'sourdough')!.meta).toMatchObject({ date: '2017-06-14', year: 2017 });
  });
});

describe('minutes\' reported exchange: "X asked whether …. Y replied that …" is one qa (probe11 finding 28)', () => {
  it('reads the AGM minutes: the shareholder asks, the Chair (the attendance block names him) answers', () => {
    const c = fixtureCorpus(P11('c4'));
    const qa = recs(c, 'Minutes_AGM_2023_Northwind_Foods_plc').find((r) => r.question?.startsWith('Mrs Eileen Moffat'));
    expect(qa).toMatchObject({ type: 'qa', asker: 'Eileen Moffat', speaker: 'Sir Alan Whitcombe' });
    expect(qa?.text.startsWith('The Chair replied that')).toBe(true);
  });

  it('holds in other words; an "asked" sentence with no named reply stays a claim', () => {
    const c = loadCorpus(
      tempCorpus({
        'minutes.txt':
          'Parish council minutes, 4 March 2020\n\n5. Public questions\n' +
          'Mr Tom Hale, a resident, asked when the footpath by the mill would reopen. Councillor Priya Nair responded that the contractor expected to finish in April.\n\n' +
          'Ms Ana Ruiz asked whether the hall fees would rise. The meeting moved to the next item without a vote.\n',
      }),
    );
    const rs = recs(c, 'minutes');
    expect(rs.find((r) => r.type === 'qa')).toMatchObject({ asker: 'Tom Hale', speaker: 'Priya Nair' });
    expect(rs.filter((r) => r.type === 'qa')).toHaveLength(1);
    expect(rs.find((r) => r.text.startsWith('Ms Ana Ruiz asked'))?.type).toBe('claim');
  });
});
