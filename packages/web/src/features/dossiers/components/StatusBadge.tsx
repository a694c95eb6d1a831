import { useLang } from '../../../lib/localize';
import { statusText, statusTone } from '../dossier-format';

export function StatusBadge({ statusKey, label }: { statusKey: string; label?: string | undefined }) {
  const lang = useLang();
  return (
    <span className={`badge badge-status tone-${statusTone(statusKey)}`}>
      {statusText(statusKey, label, lang)}
    </span>
  );
}
