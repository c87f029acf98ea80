import type { BatchReceipt } from '@jiliang/shared';
import { useMutation } from '@tanstack/react-query';
import { postReadingFile } from '../utils/postReadingFile.ts';
import type { FileMapping, FilePreview } from '../utils/ReadingViews.ts';
import { useInvalidateReadings } from './useInvalidateReadings.ts';

type FileInput = { enterpriseId: string; file: File; mapping: FileMapping };

/** preview=true: the validation report and sample rows, nothing written. */
export const usePreviewReadingFile = () =>
  useMutation({
    mutationFn: ({ enterpriseId, file, mapping }: FileInput) => postReadingFile<FilePreview>(enterpriseId, file, mapping, true),
  });

/** The import: the receipt, sent after commit. */
export const useImportReadingFile = () => {
  const invalidate = useInvalidateReadings();
  return useMutation({
    mutationFn: ({ enterpriseId, file, mapping }: FileInput) => postReadingFile<BatchReceipt>(enterpriseId, file, mapping, false),
    onSuccess: invalidate,
  });
};
