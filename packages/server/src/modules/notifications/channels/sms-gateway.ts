/**
 * SMS through an HTTP gateway, provider-agnostic: POST JSON {to, text, reference} with a bearer token; any
 * 2xx is accepted. `reference` is the message key: gateways that take a client reference drop a resend.
 * A provider with another shape gets a small proxy or its own adapter behind the same Channel interface.
 */
import { smsLength } from '@motcua/core';
import { type Channel, ChannelError } from './channel.ts';

export function smsGatewayChannel(options: { url: string; token?: string; sender?: string }): Channel {
  return {
    async send(message) {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({
          to: message.to,
          text: message.text,
          reference: message.key,
          encoding: smsLength(message.text).encoding,
          ...(options.sender ? { sender: options.sender } : {}),
        }),
        signal: AbortSignal.timeout(15_000),
      });
      if (!res.ok)
        throw new ChannelError(`SMS gateway: HTTP ${res.status} ${(await res.text()).slice(0, 200)}`);
    },
  };
}
