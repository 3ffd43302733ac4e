/**
 * A doc comment describes the declaration under it: an editor shows it on hover, and a reader takes
 * it for that declaration's reason. A constant inserted between a comment and its declaration leaves
 * the comment describing the wrong thing (76 had piled up so before they were put back), so no
 * top-level doc comment in src/ may stand right over another.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

/** The top-level doc comments of a file's text that stand right over another one: "file:line" of each. */
function strandedDocComments(text: string, name: string): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.startsWith('/**')) continue;
    let end = i;
    while (end < lines.length && !lines[end]!.includes('*/')) end++;
    if (lines[end + 1]?.startsWith('/**')) out.push(`${name}:${i + 1}`);
    i = end;
  }
  return out;
}

describe('doc comments in src/', () => {
  it('each stands on a declaration, never right over another doc comment', () => {
    const stranded = sources(SRC).flatMap((f) => strandedDocComments(readFileSync(f, 'utf8'), relative(SRC, f)));
    expect(stranded).toEqual([]);
  });

  it('the check sees a comment stranded by a constant inserted under it', () => {
    const stranded = ['/** Why the function does it. */', '/** The new constant. */', 'const X = 1;', 'function f() {}', ''].join('\n');
    expect(strandedDocComments(stranded, 'a.ts')).toEqual(['a.ts:1']);
    const placed = ['/** The new constant. */', 'const X = 1;', '/**', ' * Why the function does it.', ' */', 'function f() {}', ''].join('\n');
    expect(strandedDocComments(placed, 'a.ts')).toEqual([]);
  });
});
