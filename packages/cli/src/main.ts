#!/usr/bin/env node
/** The `samsa` command. */
import { Command } from 'commander';
import { runBroker } from './broker-command.js';

const program = new Command();
program.name('samsa').description('Samsa: a Kafka-compatible event streaming platform').version('0.1.0');

program
  .command('broker')
  .description('run a broker in the foreground (like kafka-server-start.sh)')
  .argument('[server.properties]', 'a Kafka-style properties file (defaults apply when omitted)')
  .option('--override <key=value>', 'set a config, overriding the file (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
  .addHelpText(
    'after',
    `
Examples:
  samsa broker                                   one broker on 127.0.0.1:9092, data in ./data
  samsa broker config/server.properties
  samsa broker --override listeners=PLAINTEXT://127.0.0.1:0 --override log.dirs=/tmp/samsa
  samsa broker --override log.flush.interval.messages=1   fsync before every acknowledgement`,
  )
  .action(async (file: string | undefined, opts: { override: string[] }) => {
    await runBroker(file, opts.override);
  });

await program.parseAsync(process.argv);
