/** The audit verifier's findings, one line each, Vietnamese first. */
import type { verifyAuditChains } from '../modules/dossiers/audit/verify-audit-chains.ts';

const REASONS: Record<string, string> = {
  'hash-mismatch': 'mục bị sửa / entry edited',
  'prev-hash-mismatch': 'mắt xích bị thay / link replaced',
  'sequence-gap': 'thiếu mục / entry missing',
  'empty-log': 'nhật ký trống / empty log',
  'tail-truncated': 'nhật ký bị cắt bớt / log cut short',
  rewritten: 'nhật ký bị viết lại / history rewritten',
  missing: 'bị xoá / deleted',
  'row-mismatch': 'dòng hồ sơ khác nhật ký / row differs from its log',
  'file-mismatch': 'tệp bị thay / file replaced',
  signature: 'chữ ký HMAC sai / HMAC does not verify',
  'missing-before': 'thiếu mốc trước nó / a checkpoint before it is gone',
};

export function printAuditResult(result: Awaited<ReturnType<typeof verifyAuditChains>>): void {
  for (const b of result.broken) {
    const detail = b.detail ? ` — ${b.detail}` : '';
    console.log(`✗ ${b.code} #${b.seq}: ${REASONS[b.reason] ?? b.reason} (${b.reason})${detail}`);
  }
  for (const c of result.checkpoints.broken) {
    console.log(`✗ mốc kiểm tra / checkpoint ${c.seq}: ${REASONS[c.reason] ?? c.reason} (${c.reason})`);
  }
  const latest = result.checkpoints.latest;
  console.log(
    latest
      ? `  mốc gần nhất / latest checkpoint ${latest.seq} at ${latest.at}, HMAC ${latest.hmac}`
      : result.checkpoints.checked > 0
        ? '  không có mốc hợp lệ / no valid checkpoint (is MOTCUA_AUDIT_KEY the one that signed them?)'
        : '  chưa có mốc kiểm tra / no checkpoint yet: run npm run audit:checkpoint',
  );
  console.log(
    result.ok
      ? `✓ ${result.checked} hồ sơ, nhật ký nguyên vẹn / ${result.checked} dossiers, the audit trail holds`
      : `✗ ${result.broken.length + result.checkpoints.broken.length} vấn đề / problems in ${result.checked} dossiers`,
  );
}
