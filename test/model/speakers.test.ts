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

describe('SpeakerRegistry: the forms a written name implies', () => {
  it('resolves a name with a quoted nickname or an honorific by its plain forms, and finds them in text, without listing them', () => {
    const registry = new SpeakerRegistry([{ name: 'Prof. Tomasz "Tomek" Wierzbicki', aliases: [] }, { name: 'Lena Ford', aliases: ['Dr. Lena Ford'] }]);
    for (const form of ['Tomasz Wierzbicki', 'Prof. Tomasz Wierzbicki', 'Tomek Wierzbicki', 'wierzbicki tomasz']) expect(registry.resolve(form), form).toBe('Prof. Tomasz "Tomek" Wierzbicki');
    expect(registry.resolve('Wierzbicki')).toBeNull(); // a surname alone is the text's to resolve, not the registry's
    expect(registry.aliasesOf('Prof. Tomasz "Tomek" Wierzbicki')).toEqual([]);
    expect(registry.mentions('Then Tomasz Wierzbicki laughed.').map((m) => m.name)).toEqual(['Prof. Tomasz "Tomek" Wierzbicki']);
    // a form written first wins over one implied later; written later, it is the same person's
    const two = new SpeakerRegistry([{ name: 'Ann Lee', aliases: [] }, { name: 'Dr. Ann Lee', aliases: [] }]);
    expect(two.resolve('Ann Lee')).toBe('Ann Lee');
    expect(two.clone().resolve('Ann Lee')).toBe('Ann Lee');
    const merged = new SpeakerRegistry([{ name: 'Dr. Ann Lee', aliases: [] }, { name: 'Ann Lee', aliases: [] }]);
    expect(merged.names()).toEqual(['Dr. Ann Lee']);
  });
});

describe('SpeakerRegistry.resolve: a name written in two scripts', () => {
  const registry = new SpeakerRegistry([
    { name: 'Kim Minji', aliases: ['김민지'] },
    { name: 'Tanaka Yuki', aliases: ['田中'] },
  ]);
  it('resolves when every script run is a known name of one person, in either order', () => {
    expect(registry.resolve('김민지 Kim Minji')).toBe('Kim Minji');
    expect(registry.resolve('Minji Kim 김민지')).toBe('Kim Minji');
    expect(registry.resolve('田中 Yuki Tanaka')).toBe('Tanaka Yuki');
  });
  it('does not resolve when the runs name two people or one run is unknown', () => {
    expect(registry.resolve('田中 Kim Minji')).toBeNull();
    expect(registry.resolve('司会 Kim Minji')).toBeNull();
    expect(registry.resolve('田中 Moderator')).toBeNull();
  });
});
