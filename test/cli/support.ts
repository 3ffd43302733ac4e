/**
 * Reading quarry's structured output back, the way a script would: NDJSON per
 * line, CSV with a small RFC 4180 parser, and a JSON Schema checker for the
 * subset of draft 2020-12 that docs/record.schema.json uses. Tests compare the
 * parsed values, never the text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

export function parseNdjson(text: string): unknown[] {
  if (text === '') return [];
  if (!text.endsWith('\n')) throw new Error('NDJSON must end with a newline');
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => JSON.parse(line));
}

/**
 * RFC 4180: records end with CRLF (quarry writes CRLF; a lone LF inside a
 * quoted field is data); a field in double quotes may hold commas, quotes
 * (doubled) and line breaks. Strict: a quote inside an unquoted field, text
 * after a closing quote, or an unterminated quote throws.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const n = text.length;
  if (n === 0) return rows;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= n) throw new Error('unterminated quoted field');
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += ch;
        i++;
      }
      if (i < n && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (i < n && text[i] !== ',' && !text.startsWith('\r\n', i)) {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        if (text[i] === '\n' || text[i] === '\r') throw new Error(`bare line break in an unquoted field at ${i}`);
        field += text[i];
        i++;
      }
    }
    row.push(field);
    if (i >= n) throw new Error('the last record lacks its CRLF');
    if (text[i] === ',') {
      i++;
      continue;
    }
    // CRLF
    i += 2;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
  }
}

/** CSV rows as objects keyed by the header; every row has exactly the header's width. */
export function csvObjects(text: string): { header: string[]; rows: Record<string, string>[] } {
  const [header, ...rest] = parseCsv(text);
  if (!header) throw new Error('no header row');
  for (const r of rest) if (r.length !== header.length) throw new Error(`row of ${r.length} fields, header of ${header.length}`);
  return { header, rows: rest.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!]))) };
}

// ---------------------------------------------------------------- JSON Schema (subset)

type Schema = Record<string, unknown>;
export const SUPPORTED_KEYWORDS = new Set([
  '$schema', '$id', '$ref', '$defs', 'title', 'description',
  'type', 'enum', 'properties', 'required', 'additionalProperties', 'items', 'minimum', 'minLength', 'pattern',
]);

export function loadSchema(): Schema {
  return JSON.parse(readFileSync(join(ROOT, 'docs', 'record.schema.json'), 'utf8')) as Schema;
}

function resolvePointer(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#')) throw new Error(`only local $ref is supported: ${ref}`);
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').filter(Boolean)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (!node || typeof node !== 'object' || !(key in node)) throw new Error(`unresolved $ref ${ref}`);
    node = (node as Record<string, unknown>)[key];
  }
  return node as Schema;
}

/** Every keyword used anywhere in the schema, so a test can assert the checker knows them all. */
export function keywordsOf(schema: unknown, out = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object') return out;
  for (const [k, v] of Object.entries(schema)) {
    out.add(k);
    if (k === 'properties' || k === '$defs') for (const sub of Object.values(v as object)) keywordsOf(sub, out);
    else if (k === 'items' || k === 'additionalProperties') keywordsOf(v, out);
  }
  return out;
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function typeMatches(v: unknown, t: string): boolean {
  switch (t) {
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    default:
      return typeOf(v) === t;
  }
}

/** Errors of `value` against `schema` (empty: valid), each as `path: problem`. */
export function validate(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  const errors: string[] = [];
  for (const k of Object.keys(schema)) if (!SUPPORTED_KEYWORDS.has(k)) errors.push(`${path}: schema keyword '${k}' is not supported by this checker`);
  if (typeof schema.$ref === 'string') errors.push(...validate(value, resolvePointer(root, schema.$ref), root, path));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((t) => typeMatches(value, t))) {
      errors.push(`${path}: ${typeOf(value)} is not ${types.join(' or ')}`);
      return errors;
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => e === value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === 'number' && typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`);
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items && typeof schema.items === 'object') {
    value.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, root, `${path}[${i}]`)));
  }
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const r of (schema.required ?? []) as string[]) if (!(r in obj)) errors.push(`${path}: missing '${r}'`);
    for (const [k, v] of Object.entries(obj)) {
      if (props[k]) errors.push(...validate(v, props[k]!, root, `${path}.${k}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected property '${k}'`);
    }
  }
  return errors;
}

export function validateAt(value: unknown, ref: string): string[] {
  const root = loadSchema();
  return validate(value, { $ref: ref }, root);
}
