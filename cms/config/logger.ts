// LOG_LEVEL quiets the server where its chatter is noise (tests set "error").
export default ({ env }: { env: (key: string, fallback: string) => string }) => ({
  level: env('LOG_LEVEL', 'http'),
});
