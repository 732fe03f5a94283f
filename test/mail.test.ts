import { afterEach, describe, expect, it } from 'vitest';
import { Command, CommanderError } from 'commander';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { SMTPServerOptions } from 'smtp-server';
import { simpleParser, type ParsedMail, type AddressObject } from 'mailparser';
import { PDFDocument } from 'pdf-lib';
import { unzipSync } from 'fflate';
import { registerMail, SEND_HINT, type MailDeps } from '../src/cli/mail.js';
import { FILE_KINDS } from '../src/outputs/registry.js';
import type { IO } from '../src/cli/io.js';
import { formatProblem, isToolkitError } from '../src/errors.js';
import { isAddress, addressProblems } from '../src/mail/address.js';
import { isLoopback, smtpConfig } from '../src/mail/smtp.js';
import { isTransient, send } from '../src/mail/send.js';
import { titlesOf } from '../src/mail/compose.js';
import { zipFiles } from '../src/mail/zip.js';
import { ownBuild, smallData } from './helpers.js';
import { smtpServer as realSmtpServer } from './smtpServer.js';

const PKG8 = '08-hoort-het-of-helpt-het';
const TITLE8 = 'Hoort het? of helpt het?';
const NOW = new Date(2026, 10, 27, 10, 30);

/** A sender as `toolkit mail --setup` writes it. */
const SENDER_CONFIG = join(mkdtempSync(join(tmpdir(), 'toolkit-cfg-')), 'toolkit.config.yaml');
writeFileSync(
  SENDER_CONFIG,
  'sender:\n  name: Anna de Vries\n  email: anna@gemeente-voorbeeld.nl\n  organisation: Gemeente Voorbeeld\n  signature: "Anna de Vries, adviseur dienstverlening"\nsmtp:\n  phase_seconds: 2\n  total_seconds: 8\n',
);

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'toolkit-mail-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/**
 * A copy of the shared build, so that mail finds package 8's PDFs up to date instead of
 * rendering them again for every test. The --theme test has mail build what it lacks.
 */
const package8Out = async () => ownBuild();

/** Runs `toolkit mail ...` as run.ts would: the same exit codes, output captured. */
async function toolkitMail(args: string[], env: NodeJS.ProcessEnv = {}, deps: MailDeps = {}) {
  const out: string[] = [];
  const err: string[] = [];
  // No config of the user running the tests: a sender only where a test writes one.
  const io: IO = { out: (s) => out.push(s), err: (s) => err.push(s), isTTY: false, env: { HOME: '/nonexistent', TOOLKIT_CONFIG: SENDER_CONFIG, ...env } };
  let code = 0;
  const program = new Command('toolkit').exitOverride().configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerMail(program, io, (c) => (code = c), { retry: { delays: [5, 5, 5] }, now: () => NOW, ...deps });
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

/** A real SMTP server (smtpServer.ts), closed after the test. */
async function smtpServer(options: SMTPServerOptions = {}) {
  const server = await realSmtpServer(options);
  cleanup.push(server.close);
  return server;
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
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--cc', 'collega@example.org', '--package', '8', '--smtp', server.url, '--out', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('verstuurd aan iemand@example.org, collega@example.org');

    expect(server.received).toHaveLength(1);
    const { mail, rcptTo, secure } = server.received[0]!;
    expect(rcptTo).toEqual(['iemand@example.org', 'collega@example.org']);
    expect(addresses(mail.to)).toEqual(['iemand@example.org']);
    expect(addresses(mail.cc)).toEqual(['collega@example.org']);
    expect(mail.headers.has('bcc')).toBe(false);
    expect(mail.from?.value[0]).toEqual({ name: 'Anna de Vries', address: 'anna@gemeente-voorbeeld.nl' });
    expect(mail.subject).toBe(`Materialen verandertoolkit: ${TITLE8}`);
    expect(mail.text).toContain(`- ${PKG8}-werkblad-A4.pdf: ${FILE_KINDS.werkblad.note.what} Printen: ${FILE_KINDS.werkblad.note.print}`);
    expect(mail.text).toMatch(/Met vriendelijke groet,\n\nAnna de Vries, adviseur dienstverlening\n?$/);
    expect(mail.text).not.toMatch(/Verheggen|Wouter Hart|Dank je wel/);
    expect(mail.text).not.toMatch(/\{(titles|list|contact|attachments|signature|thanks)\}/);
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
    const out = await package8Out();
    const args = ['--to', 'iemand@example.org', '--package', '8', '--smtp', server.url, '--out', out];

    const wrong = await toolkitMail(args, { TOOLKIT_SMTP_USER: 'facilitator', TOOLKIT_SMTP_PASS: 'fout-wachtwoord' });
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('de server weigerde het inloggen');
    expect(wrong.err).toContain('Kijk TOOLKIT_SMTP_USER en TOOLKIT_SMTP_PASS na');
    expect(wrong.out + wrong.err).not.toContain('fout-wachtwoord');
    expect(logins).toEqual(['facilitator:fout-wachtwoord']); // a refused login is not retried
    expect(server.received).toHaveLength(0);

    const none = await toolkitMail(args, {});
    expect(none.code).toBe(1);
    expect(none.err).toContain('wil dat je inlogt');
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
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', flaky.url, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/opnieuw .*451 Try again later; nog een poging over/);
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

    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', `smtp://127.0.0.1:${port}`, '--out', await package8Out()]);
    expect(r.code).toBe(0);
    expect(r.err.match(/^opnieuw /gm)).toHaveLength(1);
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
    const r = await toolkitMail(['--to', 'onbekend@example.org', '--package', '8', '--smtp', server.url, '--out', await package8Out()]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('de mailserver weigerde de ontvangers');
    expect(r.err).toContain('550 No such user here');
    expect(rcpts).toBe(1);
    expect(server.received).toHaveLength(0);
  }, 30_000);

  it('gives up on a server that cannot be reached after three retries', async () => {
    const port = await closedPort();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', `smtp://127.0.0.1:${port}`, '--out', await package8Out()]);
    expect(r.code).toBe(1);
    expect(r.err.match(/^opnieuw /gm)).toHaveLength(3);
    expect(r.err).toContain(`kon de mailserver smtp://127.0.0.1:${port} niet bereiken (4 pogingen) (ECONNREFUSED)`);
  }, 30_000);

  it('refuses to send without STARTTLS when TLS is required', async () => {
    const server = await smtpServer({ disabledCommands: ['STARTTLS'] });
    const config = { host: '127.0.0.1', port: server.port, secure: false, requireTLS: true, verifyCertificate: false };
    const r = await send(Buffer.from('Subject: x\r\n\r\nx\r\n'), { from: 'a@example.org', to: ['b@example.org'] }, config, { delays: [] });
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('smtp-tls');
    expect(r.problems[0]!.message).toContain('kon geen versleutelde verbinding maken');
    expect(server.received).toHaveLength(0);
  });

  it('--dry-run shows recipients, subject and attachments and sends nothing', async () => {
    const server = await smtpServer();
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'iemand@example.org', '--cc', 'collega@example.org', '--package', '8', '--smtp', server.url, '--out', out, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('proefrit: er wordt niets verstuurd of geschreven');
    expect(r.out).toContain('van        Anna de Vries <anna@gemeente-voorbeeld.nl>');
    expect(r.out).toContain('aan        iemand@example.org');
    expect(r.out).toContain('cc         collega@example.org');
    expect(r.out).toContain(`onderwerp  Materialen verandertoolkit: ${TITLE8}`);
    for (const [name, bytes] of builtPdfs(out)) expect(r.out).toContain(`${name}  ${Math.round(bytes.length / 1024)} kB`);
    expect(r.out).toContain(`via        smtp://127.0.0.1:${server.port} (STARTTLS if offered, certificate not checked)`);
    expect(server.received).toHaveLength(0);
    expect(existsSync(join(out, 'mail'))).toBe(false);
  }, 30_000);
});

describe('toolkit mail without SMTP: an .eml file', () => {
  it('writes a message a mail client opens, with the PDFs attached', async () => {
    const out = await package8Out();
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
    expect(mail.messageId).toMatch(/^<.+@gemeente-voorbeeld\.nl>$/);
    expect(mail.text).toContain(`- ${PKG8}-kaarten-A4.pdf: ${FILE_KINDS['kaarten-A4'].note.what} Printen: ${FILE_KINDS['kaarten-A4'].note.print}`);
    for (const line of SEND_HINT) expect(r.out).toContain(line);
    await expectSamePdfs(mail, out);
  }, 30_000);

  it('uses --message as the body and fills in its placeholders', async () => {
    const out = await package8Out();
    const file = join(tempDir(), 'bericht.txt');
    writeFileSync(file, 'Hoi Anna,\r\n\r\nHierbij {titles}:\r\n{list}\r\n\r\nGroet,\r\n{contact}\r\n');
    const r = await toolkitMail(['--to', 'anna@example.org', '--package', '8', '--message', file, '--out', out]);
    expect(r.code).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, 'mail', `2026-11-27-${PKG8}-anna-example-org.eml`)));
    expect(mail.text).toBe(`Hoi Anna,\n\nHierbij ${TITLE8}:\n- 8. ${TITLE8}\n\nGroet,\nThom Verheggen en Wouter Hart\ninfo@verdraaideorganisaties.nl\n`);
  }, 30_000);

  it('attaches one zip with --zip, or when the files are above --max-size', async () => {
    const out = await package8Out();
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
    expect(big.err).toContain('waarschuwing de zip is'); // still over the tiny limit
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
      expect(r.err).toContain(`${opt} bevat een regelovergang`);
      expect(r.err).toContain('\\r\\nBcc: spion@example.org'); // shown escaped, not as a second line
      nothingBuilt(out);
    }
  });

  it('refuses a subject that would carry a line break from the data', async () => {
    const data = smallData([8]);
    const yaml = readFileSync(join(data, 'toolkit.yaml'), 'utf8');
    writeFileSync(join(data, 'toolkit.yaml'), yaml.replace(/subject: .*/, 'subject: "Materialen {titles}\\r\\nBcc: spion@example.org"'));
    const server = await smtpServer();
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--data', data, '--smtp', server.url, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('het onderwerp van de mail bevat een regelovergang');
    expect(r.err).toContain('toolkit.yaml');
    nothingBuilt(out);
    expect(server.received).toHaveLength(0);
  });

  it('refuses an invalid address and names it', async () => {
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example, goed@example.org', '--cc', 'collega.example.org', '--package', '8', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--to "iemand@example" is geen e-mailadres');
    expect(r.err).toContain('--cc "collega.example.org" is geen e-mailadres');
    expect(r.err).not.toContain('goed@example.org');
    nothingBuilt(out);
  });

  it('refuses an SMTP URL with credentials in it, without repeating them', async () => {
    const out = join(tempDir(), 'out');
    const r = await toolkitMail(['--to', 'iemand@example.org', '--package', '8', '--smtp', 'smtp://naam:geheim@127.0.0.1:2525', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('die worden alleen uit de omgeving gelezen');
    expect(r.err).not.toContain('geheim');
    nothingBuilt(out);
  });

  it('asks for a selection, and for --to', async () => {
    const none = await toolkitMail(['--to', 'iemand@example.org']);
    expect(none.code).toBe(2);
    expect(none.err).toContain('Voeg --package 8, --theme C of --all toe.');
    const noTo = await toolkitMail(['--package', '8']);
    expect(noTo.code).toBe(2);
    expect(noTo.err).toContain('de optie --to is nodig: aan wie gaat de mail?');
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

describe('toolkit mail as the sender', () => {
  it('without a configured sender the draft has no From, and says so', async () => {
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'Jan Jansen <jan@example.org>', '--package', '8', '--out', out], { TOOLKIT_CONFIG: '/nonexistent/toolkit.config.yaml' });
    expect(r.code).toBe(0);
    expect(r.out).toContain('Let op: er staat geen afzender in het concept.');
    const eml = readFileSync(join(out, 'mail', `2026-11-27-${PKG8}-jan-example-org.eml`));
    const mail = await simpleParser(eml);
    expect(mail.headers.has('from')).toBe(false);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0]).toEqual({ name: 'Jan Jansen', address: 'jan@example.org' });
    expect(mail.text).toMatch(/^Hallo,\n\nHierbij de materialen/);
    expect(mail.text).toMatch(/Met vriendelijke groet,\n?$/);
    expect(mail.text).not.toMatch(/Verheggen|Dank je wel/);
    // One paragraph a line: no line is broken inside a sentence.
    for (const line of mail.text!.split('\n').filter(Boolean)) expect(line, line).toMatch(/^(- |Hallo,|Met vriendelijke groet,|In de bijlage:)|[.:!?)]$/);
  }, 60_000);

  it('--thanks thanks; sending over SMTP without a sender is refused before building', async () => {
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'jan@example.org', '--package', '8', '--thanks', '--out', out]);
    const mail = await simpleParser(readFileSync(join(out, 'mail', `2026-11-27-${PKG8}-jan-example-org.eml`)));
    expect(r.code).toBe(0);
    expect(mail.text).toContain('Hallo,\n\nDank je wel voor je vraag. Hierbij de materialen');
    const none = join(tempDir(), 'out');
    const s = await toolkitMail(['--to', 'jan@example.org', '--package', '8', '--smtp', 'smtp://127.0.0.1:2525', '--out', none], { TOOLKIT_CONFIG: '/nonexistent/x.yaml' });
    expect(s.code).toBe(2);
    expect(s.err).toContain('om te versturen is een afzender nodig, en die is niet ingesteld');
    expect(existsSync(none)).toBe(false);
  }, 60_000);

  it('--theme attaches the bundle, the guide and the overview, each with its print line', async () => {
    // Theme C with package 8 alone; mail builds the bundle, the guide and the overview it lacks.
    const data = smallData([8]);
    const out = await package8Out();
    const r = await toolkitMail(['--to', 'jan@example.org', '--theme', 'C', '--data', data, '--out', out]);
    expect(r.code).toBe(0);
    const mail = await simpleParser(readFileSync(join(out, 'mail', '2026-11-27-thema-C-jan-example-org.eml')));
    expect(mail.subject).toBe('Materialen verandertoolkit: thema C (Ambtelijk vakmanschap)');
    const names = mail.attachments.map((a) => a.filename);
    expect(names).toEqual(['gebruiksaanwijzer-A4.pdf', 'overzicht-A4.pdf', expect.stringMatching(/^thema-C-.*-bundel\.pdf$/)]);
    expect(mail.text).toContain(`- ${names[2]}: ${FILE_KINDS.bundel.note.what} Printen: ${FILE_KINDS.bundel.note.print}`);
    expect(mail.text).toContain(`- gebruiksaanwijzer-A4.pdf: ${FILE_KINDS.gebruiksaanwijzer.note.what}`);
  }, 120_000);

  it('--setup asks once and the next mail is from that sender', async () => {
    const file = join(tempDir(), 'cfg', 'toolkit.config.yaml');
    const answers = ['Piet Bakker', 'geen-adres', 'piet@gemeente.nl', 'Gemeente Ergens', ''];
    const asked: string[] = [];
    const r = await toolkitMail(['--setup'], { TOOLKIT_CONFIG: file }, { ask: async (q) => (asked.push(q), answers.shift()!) });
    expect(r.code).toBe(0);
    expect(r.err).toContain('"geen-adres" is geen e-mailadres');
    expect(asked[0]).toBe('Je naam: ');
    expect(r.out).toContain(`opgeslagen in ${file}`);
    const out = await package8Out();
    const dry = await toolkitMail(['--to', 'jan@example.org', '--package', '8', '--dry-run', '--out', out], { TOOLKIT_CONFIG: file });
    expect(dry.out).toContain('van        Piet Bakker <piet@gemeente.nl>');
    expect(dry.code).toBe(0);
  }, 60_000);
});

/**
 * An SMTP server that misbehaves on purpose: slow to greet, or silent or slow
 * after the message. It counts the messages it received whole. Closed when
 * the test that made it ends (`finished`: its onTestFinished, as these tests run side by side).
 */
async function faultServer(behaviour: { greetingMs?: number; afterData: 'silent' | number }, finished: (close: () => Promise<void>) => void) {
  let messages = 0;
  const sockets = new Set<import('node:net').Socket>();
  const server = createServer((sock) => {
    sockets.add(sock);
    sock.on('error', () => {});
    sock.on('close', () => sockets.delete(sock));
    const say = (s: string) => !sock.destroyed && sock.write(s + '\r\n');
    setTimeout(() => say('220 fault.test ESMTP'), behaviour.greetingMs ?? 0);
    let data = false;
    let buf = '';
    const take = () => {
      for (;;) {
        if (data) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          buf = buf.slice(end + 5);
          data = false;
          messages++;
          if (behaviour.afterData !== 'silent') setTimeout(() => say('250 OK queued'), behaviour.afterData);
          continue;
        }
        const i = buf.indexOf('\r\n');
        if (i < 0) return;
        const line = buf.slice(0, i).toUpperCase();
        buf = buf.slice(i + 2);
        if (line.startsWith('EHLO')) say('250-fault.test\r\n250 8BITMIME');
        else if (line === 'DATA') {
          say('354 go ahead');
          data = true;
        } else if (line === 'QUIT') say('221 bye');
        else say('250 OK');
      }
    };
    sock.on('data', (c: Buffer) => {
      buf += c.toString('latin1');
      take();
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  finished(() => new Promise<void>((ok) => (sockets.forEach((s) => s.destroy()), server.close(() => ok()))));
  const port = (server.address() as AddressInfo).port;
  return { config: { host: '127.0.0.1', port, secure: false, requireTLS: false, verifyCertificate: false }, messages: () => messages };
}

// Side by side: each test waits out a time bound of its own (idle, not busy), against a server of its own.
describe.concurrent('SMTP that never hangs or lies', () => {
  const raw = Buffer.from('From: a@example.org\r\nTo: b@example.org\r\nSubject: x\r\n\r\nx\r\n');
  const envelope = { from: 'a@example.org', to: ['b@example.org'] };
  // Half a second a phase: a server that keeps silent costs that much waiting; a local server that works answers in milliseconds.
  const bounds = { phaseSeconds: 0.5, totalSeconds: 5 };
  const quick = { delays: [5, 5, 5], sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };

  it('a server silent after the message: one try, and the outcome said to be unknown', async ({ expect, onTestFinished }) => {
    const server = await faultServer({ afterData: 'silent' }, onTestFinished);
    const r = await send(raw, envelope, server.config, quick, bounds);
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(1);
    expect(server.messages()).toBe(1);
    expect(r.problems.map(formatProblem)).toEqual([
      'het bericht is naar de mailserver gestuurd, maar die bevestigde niet binnen 0.5 s dat hij het heeft aangenomen: het is onbekend of het aankomt\n' +
        '    Vraag de ontvanger of kijk in je verzonden items voor je het opnieuw stuurt: stuur je het nog eens, dan kan de ontvanger het twee keer krijgen.',
    ]);
  });

  it('a server that confirms too late: not sent again, so not delivered twice', async ({ expect, onTestFinished }) => {
    const server = await faultServer({ afterData: 1_500 }, onTestFinished);
    const r = await send(raw, envelope, server.config, quick, bounds);
    expect(r.ok).toBe(false);
    expect(r.problems[0]!.code).toBe('smtp-unknown');
    await new Promise((ok) => setTimeout(ok, 100));
    expect(server.messages()).toBe(1);
  });

  it('a slow greeting: each try bounded, the failure names the greeting, nothing sent', async ({ expect, onTestFinished }) => {
    const server = await faultServer({ greetingMs: 1_500, afterData: 0 }, onTestFinished);
    const r = await send(raw, envelope, server.config, { ...quick, delays: [5] }, bounds);
    expect(r.ok).toBe(false);
    expect(r.attempts).toBe(2);
    expect(server.messages()).toBe(0);
    expect(formatProblem(r.problems[0]!)).toBe(
      `smtp://127.0.0.1:${server.config.port} antwoordde niet binnen 0.5 s: de begroeting van de server bleef uit (2 pogingen)\n` +
        '    De server is traag of onbereikbaar. Probeer het later nog eens, of kijk de host en poort na. Er is niets verstuurd.',
    );
  });

  it('the whole send is bounded: retries stop at the total', async ({ expect, onTestFinished }) => {
    const server = await faultServer({ greetingMs: 60_000, afterData: 0 }, onTestFinished);
    const r = await send(raw, envelope, server.config, { ...quick, delays: [5, 5, 5, 5, 5, 5, 5, 5] }, { phaseSeconds: 0.5, totalSeconds: 1.25 });
    expect(r.ok).toBe(false);
    expect(r.attempts).toBeLessThanOrEqual(3);
    expect(r.problems[0]!.message).toMatch(/duurde langer dan 1\.25 s|antwoordde niet binnen 0\.5 s/);
    expect(server.messages()).toBe(0);
  });

  it('a good server still delivers once, within the same bounds', async ({ expect, onTestFinished }) => {
    const server = await faultServer({ afterData: 0 }, onTestFinished);
    const r = await send(raw, envelope, server.config, quick, bounds);
    expect(r.ok).toBe(true);
    expect(server.messages()).toBe(1);
  });
});
