/**
 * A citizen's online submission in progress (issue 11): its steps and the limits on what it holds. Each
 * file is checked as a staff scan is (type by magic number, 10 MB); a draft holds at most
 * MAX_FILES_PER_COMPONENT files per component and MAX_DRAFT_BYTES in all, so one account cannot fill the
 * database. The same limits bind the files a supplement answer adds to a dossier.
 */
export const DRAFT_STEPS = ['case', 'applicant', 'counter', 'files', 'review'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

export const MAX_FILES_PER_COMPONENT = 5;
export const MAX_DRAFT_BYTES = 30 * 1024 * 1024;
/** Drafts in progress per account: enough for a family's procedures, not for a flood. */
export const MAX_OPEN_DRAFTS = 20;

/** Why one more file of `size` bytes may not join the component's files, or null when it may. */
export function draftFileRefusal(
  files: readonly { componentId: string; sizeBytes: number }[],
  componentId: string,
  size: number,
): { vi: string; en: string } | null {
  if (files.filter((f) => f.componentId === componentId).length >= MAX_FILES_PER_COMPONENT) {
    return {
      vi: `Mỗi thành phần hồ sơ tối đa ${MAX_FILES_PER_COMPONENT} tệp.`,
      en: `At most ${MAX_FILES_PER_COMPONENT} files per dossier component.`,
    };
  }
  const total = files.reduce((sum, f) => sum + f.sizeBytes, 0);
  if (total + size > MAX_DRAFT_BYTES) {
    return {
      vi: `Tổng dung lượng các tệp của hồ sơ vượt ${MAX_DRAFT_BYTES / 1024 / 1024} MB.`,
      en: `The dossier's files together exceed ${MAX_DRAFT_BYTES / 1024 / 1024} MB.`,
    };
  }
  return null;
}

const DAY = 86_400_000;
/** A draft is kept this long after its last change, then purged (personal data that is not the record). */
export const DRAFT_IDLE_MS = 30 * DAY;
/**
 * A submitted draft is kept this long after its submission, so a retry answers with the same dossier (as an
 * Idempotency-Key is kept: retention/purge-rule.ts); its files have already become the dossier's.
 */
export const SUBMITTED_DRAFT_MS = 7 * DAY;

/** When the retention job deletes a draft changed (or submitted) at `at`. */
export const draftExpiry = (at: Date, submitted: boolean): Date =>
  new Date(at.getTime() + (submitted ? SUBMITTED_DRAFT_MS : DRAFT_IDLE_MS));
