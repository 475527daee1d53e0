// Every npm script runs this first: the project pins Node 24 (the Lambda runtime nodejs24.x) as a devDependency,
// and npm puts that binary first on the PATH of its scripts. Running on anything else means `npm ci` skipped it.
const major = Number(process.versions.node.split(".")[0]);
if (major !== 24) {
  console.error(
    `firstreply needs Node 24 (Lambda runtime nodejs24.x) but this script runs on Node ${process.versions.node}.\n` +
      "Run it through npm (npm start, npm test) after a plain `npm ci`: the project installs Node 24 as a devDependency\n" +
      "and npm puts it first on the PATH. `npm ci --ignore-scripts` skips that install.",
  );
  process.exit(1);
}
