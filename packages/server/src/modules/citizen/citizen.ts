/** The citizen a session belongs to, as the national e-ID vouched for them (use cases take this, not a request). */
export interface Citizen {
  idNumber: string;
  fullName: string;
  birthDate: string | null;
  phone: string | null;
  /** The login's issuer, its VNeID level (acr) and whether the national e-ID (loginIdp BCA) vouched. */
  identityProvider: string;
  assurance: string;
  nationalEid: boolean;
}
