/**
 * A parallel load holds V8's heap growth to 1.5× the live heap (src/load/parallel.ts,
 * HEAP_GROWING_PERCENT): with V8's own factor, up to 4×, a cold build at 1,000× let
 * ≈ 150 MB of collectable garbage sit in the main thread's heap, most of its peak RSS.
 * A flag's effect is not observable from JavaScript, so this holds the call to it; the load
 * itself (this thread parsing every document: no workers) must give the serial corpus.
 */
import { describe, expect, it, vi } from 'vitest';

const flags: string[] = [];
vi.mock('node:v8', async (importOriginal) => {
  const v8 = await importOriginal<typeof import('node:v8')>();
  const setFlagsFromString = (f: string) => {
    flags.push(f);
    v8.setFlagsFromString(f);
  };
  return { ...v8, default: { ...v8, setFlagsFromString }, setFlagsFromString };
});

const { loadInParallel } = await import('../../src/load/parallel.js');

describe('parallel load and the heap', () => {
  it('sets the heap growing factor before it parses, and parses every document once, in order', () => {
    const files = ['a', 'b', 'c'].map((id) => ({ id, name: `${id}.md`, path: `/${id}.md` }));
    const taken: string[] = [];
    let flagsAtFirstParse: string[] | null = null;
    loadInParallel(
      { workers: 0, script: '' },
      files,
      [],
      false,
      () => {},
      (file) => {
        flagsAtFirstParse ??= [...flags];
        return { id: file.id } as never;
      },
      (loaded) => taken.push((loaded as unknown as { id: string }).id),
    );
    expect(flagsAtFirstParse).toContain('--heap-growing-percent=50');
    expect(taken).toEqual(['a', 'b', 'c']);
  });
});
