/** Argon2id password hashes (OWASP-recommended parameters are @node-rs/argon2's defaults). */
import { hash, verify } from '@node-rs/argon2';

export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A fixed hash verified when the username is unknown, so timing does not reveal which usernames exist. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = (): Promise<string> => {
  dummyHash ??= hash('motcua-no-such-account');
  return dummyHash;
};
