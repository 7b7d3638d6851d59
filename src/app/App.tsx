import { useLocation } from 'react-router';
import { stepForPath } from '../flow/snapshot';
import { NotFoundPage } from '../pages/NotFoundPage';
import { StepPage } from '../pages/StepPage';
import { Layout } from './Layout';
import { useUrlSync } from './useUrlSync';

/** Every address of the flow shows the machine's step; any other address is not found. */
export function App() {
  const { pathname } = useLocation();
  useUrlSync();
  return <Layout>{stepForPath(pathname) === undefined ? <NotFoundPage /> : <StepPage />}</Layout>;
}
