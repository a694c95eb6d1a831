/**
 * The worker role and the notification channels from the environment (ADR 0003, README "Configuration").
 * MOTCUA_ROLES: `web,worker` by default (one process delivers); `web` alone serves HTTP and leaves the outbox
 * to a `worker` process elsewhere. Each channel is configured on its own: e-mail (MOTCUA_SMTP_URL,
 * MOTCUA_MAIL_FROM), SMS (MOTCUA_SMS_GATEWAY_URL, _TOKEN, _SENDER), Zalo (MOTCUA_ZALO_ACCESS_TOKEN,
 * MOTCUA_ZALO_TEMPLATE_IDS, MOTCUA_ZALO_ZNS_URL). Outside production an unconfigured channel goes to the
 * demo catcher (e-mail) or sink (SMS, Zalo); in production it is off: a demo sink would swallow citizens'
 * messages while reporting them sent, so it is never used there.
 */
import { isNotificationEvent } from '@motcua/core';

export interface NotifyEnv {
  roles: { web: boolean; worker: boolean };
  notify: {
    /** Demo catcher/sinks stand in for unconfigured channels (never in production). */
    demo: boolean;
    /** The demo SMTP catcher's port (0: any free port). */
    demoSmtpPort: number;
    smtpUrl: string | undefined;
    mailFrom: string;
    sms: { url: string; token: string | undefined; sender: string | undefined } | undefined;
    zalo: { url: string; accessToken: string; templateIds: Record<string, string> } | undefined;
    /** Đồng per SMS segment, for the template editor's cost. */
    smsPricePerSegment: number;
    retryLimit: number;
    /** Outbox rows older than this when the worker reaches them are triaged, not sent. */
    maxAgeHours: number;
  };
}

export function readNotifyEnv(
  source: Record<string, string | undefined>,
  isProduction: boolean,
  fail: (message: string) => Error,
): NotifyEnv {
  const names = (source.MOTCUA_ROLES ?? 'web,worker')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => n !== 'web' && n !== 'worker');
  if (names.length === 0 || unknown.length > 0) {
    throw fail(`MOTCUA_ROLES must list web and/or worker, e.g. "web,worker", got "${source.MOTCUA_ROLES}"`);
  }
  const whole = (name: string, fallback: number, min: number, max: number) => {
    const raw = source[name];
    const value = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(value) || value < min || value > max) {
      throw fail(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  };
  const url = (name: string, protocols: RegExp): string | undefined => {
    const raw = source[name];
    if (!raw) return undefined;
    let parsed: URL | undefined;
    try {
      parsed = new URL(raw);
    } catch {}
    if (!parsed || !protocols.test(parsed.protocol)) throw fail(`${name} is not a valid address: "${raw}"`);
    return raw;
  };
  const smtpUrl = url('MOTCUA_SMTP_URL', /^smtps?:$/);
  const smsUrl = url('MOTCUA_SMS_GATEWAY_URL', /^https?:$/);
  const zaloToken = source.MOTCUA_ZALO_ACCESS_TOKEN || undefined;
  const templateIds: Record<string, string> = {};
  for (const pair of (source.MOTCUA_ZALO_TEMPLATE_IDS ?? '').split(',').filter(Boolean)) {
    const [event, id] = pair.split(':').map((s) => s.trim());
    if (!isNotificationEvent(event) || !id) {
      throw fail(`MOTCUA_ZALO_TEMPLATE_IDS must be "event:templateId,…", got "${pair}"`);
    }
    templateIds[event] = id;
  }
  return {
    roles: { web: names.includes('web'), worker: names.includes('worker') },
    notify: {
      demo: !isProduction,
      demoSmtpPort: whole('MOTCUA_DEMO_SMTP_PORT', 0, 0, 65535),
      smtpUrl,
      mailFrom: source.MOTCUA_MAIL_FROM || 'MotCua <no-reply@motcua.local>',
      sms: smsUrl
        ? {
            url: smsUrl,
            token: source.MOTCUA_SMS_GATEWAY_TOKEN || undefined,
            sender: source.MOTCUA_SMS_SENDER || undefined,
          }
        : undefined,
      zalo: zaloToken
        ? {
            url:
              url('MOTCUA_ZALO_ZNS_URL', /^https?:$/) ?? 'https://business.openapi.zalo.me/message/template',
            accessToken: zaloToken,
            templateIds,
          }
        : undefined,
      smsPricePerSegment: whole('MOTCUA_SMS_PRICE_PER_SEGMENT', 800, 0, 100_000),
      retryLimit: whole('MOTCUA_NOTIFY_RETRY_LIMIT', 5, 0, 50),
      maxAgeHours: whole('MOTCUA_NOTIFY_MAX_AGE_HOURS', 72, 1, 8760),
    },
  };
}
