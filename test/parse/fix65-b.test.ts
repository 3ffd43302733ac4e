/**
 * A web article copied with its page (fix65-b): the site's name, a skip link, a menu, "Sign in" and a
 * cookie banner stand above the article. Before, the site's name titled the document and the byline
 * under the headline ("By NAME | 14 October 2022 | 6 min read") dated nothing: the header's lines were
 * used up by the chrome. The readers' comments under the related-links list ("3 Comments" / "NAME" /
 * "15 October 2022 at 08:14" / the comment / "Reply") were in no record: the list's marker made the
 * rest of the page its foot.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { FIXTURES, fixtureCorpus, tempCorpus } from '../helpers.js';

describe('a web article pasted with its page', () => {
  const doc = 'web-interview-coldchain-founder-2022';
  it('is titled by its headline and dated by its byline, its readers\' comments each their writer\'s quote', () => {
    const c = fixtureCorpus(join(FIXTURES, 'probe53', 'b'), [`${doc}.txt`]);
    const d = c.documents.find((x) => x.id === doc)!;
    expect(d.meta.title).toBe('"Cold chain is a margin business disguised as a tech business"');
    expect(d.meta.date).toBe('2022-10-14');
    const records = c.records.filter((r) => r.doc === doc);
    const comments = records.filter((r) => r.line >= 45).map((r) => ({ type: r.type, speaker: r.speaker, line: r.line, asker: r.asker ?? null, text: r.text }));
    expect(comments).toEqual([
      { type: 'quote', speaker: 'Tunde Okafor', line: 48, asker: null, text: '19% of revenue on energy is brutal. Is that before or after the solar?' },
      { type: 'quote', speaker: 'Helen Marsh', line: 53, asker: null, text: 'Good interview. Would like to hear more about the pharma contracts.' },
      { type: 'quote', speaker: 'FreightPulse Editor', line: 58, asker: null, text: '@Tunde Okafor it is after the solar, according to the company.' },
    ]);
    // The interview's turns are as before; no comment is the byline's.
    expect(records.filter((r) => r.type === 'qa').map((r) => [r.line, r.speaker, r.asker])).toEqual([
      [19, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [23, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [27, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
      [31, 'Ngozi Adeyemi-Clarke', 'Marcus Leclerc'],
    ]);
  });

  it('in other words: a blog\'s byline without "By", a breadcrumb, another site\'s menu and comments', () => {
    const text = [
      'Jump to navigation',
      'The Harbour Ledger',
      'Home | World | Business | Opinion | Sport | Subscribe',
      'Log in',
      '',
      'This website uses cookies to give you the best experience. Read our cookie policy.',
      '',
      'How a fishing town bought back its own pier',
      'Residents pooled savings to keep the landing stage open',
      'Signe Halvorsen · May 12, 2021 · 4 min read',
      '',
      'When the council put the pier up for sale in 2019, nobody expected the fishermen to bid.',
      '',
      'Arne Vik: We had no choice. The pier is the only reason boats still land here.',
      '',
      'Signe Halvorsen: Who pays for the repairs?',
      '',
      'Arne Vik: The members do, about 300 kroner a month each.',
      '',
      'More from The Harbour Ledger',
      '- Ferry fares rise again (3 Apr 2021)',
      '- A new life for the old cannery (19 Mar 2021)',
      '',
      '12 Comments',
      '',
      'Liv Berg',
      '2 days ago',
      'Who fixes the pier after a storm like the one in 2020?',
      'Reply',
      '',
      'Olav Dahl',
      '1 day ago',
      'My grandfather fished from that pier for forty years.',
      'Reply',
    ].join('\n');
    const c = loadCorpus(tempCorpus({ 'pier.txt': text }));
    const d = c.documents[0]!;
    expect(d.meta.title).toBe('How a fishing town bought back its own pier');
    expect(d.meta.date).toBe('2021-05-12');
    const records = c.records.filter((r) => r.line >= 24).map((r) => ({ type: r.type, speaker: r.speaker, line: r.line, asker: r.asker ?? null, text: r.text }));
    expect(records).toEqual([
      { type: 'quote', speaker: 'Liv Berg', line: 26, asker: null, text: 'Who fixes the pier after a storm like the one in 2020?' },
      { type: 'quote', speaker: 'Olav Dahl', line: 31, asker: null, text: 'My grandfather fished from that pier for forty years.' },
    ]);
  });
});
