import { Button } from '@mui/material';
import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { Confirm, useRecordContext, useSaveContext, useTranslate } from 'react-admin';
import { complete, type Score, type ScoreSheetRecord } from './scoreSheetModel';

/**
 * 提交: the same save with `submit: true`, after a confirm — a submitted sheet is final. Enabled
 * once every criterion has a score and a comment, which the server demands on submission.
 */
export const SubmitSheetButton = () => {
  const record = useRecordContext<ScoreSheetRecord>();
  const translate = useTranslate();
  const { handleSubmit } = useFormContext();
  const { save, saving } = useSaveContext();
  const scores = useWatch({ name: 'scores' }) as Score[] | undefined;
  const [open, setOpen] = useState(false);
  const ready = Boolean(complete(record?.criteria ?? [], scores));
  const submit = handleSubmit(async (values) => {
    setOpen(false);
    await save?.({ ...values, submit: true });
  });
  return (
    <>
      <Button variant="outlined" sx={{ ml: 2 }} disabled={!ready || saving} onClick={() => setOpen(true)}>
        {translate('resources.expert-reviews.submit')}
      </Button>
      <Confirm
        isOpen={open}
        title="resources.expert-reviews.submit"
        content={translate('resources.expert-reviews.confirmSubmit', { name: record?.clusterName ?? '' })}
        onConfirm={() => submit()}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
