/**
 * Research, personal and records documents a reviewer wrote (probe10 findings 18, 22, 27, 29, 34,
 * 35, 36): each read by its shape, checked on the reviewer's document and on a text of our own.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, recordsOf, tempCorpus } from '../helpers.js';

const c6 = loadCorpus(join(FIXTURES, 'probe10', 'c6'));

describe('dated diary entries: each entry line dates the records under it', () => {
  it('entries of 2018 are 2018, though the first entry (the document\'s date) is 2017', () => {
    const recs = recordsOf(c6, 'journal_2017_2018_excerpts');
    const at = (text: string) => recs.find((r) => r.text.startsWith(text))!;
    expect(at('Binance went live today').year).toBe(2017);
    // "Sept 15" names no year: it stays in the 2017 entry above it.
    expect(at('Everyone at the office').year).toBe(2017);
    expect([at('Is it gambling?').year, at('Is it gambling?').section]).toEqual([2018, '2 Jan 2018']);
    expect([at('New year.').year, at('Heard Binance').year, at('Heard Binance').section]).toEqual([2018, 2018, '20 Feb 2018 — Tokyo']);
  });
  it('the same shape in Markdown headings, with a weekday and a place in brackets', () => {
    const dir = tempCorpus({
      'field-log.md':
        '# Field log — river survey\n\n## Monday, 3 March 2019\n\nWater was high at the weir.\n\n## 4 April 2020 (Lisbon)\n\nThe conference moved online.\n\n## 9 May 2021\n\nWe finally went back to the river.\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.text, r.year, r.section])).toEqual([
      ['Water was high at the weir.', 2019, 'Monday, 3 March 2019'],
      ['The conference moved online.', 2020, '4 April 2020 (Lisbon)'],
      ['We finally went back to the river.', 2021, '9 May 2021'],
    ]);
  });
  it('one dateline alone is no entry: an article under its date keeps the document\'s year', () => {
    const dir = tempCorpus({
      'article.txt': 'Harbour reopens\n\n3 March 2019\n\nThe harbour reopened on Monday after the storm.\n\nCrews were back at work within a week, and the ferry to the island ran again from 2020.\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.every((r) => r.year === 2019 && r.section === null)).toBe(true);
  });
});

describe('a speech whose header names the speaker: the body is the speaker\'s, the audience\'s reactions directions', () => {
  it('the commencement address is Lena Ortiz\'s; "(Applause.)", "[Cheers and applause]" are in no record; the header is no section', () => {
    const recs = recordsOf(c6, 'Commencement Address - Dr. Lena Ortiz - Pacific Coast University - 2025');
    const claims = recs.filter((r) => r.type === 'claim');
    expect(claims.length).toBeGreaterThan(8);
    expect(claims.every((r) => r.speaker === 'Lena Ortiz')).toBe(true);
    expect(recs.some((r) => /applause|laughter|cheers/i.test(r.text))).toBe(false);
    expect(recs.every((r) => r.section === null && r.year === 2025)).toBe(true);
    expect(recs.some((r) => r.text.includes('CEO of Meridian'))).toBe(false);
    expect(claims.map((r) => r.text)).toContain('Class of 2025 — you made it!');
  });
  it('the same shape in other words: a lecture titled by its kind alone', () => {
    const dir = tempCorpus({
      'tides.txt':
        'Lecture\nProf. Ada Lind, Harbour University\nHarbour Hall, 2 June 2024\n\nGood evening, and thank you for coming out in this weather. (Laughter.)\n\n' +
        'I have measured the tides of this harbour for thirty years, and they are not what they were. [Murmurs]\n\nThank you. (Standing ovation)\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.text, r.speaker, r.section])).toEqual([
      ['Good evening, and thank you for coming out in this weather.', 'Ada Lind', null],
      ['I have measured the tides of this harbour for thirty years, and they are not what they were.', 'Ada Lind', null],
      ['Thank you.', 'Ada Lind', null],
    ]);
  });
});

describe('an e-mail release: each message under its header block is its sender\'s, dated by its Sent: header', () => {
  const c4 = loadCorpus(join(FIXTURES, 'probe10', 'c4'));
  it('the redacted sender\'s message and Erik Sandoval\'s, dated 2023 (not the request number\'s 2024)', () => {
    const recs = recordsOf(c4, 'FOIA_2024-00317_Release_1_SEC_emails');
    const said = (text: string) => recs.find((r) => r.text.includes(text))!;
    expect([said('Spoke to their counsel').speaker, said('Spoke to their counsel').year]).toEqual(['(b)(6)', 2023]);
    expect([said('Can you get on with BAM counsel').speaker, said('Can you get on with BAM counsel').year]).toEqual(['Erik Sandoval', 2023]);
    // Outlook's rule and the page headers are no one's words and head no section.
    expect(recs.some((r) => /Original Message|Page 1\d of/.test(r.text + (r.section ?? '')))).toBe(false);
    // The signature block under a sign-off is text grep finds: search must find it too, as no section.
    // It is the sender's furniture, no claim (probe23 c-G5): its words go with the record nearest it.
    expect(recs.some((r) => r.text.includes('Division of Enforcement'))).toBe(false);
    const doc = c4.documents.find((d) => d.id === 'FOIA_2024-00317_Release_1_SEC_emails')!;
    expect(doc.nearby?.some(([, text]) => text.includes('Division of Enforcement'))).toBe(true);
    expect(recs.some((r) => (r.section ?? '').includes('Division of Enforcement'))).toBe(false);
  });
  it('the same shape in other words: a withheld sender, a Date: header, a reply above the message it quotes', () => {
    const dir = tempCorpus({
      'release-2025-0042.txt': [
        'Agency Release 2025-0042 - Page 3 of 40', '',
        'From:    (b)(6)', 'Sent:    Monday, March 4, 2019 9:15 AM', 'To:      Okoro, Ada', 'Subject: RE: harbour permits', '',
        'The permits went out this morning, all twelve of them.', '', 'Regards,', '(b)(6)', 'Permits Office', '',
        '-----Original Message-----', 'From: Okoro, Ada', 'Date: Monday, March 4, 2019 8:02 AM', 'Subject: harbour permits', '',
        'Have the harbour permits gone out yet? The council meets at noon.', '', 'Ada', '',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.text, r.speaker, r.year])).toEqual([
      // The closing above the sign-off ("Regards,") is the sign-off's, no words of the message (probe23 c-G6).
      ['The permits went out this morning, all twelve of them.', '(b)(6)', 2019],
      ['Have the harbour permits gone out yet? The council meets at noon.', 'Ada Okoro', 2019],
    ]);
  });
});

describe('a MediaWiki talk page: each signed comment is its signer\'s, dated by the signature', () => {
  it('the reviewer\'s talk page: signers, years, sections; no signature or template markup in a record\'s words', () => {
    const recs = recordsOf(c6, 'Talk_Binance.wiki');
    const by = (text: string) => recs.find((r) => r.text.includes(text))!;
    expect([by('Is that still true after 2023?').speaker, by('Is that still true after 2023?').year]).toEqual(['Crypt0Hist', 2024]);
    expect([by('Sources still say no formal HQ.').speaker, by('Sources still say no formal HQ.').section]).toEqual(['FinanceEditor22', 'Headquarters location']);
    expect(by('working on it')).toMatchObject({ type: 'quote', speaker: 'Teng' });
    expect(by('Agree with FinanceEditor22').speaker).toBe('Mbalewiki');
    expect(by('Should the article use').speaker).toBe('Mbalewiki');
    expect(recs.some((r) => /\[\[|\{\{|\(UTC\)|<ref/.test(r.text))).toBe(false);
    // A citation's fields stay findable, as a claim of their own.
    expect(recs.some((r) => r.speaker === null && r.text.includes('Binance CEO says HQ decision coming') && r.text.includes('Reuters'))).toBe(true);
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'Talk_Harbour.txt': [
        '== Opening date ==',
        'The infobox says the harbour opened in 1901. The council minutes say 1899. [[User:Quaywatcher|Quaywatcher]] ([[User talk:Quaywatcher|talk]]) 08:15, 9 June 2021 (UTC)',
        ':The minutes are a primary source {{cite book |title=Council minutes |year=1899}}; I would keep 1901. [[User:Tidalbore|Tidal Bore]] ([[User talk:Tidalbore|talk]]) 21:40, 10 June 2022 (UTC)',
      ].join('\n'),
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.type, r.speaker, r.year, r.section])).toEqual([
      ['claim', 'Quaywatcher', 2021, 'Opening date'],
      ['claim', 'Quaywatcher', 2021, 'Opening date'],
      ['claim', 'Tidalbore', 2022, 'Opening date'],
      ['claim', null, 2022, 'Opening date'],
    ]);
    expect(rs[2]!.text).toBe('The minutes are a primary source ; I would keep 1901.');
    expect(rs[3]!.text).toBe('Council minutes — 1899');
  });
});

describe('meeting notes: bullets under "What NAME said about …" report that person\'s words', () => {
  it('the Granola notes: the bullets under "What she said about He Yi" are Jess Alvarado\'s (the attendee line\'s one other person)', () => {
    const recs = recordsOf(loadCorpus(join(FIXTURES, 'probe10', 'c3')), 'Granola - Coffee w Jess (Binance PR) - 2024-05-29');
    const under = recs.filter((r) => r.section === 'What she said about He Yi');
    expect(under.map((r) => [r.type, r.speaker])).toEqual([
      ['claim', 'Jess Alvarado'],
      ['quote', 'Jess Alvarado'],
      ['quote', 'Jess Alvarado'],
    ]);
    // The other sections are the note-taker's.
    expect(recs.filter((r) => r.section === 'Follow-ups').every((r) => r.speaker === null)).toBe(true);
  });
  it('the same shape in other words: a name in the heading, a first name as a label, two attendees', () => {
    const dir = tempCorpus({
      'notes.md':
        'Pricing sync\nTue, Apr 8, 2025\n\nTom Brenner, Ana Ruiz, Me\n\n## Agenda\n- Review the spring price list\n\n## What Tom told us about pricing\n- Prices go up in March for every plan\n- Tom: "We will not discount the annual plan"\n\n## Next steps\n- Ana sends the draft on Friday\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.filter((r) => r.section === 'What Tom told us about pricing').map((r) => [r.type, r.speaker])).toEqual([
      ['claim', 'Tom Brenner'],
      ['quote', 'Tom Brenner'],
    ]);
    expect(rs.find((r) => r.text.startsWith('Ana sends'))!.speaker).toBeNull();
  });
});

describe('a survey\'s free-text export by respondent: "R_… | Age 25-34 | Country" heads that respondent\'s answer', () => {
  it('each answer is a qa to the Q14 prompt, answered by its respondent id; "n/a" answers nothing', () => {
    const recs = recordsOf(loadCorpus(join(FIXTURES, 'probe10', 'c5')), 'survey_2025_free_text_Q14');
    const qas = recs.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(7);
    expect(qas[0]).toMatchObject({ speaker: 'R_3kTz9PqX1aB2cD4', question: 'In your own words, what would make you trust a crypto exchange again?', section: 'R_3kTz9PqX1aB2cD4 | Age 25-34 | Germany' });
    expect(qas.every((r) => /^R_\w+$/.test(r.speaker ?? ''))).toBe(true);
    expect(recs.some((r) => r.text === 'n/a' || r.type === 'quote')).toBe(false);
  });
  it('the same shape in other words, without a prompt: claims by each respondent; a pipe table is no survey', () => {
    const dir = tempCorpus({
      'feedback.txt': 'Workshop feedback, spring cohort\n\nP07 | Team B | Remote\nThe exercises were too long for one afternoon.\n\nP12 | Team A | On site\nI liked the pairing sessions most.\n',
      'prices.txt': 'Prices by year\n\n2019 | 12 | 15\n2020 | 13 | 16\n2021 | 14 | 18\n\nPrices rose every year of the survey.\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.filter((r) => r.doc === 'feedback').map((r) => [r.type, r.speaker, r.section])).toEqual([
      ['claim', 'P07', 'P07 | Team B | Remote'],
      ['claim', 'P12', 'P12 | Team A | On site'],
    ]);
    expect(rs.filter((r) => r.doc === 'prices').every((r) => r.speaker === null)).toBe(true);
  });
});

describe('a coder\'s markup in an exported transcript: "[CODE: x]", "[/CODE]", "[MEMO: …]" are not the participant\'s words', () => {
  it('the NVivo export: answers without the marks, the codes as topics, the memo a claim of its own', () => {
    const recs = recordsOf(loadCorpus(join(FIXTURES, 'probe10', 'c5')), 'coded_INT-12_NVivo_export');
    const qas = recs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.speaker, r.asker])).toEqual(Array(4).fill(['P12', 'INT']));
    expect(qas.some((r) => /CODE|MEMO|\[/.test(r.text))).toBe(false);
    expect(qas[1]!.text).toBe('Now I think that was the biggest mistake of my life. We lost two banking partners in 2020 because of it.');
    expect(qas[1]!.topics).toEqual(['trust', 'regret']);
    expect(recs.find((r) => r.text.startsWith('participant uses'))).toMatchObject({ type: 'claim', speaker: null });
  });
  it('the same shape in other words', () => {
    const dir = tempCorpus({
      'coded.txt':
        'Interviewer: What did the move cost you?\nMaria: [CODE: cost] About a year of savings, all of it. [/CODE] [MEMO: check the amount against the survey — JT]\nInterviewer: Would you move again?\nMaria: [CODE: future] Not for a while. [/CODE]\n',
    });
    const rs = loadCorpus(dir).records;
    expect(rs.map((r) => [r.type, r.speaker, r.text, r.topics])).toEqual([
      ['qa', 'Maria', 'About a year of savings, all of it.', ['cost']],
      ['claim', null, 'check the amount against the survey — JT', []],
      ['qa', 'Maria', 'Not for a while.', ['future']],
    ]);
  });
});
