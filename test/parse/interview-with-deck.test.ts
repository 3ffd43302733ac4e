/**
 * A print interview whose deck under the title says whom it is with ("An interview with Tomasz
 * Brenner, chief executive of …" / "Interviewed by Hanna Lind, 12 March 2023"), its questions in
 * paragraphs of their own: in capitals (a copy that lost the bold), in plain case, or in bold. No
 * guest was found, so the questions were section headings and the answers the writer's claims;
 * in bold, the writer asked and answered. The deck names who answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const UNSEEN = join(FIXTURES, 'unseen');

describe('an interview whose deck names the guest', () => {
  it('reads questions set in capitals as questions the guest answers', () => {
    const c = fixtureCorpus(UNSEEN, ['railway-interview-caps-questions.txt']);
    const qa = c.records.filter((r) => r.doc === 'railway-interview-caps-questions' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker, r.question])).toEqual([
      [9, 'Tomasz Brenner', 'Hanna Lind', 'HOW DID YOU COME TO RUN A RAILWAY?'],
      [16, 'Tomasz Brenner', 'Hanna Lind', 'WHAT WAS WRONG WITH IT?'],
      [22, 'Tomasz Brenner', 'Hanna Lind', 'WHAT DID YOU CHANGE FIRST?'],
      [28, 'Tomasz Brenner', 'Hanna Lind', 'SOME OF YOUR RIVALS SAY YOU GREW TOO FAST.'],
      [33, 'Tomasz Brenner', 'Hanna Lind', 'WHAT KEEPS YOU UP AT NIGHT?'],
      [38, 'Tomasz Brenner', 'Hanna Lind', 'WILL YOU EVER LEAVE?'],
    ]);
    // No answer is the writer's claim any more (each qa's line is its question's).
    expect(c.records.filter((r) => r.type === 'claim' && r.line >= 9)).toEqual([]);
  });

  it('reads a remark set in bold as the questions are as the next question', () => {
    const c = fixtureCorpus(UNSEEN, ['railway-interview-bold-questions.md']);
    const qa = c.records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => r.speaker)).toEqual(Array(6).fill('Tomasz Brenner'));
    expect(qa.map((r) => r.asker)).toEqual(Array(6).fill('Hanna Lind'));
    const rivals = qa.find((r) => r.question === 'Some of your rivals say you grew too fast.');
    expect(rivals?.text).toMatch(/^They said that in 2018 as well\./);
    // The answer above it ends where the remark starts.
    expect(qa.find((r) => r.question === 'What did you change first?')?.text).not.toContain('rivals');
  });

  it('in other words: a deck in italics, questions in plain paragraphs', () => {
    const text = [
      'Bread Before Dawn',
      '',
      '*An interview with Marisol Achterberg, owner of the Zuidkade bakery*',
      '',
      'By Pieter Blom | 2 June 2021',
      '',
      'When do you start work?',
      '',
      'At three. I have done it for 22 years and I still hate the alarm.',
      '',
      'What sells best?',
      '',
      'Rye. We bake 400 loaves on a Saturday.',
      '',
      'Would you do it again?',
      '',
      'Every day of my life.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'bakery.md': text })).records.filter((r) => r.type === 'qa');
    expect(records.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [7, 'Marisol Achterberg', 'Pieter Blom'],
      [11, 'Marisol Achterberg', 'Pieter Blom'],
      [15, 'Marisol Achterberg', 'Pieter Blom'],
    ]);
  });

  it('in other words: a bold remark among bold questions, the guest named in the standfirst', () => {
    const text = [
      '# The last lighthouse keeper',
      '',
      'We spoke to Ewan Gillespie, who kept the Rubha light from 1981 to 1998.',
      '',
      '**How did you get the job?**',
      '',
      'My father kept it before me. I was 19.',
      '',
      '**You once said the loneliness never bothered you.**',
      '',
      'It did not. The weather was company enough.',
      '',
      '**What do you miss?**',
      '',
      'The quiet, and the 4 a.m. tea.',
      '',
    ].join('\n');
    const qa = loadCorpus(tempCorpus({ 'keeper.md': text })).records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.question])).toEqual([
      [5, 'Ewan Gillespie', 'How did you get the job?'],
      [9, 'Ewan Gillespie', 'You once said the loneliness never bothered you.'],
      [13, 'Ewan Gillespie', 'What do you miss?'],
    ]);
    expect(qa[0]!.text).toBe('My father kept it before me. I was 19.');
  });
});
