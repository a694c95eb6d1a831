/** A production-shaped citizen OIDC setup (env.ts requires one in production); never contacted in tests. */
import { randomBytes } from 'node:crypto';

export const PRODUCTION_CITIZEN_OIDC = {
  MOTCUA_CITIZEN_OIDC_ISSUER: 'https://xacthuc.dichvucong.gov.vn',
  MOTCUA_CITIZEN_OIDC_CLIENT_ID: 'motcua-ninhbinh',
  MOTCUA_CITIZEN_OIDC_CLIENT_SECRET: randomBytes(32).toString('base64'),
};
