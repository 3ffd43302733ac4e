/**
 * "she says" with no one near whose gender fits: the person the document is about, where the text
 * never gave their gender (a Q&A's guest, named by the title and the intro only), rather than no one.
 * Not when someone else near could be meant, nor over a described person of an earlier paragraph.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const qa = (closing: string) =>
  loadCorpus(
    tempCorpus({
      'dubois.txt': ['Ten minutes with Claire Dubois', '', 'By Julien Marchand', 'June 4, 2023', '', 'Claire Dubois has run the Saint-Flour dairy co-op since 2011.', '', 'Why did you leave banking?', 'I was tired of numbers without faces.', '', 'How many farmers do you count today?', 'We are 212, against 40 at the start.', '', closing, ''].join('\n'),
    }),
  ).records;

describe('a pronoun closing a Q&A, the guest\'s gender never given', () => {
  it('is the guest', () => {
    const records = qa('"Milk is not a commodity like the others," she says. Her deputy, Marc Roux, adds: "Without her, the co-op would have closed in 2014."');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('Milk'))?.speaker).toBe('Claire Dubois');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('Without her'))?.speaker).toBe('Marc Roux');
  });

  it('is the man named right before it, not the guest, where one is', () => {
    const records = qa('Her deputy, Marc Roux, is less sure. "We were lucky," he says.');
    expect(records.find((r) => r.type === 'quote' && r.text.startsWith('We were lucky'))?.speaker).toBe('Marc Roux');
  });
});
