import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnv, stderrPaint, type GlobalOptions, type Io } from '../context.js';
import { openCorpus, writeOutput } from '../shared.js';

/** `quarry check`, run: the action registered in ../registry.ts. */
export async function action(io: Io, opts: { format: string; unparsed?: boolean; strict?: boolean }, cmd: Command): Promise<number> {
  const g = cmd.optsWithGlobals<GlobalOptions>();
  const { dir, corpus } = await openCorpus(g, io);
  const { checkCorpus } = await import('../../load/check.js');
  const report = checkCorpus(corpus, { strict: !!opts.strict });
  const forPeople = opts.format === 'table';
  // Machine formats load no colour code for stdout (colour is off in their env) and no table code.
  const env = await renderEnv(forPeople ? g : { ...g, color: false }, io, dir);
  const rep = await import('../../render/report.js');
  // Problems are messages, on stderr, one line each; the github format prints them as annotations instead.
  if (report.problems.length && opts.format !== 'github') {
    const errPaint = await stderrPaint(g, io);
    for (const p of report.problems) io.stderr.write(rep.formatProblem(p, { paint: errPaint, displayPath: env.displayPath }) + '\n');
  }
  const lineText = sourceLines(dir);
  await writeOutput(io, opts.format, {
    count: 1,
    none: '',
    values: () => [rep.checkJson(report)],
    jsonValue: () => rep.checkJson(report),
    github: () => rep.checkAnnotations(report, env.displayPath),
    table: async () => {
      const r = await import('../../render/check.js');
      return opts.unparsed ? r.renderUnparsed(report, lineText, env) : r.renderCheckTable(report, env);
    },
  });
  return report.ok ? 0 : 1;
}

/** A document's body line, for `--unparsed` (each file read once). */
function sourceLines(dir: string): (file: string, line: number) => string {
  const cache = new Map<string, string[]>();
  return (file, line) => {
    let lines = cache.get(file);
    if (!lines) {
      lines = readFileSync(join(dir, file), 'utf8').split(/\r\n|\n|\r/);
      cache.set(file, lines);
    }
    return lines[line - 1] ?? '';
  };
}
