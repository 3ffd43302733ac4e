/**
 * review56: rules added today that read too wide.
 * - A news explainer's question headings are sections when no answer says "I"/"we" outside quotes
 *   and some answer attributes words (prose.ts reportedAnswers). An interview whose title names
 *   whom it talks with, the guest answering in "you" and "they" alone and quoting a clerk, was read
 *   as such an explainer: its questions and answers became the byline's claims.
 * - An ordinal before a colon ("First: …") is no voice (transcript.ts ENUMERATOR_KEY). A street
 *   poll labels its unnamed passers-by so ("Reporter: …?" / "First: Hello…" / "Second: …"): every
 *   label went, the reporter's with them, and the poll was nobody's claims.
 * - A chat message passing on someone's question ("Last one, from @kestrel_jp: …?") answers none
 *   (conversation.ts relaysQuestion). The guest's own answer "Greetings from Berlin: did you know …?"
 *   has that shape: under the moderator's question it answered nothing, both left as quotes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('question headings under a title naming the guest', () => {
  it('stay an interview when the guest never says "I" and quotes someone', () => {
    const c = fixtureCorpus(join(FIXTURES, 'review56'), ['conversation-marta-ruiz.md']);
    const recs = c.records.filter((r) => r.doc === 'conversation-marta-ruiz');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [5, 'qa', 'Marta Ruiz', 'Tom Hale'],
      [9, 'qa', 'Marta Ruiz', 'Tom Hale'],
      // the answer's "Come back next year," the clerk said: the clerk's quote too
      [11, 'quote', 'the clerk', null],
      [13, 'qa', 'Marta Ruiz', 'Tom Hale'],
    ]);
    expect(recs.filter((r) => r.type === 'qa').map((r) => r.question)).toEqual(['How did the project start?', 'What did the council say?', 'What comes next?']);
    expect(recs[1]!.text).toMatch(/^They said no, and you keep going\. "Come back next year," the clerk said/);
  });

  it('in other words; and an explainer about the person the title names stays an explainer', () => {
    const c = loadCorpus(tempCorpus({
      'potter.md': [
        '# Nine questions for ceramicist Ode Lindqvist', '', 'By Henrik Aas, 12 October 2019', '',
        '## Where does the clay come from?', '', 'A pit behind the barn. You dig it wet and they laugh at you in the village.', '',
        '## Why the blue glaze?', '', 'Your grandmother would know. "Cobalt is for Sundays," the old potters told each other.', '',
      ].join('\n'),
      'ceo.md': [
        '# Dana Hale on the layoffs: what we know', '', 'By Sam Reed, 3 March 2024', '',
        '## What did Acme announce?', '', 'Acme will cut 200 jobs, Hale said in a memo to staff on Monday.', '',
        '## Will there be more cuts?', '', '"Not this year," the company said.', '',
      ].join('\n'),
    }));
    const potter = c.records.filter((r) => r.doc === 'potter');
    expect(potter.map((r) => [r.type, r.speaker, r.asker, r.question])).toEqual([
      ['qa', 'Ode Lindqvist', 'Henrik Aas', 'Where does the clay come from?'],
      ['qa', 'Ode Lindqvist', 'Henrik Aas', 'Why the blue glaze?'],
    ]);
    // the title names Dana Hale, but the answers report "Hale said": a page about her, its headings sections
    expect(c.records.filter((r) => r.doc === 'ceo' && r.type === 'qa')).toEqual([]);
  });
});

describe('ordinal labels that answer a question', () => {
  it("are a street poll's voices", () => {
    const c = fixtureCorpus(join(FIXTURES, 'review56'), ['street-poll-main-square.txt']);
    const recs = c.records.filter((r) => r.doc === 'street-poll-main-square');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.asker, r.question])).toEqual([
      [3, 'qa', 'First', 'Reporter', 'Can you tell us your name?'],
      [6, 'qa', 'First', 'Reporter', 'What do you think of the plan?'],
    ]);
    expect(recs[0]!.text).toMatch(/^Hello, I'm the first one/);
  });

  it('in other words, while a speaker counting off points keeps the floor', () => {
    const c = loadCorpus(tempCorpus({
      'poll.txt': [
        'Vox pop at the ferry terminal', '',
        'Interviewer: Will you pay the new toll?',
        'Firstly: No. Twelve euros a day is too much for me.',
        'Secondly: I will, I have no choice, the bridge is closed till 2027.',
        'Interviewer: And the night ferry?',
        'Firstly: I never take it.',
        'Secondly: Every Friday.',
      ].join('\n'),
      'talk.txt': [
        'HOST: Welcome back. What should founders take from this year?',
        'OKAFOR: Two lessons, I think.',
        'Firstly: cash is oxygen. We ran out twice.',
        'Secondly: hire slowly. Our worst year was our biggest hiring year.',
        'HOST: Thank you.',
        'OKAFOR: My pleasure.',
      ].join('\n'),
    }));
    const poll = c.records.filter((r) => r.doc === 'poll');
    expect(poll.map((r) => [r.type, r.speaker, r.asker])).toEqual([
      ['qa', 'Firstly', 'Interviewer'],
      ['qa', 'Secondly', 'Interviewer'],
      ['qa', 'Firstly', 'Interviewer'],
      ['qa', 'Secondly', 'Interviewer'],
    ]);
    expect(poll[1]!.text).toBe('I will, I have no choice, the bridge is closed till 2027.');
    expect(c.records.filter((r) => r.doc === 'talk' && /^(?:Firstly|Secondly)$/.test(r.speaker ?? ''))).toEqual([]);
    expect(c.records.find((r) => r.doc === 'talk' && r.text.includes('cash is oxygen'))).toMatchObject({ speaker: 'Okafor' });
  });
});

describe("a guest's answer shaped like a relayed question", () => {
  it('still answers the question the moderator put right above it', () => {
    const c = fixtureCorpus(join(FIXTURES, 'review56'), ['telegram-ama-greetings-from.txt']);
    const recs = c.records.filter((r) => r.doc === 'telegram-ama-greetings-from');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.asker])).toEqual([
      [3, 'qa', 'Julien Delacroix', 'Nadia Sorokina'],
      [9, 'qa', 'Julien Delacroix', 'Nadia Sorokina'],
      [15, 'qa', 'Julien Delacroix', 'Nadia Sorokina'],
      [18, 'quote', 'Tom Reyes', null],
    ]);
    expect(recs[1]).toMatchObject({ question: 'And what about the grants programme?' });
    expect(recs[1]!.text).toMatch(/^Greetings from Berlin: did you know we funded 40 teams\?/);
  });

  it('in other words', () => {
    const c = loadCorpus(tempCorpus({
      'dao-chat.txt': [
        'Kelp DAO — Chat', '',
        'Mira Holt, [04.06.2023 20:00]', 'Thanks for joining, Ravi. What is the first thing you would fix?', '',
        'Ravi Anand, [04.06.2023 20:01]', 'The bridge contract. It is 3 years old.', '',
        'Mira Holt, [04.06.2023 20:02]', 'And hiring, where does that stand?', '',
        'Ravi Anand, [04.06.2023 20:03]', 'Hello from Lisbon: would you believe we hired 9 people in May? Mostly engineers.', '',
        'Mira Holt, [04.06.2023 20:04]', 'Final one: remote or office?', '',
        'Ravi Anand, [04.06.2023 20:05]', 'Remote, with two weeks a quarter together.',
      ].join('\n'),
    }));
    const recs = c.records.filter((r) => r.doc === 'dao-chat');
    expect(recs.map((r) => [r.line, r.type, r.speaker, r.asker, r.question])).toEqual([
      [3, 'qa', 'Ravi Anand', 'Mira Holt', 'Thanks for joining, Ravi. What is the first thing you would fix?'],
      [9, 'qa', 'Ravi Anand', 'Mira Holt', 'And hiring, where does that stand?'],
      [15, 'qa', 'Ravi Anand', 'Mira Holt', 'Final one: remote or office?'],
    ]);
  });
});
