// Integration tests speak HTTP to a real Strapi on a 2-core machine, on SQLite or PostgreSQL:
// a request that takes seconds under load is slow, not wrong, and a file's hook boots Strapi with the
// whole demo, which alone can take over a minute there. Assertions, not timers, judge them.
jest.setTimeout(180_000);
