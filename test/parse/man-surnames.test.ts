/**
 * A surname ending in "man"/"men" (Friedman, Hoffman, Raman, Bergmen), or one that is itself a role
 * noun (Singer, Driver, Farmer), is a name, not a role. The
 * attribution's catch-all for "-man" trades ("a ferryman", "the boatman") took every such word for
 * a title, so "said Milton Friedman" named nobody and the quotation had no speaker. The listed
 * role nouns written with a capital ("the Chairman", "Congressman NAME", "a … Spokesman") are
 * still roles.
 */
import { describe, expect, it } from 'vitest';
import { loadCorpus, type Corpus } from '../../src/load/load.js';
import { tempCorpus } from '../helpers.js';

const load = (text: string): Corpus => loadCorpus(tempCorpus({ 'desk.txt': `The Night Desk\n\n${text}\n` }), { parallel: false });
const quoteOf = (c: Corpus, words: string) => c.records.find((r) => r.type === 'quote' && r.text.includes(words));

describe('surnames ending in "man" name their speaker', () => {
  it('after the verb, before it, and as the subject of a colon frame', () => {
    expect(quoteOf(load('"The ledger was short by a week," said Milton Friedman. "Maybe more."'), 'ledger')?.speaker).toBe('Milton Friedman');
    expect(quoteOf(load('"The ferry left at nine," Anna Hoffman said.'), 'ferry')?.speaker).toBe('Anna Hoffman');
    expect(quoteOf(load('Oskar Bergmen said: "We never saw the second invoice at all."'), 'invoice')?.speaker).toBe('Oskar Bergmen');
  });

  it('a quotation split by "said NAME, who …" is one quote of that person, both pieces', () => {
    const c = load('"Four thousand," said Priya Raman, who handled the Korean queue. "Maybe more. The counter broke at four thousand."');
    const q = quoteOf(c, 'Maybe more');
    expect(q?.speaker).toBe('Priya Raman');
    expect(q?.text).toContain('Four thousand.');
  });

  it('a surname that is itself a role noun, after one given name, ends the name', () => {
    expect(quoteOf(load('"The ledger was short," said Peter Singer. "Maybe more."'), 'ledger')?.speaker).toBe('Peter Singer');
    expect(quoteOf(load('"The ferry left at nine," Minnie Driver said.'), 'ferry')?.speaker).toBe('Minnie Driver');
    expect(quoteOf(load('Paul Farmer said: "We never saw the second invoice at all."'), 'invoice')?.speaker).toBe('Paul Farmer');
    // A role between an organisation and a name is still a role.
    expect(quoteOf(load('"The pier is closed," said Fennel Pay chief executive Ana Ruiz.'), 'pier')?.speaker).toBe('Ana Ruiz');
  });

  it('capitalised role nouns stay roles, never part of a name', () => {
    expect(quoteOf(load('"We will appeal," said Congressman Dale Ortiz.'), 'appeal')?.speaker).toBe('Dale Ortiz');
    expect(quoteOf(load('"We will appeal," the Chairman said.'), 'appeal')?.speaker).toBe('the Chairman');
    expect(quoteOf(load('"The pier is closed," said a Harbour Authority spokesman.'), 'pier')?.speaker).toBe('a Harbour Authority spokesman');
  });
});
