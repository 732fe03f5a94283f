import { problem } from '../errors.js';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Problem } from '../errors.js';
import { writeAtomic } from '../run/write.js';
import { headerProblems, isAddress } from './address.js';

/** Who sends the mail: the facilitator, never the toolkit's authors. */
export interface Sender {
  name?: string;
  email: string;
  organisation?: string;
  /** As it goes under the mail; without it, name and organisation. */
  signature?: string;
}

/** How long each SMTP phase and the whole send may take, in seconds. */
export interface SmtpBounds {
  phaseSeconds: number;
  totalSeconds: number;
}

export const DEFAULT_BOUNDS: SmtpBounds = { phaseSeconds: 60, totalSeconds: 180 };
/** The longest a phase (connect, greeting, an answer) and a whole send may be set to: ten minutes and an hour. */
export const MAX_PHASE_SECONDS = 600;
export const MAX_TOTAL_SECONDS = 3600;

export interface ToolkitConfig {
  /** The file it was read from. */
  file?: string;
  sender?: Sender;
  smtp: SmtpBounds;
}

export const CONFIG_NAME = 'toolkit.config.yaml';

/** The user's own config folder: %APPDATA% on Windows, Application Support on a Mac, else XDG. */
export function userConfigFile(env: NodeJS.ProcessEnv): string {
  const home = env.HOME || env.USERPROFILE || homedir();
  const base =
    process.platform === 'win32'
      ? (env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : env.XDG_CONFIG_HOME || join(home, '.config');
  return join(base, 'toolkit', CONFIG_NAME);
}

/** Where a config is looked for, first found wins: TOOLKIT_CONFIG, the project folder, the user's folder. */
export const configCandidates = (cwd: string, env: NodeJS.ProcessEnv) => [env.TOOLKIT_CONFIG, join(cwd, CONFIG_NAME), userConfigFile(env)].filter((f): f is string => Boolean(f));

export function loadConfig(cwd: string, env: NodeJS.ProcessEnv): { config: ToolkitConfig; problems: Problem[] } {
  for (const file of configCandidates(cwd, env)) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    return readConfig(text, file);
  }
  return { config: { smtp: DEFAULT_BOUNDS }, problems: [] };
}

export function readConfig(text: string, file: string): { config: ToolkitConfig; problems: Problem[] } {
  const problems: Problem[] = [];
  const bad = (what: string, hint: string) => problems.push(problem('config', { what }, { hint, at: { file } }));
  let data: Record<string, unknown>;
  try {
    data = (parse(text) ?? {}) as Record<string, unknown>;
  } catch {
    bad('dit instellingenbestand is geen geldige YAML', 'Maak het opnieuw met toolkit mail --setup, of verbeter het.');
    return { config: { file, smtp: DEFAULT_BOUNDS }, problems };
  }
  const s = (data.sender ?? {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  let sender: Sender | undefined;
  const email = str(s.email);
  if (email) {
    sender = { email, name: str(s.name), organisation: str(s.organisation), signature: str(s.signature) };
    if (!isAddress(email)) bad(`sender.email "${email}" is geen e-mailadres`, 'Schrijf het als naam@domein, bijvoorbeeld jan@gemeente.nl.');
    for (const [what, v] of [['sender.email', email], ['sender.name', sender.name ?? '']] as const) problems.push(...headerProblems(what, v).map((p) => ({ ...p, at: { file } })));
  } else if (data.sender !== undefined) bad('sender heeft geen email', 'Vul sender.email in, of maak het bestand opnieuw met toolkit mail --setup.');
  const smtp = (data.smtp ?? {}) as Record<string, unknown>;
  // Bounded: a timer longer than Node's 24.8 days fires at once, and .inf never does.
  const seconds = (v: unknown, fallback: number, key: string, max: number) => {
    if (v === undefined) return fallback;
    if (typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= max) return v;
    bad(`smtp.${key} is ${typeof v === 'number' ? String(v) : JSON.stringify(v)}; het moet een aantal seconden van 1 tot en met ${max} zijn`, `Standaard is het ${fallback}.`);
    return fallback;
  };
  const bounds = {
    phaseSeconds: seconds(smtp.phase_seconds, DEFAULT_BOUNDS.phaseSeconds, 'phase_seconds', MAX_PHASE_SECONDS),
    totalSeconds: seconds(smtp.total_seconds, DEFAULT_BOUNDS.totalSeconds, 'total_seconds', MAX_TOTAL_SECONDS),
  };
  return { config: { file, sender, smtp: bounds }, problems };
}

export function writeConfig(file: string, sender: Sender) {
  const body = stringify({ sender: Object.fromEntries(Object.entries(sender).filter(([, v]) => v)) }, { lineWidth: 0 });
  writeAtomic(file, `# De afzender van toolkit mail. Gemaakt met toolkit mail --setup; je mag het zelf aanpassen.\n${body}`);
}
