import { Box, Typography } from '@mui/material';
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { bandOf, bandRange } from '@sme-cluster/rules';
import type { Criterion } from './scoreSheetModel';

/**
 * What each band of a criterion's scores means (优、良、中、差, from the server's copy of the rules),
 * the band of the score typed marked, so the expert scores against the stated standard.
 */
export const ScoreBandGuide = ({ criterion, index }: { criterion: Criterion; index: number }) => {
  const translate = useTranslate();
  const typed = useWatch({ name: `scores.${index}.score` }) as number | string | null | undefined;
  const bands = criterion.bands ?? [];
  if (!bands.length) return null;
  const current = typed === '' || typed == null ? undefined : bandOf(bands, Number(typed));
  return (
    <Box
      component="ul"
      data-testid={`bands-${criterion.key}`}
      aria-label={translate('resources.expert-reviews.bandsOf', { name: criterion.name })}
      sx={{ listStyle: 'none', m: 0, p: 0 }}
    >
      {bands.map((band) => {
        const matched = band.key === current?.key;
        return (
          <Typography
            key={band.key}
            component="li"
            variant="body2"
            aria-current={matched ? 'true' : undefined}
            sx={{
              px: 1,
              py: 0.25,
              borderLeft: 3,
              borderColor: matched ? 'primary.main' : 'transparent',
              bgcolor: matched ? 'action.selected' : undefined,
              color: matched ? 'text.primary' : 'text.secondary',
              fontWeight: matched ? 600 : undefined,
            }}
          >
            {`${band.label}（${bandRange(band, criterion.maxScore)}）：${band.description}`}
            {matched && `${translate('resources.expert-reviews.bandOfScore')}`}
          </Typography>
        );
      })}
    </Box>
  );
};
