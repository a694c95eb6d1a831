/** The worker role and the notification channels from the environment (src/notify-env.ts). */
import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv } from '../src/env.ts';
import { readNotifyEnv } from '../src/notify-env.ts';

const fail = (m: string) => new ConfigError(m);

describe('MOTCUA_ROLES and the notification channels', () => {
  it('runs the web server and the worker in one process by default, with the demo stand-ins', () => {
    const env = readEnv({});
    expect(env.roles).toEqual({ web: true, worker: true });
    expect(env.notify).toMatchObject({ demo: true, smtpUrl: undefined, sms: undefined, zalo: undefined });
    expect(env.notify.retryLimit).toBe(5);
  });

  it('splits the roles, and refuses what is neither', () => {
    expect(readNotifyEnv({ MOTCUA_ROLES: 'worker' }, false, fail).roles).toEqual({
      web: false,
      worker: true,
    });
    expect(readNotifyEnv({ MOTCUA_ROLES: ' web ' }, false, fail).roles).toEqual({ web: true, worker: false });
    expect(() => readNotifyEnv({ MOTCUA_ROLES: 'web,mailer' }, false, fail)).toThrow(/MOTCUA_ROLES/);
    expect(() => readNotifyEnv({ MOTCUA_ROLES: ',' }, false, fail)).toThrow(/MOTCUA_ROLES/);
  });

  it('reads each channel, naming a bad value; production never uses the demo catcher or sinks', () => {
    const env = readNotifyEnv(
      {
        MOTCUA_SMTP_URL: 'smtps://u:p@mail.example.vn:465',
        MOTCUA_SMS_GATEWAY_URL: 'https://sms.example.vn/send',
        MOTCUA_SMS_GATEWAY_TOKEN: 't',
        MOTCUA_ZALO_ACCESS_TOKEN: 'z',
        MOTCUA_ZALO_TEMPLATE_IDS: 'received:101, apology:102',
      },
      true,
      fail,
    ).notify;
    expect(env.demo).toBe(false);
    expect(env.sms).toEqual({ url: 'https://sms.example.vn/send', token: 't', sender: undefined });
    expect(env.zalo?.templateIds).toEqual({ received: '101', apology: '102' });
    expect(() => readNotifyEnv({ MOTCUA_SMTP_URL: 'http://x' }, false, fail)).toThrow(/MOTCUA_SMTP_URL/);
    expect(() => readNotifyEnv({ MOTCUA_ZALO_TEMPLATE_IDS: 'recieved:1' }, false, fail)).toThrow(
      /MOTCUA_ZALO_TEMPLATE_IDS/,
    );
    expect(() => readNotifyEnv({ MOTCUA_NOTIFY_RETRY_LIMIT: '-1' }, false, fail)).toThrow(/RETRY_LIMIT/);
  });
});
