// npm scripts must run on the Node from the `node` devDependency (>= 22.12), not the machine's Node 20.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `\nThis project needs Node >= 22.12 but Node ${process.versions.node} is running (${process.execPath}).\n` +
      'Run it through npm scripts (npm start, npm test), which use the Node installed by `npm ci` in node_modules/.bin.\n' +
      'If that Node is missing, run `npm ci` again without --ignore-scripts.\n',
  );
  process.exit(1);
}
