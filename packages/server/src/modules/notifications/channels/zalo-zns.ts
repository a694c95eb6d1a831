/**
 * Zalo Notification Service (ZNS), template API: POST {phone, template_id, template_data, tracking_id} with
 * the official account's `access_token` header; the answer is {error, message, data}, error 0 meaning sent.
 * The phone goes in international form (84…); tracking_id is the message key. Each event maps to a template
 * registered with Zalo (MOTCUA_ZALO_TEMPLATE_IDS); its parameters are the template's placeholders.
 */
import { type Channel, ChannelError } from './channel.ts';

export const ZNS_DEFAULT_URL = 'https://business.openapi.zalo.me/message/template';

export const internationalPhone = (phone: string): string =>
  phone.startsWith('0') ? `84${phone.slice(1)}` : phone.replace(/^\+/, '');

export function zaloZnsChannel(options: {
  url: string;
  accessToken: string;
  templateIds: Record<string, string>;
}): Channel {
  return {
    async send(message) {
      const templateId = options.templateIds[message.event];
      if (!templateId) throw new ChannelError(`Zalo: no ZNS template id for event ${message.event}`);
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', access_token: options.accessToken },
        body: JSON.stringify({
          phone: internationalPhone(message.to),
          template_id: templateId,
          template_data: message.params ?? {},
          tracking_id: message.key,
        }),
        signal: AbortSignal.timeout(15_000),
      });
      const answer = (await res.json().catch(() => null)) as { error?: number; message?: string } | null;
      if (!res.ok || answer?.error !== 0) {
        throw new ChannelError(
          `Zalo ZNS: HTTP ${res.status} error ${answer?.error} ${answer?.message ?? ''}`,
        );
      }
    },
  };
}
