/** Notifications: events and their facts, channel choice, templates, SMS length and cost. */
export * from './events.ts';
export * from './sms.ts';
export * from './templates.ts';
