import { useTranslation } from 'react-i18next';
import { useLang } from '../../../lib/localize';
import { formatDue } from '../dossier-format';

interface Props {
  dueDate: string | null | undefined;
  dueAt?: string | null | undefined;
  isOverdue: boolean;
  dueSoon: boolean;
}

/** The due date, red with "Quá hạn" when overdue, amber with "Sắp đến hạn" when close (never colour alone). */
export function DueDate({ dueDate, dueAt, isOverdue, dueSoon }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = formatDue(dueDate, dueAt, lang);
  if (!text) return <span className="muted">—</span>;
  return (
    <span className={isOverdue ? 'due due-overdue' : dueSoon ? 'due due-soon' : 'due'}>
      <time dateTime={dueAt ?? dueDate ?? undefined}>{text}</time>
      {isOverdue && <span className="badge badge-overdue">{t('dossier.overdue')}</span>}
      {!isOverdue && dueSoon && <span className="badge badge-due-soon">{t('dossier.dueSoon')}</span>}
    </span>
  );
}
