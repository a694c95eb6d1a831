/** E-mail over SMTP with nodemailer. The Message-ID is the message key, so a resend carries the same id. */
import net from 'node:net';
import nodemailer from 'nodemailer';
import type { Channel } from './channel.ts';

export function emailChannel(options: {
  url: string;
  from: string;
  /**
   * The local demo catcher only: plain TCP with Nagle off. SMTP's short command/reply exchanges otherwise
   * wait on delayed ACKs (about 65 ms a message over a pooled connection, measured).
   */
  localNoDelay?: boolean;
}): Channel {
  const transport = nodemailer.createTransport(
    { url: options.url, pool: true, maxConnections: 5, maxMessages: 1000 } as never,
    { from: options.from },
  );
  if (options.localNoDelay) {
    (transport as unknown as { getSocket: unknown }).getSocket = (
      o: { host: string; port: number },
      callback: (error: Error | null, socket?: { connection: net.Socket }) => void,
    ) => {
      const socket = net.connect(o.port, o.host, () => {
        socket.setNoDelay(true);
        callback(null, { connection: socket });
      });
      socket.once('error', (error) => callback(error));
    };
  }
  return {
    async send(message) {
      await transport.sendMail({
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        messageId: `<${message.key}@motcua>`,
        headers: {
          'X-MotCua-Key': message.key,
          'X-MotCua-Event': message.event,
          ...(message.dossierCode ? { 'X-MotCua-Dossier': message.dossierCode } : {}),
        },
      });
    },
    async close() {
      transport.close();
    },
  };
}
