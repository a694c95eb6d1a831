/**
 * The key an anonymous report's rate limit counts by (issue 12, item 3): an HMAC of the client's address
 * with a random key made in memory and replaced every day (Vietnamese date), never stored, never logged.
 * The limiter's state then holds only these digests: with the key gone (at the next day, or a restart) no
 * one can test a digest against a guessed address, and even with it a digest names no address by itself.
 * An IPv6 address counts by its /64 (one subscriber's network), like @fastify/rate-limit does.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { vietnamDateOf } from '@motcua/core';

/** The first four groups of an IPv6 address (its /64), expanded; IPv4 and IPv4-mapped addresses as they are. */
export function addressForLimit(address: string): string {
  if (!isIPv6(address) || /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address)) return address;
  const [head = '', tail] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

export class RotatingAddressKey {
  #key: Buffer | undefined;
  #day: string | undefined;
  readonly #now: () => Date;
  readonly #random: (size: number) => Buffer;

  constructor(now: () => Date = () => new Date(), random: (size: number) => Buffer = randomBytes) {
    this.#now = now;
    this.#random = random;
  }

  /** The digest the limiter counts `address` by today. */
  digest(address: string): string {
    const today = vietnamDateOf(this.#now());
    if (this.#key === undefined || this.#day !== today) {
      this.#key = this.#random(32);
      this.#day = today;
    }
    return createHmac('sha256', this.#key).update(addressForLimit(address)).digest('base64url');
  }

  /** Never printed (a logged or inspected object shows no key). */
  toJSON(): string {
    return '[RotatingAddressKey]';
  }
}
