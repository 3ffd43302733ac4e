/**
 * probe21 c, second pass: page furniture read as the document's own words or title.
 * Each rule on the fixtures and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, tempCorpus } from '../helpers.js';

const load = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text }));
const titleOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.documents.find((d) => d.id === id)?.meta.title;

describe('a masthead over its section is the outlet, the headline under it the title (c-B3, d10)', () => {
  it('fixtures: the headline, not the publication name', () => {
    expect(titleOf(loadCorpus(join(FIXTURES, 'probe21', 'c')), 'interview-rosa-kimura-marathon')).toBe('Rosa Kimura: "I stopped looking at the watch in 2021"');
    expect(titleOf(loadCorpus(join(FIXTURES, 'probe21', 'd')), 'local-clinic-closure')).toMatch(/^Riverside clinic to close/);
    expect(titleOf(loadCorpus(join(FIXTURES, 'probe21', 'b')), 'cable-newsroom-2026-03-11-harlow-recall')).toMatch(/^Harlow Motors Recalls/);
  });
  it('other words: a county weekly over its section, a show under its breadcrumb', () => {
    const weekly = `THE GLENROCK GAZETTE
COUNTY & SCHOOLS

School board delays vote on the new bus contract

By Peter Aldous, Education Reporter
March 3, 2023

The Glenrock school board put off its vote on Tuesday.
`;
    expect(titleOf(load('bus-vote.txt', weekly), 'bus-vote')).toBe('School board delays vote on the new bus contract');
    const show = `Programmes > Radio > Harbour Hour

HARBOUR HOUR

Ferry Strike Enters Second Week As Talks Stall

Broadcast April 9, 2024 - 17:00

PRESENTER: Good evening and welcome.
`;
    expect(titleOf(load('harbour-hour.txt', show), 'harbour-hour')).toBe('Ferry Strike Enters Second Week As Talks Stall');
  });
  it('a title over its subtitle, with no byline under a headline, stays the title', () => {
    const memoir = `THE NIGHT SHIFT
A MEMOIR

Chapter one

I started at the plant in 1979.
`;
    expect(titleOf(load('memoir.txt', memoir), 'memoir')).toBe('THE NIGHT SHIFT');
  });
});
