// Front matter: the YAML block between a first line `---` and the next line
// `---` (or `...`). YAML is read through gray-matter with a js-yaml
// `safeLoad` engine; no code path can evaluate JavaScript front matter.
// Hugo's TOML (`+++` … `+++`, flat `key = value` lines and `[table]`s) and
// JSON (`{` … `}` alone on their lines) front matter are read as data only.
//
// Safety rules (see docs in the tests):
// - the opening line is checked here before gray-matter sees anything, so
//   `---js`, `---javascript`, `---coffee`… never reach an engine; every
//   non-YAML engine handed to gray-matter throws anyway;
// - gray-matter is always called with an options object (no global cache);
// - YAML anchors/aliases are refused (no alias bombs, no shared structures);
// - keys `__proto__`, `constructor` and `prototype` are dropped and every
//   mapping is returned as a null-prototype object.

import matter from 'gray-matter';
import yaml from 'js-yaml';

export class FrontMatterError extends Error {
  constructor(
    message: string,
    public readonly line: number,
  ) {
    super(message);
    this.name = 'FrontMatterError';
  }
}

export interface FrontMatter {
  data: Record<string, unknown>;
  body: string;
  bodyLine: number;
  hasFrontMatter: boolean;
  /**
   * The file line of each top-level key written in block style (`date: …` on
   * line 3 gives `{ date: 3 }`), so a value's problem can name its line. A
   * key written otherwise (in a flow mapping, through a `<<` merge) has none.
   */
  keyLines: Record<string, number>;
  /**
   * Keys dropped for safety (`__proto__`, `constructor`, `prototype`, at any
   * depth), each with the file line that first mentions it. Present only when
   * some were dropped, so the caller can refuse or report the document.
   */
  droppedKeys?: { key: string; line: number }[];
}

const BOM = '\uFEFF';
const OPEN_RE = /^---[ \t]*$/;
// `---yaml` / `---yml` name the one language we read: accept them.
const OPEN_YAML_RE = /^---[ \t]*ya?ml[ \t]*$/i;
const CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/;
const LANGUAGE_RE = /^[A-Za-z][A-Za-z0-9_.+-]*$/;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const BLANK_YAML_RE = /^(?:[ \t]*(?:#[^\r\n]*)?(?:\r\n|\r|\n|$))*$/;
const ALIAS_MESSAGE = 'YAML aliases are not allowed in front matter';

interface Line {
  /** Offset of the line's first character. */
  start: number;
  /** Offset just past the line's last character (before its line break). */
  end: number;
  /** Offset of the next line (past the line break), or text.length. */
  next: number;
}

/** Reads the line starting at `start`; \r\n, \n and a lone \r end a line. */
function readLine(text: string, start: number): Line {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return { start, end: i, next: i + 1 };
    if (c === 0x0d) {
      return { start, end: i, next: text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1 };
    }
    i++;
  }
  return { start, end: i, next: i };
}

function quoteForMessage(s: string): string {
  const oneLine = s.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 40)}…` : oneLine;
}

/** A text read without front matter (a JSON transcript, which is data from its first brace). */
export function noFrontMatter(text: string): FrontMatter {
  return { data: Object.create(null) as Record<string, unknown>, body: text.startsWith(BOM) ? text.slice(1) : text, bodyLine: 1, hasFrontMatter: false, keyLines: {} };
}

export function parseFrontMatter(text: string): FrontMatter {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const first = readLine(src, 0);
  const firstLine = src.slice(first.start, first.end);

  const noFrontMatter = (): FrontMatter => ({ data: Object.create(null) as Record<string, unknown>, body: src, bodyLine: 1, hasFrontMatter: false, keyLines: {} });
  // Hugo's other two front matters: TOML between `+++` lines, a JSON object whose braces stand alone.
  if (TOML_FENCE_RE.test(firstLine)) return otherFrontMatter(src, first, TOML, readToml) ?? noFrontMatter();
  if (OPEN_JSON_RE.test(firstLine)) return otherFrontMatter(src, first, JSON_OBJECT, readJson) ?? noFrontMatter();
  if (!firstLine.startsWith('---')) return noFrontMatter();
  if (!OPEN_RE.test(firstLine) && !OPEN_YAML_RE.test(firstLine)) {
    const rest = firstLine.slice(3).trim();
    if (LANGUAGE_RE.test(rest)) {
      throw new FrontMatterError(
        `front matter language '${quoteForMessage(rest)}' is not allowed: only YAML front matter is read`,
        1,
      );
    }
    // Only a line that is exactly `---` opens front matter: "--- Log opened Thu Oct 05 2017"
    // (an IRC log), "--- Interview 3 ---" or a rule of dashes is the document's first line.
    return noFrontMatter();
  }

  // Find the closing delimiter.
  let lineNo = 1;
  let pos = first.next;
  let close: Line | null = null;
  while (pos < src.length) {
    lineNo++;
    const line = readLine(src, pos);
    if (CLOSE_RE.test(src.slice(line.start, line.end))) {
      close = line;
      break;
    }
    pos = line.next;
  }
  if (close === null) {
    throw new FrontMatterError('front matter opened on line 1 is never closed', 1);
  }
  const closeLine = lineNo;
  const yamlText = src.slice(first.next, close.start);
  const dropped = new Set<string>();
  const data = parseYamlBlock(yamlText, closeLine, dropped);
  const fm: FrontMatter = { data, body: src.slice(close.next), bodyLine: closeLine + 1, hasFrontMatter: true, keyLines: topLevelKeyLines(yamlText) };
  if (dropped.size > 0) fm.droppedKeys = [...dropped].map((key) => ({ key, line: firstMention(yamlText, key) }));
  return fm;
}

/** TOML front matter opens and closes on the same fence. */
const TOML_FENCE_RE = /^\+\+\+[ \t]*$/;
const OPEN_JSON_RE = /^\{[ \t]*$/;
const CLOSE_JSON_RE = /^\}[ \t]*$/;

/**
 * Front matter in Hugo's other forms: TOML between `+++` lines, a JSON object whose opening and
 * closing braces stand alone on their lines. Read by `read` (the block's lines, its first file
 * line) into the keys YAML front matter would give. Null when the block never closes, or (JSON)
 * is no object: then the first line is the document's.
 */
interface OtherForm {
  close: RegExp;
  /** the fences are part of what is read (a JSON object's braces), not only its delimiters (TOML's `+++`) */
  fencesRead: boolean;
  /** an unclosed block is an error (`+++` can open nothing else); else the first line is the document's */
  unclosedIsError: boolean;
}
const TOML: OtherForm = { close: TOML_FENCE_RE, fencesRead: false, unclosedIsError: true };
const JSON_OBJECT: OtherForm = { close: CLOSE_JSON_RE, fencesRead: true, unclosedIsError: false };

function otherFrontMatter(
  src: string,
  first: Line,
  form: OtherForm,
  read: (block: string[], firstLine: number) => { data: Record<string, unknown>; keyLines: Record<string, number> } | null,
): FrontMatter | null {
  let lineNo = 1;
  let pos = first.next;
  while (pos < src.length && lineNo < 500) {
    lineNo++;
    const line = readLine(src, pos);
    if (form.close.test(src.slice(line.start, line.end))) {
      const inner = src.slice(first.next, line.start).split(/\r\n|\n|\r/);
      if (inner[inner.length - 1] === '') inner.pop();
      const block = form.fencesRead ? ['{', ...inner, '}'] : inner;
      const got = read(block, form.fencesRead ? 1 : 2);
      if (!got) return null;
      const dropped = new Set<string>();
      const data = clean(got.data, dropped) as Record<string, unknown>;
      const fm: FrontMatter = { data, body: src.slice(line.next), bodyLine: lineNo + 1, hasFrontMatter: true, keyLines: got.keyLines };
      if (dropped.size > 0) fm.droppedKeys = [...dropped].map((key) => ({ key, line: 1 + Math.max(1, inner.findIndex((l) => l.includes(key)) + 1) }));
      return fm;
    }
    pos = line.next;
  }
  if (form.unclosedIsError) throw new FrontMatterError('front matter opened on line 1 is never closed', 1);
  return null;
}

/** A JSON object's top-level keys, each on a line of its own. */
function readJson(block: string[], firstLine: number): { data: Record<string, unknown>; keyLines: Record<string, number> } | null {
  let value: unknown;
  try {
    value = JSON.parse(block.join('\n'));
  } catch {
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const keyLines = Object.create(null) as Record<string, number>;
  block.forEach((l, i) => {
    const m = /^\s{1,8}"((?:[^"\\]|\\.)*)"\s*:/.exec(l);
    if (m && !(m[1]! in keyLines)) keyLines[m[1]!] = firstLine + i;
  });
  return { data: value as Record<string, unknown>, keyLines };
}

/** A TOML value as front matter writes one: a string, a number, a boolean, a date kept as written, a list of them. */
function tomlValue(raw: string): { value: unknown } | null {
  const v = raw.replace(/\s+#[^"']*$/, '').trim();
  if (/^"(?:[^"\\]|\\.)*"$/.test(v)) return { value: JSON.parse(v) as string };
  if (/^'[^']*'$/.test(v)) return { value: v.slice(1, -1) };
  if (v === 'true' || v === 'false') return { value: v === 'true' };
  if (/^[+-]?\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(v)) return { value: Number(v.replace(/_/g, '')) };
  if (/^\d{4}-\d{2}-\d{2}(?:[Tt ][\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(v)) return { value: v };
  if (v.startsWith('[') && v.endsWith(']')) {
    const items: unknown[] = [];
    for (const m of v.slice(1, -1).matchAll(/\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*?)\s*(?:,|$)/g)) {
      if (!m[1]) continue;
      const item = tomlValue(m[1]);
      if (!item) return null;
      items.push(item.value);
    }
    return { value: items };
  }
  return null;
}

/**
 * TOML front matter's `key = value` lines, and `[table]` headers over keys of their own. A line
 * read no other way (a multi-line string, an inline table) is refused with its line.
 */
function readToml(block: string[], firstLine: number): { data: Record<string, unknown>; keyLines: Record<string, number> } {
  const data = Object.create(null) as Record<string, unknown>;
  const keyLines = Object.create(null) as Record<string, number>;
  let table = data;
  block.forEach((line, i) => {
    const l = line.trim();
    if (!l || l.startsWith('#')) return;
    const header = /^\[([\w.-]{1,60})\]$/.exec(l);
    if (header) {
      table = data;
      for (const part of header[1]!.split('.')) {
        const next = (table[part] ??= Object.create(null)) as unknown;
        // "title = …" then "[title]": a table cannot be opened over a value.
        if (next === null || typeof next !== 'object' || Array.isArray(next)) {
          throw new FrontMatterError(`invalid TOML in front matter: [${header[1]}] names a key that already holds a value`, firstLine + i);
        }
        table = next as Record<string, unknown>;
      }
      return;
    }
    const kv = /^("[^"]{1,60}"|[\w-]{1,60})\s*=\s*(.+)$/.exec(l);
    const value = kv ? tomlValue(kv[2]!) : null;
    if (!kv || !value) throw new FrontMatterError('invalid TOML in front matter: only `key = value` lines and `[table]` headers are read', firstLine + i);
    const key = kv[1]!.replace(/^"|"$/g, '');
    table[key] = value.value;
    if (table === data && !(key in keyLines)) keyLines[key] = firstLine + i;
  });
  return { data, keyLines };
}

/** File line of the first front matter line naming `key` (the block starts on line 2). */
function firstMention(yamlText: string, key: string): number {
  const idx = yamlText.split(/\r\n|\n|\r/).findIndex((l) => l.includes(key));
  return idx >= 0 ? idx + 2 : 1;
}

/** A block mapping's key at the start of its line: plain, or in single or double quotes. */
const KEY_RE = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|((?!-[ \t]|-$|[#?{[\]&*!|>%@`'"])[^:#]*?))[ \t]*:(?:[ \t]|$)/;

/**
 * The file line of each top-level key (the block starts on line 2): the
 * lines indented as the first key is, read as `key:`. The first line naming a
 * key wins (YAML refuses a key given twice anyway).
 */
function topLevelKeyLines(yamlText: string): Record<string, number> {
  const lines = yamlText.split(/\r\n|\n|\r/);
  const out = Object.create(null) as Record<string, number>;
  let indent: string | null = null;
  lines.forEach((line, i) => {
    const body = line.trimStart();
    if (body === '' || body.startsWith('#')) return;
    const lead = line.slice(0, line.length - body.length);
    indent ??= lead;
    if (lead !== indent) return;
    const m = KEY_RE.exec(body);
    if (!m) return;
    const key = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[2] !== undefined ? m[2].replace(/''/g, "'") : m[3]!.trim();
    if (!(key in out)) out[key] = i + 2;
  });
  return out;
}

// ---------------------------------------------------------------------------
// YAML

/** A YAML 1.1 timestamp, but `2021-02-30` is left a string instead of rolling over to March 2. */
const DATE_RE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
const TIMESTAMP_RE =
  /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:[Tt]|[ \t]+)([0-9]{1,2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9]{1,2})(?::([0-9]{2}))?))?$/;

function matchTimestamp(data: string): RegExpExecArray | null {
  return DATE_RE.exec(data) ?? TIMESTAMP_RE.exec(data);
}

function isRealTimestamp(m: RegExpExecArray): boolean {
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return false;
  if (m[4] !== undefined) {
    if (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 60) return false;
    if (m[10] !== undefined && (Number(m[10]) > 23 || Number(m[11] ?? 0) > 59)) return false;
  }
  return true;
}

/**
 * YAML timestamps are kept as the strings written: js-yaml would make a Date
 * of `2024-01-01T00:30:00+10:00`, whose UTC day is 31 December 2023, while
 * the writer (Hugo writes this form) meant 1 January 2024. meta.ts reads the
 * calendar date from the text, and checks it (`2021-02-30` is no date). Any
 * other key given a timestamp gets its text, as it would any other scalar.
 */
const timestampAsWritten = new yaml.Type('tag:yaml.org,2002:timestamp', {
  kind: 'scalar',
  resolve(data: unknown): boolean {
    if (typeof data !== 'string') return false;
    const m = matchTimestamp(data);
    return m !== null && isRealTimestamp(m);
  },
  construct: (data: string): string => data,
});

/**
 * js-yaml's safe schema (no js/* types) with timestamps kept as written
 * replacing the default type (an implicit type overrides the included one of
 * its tag; `Schema.create` would add it as explicit and leave the default in
 * place).
 */
const SCHEMA = new yaml.Schema({ include: [yaml.DEFAULT_SAFE_SCHEMA], implicit: [timestampAsWritten] });

class AliasRefused extends Error {
  constructor(readonly anchor: string) {
    super(`anchor &${anchor}`);
  }
}

/** Throws as soon as the parser meets a node carrying an anchor (`&a`) or an alias (`*a`). */
function refuseAnchors(eventType: yaml.EventType, state: yaml.State): void {
  if (eventType !== 'close') return;
  const s = state as yaml.State & { anchor: string | null };
  // Every alias needs an anchor defined before it; an anchored node is
  // refused when it closes, before anything can refer to it from outside.
  if (s.anchor !== null && s.anchor !== undefined) throw new AliasRefused(s.anchor);
}

const GRAY_MATTER_DELIMITER = '---quarry-front-matter---';

function refuseEngine(name: string) {
  return (): never => {
    throw new FrontMatterError(`front matter language '${name}' is not allowed: only YAML front matter is read`, 1);
  };
}

/** Parses the YAML between the delimiters through gray-matter; `closeLine` is the closing line's number. */
function parseYamlBlock(yamlText: string, closeLine: number, dropped: Set<string>): Record<string, unknown> {
  let delimiter = GRAY_MATTER_DELIMITER;
  while (yamlText.includes(delimiter)) delimiter += '-';

  let parsed = false;
  let result: unknown;

  const yamlEngine = (str: string): object => {
    // gray-matter hands over everything after the opening delimiter: the
    // '\n' we put after it, then the block. Line 0 of `str` is that empty
    // line, so js-yaml's 0-based line n is file line n + 1.
    if (str !== '\n' + yamlText) throw new Error('internal error: gray-matter passed an unexpected front matter block');
    parsed = true;
    result = loadYaml(str, closeLine);
    return {};
  };

  const engines = {
    yaml: yamlEngine,
    yml: yamlEngine,
    js: refuseEngine('js'),
    javascript: refuseEngine('javascript'),
    coffee: refuseEngine('coffee'),
    coffeescript: refuseEngine('coffeescript'),
    cson: refuseEngine('cson'),
    json: refuseEngine('json'),
    toml: refuseEngine('toml'),
  };

  matter(`${delimiter}\n${yamlText}\n${delimiter}\n`, {
    language: 'yaml',
    delimiters: delimiter,
    excerpt: false,
    engines,
  });

  // gray-matter skips the engine when the block is blank or only comments,
  // and js-yaml reads a comment-only block as null: both mean "no keys".
  if (!parsed || result === undefined || (result === null && BLANK_YAML_RE.test(yamlText))) return Object.create(null) as Record<string, unknown>;

  if (result === null || typeof result !== 'object' || Array.isArray(result) || result instanceof Date || Buffer.isBuffer(result)) {
    throw new FrontMatterError(`front matter must be a mapping of keys to values, found ${describeKind(result)}`, 1);
  }
  try {
    return clean(result, dropped) as Record<string, unknown>;
  } catch (err) {
    if (err instanceof RangeError) throw new FrontMatterError('front matter is nested too deeply', 1);
    throw err;
  }
}

function loadYaml(str: string, closeLine: number): unknown {
  try {
    return yaml.safeLoad(str, { schema: SCHEMA, listener: refuseAnchors });
  } catch (err) {
    if (err instanceof AliasRefused) {
      // Point at the anchor (`&name`): the parser only notices it when its node closes, lines later.
      const idx = str.split(/\r\n|\n|\r/).findIndex((l) => l.includes(`&${err.anchor}`));
      throw new FrontMatterError(ALIAS_MESSAGE, idx > 0 ? idx + 1 : 1);
    }
    if (err instanceof yaml.YAMLException) {
      const e = err as yaml.YAMLException & { reason?: string; mark?: { line?: number; column?: number } };
      const reason = (e.reason ?? 'cannot parse').replace(/\s+/g, ' ').trim();
      if (/^unidentified alias/.test(reason) || /^name of an? (alias|anchor)/.test(reason)) {
        const line = typeof e.mark?.line === 'number' ? Math.min(Math.max(e.mark.line + 1, 2), Math.max(2, closeLine - 1)) : 1;
        throw new FrontMatterError(ALIAS_MESSAGE, line);
      }
      const lastYamlLine = Math.max(2, closeLine - 1);
      // A quoted value never closed: the parser notices at the end of the block; the quote opened
      // where the first line with an odd count of that quote mark is.
      const unclosed = /within a (double|single) quoted scalar/.exec(reason);
      if (unclosed) {
        const mark = unclosed[1] === 'double' ? '"' : "'";
        const lines = str.split(/\r\n|\n|\r/);
        const opensValue = new RegExp(`^\\s*(?:-\\s+)?(?:[^\\s:${mark}][^:${mark}]*:\\s+)?${mark}`);
        const idx = lines.findIndex((l, k) => k > 0 && opensValue.test(l) && (l.replace(/\\./g, '').split(mark).length - 1) % 2 === 1);
        if (idx > 0 && idx + 1 <= lastYamlLine) throw new FrontMatterError(`invalid YAML in front matter: a ${unclosed[1]}-quoted value is never closed (column ${lines[idx]!.indexOf(mark) + 1})`, idx + 1);
      }
      const line = typeof e.mark?.line === 'number' ? Math.min(Math.max(e.mark.line + 1, 2), lastYamlLine) : 1;
      const column = typeof e.mark?.column === 'number' ? ` (column ${e.mark.column + 1})` : '';
      throw new FrontMatterError(`invalid YAML in front matter: ${reason}${column}`, line);
    }
    if (err instanceof RangeError) throw new FrontMatterError('front matter is nested too deeply', 1);
    throw err;
  }
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (Buffer.isBuffer(value)) return 'binary data';
  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'a boolean';
    default:
      return `a ${typeof value}`;
  }
}

/** Copies parsed YAML into null-prototype mappings, dropping dangerous keys. */
function clean(value: unknown, dropped: Set<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, dropped));
  if (value !== null && typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value; // Date, Buffer
    const out = Object.create(null) as Record<string, unknown>;
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped.add(key);
        continue;
      }
      out[key] = clean((value as Record<string, unknown>)[key], dropped);
    }
    return out;
  }
  return value;
}
