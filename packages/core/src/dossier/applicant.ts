/**
 * The applicant and the person who submits for them, as entered at the counter or online: one check for the
 * server and the console's form (docs/domain/codes-and-identity.md).
 */
import { type FieldError, fieldError, validationError } from '../errors.ts';
import { normalizeCitizenId, normalizePhone, validateCitizenId, validatePhone } from './validation.ts';

export interface Applicant {
  fullName: string;
  idNumber: string;
  phone: string;
  email?: string;
  address?: string;
}

/** The person who submits for the applicant, as Form 01 prints them (Circular 03/2025). */
export interface Representative {
  fullName: string;
  idNumber: string;
  relation: string;
  address?: string;
  phone?: string;
  email?: string;
  /** The paper that authorises them, e.g. 'Giấy ủy quyền số 12/2026 ngày 05/01/2026'. */
  authorization?: string;
}

const blank = (s: string | undefined) => (s ?? '').trim() === '';

/** A name with its spaces tidied, as printed on slips. */
const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ');

function personErrors(person: { fullName: string; idNumber: string }, path: string): FieldError[] {
  const errors: FieldError[] = [];
  if (blank(person.fullName))
    errors.push(fieldError(`${path}.fullName`, 'Không được để trống.', 'Must not be empty.'));
  const idError = blank(person.idNumber)
    ? { message: 'Không được để trống.', messageEn: 'Must not be empty.' }
    : validateCitizenId(normalizeCitizenId(person.idNumber));
  if (idError) errors.push(fieldError(`${path}.idNumber`, idError.message, idError.messageEn));
  return errors;
}

/** Every problem with the applicant's identity and contact fields. */
export function applicantErrors(applicant: Applicant, path = 'applicant'): FieldError[] {
  const errors = personErrors(applicant, path);
  const phoneError = blank(applicant.phone)
    ? { message: 'Không được để trống.', messageEn: 'Must not be empty.' }
    : validatePhone(applicant.phone);
  if (phoneError) errors.push(fieldError(`${path}.phone`, phoneError.message, phoneError.messageEn));
  return errors;
}

export function representativeErrors(rep: Representative, path = 'representative'): FieldError[] {
  const errors = personErrors(rep, path);
  if (blank(rep.relation))
    errors.push(fieldError(`${path}.relation`, 'Không được để trống.', 'Must not be empty.'));
  const phoneError = blank(rep.phone) ? undefined : validatePhone(rep.phone ?? '');
  if (phoneError) errors.push(fieldError(`${path}.phone`, phoneError.message, phoneError.messageEn));
  return errors;
}

/** Checks the applicant and returns it normalised (ID without spaces, phone as 0…); throws VALIDATION_FAILED. */
export function checkApplicant(applicant: Applicant, path = 'applicant'): Applicant {
  const errors = applicantErrors(applicant, path);
  if (errors.length > 0) throw validationError(errors);
  const email = applicant.email?.trim();
  const address = applicant.address?.trim();
  return {
    fullName: tidyName(applicant.fullName),
    idNumber: normalizeCitizenId(applicant.idNumber),
    phone: normalizePhone(applicant.phone) ?? applicant.phone.trim(),
    ...(email ? { email } : {}),
    ...(address ? { address } : {}),
  };
}

export function checkRepresentative(rep: Representative, path = 'representative'): Representative {
  const errors = representativeErrors(rep, path);
  if (errors.length > 0) throw validationError(errors);
  const optional = (key: 'address' | 'email' | 'authorization') => {
    const value = rep[key]?.trim();
    return value ? { [key]: value } : {};
  };
  const phone = rep.phone?.trim() ? (normalizePhone(rep.phone) ?? rep.phone.trim()) : undefined;
  return {
    fullName: tidyName(rep.fullName),
    idNumber: normalizeCitizenId(rep.idNumber),
    relation: rep.relation.trim(),
    ...optional('address'),
    ...(phone ? { phone } : {}),
    ...optional('email'),
    ...optional('authorization'),
  };
}
