import { Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { apiUrl, httpClient } from '../httpClient';

interface RankingRow {
  id: string;
  clusterName: string | null;
  prefectureCode: string | null;
  countyCode: string | null;
  status: string;
  verdict: string | null;
  sheets: number;
  weightedMean: number | null;
}

/** 择优 (Art. 16): the call's candidates in province review ranked by the mean of the submitted score sheets. */
export const RankingPage = () => {
  const translate = useTranslate();
  const [callYear, setCallYear] = useState(new Date().getFullYear());
  const [data, setData] = useState<RankingRow[]>([]);
  const [isPending, setPending] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let current = true;
    setPending(true);
    httpClient(`${apiUrl}/applications/ranking?callYear=${callYear}`)
      .then(({ json }) => current && (setData(json as RankingRow[]), setError(null)))
      .catch((failure) => current && setError(failure as Error))
      .finally(() => current && setPending(false));
    // A newer year's answer wins over a slower older one.
    return () => {
      current = false;
    };
  }, [callYear]);
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="sme.ranking.title" />
      <CardContent>
        <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 2 }}>
          <Typography variant="h6">{translate('sme.ranking.title')}</Typography>
          <TextField
            type="number"
            size="small"
            label={translate('resources.applications.fields.callYear')}
            value={callYear}
            onChange={(event) => setCallYear(Number(event.target.value))}
          />
        </Stack>
        {error && <Typography color="error">{error.message}</Typography>}
        {!isPending && !data.length && <Typography color="text.secondary">{translate('sme.ranking.empty')}</Typography>}
        {data.length > 0 && (
          <Table size="small" aria-label={translate('sme.ranking.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('sme.ranking.rank')}</TableCell>
                <TableCell>{translate('resources.applications.fields.clusterName')}</TableCell>
                <TableCell>{translate('resources.applications.fields.status')}</TableCell>
                <TableCell>{translate('resources.applications.fields.verdict')}</TableCell>
                <TableCell align="right">{translate('sme.ranking.sheets')}</TableCell>
                <TableCell align="right">{translate('sme.ranking.mean')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((row, index) => (
                <TableRow key={row.id}>
                  <TableCell>{row.weightedMean === null ? '—' : index + 1}</TableCell>
                  <TableCell>
                    <Link to={`/applications/${row.id}/show`}>{row.clusterName}</Link>
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={translate(`sme.status.${row.status}`)} />
                  </TableCell>
                  <TableCell>{row.verdict ? translate(`sme.verdict.${row.verdict}`) : '—'}</TableCell>
                  <TableCell align="right">{row.sheets}</TableCell>
                  <TableCell align="right">{row.weightedMean?.toFixed(2) ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
};
