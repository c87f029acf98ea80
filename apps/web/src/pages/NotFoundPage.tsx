import { NotFoundResult } from '../modules/status/components/NotFoundResult.tsx';

export const NotFoundPage = () => <NotFoundResult />;
