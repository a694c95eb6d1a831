/**
 * The development IdP's keys and storage, both in memory and both ours rather than oidc-provider's quick-start
 * defaults (which it warns about at every start): a fresh RSA signing key per process (RS256, the id_token's
 * default algorithm) and a Map-backed adapter with expiry. A restart forgets the IdP's sessions and grants,
 * which a development IdP may (docs/adr/0005-citizen-identity.md).
 */
import { generateKeyPairSync } from 'node:crypto';
import type { Adapter, AdapterPayload, JWK } from 'oidc-provider';

export function developmentJwks(): { keys: JWK[] } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), use: 'sig', alg: 'RS256' }] };
}

interface Stored {
  payload: AdapterPayload;
  expiresAt: number;
}

/** One Map per provider (so two test apps never share an IdP's state), keyed by model name and id. */
export function memoryAdapterClass(): new (name: string) => Adapter {
  const rows = new Map<string, Stored>();
  const live = (key: string): AdapterPayload | undefined => {
    const row = rows.get(key);
    if (!row) return undefined;
    if (row.expiresAt <= Date.now()) {
      rows.delete(key);
      return undefined;
    }
    return row.payload;
  };
  return class MemoryAdapter implements Adapter {
    private readonly name: string;
    constructor(name: string) {
      this.name = name;
    }
    private key(id: string) {
      return `${this.name}:${id}`;
    }
    async upsert(id: string, payload: AdapterPayload, expiresIn: number) {
      rows.set(this.key(id), { payload, expiresAt: Date.now() + expiresIn * 1000 });
    }
    async find(id: string) {
      return live(this.key(id));
    }
    async findByUid(uid: string) {
      for (const [key, row] of rows)
        if (key.startsWith(`${this.name}:`) && row.payload.uid === uid) return live(key);
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [key, row] of rows)
        if (key.startsWith(`${this.name}:`) && row.payload.userCode === userCode) return live(key);
      return undefined;
    }
    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      rows.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [key, row] of rows) if (row.payload.grantId === grantId) rows.delete(key);
    }
  };
}
