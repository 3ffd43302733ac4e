/**
 * `speakers.yml`: canonical names and aliases, optional in any corpus folder.
 *
 *   He Yi:
 *     aliases: [Yi He, Yi, 何一]
 *   CZ:
 *     aliases: [Changpeng Zhao]
 *
 * `Name: [alias, …]` is accepted too.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FrontMatterError, parseFrontMatter } from './frontmatter.js';
import type { SpeakerEntry } from '../model/speakers.js';

export const SPEAKERS_FILE = 'speakers.yml';

export interface SpeakersFileResult {
  entries: SpeakerEntry[];
  problems: { file: string; line: number; message: string }[];
}

export function readSpeakersFile(dir: string): SpeakersFileResult {
  const path = join(dir, SPEAKERS_FILE);
  if (!existsSync(path)) return { entries: [], problems: [] };
  let text: string;
  try {
    // A pipe or device named speakers.yml would block a read forever.
    if (!statSync(path).isFile()) return { entries: [], problems: [{ file: SPEAKERS_FILE, line: 1, message: 'cannot read: not a regular file' }] };
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { entries: [], problems: [{ file: SPEAKERS_FILE, line: 1, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }] };
  }
  // Reuse the front matter reader's safe YAML (no code, no aliases, no prototype keys)
  // by presenting the file as a front matter block.
  let data: Record<string, unknown>;
  const problems: SpeakersFileResult['problems'] = [];
  const yamlText = oneDocument(text.replace(/^\uFEFF/, ''), problems);
  try {
    const fm = parseFrontMatter(`---\n${yamlText}\n---\n`);
    data = fm.data;
    for (const k of fm.droppedKeys ?? []) {
      problems.push({ file: SPEAKERS_FILE, line: Math.max(1, k.line - 1), message: `key '${k.key}' is not allowed in speakers.yml: ignored` });
    }
  } catch (err) {
    if (err instanceof FrontMatterError) {
      // (an error at the end of the stream, "[Ana, …" never closed, is placed on the file's last line with words, never past it)
      // (its column then is the end's, no place on that line)
      const lastLine = Math.max(1, text.replace(/\s+$/, '').split('\n').length);
      const pastEnd = err.line - 1 > lastLine;
      const message = err.message.replace('front matter', 'speakers.yml');
      return { entries: [], problems: [{ file: SPEAKERS_FILE, line: pastEnd ? lastLine : Math.max(1, err.line - 1), message: pastEnd ? message.replace(/ \(column \d+\)$/, '') : message }] };
    }
    throw err;
  }
  const entries: SpeakerEntry[] = [];
  for (const [name, value] of Object.entries(data)) {
    if (/^\d+$/.test(name) && typeof value === 'string') {
      entries.push({ name: value, aliases: [] });
      continue;
    }
    let aliases: unknown = value;
    if (value && typeof value === 'object' && !Array.isArray(value)) aliases = (value as Record<string, unknown>).aliases ?? [];
    if (aliases === null || aliases === undefined) aliases = [];
    if (typeof aliases === 'string') aliases = [aliases];
    if (!Array.isArray(aliases) || aliases.some((a) => typeof a !== 'string' && typeof a !== 'number')) {
      problems.push({ file: SPEAKERS_FILE, line: lineOf(text, name), message: `aliases of '${name}' must be a list of names` });
      continue;
    }
    entries.push({ name, aliases: aliases.map(String) });
  }
  return { entries, problems };
}

/**
 * The block the front matter reader can take: its delimiters are `---` and
 * `...` lines, which YAML also uses to start and end documents. A leading
 * `---` becomes a comment (line numbers stay), and the text stops at the next
 * marker; a second document after it is reported, not read.
 */
function oneDocument(text: string, problems: SpeakersFileResult['problems']): string {
  const lines = text.split(/\r\n|\n|\r/);
  const MARKER = /^(?:---|\.\.\.)[ \t]*$/;
  const BLANK = /^[ \t]*(?:#.*)?$/;
  const first = lines.findIndex((l) => !BLANK.test(l));
  if (first >= 0 && /^---[ \t]*$/.test(lines[first]!)) lines[first] = `#${lines[first]!}`;
  const end = lines.findIndex((l) => MARKER.test(l));
  if (end < 0) return lines.join('\n');
  if (lines.slice(end + 1).some((l) => !BLANK.test(l) && !MARKER.test(l))) {
    problems.push({ file: SPEAKERS_FILE, line: end + 1, message: 'speakers.yml holds more than one YAML document: only the first is read' });
  }
  return lines.slice(0, end).join('\n');
}

function lineOf(text: string, key: string): number {
  const idx = text.split(/\r\n|\n|\r/).findIndex((l) => l.startsWith(key));
  return idx >= 0 ? idx + 1 : 1;
}
