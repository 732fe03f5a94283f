import type { ErrorCode, ParamsOf } from '../errors-data.js';
import { problem } from '../errors.js';
import type { Command, CommanderError, HelpConfiguration } from 'commander';
import type { Problem } from '../errors.js';

/** Dutch names for options: the English ones are the documented interface, these work as well. */
export const OPTION_ALIASES: Record<string, string> = {
  '--pakket': '--package',
  '--thema': '--theme',
  '--alles': '--all',
  '--alleen': '--only',
  '--uit': '--out',
  '--stil': '--quiet',
  '--opnieuw': '--force',
  '--nakijken': '--verify',
  '--uitgebreid': '--verbose',
  '--aan': '--to',
  '--deelnemers': '--participants',
  '--groepen': '--groups',
  '--datum': '--date',
  '--titel': '--title',
  '--sessie': '--session',
  '--kaarten': '--cards',
  '--poort': '--port',
  '--openen': '--open',
  '--film-wachtwoorden': '--film-passwords',
  '--bericht': '--message',
  '--proef': '--dry-run',
};

/** The arguments with Dutch option names turned into the English ones commander knows. */
export function englishOption(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return argv.map((a, i) => {
    if (i < 2 || (end >= 0 && i > end)) return a;
    const [name, ...value] = a.split('=');
    const english = OPTION_ALIASES[name!];
    return english ? [english, ...value].join('=') : a;
  });
}

const TITLES: Record<string, string> = {
  'Usage:': 'Gebruik:',
  'Options:': 'Opties:',
  'Commands:': 'Opdrachten:',
  'Arguments:': 'Argumenten:',
  'Global Options:': 'Algemene opties:',
};

/** Commander's help in Dutch: its headings, and the default values it adds. */
export const dutchHelp: HelpConfiguration = {
  styleTitle: (s) => TITLES[s] ?? s,
  styleUsage: (s) => s.replace('[options]', '[opties]').replace('[command]', '[opdracht]'),
  subcommandTerm: (cmd) => {
    const args = cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
    return [cmd.name() + (cmd.aliases()[0] ? '|' + cmd.aliases()[0] : ''), cmd.options.length ? '[opties]' : '', args].filter(Boolean).join(' ');
  },
  optionDescription: (o) => {
    const shown = o.defaultValueDescription ?? (typeof o.defaultValue === 'string' || typeof o.defaultValue === 'number' ? JSON.stringify(o.defaultValue) : undefined);
    return shown && (o.required || o.optional) ? `${o.description} (standaard: ${shown})` : o.description;
  },
};

/** Levenshtein with a swap of two neighbours as one edit: `biuld` is one typo from `build`. */
function typoDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

/** The name closest to a typo, when close enough; on a tie the one listed first (the Dutch one, for a Dutch user). */
export function nearest(word: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = typoDistance(word.toLowerCase(), n.toLowerCase());
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.replace(/^-+/, '').length / 3)) ? best : undefined;
}

const ENGLISH_TO_DUTCH = Object.fromEntries(Object.entries(OPTION_ALIASES).map(([nl, en]) => [en, nl]));

/** What the user typed, before the first `--`: the words and the option names (without `=value`). */
const typed = (argv: string[]) => {
  const end = argv.indexOf('--');
  return (end >= 0 ? argv.slice(2, end) : argv.slice(2)).map((a) => a.split('=')[0]!);
};

/**
 * Whether the user typed Dutch, for the names in an answer: the command
 * (bouw, sessie) and the options (--pakket). Options follow the options typed
 * (`sessie --package 8` gets --participants); with none that has a Dutch
 * name, they follow the command (`sessie 8` gets --deelnemers).
 */
export function typedDutch(program: Command, argv: string[]): { command: boolean; options: boolean } {
  const words = typed(argv);
  const dutchCommands = new Set(program.commands.flatMap((c) => c.aliases()));
  const command = words.some((w) => dutchCommands.has(w));
  if (words.some((w) => w in OPTION_ALIASES)) return { command, options: true };
  if (words.some((w) => w in ENGLISH_TO_DUTCH)) return { command, options: false };
  return { command, options: command };
}

/** `--package` as a Dutch user knows it (`--pakket`); any other name as it is. */
export const dutchFlag = (flag: string) => ENGLISH_TO_DUTCH[flag] ?? flag;

/**
 * A problem's words for a Dutch user: each option and command named by its
 * Dutch name (`--to "piet"` becomes `--aan "piet"`, `toolkit session` becomes
 * `toolkit sessie`). A problem in a source file is left alone; the code stays.
 */
export function inDutch(p: Problem, program: Command, dutch: { command: boolean; options: boolean }): Problem {
  if (p.at || (!dutch.command && !dutch.options)) return p; // a problem in a file quotes the file's words: left as they are
  const commands = Object.fromEntries(program.commands.filter((c) => c.aliases()[0]).map((c) => [c.name(), c.aliases()[0]!]));
  const words = (t: string) => {
    if (dutch.options) t = t.replace(/(^|[\s"'(`,])(--[a-z][a-z-]*)(?![a-z-])/g, (_, before: string, flag: string) => before + dutchFlag(flag));
    if (dutch.command) t = t.replace(/\btoolkit ([a-z]+)\b/g, (_, cmd: string) => `toolkit ${commands[cmd] ?? cmd}`);
    return t;
  };
  return { ...p, message: words(p.message), ...(p.hint !== undefined && { hint: words(p.hint) }) };
}

const quoted = (message: string) => /'([^']+)'/.exec(message)?.[1] ?? '';
/** `--package` of commander's "option '-p, --package <numbers>' ...". */
const flagOf = (message: string) => /--[\w-]+/.exec(quoted(message))?.[0] ?? quoted(message);

type UsageCode = Extract<ErrorCode, `usage-${string}`>;

/** The command the user typed, for its options' names. */
function commandOf(program: Command, argv: string[]): Command | undefined {
  const word = argv.slice(2).find((a) => !a.startsWith('-'));
  return program.commands.find((c) => c.name() === word || c.aliases().includes(word ?? ''));
}

const optionNames = (cmd: Command | undefined) => (cmd?.options ?? []).flatMap((o) => [o.long, o.short]).filter((n): n is string => Boolean(n));

/**
 * Commander's usage errors, worded in Dutch with what to do. Undefined for
 * the help that commander shows after a bare `toolkit`.
 */
export function usageProblem(e: CommanderError, program: Command, argv: string[]): Problem | undefined {
  const cmd = commandOf(program, argv);
  const dutch = typedDutch(program, argv).options;
  // The command as the user typed it (bouw, not build).
  const word = cmd && (typed(argv).find((w) => w === cmd.name() || cmd.aliases().includes(w)) ?? cmd.name());
  const helpFor = cmd ? `toolkit ${word} --help` : 'toolkit --help';
  const p = <C extends UsageCode>(code: C, params: ParamsOf<C>, hint = `Kijk bij ${helpFor} wat kan.`): Problem => problem(code, params, { hint });
  // The names an option of this command goes by, the Dutch ones first for a Dutch user.
  const names = () => {
    const own = optionNames(cmd);
    const nl = Object.keys(OPTION_ALIASES).filter((n) => own.includes(OPTION_ALIASES[n]!));
    return dutch ? [...nl, ...own] : [...own, ...nl];
  };
  const unknownOption = (flag: string) => {
    const near = nearest(flag, names());
    return p('usage-option', { flag, where: cmd ? ` bij ${word}` : '' }, near ? `Bedoel je ${near}?` : undefined);
  };
  switch (e.code) {
    case 'commander.unknownCommand': {
      const word = quoted(e.message);
      const all = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      const near = nearest(word, dutch ? [...program.commands.flatMap((c) => c.aliases()), ...program.commands.map((c) => c.name())] : all);
      return p('usage-command', { word }, near ? `Bedoel je ${near}? Opdrachten: ${program.commands.map((c) => c.name()).join(', ')}.` : undefined);
    }
    case 'commander.unknownOption':
      return unknownOption(quoted(e.message));
    case 'commander.optionMissingArgument': {
      const flag = dutch ? dutchFlag(flagOf(e.message)) : flagOf(e.message);
      return p('usage-value', { what: `bij de optie ${flag} hoort een waarde` }, `Schrijf de waarde erachter, bijvoorbeeld ${dutch ? '--pakket' : '--package'} 8. Zie ${helpFor}.`);
    }
    case 'commander.missingMandatoryOptionValue': {
      // Commander asks for a required option before it looks at unknown ones: `--deelnemrs 12` is the typo to tell.
      const known = new Set([...names(), '-h', '--help']);
      const unknown = typed(argv).find((w) => /^--?[a-zA-Z]/.test(w) && !known.has(w));
      if (unknown) return unknownOption(unknown);
      return p('usage-required', { flag: dutch ? dutchFlag(flagOf(e.message)) : flagOf(e.message) }, `Zie ${helpFor}.`);
    }
    case 'commander.excessArguments':
      return p('usage-arguments', { what: cmd ? `${cmd.name()} verwacht` : 'hier horen', words: argv.slice(2).filter((a) => !a.startsWith('-')).slice(1).join(' ') });
    case 'commander.invalidArgument': {
      // Our own parsers' Dutch text comes after commander's "... is invalid. ".
      const own = /is invalid\. (.*)$/s.exec(e.message)?.[1] ?? e.message;
      return p('usage-value', { what: own.replace(/\.$/, '') }, `Zie ${helpFor}.`);
    }
    case 'commander.help':
      return undefined;
    default:
      return p('usage-other', { what: e.message.replace(/^error: /, '') });
  }
}

/**
 * `npm run toolkit bouw 8 --open`, without `--`: npm keeps `--open` as its own
 * setting (and says so in English), so the toolkit would quietly build without
 * it. npm hands its settings on as npm_config_*; ours among them were meant
 * for the toolkit. Only when run as the npm script `toolkit`.
 */
export function keptByNpm(env: NodeJS.ProcessEnv, program: Command): string[] {
  if (env.npm_lifecycle_event !== 'toolkit') return [];
  const names = new Set([...program.options, ...program.commands.flatMap((c) => c.options)].map((o) => o.long).filter((n): n is string => Boolean(n)));
  Object.keys(OPTION_ALIASES).forEach((n) => names.add(n));
  return [...names].filter((n) => env[`npm_config_${n.slice(2).replace(/-/g, '_')}`] !== undefined).sort();
}
