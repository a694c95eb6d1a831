/**
 * Public lookups per code prefix (issue 9, item 10): dossier codes are sequential, so one counter's codes of a
 * day (`<agency>-<YYMMDD>-`) can be walked through from many addresses at once, each under its own limit.
 * MOTCUA_LOOKUP_PER_CODE_PREFIX_PER_MINUTE lookups a minute of one prefix, from all addresses together; a lookup
 * with the right check code is not counted, so a citizen holding the receipt is never turned away by someone
 * else's walk. In each process's memory, like the other limits.
 */
import { DomainError, dossierCodePrefix } from '@motcua/core';
import type { FastifyReply } from 'fastify';
import { WindowLimit } from '../adapters/cache/window-limit.ts';
import type { Env } from '../env.ts';

/** What is not a dossier code shares one key: no real dossier is behind it, so its walkers block nobody. */
const NOT_A_CODE = '(not a dossier code)';

const tooManyLookups = (perMinute: number) =>
  new DomainError(
    'RATE_LIMITED',
    `Có quá nhiều lượt tra cứu hồ sơ cùng bộ phận, cùng ngày tiếp nhận (tối đa ${perMinute} lượt mỗi phút). ` +
      'Vui lòng thử lại sau một phút, hoặc nhập mã kiểm tra in trên giấy tiếp nhận.',
    `Too many lookups of dossiers of this counter and day (at most ${perMinute} a minute). ` +
      'Please try again in a minute, or enter the check code printed on the receipt.',
  );

export function lookupLimit(env: Pick<Env, 'lookupPerCodePrefixPerMinute'>) {
  const perPrefix = new WindowLimit(env.lookupPerCodePrefixPerMinute);
  /** Counts one lookup of `code`; over the limit, sets Retry-After and throws RATE_LIMITED (429). */
  return (code: string, reply: FastifyReply): void => {
    const blocked = perPrefix.take(dossierCodePrefix(code) ?? NOT_A_CODE);
    if (blocked) {
      reply.header('retry-after', String(blocked.retryAfterSeconds));
      throw tooManyLookups(env.lookupPerCodePrefixPerMinute);
    }
  };
}
