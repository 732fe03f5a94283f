import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { maskSecrets, safeText, showControls } from '../src/safeText.js';
import { painter, screened, type IO } from '../src/cli/io.js';
import { send } from '../src/mail/send.js';
import { edit, smallData, toolkit } from './helpers.js';
import { fakeSmtp } from './fakeSmtp.js';

const b64 = (s: string) => Buffer.from(s).toString('base64');
const HOSTILE = '\x1b]0;PWNED\x07\x1b[2J\x1b[31mROOD';

/** An IO that keeps what reaches the "terminal". */
function capture(isTTY = false) {
  const lines: string[] = [];
  const io: IO = { out: (s) => lines.push(s), err: (s) => lines.push(s), write: (s) => lines.push(s), isTTY, env: { TOOLKIT_SMTP_USER: 'facilitator', TOOLKIT_SMTP_PASS: 'Geheim-77' } };
  return { io, lines };
}

describe('the sanitiser', () => {
  it('shows control characters and escape sequences instead of letting them act', () => {
    expect(showControls(HOSTILE)).toBe('\\u001b]0;PWNED\\u0007\\u001b[2J\\u001b[31mROOD');
    expect(showControls('a\rb\x9bc\u202ed\x7f')).toBe('a\\u000db\\u009bc\\u202ed\\u007f');
    // Line breaks and tabs are layout, not attacks.
    expect(showControls('regel 1\n\tregel 2')).toBe('regel 1\n\tregel 2');
  });

  it('masks credentials in every form they travel in', () => {
    const secrets = { user: 'facilitator', pass: 'Geheim-77' };
    const plain = b64('\0facilitator\0Geheim-77');
    expect(maskSecrets(`535 5.7.8 AUTH PLAIN ${plain} refused`, secrets)).toBe('535 5.7.8 AUTH PLAIN *** refused');
    // Only the base64: the words and brackets around it stay.
    expect(maskSecrets(`de server weigerde het inloggen (535 AUTH PLAIN ${plain})`, secrets)).toBe('de server weigerde het inloggen (535 AUTH PLAIN ***)');
    // The SASL answer alone, without AUTH before it, and one the tool was not told about.
    expect(maskSecrets(`bad credentials ${plain}`, secrets)).toBe('bad credentials ***');
    expect(maskSecrets(`bad credentials ${b64('\0iemand\0anders-geheim')}`)).toBe('bad credentials ***');
    expect(maskSecrets(`334 ${b64('Geheim-77')}`, secrets)).toBe('334 ***');
    expect(maskSecrets(`AUTH LOGIN ${b64('facilitator')}`)).toBe('AUTH LOGIN ***');
    // A server that answers AUTH LOGIN by echoing what it got: the user's base64 and the password's, without AUTH before them.
    expect(maskSecrets(`535 5.7.8 Authentication failed: ${b64('jan')} ${b64('geheim123')}`, { user: 'jan', pass: 'geheim123' })).toBe('535 5.7.8 Authentication failed: *** ***');
    expect(maskSecrets('kon smtp://jan:Geheim-77@mail.example.org:587 niet bereiken', secrets)).toBe('kon smtp://***@mail.example.org:587 niet bereiken');
    expect(maskSecrets('wachtwoord Geheim 77 en Geheim%2077', { pass: 'Geheim 77' })).toBe('wachtwoord *** en ***');
    expect(maskSecrets('wachtwoord Geheim-77 en Geheim-77', { pass: 'Geheim-77' })).toBe('wachtwoord *** en ***');
    // Ordinary words and addresses stay as they are.
    expect(maskSecrets('werkpakket 8 aan jan@example.org via smtp://mail.example.org:587', secrets)).toBe('werkpakket 8 aan jan@example.org via smtp://mail.example.org:587');
  });

  it('keeps the tool\'s own colours and nothing that content forges', () => {
    const { io, lines } = capture(true);
    const screen = screened(io);
    const paint = painter(screen);
    screen.err(paint.red('fout ') + `titel "${HOSTILE}"`);
    expect(lines[0]).toBe(`\x1b[31mfout \x1b[0mtitel "${safeText(HOSTILE)}"`);
    expect(lines[0]!.match(/\x1b/g)).toHaveLength(2);
    screen.out('verbinding smtp://facilitator:Geheim-77@host en Geheim-77');
    expect(lines[1]).toBe('verbinding smtp://***@host en ***');
  });
});

describe('what the CLI prints from content', () => {
  it('check shows a hostile card title visibly, with no escape code left in it', async () => {
    const data = smallData([8]);
    const file = join(data, 'packages', readdirSync(join(data, 'packages'))[0]!);
    // A card problem (an empty text) names the card by its title.
    edit(file, /title: "Je laatste taak"\n(\s+)text: .*/, `title: "\\e]0;PWNED\\a\\e[2J\\e[31mROOD"\n$1text: ""`);
    const check = await toolkit(['check', '--data', data]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('\\u001b]0;PWNED\\u0007\\u001b[2J\\u001b[31mROOD');
    expect(check.stdout + check.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f]/);
  }, 60_000);
});

describe('SMTP replies that carry the login', () => {
  it('a 535 that repeats AUTH PLAIN and its base64 is printed masked', async () => {
    const auth = { user: 'facilitator', pass: 'Geheim-77' };
    const sasl = b64('\0facilitator\0Geheim-77');
    const server = await fakeSmtp((line) => {
      if (/^EHLO/i.test(line)) return '250-nep.example.org\r\n250 AUTH PLAIN LOGIN';
      if (/^AUTH PLAIN/i.test(line)) return `535 5.7.8 Authentication failed: ${line}`;
      if (/^QUIT/i.test(line)) return '221 dag';
      return '250 ok';
    });
    try {
      const config = { host: '127.0.0.1', port: server.port, secure: false, requireTLS: false, verifyCertificate: false, auth };
      const result = await send(Buffer.from('Subject: x\r\n\r\nx\r\n'), { from: 'a@example.org', to: ['b@example.org'] }, config, { delays: [] });
      expect(result.ok).toBe(false);
      const text = result.problems.map((p) => `${p.message} ${p.hint}`).join('\n');
      expect(text).toContain('de server weigerde het inloggen');
      expect(text).toContain('AUTH PLAIN ***');
      expect(text).not.toContain(sasl);
      expect(text).not.toContain('Geheim-77');
      // And what the CLI would print of it.
      const { io, lines } = capture();
      screened(io).err(`${text} ${sasl}`);
      expect(lines.join('\n')).not.toContain(sasl);
    } finally {
      await server.close();
    }
  });
});
