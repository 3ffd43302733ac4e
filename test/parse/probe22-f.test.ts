/**
 * probe22 f: long profile articles about a person (magazine profile with boxes, "Lunch with X",
 * translated founder story, obituary). What a profile's text shape says about who speaks:
 * - whom a named person's own verb takes as its object ("Ashdown did not speak to her") is not
 *   that person, so a later "she says" is not theirs (f7);
 * - capitalised words after "a"/"an" ("a Vinho Verde she has chosen") name a thing, never the
 *   person a "she says" stands for (f8);
 * - a pull quote (a paragraph that is only a quotation repeating earlier quoted words) is said by
 *   whoever said those words first, not the last person named (f2);
 * - a timeline row's verb with a prefix ("2013 — Co-founds Tallyroll with …") is no name (f3).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const f = loadCorpus(join(FIXTURES, 'probe22', 'f'));
const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.txt$/, ''));
const quoteAt = (recs: ReturnType<typeof one>, needle: string) => recs.find((r) => r.type === 'quote' && r.text.includes(needle));

describe('the object of a named person\'s verb is someone else (f7)', () => {
  it('the fixture: Kwan\'s "she says" is not the governor who "did not speak to her"', () => {
    const recs = recordsOf(f, 'lunch-with-governor-adaeze-kwan');
    for (const needle of ['I regret the two quarters', 'queued for a council flat', 'There is a book', 'Central bankers who order dessert']) {
      expect(quoteAt(recs, needle)?.speaker).not.toBe('Lionel Ashdown');
      expect(quoteAt(recs, needle)?.speaker).toBeTruthy();
    }
  });
  it('other words: a predecessor who never forgave her', () => {
    expect(quoteAt(one('mayor.txt', `Dinner with a mayor

By Joel Arden

Petra Lund orders before I sit down, and she orders for me too.

Her predecessor, Karl Osten, never forgave her for the 2019 budget.

I ask whether she regrets the budget. She thinks about it. "No. I regret the timing."
`), 'I regret the timing')?.speaker).toBe('Petra Lund');
  });
});

describe('capitalised words after an indefinite article name a thing (f8)', () => {
  it('the fixture: the wine is nobody who speaks', () => {
    const recs = recordsOf(f, 'lunch-with-governor-adaeze-kwan');
    expect(quoteAt(recs, 'We had models built')?.speaker).not.toBe('Vinho Verde');
    expect(quoteAt(recs, 'We had models built')?.speaker).toBeTruthy();
  });
  it('other words: a Rioja Alta', () => {
    expect(quoteAt(one('mayor2.txt', `Dinner with a mayor

By Joel Arden

Petra Lund is late, and she apologises twice.

The wine arrives: a Rioja Alta she picked because it is cheap.

"We built the budget for a world that did not change," she says.
`), 'We built the budget')?.speaker).toBe('Petra Lund');
  });
});

describe('a pull quote is said by whoever said its words first (f2)', () => {
  it('the fixture: the indented repeat is Oyelaran\'s, not Baeza\'s', () => {
    const recs = recordsOf(f, 'profile-marisol-oyelaran').filter((r) => r.type === 'quote' && r.text.startsWith("I'd rather look like"));
    expect(recs.map((r) => r.speaker)).toEqual(['Marisol Oyelaran']);
  });
  it('other words: chairs and meetings', () => {
    const recs = one('longgame.txt', `The Long Game

By Joel Arden

Tomas Vidal keeps no chair in his office. "Chairs make meetings longer than they need to be," he says. "I want everyone standing by noon."

His co-founder, Ruth Amsel, remembers the first year. "We sold nothing for eight months," she said.

   "Chairs make meetings longer than they need to be."

Revenue grew 30% in 2023.
`).filter((r) => r.type === 'quote' && r.text.includes('Chairs make meetings'));
    expect(recs.map((r) => r.speaker)).toEqual(['Tomas Vidal', 'Tomas Vidal']);
  });
});

describe('a timeline row\'s prefixed verb is no name (f3)', () => {
  it('the fixture: "Co-founds Tallyroll" speaks nothing', () => {
    const recs = recordsOf(f, 'profile-marisol-oyelaran');
    expect(quoteAt(recs, "Neither, I hope")?.speaker).toBe('Marisol Oyelaran');
    expect(recs.some((r) => r.speaker === 'Co-founds Tallyroll')).toBe(false);
  });
  it('other words: Co-founds Brightmill', () => {
    expect(quoteAt(one('grain.txt', `The Grain Trader

By Joel Arden

Petra Lund runs Brightmill, a grain trader, from a barn in Jutland.

TIMELINE
2011 — Co-founds Brightmill with Ana Kest
2016 — Re-elected to the regional council

Asked whether Brightmill would sell, Lund shrugged. "Not this year, and probably not next year."
`), 'Not this year')?.speaker).toBe('Petra Lund');
  });
});

describe('a post\'s row of page facts beside its date dates the page (f13)', () => {
  it('the fixture: "2024-06-18 | Reading time 12 minutes | Translated from the Chinese original"', () => {
    const recs = recordsOf(f, 'founder-story-lin-weiran-quanta');
    expect(recs.every((r) => r.date === '2024-06-18')).toBe(true);
    expect(recs.some((r) => r.text.includes('Reading time'))).toBe(false);
  });
  it('other words: a date, an adapted-from field and a reading time', () => {
    const recs = one('talk.txt', `Notes from the night shift: how a nurse built a clinic chain

2023-11-02  ·  Adapted from a speech in Nairobi  ·  Reading time 7 minutes

In 2009, Achieng Otieno opened a two-room clinic in Kibera with a loan of 400,000 shillings.

"We charged what a bus ride cost," she said. "Nobody believed it would last a year."
`);
    expect(recs.every((r) => r.date === '2023-11-02')).toBe(true);
    expect(recs.some((r) => r.text.includes('Adapted from'))).toBe(false);
  });
});

describe('a bar of site buttons copied with wide gaps is navigation, never the byline (f1)', () => {
  it('the fixture: "Subscribe   Sign in   Search" is no author', () => {
    const recs = recordsOf(f, 'profile-marisol-oyelaran');
    expect(recs.some((r) => r.speaker === 'Subscribe Sign')).toBe(false);
    expect(recs.find((r) => r.type === 'claim' && r.text.startsWith('She has, in fact'))?.speaker).toBe('Devin Achterberg');
  });
  it('other words: "Menu   Sign in   Newsletter" under a masthead', () => {
    const recs = one('ferry.txt', `THE HARBOUR REVIEW  |  Features

Menu   Sign in   Newsletter

The Ferry Builder

How a shipwright's daughter came to run the largest ferry yard on the Baltic

By Carla Munte
Published 3 May 2024

Ilse Norrby does not own a boat. "I build them for other people," she says.
`);
    expect(recs.find((r) => r.type === 'claim' && r.text.includes('does not own a boat'))?.speaker).toBe('Carla Munte');
  });
});

describe('a page\'s foot: neighbour links, a share bar, "MORE IN …" headlines are no claims (f14, f18)', () => {
  it('the fixtures: the blog\'s reactions and Previous/Next, the obituary\'s "MORE IN OBITUARIES"', () => {
    const blog = recordsOf(f, 'founder-story-lin-weiran-quanta');
    expect(blog.some((r) => /Previous:|Share to:/.test(r.text))).toBe(false);
    const obit = recordsOf(f, 'obituary-eleanor-brandt-vasquez');
    expect(obit.some((r) => /MORE IN OBITUARIES|Harold Finch|Columbus Rail Baron/.test(r.text))).toBe(false);
    expect(obit.some((r) => r.text.startsWith('It was 1981, not 1983.'))).toBe(true);
  });
  it('other words: a mill owner\'s retirement', () => {
    const recs = one('mill.txt', `Mill owner Sven Arnlund retires after 40 years

By Greta Holm

Sven Arnlund, who ran the Skara flour mill from 1984, retired on Friday. "Forty years is enough flour for anyone," he said.

His successor, Maja Lind, takes over on June 1.

❤ 86    🔁 12    Previous post: Our harvest in numbers | Next post: A day at the mill

Share to:  WeChat  Weibo  Telegram

MORE IN BUSINESS
Bakery chain opens its 12th shop in Gothenburg
Why rye prices doubled in 2023
`);
    expect(recs.map((r) => r.line)).toEqual([5, 5, 7]);
  });
});
