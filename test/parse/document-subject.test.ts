/**
 * "Records disclosed that the council spent …": reported speech whose subject is a paper, not a
 * person. The capitalised plural was read as an unknown person's name, so the corpus gained a speaker
 * called "Records". Papers and figures as the subject name nobody: the sentence is the writer's, as
 * "Documents seen by this newspaper show that …" already was.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

describe('a document as the subject of reported speech', () => {
  it("is no speaker; the sentence is the writer's claim", () => {
    const c = loadCorpus(tempCorpus({
      'spend.txt': 'Council spending under scrutiny\n\nBy Jo Park\n\nRecords disclosed that the council spent $2.1 million on consultants in 2022.\n\nAnalysts said that the figures were unusual.\n',
      'ferry.txt': 'Ferry losses\n\nBy Sam Cole\n\nFilings show that the operator lost £4m in 2021. Emails reveal that the board knew in March.\n',
    }));
    const speakers = c.records.map((r) => [r.doc, r.speaker]);
    expect(speakers).toEqual([
      ['ferry', 'Sam Cole'], ['ferry', 'Sam Cole'],
      // ("Analysts said that …": unnamed people a bare plural describes are nobody, as "Officials said" are; fix66-a)
      ['spend', 'Jo Park'], ['spend', null],
    ]);
  });
});
