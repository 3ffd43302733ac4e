/**
 * Text exported from a CMS keeps HTML's escapes. The loader reads them as the
 * characters they stand for, so quotations and apostrophes work, and keeps
 * every line where it was.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { decodeHtmlEntities } from '../../src/parse/text.js';
import { tempCorpus } from '../helpers.js';

describe('HTML escapes in a document', () => {
  it('decodes named and numeric escapes, leaves unknown names, never breaks a line', () => {
    expect(decodeHtmlEntities('&quot;We&#8217;re here,&quot; AT&amp;T said &#x2014; &bogus; a&#10;b')).toBe('"We’re here," AT&T said — &bogus; a b');
    expect(decodeHtmlEntities('no escapes & all')).toBe('no escapes & all');
  });

  it('reads an escaped quotation as a quote by its speaker, on its own line', () => {
    const corpus = loadCorpus(
      tempCorpus({ 'story.txt': 'Fibre deal signed\n\nBy Dana Kline\n\n&quot;We&#8217;re finally getting fibre to the farms,&quot; said Lyle Benson, the co-op&#8217;s chair.\n\nThe deal covers Nebraska &amp; Kansas.\n' }),
    );
    const quote = corpus.records.find((r) => r.type === 'quote');
    expect([quote?.speaker, quote?.text, quote?.line]).toEqual(['Lyle Benson', 'We’re finally getting fibre to the farms', 5]);
    expect(corpus.records.find((r) => r.type === 'claim')?.text).toBe('The deal covers Nebraska & Kansas.');
    expect(corpus.documents[0]!.sentences.inRecords).toBe(corpus.documents[0]!.sentences.total);
  });
});
