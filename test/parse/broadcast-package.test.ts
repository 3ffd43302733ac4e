/**
 * A public-radio transcript of a reported piece ("LEILA FADEL, HOST:" introduces it, "RYAN LUCAS,
 * BYLINE:" files it, the people in it speak under their own labels). Found on an unseen transcript
 * (test/fixtures/unseen/npr-morning-edition-2025-04-09.txt), December 5; the second texts are in
 * other words.
 *  - The host's lead-in, which speaks of the reporter in the third person and asks nothing ("NPR's
 *    Ryan Lucas traveled to central Iowa to see how growers are coping."), was paired as the
 *    question of the reporter's first line.
 *  - "HEMMINGS:" after "DALE HEMMINGS:" stayed "Hemmings", a speaker of its own, because a second
 *    Hemmings (his daughter) speaks later in the piece: a surname two people share resolved to
 *    neither, even where only one of them had spoken yet.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Dockworkers weigh a strike as automation spreads',
  '',
  'June 3, 2024',
  '',
  'MARIA ESPINOZA, HOST:',
  '',
  'Container ports on the Gulf Coast are installing automated cranes, and the union says 1,200 jobs are at risk. Our correspondent Tomas Okafor spent a week in Houston.',
  '',
  'TOMAS OKAFOR, BYLINE: The night shift starts at 11. Ray Delgado has worked these cranes since 1998.',
  '',
  'RAY DELGADO: They told us the machines would help. Nobody said they would replace.',
  '',
  'OKAFOR: The port authority says automation will cut costs by 30%.',
  '',
  'DELGADO: Thirty percent of the jobs here. That is us.',
  '',
  'OKAFOR: His son Luis works the same terminal.',
  '',
  'LUIS DELGADO: I have two kids. If the vote is to strike, I strike.',
  '',
  'RAY DELGADO: He will, too.',
  '',
  'OKAFOR: The strike vote is set for July 15.',
  '',
].join('\n');

const rows = (records: readonly { type: string; speaker: string | null; text: string }[]) => records.map((r) => [r.type, r.speaker, r.text.slice(0, 24)]);

describe("a host's lead-in that speaks of the reporter, and a surname two people share", () => {
  it('reads the unseen transcript: the lead-in and the piece are quotes, HEMMINGS: is Dale', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['npr-morning-edition-2025-04-09.txt']);
    const own = c.records.filter((r) => r.doc === 'npr-morning-edition-2025-04-09');
    const of = (words: string) => own.find((r) => r.text.includes(words))!;
    expect(of('nearly doubled')).toMatchObject({ type: 'quote', speaker: 'Leila Fadel', role: 'HOST' });
    expect(of('On a gray morning')).toMatchObject({ type: 'quote', speaker: 'Ryan Lucas', question: null });
    expect(of('corn price')).toMatchObject({ speaker: 'Dale Hemmings' });
    expect(own.some((r) => r.speaker === 'Hemmings')).toBe(false);
  });

  it('reads the same in other words; once both have spoken a surname alone is neither', async () => {
    const c = await loadCorpus(tempCorpus({ 'port.txt': SECOND, 'later.txt': SECOND.replace('RAY DELGADO: He will, too.', 'RAY DELGADO: He will, too.\n\nDELGADO: We both will.') }));
    const port = c.records.filter((r) => r.doc === 'port');
    expect(rows(port.slice(0, 3))).toEqual([
      ['quote', 'Maria Espinoza', 'Container ports on the G'],
      ['quote', 'Tomas Okafor', 'The night shift starts a'],
      ['quote', 'Ray Delgado', 'They told us the machine'],
    ]);
    expect(port.find((r) => r.text.includes('Thirty percent'))!.speaker).toBe('Ray Delgado');
    expect(port.find((r) => r.text.includes('two kids'))!.speaker).toBe('Luis Delgado');
    // after Luis Delgado has spoken, "DELGADO:" could be either
    expect(c.records.find((r) => r.doc === 'later' && r.text.includes('We both will'))!.speaker).toBe('Delgado');
  });

  it('still pairs a host who speaks to the reporter by name, or asks', async () => {
    const asked = SECOND.replace('Our correspondent Tomas Okafor spent a week in Houston.', 'Tomas Okafor, you spent a week in Houston.').replace('TOMAS OKAFOR, BYLINE: The night', 'TOMAS OKAFOR, BYLINE: I did. The night');
    const question = SECOND.replace('Our correspondent Tomas Okafor spent a week in Houston.', 'Our correspondent Tomas Okafor spent a week in Houston. What did you find?');
    const c = await loadCorpus(tempCorpus({ 'asked.txt': asked, 'question.txt': question }));
    for (const doc of ['asked', 'question']) expect(c.records.find((r) => r.doc === doc && r.text.includes('The night shift'))).toMatchObject({ type: 'qa', asker: 'Maria Espinoza', speaker: 'Tomas Okafor' });
  });
});
