import { describe, expect, it } from 'vitest';
import { citizenLoginHref, maskIdNumber } from './api';

describe('citizen account helpers', () => {
  it('hides all but the last 4 digits of the ID number', () => {
    expect(maskIdNumber('037095001234')).toBe('••••••••1234');
    expect(maskIdNumber('1234')).toBe('1234');
  });

  it('starts the login with the return path', () => {
    expect(citizenLoginHref('/tai-khoan')).toBe('/api/auth/citizen/login?next=%2Ftai-khoan');
  });
});
