/**
 * English-language news from outlets outside the US and UK (probe45-b).
 *
 * A story with a box of questions and answers set among its paragraphs (an explainer:
 * "Q: How much does a modern jeepney cost?" / "A: Between …"): before, the box's last answer ran
 * to the end of the page, so the story under the box (its commuters' quotes, the minister's
 * comment, the credits) became words of that answer, nobody's. The story resumes under the box.
 *
 * A vox pop's attribution with a place before it and an age after the name ("At the corner of Taft
 * Avenue and Pedro Gil, office worker Lorna Dizon, 41, said she had waited …"): before, the walk
 * back over the appositives passed the name to the place (speaker "Pedro Gil", "City"), and the
 * next paragraph's "she said" went to the first name of the sentence, the street. The role-and-name
 * part is the person; "said she" after a name gives that person's gender.
 *
 * A byline of a name over the writer's role, a blank line and then the date ("Ng Wei Ling" /
 * "Property Correspondent" / "" / "UPDATED Oct 1, 2024, 06:31 PM"): before, the role line headed
 * the whole story as its section and no author was read. It is the byline.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { outsideQuotations } from '../../src/parse/transcript.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

const DIR = join(FIXTURES, 'probe45', 'b');

describe('a box of questions and answers inside a news story', () => {
  it('ends the last answer where the story resumes, in the Inquirer and Straits Times stories', () => {
    const c = fixtureCorpus(DIR, ['inquirer-jeepney-phaseout-2023.txt', 'straits-hdb-resale-2024.txt']);
    const inq = c.records.filter((r) => r.doc === 'inquirer-jeepney-phaseout-2023');
    expect(inq.filter((r) => r.type === 'qa').map((r) => [r.line, r.endLine])).toEqual([[28, 29], [31, 32], [34, 35]]);
    expect(inq.find((r) => r.line === 34)).toMatchObject({ question: 'Is there government help?' });
    expect(inq.find((r) => r.line === 34)!.text).not.toMatch(/Marcos|Commuters/);
    expect(inq.find((r) => r.line === 45)).toMatchObject({ type: 'quote', speaker: 'Ferdinand Marcos Jr' });
    expect(inq.find((r) => r.line === 41)).toMatchObject({ type: 'claim', text: expect.stringMatching(/^The Metropolitan Manila/) });
    const st = c.records.filter((r) => r.doc === 'straits-hdb-resale-2024');
    expect(st.filter((r) => r.type === 'qa').map((r) => [r.line, r.endLine])).toEqual([[26, 27], [29, 30]]);
    expect(st.find((r) => r.line === 38)).toMatchObject({ type: 'quote', speaker: 'Chee Hong Tat' });
    expect(st.find((r) => r.line === 40)).toMatchObject({ type: 'claim', text: 'Final data for the third quarter will be released on Oct 25.' });
  });

  it('in other words: a two-question box in a council story, quotes in the first person under it', () => {
    const text = [
      'Council approves new ferry timetable after months of complaints',
      '',
      'By Amaka Reddy',
      '',
      'DURBAN, 9 May 2022 - The eThekwini council on Tuesday approved a new ferry timetable that adds four sailings a day between the harbour and Bluff, after residents complained for months about overcrowded boats.',
      '',
      '"We heard the commuters and we acted. Four more sailings is what the budget allows," transport committee chair Sizwe Khumalo told reporters after the vote.',
      '',
      'The new timetable takes effect on 1 June and will cost the city R14 million a year, according to council documents seen by this newspaper.',
      '',
      'Opposition councillor Thandi Pillay said the increase was welcome but came two years too late for workers who had lost their jobs.',
      '',
      'Q: When do the new sailings start?',
      'A: On 1 June, with the first boat leaving the harbour at 5.15am.',
      '',
      'Q: Will fares go up?',
      'A: Not this year, the council says, though a review is due in 2023.',
      '',
      'At the Bluff jetty on Wednesday morning, nurse Lerato Dube said she had queued for forty minutes.',
      '',
      '"I have missed two shifts this month because of the boats. My manager does not want to hear it," she said.',
      '',
      'Khumalo said the council would also look at a night service.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'ferry-timetable.txt': text })).records;
    const qa = records.filter((r) => r.type === 'qa');
    expect(qa.map((r) => [r.line, r.endLine, r.text])).toEqual([
      [13, 14, 'On 1 June, with the first boat leaving the harbour at 5.15am.'],
      [16, 17, 'Not this year, the council says, though a review is due in 2023.'],
    ]);
    expect(records.find((r) => r.line === 21)).toMatchObject({ type: 'quote', text: expect.stringMatching(/^I have missed two shifts/) });
    expect(records.find((r) => r.line === 23)).toMatchObject({ type: 'claim', text: 'Khumalo said the council would also look at a night service.' });
  });

  it('reads first person outside quotations only', () => {
    expect(outsideQuotations('"I have missed two shifts," she said.')).toBe(' she said.');
    expect(outsideQuotations("'We don't know,' he said. 'Ask me later.'")).toBe(' he said. ');
    expect(outsideQuotations('“We have turned a corner,” he said, “but I wait.')).toBe(' he said, ');
    expect(outsideQuotations("The students' union said it wasn't told.")).toBe("The students' union said it wasn't told.");
  });
});

describe('a vox pop named after a place and before an age', () => {
  it('gives the commuter her words, not the street, in the Inquirer story', () => {
    const c = fixtureCorpus(DIR, ['inquirer-jeepney-phaseout-2023.txt']);
    const inq = c.records.filter((r) => r.doc === 'inquirer-jeepney-phaseout-2023');
    expect(inq.find((r) => r.line === 37 && /^At the corner/.test(r.text))).toMatchObject({ type: 'claim', speaker: 'Lorna Dizon' });
    expect(inq.find((r) => r.line === 39)).toMatchObject({ type: 'quote', speaker: 'Lorna Dizon', text: expect.stringMatching(/^Naiintindihan ko naman sila/) });
    expect(inq.filter((r) => r.speaker === 'Pedro Gil')).toEqual([]);
  });

  it('in other words: a market, a farmer and his age, a road named before him', () => {
    const text = [
      'Maize prices double as rains fail',
      '',
      'By Wanjiru Otieno',
      '',
      'ELDORET, 3 June 2021 - The price of a 90kg bag of maize has doubled to Sh6,400 in three months, traders at the Eldoret wholesale market said on Thursday.',
      '',
      'Outside the market on Uganda Road, rice farmer Joseph Kiprono, 56, said he had sold half his herd to buy seed.',
      '',
      '"I have never seen it this bad. Not in 1984, not in 2009," he said.',
      '',
      'In Kitale, grain trader Esther Chebet, 38, told reporters she had stopped buying from farmers.',
      '',
      '"We cannot sell at these prices. Nobody can," she said.',
      '',
    ].join('\n');
    const records = loadCorpus(tempCorpus({ 'maize.txt': text })).records;
    expect(records.find((r) => r.line === 7)).toMatchObject({ type: 'claim', speaker: 'Joseph Kiprono' });
    expect(records.find((r) => r.line === 9)).toMatchObject({ type: 'quote', speaker: 'Joseph Kiprono', text: expect.stringMatching(/^I have never seen it this bad/) });
    expect(records.find((r) => r.line === 11)).toMatchObject({ type: 'claim', speaker: 'Esther Chebet' });
    expect(records.find((r) => r.line === 13)).toMatchObject({ type: 'quote', speaker: 'Esther Chebet' });
  });
});

describe("a byline's name and role over a blank line and the date", () => {
  it('reads the writer and heads no section with the role, in the Straits Times story', () => {
    const c = fixtureCorpus(DIR, ['straits-hdb-resale-2024.txt']);
    const doc = c.documents.find((d) => d.id === 'straits-hdb-resale-2024')!;
    expect(doc.meta.author).toBe('Ng Wei Ling');
    const st = c.records.filter((r) => r.doc === 'straits-hdb-resale-2024');
    expect(st.filter((r) => r.section !== null)).toEqual([]);
    expect(st.filter((r) => /Property Correspondent/.test(r.text))).toEqual([]);
    expect(st.find((r) => r.line === 20)).toMatchObject({ type: 'quote', speaker: 'Eugene Lim' });
  });

  it('in other words: a business desk byline, a published line under it', () => {
    const text = [
      'Port of Tanjung Pelepas to add four berths by 2027',
      '',
      'Operator says demand from carriers outstrips capacity',
      '',
      'Farah Aziz Rahman',
      'Senior Business Correspondent',
      '',
      'Published 3 May 2023, 5:00 am',
      '',
      'JOHOR BAHRU - The operator of the Port of Tanjung Pelepas will spend RM2.1 billion to add four berths by 2027, its chief executive said on May 2.',
      '',
      '"Our carriers want more slots than we can give them," Mr Daniel Lee told reporters at the port.',
      '',
      'The port handled 10.5 million containers in 2022.',
      '',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'tanjung.txt': text }));
    expect(c.documents[0]!.meta.author).toBe('Farah Aziz Rahman');
    expect(c.records.filter((r) => r.section !== null || /Correspondent|Farah/.test(r.text))).toEqual([]);
    expect(c.records.find((r) => r.line === 12)).toMatchObject({ type: 'quote', speaker: 'Daniel Lee' });
  });
});
