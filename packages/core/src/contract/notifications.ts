/** Notifications as the API answers them (server routes, web pages): deliveries, demo copies, templates. */
import { type Static, Type } from 'typebox';

const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);

export const DeliverySchema = Type.Object({
  id: Type.Integer(),
  event: Type.String(),
  channel: Type.String(),
  to: Type.String(),
  status: Type.Union([Type.Literal('pending'), Type.Literal('sent'), Type.Literal('failed')]),
  subject: Nullable(Type.String()),
  text: Type.String(),
  attempts: Type.Integer(),
  sentAt: Nullable(Type.String()),
  createdAt: Type.String(),
  lastError: Nullable(Type.String()),
  dossier: Nullable(Type.String()),
  seq: Type.Union([Type.Integer(), Type.Null()], { description: 'The log entry it tells of' }),
});
export type Delivery = Static<typeof DeliverySchema>;

export const CaughtMessageSchema = Type.Object({
  channel: Type.String(),
  key: Type.String(),
  to: Type.String(),
  subject: Nullable(Type.String()),
  text: Type.String(),
  receivedAt: Type.String(),
  copies: Type.Integer({ description: 'How many times it arrived; it is stored once (its key)' }),
  dossier: Nullable(Type.String()),
});
export type CaughtMessage = Static<typeof CaughtMessageSchema>;

export const NotificationTemplateSchema = Type.Object({
  event: Type.String(),
  channel: Type.String(),
  subject: Type.Optional(Type.String()),
  body: Type.String(),
  edited: Type.Boolean(),
  updatedAt: Nullable(Type.String()),
  updatedBy: Nullable(Type.String()),
});
export type NotificationTemplateView = Static<typeof NotificationTemplateSchema>;
