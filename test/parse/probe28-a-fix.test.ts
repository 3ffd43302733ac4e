/**
 * fix37-a: leftovers of probe28-a (magazine profiles pasted from the web). A magazine page's furniture
 * (share and save buttons, picture credits and captions, the print-issue note, the list of related
 * links, the writer's note in italics) is no claim of the writer; "Words by NAME · Portraits by NAME"
 * is the byline; a running head ("THE LEDGER REVIEW      MARCH 2025") and a rubric in capitals
 * ("SPORTS | LONG READ") are no title. Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const corpusOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const claimsOf = (c: ReturnType<typeof corpusOf>) => c.records.filter((r) => r.type === 'claim').map((r) => r.text);

describe('a magazine page\'s furniture is no claim of the writer', () => {
  it('drops the save button, the issue note in italics, a caption with its photographer\'s credit, the italic writer\'s note', () => {
    const c = corpusOf('lindqvist.md', [
      '# The Second Act of Teddy Lindqvist', '',
      '**By Harriet Okafor-Brandt** | Photographs by Joaquín Mell', '',
      '*This article appeared in the March 2025 issue of Meridian.*', '',
      'Share · Save · 14 min read', '',
      '*Lindqvist at the Gothenburg warehouse where Fjällhus assembles its heat pumps. Photograph: Joaquín Mell for Meridian*', '',
      'Theodora Lindqvist has a rule about meetings: nobody sits down. She started Fjällhus in 2021.', '',
      '"I was wrong about that," she says now. "I wake up at four-thirty."', '',
      '*Harriet Okafor-Brandt is a senior writer at Meridian.*', '',
      '---', '',
      '© 2025 Meridian Media AB. All rights reserved.', '',
    ].join('\n'));
    const claims = claimsOf(c);
    expect(claims.some((t) => /appeared in the March 2025 issue/.test(t))).toBe(false);
    expect(claims.some((t) => /14 min read/.test(t))).toBe(false);
    expect(claims.some((t) => /Photograph:|Gothenburg warehouse/.test(t))).toBe(false);
    expect(claims.some((t) => /senior writer at Meridian/.test(t))).toBe(false);
    expect(claims.some((t) => /nobody sits down/.test(t))).toBe(true);
  });

  it('drops the same furniture in other words: a bookmark bar, a photo key in italics, a caption key, a related list in bold', () => {
    const c = corpusOf('orchard.md', [
      '# The Last Cider Press in Kent', '',
      'by Tomas Varga', '',
      'Share · Save for later · 9 min read', '',
      '*Photo: Elsie Barrow with her 1952 press in Faversham. (Courtesy of the Barrow family)*', '',
      'Elsie Barrow has pressed apples on the same farm since 1971. Her son runs the shop now.', '',
      '"Nobody wanted the old press," she says. "So I kept it."', '',
      'Caption: Barrow in the orchard behind the press house, October 2024.', '',
      'Illustration: Mira Holt for Harvest Weekly', '',
      '*Tomas Varga writes about food for Harvest Weekly. A version of this story appeared in print in the November 2024 issue.*', '',
      '**More from Harvest Weekly**', '- [How perry came back](#)', '- [The hop pickers\' songs](#)', '',
    ].join('\n'));
    const claims = claimsOf(c);
    expect(claims.some((t) => /9 min read/.test(t))).toBe(false);
    expect(claims.some((t) => /1952 press|Courtesy of/.test(t))).toBe(false);
    expect(claims.some((t) => /Caption:|orchard behind the press house/.test(t))).toBe(false);
    expect(claims.some((t) => /Mira Holt/.test(t))).toBe(false);
    expect(claims.some((t) => /writes about food|appeared in print/.test(t))).toBe(false);
    expect(claims.some((t) => /perry came back|hop pickers/.test(t))).toBe(false);
    expect(claims.some((t) => /pressed apples on the same farm since 1971/.test(t))).toBe(true);
  });
});

describe('a magazine\'s header: "Words by" is the byline, the running head and a capitals rubric no title', () => {
  it('reads "Words by NAME · Portraits by NAME" under a running head and a kicker', () => {
    const c = corpusOf('judge.txt', [
      'THE LEDGER REVIEW                                                   MARCH 2025', '',
      'PROFILE', '',
      'The Judge Who Reads Everything', '',
      'Justice Adaeze Okonjo-Hale has spent 22 years on the bench. Lawyers say she has read their exhibits.', '',
      'Words by Simon Ebberly  ·  Portraits by Kaito Nakamura', '',
      '------------------------------------------------------------------------', '',
      'Every morning at 6:15 Adaeze Okonjo-Hale walks the two miles to the Rolls Building.', '',
      '"People think it\'s a discipline," she says. "It isn\'t."', '',
      'This article appeared in the March 2025 issue of The Ledger Review.',
      'Simon Ebberly is a contributing editor.', '',
    ].join('\n'));
    const doc = c.documents[0]!;
    expect(doc.meta.title).toBe('The Judge Who Reads Everything');
    expect(doc.meta.author).toBe('Simon Ebberly');
    const walks = c.records.find((r) => r.text.includes('walks the two miles'))!;
    expect(walks.speaker).toBe('Simon Ebberly');
    expect(claimsOf(c).some((t) => /contributing editor/.test(t))).toBe(false);
  });

  it('reads a quarterly\'s head in other words: "Text by" and "Illustrations by"', () => {
    const c = corpusOf('glassblower.txt', [
      'HARBOUR QUARTERLY        Spring 2024', '',
      'CRAFT', '',
      'Fire, Breath and Patience', '',
      'Text by Ruth Amadi · Illustrations by Leon Price', '',
      'Pavel Novak has blown glass in the same Leith workshop for thirty years.', '',
      '"Glass tells you when it is ready," he says.', '',
    ].join('\n'));
    const doc = c.documents[0]!;
    expect(doc.meta.title).toBe('Fire, Breath and Patience');
    expect(doc.meta.author).toBe('Ruth Amadi');
    expect(c.records.find((r) => r.text.includes('same Leith workshop'))!.speaker).toBe('Ruth Amadi');
  });

  it('takes the headline under a rubric in capitals with a bar, though the headline has two words', () => {
    const sports = corpusOf('coach.txt', [
      'SPORTS | LONG READ', '',
      'Ansah\'s Way',
      'She was cut from the national team at 19. Now she coaches it.', '',
      'By Colm Fairweather', '',
      'Marguerite Ansah is standing on the touchline in the rain.', '',
    ].join('\n'));
    expect(sports.documents[0]!.meta.title).toBe('Ansah\'s Way');
    const arts = corpusOf('cellist.txt', [
      'ARTS | WEEKEND', '',
      'Bach, Again',
      'Ines Moreau has recorded the suites three times. She is not finished.', '',
      'By Dara Quinn', '',
      'The cellist practises in a church hall in Lyon every morning.', '',
    ].join('\n'));
    expect(arts.documents[0]!.meta.title).toBe('Bach, Again');
  });
});
