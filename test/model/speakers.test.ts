/**
 * SpeakerRegistry.mentions skips its pattern when no written form of a name
 * is in the text: it must find what the pattern alone finds.
 */
import { describe, expect, it } from 'vitest';
import { seededRandom as random } from '../random.js';
import { escapeRegExp } from '../../src/model/regexp.js';
import { SpeakerRegistry } from '../../src/model/speakers.js';

const PIECES = ['He Yi', 'Yi He', 'he yi', 'Yi', 'He', 'CZ', 'CZs', 'xCZ', 'Changpeng Zhao', 'Zhao', 'Ana Ruiz', 'Ruiz', 'Ruiz’s', 'Émile', 'Émile Zola', '何一', '1CZ', ' ', ' ', ',', '.', '“', '”', '-', 'a', 'é', '🚀'];

describe('SpeakerRegistry.mentions', () => {
  it('finds what the whole-word pattern over every written form finds', () => {
    const registry = new SpeakerRegistry([
      { name: 'He Yi', aliases: ['Yi He'] },
      { name: 'Changpeng Zhao', aliases: ['CZ'] },
      { name: 'Émile Zola', aliases: ['何一'] },
    ]);
    const forms = registry.forms();
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    const rand = random(0x5ea7);
    let found = 0;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      const n = Math.floor(rand() * 10);
      for (let j = 0; j < n; j++) text += PIECES[Math.floor(rand() * PIECES.length)] + (rand() < 0.5 ? ' ' : '');
      const expected = [...text.matchAll(pattern)].map((m) => ({ name: registry.resolve(m[0]) ?? m[0], start: m.index!, end: m.index! + m[0].length }));
      found += expected.length;
      expect(registry.mentions(text), JSON.stringify(text)).toEqual(expected);
    }
    expect(found).toBeGreaterThan(1000);
  });
});
