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
    expect(recs.find((r) => r.text.includes('covers local government'))?.type).toBe('claim');
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
