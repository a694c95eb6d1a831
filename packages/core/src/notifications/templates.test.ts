import { describe, expect, it } from 'vitest';
import { type NotificationFacts, notificationFacts, recipientsFor } from './events.ts';
import { defaultTemplate, renderTemplate, SAMPLE_FACTS, unknownPlaceholders } from './templates.ts';

describe('notification templates', () => {
  it('fill the facts the log entry decided', () => {
    const facts: NotificationFacts = {
      code: 'X-1',
      dueDate: '2026-03-10',
      amount: 8000,
      missing: ['A', 'B'],
    };
    expect(renderTemplate('{code} {dueDate} {amount} {missing}', facts)).toBe(
      'X-1 10/03/2026 8.000 đồng A; B',
    );
    expect(renderTemplate(defaultTemplate('payment-requested', 'sms').body, facts)).toContain('8.000 đồng');
  });

  it('name the placeholders an edited template may not use', () => {
    expect(unknownPlaceholders('Hồ sơ {code} hẹn {ngay_hen} {dueDate}')).toEqual(['ngay_hen']);
    expect(unknownPlaceholders(defaultTemplate('apology', 'email').body)).toEqual([]);
  });

  it('take the supplement list and the new date from the entry', () => {
    const entry = {
      seq: 3,
      at: '2026-03-05T09:00:00+07:00',
      actor: { id: 'u', name: 'N', role: 'leader' },
      action: 'apologize-extend',
      reason: 'Cần xác minh',
      data: { previousDueDate: '2026-03-10', newDueDate: '2026-03-17', slip: {}, signer: {} },
    } as never;
    const facts = notificationFacts(entry, { code: 'C', procedureName: 'P', dueDate: '2026-03-10' });
    expect(facts).toMatchObject({
      newDueDate: '2026-03-17',
      previousDueDate: '2026-03-10',
      dueDate: '2026-03-17',
    });
    expect(renderTemplate(defaultTemplate('apology', 'sms').body, SAMPLE_FACTS)).toContain('17/03/2026');
  });

  it('send SMS to the phone and e-mail when given, by default; staff warnings by e-mail only', () => {
    const to = { phone: '0912 345 678', email: 'a@example.vn' };
    expect(recipientsFor('received', to, null)).toEqual([
      { channel: 'sms', address: '0912345678' },
      { channel: 'email', address: 'a@example.vn' },
    ]);
    expect(recipientsFor('received', to, { sms: false, email: false, zalo: true })).toEqual([
      { channel: 'zalo', address: '0912345678' },
    ]);
    expect(recipientsFor('officer-warning', to, null)).toEqual([
      { channel: 'email', address: 'a@example.vn' },
    ]);
    expect(recipientsFor('leader-warning', { email: null }, null)).toEqual([]);
  });
});
