/** A string matched literally inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `[...text.matchAll(re)]` for a global regex, without the copy of the regex
 * matchAll makes on every call (three times the cost of the matching itself on
 * a short sentence, and the parsers and figure passes run thousands of regexes
 * per document). Like matchAll it starts at `re.lastIndex` and leaves it as it
 * was, and steps past an empty match by one character (one code point with
 * the `u` or `v` flag), so the matches are the same.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const saved = re.lastIndex;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = saved;
  return out;
}

function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const c = text.charCodeAt(index);
  if (c < 0xd800 || c > 0xdbff) return index + 1;
  const d = text.charCodeAt(index + 1);
  return d >= 0xdc00 && d <= 0xdfff ? index + 2 : index + 1;
}

/**
 * A value made at its first use, then kept: `const RE = lazy(() => /…/u)`,
 * used as `RE()`. For the parsers' and figure passes' module-level patterns:
 * V8 parses a pattern when it is created (a `\p{…}` escape makes ICU build
 * its character set then, ≈ 0.5 M instructions) and again when it first runs,
 * so a run that reads one changed document paid for several hundred patterns
 * its document's shape never runs.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
