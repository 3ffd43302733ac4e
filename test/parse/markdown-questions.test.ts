/**
 * A Markdown Q&A written as question headings ("### When did you open?") with
 * the answers as paragraphs under them: each heading and its paragraphs are
 * one qa, answered by the guest the title names. One question heading among
 * others in an article is only a section title.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const INTERVIEW = `# Five questions for Lena Okafor, head baker at Rye & Ember

*Interview by Tom Reyes, March 2024*

### How did you start baking?

I started at my grandmother's kitchen in Lagos when I was nine.
She made agege bread every Saturday.

### When did Rye & Ember open?

We opened in October 2019, three months before the pandemic.

Today we have 23 employees.

### What's next?

A second shop in Leeds, hopefully by spring 2025.
`;

const ARTICLE = `# The harbour vote

## What happens next?

The council meets again on Monday. The mayor said the plan "will not be rushed."

## The money

The budget is 4 million euros.
`;

describe('Markdown question headings', () => {
  it('pair each question heading with the paragraphs under it, answered by the guest the title names', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'baker.md': INTERVIEW }));
    const records = corpus.records;
    expect(records.map((r) => r.type)).toEqual(['qa', 'qa', 'qa']);
    expect(records.map((r) => r.question)).toEqual(['How did you start baking?', 'When did Rye & Ember open?', "What's next?"]);
    expect(records.every((r) => r.speaker === 'Lena Okafor')).toBe(true);
    // lines of a paragraph join with a space, paragraphs with a line break
    expect(records[0]!.text).toBe("I started at my grandmother's kitchen in Lagos when I was nine. She made agege bread every Saturday.");
    expect(records[1]!.text).toBe('We opened in October 2019, three months before the pandemic.\nToday we have 23 employees.');
    expect(records[1]).toMatchObject({ line: 10, endLine: 14 });
    expect(records.some((r) => r.text.includes('#') || (r.question ?? '').includes('#'))).toBe(false);
    expect(corpus.documents[0]!.sentences?.missed ?? []).toEqual([]);
  });

  it('are answered by the guest a standfirst names when the title names nobody', () => {
    const qa = (standfirst: string) =>
      `# Four questions about the night ferry\n\n${standfirst}\n\n### How long is the crossing?\n\nEleven hours when the sea is calm.\n\n### Do people sleep?\n\nMost of them, in cabins or on the benches.\n`;
    for (const standfirst of ['We spoke to Captain Rosalind Achterberg, who has run the route since 2009, about the last winter sailings.', 'Answers from Rosalind Achterberg, master of the MV Skerry.']) {
      const records = loadCorpus(tempCorpus({ 'ferry.md': qa(standfirst) })).records.filter((r) => r.type === 'qa');
      expect(records.map((r) => r.speaker), standfirst).toEqual(['Rosalind Achterberg', 'Rosalind Achterberg']);
    }
    // Talk of speaking, with no name after it, names no guest.
    const none = loadCorpus(tempCorpus({ 'ferry.md': qa('We spoke for an hour on the bridge, about the last winter sailings.') })).records.filter((r) => r.type === 'qa');
    expect(none.map((r) => r.speaker)).toEqual([null, null]);
  });

  it('leave an article with one question heading to its quotes and claims, the heading a section', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'vote.md': ARTICLE }));
    const records = corpus.records;
    expect(records.some((r) => r.type === 'qa')).toBe(false);
    expect(records.find((r) => r.text.startsWith('The council meets'))).toMatchObject({ type: 'claim', section: 'What happens next?' });
    expect(records.find((r) => r.type === 'quote')).toMatchObject({ speaker: 'the mayor', section: 'What happens next?' });
    expect(records.find((r) => r.text.startsWith('The budget'))).toMatchObject({ section: 'The money' });
  });
});

describe('a magazine Q&A with its questions in bold paragraphs', () => {
  const keeper = `---
title: Ten minutes with a lighthouse keeper
author: Sam Ortega
date: 2023-06-02
speakers: [Greta Holm]
---

Greta Holm has kept the Skarvik light for 22 years. We talked on the gallery deck.

**Why does a lighthouse still need a keeper?**

It doesn't, strictly. The lamp has been automatic since 1994.

But the fog signal fails about twice a winter.

*What was the worst night?*

November 2011. The wind hit 41 metres a second.

**Will you be the last keeper?**

Probably.
`;

  it('makes each bold or italic question and the paragraphs under it a qa of the guest, asked by the author', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'keeper.md': keeper }));
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text])).toEqual([
      ['Sam Ortega', 'Greta Holm', 'Why does a lighthouse still need a keeper?', "It doesn't, strictly. The lamp has been automatic since 1994.\nBut the fog signal fails about twice a winter."],
      ['Sam Ortega', 'Greta Holm', 'What was the worst night?', 'November 2011. The wind hit 41 metres a second.'],
      ['Sam Ortega', 'Greta Holm', 'Will you be the last keeper?', 'Probably.'],
    ]);
    expect(corpus.records.filter((r) => r.type === 'claim').map((r) => r.speaker)).toEqual(['Sam Ortega', 'Sam Ortega']);
  });

  it('leaves one bold question in an article a sentence of the narrator', async () => {
    const article = `---\ntitle: Harbour news\nauthor: Sam Ortega\n---\n\nThe harbour reopened on Monday.\n\n**Will the ferries return?**\n\nThe council has not said.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'news.md': article }));
    expect(corpus.records.some((r) => r.type === 'qa')).toBe(false);
    expect(corpus.records.map((r) => r.text).join(' ')).toContain('The council has not said.');
  });
});

describe('readers\' questions and numbered questions in bold', () => {
  const rows = (files: Record<string, string>) =>
    loadCorpus(tempCorpus(files)).records.map((r) => [r.type, r.speaker, r.asker, r.question, r.text]);

  it('a reader\'s question in quotation marks signed "— Name, Place" is asked by its signer and answered by the columnist', () => {
    const body = '---\ntitle: "Ask Delia"\nspeakers: [Delia Marsh]\n---\nOur cook answers your letters.\n\n**"Why does my bread sink in the middle?" — Owen, Cardiff**\n\nIt rose too long, Owen. Bake it sooner.\n\n**"Can I freeze choux pastry?" — Mei L., via email**\n\nYes, piped and unbaked, for a month.\n';
    expect(rows({ 'ask.md': body }).filter((r) => r[0] === 'qa')).toEqual([
      ['qa', 'Delia Marsh', 'Owen', '"Why does my bread sink in the middle?" — Owen, Cardiff', 'It rose too long, Owen. Bake it sooner.'],
      ['qa', 'Delia Marsh', 'Mei L.', '"Can I freeze choux pastry?" — Mei L., via email', 'Yes, piped and unbaked, for a month.'],
    ]);
    // Every sentence is in a record: the signature's town too.
    expect(loadCorpus(tempCorpus({ 'ask.md': body })).documents[0]!.sentences.missed).toEqual([]);
  });

  it('a numbered list of bold questions answers in each item\'s indented lines; the paragraph after the list is the author\'s', () => {
    const body = '---\ntitle: "Questions for the harbour master"\nspeakers: [Ines Quayle]\n---\nWe put readers\' questions to Ines Quayle.\n\n1. **Why do the ferries leave so early?**\n   The tide. After nine the bar is too shallow.\n\n2. **Will the breakwater be repaired this year?**\n   Work starts in May.\n\nSend your questions to the harbour office.\n';
    expect(rows({ 'hm.md': body }).map((r) => [r[0], r[1], r[3], r[4]])).toEqual([
      ['claim', null, null, "We put readers' questions to Ines Quayle."],
      ['qa', 'Ines Quayle', 'Why do the ferries leave so early?', 'The tide. After nine the bar is too shallow.'],
      ['qa', 'Ines Quayle', 'Will the breakwater be repaired this year?', 'Work starts in May.'],
      ['claim', null, null, 'Send your questions to the harbour office.'],
    ]);
  });

  it('numbered bold questions each answered by a labelled speaker pair as that speaker\'s qa, the question text without its marks', () => {
    const body = '# What shareholders asked\n\nOur chief executive Ana Pereira and finance chief Tom Becker answer.\n\n1. **How much will you invest in 2026?**\n   Ana Pereira: About $400 million.\n\n2. **Is the dividend safe?**\n   Tom Becker: Yes, it is covered twice.\n\n3. **When does the plant open?**\n   Ana Pereira: In March.\n';
    expect(rows({ 'sh.md': body }).filter((r) => r[0] === 'qa').map((r) => [r[1], r[3], r[4]])).toEqual([
      ['Ana Pereira', 'How much will you invest in 2026?', 'About $400 million.'],
      ['Tom Becker', 'Is the dividend safe?', 'Yes, it is covered twice.'],
      ['Ana Pereira', 'When does the plant open?', 'In March.'],
    ]);
    // Enough labelled answers make the document a transcript: the bold numbered questions are still the askers' turns.
    const more = body + '\n4. **Who builds it?**\n   Tom Becker: A firm from Porto.\n\n5. **Will you hire locally?**\n   Ana Pereira: Two hundred people.\n';
    const got = rows({ 'sh.md': more }).filter((r) => r[0] === 'qa').map((r) => [r[1], r[3]]);
    expect(got).toHaveLength(5);
    expect(got[3]).toEqual(['Tom Becker', 'Who builds it?']);
    expect(rows({ 'sh.md': more }).some((r) => String(r[4]).includes('**'))).toBe(false);
  });
});

describe('the side marks of a Markdown Q&A', () => {
  it('reads a question heading without its "Q:" and a bold answer without its "A:"', async () => {
    const doc = '# Oona Byrne, lighthouse keeper, answers readers\n\n## Q: How old is the lighthouse?\n\nIt was first lit in 1871, and the lens we use today came from Paris in 1903.\n\n## Q: Do you live there?\n\nFour nights a week, and my brother keeps the other three.\n\n**Q: What do you miss?**\n\n**A:** Fresh bread, mostly.\n';
    const corpus = await loadCorpus(tempCorpus({ 'keeper.md': doc }));
    expect(corpus.documents[0]!.shape).toBe('prose');
    expect(corpus.records.map((r) => [r.type, r.question, r.text])).toEqual([
      ['qa', 'How old is the lighthouse?', 'It was first lit in 1871, and the lens we use today came from Paris in 1903.'],
      ['qa', 'Do you live there?', 'Four nights a week, and my brother keeps the other three.'],
      ['qa', 'What do you miss?', 'Fresh bread, mostly.'],
    ]);
  });
});

describe('readers\' questions under who sent them, answered in blockquotes', () => {
  const LETTERS = `# Readers' questions for the harbour master, answered

From the Port Gazette, autumn issue. The harbour master answered by letter.

**From Jonas P., Gdynia:** When will the north quay reopen?

> Not before March. The divers found more damage than we feared.

**Priya asks:** Why are mooring fees going up
this year?

> Dredging costs doubled.
>
> We held the fees for six years before that.

**From @sailor_kat:** Can visitors still use the slipway?

> Yes, on weekdays.

— Ines Quayle
`;

  it('reads each as a qa asked by the sender (not the town), answered by the name signed under them; the sender stays in the question\'s words', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'letters.md': LETTERS }));
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker, r.question, r.text, r.line, r.endLine])).toEqual([
      ['Jonas P.', 'Ines Quayle', 'From Jonas P., Gdynia: When will the north quay reopen?', 'Not before March. The divers found more damage than we feared.', 5, 7],
      ['Priya', 'Ines Quayle', 'Priya asks: Why are mooring fees going up this year?', 'Dredging costs doubled.\nWe held the fees for six years before that.', 9, 14],
      ['@sailor_kat', 'Ines Quayle', 'From @sailor_kat: Can visitors still use the slipway?', 'Yes, on weekdays.', 16, 18],
    ]);
    expect(corpus.records.some((r) => r.speaker === 'Gdynia' || r.text.includes('— Ines'))).toBe(false);
    expect(corpus.documents[0]!.sentences?.missed ?? []).toEqual([]);
  });
});

describe('an interview printed with no markup: questions in paragraphs of their own', () => {
  const museum = `An interview with Marta Kowalski, head of the Gdansk shipyard museum
Conducted by Piotr Lis, 4 April 2024

How many visitors came through the doors last year?

Just under 310,000. That is double what we had in 2019.

Who pays for the museum?

The city covers about 60 percent.
The rest is tickets and a grant.

What happens when the grant ends?

We will have to raise prices. I would rather not.
`;

  it('pairs each question with the paragraph below it, the guest from the title, the asker from the byline', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'museum.txt': museum }));
    expect(corpus.records.map((r) => [r.type, r.asker, r.speaker, r.question, r.text])).toEqual([
      ['qa', 'Piotr Lis', 'Marta Kowalski', 'How many visitors came through the doors last year?', 'Just under 310,000. That is double what we had in 2019.'],
      ['qa', 'Piotr Lis', 'Marta Kowalski', 'Who pays for the museum?', 'The city covers about 60 percent. The rest is tickets and a grant.'],
      ['qa', 'Piotr Lis', 'Marta Kowalski', 'What happens when the grant ends?', 'We will have to raise prices. I would rather not.'],
    ]);
  });

  it('reads numbered questions with the answer on the next line, asked of "you", the office before the name no part of it', async () => {
    const listicle = '3 Questions for Mayor Rosa Imbert\n\nRosa Imbert was elected in 2021.\n\n1. Why did you run?\nSomeone had to fix the potholes.\n\n2) What are you proudest of?\nForty miles of new road.\n\nQ3. What keeps you up at night?\nA3. The pension fund.\n';
    const corpus = await loadCorpus(tempCorpus({ 'imbert.txt': listicle }));
    expect(corpus.records.filter((r) => r.type === 'qa').map((r) => [r.speaker, r.question, r.text])).toEqual([
      ['Rosa Imbert', 'Why did you run?', 'Someone had to fix the potholes.'],
      ['Rosa Imbert', 'What are you proudest of?', 'Forty miles of new road.'],
      ['Rosa Imbert', 'What keeps you up at night?', 'The pension fund.'],
    ]);
  });

  it('reads a "Q: …?" line among bold questions as one more question, its "A:" no part of the answer', async () => {
    const doc = "# Frequently Asked Questions\n\n## Ordering\n\n**How long does shipping take?**\nOrders ship within 2 business days. Delivery takes 3–5 business days in the continental US.\n\n**Do you ship internationally?**\nYes, to 38 countries. Duties are paid by the customer.\n\n## Returns\n\n**What is your return policy?**\nYou can return unworn items within 30 days for a full refund.\n\n**Who pays for return shipping?**\nWe do, for orders over $50.\n\nQ: Can I exchange an item instead?\nA: Yes. Start an exchange from your order page.\n";
    const corpus = await loadCorpus(tempCorpus({ 'faq.md': doc }));
    const qa = corpus.records.filter((r) => r.type === 'qa').map((r) => [r.question, r.text]);
    expect(qa).toHaveLength(5);
    expect(qa[4]).toEqual(['Can I exchange an item instead?', 'Yes. Start an exchange from your order page.']);
    expect(qa[3]).toEqual(['Who pays for return shipping?', 'We do, for orders over $50.']);
  });

  it('reads a Q&A set entirely in Markdown blockquotes as the text inside them, no line lost', async () => {
    const doc = '# Five minutes with Ola Nordmann, head chef at Fjord\n\n> **What is the most popular dish?**\n>\n> The cod. We sell 200 portions a week.\n\n> **Where do you source fish?**\n>\n> Two boats out of Ålesund.\n';
    const corpus = await loadCorpus(tempCorpus({ 'fjord.md': doc }));
    expect(corpus.records.map((r) => [r.type, r.speaker, r.question, r.text])).toEqual([
      ['qa', 'Ola Nordmann', 'What is the most popular dish?', 'The cod. We sell 200 portions a week.'],
      ['qa', 'Ola Nordmann', 'Where do you source fish?', 'Two boats out of Ålesund.'],
    ]);
  });

  it('leaves an article’s rhetorical questions, answered by its narrator, as claims', async () => {
    const article = `---\ntitle: What Marta Kowalski built\nauthor: Piotr Lis\n---\n\nWhy does a city need a shipyard museum?\n\nThe answer lies in the strikes of 1980, which began at the gates.\n\nWho remembers them now?\n\nFewer each year, the surveys show.\n`;
    const corpus = await loadCorpus(tempCorpus({ 'essay.md': article }));
    expect(corpus.records.some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('a Markdown table of questions and answers', () => {
  const TABLE = `# Reader questions for Amara Osei, founder of Kettle Pay

Published 2024-05-02. Answers edited for length.

| Question | Answer |
|---|---|
| When did you start Kettle Pay? | In 2019, from my kitchen table in Accra. |
| How many merchants use it today? | Just over 12,000 merchants across four countries. |
| What was the hardest year? | |
`;

  it('reads each row as a qa answered by the person the title names (not the company after "founder of")', () => {
    const c = loadCorpus(tempCorpus({ 'kettle.md': TABLE }));
    const recs = c.records.filter((r) => r.type !== 'claim');
    expect(recs.map((r) => [r.type, r.speaker, r.question, r.text, r.line])).toEqual([
      ['qa', 'Amara Osei', 'When did you start Kettle Pay?', 'In 2019, from my kitchen table in Accra.', 7],
      ['qa', 'Amara Osei', 'How many merchants use it today?', 'Just over 12,000 merchants across four countries.', 8],
      // A question with no answer is still in a record: nothing grep finds is lost.
      ['quote', null, null, 'What was the hardest year?', 9],
    ]);
    expect(c.records.some((r) => r.text.includes('Question'))).toBe(false);
  });

  it('keeps a table whose header names no question and answer a table of claims', () => {
    const c = loadCorpus(tempCorpus({ 'rates.md': '# Rates\n\nSome text here.\n\n| Year | Rate |\n|---|---|\n| 2021 | 4% |\n| 2022 | 6% |\n' }));
    expect(c.records.filter((r) => r.type === 'claim').map((r) => r.text)).toContain('2021 — 4%');
    expect(c.records.some((r) => r.type === 'qa')).toBe(false);
  });
});

describe('question headings beside labelled Q/A pairs in one document', () => {
  // Enough "**Q:**"/"**A:**" pairs make the document a transcript; its question headings still ask.
  const BEEKEEPER = `# Readers ask Tomasz Wrona, beekeeper (May 2023)

*Questions sent in by readers; Tomasz Wrona answered them by phone.*

## Q: How many hives do you keep?

Forty-two, on three meadows outside Lublin. My father kept nine.

## Q: Is the honey different on each meadow?

Yes. The one by the lime trees gives a pale, sharp honey.

## About the bees

**Q: Do you still get stung?**

**A:** Every week. You stop counting after the first year.

**Q: What kills a colony fastest?**

**A:** Mites, then a wet spring. Bears, never, whatever people think.

**Q: Would you start again today?**

**A:** Tomorrow morning.
`;

  it('reads each heading and the paragraphs under it as a qa of the guest, the heading\'s "Q:" no part of the question', async () => {
    const corpus = await loadCorpus(tempCorpus({ 'bees.md': BEEKEEPER }));
    const qa = corpus.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.question, r.text])).toEqual([
      ['Tomasz Wrona', 'How many hives do you keep?', 'Forty-two, on three meadows outside Lublin. My father kept nine.'],
      ['Tomasz Wrona', 'Is the honey different on each meadow?', 'Yes. The one by the lime trees gives a pale, sharp honey.'],
      ['Tomasz Wrona', 'Do you still get stung?', 'Every week. You stop counting after the first year.'],
      ['Tomasz Wrona', 'What kills a colony fastest?', 'Mites, then a wet spring. Bears, never, whatever people think.'],
      ['Tomasz Wrona', 'Would you start again today?', 'Tomorrow morning.'],
    ]);
    expect(qa[0]).toMatchObject({ line: 5, endLine: 7 });
    expect(corpus.records.some((r) => r.text.includes('#'))).toBe(false);
  });

  it('reads each blockquote that opens with a bold question as a qa, the blockquote\'s end the answer\'s', async () => {
    const doc = `# A word with Ilse Brandt, ferry captain

**Q: How long have you sailed this route?**

**A:** Since the bridge closed in 2009.

**Q: And the worst crossing?**

**A:** A January storm. We turned back twice.

## Quick fire

> **Sunrise or sunset?**
> Sunrise, on the water.

> *Favourite port?*
>
> Stralsund.
> The fish rolls.

---

*Answers were shortened by the editors.*
`;
    const corpus = await loadCorpus(tempCorpus({ 'ferry.md': doc }));
    expect(corpus.records.map((r) => [r.type, r.speaker, r.question, r.text, r.line, r.endLine])).toEqual([
      ['qa', 'Ilse Brandt', 'How long have you sailed this route?', 'Since the bridge closed in 2009.', 3, 5],
      ['qa', 'Ilse Brandt', 'And the worst crossing?', 'A January storm. We turned back twice.', 7, 9],
      ['qa', 'Ilse Brandt', 'Sunrise or sunset?', 'Sunrise, on the water.', 13, 14],
      ['qa', 'Ilse Brandt', 'Favourite port?', 'Stralsund.\nThe fish rolls.', 16, 19],
      ['claim', null, null, 'Answers were shortened by the editors.', 23, 23],
    ]);
  });
});
