import { Box, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { DateTimeText } from '../common/DateField';

export interface AuditEvent {
  id: string;
  at: string;
  actorName: string | null;
  actorRole: string;
  action: string;
  subjectType: string;
  fromState: string | null;
  toState: string | null;
  comment: string | null;
}

/**
 * An event's words in the console's language: its action, states, subject and, for an actor without a
 * name (a scheduled job, an administrator), its role. A settings event's states are versions (v3).
 */
export function useAuditWords() {
  const translate = useTranslate();
  return {
    action: (event: Pick<AuditEvent, 'action'>) => translate(`sme.auditAction.${event.action}`, { _: event.action }),
    state: (value: string) =>
      /^v\d+$/.test(value) ? translate('sme.auditEvents.version', { version: value.slice(1) }) : translate(`sme.status.${value}`, { _: value }),
    subject: (type: string) => translate(`sme.subjectType.${type}`, { _: type }),
    actor: (event: Pick<AuditEvent, 'actorName' | 'actorRole'>) => event.actorName ?? translate(`sme.actor.${event.actorRole}`, { _: event.actorRole }),
  };
}

/** Every decision on the record, oldest first: who, in which role, when, from which state to which, and why. */
export const AuditTimeline = ({ subjectType }: { subjectType: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const words = useAuditWords();
  const { data = [], isPending } = useGetList<AuditEvent>(
    'audit-events',
    { filter: { subjectType, subjectId: record?.id }, sort: { field: 'at', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: Boolean(record?.id) },
  );
  if (isPending) return null;
  if (!data.length) return <Typography color="text.secondary">{translate('resources.audit-events.empty')}</Typography>;
  return (
    <List dense aria-label={translate('resources.audit-events.timeline')}>
      {data.map((event) => (
        <ListItem key={event.id} alignItems="flex-start" sx={{ borderLeft: 3, borderColor: 'primary.light', mb: 1 }}>
          <ListItemText
            primary={
              <Stack direction="row" gap={1} alignItems="center" flexWrap="wrap">
                <Typography fontWeight="bold">{words.action(event)}</Typography>
                {event.fromState && event.toState && event.fromState !== event.toState && (
                  <>
                    <Chip size="small" label={words.state(event.fromState)} />→<Chip size="small" color="primary" label={words.state(event.toState)} />
                  </>
                )}
              </Stack>
            }
            secondary={
              <Box component="span">
                {/* A person by name and unit; a scheduled job, which has neither, by its role's name. */}
                <DateTimeText value={event.at} /> · {words.actor(event)}
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
