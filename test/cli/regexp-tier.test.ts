/**
 * The parse stage compiles regular expressions straight to machine code
 * (--no-regexp-tier-up). V8 must be told so before any pattern runs: a pattern
 * run once on the bytecode tier before the flag changed (the query's words,
 * read as a speaker's name, before a cold search loads the parse stage) sends
 * its next run to machine code that was never compiled, and Node dies of a
 * segmentation fault. A one-word search in Thai, Georgian or Hindi on a corpus
 * not yet cached did so.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../cache/helpers.js';
import { ROOT } from '../helpers.js';

function coldSearch(doc: string, query: string): ReturnType<typeof spawnSync> {
  const dir = tempDir('quarry-regexp-tier-');
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'news.txt'), doc);
  return spawnSync(process.execPath, [join(ROOT, 'bin', 'quarry.js'), '--no-cache', '--corpus', corpus, 'search', query], {
    env: { ...process.env, QUARRY_CACHE_DIR: join(dir, 'cache'), NO_COLOR: '1' },
    encoding: 'utf8',
    input: '',
  });
}

describe('a cold search whose query is one word of a non-Latin script', () => {
  it('does not crash on a Thai news story with a titled speaker (Georgian query)', () => {
    const doc = [
      'ตลาดคริปโตไทยโตต่อเนื่อง',
      '',
      'นายกิตติพงษ์ วรรณศิริ ประธานเจ้าหน้าที่บริหาร กล่าวว่า "ตลาดไทยยังเล็กมาก เราเชื่อว่าจะโตได้อีกสามเท่า"',
      '',
      '"เราไม่อยากโตเร็วแล้วพัง" นางสาวพิมพ์ชนก ศรีสุข กล่าว',
      '',
    ].join('\n');
    const res = coldSearch(doc, 'ბერიძე');
    expect(res.signal, String(res.stderr)).toBeNull();
    expect([0, 1]).toContain(res.status);
  });

  it('does not crash on a Thai sports story in other words (Hindi query)', () => {
    const doc = [
      'นักวิ่งไทยคว้าเหรียญทอง',
      '',
      'นายธนพงษ์ ศักดิ์ดี ผู้จัดการทีมชาติ กล่าวว่า "เราซ้อมหนักมาตลอดสองปี ทุกคนสมควรได้รับเหรียญนี้"',
      '',
      '"ผมดีใจที่สุดในชีวิต" นางวรรณา ใจดี กล่าว',
      '',
    ].join('\n');
    const res = coldSearch(doc, 'मीरा');
    expect(res.signal, String(res.stderr)).toBeNull();
    expect([0, 1]).toContain(res.status);
  });
});
