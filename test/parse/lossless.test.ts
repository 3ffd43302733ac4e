/**
 * No turn is lost: whatever grep finds in a transcript, search finds. A
 * sign-off or back-channel turn between exchanges, an answer abandoned after
 * a few words and the host finishing a dash-broken answer are their
 * speakers' quotes (pairing is unchanged); only a back-channel reply inside
 * a turn joined across it holds no record, and that line lies within the
 * joined record's lines.
 */
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/index/index.js';
import { loadCorpus } from '../../src/load/load.js';
import { search } from '../../src/query/search.js';
import { tempCorpus } from '../helpers.js';

const BROADCAST = `MARY ELLIS, CNN ANCHOR: Senator, is the federal aid coming?

SEN. GRANT HOLLOWAY (R-KY): Mary, the paperwork is signed and the money moves this week.

ELLIS: Thank you.

HOLLOWAY: My pleasure.

ELLIS: Let us look at the damage first.
`;

const DASHED = `Trace: What would help the trustee most?

Jesse: Records of every deposit, so that kind of stuff would be helpful in the event there's any sort of --

Trace: Trading account history.

Jesse: -- dispute over the claims.

Trace: And the timing?

Jesse: Yeah. So these guys --

Trace: Uh-huh.

Trace: Roughly, when do payouts start?

Jesse: Around September, probably.
`;

const REV = `Speaker 1 (00:00:02):
So tell me how the orchard did this year.

Speaker 2 (00:00:07):
Better than expected. The frost missed the early blossoms.

Speaker 1 (00:00:12):
Yeah.

Speaker 2 (00:00:13):
And the cider apples came in heavy, so we pressed twice.

Speaker 1 (00:00:18):
Right.

Speaker 1 (00:00:19):
What about the pears?

Speaker 2 (00:00:21):
Pears were a disaster.
`;

const LISTS = `# Five habits of calm founders

Calm founders share a few habits, the survey found.

- Walk daily
- Write things down

| Habit | Share of founders |
|---|---|
| Journaling | 41% |
`;

const corpus = loadCorpus(
  tempCorpus({
    'broadcast.txt': BROADCAST,
    'dashed.txt': DASHED,
    'rev.txt': REV,
    'baker.md': '**Q: When do you start the dough?**\n\n**A:** At three, before the ovens are hot.\n\n**Q: Every day?**\n\n**A:** Every day except Monday.\n',
    'lists.md': LISTS,
    'panel.txt': 'MODERATOR: Ana, what changed in 2024?\n\nANA RUIZ: Rates. Everything is rates.\n\nMODERATOR: Tom?\n\nTOM HALE: The bigger story is deposits leaving.\n',
    'note.txt': 'Council reverses harbour vote\n\nThe council reversed its dredging vote on Friday after a packed public meeting.\n\nNote: The council later revised the cost estimate to $14 million after a second survey.\n\nSource: council minutes\n',
  }),
);
const index = buildIndex(corpus.records);
const of = (doc: string) => corpus.records.filter((r) => r.doc === doc);
const found = async (q: string, doc: string) => (await search(index, q)).map((h) => h.record).filter((r) => r.doc === doc);

describe('a sign-off between exchanges', () => {
  it('is found by search, as its speaker’s quote', async () => {
    const [hit] = await found('pleasure', 'broadcast');
    expect(hit).toMatchObject({ type: 'quote', text: 'My pleasure.', speaker: 'Grant Holloway', line: 7 });
    expect((await found('thank', 'broadcast')).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Mary Ellis', 'Thank you.']]);
  });

  it('leaves the pairing as it was: one qa, the linking line a quote, no qa of a sign-off', () => {
    expect(of('broadcast').map((r) => [r.type, r.speaker, r.question, r.text])).toEqual([
      ['qa', 'Grant Holloway', 'Senator, is the federal aid coming?', 'Mary, the paperwork is signed and the money moves this week.'],
      ['quote', 'Mary Ellis', null, 'Thank you.'],
      ['quote', 'Grant Holloway', null, 'My pleasure.'],
      ['quote', 'Mary Ellis', null, 'Let us look at the damage first.'],
    ]);
  });

  it('counts in the sentence check', () => {
    const d = corpus.documents.find((x) => x.id === 'broadcast')!;
    // The anchor's role ("CNN ANCHOR") counts too: the qa's askerRole holds it.
    expect(d.sentences).toMatchObject({ total: 6, inRecords: 6, missed: [] });
    expect(d.lines.classified.filler ?? 0).toBe(0);
  });
});

describe('short turns inside a conversation', () => {
  it('keeps the host’s words between the halves of a dash-broken answer as the host’s quote', async () => {
    const qa = of('dashed').filter((r) => r.type === 'qa');
    expect(qa[0]!.text).toBe("Records of every deposit, so that kind of stuff would be helpful in the event there's any sort of --\n-- dispute over the claims.");
    const [hit] = await found('history', 'dashed');
    expect(hit).toMatchObject({ type: 'quote', speaker: 'Trace', text: 'Trading account history.', line: 5 });
  });

  it('keeps an abandoned start as the guest’s quote, and the back-channel inside the joined prompt out', async () => {
    expect((await found('guys', 'dashed')).map((r) => [r.type, r.speaker, r.text])).toEqual([['quote', 'Jesse', 'Yeah. So these guys --']]);
    const timing = of('dashed').find((r) => r.type === 'qa' && r.text.startsWith('Around September'))!;
    expect(timing.question).toBe('And the timing?\nRoughly, when do payouts start?');
    // "Uh-huh." (line 13) is within the joined prompt's lines and in no record's words.
    expect(timing.line).toBeLessThan(13);
    expect(of('dashed').some((r) => /uh-huh/i.test(`${r.question} ${r.text}`))).toBe(false);
    expect(corpus.documents.find((x) => x.id === 'dashed')!.sentences.missed).toEqual([]);
  });

  it('joins the guest’s answer across the host’s “Yeah.”, and opens the host’s next question with “Right.”', async () => {
    const qa = of('rev').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.question, r.text])).toEqual([
      ['So tell me how the orchard did this year.', 'Better than expected. The frost missed the early blossoms.\nAnd the cider apples came in heavy, so we pressed twice.'],
      ['Right.\nWhat about the pears?', 'Pears were a disaster.'],
    ]);
    expect((await found('right', 'rev')).length).toBe(1);
  });

  it('reads a turn written wholly in bold as a label and its words', () => {
    expect(of('baker').map((r) => [r.type, r.question, r.text])).toEqual([
      ['qa', 'When do you start the dough?', 'At three, before the ovens are hot.'],
      ['qa', 'Every day?', 'Every day except Monday.'],
    ]);
  });
});

describe('an article’s short list items and Markdown table rows', () => {
  it('are claims, not headings', async () => {
    expect(of('lists').map((r) => [r.type, r.text, r.line])).toEqual([
      ['claim', 'Calm founders share a few habits, the survey found.', 3],
      ['claim', 'Walk daily', 5],
      ['claim', 'Write things down', 6],
      ['claim', 'Habit — Share of founders', 8],
      ['claim', 'Journaling — 41%', 10],
    ]);
    expect((await found('journaling', 'lists')).length).toBe(1);
    expect(corpus.documents.find((x) => x.id === 'lists')!.lines.classified.heading).toBe(1);
  });
});

describe('an editor’s note', () => {
  it('that is a sentence is a claim; a source line stays page metadata', async () => {
    expect(of('note').map((r) => r.text)).toEqual([
      'The council reversed its dredging vote on Friday after a packed public meeting.',
      'Note: The council later revised the cost estimate to $14 million after a second survey.',
    ]);
    expect((await found('revised', 'note')).length).toBe(1);
    expect(corpus.documents.find((x) => x.id === 'note')!.lines.classified.metadata).toBe(1);
  });
});

describe('a participant’s name asked alone', () => {
  it('hands them the floor: “Tom?” is the question Tom answers', () => {
    expect(of('panel').map((r) => [r.type, r.speaker, r.question])).toEqual([
      ['qa', 'Ana Ruiz', 'Ana, what changed in 2024?'],
      ['qa', 'Tom Hale', 'Tom?'],
    ]);
  });
});

describe('short lines in the body are text, and every heading is searchable', () => {
  const recordsOf = (text: string, file = 'notes.txt') => loadCorpus(tempCorpus({ [file]: text })).records;
  const texts = (text: string, file?: string) => recordsOf(text, file).map((r) => r.text);

  it('reads short lines one under another as a list, each line a claim, not a run of headings', () => {
    const t = texts('Shelter appeal\n\nThe shelter is asking for help this winter. It needs:\n\nWarm blankets\nTinned cat food\nDog leads and collars\n\nDonations can be left at the side door.\n');
    expect(t).toEqual(expect.arrayContaining(['Warm blankets', 'Tinned cat food', 'Dog leads and collars']));
  });

  it('reads a short line right under a sentence as text, not as the heading of what follows', () => {
    const recs = recordsOf('Quick questions\n\nHow many dogs do you have right now?\nForty-one\n\nWould you take more volunteers?\nAlways\n');
    expect(recs.map((r) => r.text)).toEqual(expect.arrayContaining(['Forty-one', 'Always']));
    expect(recs.every((r) => r.section === null)).toBe(true);
  });

  it('keeps numbered sentences and sentences that open with an initial ("E. coli", "J. K. Rowling")', () => {
    const t = texts('Notes on the budget\n\nThe chancellor spoke for an hour.\n\n1. Fuel duty is frozen for another year.\n2. The pension age rises to 68 in 2039.\n\nE. coli infections rose 20% last year, the health department said.\nJ. K. Rowling donated to the clinic in 2019.\n');
    expect(t.join('\n')).toMatch(/Fuel duty is frozen/);
    expect(t.join('\n')).toMatch(/pension age rises/);
    expect(t.join('\n')).toMatch(/E\. coli infections rose/);
    expect(t.join('\n')).toMatch(/J\. K\. Rowling donated/);
  });

  it('still reads a numbered title as a heading: the section of what follows', () => {
    const recs = recordsOf('Report\n\n2. The Driving Force\n\nThe industry grew fast in those years.\n');
    expect(recs.map((r) => [r.text, r.section])).toEqual([['The industry grew fast in those years.', '2. The Driving Force']]);
  });

  it('makes a heading that heads no record a claim of its own, so its words are found', () => {
    const recs = recordsOf('# Annual report\n\n## Part one\n\n### Early years\n\nThe mill opened in 1901.\n\n## Closing words\n', 'report.md');
    expect(recs.map((r) => [r.type, r.text, r.section])).toEqual([
      ['claim', 'Part one', null],
      ['claim', 'The mill opened in 1901.', 'Early years'],
      ['claim', 'Closing words', null],
    ]);
  });
});
