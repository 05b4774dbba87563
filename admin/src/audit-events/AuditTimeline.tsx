import { Box, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateField';

export interface AuditEvent {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
}

/** Every decision on the record, oldest first: who, in which role, when, from which state to which, and why. */
export const AuditTimeline = ({ subjectType }: { subjectType: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data = [], isPending } = useGetList<AuditEvent>(
    'audit-events',
    { filter: { subjectType, subjectId: record?.id }, sort: { field: 'at', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: Boolean(record?.id) },
  );
  if (isPending) return null;
  if (!data.length) return <Typography color="text.secondary">{translate('resources.audit-events.empty')}</Typography>;
  const state = (value: string) => translate(`sme.status.${value}`, { _: value });
  return (
    <List dense aria-label={translate('resources.audit-events.timeline')}>
      {data.map((event) => (
        <ListItem key={event.id} alignItems="flex-start" sx={{ borderLeft: 3, borderColor: 'primary.light', mb: 1 }}>
          <ListItemText
            primary={
              <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
                <Typography fontWeight="bold">{translate(`sme.auditAction.${event.action}`, { _: event.action })}</Typography>
                {event.fromState && event.toState && event.fromState !== event.toState && (
                  <>
                    <Chip size="small" label={state(event.fromState)} />→<Chip size="small" color="primary" label={state(event.toState)} />
                  </>
                )}
              </Stack>
            }
            secondary={
              <Box component="span">
                {/* A person by name and unit; a scheduled job, which has neither, by its role's name. */}
                <DateTimeText value={event.at} /> · {event.actorName ?? translate(`sme.role.${event.actorRole}`, { _: event.actorRole })}
                {event.comment && (
                  <Box component="span" sx={{ display: 'block', whiteSpace: 'pre-wrap', color: 'text.primary' }}>
                    {event.comment}
                  </Box>
                )}
              </Box>
            }
          />
        </ListItem>
      ))}
    </List>
  );
};
