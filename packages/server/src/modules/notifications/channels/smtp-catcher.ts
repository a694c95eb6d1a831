/**
 * Demo mode: a local SMTP server (smtp-server) that accepts every message for anyone and stores it in
 * notification_sink, so the e-mail channel runs the real nodemailer → SMTP path end to end. It listens on
 * 127.0.0.1 only, on MOTCUA_DEMO_SMTP_PORT or a free port.
 */
import type { AddressInfo, Socket } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Db } from '../../../adapters/db/database.ts';
import { type SinkEntry, sinkWriter } from './demo-sink.ts';

export interface SmtpCatcher {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startSmtpCatcher(
  store: Db | ((entry: SinkEntry) => Promise<void>),
  port = 0,
): Promise<SmtpCatcher> {
  const save = typeof store === 'function' ? store : sinkWriter(store);
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    banner: 'MotCua demo catcher',
    size: 1024 * 1024,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (mail) => {
          const header = (name: string) => {
            const value = mail.headers.get(name);
            return typeof value === 'string' ? value : null;
          };
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          await save({
            channel: 'email',
            key: header('x-motcua-key') ?? mail.messageId ?? `${Date.now()}-${Math.random()}`,
            dossierCode: header('x-motcua-dossier'),
            to,
            subject: mail.subject ?? null,
            text: mail.text ?? '',
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  // Without it, SMTP's short command/reply exchanges wait on delayed ACKs (Nagle): ~65 ms a message.
  server.server.on('connection', (socket: Socket) => socket.setNoDelay(true));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${actual}`,
    port: actual,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
