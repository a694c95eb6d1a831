import { useTranslation } from 'react-i18next';
import type { DayKind } from '../api';

export function KindBadge({ kind }: { kind: DayKind }) {
  const { t } = useTranslation();
  return <span className={`badge badge-kind-${kind}`}>{t(`calendar.kind.${kind}`)}</span>;
}
