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
