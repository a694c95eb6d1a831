import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/pages/LoginPage';
import { StaffHomePage } from './features/auth/pages/StaffHomePage';
import { AdminCalendarPage } from './features/calendar/pages/AdminCalendarPage';
import { CalendarPage } from './features/calendar/pages/CalendarPage';
import { HomePage } from './features/catalogue/pages/HomePage';
import { ProcedurePage } from './features/catalogue/pages/ProcedurePage';
import { ResultsPage } from './features/catalogue/pages/ResultsPage';
import { DossierPage } from './features/dossiers/pages/DossierPage';
import { IntakePage } from './features/dossiers/pages/IntakePage';
import { QueuePage } from './features/dossiers/pages/QueuePage';
import { TrackingPage } from './features/tracking/pages/TrackingPage';
import { AdminWorkflowPage } from './features/workflows/pages/AdminWorkflowPage';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';

/** Routes are Vietnamese slugs: they are what citizens see, print and share. */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'thu-tuc', element: <ResultsPage /> },
      { path: 'thu-tuc/:code', element: <ProcedurePage /> },
      { path: 'lich-lam-viec', element: <CalendarPage /> },
      { path: 'tra-cuu', element: <TrackingPage /> },
      { path: 'tra-cuu/:code', element: <TrackingPage /> },
      { path: 'dang-nhap', element: <LoginPage /> },
      { path: 'can-bo', element: <StaffHomePage /> },
      { path: 'can-bo/tiep-nhan', element: <IntakePage /> },
      { path: 'can-bo/ho-so', element: <QueuePage /> },
      { path: 'can-bo/ho-so/:code', element: <DossierPage /> },
      { path: 'quan-tri/lich', element: <AdminCalendarPage /> },
      { path: 'quan-tri/quy-trinh', element: <AdminWorkflowPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
