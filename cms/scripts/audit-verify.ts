/**
 * `npm run audit:verify`: walks the audit trail's hash chain in the database the app uses and
 * names the first event whose link does not hold (exit 1), or prints how many events verify (exit 0).
 * Read-only; safe while the app runs. What it cannot see: events cut off the end of the chain.
 */
import { firstBreak } from '../src/lib/audit-chain';
import { loadEnv, openSqlite, pgClient, target } from './connection';

// The actor is a relation kept in its link table; the hash covers it too.
const QUERY = `SELECT e.*, l.user_id AS actor_id FROM audit_events e LEFT JOIN audit_events_actor_lnk l ON l.audit_event_id = e.id ORDER BY e.id`;

async function rows(): Promise<Array<Record<string, unknown>>> {
  const t = target();
  if (t.client === 'sqlite') {
    const db = openSqlite(t.filename, { readonly: true, fileMustExist: true });
    try {
      return db.prepare(QUERY).all();
    } finally {
      db.close();
    }
  }
  const client = await pgClient(t);
  try {
    await client.query(`SET search_path TO "${t.schema.replace(/"/g, '""')}"`);
    return (await client.query(QUERY)).rows;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  loadEnv();
  const events = await rows();
  const broken = firstBreak(events);
  if (broken) {
    console.error(`[audit:verify] ${events.length} events; the chain breaks at event id ${broken.id} (${broken.documentId}, ${broken.at}): ${broken.reason}`);
    process.exit(1);
  }
  console.log(`[audit:verify] ${events.length} events, the hash chain is whole`);
}

main().catch((error: Error) => {
  console.error(`[audit:verify] ${error.message}`);
  process.exit(1);
});
