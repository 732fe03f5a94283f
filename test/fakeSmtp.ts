import { createServer, type Socket } from 'node:net';
import { once } from 'node:events';

/** A fake SMTP server on 127.0.0.1 that answers each command with the line `answer` gives. */
export async function fakeSmtp(answer: (command: string) => string | undefined, greeting = '220 nep.example.org ESMTP') {
  const server = createServer((socket: Socket) => {
    socket.write(greeting + '\r\n');
    let buffer = '';
    socket.on('data', (chunk) => {
      buffer += chunk.toString('latin1');
      let i;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const reply = answer(line);
        if (reply !== undefined) socket.write(reply + '\r\n');
      }
    });
    socket.on('error', () => {});
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  return { port, close: () => new Promise((r) => server.close(r)) };
}
