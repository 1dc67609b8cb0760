/**
 * Unit tests run in workers forked after the integration set-up has started the local stack in the
 * main process, whose environment they inherit. The origin secret and the rate-limit exemptions
 * set there would change what the HTTP wrapper does, so unit tests start without them.
 */
for (const name of Object.keys(process.env)) {
  if (name === 'ORIGIN_VERIFY_SECRET' || name.startsWith('RATE_LIMIT_')) delete process.env[name];
}
