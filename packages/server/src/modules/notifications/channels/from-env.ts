/** The channels the environment configures; in demo mode the local catcher and sinks stand in for the rest. */
import type { Db } from '../../../adapters/db/database.ts';
import type { NotifyEnv } from '../../../notify-env.ts';
import type { Channels } from './channel.ts';
import { demoSinkChannel } from './demo-sink.ts';
import { emailChannel } from './email.ts';
import { smsGatewayChannel } from './sms-gateway.ts';
import { type SmtpCatcher, startSmtpCatcher } from './smtp-catcher.ts';
import { zaloZnsChannel } from './zalo-zns.ts';

export interface ConfiguredChannels {
  channels: Channels;
  /** Where each channel goes, for the start-up line: 'smtp://…', 'demo sink', … */
  describe: Record<string, string>;
  catcher: SmtpCatcher | undefined;
  close(): Promise<void>;
}

export async function channelsFromEnv(env: NotifyEnv['notify'], db: Db): Promise<ConfiguredChannels> {
  const channels: Channels = {};
  const describe: Record<string, string> = {};
  let catcher: SmtpCatcher | undefined;
  if (env.smtpUrl) {
    channels.email = emailChannel({ url: env.smtpUrl, from: env.mailFrom });
    describe.email = new URL(env.smtpUrl).host;
  } else if (env.demo) {
    catcher = await startSmtpCatcher(db, env.demoSmtpPort);
    channels.email = emailChannel({ url: catcher.url, from: env.mailFrom, localNoDelay: true });
    describe.email = `demo SMTP catcher ${catcher.url}`;
  }
  if (env.sms) {
    channels.sms = smsGatewayChannel(env.sms);
    describe.sms = new URL(env.sms.url).host;
  } else if (env.demo) {
    channels.sms = demoSinkChannel(db);
    describe.sms = 'demo sink';
  }
  if (env.zalo) {
    channels.zalo = zaloZnsChannel(env.zalo);
    describe.zalo = new URL(env.zalo.url).host;
  } else if (env.demo) {
    channels.zalo = demoSinkChannel(db);
    describe.zalo = 'demo sink';
  }
  return {
    channels,
    describe,
    catcher,
    async close() {
      for (const c of Object.values(channels)) await c?.close?.();
      await catcher?.close();
    },
  };
}
