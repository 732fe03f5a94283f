import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

export interface Received {
  mail: ParsedMail;
  raw: Buffer;
  rcptTo: string[];
  secure: boolean;
}

/** A real SMTP server on 127.0.0.1, on a port the system picks, keeping every message it gets. */
export async function smtpServer(options: SMTPServerOptions = {}) {
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
  const close = () => new Promise<void>((ok) => server.close(() => ok()));
  return { port, url: `smtp://127.0.0.1:${port}`, received, close };
}
