/**
 * Text as another reading of it for a case-insensitive pattern: each letter in either case, the
 * letters whose case folding is k or s (KELVIN SIGN, LONG S), or U+0345 or an accent after a letter.
 * The caseless() tests hold a rewritten `u` pattern to its `iu` form on such text.
 */
export function recase(text: string, rand: () => number, opts: { accent: string; spaces?: boolean }): string {
  let out = '';
  for (const c of text) {
    const r = rand();
    if (c === 'k' || c === 'K') out += r < 0.15 ? '\u212A' : r < 0.55 ? 'k' : 'K';
    else if (c === 's' || c === 'S') out += r < 0.15 ? '\u017F' : r < 0.55 ? 's' : 'S';
    else if (/[a-z]/i.test(c)) out += r < 0.45 ? c.toLowerCase() : r < 0.9 ? c.toUpperCase() : c + (r < 0.95 ? '\u0345' : opts.accent);
    // a space now and then as a tab or a no-break space
    else out += opts.spaces && c === ' ' ? (r < 0.05 ? '\t' : r < 0.08 ? '\u00a0' : c) : c;
  }
  return out;
}
