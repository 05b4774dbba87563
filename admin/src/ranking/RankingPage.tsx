import { Alert, Card, CardContent, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Tooltip, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Link, Title, useTranslate } from 'react-admin';
import { RANKING_METHODS, type RankingMethod } from '@sme-cluster/rules';
import { apiUrl, httpClient } from '../httpClient';

interface RankingRow {
  id: string;
  clusterName: string | null;
  status: string;
  verdict: string | null;
  sheets: number;
  abstained: number;
  recused: number;
  scores: Record<RankingMethod, number | null>;
  ranks: Record<RankingMethod, number | null>;
  rankSpread: number;
  moved: boolean;
}

interface Ranking {
  method: RankingMethod;
  rows: RankingRow[];
}

const shown = (method: RankingMethod, score: number | null) => (score === null ? '—' : score.toFixed(method === 'zScore' ? 3 : 2));

/**
 * 择优 (Art. 16): the call's candidates in province review, in the order of the call's ranking method,
 * with each method's score and rank side by side and the candidates whose rank depends on the method marked.
 */
export const RankingPage = () => {
  const translate = useTranslate();
  const [callYear, setCallYear] = useState(new Date().getFullYear());
  const [data, setData] = useState<Ranking | null>(null);
  const [isPending, setPending] = useState(true);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let current = true;
    setPending(true);
    httpClient(`${apiUrl}/applications/ranking?callYear=${callYear}`)
      .then(({ json }) => current && (setData(json as Ranking), setError(null)))
      .catch((failure) => current && setError(failure as Error))
      .finally(() => current && setPending(false));
    // A newer year's answer wins over a slower older one.
    return () => {
      current = false;
    };
  }, [callYear]);
  const rows = data?.rows ?? [];
  const methodName = (method: RankingMethod) => translate(`sme.rankingMethod.${method}`);
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
          {data && <Typography>{translate('sme.ranking.method', { method: methodName(data.method) })}</Typography>}
        </Stack>
        {error && <Typography color="error">{error.message}</Typography>}
        {!isPending && !rows.length && <Typography color="text.secondary">{translate('sme.ranking.empty')}</Typography>}
        {data && rows.length > 0 && (
          <>
            <Table size="small" aria-label={translate('sme.ranking.title')}>
              <TableHead>
                <TableRow>
                  <TableCell rowSpan={2}>{translate('sme.ranking.rank')}</TableCell>
                  <TableCell rowSpan={2}>{translate('resources.applications.fields.clusterName')}</TableCell>
                  <TableCell rowSpan={2}>{translate('resources.applications.fields.status')}</TableCell>
                  <TableCell rowSpan={2} align="right" title={translate('sme.ranking.sheetsHint')}>
                    {translate('sme.ranking.sheets')}
                  </TableCell>
                  {RANKING_METHODS.map((method) => (
                    <TableCell key={method} colSpan={2} align="center">
                      {methodName(method)}
                      {method === data.method && translate('sme.ranking.chosen')}
                    </TableCell>
                  ))}
                </TableRow>
                <TableRow>
                  {RANKING_METHODS.flatMap((method) => [
                    <TableCell key={`${method}-score`} align="right">
                      {translate('sme.ranking.score')}
                    </TableCell>,
                    <TableCell key={`${method}-rank`} align="right">
                      {translate('sme.ranking.rank')}
                    </TableCell>,
                  ])}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((row) => (
                  <TableRow key={row.id} selected={row.moved}>
                    <TableCell>{row.ranks[data.method] ?? '—'}</TableCell>
                    <TableCell>
                      <Link to={`/applications/${row.id}/show`}>{row.clusterName}</Link>
                      {row.moved && (
                        <Tooltip title={translate('sme.ranking.movedHint', { spread: row.rankSpread })}>
                          <Chip size="small" color="warning" sx={{ ml: 1 }} label={translate('sme.ranking.moved')} />
                        </Tooltip>
                      )}
                    </TableCell>
                    <TableCell>
                      <Chip size="small" label={translate(`sme.status.${row.status}`)} />
                    </TableCell>
                    <TableCell align="right">
                      {row.sheets}
                      {row.abstained > 0 && (
                        <Typography variant="caption" display="block">
                          {translate('sme.ranking.abstained', { count: row.abstained })}
                        </Typography>
                      )}
                      {row.recused > 0 && (
                        <Typography variant="caption" display="block">
                          {translate('sme.ranking.recused', { count: row.recused })}
                        </Typography>
                      )}
                    </TableCell>
                    {RANKING_METHODS.flatMap((method) => [
                      <TableCell key={`${method}-score`} align="right">
                        {shown(method, row.scores[method])}
                      </TableCell>,
                      <TableCell key={`${method}-rank`} align="right">
                        {row.ranks[method] ?? '—'}
                      </TableCell>,
                    ])}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Alert severity="info" sx={{ mt: 2 }}>
              {translate('sme.ranking.tieRule')}
            </Alert>
          </>
        )}
      </CardContent>
    </Card>
  );
};
