/** The demo listens on this machine only: reaching it from the network is a choice made with HOST. */
import { describe, expect, it } from 'vitest';
import { readEnv } from '../src/env.ts';

describe('listen address', () => {
  it('is 127.0.0.1 by default', () => {
    expect(readEnv({}).host).toBe('127.0.0.1');
  });
  it('is what HOST says otherwise', () => {
    expect(readEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });
});
