import { describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { simpleParser } from 'mailparser';
import { send } from '../src/mail/send.js';
import { readConfig } from '../src/mail/config.js';
import { addressProblems, splitAddresses } from '../src/mail/address.js';
import { recipients, renderMessage } from '../src/mail/message.js';
import { fakeSmtp } from './fakeSmtp.js';

const RAW = Buffer.from('Subject: x\r\n\r\nx\r\n');
const envelope = { from: 'anna@example.org', to: ['jan@example.org'] };
const config = (port: number) => ({ host: '127.0.0.1', port, secure: false, requireTLS: false, verifyCertificate: false });

/** What send() says against a server that answers `command` (a line starting with it) with `reply`, everything else with 250. */
async function sendAgainst(answers: Record<string, string>, greeting?: string) {
  const server = await fakeSmtp((line) => {
    const key = Object.keys(answers).find((k) => line.toUpperCase().startsWith(k));
    if (key) return answers[key];
    if (/^QUIT/i.test(line)) return '221 dag';
    if (/^DATA/i.test(line)) return '354 ga je gang';
    return line === '.' || /^(EHLO|HELO|MAIL|RCPT|RSET)/i.test(line) ? '250 ok' : undefined;
  }, greeting);
  try {
    const r = await send(RAW, envelope, config(server.port), { delays: [] }, { phaseSeconds: 5, totalSeconds: 20 });
    return r.problems[0]!;
  } finally {
    await server.close();
  }
}

describe('SMTP replies, by their code class', () => {
  it('a 4xx on MAIL FROM is "try later", not a refused sender; a 5xx there is', async () => {
    const later = await sendAgainst({ 'MAIL FROM': '451 4.7.1 Greylisted, probeer over 5 minuten' });
    expect(later.code).toBe('smtp-later');
    expect(later.message).toBe('de mailserver kon het bericht nu niet aannemen (bij MAIL FROM): 451 4.7.1 Greylisted, probeer over 5 minuten');
    expect(later.hint).toMatch(/Probeer het later nog eens/);
    const refused = await sendAgainst({ 'MAIL FROM': '550 5.7.1 Afzender niet toegestaan' });
    expect(refused.code).toBe('smtp-sender');
    expect(refused.message).toContain('weigerde het afzenderadres');
  });

  it('a 4xx on RCPT TO is "try later"; a 5xx is a refused recipient', async () => {
    expect((await sendAgainst({ 'RCPT TO': '452 4.2.2 Mailbox vol' })).code).toBe('smtp-later');
    const refused = await sendAgainst({ 'RCPT TO': '550 5.1.1 Onbekende gebruiker' });
    expect(refused.message).toMatch(/jan@example\.org|weigerde de ontvangers/);
    expect(refused.code).not.toBe('smtp-later');
  });

  it('a server reached that answers garbage is told apart from one not reached', async () => {
    const huge = await sendAgainst({ EHLO: `250-${'x'.repeat(10 * 1024 * 1024)}\r\n250 ok` });
    expect(huge.code).toBe('smtp-garbled');
    expect(huge.message).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+ antwoordde, maar niet zoals een mailserver \(Server response exceeds maximum allowed size\)$/);
    const http = await sendAgainst({}, 'HTTP/1.1 400 Bad Request');
    expect(http.code).toBe('smtp-garbled');
    expect(http.message).toContain('(HTTP/1.1 400 Bad Request)');
    // Nothing listening: not reached.
    const free = createServer().listen(0, '127.0.0.1');
    await once(free, 'listening');
    const port = (free.address() as { port: number }).port;
    await new Promise((r) => free.close(r));
    const r = await send(RAW, envelope, config(port), { delays: [] });
    expect(r.problems[0]!.code).toBe('smtp-connection');
    expect(r.problems[0]!.message).toContain('niet bereiken');
  });
});

describe('mail settings', () => {
  const bounds = (smtp: string) => readConfig(`smtp:\n${smtp}\n`, 'toolkit.config.yaml');
  it('time limits are checked on load: 1 to 600 s a phase, up to 3600 s in all', () => {
    expect(bounds('  phase_seconds: 600\n  total_seconds: 3600').problems).toEqual([]);
    expect(bounds('  phase_seconds: 600\n  total_seconds: 3600').config.smtp).toEqual({ phaseSeconds: 600, totalSeconds: 3600 });
    const wrong = bounds('  phase_seconds: 3000000\n  total_seconds: .inf');
    expect(wrong.problems.map((p) => `${p.at?.file}: ${p.message}`)).toEqual([
      'toolkit.config.yaml: smtp.phase_seconds is 3000000; het moet een aantal seconden van 1 tot en met 600 zijn',
      'toolkit.config.yaml: smtp.total_seconds is Infinity; het moet een aantal seconden van 1 tot en met 3600 zijn',
    ]);
    expect(bounds('  phase_seconds: 0.5').problems).toHaveLength(1);
    expect(bounds('  total_seconds: "lang"').problems[0]!.message).toBe('smtp.total_seconds is "lang"; het moet een aantal seconden van 1 tot en met 3600 zijn');
  });
});

describe('--to with a comma in the name', () => {
  it('"Jansen, Jan" <jan@example.org> is one recipient, named as written', async () => {
    const to = ['"Jansen, Jan" <jan@example.org>, piet@example.org; "a \\"b, c\\"" <c@example.org>'];
    expect(addressProblems('--to', to)).toEqual([]);
    expect(splitAddresses(to)).toEqual(['"Jansen, Jan" <jan@example.org>', 'piet@example.org', '"a \\"b, c\\"" <c@example.org>']);
    const draft = { to: splitAddresses(to), cc: [], subject: 's', text: 't', attachments: [] };
    expect(recipients(draft)).toEqual(['jan@example.org', 'piet@example.org', 'c@example.org']);
    const mail = await simpleParser(await renderMessage(draft, { date: new Date(Date.UTC(2027, 0, 14)) }));
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.map((v) => [v.name, v.address]) : []).toEqual([
      ['Jansen, Jan', 'jan@example.org'],
      ['', 'piet@example.org'],
      ['a "b, c"', 'c@example.org'],
    ]);
  });
});
