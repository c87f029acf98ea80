import { HomeDashboard } from '../modules/home/components/HomeDashboard.tsx';

export const HomePage = () => <HomeDashboard />;
