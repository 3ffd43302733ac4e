/**
 * Two quotations in one sentence, the first attributed and the second introduced by a verb of
 * going on: `"…," Park said, before adding: "…"`. Before, the second was a quote of nobody's.
 * And `"…," per the fire chief, NAME, …` gave no speaker, where "according to" does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a quotation added after an attributed one, and "per" as an attribution', () => {
  it('reads the unseen mill-fire story', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['hanbit-mill-fire-2024.txt']);
    const records = c.records.filter((r) => r.doc === 'hanbit-mill-fire-2024');
    const at = (line: number) => records.filter((r) => r.line === line && r.type === 'quote');
    expect(at(25)).toHaveLength(1);
    expect(at(25)[0]).toMatchObject({ speaker: 'Park Ji-won', text: 'The east side was built in 1987. It was due for a rebuild anyway.' });
    expect(at(15)[0]).toMatchObject({ speaker: 'Kim Do-hyun', text: 'It was arson' });
    expect(records.filter((r) => r.type === 'quote' && r.speaker === null && r.line === 25)).toEqual([]);
  });

  it('in other words: "then added", "and added", a pronoun, and a new speaker after a full stop', async () => {
    const text = [
      'Port strike ends',
      'By Tom Ashby',
      'May 2, 2023',
      '',
      'The mayor, Ruth Calder, welcomed the deal on Tuesday.',
      '',
      '"Nobody won this," Calder said, then added: "But nobody lost their job either."',
      '',
      '"The pay rise is 6 percent," she told reporters, and added: "That was always the number."',
      '',
      '"We will be back in 2025," the union said. Its chair, Omar Haddad, added: "Count on it."',
    ].join('\n');
    const c = await loadCorpus(tempCorpus({ 'port.txt': text }));
    const quotes = c.records.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.text]);
    expect(quotes).toContainEqual([7, 'Ruth Calder', 'Nobody won this. But nobody lost their job either.']);
    expect(quotes).toContainEqual([9, 'Ruth Calder', 'The pay rise is 6 percent. That was always the number.']);
    expect(quotes).toContainEqual([11, 'Omar Haddad', 'Count on it.']);
  });
});
