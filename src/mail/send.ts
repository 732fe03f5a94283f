import nodemailer from 'nodemailer';
import type { ErrorCode } from '../errors-data.js';
import { problem, type Problem } from '../errors.js';
import { maskSecrets } from '../safeText.js';
import { describeSmtp, type SmtpConfig } from './smtp.js';
import { DEFAULT_BOUNDS, type SmtpBounds } from './config.js';

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
 * not (5xx, a refused login, a certificate that does not match). Each phase
 * (connect, greeting, each answer) and the whole send are bounded in time.
 * Once the message itself has gone out, nothing is retried: a server that
 * then goes quiet may have it, and a second try could deliver it twice.
 */
export async function send(raw: Buffer, envelope: Envelope, config: SmtpConfig, retry: RetryOptions = {}, bounds: SmtpBounds = DEFAULT_BOUNDS): Promise<SendResult> {
  const delays = retry.delays ?? DEFAULT_DELAYS;
  const sleep = retry.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const phase = bounds.phaseSeconds * 1000;
  const deadline = Date.now() + bounds.totalSeconds * 1000;
  // What the connection did last, read from nodemailer's transaction log.
  const seen = { command: '', messageSent: false };
  const logger = {
    debug: (entry: { tnx?: string }, message: string) => {
      if (entry?.tnx === 'client' && typeof message === 'string') seen.command = message.split(/[: ]/)[0]!.toUpperCase() === 'MAIL' ? 'MAIL FROM' : message.split(/[: ]/)[0]!.toUpperCase() === 'RCPT' ? 'RCPT TO' : message.split(' ')[0]!;
    },
    info: (entry: { tnx?: string; outByteCount?: number }) => {
      if (entry?.tnx === 'message' && entry.outByteCount !== undefined) seen.messageSent = true;
    },
  };
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTLS,
    opportunisticTLS: !config.requireTLS,
    tls: { rejectUnauthorized: config.verifyCertificate },
    auth: config.auth,
    connectionTimeout: phase,
    greetingTimeout: phase,
    socketTimeout: phase,
    transactionLog: true,
    logger: logger as never,
  });
  const redact = (s: string) => maskSecrets(s, config.auth ?? {});
  try {
    for (let attempt = 1; ; attempt++) {
      seen.command = '';
      seen.messageSent = false;
      const left = deadline - Date.now();
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), Math.max(1, left));
      try {
        const info = await transport.sendMail({ envelope: { from: envelope.from, to: envelope.to }, raw, signal: abort.signal } as never);
        const rejected = (info.rejected ?? []).map(String);
        return {
          ok: rejected.length === 0,
          attempts: attempt,
          accepted: (info.accepted ?? []).map(String),
          problems: rejected.map((a) => problem('smtp-recipient', { address: a })),
        };
      } catch (e) {
        const err = asSmtpError(e);
        const timedOut = abort.signal.aborted;
        if (seen.messageSent && !err.responseCode)
          return { ok: false, attempts: attempt, accepted: [], problems: [unknownOutcome(err, bounds, timedOut, redact)] };
        if (timedOut) return { ok: false, attempts: attempt, accepted: [], problems: [outOfTime(config, bounds, attempt, seen.command)] };
        const delay = delays[attempt - 1];
        if (!isTransient(err) || delay === undefined || Date.now() + delay >= deadline)
          return { ok: false, attempts: attempt, accepted: [], problems: [describeFailure(err, config, attempt, redact, { bounds, command: seen.command })] };
        retry.onRetry?.({ attempt, delay, reason: redact(reasonOf(err)) });
        await sleep(delay);
      } finally {
        clearTimeout(timer);
      }
    }
  } finally {
    transport.close();
  }
}

type SmtpCode = Extract<ErrorCode, 'smtp-later' | 'smtp-login' | 'smtp-tls' | 'smtp-size' | 'smtp-sender' | 'smtp-recipients' | 'smtp-refused' | 'smtp-garbled' | 'smtp-host' | 'smtp-timeout' | 'smtp-connection'>;

/** The message went out, but no answer came that says it arrived. */
function unknownOutcome(e: SmtpError, bounds: SmtpBounds, timedOut: boolean, redact: (s: string) => string): Problem {
  const why = timedOut ? `binnen ${bounds.totalSeconds} s` : e.code === 'ETIMEDOUT' ? `binnen ${bounds.phaseSeconds} s` : `(${redact(reasonOf(e))})`;
  return problem('smtp-unknown', { why });
}

/** The whole send took longer than allowed, before the message went out: nothing was sent. */
function outOfTime(config: SmtpConfig, bounds: SmtpBounds, attempts: number, command: string): Problem {
  const server = describeSmtp(config).replace(/ \(.*$/, '');
  const tries = attempts > 1 ? ` (${attempts} pogingen)` : '';
  return problem('smtp-time', { what: `versturen via ${server} duurde langer dan ${bounds.totalSeconds} s${tries}${command ? `, de server antwoordde niet op ${command}` : ''}` });
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
  const said = e.response?.split(/\r?\n/)[0]?.trim() || (e.code === 'EPROTOCOL' ? e.message : '');
  if (said) return said.length > 200 ? said.slice(0, 200) + '…' : said;
  return e.originalCode ?? e.code ?? e.message;
}

/** Which step a timeout happened in, as people call it. */
function phaseOf(e: SmtpError & { timeoutType?: string }, command: string): string {
  if (e.timeoutType === 'CONNECT_TIMEOUT') return 'het maken van de verbinding';
  if (e.timeoutType === 'GREETING_TIMEOUT') return 'de begroeting van de server';
  if (e.timeoutType === 'UPGRADE_TIMEOUT') return 'het beveiligen van de verbinding (STARTTLS)';
  // No command sent yet: the client was still waiting for the greeting, whichever timer fired first.
  return command ? `het antwoord op ${command}` : 'de begroeting van de server';
}

/** A failure in plain words: what happened, then what to do. Never the credentials. */
export function describeFailure(
  e: SmtpError & { timeoutType?: string },
  config: SmtpConfig,
  attempts: number,
  redact = (s: string) => s,
  context: { bounds?: SmtpBounds; command?: string } = {},
): Problem {
  const server = describeSmtp(config).replace(/ \(.*$/, '');
  const reason = redact(reasonOf(e));
  const tries = attempts > 1 ? ` (${attempts} pogingen)` : '';
  const p = (code: SmtpCode, what: string, hint: string): Problem => problem(code, { what }, { hint });
  const nothing = 'Er is niets verstuurd.';

  // A 4xx answer is "not now", whatever it answered: the sender or the recipients are not refused by it.
  if (e.responseCode && e.responseCode >= 400 && e.responseCode < 500)
    return p(
      'smtp-later',
      `de mailserver kon het bericht nu niet aannemen${e.command ? ` (bij ${e.command})` : ''}${tries}: ${reason}`,
      `Dit is tijdelijk (een antwoord met 4): de server is druk, of neemt maar een beperkte hoeveelheid aan. Probeer het later nog eens. ${nothing}`,
    );
  if (e.code === 'EAUTH' || e.responseCode === 535 || e.responseCode === 534)
    return p('smtp-login', `de server weigerde het inloggen (${reason})`, `Kijk TOOLKIT_SMTP_USER en TOOLKIT_SMTP_PASS na. ${nothing}`);
  if (e.code === 'ENOAUTH' || e.responseCode === 530)
    return p('smtp-login', `de mailserver wil dat je inlogt voor hij mail aanneemt (${reason})`, `Zet TOOLKIT_SMTP_USER en TOOLKIT_SMTP_PASS. ${nothing}`);
  if (e.code === 'ETLS' || /CERT|SSL|TLS/.test(e.originalCode ?? ''))
    return p(
      'smtp-tls',
      `kon geen versleutelde verbinding maken met ${server} (${reason})`,
      `Kijk de host en poort na in --smtp of TOOLKIT_SMTP_URL. Alleen voor een server die je vertrouwt en die geen versleuteling heeft: voeg --insecure toe. ${nothing}`,
    );
  if (e.responseCode === 552 || e.responseCode === 523)
    return p('smtp-size', `de mailserver weigerde het bericht omdat het te groot is (${reason})`, `Stuur minder werkpakketten per mail. ${nothing}`);
  if (e.code === 'EENVELOPE' && e.command === 'MAIL FROM')
    return p('smtp-sender', `de mailserver weigerde het afzenderadres (${reason})`, `Gebruik een afzender waarvoor deze server mag versturen (toolkit mail --setup, of TOOLKIT_MAIL_FROM). ${nothing}`);
  if (e.code === 'EENVELOPE' && e.command === 'RCPT TO')
    return p('smtp-recipients', `de mailserver weigerde de ontvangers${tries} (${reason})`, `Kijk de adressen na bij --to en --cc. ${nothing}`);
  if (e.responseCode)
    return p('smtp-refused', `de mailserver weigerde het bericht (${reason})`, `Lees hierboven wat de server zei. ${nothing}`);
  // Reached, but what answered does not speak SMTP as it should (another service on that port, a broken or hostile server).
  if (e.code === 'EPROTOCOL')
    return p(
      'smtp-garbled',
      `${server} antwoordde, maar niet zoals een mailserver (${reason})`,
      `Kijk of host en poort naar een mailserver wijzen: meestal poort 587, of 465 met smtps://. ${nothing}`,
    );
  if (e.code === 'EDNS')
    return p('smtp-host', `de mailserver ${server} is niet gevonden (${reason})`, 'Kijk de naam van de server na in --smtp of TOOLKIT_SMTP_URL.');
  if (e.code === 'ETIMEDOUT' && context.bounds)
    return p(
      'smtp-timeout',
      `${server} antwoordde niet binnen ${context.bounds.phaseSeconds} s: ${phaseOf(e, context.command ?? '')} bleef uit${tries}`,
      `De server is traag of onbereikbaar. Probeer het later nog eens, of kijk de host en poort na. ${nothing}`,
    );
  return p(
    'smtp-connection',
    `kon de mailserver ${server} niet bereiken${tries} (${reason})`,
    `Kijk de host en poort na in --smtp of TOOLKIT_SMTP_URL, en of de server aan staat. ${nothing}`,
  );
}
