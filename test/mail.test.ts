import { afterEach, describe, expect, it } from 'vitest';
import { Command, CommanderError } from 'commander';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { unzipSync } from 'fflate';
import { registerMail } from '../src/cli/mail.js';
import type { IO } from '../src/cli/io.js';
import { formatProblem, isToolkitError } from '../src/errors.js';
import { defaultDataDir } from '../src/paths.js';
import { isAddress, addressProblems } from '../src/mail/address.js';
import { isLoopback, smtpConfig } from '../src/mail/smtp.js';
import { isTransient, send } from '../src/mail/send.js';
import { titlesOf } from '../src/mail/compose.js';
import { zipFiles } from '../src/mail/zip.js';

const PKG8 = '08-hoort-het-of-helpt-het';
const TITLE8 = 'Hoort het? of helpt het?';
const NOW = new Date(2026, 10, 27, 10, 30);

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-mail-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Runs `toolkit mail ...` as run.ts would: the same exit codes, output captured. */
async function toolkitMail(args: string[], env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: IO = { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, env };
  let code = 0;
  const program = new Command('toolkit').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerMail(program, io, (c) => (code = c), { retry: { delays: [5, 5, 5] }, now: () => NOW });
  try {
    await program.parseAsync(['node', 'toolkit', 'mail', ...args]);
  } catch (e) {
    if (e instanceof CommanderError) code = e.exitCode === 0 ? 0 : 2;
    else if (isToolkitError(e)) {
      e.problems.forEach((p) => err.push('error ' + formatProblem(p)));
      code = e.kind === 'usage' ? 2 : 1;
    } else throw e;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

interface Received {
  mail: ParsedMail;
  raw: Buffer;
  rcptTo: string[];
  secure: boolean;
}

/** A real SMTP server on 127.0.0.1, on a port the system picks. */
async function smtpServer(options: SMTPServerOptions = {}) {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    logger: false,
    disableReverseLookup: true,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', async () => {
        const raw = Buffer.concat(chunks);
        received.push({ raw, mail: await simpleParser(raw), rcptTo: session.envelope.rcptTo.map((r) => r.address), secure: session.secure });
        callback();
      });
    },
    ...options,
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.server.address() as AddressInfo).port;
  cleanup.push(() => new Promise<void>((ok) => server.close(() => ok())));
  return { port, url: `smtp://127.0.0.1:${port}`, received };
}

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', () => ok()));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((ok) => s.close(() => ok()));
  return port;
}

const addresses = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).flatMap((x) => x.value.map((v) => v.address));

/** The PDFs the build wrote for package 8, by file name. */
function builtPdfs(out: string): Map<string, Buffer> {
  const dir = join(out, PKG8);
  return new Map(readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort().map((n) => [n, readFileSync(join(dir, n))]));
}

async function expectSamePdfs(mail: ParsedMail, out: string) {
  const built = builtPdfs(out);
  expect(built.size).toBeGreaterThan(0);
  expect(mail.attachments.map((a) => a.filename)).toEqual([...built.keys()]);
  for (const a of mail.attachments) {
    expect(a.contentType).toBe('application/pdf');
    expect(a.size).toBe(built.get(a.filename!)!.length);
    expect(a.content.equals(built.get(a.filename!)!)).toBe(true);
    const pdf = await PDFDocument.load(a.content);
    expect(pdf.getPageCount()).toBeGreaterThan(0);
  }
}

describe('toolkit mail over SMTP', () => {
  it('delivers package 8 to a real server: recipients, subject, body and the PDFs', async () => {
    const server = await smtpServer();
    const out = tempDir();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--cc', 'collega@example.org', '--package', '8', '--smtp', server.url, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('sent to iemand@example.org, collega@example.org');

    expect(server.received).toHaveLength(1);
    const { mail, rcptTo, secure } = server.received[0]!;
    expect(rcptTo).toEqual(['iemand@example.org', 'collega@example.org']);
    expect(addresses(mail.to)).toEqual(['iemand@example.org']);
    expect(addresses(mail.cc)).toEqual(['collega@example.org']);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.from?.value[0]).toEqual({ name: 'Thom Verheggen en Wouter Hart', address: 'info@verdraaideorganisaties.nl' });
    expect(mail.subject).toBe(`Materialen verandertoolkit: ${TITLE8}`);
    expect(mail.text).toContain(`- 8. ${TITLE8}`);
    expect(mail.text).toContain('Met vriendelijke groet,\nThom Verheggen en Wouter Hart\ninfo@verdraaideorganisaties.nl');
    expect(mail.text).not.toMatch(/\{(titles|list|contact)\}/);
    // smtp-server offers STARTTLS with a self-signed certificate: on loopback it is still used.
    expect(secure).toBe(true);
    await expectSamePdfs(mail, out);
  }, 30_000);

  it('logs in with the credentials from the environment and never prints them', async () => {
    const logins: string[] = [];
    const server = await smtpServer({
      authOptional: false,
      onAuth(auth, _session, callback) {
        logins.push(`${auth.username}:${auth.password}`);
        if (auth.username === 'facilitator' && auth.password === 'juist-wachtwoord') callback(null, { user: auth.username });
        else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
      },
    });
    const out = tempDir();
    const args = ['--to', 'iemand@example.org', '--package', '8', '--smtp', server.url, '--out', out];

    const wrong = await toolkitMail(args, { TOOLKIT_SMTP_USER: 'facilitator', TOOLKIT_SMTP_PASS: 'fout-wachtwoord' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('the server refused the login');
    expect(wrong.err).toContain('Check TOOLKIT_SMTP_USER and TOOLKIT_SMTP_PASS');
    expect(wrong.out + wrong.err).not.toContain('fout-wachtwoord');
    expect(logins).toEqual(['facilitator:fout-wachtwoord']); // a refused login is not retried
    expect(server.received).toHaveLength(0);

    const none = await toolkitMail(args, {});
    expect(none.code).toBe(1);
    expect(none.err).toContain('wants a login');
    expect(server.received).toHaveLength(0);

    const right = await toolkitMail(args, { TOOLKIT_SMTP_USER: 'facilitator', TOOLKIT_SMTP_PASS: 'juist-wachtwoord' });
    expect(right.code).toBe(0);
    expect(right.out + right.err).not.toContain('juist-wachtwoord');
    expect(server.received).toHaveLength(1);
  }, 30_000);

  it('retries after a 451 and delivers the message exactly once', async () => {
    let tries = 0;
    const server = await smtpServer();
    const accept = server.received;
    const flaky = await smtpServer({
      onData(stream, session, callback) {
        tries++;
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', async () => {
          if (tries === 1) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }));
          const raw = Buffer.concat(chunks);
          accept.push({ raw, mail: await simpleParser(raw), rcptTo: session.envelope.rcptTo.map((r) => r.address), secure: session.secure });
          callback();
        });
      },
    });
    const out = tempDir();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', flaky.url, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/retry .*451 Try again later; trying again/);
    expect(tries).toBe(2);
    expect(accept).toHaveLength(1);
    expect(accept[0]!.mail.subject).toBe(`Materialen verandertoolkit: ${TITLE8}`);
  }, 30_000);

  it('retries after a dropped connection and delivers the message exactly once', async () => {
    const server = await smtpServer();
    // A proxy in front of the server that hangs up on the first connection.
    let connections = 0;
    const proxy = createServer((client) => {
      if (++connections === 1) return client.destroy();
      const upstream = connect(server.port, '127.0.0.1');
      client.pipe(upstream).pipe(client);
      client.on('error', () => upstream.destroy());
      upstream.on('error', () => client.destroy());
    });
    await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', () => ok()));
    cleanup.push(() => new Promise<void>((ok) => proxy.close(() => ok())));
    const port = (proxy.address() as AddressInfo).port;

    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', `smtp://127.0.0.1:${port}`, '--out', tempDir()]);
    expect(r.code).toBe(0);
    expect(r.err.match(/^retry /gm)).toHaveLength(1);
    expect(connections).toBe(2);
    expect(server.received).toHaveLength(1);
  }, 30_000);

  it('stops at once on a permanent refusal and says what the server said', async () => {
    let rcpts = 0;
    const server = await smtpServer({
      onRcptTo(_a, _s, callback) {
        rcpts++;
        callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      },
    });
    const r = await toolkitMail(['--to', 'onbekend@example.org', '--package', '8', '--smtp', server.url, '--out', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('refused the recipients');
    expect(r.err).toContain('550 No such user here');
    expect(rcpts).toBe(1);
    expect(server.received).toHaveLength(0);
  }, 30_000);

  it('gives up on a server that cannot be reached after three retries', async () => {
    const port = await closedPort();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', `smtp://127.0.0.1:${port}`, '--out', tempDir()]);
    expect(r.code).toBe(1);
    expect(r.err.match(/^retry /gm)).toHaveLength(3);
    expect(r.err).toContain(`could not reach the mail server smtp://127.0.0.1:${port} (4 attempts) (ECONNREFUSED)`);
  }, 30_000);

  it('refuses to send without STARTTLS when TLS is required', async () => {
    const server = await smtpServer({ disabledCommands: ['STARTTLS'] });
    const config = { host: '127.0.0.1', port: server.port, secure: false, requireTLS: true, verifyCertificate: false };
    const r = await send(Buffer.from('Subject: x\r\n\r\nx\r\n'), { from: 'a@example.org', to: ['b@example.org'] }, config, { delays: [] });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('smtp-tls');
    expect(r.problems[0]!.message).toContain('could not set up an encrypted connection');
    expect(server.received).toHaveLength(0);
  });

  it('--dry-run shows recipients, subject and attachments and sends nothing', async () => {
    const server = await smtpServer();
    const out = tempDir();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--cc', 'collega@example.org', '--package', '8', '--smtp', server.url, '--out', out, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('dry run: nothing is sent or written');
    expect(r.out).toContain('to       iemand@example.org');
    expect(r.out).toContain('cc       collega@example.org');
    expect(r.out).toContain(`subject  Materialen verandertoolkit: ${TITLE8}`);
    for (const [name, bytes] of builtPdfs(out)) expect(r.out).toContain(`${name}  ${Math.round(bytes.length / 1024)} kB`);
    expect(r.out).toContain(`via      smtp://127.0.0.1:${server.port} (STARTTLS if offered, certificate not checked)`);
    expect(server.received).toHaveLength(0);
    expect(existsSync(join(out, 'mail'))).toBe(false);
  }, 30_000);
});

describe('toolkit mail without SMTP: an .eml file', () => {
  it('writes a message a mail client opens, with the PDFs attached', async () => {
    const out = tempDir();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--out', out]);
    expect(r.code).toBe(0);
    const path = join(out, 'mail', `2026-11-27-${PKG8}-iemand-example-org.eml`);
    expect(r.out).toContain(basename(path));
    expect(readdirSync(join(out, 'mail'))).toEqual([basename(path)]); // no temp file left behind

    const raw = readFileSync(path);
    expect(raw.toString('latin1')).toMatch(/^[\x20-\x7e\r\n\t]*$/); // 7-bit, lines end in CRLF
    expect(raw.toString('latin1')).not.toMatch(/[^\r]\n/);
    const mail = await simpleParser(raw);
    expect(addresses(mail.to)).toEqual(['iemand@example.org']);
    expect(mail.subject).toBe(`Materialen verandertoolkit: ${TITLE8}`);
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.date?.getTime()).toBe(NOW.getTime());
    expect(mail.messageId).toMatch(/^<.+@verdraaideorganisaties\.nl>$/);
    expect(mail.text).toContain(`- 8. ${TITLE8}`);
    await expectSamePdfs(mail, out);
  }, 30_000);

  it('uses --message as the body and fills in its placeholders', async () => {
    const out = tempDir();
    const file = join(tempDir(), 'bericht.txt');
    writeFileSync(file, 'Hoi Anna,\r\n\r\nHierbij {titles}:\r\n{list}\r\n\r\nGroet,\r\n{contact}\r\n');
    const r = await toolkitMail(['--to', 'anna@example.org', '--package', '8', '--message', file, '--out', out]);
    expect(r.code).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, 'mail', `2026-11-27-${PKG8}-anna-example-org.eml`)));
    expect(mail.text).toBe(`Hoi Anna,\n\nHierbij ${TITLE8}:\n- 8. ${TITLE8}\n\nGroet,\nThom Verheggen en Wouter Hart\ninfo@verdraaideorganisaties.nl\n`);
  }, 30_000);

  it('attaches one zip with --zip, or when the files are above --max-size', async () => {
    const out = tempDir();
    const zipped = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--zip', '--out', out]);
    expect(zipped.code).toBe(0);
    const eml = join(out, 'mail', `2026-11-27-${PKG8}-iemand-example-org.eml`);
    const first = (await simpleParser(readFileSync(eml))).attachments;
    expect(first.map((a) => [a.filename, a.contentType])).toEqual([[`verandertoolkit-${PKG8}.zip`, 'application/zip']]);
    const entries = unzipSync(new Uint8Array(first[0]!.content));
    const built = builtPdfs(out);
    expect(Object.keys(entries)).toEqual([...built.keys()].map((n) => `${PKG8}/${n}`));
    for (const [n, bytes] of built) expect(Buffer.from(entries[`${PKG8}/${n}`]!).equals(bytes)).toBe(true);

    const big = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--max-size', '0.001', '--out', out]);
    expect(big.code).toBe(0);
    expect(big.err).toContain('warning the zip is'); // still over the tiny limit
    const second = (await simpleParser(readFileSync(eml))).attachments;
    expect(second.map((a) => a.filename)).toEqual([`verandertoolkit-${PKG8}.zip`]);
    const again = unzipSync(new Uint8Array(second[0]!.content));
    for (const [n, bytes] of builtPdfs(out)) expect(Buffer.from(again[`${PKG8}/${n}`]!).equals(bytes)).toBe(true);
  }, 30_000);
});

describe('toolkit mail refuses bad input before building', () => {
  const nothingBuilt = (out: string) => expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);

  it('refuses a line break in --to or --cc (header injection)', async () => {
    for (const opt of ['--to', '--cc']) {
      const out = join(tempDir(), 'out');
      const args = ['--to', 'iemand@example.org', '--package', '8', '--out', out];
      const r = await toolkitMail([...args, opt, 'iemand@example.org\r\nBcc: spion@example.org']);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`${opt} contains a line break`);
      expect(r.err).toContain('\\r\\nBcc: spion@example.org'); // shown escaped, not as a second line
      nothingBuilt(out);
    }
  });

  it('refuses a subject that would carry a line break from the data', async () => {
    const data = join(tempDir(), 'data');
    cpSync(defaultDataDir, data, { recursive: true });
    const yaml = readFileSync(join(data, 'toolkit.yaml'), 'utf8');
    writeFileSync(join(data, 'toolkit.yaml'), yaml.replace(/subject: .*/, 'subject: "Materialen {titles}\\r\\nBcc: spion@example.org"'));
    const server = await smtpServer();
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--data', data, '--smtp', server.url, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('the mail subject contains a line break');
    expect(r.err).toContain('toolkit.yaml');
    nothingBuilt(out);
    expect(server.received).toHaveLength(0);
  });

  it('refuses an invalid address and names it', async () => {
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example, goed@example.org', '--cc', 'collega.example.org', '--package', '8', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--to "iemand@example" is not an e-mail address');
    expect(r.err).toContain('--cc "collega.example.org" is not an e-mail address');
    expect(r.err).not.toContain('goed@example.org');
    nothingBuilt(out);
  });

  it('refuses an SMTP URL with credentials in it, without repeating them', async () => {
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', 'smtp://naam:geheim@127.0.0.1:2525', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('credentials are only read from the environment');
    expect(r.err).not.toContain('geheim');
    nothingBuilt(out);
  });

  it('asks for a selection, and for --to', async () => {
    const none = await toolkitMail(['--to', 'iemand@example.org']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Add --package 8, --theme C or --all.');
    const noTo = await toolkitMail(['--package', '8']);
    expect(noTo.code).toBe(2);
    expect(noTo.err).toContain("required option '--to <address>' not specified");
  });
});

describe('mail building blocks', () => {
  it('tells addresses from typos', () => {
    for (const ok of ['iemand@example.org', 'a.b+c@sub.example.nl', 'x@gemeente-utrecht.nl', 'jan@münchen.de']) expect(isAddress(ok), ok).toBe(true);
    for (const bad of ['iemand@example', 'iemand@@example.org', 'iemand', '@example.org', 'a b@example.org', 'a..b@example.org', 'a@-x.org', 'a@x.org.'])
      expect(isAddress(bad), bad).toBe(false);
    expect(addressProblems('--to', ['a@example.org;b@example.org'])).toEqual([]);
  });

  it('requires STARTTLS except on loopback or with --insecure', () => {
    for (const h of ['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]']) expect(isLoopback(h), h).toBe(true);
    for (const h of ['mail.example.org', '10.0.0.1', '128.0.0.1', 'localhost.example.org']) expect(isLoopback(h), h).toBe(false);
    expect(smtpConfig('smtp://mail.example.org', {}, false).config).toMatchObject({ port: 587, requireTLS: true, verifyCertificate: true });
    expect(smtpConfig('smtp://mail.example.org:25', {}, true).config).toMatchObject({ port: 25, requireTLS: false, verifyCertificate: false });
    expect(smtpConfig('smtps://mail.example.org', {}, false).config).toMatchObject({ port: 465, secure: true, verifyCertificate: true });
    expect(smtpConfig('smtp://[::1]:2525', {}, false).config).toMatchObject({ host: '::1', requireTLS: false });
    expect(smtpConfig('http://mail.example.org', {}, false).problems[0]!.code).toBe('smtp-url');
    expect(smtpConfig('smtp://mail.example.org', { TOOLKIT_SMTP_USER: 'u' }, false).problems[0]!.code).toBe('smtp-credentials');
  });

  it('retries only what may pass on a second try', () => {
    expect(isTransient({ message: '', responseCode: 451 })).toBe(true);
    expect(isTransient({ message: '', responseCode: 421 })).toBe(true);
    expect(isTransient({ message: '', code: 'ESOCKET', originalCode: 'ECONNRESET' })).toBe(true);
    expect(isTransient({ message: '', code: 'ECONNECTION' })).toBe(true);
    expect(isTransient({ message: '', code: 'EAUTH', responseCode: 535 })).toBe(false);
    expect(isTransient({ message: '', code: 'EENVELOPE', responseCode: 550 })).toBe(false);
    expect(isTransient({ message: '', code: 'ETLS' })).toBe(false);
    expect(isTransient({ message: '', code: 'ESOCKET', originalCode: 'DEPTH_ZERO_SELF_SIGNED_CERT' })).toBe(false);
  });

  it('names few packages by title and many by number', () => {
    const p = (number: number, title: string) => ({ number, title }) as never;
    expect(titlesOf([p(8, 'A')], 18)).toBe('A');
    expect(titlesOf([p(8, 'A'), p(9, 'B'), p(10, 'C')], 18)).toBe('A, B en C');
    expect(titlesOf([7, 8, 9, 10].map((n) => p(n, 'x')), 18)).toBe('werkpakketten 7, 8, 9 en 10');
    expect(titlesOf(Array.from({ length: 18 }, (_, i) => p(i + 1, 'x')), 18)).toBe('alle werkpakketten');
  });

  it('zips deterministically, even for a source date before 1980', () => {
    const files = [{ name: 'b.pdf', bytes: new Uint8Array([1, 2]) }, { name: 'a.pdf', bytes: new Uint8Array([3]) }];
    const z = zipFiles(files, new Date(0));
    expect(Buffer.from(zipFiles([...files].reverse(), new Date(0))).equals(Buffer.from(z))).toBe(true);
    expect(Object.keys(unzipSync(z))).toEqual(['a.pdf', 'b.pdf']);
  });
});
