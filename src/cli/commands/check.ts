import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnv, stderrPaint, type GlobalOptions, type Io } from '../context.js';
import { openCorpus } from '../shared.js';

/** `quarry check`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: { format: string; unparsed?: boolean; strict?: boolean }, cmd: Command): Promise<number> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const { dir, corpus } = await openCorpus(g, io);
  const { checkCorpus } = await import('../../load/check.js');
  const report = checkCorpus(corpus, { strict: !!opts.strict });
  const json = opts.format === 'json';
  // JSON loads no colour code for stdout (colour is off in its env) and no table code.
  const env = await renderEnv(json ? { ...g, color: false } : g, io, dir);
  const rep = await import('../../render/report.js');
  if (report.problems.length) {
    const errPaint = await stderrPaint(g, io);
    for (const p of report.problems) io.stderr.write(rep.formatProblem(p, { paint: errPaint, displayPath: env.displayPath }) + '\n');
  }
  if (json) {
    const { toJsonValue } = await import('../../render/json.js');
    io.stdout.write(toJsonValue(rep.checkJson(report)));
    return report.ok ? 0 : 1;
  }
  const r = await import('../../render/check.js');
  if (opts.unparsed) {
    const cache = new Map<string, string[]>();
    const lineText = (file: string, line: number) => {
      let lines = cache.get(file);
      if (!lines) {
        lines = readFileSync(join(dir, file), 'utf8').split(/\r\n|\n|\r/);
        cache.set(file, lines);
      }
      return lines[line - 1] ?? '';
    };
    io.stdout.write(r.renderUnparsed(report, lineText, env));
  } else {
    io.stdout.write(r.renderCheckTable(report, env));
  }
  return report.ok ? 0 : 1;
}
