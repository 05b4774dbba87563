import { Card, CardContent, MenuItem, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useGetList, useTranslate } from 'react-admin';
import { TARGET_INDICATOR_INFO } from '@sme-cluster/rules';
import { DownloadButton } from '../common/DownloadButton';
import { apiUrl, httpClient } from '../httpClient';
import { session } from '../session';
import { TargetStatusChip } from './ClusterTargets';
import type { ClusterTargets } from '@sme-cluster/rules';
import { figure } from './targetsApi';

/** Only the province chooses among prefectures; a city or a county sees its own region's clusters anyway. */
const PrefectureFilter = ({ value, onChange }: { value: string; onChange: (code: string) => void }) => {
  const translate = useTranslate();
  const { data = [] } = useGetList('regions', { filter: { level: 'prefecture' }, pagination: { page: 1, perPage: 50 }, sort: { field: 'code', order: 'ASC' } });
  return (
    <TextField
      select
      size="small"
      label={translate('sme.targets.prefecture')}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      sx={{ minWidth: 220 }}
    >
      <MenuItem value="">{translate('sme.targets.allPrefectures')}</MenuItem>
      {data.map((region) => (
        <MenuItem key={region.id} value={region.code}>
          {region.name}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * The clusters in effect behind their plan on one indicator or more (Art. 5 跟踪监测): each indicator
 * behind in its latest reported year, with the path's value and the actual; exported to Excel as listed.
 */
export const TargetsBehindPage = () => {
  const translate = useTranslate();
  const [prefectureCode, setPrefectureCode] = useState('');
  const [rows, setRows] = useState<ClusterTargets[] | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const query = () => (prefectureCode ? `?prefectureCode=${prefectureCode}` : '');
  useEffect(() => {
    let current = true;
    setRows(null);
    httpClient(`${apiUrl}/clusters/targets-behind${prefectureCode ? `?prefectureCode=${prefectureCode}` : ''}`)
      .then(({ json }) => current && (setRows(json as ClusterTargets[]), setError(null)))
      .catch((failure) => current && setError(failure as Error));
    // A newer filter's answer wins over a slower older one.
    return () => {
      current = false;
    };
  }, [prefectureCode]);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sme.targets.behindTitle" />
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 2 }}>
          <Typography variant="h6">{translate('sme.targets.behindTitle')}</Typography>
          {session.user()?.role === 'province_admin' && <PrefectureFilter value={prefectureCode} onChange={setPrefectureCode} />}
          <DownloadButton label="sme.targets.export" fileName="clusters-behind.xlsx" url={() => `${apiUrl}/clusters/targets-behind.xlsx${query()}`} />
        </Stack>
        {error && <Typography color="error">{error.message}</Typography>}
        {rows && !rows.length && <Typography color="text.secondary">{translate('sme.targets.empty')}</Typography>}
        {rows && rows.length > 0 && (
          <Table size="small" aria-label={translate('sme.targets.behindTitle')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.clusters.fields.name')}</TableCell>
                <TableCell>{translate('sme.targets.prefecture')}</TableCell>
                <TableCell>{translate('sme.targets.county')}</TableCell>
                <TableCell>{translate('sme.targets.behindIndicators')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.clusterId} data-testid={`behind-${row.clusterId}`}>
                  <TableCell>
                    <Link to={`/clusters/${row.clusterId}/show`}>{row.clusterName}</Link>
                  </TableCell>
                  <TableCell>{row.prefectureName}</TableCell>
                  <TableCell>{row.countyName}</TableCell>
                  <TableCell>
                    {row.tracks
                      .filter((track) => track.behind)
                      .map((track) => {
                        const latest = track.years.filter((entry) => entry.actual !== null).at(-1)!;
                        return (
                          <Stack key={track.indicator} direction="row" gap={1} alignItems="center" sx={{ py: 0.25 }}>
                            <TargetStatusChip status="behind" />
                            <Typography variant="body2">
                              {translate('sme.targets.behindLine', {
                                name: TARGET_INDICATOR_INFO[track.indicator].actualName,
                                year: latest.year,
                                actual: figure(latest.actual),
                                expected: figure(latest.expected),
                                unit: TARGET_INDICATOR_INFO[track.indicator].unit,
                              })}
                            </Typography>
                          </Stack>
                        );
                      })}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
