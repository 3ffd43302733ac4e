/**
 * `quarry completion bash|zsh|fish`: a completion script generated from the
 * commands and options as registered, so it never falls behind them. It
 * completes subcommands, options, the fixed values of --format, --type and
 * --by, folders for --corpus, and document ids, speakers and topics from the
 * corpus (through the hidden `quarry completion --values doc|speaker|topic`,
 * which prints one value per line).
 */
import type { Command, Option } from 'commander';
import type { GlobalOptions, Io } from '../context.js';
import { UsageError } from '../context.js';
import { openCorpus } from '../shared.js';
import { SHELLS } from '../defaults.js';

type Shell = (typeof SHELLS)[number];
const VALUE_KINDS = ['doc', 'speaker', 'topic'] as const;
type ValueKind = (typeof VALUE_KINDS)[number];

/** Option value completions that are not the option's own choices. */
const FIXED_VALUES: Record<string, string[]> = {
  '--type': ['qa', 'quote', 'claim'],
  '--by': ['type', 'speaker', 'year', 'doc', 'topic', 'mentions'],
  '--year': [],
  '--mentions': [],
  '--limit': [],
  '--context': [],
};
const CORPUS_VALUES: Record<string, ValueKind> = { '--doc': 'doc', '--speaker': 'speaker', '--topic': 'topic' };

interface OptSpec {
  short?: string;
  long?: string;
  description: string;
  takesValue: boolean;
  /** fixed values, or a kind fetched from the corpus, or folders */
  values: string[] | ValueKind | 'dir' | null;
}

interface CmdSpec {
  name: string;
  description: string;
  options: OptSpec[];
  /** fixed values for the first argument (completion's shells) */
  args: string[];
}

function optSpec(o: Option): OptSpec {
  const long = o.long ?? undefined;
  let values: OptSpec['values'] = null;
  if (o.argChoices?.length) values = [...o.argChoices];
  else if (long && long in FIXED_VALUES) values = FIXED_VALUES[long]!;
  else if (long && long in CORPUS_VALUES) values = CORPUS_VALUES[long]!;
  else if (long === '--corpus') values = 'dir';
  return { short: o.short ?? undefined, long, description: o.description.replace(/\s+/g, ' '), takesValue: o.required || o.optional, values };
}

const visible = (opts: readonly Option[]) => opts.filter((o) => !o.hidden).map(optSpec);
const HELP: OptSpec = { short: '-h', long: '--help', description: 'display help for command', takesValue: false, values: null };

function specOf(program: Command): { global: OptSpec[]; commands: CmdSpec[] } {
  const global = [...visible(program.options), HELP];
  const commands = program.commands
    .filter((c) => !(c as Command & { _hidden?: boolean })._hidden)
    .map((c): CmdSpec => ({
      name: c.name(),
      description: c.description().replace(/\s+/g, ' '),
      options: [...visible(c.options), HELP],
      args: c.name() === 'completion' ? [...SHELLS] : [],
    }));
  commands.push({ name: 'help', description: 'display help for a command', options: [], args: program.commands.map((c) => c.name()) });
  return { global, commands };
}

const flagsOf = (o: OptSpec) => [o.short, o.long].filter((f): f is string => !!f);

// ---------------------------------------------------------------- bash

function bashValues(o: OptSpec): string {
  if (o.values === 'dir') return 'COMPREPLY=($(compgen -d -- "$cur")); return ;;';
  if (typeof o.values === 'string') {
    return `local IFS=$'\\n'; COMPREPLY=($(compgen -W "$(quarry completion --values ${o.values} 2>/dev/null)" -- "$cur")); COMPREPLY=("\${COMPREPLY[@]// /\\\\ }"); return ;;`;
  }
  if (o.values?.length) return `COMPREPLY=($(compgen -W "${o.values.join(' ')}" -- "$cur")); return ;;`;
  return 'return ;;';
}

function bashCase(options: OptSpec[], indent: string): string[] {
  const lines: string[] = [];
  for (const o of options.filter((x) => x.takesValue)) lines.push(`${indent}${flagsOf(o).join('|')}) ${bashValues(o)}`);
  return lines;
}

export function bashScript(program: Command): string {
  const { global, commands } = specOf(program);
  const globalValueFlags = global.filter((o) => o.takesValue).flatMap(flagsOf);
  const out = [
    '# bash completion for quarry',
    '# Load it now:       source <(quarry completion bash)',
    '# Load it always:    quarry completion bash > ~/.local/share/bash-completion/completions/quarry',
    '_quarry() {',
    '  local cur prev cmd i',
    '  cur="${COMP_WORDS[COMP_CWORD]}"',
    '  prev="${COMP_WORDS[COMP_CWORD-1]}"',
    '  cmd=""',
    '  for ((i = 1; i < COMP_CWORD; i++)); do',
    '    case "${COMP_WORDS[i]}" in',
    ...(globalValueFlags.length ? [`      ${globalValueFlags.join('|')}) ((i++)) ;;`] : []),
    '      -*) ;;',
    '      *) cmd="${COMP_WORDS[i]}"; break ;;',
    '    esac',
    '  done',
    '  case "$prev" in',
    ...bashCase(global, '    '),
    '  esac',
    '  case "$cmd" in',
    `    "") COMPREPLY=($(compgen -W "${[...commands.map((c) => c.name), ...global.flatMap(flagsOf)].join(' ')}" -- "$cur")) ;;`,
  ];
  for (const c of commands) {
    out.push(`    ${c.name})`);
    const cases = bashCase(c.options, '        ');
    if (cases.length) out.push('      case "$prev" in', ...cases, '      esac');
    const words = [...c.options.flatMap(flagsOf), ...global.filter((o) => o.long !== '--help').flatMap(flagsOf)];
    if (c.args.length) out.push(`      if [[ "$cur" != -* ]]; then COMPREPLY=($(compgen -W "${c.args.join(' ')}" -- "$cur")); return; fi`);
    out.push(`      COMPREPLY=($(compgen -W "${words.join(' ')}" -- "$cur")) ;;`);
  }
  out.push('  esac', '}', 'complete -F _quarry quarry', '');
  return out.join('\n');
}

// ---------------------------------------------------------------- zsh

/** Text safe inside a zsh _arguments spec in single quotes. */
const zshText = (s: string) => s.replace(/[[\]:'`$"\\]/g, ' ').replace(/\s+/g, ' ').trim();

function zshAction(o: OptSpec): string {
  if (o.values === 'dir') return ':folder:_directories';
  if (typeof o.values === 'string') return `:${o.values}:_quarry_values ${o.values}`;
  if (o.values?.length) return `:value:(${o.values.join(' ')})`;
  return o.takesValue ? ':value: ' : '';
}

function zshOption(o: OptSpec): string {
  const flags = flagsOf(o);
  const desc = zshText(o.description);
  const action = zshAction(o);
  if (flags.length === 2) return `'(${flags.join(' ')})'{${flags.join(',')}}'[${desc}]${action}'`;
  return `'${flags[0]}[${desc}]${action}'`;
}

export function zshScript(program: Command): string {
  const { global, commands } = specOf(program);
  const out = [
    '#compdef quarry',
    '# zsh completion for quarry',
    '# Load it now:       source <(quarry completion zsh)',
    '# Load it always:    quarry completion zsh > "${fpath[1]}/_quarry"',
    '_quarry_values() {',
    '  local -a vals',
    '  vals=("${(@f)$(quarry completion --values $1 2>/dev/null)}")',
    '  compadd -- "${vals[@]}"',
    '}',
    '_quarry() {',
    '  local curcontext="$curcontext" state line',
    '  typeset -A opt_args',
    '  _arguments -C \\',
    ...global.map((o) => `    ${zshOption(o)} \\`),
    "    '1:command:->command' \\",
    "    '*::arg:->args'",
    '  case $state in',
    '    command)',
    '      local -a cmds',
    `      cmds=(${commands.map((c) => `'${c.name}:${zshText(c.description)}'`).join(' ')})`,
    "      _describe -t commands 'quarry command' cmds ;;",
    '    args)',
    '      case $line[1] in',
  ];
  for (const c of commands) {
    const specs = c.options.map(zshOption);
    if (c.args.length) specs.push(`'1:${c.name === 'help' ? 'command' : 'shell'}:(${c.args.join(' ')})'`);
    else if (c.name === 'search') specs.push("'*:query: '");
    else if (c.name === 'show') specs.push("'1:record id: '");
    out.push(`        ${c.name}) _arguments ${specs.join(' ')} ;;`);
  }
  out.push(
    '      esac ;;',
    '  esac',
    '}',
    'if [ "${funcstack[1]}" = "_quarry" ]; then _quarry "$@"; else compdef _quarry quarry; fi',
    '',
  );
  return out.join('\n');
}

// ---------------------------------------------------------------- fish

const fishText = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fishOption(o: OptSpec, condition: string): string {
  const parts = ['complete -c quarry'];
  if (condition) parts.push(`-n ${fishText(condition)}`);
  if (o.short) parts.push(`-s ${o.short.slice(1)}`);
  if (o.long) parts.push(`-l ${o.long.slice(2)}`);
  if (o.values === 'dir') parts.push("-r -a '(__fish_complete_directories)'");
  else if (typeof o.values === 'string') parts.push(`-x -a ${fishText(`(quarry completion --values ${o.values} 2>/dev/null)`)}`);
  else if (o.values?.length) parts.push(`-x -a ${fishText(o.values.join(' '))}`);
  else if (o.takesValue) parts.push('-x');
  parts.push(`-d ${fishText(o.description)}`);
  return parts.join(' ');
}

export function fishScript(program: Command): string {
  const { global, commands } = specOf(program);
  const names = commands.map((c) => c.name).join(' ');
  const out = [
    '# fish completion for quarry',
    '# Load it now:       quarry completion fish | source',
    '# Load it always:    quarry completion fish > ~/.config/fish/completions/quarry.fish',
    'complete -c quarry -f',
    ...global.map((o) => fishOption(o, '')),
  ];
  for (const c of commands) out.push(`complete -c quarry -n ${fishText(`not __fish_seen_subcommand_from ${names}`)} -a ${c.name} -d ${fishText(c.description)}`);
  for (const c of commands) {
    const cond = `__fish_seen_subcommand_from ${c.name}`;
    for (const o of c.options) if (o.long !== '--help') out.push(fishOption(o, cond));
    if (c.args.length) out.push(`complete -c quarry -n ${fishText(cond)} -a ${fishText(c.args.join(' '))}`);
  }
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------- command

/** `quarry completion`, run: the action registered in ../registry.ts. */
export async function action(io: Io, shell: string | undefined, opts: { values?: string }, command: Command): Promise<number> {
  const program = command.parent!;
  if (opts.values !== undefined) return printValues(opts.values, command.optsWithGlobals<GlobalOptions>(), io);
  if (!shell) throw new UsageError(`completion: needs a shell (accepts ${SHELLS.join(', ')})`);
  const s = shell.trim().toLowerCase() as Shell;
  if (!SHELLS.includes(s)) throw new UsageError(`completion: '${shell}' is not a shell quarry completes (accepts ${SHELLS.join(', ')})`);
  io.stdout.write(s === 'bash' ? bashScript(program) : s === 'zsh' ? zshScript(program) : fishScript(program));
  return 0;
}

async function printValues(kind: string, g: GlobalOptions, io: Io): Promise<number> {
  if (!VALUE_KINDS.includes(kind as ValueKind)) throw new UsageError(`--values: '${kind}' is not a value kind (accepts ${VALUE_KINDS.join(', ')})`);
  const { corpus } = await openCorpus(g, io);
  const values = new Set<string>();
  if (kind === 'doc') {
    // the folders too (`--doc 2021/` selects every document under it), each before its documents
    for (const d of corpus.documents) {
      const parts = d.id.split('/');
      for (let i = 1; i < parts.length; i++) values.add(parts.slice(0, i).join('/') + '/');
      values.add(d.id);
    }
  }
  else if (kind === 'speaker') {
    for (const n of corpus.registry.names()) values.add(n);
    for (const r of corpus.records) if (r.speaker) values.add(r.speaker);
  } else for (const r of corpus.records) for (const t of r.topics) if (t.trim()) values.add(t.trim());
  // one value a line: a value is never allowed to break a line or drive the terminal
  const lines = [...values].map((v) => v.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')).filter((v) => v.trim());
  io.stdout.write(lines.length ? lines.join('\n') + '\n' : '');
  return lines.length ? 0 : 1;
}
