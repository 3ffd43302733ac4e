/**
 * The foundation commands as a user and a CI job meet them: `check`, `docs`,
 * `list`, their exit codes, and where data and messages go.
 */
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../src/render/records.js';
import { runCli, tempCorpus } from '../helpers.js';

const ESC = '\u001b[';
const GOOD = `---\ntitle: A small interview\nspeakers: [Ann Lee]\nhost: Bo\n---\nHost: What do you do all day at the exchange?\nAnn Lee: I run the listings team and read every application myself.\nHost: Why does that matter so much?\nAnn Lee: Because one bad listing costs users more than a hundred good ones earn.\n`;

describe('quarry check', () => {
  it('passes the shipped corpus: exit 0, a table on stdout, nothing on stderr', async () => {
    const r = (await runCli(['check']));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/techflow-he-yi-2025\s+│\s+transcript/);
    expect(r.stdout).toMatch(/5 documents, 5 parsed, \d+ records; 0 errors, 0 warnings/);
    expect(r.stdout).not.toContain(ESC);
  });

  it('prints a JSON report a script can read', async () => {
    const r = (await runCli(['check', '--format', 'json']));
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.ok).toBe(true);
    expect(report.documents).toHaveLength(5);
    for (const d of report.documents) {
      expect(d.records.qa + d.records.quote + d.records.claim).toBeGreaterThan(0);
      expect(d.coverage).toBeGreaterThan(0.9);
      // The accounting adds up: every non-blank line is in a record, classified, or unparsed.
      const classified = Object.values(d.lines.classified as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(d.lines.inRecords + classified + d.lines.unparsed.length).toBe(d.lines.total);
    }
  });

  it('exits 1 and names FILE:LINE on stderr when a document does not parse, and still checks the rest', async () => {
    const dir = tempCorpus({
      'good.md': GOOD,
      'bad-yaml.md': '---\ntitle: [unclosed\n---\nSome text that is long enough to be a sentence of its own.\n',
      'no-title.txt': '---\npublisher: Nobody\n---\nA paragraph long enough to be a claim about something that happened in 2020.\n',
    });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.some((l) => /bad-yaml\.md:\d+: error: /.test(l))).toBe(true);
    // A missing title is inferred (here from the file name) with a warning, not an error.
    expect(lines.some((l) => /no-title\.txt:1: warning: front matter lacks a title: inferred title 'no-title' from the file name/.test(l))).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toMatch(/ok\s+│\s+good/);
  });

  it('counts one document as one, and shows no coverage for a document that could not be read', async () => {
    const one = await runCli(['check', '--corpus', tempCorpus({ 'good.md': GOOD })]);
    expect(one.stdout).toMatch(/\b1 document, 1 parsed, \d+ records;/);
    const dir = tempCorpus({ 'good.md': GOOD, 'broken.md': '---\ntitle: [never closed\n---\nA sentence that would have been a claim of its own here.\n' });
    const r = await runCli(['check', '--corpus', dir]);
    const failRow = r.stdout.split('\n').find((l) => /FAIL/.test(l) && /broken/.test(l))!;
    expect(failRow).toBeDefined();
    expect(failRow).not.toContain('%');
    expect(r.stdout.split('\n').find((l) => /ok\s+│\s+good/.test(l))).toMatch(/\d+\.\d%/);
    expect(r.stdout).toMatch(/\b2 documents, 1 parsed/);
  });

  it('reports a document that yields no records as an error', async () => {
    const dir = tempCorpus({ 'empty.md': '---\ntitle: Nothing here\n---\n\n\n' });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/empty\.md:4: error: no records found/);
  });

  it('warns on an unknown speaker label, and --strict makes it an error', async () => {
    const dir = tempCorpus({ 'good.md': GOOD.replace(/Ann Lee:/g, 'Zed:') });
    const loose = (await runCli(['check', '--corpus', dir]));
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(/good\.md:7: warning: speaker label 'Zed' matches no known speaker/);
    expect((await runCli(['check', '--corpus', dir, '--strict'])).code).toBe(1);
  });

  it('passes --strict on a plain .txt interview with no front matter: what was inferred stays a notice, and its labels warn of nothing', async () => {
    // No front matter: title, interviewer and speakers are read from the header and labels. The
    // inference notice is shown, but front matter is optional, so --strict must not fail on it; and
    // the label 'Mara' the title names in full is no "unknown speaker".
    const dir = tempCorpus({
      'notes.txt': 'Interview notes: Mara Velez, head of the night shift at Riverside Clinic\nInterviewed by Jon Park, 3 April 2022\n\nJon: How long have you worked nights at the clinic?\nMara: Eleven years now, and most of them on the same ward.\n\nJon: What changed after the merger?\nMara: We lost two beds and gained a lot of paperwork.\n',
    });
    const loose = await runCli(['check', '--corpus', dir]);
    expect(loose.code).toBe(0);
    expect(loose.stderr).toMatch(/notes\.txt: warning: no front matter: inferred title/);
    expect(loose.stderr).not.toMatch(/matches no known speaker/);
    const strict = await runCli(['check', '--corpus', dir, '--strict', '--format', 'json']);
    expect(strict.code).toBe(0);
    const report = JSON.parse(strict.stdout) as { ok: boolean; errors: number; warnings: number };
    expect(report).toMatchObject({ ok: true, errors: 0, warnings: 1 });
  });

  it('an empty --corpus is an error, not the shipped corpus; "no match" in the shipped corpus says which corpus it searched', async () => {
    for (const args of [['check', '--corpus', ''], ['search', 'nurses', '--corpus', ' ']]) {
      const r = await runCli(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('quarry: --corpus: needs a folder (for example: --corpus ./notes)\n');
    }
    const shipped = await runCli(['search', 'zzyzxnoword'], { env: { QUARRY_CORPUS: '' } });
    expect(shipped.code).toBe(1);
    expect(shipped.stderr).toMatch(/^quarry: no record matches 'zzyzxnoword' in the shipped corpus \(name yours with --corpus DIR or QUARRY_CORPUS\)\n$/);
    const named = await runCli(['search', 'zzyzxnoword', '--corpus', tempCorpus({ 'a.md': GOOD })]);
    expect(named.code).toBe(1);
    expect(named.stderr).toBe("quarry: no record matches 'zzyzxnoword'\n");
  });

  it('exits 2 on a corpus folder that does not exist, and on a bad flag value', async () => {
    const missing = (await runCli(['check', '--corpus', join(tempCorpus({}), 'nope')]));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^quarry: corpus folder not found: .*nope\n$/);
    const bad = (await runCli(['check', '--format', 'xml']));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/format/);
  });

  it('takes the corpus from QUARRY_CORPUS, and --unparsed lists FILE:LINE: text', async () => {
    // A quotation nobody can be named for is a quote with no speaker: --unparsed lists it for a person to see.
    const dir = tempCorpus({ 'article.md': '---\ntitle: Notes\n---\nThe exchange opened its first office in 2017 with nine people.\n\n“Nobody knew whether any of this would work out at all.”\n' });
    const r = (await runCli(['check', '--unparsed'], { env: { QUARRY_CORPUS: dir } }));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\S*article\.md:6: “Nobody knew whether any of this would work out at all\.”  \[quote with no speaker\]\n$/);
  });

  it('reports an unreadable file without hiding the others', async () => {
    if (process.getuid?.() === 0) return; // root reads everything: nothing to test here
    const dir = tempCorpus({ 'good.md': GOOD, 'locked.md': GOOD });
    chmodSync(join(dir, 'locked.md'), 0o000);
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/locked\.md: error: cannot read file: permission denied/);
  });
});

describe('quarry docs and list', () => {
  it('docs --format json gives one object per document with its counts', async () => {
    const r = (await runCli(['docs', '--format', 'json']));
    expect(r.code).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs.map((d: { id: string }) => d.id)).toContain('btcpeers-he-yi-2021');
    const peers = docs.find((d: { id: string }) => d.id === 'btcpeers-he-yi-2021');
    expect(peers).toMatchObject({ publisher: 'BTC PEERS', date: '2021-03-29', year: 2021, shape: 'tsv' });
    expect(peers.records.qa).toBe(14);
  });

  it('list --format json prints one array of records with exactly the documented fields', async () => {
    const r = (await runCli(['list', '--format', 'json']));
    expect(r.code).toBe(0);
    const records = JSON.parse(r.stdout);
    expect(records.length).toBeGreaterThan(100);
    for (const rec of records) expect(Object.keys(rec)).toEqual([...RECORD_FIELDS]);
  });

  it('list filters by type and document, in document order', async () => {
    const r = (await runCli(['list', '--type', 'qa', '--doc', 'he-yi-ama-2024', '--format', 'ndjson']));
    expect(r.code).toBe(0);
    const recs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(recs).toHaveLength(11);
    expect(recs.every((x) => x.type === 'qa' && x.doc === 'he-yi-ama-2024')).toBe(true);
    const lines = recs.map((x) => x.line);
    expect([...lines].sort((a, b) => a - b)).toEqual(lines);
  });

  it('list rejects an unknown type or document with exit 2 and a one-line message', async () => {
    const t = (await runCli(['list', '--type', 'quotes']));
    expect(t.code).toBe(2);
    expect(t.stderr).toBe("quarry: --type: 'quotes' is not a record type (accepts qa, quote, claim)\n");
    const d = (await runCli(['list', '--doc', 'nope']));
    expect(d.code).toBe(2);
    expect(d.stderr.split('\n')).toHaveLength(2);
  });

  it('exits 1 when nothing matches, with valid empty JSON', async () => {
    const dir = tempCorpus({ 'good.md': GOOD });
    const r = (await runCli(['list', '--corpus', dir, '--type', 'claim', '--format', 'json']));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});

describe('colour', () => {
  it('is off when piped, on with --color or FORCE_COLOR, and off again under NO_COLOR', async () => {
    expect((await runCli(['docs'])).stdout).not.toContain(ESC);
    expect((await runCli(['docs', '--color'])).stdout).toContain(ESC);
    expect((await runCli(['docs'], { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCli(['docs'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCli(['docs', '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
});
