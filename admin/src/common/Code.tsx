import { Box } from '@mui/material';
import type { ReactNode } from 'react';

/**
 * An internal name (a rule id, a field or setting key) beside the Chinese words it belongs to: small
 * and muted, for the staff who configure or support the system, and marked so that the check for
 * Chinese-only screens leaves it out.
 */
export const Code = ({ children, block = false }: { children: ReactNode; block?: boolean }) => (
  <Box
    component={block ? 'div' : 'span'}
    data-code
    sx={{ ml: block ? 0 : 0.5, fontFamily: 'monospace', fontSize: 10, color: 'text.disabled', wordBreak: 'break-all' }}
  >
    {children}
  </Box>
);
