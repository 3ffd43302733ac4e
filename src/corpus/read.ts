/**
 * Reading one document's bytes and turning them into text: the size limit,
 * the regular-file check, binary refusal and the encodings quarry accepts.
 *
 * - UTF-8, with or without a byte-order mark.
 * - UTF-16 LE or BE that starts with its byte-order mark (Word's "Save as
 *   text", many Windows tools): the mark states the encoding without doubt.
 * - Text that is not UTF-8 but reads as Windows-1252 (curly quotes as single
 *   bytes): decoded, with a warning, since that is a guess. Where the bytes
 *   are a classic Mac's (Mac OS Roman: its curly quotes 0xD2–0xD5 sit where
 *   a quote or an apostrophe goes, more often than Windows-1252's do, and the
 *   lines end in a lone CR, or such quotes are many), read as Mac OS Roman,
 *   with its own warning.
 * - Anything else is refused with one line saying why and, where the bytes
 *   show it, on which line.
 *
 * The decoded text never starts with a byte-order mark, and its lines are the
 * file's lines: line numbers count the same in every encoding.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Larger files are refused unread: no interview is 64 MB of text, and reading one would take minutes. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'macintosh';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** set when the encoding was guessed (Windows-1252): a warning for the file, at `line` */
  warning?: { line: number | null; message: string };
}

export interface ReadFailure {
  /** 1-based line where the problem shows, or null for the whole file */
  line: number | null;
  message: string;
}

/**
 * The file's bytes, or why they cannot be had. Opened once and checked to be
 * a regular file first, so a pipe or device slipped in between the folder
 * listing and now is never read (it could block forever).
 */
export function readDocumentBytes(path: string, maxBytes = MAX_FILE_BYTES): Buffer | ReadFailure {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    return cannotRead(err);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { line: null, message: 'cannot read file: not a regular file' };
    if (st.size > maxBytes) return tooLarge(st.size, maxBytes);
    const buf = Buffer.alloc(st.size);
    let got = 0;
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === buf.length ? buf : buf.subarray(0, got);
  } catch (err) {
    return cannotRead(err);
  } finally {
    closeSync(fd);
  }
}

export function tooLarge(size: number, maxBytes = MAX_FILE_BYTES): ReadFailure {
  return { line: null, message: `file too large: ${(size / (1024 * 1024)).toFixed(1)} MB (documents are read up to ${maxBytes / (1024 * 1024)} MB)` };
}

/** A file's decoded text (for showing its lines), or why it cannot be had. */
export function readDocumentText(path: string): DecodedText | ReadFailure {
  const bytes = readDocumentBytes(path);
  return Buffer.isBuffer(bytes) ? decodeDocument(bytes) : bytes;
}

export function isReadFailure(x: unknown): x is ReadFailure {
  return !!x && typeof x === 'object' && 'message' in x && !('text' in x);
}

function cannotRead(err: unknown): ReadFailure {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'ENOENT'
        ? 'it disappeared while being read'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? String(err));
  return { line: null, message: `cannot read file: ${why}` };
}

/** Signatures of binary formats often found renamed: named in the message instead of a NUL byte's line. */
const MAGIC: { name: string; bytes: number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a ZIP archive (or a .docx/.xlsx/.epub)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
];

const startsWith = (buf: Uint8Array, bytes: readonly number[]) => buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true });
const CP1252 = new TextDecoder('windows-1252');

/**
 * Windows-1252's characters for bytes 0x80–0x9F (WHATWG index), undefined
 * bytes left as their C1 control. Node 20.18.3+ and 22.13+ decode
 * 'windows-1252' as Latin-1, giving C1 controls for these bytes
 * (nodejs/node#60888); mapping them here gives the right text on every
 * version (a correct decoder leaves no C1 control to map).
 */
const CP1252_HIGH = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeCp1252(buf: Uint8Array): string {
  return CP1252.decode(buf).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

/**
 * Bytes Windows-1252 leaves undefined (the WHATWG decoder maps them to C1
 * controls), and C0 controls no text file holds: either means the bytes are
 * not Windows-1252 text, so the guess is not taken.
 */
const NOT_CP1252 = /[\u0081\u008d\u008f\u0090\u009d\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

/** The document's text, or why its bytes are not text quarry reads. Pure. */
export function decodeDocument(buf: Uint8Array): DecodedText | ReadFailure {
  // A byte-order mark names the encoding; the decoders drop it.
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return utf8OrFailure(buf);
  for (const [bom, decoder, encoding] of [
    [[0xff, 0xfe], UTF16LE, 'utf-16le'],
    [[0xfe, 0xff], UTF16BE, 'utf-16be'],
  ] as const) {
    if (!startsWith(buf, bom)) continue;
    let text: string;
    try {
      text = decoder.decode(buf);
    } catch {
      return { line: null, message: `invalid ${encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}: an odd byte count or an unpaired surrogate` };
    }
    const nul = text.indexOf('\u0000');
    if (nul >= 0) return { line: lineOfChar(text, nul), message: 'binary file (NUL character): not a text document' };
    return { text, encoding };
  }
  return utf8OrFailure(buf);
}

function utf8OrFailure(buf: Uint8Array): DecodedText | ReadFailure {
  const nul = buf.indexOf(0);
  if (nul < 0) {
    try {
      return { text: UTF8.decode(buf), encoding: 'utf-8' };
    } catch {
      // not UTF-8: below
    }
  }
  for (const m of MAGIC) if (startsWith(buf, m.bytes)) return { line: null, message: `binary file (${m.name}): not a text document` };
  if (nul >= 0) {
    // Every other byte NUL in the first lines: UTF-16 without the mark that would say which.
    if (looksLikeBomlessUtf16(buf)) return { line: null, message: 'UTF-16 text without a byte-order mark: save the file as UTF-8 (or UTF-16 with a BOM)' };
    return { line: lineAt(buf, nul), message: 'binary file (NUL byte): not a text document' };
  }
  const bad = firstInvalidUtf8(buf);
  if (looksLikeMacRoman(buf)) {
    const mac = decodeMacRoman(buf);
    if (mac !== null && !NOT_CP1252.test(mac)) {
      return {
        text: mac,
        encoding: 'macintosh',
        warning: { line: lineAt(buf, bad), message: 'not valid UTF-8: read as Mac OS Roman (save the file as UTF-8 to be sure)' },
      };
    }
  }
  const text = decodeCp1252(buf);
  if (NOT_CP1252.test(text)) return { line: lineAt(buf, bad), message: 'invalid UTF-8: save the file as UTF-8' };
  return {
    text,
    encoding: 'windows-1252',
    warning: { line: lineAt(buf, bad), message: 'not valid UTF-8: read as Windows-1252 (save the file as UTF-8 to be sure)' },
  };
}

let macDecoder: { decode(bytes: Uint8Array): string } | null | undefined;
function decodeMacRoman(buf: Uint8Array): string | null {
  if (macDecoder === undefined) {
    try {
      macDecoder = new TextDecoder('macintosh');
    } catch {
      macDecoder = null; // a Node built without the legacy encodings: Windows-1252 as before
    }
  }
  return macDecoder ? macDecoder.decode(buf) : null;
}

const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const opensQuote = (b: number | undefined) => b === undefined || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x28 || b === 0x09;
const closesQuote = (b: number | undefined) => b === undefined || b === 0x20 || b === 0x0a || b === 0x0d || b === 0x29 || b === 0x09 || b === 0x2c || b === 0x2e;

/**
 * Whether the bytes are Mac OS Roman rather than Windows-1252, read from where each one's
 * curly quotes stand: an apostrophe between two letters (`wasn’t`: 0xD5 on a Mac, 0x92 on
 * Windows), an opening quote before a word (0xD2 / 0x93) and a closing one after it (0xD3 /
 * 0x94). In Windows-1252 the Mac bytes are capitals (`wasnÕt`), which no word holds so. The
 * Mac's reading must be the more common; a file whose lines end in a lone CR (the classic Mac
 * line ending) needs one such quote, any other three.
 */
function looksLikeMacRoman(buf: Uint8Array): boolean {
  let mac = 0;
  let win = 0;
  let lf = false;
  let cr = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === 0x0a) lf = true;
    else if (b === 0x0d) cr = true;
    if (b < 0x80) continue;
    const before = i > 0 ? buf[i - 1] : undefined;
    const after = buf[i + 1];
    if (b === 0xd5 || b === 0xd4) mac += isLetter(before) && isLetter(after) ? 1 : 0;
    else if (b === 0x92) win += isLetter(before) && isLetter(after) ? 1 : 0;
    else if (b === 0xd2) mac += opensQuote(before) && isLetter(after) ? 1 : 0;
    else if (b === 0x93) win += opensQuote(before) && isLetter(after) ? 1 : 0;
    else if (b === 0xd3) mac += closesQuote(after) && before !== undefined && before > 0x20 ? 1 : 0;
    else if (b === 0x94) win += closesQuote(after) && before !== undefined && before > 0x20 ? 1 : 0;
  }
  return mac > win && mac >= (cr && !lf ? 1 : 3);
}

function looksLikeBomlessUtf16(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 512) & ~1;
  if (n < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  return (evenNul > half * 0.9 && oddNul === 0) || (oddNul > half * 0.9 && evenNul === 0);
}

/** Offset of the first byte that is not part of well-formed UTF-8 (buf.length when none is found). Linear. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return buf.length; // the decoder refused something the scan accepts: blame the end
}

/** 1-based line of a byte offset; \r\n, \n and a lone \r each end a line. */
function lineAt(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 0x0a || (buf[i] === 0x0d && buf[i + 1] !== 0x0a)) line++;
  return line;
}

/** 1-based line of a character offset, counted as lineAt counts bytes. */
function lineOfChar(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}
