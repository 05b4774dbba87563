import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { TARGET_INDICATOR_INFO, TARGET_STATUS_LABELS, type TargetStatus } from '@sme-cluster/rules';
import { apiUrl, httpClient } from '../httpClient';
import { TargetChart } from './TargetChart';
import type { ClusterTargets as Targets } from '@sme-cluster/rules';
import { figure } from './targetsApi';

const TONES: Record<TargetStatus, 'success' | 'error' | 'default'> = {
  on_track: 'success',
  behind: 'error',
  not_reported: 'default',
  not_due: 'default',
  no_target: 'default',
};

export const TargetStatusChip = ({ status }: { status: TargetStatus }) => {
  const [locale] = useLocaleState();
  return <Chip size="small" color={TONES[status]} label={TARGET_STATUS_LABELS[status][locale === 'en' ? 'en' : 'zh']} />;
};

/**
 * A recognized cluster's plan targets (Art. 5 跟踪监测): per indicator its baseline, each plan year's
 * actual against the path's value with 正常/滞后, its target, and a small chart.
 */
export const ClusterTargets = () => {
  const record = useRecordContext<{ id: string }>();
  const translate = useTranslate();
  const [data, setData] = useState<Targets | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (!record?.id) return;
    let current = true;
    httpClient(`${apiUrl}/clusters/${record.id}/targets`)
      .then(({ json }) => current && setData(json as Targets))
      .catch((failure) => current && setError(failure as Error));
    return () => {
      current = false;
    };
  }, [record?.id]);
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data) return null;
  if (!data.tracks.length) return <Typography color="text.secondary">{translate('sme.targets.noPlan')}</Typography>;
  const years = data.tracks[0].years.map((entry) => entry.year);
  const behindNames = data.behind.map((id) => TARGET_INDICATOR_INFO[id].actualName).join('、');
  return (
    <Box data-testid="cluster-targets">
      <Alert severity={data.behind.length ? 'warning' : 'success'} sx={{ mb: 2 }}>
        {data.behind.length ? translate('sme.targets.behindSummary', { names: behindNames }) : translate('sme.targets.onTrackSummary')}
      </Alert>
      <Table size="small" aria-label={translate('sme.targets.title')}>
        <TableHead>
          <TableRow>
            <TableCell>{translate('sme.targets.indicator')}</TableCell>
            <TableCell>{translate('sme.targets.unit')}</TableCell>
            <TableCell align="right">{translate('sme.targets.baseline', { year: data.baselineYear })}</TableCell>
            {years.map((year) => (
              <TableCell key={year} align="center">
                {translate('sme.targets.year', { year })}
              </TableCell>
            ))}
            <TableCell align="right">{translate('sme.targets.target', { year: data.targetYear })}</TableCell>
            <TableCell>{translate('sme.targets.chart')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.tracks.map((track) => {
            const info = TARGET_INDICATOR_INFO[track.indicator];
            return (
              <TableRow key={track.indicator} data-testid={`target-${track.indicator}`}>
                <TableCell>{info.name}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{info.unit}</TableCell>
                <TableCell align="right">{figure(track.baseline)}</TableCell>
                {track.years.map((entry) => (
                  <TableCell key={entry.year} align="center" data-testid={`target-${track.indicator}-${entry.year}`}>
                    <Stack alignItems="center" gap={0.5}>
                      <Typography variant="body2">{figure(entry.actual)}</Typography>
                      {entry.expected !== null && (
                        <Typography variant="caption" color="text.secondary">
                          {translate('sme.targets.path', { value: entry.expected })}
                        </Typography>
                      )}
                      <TargetStatusChip status={entry.status} />
                    </Stack>
                  </TableCell>
                ))}
                <TableCell align="right">{figure(track.target)}</TableCell>
                <TableCell>
                  <TargetChart track={track} label={translate('sme.targets.chartLabel', { name: info.name })} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary" display="block" sx={{ mt: 1 }}>
        {translate('sme.targets.hint')}
      </Typography>
    </Box>
  );
};
