import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('Rev\'s page footer: the recording\'s name without its extension, "(Completed DATE)" and the page count', () => {
  it('is no words of the turn it falls under', () => {
    const rs = recordsOf('rev.txt', [
      'Jonah Feld (00:56):', 'When did it stop leaking?', '',
      'Dana Whitfield (00:58):', 'Unit seven, in March 2018. That was the one we took to the trial.', '',
      'Whitfield_Tidewater_ep41_FINAL (Completed 03/14/23)                                    Page 1 of 4',
      'Transcript by Rev.com', '',
      'Jonah Feld (01:09):', 'Let\'s talk about the IPO in 2021.', '',
    ].join('\n'));
    expect(rs.some((r) => /Completed|Page 1/.test(r.text))).toBe(false);
    expect(rs.some((r) => /Coast|trial\./.test(r.text) && r.speaker === 'Dana Whitfield')).toBe(true);
  });

  it('reads another recording\'s footer the same way, a dash in its name', () => {
    const rs = recordsOf('rev2.txt', [
      'Priya Sandhu (12:04):', 'How many stores did you open in 2019?', '',
      'Tomas Levin (12:09):', 'Fourteen. Nine of them are still open.', '',
      'Levin - board interview v2 (Completed 11/02/2022)   Page 3 of 7', 'Transcript by Rev.com', '',
      'Priya Sandhu (12:30):', 'And the other five?', '',
    ].join('\n'));
    expect(rs.some((r) => /Completed|Page 3/.test(r.text))).toBe(false);
  });
});

describe('a Zoom transcript\'s phone dial-in label: "[+1 415***4471] 10:03:15"', () => {
  it('is a speaker label of its own, not words of the turn above', () => {
    const rs = recordsOf('zoom.txt', [
      '[Owen Castellano] 10:03:04', 'Monday afternoon. There was a second valve that would not close.', '',
      '[+1 415***4471] 10:03:15', 'Hi, this is Councilmember Ada Ruiz, I am on the phone. Is the boil notice still in effect?', '',
      '[Grace Ndiaye] 10:03:24', 'It was lifted Tuesday at noon. The samples came back clean.', '',
      '[+1 415***4471] 10:03:29', 'Thank you. I have had about 40 calls from residents.', '',
    ].join('\n'));
    const owen = rs.filter((r) => r.speaker === 'Owen Castellano' || r.asker === 'Owen Castellano');
    expect(owen.some((r) => /boil notice|415/.test(r.text))).toBe(false);
    expect(rs.some((r) => /40 calls/.test(r.text) && (r.speaker === 'Grace Ndiaye'))).toBe(false);
    expect(rs.some((r) => /\*\*\*/.test(r.text))).toBe(false);
  });

  it('reads another caller\'s masked number the same way', () => {
    const rs = recordsOf('zoom2.txt', [
      '[Mei Tanaka] 14:20:11', 'Let us start with the stadium lease. It runs out in 2025.', '',
      '[+44 7700***912] 14:20:40', 'Sorry, it is Rhys, on the train. Did the council agree the 12 year term?', '',
      '[Mei Tanaka] 14:20:52', 'Not yet. The vote is on 4 March.', '',
    ].join('\n'));
    expect(rs.some((r) => /\*\*\*|14:20/.test(r.text))).toBe(false);
    expect(rs.filter((r) => r.speaker === 'Mei Tanaka').some((r) => /train/.test(r.text))).toBe(false);
  });
});
