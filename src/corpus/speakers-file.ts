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
import { existsSync, readFileSync } from 'node:fs';
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
    text = readFileSync(path, 'utf8');
  } catch (err) {
    return { entries: [], problems: [{ file: SPEAKERS_FILE, line: 1, message: `cannot read: ${(err as NodeJS.ErrnoException).code ?? String(err)}` }] };
  }
  // Reuse the front matter reader's safe YAML (no code, no aliases, no prototype keys)
  // by presenting the file as a front matter block.
  let data: Record<string, unknown>;
  try {
    data = parseFrontMatter(`---\n${text.replace(/^\uFEFF/, '')}\n---\n`).data;
  } catch (err) {
    if (err instanceof FrontMatterError) {
      return { entries: [], problems: [{ file: SPEAKERS_FILE, line: Math.max(1, err.line - 1), message: err.message.replace('front matter', 'speakers.yml') }] };
    }
    throw err;
  }
  const entries: SpeakerEntry[] = [];
  const problems: SpeakersFileResult['problems'] = [];
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

function lineOf(text: string, key: string): number {
  const idx = text.split(/\r\n|\n|\r/).findIndex((l) => l.startsWith(key));
  return idx >= 0 ? idx + 1 : 1;
}
