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

const recordsOf = (corpus: ReturnType<typeof loadCorpus>, id: string) => corpus.records.filter((r) => r.doc === id);

describe('a bar of page furniture is no claim (c-A10)', () => {
  it('fixture: the issue bar and the pager are gone, the answers stay', () => {
    const texts = recordsOf(loadCorpus(join(FIXTURES, 'probe21', 'c')), 'newsletter-qa-oduya-founder').map((r) => r.text);
    expect(texts.some((t) => /min read|Previous issue|Next issue/.test(t))).toBe(false);
    expect(texts.some((t) => /it's a moat/.test(t))).toBe(true);
  });
  it('other words: an episode bar and a pager under a post', () => {
    const post = `# Why our co-op bought the mill

*Episode 41 · 12 min read · [Share on Mastodon](https://example.org/share)*

The co-op bought the old mill in 2019 for $310,000, after two years of saving.

[← Previous post](https://example.org/40) · [Next post →](https://example.org/42)
`;
    const texts = recordsOf(load('mill.md', post), 'mill').map((r) => r.text);
    expect(texts.some((t) => /min read|Previous post/.test(t))).toBe(false);
    expect(texts.some((t) => /bought the old mill/.test(t))).toBe(true);
  });
});

describe('a byline with the name in bold gives the author (c-B4)', () => {
  it('fixture and other words', () => {
    const c = loadCorpus(join(FIXTURES, 'probe21', 'c'));
    expect(c.documents.find((d) => d.id === 'heading-qa-commissioner-varela')?.meta.author).toBe('Tom Whitcombe');
    const page = `# Five questions for the harbour master

By **Ines Morales** | Port Desk | Published 2 May 2022

Karl Weber has run the harbour since 2016. We asked him about the new quay.
`;
    expect(load('harbour.md', page).documents[0]?.meta.author).toBe('Ines Morales');
  });
});

describe("the byline's writer's initials resolve from one use (brief item 3)", () => {
  it('fixture: JL is Jamie Lindholm', () => {
    const rs = recordsOf(loadCorpus(join(FIXTURES, 'probe21', 'c')), 'interview-rosa-kimura-marathon');
    expect(rs.some((r) => r.speaker === 'JL')).toBe(false);
    expect(rs.some((r) => r.speaker === 'Jamie Lindholm' && /push on that/.test(r.text))).toBe(true);
  });
  it('other words: a one-off interjection by the writer', () => {
    const text = `Tomas Greer on forty years of boatbuilding

by Hana Osei
May 4, 2021

We met at his yard in Bristol.

When did you build the first boat?

TG: In 1981, a dinghy for my brother.

HO: And it still floats?

TG: It does. He sails it every summer.

What comes next?

TG: A ketch, if my back holds.
`;
    const rs = recordsOf(load('greer.txt', text), 'greer');
    expect(rs.some((r) => r.speaker === 'HO' || r.asker === 'HO')).toBe(false);
    expect(rs.some((r) => r.asker === 'Hana Osei' && r.question === 'And it still floats?')).toBe(true);
    expect(rs.some((r) => r.speaker === 'Tomas Greer')).toBe(true);
  });
});

describe('a signed pull quote between turns is no section (c-B2)', () => {
  it('fixture: no record falls under the pull quote', () => {
    const rs = recordsOf(loadCorpus(join(FIXTURES, 'probe21', 'c')), 'newsletter-qa-oduya-founder');
    expect(rs.some((r) => /Boring is the point/.test(r.section ?? ''))).toBe(false);
    expect(rs.some((r) => r.type === 'qa' && /Boring is the point/.test(r.text))).toBe(true);
  });
  it('other words', () => {
    const text = `---
title: "Notes from the orchard"
author: Lea Brandt
---

**Lea Brandt:** Why apples?

**Owen Price:** My grandfather grew them. Trees outlive people.

> "Trees outlive people." — Owen Price

**Lea Brandt:** And the frost in 2021?

**Owen Price:** We lost half the blossom in one night.
`;
    const rs = recordsOf(load('orchard.md', text), 'orchard');
    expect(rs.some((r) => /outlive/.test(r.section ?? ''))).toBe(false);
    expect(rs.some((r) => r.type === 'qa' && /half the blossom/.test(r.text))).toBe(true);
  });
});
