/** E-mail over SMTP with nodemailer. The Message-ID is the message key, so a resend carries the same id. */
import nodemailer from 'nodemailer';
import type { Channel } from './channel.ts';

export function emailChannel(options: { url: string; from: string }): Channel {
  const transport = nodemailer.createTransport(options.url, { from: options.from });
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
