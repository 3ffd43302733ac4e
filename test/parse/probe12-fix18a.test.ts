/**
 * A reviewer's reading highlights, research transcripts and social posts (test/fixtures/probe12/c1,
 * c2, c6): a reader's export is the book's or the article's words with the reader's notes beside
 * them; a numbered or legend-keyed transcript's labels are its people; a dump of posts is each
 * post's author's. Each shape is also tested on a small text of its own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, recordsOf, tempCorpus } from '../helpers.js';

const c1 = loadCorpus(join(FIXTURES, 'probe12', 'c1'));
const c2 = loadCorpus(join(FIXTURES, 'probe12', 'c2'));
const c6 = loadCorpus(join(FIXTURES, 'probe12', 'c6'));
type Recs = ReturnType<typeof recordsOf>;
const at = (recs: Recs, line: number) => recs.filter((r) => r.line === line);
const rows = (recs: Recs) => recs.map((r) => [r.type, r.speaker, r.line]);

describe('Kindle clippings', () => {
  it('one record per block: a highlight its book author’s, a note the reader’s, the title and kind lines metadata', () => {
    const recs = recordsOf(c1, 'My Clippings');
    expect(recs.some((r) => r.speaker === 'The Exchange' || /Your Highlight|Added on/.test(r.text))).toBe(false);
    expect(at(recs, 4).map((r) => [r.type, r.speaker])).toEqual([['claim', 'Marcus Ellery']]);
    expect(at(recs, 9).map((r) => [r.type, r.speaker])).toEqual([['quote', 'CZ']]);
    // The reader's note is nobody's in the book.
    expect(at(recs, 14).map((r) => [r.type, r.speaker])).toEqual([['claim', null]]);
    // Another book's highlight is its own author's.
    expect(at(recs, 29).map((r) => r.speaker)).toEqual(['Kim Scott']);
    expect(recs.every((r) => r.endLine - r.line <= 1)).toBe(true);
  });
  it('the same shape in other words', () => {
    const block = (title: string, kind: string, text: string) => `${title}\n- ${kind} | Location 10-12 | Added on Friday, 7 June 2024 10:00:00\n\n${text}\n==========\n`;
    const dir = tempCorpus({
      'clips.txt':
        block('Gardening: A Year in the Beds (Hale, Tom)', 'Your Highlight on page 3', 'Frost comes late in the valley, and the beds stay cold until May.') +
        block('Gardening: A Year in the Beds (Hale, Tom)', 'Your Note on page 3', 'ask Anna about her frost cloth before planting') +
        block('Soil Notes (Priya Das)', 'Your Highlight on page 9', 'A handful of compost does more for clay than any amount of digging.'),
    });
    const recs = recordsOf(loadCorpus(dir), 'clips');
    expect(rows(recs)).toEqual([
      ['claim', 'Tom Hale', 4],
      ['claim', null, 9],
      ['claim', 'Priya Das', 14],
    ]);
    expect(recs[0]!.section).toBe('Gardening: A Year in the Beds');
  });
});

describe('annotation and highlights pages', () => {
  it('Hypothesis: an excerpt its source’s, a Comment: its annotator’s, a reply its replier’s, dated by the head', () => {
    const recs = recordsOf(c1, 'hypothesis-annotations');
    expect(recs.some((r) => r.speaker === 'Comment' || /Annotated by/.test(r.speaker ?? ''))).toBe(false);
    expect(at(recs, 6).map((r) => [r.type, r.speaker, r.year])).toEqual([['claim', null, 2023]]);
    expect(at(recs, 8).map((r) => [r.speaker, r.year])).toEqual([['lpereira', 2023]]);
    expect(at(recs, 14).map((r) => r.speaker)).toEqual(['tkowalski']);
    expect(at(recs, 18).map((r) => r.speaker)).toEqual(['lpereira', 'lpereira']);
    expect(at(recs, 25).map((r) => [r.speaker, r.year])).toEqual([['tkowalski', 2024]]);
  });
  it('Instapaper: the Note: line is found, each > excerpt stands alone (no quote runs on into the next)', () => {
    const recs = recordsOf(c1, 'instapaper-highlights-2024');
    expect(at(recs, 10).map((r) => [r.type, r.speaker, r.text])).toEqual([['claim', null, 'good for the chapter on intergenerational wealth']]);
    expect(at(recs, 12).map((r) => [r.type, r.speaker])).toEqual([['claim', null]]);
    expect(at(recs, 21).map((r) => [r.type, r.speaker])).toEqual([['claim', null]]);
    expect(at(recs, 8).map((r) => [r.type, r.speaker])).toEqual([['quote', 'Nadia Rahimi']]);
  });
  it('a book export’s "My note:" is the reader’s, not the author’s', () => {
    const recs = recordsOf(c1, 'Notes from The Exchange');
    expect(at(recs, 14).map((r) => r.speaker)).toEqual([null]);
    expect(at(recs, 13).map((r) => r.speaker)).toEqual(['Marcus Ellery']);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'notes.md': [
        '# Reading notes',
        '',
        '## https://example.org/soil',
        '**Highlighted by acct:mira@hypothes.is on 2021-04-02**',
        '',
        '> Clay soils hold water longer than sandy ones.',
        '',
        '> "Nobody digs anymore," said Ruth Ames, a grower.',
        '',
        'Comment: check this against the county survey',
        '',
        '**Reply by acct:omar@hypothes.is on 2021-04-03**',
        '',
        'The county survey agrees for the valley floor.',
      ].join('\n'),
    });
    const recs = recordsOf(loadCorpus(dir), 'notes');
    expect(recs.map((r) => [r.type, r.speaker, r.line, r.year])).toEqual([
      ['claim', null, 6, 2021],
      ['quote', 'Ruth Ames', 8, 2021],
      ['claim', 'mira', 10, 2021],
      ['claim', 'omar', 14, 2021],
    ]);
  });
});

describe('research transcripts', () => {
  it('a Jefferson extract: its numbered first turns are talk, the legend names IV and HY, IV asks', () => {
    const recs = recordsOf(c2, 'ca-extract-02-market-stall');
    const qa = recs.filter((r) => r.type === 'qa');
    expect(qa[0]).toMatchObject({ speaker: 'Harry', asker: 'Amira Soltani', line: 5 });
    expect(qa[0]!.text).toContain('twenty seventeen');
    expect(qa[0]!.question).toContain('when did you');
    expect(recs.some((r) => r.section?.includes('sixteen'))).toBe(false);
  });
  it('margin line numbers with I:/R: and an "I = Interviewer, R = Respondent" legend', () => {
    const qa = recordsOf(c2, 'interview_R07_transcript').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker])).toEqual(Array(4).fill(['Respondent', 'Interviewer']));
  });
  it('a research tool’s Highlight: line is a note of its own, no voice and no part of the answer', () => {
    const recs = recordsOf(c2, 'P3_onboarding_session_2024-09-18');
    expect(recs.some((r) => r.speaker === 'Highlight')).toBe(false);
    expect(at(recs, 25).map((r) => [r.type, r.speaker])).toEqual([['claim', null]]);
    expect(recs.find((r) => r.line === 21)!.text).not.toContain('tag:');
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'x.txt': [
        'Extract 4: allotment interview (recorded 2 June 2018)',
        'Key: AB = interviewer (Dr. Jo Kent); GW = gardener ("Wilf", pseudonym)',
        '',
        '01 AB:   how long have you (.) had this plot',
        '02 GW:   since (0.4) oh since the flood',
        '03       my mother had it before me',
        '04 AB:   and the shed',
        '05 GW:   built it meself (.) nineteen ninety',
        '06       (1.0)',
        '07 AB:   mm',
        '08 GW:   roof went in the storm',
        '09       (.) put a new one on',
        '10 AB:   and do you sell (.) any of it',
        '11 GW:   °no° (.) give it away',
        '12       to the neighbours mostly',
      ].join('\n'),
    });
    const qa = recordsOf(loadCorpus(dir), 'x').filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.speaker, r.asker]).slice(0, 2)).toEqual([
      ['Wilf', 'Jo Kent'],
      ['Wilf', 'Jo Kent'],
    ]);
    expect(qa.at(-1)!.text).toContain('give it away');
    expect(qa[0]!.text).toContain('my mother had it');
  });
});

describe('dumps of social posts', () => {
  it('X archive: each post Erik Solheim’s, dated by its stamp; the RT the reposted account’s; UTC is no sender', () => {
    const recs = recordsOf(c6, 'x-archive-eriksolheim-2024');
    expect(recs.some((r) => r.speaker === 'UTC')).toBe(false);
    expect(recs.filter((r) => r.speaker === 'Erik Solheim').map((r) => [r.type, r.line, r.year])).toEqual([
      ['quote', 5, 2024],
      ['quote', 10, 2024],
      ['quote', 14, 2024],
    ]);
    expect(at(recs, 18).map((r) => r.speaker)).toEqual(['@KenyaForestSvc']);
    expect(recs.some((r) => /1,204|♥/.test(r.text))).toBe(false);
  });
  it('Mastodon: each post its header’s author, the counters chrome; a quotation inside keeps its speaker', () => {
    const recs = recordsOf(c6, 'mastodon-thread-cryptolaw-2023-11-22');
    expect(recs.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.line])).toEqual([
      ['Martina Keller', 6],
      ['Martina Keller', 11],
      ['Martina Keller', 16],
      ['CZ', 16],
      ['Dan Ruiz', 21],
      ['Martina Keller', 26],
    ]);
    expect(recs.some((r) => /boosts|favourites|@fosstodon\.org$/.test(r.text))).toBe(false);
  });
  it('Weibo: posts by the profile head’s person, a //@ repost comment the reposter’s', () => {
    const recs = recordsOf(c6, 'weibo_heyi_posts_2022');
    expect(recs.filter((r) => r.speaker === 'He Yi').map((r) => r.line)).toEqual([5, 9, 13]);
    expect(at(recs, 16).map((r) => r.speaker)).toEqual(['CZ']);
    expect(recs.some((r) => /转发 \d/.test(r.text))).toBe(false);
  });
  it('TikTok captions: the creator the header names speaks', () => {
    const recs = recordsOf(c6, 'tiktok_captions_cryptowithlily_7312004455');
    expect(new Set(recs.map((r) => r.speaker))).toEqual(new Set(['@cryptowithlily']));
  });
  it('Clubhouse notes: "NAME: yes, “…”" and "NAME on TOPIC: …, “…”" inside a bullet are that person’s quotes', () => {
    const recs = recordsOf(c6, 'clubhouse-notes-binance-ama-2021-03-15');
    expect(at(recs, 9).filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['CZ']);
    expect(at(recs, 10).filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['He Yi']);
  });
  it('the same shapes in other words', () => {
    const dir = tempCorpus({
      'thread.txt': [
        'Posts by @annaberg (Anna Berg)',
        '',
        '2023-03-04 08:15 CET',
        'First frost of the year in the valley. The beds are covered.',
        '4 likes · 1 repost',
        '',
        '2023-03-05 09:40 CET',
        'RT @metoffice: Frost warnings remain in place for the north tonight.',
        '',
        'Tom Hale @tomhale@garden.social',
        '2023-03-06 19:02 CET',
        'Mine survived under fleece, just about.',
        '2 likes · 0 reposts',
      ].join('\n'),
      'notes.md': '- Anna on frost: she covers everything by March, "better a week early than a bed lost"\n- Tom: maybe, "fleece is cheap"\n',
    });
    const corpus = loadCorpus(dir);
    expect(rows(recordsOf(corpus, 'thread'))).toEqual([
      ['quote', 'Anna Berg', 4],
      ['quote', '@metoffice', 8],
      ['quote', 'Tom Hale', 12],
    ]);
    expect(recordsOf(corpus, 'notes').filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Anna', 'Tom']);
  });
});

/**
 * A transcription key under the last turn, after a rule ("---" / "Key: JH = James Holloway
 * (interviewer); MO = Margaret Osei (co-op chair)"). Before, only a key among the first lines was
 * read: the turns stayed "JH" and "MO".
 */
describe('a transcription key at the foot', () => {
  it('names the initials of the unseen co-op interview', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['coop-interview-key-at-foot.txt']);
    expect(recordsOf(c, 'coop-interview-key-at-foot').filter((r) => r.type === 'qa').map((r) => [r.asker, r.speaker])).toEqual([
      ['James Holloway', 'Margaret Osei'],
      ['James Holloway', 'Margaret Osei'],
      ['James Holloway', 'Margaret Osei'],
    ]);
  });

  it('in other words: "I = Interviewer, R = Respondent (Dr. Ana Lima)" at the foot', () => {
    const turns = ['I: When did you arrive?', 'R: In 1998, with my parents.', 'I: And the clinic?', 'R: I opened it in 2011.', 'I: Why there?', 'R: Nobody else would.'];
    const text = ['Interview 4, Porto, 2023', '', ...turns.flatMap((t) => [t, '']), '---', 'I = Interviewer, R = Respondent (Dr. Ana Lima)', ''].join('\n');
    const records = loadCorpus(tempCorpus({ 'i4.txt': text })).records.filter((r) => r.type === 'qa');
    expect(records.map((r) => r.speaker)).toEqual(['Ana Lima', 'Ana Lima', 'Ana Lima']);
  });
});
