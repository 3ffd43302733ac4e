import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('a public-TV news report: "Name, Role:" alone on its line, the words in the paragraph below, a voice used once', () => {
  it('opens its own turn, not more words of the correspondent above', () => {
    const rs = recordsOf('newshour.txt', [
      'Geoff Bennett:', '', 'Two hospitals merged in 2023. Some patients say they pay more.', '',
      'Lorenzo Abate:', '', 'The maternity ward closed in March.', '',
      'Dr. Anita Rosenthal, Obstetrician:', '', 'The babies are still being born. They are just being born in ambulances now.', '',
      'Lorenzo Abate:', '', 'Economists say the pattern is familiar.', '',
      'Martin Gaddis, Ohio State University:', '', 'Across 300 rural mergers since 2010, prices rose 14 percent.', '',
      'Lorenzo Abate:', '', 'For the PBS News Hour, I am Lorenzo Abate.', '',
      'Amna Nawaz:', '', 'And online, we have a map of every ward closed since 2020.', '',
    ].join('\n'));
    const said = (re: RegExp) => rs.find((r) => re.test(r.text))?.speaker;
    expect(said(/ambulances/)).toMatch(/Anita Rosenthal/);
    expect(said(/rural mergers/)).toBe('Martin Gaddis');
    expect(said(/map of every ward/)).toBe('Amna Nawaz');
    expect(rs.some((r) => r.speaker === 'Lorenzo Abate' && /ambulances|rural mergers/.test(r.text))).toBe(false);
  });

  it('reads another report so set, other names and topic', () => {
    const rs = recordsOf('report.txt', [
      'Nick Schifrin:', '', 'The ceasefire held for a third night, officials said.', '',
      'Leila Haddad:', '', 'Aid trucks crossed at dawn. About 140 of them, the most since June.', '',
      'Omar Baraka, Truck Driver:', '', 'We waited eleven days at the crossing. My brother is still there.', '',
      'Leila Haddad:', '', 'For the NewsHour, I am Leila Haddad.', '',
      'Nick Schifrin:', '', 'That report was produced with support from the Pulitzer Center.', '',
    ].join('\n'));
    expect(rs.find((r) => /eleven days/.test(r.text))?.speaker).toBe('Omar Baraka');
  });
});

describe('a radio transcript\'s "CONTRIBUTOR (NAME):": the part in capitals, the person who takes it in brackets', () => {
  it('is the named person\'s turn, not "Contributor"', () => {
    const rs = recordsOf('today.txt', [
      'PRESENTER (NICK ROBINETTE): Figures out this morning show 186,000 homes were completed.',
      '', 'SIOBHAN CARRICK: Starts were up 9 per cent in the last quarter.',
      '', 'PRESENTER: We spoke earlier to the builders.',
      '', 'CONTRIBUTOR (GRAHAM ATTWELL): Small firms built 40 per cent of homes in the 1980s. It is about 10 per cent now.',
      '', 'PRESENTER: Minister, he is right, is he not?',
      '', 'SIOBHAN CARRICK: We announced a lending fund in June.',
    ].join('\n'));
    expect(rs.find((r) => /Small firms/.test(r.text))?.speaker).toBe('Graham Attwell');
  });

  it('reads another programme\'s contributor, mixed case', () => {
    const rs = recordsOf('wato.txt', [
      'PRESENTER: The strike at the ports is in its third week.',
      '', 'HELEN MARSH: We have offered 6 per cent over two years.',
      '', 'PRESENTER: And the dockers?',
      '', 'Contributor (Dafydd Rhys): Six per cent is below inflation since 2022. Nobody will take it.',
      '', 'PRESENTER: Helen Marsh, is that fair?',
      '', 'HELEN MARSH: It is the best offer in a decade.',
    ].join('\n'));
    expect(rs.find((r) => /below inflation/.test(r.text))?.speaker).toBe('Dafydd Rhys');
  });
});

describe('a broadcast transcript\'s page furniture is no claim', () => {
  it('drops a public-TV page\'s "By — Name" bylines, its feedback button and its sponsor widget', () => {
    const rs = recordsOf('pbs.txt', [
      'Hospital merger tests promises of lower costs', '', 'June 12, 2025 6:45 PM EDT', '',
      'By — Lorenzo Abate', 'By — Tessa Grunwald', '', 'Leave your feedback   Share', '', 'Transcript', '',
      'Geoff Bennett:', '', 'Two hospitals merged in 2023. Some patients say they pay more.', '',
      'Lorenzo Abate:', '', 'The maternity ward closed in March, and the next one is 54 miles away.', '',
      'Geoff Bennett:', '', 'Thank you, Lorenzo.', '',
      'Support Provided By: Learn more',
    ].join('\n'));
    expect(rs.filter((r) => /By —|feedback|Support Provided/.test(r.text))).toEqual([]);
  });

  it('drops a radio transcript\'s typed-from-a-recording notice and a cable network\'s copyright foot', () => {
    const rs = recordsOf('radio.txt', [
      'BBC RADIO 4', 'THE WORLD AT ONE', '',
      'THIS TRANSCRIPT WAS TYPED FROM A RECORDING AND NOT COPIED FROM AN ORIGINAL SCRIPT. BECAUSE OF THE RISK OF MISHEARING THE BBC CANNOT VOUCH FOR ITS COMPLETE ACCURACY.', '',
      'PRESENTER: The strike at the ports is in its third week.', '',
      'HELEN MARSH: We have offered 6 per cent over two years.', '',
      'PRESENTER: Helen Marsh, thank you.', '',
      'HELEN MARSH: Thank you.', '',
      'CONTENT AND PROGRAMMING COPYRIGHT 2024 CABLE NEWS NETWORK, INC. ALL RIGHTS RESERVED.',
    ].join('\n'));
    expect(rs.filter((r) => /MISHEARING|TYPED FROM|PROGRAMMING COPYRIGHT/.test(r.text))).toEqual([]);
    expect(rs.some((r) => r.speaker === 'Helen Marsh' && /6 per cent/.test(r.text))).toBe(true);
  });

  it('drops a Sunday show page\'s "The following is the transcript of the broadcast" note', () => {
    const rs = recordsOf('ftn.txt', [
      'Full transcript of "This Week," Jan. 5, 2025', '',
      'The following is a transcript of the broadcast of "This Week" on Jan. 5, 2025.', '',
      'DARIA LOPEZ: Good morning. The budget talks collapsed on Friday.', '',
      'SEN. PAUL OKAFOR: They collapsed because the other side walked out at 11 p.m.', '',
      'DARIA LOPEZ: Will you vote for the bill?', '',
      'SEN. PAUL OKAFOR: I will read it first.', '',
    ].join('\n'));
    expect(rs.filter((r) => /following is a transcript/.test(r.text))).toEqual([]);
  });
});

describe('a panel introduced in one sentence: "X is with the Washington Ledger, Jonah Feld of the Heartland Report"', () => {
  it('keeps the panellist\'s own name: the paper before it is no holder of a role called "Jonah Feld"', () => {
    const rs = recordsOf('panel.txt', [
      'MARGARET BRENNAN: We turn now to our panel. Ed Kowalczyk is a political analyst, Priya Ramaswamy is with the Washington Ledger, Jonah Feld of the Heartland Report.', '',
      'PRIYA RAMASWAMY: Airports change that. The sick-out rate hit 8 percent on Friday.', '',
      'JONAH FELD: I talked to five Republican senators this week.', '',
      'MARGARET BRENNAN: On the record?', '',
      'JONAH FELD: Not on the record.',
    ].join('\n'));
    expect(rs.filter((r) => /five Republican|Not on the record/.test(r.text)).map((r) => r.speaker)).toEqual(['Jonah Feld', 'Jonah Feld']);
  });

  it('reads another panel so introduced', () => {
    const rs = recordsOf('panel2.txt', [
      'CHUCK RAYMOND: Joining me, Dana Lee of the Atlantic Monitor, Tom Briggs writes for the Daily Courier, Sam Ortiz of the Gulf Review.', '',
      'SAM ORTIZ: The vote count is 48 to 52 as of Friday.', '',
      'CHUCK RAYMOND: Tom?', '',
      'TOM BRIGGS: I would not bet on the leader holding them.', '',
      'SAM ORTIZ: Nor would I.',
    ].join('\n'));
    expect(rs.filter((r) => /48 to 52|Nor would/.test(r.text)).map((r) => r.speaker)).toEqual(['Sam Ortiz', 'Sam Ortiz']);
  });
});

describe('a voice\'s label with a role of two parts: "Dr. Raymond Kessler, CEO, Scioto River Health (2023):"', () => {
  it('opens the archive clip\'s turn alone on its line', () => {
    const rs = recordsOf('clip.txt', [
      'Geoff Bennett:', '', 'Two hospitals merged in 2023. Some patients say they pay more.', '',
      'Lorenzo Abate:', '', 'At the time, its chief executive made a pledge.', '',
      'Dr. Raymond Kessler, CEO, Scioto River Health (2023):', '', 'No service line that exists today will close because of this merger.', '',
      'Lorenzo Abate:', '', 'Kessler declined our request for an interview.', '',
      'Geoff Bennett:', '', 'Thank you, Lorenzo.', '',
    ].join('\n'));
    expect(rs.find((r) => /No service line/.test(r.text))?.speaker).toMatch(/Raymond Kessler/);
  });

  it('reads a cable label in capitals so written, words after it', () => {
    const rs = recordsOf('cable.txt', [
      'ANNA BELL, CNN ANCHOR: Good evening. The recall now covers 410,000 cars.', '',
      'TOM REYES, CEO, REYES MOTORS: We will fix every one of them by May of 2026.', '',
      'BELL: And the cost?', '',
      'REYES: About $1.2 billion.',
    ].join('\n'));
    expect(rs.find((r) => /fix every one/.test(r.text))?.speaker).toBe('Tom Reyes');
  });
});

describe('a radio transcript\'s header block: "DATE:", "TIME: 08:10"', () => {
  it('makes no claim of its time field', () => {
    const rs = recordsOf('today2.txt', [
      'BBC RADIO 4', 'TODAY PROGRAMME', 'TRANSCRIPT OF INTERVIEW WITH HOUSING MINISTER SIOBHAN CARRICK', 'DATE: THURSDAY 18 SEPTEMBER 2025', 'TIME: 08:10', '',
      'PRESENTER: You need about 300,000 homes a year. You will not make it, will you?', '',
      'SIOBHAN CARRICK: Starts were up 9 per cent in the last quarter.', '',
      'PRESENTER: That is not a yes.', '',
      'SIOBHAN CARRICK: It is a commitment.',
    ].join('\n'));
    expect(rs.filter((r) => /TIME:/.test(r.text))).toEqual([]);
  });

  it('reads another programme\'s header so set', () => {
    const rs = recordsOf('wato2.txt', [
      'RADIO FIVE', 'Transcript of an interview with the Chancellor, Rachel Moss', 'Date: 3 March 2024', 'Time: 07:45', '',
      'PRESENTER: Will taxes rise in the autumn?', '',
      'RACHEL MOSS: I will not write the budget on this programme.', '',
      'PRESENTER: Is that a no?', '',
      'RACHEL MOSS: It is an answer.',
    ].join('\n'));
    expect(rs.filter((r) => /Time:/.test(r.text))).toEqual([]);
  });
});
