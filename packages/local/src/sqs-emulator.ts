// Runs the fauxqs SQS emulator in its own process (started by `sqs.ts`), persisting messages under FAUXQS_DATA_DIR.
// It prints `listening <port>` once ready and exits when its parent goes away, even if the parent was killed hard.
import { startFauxqs } from "fauxqs";

const server = await startFauxqs({
  port: Number(process.env.FAUXQS_PORT ?? 0),
  dataDir: process.env.FAUXQS_DATA_DIR,
  logger: false,
});
console.log(`listening ${server.port}`);

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
process.on("disconnect", stop);
