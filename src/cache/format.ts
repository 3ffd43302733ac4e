/**
 * The cache file: one file per corpus, written to a temporary name and renamed
 * into place, so a reader sees either the old file or the new one, never a
 * mix (and a reader that has the file open keeps reading the version it
 * opened, whatever a concurrent writer renames over it).
 *
 *   0        8 bytes   magic "QRYCACHE"
 *   8        u32 LE    container format (CONTAINER_FORMAT)
 *   12       u32 LE    0
 *   16       sections, back to back, streamed as they are made
 *   end-36-H H bytes   header: JSON (validation data, and where each section is)
 *   end-36   u32 LE    header length H
 *            20 bytes  the header's checksum: CRC-32 (u32 LE, then 16 zero
 *                      bytes)
 *            u32 LE    container format
 *            8 bytes   magic "QRYCEND."
 *
 * The header comes last so that sections can be written as they are made
 * (a large corpus's records are never all in memory as JSON at once). Every
 * section carries its length and checksum in the header and is verified when it
 * is read whole; the sections must fill the file exactly, so a truncated file
 * (which loses its trailer) is refused before anything is parsed. The
 * section read piecemeal (index postings) carries a checksum per piece.
 * Anything that does not verify is a CacheCorruptError: the caller rebuilds.
 */
import { closeSync, fstatSync, openSync, readSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32 } from './crc32.js';
import { sha1Text } from './sha1.js';

const MAGIC = Buffer.from('QRYCACHE', 'latin1');
const END_MAGIC = Buffer.from('QRYCEND.', 'latin1');
/** 3: the header's checksum is CRC-32 (2: SHA-1, so a warm run loaded node:crypto for it); a file of another format is rebuilt. */
export const CONTAINER_FORMAT = 3;
const PREFIX = 16;
const TRAILER = 36;

/** The sections that hold the search index (src/cache/compact-index.ts writes and reads them). */
export const INDEX_SECTIONS = ['index.meta', 'index.labels', 'index.labelEnds', 'index.flat', 'index.dict', 'index.lengths', 'index.postings'] as const;

/** JSON with every character past ASCII escaped: parses back to the same value, and decodes as latin1, much faster than UTF-8. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

type TypedArrayOf<T> = { new (buffer: ArrayBufferLike, byteOffset: number, length: number): T; new (length: number): T; readonly BYTES_PER_ELEMENT: number };

/**
 * Section bytes as a typed array: a view of them where they are aligned (a
 * section read from a file has a buffer of its own), else a copy. Opening
 * the 1,000× index copied 12 MB of field lengths before.
 */
export function typedArrayOf<T extends Uint16Array | Uint32Array | Int32Array | Float64Array>(bytes: Uint8Array, Type: TypedArrayOf<T>): T {
  const n = bytes.length / Type.BYTES_PER_ELEMENT;
  if (bytes.byteOffset % Type.BYTES_PER_ELEMENT === 0) return new Type(bytes.buffer, bytes.byteOffset, n);
  const out = new Type(n);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

export class CacheCorruptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CacheCorruptError';
  }
}

export interface SectionRef {
  offset: number;
  length: number;
  /** checksum of the section's bytes (see Checksum) */
  sum: string;
}

/** What the header holds besides the sections: decided by the caller. */
export interface HeaderBase {
  sections: Record<string, SectionRef>;
}

/**
 * node:crypto, loaded when first needed: a warm run that finds every file
 * unchanged never needs it (it costs a run ~30 of Node's own modules).
 */
let cryptoModule: typeof import('node:crypto') | undefined;
function crypto(): typeof import('node:crypto') {
  return (cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

/** SHA-1, hex: short texts in JavaScript (./sha1.ts), bytes through node:crypto. */
export function sha1(data: Uint8Array | string): string {
  if (typeof data === 'string' && data.length <= 1 << 16) return sha1Text(data);
  return crypto().createHash('sha1').update(data).digest('hex');
}

/** The header's checksum, 20 bytes in the trailer: CRC-32 and zeros. */
function headerSum(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(20);
  out.writeUInt32LE(crc32(bytes), 0);
  return out;
}

/**
 * The checksum of sections and record blocks: CRC-32 (./crc32.ts: in
 * JavaScript for short inputs, so a warm run at 1× never loads node:zlib; by
 * zlib, about 3 GB/s here, for long ones). It guards against damage
 * (truncation, bit flips, a stray write), not against an adversary: a cache
 * file is as trusted as the user's own cache folder. Written as
 * "crc32:<hex>" (a file from a Node without zlib.crc32 once held "sha1:<hex>"
 * and is simply found unusable and rebuilt).
 */
export class Checksum {
  private crc = 0;
  update(data: Uint8Array): this {
    this.crc = crc32(data, this.crc);
    return this;
  }
  digest(): string {
    return `crc32:${(this.crc >>> 0).toString(16).padStart(8, '0')}`;
  }
}

export function checksum(data: Uint8Array): string {
  return new Checksum().update(data).digest();
}

/** Where a reader gets its bytes: an open file, or buffers still in memory. */
export interface ByteSource {
  read(offset: number, length: number): Buffer;
  /** read into `into` (from its start), without allocating: what `read` gives, in a buffer the caller reuses */
  readInto(into: Buffer, offset: number, length: number): Buffer;
  close(): void;
}

export class FileSource implements ByteSource {
  private fd: number | null;
  readonly size: number;
  /** the file's modification time and inode when opened: a file rewritten since differs in one of them */
  readonly mtimeMs: number;
  readonly ino: number;
  constructor(path: string) {
    this.fd = openSync(path, 'r');
    try {
      const st = fstatSync(this.fd);
      this.size = st.size;
      this.mtimeMs = st.mtimeMs;
      this.ino = st.ino;
    } catch (err) {
      this.close();
      throw err;
    }
  }
  read(offset: number, length: number): Buffer {
    return this.readInto(Buffer.allocUnsafe(length), offset, length);
  }
  readInto(buf: Buffer, offset: number, length: number): Buffer {
    if (this.fd === null) throw new CacheCorruptError('cache file already closed');
    if (offset < 0 || length < 0 || offset + length > this.size || length > buf.length) throw new CacheCorruptError('read past the end of the cache file');
    let done = 0;
    while (done < length) {
      const n = readSync(this.fd, buf, done, length - done, offset + done);
      if (n === 0) throw new CacheCorruptError('cache file ended early');
      done += n;
    }
    return buf.subarray(0, length);
  }
  close(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // nothing to do
      }
      this.fd = null;
    }
  }
}

/** An opened cache file: its header, and its sections on demand. */
export class CacheReader<H extends HeaderBase> {
  private readonly keptSections = new Map<string, Buffer>();
  /** set by `trust()`: whole sections are not checked against their checksums */
  private trusted = false;

  private constructor(
    readonly header: H,
    private readonly source: ByteSource,
  ) {}

  /** Open and check the frame: magics, format, header checksum, sections filling the file. Throws CacheCorruptError. */
  static open<H extends HeaderBase>(source: ByteSource, totalSize: number): CacheReader<H> {
    if (totalSize < PREFIX + TRAILER) throw new CacheCorruptError(`cache file too short (${totalSize} bytes)`);
    const pre = source.read(0, PREFIX);
    if (!pre.subarray(0, 8).equals(MAGIC)) throw new CacheCorruptError('not a quarry cache file');
    const format = pre.readUInt32LE(8);
    if (format !== CONTAINER_FORMAT) throw new CacheCorruptError(`cache container format ${format}, expected ${CONTAINER_FORMAT}`);
    const trailer = source.read(totalSize - TRAILER, TRAILER);
    if (!trailer.subarray(28, 36).equals(END_MAGIC) || trailer.readUInt32LE(24) !== CONTAINER_FORMAT) {
      throw new CacheCorruptError('cache file has no trailer (truncated?)');
    }
    const headerLength = trailer.readUInt32LE(0);
    const headerStart = totalSize - TRAILER - headerLength;
    if (headerStart < PREFIX) throw new CacheCorruptError('cache header length is impossible');
    const headerBytes = source.read(headerStart, headerLength);
    if (headerSum(headerBytes).compare(trailer, 4, 24) !== 0) throw new CacheCorruptError('cache header checksum mismatch');
    let header: H;
    try {
      header = JSON.parse(headerBytes.toString('utf8')) as H;
    } catch {
      throw new CacheCorruptError('cache header is not JSON');
    }
    if (!header || typeof header !== 'object' || !header.sections || typeof header.sections !== 'object') throw new CacheCorruptError('cache header has no sections');
    let end = PREFIX;
    for (const [name, s] of Object.entries(header.sections)) {
      if (!s || !Number.isSafeInteger(s.offset) || !Number.isSafeInteger(s.length) || s.offset !== end || s.length < 0 || typeof s.sum !== 'string') {
        throw new CacheCorruptError(`cache section ${name} is malformed`);
      }
      end = s.offset + s.length;
    }
    if (end !== headerStart) throw new CacheCorruptError(`cache sections end at ${end}, the header starts at ${headerStart}`);
    return new CacheReader<H>(header, source);
  }

  /**
   * Read whole sections without checking their checksums (the frame, the
   * header's checksum and each section's length still are): for a file the
   * caller knows was verified and has not been written since (a pack whose
   * mtime and inode are the ones recorded when it was verified). Such a
   * file's records are trusted already; its heads and index sections were
   * checked by CRC-32 at every open (≈ 31 MB at 1,000×: ≈ 120 M
   * instructions, and their reads) against the same damage, damage that
   * keeps the file's time, which is left to the file system.
   */
  trust(): void {
    this.trusted = true;
  }

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.header.sections, name);
  }

  /** A whole section, verified against its checksum. */
  section(name: string): Buffer {
    const s = this.ref(name);
    const bytes = this.source.read(s.offset, s.length);
    if (!this.trusted && checksum(bytes) !== s.sum) throw new CacheCorruptError(`cache section ${name} checksum mismatch`);
    return bytes;
  }

  /**
   * `section`, read and verified once and kept while the reader is open: for
   * a section that an open index holds anyway (its field lengths), which an
   * update also reads for the average field lengths just before opening it
   * (12 MB read and checked twice at 1,000×).
   */
  kept(name: string): Buffer {
    let bytes = this.keptSections.get(name);
    if (!bytes) this.keptSections.set(name, (bytes = this.section(name)));
    return bytes;
  }

  /** Whether `bytes` (a whole section, read with `slice`) match the section's checksum. */
  verifies(name: string, bytes: Uint8Array): boolean {
    const s = this.ref(name);
    return bytes.length === s.length && (this.trusted || checksum(bytes) === s.sum);
  }

  /** Part of a section, unverified: the caller checks what it reads. */
  slice(name: string, offset: number, length: number): Buffer {
    const s = this.ref(name);
    if (offset < 0 || length < 0 || offset + length > s.length) throw new CacheCorruptError(`read past the end of cache section ${name}`);
    return this.source.read(s.offset + offset, length);
  }

  /** `slice`, read into `into` (from its start, which must be long enough): a buffer the caller reuses. */
  sliceInto(into: Buffer, name: string, offset: number, length: number): Buffer {
    const s = this.ref(name);
    if (offset < 0 || length < 0 || offset + length > s.length) throw new CacheCorruptError(`read past the end of cache section ${name}`);
    return this.source.readInto(into, s.offset + offset, length);
  }

  /**
   * The checksums of some parts of a section (offset, length; in any order),
   * read through one reused buffer: verifying many entries allocates nothing
   * per entry.
   */
  sums(name: string, parts: readonly (readonly [number, number])[]): string[] {
    const s = this.ref(name);
    const STEP = 1 << 20;
    const buf = Buffer.allocUnsafe(STEP);
    return parts.map(([offset, length]) => {
      if (offset < 0 || length < 0 || offset + length > s.length) throw new CacheCorruptError(`read past the end of cache section ${name}`);
      const sum = new Checksum();
      for (let at = 0; at < length; at += STEP) sum.update(this.source.readInto(buf, s.offset + offset + at, Math.min(STEP, length - at)));
      return sum.digest();
    });
  }

  sectionLength(name: string): number {
    return this.ref(name).length;
  }

  close(): void {
    this.keptSections.clear();
    this.source.close();
  }

  private ref(name: string): SectionRef {
    const s = this.header.sections[name];
    if (!s) throw new CacheCorruptError(`cache has no section ${name}`);
    return s;
  }
}

/**
 * Writes a cache file: sections streamed in order, then the header and
 * trailer, all to a temporary file beside `path` that `finish` renames into
 * place. Any failure throws (the caller decides that a cache that cannot be
 * written is no error) and removes the temporary file.
 */
export class CacheWriter {
  private fd: number | null;
  private readonly tmp: string;
  private offset = 0;
  private readonly sections: Record<string, SectionRef> = {};
  private current: { name: string; offset: number; sum: Checksum } | null = null;

  constructor(private readonly path: string) {
    this.tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`;
    this.fd = openSync(this.tmp, 'wx', 0o644);
    try {
      const pre = Buffer.alloc(PREFIX);
      MAGIC.copy(pre, 0);
      pre.writeUInt32LE(CONTAINER_FORMAT, 8);
      this.raw(pre);
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** A whole section at once. */
  section(name: string, parts: readonly Uint8Array[]): void {
    this.begin(name);
    for (const p of parts) this.write(p);
    this.end();
  }

  begin(name: string): void {
    if (this.current) throw new Error(`cache writer: section ${this.current.name} still open`);
    if (this.sections[name]) throw new Error(`cache writer: section ${name} written twice`);
    this.current = { name, offset: this.offset, sum: new Checksum() };
  }

  write(bytes: Uint8Array): void {
    if (!this.current) throw new Error('cache writer: no section open');
    this.current.sum.update(bytes);
    this.raw(bytes);
  }

  end(): void {
    if (!this.current) throw new Error('cache writer: no section open');
    const { name, offset, sum } = this.current;
    this.sections[name] = { offset, length: this.offset - offset, sum: sum.digest() };
    this.current = null;
  }

  /**
   * Write the header and trailer, and rename the file into place. Returns a
   * source open on exactly the bytes written (it stays valid whatever
   * renames over the file later).
   */
  finish<H extends HeaderBase>(header: Omit<H, 'sections'>): FileSource {
    if (this.current) throw new Error(`cache writer: section ${this.current.name} still open`);
    try {
      const headerBytes = Buffer.from(JSON.stringify({ ...header, sections: this.sections }), 'utf8');
      this.raw(headerBytes);
      const trailer = Buffer.alloc(TRAILER);
      trailer.writeUInt32LE(headerBytes.length, 0);
      headerSum(headerBytes).copy(trailer, 4);
      trailer.writeUInt32LE(CONTAINER_FORMAT, 24);
      END_MAGIC.copy(trailer, 28);
      this.raw(trailer);
      closeSync(this.fd!);
      this.fd = null;
      const source = new FileSource(this.tmp);
      try {
        renameSync(this.tmp, this.path);
      } catch (err) {
        source.close();
        throw err;
      }
      return source;
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  /** Give up: close and remove the temporary file. */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {
        // ignore
      }
      this.fd = null;
    }
    try {
      unlinkSync(this.tmp);
    } catch {
      // gone already
    }
  }

  private raw(bytes: Uint8Array): void {
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd!, bytes, done, bytes.length - done);
    this.offset += bytes.length;
  }
}

/** What the lazy index reads its sections from (a CacheReader). */
export interface SectionReader {
  section(name: string): Buffer;
  /** the same, read once and kept (CacheReader.kept) */
  kept?(name: string): Buffer;
  slice(name: string, offset: number, length: number): Buffer;
}

/** A SectionReader over sections held in memory (an index just built, not yet or never written). */
export function sectionsReader(sections: Record<string, Uint8Array[]>): SectionReader {
  const bufs = new Map<string, Buffer>();
  for (const [k, parts] of Object.entries(sections)) {
    const one = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
    bufs.set(k, Buffer.isBuffer(one) ? one : Buffer.from(one.buffer, one.byteOffset, one.byteLength));
  }
  return {
    section(name) {
      const b = bufs.get(name);
      if (!b) throw new CacheCorruptError(`no section ${name}`);
      return b;
    },
    slice(name, offset, length) {
      return this.section(name).subarray(offset, offset + length);
    },
  };
}
