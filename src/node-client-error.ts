/**
 * Requests Node's HTTP parser refuses before the app sees them (headers over the size limit,
 * malformed request lines) get the API's error shape with a body, not Node's empty answer.
 * The language is not known yet (the headers were not read): the message carries both.
 */
import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';

const ANSWERS: Record<string, [number, string, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'headers_too_large', 'Header permintaan terlalu besar. / The request headers are too large.'],
};
const MALFORMED: [number, string, string, string] = [
  400,
  'Bad Request',
  'malformed_request',
  'Permintaan HTTP tidak dapat dibaca. / The HTTP request could not be read.',
];

export function answerClientErrors(server: Pick<Server, 'on'>): void {
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const [status, reason, code, message] = ANSWERS[err.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({ error: { code, message } });
    socket.end(
      `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
