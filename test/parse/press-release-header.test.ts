/**
 * A press release as its wire's page prints it: the headline, a subhead under it ("Funding led by …
 * will add 600 megawatt-hours by 2027; … joins board": no full stop, 21 words), then "NEWS PROVIDED
 * BY" / the issuer / the release's time stamp, then the dateline paragraph. The subhead ended the
 * header, so the release had no date (its dateline was read past), the key, the issuer and the
 * stamp were three claims, and the "Media Contact:" block's name ran on into its address. Now
 * the subhead is a claim and the header goes on under it (its key and issuer, in capitals too,
 * are furniture, and its stamp or dateline dates the release); an address alone on its line under
 * a name is the contact block's, broken on purpose, never a wrapped sentence's end. Found on an unseen release
 * (test/fixtures/unseen/tidewater-series-b-2025.txt), December 5; the second text is in other words.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const SECOND = [
  'Meridian Foods Opens Its First Plant in Poland, Creating 220 Jobs',
  '',
  'The 14,000-square-metre site near Wrocław will supply supermarkets in six countries from the autumn of 2026',
  '',
  'News provided by',
  '',
  'Meridian Foods plc',
  '09 Oct, 2025, 07:00 GMT',
  '',
  'WROCŁAW, Poland, Oct. 9, 2025 /PRNewswire/ -- Meridian Foods plc today opened its first plant in Poland.',
  '',
  '"We chose Wrocław for its people and its railway," said Agnieszka Nowak, managing director of Meridian Foods Poland.',
  '',
  'Press Contacts:',
  'Tomasz Zielinski, Head of Communications',
  'tomasz.zielinski@meridianfoods.example',
  '+48 71 555 0199',
  '',
].join('\n');

type Rec = { type: string; text: string; speaker: string | null; line: number };
const texts = (records: readonly Rec[]) => records.map((r) => `${r.line} ${r.type} ${r.speaker ?? '-'}: ${r.text.slice(0, 40)}`);

describe('a press release under a subhead', () => {
  it('gives its date, no claim of its wire header, and its contact\'s lines apart (unseen)', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['tidewater-series-b-2025.txt']);
    const doc = c.documents.find((d) => d.id === 'tidewater-series-b-2025')!;
    expect(doc.meta.date).toBe('2025-03-04');
    const records = c.records.filter((r) => r.doc === doc.id) as Rec[];
    // the release's own sentences are its issuer's (fix78-a: a wire tag, "NEWS PROVIDED BY", "About Tidewater Grid")
    expect(texts(records).slice(0, 3)).toEqual([
      '3 claim Tidewater Grid: Funding led by Harbor Climate Partners w',
      '9 claim Tidewater Grid: HOUSTON, March 4, 2025 /PRNewswire/ -- T',
      '11 claim Tidewater Grid: The Company will use the proceeds to bui',
    ]);
    expect(records.filter((r) => /NEWS PROVIDED|^Tidewater Grid, Inc\.$|08:00 ET|@/.test(r.text))).toEqual([]);
    // the contact's lines stay apart, as a contact block's do, and all are furniture (fix42-b): the
    // name is no claim, its words the document's nearby lines
    expect(texts(records.filter((r) => r.line >= 40))).toEqual([]);
    expect(records.filter((r) => r.type === 'quote').map((r) => r.speaker)).toEqual(['Marcus Delacroix', 'Priya Venkataraman', 'Daniel Okafor', 'Lena Marsh']);
  });

  it('reads the same in other words', async () => {
    const c = await loadCorpus(tempCorpus({ 'meridian-wroclaw.txt': SECOND }));
    const doc = c.documents[0]!;
    expect(doc.meta.date).toBe('2025-10-09');
    expect(texts(c.records as Rec[])).toEqual([
      '3 claim -: The 14,000-square-metre site near Wrocła',
      '10 claim -: WROCŁAW, Poland, Oct. 9, 2025 /PRNewswir',
      '12 quote Agnieszka Nowak: We chose Wrocław for its people and its ',
    ]);
  });
});
