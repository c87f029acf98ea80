import { useMutation } from '@tanstack/react-query';
import { postWorkbook } from '../utils/postWorkbook.ts';
import { useInvalidateInstruments } from './useInvalidateInstruments.ts';

export const useImportRegister = () => {
  const invalidate = useInvalidateInstruments();
  return useMutation({
    mutationFn: ({ ownerId, mode, file }: { ownerId: string; mode: 'create' | 'update'; file: Blob }) => postWorkbook(ownerId, mode, file),
    onSuccess: invalidate,
  });
};
