/**
 * review35: the rules merged after 5e77851, reviewed for regex backtracking and for ordinary
 * documents they misread.
 */
import { describe, expect, it } from 'vitest';
import { randomRuns } from '../random.js';
import { voiceTagName } from '../../src/parse/captions.js';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

// The linear-time guards hold no timer: a super-linear pattern spends minutes on the 200 KB inputs and the
// test fails on vitest's own time limit; linear code takes milliseconds. bench/pathological.mjs times them.
const LONG = 200_000;

describe('a WebVTT voice tag is read in linear time', () => {
  it('a tag whose classes run on with no space, or whose spaces meet no ">", takes no super-linear time', () => {
    expect(voiceTagName('<v.loud Ana Ruiz>Hello.')).toBe('Ana Ruiz');
    expect(voiceTagName('<v Tomás Ibarra>')).toBe('Tomás Ibarra');
    expect(voiceTagName('<v' + '.a'.repeat(LONG / 2))).toBeNull();
    expect(voiceTagName('<v' + '.a'.repeat(LONG / 2) + '>')).toBeNull();
    expect(voiceTagName('x <v' + ' '.repeat(LONG) + 'x')).toBeNull();
    expect(voiceTagName('<v '.repeat(LONG / 3))).toBeNull();
    expect(voiceTagName('<v.a'.repeat(LONG / 4))).toBeNull();
    expect(voiceTagName('<v.a'.repeat(LONG / 4) + ' Kofi Marr>')).toBe('Kofi Marr');
  });

  it('voiceTagName gives what /<v(?:\\.[^\\s>]+)*\\s+([^>]+)>/ captured', () => {
    const before = /<v(?:\.[^\s>]+)*\s+([^>]+)>/;
    let matched = 0;
    for (const t of randomRuns(0x3501, ['<v', '<', 'v', '.', 'a', 'Ana', ' ', '\t', '\u00a0', '\n', '>', '<v.', '<v '], 6000)) {
      const want = before.exec(t)?.[1] ?? null;
      if (want !== null) matched++;
      expect(voiceTagName(t), JSON.stringify(t)).toBe(want);
    }
    expect(matched).toBeGreaterThan(300);
  });
});

const texts = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;

describe('a newsletter\'s thanks for reading names the publication, not a book read together', () => {
  it('keeps a letter\'s thanks for reading a book with its reader as the writer\'s sentence', async () => {
    const records = await texts({
      'group.md': '# Notes from the reading group\n\nThanks for reading Middlemarch with me this spring.\n\nWe start Bleak House in May.\n',
      'class.txt': 'To the parents of Year 9\n\nThanks for reading Beloved aloud at home on Fridays.\n\nThe class finishes it in March 2024.\n',
      'post.md': '# Grid notes\n\nThe substation opened in 2023, two years late.\n\n*Thanks for reading The State of the Grid!*\n',
    });
    expect(records.filter((r) => /Thanks for reading/.test(r.text)).map((r) => r.doc).sort()).toEqual(['class', 'group']);
  });
});

describe('a line closing on a picture\'s credit is a caption only in the third person and under no label', () => {
  it('keeps a letter\'s sentence and a speaker\'s turn that close on a note of a photo', async () => {
    const records = await texts({
      'letter.md': '# Letters from Lisbon\n\nDear Margaret,\n\nWe met in Lisbon in 1962, the summer of the strikes, and I have never forgotten it. (Enclosed photo)\n\nYours, Helen\n',
      'oral.txt': 'Oral history, the valley farms\n\nINTERVIEWER: Where did your family farm?\n\nOKAFOR: Near the river, until 1979.\n\nINTERVIEWER: And after that?\n\nOKAFOR: My father worked at the mill for ten years. I kept the deed all these years. (Shows photo)\n\nINTERVIEWER: What did the council say?\n\nOKAFOR: They told us to wait.\n',
      'notes.txt': 'Field notes\n\nSANTOS: The old ferry ran until 1988. (Holds photo)\n\nINTERVIEWER: Who ran it?\n\nSANTOS: My uncle, for thirty years.\n',
    });
    expect(records.find((r) => r.text.includes('We met in Lisbon'))?.type).toBe('claim');
    expect(records.find((r) => r.text.includes('kept the deed'))).toMatchObject({ type: 'qa', question: 'And after that?', speaker: 'Okafor' });
    expect(records.find((r) => r.text.includes('ferry ran until 1988'))?.speaker).toBe('Santos');
  });
});

describe('a surname and a given name in a TSV cell whose given name is also an office', () => {
  it('stays one name; a name and an office after the comma is still a name and a role', async () => {
    const tsv = 'speaker\tquestion\tanswer\nHale, Dean\tWho signed it?\tI did, in 2014.\nReyes, Dean\tWho paid?\tThe county, in 2016.\nIto, Head Librarian\tWhen does it reopen?\tIn November 2024.\n';
    const records = await texts({ 'panel.tsv': tsv });
    expect(records.map((r) => [r.speaker, r.role])).toEqual([
      ['Hale, Dean', null],
      ['Reyes, Dean', null],
      ['Ito', 'Head Librarian'],
    ]);
  });
});

describe('a transcriber\'s mark after a preposition is no placeholder for a withheld name', () => {
  it('takes "[indiscernible]", "[unintelligible]" and "[interruption]" out of the words, as it does "[inaudible]"', async () => {
    const records = await texts({
      'farm.txt': 'Valley farms\n\nINTERVIEWER: Where did they move you?\n\nOKAFOR: The authority moved us to [indiscernible] in 1979.\n\nINTERVIEWER: And your father?\n\nOKAFOR: He worked at [unintelligible] for ten years, and they said to [interruption] wait.\n',
    });
    const said = records.map((r) => r.text).join(' ');
    expect(said).toContain('moved us to in 1979');
    expect(said).not.toMatch(/indiscernible|unintelligible|interruption/);
  });
});
