/**
 * A news explainer under its own question headings ("## What happened?", "## Is my money safe?"):
 * the writer asks and reports, quoting others. Read as a Q&A, every paragraph was the "answer" of a
 * guest the title seemed to name ("Meridian Bank"), and the people quoted in them spoke no quote.
 * The headings are sections and the paragraphs prose, when no answer speaks in the first person
 * outside its quotation marks and some answer attributes words. Interviews and help pages under
 * question headings stay questions and answers.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe("an explainer's question headings", () => {
  it('are sections, and the people quoted under them speak', () => {
    const c = fixtureCorpus(join(FIXTURES, 'unseen'), ['bank-collapse-explainer.md']);
    const recs = c.records.filter((r) => r.doc === 'bank-collapse-explainer');
    expect(recs.filter((r) => r.type === 'qa')).toEqual([]);
    expect(recs.filter((r) => r.type === 'quote').map((r) => [r.line, r.speaker, r.section])).toEqual([
      [9, 'Tomás Ibarra', 'What happened?'],
      [17, 'Grace Mwangi', 'Who is buying Meridian?'],
      [21, 'Ruth Alvarez', 'What happens next?'],
    ]);
    expect(recs.find((r) => r.text.startsWith('Deposits up to'))).toMatchObject({ type: 'claim', speaker: 'Laura Chen', section: 'Is my money safe?' });
  });

  it('reads the shape in other words, and leaves interviews and help pages as they were', () => {
    const c = loadCorpus(tempCorpus({
      'rail-strike.md': [
        '# Northern Rail strike: what commuters need to know', '', 'By Owen Pryce, transport correspondent, 3 March 2025', '',
        '## Why are drivers striking?', '', 'The union says pay has fallen 9% behind inflation since 2021. "Our members have run out of patience," general secretary Mairead Quinn told the BBC.', '',
        '## Which lines are affected?', '', 'All services north of Leeds will stop on Thursday and Friday, the operator said.', '',
        '## Will there be more strikes?', '', 'Talks resume next week. Transport minister Colin Ashdown said he was "hopeful, but not naive."', '',
      ].join('\n'),
      'dock-interview.md': [
        '# Eleven questions for harbour master Siv Lunde', '', '## How long have you run the port?', '', 'Since 2014. Before that I piloted ships here for a decade.', '',
        '## What changed after the storm?', '', 'We rebuilt the north quay, and the council said it would pay half.', '',
      ].join('\n'),
      'help.md': [
        '# Help centre', '', '## How do I reset my password?', '', 'Open Settings, then Security, and choose Reset.', '',
        '## Can I change my email address?', '', 'Yes. Go to Settings and edit the address under Account.', '',
      ].join('\n'),
    }));
    const rail = c.records.filter((r) => r.doc === 'rail-strike');
    expect(rail.filter((r) => r.type === 'qa')).toEqual([]);
    expect(rail.filter((r) => r.type === 'quote').map((r) => [r.speaker, r.section])).toEqual([
      ['Mairead Quinn', 'Why are drivers striking?'],
      ['Colin Ashdown', 'Will there be more strikes?'],
    ]);
    // "I" and "we" outside quotation marks: someone answering
    expect(c.records.filter((r) => r.doc === 'dock-interview' && r.type === 'qa').map((r) => r.question)).toEqual(['How long have you run the port?', 'What changed after the storm?']);
    // nothing attributed: a help page's questions and answers
    expect(c.records.filter((r) => r.doc === 'help' && r.type === 'qa').map((r) => r.question)).toEqual(['How do I reset my password?', 'Can I change my email address?']);
  });
});
