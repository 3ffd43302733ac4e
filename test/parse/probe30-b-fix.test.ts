/**
 * probe30-b, second pass: AMA and town-hall sheets exported as TSV / CSV. The shapes read wrong
 * before: an answerer cell that gives the part first and the person in brackets ("Moderator (Liz
 * Cordero)") kept the whole cell as the speaker; a quotation in an answer signed by the answerer's
 * surname alone ("Nwosu-Kell: “…”") was filed under the surname, not the full name the sheet gives.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const one = (name: string, text: string) => recordsOf(loadCorpus(tempCorpus({ [name]: text })), name.replace(/\.(?:csv|tsv|txt)$/, ''));

describe('an answerer cell with the part first and the name in brackets (b14)', () => {
  it('fixture: Moderator (Liz Cordero) is Liz Cordero, role Moderator; Nwosu-Kell is the full name', () => {
    const rs = recordsOf(loadCorpus(join(FIXTURES, 'probe30', 'b')), 'gforms-health-district-townhall-responses');
    const slides = rs.find((r) => r.type === 'qa' && r.question === 'Can you share the slides?')!;
    expect(slides.speaker).toBe('Liz Cordero');
    expect(slides.role).toBe('Moderator');
    expect(rs.find((r) => r.type === 'quote' && /three full days/.test(r.text))!.speaker).toBe('Amara Nwosu-Kell');
  });
  it('other words: a host and a commissioner in brackets, a surname signing a quotation', () => {
    const rs = one(
      'library-ama.tsv',
      [
        'Question\tAsked by\tAnswered by\tAnswer',
        'When do the new opening hours start?\tKofi Mensah\tHost (Ruth Abernethy)\tFrom the first of June.',
        'Will the branch on Elm Street close?\tLena Park\tCommissioner (Dariusz Wolanski)\tIt will not. Wolanski: "Elm Street stays open as long as I sit on this board."',
        'How many visitors came last year?\tSam Ortiz\tDariusz Wolanski\tAbout 210,000.',
      ].join('\n'),
    );
    const hours = rs.find((r) => r.type === 'qa' && /opening hours/.test(r.question ?? ''))!;
    expect(hours.speaker).toBe('Ruth Abernethy');
    expect(hours.role).toBe('Host');
    const elm = rs.find((r) => r.type === 'qa' && /Elm Street/.test(r.question ?? ''))!;
    expect(elm.speaker).toBe('Dariusz Wolanski');
    expect(elm.role).toBe('Commissioner');
    expect(rs.find((r) => r.type === 'quote' && /stays open/.test(r.text))!.speaker).toBe('Dariusz Wolanski');
  });
  it('keeps a name with a note in brackets that is no person', () => {
    const rs = one('panel.tsv', ['Question\tAnswered by\tAnswer', 'Is the grant renewed?\tModerator (Panel B)\tYes, for two years.'].join('\n'));
    expect(rs.find((r) => r.type === 'qa')!.speaker).not.toBe('Panel B');
  });
});

describe('an answer cell signed by a one-word part (b16)', () => {
  it('fixture: "Moderation: Yes, next one in Q1 2026." is the moderation\'s answer, the word no part of it', () => {
    const rs = recordsOf(loadCorpus(join(FIXTURES, 'probe30', 'b')), 'slido-export-gridwende-ama-2025-09-30');
    const qa = rs.find((r) => r.type === 'qa' && r.question === 'Will the AMA be repeated?')!;
    expect(qa.text).toBe('Yes, next one in Q1 2026.');
    expect(qa.speaker).toBe('Moderation');
  });
  it('other words: a host and the organisers sign, a plain "Update:" does not', () => {
    const rs = one(
      'webinar.csv',
      [
        'Question,Author,Replies',
        '"Is the recording online?",Priya,"Host: It will be by Monday."',
        '"Can we get the slides?",Anonymous,"Organisers: Yes, we will email them."',
        '"Is the venue changing?",Ben,"Update: the venue is the same."',
      ].join('\n'),
    );
    const rec = rs.find((r) => r.type === 'qa' && /recording/.test(r.question ?? ''))!;
    expect(rec.text).toBe('It will be by Monday.');
    expect(rec.speaker).toBe('Host');
    expect(rs.find((r) => r.type === 'qa' && /slides/.test(r.question ?? ''))!.text).toBe('Yes, we will email them.');
    expect(rs.find((r) => /venue/.test(r.question ?? r.text))!.text).toMatch(/^Update: /);
  });
});
