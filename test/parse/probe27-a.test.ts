import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const recordsOf = (name: string, text: string) => loadCorpus(tempCorpus({ [name]: text })).records;

describe('a notes app\'s property table above a **Q:** / **A:** interview: "| Interviewee | NAME |" is the interviewee field', () => {
  it('gives the answers to the person the table names', () => {
    const rs = recordsOf('okafor.md', [
      '# Interview — Chidi Okafor', '',
      '| Property | Value |', '| --- | --- |',
      '| Interviewee | Chidi Okafor |', '| Role | Director of Performance (2016–present) |',
      '| Interviewer | Hannah Roos |', '| Date | 2025-02-18 |', '',
      '## Transcript', '',
      '**Q:** What was the first thing you changed?', '',
      '**A:** The selection rules. From 2017 every athlete needed two qualifying marks.', '',
      '**Q:** That must have made you unpopular.', '',
      '**A:** Very. Two coaches resigned in the first year.', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas).toHaveLength(2);
    expect(qas.every((r) => r.speaker === 'Chidi Okafor')).toBe(true);
  });

  it('reads another note so set, other names and topic', () => {
    const rs = recordsOf('meeting.md', [
      '# Call with the harbour master', '',
      '| Field | |', '|:--|:--|',
      '| Date | 12 May 2024 |', '| Interviewee | Margit Svensson |', '| Place | Gothenburg |', '',
      'Q: How many ships called last year?', '',
      'A: About 3,100, which is 8% fewer than in 2022.', '',
      'Q: Why fewer?', '',
      'A: Bigger ships. The tonnage went up.', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.length).toBeGreaterThanOrEqual(2);
    expect(qas.every((r) => r.speaker === 'Margit Svensson')).toBe(true);
  });
});

describe('an AMA page: "### Question from @handle" headings, answers signed inline by team members ("… — Priya")', () => {
  it('reads each signed answer as a qa of its signer, asked by the handle; two signers under one question are two records', () => {
    const rs = recordsOf('ama.md', [
      '# AMA: the open-data team (March 2025)', '',
      'Answering: **Priya Raman** (head of data) and **Marcus Feld** (lead engineer).', '',
      '### Question from @busnerd', '',
      'Why did the feed go down in January? Some of us build apps on it.', '',
      'A vendor changed the GPS units on 180 buses. It was down for 11 days. — Priya', '',
      'We now alert if more than 5% of vehicles report the future. — Marcus', '',
      '### Question from @open_data_dana', '',
      'Will you publish fare revenue by route? You publish ridership only.', '',
      'Yes, from Q3 2025. Finance agreed in February. — Priya', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.speaker, r.asker])).toEqual([
      ['Priya Raman', '@busnerd'], ['Marcus Feld', '@busnerd'], ['Priya Raman', '@open_data_dana'],
    ]);
    expect(qas[0]!.question).toMatch(/^Why did the feed go down/);
    expect(qas[1]!.text).not.toMatch(/11 days/);
  });

  it('reads another page so set, other names and topic', () => {
    const rs = recordsOf('ask-the-rangers.md', [
      '# Ask the rangers', '',
      'This month Tomasz Wolny and Ines Barros from the park service took your questions.', '',
      '## Asked by Leah Stone', '',
      'How many wolves live in the park now? I heard a number on the radio.', '',
      'Fourteen, in two packs. In 2019 there were six. — Ines', '',
      '## Question from @hiker_joe', '',
      'Is the north trail open in winter?', '',
      'Only to the first hut. Beyond it the avalanche risk is too high. — Tomasz', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.speaker, r.asker])).toEqual([['Ines Barros', 'Leah Stone'], ['Tomasz Wolny', '@hiker_joe']]);
  });
});

describe('a blog Q&A exported with its HTML left in: an `<hr />` under the last answer ends it', () => {
  it('keeps the share buttons, tags and related links below the rule out of the last answer', () => {
    const rs = recordsOf('wp.md', [
      '# Ten minutes with Sofia Lindqvist', '',
      '<p><em>Posted on June 11, 2024 by Daniel Kessler</em></p>', '',
      '## Why start with the biggest ships?', '',
      '<p>Because that is where the diesel was, about 70&nbsp;percent of our fuel.</p>', '',
      '## What is next for you?', '',
      '<p>Hydrogen, probably. But not before 2027.</p>', '',
      '<hr />', '',
      '<p><strong>Share this:</strong></p>', '',
      '- [Twitter](https://example.com/?share=twitter)', '- [Email](https://example.com/?share=email)', '',
      '<p>Tags: <a href="/tag/ferries/">ferries</a>, <a href="/tag/batteries/">batteries</a></p>',
    ].join('\n'));
    const last = rs.find((r) => r.type === 'qa' && /Hydrogen/.test(r.text))!;
    expect(last.text).not.toMatch(/Share this|Twitter|Tags/);
  });

  it('reads another page so set, other names and topic', () => {
    const rs = recordsOf('ghost.md', [
      '# Five questions for coach Ama Boateng', '',
      '<h2>How did the season go?</h2>', '<p>Better than 2023. We won 14 of 22 games.</p>', '',
      '<h2>Will you stay?</h2>', '<p>Yes, for two more years at least.</p>',
      '<hr>',
      '<p>Tickets for the derby go on sale at 9am on Monday.</p>',
      '<p>Season-ticket holders get a 20% discount.</p>',
    ].join('\n'));
    const last = rs.find((r) => r.type === 'qa' && /two more years/.test(r.text))!;
    expect(last.text).not.toMatch(/Tickets|discount/);
    expect(rs.some((r) => r.type === 'claim' && /20% discount/.test(r.text))).toBe(true);
  });
});

describe('a podcast\'s show notes: a highlight\'s exchange in bold labels, inside a "> " block or after a timestamp, by first name', () => {
  it('pairs the host\'s question with the guest\'s answer', () => {
    const rs = recordsOf('ep143.md', [
      '# Ep. 143 — Elena Vásquez: from mayor to fund manager', '',
      'Host **Tomás Reyes** talks with **Elena Vásquez**, mayor of San Lorenzo from 2012 to 2020.', '',
      '## Chapters', '',
      '- [00:00:00] Intro', '- [00:09:40] Running for mayor at 31', '- [00:18:05] The 2015 drought and the tanker trucks',
      '- [00:34:12] Starting a fund', '- [00:52:10] Lightning round', '',
      '## Highlights', '',
      '[00:18:40] On the 2015 drought, when the city trucked in water for 94 days:', '',
      '> **Tomás Reyes:** *Was there a moment you thought the city would run dry?*', '>',
      '> **Elena Vásquez:** Day 61. We had four days of reserve.', '',
      '[00:35:02] **Tomás:** *Why a fund and not a foundation?*',
      '**Elena:** Because grants end. A loan that gets repaid goes out again.', '',
      '## Links mentioned', '', '- Cuenca Capital', '- *Thirst*, her 2021 memoir', '',
      '## Credits', '', 'Produced by Ana Paredes. Edited by Sam Whitfield. Music by The Quiet Tide.', '',
      '*Transcript is auto-generated and may contain errors. Quotes above are checked against the audio.*', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.speaker, r.asker, r.question])).toEqual([
      ['Elena Vásquez', 'Tomás Reyes', 'Was there a moment you thought the city would run dry?'],
      ['Elena Vásquez', 'Tomás Reyes', 'Why a fund and not a foundation?'],
    ]);
  });

  it('reads another page so set, other names and topic', () => {
    const rs = recordsOf('ep12.md', [
      '# Ep. 12: Ruth Adeyemi on running a marathon at 60', '',
      'This week **Ola Brandt** is joined by **Ruth Adeyemi**, who ran Berlin in 3:41 in 2023.', '',
      '## In this episode', '',
      '- [00:01:10] Why she started running at 52', '- [00:12:31] Training', '- [00:30:02] Injuries and recovery', '',
      '## Links', '', '- Ruth\'s training log', '- The Berlin results page', '',
      '## Excerpt', '',
      '[00:12:31] **Ola:** _How did you train?_',
      '**Ruth:** Five days a week, 70 kilometres at the peak.', '',
      '> **Ola Brandt:** **Any injuries?**', '>', '> **Ruth Adeyemi:** One, a calf strain in 2022.', '',
    ].join('\n'));
    const qas = rs.filter((r) => r.type === 'qa');
    expect(qas.map((r) => [r.speaker, r.asker])).toEqual([['Ruth Adeyemi', 'Ola Brandt'], ['Ruth Adeyemi', 'Ola Brandt']]);
  });
});
