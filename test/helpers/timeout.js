// Integration tests speak HTTP to a real Strapi on a 2-core machine, on SQLite or PostgreSQL:
// a request that takes seconds under load is slow, not wrong. Assertions, not timers, judge them.
jest.setTimeout(60_000);
