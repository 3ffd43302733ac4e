/**
 * A Q&A labelled by initials ("**RM:**", "**LF:**") under front matter: the initials are the one
 * person the front matter declares or its title names whose name they shorten, as a name in the
 * body's header already made them. Initials two such names share stay as written. The credit line
 * "Interview by NAME. Edited for length." is the page's: it names the asker and is no claim.
 */
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));
function recordsOf(text: string) {
  const dir = tempCorpus({ 'qa.md': text });
  made.push(dir);
  return loadCorpus(dir).records.map((r) => ({ line: r.line, type: r.type, speaker: r.speaker, asker: r.asker }));
}

const TURNS = [
  '*Interview by Liam Foyle. Edited for length.*',
  '',
  "**LF:** You've measured the Orange River for thirty years. What changed first?",
  '',
  '**RM:** The timing. The floods used to come in February.',
  '',
  '**LF:** Is that climate, or the dams?',
  '',
  '**RM:** Both, and I will not let anyone pick one.',
  '',
];
const frontMatter = (fields: string[]) => ['---', ...fields, '---', ''];

describe('initials labels under front matter', () => {
  it('are the person the title names', () => {
    const records = recordsOf([...frontMatter(['title: "Reading the river: a conversation with hydrologist Rosa Mbeki"', 'date: 2022-05-19']), ...TURNS].join('\n'));
    expect(records).toEqual([
      { line: 8, type: 'qa', speaker: 'Rosa Mbeki', asker: 'Liam Foyle' },
      { line: 12, type: 'qa', speaker: 'Rosa Mbeki', asker: 'Liam Foyle' },
    ]);
  });

  it('are the person the front matter declares, under a title that names nobody', () => {
    const records = recordsOf([...frontMatter(['title: Reading the river', 'speakers: [Rosa Mbeki]']), ...TURNS].join('\n'));
    expect(records.map((r) => r.speaker)).toEqual(['Rosa Mbeki', 'Rosa Mbeki']);
  });

  it('stay as written when two declared names share them', () => {
    const records = recordsOf([...frontMatter(['title: Reading the river', 'speakers: [Rosa Mbeki, Ruth Moyo]']), ...TURNS].join('\n'));
    expect(records.map((r) => r.speaker)).toEqual(['RM', 'RM']);
  });
});
