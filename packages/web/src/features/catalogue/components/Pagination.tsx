import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
}

/** Page links around the current page: 1 … 4 5 [6] 7 8 … 20. */
function pageWindow(page: number, pages: number): (number | 'gap')[] {
  const out: (number | 'gap')[] = [];
  const from = Math.max(2, page - 2);
  const to = Math.min(pages - 1, page + 2);
  out.push(1);
  if (from > 2) out.push('gap');
  for (let p = from; p <= to; p++) out.push(p);
  if (to < pages - 1) out.push('gap');
  if (pages > 1) out.push(pages);
  return out;
}

export function Pagination({ page, pages, hrefFor }: Props) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  const items = pageWindow(page, pages);
  return (
    <nav className="pagination" aria-label={t('results.pagination')}>
      <ul>
        <li>
          {page > 1 ? (
            <Link to={hrefFor(page - 1)} rel="prev">
              ‹ {t('results.previous')}
            </Link>
          ) : (
            <span className="is-disabled" aria-hidden="true">
              ‹ {t('results.previous')}
            </span>
          )}
        </li>
        {items.map((item, i) =>
          item === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity
            <li key={`gap-${i}`} aria-hidden="true" className="gap">
              …
            </li>
          ) : (
            <li key={item}>
              <Link
                to={hrefFor(item)}
                aria-current={item === page ? 'page' : undefined}
                aria-label={t('results.pageN', { page: item })}
              >
                {item}
              </Link>
            </li>
          ),
        )}
        <li>
          {page < pages ? (
            <Link to={hrefFor(page + 1)} rel="next">
              {t('results.next')} ›
            </Link>
          ) : (
            <span className="is-disabled" aria-hidden="true">
              {t('results.next')} ›
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
