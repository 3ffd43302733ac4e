/**
 * Probe 19 d's leftovers (test/fixtures/probe19/d, /work/wt/probe19/FINDINGS-d.md): a chat log's
 * furniture inside a sender's run of messages stays furniture, an IRC topic change and an action
 * are their nick's claims, on the fixture and on texts in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditCorpus } from '../../bench/grep-audit.mjs';
import { openCorpus, search } from '../../src/api/index.js';
import { parseFrontMatter } from '../../src/corpus/frontmatter.js';
import { readDocumentText } from '../../src/corpus/read.js';
import { isStopWord } from '../../src/index/stopwords.js';
import { scanTokens } from '../../src/index/tokenize.js';
import { loadCorpus } from '../../src/load/load.js';
import { classifyChrome } from '../../src/parse/chrome.js';
import { parseDocument } from '../../src/parse/index.js';
import { decodeHtmlEntities } from '../../src/parse/text.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const quarry = { openCorpus, search, scanTokens, isStopWord, parseFrontMatter, readDocumentText, parseDocument, classifyChrome, decodeHtmlEntities };
const misses = (r: { misses: { file: string; line: number; word: string | null }[] }) => r.misses.map((m) => `${m.file}:${m.line}: ${m.word}`);
const lost = (c: ReturnType<typeof loadCorpus>) => c.documents.flatMap((doc) => doc.sentences.missed.map((m) => `${doc.file}:${m.line}`));

const FIXTURE = join(FIXTURES, 'probe19', 'd');

/** An IRC log in other words: ChanServ's mode line between one nick's messages, a topic set, two actions. */
const IRC = [
  '--- Log opened Thu Nov 09 00:00:00 2023',
  '[2023-11-09 19:00:02] <mbruck> evening all, docs sprint retro',
  '[2023-11-09 19:00:04] -!- mode/#quill-docs [+v mbruck] by ChanServ',
  '[2023-11-09 19:00:40] <mbruck> we merged 58 pages this week, 6 still in review',
  '[2023-11-09 19:01:15] <ayodele> the glossary is the slow one. nobody owns it',
  '[2023-11-09 19:01:30] * ayodele volunteers for the glossary',
  '[2023-11-09 19:02:10] <mbruck> thanks. then we ship the handbook on 30 November',
  '[2023-11-09 19:02:30] -!- mbruck changed the topic of #quill-docs to: handbook ships 30 November | retro notes on the wiki',
  '[2023-11-09 19:02:45] <mbruck> good night',
  '--- Log closed Thu Nov 09 20:00:00 2023',
  '',
].join('\n');

describe('a chat log’s furniture inside one sender’s run of messages (grep-audit’s 8 misses)', () => {
  it('the fixture: every word grep finds, search finds, citing its line; check loses no sentence', async () => {
    const r = await auditCorpus(FIXTURE, quarry, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual([]);
    const d = loadCorpus(FIXTURE);
    expect(lost(d).filter((l) => /^(?:irc|slack)/.test(l))).toEqual([]);
  });

  it('IRC in other words: the mode line stays furniture though the nick’s two messages are one quote around it', async () => {
    const dir = tempCorpus({ 'quill-docs.log': IRC });
    const r = await auditCorpus(dir, quarry, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual([]);
    const c = loadCorpus(dir);
    expect(lost(c)).toEqual([]);
    expect(recordsOf(c, 'quill-docs').some((r) => /ChanServ|mode\//.test(r.text))).toBe(false);
  });

  it('Slack in other words: "replied to a thread:" and the answered message’s words under the replier’s name stay the app’s', async () => {
    const dir = tempCorpus({
      'slack-lab.txt': [
        '#lab-ops',
        'Monday, November 6th',
        'Ines Carvalho',
        '8:30 AM',
        'Has anyone booked the cryostat for the week of 20 November?',
        'Tobias Lindgren',
        '8:41 AM',
        'Not yet, I will ask the core facility.',
        'Ruth Okafor',
        '2:05 PM',
        'replied to a thread:',
        'Has anyone booked the cryostat for the week of 20 November?',
        'Booked it for Tuesday and Wednesday, 14 hours in total.',
        'View thread',
        '',
      ].join('\n'),
    });
    const r = await auditCorpus(dir, quarry, { fieldsOnly: true, lines: true });
    expect(misses(r)).toEqual([]);
    const c = loadCorpus(dir);
    expect(lost(c)).toEqual([]);
    const booked = recordsOf(c, 'slack-lab').find((r) => /Booked it/.test(r.text));
    expect(booked?.speaker).toBe('Ruth Okafor');
    expect(booked?.text).not.toMatch(/replied|cryostat/);
  });
});

describe('an IRC topic change and an action are their nick’s claims, joined to no message', () => {
  it('the fixture: the topic set (“next meeting 11 March”) is ebaxter’s claim; “* tmaragos sighs” is not in his message', () => {
    const recs = recordsOf(loadCorpus(FIXTURE), 'irc-kestrel-dev-2024-03-04');
    const topic = recs.find((r) => /next meeting 11 March/.test(r.text));
    expect(topic).toMatchObject({ type: 'claim', speaker: 'ebaxter', line: 31, endLine: 31 });
    expect(topic?.text).toMatch(/changed the topic of #kestrel-dev to/);
    expect(recs.find((r) => /my code from 2021/.test(r.text))?.text).not.toMatch(/sighs/);
    expect(recs.find((r) => r.text === 'tmaragos sighs')).toMatchObject({ type: 'claim', speaker: 'tmaragos' });
    expect(recs.find((r) => /contractor math/.test(r.text))?.text).not.toMatch(/budget sheet/);
    expect(recs.find((r) => /budget sheet/.test(r.text))).toMatchObject({ type: 'claim', speaker: 'ngozi_o' });
  });

  it('the same in other words', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'quill-docs.log': IRC })), 'quill-docs');
    expect(recs.find((r) => /handbook ships 30 November/.test(r.text))).toMatchObject({ type: 'claim', speaker: 'mbruck' });
    expect(recs.find((r) => /volunteers for the glossary/.test(r.text))).toMatchObject({ type: 'claim', speaker: 'ayodele', text: 'ayodele volunteers for the glossary' });
    expect(recs.find((r) => /nobody owns it/.test(r.text))?.text).not.toMatch(/volunteers/);
    // A message that mentions a topic is a message: "changed the topic" is the app's line only after "-!-".
    const chat = recordsOf(loadCorpus(tempCorpus({ 'talk.log': '[2023-11-09 19:00:02] <kim> hi\n[2023-11-09 19:00:09] <lee> kim changed the topic of #x to: nothing, it seems\n[2023-11-09 19:00:12] <kim> right\n' })), 'talk');
    expect(chat.find((r) => /nothing, it seems/.test(r.text))?.speaker).toBe('lee');
  });
});

/** A Slack copy in other words: a member who asks twice, then reports; a first name a later sender has. */
const SLACK = [
  '#field-ops',
  'Monday, October 2nd',
  'Jonas Weber',
  '7:58 AM',
  'Is the north gate open for deliveries today?',
  'Amara Diallo',
  '8:03 AM',
  'Yes, until noon.',
  'Jonas Weber',
  '8:40 AM',
  'Update from the supplier: their driver, Pedro Alves, told us the crane arrives on 12 October. I asked for the lift plan.',
  'Amara Diallo',
  '8:44 AM',
  'As Greta put it last month, "no lift plan, no lift." We wait for it.',
  'Jonas Weber',
  '9:10 AM',
  'Do we need a second banksman for that lift?',
  'Amara Diallo',
  '9:12 AM',
  'We do, two for anything over 20 tonnes.',
  'Greta Lindahl',
  '9:30 AM',
  'Confirmed, I will sign the lift plan when it comes.',
  '',
].join('\n');

describe('a Slack copy is a chat: nobody hosts it (S5), and its senders are its people (S6)', () => {
  it('the fixture: Owen’s vendor update is his quote, not a question Marta answers', () => {
    const recs = recordsOf(loadCorpus(FIXTURE), 'slack-treasury-ops-2024-03');
    expect(recs.find((r) => /Quick update from the vendor call/.test(`${r.question ?? ''} ${r.text}`))).toMatchObject({ type: 'quote', speaker: 'Owen Castellanos' });
    expect(recs.find((r) => /a vendor's word is not a control\.” Let's wait|Let's wait for the report/.test(r.text))).toMatchObject({ type: 'quote', speaker: 'Marta Lindqvist' });
    // Questions still pair with their answers.
    expect(recs.find((r) => /still \$240k\?/.test(r.question ?? ''))).toMatchObject({ type: 'qa', speaker: 'Femi Adeyemi', asker: 'Owen Castellanos' });
  });

  it('the fixture: “Hannah said …” is Hannah Brückner’s, who writes later in the channel; “As Refilwe said …” in Teams is Refilwe Mahlangu’s', () => {
    const d = loadCorpus(FIXTURE);
    const said = recordsOf(d, 'slack-treasury-ops-2024-03').filter((r) => /binder|not a control/.test(r.text) && r.line === r.endLine);
    expect(said.map((r) => r.speaker)).toEqual(['Hannah Brückner', 'Hannah Brückner']);
    expect(recordsOf(d, 'teams-chat-listing-committee').find((r) => r.text === 'volume is the risk, not conduct')?.speaker).toBe('Refilwe Mahlangu');
    // T4 (already read so before): reported speech in Varga's message stays his message.
    expect(recordsOf(d, 'teams-chat-listing-committee').some((r) => r.speaker === 'Lena Stroud')).toBe(false);
  });

  it('the same in other words', () => {
    const recs = recordsOf(loadCorpus(tempCorpus({ 'field-ops.txt': SLACK })), 'field-ops');
    expect(recs.find((r) => /Update from the supplier/.test(`${r.question ?? ''} ${r.text}`))).toMatchObject({ type: 'quote', speaker: 'Jonas Weber' });
    expect(recs.find((r) => /second banksman/.test(r.question ?? ''))).toMatchObject({ type: 'qa', speaker: 'Amara Diallo' });
    expect(recs.find((r) => r.text === 'no lift plan, no lift.')?.speaker).toBe('Greta Lindahl');
  });
});

describe('a bouncer’s "*** Joins: nick (~u@host)" status line is no title', () => {
  it('the fixture: the IRC log is titled by its file name, not by the first join', () => {
    const doc = loadCorpus(FIXTURE).documents.find((x) => x.id === 'irc-kestrel-dev-2024-03-04');
    expect(doc?.meta.title).toBe('irc-kestrel-dev-2024-03-04');
  });
  it('the same in other words', () => {
    const c = loadCorpus(tempCorpus({
      'ops-night.log': [
        '--- Log opened Tue May 02 00:00:00 2023',
        '[2023-05-02 22:10:01] *** Joins: hvik (~hv@user/hvik)',
        '[2023-05-02 22:10:20] *** Joins: sunniva (~sd@198.51.100.40)',
        '[2023-05-02 22:11:02] <hvik> backup job failed again on db-3',
        '[2023-05-02 22:11:40] <sunniva> disk full? it was at 91% this morning',
        '[2023-05-02 22:12:10] <hvik> yes, 100% now. clearing the old WAL files',
        '',
      ].join('\n'),
    }));
    expect(c.documents[0]?.meta.title).toBe('ops-night');
    expect(recordsOf(c, 'ops-night').some((r) => /Joins|ChanServ/.test(`${r.text} ${r.section ?? ''}`))).toBe(false);
  });
});
