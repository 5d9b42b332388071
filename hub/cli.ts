import { CliError, parseCli } from './cli/parseCli';
import { promptSecret } from './cli/promptSecret';
import { runCli } from './cli/runCli';
import { NewerDatabaseError } from './db/migrate';
import { HubHttpError } from './http/hubHttpError';

/** `npm run hub -- <command>`: the hub server and the operator's commands. Errors are one line and exit code 1. */
async function main(): Promise<void> {
  const hub = await runCli(parseCli(process.argv.slice(2), process.env), {
    out: (line) => console.log(line),
    promptPassword: (question) => promptSecret(question, process.stdin, process.stdout),
  });
  if (hub) {
    const stop = () => void hub.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof CliError || error instanceof HubHttpError || error instanceof NewerDatabaseError;
  console.error(`hub: ${known ? error.message : error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
