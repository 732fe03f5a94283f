import { problem } from '../errors.js';
import type { Problem } from '../errors.js';

// Conservative on purpose: a typo such as "iemand@example" or "iemand@@example.org"
// should be caught here, before a build, rather than bounce a day later.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TLD = /^(?:\p{L}{2,}|xn--[a-z0-9-]+)$/iu;

export function isAddress(s: string): boolean {
  if (s.length > 254) return false;
  const at = s.lastIndexOf('@');
  if (at < 1) return false;
  const local = s.slice(0, at);
  const labels = s.slice(at + 1).split('.');
  return (
    local.length <= 64 &&
    LOCAL.test(local) &&
    labels.length >= 2 &&
    labels.every((l) => LABEL.test(l)) &&
    TLD.test(labels[labels.length - 1]!)
  );
}

/**
 * A header value with a line break would let its text start a new header
 * (`Bcc:` for instance), so any control character refuses the whole value.
 * The value is shown JSON-quoted so the break itself is visible.
 */
export function headerProblems(name: string, value: string): Problem[] {
  if (!/[\u0000-\u0008\u000a-\u001f\u007f]/.test(value)) return [];
  return [problem('header-line-break', { name, value: JSON.stringify(value) })];
}

/**
 * Splits "a@x.nl, b@y.nl" (or with ";", as Outlook writes) into addresses; a
 * comma inside quotes or angle brackets is part of the address, as in
 * `"Jansen, Jan" <jan@example.org>`.
 */
export function splitAddresses(values: string[]): string[] {
  return values.flatMap((v) => {
    const parts: string[] = [];
    let part = '';
    let quoted = false;
    let angle = false;
    for (let i = 0; i < v.length; i++) {
      const c = v[i]!;
      if (c === '\\' && quoted && i + 1 < v.length) {
        part += c + v[++i];
        continue;
      }
      if (c === '"') quoted = !quoted;
      else if (!quoted && c === '<') angle = true;
      else if (!quoted && c === '>') angle = false;
      if (!quoted && !angle && (c === ',' || c === ';')) {
        parts.push(part);
        part = '';
      } else part += c;
    }
    parts.push(part);
    return parts.map((s) => s.trim()).filter(Boolean);
  });
}

/** Every problem with the addresses given for one option, such as `--to`. */
export function addressProblems(option: string, values: string[]): Problem[] {
  const breaks = values.flatMap((v) => headerProblems(option, v));
  if (breaks.length) return breaks;
  return splitAddresses(values)
    .filter((a) => !isAddress(parseMailbox(a).address))
    .map((a) => problem('address', { option, address: a }));
}

/** "Naam <a@b.nl>" or "a@b.nl", as pasted from Outlook or set in TOOLKIT_MAIL_FROM. */
export function parseMailbox(value: string): { name?: string; address: string } {
  const m = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(value);
  if (!m) return { address: value.trim() };
  const name = m[1]!.replace(/^"(.*)"$/, '$1').trim();
  return name ? { name, address: m[2]!.trim() } : { address: m[2]!.trim() };
}
