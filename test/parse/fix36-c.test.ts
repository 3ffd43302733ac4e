/**
 * fix36-c: leftovers of probe26-c (broadcast transcripts). A videotape package's soundbites and
 * voice-over are statements, not an exchange; a programme's headline lines over the transcript
 * ("TRANSCRIPT: … on "Show," date", a cable network's "headline; headline. Aired 9-10p ET") are
 * its title, not claims; the moderator's bio under the transcript is furniture; two capital
 * heading lines are not re-emitted as a claim; a greeting answers no introduction.
 * Each rule on the fixture's shape and on a text in other words.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsIn = async (files: Record<string, string>) => (await loadCorpus(tempCorpus(files))).records;
const docsIn = async (files: Record<string, string>) => await loadCorpus(tempCorpus(files));

describe('a videotape package holds statements, not an exchange', () => {
  it('keeps a soundbite inside (BEGIN VIDEOTAPE) the speaker\'s quote, not a question to the voice-over', async () => {
    const records = await recordsIn({
      'late-desk-2025-03-04.txt': [
        'LATE DESK WITH ANNA PRICE', '',
        'ANNA PRICE, HOST: Good evening. The strike at the ports is in its third week. Our Tom Weller is there. Tom?', '',
        'TOM WELLER, CORRESPONDENT: Anna, people here are worried about rent now.', '',
        '(BEGIN VIDEOTAPE)', '',
        'WELLER (voice-over): Marcus Tillery has worked these cranes since 1998.', '',
        'MARCUS TILLERY, CRANE OPERATOR: I made $41 an hour last year. What do I tell my son?', '',
        'WELLER: The company says automation will add 600 jobs, not cut them.', '',
        '(END VIDEOTAPE)', '',
        'PRICE: Tom Weller at the port, thank you.', '',
      ].join('\n'),
    });
    const tillery = records.filter((r) => /What do I tell my son\?/.test(r.text) || r.question?.includes('What do I tell my son?'));
    expect(tillery).toHaveLength(1);
    expect(tillery[0]!.type).toBe('quote');
    expect(tillery[0]!.speaker).toBe('Marcus Tillery');
    expect(records.some((r) => r.type === 'qa' && /600 jobs/.test(r.text))).toBe(false);
  });

  it('reads a farm package in other words the same way', async () => {
    const records = await recordsIn({
      'evening-report-2024-08-19.txt': [
        'EVENING REPORT', '',
        'DAVID OSEI, ANCHOR: Drought has cut the wheat harvest across the plains. Rita Lowe reports.', '',
        '(BEGIN VIDEOTAPE)', '',
        'RITA LOWE (voice-over): The Hartley farm has grown wheat here for four generations.', '',
        'GLENN HARTLEY, FARMER: We lost half the crop. Who pays for that?', '',
        'LOWE: The state says relief money will arrive by October.', '',
        'JUNE HARTLEY, FARMER: We heard that in 2012 too.', '',
        '(END VIDEOTAPE)', '',
        'OSEI: Rita Lowe reporting. When we come back, the markets.', '',
      ].join('\n'),
    });
    const glenn = records.find((r) => /Who pays for that\?/.test(r.text) || r.question?.includes('Who pays for that?'));
    expect(glenn?.type).toBe('quote');
    expect(glenn?.speaker).toBe('Glenn Hartley');
    expect(records.some((r) => r.type === 'qa')).toBe(false);
  });

  it('still pairs a hearing clip (BEGIN VIDEO CLIP) with no voice-over: a real exchange', async () => {
    const records = await recordsIn({
      'late-desk-2025-03-05.txt': [
        'LATE DESK WITH ANNA PRICE', '',
        'ANNA PRICE, HOST: Good evening. The carrier\'s chief faced lawmakers today.', '',
        '(BEGIN VIDEO CLIP)', '',
        'REP. JOAN MILLER (D-LA): Mr. Berg, your company made $2 billion in 2024. Why can\'t you guarantee these jobs?', '',
        'PETER BERG, CEO, HARBOR LINES: Congresswoman, we have guaranteed them for three years.', '',
        '(END VIDEO CLIP)', '',
        'PRICE: We will be right back.', '',
      ].join('\n'),
    });
    expect(records.some((r) => r.type === 'qa' && r.speaker === 'Peter Berg')).toBe(true);
  });
});

describe('a programme page\'s "TRANSCRIPT: guests on "Show," Mon. D, YYYY" headline is its title', () => {
  it('titles the page by the headline, no claim of it', async () => {
    const c = await docsIn({
      'ftn-2025-11-09.txt': [
        'TRANSCRIPT: Sen. Wade Corliss, Rep. Hannah Osei and panel on "Face the Nation," Nov. 9, 2025', '',
        'By Face the Nation Staff', '',
        'MARGARET BRENNAN: Good morning. We go first to Senator Wade Corliss. Senator, will you vote for the bill?', '',
        'WADE CORLISS: I will read the bill when it comes to the floor.', '',
      ].join('\n'),
    });
    expect(c.documents[0]!.meta.title).toMatch(/Wade Corliss, Rep\. Hannah Osei and panel/);
    expect(c.records.some((r) => r.type === 'claim' && /Hannah Osei and panel/.test(r.text))).toBe(false);
  });

  it('reads another show and month the same way', async () => {
    const c = await docsIn({
      'sunday-desk-2024-02-04.txt': [
        'TRANSCRIPT: Gov. Laura Mendes and Mayor Ken Sato on "Sunday Desk," Feb. 4, 2024', '',
        'By Sunday Desk Staff', '',
        'NINA FROST: Welcome back. Governor, the flood money arrived late. Why?', '',
        'LAURA MENDES: It arrived when the state legislature released it, in January.', '',
      ].join('\n'),
    });
    expect(c.documents[0]!.meta.title).toMatch(/Laura Mendes and Mayor Ken Sato/);
    expect(c.records.some((r) => r.type === 'claim' && /Ken Sato on/.test(r.text))).toBe(false);
  });
});

describe('a cable network\'s "headline; headline. Aired 9-10p ET" line is the programme\'s title', () => {
  it('titles the transcript by its headlines, no claim of them', async () => {
    const c = await docsIn({
      'nightwatch-2025-03-04.txt': [
        'Return to Transcripts main page', '',
        'NIGHTWATCH WITH CALLUM REESE', '',
        'Port Strike Enters Third Week; Shipping CEO Faces Lawmakers; Interview With Rep. Dolores Vance. Aired 9-10p ET', '',
        'Aired March 4, 2025 - 21:00   ET', '',
        'CALLUM REESE, NIGHTWATCH HOST: Good evening. Day 19 of the strike. Congresswoman, is that the whole gap?', '',
        'REP. DOLORES VANCE (D-LA): It is most of it. There is also the pension question.', '',
      ].join('\n'),
    });
    expect(c.documents[0]!.meta.title).toBe('Port Strike Enters Third Week; Shipping CEO Faces Lawmakers; Interview With Rep. Dolores Vance');
    expect(c.records.some((r) => r.type === 'claim' && /Third Week/.test(r.text))).toBe(false);
  });

  it('reads another hour\'s headlines the same way', async () => {
    const c = await docsIn({
      'morning-wire-2024-07-09.txt': [
        'MORNING WIRE', '',
        'Heat Wave Grips the Midwest; Grid Operator Warns of Outages. Aired 6-7a ET', '',
        'Aired July 9, 2024 - 06:00   ET', '',
        'SARA VOSS, ANCHOR: Good morning. Chicago hit 104 degrees yesterday. Mr. Ruiz, will the grid hold?', '',
        'DAN RUIZ, GRID OPERATOR: We think so, if people cut back between four and seven.', '',
      ].join('\n'),
    });
    expect(c.documents[0]!.meta.title).toBe('Heat Wave Grips the Midwest; Grid Operator Warns of Outages');
    expect(c.records.some((r) => r.type === 'claim' && /Heat Wave/.test(r.text))).toBe(false);
  });
});
