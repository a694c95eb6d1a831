import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useMe } from '../features/auth/api';
import { citizenLoginHref, useCitizenMe } from '../features/citizen/api';
import { NoticeBell } from '../features/notices/NoticeBell';
import { useSiteInfo } from '../features/site/api';
import { usePick } from '../lib/localize';
import { LanguageToggle } from './LanguageToggle';

export function Layout() {
  const { t } = useTranslation();
  const pick = usePick();
  const site = useSiteInfo().data;
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const isFirstRender = useRef(true);
  // Read the session from the cache only: public pages never ask /api/auth/me themselves.
  const me = useMe({ enabled: false }).data;
  const citizen = useCitizenMe({ enabled: false }).data;

  // Move focus to the main region after client-side navigation, as a full page load would.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on every path change on purpose
  useEffect(() => {
    if (isFirstRender.current) {
      isFirstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  const provinceName = site?.provinceName ? pick(site.provinceName, site.provinceNameEn) : undefined;
  const centreName = site?.centreName ? pick(site.centreName, site.centreNameEn) : undefined;

  return (
    <>
      <a className="skip-link" href="#main">
        {t('site.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-top">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              M
            </span>
            <span className="brand-text">
              <span className="brand-title">{t('site.title')}</span>
              <span className="brand-sub">{provinceName ?? t('site.tagline')}</span>
            </span>
          </Link>
          <LanguageToggle />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <ul className="container nav-list">
            <li>
              <NavLink to="/" end>
                {t('nav.home')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/thu-tuc">{t('nav.procedures')}</NavLink>
            </li>
            <li>
              <NavLink to="/lich-lam-viec">{t('nav.calendar')}</NavLink>
            </li>
            <li>
              <NavLink to="/tra-cuu">{t('nav.tracking')}</NavLink>
            </li>
            <li>
              <NavLink to="/phan-anh-kien-nghi">{t('nav.feedback')}</NavLink>
            </li>
            <li className="nav-citizen">
              {citizen ? (
                <NavLink to="/tai-khoan">{t('citizen.account')}</NavLink>
              ) : (
                // A full navigation: the server redirects to the e-ID provider.
                <a href={citizenLoginHref()}>{t('citizen.login')}</a>
              )}
            </li>
            <li className="nav-staff">
              {me ? (
                <NavLink to="/can-bo">
                  {t('nav.staffHome')} <NoticeBell />
                </NavLink>
              ) : (
                <NavLink to="/dang-nhap">{t('nav.login')}</NavLink>
              )}
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container footer-inner">
          <div>
            <p className="footer-title">{centreName ?? t('site.title')}</p>
            {provinceName && <p>{provinceName}</p>}
            {site?.hotline && (
              <p>
                {t('site.hotline')}: <a href={`tel:${site.hotline.replace(/\s+/g, '')}`}>{site.hotline}</a>
              </p>
            )}
          </div>
          <div>
            <p>{t('site.footerAbout')}</p>
            <p>
              <Link to="/phan-anh-tieu-cuc" className="footer-report-link">
                {t('site.reportLink')}
              </Link>
            </p>
            <p className="footer-links">
              <Link to="/tiep-cong-dan">{t('site.receptionLink')}</Link> ·{' '}
              <Link to="/doi-thoai">{t('site.dialoguesLink')}</Link> ·{' '}
              <Link to="/duong-day-nong">{t('site.contactsLink')}</Link>
            </p>
            <p className="muted-on-dark">{t('site.openSource')}</p>
          </div>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
