import { createBrowserRouter } from 'react-router';
import { LoginPage } from './features/auth/pages/LoginPage';
import { StaffHomePage } from './features/auth/pages/StaffHomePage';
import { AdminCalendarPage } from './features/calendar/pages/AdminCalendarPage';
import { CalendarPage } from './features/calendar/pages/CalendarPage';
import { HomePage } from './features/catalogue/pages/HomePage';
import { ProcedurePage } from './features/catalogue/pages/ProcedurePage';
import { ResultsPage } from './features/catalogue/pages/ResultsPage';
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
      { path: 'dang-nhap', element: <LoginPage /> },
      { path: 'can-bo', element: <StaffHomePage /> },
      { path: 'quan-tri/lich', element: <AdminCalendarPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
