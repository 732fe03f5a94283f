import { problem } from '../errors.js';
import { isIP } from 'node:net';
import type { Problem } from '../errors.js';

export interface SmtpConfig {
  host: string;
  port: number;
  /** smtps://: TLS from the first byte (port 465), rather than STARTTLS. */
  secure: boolean;
  /** STARTTLS must succeed, or nothing is sent. */
  requireTLS: boolean;
  /** Off only on loopback or with --insecure: there a self-signed certificate is the norm. */
  verifyCertificate: boolean;
  auth?: { user: string; pass: string };
}

/** What to show of a config: never the credentials, not even the user name. */
export function describeSmtp(c: SmtpConfig): string {
  const parts = [c.secure ? 'TLS' : c.requireTLS ? 'STARTTLS required' : 'STARTTLS if offered'];
  if (!c.verifyCertificate) parts.push('certificate not checked');
  if (c.auth) parts.push('with login');
  return `smtp${c.secure ? 's' : ''}://${hostPart(c.host)}:${c.port} (${parts.join(', ')})`;
}

const hostPart = (h: string) => (isIP(h) === 6 ? `[${h}]` : h);

/**
 * Mail on the same machine never crosses a network, so there TLS is optional:
 * a local test server (smtp-server, MailHog) rarely has a real certificate.
 */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  if (isIP(h) === 6) return h === '::1' || /^::ffff:127\./.test(h);
  return false;
}

/**
 * Reads `smtp://host:port` and the credentials from the environment. The URL
 * may not carry credentials: a command line ends up in shell history and
 * process lists, the environment does not. Problems never repeat the URL,
 * since it may hold the very password it is refused for.
 */
export function smtpConfig(url: string, env: NodeJS.ProcessEnv, insecure: boolean): { config?: SmtpConfig; problems: Problem[] } {
  const hint = 'Schrijf het als smtp://host:poort, bijvoorbeeld smtp://mail.example.org:587.';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { problems: [problem('smtp-url', { what: 'het SMTP-adres is geen URL' }, { hint })] };
  }
  const problems: Problem[] = [];
  if (u.protocol !== 'smtp:' && u.protocol !== 'smtps:')
    problems.push(problem('smtp-url', { what: `het SMTP-adres begint met ${u.protocol}//, niet met smtp:// of smtps://` }, { hint }));
  if (u.username || u.password)
    problems.push(problem('smtp-credentials-in-url', {}));
  if ((u.pathname && u.pathname !== '/') || u.search || u.hash)
    problems.push(problem('smtp-url', { what: 'het SMTP-adres heeft meer dan een host en een poort' }, { hint }));
  if (!u.hostname) problems.push(problem('smtp-url', { what: 'het SMTP-adres heeft geen host' }, { hint }));

  const user = env.TOOLKIT_SMTP_USER ?? '';
  const pass = env.TOOLKIT_SMTP_PASS ?? '';
  if (Boolean(user) !== Boolean(pass))
    problems.push(problem('smtp-credentials', { set: user ? 'TOOLKIT_SMTP_USER' : 'TOOLKIT_SMTP_PASS', unset: user ? 'TOOLKIT_SMTP_PASS' : 'TOOLKIT_SMTP_USER' }));
  if (problems.length) return { problems };

  const secure = u.protocol === 'smtps:';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const relaxed = insecure || isLoopback(host);
  return {
    config: {
      host,
      port: u.port ? Number(u.port) : secure ? 465 : 587,
      secure,
      requireTLS: !secure && !relaxed,
      verifyCertificate: !relaxed,
      auth: user ? { user, pass } : undefined,
    },
    problems,
  };
}
