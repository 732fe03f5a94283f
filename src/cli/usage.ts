import type { ErrorCode, ParamsOf } from '../errors-data.js';
import { problem } from '../errors.js';
import type { Command, CommanderError, HelpConfiguration } from 'commander';
import type { Problem } from '../errors.js';
import { closest } from '../content/suggest.js';

/** Dutch names for options: the English ones are the documented interface, these work as well. */
export const OPTION_ALIASES: Record<string, string> = {
  '--pakket': '--package',
  '--thema': '--theme',
  '--alles': '--all',
  '--alleen': '--only',
  '--uit': '--out',
  '--stil': '--quiet',
  '--opnieuw': '--force',
  '--uitgebreid': '--verbose',
  '--aan': '--to',
  '--deelnemers': '--participants',
  '--groepen': '--groups',
  '--datum': '--date',
  '--titel': '--title',
  '--sessie': '--session',
  '--kaarten': '--cards',
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
  const helpFor = cmd ? `toolkit ${cmd.name()} --help` : 'toolkit --help';
  const p = <C extends UsageCode>(code: C, params: ParamsOf<C>, hint = `Kijk bij ${helpFor} wat kan.`): Problem => problem(code, params, { hint });
  switch (e.code) {
    case 'commander.unknownCommand': {
      const word = quoted(e.message);
      const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      const near = closest(word, names);
      return p('usage-command', { word }, near ? `Bedoel je ${near}? Opdrachten: ${program.commands.map((c) => c.name()).join(', ')}.` : undefined);
    }
    case 'commander.unknownOption': {
      const flag = quoted(e.message);
      const near = closest(flag, [...optionNames(cmd), ...Object.keys(OPTION_ALIASES)]);
      return p('usage-option', { flag, where: cmd ? ` bij ${cmd.name()}` : '' }, near ? `Bedoel je ${near}?` : undefined);
    }
    case 'commander.optionMissingArgument':
      return p('usage-value', { what: `bij de optie ${flagOf(e.message)} hoort een waarde` }, `Schrijf de waarde erachter, bijvoorbeeld --package 8. Zie ${helpFor}.`);
    case 'commander.missingMandatoryOptionValue':
      return p('usage-required', { flag: flagOf(e.message) }, `Zie ${helpFor}.`);
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
