import nodemailer from 'nodemailer';
import type { Problem } from '../errors.js';
import { describeSmtp, type SmtpConfig } from './smtp.js';

export interface RetryOptions {
  /** Wait before each retry; its length is the number of retries. */
  delays?: number[];
  sleep?: (ms: number) => Promise<void>;
  /** Told before each wait, so a user sees why nothing happens for a while. */
  onRetry?: (info: { attempt: number; delay: number; reason: string }) => void;
}

/** Three retries over about 40 s: long enough for a greylisting or busy server, short enough to wait for. */
export const DEFAULT_DELAYS = [2_000, 8_000, 30_000];

export interface Envelope {
  from: string;
  to: string[];
}

export interface SendResult {
  ok: boolean;
  attempts: number;
  accepted: string[];
  /** Problems in plain words: the send failed, or some recipients were refused. */
  problems: Problem[];
}

/** The parts of a nodemailer error this module reads. */
interface SmtpError {
  message: string;
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  command?: string;
}

/**
 * Sends the rendered message, retrying what may pass on a second try (a 4xx
 * answer, a dropped or refused connection) and stopping at once on what will
 * not (5xx, a refused login, a certificate that does not match).
 */
export async function send(raw: Buffer, envelope: Envelope, config: SmtpConfig, retry: RetryOptions = {}): Promise<SendResult> {
  const delays = retry.delays ?? DEFAULT_DELAYS;
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTLS,
    opportunisticTLS: !config.requireTLS,
    tls: { rejectUnauthorized: config.verifyCertificate },
    auth: config.auth,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 120_000,
  });
  const redact = (s: string) => (config.auth?.pass ? s.split(config.auth.pass).join('***') : s);
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const info = await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw });
        const rejected = (info.rejected ?? []).map(String);
        return {
          ok: rejected.length === 0,
          attempts: attempt,
          accepted: (info.accepted ?? []).map(String),
          problems: rejected.map((a) => ({
            code: 'smtp-recipient',
            message: `the mail server did not accept ${a}; the others got the message`,
            hint: `Check the address, then send to it alone with --to ${a}.`,
          })),
        };
      } catch (e) {
        const err = asSmtpError(e);
        const delay = delays[attempt - 1];
        if (!isTransient(err) || delay === undefined)
          return { ok: false, attempts: attempt, accepted: [], problems: [describeFailure(err, config, attempt, redact)] };
        retry.onRetry?.({ attempt, delay, reason: redact(reasonOf(err)) });
        await sleep(delay);
      }
    }
  } finally {
    transport.close();
  }
}

const asSmtpError = (e: unknown): SmtpError => (e instanceof Error ? (e as SmtpError) : { message: String(e) });

// Network failures worth another try; anything else at socket level (a
// certificate error on smtps://, for one) will fail the same way again.
const TRANSIENT_SOCKET = ['ECONNRESET', 'ECONNREFUSED', 'ECONNABORTED', 'ETIMEDOUT', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EAI_AGAIN'];

export function isTransient(e: SmtpError): boolean {
  if (e.responseCode) return e.responseCode >= 400 && e.responseCode < 500;
  if (e.code === 'ECONNECTION' || e.code === 'ETIMEDOUT') return true;
  if (e.code === 'ESOCKET') return !e.originalCode || TRANSIENT_SOCKET.includes(e.originalCode);
  if (e.code === 'EDNS') return e.originalCode === 'EAI_AGAIN';
  return false;
}

/** The server's own words, one line, or the system error code. */
function reasonOf(e: SmtpError): string {
  const said = e.response?.split(/\r?\n/)[0]?.trim();
  if (said) return said.length > 200 ? said.slice(0, 200) + '…' : said;
  return e.originalCode ?? e.code ?? e.message;
}

/** A failure in plain words: what happened, then what to do. Never the credentials. */
export function describeFailure(e: SmtpError, config: SmtpConfig, attempts: number, redact = (s: string) => s): Problem {
  const server = describeSmtp(config).replace(/ \(.*$/, '');
  const reason = redact(reasonOf(e));
  const tries = attempts > 1 ? ` (${attempts} attempts)` : '';
  const p = (code: string, message: string, hint: string): Problem => ({ code, message, hint });

  if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534)
    return p('smtp-login', `the server refused the login (${reason})`, 'Check TOOLKIT_SMTP_USER and TOOLKIT_SMTP_PASS. Nothing was sent.');
  if (e.code === 'ENOAUTH' || e.responseCode === 530)
    return p('smtp-login', `the mail server wants a login before it accepts mail (${reason})`, 'Set TOOLKIT_SMTP_USER and TOOLKIT_SMTP_PASS. Nothing was sent.');
  if (e.code === 'ETLS' || /CERT|SSL|TLS/.test(e.originalCode ?? ''))
    return p(
      'smtp-tls',
      `could not set up an encrypted connection with ${server} (${reason})`,
      'Check the host and port in --smtp or TOOLKIT_SMTP_URL. Only for a server you trust that has no encryption: add --insecure. Nothing was sent.',
    );
  if (e.responseCode === 552 || e.responseCode === 523)
    return p('smtp-size', `the mail server refused the message as too large (${reason})`, 'Send fewer packages per mail. Nothing was sent.');
  if (e.code === 'EENVELOPE' && e.command === 'MAIL FROM')
    return p('smtp-sender', `the mail server refused the sender address (${reason})`, 'Set TOOLKIT_MAIL_FROM to an address this server may send for. Nothing was sent.');
  if (e.code === 'EENVELOPE' && e.command === 'RCPT TO')
    return p('smtp-recipient', `the mail server refused the recipients${tries} (${reason})`, 'Check the addresses in --to and --cc. Nothing was sent.');
  if (e.responseCode && e.responseCode < 500)
    return p('smtp-later', `the mail server kept postponing the message${tries} (${reason})`, 'It is busy or limits how much it takes; try again later. Nothing was sent.');
  if (e.responseCode)
    return p('smtp-refused', `the mail server refused the message (${reason})`, 'Read what the server said above; nothing was sent.');
  if (e.code === 'EDNS')
    return p('smtp-host', `the mail server ${server} was not found (${reason})`, 'Check the host name in --smtp or TOOLKIT_SMTP_URL.');
  return p(
    'smtp-connection',
    `could not reach the mail server ${server}${tries} (${reason})`,
    'Check the host and port in --smtp or TOOLKIT_SMTP_URL, and that the server is running. Nothing was sent.',
  );
}
