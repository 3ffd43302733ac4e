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

describe('a pull quote set in over two lines is one quotation, its speaker\'s', () => {
  it('joins the indented lines and gives them to the coach who said them above', () => {
    const c = corpusOf('coach.txt', [
      'Ansah\'s Way', '',
      'By Colm Fairweather', '',
      'Marguerite Ansah is standing on the touchline in the rain.', '',
      '"This is the best thing that could happen today," she says. "Losing in April costs nothing. Losing in July costs everything."', '',
      '                 "Losing in April costs nothing.',
      '                  Losing in July costs everything."', '',
      'Her players describe her as demanding but unusually open.', '',
    ].join('\n'));
    const pulled = c.records.filter((r) => r.line === 9 || r.line === 10);
    expect(pulled).toHaveLength(1);
    expect(pulled[0]!.type).toBe('quote');
    expect(pulled[0]!.speaker).toBe('Marguerite Ansah');
    expect(pulled[0]!.text).toBe('Losing in April costs nothing. Losing in July costs everything.');
  });

  it('reads a gardener\'s pull quote in other words the same way', () => {
    const c = corpusOf('gardener.txt', [
      'The Rose Keeper', '',
      'By Lena Ortiz', '',
      'Samuel Adeyemi has tended the rose garden at Kew for thirty years, through two droughts, one flood and a fungus that took half the beds in 2011.', '',
      '"Roses forgive you once," he says. "They never forgive you twice. That is the whole job."', '',
      '      "Roses forgive you once.',
      '       They never forgive you twice."', '',
      'He keeps a ledger of every bush he has lost since 1994.', '',
    ].join('\n'));
    const pulled = c.records.filter((r) => r.line === 9 || r.line === 10);
    expect(pulled).toHaveLength(1);
    expect(pulled[0]!.speaker).toBe('Samuel Adeyemi');
    expect(pulled[0]!.text).toBe('Roses forgive you once. They never forgive you twice.');
  });
});

describe('a short quotation alone after the speaker\'s beat ("He pauses.") goes on in that voice', () => {
  it('gives "Maybe three." to the assistant who paused', () => {
    const c = corpusOf('coach.txt', [
      'Ansah\'s Way', '',
      'By Colm Fairweather', '',
      'Her assistant, Tomasz Wierzbicki, has worked with her since Bristol.', '',
      '"She\'ll have a clip of it eight times," Wierzbicki says. "We\'ve won two matches on things like that."', '',
      'He pauses.', '',
      '"Maybe three."', '',
      'The Euros begin in July.', '',
    ].join('\n'));
    const more = c.records.find((r) => r.text.includes('Maybe three'))!;
    expect(more.type).toBe('quote');
    expect(more.speaker).toBe('Tomasz Wierzbicki');
  });

  it('gives "Not yet." to the chef who laughed, in other words', () => {
    const c = corpusOf('chef.txt', [
      'Salt and Fire', '',
      'By Owen Barker', '',
      'Her sous-chef, Priya Natarajan, has cooked beside her since 2019.', '',
      '"She tastes every sauce twice," Natarajan says. "Nobody has ever sent a plate back."', '',
      'She laughs.', '',
      '"Not yet."', '',
      'The restaurant opens its second room in May.', '',
    ].join('\n'));
    const more = c.records.find((r) => r.text.includes('Not yet'))!;
    expect(more.type).toBe('quote');
    expect(more.speaker).toBe('Priya Natarajan');
  });
});
