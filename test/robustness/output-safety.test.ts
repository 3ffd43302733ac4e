/**
 * Corpus text may hold terminal escape sequences and control characters. A
 * table (list, check --unparsed, docs, stderr messages) shows them escaped, so
 * a document cannot clear the screen or retitle the window; JSON escapes them
 * as JSON does and gives the same characters back.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempCorpus } from '../helpers.js';
import { GOOD, runCliWithin, STACK } from './helpers.js';

const CLEAR = '\u001b[2J';
const TITLE = '\u001b]0;title\u0007';
const OTHERS = '\u0008\u007f\u009b\u000b\u000c\u0001';
/** Any raw control character a terminal acts on (tab and line breaks are layout, not control). */
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// Lines 5 and 7 become claims; line 9, a quotation nobody is named for, is left unparsed.
const EVIL =
  '---\ntitle: "Evil \\e[2J title \\a"\nspeakers: [Ann Lee]\n---\n' +
  `The exchange opened ${CLEAR}its first office in 2017 with nine people${TITLE} and ${OTHERS} more.\n\n` +
  `By 2019 it had ${TITLE}grown to three hundred staff across ${CLEAR}ten countries.\n\n` +
  `“Nobody ${CLEAR} knew whether ${TITLE} any of this would work out at all.”\n`;

function corpus() {
  return tempCorpus({ 'good.md': GOOD, 'evil.md': EVIL });
}

describe('table output shows control characters escaped', () => {
  it('list', async () => {
    const r = (await runCli(['list', '--corpus', corpus(), '--doc', 'evil']));
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain('\\x1b]0;title\\x07');
    expect(r.stdout).toContain('\\x08\\x7f\\x9b');
  });

  it('check --unparsed', async () => {
    const r = (await runCli(['check', '--corpus', corpus(), '--unparsed']));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/evil\.md:9: “Nobody /);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain('\\x1b[2J');
    expect(r.stdout).toContain('\\x1b]0;title\\x07');
  });

  it('check and docs tables, with colour on and off', async () => {
    const dir = corpus();
    for (const args of [['check'], ['docs']]) {
      const plain = (await runCli([...args, '--corpus', dir]));
      expect(plain.stdout).not.toMatch(RAW_CONTROL);
      // With colour on, the only escapes are the painter's own SGR codes.
      const colored = (await runCli([...args, '--corpus', dir, '--color']));
      expect(colored.stdout.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(RAW_CONTROL);
    }
    expect((await runCli(['docs', '--corpus', dir])).stdout).toContain('\\x1b[2J');
  });

  it('a problem message quoting corpus text (stderr)', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'bad.md': `---\ntitle: T\nformat: "${'\\e[2J\\e]0;x\\a'}"\n---\nText.\n` });
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.md:3: error: format must be one of [a-z, ]+, got '\\x1b\[2J\\x1b\]0;x\\x07'\n$/);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });

  // An SGR colour code is the one escape a table itself uses (to paint): the corpus's own must still be escaped.
  it('list: an SGR colour sequence in record text is escaped too', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'red.md': '---\ntitle: Red\n---\nThe exchange opened \u001b[31mits first office in 2017 with nine people.\n' });
    const r = (await runCli(['list', '--corpus', dir, '--doc', 'red']));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\\x1b[31m');
    expect(r.stdout).not.toMatch(RAW_CONTROL);
  });

  // File names are corpus input too: problem lines and --unparsed escape them.
  it('a file name holding escape sequences is shown escaped on stderr', async () => {
    const dir = tempCorpus({ 'good.md': GOOD });
    writeFileSync(join(dir, `evil${CLEAR}${TITLE}.md`), '---\ntitle: [never closed\n---\nText.\n');
    const r = (await runCli(['check', '--corpus', dir]));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('evil\\x1b[2J');
    expect(r.stderr).not.toMatch(RAW_CONTROL);
  });
});

describe('JSON output escapes control characters and gives them back', () => {
  it('list --format json and ndjson parse, and hold the original characters', async () => {
    const dir = corpus();
    const json = runCliWithin(60_000, ['list', '--corpus', dir, '--doc', 'evil', '--format', 'json']);
    expect(json.code).toBe(0);
    expect(json.stdout).not.toMatch(RAW_CONTROL); // JSON.stringify escapes U+0000–U+001F; U+007F–U+009F are legal raw in JSON
    const records = JSON.parse(json.stdout) as { text: string; line: number }[];
    const texts = records.map((r) => r.text);
    // (VT and FF count as white space, which record text normalises; the rest stay as they were)
    expect(texts.some((t) => t.includes(CLEAR) && t.includes(TITLE) && t.includes('\u0008\u007f\u009b'))).toBe(true);
    expect(texts.some((t) => t.includes(`${TITLE}grown`))).toBe(true);

    const ndjson = (await runCli(['list', '--corpus', dir, '--doc', 'evil', '--format', 'ndjson']));
    const lines = ndjson.stdout.split('\n').filter(Boolean);
    expect(lines.map((l) => JSON.parse(l) as unknown)).toEqual(records);
  });

  it('check --format json carries problem messages and titles unmangled', async () => {
    const dir = tempCorpus({ 'good.md': GOOD, 'evil.md': EVIL, 'bad.md': `---\ntitle: T\nformat: "\\e[2J"\n---\nText.\n` });
    const r = (await runCli(['check', '--corpus', dir, '--format', 'json']));
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK);
    const report = JSON.parse(r.stdout) as { documents: { id: string; title: string }[]; problems: { message: string }[] };
    expect(report.documents.find((d) => d.id === 'evil')!.title).toBe('Evil \u001b[2J title \u0007');
    expect(report.problems[0]!.message).toMatch(/^format must be one of [a-z, ]+, got '/);
    expect(report.problems[0]!.message.endsWith(`got '${CLEAR}'`)).toBe(true);
  });
});
