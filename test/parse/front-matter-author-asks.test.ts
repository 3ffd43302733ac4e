/**
 * A Markdown Q&A under front matter naming its author ("author: Devi Raman"), its turns lettered
 * "**Q:**" / "**A:**": the questions had no asker, though the same interview with the author in a
 * byline ("By Devi Raman") had her. The author the front matter gives asks as a byline's writer does.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("a lettered Q&A's author in front matter", () => {
  it('asks every question of the unseen fare-payments interview', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['qa-bullets-okonkwo.md']);
    const qa = c.records.filter((r) => r.doc === 'qa-bullets-okonkwo' && r.type === 'qa');
    expect(qa.map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [9, 'Chiamaka Okonkwo', 'Devi Raman'],
      [19, 'Chiamaka Okonkwo', 'Devi Raman'],
      [25, 'Chiamaka Okonkwo', 'Devi Raman'],
      [35, 'Chiamaka Okonkwo', 'Devi Raman'],
    ]);
    // the answer's bullet list and the quotation inside it are the answer's words
    expect(qa[0]!.text).toContain('works offline for up to 72 hours');
  });

  it('in other words: "Q." / "A." letters, the guest named in front matter', () => {
    const body = ['Q. When did the ferry service start?', '', 'A. In May 2019, with two boats.', '', 'Q. And now?', '', 'A. Eleven boats and 3,000 riders a day.', ''].join('\n');
    const c = loadCorpus(tempCorpus({
      'ferry.md': ['---', 'title: Ferry operator interview', 'author: Marta Lindgren', 'speakers: [Tomás Eriksen]', '---', '', body].join('\n'),
    }));
    const askers = (doc: string) => c.records.filter((r) => r.doc === doc && r.type === 'qa').map((r) => [r.speaker, r.asker]);
    expect(askers('ferry')).toEqual([['Tomás Eriksen', 'Marta Lindgren'], ['Tomás Eriksen', 'Marta Lindgren']]);
  });
});
