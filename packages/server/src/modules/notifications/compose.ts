/** The message of one (event, channel): the template filled from the facts the outbox row carries. */
import {
  type NotificationChannel,
  type NotificationEvent,
  type NotificationFacts,
  placeholderValues,
  renderTemplate,
  smsText,
  TEMPLATE_PLACEHOLDERS,
  type TemplateText,
} from '@motcua/core';

export interface Composed {
  subject: string | null;
  body: string;
  params: Record<string, string> | null;
}

export function compose(
  _event: NotificationEvent,
  channel: NotificationChannel,
  facts: NotificationFacts,
  template: TemplateText,
  baseUrl?: string,
): Composed {
  const body = renderTemplate(template.body, facts, baseUrl);
  if (channel === 'email') {
    return { subject: renderTemplate(template.subject ?? '', facts, baseUrl), body, params: null };
  }
  if (channel === 'sms') return { subject: null, body: smsText(body).text, params: null };
  // Zalo: the template registered with ZNS takes the placeholders the text uses, as parameters.
  const values = placeholderValues(facts, baseUrl);
  const params = Object.fromEntries(
    TEMPLATE_PLACEHOLDERS.filter((p) => template.body.includes(`{${p}}`)).map((p) => [p, values[p]]),
  );
  return { subject: null, body, params };
}
