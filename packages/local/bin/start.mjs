#!/usr/bin/env node
// `npm start` runs this file (`exec node ...`, so that npm's signals reach this process and no shell sits in between).
// A signal may come at any moment. Until main.ts takes over, nothing has been started, so one ends the process at
// once, cleanly; the handlers are installed before anything else, because a signal with no handler kills Node.
let onSignal = () => process.exit(0);
process.on("SIGINT", (signal) => onSignal(signal));
process.on("SIGTERM", (signal) => onSignal(signal));

// It checks the Node version before loading TypeScript, which Node 24 runs natively.
const major = Number(process.versions.node.split(".")[0]);
if (major !== 24) {
  console.error(
    `firstreply needs Node 24 (the Lambda runtime nodejs24.x) but runs on Node ${process.versions.node}.\n` +
      "Start it with `npm start` after a plain `npm ci`: the project installs Node 24 as a devDependency and npm puts it\n" +
      "first on the PATH of its scripts (`npm ci --ignore-scripts` skips that install).",
  );
  process.exit(1);
}
process.removeAllListeners("warning");
process.on("warning", (warning) => {
  if (warning.name !== "ExperimentalWarning") console.error(warning);
});
const { main } = await import("../src/main.ts");
await main((handler) => {
  onSignal = handler;
});
