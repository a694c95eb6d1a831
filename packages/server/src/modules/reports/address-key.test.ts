import { describe, expect, it } from 'vitest';
import { addressForLimit, RotatingAddressKey } from './address-key.ts';

describe('the rate limit’s address key', () => {
  it('is a keyed digest that names no address, stable within a day, new the next day', () => {
    let now = new Date('2026-12-04T09:00:00+07:00');
    let draws = 0;
    const key = new RotatingAddressKey(
      () => now,
      (size) => Buffer.alloc(size, ++draws),
    );
    const first = key.digest('203.0.113.77');
    expect(first).not.toContain('203');
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(key.digest('203.0.113.77')).toBe(first);
    expect(key.digest('203.0.113.78')).not.toBe(first);
    now = new Date('2026-12-04T23:59:59+07:00');
    expect(key.digest('203.0.113.77')).toBe(first);
    now = new Date('2026-12-05T00:00:00+07:00');
    expect(key.digest('203.0.113.77')).not.toBe(first);
    expect(draws).toBe(2);
    expect(JSON.stringify({ key })).toBe('{"key":"[RotatingAddressKey]"}');
  });

  it('differs between two servers (each draws its own key)', () => {
    expect(new RotatingAddressKey().digest('203.0.113.77')).not.toBe(
      new RotatingAddressKey().digest('203.0.113.77'),
    );
  });

  it('counts an IPv6 address by its /64, IPv4 by itself', () => {
    expect(addressForLimit('203.0.113.77')).toBe('203.0.113.77');
    expect(addressForLimit('::ffff:203.0.113.77')).toBe('::ffff:203.0.113.77');
    expect(addressForLimit('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressForLimit('2001:0db8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(addressForLimit('::1')).toBe('0:0:0:0::/64');
    expect(addressForLimit('2001:db8::')).toBe('2001:db8:0:0::/64');
  });
});
