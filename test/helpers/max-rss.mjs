// Runs the built CLI and reports its peak resident memory on stderr when it exits:
// node max-rss.mjs CLI ARGS...
import path from "node:path";
import { pathToFileURL } from "node:url";

const [cli, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], cli, ...args];
process.on("exit", () => process.stderr.write(`maxRSS=${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(path.resolve(cli)).href);
