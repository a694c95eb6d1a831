/**
 * The citizen's identity from the IdP's id_token claims, VNeID's names first (DOMAIN §10: SoDinhDanh,
 * HoVaTen, NgayThangNamSinh yyyyMMdd, loginIdp), the standard OIDC ones as fallback. The ID number must pass
 * core's citizen-ID rule; a token without a valid one is refused (no account is created for it).
 */
import { normalizeCitizenId, normalizePhone, validateCitizenId } from '@motcua/core';

export interface CitizenIdentity {
  idNumber: string;
  fullName: string;
  birthDate: string | null;
  phone: string | null;
  subject: string;
  assurance: string;
  /** loginIdp "BCA": the Ministry of Public Security's VNeID vouched for this login. */
  nationalEid: boolean;
}

export type ClaimsProblem = { field: string; message: string; messageEn: string };

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function birthDate(claims: Record<string, unknown>): string | null {
  const vneid = text(claims.NgayThangNamSinh);
  const iso = /^(\d{4})(\d{2})(\d{2})$/.test(vneid)
    ? `${vneid.slice(0, 4)}-${vneid.slice(4, 6)}-${vneid.slice(6, 8)}`
    : text(claims.birthdate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : null;
}

export function identityFromClaims(claims: Record<string, unknown>): CitizenIdentity | ClaimsProblem {
  const idNumber = normalizeCitizenId(text(claims.SoDinhDanh) || text(claims.preferred_username));
  const idError = validateCitizenId(idNumber);
  if (idError) return { field: 'id_token.SoDinhDanh', ...idError };
  const fullName = (text(claims.HoVaTen) || text(claims.name)).normalize('NFC').replace(/\s+/g, ' ');
  if (!fullName || fullName.length > 200) {
    return { field: 'id_token.HoVaTen', message: 'Thiếu họ và tên.', messageEn: 'The full name is missing.' };
  }
  const phone = text(claims.phone_number);
  return {
    idNumber,
    fullName,
    birthDate: birthDate(claims),
    phone: phone ? (normalizePhone(phone) ?? null) : null,
    subject: text(claims.sub),
    assurance: text(claims.acr) || 'unknown',
    nationalEid: text(claims.loginIdp) === 'BCA',
  };
}
