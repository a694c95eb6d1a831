/**
 * The development IdP's demo citizens (README "Demo citizens"). Their ID numbers follow core's format rule:
 * province code of birth registration, the sex/century digit (0 male 1900s, 1 female 1900s, 2 male 2000s,
 * 3 female 2000s) and the two last digits of the year of birth. One has a level-1 account (Decree 69/2024),
 * the others level 2, so the assurance shown and recorded can be seen to differ.
 */
export interface DemoCitizen {
  idNumber: string;
  fullName: string;
  /** yyyy-mm-dd */
  birthDate: string;
  phone: string;
  /** VNeID account level as the national portal's SSO says it (acr_values=LoA1…). */
  acr: 'LoA1' | 'LoA2';
}

export const DEMO_CITIZEN_PASSWORD = 'motcua-demo';

export const DEMO_CITIZENS: readonly DemoCitizen[] = [
  {
    idNumber: '037095001234',
    fullName: 'Nguyễn Văn An',
    birthDate: '1995-03-12',
    phone: '0912345678',
    acr: 'LoA2',
  },
  {
    idNumber: '037301004567',
    fullName: 'Trần Thị Bình',
    birthDate: '2001-07-25',
    phone: '0987654321',
    acr: 'LoA2',
  },
  {
    idNumber: '001088012345',
    fullName: 'Lê Hoàng Cường',
    birthDate: '1988-11-02',
    phone: '0901234567',
    acr: 'LoA2',
  },
  {
    idNumber: '079185067890',
    fullName: 'Phạm Thị Dung',
    birthDate: '1985-01-30',
    phone: '0934567890',
    acr: 'LoA2',
  },
  {
    idNumber: '036200098765',
    fullName: 'Hoàng Minh Đức',
    birthDate: '2000-09-09',
    phone: '0356789012',
    acr: 'LoA1',
  },
];

export const findDemoCitizen = (idNumber: string): DemoCitizen | undefined =>
  DEMO_CITIZENS.find((c) => c.idNumber === idNumber);

/**
 * The claims VNeID's SSO returns to relying parties (DOMAIN §10): its own names (SoDinhDanh, HoVaTen,
 * NgayThangNamSinh yyyyMMdd, loginIdp BCA, LoaiTaiKhoan, TechID) beside the standard OIDC ones.
 */
export function vneidClaims(citizen: DemoCitizen): { sub: string } & Record<string, string> {
  return {
    sub: `dev-${citizen.idNumber}`,
    TechID: `dev-${citizen.idNumber}`,
    LoaiTaiKhoan: '1',
    HoVaTen: citizen.fullName,
    SoDinhDanh: citizen.idNumber,
    NgayThangNamSinh: citizen.birthDate.replaceAll('-', ''),
    loginIdp: 'BCA',
    name: citizen.fullName,
    preferred_username: citizen.idNumber,
    birthdate: citizen.birthDate,
    phone_number: citizen.phone,
  };
}
