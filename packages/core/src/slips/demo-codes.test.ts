import { describe, expect, it } from 'vitest';
import { isCheckCode, trackingPath } from '../dossier/check-code.ts';
import { parseDossierCode } from '../dossier/dossier-code.ts';
import { demoSlipContext, demoTrackingBook } from './demo-inputs.ts';

// H42 is Ninh Bình's level-1 code (H37 is Lạng Sơn): docs/domain/codes-and-identity.md.
describe('the demo dossiers', () => {
  it('carry valid dossier codes of a Ninh Bình agency, on the date they were received', () => {
    const { dossier } = demoSlipContext();
    expect(parseDossierCode(dossier.code)).toMatchObject({ agencyIdentifier: '000.01.31.H42', sequence: 12 });
    expect(parseDossierCode(dossier.code)?.date).toBe(dossier.receivedAt.slice(0, 10));
    expect(dossier.trackingUrl).toBe(
      `https://motcua.ninhbinh.gov.vn${trackingPath(dossier.code, dossier.checkCode)}`,
    );
    expect(isCheckCode(dossier.checkCode ?? '')).toBe(true);
    for (const row of demoTrackingBook().rows) {
      expect(parseDossierCode(row.code)?.agencyIdentifier, row.code).toBe('000.01.31.H42');
    }
  });
});
