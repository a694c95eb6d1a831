/**
 * The contacts an agency publishes (công khai số điện thoại đường dây nóng): its hotline and its leaders'
 * phone numbers, shown on the public site and printed for the counter.
 */
import { type FieldError, fieldError, validationError } from '../errors.ts';

export interface ContactPerson {
  fullName: string;
  title: string;
  phone: string;
  email?: string;
}
export interface AgencyContacts {
  hotline: string;
  email: string;
  persons: ContactPerson[];
}

export const MAX_CONTACT_PERSONS = 30;
/** Hotlines include short and 1800/1900 numbers, so any 3–15 digits, with spaces, dots, hyphens, +, (). */
const PHONE = /^\+?[\d\s.()-]{3,24}$/;
const digits = (s: string) => s.replace(/\D/g, '').length;
export const isContactPhone = (s: string): boolean =>
  PHONE.test(s.trim()) && digits(s) >= 3 && digits(s) <= 15;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function checkContacts(input: AgencyContacts): AgencyContacts {
  const errors: FieldError[] = [];
  const err = (p: string, vi: string, en: string) => errors.push(fieldError(p, vi, en));
  const hotline = input.hotline.trim();
  if (!isContactPhone(hotline))
    err('hotline', 'Số đường dây nóng không hợp lệ.', 'Not a valid hotline number.');
  const email = input.email.trim();
  if (email && !EMAIL.test(email)) err('email', 'Thư điện tử không hợp lệ.', 'Not a valid e-mail address.');
  if (input.persons.length > MAX_CONTACT_PERSONS)
    err('persons', `Tối đa ${MAX_CONTACT_PERSONS} người.`, `At most ${MAX_CONTACT_PERSONS} people.`);
  input.persons.forEach((p, i) => {
    if (!p.fullName.trim()) err(`persons[${i}].fullName`, 'Ghi họ và tên.', 'Give the full name.');
    if (!p.title.trim()) err(`persons[${i}].title`, 'Ghi chức vụ.', 'Give the title.');
    if (!isContactPhone(p.phone))
      err(`persons[${i}].phone`, 'Số điện thoại không hợp lệ.', 'Not a valid phone number.');
    if (p.email?.trim() && !EMAIL.test(p.email.trim()))
      err(`persons[${i}].email`, 'Thư điện tử không hợp lệ.', 'Not a valid e-mail address.');
  });
  if (errors.length) throw validationError(errors);
  return {
    hotline,
    email,
    persons: input.persons.map((p) => ({
      fullName: p.fullName.trim(),
      title: p.title.trim(),
      phone: p.phone.trim(),
      ...(p.email?.trim() ? { email: p.email.trim() } : {}),
    })),
  };
}
