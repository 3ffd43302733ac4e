/**
 * The document header (src/parse/header.ts, chrome.ts): what the lines above
 * the first paragraph are. Each case is an invented document of a family
 * (an encyclopedia page with an infobox, a court opinion's caption, a news
 * page's masthead) and asserts what a reader finds there: facts are records,
 * navigation is only what has a menu's or a link's form.
 */
import { describe, expect, it } from 'vitest';
import { contentOf } from '../../bench/grep-audit.mjs';
import { loadCorpus } from '../../src/load/load.js';
import { parseDocument } from '../../src/parse/index.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';
import { readMeta } from '../../src/corpus/meta.js';
import { tempCorpus } from '../helpers.js';

function load(files: Record<string, string>) {
  const corpus = loadCorpus(tempCorpus(files));
  const doc = (id: string) => corpus.documents.find((d) => d.id === id)!;
  const records = (id: string) => corpus.records.filter((r) => r.doc === id);
  return { corpus, doc, records };
}

/** The kind the parser gives each body line of a document without front matter. */
function kindsOf(text: string) {
  const { meta } = readMeta({}, 'doc');
  const lines = text.split('\n');
  const parsed = parseDocument({ docId: 'doc', meta: { ...meta, title: lines[0]! }, body: text, bodyLine: 1, registry: new SpeakerRegistry(), extension: '.txt' });
  return lines.map((l, i) => [l, parsed.lineKinds[i]] as const);
}

describe('header facts are records, never navigation', () => {
  it("an infobox's Key<TAB>value lines are claims, a value's continued lines with them, and its birth date does not date the page", () => {
    const { doc, records } = load({
      'bio.txt':
        'Ottilie Brandvold\n\nFrom Wikipedia, the free encyclopedia\n\nOttilie Brandvold\nBorn\tOttilie Sofie Brandvold\n3 May 1931\nBergen, Norway\nDied\t9 January 2008 (aged 76)\nOccupation\tShipwright, boat designer\nKnown for\tClinker-built racing dinghies\n\n' +
        'Ottilie Brandvold (3 May 1931 – 9 January 2008) was a Norwegian shipwright known for the racing dinghies she built in Bergen for forty years.\n',
    });
    const texts = records('bio').map((r) => r.text);
    expect(texts).toContain('Born: Ottilie Sofie Brandvold, 3 May 1931, Bergen, Norway');
    expect(texts).toContain('Occupation: Shipwright, boat designer');
    expect(texts).toContain('Known for: Clinker-built racing dinghies');
    expect(records('bio').find((r) => r.text.startsWith('Born'))).toMatchObject({ line: 6, endLine: 8, type: 'claim' });
    expect(doc('bio').meta).toMatchObject({ date: null, year: null });
  });

  it("a court caption broken at its commas is one claim, and a lone tab in a line is no infobox", () => {
    const { records } = load({
      'opinion.txt':
        'IN THE COURT OF APPEALS OF THE STATE OF IDAHO\n\nDocket No. 50112\n\nCOUNTY OF BANNOCK,\n     Respondent,\nv.\nMARGIT ELLERY HOLT,\n     Petitioner and Appellant.\n\n' +
        'Judge Oren Vale delivered the opinion of the court, with which the other two judges agreed in full.\n',
    });
    expect(records('opinion').map((r) => [r.type, r.text, r.line, r.endLine])).toContainEqual([
      'claim',
      'COUNTY OF BANNOCK, Respondent, v. MARGIT ELLERY HOLT, Petitioner and Appellant.',
      5,
      9,
    ]);
  });

  it('a short header line is navigation only in the form of a menu; a masthead or tagline is metadata', () => {
    const kinds = kindsOf(
      'Harbour towns bet on ferries\n\nThe Lindqvist Courier\nYour town, every morning\nHome | Local | Sport | Opinion\n\n' +
        'The two harbour towns voted on Tuesday to buy three electric ferries between them, at a cost of nine million crowns.\n',
    );
    const kind = (line: string) => kinds.find(([l]) => l === line)![1];
    expect(kind('Home | Local | Sport | Opinion')).toBe('navigation');
    expect(kind('The Lindqvist Courier')).toBe('metadata');
    expect(kind('Your town, every morning')).toBe('metadata');
  });
});

describe('the grep audit trusts navigation only by its form', () => {
  it('counts the words of a line the parser called navigation unless it is a menu, a link or a "Read more"', () => {
    const lines = ['Known for\tClinker-built racing dinghies', 'Home | Local | Sport', 'https://example.org/x', 'Read more'];
    const { lines: out } = contentOf(lines, { captions: false, kinds: lines.map(() => 'navigation'), chrome: (raw: string) => (raw.startsWith('http') ? 'navigation' : null) });
    expect(out.map((l: string) => l.trim())).toEqual(['Known for\tClinker-built racing dinghies', '', '', '']);
  });
});

describe('datelines date the document', () => {
  it('a dateline with its clock, its length or the verb of the day, in capitals too, and a news dateline opening the first paragraph', () => {
    const { doc, records } = load({
      'sync.txt': 'Quarterly planning – warehouse team\nWed, Apr 12, 2023 9:15AM • 32:08\n\nJonas Becker  0:03\nShall we start with the forklift rota? It keeps slipping every single week.\n\nAmira Haddad  0:09\nYes, the new rota starts on Monday and covers both the early and the late shift.\n',
      'lords.txt': 'Coastal Ferries\nVolume 901: debated on Thursday 14 November 2024\n\nLord Penhallow asked the Minister what steps the Government will take to keep island ferries running all winter.\n',
      'hearing.txt': 'FIELD HEARING ON RURAL BROADBAND\n\n                 SEPTEMBER 19, 2023\n\nThe committee met at ten in the morning in the county hall to hear four witnesses on broadband.\n',
      'wire.txt': 'Dairy co-op opens cheese plant\n\nLAKE HOLLIS, Minn. (Aug. 8, 2023) — The Northfield dairy cooperative opened a cheese plant here on Tuesday, its first in forty years.\n',
      'pr.txt': 'Corvane Labs reports results\n\nDENVER and OSLO, June 3, 2024 /PRNewswire/ -- Corvane Labs, Inc. today reported its results for the second quarter of the year.\n',
    });
    expect(doc('sync').meta).toMatchObject({ date: '2023-04-12', title: 'Quarterly planning – warehouse team' });
    expect(records('sync').map((r) => r.text)).not.toContain('Wed, Apr 12, 2023 9:15AM • 32:08');
    expect(doc('lords').meta.date).toBe('2024-11-14');
    expect(doc('hearing').meta.date).toBe('2023-09-19');
    expect(doc('wire').meta.date).toBe('2023-08-08');
    expect(doc('pr').meta.date).toBe('2024-06-03');
    // the dateline stays in its paragraph's claim
    expect(records('wire')[0]!.text).toMatch(/^LAKE HOLLIS, Minn\. \(Aug\. 8, 2023\) — The Northfield/);
  });

  it("a title's own date after its words is no dateline: 'Deposition of …, taken 21 May 2020' stays the title", () => {
    const { doc } = load({ 'depo.txt': 'Deposition of Ruth Amberley, taken 21 May 2020\n\nQ: Please state your name for the record.\nA: Ruth Amberley, and I live in Fenwick.\n' });
    expect(doc('depo').meta.title).toBe('Deposition of Ruth Amberley, taken 21 May 2020');
  });
});

describe('bylines name the author', () => {
  it('a byline below a standfirst, with a role or other credits after a separator, two authors, and who delivers a speech', () => {
    const standfirst = 'THE SLOW ROAD NORTH\nAfter nine winters at the station, the cook Aron Falk is leaving the ice for good.\n\n';
    const para = '\n\nThe station sits on a ridge above the fjord, and the wind there never quite stops, even in July.\n';
    const { doc } = load({
      'feature.txt': `${standfirst}By Sunniva Dahl${para}`,
      'staff.txt': `Bridge repairs stall again\n\nBy Owen Tracy | Staff Writer${para}`,
      'photos.txt': `Bridge repairs stall again\n\nBy Owen Tracy · Photographs by Lise Mork${para}`,
      'pair.txt': `Bridge repairs stall again\n\nBy Owen Tracy and Mira Solano${para}`,
      'speech.txt': `Remarks to the class of 2022\n\nDelivered by Judge Amara Quist${para}`,
      'eulogy.txt': `For my sister\n\nDelivered by her brother, Tomas Reyes${para}`,
      'minister.txt': `Speech by the Minister for Fisheries, Hon. Lani Kealoha\n${para}`,
    });
    expect(doc('feature').meta.author).toBe('Sunniva Dahl');
    expect(doc('staff').meta.author).toBe('Owen Tracy');
    expect(doc('photos').meta.author).toBe('Owen Tracy');
    expect(doc('pair').meta.author).toBe('Owen Tracy and Mira Solano');
    expect(doc('speech').meta.author).toBe('Amara Quist');
    expect(doc('eulogy').meta.author).toBe('Tomas Reyes');
    expect(doc('minister').meta.author).toBe('Lani Kealoha');
  });

  it('an article by two reporters lists both as its author; its own sentences are neither one\'s', () => {
    const { doc, records } = load({
      'two.txt': 'Ferry service to end in April\n\nBy Nadia Brandt and Kofi Mensah\n\nThe island ferry will stop running in April, after forty years of service. Its two boats are forty years old.\n',
      'one.txt': 'Ferry service to end in April\n\nBy Nadia Brandt\n\nThe island ferry will stop running in April, after forty years of service.\n',
    });
    expect(doc('two').meta.author).toBe('Nadia Brandt and Kofi Mensah');
    expect(records('two').map((r) => r.speaker)).toEqual([null, null]);
    expect(records('one').map((r) => r.speaker)).toEqual(['Nadia Brandt']);
  });

  it('a transcription service is no author, and a byline line is metadata, never a section', () => {
    const { doc, records } = load({
      'council.txt': 'Harbor council, March session\nTranscribed by Scribely.io\n\nSpeaker 1 (00:00):\nThe meeting is called to order at seven, and the first item is the dredging contract.\n',
      'staff.txt': 'Bridge repairs stall again\n\nBy Owen Tracy | Staff Writer\n\nThe bridge has been closed since June, and the county says it will stay closed until spring.\n',
    });
    expect(doc('council').meta.author).toBeNull();
    expect(records('staff').map((r) => r.section)).toEqual([null]);
  });
});

describe('page furniture of press releases and wire stories', () => {
  it('is metadata, and the headline under "FOR IMMEDIATE RELEASE" is the title', () => {
    const release =
      'FOR IMMEDIATE RELEASE\n\nTalvik Foods Opens Second Bakery in Tartu\n\nTARTU, Estonia, April 2, 2024 /PRNewswire/ -- Talvik Foods today opened its second bakery, adding sixty jobs in the city.\n\n' +
      '"We bake for the whole region now," said Kadri Saar, the company\'s founder.\n\n(Reporting by Mait Lepp; Editing by Anu Rebane)\n\nRELATED: Talvik Foods doubles its flour order\n\n[Photo: The new bakery on Riia Street. Credit: Talvik Foods]\n\nMedia Contact:\npress@talvik.example\n+372 555 0199\n\nSOURCE Talvik Foods\n\nENDS\n';
    const { doc, records } = load({ 'release.txt': release });
    expect(doc('release').meta).toMatchObject({ title: 'Talvik Foods Opens Second Bakery in Tartu', date: '2024-04-02' });
    const texts = records('release').map((r) => r.text).join('\n');
    for (const furniture of ['FOR IMMEDIATE RELEASE', 'Reporting by', 'RELATED', 'Photo:', 'Media Contact', 'press@', '+372', 'SOURCE', 'ENDS']) expect(texts).not.toContain(furniture);
    expect(records('release').find((r) => r.type === 'quote')).toMatchObject({ speaker: 'Kadri Saar' });
  });
});

describe("a PDF's running header and footer, kept in its text", () => {
  const report = [
    'MERIDIAN WATER TRUST ANNUAL REVIEW                      Page 1 of 3',
    '',
    'A word from the chair',
    '',
    'The reservoir held more water this year than in any of the last',
    'ten. We thank the volunteers who walked the catchment each month.',
    '',
    'MERIDIAN WATER TRUST ANNUAL REVIEW                      Page 2 of 3',
    '',
    'Our plans',
    '',
    'We will replace the old intake pipe before the winter rains.',
    '',
    '                                                   - continued -',
    '',
  ].join('\n');

  it('is metadata: no title, no section and no claim, its words left to the audit as chrome', () => {
    const { doc, records } = load({ 'review.txt': report });
    expect(doc('review').meta.title).toBe('A word from the chair');
    for (const r of records('review')) {
      expect(`${r.text} ${r.section ?? ''}`).not.toMatch(/Page \d|continued|MERIDIAN/);
    }
    expect(records('review').map((r) => r.section)).toContain('Our plans');
    const kinds = kindsOf(report);
    expect(kinds[7]![1]).toBe('metadata');
    expect(kinds[13]![1]).toBe('metadata');
  });

  it('leaves a sentence that mentions a page alone', () => {
    expect(kindsOf('Notes\n\nThe figures are on page 4 of the appendix.\n').find(([l]) => l.startsWith('The figures'))![1]).toBe('record');
  });
});

describe('a company title: "Name, Inc." or "Name, Ltd." before more words', () => {
  it('is the title, so the dateline under it dates the document', () => {
    const text = [
      'Harborview Foods, Ltd. (HVF) Q1 2024 Earnings Call Transcript',
      'April 30, 2024 8:30 AM ET',
      '',
      'Operator: Good morning and welcome to the Harborview Foods first quarter call.',
      '',
      'Lena Vos: Thank you. Sales rose 6% to 410 million pounds, helped by the bakery unit.',
      '',
      'Operator: Our first question comes from Omar Said.',
      '',
      'Omar Said: Lena, will the bakery margin hold through the summer?',
      '',
      'Lena Vos: We expect it to, yes. Flour costs are locked in until September.',
      '',
    ].join('\n');
    const { doc } = load({ 'harborview.txt': text });
    expect(doc('harborview').meta).toMatchObject({ title: 'Harborview Foods, Ltd. (HVF) Q1 2024 Earnings Call Transcript', date: '2024-04-30' });
  });
});

describe('a one-line byline with the publication and the month', () => {
  it('gives the author and the year, and heads no section', () => {
    const text = [
      'Weaver Lotte Brandt on linen, looms and waiting',
      'By Samuel Okoro, Textile Quarterly, March 2021',
      '',
      'Lotte Brandt keeps four looms in a barn outside Bremen. “The big one is older than my grandmother,” she said.',
      '',
      'Brandt, 61, learned to weave from her aunt and sold her first tablecloth in 1979.',
      '',
    ].join('\n');
    const { doc, records } = load({ 'brandt.txt': text });
    expect(doc('brandt').meta).toMatchObject({ title: 'Weaver Lotte Brandt on linen, looms and waiting', author: 'Samuel Okoro', year: 2021 });
    expect(records('brandt').every((r) => r.section === null && !r.text.startsWith('By '))).toBe(true);
  });
});

describe('a dateline or a publication line above the text', () => {
  it('is the section of no record, in a transcript or in an article', () => {
    const talk = [
      'Night Shift Radio — Episode 12: The Bread Run',
      'Taped 4 March 2019',
      '',
      'Kofi Mensah: How early does the bakery start?',
      'Ruth Adair: At two. The first van leaves at half past four.',
      'Kofi Mensah: And you never get used to it?',
      'Ruth Adair: After twenty years, I sleep in the afternoons like a cat.',
      '',
    ].join('\n');
    const article = [
      'The Keeper of Salt Street',
      'How one woman kept a tide mill turning after the town forgot it',
      '',
      'By Jonas Pelt',
      'Weekend Essay, May 2020',
      '',
      'The mill on Salt Street has ground corn since 1790. Its wheel turns twice a day, with the tide.',
      '',
      '"People think it is a museum," said Edda Marr, who has run it since 1998. "It is a job."',
      '',
    ].join('\n');
    const { records } = load({ 'bread.txt': talk, 'mill.txt': article });
    for (const id of ['bread', 'mill']) {
      expect(records(id).length).toBeGreaterThanOrEqual(2);
      expect(records(id).map((r) => r.section)).toEqual(records(id).map(() => null));
    }
  });
});

describe('a transcription tool\'s line at the top', () => {
  it('dates the document: "Transcribed by Temi on 2023-11-02"', () => {
    const text = 'Temi transcript: ferry_talk.m4a\nTranscribed by Temi on 2023-11-02\n\nJo Hart: How old is the ferry?\n\nIvo Lenz: She was launched in 1971.\n';
    const corpus = loadCorpus(tempCorpus({ 'ferry.txt': text }));
    expect(corpus.documents[0]!.meta.date).toBe('2023-11-02');
  });
});
