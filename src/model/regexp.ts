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

/** One code point that is a letter, in any script (what `[\p{L}]` takes at a word's edge). */
export const LETTER = lazy(() => /^\p{L}$/u);

/**
 * Whether `text` holds `word` with no code point that `edge` takes just before or just after it:
 * what ``new RegExp(`(?<![\p{L}])${escapeRegExp(word)}(?![\p{L}])`, 'u').test(text)`` says (with
 * `edge` the class in the lookarounds), without a pattern per word. The parsers ask it of every
 * word of a person's name against a sentence, several thousand times in a corpus of a few hundred
 * documents, and each new pattern cost V8 a parse and a compile of its `\p{…}` classes (0.2 ms,
 * a hundred times the match). Code points are read as the `u` flag reads them: a surrogate pair
 * on either side is one character.
 */
export function hasWholeWord(text: string, word: string, edge: RegExp = LETTER()): boolean {
  // (no parser asks of an empty word; the pattern's own answer keeps the two the same for it)
  if (!word) return new RegExp(`(?<!${edge.source.slice(1, -1)})(?!${edge.source.slice(1, -1)})`, 'u').test(text);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const before = at === 0 ? '' : at >= 2 && isLowSurrogate(text.charCodeAt(at - 1)) && isHighSurrogate(text.charCodeAt(at - 2)) ? text.slice(at - 2, at) : text[at - 1]!;
    if (before && edge.test(before)) continue;
    const after = end < text.length ? String.fromCodePoint(text.codePointAt(end)!) : '';
    if (after && edge.test(after)) continue;
    // in the middle of a surrogate pair the `u` flag starts no match
    if (isLowSurrogate(word.charCodeAt(0)) && at > 0 && isHighSurrogate(text.charCodeAt(at - 1))) continue;
    if (isHighSurrogate(word.charCodeAt(word.length - 1)) && isLowSurrogate(text.charCodeAt(end))) continue;
    return true;
  }
  return false;
}
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** What an ASCII letter matches under the `iu` flags: its two cases, and for k and s a third letter (KELVIN SIGN, LONG S). */
function letterAnyCase(c: string): string {
  const lower = c.toLowerCase();
  return lower === 'k' ? 'kK\\u212A' : lower === 's' ? 'sS\\u017F' : lower + lower.toUpperCase();
}

/**
 * The source of a `u` pattern that matches what `source` matches with the
 * `iu` flags, for patterns of words, classes, `\s`, `\d`, `\p{L}` and `\p{N}`
 * (anything else throws): each ASCII letter becomes the class of what it
 * matches case-insensitively, `\p{L}` also takes U+0345 (the one non-letter
 * whose case folding is a letter), `\p{N}` is closed under case folding.
 * The `i` flag makes V8 add every case equivalent of each class when it
 * compiles a pattern: for a `\p{L}` class, thousands of ranges, once per place
 * it stands (one pattern of person nouns took 20–30 ms to compile with `giu`,
 * 1–2 ms with `gu`). test/model/caseless.test.ts holds each piece to the `iu`
 * reading over every code point.
 */
export function caseless(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const e = source[i + 1];
      if (e === 'p' && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 3, end);
        if (name !== 'L' && name !== 'N') throw new Error(`caseless: \\p{${name}}`);
        const set = name === 'L' ? '\\p{L}\\u0345' : '\\p{N}';
        out += inClass ? set : name === 'L' ? `[${set}]` : set;
        i = end;
      } else if (e === 'u') {
        const len = source[i + 2] === '{' ? source.indexOf('}', i) - i + 1 : 6;
        const code = Number.parseInt(source.slice(i + 2, i + len).replace(/[{}]/g, ''), 16);
        if (hasCase(String.fromCodePoint(code))) throw new Error(`caseless: ${source.slice(i, i + len)}`);
        out += source.slice(i, i + len);
        i += len - 1;
      } else if (e !== undefined && 'sdtnr.*+?^${}()|[]\\/-'.includes(e)) {
        out += c + e;
        i++;
      } else throw new Error(`caseless: \\${e}`);
    } else if (c === '(' && source[i + 1] === '?') {
      // a group's opening: (?: (?= (?! (?<= (?<! and a named group's (?<name>, whose name stays as written
      GROUP_NAME.lastIndex = i;
      const named = GROUP_NAME.exec(source);
      const open = named ? named[0] : source.slice(i, i + (source[i + 2] === '<' ? 4 : 3));
      out += open;
      i += open.length - 1;
    } else if (c === '[') {
      if (inClass) throw new Error('caseless: nested class');
      inClass = true;
      out += c;
      if (source[i + 1] === '^') out += source[++i];
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (inClass && (source[i + 1] === '-' || source[i - 1] === '-')) throw new Error('caseless: a range of letters');
      out += inClass ? letterAnyCase(c) : `[${letterAnyCase(c)}]`;
    } else {
      // an ASCII character other than a letter has no case (and toLowerCase per character was most of this function's cost)
      if (c > '\x7f' && (hasCase(c) || (c >= '\ud800' && c <= '\udfff'))) throw new Error(`caseless: ${c}`);
      out += c;
    }
  }
  return out;
}

/**
 * `new RegExp(source, flags)` for `iu` flags, built as `caseless(source)` with
 * the flags less `i`: the same matches without the `i` flag's compile cost
 * (the figure passes' `giu` patterns: 2–4 ms each to compile with `i`).
 * test/figures/caseless.test.ts holds each figure pattern to its `iu` form.
 */
export function caselessRegExp(source: string, flags: string): RegExp {
  if (!flags.includes('i') || !flags.includes('u')) throw new Error(`caselessRegExp: flags ${flags}`);
  return new RegExp(caseless(source), flags.replace('i', ''));
}

/** A named group's opening, `(?<name>`, at lastIndex. */
const GROUP_NAME = /\(\?<([A-Za-z_]\w*)>/y;

function hasCase(c: string): boolean {
  return c.toLowerCase() !== c || c.toUpperCase() !== c;
}
