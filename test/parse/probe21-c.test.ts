/**
 * probe21 c: Markdown Q&As and plain-text interviews as analysts save them. A thematic break
 * ("---", "* * *", a plain text's "--") ends the answer above it: the correction, the ad or the
 * closing bio set off under it is the page's, never the last speaker's words.
 * Each rule on the fixture and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c = loadCorpus(join(FIXTURES, 'probe21', 'c'));
const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const one = (name: string, text: string) => recordsOf(load(name, text), name.replace(/\.(?:txt|md)$/, ''));

const bakery = `# Bread, debt and a second shop: Q&A with Lena Hoffmann

*Posted 8 March 2022*

**Q:** When did you open the first shop?

**Hoffmann:** In 2015, with a loan of €60,000 from my uncle.

**Q:** And the second?

**Hoffmann:** Last spring. We hired eleven people for it.

***

**Update (9 March 2022):** An earlier version of this post said the loan was €80,000.

---

Lena Hoffmann owns Kornhaus Bakery in Leipzig. She trained as a baker in Dresden in 2009.
`;

describe('a thematic break ends the answer above it (c-A1, c-A2, c-A3)', () => {
  it('fixtures: the correction, the ad and the bio are no answer', () => {
    const answers = [...recordsOf(c, 'cofounders-qa-ridgeline'), ...recordsOf(c, 'interview-rosa-kimura-marathon'), ...recordsOf(c, 'newsletter-qa-oduya-founder')].filter((r) => r.type === 'qa');
    for (const r of answers) expect(r.text).not.toMatch(/Correction|is a Japanese-American|Tallyhouse|senior writer/);
    const rk = recordsOf(c, 'cofounders-qa-ridgeline').find((r) => /^Correction/.test(r.text));
    expect(rk?.type).toBe('claim');
    expect(rk?.speaker).toBeNull();
  });
  it('other words: an update and a bio after "***" and "---"', () => {
    const recs = one('bakery.md', bakery);
    const last = recs.find((r) => r.type === 'qa' && r.question === 'And the second?');
    expect(last?.text).toBe('Last spring. We hired eleven people for it.');
    const update = recs.find((r) => r.text.includes('€80,000'));
    expect(update?.type).toBe('claim');
    expect(recs.find((r) => r.text.includes('trained as a baker'))?.type).toBe('claim');
  });
});

const library = `## Five questions for the new head librarian

By Owen Marsh | 2 June 2021

Hannah Veld took over the Eastbrook public library in May. We asked her five questions.

### Why libraries?

Because my mother took me every Saturday.

### What will change first?

Opening hours. From September we stay open until 9pm on weekdays.

### What about the budget?

It grew by 4 percent in 2021, less than inflation.

---

*Clarification, 3 June 2021: the budget figure is for the 2021 financial year.*

Owen Marsh covers local government for the Eastbrook Courier.
`;

describe('a thematic break ends the answer under a question heading (c-A1, c-A2)', () => {
  it('fixture: the correction and the bio are no words of Varela', () => {
    for (const r of recordsOf(c, 'heading-qa-commissioner-varela').filter((x) => x.type === 'qa')) expect(r.text).not.toMatch(/Correction|covers transport|Letters:/);
  });
  it('other words: a clarification and a bio after "---"', () => {
    const recs = one('library.md', library);
    expect(recs.find((r) => r.question === 'What about the budget?')?.text).toBe('It grew by 4 percent in 2021, less than inflation.');
    expect(recs.find((r) => r.text.includes('Clarification'))?.type).toBe('claim');
    // the bio names the byline's writer: the writer's note at the story's foot, no record (probe21-d's d8)
    expect(recs.some((r) => r.text.includes('covers local government'))).toBe(false);
  });
});

const swimmer = `TIDEWATER SPORTS WEEKLY
Features / Swimming

Omar Haddad: "The pool was the only quiet place I knew"

by Nell Prior
August 9, 2023

Omar Haddad, 22, broke the national 200m butterfly record in July.

How did you start?

OH: My school had a pool and nobody else wanted the early lane.

And now?

OH: Now I train twice a day, eleven sessions a week.
`;

describe('initials labels under a headline that quotes the guest (c-A5)', () => {
  it('fixture: RK is Rosa Kimura', () => {
    const qa = recordsOf(c, 'interview-rosa-kimura-marathon').filter((r) => r.type === 'qa');
    expect(qa.length).toBeGreaterThan(5);
    for (const r of qa) expect(r.speaker).toBe('Rosa Kimura');
  });
  it('other words: OH is Omar Haddad', () => {
    const qa = one('swimmer.txt', swimmer).filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.speaker)).toEqual(['Omar Haddad', 'Omar Haddad']);
  });
});

const brewers = `# The Keller sisters on growth, debt and the new brewery

**Posted by Jo Baines on 2 May 2024**

Anna and Berit Keller founded Keller Brau in 2012. We spoke in April.

**Q: How do you split the work?**

**Anna:** I brew. Berit sells.

**Berit:** And I argue about the budget.

**Q: You took on €2 million of debt in 2022 to build the second site
in Kassel. Was that wise?**

**Berit:** Yes. It paid for itself in eighteen months.

**Anna:** I was less sure at the time.

**Q: What comes next?**

**Anna:** A third site, maybe in 2026.

**Berit:** Maybe.
`;

describe('a bold question wrapped over two lines (c-A6)', () => {
  it('fixture: the Hallstrom question is asked, Prakash answers the IPO question', () => {
    const qa = recordsOf(c, 'cofounders-qa-ridgeline').filter((r) => r.type === 'qa');
    const ipo = qa.filter((r) => r.question === 'The IPO. Is it 2025?');
    expect(ipo.map((r) => r.speaker)).toEqual(['Carlos Sandoval', 'Anjali Prakash']);
    const safer = qa.find((r) => r.text.startsWith('Our injury rate'));
    expect(safer?.question).toBe('Your largest competitor, Hallstrom Automation, was fined $4.5 million in 2023 over safety violations. Are your robots safer?');
    expect(safer?.asker ?? null).toBeNull();
  });
  it('other words: the Kassel question', () => {
    const qa = one('brewers.md', brewers).filter((r) => r.type === 'qa');
    const debt = qa.filter((r) => r.question === 'You took on €2 million of debt in 2022 to build the second site in Kassel. Was that wise?');
    expect(debt.map((r) => r.text)).toEqual(['Yes. It paid for itself in eighteen months.', 'I was less sure at the time.']);
    expect(qa.find((r) => r.text === 'And I argue about the budget.')?.question).toBe('How do you split the work?');
  });
});

const mayor = `---
title: "Ten minutes with Mayor Ruth Achebe"
author: Sam Okoro
date: 2023-11-02
---

# Ten minutes with Mayor Ruth Achebe

Ruth Achebe was elected mayor of Port Ellis in 2021 with 54 percent of the vote. I met her at City Hall on a rainy Tuesday.

**Sam Okoro:** What surprised you most about the job?

**Ruth Achebe:** The paperwork. I sign about 300 documents a week.

**Sam Okoro:** Will you run again in 2025?

**Ruth Achebe:** Yes, and I expect to win.
`;

describe("the writer's introduction in the first person is no quote of the guest (c-A8)", () => {
  it('fixture: the Paylane introduction is a claim by Maya Chen', () => {
    const intro = recordsOf(c, 'newsletter-qa-oduya-founder').filter((r) => /founded Paylane|I spoke with her/.test(r.text));
    expect(intro.length).toBeGreaterThan(0);
    for (const r of intro) expect([r.type, r.speaker]).toEqual(['claim', 'Maya Chen']);
  });
  it('other words: "I met her at City Hall"', () => {
    const recs = one('mayor.md', mayor).filter((r) => /Port Ellis|I met her/.test(r.text));
    expect(recs.length).toBeGreaterThan(0);
    for (const r of recs) expect(r.type === 'quote' && r.speaker === 'Ruth Achebe').toBe(false);
  });
});

const grocer = `# Q&A: the grocer who bought back his own chain

Tomas Reyes sold Reyes Market in 2016 and bought it back in 2023 for $18 million.

*A note on sources: the figures in this interview come from the company and have not
been audited.*

**Q:** Why buy it back?

**Reyes:** Because the new owners closed nine stores in two years.

**Q:** What did you change first?

**Reyes:** Prices. We cut 400 of them in the first month.
`;

describe('a note in italics wrapped over two lines is one claim, no section (c-A7)', () => {
  it("fixture: the editor's note is whole and heads nothing", () => {
    const recs = recordsOf(c, 'cofounders-qa-ridgeline');
    expect(recs.some((r) => r.text.includes('The transcript has been condensed.'))).toBe(true);
    for (const r of recs) expect(r.section ?? '').not.toMatch(/condensed/);
  });
  it('other words: a note on sources', () => {
    const recs = one('grocer.md', grocer);
    expect(recs.some((r) => r.text.includes('have not been audited'))).toBe(true);
    for (const r of recs) expect(r.section ?? '').not.toMatch(/audited/);
  });
});

const chef = `KITCHEN LINES
Interviews

by Ada Brennan
March 3, 2024

Pablo Ruiz opened his first restaurant in 2014.

Why cooking?

PR: My grandmother ran a canteen in Valencia.

What was the first dish you sold?

PR: Rice with rabbit, for four euros.

You closed the second restaurant in 2020.

PR: In May, after eleven weeks of lockdown. It was the right call.

Will you open another?

PR: Not before 2026.
`;

describe('an unlabelled line between two answers of one label is a question (c-A9)', () => {
  it('fixture: "And you stopped using a GPS watch." asks', () => {
    const qa = recordsOf(c, 'interview-rosa-kimura-marathon').filter((r) => r.type === 'qa');
    expect(qa.find((r) => r.text.startsWith('In 2021, yes.'))?.question).toBe('And you stopped using a GPS watch.');
    expect(qa.find((r) => r.text.startsWith('Mostly.'))?.text).not.toMatch(/GPS/);
  });
  it('other words: "You closed the second restaurant in 2020."', () => {
    const qa = one('chef.txt', chef).filter((r) => r.type === 'qa');
    expect(qa.find((r) => r.text.startsWith('In May'))?.question).toBe('You closed the second restaurant in 2020.');
    expect(qa.find((r) => r.text.startsWith('Rice with rabbit'))?.text).toBe('Rice with rabbit, for four euros.');
  });
});

const harbour = `## Four questions for the harbour master

By Lia Storm | 5 May 2022

Niels Aas has run the port of Vardholm since 2018. We asked him four questions.

### How busy was last year?

Busier than ever: 1,240 ship calls in 2021.

![The new quay at Vardholm](/img/quay.jpg)
*The new quay opened in March 2022. Photo: Port of Vardholm.*

Most of them were ferries.

### What is the new quay for?

Cruise ships, from next summer.

### And the old one?

It will be a fish market again, as it was until 1990.

### Do you still sail?

Every weekend, weather permitting.
`;

describe("a picture inside an answer under a question heading is the page's (c-A4)", () => {
  it('fixture: the Route 9 map and its caption are no words of Varela', () => {
    for (const r of recordsOf(c, 'heading-qa-commissioner-varela').filter((x) => x.type === 'qa')) expect(r.text).not.toMatch(/Route 9 extension map|Map: Harbourside/);
    expect(recordsOf(c, 'heading-qa-commissioner-varela').find((r) => r.text.includes('would add 4.2 miles'))?.type).toBe('claim');
  });
  it('other words: the quay photo, the answer going on past it', () => {
    const recs = one('harbour.md', harbour);
    expect(recs.find((r) => r.question === 'How busy was last year?')?.text).toBe('Busier than ever: 1,240 ship calls in 2021.\nMost of them were ferries.');
    expect(recs.find((r) => r.text.includes('The new quay opened'))?.type).toBe('claim');
  });
});

describe('a headline quoting the guest ends at its line', () => {
  it('fixture: the introduction under the headline is the writer\u2019s', () => {
    const intro = recordsOf(c, 'interview-rosa-kimura-marathon').filter((r) => r.text.includes('Calder Marathon in April'));
    expect(intro.map((r) => [r.type, r.speaker])).toEqual([['claim', 'Jamie Lindholm']]);
  });
  it('other words: the swimmer', () => {
    const intro = one('swimmer.txt', swimmer).filter((r) => r.text.includes('broke the national'));
    expect(intro.map((r) => r.type)).toEqual(['claim']);
  });
});
