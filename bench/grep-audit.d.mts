// Types for bench/grep-audit.mjs, so the tests that run its core are type-checked.
export interface AuditMiss {
  file: string;
  line: number;
  word: string | null;
  text: string;
}
export interface AuditExcluded {
  file: string;
  line: number;
  why: string;
  text: string;
}
export interface AuditResult {
  documents: number;
  words: number;
  searches: number;
  misses: AuditMiss[];
  excluded: AuditExcluded[];
}
/** quarry's functions the audit calls (from dist/ or, in the tests, src/). */
export interface AuditQuarry {
  openCorpus: (dir: string, opts: { cache: false }) => Promise<any>;
  search: (corpus: any, query: string) => Promise<{ record: any }[]>;
  scanTokens: (text: string) => { norm: string; kind: string }[];
  isStopWord: (word: string) => boolean;
  parseFrontMatter: (text: string) => { body: string; bodyLine: number };
  readDocumentText: (path: string) => any;
  parseDocument: (input: any) => { lineKinds: (string | null)[]; fillerLines?: number[] };
  classifyChrome: (line: string) => string | null;
}
export function auditCorpus(dir: string, q: AuditQuarry, opts?: { only?: string[]; fieldsOnly?: boolean; lines?: boolean }): Promise<AuditResult>;
export function contentOf(
  lines: string[],
  opts: { captions: boolean; kinds?: (string | null)[]; joinedFiller?: Set<number>; chrome?: (line: string) => string | null; names?: string[]; isTitle?: ((raw: string) => boolean) | null; table?: boolean },
): { lines: string[]; excluded: { idx: number; why: string; text: string }[] };
export function gripWords(text: string, q: Pick<AuditQuarry, 'scanTokens' | 'isStopWord'>): string[];
export function quarryFrom(distDir: string): Promise<AuditQuarry>;
